"""The look: a theme's palette, typeface and style sheet, and a focus ring on every control.

Themes live in ``resources/themes``: ``NAME.json`` holds the colours and sizes (for Amsterdam
taken from the City's design tokens by ``scripts/gen_theme.py``), ``NAME.qss`` is the style
sheet that script renders from it. ``apply(app, name)`` sets both, and the :class:`FocusRing`
follows the keyboard focus: a ring in the theme's focus colour drawn around the focused control
(outside it, like the web's outline with an offset), so focus looks different from the default
button (a filled button) and shows on controls whose own style draws no focus at all.
"""

from __future__ import annotations

import json
import logging
from typing import Any

from PySide6.QtCore import QEvent, QObject, QRect
from PySide6.QtGui import QColor, QFont, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QStyle,
    QStyleOption,
    QWidget,
)

THEMES = ("amsterdam", "neutral")
DEFAULT = "amsterdam"
log = logging.getLogger(__name__)
_state: dict[str, Any] = {"name": None, "ring": None}


def load(name: str) -> tuple[dict[str, Any], str]:
    """The theme's values (JSON) and its style sheet, from the package resources."""
    from importlib import resources

    folder = resources.files("bewustwerven.resources").joinpath("themes")
    values = json.loads(folder.joinpath(f"{name}.json").read_text(encoding="utf-8"))
    return values, folder.joinpath(f"{name}.qss").read_text(encoding="utf-8")


def label(name: str, lang: str) -> str:
    values, _ = load(name)
    return str(values.get(f"label_{lang}") or values.get("label_nl") or name)


def palette(colors: dict[str, str], base: QPalette) -> QPalette:
    pal = QPalette(base)
    roles = {
        QPalette.ColorRole.Window: "window",
        QPalette.ColorRole.WindowText: "text",
        QPalette.ColorRole.Base: "base",
        QPalette.ColorRole.AlternateBase: "alt_base",
        QPalette.ColorRole.Text: "text",
        QPalette.ColorRole.Button: "button_bg",
        QPalette.ColorRole.ButtonText: "text",
        QPalette.ColorRole.Highlight: "selection",
        QPalette.ColorRole.HighlightedText: "on_selection",
        QPalette.ColorRole.PlaceholderText: "placeholder",
        QPalette.ColorRole.Link: "link",
        QPalette.ColorRole.ToolTipBase: "text",
        QPalette.ColorRole.ToolTipText: "window",
    }
    for role, key in roles.items():
        pal.setColor(role, QColor(colors[key]))
    disabled = QPalette.ColorGroup.Disabled
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.WindowText,
                 QPalette.ColorRole.ButtonText):  # fmt: skip
        pal.setColor(disabled, role, QColor(colors["disabled_text"]))
    return pal


def apply(app: QApplication, name: str) -> str:
    """Give the whole application the theme ``name`` (an unknown name: the default)."""
    name = name if name in THEMES else DEFAULT
    try:
        values, qss = load(name)
    except (FileNotFoundError, OSError, ValueError):
        log.exception("theme %s could not be loaded; the standard look stays", name)
        return ""
    if _state["name"] is None:  # the first time: remember the system's font and palette
        _state["system_font"] = QFont(app.font())
        _state["system_palette"] = QPalette(app.palette())
        _state["system_style"] = app.style().name()
        app.setStyle("Fusion")  # the same drawing on every platform, the theme on top
    font = QFont(_state["system_font"])
    if values["font_families"]:
        font.setFamilies(list(values["font_families"]))
    # the larger of the system's size and the theme's (a CSS pixel is 1/96 inch = 0.75 pt), in
    # points: a large system font, or a larger font DPI, stays large
    system_pt = font.pointSizeF()
    if system_pt <= 0:  # the system gave pixels: points at the screen's logical DPI
        system_pt = font.pixelSize() * 72 / max(1.0, app.primaryScreen().logicalDotsPerInchY())
    font.setPointSizeF(max(system_pt, int(values["metrics"]["font_px"]) * 0.75))
    app.setFont(font)
    app.setPalette(palette(values["colors"], _state["system_palette"]))
    app.setStyleSheet(qss)
    ring = _state.get("ring")
    if not isinstance(ring, FocusTracker):
        ring = FocusTracker(app)
        _state["ring"] = ring
    ring.margin = int(values["metrics"]["focus_px"]) + int(values["metrics"]["focus_offset_px"])
    ring.follow(app.focusWidget())
    _state["name"] = name
    return name


