"""Reading applications from a CSV file (an ATS export or a spreadsheet), purely.

Accepts UTF-8 (with or without BOM) and the Excel variants Dutch users produce (cp1252,
``;`` as separator). Columns are recognised by their usual Dutch and English names; a
mapping can override that. The result lists every row's problems, so an import can be
all-or-nothing with a report per row.
"""

from __future__ import annotations

import csv
import functools
import io
import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, field

from bewustwerven.core.origin import UnknownCountry, countries, country
from bewustwerven.core.textfile import EncodingProblem, decode_text

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


_SEPARATORS = re.compile(r"[\s_\-.:]+")


@functools.lru_cache(maxsize=4096)  # the same few values (countries, headers) over and over
def _norm(text: str) -> str:
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return _SEPARATORS.sub(" ", text.lower()).strip()


_RATHER_NOT_NORM = frozenset(_norm(x) for x in _RATHER_NOT)
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
class Duplicate:
    """A probable second application of one person (``other`` is a line or a pseudonym)."""

    line: int
    other: str
    reason: str  # "email" | "name_phone"
    in_file: bool


@dataclass(frozen=True, slots=True)
class ParsedFile:
    applicants: tuple[Applicant, ...]
    errors: tuple[RowError, ...]
    mapping: Mapping[str, str]  # field -> header
    unmapped: tuple[str, ...]
    encoding: str
    delimiter: str
    headers: tuple[str, ...] = ()
    duplicates: tuple[Duplicate, ...] = ()  # within the file; the service adds the procedure's

    @property
    def ok(self) -> bool:
        return not self.errors and bool(self.applicants)

    @property
    def no_contact(self) -> bool:
        """Neither an e-mail nor a phone column: nobody can be told the outcome."""
        return "email" not in self.mapping and "phone" not in self.mapping


def decode(data: bytes) -> tuple[str, str]:
    """The whole file in one encoding (``core.textfile``); raises ``EncodingProblem``."""
    return decode_text(data)


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


@functools.lru_cache(maxsize=1024)
def _country(value: str) -> str | None:
    v = value.strip()
    if _norm(v) in _RATHER_NOT_NORM:
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


# -- strict reading ---------------------------------------------------------------------

