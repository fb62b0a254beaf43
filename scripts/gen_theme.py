#!/usr/bin/env python3
"""Build the Qt themes: design tokens (JSON) → ``resources/themes/NAME.json`` → ``NAME.qss``.

Two steps, run from the repository root:

1. ``--npm VERSION`` (or ``--tokens DIR``): read the Gemeente Amsterdam design tokens from the
   npm package ``@amsterdam/design-system-tokens`` (``npm pack`` into a temporary folder; the
   package itself is not committed) and write the few values the desktop app uses to
   ``resources/themes/amsterdam.json``: colours, border widths, spacing and type size of the
   tokens' *compact* mode (the mode the design system gives internal applications), with
   ``clamp()`` lengths taken at their minimum (a desktop window is not a web viewport).
2. Always: render every ``resources/themes/*.json`` (Amsterdam and the neutral theme for other
   organisations, whose values are our own) to a Qt style sheet ``resources/themes/*.qss``.

``--check`` renders in memory and fails when a committed ``.qss`` is stale; the test suite runs
the same check. The tokens package says its values are the City of Amsterdam's branding: the
Amsterdam theme is for the City's own use, other organisations choose the neutral theme. The
typeface Amsterdam Sans (proprietary, licensed) and the logos are not shipped: the theme names
Amsterdam Sans first, so a City computer that has it installed uses it, and falls back to
Arial, Liberation Sans or DejaVu Sans.

    python scripts/gen_theme.py --npm 4.4.0     # refresh amsterdam.json from the package
    python scripts/gen_theme.py                 # render the style sheets
    python scripts/gen_theme.py --check         # fail on a stale style sheet
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
THEMES = ROOT / "resources" / "themes"
PACKAGE = "@amsterdam/design-system-tokens"
REM_PX = 16
#: Free typefaces to fall back on where the organisation's own typeface is not installed.
FREE_FALLBACKS = ["Liberation Sans", "DejaVu Sans"]

# our key → token path (compact overrides merged over the main set); "#key" = copy of a key
COLOUR_TOKENS: dict[str, str] = {
    "window": "color.background.default",
    "alt_base": "color.background.body",  # compact mode: #e8e8e8, the page behind the cards
    "text": "color.text.default",
    "base": "inputs.background-color",
    "input_border": "color.text.default",  # inputs.border-color is currentColor: the text
    "placeholder": "inputs.placeholder.color",
    "separator": "color.separator",
    "accent": "button.primary.background-color",
    "accent_hover": "button.primary.hover.background-color",
    "on_accent": "button.primary.color",
    "button_bg": "button.secondary.background-color",
    "button_text": "button.secondary.color",
    "disabled_bg": "button.secondary.disabled.background-color",
    "disabled_text": "button.secondary.disabled.color",
    "selection": "color.interactive.default",
    "on_selection": "color.text.inverse",
    "link": "links.color",
    "error": "color.feedback.error",
    "focus": "color.interactive.contrast",
    "tab_text": "tabs.button.color",
}
LENGTH_TOKENS: dict[str, str] = {
    "border_px": "border.width.m",
    "focus_px": "border.width.xl",
    "focus_offset_px": "focus.outline-offset",
    "pad_block_px": "space.xs",
    "pad_inline_px": "space.m",
    "gap_px": "space.s",
    "font_px": "typography.body-text.small.font-size",
    "radius_px": "border.radius",
}


def _get(tree: dict[str, Any], path: str) -> Any:
    node: Any = tree
    for part in path.split("."):
        node = node[part]
    return node


def _merge(base: dict[str, Any], over: dict[str, Any]) -> dict[str, Any]:
    out = dict(base)
    for key, value in over.items():
        if isinstance(value, dict) and isinstance(out.get(key), dict):
            out[key] = _merge(out[key], value)
        else:
            out[key] = value
    return out


def px(value: str | float) -> int:
    """A token length in whole pixels: "0.875rem" → 14, "clamp(0.75rem, …)" → its minimum."""
    text = str(value).strip()
    if text.startswith("clamp("):
        text = text[len("clamp(") :].split(",", 1)[0].strip()
    if text in ("0", "initial"):
        return 0
    m = re.fullmatch(r"(-?[0-9.]+)(rem|px)", text)
    if not m:
        raise ValueError(f"not a length: {value!r}")
    number = float(m.group(1)) * (REM_PX if m.group(2) == "rem" else 1)
    return round(number)


def families(token: str) -> list[str]:
    names = [n.strip().strip("'\"") for n in token.split(",")]
    named = [n for n in names if n not in ("sans-serif", "serif")]
    return named + [f for f in FREE_FALLBACKS if f not in named]


def extract(index: dict[str, Any], compact: dict[str, Any], version: str) -> dict[str, Any]:
    tokens = _merge(index["ams"], compact["ams"])
    colours = {key: str(_get(tokens, path)).lower() for key, path in COLOUR_TOKENS.items()}
    lengths = {key: px(_get(tokens, path)) for key, path in LENGTH_TOKENS.items()}
    # The web offset (0.25rem) keeps the ring off the control; Qt layouts space controls
    # 6 px apart, so the desktop ring sits at half of it to stay clear of its neighbours.
    lengths["focus_offset_px"] = max(1, lengths["focus_offset_px"] // 2)
    return {
        "name": "amsterdam",
        "label_nl": "Gemeente Amsterdam",
        "label_en": "City of Amsterdam",
        "source": f"{PACKAGE} {version} (compact mode), made by scripts/gen_theme.py",
        "font_families": families(str(_get(tokens, "typography.font-family"))),
        "colors": colours,
        "metrics": lengths,
    }


def fetch(version: str, into: Path) -> Path:
    """``npm pack`` the tokens package into ``into``; returns its dist/ folder."""
    subprocess.run(
        ["npm", "pack", "--silent", f"{PACKAGE}@{version}"], cwd=into, check=True,
        capture_output=True,
    )  # fmt: skip
    tgz = next(into.glob("*.tgz"))
    with tarfile.open(tgz) as tar:
        tar.extractall(into, filter="data")
    return into / "package" / "dist"


QSS = """\
/* {name}: generated by scripts/gen_theme.py from resources/themes/{name}.json: do not edit.
   {source} */
