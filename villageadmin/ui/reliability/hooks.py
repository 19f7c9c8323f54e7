"""What the main window gets from the reliability area (``install`` is listed in WINDOW_HOOKS):

* banners at start: read-only data (second window, read-only folder), a data folder on a USB
  stick or network share, and the quick tamper check (run beside the app's work);
* automatic backups: every 30 minutes while the data changes, and when the window closes;
* the idle lock;
* a Data menu: back up now, restore from a backup (administrator), check the data.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, QUrl, Signal
from PySide6.QtGui import QAction, QDesktopServices
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox

from shiboken6 import isValid

from villageadmin.core import backup, location, verify
from villageadmin.ui import ops, settings, single_instance

if TYPE_CHECKING:
    from villageadmin.core.store import Store
    from villageadmin.ui.main_window import MainWindow

AUTO_CHECK_MS = 60_000  # how often the timer asks whether a backup is due (backup.AUTO_INTERVAL decides)


class _Signals(QObject):
    done = Signal(object)


class _Background(QRunnable):
    """Work that does not use the app's store connection (it opens its own), off the UI thread."""

    def __init__(self, fn: Callable[[], Any], on_done: Callable[[Any], None]) -> None:
        super().__init__()
        self.fn = fn
        self.signals = _Signals()
        self.signals.done.connect(on_done)

    def run(self) -> None:
        ops.lower_priority()  # the file check runs beside the officer's clicks: the screen goes first
        try:
            result = self.fn()
        except Exception as exc:  # noqa: BLE001 - reported on the UI thread
            result = exc
        try:
            self.signals.done.emit(result)
        except RuntimeError:
            pass  # "Signal source has been deleted": the app quit while the work ran; nobody waits for it


_jobs: list[_Background] = []
_quit_hooked: set[int] = set()


def in_background(fn: Callable[[], Any], on_done: Callable[[Any], None]) -> None:
    def finished(result: Any) -> None:
        _jobs.remove(job)
        # The connection holds this function, which holds the job: a cycle through Qt that the garbage
        # collector cannot see, keeping ``on_done`` (and the window behind it) alive for good.
        job.signals.done.disconnect(finished)
        on_done(result)

    job = _Background(fn, finished)
    job.setAutoDelete(False)
    _jobs.append(job)
    QThreadPool.globalInstance().start(job)


def _store_open(store: Store) -> bool:
    try:
        store.conn.execute("SELECT 1")
    except sqlite3.ProgrammingError:
        return False  # closed: the window is on its way out (sign out, another data folder)
    return True


def install(window: MainWindow) -> ReliabilityHooks:
    hooks = ReliabilityHooks(window)
    window.reliability = hooks  # type: ignore[attr-defined]
    return hooks


