"""End to end: `python -m retrocoach --start` in a real X server shows a counting window.

Starts its own Xvfb on a free display (``-displayfd`` lets the server pick one), runs the real
app on Qt's xcb platform, and looks at the screen twice with ImageMagick's ``import``: the
window must be there (the picture is not uniform) and the countdown must move between shots.
Missing tools fail the test with the package to install; nothing is skipped.
"""

from __future__ import annotations

import os
import select
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from retrocoach.ui.live.voice import PREPARE_LIMIT
from tests.briefing_flag import mark_briefing_given

ROOT = Path(__file__).resolve().parents[2]
WIDTH, HEIGHT = 1280, 800
#: (program, Debian package) the test needs.
TOOLS = [("Xvfb", "xvfb"), ("import", "imagemagick")]


def require_tools() -> None:
    missing = [f"'{tool}' (package {package})" for tool, package in TOOLS if not shutil.which(tool)]
    if missing:
        packages = " ".join(package for tool, package in TOOLS if not shutil.which(tool))
        pytest.fail(
            f"the end-to-end test needs {', '.join(missing)}: "
            f"run 'apt-get install {packages}' (or 'make test', which installs it as root)"
        )


def start_xvfb(
    log: Path, size: tuple[int, int] = (WIDTH, HEIGHT)
) -> tuple[subprocess.Popen[bytes], str]:
    """A fresh Xvfb of `size` on a display number it picks itself; returns it and ':N'."""
    read_end, write_end = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write_end), "-screen", "0", f"{size[0]}x{size[1]}x24",
         "-nolisten", "tcp"],
        pass_fds=(write_end,), stdout=subprocess.DEVNULL, stderr=log.open("wb"),
    )  # fmt: skip
    os.close(write_end)
    number = b""
    deadline = time.monotonic() + 15
    while not number.endswith(b"\n") and time.monotonic() < deadline:
        ready, _, _ = select.select([read_end], [], [], 0.2)
        if ready:
            chunk = os.read(read_end, 16)
            if not chunk:
                break
            number += chunk
    os.close(read_end)
    if not number.strip().isdigit():
        server.kill()
        pytest.fail(f"Xvfb did not start: {log.read_text(errors='replace')[-2000:]}")
    display = number.strip().decode()
    socket = Path(f"/tmp/.X11-unix/X{display}")
    while not socket.exists() and time.monotonic() < deadline:
        time.sleep(0.05)
    assert socket.exists(), f"Xvfb :{display} has no socket {socket}"
    return server, f":{display}"


def screenshot(display: str) -> tuple[int, int, bytes]:
    """The whole screen as (width, height, RGB bytes), via ImageMagick's `import`."""
    result = subprocess.run(
        ["import", "-silent", "-window", "root", "-depth", "8", "ppm:-"],
        env={**os.environ, "DISPLAY": display}, capture_output=True, timeout=20,
    )  # fmt: skip
    assert result.returncode == 0, f"import failed: {result.stderr.decode(errors='replace')}"
    return parse_ppm(result.stdout)


def parse_ppm(data: bytes) -> tuple[int, int, bytes]:
    fields: list[bytes] = []
    position = 0
    while len(fields) < 4:  # magic, width, height, maxval
        while data[position : position + 1].isspace():
            position += 1
        end = position
        while not data[end : end + 1].isspace():
            end += 1
        fields.append(data[position:end])
        position = end
    assert fields[0] == b"P6" and fields[3] == b"255", f"not an 8-bit PPM: {fields}"
    width, height = int(fields[1]), int(fields[2])
    pixels = data[position + 1 : position + 1 + width * height * 3]
    assert len(pixels) == width * height * 3
    return width, height, pixels


def distinct_colours(pixels: bytes, step: int = 97) -> int:
    return len({pixels[i : i + 3] for i in range(0, len(pixels) - 2, 3 * step)})


def changed_rows(first: bytes, second: bytes, width: int) -> list[int]:
    row = width * 3
    return [y for y in range(len(first) // row) if first[y * row : (y + 1) * row]
            != second[y * row : (y + 1) * row]]  # fmt: skip


def stop(process: subprocess.Popen[bytes]) -> None:
    if process.poll() is None:
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=5)


@pytest.mark.e2e
def test_the_real_app_shows_a_window_whose_countdown_moves(tmp_path: Path) -> None:
    require_tools()
    server, display = start_xvfb(tmp_path / "xvfb.log")
    app: subprocess.Popen[bytes] | None = None
    app_log = tmp_path / "app.log"
    try:
        env = {k: v for k, v in os.environ.items() if not k.startswith("QT_")}
        env.update(DISPLAY=display, QT_QPA_PLATFORM="xcb", RETROCOACH_HOME=str(tmp_path / "home"))
        mark_briefing_given(tmp_path / "home")  # the briefing has its own test
        app = subprocess.Popen(
            [sys.executable, "-m", "retrocoach", "--start"],
            cwd=ROOT, env=env, stdout=app_log.open("wb"), stderr=subprocess.STDOUT,
        )  # fmt: skip

        def app_output() -> str:
            return app_log.read_text(errors="replace")[-3000:]

        deadline = time.monotonic() + 30
        while True:  # until the window is painted (a black, uniform root before that)
            assert app.poll() is None, f"the app exited with {app.returncode}:\n{app_output()}"
            width, height, first = screenshot(display)
            if distinct_colours(first) >= 5:
                break
            assert time.monotonic() < deadline, f"no window appeared in 30 s:\n{app_output()}"
            time.sleep(0.3)
        assert (width, height) == (WIDTH, HEIGHT)
        # --start waits until the voice is ready and the cues are placed with their rendered
        # lengths (at most PREPARE_LIMIT); by 1.3 s after that the countdown has moved
        deadline = time.monotonic() + PREPARE_LIMIT + 1.3
        while True:
            time.sleep(0.3)
            _, _, second = screenshot(display)
            assert app.poll() is None, f"the app died:\n{app_output()}"
            rows = changed_rows(first, second, width)
            if (rows and max(rows) - min(rows) >= HEIGHT // 10) or time.monotonic() > deadline:
                break
        assert rows, "the screen did not change: the countdown is not counting"
        assert max(rows) - min(rows) >= HEIGHT // 10, f"only rows {min(rows)}-{max(rows)} changed"
        assert "Traceback" not in app_output(), app_output()
    finally:
        if app is not None:
            stop(app)
        stop(server)
