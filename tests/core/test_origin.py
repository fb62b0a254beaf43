"""CBS 2022 origin classification, the legacy mapping and target groups."""

from __future__ import annotations

import string
from importlib.resources import files

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bewustwerven.core.origin import (
    Classification,
    Continent,
    Generation,
    LegacyGroup,
    Origin,
    OriginDetail,
    OriginGroup,
    TargetGroup,
    UnknownCountry,
    classify,
    countries,
    country,
    legacy_group,
)
from bewustwerven.core.origin.countries import collation_key, parse_table

ALL_CODES = sorted(c.code for c in countries())
codes_or_none = st.one_of(st.none(), st.sampled_from(ALL_CODES))
abroad = st.sampled_from([c for c in ALL_CODES if c != "NL"])

DEFAULT = TargetGroup.default()
LEGACY_NON_WESTERN = TargetGroup.from_mapping({"classification": "legacy",
                                               "groups": ["non_western"]})


# --- the country table -------------------------------------------------------------------


def test_table_has_every_iso_country_once() -> None:
    assert len(ALL_CODES) == 249
    assert len(set(ALL_CODES)) == 249
    assert all(len(c) == 2 and c.isupper() for c in ALL_CODES)


def test_csv_starts_with_comment_lines_naming_sources() -> None:
    text = files("bewustwerven.resources").joinpath("countries.csv").read_text("utf-8")
    head = text.splitlines()[0]
    assert head.startswith("#")
    assert "cbs.nl" in text and "Turkey under Asia" in text


@pytest.mark.parametrize(
    ("code", "group", "detail", "western"),
    [
        ("NL", OriginGroup.NETHERLANDS, OriginDetail.NETHERLANDS, True),
        ("DE", OriginGroup.EUROPE, OriginDetail.EUROPE, True),
        ("RU", OriginGroup.EUROPE, OriginDetail.EUROPE, True),
        ("PL", OriginGroup.EUROPE, OriginDetail.EUROPE, True),
        ("TR", OriginGroup.OUTSIDE_EUROPE, OriginDetail.TURKEY, False),
        ("MA", OriginGroup.OUTSIDE_EUROPE, OriginDetail.MOROCCO, False),
        ("SR", OriginGroup.OUTSIDE_EUROPE, OriginDetail.SURINAME, False),
        ("AW", OriginGroup.OUTSIDE_EUROPE, OriginDetail.DUTCH_CARIBBEAN, False),
        ("CW", OriginGroup.OUTSIDE_EUROPE, OriginDetail.DUTCH_CARIBBEAN, False),
        ("SX", OriginGroup.OUTSIDE_EUROPE, OriginDetail.DUTCH_CARIBBEAN, False),
        ("BQ", OriginGroup.OUTSIDE_EUROPE, OriginDetail.DUTCH_CARIBBEAN, False),
        ("ID", OriginGroup.OUTSIDE_EUROPE, OriginDetail.INDONESIA, True),
        ("JP", OriginGroup.OUTSIDE_EUROPE, OriginDetail.ASIA, True),
        ("CN", OriginGroup.OUTSIDE_EUROPE, OriginDetail.ASIA, False),
        ("SY", OriginGroup.OUTSIDE_EUROPE, OriginDetail.ASIA, False),
        ("GH", OriginGroup.OUTSIDE_EUROPE, OriginDetail.AFRICA, False),
        ("US", OriginGroup.OUTSIDE_EUROPE, OriginDetail.AMERICA, True),
        ("CA", OriginGroup.OUTSIDE_EUROPE, OriginDetail.AMERICA, True),
        ("BR", OriginGroup.OUTSIDE_EUROPE, OriginDetail.AMERICA, False),
        ("MX", OriginGroup.OUTSIDE_EUROPE, OriginDetail.AMERICA, False),
        ("AU", OriginGroup.OUTSIDE_EUROPE, OriginDetail.OCEANIA, True),
    ],
)
def test_country_groups(code: str, group: OriginGroup, detail: OriginDetail,
                        western: bool) -> None:
    item = country(code)
    assert (item.cbs_group, item.cbs_detail, item.legacy_western) == (group, detail, western)


def test_turkey_is_asia_outside_europe_and_non_western() -> None:
    turkey = country("TR")
    assert turkey.continent is Continent.ASIA
    assert turkey.name_nl == "Turkije"


