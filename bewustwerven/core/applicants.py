"""Reading applications from a CSV file (an ATS export or a spreadsheet), purely.

Accepts UTF-8 (with or without BOM) and the Excel variants Dutch users produce (cp1252,
``;`` as separator). Columns are recognised by their usual Dutch and English names; a
mapping can override that. The result lists every row's problems, so an import can be
all-or-nothing with a report per row.
"""

from __future__ import annotations

import csv
import io
import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, field

from bewustwerven.core.origin import UnknownCountry, countries, country

# field -> accepted header names (compared without case, accents, spaces, dashes, underscores)
ALIASES: dict[str, tuple[str, ...]] = {
    "name": (
        "naam",
        "volledige naam",
        "name",
        "full name",
        "kandidaat",
        "candidate",
        "sollicitant",
        "applicant",
    ),
    "first_name": ("voornaam", "first name", "given name", "roepnaam"),
    "infix": ("tussenvoegsel", "tussenvoegsels", "infix", "prefix"),
    "last_name": ("achternaam", "last name", "surname", "family name"),
    "email": ("e-mail", "email", "e-mailadres", "emailadres", "mail", "email address"),
    "phone": ("telefoon", "telefoonnummer", "tel", "phone", "phone number", "mobiel", "mobile"),
    "channel": ("kanaal", "wervingskanaal", "bron", "source", "channel", "via"),
    "letter": ("motivatie", "motivatiebrief", "brief", "letter", "cover letter", "motivation"),
    "country_own": ("geboorteland", "country of birth", "birth country"),
    "country_mother": ("geboorteland moeder", "country of birth mother", "mother country of birth"),
    "country_father": ("geboorteland vader", "country of birth father", "father country of birth"),
    "gender": ("gender", "geslacht", "gender identity"),
    "birth_year": ("geboortejaar", "birth year", "year of birth"),
    "disability": ("beperking", "functiebeperking", "disability"),
}
FIELDS = tuple(ALIASES)
SELF_ID_FIELDS = (
    "country_own",
    "country_mother",
    "country_father",
    "gender",
    "birth_year",
    "disability",
)
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_PHONE = re.compile(r"^\+?[0-9 ()./-]{6,20}$")
_RATHER_NOT = {
    "",
    "zeg ik liever niet",
    "liever niet",
    "rather not say",
    "prefer not to say",
    "onbekend",
    "unknown",
    "-",
    "n.v.t.",
    "n/a",
}


def _norm(text: str) -> str:
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[\s_\-.:]+", " ", text.lower()).strip()


_ALIAS_INDEX = {_norm(a): f for f, names in ALIASES.items() for a in names}


@dataclass(frozen=True, slots=True)
class RowError:
    line: int  # line in the file, header = 1
    column: str
    message_nl: str
    message_en: str

    def message(self, lang: str = "nl") -> str:
        return self.message_en if lang == "en" else self.message_nl


@dataclass(frozen=True, slots=True)
class Applicant:
    line: int
    name: str
    email: str = ""
    phone: str = ""
    channel: str = ""
    letter: str = ""
    self_identification: Mapping[str, object] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class ParsedFile:
    applicants: tuple[Applicant, ...]
    errors: tuple[RowError, ...]
    mapping: Mapping[str, str]  # field -> header
    unmapped: tuple[str, ...]
    encoding: str
    delimiter: str
    headers: tuple[str, ...] = ()

    @property
    def ok(self) -> bool:
        return not self.errors and bool(self.applicants)


def decode(data: bytes) -> tuple[str, str]:
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8"), "utf-8-sig"
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace"), "cp1252"


def sniff_delimiter(text: str) -> str:
    first = text.splitlines()[0] if text.strip() else ""
    counts = {d: first.count(d) for d in (";", ",", "\t")}
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] else ","


def guess_mapping(headers: list[str]) -> dict[str, str]:
    mapping: dict[str, str] = {}
    for h in headers:
        f = _ALIAS_INDEX.get(_norm(h))
        if f and f not in mapping:
            mapping[f] = h
    return mapping


def _country(value: str) -> str | None:
    v = value.strip()
    if _norm(v) in {_norm(x) for x in _RATHER_NOT}:
        return None
    try:
        return country(v.upper()).code
    except UnknownCountry:
        pass
    wanted = _norm(v)
    for lang in ("nl", "en"):
        for c in countries(lang):
            if _norm(c.name(lang)) == wanted:
                return c.code
    raise UnknownCountry(v)


