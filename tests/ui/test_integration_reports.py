"""The audit view's export buttons: dossier and organisation report through the reporting
service, in the background, ending with the printed audit head hash; errors shown."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt, QThreadPool
from PySide6.QtWidgets import QDialog

from bewustwerven.services.errors import InvalidInput
from bewustwerven.ui import errors
from bewustwerven.ui.hr.audit import AuditView
from bewustwerven.ui.hr.exports import PeriodDialog

from .integration_org import organisation, procedure_with_candidates


@pytest.fixture
def org(tmp_path: Path):  # type: ignore[no-untyped-def]
    app = organisation(tmp_path)
    yield app
    QThreadPool.globalInstance().waitForDone(10000)
    app.close()


def _view(qtbot, app) -> AuditView:  # type: ignore[no-untyped-def]
    view = AuditView(app)
    qtbot.addWidget(view)
    view.resize(1280, 800)
    qtbot.waitUntil(lambda: view.verify_op is not None and view.verify_op.finished, timeout=10000)
    messages: list[tuple[str, str]] = []
    view.exports.inform = lambda title, text: messages.append((title, text))
    view.messages = messages  # type: ignore[attr-defined]
    return view


def test_dossier_export_writes_the_file_and_names_the_head_hash(qtbot, org, tmp_path) -> None:  # type: ignore[no-untyped-def]
    pid, _codes = procedure_with_candidates(org)
    hanna = org.as_user("hanna")
    view = _view(qtbot, hanna)
    assert view.select_procedure(pid)
    target = tmp_path / "dossier.pdf"
    asked: list[str] = []
    view.exports.choose_path = lambda title, suggested: (asked.append(suggested), str(target))[1]
    view.export_dossier.click()
    op = view.exports.op
    assert op is not None
    qtbot.waitUntil(lambda: op.finished, timeout=30000)
    result = view.exports.result
    assert result is not None and result.path == target and result.format == "pdf"
    assert target.read_bytes().startswith(b"%PDF")
    assert asked and asked[0].endswith(f"dossier-procedure-{pid}.pdf")
    assert result.head_hash and len(result.head_hash) >= 16
    _title, text = view.messages[-1]
    assert result.head_hash in text and str(target) in text
    assert result.head_hash in view.export_note.text()
    logged = [e for e in hanna.audit.timeline(pid) if e.action == "report.exported"]
    assert logged, "the export is logged in the trail"


def test_organisation_export_asks_a_period_and_writes_xlsx(qtbot, org, tmp_path) -> None:  # type: ignore[no-untyped-def]
    procedure_with_candidates(org)
    view = _view(qtbot, org.as_user("hanna"))
    assert view.export_org.isVisibleTo(view)
    target = tmp_path / "org.xlsx"

    def answer(d: PeriodDialog) -> int:
        d.start.setDate(QDate.currentDate().addDays(-30))
        d.end.setDate(QDate.currentDate())
        d.units.item(0).setCheckState(Qt.CheckState.Checked)
        return QDialog.DialogCode.Accepted

    view.exports.choose_period = answer
    view.exports.choose_path = lambda _t, _s: str(target)
    view.export_org.click()
    op = view.exports.op
    assert op is not None
    qtbot.waitUntil(lambda: op.finished, timeout=60000)
    assert view.exports.result is not None and view.exports.result.format == "xlsx"
    assert target.read_bytes()[:2] == b"PK"  # a zip: an Excel workbook
    assert view.exports.result.head_hash in view.messages[-1][1]


def test_period_dialog_refuses_an_end_before_the_start(qtbot) -> None:  # type: ignore[no-untyped-def]
    d = PeriodDialog([("WPI", "Werk"), ("ICT", "Informatie")])
    qtbot.addWidget(d)
    ok = d.box.button(d.box.StandardButton.Ok)
    d.start.setDate(QDate(2026, 5, 1))
    d.end.setDate(QDate(2026, 4, 1))
    assert not ok.isEnabled() and d.problem.text()
    d.end.setDate(QDate(2026, 6, 30))
    assert ok.isEnabled()
    d.units.item(1).setCheckState(Qt.CheckState.Checked)
    assert d.period() == (date(2026, 5, 1), date(2026, 6, 30))
    assert d.chosen_units() == ["ICT"]


def test_a_wrong_extension_is_shown_as_a_known_error(qtbot, org, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    pid, _codes = procedure_with_candidates(org)
    view = _view(qtbot, org.as_user("hanna"))
    view.select_procedure(pid)
    shown: list[BaseException] = []
    monkeypatch.setattr(errors, "show_error", lambda _parent, exc: shown.append(exc))
    view.exports.choose_path = lambda _t, _s: str(tmp_path / "dossier.txt")
    view.export_dossier.click()
    op = view.exports.op
    assert op is not None
    qtbot.waitUntil(lambda: op.finished, timeout=30000)
    assert len(shown) == 1 and isinstance(shown[0], InvalidInput)
    assert view.exports.result is None and not view.messages
    assert not (tmp_path / "dossier.txt").exists()