def test_table_is_internally_consistent() -> None:
    for item in countries():
        if item.code == "NL":
            continue
        expected = (OriginGroup.EUROPE if item.continent is Continent.EUROPE
                    else OriginGroup.OUTSIDE_EUROPE)
        assert item.cbs_group is expected, item.code
        if item.cbs_detail.value in {c.value for c in Continent}:
            assert item.cbs_detail.value == item.continent.value, item.code
        if item.continent in (Continent.EUROPE, Continent.OCEANIA):
            assert item.legacy_western, item.code
        if item.continent is Continent.AFRICA:
            assert not item.legacy_western, item.code


def test_dutch_names_for_the_form() -> None:
    assert country("DE").name("nl") == "Duitsland"
    assert country("DE").name("en") == "Germany"
    assert country("GE").name_nl == "Georgië"
    assert country("BQ").name_nl.startswith("Caribisch Nederland")
    with pytest.raises(ValueError, match="Language"):
        country("DE").name("fr")


def test_countries_sorted_by_name_ignoring_accents() -> None:
    names = [c.name_nl for c in countries("nl")]
    assert names == sorted(names, key=collation_key)
    assert names.index("Afghanistan") < names.index("Åland") < names.index("Albanië")
    en = [c.name_en for c in countries("en")]
    assert en[0] == "Afghanistan" and en.index("Curaçao") < en.index("Cyprus")
    assert countries("en") is not countries("en")  # a fresh list each call
    with pytest.raises(ValueError):
        countries("de")


@pytest.mark.parametrize("bad", ["XX", "nl", "", "NLD", " NL", None, 31])
def test_unknown_country_code(bad: object) -> None:
    with pytest.raises(UnknownCountry, match="Unknown country code") as err:
        country(bad)  # type: ignore[arg-type]
    assert isinstance(err.value, ValueError)
    assert "Onbekende landcode" in str(err.value)


def test_parse_table_rejects_bad_rows() -> None:
    head = "code,name_nl,name_en,continent,cbs_group,cbs_detail,legacy_western\n"
    good = "NL,Nederland,Netherlands,europe,nl,netherlands,1\n"
    assert parse_table("# comment\n" + head + good)["NL"].legacy_western is True
    with pytest.raises(ValueError, match="appears twice"):
        parse_table(head + good + good)
    with pytest.raises(ValueError, match="row 1"):
        parse_table(head + good.replace("europe", "eurasia"))
    with pytest.raises(ValueError, match="row 1"):
        parse_table(head + good.replace(",1\n", ",yes\n"))


def test_table_matches_pycountry_when_installed() -> None:
    pycountry = pytest.importorskip("pycountry")
    assert {c.alpha_2 for c in pycountry.countries} == set(ALL_CODES)


# --- classify: the CBS rule --------------------------------------------------------------


def test_born_in_nl_mother_from_morocco() -> None:
    origin = classify("NL", "MA", "NL")
    assert origin == Origin(OriginGroup.OUTSIDE_EUROPE, "MA", OriginDetail.MOROCCO,
                            Generation.CHILD_OF_MIGRANTS, False)
    assert DEFAULT.contains(origin) is True


def test_mother_leads_when_both_parents_born_abroad() -> None:
    origin = classify("NL", "DE", "MA")
    assert (origin.country_code, origin.group) == ("DE", OriginGroup.EUROPE)
    assert DEFAULT.contains(origin) is False


def test_mother_nl_father_suriname() -> None:
    origin = classify("NL", "NL", "SR")
    assert (origin.country_code, origin.detail) == ("SR", OriginDetail.SURINAME)
    assert origin.generation is Generation.CHILD_OF_MIGRANTS
    assert origin.group is OriginGroup.OUTSIDE_EUROPE


def test_born_in_turkey() -> None:
    origin = classify("TR", "TR", "TR")
    assert origin.detail is OriginDetail.TURKEY
    assert origin.group is OriginGroup.OUTSIDE_EUROPE
    assert origin.generation is Generation.MIGRANT
    assert origin.legacy_western is False
    assert origin.label("nl") == "Turkije"


def test_born_abroad_own_country_counts_not_the_parents() -> None:
    origin = classify("BE", "MA", "MA")
    assert (origin.country_code, origin.group) == ("BE", OriginGroup.EUROPE)
    assert origin.generation is Generation.MIGRANT


def test_curacao() -> None:
    origin = classify("CW", None, None)
    assert origin.detail is OriginDetail.DUTCH_CARIBBEAN
    assert origin.group is OriginGroup.OUTSIDE_EUROPE
    assert origin.label("en") == "the Dutch Caribbean"
    assert classify("NL", "CW", "NL").detail is OriginDetail.DUTCH_CARIBBEAN
    assert classify("BQ", "NL", "NL").group is OriginGroup.OUTSIDE_EUROPE


