"""HR's complaints register (issue 7) with the real services on a temporary database: the
table model, recording and handling through the dialogs (their exec answered in the test),
the reminder on the deviations page, and who sees the page."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt, QThreadPool
from PySide6.QtWidgets import QDialog, QDialogButtonBox

from bewustwerven.core.procedure import Role
from bewustwerven.services.app import App, open_app
from bewustwerven.services.dto import VacancyInput
from bewustwerven.services.privacy import ComplaintRow
from bewustwerven.ui import i18n, nav
from bewustwerven.ui.hr import ComplaintsView, DeviationsView
from bewustwerven.ui.hr import complaint_dialogs as D
from bewustwerven.ui.hr.complaints_model import (
    COMP_CANDIDATE,
    COMP_DUE,
    COMP_LEFT,
    OVERDUE_COLOUR,
    ComplaintsModel,
)
from bewustwerven.ui.member import common
from bewustwerven.ui.shell import MainWindow

SUMMARY = "De kandidaat vindt dat het tweede gesprek anders liep dan bij de anderen."
OUTCOME = "Gesprek gevoerd met de kandidaat; de werkwijze is uitgelegd en op papier gezet."


@pytest.fixture(autouse=True)
def _isolate(tmp_path: Path):  # type: ignore[no-untyped-def]
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "qs"))
    yield
    QThreadPool.globalInstance().waitForDone(5000)
    i18n.install("nl")


@pytest.fixture
def org(tmp_path: Path):  # type: ignore[no-untyped-def]
    app = open_app(str(tmp_path / "t.db"), user="admin")
    app.users.add_unit("WPI", "Werk, Participatie en Inkomen")
    app.users.add("fatima", roles=["hr"], display_name="Fatima", unit_code="WPI")
    app.users.add("kees", roles=["member"], display_name="Kees", unit_code="WPI")
    app.users.add("rita", roles=["recruiter"], display_name="Rita", unit_code="WPI")
    app.users.add("beheer", roles=["admin"], display_name="Beheer", unit_code="WPI")
    yield app
    QThreadPool.globalInstance().waitForDone(5000)
    app.close()


def _procedure(app: App) -> int:
    return app.procedures.create(VacancyInput("Beleidsadviseur armoede", "WPI", 11))


def _today(app: App) -> date:
    return app.privacy.clock().date()


def _answer(monkeypatch, cls, *answers) -> list[QDialog]:  # type: ignore[no-untyped-def]
    """Each exec of ``cls`` takes the next answer: a function that fills the dialog (then it is
    accepted), or None (cancelled). Returns the dialogs that were shown."""
    shown: list[QDialog] = []
    queue = list(answers)

    def fake_exec(self):  # type: ignore[no-untyped-def]
        shown.append(self)
        prepare = queue.pop(0)
        if prepare is None:
            return QDialog.DialogCode.Rejected
        prepare(self)
        assert self.box.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(cls, "exec", fake_exec)
    return shown


def _no_error_dialogs(monkeypatch) -> list[str]:  # type: ignore[no-untyped-def]
    seen: list[str] = []
    monkeypatch.setattr(common, "show_error", lambda _p, exc: seen.append(exc.message("nl")))
    return seen


def _row(**kw: object) -> ComplaintRow:
    base: dict[str, object] = dict(
        id=1,
        procedure_id=7,
        procedure_title="Informatiearchitect",
        candidate=None,
        received_on=date(2026, 1, 1),
        due_on=date(2026, 1, 29),
        status="open",
        handled_on=None,
        summary="Iets",
        outcome=None,
    )
    base.update(kw)
    return ComplaintRow(**base)  # type: ignore[arg-type]


def test_model_says_late_in_words_and_marks_it(qtbot) -> None:  # type: ignore[no-untyped-def]
    model = ComplaintsModel()
    today = date(2026, 2, 1)
    rows = [
        _row(id=1, due_on=date(2026, 1, 29)),
        _row(id=2, due_on=date(2026, 2, 2), candidate="K-7F3A"),
        _row(id=3, due_on=date(2026, 2, 1)),
        _row(id=4, due_on=date(2026, 1, 20), status="handled", handled_on=date(2026, 1, 25)),
        _row(id=5, due_on=date(2026, 2, 20)),
    ]
    model.set_complaints(rows, today)
    texts = [model.index(r, COMP_LEFT).data() for r in range(5)]
    assert texts == [
        "3 dagen te laat",
        "Nog 1 dag",
        "Vandaag de laatste dag",
        "Te laat beantwoord",
        "Nog 19 dagen",
    ]
    late = model.index(0, COMP_LEFT)
    assert late.data(Qt.ItemDataRole.ForegroundRole) == OVERDUE_COLOUR
    assert not late.data(Qt.ItemDataRole.DecorationRole).isNull()
    assert model.index(0, COMP_DUE).data(Qt.ItemDataRole.FontRole).bold()
    assert model.index(1, COMP_LEFT).data(Qt.ItemDataRole.ForegroundRole) is None
    assert model.index(3, COMP_LEFT).data(Qt.ItemDataRole.ForegroundRole) is None  # handled
    assert [model.index(r, COMP_CANDIDATE).data() for r in (0, 1)] == ["—", "K-7F3A"]
    assert model.row_of(4) == 3 and model.row_of(99) == -1


def test_recording_through_the_dialog_stores_the_complaint(qtbot, org, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    pid = _procedure(org)
    hr = org.as_user("fatima")
    today = _today(hr)
    errors = _no_error_dialogs(monkeypatch)
    view = ComplaintsView(hr)
    qtbot.addWidget(view)
    assert view.proxy.rowCount() == 0 and not view.handle_btn.isEnabled()

    def fill(d: D.RecordComplaintDialog) -> None:
        assert d.received.maximumDate().toPython() == today  # not in the future
        ok = d.box.button(QDialogButtonBox.StandardButton.Ok)
        assert not ok.isEnabled()  # no procedure, no summary yet
        d.procedure.setCurrentIndex(d.procedure.findData(pid))
        d.summary.setPlainText("Te kort")
        assert not ok.isEnabled()
        d.received.setDate(d.received.date().addDays(-2))
        d.summary.setPlainText(SUMMARY)

    shown = _answer(monkeypatch, D.RecordComplaintDialog, fill)
    view.record_btn.click()
    assert len(shown) == 1 and errors == []
    [c] = hr.privacy.complaints()
    assert (c.procedure_id, c.summary, c.candidate) == (pid, SUMMARY, None)
    assert c.received_on == today - timedelta(days=2)
    assert c.due_on == c.received_on + timedelta(weeks=4) and c.status == "open"
    assert view.current() == c  # the new complaint is selected and shown
    assert view.summary.text() == SUMMARY and view.handle_btn.isEnabled()


def test_wrong_candidate_code_says_so_and_asks_again(qtbot, org, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    pid = _procedure(org)
    hr = org.as_user("fatima")
    errors = _no_error_dialogs(monkeypatch)
    view = ComplaintsView(hr)
    qtbot.addWidget(view)

    def fill(d: D.RecordComplaintDialog) -> None:
        d.procedure.setCurrentIndex(d.procedure.findData(pid))
        d.candidate.setText("k-zzzz")
        d.summary.setPlainText(SUMMARY)

    shown = _answer(monkeypatch, D.RecordComplaintDialog, fill, None)
    assert view.record() is None
    assert len(shown) == 2 and shown[0] is shown[1]  # the same dialog, input kept
    assert shown[1].summary_text() == SUMMARY and shown[1].pseudonym() == "K-ZZZZ"
    assert errors == ["Kandidaat K-ZZZZ bestaat niet."]
    assert hr.privacy.complaints() == []


def test_reminder_appears_when_due_and_goes_after_handling(qtbot, org, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    pid = _procedure(org)
    hr = org.as_user("fatima")
    today = _today(hr)
    hr.privacy.add_complaint(pid, SUMMARY, received_on=today)  # due in 4 weeks: no reminder
    inbox = DeviationsView(hr)
    qtbot.addWidget(inbox)
    assert not inbox.reminder.isVisibleTo(inbox)

    late = hr.privacy.add_complaint(pid, SUMMARY, received_on=today - timedelta(days=30))
    soon = hr.privacy.add_complaint(pid, SUMMARY, received_on=today - timedelta(days=25))
    inbox.refresh()
    assert inbox.reminder.isVisibleTo(inbox)
    assert (inbox.reminder.due_count, inbox.reminder.late_count) == (2, 1)
    text = inbox.reminder.text.text()
    assert "1 klacht is te laat" in text and "1 klacht moet binnen 7 dagen" in text

    errors = _no_error_dialogs(monkeypatch)
    register = ComplaintsView(hr)
    qtbot.addWidget(register)
    assert register.count.text() == "3 klacht(en). 1 te laat."
    for cid in (late, soon):
        assert register.select(cid)
        assert register.current().id == cid
        shown = _answer(
            monkeypatch, D.HandleComplaintDialog, lambda d: d.outcome.setPlainText(OUTCOME)
        )
        register.handle_btn.click()
        assert len(shown) == 1 and errors == []
    handled = {c.id: c for c in hr.privacy.complaints() if c.status == "handled"}
    assert set(handled) == {late, soon}
    assert handled[late].outcome == OUTCOME and handled[late].handled_on == today
    assert register.proxy.rowCount() == 1  # only open complaints by default
    register.open_only.setChecked(False)
    assert register.proxy.rowCount() == 3
    assert register.select(late) and register.outcome.text() == OUTCOME
    assert not register.handle_btn.isEnabled()
    assert register.reason.text() == "Deze klacht is al afgehandeld."

    inbox.refresh()
    assert not inbox.reminder.isVisibleTo(inbox)


def test_reminder_button_opens_the_complaints_page(qtbot, org) -> None:  # type: ignore[no-untyped-def]
    pid = _procedure(org)
    hr = org.as_user("fatima")
    hr.privacy.add_complaint(pid, SUMMARY, received_on=_today(hr) - timedelta(days=29))
    w = MainWindow(hr)
    qtbot.addWidget(w)
    assert [e.key for e in w.entries] == ["deviations", "complaints", "audit"]
    inbox = w.stack.currentWidget()
    assert isinstance(inbox, DeviationsView) and inbox.reminder.isVisibleTo(inbox)
    inbox.reminder.open_btn.click()
    assert isinstance(w.stack.currentWidget(), ComplaintsView)
    assert w.entries[w.nav.currentRow()].key == "complaints"


def test_reminder_in_english(qtbot, org) -> None:  # type: ignore[no-untyped-def]
    pid = _procedure(org)
    hr = org.as_user("fatima")
    for days in (40, 30, 22):
        hr.privacy.add_complaint(pid, SUMMARY, received_on=_today(hr) - timedelta(days=days))
    i18n.install("en")
    inbox = DeviationsView(hr)
    qtbot.addWidget(inbox)
    assert inbox.reminder.text.text() == (
        "<b>Reminder:</b> 2 complaints are late: the 4-week deadline has passed. "
        "1 complaint must be answered within 7 days."
    )
    assert inbox.reminder.open_btn.text() == "&View complaints"


def test_only_hr_sees_the_complaints_page(qtbot, org) -> None:  # type: ignore[no-untyped-def]
    assert [e.key for e in nav.entries_for({Role.HR}) if e.key == "complaints"] == ["complaints"]
    for login in ("kees", "rita", "beheer"):
        app = org.as_user(login)
        w = MainWindow(app)
        qtbot.addWidget(w)
        assert "complaints" not in {e.key for e in w.entries}, login
        assert w.show_view("complaints") is None


def test_admin_reads_the_register_but_does_not_handle(qtbot, org) -> None:  # type: ignore[no-untyped-def]
    pid = _procedure(org)
    cid = org.as_user("fatima").privacy.add_complaint(pid, SUMMARY)
    view = ComplaintsView(org.as_user("beheer"))
    qtbot.addWidget(view)
    assert view.current().id == cid
    assert not view.handle_btn.isEnabled()
    assert view.reason.text() == "Alleen P&O handelt klachten af."
