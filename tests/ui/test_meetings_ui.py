from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox

from tests.conftest import VILLAGE_PW
from villageadmin.core import meetings
from villageadmin.ui.context import AppContext


def test_sign_in_wrong_then_right(qtbot, store, village1):
    from villageadmin.ui.signin import SignInWindow

    w = SignInWindow(store)
    qtbot.addWidget(w)
    got = []
    w.signed_in.connect(got.append)
    qtbot.keyClicks(w.username, "001")
    qtbot.keyClicks(w.password, "not-it")
    qtbot.mouseClick(w.button, Qt.MouseButton.LeftButton)
    assert w.error.text() == "用户名或密码不对。"
    assert got == []
    w.password.clear()
    qtbot.keyClicks(w.password, VILLAGE_PW)
    qtbot.keyClick(w.password, Qt.Key.Key_Return)
    assert len(got) == 1 and got[0].village_id == 1


def test_fill_meeting_form_save_reopen_and_calendar(qtbot, store, village1, no_dialogs):
    from villageadmin.ui.meetings.form import MeetingForm
    from villageadmin.ui.meetings.page import MeetingsPage

    ctx = AppContext(store, village1)
    f = MeetingForm(ctx, 1, None)
    qtbot.addWidget(f)
    f.held_on.set_value(dt.date(2026, 11, 4))
    f.place.clear()
    f.place.insert("村部会议室")
    f.host.setEditText("张书记")
    f.recorder.setEditText("王会计")
    # 李主任 absent, with a reason
    f.att.cellWidget(1, 2).setChecked(False)
    f.att.item(1, 3).setText("外出培训")
    f.add_township_row("刘指导员", "instructor")
    f.agenda.insertPlainText("研究村东道路硬化")
    f.add_resolution_row("三十日内完成村东道路硬化", "李主任", dt.date(2026, 12, 20))
    f.discussion.setPlainText("大家同意尽快修路")
    assert f.dirty
    qtbot.mouseClick(f.save_button, Qt.MouseButton.LeftButton)
    assert f.result() == 1, [(k, e.text()) for k, e in f._errors.items() if e.text()]
    m = store.one("SELECT * FROM meetings")
    assert (m["held_on"], m["place"], m["host"]) == ("2026-11-04", "村部会议室", "张书记")
    full = meetings.get_meeting(store, village1, m["id"])
    assert [(a["name"], a["present"], a["absence_reason"]) for a in full["attendance"]] == [
        ("张书记", 1, ""), ("李主任", 0, "外出培训"), ("王会计", 1, "")]
    assert [(t["name"], t["role"]) for t in full["township"]] == [("刘指导员", "instructor")]
    assert [r["text"] for r in full["resolutions"]] == ["三十日内完成村东道路硬化"]

    # reopen: the form shows what was saved
    g = MeetingForm(ctx, 1, m["id"])
    qtbot.addWidget(g)
    assert g.place.text() == "村部会议室"
    assert g.att.item(1, 3).text() == "外出培训"
    assert not g.att.cellWidget(1, 2).isChecked()
    assert g.res.item(0, 0).text() == "三十日内完成村东道路硬化"
    assert not g.dirty

    # the page lists it and the calendar shows November as met in the first week
    page = MeetingsPage(ctx)
    qtbot.addWidget(page)
    page.refresh()
    assert page.model.rowCount() == 1
    page.tabs.setCurrentIndex(1)
    nov = page.calendar.months[10]
    assert nov.status == "on_time" and nov.township_visits == 1
    assert page.calendar.status_text(nov.status) == "1–7日按时召开"


def test_form_shows_error_next_to_field_and_stores_nothing(qtbot, store, village1):
    from villageadmin.ui.meetings.form import MeetingForm

    f = MeetingForm(AppContext(store, village1), 1, None)
    qtbot.addWidget(f)
    f.place.clear()
    qtbot.mouseClick(f.save_button, Qt.MouseButton.LeftButton)
    assert f._errors["place"].text() == "请填写开会地点。"
    assert f.tabs.currentIndex() == 0
    f.place.setText("村部")
    f.att.cellWidget(0, 2).setChecked(False)
    qtbot.mouseClick(f.save_button, Qt.MouseButton.LeftButton)
    assert "张书记 缺席，请写明缺席原因" in f._errors["attendance"].text()
    assert f.tabs.currentIndex() == 1
    assert store.scalar("SELECT count(*) FROM meetings") == 0


def test_follow_up_in_next_meeting(qtbot, store, village1):
    from villageadmin.ui.meetings.form import MeetingForm

    meetings.save_meeting(store, village1, meetings.MeetingInput(
        village_id=1, kind="work", held_on=dt.date(2026, 10, 3), place="村部", host="张书记", recorder="王会计",
        attendance=[meetings.Attendee(1, True)],
        resolutions=[meetings.Resolution("清理水渠", "李主任", dt.date(2026, 10, 30))]))
    f = MeetingForm(AppContext(store, village1), 1, None)
    qtbot.addWidget(f)
    f.held_on.set_value(dt.date(2026, 11, 3))
    assert f.fu.rowCount() == 1
    assert f.fu.item(0, 0).text().startswith("清理水渠")
    st: QComboBox = f.fu.cellWidget(0, 3)
    st.setCurrentIndex(st.findData("done"))
    f.fu.item(0, 4).setText("已清理完")
    qtbot.mouseClick(f.save_button, Qt.MouseButton.LeftButton)
    assert store.one("SELECT status, closed_on FROM resolutions") == {"status": "done", "closed_on": "2026-11-03"}


