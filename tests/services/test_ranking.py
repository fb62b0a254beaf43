"""RankingService: the interview ranking is for the chair (and HR), pseudonymised, best first."""

from __future__ import annotations

from pathlib import Path

import pytest

from bewustwerven.services.errors import Forbidden
from bewustwerven.services.ranking import RankingService
from tests.ui.test_full_path import SCORERS, build_until_screening


def test_ranking_order_and_access(tmp_path: Path) -> None:
    p = build_until_screening(tmp_path)
    chair = p.as_("voorzitter")
    codes = sorted(p.code_of.values())
    for login in SCORERS:
        app = p.as_(login)
        for code in codes:
            form = app.scoring.form(p.pid, code)
            app.scoring.save(p.pid, code, {i.key: (3, "bewijs") for i in form.items}, submit=True)
    crit = [c.key for c in chair.procedures.show(p.pid).criteria]
    for n, code in enumerate(codes):
        chair.consensus.record(
            p.pid,
            code,
            "invite" if n < 3 else "reject",
            {k: 3.0 + (n % 3) * 0.5 for k in crit},
            {k: "ok" for k in crit},
        )
    ranking = RankingService(chair.db, chair.actor).interview_ranking(p.pid)
    assert [r.pseudonym for r in ranking] == codes[:3]  # invited only; none scored yet
    assert all(r.total is None and r.outcome is None for r in ranking)
    with pytest.raises(Forbidden):
        RankingService(chair.db, p.as_("lid.een").actor).interview_ranking(p.pid)
    assert RankingService(chair.db, p.as_("pno.een").actor).interview_ranking(p.pid)
    p.close()
