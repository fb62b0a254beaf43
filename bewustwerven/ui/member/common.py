"""Small pieces the member, chair and HR views share: errors, confirmations, prompts, findings.

Dialogs go through the functions here (not QMessageBox directly), so every view asks the
same way and tests can answer a dialog without a human.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from bewustwerven.core.findings import Finding, Severity
from bewustwerven.services.errors import KnownError
from bewustwerven.ui.widgets.buttons import main_action_keys

T = TypeVar("T")


def lang() -> str:
    """ "nl" or "en": the language of the services' bilingual messages."""
    try:
        from bewustwerven.ui.i18n import current_language
    except ImportError:  # pragma: no cover - the shell's i18n module is always there
        return "nl"
    return current_language()


def _t(text: str) -> str:
    """Translate a string in the "Common" context (literal strings call translate directly,
    so lupdate finds them)."""
    return QCoreApplication.translate("Common", text)


def show_error(parent: QWidget | None, exc: KnownError) -> None:
    """A known error as a plain dialog (the shell's shared helper)."""
    from bewustwerven.ui.errors import show_error as shell_show_error

    shell_show_error(parent, exc)


def attempt(parent: QWidget | None, call: Callable[[], T]) -> T | None:
    """Run a service call; a known error becomes a dialog and ``None``."""
    try:
        return call()
    except KnownError as exc:
        show_error(parent, exc)
        return None


def succeeds(parent: QWidget | None, call: Callable[[], object]) -> bool:
    """Run a service call that returns nothing; ``False`` (after a dialog) on a known error."""
    try:
        call()
    except KnownError as exc:
        show_error(parent, exc)
        return False
    return True


def confirm(parent: QWidget | None, title: str, text: str, ok_text: str) -> bool:
    """Ask a yes/no question with a clear button text; the safe answer is the default."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(title)
    box.setText(text)
    ok = box.addButton(ok_text, QMessageBox.ButtonRole.AcceptRole)
    cancel = box.addButton(
        QCoreApplication.translate("Common", "Annuleren"), QMessageBox.ButtonRole.RejectRole
    )
    box.setDefaultButton(cancel)
    box.exec()
    return box.clickedButton() is ok


def ask_text(
    parent: QWidget | None, title: str, label: str, *, minimum: int = 1, ok_text: str = ""
) -> str | None:
    """Ask for a reason or a comment (several lines). ``None`` when cancelled."""
    dialog = QDialog(parent)
    dialog.setWindowTitle(title)
    layout = QVBoxLayout(dialog)
    text_label = QLabel(label.replace("&", "&&"))  # a buddy label reads & as Alt: P&O
    text_label.setWordWrap(True)
    edit = QPlainTextEdit()
    edit.setTabChangesFocus(True)
    edit.setAccessibleName(title)
    edit.setAccessibleDescription(label)
    text_label.setBuddy(edit)
    hint = QLabel(QCoreApplication.translate("Common", "Minstens {n} tekens.").format(n=minimum))
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    ok = buttons.addButton(
        ok_text or QCoreApplication.translate("Common", "OK"),
        QDialogButtonBox.ButtonRole.AcceptRole,
    )
    ok.setEnabled(False)
    edit.textChanged.connect(lambda: ok.setEnabled(len(edit.toPlainText().strip()) >= minimum))
    main_action_keys(dialog, ok)  # Ctrl+Enter sends from inside the text field
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    for w in (text_label, edit, hint, buttons):
        layout.addWidget(w)
    dialog.resize(520, 260)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return edit.toPlainText().strip()


def severity_text(sev: Severity) -> str:
    return {
        Severity.BLOCK: QCoreApplication.translate("Common", "Blokkeert"),
        Severity.WARN: QCoreApplication.translate("Common", "Waarschuwing"),
        Severity.INFO: QCoreApplication.translate("Common", "Ter informatie"),
    }[sev]


def severity_icon(source: QWidget | QStyle, sev: Severity) -> QIcon:
    pix = {
        Severity.BLOCK: QStyle.StandardPixmap.SP_MessageBoxCritical,
        Severity.WARN: QStyle.StandardPixmap.SP_MessageBoxWarning,
        Severity.INFO: QStyle.StandardPixmap.SP_MessageBoxInformation,
    }[sev]
    style = source if isinstance(source, QStyle) else source.style()
    return style.standardIcon(pix)


def finding_html(f: Finding) -> str:
    """A finding in words: severity, code, message, suggestion and source."""
    from html import escape

    parts = [f"<b>{escape(severity_text(f.severity))} · {escape(f.code)}</b>"]
    parts.append(escape(f.message(lang())))
    if f.suggestion(lang()):
        parts.append("<i>" + escape(f.suggestion(lang())) + "</i>")
    if f.source:
        parts.append(
            escape(QCoreApplication.translate("Common", "Bron: {source}").format(source=f.source))
        )
    return "<br>".join(parts)


def heading(text: str) -> QLabel:
    """A section heading that follows the system font (bold, a bit larger)."""
    label = QLabel(text)
    font = label.font()
    font.setBold(True)
    font.setPointSizeF(font.pointSizeF() * 1.25)
    label.setFont(font)
    label.setAccessibleName(text)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
    return label


def wrapped(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label
