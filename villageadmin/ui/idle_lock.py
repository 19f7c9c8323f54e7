"""Lock the app after a while without keyboard or mouse use (a shared PC at the township office).

An event filter on each top-level window (QWindow: the app's windows and its dialogs as they get the
focus) notes every key press, click, wheel turn and mouse move; a timer locks when the configured minutes (setting ``security/idle_lock_minutes``, default 10) have
passed without any. Locking covers every open window so nothing stays readable, and asks for the
signed-in user's password again (failures are audited and slow down like sign-in). Open forms
keep their unsaved input. The screens and their words live in ``ui/reliability/lock_screen.py``.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QWindow
from PySide6.QtWidgets import QApplication

if TYPE_CHECKING:
    from villageadmin.ui.main_window import MainWindow

ACTIVITY = {
    QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonDblClick, QEvent.Type.MouseMove,
    QEvent.Type.Wheel, QEvent.Type.TouchBegin, QEvent.Type.TouchUpdate, QEvent.Type.TabletPress,
    QEvent.Type.InputMethod,
}


class IdleWatcher(QObject):
    """Emits ``idle`` once the user has done nothing for ``minutes``; ``poke()`` counts as activity."""

    idle = Signal()

    def __init__(self, minutes: float, parent: QObject | None = None, *,
                 clock: Callable[[], float] = time.monotonic) -> None:
        super().__init__(parent)
        self._clock = clock
        self._last = clock()
        self._fired = False
        self.paused = False
        self.minutes = float(minutes)
        self.timer = QTimer(self)
        self.timer.setInterval(5000)
        self.timer.timeout.connect(self.check)
        self.timer.start()
        # On the windows, not on the QApplication: an application-wide filter is called from Python for
        # every event of every widget (tens of milliseconds each time a page is built); input reaches a
        # widget through its window, so the windows' filters see all of it.
        app = QApplication.instance()
        if app is not None:
            app.focusWindowChanged.connect(self._watch)
            for win in QGuiApplication.topLevelWindows():
                self._watch(win)

    def _watch(self, window: QWindow | None) -> None:
        if window is not None:
            window.installEventFilter(self)  # installing it again keeps one

    def stop(self) -> None:
        self.timer.stop()
        app = QApplication.instance()
        if app is not None:
            try:
                app.focusWindowChanged.disconnect(self._watch)
            except (RuntimeError, TypeError):
                pass
            for win in QGuiApplication.topLevelWindows():
                win.removeEventFilter(self)

    def set_minutes(self, minutes: float) -> None:
        self.minutes = float(minutes)

    def poke(self) -> None:
        self._last = self._clock()
        self._fired = False

    def idle_seconds(self) -> float:
        return self._clock() - self._last

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() in ACTIVITY and not self.paused:
            self._last = self._clock()
            self._fired = False
        return False

    def lock_parent(self) -> None:
        """Lock the window this watcher belongs to (and every open dialog) until its user signs in again."""
        from villageadmin.ui.reliability.lock_screen import lock

        self.paused = True
        try:
            lock(self.parent())
        finally:
            self.paused = False
            self.poke()

    def check(self) -> None:
        if self.paused or self._fired or self.minutes <= 0:
            return
        if self.idle_seconds() >= self.minutes * 60:
            self._fired = True
            self.idle.emit()


def install(window: MainWindow) -> IdleWatcher:
    """Watch for idleness and lock ``window`` (and every open dialog) when it comes."""
    from villageadmin.ui import settings
    watcher = IdleWatcher(float(settings.get("security/idle_lock_minutes")), window)
    # The window is reached through the watcher's parent, not held by a function connected to the
    # watcher's signal: that would keep a closed window alive.
    watcher.idle.connect(watcher.lock_parent)
    window.winId()  # its QWindow now, so it is watched even before it first gets the focus
    watcher._watch(window.windowHandle())
    window.idle_watcher = watcher  # type: ignore[attr-defined]
    return watcher
