"""The recruiter's criteria editor through its real buttons and keys, the text-check race,
and a scan that no button is wired to a handler whose first argument would get clicked(bool)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QSettings, Qt, QThreadPool, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from bewustwerven.services.app import App, open_app
from bewustwerven.services.dto import VacancyInput
from bewustwerven.ui import ops
from bewustwerven.ui.recruiter import ProceduresView
from bewustwerven.ui.recruiter.textcheck import CheckedTextEdit

UI = Path(__file__).resolve().parents[2] / "bewustwerven" / "ui"


@pytest.fixture(autouse=True)
def _qsettings(tmp_path: Path) -> None:
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "qs"))


@pytest.fixture
def app(tmp_path: Path):  # type: ignore[no-untyped-def]
    a = open_app(str(tmp_path / "t.db"), user="admin")
    a.users.add_unit("WPI", "Werk, Participatie en Inkomen")
    yield a
    QThreadPool.globalInstance().waitForDone(5000)
    a.close()


def _criteria_tab(qtbot, app: App):  # type: ignore[no-untyped-def]
    pid = app.procedures.create(VacancyInput("Beleidsadviseur", "WPI", 10))
    view = ProceduresView(app)
    qtbot.addWidget(view)
    view.resize(1280, 800)
    view.show()
    view.activateWindow()
    qtbot.waitUntil(view.isActiveWindow, timeout=3000)
    view.refresh()
    view.open_procedure(pid)
    view.page.tabs.setCurrentWidget(view.page.criteria)
    return pid, view.page.criteria


def test_add_criterion_and_question_by_their_buttons(qtbot, app: App) -> None:  # type: ignore[no-untyped-def]
    _pid, crit = _criteria_tab(qtbot, app)
    qtbot.mouseClick(crit.add_button, Qt.MouseButton.LeftButton)
    assert crit.drafts[0].name == "Nieuw criterium"  # not "False"
    crit.name.selectAll()
    qtbot.keyClicks(crit.name, "Samenwerken")
    qtbot.mouseClick(crit.add_q, Qt.MouseButton.LeftButton)
    q = crit.drafts[0].questions[0]
    assert q.text == "" and crit.questions.item(0).text() == "1. "
    assert crit.anchors.rowCount() == 5, "the rubric shows a row per score"
    assert crit.q_text.hasFocus()
    qtbot.keyClicks(crit.q_text, "Vertel over een samenwerking.")
    assert q.text == "Vertel over een samenwerking."
    assert crit.questions.item(0).text() == "1. Vertel over een samenwerking."
    # reselecting the criterion shows its question again (this crashed before)
    qtbot.mouseClick(crit.add_button, Qt.MouseButton.LeftButton)
    crit.list.setCurrentRow(0)
    assert crit.q_text.toPlainText() == "Vertel over een samenwerking."
    crit.list.setCurrentRow(1)
    qtbot.mouseClick(crit.remove_button, Qt.MouseButton.LeftButton)
    assert [d.name for d in crit.drafts] == ["Samenwerken"]


def _answer_next_box(button: QMessageBox.StandardButton | None) -> list[str]:
    seen: list[str] = []

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, answer)
            return
        seen.append(box.text())
        if button is None:  # press Enter: the default button
            box.defaultButton().click()
        else:
            box.button(button).click()

    QTimer.singleShot(0, answer)
    return seen


def test_loading_a_template_asks_before_replacing(qtbot, app: App) -> None:  # type: ignore[no-untyped-def]
    _pid, crit = _criteria_tab(qtbot, app)
    qtbot.mouseClick(crit.add_button, Qt.MouseButton.LeftButton)
    crit.name.selectAll()
    qtbot.keyClicks(crit.name, "Eigen criterium")
    from bewustwerven.services.dto import CriterionInput, QuestionInput

    crit.templates.save("Standaard", [CriterionInput("Uit sjabloon", (QuestionInput("V?", {}),))])
    seen = _answer_next_box(None)  # Enter: the default must keep what is there
    crit.apply_template("Standaard")
    assert seen and "vervangt" in seen[0]
    assert [d.name for d in crit.drafts] == ["Eigen criterium"]

    def replace() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, replace)
            return
        for b in box.buttons():
            if box.buttonRole(b) is QMessageBox.ButtonRole.DestructiveRole:
                b.click()

    QTimer.singleShot(0, replace)
    crit.apply_template("Standaard")
    assert [d.name for d in crit.drafts] == ["Uit sjabloon"]


def test_text_check_result_for_a_deleted_editor_is_dropped(qtbot) -> None:  # type: ignore[no-untyped-def]
    errors: list[BaseException] = []
    editor = CheckedTextEdit()
    editor.setPlainText("Wij zoeken een jonge, dynamische kandidaat. " * 50)
    editor.check_now()  # the result can only arrive through the event loop, after the delete
    shiboken6.delete(editor)
    assert not shiboken6.isValid(editor)
    assert QThreadPool.globalInstance().waitForDone(5000)
    with qtbot.captureExceptions() as exceptions:
        for _ in range(5):
            QApplication.processEvents()
    errors += [e[1] for e in exceptions]
    assert not errors, errors
    assert not any(op._parent_widget is editor for op in ops.Op._running)


def test_no_button_hands_its_checked_flag_to_a_handler_argument() -> None:
    """clicked(bool) and triggered(bool) pass a bool to a slot that takes an argument: a
    handler with a parameter (even one with a default) gets False as its value."""
    wrong = []
    for path in UI.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for cls in (n for n in ast.walk(tree) if isinstance(n, ast.ClassDef)):
            methods = {f.name: f for f in cls.body if isinstance(f, ast.FunctionDef)}
            for call in (n for n in ast.walk(cls) if isinstance(n, ast.Call)):
                f = call.func
                if not (isinstance(f, ast.Attribute) and f.attr == "connect" and call.args):
                    continue
                if not (isinstance(f.value, ast.Attribute) and f.value.attr in
                        ("clicked", "triggered")):
                    continue
                target = call.args[0]
                if (isinstance(target, ast.Attribute) and isinstance(target.value, ast.Name)
                        and target.value.id == "self" and target.attr in methods):
                    args = methods[target.attr].args
                    if len(args.args) > 1 or args.vararg:
                        wrong.append(f"{path.name}:{call.lineno} {target.attr}")
    assert not wrong, wrong
