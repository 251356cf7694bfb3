"""The report dialog: kind, scope (or, for a team report, the team), what to
include, privacy check, progress.

The menu entries under Arkiv → Rapporter och export come from
`app.gui.menus`. The work runs in `ReportWorker` (its own read-only
connection); the dialog shows progress, can cancel, lists privacy hits
("Skapa ändå" / "Gå och rätta") and opens the PDF when done.
"""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFileDialog, QFormLayout, QGridLayout,
    QGroupBox, QHBoxLayout, QLabel, QLineEdit, QListWidget, QMessageBox, QProgressBar,
    QPushButton, QVBoxLayout, QWidget,
)

from app.core.files import file_slug
from app.core.report_content import ReportOptions
from app.gui.core_messages import CoreMessages
from app.gui.labels import plain_tooltip
from app.gui.language import current_language
from app.gui.report_worker import Job, ReportWorker, make_worker
from app.gui.settings import files_folder

KINDS = ("county", "unit", "team", "cycles", "csv")
IMPROVEMENT_KINDS = ("county", "unit", "team")
# ReportOptions field -> label, and the kinds it applies to. The Alt letters are
# unique among what a kind shows, with the fields and buttons (test_mnemonics).
OPTIONS = {
    "summary": (QT_TRANSLATE_NOOP("ReportDialog", "Sammanfa&ttning"), ("county", "unit")),
    "matrix": (QT_TRANSLATE_NOOP("ReportDialog", "&Matrisen (värmekarta)"),
               ("county", "unit")),
    "organisations": (QT_TRANSLATE_NOOP("ReportDialog", "Matrisen för varje orga&nisation"),
                      ("county",)),
    "need_areas": (QT_TRANSLATE_NOOP("ReportDialog",
                                     "&Kompetenser och brister per behovsområde"),
                   ("county", "unit")),
    "findings": (QT_TRANSLATE_NOOP("ReportDialog", "Förbättringsområ&den"), ("county", "unit")),
    "notes": (QT_TRANSLATE_NOOP("ReportDialog", "Metoderna med &anteckningar"), ("unit",)),
    "improvement": (QT_TRANSLATE_NOOP("ReportDialog", "&Förbättringsarbete och PGSA-cykler"),
                    IMPROVEMENT_KINDS),
    "charts": (QT_TRANSLATE_NOOP("ReportDialog", "D&iagram över måtten"), IMPROVEMENT_KINDS),
    "follow_up": (QT_TRANSLATE_NOOP("ReportDialog", "&Uppföljning enligt överenskommelsen"),
                  IMPROVEMENT_KINDS),
    "deviations": (QT_TRANSLATE_NOOP("ReportDialog", "Öppna a&vvikelser"), IMPROVEMENT_KINDS),
}

# The core's progress messages (Swedish; the core has no Qt), shown translated.
# A message not listed here is shown as it comes.
PROGRESS_MESSAGES = (
    QT_TRANSLATE_NOOP("ReportDialog", "Samlar kartläggningen …"),
    QT_TRANSLATE_NOOP("ReportDialog", "Samlar förbättringsarbetet …"),
    QT_TRANSLATE_NOOP("ReportDialog", "Ritar diagrammen …"),
    QT_TRANSLATE_NOOP("ReportDialog", "Bygger rapporten …"),
    QT_TRANSLATE_NOOP("ReportDialog", "Sätter sidorna …"),
    QT_TRANSLATE_NOOP("ReportDialog", "Klart."),
    # app.core.csv_export: "Skriver {label.lower()} …"
    QT_TRANSLATE_NOOP("ReportDialog", "Skriver bedömningar …"),
    QT_TRANSLATE_NOOP("ReportDialog", "Skriver förbättringsområden …"),
    QT_TRANSLATE_NOOP("ReportDialog", "Skriver mått och mätvärden …"),
    QT_TRANSLATE_NOOP("ReportDialog", "Skriver pgsa-cykler …"),
)
# Messages with a name in them: (pattern, translatable text with %1).
PROGRESS_PATTERNS = (
    (r"Diagram: (.*)", QT_TRANSLATE_NOOP("ReportDialog", "Diagram: %1")),
)
progress_text = CoreMessages("ReportDialog", PROGRESS_MESSAGES, PROGRESS_PATTERNS)
# What a report could not print as typed (app.core.report_scope.where_chars_stand);
# where the text stands (%2) comes as the core says it, like a privacy hit.
WARNING_PATTERNS = (
    (r"Tecken som inget typsnitt på datorn har skrivs som �: (.+?) – (.+)",
     QT_TRANSLATE_NOOP("ReportDialog",
                       "Tecken som inget typsnitt på datorn har skrivs som �: %1 – %2")),
    (r"Tecken som inget typsnitt på datorn har skrivs som �: (.+)",
     QT_TRANSLATE_NOOP("ReportDialog",
                       "Tecken som inget typsnitt på datorn har skrivs som �: %1")),
    (r"… och (\d+) ställen till med tecken som inget typsnitt på datorn har\.",
     QT_TRANSLATE_NOOP("ReportDialog",
                       "… och %1 ställen till med tecken som inget typsnitt på datorn har.")),
)
warning_text = CoreMessages("ReportDialog", (), WARNING_PATTERNS)


