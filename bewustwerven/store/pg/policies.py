"""Grants, row-level security and masking views, applied after the Alembic migrations.

``apply(conn)`` is idempotent: it drops and re-creates every ``bw_*`` policy, view and
trigger, so running ``bewustwerven db upgrade`` twice changes nothing. It must run as the
role that owns the tables (the *schema owner*); that role bypasses row-level security as
PostgreSQL's table owner, every application login does not.
"""

from __future__ import annotations

import hashlib

from sqlalchemy import text
from sqlalchemy.engine import Connection

from bewustwerven.store.pg import VIEW_SCHEMA, digests, sql

META_KEY = "pg_policy"

# table -> {command: (USING, WITH CHECK)}; "*" = every bw role may try, the policy decides.
READ_ALL = "true"
CAN_READ = "public.bw_can_read(procedure_id)"
STEERS = "public.bw_steers(procedure_id)"
ADMIN = "public.bw_in('bw_admin')"
ME = "public.bw_uid()"

POLICIES: dict[str, dict[str, tuple[str | None, str | None]]] = {
    "meta": {
        "select": ("key NOT LIKE 'key\\_for:%' OR key = 'key_for:' || current_user", None),
        "insert": (None, ADMIN),
        "update": (ADMIN, ADMIN),
        "delete": (ADMIN, None),
    },
    "units": {"select": (READ_ALL, None), "insert": (None, ADMIN), "update": (ADMIN, ADMIN)},
    "users": {"select": (READ_ALL, None), "insert": (None, ADMIN), "update": (ADMIN, ADMIN)},
    "policy_profiles": {"select": (READ_ALL, None), "insert": (None, ADMIN)},
    "vacancies": {
        "select": (READ_ALL, None),
        "insert": (None, "public.bw_in('bw_recruiter')"),
        "update": (
            "EXISTS (SELECT 1 FROM public.procedures p WHERE p.vacancy_id = id "
            "AND public.bw_owns(p.id)) OR " + ADMIN,
            None,
        ),
    },
    "procedures": {
        "select": (f"created_by = {ME} OR public.bw_can_read(id)", None),
        "insert": (None, f"created_by = {ME} AND public.bw_in('bw_recruiter')"),
        "update": ("public.bw_steers(id)", "public.bw_steers(id)"),
    },
    "stage_changes": {"select": (CAN_READ, None), "insert": (None, f"{STEERS} AND by_user = {ME}")},
    "criteria": {
        "select": (CAN_READ, None),
        "insert": (None, STEERS),
        "update": (STEERS, STEERS),
        "delete": (STEERS, None),
    },
    "questions": {
        "select": ("public.bw_can_read(public.bw_criterion_proc(criterion_id))", None),
        "insert": (None, "public.bw_steers(public.bw_criterion_proc(criterion_id))"),
        "update": (
            "public.bw_steers(public.bw_criterion_proc(criterion_id))",
            "public.bw_steers(public.bw_criterion_proc(criterion_id))",
        ),
        "delete": ("public.bw_steers(public.bw_criterion_proc(criterion_id))", None),
    },
    "committee_seats": {
        "select": (CAN_READ, None),
        "insert": (None, STEERS),
        "update": (STEERS, STEERS),
        "delete": (STEERS, None),
    },
    "channels": {
        "select": (CAN_READ, None),
        "insert": (None, STEERS),
        "update": (STEERS, STEERS),
        "delete": (STEERS, None),
    },
    "self_identifications": {
        "select": (
            "public.bw_is_auditor() OR public.bw_owns(public.bw_cand_proc(candidate_id)) "
            "OR coalesce(public.bw_seat(public.bw_cand_proc(candidate_id)) = 'chair', false)",
            None,
        ),
        "insert": (None, "public.bw_owns(public.bw_cand_proc(candidate_id))"),
        "update": (
            "public.bw_owns(public.bw_cand_proc(candidate_id))",
            "public.bw_owns(public.bw_cand_proc(candidate_id))",
        ),
        "delete": (f"public.bw_owns(public.bw_cand_proc(candidate_id)) OR {ADMIN}", None),
    },
    "identity_access": {
        "select": (CAN_READ, None),
        "insert": (None, f"user_id = {ME} AND {CAN_READ}"),
    },
    "score_sheets": {
        "select": (f"member_id = {ME} OR {CAN_READ}", None),
        "insert": (
            None,
            f"member_id = {ME} AND public.bw_seat(procedure_id) IN ('chair', 'member') "
            "AND (status = 'draft' OR (status = 'submitted' AND deviation_id IS NOT NULL))",
        ),
        "update": (f"member_id = {ME} OR {STEERS}", f"member_id = {ME} OR {STEERS}"),
        "delete": (f"member_id = {ME} AND status = 'draft'", None),
    },
    "scores": {
        "select": (
            "public.bw_is_auditor() OR public.bw_scores_visible_of(sheet_id, current_user::text)",
            None,
        ),
        "insert": (None, "public.bw_own_sheet_of(sheet_id, current_user::text)"),
        "update": (
            "public.bw_own_sheet_of(sheet_id, current_user::text)",
            "public.bw_own_sheet_of(sheet_id, current_user::text)",
        ),
        "delete": ("public.bw_own_sheet_of(sheet_id, current_user::text)", None),
    },
    "conflicts": {
        "select": (CAN_READ, None),
        "insert": (None, f"member_id = {ME} AND public.bw_seat(procedure_id) IS NOT NULL"),
    },
    "consensus": {
        "select": (CAN_READ, None),
        "insert": (None, f"{STEERS} AND decided_by = {ME}"),
        "update": (STEERS, STEERS),
    },
    "decisions": {
        "select": (CAN_READ, None),
        "insert": (None, f"{STEERS} AND decided_by = {ME}"),
        "update": (STEERS, STEERS),
    },
    "deviations": {
        "select": (CAN_READ, None),
        "insert": (None, f"requested_by = {ME} AND {CAN_READ}"),
        "update": (CAN_READ, CAN_READ),
    },
    "audit_events": {
        "select": (
            "public.bw_is_auditor() OR actor = current_user::text "
            "OR (procedure_id IS NOT NULL AND (public.bw_owns(procedure_id) "
            "OR coalesce(public.bw_seat(procedure_id) = 'chair', false)))",
            None,
        ),
        "insert": (None, "actor = current_user::text"),
    },
    # Reached through the bw_app views; the base tables only take the recruiter's inserts.
    "candidates": {"insert": (None, "public.bw_owns(procedure_id)")},
    "documents": {"insert": (None, "public.bw_owns(public.bw_cand_proc(candidate_id))")},
}

