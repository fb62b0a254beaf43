"""The reminder on HR's first page: complaints that must be answered within 7 days, and those
already too late, with a button to the complaints register."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from bewustwerven.core.procedure import Role
from bewustwerven.services.app import App
from bewustwerven.services.errors import KnownError
from bewustwerven.ui.member import common

WITHIN_DAYS = 7
COMPLAINTS_KEY = "complaints"  # the navigation entry (ui/nav.py)


class ComplaintsReminder(QFrame):
    """Hidden while no complaint is due; :meth:`refresh` asks the service again."""

    def __init__(self, app: App, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.app = app
        self.due_count = 0
        self.late_count = 0
        self.setFrameShape(QFrame.Shape.Box)
        self.setLineWidth(2)
        self.setAccessibleName(self.tr("Herinnering: klachten"))
        self.icon = QLabel()
        self.text = common.wrapped()
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.text.setAccessibleName(self.tr("Herinnering: klachten"))
        self.open_btn = QPushButton(self.tr("&Klachten bekijken"))
        self.open_btn.setAccessibleDescription(self.tr("Ga naar het klachtenregister."))
        lay = QHBoxLayout(self)
        lay.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignVCenter)
        lay.addWidget(self.text, 1)
        lay.addWidget(self.open_btn, 0, Qt.AlignmentFlag.AlignVCenter)
        self.open_btn.clicked.connect(self.open_register)
        self.hide()

    def refresh(self) -> None:
        rows = []
        if self.app.actor.has(Role.HR, Role.ADMIN):  # the service checks too
            try:
                rows = self.app.privacy.complaints_due(WITHIN_DAYS)
            except KnownError:
                rows = []
        today = self.app.privacy.clock().date()
        self.due_count = len(rows)
        self.late_count = sum(1 for c in rows if c.overdue(today))
        self.setVisible(bool(rows))
        if not rows:
            return
        self.text.setText(self.message(self.due_count - self.late_count, self.late_count))
        pixmap = (
            QStyle.StandardPixmap.SP_MessageBoxWarning
            if self.late_count
            else QStyle.StandardPixmap.SP_MessageBoxInformation
        )
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_MessageBoxIconSize)
        self.icon.setPixmap(self.style().standardIcon(pixmap).pixmap(size, size))

    def message(self, soon: int, late: int) -> str:
        parts = []
        if late == 1:
            parts.append(self.tr("1 klacht is te laat: de termijn van 4 weken is voorbij."))
        elif late:
            parts.append(
                self.tr("{n} klachten zijn te laat: de termijn van 4 weken is voorbij.").format(
                    n=late
                )
            )
        if soon == 1:
            parts.append(
                self.tr("1 klacht moet binnen {days} dagen beantwoord zijn.").format(
                    days=WITHIN_DAYS
                )
            )
        elif soon:
            parts.append(
                self.tr("{n} klachten moeten binnen {days} dagen beantwoord zijn.").format(
                    n=soon, days=WITHIN_DAYS
                )
            )
        return "<b>" + self.tr("Herinnering:") + "</b> " + " ".join(parts)

    def open_register(self) -> None:
        """Switch the main window to the complaints page; without one (the view on its own),
        show the register in a window of its own."""
        window = self.window()
        show_view = getattr(window, "show_view", None)
        if callable(show_view) and show_view(COMPLAINTS_KEY) is not None:
            return
        from bewustwerven.ui.hr.complaints import ComplaintsView

        dialog = QDialog(self)
        dialog.setWindowTitle(self.tr("Klachten"))
        lay = QVBoxLayout(dialog)
        lay.addWidget(ComplaintsView(self.app, dialog))
        dialog.resize(1100, 600)
        dialog.exec()
        self.refresh()
