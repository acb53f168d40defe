"""`retrocoach say`, `voices` and `check`: the voice and the machine, from the command line."""

from __future__ import annotations

import argparse
import tempfile
from pathlib import Path
from typing import Any

from retrocoach.cli import common
from retrocoach.storage.files import StorageError
from retrocoach.storage.safe_write import TargetExists, check_target, write_new_file

_SAY_FILE = "say.wav"


def say(args: argparse.Namespace) -> int:
    """Any length (rendered sentence by sentence); --to-file follows export's file rules."""
    from retrocoach.speech.check import play_file
    from retrocoach.speech.engine import RenderProcess, SpeechError
    from retrocoach.speech.long_text import render_long, split_text

    if not split_text(args.text):
        raise common.UsageError("say: nothing to say (the text is empty)")
    settings = common.settings()
    target: Path | None = args.to_file
    paths = common.paths()
    try:
        if target is not None:  # before the engine starts: fail fast
            check_target(target, overwrite=args.force, paths=paths, suggested_name=_SAY_FILE)
        with tempfile.TemporaryDirectory(prefix="retrocoach-say-") as folder:
            with RenderProcess() as process:
                wav = render_long(
                    process, args.text, Path(folder) / _SAY_FILE, settings.voice, settings.rate
                )
            if target is None:
                play_file(wav)
                return 0
            data = wav.read_bytes()
            write_new_file(
                target, data, overwrite=args.force, paths=paths, suggested_name=_SAY_FILE
            )
    except (TargetExists, StorageError) as error:
        return common.refused_write("not written", error)
    except (SpeechError, OSError) as error:
        common.warn(str(error))
        return 1
    print(f"wrote {target}")
    return 0


def voices(_args: argparse.Namespace) -> int:
    from retrocoach.speech.check import voices as installed
    from retrocoach.speech.engine import SpeechError

    try:
        found = installed()
    except SpeechError as error:
        common.warn(str(error))
        return 1
    chosen = common.settings().voice
    for voice in found:
        mark = "*" if voice.id == chosen else " "
        print(f"{mark} {voice.id:<40}  {voice.name}  ({', '.join(voice.languages)})")
    return 0


def check(_args: argparse.Namespace) -> int:
    from retrocoach.speech.check import folder_line, run_check

    ok, lines = run_check(voice=common.settings().voice)
    paths = common.paths()
    for label, folder in paths.folders_to_check():
        problem = paths.folder_problem(folder)
        ok = ok and problem is None
        lines.append(folder_line(label, folder, problem))
    from retrocoach.desktop.check import desktop_lines  # QtDBus: only for `check`

    lines += desktop_lines()  # absent services are not a failure
    print("\n".join(lines))
    return 0 if ok else 1


def add_commands(commands: argparse._SubParsersAction[Any]) -> None:
    spoken = commands.add_parser("say", help="speak a text with your voice settings")
    spoken.add_argument("text")
    spoken.add_argument("--to-file", metavar="OUT.wav", type=Path, help="write a WAV instead")
    spoken.add_argument("--force", action="store_true", help="replace an existing --to-file")
    spoken.set_defaults(handler=say)
    commands.add_parser("voices", help="list the installed voices").set_defaults(handler=voices)
    commands.add_parser(
        "check",
        help="check the speech engine, voices, Qt, audio, data folders and desktop services",
    ).set_defaults(handler=check)
