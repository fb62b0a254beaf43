"""``audit verify``: the chain, the signatures and every audited row, read in batches.

Verification keeps, per audited table, the trail's entries packed in arrays (~49 bytes an
entry instead of ~500 for a dict entry), then joins them with the table's rows by sorted
look-up. The problems and their order are those of the plain algorithm: rows in the order
the database returns them, then deletions in the order the trail first named the row.

Nothing stored is trusted to be well-formed: every event is read as raw values, and a
value of the wrong kind (an ``at`` that is not a date, a number where text belongs, an
overflowing number in a row list, a row a column type cannot read) names its event
instead of raising. Signatures are checked by ``signing.TrailSignatures``.
"""

from __future__ import annotations

import json
import re
from array import array
from bisect import bisect_right
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from itertools import repeat
from typing import TYPE_CHECKING, Any

from sqlalchemy import Table, select, text
from sqlalchemy.orm import Session

from bewustwerven.store.audit import (
    _SERVER_DIGESTED,
    GENESIS,
    _plain,
    _postgres,
    event_hash,
)
from bewustwerven.store.digest_fast import digester
from bewustwerven.store.models import Base, audited_tables
from bewustwerven.store.signing import TrailSignatures

if TYPE_CHECKING:  # numpy loads with verify only (50 ms of every start-up otherwise)
    import numpy as np


@dataclass(slots=True)
class VerifyResult:
    ok: bool
    events: int
    head_hash: str
    broken_seq: int | None = None
    problem: str = ""
    problems: list[str] = field(default_factory=list)
    head_found: bool | None = None
    # signatures (issue 11): events before signing started, signed events, the keys
    signed: int = 0
    unsigned_before: int = 0
    signing_version: str = ""
    key_ids: list[str] = field(default_factory=list)
    trusted: bool = False  # checked against a public key given from outside the database


_GOOD, _GONE, _ODD = 0, 1, 2  # digest kinds: 64 lowercase hex / None (deleted) / other
_ZERO = bytes(32)
_ZHEX = "0" * 64
_BATCH = 5000
_UNREADABLE = (ValueError, TypeError, OverflowError, ArithmeticError, RecursionError)
# json.dumps with these arguments is JSONEncoder(...).encode: the same text as canonical().
_ENCODE = json.JSONEncoder(
    sort_keys=True, ensure_ascii=False, separators=(",", ":"), default=_plain
).encode
# A row list exactly as canonical() writes it for ordinary pks (under 10**9): read with a
# regular expression instead of json.loads + one call per entry. Anything else (a
# tampered list) takes the general path, with the same result.
_ENTRY = r'\["([a-z_]{1,64})",(0|[1-9][0-9]{0,8}),(?:"([0-9a-f]{64})"|(null))\]'
_ENTRY_BARE = r'\["[a-z_]{1,64}",(?:0|[1-9][0-9]{0,8}),(?:"[0-9a-f]{64}"|null)\]'
_ROWS_WHOLE = re.compile(rf"\[(?:{_ENTRY_BARE}(?:,{_ENTRY_BARE})*)?\]")
_ROWS_FIND = re.compile(_ENTRY)


def _short(value: Any) -> str:
    shown = repr(value)
    return shown if len(shown) <= 40 else shown[:37] + "..."


def _when(at: Any) -> datetime | None:
    if type(at) is datetime:
        return at
    if type(at) is str:
        try:
            return datetime.fromisoformat(at)
        except ValueError:
            return None
    return None


