"""Contracts inside the layers: no import cycle anywhere in the package, and the ui rooms' rules.

- **No cycle**: no module of ``retrocoach`` reaches itself through imports, counting every
  import (at the top, inside a function, under ``TYPE_CHECKING``). A cycle that only works
  because one side imports lazily is still two modules that cannot be understood apart.
- **ui/live runs the session without drawing it**: it imports no ``QtWidgets`` (nor ``QtGui``'s
  widgets' world: only ``QtCore`` and, for sound, ``QtMultimedia``).
- **Widgets show and ask; the operations do**: ``ui/screen``, ``ui/dialogs`` and ``ui/look``
  import neither ``retrocoach.storage`` nor ``retrocoach.speech``.

The source is parsed, not imported (as in ``tests/test_layering.py``, whose import walk this
reuses).
"""

from __future__ import annotations

import ast
from collections.abc import Iterable
from pathlib import Path

import pytest

from tests.test_layering import ROOT, _tree, imported_modules, module_name

#: Rooms of the ui layer and the imports each must not make (a prefix of the imported module).
ROOM_RULES: dict[str, tuple[str, ...]] = {
    "retrocoach.ui.live": ("PySide6.QtWidgets",),
    "retrocoach.ui.screen": ("retrocoach.storage", "retrocoach.speech"),
    "retrocoach.ui.dialogs": ("retrocoach.storage", "retrocoach.speech"),
    "retrocoach.ui.look": ("retrocoach.storage", "retrocoach.speech"),
}


def _modules(root: Path) -> dict[str, tuple[Path, bool]]:
    """Every module of the package under `root`: name -> (file, is a package's __init__)."""
    return {
        module_name(file, root): (file, file.name == "__init__.py")
        for file in sorted((root / "retrocoach").rglob("*.py"))
    }


def import_graph(root: Path) -> dict[str, set[str]]:
    """module -> the modules of ours it imports (``from a import b`` counts ``a.b`` when that is
    a module, else ``a``)."""
    modules = _modules(root)
    graph: dict[str, set[str]] = {name: set() for name in modules}
    for name, (file, is_package) in modules.items():
        tree = ast.parse(file.read_text("utf-8"), str(file))
        for node in ast.walk(tree):
            targets: Iterable[str]
            if isinstance(node, ast.Import):
                targets = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom):
                [(_, base)] = imported_modules(
                    ast.Module(body=[_bare(node)], type_ignores=[]), name, is_package
                )
                targets = [
                    f"{base}.{alias.name}" if f"{base}.{alias.name}" in modules else base
                    for alias in node.names
                ]
            else:
                continue
            graph[name].update(t for t in targets if t in modules and t != name)
    return graph


def _bare(node: ast.ImportFrom) -> ast.ImportFrom:
    """`node` importing nothing: `imported_modules` then resolves just its module."""
    bare = ast.ImportFrom(module=node.module, names=[ast.alias(name="_")], level=node.level)
    bare.lineno = node.lineno
    return bare


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The import cycles: each strongly connected set of two or more modules (Tarjan), sorted."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(start: str) -> None:
        # Iterative Tarjan (the package is deep enough to make recursion a risk in a test).
        work = [(start, iter(sorted(graph[start])))]
        index[start] = low[start] = len(index)
        stack.append(start)
        on_stack.add(start)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = len(index)
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(graph[child]))))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                parent = work[-1][0]
                low[parent] = min(low[parent], low[node])
            if low[node] == index[node]:
                component = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.append(member)
                    if member == node:
                        break
                if len(component) > 1:
                    found.append(sorted(component))

    for module in sorted(graph):
        if module not in index:
            visit(module)
    return sorted(found)


def _imported_names(tree: ast.AST, module: str, is_package: bool) -> list[tuple[int, str]]:
    """:func:`imported_modules`, plus ``a.b`` for each ``from a import b`` (which may be a
    module: ``from PySide6 import QtWidgets``)."""
    found = imported_modules(tree, module, is_package)
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom):
            [(_, base)] = imported_modules(
                ast.Module(body=[_bare(node)], type_ignores=[]), module, is_package
            )
            found += [(node.lineno, f"{base}.{alias.name}") for alias in node.names]
    return found


