"""Complaints in the organisation report (issue 7): how many came in per unit and whether
they were answered within the 4-week term, with small counts suppressed like every figure."""

from __future__ import annotations

from collections import defaultdict
from datetime import date

from sqlalchemy import Date, String, text
from sqlalchemy.orm import Session

from bewustwerven.core.stats import Table, suppress_linked
from bewustwerven.reports import model as M
from bewustwerven.services.reporting.figures import _count_table
from bewustwerven.services.reporting.scope import Scope

#: A partition of the complaints received, so the row total is the number received.
COLS = ("handled_in_time", "handled_late", "open_in_time", "open_overdue")


def column(status: str, due_on: date, handled_on: date | None, today: date) -> str:
    if status == "handled":
        return "handled_in_time" if handled_on is not None and handled_on <= due_on else (
            "handled_late"
        )
    return "open_overdue" if due_on < today else "open_in_time"


def complaint_table(
    session: Session, scope: Scope, dialect: str, today: date, n: int
) -> M.CountTable | None:
    """Complaints against the procedures in scope, per unit; None when there are none."""
    q = text(
        "SELECT u.code, c.status, c.due_on, c.handled_on FROM complaints c "
        f"JOIN procedures p ON p.id = c.procedure_id {scope.sql()}"
    ).columns(code=String, status=String, due_on=Date, handled_on=Date)
    counts: dict[str, dict[str, int]] = defaultdict(lambda: dict.fromkeys(COLS, 0))
    for code, status, due_on, handled_on in session.execute(q, scope.params(dialect)):
        counts[code][column(status, due_on, handled_on, today)] += 1
    if not counts:
        return None
    table = Table.from_mapping(counts, "unit", "complaint", sorted(counts), COLS, "complaints")
    return _count_table(suppress_linked([table], n)[0], "complaints")
