from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from villageadmin.core import bidding
from villageadmin.core.bidding import ApprovalInput, Bid, ConstructionInput, ProjectInput, TenderInput
from villageadmin.ui.context import AppContext


@pytest.fixture(autouse=True)
def _close_without_asking(monkeypatch):  # noqa: ANN001
    """Dialogs left with unsaved input close at teardown without the modal question."""
    from villageadmin.ui.widgets.dialog import BaseDialog

    monkeypatch.setattr(BaseDialog, "confirm_discard", lambda self: True)


def test_register_a_project_and_see_the_verdict_with_its_reason(qtbot, store, village1, no_dialogs):
    from villageadmin.ui.bidding.dialogs import BiddingProjectDialog

    d = BiddingProjectDialog(AppContext(store, village1), 1)
    qtbot.addWidget(d)
    d.name.insert("三组道路硬化")  # keyClicks takes ASCII only
    qtbot.keyClicks(d.money["village_fen"], "4999.99")
    assert d.verdict.text().startswith("不须公开招标")
    assert "村级投资 ¥4,999.99，未达到 ¥5,000.00" in d.verdict.text()
    for _ in "4999.99":
        qtbot.keyClick(d.money["village_fen"], Qt.Key.Key_Backspace)
    qtbot.keyClicks(d.money["village_fen"], "5000")
    assert d.verdict.text() == "必须公开招标：村级一次性投资 ¥5,000.00，达到 ¥5,000.00 以上须公开招标的标准。"
    qtbot.keyClicks(d.money["grant_fen"], "80,000")
    assert d.total.text() == "¥85,000.00"
    qtbot.mouseClick(d.save_button, Qt.MouseButton.LeftButton)
    assert d.result() == 1, d.banner.text()
    p = store.one("SELECT * FROM projects")
    assert (p["name"], p["village_fen"], p["grant_fen"], p["kind"]) == ("三组道路硬化", 500_000, 8_000_000, "road")


def test_bad_amount_is_shown_next_to_its_field(qtbot, store, village1, no_dialogs):
    from villageadmin.ui.bidding.dialogs import BiddingProjectDialog

    d = BiddingProjectDialog(AppContext(store, village1), 1)
    qtbot.addWidget(d)
    d.name.insert("修路")
    qtbot.keyClicks(d.money["township_fen"], "12.345")
    assert d.verdict.text() == "请检查金额。"
    qtbot.mouseClick(d.save_button, Qt.MouseButton.LeftButton)
    assert d.result() == 0
    assert "两位小数" in d._errors["township_fen"].text()
    assert store.scalar("SELECT count(*) FROM projects") == 0


def _project(store, actor, village_fen=600_000):  # noqa: ANN001
    pid = bidding.save_project(store, actor, ProjectInput(1, "村东道路硬化", "road", dt.date(2026, 3, 1),
                                                          village_fen=village_fen))
    bidding.record_stage(store, actor, pid, ApprovalInput(dt.date(2026, 3, 5), "3号"))
    return pid


def test_tender_dialog_needs_a_reason_to_skip_a_required_tender(qtbot, store, village1, no_dialogs):
    from villageadmin.ui.bidding.dialogs import BiddingStageDialog

    pid = _project(store, village1)
    d = BiddingStageDialog(AppContext(store, village1), pid, "tender")
    qtbot.addWidget(d)
    assert d.method.currentData() == "public"
    d.method.setCurrentIndex(d.method.findData("direct"))
    d.opening_on.set_value(dt.date(2026, 3, 20))
    d.bids.item(0, 0).setText("本村施工队")
    d.bids.item(0, 1).setText("6000")
    d.bids.cellWidget(0, 2).setChecked(True)
    qtbot.mouseClick(d.save_button, Qt.MouseButton.LeftButton)
    assert d.result() == 0
    assert "必须写明书面理由" in d._errors["reason"].text()
    d.reason.setPlainText("汛期抢修，工期紧急")
    qtbot.mouseClick(d.save_button, Qt.MouseButton.LeftButton)
    assert d.result() == 1, d.banner.text()
    row = store.one("SELECT method, method_reason FROM project_stages WHERE stage='tender'")
    assert row == {"method": "direct", "method_reason": "汛期抢修，工期紧急"}


def test_stage_out_of_order_is_refused_in_the_dialog(qtbot, store, village1, no_dialogs):
    from villageadmin.ui.bidding.dialogs import BiddingStageDialog

    pid = _project(store, village1)
    d = BiddingStageDialog(AppContext(store, village1), pid, "construction")
    qtbot.addWidget(d)
    d.contract_fen.setText("6000")
    qtbot.mouseClick(d.save_button, Qt.MouseButton.LeftButton)
    assert d.result() == 0
    assert "还没有记录“招投标”" in d.banner.text()


