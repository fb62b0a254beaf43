"""The OK/Cancel row the app's dialogs share, and the keys that press a dialog's main button."""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractButton, QDialog, QDialogButtonBox, QPushButton, QWidget

CTRL_ENTER = ("Ctrl+Return", "Ctrl+Enter")


def main_action_keys(
    dialog: QWidget, button: QAbstractButton, *, destructive: bool = False
) -> None:
    """Enter (in a one-line field) and Ctrl+Enter (also inside a multi-line field, where Enter
    starts a new line) press ``button`` when it is enabled. A destructive button is never the
    default: Enter does not press it and Ctrl+Enter neither; the user Tabs to it and presses
    Space, a deliberate step."""
    if isinstance(button, QPushButton):
        button.setAutoDefault(not destructive)
        button.setDefault(not destructive)
    if destructive:
        return
    for keys in CTRL_ENTER:
        shortcut = QShortcut(QKeySequence(keys), dialog)
        shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
        shortcut.activated.connect(lambda b=button: b.click() if b.isEnabled() else None)


def ok_cancel(dialog: QDialog, ok_text: str, *, destructive: bool = False) -> QDialogButtonBox:
    """OK (with its own words) and Cancel, wired to accept and reject. With ``destructive``
    (deleting, restarting) Cancel is the default button, so Enter never destroys."""
    box = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    ok = box.button(QDialogButtonBox.StandardButton.Ok)
    ok.setText(ok_text)
    # Context "Common", not dialog.tr(): at run time tr() takes the subclass's name as its
    # context, which lupdate cannot know here, so the English stayed "Annuleren".
    cancel_text = QCoreApplication.translate("Common", "Annuleren")
    cancel = box.button(QDialogButtonBox.StandardButton.Cancel)
    cancel.setText(cancel_text)
    box.accepted.connect(dialog.accept)
    box.rejected.connect(dialog.reject)
    main_action_keys(dialog, ok, destructive=destructive)
    if destructive:
        cancel.setDefault(True)
    else:
        cancel.setAutoDefault(False)
    return box


def tab_chain(widgets: Sequence[QWidget]) -> None:
    """Tab visits ``widgets`` in this order. Needed where widgets are built after the page is on
    screen (a form's questions): Qt puts a late child at the end of the window's Tab chain, so
    Tab jumped out of the form after the first question."""
    for first, second in pairwise(widgets):
        QWidget.setTabOrder(first, second)
