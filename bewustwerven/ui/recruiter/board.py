"""The procedure board: stage as a step bar, the next gate with its findings, moving on."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from bewustwerven.core.findings import Finding
from bewustwerven.core.procedure import can_restart
from bewustwerven.core.registry import deviation_type_for
from bewustwerven.services.app import App
from bewustwerven.services.dto import GateReport, ProcedureDetail
from bewustwerven.ui.errors import show_error
from bewustwerven.ui.i18n import current_language
from bewustwerven.ui.recruiter.dialogs import ConfirmWarningsDialog, DeviationDialog, RestartDialog
from bewustwerven.ui.widgets import FindingsView, StepBar


def gate_text(gate: str) -> str:
    texts = {
        "G1": QCoreApplication.translate(
            "gates", "Poort 1: vacature, criteria, vragen en commissie vastzetten"
        ),
        "G-open": QCoreApplication.translate(
            "gates", "Sluiting: de sluitingsdatum is bereikt en er zijn kandidaten"
        ),
        "G2": QCoreApplication.translate(
            "gates", "Poort 2: alle formulieren binnen, gezamenlijk oordeel, Rooney-regel"
        ),
        "G3": QCoreApplication.translate(
            "gates", "Poort 3: alle gespreksformulieren binnen, gezamenlijk oordeel"
        ),
        "G4": QCoreApplication.translate(
            "gates", "Poort 4: besluit met motivatie, voorkeursbeleid gecontroleerd"
        ),
    }
    return texts.get(gate, gate)


class BoardWidget(QWidget):
    changed = Signal()  # the procedure moved or was restarted

    def __init__(self, app: App, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.app = app
        self.pid: int | None = None
        self.detail: ProcedureDetail | None = None
        self.report: GateReport | None = None
        self.gate_evaluations = 0
        layout = QVBoxLayout(self)
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.heading.setAccessibleName(self.tr("Procedure"))
        layout.addWidget(self.heading)
        self.steps = StepBar(self)
        layout.addWidget(self.steps)
        gate_box = QGroupBox(self.tr("Volgende poort"))
        gate_layout = QVBoxLayout(gate_box)
        self.gate_label = QLabel()
        self.gate_label.setWordWrap(True)
        gate_layout.addWidget(self.gate_label)
        self.findings = FindingsView(self)
        gate_layout.addWidget(self.findings, 1)
        buttons = QHBoxLayout()
        self.advance_button = QPushButton(self.tr("Volgende &fase"))
        self.advance_button.setAccessibleDescription(
            self.tr("Controleer de poort en ga naar de volgende fase.")
        )
        self.advance_button.clicked.connect(self.advance)
        self.deviation_button = QPushButton(self.tr("&Afwijking aanvragen…"))
        self.deviation_button.setAccessibleDescription(
            self.tr("Vraag P&O om een afwijking voor een blokkerende bevinding.")
        )
        self.deviation_button.clicked.connect(self.request_deviation)
        self.restart_button = QPushButton(self.tr("Her&starten…"))
        self.restart_button.setAccessibleDescription(
            self.tr("Terug naar Concept met een nieuwe versie van criteria en vragen.")
        )
        self.restart_button.clicked.connect(self.restart)
        buttons.addWidget(self.advance_button)
        buttons.addWidget(self.deviation_button)
        buttons.addStretch(1)
        buttons.addWidget(self.restart_button)
        gate_layout.addLayout(buttons)
        layout.addWidget(gate_box, 1)
        self.waived_note = QLabel()
        self.waived_note.setWordWrap(True)
        layout.addWidget(self.waived_note)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Melding"))
        layout.addWidget(self.status)
        # tests replace these to answer the dialogs
        self.exec_dialog: Callable[[QDialog], int] = lambda d: d.exec()

    def set_procedure(self, pid: int, detail: ProcedureDetail | None = None) -> None:
        self.pid = pid
        self.refresh(detail)

    def refresh(self, detail: ProcedureDetail | None = None) -> None:
        """Show the procedure (read again unless ``detail`` is given) and its gate."""
        if self.pid is None:
            return
        lang = current_language()
        self.detail = d = detail if detail is not None else self.app.procedures.show(self.pid)
        self.report = r = self.app.procedures.gate(self.pid)
        self.gate_evaluations += 1
        self.heading.setText(
            self.tr("<b>{0}</b> — {1}, schaal {2}, {3} uur · ronde {4} · {5} kandidaten").format(
                d.title, d.unit_name or d.unit_code, d.scale, d.hours, d.round, d.candidates
            )
        )
        self.steps.set_stage(d.stage)
        if r.gate is None or r.next_stage is None:
            self.gate_label.setText(self.tr("De procedure is afgesloten."))
        else:
            gate = gate_text(r.gate.value)
            summary = self.tr("Blokkades: {0}. Waarschuwingen: {1}.").format(
                len(r.blocks), len(r.warnings)
            )
            if not r.findings:
                summary = self.tr("Geen bevindingen: de poort is open.")
            self.gate_label.setText(
                self.tr("{0}. Daarna: {1}. {2}").format(gate, r.next_stage.label(lang), summary)
            )
        findings = list(r.findings) + [w.finding for w in r.waived]
        self.findings.set_findings(findings)
        closed = r.gate is None
        self.advance_button.setEnabled(not closed)
        self.deviation_button.setVisible(bool(waivable(r.blocks)))
        self.restart_button.setEnabled(can_restart(d.stage))
        self.waived_note.setText(
            self.tr("Opgeheven door een goedgekeurde afwijking: {0}.").format(len(r.waived))
            if r.waived
            else ""
        )

    def advance(self) -> None:
        if self.pid is None or self.detail is None:
            return
        try:
            result = self.app.procedures.advance(self.pid, expected_version=self.detail.version)
            if not result.advanced and result.report.blocks:
                self._say(result.message_nl, result.message_en)
                self.refresh()
                return
            if not result.advanced and result.report.warnings:
                dialog = ConfirmWarningsDialog(result.report.warnings, self)
                if self.exec_dialog(dialog) != QDialog.DialogCode.Accepted:
                    return
                result = self.app.procedures.advance(
                    self.pid, acknowledge_warnings=True, expected_version=self.detail.version
                )
        except Exception as exc:
            show_error(self, exc)
            self.refresh()
            return
        if result.advanced:
            self.status.setText(
                self.tr("De procedure is nu in de fase: {0}.").format(
                    result.stage.label(current_language())
                )
            )
        self.refresh()
        self.changed.emit()

    def _say(self, nl: str, en: str) -> None:
        self.status.setText(en if current_language() == "en" else nl)

    def request_deviation(self) -> None:
        blocks = waivable(self.report.blocks) if self.report is not None else []
        if self.pid is None or not blocks:
            return
        dialog = DeviationDialog(blocks, self)
        if self.exec_dialog(dialog) != QDialog.DialogCode.Accepted:
            return
        try:
            dev = self.app.deviations.request(self.pid, dialog.rule_code(), dialog.text())
        except Exception as exc:
            show_error(self, exc)
            return
        self.status.setText(
            self.tr("Afwijking {0} is aangevraagd. P&O beslist; daarna kunt u verder.").format(dev)
        )
        self.refresh()
        self.changed.emit()

    def restart(self) -> None:
        if self.pid is None:
            return
        dialog = RestartDialog(self)
        if self.exec_dialog(dialog) != QDialog.DialogCode.Accepted:
            return
        try:
            new_round = self.app.procedures.restart(self.pid, dialog.text())
        except Exception as exc:
            show_error(self, exc)
            return
        self.status.setText(
            self.tr("De procedure staat weer in Concept, ronde {0}.").format(new_round)
        )
        self.refresh()
        self.changed.emit()


def waivable(blocks: Sequence[Finding]) -> list[Finding]:
    """The blocks a deviation can waive (the registry says which); the others must be solved."""
    return [f for f in blocks if deviation_type_for(f.code) is not None]
