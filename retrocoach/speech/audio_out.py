"""One audio stream for the whole app: every cue and beep is written into it, on the GUI thread.

Why not a QSoundEffect per cue: in Qt 6.11 each QSoundEffect loads its file through the
sample cache and plays through a shared real-time engine whose cross-thread notifier is
created and destroyed as effects come and go. Created, loaded and disposed mid-session (the
player kept a pool of them), that machinery ended in endless "QSocketNotifier: Invalid
socket" warnings and silence. Here one QAudioSink is opened once, fed in push mode from a
precise timer on the GUI thread, and only closed when the device changes or the app quits:
no Qt object is created or destroyed while a session plays, and no other thread is involved
beyond Qt's own audio thread behind the sink.

While sounds come often the stream carries silence between them, so its latency stays
constant (a stream that has run dry takes ~0.25 s to start again). A running stream costs
about 1.7 % of a core, so it is suspended (``QAudioSink.suspend``: PulseAudio corks it, its
buffer kept) when nothing plays and the next sound is more than ``SUSPEND_GAP`` away; the
player says when that is (:meth:`AudioOut.expect`), and the stream resumes ``WAKE_AHEAD``
before it. A resumed stream plays again within a feed tick or two, and its frames are put on
the clock anew. A sound nobody announced (``say``, a test of the voice) wakes the stream and
plays as soon as it can. ``play(..., delay)`` places a clip
at the very frame that will be heard `delay` seconds from now, padding with silence before it.
The stream is written on the monotonic clock, not on demand: frame f is written
``BUFFER_SECONDS`` before ``start + f / rate`` and heard ``DEVICE_LATENCY`` after that
moment, as long as the device keeps up: when it takes less than that (its clock runs slower
than the computer's: a PulseAudio null sink here lost 2.3 ms a second, and cues placed on the
computer's clock came later and later) the mapping follows the device; when it ran dry (a
stall of the GUI thread longer than the buffer) the write head is heard from then on. The
player hands every sound over ``latency`` seconds early, so that its frame has not been
written yet; a sound handed over later starts at once.

Two channels, ``voice`` and ``beep``, are mixed, each at its own level (:meth:`AudioOut.
set_level`: the settings' voice and beep volumes, applied as the blocks are written); a new
clip on a channel replaces the old one at once (what is already queued still plays out, a
few tens of milliseconds). ``sound_ahead(channel, seconds until heard, length)`` is emitted
for every clip handed over: the seam for lowering other applications' sound meanwhile.

One concept, though over 350 lines: the stream. Opening the device, the feed, the mapping of
frames to the clock and suspending between sounds all read and write the same sink, its
processed-time counter and the frames written so far; split apart, each part would reach into
the others' state (a resume re-takes the clock mapping, a feed decides to suspend).
"""

from __future__ import annotations

import logging
import time
from collections import deque
from dataclasses import dataclass

from PySide6.QtCore import QIODevice, QObject, Qt, QTimer, Signal
from PySide6.QtMultimedia import QAudioDevice, QAudioFormat, QAudioSink, QMediaDevices, QtAudio

from retrocoach.speech.clips import FRAME_BYTES, OUTPUT_RATE, Clip, mix, scaled

log = logging.getLogger(__name__)

VOICE = "voice"
BEEP = "beep"

#: Audio queued ahead in Qt's buffer: a feed interval plus a stall of the GUI thread of up
#: to 0.1 s never starves the device; a cut is heard this much later.
BUFFER_SECONDS = 0.15
#: How often the queue is topped up. (The stream costs about 1.7 % of a core whatever this is:
#: 2.27 % for the whole app at 30 ms, 2.18 % at 60 ms, 3.17 % at 10 ms; 0.48 % without sound.)
FEED_MS = 30
#: The device's latency behind the sink's processed-time counter: PulseAudio's own buffer
#: (measured on a null sink with benchmarks/session_audio.py).
DEVICE_LATENCY = 0.030
#: Feed ticks over which the stream's position on the clock is taken (2 s).
OFFSET_WINDOW = 70
#: How early a sound must be handed over so that its frame is not written yet.
HANDOVER = BUFFER_SECONDS + DEVICE_LATENCY + 0.03
#: The stream is suspended when nothing has played for IDLE_GRACE seconds and the next
#: expected sound is more than SUSPEND_GAP away (or none is expected) ...
IDLE_GRACE = 0.5
SUSPEND_GAP = 2.0
#: ... and resumed this long before the next expected sound: a resumed stream plays within
#: 30-60 ms (PulseAudio null sink), and its position on the clock needs a few feed ticks.
WAKE_AHEAD = 1.0


