"""The whole path through the member, chair and HR views (recruiter steps via services):
create vacancy → lock → import → three members score blind in the form → consensus in
ConsensusPage → Rooney gate blocks → deviation requested → a second HR user approves in
DeviationsView → interviews → decision with preference check → closed."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

import pytest

from bewustwerven.services.app import App, open_app
from bewustwerven.services.demo_data import vacancy_text
from bewustwerven.services.dto import (
    ChannelInput,
    CriterionInput,
    QuestionInput,
    SeatInput,
    VacancyInput,
)
from bewustwerven.ui.member import common
from bewustwerven.ui.member.score_input import QuestionBox
from tests.postgres.conftest import pg_db, pg_server  # noqa: F401  (fixtures)

ANCHORS = {1: "Geen voorbeeld.", 3: "Voorbeeld, rol vaag.", 5: "Concreet voorbeeld met resultaat."}
# name, e-mail, phone, country of birth (own, mother, father), birth year
PEOPLE = [
    ("Thomas Bakker", "thomas.bakker@example.nl", "06-12345678", ("NL", "NL", "NL"), "1984"),
    ("Sanne de Vries", "sanne.devries@example.nl", "06-23456789", ("NL", "NL", "NL"), "1990"),
    ("Mohamed El Amrani", "m.elamrani@example.nl", "06-34567890", ("MA", "MA", "MA"), "1979"),
    ("Priya Ramdin", "priya.ramdin@example.nl", "06-45678901", ("SR", "SR", "SR"), "1993"),
]
SELF_ID_VALUES = ("Marokko", "Suriname", "1984", "1990", "1979", "1993")


def applicants_csv() -> bytes:
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=";")
    w.writerow(
        [
            "Naam",
            "E-mail",
            "Telefoon",
            "Kanaal",
            "Motivatie",
            "Geboorteland",
            "Geboorteland moeder",
            "Geboorteland vader",
            "Geboortejaar",
        ]
    )
    for name, email, phone, origin, year in PEOPLE:
        letter = (
            "Beste selectiecommissie,\n\nMet veel interesse las ik de vacature. Ik werk nu als "
            f"beleidsmedewerker en wil graag bijdragen aan de stad.\n\nMet vriendelijke groet,\n"
            f"{name}\n{phone}"
        )
        w.writerow([name, email, phone, "LinkedIn", letter, *origin, year])
    return buf.getvalue().encode("utf-8")


@dataclass
class Path_:
    admin: App
    pid: int = 0
    apps: dict[str, App] = field(default_factory=dict)
    code_of: dict[str, str] = field(default_factory=dict)  # applicant name -> pseudonym
    server: object = None  # through a server: (its Database, the running uvicorn)

    def as_(self, login: str) -> App:
        if login not in self.apps:
            if self.server is None:
                self.apps[login] = self.admin.as_user(login)
            else:
                from bewustwerven.remote.client import Connection, RemoteApp, as_app, sign_in

                conn = Connection(self.server[1].url)  # type: ignore[index]
                _, actor = sign_in(conn, login, f"{login}-wachtwoord-123")
                self.apps[login] = as_app(RemoteApp(conn, actor))
        return self.apps[login]

    def close(self) -> None:
        if self.server is not None:
            for a in self.apps.values():
                a.close()
            db, running = self.server  # type: ignore[misc]
            running.stop()
            db.close()
        self.admin.close()


SCORERS = ("voorzitter", "lid.een", "lid.twee")


def build_until_screening(tmp_path: Path, pg: dict[str, str] | None = None) -> Path_:
    """Users, a scale-15 procedure, locked, applicants imported; stage Screening.
    With ``pg``: on PostgreSQL, everyone but the set-up through a real server."""
    if pg is None:
        admin = open_app(str(tmp_path / "t.db"), user="beheer")
    else:
        from bewustwerven.services.users import bootstrap
        from bewustwerven.store.db import open_database

        owner_db = open_database(pg["owner_url"], key_file=tmp_path / "server.key")
        admin = App(owner_db, bootstrap(owner_db, "beheer"))
        from bewustwerven.services.app import ensure_default_profile

        ensure_default_profile(owner_db, "beheer")
    admin.users.add_unit("WPI", "Werk, Participatie en Inkomen")
    admin.users.add_unit("PO", "Personeel en Organisatie")
    for login, roles, unit, gender, year, outside in [
        ("werver", ["recruiter"], "PO", "woman", 1985, False),
        ("voorzitter", ["chair", "member", "hr"], "WPI", "man", 1970, False),
        ("lid.een", ["member"], "WPI", "woman", 1988, True),
        ("lid.twee", ["member"], "PO", "man", 1995, False),
        ("hr.adviseur", ["member"], "PO", "woman", 1980, True),
        ("pno.een", ["hr"], "PO", "woman", 1975, False),
        ("pno.twee", ["hr"], "PO", "man", 1966, True),
    ]:
        admin.users.add(
            login,
            roles=roles,
            unit_code=unit,
            trained=True,
            gender=gender,
            birth_year=year,
            outside_european_background=outside,
            password=f"{login}-wachtwoord-123" if pg is not None else None,
        )
    p = Path_(admin)
    if pg is not None:
        from tests.server.harness import serve_database

        db, running, _role = serve_database(pg, tmp_path / "server.key")
        p.server = (db, running)
    rec = p.as_("werver")
    closing = date.today() - timedelta(days=1)
    text = vacancy_text("Directeur Dienstverlening", "WPI", 15, 36, closing.strftime("%d-%m-%Y"))
    p.pid = rec.procedures.create(
        VacancyInput("Directeur Dienstverlening", "WPI", 15, 36, "Amsterdam", text, closing)
    )
    rec.setup.set_criteria(
        p.pid,
        [
            CriterionInput(
                "Analytisch vermogen",
                (
                    QuestionInput(
                        "Vertel over een complex vraagstuk dat u heeft ontleed.", dict(ANCHORS)
                    ),
                ),
                knockout=True,
                description="Ziet de kern van een vraagstuk.",
            ),
            CriterionInput(
                "Samenwerken",
                (
                    QuestionInput(
                        "Beschrijf een samenwerking met een partner met andere belangen.",
                        dict(ANCHORS),
                    ),
                ),
                description="Bouwt aan relaties.",
            ),
        ],
    )
    rec.setup.set_committee(
        p.pid,
        [
            SeatInput("voorzitter", "chair"),
            SeatInput("lid.een", "member"),
            SeatInput("lid.twee", "member"),
            SeatInput("hr.adviseur", "hr"),
        ],
    )
    rec.setup.set_channels(
        p.pid, [ChannelInput("LinkedIn"), ChannelInput("Netwerk Diversiteit Amsterdam", True)]
    )
    result = rec.procedures.advance(p.pid, acknowledge_warnings=True)  # G1: lock
    assert result.advanced, [f.code for f in result.report.findings]
    assert rec.procedures.show(p.pid).locked
    imported = rec.candidates.import_csv(p.pid, applicants_csv())
    assert imported.imported == 4, imported.errors
    for row in rec.candidates.list(p.pid, with_identity=True):
        assert row.name is not None
        p.code_of[row.name] = row.pseudonym
        rec.candidates.confirm_redactions(p.pid, row.pseudonym)
    assert rec.procedures.advance(p.pid, acknowledge_warnings=True).advanced  # to Screening
    return p


def close_next_message(tries: int = 500) -> list[str]:
    """Read and close the next message box (as a user would press OK); its text is returned."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    told: list[str] = []

    def answer(left: int = tries) -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            if left > 0:
                QTimer.singleShot(10, lambda: answer(left - 1))
            return
        told.append(f"{box.text()} {box.informativeText()}")
        box.accept()

    QTimer.singleShot(0, answer)
    return told


