"""The PGSA worksheet of one cycle (the Designer form ui/pgsa_cycle.ui, loaded at
run time with QUiLoader) and the quick capture of a new cycle in a workshop.

Saving the worksheet is one undoable change of the fields that differ, made
by Spara (Enter) while the worksheet is still open: a value the program refuses
leaves it open, everything typed in place. Nothing is saved on the fly, so
Esc, the window's close button and Avbryt close at once only when nothing was
changed; otherwise they ask "Spara ändringarna?" (Spara / Släng / Avbryt).

The form is a QDialog of its own in Designer, embedded here as a plain widget:
its own Esc handling (QDialog.keyPressEvent rejects *it*) would hide the whole
worksheet inside a still open, empty, modal window, so Esc is taken from it
and given to the worksheet. The worksheet's fields scroll (the form's contentScroll) and Spara/Avbryt stay below
them, so the dialog fits a small or scaled screen (1366 × 768 at 200 % is
683 × 384 logical pixels) without losing its buttons.
"""

from __future__ import annotations

from datetime import date
from functools import cache
from pathlib import Path

from PySide6.QtCore import (
    QEvent, QFile, QObject, QPoint, QRect, QSignalBlocker, QSize, Qt, QTimer,
)
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtUiTools import QUiLoader
from PySide6.QtWidgets import (
    QApplication, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout, QHeaderView,
    QLineEdit, QListWidget, QListWidgetItem, QMessageBox, QPlainTextEdit, QPushButton,
    QScrollArea, QStyle, QTabBar, QTableWidget, QTableWidgetItem, QTabWidget, QVBoxLayout,
    QWidget,
)

from app.core.improvement import CYCLE_STATUSES, DECISIONS, Cycle, Question, Task
from app.core.report_improvement import cycle_aim
from app.gui.improvement_dialogs import save_then_close
from app.gui.improvement_models import removed_idea_title
from app.gui.keys import ENTER_KEYS
from app.gui.labels import tr_label
from app.gui.screen_fit import available_geometry

BEFORE_ACT = ("plan", "do", "study")   # statuses a decision moves on to "act"
MARGIN = 8            # room kept around a field scrolled into view
TABLE_MIN_HEIGHT = 110   # the questions' and tasks' tables, as ui/pgsa_cycle.ui has them
# Lists of long titles: sized by a few characters in the form (ui/pgsa_cycle.ui),
# their whole text in the tooltip.
LONG_COMBOS = ("aimCombo", "changeIdeaCombo", "previousCombo")
TEXT_FIELDS = ("objective", "data_plan", "observations", "problems", "results", "learning",
               "next_step")


@cache
def ui_path(name: str) -> Path:
    """A Designer form in ui/ (source tree) or app/ui (installed)."""
    source = Path(__file__).resolve().parents[2] / "ui" / name
    if source.is_file():
        return source
    from importlib.resources import files

    return Path(str(files("app.ui") / name))


def load_form(name: str, parent: QWidget | None = None) -> QWidget:
    file = QFile(str(ui_path(name)))
    if not file.open(QFile.OpenModeFlag.ReadOnly):
        raise OSError(f"Kan inte läsa formuläret {name}")
    try:
        return QUiLoader().load(file, parent)
    finally:
        file.close()


def _fill(combo: QComboBox, items: list[tuple[str | None, str]], current) -> None:
    combo.clear()
    for key, text in items:
        combo.addItem(text, key)
    index = combo.findData(current)
    combo.setCurrentIndex(max(index, 0))


