"""Admin: the policy profile's values with their sources, and importing a new version."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from bewustwerven.core.policy import PolicyError, PolicyProfile
from bewustwerven.services.app import App
from bewustwerven.ui.errors import show_error
from bewustwerven.ui.i18n import current_language


def profile_rows(profile: PolicyProfile) -> list[tuple[str, str, str, str]]:
    """(rule, setting, value, source) for every setting of every rule."""
    rows = []
    for code, rule in profile.rules.items():
        for key, value in rule.values.items():
            if key == "source":
                continue
            shown = ", ".join(map(str, value)) if isinstance(value, list) else str(value)
            rows.append((code, key, shown, rule.source))
    return rows


class ProfileTab(QWidget):
    def __init__(self, app: App, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.app = app
        layout = QVBoxLayout(self)
        self.title = QLabel()
        self.title.setWordWrap(True)
        layout.addWidget(self.title)
        self.model = QStandardItemModel(0, 4, self)
        self.model.setHorizontalHeaderLabels(
            [self.tr("Regel"), self.tr("Instelling"), self.tr("Waarde"), self.tr("Bron")]
        )
        self.table = QTableView(self)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Regels van het beleidsprofiel"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        for col in range(3):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table, 1)
        note = QLabel(
            self.tr(
                "Een nieuwe versie komt naast de oude. Lopende procedures houden de versie "
                "waarmee ze begonnen."
            )
        )
        note.setWordWrap(True)
        layout.addWidget(note)
        imp = QPushButton(self.tr("Nieuwe versie &importeren (TOML)…"))
        imp.clicked.connect(self.import_file)
        layout.addWidget(imp)

    def refresh(self) -> None:
        profile = self.app.profiles.current()
        self.title.setText(
            self.tr("Beleidsprofiel: {0} (versie {1})").format(
                profile.title(current_language()), profile.version
            )
        )
        self.model.removeRows(0, self.model.rowCount())
        for row in profile_rows(profile):
            self.model.appendRow([QStandardItem(v) for v in row])
        self.table.resizeRowsToContents()

    def import_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Beleidsprofiel kiezen"), "", self.tr("Beleidsprofiel (*.toml)")
        )
        if name:
            self.import_text(Path(name).read_text(encoding="utf-8"))

    def import_text(self, text: str) -> bool:
        try:
            profile = self.app.profiles.import_profile(text)
        except PolicyError as exc:
            QMessageBox.warning(self, self.tr("Profiel niet geladen"), str(exc))
            return False
        except Exception as exc:
            show_error(self, exc)
            return False
        self.refresh()
        QMessageBox.information(
            self,
            self.tr("Profiel geladen"),
            self.tr("Versie {0} van het beleidsprofiel is geladen.").format(profile.version),
        )
        return True