NO_SELECT = {"candidates", "documents"}  # base tables: read through the masking views only
SELF_ID_READERS = ("bw_chair", "bw_recruiter", "bw_hr", "bw_admin")
#: Columns only these roles select: colleagues' self-declared profiles (gender, birth year,
#: background) serve the committee check. A member reads their own committees' profiles
#: through bw_committee_profiles(procedure_id) (store/pg/sql.py).
RESTRICTED_COLUMNS = {"users": (("profile_enc",), SELF_ID_READERS)}
SELF_ID_WRITERS = ("bw_recruiter", "bw_admin")

IDENTITY = {
    "candidates": ("name_enc", "email_enc", "phone_enc"),
    "documents": ("filename_enc", "original_enc"),
}
VIEW_FILTER = {
    "candidates": "public.bw_can_read(procedure_id)",
    "documents": "public.bw_can_read(public.bw_cand_proc(candidate_id)) AND "
    "(confirmed_at IS NOT NULL OR public.bw_owns(public.bw_cand_proc(candidate_id)))",
}
VIEW_MASK = {
    "candidates": "public.bw_identity_visible(procedure_id, revealed_at)",
    "documents": "public.bw_is_owner() OR public.bw_owns(public.bw_cand_proc(candidate_id))",
}
VIEW_UPDATE = {
    "candidates": (("funnel", "revealed_at"), ("bw_chair", "bw_recruiter", "bw_admin")),
    "documents": (("confirmed_at", "redacted_text"), ("bw_recruiter", "bw_admin")),
}


