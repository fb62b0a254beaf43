"""``--screenshots DIR``: render every main screen the user can reach to DIR/NN-name.png.

Besides the pages in the navigation, the recruiter's procedure board, editor and candidate
list are rendered for the first procedure (they are where recruiters spend their time).
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtWidgets import QApplication

from bewustwerven.ui.shell import MainWindow

log = logging.getLogger(__name__)
SIZE = (1280, 800)


def _settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


def _save(window: MainWindow, out: Path, n: int, name: str) -> Path:
    _settle()
    path = out / f"{n:02d}-{name}.png"
    window.grab().save(str(path))
    return path


def take_screenshots(window: MainWindow, out: Path) -> list[Path]:
    out.mkdir(parents=True, exist_ok=True)
    window.resize(*SIZE)
    window.show()
    paths: list[Path] = []
    n = 1
    for entry in list(window.entries):
        view = window.show_view(entry.key)
        if view is None:
            continue
        paths.append(_save(window, out, n, entry.key))
        n += 1
        extra = getattr(view, "screenshot_states", None)
        if callable(extra):
            for name in extra():
                paths.append(_save(window, out, n, f"{entry.key}-{name}"))
                n += 1
    return paths


