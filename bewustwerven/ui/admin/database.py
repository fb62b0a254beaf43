"""The database connection: a SQLite file or a PostgreSQL URL; the password in the keyring.

The URL is saved without its password (QSettings); the password goes to the operating
system's keyring through the ``keyring`` package. Without a keyring backend we say so plainly
and do not save the password anywhere.
"""

from __future__ import annotations

from urllib.parse import quote, urlsplit, urlunsplit

import keyring
import keyring.errors
from keyring.backends import fail
from PySide6.QtWidgets import (
    QButtonGroup,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from bewustwerven.ui import settings as st

KEYRING_SERVICE = "BewustWerven database"


def keyring_available() -> bool:
    backend = keyring.get_keyring()
    return not isinstance(backend, fail.Keyring) and getattr(backend, "priority", 1) > 0


def strip_password(url: str) -> tuple[str, str]:
    """Split ``url`` into (url without password, password)."""
    parts = urlsplit(url)
    if not parts.password:
        return url, ""
    user = parts.username or ""
    host = parts.hostname or ""
    netloc = f"{quote(user)}@{host}" if user else host
    if parts.port:
        netloc += f":{parts.port}"
    return urlunsplit(parts._replace(netloc=netloc)), parts.password


def with_password(url: str, password: str) -> str:
    parts = urlsplit(url)
    if not password or not parts.username:
        return url
    netloc = f"{quote(parts.username)}:{quote(password, safe='')}@{parts.hostname or ''}"
    if parts.port:
        netloc += f":{parts.port}"
    return urlunsplit(parts._replace(netloc=netloc))


def connection_url() -> str | None:
    """The saved connection with its password from the keyring, or None (use the default)."""
    saved = st.database()
    if not saved:
        return None
    if "://" not in saved:
        return saved
    try:
        password = keyring.get_password(KEYRING_SERVICE, saved) or ""
    except keyring.errors.KeyringError:
        password = ""
    return with_password(saved, password)


def save_connection(url: str, password: str) -> bool:
    """Save the connection; the password only in the keyring. Returns False when the
    password could not be kept (no keyring backend)."""
    bare, in_url = strip_password(url.strip())
    password = password or in_url
    st.set_database(bare)
    if not password:
        return True
    if not keyring_available():
        return False
    try:
        keyring.set_password(KEYRING_SERVICE, bare, password)
    except keyring.errors.KeyringError:
        return False
    return True


class DatabaseTab(QWidget):
    def __init__(self, current_url: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Kies waar BewustWerven zijn gegevens bewaart: een bestand op deze computer, of "
                "een gedeelde PostgreSQL-server. De wijziging werkt na een herstart van het "
                "programma."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.current = QLabel(self.tr("Nu in gebruik: {0}").format(strip_password(current_url)[0]))
        self.current.setWordWrap(True)
        layout.addWidget(self.current)
        form = QFormLayout()
        self.sqlite = QRadioButton(self.tr("&Bestand (SQLite)"))
        self.postgres = QRadioButton(self.tr("&Server (PostgreSQL)"))
        group = QButtonGroup(self)
        group.addButton(self.sqlite)
        group.addButton(self.postgres)
        kinds = QHBoxLayout()
        kinds.addWidget(self.sqlite)
        kinds.addWidget(self.postgres)
        kinds.addStretch(1)
        form.addRow(self.tr("Soort:"), kinds)
        self.path = QLineEdit()
        self.path.setAccessibleName(self.tr("Databasebestand"))
        browse = QPushButton(self.tr("B&laderen…"))
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        form.addRow(self.tr("Bestand:"), row)
        self.url = QLineEdit()
        self.url.setPlaceholderText(self.tr("postgresql+psycopg://gebruiker@server/bewustwerven"))
        self.url.setAccessibleName(self.tr("Adres van de server (URL)"))
        form.addRow(self.tr("Server-URL:"), self.url)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName(self.tr("Wachtwoord van de database"))
        form.addRow(self.tr("Wachtwoord:"), self.password)
        layout.addLayout(form)
        self.keyring_note = QLabel()
        self.keyring_note.setWordWrap(True)
        layout.addWidget(self.keyring_note)
        save = QPushButton(self.tr("&Opslaan"))
        save.clicked.connect(self.save)
        layout.addWidget(save)
        layout.addStretch(1)
        self.sqlite.toggled.connect(self._kind_changed)
        saved = st.database() or strip_password(current_url)[0]
        if saved.startswith("postgresql"):
            self.postgres.setChecked(True)
            self.url.setText(saved)
        else:
            self.sqlite.setChecked(True)
            self.path.setText(saved.removeprefix("sqlite:///"))
        self.refresh()

    def refresh(self) -> None:
        if keyring_available():
            self.keyring_note.setText(
                self.tr("Het wachtwoord wordt bewaard in de sleutelbos van uw computer.")
            )
        else:
            self.keyring_note.setText(
                self.tr(
                    "Let op: deze computer heeft geen sleutelbos. Het wachtwoord kan niet veilig "
                    "worden bewaard; u moet het bij elke start opnieuw geven (bijvoorbeeld met "
                    "--passphrase-stdin of in de URL van --db)."
                )
            )

    def _kind_changed(self) -> None:
        is_file = self.sqlite.isChecked()
        self.path.setEnabled(is_file)
        self.url.setEnabled(not is_file)
        self.password.setEnabled(not is_file)

    def _browse(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Databasebestand kiezen"), self.path.text(), self.tr("Database (*.db)")
        )
        if name:
            self.path.setText(name)

    def save(self) -> None:
        if self.sqlite.isChecked():
            kept = save_connection(self.path.text().strip(), "")
        else:
            kept = save_connection(self.url.text().strip(), self.password.text())
        self.password.clear()
        if kept:
            QMessageBox.information(
                self,
                self.tr("Opgeslagen"),
                self.tr("De verbinding is opgeslagen. Start het programma opnieuw."),
            )
        else:
            QMessageBox.warning(
                self,
                self.tr("Wachtwoord niet bewaard"),
                self.tr(
                    "De verbinding is opgeslagen, maar het wachtwoord niet: er is geen "
                    "sleutelbos op deze computer."
                ),
            )
