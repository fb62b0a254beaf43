"""Small shared widgets: findings list, stage step bar, severity words and icons."""

from bewustwerven.ui.widgets.findings import (
    FindingsModel,
    FindingsView,
    severity_icon,
    severity_word,
)
from bewustwerven.ui.widgets.stepbar import StepBar

__all__ = ["FindingsModel", "FindingsView", "StepBar", "severity_icon", "severity_word"]
