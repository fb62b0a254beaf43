"""Nothing in the product points to a document outside the repository.

The product's own documents are in ``docs/``; code, UI strings, resources, tests, scripts
and the README name them, or say in plain words where a rule comes from. A reference to a
design note, a section sign or a folder of policy texts next to the checkout means nothing
to a user or a reader of a release, so this test greps for them.
"""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SCANNED = ["bewustwerven", "tests", "docs", "resources", "scripts", "README.md", "build.spec",
           "packaging"]
SUFFIXES = {".py", ".md", ".toml", ".txt", ".ts", ".csv", ".json", ".sh", ".spec", ".qss", ""}
# Built from pieces so that this file does not match itself.
_D, _A = "DES" + "IGN", "ARCHI" + "TECTURE"
FORBIDDEN = [
    re.compile(_D + r"(\.md|\s*\u00a7)"),
    re.compile(rf"\b{_A}\.md"),
    re.compile("\u00a7"),  # the section sign
    re.compile(r"\.\./shared|/work/shared|shared/(DESIGN|ARCHI|context)"),
    re.compile(r"\bcontext/(\s|\d|\)|$)"),
]
# "(glossary: X)" pointed to a design note's glossary; the glossary is docs/method.md now.
GLOSSARY = re.compile("gloss" + r"ary\s*:", re.IGNORECASE)


def _files() -> list[Path]:
    out: list[Path] = []
    for name in SCANNED:
        path = ROOT / name
        if path.is_file():
            out.append(path)
        elif path.is_dir():
            out += [p for p in path.rglob("*") if p.is_file() and p.suffix in SUFFIXES
                    and "__pycache__" not in p.parts]
    return [p for p in out if p != Path(__file__).resolve()]  # this file names the patterns


def offending_lines(text: str) -> list[str]:
    bad = []
    for line in text.splitlines():
        if any(p.search(line) for p in FORBIDDEN) or (
            GLOSSARY.search(line) and "docs/method.md" not in line
        ):
            bad.append(line.strip())
    return bad


def test_no_reference_to_a_document_outside_the_repository() -> None:
    found = []
    for path in _files():
        try:
            text = path.read_text(encoding="utf-8")
        except UnicodeDecodeError:
            continue
        found += [f"{path.relative_to(ROOT)}: {line}" for line in offending_lines(text)]
    assert not found, "\n".join(found)


def test_the_check_finds_what_it_looks_for() -> None:
    for line in (f'_SRC = "BewustWerven, werkwijze ({_D} \u00a73)"', f"see {_A}.md",
                 "rules of ../shared/x", "policy (context/ 003)", "(gloss" + "ary: Finding)"):
        assert offending_lines(line), line
    assert not offending_lines("BewustWerven-werkwijze: de commissie legt ... vast")
    assert not offending_lines("the gloss" + "ary: see docs/method.md")
    assert not offending_lines("### Gloss" + "ary of the domain's nouns")
