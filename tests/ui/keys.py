"""Keyboard checks shared by the UI tests: the Alt-letters (mnemonics) of one window."""

from __future__ import annotations

import re
from collections import defaultdict

from PySide6.QtWidgets import (
    QAbstractButton,
    QGroupBox,
    QLabel,
    QMainWindow,
    QTabBar,
    QWidget,
)

_MNEMONIC = re.compile(r"(?<!&)&([^&\s])")


def mnemonic(text: str) -> str | None:
    """The Alt-letter of a Qt text ("&Opslaan" → "o"; "P&&O" has none)."""
    m = _MNEMONIC.search(text.replace("&&", "\0\0"))
    return m.group(1).lower() if m else None


def mnemonics(window: QWidget) -> dict[str, list[str]]:
    """Every Alt-letter in use in ``window`` (only what is on screen: a hidden tab's buttons do
    not answer), with the texts that use it."""
    used: dict[str, list[str]] = defaultdict(list)

    def add(text: str, what: str) -> None:
        key = mnemonic(text)
        if key:
            used[key].append(f"{what} {text!r}")

    if isinstance(window, QMainWindow):
        for action in window.menuBar().actions():
            if action.isVisible():
                add(action.text(), "menu")
    for b in window.findChildren(QAbstractButton):
        if b.isVisible() and b.window() is window:
            add(b.text(), type(b).__name__)
    for label in window.findChildren(QLabel):
        if label.isVisible() and label.window() is window and label.buddy() is not None:
            add(label.text(), "label")
    for g in window.findChildren(QGroupBox):
        if g.isVisible() and g.window() is window:
            add(g.title(), "group")
    for bar in window.findChildren(QTabBar):
        if bar.isVisible() and bar.window() is window:
            for i in range(bar.count()):
                add(bar.tabText(i), "tab")
    return dict(used)


def clashes(window: QWidget) -> list[str]:
    title = window.windowTitle() or type(window).__name__
    return [
        f"{title}: Alt+{key.upper()} on {', '.join(texts)}"
        for key, texts in sorted(mnemonics(window).items())
        if len(texts) > 1
    ]
