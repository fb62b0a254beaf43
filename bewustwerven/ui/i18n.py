"""Languages: Dutch source strings, English translations from Qt Linguist files.

The Dutch text in the code is the source; ``resources/translations/bewustwerven_en.ts`` holds
the English translations and ``bewustwerven_en.qm`` is its compiled form, loaded at start-up
from ``importlib.resources`` (works from a checkout, a wheel and the PyInstaller bundle).

Both tools ship with PySide6-Essentials 6.12 (``.venv/bin/pyside6-lupdate`` and
``.venv/bin/pyside6-lrelease``). Update the strings and compile, from the repository root::

    .venv/bin/pyside6-lupdate -extensions py -no-obsolete bewustwerven/ui \\
        -ts resources/translations/bewustwerven_en.ts
    # fill in the English (Qt Linguist: .venv/bin/pyside6-linguist, or edit the XML),
    # remove type="unfinished" once translated, then:
    .venv/bin/pyside6-lrelease resources/translations/bewustwerven_en.ts \\
        -qm resources/translations/bewustwerven_en.qm

``tests/ui/test_translations.py`` fails when a visible string bypasses ``tr()`` or when an
English entry is empty or unfinished.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

LANGUAGES = ("nl", "en")
LANGUAGE_NAMES = {"nl": "Nederlands", "en": "English"}
log = logging.getLogger(__name__)

_state: dict[str, object] = {"lang": "nl", "translator": None}


def system_language() -> str:
    """The system's language if we have it, else Dutch."""
    name = QLocale.system().name().split("_")[0].lower()
    return name if name in LANGUAGES else "nl"


def current_language() -> str:
    """ "nl" or "en": which language the services' bilingual messages should use."""
    return str(_state["lang"])


def qm_bytes(lang: str) -> bytes | None:
    if lang == "nl":
        return None
    from importlib import resources  # here: only English needs it (4 ms of start-up)

    ref = resources.files("bewustwerven.resources").joinpath(
        "translations", f"bewustwerven_{lang}.qm"
    )
    try:
        return ref.read_bytes()
    except (FileNotFoundError, OSError):
        return None


def install(lang: str) -> str:
    """Install the translator for ``lang`` ("nl", "en" or "" for the system's). Returns it."""
    lang = lang if lang in LANGUAGES else system_language()
    app = QCoreApplication.instance()
    old = _state.get("translator")
    if app is not None and isinstance(old, QTranslator):
        app.removeTranslator(old)
        _state["translator"] = None
    data = qm_bytes(lang)
    if app is not None and data is not None:
        translator = QTranslator(app)
        # QTranslator.load(bytes) keeps a pointer to the data: keep the bytes alive with it.
        if translator.load(data):
            app.installTranslator(translator)
            _state["translator"] = translator
            _state["data"] = data
        else:
            log.warning("translation %s could not be loaded", lang)
    elif data is None and lang != "nl":
        log.warning("no compiled translation for %s; the texts stay Dutch", lang)
    _state["lang"] = lang
    return lang


def tr(context: str, text: str) -> str:
    """Translate outside a QObject (lupdate picks up ``QCoreApplication.translate`` too)."""
    return QCoreApplication.translate(context, text)
