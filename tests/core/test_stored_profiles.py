"""A procedure re-reads the profile version it ran under from the database: every profile
version ever shipped must still load with the code of today.

``tests/data/profiles/`` keeps a frozen copy of each shipped version. A rule whose new
table is required by ``core/policy.py`` breaks every database that stored an older
version; this test says so before a user does (docs/architecture.md, "How to add a rule").
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bewustwerven.core import registry
from bewustwerven.core.policy import parse_profile

FROZEN = sorted((Path(__file__).resolve().parents[1] / "data" / "profiles").glob("*.toml"))


def test_there_is_a_frozen_profile() -> None:
    assert FROZEN


@pytest.mark.parametrize("path", FROZEN, ids=[p.stem for p in FROZEN])
def test_a_stored_profile_still_loads_and_runs_every_gate(path: Path) -> None:
    profile = parse_profile(path.read_text(encoding="utf-8"))
    for rows in registry.GATES.values():
        for rule in rows:
            registry.is_enabled(rule, profile)  # reads the rule's table: must not raise


def test_a_rule_added_since_a_profile_was_stored_gets_the_shipped_default() -> None:
    """A procedure keeps the profile version it ran under; a rule the method gained later
    reads the default profile's table there, while a new upload must still name every rule."""
    import re

    from bewustwerven.core.policy import PolicyError, load_default_profile, parse_stored_profile

    text = FROZEN[0].read_text(encoding="utf-8")
    # the stored text without its [rules.COM-AGE] table, as if that rule came later
    older = re.sub(r"\[rules\.COM-AGE\]\n(?:(?!\[).*\n)*", "", text)
    assert "[rules.COM-AGE]" not in older
    with pytest.raises(PolicyError, match="COM-AGE"):
        parse_profile(older)
    stored = parse_stored_profile(older)
    assert stored.rule("COM-AGE").values == load_default_profile().rule("COM-AGE").values
    assert stored.rule("CRIT-MAX").values == parse_profile(text).rule("CRIT-MAX").values
