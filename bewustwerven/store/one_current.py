"""One current score sheet per member, candidate, stage and round (migration 0005).

Before 0005 two windows (or two clients) could each create a draft for the same member,
candidate, stage and round. The unique index of 0005 cannot be built over such twins, so
the migration first settles them, in the audit trail like any other change:

- the sheet that counts is kept: the submitted one if there is one (the newest of those),
  otherwise the newest draft;
- the others are archived (status ``archived``, their version moved, scores kept), and one
  signed ``sheet.duplicates_archived`` event per procedure names what was kept and archived.

When the trail is signed and the signing key is not available to the upgrade, nothing is
changed and the upgrade stops with a message saying so (``DuplicatesNeedKey``).
"""

from __future__ import annotations

import os
from collections import defaultdict
from typing import Any

from sqlalchemy import func, select, update
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session

from bewustwerven.core.messages import BilingualError
from bewustwerven.store import audit, keys, trail_keys
from bewustwerven.store.models import Meta, ScoreSheet

CURRENT = ("draft", "submitted")
ACTION = "sheet.duplicates_archived"
GROUP = (ScoreSheet.candidate_id, ScoreSheet.member_id, ScoreSheet.stage, ScoreSheet.round)


class DuplicatesNeedKey(BilingualError):
    """Duplicates must be archived in the signed trail, and no signing key is available."""


def duplicate_groups(conn: Connection) -> list[list[tuple[int, int, str]]]:
    """Each group of current sheets that share member, candidate, stage and round, as
    (id, procedure_id, status) rows, oldest first."""
    twins = (
        select(*GROUP)
        .where(ScoreSheet.status.in_(CURRENT))
        .group_by(*GROUP)
        .having(func.count() > 1)
        .subquery()
    )
    rows = conn.execute(
        select(ScoreSheet.id, ScoreSheet.procedure_id, ScoreSheet.status, *GROUP)
        .join(
            twins,
            (twins.c.candidate_id == ScoreSheet.candidate_id)
            & (twins.c.member_id == ScoreSheet.member_id)
            & (twins.c.stage == ScoreSheet.stage)
            & (twins.c.round == ScoreSheet.round),
        )
        .where(ScoreSheet.status.in_(CURRENT))
        .order_by(ScoreSheet.id)
    ).all()
    groups: dict[tuple[Any, ...], list[tuple[int, int, str]]] = defaultdict(list)
    for r in rows:
        groups[tuple(r[3:])].append((int(r[0]), int(r[1]), str(r[2])))
    return list(groups.values())


def kept(group: list[tuple[int, int, str]]) -> int:
    """The sheet that counts: the newest submitted one, else the newest draft."""
    submitted = [sid for sid, _, status in group if status == "submitted"]
    return max(submitted) if submitted else max(sid for sid, _, _ in group)


def _key_source(conn: Connection) -> trail_keys.KeySource | None:
    db_id = conn.execute(select(Meta.value).where(Meta.key == "db_id")).scalar_one_or_none()
    if db_id is None:
        return None
    return trail_keys.KeySource(
        db_id,
        passphrase=os.environ.get("BEWUSTWERVEN_PASSPHRASE") or None,
        path=keys.signing_key_path(),
        create=False,
    )


def archive_duplicates(conn: Connection) -> dict[int, dict[str, list[int]]]:
    """Archive the twins (see the module text); returns per procedure what was kept and
    archived (empty when there were none)."""
    by_proc: dict[int, dict[str, list[int]]] = {}
    for group in duplicate_groups(conn):
        keep = kept(group)
        entry = by_proc.setdefault(group[0][1], {"kept": [], "archived": []})
        entry["kept"].append(keep)
        entry["archived"] += [sid for sid, _, _ in group if sid != keep]
    if not by_proc:
        return {}
    session = Session(  # inside the migration's transaction, on a savepoint of its own
        bind=conn,
        info={trail_keys.INFO: _key_source(conn)},
        join_transaction_mode="create_savepoint",
    )
    try:
        for pid, entry in sorted(by_proc.items()):
            session.execute(
                update(ScoreSheet)
                .where(ScoreSheet.id.in_(entry["archived"]))
                .values(status="archived", version_id=ScoreSheet.version_id + 1)
            )
            audit.touch(session, ScoreSheet.__tablename__, entry["archived"])
            audit.record(
                session,
                "systeem",
                ACTION,
                procedure_id=pid,
                payload={"kept": entry["kept"], "archived": entry["archived"],
                         "reason": "migration 0005: one current sheet"},
            )
        session.commit()  # releases the savepoint; the migration's transaction commits it
    except trail_keys.SigningKeyMissing as exc:
        count = sum(len(e["archived"]) for e in by_proc.values())
        raise DuplicatesNeedKey(
            f"Deze database heeft {count} dubbele scoreformulieren (zelfde lid, kandidaat, "
            "fase en ronde). De upgrade archiveert die in het ondertekende auditspoor, maar de "
            "ondertekeningssleutel is hier niet beschikbaar. Er is niets gewijzigd. Voer de "
            "upgrade uit waar de sleutel is (sleutelbos, BEWUSTWERVEN_SIGNING_KEY of "
            "BEWUSTWERVEN_PASSPHRASE).",
            f"This database has {count} duplicate score sheets (same member, candidate, stage "
            "and round). The upgrade archives them in the signed audit trail, but the signing "
            "key is not available here. Nothing was changed. Run the upgrade where the key is "
            "(keyring, BEWUSTWERVEN_SIGNING_KEY or BEWUSTWERVEN_PASSPHRASE).",
        ) from exc
    finally:
        session.close()
    return by_proc
