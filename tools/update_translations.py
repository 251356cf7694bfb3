"""Regenerate resources/vardflata_en.ts from the source and compile the .qm.

    python tools/update_translations.py            # lupdate, then lrelease
    python tools/update_translations.py --check    # exit 1 if the .ts is out of date

lupdate finds `self.tr("…")` and `QCoreApplication.translate("Ctx", "…")`,
but not module helpers such as `def _tr(text): return
QCoreApplication.translate("Edits", text)`. Their literal calls are listed in
app/gui/tr_wrapped.py (generated here) so that lupdate sees them too.
The Qt-free core raises errors with Swedish sentences, which the GUI shows
through app.gui.core_messages.error_text; their texts (and the Swedish labels
filled into them) are read off the core's source here and listed in
app/gui/core_errors.py (generated too), context "CoreErrors".
Translations already in the .ts are kept; new strings arrive "unfinished"
for Qt Linguist (`.venv/.../PySide6/linguist resources/vardflata_en.ts`).
"""

from __future__ import annotations

import ast
import re
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
GUI = ROOT / "app" / "gui"
TS = ROOT / "resources" / "vardflata_en.ts"
QM = ROOT / "resources" / "vardflata_en.qm"
WRAPPED = GUI / "tr_wrapped.py"
CORE_ERRORS = GUI / "core_errors.py"
_WRAPPER = re.compile(r"def (\w+)\((\w+)[^)]*\)[^:]*:\s*\n\s*return QCoreApplication\.translate\("
                      r"\"(\w+)\", \2\)")


def qt_tool(name: str) -> str:
    import PySide6

    return str(Path(PySide6.__file__).parent / name)


def sources() -> list[Path]:
    return sorted(GUI.glob("*.py")) + sorted((ROOT / "ui").glob("*.ui"))


def wrapped_strings() -> dict[str, list[str]]:
    """{context: [source texts]} of calls to translate-wrappers, in file order."""
    found: dict[str, list[str]] = {}
    for path in sorted(GUI.glob("*.py")):
        if path in (WRAPPED, CORE_ERRORS):
            continue
        text = path.read_text(encoding="utf-8")
        wrappers = {m.group(1): m.group(3) for m in _WRAPPER.finditer(text)}
        tree = ast.parse(text)
        # `window.tr("…")` and `d.tr("…")` translate in the object's class
        # context at run time, which lupdate cannot know: name it here.
        objects = {"window": "MainWindow", **_assigned_classes(tree)}
        for node in ast.walk(tree):
            if not (isinstance(node, ast.Call) and node.args
                    and isinstance(node.args[0], ast.Constant)
                    and isinstance(node.args[0].value, str)):
                continue
            func, context = node.func, None
            if isinstance(func, ast.Name) and func.id in wrappers:
                context = wrappers[func.id]
            elif (isinstance(func, ast.Name) and func.id == "tr" and len(node.args) == 2
                    and isinstance(node.args[1], ast.Constant)):
                # `tr = QCoreApplication.translate; tr("Context", "text")`
                context, text = node.args[0].value, node.args[1].value
                if text not in found.setdefault(context, []):
                    found[context].append(text)
                continue
            elif (isinstance(func, ast.Attribute) and func.attr == "tr"
                    and isinstance(func.value, ast.Name) and func.value.id in objects):
                context = objects[func.value.id]
            if context:
                strings = found.setdefault(context, [])
                if node.args[0].value not in strings:
                    strings.append(node.args[0].value)
    domain = found.setdefault("Domain", [])
    domain += [label for label in choice_labels() if label not in domain]
    return found


# Core modules whose choice tables (module-level dicts of key -> Swedish label,
# or -> (label, symbol)) the GUI shows through labels.tr_label ("Domain"); the
# sync conflicts' table and field names are shown by the conflicts dialog.
CHOICE_MODULES = ("app.core.model", "app.core.improvement", "app.core.sync_conflicts")


def choice_labels() -> list[str]:
    """Every Swedish label of the core's choice tables, so that a new choice
    is listed for translation without anyone remembering to."""
    import importlib

    sys.path.insert(0, str(ROOT))
    found: list[str] = []
    for name in CHOICE_MODULES:
        for attr, value in vars(importlib.import_module(name)).items():
            if not (attr.isupper() and isinstance(value, dict)):
                continue
            for label in value.values():
                label = label[0] if isinstance(label, tuple) and label else label
                if isinstance(label, str) and label and label not in found:
                    found.append(label)
    return found


