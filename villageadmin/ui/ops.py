"""Run core calls off the UI thread; results come back on the UI thread.

Like Anki's CollectionOp/QueryOp: one worker at a time for the store; the UI never touches
widgets from the worker. Long work shows a progress dialog.
"""

from __future__ import annotations

import os
import sqlite3
import sys
import threading
from collections import deque
import traceback
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThread, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from villageadmin.core import store as store_module
from villageadmin.core.errors import VillageAdminError

if TYPE_CHECKING:
    from villageadmin.core.store import Store

_pool: QThreadPool | None = None
_running: list[Any] = []
_read_pool: QThreadPool | None = None
_reading: list[Any] = []  # run_read's jobs, on their own connections
_finished: deque[Any] = deque(maxlen=16)


def pool() -> QThreadPool:
    global _pool
    if _pool is None:
        _pool = QThreadPool()
        _pool.setMaxThreadCount(1)  # one store worker, as SQLite has one writer
    return _pool


def read_pool() -> QThreadPool:
    global _read_pool
    if _read_pool is None:
        _read_pool = QThreadPool()
        _read_pool.setMaxThreadCount(1)
    return _read_pool


class _Signals(QObject):
    done = Signal(object)
    failed = Signal(object)
    progress = Signal(str, float)


_thread_state = threading.local()


def lower_priority() -> None:
    """Let the screen go first: when both want the processor, this worker thread gets the smaller share.

    A long read beside the officer's clicks (a county's overview, the file check) made the pages opened
    meanwhile two to three times slower on a two-core PC (a county's month table: about 200 → 80 ms). Once per
    thread: an unprivileged process cannot raise a thread's priority again."""
    if getattr(_thread_state, "lowered", False):
        return
    _thread_state.lowered = True
    thread = QThread.currentThread()
    if thread is not None:
        thread.setPriority(QThread.Priority.LowPriority)  # Windows and macOS; Linux ignores it for normal threads
    if sys.platform.startswith("linux"):
        try:
            os.setpriority(os.PRIO_PROCESS, threading.get_native_id(), 10)  # Linux: this thread's own nice
        except OSError:
            pass


class _Cancelled(Exception):
    """The widget that asked for the work was deleted before the work began."""


class _Job(QRunnable):
    def __init__(self, fn: Callable[..., Any], with_progress: bool, low_priority: bool = False) -> None:
        super().__init__()
        self.fn = fn
        self.with_progress = with_progress
        self.low_priority = low_priority
        self.signals = _Signals()
        self.setAutoDelete(False)
        self.cancelled = False  # the window that asked went away before the work began: skip it

    def cancel(self, *_args: Any) -> None:
        self.cancelled = True

    def _emit(self, signal_name: str, *args: Any) -> None:
        # The UI may be gone by now (window closed, app quitting): then nobody waits for the answer.
        try:
            getattr(self.signals, signal_name).emit(*args)
        except RuntimeError:
            pass

    def run(self) -> None:
        if self.cancelled:
            self._emit("failed", _Cancelled())  # still answers, so the UI side forgets the job
            return
        if self.low_priority:
            lower_priority()
        try:
            if self.with_progress:
                result = self.fn(lambda text, frac: self._emit("progress", text, float(frac)))
            else:
                result = self.fn()
        except BaseException as exc:  # noqa: BLE001 - handed to the UI thread
            exc.__traceback_text__ = traceback.format_exc()  # type: ignore[attr-defined]
            self._emit("failed", exc)
        else:
            self._emit("done", result)


def _store_closed(exc: BaseException) -> bool:
    """sqlite3's "Cannot operate on a closed database": the store was closed (sign-out, another data
    folder, the app quitting) while the work ran."""
    return isinstance(exc, sqlite3.ProgrammingError) and "closed database" in str(exc)


def error_text(exc: BaseException) -> str:
    if isinstance(exc, VillageAdminError):
        return exc.message
    if isinstance(exc, OSError):
        return f"{exc.strerror or exc}（{exc.filename or ''}）"
    return str(exc) or exc.__class__.__name__


def show_error(parent: QWidget | None, exc: BaseException, title: str | None = None) -> None:
    QMessageBox.warning(parent, title or QCoreApplication.translate("Ops", "Could not do that"), error_text(exc))


