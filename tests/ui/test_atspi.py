"""Every focusable control has an accessible name and a role, as a screen reader sees it:
checked from outside the process through AT-SPI (libatspi, as Orca uses it).

The real app runs under Xvfb in its own D-Bus session with Qt's AT-SPI bridge on
(``QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1``), on a small organisation with a procedure at its
decision stage, once per role; ``atspi_walk.py`` (the system's Python with gi and Atspi) opens
every view through the "Ga naar" menu and walks the accessible tree of each.

Skipped off Linux. On Linux without the AT-SPI stack it is skipped, except in CI (CI=true),
where it fails: CI must install xvfb, dbus-daemon/dbus-bin, at-spi2-core, python3-gi and
gir1.2-atspi-2.0.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
WALKER = ROOT / "tests" / "ui" / "atspi_walk.py"
SYSTEM_PYTHON = "/usr/bin/python3"
BUS_LAUNCHER = ("/usr/libexec/at-spi-bus-launcher", "/usr/lib/at-spi2-core/at-spi-bus-launcher")
PASSPHRASE = "atspi-test-2026"
USERS = ("admin", "rita", "chris", "mila", "hanna")

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="AT-SPI is Linux's")

SEED = """
import sys
from pathlib import Path
from tests.ui.integration_org import organisation, procedure_at_decision
org = organisation(Path(sys.argv[1]))
procedure_at_decision(org)
org.close()
"""


def missing_stack() -> list[str]:
    missing = [tool for tool in ("Xvfb", "dbus-run-session") if shutil.which(tool) is None]
    if not any(Path(p).exists() for p in BUS_LAUNCHER):
        missing.append("at-spi-bus-launcher (at-spi2-core)")
    probe = "import gi; gi.require_version('Atspi', '2.0'); from gi.repository import Atspi"
    if not Path(SYSTEM_PYTHON).exists() or subprocess.run(
        [SYSTEM_PYTHON, "-c", probe], capture_output=True, timeout=60
    ).returncode:
        missing.append("python3-gi with gir1.2-atspi-2.0")
    return missing


@pytest.fixture(scope="module")
def stack() -> None:
    missing = missing_stack()
    if missing:
        message = "AT-SPI stack missing: " + ", ".join(missing)
        if os.environ.get("CI") == "true":
            pytest.fail(message + " (CI must install it)")
        pytest.skip(message)


def _env(**extra: str) -> dict[str, str]:
    env = dict(os.environ, BEWUSTWERVEN_PASSPHRASE=PASSPHRASE,
               PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring", **extra)  # fmt: skip
    env.pop("QT_QPA_PLATFORM", None)
    return env


@pytest.fixture
def xvfb():  # type: ignore[no-untyped-def]
    read, write = os.pipe()
    proc = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write), "-screen", "0", "1280x1024x24", "-nolisten", "tcp"],
        pass_fds=(write,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    os.close(write)
    with os.fdopen(read) as f:
        display = f.readline().strip()
    try:
        assert display, "Xvfb did not start"
        yield f":{display}"
    finally:
        proc.terminate()
        proc.wait(20)


def test_every_focusable_control_has_a_name_and_role(stack, xvfb, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    db = tmp_path / "t.db"
    seeded = subprocess.run([sys.executable, "-c", SEED, str(tmp_path)], cwd=ROOT, env=_env(),
                            capture_output=True, text=True, timeout=600)  # fmt: skip
    assert seeded.returncode == 0, seeded.stderr[-3000:]
    env = _env(DISPLAY=xvfb, QT_QPA_PLATFORM="xcb", QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1")
    problems, walked = [], []
    for user in USERS:
        out = tmp_path / f"{user}.json"
        app = [sys.executable, "-m", "bewustwerven.cli", "--db", str(db), "--user", user]
        run = subprocess.run(
            ["dbus-run-session", "--", SYSTEM_PYTHON, str(WALKER), str(out), "--", *app],
            cwd=tmp_path, env=env, capture_output=True, text=True, timeout=300,
        )  # fmt: skip
        assert run.returncode == 0 and out.exists(), run.stderr[-3000:]
        result = json.loads(out.read_text(encoding="utf-8"))
        assert not result["error"], f"{user}: {result['error']}\n{run.stderr[-2000:]}"
        assert result["menu"], f"{user}: no 'Ga naar' menu items found through AT-SPI"
        assert len(result["views"]) == len(result["menu"]) + 1, result["views"]
        for view in result["views"]:
            assert view["nodes"] > 10 and not view.get("error"), (user, view)
            walked.append(f"{user}: {view['view']}")
            problems += [f"{user} / {view['view']}: {p['role']} {p['id'] or p['path']}"
                         for p in view["problems"]]  # fmt: skip
    assert len(walked) >= 2 * len(USERS)
    assert not problems, "focusable without a name or role:\n" + "\n".join(problems)
