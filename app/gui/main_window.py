"""The main window: organisation tree, mapping view, menus and file handling."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QShortcut, QUndoStack
# QMessageBox and QFileDialog are imported where asked for: PySide makes a Qt
# class's Python type (its enums) when first named, which start-up need not do.
from PySide6.QtWidgets import (
    QApplication, QDockWidget, QLabel, QMainWindow, QPushButton, QStackedWidget, QTabWidget,
    QVBoxLayout, QWidget,
)

from app.core.lazy import lazy_module
from app.core.schema import MAPPING_TABLES
from app.gui import presentation
from app.gui.commands import push_change, retranslate_stack
from app.gui.core_messages import error_text
from app.gui.items_model import COL_STATUS, ItemsModel
from app.gui.keys import enter_clicks_buttons
from app.gui.labels import level_label, status_label
from app.gui.lazy_tab import LazyTab, TabWidget
from app.gui.mapping_view import MappingView
from app.gui.matrix_model import MatrixModel
from app.gui.org_tree import KIND_ROLE, SCOPE_ROLE, OrgTreeModel, OrgTreeView
from app.gui.privacy_watch import install_privacy_watch
from app.gui.screen_fit import keep_on_screen
from app.gui.menus import install_report_actions, install_sync_actions
from app.gui.settings import Settings, demo_path, files_folder
from app.gui.style import style_label
from app.workspace import LockedError, ReadOnlyError, Workspace, WorkspaceError

# Used after start-up (the timed backup, restore); loaded in the GUI thread first
# (self.ws.backups()) before a worker writes one.
backups = lazy_module("app.core.backup")
# The catalogue's and organisations' edits (menu actions), with their dialogs.
edits = lazy_module("app.gui.edits")

FILE_FILTER = "Vårdfläta (*.vardflata)"
BACKUP_INTERVAL_S = 3600
WRITE_THROUGH_MS = 2000   # after the last change: see _write_through


class MainWindow(QMainWindow):
    # A saved change to the mapping (here, by undo, or a sync), after the
    # mapping's own models are current: the models announce only the cells
    # and rows that changed, a note or a parked remark none.
    mapping_changed = Signal()

    def __init__(self, settings: Settings | None = None) -> None:
        super().__init__()
        self.settings = settings or Settings()
        self.ws: Workspace | None = None
        self.undo_stack = QUndoStack(self)
        self.refused_changes = 0     # counted, so that a form can stay open (FormDialog)
        self._changed_since_backup = False
        self._file_check = None       # app.gui.file_check.FileCheck, made at the first open
        # The WAL written through into the file soon after the last change, and at
        # once when the user turns to another program (to copy the file, say).
        self._write_through_timer = QTimer(self)
        self._write_through_timer.setSingleShot(True)
        self._write_through_timer.timeout.connect(self._write_through)
        self._changes_seen = 0          # changes counted, to match write-throughs to
        self._changes_written = 0       # of them, what the file alone holds
        self._undo_said: str | None = None   # the status bar's "Ångrat: …", if still shown
        QApplication.instance().applicationStateChanged.connect(self._application_state)
        self.setObjectName("mainWindow")
        self.setWindowTitle("Vårdfläta")
        self.resize(1280, 800)

        self.stack = QStackedWidget()
        self._start_page: QWidget | None = None   # built when first shown: see start_page
        self.setCentralWidget(self.stack)
        self.mapping: MappingView | None = None
        self.views: TabWidget | None = None
        self.improvement_tab: LazyTab | None = None
        self.findings_tab: LazyTab | None = None

        self.tree = OrgTreeView()
        self.tree.setHeaderHidden(True)
        self.tree.setAccessibleName(self.tr("Organisationer"))
        self.tree_dock = QDockWidget(self.tr("Organisationer"), self)
        self.tree_dock.setObjectName("orgDock")
        self.tree_dock.setWidget(self.tree)
        self.tree_dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetMovable)
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.tree_dock)
        self.tree_dock.hide()
        self.tree_model: OrgTreeModel | None = None
        self._dock_lent = False   # the tree stepped aside for the improvement tab
        self._tree_on_improvement = False   # the user brought it back there (Ctrl+Shift+1)
        self._room_tip: str | None = None   # said once: then kept, to take it away
        self.tree_dock.visibilityChanged.connect(
            lambda shown: self.act_toggle_tree.setChecked(self.tree_dock.isVisible()))

        # Made now, not by the first message: appearing then, it took the method
        # list's last pixels and pushed its Nivå column out of sight (re-trial).
        self.statusBar()
        self._install_actions()
        # Ctrl+Z with nothing to undo says so: the disabled Ångra did nothing,
        # and the trial's group wondered whether the key had worked.
        nothing = QShortcut(QKeySequence(QKeySequence.StandardKey.Undo), self, lambda: (
            self.statusBar().showMessage(self.tr("Inget att ångra."), 4000)))
        self.undo_stack.canUndoChanged.connect(lambda can: nothing.setEnabled(not can))
        install_privacy_watch(self)   # a personnummer is warned about while typing
        self._update_actions()
        geometry = self.settings.geometry("geometry")
        self.first_start = geometry is None      # no layout of the user's yet
        if geometry is not None:
            self.restoreGeometry(geometry)
        # Restored from a larger screen, or a first start on a 1366 x 768
        # laptop, where 1280 x 800 ran below the screen's edge (seen under X).
        keep_on_screen(self)

    # -- construction --------------------------------------------------------

    @property
    def start_page(self) -> QWidget:
        """The page shown without a workspace. Built when first asked for: a
        start on a workspace (the usual one) never needs it."""
        if self._start_page is None:
            self._start_page = self._make_start_page()
            self.stack.insertWidget(0, self._start_page)
        return self._start_page

    def _show_start_page(self) -> None:
        self.stack.setCurrentWidget(self.start_page)

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if self.ws is None and self.stack.currentWidget() is None:
            self._show_start_page()
        super().showEvent(event)

    def _make_start_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addStretch(1)
        title = QLabel(self.tr("Välkommen till Vårdfläta"))
        style_label(title, "startTitle")
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        text = QLabel(self.tr("Kartlägg hur verksamheterna följer de nationella riktlinjerna "
                              "för missbruks- och beroendevården och följ förbättringsarbetet."))
        text.setWordWrap(True)
        text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(title)
        layout.addWidget(text)
        for label, slot in ((self.tr("Öppna demo för Norrbotten"), self.open_demo),
                            (self.tr("Ny arbetsyta…"), self.new_workspace),
                            (self.tr("Öppna arbetsyta…"), self.open_dialog),
                            # A new laptop joins the group with the package it
                            # was given (USB stick, e-mail): the trial looked
                            # for it here, not in Arkiv → Synkronisering.
                            (self.tr("Starta en ny kopia från ett synkpaket…"),
                             self._join_from_package)):
            button = QPushButton(label)
            button.setMinimumHeight(40)
            button.clicked.connect(slot)
            layout.addWidget(button, 0, Qt.AlignmentFlag.AlignHCenter)
        buttons = page.findChildren(QPushButton)
        widest = max(b.sizeHint().width() for b in buttons)
        for button in buttons:                   # one column of one width, not ragged
            button.setMinimumWidth(widest)
        layout.addStretch(2)
        enter_clicks_buttons(page)
        return page

    def _join_from_package(self) -> None:
        from app.gui.join_dialog import choose_and_join

        choose_and_join(self)

    def _install_actions(self) -> None:
        """Actions, menus and the toolbar (again after a change of language)."""
        self._make_actions()
        self._make_menus()
        install_report_actions(self)
        install_sync_actions(self)
        presentation.install(self)  # F11, toolbar: projector mode (issue 6)

    def _action(self, text: str, slot, shortcut=None) -> QAction:
        action = QAction(text, self)
        action.triggered.connect(slot)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        return action

    def _make_actions(self) -> None:
        K = QKeySequence.StandardKey
        self.act_new = self._action(self.tr("&Ny arbetsyta…"), self.new_workspace, K.New)
        self.act_open = self._action(self.tr("&Öppna…"), self.open_dialog, K.Open)
        self.act_demo = self._action(self.tr("Öppna &demo"), self.open_demo)
        self.act_backups = self._action(self.tr("Säker&hetskopior…"), self.show_backups)
        self.act_quit = self._action(self.tr("&Avsluta"), self.close, K.Quit)
        self.act_undo = self.undo_stack.createUndoAction(self, self.tr("Ån&gra"))
        self.act_undo.setShortcut(QKeySequence(K.Undo))
        self.act_redo = self.undo_stack.createRedoAction(self, self.tr("Gör &om"))
        # Both conventions: Ctrl+Y (Windows) and Ctrl+Shift+Z (elsewhere).
        self.act_redo.setShortcuts([QKeySequence("Ctrl+Y"), QKeySequence("Ctrl+Shift+Z")])
        # Said where the room looks too: the Edit menu's text is out of sight.
        # (These run after the stack's own undo/redo: the command has moved.)
        self.act_undo.triggered.connect(lambda: self._say_undone(
            self.tr("Ångrat: %1"), self.undo_stack.redoText()))
        self.act_redo.triggered.connect(lambda: self._say_undone(
            self.tr("Gjort om: %1"), self.undo_stack.undoText()))
        self.act_add_item = self._action(self.tr("Lägg till &metod i rutan…"),
                                         lambda: edits.add_item(self))
        self.act_rename_item = self._action(self.tr("&Byt namn på metod…"),
                                            lambda: edits.rename_item(self))
        self.act_retire_item = self._action(self.tr("&Avveckla metod"),
                                            lambda: edits.toggle_retire_item(self))
        self.act_add_unit = self._action(self.tr("Lägg till &organisation…"),
                                         lambda: edits.add_unit(self))
        self.act_add_area = self._action(self.tr("Lägg till om&råde…"),
                                         lambda: edits.add_area(self))
        self.act_rename_node = self._action(self.tr("&Byt namn…"),
                                            lambda: edits.rename_node(self), "F2")
        self.act_move_unit = self._action(self.tr("&Flytta till område…"),
                                          lambda: edits.move_unit(self))
        self.act_retire_node = self._action(self.tr("&Avveckla / återta"),
                                            lambda: edits.toggle_retire_node(self))
        self.act_show_retired = self._action(self.tr("Visa &avvecklade"), self._toggle_retired)
        self.act_show_retired.setCheckable(True)
        self.act_focus_tree = self._action(self.tr("Gå till &organisationer"),
                                           self._focus_tree, "Ctrl+1")
        # Show or hide the organisation tree: room for the matrix on a small
        # (or 200 %-scaled) screen.
        self.act_toggle_tree = self._action(self.tr("Organisations&trädet"),
                                            self._toggle_tree, "Ctrl+Shift+1")
        self.act_toggle_tree.setCheckable(True)
        self.act_toggle_tree.setChecked(self.tree_dock.isVisible())
        self.act_focus_matrix = self._action(self.tr("Gå till &matrisen"),
                                             self._focus_matrix, "Ctrl+2")
        self.act_focus_items = self._action(self.tr("Gå till m&etoderna"),
                                            self._focus_items, "Ctrl+3")
        # The divider between the matrix and its methods by keyboard too: on a
        # projector's 1024 × 768 the list showed 3–4 methods, and only the mouse
        # could give it more. Active where the mapping has the keys (the data
        # grid's Ctrl+Shift+arrows are its own).
        self.act_more_methods = self._action(self.tr("&Fler metoder, mindre matris"),
                                             lambda: self._move_divider(-1), "Ctrl+Shift+Up")
        self.act_more_matrix = self._action(self.tr("&Större matris, färre metoder"),
                                            lambda: self._move_divider(1), "Ctrl+Shift+Down")
        for action in (self.act_more_methods, self.act_more_matrix):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.act_about = self._action(self.tr("&Om Vårdfläta"), self.show_about)
        self.act_shortcuts = self._action(self.tr("&Kortkommandon…"), self.show_shortcuts, "F1")
        for action in (self.act_focus_tree, self.act_focus_matrix, self.act_focus_items):
            self.addAction(action)

    def _make_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&Arkiv"))
        file_menu.addActions([self.act_new, self.act_open])
        self.recent_menu = file_menu.addMenu(self.tr("&Senaste"))
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        file_menu.addAction(self.act_demo)
        file_menu.addSeparator()
        # File exchange (issue 4) and reports (issue 5) add their actions here.
        self.sync_menu = file_menu.addMenu(self.tr("S&ynkronisering"))
        self.report_menu = file_menu.addMenu(self.tr("&Rapporter och export"))
        file_menu.addSeparator()
        file_menu.addAction(self.act_backups)
        file_menu.addSeparator()
        file_menu.addAction(self.act_quit)
        edit_menu = bar.addMenu(self.tr("&Redigera"))
        edit_menu.addActions([self.act_undo, self.act_redo])
        edit_menu.addSeparator()
        edit_menu.addActions([self.act_add_item, self.act_rename_item, self.act_retire_item])
        org_menu = bar.addMenu(self.tr("&Organisationer"))
        org_menu.addActions([self.act_add_unit, self.act_add_area, self.act_rename_node,
                             self.act_move_unit, self.act_retire_node])
        view_menu = bar.addMenu(self.tr("&Visa"))
        view_menu.addActions([self.act_focus_tree, self.act_focus_matrix, self.act_focus_items])
        view_menu.addSeparator()
        view_menu.addAction(self.act_show_retired)
        view_menu.addAction(self.act_toggle_tree)
        view_menu.addActions([self.act_more_methods, self.act_more_matrix])
        help_menu = bar.addMenu(self.tr("&Hjälp"))
        help_menu.addAction(self.act_shortcuts)
        help_menu.addAction(self.act_about)

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        for n, path in enumerate(self.settings.recent_files, start=1):
            # Numbered for the keyboard (Alt+A, S, 1); a "&" in a folder name is shown.
            text = str(path).replace("&", "&&")
            action = self.recent_menu.addAction(f"&{n} {text}" if n < 10 else text)
            action.setData(str(path))
            action.triggered.connect(lambda _=False, p=path: self.open_recent(p))
        if self.recent_menu.isEmpty():
            self.recent_menu.addAction(self.tr("(inga)")).setEnabled(False)

    def open_recent(self, path: Path) -> bool:
        """A file of the list; one that is gone (moved, deleted) leaves the list."""
        if not Path(path).exists():
            self.settings.remove_recent(path)
            self.show_error(self.tr("Kunde inte öppna %1").replace("%1", Path(path).name),
                            self.tr("Filen finns inte längre (flyttad eller borttagen?) och "
                                    "har tagits bort ur listan Senaste."))
            return False
        return self.open_path(path)

    def _update_actions(self) -> None:
        has_ws = self.ws is not None
        writable = has_ws and not self.ws.read_only
        for action in (self.act_add_item, self.act_rename_item, self.act_retire_item,
                       self.act_add_unit, self.act_add_area, self.act_rename_node,
                       self.act_move_unit, self.act_retire_node):
            action.setEnabled(writable)
        for action in (self.act_backups, self.act_show_retired, self.act_focus_matrix,
                       self.act_focus_items, self.act_focus_tree, self.act_toggle_tree,
                       self.act_more_methods, self.act_more_matrix):
            action.setEnabled(has_ws)
        self.update_sync_actions()          # menus.install_sync_actions: F5 works at once

    # -- opening and closing workspaces -------------------------------------

    def open_path(self, path: Path, *, read_only: bool = False) -> bool:
        path = Path(path)
        try:
            ws = Workspace.open(path, read_only=read_only)
        except LockedError:
            return self._offer_read_only(path, self.tr("Arbetsytan är redan öppen"), self.tr(
                "%1 är redan öppen i ett annat Vårdfläta-fönster eller på en annan "
                "dator. Vill du öppna den skrivskyddad?").replace("%1", path.name))
        except ReadOnlyError as exc:       # a read-only USB stick or folder
            if read_only:
                self.show_error(self.tr("Kunde inte öppna %1").replace("%1", path.name), exc)
                return False
            ask = self.tr("Vill du öppna den skrivskyddad? Kopiera filen till datorn för att "
                          "kunna ändra i den.")
            return self._offer_read_only(path, self.tr("Arbetsytan kan inte ändras här"),
                                         f"{error_text(exc)}\n\n{ask}")
        except (WorkspaceError, OSError) as exc:
            if backups.list_backups(path) and not backups.file_is_whole(path):
                return self._offer_restore(path)
            self.show_error(self.tr("Kunde inte öppna %1").replace("%1", path.name), exc)
            return False
        try:
            self.set_workspace(ws)
        except backups.DamagedError:           # damaged where its first views read
            return self._offer_restore(path)
        self.settings.add_recent(path)
        return True

    def _offer_restore(self, path: Path) -> bool:
        """A damaged file (a failing USB stick): it cannot be worked in, so its
        backups are offered at once; without the file open, Arkiv →
        Säkerhetskopior could not be reached."""
        from PySide6.QtWidgets import QMessageBox

        from app.gui.backup_dialog import BackupDialog

        title = self.tr("Arbetsytan är skadad")
        found = backups.list_backups(path)
        if not found:
            self.show_error(title, backups.DAMAGED)
            return False
        ask = self.tr("Vill du välja en säkerhetskopia att återställa? Den skadade filen "
                      "sparas först bland säkerhetskopiorna.")
        answer = QMessageBox.question(
            self, title, f"{error_text(backups.DAMAGED)}\n\n{ask}",
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel)
        if answer != QMessageBox.StandardButton.Yes:
            return False
        dialog = BackupDialog(path, found, self)
        if not dialog.exec() or dialog.chosen is None:
            return False
        return self._restore_into(path, dialog.chosen)

    def _offer_read_only(self, path: Path, title: str, text: str) -> bool:
        """Ask to open the file read-only instead; never a changed file."""
        from PySide6.QtWidgets import QMessageBox

        answer = QMessageBox.question(
            self, title, text, QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Cancel)
        return answer == QMessageBox.StandardButton.Open and self.open_path(path, read_only=True)

    def set_workspace(self, ws: Workspace) -> None:
        """Show `ws`. One damaged where its first views read is closed again:
        backup.DamagedError, which open_path answers with its backups and the
        CLI (--exit-when-ready) with one line."""
        self.close_workspace()
        self.ws = ws
        try:
            self._show_workspace(ws)
        except sqlite3.DatabaseError:
            self.close_workspace()
            raise backups.DamagedError(backups.DAMAGED) from None

    def _show_workspace(self, ws: Workspace) -> None:
        ws.add_listener(self._on_change)
        self._build_views()
        state = self.settings.geometry("state")
        if state is not None:
            self.restoreState(state)
        splitter = self.settings.geometry("mappingSplitter")
        if splitter is not None:
            self.mapping.splitter.restoreState(splitter)
        self.tree.setCurrentIndex(self.tree_model.index(0, 0))
        self._come_back(ws)
        self._update_title()
        self._update_actions()
        self.mapping.matrix_view.setFocus()
        QTimer.singleShot(3000, self._auto_backup)
        self._not_yet_written_through()   # a new file's content too

    def _come_back(self, ws: Workspace) -> None:
        """The organisation and cell the user left this workspace at (the last
        one closed), where they still exist; else the county."""
        place = self.settings.place(ws.path)
        if not place:
            return
        if isinstance(place.get("scope"), str):
            self.tree.setCurrentIndex(self.tree_model.find(place["scope"]))
        cell = place.get("cell")
        try:
            self.mapping.select_cell(*cell)
        except (TypeError, ValueError):
            pass           # no cell, or one no longer in the matrix: its first

    def _build_views(self) -> None:
        """The organisation tree and the tabs for the open workspace."""
        ws = self.ws
        self.tree_model = OrgTreeModel(ws, self)
        self.tree.setModel(self.tree_model)
        self.tree.expand_top()
        self.tree.selectionModel().currentChanged.connect(self._scope_changed)
        matrix = MatrixModel(ws, self)
        items = ItemsModel(ws, self.apply_assessment, self)
        self.mapping = MappingView(matrix, items)
        self.mapping.addActions([self.act_more_methods, self.act_more_matrix])   # their keys
        self.mapping.items_view.not_editable.connect(self._explain_status_keys)
        self.mapping.items_view.typed_in_choice.connect(self._explain_choice_keys)
        self.mapping.matrix_view.horizontalScrollBar().rangeChanged.connect(
            lambda _low, high: high > 0 and self._tip_room(self.tr(
                "Tips: Visa → Organisationsträdet (Ctrl+Skift+1) döljer trädet och ger "
                "matrisen plats.")))
        self.mapping.methods_cramped.connect(
            lambda: self._tip_room(self.tr(
                "Tips: Visa → Organisationsträdet (Ctrl+Skift+1) döljer trädet och ger "
                "metodlistan plats för alla kolumner.")))
        # One tab per part of the work; the improvement view (issue 3) adds its own.
        self.views = TabWidget()
        self.views.setObjectName("views")
        self.views.setDocumentMode(True)
        self.views.laid_out.connect(self.mapping.after_layout)   # sizes are final now
        self.views.addTab(self.mapping, self.tr("&Kartläggning"))
        # Built when first shown (or asked for): start-up paints the matrix only.
        self.findings_tab = LazyTab(self._make_findings_view)
        self.views.addTab(self.findings_tab, self.tr("Förbättringsområ&den"))
        self.improvement_tab = LazyTab(self._make_improvement_view)
        self.views.addTab(self.improvement_tab, self.tr("&Förbättringsarbete"))
        self.stack.addWidget(self.views)
        self.stack.setCurrentWidget(self.views)
        self.tree_dock.show()
        self._dock_lent = False
        self.views.currentChanged.connect(lambda _index: self._make_room())

    def _method_place(self) -> tuple[str, int] | None:
        """(method id, column) of the current method, to come back to."""
        if self.mapping is None:
            return None
        index = self.mapping.items_view.currentIndex()
        item = self.mapping.items_model.item_at(index.row()) if index.isValid() else None
        return (item.id, index.column()) if item is not None else None

    def _focus_place(self) -> str | None:
        focus = self.focusWidget()
        if focus is self.tree:
            return "tree"
        if self.mapping is not None and focus is self.mapping.matrix_view:
            return "matrix"
        if self.mapping is not None and focus is self.mapping.items_view:
            return "methods"
        return None

    def _drop_views(self) -> None:
        presentation.leave(self)
        if self.improvement_tab is not None and self.improvement_tab.built is not None:
            self.settings.set_geometry("improvementSplitter",
                                       self.improvement_tab.built.splitter.saveState())
            self.improvement_tab.built.detach()
        if self.mapping is not None:
            self.settings.set_geometry("mappingSplitter", self.mapping.splitter.saveState())
            self.stack.removeWidget(self.views)
            self.views.deleteLater()
            self.views = None
            self.improvement_tab = None
            self.findings_tab = None
            self.mapping = None
        self.tree.setModel(None)
        self.tree_model = None

    def retranslate(self) -> None:
        """Every text again, in the language just installed (app.gui.language).

        Texts are set when widgets are built, so the menus, the start page and
        the views are built anew. The workspace, the chosen organisation, cell
        and tab, the window's layout and the undo history stay."""
        place = self._place()
        layout = self.saveState()
        self._drop_views()
        old_actions = self.findChildren(QAction, options=Qt.FindChildOption.FindDirectChildrenOnly)
        for action in self.actions():
            self.removeAction(action)
        old_menus = [a.menu() for a in self.menuBar().actions() if a.menu() is not None]
        self.menuBar().clear()
        for menu in old_menus:
            menu.deleteLater()
        self.removeToolBar(self.presentation_toolbar)
        self.presentation_toolbar.deleteLater()
        for action in old_actions:
            action.deleteLater()
        if self._start_page is not None:        # built again when next shown
            self.stack.removeWidget(self._start_page)
            self._start_page.deleteLater()
            self._start_page = None
        self.tree.setAccessibleName(self.tr("Organisationer"))
        self.tree_dock.setWindowTitle(self.tr("Organisationer"))
        retranslate_stack(self.undo_stack)
        self._install_actions()
        self.restoreState(layout)   # the new toolbar where the old one was
        if self.ws is None:
            self._show_start_page()
        else:
            self._build_views()
            self._restore_place(place)
        self._update_title()
        self._update_actions()

    def refresh_views(self) -> None:
        """The views built again over the open workspace, where the user was:
        after a sync has merged changes into it (its caches are stale)."""
        if self.ws is None:
            return
        place = self._place()
        self._drop_views()
        self._build_views()
        self._restore_place(place)
        self._not_yet_written_through()   # what the sync wrote

    def _place(self) -> dict:
        """Where the user is: organisation, cell, method, tab, improvement record
        and page, and the focused view."""
        improvement = self.improvement_tab.built if self.improvement_tab is not None else None
        return {
            "scope": self.current_scope() if self.tree_model is not None else None,
            "cell": self.mapping.current_cell() if self.mapping is not None else None,
            "tab": self.views.currentIndex() if self.views is not None else 0,
            "method": self._method_place(), "focus": self._focus_place(),
            "improvement": improvement is not None,
            "record": improvement.selected()[1] if improvement is not None else None,
            "page": improvement.pages.currentIndex() if improvement is not None else 0,
        }

    def _restore_place(self, place: dict) -> None:
        self.tree.setCurrentIndex(self.tree_model.find(place["scope"]))
        if place["cell"] is not None:
            self.mapping.select_cell(*place["cell"])
        if place["method"] is not None:
            self.mapping.select_item(*place["method"])
        if place["improvement"]:
            view = self.improvement               # built again, as it was
            if place["record"] is not None:
                view.select(place["record"])
            view.pages.setCurrentIndex(place["page"])
        self.views.setCurrentIndex(place["tab"])
        {"tree": self.tree, "matrix": self.mapping.matrix_view,
         "methods": self.mapping.items_view}.get(place["focus"], self).setFocus()

    @property
    def findings(self):
        """The findings view, built on first use."""
        tab = getattr(self, "findings_tab", None)
        return tab.widget if tab is not None and self.views is not None else None

    def _refresh_findings(self) -> None:
        """Only a view that exists follows the changes; a new one reads them."""
        tab = getattr(self, "findings_tab", None)
        if tab is not None and tab.built is not None:
            tab.built.refresh()

    def _make_findings_view(self):
        from app.gui.findings_view import FindingsView

        view = FindingsView(self)
        enter_clicks_buttons(view)
        return view

    @property
    def improvement(self):
        """The improvement view (issue 3), built on first use."""
        tab = getattr(self, "improvement_tab", None)
        return tab.widget if tab is not None and self.views is not None else None

    def _make_improvement_view(self):
        from app.gui.improvement_view import ImprovementView

        view = ImprovementView(self)
        enter_clicks_buttons(view)
        splitter = self.settings.geometry("improvementSplitter")
        if splitter is not None:
            view.splitter.restoreState(splitter)
        return view

    def close_workspace(self, *, window_closing: bool = False) -> None:
        """Close the open workspace and show the start page, unless the window
        itself is closing (its start page would be built only to go)."""
        if self.ws is None:
            return
        self._write_through_timer.stop()   # closing writes it all; and one under way
        if self._file_check is not None:   # holds the file open (a restore replaces it)
            self._file_check.wait_written()
        if self.mapping is not None:    # to come back to (trial: back at the county)
            self.settings.set_place(self.ws.path, self.current_scope(),
                                    self.mapping.current_cell())
        self._drop_views()
        self.undo_stack.clear()
        ws, self.ws = self.ws, None
        if self._changed_since_backup and not ws.read_only:
            try:
                ws.backup()
            except (OSError, WorkspaceError, sqlite3.Error):
                pass  # a failed backup (a full disk) must not stop the user from closing
        try:
            ws.close()
        except (OSError, WorkspaceError, sqlite3.Error):
            pass      # every change is committed already; the lock goes with the process
        self._changed_since_backup = False
        if window_closing:
            return
        self._show_start_page()
        self.tree_dock.hide()
        self._update_title()
        self._update_actions()

    def new_workspace(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        name, _ = QFileDialog.getSaveFileName(self, self.tr("Ny arbetsyta"),
                                              str(Path.home() / "kartlaggning.vardflata"),
                                              FILE_FILTER)
        if not name:
            return
        path = Path(name if name.endswith(".vardflata") else name + ".vardflata")
        if path.exists():
            self.show_error(self.tr("Filen finns redan"),
                            self.tr("Välj ett annat namn; befintliga filer skrivs aldrig över."))
            return
        try:
            ws = Workspace.create(path)
        except (WorkspaceError, OSError) as exc:
            self.show_error(self.tr("Kunde inte skapa arbetsytan"), exc)
            return
        self.set_workspace(ws)
        self.settings.add_recent(path)

    def open_dialog(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        start = str(files_folder(self.ws.path if self.ws else None))
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Öppna arbetsyta"), start,
                                              FILE_FILTER)
        if name:
            self.open_path(Path(name))

    def open_demo(self) -> None:
        path = demo_path()
        if not path.exists():
            from app.core.demo import write_demo

            QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
            try:
                write_demo(path).close()
            finally:
                QApplication.restoreOverrideCursor()
        self.open_path(path)

    # -- changes ---------------------------------------------------------------

    def apply_assessment(self, unit_id: str, item_id: str, values: dict) -> None:
        """Change an assessment through the undo stack (called by the models)."""
        ws = self.ws
        current = ws.assessment(unit_id, item_id)
        old = {field: getattr(current, field) for field in values}

        def text() -> str:         # built again if the language changes
            # From what to what: "Ångrat: Status: Används inte – …" read as if the
            # status were now "Används inte" (workshop trial); the field changed.
            fields = {"note": self.tr("Anteckning"), "competence": self.tr("Kompetens"),
                      "staff_trained": self.tr("Utbildad personal"),
                      "need": self.tr("Behov/brist")}
            if "status" in values:
                head = self.tr("Status: %1 → %2").replace(
                    "%1", status_label(old["status"])).replace(
                    "%2", status_label(values["status"]))
            elif "level" in values:
                head = self.tr("Nivå: %1 → %2").replace(
                    "%1", level_label(old["level"]) or "–").replace(
                    "%2", level_label(values["level"]) or "–")
            elif len(values) == 1 and next(iter(values)) in fields:
                head = fields[next(iter(values))]
            else:
                head = self.tr("Ändra bedömning")
            return f"{head} – {ws.unit(unit_id).name}, {ws.item(item_id).title}"

        self.run_change(text, lambda v: ws.set_assessment(unit_id, item_id, **v), old, values,
                        reveal=lambda: self.reveal_assessment(unit_id, item_id))

    def reveal_assessment(self, unit_id: str, item_id: str) -> None:
        """Show a method's assessment: its organisation, its cell, its row."""
        if self.mapping is None or self.tree_model is None or presentation.is_active(self):
            return
        if self.current_scope() != unit_id:
            self.tree.setCurrentIndex(self.tree_model.find(unit_id))
        self.reveal_item(item_id)

    def reveal_item(self, item_id: str) -> None:
        """Show a method where it stands: its cell of the matrix, its row."""
        if self.mapping is None or presentation.is_active(self):
            return
        item = self.ws.item(item_id)
        if self.mapping.current_cell() != (item.row_id, item.column_id):
            self.mapping.select_cell(item.row_id, item.column_id)
        self.views.setCurrentWidget(self.mapping)
        self.mapping.select_item(item_id)

    def _tip_room(self, tip: str) -> None:
        """On a small (or 200 %-scaled) screen the matrix or the method list
        scrolls sideways beside the tree: say once how to give it the room."""
        if self.tree_dock.isVisible() and self._room_tip is None:
            self._room_tip = tip
            self.statusBar().showMessage(tip, 15000)

    def withdraw_message(self, text: str | None) -> None:
        """Clear the status bar if it still says `text` (a note that no longer
        holds), leaving any message shown since standing."""
        if text is not None and self.statusBar().currentMessage() == text:
            self.statusBar().clearMessage()

    def withdraw_undo_message(self) -> None:
        """"Ångrat: …" goes when the user moves on to another measure, where it
        read as if said of the one now shown (re-trial)."""
        self.withdraw_message(self._undo_said)

    def _say_undone(self, template: str, what: str) -> None:
        if what:
            self._undo_said = template.replace("%1", what)
            self.statusBar().showMessage(self._undo_said, 8000)

    def _explain_status_keys(self) -> None:
        """A status key where no status can be set says why, instead of nothing."""
        if self.ws is not None and self.ws.read_only:
            text = self.tr("Arbetsytan är skrivskyddad; inget kan ändras.")
        elif self.mapping is not None and self.mapping.items_model.retired_unit:
            name = self.ws.unit(self.mapping.items_model.unit_id).name
            text = self.tr("%1 är avvecklad och visas bara. Återta den (Organisationer → "
                           "Avveckla / återta) för att ändra.").replace("%1", name)
        else:
            text = self.tr("Välj en organisation i trädet för att sätta status "
                           "(här visas en sammanvägning).")
        self.statusBar().showMessage(text, 8000)

    def _explain_choice_keys(self, column: int) -> None:
        """Letters in the status or level column: chosen by digit, not written."""
        text = (self.tr("⚠ Status väljs med 0–5 (Enter skriver anteckningen). Text skrivs i "
                        "Anteckning, Kompetens, Utbildad personal och Behov/brist.")
                if column == COL_STATUS else
                self.tr("⚠ Nivå väljs med 0–3 (F2 öppnar listan). Text skrivs i Anteckning, "
                        "Kompetens, Utbildad personal och Behov/brist."))
        self.statusBar().showMessage(text, 10000)

    def run_change(self, text, apply, old: dict, new: dict, reveal=None, *,
                   confirm: bool = False) -> bool:
        """Apply an undoable change; a failed write is shown, and nothing is lost.
        With `confirm` (a form saved, a record made) the status bar says so: an
        earlier message ("Mätvärden inklistrade: 10") stood there as if it were
        what just happened (new-user trial)."""
        try:
            push_change(self.undo_stack, text, apply, old, new, reveal)
        except (WorkspaceError, OSError) as exc:
            self.refused_changes += 1
            self.show_error(self.tr("Ändringen kunde inte sparas"), exc)
            return False
        if confirm:
            self.statusBar().showMessage(self.tr("Sparat: %1 (Ctrl+Z ångrar)").replace(
                "%1", text() if callable(text) else text), 8000)
        else:
            # "Ångrat: Ta bort mätvärde" stood on after the next Delete, as if
            # that were what had just happened (trial).
            self.withdraw_undo_message()
        self._warn_if_personal_data(new, self._removal(text, apply, new, reveal))
        return True

    def _removal(self, text, apply, new: dict, reveal):
        """A change that takes the personnummer out of the text fields just
        written (itself undoable), or None where there is none to take out or it
        is in a list (a cycle's tasks: fixed where it stands). Offered by the
        warning; refused if anything was changed or undone in between, since it
        writes the whole field as it was."""
        from app.core.privacy import contains_personnummer, remove_personnummer

        if any(not isinstance(v, str) and contains_personnummer(str(v)) for v in new.values()):
            return None
        cleaned = {k: remove_personnummer(v) if isinstance(v, str) else v
                   for k, v in new.items()}
        if cleaned == new:
            return None
        stack, index = self.undo_stack, self.undo_stack.index()

        def remove() -> None:
            if stack is not self.undo_stack or stack.index() != index:
                self.statusBar().showMessage(self.tr(
                    "Texten har ändrats sedan varningen; ta bort personnumret i den."), 15000)
                return
            if not self.run_change(text, apply, new, cleaned, reveal):
                return
            try:        # and from the copy's history of the text (packages had it too)
                self.ws.forget_written_over_personnummer()
            except (WorkspaceError, OSError, sqlite3.Error):
                pass    # the text is clean; its history stays as it was
            self.statusBar().showMessage(self.tr("Personnumret är borttaget (Ctrl+Z ångrar)."),
                                         8000)
        return remove

    def _warn_if_personal_data(self, values: dict, removal=None) -> None:
        """Organisation-level data only: a personnummer in typed text is a mistake.

        The text is saved (nothing typed is lost); the warning says to fix it,
        and the privacy check stops it again before any export. Lists are looked
        into (a cycle's questions and tasks, a team's sessions: tuples or records
        of text); ids and matrix cells are no typed text."""
        from dataclasses import astuple, is_dataclass

        from app.core.privacy import typing_warning

        def texts(value):
            if isinstance(value, str):
                yield value
            elif isinstance(value, (list, tuple)):
                for part in value:
                    yield from texts(part)
            elif is_dataclass(value) and not isinstance(value, type):
                yield from texts(astuple(value))

        for key, value in values.items():
            if key == "cells" or key.endswith(("_id", "_ids")):
                continue
            warning = next(filter(None, map(typing_warning, texts(value))), None)
            if warning:
                self.statusBar().showMessage("⚠ " + warning, 30000)
                self.show_warning(self.tr("Personuppgifter?"), self.tr(
                    "Texten ser ut att innehålla ett personnummer. Vårdfläta är ett "
                    "verktyg på organisationsnivå: ta bort personuppgifter ur texten "
                    "(Ctrl+Z ångrar)."), removal=removal)
                return

    def show_warning(self, title: str, text: str, removal=None) -> None:
        """A warning that does not block the keyboard flow of a workshop. With a
        `removal` (after a personnummer was written) it offers to take the
        number out, as its default button (Enter does)."""
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(QMessageBox.Icon.Warning, title, text,
                          QMessageBox.StandardButton.NoButton, self)
        box.setObjectName("warningBox")
        if presentation.is_active(self):
            # Read from the back of the room, as the slide behind it (trial:
            # desktop-sized type over the projected note).
            px = int(self.presentation.base_px() * 0.7)
            box.setStyleSheet(f"QLabel, QPushButton {{ font-size: {px}px; }} "
                              f"QPushButton {{ padding: {px // 4}px {px // 2}px; }}")
        if removal is not None:
            remove = box.addButton(self.tr("&Ta bort personnumret"),
                                   QMessageBox.ButtonRole.AcceptRole)
            box.addButton(self.tr("&Behåll texten"), QMessageBox.ButtonRole.RejectRole)
            box.setDefaultButton(remove)
            remove.clicked.connect(removal)
        else:
            box.addButton(QMessageBox.StandardButton.Ok)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    def _on_change(self, table: str, record_id: str, changed: dict) -> None:
        self._not_yet_written_through()
        if table == "copy":                      # this copy was named
            self._update_title()
            return
        self._changed_since_backup = True
        # Improvement work (a pasted year of values: one call a period) leaves the
        # mapping as it was; refitting the matrix for each would take seconds.
        if self.mapping is None or table not in MAPPING_TABLES:
            return
        if table in ("units", "areas"):
            self.rebuild_tree()
        self.mapping.matrix_model.refresh()
        self.mapping.items_model.refresh()
        if table in ("findings", "units", "areas"):
            self._refresh_findings()
        self.mapping_changed.emit()

    def rebuild_tree(self) -> None:
        scope = self.current_scope()
        self.tree_model.rebuild()
        self.tree.expand_top()
        self.tree.setCurrentIndex(self.tree_model.find(scope))

    def _toggle_retired(self, checked: bool) -> None:
        if self.tree_model is not None:
            self.tree_model.show_retired = checked
            self.rebuild_tree()

    # -- scope -------------------------------------------------------------

    def current_scope(self) -> str | None:
        index = self.tree.currentIndex()
        return index.data(SCOPE_ROLE) if index.isValid() else None

    def current_kind(self) -> str:
        index = self.tree.currentIndex()
        return index.data(KIND_ROLE) if index.isValid() else "county"

    def _scope_changed(self, index: QModelIndex, _previous: QModelIndex) -> None:
        if self.mapping is None or not index.isValid():
            return
        kind = index.data(KIND_ROLE)
        if kind == "group":
            return
        scope = index.data(SCOPE_ROLE)
        title = index.data(Qt.ItemDataRole.DisplayRole)
        if kind == "unit":
            title = self.tr("%1 – kartläggning").replace("%1", title)
        elif kind == "area":
            title = self.tr("%1 – inomregionalt, sammanvägt").replace("%1", title)
        else:
            title = self.tr("%1 – hela länet, sammanvägt").replace("%1", title)
        self.mapping.show_scope(scope, kind == "unit", title)
        self._refresh_findings()

    def _focus_tree(self) -> None:
        if not self.tree_dock.isVisible():
            self._toggle_tree(True)
        self.tree.setFocus()

    def _toggle_tree(self, shown: bool) -> None:
        self._dock_lent = False          # the user's choice, not a loan
        if self._on_improvement():
            self._tree_on_improvement = shown
        self.tree_dock.setVisible(shown)
        self.act_toggle_tree.setChecked(shown)

    def _focus_matrix(self) -> None:
        if self.mapping:
            self._show_mapping()
            self.mapping.matrix_view.setFocus()

    def _focus_items(self) -> None:
        if self.mapping:
            self._show_mapping()
            self.mapping.focus_items()

    def _move_divider(self, direction: int) -> None:
        """From the menu (or its keys on the mapping): the matrix's tab, then the
        divider; at its end the status bar says why nothing moved."""
        if self.mapping is None:
            return
        self._show_mapping()
        if not self.mapping.move_divider(direction):
            self.statusBar().showMessage(
                self.tr("Matrisen kan inte bli mindre här.") if direction < 0 else
                self.tr("Metodlistan kan inte bli mindre här."), 5000)

    def _show_mapping(self) -> None:
        """Ctrl+2 and Ctrl+3 go to the matrix and its methods from any tab: on
        another tab the keyboard was sent to the hidden mapping page."""
        if self.views.currentWidget() is not self.mapping:
            self.views.setCurrentWidget(self.mapping)

    # -- backups -----------------------------------------------------------------

    def _auto_backup(self) -> None:
        """Off the GUI thread: the file's quick check (a damaged file is said at
        once), then at most one automatic backup an hour."""
        if self.ws is None:
            return
        import time

        found = self.ws.backups()
        due = not self.ws.read_only and not (
            found and time.time() - found[0].created.timestamp() < BACKUP_INTERVAL_S)
        self._file_care().start(self.ws.path, back_up=due)

    def _file_care(self):
        from app.gui.file_check import FileCheck

        if self._file_check is None:
            self._file_check = FileCheck(self)
            self._file_check.damaged.connect(self._say_damaged)
            self._file_check.written.connect(self._was_written_through)
        return self._file_check

    @property
    def written_through(self) -> bool:
        """Whether the workspace file alone holds every change counted."""
        return self._changes_written == self._changes_seen

    def _not_yet_written_through(self) -> None:
        self._changes_seen += 1
        self._write_through_timer.start(WRITE_THROUGH_MS)

    def _write_through(self) -> None:
        """Off the GUI thread: the WAL's changes into the workspace file itself,
        so that the file alone, copied while the program runs, holds the work."""
        if self.ws is not None and not self.ws.read_only:
            self._file_care().write_through(self.ws.path, self._changes_seen)

    def _was_written_through(self, path: str, changes: int, whole: bool) -> None:
        if self.ws is None or str(self.ws.path) != path or changes != self._changes_seen:
            return                      # another file by now, or newer changes to come
        if whole:
            self._changes_written = changes
        else:                           # a reader kept newer pages out: again soon
            self._write_through_timer.start(WRITE_THROUGH_MS)

    def _application_state(self, state) -> None:
        """Turned to another program (to copy the file, say): at once."""
        if state != Qt.ApplicationState.ApplicationActive and not self.written_through:
            self._write_through_timer.stop()
            self._write_through()

    def _say_damaged(self, path: str) -> None:
        if self.ws is None or str(self.ws.path) != path:
            return                                # another file is open by now
        self.show_warning(self.tr("Arbetsytan är skadad"), error_text(backups.DAMAGED))

    def show_backups(self) -> None:
        from app.gui.backup_dialog import BackupDialog

        if self.ws is None:
            return
        dialog = BackupDialog(self.ws.path, self.ws.backups(), self)
        if dialog.exec() and dialog.chosen is not None:
            self.restore_backup(dialog.chosen)

    def restore_backup(self, backup: Path) -> None:
        self._restore_into(self.ws.path, backup)

    def _restore_into(self, path: Path, backup: Path) -> bool:
        """Replace the workspace at `path` by `backup` and open it."""
        # Closing takes a backup of its own, and rotation may then remove the
        # oldest one: the very backup chosen. Restore from a private copy.
        chosen = backup.with_name(backup.name + ".chosen")
        try:
            shutil.copyfile(backup, chosen)
        except OSError as exc:
            self.show_error(self.tr("Kunde inte återställa"), exc)
            return False
        self.close_workspace()
        try:
            safety = backups.restore(chosen, path)
        except (OSError, ValueError, sqlite3.Error) as exc:
            self.show_error(self.tr("Kunde inte återställa"), exc)
        else:
            self.statusBar().showMessage(
                self.tr("Återställd. Den tidigare versionen sparades som %1").replace(
                    "%1", safety.name), 10000)
        finally:
            chosen.unlink(missing_ok=True)
        return self.open_path(path)

    # -- misc --------------------------------------------------------------------

    def _update_title(self) -> None:
        if self.ws is None:
            self.setWindowTitle("Vårdfläta")
            return
        suffix = self.tr(" (skrivskyddad)") if self.ws.read_only else ""
        # The copy's name, once given: two laptops on the same workspace in one
        # room were both "lulea – Vårdfläta" (workshop trial).
        copy = self.ws.chosen_copy_name
        copy = f" – {copy}" if copy else ""
        self.setWindowTitle(f"{self.ws.name}{copy}{suffix} – Vårdfläta")

    def show_error(self, title: str, error: Exception | str) -> None:
        """A warning; an error of the core is said in the user's language."""
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.warning(self, title, error_text(error))

    def show_shortcuts(self):
        from app.gui.shortcuts_help import show_shortcuts

        return show_shortcuts(self)

    def show_about(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        from app import __version__

        QMessageBox.about(self, self.tr("Om Vårdfläta"), self.tr(
            "<h3>Vårdfläta %1</h3><p>Kartläggning och förbättringsarbete enligt de "
            "nationella riktlinjerna för missbruks- och beroendevården.</p>"
            "<p>Allt sparas lokalt i arbetsytans fil. Programmet använder inget nätverk. "
            "Skriv inga personuppgifter.</p>"
            "<p>Hjälp → Kortkommandon (F1) visar programmets tangenter.</p>").replace(
                "%1", __version__))

    def _on_improvement(self) -> bool:
        return (self.views is not None and self.improvement_tab is not None
                and QTabWidget.widget(self.views, self.views.currentIndex())
                is self.improvement_tab)

    def _make_room(self) -> None:
        """The improvement tab does not use the organisation tree, and its data
        grid and chart need the room (a laptop's 1280 or 1366 pixels, 200 %
        scaling): the tree steps aside while that tab is shown and comes back on
        the other tabs. Shown there again with Ctrl+Shift+1, it stays: the
        user's choice, until they hide it."""
        if self.views is None or presentation.is_active(self):
            return
        if self._room_tip and self.statusBar().currentMessage() == self._room_tip:
            self.statusBar().clearMessage()     # about the mapping tab's room only
        if self._on_improvement():
            if (not self._dock_lent and not self._tree_on_improvement
                    and self.tree_dock.isVisible()):
                self._dock_lent = True
                self.tree_dock.hide()
        elif self._dock_lent:
            self._dock_lent = False
            self.tree_dock.show()

    def closeEvent(self, event) -> None:
        if getattr(self, "_dock_lent", False):   # the saved layout keeps the tree
            self._dock_lent = False
            self.tree_dock.show()
        self.settings.set_geometry("geometry", self.saveGeometry())
        if self.ws is not None:
            self.settings.set_geometry("state", self.saveState())
        self.close_workspace(window_closing=True)
        self.settings.sync()
        super().closeEvent(event)

