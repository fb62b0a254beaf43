"""The privacy lifecycle (issue 7): objection, retention, subject access, deletion on
request, the complaints register and the data key's backup. One method = one transaction,
with role checks and audit events, like every service."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from bewustwerven.core.procedure import Role
from bewustwerven.services.privacy.complaints import (
    ComplaintActions,
    ComplaintCounts,
    ComplaintRow,
)
from bewustwerven.services.privacy.keybackup import KeyBackupActions, restore_key
from bewustwerven.services.privacy.objections import ErasureResult, ObjectionActions
from bewustwerven.services.privacy.retention import RetentionActions, RetentionReport
from bewustwerven.services.privacy.subject import (
    SubjectAccess,
    SubjectAccessActions,
    write_subject_access,
)

if TYPE_CHECKING:
    from bewustwerven.services.app import App


class PrivacyService(
    ObjectionActions,
    RetentionActions,
    SubjectAccessActions,
    ComplaintActions,
    KeyBackupActions,
):
    """What the privacy screens and commands call."""


def run_due_retention(app: App, stop: Callable[[], bool] = lambda: False) -> RetentionReport:
    """Start-up: delete whatever retention has made due, whoever is logged in (the rule is
    enforced, not a choice). For the UI to run in the background, in batches; ``stop`` (the
    app is closing) ends it between batches and the rest follows at the next start. Each
    deletion is an audit event with trigger "startup"."""
    svc = PrivacyService(app.db, app.actor)
    if app.db.dialect == "postgresql" and not app.actor.has(Role.ADMIN):
        # On a shared server the database lets only administrators erase (row-level
        # security); their start-up, or `bewustwerven retention run`, does it for everyone.
        return RetentionReport(svc.clock(), False, (), (), ())
    return svc._retention(svc.clock(), False, "startup", stop=stop)


__all__ = [
    "ComplaintCounts",
    "ComplaintRow",
    "ErasureResult",
    "PrivacyService",
    "RetentionReport",
    "SubjectAccess",
    "restore_key",
    "run_due_retention",
    "write_subject_access",
]
