"""HR's deviations inbox: read the justification, approve or reject with a comment.

Four eyes: nobody decides on their own request. The service refuses; this view disables the
buttons beforehand and says why.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from bewustwerven.core.procedure import DeviationType, Role, Stage
from bewustwerven.services.app import App
from bewustwerven.services.dto import Deviation
from bewustwerven.services.errors import InvalidInput, KnownError
from bewustwerven.ui.hr.complaints_banner import ComplaintsReminder
from bewustwerven.ui.hr.models import DEV_PROCEDURE, DEVIATION_ROLE, DeviationsModel, _label
from bewustwerven.ui.member import common
from bewustwerven.ui.widgets.tables import SIZE_ROWS


class DeviationsView(QWidget):
    def __init__(self, app: App, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.app = app
        self.setWindowTitle(self.tr("Afwijkingen"))
        self.model = DeviationsModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.show_filter = QComboBox()
        self.show_filter.addItem(self.tr("Wachten op besluit"), "pending")
        self.show_filter.addItem(self.tr("Alle afwijkingen"), None)
        self.show_filter.setAccessibleName(self.tr("Welke afwijkingen tonen"))
        filter_label = QLabel(self.tr("To&nen:"))
        filter_label.setBuddy(self.show_filter)
        self.table = QTableView()
        self.table.setTabKeyNavigation(False)  # Tab leaves the table
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        # Column widths from the first rows only: measuring thousands of rows (and again on
        # every background update) cost seconds on a year-sized database.
        header.setResizeContentsPrecision(SIZE_ROWS)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(DEV_PROCEDURE, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(DEV_PROCEDURE, self.fontMetrics().averageCharWidth() * 30)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.setAccessibleName(self.tr("Afwijkingen"))
        self.count = common.wrapped()

        self.detail = QGroupBox(self.tr("Afwijking"))
        self.facts = QFormLayout()
        self.justification = common.wrapped()
        self.decision = common.wrapped()
        self.comment = QPlainTextEdit()
        self.comment.setTabChangesFocus(True)
        self.comment.setPlaceholderText(
            self.tr("Uw toelichting. Bij afwijzen verplicht: waarom niet?")
        )
        self.comment.setAccessibleName(self.tr("Toelichting bij uw besluit"))
        self.comment.setFixedHeight(self.fontMetrics().lineSpacing() * 5 + 12)
        comment_label = QLabel(self.tr("&Toelichting:"))
        comment_label.setBuddy(self.comment)
        self.reason = common.wrapped()
        self.approve_btn = QPushButton(self.tr("Goed&keuren…"))
        self.reject_btn = QPushButton(self.tr("&Afwijzen…"))
        self.approve_btn.setAccessibleDescription(
            self.tr("Keur de afwijking goed; de blokkade mag dan eenmalig worden gepasseerd.")
        )
        self.reject_btn.setAccessibleDescription(self.tr("Wijs af; een toelichting is verplicht."))
        dlay = QVBoxLayout(self.detail)
        dlay.addLayout(self.facts)
        dlay.addWidget(QLabel(self.tr("Onderbouwing van de aanvrager:")))
        dlay.addWidget(self.justification)
        dlay.addWidget(self.decision)
        dlay.addWidget(comment_label)
        dlay.addWidget(self.comment)
        dlay.addWidget(self.reason)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.reject_btn)
        row.addWidget(self.approve_btn)
        dlay.addLayout(row)
        dlay.addStretch(1)

        left = QWidget()
        llay = QVBoxLayout(left)
        llay.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        top.addWidget(filter_label)
        top.addWidget(self.show_filter)
        top.addStretch(1)
        llay.addLayout(top)
        llay.addWidget(self.table, 1)
        llay.addWidget(self.count)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(left)
        split.addWidget(self.detail)
        split.setSizes([800, 460])
        split.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(common.heading(self.tr("Afwijkingen")))
        layout.addWidget(
            common.wrapped(
                self.tr(
                    "Een afwijking van de werkwijze mag pas als een andere P&O-collega dan "
                    "de aanvrager haar goedkeurt (vier ogen). Alles komt in het dossier."
                )
            )
        )
        self.reminder = ComplaintsReminder(app, self)  # HR sees this page first
        layout.addWidget(self.reminder)
        layout.addWidget(split, 1)

        self.show_filter.currentIndexChanged.connect(lambda _i: self.refresh())
        self.table.selectionModel().currentRowChanged.connect(self._show)
        self.approve_btn.clicked.connect(lambda: self.decide(True))
        self.reject_btn.clicked.connect(lambda: self.decide(False))
        self.refresh()

    def current(self) -> Deviation | None:
        index = self.table.selectionModel().currentIndex()
        return None if not index.isValid() else index.data(DEVIATION_ROLE)

    def refresh(self) -> None:
        self.reminder.refresh()
        keep = self.current()
        try:
            rows = self.app.deviations.list(status=self.show_filter.currentData())
        except KnownError as exc:
            rows = []
            self.count.setText(exc.message(common.lang()))
        else:
            self.count.setText(self.tr("{n} afwijking(en).").format(n=len(rows)))
        self.model.set_deviations(rows)
        if not self.select(keep.id if keep else None) and self.proxy.rowCount():
            self.table.selectRow(0)
        self._show(self.table.selectionModel().currentIndex(), QModelIndex())

    def select(self, deviation_id: int | None) -> bool:
        if deviation_id is None:
            return False
        row = self.model.row_of(deviation_id)
        if row < 0:
            return False
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        self.table.selectRow(index.row())
        return True

    def _show(self, _current: QModelIndex, _previous: QModelIndex) -> None:
        d = self.current()
        while self.facts.rowCount():
            self.facts.removeRow(0)
        self.comment.clear()
        if d is None:
            self.detail.setTitle(self.tr("Afwijking"))
            self.justification.setText(self.tr("Kies links een afwijking."))
            self.decision.clear()
            self._buttons(False, "")
            return
        self.detail.setTitle(self.tr("Afwijking {id}").format(id=d.id))
        for label, value in (
            (self.tr("Procedure:"), f"{d.procedure_title} ({d.procedure_id})"),
            (self.tr("Soort:"), _label(DeviationType, d.type)),
            (self.tr("Regel:"), d.rule_code),
            (self.tr("Fase:"), _label(Stage, d.stage)),
            (self.tr("Aangevraagd:"), f"{d.requested_by}, {d.requested_at:%d-%m-%Y %H:%M}"),
        ):
            self.facts.addRow(label, common.wrapped(value))
        self.justification.setText(d.justification)
        if d.status != "pending":
            self.decision.setText(
                self.tr("{status} door {who} op {at}. Toelichting: {comment}").format(
                    status=self.model.status_text(d.status),
                    who=d.decided_by or "?",
                    at=f"{d.decided_at:%d-%m-%Y %H:%M}" if d.decided_at else "?",
                    comment=d.comment or "–",
                )
            )
        else:
            self.decision.clear()
        if d.status != "pending":
            self._buttons(False, self.tr("Over deze afwijking is al beslist."))
        elif d.requested_by == self.app.actor.login:
            self._buttons(
                False,
                self.tr(
                    "U vroeg deze afwijking zelf aan. Een andere P&O-collega beslist (vier ogen)."
                ),
            )
        elif not self.app.actor.has(Role.HR):
            self._buttons(False, self.tr("Alleen P&O beslist over afwijkingen."))
        else:
            self._buttons(True, "")

    def _buttons(self, enabled: bool, reason: str) -> None:
        for w in (self.approve_btn, self.reject_btn, self.comment):
            w.setEnabled(enabled)
        self.reason.setText(reason)
        self.reason.setVisible(bool(reason))

    def decide(self, approve: bool) -> bool:
        d = self.current()
        if d is None:
            return False
        comment = self.comment.toPlainText().strip()
        if not approve and not comment:
            common.show_error(
                self,
                InvalidInput(self.tr("Leg in de toelichting uit waarom u afwijst.")),
            )
            self.comment.setFocus()
            return False
        verb = self.tr("goedkeuren") if approve else self.tr("afwijzen")
        if not common.confirm(
            self,
            self.tr("Afwijking {id} {verb}").format(id=d.id, verb=verb),
            self.tr(
                "U gaat afwijking {id} ({rule}) {verb}. Dit komt met uw naam in het auditspoor."
            ).format(id=d.id, rule=d.rule_code, verb=verb),
            self.tr("Goedkeuren") if approve else self.tr("Afwijzen"),
        ):
            return False
        if not common.succeeds(self, lambda: self.app.deviations.decide(d.id, approve, comment)):
            return False
        self.refresh()
        return True
