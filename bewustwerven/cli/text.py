"""``bewustwerven check-text FILE``: check a vacancy text (rules TEXT-*)."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from bewustwerven.core.findings import Finding, blocking

LANGUAGES = ("nl", "en")  # as bewustwerven.core.textcheck.LANGUAGES, which loads on use

EXIT_OK = 0
EXIT_BLOCK = 1
EXIT_BAD_INPUT = 2


def register(sub: Any) -> argparse.ArgumentParser:
    """Add ``check-text`` to an argparse subparsers object."""
    p: argparse.ArgumentParser = sub.add_parser(
        "check-text",
        help="controleer een vacaturetekst / check a vacancy text",
        description=(
            "Controleer een vacaturetekst op woorden die mensen uitsluiten, op leesbaarheid "
            "(B1) en op verplichte onderdelen. / Check a vacancy text for excluding words, "
            "readability (B1) and required elements."
        ),
        epilog=(
            "Exitcode: 0 = niets blokkeert, 1 = iets blokkeert publicatie, 2 = fout in de "
            "invoer. / Exit code: 0 = nothing blocks, 1 = something blocks publication, "
            "2 = bad input."
        ),
    )
    p.add_argument(
        "file",
        metavar="FILE",
        help=(
            "tekstbestand in UTF-8, of '-' voor standaardinvoer / UTF-8 text file, or '-' for stdin"
        ),
    )
    p.add_argument(
        "--scale",
        type=int,
        default=None,
        help="salarisschaal van de functie / salary scale of the job",
    )
    p.add_argument(
        "--lang",
        choices=LANGUAGES,
        default="nl",
        help=(
            "taal van de vacaturetekst (standaard: nl) / language of the vacancy text (default: nl)"
        ),
    )
    p.add_argument(
        "--messages",
        choices=LANGUAGES,
        default="nl",
        help="taal van de meldingen (standaard: nl) / language of the messages (default: nl)",
    )
    p.add_argument(
        "--json",
        action="store_true",
        help="uitvoer als JSON-lijst / output as a JSON list",
    )
    p.set_defaults(func=run)
    return p


def _read(name: str) -> str:
    if name == "-":
        return sys.stdin.read()
    return Path(name).read_text(encoding="utf-8-sig")


def line_column(text: str, offset: int) -> tuple[int, int]:
    line = text.count("\n", 0, offset) + 1
    column = offset - (text.rfind("\n", 0, offset) + 1) + 1
    return line, column


def run(args: argparse.Namespace) -> int:
    try:
        text = _read(args.file)
    except UnicodeDecodeError:
        print(
            f"Fout: {args.file} is geen UTF-8-tekst. / Error: {args.file} is not UTF-8 text.",
            file=sys.stderr,
        )
        return EXIT_BAD_INPUT
    except OSError as exc:
        reason = exc.strerror or str(exc)
        print(
            f"Fout: kan {args.file} niet lezen ({reason}). / "
            f"Error: cannot read {args.file} ({reason}).",
            file=sys.stderr,
        )
        return EXIT_BAD_INPUT
    if args.scale is not None and args.scale < 1:
        print(
            f"Fout: schaal {args.scale} bestaat niet. / Error: scale {args.scale} does not exist.",
            file=sys.stderr,
        )
        return EXIT_BAD_INPUT
    from bewustwerven.core.textcheck import check_text

    findings = check_text(text, scale=args.scale, lang=args.lang)
    if args.json:
        print(json.dumps([_as_dict(text, f) for f in findings], ensure_ascii=False, indent=2))
    else:
        for finding in findings:
            print(_as_line(args.file, text, finding, args.messages))
    return EXIT_BLOCK if blocking(findings) else EXIT_OK


def _as_dict(text: str, finding: Finding) -> dict[str, Any]:
    data = finding.to_dict()
    if finding.span is not None:
        data["line"], data["column"] = line_column(text, finding.span[0])
    return data


def _as_line(name: str, text: str, finding: Finding, lang: str) -> str:
    where = name
    if finding.span is not None:
        line, column = line_column(text, finding.span[0])
        where = f"{name}:{line}:{column}"
    out = f"{where}: {finding.severity.value} {finding.code}: {finding.message(lang)}"
    suggestion = finding.suggestion(lang)
    return f"{out} → {suggestion}" if suggestion else out
