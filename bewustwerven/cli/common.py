"""What the commands share: opening the app as a user, printing, known errors."""

from __future__ import annotations

import argparse
import dataclasses
import json
import sys
from datetime import date, datetime
from enum import Enum
from typing import Any

from bewustwerven.services.errors import KnownError

EXIT_OK, EXIT_FAIL, EXIT_USAGE = 0, 1, 2


def read_passphrase(args: argparse.Namespace) -> str | None:
    if getattr(args, "passphrase_stdin", False):
        return sys.stdin.readline().rstrip("\n")
    return None


def open_for(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    from bewustwerven.services.app import open_app

    return open_app(args.db, user=args.user, passphrase=read_passphrase(args))


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
    except (DatabaseTooNew, PolicyError) as exc:
        print(f"bewustwerven: {exc}", file=sys.stderr)
        return EXIT_FAIL