class _Entries:
    """One table's trail entries in walk order: pk, event seq, digest kind, raw digest.

    pks and seqs start as 32-bit arrays and widen to 64 bits when a value needs it."""

    __slots__ = ("digests", "far", "kinds", "pks", "seqs")

    def __init__(self) -> None:
        self.pks = array("i")
        self.seqs = array("i")
        self.kinds = bytearray()
        self.digests = bytearray()
        # pks beyond 64 bits (only in a tampered trail): pk -> (order key, kind, seq)
        self.far: dict[int, tuple[tuple[int, ...], int, int]] = {}

    def add(self, pk: int, digest: Any, seq: int) -> None:
        kind, raw = _ODD, _ZERO
        if digest is None:
            kind = _GONE
        elif type(digest) is str and len(digest) == 64:
            try:
                raw = bytes.fromhex(digest)
            except ValueError:
                raw = _ZERO
            else:
                if len(raw) == 32 and raw.hex() == digest:
                    kind = _GOOD
                else:
                    raw = _ZERO
        try:
            self.pks.append(pk)
        except OverflowError:
            if self.pks.typecode == "i" and -(2**63) <= pk < 2**63:
                self.pks = array("q", self.pks)
                self.pks.append(pk)
            else:
                old = self.far.get(pk)
                key = old[0] if old else (len(self.pks), -1, len(self.far))
                self.far[pk] = (key, kind, seq)
                return
        try:
            self.seqs.append(seq)
        except OverflowError:
            self.seqs = array("q", self.seqs)
            self.seqs.append(seq)
        self.kinds.append(kind)
        self.digests += raw

    def add_run(
        self, pks: Sequence[str], digests: Sequence[str], nulls: Sequence[str], seq: int
    ) -> None:
        """Entries from the canonical fast path: pks below 10**9, digests lowercase hex."""
        if not -(2**31) <= seq < 2**31 and self.seqs.typecode == "i":
            self.seqs = array("q", self.seqs)
        self.pks.extend(map(int, pks))
        self.seqs.extend(repeat(seq, len(pks)))
        self.kinds.extend(map(bool, nulls))  # "null" -> 1 (_GONE), "" -> 0 (_GOOD)
        self.digests += bytes.fromhex("".join([d or _ZHEX for d in digests]))


_EVENT_COLUMNS = (
    "id, seq, at, actor, action, procedure_id, payload, rows, prev_hash, hash, key_id, signature"
)


def _raw_events(session: Session) -> Iterator[Any]:
    """The events in chain order as the driver returns them: no type processing, so a
    malformed stored value reaches the checks below instead of raising while read."""
    yield from session.execute(
        text(f"SELECT {_EVENT_COLUMNS} FROM audit_events ORDER BY seq"),
        execution_options={"yield_per": 256},
    )


def _wrong_fields(row: Sequence[Any], when: datetime | None) -> list[str]:
    _id, _seq, at, actor, action, pid, payload, rows, prev_hash, hash_, key_id, sig = row
    wrong = [] if when is not None else [f"at {_short(at)} is not a date"]
    for name, value in (
        ("actor", actor),
        ("action", action),
        ("payload", payload),
        ("rows", rows),
        ("prev_hash", prev_hash),
        ("hash", hash_),
    ):
        if type(value) is not str:
            wrong.append(f"{name} {_short(value)} is not text")
    if pid is not None and type(pid) is not int:
        wrong.append(f"procedure_id {_short(pid)} is not a whole number")
    for name, value in (("key_id", key_id), ("signature", sig)):
        if value is not None and type(value) is not str:
            wrong.append(f"{name} {_short(value)} is not text")
    return wrong


