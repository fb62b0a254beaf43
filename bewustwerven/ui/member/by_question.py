"""Score one question across all candidates, in my own shuffled order (as Applied's sift)."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from bewustwerven.services.app import App
from bewustwerven.services.errors import KnownError
from bewustwerven.services.scoring import SheetTask
from bewustwerven.ui.member import common
from bewustwerven.ui.member.question_model import QuestionRoundModel
from bewustwerven.ui.member.score_input import QuestionBox


class QuestionRoundWidget(QWidget):
    """Pick a procedure and a question; score it for each candidate in turn."""

    saved = Signal(int, str, str)

    def __init__(self, app: App, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.app = app
        self.pid: int | None = None
        self.box: QuestionBox | None = None
        self.procedure = QComboBox()
        self.procedure.setAccessibleName(self.tr("Procedure"))
        self.question = QComboBox()
        self.question.setAccessibleName(self.tr("Vraag"))
        self.question.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.question.setMinimumContentsLength(40)
        pick = QFormLayout()
        proc_label = QLabel(self.tr("&Procedure:"))
        proc_label.setBuddy(self.procedure)
        q_label = QLabel(self.tr("&Vraag:"))
        q_label.setBuddy(self.question)
        pick.addRow(proc_label, self.procedure)
        pick.addRow(q_label, self.question)
        explain = common.wrapped(
            self.tr(
                "U ziet de kandidaten in uw eigen volgorde, anders geschud voor elk lid. "
                "Zo telt de volgorde niet mee. Elke score wordt als concept bewaard; "
                "indienen doet u per kandidaat in het formulier."
            )
        )

        self.model = QuestionRoundModel(self)
        self.table = QTableView()
        self.table.setTabKeyNavigation(False)  # Tab leaves the table
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAccessibleName(self.tr("Kandidaten in uw volgorde"))
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)

        self.documents = QTabWidget()
        self.documents.setAccessibleName(self.tr("Geanonimiseerde documenten"))
        self.box_holder = QVBoxLayout()
        self.state = common.wrapped()
        self.save_btn = QPushButton(self.tr("Concept opslaan en &volgende"))
        self.save_btn.setAccessibleDescription(
            self.tr("Bewaart deze score als concept (Ctrl+Enter)")
        )
        right = QWidget()
        rlay = QVBoxLayout(right)
        rlay.addLayout(self.box_holder)
        rlay.addWidget(self.state)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.save_btn)
        rlay.addLayout(row)
        rlay.addWidget(self.documents, 1)

        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.table)
        split.addWidget(right)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 3)
        split.setChildrenCollapsible(False)

        layout = QVBoxLayout(self)
        layout.addLayout(pick)
        layout.addWidget(explain)
        layout.addWidget(split, 1)

        self.procedure.currentIndexChanged.connect(self._procedure_changed)
        self.question.currentIndexChanged.connect(self._question_changed)
        self.table.selectionModel().currentRowChanged.connect(
            lambda cur, _prev: self._show(cur.row())
        )
        self.save_btn.clicked.connect(self.save_and_next)
        next_key = QShortcut(QKeySequence("Ctrl+Return"), self, self.save_and_next)
        next_key.setWhatsThis(self.tr("Opslaan en naar de volgende kandidaat (per vraag)"))

    def set_tasks(self, tasks: list[SheetTask]) -> None:
        current = self.procedure.currentData()
        seen: dict[int, str] = {}
        for t in tasks:
            seen.setdefault(
                t.procedure_id, f"{t.title} ({t.procedure_id}) · {t.stage.label(common.lang())}"
            )
        self.procedure.blockSignals(True)
        self.procedure.clear()
        for pid, text in seen.items():
            self.procedure.addItem(text, pid)
        idx = self.procedure.findData(current)
        self.procedure.setCurrentIndex(idx if idx >= 0 else (0 if seen else -1))
        self.procedure.blockSignals(False)
        self._procedure_changed()

    def _procedure_changed(self) -> None:
        pid = self.procedure.currentData()
        self.pid = pid
        self.question.blockSignals(True)
        self.question.clear()
        if pid is not None:
            codes = [t.pseudonym for t in self.app.scoring.my_tasks() if t.procedure_id == pid]
            if codes:
                try:
                    form = self.app.scoring.form(pid, codes[0], common.lang())
                except KnownError as exc:
                    self.state.setText(exc.message(common.lang()))
                    form = None
                for n, item in enumerate(form.items if form else (), start=1):
                    text = self.tr("{n}. {criterion}: {text}").format(
                        n=n, criterion=item.criterion, text=item.text
                    )
                    self.question.addItem(text, item.key)
                    self.question.setItemData(n - 1, text, Qt.ItemDataRole.ToolTipRole)
        self.question.blockSignals(False)
        self._question_changed()

    def _question_changed(self) -> None:
        key = self.question.currentData()
        if self.pid is None or key is None:
            self.model.clear()
            self._show(-1)
            return
        try:
            self.model.load(self.app, self.pid, key, common.lang())
        except KnownError as exc:
            self.model.clear()
            self.state.setText(exc.message(common.lang()))
            return
        self.table.resizeColumnsToContents()
        if self.model.rowCount():
            self.table.selectionModel().setCurrentIndex(
                self.model.index(0, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
        else:
            self._show(-1)

    def _show(self, row: int) -> None:
        if self.box is not None:  # out of the layout at once: deleteLater waits for the loop
            self.box_holder.removeWidget(self.box)
            self.box.hide()
            self.box.deleteLater()
            self.box = None
        self.documents.clear()
        if row < 0 or self.model.item is None:
            self.save_btn.setEnabled(False)
            return
        e = self.model.entry(row)
        self.box = QuestionBox(e.position, self.model.item, self.model.scale)
        self.box.setTitle(
            self.tr("Kandidaat {code} · {criterion}").format(
                code=e.pseudonym, criterion=self.model.item.criterion
            )
        )
        self.box.setAccessibleName(self.box.title())
        self.box.set_value((e.score, e.evidence))
        sealed = e.sheet_status == "submitted"
        self.box.set_read_only(sealed)
        self.box_holder.addWidget(self.box)
        self.save_btn.setEnabled(not sealed)
        self.state.setText(self.tr("Dit formulier is ingediend en verzegeld.") if sealed else "")
        for n, text in enumerate(e.documents, start=1):
            view = QPlainTextEdit(text)
            view.setTabChangesFocus(True)
            view.setReadOnly(True)
            view.setAccessibleName(self.tr("Document {n} (geanonimiseerd)").format(n=n))
            self.documents.addTab(view, self.tr("Document {n}").format(n=n))
        if not e.documents:
            self.documents.addTab(
                QLabel(self.tr("Er zijn (nog) geen bevestigde geanonimiseerde documenten.")),
                self.tr("Documenten"),
            )

    def current_row(self) -> int:
        return self.table.selectionModel().currentIndex().row()

    def save_current(self) -> bool:
        row = self.current_row()
        if row < 0 or self.box is None or self.pid is None or self.model.item is None:
            return False
        e = self.model.entry(row)
        if e.sheet_status == "submitted":
            return False
        score, evidence = self.box.value()
        pid, key = self.pid, self.model.item.key
        status = common.attempt(
            self, lambda: self.app.scoring.save(pid, e.pseudonym, {key: (score, evidence)})
        )
        if status is None:
            return False
        self.model.update(row, score, evidence, status)
        self.saved.emit(pid, e.pseudonym, status)
        return True

    def save_and_next(self) -> None:
        row = self.current_row()
        if not self.save_current():
            return
        if row + 1 < self.model.rowCount():
            self.table.selectionModel().setCurrentIndex(
                self.model.index(row + 1, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
            if self.box is not None:
                self.box.score.setFocus()
