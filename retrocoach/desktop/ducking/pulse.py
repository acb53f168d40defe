"""Other applications' streams through PulseAudio's native protocol (``pulsectl``, MIT): the
sink inputs on the sink the app plays to. PipeWire answers the same protocol through
``pipewire-pulse``.

The app's own streams are the sink inputs whose client's process id is `own_pid`; its sink is
the one they play to (the default sink while it has none). A PulseAudio volume is on a cubic
scale (``pa_sw_volume_to_linear``: 50 % is -18 dB); streams' volumes go out of here as linear
amplitude factors, so that -12 dB is a quarter whatever the server. ``pulsectl`` is imported
here only, so the rest of the app runs without it.
"""

from __future__ import annotations

import contextlib
import os
from typing import Any

from retrocoach.desktop.ducking.streams import Stream, Volume

PID_PROPERTY = "application.process.id"


def connect(client_name: str = "retrocoach-ducking") -> Any:
    """A connected ``pulsectl.Pulse``; raises ImportError without pulsectl, and pulsectl's
    errors when no server answers (it never starts one). No ``timeout``: with one, pulsectl
    2.4 waits all of it even when the server answers at once (a local socket answers or
    refuses in milliseconds)."""
    import pulsectl

    pulse = pulsectl.Pulse(client_name, connect=False)
    try:
        pulse.connect(autospawn=False)
    except Exception:
        pulse.close()
        raise
    return pulse


def server_name(pulse: Any) -> str:
    """ "PulseAudio 16.1", "PulseAudio (on PipeWire 1.0.5) 15.0.0"."""
    info = pulse.server_info()
    name = str(info.server_name)
    if name.lower() == "pulseaudio":
        name = "PulseAudio"
    return f"{name} {info.server_version}"


class PulseBackend:
    """Sink inputs of other processes than `own_pid` (default: this one); with `any_sink`, on
    every sink (the watchdog: the app is gone, and with it what told its sink)."""

    name = "pulse"

    def __init__(
        self, own_pid: int | None = None, pulse: Any = None, *, any_sink: bool = False
    ) -> None:
        self._own = str(own_pid if own_pid is not None else os.getpid())
        self._any_sink = any_sink
        self._pulse = pulse if pulse is not None else connect()

    def streams(self) -> list[Stream]:
        inputs = self._pulse.sink_input_list()
        own_sinks = {i.sink for i in inputs if i.proplist.get(PID_PROPERTY) == self._own}
        if not own_sinks:
            default = self._pulse.server_info().default_sink_name
            own_sinks = {s.index for s in self._pulse.sink_list() if s.name == default}
        return [
            Stream(str(i.index), _who(i), tuple(float(v) ** 3 for v in i.volume.values))
            for i in inputs
            if (self._any_sink or i.sink in own_sinks) and i.proplist.get(PID_PROPERTY) != self._own
        ]

    def set_volume(self, key: str, volume: Volume) -> None:
        import pulsectl

        cubic = [max(0.0, v) ** (1 / 3) for v in volume]
        with contextlib.suppress(pulsectl.PulseOperationFailed):  # the stream ended meanwhile
            self._pulse.sink_input_volume_set(int(key), pulsectl.PulseVolumeInfo(cubic))

    def close(self) -> None:
        self._pulse.close()


def _who(sink_input: Any) -> str:
    props = sink_input.proplist
    return f"{props.get(PID_PROPERTY, '?')}/{props.get('application.name', '?')}"