def _self_id(get: Mapping[str, str], line: int, errors: list[RowError]) -> dict[str, object]:
    out: dict[str, object] = {}
    for f in ("country_own", "country_mother", "country_father"):
        if f in get:
            try:
                out[f] = _country(get[f])
            except UnknownCountry:
                errors.append(
                    RowError(
                        line, f, f"Onbekend land: '{get[f]}'.", f"Unknown country: '{get[f]}'."
                    )
                )
    if "birth_year" in get and _norm(get["birth_year"]) not in {_norm(x) for x in _RATHER_NOT}:
        raw = get["birth_year"].strip()
        if not raw.isdigit() or not 1930 <= int(raw) <= 2015:
            errors.append(
                RowError(
                    line,
                    "birth_year",
                    f"Geboortejaar '{raw}' klopt niet.",
                    f"Birth year '{raw}' is not valid.",
                )
            )
        else:
            out["birth_year"] = int(raw)
    for f in ("gender", "disability"):
        if f in get and _norm(get[f]) not in {_norm(x) for x in _RATHER_NOT}:
            out[f] = get[f].strip()
    return out


def parse_applicants(data: bytes, mapping: Mapping[str, str] | None = None) -> ParsedFile:
    """Parse a CSV export of applications. ``mapping`` is field -> header, overriding guesses."""
    text, encoding = decode(data)
    delimiter = sniff_delimiter(text)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        rows = list(reader)
    except csv.Error as exc:
        problem = RowError(reader.line_num or 1, "", f"Het bestand is geen leesbare CSV: {exc}.",
                           f"The file is not a readable CSV: {exc}.")
        return ParsedFile((), (problem,), {}, (), encoding, delimiter)
    if not rows or not any(c.strip() for c in rows[0]):
        return ParsedFile(
            (),
            (RowError(1, "", "Het bestand is leeg.", "The file is empty."),),
            {},
            (),
            encoding,
            delimiter,
        )
    headers = [h.strip() for h in rows[0]]
    chosen = guess_mapping(headers)
    for f, h in (mapping or {}).items():
        if f not in ALIASES:
            raise ValueError(f"unknown field {f!r}")
        if h and h not in headers:
            raise ValueError(f"column {h!r} is not in the file")
        if h:
            chosen[f] = h
        else:
            chosen.pop(f, None)
    errors: list[RowError] = []
    if "name" not in chosen and "last_name" not in chosen:
        errors.append(
            RowError(
                1,
                "name",
                "Er is geen kolom met de naam (naam of achternaam).",
                "There is no name column (name or last name).",
            )
        )
    index = {h: i for i, h in enumerate(headers)}
    used = set(chosen.values())
    applicants: list[Applicant] = []
    seen_email: dict[str, int] = {}
    for line, row in enumerate(rows[1:], start=2):
        if not any(c.strip() for c in row):
            continue
        get = {f: (row[index[h]].strip() if index[h] < len(row) else "") for f, h in chosen.items()}
        name = get.get("name") or " ".join(
            p
            for p in (get.get("first_name", ""), get.get("infix", ""), get.get("last_name", ""))
            if p
        )
        if not name.strip():
            errors.append(RowError(line, "name", "De naam ontbreekt.", "The name is missing."))
        email = get.get("email", "")
        if email and not _EMAIL.match(email):
            errors.append(
                RowError(
                    line,
                    "email",
                    f"'{email}' is geen geldig e-mailadres.",
                    f"'{email}' is not a valid e-mail address.",
                )
            )
        elif email:
            key = email.lower()
            if key in seen_email:
                errors.append(
                    RowError(
                        line,
                        "email",
                        f"Dit e-mailadres staat ook op regel {seen_email[key]}.",
                        f"This e-mail address is also on line {seen_email[key]}.",
                    )
                )
            seen_email.setdefault(key, line)
        phone = get.get("phone", "")
        if phone and not _PHONE.match(phone):
            errors.append(
                RowError(
                    line,
                    "phone",
                    f"'{phone}' is geen telefoonnummer.",
                    f"'{phone}' is not a phone number.",
                )
            )
        selfid = _self_id(get, line, errors)
        applicants.append(
            Applicant(
                line,
                name.strip(),
                email,
                phone,
                get.get("channel", ""),
                get.get("letter", ""),
                selfid,
            )
        )
    if not applicants and not errors:
        errors.append(
            RowError(
                2,
                "",
                "Er staan geen sollicitaties in het bestand.",
                "The file holds no applications.",
            )
        )
    return ParsedFile(
        tuple(applicants),
        tuple(errors),
        chosen,
        tuple(h for h in headers if h not in used),
        encoding,
        delimiter,
        tuple(headers),
    )
