"""Code run as another, unprivileged user, for tests that run as root (root ignores
permissions): a forked child drops to ``nobody`` and runs it, in this same program.

Forked, not a new Python started as ``nobody``: the test's interpreter may live where
``nobody`` cannot run it (a venv made from a Python under ``/root``)."""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

NOBODY = 65534


def as_nobody(function: Callable[[], str]) -> str:
    """`function`'s text, run in a forked child as uid/gid 65534 without extra groups."""
    if os.geteuid() != 0:
        pytest.fail("running as another user needs root (run the tests as root, as CI does)")
    reader, writer = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: never back into pytest
        status = 1
        try:
            os.close(reader)
            os.setgroups([])
            os.setgid(NOBODY)
            os.setuid(NOBODY)
            with os.fdopen(writer, "w", encoding="utf-8") as out:
                out.write(function())
            status = 0
        except BaseException as error:  # said to the parent, which fails the test
            os.write(2, f"as_nobody: {error!r}\n".encode())
        finally:
            os._exit(status)
    os.close(writer)
    with os.fdopen(reader, encoding="utf-8") as out:
        text = out.read()
    _pid, status = os.waitpid(pid, 0)
    assert os.waitstatus_to_exitcode(status) == 0, "the child as nobody failed (see stderr)"
    return text


@contextmanager
def folder_nobody_can_reach() -> Iterator[Path]:
    """A new folder in the system's temporary folder (pytest's tmp_path is private to root:
    nobody could not look inside), owned by root, mode 755; removed afterwards."""
    folder = Path(tempfile.mkdtemp(prefix="retrocoach-other-user-"))
    try:
        folder.chmod(0o755)
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)