def reset(app: QApplication) -> None:
    """Back to the look before the first :func:`apply` (for tests and embedding)."""
    if _state["name"] is None:
        return
    app.setStyleSheet("")
    app.setStyle(str(_state["system_style"]))
    app.setFont(_state["system_font"])
    app.setPalette(_state["system_palette"])
    ring = _state.get("ring")
    if isinstance(ring, FocusTracker):
        ring.follow(None)
        ring.deleteLater()
    _state.update(name=None, ring=None)


def current() -> str | None:
    return _state["name"]


class FocusRing(QWidget):
    """The ring itself: a transparent widget whose border the style sheet draws
    (``FocusRing { border: … }``), laid over or around the focused control."""

    def __init__(self, parent: QWidget) -> None:
        from PySide6.QtCore import Qt

        super().__init__(parent)
        self.setObjectName("focusRing")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setAccessibleName("")

    def paintEvent(self, _event: QEvent) -> None:
        opt = QStyleOption()
        opt.initFrom(self)
        painter = QPainter(self)
        self.style().drawPrimitive(QStyle.PrimitiveElement.PE_Widget, opt, painter, self)


class FocusTracker(QObject):
    """Moves one :class:`FocusRing` to wherever the keyboard focus goes."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self.margin = 5
        self.ring: FocusRing | None = None
        self.target: QWidget | None = None
        app.focusChanged.connect(self._focus_changed)

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        self.follow(new)

    @staticmethod
    def _control(widget: QWidget) -> QWidget:
        """The control the user sees: an editable combo box's line edit is the combo box."""
        parent = widget.parentWidget()
        if isinstance(parent, QComboBox | QAbstractSpinBox):
            return parent
        return widget

    def _ring(self, parent: QWidget) -> FocusRing:
        from shiboken6 import isValid

        if self.ring is None or not isValid(self.ring):
            self.ring = FocusRing(parent)
        elif self.ring.parentWidget() is not parent:
            self.ring.setParent(parent)
        return self.ring

    def follow(self, widget: QWidget | None) -> None:
        from shiboken6 import isValid

        if self.target is not None and isValid(self.target):
            self.target.removeEventFilter(self)
        self.target = None
        if widget is None or not isValid(widget) or widget.isWindow():
            if self.ring is not None and isValid(self.ring):
                self.ring.hide()
            return
        self.target = self._control(widget)
        self.target.installEventFilter(self)
        self.place()

    def place(self) -> None:
        target = self.target
        parent = target.parentWidget() if target is not None else None
        if target is None or parent is None or not target.isVisible():
            if self.ring is not None:
                from shiboken6 import isValid

                if isValid(self.ring):
                    self.ring.hide()
            return
        m = self.margin
        outside = target.geometry().adjusted(-m, -m, m, m)
        if parent.rect().contains(outside):
            ring = self._ring(parent)
            ring.setGeometry(outside)
        else:  # no room around it (it fills its parent): the ring goes just inside its edge
            ring = self._ring(target)
            ring.setGeometry(QRect(0, 0, target.width(), target.height()))
        ring.show()
        ring.raise_()
        ring.update()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if watched is self.target and kind in (
            QEvent.Type.Move, QEvent.Type.Resize, QEvent.Type.Show, QEvent.Type.Hide,
            QEvent.Type.ParentChange,
        ):  # fmt: skip
            self.place()
        return False