def test_payments_dialog_shows_the_cap_and_refuses_over_payment(qtbot, store, village1, no_dialogs):
    from villageadmin.ui.bidding.dialogs import BiddingPaymentsDialog

    pid = _project(store, village1)
    bidding.record_stage(store, village1, pid, TenderInput("public", dt.date(2026, 4, 10), dt.date(2026, 3, 15),
                                                            [Bid("甲公司", 580_000, True), Bid("乙公司", 600_000)]))
    bidding.record_stage(store, village1, pid, ConstructionInput(dt.date(2026, 4, 15), 580_000, dt.date(2026, 4, 20)))
    d = BiddingPaymentsDialog(AppContext(store, village1), pid)
    qtbot.addWidget(d)
    assert "¥5,800.00" in d.cap_label.text()
    d.paid_on.set_value(dt.date(2026, 5, 1))
    qtbot.keyClicks(d.amount, "5800.01")
    qtbot.mouseClick(d.add_button, Qt.MouseButton.LeftButton)
    assert "审计前付款不得超过合同价" in d._errors["amount_fen"].text()
    d.amount.clear()
    qtbot.keyClicks(d.amount, "3000")
    qtbot.mouseClick(d.add_button, Qt.MouseButton.LeftButton)
    assert store.scalar("SELECT sum(amount_fen) FROM project_payments") == 300_000
    assert d.model.rowCount() == 1 and d.payee.text() == "甲公司"
    assert "¥2,800.00" in d.cap_label.text()


def test_page_lists_and_filters_the_township_register(qtbot, demo_dir, no_dialogs):
    from villageadmin.core.accounts import Actor
    from villageadmin.core.store import open_store
    from villageadmin.ui.bidding.page import BiddingPage

    store = open_store(demo_dir, read_only=True)
    try:
        ctx = AppContext(store, Actor(None, "t", "乡镇", "viewer"))
        page = BiddingPage(ctx)
        qtbot.addWidget(page)
        page.refresh()
        one_village = page.model.rowCount()
        assert one_village > 0 and page.view.isColumnHidden(0)
        page.scope.setCurrentIndex(page.scope.findData("all"))
        assert page.model.rowCount() > one_village and not page.view.isColumnHidden(0)
        page.attention.setChecked(True)
        assert all(r["flags"] for r in page.model.rows)
        page.stage.setCurrentIndex(page.stage.findData("funds"))
        assert all(r["stage"] == "funds" for r in page.model.rows)
        assert not page.new_button.isEnabled()  # a viewer only looks
        page.view.selectRow(0)
        assert "必须公开招标" in page.detail.text() or "不须公开招标" in page.detail.text()
    finally:
        store.close()


def test_township_admin_edits_the_kinds(qtbot, store, admin, village1, no_dialogs):
    from villageadmin.ui.bidding.dialogs import BiddingKindsDialog

    d = BiddingKindsDialog(AppContext(store, admin))
    qtbot.addWidget(d)
    d.label.insert("桥梁")
    qtbot.mouseClick(d.findChild(QPushButton, "addKind"), Qt.MouseButton.LeftButton)
    assert "桥梁" in bidding.kinds(store).values()
    d.view.selectRow(4)  # 其他
    qtbot.mouseClick(d.findChild(QPushButton, "toggleKind"), Qt.MouseButton.LeftButton)
    assert "other" not in bidding.kinds(store)
    d.label.insert("道路")
    d.view.selectRow(1)
    qtbot.mouseClick(d.findChild(QPushButton, "renameKind"), Qt.MouseButton.LeftButton)
    assert "已经有" in d._errors["label"].text()


def test_page_deletes_a_mistaken_project_and_payment(qtbot, store, village1, no_dialogs):
    from villageadmin.ui.bidding.dialogs import BiddingPaymentsDialog
    from villageadmin.ui.bidding.page import BiddingPage

    bidding.save_project(store, village1, ProjectInput(1, "多登记的项目", "road", dt.date(2026, 3, 1), village_fen=100))
    pid = _project(store, village1)
    ctx = AppContext(store, village1)
    page = BiddingPage(ctx)
    qtbot.addWidget(page)
    page.year.setCurrentIndex(page.year.findData(2026))
    page.refresh()
    names = [r["name"] for r in page.model.rows]
    page.view.selectRow(names.index("村东道路硬化"))
    assert not page.delete_button.isEnabled()  # approved already
    assert page.stage_button.text() == "记录“招投标”…"
    page.view.selectRow(names.index("多登记的项目"))
    assert page.delete_button.isEnabled()
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    assert [r["name"] for r in page.model.rows] == ["村东道路硬化"]
    bidding.record_stage(store, village1, pid, TenderInput("public", dt.date(2026, 4, 10), dt.date(2026, 3, 15),
                                                            [Bid("甲公司", 580_000, True), Bid("乙公司", 600_000)]))
    bidding.record_stage(store, village1, pid, ConstructionInput(dt.date(2026, 4, 15), 580_000, dt.date(2026, 4, 20)))
    bidding.add_payment(store, village1, pid, bidding.PaymentInput(dt.date(2026, 5, 1), 1000))
    d = BiddingPaymentsDialog(ctx, pid)
    qtbot.addWidget(d)
    d.view.selectRow(0)
    qtbot.mouseClick(d.delete_button, Qt.MouseButton.LeftButton)
    assert store.scalar("SELECT count(*) FROM project_payments") == 0
    assert store.scalar("SELECT count(*) FROM audit_log WHERE entity='project_payment' AND action='delete'") == 1


