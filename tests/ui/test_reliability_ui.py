"""Reliability in the app: start-up banners (tampered data, read-only, USB/network folder), automatic
backups, the Data menu, restoring from the backup list, the idle lock."""

from __future__ import annotations

import datetime as dt
import sqlite3

import pytest
from PySide6.QtCore import QEvent, QPointF, Qt, QTimer
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QMenu

from villageadmin.core import audit, backup, location, meetings
from villageadmin.core.meetings import Attendee, MeetingInput
from villageadmin.core.store import open_store
from villageadmin.ui import main_window, ops
from villageadmin.ui.context import AppContext
from villageadmin.ui.idle_lock import IdleWatcher
from villageadmin.ui.reliability import hooks
from villageadmin.ui.reliability.lock_screen import LockCover, LockDialog, lock
from villageadmin.ui.reliability.restore_dialog import BackupRestoreDialog

from tests.conftest import ADMIN_PW


def work(day: dt.date, topic: str) -> MeetingInput:
    return MeetingInput(village_id=1, kind="work", held_on=day, start_time="09:00", place="村部会议室",
                        host="张书记", recorder="王会计", topic=topic, attendance=[Attendee(1, True)])


@pytest.fixture(autouse=True)
def _clean_backup_state():
    backup.set_folder(None)
    backup._last_backup.clear()
    yield
    backup._last_backup.clear()


@pytest.fixture
def bare_window(qtbot, monkeypatch):
    """A main window without the area pages and hooks (fast); tests install the reliability hooks."""
    monkeypatch.setattr(main_window, "PAGES", [])
    monkeypatch.setattr(main_window, "WINDOW_HOOKS", [])
    monkeypatch.setattr(hooks.ReliabilityHooks, "start_quick_check", lambda self: None)

    def make(store, actor):
        w = main_window.MainWindow(AppContext(store, actor))
        qtbot.addWidget(w)
        return w
    return make


def banner(window, name: str) -> QLabel | None:
    return window.findChild(QLabel, name)


def data_menu(window) -> QMenu:
    return window.findChild(QMenu, "menu_data")


def action(window, name: str):
    return [a for a in data_menu(window).actions() if a.objectName() == name][0]


# -- start-up banners -----------------------------------------------------------------------------
def test_app_warns_on_start_when_a_record_was_edited_behind_its_back(qtbot, store, village1, admin,
                                                                      monkeypatch):
    mid = meetings.save_meeting(store, village1, work(dt.date(2026, 11, 3), "十一月例会"))
    conn = sqlite3.connect(store.path)
    conn.execute("UPDATE meetings SET topic='改过的主题' WHERE id=?", (mid,))
    conn.commit()
    conn.close()
    monkeypatch.setattr(main_window, "PAGES", [])
    monkeypatch.setattr(main_window, "WINDOW_HOOKS", ["villageadmin.ui.reliability.hooks:install"])
    w = main_window.MainWindow(AppContext(store, admin))
    qtbot.addWidget(w)
    qtbot.waitUntil(lambda: banner(w, "banner_tamper") is not None, timeout=10000)
    text = banner(w, "banner_tamper").text()
    assert text.startswith("数据可能在村务通之外被改动过：")
    assert f"会议记录（编号 {mid}）" in text and "“改过的主题”" in text
    assert "检查数据" in text


def test_no_tamper_banner_for_untouched_data(qtbot, store, village1, admin, monkeypatch):
    meetings.save_meeting(store, village1, work(dt.date(2026, 11, 3), "十一月例会"))
    monkeypatch.setattr(main_window, "PAGES", [])
    monkeypatch.setattr(main_window, "WINDOW_HOOKS", ["villageadmin.ui.reliability.hooks:install"])
    w = main_window.MainWindow(AppContext(store, admin))
    qtbot.addWidget(w)
    qtbot.waitUntil(lambda: "数据已检查" in w.statusBar().currentMessage(), timeout=10000)
    assert banner(w, "banner_tamper") is None


def test_read_only_data_shows_a_banner_and_disables_changes(qtbot, store, admin, bare_window):
    data = store.data_dir
    store.close()
    ro = open_store(data, read_only=True)
    try:
        w = bare_window(ro, admin)
        hooks.install(w)
        assert "只读" in banner(w, "banner_read_only").text()
        assert w.findChild(QTimer, "autoBackupTimer") is None  # no automatic backups of read-only data
        assert not action(w, "actionBackupNow").isEnabled()
        assert not action(w, "actionRestore").isEnabled()
    finally:
        ro.close()


@pytest.mark.parametrize("kind, words", [("removable", "U盘"), ("network", "网络共享盘")])
def test_data_folder_on_a_stick_or_share_is_warned_about(qtbot, store, admin, bare_window, monkeypatch, kind,
                                                         words):
    monkeypatch.setattr(location, "classify", lambda p: location.Location(kind, "vfat", "/media/x"))
    w = bare_window(store, admin)
    hooks.install(w)
    assert words in banner(w, "banner_location").text()


