"""Editor tab: vacancy details and the vacancy text with its live check."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from bewustwerven.core.findings import Finding, Severity
from bewustwerven.services.app import App
from bewustwerven.services.dto import ProcedureDetail, VacancyInput
from bewustwerven.ui.changes import Changes, perform
from bewustwerven.ui.recruiter.textcheck import CheckedTextEdit
from bewustwerven.ui.widgets import FindingsView


class VacancyTab(QWidget):
    def __init__(self, app: App, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.app = app
        self.pid: int | None = None
        self._saved: VacancyInput | None = None
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.title = QLineEdit()
        self.title.setAccessibleName(self.tr("Titel van de vacature"))
        self.unit = QComboBox()
        self.unit.setAccessibleName(self.tr("Afdeling"))
        self.scale = QSpinBox()
        self.scale.setRange(1, 18)
        self.scale.setAccessibleName(self.tr("Salarisschaal"))
        self.hours = QSpinBox()
        self.hours.setRange(1, 40)
        self.hours.setAccessibleName(self.tr("Uren per week"))
        self.location = QLineEdit()
        self.location.setAccessibleName(self.tr("Standplaats"))
        self.has_closing = QCheckBox(self.tr("Sluitingsdatum:"))
        self.closing = QDateEdit()
        self.closing.setCalendarPopup(True)
        self.closing.setAccessibleName(self.tr("Sluitingsdatum"))
        self.has_closing.toggled.connect(self.closing.setEnabled)
        row1 = QHBoxLayout()
        row1.addWidget(self.scale)
        row1.addWidget(QLabel(self.tr("Uren per week:")))
        row1.addWidget(self.hours)
        row1.addWidget(QLabel(self.tr("Standplaats:")))
        row1.addWidget(self.location, 1)
        row1.addWidget(self.has_closing)
        row1.addWidget(self.closing)
        form.addRow(self.tr("&Titel:"), self.title)
        form.addRow(self.tr("&Afdeling:"), self.unit)
        scale_label = QLabel(self.tr("&Schaal:"))
        scale_label.setBuddy(self.scale)
        form.addRow(scale_label, row1)
        layout.addLayout(form)
        split = QSplitter(Qt.Orientation.Vertical, self)
        self.text = CheckedTextEdit(self)
        self.text.setAccessibleName(self.tr("Vacaturetekst"))
        self.text.setAccessibleDescription(
            self.tr("Wordt tijdens het typen gecontroleerd. Bevindingen staan in de lijst eronder.")
        )
        split.addWidget(self.text)
        bottom = QWidget()
        bl = QVBoxLayout(bottom)
        bl.setContentsMargins(0, 0, 0, 0)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        bl.addWidget(self.summary)
        self.findings = FindingsView(self)
        bl.addWidget(self.findings)
        split.addWidget(bottom)
        split.setSizes([380, 260])
        layout.addWidget(split, 1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.save_button = QPushButton(self.tr("Vacature &opslaan"))
        self.save_button.clicked.connect(self.save)
        buttons.addWidget(self.save_button)
        layout.addLayout(buttons)
        self.text.checked.connect(self._checked)
        self.scale.valueChanged.connect(self.text.set_scale)

    def load(self, detail: ProcedureDetail, units: Sequence[tuple[str, str]]) -> None:
        self.pid = detail.id
        self.unit.clear()
        for code, name in units:
            self.unit.addItem(f"{code} — {name}", code)
        self.unit.setCurrentIndex(max(0, self.unit.findData(detail.unit_code)))
        self.title.setText(detail.title)
        self.scale.setValue(detail.scale)
        self.hours.setValue(detail.hours)
        self.location.setText(detail.location)
        self.has_closing.setChecked(detail.closing_date is not None)
        self.closing.setEnabled(detail.closing_date is not None)
        if detail.closing_date:
            d = detail.closing_date
            self.closing.setDate(QDate(d.year, d.month, d.day))
        else:
            self.closing.setDate(QDate.currentDate().addDays(21))
        self.text.scale = detail.scale
        self.text.setPlainText(detail.text)
        editable = not detail.locked
        for w in (self.title, self.unit, self.scale, self.hours, self.location, self.closing):
            w.setEnabled(editable)
        self.has_closing.setEnabled(editable)
        self.text.setReadOnly(not editable)
        self.save_button.setEnabled(editable)
        self._saved = self.vacancy()

    def is_dirty(self) -> bool:
        return self._saved is not None and self.save_button.isEnabled() and (
            self.vacancy() != self._saved
        )

    def discard(self) -> None:
        self._saved = None  # the page loads the stored vacancy again when shown

    def vacancy(self) -> VacancyInput:
        closing = self.closing.date().toPython() if self.has_closing.isChecked() else None
        return VacancyInput(
            title=self.title.text().strip(),
            unit_code=str(self.unit.currentData() or ""),
            scale=self.scale.value(),
            hours=self.hours.value(),
            location=self.location.text().strip(),
            text=self.text.toPlainText(),
            closing_date=closing,  # type: ignore[arg-type]
        )

    def save(self) -> bool:
        if self.pid is None:
            return False
        pid, vacancy = self.pid, self.vacancy()
        changes = Changes.of(pid, "vacancy", message=self.tr("De vacature is opgeslagen."))
        if not perform(self, lambda: self.app.setup.update_vacancy(pid, vacancy), changes):
            return False
        self._saved = vacancy
        return True

    def _checked(self, findings: list[Finding]) -> None:
        self.findings.set_findings(findings)
        blocks = sum(f.severity is Severity.BLOCK for f in findings)
        warns = sum(f.severity is Severity.WARN for f in findings)
        if not findings:
            self.summary.setText(self.tr("De tekstcontrole vindt niets. Goed zo."))
        else:
            self.summary.setText(
                self.tr(
                    "Tekstcontrole: blokkades: {0}, waarschuwingen: {1}. Onderstreepte woorden "
                    "horen bij een bevinding; wijs ze aan voor uitleg."
                ).format(blocks, warns)
            )
