"""Issue 17: the same member in two windows on the same draft. A change of scores moves the
draft's version, so a save from the window that read the older version is refused."""

from __future__ import annotations

import pytest

from bewustwerven.services.app import App
from bewustwerven.services.errors import ChangedMeanwhile
from tests.services.conftest import make_procedure, open_and_import


def _two_windows(org: App) -> tuple[App, int, str, list[str]]:
    pid = make_procedure(org)
    code = open_and_import(org, pid)[0]
    mila = org.as_user("mila")
    keys = [it.key for it in mila.scoring.form(pid, code).items]
    return mila, pid, code, keys


def test_a_stale_window_cannot_overwrite_a_newer_draft(org: App) -> None:
    mila, pid, code, keys = _two_windows(org)
    mila.scoring.save(pid, code, {keys[0]: (2, "eerste")})
    left = mila.scoring.form(pid, code)
    right = mila.scoring.form(pid, code)
    assert left.row_version == right.row_version

    mila.scoring.save(pid, code, {keys[0]: (5, "links")}, expected_version=left.row_version)
    moved = mila.scoring.form(pid, code)
    assert moved.row_version != left.row_version  # only scores changed, the version moved

    with pytest.raises(ChangedMeanwhile) as err:
        mila.scoring.save(pid, code, {keys[0]: (1, "rechts")}, expected_version=right.row_version)
    assert "ander venster" in err.value.nl and "another window" in err.value.en
    assert mila.scoring.form(pid, code).values[keys[0]] == (5, "links")  # the first save stays


def test_evidence_alone_moves_the_version_and_an_unchanged_save_does_not(org: App) -> None:
    mila, pid, code, keys = _two_windows(org)
    mila.scoring.save(pid, code, {keys[0]: (3, "a")})
    v1 = mila.scoring.form(pid, code).row_version
    mila.scoring.save(pid, code, {keys[0]: (3, "a")}, expected_version=v1)
    assert mila.scoring.form(pid, code).row_version == v1
    mila.scoring.save(pid, code, {keys[0]: (3, "b")}, expected_version=v1)
    assert mila.scoring.form(pid, code).row_version != v1


def test_two_windows_on_an_empty_sheet(org: App) -> None:
    """Both windows saw no sheet yet (row version 0): the second save must not overwrite."""
    mila, pid, code, keys = _two_windows(org)
    left = mila.scoring.form(pid, code)
    right = mila.scoring.form(pid, code)
    assert left.row_version == right.row_version == 0
    mila.scoring.save(pid, code, {keys[0]: (4, "links")}, expected_version=left.row_version)
    with pytest.raises(ChangedMeanwhile):
        mila.scoring.save(pid, code, {keys[0]: (1, "rechts")}, expected_version=0)
    assert mila.scoring.form(pid, code).values[keys[0]] == (4, "links")


def test_a_stale_window_cannot_submit_over_a_newer_draft(org: App) -> None:
    mila, pid, code, keys = _two_windows(org)
    mila.scoring.save(pid, code, {keys[0]: (2, "x")})
    stale = mila.scoring.form(pid, code)
    mila.scoring.save(pid, code, {keys[0]: (3, "y")}, expected_version=stale.row_version)
    full = {k: (4, "onderbouwing") for k in keys}
    with pytest.raises(ChangedMeanwhile):
        mila.scoring.save(pid, code, full, submit=True, expected_version=stale.row_version)
    assert mila.scoring.form(pid, code).status == "draft"
