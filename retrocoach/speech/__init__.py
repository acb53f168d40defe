"""Speech: render every cue ahead with pyttsx3 into a WAV cache, play it on time with Qt.

- :mod:`~retrocoach.speech.engine`: the synthesiser in a killable child process.
- :mod:`~retrocoach.speech.cache`: the WAV cache keyed by text, voice, rate and engine.
- :mod:`~retrocoach.speech.renderer`: background rendering with results on the GUI thread.
- :mod:`~retrocoach.speech.player`: plays each cue at its due time with QtMultimedia.
- :mod:`~retrocoach.speech.check`: ``retrocoach check`` / ``voices`` / ``say``.
"""
