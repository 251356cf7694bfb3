"""What the improvement view does to records: ask with a form, then create,
change or delete through the window's undo stack (a mixin of ImprovementView,
which supplies `ws`, `window_`, `selected()`, `select()` and the data grid)."""

from __future__ import annotations

from app.core.store import StoreError
from app.gui.commands import Text
from app.gui.improvement_dialogs import aim_dialog, measure_dialog, team_dialog


class RecordActions:
    _not_begun: str | None = None    # the status bar's warning of a period not begun

    # -- asking for records ---------------------------------------------------------------

    def ask_team(self):
        dialog = team_dialog(self.ws, None, self)

        def save() -> None:
            v = dialog.read()
            self.create(lambda: self.tr("Nytt team"), "teams", lambda: self.ws.add_team(**v),
                        select=True, typed=v)

        dialog.accepted.connect(save)
        dialog.open()
        return dialog

    def ask_aim(self):
        team_id = self.team_id
        if team_id is None:
            return None
        dialog = aim_dialog(None, self)

        def save() -> None:
            v = dialog.read()
            self.create(lambda: self.tr("Nytt mål"), "aims", lambda: self.ws.add_aim(team_id, **v),
                        select=True, typed=v)

        dialog.accepted.connect(save)
        dialog.open()
        return dialog

    def ask_measure(self):
        kind, record_id, team_id = self.selected()
        if team_id is None:
            return None
        dialog = measure_dialog(self.ws, team_id, None, self)
        # Under the aim selected, or the selected measure's aim (a measure beside it).
        aim_id = record_id if kind == "aim" else \
            self.ws.measure(record_id).aim_id if kind == "measure" else None
        aims_of_team = self.ws.aims(team_id)
        if aim_id is None and len(aims_of_team) == 1:
            aim_id = aims_of_team[0].id    # the team's only aim: measures were left unlinked
        aims = dialog.widgets["aim_id"]
        aims.setCurrentIndex(max(aims.findData(aim_id), 0))

        def save() -> None:
            v = dialog.read()
            self.create(lambda: self.tr("Nytt mått"), "measures",
                        lambda: self.ws.add_measure(team_id, **v), select=True, typed=v)

        dialog.accepted.connect(save)
        dialog.open()
        return dialog

    def edit_team(self, team_id: str | None):
        """The team's form (name, organisations, learning sessions), whatever of
        the team is selected."""
        if team_id is None or self.ws.read_only:
            return None
        return self._edit("team", team_id, team_id)

    def edit_selected(self):
        kind, record_id, team_id = self.selected()
        if kind is None or self.ws.read_only:
            return None
        return self._edit(kind, record_id, team_id)

    def _edit(self, kind: str, record_id: str, team_id: str):
        if kind == "team":
            current = self.ws.team(record_id)
            dialog = team_dialog(self.ws, current, self)
            update, text = self.ws.update_team, (lambda: self.tr("Ändra team"))
        elif kind == "aim":
            current = self.ws.aim(record_id)
            dialog = aim_dialog(current, self)
            update, text = self.ws.update_aim, (lambda: self.tr("Ändra mål"))
        else:
            current = self.ws.measure(record_id)
            dialog = measure_dialog(self.ws, team_id, current, self)
            update, text = self.ws.update_measure, (lambda: self.tr("Ändra mått"))

        def save() -> None:
            new = dialog.read()
            old = {k: getattr(current, k) for k in new}
            if kind == "team":
                old["sessions"] = [(s.title, s.date) for s in current.sessions]
            self.change(text, lambda v: update(record_id, **v), old, new,
                        reveal=(kind + "s", record_id), confirm=True)

        dialog.accepted.connect(save)
        dialog.open()
        return dialog

    def delete_selected(self) -> None:
        kind, record_id, _ = self.selected()
        if kind is not None:
            table = {"team": "teams", "aim": "aims", "measure": "measures"}[kind]
            self.delete(lambda: self.tr("Ta bort"), table, record_id)

    # -- changes, through the undo stack ---------------------------------------------

    def change(self, text: Text, apply, old: dict, new: dict, reveal=None, *,
               confirm: bool = False) -> bool:
        """An undoable change. `reveal` = (table, record id[, period]), or a
        function giving it, is what an undo or redo brings into view; with
        `confirm` (a form saved) the status bar says it was saved."""
        def show() -> None:      # through the window: a change of language rebuilds the view
            self.window_.improvement.reveal_later(*(reveal() if callable(reveal) else reveal))

        return self.window_.run_change(text, apply, old, new, None if reveal is None else show,
                                       confirm=confirm)

    def create(self, text: Text, table: str, create, *, select: bool = False,
               typed: dict | None = None) -> str | None:
        """Create a record undoably: undo deletes it (a tombstone), redo restores it.
        `typed` is what the form held: it rides along in the change so that the
        window's personnummer check sees the text (apply reads only "deleted")."""
        made: dict[str, str] = {}

        def apply(v: dict) -> None:
            if "id" not in made:
                made["id"] = create()
            elif v["deleted"]:
                self.ws.delete_record(table, made["id"])
            else:
                self.ws.restore(table, made["id"])

        if self.change(text, apply, {"deleted": True}, {**(typed or {}), "deleted": False},
                       reveal=lambda: (table, made.get("id")), confirm=True) and select:
            self.pending_select = made["id"]     # selected when the tree is rebuilt
        return made.get("id")

    def delete(self, text: Text, table: str, record_id: str) -> None:
        self.change(text, lambda v: self.ws.delete_record(table, record_id) if v["deleted"]
                    else self.ws.restore(table, record_id), {"deleted": False}, {"deleted": True},
                    reveal=(table, record_id))

    def apply_point(self, period: str, fields: dict) -> None:
        """A value typed into the grid (called by the model)."""
        measure_id = self.data_model.measure.id
        try:
            current = self.ws.data_point(measure_id, period)
        except (StoreError, OSError) as exc:     # never out of the model's slot
            self.window_.show_error(self.tr("Ändringen kunde inte sparas"), exc)
            return
        old = {"deleted": True} if current is None else {
            k: getattr(current, k) for k in fields}

        def apply(v: dict) -> None:
            if v.get("deleted"):
                self.ws.delete_data_point(measure_id, period)
            else:
                self.ws.set_data_point(measure_id, period, **v)

        if self.change(lambda: self.tr("Mätvärde %1").replace("%1", period), apply, old,
                       fields, reveal=("measures", measure_id, period)):
            self._warn_if_not_begun(period)

    def _warn_if_not_begun(self, period: str) -> None:
        """A value for a period that has not begun is kept (a plan, a target
        typed ahead), but said: the trial's next months went in unnoticed, one
        by mistake, and the chart then ran into the future."""
        from datetime import date

        from app.core.improvement_input import period_start

        if period_start(period) > date.today().isoformat():
            self._not_begun = "⚠ " + self.tr(
                "Perioden %1 har inte börjat än (i dag är det %2). Stämmer perioden?").replace(
                "%1", period).replace("%2", date.today().isoformat())
            self.window_.statusBar().showMessage(self._not_begun, 15000)
        else:       # the next value, for a period begun: said no more
            self.window_.withdraw_message(self._not_begun)

    def delete_point(self, row: int) -> None:
        """Delete the period's data point (Delete in the grid); undo brings it back."""
        model = self.data_model
        if model.measure is None or not 0 <= row < len(model.points):
            return
        point = model.points[row]
        keep = {k: getattr(point, k) for k in ("value", "numerator", "denominator", "note")}
        if model.measure.kind == "proportion":
            keep.pop("value")       # computed from numerator and denominator
        measure_id, period = model.measure.id, point.period

        def apply(v: dict) -> None:
            if v.get("deleted"):
                self.ws.delete_data_point(measure_id, period)
            else:
                self.ws.set_data_point(measure_id, period, **v)

        self.change(lambda: self.tr("Ta bort mätvärde %1").replace("%1", period), apply, keep,
                    {"deleted": True}, reveal=("measures", measure_id, period))

    def change_measure_option(self, field: str, value, measure_id: str | None = None) -> None:
        """An option of the measure shown (or of `measure_id`: a baseline that settled
        after another measure was selected)."""
        measure_id = measure_id or self.measure_id
        if measure_id is None:
            return
        old = getattr(self.ws.measure(measure_id), field)
        if old != value:
            self.change(lambda: self.tr("Ändra diagrammet"),
                        lambda v: self.ws.update_measure(measure_id, **v),
                        {field: old}, {field: value}, reveal=("measures", measure_id))

    def split_at_current_period(self) -> None:
        measure = self.data_model.measure
        row = self.data_view.currentIndex().row()
        if measure is None or not 0 < row < len(self.data_model.points):
            self.window_.statusBar().showMessage(
                self.tr("Välj perioden där den nya delen börjar (efter ändringen)."), 5000)
            return
        period = self.data_model.period(row)
        self.change_measure_option("splits", tuple(sorted({*measure.splits, period})))
