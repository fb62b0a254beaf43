"""The demo organisation: about twenty procedures in every stage, made through the services.

Everything goes through the same services a user calls, so the demo's trail is a real one
and ``audit verify`` passes on it. Deterministic: the same seed gives the same data.
"""

from __future__ import annotations

import csv
import io
import random
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

from faker import Faker

from bewustwerven.core import clock
from bewustwerven.core.procedure import Stage
from bewustwerven.services import demo_data as D
from bewustwerven.services import users
from bewustwerven.services.app import App
from bewustwerven.services.dto import ChannelInput, SeatInput, VacancyInput

EVIDENCE = [
    "Noemt een concreet voorbeeld uit het vorige werk.",
    "Beschrijft de eigen rol duidelijk.",
    "Blijft wat algemeen; weinig eigen aandeel.",
    "Goed voorbeeld met resultaat en een les.",
    "Ervaring past, maar het voorbeeld is kort.",
]
RECRUITERS = ("sanne.wsadviseur", "milan.wsadviseur")
# Stage each of the twenty demo procedures ends in (index matches D.VACANCIES).
TARGET_STAGES = [
    Stage.CONCEPT,
    Stage.CONCEPT,
    Stage.OPEN,
    Stage.OPEN,
    Stage.SCREENING,
    Stage.SCREENING,
    Stage.INTERVIEWS,
    Stage.INTERVIEWS,
    Stage.INTERVIEWS,
    Stage.INTERVIEWS,
    Stage.DECISION,
    Stage.CLOSED,
    Stage.CLOSED,
    Stage.CLOSED,
    Stage.CLOSED,
    Stage.SCREENING,
    Stage.DECISION,
    Stage.OPEN,
    Stage.CLOSED,
    Stage.CLOSED,
]
ROONEY_BLOCKED = 4  # Senior beleidsadviseur participatie, scale 12: stays blocked by ROONEY
ROONEY_DEVIATION = 6  # Informatiearchitect, scale 12: passed G2 with an approved deviation
PREFERENCE_CASE = 10  # Directeur Werk en Inkomen, scale 16: equal candidates, no motivation
COMMITTEE_SHORT = 0  # a committee of two without an HR adviser: blocks at G1


@dataclass
class DemoReport:
    procedures: int = 0
    candidates: int = 0
    sheets: int = 0
    deviations: int = 0
    stages: dict[str, int] = field(default_factory=dict)


# Typical days in each stage (low, high), as an Amsterdam procedure runs: the vacancy is
# prepared, open for applications for three to five weeks, then screening, interviews, decision.
DAYS = {
    Stage.CONCEPT: (5, 20),
    Stage.OPEN: (21, 35),
    Stage.SCREENING: (7, 18),
    Stage.INTERVIEWS: (12, 30),
    Stage.DECISION: (3, 10),
}
ORDER = (Stage.CONCEPT, Stage.OPEN, Stage.SCREENING, Stage.INTERVIEWS, Stage.DECISION,
         Stage.CLOSED)


@dataclass(frozen=True)
class _Plan:
    """When one demo procedure enters each stage: the past twelve months, ending today."""

    enters: dict[Stage, datetime]
    closing: date  # the vacancy's closing date: the day before screening starts

    @classmethod
    def make(cls, rng: random.Random, goal: Stage, now: datetime) -> _Plan:
        steps = ORDER[: ORDER.index(goal) + 1]
        spans = [timedelta(days=rng.randint(*DAYS[st])) for st in steps[:-1]]
        if goal is Stage.OPEN:  # still open: the closing date lies ahead
            spans.append(timedelta(days=rng.randint(3, 9)))
        elif goal is not Stage.CLOSED:  # partway through its current stage
            spans.append(timedelta(days=rng.randint(1, DAYS[goal][0] + 2)))
        else:  # closed some time in the past year
            spans.append(timedelta(days=rng.randint(7, 250)))
        start = datetime.combine(now.date(), time(9)) - sum(spans, timedelta())
        start += timedelta(minutes=rng.randint(0, 180))
        enters, at = {}, start
        for st, span in zip(steps, [timedelta(), *spans], strict=False):
            at += span
            enters[st] = at
        if goal is Stage.OPEN or goal is Stage.CONCEPT:
            closing = (enters[goal] + spans[-1]).date() + timedelta(days=21)
        else:
            closing = (enters[Stage.SCREENING] - timedelta(days=1)).date()
        return cls(enters, closing)


