"""In-process measurements through the services, each with a floor of plain SQL."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import cast

from sqlalchemy import Table, func, insert, select, text

from bewustwerven.services.app import App
from bewustwerven.store.models import Candidate, CommitteeSeat, Procedure, Score, ScoreSheet, User


@dataclass
class Timing:
    samples: list[float]

    @property
    def p50(self) -> float:
        return statistics.median(self.samples)

    @property
    def p95(self) -> float:
        s = sorted(self.samples)
        return s[min(len(s) - 1, round(0.95 * (len(s) - 1)))]


def timed(work: Callable[[], object], repeat: int) -> Timing:
    work()  # warm caches (SQLite pages, the parsed profile)
    out = []
    for _ in range(repeat):
        t = time.perf_counter()
        work()
        out.append(time.perf_counter() - t)
    return Timing(out)


def biggest_procedure(app: App) -> tuple[int, int]:
    with app.db.read() as session:
        pid, n = session.execute(
            select(Candidate.procedure_id, func.count(Candidate.id))
            .group_by(Candidate.procedure_id)
            .order_by(func.count(Candidate.id).desc())
            .limit(1)
        ).one()
    return int(pid), int(n)


def open_procedure(app: App, pid: int, repeat: int) -> tuple[Timing, Timing]:
    """What the board shows on opening: detail, candidate list and the next gate."""

    def work() -> None:
        app.procedures.show(pid)
        app.candidates.list(pid)
        app.procedures.gate(pid)

    def floor() -> None:
        with app.db.engine.connect() as conn:
            conn.execute(text("SELECT * FROM procedures WHERE id = :p"), {"p": pid}).all()
            conn.execute(
                text("SELECT * FROM candidates WHERE procedure_id = :p ORDER BY pseudonym"),
                {"p": pid},
            ).all()
            conn.execute(
                text("SELECT * FROM score_sheets WHERE procedure_id = :p"), {"p": pid}
            ).all()

    return timed(work, repeat), timed(floor, repeat)


def _open_tasks(app: App, stage: str, limit: int) -> list[tuple[str, int, str]]:
    """(member login, procedure, pseudonym) of sheets not yet started, over several procedures."""
    with app.db.read() as session:
        pids = (
            session.execute(
                select(Procedure.id).where(Procedure.stage == stage).order_by(Procedure.id)
            )
            .scalars()
            .all()
        )
        out: list[tuple[str, int, str]] = []
        for pid in pids:
            seats = session.execute(
                select(User.id, User.login)
                .join(CommitteeSeat, CommitteeSeat.user_id == User.id)
                .where(CommitteeSeat.procedure_id == pid, CommitteeSeat.role != "hr")
            ).all()
            for uid, login in seats:
                done = set(
                    session.execute(
                        select(ScoreSheet.candidate_id).where(
                            ScoreSheet.procedure_id == pid, ScoreSheet.member_id == uid
                        )
                    ).scalars()
                )
                codes = session.execute(
                    select(Candidate.id, Candidate.pseudonym).where(Candidate.procedure_id == pid)
                ).all()
                out += [(login, pid, code) for cid, code in codes if cid not in done][:3]
                if len(out) >= limit:
                    return out
    return out


def submit_sheets(app: App, count: int, pid: int | None = None) -> tuple[Timing, Timing]:
    """ScoringService.save(submit=True), the member's form loaded first (not timed)."""
    tasks = _open_tasks(app, "screening", 10_000 if pid else count)
    if pid is not None:
        tasks = [t for t in tasks if t[1] == pid]
    tasks = tasks[:count]
    samples, floors = [], []
    members: dict[str, App] = {}
    for login, p, code in tasks:
        member = members.setdefault(login, app.as_user(login))
        try:
            form = member.scoring.form(p, code)
        except Exception:  # conflict of interest or an identity seen: not this member's task
            continue
        values = {it.key: (3, "Geeft een concreet voorbeeld.") for it in form.items}
        t = time.perf_counter()
        member.scoring.save(p, code, values, submit=True)
        samples.append(time.perf_counter() - t)
        floors.append(_floor_insert(app, p, len(values)))
    return Timing(samples), Timing(floors)


def _floor_insert(app: App, pid: int, items: int) -> float:
    """A sheet and its scores written with two Core inserts, then undone (not committed)."""
    t = time.perf_counter()
    with app.db.engine.connect() as conn:
        conn = conn.execution_options(bw_write=True)
        with conn.begin() as tx:
            cid = conn.execute(
                text("SELECT id FROM candidates WHERE procedure_id = :p LIMIT 1"), {"p": pid}
            ).scalar_one()
            uid = conn.execute(text("SELECT MIN(id) FROM users")).scalar_one()
            sid = conn.execute(
                insert(cast(Table, ScoreSheet.__table__)).returning(ScoreSheet.__table__.c.id),
                {
                    "procedure_id": pid,
                    "candidate_id": cid,
                    "member_id": uid,
                    "stage": "screening",
                    "round": 1,
                    "version": 1,
                    "status": "submitted",
                    "amend_reason": "",
                    "version_id": 1,
                },
            ).scalar_one()
            conn.execute(
                insert(cast(Table, Score.__table__)),
                [
                    {
                        "sheet_id": sid,
                        "item_key": f"k{i}",
                        "criterion_key": f"k{i}",
                        "value": 3,
                        "evidence": "x",
                    }
                    for i in range(items)
                ],
            )
            took = time.perf_counter() - t
            tx.rollback()
    return took
