"""Concrete rewrites: the sentence as it could read, in the language of the vacancy text.

A finding's message is in the UI's language (``message_nl`` / ``message_en``); the rewrite
is text the recruiter can paste, so it is in the text's language. It is kept in
``facts["rewrite"]`` and quoted in both suggestions.
"""

from __future__ import annotations

import re

_SPACES = re.compile(r"[ \t]{2,}")
_SPACE_BEFORE_PUNCT = re.compile(r" +([,.;:!?])")
# Endings of Dutch and English adjectives: such a word before a noun can simply go.
_ADJECTIVE = {
    "nl": re.compile(r"(?:e|ig|ief|isch|lijk|baar|end|ende|en|er|st|te)$", re.IGNORECASE),
    "en": re.compile(r"(?:ive|ed|en|ent|ant|ous|ic|al|ful|ing|ly|ible|able)$", re.IGNORECASE),
}
_WORD_AFTER = re.compile(r"[ \t]+[^\W\d_]")

LABEL = {"nl": "Schrijf bijvoorbeeld: ", "en": "For example: "}


def replace_in_sentence(
    text: str, sentence: tuple[int, int], start: int, end: int, replacement: str
) -> str:
    """The sentence with ``text[start:end]`` replaced (or removed when ``replacement`` is "")."""
    s, e = sentence
    before, after = text[s:start], text[end:e]
    if replacement and text[start : start + 1].isupper() and start == s:
        replacement = replacement[:1].upper() + replacement[1:]
    out = before + replacement + after
    if not replacement and start == s:
        out = out.lstrip()
        out = out[:1].upper() + out[1:]
    out = _SPACE_BEFORE_PUNCT.sub(r"\1", _SPACES.sub(" ", out))
    return " ".join(out.split())


def can_drop(text: str, start: int, end: int, lang: str) -> bool:
    """A modifier before a noun ("een gedreven collega") can go without breaking the sentence."""
    return (
        _ADJECTIVE[lang].search(text[start:end]) is not None
        and _WORD_AFTER.match(text, end) is not None
    )


_ARTICLE_BEFORE = {
    "nl": re.compile(r"(?:^|\s)(?:een|de|het|echte|goede)\s+$", re.IGNORECASE),
    "en": re.compile(r"(?:^|\s)(?:an?|the|real|true|good)\s+$", re.IGNORECASE),
}
_NEUTRAL_NOUN = {"nl": "collega", "en": "colleague"}
_NEUTRAL_TRAIT = {"nl": "zorgvuldig", "en": "careful"}


def trait_rewrite(
    text: str,
    sentence: tuple[int, int],
    start: int,
    end: int,
    lang: str,
    replacement: str,
    masculine: bool = True,
) -> str:
    """A trait word rewritten: the list's neutral word, or the modifier dropped, or a noun
    after an article replaced by a neutral one ("een echte teamspeler" -> "een echte collega"),
    or a masculine-coded trait replaced by a neutral one ("Je bent zorgvuldig"). A
    feminine-coded word is not wrong: its sentence may stay as it is."""
    if replacement or can_drop(text, start, end, lang):
        return replace_in_sentence(text, sentence, start, end, replacement)
    if _ARTICLE_BEFORE[lang].search(text[sentence[0] : start]):
        return replace_in_sentence(text, sentence, start, end, _NEUTRAL_NOUN[lang])
    if masculine:
        return replace_in_sentence(text, sentence, start, end, _NEUTRAL_TRAIT[lang])
    return replace_in_sentence(text, sentence, start, end, text[start:end])


def suggestions(advice_nl: str, advice_en: str, rewrite: str) -> tuple[str, str]:
    """Advice in both UI languages, each followed by the same rewrite (text's language)."""
    if not rewrite:
        return advice_nl, advice_en
    quoted = f"“{rewrite}”"
    return (
        f"{advice_nl} Bijvoorbeeld: {quoted}".strip(),
        f"{advice_en} For example: {quoted}".strip(),
    )
