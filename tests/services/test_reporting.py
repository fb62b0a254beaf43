"""Reporting service on the demo organisation: figures, roles, privacy, exports, audit."""

from __future__ import annotations

import csv
from collections import Counter
from datetime import date
from pathlib import Path

import keyring
import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from bewustwerven.core.procedure import Stage
from bewustwerven.services import facts as F
from bewustwerven.services.access import load
from bewustwerven.services.app import App, open_app
from bewustwerven.services.demo import build_demo
from bewustwerven.services.errors import Forbidden
from bewustwerven.services.reporting import ReportingService
from bewustwerven.store.models import Candidate
from tests.conftest import MemoryKeyring

FROM, TO = date(2000, 1, 1), date(2100, 1, 1)


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    app = open_app(str(tmp_path_factory.mktemp("rep") / "t.db"), user="admin")
    build_demo(app)
    yield app, backend
    app.close()
    keyring.set_keyring(previous)


@pytest.fixture
def app(demo, monkeypatch: pytest.MonkeyPatch) -> App:  # type: ignore[no-untyped-def]
    application, backend = demo
    keyring.set_keyring(backend)  # the autouse fixture installed a fresh, empty one
    return application


def svc(app: App, login: str | None = None) -> ReportingService:
    who = app if login is None else app.as_user(login)
    return ReportingService(who.db, who.actor)


def text_of(path: Path) -> str:
    return "\n".join(page.extract_text() or "" for page in PdfReader(str(path)).pages)


def closed_procedure(app: App) -> int:
    return next(p.id for p in app.procedures.list() if p.stage is Stage.CLOSED)


def test_funnel_counts_match_a_direct_count(app: App) -> None:
    """The SQL + decrypted-code aggregation equals counting candidate by candidate."""
    data = svc(app).organisation(FROM, TO)
    expected: Counter[tuple[str, int]] = Counter()
    rank = {"applied": 0, "invited": 1, "interviewed": 2, "offered": 3, "hired": 3}
    from bewustwerven.core.origin import classify
    from bewustwerven.store.models import SelfIdentification

    with app.db.read() as session:
        sids = {
            cid: app.db.cipher.open_json(blob, F.SELFID_PLACE)
            for cid, blob in session.query(
                SelfIdentification.candidate_id, SelfIdentification.data_enc
            )
        }
        for cand in session.query(Candidate):
            d = sids.get(cand.id) or {}
            group = classify(
                d.get("country_own"), d.get("country_mother"), d.get("country_father")
            ).group.value
            for k in range(rank[cand.funnel] + 1):
                expected[(group, k)] += 1
    f = data.group_funnel
    assert f.grand_total == sum(v for (g, k), v in expected.items() if k == 0)
    for i, group in enumerate(f.row_labels):
        for k, value in enumerate(f.cells[i]):
            if value is not None:
                assert value == expected[(group, k)], (group, k)


def test_no_published_count_is_about_fewer_than_n_people(app: App) -> None:
    data = svc(app).organisation(FROM, TO)
    n = data.header.min_count
    assert n == 5
    tables = [
        data.group_funnel,
        data.unit_funnel,
        data.channels,
        data.channel_selected,
        *data.target_tables,
    ]
    hidden = 0
    for t in tables:
        figures = [
            *(c for row in t.cells for c in row),
            *t.row_totals,
            *t.col_totals,
            t.grand_total,
        ]
        hidden += sum(1 for v in figures if v is None)
        assert all(v is None or v == 0 or v >= n for v in figures), t.key
    assert hidden > 0  # the demo is small: something must be hidden
    for tr in data.transitions:
        for g in tr.groups:
            if g.rate is not None:
                assert g.considered is not None and g.selected is not None
    for spread in data.score_spread.values():
        assert all(v is None or v == 0 or v >= n for v in spread)
    for r in data.reliability:
        if r.raters < n:
            assert r.median_alpha is None and r.flagged is None


def test_compliance_reflects_the_store(app: App) -> None:
    """Compliance per unit equals a count done procedure by procedure in Python."""
    from bewustwerven.store.models import DeviationRow, Procedure, StageChange, Unit

    data = svc(app).organisation(FROM, TO)
    devs: Counter[str] = Counter()
    for c in data.compliance:
        devs.update(c.deviations_by_type)
    assert devs["rooney_not_met"] == 1  # the demo's approved Rooney deviation
    assert sum(c.procedures for c in data.compliance) == 20
    expected: dict[str, list[int]] = {}
    with app.db.read() as session:
        for proc in session.query(Procedure):
            unit = session.get(Unit, proc.vacancy.unit_id).code
            row = expected.setdefault(unit, [0, 0, 0, 0])
            row[0] += 1
            statuses = [
                d.status for d in session.query(DeviationRow).filter_by(procedure_id=proc.id)
            ]
            row[1] += all(s == "approved" for s in statuses)
            g2 = (
                session.query(StageChange)
                .filter_by(procedure_id=proc.id, from_stage="screening")
                .all()
            )
            if proc.vacancy.scale >= 12 and g2:
                row[2] += 1
                row[3] += not any(f["code"] == "ROONEY" for ch in g2 for f in ch.findings)
    got = {
        c.unit: [
            c.procedures,
            c.without_unapproved_deviation,
            c.rooney_applicable,
            c.rooney_compliant,
        ]
        for c in data.compliance
    }
    assert got == expected
    assert any(v[1] < v[0] for v in got.values())  # pending deviations count against a unit


