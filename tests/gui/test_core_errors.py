"""The core's error messages, listed for translation by tools/update_translations.py
(app/gui/core_errors.py) and shown in the user's language by
app.gui.core_messages.error_text."""

from __future__ import annotations

import ast
import re
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
# Deliberately the same in English.
SAME_IN_ENGLISH = {"Status"}


def _english() -> dict[str, str]:
    sys.path.insert(0, str(ROOT / "tools"))
    try:
        from translations_en import EN
    finally:
        sys.path.remove(str(ROOT / "tools"))
    return EN


def test_generated_module_is_current(translation_tool):
    tool = translation_tool
    assert tool.CORE_ERRORS.read_text(encoding="utf-8") == tool.core_errors_module(), \
        "run python tools/update_translations.py"


def test_every_pattern_has_as_many_groups_as_placeholders():
    from app.gui.core_errors import LABELS, MESSAGES, PATTERNS

    assert len(MESSAGES) >= 20 and len(PATTERNS) >= 20 and len(LABELS) >= 20
    for regex, template in PATTERNS:
        compiled = re.compile(regex, re.DOTALL)
        numbers = sorted({int(n) for n in re.findall(r"%(\d+)", template)})
        assert numbers == list(range(1, compiled.groups + 1)), (regex, template)
        # The template, its parts filled in, is a message the regex reads back.
        filled = re.sub(r"%(\d+)", lambda m: f"«part {m.group(1)}»", template)
        match = compiled.fullmatch(filled)
        assert match, (regex, template)
        assert match.groups() == tuple(f"«part {n}»" for n in numbers)


def test_every_listed_text_has_english():
    from app.gui.core_errors import LABELS, MESSAGES, PATTERNS

    en = _english()
    problems = []
    for source in [*MESSAGES, *(t for _, t in PATTERNS), *LABELS]:
        english = en.get(source)
        if not english:
            problems.append(f"no English: {source!r}")
        elif english == source and source not in SAME_IN_ENGLISH:
            problems.append(f"English is the Swedish: {source!r}")
        elif sorted(re.findall(r"%\d", source)) != sorted(re.findall(r"%\d", english)):
            problems.append(f"placeholders differ: {source!r}")
    assert not problems, "\n".join(problems)


def test_the_core_s_known_messages_are_listed():
    from app.gui.core_errors import LABELS, MESSAGES, PATTERNS

    templates = {t for _, t in PATTERNS}
    regexes = {r for r, _ in PATTERNS}
    assert "Nämnaren måste vara större än 0." in MESSAGES                  # ImprovementError
    assert "Säkerhetskopian är skadad." in MESSAGES                        # backup's ValueError
    assert "Arbetsytan är öppnad skrivskyddad." in MESSAGES                # ReadOnlyError
    assert "Disken är full. Ändringen sparades inte; frigör utrymme och försök igen." \
        in MESSAGES                                                        # return StoreError(…)
    assert r"(.+?) får inte vara tomt\." in regexes
    assert "%1 är ingen fil för ett synkpaket; välj ett annat namn." in templates
    assert "Filen %1 är inget Vårdfläta-synkpaket." in templates          # _NOT_A_PACKAGE.format
    assert "Synkpaketet %1 innehåller filnamn som inte är säkra (%2). Det importeras inte." \
        in templates                                                       # two parts
    # Labels: literal arguments, loops over literals, defaults, `why` of a helper.
    assert {"Namnet", "Seminariets namn", "Diagram", "Typ av mått", "Nämnaren", "Värdet",
            "Datumet", "Status", "ogiltigt id"} <= set(LABELS)
    everything = " ".join([*MESSAGES, *templates, *LABELS])
    for internal in ("unknown field", "scale must be", "has no field", "not a number",
                     "unknown chart language", "avbröts."):
        assert internal not in everything, internal
    assert "county" not in LABELS


