"""Editing the catalogue and the organisations, each change undoable.

Functions of the main window's menu actions, kept apart so the window stays
about windows. Every change goes through MainWindow.run_change.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog


def _tr(text: str) -> str:
    return QCoreApplication.translate("Edits", text)


def _ask_text(window, title: str, label: str, text: str = "") -> str | None:
    value, ok = QInputDialog.getText(window, title, label, text=text)
    value = " ".join(value.split())
    return value if ok and value else None


def _current_item(window):
    if window.mapping is None:
        return None
    view = window.mapping.items_view
    return window.mapping.items_model.item_at(view.currentIndex().row())


def add_item(window) -> None:
    cell = window.mapping.current_cell() if window.mapping else None
    if cell is None:
        return
    title = _ask_text(window, _tr("Lägg till metod"), _tr("Metodens namn (underrubrik):"))
    if title is None:
        return
    ws = window.ws
    created: dict[str, str] = {}

    def apply(values: dict) -> None:
        if "item_id" not in created:
            created["item_id"] = ws.add_item(*cell, title)
        else:
            ws.retire_item(created["item_id"], values["retired"])
    window.run_change(lambda: _tr("Lägg till metod"), apply, {"retired": True}, {"retired": False})


def rename_item(window) -> None:
    item = _current_item(window)
    if item is None:
        return
    title = _ask_text(window, _tr("Byt namn på metod"), _tr("Nytt namn:"), item.title)
    if title is None or title == item.title:
        return
    ws = window.ws
    window.run_change(lambda: _tr("Byt namn på metod"), lambda v: ws.update_item(item.id, **v),
                      {"title": item.title}, {"title": title})


def toggle_retire_item(window) -> None:
    item = _current_item(window)
    if item is None:
        return
    ws = window.ws
    window.run_change(lambda: _tr("Avveckla metod"),
                      lambda v: ws.retire_item(item.id, v["retired"]),
                      {"retired": item.retired}, {"retired": not item.retired})


def add_unit(window) -> None:
    name = _ask_text(window, _tr("Lägg till organisation"), _tr("Organisationens namn:"))
    if name is None:
        return
    ws = window.ws
    area = window.current_scope() if window.current_kind() == "area" else None
    created: dict[str, str] = {}

    def apply(values: dict) -> None:
        if "id" not in created:
            created["id"] = ws.add_unit(name, "municipality", area)
        else:
            ws.retire_unit(created["id"], values["retired"])
    window.run_change(lambda: _tr("Lägg till organisation"), apply, {"retired": True},
                      {"retired": False})


def add_area(window) -> None:
    name = _ask_text(window, _tr("Lägg till område"),
                     _tr("Namn på det inomregionala samverkansområdet:"))
    if name is None:
        return
    ws = window.ws
    created: dict[str, str] = {}

    def apply(values: dict) -> None:
        if "id" not in created:
            created["id"] = ws.add_area(name)
        else:
            ws.retire_area(created["id"], values["retired"])
    window.run_change(lambda: _tr("Lägg till område"), apply, {"retired": True}, {"retired": False})


def _current_node(window):
    kind, scope = window.current_kind(), window.current_scope()
    if kind not in ("unit", "area") or scope is None:
        return None, None
    ws = window.ws
    if kind == "unit":
        return kind, ws.unit(scope)
    return kind, next(a for a in ws.areas(include_retired=True) if a.id == scope)


def rename_node(window) -> None:
    kind, node = _current_node(window)
    if node is None:
        return
    name = _ask_text(window, _tr("Byt namn"), _tr("Nytt namn:"), node.name)
    if name is None or name == node.name:
        return
    ws = window.ws
    update = ws.update_unit if kind == "unit" else ws.update_area
    window.run_change(lambda: _tr("Byt namn"), lambda v: update(node.id, **v),
                      {"name": node.name}, {"name": name})


def move_unit(window) -> None:
    kind, unit = _current_node(window)
    if kind != "unit":
        return
    ws = window.ws
    areas = ws.areas()
    labels = [_tr("(inget område)")] + [a.name for a in areas]
    ids = [None] + [a.id for a in areas]
    current = ids.index(unit.area_id) if unit.area_id in ids else 0
    label, ok = QInputDialog.getItem(window, _tr("Flytta till område"),
                                     _tr("Samverkansområde för %1:").replace("%1", unit.name),
                                     labels, current, False)
    if not ok or labels.index(label) == current:
        return
    window.run_change(lambda: _tr("Flytta organisation"), lambda v: ws.update_unit(unit.id, **v),
                      {"area_id": unit.area_id}, {"area_id": ids[labels.index(label)]})


def toggle_retire_node(window) -> None:
    kind, node = _current_node(window)
    if node is None:
        return
    ws = window.ws
    retire = ws.retire_unit if kind == "unit" else ws.retire_area
    text = (lambda: _tr("Återta")) if node.retired else (lambda: _tr("Avveckla"))
    window.run_change(text, lambda v: retire(node.id, v["retired"]),
                      {"retired": node.retired}, {"retired": not node.retired})