def test_dossier_pdf_has_key_figures_and_head(app: App, tmp_path: Path) -> None:
    pid = closed_procedure(app)
    service = svc(app, "fatima.pno")
    data = service.dossier(pid)
    out = service.export_dossier(pid, tmp_path / "d.pdf")
    text = text_of(out.path)
    assert data.header.audit is not None
    assert out.head_hash == data.header.audit.hash
    assert data.header.audit.hash in text.replace("\n", "")
    assert "audit verify --head" in text
    signer = app.audit.signing_key()  # the installation's key: its fingerprint is printed
    assert signer is not None and data.header.audit.key_id == signer.key_id
    assert signer.key_id in text.replace("\n", "") and "--public-key" in text
    csv_text = service.export_dossier(pid, tmp_path / "d.csv").path.read_text("utf-8-sig")
    assert signer.key_id in csv_text and data.header.audit.hash in csv_text
    assert "Dossier selectieprocedure" in text and "Pagina 1 van" in text
    rel = data.reliability[0]
    assert rel.alpha is not None
    assert f"{rel.alpha:.3f}".replace(".", ",") in text
    assert data.decision is not None and data.decision.chosen in text
    assert all(s.pseudonym in text for s in data.sheets[:3])
    assert data.decision.chosen_name and data.decision.chosen_name in text  # HR sees identity
    en = text_of(service.export_dossier(pid, tmp_path / "d_en.pdf", lang="en").path)
    assert "Selection procedure dossier" in en and "Reliability of the ratings" in en


def test_export_is_audited_and_head_verifies(app: App, tmp_path: Path) -> None:
    service = svc(app, "fatima.pno")
    out = service.export_organisation(FROM, TO, tmp_path / "o.pdf")
    events = [e for e in app.audit.timeline(closed_procedure(app))]
    del events
    with app.db.read() as session:
        from sqlalchemy import select

        from bewustwerven.store.models import AuditEvent

        last = session.execute(
            select(AuditEvent).order_by(AuditEvent.seq.desc()).limit(1)
        ).scalar_one()
    assert last.action == "report.exported" and out.sha256 in last.payload
    result = app.audit.verify(out.head_hash)
    assert result.ok and result.head_found is True
    assert app.audit.verify("0" * 64).head_found is False


def test_organisation_pdf_summary_first_and_figures(app: App, tmp_path: Path) -> None:
    service = svc(app, "joost.pno")
    data = service.organisation(FROM, TO)
    path = service.export_organisation(FROM, TO, tmp_path / "o.pdf").path
    reader = PdfReader(str(path))
    first = reader.pages[0].extract_text()
    assert "Samenvatting" in first and "Auditspoor" in first
    assert str(data.group_funnel.grand_total) in first
    text = text_of(path)
    for key in (
        "Naleving per afdeling",
        "Trechter per groep",
        "Selectie per stap",
        "Streefcijfers vanaf schaal 12",
        "Bereik van wervingskanalen",
        "Betrouwbaarheid van de beoordelingen",
    ):
        assert key in text
    visible_p = [g.fisher_p for tr in data.transitions for g in tr.groups if g.fisher_p]
    assert visible_p and f"{visible_p[0]:.3f}".replace(".", ",") in text
    en = text_of(service.export_organisation(FROM, TO, tmp_path / "e.pdf", lang="en").path)
    assert "Selection per step" in en and "Four-fifths" in en


