"""What the commands share: opening the app as a user, printing, known errors."""

from __future__ import annotations

import argparse
import dataclasses
import json
import os
import sys
from datetime import date, datetime
from enum import Enum
from pathlib import Path
from typing import Any, TypeVar

from bewustwerven.services.errors import KnownError

EXIT_OK, EXIT_FAIL, EXIT_USAGE = 0, 1, 2
T = TypeVar("T")


def lang_of(args: argparse.Namespace) -> str:
    """The one language of this command's output: English with ``--lang en``, else Dutch."""
    return "en" if getattr(args, "lang", None) == "en" else "nl"


def say(args: argparse.Namespace, nl: T, en: T) -> T:
    """The Dutch or the English form (a text, or a row of table headers)."""
    return en if lang_of(args) == "en" else nl


def read_passphrase(args: argparse.Namespace) -> str | None:
    if getattr(args, "passphrase_stdin", False):
        return sys.stdin.readline().rstrip("\n")
    return None


def read_new_password(from_stdin: bool) -> str:
    """A new password: one line of standard input, or asked twice without echo."""
    if from_stdin:
        return sys.stdin.readline().rstrip("\n")
    import getpass

    first = getpass.getpass("Nieuw wachtwoord / New password: ")
    if getpass.getpass("Nog eens / Again: ") != first:
        from bewustwerven.services.errors import InvalidInput

        raise InvalidInput("De wachtwoorden verschillen.", "The passwords differ.")
    return first


def key_file(args: argparse.Namespace) -> Path | None:
    value = getattr(args, "key_file", None) or os.environ.get("BEWUSTWERVEN_KEY_FILE")
    return Path(value) if value else None


def open_for(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    if getattr(args, "server", None):
        from bewustwerven.remote.session import open_remote_cli

        return open_remote_cli(args.server, args.user)
    from bewustwerven.services.app import open_app
    from bewustwerven.services.users import PasswordRequired

    passphrase = read_passphrase(args)
    password = read_password(args)
    try:
        return open_app(
            args.db,
            user=args.user,
            passphrase=passphrase,
            key_file=key_file(args),
            password=password,
        )
    except PasswordRequired:
        if password is not None or not sys.stdin.isatty():
            raise
        import getpass

        password = getpass.getpass(f"Wachtwoord van {args.user} / Password of {args.user}: ")
        return open_app(
            args.db,
            user=args.user,
            passphrase=passphrase,
            key_file=key_file(args),
            password=password,
        )


def read_password(args: argparse.Namespace) -> str | None:
    """The ``--user``'s password from standard input (``--user-password-stdin``), else None
    (then it is asked without echo when needed, on a terminal)."""
    if getattr(args, "user_password_stdin", False):
        return sys.stdin.readline().rstrip("\n")
    return None


def plain(value: Any) -> Any:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, dict):
        return {str(k): plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple | set | frozenset):
        return [plain(v) for v in value]
    if hasattr(value, "to_dict"):
        return value.to_dict()
    return value


def print_json(value: Any) -> None:
    print(json.dumps(plain(value), ensure_ascii=False, indent=2))


def table(rows: list[list[str]], headers: list[str]) -> str:
    """A plain-text table; control characters in values (ANSI escapes, line breaks) are
    shown escaped, so stored text can never steer the terminal."""
    from bewustwerven.core.cells import printable

    rows = [[printable(str(c)) for c in r] for r in rows]
    widths = [max(len(str(x)) for x in col) for col in zip(headers, *rows, strict=False)]
    lines = ["  ".join(str(h).ljust(w) for h, w in zip(headers, widths, strict=False))]
    lines.append("  ".join("-" * w for w in widths))
    lines += ["  ".join(str(c).ljust(w) for c, w in zip(r, widths, strict=False)) for r in rows]
    return "\n".join(lines)


def run_command(args: argparse.Namespace) -> int:
    from bewustwerven.core.policy import PolicyError
    from bewustwerven.store.migrate import DatabaseTooNew

    try:
        return int(args.func(args))
    except KnownError as exc:
        print(f"bewustwerven: {exc.message(args.lang)}", file=sys.stderr)
        for line in exc.details:
            print(f"  - {line}", file=sys.stderr)
        return EXIT_FAIL
    except DatabaseTooNew as exc:
        print(f"bewustwerven: {exc.msg.text(args.lang)}", file=sys.stderr)
        return EXIT_FAIL
    except PolicyError as exc:
        print(f"bewustwerven: {exc}", file=sys.stderr)
        return EXIT_FAIL
