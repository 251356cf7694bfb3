"""The improvement view (Förbättringsarbete): teams → aims and measures on the left;
per measure a data grid that is fast to type into and its chart; the PGSA log
with a full worksheet per cycle; progress and deviations.

Every change goes through the window's undo stack (`window.run_change`), so it
is saved at once and can be undone, as in the matrix.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QMargins, QModelIndex, QRect, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence, QShortcut, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QFrame, QHBoxLayout, QHeaderView, QLabel, QPushButton,
    QScrollArea, QSizePolicy, QSplitter, QStackedWidget, QStyledItemDelegate,
    QStyleOptionViewItem, QTabBar, QTableView, QTabWidget, QTreeView, QVBoxLayout, QWidget,
)

from app.core.improvement import CYCLE_STATUSES, MEASURE_TYPES
from app.gui.improvement_actions import RecordActions
from app.gui.improvement_chart import ChartPanel
from app.gui.improvement_followup import FollowUpPanel
from app.gui.improvement_grid import DataView, GridDelegate
from app.gui.improvement_ideas import IdeaActions, IdeasPanel
from app.gui.improvement_models import CYCLE_COLUMNS, ID_ROLE, CyclesModel, DataPointsModel
from app.gui.improvement_pgsa import CycleForm, QuickCycleDialog
from app.gui.improvement_reveal import RevealActions
from app.gui.improvement_team import TeamOverview
from app.gui.labels import escape, plain_tooltip, tr_label
from app.gui.language import localise_decimal, with_percent

KIND_ROLE = Qt.ItemDataRole.UserRole + 2       # "team", "aim" or "measure"
TEAM_ROLE = Qt.ItemDataRole.UserRole + 3


class LogView(QTableView):
    """The PGSA log's table: the team and the change idea as wide as their
    longest text, up to a share of the width (`FITTED`; elided past that, whole
    in the tooltip), so a team's name is read whole while the title takes the
    rest. Fitted when the log is filled and when the table is resized; the user
    may widen a column in between."""

    # column: the most of the table's width it takes (the title, stretched,
    # stays the widest beside the tree at 1280)
    FITTED = {CYCLE_COLUMNS.index("team"): 0.22, CYCLE_COLUMNS.index("idea"): 0.2}

    def fit_columns(self) -> None:
        header = self.horizontalHeader()
        least = 10 * self.fontMetrics().averageCharWidth()
        for column, share in self.FITTED.items():
            wanted = max(self.sizeHintForColumn(column), header.sectionSizeHint(column))
            header.resizeSection(column, min(wanted, max(least, int(share * self.width()))))

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.fit_columns()


class _WrapDelegate(QStyledItemDelegate):
    """Row heights for wrapped names: QTreeView asks its delegate with no width
    (QTreeView::indexRowSizeHint), so a wrapped name would get one line's height.
    The width given is the one QTreeView::drawRow paints in: the column less the
    indentation of the item's level."""

    def sizeHint(self, option, index):
        view = self.parent()
        level = 1 if view.rootIsDecorated() else 0
        parent = index.parent()
        while parent.isValid():
            level += 1
            parent = parent.parent()
        width = view.columnWidth(index.column()) - (
            level * view.indentation() if index.column() == 0 else 0)
        sized = QStyleOptionViewItem(option)
        sized.rect = QRect(0, 0, max(width, 1), max(option.rect.height(), 1))
        size = super().sizeHint(sized, index)
        # A little air between rows: where one wrapped name ends and the next begins.
        return size.grownBy(QMargins(0, 0, 0, option.fontMetrics.height() // 4))


class NameTree(QTreeView):
    """Teams, aims and measures with their names whole, wrapped to the tree's
    width (workshop trial: at 1024 px the names were cut, only the tooltip had
    them, and aims and measures are whole sentences)."""

    def __init__(self) -> None:
        super().__init__()
        self.setWordWrap(True)
        self.setUniformRowHeights(False)        # a wrapped name is two or three lines high
        # Wrapped names never need sideways scrolling (a word longer than a line elides).
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setItemDelegate(_WrapDelegate(self))
        # A narrower or wider tree wraps the names again (Qt keeps the old heights).
        self.header().setStretchLastSection(True)
        self.header().sectionResized.connect(lambda *_: self.scheduleDelayedItemsLayout())


def _target_text(measure) -> str:
    """A target as the chart shows it: a proportion in per cent (80 %, or 80%
    in English), other values as numbers with the language's decimal sign."""
    if measure.kind == "proportion":
        return with_percent(localise_decimal(f"{measure.target * 100:.4g}"))
    return localise_decimal(f"{measure.target:g}")


class ImprovementView(IdeaActions, RecordActions, RevealActions, QWidget):
    def __init__(self, window) -> None:
        super().__init__()
        self.window_ = window
        self.ws = window.ws
        self.setObjectName("improvementView")
        self.tree_model = QStandardItemModel(self)
        self.tree = NameTree()
        self.tree.setHeaderHidden(True)
        self.tree.setModel(self.tree_model)
        self.tree.setAccessibleName(self.tr("Team, mål och mått"))
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.doubleClicked.connect(lambda _: self.edit_selected())
        self.data_model = DataPointsModel(self.ws, self.apply_point, self)
        self.data_view = DataView()
        self.data_view.setModel(self.data_model)
        delegate = GridDelegate(self.data_view)
        delegate.check = self.data_model.check
        delegate.report = lambda error: self.window_.show_error(
            self.tr("Ändringen kunde inte sparas"), error)
        self.data_view.setItemDelegate(delegate)
        self.data_view.report = delegate.report       # a refused paste: the same message
        self.data_view.change = lambda text, apply, old, new, reveal: self.change(
            text, apply, old, new, reveal=reveal)     # a paste: one undoable change
        self.data_view.delete_requested.connect(self.delete_point)
        self.data_view.flush = self._refresh_dirty
        self.chart = ChartPanel(self.ws)
        self.cycles_model = CyclesModel(self.ws, self)
        self.follow_up = FollowUpPanel(self)
        self.ideas = IdeasPanel(self)
        self.team_view = TeamOverview(self)
        self.measure_info = QLabel()
        self.measure_info.setWordWrap(True)
        # A long definition wraps; it must never widen the tab past the screen.
        self.measure_info.setSizePolicy(QSizePolicy.Policy.Ignored,
                                        QSizePolicy.Policy.Preferred)
        self._build()
        self.chart.option_changed.connect(self.change_measure_option)
        self.chart.freeze_changed.connect(
            lambda measure_id, value: self.change_measure_option("freeze", value, measure_id))
        self.chart.split_requested.connect(self.split_at_current_period)
        self.tree.selectionModel().currentChanged.connect(lambda *_: self._selection_changed())
        self._dirty: set[str] = set()
        self.pending_select: str | None = None
        self._refresh_timer = QTimer(self, singleShot=True, interval=0)
        self._refresh_timer.timeout.connect(self._refresh_dirty)
        self.ws.add_listener(self._on_change)
        if self.ws.read_only:       # a read-only copy: look, but nothing to press in vain
            for button in self.findChildren(QPushButton):
                button.setEnabled(button.text() == self.tr("&Öppna arbetsblad…"))
            self.act_quick_cycle.setEnabled(False)
        self.rebuild_tree()
        self.refresh_cycles()
        self._selection_changed()

    # -- layout ----------------------------------------------------------------------

    def _button(self, text: str, slot, layout) -> QPushButton:
        button = QPushButton(text)
        button.clicked.connect(lambda: slot())
        layout.addWidget(button)
        return button

    def _build(self) -> None:
        left = QWidget()
        box = QVBoxLayout(left)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.tree)
        row1, row2 = QHBoxLayout(), QHBoxLayout()
        self._button(self.tr("Nytt &team…"), self.ask_team, row1)
        self._button(self.tr("Nytt &mål…"), self.ask_aim, row1)
        self._button(self.tr("Nytt m&ått…"), self.ask_measure, row1)
        self._button(self.tr("&Ändra…"), self.edit_selected, row2)
        self._button(self.tr("Ta &bort"), self.delete_selected, row2)
        row2.addStretch(1)
        box.addLayout(row1)
        box.addLayout(row2)

        measure_content = QWidget()
        page = QVBoxLayout(measure_content)
        page.setContentsMargins(0, 0, 0, 0)
        page.addWidget(self.measure_info)
        page.addWidget(self.chart.options)
        page.addWidget(self.chart.legend)
        grid_box = QWidget()
        grid_layout = QVBoxLayout(grid_box)
        grid_layout.setContentsMargins(0, 0, 0, 0)
        grid_layout.addWidget(self.data_view, 1)
        grid_layout.addWidget(self.chart.split_row)
        self.grid_box = grid_box
        split = self.grid_split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(grid_box)
        split.addWidget(self.chart)
        split.setChildrenCollapsible(False)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 5)
        split.setSizes([330, 900])
        self.data_view.verticalHeader().setDefaultSectionSize(24)
        page.addWidget(split, 1)
        # A team or an aim selected: the team's view (its timeline) in this place.
        self.measure_stack = QStackedWidget()
        self.measure_stack.addWidget(self.team_view)
        self.measure_stack.addWidget(measure_content)

        log_page = self.log_page = QWidget()
        log = QVBoxLayout(log_page)
        filters = QHBoxLayout()
        self.team_filter, self.status_filter, self.idea_filter = (QComboBox(), QComboBox(),
                                                                  QComboBox())
        for label, combo in ((self.tr("Team:"), self.team_filter),
                             (self.tr("Status:"), self.status_filter),
                             (self.tr("Förändringsidé:"), self.idea_filter)):
            filters.addWidget(QLabel(label))
            # Sized by a few characters, not by the longest team or idea name, so
            # the log fits beside the tree at 1280 px (the list itself is wide).
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(8)
            filters.addWidget(combo, 1)
            combo.activated.connect(lambda _: self._filters_changed())
        log.addLayout(filters)
        self.cycles_view = LogView()
        self.cycles_view.setModel(self.cycles_model)
        self.cycles_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.cycles_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.cycles_view.verticalHeader().setVisible(False)
        header = self.cycles_view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)   # the title: the rest
        for column in LogView.FITTED:       # team and idea: fitted to what they show
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        self.cycles_model.modelReset.connect(self.cycles_view.fit_columns)
        self.cycles_view.setWordWrap(False)
        self.cycles_view.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.cycles_view.doubleClicked.connect(lambda _: self.open_selected_cycle())
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):     # as a double click
            enter = QShortcut(QKeySequence(key), self.cycles_view, self.open_selected_cycle)
            enter.setContext(Qt.ShortcutContext.WidgetShortcut)
        log.addWidget(self.cycles_view, 1)
        buttons = QHBoxLayout()
        self.act_quick_cycle = QAction(self.tr("Ny PGSA-cykel…"), self)
        self.act_quick_cycle.setShortcut(QKeySequence("Ctrl+Shift+N"))
        self.act_quick_cycle.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.act_quick_cycle.triggered.connect(self.ask_quick_cycle)
        self.addAction(self.act_quick_cycle)
        self._button(self.tr("&Ny cykel… (Ctrl+Skift+N)"), self.ask_quick_cycle, buttons)
        self._button(self.tr("&Öppna arbetsblad…"), self.open_selected_cycle, buttons)
        self._button(self.tr("Ta bort cykel"), self.delete_selected_cycle, buttons)
        buttons.addStretch(1)
        log.addLayout(buttons)

        self.pages = QTabWidget()
        # Alt letters: none of the window's menus, tabs and buttons may share them
        # (tests/gui/test_mnemonics.py); the letters early in a title were taken.
        self.pages.addTab(self.measure_stack, self.tr("Mått och dia&gram"))
        self.pages.addTab(log_page, self.tr("&PGSA-logg"))
        self.pages.addTab(self.ideas, self.tr("Förändring&sidéer"))
        self.pages.addTab(self.follow_up, self.tr("Framsteg o&ch avvikelser"))
        # A page's Alt letter takes the keyboard into the page, not only to its tab
        # (after Alt+P the log was 11 Tabs away): see focus_page.
        self.pages.tabBar().installEventFilter(self)
        # Esc in the grid, the log and the page's tables: back to the team tree
        # (as Esc in the method list goes back to the matrix).
        for widget in (self.data_view, self.cycles_view, self.ideas.table,
                       self.follow_up.progress, self.follow_up.deviations):
            back = QShortcut(QKeySequence(Qt.Key.Key_Escape), widget, self.tree.setFocus)
            back.setContext(Qt.ShortcutContext.WidgetShortcut)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.pages)
        # The tree a quarter of the width: team, aim and measure names wrapped to
        # three lines in 240 px at 1366 (trial); the user's own split is kept
        # between runs (MainWindow, "improvementSplitter").
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setSizes([290, 990])
        # In a scroll area, so that this dense view never forces a minimum size on
        # the main window (which must fit small screens); it scrolls instead.
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.splitter)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)   # no empty stop for Tab (it still
        # scrolls to the widget that takes the focus)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(scroll)

    def eventFilter(self, watched, event) -> bool:
        if watched is self.pages.tabBar() and event.type() == QEvent.Type.Shortcut:
            QTabBar.event(watched, event)       # the tab bar shows the page …
            self.focus_page()                   # … and the keyboard goes into it
            return True
        return super().eventFilter(watched, event)

    def focus_page(self) -> None:
        """The main widget of the page shown gets the focus: the data grid (on
        its current cell, else the first empty period), the PGSA log (on a
        cycle, so Enter opens it), the ideas, the progress; on a team's page its
        one button."""
        page = self.pages.currentWidget()
        if page is self.measure_stack:
            if self.measure_stack.currentIndex() == 0:
                target = self.team_view.edit_button
            else:
                target = self.data_view
                model = self.data_model
                if not self.data_view.currentIndex().isValid() and model.rowCount():
                    self.data_view.setCurrentIndex(model.index(model.rowCount() - 1, 0))
        elif page is self.log_page:
            target = self.cycles_view
            if not target.currentIndex().isValid() and self.cycles_model.rowCount():
                target.setCurrentIndex(self.cycles_model.index(0, 0))
        elif page is self.ideas:
            target = self.ideas.table
        else:
            target = self.follow_up.progress
        if target.isEnabled():
            target.setFocus(Qt.FocusReason.ShortcutFocusReason)
            if isinstance(target, QAbstractItemView) and target.currentIndex().isValid():
                # In sight once the page is laid out: the first time, the grid
                # was scrolled off its current cell and the focus unseen (re-trial).
                QTimer.singleShot(0, lambda: target.scrollTo(target.currentIndex()))

    # -- the tree of teams, aims and measures -------------------------------------

    def rebuild_tree(self) -> None:
        selected = self.selected()
        if self.pending_select:      # a record just created
            selected, self.pending_select = (None, self.pending_select, None), None
        self.tree_model.clear()
        for team in self.ws.teams():
            team_item = self._node(team.name, team.id, "team", team.id)
            aims = {}
            for aim in self.ws.aims(team.id):
                aims[aim.id] = self._node(self.tr("Mål: %1").replace("%1", aim.title), aim.id,
                                          "aim", team.id)
                team_item.appendRow(aims[aim.id])
            for m in self.ws.measures(team.id):
                text = f"{m.name} ({tr_label(MEASURE_TYPES[m.type]).lower()})"
                (aims.get(m.aim_id) or team_item).appendRow(
                    self._node(text, m.id, "measure", team.id))
            self.tree_model.appendRow(team_item)
        self.tree.expandAll()
        found = self._find(selected[1]) if selected[1] else None
        if found is None and self.tree_model.rowCount():
            found = self.tree_model.index(0, 0)
        if found is not None:
            self._choose(found)

    @staticmethod
    def _node(text: str, record_id: str, kind: str, team_id: str) -> QStandardItem:
        item = QStandardItem(text)
        item.setData(record_id, ID_ROLE)
        item.setData(kind, KIND_ROLE)
        item.setData(team_id, TEAM_ROLE)
        item.setToolTip(plain_tooltip(text))
        return item

    def _find(self, record_id: str) -> QModelIndex | None:
        hits = self.tree_model.match(self.tree_model.index(0, 0), ID_ROLE, record_id, 1,
                                     Qt.MatchFlag.MatchExactly | Qt.MatchFlag.MatchRecursive)
        return hits[0] if hits else None

    _selecting = False        # _choose() at work: the program's choice, not the user's

    def select(self, record_id: str) -> None:
        found = self._find(record_id)
        if found is not None:
            self._choose(found)

    def _choose(self, index: QModelIndex) -> None:
        """The tree's current node set by the program (a reveal, a rebuilt
        tree), which the user's moves are told apart from."""
        self._selecting = True
        try:
            self.tree.setCurrentIndex(index)
        finally:
            self._selecting = False

    def selected(self) -> tuple[str | None, str | None, str | None]:
        """(kind, id, team id) of the current tree node."""
        index = self.tree.currentIndex()
        if not index.isValid():
            return None, None, None
        return index.data(KIND_ROLE), index.data(ID_ROLE), index.data(TEAM_ROLE)

    @property
    def team_id(self) -> str | None:
        return self.selected()[2]

    @property
    def measure_id(self) -> str | None:
        kind, record_id, _ = self.selected()
        return record_id if kind == "measure" else None

    def _selection_changed(self) -> None:
        measure_id = self.measure_id
        shown = self.data_model.measure.id if self.data_model.measure else None
        if measure_id != shown:
            if not self._selecting:     # the user's move (an undo's reveal keeps its word)
                self.window_.withdraw_undo_message()
            self.data_model.show(measure_id)
            self._fit_grid()
            self.chart.show_measure(measure_id)
        self._show_measure_info()
        self._show_team_or_measure()
        if self.follow_up.team_id != self.team_id:
            self.follow_up.show_team(self.team_id)
        if self.ideas.team_id != self.team_id:
            self.ideas.show_team(self.team_id)

    def _show_team_or_measure(self) -> None:
        """A measure: its grid and chart. A team or an aim: the team's view."""
        measure = self.measure_id is not None
        self.measure_stack.setCurrentIndex(1 if measure else 0)
        self.pages.setTabText(0, self.tr("Mått och dia&gram") if measure else
                              self.tr("T&eamet"))
        if not measure:
            self.team_view.show_team(self.team_id)

    def _fit_grid(self) -> None:
        """Period and numbers fit their contents; the note takes the rest of the
        pane (elided, whole in its tooltip and editor), so a long note never
        widens the grid. The pane is at least as wide as the columns need, so
        none is cut or hidden to the right (the chart takes the rest)."""
        self.data_view.fit_columns()
        self.grid_box.setMinimumWidth(self.data_view.needed_width())

    def _show_measure_info(self) -> None:
        m = self.data_model.measure
        if m is None:
            self.measure_info.setText(self.tr("Välj ett mått i listan, eller lägg till ett."))
            return
        target = "" if m.target is None else self.tr(" · Målvärde: %1").replace(
            "%1", _target_text(m))
        definition = m.definition or self.tr("(ingen operationell definition ännu)")
        self.measure_info.setText(f"<b>{escape(m.name)}</b>{escape(target)}<br>"
                                  f"{escape(definition)}")

    # -- reacting to changes ------------------------------------------------------

    def detach(self) -> None:
        """Stop following the workspace (the view goes, the workspace stays open)."""
        self.chart.flush_freeze()          # a baseline still settling is kept, not lost
        self.ws.remove_listener(self._on_change)
        self._refresh_timer.stop()

    def _on_change(self, table: str, record_id: str, changed: dict) -> None:
        # Coalesced: a file exchange may write thousands of records in one go.
        self._dirty.add(table)
        self._refresh_timer.start()

    def _refresh_dirty(self) -> None:
        dirty, self._dirty = self._dirty, set()
        if dirty & {"teams", "aims", "measures"}:
            self._structure_changed()
        elif "data_points" in dirty:
            self._data_changed()
        if dirty & {"pgsa_cycles", "change_ideas"}:
            self.refresh_cycles()
            self.chart.schedule()
        if dirty & {"progress_scores", "deviations", "teams"}:
            self.follow_up.refresh()
        if dirty & {"change_ideas", "pgsa_cycles", "findings", "teams"}:
            self.ideas.refresh()
        if dirty & {"teams", "aims", "measures", "pgsa_cycles", "change_ideas"} \
                and self.measure_id is None:
            self.team_view.show_team(self.team_id)
        self.reveal_pending()

    def _structure_changed(self) -> None:
        self.rebuild_tree()
        self.data_model.refresh()
        self._show_measure_info()
        self.refresh_cycles()
        self.chart.show_measure(self.measure_id)

    def _data_changed(self) -> None:
        self.data_model.refresh()
        self.grid_box.setMinimumWidth(self.data_view.needed_width())   # e.g. a first 100 %
        self.chart.schedule()

    # -- the PGSA log -------------------------------------------------------------------

    def refresh_cycles(self) -> None:
        for combo, items in (
                (self.team_filter, [(t.id, t.name) for t in self.ws.teams()]),
                (self.status_filter, [(k, tr_label(v)) for k, v in CYCLE_STATUSES.items()]),
                (self.idea_filter, [(i.id, i.title) for i in self.ws.change_ideas()])):
            current = combo.currentData()
            combo.clear()
            combo.addItem(self.tr("Alla"), None)
            for key, text in items:
                combo.addItem(text, key)
            combo.setCurrentIndex(max(combo.findData(current), 0))
        self._filters_changed()

    def _filters_changed(self) -> None:
        view = getattr(self, "cycles_view", None)
        current = view.currentIndex() if view is not None else None
        keep = current.data(ID_ROLE) if current is not None and current.isValid() else None
        self.cycles_model.filters = {"team_id": self.team_filter.currentData(),
                                     "status": self.status_filter.currentData(),
                                     "change_idea_id": self.idea_filter.currentData()}
        self.cycles_model.refresh()
        # The row the user was on stays current through a refresh (a saved
        # worksheet, a sync): it had gone back to row 1, another team's cycle,
        # and the next Enter opened that (new-user trial).
        row = self.cycles_model.row_of(keep) if keep else None
        if row is not None:
            view.setCurrentIndex(self.cycles_model.index(row, current.column()))

    def selected_cycle_id(self) -> str | None:
        index = self.cycles_view.currentIndex()
        return index.data(ID_ROLE) if index.isValid() else None

    def open_cycle(self, cycle_id: str) -> CycleForm:
        """The worksheet of a cycle, window-modal; Spara is one undoable change."""
        form = CycleForm(self.ws, cycle_id, self)

        def save() -> None:
            old, new = form.changes()
            if new:
                self.change(lambda: self.tr("Ändra PGSA-cykel %1").replace("%1", str(form.cycle.number)),
                            lambda v: self.ws.update_cycle(cycle_id, **v), old, new,
                            reveal=("pgsa_cycles", cycle_id), confirm=True)

        form.accepted.connect(save)
        form.open()
        return form

    def open_selected_cycle(self) -> CycleForm | None:
        cycle_id = self.selected_cycle_id()
        return self.open_cycle(cycle_id) if cycle_id else None

    def ask_quick_cycle(self) -> QuickCycleDialog | None:
        if self.ws.read_only or not self.ws.teams():
            return None
        team_id = self.team_id
        if self.pages.currentWidget() is self.log_page:   # the log's own choice first
            team_id = self.team_filter.currentData() or team_id
        dialog = QuickCycleDialog(self.ws, team_id, self, about=self.selected()[1])

        def save() -> None:
            v = dialog.values()
            team_id, starts_on = v.pop("team_id"), v.pop("starts_on")

            def make() -> str:
                # The start date is checked as the worksheet's (a date written wrong
                # refuses the capture, as typed); empty is today. One write.
                return self.ws.quick_cycle(team_id, starts_on=starts_on, **v)

            self.select_cycle_later(self.create(lambda: self.tr("Ny PGSA-cykel"), "pgsa_cycles",
                                                make, typed=v))

        dialog.accepted.connect(save)
        dialog.open()
        return dialog

    def delete_selected_cycle(self) -> None:
        cycle_id = self.selected_cycle_id()
        if cycle_id:
            self.delete(lambda: self.tr("Ta bort PGSA-cykel"), "pgsa_cycles", cycle_id)

