"""``bewustwerven redact FILE [--json]``."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import pytest

from bewustwerven.cli import redact

LETTER = (
    "Geachte heer Bakker,\n\nMijn naam is Fatima el Amrani. Bel mij op 06-12345678 of "
    "mail fatima@example.nl.\n\nMet vriendelijke groet,\n\nFatima el Amrani\n"
)


def _run(argv: list[str]) -> int:
    parser = argparse.ArgumentParser()
    sub = parser.add_subparsers(dest="command")
    redact.register(sub)
    args = parser.parse_args(argv)
    return int(args.func(args))


def test_prints_redacted_text(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "brief.txt"
    path.write_text(LETTER, encoding="utf-8")
    assert _run(["redact", str(path)]) == 0
    out = capsys.readouterr().out
    assert "Fatima" not in out and "06-12345678" not in out and "fatima@" not in out
    assert "Geachte [aanhef] [naam]," in out
    assert "[telefoon]" in out and "[e-mail]" in out


def test_json_lists_spans(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "brief.txt"
    path.write_text(LETTER, encoding="utf-8")
    assert _run(["redact", "--json", str(path)]) == 0
    out = capsys.readouterr().out
    assert "Fatima" not in out and "06-12345678" not in out  # not without --show-original
    hidden = json.loads(out)
    assert {s["category"] for s in hidden["spans"]} >= {"phone", "name"}
    assert _run(["redact", "--json", "--show-original", str(path)]) == 0
    payload = json.loads(capsys.readouterr().out)
    assert payload["kind"] == "text" and payload["dropped_images"] == 0
    assert [(s["start"], s["end"]) for s in payload["spans"]] == [
        (s["start"], s["end"]) for s in hidden["spans"]
    ]
    cats = {(s["category"], s["text"]) for s in payload["spans"]}
    assert ("phone", "06-12345678") in cats and ("name", "Fatima el Amrani") in cats
    for s in payload["spans"]:
        assert LETTER[s["start"] : s["end"]] == s["text"]


@pytest.mark.parametrize(("name", "data"), [("cv.pdf", b"garbage"), ("cv.odt", b"x")])
def test_unreadable_file_exits_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str, data: bytes
) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    assert _run(["redact", str(path)]) == 2
    err = capsys.readouterr().err
    assert " / " not in err and err.startswith("bewustwerven:")  # one language


def test_missing_file_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert _run(["redact", str(tmp_path / "nope.txt")]) == 2
    assert "nope.txt" in capsys.readouterr().err


def test_help_is_dutch_then_english(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        _run(["redact", "--help"])
    out = capsys.readouterr().out
    assert "anonimiseer" in out.lower() or "persoonsgegevens" in out
    assert "Photos are dropped" in out
