"""The organisation's people: recruiters, HR, committee chairs and members in five units."""

from __future__ import annotations

from typing import Any

from bewustwerven.store.bulk.context import Context, People, Person, Rows

PROFILE_PLACE = "users.profile_enc"
# role key, roles column, how many, units they come from
GROUPS = [
    ("recruiters", "recruiter", 25, ["PO"]),
    ("hr", "hr", 8, ["PO"]),
    ("advisers", "member", 40, ["PO"]),
    ("chairs", "chair,member", 150, ["WPI", "VTH", "ICT", "SD-ZUID"]),
    ("members", "member", 600, ["WPI", "VTH", "ICT", "SD-ZUID", "PO"]),
]


def build_people(
    ctx: Context, existing_units: dict[str, int], units: list[tuple[str, str]]
) -> Rows:
    """Rows for the units that are missing and for every person; fills ``ctx.people``."""
    rows: Rows = {"units": [], "users": []}
    for code, name in units:
        if code not in existing_units:
            uid = ctx.ids("units")
            existing_units[code] = uid
            rows["units"].append({"id": uid, "code": code, "name": name})
    ctx.unit_ids = existing_units
    rng = ctx.rng
    people = People()
    for key, roles, count, unit_codes in GROUPS:
        for _ in range(count):
            uid = ctx.ids("users")
            first, last = rng.choice(ctx.first_names), rng.choice(ctx.last_names)
            login = f"{first}.{last}".lower().replace(" ", "").replace("'", "") + f".{uid}"
            unit = rng.choice(unit_codes)
            trained = key in ("chairs", "hr", "recruiters", "advisers") or rng.random() < 0.9
            profile: dict[str, Any] = {
                "gender": ctx.weighted([("woman", 0.5), ("man", 0.48), ("other", 0.02)]),
                "birth_year": rng.randint(1960, 2000),
                "outside_european_background": rng.random() < 0.3,
            }
            rows["users"].append(
                {
                    "id": uid,
                    "login": login[:64],
                    "display_name": f"{first} {last}",
                    "roles": roles,
                    "unit_id": existing_units[unit],
                    "trained": trained,
                    "active": True,
                    "profile_enc": ctx.seal_json(profile, PROFILE_PLACE),
                    "version_id": 1,
                }
            )
            getattr(people, key).append(Person(uid, login[:64], unit, trained))
    ctx.people = people
    return rows