def test_indonesia_is_outside_europe_but_legacy_western() -> None:
    origin = classify("NL", "ID", "ID")
    assert origin.detail is OriginDetail.INDONESIA
    assert origin.group is OriginGroup.OUTSIDE_EUROPE
    assert origin.legacy_western is True
    assert DEFAULT.contains(origin) is True
    assert LEGACY_NON_WESTERN.contains(origin) is False


def test_both_parents_born_in_nl_is_dutch_origin() -> None:
    origin = classify("NL", "NL", "NL")
    assert origin == Origin(OriginGroup.NETHERLANDS, "NL", OriginDetail.NETHERLANDS,
                            Generation.NATIVE, None)
    assert DEFAULT.contains(origin) is False
    assert legacy_group(origin) is LegacyGroup.NETHERLANDS


def test_born_abroad_to_dutch_parents_migrant_now_no_background_under_legacy() -> None:
    origin = classify("US", "NL", "NL")
    assert origin.generation is Generation.MIGRANT
    assert origin.detail is OriginDetail.AMERICA
    assert origin.legacy_western is None
    assert legacy_group(origin) is LegacyGroup.NETHERLANDS
    assert classify("US", "NL", None).legacy_western is True


# --- classify: unknowns ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("own", "mother", "father", "expected_code", "generation"),
    [
        (None, "MA", "MA", None, Generation.UNKNOWN),
        (None, None, None, None, Generation.UNKNOWN),
        ("NL", None, None, None, Generation.UNKNOWN),
        ("NL", "NL", None, None, Generation.UNKNOWN),
        ("NL", None, "NL", None, Generation.UNKNOWN),
        ("NL", None, "TR", "TR", Generation.CHILD_OF_MIGRANTS),
        ("NL", "TR", None, "TR", Generation.CHILD_OF_MIGRANTS),
        ("MA", None, None, "MA", Generation.MIGRANT),
    ],
)
def test_unknowns(own: str | None, mother: str | None, father: str | None,
                  expected_code: str | None, generation: Generation) -> None:
    origin = classify(own, mother, father)
    assert origin.country_code == expected_code
    assert origin.generation is generation
    assert (origin.group is OriginGroup.UNKNOWN) == (expected_code is None)


def test_unknown_origin_is_not_dutch_and_not_judged() -> None:
    origin = classify("NL", None, None)
    assert origin.group is OriginGroup.UNKNOWN and origin.detail is None
    assert origin.label("nl") == "onbekend"
    assert DEFAULT.contains(origin) is None
    assert LEGACY_NON_WESTERN.contains(origin) is None


@pytest.mark.parametrize("args", [("XX", None, None), ("NL", "nl", None), ("NL", "NL", "")])
def test_classify_rejects_bad_codes(args: tuple[str | None, str | None, str | None]) -> None:
    with pytest.raises(UnknownCountry):
        classify(*args)


# --- target groups -----------------------------------------------------------------------


def test_default_target_group_is_amsterdam_outside_europe() -> None:
    parsed = TargetGroup.from_mapping({"classification": "cbs2022", "groups": ["outside_europe"]})
    assert parsed == DEFAULT
    assert DEFAULT.label("nl") == "herkomst buiten Europa"
    assert DEFAULT.label("en") == "origin outside Europe"
    assert DEFAULT.to_mapping() == {"classification": "cbs2022", "groups": ["outside_europe"]}


def test_turkey_differs_between_legacy_and_detail_groups() -> None:
    born_in_turkey = classify("TR", None, None)
    assert LEGACY_NON_WESTERN.contains(born_in_turkey) is True
    japan = classify("JP", None, None)
    assert DEFAULT.contains(japan) is True
    assert LEGACY_NON_WESTERN.contains(japan) is False
    russia = classify("RU", None, None)
    assert DEFAULT.contains(russia) is False


def test_detail_target_group() -> None:
    group = TargetGroup.from_mapping({"classification": "cbs2022",
                                      "groups": ["turkey", "morocco"]})
    assert group.contains(classify("NL", "MA", None)) is True
    assert group.contains(classify("SY", None, None)) is False
    assert group.label("nl") == "herkomst Turkije of Marokko"
    asia = TargetGroup(Classification.CBS2022, ("asia",))
    assert asia.contains(classify("SY", None, None)) is True
    assert asia.contains(classify("TR", None, None)) is False  # CBS: Asia excluding Turkey


def test_legacy_labels() -> None:
    assert LEGACY_NON_WESTERN.label("nl") == (
        "niet-westerse migratieachtergrond (oude CBS-indeling)")
    assert LEGACY_NON_WESTERN.label("en").startswith("non-western migration background")
    with pytest.raises(ValueError):
        LEGACY_NON_WESTERN.label("fr")


