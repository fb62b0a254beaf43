"""``bewustwerven report``: the procedure dossier and the organisation report as a file."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

from bewustwerven.cli.common import EXIT_OK, open_for


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser(
        "report",
        help="dossier of een organisatierapport maken (pdf, csv, xlsx) / make a dossier or "
        "an organisation report",
    )
    kinds = p.add_subparsers(dest="report_kind", required=True, metavar="SOORT/KIND")
    d = kinds.add_parser("procedure", help="dossier van één procedure / one procedure's dossier")
    d.add_argument("id", type=int, help="procedurenummer / procedure id")
    _common(d)
    o = kinds.add_parser("organisation", help="rapport over een periode / report for a period")
    o.add_argument(
        "--from",
        dest="start",
        required=True,
        type=date.fromisoformat,
        help="begindatum JJJJ-MM-DD / start date",
    )
    o.add_argument(
        "--to",
        dest="end",
        required=True,
        type=date.fromisoformat,
        help="einddatum JJJJ-MM-DD (telt mee) / end date (included)",
    )
    o.add_argument(
        "--unit",
        action="append",
        default=[],
        metavar="UNIT",
        help="alleen deze afdeling (mag vaker) / only this unit (repeatable)",
    )
    _common(o)
    p.set_defaults(func=run)


def _common(p: argparse.ArgumentParser) -> None:
    p.add_argument("--out", required=True, type=Path, help="bestand .pdf, .csv of .xlsx / file")
    p.add_argument(
        "--lang",
        dest="report_lang",
        choices=("nl", "en"),
        default=None,
        help="taal van het rapport (anders --lang) / report language",
    )
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from bewustwerven.services.reporting import ReportingService

    lang = args.report_lang or getattr(args, "lang", "nl") or "nl"
    app = open_for(args)
    try:
        svc = ReportingService(app.db, app.actor)
        if args.report_kind == "procedure":
            result = svc.export_dossier(args.id, args.out, lang=lang)
        else:
            result = svc.export_organisation(
                args.start, args.end, args.out, units=args.unit, lang=lang
            )
    finally:
        app.close()
    if lang == "en":
        print(f"Written: {result.path} ({result.format}, sha256 {result.sha256[:16]}…)")
        if result.head_hash:
            print(f"Audit trail head in the report: {result.head_hash}")
    else:
        print(f"Geschreven: {result.path} ({result.format}, sha256 {result.sha256[:16]}…)")
        if result.head_hash:
            print(f"Kop van het auditspoor in het rapport: {result.head_hash}")
    return EXIT_OK
