"""The recruiter's screens: procedure list, procedure board, editor, candidates and import."""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from bewustwerven.core.procedure import Role
from bewustwerven.services.app import App
from bewustwerven.ui.errors import show_error
from bewustwerven.ui.recruiter.dialogs import NewVacancyDialog
from bewustwerven.ui.recruiter.findings_fill import OpenFindingsFill
from bewustwerven.ui.recruiter.models import IdRole, ProcedureTableModel, procedure_proxy
from bewustwerven.ui.recruiter.procedure_page import ProcedurePage
from bewustwerven.ui.widgets.tables import SIZE_ROWS


class ProceduresView(QWidget):
    """ "Vacatures en procedures": the list, and one procedure opened from it."""

    def __init__(self, app: App, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.app = app
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.stack = QStackedWidget(self)
        outer.addWidget(self.stack)
        list_page = QWidget()
        layout = QVBoxLayout(list_page)
        top = QHBoxLayout()
        title = QLabel(self.tr("<b>Vacatures en procedures</b>"))
        top.addWidget(title)
        top.addStretch(1)
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("Zoeken op titel, afdeling, fase…"))
        self.filter.setAccessibleName(self.tr("Zoeken in procedures"))
        self.filter.setClearButtonEnabled(True)
        top.addWidget(self.filter, 1)
        self.new_button = QPushButton(self.tr("&Nieuwe vacature…"))
        self.new_button.clicked.connect(self.new_vacancy)
        self.new_button.setVisible(app.actor.has(Role.RECRUITER))
        top.addWidget(self.new_button)
        layout.addLayout(top)
        self.model = ProcedureTableModel(self)
        self.proxy = procedure_proxy(self.model, self)
        self.filter.textChanged.connect(self.proxy.setFilterFixedString)
        self.table = QTableView(self)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        # Unsorted until a header is clicked: the service already lists by number, and
        # sorting 3,000 rows through Python on every load cost 0.15 s at start-up.
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAccessibleName(self.tr("Procedures"))
        self.table.setAccessibleDescription(
            self.tr("Druk op Enter of dubbelklik om een procedure te openen.")
        )
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        # Column widths from the first rows only: measuring thousands of rows (and again on
        # every background update) cost seconds on a year-sized database.
        header.setResizeContentsPrecision(SIZE_ROWS)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(ProcedureTableModel.COL_TITLE, QHeaderView.ResizeMode.Stretch)
        self.table.activated.connect(self._activated)
        layout.addWidget(self.table, 1)
        hint = QLabel(
            self.tr(
                "Open een procedure met Enter of een dubbelklik. Blokkades en "
                "waarschuwingen gelden voor de volgende poort."
            )
        )
        hint.setWordWrap(True)
        layout.addWidget(hint)
        self.stack.addWidget(list_page)
        self.page = ProcedurePage(app, self)
        self.page.back.connect(self.show_list)
        self.stack.addWidget(self.page)
        self.fill = OpenFindingsFill(app.procedures, self.model, self.fill_order, self)

    def refresh(self) -> None:
        if self.stack.currentWidget() is self.page:
            self.page.refresh()
        else:
            self.load_list()

    def load_list(self) -> None:
        """Paint the list at once; blocks and warnings follow in the background."""
        self.model.set_rows(self.app.procedures.list(with_findings=False))
        self.fill.start()

    def fill_order(self) -> list[int]:
        """Procedure ids as shown: the first visible row and those below it, then the rest."""
        first = max(self.table.rowAt(0), 0)
        rows = list(range(first, self.proxy.rowCount())) + list(range(first))
        ids = [self.proxy.data(self.proxy.index(r, 0), IdRole) for r in rows]
        return [int(pid) for pid in ids if pid is not None]

    def maybe_leave(self) -> bool:
        """The shell asks before another page, a language switch or closing."""
        return self.stack.currentWidget() is not self.page or self.page.maybe_leave()

    def view_state(self) -> tuple[int, int] | None:
        """The open procedure and tab (kept over a language switch)."""
        if self.stack.currentWidget() is self.page and self.page.pid is not None:
            return (self.page.pid, self.page.tabs.currentIndex())
        return None

    def restore_state(self, state: object) -> None:
        if isinstance(state, tuple) and len(state) == 2:
            self.open_procedure(int(state[0]))
            self.page.tabs.setCurrentIndex(int(state[1]))

    def show_list(self) -> None:
        if not self.maybe_leave():
            return
        self.stack.setCurrentIndex(0)
        self.refresh()
        self.table.setFocus()

    def open_procedure(self, pid: int) -> None:
        if self.page.pid != pid and not self.maybe_leave():
            return
        self.fill.stop()
        try:
            self.page.open(pid)
        except Exception as exc:
            show_error(self, exc)
            self.fill.start()
            return
        self.stack.setCurrentWidget(self.page)

    def _activated(self, index: QModelIndex) -> None:
        pid = self.proxy.data(index, IdRole)
        if pid is not None:
            self.open_procedure(int(pid))

    def new_vacancy(self) -> int | None:
        dialog = NewVacancyDialog(self.app.users.units(), self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return self.create_procedure(dialog)

    def create_procedure(self, dialog: NewVacancyDialog) -> int | None:
        try:
            pid = self.app.procedures.create(dialog.vacancy())
        except Exception as exc:
            show_error(self, exc)
            return None
        self.load_list()
        self.open_procedure(pid)
        self.page.tabs.setCurrentWidget(self.page.vacancy)
        return pid

    def screenshot_states(self) -> Iterator[str]:
        """For --screenshots: the first procedure's board, editor tabs and candidates."""
        if not self.model.rows:
            return
        _wait_for(lambda: not self.fill.running, 20000)
        busiest = max(
            self.model.rows, key=lambda p: ((p.blocks or 0) + (p.warnings or 0), p.candidates)
        )
        self.open_procedure(busiest.id)
        names = ("board", "vacancy", "criteria", "committee", "channels", "candidates")
        for i, name in enumerate(names):
            self.page.tabs.setCurrentIndex(i)
            if name == "vacancy":
                self.page.vacancy.text.check_now()
                _wait_for(lambda: self.page.vacancy.text.checks_run > 0)
            yield name
        fullest = max(self.model.rows, key=lambda p: (p.candidates, -p.stage.order))
        self.open_procedure(fullest.id)
        yield "board-2"
        self.page.tabs.setCurrentWidget(self.page.candidates)
        yield "candidates-2"
        self.show_list()


def _wait_for(condition, timeout_ms: int = 3000) -> None:
    from PySide6.QtCore import QDeadlineTimer, QThreadPool
    from PySide6.QtWidgets import QApplication

    deadline = QDeadlineTimer(timeout_ms)
    while not condition() and not deadline.hasExpired():
        QThreadPool.globalInstance().waitForDone(20)
        QApplication.processEvents()
