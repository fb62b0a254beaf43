"""'Gezamenlijk oordeel': the chair's page for the procedures they chair."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from bewustwerven.core.procedure import SCORED_STAGES, Stage
from bewustwerven.services.app import App
from bewustwerven.services.consensus import ConsensusView
from bewustwerven.services.errors import KnownError
from bewustwerven.ui.chair.decision import DecisionPanel
from bewustwerven.ui.chair.gate_panel import GatePanel
from bewustwerven.ui.chair.judgement import JudgementPanel, outcome_labels
from bewustwerven.ui.chair.spread_model import PSEUDONYM_ROLE, SpreadModel
from bewustwerven.ui.member import common


class ConsensusPage(QWidget):
    """Spread and judgement per candidate, the gate (Rooney), identity reveal, the decision."""

    def __init__(self, app: App, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.app = app
        self.view: ConsensusView | None = None
        self.stage: Stage | None = None
        self.setWindowTitle(self.tr("Gezamenlijk oordeel"))

        self.procedure = QComboBox()
        self.procedure.setAccessibleName(self.tr("Procedure waarvan ik voorzitter ben"))
        proc_label = QLabel(self.tr("&Procedure:"))
        proc_label.setBuddy(self.procedure)
        self.reload_btn = QPushButton(self.tr("Ver&nieuwen"))
        self.stage_label = common.wrapped()
        top = QHBoxLayout()
        top.addWidget(proc_label)
        top.addWidget(self.procedure, 1)
        top.addWidget(self.reload_btn)

        # spread + judgement
        self.spread = SpreadModel(self)
        self.table = QTableView()
        self.table.setTabKeyNavigation(False)  # Tab leaves the table
        self.table.setModel(self.spread)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.setAccessibleName(self.tr("Spreiding van de scores per kandidaat en criterium"))
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.legend = common.wrapped(
            self.tr(
                "Elke kolom is een lid (gemiddelde per criterium). Liggen de scores 2 punten "
                "of meer uit elkaar, dan staat er 'Bespreken' met een waarschuwingsteken."
            )
        )
        self.judgement = JudgementPanel(app)
        left = QWidget()
        llay = QVBoxLayout(left)
        llay.setContentsMargins(0, 0, 0, 0)
        llay.addWidget(self.legend)
        llay.addWidget(self.table, 1)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(left)
        split.addWidget(self.judgement)
        split.setSizes([620, 640])  # the motivations need room: they were cut off
        split.setChildrenCollapsible(False)
        self.refused = common.wrapped()
        self.refused.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.spread_stack = QStackedWidget()
        self.spread_stack.addWidget(split)
        self.spread_stack.addWidget(self.refused)

        self.gate = GatePanel(app)
        self.decision = DecisionPanel(app)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.spread_stack, self.tr("&Spreiding en oordeel"))
        self.tabs.addTab(self.gate, self.tr("P&oort en shortlist"))
        self.tabs.addTab(self.decision, self.tr("Bes&luit"))
        self.tabs.setAccessibleName(self.tr("Onderdelen van het gezamenlijk oordeel"))

        layout = QVBoxLayout(self)
        layout.addWidget(common.heading(self.tr("Gezamenlijk oordeel")))
        layout.addLayout(top)
        layout.addWidget(self.stage_label)
        layout.addWidget(self.tabs, 1)

        self.procedure.currentIndexChanged.connect(lambda _i: self._load())
        self.reload_btn.clicked.connect(self.refresh)
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)
        self.judgement.recorded.connect(self._recorded)
        self.gate.changed.connect(self._gate_changed)
        self.decision.decided.connect(lambda: self.gate.load(self.pid))
        self.refresh()

    @property
    def pid(self) -> int | None:
        data = self.procedure.currentData()
        return None if data is None else int(data)

    def refresh(self) -> None:
        keep = self.pid
        items: list[tuple[str, int]] = []
        try:
            for p in self.app.procedures.list(with_findings=False):
                detail = self.app.procedures.show(p.id)
                if any(
                    s.login == self.app.actor.login and s.role == "chair" for s in detail.committee
                ):
                    items.append((f"{p.title} ({p.id}) · {p.stage.label(common.lang())}", p.id))
        except KnownError as exc:
            self.stage_label.setText(exc.message(common.lang()))
        self.procedure.blockSignals(True)
        self.procedure.clear()
        for text, pid in items:
            self.procedure.addItem(text, pid)
        idx = self.procedure.findData(keep) if keep is not None else -1
        if idx < 0:  # start with the first procedure that needs the chair
            idx = next(
                (
                    i
                    for i, (t, _p) in enumerate(items)
                    if not t.endswith(Stage.CLOSED.label(common.lang()))
                ),
                0 if items else -1,
            )
        self.procedure.setCurrentIndex(idx)
        self.procedure.blockSignals(False)
        if not items:
            self.stage_label.setText(self.tr("U bent nu van geen enkele procedure voorzitter."))
        self._load()

    def select_procedure(self, pid: int) -> bool:
        idx = self.procedure.findData(pid)
        if idx < 0:
            return False
        self.procedure.setCurrentIndex(idx)
        self._load()
        return True

    def _load(self) -> None:
        pid = self.pid
        self.view, self.stage = None, None
        self.spread.set_view(None, {})
        self.judgement.set_candidate(None, None)
        if pid is None:
            self.gate.load(None)
            self.decision.load(None)
            return
        try:
            detail = self.app.procedures.show(pid)
        except KnownError as exc:
            self.stage_label.setText(exc.message(common.lang()))
            return
        self.stage = detail.stage
        self.stage_label.setText(
            self.tr("Fase: {stage} · schaal {scale} · {n} kandidaten").format(
                stage=detail.stage.label(common.lang()), scale=detail.scale, n=detail.candidates
            )
        )
        self.gate.load(pid)
        self._load_spread(pid, detail.stage)
        in_decision = detail.stage is Stage.DECISION
        self.tabs.setTabEnabled(2, in_decision)
        self.tabs.setTabEnabled(0, detail.stage in SCORED_STAGES)
        self.decision.load(pid if in_decision else None)
        if detail.stage not in SCORED_STAGES and self.tabs.currentIndex() == 0:
            self.tabs.setCurrentIndex(2 if in_decision else 1)

    def _load_spread(self, pid: int, stage: Stage) -> None:
        if stage not in SCORED_STAGES:
            self.refused.setText(self.tr("In deze fase is er geen gezamenlijk oordeel te geven."))
            self.spread_stack.setCurrentIndex(1)
            return
        try:
            view = self.app.consensus.view(pid)
        except KnownError as exc:
            self.refused.setText(exc.message(common.lang()))
            self.spread_stack.setCurrentIndex(1)
            return
        self.view = view
        self.spread.set_view(view, outcome_labels(view.stage))
        self.spread_stack.setCurrentIndex(0)
        note = (
            self.tr("Alle formulieren zijn binnen.")
            if view.complete
            else self.tr("Nog niet alle formulieren zijn ingediend: wacht met het oordeel.")
        )
        self.legend.setText(
            note
            + " "
            + self.tr(
                "Elke kolom is een lid (gemiddelde per criterium). Liggen de scores 2 "
                "punten of meer uit elkaar, dan staat er 'Bespreken' met een "
                "waarschuwingsteken ({n} keer)."
            ).format(n=self.spread.disagreements())
        )
        if self.spread.rowCount():
            self.table.selectRow(0)
        self.gate.set_shortlist(view)

    def _row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid() or self.view is None:
            return
        code = current.data(PSEUDONYM_ROLE)
        if self.judgement.candidate is not None and self.judgement.candidate.pseudonym == code:
            return
        cand = next((c for c in self.view.candidates if c.pseudonym == code), None)
        self.judgement.set_candidate(self.view, cand)

    def select_candidate(self, code: str) -> bool:
        row = self.spread.first_row_of(code)
        if row < 0:
            return False
        self.table.selectRow(row)
        return True

    def _recorded(self, code: str) -> None:
        pid = self.pid
        if pid is None or self.stage is None:
            return
        self.gate.load(pid)
        self._load_spread(pid, self.stage)
        self.select_candidate(code)

    def _gate_changed(self) -> None:
        keep = self.pid
        self.refresh()
        if keep is not None:
            self.select_procedure(keep)
