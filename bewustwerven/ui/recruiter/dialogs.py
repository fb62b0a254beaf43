"""The recruiter's dialogs: new vacancy, deviation request, restart, warnings confirmation."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from bewustwerven.core.findings import Finding
from bewustwerven.services.dto import VacancyInput
from bewustwerven.ui.i18n import current_language
from bewustwerven.ui.widgets import FindingsView
from bewustwerven.ui.widgets.buttons import ok_cancel

MIN_JUSTIFICATION = 20  # the deviation service's minimum; the service checks it too


class NewVacancyDialog(QDialog):
    def __init__(self, units: Sequence[tuple[str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Nieuwe vacature"))
        form = QFormLayout(self)
        self.title = QLineEdit()
        self.title.setAccessibleName(self.tr("Titel van de vacature"))
        self.unit = QComboBox()
        self.unit.setAccessibleName(self.tr("Afdeling"))
        for code, name in units:
            self.unit.addItem(f"{code} — {name}", code)
        self.scale = QSpinBox()
        self.scale.setRange(1, 18)
        self.scale.setValue(10)
        self.scale.setAccessibleName(self.tr("Salarisschaal"))
        self.hours = QSpinBox()
        self.hours.setRange(1, 40)
        self.hours.setValue(36)
        self.hours.setAccessibleName(self.tr("Uren per week"))
        form.addRow(self.tr("&Titel:"), self.title)
        form.addRow(self.tr("&Afdeling:"), self.unit)
        form.addRow(self.tr("&Schaal:"), self.scale)
        form.addRow(self.tr("&Uren per week:"), self.hours)
        form.addRow(ok_cancel(self, self.tr("Aanmaken")))

    def vacancy(self) -> VacancyInput:
        return VacancyInput(
            title=self.title.text().strip(),
            unit_code=str(self.unit.currentData() or ""),
            scale=self.scale.value(),
            hours=self.hours.value(),
        )


class DeviationDialog(QDialog):
    """Ask for a deviation for one blocking finding, with a justification for HR."""

    def __init__(self, blocks: Sequence[Finding], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Afwijking aanvragen"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "De poort is dicht door een blokkerende bevinding. U kunt P&O vragen om een "
                "afwijking. Een andere P&O-auditor beslist. Uw uitleg blijft in het dossier."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.rule = QComboBox()
        self.rule.setAccessibleName(self.tr("Regel waarvoor u een afwijking vraagt"))
        lang = current_language()
        for f in blocks:
            self.rule.addItem(f"{f.code}: {f.message(lang)}", f.code)
        form.addRow(self.tr("&Regel:"), self.rule)
        self.justification = QPlainTextEdit()
        self.justification.setTabChangesFocus(True)
        self.justification.setAccessibleName(self.tr("Uitleg waarom u afwijkt"))
        self.justification.setPlaceholderText(
            self.tr("Leg uit waarom u afwijkt (minstens 20 tekens).")
        )
        form.addRow(self.tr("&Uitleg:"), self.justification)
        layout.addLayout(form)
        self.buttons = ok_cancel(self, self.tr("Aanvragen"))
        layout.addWidget(self.buttons)
        self.justification.textChanged.connect(self._check)
        self._check()
        self.resize(560, 320)

    def _check(self) -> None:
        ok = len(self.justification.toPlainText().strip()) >= MIN_JUSTIFICATION
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)

    def rule_code(self) -> str:
        return str(self.rule.currentData())

    def text(self) -> str:
        return self.justification.toPlainText().strip()


class RestartDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Procedure herstarten"))
        layout = QVBoxLayout(self)
        text = QLabel(
            self.tr(
                "Herstarten is de eerlijke weg als de criteria of vragen niet meer kloppen. "
                "Wat er gebeurt:\n"
                "• Alle scoreformulieren en oordelen van deze ronde gaan naar het archief. "
                "Ze blijven in het dossier.\n"
                "• Er komt een nieuwe versie van de criteria en vragen, die u weer kunt "
                "aanpassen.\n"
                "• De procedure gaat terug naar de fase Concept. Kandidaten blijven staan.\n"
                "• De commissie scoort daarna opnieuw."
            )
        )
        text.setWordWrap(True)
        layout.addWidget(text)
        self.reason = QPlainTextEdit()
        self.reason.setTabChangesFocus(True)
        self.reason.setAccessibleName(self.tr("Reden van de herstart"))
        self.reason.setPlaceholderText(self.tr("Waarom herstart u? Dit komt in het dossier."))
        layout.addWidget(self.reason)
        self.buttons = ok_cancel(self, self.tr("Herstarten"), destructive=True)
        layout.addWidget(self.buttons)
        self.reason.textChanged.connect(
            lambda: self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(
                bool(self.reason.toPlainText().strip())
            )
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)
        self.resize(560, 360)

    def text(self) -> str:
        return self.reason.toPlainText().strip()


class ConfirmWarningsDialog(QDialog):
    """Warnings do not stop the gate, but the recruiter confirms having read them."""

    def __init__(self, warnings: Sequence[Finding], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Waarschuwingen bevestigen"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Er zijn waarschuwingen. Lees ze. Wilt u toch naar de volgende fase? Uw "
                "bevestiging komt in het dossier."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        view = FindingsView(self)
        view.set_findings(warnings)
        layout.addWidget(view)
        layout.addWidget(ok_cancel(self, self.tr("Gelezen, ga verder")))
        self.resize(760, 420)
