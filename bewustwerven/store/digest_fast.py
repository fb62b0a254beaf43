"""Row digests for ``audit verify`` at the speed of the read: the same bytes as
``audit.row_digest(dict(row))``, from code generated per table.

``canonical`` builds a dict per row and lets ``json`` sort and encode it, calling back into
Python for every date and byte string. Here each table gets one generated function that
writes the row's canonical JSON directly: keys in sorted order, each value by its column's
type (an int as ``str``, text through json's own C string encoder, a date by
``isoformat``, bytes as ``b64:``). Any value of another type than the column's (a
tampered SQLite file can hold anything) goes through the full canonical encoder, so the
text is always exactly ``canonical(dict(row))``. Column names come from the models only.
"""

from __future__ import annotations

import base64
import hashlib
import json
from collections.abc import Callable, Sequence
from datetime import date, datetime
from typing import Any

from sqlalchemy import Boolean, Date, DateTime, Integer, LargeBinary, String, Table

Digester = Callable[[Sequence[Sequence[Any]]], bytes]

_STR = json.encoder.encode_basestring  # what json uses with ensure_ascii=False


def _value(kind: type[Any], i: int) -> str:
    x = f"r[{i}]"
    if issubclass(kind, Boolean):
        return f'("true" if {x} is True else "false" if {x} is False else E({x}))'
    if issubclass(kind, Integer):
        return f"(str({x}) if type({x}) is int else E({x}))"
    if issubclass(kind, String):  # Text, Unicode, VARCHAR
        return f"(S({x}) if type({x}) is str else E({x}))"
    if issubclass(kind, DateTime):
        return f"""('"' + {x}.isoformat() + '"' if type({x}) is DT else E({x}))"""
    if issubclass(kind, Date):
        return f"""('"' + {x}.isoformat() + '"' if type({x}) is D else E({x}))"""
    if issubclass(kind, LargeBinary):
        return f"""('"b64:' + B({x}).decode() + '"' if type({x}) is bytes else E({x}))"""
    return f"E({x})"


def digester(table: Table, names: Sequence[str], encode: Callable[[Any], str]) -> Digester:
    """A function from a batch of rows (columns in ``names`` order) to their raw SHA-256
    digests, concatenated."""
    types = {c.name: type(c.type) for c in table.columns}
    parts = []
    for n, key in enumerate(sorted(names)):
        i = list(names).index(key)
        lead = ("{" if n == 0 else ",") + json.dumps(key) + ":"
        parts.append(f"{lead!r} + {_value(types.get(key, object), i)}")
    body = " + ".join(parts) + ' + "}"' if parts else '"{}"'
    src = (
        "def digest_batch(batch):\n"
        f"    return b''.join([sha(({body}).encode()).digest() for r in batch])\n"
    )
    scope: dict[str, Any] = {
        "E": encode,
        "S": _STR,
        "DT": datetime,
        "D": date,
        "B": base64.b64encode,
        "sha": hashlib.sha256,
    }
    exec(compile(src, f"<digest {table.name}>", "exec"), scope)
    fn: Digester = scope["digest_batch"]
    return fn