@pytest.mark.parametrize(
    ("mapping", "named"),
    [
        ({"classification": "cbs2021", "groups": ["outside_europe"]}, "'cbs2021'"),
        ({"classification": "cbs2022", "groups": ["non_western"]}, "'non_western'"),
        ({"classification": "legacy", "groups": ["outside_europe"]}, "'outside_europe'"),
        ({"classification": "cbs2022", "groups": ["unknown"]}, "'unknown'"),
        ({"classification": "cbs2022", "groups": "outside_europe"}, "expected a list"),
        ({"classification": "cbs2022", "groups": []}, "non-empty"),
        ({"classification": "cbs2022", "groups": [["asia"]]}, "['asia']"),
        ({"classification": "cbs2022"}, "'groups'"),
        ({"groups": ["outside_europe"]}, "'classification'"),
        ({"classification": "cbs2022", "groups": ["asia"], "group": []}, "'group'"),
        (["cbs2022"], "expected a table"),
    ],
)
def test_from_mapping_names_the_bad_key_or_value(mapping: object, named: str) -> None:
    with pytest.raises(ValueError) as err:
        TargetGroup.from_mapping(mapping)
    assert named in str(err.value)


# --- properties --------------------------------------------------------------------------


@given(codes_or_none, codes_or_none, codes_or_none)
def test_classify_never_raises_and_is_consistent_with_the_table(
        own: str | None, mother: str | None, father: str | None) -> None:
    origin = classify(own, mother, father)
    if origin.country_code is None:
        assert origin == Origin(OriginGroup.UNKNOWN, None, None, Generation.UNKNOWN, None)
    else:
        item = country(origin.country_code)
        assert origin.group is item.cbs_group
        assert origin.detail is item.cbs_detail
        assert origin.country_code in (own, mother, father)
        assert origin.legacy_western in (item.legacy_western, None)


@given(abroad, codes_or_none, codes_or_none)
def test_born_abroad_is_always_migrant_with_own_country(
        own: str, mother: str | None, father: str | None) -> None:
    origin = classify(own, mother, father)
    assert origin.generation is Generation.MIGRANT
    assert origin.country_code == own


@given(codes_or_none, codes_or_none)
def test_born_in_nl_follows_mother_then_father(mother: str | None, father: str | None) -> None:
    origin = classify("NL", mother, father)
    if mother not in (None, "NL"):
        assert origin.country_code == mother
    elif father not in (None, "NL"):
        assert origin.country_code == father
    elif mother == father == "NL":
        assert origin.generation is Generation.NATIVE
    else:
        assert origin.group is OriginGroup.UNKNOWN
    if origin.known and origin.country_code != "NL":
        assert origin.generation is Generation.CHILD_OF_MIGRANTS


target_groups = st.one_of(
    st.lists(st.sampled_from(["netherlands", "europe", "outside_europe", "turkey", "morocco",
                              "suriname", "dutch_caribbean", "indonesia", "africa", "asia",
                              "america", "oceania"]), min_size=1, max_size=4)
    .map(lambda g: {"classification": "cbs2022", "groups": g}),
    st.lists(st.sampled_from(["western", "non_western", "netherlands"]), min_size=1, max_size=3)
    .map(lambda g: {"classification": "legacy", "groups": g}),
)


@given(target_groups, codes_or_none, codes_or_none, codes_or_none)
def test_contains_is_none_iff_origin_unknown(
        mapping: dict[str, object], own: str | None, mother: str | None,
        father: str | None) -> None:
    group = TargetGroup.from_mapping(mapping)
    origin = classify(own, mother, father)
    verdict = group.contains(origin)
    assert (verdict is None) == (origin.group is OriginGroup.UNKNOWN)
    assert TargetGroup.from_mapping(group.to_mapping()) == group
    assert group.label("nl") and group.label("en")


@given(codes_or_none, codes_or_none, codes_or_none)
def test_default_target_is_exactly_outside_europe(
        own: str | None, mother: str | None, father: str | None) -> None:
    origin = classify(own, mother, father)
    if origin.known:
        assert DEFAULT.contains(origin) is (origin.group is OriginGroup.OUTSIDE_EUROPE)


@given(st.text(alphabet=string.ascii_letters + string.digits + " ", max_size=3))
def test_classify_rejects_anything_not_in_the_table(code: str) -> None:
    if code in ALL_CODES:
        assert classify(code, "MA", "MA").country_code == (code if code != "NL" else "MA")
    else:
        with pytest.raises(UnknownCountry):
            classify(code, None, None)
