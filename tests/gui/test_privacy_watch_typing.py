"""The warning while typing a personnummer goes when the number is typed away."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QLineEdit, QVBoxLayout


def test_the_typing_warning_goes_with_the_number(qtbot, opened):
    dialog = QDialog(opened)
    editor = QLineEdit(dialog)
    QVBoxLayout(dialog).addWidget(editor)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    editor.setFocus()
    qtbot.waitUntil(editor.hasFocus)
    editor.setText("Ring 19121212-1212 om remissen")
    bar = opened.statusBar()
    assert "personnummer" in bar.currentMessage()
    editor.setText("Ring 1912 om remissen")          # not a number any more
    assert bar.currentMessage() == ""
    bar.showMessage("Sparat.")
    editor.setText("Ring om remissen")              # another message is left alone
    assert bar.currentMessage() == "Sparat."
    # A warning stays while another text is typed: the number is still there.
    editor.setText("Ring 19121212-1212 om remissen")
    other = QLineEdit(dialog)
    dialog.layout().addWidget(other)
    other.setFocus()
    qtbot.waitUntil(other.hasFocus)
    other.setText("Kiruna")
    assert "personnummer" in bar.currentMessage()
    dialog.close()
