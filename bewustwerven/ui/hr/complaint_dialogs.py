"""The two complaint dialogs: record a complaint, and record its outcome. Each only collects
the input; the complaints view calls the privacy service (which checks again)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from bewustwerven.core.retention import complaint_due
from bewustwerven.services.dto import ProcedureSummary
from bewustwerven.services.privacy import ComplaintRow
from bewustwerven.ui.member import common
from bewustwerven.ui.widgets.buttons import ok_cancel

MIN_TEXT = 10  # the service's minimum (require_reason); it checks too


def _text_box(dialog: QDialog, name: str, placeholder: str) -> QPlainTextEdit:
    edit = QPlainTextEdit()
    edit.setTabChangesFocus(True)
    edit.setAccessibleName(name)
    edit.setPlaceholderText(placeholder)
    edit.setMinimumHeight(dialog.fontMetrics().lineSpacing() * 6 + 12)
    return edit


class RecordComplaintDialog(QDialog):
    """Procedure, optional candidate code, date received (not in the future) and what the
    complaint is about. Shows the deadline that follows from the date received."""

    def __init__(
        self, procedures: Sequence[ProcedureSummary], today: date, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Klacht vastleggen"))
        layout = QVBoxLayout(self)
        layout.addWidget(
            common.wrapped(
                self.tr(
                    "Leg een klacht over een selectieprocedure vast. De klacht moet binnen 4 "
                    "weken na ontvangst beantwoord zijn."
                )
            )
        )
        form = QFormLayout()
        self.procedure = QComboBox()
        self.procedure.setEditable(True)  # type to search: a year has hundreds of procedures
        self.procedure.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for p in sorted(procedures, key=lambda p: p.id, reverse=True):
            self.procedure.addItem(f"{p.title} ({p.id}) – {p.unit}", p.id)
        completer = QCompleter(self.procedure.model(), self.procedure)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.procedure.setCompleter(completer)
        self.procedure.setCurrentIndex(-1)
        line = self.procedure.lineEdit()
        assert line is not None  # an editable combo box has one
        line.setPlaceholderText(self.tr("Kies of typ een procedure"))
        self.procedure.setAccessibleName(self.tr("Procedure"))
        self.procedure.setMinimumContentsLength(40)
        self.candidate = QLineEdit()
        self.candidate.setPlaceholderText(self.tr("Bijvoorbeeld K-7F3A; leeg laten mag"))
        self.candidate.setAccessibleName(self.tr("Kandidaatcode"))
        self.candidate.setAccessibleDescription(
            self.tr("Alleen invullen als de klacht van een kandidaat komt.")
        )
        self.received = QDateEdit(QDate(today.year, today.month, today.day))
        self.received.setCalendarPopup(True)
        self.received.setDisplayFormat("dd-MM-yyyy")
        self.received.setMaximumDate(QDate(today.year, today.month, today.day))
        self.received.setAccessibleName(self.tr("Klacht ontvangen op"))
        self.due = common.wrapped()
        self.due.setAccessibleName(self.tr("Uiterlijk antwoorden"))
        self.summary = _text_box(
            self,
            self.tr("Waar gaat de klacht over?"),
            self.tr("Waar gaat de klacht over? Schrijf geen namen: gebruik de kandidaatcode."),
        )
        for label_text, field in (
            (self.tr("&Procedure:"), self.procedure),
            (self.tr("&Kandidaatcode:"), self.candidate),
            (self.tr("&Ontvangen op:"), self.received),
            (self.tr("Uiterlijk antwoorden:"), self.due),
            (self.tr("&Waar gaat het over?"), self.summary),
        ):
            label = QLabel(label_text)
            label.setBuddy(field)
            form.addRow(label, field)
        form.addRow("", QLabel(self.tr("Minstens {n} tekens.").format(n=MIN_TEXT)))
        layout.addLayout(form)
        self.box = ok_cancel(self, self.tr("Vastleggen"))
        layout.addWidget(self.box)
        self.procedure.currentIndexChanged.connect(lambda _i: self._update())
        self.procedure.editTextChanged.connect(lambda _t: self._update())
        self.summary.textChanged.connect(self._update)
        self.received.dateChanged.connect(lambda _d: self._update())
        self.resize(620, 460)
        self._update()

    def procedure_id(self) -> int | None:
        """The chosen procedure; None while the typed text matches no procedure."""
        i = self.procedure.findText(self.procedure.currentText(), Qt.MatchFlag.MatchExactly)
        return None if i < 0 else int(self.procedure.itemData(i))

    def pseudonym(self) -> str | None:
        return self.candidate.text().strip().upper() or None

    def received_on(self) -> date:
        value = self.received.date().toPython()
        assert isinstance(value, date)
        return value

    def summary_text(self) -> str:
        return self.summary.toPlainText().strip()

    def _update(self) -> None:
        self.due.setText(f"{complaint_due(self.received_on()):%d-%m-%Y}")
        ok = self.procedure_id() is not None and len(self.summary_text()) >= MIN_TEXT
        self.box.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)


class HandleComplaintDialog(QDialog):
    """Record the answer to an open complaint; it is then handled."""

    def __init__(self, complaint: ComplaintRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        c = complaint
        self.setWindowTitle(self.tr("Klacht {id} afhandelen").format(id=c.id))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        gone = self.tr("De tekst is verwijderd: de bewaartermijn is voorbij.")
        for label, value in (
            (self.tr("Procedure:"), f"{c.procedure_title} ({c.procedure_id})"),
            (self.tr("Kandidaat:"), c.candidate or "—"),
            (self.tr("Ontvangen op:"), f"{c.received_on:%d-%m-%Y}"),
            (self.tr("Uiterlijk antwoorden:"), f"{c.due_on:%d-%m-%Y}"),
            (self.tr("Klacht:"), c.summary or gone),
        ):
            form.addRow(label, common.wrapped(value))
        layout.addLayout(form)
        self.outcome = _text_box(
            self,
            self.tr("Uitkomst"),
            self.tr("Wat hebt u geantwoord en wat is er met de klacht gedaan?"),
        )
        outcome_label = QLabel(self.tr("&Uitkomst:"))
        outcome_label.setBuddy(self.outcome)
        layout.addWidget(outcome_label)
        layout.addWidget(self.outcome)
        layout.addWidget(
            QLabel(
                self.tr("Minstens {n} tekens. De uitkomst komt met uw naam in het dossier.").format(
                    n=MIN_TEXT
                )
            )
        )
        self.box = ok_cancel(self, self.tr("Afhandelen"))
        layout.addWidget(self.box)
        self.outcome.textChanged.connect(self._update)
        self.resize(560, 420)
        self._update()

    def outcome_text(self) -> str:
        return self.outcome.toPlainText().strip()

    def _update(self) -> None:
        ok = len(self.outcome_text()) >= MIN_TEXT
        self.box.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)
