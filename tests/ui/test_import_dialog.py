"""The recruiter's import preview (issue 17): unused columns, a missing contact column,
probable duplicates with a choice to skip or import them; real buttons, Dutch and English."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from sqlalchemy import func, select

from bewustwerven.core.procedure import Stage
from bewustwerven.services.app import App, open_app
from bewustwerven.store.models import Candidate
from bewustwerven.ui import i18n
from bewustwerven.ui.recruiter.import_dialog import ImportDialog
from tests.services.conftest import PEOPLE, make_procedure

FIRST = b"Naam;E-mail;Telefoon;Lievelingskleur\nAnna de Vries;anna@example.nl;0612345678;blauw\n"
SECOND = (
    b"Naam;E-mail;Telefoon;Lievelingskleur\n"
    b"Anna de Vries;anna@example.nl;0612345678;rood\n"  # already in the procedure
    b"Bert Jansen;bert@example.nl;0687654321;groen\n"
    b"Bert Jansen;bert@example.nl;0687654321;groen \n"  # twice in the file
)
NO_CONTACT = b"Naam;Motivatie\nChana Pinas;Graag!\n"


@pytest.fixture
def world(tmp_path: Path):  # type: ignore[no-untyped-def]
    app = open_app(str(tmp_path / "t.db"), user="admin")
    for code in ("PO", "WPI", "ICT", "VTH"):
        app.users.add_unit(code, code)
    for login, roles, unit, trained, *_ in PEOPLE:
        app.users.add(login, roles=roles, unit_code=unit, trained=trained)
    pid = make_procedure(app)
    rita = app.as_user("rita")
    assert rita.procedures.advance(pid, acknowledge_warnings=True).stage is Stage.OPEN
    assert rita.candidates.import_csv(pid, FIRST).imported == 1
    yield rita, pid
    app.close()


def _count(app: App) -> int:
    with app.db.read() as s:
        return int(s.execute(select(func.count(Candidate.id))).scalar_one())


def _load(qtbot, d: ImportDialog, data: bytes) -> None:  # type: ignore[no-untyped-def]
    d.parsed = None
    d.set_data(data, "sollicitaties.csv")
    qtbot.waitUntil(lambda: d.parsed is not None, timeout=10000)


def test_preview_shows_unused_columns_and_duplicates_and_skips_them(qtbot, world, tmp_path):  # type: ignore[no-untyped-def]
    rita, pid = world
    d = ImportDialog(rita, pid)
    qtbot.addWidget(d)
    d.show()
    _load(qtbot, d, SECOND)
    assert "Lievelingskleur" in d.unused_label.text()
    assert d.contact_label.isHidden()
    assert d.dup_box.isVisible()
    text = d.dup_label.text()
    assert "2 waarschijnlijk dubbel" in text and "regel 2 lijkt op kandidaat K-" in text
    assert "regel 4 lijkt op regel 3" in text
    assert d.skip_radio.isChecked()
    d.grab().save(str(tmp_path / "import_nl.png"))
    qtbot.mouseClick(d.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: d.import_result is not None, timeout=10000)
    assert d.import_result.imported == 1 and d.import_result.skipped == (2, 4)
    assert _count(rita) == 2


def test_choosing_import_keeps_the_duplicates(qtbot, world):  # type: ignore[no-untyped-def]
    rita, pid = world
    d = ImportDialog(rita, pid)
    qtbot.addWidget(d)
    d.show()
    _load(qtbot, d, SECOND)
    radio = d.keep_radio  # click on its round indicator, at the left
    qtbot.mouseClick(radio, Qt.MouseButton.LeftButton, pos=QPoint(6, radio.height() // 2))
    assert d.keep_radio.isChecked() and not d.skip_radio.isChecked()
    qtbot.mouseClick(d.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: d.import_result is not None, timeout=10000)
    assert d.import_result.imported == 3 and _count(rita) == 4


def test_no_contact_column_is_a_warning_in_both_languages(qtbot, world, tmp_path):  # type: ignore[no-untyped-def]
    rita, pid = world
    d = ImportDialog(rita, pid)
    qtbot.addWidget(d)
    d.show()
    _load(qtbot, d, NO_CONTACT)
    assert d.contact_label.isVisible() and "e-mailadres of telefoonnummer" in d.contact_label.text()
    assert d.import_button.isEnabled()  # a warning, not a block
    try:
        i18n.install("en")
        e = ImportDialog(rita, pid)
        qtbot.addWidget(e)
        e.show()
        _load(qtbot, e, SECOND)
        e.grab().save(str(tmp_path / "import_en.png"))
        _load(qtbot, e, NO_CONTACT)
        assert e.contact_label.isVisible()
        e.grab().save(str(tmp_path / "import_en_nocontact.png"))
    finally:
        i18n.install("nl")
