"""A real read-only folder for tests that run as root (root ignores permissions): the
folder is bind-mounted onto itself and the bind remounted read-only, then unmounted."""

from __future__ import annotations

import contextlib
import os
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest


def _mount(*args: str) -> None:
    result = subprocess.run(["mount", *args], capture_output=True, text=True, timeout=30)
    if result.returncode != 0:
        pytest.fail(f"mount {' '.join(args)} failed (these tests need root): {result.stderr}")


@contextlib.contextmanager
def read_only_mount(folder: Path) -> Iterator[Path]:
    """`folder` read-only for the ``with`` block (writes fail with EROFS, even for root)."""
    if os.geteuid() != 0:
        pytest.fail("a read-only mount needs root (run the tests as root, as CI does)")
    folder.mkdir(parents=True, exist_ok=True)
    _mount("--bind", str(folder), str(folder))
    try:
        _mount("-o", "remount,bind,ro", str(folder))
        yield folder
    finally:
        subprocess.run(["umount", str(folder)], capture_output=True, timeout=30, check=True)
