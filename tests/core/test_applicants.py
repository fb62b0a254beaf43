"""CSV parsing of applications: pure, with a report per row."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from bewustwerven.core.applicants import decode, guess_mapping, parse_applicants, sniff_delimiter


def test_dutch_and_english_headers_are_recognised():
    m = guess_mapping(
        [
            "Voornaam",
            "Tussenvoegsel",
            "Achternaam",
            "E-mailadres",
            "Telefoon",
            "Wervingskanaal",
            "Geboorteland moeder",
            "Geboortejaar",
        ]
    )
    assert m == {
        "first_name": "Voornaam",
        "infix": "Tussenvoegsel",
        "last_name": "Achternaam",
        "email": "E-mailadres",
        "phone": "Telefoon",
        "channel": "Wervingskanaal",
        "country_mother": "Geboorteland moeder",
        "birth_year": "Geboortejaar",
    }
    assert guess_mapping(["Full name", "Email", "Phone"]) == {
        "name": "Full name",
        "email": "Email",
        "phone": "Phone",
    }


def test_name_parts_are_joined_with_particles():
    parsed = parse_applicants(b"Voornaam;Tussenvoegsel;Achternaam\nAnne;van der;Berg\n")
    assert parsed.ok and parsed.applicants[0].name == "Anne van der Berg"


def test_encodings_and_separators():
    assert decode("Zoë".encode("cp1252")) == ("Zoë", "cp1252")
    assert decode(b"\xef\xbb\xbfA") == ("A", "utf-8-sig")
    assert sniff_delimiter("a;b;c\n1;2;3") == ";"
    assert sniff_delimiter("a\tb\n") == "\t"


def test_self_identification_accepts_codes_and_names_and_rather_not_say():
    data = (
        b"Naam;Geboorteland;Geboorteland moeder;Geboorteland vader;Geboortejaar\n"
        b"A;Nederland;Marokko;zeg ik liever niet;1990\nB;SR;Suriname;Suriname;\n"
        b"C;Atlantis;NL;NL;1850\n"
    )
    parsed = parse_applicants(data)
    a, b, _ = parsed.applicants
    assert a.self_identification == {
        "country_own": "NL",
        "country_mother": "MA",
        "country_father": None,
        "birth_year": 1990,
    }
    assert b.self_identification["country_own"] == "SR"
    assert {(e.line, e.column) for e in parsed.errors} == {(4, "country_own"), (4, "birth_year")}


def test_duplicate_email_and_empty_file():
    parsed = parse_applicants(b"name,email\nA,a@x.nl\nB,A@X.nl\n")
    assert not parsed.errors  # a probable duplicate: flagged, the recruiter chooses
    assert [(d.line, d.other, d.reason) for d in parsed.duplicates] == [(3, "2", "email")]
    assert not parse_applicants(b"").ok
    assert not parse_applicants(b"name\n").ok


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=400))
def test_any_bytes_give_a_result_not_a_crash(data):
    parsed = parse_applicants(data)
    for err in parsed.errors:
        assert err.line >= 1 and err.message_nl and err.message_en


@settings(max_examples=100, deadline=None)
@given(
    st.lists(
        st.text(
            alphabet=st.characters(blacklist_categories=("Cs", "Cc")), min_size=1, max_size=20
        # a name made only of commas is a blank spreadsheet row (",,"), skipped like one
        ).filter(lambda s: s.replace(",", "").strip() and ";" not in s and '"' not in s),
        min_size=1,
        max_size=10,
    )
)
def test_every_named_row_becomes_an_applicant(names):
    data = (
        "Naam\n" + "\n".join(n.replace("\n", " ").replace("\r", " ") for n in names) + "\n"
    ).encode()
    parsed = parse_applicants(data)
    kept = [n for n in names if n.replace("\n", " ").replace("\r", " ").replace(",", "").strip()]
    assert len(parsed.applicants) + len(parsed.errors) >= len(kept) or not kept


def test_a_row_of_only_commas_is_a_blank_row() -> None:
    """Found by hypothesis (names '0' and ','): a spreadsheet's empty row is skipped."""
    parsed = parse_applicants(b"Naam\n0\n,\n")
    assert [a.name for a in parsed.applicants] == ["0"] and not parsed.errors
