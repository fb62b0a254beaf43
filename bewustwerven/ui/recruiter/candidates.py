"""The recruiter's candidate list: pseudonyms; identities only on request (logged); privacy
actions (self-identification, access, objection, deletion) on the selected candidate."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from bewustwerven.core.procedure import Stage
from bewustwerven.services.app import App
from bewustwerven.ui.errors import show_error
from bewustwerven.ui.recruiter.candidate_privacy import CandidatePrivacyActions
from bewustwerven.ui.recruiter.import_dialog import ImportDialog
from bewustwerven.ui.recruiter.models import CandidateTableModel, IdRole, SortRole


class CandidatesWidget(QWidget):
    def __init__(self, app: App, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.app = app
        self.pid: int | None = None
        self.stage: Stage | None = None
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.count = QLabel()
        top.addWidget(self.count, 1)
        self.import_button = QPushButton(self.tr("Sollicitaties &importeren…"))
        self.import_button.clicked.connect(self.open_import)
        self.identity_button = QPushButton(self.tr("Toon i&dentiteiten…"))
        self.identity_button.setAccessibleDescription(
            self.tr("Toont namen en contactgegevens. Dit wordt vastgelegd.")
        )
        self.identity_button.setCheckable(True)
        self.identity_button.toggled.connect(self.toggle_identities)
        top.addWidget(self.import_button)
        top.addWidget(self.identity_button)
        layout.addLayout(top)
        self.model = CandidateTableModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SortRole)
        self.table = QTableView(self)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.setAccessibleName(self.tr("Kandidaten"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 10)
        layout.addWidget(self.table, 1)
        self.privacy = CandidatePrivacyActions(app, self.selected_pseudonym, self)
        layout.addLayout(self.privacy.button_row())
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Melding"))
        layout.addWidget(self.status)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(
            lambda pos: self.privacy.show_menu(self.table.viewport(), pos)
        )
        self.table.selectionModel().selectionChanged.connect(
            lambda *_: self.privacy.update_enabled()
        )
        self.privacy.done.connect(self.status.setText)
        self.privacy.data_changed.connect(self.refresh)
        self.with_identity = False
        self.confirm: Callable[[], bool] = self._ask_identity
        self.exec_dialog: Callable[[QDialog], int] = lambda d: d.exec()

    def selected_pseudonym(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        if len(rows) != 1:
            return None
        code = self.proxy.data(rows[0], IdRole)
        return None if code is None else str(code)

    def set_procedure(self, pid: int, stage: Stage, owner: str | None = None) -> None:
        self.pid, self.stage = pid, stage
        self.status.setText("")
        self.privacy.set_procedure(pid, owner)
        self.identity_button.blockSignals(True)
        self.identity_button.setChecked(False)
        self.identity_button.blockSignals(False)
        self.with_identity = False
        self.refresh()

    def refresh(self) -> None:
        if self.pid is None:
            return
        rows = self.app.candidates.list(self.pid, with_identity=self.with_identity)
        self.model.set_rows(rows, with_identity=self.with_identity)
        self.count.setText(
            self.tr("{0} kandidaten").format(len(rows))
            if rows
            else self.tr("Nog geen kandidaten. Importeer sollicitaties uit een CSV-bestand.")
        )
        self.import_button.setEnabled(self.stage in (Stage.CONCEPT, Stage.OPEN))
        self.privacy.update_enabled()

    def _ask_identity(self) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Identiteiten tonen?"),
            self.tr(
                "U ziet dan namen en contactgegevens van alle kandidaten. Dit wordt vastgelegd "
                "in het auditspoor. Wie identiteiten zag, kan in deze procedure niet meer blind "
                "scoren: u kunt dan geen voorzitter of lid van de commissie zijn. Doorgaan?"
            ),
        )
        return answer == QMessageBox.StandardButton.Yes

    def toggle_identities(self, on: bool) -> None:
        if on and not self.confirm():
            self.identity_button.blockSignals(True)
            self.identity_button.setChecked(False)
            self.identity_button.blockSignals(False)
            return
        self.with_identity = on
        try:
            self.refresh()
        except Exception as exc:
            self.with_identity = False
            show_error(self, exc)

    def open_import(self) -> None:
        if self.pid is None:
            return
        dialog = ImportDialog(self.app, self.pid, self)
        self.last_import = dialog
        if self.exec_dialog(dialog) == QDialog.DialogCode.Accepted:
            self.refresh()