def test_csv_and_xlsx_hold_the_same_figures(app: App, tmp_path: Path) -> None:
    service = svc(app, "fatima.pno")
    data = service.organisation(FROM, TO)
    c = service.export_organisation(FROM, TO, tmp_path / "o.csv").path
    x = service.export_organisation(FROM, TO, tmp_path / "o.xlsx").path
    rows = list(csv.reader(c.read_text(encoding="utf-8-sig").splitlines(), delimiter=";"))
    start = rows.index(["# group_funnel", "Trechter per groep"])
    total_row = next(r for r in rows[start:] if r and r[0] == "Totaal")
    assert total_row[1] == str(data.group_funnel.col_totals[0])
    wb = load_workbook(x)
    assert {"info", "group_funnel", "transitions", "targets", "reliability"} <= set(wb.sheetnames)
    ws = wb["group_funnel"]
    values = [[c.value for c in r] for r in ws.iter_rows(min_row=3)]
    total = next(r for r in values if r[0] == "Totaal")
    assert total[1] == data.group_funnel.col_totals[0]
    # Small counts never leak through the spreadsheet either.
    for name in ("group_funnel", "unit_funnel", "channels", "channel_funnel"):
        for r in wb[name].iter_rows(min_row=3, min_col=2):
            for cell in r:
                assert not (isinstance(cell.value, int) and 0 < cell.value < 5), name


def test_roles_decide_who_may_export_what(app: App, tmp_path: Path) -> None:
    pid = closed_procedure(app)
    detail = app.procedures.show(pid)
    member = next(s.login for s in detail.committee if s.role == "member")
    outsider = next(
        login
        for login in ("emma.lid", "bram.lid", "lotte.lid", "kees.lid", "yusuf.lid", "ravi.lid")
        if login not in {s.login for s in detail.committee}
    )
    with pytest.raises(Forbidden):
        svc(app, member).organisation(FROM, TO)
    with pytest.raises(Forbidden):
        svc(app, detail.owner).organisation(FROM, TO)
    with pytest.raises(Forbidden):
        svc(app, outsider).dossier(pid)
    other_recruiter = next(r for r in ("sanne.wsadviseur", "milan.wsadviseur") if r != detail.owner)
    if other_recruiter not in {s.login for s in detail.committee}:
        with pytest.raises(Forbidden):
            svc(app, other_recruiter).dossier(pid)
    assert svc(app, detail.owner).dossier(pid).with_identities is True


def test_member_dossier_has_no_identities_or_origin_hints(app: App, tmp_path: Path) -> None:
    pid = closed_procedure(app)
    detail = app.procedures.show(pid)
    member = next(s.login for s in detail.committee if s.role == "member")
    names = [
        c.name for c in app.as_user(detail.owner).candidates.list(pid, with_identity=True) if c.name
    ]
    assert names
    service = svc(app, member)
    data = service.dossier(pid)
    assert data.with_identities is False
    assert data.decision is not None and data.decision.chosen_name is None
    assert all(not c.facts and not c.findings for c in data.checks)
    for fmt in ("pdf", "csv", "xlsx"):
        out = service.export_dossier(pid, tmp_path / f"m.{fmt}")
        if fmt == "pdf":
            text = text_of(out.path)
        elif fmt == "csv":
            text = out.path.read_text(encoding="utf-8-sig")
        else:
            wb = load_workbook(out.path)
            text = " ".join(str(c.value) for ws in wb for r in ws.iter_rows() for c in r)
        for name in names:
            assert name not in text, (fmt, name)
        assert "outside_europe" not in text and "qualifying_in_group" not in text
    hr = svc(app, "fatima.pno").dossier(pid)
    assert hr.decision is not None and hr.decision.chosen_name in names


def test_unit_filter_limits_the_scope(app: App) -> None:
    full = svc(app).organisation(FROM, TO)
    one = svc(app).organisation(FROM, TO, ["ICT"])
    assert [u for u, _ in one.units] == ["ICT"]
    assert one.group_funnel.grand_total is not None
    ict = next(c for c in full.compliance if c.unit == "ICT")
    assert one.compliance[0].procedures == ict.procedures
    assert svc(app).organisation(date(1990, 1, 1), date(1990, 12, 31)).procedures == 0


def test_target_membership_agrees_with_the_rules(app: App) -> None:
    """The report's target group per candidate is the same one the Rooney gate uses."""
    import json

    from bewustwerven.core.origin import TargetGroup
    from bewustwerven.services.reporting.groups import decode, group_codes
    from bewustwerven.services.reporting.scope import Scope

    pid = closed_procedure(app)
    with app.db.read() as session:
        proc = load(session, pid)
        profile = F.profile_of(session, proc)
        expected = F.target_membership(session, proc, app.db.cipher, profile)
        scope = Scope(FROM, TO)
        codes = json.loads(
            group_codes(
                session,
                scope.sql(),
                scope.params("sqlite"),
                app.db.cipher,
                TargetGroup.from_mapping(profile.target_group),
            )
        )
    for cid, member in expected.items():
        target = decode(codes[str(cid)]).target
        assert target == {True: "yes", False: "no", None: "unknown"}[member]


