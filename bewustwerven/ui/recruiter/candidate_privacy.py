"""Privacy actions on one selected candidate in the recruiter's candidate list: record the
self-identification, make a subject access export, register an objection, delete on request.

The dialogs and their service calls are in ``bewustwerven.ui.privacy``; this module only puts
them on buttons and in a context menu. Who may do what is checked by the services (the
procedure's recruiter; HR for objection, deletion and access); here the actions are shown
to the procedure's recruiter and to HR, and enabled when a candidate is selected.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QPoint, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QHBoxLayout, QMenu, QPushButton, QWidget

from bewustwerven.core.procedure import Role
from bewustwerven.services.app import App
from bewustwerven.ui.privacy import (
    ask_delete_on_request,
    ask_objection,
    ask_self_identification,
    ask_subject_access,
)


class CandidatePrivacyActions(QObject):
    """Four actions on the selected pseudonym; ``done`` carries a short message."""

    done = Signal(str)
    data_changed = Signal()  # identity or self-identification removed or recorded

    def __init__(self, app: App, selected: Callable[[], str | None], parent: QWidget) -> None:
        super().__init__(parent)
        self.app, self.selected, self.widget = app, selected, parent
        self.pid: int | None = None
        self.selfid = QAction(self.tr("&Zelfidentificatie vastleggen…"), parent)
        self.access = QAction(self.tr("Inzage &maken…"), parent)
        self.objection = QAction(self.tr("Bezw&aar registreren…"), parent)
        self.delete = QAction(self.tr("Verwijderen o&p verzoek…"), parent)
        tips = (
            (self.selfid, self.tr("Leg vrijwillige gegevens van de kandidaat over zichzelf vast.")),
            (self.access, self.tr("Zet alle gegevens over de kandidaat in een map (inzage).")),
            (self.objection, self.tr("De kandidaat maakt bezwaar: de zelfidentificatie gaat weg.")),
            (self.delete, self.tr("Verwijder naam, contact en documenten nu, op verzoek.")),
        )
        for action, tip in tips:
            action.setToolTip(tip)
            action.setStatusTip(tip)
        self.selfid.triggered.connect(self.record_self_identification)
        self.access.triggered.connect(self.subject_access)
        self.objection.triggered.connect(self.register_objection)
        self.delete.triggered.connect(self.delete_on_request)
        self.actions = (self.selfid, self.access, self.objection, self.delete)
        self.buttons: list[QPushButton] = []

    def button_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        for action in self.actions:
            button = QPushButton(action.text())
            button.setAccessibleName(action.text().replace("&", "").rstrip("…"))
            button.setAccessibleDescription(action.toolTip())
            button.setToolTip(action.toolTip())
            button.clicked.connect(action.trigger)
            action.changed.connect(
                lambda b=button, a=action: (
                    b.setEnabled(a.isEnabled()),
                    b.setVisible(a.isVisible()),
                )
            )
            self.buttons.append(button)
            row.addWidget(button)
        row.addStretch(1)
        return row

    def set_procedure(self, pid: int, owner: str | None) -> None:
        self.pid = pid
        is_owner = owner is not None and owner == self.app.actor.login
        steward = is_owner or self.app.actor.has(Role.HR)
        self.selfid.setVisible(is_owner)
        for action in (self.access, self.objection, self.delete):
            action.setVisible(steward)
        self.update_enabled()

    def update_enabled(self) -> None:
        on = self.pid is not None and self.selected() is not None
        for action in self.actions:
            action.setEnabled(on)

    def show_menu(self, view: QWidget, pos: QPoint) -> QMenu | None:
        if self.selected() is None or not any(a.isVisible() for a in self.actions):
            return None
        menu = QMenu(view)
        menu.setAccessibleName(self.tr("Privacy-acties voor de kandidaat"))
        for action in self.actions:
            if action.isVisible():
                menu.addAction(action)
        menu.popup(view.mapToGlobal(pos))
        return menu

    # -- the actions ------------------------------------------------------------------
    def record_self_identification(self) -> None:
        code = self.selected()
        if self.pid is None or code is None:
            return
        if ask_self_identification(self.widget, self.app.candidates, self.pid, code):
            self.done.emit(self.tr("Zelfidentificatie van {0} is vastgelegd.").format(code))
            self.data_changed.emit()

    def subject_access(self) -> None:
        code = self.selected()
        if code is None:
            return
        folder = ask_subject_access(self.widget, self.app.privacy, code)
        if folder is not None:
            self.done.emit(
                self.tr("Inzage voor {0} staat in {1}. Geef de map veilig door.").format(
                    code, folder
                )
            )

    def register_objection(self) -> None:
        code = self.selected()
        if code is None:
            return
        if ask_objection(self.widget, self.app.privacy, code) is not None:
            self.done.emit(
                self.tr("Bezwaar van {0} is geregistreerd; de zelfidentificatie is weg.").format(
                    code
                )
            )
            self.data_changed.emit()

    def delete_on_request(self) -> None:
        code = self.selected()
        if code is None:
            return
        if ask_delete_on_request(self.widget, self.app.privacy, code) is not None:
            self.done.emit(
                self.tr("Gegevens van {0} zijn verwijderd. Scores en besluiten blijven.").format(
                    code
                )
            )
            self.data_changed.emit()
