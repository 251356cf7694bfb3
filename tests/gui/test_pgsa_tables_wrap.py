"""The worksheet's questions and tasks show their whole text: a long one wraps
in a taller row instead of being cut to "Informera …"."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt


def test_a_long_task_wraps_whole_in_its_row(qtbot, ws):
    from app.gui.application import make_application
    from app.gui.improvement_pgsa import CycleForm

    make_application()
    team = ws.add_team("SIP-teamet")
    cycle = ws.add_cycle(team, "Ring upp", starts_on="2026-03-02")
    form = CycleForm(ws, cycle)
    qtbot.addWidget(form, before_close_func=lambda f: f.done(0))   # typed in: no question
    form.resize(820, 900)
    form.show()
    qtbot.waitExposed(form)
    table = form.widget("tasksTable")
    long_text = "Informera enhetscheferna på arbetsplatsträffen om testet"
    form._set_rows(table, [(long_text, "Enhetschef", "Veckan före starten", "APT"),
                           ("Räkna", "Samordnare", "Fredag", "Journalen")])
    qtbot.waitUntil(lambda: table.rowHeight(0) > table.rowHeight(1))
    column = table.columnWidth(0) - 8              # the cell's text margins
    needed = table.fontMetrics().boundingRect(
        QRect(0, 0, column, 10_000), int(Qt.TextFlag.TextWordWrap), long_text).height()
    assert needed > table.fontMetrics().height()  # more than one line in the column
    assert table.rowHeight(0) >= needed


def test_the_tables_grow_with_each_row_and_its_wrapped_text(qtbot, ws):
    """A question added and typed long wraps in a taller row, and the table
    grows with it: the re-trial's first question made the table shorter, with
    a scroll bar of its own and the new row cut."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QLineEdit

    from app.gui.application import make_application
    from app.gui.improvement_pgsa import CycleForm

    make_application()
    team = ws.add_team("SIP-teamet")
    form = CycleForm(ws, ws.add_cycle(team, "Ring upp", starts_on="2026-03-02"))
    qtbot.addWidget(form, before_close_func=lambda f: f.done(0))   # typed in: no question
    form.resize(820, 600)
    form.show()
    qtbot.waitExposed(form)
    for name, button in (("questionsTable", "addQuestionButton"),
                         ("tasksTable", "addTaskButton")):
        table = form.widget(name)
        heights = [table.height()]
        for n in range(3):
            form.widget(button).click()
            editor = next(e for e in table.findChildren(QLineEdit) if e.isVisible())
            editor.insert(f"Fråga {n}: hur många får en samordnad individuell plan redan "
                          "vid första samtalet med socialtjänsten?")
            qtbot.keyClick(editor, Qt.Key.Key_Return)
            qtbot.waitUntil(lambda: table.height() > heights[-1])
            heights.append(table.height())
        rows = sum(table.rowHeight(r) for r in range(table.rowCount()))
        assert rows > table.rowCount() * table.fontMetrics().height() * 1.5   # wrapped
        assert table.height() >= rows + table.horizontalHeader().height()
        assert table.verticalScrollBar().maximum() == 0, name          # every row shows
