"""The interview ranking for the decision stage: the chair's view of the recorded consensus.

ConsensusService.view only works while members score (screening, interviews). At the
decision the chair needs the interview consensus again, ranked on the criteria, to choose
and to motivate; this service gives it, pseudonymised (never identities).
"""

from __future__ import annotations

from dataclasses import dataclass

from bewustwerven.core.procedure import Role, Stage
from bewustwerven.services import access
from bewustwerven.services import facts as F
from bewustwerven.services.base import Service
from bewustwerven.services.errors import Forbidden


@dataclass(frozen=True, slots=True)
class RankedCandidate:
    pseudonym: str
    outcome: str | None  # suitable / reserve / not_suitable, None: no consensus recorded
    total: float | None
    scores: dict[str, float]  # criterion key -> consensus score
    motivations: dict[str, str]


class RankingService(Service):
    def interview_ranking(self, pid: int) -> list[RankedCandidate]:
        """Interviewed candidates, best consensus total first (no consensus: last)."""
        with self.read() as session:
            proc = access.load(session, pid)
            if access.seat_role(session, proc, self.actor) != "chair" and not self.actor.has(
                Role.HR
            ):
                raise Forbidden(
                    "De rangorde van de gesprekken is voor de voorzitter en P&O.",
                    "The interview ranking is for the chair and HR.",
                )
            cons = F.consensus_rows(session, proc, Stage.INTERVIEWS)
            out = []
            for cand in F.pool(session, proc, Stage.INTERVIEWS):
                c = cons.get(cand.id)
                out.append(
                    RankedCandidate(
                        cand.pseudonym,
                        c.outcome if c else None,
                        c.total if c else None,
                        dict(c.scores or {}) if c else {},
                        dict(c.motivations or {}) if c else {},
                    )
                )
            out.sort(key=lambda r: (r.total is None, -(r.total or 0.0), r.pseudonym))
            return out


__all__ = ["RankedCandidate", "RankingService"]
