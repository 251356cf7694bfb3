"""The team's monthly progress (IHI scale) and its deviations (avvikelser)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView, QGroupBox, QHBoxLayout, QHeaderView, QPushButton, QTableWidget,
    QTableWidgetItem, QVBoxLayout, QWidget,
)

from app.core.improvement import DEVIATION_STATUSES, PROGRESS_SCALE
from app.gui.improvement_dialogs import deviation_dialog, progress_dialog
from app.gui.labels import tr_label
from app.gui.language import localise_decimal


def _table(headers: list[str], stretch: tuple[int, ...]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.verticalHeader().setVisible(False)
    table.setWordWrap(True)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    for column in stretch:         # the free text shares the width and wraps
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
    table.setTextElideMode(Qt.TextElideMode.ElideNone)
    header.sectionResized.connect(lambda *_: table.resizeRowsToContents())
    return table


def _fill(table: QTableWidget, rows: list[tuple], ids: list[str]) -> None:
    table.setRowCount(len(rows))
    for r, (row, record_id) in enumerate(zip(rows, ids)):
        for c, text in enumerate(row):
            item = QTableWidgetItem(str(text))
            item.setData(Qt.ItemDataRole.UserRole, record_id)
            table.setItem(r, c, item)
    table.resizeRowsToContents()


class FollowUpPanel(QWidget):
    """Progress scores and deviations of the selected team; changes via `view`."""

    def __init__(self, view) -> None:
        super().__init__(view)
        self._view = view
        self.team_id: str | None = None
        layout = QVBoxLayout(self)      # one above the other: both get the full width
        progress_box = QGroupBox(self.tr("Framsteg per månad (IHI:s bedömningsskala)"))
        box = QVBoxLayout(progress_box)
        self.progress = _table([self.tr("Månad"), self.tr("Poäng"), self.tr("Nivå"),
                                self.tr("Kommentar")], stretch=(2, 3))
        self.score_button = QPushButton(self.tr("Sätt poäng f&ör månaden…"))
        self.score_button.clicked.connect(self.ask_progress)
        box.addWidget(self.progress)
        box.addWidget(self.score_button, 0, Qt.AlignmentFlag.AlignLeft)
        deviation_box = QGroupBox(self.tr("Avvikelser"))
        box = QVBoxLayout(deviation_box)
        self.deviations = _table([self.tr("Rapporterad"), self.tr("Avvikelse"),
                                  self.tr("Status"), self.tr("Åtgärd"), self.tr("Åtgärdad")],
                                 stretch=(1, 3))
        self.deviations.doubleClicked.connect(lambda _: self.ask_deviation(edit=True))
        buttons = QHBoxLayout()
        self.new_deviation_button = QPushButton(self.tr("&Ny avvikelse…"))
        self.new_deviation_button.clicked.connect(lambda: self.ask_deviation(edit=False))
        self.edit_deviation_button = QPushButton(self.tr("Ändra avvike&lse…"))
        self.edit_deviation_button.clicked.connect(lambda: self.ask_deviation(edit=True))
        buttons.addWidget(self.new_deviation_button)
        buttons.addWidget(self.edit_deviation_button)
        buttons.addStretch(1)
        box.addWidget(self.deviations)
        box.addLayout(buttons)
        layout.addWidget(progress_box, 1)
        layout.addWidget(deviation_box, 1)

    def show_team(self, team_id: str | None) -> None:
        self.team_id = team_id
        self.refresh()

    def refresh(self) -> None:
        ws = self._view.ws
        scores = ws.progress_scores(self.team_id) if self.team_id else []
        _fill(self.progress, [(s.month, localise_decimal(f"{s.score:.1f}"),
                               tr_label(PROGRESS_SCALE.get(s.score, "")), s.note)
                              for s in reversed(scores)], [s.id for s in reversed(scores)])
        deviations = ws.deviations(self.team_id) if self.team_id else []
        _fill(self.deviations, [(d.reported, d.title, tr_label(DEVIATION_STATUSES[d.status]),
                                 d.correction, d.corrected) for d in deviations],
              [d.id for d in deviations])
        writable = self.team_id is not None and not ws.read_only
        for button in (self.score_button, self.new_deviation_button,
                       self.edit_deviation_button):
            button.setEnabled(writable)

    def ask_progress(self):
        if not self.team_id:
            return None
        ws, team_id = self._view.ws, self.team_id
        scores = ws.progress_scores(team_id)
        dialog = progress_dialog(f"{date.today():%Y-%m}", scores[-1].score if scores else 1.0,
                                 self)

        def save() -> None:
            v = dialog.read()
            month = v["month"].strip()[:7]
            old = next((s for s in scores if s.month == month), None)
            before = {"score": old.score, "note": old.note} if old else {"deleted": True}

            def apply(x: dict) -> None:
                if x.get("deleted"):     # undo of a month's first score
                    ws.delete_record("progress_scores", next(
                        s.id for s in ws.progress_scores(team_id) if s.month == month))
                else:
                    ws.set_progress(team_id, month, **x)

            self._view.change(lambda: self.tr("Framsteg %1").replace("%1", month), apply, before,
                              {"score": v["score"], "note": v["note"]},
                              reveal=("progress_scores", team_id), confirm=True)

        dialog.accepted.connect(save)
        dialog.open()
        return dialog

    def ask_deviation(self, *, edit: bool):
        ws, team_id = self._view.ws, self.team_id
        if not team_id:
            return None
        current = None
        if edit:
            item = self.deviations.item(self.deviations.currentRow(), 0)
            if item is None:
                return None
            current = next(d for d in ws.deviations(team_id)
                           if d.id == item.data(Qt.ItemDataRole.UserRole))
        dialog = deviation_dialog(ws, team_id, current, self)

        def save() -> None:
            v = dialog.read()
            if current is None:
                self._view.create(lambda: self.tr("Ny avvikelse"), "deviations",
                                  lambda: ws.add_deviation(team_id=team_id, **v), typed=v)
            else:
                # Every field the change may touch: the facade dates a correction
                # itself (and clears the date when reopened), so the undo restores
                # `corrected` too, not only the dialog's fields.
                old = {k: getattr(current, k) for k in (*v, "corrected")}
                self._view.change(lambda: self.tr("Ändra avvikelse"),
                                  lambda x: ws.update_deviation(current.id, **x), old, v,
                                  reveal=("deviations", current.id), confirm=True)

        dialog.accepted.connect(save)
        dialog.open()
        return dialog
