"""Finds user-visible text in ``desktop/ui`` that does not go through Qt's translation system.

An AST scan, so it needs no running widgets: a string literal with letters (or an f-string, a
concatenation, a ``"...".format()`` on a literal) handed straight to a Qt API that shows text is a finding;
so is a call lupdate cannot read (``translate`` with a context that is not a literal, a private ``_tr``
wrapper called with a literal, an f-string as the source text).
"""

from __future__ import annotations

import ast
import re
from dataclasses import dataclass
from pathlib import Path

# Methods whose string arguments are shown to the user.
VISIBLE_METHODS = frozenset(
    {
        "setText",
        "setWindowTitle",
        "setToolTip",
        "setPlaceholderText",
        "setStatusTip",
        "setWhatsThis",
        "setTitle",
        "setSubTitle",
        "setLabelText",
        "setInformativeText",
        "setDetailedText",
        "setSuffix",
        "setPrefix",
        "setSpecialValueText",
        "setButtonText",
        "setCancelButtonText",
        "setTabText",
        "setTabToolTip",
        "setItemText",
        "setHeaderLabels",
        "setHorizontalHeaderLabels",
        "setVerticalHeaderLabels",
        "addTab",
        "insertTab",
        "addItem",
        "addItems",
        "insertItem",
        "addRow",
        "insertRow",
        "addMenu",
        "addAction",
        "addButton",
        "showMessage",
        "setAccessibleName",
        "setAccessibleDescription",
        "setFormat",
        "setEmptyText",
    }
)
# The app's own constructors: which argument (position, keyword) is shown; the rest are names.
APP_CONSTRUCTORS = {
    "Column": (0, "title"),
    "ListTableModel": (0, "headers"),
    "EditCommand": (1, "text"),
    "CreateCommand": (1, "text"),
    "DeleteCommand": (1, "text"),
    "CallCommand": (1, "text"),
    "ServiceCommand": (1, "text"),
}
# Methods whose arguments after the text are user data (not shown).
DATA_AFTER = {"addItem": 1, "insertItem": 2}
# Qt constructors whose string arguments are shown.
VISIBLE_CONSTRUCTORS = frozenset(
    {
        "QLabel",
        "QPushButton",
        "QToolButton",
        "QAction",
        "QCheckBox",
        "QRadioButton",
        "QGroupBox",
        "QMenu",
        "QToolBar",
        "QListWidgetItem",
        "QTableWidgetItem",
        "QTreeWidgetItem",
        "QStandardItem",
        "QMessageBox",
        "QProgressDialog",
        "QUndoCommand",
    }
)
# Static dialogs: every string argument is a title, a text or a file filter.
VISIBLE_STATICS = {
    "QMessageBox": {"information", "warning", "critical", "question", "about"},
    "QInputDialog": {"getText", "getInt", "getDouble", "getItem", "getMultiLineText"},
    "QFileDialog": {"getOpenFileName", "getSaveFileName", "getExistingDirectory", "getOpenFileNames"},
}
# Module or class constants holding labels shown in the GUI (their values must be QT_TRANSLATE_NOOP).
LABEL_CONSTANT = re.compile(r"(LABELS?|HEADERS|TITLES?|CAPTIONS?|MESSAGES?|HINTS?)$")

# Text that is not words of any language.
ALLOWED = frozenset({"…", "—", "–", "⚠", "✓", "✗", "•", "·", "%", "×", "+", "−", "-", "KB", "MB"})
ALLOWED_PATTERNS = (
    re.compile(r"^https?://\S+$"),
    re.compile(r"^[A-Z]{1,4}$"),  # A3, A4 paper names, UTC
    re.compile(r"^(A[3-5]|Letter|Legal)$"),  # paper sizes are names, not words
    re.compile(r"^[\W\d_]*$"),  # no letters at all
    re.compile(r"^[\w.-]+\.(sqlite3|xlsx|csv|pdf|ics)$"),  # an example file name
)
_LABEL_WORDS = re.compile(r"^[A-Z][a-z]+( [a-z]+)*$")  # 'Held', 'Free time', 'Deputy head'
_LETTERS = re.compile(r"[^\W\d_]", re.UNICODE)


