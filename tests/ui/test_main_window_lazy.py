"""The main window builds a page when it is first shown; hooks and background work outlive nothing."""

from __future__ import annotations

import gc
import sqlite3
import weakref

import pytest
from PySide6.QtWidgets import QWidget

from villageadmin.ui import main_window, ops
from villageadmin.ui.context import AppContext


def _built(w) -> list[str]:  # noqa: ANN001
    return [type(p).__name__ for p in w.pages]


def test_only_the_first_page_is_built_at_sign_in(qtbot, store, admin, monkeypatch):  # noqa: ANN001
    w = main_window.MainWindow(AppContext(store, admin))
    qtbot.addWidget(w)
    assert _built(w) == ["MeetingsPage"]
    titles = [b.text() for b in w.nav_group.buttons()]
    assert titles == ["会议记录", "开支", "招投标", "重大事项", "村干部和后备干部", "各村总览", "报送与接收", "账号和村"]
    assert w.nav_group.button(3).toolTip().startswith("四议两公开")

    refreshed: list[str] = []
    from villageadmin.ui.decisions.page import DecisionsPage

    real = DecisionsPage.refresh
    monkeypatch.setattr(DecisionsPage, "refresh", lambda self: (refreshed.append("decisions"), real(self)))
    w.nav_group.button(3).click()
    assert _built(w) == ["MeetingsPage", "DecisionsPage"]
    assert type(w.stack.currentWidget()).__name__ == "DecisionsPage"
    assert w.stack.indexOf(w.stack.currentWidget()) == 3
    assert refreshed == ["decisions"]  # built and refreshed once by its first click
    w.nav_group.button(0).click()
    w.nav_group.button(3).click()
    assert refreshed == ["decisions", "decisions"]
    assert w.stack.count() == 8


def test_page_and_go_to_build_on_demand(qtbot, store, admin):  # noqa: ANN001
    w = main_window.MainWindow(AppContext(store, admin))
    qtbot.addWidget(w)
    sync = w.page("SyncPage")
    assert type(sync).__name__ == "SyncPage" and w.stack.indexOf(sync) == 6
    assert w.stack.currentIndex() == 0  # built, not shown
    cadres = w.go_to("CadresPage")
    assert w.stack.currentWidget() is cadres and w.nav_group.checkedId() == 4
    assert w.page("NoSuchPage") is None and w.go_to("NoSuchPage") is None
    assert _built(w) == ["MeetingsPage", "CadresPage", "SyncPage"]


def test_a_village_account_gets_its_pages_only(qtbot, store, village1):  # noqa: ANN001
    w = main_window.MainWindow(AppContext(store, village1))
    qtbot.addWidget(w)
    assert w.page("TownshipAdminPage") is None and w.page("TownshipOverviewPage") is None
    assert len(w.nav_group.buttons()) == w.stack.count() == 6


def test_a_closed_window_is_not_kept_alive_by_its_hooks(qtbot, store, admin):  # noqa: ANN001
    from villageadmin.ui.reliability import hooks as reliability_hooks

    ctx = AppContext(store, admin)
    w = main_window.MainWindow(ctx)
    w.go_to("CadresPage")
    qtbot.waitUntil(lambda: not reliability_hooks._jobs)  # the start-up check came back
    assert ops.wait_idle()
    qtbot.wait(10)
    ref = weakref.ref(w)
    w.close()
    del w
    gc.collect()
    assert ref() is None  # no lambda of the banner, the village picker or a page holds it
    ctx.notify("cadres")  # the banner's updater went with the window: no error


def test_work_finishing_after_its_widget_is_gone_is_dropped(qtbot, no_dialogs):  # noqa: ANN001
    got: list[object] = []
    w = QWidget()
    ops.pool().waitForDone()
    ops.run_op(w, lambda: 42, on_success=got.append, on_failure=got.append)
    w.deleteLater()
    from PySide6.QtCore import QCoreApplication, QEvent

    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert ops.wait_idle()
    qtbot.wait(20)
    assert got == [] and no_dialogs == [] and ops._running == []


@pytest.mark.parametrize("fails", [True, False])
def test_work_on_a_closed_store_says_nothing(qtbot, tmp_path, no_dialogs, fails):  # noqa: ANN001
    conn = sqlite3.connect(tmp_path / "x.db", check_same_thread=False)  # as the store opens it
    conn.close()
    w = QWidget()
    qtbot.addWidget(w)
    got: list[object] = []
    ops.run_op(w, (lambda: conn.execute("SELECT 1")) if fails else (lambda: 7), on_success=got.append)
    assert ops.wait_idle()
    qtbot.waitUntil(lambda: ops._running == [])
    assert no_dialogs == [] and got == ([] if fails else [7])


def test_closing_the_store_waits_for_the_work_running_on_it(qtbot, tmp_path, no_dialogs):  # noqa: ANN001
    import time

    from villageadmin.core.store import open_store

    s = open_store(tmp_path / "data")
    got: list[object] = []

    def work() -> int:
        time.sleep(0.3)  # still reading when the store is closed
        return int(s.scalar("SELECT count(*) FROM sqlite_master") > 0)

    ops.run_op(None, work, on_success=got.append)
    time.sleep(0.05)
    s.close()  # waits for the worker instead of pulling the connection from under it
    qtbot.waitUntil(lambda: got == [1])
    assert no_dialogs == []


def test_first_size_fits_the_screen(qtbot, store, admin):  # noqa: ANN001
    """No remembered size: 1280×820 is wanted, but the window keeps to the screen's free area."""
    main_window.settings.qsettings().remove("geometry/MainWindow")
    w = main_window.MainWindow(AppContext(store, admin))
    qtbot.addWidget(w)
    free = w.screen().availableGeometry()
    assert w.height() == max(min(820, free.height() - 40), w.minimumSizeHint().height())
    assert w.height() < 820 or free.height() >= 860
