"""The package's layers, and the one place that knows where files live, read from the source.

Layers (an arrow points at what may be imported)::

    cli -> ui -> speech -> core
           ui -> storage -> core
           ui -> desktop -> core
                 desktop -> storage (where its files go: ``storage.paths``)

- ``core`` imports nothing of ours; ``storage`` and ``speech`` import ``core`` (and the
  bundled-assets locator ``assets_path``), never each other; ``ui`` imports ``core``,
  ``storage``, ``speech`` and ``desktop`` (the operating system's services, which import
  ``core``, and ``storage`` for where their files go); ``cli`` may import everything. Every
  import counts: at the top, inside a function (the lazy imports) and under ``TYPE_CHECKING``.
- Only ``storage/paths.py`` builds the app's folder and file paths (config, data, cache,
  logs), and only ``assets_path.py`` the paths inside the bundled assets. Anything else asks
  them (``DataPaths.tips_file``, ``assets_path.builtin_tips_file()``).

The source is parsed, not imported, so nothing here depends on what happens to be loaded.
"""

from __future__ import annotations

import ast
from dataclasses import dataclass
from pathlib import Path

import pytest

import retrocoach
from retrocoach.storage.paths import INSTANCE_LOCK_NAME

PACKAGE = Path(retrocoach.__file__).resolve().parent
ROOT = PACKAGE.parent

#: What each part of the package may import of ours (besides itself). ``retrocoach`` (the
#: bare package, which holds only ``__version__``) may be imported from anywhere.
ALLOWED: dict[str, frozenset[str]] = {
    "core": frozenset(),
    "storage": frozenset({"core", "assets_path", "fileguard"}),
    "speech": frozenset({"core", "assets_path", "fileguard"}),
    "desktop": frozenset({"core", "storage", "assets_path", "fileguard"}),
    "ui": frozenset({"core", "storage", "speech", "desktop", "assets_path", "fileguard"}),
    "cli": frozenset({"core", "storage", "speech", "desktop", "ui", "assets_path", "fileguard"}),
    "assets_path": frozenset(),
    "fileguard": frozenset({"core"}),  # the one guard for reading files (storage and speech)
    "__init__": frozenset(),
    "__main__": frozenset({"cli"}),
}

#: The modules that may build the app's paths.
PATH_OWNERS = frozenset({"retrocoach/storage/paths.py", "retrocoach/assets_path.py"})

#: Temporary exceptions to the paths rule, to be emptied: (file, rule) -> why it is still here.
#: An entry that is no longer needed fails `test_the_allow_list_holds_no_stale_entry`.
PATHS_TO_MOVE: dict[tuple[str, str], str] = {}

#: Lasting exceptions: these build a path, but not one of the app's folders.
NOT_APP_FOLDERS: dict[tuple[str, str], str] = {
    # The CSV export dialog suggests ~/retrocoach-history.csv; the user picks the file.
    ("retrocoach/ui/dialogs/history_window.py", "user folder"): "a suggestion in the save dialog",
}

#: Names of the app's folders and files (and of the assets' parts): a string literal starting
#: with one of these, joined onto a path, is a hand-built app path.
APP_PATH_NAMES = frozenset(
    {
        "config",
        "data",
        "cache",
        "logs",
        "log",
        "settings.json",
        "tips.json",
        "workouts",
        "history.jsonl",
        "session-journal.json",
        "speech",
        "retrocoach.log",
        "assets",
        "sounds",
        "tips",
        "en.json",
        "beep.wav",
        "backward.wav",
        "forward.wav",
        ".config",
        ".local",
        ".cache",
        "Library",
        "AppData",
        INSTANCE_LOCK_NAME,
        # The desktop's folders under XDG_DATA_HOME that install-desktop writes into.
        "applications",
        "metainfo",
        "icons",
    }
)
#: Environment variables that say where a user's folders are.
FOLDER_VARIABLES = frozenset(
    {"HOME", "USERPROFILE", "APPDATA", "LOCALAPPDATA", "RETROCOACH_HOME"}
    | {f"XDG_{kind}_HOME" for kind in ("CONFIG", "DATA", "CACHE", "STATE")}
)


