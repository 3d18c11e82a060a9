"""The shape of ui/: every module imports on its own, none of them takes part in an import cycle
inside ui/ (lazy imports inside functions count too: a cycle is a cycle, whenever it is paid), and
the Tools menu finds the menus it extends by reference, never by their translated text."""

import ast
import importlib
from pathlib import Path

import missionplanner.ui

UI = Path(missionplanner.ui.__file__).parent


def _ui_imports(path: Path) -> set[str]:
    """The ui modules `path` imports, at the top or inside a function, relative or absolute."""
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom):
            if node.level == 1:  # from .x import y / from . import x
                found.update([node.module.split(".")[0]] if node.module else [a.name for a in node.names])
            elif node.level == 0 and (node.module or "").startswith("missionplanner.ui."):
                found.add(node.module.split(".")[2])
        elif isinstance(node, ast.Import):
            found.update(a.name.split(".")[2] for a in node.names if a.name.startswith("missionplanner.ui."))
    return found


def _graph() -> dict[str, set[str]]:
    modules = {p.stem for p in UI.glob("*.py") if p.stem != "__init__"}
    return {m: _ui_imports(UI / f"{m}.py") & modules for m in modules}


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Each cycle once, as the path that closes it (depth-first search, grey/black marking)."""
    cycles, state, path = [], {}, []

    def visit(node: str) -> None:
        state[node] = "grey"
        path.append(node)
        for nxt in sorted(graph[node]):
            if state.get(nxt) == "grey":
                cycles.append(path[path.index(nxt):] + [nxt])
            elif nxt not in state:
                visit(nxt)
        path.pop()
        state[node] = "black"

    for node in sorted(graph):
        if node not in state:
            visit(node)
    return cycles


def test_the_cycle_finder_sees_a_cycle():
    assert _cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c", "a"]]
    assert _cycles({"a": {"b"}, "b": set()}) == []


def test_no_import_cycle_inside_ui():
    graph = _graph()
    assert "main_window" in graph and "safety_actions" in graph  # the walk found the package
    assert _cycles(graph) == []


def test_every_ui_module_imports():
    for path in sorted(UI.glob("*.py")):
        importlib.import_module(f"missionplanner.ui.{path.stem}" if path.stem != "__init__" else "missionplanner.ui")


def test_the_tools_menu_extends_the_file_menu_it_was_handed(make_window, db):
    """Back up and Restore sit above Quit in File, and Help stays last, in a French window too
    (whose menus carry none of the English titles)."""
    w = make_window(db, "fr")
    texts = [a.text() for a in w.file_menu.actions() if not a.isSeparator()]
    assert texts[-3:] == [w.tools.act_backup.text(), w.tools.act_restore.text(), w.act_quit.text()]
    assert [a.text() for a in w.menuBar().actions()][-2:] == ["&Outils", "Ai&de"]
