"""PostgreSQL deployment: only the BewustWerven server connects; people never do.

- ``roles``: the server's group role (``bw_server``), its grants and the append-only
  audit trail (trigger), applied idempotently after the Alembic migrations by the owner.
- ``digests``: the audit row digest computed inside PostgreSQL (store/audit.py uses it).
"""
