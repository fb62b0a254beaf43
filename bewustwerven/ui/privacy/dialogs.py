"""Objection, deletion on request and subject access: each a short dialog that says
plainly what will happen, then calls the privacy service."""

from __future__ import annotations

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from bewustwerven.ui.widgets.buttons import ok_cancel

MIN_REASON = 10  # the service's minimum; it checks too


class ObjectionDialog(QDialog):
    """A written objection: the self-identification is deleted at once."""

    def __init__(self, pseudonym: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Bezwaar van %1").replace("%1", pseudonym))
        layout = QVBoxLayout(self)
        info = QLabel(
            self.tr(
                "Kandidaat %1 maakt schriftelijk bezwaar. BewustWerven verwijdert dan meteen "
                "alle gegevens die de kandidaat over zichzelf gaf. Daarna telt de kandidaat bij "
                "de Rooney-regel en het voorkeursbeleid als 'onbekend'. Wij bewaren alleen dat "
                "er bezwaar was en wanneer. Dit kunt u niet ongedaan maken."
            ).replace("%1", pseudonym)
        )
        info.setWordWrap(True)
        layout.addWidget(info)
        form = QFormLayout()
        self.received = QDateEdit(QDate.currentDate())
        self.received.setCalendarPopup(True)
        self.received.setMaximumDate(QDate.currentDate())
        self.received.setAccessibleName(self.tr("Bezwaar ontvangen op"))
        form.addRow(self.tr("Ontvangen op:"), self.received)
        layout.addLayout(form)
        layout.addWidget(ok_cancel(self, self.tr("Gegevens nu verwijderen"), destructive=True))


class DeleteOnRequestDialog(QDialog):
    """Delete identity, documents and self-identification before the retention date."""

    def __init__(self, pseudonym: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pseudonym = pseudonym
        self.setWindowTitle(self.tr("Verwijderen op verzoek: %1").replace("%1", pseudonym))
        layout = QVBoxLayout(self)
        info = QLabel(
            self.tr(
                "De naam, contactgegevens, documenten en gegevens over zichzelf van %1 worden "
                "nu verwijderd. De scores en besluiten blijven, onder de code %1, zodat de "
                "procedure te controleren blijft. Dit kunt u niet ongedaan maken."
            ).replace("%1", pseudonym)
        )
        info.setWordWrap(True)
        layout.addWidget(info)
        self.reason = QPlainTextEdit()
        self.reason.setTabChangesFocus(True)
        self.reason.setPlaceholderText(
            self.tr("Reden, bijvoorbeeld: verzoek per e-mail van 3 maart")
        )
        self.reason.setAccessibleName(self.tr("Reden"))
        layout.addWidget(self.reason)
        self.confirm = QLineEdit()
        self.confirm.setPlaceholderText(self.tr("Typ %1 om te bevestigen").replace("%1", pseudonym))
        self.confirm.setAccessibleName(self.tr("Bevestig de kandidaatcode"))
        layout.addWidget(self.confirm)
        self.box = ok_cancel(self, self.tr("Verwijderen"), destructive=True)
        layout.addWidget(self.box)
        self.reason.textChanged.connect(self._update)
        self.confirm.textChanged.connect(self._update)
        self._update()

    def reason_text(self) -> str:
        return self.reason.toPlainText().strip()

    def _update(self) -> None:
        ok = len(self.reason_text()) >= MIN_REASON and (
            self.confirm.text().strip().upper() == self.pseudonym.upper()
        )
        self.box.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)


class SubjectAccessDialog(QDialog):
    """Choose the folder for a subject access export (JSON, PDF and the originals)."""

    def __init__(self, pseudonym: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Inzageverzoek: %1").replace("%1", pseudonym))
        layout = QVBoxLayout(self)
        info = QLabel(
            self.tr(
                "BewustWerven zet alle gegevens over %1 in een map: een leesbare PDF, een "
                "JSON-bestand en de originele documenten. Geef de map veilig aan de kandidaat "
                "en verwijder uw kopie daarna."
            ).replace("%1", pseudonym)
        )
        info.setWordWrap(True)
        layout.addWidget(info)
        row = QHBoxLayout()
        self.folder = QLineEdit()
        self.folder.setAccessibleName(self.tr("Map"))
        browse = QPushButton(self.tr("Kiezen…"))
        browse.clicked.connect(self._browse)
        row.addWidget(self.folder)
        row.addWidget(browse)
        layout.addLayout(row)
        self.box = ok_cancel(self, self.tr("Maken"))
        layout.addWidget(self.box)
        self.folder.textChanged.connect(
            lambda t: self.box.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(t))
        )
        self.box.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)

    def _browse(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Map voor de inzage"))
        if chosen:
            self.folder.setText(chosen)
