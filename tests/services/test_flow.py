"""The whole procedure through the services, as the people who use it would go."""

from __future__ import annotations

import pytest

from bewustwerven.core.procedure import Stage
from bewustwerven.services.dto import SeatInput
from bewustwerven.services.errors import Forbidden, InvalidInput, StateError

from .conftest import make_procedure, open_and_import, score_all


def _consensus_all(org, pid, outcome_for):
    chris = org.as_user("chris")
    view = chris.consensus.view(pid)
    for cand in view.candidates:
        scores = {k: 4.0 for k, *_ in view.criteria}
        motiv = {k: "Besproken en eens." for k, *_ in view.criteria}
        chris.consensus.record(pid, cand.pseudonym, outcome_for(cand.pseudonym), scores, motiv)
    return view


def _target_codes(org, pid):
    """Which pseudonyms are in the target group (asked of the store, as the gate does)."""
    from bewustwerven.services import facts as F
    from bewustwerven.services.access import load

    with org.db.read() as s:
        proc = load(s, pid)
        member = F.target_membership(s, proc, org.db.cipher, F.profile_of(s, proc))
        return {c.pseudonym: bool(member.get(c.id)) for c in F.pool(s, proc, Stage.SCREENING)}


def test_g1_blocks_a_small_committee_and_locks_on_passing(org):
    pid = make_procedure(org, seats=[SeatInput("chris", "chair"), SeatInput("mila", "member")])
    rita = org.as_user("rita")
    result = rita.procedures.advance(pid, acknowledge_warnings=True)
    assert not result.advanced
    codes = {f.code for f in result.report.blocks}
    assert {"COM-SIZE", "COM-HR"} <= codes
    rita.setup.set_committee(
        pid,
        [
            SeatInput("chris", "chair"),
            SeatInput("mila", "member"),
            SeatInput("omar", "member"),
            SeatInput("ina", "hr"),
        ],
    )
    result = rita.procedures.advance(pid, acknowledge_warnings=False)
    if result.report.warnings:
        assert not result.advanced  # warnings need an explicit acknowledgement
        result = rita.procedures.advance(pid, acknowledge_warnings=True)
    assert result.advanced and result.stage is Stage.OPEN
    with pytest.raises(StateError):
        rita.setup.set_criteria(pid, [])  # locked: only with an approved deviation


def test_open_gate_waits_for_the_closing_date(org):
    pid = make_procedure(org, closing_past=False)
    rita = org.as_user("rita")
    assert rita.procedures.advance(pid, acknowledge_warnings=True).advanced
    rita.candidates.import_csv(pid, b"Naam\nJan\n")
    result = rita.procedures.advance(pid, acknowledge_warnings=True)
    assert not result.advanced
    assert [f.code for f in result.report.blocks] == ["GATE-CLOSING"]


def test_blind_scoring_is_enforced(org):
    pid = make_procedure(org)
    codes = open_and_import(org, pid)
    mila, omar = org.as_user("mila"), org.as_user("omar")
    form = mila.scoring.form(pid, codes[0])
    assert [i.key for i in form.items] == ["analytisch-vermogen", "samenwerken"]
    vals = {i.key: (4, "goed voorbeeld") for i in form.items}
    mila.scoring.save(pid, codes[0], vals, submit=True)
    # omar has not submitted: he sees nothing of mila's scores
    with pytest.raises(Forbidden):
        omar.scoring.others(pid, codes[0])
    omar.scoring.save(pid, codes[0], {"samenwerken": (2, "")})  # a draft is fine
    with pytest.raises(Forbidden):
        omar.scoring.others(pid, codes[0])
    with pytest.raises(InvalidInput) as exc:  # incomplete: score and evidence required
        omar.scoring.save(pid, codes[0], {"samenwerken": (2, "")}, submit=True)
    assert exc.value.details
    omar.scoring.save(pid, codes[0], {i.key: (3, "ok") for i in form.items}, submit=True)
    others = omar.scoring.others(pid, codes[0])
    assert {o.member for o in others} == {"mila", "omar"}
    # a submitted sheet is sealed
    with pytest.raises(StateError):
        mila.scoring.save(pid, codes[0], vals)
    # the recruiter who imported the file (and so saw names) is not a scorer
    with pytest.raises(Forbidden):
        org.as_user("rita").scoring.form(pid, codes[0])


