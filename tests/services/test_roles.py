"""Every service checks roles: each forbidden call is refused, whatever the front end shows."""

from __future__ import annotations

import pytest

from bewustwerven.services.dto import ChannelInput, SeatInput, VacancyInput
from bewustwerven.services.errors import Forbidden, NotFound

from .conftest import make_procedure, open_and_import, score_all


def test_only_admins_manage_users_and_profiles(org):
    for login in ("rita", "hanna", "chris", "mila"):
        other = org.as_user(login)
        with pytest.raises(Forbidden):
            other.users.add("x", roles=["member"])
        with pytest.raises(Forbidden):
            other.users.set_roles("mila", ["admin"])
        with pytest.raises(Forbidden):
            other.users.add_unit("X", "X")
        with pytest.raises(Forbidden):
            other.profiles.import_profile("")


def test_only_recruiters_create_and_only_the_owner_edits(org):
    with pytest.raises(Forbidden):
        org.as_user("mila").procedures.create(VacancyInput("x", "WPI", 10))
    with pytest.raises(Forbidden):
        org.as_user("hanna").procedures.create(VacancyInput("x", "WPI", 10))
    pid = make_procedure(org)
    org.users.add("rob", roles=["recruiter"])
    rob = org.as_user("rob")
    with pytest.raises(Forbidden):
        rob.setup.set_channels(pid, [ChannelInput("x")])
    with pytest.raises(Forbidden):
        rob.setup.set_committee(pid, [SeatInput("chris", "chair")])
    with pytest.raises(Forbidden):
        rob.procedures.show(pid)  # not his, not on the committee
    with pytest.raises(Forbidden):
        rob.candidates.import_csv(pid, b"Naam\nJan\n")
    with pytest.raises(Forbidden):
        org.as_user("mila").procedures.advance(pid)  # a member does not steer


def test_members_see_only_their_procedures_and_never_identities(org):
    pid = make_procedure(org)
    codes = open_and_import(org, pid)
    vera = org.as_user("vera")  # not on this committee
    assert vera.procedures.list() == []
    with pytest.raises(Forbidden):
        vera.candidates.list(pid)
    mila = org.as_user("mila")
    assert [p.id for p in mila.procedures.list()] == [pid]
    rows = mila.candidates.list(pid, with_identity=True)
    assert {r.pseudonym for r in rows} == set(codes)
    assert all(r.name is None and r.email is None and r.phone is None for r in rows)
    with pytest.raises(Forbidden):  # the committee does not reveal; the chair or recruiter does
        mila.candidates.reveal(pid, codes[0])


def test_only_the_chair_records_consensus_and_only_hr_decides_deviations(org):
    pid = make_procedure(org)
    codes = open_and_import(org, pid)
    score_all(org, pid)
    with pytest.raises(Forbidden):
        org.as_user("mila").consensus.view(pid)
    with pytest.raises(Forbidden):
        org.as_user("mila").consensus.record(pid, codes[0], "invite", {}, {})
    dev = org.as_user("chris").deviations.request(
        pid, "COM-TRAIN", "Een lid volgt de training volgende maand."
    )
    for login in ("chris", "mila", "rita"):
        with pytest.raises(Forbidden):
            org.as_user(login).deviations.decide(dev, True)
    with pytest.raises(Forbidden):
        org.as_user("mila").deviations.list()  # the organisation-wide inbox is HR's


def test_hr_never_decides_their_own_deviation(org):
    org.users.set_roles("hanna", ["hr", "recruiter"])
    hanna = org.as_user("hanna")
    from bewustwerven.services.dto import VacancyInput as V

    pid = hanna.procedures.create(V("Adviseur", "WPI", 10))
    dev = hanna.deviations.request(pid, "COM-SIZE", "Er is maar een klein team beschikbaar.")
    with pytest.raises(Forbidden):
        hanna.deviations.decide(dev, True, "eigen")
    org.as_user("henk").deviations.decide(dev, False, "Zoek een derde lid.")
    assert org.as_user("henk").deviations.list()[0].status == "rejected"


def test_hr_sees_scores_only_after_consensus(org):
    pid = make_procedure(org)
    codes = open_and_import(org, pid)
    score_all(org, pid)
    hanna = org.as_user("hanna")
    with pytest.raises(Forbidden):
        hanna.scoring.others(pid, codes[0])
    chris = org.as_user("chris")
    view = chris.consensus.view(pid)
    chris.consensus.record(
        pid,
        codes[0],
        "invite",
        {k: 4 for k, *_ in view.criteria},
        {k: "eens" for k, *_ in view.criteria},
    )
    assert len(hanna.scoring.others(pid, codes[0])) == 3


def test_unknown_user_is_refused(org):
    with pytest.raises(NotFound):
        org.as_user("nobody")


def test_only_someone_with_the_chair_role_chairs_a_committee(org):
    from bewustwerven.services.errors import InvalidInput

    pid = make_procedure(org)
    rita = org.as_user("rita")
    seats = [SeatInput("mila", "chair"), SeatInput("omar", "member"),
             SeatInput("chris", "member"), SeatInput("ina", "hr")]
    with pytest.raises(InvalidInput, match="mila heeft de rol voorzitter niet"):
        rita.setup.set_committee(pid, seats)
