"""Property tests: any text is checked without crashing, and every span is inside it."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from bewustwerven.core.textcheck import check_text

# Words from the lists mixed with arbitrary Unicode, so matches and odd characters meet.
_WORDS = st.sampled_from(
    [
        "competitief",
        "jong team",
        "hiërarchie",
        "hie\u0308rarchie",
        "teamspeler",
        "bijv.",
        "Rijbewijs",
        "omdat",
        "maximaal 5 jaar ervaring",
        "voorkeursbeleid",
        "\n",
        ". ",
        "İ",
        "ß",
        "ﬁ",
        "\u0301",
        "€",
        "https://x.nl",
        "self-confident",
        "kind of",
    ]
)
_TEXT = st.lists(st.one_of(st.text(max_size=20), _WORDS), max_size=40).map("".join)


@settings(max_examples=300, deadline=None)
@given(
    text=_TEXT,
    scale=st.one_of(st.none(), st.integers(min_value=1, max_value=20)),
    lang=st.sampled_from(["nl", "en"]),
)
def test_any_text_gives_valid_spans(text: str, scale: int | None, lang: str) -> None:
    findings = check_text(text, scale=scale, lang=lang)
    starts = []
    for f in findings:
        if f.span is not None:
            start, end = f.span
            assert 0 <= start < end <= len(text)
            starts.append(start)
        assert f.code.startswith("TEXT-")
    assert starts == sorted(starts)


@settings(max_examples=200, deadline=None)
@given(text=st.text(max_size=300))
def test_plain_unicode_never_crashes(text: str) -> None:
    for lang in ("nl", "en"):
        for f in check_text(text, scale=15, lang=lang):
            if f.span is not None:
                assert 0 <= f.span[0] < f.span[1] <= len(text)


@settings(max_examples=100, deadline=None)
@given(prefix=st.text(max_size=30), suffix=st.text(max_size=30))
def test_a_coded_word_is_found_wherever_it_stands(prefix: str, suffix: str) -> None:
    # In a profile section every trait word describes the wanted person.
    head = "Wat vragen wij?\n"
    lead = " Je bent "
    text = f"{head}{prefix}{lead}competitief en {suffix}"
    start = len(head) + len(prefix) + len(lead)
    spans = [f.span for f in check_text(text) if f.code == "TEXT-GENDER-M"]
    # The word itself may be swallowed into a longer compound only if a letter touches it,
    # which the spaces around it prevent.
    assert (start, start + len("competitief")) in spans
