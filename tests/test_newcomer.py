"""A newcomer's first steps: ``make run`` installs only what the app needs (the test
toolchain is ``make test``'s), and the README says how the commands run after it, how to get
pipx and how a pipx user adds Piper (the hostile trial, issue 17 item 10)."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def dry_run(target: str, venv: Path) -> str:
    make = shutil.which("make")
    if make is None:
        pytest.fail("make is missing: apt-get install make")
    result = subprocess.run(
        [make, "-n", "-C", str(ROOT), target, f"VENV={venv}"],
        capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    return result.stdout


def test_make_run_installs_only_the_app(tmp_path: Path) -> None:
    commands = dry_run("run", tmp_path / "fresh-venv")
    installs = [line for line in commands.splitlines() if "pip install" in line]
    assert any(line.rstrip().endswith("-e .") for line in installs), installs
    assert not any("[test]" in line for line in installs), installs


def test_make_test_adds_the_test_toolchain(tmp_path: Path) -> None:
    commands = dry_run("test", tmp_path / "fresh-venv")
    assert "-e '.[test]'" in commands


def test_the_readme_says_how_to_run_the_commands_after_make_run() -> None:
    readme = (ROOT / "README.md").read_text("utf-8")
    assert ".venv/bin/retrocoach check" in readme
    assert "apt-get install pipx" in readme and "pipx ensurepath" in readme
    assert "pipx inject retrocoach piper-tts" in readme
