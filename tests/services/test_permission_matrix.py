"""Every public service method x every role, in-process on SQLite, from THE one table.

The table is the API's, ``tests/server/matrix.py`` (``RULES[op] = (allowed roles, args)``),
read here, not copied: the services themselves must refuse what the server refuses, also
for a caller who never goes through the server (the desktop on its own database, the
CLI, a script). Roles: ``member``, ``chair``, ``recruiter``, ``hr`` (the P&O auditor),
``admin`` as in the table, and a user with **no role** at all, who may only call what the
table allows everyone and that needs no procedure of theirs. Refused means ``Forbidden``
(the API's 403) or a session error (401); allowed means anything else the services say
about the data (not found, wrong stage, bad input). Any other exception is a bug.

A new public method of a service with no row in the table fails
``test_every_public_method_has_a_row``.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import update

from bewustwerven.api.catalogue import EXCLUDED, public_methods
from bewustwerven.core.policy import PolicyError
from bewustwerven.services import errors
from bewustwerven.services.app import App, open_app
from bewustwerven.services.dto import SeatInput
from bewustwerven.services.users import bootstrap
from bewustwerven.store.models import User
from tests.server.matrix import ALL, JUSTIFICATION, LOGINS, ROLES, RULES, Ctx
from tests.services.conftest import PEOPLE, make_procedure, open_and_import, score_all

NO_ROLE = "nora"
REFUSED = (errors.Forbidden, errors.SessionInvalid, errors.SignInFailed)
BROKEN = (errors.KeyMissing, errors.ConnectionLost, errors.DatabaseUnreachable,
          errors.DatabaseBusy, errors.DatabaseTooNewError)  # the API's 503: never an answer
PROCEDURE_KEYS = ("pid", "procedure_id", "pids")


def password(login: str) -> str:
    return f"{login}-pw-0123456"  # as tests/server/harness.py, so the table's args fit


def test_every_public_method_has_a_row() -> None:
    """A public method is either in the table or named in the catalogue as not on the API
    (those have no row yet: see ``NOT_IN_TABLE``)."""
    public = set(public_methods())
    assert public - set(RULES) - set(EXCLUDED) == set(), "give the new method a row in " \
        "tests/server/matrix.py"
    assert set(RULES) - public == set()


# Public methods the table has no row for because they do not cross the wire (the
# catalogue's EXCLUDED, with its reasons). Written out so that the list cannot grow unseen.
NOT_IN_TABLE = {
    "procedures.clock", "setup.clock", "privacy.clock", "privacy.export_key",
    "audit.rotate_key", "privacy.note_key_restored", "reporting.export_dossier",
    "reporting.export_organisation",
}


def test_the_methods_without_a_row_are_the_known_ones() -> None:
    assert set(public_methods()) - set(RULES) == NOT_IN_TABLE


def _other_procedure(owner: App) -> int:
    """Q: another recruiter's procedure with another committee (as tests/server/test_matrix.py)."""
    owner.users.add("rob", roles=["recruiter"], unit_code="PO", trained=True,
                    password=password("rob"))
    owner.users.add("carl", roles=["chair", "member"], unit_code="ICT", trained=True,
                    password=password("carl"))
    owner.users.add("mo", roles=["member"], unit_code="VTH", trained=True,
                    password=password("mo"))

    class AsRob:
        def as_user(self, login: str) -> App:
            return owner.as_user("rob" if login == "rita" else login)

    return make_procedure(AsRob(), seats=[  # type: ignore[arg-type]
        SeatInput("carl", "chair"), SeatInput("mo", "member"), SeatInput("henk", "hr")])


_KEYRING: list[Any] = []


@pytest.fixture(autouse=True)
def _one_keyring() -> None:
    """The module's database keeps its keys (signing key) across the tests of this module;
    conftest.py gives every test a fresh in-memory keyring and puts the old one back."""
    import keyring

    from tests.conftest import MemoryKeyring

    if not _KEYRING:
        _KEYRING.append(MemoryKeyring())
    keyring.set_keyring(_KEYRING[0])