@dataclass(frozen=True)
class Finding:
    file: str  # relative to the checkout, with forward slashes
    line: int
    rule: str
    text: str

    def __str__(self) -> str:
        return f"{self.file}:{self.line}: {self.text}"


def part_of(module: str) -> str | None:
    """``retrocoach.storage.paths`` -> ``storage``; None for a module that is not ours."""
    names = module.split(".")
    if names[0] != "retrocoach":
        return None
    return names[1] if len(names) > 1 else "__init__"


def module_name(file: Path, root: Path) -> str:
    parts = list(file.relative_to(root).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imported_modules(tree: ast.AST, module: str, is_package: bool) -> list[tuple[int, str]]:
    """(line, absolute module name) of every import in `tree`, relative ones resolved."""
    found: list[tuple[int, str]] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                package = module.split(".") if is_package else module.split(".")[:-1]
                package = package[: len(package) - (node.level - 1)]
                base = ".".join([*package, base] if base else package)
            if base == "retrocoach":  # `from retrocoach import cli` imports retrocoach.cli
                found += [
                    (node.lineno, f"retrocoach.{alias.name}" if alias.name in ALLOWED else base)
                    for alias in node.names
                ]
            else:
                found.append((node.lineno, base))
    return found


def layer_findings(root: Path) -> list[Finding]:
    """Every import of ours that crosses the layers, in the package under `root`."""
    findings: list[Finding] = []
    for file in sorted((root / "retrocoach").rglob("*.py")):
        module = module_name(file, root)
        own = part_of(module)
        assert own is not None
        allowed = ALLOWED.get(own)
        relative = file.relative_to(root).as_posix()
        tree = ast.parse(file.read_text("utf-8"), str(file))
        for line, imported in imported_modules(tree, module, file.name == "__init__.py"):
            other = part_of(imported)
            if other is None or other == own or imported == "retrocoach":
                continue
            if allowed is None:
                text = f"{own} is in no layer: add it to ALLOWED in tests/test_layering.py"
                findings.append(Finding(relative, line, "layer", text))
            elif other not in allowed:
                may = ", ".join(sorted(allowed)) or "nothing of ours"
                text = f"{own} imports {imported} ({own} may import {may})"
                findings.append(Finding(relative, line, "layer", text))
    return findings


def _string(node: ast.AST) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def _first_name(text: str) -> str:
    """``~/.config/x`` -> ``.config``: the first part that names something."""
    parts = [part for part in text.replace("\\", "/").split("/") if part not in ("", ".", "~")]
    return parts[0] if parts else ""


def _dotted(node: ast.AST) -> str:
    """``os.path.expanduser`` for that attribute chain; ``?`` stands for any other part."""
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return f"{_dotted(node.value)}.{node.attr}"
    return "?"


def path_findings_in(tree: ast.AST, relative: str) -> list[Finding]:
    """Where the module builds one of the app's paths itself, by rule."""
    findings: list[Finding] = []

    def add(node: ast.expr | ast.stmt, rule: str, text: str) -> None:
        findings.append(Finding(relative, node.lineno, rule, text))

    # A module's string constants (``LOCK = "retrocoach.lock"``): joined, they count as the text.
    constants = {
        target.id: value
        for node in ast.walk(tree)
        if isinstance(node, ast.Assign) and (value := _string(node.value)) is not None
        for target in node.targets
        if isinstance(target, ast.Name)
    }

    def joined_text(node: ast.expr) -> str | None:
        return constants.get(node.id) if isinstance(node, ast.Name) else _string(node)

    for node in ast.walk(tree):
        if isinstance(node, ast.Import | ast.ImportFrom):
            names = [alias.name for alias in node.names]
            modules = [node.module or ""] if isinstance(node, ast.ImportFrom) else names
            if any(name.split(".")[0] == "platformdirs" for name in modules):
                add(node, "platformdirs", "imports platformdirs (only storage/paths.py may)")
            if "assets_dir" in names:
                add(node, "assets_dir", "imports assets_dir to build a path inside the assets")
        elif isinstance(node, ast.Name) and node.id == "assets_dir":
            add(node, "assets_dir", "uses assets_dir() to build a path inside the assets")
        elif isinstance(node, ast.BinOp) and isinstance(node.op, ast.Div):
            text = joined_text(node.right)
            if text is not None and _first_name(text) in APP_PATH_NAMES:
                add(node, "app file name", f'joins "{text}" onto a path by hand')
        elif isinstance(node, ast.Call):
            called = _dotted(node.func)
            last = called.rsplit(".", 1)[-1]
            strings = [s for s in map(_string, node.args) if s is not None]
            if (
                called.endswith("Path.home")
                or last in ("expanduser", "expandvars")
                or "QStandardPaths" in called
            ):
                add(node, "user folder", f"finds the user's folders itself ({called}())")
            elif last in ("Path", "PurePath", "joinpath", "join") and any(
                _first_name(s) in APP_PATH_NAMES for s in strings
            ):
                add(node, "app file name", f"builds a path from {strings!r} by hand")
            elif called in ("os.getenv", "os.environ.get", "environ.get", "getenv") and any(
                s in FOLDER_VARIABLES for s in strings
            ):
                add(node, "user folder", f"reads {strings[0]} to find a folder")
        elif isinstance(node, ast.Subscript) and _dotted(node.value).endswith("environ"):
            key = _string(node.slice)
            if key in FOLDER_VARIABLES:
                add(node, "user folder", f"reads {key} to find a folder")
    return findings


def path_findings(root: Path) -> list[Finding]:
    findings: list[Finding] = []
    for file in sorted((root / "retrocoach").rglob("*.py")):
        relative = file.relative_to(root).as_posix()
        if relative not in PATH_OWNERS:
            tree = ast.parse(file.read_text("utf-8"), str(file))
            findings += path_findings_in(tree, relative)
    return findings


# --- the rules, on this checkout ------------------------------------------------------------


def test_every_import_respects_the_layers() -> None:
    findings = layer_findings(ROOT)
    assert not findings, "imports across the layers:\n" + "\n".join(map(str, findings))


def test_only_paths_and_assets_path_build_the_apps_paths() -> None:
    allowed = PATHS_TO_MOVE.keys() | NOT_APP_FOLDERS.keys()
    findings = [f for f in path_findings(ROOT) if (f.file, f.rule) not in allowed]
    assert not findings, (
        "only retrocoach/storage/paths.py (the app's folders) and retrocoach/assets_path.py "
        "(the bundled assets) may build paths; ask them instead:\n" + "\n".join(map(str, findings))
    )


def test_the_allow_list_holds_no_stale_entry() -> None:
    found = {(f.file, f.rule) for f in path_findings(ROOT)}
    stale = sorted(set(PATHS_TO_MOVE) - found) + sorted(set(NOT_APP_FOLDERS) - found)
    assert not stale, f"no longer needed, remove from tests/test_layering.py: {stale}"


def test_the_walk_sees_the_whole_package() -> None:
    parts = {part_of(module_name(file, ROOT)) for file in (ROOT / "retrocoach").rglob("*.py")}
    assert parts == set(ALLOWED), "a new part of the package needs its layer in ALLOWED"


# --- the checks would notice a breach ---------------------------------------------------------


def _tree(tmp_path: Path, files: dict[str, str]) -> Path:
    for name, text in files.items():
        file = tmp_path / name
        file.parent.mkdir(parents=True, exist_ok=True)
        file.write_text(text, "utf-8")
    return tmp_path


@pytest.mark.parametrize(
    ("file", "source", "expected"),
    [
        ("retrocoach/core/a.py", "from retrocoach.storage.paths import DataPaths\n", "core"),
        ("retrocoach/core/a.py", "from ..ui import app\n", "retrocoach.ui"),
        ("retrocoach/storage/a.py", "import retrocoach.speech.cache\n", "storage imports"),
        ("retrocoach/speech/a.py", "from retrocoach import storage\n", "retrocoach.storage"),
        ("retrocoach/speech/a.py", "def f():\n    from retrocoach.ui import voice\n", "speech"),
        (
            "retrocoach/ui/a.py",
            "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n"
            "    from retrocoach.cli import common\n",
            "ui imports retrocoach.cli ",
        ),
        ("retrocoach/assets_path.py", "from retrocoach.core import tips\n", "assets_path"),
        ("retrocoach/plugins/a.py", "from retrocoach.core import tips\n", "in no layer"),
    ],
)
def test_a_crossing_import_is_found(tmp_path: Path, file: str, source: str, expected: str) -> None:
    root = _tree(tmp_path, {"retrocoach/__init__.py": "", file: source})
    findings = layer_findings(root)
    assert len(findings) == 1 and expected in str(findings[0]), findings


def test_allowed_imports_are_not_findings(tmp_path: Path) -> None:
    root = _tree(
        tmp_path,
        {
            "retrocoach/__init__.py": "",
            "retrocoach/core/a.py": "from retrocoach.core import b\nfrom . import b\n",
            "retrocoach/storage/a.py": "from retrocoach.core import b\nimport json\n",
            "retrocoach/speech/a.py": "import retrocoach\nfrom retrocoach.assets_path import x\n",
            "retrocoach/ui/a.py": "from retrocoach import core, speech, storage\n",
            "retrocoach/cli/a.py": "from retrocoach.ui import app\nfrom ..storage import s\n",
        },
    )
    assert layer_findings(root) == []


@pytest.mark.parametrize(
    ("source", "rule"),
    [
        ("import platformdirs\n", "platformdirs"),
        ("from platformdirs import user_config_dir\n", "platformdirs"),
        ("from retrocoach.assets_path import assets_dir\n", "assets_dir"),
        ("p = paths.config_dir / 'tips.json'\n", "app file name"),
        ("p = base / 'workouts/x.json'\n", "app file name"),
        ("p = Path('~/.config/retrocoach')\n", "app file name"),
        ("p = os.path.join(root, 'cache', 'speech')\n", "app file name"),
        ("p = Path.home()\n", "user folder"),
        ("p = pathlib.Path.home()\n", "user folder"),
        ("p = Path('~/x').expanduser()\n", "user folder"),
        ("p = os.environ['XDG_CONFIG_HOME']\n", "user folder"),
        ("p = os.environ.get('RETROCOACH_HOME', '')\n", "user folder"),
        ("p = os.getenv('HOME')\n", "user folder"),
        ("LOCK = 'retrocoach.lock'\np = data_dir / LOCK\n", "app file name"),
        ("p = home / 'applications' / 'x.desktop'\n", "app file name"),
        (
            "p = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DataLocation)\n",
            "user folder",
        ),
    ],
)
def test_a_hand_built_path_is_found(source: str, rule: str) -> None:
    findings = path_findings_in(ast.parse(source), "retrocoach/x.py")
    assert [f.rule for f in findings] == [rule], findings


def test_ordinary_paths_are_not_findings() -> None:
    source = (
        "p = Path(folder) / 'probe.wav'\n"
        "q = paths.tips_file\n"
        "r = Path(args.file)\n"
        "e = os.environ.get('RETROCOACH_SPEECH_ENGINE')\n"
        "s = ', '.join(['config', 'data'])\n"
    )
    assert path_findings_in(ast.parse(source), "retrocoach/x.py") == []


def test_the_owners_may_build_paths(tmp_path: Path) -> None:
    root = _tree(
        tmp_path,
        {
            "retrocoach/storage/paths.py": "import platformdirs\np = home / 'config'\n",
            "retrocoach/assets_path.py": "def assets_dir(): ...\nt = assets_dir() / 'tips'\n",
            "retrocoach/speech/player.py": "b = assets_dir() / 'sounds' / 'beep.wav'\n",
        },
    )
    assert {(f.file, f.rule) for f in path_findings(root)} == {
        ("retrocoach/speech/player.py", "assets_dir"),
        ("retrocoach/speech/player.py", "app file name"),
    }


def test_the_asset_locators_find_the_bundled_files() -> None:
    from retrocoach.assets_path import beep_file, builtin_tips_file, builtin_workouts_dir

    assert builtin_tips_file().is_file()
    assert (builtin_workouts_dir() / "beginner.json").is_file()
    assert beep_file().is_file()
