"""Hjälp → Kortkommandon: every key of the program on one page, for a facilitator
who drives it from the keyboard while the room watches (built when asked for)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout

from app.gui.labels import STATUS_KEYS, escape, status_text
from app.gui.screen_fit import fit_to_screen


def _tr(text: str) -> str:
    return QCoreApplication.translate("ShortcutsHelp", text)


def sections() -> list[tuple[str, list[tuple[str, str]]]]:
    """(heading, [(keys, what they do)]) in the user's language."""
    statuses = ", ".join(f"{key} {status_text(status)}" for key, status in STATUS_KEYS.items())
    return [
        (_tr("Överallt"), [
            ("Ctrl+N / Ctrl+O", _tr("Ny arbetsyta / öppna en arbetsyta")),
            ("Ctrl+Z / Ctrl+Y", _tr("Ångra / gör om (och visa det som ändras)")),
            ("Ctrl+1 / Ctrl+2 / Ctrl+3", _tr("Gå till organisationerna / matrisen / metoderna")),
            (_tr("Ctrl+Skift+1"), _tr("Visa eller dölj organisationsträdet")),
            ("F5", _tr("Synkronisera med synkmappen")),
            ("F11", _tr("Presentationsläge")),
            ("Alt+" + _tr("bokstav"), _tr("Menyn, fliken eller knappen med den understrukna "
                                           "bokstaven")),
        ]),
        (_tr("Organisationsträdet"), [
            (_tr("Skriv ett namn"), _tr("Hoppa till organisationen, även i ett stängt område")),
            ("F2", _tr("Byt namn")),
        ]),
        (_tr("Matrisen"), [
            (_tr("Piltangenter"), _tr("Flytta mellan rutorna")),
            ("Enter", _tr("Gå ner till rutans metoder")),
            (_tr("Ctrl+Skift+Upp / Ned"), _tr("Fler metoder och mindre matris / större matris "
                                              "(även i metodlistan)")),
        ]),
        (_tr("Metodlistan"), [
            (_tr("Piltangenter"), _tr("Flytta mellan metoderna och kolumnerna")),
            ("0–5", _tr("Sätt status: %1").replace("%1", statuses)),
            ("0–3", _tr("I kolumnen nivå: ingen, lokalt, inomregionalt, länsövergripande")),
            ("Enter", _tr("Skriv en anteckning (i en textkolumn: redigera rutan)")),
            ("F2", _tr("Redigera rutan")),
            (_tr("Skriv"), _tr("I en textkolumn: ersätt rutans text (Esc: behåll den)")),
            (_tr("Skift+Enter"), _tr("Ny rad i texten")),
            ("Esc", _tr("Tillbaka till matrisen")),
        ]),
        (_tr("Förbättringsområden"), [
            ("Enter", _tr("Öppna det valda förbättringsområdet för att ändra det")),
        ]),
        (_tr("Förbättringsarbete"), [
            (_tr("Alt+G / Alt+P / Alt+S / Alt+C"), _tr(
                "När fliken Förbättringsarbete visas (Alt+F): fliken och in i den: "
                "mätvärdena (Alt+E: teamet), PGSA-loggen, förändringsidéerna, framstegen")),
            ("Esc", _tr("I mätvärdena, PGSA-loggen och flikarnas tabeller: tillbaka till "
                        "listan med team, mål och mått")),
            (_tr("Ctrl+Skift+N"), _tr("Ny PGSA-cykel med startdatum (Ctrl+Enter skapar den)")),
            ("Enter", _tr("I PGSA-loggen: öppna cykelns arbetsblad")),
            ("Enter", _tr("I arbetsbladet: spara; i en lista: öppna den och välj; i frågorna "
                          "och uppgifterna: spara rutan")),
            (_tr("Ctrl+S / Ctrl+Enter"), _tr("I arbetsbladet: spara, från vilket fält som "
                                            "helst")),
            (_tr("Mellanslag"), _tr("I arbetsbladets frågor och uppgifter: redigera rutan "
                                    "(texten står kvar); i en lista med kryssrutor (teamets "
                                    "organisationer): kryssa i eller ur, även direkt efter "
                                    "att ha skrivit början av ett namn")),
            ("Enter", _tr("I mätvärdena: spara och gå till nästa period (efter Tab: i "
                          "kolumnen där du började)")),
            ("Delete", _tr("I mätvärdena: ta bort periodens mätvärde, hela raden (i en andel "
                           "både täljare och nämnare); i anteckningen: töm bara "
                           "anteckningen; Ctrl+Z ångrar")),
            (_tr("Mellanslag / F2"), _tr("I mätvärdena: redigera rutan (värdet står kvar, "
                                         "markerat)")),
            (_tr("Tab / Skift+Tab"), _tr("I mätvärdena: nästa / föregående ruta; efter den "
                                         "sista rutan (före den första) ut ur tabellen")),
            (_tr("Ctrl+Tab / Ctrl+Skift+Tab"), _tr(
                "Ut ur mätvärdena direkt: framåt till Dela här, bakåt till diagramvalen "
                "(Baslinje, IHI:s regler, Diagram) och vidare till trädet")),
            ("Ctrl+C", _tr("I mätvärdena: kopiera de markerade rutorna (Skift+piltangenter "
                           "markerar) som tabbavgränsad text, med decimalkomma, till Excel")),
            ("Ctrl+V", _tr("I mätvärdena: klistra in från Excel eller en textfil. Rader med "
                           "perioden först (period, värde eller täljare och nämnare, "
                           "anteckning) skriver de perioderna; bara värden fyller kolumnerna "
                           "från den markerade rutan, period efter period. Ett fel på en rad: "
                           "inget klistras in. Ctrl+Z ångrar hela inklistringen")),
        ]),
        (_tr("Presentationsläge"), [
            ("PgDn / PgUp", _tr("Nästa / föregående ruta, metod eller mått")),
            ("← / →", _tr("Ruta")),
            ("0–5", _tr("Sätt status på metoden")),
            ("Enter", _tr("Skriv en anteckning")),
            ("P", _tr("Parkera en fråga till senare")),
            ("T / R", _tr("Starta eller stoppa tidtagningen / nollställ den")),
            ("+ / −", _tr("En minut mer / mindre")),
            ("Ctrl++ / Ctrl+− / Ctrl+0", _tr("Större / mindre / vanlig text")),
            ("Esc", _tr("Lämna presentationsläget")),
        ]),
    ]


def html() -> str:
    rows = []
    for heading, keys in sections():
        rows.append(f"<tr><td colspan='2'><h3>{escape(heading)}</h3></td></tr>")
        rows += [f"<tr><td style='padding-right:16px'><b>{escape(k)}</b></td>"
                 f"<td>{escape(what)}</td></tr>" for k, what in keys]
    return "<table cellspacing='2'>" + "".join(rows) + "</table>"


def show_shortcuts(window) -> QDialog:
    dialog = QDialog(window)
    dialog.setWindowTitle(_tr("Kortkommandon"))
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    layout = QVBoxLayout(dialog)
    browser = QTextBrowser()
    browser.setAccessibleName(_tr("Kortkommandon"))
    browser.setHtml(html())
    layout.addWidget(browser)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
    buttons.button(QDialogButtonBox.StandardButton.Close).setText(_tr("Stäng"))
    buttons.rejected.connect(dialog.reject)
    layout.addWidget(buttons)
    fit_to_screen(dialog, 640, 720)
    dialog.show()
    return dialog
