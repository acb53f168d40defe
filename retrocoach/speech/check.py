"""``retrocoach check``, ``voices`` and ``say``: what works here, and the fix when not.

Qt is probed in a child process (``python -m retrocoach.speech.check --qt-probe``): a Qt
platform plugin that cannot load aborts the whole process, and the caller of
:func:`run_check` must survive that to print the fix.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from retrocoach.speech.cache import DEFAULT_RATE
from retrocoach.speech.engine import (
    START_TIMEOUT,
    EngineUnavailable,
    RenderError,
    RenderProcess,
    SpeechError,
    list_voices,
    probe,
    worker_environment,
)
from retrocoach.speech.engines.choice import (
    Resolved,
    engine_problem,
    installed_choices,
    resolve,
)
from retrocoach.speech.hints import NO_AUDIO_MESSAGE, audio_fix, install_hint

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


def qt_report(what: str, timeout: float = QT_PROBE_TIMEOUT) -> tuple[dict[str, Any] | None, str]:
    """(probe result, error text) of ``--qt-probe gui`` or ``--qt-probe audio`` in a child."""
    try:
        done = subprocess.run(
            [sys.executable, "-m", "retrocoach.speech.check", "--qt-probe", what],
            capture_output=True,
            timeout=timeout,
            env=worker_environment(),
            check=False,
        )
    except subprocess.TimeoutExpired:
        return None, f"Qt did not start within {timeout:.0f} s"
    for line in reversed(done.stdout.decode("utf-8", "replace").splitlines()):
        if line.startswith("{"):
            result: dict[str, Any] = json.loads(line)
            return result, ""
    errors = [line.strip() for line in done.stderr.decode("utf-8", "replace").splitlines()]
    telling = [line for line in errors if "could not" in line.lower()]
    if telling:
        return None, "; ".join(telling[:2])[:300]
    return None, ([line for line in errors if line] or [f"exit code {done.returncode}"])[-1][:300]


def _platform_fix() -> str:
    if sys.platform.startswith("linux"):
        if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
            return (
                "no display: run it in a desktop session (DISPLAY or WAYLAND_DISPLAY is unset), "
                "or set QT_QPA_PLATFORM=offscreen for a headless check"
            )
        return (
            f"sudo apt-get install {XCB_PACKAGES} (QT_DEBUG_PLUGINS=1 shows which library is "
            "missing)"
        )
    return "reinstall retrocoach (pip install --force-reinstall PySide6-Essentials)"


def ok_line(what: str, detail: str) -> str:
    return f"ok       {what}: {detail}"


def missing_line(what: str, problem: str, fix: str) -> str:
    """A ``MISSING`` line: what, the problem, and always the fix at the end."""
    assert fix.strip(), f"a MISSING line needs a fix: {what}"
    return f"MISSING  {what}: {problem.rstrip('. ')}. Fix: {fix}"


def voice_fix() -> str:
    return (
        'choose an installed voice in the app\'s settings (Ctrl+,), or remove "voice" from '
        "settings.json to use the default; `retrocoach voices` lists the installed voices"
    )


def _voice_lines(
    engine_factory: str | None, resolved: Resolved, voice_dirs: tuple[Path, ...]
) -> tuple[bool, list[str]]:
    """The engine's installed voices, and whether the voice in use is one of them."""
    choice = resolved.choice
    try:
        voices = list_voices(engine_factory, backend=choice.engine, voice_dirs=voice_dirs)
    except EngineUnavailable as error:
        return False, [missing_line("voices", error.reason, error.fix or install_hint())]
    except SpeechError as error:
        return False, [missing_line("voices", str(error), install_hint())]
    english = [v for v in voices if any(lang.startswith("en") for lang in v.languages)]
    lines = [
        ok_line(
            "voices",
            f"{choice.engine}: {len(voices)} installed ({len(english)} English); "
            "`retrocoach voices` lists every engine's",
        )
    ]
    if resolved.problem:
        problem = f"the voice chosen in your settings cannot speak: {resolved.problem}"
        return False, [*lines, missing_line("voice", problem, voice_fix())]
    how = "picked by Auto" if resolved.auto else "from your settings"
    voice = choice.voice
    if voice is None or choice.engine == "piper":
        lines.append(ok_line("voice", f"{choice.describe()}, {how}"))
        return True, lines
    if not any(voice in (v.id, v.name) for v in voices) and "+" not in voice:
        problem = (
            f"{voice!r}, chosen in your settings, is not installed, so cues are shown as "
            "captions only"
        )
        return False, [*lines, missing_line("voice", problem, voice_fix())]
    lines.append(ok_line("voice", f"{choice.describe()}, {how}, is installed"))
    return True, lines