class CycleForm(QDialog):
    """The whole worksheet of one cycle: Planera, Göra, Studera, Agera."""

    _phase_bar: QTabBar | None = None     # the pages' tabs, once the form is loaded
    _viewport: QWidget | None = None      # the fields' scrolled part, likewise
    _watching_focus = False               # focusChanged connected (until done)

    def __init__(self, ws, cycle_id: str, parent=None) -> None:
        super().__init__(parent)
        self._ws = ws
        self.cycle: Cycle = ws.cycle(cycle_id)
        self.form = load_form("pgsa_cycle.ui", self)
        self.form.setWindowFlags(Qt.WindowType.Widget)   # embedded, not a window of its own
        # The form is a QDialog too: Esc would reject (hide) it and leave this
        # window open, modal and empty. Esc closes the worksheet instead, and
        # should the form ever close itself all the same, it comes back.
        self.form.installEventFilter(self)
        self.form.finished.connect(self._form_closed)
        self._question: QMessageBox | None = None      # "Spara ändringarna?", while asked
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.form)
        self.setWindowTitle(self.tr("PGSA-cykel %1 – arbetsblad").replace(
            "%1", str(self.cycle.number)))
        f = self.form
        self.content_scroll: QScrollArea = f.findChild(QScrollArea, "contentScroll")
        buttons: QDialogButtonBox = f.findChild(QDialogButtonBox, "buttonBox")
        # No mnemonic: every letter of "Spara" is taken by a field; Enter saves
        # from a text line, and Ctrl+S (or Ctrl+Enter) from any field, a
        # many-line one too, where Enter starts a new line (new-user trial).
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Spara"))
        buttons.button(QDialogButtonBox.StandardButton.Save).setToolTip(
            self.tr("Spara (Ctrl+S)"))
        for keys in ("Ctrl+S", "Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self._save_by_key)
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Avbryt"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        # Only Spara is the default button: Lägg till fråga had become it (the
        # form's first push button), so Enter in a text line added a question.
        for button in f.findChildren(QPushButton):
            if not buttons.isAncestorOf(button):
                button.setAutoDefault(False)
                button.setDefault(False)
        buttons.button(QDialogButtonBox.StandardButton.Save).setDefault(True)
        # Enter on a list (Mål, Status, Beslut …) opens it to choose, and Enter in
        # the open list chooses: it never saves and closes the whole worksheet
        # (the trial lost its place so). Enter in a text line still saves.
        self._combos = set(f.findChildren(QComboBox))
        for combo in self._combos:
            combo.installEventFilter(self)
        self._tables = (self.widget("questionsTable"), self.widget("tasksTable"))
        self._fit_tables_later = QTimer(self, singleShot=True, interval=0)
        self._fit_tables_later.timeout.connect(self._fit_tables)
        for table in self._tables:
            # Space edits the cell with its text kept (as F2 and the data grid),
            # not a space typed into it (" Ringa in klient").
            table.installEventFilter(self)
            table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
            table.verticalHeader().setVisible(False)
            # A task longer than its quarter of the table wraps onto more lines
            # in a taller row ("Informera …" showed the worksheet's own words cut).
            table.setWordWrap(True)
            table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
            # … and the table grows with its rows (the worksheet scrolls), rather
            # than hiding the second task under a scroll bar of its own. Fitted
            # once the header has sized every row: inside its signal the other
            # rows' heights were not yet current (a new row's table shrank).
            for signal in (table.verticalHeader().sectionResized, table.model().rowsRemoved,
                           table.model().rowsInserted):
                signal.connect(self._fit_tables_later.start)
            # Tab leaves the table (arrows move between its cells), so the
            # keyboard never gets trapped in a long form.
            table.setTabKeyNavigation(False)
        self.widget("addQuestionButton").clicked.connect(
            lambda: self._add_row(self.widget("questionsTable")))
        self.widget("addTaskButton").clicked.connect(
            lambda: self._add_row(self.widget("tasksTable")))
        self.widget("removeQuestionButton").clicked.connect(
            lambda: self._remove_row(self.widget("questionsTable")))
        self.widget("removeTaskButton").clicked.connect(
            lambda: self._remove_row(self.widget("tasksTable")))
        for name in ("startsEdit", "endsEdit"):
            self.widget(name).setMaximumWidth(130)
        # Alt+P/G/U/A (Alt+P/D/U/A) switch the page and go to its first text
        # field: the keyboard stayed where it was, and what was typed next went
        # into another page's field (the trial's observations into Start).
        self.phase_tabs: QTabWidget = f.findChild(QTabWidget, "phaseTabs")
        self._phase_bar = self.phase_tabs.tabBar()
        self._phase_bar.installEventFilter(self)
        # A page switched to shows its first row with the field that has the
        # keyboard, and a page grows no taller than leaves room for both.
        self.phase_tabs.currentChanged.connect(self._page_shown)
        self._viewport = self.content_scroll.viewport()
        self._viewport.installEventFilter(self)
        # A table fitted to its rows after a field was scrolled to moves the
        # field (Alt+H to Mätningar left it below the edge): shown again.
        self.content_scroll.verticalScrollBar().rangeChanged.connect(self._keep_focus_shown)
        status_row = self.form.findChild(QHBoxLayout, "statusRow")
        if status_row is not None:
            status_row.addStretch(1)          # dates next to their labels, not spread out
        self._load()
        # A decision is the Agera step's: choosing one moves a cycle still in
        # Planera, Göra or Studera on to Agera, where it can still be changed
        # before saving (the trial saved "Anta" on a cycle left in "Göra").
        self._status_before_decision: str | None = None
        self.widget("decisionCombo").activated.connect(self._decided)
        for name in LONG_COMBOS:
            combo = self.widget(name)
            combo.currentIndexChanged.connect(lambda _i, c=combo: c.setToolTip(c.currentText()))
            combo.setToolTip(combo.currentText())
        if ws.read_only:
            self._show_only(buttons)
        self.fit_to_screen()
        # A field reached by Tab, a mnemonic or a click scrolls into view.
        QApplication.instance().focusChanged.connect(self._focus_changed)
        self._watching_focus = True

    def _decided(self) -> None:
        """Status to Agera with a decision; back to what it was when the
        decision is taken back ("Inget beslut ännu", arrows past "Anta")."""
        status = self.widget("statusCombo")
        if self.widget("decisionCombo").currentData() is None:
            if self._status_before_decision and status.currentData() == "act":
                status.setCurrentIndex(status.findData(self._status_before_decision))
            self._status_before_decision = None
        elif status.currentData() in BEFORE_ACT:
            self._status_before_decision = status.currentData()
            status.setCurrentIndex(status.findData("act"))

    def _show_only(self, buttons: QDialogButtonBox) -> None:
        """A read-only copy: the worksheet is read, not written (Spara could only
        fail), and its one button closes it."""
        from PySide6.QtWidgets import (
            QAbstractButton, QAbstractItemView, QAbstractSpinBox, QComboBox, QLineEdit,
            QPlainTextEdit, QTextEdit,
        )

        for kind in (QLineEdit, QPlainTextEdit, QTextEdit, QAbstractSpinBox):
            for edit in self.form.findChildren(kind):
                edit.setReadOnly(True)          # still selectable and scrollable
        for table in self.form.findChildren(QAbstractItemView):
            table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        for kind in (QComboBox, QAbstractButton):
            for widget in self.form.findChildren(kind):
                if not buttons.isAncestorOf(widget):
                    widget.setEnabled(False)
        buttons.button(QDialogButtonBox.StandardButton.Save).hide()
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Stäng"))

    # -- size and scrolling ----------------------------------------------------------

    def available(self) -> QRect:
        """The available geometry (without taskbars) of the parent's screen."""
        return available_geometry(self)

    def natural_size(self) -> QSize:
        """The whole worksheet without scrolling: the Designer size or the
        content's size hint, whichever is bigger, plus the buttons."""
        content = self.content_scroll.widget()
        margins = self.form.layout().contentsMargins()
        bar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        buttons = self.widget("buttonBox").sizeHint()
        width = (content.sizeHint().width() + self._combo_room() + bar + margins.left()
                 + margins.right())
        height = (content.sizeHint().height() + self.form.layout().spacing()
                  + buttons.height() + margins.top() + margins.bottom())
        designed = self.form.size()    # the .ui's geometry (820 × 680)
        return QSize(max(width, designed.width()), max(height, designed.height()))

    def _combo_room(self) -> int:
        """How much wider the aim, idea and cycle lists would be showing their
        whole current text: they are sized by a few characters (a long aim
        widened the form past the dialog, which scrolled sideways and cut the
        labels), so the dialog grows by this where the screen has the room."""
        extra = 0
        for name in LONG_COMBOS:
            combo: QComboBox = self.widget(name)
            short = combo.sizeHint().width()
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            whole = combo.sizeHint().width()
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            extra = max(extra, whole - short)
        return extra

    def fit_to_screen(self) -> None:
        """As big as the worksheet needs, but never bigger than the screen:
        the title bar and frame included, so Spara/Avbryt stay on it."""
        area = self.available()
        frame = self.frameGeometry().size() - self.size() if self.isVisible() else QSize(0, 0)
        if frame.height() <= 0:       # not shown yet: leave room for a title bar and a frame
            frame = QSize(16, 2 * self.fontMetrics().height() + 12)
        room = QSize(area.width() - frame.width(), area.height() - frame.height())
        size = self.natural_size().boundedTo(room)
        self.resize(size)
        if self.isVisible():
            geometry = self.frameGeometry()
            x = min(max(geometry.x(), area.x()), area.right() + 1 - geometry.width())
            y = min(max(geometry.y(), area.y()), area.bottom() + 1 - geometry.height())
            if (x, y) != (geometry.x(), geometry.y()):
                self.move(x, y)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        # The window manager's frame is known only once shown: fit again with it.
        QTimer.singleShot(0, self, self._refit)

    def _refit(self) -> None:
        if self.isVisible():
            available, frame = self.available(), self.frameGeometry()
            if not available.contains(frame):
                self.fit_to_screen()

    def _focus_changed(self, _old, new) -> None:
        """Down or up to the whole field (its top when it is taller than the
        scrolled part); sideways only as far as its left edge needs, so that
        the labels stay in view when the form is wider than the dialog."""
        content = self.content_scroll.widget()
        if new is None or not content.isAncestorOf(new):
            return
        top_left, margin = new.mapTo(content, QPoint(0, 0)), MARGIN
        viewport = self.content_scroll.viewport().size()
        self._scroll_to(top_left.y(), top_left.y() + new.height())
        bar = self.content_scroll.horizontalScrollBar()
        left = top_left.x() - margin
        if left < bar.value():
            bar.setValue(left)
        elif top_left.x() + min(new.width(), 4 * margin) > bar.value() + viewport.width():
            bar.setValue(left)

    def _keep_focus_shown(self, *_range) -> None:
        if self._watching_focus:
            self._focus_changed(None, QApplication.focusWidget())

    def _scroll_to(self, top: int, bottom: int) -> None:
        """Down or up to the content's rows top to bottom, with a margin; their
        top when they are taller than the scrolled part."""
        height = self._viewport.height()
        bar = self.content_scroll.verticalScrollBar()
        top, bottom = top - MARGIN, bottom + MARGIN
        bottom = min(bottom, top + height)
        if top < bar.value():
            bar.setValue(top)
        elif bottom > bar.value() + height:
            bar.setValue(bottom - height)

    def _page_shown(self) -> None:
        """A page switched to (a tab, Ctrl+Tab, Alt+P/G/U/A) shows from its top
        down to the field with the keyboard, when they fit together. Scrolling
        to the field alone cut the row above it: the trial's Agera had Beslut
        cut at the top, Nästa cykel being scrolled to, from Göra or from the
        end of Planera. A field far down that does not fit with the top (the
        focus Ctrl+Tab gives back to a page) is shown alone."""
        page, content = self.phase_tabs.currentWidget(), self.content_scroll.widget()
        if page is None:
            return
        top, rows = page.mapTo(content, QPoint(0, 0)).y(), page.layout()
        bottom = top + max(item.geometry().bottom() for item in (
            rows.itemAt(0, role) for role in (QFormLayout.ItemRole.LabelRole,
                                              QFormLayout.ItemRole.FieldRole)) if item)
        focus = QApplication.focusWidget()
        if focus is not None and page.isAncestorOf(focus):
            bottom = max(bottom, focus.mapTo(content, QPoint(0, focus.height())).y())
        if bottom + MARGIN <= self._viewport.height():     # the head too, all of it
            self.content_scroll.verticalScrollBar().setValue(0)
        elif bottom - top + 2 * MARGIN <= self._viewport.height():
            self._scroll_to(top, bottom)

    def _fit_tables(self) -> None:
        """The questions and tasks tables tall enough for all their rows and one
        more's room below them (to click into), never below the form's 110 px."""
        for table in self._tables:
            rows = sum(table.rowHeight(r) for r in range(table.rowCount()))
            spare = table.verticalHeader().defaultSectionSize()
            table.setMinimumHeight(max(TABLE_MIN_HEIGHT, 2 * table.frameWidth()
                                       + table.horizontalHeader().height() + rows + spare))
        if self._viewport is not None:
            self._fit_pages()                # the page may now need more room

    def _fit_pages(self) -> None:
        """Every page is as tall as the tallest (Planera, with its tables) and
        the text fields grow to fill theirs: on a small or scaled screen Nästa
        cykel grew taller than the scrolled part, and it and Beslut above it
        could not be seen together. A page is at most as tall as fits below the
        worksheet's head in the scrolled part (the trial's Agera had the test's
        name cut at the top), or as the scrolled part where the head cannot
        stay, unless its rows need more (Planera); the rest of the tab is empty."""
        page_top = self.phase_tabs.currentWidget().mapTo(
            self.content_scroll.widget(), QPoint(0, 0)).y()
        height = self._viewport.height() - page_top - 2 * MARGIN
        if height < self._viewport.height() // 2:      # the head takes most: scroll past it
            height = self._viewport.height() - 2 * MARGIN
        for index in range(self.phase_tabs.count()):
            page = self.phase_tabs.widget(index)
            page.layout().activate()     # its minimum with a table's new one, not cached
            page.setMaximumHeight(max(page.minimumSizeHint().height(), height))

    # -- closing -------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._viewport and event.type() == QEvent.Type.Resize:
            self._fit_pages()
        if (watched is self.form and event.type() == QEvent.Type.KeyPress
                and event.matches(QKeySequence.StandardKey.Cancel)):
            self.reject()                      # the worksheet's Esc, not the form's
            return True
        if event.type() == QEvent.Type.KeyPress and event.key() in ENTER_KEYS \
                and watched in self._combos and watched.isEnabled() \
                and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            watched.showPopup()                # to choose; Enter there chooses
            return True
        if event.type() == QEvent.Type.KeyPress and event.key() == Qt.Key.Key_Space \
                and watched in self._tables \
                and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            return self._edit_current(watched, event)
        if event.type() == QEvent.Type.KeyPress and event.key() in ENTER_KEYS \
                and watched in self._tables:
            # Enter in a cell's editor saves the cell (the delegate does) and goes
            # no further: it must not also save and close the worksheet. On a
            # cell, Enter edits it, as Space and F2.
            if watched.state() != QTableWidget.State.EditingState:
                self._edit_current(watched, event)
            return True
        if watched is self._phase_bar and event.type() == QEvent.Type.Shortcut:
            QTabBar.event(watched, event)      # a page's mnemonic: the tab bar shows it …
            self.focus_page()                  # … and the keyboard goes to it,
            self._page_shown()                 # shown with the page's first row
            return True
        return super().eventFilter(watched, event)

    @staticmethod
    def _edit_current(table: QTableWidget, event) -> bool:
        """Space on a cell not being edited: edit it as F2 does, its text kept
        and selected. True when taken."""
        index = table.currentIndex()
        if table.state() == QTableWidget.State.EditingState or not index.isValid() \
                or not index.flags() & Qt.ItemFlag.ItemIsEditable:
            return False
        if table.item(index.row(), index.column()) is None:   # a new row's blank cell
            table.setItem(index.row(), index.column(), QTableWidgetItem(""))
        return table.edit(index, QTableWidget.EditTrigger.EditKeyPressed, event)

    def focus_page(self) -> None:
        """The first text field of the current page (Planera: Syfte, Göra:
        Observationer, Studera: Resultat, Agera: Nästa cykel) gets the focus.
        Not a list before it (Genomfört som planerat?, Beslut): typed letters
        would choose in it."""
        page = self.phase_tabs.currentWidget()
        widget, seen = page.nextInFocusChain(), 0
        while widget is not None and widget is not page and seen < 500:
            if (isinstance(widget, (QPlainTextEdit, QLineEdit)) and page.isAncestorOf(widget)
                    and widget.isVisibleTo(page) and widget.isEnabled()):
                widget.setFocus(Qt.FocusReason.ShortcutFocusReason)
                return
            widget, seen = widget.nextInFocusChain(), seen + 1

    def _form_closed(self, _result: int) -> None:
        self.form.show()
        if self.isVisible():
            self.reject()

    def accept(self) -> None:
        """Spara, with the worksheet still open until it went through."""
        save_then_close(self)

    def _save_by_key(self) -> None:
        """Ctrl+S: a question or task being typed in its cell is taken in first
        (its editor, left, gives the cell its text), then Spara."""
        from PySide6.QtWidgets import QApplication

        if self._ws.read_only:          # nothing to save (its Spara is hidden)
            return
        focus = QApplication.focusWidget()
        for table in self._tables:
            if focus is not None and table.isAncestorOf(focus):
                table.setFocus()
        self.accept()

    def reject(self) -> None:
        """Esc, the close button and Avbryt: closed at once when nothing was
        changed (or nothing can be saved: a read-only copy); otherwise asked
        whether to save what was typed, never dropped unasked. The question
        is window-modal and answered in _answered: no nested event loop."""
        if self._question is not None:          # asked already: answer that first
            self._question.raise_()
            self._question.activateWindow()
            return
        if not self.isVisible() or self._ws.read_only or not self.changes()[1]:
            super().reject()
            return
        buttons = QMessageBox.StandardButton
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Spara ändringarna?"),
                          self.tr("Spara ändringarna i PGSA-cykel %1 innan arbetsbladet "
                                  "stängs?").replace("%1", str(self.cycle.number)),
                          buttons.Save | buttons.Discard | buttons.Cancel, self)
        box.button(buttons.Save).setText(self.tr("Spara"))
        box.button(buttons.Discard).setText(self.tr("S&läng"))
        box.button(buttons.Cancel).setText(self.tr("Avbryt"))
        box.setDefaultButton(buttons.Save)
        box.setEscapeButton(buttons.Cancel)
        box.finished.connect(lambda _result: self._answered(box))
        self._question = box
        box.open()

    def _answered(self, box: QMessageBox) -> None:
        self._question = None
        answer = box.standardButton(box.clickedButton()) if box.clickedButton() else None
        box.deleteLater()
        if answer == QMessageBox.StandardButton.Save:
            self.accept()
        elif answer == QMessageBox.StandardButton.Discard:
            super().reject()
        # Avbryt, Esc: back to the worksheet as it was

    def done(self, result: int) -> None:
        if self._watching_focus:
            QApplication.instance().focusChanged.disconnect(self._focus_changed)
            self._watching_focus = False
        super().done(result)

    def widget(self, name: str):
        found = self.form.findChild(QWidget, name)
        if found is None:
            raise LookupError(name)
        return found

    # -- cycle -> form -------------------------------------------------------------

    def _load(self) -> None:
        c, ws = self.cycle, self._ws
        self.widget("titleEdit").setText(c.title)
        team_label = self.widget("teamLabel")
        team_label.setTextFormat(Qt.TextFormat.PlainText)     # the team's name, as typed
        team_label.setText(ws.team(c.team_id).name)
        none = [(None, self.tr("(inget)"))]
        # No aim of its own: the team's only aim, said to be the team's, as the
        # printed worksheet has it (report_improvement.cycle_aim)
        team_aim, from_team = cycle_aim(ws, c)
        no_aim = [(None, self.tr("%1 (teamets mål)").replace("%1", team_aim))] \
            if from_team else none
        _fill(self.widget("aimCombo"),
              no_aim + [(a.id, a.title) for a in ws.aims(c.team_id)], c.aim_id)
        ideas = [(i.id, i.title) for i in ws.change_ideas(c.team_id)]
        if c.change_idea_id and c.change_idea_id not in dict(ideas):   # removed since
            ideas.append((c.change_idea_id, removed_idea_title(ws, c.change_idea_id)))
        # "idé" is en-gender: "(ingen)", as in quick capture ("(inget)" mål).
        _fill(self.widget("changeIdeaCombo"), [(None, self.tr("(ingen)"))] + ideas,
              c.change_idea_id)
        earlier = [(o.id, f"{o.number}. {o.title}") for o in ws.cycles(c.team_id)
                   if o.id != c.id and c.id not in {r.id for r in ws.ramp(o.id)}]
        _fill(self.widget("previousCombo"), [(None, self.tr("(ingen – första cykeln)"))]
              + earlier, c.previous_id)
        _fill(self.widget("statusCombo"),
              [(k, tr_label(v)) for k, v in CYCLE_STATUSES.items()], c.status)
        self.widget("startsEdit").setText(c.starts_on)
        self.widget("endsEdit").setText(c.ends_on)
        for name in TEXT_FIELDS:
            self.widget(_camel(name) + "Edit").setPlainText(getattr(c, name))
        self._set_rows(self.widget("questionsTable"),
                       [(q.question, q.prediction) for q in c.questions])
        self._set_rows(self.widget("tasksTable"), [(t.what, t.who, t.when, t.where)
                                                  for t in c.tasks])
        measures: QListWidget = self.widget("measuresList")
        for m in ws.measures(c.team_id):
            item = QListWidgetItem(m.name)
            item.setData(Qt.ItemDataRole.UserRole, m.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if m.id in c.measure_ids
                               else Qt.CheckState.Unchecked)
            measures.addItem(item)
        _fill(self.widget("asPlannedCombo"), [(None, self.tr("Ej angivet")),
                                              (True, self.tr("Ja")), (False, self.tr("Nej"))],
              c.as_planned)
        _fill(self.widget("decisionCombo"), [(None, self.tr("Inget beslut ännu"))]
              + [(k, tr_label(v)) for k, v in DECISIONS.items()], c.decision)

    @staticmethod
    def _set_rows(table: QTableWidget, rows: list[tuple[str, ...]]) -> None:
        table.setRowCount(0)
        for row in rows:
            r = table.rowCount()
            table.insertRow(r)
            for column, text in enumerate(row):
                table.setItem(r, column, QTableWidgetItem(text))
        if not rows:
            table.insertRow(0)

    @staticmethod
    def _add_row(table: QTableWidget) -> None:
        table.insertRow(table.rowCount())
        table.setCurrentCell(table.rowCount() - 1, 0)
        table.setFocus()
        table.editItem(table.item(table.rowCount() - 1, 0) or _blank(table))

    @staticmethod
    def _remove_row(table: QTableWidget) -> None:
        if table.currentRow() >= 0:
            table.removeRow(table.currentRow())

    @staticmethod
    def _rows(table: QTableWidget) -> list[tuple[str, ...]]:
        out = []
        for r in range(table.rowCount()):
            # Spaces around a text are no part of it (a Space that started editing
            # on another program's keys, a paste).
            cells = tuple((table.item(r, c).text().strip() if table.item(r, c) else "")
                          for c in range(table.columnCount()))
            if any(x.strip() for x in cells):
                out.append(cells)
        return out

    # -- form -> changes -------------------------------------------------------------

    def values(self) -> dict:
        """Every worksheet field as typed (the facade cleans and checks them)."""
        values = {
            "title": self.widget("titleEdit").text(),
            "aim_id": self.widget("aimCombo").currentData(),
            "change_idea_id": self.widget("changeIdeaCombo").currentData(),
            "previous_id": self.widget("previousCombo").currentData(),
            "status": self.widget("statusCombo").currentData(),
            "starts_on": self.widget("startsEdit").text(),
            "ends_on": self.widget("endsEdit").text(),
            "questions": tuple(Question(*r) for r in self._rows(self.widget("questionsTable"))),
            "tasks": tuple(Task(*r) for r in self._rows(self.widget("tasksTable"))),
            "as_planned": self.widget("asPlannedCombo").currentData(),
            "decision": self.widget("decisionCombo").currentData(),
        }
        measures = self.widget("measuresList")
        values["measure_ids"] = tuple(
            measures.item(i).data(Qt.ItemDataRole.UserRole) for i in range(measures.count())
            if measures.item(i).checkState() == Qt.CheckState.Checked)
        for name in TEXT_FIELDS:
            values[name] = self.widget(_camel(name) + "Edit").toPlainText()
        return values

    def changes(self) -> tuple[dict, dict]:
        """(old, new) of the fields that differ from the stored cycle."""
        new = {k: v for k, v in self.values().items() if getattr(self.cycle, k) != v}
        return {k: getattr(self.cycle, k) for k in new}, new


