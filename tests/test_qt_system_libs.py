"""scripts/qt-system-libs.sh: start-demo.sh stops early, with the apt-get line, when Qt's
window plugin cannot find its system libraries."""

from __future__ import annotations

import os
import shutil
import subprocess
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SCRIPT = ROOT / "scripts" / "qt-system-libs.sh"


def _xcb_plugin() -> Path:
    import PySide6

    plugin = Path(PySide6.__file__).parent / "Qt" / "plugins" / "platforms" / "libqxcb.so"
    if not plugin.is_file():
        pytest.skip("this PySide6 has no xcb plugin (not Linux)")
    return plugin


def _run(script: Path, **env: str) -> tuple[int, str, float]:
    full = {**os.environ, "BEWUSTWERVEN_NO_SYSTEM_INSTALL": "1", **env}
    t0 = time.monotonic()
    proc = subprocess.run(
        ["bash", str(script)], env=full, capture_output=True, text=True, timeout=60
    )
    return proc.returncode, proc.stdout + proc.stderr, time.monotonic() - t0


@pytest.mark.skipif(shutil.which("ldd") is None, reason="needs ldd")
def test_a_plugin_whose_library_cannot_be_found_stops_with_the_apt_get_line(tmp_path: Path):
    # A copy of the real plugin whose DT_NEEDED entry names a library no machine has.
    data = _xcb_plugin().read_bytes()
    needed = b"libxcb-cursor.so.0\x00"
    assert needed in data
    # ldd finds the plugin's own Qt libraries through its RUNPATH ($ORIGIN/../../lib).
    plugin = tmp_path / "plugins" / "platforms" / "libqxcb.so"
    plugin.parent.mkdir(parents=True)
    plugin.write_bytes(data.replace(needed, b"libxcb-bwtest.so.0\x00"))
    (tmp_path / "lib").symlink_to(_xcb_plugin().parents[2] / "lib")

    rc, out, seconds = _run(SCRIPT, BEWUSTWERVEN_QT_PLUGIN=str(plugin))

    assert rc == 1
    assert "apt-get install -y" in out
    assert "libxcb-bwtest0" in out  # the soname mapped to its Debian package name
    assert seconds < 60


@pytest.mark.skipif(shutil.which("ldd") is None, reason="needs ldd")
def test_the_real_plugin_passes_when_its_libraries_are_there():
    plugin = _xcb_plugin()
    out = subprocess.run(["ldd", str(plugin)], capture_output=True, text=True).stdout
    rc, text, _ = _run(SCRIPT, BEWUSTWERVEN_QT_PLUGIN=str(plugin))
    if "not found" in out:
        assert rc == 1 and "apt-get install -y" in text
    else:
        assert rc == 0, text


@pytest.mark.skipif(shutil.which("dpkg-query") is None, reason="needs dpkg (Debian/Ubuntu)")
def test_before_the_install_the_debian_packages_are_checked(tmp_path: Path):
    # A checkout without .venv: no plugin yet, so dpkg-query decides.
    (tmp_path / "scripts").mkdir()
    script = tmp_path / "scripts" / SCRIPT.name
    shutil.copy(SCRIPT, script)

    rc, out, seconds = _run(script, BEWUSTWERVEN_QT_PACKAGES="bewustwerven-no-such-package0")
    assert rc == 1
    assert "sudo apt-get install -y bewustwerven-no-such-package0" in out
    assert seconds < 60

    rc, out, _ = _run(script, BEWUSTWERVEN_QT_PACKAGES="dpkg")  # installed everywhere dpkg is
    assert rc == 0, out