# Longest accepted value per field, the same on every database (channel: the column's size).
MAX_LENGTH: dict[str, int] = {
    "name": 200,
    "first_name": 100,
    "infix": 30,
    "last_name": 150,
    "email": 254,
    "phone": 30,
    "channel": 200,
    "letter": 100_000,
    "country_own": 60,
    "country_mother": 60,
    "country_father": 60,
    "gender": 100,
    "birth_year": 10,
    "disability": 200,
}
_ADDRESS = re.compile(r"[^@\s;,<>\"']+@[^@\s;,<>\"']+\.[A-Za-z]{2,}")
_BIDI = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
# the first character _field_problem objects to (control characters are category Cc:
# U+0000-001F and U+007F-009F; a letter may hold tabs and line breaks)
_BAD_IN_FIELD = re.compile("[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
_BAD_IN_LETTER = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def email_key(email: str) -> str:
    e = unicodedata.normalize("NFKC", email).strip().casefold()
    return e.removeprefix("mailto:")


def phone_key(phone: str) -> str:
    digits = re.sub(r"\D", "", phone)
    for prefix in ("0031", "31"):
        if digits.startswith(prefix) and len(digits) > 9:
            return "0" + digits[len(prefix) :]
    return digits


def name_key(name: str) -> str:
    return _norm(name)


def person_keys(name: str, email: str, phone: str) -> list[tuple[str, str]]:
    """The keys by which two applications are probably the same person."""
    keys = []
    if email:
        keys.append(("email", email_key(email)))
    if phone and name:
        keys.append(("name_phone", f"{name_key(name)}|{phone_key(phone)}"))
    return keys


def _field_problem(
    field_name: str, value: str, ncols: int, delimiter: str
) -> tuple[str, str] | None:
    limit = MAX_LENGTH.get(field_name)
    if limit is not None and len(value) > limit:
        return (
            f"is te lang ({len(value)} tekens; het maximum is {limit})",
            f"is too long ({len(value)} characters; the maximum is {limit})",
        )
    letter = field_name == "letter"
    found = (_BAD_IN_LETTER if letter else _BAD_IN_FIELD).search(value)
    if found is None:
        chars: str = ""
    else:
        chars = value[found.start()]
    for ch in chars:
        if ch in "\n\r" and not letter:
            return (
                "bevat een regeleinde (staat er een aanhalingsteken dat niet sluit?)",
                "holds a line break (is there a quote that does not close?)",
            )
        if ch in _BIDI or (unicodedata.category(ch) == "Cc" and not (letter and ch in "\n\r\t")):
            return (
                f"bevat een stuurteken (U+{ord(ch):04X})",
                f"holds a control character (U+{ord(ch):04X})",
            )
    if letter:
        for part in value.splitlines()[1:]:
            if ncols > 2 and part.count(delimiter) >= ncols - 1:
                return (
                    "bevat iets dat op hele regels van het bestand lijkt (sluit een "
                    "aanhalingsteken niet?)",
                    "holds what looks like whole lines of the file (does a quote not close?)",
                )
    elif len(_ADDRESS.findall(value)) > 1:
        return ("bevat meer dan één e-mailadres", "holds more than one e-mail address")
    return None


def _no_name_column(headers: list[str]) -> RowError:
    found = ", ".join(f"'{h}'" for h in headers if h) or "–"
    accepted = ", ".join(f"'{a}'" for a in ALIASES["name"] + ALIASES["last_name"])
    return RowError(
        1,
        "name",
        f"Er is geen kolom met de naam. Gevonden kolommen: {found}. Een naamkolom heet "
        f"bijvoorbeeld: {accepted}. U kunt ook zelf een kolom als naam kiezen.",
        f"There is no name column. Columns found: {found}. A name column is called, e.g.: "
        f"{accepted}. You can also choose a column as the name yourself.",
    )


def _read_rows(text: str, delimiter: str) -> tuple[list[tuple[int, list[str]]], RowError | None]:
    """Records with the line each starts on; a quote that does not close is an error."""
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    rows: list[tuple[int, list[str]]] = []
    start = 1
    while True:
        try:
            row = next(reader)
        except StopIteration:
            return rows, None
        except csv.Error as exc:
            return rows, RowError(
                start,
                "",
                f'Regel {start}: een aanhalingsteken (") sluit niet of staat verkeerd ({exc}). '
                "Er is niets geïmporteerd.",
                f'Line {start}: a quote (") does not close or is misplaced ({exc}). '
                "Nothing was imported.",
            )
        rows.append((start, row))
        start = reader.line_num + 1


def parse_applicants(data: bytes, mapping: Mapping[str, str] | None = None) -> ParsedFile:
    """Parse a CSV export of applications. ``mapping`` is field -> header, overriding guesses."""
    try:
        text, encoding = decode(data)
    except EncodingProblem as exc:
        problem = RowError(exc.line, "", exc.message_nl, exc.message_en)
        return ParsedFile((), (problem,), {}, (), "", "")
    delimiter = sniff_delimiter(text)
    rows, broken = _read_rows(text, delimiter)
    if not rows or not any(c.strip() for c in rows[0][1]):
        empty = RowError(1, "", "Het bestand is leeg.", "The file is empty.")
        return ParsedFile((), (broken or empty,), {}, (), encoding, delimiter)
    headers = [h.strip() for h in rows[0][1]]
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
        errors.append(_no_name_column(headers))
    index = {h: i for i, h in enumerate(headers)}
    used = set(chosen.values())
    applicants: list[Applicant] = []
    duplicates: list[Duplicate] = []
    seen: dict[tuple[str, str], int] = {}
    ncols = len(headers)
    for line, row in rows[1:]:
        if not any(c.strip() for c in row):
            continue
        if len(row) != ncols and not (len(row) > ncols and not any(c.strip() for c in row[ncols:])):
            errors.append(
                RowError(
                    line,
                    "",
                    f"Deze regel heeft {len(row)} velden, de kopregel {ncols}.",
                    f"This line has {len(row)} fields, the header line {ncols}.",
                )
            )
            continue
        get = {f: row[index[h]].strip() for f, h in chosen.items()}
        bad_field = False
        for f, value in get.items():
            trouble = _field_problem(f, value, ncols, delimiter)
            if trouble is not None:
                bad_field = True
                errors.append(
                    RowError(
                        line,
                        f,
                        f"De kolom '{chosen[f]}' {trouble[0]}.",
                        f"The column '{chosen[f]}' {trouble[1]}.",
                    )
                )
        if bad_field:
            continue
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
        for key in person_keys(name.strip(), email, phone):
            if key in seen:
                duplicates.append(Duplicate(line, str(seen[key]), key[0], True))
                break
        for key in person_keys(name.strip(), email, phone):
            seen.setdefault(key, line)
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
    if broken is not None:
        errors.append(broken)
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
        tuple(duplicates),
    )
