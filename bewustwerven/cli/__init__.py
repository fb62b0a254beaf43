"""The ``bewustwerven`` command: the desktop app, and commands for admins and automation.

Every command acts as the current user (``--user``, else the OS login) and goes through
the same services, with the same role checks, as the app.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Sequence

from bewustwerven import __version__

DESCRIPTION = (
    "BewustWerven: inclusief werven en selecteren. Zonder opdracht opent de desktop-app. / "
    "BewustWerven: inclusive recruitment and selection. Without a command the desktop app opens."
)


def build_parser() -> argparse.ArgumentParser:
    from bewustwerven.cli import admin, data, privacy, redact, report, serve, text

    parser = argparse.ArgumentParser(prog="bewustwerven", description=DESCRIPTION)
    parser.add_argument("--version", action="version", version=f"BewustWerven {__version__}")
    _add_global_options(parser)
    sub = parser.add_subparsers(dest="command", metavar="OPDRACHT/COMMAND")
    admin.register(sub)
    data.register(sub)
    text.register(sub)
    redact.register(sub)
    privacy.register(sub)
    report.register(sub)
    serve.register(sub)
    return parser


def _add_global_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--db",
        help="database: pad of URL (anders BEWUSTWERVEN_DB of het "
        "standaardbestand) / database path or URL",
    )
    parser.add_argument(
        "--user",
        help="werk als deze gebruiker (anders de OS-login) / act as "
        "this user (default: the OS login)",
    )
    parser.add_argument(
        "--passphrase-stdin",
        action="store_true",
        help="lees de wachtwoordzin van de sleutel van standaardinvoer (als er "
        "geen sleutelbos is) / read the key passphrase from standard input",
    )
    parser.add_argument(
        "--user-password-stdin",
        action="store_true",
        help="lees het wachtwoord van de --user van standaardinvoer (na de wachtwoordzin) "
        "/ read the --user's password from standard input (after the passphrase)",
    )
    parser.add_argument(
        "--key-file",
        default=None,
        help="de datasleutel in dit bestand (server; anders BEWUSTWERVEN_KEY_FILE of de "
        "sleutelbos) / the data key in this file (server)",
    )
    parser.add_argument(
        "--server",
        default=None,
        help="werk via een BewustWerven-server (https://...) / work through a server",
    )
    parser.add_argument(
        "--lang",
        choices=("nl", "en"),
        default=None,
        help="taal van uitvoer en app (anders: instelling of systeemtaal) / language",
    )
    parser.add_argument(
        "--screenshots",
        metavar="DIR",
        help="maak schermafbeeldingen van elk "
        "hoofdscherm en stop / render every main screen to DIR and exit",
    )
    parser.add_argument(
        "--smoke",
        action="store_true",
        help="open het hoofdvenster en stop (test) / open the main window and exit (test)",
    )


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    from bewustwerven.core.files import restrict_umask

    restrict_umask()  # what this process creates (database, copies, exports, logs): owner only
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    # Only global options: the desktop app, without building every command's parser first
    # (that, and importing the command modules, is a fifth of the start-up time).
    desktop = argparse.ArgumentParser(prog="bewustwerven", add_help=False)
    _add_global_options(desktop)
    args, rest = desktop.parse_known_args(argv)
    if not rest:
        args.command = None
        return open_desktop(args)
    from bewustwerven.cli.common import run_command

    args = build_parser().parse_args(argv)
    if args.command is None:
        return open_desktop(args)
    try:
        code = run_command(args)
        sys.stdout.flush()
    except BrokenPipeError:
        # The reader went away (`... --json | head -1`): end quietly, as other tools do.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 141 if os.name != "nt" else 1
    return code


def open_desktop(args: argparse.Namespace) -> int:
    from bewustwerven.ui.main import run_app

    return run_app(args)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