def test_sql_alpha_per_procedure_equals_the_dossier_alpha(app: App) -> None:
    """The organisation report's alpha (SQL coincidences) is the dossier's (core alpha)."""
    from bewustwerven.services.reporting.organisation import gather_raw
    from bewustwerven.services.reporting.scope import Scope

    pid = closed_procedure(app)
    dossier = svc(app).dossier(pid)
    with app.db.read() as session:
        profile = F.profile_of(session, load(session, pid))
        raw = gather_raw(
            session, app.db.cipher, profile, Scope(FROM, TO, (dossier.unit_code,)), "sqlite"
        )
    for rel in dossier.reliability:
        assert rel.alpha is not None
        assert any(
            a is not None and abs(a - rel.alpha) < 1e-9
            for a in raw.alphas[(dossier.unit_code, rel.stage)]
        )
    total_scores = sum(raw.score_spread.values())
    assert total_scores > 0


def test_complaints_per_unit_in_the_organisation_report(app: App, tmp_path: Path) -> None:
    from datetime import timedelta

    hr = app.as_user("fatima.pno").privacy
    procs = app.procedures.list(with_findings=False)
    by_unit: dict[str, list[int]] = {}
    for p in procs:
        by_unit.setdefault(p.unit, []).append(p.id)
    big, small = sorted(by_unit, key=lambda u: -len(by_unit[u]))[:2]
    today = date.today()
    old = today - timedelta(days=40)  # its 4-week term is over
    handled = [hr.add_complaint(by_unit[big][i % len(by_unit[big])],
                                "Ik kreeg geen uitleg over de afwijzing.", received_on=old)
               for i in range(6)]
    for cid in handled:
        hr.handle_complaint(cid, "Uitleg gegeven over de criteria en de scores.")
    for i in range(5):
        hr.add_complaint(by_unit[big][i % len(by_unit[big])], "De vragen waren anders dan bij "
                         "andere kandidaten.", received_on=old)
    hr.add_complaint(by_unit[small][0], "Geen bericht ontvangen na het gesprek.")
    data = svc(app, "joost.pno").organisation(FROM, TO)
    table = data.complaints
    assert table is not None and table.col_labels == (
        "handled_in_time", "handled_late", "open_in_time", "open_overdue")
    rows = dict(zip(table.row_labels, table.cells, strict=True))
    # 6 answered after their term and 5 open past it; the other unit's single complaint
    # is hidden (and with it what would let a total give it away); what shows is true
    truth = {big: (0, 6, 0, 5), small: (0, 0, 1, 0)}
    for unit, cells in rows.items():
        expected = truth.get(unit, (0, 0, 0, 0))
        assert all(c is None or c == e for c, e in zip(cells, expected, strict=True)), unit
    assert rows[small][2] is None and rows[big][1] == 6
    flat = [c for r in table.cells for c in r] + list(table.row_totals) + list(table.col_totals)
    assert all(c is None or c == 0 or c >= 5 for c in flat)
    assert table.grand_total is None or table.grand_total >= 5
    pdf = svc(app, "joost.pno").export_organisation(FROM, TO, tmp_path / "c.pdf").path
    text = text_of(pdf)
    assert "Klachten over procedures" in text and "Open, te laat" in text
    rows_csv = (svc(app, "joost.pno").export_organisation(FROM, TO, tmp_path / "c.csv").path
                .read_text(encoding="utf-8-sig"))
    assert "# complaints;Klachten over procedures" in rows_csv
    en = text_of(svc(app, "joost.pno").export_organisation(FROM, TO, tmp_path / "e.pdf",
                                                            lang="en").path)
    assert "Complaints about procedures" in en and "Answered late" in en


def test_the_demo_looks_like_a_year(app: App) -> None:
    """The demo's procedures spread over the past twelve months with days in each stage, so
    the organisation report's medians and trends show something a person would believe."""
    from datetime import datetime, timedelta

    from bewustwerven.store.models import AuditEvent, Procedure

    data = svc(app).organisation(FROM, TO)
    medians = [d for c in data.compliance for d in c.median_days.values() if d is not None]
    assert medians and min(medians) >= 1 and max(medians) <= 60
    assert any(d >= 14 for d in medians)  # a vacancy is open for weeks
    with app.db.read() as session:
        created = [p.created_at for p in session.query(Procedure)]
        stamps = [e.at for e in session.query(AuditEvent)]
    now = datetime.now()
    assert max(created) - min(created) >= timedelta(days=180)
    assert min(created) >= now - timedelta(days=400)
    assert max(stamps) <= now + timedelta(minutes=1)


def test_the_demo_database_says_so_and_lets_anyone_be_anyone(app: App) -> None:
    assert app.is_demo
    app.users.set_password("fatima.pno", "demo-wachtwoord-voor-fatima")
    other = open_app(app.db.url, user="fatima.pno")  # no password asked: a demo database
    try:
        assert other.actor.login == "fatima.pno"
    finally:
        other.close()
