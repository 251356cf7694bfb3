"""The organisation tree: county → intra-regional areas → organisations."""

from __future__ import annotations

import time

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QApplication, QTreeView

from app.gui.labels import kind_label, plain_tooltip
from app.gui.own_viewport import own_viewport
from app.workspace import Workspace

SCOPE_ROLE = Qt.ItemDataRole.UserRole + 1   # None (county), area id or unit id
KIND_ROLE = Qt.ItemDataRole.UserRole + 2    # "county", "area", "unit" or "group"
GROUP_ROLE = Qt.ItemDataRole.UserRole + 3   # of a group: GROUP_REGION or GROUP_NO_AREA
GROUP_REGION = "region"      # "Regionens verksamheter": the region's divisions of no area
GROUP_NO_AREA = "no_area"    # "Utan område": municipalities and others of no (shown) area


def _tr(text: str) -> str:
    return QCoreApplication.translate("OrgTree", text)


class OrgTreeModel(QStandardItemModel):
    def __init__(self, workspace: Workspace, parent=None) -> None:
        super().__init__(parent)
        self._ws = workspace
        self.show_retired = False
        self.rebuild()

    def rebuild(self) -> None:
        self.clear()
        self.setHorizontalHeaderLabels([_tr("Organisationer")])
        county = self._node(self._ws.county_name, None, "county", bold=True)
        county.setToolTip(_tr("Hela länet: alla organisationer sammanvägda"))
        self.appendRow(county)
        units = self._ws.units(include_retired=self.show_retired)
        areas = self._ws.areas(include_retired=self.show_retired)
        by_area: dict[str | None, list] = {}
        for unit in units:
            by_area.setdefault(unit.area_id, []).append(unit)
        for area in areas:
            node = self._node(area.name, area.id, "area", retired=area.retired)
            tip = _tr("Inomregionalt samverkansområde: %1").replace("%1", area.name)
            if area.unconfirmed:
                # Shown in italics: the split into areas is not confirmed.
                tip += "\n" + _tr("Indelningen är obekräftad och kan ändras.")
                font = node.font()
                font.setItalic(True)
                node.setFont(font)
            node.setToolTip(plain_tooltip(tip))
            for unit in by_area.get(area.id, []):
                node.appendRow(self._unit_node(unit))
            county.appendRow(node)
        # Units of no area, or of an area not shown (retired), are never hidden:
        # municipalities (and others) under "Utan område", the region's divisions
        # in a group of their own, never mixed under one heading.
        shown = {a.id for a in areas}
        loose = [u for u in units if u.area_id not in shown]
        for group_id, title, members in (
                (GROUP_NO_AREA, _tr("Utan område"),
                 [u for u in loose if u.kind != "region_division"]),
                (GROUP_REGION, _tr("Regionens verksamheter"),
                 [u for u in loose if u.kind == "region_division"])):
            if not members:
                continue
            group = self._node(title, None, "group")
            group.setData(group_id, GROUP_ROLE)
            group.setSelectable(False)
            for unit in members:
                group.appendRow(self._unit_node(unit))
            county.appendRow(group)

    def _unit_node(self, unit) -> QStandardItem:
        node = self._node(unit.name, unit.id, "unit", retired=unit.retired)
        node.setToolTip(kind_label(unit.kind))
        return node

    @staticmethod
    def _node(text: str, scope: str | None, kind: str, *, bold: bool = False,
              retired: bool = False) -> QStandardItem:
        node = QStandardItem(text + (_tr(" (avvecklad)") if retired else ""))
        node.setEditable(False)
        node.setData(scope, SCOPE_ROLE)
        node.setData(kind, KIND_ROLE)
        if bold:
            font = QFont()
            font.setBold(True)
            node.setFont(font)
        if retired:
            node.setForeground(Qt.GlobalColor.darkGray)
        return node

    def find(self, scope: str | None):
        """The index of the node of a scope (county when not found)."""
        if scope is None:
            return self.index(0, 0)
        matches = self.match(self.index(0, 0), SCOPE_ROLE, scope, 1,
                             Qt.MatchFlag.MatchRecursive | Qt.MatchFlag.MatchExactly)
        return matches[0] if matches else self.index(0, 0)


class OrgTreeView(QTreeView):
    """The tree, where typing a name finds it also inside a collapsed area
    (QTreeView's own search sees only what is expanded: typing "Kiruna" at
    start found nothing)."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        own_viewport(self)
        # Every row is one line of the same type: the tree need not measure
        # each of the national scale's 350 rows to lay them out.
        self.setUniformRowHeights(True)
        self._typed, self._last_key = "", 0.0

    def expand_top(self) -> None:
        """Open the top level (the county), as expandToDepth(0) would without
        laying out the whole tree first (6 ms at national scale)."""
        model = self.model()
        for row in range(model.rowCount() if model is not None else 0):
            self.expand(model.index(row, 0))

    def keyboardSearch(self, search: str) -> None:  # noqa: N802 - Qt's name
        model = self.model()
        if not search or model is None or not model.rowCount():
            self._typed = ""       # Qt's way of saying: start a new search
            return
        now = time.monotonic()
        if now - self._last_key > QApplication.keyboardInputInterval() / 1000:
            self._typed = ""
        self._last_key = now
        self._typed += search
        # The same letter again goes on to the next name with it, as in Qt's views.
        again = self._typed == self._typed[0] * len(self._typed)
        hits = model.match(model.index(0, 0), Qt.ItemDataRole.DisplayRole,
                           self._typed[0] if again else self._typed, -1,
                           Qt.MatchFlag.MatchStartsWith | Qt.MatchFlag.MatchRecursive)
        if not hits:
            return
        current = self.currentIndex()
        # A whole name typed is that name: "Luleå" the municipality, not the area
        # "Luleå–Boden" above it, where a status key would do nothing. So is the
        # start of one: "Lule" is Luleå too (a new user typing fast set statuses
        # on the area); an area is found when only an area's name starts so.
        exact = [h for h in hits if str(h.data()).casefold() == self._typed.casefold()]
        units = [h for h in hits if h.data(KIND_ROLE) == "unit"]
        hit = hits[(hits.index(current) + 1) % len(hits)] if again and current in hits \
            else (exact or units or hits)[0]
        parent = hit.parent()
        while parent.isValid():
            self.expand(parent)
            parent = parent.parent()
        self.setCurrentIndex(hit)

