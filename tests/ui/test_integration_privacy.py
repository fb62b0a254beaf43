"""The privacy actions on the recruiter's candidate list, with the real dialogs (their exec
answered in the test) and the real services: self-identification, subject access export,
objection and deletion on request."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelectionModel, QPoint, QSettings, QThreadPool
from PySide6.QtWidgets import QDialog

from bewustwerven.services.errors import StateError
from bewustwerven.ui.privacy import dialogs as D
from bewustwerven.ui.privacy import selfid_dialog as S
from bewustwerven.ui.recruiter import ProceduresView
from bewustwerven.ui.recruiter.candidates import CandidatesWidget

from .integration_org import organisation, procedure_with_candidates


@pytest.fixture(autouse=True)
def _qsettings(tmp_path: Path) -> None:
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "qs"))


@pytest.fixture
def org(tmp_path: Path):  # type: ignore[no-untyped-def]
    app = organisation(tmp_path)
    yield app
    QThreadPool.globalInstance().waitForDone(5000)
    app.close()


def _answer(monkeypatch, cls, prepare) -> None:  # type: ignore[no-untyped-def]
    def fake_exec(self):  # type: ignore[no-untyped-def]
        prepare(self)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(cls, "exec", fake_exec)


def _select(widget: CandidatesWidget, code: str) -> None:
    for r in range(widget.proxy.rowCount()):
        if widget.proxy.index(r, 0).data() == code:
            widget.table.selectionModel().select(
                widget.proxy.index(r, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
            return
    raise AssertionError(code)


def _export(widget, monkeypatch, folder: Path) -> dict:  # type: ignore[no-untyped-def]
    _answer(monkeypatch, D.SubjectAccessDialog, lambda d: d.folder.setText(str(folder)))
    widget.privacy.access.trigger()
    code = widget.selected_pseudonym()
    out = folder / f"inzage-{code}"
    assert (out / f"{code}.pdf").read_bytes().startswith(b"%PDF")
    assert str(out) in widget.status.text()
    return json.loads((out / f"{code}.json").read_text(encoding="utf-8"))


def test_recruiter_records_exports_objects_and_deletes(qtbot, org, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    pid, codes = procedure_with_candidates(org)
    rita = org.as_user("rita")
    view = ProceduresView(rita)
    qtbot.addWidget(view)
    view.resize(1280, 800)
    view.show()
    view.refresh()
    view.open_procedure(pid)
    page = view.page
    page.tabs.setCurrentWidget(page.candidates)
    w = page.candidates
    assert [b.isVisibleTo(w) for b in w.privacy.buttons] == [True] * 4
    assert not any(b.isEnabled() for b in w.privacy.buttons)  # nothing selected yet
    code = codes[0]
    _select(w, code)
    assert w.selected_pseudonym() == code
    assert all(b.isEnabled() for b in w.privacy.buttons)
    menu = w.privacy.show_menu(w.table.viewport(), QPoint(5, 5))
    assert menu is not None and len(menu.actions()) == 4
    menu.close()

    # self-identification through the form
    def fill(d: S.SelfIdentificationDialog) -> None:
        d.set_values({"country_own": "NL", "country_mother": "SR", "birth_year": 1994})

    _answer(monkeypatch, S.SelfIdentificationDialog, fill)
    w.privacy.selfid.trigger()
    assert code in w.status.text()
    _select(w, code)  # the list was reloaded
    data = _export(w, monkeypatch, tmp_path / "a")
    answers = data["self_identification"]["answers"]
    assert answers["country_mother"]["value"] == "SR" and answers["birth_year"]["value"] == 1994
    assert data["identity"]["name"]  # still known

    # objection: the self-identification goes, and cannot be recorded again
    _answer(monkeypatch, D.ObjectionDialog, lambda d: None)
    _select(w, code)
    w.privacy.objection.trigger()
    assert "Bezwaar" in w.status.text()
    _select(w, code)
    data = _export(w, monkeypatch, tmp_path / "b")
    assert data["self_identification"] is None and len(data["objections"]) == 1
    with pytest.raises(StateError):
        rita.candidates.set_self_identification(pid, code, {"country_own": "NL"})

    # deletion on request: identity gone, pseudonym stays
    def confirm(d: D.DeleteOnRequestDialog) -> None:
        d.reason.setPlainText("Verzoek per e-mail van de kandidaat")
        d.confirm.setText(code)

    _answer(monkeypatch, D.DeleteOnRequestDialog, confirm)
    _select(w, code)
    w.privacy.delete.trigger()
    assert "verwijderd" in w.status.text()
    _select(w, code)
    data = _export(w, monkeypatch, tmp_path / "c")
    assert data["identity"]["name"] is None and data["candidate"]["identity_deleted_at"]
    actions = {e.action for e in rita.audit.timeline(pid)}
    assert {"selfid.recorded", "selfid.objection", "subject_access.exported"} <= actions


def test_hr_gets_access_objection_and_deletion_but_not_the_form(qtbot, org) -> None:  # type: ignore[no-untyped-def]
    pid, codes = procedure_with_candidates(org)
    hanna = org.as_user("hanna")
    w = CandidatesWidget(hanna)
    qtbot.addWidget(w)
    w.set_procedure(pid, hanna.procedures.show(pid).stage, owner="rita")
    assert not w.privacy.selfid.isVisible()
    assert [a.isVisible() for a in w.privacy.actions[1:]] == [True, True, True]
    _select(w, codes[1])
    menu = w.privacy.show_menu(w.table.viewport(), QPoint(5, 5))
    assert menu is not None and len(menu.actions()) == 3
    menu.close()


def test_cancelled_dialogs_change_nothing(qtbot, org, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    pid, codes = procedure_with_candidates(org)
    rita = org.as_user("rita")
    w = CandidatesWidget(rita)
    qtbot.addWidget(w)
    w.set_procedure(pid, rita.procedures.show(pid).stage, owner="rita")
    _select(w, codes[2])
    monkeypatch.setattr(D.DeleteOnRequestDialog, "exec", lambda self: QDialog.DialogCode.Rejected)
    w.privacy.delete.trigger()
    assert w.status.text() == ""
    export = rita.privacy.subject_access(codes[2])
    assert export.data["identity"]["name"]
