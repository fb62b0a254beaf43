"""Every user-visible string in ui/ goes through tr(), and English is complete.

1. An AST scan of bewustwerven/ui/ finds string literals (or f-strings with words in them)
   passed straight to a visible-text call: setText, setWindowTitle, QLabel(...), QPushButton(...),
   addAction, setToolTip, setPlaceholderText, QMessageBox.*, ... . Such a literal bypasses tr().
2. The .ts file holds every string lupdate finds in the code today (so nothing is missing),
   and every English entry is finished and not empty.
3. The compiled .qm is loaded from the package resources and translates.
"""

from __future__ import annotations

import ast
import os
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
UI = ROOT / "bewustwerven" / "ui"
TS = ROOT / "resources" / "translations" / "bewustwerven_en.ts"
QM = TS.with_suffix(".qm")


def qt_tool(name: str) -> Path | None:
    """``pyside6-NAME`` (lupdate, lrelease): next to this Python, on PATH, or the binary in
    the PySide6 package itself, wherever the virtual environment lives."""
    here = Path(sys.executable).parent / f"pyside6-{name}"
    if here.exists():
        return here
    found = shutil.which(f"pyside6-{name}")
    if found:
        return Path(found)
    import PySide6

    binary = Path(PySide6.__file__).parent / name
    return binary if binary.exists() else None


def need_tool(name: str) -> Path:
    """The tool, or: in CI (environment variable CI set) a failure, elsewhere a skip that
    says why. A translation check that skips in CI checks nothing."""
    tool = qt_tool(name)
    if tool is not None:
        return tool
    message = (f"pyside6-{name} not found next to {sys.executable}, on PATH or in the PySide6 "
               "package (it ships with PySide6-Essentials)")
    if os.environ.get("CI"):
        pytest.fail(message + "; CI must have it")
    pytest.skip(message)

TEXT_METHODS = {
    "setText", "setWindowTitle", "setToolTip", "setPlaceholderText", "setStatusTip",
    "setWhatsThis", "setAccessibleName", "setAccessibleDescription", "addAction", "addMenu",
    "addTab", "insertTab", "setTabText", "setTitle", "setLabelText", "showMessage",
    "setInformativeText", "setDetailedText", "setHorizontalHeaderLabels", "addRow",
    "setCancelButtonText", "setSpecialValueText", "setSuffix", "setPrefix",
}  # fmt: skip
TEXT_CLASSES = {
    "QLabel", "QPushButton", "QCheckBox", "QRadioButton", "QGroupBox", "QAction",
    "QToolButton", "QCommandLinkButton", "QMenu", "QProgressDialog",
}  # fmt: skip
MESSAGE_BOX = {"information", "warning", "critical", "question", "about"}
_WORD = re.compile(r"[A-Za-zÀ-ÿ]{2,}")
_TAG = re.compile(r"<[^>]+>")


def _has_words(node: ast.AST) -> bool:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return bool(_WORD.search(_TAG.sub("", node.value)))
    if isinstance(node, ast.JoinedStr):
        return any(_has_words(v) for v in node.values if isinstance(v, ast.Constant))
    if isinstance(node, ast.BinOp):
        return _has_words(node.left) or _has_words(node.right)
    if isinstance(node, ast.List | ast.Tuple):
        return any(_has_words(e) for e in node.elts)
    return False


def _name(func: ast.expr) -> str:
    if isinstance(func, ast.Attribute):
        return func.attr
    if isinstance(func, ast.Name):
        return func.id
    return ""


def bypasses(source: str, filename: str = "<src>") -> list[str]:
    """Lines where a visible-text call gets a literal that did not go through tr()."""
    out = []
    for node in ast.walk(ast.parse(source, filename)):
        if not isinstance(node, ast.Call):
            continue
        name = _name(node.func)
        args: list[ast.expr] = []
        if name in TEXT_METHODS or name in TEXT_CLASSES:
            args = list(node.args)
        elif name in MESSAGE_BOX and isinstance(node.func, ast.Attribute):
            owner = node.func.value
            if isinstance(owner, ast.Name) and owner.id == "QMessageBox":
                args = list(node.args[1:3])
        args += [k.value for k in node.keywords if k.arg in ("text", "title")]
        for arg in args:
            if _has_words(arg):
                out.append(f"{filename}:{node.lineno}: {name}(...) gets text without tr()")
    return out


def test_scanner_catches_literals_and_accepts_tr() -> None:
    bad = (
        "label.setText('Opslaan')\n"
        "QPushButton('&Annuleren', self)\n"
        "QMessageBox.warning(self, 'Let op', 'Er ging iets mis')\n"
        "w.setToolTip(f'{n} kandidaten')\n"
        "form.addRow('Naam:', edit)\n"
    )
    assert len(bypasses(bad)) == 6
    good = (
        "label.setText(self.tr('Opslaan'))\n"
        "QPushButton(self.tr('&Annuleren'), self)\n"
        "label.setText(f'✓ {name}')\n"
        "label.setText('▶ <b>' + x + '</b>')\n"
        "QLabel('→')\n"
        "w.setToolTip(QCoreApplication.translate('ctx', 'Uitleg'))\n"
    )
    assert bypasses(good) == []