def better_lines(resolved: Resolved, voice_dirs: tuple[Path, ...]) -> list[str]:
    """``hint`` lines: a clearer installed voice than the one in use, and Piper if absent."""
    lines = []
    best = installed_choices(voice_dirs)
    if best and best[0] != resolved.choice:
        lines.append(
            f"hint     better voice: {best[0].describe()} is clearer (benchmarks/README.md, "
            f"intelligibility); choose it in Settings or set the voice to Auto"
        )
    if engine_problem("flite") is not None:
        lines.append(f"hint     better voice: {engine_problem('flite')}")
    if engine_problem("piper") is None and not any(c.engine == "piper" for c in best):
        lines.append(
            "hint     natural voice: Piper is installed but has no voice; put a .onnx + "
            f".onnx.json pair in {', '.join(map(str, voice_dirs))} (README: Voices)"
        )
    elif engine_problem("piper") is not None:
        lines.append(
            "hint     natural voice: Piper, "
            f"{engine_problem('piper')}, then a voice in {', '.join(map(str, voice_dirs))} "
            "(README: Voices)"
        )
    return lines


def _audio_probe_fix() -> str:
    return (
        f"reinstall Qt ({sys.executable} -m pip install --force-reinstall "
        f"PySide6-Essentials), then {audio_fix()}"
    )


def run_check(
    engine_factory: str | None = None,
    voice: str | None = None,
    voice_dirs: tuple[Path, ...] = (),
) -> tuple[bool, list[str]]:
    """Speech engine and voice in use (for the voice spec `voice`), a better voice if one
    is installed, Qt platform, audio outputs.

    Returns (all fine, report lines). A line starting with ``ok`` is fine; a ``MISSING``
    line names the problem and ends with the fix (:func:`missing_line`); a ``hint`` line
    says what would be better (a clearer installed voice, Piper) and changes nothing.
    """
    lines: list[str] = []
    ok = True
    resolved = resolve(voice, voice_dirs, engine_factory)
    choice = resolved.choice
    result = probe(
        engine_factory,
        backend=choice.engine,
        voice=choice.voice if choice.engine == "piper" else None,
        voice_dirs=voice_dirs,
    )
    if result.ok:
        lines.append(ok_line(f"speech engine {result.engine}", result.message))
        voices_ok, voice_lines = _voice_lines(engine_factory, resolved, voice_dirs)
        ok = ok and voices_ok
        lines += voice_lines
        lines += better_lines(resolved, voice_dirs)
    else:
        ok = False
        lines.append(missing_line("speech engine", result.message, result.fix or install_hint()))
        lines.append("         (the app still runs: cues are shown as captions)")
    gui, gui_error = qt_report("gui")
    if gui is None:
        ok = False
        lines.append(missing_line("Qt platform", gui_error, _platform_fix()))
    else:
        lines.append(ok_line("Qt platform", gui["platform"]))
    audio, audio_error = qt_report("audio")
    outputs: list[str] = audio["outputs"] if audio is not None else []
    if audio is None:
        ok = False
        problem = f"Qt Multimedia failed ({audio_error})"
        lines.append(missing_line("audio outputs", problem, _audio_probe_fix()))
    elif outputs:
        default = audio.get("default_output") or outputs[0]
        lines.append(ok_line("audio outputs", f"{', '.join(outputs)} (default: {default})"))
    else:
        ok = False
        lines.append(missing_line("audio outputs", "none", audio_fix()))
        lines.append(f"         ({NO_AUDIO_MESSAGE})")
    return ok, lines


