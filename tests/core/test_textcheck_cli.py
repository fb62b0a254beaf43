from __future__ import annotations

import argparse
import json
from pathlib import Path

import pytest

from bewustwerven.cli.text import line_column, register, run


def parse(*argv: str) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="bewustwerven")
    register(parser.add_subparsers(dest="command"))
    return parser.parse_args(["check-text", *argv])


def test_human_output_and_exit_0(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "v.txt"
    path.write_text("Titel\nJe bent competitief.\n", encoding="utf-8")
    args = parse(str(path))
    assert args.func is run
    assert args.func(args) == 0
    lines = capsys.readouterr().out.splitlines()
    coded = [line for line in lines if "TEXT-GENDER-M" in line]
    assert coded == [
        f"{path}:2:9: warn TEXT-GENDER-M: 'competitief' klinkt mannelijk. Daardoor voelen "
        "vrouwen zich minder aangesproken. → Schrijf wat iemand doet, niet hoe iemand is. "
        "Of kies een neutraal woord. Bijvoorbeeld: “Je bent zorgvuldig.”"
    ]
    assert any("TEXT-MISSING-SALARY" in line for line in lines)


def test_block_exit_1_and_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "v.txt"
    path.write_text("You are competitive.", encoding="utf-8")
    args = parse(str(path), "--scale", "15", "--lang", "en", "--json")
    assert run(args) == 1
    data = json.loads(capsys.readouterr().out)
    assert isinstance(data, list)
    pref = [d for d in data if d["code"] == "TEXT-PREF-STATEMENT"]
    assert pref and pref[0]["severity"] == "block"
    gender = [d for d in data if d["code"] == "TEXT-GENDER-M"]
    assert gender[0]["span"] == [8, 19] and (gender[0]["line"], gender[0]["column"]) == (1, 9)


def test_unreadable_file_exit_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(parse(str(tmp_path / "missing.txt"))) == 2
    err = capsys.readouterr().err
    assert "kan" in err and "cannot read" in err
    binary = tmp_path / "b.txt"
    binary.write_bytes(b"\xff\xfe\xfa")
    assert run(parse(str(binary))) == 2
    assert "UTF-8" in capsys.readouterr().err


def test_english_messages(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "v.txt"
    path.write_text("Je bent competitief.", encoding="utf-8")
    assert run(parse(str(path), "--messages", "en")) == 0
    assert "is masculine-coded" in capsys.readouterr().out


def test_line_column() -> None:
    assert line_column("ab\ncd", 0) == (1, 1)
    assert line_column("ab\ncd", 4) == (2, 2)
