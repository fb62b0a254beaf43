"""Starting the desktop app: ``run_app(args)`` (called by ``bewustwerven`` without a command)."""

from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QInputDialog, QLineEdit, QWidget

from bewustwerven.services.app import App, open_app
from bewustwerven.services.errors import KeyMissing, KnownError
from bewustwerven.ui import i18n
from bewustwerven.ui import settings as st
from bewustwerven.ui.errors import install_excepthook, show_error
from bewustwerven.ui.logging_setup import setup_logging

log = logging.getLogger(__name__)


def choose_language(args: argparse.Namespace) -> str:
    """``--lang en`` wins; else the language chosen in the settings; else the system's.

    (The command line's ``--lang`` defaults to "nl", so "nl" there cannot be told apart from
    no choice; it is treated as no choice.)
    """
    given = getattr(args, "lang", None)
    if given and given != "nl":
        return str(given)
    return st.language() or i18n.system_language()


def ask_passphrase(parent: QWidget | None, reason: str) -> str | None:
    """A plain dialog for the key's passphrase. The passphrase is never stored."""
    text, ok = QInputDialog.getText(
        parent,
        QCoreApplication.translate("main", "Wachtwoordzin nodig"),
        reason
        + "\n\n"
        + QCoreApplication.translate(
            "main", "Typ de wachtwoordzin van de sleutel. Die wordt niet bewaard."
        ),
        QLineEdit.EchoMode.Password,
    )
    return text if ok and text else None


def open_with_dialogs(args: argparse.Namespace, interactive: bool) -> App | None:
    from bewustwerven.ui.admin.database import connection_url

    passphrase = sys.stdin.readline().rstrip("\n") if args.passphrase_stdin else None
    db = args.db or connection_url()
    while True:
        try:
            return open_app(db, user=args.user, passphrase=passphrase)
        except KeyMissing as exc:
            if not interactive:
                print(f"bewustwerven: {exc.message(i18n.current_language())}", file=sys.stderr)
                return None
            passphrase = ask_passphrase(None, exc.message(i18n.current_language()))
            if passphrase is None:
                return None
        except KnownError as exc:
            if not interactive:
                print(f"bewustwerven: {exc.message(i18n.current_language())}", file=sys.stderr)
                return None
            show_error(None, exc)
            return None


def run_app(args: argparse.Namespace) -> int:
    qapp = QApplication.instance()
    if not isinstance(qapp, QApplication):
        qapp = QApplication([sys.argv[0] if sys.argv else "bewustwerven"])
    qapp.setApplicationName("BewustWerven")
    qapp.setOrganizationName(st.ORG)
    setup_logging()
    batch = bool(args.smoke or args.screenshots)
    install_excepthook(quiet=batch)
    i18n.install(choose_language(args))
    app = open_with_dialogs(args, interactive=not batch)
    if app is None:
        return 1
    from bewustwerven.ui.shell import MainWindow

    try:
        window = MainWindow(app)
        if args.screenshots:
            from bewustwerven.ui.screenshots import take_screenshots

            paths = take_screenshots(window, Path(args.screenshots))
            for p in paths:
                print(p)
            window.close()
            return 0
        window.show()
        if args.smoke:
            QApplication.processEvents()
            window.close()
            window.deleteLater()
            QApplication.processEvents()
            return 0
        return int(qapp.exec())
    finally:
        app.close()