def verify(
    session: Session,
    *,
    head_hash: str | None = None,
    public_keys: Sequence[bytes] | None = None,
) -> VerifyResult:
    """Check the chain, the signatures and every audited row; name the first broken event.

    ``public_keys``: the public keys to trust (the auditor's copy, or the installation's
    own), never one read from this database. None checks the signatures against the keys
    the trail itself introduces, which proves nothing against someone who rewrote it all:
    the result then says ``trusted=False``."""
    prev, count, last_seq = GENESIS, 0, 0
    first_bad: tuple[int, str] | None = None
    names = audited_tables()
    entries = {name: _Entries() for name in names}
    seen_head = head_hash is None
    problems: list[str] = []
    sigs = TrailSignatures(list(public_keys) if public_keys is not None else None)

    def bad(seq: int, why: str) -> None:
        nonlocal first_bad
        problems.append(f"#{seq}: {why}")
        if first_bad is None or seq < first_bad[0]:
            first_bad = (seq, why)

    for row in _raw_events(session):
        count += 1
        ev_id, seq, at, actor, action, procedure_id, payload, rows, prev_hash, hash_ = row[:10]
        key_id, signature = row[10], row[11]
        if type(seq) is not int:
            number = last_seq + 1
            bad(number, f"stored value unreadable: seq {_short(seq)} (event id {ev_id})")
            seq = number
        elif seq != last_seq + 1:
            bad(seq, f"event(s) missing before this one (expected #{last_seq + 1})")
        when = _when(at)
        wrong = _wrong_fields(row, when)
        if wrong:
            bad(seq, "stored value unreadable: " + "; ".join(wrong))
            sigs.unreadable(seq)
            prev, last_seq = hash_ if type(hash_) is str else "?", seq
            continue
        assert when is not None
        if prev_hash != prev:
            bad(seq, "previous-hash link does not match")
        expected = event_hash(prev_hash, seq, when, actor, action, procedure_id, payload, rows)
        if expected != hash_:
            bad(seq, "event content altered (hash does not match)")
        if head_hash is not None and hash_ == head_hash:
            seen_head = True
        sigs.event(seq, action, payload, key_id, signature, hash_, bad)
        _read_rows(rows, seq, entries, bad)
        prev, last_seq = hash_, seq
    sigs.finish(count, bad)

    server = _postgres(session)
    for name in names:
        _check_table(session, name, entries.pop(name), server, last_seq, bad)

    result = VerifyResult(ok=first_bad is None, events=count, head_hash=prev, problems=problems)
    if first_bad is not None:
        result.broken_seq, result.problem = first_bad
    if head_hash is not None:
        result.head_found = seen_head
    result.signed, result.unsigned_before = sigs.signed, sigs.unsigned_before
    result.signing_version, result.key_ids = sigs.version, sigs.key_ids()
    result.trusted = sigs.trusted_ok
    return result


def _read_rows(
    rows: str, seq: int, entries: dict[str, _Entries], bad: Callable[[int, str], None]
) -> None:
    if _ROWS_WHOLE.fullmatch(rows):
        found = _ROWS_FIND.findall(rows)
        if not found:
            return
        tables, pks, digests, nulls = zip(*found, strict=True)
        if list(tables) == sorted(tables):  # canonical order: one run per table
            start, n = 0, len(tables)
            while start < n:
                name = tables[start]
                end = bisect_right(tables, name, start, n)
                target = entries.get(name)
                if target is not None:
                    target.add_run(pks[start:end], digests[start:end], nulls[start:end], seq)
                start = end
            return
    try:
        for table, pk, digest in json.loads(rows):
            number = int(pk)
            found_in = entries.get(table)  # unhashable table: TypeError, as a dict key
            if found_in is not None:
                found_in.add(number, digest, seq)
    except _UNREADABLE:
        bad(seq, "row list unreadable")


def _check_table(
    session: Session,
    name: str,
    trail: _Entries,
    server: bool,
    last_seq: int,
    bad: Callable[[int, str], None],
) -> None:
    """Compare one table's rows with the last trail entry of each pk. A row that its
    column types cannot read sends the whole table through the careful reader."""
    found: list[tuple[int, str]] = []
    try:
        _compare(session, name, trail, server, last_seq, found.append, careful=False)
    except _UNREADABLE:
        found = []
        _compare(session, name, trail, server, last_seq, found.append, careful=True)
    for seq, why in found:
        bad(seq, why)


