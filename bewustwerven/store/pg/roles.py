"""PostgreSQL: the two roles of a server installation, and the append-only audit trail.

- the *owner* (who ran the migrations) owns the tables; ``apply`` runs as them;
- ``bw_server``, a group role without login: the login the BewustWerven server connects
  with is a member of it. It reads and writes every table, but on ``audit_events`` it has
  only SELECT and INSERT; a trigger refuses UPDATE, DELETE and TRUNCATE for everyone and
  accepts an insert only at the head of the chain with the right hash; two more keep a
  submitted score sheet and its scores sealed, whoever writes.

People do not connect to the database at all; the server enforces the rules of
``services/`` for them. ``apply`` is idempotent; its fingerprint is kept in ``meta``.
"""

from __future__ import annotations

import hashlib

from sqlalchemy import text
from sqlalchemy.engine import Connection

from bewustwerven.store.pg import digests

META_KEY = "pg_roles"
SERVER_ROLE = "bw_server"
RETIRED_ROLES = ("bw_user", "bw_member", "bw_chair", "bw_recruiter", "bw_hr", "bw_admin")

ROLES = f"""
DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '{SERVER_ROLE}') THEN
    CREATE ROLE {SERVER_ROLE} NOLOGIN;
  END IF;
END $$;
REVOKE ALL ON SCHEMA public FROM PUBLIC;
GRANT USAGE ON SCHEMA public TO {SERVER_ROLE};
DROP SCHEMA IF EXISTS bw_app CASCADE;
"""

FUNCTIONS = r"""
-- ISO 8601 as Python's datetime.isoformat() writes it (microseconds only when not zero).
CREATE OR REPLACE FUNCTION public.bw_iso(ts timestamp) RETURNS text
  LANGUAGE sql IMMUTABLE
  AS $$ SELECT to_char(ts, 'YYYY-MM-DD"T"HH24:MI:SS')
        || CASE WHEN extract(microseconds FROM ts)::bigint % 1000000 = 0 THEN ''
                ELSE '.' || to_char(ts, 'US') END $$;

CREATE OR REPLACE FUNCTION public.bw_audit_head() RETURNS TABLE(seq integer, hash text)
  LANGUAGE sql STABLE
  AS $$ SELECT seq, hash::text FROM public.audit_events ORDER BY seq DESC LIMIT 1 $$;

CREATE OR REPLACE FUNCTION public.bw_last_writer(tname text, pk integer) RETURNS text
  LANGUAGE sql STABLE
  AS $$ SELECT actor::text FROM public.audit_events
        WHERE rows LIKE '%' || to_json(tname)::text || ',' || pk::text || ',%'
          AND seq > (SELECT coalesce(max(seq), 0) - 20000 FROM public.audit_events)
        ORDER BY seq DESC LIMIT 1 $$;

-- The audit trail: append-only, one chain; for every role, the owner included.
CREATE OR REPLACE FUNCTION public.bw_audit_guard() RETURNS trigger
  LANGUAGE plpgsql SET search_path = public, pg_temp AS $$
DECLARE
  h record;
  want_seq integer := 1;
  want_prev text := repeat('0', 64);
BEGIN
  IF TG_OP <> 'INSERT' THEN
    RAISE EXCEPTION 'audit events cannot be changed or deleted (%)', TG_OP
      USING ERRCODE = 'insufficient_privilege';
  END IF;
  SELECT a.seq, a.hash INTO h FROM public.audit_events a ORDER BY a.seq DESC LIMIT 1;
  IF FOUND THEN want_seq := h.seq + 1; want_prev := h.hash; END IF;
  IF NEW.seq <> want_seq OR NEW.prev_hash <> want_prev THEN
    RAISE EXCEPTION 'audit event % is not appended at the head of the chain', NEW.seq
      USING ERRCODE = 'serialization_failure';
  END IF;
  IF NEW.hash <> encode(sha256(convert_to(concat_ws(E'\x1f', NEW.prev_hash, NEW.seq::text,
       public.bw_iso(NEW.at), NEW.actor, NEW.action, coalesce(NEW.procedure_id::text, 'None'),
       NEW.payload, NEW.rows), 'UTF8')), 'hex') THEN
    RAISE EXCEPTION 'audit event % has a wrong hash', NEW.seq USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END $$;

-- A submitted sheet is sealed: only its status may move on (superseded, archived).
CREATE OR REPLACE FUNCTION public.bw_sheet_guard() RETURNS trigger
  LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    IF OLD.status <> 'draft' THEN
      RAISE EXCEPTION 'score sheet % is sealed', OLD.id USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN OLD;
  END IF;
  IF OLD.status = 'draft' THEN RETURN NEW; END IF;
  IF ((OLD.status = 'submitted' AND NEW.status IN ('superseded', 'archived'))
      OR (OLD.status = 'superseded' AND NEW.status = 'archived'))
     AND (NEW.id, NEW.procedure_id, NEW.candidate_id, NEW.member_id, NEW.stage, NEW.round,
          NEW.version, NEW.submitted_at, NEW.amend_reason, NEW.deviation_id)
         IS NOT DISTINCT FROM
         (OLD.id, OLD.procedure_id, OLD.candidate_id, OLD.member_id, OLD.stage, OLD.round,
          OLD.version, OLD.submitted_at, OLD.amend_reason, OLD.deviation_id) THEN
    RETURN NEW;
  END IF;
  RAISE EXCEPTION 'score sheet % is sealed', OLD.id USING ERRCODE = 'insufficient_privilege';
END $$;

-- Scores change only on a draft, or on a sheet submitted by this very transaction.
CREATE OR REPLACE FUNCTION public.bw_score_guard() RETURNS trigger
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
  sid integer;
  st text;
  mine boolean;
BEGIN
  sid := CASE WHEN TG_OP = 'DELETE' THEN OLD.sheet_id ELSE NEW.sheet_id END;
  SELECT s.status, s.xmin::text = (txid_current() % 4294967296)::text INTO st, mine
    FROM public.score_sheets s WHERE s.id = sid;
  IF TG_OP = 'UPDATE' AND OLD.sheet_id <> NEW.sheet_id THEN
    RAISE EXCEPTION 'a score cannot move to another sheet' USING ERRCODE = 'insufficient_privilege';
  END IF;
  IF st = 'draft' OR (st = 'submitted' AND mine) THEN
    RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
  END IF;
  RAISE EXCEPTION 'score sheet % is sealed', sid USING ERRCODE = 'insufficient_privilege';
END $$;
"""


