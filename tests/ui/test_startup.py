"""Start-up: the window frame is on screen before the database and services load, then gets
its navigation; retention that is due runs in the background once the window is up."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from datetime import timedelta
from pathlib import Path

from PySide6.QtCore import QThreadPool
from sqlalchemy import func, select

from bewustwerven.services.app import open_app
from bewustwerven.store.models import AuditEvent
from bewustwerven.ui.main import READY_ENV, start_background_work
from bewustwerven.ui.shell import MainWindow

from ..services.test_privacy import frozen, template, world  # noqa: F401 - fixtures

PROBE = textwrap.dedent(
    """
    import builtins, sys
    seen = {}
    real_print = builtins.print
    def probe(*a, **k):
        if a and a[0] == "READY" and not seen:
            seen["loaded"] = sorted(m for m in sys.modules
                                    if m.startswith(("sqlalchemy", "bewustwerven.services.app",
                                                     "bewustwerven.store")))
        real_print(*a, **k)
    builtins.print = probe
    from bewustwerven.cli import main
    code = main(["--db", sys.argv[1], "--user", "admin", "--smoke"])
    real_print("LOADED-AT-READY", seen.get("loaded"))
    sys.exit(code)
    """
)


def test_window_is_shown_before_the_database_loads(tmp_path: Path) -> None:
    db = tmp_path / "t.db"
    # a child process has no in-memory keyring: its key is wrapped with a passphrase
    env = dict(os.environ, **{READY_ENV: "1", "QT_QPA_PLATFORM": "offscreen",
                              "BEWUSTWERVEN_PASSPHRASE": "opstart-test-2026",
                              "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"})
    made = subprocess.run(
        [sys.executable, "-m", "bewustwerven.cli", "--db", str(db), "--user", "admin",
         "users", "list"], env=env, capture_output=True, text=True, timeout=120,
    )
    assert made.returncode == 0, made.stderr[-2000:]
    out = subprocess.run(
        [sys.executable, "-c", PROBE, str(db)], env=env, capture_output=True, text=True,
        timeout=120,
    )
    assert out.returncode == 0, out.stderr[-2000:]
    lines = out.stdout.splitlines()
    assert lines[0] == "READY"
    assert lines[-1] == "LOADED-AT-READY []"  # no SQLAlchemy, store or services yet


def test_frame_first_then_attach(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    w = MainWindow()
    qtbot.addWidget(w)
    assert w.entries == [] and w.nav.count() == 0
    assert w.statusBar().currentMessage() == "De database wordt geopend…"
    w.retranslate()  # the language can change before the database is open
    app = open_app(str(tmp_path / "t.db"), user="admin")
    try:
        w.attach(app)
        assert w.statusBar().currentMessage() == ""
        assert {e.key for e in w.entries} >= {"procedures", "admin"}
        assert w.status_labels[0].text() == "Gebruiker: admin (admin)"
        assert w.stack.currentWidget() is w.views[w.entries[0].key]
    finally:
        app.close()


def test_due_retention_runs_after_start_up(qtbot, world, frozen) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    app, _path, info = world
    frozen(info["closed"] + timedelta(days=29))
    w = MainWindow(app)
    qtbot.addWidget(w)
    start_background_work(w, app)
    qtbot.waitUntil(lambda: bool(w.statusBar().currentMessage()), timeout=20000)
    QThreadPool.globalInstance().waitForDone(5000)
    assert "gegevens van 3 kandidaten" in w.statusBar().currentMessage()
    with app.db.read() as s:
        erased = s.execute(
            select(func.count()).select_from(AuditEvent)
            .where(AuditEvent.action == "retention.erased")
        ).scalar_one()
    assert erased == 3
    assert app.audit.verify().ok
