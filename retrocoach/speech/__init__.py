"""Speech: every cue rendered ahead into a WAV cache by an engine in a child process, and
played on time through one audio stream.

- rendering: :mod:`~retrocoach.speech.process` (the killable worker's handle),
  :mod:`~retrocoach.speech.worker` (the worker itself), :mod:`~retrocoach.speech.engines`
  (pyttsx3, flite, Piper, and which one speaks), :mod:`~retrocoach.speech.cache`,
  :mod:`~retrocoach.speech.loudness`, :mod:`~retrocoach.speech.renderer` (background
  rendering, results on the GUI thread), :mod:`~retrocoach.speech.long_text`.
- playing: :mod:`~retrocoach.speech.player` wires :mod:`~retrocoach.speech.timeline` (what
  comes due when, pure), :mod:`~retrocoach.speech.voice_channel` (who holds the voice, by
  :mod:`~retrocoach.speech.arbitration`), :mod:`~retrocoach.speech.beep_channel`,
  :mod:`~retrocoach.speech.clip_pool` and :mod:`~retrocoach.speech.audio_out`.
- problems: :mod:`~retrocoach.speech.errors` (a failure raises a ``SpeechError`` carrying a
  ``Problem``), :mod:`~retrocoach.speech.hints` (the fix texts).
- the command line: :mod:`~retrocoach.speech.check`, :mod:`~retrocoach.speech.qt_probe`,
  :mod:`~retrocoach.speech.probe`, :mod:`~retrocoach.speech.voices`,
  :mod:`~retrocoach.speech.play`; :mod:`~retrocoach.speech.engine` gathers the public names.
"""
