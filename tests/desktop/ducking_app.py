"""The app's side of the ducking tests, as a process of its own (a test kills it): the app's
one output stream (:class:`~retrocoach.speech.audio_out.AudioOut`) wired to the ducker as the
app wires it (:class:`~retrocoach.ui.live.ducking.DuckingLink`), playing a 2500 Hz tone as its
"cue" at given moments.

``python -m tests.desktop.ducking_app --sound 1.0:1.5 --sound 4:0.5 [--off] [--stay]``: each
sound at seconds after the output is on the clock, for its length; prints ``sound <at> <len>``
with the monotonic time it is heard. Runs against $PULSE_SERVER; its data folder is
$RETROCOACH_HOME.
"""

from __future__ import annotations

import argparse
import array
import math
import sys
import time

from PySide6.QtCore import QCoreApplication, QTimer

from retrocoach.desktop.ducking.places import StatePlaces
from retrocoach.speech.audio_out import VOICE, AudioOut
from retrocoach.speech.clips import OUTPUT_RATE, Clip
from retrocoach.storage.paths import DataPaths
from retrocoach.ui.live.ducking import DuckingLink

CUE_HERTZ = 2500.0


def tone(seconds: float, hertz: float = CUE_HERTZ) -> Clip:
    amplitude = 32767 * 10 ** (-12 / 20)
    n = round(seconds * OUTPUT_RATE)
    pcm = array.array(
        "h", (round(amplitude * math.sin(2 * math.pi * hertz * i / OUTPUT_RATE)) for i in range(n))
    )
    return Clip(pcm.tobytes(), "tone")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sound", action="append", default=[], help="AT:SECONDS")
    parser.add_argument("--off", action="store_true", help="the setting is off")
    parser.add_argument("--stay", action="store_true", help="run until killed")
    args = parser.parse_args()
    app = QCoreApplication(sys.argv[:1])
    out = AudioOut()
    link = DuckingLink(StatePlaces.of(DataPaths.default()), enabled=not args.off)  # as the app
    link.follow(out)
    link.problem.connect(lambda problem: print("problem", problem.english(), flush=True))
    out.sounding.connect(
        lambda channel, at, seconds: print(f"sound {at:.6f} {seconds:.3f}", flush=True)
    )
    sounds = [tuple(float(v) for v in spec.split(":")) for spec in args.sound]
    warm_up = 1.0  # the stream gets on the clock
    token = iter(range(1, 1000))
    for at, seconds in sounds:
        clip = tone(seconds)
        handover = warm_up + at - out.latency
        QTimer.singleShot(
            round(handover * 1000),
            lambda clip=clip: out.play(VOICE, clip, next(token), out.latency),
        )
    end = warm_up + max((at + s for at, s in sounds), default=0.0) + 1.5
    if not args.stay:
        QTimer.singleShot(round(end * 1000), app.quit)
    print(f"ready {time.monotonic():.6f}", flush=True)
    app.exec()
    link.close()
    out.close()
    print("closed", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
