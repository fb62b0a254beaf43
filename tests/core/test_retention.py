"""RETAIN as pure dates: examples and properties."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bewustwerven.core.retention import (
    CandidateState,
    Part,
    RetentionTerms,
    complaint_content_due,
    complaint_due,
    due_at,
    parse_moment,
    plan,
    stale_backups,
)

CLOSED = datetime(2026, 1, 10, 16, 30)


def state(cid=1, closed=CLOSED, consent=False, identity=True, documents=True, selfid=True,
          pid=1):
    return CandidateState(cid, f"K-{cid:04d}", pid, closed, consent, identity, documents, selfid)


def test_28_days_after_closing_or_365_with_consent():
    assert due_at(CLOSED, False, RetentionTerms()) == datetime(2026, 2, 7, 16, 30)
    assert due_at(CLOSED, True, RetentionTerms()) == datetime(2027, 1, 10, 16, 30)
    assert due_at(None, False, RetentionTerms()) is None  # the clock starts at closing


def test_plan_deletes_what_is_held_when_due_and_nothing_earlier():
    s = [state(1), state(2, consent=True), state(3, selfid=False, documents=False),
         state(4, closed=None)]
    assert plan(s, CLOSED + timedelta(days=27, hours=23)) == []
    steps = plan(s, CLOSED + timedelta(days=28))
    assert [(st.candidate_id, st.parts) for st in steps] == [
        (1, (Part.IDENTITY, Part.DOCUMENTS, Part.SELF_IDENTIFICATION)),
        (3, (Part.IDENTITY,)),
    ]
    # soonest due first: the consenting candidate last
    assert [st.candidate_id for st in plan(s, CLOSED + timedelta(days=365))] == [1, 3, 2]


def test_terms_come_per_procedure_from_the_profile():
    terms = {1: RetentionTerms.from_values({"days": 14, "days_with_consent": 90}),
             2: RetentionTerms()}
    s = [state(1, pid=1), state(2, pid=2)]
    assert [st.candidate_id for st in plan(s, CLOSED + timedelta(days=15), terms)] == [1]
    with pytest.raises(ValueError):
        RetentionTerms(days=30, days_with_consent=10)


def test_complaints_and_backups():
    assert complaint_due(date(2026, 3, 2)) == date(2026, 3, 30)
    assert complaint_content_due(None) is None
    assert complaint_content_due(date(2026, 3, 2)) == date(2027, 3, 2)
    made = {"a.voor-upgrade-1.db": CLOSED, "b.voor-upgrade-2.db": CLOSED + timedelta(days=20)}
    assert stale_backups(made, CLOSED + timedelta(days=30)) == ["a.voor-upgrade-1.db"]


def test_now_option():
    assert parse_moment("2026-02-07") == datetime(2026, 2, 7, 23, 59, 59)
    assert parse_moment("2026-02-07T08:00") == datetime(2026, 2, 7, 8, 0)
    with pytest.raises(ValueError, match="geen datum"):
        parse_moment("morgen")


states = st.builds(
    CandidateState,
    candidate_id=st.integers(1, 10_000),
    pseudonym=st.text("ABCDEFGH", min_size=4, max_size=4),
    procedure_id=st.integers(1, 5),
    closed_at=st.none() | st.datetimes(datetime(2020, 1, 1), datetime(2030, 1, 1)),
    consent=st.booleans(),
    identity=st.booleans(),
    documents=st.booleans(),
    self_identification=st.booleans(),
)
moments = st.datetimes(datetime(2020, 1, 1), datetime(2032, 1, 1))


@given(st.lists(states, max_size=30, unique_by=lambda s: s.candidate_id), moments)
def test_never_before_the_term_and_never_twice(items, now):
    terms = RetentionTerms()
    steps = plan(items, now, terms)
    by_id = {s.candidate_id: s for s in items}
    for step in steps:
        assert step.due <= now and step.parts
        src = by_id[step.candidate_id]
        assert step.parts == src.parts()
        assert src.closed_at is not None
        assert now - src.closed_at >= timedelta(days=terms.days)
    # after applying the plan nothing is left to do at the same moment
    done = {(s.candidate_id, s.pseudonym, s.procedure_id) for s in steps}
    after = [
        CandidateState(s.candidate_id, s.pseudonym, s.procedure_id, s.closed_at, s.consent,
                       False, False, False)
        if (s.candidate_id, s.pseudonym, s.procedure_id) in done else s
        for s in items
    ]
    assert plan(after, now, terms) == []


@given(states, moments)
def test_consent_only_ever_lengthens_the_term(s, now):
    with_consent = CandidateState(*[getattr(s, f) for f in s.__slots__[:4]], True,
                                  s.identity, s.documents, s.self_identification)
    without = CandidateState(*[getattr(s, f) for f in s.__slots__[:4]], False,
                             s.identity, s.documents, s.self_identification)
    if plan([with_consent], now):
        assert plan([without], now)
