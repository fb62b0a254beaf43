"""One procedure's rows, as the services would have written them step by step.

Conventions followed (read from services/*.py): a submitted sheet has status "submitted"
and version_id 2 (created as a draft, then submitted); an amended sheet leaves the old one
"superseded" next to version 2 with a deviation; consensus per candidate and stage with
scores and motivations per criterion and the weighted total; the funnel moves to invited
(interviews), interviewed (decision) and offered (the chosen candidate); every stage change
is a row in stage_changes; identities are sealed with the database key.
"""

from __future__ import annotations

import itertools
from datetime import date, datetime, timedelta
from typing import Any

from bewustwerven.core.facts import CommitteeRole
from bewustwerven.core.origin import classify
from bewustwerven.core.procedure import DeviationStatus, Stage
from bewustwerven.core.words import Funnel
from bewustwerven.store.bulk import material as M
from bewustwerven.store.bulk.context import Context, Person
from bewustwerven.store.bulk.rows import Built, Cand, Crit, Spec, deviation_row
from bewustwerven.store.bulk.scoring import score_stage

SELFID_PLACE = "self_identifications.data_enc"


def _timeline(ctx: Context, spec: Spec) -> list[tuple[Stage, datetime]]:
    rng, c = ctx.rng, spec.created_at
    opened = c + timedelta(days=rng.randint(3, 9), hours=rng.randint(0, 6))
    closing = (opened + timedelta(days=21)).replace(hour=9, minute=0, second=0)
    screening = closing + timedelta(days=1)
    interviews = screening + timedelta(days=rng.randint(10, 20))
    decision = interviews + timedelta(days=rng.randint(10, 20))
    closed = decision + timedelta(days=rng.randint(3, 10))
    return [
        (Stage.CONCEPT, c),
        (Stage.OPEN, opened),
        (Stage.SCREENING, screening),
        (Stage.INTERVIEWS, interviews),
        (Stage.DECISION, decision),
        (Stage.CLOSED, closed),
    ]


def _committee(ctx: Context, spec: Spec) -> tuple[Person, list[Person], Person]:
    rng = ctx.rng
    chair = rng.choice(ctx.people.chairs)
    size = ctx.weighted([(2, 0.3), (3, 0.5), (4, 0.2)])  # 3 to 5 people score
    members = [m for m in rng.sample(ctx.people.members, size + 1) if m.id != chair.id][:size]
    return chair, members, rng.choice(ctx.people.advisers)


