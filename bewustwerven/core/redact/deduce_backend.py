"""Adapter over ``deduce`` (Dutch de-identification, offline).

deduce builds its lookup structures on first use (about a minute) and caches them as a
pickle. :func:`warm_up` does that ahead of time, at install or in CI. Loading the
cache still takes a few seconds, so the loaded instance is kept for the process.
"""

from __future__ import annotations

import importlib.util
import logging
import os
import re
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from bewustwerven.core.redact.model import PiiCategory, Span, make_span
from bewustwerven.core.redact.namelists import PARTICLES, STOPWORDS, is_known_name

_LOG = logging.getLogger(__name__)
_SRC = "deduce"
CACHE_ENV = "BEWUSTWERVEN_DEDUCE_CACHE"
_lock = threading.Lock()
_instance: Any = None

_TITLE = re.compile(
    r"(?i)^(?:(?:dhr|mevr|mw|mej|mr|mrs|ms|dr|drs|ir|ing|prof|ds)\.?|de heer|mevrouw|meneer|"
    r"heer)\s+"
)
_POSTCODE = re.compile(r"[1-9]\d{3}\s?[A-Z]{2}(?![\w-])")


def available() -> bool:
    """True when deduce is installed."""
    return importlib.util.find_spec("deduce") is not None


def cache_dir() -> Path | None:
    """Where deduce keeps its lookup cache: ``$BEWUSTWERVEN_DEDUCE_CACHE`` or the package."""
    env = os.environ.get(CACHE_ENV)
    if env:
        return Path(env)
    spec = importlib.util.find_spec("deduce")
    if spec is None or spec.origin is None:
        return None
    return Path(spec.origin).parent / "data" / "lookup"


def warm_up() -> Path | None:
    """Build (or load) deduce's lookup cache now; return the cache folder.

    Returns ``None`` when deduce is not installed.
    """
    if _load() is None:
        return None
    return cache_dir()


def _load() -> Any:
    global _instance
    if not available():
        return None
    with _lock:
        if _instance is None:
            _instance = _build()
    return _instance


def _build() -> Any:
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    # deduce calls logging.basicConfig(stream=sys.stdout, level=DEBUG) at import time,
    # which would print to our stdout. Undo that side effect.
    import deduce

    for handler in root.handlers[:]:
        if handler not in handlers:
            root.removeHandler(handler)
    root.setLevel(level)
    kwargs: dict[str, Any] = {}
    env = os.environ.get(CACHE_ENV)
    if env:
        kwargs["cache_path"] = Path(env)
    _LOG.info("loading deduce lookup structures")
    return deduce.Deduce(**kwargs)


def find_deduce(text: str) -> Iterator[Span]:
    """Yield suggestions from deduce, mapped onto our categories."""
    engine = _load()
    if engine is None or not text.strip():
        return
    doc = engine.deidentify(text)
    for ann in doc.annotations:
        yield from _map(text, int(ann.start_char), int(ann.end_char), str(ann.tag))


def _map(text: str, start: int, end: int, tag: str) -> Iterator[Span]:
    piece = text[start:end]
    if tag in {"persoon", "patient"} or "naam" in tag or "initia" in tag:
        m = _TITLE.match(piece)
        if m:
            start += m.end()
        span = make_span(text, start, end, PiiCategory.NAME, _SRC)
        if span and _plausible_name(span.text):
            yield span
    elif tag == "locatie" or "straat" in tag or "huisnummer" in tag:
        pc = _POSTCODE.search(piece)
        if pc:
            for s, e, cat in (
                (start + pc.start(), start + pc.end(), PiiCategory.POSTCODE),
                (start + pc.end(), end, PiiCategory.ADDRESS),
            ):
                span = make_span(text, s, e, cat, _SRC)
                if span:
                    yield span
        elif any(ch.isdigit() for ch in piece):
            span = make_span(text, start, end, PiiCategory.ADDRESS, _SRC)
            if span:
                yield span
        # A bare place name is not personal data on its own (it is often an employer).
    else:
        category = _TAGS.get(tag)
        if category is not None:
            span = make_span(text, start, end, category, _SRC)
            if span:
                yield span


def _plausible_name(name: str) -> bool:
    """Reject deduce names that hold an organisation or heading word ("Talen",
    "Universiteit van Amsterdam") or that are only a particle and a place."""
    words = [w for w in re.split(r"[\s.]+", name) if w]
    content = [w for w in words if w.lower() not in PARTICLES]
    if not content or any(w.lower() in STOPWORDS for w in content):
        return False
    return not (len(content) == 1 and words[0].lower() in PARTICLES and content[0][:1].isupper()
                and not is_known_name(content[0]))


_TAGS: dict[str, PiiCategory] = {
    "datum": PiiCategory.DATE,
    "leeftijd": PiiCategory.AGE,
    "telefoonnummer": PiiCategory.PHONE,
    "emailadres": PiiCategory.EMAIL,
    "url": PiiCategory.URL,
}