def _compare(
    session: Session,
    name: str,
    trail: _Entries,
    server: bool,
    last_seq: int,
    out: Callable[[tuple[int, str]], None],
    *,
    careful: bool,
) -> None:
    import numpy as np

    _NONE = np.zeros(0, dtype=np.int64)
    pks = np.frombuffer(trail.pks, dtype=f"i{trail.pks.itemsize}") if trail.pks else _NONE
    seqs = np.frombuffer(trail.seqs, dtype=f"i{trail.seqs.itemsize}") if trail.seqs else _NONE
    kinds = np.frombuffer(trail.kinds, dtype=np.uint8) if trail.kinds else _NONE
    digests = np.frombuffer(trail.digests, dtype=np.uint64).reshape(-1, 4) if pks.size else _NONE
    index = _LastEntry(pks)
    batches = (
        _careful_batches(session, name, last_seq, out)
        if careful
        else _stored_batches(session, name, server)
    )
    for row_pks, row_digests, unreadable in batches:
        hit, pos = index.find(np.array(row_pks, dtype=np.int64))
        same = np.frombuffer(row_digests, dtype=np.uint64).reshape(-1, 4)
        good = hit & (kinds[pos] == _GOOD) & (digests[pos] == same).all(axis=1) if pks.size else hit
        for i in np.flatnonzero(~good).tolist():
            pk = row_pks[i]
            if hit[i]:
                why = unreadable.get(i)
                out(
                    (
                        int(seqs[pos[i]]),
                        f"{name} #{pk} " + (why if why else "was changed outside the app"),
                    )
                )
            else:
                out((last_seq + 1, f"{name} #{pk} is not in the trail (inserted outside the app)"))
    gone_pks, gone_pos = index.unmatched()
    keep = kinds[gone_pos] != _GONE if gone_pos.size else np.zeros(0, dtype=bool)
    gone_pks, gone_pos = gone_pks[keep], gone_pos[keep]
    deleted: list[tuple[tuple[int, ...], int, int]] = []
    if gone_pks.size:  # in the order the trail first named them, as a dict would keep them
        named = np.flatnonzero(np.isin(pks, gone_pks))
        _unique, first = np.unique(pks[named], return_index=True)
        firsts = dict(zip(_unique.tolist(), named[first].tolist(), strict=True))
        deleted = [
            ((firsts[pk], 0, 0), pk, int(seqs[at]))
            for pk, at in zip(gone_pks.tolist(), gone_pos.tolist(), strict=True)
        ]
    deleted += [(key, pk, seq) for pk, (key, kind, seq) in trail.far.items() if kind != _GONE]
    deleted.sort(key=lambda d: d[0])
    for _key, pk, seq in deleted:
        out((seq, f"{name} #{pk} was deleted outside the app"))


_CHUNK = 1 << 20


class _LastEntry:
    """pk -> position of its last trail entry. Ids are dense, so a table indexed by
    pk - min (~5 bytes an id); sparse pks (a tampered trail) fall back to a sorted search."""

    def __init__(self, pks: np.ndarray[Any, Any]) -> None:
        import numpy as np

        n = pks.size
        self.lo = int(pks.min()) if n else 0
        span = int(pks.max()) - self.lo + 1 if n else 0
        self.dense = span <= 2 * n + 1024
        wide = np.int64 if n >= 2**31 else np.int32
        self.last: np.ndarray[Any, np.dtype[np.signedinteger[Any]]]
        if self.dense:
            self.last = np.full(span, -1, dtype=wide)
            for s in range(0, n, _CHUNK):
                part = pks[s : s + _CHUNK].astype(np.int64) - self.lo
                np.maximum.at(self.last, part, np.arange(s, s + part.size, dtype=wide))
            self.known = np.zeros(0, dtype=np.int64)
        else:
            order = np.argsort(pks, kind="stable")
            ordered = pks[order]
            ends = np.flatnonzero(np.append(ordered[1:] != ordered[:-1], True))
            self.known, self.last = ordered[ends].astype(np.int64), order[ends]
        self.matched = np.zeros(self.last.size, dtype=bool)

    def find(self, stored: np.ndarray[Any, Any]) -> tuple[np.ndarray[Any, Any], Any]:
        """For each stored pk: whether the trail names it, and its last entry's position."""
        import numpy as np

        size = self.last.size
        if not size:
            return np.zeros(stored.size, dtype=bool), np.zeros(stored.size, dtype=np.int64)
        if self.dense:
            slot = np.clip(stored - self.lo, 0, size - 1)
            pos = self.last[slot]
            hit = (stored - self.lo == slot) & (pos >= 0)
        else:
            slot = np.minimum(np.searchsorted(self.known, stored), size - 1)
            pos = self.last[slot]
            hit = self.known[slot] == stored
        self.matched[slot[hit]] = True
        return hit, np.where(hit, pos, 0)

    def unmatched(self) -> tuple[np.ndarray[Any, Any], np.ndarray[Any, Any]]:
        """The pks the trail names that no stored row had, and their last entries."""
        import numpy as np

        if self.dense:
            slots = np.flatnonzero(~self.matched & (self.last >= 0))
            return slots + self.lo, self.last[slots]
        slots = np.flatnonzero(~self.matched)
        return self.known[slots], self.last[slots]


