"""A small organisation on PostgreSQL where every person connects with their own login."""

from __future__ import annotations

from dataclasses import dataclass, field

from bewustwerven.services.app import App, open_app
from tests.postgres.conftest import libpq, sa_url
from tests.services.conftest import PEOPLE


def password(login: str) -> str:
    return f"{login}-pw-0123"


@dataclass
class World:
    """``as_user(login)`` opens the app as that login with its own database password."""

    server: str
    name: str
    owner: App
    apps: dict[str, App] = field(default_factory=dict)

    def url(self, login: str) -> str:
        return sa_url(self.server, login, password(login), self.name)

    def dsn(self, login: str) -> str:
        return libpq(self.server, login, password(login), self.name)

    def as_user(self, login: str) -> App:
        if login not in self.apps:
            self.apps[login] = open_app(self.url(login))
        return self.apps[login]

    def close(self) -> None:
        for a in self.apps.values():
            a.close()
        self.owner.close()


def build(pg_db: dict[str, str]) -> World:
    owner = open_app(pg_db["owner_url"])
    for code in ("PO", "WPI", "ICT", "VTH"):
        owner.users.add_unit(code, f"Afdeling {code}")
    for login, roles, unit, trained, gender, year, outside in PEOPLE:
        owner.users.add(
            login,
            roles=roles,
            unit_code=unit,
            trained=trained,
            gender=gender,
            birth_year=year,
            outside_european_background=outside,
            password=password(login),
        )
    owner.users.add("adam", roles=["admin"], password=password("adam"))
    return World(pg_db["server"], pg_db["name"], owner)
