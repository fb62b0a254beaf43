"""One procedure: board, editor tabs and candidates, behind a "back to the list" button."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QTabWidget, QVBoxLayout, QWidget

from bewustwerven.services.app import App
from bewustwerven.services.dto import ProcedureDetail
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
        back = QPushButton(self.tr("← &Terug naar de lijst"))
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
        self.tabs.addTab(self.board, self.tr("&Overzicht"))
        self.tabs.addTab(self.vacancy, self.tr("&Vacature"))
        self.tabs.addTab(self.criteria, self.tr("C&riteria en vragen"))
        self.tabs.addTab(self.committee, self.tr("&Commissie"))
        self.tabs.addTab(self.channels, self.tr("&Werving"))
        self.tabs.addTab(self.candidates, self.tr("&Kandidaten"))
        layout.addWidget(self.tabs, 1)
        self.board.changed.connect(self.reload)

    def open(self, pid: int) -> None:
        self.pid = pid
        self.reload()
        self.tabs.setCurrentIndex(0)

    def reload(self) -> None:
        """Load the board and (lazily cheap) the editor tabs from the services."""
        if self.pid is None:
            return
        self.detail = d = self.app.procedures.show(self.pid)
        self.board.set_procedure(self.pid)
        self.vacancy.load(d, self.app.users.units())
        self.criteria.load(d)
        self.committee.load(d)
        self.channels.load(d)
        self.candidates.set_procedure(self.pid, d.stage)

    def refresh(self) -> None:
        self.reload()
