"""The matrix walk-through: the overview, then each cell and its methods, one
at a time, with status and notes large and editable (0–5, Enter).

One organisation's slide shows the current method's other fields (Kompetens,
Utbildad personal, Behov/brist, Nivå) above its note. An area's or the
county's slide says per method which organisations have which status, the
current method's in full (presentation_lines.py)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView, QHeaderView, QListView, QListWidget, QListWidgetItem, QStackedWidget,
    QTableView, QVBoxLayout, QWidget,
)

from app.core.model import CellState, whole_percent
from app.core.privacy import contains_personnummer, mask_personnummer
from app.gui.keys import ENTER_KEYS
from app.gui.labels import STATUS_KEYS, status_text, tr_label
from app.gui.layout_check import cells_cut, heads_cut
from app.gui.presentation_base import KEY, PresentationBase
from app.gui.matrix_model import MatrixModel
from app.gui.presentation_lines import details_text, names_by_status, spread_line, spread_lines
from app.gui.presentation_parts import (
    NoteEditor, Slide, WholeRowsDelegate, make_slides, parked_remarks,
)
from app.gui.theme import PRESENTATION_STATUS, overview_style

_NO_FOCUS = Qt.FocusPolicy.NoFocus
QWIDGETSIZE_MAX = (1 << 24) - 1     # Qt's "no maximum" (not exported by PySide6)


class _CellPage(QWidget):
    """The page of a cell's or method's slide. Its height for the width would
    be what its list's rows and the note's lines ask for, which the slide's
    layout takes as the least the page needs: zoomed in, the heading was cut
    for it. The page takes the room left instead, and shares it (share_room)."""

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt's name
        return False


class MatrixPresentation(PresentationBase):
    """The slides of one scope (the county, an area or one organisation)."""

    def __init__(self, window) -> None:
        super().__init__(window, window.mapping.scope_label.text())
        self.matrix_model = window.mapping.matrix_model
        self.scope, self.single_unit = self.matrix_model.scope, self.matrix_model.single_unit
        self.slides: list[Slide] = make_slides(self.ws)
        self.position = 0
        self._build_body()
        # Status and notes are set for one organisation; a roll-up's footer does
        # not offer keys that only say "choose an organisation" (re-trial).
        self.hints.setText(self.tr(
            "PgDn/PgUp: nästa/föregående · ←/→: ruta · 0–5: status · Enter: anteckning · "
            "P: parkera · T/R: tidtagning, +/−: minuter · Ctrl +/−: zooma · Esc: avsluta")
            if self.single_unit else self.tr(
            "PgDn/PgUp: nästa/föregående · ←/→: ruta · P: parkera · T/R: tidtagning, "
            "+/−: minuter · Ctrl +/−: zooma · Esc: avsluta"))
        self._spread: dict = {}                # a cell's organisations by status, read once
        window.mapping_changed.connect(self._model_changed)
        start = window.mapping.current_cell()
        if start is not None:
            self.go_to_cell(start)
            self._start_on_method(window)
        self.render()

    def _start_on_method(self, window) -> None:
        """From the method list, on the method chosen there."""
        if window.focusWidget() is not window.mapping.items_view:
            return
        index = window.mapping.items_view.currentIndex()
        item = window.mapping.items_model.item_at(index.row()) if index.isValid() else None
        ids = [i.id for i in self.ws.items(*self.slide.cell)]
        if item is not None and item.id in ids:
            self.position += 1 + ids.index(item.id)

    def _build_body(self) -> None:
        self.overview = QTableView()
        # A model of its own: its heads always break after "/" in the large type.
        self.overview_model = MatrixModel(self.ws, self)
        self.overview_model.set_scope(self.scope, self.single_unit)
        self.overview_model.set_wrap_heads(True)
        self.overview_model.wrap_row_heads = True
        self.overview.setModel(self.overview_model)
        self.overview.setFocusPolicy(_NO_FOCUS)
        self.overview.setWordWrap(True)
        self.overview.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        for header in (self.overview.horizontalHeader(), self.overview.verticalHeader()):
            header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.overview.setProperty("wholeCells", True)    # layout_check: no cell may be cut
        self.overview.installEventFilter(self)           # fitted again when resized
        self.methods = QListWidget()
        self.methods.setFocusPolicy(_NO_FOCUS)
        self.methods.setWordWrap(True)
        self.methods.setResizeMode(QListView.ResizeMode.Adjust)   # lines wrap anew
        self.methods.setItemDelegate(WholeRowsDelegate(self.methods))
        self.methods.setAccessibleName(self.tr("Metoder i rutan"))
        self.methods.installEventFilter(self)            # the current method kept in view
        self.details = self.label("presDetails")
        self.details.setAccessibleName(self.tr("Kompetens, utbildad personal, behov och nivå"))
        self.note = NoteEditor()
        self.note.setReadOnly(True)
        self.note.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.note.setAccessibleName(self.tr("Anteckning"))
        self.note.save.connect(self._save_note)
        self.note.cancel.connect(self.stop_editing)
        self.parked_list = QListWidget()
        self.parked_list.setFocusPolicy(_NO_FOCUS)
        self.parked_list.setWordWrap(True)
        self.parked_list.setItemDelegate(WholeRowsDelegate(self.parked_list))
        self.pages = QStackedWidget()
        cell_page = _CellPage()
        cell_layout = QVBoxLayout(cell_page)
        cell_layout.setContentsMargins(0, 0, 0, 0)
        # The methods as high as their rows, the note the rest (share_room).
        self.methods.setSizeAdjustPolicy(QListView.SizeAdjustPolicy.AdjustToContents)
        cell_layout.addWidget(self.methods)
        cell_layout.addWidget(self.details)
        cell_layout.addWidget(self.note, 1)
        self.cell_page = cell_page
        cell_page.installEventFilter(self)               # shared anew when resized
        for page in (self.overview, cell_page, self.parked_list):
            self.pages.addWidget(page)
        self.body.addWidget(self.pages)

    # -- size ------------------------------------------------------------------

    # Steps of the zoomed type the overview may take when it does not fit.
    OVERVIEW_STEPS = (1.0, 0.9, 0.8, 0.7, 0.6, 0.5, 0.4)

    def apply_zoom(self) -> None:
        super().apply_zoom()
        if getattr(self, "overview", None) is not None:   # the base class zooms first
            self._fit_overview()
        if getattr(self, "cell_page", None) is not None:
            self.share_room()

    def share_room(self) -> None:
        """A method's slide: the list of methods as high as its rows, the note
        (NOTE_LINES of its type, asked for by its size hint) all the rest. A
        fixed 3 : 1 split left a short list over empty space and the note two
        lines at 1366 x 768, the second cut in half when the typing warning
        came. When the rows and the note's lines do not all fit, the list is
        shortened (it scrolls, the current row kept in view), down to one row."""
        page, methods = getattr(self, "cell_page", None), self.methods
        if page is None:
            return                        # still being built
        if not self.note.isVisibleTo(page):
            methods.setMaximumHeight(QWIDGETSIZE_MAX)   # the list is all there is
            return
        spacing = max(0, page.layout().spacing())
        room = page.height() - self.note.sizeHint().height() - spacing
        if self.details.isVisibleTo(page):
            room -= self.details.heightForWidth(page.width()) + spacing
        current = max(0, methods.currentRow())
        one_row = methods.sizeHintForRow(current) + 2 * methods.frameWidth() \
            if methods.count() else 0
        methods.setMaximumHeight(max(one_row, room))

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt's name
        # The title and hints take their zoomed size after the zoom: the room
        # the overview is left is known only when it is resized.
        if watched is getattr(self, "overview", None) and event.type() == QEvent.Type.Resize:
            self._fit_overview()
        elif watched is getattr(self, "cell_page", None) and event.type() == QEvent.Type.Resize:
            self.share_room()
        elif watched is getattr(self, "methods", None) and event.type() == QEvent.Type.Resize:
            # Shortened (the typing warning takes room; the note keeps its lines):
            # the method discussed stays in view.
            current = self.methods.currentItem()
            if current is not None:
                self.methods.scrollToItem(current)
        return super().eventFilter(watched, event)

    def _fit_overview(self) -> None:
        """The overview's type follows the zoom as far as every cell and head
        still shows whole: Ctrl + on a 1024 × 768 projector cut its cells to
        "…" and its heads. Beyond that it keeps the largest type that fits."""
        table = self.overview
        if self.pages.currentWidget() is not table:
            return                        # fitted when shown (render)
        base = self.base_px()
        for step in self.OVERVIEW_STEPS:
            table.setStyleSheet(overview_style(base, step))
            table.updateGeometries()
            for header in (table.horizontalHeader(), table.verticalHeader()):
                header.resizeSections()
            if not cells_cut(table) and not any(
                    heads_cut(h) for h in (table.horizontalHeader(), table.verticalHeader())):
                return

    # -- where we are ----------------------------------------------------------

    @property
    def slide(self) -> Slide:
        return self.slides[self.position]

    def current_item(self):
        slide = self.slide
        if slide.kind != "item":
            return None
        items = self.ws.items(*slide.cell)
        return items[slide.item_index] if slide.item_index < len(items) else None

    def step(self, delta: int) -> None:
        self.position = max(0, min(len(self.slides) - 1, self.position + delta))
        self.render()

    def step_cell(self, delta: int) -> None:
        """To the next/previous cell's own slide, skipping its methods."""
        cells = [i for i, s in enumerate(self.slides) if s.kind == "cell"]
        if delta > 0:
            later = [i for i in cells if i > self.position]
            self.position = later[0] if later else self.position
        else:
            here = self.slide.cell
            earlier = [i for i in cells if i < self.position and self.slides[i].cell != here]
            self.position = earlier[-1] if earlier else 0
        self.render()

    def go_to_cell(self, cell: tuple[str, str]) -> None:
        self.position = next(i for i, s in enumerate(self.slides) if s.cell == cell)

    def place(self) -> tuple:
        """(cell, method id) last shown, for the main window to select on leaving."""
        item = self.current_item()
        return self.slide.cell, item.id if item is not None else None

    # -- showing ---------------------------------------------------------------

    def _model_changed(self, *_args) -> None:
        """Any saved change (here, by undo, or a sync) shows at once."""
        self._spread = {}
        self.overview_model.refresh()
        self.render()

    def render(self) -> None:
        slide = self.slide
        self.show_message("")
        count = len(self.slides) - 2          # the steps between overview and parking lot
        if slide.kind in ("overview", "parking"):
            self.position_label.setText(self.tr("Översikt") if slide.kind == "overview"
                                        else self.tr("Slut"))
        else:
            self.set_position(self.position, count)
        if slide.kind == "overview":
            self.title_label.setText(self.tr("Kartläggningsmatrisen"))
            self.summary_label.setText(self.tr("PgDn går igenom rutorna en i taget."))
            self.pages.setCurrentWidget(self.overview)
            self._fit_overview()
        elif slide.kind == "parking":
            self._render_parking()
        else:
            self._render_cell(slide)
        self.render_parked_count()

    def _cell_title(self, cell: tuple[str, str]) -> str:
        row = next(r for r in self.ws.rows() if r.id == cell[0])
        column = next(c for c in self.ws.columns() if c.id == cell[1])
        return f"{tr_label(row.title)} – {tr_label(column.title)}"

    def _render_cell(self, slide: Slide) -> None:
        self.pages.setCurrentIndex(1)
        items = self.ws.items(*slide.cell)
        summary = self.ws.matrix(self.scope).get(slide.cell)
        self.title_label.setText(self._cell_title(slide.cell))
        state = CellState.NO_METHODS if summary is None else summary.state
        if state == CellState.NO_METHODS:
            self.summary_label.setText(self.tr("Inga metoder i rutan"))
        elif state == CellState.NOT_APPLICABLE:
            self.summary_label.setText(self.tr("Ej aktuellt"))
        elif state == CellState.UNMAPPED:
            self.summary_label.setText(
                self.tr("Ej kartlagt") if self.single_unit
                else self.tr("Ej kartlagt: %1").replace("%1", str(summary.unmapped)))
        else:
            # An area or the county counts each organisation's method once: "4 of
            # 6 methods" under 3 methods read as an error (trial C). Shares are
            # of what is mapped, and what is not is said.
            text = (self.tr("%1 av %2 kartlagda metoder används (%3 %)") if self.single_unit
                    else self.tr("Används i %1 av %2 kartlagda fall – organisation och "
                                 "metod (%3 %)"))
            text = text.replace("%1", str(summary.in_use)).replace(
                "%2", str(summary.mapped)).replace(
                "%3", str(whole_percent(summary.share_in_use))).replace(" %)", "\u00a0%)")
            if summary.unmapped:
                text += " · " + self.tr("Ej kartlagt: %1").replace(" ", "\u00a0").replace(
                    "%1", str(summary.unmapped))            # one piece when the line breaks
            self.summary_label.setText(text)
        self.methods.clear()
        spread = {} if self.single_unit else self._spread_of(slide.cell, items)
        for index, item in enumerate(items):
            current = index == slide.item_index
            if self.single_unit:
                text = f"{status_text(self._unit_status(item))}   {item.title}"
            elif current:        # the method discussed: every organisation named
                text = "\n".join([item.title, *spread_lines(spread[item.id])])
            else:
                text = f"{item.title}  –  {spread_line(spread[item.id])}"
            entry = QListWidgetItem(text)
            status = self._unit_status(item)
            if status:
                entry.setForeground(QColor(PRESENTATION_STATUS[status]))
            self.methods.addItem(entry)
            if current:
                self.methods.setCurrentItem(entry)
                entry.setSelected(True)
                self.methods.scrollToItem(entry, QAbstractItemView.ScrollHint.PositionAtCenter)
        item = self.current_item()
        # An area or the county has no note of its own: the list says who is where.
        self.note.setVisible(item is not None and self.single_unit)
        self.details.setVisible(item is not None and self.single_unit)
        if item is not None and self.single_unit:
            assessment = self.ws.assessment(self.scope, item.id)
            self.details.setText(details_text(assessment))
        if item is not None and self.single_unit and self.note.isReadOnly():
            # Projected to a room: a personnummer shows masked (the editor, opened
            # with Enter, holds the real text, so saving never writes the mask).
            self.note.setPlainText(mask_personnummer(self._note_of(item)))
            self.note.setPlaceholderText(self.tr("Ingen anteckning – Enter skriver en"))
        self.share_room()

    def _spread_of(self, cell: tuple[str, str], items: list) -> dict:
        if cell not in self._spread:
            self._spread = {cell: names_by_status(self.ws, self.scope, [i.id for i in items])}
        return self._spread[cell]

    def _unit_status(self, item) -> str | None:
        return self.ws.assessment(self.scope, item.id).status if self.single_unit else None

    def _note_of(self, item) -> str:
        return self.ws.assessment(self.scope, item.id).note

    def _render_parking(self) -> None:
        self.title_label.setText(self.tr("Parkeringsplatsen"))
        remarks = parked_remarks(self.ws)
        self.summary_label.setText(self.tr("%1 parkerade kommentarer").replace(
            "%1", str(len(remarks))))
        self.parked_list.clear()
        self.parked_list.addItems([f"• {mask_personnummer(r.title)}" for r in remarks])
        self.pages.setCurrentWidget(self.parked_list)

    # -- changes ---------------------------------------------------------------

    def set_status(self, status: str) -> None:
        item = self.current_item()
        if not self.single_unit:
            self.refuse(self.tr(
                "Välj en organisation och stega till en metod för att sätta status."))
            return
        if item is None:
            self.refuse(self.tr("Stega till en metod (PageDown) för att sätta status."))
            return
        if self.ws.read_only:
            self.refuse(self.tr("Arbetsytan är skrivskyddad."))
            return
        self.window_.apply_assessment(self.scope, item.id, {"status": status})

    def edit_note(self) -> None:
        """Enter: the current method's note. On a cell's own slide, its first
        method's (a trial's Enter there only said what to do, and the sentence
        typed next ran as keys); elsewhere it says what to do, and what is typed
        next is held back (refuse)."""
        slide = self.slide
        if not self.single_unit:
            self.refuse(self.tr("Anteckningar skrivs för en organisation: tryck Esc, välj "
                                "organisationen i trädet och tryck F11."), guard=True)
            return
        if slide.kind == "cell" and self.ws.items(*slide.cell):
            self.position += 1                   # its first method
            self.render()
        elif self.current_item() is None:
            self.refuse(self.tr("Rutan har inga metoder att skriva en anteckning till.")
                        if slide.kind == "cell" else
                        self.tr("Stega till en metod (PageDown) för att skriva en anteckning."),
                        guard=True)
            return
        if self.ws.read_only:
            self.refuse(self.tr("Arbetsytan är skrivskyddad."), guard=True)
            return
        note = self._note_of(self.current_item())
        if contains_personnummer(note):         # said before the room sees it whole
            self.show_message(self.tr("Anteckningen innehåller ett personnummer, som syns "
                                      "medan du skriver. Ta bort det."))
        self.note.setPlainText(note)
        self.note.setReadOnly(False)
        self.note.setFocus()
        self.note.moveCursor(self.note.textCursor().MoveOperation.End)

    def typing_hint(self) -> str:
        slide = self.slide
        if self.single_unit and slide.cell is not None and self.ws.items(*slide.cell):
            return self.tr("Enter: skriv en anteckning · P: parkera en kommentar")
        return self.tr("P: parkera en kommentar")

    def _save_note(self, text: str) -> None:
        item = self.current_item()
        self.stop_editing()
        if item is not None and text != self.ws.assessment(self.scope, item.id).note:
            self.window_.apply_assessment(self.scope, item.id, {"note": text})
        self.render()

    def park_context(self) -> dict:
        cell = self.slide.cell
        where = self._cell_title(cell) if cell else self.tr("Matrisen")
        return {"where": f"{self.scope_label.text()}: {where}",
                "unit_id": self.scope if self.single_unit else None,
                "cells": [cell] if cell else []}

    def stop_editing(self) -> None:
        self.note.setReadOnly(True)
        super().stop_editing()

    def extra_key(self, key: int) -> bool:
        if key == KEY.Key_Right:
            self.step_cell(+1)
        elif key == KEY.Key_Left:
            self.step_cell(-1)
        elif key == KEY.Key_Home:
            self.position = 0
            self.render()
        elif key == KEY.Key_End:
            self.position = len(self.slides) - 1
            self.render()
        elif KEY.Key_0 <= key <= KEY.Key_9 and key - KEY.Key_0 in STATUS_KEYS:
            self.set_status(STATUS_KEYS[key - KEY.Key_0])
        elif key in ENTER_KEYS:
            self.edit_note()
        else:
            return False
        return True

    def detach(self) -> None:
        self.window_.mapping_changed.disconnect(self._model_changed)
