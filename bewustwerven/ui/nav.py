"""Navigation: which views a user's roles allow, imported lazily by name.

A view is a ``QWidget`` subclass with ``__init__(self, app, parent=None)`` and ``refresh()``.
A view's module is imported when the view is first shown; one that fails to import shows the
crash dialog on that page and the rest of the shell keeps working.
"""

from __future__ import annotations

import importlib
import logging
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from bewustwerven.core.procedure import Role

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class NavEntry:
    key: str  # stable: used in settings and screenshot file names
    label_source: str  # Dutch source text, translated in context "nav"
    roles: tuple[Role, ...]
    module: str
    class_name: str
    shortcut: str

    @property
    def label(self) -> str:
        return QCoreApplication.translate("nav", self.label_source)


def _labels() -> None:  # pragma: no cover - only here so lupdate sees the nav labels
    QCoreApplication.translate("nav", "Vacatures en procedures")
    QCoreApplication.translate("nav", "Mijn beoordelingen")
    QCoreApplication.translate("nav", "Gezamenlijk oordeel")
    QCoreApplication.translate("nav", "Afwijkingen")
    QCoreApplication.translate("nav", "Audit")
    QCoreApplication.translate("nav", "Beheer")
    QCoreApplication.translate("nav", "Klachten")


ENTRIES: tuple[NavEntry, ...] = (
    NavEntry(
        "procedures",
        "Vacatures en procedures",
        (Role.RECRUITER,),
        "bewustwerven.ui.recruiter",
        "ProceduresView",
        "Ctrl+1",
    ),
    NavEntry(
        "reviews",
        "Mijn beoordelingen",
        (Role.MEMBER, Role.CHAIR),
        "bewustwerven.ui.member",
        "MyReviewsView",
        "Ctrl+2",
    ),
    NavEntry(
        "consensus",
        "Gezamenlijk oordeel",
        (Role.CHAIR,),
        "bewustwerven.ui.chair",
        "ConsensusPage",
        "Ctrl+3",
    ),
    NavEntry(
        "deviations", "Afwijkingen", (Role.HR,), "bewustwerven.ui.hr", "DeviationsView", "Ctrl+4"
    ),
    NavEntry(
        "complaints", "Klachten", (Role.HR,), "bewustwerven.ui.hr", "ComplaintsView", "Ctrl+5"
    ),
    NavEntry("audit", "Audit", (Role.HR,), "bewustwerven.ui.hr", "AuditView", "Ctrl+6"),
    NavEntry("admin", "Beheer", (Role.ADMIN,), "bewustwerven.ui.admin", "AdminView", "Ctrl+7"),
)

ViewFactory = Callable[..., QWidget]


def entries_for(roles: frozenset[Role] | set[Role]) -> list[NavEntry]:
    return [e for e in ENTRIES if any(r in roles for r in e.roles)]


def load_view(entry: NavEntry) -> ViewFactory | None:
    """The view class, or None (logged) when its module is not there yet or fails to import."""
    try:
        module = importlib.import_module(entry.module)
        cls = getattr(module, entry.class_name)
    except (ImportError, AttributeError) as exc:
        log.warning("view %s.%s left out: %s", entry.module, entry.class_name, exc)
        return None
    return cls


def available(roles: frozenset[Role] | set[Role]) -> list[tuple[NavEntry, ViewFactory]]:
    """The roles' entries, each with a factory that imports its view on first use (importing
    every view at start-up took a second: the audit view pulls in the report statistics)."""
    return [(entry, _lazy(entry)) for entry in entries_for(roles)]


def _lazy(entry: NavEntry) -> ViewFactory:
    def make(*args: object, **kwargs: object) -> QWidget:
        # An import error propagates: the shell shows it (with its cause) in the crash dialog.
        cls = getattr(importlib.import_module(entry.module), entry.class_name)
        return cls(*args, **kwargs)

    return make
