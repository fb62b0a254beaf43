"""Admin commands: demo data, migrations, the audit trail."""

from __future__ import annotations

import argparse
import sys
import time
from typing import Any

from bewustwerven.cli.common import (
    EXIT_FAIL,
    EXIT_OK,
    key_file,
    open_for,
    print_json,
    read_passphrase,
    say,
)


def register(sub: Any) -> None:
    p = sub.add_parser(
        "demo",
        help="vul de database met de demo-organisatie / fill the "
        "database with the demo organisation",
    )
    p.add_argument(
        "--force",
        action="store_true",
        help="gooi een bestaand demobestand eerst weg "
        "(alleen SQLite) / first remove an existing SQLite file",
    )
    p.add_argument("--seed", type=int, default=2024, help=argparse.SUPPRESS)
    p.add_argument(
        "--scale",
        choices=("small", "year"),
        default="small",
        help="small: twintig procedures via de services; year: een organisatie van ~3.000 "
        "procedures per jaar, in bulk / small: twenty procedures through the services; year: "
        "an organisation of ~3,000 procedures a year, in bulk",
    )
    p.add_argument(
        "--years",
        type=int,
        default=1,
        help="aantal jaren bij --scale year / number of years with --scale year",
    )
    p.add_argument("--per-year", type=int, default=3000, help=argparse.SUPPRESS)
    p.set_defaults(func=_demo)

    db = sub.add_parser("db", help="database-onderhoud / database maintenance")
    dbsub = db.add_subparsers(dest="db_command", required=True, metavar="upgrade")
    up = dbsub.add_parser("upgrade", help="voer migraties uit / apply migrations")
    up.set_defaults(func=_db_upgrade)

    audit = sub.add_parser("audit", help="het auditspoor / the audit trail")
    asub = audit.add_subparsers(
        dest="audit_command", required=True, metavar="verify|public-key|rotate-key"
    )
    v = asub.add_parser(
        "verify",
        help="controleer de keten: exit 0 intact, 1 gebroken / verify "
        "the chain: exit 0 intact, 1 broken",
    )
    v.add_argument(
        "--head",
        help="controleer ook dat deze kop (uit een rapport) in de keten "
        "staat / also check that this head hash (from a report) is in the chain",
    )
    v.add_argument(
        "--public-key",
        action="append",
        metavar="FILE",
        help="controleer de handtekeningen met deze openbare sleutel (PEM, van `audit "
        "public-key`) in plaats van de eigen sleutel van deze installatie / check the "
        "signatures with this public key (PEM, from `audit public-key`) instead of this "
        "installation's own key",
    )
    v.add_argument("--json", action="store_true")
    v.set_defaults(func=_audit_verify)
    pk = asub.add_parser(
        "public-key",
        help="toon of bewaar de openbare ondertekeningssleutel (voor de auditor) / show or "
        "save the public signing key (for the auditor)",
    )
    pk.add_argument("--out", metavar="FILE", help="schrijf de sleutel naar FILE / write to FILE")
    pk.set_defaults(func=_audit_public_key)
    rk = asub.add_parser(
        "rotate-key",
        help="vervang de ondertekeningssleutel (de oude ondertekent de overstap) / replace "
        "the signing key (the old key signs the change)",
    )
    rk.add_argument("--public-out", metavar="FILE", help="bewaar de nieuwe openbare sleutel")
    rk.set_defaults(func=_audit_rotate_key)


