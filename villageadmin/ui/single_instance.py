"""One writer per data folder: a second start brings the first window forward.

The first app to start on a data folder holds a lock file in it (QLockFile: a crashed app's lock
is recognised by its dead process id) and listens on a local socket named after the folder. A
second start on the same folder asks the first, through that socket, to come forward, and exits.
If the first does not answer (another user of the PC holds the folder, or the app hangs), the
second opens the data read-only and says so in a banner.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

from typing import TYPE_CHECKING

from PySide6.QtCore import QLockFile, QObject, QThread, QTimer, Signal
from PySide6.QtWidgets import QApplication, QDialog, QWidget

if TYPE_CHECKING:
    from PySide6.QtNetwork import QLocalServer, QLocalSocket

# The socket starts listening this long after the start (QtNetwork is loaded then, not before the first
# screen); a second start in that moment waits for it (_ask_first_to_come_forward retries).
LISTEN_AFTER_MS = 50

LOCK_NAME = ".villageadmin.lock"
PRIMARY, ACTIVATED, READ_ONLY = "primary", "activated", "read_only"
_current: InstanceGuard | None = None


def server_name(data_dir: Path) -> str:
    """A local socket name for the folder (short: Unix socket paths are limited)."""
    key = os.path.normcase(str(Path(data_dir).resolve()))
    return "villageadmin-" + hashlib.sha256(key.encode("utf-8")).hexdigest()[:24]


class InstanceGuard(QObject):
    activate_requested = Signal()

    def __init__(self, data_dir: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.data_dir = Path(data_dir)
        self.name = server_name(self.data_dir)
        self.mode = PRIMARY
        self.lock: QLockFile | None = None
        self.server: QLocalServer | None = None
        self._released = False

    def acquire(self, *, timeout_ms: int = 8000) -> str:
        """PRIMARY (we hold the folder), ACTIVATED (the first app came forward: exit) or READ_ONLY."""
        try:
            self.data_dir.mkdir(parents=True, exist_ok=True)
        except OSError:
            pass
        lock = QLockFile(str(self.data_dir / LOCK_NAME))
        lock.setStaleLockTime(0)  # the app runs for hours: only a dead owner makes the lock stale
        if lock.tryLock(0):
            self.lock = lock
            self._listen_soon()
            self.mode = PRIMARY
        elif lock.error() == QLockFile.LockError.LockFailedError:
            self.mode = ACTIVATED if self._ask_first_to_come_forward(timeout_ms) else READ_ONLY
        else:
            # The folder cannot hold a lock file (read-only folder): the store opens read-only anyway.
            self._listen_soon()
            self.mode = PRIMARY
        return self.mode

    def _listen_soon(self) -> None:
        if QApplication.instance() is None:
            self._listen()
        else:
            QTimer.singleShot(LISTEN_AFTER_MS, self, self._listen)

    def _listen(self) -> None:
        if self.server is not None or self._released:
            return
        from PySide6.QtNetwork import QLocalServer

        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if not server.listen(self.name):
            QLocalServer.removeServer(self.name)  # left behind by a crashed app (Unix)
            server.listen(self.name)
        server.newConnection.connect(self._on_connection)
        self.server = server

    def _on_connection(self) -> None:
        assert self.server is not None
        while (sock := self.server.nextPendingConnection()) is not None:
            sock.readyRead.connect(lambda s=sock: self._on_message(s))
            sock.disconnected.connect(sock.deleteLater)
            if sock.bytesAvailable():
                self._on_message(sock)

    def _on_message(self, sock: QLocalSocket) -> None:
        data = bytes(sock.readAll().data())
        if b"activate" in data:
            bring_forward()
            self.activate_requested.emit()
            sock.write(b"ok\n")
            sock.flush()

    def _ask_first_to_come_forward(self, timeout_ms: int) -> bool:
        import time

        from PySide6.QtNetwork import QLocalSocket

        sock = QLocalSocket()
        give_up = time.monotonic() + min(timeout_ms, 3000) / 1000
        while True:
            sock.connectToServer(self.name)
            if sock.waitForConnected(min(timeout_ms, 3000)):
                break
            # The first app may have started a moment ago and not be listening yet (LISTEN_AFTER_MS).
            if sock.error() not in (QLocalSocket.LocalSocketError.ServerNotFoundError,
                                    QLocalSocket.LocalSocketError.ConnectionRefusedError) \
                    or time.monotonic() >= give_up:
                return False
            sock.abort()
            QThread.msleep(100)
        sock.write(b"activate\n")
        sock.flush()
        if not sock.waitForBytesWritten(timeout_ms) and sock.bytesToWrite():
            return False
        # The first app answers from its event loop: allow for it still starting up.
        ok = sock.waitForReadyRead(timeout_ms) and b"ok" in bytes(sock.readAll().data())
        sock.disconnectFromServer()
        return bool(ok)

    def release(self) -> None:
        self._released = True
        if self.server is not None:
            self.server.close()
            self.server = None
        if self.lock is not None:
            self.lock.unlock()
            self.lock = None


def bring_forward() -> QWidget | None:
    """Show the app's main (or current) window in front: the top-level window that is not a dialog."""
    windows = [w for w in QApplication.topLevelWidgets() if w.isVisible() and not isinstance(w, QDialog)]
    active = QApplication.activeModalWidget()
    target = windows[0] if windows else None
    for w in (target, active):
        if w is not None:
            if w.isMinimized():
                w.showNormal()
            w.raise_()
            w.activateWindow()
    return target


def start(data_dir: Path) -> InstanceGuard:
    """Called by the app before it opens the store; keeps the guard for the banner to ask about."""
    global _current
    guard = InstanceGuard(data_dir, QApplication.instance())
    guard.acquire()
    _current = guard
    app = QApplication.instance()
    if app is not None and guard.mode == PRIMARY:
        app.aboutToQuit.connect(guard.release)
    return guard


def current() -> InstanceGuard | None:
    return _current
