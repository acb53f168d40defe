"""`retrocoach say`, `voices` and `check`: the voice and the machine, from the command line."""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path
from typing import Any

from retrocoach.cli import common
from retrocoach.storage.files import StorageError
from retrocoach.storage.safe_write import TargetExists, check_target, write_new_file

_SAY_FILE = "say.wav"


def voice_spec(engine: str | None, voice: str | None, configured: str | None) -> str | None:
    """The voice spec of ``--engine``/``--voice`` (either alone works), else the settings'."""
    if engine is None and voice is None:
        return configured
    if engine is None or engine == "auto":
        return voice if engine is None else None
    return f"{engine}:{voice}" if voice else engine


def say(args: argparse.Namespace) -> int:
    """Any length (rendered sentence by sentence); --to-file follows export's file rules."""
    from retrocoach.speech.engines.choice import resolve
    from retrocoach.speech.errors import SpeechError
    from retrocoach.speech.long_text import render_long, split_text
    from retrocoach.speech.play import play_file
    from retrocoach.speech.process import RenderProcess

    if not split_text(args.text):
        raise common.UsageError("say: nothing to say (the text is empty)")
    settings = common.settings()
    target: Path | None = args.to_file
    paths = common.paths()
    language = common.language(args.lang, settings)
    spec = voice_spec(args.engine, args.voice, settings.voice)
    resolved = resolve(spec, [paths.voices_dir], language=language)
    if resolved.problem:
        common.warn(resolved.problem.what.english())
    choice = resolved.choice
    to_stdout = target is not None and str(target) == "-"  # `--to-file -`: the WAV on stdout
    try:
        if target is not None and not to_stdout:  # before the engine starts: fail fast
            check_target(target, overwrite=args.force, paths=paths, suggested_name=_SAY_FILE)
        with tempfile.TemporaryDirectory(prefix="retrocoach-say-") as folder:
            with RenderProcess(backend=choice.engine) as process:
                wav = render_long(
                    process, args.text, Path(folder) / _SAY_FILE, choice.voice, settings.rate
                )
            if target is None:
                play_file(wav)
                return 0
            data = wav.read_bytes()
            if to_stdout:
                sys.stdout.flush()
                sys.stdout.buffer.write(data)
                sys.stdout.buffer.flush()
                return 0
            write_new_file(
                target, data, overwrite=args.force, paths=paths, suggested_name=_SAY_FILE
            )
    except (TargetExists, StorageError) as error:
        return common.refused_write("not written", error)
    except SpeechError as error:
        common.warn(error.user_message())
        return 1
    except OSError as error:  # in words, without "[Errno 21]"
        where = f" ({error.filename})" if error.filename else ""
        common.warn(f"say: {error.strerror or type(error).__name__}{where}")
        return 1
    print(f"wrote {target}")
    return 0


def voices(_args: argparse.Namespace) -> int:
    """Every installed engine's voices as ``engine:id`` with the languages they speak; ``*``
    marks the one that speaks (in the settings' language)."""
    from retrocoach.speech.engines.choice import resolve
    from retrocoach.speech.voices import all_voices

    folder = common.paths().voices_dir
    found, problems = all_voices((folder,))
    for problem in problems:
        common.warn(problem.english())
    if not found:
        return 1
    settings = common.settings()
    language = common.language(None, settings)
    speaking = resolve(settings.voice, [folder], language=language).choice
    for voice in found:
        mark = "*" if (voice.engine, voice.id) == (speaking.engine, speaking.voice) else " "
        languages = ", ".join(voice.languages) or ("en" if voice.engine == "flite" else "?")
        print(f"{mark} {voice.spec:<40}  {voice.name}  ({languages})")
    return 0


def check(_args: argparse.Namespace) -> int:
    from retrocoach.cli.folders import folder_line
    from retrocoach.speech.check import file_line, missing_line, run_check
    from retrocoach.speech.language_check import language_lines
    from retrocoach.storage.reading import file_problem
    from retrocoach.storage.settings import SettingsStore

    paths = common.paths()
    settings, settings_problems = SettingsStore(paths).load(read_only=True)
    ok, lines = run_check(voice=settings.voice, voice_dirs=(paths.voices_dir,))
    lines += language_lines(settings.voice, (paths.voices_dir,))
    for label, folder in paths.folders_to_check():
        problem = paths.folder_problem(folder)
        ok = ok and problem is None
        lines.append(folder_line(label, folder, problem))
    for label, path in paths.files_to_check():
        found = file_problem(path)
        ok = ok and found is None
        lines.append(file_line(label.lower(), path, found))
    if settings_problems and file_problem(paths.settings_file) is None:
        ok = False
        fix = f"correct or remove {paths.settings_file} (a copy is kept when the app saves)"
        lines += [missing_line("settings", p.english(), fix) for p in settings_problems]
    from retrocoach.desktop.check import desktop_lines  # QtDBus: only for `check`

    lines += desktop_lines()  # absent services are not a failure
    print("\n".join(lines))
    return 0 if ok else 1


def add_commands(commands: argparse._SubParsersAction[Any]) -> None:
    spoken = commands.add_parser("say", help="speak a text with your voice settings")
    spoken.add_argument("text")
    spoken.add_argument(
        "--engine",
        choices=("auto", "pyttsx3", "flite", "piper"),
        help="the speech engine (default: your settings' voice, else Auto)",
    )
    spoken.add_argument(
        "--voice",
        metavar="ID",
        help="a voice of that engine (`retrocoach voices`; Piper: a .onnx file)",
    )
    common.add_language_option(spoken)
    spoken.add_argument(
        "--to-file", metavar="OUT.wav", type=Path, help="write a WAV instead (- for stdout)"
    )
    spoken.add_argument("--force", action="store_true", help="replace an existing --to-file")
    spoken.set_defaults(handler=say)
    commands.add_parser("voices", help="list the installed voices").set_defaults(handler=voices)
    commands.add_parser(
        "check",
        help="check the speech engine, voices, Qt, audio, data folders and desktop services",
    ).set_defaults(handler=check)