def test_the_scanner_reads_every_way_of_writing_a_message(translation_tool, tmp_path,
                                                          monkeypatch):
    tool = translation_tool
    source = tmp_path / "sample.py"
    source.write_text('''
class StoreError(Exception):
    pass

class SampleError(StoreError):
    pass

_TEMPLATE = "Filen {name} är trasig."

def check(value, what: str = "Standardvärdet"):
    raise SampleError(f"{what} är fel: {value!r}.")

def check_all(values):
    for key, what in (("a", "Första"), ("b", "Andra")):
        check(values[key], what)
    check(values["c"], what="Tredje")

def passes_on(value, what):
    check(value, what)

def use():
    passes_on(1, "Vidare")
    raise SampleError(
        "Flera rader "
        "sammanfogade.")

def other(path, kind: str = "county"):
    raise StoreError(_TEMPLATE.format(name=path))
    raise StoreError(f"Okänd typ: {kind}.")
    raise TypeError(f"unknown field(s): {path}")
    raise ValueError("not shown")
    raise KeyError("nope")

def make(path):
    return SampleError("Gjord " + "med plus.")
''', encoding="utf-8")
    monkeypatch.setattr(tool, "core_sources", lambda: [source])
    messages, patterns, labels = tool.core_errors()
    assert messages == ["Flera rader sammanfogade.", "Gjord med plus."]
    assert (r"(.+?) är fel: (.+?)\.", "%1 är fel: %2.") in patterns
    assert (r"Filen (.+?) är trasig\.", "Filen %1 är trasig.") in patterns
    assert (r"Okänd typ: (.+?)\.", "Okänd typ: %1.") in patterns
    assert len(patterns) == 3
    assert labels == sorted(["Standardvärdet", "Första", "Andra", "Tredje", "Vidare"])


@pytest.fixture()
def english(qapp, monkeypatch):
    from app.gui import language as lang
    from app.gui.application import make_application

    make_application()
    monkeypatch.setenv("VARDFLATA_LANGUAGE", "en")
    monkeypatch.setenv("VARDFLATA_PSEUDO", "0")
    lang.install(qapp)
    yield
    monkeypatch.setenv("VARDFLATA_LANGUAGE", "sv")
    lang.install(qapp)


def test_error_text_translates_messages_patterns_and_their_labels(english):
    from app.gui.core_messages import error_text

    assert error_text("Nämnaren måste vara större än 0.") == \
        "The denominator must be greater than 0."
    assert error_text("Seminariets namn får inte vara tomt.") == \
        "The learning session's name must not be empty."
    assert error_text("Diagram: okänt värde 'pie'.") == "Chart: unknown value 'pie'."
    # A name from the user's data stays as it is, even one with "%2" in it.
    assert error_text("Filen 100%2 möte.vardsync är inget Vårdfläta-synkpaket.") == \
        "The file 100%2 möte.vardsync is not a Vårdfläta sync package."
    # A message quoted in another, and a label of a helper's `why`.
    assert error_text("Importen avbröts och inget ändrades: Täljaren får inte vara negativ.") \
        == "The import stopped and nothing was changed: The numerator must not be negative."
    assert error_text("Synkpaketet a.vardsync innehåller en ogiltig ändring (ogiltigt id). "
                      "Det importeras inte.") == \
        "The sync package a.vardsync contains an invalid change (invalid id). It is not imported."
    # Unknown text, English text, an exception without text: as they come.
    assert error_text("Något helt annat.") == "Något helt annat."
    assert error_text("Could not export") == "Could not export"
    assert error_text(KeyError()) == "KeyError"


def test_error_text_leaves_swedish_as_it_is(qapp):
    from app.gui.core_messages import error_text

    for text in ("Nämnaren måste vara större än 0.", "Namnet får inte vara tomt.",
                 "Filen x.vardsync är inget Vårdfläta-synkpaket."):
        assert error_text(text) == text


def test_the_generated_module_is_valid_python_with_literals_only():
    tree = ast.parse((ROOT / "app" / "gui" / "core_errors.py").read_text(encoding="utf-8"))
    calls = [n for n in ast.walk(tree) if isinstance(n, ast.Call)]
    assert calls and all(isinstance(c.func, ast.Name) and c.func.id == "QT_TRANSLATE_NOOP"
                         and [a.value for a in c.args][:1] == ["CoreErrors"] for c in calls)
