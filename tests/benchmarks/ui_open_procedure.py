"""Benchmark (a script, not a timed test): open a procedure with 1,000 candidates.

Builds a procedure through the services (candidates via the CSV import of a generated file),
then measures opening it (detail + gate + board), switching to the candidate tab (which loads
its 1,000 rows only then: editor tabs are lazy) and painting (offscreen, 1280x800).
Target: under 200 ms in total.   Run:  .venv/bin/python tests/benchmarks/ui_open_procedure.py
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import keyring
from keyring.backend import KeyringBackend


class _Memory(KeyringBackend):
    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.s: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.s.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.s[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.s.pop((service, username), None)


def main(n: int = 1000) -> None:
    keyring.set_keyring(_Memory())
    from PySide6.QtWidgets import QApplication

    from bewustwerven.services.app import open_app
    from bewustwerven.services.dto import VacancyInput
    from bewustwerven.ui.recruiter import ProceduresView

    qapp = QApplication.instance() or QApplication(sys.argv[:1])
    tmp = Path(tempfile.mkdtemp())
    app = open_app(str(tmp / "bench.db"), user="admin")
    app.users.add_unit("WPI", "Werk, Participatie en Inkomen")
    pid = app.procedures.create(VacancyInput("Benchmark", "WPI", 11))
    lines = ["Naam;E-mail;Kanaal"] + [
        f"Kandidaat {i};k{i}@example.nl;{'LinkedIn' if i % 2 else 'werkenbij'}" for i in range(n)
    ]
    t0 = time.perf_counter()
    result = app.candidates.import_csv(pid, "\n".join(lines).encode())
    print(f"import of {result.imported} candidates: {time.perf_counter() - t0:.2f} s")
    view = ProceduresView(app)
    view.resize(1280, 800)
    view.show()
    view.refresh()
    qapp.processEvents()
    for run in range(3):
        t0 = time.perf_counter()
        view.page.open(pid)
        view.stack.setCurrentWidget(view.page)
        t1 = time.perf_counter()
        view.page.tabs.setCurrentWidget(view.page.candidates)
        view.repaint()
        view.grab()
        qapp.processEvents()
        t2 = time.perf_counter()
        rows = view.page.candidates.model.rowCount()
        print(
            f"run {run + 1}: open (detail, gate, board) {1000 * (t1 - t0):.0f} ms, "
            f"candidate tab + paint {1000 * (t2 - t1):.0f} ms, "
            f"total {1000 * (t2 - t0):.0f} ms ({rows} rows)"
        )
        view.show_list()
    app.close()


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 1000)