def _names_a_folder(text: str) -> bool:
    """What is typed in Spara som is a folder (ends with "/", or is one): the
    suggested file name goes in it."""
    return text.endswith(("/", os.sep)) or Path(text).expanduser().is_dir()


def open_report_dialog(window, kind: str) -> "ReportDialog | None":
    if window.ws is None:
        return None
    dialog = ReportDialog(window, kind)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog


def open_pgsa_worksheet(window, cycle_id: str) -> "ReportDialog | None":
    """The dialog set to print one PGSA cycle (for the improvement view's use)."""
    dialog = open_report_dialog(window, "cycles")
    if dialog is not None:
        dialog.cycle.setCurrentIndex(max(0, dialog.cycle.findData(cycle_id)))
    return dialog


def _teams(ws) -> list[tuple[str, str]]:
    """(id, name) of every improvement team, when this build has improvement work."""
    from app.core.csv_export import has_improvement

    return [(t.id, t.name) for t in ws.teams()] if has_improvement(ws) else []


def _selected_team(window) -> str | None:
    """The team selected on the Förbättringsarbete tab (its tree), if that view
    has been built; never builds it."""
    tab = getattr(window, "improvement_tab", None)
    view = getattr(tab, "built", None)
    return getattr(view, "team_id", None) if view is not None else None


def _cycles(ws) -> list[tuple[str, object]]:
    """(team name, cycle) of every PGSA cycle, when this build has improvement work."""
    from app.core.csv_export import has_improvement

    if not has_improvement(ws):
        return []
    names = {t.id: t.name for t in ws.teams()}
    return [(names.get(c.team_id, ""), c) for c in ws.cycles()]