def build_procedure(ctx: Context, spec: Spec) -> Built:
    rng = ctx.rng
    times = _timeline(ctx, spec)
    if spec.stage is not None:
        shift = ctx.now - times[spec.stage.order][1] - timedelta(days=2)
        times = [(s, t + shift) for s, t in times]
    reached = [s for s, t in times if t <= ctx.now] or [Stage.CONCEPT]
    stage = reached[-1]
    at = dict(times)
    recruiter = rng.choice(ctx.people.recruiters)
    chair, members, adviser = _committee(ctx, spec)
    scorers = [chair, *members]
    vid, pid = ctx.ids("vacancies"), ctx.ids("procedures")
    b = Built(pid, stage)
    closing: date = at[Stage.OPEN].date() + timedelta(days=21)
    b.add(
        "vacancies",
        {
            "id": vid,
            "title": spec.title,
            "unit_id": ctx.unit_ids[spec.unit],
            "scale": spec.scale,
            "hours": 36 if rng.random() < 0.7 else 32,
            "location": "Amsterdam",
            "text": _vacancy_text(spec, closing, ctx.profile.rule("PREF").int("from_scale")),
            "closing_date": closing,
            "version_id": 1,
        },
    )
    b.add(
        "procedures",
        {
            "id": pid,
            "vacancy_id": vid,
            "stage": stage.value,
            "profile_id": ctx.profile_id,
            "round": 1,
            "created_by": recruiter.id,
            "created_at": spec.created_at,
            "stage_since": at[stage],
            "locked_at": at[Stage.OPEN] if stage.order >= Stage.OPEN.order else None,
            "closed_at": at[Stage.CLOSED] if stage is Stage.CLOSED else None,
            "text_warnings_acknowledged": False,
            "version_id": 1 + stage.order,
        },
    )
    crits = _criteria(ctx, b, pid, spec.template)
    seats = [(chair, CommitteeRole.CHAIR), *[(m, CommitteeRole.MEMBER) for m in members],
             (adviser, CommitteeRole.HR)]
    for person, role in seats:
        b.add(
            "committee_seats",
            {
                "id": ctx.ids("committee_seats"),
                "procedure_id": pid,
                "user_id": person.id,
                "role": role.value,
            },
        )
    channels = rng.sample(M.CHANNELS, 3 if spec.scale >= 12 else 2)
    for name, diverse, _ in channels:
        b.add(
            "channels",
            {"id": ctx.ids("channels"), "procedure_id": pid, "name": name, "diverse": diverse},
        )
    waivers: dict[Stage, list[dict[str, Any]]] = {}
    _other_deviations(ctx, b, pid, recruiter, at)
    if stage.order >= Stage.OPEN.order:
        cands = _candidates(ctx, b, spec, recruiter, at, stage)
        if stage.order >= Stage.SCREENING.order:
            waivers = score_stage(ctx, b, spec, crits, scorers, cands, at, stage, recruiter)
    by = {Stage.OPEN: recruiter.id, Stage.SCREENING: recruiter.id}
    for (prev, _), (nxt, when) in itertools.pairwise(times):
        if nxt.order > stage.order:
            break
        b.add(
            "stage_changes",
            {
                "id": ctx.ids("stage_changes"),
                "procedure_id": pid,
                "from_stage": prev.value,
                "to_stage": nxt.value,
                "at": when,
                "by_user": by.get(nxt, chair.id),
                "findings": waivers.get(nxt, []),
            },
        )
    return b


def _vacancy_text(spec: Spec, closing: date, preference_from: int) -> str:
    pref = (
        "\nWij voeren voorkeursbeleid. Bij gelijke geschiktheid gaat de voorkeur uit naar een "
        "kandidaat met een niet-Europese migratieachtergrond.\n"
        if spec.scale >= preference_from
        else ""
    )
    return (
        f"{spec.title}\n\nWat ga je doen?\nJe maakt plannen, je bespreekt ze met bewoners en "
        f"partners, en je zorgt dat ze worden uitgevoerd.\n\nWat vragen wij?\nJe hebt "
        f"ervaring op dit niveau. Je kunt goed luisteren en je schrijft helder.\n\nWat bieden "
        f"wij?\nSalarisschaal {spec.scale}. Je werkplek is in Amsterdam.\n{pref}\nHoe "
        f"solliciteer je?\nReageer uiterlijk op {closing.strftime('%d-%m-%Y')} via "
        f"werkenbij.amsterdam.nl.\n"
    )


def _criteria(ctx: Context, b: Built, pid: int, template: str) -> list[Crit]:
    chosen = M.CRITERIA[template]
    out = []
    for pos, (name, knockout, weight, desc, questions) in enumerate(chosen, start=1):
        cid = ctx.ids("criteria")
        key = name.lower().replace(" ", "-")[:24]
        b.add(
            "criteria",
            {
                "id": cid,
                "procedure_id": pid,
                "round": 1,
                "position": pos,
                "key": key,
                "name": name,
                "description": desc,
                "knockout": knockout,
                "weight": weight,
            },
        )
        qkeys = []
        for qpos, text in enumerate(questions, start=1):
            qkey = f"{key}-q{qpos}"
            b.add(
                "questions",
                {
                    "id": ctx.ids("questions"),
                    "criterion_id": cid,
                    "position": qpos,
                    "key": qkey,
                    "text": text,
                    "anchors": dict(M.ANCHORS),
                },
            )
            qkeys.append(qkey)
        out.append(Crit(key, knockout, weight, qkeys))
    return out


