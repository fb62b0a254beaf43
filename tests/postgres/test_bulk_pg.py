"""`demo --scale year` on PostgreSQL: the bulk generator passes the server's own guards
(sealed sheets, the append-only trail) and leaves a trail that verifies."""

from __future__ import annotations

from sqlalchemy import func, select

from bewustwerven.services.app import open_app
from bewustwerven.store.bulk import generate
from bewustwerven.store.models import Score, ScoreSheet


def test_generated_year_on_postgres_verifies(pg_db) -> None:  # type: ignore[no-untyped-def]
    app = open_app(pg_db["owner_url"])
    try:
        report = generate(app.db, actor=app.actor.login, years=1, per_year=40, seed=7)
        assert report.procedures == 41  # plus the 1,000-application traineeship
        with app.db.read() as s:
            by_status = dict(
                s.execute(select(ScoreSheet.status, func.count()).group_by(ScoreSheet.status)).all()
            )
            scored_later = s.execute(
                select(func.count(Score.id))
                .join(ScoreSheet, ScoreSheet.id == Score.sheet_id)
                .where(ScoreSheet.status.in_(("superseded", "archived")))
            ).scalar_one()
        # sheets the seal trigger closes to new scores still hold theirs
        assert by_status.get("archived", 0) + by_status.get("superseded", 0) > 0, by_status
        assert scored_later > 0
        result = app.audit.verify()
        assert result.ok, result.problems[:5]
    finally:
        app.close()
