"""The domain words: enums whose values are the stored strings, each with two labels."""

from __future__ import annotations

import pytest

from bewustwerven.core.words import DOMAIN_ENUMS, Funnel, SheetState, label, labelled


@pytest.mark.parametrize("enum", DOMAIN_ENUMS, ids=lambda e: e.__name__)
def test_every_domain_word_has_a_dutch_and_an_english_label(enum) -> None:
    assert labelled(enum)
    for word in enum:
        assert label(word, "nl").strip() and label(word, "en").strip()


def test_stored_values_stay_the_same_strings() -> None:
    assert [f.value for f in Funnel] == ["applied", "invited", "interviewed", "offered", "hired"]
    assert [s.value for s in SheetState] == ["draft", "submitted", "superseded", "archived"]
    assert Funnel.OFFERED == "offered" and "rejected" not in {f.value for f in Funnel}
    assert [f.rank for f in Funnel] == [0, 1, 2, 3, 3]
