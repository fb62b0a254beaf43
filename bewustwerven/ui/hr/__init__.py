"""HR: the deviations inbox (four eyes), the complaints register and the audit view per
procedure."""

from bewustwerven.ui.hr.audit import AuditView
from bewustwerven.ui.hr.complaints import ComplaintsView
from bewustwerven.ui.hr.deviations import DeviationsView

__all__ = ["AuditView", "ComplaintsView", "DeviationsView"]