@pytest.fixture
def answer_dialogs(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every confirmation is accepted; every prompt gets a long enough reason. Returns the
    titles asked, so a test can see that a confirmation really was asked."""
    asked: list[str] = []

    def confirm(_parent, title, _text, _ok):  # type: ignore[no-untyped-def]
        asked.append(title)
        return True

    def ask_text(_parent, title, _label, *, minimum=1, ok_text=""):  # type: ignore[no-untyped-def]
        asked.append(title)
        return "Reden voor het dossier: besproken met de commissie en P&O, zie verslag."

    def show_error(_parent, exc):  # type: ignore[no-untyped-def]
        raise AssertionError(f"unexpected error dialog: {exc.message('nl')} {exc.details}")

    monkeypatch.setattr(common, "confirm", confirm)
    monkeypatch.setattr(common, "ask_text", ask_text)
    monkeypatch.setattr(common, "show_error", show_error)
    return asked


def score_all_in_form(qtbot, app: App, pid: int, score_for) -> int:  # type: ignore[no-untyped-def]
    """One member fills in and submits every open sheet through MyReviewsView."""
    from bewustwerven.ui.member import MyReviewsView

    view = MyReviewsView(app)
    qtbot.addWidget(view)
    done = 0
    for task in [t for t in app.scoring.my_tasks() if t.procedure_id == pid]:
        assert view.select(pid, task.pseudonym)
        form = view.sheet
        assert form.form is not None and not form.form.sealed
        if not form.form.values:
            assert not form.submit_btn.isEnabled()  # nothing filled in yet
        for box in form.boxes:
            box.evidence.clear()
            box.score.buttons[score_for(task.pseudonym, box.item)].click()
            assert not form.submit_btn.isEnabled()  # a score without evidence is not enough
            box.evidence.setPlainText("Noemt een concreet voorbeeld met eigen rol.")
        assert form.submit_btn.isEnabled()
        form.submit_btn.click()
        assert form.form is not None and form.form.sealed
        assert all(not b.score.buttons[1].isEnabled() for b in form.boxes)  # read-only
        assert not form.others_view.isHidden()
        done += 1
    return done


def consensus_in_page(qtbot, chair: App, outcomes: dict[str, tuple[str, float, float]]):  # type: ignore[no-untyped-def]
    from bewustwerven.ui.chair import ConsensusPage

    page = ConsensusPage(chair)
    qtbot.addWidget(page)
    for code, (outcome, knockout, other) in outcomes.items():
        assert page.select_candidate(code)
        panel = page.judgement
        assert panel.candidate is not None and panel.candidate.pseudonym == code
        panel.set_outcome(outcome)
        spins = list(panel.scores.values())
        spins[0].setValue(knockout)
        spins[1].setValue(other)
        for m in panel.motivations.values():
            m.setText("Besproken; de commissie is het eens.")
        panel.record_btn.click()
    return page


@pytest.fixture(params=["embedded", pytest.param("server", marks=pytest.mark.postgres)])
def backend(request):  # type: ignore[no-untyped-def]
    """Once in-process on SQLite, once on PostgreSQL through a real server."""
    return None if request.param == "embedded" else request.getfixturevalue("pg_db")


def test_full_path(qtbot, tmp_path: Path, answer_dialogs: list[str], backend) -> None:  # type: ignore[no-untyped-def]
    from bewustwerven.ui.hr import AuditView, DeviationsView
    from bewustwerven.ui.member import MyReviewsView

    p = build_until_screening(tmp_path, backend)
    thomas, sanne = p.code_of["Thomas Bakker"], p.code_of["Sanne de Vries"]
    mohamed, priya = p.code_of["Mohamed El Amrani"], p.code_of["Priya Ramdin"]

    # -- screening: three members score blind in the form --------------------------------
    def screening_score(code: str, _item) -> int:  # type: ignore[no-untyped-def]
        return {thomas: 5, sanne: 4, mohamed: 3, priya: 2}[code]

    for login in SCORERS:
        assert score_all_in_form(qtbot, p.as_(login), p.pid, screening_score) == 4
    assert "Formulier indienen" in answer_dialogs

    # -- consensus: invite Thomas and Sanne and Priya (knock-out not met); Mohamed reserve -
    chair = p.as_("voorzitter")
    page = consensus_in_page(
        qtbot,
        chair,
        {
            thomas: ("invite", 5.0, 5.0),
            sanne: ("invite", 4.0, 4.0),
            mohamed: ("reserve", 3.0, 3.0),
            priya: ("invite", 2.0, 4.0),
        },
    )
    assert page.spread.rowCount() == 8
    assert "Uitnodigen" in page.gate.shortlist.text()

    # -- the Rooney gate blocks: Mohamed qualifies and is in the target group, not invited -
    gate = page.gate
    assert gate.report is not None
    codes = [f.code for f in gate.report.findings]
    assert "ROONEY" in codes
    assert not gate.rooney.isHidden() and "Rooney-regel" in gate.rooney_text.text()
    assert "Bron" in gate.rooney_text.text()
    told = close_next_message()
    gate.advance_btn.click()
    assert told and "Rooney" in told[0]  # the closed gate says why, in a box that stays
    assert chair.procedures.show(p.pid).stage.value == "screening"

    # -- deviation requested by the chair ------------------------------------------------
    assert gate.select_finding("ROONEY")
    assert gate.deviation_btn.isEnabled()
    gate.deviation_btn.click()
    pending = p.as_("pno.een").deviations.list(status="pending")
    assert [d.rule_code for d in pending] == ["ROONEY"]
    dev = pending[0]

    # the requester (who also holds the HR role) cannot decide: buttons off, reason shown
    own = DeviationsView(chair)
    qtbot.addWidget(own)
    assert own.select(dev.id)
    assert not own.approve_btn.isEnabled() and not own.reject_btn.isEnabled()
    assert "zelf aangevraagd" in own.reason.text() or "zelf aan" in own.reason.text()

    # a second HR user approves
    hr = DeviationsView(p.as_("pno.twee"))
    qtbot.addWidget(hr)
    assert hr.select(dev.id)
    assert hr.approve_btn.isEnabled()
    hr.comment.setPlainText("Akkoord, eenmalig.")
    hr.approve_btn.click()
    assert p.as_("pno.een").deviations.list(status="approved")[0].id == dev.id

    # -- the gate passes with the waiver; on to interviews ---------------------------------
    page.refresh()
    assert page.select_procedure(p.pid)
    assert "ROONEY" not in [f.code for f in page.gate.report.findings]  # type: ignore[union-attr]
    assert any(w.finding.code == "ROONEY" for w in page.gate.report.waived)  # type: ignore[union-attr]
    page.gate.advance_btn.click()
    assert chair.procedures.show(p.pid).stage.value == "interviews"

    # identity reveal per invited candidate: explicit, confirmed and logged
    reveal = page.gate.reveal_list
    assert reveal.count() == 3
    reveal.setCurrentRow(0)
    page.gate.reveal_btn.click()
    assert "Identiteit vrijgeven" in answer_dialogs
    rec_app = p.as_("werver")
    assert any(e.action == "identity.revealed" for e in rec_app.audit.timeline(p.pid))

    # -- interviews: lid.twee uses the per-question mode for drafts, then submits ------------
    def interview_score(code: str, _item) -> int:  # type: ignore[no-untyped-def]
        return {thomas: 4, sanne: 3, priya: 4}[code]

    member = p.as_("lid.twee")
    view = MyReviewsView(member)
    qtbot.addWidget(view)
    rounds = view.rounds
    idx = rounds.procedure.findData(p.pid)
    rounds.procedure.setCurrentIndex(idx)
    for qi in range(rounds.question.count()):
        rounds.question.setCurrentIndex(qi)
        order = rounds.model.pseudonyms()
        assert sorted(order) == sorted([thomas, sanne, priya])
        assert order == member.scoring.question_order(p.pid, rounds.question.currentData())
        for _ in order:
            box = rounds.box
            assert box is not None
            # one question box on screen, even before deleteLater has run for the last one
            shown = [b for b in rounds.findChildren(QuestionBox) if not b.isHidden()]
            assert shown == [box]
            code = rounds.model.entry(rounds.current_row()).pseudonym
            box.score.buttons[interview_score(code, None)].click()
            box.evidence.setPlainText("Goed voorbeeld met resultaat.")
            rounds.save_btn.click()
    for code in (thomas, sanne, priya):
        form = member.scoring.form(p.pid, code)
        assert form.status == "draft" and all(v[0] is not None for v in form.values.values())
    for login in SCORERS:
        score_all_in_form(qtbot, p.as_(login), p.pid, interview_score)

    page = consensus_in_page(
        qtbot,
        chair,
        {
            thomas: ("suitable", 4.0, 4.0),
            sanne: ("reserve", 3.0, 3.0),
            priya: ("suitable", 4.0, 4.0),
        },
    )
    page.gate.advance_btn.click()
    assert chair.procedures.show(p.pid).stage.value == "decision"

    # -- decision with the preference check -----------------------------------------------
    page.refresh()
    page.select_procedure(p.pid)
    decision = page.decision
    assert page.tabs.isTabEnabled(2)
    assert decision.chosen.count() == 3
    decision.chosen.setCurrentIndex(decision.chosen.findData(thomas))
    decision.motivation.setPlainText("Sterkste analyse en samenwerking in het gesprek.")
    for e in decision.crit_edits.values():
        e.setText("Overtuigend voorbeeld.")
    decision.set_ranked_equal([thomas, priya])
    decision.decide_btn.click()
    assert "PREF" in decision.check.text()  # equally suitable target-group candidate passed over
    page.gate.load(p.pid)
    assert any(f.code == "PREF" and f.blocks for f in page.gate.report.findings)  # type: ignore[union-attr]
    decision.preference.setPlainText(
        "Thomas heeft aantoonbaar meer ervaring met de kerntaak; besproken met P&O."
    )
    decision.decide_btn.click()
    page.gate.load(p.pid)
    assert not any(f.blocks for f in page.gate.report.findings), [  # type: ignore[union-attr]
        f.code
        for f in page.gate.report.findings  # type: ignore[union-attr]
    ]
    page.gate.advance_btn.click()
    assert chair.procedures.show(p.pid).stage.value == "closed"

    # -- HR audit: the trail verifies (in the background) and shows the steps --------------
    audit = AuditView(p.as_("pno.een"))
    qtbot.addWidget(audit)
    assert audit.select_procedure(p.pid)
    qtbot.waitUntil(lambda: audit.verify_result is not None, timeout=10_000)
    assert audit.verify_result.ok
    actions = {audit.timeline.event_at(r).action for r in range(audit.timeline.rowCount())}
    assert {"deviation.requested", "deviation.approved", "decision.recorded"} <= actions
    p.close()
