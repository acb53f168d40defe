"""`retrocoach say`, `voices` and `check`: the voice and the machine, from the command line."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from retrocoach.cli import common


def say(args: argparse.Namespace) -> int:
    from retrocoach.speech.check import say as speak
    from retrocoach.speech.engine import SpeechError

    settings = common.settings()
    if args.to_file is not None and args.to_file.is_dir():
        raise common.UsageError(f"--to-file: {args.to_file} is a folder; give a file name")
    if args.to_file is not None and not args.to_file.absolute().parent.is_dir():
        raise common.UsageError(f"--to-file: the folder {args.to_file.parent} does not exist")
    try:
        written = speak(args.text, settings.voice, settings.rate, args.to_file)
    except (SpeechError, OSError) as error:
        common.warn(str(error))
        return 1
    if written is not None:
        print(f"wrote {written}")
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
    from retrocoach.speech.check import run_check

    ok, lines = run_check()
    paths = common.paths()
    for label, folder in paths.folders_to_check():
        problem = paths.folder_problem(folder)
        if problem is None:
            lines.append(f"ok       {label.lower()} folder: {folder}")
        else:
            ok = False
            lines.append(f"MISSING  {label.lower()} folder: {problem}")
    print("\n".join(lines))
    return 0 if ok else 1


def add_commands(commands: argparse._SubParsersAction[Any]) -> None:
    spoken = commands.add_parser("say", help="speak a text with your voice settings")
    spoken.add_argument("text")
    spoken.add_argument("--to-file", metavar="OUT.wav", type=Path, help="write a WAV instead")
    spoken.set_defaults(handler=say)
    commands.add_parser("voices", help="list the installed voices").set_defaults(handler=voices)
    commands.add_parser(
        "check", help="check the speech engine, voices, Qt, audio and data folders"
    ).set_defaults(handler=check)
