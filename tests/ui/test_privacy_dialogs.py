"""Privacy dialogs with real widgets (offscreen) and real services on a temporary database."""

from __future__ import annotations

import json
from datetime import date, timedelta

import pytest
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QWidget

from bewustwerven.services.app import open_app
from bewustwerven.services.dto import VacancyInput
from bewustwerven.services.privacy import PrivacyService
from bewustwerven.ui.privacy import (
    DeleteOnRequestDialog,
    SelfIdentificationDialog,
    ask_delete_on_request,
    ask_objection,
    ask_self_identification,
    ask_subject_access,
)
from bewustwerven.ui.privacy import dialogs as D
from bewustwerven.ui.privacy import selfid_dialog as S

CSV = "Naam;E-mail;Geboorteland;Motivatie\nAnna Yılmaz;anna@example.nl;TR;Graag.\n"


@pytest.fixture
def world(tmp_path):
    app = open_app(str(tmp_path / "ui.db"), user="admin")
    app.users.add_unit("PO", "P&O")
    app.users.add("rita", roles=["recruiter"], unit_code="PO", trained=True)
    app.users.add("hanna", roles=["hr"], unit_code="PO", trained=True)
    app.users.add("adam", roles=["admin"], unit_code="PO")
    rita = app.as_user("rita")
    pid = rita.procedures.create(VacancyInput("Adviseur", "PO", 9, 36, "Amsterdam", "tekst",
                                              date.today() + timedelta(days=9)))
    rita.procedures.advance(pid, acknowledge_warnings=True)
    code = rita.candidates.import_csv(pid, CSV.encode()).pseudonyms[0]
    yield app, pid, code
    app.close()


def _accept_with(monkeypatch, cls, prepare):
    def fake_exec(self):
        prepare(self)
        return QDialog.DialogCode.Accepted
    monkeypatch.setattr(cls, "exec", fake_exec)


def test_selfid_form_defaults_to_rather_not_say_and_lists_dutch_countries(qtbot):
    dialog = SelfIdentificationDialog("K-TEST")
    qtbot.addWidget(dialog)
    assert dialog.values() == {f: None for f in ("country_own", "country_mother",
                                                 "country_father", "gender", "birth_year",
                                                 "disability")}
    box = dialog.countries["country_mother"]
    assert box.itemText(0) == "Zeg ik liever niet"
    names = [box.itemText(i) for i in range(box.count())]
    assert "Marokko" in names and "Turkije" in names and "Nederland" in names
    texts = " ".join(w.text() for w in dialog.findChildren(QLabel)).lower()
    assert "etni" not in texts and "ethni" not in texts
    assert "2024-1" in texts  # the consent version is shown
    dialog.set_values({"country_own": "MA", "gender": "non-binair", "birth_year": 1990,
                       "disability": "nee"})
    assert dialog.values() == {"country_own": "MA", "country_mother": None,
                               "country_father": None, "gender": "non-binair",
                               "birth_year": 1990, "disability": "nee"}
    dialog.gender_rather_not.setChecked(True)
    assert dialog.values()["gender"] is None


def test_delete_needs_a_reason_and_the_code_typed(qtbot):
    dialog = DeleteOnRequestDialog("K-AB12")
    qtbot.addWidget(dialog)
    ok = dialog.box.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()
    dialog.reason.setPlainText("Verzoek per brief van 3 maart")
    assert not ok.isEnabled()
    dialog.confirm.setText("k-ab12")
    assert ok.isEnabled()


def test_entry_points_call_the_services(qtbot, world, monkeypatch, tmp_path):
    app, pid, code = world
    rita = app.as_user("rita")
    host = QWidget()
    qtbot.addWidget(host)

    def fill(d):
        d.countries["country_father"].setCurrentIndex(d.countries["country_father"].findData("MA"))
        d.retention.setChecked(True)

    _accept_with(monkeypatch, S.SelfIdentificationDialog, fill)
    assert ask_self_identification(host, rita.candidates, pid, code)
    privacy = PrivacyService(app.db, app.as_user("hanna").actor)

    _accept_with(monkeypatch, D.SubjectAccessDialog, lambda d: d.folder.setText(str(tmp_path)))
    folder = ask_subject_access(host, privacy, code)
    data = json.loads((folder / f"{code}.json").read_text())
    answers = data["self_identification"]["answers"]
    assert answers["country_father"]["value"] == "MA" and answers["country_own"]["value"] is None
    assert data["self_identification"]["retention_consent"] is True

    _accept_with(monkeypatch, D.ObjectionDialog, lambda d: None)
    result = ask_objection(host, privacy, code)
    assert result is not None and result.parts
    assert privacy.subject_access(code).data["self_identification"] is None

    shown = []
    monkeypatch.setattr("bewustwerven.ui.privacy.actions.show_error",
                        lambda parent, exc: shown.append(exc))
    adam = PrivacyService(app.db, app.as_user("adam").actor)  # an admin may not delete
    _accept_with(monkeypatch, D.DeleteOnRequestDialog,
                 lambda d: d.reason.setPlainText("Verzoek per brief van 3 maart"))
    assert ask_delete_on_request(host, adam, code) is None and shown
    result = ask_delete_on_request(host, privacy, code)
    assert result is not None
    assert rita.candidates.list(pid, with_identity=True)[0].name is None
    assert app.audit.verify().ok
