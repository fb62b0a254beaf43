"""The complaints register: 4-week deadline, reminder for HR, counts for the report, and
the complaint's text deleted a year after it was handled."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from bewustwerven.services.errors import Forbidden, InvalidInput, StateError
from bewustwerven.services.privacy import PrivacyService
from bewustwerven.services.privacy.common import PrivacyBase

from .conftest import make_procedure

TODAY = datetime(2026, 3, 2, 10, 0)


@pytest.fixture
def clock(monkeypatch):
    def set_clock(moment):
        monkeypatch.setattr(PrivacyBase, "clock", staticmethod(lambda: moment))
    set_clock(TODAY)
    return set_clock


def test_register_deadline_reminder_counts_and_retention(org, clock):
    pid = make_procedure(org)
    rita = PrivacyService(org.db, org.as_user("rita").actor)
    hanna = PrivacyService(org.db, org.as_user("hanna").actor)
    mila = PrivacyService(org.db, org.as_user("mila").actor)
    with pytest.raises(Forbidden):
        mila.add_complaint(pid, "De vragen waren niet voor iedereen gelijk.")
    with pytest.raises(InvalidInput):
        rita.add_complaint(pid, "kort")
    with pytest.raises(InvalidInput):
        rita.add_complaint(pid, "Klacht uit de toekomst, kan niet.", received_on=date(2026, 4, 1))
    late = rita.add_complaint(pid, "Geen antwoord op mijn sollicitatie gekregen.",
                              received_on=date(2026, 2, 1))
    fresh = hanna.add_complaint(pid, "De vragen waren niet voor iedereen gelijk.")
    with pytest.raises(Forbidden):
        rita.complaints()
    rows = {r.id: r for r in hanna.complaints()}
    assert rows[fresh].due_on == date(2026, 3, 30) and rows[late].due_on == date(2026, 3, 1)
    assert rows[late].overdue(TODAY.date()) and not rows[fresh].overdue(TODAY.date())
    assert [r.id for r in hanna.complaints_due(7)] == [late]  # overdue counts as due
    assert [r.id for r in hanna.complaints_due(28)] == [late, fresh]
    with pytest.raises(Forbidden):
        rita.handle_complaint(fresh, "Uitgelegd hoe de vragen tot stand kwamen.")
    hanna.handle_complaint(fresh, "Uitgelegd hoe de vragen tot stand kwamen.")
    with pytest.raises(StateError):
        hanna.handle_complaint(fresh, "Nog een keer afhandelen.")
    counts = hanna.complaint_counts(date(2026, 1, 1), date(2026, 12, 31))
    assert (counts.received, counts.handled, counts.handled_in_time, counts.open,
            counts.open_overdue) == (2, 1, 1, 1, 1)
    assert hanna.complaint_counts(date(2026, 1, 1), date(2026, 12, 31), unit_code="ICT"
                                  ).received == 0
    assert hanna.complaint_counts(date(2026, 3, 1), date(2026, 3, 31)).received == 1
    # the handled complaint's text goes a year after handling; the row and dates stay
    admin = PrivacyService(org.db, org.actor)
    assert admin.run_retention(now=TODAY + timedelta(days=364)).complaints == ()
    assert admin.run_retention(now=TODAY + timedelta(days=366)).complaints == (fresh,)
    rows = {r.id: r for r in hanna.complaints()}
    assert rows[fresh].summary is None and rows[fresh].outcome is None
    assert rows[fresh].handled_on == TODAY.date()
    assert rows[late].summary == "Geen antwoord op mijn sollicitatie gekregen."  # still open
    assert org.audit.verify().ok