def test_walk_the_whole_lifecycle_through_the_stage_dialogs(qtbot, store, village1, no_dialogs):
    from villageadmin.ui.bidding.dialogs import BiddingStageDialog

    ctx = AppContext(store, village1)
    pid = bidding.save_project(store, village1, ProjectInput(1, "村东道路硬化", "road", dt.date(2026, 3, 1),
                                                             village_fen=600_000))

    def stage(name, fill):  # noqa: ANN001
        d = BiddingStageDialog(ctx, pid, name)
        qtbot.addWidget(d)
        fill(d)
        qtbot.mouseClick(d.save_button, Qt.MouseButton.LeftButton)
        assert d.result() == 1, (name, d.banner.text(), {k: e.text() for k, e in d._errors.items() if e.text()})

    def approval(d):  # noqa: ANN001
        d.approved_on.set_value(dt.date(2026, 3, 5))
        d.doc_no.insert("白鹿村发〔2026〕3号")

    def tender(d):  # noqa: ANN001
        d.notice_on.set_value(dt.date(2026, 3, 10))
        d.opening_on.set_value(dt.date(2026, 4, 1))
        for r, (who, amount) in enumerate((("甲公司", "5800"), ("乙公司", "5950.50"), ("丙公司", "6100"))):
            d.bids.item(r, 0).setText(who)
            d.bids.item(r, 1).setText(amount)
        d.bids.cellWidget(0, 2).setChecked(True)

    def construction(d):  # noqa: ANN001
        assert d.contract_fen.text() == "5,800.00"  # the winning bid
        d.contract_on.set_value(dt.date(2026, 4, 5))
        d.start_on.set_value(dt.date(2026, 4, 10))
        d.end_on.set_value(dt.date(2026, 6, 30))

    def acceptance(d):  # noqa: ANN001
        d.accepted_on.set_value(dt.date(2026, 7, 1))

    def audit(d):  # noqa: ANN001
        d.audited_on.set_value(dt.date(2026, 8, 1))
        d.audited_fen.setText("5700")

    def funds(d):  # noqa: ANN001
        assert d.retention_fen.text() == "171.00"  # 3% of the audited sum suggested
        d.settled_on.set_value(dt.date(2026, 8, 10))
        d.retention_due_on.set_value(dt.date(2027, 7, 1))

    for name, fill in (("approval", approval), ("tender", tender), ("construction", construction),
                       ("acceptance", acceptance), ("audit", audit), ("funds", funds)):
        stage(name, fill)
    p = bidding.get_project(store, village1, pid)
    assert p["stage"] == "funds" and p["contractor"] == "甲公司"
    assert [b["amount_fen"] for b in p["bids"]] == [580_000, 595_050, 610_000]
    assert (p["cap"].basis, p["cap"].cap_fen, p["cap"].retention_held_fen) == ("audit", 570_000, 17_100)


def test_page_says_what_to_do_when_nothing_is_chosen(qtbot, store, village1, no_dialogs):
    """The strip under the list was blank until a project was clicked; now it says what to do next."""
    from villageadmin.ui.bidding.page import BiddingPage

    ctx = AppContext(store, village1)
    page = BiddingPage(ctx)
    qtbot.addWidget(page)
    page.year.setCurrentIndex(page.year.findData(2026))
    page.refresh()
    assert page.model.rowCount() == 0
    assert "点下面的“登记新项目…”进行立项登记" in page.detail.text()
    bidding.save_project(store, village1, ProjectInput(1, "村东道路硬化", "road", dt.date(2026, 3, 1), village_fen=100))
    page.refresh()
    assert "在列表中点一下项目" in page.detail.text()
    page.view.selectRow(0)
    assert "村东道路硬化" in page.detail.text()
    assert page.attention.toolTip()


def test_the_stage_is_the_column_after_the_name(qtbot, store, village1):
    """Last of twelve columns, the stage was off the screen at 1366 pixels."""
    from PySide6.QtCore import Qt as _Qt

    from villageadmin.ui.bidding.page import BiddingPage

    page = BiddingPage(AppContext(store, village1))
    qtbot.addWidget(page)
    heads = [page.model.headerData(i, _Qt.Orientation.Horizontal) for i in range(3)]
    assert heads[1:] == ["项目", "当前阶段"]
