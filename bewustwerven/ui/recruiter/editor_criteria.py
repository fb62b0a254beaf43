"""Editor tab: criteria (up to the profile's maximum, knock-out or weighted) and the uniform
question set with rubric anchors per score; reusable question-set templates."""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from bewustwerven.services.app import App
from bewustwerven.services.dto import CriterionInput, ProcedureDetail, QuestionInput
from bewustwerven.services.templates import TemplateService
from bewustwerven.ui.changes import Changes, confirm, perform
from bewustwerven.ui.errors import show_error


@dataclass
class QuestionDraft:
    text: str = ""
    anchors: dict[int, str] = field(default_factory=dict)
    key: str = ""


@dataclass
class CriterionDraft:
    name: str = ""
    description: str = ""
    knockout: bool = False
    weight: float = 1.0
    questions: list[QuestionDraft] = field(default_factory=list)
    key: str = ""

    def to_input(self) -> CriterionInput:
        return CriterionInput(
            self.name,
            tuple(QuestionInput(q.text, dict(q.anchors), q.key) for q in self.questions),
            self.knockout,
            self.weight,
            self.description,
            self.key,
        )

    @classmethod
    def from_input(cls, c: CriterionInput) -> CriterionDraft:
        return cls(
            c.name,
            c.description,
            c.knockout,
            c.weight,
            [QuestionDraft(q.text, dict(q.anchors), q.key) for q in c.questions],
            c.key,
        )


