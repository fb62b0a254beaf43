"""Admin view: users and roles, units, policy profile import, database connection."""

from __future__ import annotations

from pathlib import Path

import keyring
import pytest
from keyring.backends import fail
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox

from bewustwerven.core.policy import load_default_profile
from bewustwerven.services.app import open_app
from bewustwerven.ui import settings as st
from bewustwerven.ui.admin import AdminView
from bewustwerven.ui.admin.database import (
    KEYRING_SERVICE,
    connection_url,
    save_connection,
    strip_password,
)
from bewustwerven.ui.admin.profile import profile_rows


@pytest.fixture(autouse=True)
def _qs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "qs"))
    for name in ("information", "warning"):
        monkeypatch.setattr(QMessageBox, name, lambda *a, **k: QMessageBox.StandardButton.Ok)
    for module in ("profile", "users"):
        monkeypatch.setattr(
            f"bewustwerven.ui.admin.{module}.show_error", lambda _p, exc: SHOWN.append(exc)
        )


SHOWN: list[BaseException] = []


@pytest.fixture
def view(qtbot, tmp_path: Path):  # type: ignore[no-untyped-def]
    app = open_app(str(tmp_path / "t.db"), user="admin")
    v = AdminView(app)
    qtbot.addWidget(v)
    v.refresh()
    yield v
    app.close()


def test_add_unit_user_and_change_roles(view) -> None:  # type: ignore[no-untyped-def]
    units = view.units
    units.code.setText("WPI")
    units.name.setText("Werk en Inkomen")
    units.add_unit()
    assert units.model.rowCount() == 1
    users = view.users
    users.refresh()
    users.login.setText("kees")
    users.name.setText("Kees")
    users.unit.setCurrentIndex(users.unit.findData("WPI"))
    users.new_role.setCurrentIndex(users.new_role.findData("member"))
    users.add_user()
    row = [u.login for u in users.model.rows].index("kees")
    assert users.model.rows[row].unit == "WPI"
    users.table.selectRow(row)
    assert users.role_boxes[next(r for r in users.role_boxes if r.value == "member")].isChecked()
    for r, box in users.role_boxes.items():
        box.setChecked(r.value in ("member", "chair"))
    users.apply_roles()
    kees = next(u for u in view.app.users.list() if u.login == "kees")
    assert set(kees.roles) == {"member", "chair"}


def test_profile_values_with_sources_and_import(view) -> None:  # type: ignore[no-untyped-def]
    profile = load_default_profile()
    rows = profile_rows(profile)
    assert ("CRIT-MAX", "max_criteria", "5", profile.rule("CRIT-MAX").source) in rows
    tab = view.profile
    tab.refresh()
    assert tab.model.rowCount() == len(rows)
    assert not tab.import_text(profile.raw_toml)  # same version: refused, nothing changes
    assert "niet nieuwer" in SHOWN[-1].message("nl")  # type: ignore[attr-defined]
    newer = profile.raw_toml.replace("version = 1", "version = 2", 1)
    assert tab.import_text(newer)
    assert view.app.profiles.current().version == 2
    assert "versie 2" in tab.title.text()
    assert not tab.import_text("[profile]\nname = 'x'")


def test_database_password_goes_to_the_keyring_only(view) -> None:  # type: ignore[no-untyped-def]
    url = "postgresql+psycopg://bw:geheim@db.example.nl:5432/bewustwerven"
    assert strip_password(url) == (
        "postgresql+psycopg://bw@db.example.nl:5432/bewustwerven",
        "geheim",
    )
    assert save_connection(url, "")
    assert st.database() == "postgresql+psycopg://bw@db.example.nl:5432/bewustwerven"
    assert "geheim" not in Path(st.settings().fileName()).read_text(encoding="utf-8")
    assert keyring.get_password(KEYRING_SERVICE, st.database()) == "geheim"
    assert connection_url() == url
    tab = view.database
    tab.sqlite.setChecked(True)
    tab.path.setText("/tmp/x.db")
    tab.save()
    assert connection_url() == "/tmp/x.db"


def test_without_keyring_we_say_so(view, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        tab = view.database
        tab.refresh()
        assert "geen sleutelbos" in tab.keyring_note.text()
        assert not save_connection("postgresql+psycopg://bw@h/db", "geheim")
    finally:
        keyring.set_keyring(previous)
