"""Walk a running BewustWerven through AT-SPI, as a screen reader (Orca) sees it.

Run by ``tests/ui/test_atspi.py`` with the *system* Python (Debian's python3-gi with
gir1.2-atspi-2.0: the same libatspi Orca uses), inside ``dbus-run-session`` under Xvfb:

    /usr/bin/python3 tests/ui/atspi_walk.py OUT.json -- python -m bewustwerven.cli --db … --user …

It starts the command, waits for the application in the AT-SPI registry, opens every view
through the "Ga naar" menu's items (their AT-SPI action, as a screen-reader user can), walks
the accessible tree of the window after each, and writes per view every focusable, showing
node that has no name or no role. Long tables and lists are sampled (their first rows).
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
import warnings

import gi

gi.require_version("Atspi", "2.0")
from gi.repository import Atspi  # noqa: E402

warnings.filterwarnings("ignore", category=DeprecationWarning)  # libatspi's renamed calls
ROW_SAMPLE = 8
MAX_NODES = 6000
CONTAINERS = {Atspi.Role.TABLE, Atspi.Role.TREE_TABLE, Atspi.Role.LIST, Atspi.Role.TREE,
              Atspi.Role.LIST_BOX}  # fmt: skip
NO_ROLE = {Atspi.Role.INVALID, Atspi.Role.UNKNOWN}
#: data cells are named by their column header and content (an empty cell is fine); a label's
#: name is its text (an empty status line reads nothing and is not a control)
DATA = {Atspi.Role.LABEL, Atspi.Role.TABLE_CELL, Atspi.Role.TABLE_ROW_HEADER,
        Atspi.Role.TABLE_COLUMN_HEADER, Atspi.Role.TABLE_ROW, Atspi.Role.COLUMN_HEADER,
        Atspi.Role.ROW_HEADER}  # fmt: skip


def find_app(proc: subprocess.Popen[bytes], timeout: float) -> Atspi.Accessible | None:
    pid = proc.pid
    end = time.monotonic() + timeout
    while time.monotonic() < end and proc.poll() is None:
        desktop = Atspi.get_desktop(0)
        for i in range(desktop.get_child_count()):
            app = desktop.get_child_at_index(i)
            try:
                if app is not None and app.get_process_id() == pid and app.get_child_count():
                    return app
            except gi.repository.GLib.Error:
                continue
        time.sleep(0.5)
    return None


def states(node: Atspi.Accessible) -> set[Atspi.StateType]:
    s = node.get_state_set()
    return {t for t in Atspi.StateType.__enum_values__.values() if s.contains(t)}


def walk(root: Atspi.Accessible) -> tuple[int, list[dict[str, str]]]:
    """(nodes seen, focusable showing nodes without a name or a role)."""
    seen, problems = 0, []
    stack: list[tuple[Atspi.Accessible, str]] = [(root, root.get_role_name())]
    while stack and seen < MAX_NODES:
        node, path = stack.pop()
        seen += 1
        try:
            role = node.get_role()
            st = states(node)
            name = (node.get_name() or "").strip()
            count = node.get_child_count()
        except gi.repository.GLib.Error:
            continue
        if Atspi.StateType.SHOWING not in st:
            continue  # hidden pages of a stack are not read either
        if Atspi.StateType.FOCUSABLE in st and role not in DATA and (not name or role in NO_ROLE):
            problems.append({"path": path, "role": node.get_role_name(), "name": name,
                             "id": node.get_accessible_id() or "",
                             "description": node.get_description() or ""})  # fmt: skip
        limit = min(count, ROW_SAMPLE) if role in CONTAINERS else count
        for i in range(limit - 1, -1, -1):
            child = node.get_child_at_index(i)
            if child is not None:
                stack.append((child, f"{path}/{child.get_role_name()}[{i}]"))
    return seen, problems


def menu_items(app: Atspi.Accessible, titles: tuple[str, ...]) -> list[Atspi.Accessible]:
    """The items of the menu called one of ``titles`` (the "Ga naar" menu of the menu bar)."""
    menus = (Atspi.Role.MENU, Atspi.Role.MENU_ITEM, Atspi.Role.POPUP_MENU)
    stack = [app]
    while stack:
        node = stack.pop()
        for i in range(node.get_child_count()):
            child = node.get_child_at_index(i)
            if child is None:
                continue
            role = child.get_role()
            if role in menus and (child.get_name() or "").replace("&", "") in titles:
                return list(_items(child))
            if role in (Atspi.Role.FRAME, Atspi.Role.MENU_BAR):
                stack.append(child)
    return []


def _items(menu: Atspi.Accessible) -> list[Atspi.Accessible]:
    out = []
    for j in range(menu.get_child_count()):
        child = menu.get_child_at_index(j)
        if child is None:
            continue
        if child.get_role() == Atspi.Role.MENU_ITEM:
            out.append(child)
        elif child.get_role() in (Atspi.Role.POPUP_MENU, Atspi.Role.MENU):
            out += _items(child)
    return out


def dialogs(app: Atspi.Accessible) -> list[str]:
    """Names and texts of open dialogs and alerts (what blocked the app)."""
    out = []
    for i in range(app.get_child_count()):
        child = app.get_child_at_index(i)
        if child is not None and child.get_role() in (Atspi.Role.DIALOG, Atspi.Role.ALERT):
            texts = [child.get_name() or ""]
            for j in range(min(child.get_child_count(), 10)):
                c = child.get_child_at_index(j)
                if c is not None and c.get_role() == Atspi.Role.LABEL:
                    texts.append(c.get_name() or "")
            out.append(" | ".join(t for t in texts if t))
    return out


def press(item: Atspi.Accessible) -> bool:
    action = item.get_action_iface()
    if action is None:
        return False
    names = [Atspi.Action.get_action_name(action, i) for i in range(action.get_n_actions())]
    for i, name in enumerate(names):
        if name.lower() in ("press", "click", "activate", "trigger"):
            return bool(action.do_action(i))
    return bool(names) and bool(action.do_action(0))


def main(argv: list[str]) -> int:
    # libatspi waits 0.8 s for a reply by default; opening a view (its queries run in the
    # action's reply) takes longer on a busy machine
    Atspi.set_timeout(30000, 60000)
    out = argv[1]
    cmd = argv[argv.index("--") + 1 :]
    proc = subprocess.Popen(cmd)
    result: dict[str, object] = {"views": [], "error": ""}
    try:
        app = find_app(proc, 90)
        if app is None:
            result["error"] = "the application did not appear in the AT-SPI registry"
            return 0
        time.sleep(3)  # the database opens after the frame shows
        items = menu_items(app, ("Ga naar", "Go to"))
        result["menu"] = [i.get_name() for i in items]
        views = result["views"]
        assert isinstance(views, list)
        seen, problems = walk(app)
        views.append({"view": "(start)", "nodes": seen, "problems": problems})
        for item in items:
            name = item.get_name()
            try:
                pressed = press(item)
            except gi.repository.GLib.Error as exc:  # e.g. a modal dialog holds the reply
                pressed, result["error"] = False, f"{name}: {exc.message}; open: {dialogs(app)}"
            if not pressed:
                views.append({"view": name, "nodes": 0, "problems": [], "error": "no action"})
                continue
            time.sleep(2)
            seen, problems = walk(app)
            views.append({"view": name, "nodes": seen, "problems": problems})
    finally:
        proc.terminate()
        try:
            proc.wait(20)
        except subprocess.TimeoutExpired:
            proc.kill()
        with open(out, "w", encoding="utf-8") as f:
            json.dump(result, f, indent=1, ensure_ascii=False)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