def test_no_visible_string_bypasses_tr() -> None:
    problems = []
    for path in sorted(UI.rglob("*.py")):
        problems += bypasses(path.read_text(encoding="utf-8"), str(path.relative_to(ROOT)))
    assert not problems, "\n".join(problems)


def _messages(path: Path) -> dict[tuple[str, str], ET.Element]:
    out = {}
    for ctx in ET.parse(path).getroot().iter("context"):
        name = ctx.findtext("name") or ""
        for m in ctx.iter("message"):
            out[(name, m.findtext("source") or "")] = m
    return out


def test_ts_file_holds_every_string_of_the_code(tmp_path: Path) -> None:
    lupdate = need_tool("lupdate")
    fresh = tmp_path / "fresh.ts"
    shutil.copy(TS, fresh)
    subprocess.run(
        [str(lupdate), "-silent", "-extensions", "py", str(UI), "-ts", str(fresh)],
        check=True,
        capture_output=True,
    )
    missing = sorted(set(_messages(fresh)) - set(_messages(TS)))
    assert not missing, "run the lupdate command in bewustwerven/ui/i18n.py:\n" + "\n".join(
        f"{c}: {s[:60]!r}" for c, s in missing
    )


def _translations(qm: Path) -> dict[tuple[str, str], str]:
    from PySide6.QtCore import QTranslator

    tr = QTranslator()
    assert tr.load(str(qm)), qm
    return {(c, src): tr.translate(c, src) for c, src in _messages(TS)}


def test_the_shipped_qm_is_compiled_from_the_ts(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    lrelease = need_tool("lrelease")
    fresh = tmp_path / "fresh.qm"
    subprocess.run([str(lrelease), "-silent", str(TS), "-qm", str(fresh)], check=True,
                   capture_output=True)
    shipped, wanted = _translations(QM), _translations(fresh)
    stale = sorted(k for k in wanted if shipped[k] != wanted[k])
    assert not stale, f"{len(stale)} strings differ; run the lrelease command in " \
        "bewustwerven/ui/i18n.py:\n" + "\n".join(f"{c}: {s[:60]!r}" for c, s in stale[:20])


def test_a_missing_tool_fails_in_ci_and_skips_elsewhere(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(sys.modules[__name__], "qt_tool", lambda name: None)
    monkeypatch.setenv("CI", "true")
    with pytest.raises(pytest.fail.Exception, match="CI must have it"):
        need_tool("lupdate")
    monkeypatch.delenv("CI")
    with pytest.raises(pytest.skip.Exception, match="pyside6-lupdate not found"):
        need_tool("lupdate")


def test_the_tools_are_found_here() -> None:
    assert qt_tool("lupdate") is not None and qt_tool("lrelease") is not None


def test_every_english_entry_is_finished() -> None:
    open_entries = []
    for (ctx, src), m in _messages(TS).items():
        tr = m.find("translation")
        if tr is None or tr.get("type") == "vanished" or tr.get("type") == "obsolete":
            continue
        if tr.get("type") == "unfinished" or not (tr.text or "").strip():
            open_entries.append(f"{ctx}: {src[:60]!r}")
    assert not open_entries, f"{len(open_entries)} unfinished:\n" + "\n".join(open_entries)


def test_compiled_translation_is_loaded_from_the_package(qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QCoreApplication

    from bewustwerven.ui import i18n

    assert i18n.qm_bytes("en"), "bewustwerven_en.qm is missing: run pyside6-lrelease"
    try:
        assert i18n.install("en") == "en"
        assert QCoreApplication.translate("nav", "Beheer") == "Administration"
        assert i18n.current_language() == "en"
    finally:
        i18n.install("nl")
    assert QCoreApplication.translate("nav", "Beheer") == "Beheer"


def test_dialog_buttons_are_english_in_english(qtbot) -> None:  # type: ignore[no-untyped-def]
    """tr() in a shared helper takes the runtime class as context; the Cancel text must
    still come out in English (it once stayed 'Annuleren')."""
    from PySide6.QtWidgets import QDialogButtonBox

    from bewustwerven.ui import i18n
    from bewustwerven.ui.recruiter.dialogs import NewVacancyDialog, RestartDialog

    i18n.install("en")
    try:
        for dialog in (RestartDialog(), NewVacancyDialog([("WPI", "Werk")])):
            qtbot.addWidget(dialog)
            box = dialog.findChild(QDialogButtonBox)
            assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == "Cancel"
            ok = box.button(QDialogButtonBox.StandardButton.Ok).text()
            assert ok in ("Restart", "Create"), ok
    finally:
        i18n.install("nl")
