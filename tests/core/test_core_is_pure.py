"""retrocoach.core stays pure: importing any of its modules pulls in no Qt, speech or paths.

Each module is imported in a fresh interpreter, so a module imported earlier by another test
(or by pytest-qt) cannot hide or fake a leak.
"""

from __future__ import annotations

import json
import os
import pkgutil
import subprocess
import sys
from pathlib import Path

import pytest

import retrocoach.core

FORBIDDEN = ("PySide6", "pyttsx3", "platformdirs")
ROOT = Path(retrocoach.core.__file__).resolve().parents[2]
MODULES = [
    "retrocoach.core",
    *sorted(
        info.name
        for info in pkgutil.walk_packages(retrocoach.core.__path__, prefix="retrocoach.core.")
    ),
]

PROBE = """
import importlib, json, sys
importlib.import_module(sys.argv[1])
forbidden = tuple(sys.argv[2:])
leaked = sorted(m for m in sys.modules if m.split(".")[0] in forbidden)
print(json.dumps(leaked))
"""


def test_the_walk_finds_the_core_modules() -> None:
    assert {"retrocoach.core.workout", "retrocoach.core.session"} <= set(MODULES)
    assert {"retrocoach.core.energy", "retrocoach.core.progression"} <= set(MODULES)


@pytest.mark.parametrize("module", MODULES)
def test_importing_a_core_module_loads_no_qt_speech_or_platformdirs(module: str) -> None:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
    result = subprocess.run(
        [sys.executable, "-c", PROBE, module, *FORBIDDEN],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, f"importing {module} failed:\n{result.stderr}"
    leaked = json.loads(result.stdout.strip().splitlines()[-1])
    assert leaked == [], f"importing {module} loaded {', '.join(leaked)}"


def test_the_probe_would_notice_a_leak() -> None:
    # the same probe on a module known to import platformdirs must report it
    result = subprocess.run(
        [sys.executable, "-c", PROBE, "platformdirs", *FORBIDDEN],
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    assert "platformdirs" in json.loads(result.stdout.strip().splitlines()[-1])
