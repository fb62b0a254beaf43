"""PostgreSQL deployment: the database itself enforces who reads and writes what.

- ``sql``: roles, helper functions, triggers (static SQL text).
- ``policies``: grants, row-level security and the masking views, applied idempotently
  after the Alembic migrations (``apply``) by the schema owner.
- ``digests``: the audit row digest computed inside the server, for tables whose personal
  columns most roles may not read.
- ``logins``: a user's LOGIN role in the group roles; the password in the OS keyring.
"""

from __future__ import annotations

GROUPS = {
    "member": "bw_member",
    "chair": "bw_chair",
    "recruiter": "bw_recruiter",
    "hr": "bw_hr",
    "admin": "bw_admin",
}
VIEW_SCHEMA = "bw_app"
