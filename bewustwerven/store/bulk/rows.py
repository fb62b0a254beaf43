"""The generator's own records of one procedure, and the rows both stages of it share.

``procedure.py`` builds a procedure up to its candidates, ``scoring.py`` scores it; both
import from here and not from each other (no import cycle).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from statistics import mean

from bewustwerven.core import registry
from bewustwerven.core.procedure import DeviationStatus, Stage
from bewustwerven.store.bulk.context import Context, Row, Rows


@dataclass
class Spec:
    title: str
    template: str
    scale: int
    unit: str
    created_at: datetime
    applications: int
    stage: Stage | None = None  # None: follows from the dates


@dataclass
class Built:
    procedure_id: int
    stage: Stage
    rows: Rows = field(default_factory=dict)

    def add(self, table: str, row: Row) -> Row:
        self.rows.setdefault(table, []).append(row)
        return row

    def count(self, table: str) -> int:
        return len(self.rows.get(table, ()))


@dataclass
class Crit:
    """A criterion as ``core.method`` reads it (key, knock-out, weight) and its questions."""

    key: str
    knockout: bool
    weight: float
    questions: list[str]


@dataclass
class Cand:
    id: int
    pseudonym: str
    quality: float
    target: bool | None
    row: Row


_COMMENTS = {
    DeviationStatus.APPROVED: "Akkoord, eenmalig.",
    DeviationStatus.REJECTED: "Niet akkoord: herstart.",
    DeviationStatus.PENDING: "",
}


def deviation_row(
    ctx: Context,
    pid: int,
    code: str,
    stage: Stage,
    text: str,
    status: DeviationStatus,
    by: int,
    when: datetime,
    decider: int | None,
    decided: datetime | None,
    used: datetime | None,
) -> Row:
    """A deviation for rule ``code`` of the registry, with the type the registry gives it
    (``DeviationService.request`` refuses the same codes)."""
    refused = registry.refusal(code)
    dtype = registry.deviation_type_for(code)
    if refused is not None or dtype is None:
        raise ValueError(f"no deviation for {code!r}: {refused.en if refused else ''}")
    return {
        "id": ctx.ids("deviations"),
        "procedure_id": pid,
        "type": dtype.value,
        "rule_code": code,
        "stage": stage.value,
        "round": 1,
        "justification": text,
        "status": status.value,
        "requested_by": by,
        "requested_at": when,
        "decided_by": decider,
        "decided_at": decided,
        "comment": _COMMENTS[status],
        "used_at": used,
        "version_id": 1 + (decider is not None) + (used is not None),
    }


def consensus_scores(
    crits: Sequence[Crit], per_item: list[dict[str, int]], screening: bool
) -> dict[str, float]:
    """The committee's score per criterion: the rounded mean of the members' scores (at
    interviews over the criterion's questions)."""
    out = {}
    for c in crits:
        keys = [c.key] if screening else c.questions
        vals = [v[k] for v in per_item for k in keys if k in v]
        out[c.key] = float(round(mean(vals))) if vals else 3.0
    return out