def room_findings(root: Path) -> list[str]:
    """Every import a ui room must not make, as ``file:line: text``."""
    findings = []
    for name, (file, is_package) in _modules(root).items():
        banned = next((b for room, b in ROOM_RULES.items() if name.startswith(room)), None)
        if banned is None:
            continue
        tree = ast.parse(file.read_text("utf-8"), str(file))
        relative = file.relative_to(root).as_posix()
        seen: set[int] = set()  # one finding per import statement
        for line, imported in _imported_names(tree, name, is_package):
            if imported.startswith(banned) and line not in seen:
                seen.add(line)
                findings.append(f"{relative}:{line}: {name} imports {imported}")
    return findings


# --- the rules, on this checkout ------------------------------------------------------------


def test_no_import_cycle_in_the_package() -> None:
    found = cycles(import_graph(ROOT))
    assert not found, "import cycles (lazy and TYPE_CHECKING imports count):\n" + "\n".join(
        " <-> ".join(cycle) for cycle in found
    )


def test_the_ui_rooms_keep_their_rules() -> None:
    findings = room_findings(ROOT)
    assert not findings, (
        "ui/live imports no QtWidgets; widgets (ui/screen, ui/dialogs, ui/look) import neither "
        "storage nor speech (ask ui/ops):\n" + "\n".join(findings)
    )


def test_every_ui_module_is_in_a_room_or_is_wiring() -> None:
    """ui/ holds rooms, and at its top only the wiring (app, controller, ...): a new module at
    the top must say why it is wiring by being added here."""
    wiring = {"__init__", "app", "controller", "desktop_services", "problems", "i18n"}
    top = {file.stem for file in (ROOT / "retrocoach" / "ui").glob("*.py")}
    assert top <= wiring, f"put these in a room of retrocoach/ui/: {sorted(top - wiring)}"


# --- the checks would notice a breach ---------------------------------------------------------


@pytest.mark.parametrize(
    ("files", "expected"),
    [
        (
            {
                "core/a.py": "from retrocoach.core import b\n",
                "core/b.py": "import retrocoach.core.a\n",
            },
            [["retrocoach.core.a", "retrocoach.core.b"]],
        ),
        (  # lazy on one side
            {
                "speech/a.py": "from retrocoach.speech.b import X\n",
                "speech/b.py": "def f():\n    from retrocoach.speech.a import Y\n",
            },
            [["retrocoach.speech.a", "retrocoach.speech.b"]],
        ),
        (  # TYPE_CHECKING on one side, relative imports, three modules
            {
                "ui/a.py": "from .b import X\n",
                "ui/b.py": "from . import c\n",
                "ui/c.py": "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n"
                "    from retrocoach.ui.a import Z\n",
            },
            [["retrocoach.ui.a", "retrocoach.ui.b", "retrocoach.ui.c"]],
        ),
        (  # a chain is no cycle
            {"core/a.py": "from . import b\n", "core/b.py": "from .c import X\n", "core/c.py": ""},
            [],
        ),
    ],
)
def test_a_deliberate_cycle_is_found(
    tmp_path: Path, files: dict[str, str], expected: list[list[str]]
) -> None:
    tree = {"retrocoach/__init__.py": ""}
    for name, source in files.items():
        tree[f"retrocoach/{name}"] = source
        tree.setdefault(f"retrocoach/{name.split('/')[0]}/__init__.py", "")
    assert cycles(import_graph(_tree(tmp_path, tree))) == expected


@pytest.mark.parametrize(
    ("file", "source", "found"),
    [
        ("ui/live/a.py", "from PySide6.QtWidgets import QLabel\n", True),
        ("ui/live/a.py", "def f():\n    from PySide6 import QtWidgets\n", True),
        ("ui/live/a.py", "from PySide6 import QtCore, QtMultimedia\n", False),
        ("ui/live/a.py", "from PySide6.QtCore import QObject\n", False),
        ("ui/screen/a.py", "from retrocoach.storage.history import X\n", True),
        ("ui/dialogs/a.py", "def f():\n    from retrocoach.speech import engine\n", True),
        ("ui/look/a.py", "from ...storage import paths\n", True),
        ("ui/ops/a.py", "from retrocoach.storage.history import X\n", False),
    ],
)
def test_a_room_breach_is_found(tmp_path: Path, file: str, source: str, found: bool) -> None:
    tree = {"retrocoach/__init__.py": "", f"retrocoach/{file}": source}
    assert bool(room_findings(_tree(tmp_path, tree))) is found
