"""Tampering with a signed trail as someone with write access to the database (but not the
signing key) would: shared by the SQLite and PostgreSQL tests. Each helper takes a DB-API
connection and leaves the change uncommitted."""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from bewustwerven.store import audit, signing

COLS = "seq, at, actor, action, procedure_id, payload, rows, prev_hash, hash, key_id, signature"


def _at(value: Any) -> datetime:
    return value if isinstance(value, datetime) else datetime.fromisoformat(value)


def events(con: Any) -> list[dict[str, Any]]:
    cur = con.execute(f"SELECT {COLS} FROM audit_events ORDER BY seq")
    names = [c.strip() for c in COLS.split(",")]
    return [dict(zip(names, r, strict=True)) for r in cur.fetchall()]


def _hash(e: dict[str, Any]) -> str:
    return audit.event_hash(
        e["prev_hash"], e["seq"], _at(e["at"]), e["actor"], e["action"], e["procedure_id"],
        e["payload"], e["rows"],
    )


def _store(con: Any, e: dict[str, Any], ph: str) -> None:
    con.execute(
        f"UPDATE audit_events SET actor={ph}, payload={ph}, prev_hash={ph}, hash={ph}, "
        f"key_id={ph}, signature={ph} WHERE seq={ph}",
        (e["actor"], e["payload"], e["prev_hash"], e["hash"], e["key_id"], e["signature"],
         e["seq"]),
    )


def rechain_from(
    con: Any, evs: list[dict[str, Any]], start: int, ph: str, resign: signing.SigningKey | None
) -> None:
    """Recompute every hash from event ``start`` on (prev links correct again); with
    ``resign`` also sign them all with that (the attacker's own) key."""
    prev = evs[start - 2]["hash"] if start > 1 else audit.GENESIS
    # hashes are unique: move the old ones out of the way first
    con.execute(f"UPDATE audit_events SET hash = 'x' || hash WHERE seq >= {ph}", (start,))
    for e in evs[start - 1 :]:
        e["prev_hash"] = prev
        e["hash"] = _hash(e)
        if resign is not None:
            e["key_id"], e["signature"] = resign.key_id, resign.sign_event(e["hash"])
        _store(con, e, ph)
        prev = e["hash"]


def rewrite_rechained(con: Any, seq: int, ph: str) -> None:
    """Change an event's payload and re-chain everything after it (old signatures kept)."""
    evs = events(con)
    payload = json.loads(evs[seq - 1]["payload"])
    payload["tampered"] = True
    evs[seq - 1]["payload"] = audit.canonical(payload)
    rechain_from(con, evs, seq, ph, None)


def change_actor(con: Any, seq: int, ph: str, rechain: bool) -> None:
    evs = events(con)
    evs[seq - 1]["actor"] = "someone.else"
    if rechain:
        rechain_from(con, evs, seq, ph, None)
    else:
        con.execute(f"UPDATE audit_events SET actor='someone.else' WHERE seq={ph}", (seq,))


def append_chained(con: Any, ph: str, key: signing.SigningKey | None = None) -> int:
    """Append an event whose chain hash is correct (unsigned, or signed by ``key``)."""
    last = events(con)[-1]
    e = {
        "seq": last["seq"] + 1,
        "at": datetime(2030, 1, 1, 9, 0),
        "actor": "hanna",
        "action": "deviation.approved",
        "procedure_id": None,
        "payload": audit.canonical({"forged": True}),
        "rows": "[]",
        "prev_hash": last["hash"],
    }
    e["hash"] = _hash(e)
    e["key_id"] = key.key_id if key else None
    e["signature"] = key.sign_event(e["hash"]) if key else None
    con.execute(
        f"INSERT INTO audit_events ({COLS}) VALUES ({', '.join([ph] * 11)})",
        tuple(e[c.strip()] for c in COLS.split(",")),
    )
    return int(e["seq"])


def delete_event(con: Any, seq: int, ph: str) -> None:
    con.execute(f"DELETE FROM audit_events WHERE seq={ph}", (seq,))


def swap_key(con: Any, ph: str) -> signing.SigningKey:
    """Replace the installation's key by the attacker's own: a new start event naming it,
    and every event re-signed (and re-chained) with it."""
    mine = signing.SigningKey.generate()
    evs = events(con)
    start = next(e for e in evs if e["action"] == signing.STARTED)
    info = json.loads(start["payload"])
    info.update(key=mine.key_id, public_key=signing.b64(mine.public_raw))
    start["payload"] = audit.canonical(info)
    rechain_from(con, evs, start["seq"], ph, mine)
    return mine