QMainWindow, QDialog, QStackedWidget, QScrollArea > QWidget > QWidget {{
    background-color: {window}; color: {text};
}}
QLabel {{ color: {text}; }}
QPushButton, QToolButton {{
    background-color: {button_bg}; color: {button_text};
    border: {border_px}px solid {button_text}; border-radius: {radius_px}px;
    padding: {pad_block_px}px {pad_inline_px}px;
}}
QPushButton:hover, QToolButton:hover {{ color: {accent_hover}; border-color: {accent_hover}; }}
QPushButton:default {{ background-color: {accent}; color: {on_accent}; border-color: {accent}; }}
QPushButton:default:hover, QPushButton:pressed, QToolButton:pressed {{
    background-color: {accent_hover}; color: {on_accent}; border-color: {accent_hover};
}}
QPushButton:checked, QToolButton:checked {{
    background-color: {accent}; color: {on_accent}; border-color: {accent};
}}
QPushButton:disabled, QToolButton:disabled {{
    background-color: {disabled_bg}; color: {disabled_text}; border-color: {disabled_text};
}}
QLineEdit, QPlainTextEdit, QTextEdit, QComboBox {{
    background-color: {base}; color: {text};
    border: {border_px}px solid {input_border}; border-radius: {radius_px}px;
    padding: 2px 4px;
    selection-background-color: {selection}; selection-color: {on_selection};
}}
QComboBox QAbstractItemView {{
    background-color: {base}; color: {text};
    selection-background-color: {selection}; selection-color: {on_selection};
}}
QLineEdit:disabled, QPlainTextEdit:disabled, QTextEdit:disabled, QComboBox:disabled {{
    background-color: {disabled_bg}; color: {disabled_text}; border-color: {disabled_text};
}}
QAbstractItemView {{
    background-color: {base}; alternate-background-color: {alt_base}; color: {text};
    selection-background-color: {selection}; selection-color: {on_selection};
    gridline-color: {separator};
}}
QTableView, QTreeView, QListView {{ border: {border_px}px solid {separator}; }}
QHeaderView::section {{
    background-color: {window}; color: {text}; font-weight: bold;
    border: none; border-bottom: 2px solid {separator}; padding: {pad_block_px}px {gap_px}px;
}}
QTabWidget::pane {{ border: {border_px}px solid {separator}; top: -{border_px}px; }}
QTabBar::tab {{
    background-color: {window}; color: {tab_text}; border: none;
    border-bottom: 2px solid {separator}; padding: {pad_block_px}px {pad_inline_px}px;
}}
QTabBar::tab:hover {{ color: {accent_hover}; border-bottom-color: {accent_hover}; }}
QTabBar::tab:selected {{ font-weight: bold; border-bottom: 4px solid {tab_text}; }}
QTabBar::tab:disabled {{ color: {disabled_text}; }}
QGroupBox {{ color: {text}; font-weight: bold; }}
QRadioButton, QCheckBox {{ color: {text}; spacing: {gap_px}px; }}
QRadioButton:disabled, QCheckBox:disabled, QLabel:disabled {{ color: {disabled_text}; }}
QMenuBar, QMenu {{ background-color: {window}; color: {text}; }}
QMenuBar::item:selected, QMenu::item:selected {{
    background-color: {selection}; color: {on_selection};
}}
QMenu::item:disabled {{ color: {disabled_text}; }}
QStatusBar {{ background-color: {alt_base}; color: {text}; }}
QToolTip {{ background-color: {text}; color: {window}; border: none; padding: 4px; }}
FocusRing {{ border: {focus_px}px solid {focus}; background: transparent; }}
"""


def render(theme: dict[str, Any]) -> str:
    values = {**theme["colors"], **theme["metrics"]}
    return QSS.format(name=theme["name"], source=theme["source"], **values)


def write_json(theme: dict[str, Any], path: Path) -> None:
    path.write_text(json.dumps(theme, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n", 1)[0])
    parser.add_argument("--npm", metavar="VERSION", help="fetch the tokens package with npm")
    parser.add_argument("--tokens", type=Path, help="a dist/ folder with index.json")
    parser.add_argument("--check", action="store_true", help="fail on a stale style sheet")
    args = parser.parse_args(argv)
    if args.npm or args.tokens:
        with tempfile.TemporaryDirectory() as tmp:
            dist = args.tokens or fetch(args.npm, Path(tmp))
            meta = dist.parent / "package.json"
            version = json.loads(meta.read_text())["version"] if meta.exists() else "?"
            index = json.loads((dist / "index.json").read_text(encoding="utf-8"))
            compact = json.loads((dist / "compact.json").read_text(encoding="utf-8"))
            write_json(extract(index, compact, version), THEMES / "amsterdam.json")
    stale = []
    for source in sorted(THEMES.glob("*.json")):
        qss = render(json.loads(source.read_text(encoding="utf-8")))
        target = source.with_suffix(".qss")
        if args.check:
            if not target.exists() or target.read_text(encoding="utf-8") != qss:
                stale.append(target.name)
        else:
            target.write_text(qss, encoding="utf-8")
    if stale:
        print("stale, run scripts/gen_theme.py: " + ", ".join(stale), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
