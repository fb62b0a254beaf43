"""Qt's own texts follow the UI language: standard buttons, message boxes, file dialogs."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QMessageBox

from bewustwerven.ui import i18n

ROOT = Path(__file__).resolve().parents[2]
SB = QDialogButtonBox.StandardButton


def _texts(box: QDialogButtonBox) -> dict[str, str]:
    return {
        "cancel": box.button(SB.Cancel).text(),
        "close": box.button(SB.Close).text(),
        "ok": box.button(SB.Ok).text(),
    }


def test_standard_buttons_are_dutch_in_dutch_and_english_in_english(qtbot) -> None:  # type: ignore[no-untyped-def]
    try:
        i18n.install("nl")
        box = QDialogButtonBox(SB.Ok | SB.Cancel | SB.Close)
        qtbot.addWidget(box)
        texts = _texts(box)
        assert texts["cancel"].replace("&", "") == "Annuleren"
        assert texts["close"].replace("&", "") == "Sluiten"
        assert texts["ok"].replace("&", "") == "OK"
        i18n.install("en")
        box = QDialogButtonBox(SB.Ok | SB.Cancel | SB.Close)
        qtbot.addWidget(box)
        texts = _texts(box)
        assert texts["cancel"].replace("&", "") == "Cancel"
        assert texts["close"].replace("&", "") == "Close"
    finally:
        i18n.install("nl")


def test_message_box_and_file_dialog_are_dutch(qtbot) -> None:  # type: ignore[no-untyped-def]
    i18n.install("nl")
    msg = QMessageBox(QMessageBox.Icon.Question, "x", "y", QMessageBox.StandardButton.Yes
                      | QMessageBox.StandardButton.No)
    qtbot.addWidget(msg)
    assert msg.button(QMessageBox.StandardButton.Yes).text().replace("&", "") == "Ja"
    assert msg.button(QMessageBox.StandardButton.No).text().replace("&", "") == "Nee"
    dialog = QFileDialog()
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    qtbot.addWidget(dialog)
    box = dialog.findChild(QDialogButtonBox)
    assert box.button(SB.Cancel).text().replace("&", "") == "Annuleren"
    assert dialog.labelText(QFileDialog.DialogLabel.FileName).replace("&", "") != "File name:"


def test_the_bundle_collects_qts_dutch_and_english_catalogues() -> None:
    spec = (ROOT / "build.spec").read_text(encoding="utf-8")
    assert '"PySide6/Qt/translations"' in spec and "qtbase_{lang}.qm" in spec
    assert any((d / "qtbase_nl.qm").is_file() for d in i18n.qt_translation_dirs())