def test_local_data_folder_has_no_location_banner(qtbot, store, admin, bare_window):
    w = bare_window(store, admin)
    hooks.install(w)
    assert banner(w, "banner_location") is None
    assert banner(w, "banner_read_only") is None


# -- backups from the app -------------------------------------------------------------------------
def test_timer_backs_up_and_closing_backs_up_changes(qtbot, store, village1, admin, bare_window):
    w = bare_window(store, admin)
    hooks.install(w)
    assert w.findChild(QTimer, "autoBackupTimer").interval() == 60_000
    w.reliability.auto_backup()
    ops.wait_idle()
    qtbot.waitUntil(lambda: len(backup.list_backups(store.data_dir / "backups")) == 1)
    assert backup.list_backups(store.data_dir / "backups")[0].reason == "auto"
    w.reliability.auto_backup()  # too soon and nothing changed: no second one
    ops.wait_idle()
    meetings.save_meeting(store, village1, work(dt.date(2026, 11, 3), "关闭前的修改"))
    info = hooks.backup_on_close(store)
    assert info is not None and info.reason == "close"
    assert backup.inspect(info.path).head == audit.head(store)
    assert hooks.backup_on_close(store) is None  # nothing new


def test_data_menu_has_backup_restore_check(qtbot, store, admin, village1, bare_window):
    w = bare_window(store, admin)
    hooks.install(w)
    names = [a.objectName() for a in data_menu(w).actions()]
    assert names == ["actionBackupNow", "actionRestore", "actionCheckData", "actionBackupsFolder"]
    assert data_menu(w).title() == "数据(&D)"
    assert [a.text() for a in data_menu(w).actions()][:3] == ["立即备份", "从备份恢复…", "检查数据…"]
    v = bare_window(store, village1)
    hooks.install(v)
    assert not action(v, "actionRestore").isEnabled()  # only the township administrator restores


def test_check_data_from_the_menu(qtbot, store, admin, bare_window, no_dialogs):
    w = bare_window(store, admin)
    hooks.install(w)
    w.reliability.check_now()
    ops.wait_idle()
    qtbot.waitUntil(lambda: bool(no_dialogs))
    assert no_dialogs[0][0] == "information" and no_dialogs[0][1].startswith("数据完好")


# -- restore ------------------------------------------------------------------------------------
def test_restore_dialog_lists_backups_with_dates_and_restores_the_chosen_one(qtbot, store, village1, admin,
                                                                              monkeypatch, no_dialogs):
    meetings.save_meeting(store, village1, work(dt.date(2026, 11, 3), "第一版"))
    first = backup.make(store, reason="manual")
    meetings.save_meeting(store, village1, work(dt.date(2026, 11, 4), "第二版"))
    second = backup.make(store, reason="auto")
    ctx = AppContext(store, admin)
    asked = []
    monkeypatch.setattr(ctx, "ask_password", lambda parent, reason: asked.append(reason) or True)
    d = BackupRestoreDialog(ctx)
    qtbot.addWidget(d)
    table = d.table
    assert table.rowCount() == 2
    assert table.item(0, 0).text() == backup.cn_datetime(second.made_at)
    assert table.item(0, 1).text() == "自动" and table.item(1, 1).text() == "手动"
    table.selectRow(1)
    qtbot.mouseClick(d.save_button, Qt.MouseButton.LeftButton)
    ops.wait_idle()
    qtbot.waitUntil(lambda: d.restored is not None)
    assert d.restored.path == first.path
    question = no_dialogs[0][1]
    assert backup.cn_datetime(first.made_at) in question and "先备份" in question
    assert asked == ["恢复会替换全部数据。"]
    assert [r["topic"] for r in store.query("SELECT topic FROM meetings")] == ["第一版"]
    assert [b.reason for b in backup.list_backups(store.data_dir / "backups")].count("restore") == 1


def test_restore_refused_file_is_explained_in_the_dialog(qtbot, store, admin, tmp_path, no_dialogs):
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"not a backup" * 20)
    d = BackupRestoreDialog(AppContext(store, admin))
    qtbot.addWidget(d)
    assert d.table.rowCount() == 0 and not d.save_button.isEnabled()
    d.restore(backup.describe_file(junk))
    assert d.banner.text() == "这不是村务通的备份文件。"
    assert no_dialogs == []