def _demo(args: argparse.Namespace) -> int:
    from bewustwerven.services.demo import build_demo
    from bewustwerven.store.db import resolve_url, sqlite_path

    url = resolve_url(args.db)
    path = sqlite_path(url)
    if args.force:
        if path is None:
            print(
                "bewustwerven: --force werkt alleen op een SQLite-bestand. / --force only works "
                "on a SQLite file.",
                file=sys.stderr,
            )
            return EXIT_FAIL
        for suffix in ("", "-wal", "-shm"):
            path.with_name(path.name + suffix).unlink(missing_ok=True)
    if args.scale == "year":
        return _demo_year(args)
    app = open_for(args)
    try:
        if app.procedures.list():
            print(
                "bewustwerven: deze database heeft al procedures; gebruik --force voor een "
                "nieuw demobestand. / this database already has procedures; use --force.",
                file=sys.stderr,
            )
            return EXIT_FAIL
        start = time.perf_counter()
        report = build_demo(
            app, seed=args.seed, progress=lambda m: print(f"  {m}", file=sys.stderr)
        )
        took = time.perf_counter() - start
        print(
            f"Demo klaar in {took:.1f} s: {report.procedures} procedures, {report.candidates} "
            f"kandidaten, {report.sheets} scoreformulieren, {report.deviations} afwijkingen. "
            f"Database: {app.db.shown_url}"
        )
        print(
            f"Inloggen als: --user {app.actor.login} (beheerder), of bijvoorbeeld --user "
            "sanne.wsadviseur, --user pieter.voorzitter, --user kees.lid, --user fatima.pno"
        )
    finally:
        app.close()
    return EXIT_OK


def _demo_year(args: argparse.Namespace) -> int:
    from bewustwerven.services.bulk_demo import generate_year

    if getattr(args, "server", None):
        print(
            "bewustwerven: --scale year vult een database rechtstreeks; draai het op de "
            "server zelf met --db. / --scale year fills a database directly; run it on the "
            "server itself with --db.",
            file=sys.stderr,
        )
        return EXIT_FAIL
    app = open_for(args)
    try:
        report = generate_year(
            app,
            years=args.years,
            per_year=args.per_year,
            seed=args.seed,
            progress=lambda m: print(f"  {m}", file=sys.stderr),
        )
        from bewustwerven.services.users import mark_demo

        with app.db.write() as session:  # anyone may act as anyone in a demo database
            mark_demo(session, app.actor.login)
        print(
            f"Demo klaar in {report.seconds:.0f} s: {report.procedures:,} procedures, "
            f"{report.candidates:,} sollicitaties, {report.sheets:,} scoreformulieren, "
            f"{report.scores:,} scores, {report.deviations:,} afwijkingen, {report.events:,} "
            f"auditgebeurtenissen. Versleuteld: {report.seals:,} velden (~"
            f"{report.seal_seconds:.1f} s). Database: {app.db.shown_url}"
        )
        print(
            f"Demo ready in {report.seconds:.0f} s. Stages: "
            + ", ".join(f"{k} {v:,}" for k, v in sorted(report.stages.items()))
        )
    finally:
        app.close()
    return EXIT_OK


def _db_upgrade(args: argparse.Namespace) -> int:
    from bewustwerven.store import migrate
    from bewustwerven.store.db import make_engine, resolve_url, sqlite_path

    url = resolve_url(args.db)
    engine = make_engine(url)
    try:
        with engine.connect() as conn:
            before = migrate.current_revision(conn)
            needed = migrate.check_revision(conn)
        if not needed:
            print(f"Het schema is al bij: {before}. / The schema is up to date: {before}.")
            if engine.dialect.name == "postgresql":
                from bewustwerven.store.db import ensure_policies

                ensure_policies(engine, force=True)
                print("Rechten en audittrigger opnieuw gezet. / Grants and audit trigger set.")
            return EXIT_OK
    finally:
        engine.dispose()
    from bewustwerven.store.db import open_database

    db = open_database(args.db, passphrase=read_passphrase(args), key_file=key_file(args))
    db.close()
    path = sqlite_path(url)
    print(
        f"Schema bijgewerkt van {before or 'leeg'} naar {migrate.head_revision()}"
        + (f"; kopie van het oude bestand naast {path.name}" if path and before else "")
        + "."
    )
    return EXIT_OK


