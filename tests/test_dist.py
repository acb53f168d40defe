"""The self-contained build (``make dist``, PyInstaller) runs without Python's venv: ``plan
--json`` works and the window opens in a real X server, from a copy of the build in a
folder of its own, with a bare PATH and HOME. Marked slow: the default run (``make test``)
leaves it out; ``make test-dist`` runs it (a build takes a few minutes).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import time
from pathlib import Path

import pytest

from retrocoach.core.languages import LANGUAGES
from tests.e2e.test_app_xvfb import distinct_colours, require_tools, screenshot, start_xvfb, stop

ROOT = Path(__file__).resolve().parent.parent
BUILT = ROOT / "dist" / "retrocoach"

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def program(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """`make dist`, then the build copied where no venv is near."""
    make = subprocess.run(["make", "dist"], cwd=ROOT, capture_output=True, text=True, timeout=1800)
    assert make.returncode == 0, make.stdout[-3000:] + make.stderr[-3000:]
    copy = tmp_path_factory.mktemp("installed") / "retrocoach"
    shutil.copytree(BUILT, copy, symlinks=True)
    return copy / "retrocoach"


def bare_env(home: Path, **extra: str) -> dict[str, str]:
    """No venv, no Python paths: what a user's desktop gives a program it starts."""
    env = {"PATH": "/usr/bin:/bin", "HOME": str(home), "RETROCOACH_HOME": str(home / "rc")}
    for name in ("LANG", "XDG_RUNTIME_DIR"):
        if name in os.environ:
            env[name] = os.environ[name]
    return {**env, **extra}


def test_plan_json_runs_without_the_venv(program: Path, tmp_path: Path) -> None:
    result = subprocess.run(
        [str(program), "plan", "--workout", "week-3", "--rounds", "2", "--json"],
        cwd=tmp_path, env=bare_env(tmp_path), capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    plan = json.loads(result.stdout)
    assert plan["workout"] == "week-3" and plan["rounds"] == 2 and plan["cues"]
    assert str(ROOT / ".venv") not in result.stderr


def test_the_window_opens_under_xvfb(program: Path, tmp_path: Path) -> None:
    require_tools()
    server, display = start_xvfb(tmp_path / "xvfb.log")
    log = tmp_path / "app.log"
    env = bare_env(tmp_path, DISPLAY=display, QT_QPA_PLATFORM="xcb")
    app = subprocess.Popen(
        [str(program), "--workout", "beginner", "--start"],
        cwd=tmp_path, env=env, stdout=log.open("wb"), stderr=subprocess.STDOUT,
    )  # fmt: skip
    try:
        deadline = time.monotonic() + 60
        while True:  # until the window is painted (a uniform root before that)
            assert app.poll() is None, f"exited with {app.returncode}:\n{log.read_text()[-3000:]}"
            _width, _height, pixels = screenshot(display)
            if distinct_colours(pixels) >= 5:
                break
            assert time.monotonic() < deadline, f"no window in 60 s:\n{log.read_text()[-3000:]}"
            time.sleep(0.5)
        time.sleep(1.0)
        assert app.poll() is None, log.read_text()[-3000:]
        assert "Traceback" not in log.read_text(errors="replace")
    finally:
        stop(app)
        stop(server)


def test_the_build_carries_every_language(program: Path) -> None:
    shipped = {path.name for path in program.parent.rglob("retrocoach_*.qm")}
    assert shipped >= {f"retrocoach_{language}.qm" for language in LANGUAGES}, shipped