class CriteriaTab(QWidget):
    def __init__(
        self, app: App, templates: TemplateService | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.app = app
        self.templates = templates or TemplateService()
        self.pid: int | None = None
        self.drafts: list[CriterionDraft] = []
        self.max_criteria = 5
        self.scale = (1, 5)
        self._loading = False
        self._saved: list[CriterionInput] | None = None
        layout = QHBoxLayout(self)
        left = QVBoxLayout()
        self.count = QLabel()
        left.addWidget(self.count)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Criteria"))
        left.addWidget(self.list, 1)
        row = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Criterium &toevoegen"))
        self.add_button.clicked.connect(lambda: self.add_criterion())
        self.remove_button = QPushButton(self.tr("Verwij&deren"))
        self.remove_button.setAccessibleName(self.tr("Criterium verwijderen"))
        self.remove_button.clicked.connect(self.remove_criterion)
        row.addWidget(self.add_button)
        row.addWidget(self.remove_button)
        left.addLayout(row)
        tmpl = QHBoxLayout()
        self.load_template_button = QPushButton(self.tr("S&jabloon laden…"))
        self.load_template_button.clicked.connect(self.load_template)
        self.save_template_button = QPushButton(self.tr("O&pslaan als sjabloon…"))
        self.save_template_button.clicked.connect(self.save_template)
        tmpl.addWidget(self.load_template_button)
        tmpl.addWidget(self.save_template_button)
        left.addLayout(tmpl)
        layout.addLayout(left, 1)

        right = QVBoxLayout()
        crit_box = QGroupBox(self.tr("Criterium"))
        form = QFormLayout(crit_box)
        self.name = QLineEdit()
        self.name.setAccessibleName(self.tr("Naam van het criterium"))
        self.description = QLineEdit()
        self.description.setAccessibleName(self.tr("Omschrijving van het criterium"))
        self.knockout = QCheckBox(self.tr("Knock-out: wie hier niet aan voldoet, valt af"))
        self.weight = QDoubleSpinBox()
        self.weight.setRange(0.1, 10)
        self.weight.setSingleStep(0.5)
        self.weight.setAccessibleName(self.tr("Gewicht van het criterium"))
        form.addRow(self.tr("&Naam:"), self.name)
        form.addRow(self.tr("Om&schrijving:"), self.description)
        form.addRow(self.knockout)
        form.addRow(self.tr("Gew&icht:"), self.weight)
        right.addWidget(crit_box)
        q_box = QGroupBox(self.tr("Vragen (voor elke kandidaat dezelfde, in deze volgorde)"))
        ql = QVBoxLayout(q_box)
        qrow = QHBoxLayout()
        self.questions = QListWidget()
        self.questions.setAccessibleName(self.tr("Vragen bij dit criterium"))
        self.questions.setMaximumHeight(110)
        qrow.addWidget(self.questions, 1)
        qbuttons = QVBoxLayout()
        self.add_q = QPushButton(self.tr("Vr&aag toevoegen"))
        self.add_q.clicked.connect(lambda: self.add_question())
        self.remove_q = QPushButton(self.tr("Vraag verwijderen"))
        self.remove_q.clicked.connect(self.remove_question)
        qbuttons.addWidget(self.add_q)
        qbuttons.addWidget(self.remove_q)
        qbuttons.addStretch(1)
        qrow.addLayout(qbuttons)
        ql.addLayout(qrow)
        self.q_text = QPlainTextEdit()
        self.q_text.setTabChangesFocus(True)
        self.q_text.setAccessibleName(self.tr("Tekst van de vraag"))
        self.q_text.setPlaceholderText(self.tr("De vraag zoals u die aan elke kandidaat stelt"))
        self.q_text.setMaximumHeight(70)
        ql.addWidget(self.q_text)
        ql.addWidget(QLabel(self.tr("Beoordelingsschaal: wat hoort bij elke score?")))
        self.anchors = QTableWidget(0, 1)
        self.anchors.setAccessibleName(self.tr("Omschrijving per score"))
        self.anchors.setHorizontalHeaderLabels([self.tr("Omschrijving bij deze score")])
        self.anchors.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.anchors.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        ql.addWidget(self.anchors, 1)
        right.addWidget(q_box, 1)
        save_row = QHBoxLayout()
        self.locked_note = QLabel()
        self.locked_note.setWordWrap(True)
        save_row.addWidget(self.locked_note, 1)
        self.save_button = QPushButton(self.tr("Criteria en vragen &opslaan"))
        self.save_button.clicked.connect(self.save)
        save_row.addWidget(self.save_button)
        right.addLayout(save_row)
        layout.addLayout(right, 2)

        self.list.currentRowChanged.connect(self._show_criterion)
        self.questions.currentRowChanged.connect(self._show_question)
        self.name.textEdited.connect(self._edit_criterion)
        self.description.textEdited.connect(self._edit_criterion)
        self.knockout.toggled.connect(self._edit_criterion)
        self.weight.valueChanged.connect(self._edit_criterion)
        self.q_text.textChanged.connect(self._edit_question)
        self.anchors.itemChanged.connect(self._edit_question)

    # -- loading ------------------------------------------------------------------------
    def load(self, detail: ProcedureDetail) -> None:
        self.pid = detail.id
        profile = self.app.profiles.current()
        self.max_criteria = profile.rule("CRIT-MAX").int("max_criteria")
        self.scale = (profile.scale_min, profile.scale_max)
        self.set_drafts(
            [
                CriterionDraft(
                    c.name,
                    c.description,
                    c.knockout,
                    c.weight,
                    [QuestionDraft(q.text, dict(q.anchors), q.key) for q in c.questions],
                    c.key,
                )
                for c in detail.criteria
            ]
        )
        editable = not detail.locked
        for w in (
            self.add_button,
            self.remove_button,
            self.load_template_button,
            self.save_button,
            self.add_q,
            self.remove_q,
            self.name,
            self.description,
            self.knockout,
            self.weight,
        ):
            w.setEnabled(editable)
        self.q_text.setReadOnly(not editable)
        self.anchors.setEnabled(editable)
        self.locked_note.setText(
            ""
            if editable
            else self.tr(
                "Vastgezet: criteria en vragen wijzigen kan alleen via een herstart of een "
                "goedgekeurde afwijking."
            )
        )
        self._update_count()
        self._saved = self.inputs()

    def is_dirty(self) -> bool:
        return self._saved is not None and self.save_button.isEnabled() and (
            self.inputs() != self._saved
        )

    def discard(self) -> None:
        self._saved = None

    def set_drafts(self, drafts: list[CriterionDraft]) -> None:
        self.drafts = drafts
        self.list.clear()
        for d in drafts:
            self.list.addItem(d.name or self.tr("(naamloos)"))
        if drafts:
            self.list.setCurrentRow(0)
        else:
            self._show_criterion(-1)
        self._update_count()

    def _update_count(self) -> None:
        n = len(self.drafts)
        self.count.setText(self.tr("{0} van hoogstens {1} criteria").format(n, self.max_criteria))
        self.add_button.setEnabled(n < self.max_criteria and self.save_button.isEnabled())

    def current(self) -> CriterionDraft | None:
        row = self.list.currentRow()
        return self.drafts[row] if 0 <= row < len(self.drafts) else None

    def current_question(self) -> QuestionDraft | None:
        c = self.current()
        row = self.questions.currentRow()
        return c.questions[row] if c and 0 <= row < len(c.questions) else None

    def _show_criterion(self, _row: int) -> None:
        self._loading = True
        c = self.current()
        self.name.setText(c.name if c else "")
        self.description.setText(c.description if c else "")
        self.knockout.setChecked(c.knockout if c else False)
        self.weight.setValue(c.weight if c else 1.0)
        self.questions.clear()
        for i, q in enumerate(c.questions if c else [], start=1):
            self.questions.addItem(f"{i}. {q.text}")
        self._loading = False
        if c and c.questions:
            self.questions.setCurrentRow(0)
        else:
            self._show_question(-1)

    def _show_question(self, _row: int) -> None:
        self._loading = True
        q = self.current_question()
        self.q_text.setPlainText(q.text if q else "")
        low, high = self.scale
        self.anchors.setRowCount(high - low + 1 if q else 0)
        self.anchors.setVerticalHeaderLabels([str(s) for s in range(low, high + 1)])
        if q:
            for i, s in enumerate(range(low, high + 1)):
                self.anchors.setItem(i, 0, QTableWidgetItem(q.anchors.get(s, "")))
        self._loading = False

    # -- editing ------------------------------------------------------------------------
    def _edit_criterion(self) -> None:
        c = self.current()
        if self._loading or c is None:
            return
        c.name, c.description = self.name.text(), self.description.text()
        c.knockout, c.weight = self.knockout.isChecked(), self.weight.value()
        item = self.list.currentItem()
        if item is not None:
            item.setText(c.name or self.tr("(naamloos)"))

    def _edit_question(self) -> None:
        q = self.current_question()
        if self._loading or q is None:
            return
        q.text = self.q_text.toPlainText()
        low = self.scale[0]
        q.anchors = {}
        for i in range(self.anchors.rowCount()):
            item = self.anchors.item(i, 0)
            if item is not None and item.text().strip():
                q.anchors[low + i] = item.text().strip()
        row = self.questions.currentRow()
        if row >= 0 and self.questions.item(row) is not None:
            self.questions.item(row).setText(f"{row + 1}. {q.text}")

    def add_criterion(self, name: str = "") -> CriterionDraft | None:
        if len(self.drafts) >= self.max_criteria:
            return None
        draft = CriterionDraft(name=name or self.tr("Nieuw criterium"))
        self.drafts.append(draft)
        self.list.addItem(draft.name)
        self.list.setCurrentRow(len(self.drafts) - 1)
        self._update_count()
        self.name.setFocus()
        self.name.selectAll()
        return draft

    def remove_criterion(self) -> None:
        row = self.list.currentRow()
        if 0 <= row < len(self.drafts):
            del self.drafts[row]
            self.list.takeItem(row)
            self._update_count()
            self._show_criterion(self.list.currentRow())

    def add_question(self, text: str = "") -> QuestionDraft | None:
        c = self.current()
        if c is None:
            return None
        q = QuestionDraft(text)
        c.questions.append(q)
        self.questions.addItem(f"{len(c.questions)}. {text}")
        self.questions.setCurrentRow(len(c.questions) - 1)
        self.q_text.setFocus()
        return q

    def remove_question(self) -> None:
        c = self.current()
        row = self.questions.currentRow()
        if c and 0 <= row < len(c.questions):
            del c.questions[row]
            self._show_criterion(self.list.currentRow())

    def inputs(self) -> list[CriterionInput]:
        return [d.to_input() for d in self.drafts]

    def save(self) -> bool:
        if self.pid is None:
            return False
        pid, inputs = self.pid, self.inputs()
        changes = Changes.of(
            pid, "criteria", message=self.tr("De criteria en vragen zijn opgeslagen.")
        )
        if not perform(self, lambda: self.app.setup.set_criteria(pid, inputs), changes):
            return False
        self._saved = inputs
        return True

    # -- templates ----------------------------------------------------------------------
    def save_template(self) -> None:
        name, ok = QInputDialog.getText(
            self, self.tr("Opslaan als sjabloon"), self.tr("Naam van het sjabloon:")
        )
        if ok and name.strip():
            try:
                self.templates.save(name, self.inputs())
            except Exception as exc:
                show_error(self, exc)
                return
            confirm(self, self.tr("Het sjabloon '{0}' is opgeslagen.").format(name.strip()))

    def load_template(self) -> None:
        names = self.templates.list()
        if not names:
            show_error(self, _no_templates())
            return
        name, ok = QInputDialog.getItem(
            self, self.tr("Sjabloon laden"), self.tr("Kies een sjabloon:"), names, 0, False
        )
        if ok and name:
            self.apply_template(name)

    def confirm_replace(self) -> bool:
        """Loading a template replaces the criteria on screen: ask first when there are any.
        "Cancel" is the default (Enter), so the existing criteria stay unless chosen."""
        if not self.drafts:
            return True
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Sjabloon laden"))
        box.setText(
            self.tr(
                "Deze procedure heeft al {0} criteria. Het sjabloon vervangt ze met alle "
                "vragen. Wilt u dat?"
            ).format(len(self.drafts))
        )
        replace = box.addButton(self.tr("&Vervangen"), QMessageBox.ButtonRole.DestructiveRole)
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(cancel)
        box.setEscapeButton(cancel)
        box.exec()
        return box.clickedButton() is replace

    def apply_template(self, name: str) -> None:
        if not self.confirm_replace():
            return
        try:
            criteria = self.templates.load(name)
        except Exception as exc:
            show_error(self, exc)
            return
        self.set_drafts([CriterionDraft.from_input(c) for c in criteria][: self.max_criteria])


def _no_templates() -> Exception:
    from bewustwerven.services.errors import NotFound

    return NotFound(
        "Er zijn nog geen sjablonen. Sla eerst een vragenset op als sjabloon.",
        "There are no templates yet. First save a question set as a template.",
    )
