"""Commands over procedures, candidates, users and deviations."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from bewustwerven.cli.common import (
    EXIT_FAIL,
    EXIT_OK,
    lang_of,
    open_for,
    print_json,
    read_new_password,
    say,
    table,
)
from bewustwerven.core.cells import printable


def register(sub: Any) -> None:
    p = sub.add_parser("procedures", help="procedures / procedures")
    ps = p.add_subparsers(dest="sub", required=True, metavar="list")
    lst = ps.add_parser(
        "list",
        help="id, vacature, schaal, fase, open bevindingen / id, vacancy, "
        "scale, stage, open findings",
    )
    lst.add_argument("--json", action="store_true")
    lst.set_defaults(func=_procedures_list)

    p = sub.add_parser("procedure", help="één procedure / one procedure")
    ps = p.add_subparsers(dest="sub", required=True, metavar="show|advance")
    show = ps.add_parser(
        "show",
        help="fase, poort, bevindingen, commissie, afwijkingen / stage, "
        "gate, findings, committee, deviations",
    )
    show.add_argument("id", type=int)
    show.add_argument("--json", action="store_true")
    show.set_defaults(func=_procedure_show)
    adv = ps.add_parser("advance", help="door de poort naar de volgende fase / through the gate")
    adv.add_argument("id", type=int)
    adv.add_argument(
        "--accept-warnings",
        action="store_true",
        help="ik heb de waarschuwingen gelezen / I have read the warnings",
    )
    adv.set_defaults(func=_procedure_advance)

    c = sub.add_parser("candidates", help="kandidaten / candidates")
    cs = c.add_subparsers(dest="sub", required=True, metavar="import|list")
    imp = cs.add_parser(
        "import",
        help="sollicitaties importeren uit CSV (alles of niets) / "
        "import applications from CSV (all or nothing)",
    )
    imp.add_argument("id", type=int)
    imp.add_argument("file", type=Path)
    imp.add_argument(
        "--map",
        action="append",
        default=[],
        metavar="VELD=KOLOM",
        help="kolomkeuze, bv. name=Volledige naam / column mapping",
    )
    imp.set_defaults(func=_candidates_import)
    cl = cs.add_parser(
        "list",
        help="kandidaatcodes; identiteit alleen voor wie dat mag / "
        "pseudonyms; identities only for those allowed",
    )
    cl.add_argument("id", type=int)
    cl.add_argument(
        "--identities", action="store_true", help="toon namen (wordt gelogd) / show names (logged)"
    )
    cl.add_argument("--json", action="store_true")
    cl.set_defaults(func=_candidates_list)

    u = sub.add_parser("users", help="gebruikers / users")
    us = u.add_subparsers(dest="sub", required=True, metavar="add|list|password|disable|enable")
    add = us.add_parser("add", help="gebruiker toevoegen / add a user")
    add.add_argument("login")
    add.add_argument(
        "--role",
        action="append",
        required=True,
        help="recruiter, member, chair, hr of admin (herhaalbaar) / repeatable",
    )
    add.add_argument("--name", default="")
    add.add_argument("--unit")
    add.add_argument("--trained", action="store_true", help="BIWS-training gevolgd / trained")
    add.add_argument(
        "--password-stdin",
        action="store_true",
        help="wachtwoord voor de server van stdin / password for the server from stdin",
    )
    add.set_defaults(func=_users_add)
    pw = us.add_parser("password", help="wachtwoord zetten (sessies eindigen) / set a password")
    pw.add_argument("login")
    pw.add_argument(
        "--password-stdin", action="store_true", help="van stdin / from stdin (else asked)"
    )
    pw.set_defaults(func=_users_password)
    for name, active in (("disable", False), ("enable", True)):
        ud = us.add_parser(
            name,
            help=("account uitschakelen, sessies eindigen" if not active else "weer inschakelen")
            + " / " + name,
        )
        ud.add_argument("login")
        ud.set_defaults(func=_users_active, active=active)
    ul = us.add_parser("list", help="gebruikers en rollen / users and roles")
    ul.add_argument("--json", action="store_true")
    ul.set_defaults(func=_users_list)

    d = sub.add_parser("deviations", help="afwijkingen / deviations")
    ds = d.add_subparsers(dest="sub", required=True, metavar="list|request|approve|reject")
    dl = ds.add_parser("list", help="afwijkingen / deviations")
    dl.add_argument("--status", choices=("pending", "approved", "rejected"))
    dl.add_argument("--json", action="store_true")
    dl.set_defaults(func=_deviations_list)
    dr = ds.add_parser("request", help="afwijking aanvragen / request a deviation")
    dr.add_argument("id", type=int)
    dr.add_argument("rule", help="regelcode, bv. ROONEY / rule code")
    dr.add_argument("justification")
    dr.set_defaults(func=_deviation_request)
    for name, approve in (("approve", True), ("reject", False)):
        dd = ds.add_parser(name, help=("goedkeuren" if approve else "afwijzen") + " / " + name)
        dd.add_argument("deviation", type=int)
        dd.add_argument("--comment", default="")
        dd.set_defaults(func=_deviation_decide, approve=approve)


def _procedures_list(args: argparse.Namespace) -> int:
    app = open_for(args)
    try:
        rows = app.procedures.list()
        shown = app.db.shown_url
    finally:
        app.close()
    if args.json:
        print_json(rows)
        return EXIT_OK
    if not rows:
        print(_empty_hint(args, shown), file=sys.stderr)
    print(
        table(
            [
                [
                    str(r.id),
                    r.title,
                    r.unit,
                    str(r.scale),
                    r.stage.label(lang_of(args)),
                    str(r.candidates),
                    f"{r.blocks}/{r.warnings}",
                    str(r.pending_deviations),
                ]
                for r in rows
            ],
            say(
                args,
                ["id", "vacature", "afd.", "schaal", "fase", "kand.", "blok/waarsch.", "afw. open"],
                ["id", "vacancy", "unit", "scale", "stage", "cand.", "block/warn.", "dev. open"],
            ),
        )
    )
    return EXIT_OK


def _procedure_show(args: argparse.Namespace) -> int:
    app = open_for(args)
    try:
        detail = app.procedures.show(args.id)
        report = app.procedures.gate(args.id)
        committee = app.setup.committee_findings(args.id)
        deviations = app.deviations.list(procedure_id=args.id)
    finally:
        app.close()
    if args.json:
        print_json(
            {
                "procedure": detail,
                "gate": {
                    "gate": report.gate,
                    "stage": report.stage,
                    "next_stage": report.next_stage,
                    "passable": report.passable,
                    "findings": list(report.findings),
                    "waived": [
                        {"finding": w.finding, "deviation": w.deviation_id} for w in report.waived
                    ],
                },
                "committee_findings": committee,
                "deviations": deviations,
            }
        )
        return EXIT_OK
    lang = lang_of(args)
    en = lang == "en"
    scale = "scale" if en else "schaal"
    print(f"#{detail.id} {detail.title} — {detail.unit_name}, {scale} {detail.scale}")
    print(
        f"Stage: {detail.stage.label(lang)} (round {detail.round}); policy {detail.profile}"
        if en
        else f"Fase: {detail.stage.label(lang)} (ronde {detail.round}); beleid {detail.profile}"
    )
    members = ", ".join(f"{s.login} ({s.role})" for s in detail.committee)
    print(f"{'Committee' if en else 'Commissie'}: {members}")
    if report.gate:
        state = say(args, "open" if report.passable else "dicht", "open" if report.passable
                    else "closed")
        print(say(args, f"Poort {report.gate.value} naar", f"Gate {report.gate.value} to")
              + f" {report.next_stage.label(lang)}: {state}")
    deviation = "deviation" if en else "afwijking"
    for f in report.findings:
        print(f"  [{f.severity}] {f.code}: {f.message(lang)}")
    for w in report.waived:
        print(f"  [{deviation} #{w.deviation_id}] {w.finding.code}: {w.finding.message(lang)}")
    for f in committee:
        print(f"  [{'committee' if en else 'commissie'} {f.severity}] {f.code}: {f.message(lang)}")
    for d in deviations:
        print(f"  {deviation} #{d.id} {d.rule_code} {d.status}: {d.justification}")
    return EXIT_OK


def _procedure_advance(args: argparse.Namespace) -> int:
    app = open_for(args)
    try:
        result = app.procedures.advance(args.id, acknowledge_warnings=args.accept_warnings)
    finally:
        app.close()
    if result.advanced:
        stage = result.stage.label(lang_of(args))
        print(say(args, f"Procedure {args.id} is nu in fase: {stage}",
                  f"Procedure {args.id} is now in stage: {stage}"))
        return EXIT_OK
    print(say(args, result.message_nl, result.message_en), file=sys.stderr)
    for f in result.report.blocks + result.report.warnings:
        print(f"  [{f.severity}] {f.code}: {f.message(lang_of(args))}", file=sys.stderr)
    return EXIT_FAIL


def _candidates_import(args: argparse.Namespace) -> int:
    mapping = {}
    for item in args.map:
        field, _, header = item.partition("=")
        mapping[field.strip()] = header.strip()
    try:
        data = args.file.read_bytes()
    except OSError as exc:
        print(
            say(args, f"bewustwerven: kan {args.file} niet lezen: {exc.strerror}",
                f"bewustwerven: cannot read {args.file}: {exc.strerror}"),
            file=sys.stderr,
        )
        return EXIT_FAIL
    app = open_for(args)
    try:
        result = app.candidates.import_csv(args.id, data, mapping or None)
    finally:
        app.close()
    line = say(args, "regel", "line")
    if result.errors:
        n = len(result.errors)
        print(
            say(args, f"Niets geïmporteerd: {n} {'fout' if n == 1 else 'fouten'}.",
                f"Nothing imported: {n} {'error' if n == 1 else 'errors'}."),
            file=sys.stderr,
        )
        for e in result.errors:
            print(f"  {line} {e.line} [{e.column}]: {printable(e.message(lang_of(args)))}",
                  file=sys.stderr)
        return EXIT_FAIL
    print(result.message(lang_of(args)))
    for d in result.duplicates:
        other = f"{line} {d.other}" if d.in_file else d.other
        print(f"  {line} {d.line}: {d.reason} = {other}", file=sys.stderr)
    if result.pseudonyms:
        print(", ".join(result.pseudonyms))
    return EXIT_OK


def _candidates_list(args: argparse.Namespace) -> int:
    app = open_for(args)
    try:
        rows = app.candidates.list(args.id, with_identity=args.identities)
    finally:
        app.close()
    if args.json:
        print_json(rows)
        return EXIT_OK
    headers = say(args, ["code", "kanaal", "stand"], ["code", "channel", "status"]) + (
        say(args, ["naam", "e-mail"], ["name", "email"]) if args.identities else []
    )
    hidden = say(args, "(verborgen)", "(hidden)")
    print(
        table(
            [
                [r.pseudonym, r.channel, r.funnel]
                + ([r.name or hidden, r.email or ""] if args.identities else [])
                for r in rows
            ],
            headers,
        )
    )
    return EXIT_OK


def _users_add(args: argparse.Namespace) -> int:
    password = read_new_password(True) if args.password_stdin else None
    app = open_for(args)
    try:
        info = app.users.add(
            args.login,
            roles=args.role,
            display_name=args.name,
            unit_code=args.unit,
            trained=args.trained,
            password=password,
        )
    finally:
        app.close()
    roles = ", ".join(info.roles)
    print(say(args, f"Gebruiker {info.login} toegevoegd met rollen: {roles}",
              f"User {info.login} added with roles: {roles}"))
    return EXIT_OK


def _users_password(args: argparse.Namespace) -> int:
    password = read_new_password(args.password_stdin)
    app = open_for(args)
    try:
        app.users.set_password(args.login, password)
    finally:
        app.close()
    print(f"Wachtwoord van {args.login} gezet; de sessies zijn beëindigd. / Password set.")
    return EXIT_OK


def _users_active(args: argparse.Namespace) -> int:
    app = open_for(args)
    try:
        app.users.set_active(args.login, args.active)
    finally:
        app.close()
    state = ("ingeschakeld", "enabled") if args.active else ("uitgeschakeld", "disabled")
    print(f"Gebruiker {args.login} {state[0]}. / User {args.login} {state[1]}.")
    return EXIT_OK


def _users_list(args: argparse.Namespace) -> int:
    app = open_for(args)
    try:
        rows = app.users.list()
    finally:
        app.close()
    if args.json:
        print_json(rows)
        return EXIT_OK
    print(
        table(
            [
                [
                    u.login,
                    u.display_name,
                    ",".join(u.roles),
                    u.unit or "",
                    say(args, "ja", "yes") if u.trained else say(args, "nee", "no"),
                ]
                for u in rows
            ],
            say(args, ["login", "naam", "rollen", "afd.", "getraind"],
                ["login", "name", "roles", "unit", "trained"]),
        )
    )
    return EXIT_OK


def _deviations_list(args: argparse.Namespace) -> int:
    app = open_for(args)
    try:
        rows = app.deviations.list(status=args.status)
    finally:
        app.close()
    if args.json:
        print_json(rows)
        return EXIT_OK
    print(
        table(
            [
                [
                    str(d.id),
                    str(d.procedure_id),
                    d.rule_code,
                    d.status,
                    d.requested_by,
                    d.decided_by or "",
                    d.justification[:60],
                ]
                for d in rows
            ],
            say(args, ["id", "proc.", "regel", "status", "aanvrager", "besluit", "reden"],
                ["id", "proc.", "rule", "status", "requested by", "decided by", "reason"]),
        )
    )
    return EXIT_OK


def _deviation_request(args: argparse.Namespace) -> int:
    app = open_for(args)
    try:
        dev = app.deviations.request(args.id, args.rule, args.justification)
    finally:
        app.close()
    print(say(args, f"Afwijking #{dev} aangevraagd; een P&O-collega beslist.",
              f"Deviation #{dev} requested; an HR colleague decides."))
    return EXIT_OK


def _deviation_decide(args: argparse.Namespace) -> int:
    app = open_for(args)
    try:
        app.deviations.decide(args.deviation, args.approve, args.comment)
    finally:
        app.close()
    done_nl = "goedgekeurd" if args.approve else "afgewezen"
    done_en = "approved" if args.approve else "rejected"
    print(say(args, f"Afwijking #{args.deviation} {done_nl}.",
              f"Deviation #{args.deviation} {done_en}."))
    return EXIT_OK


def _empty_hint(args: argparse.Namespace, shown: str) -> str:
    return say(
        args,
        f"Deze database heeft nog geen procedures ({shown}).\n"
        "De demo-organisatie staat in demo/bewustwerven-demo.db (gemaakt door "
        "bash scripts/start-demo.sh): gebruik --db demo/bewustwerven-demo.db of "
        "BEWUSTWERVEN_DB. Of vul deze database met: bewustwerven demo",
        f"This database has no procedures yet ({shown}).\n"
        "The demo organisation is in demo/bewustwerven-demo.db (made by "
        "bash scripts/start-demo.sh): use --db demo/bewustwerven-demo.db or BEWUSTWERVEN_DB. "
        "Or fill this database with: bewustwerven demo",
    )


__all__ = ["EXIT_FAIL", "register"]
