"""Candidate import: choose a file, map its columns, see every row's problems, then import.

Nothing is stored until the file parses without a single error: the service imports all or
nothing. Parsing and importing run in the background through the ops helper.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from bewustwerven.core.applicants import FIELDS, ParsedFile
from bewustwerven.services.app import App
from bewustwerven.services.candidates import ImportResult
from bewustwerven.ui.errors import show_error
from bewustwerven.ui.i18n import current_language
from bewustwerven.ui.ops import Op, run_op
from bewustwerven.ui.recruiter.models import ImportPreviewModel, field_label


class ImportDialog(QDialog):
    def __init__(self, app: App, pid: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.app, self.pid = app, pid
        self.data: bytes | None = None
        self.parsed: ParsedFile | None = None
        self.import_result: ImportResult | None = None
        self.op: Op | None = None
        self.setWindowTitle(self.tr("Sollicitaties importeren"))
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.file_label = QLabel(self.tr("Nog geen bestand gekozen."))
        self.file_label.setWordWrap(True)
        choose = QPushButton(self.tr("&Bestand kiezen…"))
        choose.clicked.connect(self.choose_file)
        top.addWidget(self.file_label, 1)
        top.addWidget(choose)
        layout.addLayout(top)
        self.map_box = QGroupBox(self.tr("Welke kolom hoort bij welk gegeven?"))
        self.map_grid = QGridLayout(self.map_box)
        self.combos: dict[str, QComboBox] = {}
        for i, f in enumerate(FIELDS):
            combo = QComboBox()
            combo.setAccessibleName(self.tr("Kolom voor {0}").format(field_label(f)))
            combo.currentIndexChanged.connect(self._mapping_changed)
            label = QLabel(field_label(f) + ":")
            label.setBuddy(combo)
            self.map_grid.addWidget(label, i // 3, (i % 3) * 2)
            self.map_grid.addWidget(combo, i // 3, (i % 3) * 2 + 1)
            self.combos[f] = combo
        layout.addWidget(self.map_box)
        self.model = ImportPreviewModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Voorbeeld van de sollicitaties"))
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(self.table, 1)
        self.status = QLabel()
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.import_button = QPushButton(self.tr("&Importeren"))
        self.import_button.setEnabled(False)
        self.import_button.clicked.connect(self.start_import)
        close = QPushButton(self.tr("&Sluiten"))
        close.clicked.connect(self.reject)
        buttons.addWidget(self.import_button)
        buttons.addWidget(close)
        layout.addLayout(buttons)
        self._filling = False
        self.resize(1100, 700)

    # -- file and mapping ---------------------------------------------------------------

    def _import_failed(self, exc: BaseException) -> None:
        show_error(self, exc)
        self.import_button.setEnabled(True)
    def choose_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Bestand met sollicitaties"), "", self.tr("CSV-bestand (*.csv *.txt)")
        )
        if name:
            self.set_data(Path(name).read_bytes(), Path(name).name)

    def set_data(self, data: bytes, name: str = "") -> None:
        self.data = data
        self.file_label.setText(self.tr("Bestand: {0}").format(name) if name else "")
        self.parse(None)

    def mapping(self) -> dict[str, str]:
        return {f: str(c.currentData() or "") for f, c in self.combos.items()}

    def _mapping_changed(self) -> None:
        if not self._filling and self.data is not None:
            self.parse(self.mapping())

    def parse(self, mapping: dict[str, str] | None) -> None:
        data, service = self.data, self.app.candidates
        if data is None:
            return
        self.import_button.setEnabled(False)
        self.status.setText(self.tr("Het bestand wordt gelezen…"))
        self.op = run_op(
            self,
            lambda _p: service.preview(data, mapping),
            on_done=self.show_parsed,
        )

    def show_parsed(self, parsed: ParsedFile) -> None:
        self.parsed = parsed
        self._filling = True
        for f, combo in self.combos.items():
            combo.clear()
            combo.addItem(self.tr("(niet gebruiken)"), "")
            for h in parsed.headers:
                combo.addItem(h, h)
            combo.setCurrentIndex(max(0, combo.findData(parsed.mapping.get(f, ""))))
        self._filling = False
        self.model.set_parsed(parsed)
        self.table.resizeColumnsToContents()
        lang = current_language()
        if parsed.errors:
            first = "; ".join(
                self.tr("regel {0}: {1}").format(e.line, e.message(lang)) for e in parsed.errors[:3]
            )
            self.status.setText(
                self.tr(
                    "{0} fouten gevonden. Er wordt niets opgeslagen tot alle fouten weg zijn. "
                    "Pas het bestand of de kolomkeuze aan. Eerste fouten: {1}"
                ).format(len(parsed.errors), first)
            )
        else:
            self.status.setText(
                self.tr("{0} sollicitaties, geen fouten. U kunt importeren.").format(
                    len(parsed.applicants)
                )
            )
        self.import_button.setEnabled(parsed.ok)

    # -- import -------------------------------------------------------------------------
    def start_import(self) -> None:
        data, service, pid, mapping = self.data, self.app.candidates, self.pid, self.mapping()
        if data is None:
            return
        self.import_button.setEnabled(False)
        self.op = run_op(
            self,
            lambda _p: service.import_csv(pid, data, mapping),
            on_done=self.imported,
            on_error=self._import_failed,
            label=self.tr("Sollicitaties importeren…"),
        )

    def imported(self, result: ImportResult) -> None:
        self.import_result = result
        if result.errors:
            self.show_parsed(result.parsed)
            return
        self.status.setText(
            self.tr("{0} kandidaten geïmporteerd en gepseudonimiseerd.").format(result.imported)
        )
        self.accept()
