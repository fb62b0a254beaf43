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

Qt's own texts (the standard Close/Cancel/OK buttons, QFileDialog, QMessageBox, the context
menu of a text field) come from Qt's catalogue ``qtbase_<lang>.qm``, which PySide6 ships in
its translations folder (``QLibraryInfo.path(TranslationsPath)``; ``build.spec`` copies the
Dutch and English ones into the bundle). It is installed next to ours.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

LANGUAGES = ("nl", "en")
LANGUAGE_NAMES = {"nl": "Nederlands", "en": "English"}
log = logging.getLogger(__name__)

_state: dict[str, object] = {"lang": "nl", "translator": None, "qt_translator": None}


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


def qt_translation_dirs() -> list[Path]:
    """Where Qt's own ``qtbase_*.qm`` may be: Qt's translations path, else PySide6's folder
    (in the PyInstaller bundle the two are the same ``PySide6/Qt/translations``)."""
    import sys

    dirs = [Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))]
    import PySide6

    dirs.append(Path(PySide6.__file__).resolve().parent / "Qt" / "translations")
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        dirs.append(Path(bundle) / "PySide6" / "Qt" / "translations")
    return dirs


def _install_qt_translator(app: QCoreApplication, lang: str) -> None:
    old = _state.get("qt_translator")
    if isinstance(old, QTranslator):
        app.removeTranslator(old)
        _state["qt_translator"] = None
    translator = QTranslator(app)
    for folder in qt_translation_dirs():
        if translator.load(f"qtbase_{lang}", str(folder)):
            app.installTranslator(translator)
            _state["qt_translator"] = translator
            return
    if lang != "en":  # English is Qt's source language: nothing is lost without it
        log.warning("Qt's own translation qtbase_%s was not found; its buttons stay English", lang)


def install(lang: str) -> str:
    """Install the translator for ``lang`` ("nl", "en" or "" for the system's). Returns it."""
    lang = lang if lang in LANGUAGES else system_language()
    app = QCoreApplication.instance()
    old = _state.get("translator")
    if app is not None and isinstance(old, QTranslator):
        app.removeTranslator(old)
        _state["translator"] = None
    if app is not None:
        _install_qt_translator(app, lang)
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