def is_words(text: str) -> bool:
    text = text.strip()
    if not text or text in ALLOWED or not _LETTERS.search(text):
        return False
    # ignore markup-only and placeholder-only strings: '<b>{0}</b>', '{0} ({1})', '%1'
    stripped = re.sub(r"<[^>]+>|\{[^}]*\}|%\d|%n|&[a-z]+;", "", text)
    if not _LETTERS.search(stripped):
        return False
    return not any(p.match(text) for p in ALLOWED_PATTERNS)


@dataclass(frozen=True)
class Finding:
    path: str
    line: int
    what: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.what}"


def _is_text(args: list[ast.expr]) -> bool:
    """True when the first of ``args`` is text (a literal or a call), not an icon from a variable."""
    return bool(args) and isinstance(args[0], (ast.Constant, ast.JoinedStr, ast.Call, ast.BinOp))


def _call_name(func: ast.expr) -> str:
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute):
        return func.attr
    return ""


def _is_translate_call(node: ast.AST) -> bool:
    """A call lupdate extracts and that translates at run time."""
    if not isinstance(node, ast.Call):
        return False
    name = _call_name(node.func)
    if name in ("translate", "QT_TRANSLATE_NOOP", "QT_TRANSLATE_N_NOOP"):
        return True
    # self.tr("...") (lupdate uses the enclosing class as the context)
    return (
        name == "tr"
        and isinstance(node.func, ast.Attribute)
        and isinstance(node.func.value, ast.Name)
        and node.func.value.id == "self"
    )


def raw_text(node: ast.AST | None) -> str | None:
    """The untranslated words ``node`` would show, or None when it shows none."""
    if node is None:
        return None
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value if is_words(node.value) else None
    if isinstance(node, ast.JoinedStr):
        literal = "".join(v.value for v in node.values if isinstance(v, ast.Constant))
        return f"f-string {literal!r}" if is_words(literal) else None
    if isinstance(node, ast.BinOp) and isinstance(node.op, (ast.Add, ast.Mod)):
        return raw_text(node.left) or raw_text(node.right)
    if isinstance(node, ast.IfExp):
        return raw_text(node.body) or raw_text(node.orelse)
    if isinstance(node, ast.BoolOp):
        return next((t for t in map(raw_text, node.values) if t), None)
    if isinstance(node, (ast.List, ast.Tuple, ast.Set)):
        return next((t for t in map(raw_text, node.elts) if t), None)
    if isinstance(node, ast.Dict):
        return next((t for t in map(raw_text, node.values) if t), None)
    if isinstance(node, ast.Call):
        if _is_translate_call(node):
            return None
        # "text {0}".format(...) or "<b>{0}</b>".format(tr(...)): the receiver is what matters
        if isinstance(node.func, ast.Attribute) and node.func.attr in ("format", "join", "arg"):
            return raw_text(node.func.value) or next(
                (t for t in map(raw_text, [*node.args, *(k.value for k in node.keywords)]) if t), None
            )
        # a call of a Qt sink or of an app constructor is checked on its own
        return None
    return None