def _retire_old_roles() -> list[str]:
    """Per-person logins, row-level security and the masking views are gone: drop their
    policies (the group roles themselves stay until the cluster's admin drops them; their
    members may be logins of people, which this role cannot drop)."""
    return [
        f"""DO $$
DECLARE p record; r text;
BEGIN
  FOR p IN SELECT tablename, policyname FROM pg_policies WHERE schemaname = 'public' LOOP
    EXECUTE format('DROP POLICY %I ON public.%I', p.policyname, p.tablename);
  END LOOP;
  FOR p IN SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
           WHERE n.nspname = 'public' AND c.relkind = 'r' AND c.relrowsecurity LOOP
    EXECUTE format('ALTER TABLE public.%I DISABLE ROW LEVEL SECURITY', p.relname);
  END LOOP;
  FOR p IN SELECT pr.oid::regprocedure::text AS sig FROM pg_proc pr
           JOIN pg_namespace n ON n.oid = pr.pronamespace
           WHERE n.nspname = 'public' AND pr.proname LIKE 'bw\\_%' LOOP
    EXECUTE 'DROP FUNCTION ' || p.sig || ' CASCADE';
  END LOOP;
  FOREACH r IN ARRAY ARRAY{list(RETIRED_ROLES)!r} LOOP
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = r) THEN
      EXECUTE format('REVOKE ALL ON ALL TABLES IN SCHEMA public FROM %I', r);
      EXECUTE format('REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM %I', r);
      EXECUTE format('REVOKE ALL ON ALL FUNCTIONS IN SCHEMA public FROM %I', r);
      EXECUTE format('REVOKE ALL ON SCHEMA public FROM %I', r);
    END IF;
  END LOOP;
END $$""",
        "DELETE FROM public.meta WHERE key LIKE 'key\\_for:%' OR key = 'pg_policy'",
    ]