class ReliabilityHooks(QObject):
    QUICK_CHECK_AFTER_MS = 3000

    def __init__(self, window: MainWindow) -> None:
        from villageadmin.ui import idle_lock

        super().__init__(window)
        self.window = window
        self.store = window.ctx.store
        backup.set_folder(settings.get("backup/folder") or None)
        self.read_only_banner()
        self.location_banner()
        # The file check reads the whole data file (seconds for a county archive): it starts once the
        # officer's first clicks after signing in have been answered, not beside them.
        QTimer.singleShot(self.QUICK_CHECK_AFTER_MS, self, self.start_quick_check)
        if not self.store.read_only:
            timer = QTimer(window)
            timer.setObjectName("autoBackupTimer")
            timer.setInterval(AUTO_CHECK_MS)
            timer.timeout.connect(self.auto_backup)
            timer.start()
            store = self.store
            window.signed_out.connect(lambda: backup_on_close(store))
            app = QApplication.instance()
            if app is not None and id(store) not in _quit_hooked:
                _quit_hooked.add(id(store))
                app.aboutToQuit.connect(lambda: backup_on_close(store))
        idle_lock.install(window)
        self.data_menu()

    # -- banners -------------------------------------------------------------------------------
    def read_only_banner(self) -> QLabel | None:
        if not self.store.read_only:
            return None
        guard = single_instance.current()
        if guard is not None and guard.mode == single_instance.READ_ONLY:
            text = self.tr("Read only: VillageAdmin is already open on this data folder in another window "
                           "(perhaps another user of this computer). You can look at and print records here, "
                           "but not change them. Close the other window and start again to make changes.")
        else:
            text = self.tr("Read only: the data folder cannot be written to. You can look at and print "
                           "records, but changes cannot be saved. Ask for the folder to be made writable.")
        label = self.window.add_banner(text, kind="warning")
        label.setObjectName("banner_read_only")
        return label

    def location_banner(self) -> QLabel | None:
        place = location.classify(self.store.data_dir)
        if place.kind == location.REMOVABLE:
            text = self.tr("The data folder is on a USB stick or other removable disk. Pulling it out or a "
                           "power cut while VillageAdmin writes can damage the data, and sticks get lost. Keep "
                           "the data on this computer's disk and save backups to the stick instead.")
        elif place.kind == location.NETWORK:
            text = self.tr("The data folder is on a network share. If the network drops while VillageAdmin "
                           "writes, the data can be damaged, and two computers opening it at once is not safe. "
                           "Keep the data on this computer's disk.")
        else:
            return None
        label = self.window.add_banner(text, kind="warning")
        label.setObjectName("banner_location")
        return label

    def start_quick_check(self) -> None:
        data_dir = self.store.data_dir
        in_background(lambda: verify.quick_file(data_dir), self.show_check_result)

    def alive(self) -> bool:
        return isValid(self) and isValid(self.window)

    def show_check_result(self, result: Any) -> QLabel | None:
        if not self.alive():
            return None
        if isinstance(result, verify.VerifyReport):
            if result.ok:
                self.window.statusBar().showMessage(self.tr("Data checked at start: whole, audit log unbroken."),
                                                    8000)
                return None
            first = result.first
            assert first is not None
            text = self.tr("The data may have been changed outside VillageAdmin: %1 Ask the township "
                           "administrator to check the data (Data menu → Check the data).").replace(
                "%1", first.message)
        else:
            text = self.tr("The data could not be checked at start: %1").replace("%1", ops.error_text(result))
        label = self.window.add_banner(text, kind="error")
        label.setObjectName("banner_tamper")
        return label

    # -- backups -------------------------------------------------------------------------------
    def auto_backup(self) -> None:
        store = self.store
        if not self.alive() or not _store_open(store):
            return

        def failed(exc: BaseException) -> None:
            if self.alive() and _store_open(store):
                self.window.statusBar().showMessage(
                    self.tr("Automatic backup failed: %1").replace("%1", ops.error_text(exc)), 30000)

        def done(info: backup.BackupInfo | None) -> None:
            if info is not None and self.alive():
                self.window.statusBar().showMessage(
                    self.tr("Backed up automatically: %1").replace("%1", info.label), 8000)

        ops.run_op(self.window, lambda: backup.maybe_auto(store), on_success=done, on_failure=failed)

    def backup_now(self) -> None:
        store = self.store

        def done(info: backup.BackupInfo) -> None:
            QMessageBox.information(self.window, self.tr("Backed up"),
                                    self.tr("The data is backed up and checked:\n%1").replace("%1", str(info.path)))

        ops.run_op(self.window, lambda: backup.make(store, reason="manual"), on_success=done,
                   progress=self.tr("Backing up…"))

    def check_now(self) -> None:
        store = self.store

        def done(report: verify.VerifyReport) -> None:
            if report.ok:
                QMessageBox.information(self.window, self.tr("Data checked"), verify.summary(report))
            else:
                lines = [p.message for p in report.problems[:10]]
                QMessageBox.warning(self.window, self.tr("Data may have been changed"),
                                    verify.summary(report) + "\n\n" + "\n".join(lines))

        ops.run_op(self.window, lambda: verify.full(store), on_success=done, progress=self.tr("Checking the data…"))

    def open_backups_folder(self) -> None:
        folder = backup.folder_for(self.store.data_dir)
        folder.mkdir(parents=True, exist_ok=True)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    def restore_from_backup(self) -> None:
        from villageadmin.ui.reliability.restore_dialog import BackupRestoreDialog

        dialog = BackupRestoreDialog(self.window.ctx, self.window)
        if dialog.exec() and dialog.restored:
            QMessageBox.information(self.window, self.tr("Restored"),
                                    self.tr("The backup of %1 is restored. Please sign in again.")
                                    .replace("%1", dialog.restored.label))
            self.window.sign_out()

    def data_menu(self) -> None:
        m = self.window.menu("data", self.tr("&Data"))
        writable = not self.store.read_only
        actions: list[tuple[str, str, Callable[[], None], bool]] = [
            ("actionBackupNow", self.tr("Back up now"), self.backup_now, writable),
            ("actionRestore", self.tr("Restore from a backup…"), self.restore_from_backup,
             self.window.ctx.actor.is_admin and writable),
            ("actionCheckData", self.tr("Check the data…"), self.check_now, True),
            ("actionBackupsFolder", self.tr("Open the backups folder"), self.open_backups_folder, True),
        ]
        for name, text, fn, enabled in actions:
            a = QAction(text, self.window)
            a.setObjectName(name)
            a.setEnabled(enabled)
            a.triggered.connect(fn)
            m.addAction(a)


def backup_on_close(store: Store) -> backup.BackupInfo | None:
    """When the window closes (sign out or quit): a backup if anything changed. Runs at once, as the
    store is closed right after."""
    try:
        ops.wait_idle(60000)
        if not _store_open(store):
            return None  # this store was closed already (another data folder was opened)
        return backup.on_close(store)
    except Exception as exc:  # noqa: BLE001 - closing goes on; say why there is no backup
        QMessageBox.warning(None, QApplication.translate("ReliabilityHooks", "No backup"),
                            QApplication.translate("ReliabilityHooks", "The backup on closing failed: %1")
                            .replace("%1", ops.error_text(exc)))
        return None