def _audit_verify(args: argparse.Namespace) -> int:
    from bewustwerven.store import trail_keys
    from bewustwerven.store.keys import KeyUnavailable

    try:
        trusted = trail_keys.trusted_from_files(args.public_key) if args.public_key else None
    except KeyUnavailable as exc:
        print(f"bewustwerven: {exc}", file=sys.stderr)
        return EXIT_FAIL
    app = open_for(args)
    try:
        result = app.audit.verify(args.head, trusted)
    finally:
        app.close()
    head_ok = result.head_found is not False
    if args.json:
        print_json(
            {
                "ok": result.ok and head_ok,
                "events": result.events,
                "head_hash": result.head_hash,
                "broken_event": result.broken_seq,
                "problem": result.problem,
                "problems": result.problems[:50],
                "head_found": result.head_found,
                "signed_events": result.signed,
                "unsigned_before_signing": result.unsigned_before,
                "signing_keys": result.key_ids,
                "signatures_trusted": result.trusted,
            }
        )
    elif result.ok:
        print(say(args, f"Auditspoor intact: {result.events} gebeurtenissen. Kop: "
                  f"{result.head_hash}", f"Audit trail intact: {result.events} events. Head: "
                  f"{result.head_hash}"))
        _print_signing(args, result)
    else:
        print(say(args, f"Auditspoor GEBROKEN bij gebeurtenis #{result.broken_seq}: "
                  f"{result.problem}", f"Audit trail BROKEN at event #{result.broken_seq}: "
                  f"{result.problem}"))
        for line in result.problems[1:10]:
            print(f"  {say(args, 'ook', 'also')}: {line}")
    if args.head and not args.json:
        print(
            say(args, "De kop staat in de keten.", "The head is in the chain.")
            if result.head_found
            else say(args, "Deze kop staat NIET in de keten: het spoor is herschreven of "
                     "ingekort.", "This head is NOT in the chain: the trail was rewritten or cut.")
        )
    return EXIT_OK if result.ok and head_ok else EXIT_FAIL


def _print_signing(args: argparse.Namespace, result: Any) -> None:
    from bewustwerven.store.signing import shown

    keys = ", ".join(shown(k) for k in result.key_ids) or "-"
    print(say(args, f"Ondertekend: {result.signed} gebeurtenissen, sleutel {keys}.",
              f"Signed: {result.signed} events, key {keys}."))
    if result.unsigned_before:
        version = result.signing_version or "?"
        print(say(
            args,
            f"Niet ondertekend (van voor versie {version}): de eerste {result.unsigned_before} "
            "gebeurtenissen; de ondertekende start dekt ze via de keten.",
            f"Unsigned (before version {version}): the first {result.unsigned_before} "
            "events; the signed start covers them through the chain.",
        ))
    if not result.trusted:
        print(say(
            args,
            "LET OP: geen openbare sleutel van buiten de database; de handtekeningen zijn "
            "niet tegen een vertrouwde sleutel gecontroleerd.",
            "WARNING: no public key from outside the database; the signatures were not "
            "checked against a trusted key.",
        ))


def _audit_public_key(args: argparse.Namespace) -> int:
    from pathlib import Path

    from bewustwerven.store.signing import shown

    app = open_for(args)
    try:
        info = app.audit.signing_key()
    finally:
        app.close()
    if info is None:
        print(
            "bewustwerven: deze installatie heeft (hier) geen ondertekeningssleutel. / this "
            "installation has no signing key (here).",
            file=sys.stderr,
        )
        return EXIT_FAIL
    if args.out:
        Path(args.out).write_text(info.public_pem, encoding="ascii")
        print(f"Openbare sleutel {shown(info.key_id)} in {args.out}. / Public key written.")
    else:
        print(info.public_pem, end="")
        print(f"# vingerafdruk / fingerprint: {shown(info.key_id)}", file=sys.stderr)
    return EXIT_OK


def _audit_rotate_key(args: argparse.Namespace) -> int:
    from pathlib import Path

    from bewustwerven.store.signing import shown

    app = open_for(args)
    try:
        old, new = app.audit.rotate_key()
        info = app.audit.signing_key()
    finally:
        app.close()
    print(f"Ondertekeningssleutel vervangen: {shown(old)} -> {shown(new)}.")
    print(f"Signing key replaced: {shown(old)} -> {shown(new)}.")
    if args.public_out and info is not None:
        Path(args.public_out).write_text(info.public_pem, encoding="ascii")
        print(f"Nieuwe openbare sleutel in {args.public_out}. / New public key written.")
    print(
        "Maak nu een nieuwe back-up van de sleutel en geef de auditor de nieuwe openbare "
        "sleutel. / Back up the new key now and give the auditor the new public key."
    )
    return EXIT_OK
