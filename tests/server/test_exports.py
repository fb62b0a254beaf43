"""HR's reports through the server: the server makes the file, the desktop writes its bytes
on its own machine (owner-only), and the trail records the export as on one laptop. A member
gets no organisation report, and no file is written for a refusal."""

from __future__ import annotations

import hashlib
from datetime import date
from pathlib import Path

import pytest

from bewustwerven.services.errors import Forbidden, InvalidInput
from tests.server.harness import ServerWorld
from tests.services.conftest import make_procedure, open_and_import

pytestmark = pytest.mark.postgres


def test_reports_made_on_the_server_are_written_here(world: ServerWorld, tmp_path: Path) -> None:
    pid = make_procedure(world)  # type: ignore[arg-type]
    open_and_import(world, pid)  # type: ignore[arg-type]
    hr = world.sign_in("hanna")
    out = tmp_path / "organisatie.csv"
    result = hr.reporting.export_organisation(date(2000, 1, 1), date(2100, 1, 1), out)
    assert result.path == out and out.stat().st_mode & 0o077 == 0
    assert hashlib.sha256(out.read_bytes()).hexdigest() == result.sha256
    assert result.head_hash is not None and result.head_hash in out.read_text("utf-8-sig")
    pdf = hr.reporting.export_dossier(pid, tmp_path / "dossier.pdf", lang="en")
    assert pdf.path.read_bytes().startswith(b"%PDF")
    timeline = [e.action for e in hr.audit.timeline(pid)]
    assert "report.exported" in timeline
    assert hr.audit.verify().ok

    member = world.sign_in("mila")
    refused = tmp_path / "niet.csv"
    with pytest.raises(Forbidden):
        member.reporting.export_organisation(date(2000, 1, 1), date(2100, 1, 1), refused)
    assert not refused.exists()
    with pytest.raises(InvalidInput):
        hr.reporting.export_dossier(pid, tmp_path / "dossier.docx")
