from __future__ import annotations

import pytest

from bewustwerven.core.textcheck import ELEMENTS, TextCheckSettings, check_text


def test_defaults() -> None:
    s = TextCheckSettings()
    assert (s.max_sentence_words, s.preference_scale) == (15, 15)
    assert s.required_elements == ELEMENTS


def test_from_mapping_and_effect() -> None:
    s = TextCheckSettings.from_mapping(
        {"max_sentence_words": 5, "preference_scale": 12, "required_elements": ["hours"]}
    )
    assert s.required_elements == ("HOURS",)
    text = "Dit is een zin met zeven woorden."
    found = {f.code for f in check_text(text, scale=12, settings=s)}
    assert found == {"TEXT-B1-SENTENCE", "TEXT-MISSING-HOURS", "TEXT-PREF-STATEMENT"}
    assert "TEXT-PREF-STATEMENT" not in {f.code for f in check_text(text, scale=11, settings=s)}


def test_unknown_key_is_named() -> None:
    with pytest.raises(ValueError, match="max_sentence_lenght"):
        TextCheckSettings.from_mapping({"max_sentence_lenght": 20})


@pytest.mark.parametrize(
    "data",
    [
        {"max_sentence_words": 0},
        {"long_word_letters": "20"},
        {"balance_margin": True},
        {"required_elements": ["SALARY", "PENSION"]},
        {"required_elements": "SALARY"},
    ],
)
def test_bad_values(data: dict[str, object]) -> None:
    with pytest.raises(ValueError):
        TextCheckSettings.from_mapping(data)