def statements(conn: Connection) -> list[str]:
    tables = [
        str(r[0])
        for r in conn.execute(
            text("SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY 1")
        )
    ]
    out = [ROLES, *_retire_old_roles(), FUNCTIONS, digests.function_sql()]
    for table in tables:
        out.append(f"REVOKE ALL ON public.{table} FROM PUBLIC")
        if table == "audit_events":
            out.append(f"REVOKE ALL ON public.{table} FROM {SERVER_ROLE}")
            out.append(f"GRANT SELECT, INSERT ON public.{table} TO {SERVER_ROLE}")
        elif table == "alembic_version":
            out.append(f"GRANT SELECT ON public.{table} TO {SERVER_ROLE}")
        else:
            out.append(f"GRANT SELECT, INSERT, UPDATE, DELETE ON public.{table} TO {SERVER_ROLE}")
    out += [
        "DROP TRIGGER IF EXISTS bw_guard ON public.audit_events",
        "DROP TRIGGER IF EXISTS bw_no_truncate ON public.audit_events",
        "CREATE TRIGGER bw_guard BEFORE INSERT OR UPDATE OR DELETE ON public.audit_events "
        "FOR EACH ROW EXECUTE FUNCTION public.bw_audit_guard()",
        "CREATE TRIGGER bw_no_truncate BEFORE TRUNCATE ON public.audit_events "
        "FOR EACH STATEMENT EXECUTE FUNCTION public.bw_audit_guard()",
        # Sealed sheets stay sealed even for a compromised server (defence in depth).
        "DROP TRIGGER IF EXISTS bw_seal ON public.score_sheets",
        "DROP TRIGGER IF EXISTS bw_seal ON public.scores",
        "DROP TRIGGER IF EXISTS bw_guard ON public.candidates",
        "DROP TRIGGER IF EXISTS bw_four_eyes ON public.deviations",
        "CREATE TRIGGER bw_seal BEFORE UPDATE OR DELETE ON public.score_sheets "
        "FOR EACH ROW EXECUTE FUNCTION public.bw_sheet_guard()",
        "CREATE TRIGGER bw_seal BEFORE INSERT OR UPDATE OR DELETE ON public.scores "
        "FOR EACH ROW EXECUTE FUNCTION public.bw_score_guard()",
        f"GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO {SERVER_ROLE}",
        "REVOKE EXECUTE ON ALL FUNCTIONS IN SCHEMA public FROM PUBLIC",
        f"GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA public TO {SERVER_ROLE}",
    ]
    return out


def fingerprint(stmts: list[str]) -> str:
    return hashlib.sha256("\n;\n".join(stmts).encode()).hexdigest()[:16]


def owns_schema(conn: Connection) -> bool:
    row = conn.execute(
        text("SELECT tableowner = current_user FROM pg_tables WHERE schemaname='public' "
             "AND tablename='audit_events'")
    ).first()
    return bool(row and row[0])


def apply(conn: Connection) -> str:
    """Apply everything in the caller's transaction (as the owner); returns the fingerprint."""
    conn.execute(text("SELECT pg_advisory_xact_lock(72771002)"))
    stmts = statements(conn)
    cursor = conn.connection.cursor()
    try:
        for stmt in stmts:
            cursor.execute(stmt)  # no parameters: '%' in the SQL stays as written
    finally:
        cursor.close()
    fp = fingerprint(statements(conn))
    conn.execute(
        text(
            "INSERT INTO public.meta (key, value) VALUES (:k, :v) "
            "ON CONFLICT (key) DO UPDATE SET value = excluded.value"
        ),
        {"k": META_KEY, "v": fp},
    )
    return fp


def applied(conn: Connection) -> str | None:
    return conn.execute(
        text("SELECT value FROM meta WHERE key = :k"), {"k": META_KEY}
    ).scalar_one_or_none()


def expected(conn: Connection) -> str:
    return fingerprint(statements(conn))
