"""Starting the desktop app: ``run_app(args)`` (called by ``bewustwerven`` without a command)."""

from __future__ import annotations

import argparse
import logging
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QInputDialog, QLineEdit, QMainWindow, QWidget

from bewustwerven.services.errors import KeyMissing, KnownError
from bewustwerven.ui import i18n, theme
from bewustwerven.ui import settings as st
from bewustwerven.ui.errors import install_excepthook, show_error

if TYPE_CHECKING:
    from bewustwerven.services.app import App
    from bewustwerven.services.privacy import RetentionReport

log = logging.getLogger(__name__)

#: Set by the benchmark: print "READY" on standard output once the window is on screen.
READY_ENV = "BEWUSTWERVEN_PRINT_READY"


def choose_language(args: argparse.Namespace) -> str:
    """``--lang`` wins; else the language chosen in the settings; else the system's."""
    given = getattr(args, "lang", None)
    if given:
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


def open_with_dialogs(
    args: argparse.Namespace, interactive: bool, parent: QWidget | None = None
) -> App | None:
    from bewustwerven.services.app import open_app
    from bewustwerven.ui.admin.database import connection_url

    if getattr(args, "server", None):
        return open_server_with_dialog(args, interactive, parent)
    passphrase = sys.stdin.readline().rstrip("\n") if args.passphrase_stdin else None
    db = args.db or connection_url()
    while True:
        try:
            return open_app(db, user=args.user, passphrase=passphrase)
        except KeyMissing as exc:
            if not interactive:
                print(f"bewustwerven: {exc.message(i18n.current_language())}", file=sys.stderr)
                return None
            passphrase = ask_passphrase(parent, exc.message(i18n.current_language()))
            if passphrase is None:
                return None
        except KnownError as exc:
            if not interactive:
                print(f"bewustwerven: {exc.message(i18n.current_language())}", file=sys.stderr)
                return None
            show_error(parent, exc)
            return None


def ask_password(parent: QWidget | None, server: str, login: str) -> str | None:
    text, ok = QInputDialog.getText(
        parent,
        QCoreApplication.translate("main", "Inloggen"),
        QCoreApplication.translate("main", "Wachtwoord van {0} voor de server {1}:").format(
            login, server
        ),
        QLineEdit.EchoMode.Password,
    )
    return text if ok and text else None


def open_server_with_dialog(
    args: argparse.Namespace, interactive: bool, parent: QWidget | None = None
) -> App | None:
    """``--server https://...``: the kept session token, else the password (three tries).
    Batch runs (--smoke, --screenshots) read the password from standard input."""
    from bewustwerven.remote.client import as_app
    from bewustwerven.remote.session import open_remote
    from bewustwerven.services.errors import SignInFailed
    from bewustwerven.services.users import os_login

    login = args.user or os_login()

    def ask(server: str, who: str) -> str | None:
        if not interactive:
            return sys.stdin.readline().rstrip("\n") or None
        return ask_password(parent, server, who)

    for _ in range(3):
        try:
            remote = open_remote(args.server, login, ask)
            return as_app(remote) if remote is not None else None
        except SignInFailed as exc:
            if not interactive:
                print(f"bewustwerven: {exc.message(i18n.current_language())}", file=sys.stderr)
                return None
            show_error(parent, exc)
        except KnownError as exc:
            if not interactive:
                print(f"bewustwerven: {exc.message(i18n.current_language())}", file=sys.stderr)
                return None
            show_error(parent, exc)
            return None
    return None


def run_app(args: argparse.Namespace) -> int:
    qapp = QApplication.instance()
    if not isinstance(qapp, QApplication):
        qapp = QApplication([sys.argv[0] if sys.argv else "bewustwerven"])
    qapp.setApplicationName("BewustWerven")
    qapp.setOrganizationName(st.ORG)
    batch = bool(args.smoke or args.screenshots)
    install_excepthook(quiet=batch)
    i18n.install(choose_language(args))
    theme.apply(qapp, st.theme())
    from bewustwerven.ui.shell import MainWindow

    # The frame first, the database after: the window is on screen before SQLAlchemy, the
    # key and the services load (about a second on a year-sized database).
    window = MainWindow()
    if not args.screenshots:
        window.show()
        QApplication.processEvents()
        if os.environ.get(READY_ENV):
            print("READY", flush=True)
    from bewustwerven.ui.logging_setup import setup_logging

    setup_logging()  # after the frame is shown: it loads logging.handlers and platformdirs
    try:
        app = open_with_dialogs(args, interactive=not batch, parent=window)
    except BaseException:  # a bug: the crash dialog, without an empty window behind it
        window.close()
        raise
    if app is None:
        window.close()
        return 1
    try:
        window.attach(app)
        if args.screenshots:
            from bewustwerven.ui.screenshots import take_screenshots

            paths = take_screenshots(window, Path(args.screenshots))
            for p in paths:
                print(p)
            window.close()
            return 0
        if args.smoke:
            QApplication.processEvents()
            window.close()
            window.deleteLater()
            QApplication.processEvents()
            return 0
        start_background_work(window, app)
        return int(qapp.exec())
    finally:
        from bewustwerven.ui.ops import shutdown

        shutdown()
        app.close()


def start_background_work(window: QMainWindow, app: App) -> None:
    """Once the window is up: delete what is past its retention period, in the background
    (see ``run_due_retention`` for who runs it), and say in the status bar what was deleted."""
    from bewustwerven.ui.privacy import start_due_retention

    if getattr(app, "db", None) is None:
        return  # through a server: the server's administrators run retention there
    def done(report: RetentionReport) -> None:
        if report.candidates or report.complaints:
            window.statusBar().showMessage(
                QCoreApplication.translate(
                    "main",
                    "Bewaartermijn verlopen: gegevens van {0} kandidaten en {1} klachten "
                    "verwijderd (staat in het auditspoor).",
                ).format(report.candidates, len(report.complaints)),
                15000,
            )

    try:
        start_due_retention(app, window, on_done=done)
    except Exception:  # the app must open even when the retention run cannot start
        log.exception("retention run did not start")