Batch = tuple[list[int], bytes, dict[int, str]]
_NOTHING: dict[int, str] = {}


def _stored_batches(session: Session, name: str, server: bool) -> Iterator[Batch]:
    """The table's rows in the database's order, in batches: pks and raw SHA-256 digests."""
    if server and name in _SERVER_DIGESTED:
        found = session.execute(
            text("SELECT id, digest FROM public.bw_row_digests(:t, NULL)"),
            {"t": name},
            execution_options={"yield_per": _BATCH},
        )
        for part in found.partitions():
            pks = [int(r[0]) for r in part]
            yield pks, bytes.fromhex("".join(str(r[1]) for r in part)), _NOTHING
        return
    t: Table = Base.metadata.tables[name]
    result = session.execute(select(t).execution_options(yield_per=_BATCH))
    names = list(result.keys())
    id_at = names.index("id")
    digest_batch = digester(t, names, _ENCODE)
    batch: Sequence[Any]
    for batch in result.partitions():
        yield [int(r[id_at]) for r in batch], digest_batch(batch), _NOTHING


def _careful_batches(
    session: Session, name: str, last_seq: int, out: Callable[[tuple[int, str]], None]
) -> Iterator[Batch]:
    """As ``_stored_batches``, reading raw values and converting each one by its column
    type itself: a value the type cannot read is named, not raised."""
    t: Table = Base.metadata.tables[name]
    dialect = session.get_bind().dialect
    cols = list(t.columns)
    procs = [c.type.dialect_impl(dialect).result_processor(dialect, None) for c in cols]
    names = [c.name for c in cols]
    id_at = names.index("id")
    quoted = ", ".join(dialect.identifier_preparer.quote(n) for n in names)
    result = session.execute(
        text(f"SELECT {quoted} FROM {dialect.identifier_preparer.quote(name)}"),
        execution_options={"yield_per": _BATCH},
    )
    digest_batch = digester(t, names, _ENCODE)
    for part in result.partitions():
        pks: list[int] = []
        rows: list[list[Any]] = []
        unreadable: dict[int, str] = {}
        for raw in part:
            if type(raw[id_at]) is not int:
                out((last_seq + 1, f"{name}: a row has an unreadable id {_short(raw[id_at])}"))
                continue
            values, why = [], ""
            for value, proc, col in zip(raw, procs, names, strict=True):
                try:
                    values.append(proc(value) if proc is not None and value is not None else value)
                except _UNREADABLE:
                    values.append(None)
                    why = why or f"holds an unreadable value in {col}: {_short(value)}"
            try:
                digest_batch([values])
            except _UNREADABLE:
                why = why or "holds a value that cannot be digested"
                values = [None] * len(values)
            if why:
                unreadable[len(pks)] = why
            pks.append(int(raw[id_at]))
            rows.append(values)
        digests = bytearray(digest_batch(rows))
        for i in unreadable:  # never equal to a stored digest: reported as unreadable
            digests[32 * i : 32 * i + 32] = b"\xff" * 32
        yield pks, bytes(digests), unreadable
