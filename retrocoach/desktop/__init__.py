"""The operating system around the app: MPRIS remote control and keeping the screen awake.

Each service is optional. On a platform or machine that lacks it (no D-Bus session bus on
Windows, macOS or a bare X server) it is simply absent, never an error; ``retrocoach check``
says which are there. This package imports ``core`` and, for where files go, ``storage.paths``;
the ``ui`` layer drives it.
"""

from retrocoach import APP_ID

__all__ = ["APP_ID"]
