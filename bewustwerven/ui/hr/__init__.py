"""HR: the deviations inbox (four eyes) and the audit view per procedure."""

from bewustwerven.ui.hr.audit import AuditView
from bewustwerven.ui.hr.deviations import DeviationsView

__all__ = ["AuditView", "DeviationsView"]
