"""The decision (stage Besluit): chosen candidate, motivation per criterion, ranked-equal
candidates, tie-breaker and the preference check (PREF / PREF-AGE findings). A decision
recorded earlier is shown again in the form, so the chair sees it and can change it."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from bewustwerven.core.procedure import Stage
from bewustwerven.services.app import App
from bewustwerven.services.consensus import RecordedDecision
from bewustwerven.services.errors import KnownError
from bewustwerven.services.ranking import RankedCandidate
from bewustwerven.ui.chair.judgement import outcome_labels
from bewustwerven.ui.member import common


class DecisionPanel(QWidget):
    decided = Signal()

    def __init__(self, app: App, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.app = app
        self.pid: int | None = None
        self.recorded: RecordedDecision | None = None
        self.ranking: list[RankedCandidate] = []
        self.criteria: list[tuple[str, str]] = []

        self.ranking_list = QListWidget()
        self.ranking_list.setAccessibleName(self.tr("Rangorde na de gesprekken"))
        self.chosen = QComboBox()
        self.chosen.setAccessibleName(self.tr("Gekozen kandidaat"))
        self.motivation = QPlainTextEdit()
        self.motivation.setTabChangesFocus(True)
        self.motivation.setAccessibleName(self.tr("Motivering van het besluit"))
        self.motivation.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 12)
        self.per_criterion = QFormLayout()
        self.crit_edits: dict[str, QLineEdit] = {}
        self.equal = QListWidget()
        self.equal.setAccessibleName(self.tr("Even geschikt gerangschikt"))
        self.equal.setAccessibleDescription(
            self.tr("Vink de kandidaten aan die de commissie even geschikt vindt.")
        )
        self.equal.setMaximumHeight(self.fontMetrics().lineSpacing() * 7)
        self.tie_breaker = QLineEdit()
        self.tie_breaker.setAccessibleName(self.tr("Doorslag bij gelijke geschiktheid"))
        self.tie_breaker.setPlaceholderText(
            self.tr("Wat gaf de doorslag? Leeftijd is nooit een doorslag.")
        )
        self.preference = QPlainTextEdit()
        self.preference.setTabChangesFocus(True)
        self.preference.setAccessibleName(self.tr("Motivering voorkeursbeleid"))
        self.preference.setPlaceholderText(
            self.tr(
                "Alleen nodig als u bij gelijke geschiktheid niet kiest voor een kandidaat "
                "uit de doelgroep: waarom niet?"
            )
        )
        self.preference.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 12)
        self.decide_btn = QPushButton(self.tr("Besluit &vastleggen"))
        self.status = common.wrapped()
        self.recorded_label = common.wrapped()
        self.recorded_label.setAccessibleName(self.tr("Vastgelegd besluit"))

        form = QFormLayout()
        pairs = [
            (self.tr("&Gekozen kandidaat:"), self.chosen),
            (self.tr("&Motivering:"), self.motivation),
            (self.tr("Even &geschikt:"), self.equal),
            (self.tr("&Doorslag:"), self.tie_breaker),
            (self.tr("Motivering &voorkeursbeleid:"), self.preference),
        ]
        for text, w in pairs:
            label = QLabel(text)
            label.setBuddy(w)
            form.addRow(label, w)
        crit_box = QGroupBox(self.tr("Motivering per criterium (verplicht)"))
        crit_box.setLayout(self.per_criterion)

        inner = QWidget()
        ilay = QVBoxLayout(inner)
        ilay.addWidget(self.recorded_label)
        ilay.addLayout(form)
        ilay.addWidget(crit_box)
        row = QHBoxLayout()
        row.addWidget(self.status, 1)
        row.addWidget(self.decide_btn)
        ilay.addLayout(row)
        ilay.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)

        self.check = common.wrapped()
        self.check.setTextFormat(Qt.TextFormat.RichText)
        self.check.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.check.setAccessibleName(self.tr("Voorkeurscheck"))
        check_box = QGroupBox(self.tr("Voorkeurscheck en besluitpoort"))
        clay = QVBoxLayout(check_box)
        clay.addWidget(self.check)
        left = QVBoxLayout()
        left.addWidget(QLabel(self.tr("Rangorde na de gesprekken (gezamenlijk oordeel)")))
        left.addWidget(self.ranking_list, 1)
        left.addWidget(check_box, 1)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 2)
        layout.addWidget(scroll, 3)
        self.decide_btn.clicked.connect(self.decide)

    def load(self, pid: int | None) -> None:
        self.pid = pid
        self.recorded = None
        self.ranking_list.clear()
        self.chosen.clear()
        self.equal.clear()
        for box in (self.motivation, self.preference):
            box.clear()
        self.tie_breaker.clear()
        self.recorded_label.setText("")
        self.recorded_label.setVisible(False)
        self.decide_btn.setText(self.tr("Besluit &vastleggen"))
        while self.per_criterion.rowCount():
            self.per_criterion.removeRow(0)
        self.crit_edits = {}
        if pid is None:
            return
        try:
            self.ranking = self.app.ranking.interview_ranking(pid)
            detail = self.app.procedures.show(pid)
            recorded = self.app.consensus.decision(pid)
        except KnownError as exc:
            self.status.setText(exc.message(common.lang()))
            return
        labels = outcome_labels(Stage.INTERVIEWS)
        names = {c.key: c.name for c in detail.criteria}
        for n, r in enumerate(self.ranking, start=1):
            total = "–" if r.total is None else f"{r.total:.2f}"
            outcome = labels.get(r.outcome or "", self.tr("geen oordeel"))
            scores = ", ".join(f"{names.get(k, k)} {v:g}" for k, v in r.scores.items())
            item = QListWidgetItem(
                self.tr("{n}. {code} · {outcome} · totaal {total}").format(
                    n=n, code=r.pseudonym, outcome=outcome, total=total
                )
            )
            item.setToolTip(scores)
            self.ranking_list.addItem(item)
            self.chosen.addItem(r.pseudonym, r.pseudonym)
            eq = QListWidgetItem(r.pseudonym)
            eq.setFlags(eq.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            eq.setCheckState(Qt.CheckState.Unchecked)
            self.equal.addItem(eq)
        for c in detail.criteria:
            edit = QLineEdit()
            edit.setAccessibleName(self.tr("Motivering besluit: {c}").format(c=c.name))
            label = QLabel(c.name)
            label.setBuddy(edit)
            self.per_criterion.addRow(label, edit)
            self.crit_edits[c.key] = edit
        self.status.setText("")
        if recorded is not None:
            self.show_recorded(recorded)
        self.load_check()

    def show_recorded(self, d: RecordedDecision) -> None:
        """Put a recorded decision back into the form, with when it was recorded."""
        self.recorded = d
        if d.chosen is not None:
            self.chosen.setCurrentIndex(max(0, self.chosen.findData(d.chosen)))
        self.motivation.setPlainText(d.motivation)
        for key, edit in self.crit_edits.items():
            edit.setText(d.motivations.get(key, ""))
        self.tie_breaker.setText(d.tie_breaker)
        self.preference.setPlainText(d.preference_motivation)
        self.set_ranked_equal(list(d.ranked_equal))
        when = d.decided_at.strftime("%d-%m-%Y %H:%M")
        self.recorded_label.setText(
            self.tr(
                "Er is al een besluit vastgelegd op {when}: {code}. U ziet het hieronder. "
                "Pas het aan en leg het opnieuw vast als dat nodig is."
            ).format(when=when, code=d.chosen or self.tr("(geen kandidaat)"))
        )
        self.recorded_label.setVisible(True)
        self.decide_btn.setText(self.tr("Wijziging &vastleggen"))

    def load_check(self) -> None:
        """PREF / PREF-AGE and the decision gate's findings, in words with their source."""
        if self.pid is None:
            self.check.setText("")
            return
        try:
            report = self.app.procedures.gate(self.pid)
        except KnownError as exc:
            self.check.setText(exc.message(common.lang()))
            return
        shown = [f for f in report.findings if f.code.startswith(("PREF", "GATE-"))]
        waived = [w for w in report.waived if w.finding.code.startswith("PREF")]
        parts = [common.finding_html(f) for f in shown]
        parts += [
            self.tr("Afwijking {id} goedgekeurd voor {code}.").format(
                id=w.deviation_id, code=w.finding.code
            )
            for w in waived
        ]
        if not parts:
            parts = [self.tr("De voorkeurscheck geeft geen bevindingen: het besluit kan door.")]
        self.check.setText("<br><br>".join(parts))

    def ranked_equal(self) -> list[str]:
        out = []
        for i in range(self.equal.count()):
            item = self.equal.item(i)
            if item.checkState() == Qt.CheckState.Checked:
                out.append(item.text())
        return out

    def set_ranked_equal(self, codes: list[str]) -> None:
        for i in range(self.equal.count()):
            item = self.equal.item(i)
            item.setCheckState(
                Qt.CheckState.Checked if item.text() in codes else Qt.CheckState.Unchecked
            )

    def decide(self) -> bool:
        pid, chosen = self.pid, self.chosen.currentData()
        if pid is None or chosen is None:
            return False
        motivations = {k: e.text() for k, e in self.crit_edits.items()}
        if not common.succeeds(
            self,
            lambda: self.app.consensus.decide(
                pid,
                chosen,
                motivation=self.motivation.toPlainText(),
                motivations=motivations,
                preference_motivation=self.preference.toPlainText(),
                tie_breaker=self.tie_breaker.text(),
                ranked_equal=self.ranked_equal(),
            ),
        ):
            return False
        try:
            recorded = self.app.consensus.decision(pid)
        except KnownError:
            recorded = None
        if recorded is not None:
            self.show_recorded(recorded)
        self.status.setText(
            self.tr("Besluit vastgelegd: {code}. Bekijk links de voorkeurscheck.").format(
                code=chosen
            )
        )
        self.load_check()
        self.decided.emit()
        return True
