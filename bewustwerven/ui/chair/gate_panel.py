"""The next gate: its findings (ROONEY shown prominently, with its source), a deviation
request for a block, the identity reveal per invited candidate, and 'Volgende fase'."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from bewustwerven.core.findings import Severity
from bewustwerven.core.procedure import Stage
from bewustwerven.core.registry import deviation_type_for
from bewustwerven.services.app import App
from bewustwerven.services.consensus import ConsensusView
from bewustwerven.services.dto import GateReport
from bewustwerven.services.errors import KnownError
from bewustwerven.ui.chair.findings_model import (
    COL_CODE,
    COL_MESSAGE,
    COL_SEVERITY,
    COL_SOURCE,
    FindingsModel,
)
from bewustwerven.ui.member import common


class GatePanel(QWidget):
    changed = Signal()

    def __init__(self, app: App, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.app = app
        self.pid: int | None = None
        self.report: GateReport | None = None
        self.title = common.heading(self.tr("Poort naar de volgende fase"))
        self.rooney = QFrame()
        self.rooney.setFrameShape(QFrame.Shape.Box)
        self.rooney.setLineWidth(2)
        rlay = QHBoxLayout(self.rooney)
        self.rooney_icon = QLabel()
        self.rooney_text = common.wrapped()
        self.rooney_text.setTextFormat(Qt.TextFormat.RichText)
        rlay.addWidget(self.rooney_icon, 0, Qt.AlignmentFlag.AlignTop)
        rlay.addWidget(self.rooney_text, 1)
        self.rooney.setAccessibleName(self.tr("Rooney-regel"))

        self.model = FindingsModel(self)
        self.table = QTableView()
        self.table.setTabKeyNavigation(False)  # Tab leaves the table
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(True)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        for col in (COL_SEVERITY, COL_CODE):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_MESSAGE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COL_SOURCE, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(COL_SOURCE, self.fontMetrics().averageCharWidth() * 36)
        self.shortlist = common.wrapped()
        self.shortlist.setAccessibleName(self.tr("Shortlist"))
        self.table.setAccessibleName(self.tr("Bevindingen bij de poort"))
        self.summary = common.wrapped()
        self.deviation_btn = QPushButton(self.tr("&Afwijking aanvragen…"))
        self.deviation_btn.setAccessibleDescription(
            self.tr("Vraag P&O om een afwijking voor de gekozen blokkerende bevinding.")
        )
        self.advance_btn = QPushButton(self.tr("Volgende &fase…"))
        self.advance_btn.setAccessibleDescription(
            self.tr("Zet de procedure door naar de volgende fase.")
        )

        self.reveal_label = QLabel(self.tr("Identiteit vrijgeven (alleen uitgenodigde kandidaten)"))
        self.reveal_list = QListWidget()
        self.reveal_list.setAccessibleName(self.reveal_label.text())
        self.reveal_label.setBuddy(self.reveal_list)
        self.reveal_btn = QPushButton(self.tr("&Identiteit vrijgeven…"))
        self.reveal_btn.setAccessibleDescription(
            self.tr(
                "Een bewuste stap die in het auditspoor komt. De commissie ziet daarna wie "
                "de kandidaat is."
            )
        )
        self.reveal_hint = common.wrapped()

        buttons = QHBoxLayout()
        buttons.addWidget(self.deviation_btn)
        buttons.addStretch(1)
        buttons.addWidget(self.advance_btn)
        reveal_row = QHBoxLayout()
        reveal_row.addWidget(self.reveal_list, 1)
        reveal_col = QVBoxLayout()
        reveal_col.addWidget(self.reveal_btn)
        reveal_col.addWidget(self.reveal_hint)
        reveal_col.addStretch(1)
        reveal_row.addLayout(reveal_col, 1)

        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.rooney)
        layout.addWidget(self.shortlist)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 2)
        layout.addLayout(buttons)
        layout.addWidget(self.reveal_label)
        layout.addLayout(reveal_row, 1)

        self.deviation_btn.clicked.connect(self.request_deviation)
        self.advance_btn.clicked.connect(self.advance)
        self.reveal_btn.clicked.connect(self.reveal)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.reveal_list.currentItemChanged.connect(lambda *_: self._update_buttons())

    # -- data -------------------------------------------------------------------------
    def load(self, pid: int | None) -> None:
        self.pid = pid
        self.report = None
        self.model.set_findings(())
        self.reveal_list.clear()
        if pid is None:
            self.summary.setText("")
            self.rooney.setVisible(False)
            self._update_buttons()
            return
        try:
            report = self.app.procedures.gate(pid)
        except KnownError as exc:
            self.summary.setText(exc.message(common.lang()))
            self.rooney.setVisible(False)
            self._update_buttons()
            return
        self.report = report
        self.model.set_findings(
            report.findings, [(w.finding, w.deviation_id) for w in report.waived]
        )
        self._show_rooney(report)
        blocks = sum(1 for f in report.findings if f.blocks)
        warns = sum(1 for f in report.findings if f.severity is Severity.WARN)
        if report.next_stage is None:
            self.summary.setText(self.tr("De procedure is afgesloten."))
        elif blocks:
            self.summary.setText(
                self.tr(
                    "De poort naar '{stage}' is dicht: {n} blokkerende bevinding(en). Los "
                    "ze op of vraag een afwijking aan."
                ).format(stage=report.next_stage.label(common.lang()), n=blocks)
            )
        else:
            self.summary.setText(
                self.tr("De poort naar '{stage}' is open ({n} waarschuwing(en)).").format(
                    stage=report.next_stage.label(common.lang()), n=warns
                )
            )
        self._load_reveal(pid, report.stage)
        self.shortlist.setText("")
        for r in range(self.model.rowCount()):
            if self.model.finding(r).blocks and self.model.waived_by(r) is None:
                self.table.selectRow(r)
                break
        self._update_buttons()

    def set_shortlist(self, view: ConsensusView) -> None:
        """The outcomes so far, as the shortlist the gate judges (pseudonyms only)."""
        from bewustwerven.ui.chair.judgement import outcome_labels

        labels = outcome_labels(view.stage)
        groups: dict[str, list[str]] = {}
        for c in view.candidates:
            groups.setdefault(c.outcome or "", []).append(c.pseudonym)
        parts = [f"<b>{labels[o]}</b>: " + ", ".join(groups[o]) for o in labels if groups.get(o)]
        if groups.get(""):
            parts.append("<b>" + self.tr("Nog geen oordeel") + "</b>: " + ", ".join(groups[""]))
        self.shortlist.setText(
            self.tr("Shortlist ({stage})").format(stage=view.stage.label(common.lang()))
            + ": "
            + " · ".join(parts)
        )

    def _show_rooney(self, report: GateReport) -> None:
        rooney = [f for f in report.findings if f.code == "ROONEY"]
        waived = [w for w in report.waived if w.finding.code == "ROONEY"]
        if rooney:
            f = rooney[0]
            self.rooney_icon.setPixmap(common.severity_icon(self, f.severity).pixmap(32, 32))
            self.rooney_text.setText(
                "<b>" + self.tr("Rooney-regel") + "</b><br>" + common.finding_html(f)
            )
        elif waived:
            w = waived[0]
            self.rooney_icon.setPixmap(common.severity_icon(self, Severity.INFO).pixmap(32, 32))
            self.rooney_text.setText(
                "<b>"
                + self.tr("Rooney-regel: afwijking {id} goedgekeurd").format(id=w.deviation_id)
                + "</b><br>"
                + common.finding_html(w.finding)
            )
        self.rooney.setVisible(bool(rooney or waived))

    def _load_reveal(self, pid: int, stage: Stage) -> None:
        try:
            rows = [r for r in self.app.candidates.list(pid) if r.reveal_open]
        except KnownError as exc:
            self.reveal_hint.setText(exc.message(common.lang()))
            return
        if not rows:
            self.reveal_hint.setText(
                self.tr(
                    "Identiteiten worden pas vrijgegeven als de lijst voor de gesprekken "
                    "vastligt (na de poort van deze fase)."
                )
            )
            return
        for r in rows:
            text = (
                self.tr("{code} — vrijgegeven").format(code=r.pseudonym)
                if r.revealed
                else self.tr("{code} — nog anoniem").format(code=r.pseudonym)
            )
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, r.pseudonym)
            item.setData(Qt.ItemDataRole.UserRole + 1, r.revealed)
            self.reveal_list.addItem(item)
        self.reveal_hint.setText(
            self.tr(
                "Vrijgeven is nodig om uit te nodigen en te benaderen. Het komt in het "
                "auditspoor; u kunt het niet terugdraaien."
            )
        )

    def _selected_block(self) -> int:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return -1
        r = rows[0].row()
        f = self.model.finding(r)
        waivable = deviation_type_for(f.code) is not None  # the registry: may this be waived?
        return r if f.blocks and waivable and self.model.waived_by(r) is None else -1

    def _update_buttons(self) -> None:
        report = self.report
        self.advance_btn.setEnabled(report is not None and report.next_stage is not None)
        self.deviation_btn.setEnabled(self._selected_block() >= 0)
        item = self.reveal_list.currentItem()
        self.reveal_btn.setEnabled(item is not None and not item.data(Qt.ItemDataRole.UserRole + 1))
        self.reveal_list.setVisible(self.reveal_list.count() > 0)

    def select_finding(self, code: str) -> bool:
        for r in range(self.model.rowCount()):
            if self.model.finding(r).code == code and self.model.waived_by(r) is None:
                self.table.selectRow(r)
                return True
        return False

    # -- actions ----------------------------------------------------------------------
    def request_deviation(self) -> int | None:
        r = self._selected_block()
        if r < 0 or self.pid is None:
            return None
        f = self.model.finding(r)
        pid = self.pid
        text = common.ask_text(
            self,
            self.tr("Afwijking aanvragen: {code}").format(code=f.code),
            self.tr(
                "{message}\n\nWaarom wijkt u hier af? P&O leest dit en beslist. Het blijft "
                "in het dossier."
            ).format(message=f.message(common.lang())),
            minimum=20,
            ok_text=self.tr("Afwijking aanvragen"),
        )
        if text is None:
            return None
        dev = common.attempt(self, lambda: self.app.deviations.request(pid, f.code, text))
        if dev is not None:
            self.load(pid)
            self.summary.setText(
                self.summary.text()
                + " "
                + self.tr("Afwijking {id} is aangevraagd en wacht op P&O.").format(id=dev)
            )
            self.changed.emit()
        return dev

    def advance(self) -> bool:
        if self.pid is None or self.report is None or self.report.next_stage is None:
            return False
        pid, report = self.pid, self.report
        target = report.next_stage
        if target is None:
            return False
        warns = [f for f in report.findings if f.severity is Severity.WARN]
        blocked = any(f.blocks for f in report.findings)
        ack = False
        if blocked:
            pass  # the service refuses and says why; no question to ask first
        elif warns:
            ack = common.confirm(
                self,
                self.tr("Waarschuwingen"),
                self.tr(
                    "Er zijn {n} waarschuwing(en). Heeft u ze gelezen en wilt u toch door "
                    "naar '{stage}'?"
                ).format(n=len(warns), stage=target.label(common.lang())),
                self.tr("Toch doorgaan"),
            )
            if not ack:
                return False
        elif not common.confirm(
            self,
            self.tr("Volgende fase"),
            self.tr("De procedure gaat naar '{stage}'. Dit komt in het auditspoor.").format(
                stage=target.label(common.lang())
            ),
            self.tr("Doorzetten"),
        ):
            return False
        result = common.attempt(
            self, lambda: self.app.procedures.advance(pid, acknowledge_warnings=ack)
        )
        if result is None:
            return False
        self.load(pid)
        if not result.advanced:  # the gate is closed: say why, in a message that stays
            why = result.message_en if common.lang() == "en" else result.message_nl
            self.summary.setText(why)
            box = QMessageBox(self)
            box.setIcon(QMessageBox.Icon.Information)
            box.setWindowTitle(self.tr("De poort is dicht"))
            box.setText(why)
            en = common.lang() == "en"
            blocks = [
                f"• {f.message_en if en else f.message_nl}" for f in result.report.blocks
            ]
            box.setInformativeText(
                "\n".join(
                    [
                        *blocks[:6],
                        self.tr(
                            "Los de blokkades in de lijst op, of vraag voor een blokkade een "
                            "afwijking aan (P&O beslist)."
                        ),
                    ]
                )
            )
            box.exec()
            return False
        self.changed.emit()
        return True

    def reveal(self) -> bool:
        item = self.reveal_list.currentItem()
        if item is None or self.pid is None:
            return False
        code, pid = str(item.data(Qt.ItemDataRole.UserRole)), self.pid
        if not common.confirm(
            self,
            self.tr("Identiteit vrijgeven"),
            self.tr(
                "U geeft de identiteit van {code} vrij aan de commissie. Dit is een bewuste "
                "stap: hij komt met uw naam in het auditspoor en kan niet terug.\n\n"
                "Vrijgeven?"
            ).format(code=code),
            self.tr("Vrijgeven"),
        ):
            return False
        if not common.succeeds(self, lambda: self.app.candidates.reveal(pid, code)):
            return False
        self.load(pid)
        self.changed.emit()
        return True
