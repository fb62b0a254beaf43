"""Privacy commands: retention run, a candidate's export and deletion, the complaints
register, and the data key's backup (export and import/restore)."""

from __future__ import annotations

import argparse
import getpass
import sys
from datetime import date
from pathlib import Path

from bewustwerven.cli.common import EXIT_OK, EXIT_USAGE, open_for, print_json, table


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    r = sub.add_parser("retention", help="bewaartermijnen / retention")
    rs = r.add_subparsers(dest="retention_command", required=True, metavar="run")
    run = rs.add_parser(
        "run",
        help="verwijder persoonsgegevens waarvan de termijn om is / delete personal data "
        "whose retention period has passed",
    )
    run.add_argument("--dry-run", action="store_true", help="alleen tonen / only show")
    run.add_argument("--now", help="doe alsof het deze datum is (JJJJ-MM-DD) / act as of DATE")
    run.add_argument("--json", action="store_true")
    run.set_defaults(func=run_retention)

    c = sub.add_parser("candidate", help="één kandidaat (privacy) / one candidate (privacy)")
    cs = c.add_subparsers(dest="candidate_command", required=True, metavar="export|delete")
    ex = cs.add_parser("export", help="inzage: alle gegevens / subject access: all data")
    ex.add_argument("code", metavar="CODE", help="kandidaatcode, bv. K-7F3A / pseudonym")
    ex.add_argument("--out", required=True, metavar="DIR")
    ex.set_defaults(func=run_candidate_export)
    de = cs.add_parser("delete", help="verwijderen op verzoek / delete on request")
    de.add_argument("code", metavar="CODE")
    de.add_argument("--reason", required=True, help="reden (verzoek, datum) / reason")
    de.set_defaults(func=run_candidate_delete)
    ob = cs.add_parser("objection", help="schriftelijk bezwaar / written objection")
    ob.add_argument("code", metavar="CODE")
    ob.add_argument("--received", help="ontvangen op (JJJJ-MM-DD) / received on")
    ob.set_defaults(func=run_objection)

    k = sub.add_parser("complaints", help="klachtenregister / complaints register")
    ks = k.add_subparsers(dest="complaints_command", required=True, metavar="add|list")
    add = ks.add_parser("add", help="klacht vastleggen / record a complaint")
    add.add_argument("procedure", type=int)
    add.add_argument("--summary", required=True, help="waar gaat de klacht over / what about")
    add.add_argument("--candidate", metavar="CODE")
    add.add_argument("--received", help="ontvangen op (JJJJ-MM-DD) / received on")
    add.set_defaults(func=run_complaints_add)
    lst = ks.add_parser("list", help="klachten / complaints")
    lst.add_argument("--open", action="store_true", help="alleen open / only open")
    lst.add_argument("--due-within", type=int, metavar="DAYS")
    lst.add_argument("--json", action="store_true")
    lst.set_defaults(func=run_complaints_list)

    key = sub.add_parser("key", help="de datasleutel / the data key")
    kk = key.add_subparsers(dest="key_command", required=True, metavar="export|import")
    kex = kk.add_parser("export", help="back-up van de sleutel / back up the key")
    kex.add_argument("--out", required=True, metavar="FILE")
    kex.add_argument("--backup-passphrase-stdin", action="store_true")
    kex.set_defaults(func=run_key_export)
    kim = kk.add_parser(
        "import", aliases=["restore"], help="zet de sleutel terug / restore the key"
    )
    kim.add_argument("file", metavar="FILE")
    kim.add_argument("--backup-passphrase-stdin", action="store_true")
    kim.set_defaults(func=run_key_import)


