"""The committee's judgement on one candidate: outcome, consensus score and motivation."""

from __future__ import annotations

from statistics import mean

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QDoubleSpinBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from bewustwerven.core.procedure import InterviewOutcome, ScreeningOutcome, Stage
from bewustwerven.services.app import App
from bewustwerven.services.consensus import CandidateSpread, ConsensusView
from bewustwerven.services.errors import InvalidInput
from bewustwerven.ui.changes import Changes, announce
from bewustwerven.ui.member import common
from bewustwerven.ui.widgets.buttons import tab_chain


def outcome_labels(stage: Stage) -> dict[str, str]:
    if stage is Stage.SCREENING:
        return {
            ScreeningOutcome.INVITE.value: QCoreApplication.translate("Outcome", "Uitnodigen"),
            ScreeningOutcome.RESERVE.value: QCoreApplication.translate("Outcome", "Reserve"),
            ScreeningOutcome.REJECT.value: QCoreApplication.translate("Outcome", "Afwijzen"),
        }
    return {
        InterviewOutcome.SUITABLE.value: QCoreApplication.translate("Outcome", "Geschikt"),
        InterviewOutcome.RESERVE.value: QCoreApplication.translate("Outcome", "Reserve"),
        InterviewOutcome.NOT_SUITABLE.value: QCoreApplication.translate("Outcome", "Niet geschikt"),
    }


class JudgementPanel(QGroupBox):
    """Filled from the spread (mean as a starting point); the chair sets what was agreed."""

    recorded = Signal(str)

    def __init__(self, app: App, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.app = app
        self.view: ConsensusView | None = None
        self.candidate: CandidateSpread | None = None
        self.setTitle(self.tr("Gezamenlijk oordeel"))
        self.hint = common.wrapped(self.tr("Kies links een kandidaat."))
        self.body_holder = QVBoxLayout()
        self.body: QWidget | None = None
        self.outcomes = QButtonGroup(self)
        self.scores: dict[str, QDoubleSpinBox] = {}
        self.motivations: dict[str, QLineEdit] = {}
        self.record_btn = QPushButton(self.tr("Oordeel &vastleggen"))
        self.record_btn.setAccessibleDescription(
            self.tr("Legt uitkomst, score en motivering per criterium vast in het dossier.")
        )
        self.record_btn.clicked.connect(self.record)
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addLayout(self.body_holder)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.record_btn)
        layout.addLayout(row)
        layout.addStretch(1)
        self.set_candidate(None, None)

    def set_candidate(self, view: ConsensusView | None, cand: CandidateSpread | None) -> None:
        self.view, self.candidate = view, cand
        for b in list(self.outcomes.buttons()):
            self.outcomes.removeButton(b)
        if self.body is not None:
            self.body.hide()
            self.body.deleteLater()
            self.body = None
        self.scores, self.motivations = {}, {}
        enabled = view is not None and cand is not None
        self.record_btn.setEnabled(enabled)
        if view is None or cand is None:
            self.setTitle(self.tr("Gezamenlijk oordeel"))
            return
        self.setTitle(self.tr("Gezamenlijk oordeel over {code}").format(code=cand.pseudonym))
        self.hint.setText(
            self.tr(
                "Bespreek de verschillen. Leg dan per criterium de score vast waar de "
                "commissie het over eens is, met een korte motivering."
            )
        )
        self.body = QWidget()
        blay = QVBoxLayout(self.body)
        blay.setContentsMargins(0, 0, 0, 0)
        blay.addWidget(QLabel(self.tr("Uitkomst:")))
        self.outcome_layout = QHBoxLayout()
        blay.addLayout(self.outcome_layout)
        self.grid = QGridLayout()
        blay.addLayout(self.grid)
        self.body_holder.addWidget(self.body)
        for n, (value, text) in enumerate(outcome_labels(view.stage).items()):
            button = QRadioButton(text)
            button.setAccessibleName(self.tr("Uitkomst: {text}").format(text=text))
            self.outcomes.addButton(button, n)
            button.setProperty("outcome", value)
            button.setChecked(cand.outcome == value)
            self.outcome_layout.addWidget(button)
        self.outcome_layout.addStretch(1)
        self.grid.addWidget(QLabel(self.tr("Criterium")), 0, 0)
        self.grid.addWidget(QLabel(self.tr("Score")), 0, 1)
        self.grid.addWidget(QLabel(self.tr("Motivering (verplicht)")), 0, 2)
        knockout = {k: ko for k, _n, ko, _w in view.criteria}
        for r, crit in enumerate(cand.criteria, start=1):
            name = crit.criterion + (
                self.tr(" (knock-out)") if knockout.get(crit.criterion_key) else ""
            )
            label = QLabel(name)
            spin = QDoubleSpinBox()
            spin.setRange(1.0, 5.0)
            spin.setSingleStep(0.5)
            spin.setDecimals(1)
            spin.setValue(round(mean(crit.scores.values()) * 2) / 2 if crit.scores else 3.0)
            spin.setAccessibleName(self.tr("Gezamenlijke score voor {c}").format(c=crit.criterion))
            label.setBuddy(spin)
            motivation = QLineEdit()
            motivation.setAccessibleName(self.tr("Motivering voor {c}").format(c=crit.criterion))
            motivation.setPlaceholderText(self.tr("Waarom deze score?"))
            self.grid.addWidget(label, r, 0)
            self.grid.addWidget(spin, r, 1)
            self.grid.addWidget(motivation, r, 2)
            self.scores[crit.criterion_key] = spin
            self.motivations[crit.criterion_key] = motivation
        self.grid.setColumnStretch(2, 1)
        # The body is built after the button, so by creation order Tab would jump from the
        # last motivation out of the panel: put "Oordeel vastleggen" right after it.
        chain: list[QWidget] = [*self.outcomes.buttons()]
        for key in self.scores:
            chain += [self.scores[key], self.motivations[key]]
        chain.append(self.record_btn)
        tab_chain(chain)

    def chosen_outcome(self) -> str | None:
        b = self.outcomes.checkedButton()
        return None if b is None else str(b.property("outcome"))

    def set_outcome(self, outcome: str) -> None:
        for b in self.outcomes.buttons():
            if b.property("outcome") == outcome:
                b.setChecked(True)

    def record(self) -> bool:
        view, cand = self.view, self.candidate
        if view is None or cand is None:
            return False
        outcome = self.chosen_outcome()
        if outcome is None:
            common.show_error(self, InvalidInput(self.tr("Kies eerst een uitkomst.")))
            return False
        scores = {k: s.value() for k, s in self.scores.items()}
        motivations = {k: m.text() for k, m in self.motivations.items()}
        written = common.attempt(
            self,
            lambda: self.app.consensus.record(
                view.procedure_id, cand.pseudonym, outcome, scores, motivations
            ),
        )
        if written is None:
            return False
        if written:
            message = self.tr("Het oordeel over {code} is vastgelegd.")
        else:
            message = self.tr("Niets gewijzigd: dit oordeel over {code} stond al zo vast.")
        announce(
            self,
            Changes.of(view.procedure_id, "consensus", message=message.format(code=cand.pseudonym)),
        )
        self.recorded.emit(cand.pseudonym)
        return True
