"""Admin: users and their roles, and organisation units."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from bewustwerven.core.procedure import Role
from bewustwerven.services.app import App
from bewustwerven.services.dto import UserInfo
from bewustwerven.ui.errors import show_error
from bewustwerven.ui.i18n import current_language

_Index = QModelIndex | QPersistentModelIndex
LoginRole = Qt.ItemDataRole.UserRole + 1


def role_names(values: Sequence[str]) -> str:
    lang = current_language()
    out = []
    for v in values:
        try:
            out.append(Role(v).label(lang))
        except ValueError:
            out.append(v)
    return ", ".join(out)


class UsersModel(QAbstractTableModel):
    COL_LOGIN, COL_NAME, COL_ROLES, COL_UNIT, COL_TRAINED = range(5)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[UserInfo] = []

    def set_rows(self, rows: Sequence[UserInfo]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 5

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (
                self.tr("Login"),
                self.tr("Naam"),
                self.tr("Rollen"),
                self.tr("Afdeling"),
                self.tr("Getraind"),
            )[section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        u = self.rows[index.row()]
        if role == LoginRole:
            return u.login
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                u.login,
                u.display_name,
                role_names(u.roles),
                u.unit or "",
                self.tr("ja") if u.trained else self.tr("nee"),
            )[index.column()]
        return None


class UsersTab(QWidget):
    def __init__(self, app: App, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.app = app
        layout = QVBoxLayout(self)
        self.model = UsersModel(self)
        self.table = QTableView(self)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Gebruikers"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        layout.addWidget(self.table, 1)
        self.role_boxes: dict[Role, QCheckBox] = {}
        roles_box = QGroupBox(self.tr("Rollen van de gekozen gebruiker"))
        roles_row = QHBoxLayout(roles_box)
        lang = current_language()
        for r in Role:
            box = QCheckBox(r.label(lang).replace("&", "&&"))
            box.setAccessibleName(self.tr("Rol {0}").format(r.label(lang)))
            self.role_boxes[r] = box
            roles_row.addWidget(box)
        self.save_roles = QPushButton(self.tr("&Rollen opslaan"))
        self.save_roles.clicked.connect(self.apply_roles)
        roles_row.addWidget(self.save_roles)
        layout.addWidget(roles_box)
        add_box = QGroupBox(self.tr("Gebruiker toevoegen"))
        form = QFormLayout(add_box)
        self.login = QLineEdit()
        self.login.setAccessibleName(self.tr("Login van de nieuwe gebruiker"))
        self.name = QLineEdit()
        self.name.setAccessibleName(self.tr("Naam van de nieuwe gebruiker"))
        self.unit = QComboBox()
        self.unit.setAccessibleName(self.tr("Afdeling van de nieuwe gebruiker"))
        self.new_role = QComboBox()
        self.new_role.setAccessibleName(self.tr("Eerste rol van de nieuwe gebruiker"))
        for r in Role:
            self.new_role.addItem(r.label(lang), r.value)
        self.trained = QCheckBox(self.tr("Getraind in inclusief werven en selecteren"))
        form.addRow(self.tr("&Login:"), self.login)
        form.addRow(self.tr("&Naam:"), self.name)
        form.addRow(self.tr("Afdeling:"), self.unit)
        form.addRow(self.tr("Rol:"), self.new_role)
        form.addRow(self.trained)
        add = QPushButton(self.tr("&Toevoegen"))
        add.clicked.connect(self.add_user)
        form.addRow(add)
        layout.addWidget(add_box)
        self.table.selectionModel().currentRowChanged.connect(self._selected)

    def refresh(self) -> None:
        self.model.set_rows(self.app.users.list())
        self.unit.clear()
        self.unit.addItem(self.tr("(geen)"), None)
        for code, name in self.app.users.units():
            self.unit.addItem(f"{code} — {name}", code)

    def selected_login(self) -> str | None:
        idx = self.table.currentIndex()
        return str(self.model.data(idx, LoginRole)) if idx.isValid() else None

    def _selected(self, current: QModelIndex, _prev: QModelIndex) -> None:
        if not current.isValid():
            return
        user = self.model.rows[current.row()]
        for r, box in self.role_boxes.items():
            box.setChecked(r.value in user.roles)

    def apply_roles(self) -> None:
        login = self.selected_login()
        if login is None:
            return
        roles = [r.value for r, box in self.role_boxes.items() if box.isChecked()]
        try:
            self.app.users.set_roles(login, roles)
        except Exception as exc:
            show_error(self, exc)
        self.refresh()

    def add_user(self) -> None:
        try:
            self.app.users.add(
                self.login.text().strip(),
                roles=[str(self.new_role.currentData())],
                display_name=self.name.text().strip(),
                unit_code=self.unit.currentData(),
                trained=self.trained.isChecked(),
            )
        except Exception as exc:
            show_error(self, exc)
            return
        self.login.clear()
        self.name.clear()
        self.refresh()


class UnitsTab(QWidget):
    def __init__(self, app: App, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.app = app
        layout = QVBoxLayout(self)
        self.table = QTableView(self)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table
        self.table.setAccessibleName(self.tr("Afdelingen"))
        self.table.verticalHeader().hide()
        from PySide6.QtGui import QStandardItemModel

        self.model = QStandardItemModel(0, 2, self)
        self.model.setHorizontalHeaderLabels([self.tr("Code"), self.tr("Naam")])
        self.table.setModel(self.model)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table, 1)
        box = QGroupBox(self.tr("Afdeling toevoegen"))
        form = QFormLayout(box)
        self.code = QLineEdit()
        self.code.setAccessibleName(self.tr("Code van de afdeling"))
        self.name = QLineEdit()
        self.name.setAccessibleName(self.tr("Naam van de afdeling"))
        form.addRow(self.tr("&Code:"), self.code)
        form.addRow(self.tr("Naa&m:"), self.name)
        add = QPushButton(self.tr("Afdeling &toevoegen"))
        add.clicked.connect(self.add_unit)
        form.addRow(add)
        layout.addWidget(box)

    def refresh(self) -> None:
        from PySide6.QtGui import QStandardItem

        self.model.removeRows(0, self.model.rowCount())
        for code, name in self.app.users.units():
            self.model.appendRow([QStandardItem(code), QStandardItem(name)])

    def add_unit(self) -> None:
        try:
            self.app.users.add_unit(self.code.text().strip(), self.name.text().strip())
        except Exception as exc:
            show_error(self, exc)
            return
        self.code.clear()
        self.name.clear()
        self.refresh()
