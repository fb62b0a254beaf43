"""HR's complaints register: every complaint against a procedure, its 4-week deadline, and
the answer. Record a complaint, record its outcome, read what it was about."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from bewustwerven.core.procedure import Role
from bewustwerven.services.app import App
from bewustwerven.services.errors import KnownError
from bewustwerven.services.privacy import ComplaintRow
from bewustwerven.ui.hr.complaint_dialogs import HandleComplaintDialog, RecordComplaintDialog
from bewustwerven.ui.hr.complaints_model import (
    COMP_PROCEDURE,
    COMPLAINT_ROLE,
    NO_CANDIDATE,
    SORT_ROLE,
    ComplaintsModel,
)
from bewustwerven.ui.member import common
from bewustwerven.ui.widgets.tables import SIZE_ROWS


def _caption(text: str) -> QLabel:
    label = QLabel(text)
    font = label.font()
    font.setBold(True)
    label.setFont(font)
    return label


class ComplaintsView(QWidget):
    def __init__(self, app: App, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.app = app
        self.setWindowTitle(self.tr("Klachten"))
        self.model = ComplaintsModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.open_only = QCheckBox(self.tr("Alleen &open klachten"))
        self.open_only.setChecked(True)
        self.record_btn = QPushButton(self.tr("Klacht &vastleggen…"))
        self.record_btn.setAccessibleDescription(
            self.tr("Leg een nieuwe klacht over een procedure vast.")
        )
        self.table = QTableView()
        self.table.setTabKeyNavigation(False)  # Tab leaves the table
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # the service's order: due first
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setResizeContentsPrecision(SIZE_ROWS)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COMP_PROCEDURE, QHeaderView.ResizeMode.Stretch)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.setAccessibleName(self.tr("Klachten"))
        self.count = common.wrapped()

        self.detail = QGroupBox(self.tr("Klacht"))
        self.facts = QFormLayout()
        self.summary = common.wrapped()
        self.summary.setAccessibleName(self.tr("Waar de klacht over gaat"))
        self.outcome = common.wrapped()
        self.outcome.setAccessibleName(self.tr("Uitkomst"))
        self.summary_label = _caption(self.tr("Waar gaat de klacht over?"))
        self.outcome_label = _caption(self.tr("Uitkomst:"))
        self.handle_btn = QPushButton(self.tr("&Afhandelen…"))
        self.handle_btn.setAccessibleDescription(
            self.tr("Leg de uitkomst vast; de klacht is dan afgehandeld.")
        )
        self.reason = common.wrapped()
        dlay = QVBoxLayout(self.detail)
        dlay.addLayout(self.facts)
        dlay.addWidget(self.summary_label)
        dlay.addWidget(self.summary)
        dlay.addWidget(self.outcome_label)
        dlay.addWidget(self.outcome)
        dlay.addWidget(self.reason)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.handle_btn)
        dlay.addLayout(row)
        dlay.addStretch(1)

        left = QWidget()
        llay = QVBoxLayout(left)
        llay.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        top.addWidget(self.open_only)
        top.addStretch(1)
        top.addWidget(self.record_btn)
        llay.addLayout(top)
        llay.addWidget(self.table, 1)
        llay.addWidget(self.count)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(left)
        split.addWidget(self.detail)
        split.setSizes([880, 400])
        split.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(common.heading(self.tr("Klachten")))
        layout.addWidget(
            common.wrapped(
                self.tr(
                    "Een klacht over een selectieprocedure moet binnen 4 weken na ontvangst "
                    "beantwoord zijn. Leg elke klacht hier vast en daarna de uitkomst."
                )
            )
        )
        layout.addWidget(split, 1)

        self.open_only.toggled.connect(lambda _on: self.refresh())
        self.table.selectionModel().currentRowChanged.connect(self._show)
        self.record_btn.clicked.connect(self.record)
        self.handle_btn.clicked.connect(self.handle)
        self.refresh()

    def today(self) -> date:
        return self.app.privacy.clock().date()  # the service's clock: deadlines agree

    def current(self) -> ComplaintRow | None:
        index = self.table.selectionModel().currentIndex()
        return None if not index.isValid() else index.data(COMPLAINT_ROLE)

    def refresh(self, keep_id: int | None = None) -> None:
        keep = keep_id if keep_id is not None else getattr(self.current(), "id", None)
        try:
            rows = self.app.privacy.complaints(open_only=self.open_only.isChecked())
        except KnownError as exc:
            rows = []
            self.count.setText(exc.message(common.lang()))
        else:
            late = sum(1 for c in rows if c.overdue(self.today()))
            text = self.tr("{n} klacht(en).").format(n=len(rows))
            if late:
                text += " " + self.tr("{n} te laat.").format(n=late)
            self.count.setText(text)
        self.model.set_complaints(rows, self.today())
        if not self.select(keep) and self.proxy.rowCount():
            self.table.selectRow(0)
        self._show(self.table.selectionModel().currentIndex(), QModelIndex())

    def select(self, complaint_id: int | None) -> bool:
        if complaint_id is None:
            return False
        row = self.model.row_of(complaint_id)
        if row < 0:
            return False
        self.table.selectRow(self.proxy.mapFromSource(self.model.index(row, 0)).row())
        return True

    def _show(self, _current: QModelIndex, _previous: QModelIndex) -> None:
        c = self.current()
        while self.facts.rowCount():
            self.facts.removeRow(0)
        if c is None:
            self.detail.setTitle(self.tr("Klacht"))
            self.summary.setText(self.tr("Kies links een klacht."))
            self.outcome_label.hide()
            self.outcome.clear()
            self._handle(False, "")
            return
        self.detail.setTitle(self.tr("Klacht {id}").format(id=c.id))
        facts = [
            (self.tr("Procedure:"), f"{c.procedure_title} ({c.procedure_id})"),
            (self.tr("Kandidaat:"), c.candidate or NO_CANDIDATE),
            (self.tr("Ontvangen op:"), f"{c.received_on:%d-%m-%Y}"),
            (self.tr("Uiterlijk antwoorden:"), f"{c.due_on:%d-%m-%Y}"),
            (self.tr("Status:"), self.model.status_text(c)),
        ]
        if c.handled_on is not None:
            facts.append((self.tr("Afgehandeld op:"), f"{c.handled_on:%d-%m-%Y}"))
        facts.append((self.tr("Termijn:"), self.model.left_text(c)))
        for label, value in facts:
            self.facts.addRow(label, common.wrapped(value))
        self.summary.setText(
            c.summary or self.tr("De tekst is verwijderd: de bewaartermijn is voorbij.")
        )
        handled = c.status != "open"
        self.outcome_label.setVisible(handled)
        self.outcome.setVisible(handled)
        if handled:
            self.outcome.setText(
                c.outcome or self.tr("De tekst is verwijderd: de bewaartermijn is voorbij.")
            )
            self._handle(False, self.tr("Deze klacht is al afgehandeld."))
        elif not self.app.actor.has(Role.HR):
            self._handle(False, self.tr("Alleen P&O handelt klachten af."))
        else:
            self._handle(True, "")

    def _handle(self, enabled: bool, reason: str) -> None:
        self.handle_btn.setEnabled(enabled)
        self.reason.setText(reason)
        self.reason.setVisible(bool(reason))

    def record(self) -> int | None:
        """Ask for a new complaint and record it; its id, or None."""
        procs = common.attempt(self, lambda: self.app.procedures.list(with_findings=False))
        if procs is None:
            return None
        dialog = RecordComplaintDialog(procs, self.today(), self)
        while dialog.exec() == QDialog.DialogCode.Accepted:  # after an error: ask again, kept
            pid = dialog.procedure_id()
            if pid is None:
                break
            new_id = common.attempt(
                self,
                lambda pid=pid: self.app.privacy.add_complaint(  # type: ignore[misc]
                    pid,
                    dialog.summary_text(),
                    received_on=dialog.received_on(),
                    pseudonym=dialog.pseudonym(),
                ),
            )
            if new_id is not None:
                self.refresh(keep_id=new_id)
                return new_id
        return None

    def handle(self) -> bool:
        c = self.current()
        if c is None or c.status != "open":
            return False
        dialog = HandleComplaintDialog(c, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        outcome = dialog.outcome_text()
        if not common.succeeds(self, lambda: self.app.privacy.handle_complaint(c.id, outcome)):
            return False
        self.refresh()
        return True
