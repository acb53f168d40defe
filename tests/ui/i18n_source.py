"""Helpers of test_i18n that read the source: the texts marked for the catalogue, and the
texts handed to Qt without a mark (findings)."""

from __future__ import annotations

import ast
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

Message = tuple[str, str]  # (context, source)

#: Calls whose text arguments the user sees: methods of Qt widgets, painters and signals.
TEXT_METHODS = frozenset(
    {
        "setText", "setWindowTitle", "setToolTip", "setStatusTip", "setWhatsThis",
        "setPlaceholderText", "setTitle", "setTabText", "addTab", "addItem", "addItems",
        "insertItem", "setItemText", "setHorizontalHeaderLabels", "setVerticalHeaderLabels",
        "setHeaderLabels", "showMessage", "setSuffix", "setPrefix", "setSpecialValueText",
        "setLabelText", "setInformativeText", "setDetailedText", "setAccessibleName",
        "setAccessibleDescription", "addAction", "addMenu", "addButton", "setButtonText",
        "drawText", "showText", "set_text_keeping", "show_message", "show_caption", "emit",
        "warning", "information", "question", "critical", "about", "getOpenFileName",
        "getSaveFileName", "getExistingDirectory",
    }
)  # fmt: skip
FILE_DIALOGS = frozenset({"getOpenFileName", "getSaveFileName", "getExistingDirectory"})
#: Literals that are names, the same in every language.
NAMES = frozenset({"retrocoach"})
#: Widgets whose constructor takes a text the user sees.
TEXT_WIDGETS = frozenset(
    {
        "QLabel", "QPushButton", "QCheckBox", "QRadioButton", "QGroupBox", "QAction", "QMenu",
        "QToolButton", "QCommandLinkButton", "QMessageBox", "ElidedLabel",
    }
)  # fmt: skip


def catalogue_messages(ts_file: Path) -> set[Message]:
    """The (context, source) pairs of a ``.ts`` catalogue."""
    found = set()
    for context in ET.parse(ts_file).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            found.add((name, message.findtext("source") or ""))
    return found


def _literal(node: ast.expr | None) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    return None


def _name(node: ast.expr) -> str:
    if isinstance(node, ast.Attribute):
        return node.attr
    return node.id if isinstance(node, ast.Name) else ""


class _Marks(ast.NodeVisitor):
    """The literal texts of ``self.tr``, ``translate`` and ``QT_TRANSLATE_NOOP`` calls."""

    def __init__(self) -> None:
        self.classes: list[str] = []
        self.found: list[tuple[int, Message]] = []

    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        self.classes.append(node.name)
        self.generic_visit(node)
        self.classes.pop()

    def visit_Call(self, node: ast.Call) -> None:
        name, args = _name(node.func), node.args
        if name == "tr" and self.classes and args and _literal(args[0]) is not None:
            self.found.append((node.lineno, (self.classes[-1], _literal(args[0]) or "")))
        elif name in ("translate", "QT_TRANSLATE_NOOP") and len(args) >= 2:
            context, source = _literal(args[0]), _literal(args[1])
            if context is not None and source is not None:
                self.found.append((node.lineno, (context, source)))
        self.generic_visit(node)


def marked_texts(module: Path) -> list[tuple[int, Message]]:
    """(line, (context, source)) of every text `module` marks for the catalogue."""
    visitor = _Marks()
    visitor.visit(ast.parse(module.read_text("utf-8")))
    return visitor.found


def _has_words(node: ast.expr) -> bool:
    """A string literal or f-string with letters in its literal parts (the app's name alone
    is no word: it is not translated)."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value not in NAMES and any(ch.isalpha() for ch in node.value)
    if isinstance(node, ast.JoinedStr):
        return any(_has_words(part) for part in node.values)
    if isinstance(node, ast.BinOp):  # "a" + b, "%s" % x
        return _has_words(node.left) or _has_words(node.right)
    if isinstance(node, ast.Call) and _name(node.func) == "format":  # "...".format(...)
        receiver = node.func.value if isinstance(node.func, ast.Attribute) else None
        return receiver is not None and _has_words(receiver)
    if isinstance(node, ast.IfExp):
        return _has_words(node.body) or _has_words(node.orelse)
    return False


def _is_log(func: ast.expr) -> bool:
    """``log.warning(...)``: a line for the log, not for the user."""
    owner = func.value if isinstance(func, ast.Attribute) else None
    return _name(owner) in ("log", "logger", "logging") if owner is not None else False


def unmarked_texts(module: Path) -> Iterator[str]:
    """``line N: call(...)`` for each literal text handed straight to a Qt text call."""
    tree = ast.parse(module.read_text("utf-8"))
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        name = _name(node.func)
        if (name not in TEXT_METHODS and name not in TEXT_WIDGETS) or _is_log(node.func):
            continue
        values = list(node.args)
        if name == "addItem":  # addItem(text, data): the data is no text
            values = values[:1]
        elif name == "insertItem":  # insertItem(index, text, data)
            values = values[1:2]
        elif name in FILE_DIALOGS:  # (parent, caption, folder or file name, filter)
            values = values[1:2] + values[3:4]
        values += [k.value for k in node.keywords if k.arg in ("text", "title")]
        for value in values:
            if _has_words(value):
                yield f"line {node.lineno}: {name}({ast.unparse(value)[:80]})"