def _candidates(
    ctx: Context,
    b: Built,
    spec: Spec,
    recruiter: Person,
    at: dict[Stage, datetime],
    stage: Stage,
) -> list[Cand]:
    rng, pid = ctx.rng, b.procedure_id
    start, end = at[Stage.OPEN], at[Stage.SCREENING] - timedelta(days=1)
    if stage is Stage.OPEN:
        end = min(end, ctx.now)
    span = max(1, int((end - start).total_seconds()))
    confirmed = at[Stage.SCREENING] - timedelta(hours=20) if stage.order >= 2 else None
    out = []
    for _ in range(spec.applications):
        cid, code = ctx.ids("candidates"), ctx.pseudonym()
        name = f"{rng.choice(ctx.first_names)} {rng.choice(ctx.last_names)}"
        email = f"{name.lower().replace(' ', '.')}.{rng.randint(10, 99)}@example.nl"
        phone = f"06-{rng.randint(10000000, 99999999)}"
        channel = ctx.weighted([(c[0], c[2]) for c in M.CHANNELS])
        row = b.add(
            "candidates",
            {
                "id": cid,
                "procedure_id": pid,
                "pseudonym": code,
                "applied_at": start + timedelta(seconds=rng.randrange(span)),
                "channel": channel,
                "name_enc": ctx.seal(name, "candidates.name"),
                "email_enc": ctx.seal(email, "candidates.email"),
                "phone_enc": ctx.seal(phone, "candidates.phone"),
                "revealed_at": None,
                "funnel": Funnel.APPLIED.value,
                "identity_deleted_at": None,
            },
        )
        letter = M.LETTER.format(
            title=spec.title.lower(), job=rng.choice(M.JOBS), name=name, phone=phone
        )
        redacted = letter.replace(name, "[naam]").replace(phone, "[telefoonnummer]")
        b.add(
            "documents",
            {
                "id": ctx.ids("documents"),
                "candidate_id": cid,
                "filename_enc": ctx.seal("brief.txt", "documents.filename"),
                "original_enc": ctx.seal(letter.encode(), "documents.original"),
                "redacted_text": redacted,
                "confirmed_at": confirmed if confirmed or rng.random() < 0.5 else None,
            },
        )
        target = None
        if rng.random() < M.SELF_ID_SHARE:
            own, mother, father = ctx.weighted(M.ORIGINS)
            if rng.random() < 0.06:  # "zeg ik liever niet" for the parents
                mother = father = None
            data = {
                "country_own": own,
                "country_mother": mother,
                "country_father": father,
                "birth_year": rng.randint(1962, 2002) if rng.random() < 0.85 else None,
                "gender": ctx.weighted(M.GENDERS),
                "disability": ctx.weighted(M.DISABILITY),
            }
            b.add(
                "self_identifications",
                {
                    "id": ctx.ids("self_identifications"),
                    "candidate_id": cid,
                    "data_enc": ctx.seal_json(data, SELFID_PLACE),
                    "consent_version": "2024-1",
                    "retention_consent": rng.random() < 0.4,
                },
            )
            target = ctx.target.contains(classify(own, mother, father))
        out.append(Cand(cid, code, rng.uniform(1.8, 4.7), target, row))
    if out:
        b.add(
            "identity_access",
            {
                "id": ctx.ids("identity_access"),
                "procedure_id": pid,
                "user_id": recruiter.id,
                "first_at": start,
            },
        )
    out.sort(key=lambda c: c.pseudonym)
    return out


_A, _P, _R = DeviationStatus.APPROVED, DeviationStatus.PENDING, DeviationStatus.REJECTED
_STATUSES = [_P, _A, _A, _R]


def _other_deviations(
    ctx: Context, b: Built, pid: int, recruiter: Person, at: dict[Stage, datetime]
) -> None:
    roll = ctx.rng.random()
    if roll >= 0.03:
        return
    code = "COM-TRAIN" if roll < 0.02 else "CHAN"
    status = ctx.rng.choice(_STATUSES)
    when = at[Stage.CONCEPT] + timedelta(days=1)
    if when > ctx.now:
        return
    decided = status is not DeviationStatus.PENDING
    b.add(
        "deviations",
        deviation_row(
            ctx,
            pid,
            code,
            Stage.CONCEPT,
            M.DEVIATION_TEXT[code],
            status,
            recruiter.id,
            when,
            ctx.rng.choice(ctx.people.hr).id if decided else None,
            when + timedelta(days=1) if decided else None,
            None,
        ),
    )
