"""Editor tabs: the committee with live composition findings, and recruitment channels."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from bewustwerven.core.facts import CommitteeRole
from bewustwerven.core.findings import Severity
from bewustwerven.services.app import App
from bewustwerven.services.dto import ChannelInput, ProcedureDetail, SeatInput
from bewustwerven.ui.changes import Changes, announce, perform
from bewustwerven.ui.errors import show_error
from bewustwerven.ui.widgets import FindingsView


def seat_role_word(role: str) -> str:
    from PySide6.QtCore import QCoreApplication

    return {
        CommitteeRole.CHAIR.value: QCoreApplication.translate("seats", "Voorzitter"),
        CommitteeRole.MEMBER.value: QCoreApplication.translate("seats", "Lid"),
        CommitteeRole.HR.value: QCoreApplication.translate("seats", "P&O/W&S-adviseur"),
    }.get(role, role)


class CommitteeTab(QWidget):
    def __init__(self, app: App, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.app = app
        self.pid: int | None = None
        self.users: dict[str, str] = {}
        self.previews = 0
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Stel een diverse commissie samen: minstens drie mensen, een P&O- of "
                "W&S-adviseur, iemand van buiten de afdeling. De controle hieronder werkt mee "
                "terwijl u kiest."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels([self.tr("Login"), self.tr("Naam"), self.tr("Rol")])
        self.table.setAccessibleName(self.tr("Commissieleden"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        layout.addWidget(self.table, 2)
        row = QHBoxLayout()
        self.person = QComboBox()
        self.person.setAccessibleName(self.tr("Persoon om toe te voegen"))
        self.person.setEditable(False)
        self.role = QComboBox()
        self.role.setAccessibleName(self.tr("Rol in de commissie"))
        for r in CommitteeRole:
            self.role.addItem(seat_role_word(r.value), r.value)
        self.add_button = QPushButton(self.tr("Lid &toevoegen"))
        self.add_button.clicked.connect(self.add_from_form)
        self.remove_button = QPushButton(self.tr("Verwij&deren"))
        self.remove_button.setAccessibleName(self.tr("Commissielid verwijderen"))
        self.remove_button.clicked.connect(self.remove_selected)
        row.addWidget(self.person, 2)
        row.addWidget(self.role, 1)
        row.addWidget(self.add_button)
        row.addWidget(self.remove_button)
        layout.addLayout(row)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.findings = FindingsView(self)
        layout.addWidget(self.findings, 3)
        save_row = QHBoxLayout()
        save_row.addStretch(1)
        self.save_button = QPushButton(self.tr("Commissie &opslaan"))
        self.save_button.clicked.connect(self.save)
        save_row.addWidget(self.save_button)
        layout.addLayout(save_row)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(150)
        self._timer.timeout.connect(self.preview)

    def load(self, detail: ProcedureDetail) -> None:
        self.pid = detail.id
        self.users = {u.login: u.display_name for u in self.app.users.list() if u.active}
        self.person.clear()
        for login, name in sorted(self.users.items(), key=lambda kv: kv[1].lower()):
            self.person.addItem(f"{name} ({login})", login)
        self.table.setRowCount(0)
        for seat in detail.committee:
            self._append(seat.login, seat.role)
        editable = not detail.locked
        for w in (self.person, self.role, self.add_button, self.remove_button, self.save_button):
            w.setEnabled(editable)
        self._saved: list[SeatInput] | None = self.seats()
        self.preview()

    def is_dirty(self) -> bool:
        saved = getattr(self, "_saved", None)
        return saved is not None and self.save_button.isEnabled() and self.seats() != saved

    def discard(self) -> None:
        self._saved = None

    def _append(self, login: str, role: str) -> None:
        r = self.table.rowCount()
        self.table.insertRow(r)
        login_item = QTableWidgetItem(login)
        login_item.setData(Qt.ItemDataRole.UserRole, role)
        self.table.setItem(r, 0, login_item)
        self.table.setItem(r, 1, QTableWidgetItem(self.users.get(login, login)))
        self.table.setItem(r, 2, QTableWidgetItem(seat_role_word(role)))

    def seats(self) -> list[SeatInput]:
        out = []
        for r in range(self.table.rowCount()):
            item = self.table.item(r, 0)
            if item is None:
                continue
            out.append(SeatInput(item.text(), str(item.data(Qt.ItemDataRole.UserRole))))
        return out

    def add_seat(self, login: str, role: str) -> None:
        if any(s.login == login for s in self.seats()):
            return
        self._append(login, role)
        self._timer.start()

    def add_from_form(self) -> None:
        login = self.person.currentData()
        if login:
            self.add_seat(str(login), str(self.role.currentData()))

    def remove_selected(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)
            self._timer.start()

    def preview(self) -> None:
        if self.pid is None:
            return
        try:
            findings = self.app.setup.preview_committee(self.pid, self.seats())
        except Exception as exc:
            show_error(self, exc)
            return
        self.previews += 1
        self.findings.set_findings(findings)
        blocks = sum(f.severity is Severity.BLOCK for f in findings)
        warns = sum(f.severity is Severity.WARN for f in findings)
        self.summary.setText(
            self.tr("Samenstelling: in orde.")
            if not findings
            else self.tr("Samenstelling: blokkades: {0}, waarschuwingen: {1}.").format(
                blocks, warns
            )
        )

    def save(self) -> bool:
        if self.pid is None:
            return False
        seats = self.seats()
        try:
            findings = self.app.setup.set_committee(self.pid, seats)
        except Exception as exc:
            show_error(self, exc)
            return False
        self._saved = seats
        self.findings.set_findings(findings)
        announce(
            self,
            Changes.of(self.pid, "committee", message=self.tr("De commissie is opgeslagen.")),
        )
        return True


class ChannelsTab(QWidget):
    def __init__(self, app: App, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.app = app
        self.pid: int | None = None
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Waar plaatst u de vacature? Vanaf schaal 12 hoort er minstens één kanaal bij "
                "dat gericht is op diverse netwerken."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.table = QTableWidget(0, 2)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Kanaal"), self.tr("Gericht op diverse netwerken")]
        )
        self.table.setAccessibleName(self.tr("Wervingskanalen"))
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(
            1, QHeaderView.ResizeMode.ResizeToContents
        )
        self.table.verticalHeader().hide()
        layout.addWidget(self.table, 1)
        row = QHBoxLayout()
        self.name = QLineEdit()
        self.name.setAccessibleName(self.tr("Naam van het nieuwe kanaal"))
        self.name.setPlaceholderText(self.tr("Bijvoorbeeld: werkenbijamsterdam.nl"))
        add = QPushButton(self.tr("Kanaal &toevoegen"))
        add.clicked.connect(lambda: self.add_channel(self.name.text()))
        remove = QPushButton(self.tr("Verwij&deren"))
        remove.setAccessibleName(self.tr("Kanaal verwijderen"))
        remove.clicked.connect(lambda: self.table.removeRow(self.table.currentRow()))
        self.save_button = QPushButton(self.tr("Kanalen &opslaan"))
        self.save_button.clicked.connect(self.save)
        row.addWidget(self.name, 1)
        row.addWidget(add)
        row.addWidget(remove)
        row.addWidget(self.save_button)
        layout.addLayout(row)
        self.buttons = (add, remove, self.save_button, self.name)

    def load(self, detail: ProcedureDetail) -> None:
        self.pid = detail.id
        self.table.setRowCount(0)
        for c in detail.channels:
            self.add_channel(c.name, c.diverse)
        for w in self.buttons:
            w.setEnabled(detail.stage.order <= 1)
        self._saved: list[ChannelInput] | None = self.channels()

    def is_dirty(self) -> bool:
        saved = getattr(self, "_saved", None)
        return saved is not None and self.save_button.isEnabled() and self.channels() != saved

    def discard(self) -> None:
        self._saved = None

    def add_channel(self, name: str, diverse: bool = False) -> None:
        if not name.strip():
            return
        r = self.table.rowCount()
        self.table.insertRow(r)
        self.table.setItem(r, 0, QTableWidgetItem(name.strip()))
        check = QTableWidgetItem()
        check.setData(Qt.ItemDataRole.AccessibleTextRole, self.tr("Gericht op diverse netwerken"))
        check.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
        check.setCheckState(Qt.CheckState.Checked if diverse else Qt.CheckState.Unchecked)
        self.table.setItem(r, 1, check)
        self.name.clear()

    def channels(self) -> list[ChannelInput]:
        out = []
        for r in range(self.table.rowCount()):
            name_item, diverse_item = self.table.item(r, 0), self.table.item(r, 1)
            if name_item is None or diverse_item is None:
                continue
            name = name_item.text()
            diverse = diverse_item.checkState() == Qt.CheckState.Checked
            out.append(ChannelInput(name, diverse))
        return out

    def save(self) -> bool:
        if self.pid is None:
            return False
        pid, channels = self.pid, self.channels()
        message = self.tr("De wervingskanalen zijn opgeslagen.")
        changes = Changes.of(pid, "channels", message=message)
        if not perform(self, lambda: self.app.setup.set_channels(pid, channels), changes):
            return False
        self._saved = channels
        return True
