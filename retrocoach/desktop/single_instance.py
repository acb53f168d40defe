"""One running app per data folder: a lock file, and a local server to bring its window up.

The running app holds ``retrocoach.lock`` in the data folder (a :class:`QLockFile`): it owns the
session journal, so no other process can mistake the live journal for a crash's and record it
as "interrupted". A second start finds the lock taken, asks the running app (through a
:class:`QLocalServer` whose name derives from the data folder) to raise its window, and exits.

QLockFile writes the owner's pid and host into the lock; a lock whose process is gone (the app
was killed, the power went off) is stale and taken over by the next start. Locks are never
considered stale by age (a session runs for an hour), but a lock that can never be released is
taken over too: one written on another machine (a data folder on a USB stick) or one that
cannot be read (left empty by a power cut).

A lock whose pid now belongs to another program (on Linux, ``/proc/PID/cmdline`` does not
name retrocoach: the pid was reused after a crash) is stale too.

Read-only commands (``plan``, ``history``...) never look at the lock. If the lock cannot be
written in the data folder (a read-only or full disk), the spare lock in this user's private
temporary folder (``DataPaths.spare_instance_lock_file``, where the journal goes then too)
keeps it one app per data folder; only when neither can be written does the app run without.
"""

from __future__ import annotations

import enum
import hashlib
import logging
import os
import time
from pathlib import Path

from PySide6.QtCore import QLockFile, QObject, QSysInfo, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from retrocoach.storage.spare_journal import private_folder

log = logging.getLogger(__name__)

#: What a second start sends, and what the running app answers (followed by its pid).
RAISE_REQUEST = b"raise\n"
RAISED_REPLY = b"raised"
#: An unreadable lock file older than this (seconds) is not one being written: it is taken over.
UNREADABLE_LOCK_SECONDS = 10.0


class Ownership(enum.Enum):
    OWNED = "owned"  # this process holds the lock: it is the running app
    TAKEN = "taken"  # another live process holds it
    UNAVAILABLE = "unavailable"  # the lock cannot be written (the app runs without it)


def server_name(data_dir: Path) -> str:
    """The local server's name for this data folder (and this user)."""
    try:
        folder = str(data_dir.resolve())
    except OSError:
        folder = str(data_dir.absolute())
    digest = hashlib.sha256(folder.encode("utf-8", "surrogateescape")).hexdigest()[:16]
    user = os.getuid() if hasattr(os, "getuid") else os.environ.get("USERNAME", "")
    return f"retrocoach-{user}-{digest}"


