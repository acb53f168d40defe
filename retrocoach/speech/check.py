"""``retrocoach check``: what works here, and the fix when not.

The report is English lines for the terminal: ``ok`` (fine), ``MISSING`` (the problem, and
always its fix at the end: :func:`missing_line`) and ``hint`` (something better, nothing
wrong). The speech problems it reports are :class:`~retrocoach.core.problem.Problem` values
from the modules that find them, rendered here with ``english()``. Qt is probed in a child
process (:mod:`retrocoach.speech.qt_probe`), which ``python -m retrocoach.speech.check
--qt-probe gui|audio`` runs.
"""

from __future__ import annotations

import sys
from pathlib import Path

from retrocoach.core.problem import Problem, Text
from retrocoach.speech.engines import piper as piper_engine
from retrocoach.speech.engines.choice import (
    Resolved,
    engine_problem,
    installed_choices,
    resolve,
)
from retrocoach.speech.errors import SpeechError
from retrocoach.speech.hints import NO_AUDIO_MESSAGE, audio_fix, install_hint, voice_fix
from retrocoach.speech.probe import probe
from retrocoach.speech.qt_probe import main as qt_probe_main
from retrocoach.speech.qt_probe import qt_report
from retrocoach.speech.voices import list_voices


def ok_line(what: str, detail: str) -> str:
    return f"ok       {what}: {detail}"


def missing_line(what: str, problem: str, fix: str) -> str:
    """A ``MISSING`` line: what, the problem, and always the fix at the end."""
    assert fix.strip(), f"a MISSING line needs a fix: {what}"
    return f"MISSING  {what}: {problem.rstrip('. ')}. Fix: {fix}"


def problem_line(what: str, problem: Problem, fix: Text | None = None) -> str:
    """The ``MISSING`` line of `problem` (`fix` when it has none of its own)."""
    chosen = problem.fix or fix or install_hint()
    return missing_line(what, problem.what.english(), chosen.english())


def _voice_lines(
    engine_factory: str | None, resolved: Resolved, voice_dirs: tuple[Path, ...]
) -> tuple[bool, list[str]]:
    """The engine's installed voices, and whether the voice in use is one of them."""
    choice = resolved.choice
    try:
        voices = list_voices(engine_factory, backend=choice.engine, voice_dirs=voice_dirs)
    except SpeechError as error:
        return False, [problem_line("voices", error.problem)]
    english = [v for v in voices if any(lang.startswith("en") for lang in v.languages)]
    lines = [
        ok_line(
            "voices",
            f"{choice.engine}: {len(voices)} installed ({len(english)} English); "
            "`retrocoach voices` lists every engine's",
        )
    ]
    if resolved.problem:
        problem = (
            f"the voice chosen in your settings cannot speak: {resolved.problem.what.english()}"
        )
        return False, [*lines, missing_line("voice", problem, voice_fix().english())]
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
        return False, [*lines, missing_line("voice", problem, voice_fix().english())]
    lines.append(ok_line("voice", f"{choice.describe()}, {how}, is installed"))
    return True, lines


def better_lines(resolved: Resolved, voice_dirs: tuple[Path, ...]) -> list[str]:
    """``hint`` lines: a clearer installed voice than the one in use, and Piper if absent."""
    lines = []
    best = installed_choices(voice_dirs)
    folders = ", ".join(map(str, voice_dirs))
    if best and best[0] != resolved.choice:
        lines.append(
            f"hint     better voice: {best[0].describe()} is clearer (benchmarks/README.md, "
            f"intelligibility); choose it in Settings or set the voice to Auto"
        )
    flite = engine_problem("flite")
    if flite is not None:
        lines.append(f"hint     better voice: {flite.what.english()}")
    piper = engine_problem("piper")
    unusable = bool(piper_engine.unusable_voices(voice_dirs))  # named by voice_file_lines
    if piper is None and not any(c.engine == "piper" for c in best) and not unusable:
        lines.append(
            "hint     natural voice: Piper is installed but has no voice; put a .onnx + "
            f".onnx.json pair in {folders} (README: Voices)"
        )
    elif piper is not None:
        lines.append(
            f"hint     natural voice: Piper, {piper.what.english()}, then a voice in {folders} "
            "(README: Voices)"
        )
    return lines


def voice_file_lines(voice_dirs: tuple[Path, ...]) -> list[str]:
    """A ``MISSING`` line for each ``.onnx`` in the voices folders that is no usable Piper
    voice, naming it and why (it was "Piper is installed but has no voice")."""
    return [
        missing_line(
            "piper voice",
            problem.english(),
            f"replace {model.name} and {piper_engine.config_for(model).name} with a real voice's "
            "pair, or remove them (README: Voices)",
        )
        for model, problem in piper_engine.unusable_voices(voice_dirs)
    ]


def run_check(
    engine_factory: str | None = None,
    voice: str | None = None,
    voice_dirs: tuple[Path, ...] = (),
) -> tuple[bool, list[str]]:
    """Speech engine and voice in use (for the voice spec `voice`), a better voice if one
    is installed, Qt platform, audio outputs.

    Returns (all fine, report lines): see the module's docstring for the lines.
    """
    lines: list[str] = []
    ok = True
    resolved = resolve(voice, voice_dirs, engine_factory)
    choice = resolved.choice
    try:
        result = probe(
            engine_factory,
            backend=choice.engine,
            voice=choice.voice if choice.engine == "piper" else None,
            voice_dirs=voice_dirs,
        )
    except SpeechError as error:
        ok = False
        lines.append(problem_line("speech engine", error.problem))
        lines.append("         (the app still runs: cues are shown as captions)")
    else:
        lines.append(ok_line(f"speech engine {result.engine}", result.describe()))
        voices_ok, voice_lines = _voice_lines(engine_factory, resolved, voice_dirs)
        ok = ok and voices_ok
        lines += voice_lines
        lines += better_lines(resolved, voice_dirs)
    bad_voices = voice_file_lines(voice_dirs)
    ok = ok and not bad_voices
    lines += bad_voices
    try:
        gui = qt_report("gui")
    except SpeechError as error:
        ok = False
        lines.append(problem_line("Qt platform", error.problem))
    else:
        lines.append(ok_line("Qt platform", gui["platform"]))
    try:
        audio = qt_report("audio")
    except SpeechError as error:
        ok = False
        problem = f"Qt Multimedia failed ({error.problem.what.english()})"
        lines.append(missing_line("audio outputs", problem, error.fix))
        return ok, lines
    outputs: list[str] = audio["outputs"]
    if outputs:
        default = audio.get("default_output") or outputs[0]
        lines.append(ok_line("audio outputs", f"{', '.join(outputs)} (default: {default})"))
    else:
        ok = False
        lines.append(missing_line("audio outputs", "none", audio_fix().english()))
        lines.append(f"         ({NO_AUDIO_MESSAGE})")
    return ok, lines


def file_line(what: str, path: Path, problem: Problem | None) -> str:
    """The ``check`` line of one of the app's files; `problem` is ``file_problem``'s."""
    if problem is None:
        return ok_line(what, f"{path} (a regular file, or none yet)")
    return missing_line(what, problem.english(), f"move {path} away (a new one is made)")


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if len(args) == 2 and args[0] == "--qt-probe":
        return qt_probe_main(args[1])
    ok, lines = run_check()
    print("\n".join(lines))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
