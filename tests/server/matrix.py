"""THE table of the API's access rules: every operation, who may call it, with what.

``RULES[op] = (allowed roles, arguments)``. Roles are people of one procedure P in the
scoring stage: ``member`` (mila, a member of P's committee), ``chair`` (chris, its chair),
``recruiter`` (rita, who made P), ``hr`` (hanna, HR, not on the committee) and ``admin``
(ada, administrator only). Arguments are a function of the context (ids of P, of a
sacrificial procedure S for changes that would end P, of a deviation, a complaint...).
Allowed means the server did not refuse (no 401/403): the call may still answer 404 or
409 for reasons of the data. ``test_matrix.py`` checks every row in every column.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

from bewustwerven.services.dto import ChannelInput, SeatInput, VacancyInput
from tests.server.harness import password
from tests.services.conftest import CSV, TEXT, criteria

ROLES = ("member", "chair", "recruiter", "hr", "admin")
LOGINS = {"member": "mila", "chair": "chris", "recruiter": "rita", "hr": "hanna",
          "admin": "ada"}


@dataclass
class Ctx:
    p: int  # the procedure in scoring
    s: int  # a procedure of the same people for changes that would move P on
    q: int  # another recruiter's procedure with another committee
    codes: list[str]  # P's pseudonyms
    deviation: int
    complaint: int
    item_key: str
    counter: int = 0
    caller: str = ""  # the login making the call

    def fresh(self, stem: str) -> str:
        self.counter += 1
        return f"{stem}{self.counter}"


def vacancy(scale: int = 11) -> VacancyInput:
    return VacancyInput("Beleidsadviseur", "WPI", scale, 36, "Amsterdam",
                        TEXT.format(scale=scale, pref=""), date(2026, 1, 1))


SEATS = [SeatInput("chris", "chair"), SeatInput("mila", "member"),
         SeatInput("omar", "member"), SeatInput("ina", "hr")]

ALL = set(ROLES)
JUSTIFICATION = "een afwijking voor de test, lang genoeg"
M, C, R, H, A = "member", "chair", "recruiter", "hr", "admin"
Args = Callable[[Ctx], dict[str, Any]]


def _values(ctx: Ctx) -> dict[str, Any]:
    return {ctx.item_key: (3, "onderbouwing")}


RULES: dict[str, tuple[set[str], Args]] = {
    "procedures.advance": ({C, R}, lambda c: {"pid": c.s, "expected_version": 999}),
    "procedures.create": ({R}, lambda c: {"vacancy": vacancy()}),
    "procedures.gate": (ALL, lambda c: {"pid": c.p}),
    "procedures.list": (ALL, lambda c: {"with_findings": True}),
    "procedures.open_findings": (ALL, lambda c: {"pids": [c.p]}),
    "procedures.restart": ({C, R}, lambda c: {"pid": c.s, "reason": "opnieuw, test"}),
    "procedures.show": (ALL, lambda c: {"pid": c.p}),
    "setup.committee_findings": (ALL, lambda c: {"pid": c.p}),
    "setup.preview_committee": (ALL, lambda c: {"pid": c.p, "seats": SEATS}),
    "setup.set_channels": ({R}, lambda c: {"pid": c.s, "channels": [ChannelInput("x")]}),
    "setup.set_committee": ({R}, lambda c: {"pid": c.s, "seats": SEATS}),
    "setup.set_criteria": ({R}, lambda c: {"pid": c.s, "criteria": criteria()}),
    "setup.update_vacancy": ({R}, lambda c: {"pid": c.s, "vacancy": vacancy()}),
    "candidates.confirm_redactions": ({R}, lambda c: {"pid": c.p, "pseudonym": c.codes[0]}),
    "candidates.import_csv": ({R}, lambda c: {"pid": c.s, "data": CSV.encode()}),
    "candidates.list": (ALL, lambda c: {"pid": c.p}),
    "candidates.preview": ({R}, lambda c: {"data": CSV.encode()}),
    "candidates.preview_for": ({R}, lambda c: {"pid": c.p, "data": CSV.encode()}),
    "candidates.reveal": ({C, R}, lambda c: {"pid": c.s, "pseudonym": "ZZ-999"}),
    "candidates.set_self_identification": (
        {R}, lambda c: {"pid": c.p, "pseudonym": c.codes[1], "data": {}}),
    "scoring.amend": ({M, C}, lambda c: {"pid": c.p, "pseudonym": c.codes[0],
                                          "values": _values(c), "reason": "een typfout hersteld"}),
    "scoring.declare_conflict": ({M, C}, lambda c: {"pid": c.p, "pseudonym": "ZZ-999"}),
    "scoring.form": ({M, C}, lambda c: {"pid": c.p, "pseudonym": c.codes[1]}),
    "scoring.my_tasks": (ALL, lambda c: {}),
    "scoring.others": ({M, C}, lambda c: {"pid": c.p, "pseudonym": c.codes[0]}),
    "scoring.question_order": ({M, C}, lambda c: {"pid": c.p, "item_key": c.item_key}),
    "scoring.save": ({M, C}, lambda c: {"pid": c.p, "pseudonym": c.codes[1],
                                         "values": _values(c)}),
    "consensus.decide": ({C}, lambda c: {"pid": c.p, "chosen": "ZZ-999", "motivation": "m",
                                          "motivations": {}}),
    "consensus.decision": (ALL, lambda c: {"pid": c.p}),
    "consensus.record": ({C}, lambda c: {"pid": c.p, "pseudonym": "ZZ-999", "outcome": "no",
                                          "scores": {}, "motivations": {}}),
    "consensus.view": ({C}, lambda c: {"pid": c.p}),
    "privacy.add_complaint": ({R, H}, lambda c: {"pid": c.p,
                                                  "summary": "een klacht over de procedure"}),
    "privacy.complaint_counts": (
        {H, A}, lambda c: {"start": date(2026, 1, 1), "end": date(2026, 12, 31)}),
    "privacy.complaints": ({H, A}, lambda c: {}),
    "privacy.complaints_due": ({H, A}, lambda c: {}),
    "privacy.delete_on_request": ({R, H}, lambda c: {"pseudonym": c.codes[3],
                                                      "reason": "verzoek van de kandidaat"}),
    "privacy.handle_complaint": ({H}, lambda c: {"complaint_id": c.complaint,
                                                  "outcome": "afgehandeld"}),
    "privacy.record_objection": ({R, H}, lambda c: {"pseudonym": c.codes[2]}),
    "privacy.run_retention": ({A}, lambda c: {"dry_run": True}),
    "privacy.subject_access": ({R, H, A}, lambda c: {"pseudonym": c.codes[1]}),
    "ranking.interview_ranking": ({C, H}, lambda c: {"pid": c.p}),
    "deviations.decide": ({H}, lambda c: {"deviation_id": c.deviation, "approve": False}),
    "deviations.list": (ALL, lambda c: {"procedure_id": c.p}),
    "deviations.request": ({M, C, R}, lambda c: {"pid": c.p, "rule_code": "ROONEY",
                                               "justification": JUSTIFICATION}),
    "audit.head": (ALL, lambda c: {}),
    "audit.signing_key": (ALL, lambda c: {}),
    "audit.timeline": ({R, H, A}, lambda c: {"pid": c.p}),
    "audit.verify": ({H, A}, lambda c: {}),
    "users.add": ({A}, lambda c: {"login": c.fresh("nieuw"), "roles": ["member"]}),
    "users.add_unit": ({A}, lambda c: {"code": c.fresh("U"), "name": "Afdeling"}),
    "users.change_password": (ALL, lambda c: {"old_password": password(c.caller),
                                               "new_password": password(c.caller)}),
    "users.list": (ALL, lambda c: {}),
    "users.set_active": ({A}, lambda c: {"login": "vera", "active": True}),
    "users.set_password": ({A}, lambda c: {"login": "vera", "password": "vera-pw-0123456"}),
    "users.set_roles": ({A}, lambda c: {"login": "vera", "roles": ["member"]}),
    "users.set_trained": ({R, A}, lambda c: {"login": "vera", "trained": False}),
    "users.units": (ALL, lambda c: {}),
    "profiles.current": (ALL, lambda c: {}),
    "profiles.import_profile": ({A}, lambda c: {"toml_text": "not toml ["}),
    "reporting.dossier": (ALL, lambda c: {"pid": c.p}),
    "reporting.render_dossier": (ALL, lambda c: {"pid": c.p, "fmt": "csv"}),
    "reporting.render_organisation": (
        {H, A}, lambda c: {"start": date(2026, 1, 1), "end": date(2026, 12, 31), "fmt": "csv"}),
    "reporting.organisation": (
        {H, A}, lambda c: {"start": date(2026, 1, 1), "end": date(2026, 12, 31)}),
}
