"""Report exports from the audit view: the procedure dossier and the organisation report.

Both go through ``ReportingService`` (which checks who may export what and logs the export)
in the background via ``run_op``, with progress and cancel. The file's extension chooses the
format (PDF, CSV or XLSX). When done, a message names the file and the audit trail's head
hash printed in the report, so a reader can check the report against the trail later.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, QObject, Qt
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from bewustwerven.services.reporting import ExportResult, ReportingService
from bewustwerven.ui.i18n import current_language
from bewustwerven.ui.ops import Op, Progress, run_op
from bewustwerven.ui.widgets.buttons import main_action_keys

ORG_STEPS = ("sql", "text", "suppress", "figures", "render")


def _qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


def _pydate(q: QDate) -> date:
    return date(q.year(), q.month(), q.day())


class PeriodDialog(QDialog):
    """The organisation report's period (procedures created from … to …) and its units."""

    def __init__(self, units: Sequence[tuple[str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Organisatierapport maken"))
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 70)
        layout = QVBoxLayout(self)
        info = QLabel(
            self.tr(
                "Het rapport telt de procedures die in deze periode zijn gestart. Kies geen "
                "afdeling om alle afdelingen mee te nemen."
            )
        )
        info.setWordWrap(True)
        layout.addWidget(info)
        today = date.today()
        self.start = QDateEdit(_qdate(date(today.year, 1, 1)))
        self.end = QDateEdit(_qdate(today))
        for edit, name in ((self.start, self.tr("Van")), (self.end, self.tr("Tot en met"))):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd-MM-yyyy")
            edit.setAccessibleName(name)
        self.units = QListWidget()
        self.units.setAccessibleName(self.tr("Afdelingen"))
        for code, name in units:
            item = QListWidgetItem(f"{code} — {name}")
            item.setData(Qt.ItemDataRole.UserRole, code)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.units.addItem(item)
        self.units.setMaximumHeight(self.fontMetrics().lineSpacing() * 8)
        widest = max(
            (self.fontMetrics().horizontalAdvance(f"{c} — {n}") for c, n in units), default=0
        )
        self.units.setMinimumWidth(widest + 4 * self.fontMetrics().averageCharWidth() + 24)
        form = QFormLayout()
        for text, w in (
            (self.tr("&Van:"), self.start),
            (self.tr("&Tot en met:"), self.end),
            (self.tr("&Afdelingen:"), self.units),
        ):
            label = QLabel(text)
            label.setBuddy(w)
            form.addRow(label, w)
        layout.addLayout(form)
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        layout.addWidget(self.problem)
        self.box = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.box.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Verder"))
        self.box.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuleren"))
        main_action_keys(self, self.box.button(QDialogButtonBox.StandardButton.Ok))
        self.box.accepted.connect(self.accept)
        self.box.rejected.connect(self.reject)
        layout.addWidget(self.box)
        self.start.dateChanged.connect(self._check)
        self.end.dateChanged.connect(self._check)

    def _check(self) -> None:
        ok = self.start.date() <= self.end.date()
        self.problem.setText("" if ok else self.tr("Let op: de einddatum ligt voor de begindatum."))
        self.box.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)

    def period(self) -> tuple[date, date]:
        return _pydate(self.start.date()), _pydate(self.end.date())

    def chosen_units(self) -> list[str]:
        out = []
        for i in range(self.units.count()):
            item = self.units.item(i)
            if item.checkState() == Qt.CheckState.Checked:
                out.append(str(item.data(Qt.ItemDataRole.UserRole)))
        return out


class ReportExports(QObject):
    """Runs the exports for a view; the choosers and the final message can be replaced
    (tests answer them without opening a modal dialog)."""

    def __init__(
        self,
        reporting: ReportingService,
        units: Callable[[], Sequence[tuple[str, str]]],
        view: QWidget,
        note: QLabel,
    ) -> None:
        super().__init__(view)
        self.reporting, self.units, self.view, self.note = reporting, units, view, note
        self.op: Op | None = None
        self.result: ExportResult | None = None
        self.choose_path: Callable[[str, str], str] = self._ask_path
        self.choose_period: Callable[[PeriodDialog], int] = lambda d: d.exec()
        self.inform: Callable[[str, str], None] = self._message

    # -- choosing ---------------------------------------------------------------------
    def _ask_path(self, title: str, suggested: str) -> str:
        filters = ";;".join(
            (
                self.tr("PDF-document (*.pdf)"),
                self.tr("CSV-bestand (*.csv)"),
                self.tr("Excel-werkmap (*.xlsx)"),
            )
        )
        path, chosen = QFileDialog.getSaveFileName(self.view, title, suggested, filters)
        if path and not Path(path).suffix:
            ext = next((e for e in ("pdf", "csv", "xlsx") if f"*.{e}" in chosen), "pdf")
            path = f"{path}.{ext}"
        return path

    def _message(self, title: str, text: str) -> None:
        QMessageBox.information(self.view, title, text)

    def busy(self) -> bool:
        return self.op is not None and not self.op.finished

    # -- the two exports --------------------------------------------------------------
    def export_dossier(self, pid: int | None) -> Op | None:
        if pid is None or self.busy():
            return None
        path = self.choose_path(
            self.tr("Dossier opslaan"), str(Path.home() / f"dossier-procedure-{pid}.pdf")
        )
        if not path:
            return None
        reporting, lang = self.reporting, current_language()

        def work(_progress: Progress) -> ExportResult:
            return reporting.export_dossier(pid, path, lang=lang)

        label = self.tr("Het dossier van procedure {0} wordt gemaakt…").format(pid)
        return self._start(work, label)

    def export_organisation(self) -> Op | None:
        if self.busy():
            return None
        dialog = PeriodDialog(self.units(), self.view)
        if self.choose_period(dialog) != QDialog.DialogCode.Accepted:
            return None
        start, end = dialog.period()
        units = dialog.chosen_units()
        path = self.choose_path(
            self.tr("Organisatierapport opslaan"),
            str(Path.home() / f"organisatierapport-{start:%Y%m%d}-{end:%Y%m%d}.pdf"),
        )
        if not path:
            return None
        reporting, lang = self.reporting, current_language()
        words = {
            "sql": self.tr("Gegevens ophalen…"),
            "text": self.tr("Vacatureteksten controleren…"),
            "suppress": self.tr("Kleine aantallen afschermen…"),
            "figures": self.tr("Cijfers berekenen…"),
            "render": self.tr("Bestand schrijven…"),
        }

        def work(progress: Progress) -> ExportResult:
            def step(name: str) -> None:
                progress.check()  # cancel between steps; the file is written last
                done = ORG_STEPS.index(name) if name in ORG_STEPS else 0
                progress.report(done, len(ORG_STEPS), words.get(name, ""))

            return reporting.export_organisation(
                start, end, path, units=units, lang=lang, progress=step
            )

        return self._start(work, self.tr("Het organisatierapport wordt gemaakt…"))

    def _start(self, work: Callable[[Progress], ExportResult], label: str) -> Op:
        self.result = None
        self.note.setText(label)
        self.op = run_op(
            self.view,
            work,
            on_done=self._done,
            on_error=self._failed,
            on_finished=self._finished,
            label=label,
        )
        return self.op

    def _done(self, result: Any) -> None:
        self.result = result
        head = result.head_hash or self.tr("(het auditspoor is nog leeg)")
        text = self.tr(
            "Klaar: {path}\n\nIn het rapport staat de kop van het auditspoor:\n{head}\n\n"
            "Met deze code kan iedereen later nagaan of het rapport bij het spoor past."
        ).format(path=result.path, head=head)
        self.note.setText(
            self.tr("Opgeslagen: {name}. Kop van het spoor: {head}").format(
                name=Path(result.path).name, head=head
            )
        )
        self.inform(self.tr("Rapport opgeslagen"), text)

    def _failed(self, exc: BaseException) -> None:
        from bewustwerven.ui.errors import show_error

        self.note.setText(self.tr("Het rapport is niet gemaakt."))
        show_error(self.view, exc)

    def _finished(self) -> None:
        if self.op is not None and self.op.was_cancelled:
            self.note.setText(self.tr("Gestopt: er is geen rapport gemaakt."))
