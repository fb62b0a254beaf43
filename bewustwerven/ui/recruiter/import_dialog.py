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
    QRadioButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from bewustwerven.core.applicants import FIELDS, ParsedFile
from bewustwerven.services import candidate_import as I
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
        self.unused_label = QLabel()  # columns of the file that will not be imported
        self.unused_label.setWordWrap(True)
        layout.addWidget(self.unused_label)
        self.contact_label = QLabel()  # no e-mail or phone column
        self.contact_label.setWordWrap(True)
        layout.addWidget(self.contact_label)
        self.dup_box = QGroupBox(self.tr("Waarschijnlijk dubbele sollicitaties"))
        dup_layout = QVBoxLayout(self.dup_box)
        self.dup_label = QLabel()
        self.dup_label.setWordWrap(True)
        dup_layout.addWidget(self.dup_label)
        self.skip_radio = QRadioButton(self.tr("Dubbele &overslaan"))
        self.skip_radio.setChecked(True)
        self.keep_radio = QRadioButton(self.tr("Dubbele &toch importeren"))
        dup_layout.addWidget(self.skip_radio)
        dup_layout.addWidget(self.keep_radio)
        self.dup_box.hide()
        layout.addWidget(self.dup_box)
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
        data, service, pid = self.data, self.app.candidates, self.pid
        if data is None:
            return
        self.import_button.setEnabled(False)
        self.status.setText(self.tr("Het bestand wordt gelezen…"))
        self.op = run_op(
            self,
            lambda _p: service.preview_for(pid, data, mapping),
            on_done=self.show_preview,
        )

    def show_preview(self, look: ImportResult) -> None:
        """The parsed file plus what the import would do: unused columns, a missing contact
        column, probable duplicates (skip or import), a file that went in before."""
        self.show_parsed(look.parsed)
        parsed = look.parsed
        if parsed.unmapped:
            self.unused_label.setText(
                self.tr("Deze kolommen worden niet geïmporteerd: {0}").format(
                    ", ".join(parsed.unmapped)
                )
            )
        else:
            self.unused_label.setText(self.tr("Alle kolommen worden geïmporteerd."))
        if "email" not in parsed.mapping and "phone" not in parsed.mapping:
            self.contact_label.setText(
                self.tr(
                    "Let op: er is geen kolom met een e-mailadres of telefoonnummer. U kunt "
                    "de kandidaten dan niet bereiken en dubbele sollicitaties minder goed "
                    "herkennen."
                )
            )
            self.contact_label.show()
        else:
            self.contact_label.setText("")
            self.contact_label.hide()
        if look.duplicates:
            lines = []
            for d in look.duplicates[:10]:
                if d.in_file:
                    lines.append(self.tr("regel {0} lijkt op regel {1}").format(d.line, d.other))
                else:
                    lines.append(
                        self.tr("regel {0} lijkt op kandidaat {1}").format(d.line, d.other)
                    )
            more = len(look.duplicates) - len(lines)
            text = self.tr("{0} waarschijnlijk dubbel (zelfde e-mail, of naam en telefoon): {1}")
            self.dup_label.setText(
                text.format(len(look.duplicates), "; ".join(lines))
                + (self.tr(" en nog {0}.").format(more) if more > 0 else "")
            )
            self.dup_box.show()
        else:
            self.dup_box.hide()
        if look.already_imported_at is not None:
            self.status.setText(
                self.tr("Dit bestand is al geïmporteerd ({0}); er wordt niets toegevoegd.").format(
                    look.already_imported_at
                )
            )
            self.import_button.setEnabled(False)

    def duplicates_choice(self) -> str:
        return I.IMPORT if self.keep_radio.isChecked() else I.SKIP

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
        choice = self.duplicates_choice()
        self.import_button.setEnabled(False)
        self.op = run_op(
            self,
            lambda _p: service.import_csv(pid, data, mapping, duplicates=choice),
            on_done=self.imported,
            on_error=self._import_failed,
            label=self.tr("Sollicitaties importeren…"),
        )

    def imported(self, result: ImportResult) -> None:
        self.import_result = result
        if result.errors or result.already_imported_at is not None:
            self.show_preview(result)
            return
        self.status.setText(
            self.tr("{0} kandidaten geïmporteerd en gepseudonimiseerd.").format(result.imported)
        )
        self.accept()