def _generic(table: str, columns: set[str]) -> dict[str, tuple[str | None, str | None]]:
    """Tables a later migration adds: procedure-scoped when they can be, else admin writes."""
    if "procedure_id" in columns:
        return {
            "select": (CAN_READ, None),
            "insert": (None, CAN_READ),
            "update": (CAN_READ, CAN_READ),
            "delete": (STEERS, None),
        }
    return {"select": (READ_ALL, None), "insert": (None, ADMIN), "update": (ADMIN, ADMIN)}


Spec = dict[str, tuple[str | None, str | None]]


def _table_sql(table: str, columns: list[str], spec: Spec) -> list[str]:
    out = [
        f"REVOKE ALL ON public.{table} FROM PUBLIC, bw_user, bw_member, bw_chair, bw_recruiter, "
        "bw_hr, bw_admin",
        f"ALTER TABLE public.{table} ENABLE ROW LEVEL SECURITY",
    ]
    for cmd, (using, check) in spec.items():
        if table in NO_SELECT and cmd == "select":
            continue
        grantee = "bw_user"
        if table == "self_identifications":
            grantee = ", ".join(SELF_ID_READERS if cmd == "select" else SELF_ID_WRITERS)
        if cmd == "select" and table in RESTRICTED_COLUMNS:
            hidden, readers = RESTRICTED_COLUMNS[table]
            shown = ", ".join(c for c in columns if c not in hidden)
            out.append(f"GRANT SELECT ({shown}) ON public.{table} TO bw_user")
            grantee = ", ".join(readers)
        out.append(f"GRANT {cmd.upper()} ON public.{table} TO {grantee}")
        clause = f"FOR {cmd.upper()} TO bw_user"
        if using is not None:
            clause += f" USING ({using})"
        if check is not None:
            clause += f" WITH CHECK ({check})"
        out.append(f"CREATE POLICY bw_{cmd} ON public.{table} {clause}")
    return out


def _view_sql(table: str, columns: list[str]) -> list[str]:
    mask = VIEW_MASK[table]
    cols = [
        f"CASE WHEN {mask} THEN t.{c} END AS {c}" if c in IDENTITY[table] else f"t.{c}"
        for c in columns
    ]
    view = f"{VIEW_SCHEMA}.{table}"
    upd_cols, upd_roles = VIEW_UPDATE[table]
    names = ", ".join(columns)
    values = ", ".join(f"NEW.{c}" for c in columns)
    return [
        f"DROP VIEW IF EXISTS {view} CASCADE",
        f"CREATE VIEW {view} WITH (security_barrier) AS SELECT {', '.join(cols)} "
        f"FROM public.{table} t WHERE {VIEW_FILTER[table]}",
        f"ALTER VIEW {view} ALTER COLUMN id SET DEFAULT "
        f"nextval(pg_get_serial_sequence('public.{table}', 'id'))",
        f"""CREATE OR REPLACE FUNCTION {VIEW_SCHEMA}.{table}_insert() RETURNS trigger
        LANGUAGE plpgsql AS $$ BEGIN
          INSERT INTO public.{table} ({names}) VALUES ({values});
          RETURN NEW; END $$""",
        f"CREATE TRIGGER bw_insert INSTEAD OF INSERT ON {view} "
        f"FOR EACH ROW EXECUTE FUNCTION {VIEW_SCHEMA}.{table}_insert()",
        f"GRANT SELECT ON {view} TO bw_user",
        f"GRANT INSERT ON {view} TO bw_recruiter, bw_admin",
        f"GRANT UPDATE ({', '.join(upd_cols)}) ON {view} TO {', '.join(upd_roles)}",
        f"GRANT INSERT ON public.{table} TO bw_recruiter, bw_admin",
    ]