def test_unsaved_changes_guard(qtbot, store, village1, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from villageadmin.ui.meetings.form import MeetingForm

    f = MeetingForm(AppContext(store, village1), 1, None)
    qtbot.addWidget(f)
    f.show()
    qtbot.keyClicks(f.place, "X")
    monkeypatch.setattr(QMessageBox, "exec", lambda self: QMessageBox.StandardButton.Cancel)
    f.reject()
    assert f.isVisible()  # kept editing
    monkeypatch.setattr(QMessageBox, "exec", lambda self: QMessageBox.StandardButton.Discard)
    f.reject()
    assert not f.isVisible()


def test_township_sees_all_villages_table(qtbot, store, admin, village1):
    from villageadmin.ui.main_window import MainWindow

    meetings.save_meeting(store, village1, meetings.MeetingInput(
        village_id=1, kind="work", held_on=dt.date(2026, 11, 2), place="村部", host="张书记", recorder="王会计",
        attendance=[meetings.Attendee(1, True)]))
    w = MainWindow(AppContext(store, admin))
    qtbot.addWidget(w)
    page = w.page("MeetingsPage")
    page.tabs.setCurrentIndex(2)
    t = page.township_table
    assert t.rowCount() == 2
    assert t.text(0, 0) == "001 白鹿村"
    assert t.text(0, 11) == "✓"
    assert t.text(1, 11) == "✗"
    assert w.page("TownshipAdminPage") is not None


def test_village_account_has_no_admin_page(qtbot, store, village1):
    from villageadmin.ui.main_window import MainWindow

    w = MainWindow(AppContext(store, village1))
    qtbot.addWidget(w)
    assert w.page("TownshipAdminPage") is None
    assert w.findChild(QComboBox, "villagePicker") is None


def test_setup_dialog_creates_township(qtbot, fresh_store):
    from villageadmin.core import accounts, township
    from villageadmin.ui.start import SetupDialog

    d = SetupDialog(fresh_store)
    qtbot.addWidget(d)
    d.name.insert("白鹿镇")
    d.table.item(0, 1).setText("白鹿村")
    d.table.item(1, 1).setText("青山村")
    qtbot.keyClicks(d.admin_pw, "secret-1")
    qtbot.keyClicks(d.admin_pw2, "secret-1")
    qtbot.keyClicks(d.village_pw, "first-1")
    qtbot.mouseClick(d.save_button, Qt.MouseButton.LeftButton)
    assert township.info(fresh_store)["name"] == "白鹿镇"
    assert [v["name"] for v in township.villages(fresh_store)] == ["白鹿村", "青山村"]
    a = accounts.authenticate(fresh_store, "002", "first-1")
    assert accounts.must_change_password(fresh_store, a)


def test_township_search_every_village(qtbot, store, admin, village1, village2):
    from villageadmin.ui.meetings.page import MeetingsPage

    for vid, cadre in ((1, 1), (2, 4)):
        actor = village1 if vid == 1 else village2
        meetings.save_meeting(store, actor, meetings.MeetingInput(
            village_id=vid, kind="work", held_on=dt.date(2026, 11, 2), place="村部", host="书记", recorder="会计",
            attendance=[meetings.Attendee(cadre, True)], discussion="清理水渠"))
    page = MeetingsPage(AppContext(store, admin))
    qtbot.addWidget(page)
    page.query.setText("水渠")
    page._search_timer.stop()  # the typing pause is not what this test is about
    page.load_list()
    assert [r["village_name"] for r in page.model.rows] == ["白鹿村"]
    page.whole_township.setChecked(True)
    assert sorted(r["village_name"] for r in page.model.rows) == ["白鹿村", "青山村"]
    assert not page.view.isColumnHidden(1)
    page._search_timer.stop()  # typing started the search delay: no search after this test's store is closed


def test_sign_in_layout_comes_from_the_style_sheet(qtbot, store, village1):
    """The sign-in window avoids PySide6's Qt namespace (start-up time); its look must not suffer."""
    from villageadmin.ui.signin import SignInWindow

    w = SignInWindow(store)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    labels = w._label_column
    assert [lb.text() for lb in labels] == ["用户名：", "密码："]
    for lb in labels:
        assert lb.alignment() == Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        assert lb.width() == max(x.sizeHint().width() for x in labels)
    assert labels[0].buddy() is w.username and labels[1].buddy() is w.password
    title = w.findChild(type(labels[0]), "bigTitle")
    assert title.alignment() == Qt.AlignmentFlag.AlignCenter


def test_new_meeting_form_starts_in_its_first_field_and_fits_a_small_screen(qtbot, store, village1):
    from villageadmin.ui.meetings.form import MeetingForm

    f = MeetingForm(AppContext(store, village1), 1, None)
    qtbot.addWidget(f)
    f.show()
    qtbot.waitExposed(f)
    assert f.focusWidget() is f.kind  # not the tab bar
    assert f.height() <= 680
