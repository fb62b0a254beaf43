"""Test set-up shared by every test: headless Qt, an in-memory keyring, no real user data."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import keyring
import pytest
from hypothesis import settings
from keyring.backend import KeyringBackend

# In CI the property tests draw the same examples every run (derandomised), so a red run is
# reproducible and a green one is not luck; on a developer's machine they keep exploring.
settings.register_profile("ci", derandomize=True, print_blob=True)
if os.environ.get("CI") == "true":
    settings.load_profile("ci")


class MemoryKeyring(KeyringBackend):
    """A keyring that lives only as long as the test process."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.secrets: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.secrets.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.secrets[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.secrets.pop((service, username), None)


@pytest.fixture(autouse=True)
def _isolated(monkeypatch: pytest.MonkeyPatch, tmp_path_factory: pytest.TempPathFactory):
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.setenv("XDG_STATE_HOME", str(home / "state"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / "cache"))
    monkeypatch.delenv("BEWUSTWERVEN_DB", raising=False)
    monkeypatch.delenv("BEWUSTWERVEN_PASSPHRASE", raising=False)
    backend = MemoryKeyring()
    previous = keyring.get_keyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


FORGOTTEN_DIALOG_SECONDS = 30.0


@pytest.fixture(autouse=True)
def _no_forgotten_dialog(request: pytest.FixtureRequest):  # type: ignore[no-untyped-def]
    """A modal dialog nobody answers would hang the run (a QMessageBox.exec() waits for a
    person). In a Qt test, one that stays open for 30 s is read, closed, and fails the test
    with its text, so CI fails fast and says why instead of hanging."""
    if "qtbot" not in request.fixturenames:
        yield
        return
    request.getfixturevalue("qapp")
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

    ticks: dict[int, int] = {}
    left: list[str] = []
    step_ms = 500

    def check() -> None:
        box = QApplication.activeModalWidget()
        if box is None:
            ticks.clear()
            return
        ticks[id(box)] = ticks.get(id(box), 0) + 1
        if ticks[id(box)] * step_ms / 1000 < FORGOTTEN_DIALOG_SECONDS:
            return
        text = box.text() if isinstance(box, QMessageBox) else ""
        extra = box.informativeText() if isinstance(box, QMessageBox) else ""
        left.append(f"{type(box).__name__} '{box.windowTitle()}': {text} {extra}".strip())
        if isinstance(box, QDialog):
            box.reject()
        else:
            box.close()

    timer = QTimer()
    timer.timeout.connect(check)
    timer.start(step_ms)
    yield
    timer.stop()
    if left:
        pytest.fail("a dialog stayed open and nobody answered it: " + " | ".join(left))
