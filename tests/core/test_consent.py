"""Consent texts: versioned, complete in Dutch and English, plain, no word for descent."""

from __future__ import annotations

import re

import pytest

from bewustwerven.core import consent as C
from bewustwerven.core.applicants import SELF_ID_FIELDS


def test_current_version_is_the_one_stored_today():
    assert C.current().version == C.CURRENT_VERSION == "2024-1"
    assert C.by_version("2024-1") is C.current()
    with pytest.raises(C.UnknownConsentVersion):
        C.by_version("1999-1")


@pytest.mark.parametrize("text", [t for v in C.TEXTS.values() for t in
                                  (v.selfid_nl, v.selfid_en, v.retention_nl, v.retention_en)])
def test_never_ethnicity_and_plain_sentences(text):
    assert not re.search(r"etni|ethni|ras\b|race\b|afkomst|descent", text, re.IGNORECASE)
    sentences = [s for s in re.split(r"(?<=[.?!])\s+", text) if s.strip()]
    assert max(len(s.split()) for s in sentences) <= 25  # B1: short sentences


def test_texts_say_what_matters():
    t = C.current()
    for needle in ("Zeg ik liever niet", "selectiecommissie ziet", "4 weken", "schriftelijk"):
        assert needle in t.selfid_nl
    for needle in ("Rather not say", "committee never sees", "4 weeks", "in writing"):
        assert needle in t.selfid_en
    assert "1 jaar" in t.retention_nl and "1 year" in t.retention_en


def test_every_self_identification_field_has_labels():
    assert set(C.FIELD_LABELS) == set(SELF_ID_FIELDS)
    assert C.field_label("country_mother") == "Geboorteland van uw moeder"
    assert C.field_label("country_mother", "en") == "Your mother's country of birth"
    assert C.rather_not() == "Zeg ik liever niet" and C.rather_not("en") == "Rather not say"
