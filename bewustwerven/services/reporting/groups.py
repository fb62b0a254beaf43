"""Group membership of candidates in scope, decrypted once per row and handed back to SQL.

Self-identification is sealed with AES-GCM, so the database cannot group by it. We open
each row here (the only per-row Python work of the report), reduce it to one small code
(origin group × target group × age band) and pass the codes to SQL as a single JSON
parameter, which SQL joins like a table (``json_each`` / ``jsonb_each_text``). All
counting then happens in SQL. Candidates without self-identification are not in the
mapping: SQL counts everyone, and the difference is "unknown".
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import text
from sqlalchemy.orm import Session

from bewustwerven.core.origin import OriginGroup, TargetGroup, UnknownCountry, classify
from bewustwerven.services.facts import SELFID_PLACE
from bewustwerven.store.crypto import FieldCipher

ORIGINS: tuple[str, ...] = (
    OriginGroup.NETHERLANDS.value,
    OriginGroup.EUROPE.value,
    OriginGroup.OUTSIDE_EUROPE.value,
    OriginGroup.UNKNOWN.value,
)
TARGET = ("no", "yes", "unknown")
AGE = ("under_35", "35_plus", "unknown")
UNKNOWN_CODE = 3 * 9 + 2 * 3 + 2


@dataclass(frozen=True, slots=True)
class Code:
    origin: str
    target: str
    age: str


def decode(code: int | None) -> Code:
    c = UNKNOWN_CODE if code is None else int(code)
    return Code(ORIGINS[c // 9], TARGET[(c // 3) % 3], AGE[c % 3])


def encode(origin: str, in_target: bool | None, under_35: bool | None) -> int:
    t = 2 if in_target is None else int(in_target)
    a = 2 if under_35 is None else (0 if under_35 else 1)
    return ORIGINS.index(origin) * 9 + t * 3 + a


def mapping_source(dialect: str) -> str:
    """A FROM item with columns ``key`` (candidate id as text) and ``value`` (the code)."""
    if dialect == "postgresql":
        return "jsonb_each_text(CAST(:groups AS jsonb)) AS g"
    return "json_each(:groups) AS g"


def group_codes(
    session: Session,
    scope_sql: str,
    params: dict[str, Any],
    cipher: FieldCipher,
    target: TargetGroup,
) -> str:
    """JSON ``{candidate id: code}`` for every self-identified candidate in scope."""
    rows = session.execute(
        text(
            "SELECT si.candidate_id, si.data_enc, p.created_at FROM self_identifications si "
            "JOIN candidates c ON c.id = si.candidate_id "
            f"JOIN procedures p ON p.id = c.procedure_id {scope_sql}"
        ),
        params,
    )
    out: dict[str, int] = {}
    for cid, blob, created in rows:
        data = cipher.open_json(blob, SELFID_PLACE) or {}
        try:
            origin = classify(
                data.get("country_own"), data.get("country_mother"), data.get("country_father")
            )
        except UnknownCountry:
            origin = classify(None, None, None)
        year = data.get("birth_year")
        ref_year = created.year if hasattr(created, "year") else int(str(created)[:4])
        under = None if not isinstance(year, int) else (ref_year - year) < 35
        out[str(cid)] = encode(origin.group.value, target.contains(origin), under)
    return json.dumps(out, separators=(",", ":"))
