"""Privacy dialogs for the recruiter's and HR's screens, and the start-up retention run.

Entry points (each returns what the service returned, or None when the user cancelled;
known errors are shown with ui.errors.show_error):

- ``ask_self_identification(parent, candidates, pid, pseudonym, current=None) -> bool``
- ``ask_objection(parent, privacy, pseudonym) -> ErasureResult | None``
- ``ask_delete_on_request(parent, privacy, pseudonym) -> ErasureResult | None``
- ``ask_subject_access(parent, privacy, pseudonym) -> Path | None``
- ``start_due_retention(app, parent=None, on_done=None) -> Op`` (background, at start-up)
"""

from __future__ import annotations

from bewustwerven.ui.privacy.actions import (
    ask_delete_on_request,
    ask_objection,
    ask_self_identification,
    ask_subject_access,
    start_due_retention,
)
from bewustwerven.ui.privacy.dialogs import (
    DeleteOnRequestDialog,
    ObjectionDialog,
    SubjectAccessDialog,
)
from bewustwerven.ui.privacy.selfid_dialog import SelfIdentificationDialog

__all__ = [
    "DeleteOnRequestDialog",
    "ObjectionDialog",
    "SelfIdentificationDialog",
    "SubjectAccessDialog",
    "ask_delete_on_request",
    "ask_objection",
    "ask_self_identification",
    "ask_subject_access",
    "start_due_retention",
]
