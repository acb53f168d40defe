"""Ducking: other applications' sounds step back while the coach speaks or beeps.

The speech side says when each of its sounds will be heard (``AudioOut.sounding``); the ui
layer hands that to a :class:`~.ducker.Ducker`, which lowers the other streams on the same
output around it on a thread of its own (:mod:`.shape` says when and how far), writes their
original volumes to a state file first, and starts a watchdog process that restores them if
the app dies (:mod:`.watchdog`). :mod:`.platform` picks the backend: PulseAudio/PipeWire
(:mod:`.pulse`), Windows audio sessions (:mod:`.windows`); none on macOS.
"""