class _Demo:
    def __init__(self, app: App, seed: int, progress: Callable[[str], None]) -> None:
        self.app, self.rng, self.progress = app, random.Random(seed), progress
        self.fake = Faker("nl_NL")
        self.fake.seed_instance(seed)
        self.report = DemoReport()
        self.quality: dict[str, float] = {}
        self.target: dict[str, bool] = {}
        self._as: dict[str, App] = {}
        self._chosen: dict[int, str] = {}
        self.t = datetime.now().replace(microsecond=0)  # the demo's clock (core.clock)

    def at(self, when: datetime, *, hours: float = 0.0) -> None:
        """Move the demo's clock to ``when`` (plus some hours), never back, never past now."""
        target = when + timedelta(hours=hours, minutes=self.rng.randint(0, 50))
        self.t = min(max(self.t, target), datetime.now().replace(microsecond=0))

    def as_(self, login: str) -> App:
        if login not in self._as:
            self._as[login] = self.app.as_user(login)
        return self._as[login]

    def people(self) -> None:
        admin = self.app
        for code, name in D.UNITS:
            admin.users.add_unit(code, name)
        for login, roles, unit, trained, gender, year, outside in D.PEOPLE:
            first = login.split(".")[0].capitalize()
            admin.users.add(
                login,
                roles=roles.split(","),
                unit_code=unit,
                trained=trained,
                display_name=f"{first} {self.fake.last_name()}",
                gender=gender,
                birth_year=year,
                outside_european_background=outside,
            )

    def committee(self, i: int, unit: str, scale: int) -> list[SeatInput]:
        if i == COMMITTEE_SHORT:
            return [SeatInput("pieter.voorzitter", "chair"), SeatInput("bram.lid", "member")]
        if i == ROONEY_BLOCKED:
            return [
                SeatInput("pieter.voorzitter", "chair"),
                SeatInput("kees.lid", "member"),
                SeatInput("yusuf.lid", "member"),
                SeatInput("nadia.hradviseur", "hr"),
            ]
        chair = "aisha.voorzitter" if i % 2 else "pieter.voorzitter"
        pool = ["kees.lid", "lotte.lid", "yusuf.lid", "ravi.lid"]
        if scale < 12:
            pool += ["emma.lid", "bram.lid"]
        members = self.rng.sample(pool, 2)
        return (
            [SeatInput(chair, "chair")]
            + [SeatInput(m, "member") for m in members]
            + [SeatInput("nadia.hradviseur", "hr")]
        )

    def csv_for(self, n: int, rooney_blocked: bool) -> bytes:
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
        forced = [("NL", "MA", "MA"), ("SR", "SR", "SR"), ("TR", "TR", "TR")]
        for k in range(n):
            name = self.fake.name()
            origin = self.rng.choice(D.ORIGINS) if self.rng.random() < 0.85 else ("", "", "")
            if rooney_blocked and k < len(forced):
                origin = forced[k]  # the Rooney case needs qualifying target-group candidates
            year = str(self.rng.randint(1965, 2001)) if self.rng.random() < 0.8 else ""
            email = f"{name.lower().replace(' ', '.')}.{self.rng.randint(10, 99)}@example.nl"
            letter = (
                f"Beste selectiecommissie,\n\nMet veel interesse las ik de vacature. Ik werk "
                f"nu als {self.fake.job().lower()} en wil graag bijdragen aan de stad.\n\n"
                f"Met vriendelijke groet,\n{name}\n{self.fake.phone_number()}"
            )
            channel = self.rng.choice(D.CHANNELS)[0]
            w.writerow([name, email, self.fake.phone_number(), channel, letter, *origin, year])
        return buf.getvalue().encode("utf-8-sig")

    def run(self) -> DemoReport:
        now = datetime.now().replace(microsecond=0)
        plans = [_Plan.make(self.rng, goal, now) for goal in TARGET_STAGES]
        self.t = min(p.enters[Stage.CONCEPT] for p in plans) - timedelta(days=30)
        with self.app.db.write() as session:  # from now on anyone may act as anyone here
            users.mark_demo(session, self.app.actor.login)
        with clock.running_at(lambda: self.t):
            self.people()
            for i, (title, unit, scale, template) in enumerate(D.VACANCIES):
                self.progress(f"{i + 1}/{len(D.VACANCIES)} {title}")
                self.procedure(i, title, unit, scale, template, TARGET_STAGES[i], plans[i])
        self.report.procedures = len(D.VACANCIES)
        return self.report

    def procedure(
        self, i: int, title: str, unit: str, scale: int, template: str, goal: Stage, plan: _Plan
    ) -> None:
        rec = self.as_(RECRUITERS[i % 2])
        # Procedures overlap in time; the trail records them one after the other, each
        # stamped with its own dates.
        self.t = plan.enters[Stage.CONCEPT]
        closing = plan.closing
        hours = 36 if i % 3 else 32
        text = D.vacancy_text(title, unit, scale, hours, closing.strftime("%d-%m-%Y"))
        pid = rec.procedures.create(
            VacancyInput(title, unit, scale, hours, "Amsterdam", text, closing)
        )
        rec.setup.set_criteria(pid, D.CRITERIA[template])
        rec.setup.set_committee(pid, self.committee(i, unit, scale))
        channels = self.rng.sample(D.CHANNELS, 3 if scale >= 12 else 2)
        rec.setup.set_channels(pid, [ChannelInput(n, d) for n, d in channels])
        self.report.stages[goal.value] = self.report.stages.get(goal.value, 0) + 1
        if goal is Stage.CONCEPT:
            return
        self.at(plan.enters[Stage.OPEN])
        self._advance(rec, pid)
        self.at(plan.enters[Stage.OPEN], hours=24 * 5)  # applications come in while open
        n = self.rng.randint(8, 14)
        codes = rec.candidates.import_csv(pid, self.csv_for(n, i == ROONEY_BLOCKED)).pseudonyms
        self.report.candidates += len(codes)
        groups = self._target_groups(rec, pid, codes, i)
        for code in codes:
            rec.candidates.confirm_redactions(pid, code)
            base = self.rng.uniform(2.2, 4.6)
            if i == ROONEY_BLOCKED and groups[code]:
                base = 3.8  # qualifies on the knock-out; the committee still passes them over
            self.quality[code] = base
        if goal is Stage.OPEN:
            return
        screening = plan.enters[Stage.SCREENING]
        self.at(screening)
        self._advance(rec, pid)
        detail = rec.procedures.show(pid)
        chair = next(s.login for s in detail.committee if s.role == "chair")
        self.at(screening, hours=24 * 3)
        self._score_stage(pid, detail, partial=goal is Stage.SCREENING and i != ROONEY_BLOCKED)
        if goal is Stage.SCREENING and i != ROONEY_BLOCKED:
            if i == 5:
                self._amend_one(pid, detail)
            return
        interviews = plan.enters.get(Stage.INTERVIEWS, screening + timedelta(days=10))
        self.at(interviews - timedelta(days=1))
        self._screening_consensus(pid, chair, detail, codes, groups, rooney=i != ROONEY_BLOCKED)
        if i == ROONEY_BLOCKED:
            return  # the gate stays closed: ROONEY blocks
        if i == ROONEY_DEVIATION:
            dev = rec.deviations.request(
                pid,
                "ROONEY",
                "Alle kandidaten uit de doelgroep "
                "trokken zich terug na de eerste ronde; herstarten zou "
                "de dienstverlening maanden vertragen.",
            )
            self.as_("fatima.pno").deviations.decide(
                dev, True, "Akkoord, eenmalig; terugkoppelen aan het MT."
            )
            self.report.deviations += 1
        self.at(interviews)
        self._advance(self.as_(chair), pid)
        if goal is Stage.INTERVIEWS:
            if i == 9:
                rec.deviations.request(
                    pid,
                    "COM-TRAIN",
                    "Een lid volgt de BIWS-training pas "
                    "volgende maand; een vervanger is niet beschikbaar.",
                )
                self.report.deviations += 1
            self.at(interviews, hours=24 * 2)
            self._score_stage(pid, detail, partial=True)
            return
        decision = plan.enters[Stage.DECISION]
        self.at(interviews, hours=24 * max(1, (decision - interviews).days - 2))
        self._score_stage(pid, detail, partial=False)
        self.at(decision - timedelta(days=1))
        self._interview_consensus(pid, chair, detail)
        self.at(decision)
        self._advance(self.as_(chair), pid)
        self.at(decision, hours=24)
        self._decide(pid, chair, detail, groups, i)
        if goal is Stage.CLOSED:
            self.at(plan.enters[Stage.CLOSED])
            self._advance(self.as_(chair), pid)
            self.at(plan.enters[Stage.CLOSED], hours=2)
            self.as_(chair).candidates.reveal(pid, self._chosen[pid])

    def _advance(self, who: App, pid: int) -> None:
        result = who.procedures.advance(pid, acknowledge_warnings=True)
        if not result.advanced:
            codes = [f.code for f in result.report.blocks]
            raise RuntimeError(f"demo: procedure {pid} blocked at {result.stage}: {codes}")

    def _target_groups(self, rec: App, pid: int, codes: tuple[str, ...], i: int) -> dict[str, bool]:
        from bewustwerven.services import facts as F
        from bewustwerven.services.access import load

        with rec.db.read() as session:
            proc = load(session, pid)
            membership = F.target_membership(
                session, proc, rec.db.cipher, F.profile_of(session, proc)
            )
            ids = {c.pseudonym: c.id for c in F.pool(session, proc, Stage.SCREENING)}
        return {code: bool(membership.get(ids[code])) for code in codes}

    def _score_stage(self, pid: int, detail, *, partial: bool) -> None:  # type: ignore[no-untyped-def]
        scorers = [s.login for s in detail.committee if s.role in ("chair", "member")]
        for k, login in enumerate(scorers):
            member = self.as_(login)
            for task in member.scoring.my_tasks():
                if task.procedure_id != pid:
                    continue
                if partial and k == len(scorers) - 1 and self.rng.random() < 0.6:
                    continue  # the last member is not done yet
                form = member.scoring.form(pid, task.pseudonym)
                q = self.quality.get(task.pseudonym, 3.0)
                values = {
                    it.key: (
                        max(1, min(5, round(q + self.rng.gauss(0, 0.7)))),
                        self.rng.choice(EVIDENCE),
                    )
                    for it in form.items
                }
                member.scoring.save(pid, task.pseudonym, values, submit=True)
                self.report.sheets += 1

    def _amend_one(self, pid: int, detail) -> None:  # type: ignore[no-untyped-def]
        chair = next(s.login for s in detail.committee if s.role == "chair")
        member = self.as_(chair)
        done = [
            t
            for t in member.scoring.my_tasks()
            if t.procedure_id == pid and t.status == "submitted"
        ]
        if done:
            form = member.scoring.form(pid, done[0].pseudonym)
            values = {
                k: (min(5, (v or 3) + 1), e + " Na herlezen van het cv hoger.")
                for k, (v, e) in form.values.items()
            }
            member.scoring.amend(
                pid, done[0].pseudonym, values, "Bij herlezen een relevante ervaring gemist."
            )
            self.report.deviations += 1

    def _consensus(self, pid: int, chair: str, detail, outcome_for) -> None:  # type: ignore[no-untyped-def]
        c = self.as_(chair)
        view = c.consensus.view(pid)
        ranked = sorted(
            view.candidates,
            key=lambda s: (
                -sum(
                    (sum(x.scores.values()) / len(x.scores)) if x.scores else 0 for x in s.criteria
                )
            ),
        )
        for rank, cand in enumerate(ranked):
            scores = {
                x.criterion_key: round(sum(x.scores.values()) / len(x.scores)) if x.scores else 3
                for x in cand.criteria
            }
            motivations = {
                x.criterion_key: "Besproken; de commissie is het eens." for x in cand.criteria
            }
            c.consensus.record(
                pid, cand.pseudonym, outcome_for(rank, cand, scores), scores, motivations
            )

    def _screening_consensus(self, pid, chair, detail, codes, groups, *, rooney) -> None:  # type: ignore[no-untyped-def]
        knockouts = [k for k, _, ko, _ in self.as_(chair).consensus.view(pid).criteria if ko]
        invited_group = {"done": False}

        def outcome(rank, cand, scores):  # type: ignore[no-untyped-def]
            ok = all(scores[k] >= 3 for k in knockouts)
            if not rooney and groups.get(cand.pseudonym):
                return "reserve" if ok else "reject"  # the case the Rooney gate is there for
            if rank < 3 and ok:
                invited_group["done"] |= groups.get(cand.pseudonym, False)
                return "invite"
            if rooney and ok and groups.get(cand.pseudonym) and not invited_group["done"]:
                invited_group["done"] = True  # the Rooney rule: invite a qualifying candidate
                return "invite"
            return "reserve" if ok else "reject"

        self._consensus(pid, chair, detail, outcome)

    def _interview_consensus(self, pid, chair, detail) -> None:  # type: ignore[no-untyped-def]
        self._consensus(
            pid, chair, detail, lambda rank, cand, scores: "suitable" if rank < 2 else "reserve"
        )

    def _decide(self, pid, chair, detail, groups, i) -> None:  # type: ignore[no-untyped-def]
        c = self.as_(chair)
        from bewustwerven.core.snapshot import decision_facts
        from bewustwerven.services import facts as F
        from bewustwerven.services import snapshot
        from bewustwerven.services.access import load

        with c.db.read() as session:
            proc = load(session, pid)
            snap = snapshot.load(
                session, proc, c.db.cipher, F.profile_of(session, proc), clock.today()
            )
            dfacts = decision_facts(snap)
        ranked = sorted(dfacts.candidates, key=lambda d: -(d.score or 0))
        best = ranked[0]
        equal: tuple[str, ...] = ()
        in_group = [d for d in ranked if d.in_target_group and d.meets_all_criteria]
        others = [d for d in ranked if not d.in_target_group and d.meets_all_criteria]
        if i == PREFERENCE_CASE and in_group and others:
            # The chair ranks a target-group candidate equal to the chosen one and gives no
            # reason for passing them over: the preference check blocks the gate.
            best = others[0]
            equal = (best.pseudonym, in_group[0].pseudonym)
        elif detail.scale >= 15 and in_group and (in_group[0].score or 0) >= (best.score or 0):
            best = in_group[0]
        motivations = {cr.key: "Sterkste onderbouwing in gesprek en cv." for cr in detail.criteria}
        c.consensus.decide(
            pid,
            best.pseudonym,
            motivation="Scoort het hoogst op de criteria; de commissie is unaniem.",
            motivations=motivations,
            ranked_equal=equal,
        )
        self._chosen[pid] = best.pseudonym


def build_demo(
    app: App, *, seed: int = 2024, progress: Callable[[str], None] = lambda _m: None
) -> DemoReport:
    return _Demo(app, seed, progress).run()
