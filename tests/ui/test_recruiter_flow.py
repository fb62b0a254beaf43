"""The recruiter's path through the real widgets and services (pytest-qt, offscreen):
create vacancy → text, criteria and questions → committee (live findings) → advance G1 with
warnings confirmed → import a CSV with one bad row (nothing stored, error shown) → fixed file
imported → past the closing date."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QSettings, QThreadPool
from PySide6.QtWidgets import QDialog

from bewustwerven.core.findings import Severity
from bewustwerven.core.procedure import Stage
from bewustwerven.services.app import App, open_app
from bewustwerven.ui.recruiter import ProceduresView
from bewustwerven.ui.recruiter.dialogs import ConfirmWarningsDialog, NewVacancyDialog

TEXT = (
    "Beleidsadviseur armoede\n\nWat ga je doen?\nJe maakt plannen tegen armoede. Je praat met "
    "bewoners.\n\nWat vragen wij?\nJe hebt hbo-niveau. Je schrijft helder.\n\nWat bieden wij?\n"
    "Salarisschaal 10. Je werkt 36 uur per week in Amsterdam.\n\nHoe solliciteer je?\nStuur je "
    "cv en een korte brief via werkenbij.amsterdam.nl. Reageer uiterlijk op de sluitingsdatum.\n"
)
ANCHORS = {1: "geen voorbeeld", 3: "een vaag voorbeeld", 5: "een sterk voorbeeld"}
BAD_CSV = (
    b"Naam;E-mail;Telefoon;Kanaal\n"
    b"Anna de Vries;anna@example.nl;0612345678;werkenbij\n"
    b"Bert Jansen;geen-adres;0687654321;LinkedIn\n"
    b"Chana Pinas;chana@example.nl;0611122233;netwerk\n"
)
GOOD_CSV = BAD_CSV.replace(b"geen-adres", b"bert@example.nl")


@pytest.fixture(autouse=True)
def _qsettings(tmp_path: Path) -> None:
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "qs"))


@pytest.fixture
def app(tmp_path: Path):  # type: ignore[no-untyped-def]
    a = open_app(str(tmp_path / "t.db"), user="admin")
    a.users.add_unit("WPI", "Werk, Participatie en Inkomen")
    a.users.add_unit("ICT", "Informatievoorziening")
    people = [
        ("pieter", ["chair", "member"], "WPI", True, "man"),
        ("kees", ["member"], "WPI", True, "man"),
        ("lotte", ["member"], "ICT", True, "woman"),
        ("nadia", ["member"], "WPI", True, "woman"),
    ]
    for login, roles, unit, trained, gender in people:
        a.users.add(
            login,
            roles=roles,
            display_name=login.title(),
            unit_code=unit,
            trained=trained,
            gender=gender,
        )
    yield a
    QThreadPool.globalInstance().waitForDone(5000)
    a.close()


def wait_checked(qtbot, editor, before: int) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: editor.checks_run > before, timeout=5000)


def test_recruiter_path(qtbot, app: App) -> None:  # type: ignore[no-untyped-def]
    view = ProceduresView(app)
    qtbot.addWidget(view)
    view.resize(1280, 800)
    view.show()
    view.refresh()
    assert view.model.rowCount() == 0

    # create the vacancy through the dialog's values
    dialog = NewVacancyDialog(app.users.units(), view)
    dialog.title.setText("Beleidsadviseur armoede")
    dialog.unit.setCurrentIndex(dialog.unit.findData("WPI"))
    dialog.scale.setValue(10)
    pid = view.create_procedure(dialog)
    assert pid is not None
    page = view.page
    assert view.stack.currentWidget() is page
    assert view.model.rowCount() == 1

    # vacancy text: the live check runs off the GUI thread and fills the findings list
    vac = page.vacancy
    before = vac.text.checks_run
    vac.text.setPlainText("Wij zoeken een jonge, dynamische kandidaat.")
    wait_checked(qtbot, vac.text, before)
    assert vac.findings.model_.rowCount() > 0
    assert any(f.span for f in vac.text.findings)
    assert vac.text.extraSelections(), "findings with a span are highlighted"
    before = vac.text.checks_run
    vac.text.setPlainText(TEXT)
    wait_checked(qtbot, vac.text, before)
    vac.has_closing.setChecked(True)
    vac.closing.setDate(QDate.currentDate())
    assert vac.save()
    assert app.procedures.show(pid).text == TEXT

    # criteria with one question each and anchors at lowest/middle/highest
    crit = page.criteria
    page.tabs.setCurrentWidget(crit)  # tabs load when shown
    page.reload()
    for name in ("Analytisch vermogen", "Samenwerken"):
        crit.add_criterion()
        crit.name.setText(name)
        crit.name.textEdited.emit(name)
        crit.add_question()
        crit.q_text.setPlainText(f"Vertel over {name.lower()}.")
        for i, score in enumerate(range(1, 6)):
            if score in ANCHORS:
                from PySide6.QtWidgets import QTableWidgetItem

                crit.anchors.setItem(i, 0, QTableWidgetItem(ANCHORS[score]))
    assert [c.name for c in crit.inputs()] == ["Analytisch vermogen", "Samenwerken"]
    assert crit.inputs()[1].questions[0].anchors == ANCHORS
    assert crit.save()
    # the profile maximum holds in the editor
    while crit.add_criterion() is not None:
        pass
    assert len(crit.drafts) == crit.max_criteria
    assert not crit.add_button.isEnabled()
    page.reload()
    assert len(crit.drafts) == 2

    # committee: live findings while composing
    com = page.committee
    page.tabs.setCurrentWidget(com)
    com.add_seat("pieter", "chair")
    com.add_seat("kees", "member")
    com.preview()
    codes = {f.code for f in com.findings.model_.findings()}
    assert {"COM-SIZE", "COM-HR"} <= codes
    com.add_seat("lotte", "member")
    com.add_seat("nadia", "hr")
    com.preview()
    live = com.findings.model_.findings()
    assert not [f for f in live if f.severity is Severity.BLOCK]
    assert com.save()

    # the board: G1 has warnings only; advancing asks for confirmation
    page.tabs.setCurrentWidget(page.board)
    page.reload()
    board = page.board
    assert board.report is not None and board.report.gate is not None
    assert not board.report.blocks, [f.code for f in board.report.blocks]
    assert board.report.warnings
    seen: list[QDialog] = []

    def refuse(d: QDialog) -> int:
        seen.append(d)
        return QDialog.DialogCode.Rejected

    board.exec_dialog = refuse
    board.advance()
    assert isinstance(seen[-1], ConfirmWarningsDialog)
    assert app.procedures.show(pid).stage is Stage.CONCEPT  # not confirmed: nothing moved
    board.exec_dialog = lambda d: QDialog.DialogCode.Accepted
    board.advance()
    assert app.procedures.show(pid).stage is Stage.OPEN
    assert board.steps.current is Stage.OPEN
    page.tabs.setCurrentWidget(page.criteria)
    assert not page.criteria.save_button.isEnabled()  # locked now

    # import: one bad row → nothing stored, error shown; fixed → imported
    cands = page.candidates
    page.tabs.setCurrentWidget(cands)
    results: list[object] = []

    def run_import(d: QDialog) -> int:
        d.set_data(BAD_CSV, "sollicitaties.csv")
        qtbot.waitUntil(lambda: d.parsed is not None, timeout=5000)
        results.append(("bad", d.parsed, d.import_button.isEnabled(), d.status.text()))
        assert d.model.error_count() == 1
        d.set_data(GOOD_CSV, "sollicitaties.csv")
        qtbot.waitUntil(lambda: d.parsed is not None and d.parsed.ok, timeout=5000)
        d.start_import()
        qtbot.waitUntil(lambda: d.import_result is not None, timeout=10000)
        return QDialog.DialogCode.Accepted

    cands.exec_dialog = run_import
    cands.open_import()
    _, _parsed, enabled, status = results[0]
    assert not enabled
    assert "geen-adres" in status
    assert cands.model.rowCount() == 3
    pseudonyms = [r.pseudonym for r in cands.model.rows]
    assert all(p.startswith("K-") for p in pseudonyms)
    assert cands.model.columnCount() == 4  # no identity columns unless asked

    # identities only after an explicit, logged confirmation
    cands.confirm = lambda: False
    cands.identity_button.setChecked(True)
    assert not cands.with_identity and cands.model.columnCount() == 4
    cands.confirm = lambda: True
    cands.identity_button.setChecked(True)
    assert cands.model.columnCount() == 7
    assert {r.name for r in cands.model.rows} == {"Anna de Vries", "Bert Jansen", "Chana Pinas"}
    assert any(e.action == "identity.viewed" for e in app.audit.timeline(pid))

    # closing date is today: the recruiter moves on to screening
    board.refresh()
    board.exec_dialog = lambda d: QDialog.DialogCode.Accepted
    board.advance()
    assert app.procedures.show(pid).stage is Stage.SCREENING
    assert date.today() >= app.procedures.show(pid).closing_date  # type: ignore[operator]
    view.show_list()
    assert view.model.rows[0].stage is Stage.SCREENING
    assert view.model.rows[0].candidates == 3

    # restart: the honest alternative, with a reason; back to Concept in a new round
    view.open_procedure(pid)
    board.exec_dialog = lambda d: (d.reason.setPlainText("Criterium bleek onduidelijk"), 1)[1]
    board.restart()
    detail = app.procedures.show(pid)
    assert detail.stage is Stage.CONCEPT and detail.round == 2
    assert "ronde 2" in board.status.text()


def test_blocked_gate_offers_deviation(qtbot, app: App) -> None:  # type: ignore[no-untyped-def]
    view = ProceduresView(app)
    qtbot.addWidget(view)
    dialog = NewVacancyDialog(app.users.units(), view)
    dialog.title.setText("Handhaver")
    pid = view.create_procedure(dialog)
    assert pid is not None
    board = view.page.board
    board.refresh()
    assert board.report is not None and board.report.blocks  # no committee, no criteria
    assert not board.deviation_button.isHidden()
    board.advance()
    assert app.procedures.show(pid).stage is Stage.CONCEPT
    assert "poort is dicht" in board.status.text()

    def fill(d: QDialog) -> int:
        d.justification.setPlainText("kort")
        assert not d.buttons.button(d.buttons.StandardButton.Ok).isEnabled()
        d.justification.setPlainText("De commissie is klein omdat het team maar vier mensen telt.")
        assert d.buttons.button(d.buttons.StandardButton.Ok).isEnabled()
        return QDialog.DialogCode.Accepted

    board.exec_dialog = fill
    board.request_deviation()
    devs = app.deviations.list(procedure_id=pid)
    assert len(devs) == 1 and devs[0].status == "pending"
    assert "aangevraagd" in board.status.text()


def test_restart_needs_a_reason(qtbot, app: App) -> None:  # type: ignore[no-untyped-def]
    from bewustwerven.ui.recruiter.dialogs import RestartDialog

    d = RestartDialog()
    qtbot.addWidget(d)
    ok = d.buttons.button(d.buttons.StandardButton.Ok)
    assert not ok.isEnabled()
    d.reason.setPlainText("Criterium klopt niet meer")
    assert ok.isEnabled()
    assert d.text() == "Criterium klopt niet meer"
