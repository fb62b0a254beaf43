"""'Mijn beoordelingen': the sheets waiting for me, the blind form, and scoring per question."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from bewustwerven.services.app import App
from bewustwerven.services.errors import KnownError
from bewustwerven.ui.member import common
from bewustwerven.ui.member.by_question import QuestionRoundWidget
from bewustwerven.ui.member.sheet_form import SheetFormWidget
from bewustwerven.ui.member.tasks_model import (
    COL_CANDIDATE,
    COL_PROCEDURE,
    COL_STAGE,
    COL_STATUS,
    PROCEDURE_ROLE,
    PSEUDONYM_ROLE,
    TaskFilterProxy,
    TaskTableModel,
)
from bewustwerven.ui.widgets.tables import SIZE_ROWS


class MyReviewsView(QWidget):
    """Member view. Only pseudonyms and confirmed redacted documents are ever shown here."""

    def __init__(self, app: App, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.app = app
        self.setWindowTitle(self.tr("Mijn beoordelingen"))
        self.model = TaskTableModel(self)
        self.proxy = TaskFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(Qt.ItemDataRole.DisplayRole)

        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Zoek op procedure of kandidaatcode"))
        self.search.setAccessibleName(self.tr("Zoeken in mijn formulieren"))
        self.search.setClearButtonEnabled(True)
        self.only_todo = QCheckBox(self.tr("Alleen &nog te doen"))
        self.only_todo.setAccessibleDescription(self.tr("Verberg ingediende formulieren"))
        self.table = QTableView()
        self.table.setTabKeyNavigation(False)  # Tab leaves the table
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(COL_STATUS, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAccessibleName(self.tr("Formulieren die op mij wachten"))
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        # Column widths from the first rows only: measuring thousands of rows (and again on
        # every background update) cost seconds on a year-sized database.
        header.setResizeContentsPrecision(SIZE_ROWS)
        header.setStretchLastSection(True)
        for col in (COL_CANDIDATE, COL_STATUS, COL_STAGE):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        search_label = QLabel(self.tr("&Zoeken:"))
        search_label.setBuddy(self.search)

        left = QWidget()
        llay = QVBoxLayout(left)
        llay.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        row.addWidget(search_label)
        row.addWidget(self.search, 1)
        llay.addLayout(row)
        llay.addWidget(self.only_todo)
        llay.addWidget(self.table, 1)
        llay.addWidget(self.summary)

        self.sheet = SheetFormWidget(app)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(left)
        split.addWidget(self.sheet)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 3)
        split.setSizes([470, 810])
        split.setChildrenCollapsible(False)

        self.rounds = QuestionRoundWidget(app)
        self.tabs = QTabWidget()
        self.tabs.addTab(split, self.tr("&Per kandidaat"))
        self.tabs.addTab(self.rounds, self.tr("Per &vraag"))
        self.tabs.setAccessibleName(self.tr("Manier van scoren"))

        layout = QVBoxLayout(self)
        layout.addWidget(common.heading(self.tr("Mijn beoordelingen")))
        layout.addWidget(
            common.wrapped(
                self.tr(
                    "U scoort blind en alleen: u ziet alleen kandidaatcodes en "
                    "geanonimiseerde documenten. De scores van anderen ziet u pas als u "
                    "uw eigen formulier heeft ingediend."
                )
            )
        )
        layout.addWidget(self.tabs, 1)

        self.search.textChanged.connect(self.proxy.setFilterFixedString)
        self.only_todo.toggled.connect(self.proxy.set_only_todo)
        # Enter (or a click) opens a form; the arrow keys only move through the list, so
        # walking the list does not open (and save) one form after another.
        self.table.activated.connect(self._open_and_enter)
        self.table.pressed.connect(self._open_current)  # a mouse press opens too
        self.sheet.saved.connect(self._sheet_saved)
        self.sheet.conflict_declared.connect(lambda _pid, _code: self.refresh())
        self.rounds.saved.connect(self._round_saved)
        self.refresh()

    # -- data -------------------------------------------------------------------------
    def refresh(self) -> None:
        keep = self._current_key()
        try:
            tasks = self.app.scoring.my_tasks()
        except KnownError as exc:
            tasks = []
            self.summary.setText(exc.message(common.lang()))
        self.model.set_tasks(tasks)
        todo = sum(1 for t in tasks if t.status != "submitted")
        if tasks:
            self.summary.setText(
                self.tr("{todo} van {total} formulieren nog in te dienen.").format(
                    todo=todo, total=len(tasks)
                )
            )
        else:
            self.summary.setText(self.tr("Er wachten nu geen formulieren op u."))
        self.rounds.set_tasks(tasks)
        if keep is not None and self.select(*keep):
            return
        self.sheet.clear()

    def _current_key(self) -> tuple[int, str] | None:
        form = self.sheet.form
        return (form.procedure_id, form.pseudonym) if form is not None else None

    def select(self, pid: int, pseudonym: str) -> bool:
        """Select a sheet in the list (and open it). False when it is not in the list."""
        row = self.model.row_of(pid, pseudonym)
        if row < 0:
            return False
        index = self.proxy.mapFromSource(self.model.index(row, COL_PROCEDURE))
        if not index.isValid():
            return False
        self.table.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        if self.sheet.form is None or self.sheet.form.pseudonym != pseudonym:
            self.sheet.load(pid, pseudonym)
        return True

    def _open_and_enter(self, current: QModelIndex) -> None:
        """Enter on a row: open the form and put the focus on its first question."""
        self._open_current(current)
        if self.sheet.boxes:
            self.sheet.boxes[0].score.setFocus(Qt.FocusReason.OtherFocusReason)

    def _open_current(self, current: QModelIndex) -> None:
        if not current.isValid():
            return
        pid = current.data(PROCEDURE_ROLE)
        code = current.data(PSEUDONYM_ROLE)
        form = self.sheet.form
        if form is not None and (form.procedure_id, form.pseudonym) == (pid, code):
            return
        if form is not None and self.sheet.dirty and not form.sealed:
            self.sheet.save_draft()  # leaving a form keeps what was typed, as a draft
        self.sheet.load(pid, code)

    def _sheet_saved(self, pid: int, code: str, status: str) -> None:
        row = self.model.row_of(pid, code)
        if row >= 0:
            self.refresh()

    def _round_saved(self, pid: int, code: str, status: str) -> None:
        tasks = self.app.scoring.my_tasks()
        self.model.set_tasks(tasks)
        form = self.sheet.form
        if form is not None and (form.procedure_id, form.pseudonym) == (pid, code):
            self.sheet.load(pid, code)
