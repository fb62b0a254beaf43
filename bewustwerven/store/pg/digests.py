"""The audit row digest (store/audit.row_digest) computed by PostgreSQL itself.

Most roles may not read the personal columns of ``candidates`` and ``documents``, yet a
writer must put the digest of the row as stored into its event, and HR must check it.
The server builds the same canonical JSON as Python's ``audit.canonical`` (sorted keys,
no spaces, bytes as ``b64:``, datetimes as ``isoformat()``) and hashes it with SHA-256.
"""

from __future__ import annotations

from sqlalchemy import Boolean, Date, DateTime, Integer, LargeBinary, String, Table, Text

from bewustwerven.store.models import Base

# Tables read by most roles through a masking view (store/pg/policies.py).
MASKED_TABLES = ("candidates", "documents")


def _value(col_sql: str, type_: object) -> str:
    if isinstance(type_, Boolean):
        return (
            f"CASE WHEN {col_sql} IS NULL THEN 'null' WHEN {col_sql} THEN 'true' "
            "ELSE 'false' END"
        )
    if isinstance(type_, Integer):
        return f"coalesce({col_sql}::text, 'null')"
    if isinstance(type_, DateTime):
        return f"coalesce(to_json(public.bw_iso({col_sql}))::text, 'null')"
    if isinstance(type_, Date):
        return f"coalesce(to_json(to_char({col_sql}, 'YYYY-MM-DD'))::text, 'null')"
    if isinstance(type_, LargeBinary):
        return (
            f"coalesce('\"b64:' || replace(encode({col_sql}, 'base64'), E'\\n', '') || '\"',"
            " 'null')"
        )
    if isinstance(type_, String | Text):
        return f"coalesce(to_json({col_sql})::text, 'null')"
    raise TypeError(f"no server digest for {type_!r}")


def canonical_sql(table: Table, alias: str = "r") -> str:
    """An SQL expression giving the canonical JSON text of one row of ``table``."""
    parts = []
    for i, col in enumerate(sorted(table.columns, key=lambda c: c.name)):
        sep = "" if i == 0 else ","
        parts.append(f"'{sep}\"{col.name}\":' || {_value(f'{alias}.{col.name}', col.type)}")
    return "'{' || " + " || ".join(parts) + " || '}'"


def function_sql() -> str:
    """``bw_row_digests(table, ids)``: (id, digest) per row; ids NULL means all rows."""
    branches = []
    for name in MASKED_TABLES:
        t = Base.metadata.tables[name]
        expr = canonical_sql(t)
        branches.append(
            f"IF tname = '{name}' THEN RETURN QUERY SELECT r.id, "
            f"encode(sha256(convert_to({expr}, 'UTF8')), 'hex') FROM public.{name} r "
            "WHERE ids IS NULL OR r.id = ANY(ids); RETURN; END IF;"
        )
    body = "\n  ".join(branches)
    return f"""
CREATE OR REPLACE FUNCTION public.bw_row_digests(tname text, ids integer[])
  RETURNS TABLE(id integer, digest text)
  LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
  {body}
  RAISE EXCEPTION 'no server digest for table %', tname;
END $$;
"""
