"""Question-set templates: round trip, names, damaged files."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bewustwerven.services.dto import CriterionInput, QuestionInput
from bewustwerven.services.errors import InvalidInput, NotFound
from bewustwerven.services.templates import TemplateService, from_json, to_json

CRITERIA = (
    CriterionInput(
        "Samenwerken",
        (QuestionInput("Vertel over een project.", {1: "geen voorbeeld", 3: "één", 5: "sterk"}),),
        knockout=False,
        weight=2.0,
        description="In een team",
    ),
    CriterionInput("HBO-diploma", (QuestionInput("Welk diploma?", {1: "nee", 5: "ja"}),), True),
)


def test_save_list_load_delete(tmp_path: Path) -> None:
    svc = TemplateService(tmp_path / "t")
    assert svc.list() == []
    svc.save("Beleidsadviseur schaal 11", CRITERIA)
    svc.save("ICT", CRITERIA[:1])
    assert svc.list() == ["Beleidsadviseur schaal 11", "ICT"]
    loaded = svc.load("Beleidsadviseur schaal 11")
    assert loaded == CRITERIA
    svc.delete("ICT")
    assert svc.list() == ["Beleidsadviseur schaal 11"]
    with pytest.raises(NotFound):
        svc.load("ICT")


def test_saving_again_replaces(tmp_path: Path) -> None:
    svc = TemplateService(tmp_path)
    svc.save("X", CRITERIA)
    svc.save("X", CRITERIA[1:])
    assert svc.load("x") == CRITERIA[1:]


def test_empty_name_and_empty_set_are_refused(tmp_path: Path) -> None:
    svc = TemplateService(tmp_path)
    with pytest.raises(InvalidInput):
        svc.save("  !! ", CRITERIA)
    with pytest.raises(InvalidInput):
        svc.save("Leeg", ())


def test_damaged_file_is_a_known_error_and_skipped_in_list(tmp_path: Path) -> None:
    (tmp_path / "kapot.json").write_text("{not json", encoding="utf-8")
    svc = TemplateService(tmp_path)
    assert svc.list() == []
    with pytest.raises(InvalidInput):
        svc.load("kapot")


text = st.text(min_size=1, max_size=30)


@settings(max_examples=50, deadline=None)
@given(
    st.lists(
        st.builds(
            CriterionInput,
            name=text,
            questions=st.lists(
                st.builds(
                    QuestionInput,
                    text=text,
                    anchors=st.dictionaries(st.integers(1, 5), text, max_size=5),
                ),
                max_size=3,
            ).map(tuple),
            knockout=st.booleans(),
            weight=st.floats(0.1, 10, allow_nan=False),
            description=st.text(max_size=20),
        ),
        min_size=1,
        max_size=5,
    )
)
def test_json_round_trip(criteria: list[CriterionInput]) -> None:
    name, back = from_json(to_json("T", criteria))
    assert name == "T"
    assert back == tuple(criteria)
