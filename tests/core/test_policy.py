"""Policy profiles: the default loads; a malformed profile raises a PolicyError naming the key."""

from __future__ import annotations

import re

import pytest

from bewustwerven.core.facts import ShortlistCandidate
from bewustwerven.core.findings import Severity
from bewustwerven.core.policy import PolicyError, load_default_profile, parse_profile
from bewustwerven.core.rules import ALL_RULE_CODES, check_rooney

DEFAULT = load_default_profile()
TEXT = DEFAULT.raw_toml


def replace_in_rule(code: str, old: str, new: str) -> str:
    """The default profile text with ``old`` replaced by ``new`` inside ``[rules.CODE]`` only."""
    start = TEXT.index(f"[rules.{code}]\n")
    end = TEXT.find("\n[", start + 1)
    end = len(TEXT) if end < 0 else end
    section = TEXT[start:end]
    assert re.search(old, section, flags=re.M), f"{old!r} not in {code}"
    return TEXT[:start] + re.sub(old, new, section, count=1, flags=re.M) + TEXT[end:]


def test_default_profile_has_every_rule_with_a_source() -> None:
    assert DEFAULT.label == "amsterdam v1"
    assert (DEFAULT.scale_min, DEFAULT.scale_max) == (1, 5)
    for code in ALL_RULE_CODES:
        assert DEFAULT.rule(code).source.strip(), code
    assert DEFAULT.rule("ROONEY").int("from_scale") == 12
    assert DEFAULT.rule("PREF").int("from_scale") == 15
    assert DEFAULT.rule("COM-AGE").enabled is False
    assert DEFAULT.rule("COM-TRAIN").sev("chair_severity") is Severity.BLOCK


def test_round_trip_of_default_text() -> None:
    assert parse_profile(TEXT) == DEFAULT


@pytest.mark.parametrize(("code", "old", "new", "key"), [
    ("ROONEY", r"^from_scale = 12$", 'from_scale = "twelve"', "rules.ROONEY.from_scale"),
    ("ROONEY", r"^min_invited = 1$", "min_invited = true", "rules.ROONEY.min_invited"),
    ("ROONEY", r"^severity = \"block\"$", 'severity = "fatal"', "rules.ROONEY.severity"),
    ("PREF", r"^margin = 0.0$", 'margin = "0"', "rules.PREF.margin"),
    ("PREF", r"^margin = 0.0\n", "", "rules.PREF.margin"),
    ("COM-GENDER", r"^min_share = 0.30$", "min_share = [0.3]", "rules.COM-GENDER.min_share"),
    ("COM-AGE", r"^enabled = false$", 'enabled = "no"', "rules.COM-AGE.enabled"),
    ("COM-TRAIN", r"^chair_severity = \"block\"$", 'chair_severity = "BLOCK"',
     "rules.COM-TRAIN.chair_severity"),
    ("CRIT-Q", r"^min_questions = 1$", "min_questions = 1\nmin_qestions = 2",
     "rules.CRIT-Q.min_qestions"),
    ("CHAN", r"^from_scale = 12$", "from_scale = 12.5", "rules.CHAN.from_scale"),
])
def test_malformed_rule_names_the_key(code: str, old: str, new: str, key: str) -> None:
    with pytest.raises(PolicyError) as err:
        parse_profile(replace_in_rule(code, old, new))
    assert err.value.key == key
    assert key in str(err.value)


def test_missing_rule_table() -> None:
    text = TEXT.replace("[rules.PREF-AGE]", "[rules.PREF-AGE-OLD]")
    with pytest.raises(PolicyError) as err:
        parse_profile(text)
    assert err.value.key == "rules.PREF-AGE"


def test_unknown_rule_table() -> None:
    with pytest.raises(PolicyError) as err:
        parse_profile(TEXT + '\n[rules.ROONEY2]\nseverity = "block"\n')
    assert err.value.key == "rules.ROONEY2"


@pytest.mark.parametrize(("old", "new", "key"), [
    ("version = 1", "version = 0", "profile.version"),
    ("version = 1", 'version = "1"', "profile.version"),
    ("scale_max = 5", "scale_max = 2", "scoring.scale_max"),
    ('classification = "cbs2022"\n', "", "target_group.classification"),
])
def test_malformed_head_names_the_key(old: str, new: str, key: str) -> None:
    with pytest.raises(PolicyError) as err:
        parse_profile(TEXT.replace(old, new, 1))
    assert err.value.key == key


def test_not_toml() -> None:
    with pytest.raises(PolicyError):
        parse_profile("[profile\nname=")


def test_a_valid_modified_profile_drives_the_rule() -> None:
    p = parse_profile(replace_in_rule("ROONEY", r"^from_scale = 12$", "from_scale = 9"))
    assert p.rule("ROONEY").int("from_scale") == 9
    found = check_rooney(9, [ShortlistCandidate("K-1", True, True, False)], p)
    assert [f.code for f in found] == ["ROONEY"]
    assert check_rooney(9, [ShortlistCandidate("K-1", True, True, False)], DEFAULT) == []


@pytest.mark.parametrize(("code", "old", "new", "key"), [
    # a key that configures nothing is refused, not silently kept
    ("ROONEY", r"^min_invited = 1$", 'min_invited = 1\nsettings = "x"', "rules.ROONEY.settings"),
    # enforced rules cannot be switched off
    ("SCORE-INDEP", r"^bypassable = false$", "bypassable = false\nenabled = false",
     "rules.SCORE-INDEP.enabled"),
    ("SUPPRESS", r"^min_count = 5$", "min_count = 5\nenabled = false", "rules.SUPPRESS.enabled"),
    ("RETAIN", r"^days = 28$", "days = 28\nenabled = false", "rules.RETAIN.enabled"),
    # independent scoring is always a block
    ("SCORE-INDEP", r"^severity = \"block\"$", 'severity = "warn"', "rules.SCORE-INDEP.severity"),
    ("ROONEY", r"^min_invited = 1$", 'min_invited = 1\nenabled = "yes"', "rules.ROONEY.enabled"),
])
def test_unused_and_forbidden_rule_keys_are_refused(code: str, old: str, new: str,
                                                    key: str) -> None:
    with pytest.raises(PolicyError) as err:
        parse_profile(replace_in_rule(code, old, new))
    assert err.value.key == key


@pytest.mark.parametrize(("old", "new", "key"), [
    ("[targets]\n", "[targets]\nunder_40_share = 0.1\n", "targets.under_40_share"),
    ("[scoring]\n", "[scoring]\nscale_step = 1\n", "scoring.scale_step"),
    ("[profile]\n", "[profile]\nowner = \"x\"\n", "profile.owner"),
    ("[targets]\n", "[weights]\nx = 1\n\n[targets]\n", "weights"),
])
def test_unknown_keys_outside_the_rules_are_refused(old: str, new: str, key: str) -> None:
    with pytest.raises(PolicyError) as err:
        parse_profile(TEXT.replace(old, new, 1))
    assert err.value.key == key


def test_a_switchable_rule_may_be_switched_on() -> None:
    p = parse_profile(replace_in_rule("COM-AGE", r"^enabled = false$", "enabled = true"))
    assert p.rule("COM-AGE").enabled is True