@dataclass
class _Voice:
    clip: Clip
    token: int
    start_frame: int  # stream frame of its first sample
    offset: int = 0  # bytes of the clip written so far
    end_frame: int | None = None  # stream frame after its last sample, once all written


class AudioOut(QObject):
    """The app's audio output. ``finished(channel, token)`` fires once a clip has been heard
    to its end (not when it was replaced or stopped); ``availability_changed(bool)`` when the
    output device comes or goes. ``sounding(channel, at, seconds)``: a clip handed to
    :meth:`play` will be heard from monotonic time `at` for `seconds` (replacing the
    channel's); ``silenced(channel)``: the channel's clip was stopped now. (Ducking follows
    these two: other applications are lowered around what the app plays.)"""

    finished = Signal(str, int)
    availability_changed = Signal(bool)
    sounding = Signal(str, float, float)
    silenced = Signal(str)
    sound_ahead = Signal(str, float, float)  # channel, seconds until heard, seconds long

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._format = QAudioFormat()
        self._format.setSampleRate(OUTPUT_RATE)
        self._format.setChannelCount(1)
        self._format.setSampleFormat(QAudioFormat.SampleFormat.Int16)
        self._sink: QAudioSink | None = None
        self._io: QIODevice | None = None
        self._device_id = b""
        self._volume = 1.0
        self._levels: dict[str, float] = {}
        self._voices: dict[str, _Voice] = {}
        self._written = 0  # frames written into the current stream
        # now - processed time, per feed tick: frame 0 was handed to the device at the
        # lowest of these (a recent window, so the mapping follows the device's clock)
        self._offsets: deque[float] = deque(maxlen=OFFSET_WINDOW)
        self._silence = bytes(int(BUFFER_SECONDS * OUTPUT_RATE) * FRAME_BYTES * 2)
        self._timer = QTimer(self)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setInterval(FEED_MS)
        self._timer.timeout.connect(self._feed)
        self._last_feed = (0.0, 0.0)  # (monotonic, process CPU seconds) of the last feed
        self._suspended = False
        self._expected: float | None = None  # monotonic time of the next announced sound
        self._busy_at = 0.0  # monotonic time the stream last had something to play
        # the sink's processed time when the stream was resumed: its position on the clock is
        # only taken again once that has moved on (until then "now - processed" only grows)
        self._resumed_at_processed: int | None = None
        self._wake_timer = QTimer(self)
        self._wake_timer.setSingleShot(True)
        self._wake_timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._wake_timer.timeout.connect(self._resume)
        self._devices = QMediaDevices(self)
        self._devices.audioOutputsChanged.connect(self._on_outputs_changed)
        self._open(QMediaDevices.defaultAudioOutput())

    # --- the device -------------------------------------------------------------------------

    @property
    def available(self) -> bool:
        return self._io is not None

    @property
    def suspended(self) -> bool:
        """True while the stream is suspended (nothing to play for a while)."""
        return self._suspended

    @property
    def latency(self) -> float:
        """How long before it is due a sound should be handed to :meth:`play`."""
        return HANDOVER

    def _open(self, device: QAudioDevice) -> None:
        if device.isNull():
            return
        sink = QAudioSink(device, self._format, self)
        sink.setBufferSize(int(BUFFER_SECONDS * OUTPUT_RATE) * FRAME_BYTES)
        sink.setVolume(self._volume)
        io = sink.start()
        if io is None or sink.error() != QtAudio.Error.NoError:
            sink.stop()
            sink.setParent(None)
            sink.deleteLater()
            return
        self._sink, self._io, self._device_id = sink, io, bytes(device.id().data())
        self._written = 0
        self._offsets.clear()
        self._last_feed = (0.0, 0.0)
        self._suspended = False
        self._resumed_at_processed = None
        self._busy_at = time.monotonic()
        self._feed()
        self._timer.start()

    def _close_stream(self) -> None:
        self._timer.stop()
        self._wake_timer.stop()
        self._suspended = False
        sink, self._sink, self._io = self._sink, None, None
        self._device_id = b""
        if sink is not None:
            sink.stop()
            sink.deleteLater()  # this thread's event loop deletes it: its own thread

    def close(self) -> None:
        """Stop the stream (the app is quitting)."""
        self._voices.clear()
        self._close_stream()

    def _on_outputs_changed(self) -> None:
        device = QMediaDevices.defaultAudioOutput()
        device_id = b"" if device.isNull() else bytes(device.id().data())
        if device_id == self._device_id and self.available:
            return
        was = self.available
        self._voices.clear()  # a clip cut by a device change is not "finished"
        self._close_stream()
        self._open(device)
        if self.available != was:
            self.availability_changed.emit(self.available)

    # --- playing ----------------------------------------------------------------------------

    def set_volume(self, volume: float) -> None:
        self._volume = min(max(volume, 0.0), 1.0)
        if self._sink is not None:
            self._sink.setVolume(self._volume)

    def play(self, channel: str, clip: Clip, token: int, delay: float = 0.0) -> bool:
        """Play `clip` on `channel` so that it is heard `delay` seconds from now (at once if
        that frame is already written), replacing what plays there; False without a device.
        """
        if self._io is None or not clip.pcm:
            return False
        if self._suspended:
            self._resume()
        now = time.monotonic()
        start_frame = self._frame_heard_at(now + delay)
        self._voices[channel] = _Voice(clip, token, start_frame)
        heard = self._time_heard(max(start_frame, self._written), now + delay)
        self.sounding.emit(channel, heard, clip.seconds)
        self.sound_ahead.emit(channel, max(0.0, delay), clip.seconds)
        self._feed()
        return True

    def _time_heard(self, frame: int, otherwise: float) -> float:
        """The monotonic time stream frame `frame` is heard (`otherwise` while the stream is not
        on the clock yet)."""
        if not self._offsets:
            return otherwise
        return max(otherwise, min(self._offsets) + DEVICE_LATENCY + frame / OUTPUT_RATE)

    def set_level(self, channel: str, level: float) -> None:
        """`channel`'s level, 0 (silent) to 1 (as rendered), from the next block written."""
        self._levels[channel] = min(max(float(level), 0.0), 1.0)

    def level(self, channel: str) -> float:
        return self._levels.get(channel, 1.0)

    def _frame_heard_at(self, moment: float) -> int:
        """The stream frame heard at monotonic time `moment` (0: as soon as possible, while
        the stream has not started yet)."""
        if not self._offsets:
            return 0
        start = min(self._offsets) + DEVICE_LATENCY
        return max(0, round((moment - start) * OUTPUT_RATE))

    def stop(self, channel: str) -> None:
        if self._voices.pop(channel, None) is not None:
            self.silenced.emit(channel)

    def expect(self, seconds: float | None) -> None:
        """The next sound will be handed over in `seconds` (None: none is planned).

        Lets the stream sleep until then and be awake and on the clock when it comes.
        """
        if seconds is None:
            self._expected = None
            self._wake_timer.stop()
            return
        self._expected = time.monotonic() + max(0.0, seconds)
        if self._suspended:
            self._arm_wake()

    # --- suspending between sounds ----------------------------------------------------------

    def _maybe_suspend(self, now: float) -> None:
        sink = self._sink
        if sink is None or self._suspended:
            return
        if self._voices:
            self._busy_at = now
            return
        if now - self._busy_at < IDLE_GRACE or not self._offsets:
            return  # (no offsets: not on the clock yet; a new stream takes ~0.6 s to start)
        expected = self._expected
        if expected is not None and now - IDLE_GRACE < expected <= now + SUSPEND_GAP:
            return  # (one long past was not handed over after all: stopped, paused)
        sink.suspend()
        self._suspended = True
        self._timer.stop()
        self._offsets.clear()  # the clock runs on while the device stands still
        self._arm_wake()

    def _arm_wake(self) -> None:
        now = time.monotonic()
        if self._expected is None or self._expected <= now:
            self._expected = None  # passed, and nothing came: nothing to wake for
            self._wake_timer.stop()
            return
        self._wake_timer.start(max(0, int((self._expected - WAKE_AHEAD - now) * 1000.0)))

    def _resume(self) -> None:
        sink = self._sink
        self._wake_timer.stop()
        if sink is None or not self._suspended:
            return
        self._suspended = False
        self._last_feed = (0.0, 0.0)  # (a sleep is no late feed)
        self._resumed_at_processed = sink.processedUSecs()
        self._busy_at = time.monotonic()
        sink.resume()
        self._timer.start()
        self._feed()

    def is_playing(self, channel: str, token: int | None = None) -> bool:
        """True until the clip on `channel` (with `token`, if given) has been heard."""
        voice = self._voices.get(channel)
        return voice is not None and (token is None or voice.token == token)

    # --- the feed ---------------------------------------------------------------------------

    def _heard_frame(self) -> int:
        """The stream frame being heard now (processed by the sink, less the device latency)."""
        sink = self._sink
        if sink is None:
            return 0
        return round((sink.processedUSecs() / 1_000_000 - DEVICE_LATENCY) * OUTPUT_RATE)

    def _feed(self) -> None:
        sink, io = self._sink, self._io
        if sink is None or io is None:
            return
        processed = sink.processedUSecs()
        now = time.monotonic()
        self._check_feed_gap(now)
        resumed_at = self._resumed_at_processed
        if resumed_at is not None and processed > resumed_at:
            self._resumed_at_processed = resumed_at = None
        if processed > 0 and resumed_at is None:
            self._offsets.append(now - processed / 1_000_000)
        wanted = free = sink.bytesFree() // FRAME_BYTES
        size = min(wanted, free) * FRAME_BYTES
        if size > 0:
            block = self._next_block(size)
            written = io.write(block)
            if written > 0:
                self._written += written // FRAME_BYTES
        self._retire()
        self._maybe_suspend(now)

    def _check_feed_gap(self, now: float) -> None:
        """Log a feed so late that the queue may have run dry (a gap in the sound, and what
        follows heard later), with the CPU the process used meanwhile: near the gap, the app
        kept its GUI thread busy; near zero, the machine gave it no CPU."""
        cpu = time.process_time()  # every thread's CPU time
        last, last_cpu = self._last_feed
        self._last_feed = (now, cpu)
        gap = now - last
        if last and self._timer.isActive() and gap > BUFFER_SECONDS:
            log.warning(
                "audio feed %.0f ms late (queue %.0f ms; the process used %.0f ms of CPU "
                "meanwhile)",
                (gap - FEED_MS / 1000) * 1000,
                BUFFER_SECONDS * 1000,
                (cpu - last_cpu) * 1000,
            )

    def _next_block(self, size: int) -> bytes:
        """`size` bytes of the mix, advancing each channel's clip."""
        parts: list[bytes] = []
        frames = size // FRAME_BYTES
        for channel, voice in self._voices.items():
            if voice.end_frame is not None:
                continue
            lead_in = min(frames, max(0, voice.start_frame - self._written)) * FRAME_BYTES
            if lead_in >= size:
                continue  # not yet: its first frame comes in a later block
            part = voice.clip.pcm[voice.offset : voice.offset + size - lead_in]
            voice.offset += len(part)
            if voice.offset >= len(voice.clip.pcm):
                voice.end_frame = self._written + (lead_in + len(part)) // FRAME_BYTES
            if part:
                part = scaled(part, self._levels.get(channel, 1.0))
                parts.append(bytes(lead_in) + part + bytes(size - lead_in - len(part)))
        if not parts:
            return self._silence[:size] if size <= len(self._silence) else bytes(size)
        block = parts[0]
        for part in parts[1:]:
            block = mix(block, part)
        return block

    def _retire(self) -> None:
        """Emit ``finished`` for each clip whose last sample the device has played."""
        heard = self._heard_frame()
        done = [
            (channel, voice)
            for channel, voice in self._voices.items()
            if voice.end_frame is not None and heard >= voice.end_frame
        ]
        for channel, voice in done:
            del self._voices[channel]
            self.finished.emit(channel, voice.token)