def folder_fix(folder: Path) -> str:
    """How to make `folder` usable, from what is in its way (see DataPaths.folder_problem)."""
    elsewhere = "or set RETROCOACH_HOME to a folder you can write to"
    probe_path = folder
    while not probe_path.exists():
        if probe_path.parent == probe_path:
            return f"set RETROCOACH_HOME to a folder you can write to (nothing of {folder} exists)"
        probe_path = probe_path.parent
    if not probe_path.is_dir():
        return f"move the file {probe_path} away (a folder belongs there), {elsewhere}"
    if not os.access(probe_path, os.W_OK | os.X_OK):
        return f"make {probe_path} writable for you (chmod u+rwx {probe_path}), {elsewhere}"
    return f"check {folder} and its parent folders, {elsewhere}"


def folder_line(label: str, folder: Path, problem: str | None) -> str:
    """The ``check`` line of one data folder; `problem` is DataPaths.folder_problem's."""
    what = f"{label.lower()} folder"
    if problem is None:
        return ok_line(what, str(folder))
    return missing_line(what, problem, folder_fix(folder))


def say(
    text: str,
    voice: str | None = None,
    rate: int = DEFAULT_RATE,
    to_file: Path | None = None,
    engine_factory: str | None = None,
) -> Path | None:
    """Synthesise `text` to `to_file`, or speak it now through Qt; raises SpeechError.

    Returns `to_file` when writing a file, None after speaking.
    """
    with RenderProcess(engine_factory, start_timeout=START_TIMEOUT) as process:
        if to_file is not None:
            return process.render(text, Path(to_file), voice, rate)
        with tempfile.TemporaryDirectory(prefix="retrocoach-say-") as folder:
            path = process.render(text, Path(folder) / "say.wav", voice, rate)
            play_file(path)
    return None


def play_file(path: Path) -> None:
    """Play a WAV through the app's audio stream in a small event loop; returns when it has
    been heard to the end."""
    from PySide6.QtCore import QCoreApplication, QEventLoop, QTimer

    from retrocoach.speech.audio_out import VOICE, AudioOut
    from retrocoach.speech.clips import load_clip

    clip = load_clip(path)
    if clip is None:
        raise RenderError(f"{path} is not a playable WAV file")
    app = QCoreApplication.instance() or QCoreApplication(sys.argv[:1])
    out = AudioOut()
    if not out.available:
        raise SpeechError(f"no audio output device. Fix: {audio_fix()}")
    loop = QEventLoop()
    heard: list[int] = []

    def on_finished(_channel: str, token: int) -> None:
        heard.append(token)
        loop.quit()

    out.finished.connect(on_finished)
    out.play(VOICE, clip, 1)
    QTimer.singleShot(round((clip.seconds + 5.0) * 1000), loop.quit)  # never hang
    started = time.monotonic()
    interrupted: list[int] = []

    def on_sigint(signum: int, _frame: object) -> None:
        # Raising KeyboardInterrupt here would surface inside a Qt slot (a traceback, and
        # the sound plays on): end the loop instead, and raise once it has returned.
        interrupted.append(signum)
        loop.quit()

    previous = signal.signal(signal.SIGINT, on_sigint)
    try:
        loop.exec()
    finally:
        signal.signal(signal.SIGINT, previous)
        out.close()
    del app
    if interrupted:
        raise KeyboardInterrupt
    if not heard:
        raise SpeechError(f"the sound did not finish within {time.monotonic() - started:.0f} s")


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if len(args) == 2 and args[0] == "--qt-probe":
        print(json.dumps(_qt_probe(args[1])), flush=True)
        return 0
    ok, lines = run_check()
    print("\n".join(lines))
    return 0 if ok else 1


__all__ = [
    "EngineUnavailable",
    "folder_line",
    "missing_line",
    "play_file",
    "qt_report",
    "run_check",
    "say",
]

if __name__ == "__main__":
    sys.exit(main())