def _assigned_classes(tree: ast.AST) -> dict[str, str]:
    """{variable: ClassName} for `d = FormDialog(...)` (not `self`)."""
    found = {}
    for node in ast.walk(tree):
        if (isinstance(node, ast.Assign) and len(node.targets) == 1
                and isinstance(node.targets[0], ast.Name) and node.targets[0].id != "self"
                and isinstance(node.value, ast.Call) and isinstance(node.value.func, ast.Name)
                and node.value.func.id[:1].isupper()):
            found[node.targets[0].id] = node.value.func.id
    return found


def wrapped_module() -> str:
    lines = ['"""Generated by tools/update_translations.py: the strings of translate-wrappers',
             '(`_tr("…")`), listed so that lupdate finds them. Do not edit."""', "",
             "from PySide6.QtCore import QT_TRANSLATE_NOOP", "", "STRINGS = ["]
    for context, strings in sorted(wrapped_strings().items()):   # sorted: no churn
        lines += [f"    QT_TRANSLATE_NOOP({context!r}, {s!r})," for s in sorted(strings)]
    return "\n".join(lines + ["]", ""])


# -- the core's error messages ------------------------------------------------------

def core_sources() -> list[Path]:
    return [*sorted((ROOT / "app" / "core").glob("*.py")),
            ROOT / "app" / "workspace.py", ROOT / "app" / "sync.py"]


# The exceptions whose text the GUI shows the user: these and their subclasses
# (found in the source: ImprovementError, PackageError, ReportError, …).
USER_ERRORS = ("StoreError", "WorkspaceError", "LockedError")
# …and, in one module each, a built-in the GUI catches and shows:
# MainWindow.restore_backup shows backups.restore's ValueError.
ALSO_SHOWN = {"backup.py": ("ValueError",)}

Parts = list  # literal texts (str) and placeholders (None), in order


def _user_error_classes(trees: dict[Path, ast.AST]) -> set[str]:
    found = set(USER_ERRORS)
    while True:
        more = set()
        for tree in trees.values():
            for node in ast.walk(tree):
                if isinstance(node, ast.ClassDef) and any(
                        isinstance(b, ast.Name) and b.id in found for b in node.bases):
                    more.add(node.name)
                elif (isinstance(node, ast.Assign) and isinstance(node.value, ast.Name)
                        and node.value.id in found):   # WorkspaceError = StoreError
                    more |= {t.id for t in node.targets if isinstance(t, ast.Name)}
        if more <= found:
            return found
        found |= more


def _string_constants(tree: ast.Module) -> dict[str, str]:
    """Module-level `_NAME = "text {field}"` (templates used with .format)."""
    return {t.id: node.value.value for node in tree.body if isinstance(node, ast.Assign)
            and isinstance(node.value, ast.Constant) and isinstance(node.value.value, str)
            for t in node.targets if isinstance(t, ast.Name)}


def _parts(node: ast.AST, constants: dict[str, str]) -> Parts | None:
    """A message as literal texts and placeholders, or None when it is not
    written out in the source (a variable, a call)."""
    import string

    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [node.value]
    if isinstance(node, ast.JoinedStr):      # f"…" (implicit concatenation included)
        return [v.value if isinstance(v, ast.Constant) else None for v in node.values]
    if isinstance(node, ast.Name) and node.id in constants:
        return [constants[node.id]]
    if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
            and node.func.attr == "format" and isinstance(node.func.value, ast.Name)
            and node.func.value.id in constants):          # _TEMPLATE.format(name=…)
        parts: Parts = []
        for literal, field, _spec, _conv in string.Formatter().parse(
                constants[node.func.value.id]):
            parts += [literal] + ([None] if field is not None else [])
        return parts
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        left, right = _parts(node.left, constants), _parts(node.right, constants)
        return None if left is None or right is None else left + right
    return None


def _pattern(parts: Parts) -> str | tuple[str, str]:
    """A fixed text, or (anchored regex, template with %1, %2, …)."""
    parts = [p for p in parts if p != ""]
    if None not in parts:
        return "".join(parts)
    regex, template, n = [], [], 0
    for part in parts:
        if part is None:
            n += 1
            regex.append("(.+?)")
            template.append(f"%{n}")
        else:
            regex.append(re.sub(r"([.^$*+?{}\[\]\\|()])", r"\\\1", part))
            template.append(part)
    return "".join(regex), "".join(template)


def _error_call(node: ast.AST, classes: set[str]) -> ast.Call | None:
    """`raise SomeError(…)` or `return SomeError(…)` (a function making the error)."""
    value = node.exc if isinstance(node, ast.Raise) else (
        node.value if isinstance(node, ast.Return) else None)
    if (isinstance(value, ast.Call) and isinstance(value.func, ast.Name)
            and value.func.id in classes and value.args):
        return value
    return None


