"""HR's deviations and timeline models, without widgets."""

from __future__ import annotations

from datetime import datetime

from bewustwerven.services.audit import TimelineEvent
from bewustwerven.services.dto import Deviation
from bewustwerven.ui.hr.models import (
    DEV_PROCEDURE,
    DEV_STAGE,
    DEV_STATUS,
    DEV_TYPE,
    DEVIATION_ROLE,
    EV_DETAILS,
    EV_HASH,
    DeviationsModel,
    TimelineModel,
    payload_text,
)

AT = datetime(2025, 3, 4, 10, 30)


def test_deviations_model_labels_in_words(qapp) -> None:  # type: ignore[no-untyped-def]
    d = Deviation(
        3,
        5,
        "Beleidsadviseur",
        "rooney_not_met",
        "ROONEY",
        "screening",
        "Omdat het moet.",
        "pending",
        "pieter",
        AT,
        None,
        None,
        "",
        False,
    )
    m = DeviationsModel()
    m.set_deviations([d])
    assert m.index(0, DEV_PROCEDURE).data() == "Beleidsadviseur (5)"
    assert m.index(0, DEV_TYPE).data() == "Rooney-regel niet gehaald"
    assert m.index(0, DEV_STAGE).data() == "Selectie op brief en cv"
    assert m.index(0, DEV_STATUS).data() == "Wacht op besluit"
    assert m.index(0, 0).data(DEVIATION_ROLE) is d
    assert m.row_of(3) == 0 and m.row_of(4) == -1


def test_timeline_model_and_payload(qapp) -> None:  # type: ignore[no-untyped-def]
    e = TimelineEvent(
        12,
        AT,
        "fatima",
        "deviation.approved",
        {"procedure_id": 5, "deviation": 3, "comment": "Akkoord"},
        "ab" * 32,
    )
    m = TimelineModel()
    m.set_events([e])
    assert m.index(0, EV_DETAILS).data() == "deviation: 3; comment: Akkoord"
    assert m.index(0, EV_HASH).data() == "ab" * 6 + "…"
    assert payload_text({"seats": [["a", "chair"]]}) == 'seats: [["a", "chair"]]'
