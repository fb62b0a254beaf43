"""Many clients of the server at once: no lost update, one valid audit chain, a clear
message when the server loses its database connection."""

from __future__ import annotations

import threading

import psycopg
import pytest
from sqlalchemy import select

from bewustwerven.services.base import Service
from bewustwerven.services.dto import SeatInput, VacancyInput
from bewustwerven.services.errors import ChangedMeanwhile, ConnectionLost
from bewustwerven.services.scoring import ScoringService
from bewustwerven.store.models import Vacancy
from tests.postgres.world import World, build, password
from tests.services.conftest import TEXT, make_procedure

N_PROC, N_SHEETS = 12, 20


@pytest.fixture
def world(pg_db, tmp_path):
    w = build(pg_db, tmp_path)
    yield w
    w.close()


def big_procedure(w: World, members: int, candidates: int) -> int:
    logins = [f"m{i:02d}" for i in range(members)]
    for login in logins:
        w.owner.users.add(login, roles=["member"], trained=True, unit_code="ICT",
                          password=password(login))
    seats = [SeatInput("chris", "chair"), SeatInput("ina", "hr")]
    seats += [SeatInput(login, "member") for login in logins]
    pid = make_procedure(w, seats=seats)
    rita = w.as_user("rita")
    assert rita.procedures.advance(pid, acknowledge_warnings=True).advanced
    rows = "".join(f"Kandidaat {i};k{i}@example.nl;06{i:08d};NL;NL;NL;Brief {i}.\n"
                   for i in range(candidates))
    csv = "Naam;E-mail;Telefoon;Geboorteland;Geboorteland moeder;Geboorteland vader;Motivatie\n"
    res = rita.candidates.import_csv(pid, (csv + rows).encode())
    assert not res.errors
    assert rita.procedures.advance(pid, acknowledge_warnings=True).advanced
    return pid


def _submit_all(app, pid: int, start, out) -> None:  # type: ignore[no-untyped-def]
    start.wait()
    done = 0
    for task in app.scoring.my_tasks():
        form = app.scoring.form(pid, task.pseudonym)
        vals = {i.key: (3 + (done % 3), f"bewijs {done}") for i in form.items}
        app.scoring.save(pid, task.pseudonym, vals, submit=True)
        done += 1
    out.append(done)


def test_twenty_clients_submit_fifty_sheets_each(world: World):
    pid = big_procedure(world, N_PROC, N_SHEETS)
    start, out = threading.Event(), []  # type: ignore[var-annotated]
    apps = [world.sign_in(f"m{i:02d}") for i in range(N_PROC)]
    threads = [threading.Thread(target=_submit_all, args=(a, pid, start, out)) for a in apps]
    for t in threads:
        t.start()
    start.set()
    for t in threads:
        t.join(300)
    assert sorted(out) == [N_SHEETS] * N_PROC
    with psycopg.connect(world.server_dsn()) as c:
        sheets = c.execute("SELECT count(*) FROM score_sheets WHERE procedure_id = %s AND "
                           "status = 'submitted'", (pid,)).fetchone()[0]
        scores = c.execute("SELECT count(*) FROM scores s JOIN score_sheets h ON h.id = "
                           "s.sheet_id WHERE h.procedure_id = %s", (pid,)).fetchone()[0]
        events = c.execute("SELECT count(*) FROM audit_events WHERE action = 'sheet.submitted' "
                           "AND procedure_id = %s", (pid,)).fetchone()[0]
    assert sheets == events == N_PROC * N_SHEETS
    assert scores == 2 * N_PROC * N_SHEETS  # two screening criteria per sheet
    result = world.as_user("hanna").audit.verify()
    assert result.ok, result.problems[:5]


def test_concurrent_edit_says_by_whom_and_loses_nothing(world: World):
    pid = make_procedure(world)
    rita = world.as_user("rita")
    owner = Service(world.owner.db, world.owner.actor)
    vid = rita.procedures.show(pid)
    with pytest.raises(ChangedMeanwhile) as info, owner.write() as s:
        vac = s.execute(select(Vacancy)).scalars().one()
        rita.setup.update_vacancy(pid, VacancyInput(
            "Titel van Rita", vid.unit_code, vid.scale, 36, "Amsterdam",
            TEXT.format(scale=vid.scale, pref=""), vid.closing_date))
        vac.title = "Titel van de beheerder"
        owner.event(s, "vacancy.test")
    assert "rita" in info.value.message("nl") and "rita" in info.value.message("en")
    assert rita.procedures.show(pid).title == "Titel van Rita"  # her update is kept
    assert world.as_user("hanna").audit.verify().ok


def test_connection_loss_gives_a_clear_message_and_saves_nothing(world: World, monkeypatch):
    pid = make_procedure(world)
    from tests.services.conftest import open_and_import

    codes = open_and_import(world, pid)
    mila = world.as_user("mila")
    mila.scoring.my_tasks()
    su = world.server

    def kill_mila() -> None:  # the server's connections to PostgreSQL break
        with psycopg.connect(su, autocommit=True) as c:
            c.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                      "WHERE usename = %s", (world.role,))

    kill_mila()  # between calls: the next call reconnects by itself
    assert len(mila.scoring.my_tasks()) == len(codes)

    real = ScoringService.event

    def event_then_die(self, session, action, **kw):  # type: ignore[no-untyped-def]
        real(self, session, action, **kw)
        kill_mila()

    monkeypatch.setattr(ScoringService, "event", event_then_die)
    form = mila.scoring.form(pid, codes[0])
    vals = {i.key: (4, "bewijs") for i in form.items}
    with pytest.raises(ConnectionLost) as info:
        mila.scoring.save(pid, codes[0], vals, submit=True)
    assert "niet opgeslagen" in info.value.message("nl")
    monkeypatch.setattr(ScoringService, "event", real)
    assert mila.scoring.form(pid, codes[0]).status == "open"  # nothing half-written
    assert mila.scoring.save(pid, codes[0], vals, submit=True) == "submitted"  # retry works
    assert world.as_user("hanna").audit.verify().ok
