"""Editing the catalogue and the organisations, each change undoable.

Functions of the main window's menu actions, kept apart so the window stays
about windows. Every change goes through MainWindow.run_change.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QDialog, QInputDialog, QMessageBox

from app.core.model import UNIT_KINDS
from app.gui import presentation
from app.gui.labels import kind_label
from app.gui.org_tree import GROUP_REGION, GROUP_ROLE, SCOPE_ROLE


def _tr(text: str) -> str:
    return QCoreApplication.translate("Edits", text)


def _named(text: str, *names: str) -> str:
    """A translated text with its %1, %2 … filled in (names as typed)."""
    for number, name in enumerate(names, 1):
        text = text.replace(f"%{number}", name)
    return text


# -- bringing a changed thing into view (on undo and redo) ------------------
# Each looks the views up on the window when called: a change of language
# builds them again, and an undo may come long after.

def _reveal_node(window, node_id: str, area_id: str | None = None) -> None:
    """Select an organisation or area in the tree (its area when it is not shown,
    as a retired one is not)."""
    if window.tree_model is None or presentation.is_active(window):
        return
    for scope in (node_id, area_id):
        index = window.tree_model.find(scope) if scope is not None else None
        if index is not None and index.data(SCOPE_ROLE) == scope:
            window.tree.setCurrentIndex(index)
            window.tree.scrollTo(index)
            return


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
    window.run_change(lambda: _named(_tr("Lägg till metod %1"), title), apply,
                      {"retired": True}, {"retired": False},
                      reveal=lambda: window.reveal_item(created["item_id"]))


def rename_item(window) -> None:
    item = _current_item(window)
    if item is None:
        return
    title = _ask_text(window, _tr("Byt namn på metod"), _tr("Nytt namn:"), item.title)
    if title is None or title == item.title:
        return
    ws = window.ws
    window.run_change(lambda: _named(_tr("Byt namn på metod: %1 → %2"), item.title, title),
                      lambda v: ws.update_item(item.id, **v),
                      {"title": item.title}, {"title": title},
                      reveal=lambda: window.reveal_item(item.id))


def toggle_retire_item(window) -> None:
    item = _current_item(window)
    if item is None:
        return
    ws = window.ws
    text = (lambda: _named(_tr("Återta metod %1"), item.title)) if item.retired else \
        (lambda: _named(_tr("Avveckla metod %1"), item.title))
    window.run_change(text, lambda v: ws.retire_item(item.id, v["retired"]),
                      {"retired": item.retired}, {"retired": not item.retired},
                      reveal=lambda: window.reveal_item(item.id))


def _new_unit_place(window) -> tuple[str, str | None]:
    """The kind and area a new organisation gets by default: those of where the
    user is. The region's group (or one of its divisions) gives a division of
    the region, an area (or a municipality) a municipality of that area."""
    kind = window.current_kind()
    if kind == "group":
        group = window.tree.currentIndex().data(GROUP_ROLE)
        return ("region_division" if group == GROUP_REGION else "municipality"), None
    if kind == "area":
        return "municipality", window.current_scope()
    if kind == "unit":
        unit = window.ws.unit(window.current_scope())
        shown = {a.id for a in window.ws.areas()}
        return unit.kind, unit.area_id if unit.area_id in shown else None
    return "municipality", None


def _ask_new_unit(window) -> tuple[str, str, str | None] | None:
    """Name, kind and area of a new organisation, or None when cancelled."""
    from app.gui.improvement_dialogs import FormDialog

    kind, area_id = _new_unit_place(window)
    dialog = FormDialog(_tr("Lägg till organisation"), window)
    dialog.line("name", _tr("&Namn:"), required=True)
    kinds = QComboBox()
    for key in UNIT_KINDS:
        kinds.addItem(kind_label(key), key)
    kinds.setCurrentIndex(kinds.findData(kind))
    dialog.add("kind", _tr("&Typ:"), kinds, kinds.currentData)
    areas = QComboBox()
    areas.addItem(_tr("(inget område)"), None)
    for area in window.ws.areas():
        areas.addItem(area.name, area.id)
    areas.setCurrentIndex(max(0, areas.findData(area_id)))
    dialog.add("area_id", _tr("&Område:"), areas, areas.currentData)
    dialog.finish()
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    values = dialog.read()
    return " ".join(values["name"].split()), values["kind"], values["area_id"]


def add_unit(window) -> None:
    answer = _ask_new_unit(window)
    if answer is None:
        return
    name, kind, area = answer
    ws = window.ws
    created: dict[str, str] = {}

    def apply(values: dict) -> None:
        if "id" not in created:
            created["id"] = ws.add_unit(name, kind, area)
        else:
            ws.retire_unit(created["id"], values["retired"])

    def reveal() -> None:
        _reveal_node(window, created["id"], area)
    if window.run_change(lambda: _named(_tr("Lägg till organisation %1"), name), apply,
                         {"retired": True}, {"retired": False}, reveal=reveal):
        reveal()    # where it went: the tree shows the new organisation


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

    def reveal() -> None:
        _reveal_node(window, created["id"])
    if window.run_change(lambda: _named(_tr("Lägg till område %1"), name), apply,
                         {"retired": True}, {"retired": False}, reveal=reveal):
        reveal()


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
    window.run_change(lambda: _named(_tr("Byt namn: %1 → %2"), node.name, name),
                      lambda v: update(node.id, **v), {"name": node.name}, {"name": name},
                      reveal=lambda: _reveal_node(window, node.id))


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
    target = ids[labels.index(label)]
    if target is not None:
        text = lambda: _named(_tr("Flytta %1 till %2"), unit.name, label)  # noqa: E731
    else:
        old = next((a.name for a in ws.areas(include_retired=True) if a.id == unit.area_id), "")
        text = lambda: _named(_tr("Flytta %1 ur %2"), unit.name, old)  # noqa: E731
    window.run_change(text, lambda v: ws.update_unit(unit.id, **v),
                      {"area_id": unit.area_id}, {"area_id": target},
                      reveal=lambda: _reveal_node(window, unit.id))


def toggle_retire_node(window) -> None:
    kind, node = _current_node(window)
    if node is None:
        return
    ws = window.ws
    if kind == "area" and not node.retired and not _confirm_retire_area(window, node):
        return
    retire = ws.retire_unit if kind == "unit" else ws.retire_area
    text = (lambda: _named(_tr("Återta %1"), node.name)) if node.retired else \
        (lambda: _named(_tr("Avveckla %1"), node.name))
    area = node.area_id if kind == "unit" else None
    window.run_change(text, lambda v: retire(node.id, v["retired"]),
                      {"retired": node.retired}, {"retired": not node.retired},
                      reveal=lambda: _reveal_node(window, node.id, area))


def _confirm_retire_area(window, area) -> bool:
    """Retiring an area takes its organisations out of it (they keep their
    mapping, and belong to it again if it is brought back): say so, by name,
    and let the user change their mind. An area of no active members goes."""
    members = window.ws.units(area_id=area.id)
    if not members:
        return True
    names = ", ".join(unit.name for unit in members)
    if len(members) == 1:
        said = _named(_tr("%1 har en aktiv organisation: %2."), area.name, names)
    else:
        said = _named(_tr("%1 har %2 aktiva organisationer: %3."), area.name,
                      str(len(members)), names)
    box = QMessageBox(QMessageBox.Icon.Question, _tr("Avveckla område"), said + "\n\n" + _tr(
        "Avvecklas området förlorar de sitt område: de visas utan område i trädet tills du "
        "flyttar dem till ett annat område eller återtar området. Deras kartläggning finns "
        "kvar, och Redigera → Ångra tar tillbaka området."), parent=window)
    retire = box.addButton(_named(_tr("Avveckla %1"), area.name),
                           QMessageBox.ButtonRole.AcceptRole)
    cancel = box.addButton(_tr("Avbryt"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(cancel)
    box.exec()
    return box.clickedButton() is retire
