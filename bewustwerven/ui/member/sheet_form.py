"""The blind scoring form for one candidate: documents, questions, score and evidence.

Draft → submit (confirmed, then sealed) → a change only as an amendment with a reason.
Other members' scores appear only after my own sheet is submitted.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLayout,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from bewustwerven.services.app import App
from bewustwerven.services.errors import KnownError
from bewustwerven.services.scoring import SheetForm
from bewustwerven.ui.member import common
from bewustwerven.ui.member.others_model import OthersModel
from bewustwerven.ui.member.score_input import QuestionBox
from bewustwerven.ui.widgets.buttons import tab_chain


class SheetFormWidget(QWidget):
    """Shows and edits my sheet for one candidate in the procedure's current stage."""

    saved = Signal(int, str, str)  # procedure id, pseudonym, new status
    conflict_declared = Signal(int, str)

    def __init__(self, app: App, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.app = app
        self.form: SheetForm | None = None
        self.boxes: list[QuestionBox] = []
        self.amending = False
        self._dirty = False

        self.title = common.heading(self.tr("Kies links een formulier"))
        self.status = common.wrapped()
        self.documents = QTabWidget()
        self.documents.setAccessibleName(self.tr("Geanonimiseerde documenten"))
        self.question_area = QScrollArea()
        self.question_area.setWidgetResizable(True)
        self.question_area.setAccessibleName(self.tr("Vragen"))
        self._new_questions_page()

        self.others_label = QLabel(self.tr("Scores van de andere leden"))
        self.others_model = OthersModel(self)
        self.others_view = QTableView()
        self.others_view.setTabKeyNavigation(False)  # Tab leaves the table
        self.others_view.setModel(self.others_model)
        self.others_view.setAccessibleName(self.tr("Scores van de andere leden"))
        self.others_view.horizontalHeader().setStretchLastSection(True)
        self.others_view.setWordWrap(False)
        self.others_view.setMaximumHeight(self.fontMetrics().lineSpacing() * 12)
        self.others_hint = common.wrapped()

        right = QWidget()
        rlay = QVBoxLayout(right)
        rlay.setContentsMargins(0, 0, 0, 0)
        rlay.addWidget(self.question_area, 1)
        rlay.addWidget(self.others_label)
        rlay.addWidget(self.others_hint)
        rlay.addWidget(self.others_view)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.documents)
        split.addWidget(right)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)
        split.setSizes([340, 560])
        split.setChildrenCollapsible(False)

        self.progress = common.wrapped()
        self.conflict_btn = QPushButton(self.tr("Belangen&conflict melden…"))
        self.conflict_btn.setAccessibleDescription(
            self.tr("U kent deze kandidaat of heeft een belang: u scoort hem of haar dan niet.")
        )
        self.save_btn = QPushButton(self.tr("Concept &opslaan"))
        self.save_btn.setAccessibleDescription(self.tr("Bewaren zonder in te dienen (Ctrl+S)"))
        self.submit_btn = QPushButton(self.tr("&Indienen…"))
        self.submit_btn.setAccessibleDescription(self.tr("Na indienen is het formulier verzegeld."))
        self.amend_btn = QPushButton(self.tr("&Wijziging aanvragen…"))
        self.amend_btn.setAccessibleDescription(
            self.tr(
                "Een ingediend formulier wijzigen kan alleen met een reden; P&O beoordeelt die."
            )
        )
        self.cancel_amend_btn = QPushButton(self.tr("Wijziging a&fbreken"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.conflict_btn)
        buttons.addStretch(1)
        for b in (self.cancel_amend_btn, self.amend_btn, self.save_btn, self.submit_btn):
            buttons.addWidget(b)

        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.status)
        layout.addWidget(split, 1)
        layout.addWidget(self.progress)
        layout.addLayout(buttons)

        self.conflict_btn.clicked.connect(self.declare_conflict)
        self.save_btn.clicked.connect(self.save_draft)
        self.submit_btn.clicked.connect(self.submit)
        self.amend_btn.clicked.connect(self.amend)
        self.cancel_amend_btn.clicked.connect(self.cancel_amend)
        save = QShortcut(QKeySequence.StandardKey.Save, self, self.save_draft)
        save.setWhatsThis(self.tr("Concept opslaan (formulier)"))
        self._show_nothing()

    # -- loading ----------------------------------------------------------------------
    def _show_nothing(self) -> None:
        self.form = None
        self._clear_questions()
        self.documents.clear()
        self.documents.addTab(QLabel(), self.tr("Documenten"))  # an empty tab bar has no name
        self.others_model.clear()
        for w in (self.others_label, self.others_view, self.others_hint):
            w.setVisible(False)
        for b in (self.conflict_btn, self.save_btn, self.submit_btn, self.amend_btn):
            b.setEnabled(False)
        self.cancel_amend_btn.setVisible(False)
        self.status.setText(self.tr("Er is geen formulier gekozen."))
        self.progress.clear()

    def clear(self) -> None:
        self.title.setText(self.tr("Kies links een formulier"))
        self._show_nothing()

    def _new_questions_page(self) -> None:
        self.questions = QWidget()
        self.questions_layout = QVBoxLayout(self.questions)
        # wrapped labels must keep their height: the page grows and the area scrolls
        self.questions_layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        self.question_area.setWidget(self.questions)  # the old page is deleted by the scroll area

    def _clear_questions(self) -> None:
        self.boxes = []
        self._new_questions_page()

    def load(self, pid: int, pseudonym: str) -> bool:
        try:
            form = self.app.scoring.form(pid, pseudonym, common.lang())
        except KnownError as exc:
            self.title.setText(pseudonym)
            self._show_nothing()
            self.status.setText(exc.message(common.lang()))
            return False
        self.form, self.amending, self._dirty = form, False, False
        self.title.setText(
            self.tr("Kandidaat {code} · {title} · {stage}").format(
                code=form.pseudonym, title=form.title, stage=form.stage.label(common.lang())
            )
        )
        self.setWindowTitle(self.title.text())
        self._fill_documents(form)
        self._clear_questions()
        for n, item in enumerate(form.items, start=1):
            box = QuestionBox(n, item, form.scale)
            box.set_value(form.values.get(item.key, (None, "")))
            box.changed.connect(self._changed)
            self.questions_layout.addWidget(box)
            self.boxes.append(box)
        self.questions_layout.addStretch(1)
        tab_chain(
            [
                *(w for b in self.boxes for w in (*b.score.buttons.values(), b.evidence)),
                self.conflict_btn,
                self.cancel_amend_btn,
                self.amend_btn,
                self.save_btn,
                self.submit_btn,
            ]
        )
        self._apply_state()
        return True

    def _fill_documents(self, form: SheetForm) -> None:
        self.documents.clear()
        if not form.documents:
            empty = QLabel(self.tr("Er zijn (nog) geen bevestigde geanonimiseerde documenten."))
            empty.setWordWrap(True)
            empty.setAlignment(Qt.AlignmentFlag.AlignTop)
            self.documents.addTab(empty, self.tr("Documenten"))
            return
        for n, text in enumerate(form.documents, start=1):
            view = QPlainTextEdit(text)
            view.setTabChangesFocus(True)
            view.setReadOnly(True)
            view.setAccessibleName(self.tr("Document {n} (geanonimiseerd)").format(n=n))
            self.documents.addTab(view, self.tr("Document {n}").format(n=n))

    def _apply_state(self) -> None:
        form = self.form
        if form is None:
            return
        sealed = form.sealed and not self.amending
        for box in self.boxes:
            box.set_read_only(sealed)
        self.conflict_btn.setEnabled(not form.sealed)
        self.save_btn.setEnabled(not sealed and not self.amending)
        self.save_btn.setVisible(not form.sealed)
        self.amend_btn.setVisible(form.sealed)
        self.cancel_amend_btn.setVisible(self.amending)
        self.amend_btn.setText(
            self.tr("&Wijziging indienen…") if self.amending else self.tr("&Wijziging aanvragen…")
        )
        self.submit_btn.setVisible(not form.sealed)
        if form.sealed and not self.amending:
            self.status.setText(
                self.tr(
                    "Ingediend en verzegeld (versie {v}). Wijzigen kan alleen met een reden."
                ).format(v=form.version)
            )
        elif self.amending:
            self.status.setText(
                self.tr("U past een ingediend formulier aan. P&O beoordeelt de wijziging.")
            )
        elif form.status == "draft":
            self.status.setText(self.tr("Concept: nog niet ingediend. Anderen zien niets."))
        else:
            self.status.setText(self.tr("Nog niet begonnen. Anderen zien niets van uw scores."))
        self._update_progress()
        self._load_others()

    def _update_progress(self) -> None:
        done = [b.complete() for b in self.boxes]
        missing = [str(i) for i, ok in enumerate(done, start=1) if not ok]
        can_send = not missing and bool(self.boxes)
        self.submit_btn.setEnabled(can_send and self.form is not None and not self.form.sealed)
        self.amend_btn.setEnabled(not self.amending or can_send)
        if missing:
            self.progress.setText(
                self.tr(
                    "{done} van {total} vragen compleet. Nog nodig bij vraag {list}: "
                    "een score én een onderbouwing."
                ).format(done=sum(done), total=len(done), list=", ".join(missing))
            )
        else:
            self.progress.setText(
                self.tr("Alle {total} vragen hebben een score en een onderbouwing.").format(
                    total=len(done)
                )
            )

    def _load_others(self) -> None:
        form = self.form
        show = form is not None and form.sealed
        for w in (self.others_label, self.others_view, self.others_hint):
            w.setVisible(bool(show))
        self.others_model.clear()
        if not show or form is None:
            return
        try:
            others = self.app.scoring.others(form.procedure_id, form.pseudonym)
        except KnownError as exc:
            self.others_hint.setText(exc.message(common.lang()))
            return
        self.others_model.set_scores(form.items, others)
        self.others_hint.setText(
            self.tr("Ingediende scores van {n} leden (u zelf meegeteld).").format(n=len(others))
        )
        self.others_view.resizeColumnsToContents()

    def _changed(self) -> None:
        self._dirty = True
        self._update_progress()

    def values(self, *, only_touched: bool) -> dict[str, tuple[int | None, str]]:
        return {b.item.key: b.value() for b in self.boxes if b.touched() or not only_touched}

    @property
    def dirty(self) -> bool:
        return self._dirty

    # -- actions ----------------------------------------------------------------------
    def save_draft(self) -> bool:
        form = self.form
        if form is None or form.sealed:
            return False
        status = common.attempt(
            self,
            lambda: self.app.scoring.save(
                form.procedure_id,
                form.pseudonym,
                self.values(only_touched=True),
                expected_version=form.row_version,
            ),
        )
        if status is None:
            return False
        self.load(form.procedure_id, form.pseudonym)
        self.saved.emit(form.procedure_id, form.pseudonym, status)
        return True

    def submit(self) -> bool:
        form = self.form
        if form is None or form.sealed or not all(b.complete() for b in self.boxes):
            return False
        if not common.confirm(
            self,
            self.tr("Formulier indienen"),
            self.tr(
                "Na indienen is het formulier verzegeld. Wijzigen kan daarna alleen met "
                "een reden, die P&O beoordeelt. Daarna ziet u ook de scores van de anderen."
                "\n\nKandidaat {code} nu indienen?"
            ).format(code=form.pseudonym),
            self.tr("Indienen"),
        ):
            return False
        status = common.attempt(
            self,
            lambda: self.app.scoring.save(
                form.procedure_id,
                form.pseudonym,
                self.values(only_touched=False),
                submit=True,
                expected_version=form.row_version,
            ),
        )
        if status is None:
            return False
        self.load(form.procedure_id, form.pseudonym)
        self.saved.emit(form.procedure_id, form.pseudonym, status)
        return True

    def amend(self) -> bool:
        form = self.form
        if form is None or not form.sealed:
            return False
        if not self.amending:
            self.amending = True
            self._apply_state()
            if self.boxes:
                self.boxes[0].score.setFocus()
            return False
        reason = common.ask_text(
            self,
            self.tr("Wijziging aanvragen"),
            self.tr(
                "Waarom wijzigt u dit ingediende formulier? De reden komt in het dossier "
                "en P&O beoordeelt de wijziging."
            ),
            minimum=10,
            ok_text=self.tr("Wijziging indienen"),
        )
        if reason is None:
            return False
        dev = common.attempt(
            self,
            lambda: self.app.scoring.amend(
                form.procedure_id, form.pseudonym, self.values(only_touched=False), reason
            ),
        )
        if dev is None:
            return False
        self.load(form.procedure_id, form.pseudonym)
        self.status.setText(
            self.tr("Wijziging vastgelegd als nieuwe versie; afwijking {id} wacht op P&O.").format(
                id=dev
            )
        )
        self.saved.emit(form.procedure_id, form.pseudonym, "submitted")
        return True

    def cancel_amend(self) -> None:
        if self.form is not None:
            self.load(self.form.procedure_id, self.form.pseudonym)

    def declare_conflict(self) -> bool:
        form = self.form
        if form is None:
            return False
        if not common.confirm(
            self,
            self.tr("Belangenconflict melden"),
            self.tr(
                "U meldt dat u kandidaat {code} kent of er een belang bij heeft. U scoort "
                "deze kandidaat dan niet en een concept wordt verwijderd. De melding komt "
                "in het auditspoor.\n\nDoorgaan?"
            ).format(code=form.pseudonym),
            self.tr("Conflict melden"),
        ):
            return False
        if not common.succeeds(
            self, lambda: self.app.scoring.declare_conflict(form.procedure_id, form.pseudonym)
        ):
            return False
        self.clear()
        self.conflict_declared.emit(form.procedure_id, form.pseudonym)
        return True
