"""Bringing an improvement record into view: after an undo or redo (which must
never change something out of sight, as in the mapping tab) and for a privacy
hit that names the record. A mixin of ImprovementView, which supplies `ws`,
`window_`, `select()`, `_find()`, the pages, the PGSA log, the ideas panel and
the data grid."""

from __future__ import annotations

# Improvement tables -> the page of the view that shows them.
PAGES = {"teams": 0, "aims": 0, "measures": 0, "data_points": 0,
         "pgsa_cycles": 1, "change_ideas": 2, "progress_scores": 3, "deviations": 3}


class RevealActions:
    _pending_reveal: tuple[str, str, str | None] | None = None
    _pending_cycle: str | None = None

    def reveal_later(self, table: str, record_id: str | None, period: str | None = None) -> None:
        """Show the record once the change that touched it has been redrawn
        (the view refreshes on a zero-length timer, coalescing changes)."""
        if record_id is None:
            return
        self.window_.views.setCurrentWidget(self.window_.improvement_tab)
        self._pending_reveal = (table, record_id, period)
        self._refresh_timer.start()

    def select_cycle_later(self, cycle_id: str | None) -> None:
        """A new cycle becomes the log's current row (where it is, without
        switching pages), so Öppna arbetsblad opens it and not row 0."""
        self._pending_cycle = cycle_id
        self._refresh_timer.start()

    def reveal_pending(self) -> None:
        if self._pending_reveal is not None:
            pending, self._pending_reveal = self._pending_reveal, None
            self.reveal(*pending)
        if self._pending_cycle is not None:
            cycle_id, self._pending_cycle = self._pending_cycle, None
            self._reveal_cycle(cycle_id, focus=self.pages.currentWidget() is self.log_page)

    def reveal(self, table: str, record_id: str, period: str | None = None) -> None:
        """Select the record (or, if it is gone, its team; or the tree node
        `record_id` names, if no record of `table` has it) on its page; a
        measure's period goes to its row in the data grid; a cycle or an idea
        is selected in its list."""
        record = self.ws.record(table, record_id)
        own = record_id if record is None else {   # e.g. a team's progress, by the team
            "teams": record_id, "aims": record_id, "measures": record_id,
            "data_points": record.get("measure_id")}.get(table)
        record = record or {}
        target = own if own is not None and self._find(own) is not None else record.get("team_id")
        if target is None and table == "data_points":
            measure = self.ws.record("measures", record.get("measure_id") or "")
            target = measure.get("team_id") if measure else None
        if target is not None:
            self.select(target)
        self.pages.setCurrentIndex(PAGES.get(table, 0))
        if record.get("deleted"):    # an undone creation: its team and page are all there is
            return
        if table == "pgsa_cycles":
            self._reveal_cycle(record_id)
        elif table == "change_ideas":
            self.ideas.select(record_id)
        elif period is not None and self.data_model.measure is not None:
            periods = [p.period for p in self.data_model.points]
            if period in periods:
                index = self.data_model.index(periods.index(period), 1)
                self.data_view.setCurrentIndex(index)
                self.data_view.scrollTo(index)
                self.data_view.setFocus()

    def _reveal_cycle(self, cycle_id: str, focus: bool = True) -> None:
        def find():
            row = self.cycles_model.row_of(cycle_id)
            return None if row is None else self.cycles_model.index(row, 0)

        found = find()
        if found is None:       # hidden by the log's filters: show every cycle
            for combo in (self.team_filter, self.status_filter, self.idea_filter):
                combo.setCurrentIndex(0)
            self._filters_changed()
            found = find()
        if found is not None:
            self.cycles_view.setCurrentIndex(found)
            self.cycles_view.selectRow(found.row())
            if focus:
                self.cycles_view.setFocus()