# -- idle lock ------------------------------------------------------------------------------------
def test_idle_watcher_fires_after_the_minutes_and_any_input_resets_it(qtbot):
    now = [1000.0]
    watcher = IdleWatcher(10, clock=lambda: now[0])
    fired = []
    watcher.idle.connect(lambda: fired.append(now[0]))
    now[0] += 9 * 60
    watcher.check()
    assert fired == []
    ev = QMouseEvent(QEvent.Type.MouseMove, QPointF(1, 1), QPointF(1, 1), Qt.MouseButton.NoButton,
                     Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier)
    watcher.eventFilter(QApplication.instance(), ev)  # the user moved the mouse
    now[0] += 9 * 60
    watcher.check()
    assert fired == []
    now[0] += 61
    watcher.check()
    watcher.check()
    assert len(fired) == 1  # once, until there is activity again
    watcher.stop()


def test_lock_covers_every_window_and_the_password_unlocks(qtbot, store, admin, bare_window):
    w = bare_window(store, admin)
    w.show()
    other = QDialog(w)
    other.setWindowTitle("一张没保存的表单")
    other.show()
    seen = {}

    def at_lock_screen() -> None:
        d = w.lock_dialog
        assert isinstance(d, LockDialog)
        image = w.grab().toImage()
        seen["opaque"] = all(image.pixelColor(x, y).name() == "#dfe6ee"
                             for x, y in ((5, 5), (image.width() - 5, image.height() - 5), (image.width() // 2, 5)))
        seen["covers"] = tuple(len([c for c in win.findChildren(LockCover) if c.parent() is win and c.isVisible()])
                               for win in (w, other))
        d.reject()  # Esc does not get past the lock
        seen["still_open"] = d.isVisible()
        qtbot.keyClicks(d.password, "wrong-password")
        d.try_unlock()
        seen["error"] = d.error.text()
        d.password.clear()
        qtbot.keyClicks(d.password, ADMIN_PW)
        qtbot.mouseClick(d.unlock_button, Qt.MouseButton.LeftButton)

    QTimer.singleShot(50, at_lock_screen)
    assert lock(w) is True
    assert seen == {"opaque": True, "covers": (1, 1), "still_open": True, "error": "用户名或密码不对。"}
    assert other.isVisible() and other.isEnabled()  # the form and its input are still there
    assert not [c for c in w.findChildren(LockCover) if c.isVisible()]
    assert store.scalar("SELECT count(*) FROM audit_log WHERE action='sign_in_failed'") == 1


def test_sign_out_from_the_lock_screen(qtbot, store, admin, bare_window):
    w = bare_window(store, admin)
    w.show()
    signed_out = []
    w.signed_out.connect(lambda: signed_out.append(True))
    QTimer.singleShot(50, lambda: w.lock_dialog.sign_out_button.click())
    assert lock(w) is False
    qtbot.waitUntil(lambda: bool(signed_out))


def test_idle_lock_is_installed_with_the_configured_minutes(qtbot, store, admin, bare_window):
    from villageadmin.ui import settings

    settings.set_value("security/idle_lock_minutes", 3)
    w = bare_window(store, admin)
    hooks.install(w)
    assert w.idle_watcher.minutes == 3


def test_the_file_check_starts_after_the_first_clicks(qtbot, store, admin, monkeypatch):
    """The start-up file check waits QUICK_CHECK_AFTER_MS, so it does not compete with the first pages."""
    started: list[int] = []
    monkeypatch.setattr(hooks.ReliabilityHooks, "QUICK_CHECK_AFTER_MS", 300)
    monkeypatch.setattr(hooks.ReliabilityHooks, "start_quick_check", lambda self: started.append(1))
    monkeypatch.setattr(main_window, "PAGES", [])
    monkeypatch.setattr(main_window, "WINDOW_HOOKS", ["villageadmin.ui.reliability.hooks:install"])
    w = main_window.MainWindow(AppContext(store, admin))
    qtbot.addWidget(w)
    qtbot.wait(100)
    assert started == []
    qtbot.waitUntil(lambda: started == [1], timeout=3000)


def test_idle_watcher_sees_input_that_reaches_a_window_or_a_dialog(qtbot, store, admin, bare_window):
    """The watcher filters the windows' events (not every widget's): keys and mouse moves on the main
    window and on a dialog that opened later both count as activity."""
    from PySide6.QtCore import QPoint
    from PySide6.QtTest import QTest

    from villageadmin.ui import idle_lock

    w = bare_window(store, admin)
    watcher = idle_lock.install(w)
    w.show()
    qtbot.waitExposed(w)
    watcher._last = 0.0
    QTest.keyClick(w.windowHandle(), Qt.Key.Key_A)
    assert watcher._last > 0.0
    d = QDialog(w)
    d.show()
    qtbot.waitExposed(d)
    d.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWindow() is d.windowHandle(), timeout=2000)
    watcher._last = 0.0
    QTest.mouseMove(d.windowHandle(), QPoint(5, 5))
    assert watcher._last > 0.0
    d.close()
