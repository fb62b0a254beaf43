"""A committee member never sees a candidate's name, e-mail, phone or self-identification:
not in any widget text, tooltip, accessible name or description, window title, nor in any
model data (all roles, all rows and columns, headers) of every view they can reach, in both
scoring modes, and on the chair's page."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QTabWidget,
    QTextEdit,
    QWidget,
)

from bewustwerven.ui.chair import ConsensusPage
from bewustwerven.ui.member import MyReviewsView
from tests.ui.test_full_path import (
    PEOPLE,
    SCORERS,
    SELF_ID_VALUES,
    build_until_screening,
    score_all_in_form,
)

ROLES = list(range(0, 14)) + [Qt.ItemDataRole.UserRole + i for i in range(0, 6)]


def columns(model: QAbstractItemModel, parent: QModelIndex) -> int:
    try:
        return model.columnCount(parent)
    except TypeError:  # list models keep columnCount private: one column
        return 1


def model_texts(model: QAbstractItemModel) -> list[str]:
    out: list[str] = []

    def walk(parent: QModelIndex) -> None:
        for r in range(model.rowCount(parent)):
            for c in range(columns(model, parent)):
                index = model.index(r, c, parent)
                for role in ROLES:
                    value = model.data(index, role)
                    if value is not None:
                        out.append(repr(value) if not isinstance(value, str) else value)
                if c == 0 and model.rowCount(index) > 0:
                    walk(index)

    walk(QModelIndex())
    for orient in (Qt.Orientation.Horizontal, Qt.Orientation.Vertical):
        root = QModelIndex()
        count = (
            columns(model, root) if orient == Qt.Orientation.Horizontal else model.rowCount(root)
        )
        for s in range(count):
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                value = model.headerData(s, orient, role)
                if value is not None:
                    out.append(str(value))
    return out


def widget_texts(root: QWidget) -> list[str]:
    out: list[str] = []
    for w in [root, *root.findChildren(QWidget)]:
        out += [w.toolTip(), w.accessibleName(), w.accessibleDescription(), w.windowTitle()]
        out.append(w.whatsThis())
        if isinstance(w, QLabel | QAbstractButton | QLineEdit):
            out.append(w.text())
        if isinstance(w, QLineEdit):
            out.append(w.placeholderText())
        if isinstance(w, QPlainTextEdit):
            out += [w.toPlainText(), w.placeholderText()]
        if isinstance(w, QTextEdit):
            out.append(w.toPlainText())
        if isinstance(w, QGroupBox):
            out.append(w.title())
        if isinstance(w, QComboBox):
            for i in range(w.count()):
                out += [
                    w.itemText(i),
                    str(w.itemData(i)),
                    str(w.itemData(i, Qt.ItemDataRole.ToolTipRole)),
                ]
        if isinstance(w, QTabWidget):
            out += [w.tabText(i) for i in range(w.count())]
            out += [w.tabToolTip(i) for i in range(w.count())]
        if isinstance(w, QListWidget) or (
            isinstance(w, QAbstractItemView) and w.model() is not None
        ):
            out += model_texts(w.model())
    return out


FORBIDDEN_PARTS: list[str] = []
for name, email, phone, _origin, _year in PEOPLE:
    FORBIDDEN_PARTS += [name, name.split()[-1], email, phone, phone.replace("-", "")]
FORBIDDEN_PARTS += list(SELF_ID_VALUES)


def leaks(texts: list[str]) -> list[tuple[str, str]]:
    found = []
    for text in texts:
        for bad in FORBIDDEN_PARTS:
            if bad.lower() in text.lower():
                found.append((bad, text[:120]))
    return found


def test_the_checker_finds_a_leak(qtbot) -> None:  # type: ignore[no-untyped-def]
    label = QLabel("Kandidaat Thomas Bakker")
    qtbot.addWidget(label)
    assert leaks(widget_texts(label))


def walk_member_view(qtbot, view: MyReviewsView) -> list[str]:  # type: ignore[no-untyped-def]
    texts = widget_texts(view)
    model = view.model
    for r in range(model.rowCount()):
        t = model.task(r)
        assert view.select(t.procedure_id, t.pseudonym)
        texts += widget_texts(view)
    view.tabs.setCurrentIndex(1)
    rounds = view.rounds
    for pi in range(rounds.procedure.count()):
        rounds.procedure.setCurrentIndex(pi)
        for qi in range(rounds.question.count()):
            rounds.question.setCurrentIndex(qi)
            for r in range(rounds.model.rowCount()):
                rounds.table.selectRow(r)
                texts += widget_texts(view)
    return texts


def test_member_and_chair_views_show_no_identity(qtbot, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from bewustwerven.ui.member import common

    monkeypatch.setattr(common, "confirm", lambda *a, **k: True)
    p = build_until_screening(tmp_path)
    codes = dict(p.code_of)
    assert len(codes) == 4
    # before anyone submitted: the member's own views, both modes
    member = p.as_("lid.een")
    view = MyReviewsView(member)
    qtbot.addWidget(view)
    texts = walk_member_view(qtbot, view)
    assert any(code in t for t in texts for code in codes.values())  # pseudonyms are shown
    assert any("[naam]" in t or "Beste selectiecommissie" in t for t in texts)  # documents
    # after everyone submitted: others' scores visible, the chair's page reachable
    for login in SCORERS:
        score_all_in_form(qtbot, p.as_(login), p.pid, lambda _c, _i: 3)
    view.refresh()
    texts += walk_member_view(qtbot, view)
    page = ConsensusPage(p.as_("voorzitter"))
    qtbot.addWidget(page)
    for i in range(page.tabs.count()):
        page.tabs.setCurrentIndex(i)
        texts += widget_texts(page)
    for code in codes.values():
        assert page.select_candidate(code)
        texts += widget_texts(page)
    chair_view = MyReviewsView(p.as_("voorzitter"))
    qtbot.addWidget(chair_view)
    texts += walk_member_view(qtbot, chair_view)
    assert leaks(texts) == []
    p.close()
