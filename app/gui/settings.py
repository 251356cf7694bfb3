"""Typed settings over QSettings (never pickled objects)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings, QStandardPaths

MAX_RECENT = 8


class Settings:
    def __init__(self, settings: QSettings | None = None) -> None:
        self._s = settings or QSettings()

    def _paths(self, key: str) -> list[str]:
        value = self._s.value(key, [])
        if isinstance(value, str):  # QSettings returns a lone string for one entry
            value = [value]
        return [str(v) for v in value or []]

    @property
    def recent_files(self) -> list[Path]:
        return [Path(p) for p in self._paths("files/recent")]

    def add_recent(self, path: Path) -> None:
        text = str(Path(path).resolve())
        recent = [p for p in self._paths("files/recent") if p != text]
        self._s.setValue("files/recent", [text, *recent][:MAX_RECENT])
        self._s.setValue("files/last", text)

    def remove_recent(self, path: Path) -> None:
        text = str(Path(path).resolve())
        self._s.setValue("files/recent", [p for p in self._paths("files/recent") if p != text])

    @property
    def last_file(self) -> Path | None:
        value = self._s.value("files/last", "")
        return Path(str(value)) if value else None

    def clear_last(self) -> None:
        self._s.remove("files/last")

    def place(self, path: Path) -> dict:
        """Where the user was in this workspace when it was last closed
        ({"scope": …, "cell": [row, column]}), if it was the last one closed."""
        import json

        try:
            place = json.loads(str(self._s.value("files/place", "") or "{}"))
        except ValueError:
            return {}
        if not isinstance(place, dict) or place.get("path") != str(Path(path).resolve()):
            return {}
        return place

    def set_place(self, path: Path, scope: str | None, cell) -> None:
        import json

        self._s.setValue("files/place", json.dumps(
            {"path": str(Path(path).resolve()), "scope": scope, "cell": cell}))

    def geometry(self, name: str) -> QByteArray | None:
        value = self._s.value(f"window/{name}")
        return value if isinstance(value, QByteArray) else None

    def set_geometry(self, name: str, value: QByteArray) -> None:
        self._s.setValue(f"window/{name}", value)

    # The user interface's language: "sv" (default) or "en". Empty until the
    # first start, which takes it from the system locale.
    @property
    def language(self) -> str:
        return str(self._s.value("ui/language", "") or "")

    def set_language(self, language: str) -> None:
        self._s.setValue("ui/language", language)

    @property
    def pseudo_localisation(self) -> bool:
        return str(self._s.value("ui/pseudo", "false")).lower() == "true"

    def set_pseudo_localisation(self, on: bool) -> None:
        self._s.setValue("ui/pseudo", "true" if on else "false")

    # The report dialog: the folder of the last report or export written (None if
    # never, or if that folder is gone), and whether to open the PDF when done.
    @property
    def report_folder(self) -> Path | None:
        value = str(self._s.value("reports/folder", "") or "")
        return Path(value) if value and Path(value).is_dir() else None

    def set_report_folder(self, folder: Path) -> None:
        self._s.setValue("reports/folder", str(folder))

    @property
    def open_report_when_done(self) -> bool:
        return str(self._s.value("reports/open", "true")).lower() == "true"

    def set_open_report_when_done(self, on: bool) -> None:
        self._s.setValue("reports/open", "true" if on else "false")

    def sync(self) -> None:
        self._s.sync()


def data_dir() -> Path:
    """The user's own folder for Vårdfläta's files (the demo workspace, …)."""
    folder = Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation))
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def demo_path() -> Path:
    return data_dir() / "demo-norrbotten.vardflata"


def files_folder(workspace: Path | None) -> Path:
    """Where to offer the user's own files (reports, sync packages, a copy for a
    colleague) to be saved or found: the workspace's folder, unless that is
    Vårdfläta's data folder, where the demo lives out of sight (a trial's
    report went to ~/.local/share/Vardflata/Vardflata); then Documents, or the
    home folder."""
    if workspace is not None:
        folder = Path(workspace).parent
        try:
            hidden = folder.resolve() == data_dir().resolve()
        except OSError:
            hidden = False
        if not hidden:
            return folder
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(documents) if documents and Path(documents).is_dir() else Path.home()
