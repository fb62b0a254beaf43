"""Deviations go through the registry: unknown and never-waivable codes are refused, and
an approved deviation waives only the rule it names, with that rule's type."""

from __future__ import annotations

from datetime import datetime

import pytest

from bewustwerven.core.procedure import DeviationStatus, DeviationType
from bewustwerven.services.errors import Forbidden, InvalidInput
from bewustwerven.store import audit
from bewustwerven.store.models import DeviationRow, Procedure, User
from tests.services.conftest import make_procedure

WHY = "Een goede reden die lang genoeg is om te lezen."


@pytest.mark.parametrize("code", ["GATE-CLOSING", "GATE-EMPTY", "SCORE-INDEP", "NO-SUCH-RULE",
                                  "PREF-AGE", "gate-closing "])
def test_request_refuses_unknown_and_never_waivable_codes(org, code):
    pid = make_procedure(org, closing_past=False)
    with pytest.raises(Forbidden) as exc:
        org.as_user("rita").deviations.request(pid, code, WHY)
    assert exc.value.nl != exc.value.en
    assert "omzeilen" in exc.value.nl or "geen regel" in exc.value.nl
    assert org.as_user("hanna").deviations.list(procedure_id=pid) == []


def test_request_takes_the_type_from_the_registry_and_refuses_another(org):
    pid = make_procedure(org)
    rita = org.as_user("rita")
    dev = rita.deviations.request(pid, "com-size", WHY)
    [row] = org.as_user("hanna").deviations.list(procedure_id=pid)
    assert (row.id, row.type, row.rule_code) == (dev, "committee_not_compliant", "COM-SIZE")
    with pytest.raises(InvalidInput):
        rita.deviations.request(pid, "COM-SIZE", WHY, dtype=DeviationType.OTHER)


def test_an_approved_deviation_from_before_the_registry_does_not_open_the_closing_date(org):
    """The exploit of the review: an approved GATE-CLOSING deviation moved a procedure into
    screening before its closing date. Such a row (written before the check) waives nothing."""
    pid = make_procedure(org, closing_past=False)
    rita = org.as_user("rita")
    assert rita.procedures.advance(pid, acknowledge_warnings=True).advanced
    with org.db.write() as s:
        proc = s.get(Procedure, pid)
        hanna = s.query(User).filter_by(login="hanna").one()
        for code in ("GATE-CLOSING", "GATE-EMPTY"):
            s.add(DeviationRow(
                procedure_id=pid, type=DeviationType.OTHER.value, rule_code=code,
                stage=proc.stage, round=proc.round, justification=WHY,
                status=DeviationStatus.APPROVED.value, requested_by=hanna.id,
                requested_at=datetime.now(), decided_by=hanna.id, decided_at=datetime.now(),
                comment="",
            ))
        audit.record(s, "test", "deviation.legacy", procedure_id=pid)
    result = rita.procedures.advance(pid, acknowledge_warnings=True)
    assert not result.advanced
    assert [f.code for f in result.report.blocks] == ["GATE-CLOSING", "GATE-EMPTY"]
    assert result.report.waived == ()
