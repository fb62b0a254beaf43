"""The shell: start-up (smoke and screenshots through the CLI), navigation by role, status
bar, settings, the ops helper, the error dialogs and the log file."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QThreadPool, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from bewustwerven.cli import main
from bewustwerven.services.app import open_app
from bewustwerven.services.dto import VacancyInput
from bewustwerven.services.errors import InvalidInput
from bewustwerven.ui import i18n, nav
from bewustwerven.ui import settings as st
from bewustwerven.ui.errors import CrashDialog, excepthook, install_excepthook, show_error
from bewustwerven.ui.logging_setup import log_file, remove_logging, setup_logging
from bewustwerven.ui.ops import run_op
from bewustwerven.ui.shell import MainWindow, describe_database


@pytest.fixture(autouse=True)
def _isolate(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "qs"))
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    yield
    QThreadPool.globalInstance().waitForDone(5000)
    remove_logging()
    i18n.install("nl")


@pytest.fixture
def db(tmp_path: Path) -> str:
    path = str(tmp_path / "t.db")
    app = open_app(path, user="admin")
    app.users.add_unit("WPI", "Werk, Participatie en Inkomen")
    app.users.add("kees", roles=["member"], display_name="Kees", unit_code="WPI")
    app.users.add("fatima", roles=["hr"], display_name="Fatima", unit_code="WPI")
    app.procedures.create(VacancyInput("Beleidsadviseur", "WPI", 11))
    app.close()
    return path


def test_smoke_run_through_the_cli(qtbot, db: str) -> None:  # type: ignore[no-untyped-def]
    assert main(["--db", db, "--user", "admin", "--smoke"]) == 0
    assert log_file().exists()


def test_smoke_with_unknown_user_fails_plainly(qtbot, db: str, capsys) -> None:  # type: ignore[no-untyped-def]
    assert main(["--db", db, "--user", "niemand", "--smoke"]) == 1
    assert "bestaat niet" in capsys.readouterr().err


def test_screenshots_render_every_reachable_screen(qtbot, db: str, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "shots"
    assert main(["--db", db, "--user", "admin", "--screenshots", str(out)]) == 0
    files = sorted(p.name for p in out.glob("*.png"))
    for key in ALL_VIEWS:  # the admin holds every role: every screen, written out
        assert any(f[3:].startswith(key) for f in files), (key, files)
    assert "02-procedures-board.png" in files
    assert all((out / f).stat().st_size > 5000 for f in files)
    assert [f[:2] for f in files] == [f"{i:02d}" for i in range(1, len(files) + 1)]


# Every screen of the navigation, and who sees which: written out here, not read from
# ui/nav.py, so a screen that disappears, fails to load or changes hands fails this test.
ALL_VIEWS = ("procedures", "reviews", "consensus", "deviations", "complaints", "audit", "admin")
SEEN_BY = {
    "kees": ["reviews"],  # member
    "fatima": ["deviations", "complaints", "audit"],  # hr
    "rita": ["procedures"],  # recruiter
    "chris": ["reviews", "consensus"],  # chair (and member)
    "ada": ["admin"],  # administrator only
    "admin": list(ALL_VIEWS),  # the first administrator holds every role
}


def test_every_screen_of_the_navigation_loads() -> None:
    assert [e.key for e in nav.ENTRIES] == list(ALL_VIEWS)
    assert [e.key for e in nav.ENTRIES if nav.load_view(e) is None] == []


def test_navigation_follows_roles(qtbot, db: str) -> None:  # type: ignore[no-untyped-def]
    owner = open_app(db, user="admin")
    owner.users.add("rita", roles=["recruiter"], unit_code="WPI")
    owner.users.add("chris", roles=["chair", "member"], unit_code="WPI")
    owner.users.add("ada", roles=["admin"], unit_code="WPI")
    owner.close()
    for user, expected in SEEN_BY.items():
        app = open_app(db, user=user)
        w = MainWindow(app)
        qtbot.addWidget(w)
        assert [e.key for e in w.entries] == expected, user
        assert set(w.views) <= set(expected), user  # no view built for a screen not shown
        app.close()


def test_status_bar_and_view_switching(qtbot, db: str) -> None:  # type: ignore[no-untyped-def]
    app = open_app(db, user="admin")
    w = MainWindow(app)
    qtbot.addWidget(w)
    texts = [label.text() for label in w.status_labels]
    assert texts[0] == "Gebruiker: admin (admin)"
    assert "W&S-adviseur" in texts[1] and "Functioneel beheerder" in texts[1]
    assert texts[2].startswith("Database: bestand ") and texts[2].endswith("t.db")
    admin = w.show_view("admin")
    assert admin is not None and w.stack.currentWidget() is admin
    assert w.show_view("procedures") is w.views["procedures"]
    app.close()


def test_describe_database_never_shows_a_password(qtbot) -> None:  # type: ignore[no-untyped-def]
    text = describe_database("postgresql+psycopg://bw:geheim@db.example.nl:5432/bewustwerven")
    assert text == "server db.example.nl/bewustwerven"
    assert "geheim" not in text


def test_geometry_and_language_persist(qtbot, db: str) -> None:  # type: ignore[no-untyped-def]
    app = open_app(db, user="admin")
    w = MainWindow(app)
    qtbot.addWidget(w)
    w.resize(700, 520)
    w.close()
    w2 = MainWindow(app)
    qtbot.addWidget(w2)
    assert (w2.width(), w2.height()) == (700, 520)
    st.set_language("en")
    assert st.language() == "en"
    app.close()


def test_language_switch_retranslates(qtbot, db: str) -> None:  # type: ignore[no-untyped-def]
    app = open_app(db, user="admin")
    w = MainWindow(app)
    qtbot.addWidget(w)
    assert w.nav.item(0).text() == "Vacatures en procedures"
    i18n.install("en")
    w.retranslate()
    assert i18n.current_language() == "en"
    assert w.nav.item(0).text() == "Vacancies and procedures"
    assert w.status_labels[0].text().startswith("User: ")
    i18n.install("nl")
    app.close()


def test_ops_result_error_and_cancel_arrive_on_the_gui_thread(qtbot) -> None:  # type: ignore[no-untyped-def]
    main_thread = QApplication.instance().thread()  # type: ignore[union-attr]
    seen: list[tuple[str, object, bool]] = []

    def record(kind: str):  # type: ignore[no-untyped-def]
        from PySide6.QtCore import QThread

        return lambda value=None: seen.append((kind, value, QThread.currentThread() is main_thread))

    def work(progress):  # type: ignore[no-untyped-def]
        progress.report(1, 2, "half")
        return 42

    op = run_op(None, work, on_done=record("done"))
    qtbot.waitUntil(lambda: op.finished, timeout=5000)
    assert seen == [("done", 42, True)]

    def fail(_p):  # type: ignore[no-untyped-def]
        raise InvalidInput("Fout", "Error")

    seen.clear()
    op = run_op(None, fail, on_error=record("error"))
    qtbot.waitUntil(lambda: op.finished, timeout=5000)
    assert seen[0][0] == "error" and isinstance(seen[0][1], InvalidInput) and seen[0][2]

    import threading

    started = threading.Event()

    def slow(progress):  # type: ignore[no-untyped-def]
        started.set()
        while True:
            progress.check()

    seen.clear()
    op = run_op(None, slow, on_done=record("done"), on_error=record("error"))
    started.wait(5)
    op.cancel()
    qtbot.waitUntil(lambda: op.finished, timeout=5000)
    assert op.was_cancelled and seen == []


def _close_modal_soon(found: list[str]) -> None:
    def close() -> None:
        widget = QApplication.activeModalWidget()
        if widget is None:
            QTimer.singleShot(20, close)
            return
        if isinstance(widget, QMessageBox):
            found.append(widget.text())
        else:
            found.append(type(widget).__name__)
        widget.close()

    QTimer.singleShot(20, close)


def test_known_error_is_a_plain_dialog_in_the_users_language(qtbot) -> None:  # type: ignore[no-untyped-def]
    found: list[str] = []
    _close_modal_soon(found)
    show_error(None, InvalidInput("Geef een titel.", "Give a title."))
    assert found == ["Geef een titel."]
    i18n.install("en")
    _close_modal_soon(found)
    show_error(None, InvalidInput("Geef een titel.", "Give a title."))
    assert found[-1] == "Give a title."


def test_bug_gets_crash_dialog_with_copyable_details_and_is_logged(qtbot, caplog) -> None:  # type: ignore[no-untyped-def]
    try:
        raise ZeroDivisionError("boem")
    except ZeroDivisionError as exc:
        dialog = CrashDialog.from_exception(None, exc)
    qtbot.addWidget(dialog)
    assert "ZeroDivisionError: boem" in dialog.details.toPlainText()
    dialog.copy_details()
    assert "boem" in QApplication.clipboard().text()
    setup_logging()
    install_excepthook(quiet=True)
    assert sys.excepthook is excepthook
    with caplog.at_level(logging.ERROR):
        try:
            raise RuntimeError("kapot")
        except RuntimeError as exc:
            excepthook(RuntimeError, exc, exc.__traceback__)
    assert "kapot" in caplog.text
    for h in logging.getLogger().handlers:
        h.flush()
    assert "RuntimeError: kapot" in log_file().read_text(encoding="utf-8")


def test_a_view_that_cannot_start_leaves_the_navigation_where_it_was(
    qtbot, db: str, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    from bewustwerven.core.procedure import Role
    from bewustwerven.ui import shell

    broken = nav.NavEntry("broken", "Kapot", (Role.ADMIN,), "bewustwerven.ui.bestaat_niet",
                          "Niets", "Ctrl+9")
    monkeypatch.setattr(nav, "ENTRIES", (*nav.ENTRIES, broken))
    shown: list[BaseException] = []
    monkeypatch.setattr(shell, "show_error", lambda _parent, exc: shown.append(exc))
    app = open_app(db, user="admin")
    try:
        w = MainWindow(app)
        qtbot.addWidget(w)
        first = w.stack.currentWidget()
        w.nav.setCurrentRow(len(w.entries) - 1)
        assert len(shown) == 1 and isinstance(shown[0], ModuleNotFoundError)  # the real cause
        assert w.nav.currentRow() == 0 and w.stack.currentWidget() is first
    finally:
        app.close()


def test_lang_on_the_command_line_wins_over_the_setting(qtbot) -> None:  # type: ignore[no-untyped-def]
    import argparse

    from bewustwerven.ui.main import choose_language

    st.set_language("en")
    assert choose_language(argparse.Namespace(lang="nl")) == "nl"
    assert choose_language(argparse.Namespace(lang=None)) == "en"
