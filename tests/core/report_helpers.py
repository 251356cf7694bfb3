"""Reading a PDF report back in tests (pypdf): its pages' text, its outline, and
the demo's teams by name. One place for what the report tests share."""

from __future__ import annotations

from collections.abc import Iterator


def pdf_pages(path) -> list[str]:
    """Each page's text."""
    import pypdf

    return [p.extract_text() or "" for p in pypdf.PdfReader(str(path)).pages]


def pdf_text(path) -> str:
    """The whole report's text, page after page."""
    return "\n".join(pdf_pages(path))


def flat(text: str) -> str:
    """Text with every run of whitespace one space (lines wrap anywhere)."""
    return " ".join(text.split())


def team_named(ws, start: str):
    """The workspace's team whose name starts with start."""
    return next(t for t in ws.teams() if t.name.startswith(start))


def outline_entries(outline) -> Iterator:
    """Every bookmark of a pypdf outline, nested ones in order after their parent."""
    for entry in outline:
        if isinstance(entry, list):
            yield from outline_entries(entry)
        else:
            yield entry


def outline_titles(outline) -> list[str]:
    """The titles of every bookmark, in order."""
    return [entry.title for entry in outline_entries(outline)]