def run_op(parent: QWidget | None, fn: Callable[..., Any], *, on_success: Callable[[Any], None] | None = None,
           on_failure: Callable[[BaseException], None] | None = None, progress: str | None = None,
           with_progress: bool = False) -> None:
    """Run ``fn`` on the store worker. With ``progress`` text, a modal progress dialog shows meanwhile;
    with ``with_progress=True``, ``fn`` receives a ``report(text, fraction)`` callback."""
    _start(pool(), _running, parent, fn, on_success=on_success, on_failure=on_failure, progress=progress,
           with_progress=with_progress)


def run_read(parent: QWidget | None, store: Store, fn: Callable[[Store], Any], *,
             on_success: Callable[[Any], None] | None = None,
             on_failure: Callable[[BaseException], None] | None = None) -> None:
    """Long read-only work (a whole check of the county) on a connection and thread of its own, so the
    store worker stays free for the pages meanwhile. ``fn`` gets the read-only store it should use."""
    data_dir = store.data_dir

    def work() -> Any:
        from villageadmin.core.store import open_store

        own = open_store(data_dir, read_only=True, migrate=False, create=False)
        try:
            return fn(own)
        finally:
            own.close()

    # Its own thread, below the screen's priority: nobody waits for this work with a dialog open.
    _start(read_pool(), _reading, parent, work, on_success=on_success, on_failure=on_failure, low_priority=True)


def _start(the_pool: QThreadPool, running: list[Any], parent: QWidget | None, fn: Callable[..., Any], *,
           on_success: Callable[[Any], None] | None = None,
           on_failure: Callable[[BaseException], None] | None = None, progress: str | None = None,
           with_progress: bool = False, low_priority: bool = False) -> None:
    job = _Job(fn, with_progress, low_priority)
    dialog: QProgressDialog | None = None
    if progress:
        dialog = QProgressDialog(progress, "", 0, 100 if with_progress else 0, parent)
        dialog.setCancelButton(None)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(300)
        dialog.setAutoClose(False)
        dialog.setValue(0)

    def finish() -> None:
        if dialog is not None and shiboken6.isValid(dialog):
            dialog.close()
            dialog.deleteLater()
        if job in running:
            running.remove(job)
            # Kept a little longer: this answer can arrive while the worker thread is still returning from
            # the job's run(); dropping the last reference now would delete the job under it.
            _finished.append(job)
        if parent is not None and shiboken6.isValid(parent):
            # The connection would keep the job, its callbacks and what they hold alive with the parent.
            parent.destroyed.disconnect(job.cancel)

    def gone() -> bool:
        """The widget that asked was deleted (its window closed, its store with it)."""
        return parent is not None and not shiboken6.isValid(parent)

    def ok(result: Any) -> None:
        finish()
        if on_success and not gone():
            on_success(result)

    def bad(exc: BaseException) -> None:
        finish()
        if gone() or isinstance(exc, _Cancelled) or _store_closed(exc):
            return  # the window, or the store it showed, went away while the work ran: nobody to tell
        if on_failure:
            on_failure(exc)
        else:
            show_error(parent, exc)

    def prog(text: str, frac: float) -> None:
        if dialog is not None and shiboken6.isValid(dialog):
            dialog.setLabelText(text)
            dialog.setValue(int(frac * 100))

    if parent is not None:
        # Work not yet begun when its window goes is dropped: it would read a store being closed.
        parent.destroyed.connect(job.cancel)
    job.signals.done.connect(ok, Qt.ConnectionType.QueuedConnection)
    job.signals.failed.connect(bad, Qt.ConnectionType.QueuedConnection)
    job.signals.progress.connect(prog, Qt.ConnectionType.QueuedConnection)
    running.append(job)
    the_pool.start(job)


def _finish_before_close(_store: object) -> None:
    """A store is closing (sign-out, another data folder, quitting): let the work running on it end first.
    Not from the worker itself (work that opens and closes a store of its own)."""
    app = QCoreApplication.instance()
    if _pool is not None and app is not None and QThread.currentThread() is app.thread():
        _pool.waitForDone()


store_module.BEFORE_CLOSE.append(_finish_before_close)


# How long a page waits after showing its first rows before starting background work for the rest.
AFTER_PAINT_MS = 150


def after_paint(widget: QWidget, fn: Callable[[], None]) -> None:
    """Call ``fn`` once ``widget``'s first rows are on the screen (dropped if the widget is deleted first).

    Background work started at once would hold up that first paint: worker threads share the Python
    interpreter with the screen."""
    QTimer.singleShot(AFTER_PAINT_MS, widget, fn)


def wait_idle(timeout_ms: int = 30000) -> bool:
    """Tests: wait until the workers are idle (then process events to deliver the results)."""
    return pool().waitForDone(timeout_ms) and read_pool().waitForDone(timeout_ms)
