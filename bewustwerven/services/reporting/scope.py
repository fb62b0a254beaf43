"""The procedures an organisation report covers, as a SQL fragment with its parameters."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any

SCOPE_JOINS = "JOIN vacancies va ON va.id = p.vacancy_id JOIN units u ON u.id = va.unit_id "


@dataclass(frozen=True, slots=True)
class Scope:
    """Procedures created from ``start`` up to and including ``end``, in ``units`` (all: ())."""

    start: date
    end: date
    units: tuple[str, ...] = ()

    def sql(self) -> str:
        """JOINs and WHERE for a query whose FROM already has ``procedures p``."""
        where = "WHERE p.created_at >= :t0 AND p.created_at < :t1"
        if self.units:
            names = ", ".join(f":u{i}" for i in range(len(self.units)))
            where += f" AND u.code IN ({names})"
        return SCOPE_JOINS + where

    def params(self, dialect: str) -> dict[str, Any]:
        t0 = datetime.combine(self.start, time())
        t1 = datetime.combine(self.end + timedelta(days=1), time())
        out: dict[str, Any] = {"t0": _stamp(t0, dialect), "t1": _stamp(t1, dialect)}
        out.update({f"u{i}": code for i, code in enumerate(self.units)})
        return out


def _stamp(value: datetime, dialect: str) -> Any:
    # SQLite stores SQLAlchemy DateTime as text in this shape; compare like with like.
    return value.strftime("%Y-%m-%d %H:%M:%S.%f") if dialect == "sqlite" else value


def days_between(earlier: str, later: str, dialect: str) -> str:
    """SQL for the number of days (fractional) between two timestamp expressions."""
    if dialect == "postgresql":
        return f"(EXTRACT(EPOCH FROM ({later} - {earlier})) / 86400.0)"
    return f"(julianday({later}) - julianday({earlier}))"