TRIGGERS = [
    ("audit_events", "bw_guard", "BEFORE INSERT OR UPDATE OR DELETE", "ROW", "bw_audit_guard"),
    ("audit_events", "bw_no_truncate", "BEFORE TRUNCATE", "STATEMENT", "bw_audit_guard"),
    ("score_sheets", "bw_seal", "BEFORE UPDATE OR DELETE", "ROW", "bw_sheet_guard"),
    ("scores", "bw_seal", "BEFORE INSERT OR UPDATE OR DELETE", "ROW", "bw_score_guard"),
    ("candidates", "bw_guard", "BEFORE UPDATE", "ROW", "bw_candidate_guard"),
    ("deviations", "bw_four_eyes", "BEFORE UPDATE", "ROW", "bw_deviation_guard"),
]


def statements(conn: Connection, owner: str) -> list[str]:
    existing = {
        r[0]: r[1]
        for r in conn.execute(
            text(
                "SELECT table_name, array_agg(column_name::text ORDER BY ordinal_position) "
                "FROM information_schema.columns WHERE table_schema = 'public' "
                "GROUP BY table_name"
            )
        )
    }
    out: list[str] = [sql.ROLES, sql.FUNCTIONS.replace("@OWNER@", owner), digests.function_sql()]
    for table, columns in sorted(existing.items()):
        if table == "alembic_version":
            out.append("REVOKE ALL ON public.alembic_version FROM PUBLIC")
            out.append("GRANT SELECT ON public.alembic_version TO bw_user")
            continue
        for (pol,) in conn.execute(
            text("SELECT policyname FROM pg_policies WHERE schemaname='public' AND tablename=:t"),
            {"t": table},
        ):
            out.append(f"DROP POLICY IF EXISTS {pol} ON public.{table}")
        spec = POLICIES.get(table) or _generic(table, set(columns))
        out += _table_sql(table, columns, spec)
    for table in IDENTITY:
        out += _view_sql(table, list(existing[table]))
    for table, name, when, level, func in TRIGGERS:
        out.append(f"DROP TRIGGER IF EXISTS {name} ON public.{table}")
        out.append(
            f"CREATE TRIGGER {name} {when} ON public.{table} FOR EACH {level} "
            f"EXECUTE FUNCTION public.{func}()"
        )
    out += [
        "GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO bw_user",
        "REVOKE EXECUTE ON ALL FUNCTIONS IN SCHEMA public FROM PUBLIC",
        "GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA public TO bw_user",
        "REVOKE EXECUTE ON FUNCTION public.bw_set_login(text, text[], text, boolean) FROM bw_user",
        "GRANT EXECUTE ON FUNCTION public.bw_set_login(text, text[], text, boolean) TO bw_admin",
        f"GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA {VIEW_SCHEMA} TO bw_user",
    ]
    return out


def fingerprint(stmts: list[str]) -> str:
    """What the code wants, independent of what the database holds now."""
    wanted = [s for s in stmts if not s.startswith("DROP POLICY")]
    return hashlib.sha256("\n;\n".join(wanted).encode()).hexdigest()[:16]


def owns_schema(conn: Connection) -> bool:
    row = conn.execute(
        text("SELECT tableowner = current_user FROM pg_tables WHERE schemaname='public' "
             "AND tablename='audit_events'")
    ).first()
    return bool(row and row[0])


def apply(conn: Connection) -> str:
    """Apply everything in the caller's transaction; returns the fingerprint stored in meta."""
    owner = str(conn.execute(text("SELECT current_user")).scalar_one())
    stmts = statements(conn, owner)
    conn.execute(text("SELECT pg_advisory_xact_lock(72771002)"))
    cursor = conn.connection.cursor()
    try:
        for stmt in stmts:
            cursor.execute(stmt)  # no parameters: '%' in the SQL stays as written
    finally:
        cursor.close()
    fp = fingerprint(statements(conn, owner))
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


def expected(conn: Connection, owner: str) -> str:
    return fingerprint(statements(conn, owner))