# The parameters through which a helper fills a label into its message, by
# convention: `clean_name(text, what)`, `check_choice(value, choices, what)`,
# `_bad_row(name, why)`. Others (a file name, a report kind) are no words to translate.
LABEL_PARAMS = ("what", "why")


def _label_params(func: ast.FunctionDef) -> dict[str, tuple[int, str | None]]:
    """{name: (position in a call, default)} of the function's label parameters."""
    args = func.args.posonlyargs + func.args.args
    defaults = [None] * (len(args) - len(func.args.defaults)) + func.args.defaults
    found = {}
    for i, (arg, default) in enumerate(zip(args, defaults)):
        if arg.arg in LABEL_PARAMS:
            text = default.value if isinstance(default, ast.Constant) and isinstance(
                default.value, str) else None
            found[arg.arg] = (i - (args[0].arg == "self"), text)
    return found


def _argument(call: ast.Call, name: str, position: int) -> ast.AST | None:
    for keyword in call.keywords:
        if keyword.arg == name:
            return keyword.value
    return call.args[position] if 0 <= position < len(call.args) else None


def _loop_values(name: str, node: ast.AST, parents: dict) -> list[ast.AST]:
    """What a loop variable takes in an enclosing `for key, what in (("a", "Ett"), …)`."""
    while node in parents:
        node = parents[node]
        if not (isinstance(node, ast.For) and isinstance(node.iter, (ast.Tuple, ast.List))):
            continue
        if isinstance(node.target, ast.Name) and node.target.id == name:
            return list(node.iter.elts)
        if isinstance(node.target, ast.Tuple):
            names = [t.id if isinstance(t, ast.Name) else None for t in node.target.elts]
            if name in names:
                i = names.index(name)
                return [e.elts[i] for e in node.iter.elts
                        if isinstance(e, ast.Tuple) and len(e.elts) == len(names)]
    return []


def core_errors() -> tuple[list[str], list[tuple[str, str]], list[str]]:
    """(fixed messages, (regex, template) patterns, labels) of the core's errors.

    Messages: the text of every `raise XError("…")` / `return XError(f"…")` of
    a user-facing error class, written as a literal, an f-string or a module
    constant's `.format(…)`. Labels: what the core's helpers fill into their
    messages, i.e. the literal arguments for a label parameter (LABEL_PARAMS)
    that a helper puts into its message (`clean_name(name, "Namnet")`,
    `check_choice(v, CHARTS, "Diagram")`, a loop over such literals, a
    parameter's default), also through helpers that pass their own parameter
    on. User data (file and organisation names) fills in the rest."""
    trees = {path: ast.parse(path.read_text(encoding="utf-8")) for path in core_sources()}
    classes = _user_error_classes(trees)
    messages: list[str] = []
    patterns: list[tuple[str, str]] = []
    labels: list[str] = []

    def add(parts: Parts | None, fixed: list[str]) -> None:
        if parts is None:
            return
        found = _pattern(parts)
        target = fixed if isinstance(found, str) else patterns
        if found and found not in target:
            target.append(found)

    helpers: dict[str, dict[str, tuple[int, str | None]]] = {}
    functions = [(path, f) for path, tree in trees.items() for f in ast.walk(tree)
                 if isinstance(f, (ast.FunctionDef, ast.AsyncFunctionDef))]
    for path, tree in trees.items():
        shown = classes | set(ALSO_SHOWN.get(path.name, ()))
        constants = _string_constants(tree)
        for node in ast.walk(tree):
            call = _error_call(node, shown)
            if call is not None:
                add(_parts(call.args[0], constants), messages)
    # Helpers: functions that put a label parameter into an error's message…
    for path, func in functions:
        shown = classes | set(ALSO_SHOWN.get(path.name, ()))
        params = _label_params(func)
        for node in ast.walk(func):
            call = _error_call(node, shown)
            if call is None or not isinstance(call.args[0], ast.JoinedStr):
                continue
            for value in call.args[0].values:
                if (isinstance(value, ast.FormattedValue) and isinstance(value.value, ast.Name)
                        and value.value.id in params):
                    helpers.setdefault(func.name, {})[value.value.id] = params[value.value.id]
    # …or pass one on to such a helper.
    while True:
        grown = False
        for _path, func in functions:
            params = _label_params(func)
            for call in (n for n in ast.walk(func) if isinstance(n, ast.Call)):
                for name, (position, _default) in helpers.get(_called(call), {}).items():
                    arg = _argument(call, name, position)
                    if (isinstance(arg, ast.Name) and arg.id in params
                            and arg.id not in helpers.get(func.name, {})):
                        helpers.setdefault(func.name, {})[arg.id] = params[arg.id]
                        grown = True
        if not grown:
            break
    for params in helpers.values():
        for _position, default in params.values():
            add([default] if default else None, labels)
    for tree in trees.values():
        constants = _string_constants(tree)
        parents = {child: parent for parent in ast.walk(tree)
                   for child in ast.iter_child_nodes(parent)}
        for call in (n for n in ast.walk(tree) if isinstance(n, ast.Call)):
            for name, (position, _default) in helpers.get(_called(call), {}).items():
                arg = _argument(call, name, position)
                values = _loop_values(arg.id, call, parents) if isinstance(
                    arg, ast.Name) else [arg]
                for value in values:
                    add(_parts(value, constants) if value is not None else None, labels)
    # The most specific pattern first: a message matches only one.
    patterns.sort(key=lambda p: (-len(re.sub(r"%\d+", "", p[1])), p[1]))
    return sorted(messages), patterns, sorted(labels)


