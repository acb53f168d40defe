"""The state file: the original volumes of the streams a duck lowered, for whoever restores them
if the app cannot (its watchdog when it dies, the next start after that).

JSON ``{"pid": <the app's>, "streams": {key: {"who", "original", "lowest"}}}``, written
atomically (a temp file and ``os.replace``) before any stream is lowered, removed once all are
back. A stream is given its volume back only if it is still the same application's and its
volume lies between the lowest the duck set and the original: anything else was its user's.
"""

from __future__ import annotations

import contextlib
import json
import os
from pathlib import Path

from retrocoach.desktop.ducking.lowering import Record
from retrocoach.desktop.ducking.streams import VolumeBackend, within

#: A state file larger than this is not ours.
MAX_STATE_BYTES = 256 * 1024


def write_state(path: Path, records: dict[str, Record]) -> None:
    """Replace the state file with `records` (none: remove it)."""
    if not records:
        with contextlib.suppress(FileNotFoundError):
            path.unlink()
        return
    data = {
        "pid": os.getpid(),
        "streams": {
            key: {"who": r.who, "original": list(r.original), "lowest": list(r.lowest)}
            for key, r in records.items()
        },
    }
    path.parent.mkdir(parents=True, exist_ok=True)
    temp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        temp.write_text(json.dumps(data), encoding="utf-8")
        os.replace(temp, path)
    except OSError:
        with contextlib.suppress(OSError):  # a full disk: no half-written temp file left
            temp.unlink()
        raise


def read_state(path: Path) -> dict[str, Record]:
    """The records in the state file; none if it is missing, too big or not ours."""
    try:
        if not path.is_file() or path.stat().st_size > MAX_STATE_BYTES:
            return {}
        data = json.loads(path.read_text(encoding="utf-8"))
        streams = data["streams"]
        return {
            str(key): Record(
                str(item["who"]),
                tuple(float(v) for v in item["original"]),
                tuple(float(v) for v in item["lowest"]),
            )
            for key, item in streams.items()
        }
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return {}


def restore_from(path: Path, backend: VolumeBackend) -> int:
    """Give back the volumes recorded in the state file at `path`, then remove it; how many
    streams were restored. Raises what the backend raises (the file is then kept)."""
    records = read_state(path)
    restored = 0
    if records:
        for stream in backend.streams():
            record = records.get(stream.key)
            if record is None or record.who != stream.who:
                continue
            if within(stream.volume, record.lowest, record.original):
                backend.set_volume(stream.key, record.original)
                restored += 1
    with contextlib.suppress(FileNotFoundError):
        path.unlink()
    return restored