class ReportDialog(QDialog):
    # The choice whose text the privacy check last ran on, and the one whose
    # hits are shown: "Skapa ändå" allows only the latter.
    _pending_choice: tuple | None = None
    _hits_for: tuple | None = None

    def __init__(self, window, kind: str = "county") -> None:
        super().__init__(window)
        self.window_ = window
        ws = window.ws
        self.workspace_path = Path(ws.path)
        self.settings = getattr(window, "settings", None)   # app.gui.settings.Settings
        self.worker: ReportWorker | None = None
        self.result_path: Path | None = None
        self.warnings: list[str] = []       # the last report's, translated
        self.open_file = QDesktopServices.openUrl   # replaced in tests
        self.setWindowTitle(self.tr("Rapporter och export"))
        self.setMinimumWidth(620)

        self.kind = QComboBox()
        for key, label in zip(KINDS, (self.tr("Länsrapport (PDF)"),
                                      self.tr("Organisationsrapport (PDF)"),
                                      self.tr("Teamrapport – förbättringsarbete (PDF)"),
                                      self.tr("PGSA-blanketter (PDF)"),
                                      self.tr("CSV-filer för Excel"))):
            self.kind.addItem(label, key)
        self.scope = QComboBox()
        self.scope.setAccessibleName(self.tr("Omfattning"))
        self._areas = [(a.id, a.name) for a in ws.areas()]
        self._units = [(u.id, u.name) for u in ws.units()]
        self._names = dict(self._areas + self._units)    # for the file name suggested
        self._area_ids = {area_id for area_id, _ in self._areas}
        self.team = QComboBox()
        self.team.setAccessibleName(self.tr("Team"))
        self.team.setPlaceholderText(self.tr("Inga förbättringsteam ännu"))
        for team_id, name in _teams(ws):
            self.team.addItem(name, team_id)
        self.team.setCurrentIndex(max(0, self.team.findData(_selected_team(window))))
        self.blank = QCheckBox(self.tr("Tom blankett att &fylla i för hand"))
        self.cycle = QComboBox()
        self.cycle.setAccessibleName(self.tr("PGSA-cykel"))
        self.cycle.addItem(self.tr("Alla cykler i omfattningen"), None)
        self._cycle_names: dict[str, str] = {}
        for team_name, cycle in _cycles(ws):
            self.cycle.addItem(f"{team_name} – PGSA {cycle.number}: {cycle.title}", cycle.id)
            self._cycle_names[cycle.id] = f"{team_name} cykel {cycle.number}"
        self.output = QLineEdit()
        self.output.setAccessibleName(self.tr("Spara som"))
        self.browse = QPushButton(self.tr("&Bläddra…"))
        self.browse.clicked.connect(self._browse)
        # A name the user typed or browsed to stays when the choices change; a
        # suggested one follows them (a new report never takes an earlier one's name).
        self._own_output = False
        self._output_is_folder = False      # what the text names: a CSV folder or a PDF
        self._confirmed: Path | None = None     # may be replaced: the user said so
        self.output.textEdited.connect(self._output_edited)
        out_row = QHBoxLayout()
        out_row.addWidget(self.output, 1)
        out_row.addWidget(self.browse)
        # The PDF reports are written in Swedish (the county's and the guidelines'
        # language), whatever the user interface's: said, under the kind, in English.
        self.language_note = QLabel(self.tr("PDF-rapporterna skrivs på svenska."))
        self.language_note.setObjectName("languageNote")
        self.language_note.setWordWrap(True)
        self._english = current_language() == "en"
        form = self.form = QFormLayout()
        form.addRow(self.tr("&Rapport:"), self.kind)
        form.addRow("", self.language_note)
        self._note_row = form.rowCount() - 1
        form.addRow(self.tr("&Omfattning:"), self.scope)
        self.scope_label = form.labelForField(self.scope)
        form.addRow(self.tr("&Team:"), self.team)
        self.team_label = form.labelForField(self.team)
        form.addRow(self.tr("&Cykel:"), self.cycle)
        self.cycle_label = form.labelForField(self.cycle)
        form.addRow("", self.blank)
        form.addRow(self.tr("S&para som:"), out_row)
        self.output_label = form.labelForField(out_row)
        self.output_label.setBuddy(self.output)

        self.include = QGroupBox(self.tr("Ta med"))
        self.grid = QGridLayout(self.include)
        self.checks: dict[str, QCheckBox] = {}
        for key, (label, _) in OPTIONS.items():
            box = QCheckBox(QCoreApplication.translate("ReportDialog", label))
            box.setChecked(True)
            box.toggled.connect(lambda _: self._ticks_changed())
            self.checks[key] = box
        self.checks["summary"].setToolTip(self.tr(
            "En eller två sidor på vanlig svenska först i rapporten: hur långt "
            "kartläggningen har kommit, andelen metoder i bruk, det starkaste och svagaste i "
            "matrisen, förbättringsområdena och förbättringsarbetet."))
        # Presets: the short version a steering group or politicians read (the
        # summary alone, after the cover), and back to the whole report.
        self.short_button = QPushButton(self.tr("Kort version (för politiker och st&yrgrupp)"))
        self.short_button.setToolTip(self.tr(
            "Bara Sammanfattning: försättsbladet och en eller två sidor på vanlig svenska."))
        self.short_button.clicked.connect(self.choose_short_version)
        self.full_button = QPushButton(self.tr("He&la rapporten"))
        self.full_button.setToolTip(self.tr("Kryssar i alla delar."))
        self.full_button.clicked.connect(self.choose_full_report)
        self.presets = QWidget()
        presets = QHBoxLayout(self.presets)
        presets.setContentsMargins(0, 4, 0, 0)
        presets.addWidget(self.short_button)
        presets.addWidget(self.full_button)
        presets.addStretch(1)
        self.nothing_note = QLabel(self.tr("Kryssa i minst en del under Ta med."))
        self.nothing_note.setWordWrap(True)
        self.nothing_note.hide()
        self.open_when_done = QCheckBox(self.tr("&Öppna PDF:en när den är klar"))
        self.open_when_done.setChecked(
            self.settings.open_report_when_done if self.settings is not None else True)
        if self.settings is not None:
            self.open_when_done.toggled.connect(self.settings.set_open_report_when_done)

        self.privacy = self._make_privacy_panel()
        self.status = QLabel()
        self.status.setTextFormat(Qt.TextFormat.PlainText)   # file names, the core's messages
        self.status.setWordWrap(True)
        self.bar = QProgressBar()
        self.bar.setRange(0, 1000)
        self.bar.setTextVisible(False)
        self.bar.hide()
        self.buttons = QDialogButtonBox()
        self.create_button = self.buttons.addButton(self.tr("&Skapa"),
                                                    QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = self.buttons.addButton(self.tr("Avbryt"),
                                                    QDialogButtonBox.ButtonRole.RejectRole)
        self.create_button.clicked.connect(lambda: self.start())
        self.cancel_button.clicked.connect(self._cancel_or_close)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.include)
        layout.addWidget(self.nothing_note)
        layout.addWidget(self.open_when_done)
        layout.addWidget(self.privacy)
        layout.addWidget(self.bar)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self._scope_chosen = False          # by the user, in this dialog
        self.scope.activated.connect(lambda _: setattr(self, "_scope_chosen", True))
        self.scope.currentIndexChanged.connect(lambda _: self._choice_changed())
        self.team.currentIndexChanged.connect(lambda _: self._choice_changed())
        self.blank.toggled.connect(lambda _: self._choice_changed(visibility=True))
        self.cycle.currentIndexChanged.connect(lambda _: self._choice_changed(visibility=True))
        self.kind.setCurrentIndex(KINDS.index(kind))
        self._kind_changed()

    # -- building --------------------------------------------------------------

    def _make_privacy_panel(self) -> QWidget:
        panel = QGroupBox(self.tr("Möjliga personnummer"))
        layout = QVBoxLayout(panel)
        label = QLabel(self.tr(
            "Texten nedan ser ut att innehålla personnummer. Vårdfläta ska bara innehålla "
            "uppgifter på organisationsnivå. Rätta texten, eller skapa ändå om det inte är "
            "personnummer."))
        label.setWordWrap(True)
        self.hits = QListWidget()
        self.hits.setAccessibleName(self.tr("Möjliga personnummer"))
        self.hits.setWordWrap(True)
        self.hits.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        row = QHBoxLayout()
        self.fix_button = QPushButton(self.tr("&Gå och rätta"))
        self.confirm_button = QPushButton(self.tr("Skapa &ändå"))
        self.fix_button.clicked.connect(self.go_fix)
        self.confirm_button.clicked.connect(lambda: self.start(allow_personal_data=True))
        row.addStretch(1)
        row.addWidget(self.fix_button)
        row.addWidget(self.confirm_button)
        layout.addWidget(label)
        layout.addWidget(self.hits)
        layout.addLayout(row)
        panel.hide()
        return panel

    def current_kind(self) -> str:
        return self.kind.currentData()

    def _kind_changed(self) -> None:
        kind = self.current_kind()
        # From the short version to a kind with no summary (a team report): its
        # parts, all unticked by the short version, are ticked again (not a
        # report with nothing to include).
        own = self._shown_options(kind)
        if own and "summary" not in own and self.checks["summary"].isChecked() and \
                not any(self.checks[key].isChecked() for key in own):
            for key in own:
                self.checks[key].setChecked(True)
        # The scope chosen here stays when the kind changes (if it still fits);
        # at first, what the window shows, if its tree is in sight: a node picked
        # long ago in a hidden tree is no choice (trial C).
        chosen = self.scope.currentData() if self.scope.count() else None
        self.scope.blockSignals(True)
        self.scope.clear()
        dock = getattr(self.window_, "tree_dock", None)
        shown = self.window_.current_scope() if hasattr(self.window_, "current_scope") and (
            dock is None or dock.isVisible()) else None
        current = chosen if self._scope_chosen else shown
        if kind == "unit":
            for unit_id, name in self._units:
                self.scope.addItem(name, unit_id)
        else:
            self.scope.addItem(self.tr("Hela länet"), None)
            for area_id, name in self._areas:
                self.scope.addItem(self.tr("Samverkansområde %1").replace("%1", name), area_id)
            if kind in ("cycles",):
                for unit_id, name in self._units:
                    self.scope.addItem(name, unit_id)
        index = self.scope.findData(current)
        if index < 0:
            index = self.scope.findData(shown)
        self.scope.setCurrentIndex(max(0, index))
        self.scope.blockSignals(False)
        self._choice_changed(visibility=True)

    def _choice_changed(self, visibility: bool = False) -> None:
        """Kind, scope, team, blank form or cycle changed: the last report's
        "Klart" (or any other line about it) no longer fits, a suggested file
        name follows the choice."""
        if self.worker is None:
            self.status.clear()
        self._name_county_kind()
        if visibility:
            self._update_visibility()
        self._suggest_output()

    def _area_chosen(self) -> bool:
        """A samverkansområde is the scope: the county kind makes its områdesrapport."""
        return self.scope.currentData() in self._area_ids

    def _name_county_kind(self) -> None:
        """The county kind is named as the report it makes: "Områdesrapport (PDF)"
        with an area as scope (so its cover and header say), else "Länsrapport (PDF)"."""
        self.kind.setItemText(self.kind.findData("county"),
                              self.tr("Områdesrapport (PDF)") if self._area_chosen()
                              else self.tr("Länsrapport (PDF)"))

    def _update_visibility(self) -> None:
        kind = self.current_kind()
        shown = [key for key in OPTIONS if kind in OPTIONS[key][1]]
        for box in self.checks.values():   # re-laid out so hidden ones leave no gaps
            self.grid.removeWidget(box)
            box.hide()
        for n, key in enumerate(shown):
            self.grid.addWidget(self.checks[key], n // 2, n % 2)
            self.checks[key].show()
        self.grid.removeWidget(self.presets)
        has_summary = kind in OPTIONS["summary"][1]
        if has_summary:       # under the boxes, the whole width
            self.grid.addWidget(self.presets, (len(shown) + 1) // 2, 0, 1, 2)
        self.presets.setVisible(has_summary)
        self.include.setVisible(kind in IMPROVEMENT_KINDS)
        # A team report: the team instead of the scope.
        self.form.setRowVisible(self.scope, kind != "team")
        self.form.setRowVisible(self.team, kind == "team")
        self.form.setRowVisible(self._note_row, self._english and kind != "csv")
        self.blank.setVisible(kind == "cycles")
        self.cycle.setVisible(kind == "cycles")
        self.cycle_label.setVisible(kind == "cycles")
        self.cycle.setEnabled(kind == "cycles" and not self.blank.isChecked())
        self.scope.setEnabled(kind != "csv" and not (kind == "cycles" and (
            self.blank.isChecked() or self.cycle.currentData())))
        self.open_when_done.setVisible(kind != "csv")
        self._update_create()
        self.adjustSize()

    def _shown_options(self, kind: str | None = None) -> list[str]:
        kind = kind or self.current_kind()
        return [key for key in OPTIONS if kind in OPTIONS[key][1]]

    def choose_short_version(self) -> None:
        """Tick only Sammanfattning: the cover and a page or two in plain Swedish
        for a steering group or politicians (the county's, an area's or an
        organisation's alike; a team report, without a summary, ticks its parts
        again when chosen: _kind_changed)."""
        for key, box in self.checks.items():
            box.setChecked(key == "summary")

    def choose_full_report(self) -> None:
        for box in self.checks.values():
            box.setChecked(True)

    def _summary_only(self, kind: str | None = None) -> bool:
        """Only the summary ticked (the short version): its file name says so."""
        shown = self._shown_options(kind)
        return "summary" in shown and all(
            self.checks[key].isChecked() == (key == "summary") for key in shown)

    def _ticks_changed(self) -> None:
        self._update_create()
        self._suggest_output()

    def _nothing_ticked(self) -> bool:
        """A kind with sections to choose, none of them ticked: a cover page only."""
        kind = self.current_kind()
        return kind in IMPROVEMENT_KINDS and not any(
            box.isChecked() for key, box in self.checks.items() if kind in OPTIONS[key][1])

    def _update_create(self) -> None:
        nothing = self._nothing_ticked()
        self.create_button.setEnabled(self.worker is None and not nothing and not (
            self.current_kind() == "team" and self.team.count() == 0))
        self.create_button.setToolTip(self.nothing_note.text() if nothing else "")
        self.nothing_note.setVisible(nothing)

    def _chosen_name(self) -> str | None:
        """What the report is of, for its file name (None: the whole county, CSV)."""
        kind = self.current_kind()
        if kind == "team":
            return self.team.currentText() or None
        if kind == "cycles" and self.blank.isChecked():
            return "tom blankett"
        if kind == "cycles" and self.cycle.currentData():
            return self._cycle_names.get(self.cycle.currentData())
        return None if kind == "csv" else self._names.get(self.scope.currentData())

    def _start_folder(self) -> Path:
        """The folder of the last report written, if it is still there; else the
        workspace's."""
        folder = self.settings.report_folder if self.settings is not None else None
        return folder or files_folder(self.workspace_path)

    def _stems(self) -> tuple[str, str]:
        """(the kind's word, the whole stem) of the file name for what is chosen:
        ("lansrapport", "lansrapport"), ("teamrapport", "teamrapport-team-sip-lulea"),
        ("lansrapport", "lansrapport-sammanfattning") for the short version."""
        kind = self.current_kind()
        word = {"county": "omradesrapport" if self._area_chosen() else "lansrapport",
                "unit": "organisationsrapport", "team": "teamrapport",
                "cycles": "pgsa", "csv": "csv-export"}[kind]
        stem = word
        named = file_slug(self._chosen_name() or "")
        if named:                  # (a name of letters without ASCII leaves none)
            stem += "-" + named
        if kind in IMPROVEMENT_KINDS and self._summary_only():
            stem += "-sammanfattning"
        return word, stem

    def _suggested_name(self) -> str:
        """The file (a folder for CSV) name suggested for what is chosen."""
        stem = self._stems()[1]
        return f"{stem}-{date.today().isoformat()}" + (
            "" if self.current_kind() == "csv" else ".pdf")

    def _suggest_output(self) -> None:
        """Suggest a file name (a folder for CSV) that follows the choice. A name
        of the user's own stays, unless it names a file and a folder is wanted
        now (CSV) or the other way round. The suggested name in another folder,
        or a folder alone, is no name of their own: the name follows the choice
        in that folder. Nor is the suggestion's start ("lansrapport-politiker.pdf",
        typed over "lansrapport-2026-11-25.pdf"): it follows the kind chosen
        ("teamrapport-politiker.pdf"; trial: the team report kept the county's)."""
        kind = self.current_kind()
        word, stem = self._stems()
        text = self.output.text().strip()
        folder = Path(text).expanduser().parent if text else self._start_folder()
        if self._own_output and self._output_is_folder == (kind == "csv"):
            typed = Path(text).expanduser()
            if kind != "csv" and _names_a_folder(text):
                folder = typed                      # only the folder typed
            elif typed.name != self._suggested:
                renamed = self._renamed(typed.name, word, stem)
                if renamed and renamed != typed.name:
                    self.output.setText(str(typed.with_name(renamed)))
                self._stem_given = (word, stem)
                return
        self._own_output = False
        self._output_is_folder = kind == "csv"
        name = self._suggested = self._suggested_name()
        self._stem_given = (word, stem)
        self.output.setText(str(folder / name))

    # The file name last suggested, and its (word, stem): a name typed that starts
    # the same way follows the choice.
    _suggested = ""
    _stem_given = ("", "")

    def _renamed(self, name: str, word: str, stem: str) -> str | None:
        """name with the start the suggestion gave it replaced by the one that fits
        now ("lansrapport-politiker.pdf" -> "teamrapport-politiker.pdf"); None for
        a name of the user's own making."""
        old_word, old_stem = self._stem_given
        for old, new in ((old_stem, stem), (old_word, word)):
            if old and (name.startswith(old + "-") or name.startswith(old + ".")
                        or name == old):
                return new + name[len(old):]
        return None

    def _output_edited(self, text: str) -> None:
        self._own_output = bool(text.strip())
        self._output_is_folder = self.current_kind() == "csv"
        self._confirmed = None

    def _browse(self) -> None:
        if self.current_kind() == "csv":
            chosen = QFileDialog.getExistingDirectory(self, self.tr("Välj mapp"),
                                                      str(Path(self.output.text()).parent))
        else:
            chosen, _ = QFileDialog.getSaveFileName(self, self.tr("Spara rapporten"),
                                                    self.output.text(), "PDF (*.pdf)")
        if chosen:
            self.output.setText(chosen)
            self._output_edited(chosen)
            if self.current_kind() != "csv":    # the file dialog asked about replacing it
                self._confirmed = Path(chosen).expanduser()

    # -- running -----------------------------------------------------------------

    def job(self, allow_personal_data: bool = False) -> Job:
        kind = self.current_kind()
        options = ReportOptions(**{k: b.isChecked() for k, b in self.checks.items()})
        text = self.output.text().strip()
        output = Path(text).expanduser()
        if kind != "csv" and text and _names_a_folder(text):
            output = output / self._suggested_name()     # a folder typed: the name in it
        if kind != "csv" and output.suffix.lower() != ".pdf":
            output = output.with_name(output.name + ".pdf")
        chosen = self.cycle.currentData() if kind == "cycles" else None
        scope = self.team.currentData() if kind == "team" else \
            None if kind == "csv" or chosen else self.scope.currentData()
        return Job(self.workspace_path, output, kind, scope, options,
                   blank=self.blank.isChecked(), allow_personal_data=allow_personal_data,
                   cycle_ids=[chosen] if chosen else None)

    def start(self, allow_personal_data: bool = False) -> None:
        if self.worker is not None:
            return
        job = self.job(allow_personal_data)
        # "Skapa ändå" allows only the report whose text was checked: with
        # another kind, scope or part chosen since, that text is checked first.
        choice = (job.kind, job.scope, repr(job.options), job.blank, tuple(job.cycle_ids or ()))
        if allow_personal_data and choice != self._hits_for:
            job = self.job(False)
        self._pending_choice = choice
        target = job.output if job.kind == "csv" else job.output.parent
        if not str(self.output.text()).strip() or not (
                target.is_dir() or (job.kind == "csv" and target.parent.is_dir())):
            self.status.setText(self.tr("Mappen finns inte: %1").replace("%1", str(target)))
            return
        if self._nothing_ticked():
            return
        if not self._may_replace(job):
            self.status.setText(self.tr("Inget har skrivits."))
            return
        self.privacy.hide()
        self.result_path = None
        self.warnings = []
        self._set_running(True)
        self.status.setText(self.tr("Kontrollerar att inga personnummer finns i texten …"))
        self.worker = worker = make_worker(job)
        worker.progress.connect(self._progress)
        worker.privacy_hits.connect(self._show_hits)
        worker.warnings.connect(self._warnings)
        worker.finished_ok.connect(self._done)
        worker.failed.connect(self._failed)
        worker.cancelled.connect(self._cancelled)
        worker.finished.connect(self._worker_gone)
        worker.start()

    def _may_replace(self, job: Job) -> bool:
        """Whether the job replaces no earlier report or export, or the user says it
        may (asked once for a name: not again after "Skapa ändå", nor when the
        Bläddra… file dialog asked)."""
        from app.core.csv_export import FILES, file_head

        if job.output == self._confirmed:
            return True
        if job.kind == "csv":     # the export replaces its files in the folder, if there
            if not any((job.output / name).is_file() for name in FILES.values()):
                return True
            question = self.tr("Mappen har redan CSV-filer från en tidigare export: %1. "
                               "Vill du ersätta dem?")
        else:
            head = file_head(job.output) if job.output.is_file() else None
            if head is None or head and not head.startswith(b"%PDF"):
                return True       # nothing there, or what the core refuses to write over
            question = self.tr("Filen finns redan: %1. Vill du ersätta den?")
        if not self._ask_replace(question.replace("%1", str(job.output))):
            return False
        self._confirmed = job.output
        return True

    def _ask_replace(self, question: str) -> bool:
        box = QMessageBox(QMessageBox.Icon.Question, self.windowTitle(), question,
                          parent=self)
        box.setTextFormat(Qt.TextFormat.PlainText)      # a file name, never markup
        replace = box.addButton(self.tr("&Ersätt"), QMessageBox.ButtonRole.AcceptRole)
        cancel = box.addButton(self.tr("Avbryt"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(cancel)
        box.setEscapeButton(cancel)
        box.exec()
        return box.clickedButton() is replace

    def _set_running(self, running: bool) -> None:
        self.bar.setVisible(running)
        self.bar.setValue(0)
        for widget in (self.create_button, self.kind, self.scope, self.team, self.include,
                       self.output, self.browse, self.blank, self.cycle, self.confirm_button,
                       self.fix_button):
            widget.setEnabled(not running)
        self.cancel_button.setText(self.tr("Avbryt") if running else self.tr("Stäng"))
        if not running:
            self._update_visibility()

    def _progress(self, fraction: float, text: str) -> None:
        self.bar.setValue(int(fraction * 1000))
        self.status.setText(progress_text(text))

    def _show_hits(self, hits: list) -> None:
        self._hits_for = self._pending_choice
        self.hits.clear()
        for hit in hits:
            self.hits.addItem(str(hit))
            entry = self.hits.item(self.hits.count() - 1)
            entry.setData(Qt.ItemDataRole.UserRole, hit)
            entry.setToolTip(plain_tooltip(str(hit)))      # the typed text around the hit
        self.hits.setCurrentRow(0)
        self.privacy.show()
        found = self.tr("Ett möjligt personnummer hittades.") if len(hits) == 1 else \
            self.tr("%1 möjliga personnummer hittades.").replace("%1", str(len(hits)))
        self.status.setText(self.tr("Inget har skrivits.") + " " + found)

    def _warnings(self, sentences: list) -> None:
        self.warnings = [warning_text(s) for s in sentences]

    def _done(self, path: str) -> None:
        self.result_path = Path(path)
        self._confirmed = None       # what is there now is this report: ask again
        if self.settings is not None:     # the next report is offered the same folder
            self.settings.set_report_folder(self.result_path.parent.resolve())
        # Written, but not all as typed: say so under "Klart" (never silently "�").
        lines = [self.tr("Klart: %1").replace("%1", path), *self.warnings]
        if (self.current_kind() != "csv" and self.open_when_done.isChecked()
                and self.open_file(QUrl.fromLocalFile(path)) is False):
            # No program for PDF files (the trial's machine): said, not silent.
            lines.append(self.tr("PDF:en kunde inte öppnas: datorn har inget program som "
                                 "visar PDF-filer. Öppna filen från mappen ovan."))
        self.status.setText("\n".join(lines))

    def _failed(self, message: str) -> None:
        self.status.setText(self.tr("Kunde inte skapa: %1").replace("%1", message))

    def _cancelled(self) -> None:
        self.status.setText(self.tr("Avbröts. Ingen fil skrevs."))

    def _worker_gone(self) -> None:
        self.worker = None
        self._set_running(False)

    def _cancel_or_close(self) -> None:
        if self.worker is not None:
            self.worker.cancel()
            self.status.setText(self.tr("Avbryter …"))
        else:
            self.reject()

    def go_fix(self) -> None:
        """Close and show where the selected hit stands: the method's cell, row and
        field for an assessment, the record's own view for other records."""
        item = self.hits.currentItem()
        hit = item.data(Qt.ItemDataRole.UserRole) if item else None
        self.reject()
        if hit is not None:
            reveal_hit(self.window_, hit)

    def closeEvent(self, event) -> None:
        if self.worker is not None:     # never leave a thread running behind a dialog
            self.worker.cancel()
            self.worker.wait()
        super().closeEvent(event)

    def reject(self) -> None:
        if self.worker is not None:
            self.worker.cancel()
            self.worker.wait()
        super().reject()


def reveal_hit(window, hit) -> None:
    """Show the record (and field) a privacy hit names, as near as the app can:
    an assessment's organisation, cell, method row and column; a finding's row in
    Förbättringsområden; an improvement record in Förbättringsarbete (its node in
    the tree, its cycle in the PGSA log); otherwise at least its organisation."""
    from app.gui.improvement_reveal import PAGES as IMPROVEMENT_PAGES

    if getattr(window, "tree_model", None) is None or window.ws is None:
        return
    ws = window.ws
    record = ws.record(hit.table, hit.record_id)
    if hit.table == "assessments" and record and record.get("unit_id") and record.get("item_id"):
        from app.gui.items_model import UNIT_FIELDS

        window.reveal_assessment(record["unit_id"], record["item_id"])
        column = {f: c for c, f in UNIT_FIELDS.items()}.get(hit.field)
        if window.mapping is not None:
            window.mapping.select_item(record["item_id"], column)
            window.mapping.items_view.setFocus()
        return
    if hit.unit_id:
        window.tree.setCurrentIndex(window.tree_model.find(hit.unit_id))
    if hit.table == "items" and record:
        window.reveal_item(hit.record_id)
    elif hit.table == "findings":
        _reveal_finding(window, hit.record_id)
    elif hit.table in IMPROVEMENT_PAGES and record is not None:
        _reveal_improvement(window, hit.table, hit.record_id, record.get("period"))


def _reveal_finding(window, finding_id: str) -> None:
    window.views.setCurrentWidget(window.findings_tab)
    view = window.findings
    if view is None:
        return
    view.refresh()
    row = view.model.row_of(finding_id)
    if row >= 0:
        view.table.setCurrentIndex(view.model.index(row, 0))
        view.table.selectRow(row)
        view.table.setFocus()


def _reveal_improvement(window, table: str, record_id: str, period: str | None) -> None:
    window.views.setCurrentWidget(window.improvement_tab)
    if window.improvement is not None:    # a data point: its measure, and its row
        window.improvement.reveal(table, record_id, period)
