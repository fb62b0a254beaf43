"""Themes: generated from their values, readable (WCAG contrast), a visible focus ring, chosen
in the settings dialog."""

from __future__ import annotations

import importlib.util
import json
import re
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from bewustwerven.ui import settings as st
from bewustwerven.ui import theme

ROOT = Path(__file__).resolve().parents[2]
THEMES = ROOT / "resources" / "themes"
NAMES = theme.THEMES


def _gen():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("gen_theme", ROOT / "scripts" / "gen_theme.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def luminance(hex_colour: str) -> float:
    """WCAG 2.1 relative luminance of #rrggbb."""
    def channel(c: int) -> float:
        s = c / 255
        return s / 12.92 if s <= 0.04045 else ((s + 0.055) / 1.055) ** 2.4

    h = hex_colour.lstrip("#")
    r, g, b = (int(h[i : i + 2], 16) for i in (0, 2, 4))
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)


def contrast(a: str, b: str) -> float:
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def test_contrast_formula_matches_wcag_examples() -> None:
    assert contrast("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)
    assert contrast("#ffffff", "#ffffff") == pytest.approx(1.0)


def test_committed_style_sheets_are_the_generators_output() -> None:
    assert _gen().main(["--check"]) == 0, "run: python scripts/gen_theme.py"


def test_token_lengths_and_typefaces() -> None:
    gen = _gen()
    assert gen.px("0.875rem") == 14
    assert gen.px("clamp(0.75rem, 0.6786rem + 0.3571vw, 1rem)") == 12
    assert gen.px("0") == 0
    with pytest.raises(ValueError):
        gen.px("calc(2 * 1rem)")
    assert gen.families("'Amsterdam Sans', Arial, sans-serif") == [
        "Amsterdam Sans", "Arial", "Liberation Sans", "DejaVu Sans",
    ]  # fmt: skip


def test_amsterdam_values_come_from_the_tokens_package() -> None:
    values = json.loads((THEMES / "amsterdam.json").read_text(encoding="utf-8"))
    assert values["source"].startswith("@amsterdam/design-system-tokens ")
    assert values["colors"]["accent"] == "#004699"  # ams.color.interactive.default
    # the proprietary typeface is named (used where installed), never shipped
    assert values["font_families"][0] == "Amsterdam Sans"
    shipped = {p.suffix for p in (ROOT / "resources").rglob("*") if p.is_file()}
    assert not shipped & {".woff", ".woff2", ".ttf", ".otf"}


def _values(name: str) -> dict[str, str]:
    return json.loads((THEMES / f"{name}.json").read_text(encoding="utf-8"))["colors"]


# (foreground, background): text must reach 4.5:1 (WCAG 1.4.3)
TEXT_PAIRS = [
    ("text", "window"), ("text", "base"), ("text", "alt_base"), ("on_accent", "accent"),
    ("on_accent", "accent_hover"), ("button_text", "button_bg"), ("accent_hover", "button_bg"),
    ("on_selection", "selection"), ("placeholder", "base"), ("link", "window"),
    ("error", "window"), ("tab_text", "window"), ("accent_hover", "window"), ("window", "text"),
]  # fmt: skip
# the focus ring and control edges must reach 3:1 against what they sit on (1.4.11, 2.4.7)
NON_TEXT_PAIRS = [
    ("focus", "window"), ("focus", "base"), ("focus", "alt_base"), ("input_border", "base"),
    ("button_text", "window"),
]  # fmt: skip


@pytest.mark.parametrize("name", NAMES)
def test_text_and_focus_contrast(name: str) -> None:
    c = _values(name)
    low = [f"{f} on {b}: {contrast(c[f], c[b]):.2f}" for f, b in TEXT_PAIRS
           if contrast(c[f], c[b]) < 4.5]  # fmt: skip
    low += [f"{f} against {b}: {contrast(c[f], c[b]):.2f}" for f, b in NON_TEXT_PAIRS
            if contrast(c[f], c[b]) < 3.0]  # fmt: skip
    assert not low, f"{name}: " + "; ".join(low)
    # the ring does not look like the default button: other colour, or drawn apart from it
    assert c["focus"] != c["accent"]


_RULE = re.compile(r"([^{}]+)\{([^{}]*)\}")


@pytest.mark.parametrize("name", NAMES)
def test_every_text_colour_in_the_style_sheet_is_readable_on_its_background(name: str) -> None:
    """Read the generated style sheet itself: in every rule that is not for a disabled control,
    the text colour on the rule's background (or, without one, on every page colour)."""
    qss = re.sub(r"/\*.*?\*/", "", (THEMES / f"{name}.qss").read_text(encoding="utf-8"), flags=re.S)
    c = _values(name)
    pages = [c["window"], c["base"], c["alt_base"]]
    checked = 0
    for selector, body in _RULE.findall(qss):
        if ":disabled" in selector:
            continue  # WCAG 1.4.3 exempts inactive controls
        props = dict(
            (k.strip(), v.strip()) for k, v in
            (d.split(":", 1) for d in body.split(";") if ":" in d)
        )  # fmt: skip
        for fg_key, bg_key in (("color", "background-color"),
                               ("selection-color", "selection-background-color")):  # fmt: skip
            fg = props.get(fg_key)
            if not fg or not fg.startswith("#"):
                continue
            bg = props.get(bg_key)
            backgrounds = [bg] if bg and bg.startswith("#") else pages
            for back in backgrounds:
                checked += 1
                assert contrast(fg, back) >= 4.5, f"{name}: {selector.strip()}: {fg} on {back}"
    assert checked >= 15


@pytest.fixture
def themed(qapp: QApplication):  # type: ignore[no-untyped-def]
    yield lambda name: theme.apply(qapp, name)
    theme.reset(qapp)


def _form(qtbot) -> tuple[QWidget, QPushButton, QPushButton, QComboBox, QLineEdit]:  # type: ignore[no-untyped-def]
    w = QWidget()
    qtbot.addWidget(w)
    lay = QVBoxLayout(w)
    lay.setContentsMargins(20, 20, 20, 20)
    lay.setSpacing(12)
    edit = QLineEdit(w)
    plain = QPushButton("Opslaan", w)
    default = QPushButton("Verder", w)
    default.setDefault(True)
    combo = QComboBox(w)
    combo.addItems(["Lid", "Voorzitter"])
    for x in (edit, plain, default, combo):
        lay.addWidget(x)
    w.resize(300, 220)
    w.show()
    qtbot.waitExposed(w)
    w.activateWindow()
    return w, plain, default, combo, edit


def _ring_pixels(img: QImage, widget: QWidget, margin: int) -> list[str]:
    """The colours just outside the widget, where the ring is drawn."""
    g = widget.geometry()
    y = g.center().y()
    xs = [g.left() - margin + 1, g.right() + margin - 1]
    ys = [g.top() - margin + 1, g.bottom() + margin - 1]
    out = [img.pixelColor(x, y).name() for x in xs]
    out += [img.pixelColor(g.center().x(), yy).name() for yy in ys]
    return out


@pytest.mark.parametrize("name", NAMES)
def test_focus_ring_shows_on_button_and_combo_and_differs_from_default(
    qtbot, themed, name: str  # type: ignore[no-untyped-def]
) -> None:
    themed(name)
    values = json.loads((THEMES / f"{name}.json").read_text(encoding="utf-8"))
    focus = values["colors"]["focus"]
    margin = values["metrics"]["focus_px"] + values["metrics"]["focus_offset_px"]
    w, plain, default, combo, edit = _form(qtbot)
    edit.setFocus()
    qtbot.waitUntil(edit.hasFocus)
    before = w.grab().toImage()
    qtbot.keyClick(edit, Qt.Key.Key_Tab)  # to the plain button, as a keyboard user does
    qtbot.waitUntil(plain.hasFocus)
    on_button = w.grab().toImage()
    for widget, img in ((plain, before), (default, before), (default, on_button)):
        assert focus not in _ring_pixels(img, widget, margin), widget.text()
    assert set(_ring_pixels(on_button, plain, margin)) == {focus}
    assert _ring_pixels(on_button, plain, margin) != _ring_pixels(before, plain, margin)
    # the default button unfocused has no ring: its look is the fill, not the focus ring
    assert QColor(on_button.pixelColor(default.geometry().center())).name() == values["colors"][
        "accent"
    ] or default.geometry().height() < 8
    qtbot.keyClick(plain, Qt.Key.Key_Tab)
    qtbot.keyClick(default, Qt.Key.Key_Tab)
    qtbot.waitUntil(combo.hasFocus)
    on_combo = w.grab().toImage()
    assert set(_ring_pixels(on_combo, combo, margin)) == {focus}
    assert focus not in _ring_pixels(on_combo, plain, margin)


def test_ring_goes_inside_a_control_that_fills_its_parent(qtbot, themed) -> None:  # type: ignore[no-untyped-def]
    themed("amsterdam")
    w = QWidget()
    qtbot.addWidget(w)
    lay = QVBoxLayout(w)
    lay.setContentsMargins(0, 0, 0, 0)
    edit = QLineEdit(w)
    lay.addWidget(edit)
    w.resize(200, 40)
    w.show()
    qtbot.waitExposed(w)
    w.activateWindow()
    edit.setFocus()
    qtbot.waitUntil(edit.hasFocus)
    img = w.grab().toImage()
    focus = _values("amsterdam")["focus"]
    g = edit.geometry()
    assert img.pixelColor(g.left() + 1, g.center().y()).name() == focus
    assert img.pixelColor(g.center().x(), g.top() + 1).name() == focus


def test_settings_dialog_switches_the_theme_by_keyboard(qtbot, themed, qapp) -> None:  # type: ignore[no-untyped-def]
    from bewustwerven.ui.settings_dialog import SettingsDialog

    themed(st.theme())
    assert st.theme() == "amsterdam" and theme.current() == "amsterdam"
    dialog = SettingsDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    qtbot.keyClick(dialog, Qt.Key.Key_H, Qt.KeyboardModifier.AltModifier)  # T&hema
    assert dialog.theme.hasFocus()
    qtbot.keyClick(dialog.theme, Qt.Key.Key_Down)
    assert dialog.theme.currentData() == "neutral"
    qtbot.keyClick(dialog.theme, Qt.Key.Key_Return)
    assert dialog.result() == SettingsDialog.DialogCode.Accepted
    assert st.theme() == "neutral" and theme.current() == "neutral"
    assert "neutral: generated" in qapp.styleSheet()


def test_a_large_system_font_stays_large(qapp, themed) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QFont

    before = QFont(qapp.font())
    try:
        big = QFont(before)
        big.setPointSizeF(16)
        qapp.setFont(big)
        themed("amsterdam")
        assert qapp.font().pointSizeF() == pytest.approx(16)
        theme.reset(qapp)
        small = QFont(before)
        small.setPointSizeF(8)
        qapp.setFont(small)
        themed("amsterdam")
        assert qapp.font().pointSizeF() == pytest.approx(14 * 0.75)  # the theme's 14 px
        assert qapp.font().families()[0] == "Amsterdam Sans"
    finally:
        theme.reset(qapp)
        qapp.setFont(before)