def test_conflict_of_interest_takes_the_member_off_that_candidate(org):
    pid = make_procedure(org)
    codes = open_and_import(org, pid)
    mila = org.as_user("mila")
    before = {t.pseudonym for t in mila.scoring.my_tasks() if t.procedure_id == pid}
    mila.scoring.declare_conflict(pid, codes[1])
    after = {t.pseudonym for t in mila.scoring.my_tasks() if t.procedure_id == pid}
    assert before - after == {codes[1]}
    with pytest.raises(Forbidden):
        mila.scoring.form(pid, codes[1])


def test_amending_a_sealed_sheet_needs_a_reason_and_an_approved_deviation(org):
    pid = make_procedure(org)
    codes = open_and_import(org, pid)
    score_all(org, pid)
    _consensus_all(org, pid, lambda c: "invite")
    mila = org.as_user("mila")
    form = mila.scoring.form(pid, codes[0])
    with pytest.raises(InvalidInput):
        mila.scoring.amend(pid, codes[0], dict(form.values), "")
    dev = mila.scoring.amend(
        pid,
        codes[0],
        {k: (5, e) for k, (v, e) in form.values.items()},
        "CV opnieuw gelezen: ervaring gemist.",
    )
    report = org.as_user("chris").procedures.gate(pid)
    assert "SCORE-LOCK" in {f.code for f in report.blocks}
    org.as_user("hanna").deviations.decide(dev, True, "Akkoord")
    report = org.as_user("chris").procedures.gate(pid)
    assert "SCORE-LOCK" not in {f.code for f in report.blocks}
    assert mila.scoring.form(pid, codes[0]).version == 2


def test_whole_procedure_with_rooney_block_deviation_and_preference(org):
    pid = make_procedure(org, scale=15)
    codes = open_and_import(org, pid)
    in_group = _target_codes(org, pid)
    assert sum(in_group.values()) == 2  # Fatima (mother and father MA) and Sevda (born TR)
    chris = org.as_user("chris")
    with pytest.raises(Forbidden):  # the chair must submit their own sheets first
        chris.consensus.view(pid)
    score_all(org, pid)
    # consensus: invite only candidates outside the target group -> Rooney blocks
    _consensus_all(org, pid, lambda c: "reject" if in_group[c] else "invite")
    result = chris.procedures.advance(pid, acknowledge_warnings=True)
    assert not result.advanced
    assert [f.code for f in result.report.blocks] == ["ROONEY"]
    rooney = result.report.blocks[0]
    assert not any(code in rooney.message_nl for code in codes)  # counts only, no pseudonyms
    # a deviation: requested by the recruiter, refused to the requester, approved by other HR
    rita = org.as_user("rita")
    with pytest.raises(InvalidInput):
        rita.deviations.request(pid, "ROONEY", "te kort")
    dev = rita.deviations.request(
        pid, "ROONEY", "Beide kandidaten uit de doelgroep trokken zich terug na de eerste selectie."
    )
    with pytest.raises(Forbidden):
        rita.deviations.decide(dev, True)  # not HR
    hanna = org.as_user("hanna")
    hanna.deviations.decide(dev, True, "Akkoord, eenmalig")
    result = chris.procedures.advance(pid, acknowledge_warnings=True)
    assert result.advanced and result.stage is Stage.INTERVIEWS
    assert [w.finding.code for w in result.report.waived] == ["ROONEY"]
    assert org.as_user("henk").deviations.list(status="approved")[0].used
    # interviews: only invited candidates are scored
    invited = [c for c in codes if not in_group[c]]
    tasks = {t.pseudonym for t in org.as_user("mila").scoring.my_tasks() if t.procedure_id == pid}
    assert tasks == set(invited)
    score_all(org, pid)
    _consensus_all(org, pid, lambda c: "suitable")
    assert chris.procedures.advance(pid).advanced
    # decision with a tie-break on age: PREF-AGE blocks
    motiv = {"analytisch-vermogen": "Sterk", "samenwerken": "Sterk"}
    chris.consensus.decide(
        pid,
        invited[0],
        motivation="Beste kandidaat.",
        motivations=motiv,
        tie_breaker="De jongere kandidaat past beter in het team.",
        ranked_equal=invited[:2],
    )
    blocks = {f.code for f in chris.procedures.gate(pid).blocks}
    assert "PREF-AGE" in blocks
    chris.consensus.decide(
        pid,
        invited[0],
        motivation="Beste kandidaat.",
        motivations=motiv,
        tie_breaker="Meer ervaring met bewonersparticipatie.",
        ranked_equal=invited[:2],
    )
    result = chris.procedures.advance(pid)
    assert result.advanced and result.stage is Stage.CLOSED, result.report.findings
    funnel = {r.pseudonym: r.funnel for r in org.as_user("rita").candidates.list(pid)}
    assert funnel[invited[0]] == "hired"
    assert {funnel[c] for c in invited[1:]} == {"interviewed"}
    assert {funnel[c] for c in codes if in_group[c]} == {"applied"}
    # reveal after the shortlist: logged, and the committee then sees that name only
    chris.candidates.reveal(pid, invited[0])
    rows = {r.pseudonym: r for r in org.as_user("mila").candidates.list(pid, with_identity=True)}
    assert rows[invited[0]].name is not None
    assert all(r.name is None for c, r in rows.items() if c != invited[0])
    assert org.audit.verify().ok


