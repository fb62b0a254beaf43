"""HR's audit view per procedure: the event timeline, the gate findings, whether the whole
hash-chained trail verifies (checked in the background), and the export buttons."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from bewustwerven.core.findings import Severity
from bewustwerven.core.procedure import Role
from bewustwerven.services.app import App
from bewustwerven.services.errors import KnownError
from bewustwerven.ui.chair.findings_model import COL_MESSAGE, FindingsModel
from bewustwerven.ui.hr.exports import ReportExports
from bewustwerven.ui.hr.models import EV_DETAILS, TimelineModel
from bewustwerven.ui.member import common
from bewustwerven.ui.widgets.tables import SIZE_ROWS


class AuditView(QWidget):
    def __init__(self, app: App, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.app = app
        self.verify_result: Any = None
        self.verify_op: Any = None
        self.setWindowTitle(self.tr("Audit"))
        self.procedure = QComboBox()
        self.procedure.setAccessibleName(self.tr("Procedure"))
        proc_label = QLabel(self.tr("&Procedure:"))
        proc_label.setBuddy(self.procedure)
        self.verify_icon = QLabel()
        self.verify_text = common.wrapped()
        self.verify_text.setAccessibleName(self.tr("Controle van het auditspoor"))
        self.verify_btn = QPushButton(self.tr("Spoor &opnieuw controleren"))
        self.export_dossier = QPushButton(self.tr("&Dossier exporteren…"))
        self.export_dossier.setAccessibleDescription(
            self.tr("Het dossier van deze procedure als PDF, CSV of Excel-bestand.")
        )
        self.export_org = QPushButton(self.tr("O&rganisatierapport…"))
        self.export_org.setAccessibleDescription(
            self.tr("Cijfers over alle procedures in een periode, als PDF, CSV of Excel-bestand.")
        )
        self.export_org.setVisible(app.actor.has(Role.HR, Role.ADMIN))  # the service checks too
        self.export_note = common.wrapped()
        self.export_note.setAccessibleName(self.tr("Melding over rapporten"))
        self.exports = ReportExports(
            app.reporting, app.users.units, self, self.export_note
        )

        self.timeline = TimelineModel(self)
        self.table = QTableView()
        self.table.setTabKeyNavigation(False)  # Tab leaves the table
        self.table.setModel(self.timeline)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        # Column widths from the first rows only: measuring thousands of rows (and again on
        # every background update) cost seconds on a year-sized database.
        header.setResizeContentsPrecision(SIZE_ROWS)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(EV_DETAILS, QHeaderView.ResizeMode.Stretch)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.setAccessibleName(self.tr("Tijdlijn van gebeurtenissen"))
        self.findings = FindingsModel(self)
        self.findings_view = QTableView()
        self.findings_view.setTabKeyNavigation(False)  # Tab leaves the table
        self.findings_view.setModel(self.findings)
        self.findings_view.verticalHeader().setVisible(False)
        self.findings_view.setWordWrap(True)
        self.findings_view.verticalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        fh = self.findings_view.horizontalHeader()
        fh.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        fh.setSectionResizeMode(COL_MESSAGE, QHeaderView.ResizeMode.Stretch)
        self.findings_view.setAccessibleName(self.tr("Bevindingen bij de volgende poort"))
        self.findings_label = QLabel(self.tr("Bevindingen bij de volgende poort"))

        top = QHBoxLayout()
        top.addWidget(proc_label)
        top.addWidget(self.procedure, 1)
        verify = QHBoxLayout()
        verify.addWidget(self.verify_icon, 0, Qt.AlignmentFlag.AlignTop)
        verify.addWidget(self.verify_text, 1)
        verify.addWidget(self.verify_btn)
        exports = QHBoxLayout()
        exports.addWidget(self.export_dossier)
        exports.addWidget(self.export_org)
        exports.addWidget(self.export_note, 1)
        lower = QWidget()
        low = QVBoxLayout(lower)
        low.setContentsMargins(0, 0, 0, 0)
        low.addWidget(self.findings_label)
        low.addWidget(self.findings_view)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.table)
        split.addWidget(lower)
        split.setSizes([460, 200])
        split.setChildrenCollapsible(False)

        layout = QVBoxLayout(self)
        layout.addWidget(common.heading(self.tr("Audit")))
        layout.addLayout(verify)
        layout.addLayout(top)
        layout.addWidget(split, 1)
        layout.addLayout(exports)

        self.procedure.currentIndexChanged.connect(lambda _i: self._load())
        self.verify_btn.clicked.connect(self.verify)
        self.export_dossier.clicked.connect(lambda: self.exports.export_dossier(self.pid))
        self.export_org.clicked.connect(self.exports.export_organisation)
        self.refresh()

    @property
    def pid(self) -> int | None:
        data = self.procedure.currentData()
        return None if data is None else int(data)

    def refresh(self) -> None:
        keep = self.pid
        try:
            procs = self.app.procedures.list(with_findings=False)
        except KnownError as exc:
            procs = []
            self.verify_text.setText(exc.message(common.lang()))
        self.procedure.blockSignals(True)
        self.procedure.clear()
        for p in procs:
            self.procedure.addItem(f"{p.title} ({p.id}) · {p.stage.label(common.lang())}", p.id)
        idx = self.procedure.findData(keep) if keep is not None else -1
        self.procedure.setCurrentIndex(idx if idx >= 0 else (0 if procs else -1))
        self.procedure.blockSignals(False)
        self._load()
        self.verify()

    def select_procedure(self, pid: int) -> bool:
        idx = self.procedure.findData(pid)
        if idx >= 0:
            self.procedure.setCurrentIndex(idx)
        return idx >= 0

    def _load(self) -> None:
        pid = self.pid
        self.timeline.set_events([])
        self.findings.set_findings(())
        if pid is None:
            return
        try:
            self.timeline.set_events(self.app.audit.timeline(pid))
            report = self.app.procedures.gate(pid)
        except KnownError as exc:
            self.findings_label.setText(exc.message(common.lang()))
            return
        self.findings.set_findings(
            report.findings, [(w.finding, w.deviation_id) for w in report.waived]
        )
        self.findings_label.setText(
            self.tr("Bevindingen bij de volgende poort ({n}):").format(n=len(report.findings))
            if report.next_stage is not None
            else self.tr("De procedure is afgesloten; er is geen poort meer.")
        )

    # -- verifying the chain in the background ------------------------------------------
    def verify(self) -> None:
        if self.verify_op is not None and not self.verify_op.finished:
            return
        from bewustwerven.ui.ops import run_op

        self.verify_result = None
        self.verify_btn.setEnabled(False)
        self.verify_icon.setPixmap(common.severity_icon(self, Severity.INFO).pixmap(24, 24))
        self.verify_text.setText(self.tr("Het auditspoor wordt gecontroleerd…"))
        audit = self.app.audit
        self.verify_op = run_op(
            self,
            lambda _progress: audit.verify(),
            on_done=self._verified,
            on_error=self._verify_failed,
            on_finished=lambda: self.verify_btn.setEnabled(True),
        )

    def _verified(self, result: Any) -> None:
        self.verify_result = result
        if result.ok:
            self.verify_icon.setPixmap(common.severity_icon(self, Severity.INFO).pixmap(24, 24))
            self.verify_text.setText(
                self.tr(
                    "Het auditspoor klopt: {n} gebeurtenissen, niets herschreven. "
                    "Kop van de keten: {head}"
                ).format(n=result.events, head=result.head_hash)
            )
        else:
            self.verify_icon.setPixmap(common.severity_icon(self, Severity.BLOCK).pixmap(24, 24))
            self.verify_text.setText(
                self.tr(
                    "Het auditspoor klopt NIET. Eerste gebroken schakel: gebeurtenis "
                    "{seq}. {problem}"
                ).format(
                    seq=result.broken_seq if result.broken_seq is not None else "?",
                    problem=result.problem,
                )
            )

    def _verify_failed(self, exc: BaseException) -> None:
        self.verify_icon.setPixmap(common.severity_icon(self, Severity.WARN).pixmap(24, 24))
        if isinstance(exc, KnownError):
            self.verify_text.setText(exc.message(common.lang()))
        else:
            self.verify_text.setText(self.tr("De controle kon niet worden uitgevoerd."))
            raise exc
