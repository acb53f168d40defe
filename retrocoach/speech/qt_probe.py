"""Qt, probed in a child process (``python -m retrocoach.speech.check --qt-probe gui|audio``):
a Qt platform plugin that cannot load aborts the whole process, and ``retrocoach check`` must
survive that to print the fix.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from typing import Any

from retrocoach.core.problem import QT_TRANSLATE_NOOP, Problem, Text
from retrocoach.speech.errors import SpeechError, speech_text
from retrocoach.speech.hints import audio_fix
from retrocoach.speech.process import worker_environment

QT_PROBE_TIMEOUT = 20.0
#: What a stock Debian/Ubuntu lacks for Qt's xcb platform (see scripts/system-deps.sh).
XCB_PACKAGES = (
    "libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0 "
    "libxcb-shape0 libxcb-randr0 libxcb-xfixes0 libxcb-xkb1 libxkbcommon-x11-0"
)


def _qt_probe(what: str) -> dict[str, Any]:
    """Runs in the child: the platform plugin ("gui") or the audio outputs ("audio")."""
    if what == "gui":
        from PySide6.QtGui import QGuiApplication

        app = QGuiApplication(sys.argv[:1])
        return {"platform": app.platformName()}
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtMultimedia import QMediaDevices

    core = QCoreApplication(sys.argv[:1])  # no platform plugin needed to list devices
    default = QMediaDevices.defaultAudioOutput()
    result = {
        "outputs": [device.description() for device in QMediaDevices.audioOutputs()],
        "default_output": None if default.isNull() else default.description(),
    }
    del core
    return result


def qt_report(what: str, timeout: float = QT_PROBE_TIMEOUT) -> dict[str, Any]:
    """The result of ``--qt-probe gui`` or ``--qt-probe audio`` in a child; raises
    SpeechError (the reason, and the fix for `what`) when Qt fails there."""
    fix = platform_fix() if what == "gui" else audio_probe_fix()
    try:
        done = subprocess.run(
            [sys.executable, "-m", "retrocoach.speech.check", "--qt-probe", what],
            capture_output=True,
            timeout=timeout,
            env=worker_environment(),
            check=False,
        )
    except subprocess.TimeoutExpired as error:
        raise SpeechError(
            Problem(
                speech_text(
                    QT_TRANSLATE_NOOP("speech", "Qt did not start within {seconds} s"),
                    seconds=f"{timeout:.0f}",
                ),
                fix=fix,
            )
        ) from error
    for line in reversed(done.stdout.decode("utf-8", "replace").splitlines()):
        if line.startswith("{"):
            result: dict[str, Any] = json.loads(line)
            return result
    errors = [line.strip() for line in done.stderr.decode("utf-8", "replace").splitlines()]
    telling = [line for line in errors if "could not" in line.lower()]
    if telling:
        reason = "; ".join(telling[:2])[:300]
    else:
        reason = ([line for line in errors if line] or [f"exit code {done.returncode}"])[-1][:300]
    raise SpeechError(
        Problem(speech_text(QT_TRANSLATE_NOOP("speech", "{reason}"), reason=reason), fix=fix)
    )


def platform_fix() -> Text:
    """What to do when Qt's platform plugin cannot start here."""
    if sys.platform.startswith("linux"):
        if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
            return speech_text(
                QT_TRANSLATE_NOOP(
                    "speech",
                    "no display: run it in a desktop session (DISPLAY or WAYLAND_DISPLAY is "
                    "unset), or set QT_QPA_PLATFORM=offscreen for a headless check",
                ),
            )
        return speech_text(
            QT_TRANSLATE_NOOP(
                "speech",
                "sudo apt-get install {packages} (QT_DEBUG_PLUGINS=1 shows which library is "
                "missing)",
            ),
            packages=XCB_PACKAGES,
        )
    return speech_text(
        QT_TRANSLATE_NOOP(
            "speech", "reinstall retrocoach (pip install --force-reinstall PySide6-Essentials)"
        ),
    )


def audio_probe_fix() -> Text:
    """What to do when Qt Multimedia cannot list the audio outputs."""
    return speech_text(
        QT_TRANSLATE_NOOP(
            "speech",
            "reinstall Qt ({python} -m pip install --force-reinstall PySide6-Essentials), "
            "then {audio_fix}",
        ),
        python=sys.executable,
        audio_fix=audio_fix(),
    )


def main(what: str) -> int:
    """The child's side: print the probe's result as one JSON line."""
    print(json.dumps(_qt_probe(what)), flush=True)
    return 0
