"""One procedure: board, editor tabs and candidates, behind a "back to the list" button.

Opening a procedure reads its detail once and evaluates its gate once (for the board). The
other tabs are filled only when they are shown: a tab is marked stale on every (re)load and
loaded from the same detail when it becomes the current tab."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QTabWidget, QVBoxLayout, QWidget
from shiboken6 import isValid

from bewustwerven.services.app import App
from bewustwerven.services.dto import ProcedureDetail
from bewustwerven.ui import changes as ch
from bewustwerven.ui.recruiter.board import BoardWidget
from bewustwerven.ui.recruiter.candidates import CandidatesWidget
from bewustwerven.ui.recruiter.editor_committee import ChannelsTab, CommitteeTab
from bewustwerven.ui.recruiter.editor_criteria import CriteriaTab
from bewustwerven.ui.recruiter.editor_vacancy import VacancyTab


class ProcedurePage(QWidget):
    back = Signal()

    def __init__(self, app: App, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.app = app
        self.pid: int | None = None
        self.detail: ProcedureDetail | None = None
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        back = QPushButton(self.tr("← Terug naar de &lijst"))
        back.setAccessibleName(self.tr("Terug naar de lijst met procedures"))
        back.clicked.connect(self.back.emit)
        top.addWidget(back)
        top.addStretch(1)
        layout.addLayout(top)
        self.tabs = QTabWidget(self)
        self.tabs.setAccessibleName(self.tr("Onderdelen van de procedure"))
        self.board = BoardWidget(app, self)
        self.vacancy = VacancyTab(app, self)
        self.criteria = CriteriaTab(app, parent=self)
        self.committee = CommitteeTab(app, self)
        self.channels = ChannelsTab(app, self)
        self.candidates = CandidatesWidget(app, self)
        self.tabs.addTab(self.board, self.tr("Ov&erzicht"))
        self.tabs.addTab(self.vacancy, self.tr("&Vacature"))
        self.tabs.addTab(self.criteria, self.tr("C&riteria en vragen"))
        self.tabs.addTab(self.committee, self.tr("&Commissie"))
        self.tabs.addTab(self.channels, self.tr("&Werving"))
        self.tabs.addTab(self.candidates, self.tr("&Kandidaten"))
        layout.addWidget(self.tabs, 1)
        self.loads: dict[QWidget, int] = {}  # how often each tab was loaded (for tests)
        self._stale: set[QWidget] = set()
        self.board.changed.connect(self._board_changed)
        self._shown_index = 0
        self.tabs.currentChanged.connect(self._tab_changed)
        ch.hub().changed.connect(self.apply_changes)

    def editors(self) -> dict[QWidget, str]:
        """The tabs that hold unsaved work, with how the question names them."""
        return {
            self.vacancy: self.tr("de vacature"),
            self.criteria: self.tr("de criteria en vragen"),
            self.committee: self.tr("de commissie"),
            self.channels: self.tr("de wervingskanalen"),
        }

    def maybe_leave(self) -> bool:
        """Before leaving the procedure (or the window): Save / Discard / Cancel for each
        tab with unsaved changes. False: stay."""
        for tab, what in self.editors().items():
            if not ch.leave(self, tab, what):  # type: ignore[arg-type]
                self.tabs.blockSignals(True)
                self.tabs.setCurrentWidget(tab)
                self.tabs.blockSignals(False)
                self._shown_index = self.tabs.currentIndex()
                return False
        return True

    def _tab_changed(self, index: int) -> None:
        previous = self.tabs.widget(self._shown_index)
        what = self.editors().get(previous)  # type: ignore[arg-type]
        if what is not None and previous is not self.tabs.widget(index):
            if not ch.leave(self, previous, what):  # type: ignore[arg-type]
                self.tabs.blockSignals(True)
                self.tabs.setCurrentIndex(self._shown_index)
                self.tabs.blockSignals(False)
                return
            if previous is not None and getattr(previous, "_saved", True) is None:
                # discarded: load it again
                self._stale.add(previous)
        self._shown_index = index
        self._load_current()

    def apply_changes(self, changes: ch.Changes) -> None:
        """A write elsewhere (or in one of the tabs) changed this procedure: read it again;
        the board at once, the other tabs when shown (unsaved edits are kept)."""
        if not isValid(self) or not changes.touches(self.pid) or self.detail is None:
            return
        try:
            self.detail = d = self.app.procedures.show(self.pid)  # type: ignore[arg-type]
        except Exception:  # it may be gone for this user; the list shows that
            return
        self.board.set_procedure(self.pid, d)  # type: ignore[arg-type]
        current = self.tabs.currentWidget()
        dirty = {t for t in self.editors() if t.is_dirty()}  # type: ignore[attr-defined]
        shown = (self.tabs.widget(i) for i in range(1, self.tabs.count()))
        self._stale = {w for w in shown if w is not None} - dirty - {current}

    def open(self, pid: int) -> None:
        self.pid = pid
        self._stale = set()
        for tab in self.editors():
            tab.discard()  # type: ignore[attr-defined]
        self.tabs.blockSignals(True)
        self.tabs.setCurrentIndex(0)
        self.tabs.blockSignals(False)
        self._shown_index = 0
        self.reload()

    def reload(self) -> None:
        """Read the procedure once; fill the board now and the other tabs when shown."""
        if self.pid is None:
            return
        self.detail = d = self.app.procedures.show(self.pid)
        self.board.set_procedure(self.pid, d)
        self._mark_stale()

    def _board_changed(self) -> None:
        # the board has just read the procedure again; the tabs follow when shown
        self.detail = self.board.detail
        self._mark_stale()

    def _mark_stale(self) -> None:
        self._stale = {w for i in range(1, self.tabs.count()) if (w := self.tabs.widget(i))}
        self._load_current()

    def _load_current(self) -> None:
        tab = self.tabs.currentWidget()
        d = self.detail
        if tab not in self._stale or d is None or self.pid is None:
            return
        self._stale.discard(tab)
        self.loads[tab] = self.loads.get(tab, 0) + 1
        if tab is self.vacancy:
            self.vacancy.load(d, self.app.users.units())
        elif tab is self.criteria:
            self.criteria.load(d)
        elif tab is self.committee:
            self.committee.load(d)
        elif tab is self.channels:
            self.channels.load(d)
        elif tab is self.candidates:
            self.candidates.set_procedure(self.pid, d.stage, d.owner)

    def refresh(self) -> None:
        self.reload()
