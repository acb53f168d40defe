"""Speech engines behind one small protocol, hosted by the render child process.

Each module here wraps one synthesiser (``pyttsx3``, ``flite``, ``piper``) as a
:class:`~retrocoach.speech.engines.base.SpeechEngine`: a name, an identity (for the cache
key), its voices, and ``render(text, voice, rate, out_wav)``. Only the worker (``python -m
retrocoach.speech.worker --engine NAME``) creates engines, so a slow, crashing or GPL engine
never runs in the app's process. The parent side (which engine and voice to use, Auto) is
:mod:`retrocoach.speech.engines.choice`, which imports no engine.

- :mod:`~retrocoach.speech.engines.base`: the names, the protocol, :class:`UnknownVoice`.
- :mod:`~retrocoach.speech.engines.factory`: ``create(name)``, the worker's only way in.

This package's ``__init__`` imports nothing, so that no engine module imports its package
back (no import circle, lazy imports counted).
"""