def _called(call: ast.Call) -> str | None:
    func = call.func
    return func.id if isinstance(func, ast.Name) else (
        func.attr if isinstance(func, ast.Attribute) else None)


def core_errors_module() -> str:
    messages, patterns, labels = core_errors()
    noop = 'QT_TRANSLATE_NOOP("CoreErrors", {!r})'.format
    lines = ['"""Generated by tools/update_translations.py from the core\'s source: the',
             "Swedish error messages of app/core, app/workspace.py and app/sync.py, which",
             "app.gui.core_messages.error_text shows in the user's language. Do not edit.",
             "",
             "MESSAGES: fixed texts. PATTERNS: (regex, template) for messages with parts",
             "filled in, one (.+?) group for each %1, %2, … LABELS: Swedish words the core",
             'fills in ("Namnet", "Diagram"), translated as parts of a message."""', "",
             "from PySide6.QtCore import QT_TRANSLATE_NOOP", "", "MESSAGES = ["]
    lines += [f"    {noop(m)}," for m in messages]
    lines += ["]", "", "PATTERNS = ["]
    lines += [f"    ({regex!r},\n     {noop(template)})," for regex, template in patterns]
    lines += ["]", "", "LABELS = ["]
    lines += [f"    {noop(label)}," for label in labels]
    return "\n".join(lines + ["]", ""])


def generated() -> dict[Path, str]:
    """The modules this tool writes, with their current content."""
    return {WRAPPED: wrapped_module(), CORE_ERRORS: core_errors_module()}


def lupdate(ts: Path) -> None:
    subprocess.run([qt_tool("lupdate"), "-silent", "-no-obsolete", "-locations", "none",
                    "-source-language", "sv_SE", "-target-language", "en_GB",
                    *map(str, sources()), "-ts", str(ts)], check=True)


def source_strings(ts: Path) -> set[tuple[str, str]]:
    import xml.etree.ElementTree as ET

    root = ET.parse(ts).getroot()
    return {(c.findtext("name"), m.findtext("source")) for c in root.iter("context")
            for m in c.iter("message")}


def is_current() -> bool:
    """Would lupdate find the same strings as the committed .ts holds?"""
    for path, text in generated().items():
        if not path.exists() or path.read_text(encoding="utf-8") != text:
            return False
    with tempfile.TemporaryDirectory() as tmp:
        fresh = Path(tmp) / "fresh.ts"
        lupdate(fresh)
        return source_strings(fresh) == source_strings(TS)


def fill(ts: Path) -> list[str]:
    """Translate from tools/translations_en.py, which wins; a string missing there
    keeps what Qt Linguist gave it. Returns the sources still without English."""
    import xml.etree.ElementTree as ET

    sys.path.insert(0, str(ROOT / "tools"))
    from translations_en import EN, EN_IN_CONTEXT

    tree = ET.parse(ts)
    missing = []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            source, translation = message.findtext("source"), message.find("translation")
            # lupdate reads `tr("Context", "text")` (translate under another name) as
            # source "Context" with a comment; such a message is never looked up.
            key = source if source in EN else message.findtext("comment")
            english = EN_IN_CONTEXT.get((name, source), EN.get(key))
            if english is not None:
                translation.text = english
                translation.attrib.pop("type", None)
            elif translation.get("type") == "unfinished" or not translation.text:
                missing.append(source)
    with open(ts, "wb") as f:
        f.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(f, encoding="utf-8", xml_declaration=False)
    return missing


def main(argv: list[str]) -> int:
    if "--check" in argv:
        return 0 if is_current() else 1
    for path, text in generated().items():
        path.write_text(text, encoding="utf-8")
    lupdate(TS)
    for source in fill(TS):
        print(f"Ingen engelsk översättning än: {source!r}", file=sys.stderr)
    lupdate(TS)   # back to lupdate's own layout
    subprocess.run([qt_tool("lrelease"), "-silent", str(TS), "-qm", str(QM)], check=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
