"""Persistent settings (QSettings): language, theme, window geometry, the database connection.

The database password is never stored here: it lives in the operating system's keyring
(see :mod:`bewustwerven.ui.admin.database`).
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings

ORG, APP = "Gemeente Amsterdam", "BewustWerven"


def settings() -> QSettings:
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORG, APP)


def language() -> str:
    """The chosen language, or "" for the system's language."""
    return str(settings().value("ui/language", "", type=str))


def set_language(lang: str) -> None:
    settings().setValue("ui/language", lang)


def theme() -> str:
    """The chosen look ("amsterdam" or "neutral"); the City's own by default."""
    return str(settings().value("ui/theme", "amsterdam", type=str)) or "amsterdam"


def set_theme(name: str) -> None:
    settings().setValue("ui/theme", name)


def geometry(name: str) -> QByteArray | None:
    value = settings().value(f"geometry/{name}")
    return value if isinstance(value, QByteArray) else None


def set_geometry(name: str, value: QByteArray) -> None:
    settings().setValue(f"geometry/{name}", value)


def database() -> str:
    """The saved connection (a SQLite path or a PostgreSQL URL without password), or ""."""
    return str(settings().value("database/url", "", type=str))


def set_database(url: str) -> None:
    settings().setValue("database/url", url)
