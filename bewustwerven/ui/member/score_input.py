"""One question on the scoring form: the rubric anchors, a 1–5 choice and an evidence note."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QGridLayout,
    QGroupBox,
    QLabel,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from bewustwerven.services.scoring import SheetItem


class ScoreSelector(QWidget):
    """The scores as one radio group, each beside its rubric anchor. As in every radio group,
    Tab enters the group on the chosen score (or the first) and the next Tab leaves it; the
    arrow keys choose the previous or next score (not only move the focus), Space chooses
    the score that has the focus, Home and End the lowest and highest."""

    changed = Signal()

    def __init__(
        self,
        scale: tuple[int, int],
        anchors: dict[int, str],
        name: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(2)
        grid.setColumnStretch(1, 1)
        self.buttons: dict[int, QRadioButton] = {}
        self._stop: QRadioButton | None = None
        for row, value in enumerate(range(scale[0], scale[1] + 1)):
            button = QRadioButton(str(value))
            anchor = anchors.get(value, "")
            button.setAccessibleName(
                self.tr("{name}: score {value}").format(name=name, value=value)
            )
            button.setAccessibleDescription(anchor or self.tr("Geen omschrijving bij deze score"))
            self.group.addButton(button, value)
            self.buttons[value] = button
            grid.addWidget(button, row, 0, Qt.AlignmentFlag.AlignTop)
            label = QLabel(anchor)
            label.setWordWrap(True)
            label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
            label.setBuddy(button)
            grid.addWidget(label, row, 1)
        for button in self.buttons.values():
            button.installEventFilter(self)
        self.group.idToggled.connect(self._toggled)
        self._rove()

    _BACK = (Qt.Key.Key_Up, Qt.Key.Key_Left)
    _FORWARD = (Qt.Key.Key_Down, Qt.Key.Key_Right)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or watched not in self.buttons.values():
            return super().eventFilter(watched, event)
        assert isinstance(event, QKeyEvent)
        if event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            return False
        values = list(self.buttons)
        at = values.index(self.group.id(watched))  # type: ignore[arg-type]
        key = event.key()
        if key in self._BACK:
            target = max(at - 1, 0)
        elif key in self._FORWARD:
            target = min(at + 1, len(values) - 1)
        elif key == Qt.Key.Key_Home:
            target = 0
        elif key == Qt.Key.Key_End:
            target = len(values) - 1
        else:
            return False
        button = self.buttons[values[target]]
        if button.isEnabled():
            button.setChecked(True)
            button.setFocus(Qt.FocusReason.OtherFocusReason)
        return True

    def _rove(self) -> None:
        """Only the chosen score (or, with none, the first) is a Tab stop: one Tab passes the
        whole group. The others still take the focus by a click or an arrow key."""
        chosen = self.value()
        first = next(iter(self.buttons.values()), None)
        stop = self.buttons[chosen] if chosen is not None else first
        for b in self.buttons.values():
            b.setFocusPolicy(
                Qt.FocusPolicy.StrongFocus if b is stop else Qt.FocusPolicy.ClickFocus
            )
        self._stop = stop

    def setFocus(self, reason: Qt.FocusReason = Qt.FocusReason.OtherFocusReason) -> None:
        """Focus the group: its chosen score, or the first. (Not a Qt focus proxy: that
        moves the proxy in the Tab chain, and Tab then jumped out of the whole form.)"""
        if self._stop is not None:
            self._stop.setFocus(reason)

    def _toggled(self, _id: int, on: bool) -> None:
        if on:
            self._rove()
            self.changed.emit()

    def value(self) -> int | None:
        checked = self.group.checkedId()
        return None if checked == -1 else checked

    def set_value(self, value: int | None) -> None:
        if value is None:
            self.group.setExclusive(False)
            for b in self.buttons.values():
                b.setChecked(False)
            self.group.setExclusive(True)
            self._rove()
        elif value in self.buttons:
            self.buttons[value].setChecked(True)

    def set_read_only(self, read_only: bool) -> None:
        for b in self.buttons.values():
            b.setEnabled(not read_only)


class QuestionBox(QGroupBox):
    """Question n of the form: criterion, question text, anchors with the score, evidence."""

    changed = Signal()

    def __init__(
        self, number: int, item: SheetItem, scale: tuple[int, int], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.item = item
        self.setTitle(self.tr("Vraag {n} · {criterion}").format(n=number, criterion=item.criterion))
        self.setAccessibleName(self.title())
        layout = QVBoxLayout(self)
        text = QLabel(item.text)
        text.setWordWrap(True)
        text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(text)
        self.score = ScoreSelector(scale, item.anchors, self.title())
        layout.addWidget(self.score)
        evidence_label = QLabel(self.tr("Onderbouwing (verplicht)"))
        self.evidence = QPlainTextEdit()
        self.evidence.setTabChangesFocus(True)
        self.evidence.setPlaceholderText(
            self.tr("Wat zei of schreef de kandidaat? Noem een concreet voorbeeld.")
        )
        self.evidence.setAccessibleName(self.tr("Onderbouwing bij vraag {n}").format(n=number))
        self.evidence.setAccessibleDescription(item.text)
        lines = self.evidence.fontMetrics().lineSpacing()
        self.evidence.setFixedHeight(lines * 4 + 12)
        evidence_label.setBuddy(self.evidence)
        layout.addWidget(evidence_label)
        layout.addWidget(self.evidence)
        self.score.changed.connect(self.changed)
        self.evidence.textChanged.connect(self.changed)

    def value(self) -> tuple[int | None, str]:
        return self.score.value(), self.evidence.toPlainText().strip()

    def set_value(self, value: tuple[int | None, str]) -> None:
        self.score.set_value(value[0])
        self.evidence.setPlainText(value[1])

    def complete(self) -> bool:
        score, evidence = self.value()
        return score is not None and bool(evidence)

    def touched(self) -> bool:
        score, evidence = self.value()
        return score is not None or bool(evidence)

    def set_read_only(self, read_only: bool) -> None:
        self.score.set_read_only(read_only)
        self.evidence.setReadOnly(read_only)