def _privacy(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    from bewustwerven.services.privacy import PrivacyService

    app = open_for(args)
    return app, PrivacyService(app.db, app.actor)


def _date(text: str | None) -> date | None:
    return None if not text else date.fromisoformat(text)


def run_retention(args: argparse.Namespace) -> int:
    from bewustwerven.core.retention import parse_moment

    try:
        now = parse_moment(args.now) if args.now else None
    except ValueError as exc:
        print(f"bewustwerven: {exc}", file=sys.stderr)
        return EXIT_USAGE
    app, svc = _privacy(args)
    try:
        report = svc.run_retention(now=now, dry_run=args.dry_run)
    finally:
        app.close()
    if args.json:
        print_json(report)
        return EXIT_OK
    verb = ("zou verwijderen", "would delete") if report.dry_run else ("verwijderd", "deleted")
    en = args.lang == "en"
    rows = [
        [s.pseudonym, str(s.procedure_id), s.due.date().isoformat(), ",".join(s.parts)]
        for s in report.steps
    ]
    if rows:
        print(table(rows, ["kandidaat", "procedure", "termijn / due", "wat / what"]))
    print(
        f"{len(report.steps)} kandidaten {verb[0]}; {len(report.complaints)} klachtteksten; "
        f"{len(report.backups)} oude back-ups."
        if not en
        else f"{len(report.steps)} candidates {verb[1]}; {len(report.complaints)} complaint "
        f"texts; {len(report.backups)} old backups."
    )
    return EXIT_OK


def run_candidate_export(args: argparse.Namespace) -> int:
    from bewustwerven.services.privacy import write_subject_access

    app, svc = _privacy(args)
    try:
        export = svc.subject_access(args.code)
    finally:
        app.close()
    folder = write_subject_access(export, args.out, args.lang or "nl")
    print(folder)
    return EXIT_OK


def run_candidate_delete(args: argparse.Namespace) -> int:
    app, svc = _privacy(args)
    try:
        result = svc.delete_on_request(args.code, args.reason)
    finally:
        app.close()
    print(f"{result.pseudonym}: {', '.join(result.parts) or '-'}")
    return EXIT_OK


def run_objection(args: argparse.Namespace) -> int:
    app, svc = _privacy(args)
    try:
        result = svc.record_objection(args.code, received_on=_date(args.received))
    finally:
        app.close()
    print(f"{result.pseudonym}: {', '.join(result.parts) or '-'}")
    return EXIT_OK


def run_complaints_add(args: argparse.Namespace) -> int:
    app, svc = _privacy(args)
    try:
        cid = svc.add_complaint(
            args.procedure,
            args.summary,
            received_on=_date(args.received),
            pseudonym=args.candidate,
        )
    finally:
        app.close()
    print(cid)
    return EXIT_OK


def run_complaints_list(args: argparse.Namespace) -> int:
    app, svc = _privacy(args)
    try:
        if args.due_within is not None:
            rows = svc.complaints_due(args.due_within)
        else:
            rows = svc.complaints(open_only=args.open)
    finally:
        app.close()
    if args.json:
        print_json(rows)
        return EXIT_OK
    print(
        table(
            [
                [
                    str(r.id),
                    str(r.procedure_id),
                    r.received_on.isoformat(),
                    r.due_on.isoformat(),
                    r.status,
                    (r.summary or "")[:50],
                ]
                for r in rows
            ],
            ["nr", "procedure", "ontvangen", "uiterlijk / due", "status", "klacht"],
        )
    )
    return EXIT_OK


def _backup_passphrase(args: argparse.Namespace, *, twice: bool) -> str:
    if args.backup_passphrase_stdin:
        return sys.stdin.readline().rstrip("\n")
    first = getpass.getpass("Wachtwoordzin van de back-up / backup passphrase: ")
    if twice and getpass.getpass("Nog een keer / again: ") != first:
        from bewustwerven.services.errors import InvalidInput

        raise InvalidInput("De wachtwoordzinnen verschillen.", "The passphrases differ.")
    return first


def run_key_export(args: argparse.Namespace) -> int:
    app, svc = _privacy(args)
    try:
        text = svc.export_key(_backup_passphrase(args, twice=True))
    finally:
        app.close()
    out = Path(args.out)
    out.write_text(text, encoding="utf-8")
    out.chmod(0o600)
    print(out)
    return EXIT_OK


def run_key_import(args: argparse.Namespace) -> int:
    from bewustwerven.services.app import open_app
    from bewustwerven.services.privacy import PrivacyService, restore_key

    backup = Path(args.file).read_text(encoding="utf-8")
    passphrase = _backup_passphrase(args, twice=False)
    db_id = restore_key(args.db, backup, passphrase)
    # without a keyring the database now holds the key wrapped under this passphrase
    app = open_app(args.db, user=args.user, passphrase=passphrase)
    try:
        PrivacyService(app.db, app.actor).note_key_restored()
    finally:
        app.close()
    print(
        f"Sleutel teruggezet voor database {db_id}."
        if args.lang != "en"
        else f"Key restored for database {db_id}."
    )
    return EXIT_OK
