"""retrocoach: a voice-first coaching timer for backward (reverse) running."""

__version__ = "0.1.0"

#: The app's id on the desktop: the .desktop entry's and the metainfo's name, the icon's name,
#: the MPRIS DesktopEntry and Qt's desktop file name (reverse DNS, as AppStream asks).
APP_ID = "io.github.retrocoach.Retrocoach"
