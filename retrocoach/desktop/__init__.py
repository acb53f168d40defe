"""The operating system around the app: MPRIS remote control and keeping the screen awake.

Each service is optional. On a platform or machine that lacks it (no D-Bus session bus on
Windows, macOS or a bare X server) it is simply absent, never an error; ``retrocoach check``
says which are there. This package imports ``core`` only; the ``ui`` layer drives it.
"""

#: The app's id on the desktop: the .desktop entry's and the metainfo's name, the icon's name,
#: the MPRIS DesktopEntry and Qt's desktop file name (reverse DNS, as AppStream asks).
APP_ID = "io.github.retrocoach.Retrocoach"
