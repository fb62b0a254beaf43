"""Writes and what they changed (after Anki's ``CollectionOp`` / ``OpChanges``).

A view writes through :func:`perform`: the service call runs, a known error is shown, and on
success the :class:`Changes` go to the one :func:`hub`, with a confirmation in the window's
status bar. The shell passes them to every open view (``apply_changes``), so a board shows
the committee saved a moment ago. The service call runs on the GUI thread for now (each is
one short transaction); ``perform`` is the one place to move it to ``ops.run_op``.

Unsaved work: an editor has ``is_dirty()``, ``save()`` and ``discard()``; on leaving it,
:func:`ask_unsaved` offers Save / Discard / Cancel (Save is the default, Escape cancels).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from enum import Enum
from typing import Any, Protocol

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QMainWindow, QMessageBox, QWidget

from bewustwerven.ui.errors import show_error

STATUS_MS = 8000


@dataclass(frozen=True)
class Changes:
    """What one write changed: the procedures and the kinds of data (``"vacancy"``,
    ``"criteria"``, ``"committee"``, ``"channels"``, ``"stage"``, ``"consensus"``,
    ``"deviation"``, ``"candidates"``), and the confirmation shown to the user."""

    procedure_ids: frozenset[int] = field(default_factory=frozenset)
    kinds: frozenset[str] = field(default_factory=frozenset)
    message: str = ""

    @classmethod
    def of(cls, pid: int | None, *kinds: str, message: str = "") -> Changes:
        ids = frozenset() if pid is None else frozenset({pid})
        return cls(ids, frozenset(kinds), message)

    def touches(self, pid: int | None) -> bool:
        return pid is not None and (not self.procedure_ids or pid in self.procedure_ids)


class ChangeHub(QObject):
    changed = Signal(object)  # Changes

    def __init__(self) -> None:
        super().__init__()
        self.last_message = ""


_hub: list[ChangeHub] = []


def hub() -> ChangeHub:
    if not _hub:
        _hub.append(ChangeHub())
    return _hub[0]


def confirm(widget: QWidget | None, text: str) -> None:
    """Show ``text`` in the status bar of ``widget``'s main window (kept for tests too)."""
    hub().last_message = text
    window = widget.window() if widget is not None else None
    if isinstance(window, QMainWindow) and text:
        window.statusBar().showMessage(text, STATUS_MS)


def announce(widget: QWidget | None, changes: Changes) -> None:
    confirm(widget, changes.message)
    hub().changed.emit(changes)


def perform(widget: QWidget | None, work: Callable[[], Any], changes: Changes) -> bool:
    """Run one write; on success announce ``changes`` (True), on an error show it (False)."""
    try:
        work()
    except Exception as exc:
        show_error(widget, exc)
        return False
    announce(widget, changes)
    return True


class Choice(Enum):
    SAVE = "save"
    DISCARD = "discard"
    CANCEL = "cancel"


class Editor(Protocol):
    def is_dirty(self) -> bool: ...
    def save(self) -> bool: ...
    def discard(self) -> None: ...


UNSAVED_BOX = "unsaved-changes"


def ask_unsaved(parent: QWidget | None, what: str) -> Choice:
    box = QMessageBox(parent)
    box.setObjectName(UNSAVED_BOX)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(QCoreApplication.translate("changes", "Niet opgeslagen"))
    box.setText(
        QCoreApplication.translate(
            "changes", "U hebt {0} gewijzigd en nog niet opgeslagen."
        ).format(what)
    )
    box.setInformativeText(QCoreApplication.translate("changes", "Wilt u de wijzigingen opslaan?"))
    save = box.addButton(QMessageBox.StandardButton.Save)
    discard = box.addButton(QMessageBox.StandardButton.Discard)
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    save.setText(QCoreApplication.translate("changes", "&Opslaan"))
    discard.setText(QCoreApplication.translate("changes", "&Niet opslaan"))
    cancel.setText(QCoreApplication.translate("changes", "&Annuleren"))
    box.setDefaultButton(save)
    box.setEscapeButton(cancel)
    box.exec()
    clicked = box.clickedButton()
    if clicked is save:
        return Choice.SAVE
    if clicked is discard:
        return Choice.DISCARD
    return Choice.CANCEL


def leave(parent: QWidget | None, editor: Editor, what: str) -> bool:
    """May the user leave ``editor``? Asks when it has unsaved changes."""
    if not editor.is_dirty():
        return True
    choice = ask_unsaved(parent, what)
    if choice is Choice.SAVE:
        return editor.save()
    if choice is Choice.DISCARD:
        editor.discard()
        return True
    return False