def test_preference_blocks_when_equal_target_candidate_is_passed_over(org):
    pid = make_procedure(org, scale=15)
    codes = open_and_import(org, pid)
    in_group = _target_codes(org, pid)
    score_all(org, pid)
    chris = org.as_user("chris")
    _consensus_all(org, pid, lambda c: "invite")
    assert chris.procedures.advance(pid, acknowledge_warnings=True).advanced
    score_all(org, pid)
    _consensus_all(org, pid, lambda c: "suitable")  # all equal: 4.0 on every criterion
    assert chris.procedures.advance(pid).advanced
    outsider = next(c for c in codes if not in_group[c])
    motiv = {"analytisch-vermogen": "Sterk", "samenwerken": "Sterk"}
    chris.consensus.decide(pid, outsider, motivation="Goede indruk.", motivations=motiv)
    assert "PREF" in {f.code for f in chris.procedures.gate(pid).blocks}
    chris.consensus.decide(
        pid,
        outsider,
        motivation="Goede indruk.",
        motivations=motiv,
        preference_motivation="De kandidaat uit de doelgroep trok zich terug voor het aanbod.",
    )
    assert "PREF" not in {f.code for f in chris.procedures.gate(pid).blocks}


def test_restart_archives_sheets_and_opens_a_new_round(org):
    pid = make_procedure(org)
    codes = open_and_import(org, pid)
    score_all(org, pid)
    chris = org.as_user("chris")
    with pytest.raises(InvalidInput):
        chris.procedures.restart(pid, "")
    new_round = chris.procedures.restart(pid, "Criterium bleek niet te passen bij de functie.")
    assert new_round == 2
    detail = chris.procedures.show(pid)
    assert detail.stage is Stage.CONCEPT and detail.round == 2 and not detail.locked
    assert [c.key for c in detail.criteria] == ["analytisch-vermogen", "samenwerken"]
    assert detail.candidates == len(codes)  # applications stay
    org.as_user("rita").setup.set_criteria(pid, [])  # editable again in Concept
    assert org.audit.verify().ok


def test_recorded_decision_reads_back(org):
    pid = make_procedure(org)
    codes = open_and_import(org, pid)
    score_all(org, pid)
    chris = org.as_user("chris")
    assert chris.consensus.decision(pid) is None
    _consensus_all(org, pid, lambda c: "invite")
    assert chris.procedures.advance(pid, acknowledge_warnings=True).advanced
    score_all(org, pid)
    _consensus_all(org, pid, lambda c: "suitable")
    assert chris.procedures.advance(pid).advanced
    motiv = {"analytisch-vermogen": "Sterk", "samenwerken": "Goed"}
    chris.consensus.decide(pid, codes[1], motivation="Beste.", motivations=motiv,
                           ranked_equal=codes[:2])
    got = chris.consensus.decision(pid)
    assert got is not None and got.chosen == codes[1] and got.motivations == motiv
    assert got.ranked_equal == tuple(codes[:2])
