"""The team's change ideas (förändringsidéer): a page of the improvement view
where each idea is listed with the matrix cells and findings it is linked to
and the cycles that test it, and is added, changed or removed.

A removed idea is a tombstone (undo brings it back); the cycles that tested it
keep it and name it "(borttagen)". Changes go through the view (`change`,
`create`, `delete`), so they are undoable as everything else.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView, QHBoxLayout, QHeaderView, QLabel, QPushButton, QTableWidget,
    QTableWidgetItem, QVBoxLayout, QWidget,
)

from app.gui.improvement_dialogs import idea_dialog
from app.gui.labels import plain_tooltip, tr_label

ID_ROLE = Qt.ItemDataRole.UserRole


class IdeasPanel(QWidget):
    """The selected team's change ideas, with Ny / Ändra / Ta bort / Visa cyklerna."""

    def __init__(self, view) -> None:
        super().__init__(view)
        self._view = view
        self.team_id: str | None = None
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels([
            self.tr("Förändringsidé"), self.tr("Rutor i matrisen"),
            self.tr("Förbättringsområden"), self.tr("Cykler")])
        self.table.setAccessibleName(self.tr("Förändringsidéer"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        for column in range(3):          # the texts share the width and wrap
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        # Wrapped text: rows follow their contents whenever the widths change.
        self.table.verticalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.table.doubleClicked.connect(lambda _: view.edit_change_idea())
        self.table.itemSelectionChanged.connect(self._update_buttons)
        intro = QLabel(self.tr("Vilka förändringar kan leda till en förbättring? Varje idé "
                               "kan kopplas till rutor i matrisen och förbättringsområden, "
                               "och testas i PGSA-cykler."))
        intro.setWordWrap(True)
        self.new_button = QPushButton(self.tr("&Ny förändringsidé…"))
        self.new_button.clicked.connect(lambda: view.ask_change_idea())
        self.edit_button = QPushButton(self.tr("Ändra förändringsidé…"))
        self.edit_button.clicked.connect(lambda: view.edit_change_idea())
        self.delete_button = QPushButton(self.tr("Ta bort förändringsidé"))
        self.delete_button.clicked.connect(lambda: view.delete_change_idea())
        self.cycles_button = QPushButton(self.tr("Visa cyk&lerna"))
        self.cycles_button.setToolTip(self.tr("PGSA-loggen, filtrerad på idén"))
        self.cycles_button.clicked.connect(self.show_cycles)
        # No mnemonics on Ändra/Ta bort: the team list's own buttons have them.
        buttons = QHBoxLayout()
        for button in (self.new_button, self.edit_button, self.delete_button,
                       self.cycles_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

    def show_team(self, team_id: str | None) -> None:
        self.team_id = team_id
        self.refresh()

    def refresh(self) -> None:
        ws = self._view.ws
        selected = self.selected_id()
        ideas = ws.change_ideas(self.team_id) if self.team_id else []
        findings = {f.id: f.title for f in ws.findings()}
        rows = {r.id: r for r in ws.rows()}
        columns = {c.id: c for c in ws.columns()}
        cycles: dict[str, int] = {}
        for cycle in ws.cycles(self.team_id) if self.team_id else []:
            if cycle.change_idea_id:
                cycles[cycle.change_idea_id] = cycles.get(cycle.change_idea_id, 0) + 1
        self.table.setRowCount(len(ideas))
        for row, idea in enumerate(ideas):
            cells = "; ".join(
                f"{tr_label(rows[r].title)} – {tr_label(columns[c].short or columns[c].title)}"
                for r, c in idea.cells if r in rows and c in columns)
            linked = "; ".join(findings.get(f, self.tr("(borttaget)")) for f in idea.finding_ids)
            texts = (idea.title, cells, linked, str(cycles.get(idea.id, 0)))
            for column, text in enumerate(texts):
                item = QTableWidgetItem(text)
                item.setData(ID_ROLE, idea.id)
                item.setToolTip(plain_tooltip(idea.description if column == 0
                                              and idea.description else text))
                self.table.setItem(row, column, item)
        if selected is not None:
            self.select(selected)
        self._update_buttons()

    def selected_id(self) -> str | None:
        item = self.table.item(self.table.currentRow(), 0) if self.table.currentRow() >= 0 \
            else None
        return item.data(ID_ROLE) if item is not None else None

    def select(self, idea_id: str) -> None:
        for row in range(self.table.rowCount()):
            if self.table.item(row, 0).data(ID_ROLE) == idea_id:
                self.table.selectRow(row)
                return

    def _update_buttons(self) -> None:
        writable = self.team_id is not None and not self._view.ws.read_only
        chosen = self.selected_id() is not None
        self.new_button.setEnabled(writable)
        self.edit_button.setEnabled(writable and chosen)
        self.delete_button.setEnabled(writable and chosen)
        self.cycles_button.setEnabled(chosen)

    def show_cycles(self) -> None:
        """The PGSA log, filtered on the selected idea."""
        idea_id = self.selected_id()
        if idea_id is not None:
            self._view.show_cycles_of(idea_id)


# -- the actions (a mixin of the view: `ws`, `change`, `create`, `delete`, the log) ----


class IdeaActions:
    def ask_change_idea(self):
        team_id = self.team_id
        if team_id is None or self.ws.read_only:
            return None
        dialog = idea_dialog(self.ws, None, self)

        def save() -> None:
            v = dialog.read()
            self.create(lambda: self.tr("Ny förändringsidé"), "change_ideas",
                        lambda: self.ws.add_change_idea(team_id, **v), typed=v)

        dialog.accepted.connect(save)
        dialog.open()
        return dialog

    def chosen_change_idea(self) -> str | None:
        """The idea selected on the ideas page, else the one chosen in the log's
        filter, else the selected cycle's."""
        idea_id = self.ideas.selected_id()
        if idea_id is None:
            idea_id = self.idea_filter.currentData()
        if idea_id is None and self.selected_cycle_id():
            idea_id = self.ws.cycle(self.selected_cycle_id()).change_idea_id
        return idea_id

    def edit_change_idea(self):
        idea_id = self.chosen_change_idea()
        if idea_id is None or self.ws.read_only:
            return None
        idea = self.ws.change_idea(idea_id)
        if idea.removed:
            return None
        dialog = idea_dialog(self.ws, idea, self)

        def save() -> None:
            new = dialog.read()
            old = {k: getattr(idea, k) for k in new}
            old["cells"] = [tuple(c) for c in idea.cells]
            old["finding_ids"] = list(idea.finding_ids)
            new = {k: v for k, v in new.items() if _differs(old[k], v)}
            if new:
                self.change(lambda: self.tr("Ändra förändringsidé"),
                            lambda v: self.ws.update_change_idea(idea_id, **v),
                            {k: old[k] for k in new}, new, reveal=("change_ideas", idea_id),
                            confirm=True)

        dialog.accepted.connect(save)
        dialog.open()
        return dialog

    def delete_change_idea(self) -> None:
        """Remove the idea selected on the ideas page (undoable); its cycles keep it."""
        idea_id = self.ideas.selected_id()
        if idea_id is None or self.ws.read_only:
            return
        self.delete(lambda: self.tr("Ta bort förändringsidé"), "change_ideas", idea_id)

    def show_cycles_of(self, idea_id: str) -> None:
        self.idea_filter.setCurrentIndex(max(self.idea_filter.findData(idea_id), 0))
        self.team_filter.setCurrentIndex(0)
        self.status_filter.setCurrentIndex(0)
        self._filters_changed()
        self.pages.setCurrentWidget(self.log_page)


def _differs(old, new) -> bool:
    """Lists (cells, findings) compare as sets: the order is the form's, not a change."""
    if isinstance(old, (list, tuple)) and isinstance(new, (list, tuple)):
        def key(items):
            return sorted(tuple(x) if isinstance(x, list) else x for x in items)
        return key(old) != key(new)
    return old != new
