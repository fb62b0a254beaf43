"""The procedure's stages as a step bar: done ✓, current ▶ (bold), coming ○ — in words too."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QWidget

from bewustwerven.core.procedure import Stage
from bewustwerven.ui.i18n import current_language


class StepBar(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QHBoxLayout(self)
        self._labels: list[QLabel] = []
        stages = list(Stage)
        for i, _stage in enumerate(stages):
            label = QLabel(self)
            label.setWordWrap(True)
            self._labels.append(label)
            layout.addWidget(label, 1)
            if i < len(stages) - 1:
                arrow = QLabel("→", self)
                arrow.setAccessibleName(self.tr("daarna"))
                layout.addWidget(arrow)
        self.current: Stage = Stage.CONCEPT
        self.set_stage(Stage.CONCEPT)

    def set_stage(self, stage: Stage) -> None:
        self.current = stage
        lang = current_language()
        for s, label in zip(Stage, self._labels, strict=True):
            name = s.label(lang)
            if s.order < stage.order or stage is Stage.CLOSED:
                label.setText(f"✓ {name}")
                label.setAccessibleName(self.tr("{0}: klaar").format(name))
                label.setStyleSheet("")
            elif s is stage:
                label.setText(f"▶ <b>{name}</b>")
                label.setAccessibleName(self.tr("{0}: huidige fase").format(name))
            else:
                label.setText(f"○ {name}")
                label.setAccessibleName(self.tr("{0}: nog niet").format(name))
        self.setAccessibleName(
            self.tr("Fase {0} van {1}: {2}").format(
                stage.order + 1, len(self._labels), stage.label(lang)
            )
        )
