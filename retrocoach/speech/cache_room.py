"""When the voice cache cannot hold the session's cues: a scratch folder, said once.

A full disk (or a cache folder turned read-only) used to leave most cues unrendered, the
session silent but for its beeps, the safety check unspoken and nothing said. The renderer
asks :func:`cannot_hold` after a cue fails; if the folder cannot take a cue's worth of bytes,
the cues go to a private temporary folder for this run (removed at exit), the files already
in the cache are still used, and :func:`moved_problem` says where and why.

Also here: the problems the renderer's failures become (no voice at all; cues that could not
be rendered, grouped into one problem, SERIOUS when the safety check is among them).
"""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile
from pathlib import Path

from retrocoach.core.problem import QT_TRANSLATE_NOOP, Problem, Severity, Text, text
from retrocoach.speech.errors import speech_text

#: Bytes a folder must take to hold a cue (a long cue at 22 kHz, 16 bits: about 12 s).
PROBE_BYTES = 512 * 1024


def cannot_hold(folder: Path, size: int = PROBE_BYTES) -> OSError | None:
    """Why `folder` cannot hold a cue of `size` bytes (written and synced, then removed), or
    None when it can."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=folder, prefix=".room-check-") as probe:
            probe.write(bytes(size))
            probe.flush()
            os.fsync(probe.fileno())
    except OSError as error:
        return error
    return None


def scratch_folder() -> Path:
    """A new private folder for this run's cues, removed when the app exits."""
    folder = Path(tempfile.mkdtemp(prefix="retrocoach-voice-"))
    atexit.register(shutil.rmtree, folder, True)
    return folder


def os_words(error: OSError) -> str:
    """An OS error in plain words ("No space left on device"), without ``[Errno 28]``."""
    return error.strerror or type(error).__name__


def moved_problem(folder: Path, scratch: Path, error: OSError) -> Problem:
    """The cache `folder` could not take the cues; they go to `scratch` for this run."""
    return Problem(
        speech_text(
            QT_TRANSLATE_NOOP("speech", "The voice cache {folder} cannot hold the cues ({error})"),
            folder=str(folder),
            error=os_words(error),
        ),
        Severity.WARNING,
        why=speech_text(
            QT_TRANSLATE_NOOP(
                "speech", "This run's cues are rendered into {scratch} instead (not kept)."
            ),
            scratch=str(scratch),
        ),
        fix=speech_text(
            QT_TRANSLATE_NOOP("speech", "Free some space in {folder}, or make it writable."),
            folder=str(folder),
        ),
    )


def unavailable_problem(reason: Text, fix: Text | None = None) -> Problem:
    """The one problem the user is told when there is no voice: serious, since not even the
    safety check can be heard."""
    return Problem(
        speech_text(QT_TRANSLATE_NOOP("speech", "No voice: {reason}"), reason=reason),
        Severity.SERIOUS,
        why=speech_text(QT_TRANSLATE_NOOP("speech", "Cues are shown as captions.")),
        fix=(
            speech_text(QT_TRANSLATE_NOOP("speech", "To get voice, {fix}."), fix=fix)
            if fix is not None
            else None
        ),
    )


def failed_cues_problem(failed: dict[str, Problem], safety: str | None) -> Problem:
    """One problem for the cues that could not be rendered (not one per cue); SERIOUS when
    `safety`, the session's safety check, is among them: the runner must check themselves."""
    first = next(iter(failed.values())).what
    if safety is not None and safety in failed:
        return Problem(
            speech_text(
                QT_TRANSLATE_NOOP("speech", "The safety check “{cue}” cannot be spoken: {error}"),
                cue=safety,
                error=failed[safety].what,
            ),
            Severity.SERIOUS,
            why=speech_text(
                QT_TRANSLATE_NOOP("speech", "Look behind you yourself before you start.")
            ),
        )
    return Problem(
        text(
            "speech",
            QT_TRANSLATE_NOOP("speech", "%n cue(s) cannot be spoken ({error})"),
            len(failed),
            error=first,
        ),
        Severity.WARNING,
        why=speech_text(QT_TRANSLATE_NOOP("speech", "They are shown as captions.")),
    )