class _Scanner(ast.NodeVisitor):
    def __init__(self, path: str) -> None:
        self.path = path
        self.findings: list[Finding] = []
        self._functions: list[str] = []

    def _add(self, node: ast.AST, what: str) -> None:
        self.findings.append(Finding(self.path, getattr(node, "lineno", 0), what))

    def visit_FunctionDef(self, node: ast.FunctionDef) -> None:
        self._functions.append(node.name)
        self.generic_visit(node)
        self._functions.pop()

    def visit_Return(self, node: ast.Return) -> None:
        if self._functions and self._functions[-1] == "headerData":
            text = raw_text(node.value)
            if text:
                self._add(node, f"headerData returns untranslated {text!r}")
        self.generic_visit(node)

    def _check_constant(self, targets: list[ast.expr], value: ast.expr | None) -> None:
        for target in targets:
            if isinstance(target, ast.Name) and target.id.isupper() and LABEL_CONSTANT.search(target.id):
                text = raw_text(value)
                if text:
                    self._add(target, f"{target.id} holds untranslated {text!r} (use QT_TRANSLATE_NOOP)")

    def visit_Assign(self, node: ast.Assign) -> None:
        self._check_constant(node.targets, node.value)
        self.generic_visit(node)

    def visit_AnnAssign(self, node: ast.AnnAssign) -> None:
        self._check_constant([node.target], node.value)
        self.generic_visit(node)

    def visit_Dict(self, node: ast.Dict) -> None:
        # {"held": "Held", "cancelled": "Cancelled"}: a table of labels shown for stored values
        values = [v for v in node.values if isinstance(v, ast.Constant) and isinstance(v.value, str)]
        labels = len(values) >= 2 and len(values) == len(node.values)
        if labels and all(_LABEL_WORDS.match(v.value) for v in values):
            self._add(node, f"a table of labels {values[0].value!r}, … (use QT_TRANSLATE_NOOP)")
        self.generic_visit(node)

    def visit_Call(self, node: ast.Call) -> None:
        name = _call_name(node.func)
        args = [*node.args, *(k.value for k in node.keywords)]
        self._check_translate_call(node, name)
        owner = (
            node.func.value.id
            if isinstance(node.func, ast.Attribute) and isinstance(node.func.value, ast.Name)
            else ""
        )
        if owner in VISIBLE_STATICS and name in VISIBLE_STATICS[owner]:
            self._check_args(node, f"{owner}.{name}", args)
        elif isinstance(node.func, ast.Name) and name in APP_CONSTRUCTORS:
            position, keyword = APP_CONSTRUCTORS[name]
            shown = node.args[position : position + 1] + [k.value for k in node.keywords if k.arg == keyword]
            self._check_args(node, name, shown)
        elif isinstance(node.func, ast.Name) and name in VISIBLE_CONSTRUCTORS:
            self._check_args(node, name, args)
        elif isinstance(node.func, ast.Attribute) and name in DATA_AFTER:
            # addItem(text, data), addItem(icon, text, data), insertItem(i, text, data): data is no text
            shown = node.args[: DATA_AFTER[name] + (0 if _is_text(node.args[0:1]) else 1)]
            self._check_args(node, name, shown)
        elif isinstance(node.func, ast.Attribute) and name in VISIBLE_METHODS:
            self._check_args(node, name, args)
        self.generic_visit(node)

    def _check_args(self, node: ast.Call, name: str, args: list[ast.expr]) -> None:
        for arg in args:
            text = raw_text(arg)
            if text:
                self._add(node, f"{name}() shows untranslated {text!r}")

    def _check_translate_call(self, node: ast.Call, name: str) -> None:
        if name == "translate" or name.startswith("QT_TRANSLATE"):
            if not node.args or not isinstance(node.args[0], ast.Constant):
                self._add(node, f"{name}() without a literal context: lupdate cannot extract it")
            elif len(node.args) > 1 and isinstance(node.args[1], ast.JoinedStr):
                self._add(node, f"{name}() of an f-string: the source text changes at run time")
        elif name == "tr" and _is_translate_call(node):
            if node.args and isinstance(node.args[0], ast.JoinedStr):
                self._add(node, "self.tr() of an f-string: the source text changes at run time")
        elif name in ("tr", "_tr", "_", "QT_TR_NOOP") and any(raw_text(a) for a in node.args):
            self._add(node, f"{name}() with a literal: lupdate does not extract it (use translate(ctx, ...))")


def scan_file(path: Path, root: Path) -> list[Finding]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    scanner = _Scanner(str(path.relative_to(root)))
    scanner.visit(tree)
    return scanner.findings


def scan(folder: Path) -> list[Finding]:
    root = folder.parent.parent
    return [f for path in sorted(folder.rglob("*.py")) for f in scan_file(path, root)]


if __name__ == "__main__":
    import sys

    here = Path(__file__).resolve().parents[2]
    found = scan(here / "desktop" / "ui")
    print("\n".join(map(str, found)))
    print(len(found), "findings", file=sys.stderr)
