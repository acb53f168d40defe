"""retrocoach: a voice-first coaching timer for backward (reverse) running."""

__version__ = "0.1.0"
