"""Live vacancy-text check: debounced (300 ms), run off the GUI thread, shown as underlines.

``check_text`` runs through the ops helper; a result that arrives after the text changed
again is dropped (a generation counter). Findings with a span are underlined in the editor
(wavy for a warning, solid and thick for a block; the tooltip names the finding), and all
findings are listed with severity in words.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QPlainTextEdit, QTextEdit, QWidget

from bewustwerven.core.findings import Finding, Severity
from bewustwerven.core.language import detect_language
from bewustwerven.core.textcheck import check_text
from bewustwerven.ui.i18n import current_language
from bewustwerven.ui.ops import run_op

DEBOUNCE_MS = 300


class CheckedTextEdit(QPlainTextEdit):
    """A vacancy text editor that checks itself while you type."""

    checked = Signal(list)  # list[Finding], on the GUI thread

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)  # Tab moves on; the text has no use for tabs
        self.scale: int | None = None
        self.findings: list[Finding] = []
        self._generation = 0
        self.checks_run = 0
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.check_now)
        self.textChanged.connect(self._timer.start)

    def set_scale(self, scale: int | None) -> None:
        self.scale = scale
        self._timer.start()

    def check_now(self) -> None:
        self._generation += 1
        generation, text, scale = self._generation, self.toPlainText(), self.scale

        def work(_progress: object) -> list[Finding]:
            return check_text(text, scale=scale, lang=detect_language(text))

        def done(findings: list[Finding]) -> None:
            if generation != self._generation:
                return  # the text changed meanwhile; a newer check is coming
            self.checks_run += 1
            self.show_findings(findings)

        run_op(self, work, on_done=done)

    def show_findings(self, findings: Sequence[Finding]) -> None:
        self.findings = list(findings)
        lang = current_language()
        selections = []
        length = len(self.toPlainText())
        for f in findings:
            if f.span is None or f.span[1] > length:
                continue
            sel = QTextEdit.ExtraSelection()
            fmt = QTextCharFormat()
            if f.severity is Severity.BLOCK:
                fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
                fmt.setUnderlineColor(QColor("#b00020"))
                fmt.setFontWeight(700)
            else:
                fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
                fmt.setUnderlineColor(QColor("#b36b00"))
            fmt.setBackground(QColor(255, 235, 160, 90))
            fmt.setToolTip(f"{f.code}: {f.message(lang)}")
            cursor = QTextCursor(self.document())
            cursor.setPosition(f.span[0])
            cursor.setPosition(f.span[1], QTextCursor.MoveMode.KeepAnchor)
            sel.cursor = cursor
            sel.format = fmt
            selections.append(sel)
        self.setExtraSelections(selections)
        self.checked.emit(self.findings)