class World:
    def __init__(self, path: Path) -> None:
        self.owner = open_app(str(path), user="adam")
        self.apps: dict[str, App] = {}

    def app(self, login: str) -> App:
        if login not in self.apps:
            self.apps[login] = App(self.owner.db, bootstrap(self.owner.db, login))
        return self.apps[login]


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[World, Ctx]]:
    import keyring

    from tests.conftest import MemoryKeyring

    if not _KEYRING:
        _KEYRING.append(MemoryKeyring())
    keyring.set_keyring(_KEYRING[0])
    w = World(tmp_path_factory.mktemp("matrix") / "m.db")
    owner = w.owner
    for code in ("PO", "WPI", "ICT", "VTH"):
        owner.users.add_unit(code, f"Afdeling {code}")
    for login, roles, unit, trained, gender, year, outside in PEOPLE:
        owner.users.add(login, roles=roles, unit_code=unit, trained=trained, gender=gender,
                        birth_year=year, outside_european_background=outside,
                        password=password(login))
    owner.users.add("ada", roles=["admin"], password=password("ada"))
    owner.users.add(NO_ROLE, roles=["member"], unit_code="PO", password=password(NO_ROLE))
    with owner.db.write() as s:  # the services never make a user without a role
        s.execute(update(User).where(User.login == NO_ROLE).values(roles=""))
    assert w.app(NO_ROLE).actor.roles == frozenset()
    p = make_procedure(owner)
    codes = open_and_import(owner, p)
    score_all(owner, p, members=("mila", "chris"))
    s = make_procedure(owner)
    q = _other_procedure(owner)
    form = w.app("mila").scoring.form(p, codes[0])
    deviation = w.app("rita").deviations.request(p, "ROONEY", JUSTIFICATION)
    complaint = w.app("hanna").privacy.add_complaint(p, "een klacht")
    yield w, Ctx(p, s, q, codes, deviation, complaint, form.items[0].key)
    owner.close()


def _call(w: World, login: str, name: str, args: dict[str, Any]) -> str:
    """'allowed', 'refused', or what went wrong."""
    svc, meth = name.split(".")
    try:
        getattr(getattr(w.app(login), svc), meth)(**args)
    except REFUSED:
        return "refused"
    except BROKEN as exc:
        return f"broken: {type(exc).__name__}: {exc}"
    except (errors.KnownError, PolicyError):  # PolicyError: the API's 400 for a bad profile
        return "allowed"  # refused for a reason of the data, not of the role
    except Exception as exc:  # a bug: the table's row shows what it was called with
        return f"bug: {type(exc).__name__}: {exc}"
    return "allowed"


def _no_role_allowed(allowed: set[str], args: dict[str, Any]) -> bool:
    return allowed == ALL and not any(k in args for k in PROCEDURE_KEYS)


@pytest.mark.parametrize("name", sorted(RULES))
def test_matrix_in_process(world: tuple[World, Ctx], name: str) -> None:
    w, ctx = world
    allowed, args = RULES[name]
    wrong: list[str] = []
    for role in ROLES:
        ctx.caller = LOGINS[role]
        got = _call(w, ctx.caller, name, args(ctx))
        want = "allowed" if role in allowed else "refused"
        if got != want:
            wrong.append(f"{role}: {got} (want {want})")
    ctx.caller = NO_ROLE
    body = args(ctx)
    got = _call(w, NO_ROLE, name, body)
    want = "allowed" if _no_role_allowed(allowed, body) else "refused"
    if got != want:
        wrong.append(f"no role: {got} (want {want})")
    key = "pid" if "pid" in body else "procedure_id" if "procedure_id" in body else None
    if key is not None:  # another procedure's ids: people of P have no business in Q
        for role in ("member", "chair", "recruiter"):
            ctx.caller = LOGINS[role]
            got = _call(w, ctx.caller, name, {**args(ctx), key: ctx.q})
            if got != "refused":
                wrong.append(f"{role} on Q: {got} (want refused)")
    assert not wrong, "\n".join(wrong)
