"""The OK/Cancel row the app's dialogs share."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox


def ok_cancel(dialog: QDialog, ok_text: str) -> QDialogButtonBox:
    """OK (with its own words) and Cancel, wired to accept and reject."""
    box = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    box.button(QDialogButtonBox.StandardButton.Ok).setText(ok_text)
    # Context "Common", not dialog.tr(): at run time tr() takes the subclass's name as its
    # context, which lupdate cannot know here, so the English stayed "Annuleren".
    cancel = QCoreApplication.translate("Common", "Annuleren")
    box.button(QDialogButtonBox.StandardButton.Cancel).setText(cancel)
    box.accepted.connect(dialog.accept)
    box.rejected.connect(dialog.reject)
    return box
