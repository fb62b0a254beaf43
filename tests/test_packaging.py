"""The package list in pyproject.toml names every code folder and every resources folder, so
a wheel or an editable install ships them all and setuptools has nothing to warn about."""

from __future__ import annotations

import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _found() -> set[str]:
    out = set()
    for init in (ROOT / "bewustwerven").rglob("__init__.py"):
        rel = init.parent.relative_to(ROOT)
        out.add(".".join(rel.parts))
    out.add("bewustwerven.resources")
    for sub in (ROOT / "resources").iterdir():
        if sub.is_dir() and any(p.is_file() for p in sub.rglob("*")):
            out.add(f"bewustwerven.resources.{sub.name}")
    return {p for p in out if "__pycache__" not in p}


def test_every_package_and_resource_folder_is_listed() -> None:
    listed = set(tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["tool"]
                 ["setuptools"]["packages"])
    assert _found() - listed == set(), "add these to [tool.setuptools] packages"
    assert listed - _found() == set(), "these packages no longer exist"


def test_the_licence_is_an_spdx_expression() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]
    assert project["license"] == "EUPL-1.2"


def test_resources_are_found_through_the_package() -> None:
    from importlib import resources

    root = resources.files("bewustwerven.resources")
    assert root.joinpath("policies", "amsterdam.toml").is_file()
    assert root.joinpath("countries.csv").is_file()
