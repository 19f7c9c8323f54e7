from __future__ import annotations

from villageadmin.ui.context import AppContext


def test_villages_and_staff_tabs_are_built_when_first_shown(qtbot, store, admin, no_dialogs):
    from villageadmin.ui.township.page import TAB_STAFF, TAB_VILLAGES, TownshipAdminPage

    page = TownshipAdminPage(AppContext(store, admin))
    qtbot.addWidget(page)
    page.refresh()
    assert page.tabs.count() == 3 and page._built == {0}
    assert "admin" in [u["username"] for u in page.users.rows]
    page.tabs.setCurrentIndex(TAB_VILLAGES)
    assert TAB_VILLAGES in page._built and TAB_STAFF not in page._built
    assert [(r["code"], r["name"]) for r in page.villages.rows] == [("001", "白鹿村"), ("002", "青山村")]
    assert page.tabs.currentWidget().isAncestorOf(page.villages_view)
    page.v_code.setText("003")
    page.v_name.setText("石桥村")
    page.add_village()
    assert [r["code"] for r in page.villages.rows] == ["001", "002", "003"]
    # A part of the staff tab asked for builds it; shown, it lists the staff.
    assert page.staff.rowCount() == 0
    page.tabs.setCurrentIndex(TAB_STAFF)
    assert page.tabs.currentWidget().isAncestorOf(page.staff_view)
