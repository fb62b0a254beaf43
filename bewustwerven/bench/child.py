"""Measurements that run in a fresh process: ``python -m bewustwerven.bench.child KIND DB``.

Each prints one JSON line (seconds, peak RSS in MB, and what else it knows). Start-up
measurements print ``READY`` the moment their window is on screen, so the parent can time
from process start to that moment.
"""

from __future__ import annotations

import json
import os
import resource
import sys
import time
from typing import Any

T0 = time.perf_counter()


def _rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _emit(**data: Any) -> None:
    data.setdefault("rss_mb", round(_rss_mb(), 1))
    print(json.dumps(data), flush=True)


def _ready() -> None:
    print("READY", flush=True)


def bare_window(_db: str) -> None:
    from PySide6.QtWidgets import QApplication, QMainWindow

    qapp = QApplication([sys.argv[0]])
    w = QMainWindow()
    w.resize(1280, 800)
    w.show()
    qapp.processEvents()
    _ready()
    w.close()


def bare_table(db: str) -> None:
    """Floor for 'first data painted': PySide6 + SQLAlchemy, one page of procedures shown."""
    from PySide6.QtGui import QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import QApplication, QTableView
    from sqlalchemy import create_engine, text

    qapp = QApplication([sys.argv[0]])
    engine = create_engine(f"sqlite:///{db}")
    with engine.connect() as conn:
        rows = conn.execute(
            text(
                "SELECT p.id, v.title, v.scale, p.stage FROM procedures p "
                "JOIN vacancies v ON v.id = p.vacancy_id ORDER BY p.id"
            )
        ).all()
    model = QStandardItemModel(len(rows), 4)
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            model.setItem(r, c, QStandardItem(str(value)))
    view = QTableView()
    view.setModel(model)
    view.resize(1280, 800)
    view.show()
    qapp.processEvents()
    view.viewport().repaint()
    _ready()
    _emit(rows=len(rows))


def app_data(db: str) -> None:
    """The real main window (as run_app builds it) until its first view shows rows."""
    import argparse

    from PySide6.QtWidgets import QAbstractItemView, QApplication

    from bewustwerven.ui import i18n
    from bewustwerven.ui.main import open_with_dialogs
    from bewustwerven.ui.shell import MainWindow

    qapp = QApplication([sys.argv[0]])
    i18n.install("nl")
    window = MainWindow()  # as run_app: the frame first, then the database
    window.show()
    qapp.processEvents()
    shown = time.perf_counter() - T0
    args = argparse.Namespace(db=db, user=None, passphrase_stdin=False)
    app = open_with_dialogs(args, interactive=False, parent=window)
    assert app is not None
    window.attach(app)
    deadline = time.perf_counter() + 120
    rows = 0
    while time.perf_counter() < deadline:
        qapp.processEvents()
        views = [v for v in window.findChildren(QAbstractItemView) if v.isVisible()]
        rows = max((v.model().rowCount() for v in views if v.model() is not None), default=0)
        if rows:
            break
        time.sleep(0.005)
    window.repaint()
    _ready()
    _emit(rows=rows, shown=round(shown, 3))
    window.close()
    app.close()


def open_only(db: str) -> None:
    """Floor for memory: the services opened on the database, nothing else."""
    from bewustwerven.services.app import open_app

    app = open_app(db)
    app.close()
    _emit(seconds=round(time.perf_counter() - T0, 3))


def org_report(db: str) -> None:
    from datetime import date, timedelta

    from bewustwerven.services.app import open_app
    from bewustwerven.services.reporting import ReportingService

    app = open_app(db)
    end = date.today()
    start = end - timedelta(days=365)
    t = time.perf_counter()
    data = ReportingService(app.db, app.actor).organisation(start, end)
    took = time.perf_counter() - t
    app.close()
    _emit(seconds=round(took, 3), procedures=data.procedures)


def org_floor(db: str) -> None:
    """Floor for the report: the funnel counted by SQL and every self-identification opened."""
    from sqlalchemy import text

    from bewustwerven.services.app import open_app

    app = open_app(db)
    t = time.perf_counter()
    with app.db.read() as session:
        session.execute(
            text(
                "SELECT v.unit_id, c.funnel, c.channel, COUNT(*) FROM candidates c "
                "JOIN procedures p ON p.id = c.procedure_id JOIN vacancies v ON v.id = "
                "p.vacancy_id GROUP BY 1, 2, 3"
            )
        ).all()
        blobs = session.execute(text("SELECT data_enc FROM self_identifications")).scalars()
        opened = sum(
            1 for b in blobs if app.db.cipher.open_json(b, "self_identifications.data_enc")
        )
        session.execute(text("SELECT value, COUNT(*) FROM scores GROUP BY value")).all()
    took = time.perf_counter() - t
    app.close()
    _emit(seconds=round(took, 3), opened=opened)


def verify(db: str) -> None:
    from bewustwerven.services.app import open_app

    app = open_app(db)
    t = time.perf_counter()
    result = app.audit.verify()
    took = time.perf_counter() - t
    app.close()
    _emit(seconds=round(took, 3), ok=result.ok, events=result.events)


def verify_floor(db: str) -> None:
    """Floor for verify: read every audited row and every event once, no hashing."""
    from sqlalchemy import select

    from bewustwerven.services.app import open_app
    from bewustwerven.store.models import Base, audited_tables

    app = open_app(db)
    t = time.perf_counter()
    n = 0
    with app.db.read() as session:
        for name in [*audited_tables(), "audit_events"]:
            q = select(Base.metadata.tables[name]).execution_options(yield_per=5000)
            for _ in session.execute(q):
                n += 1
    took = time.perf_counter() - t
    app.close()
    _emit(seconds=round(took, 3), rows=n)


KINDS = {
    f.__name__: f
    for f in (
        bare_window,
        bare_table,
        app_data,
        open_only,
        org_report,
        org_floor,
        verify,
        verify_floor,
    )
}

if __name__ == "__main__":
    KINDS[sys.argv[1]](sys.argv[2] if len(sys.argv) > 2 else "")
    sys.stdout.flush()
    os._exit(0)  # skip Qt's teardown at exit: not part of what is measured