class SingleInstance(QObject):
    """The lock and the server of the running app; see the module docstring.

    :attr:`raise_requested` fires (on the thread that created this object) when a second start
    asks for the window.
    """

    raise_requested = Signal()

    def __init__(
        self, lock_file: Path, spare_lock_file: Path | None = None, parent: QObject | None = None
    ) -> None:
        """`lock_file` is the data folder's lock (``DataPaths.instance_lock_file``): one app
        per data folder, so the server is named after that folder. `spare_lock_file` is
        taken instead when the data folder cannot hold the lock."""
        super().__init__(parent)
        self.data_dir = lock_file.parent
        self.name = server_name(self.data_dir)
        self.lock_path = lock_file
        self._spare_path = spare_lock_file
        self._lock = self._new_lock(lock_file)
        self._server: QLocalServer | None = None

    @staticmethod
    def _new_lock(path: Path) -> QLockFile:
        lock = QLockFile(str(path))
        lock.setStaleLockTime(0)  # stale only when its process is gone, never by age
        return lock

    def acquire(self) -> Ownership:
        """Take the lock if nobody else holds it (a stale one is taken over); the spare
        lock when the data folder cannot hold it.

        Needs no QApplication; call :meth:`listen` once there is one.
        """
        found = self._acquire()
        if found is not Ownership.UNAVAILABLE or self._spare_path is None:
            return found
        try:
            private_folder(self._spare_path.parent)
        except OSError as error:
            log.warning("no spare single-instance lock either: %s", error)
            return found
        log.warning("the data folder cannot hold the lock: using %s", self._spare_path)
        self.lock_path, self._lock = self._spare_path, self._new_lock(self._spare_path)
        self._spare_path = None
        return self._acquire()

    def _acquire(self) -> Ownership:
        try:
            self.lock_path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            log.warning("no single-instance lock: %s (%s)", self.lock_path.parent, error)
            return Ownership.UNAVAILABLE
        if self._lock.tryLock(0):
            return Ownership.OWNED
        if self._lock.error() == QLockFile.LockError.LockFailedError:
            problem = self._unusable_lock()
            if problem is None:
                return Ownership.TAKEN
            log.warning("taking over %s: %s", self.lock_path, problem)
            self._lock.removeStaleLockFile()
            if self._lock.tryLock(0):
                return Ownership.OWNED
            if self._lock.error() == QLockFile.LockError.LockFailedError:
                return Ownership.TAKEN
        log.warning("no single-instance lock: %s (%s)", self.lock_path, self._lock.error().name)
        return Ownership.UNAVAILABLE

    def _unusable_lock(self) -> str | None:
        """Why a lock that Qt calls taken can never be released, or None (it may be live).

        Qt can tell a dead owner only on this machine: a lock written on another machine (a
        data folder on a USB stick, the app killed there) or left empty by a power cut while
        it was written would block every start for ever.
        """
        info: object = self._lock.getLockInfo()  # PySide6: (pid, hostname, appname)
        pid, host = info[:2] if isinstance(info, tuple) and len(info) >= 2 else (0, "")
        if isinstance(pid, int) and pid > 0 and host:
            if host != QSysInfo.machineHostName():
                return f"it was written on another machine ({host})"
            if pid != os.getpid() and not _runs_retrocoach(pid):
                return f"its process {pid} is another program now (the pid was reused)"
            return None
        try:
            age = time.time() - self.lock_path.stat().st_mtime
        except OSError:
            return None
        if age > UNREADABLE_LOCK_SECONDS:  # not one being written right now
            return "it cannot be read (empty or damaged)"
        return None

    def owner_pid(self) -> int | None:
        """The pid written in the lock file (the running app), if it can be read."""
        info: object = self._lock.getLockInfo()  # PySide6: (pid, hostname, appname)
        pid = info[0] if isinstance(info, tuple) and info else None
        return pid if isinstance(pid, int) and pid > 0 else None

    def release(self) -> None:
        if self._server is not None:
            self._server.close()
            self._server = None
        if self._lock.isLocked():
            self._lock.unlock()

    def listen(self) -> None:
        """As the running app (the lock holder): answer second starts from now on."""
        if not self._lock.isLocked() or self._server is not None:
            return
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        QLocalServer.removeServer(self.name)  # a socket left by a killed app (we hold the lock)
        if not server.listen(self.name):
            log.warning("cannot listen as %s: %s", self.name, server.errorString())
            return
        server.newConnection.connect(self._on_connection)
        self._server = server

    def _on_connection(self) -> None:
        server = self._server
        while server is not None and server.hasPendingConnections():
            socket = server.nextPendingConnection()
            socket.readyRead.connect(lambda s=socket: self._on_request(s))
            socket.disconnected.connect(socket.deleteLater)
            if socket.bytesAvailable():
                self._on_request(socket)

    def _on_request(self, socket: QLocalSocket) -> None:
        if not socket.canReadLine():
            return
        request = bytes(socket.readLine().data())
        if request == RAISE_REQUEST:
            log.info("a second start asked for the window: raising it")
            self.raise_requested.emit()
            socket.write(RAISED_REPLY + b" %d\n" % os.getpid())
            socket.flush()
        socket.disconnectFromServer()


def _runs_retrocoach(pid: int) -> bool:
    """Whether process `pid` runs retrocoach, as far as this system can tell (Linux: its
    command line names it; elsewhere, and when it cannot be read, it is assumed to)."""
    try:
        with open(f"/proc/{pid}/cmdline", "rb") as handle:  # the system's, not a user's file
            command_line = handle.read(64 * 1024)
    except FileNotFoundError:
        return not Path("/proc/self").exists()  # Linux: the process is gone
    except OSError:
        return True
    return b"retrocoach" in command_line.lower()


def ask_running_app_to_raise(name: str, timeout: float = 5.0) -> int | None:
    """Ask the running app (server `name`) to raise its window; its pid, or None if unreached.

    Retries until `timeout`: the running app may still be starting (lock taken, not yet
    listening). Blocking: for a second start that is about to exit.
    """
    deadline = time.monotonic() + timeout
    while True:
        socket = QLocalSocket()
        socket.connectToServer(name)
        if socket.waitForConnected(500):
            socket.write(RAISE_REQUEST)
            socket.waitForBytesWritten(1000)
            reply = b""
            while b"\n" not in reply and socket.waitForReadyRead(2000):
                reply += bytes(socket.readAll().data())
            socket.disconnectFromServer()
            word, _, pid = reply.strip().partition(b" ")
            if word == RAISED_REPLY and pid.isdigit():
                return int(pid)
        if time.monotonic() >= deadline:
            return None
        time.sleep(0.1)