def _camel(name: str) -> str:
    head, *rest = name.split("_")
    return head + "".join(p.capitalize() for p in rest)


def _blank(table: QTableWidget) -> QTableWidgetItem:
    item = QTableWidgetItem("")
    table.setItem(table.rowCount() - 1, 0, item)
    return item


class QuickCycleDialog(QDialog):
    """Capture a new cycle in seconds: team, objective, prediction, and what the
    cycle builds on, tests and measures.

    What the dialog shows is what is saved: choosing "Bygger på" shows the aim,
    change idea and measures the new cycle takes over from that cycle, and a
    "(ingen)" the user chooses stays none (the core is told every one of them).
    `about` is the aim or measure selected where the cycle was asked for: in its
    team, the cycle is about it by default and builds on the latest cycle on it
    (or on none, rather than on a cycle about another aim); without it, on the
    team's latest cycle."""

    def __init__(self, ws, team_id: str | None, parent=None, *,
                 about: str | None = None) -> None:
        super().__init__(parent)
        self._ws = ws
        self._about = about
        self._measure_choices: list[tuple[str, ...]] = []    # per item of self.measures
        self.setWindowTitle(self.tr("Ny PGSA-cykel"))
        layout = QFormLayout(self)
        self.team = QComboBox()
        for t in ws.teams():
            self.team.addItem(t.name, t.id)
        self.team.setCurrentIndex(max(self.team.findData(team_id), 0))
        self.objective = QLineEdit()
        self.objective.setPlaceholderText(self.tr("Vad testar vi, och varför?"))
        self.prediction = QPlainTextEdit()
        self.prediction.setPlaceholderText(self.tr("Vad tror vi händer?"))
        self.prediction.setTabChangesFocus(True)
        self.prediction.setMaximumHeight(70)
        self.previous = QComboBox()
        self.aim = QComboBox()
        self.measures = QComboBox()
        self.idea = QComboBox()
        for combo in (self.previous, self.aim, self.measures, self.idea):
            # Long titles are elided in the field, not widening the dialog.
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(20)
        layout.addRow(self.tr("&Team:"), self.team)
        layout.addRow(self.tr("&Syfte:"), self.objective)
        layout.addRow(self.tr("&Förutsägelse:"), self.prediction)
        # What it builds on first: choosing it fills in the three below.
        layout.addRow(self.tr("&Bygger på:"), self.previous)
        layout.addRow(self.tr("&Mål:"), self.aim)
        layout.addRow(self.tr("M&ått:"), self.measures)
        layout.addRow(self.tr("För&ändringsidé:"), self.idea)
        # When the test starts: its marker on the charts is at this period (a
        # cycle captured afterwards was put at the month it was typed in).
        self.starts = QLineEdit(date.today().isoformat())
        self.starts.setPlaceholderText(self.tr("ÅÅÅÅ-MM-DD"))
        self.starts.setMaximumWidth(130)
        layout.addRow(self.tr("Start&datum:"), self.starts)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Skapa &cykel"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Avbryt"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addRow(buttons)
        # Enter in the prediction starts a new line; Ctrl+Enter creates the
        # cycle from anywhere in the form.
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self.accept)
        self.team.currentIndexChanged.connect(self._team_changed)
        self.previous.currentIndexChanged.connect(self._previous_changed)
        self._team_changed()
        self.resize(520, self.sizeHint().height())
        # Typing at once writes the objective (the team is preselected): in the
        # team list, the first key would pick another team by its name.
        self.objective.setFocus()

    def _context(self, team_id: str | None) -> tuple[str | None, str | None]:
        """(aim id, measure id) of `about` when it is in this team's work."""
        if not team_id or not self._about:
            return None, None
        measure = next((m for m in self._ws.measures(team_id) if m.id == self._about), None)
        if measure is not None:
            return measure.aim_id, measure.id
        if any(a.id == self._about for a in self._ws.aims(team_id)):
            return self._about, None
        return None, None

    def _team_changed(self) -> None:
        team_id = self.team.currentData()
        ws = self._ws
        if team_id is None:     # no team yet (a None would list every team's work)
            self._aims, self._measure_names, self._ideas, cycles = [], {}, [], []
        else:
            self._aims = [(a.id, a.title) for a in ws.aims(team_id)]
            self._measure_names = {m.id: m.name for m in ws.measures(team_id)}
            self._ideas = [(i.id, i.title) for i in ws.change_ideas(team_id)]
            cycles = ws.cycles(team_id)
        aim_id, measure_id = self._context(team_id)
        if measure_id:          # the latest cycle on the measure, else on its aim
            on_it = [c for c in cycles if measure_id in c.measure_ids] or \
                    [c for c in cycles if aim_id and c.aim_id == aim_id]
        elif aim_id:
            on_it = [c for c in cycles if c.aim_id == aim_id]
        else:
            on_it = cycles
        with QSignalBlocker(self.previous):
            _fill(self.previous, [(None, self.tr("(ingen – första cykeln)"))] + [
                (c.id, f"{c.number}. {c.title}") for c in cycles],
                on_it[-1].id if on_it else None)
        self._previous_changed()

    def _previous_changed(self) -> None:
        """What the cycle takes over from the one it builds on (nothing from
        none), with the aim or measure it was asked for from, where they agree."""
        inherited = self._ws.cycle_inheritance(self.previous.currentData())
        aim_id, measure_ids = inherited["aim_id"], tuple(inherited["measure_ids"])
        context_aim, context_measure = self._context(self.team.currentData())
        if context_measure and (aim_id is None or aim_id == context_aim
                                or context_measure in measure_ids):
            aim_id = aim_id or context_aim
            if context_measure not in measure_ids:
                measure_ids += (context_measure,)
        elif context_aim and aim_id is None:
            aim_id = context_aim
        if aim_id is None and len(self._aims) == 1:
            aim_id = self._aims[0][0]      # the team's only aim (measures were left unlinked)
        if not measure_ids and len(self._measure_names) == 1:
            measure_ids = tuple(self._measure_names)     # and its only measure (re-trial)
        _fill(self.aim, [(None, self.tr("(inget)"))] + self._aims, aim_id)
        _fill(self.idea, [(None, self.tr("(ingen)"))] + self._ideas,
              inherited["change_idea_id"])
        self._measure_choices = [()] + [(m,) for m in self._measure_names]
        texts = [self.tr("(inget)")] + list(self._measure_names.values())
        if len(measure_ids) > 1:          # several, taken over together
            self._measure_choices.append(measure_ids)
            texts.append(", ".join(self._measure_names[m] for m in measure_ids))
        self.measures.clear()
        self.measures.addItems(texts)
        self.measures.setCurrentIndex(self._measure_choices.index(measure_ids))

    def accept(self) -> None:
        if self.objective.text().strip() and self.team.currentData():
            save_then_close(self)      # a refused capture stays, as typed
        else:
            self.objective.setFocus()

    def values(self) -> dict:
        """Everything the cycle gets, each chosen (a none too): nothing is left to
        be inherited unseen. The prediction's question is in the user's language."""
        index = self.measures.currentIndex()
        measure_ids = self._measure_choices[index] if index >= 0 else ()
        return {"team_id": self.team.currentData(), "objective": self.objective.text(),
                "prediction": self.prediction.toPlainText(),
                "question": self.tr("Vad händer när vi testar?"),
                "previous_id": self.previous.currentData(),
                "aim_id": self.aim.currentData(),
                "change_idea_id": self.idea.currentData(),
                "measure_ids": list(measure_ids),
                "starts_on": self.starts.text()}
