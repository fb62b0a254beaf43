"""The wheel and the PyInstaller bundle must carry every package and every resource."""

from __future__ import annotations

import tomllib
from importlib import resources
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_every_package_is_listed_in_pyproject():
    listed = set(
        tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]["packages"]
    )
    found = {
        ".".join(p.parent.relative_to(ROOT).parts)
        for p in (ROOT / "bewustwerven").rglob("__init__.py")
    }
    found.add("bewustwerven.resources")
    assert found - listed == set(), "add these to [tool.setuptools] packages in pyproject.toml"


def test_resources_are_found_through_the_package():
    root = resources.files("bewustwerven.resources")
    assert root.joinpath("policies", "amsterdam.toml").is_file()
    assert root.joinpath("countries.csv").is_file()
