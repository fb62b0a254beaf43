"""RankingService: the interview ranking is for the chair (and HR), pseudonymised, best first.

Built with the services' own fixtures (tests/services/conftest.py), not with a UI test's."""

from __future__ import annotations

import pytest

from bewustwerven.services.app import App
from bewustwerven.services.errors import Forbidden
from tests.services.conftest import make_procedure, open_and_import, score_all

MEMBERS = ("chris", "mila", "omar")


def test_ranking_order_and_access(org: App) -> None:
    pid = make_procedure(org)
    codes = sorted(open_and_import(org, pid))
    score_all(org, pid, members=MEMBERS, value=lambda login, code, key: 3)
    chair = org.as_user("chris")
    crit = [c.key for c in chair.procedures.show(pid).criteria]
    for n, code in enumerate(codes):
        chair.consensus.record(
            pid,
            code,
            "invite" if n < 3 else "reject",
            {k: 3.0 + (n % 3) * 0.5 for k in crit},
            {k: "ok" for k in crit},
        )
    ranking = chair.ranking.interview_ranking(pid)
    assert [r.pseudonym for r in ranking] == codes[:3]  # invited only; none scored yet
    assert all(r.total is None and r.outcome is None for r in ranking)
    for login in ("mila", "rita"):  # a member, the recruiter: not theirs to see
        with pytest.raises(Forbidden):
            org.as_user(login).ranking.interview_ranking(pid)
    assert [r.pseudonym for r in org.as_user("hanna").ranking.interview_ranking(pid)] == codes[:3]
    # interviews: the ranking follows the interview consensus, best first
    assert chair.procedures.advance(pid, acknowledge_warnings=True).advanced
    score_all(org, pid, members=MEMBERS, value=lambda login, code, key: 4)
    for n, code in enumerate(codes[:3]):
        chair.consensus.record(pid, code, "suitable", {k: 3.0 + n for k in crit},
                               {k: "ok" for k in crit})
    ranking = chair.ranking.interview_ranking(pid)
    assert [r.pseudonym for r in ranking] == [codes[2], codes[1], codes[0]]
    assert [r.total for r in ranking] == [5.0, 4.0, 3.0]
