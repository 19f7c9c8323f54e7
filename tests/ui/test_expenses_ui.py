"""Expenses screens, one at a time: enter a request and watch the meter, approve it (password asked again),
pay it, see it in the ledger; an over-limit request shows why; reversal; township review; policy editor."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from villageadmin.core import expenses
from villageadmin.core.expenses import ExpenseInput
from villageadmin.ui import ops
from villageadmin.ui.context import AppContext

SECRETARY, DIRECTOR, ACCOUNTANT = 1, 2, 3
NOV3 = dt.date(2026, 11, 3)


@pytest.fixture
def ctx(store, village1, monkeypatch):
    c = AppContext(store, village1)
    asked: list[str] = []

    def ask(parent, reason):  # noqa: ANN001
        asked.append(reason)
        return True

    monkeypatch.setattr(c, "ask_password", ask)
    c.asked = asked  # type: ignore[attr-defined]
    return c


@pytest.fixture
def admin_ctx(store, admin, monkeypatch):
    c = AppContext(store, admin)
    monkeypatch.setattr(c, "ask_password", lambda parent, reason: True)
    return c


def fill(qtbot, form, *, amount: str, kind: str = "office", purpose: str = "购买打印纸和墨盒") -> None:
    form.spent_on.set_value(NOV3)
    form.kind.setCurrentIndex(form.kind.findData(kind))
    form.amount.clear()
    qtbot.keyClicks(form.amount, amount)
    form.payee.clear()
    form.payee.insert("县新华书店")  # typed through an input method; QTest types ASCII only
    form.purpose.clear()
    form.purpose.insert(purpose)
    form.handler.setCurrentIndex(form.handler.findData(ACCOUNTANT))


def request(store, actor, fen: int, kind: str = "office") -> int:
    return expenses.submit(store, actor, ExpenseInput(1, kind, NOV3, fen, "县新华书店", "购买办公用品", ACCOUNTANT, 1,
                                                      "cash")).id


def test_enter_request_watch_meter_approve_pay_and_see_it_in_the_ledger(qtbot, store, village1, ctx, no_dialogs):
    from villageadmin.ui.expenses.form import ExpenseRequestForm
    from villageadmin.ui.expenses.ledger import ExpenseLedgerView
    from villageadmin.ui.expenses.steps import ExpenseStepDialog

    earlier = request(store, village1, 40000)
    expenses.approve_village(store, village1, earlier, approver_id=SECRETARY)

    f = ExpenseRequestForm(ctx, 1)
    qtbot.addWidget(f)
    fill(qtbot, f, amount="1,000")
    m = f.limit_meter.meter
    # the meter moves as the amount is typed: used 400.00, this 1,000.00, limit 25,000.00
    assert (m.limit, m.used, m.this) == (2500000, 40000, 100000)
    assert not m.over
    assert "400.00" in m.caption and "1,000.00" in m.caption and "23,600.00" in m.caption
    assert "第二名村干部" in f.limit_meter.verdict.text() or "会签" in f.limit_meter.verdict.text()
    qtbot.keyClicks(f.amount, "0")  # 10,000.00: over the one-item limit
    assert "超过单笔限额 2,000.00 元" in f.limit_meter.verdict.text() and m.this == 1000000
    qtbot.keyClick(f.amount, Qt.Key.Key_Backspace)
    assert f.limit_meter.verdict.text().startswith("在限额以内")
    qtbot.mouseClick(f.save_button, Qt.MouseButton.LeftButton)
    assert f.result() == 1, [(k, e.text()) for k, e in f._errors.items() if e.text()] + [f.banner.text()]
    eid = f.result_id()
    row = store.one("SELECT * FROM expenses WHERE id=?", (eid,))
    assert (row["amount_fen"], row["status"], row["handler_name"], row["payee"]) == (100000, "pending", "王会计",
                                                                                   "县新华书店")

    # village approval: the handler is not offered as approver; a second signer is needed above 500.00
    d = ExpenseStepDialog(ctx, eid)
    qtbot.addWidget(d)
    assert d.action == "village"
    assert [d.approver.itemData(i) for i in range(d.approver.count())] == [SECRETARY, DIRECTOR]
    d.second.setCurrentIndex(d.second.findData(DIRECTOR))
    qtbot.mouseClick(d.save_button, Qt.MouseButton.LeftButton)
    assert d.result() == 1, d.banner.text()
    assert len(ctx.asked) == 1 and "1,000.00" in ctx.asked[0]
    row = store.one("SELECT * FROM expenses WHERE id=?", (eid,))
    assert (row["status"], row["village_approver_name"], row["second_signer_name"]) == ("approved", "张书记", "李主任")

    # payment
    p = ExpenseStepDialog(ctx, eid)
    qtbot.addWidget(p)
    assert p.action == "pay" and p.paid_by.currentText() == "王会计"
    qtbot.mouseClick(p.save_button, Qt.MouseButton.LeftButton)
    assert p.result() == 1, p.banner.text()
    assert store.scalar("SELECT status FROM expenses WHERE id=?", (eid,)) == "paid"

    # the ledger shows it, and the office meter counts it
    led = ExpenseLedgerView(ctx)
    qtbot.addWidget(led)
    led.year.setCurrentIndex(led.year.findData(2026))
    led.month.setCurrentIndex(10)
    led.set_village(1)
    assert [(r["id"], r["amount_fen"]) for r in led.model.rows] == [(earlier, 40000), (eid, 100000)]
    meter = led.findChild(type(m), "ledgerMeter_office")
    assert (meter.limit, meter.used) == (2500000, 140000)
    assert "1,400.00" in led.total.text()


def test_over_limit_request_shows_the_reason_and_is_kept(qtbot, store, village1, ctx, no_dialogs):
    from villageadmin.ui.expenses.form import ExpenseRequestForm

    f = ExpenseRequestForm(ctx, 1)
    qtbot.addWidget(f)
    fill(qtbot, f, amount="2000.01")
    verdict = f.limit_meter.verdict.text()
    assert "这笔办公费 2,000.01 元超过单笔限额 2,000.00 元，多出 0.01 元" in verdict
    assert f.limit_meter.verdict.isVisible() or not f.isVisible()
    qtbot.mouseClick(f.save_button, Qt.MouseButton.LeftButton)
    assert [k for k, _ in no_dialogs] == ["question", "warning"]
    assert "超过单笔限额" in no_dialogs[1][1]
    row = store.one("SELECT status, refused_rule FROM expenses")
    assert row == {"status": "refused", "refused_rule": "over_item_limit"}


def test_hospitality_shows_zero_limit(qtbot, store, ctx, no_dialogs):
    from villageadmin.ui.expenses.form import ExpenseRequestForm

    f = ExpenseRequestForm(ctx, 1)
    qtbot.addWidget(f)
    fill(qtbot, f, amount="300", kind="hospitality", purpose="接待检查组")
    assert f.limit_meter.meter.over
    assert f.limit_meter.verdict.text().startswith("村级公务零招待")


def test_bad_amount_is_shown_next_to_the_field(qtbot, store, ctx, no_dialogs):
    from villageadmin.ui.expenses.form import ExpenseRequestForm

    f = ExpenseRequestForm(ctx, 1)
    qtbot.addWidget(f)
    fill(qtbot, f, amount="12.345")
    qtbot.mouseClick(f.save_button, Qt.MouseButton.LeftButton)
    assert f.result() == 0
    assert f._errors["amount"].text() == "金额最多只能有两位小数（到分）。"
    assert store.scalar("SELECT count(*) FROM expenses") == 0


def test_approval_that_goes_over_the_year_shows_why(qtbot, store, village1, ctx, no_dialogs):
    from villageadmin.ui.expenses.steps import ExpenseStepDialog

    for _ in range(24):
        eid = request(store, village1, 100000)
        expenses.approve_village(store, village1, eid, approver_id=SECRETARY, second_signer_id=DIRECTOR)
    a, b = request(store, village1, 60000), request(store, village1, 60000)
    expenses.approve_village(store, village1, a, approver_id=SECRETARY, second_signer_id=DIRECTOR)
    d = ExpenseStepDialog(ctx, b)
    qtbot.addWidget(d)
    assert d.limit_meter.meter.over
    d.second.setCurrentIndex(d.second.findData(DIRECTOR))
    qtbot.mouseClick(d.save_button, Qt.MouseButton.LeftButton)
    assert d.result() == 0
    assert "超过年度限额 25,000.00 元" in d.banner.text() and "只剩 400.00 元" in d.banner.text()
    assert not d.save_button.isEnabled()
    assert store.scalar("SELECT status FROM expenses WHERE id=?", (b,)) == "refused"


def test_no_password_no_approval(qtbot, store, village1, ctx, monkeypatch, no_dialogs):
    from villageadmin.ui.expenses.steps import ExpenseStepDialog

    eid = request(store, village1, 30000)
    monkeypatch.setattr(ctx, "ask_password", lambda parent, reason: False)
    d = ExpenseStepDialog(ctx, eid)
    qtbot.addWidget(d)
    qtbot.mouseClick(d.save_button, Qt.MouseButton.LeftButton)
    assert store.scalar("SELECT status FROM expenses WHERE id=?", (eid,)) == "pending"


def test_refusal_needs_a_reason(qtbot, store, village1, ctx, no_dialogs):
    from villageadmin.ui.expenses.steps import ExpenseStepDialog

    eid = request(store, village1, 30000)
    d = ExpenseStepDialog(ctx, eid)
    qtbot.addWidget(d)
    qtbot.mouseClick(d.refuse_button, Qt.MouseButton.LeftButton)
    assert d._errors["opinion"].text() and store.scalar("SELECT status FROM expenses") == "pending"
    d.opinion.setText("票据不全")
    qtbot.mouseClick(d.refuse_button, Qt.MouseButton.LeftButton)
    assert store.one("SELECT status, refused_reason FROM expenses") == {"status": "refused",
                                                                        "refused_reason": "票据不全"}


def test_reversal_dialog(qtbot, store, village1, ctx, no_dialogs):
    from villageadmin.ui.expenses.reversal import ExpenseReversalDialog

    eid = request(store, village1, 30000)
    expenses.approve_village(store, village1, eid, approver_id=SECRETARY)
    expenses.pay(store, village1, eid, paid_on=dt.date(2026, 11, 27), paid_by="王会计")
    d = ExpenseReversalDialog(ctx, eid)
    qtbot.addWidget(d)
    assert d.amount.text() == "300.00"
    d.amount.setText("100")
    d.reason.setPlainText("退回多付款")
    d.approver.setCurrentIndex(d.approver.findData(SECRETARY))
    qtbot.mouseClick(d.save_button, Qt.MouseButton.LeftButton)
    assert d.result() == 1, [(k, e.text()) for k, e in d._errors.items() if e.text()] + [d.banner.text()]
    assert store.one("SELECT amount_fen, reverses_id, reason FROM expenses WHERE reverses_id IS NOT NULL") == {
        "amount_fen": -10000, "reverses_id": eid, "reason": "退回多付款"}
    assert store.scalar("SELECT amount_fen FROM expenses WHERE id=?", (eid,)) == 30000


def test_township_reviews_from_the_all_villages_view(qtbot, store, village1, admin_ctx, no_dialogs):
    from villageadmin.ui.expenses.steps import ExpenseStepDialog
    from villageadmin.ui.expenses.township import ExpenseTownshipView

    eid = request(store, village1, 150000)
    expenses.approve_village(store, village1, eid, approver_id=SECRETARY, second_signer_id=DIRECTOR)
    request(store, village1, 500, kind="hospitality")
    v = ExpenseTownshipView(admin_ctx)
    qtbot.addWidget(v)
    v.refresh()
    assert [r["id"] for r in v.waiting.rows] == [eid]
    m = v.spending
    assert m.rowCount() == 2 and m.index(0, 0).data() == "001 白鹿村"
    headers = [m.headerData(i, Qt.Orientation.Horizontal) for i in range(m.columnCount())]
    assert m.index(0, headers.index("待乡镇审核")).data() == "1"
    assert m.index(0, headers.index("招待费申请")).data() == "1"
    assert len(v.refused.rows) == 1
    ops.wait_idle()  # the township's figures, added up by the worker
    qtbot.waitUntil(lambda: not v.summary.text().startswith("正在"), timeout=5000)
    assert v.summary.text() == "2 个村 · 2026年共开支 1,500.00 元 · 1 笔待乡镇审核 · 0 个村超过限额"
    assert v.chart.labels[0] == "办公费" and v.chart.series[0][1][0] == 150000
    d = ExpenseStepDialog(admin_ctx, eid)
    qtbot.addWidget(d)
    assert d.action == "township"
    d.opinion.setText("同意，注意节约")
    qtbot.mouseClick(d.save_button, Qt.MouseButton.LeftButton)
    assert d.result() == 1, d.banner.text()
    assert store.one("SELECT status, township_opinion FROM expenses WHERE id=?", (eid,)) == {
        "status": "approved", "township_opinion": "同意，注意节约"}


def test_policy_editor(qtbot, store, admin_ctx, no_dialogs):
    from villageadmin.ui.expenses.policy import ExpensePolicyDialog

    d = ExpensePolicyDialog(admin_ctx)
    qtbot.addWidget(d)
    from PySide6.QtWidgets import QLabel

    assert d.findChild(QLabel, "defaultPolicyNote") is not None
    d.effective.set_value(dt.date(2027, 1, 1))
    office = d.codes.index("office")
    d.table.item(office, 2).setText("20,000")
    qtbot.mouseClick(d.save_button, Qt.MouseButton.LeftButton)
    assert d.result() == 1, d.banner.text()
    assert expenses.rules(store, dt.date(2027, 1, 1)).kinds["office"].annual_limit_fen == 2000000
    assert expenses.rules(store, dt.date(2026, 12, 31)).kinds["office"].annual_limit_fen == 2500000
    bad = ExpensePolicyDialog(admin_ctx)
    qtbot.addWidget(bad)
    bad.table.item(office, 1).setText("1.234")
    qtbot.mouseClick(bad.save_button, Qt.MouseButton.LeftButton)
    assert bad.result() == 0 and "两位小数" in bad._errors["kinds"].text()


def test_page_pages_through_a_long_list(qtbot, store, village1, ctx, no_dialogs):
    from villageadmin.ui.expenses.page import ExpensesPage

    rows = [(1, i, "office", f"2026-{1 + i % 10:02d}-{1 + i % 28:02d}", 2026, 100 + i, "店", "办公用品", 3, "王会计",
             1, "cash", "pending", "test", "2026-11-01T00:00:00") for i in range(1, 451)]
    store.conn.executemany(
        "INSERT INTO expenses (village_id, seq, kind, spent_on, budget_year, amount_fen, payee, purpose, handler_id,"
        " handler_name, receipts, pay_method, status, recorded_by, created_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
        rows)
    page = ExpensesPage(ctx)
    qtbot.addWidget(page)
    page.refresh()
    assert page.model.rowCount() == 200 and page.model.canFetchMore()
    page.model.fetchMore()
    page.model.fetchMore()
    assert page.model.rowCount() == 450 and not page.model.canFetchMore()
    dates = [r["spent_on"] for r in page.model.rows]
    assert dates == sorted(dates, reverse=True)
    page.model.sort(page.model.column_index("amount_fen"), Qt.SortOrder.DescendingOrder)
    assert page.model.rows[0]["amount_fen"] == 550
    page.view.selectRow(0)
    assert page.edit_button.isEnabled() and not page.reverse_button.isEnabled()


def test_ledger_and_page_stay_short_enough_for_a_768_pixel_screen(qtbot, store, ctx):
    """Seven kinds' meters in four rows made the ledger ~500 px tall at least, and the policy note, shown while
    the page was built, made it taller still: the main window grew past a 1366×768 screen and never shrank."""
    from villageadmin.ui.expenses.ledger import ExpenseLedgerView
    from villageadmin.ui.expenses.page import ExpensesPage

    led = ExpenseLedgerView(ctx)
    qtbot.addWidget(led)
    led.set_village(1)
    assert led.meters.count() >= 2 * 7  # a label and a meter per kind
    assert led.minimumSizeHint().height() <= 430
    page = ExpensesPage(ctx)
    qtbot.addWidget(page)
    assert page.policy_note.isHidden()  # until refresh() knows whether the policy is still the default


def test_approval_dialog_fits_a_768_pixel_screen_and_shows_every_fact(qtbot, store, village1, ctx, no_dialogs):
    """The facts go two to a line (ten lines made the dialog at least 722 px tall)."""
    from villageadmin.ui.expenses.steps import ExpenseStepDialog

    eid = request(store, village1, 40000)
    d = ExpenseStepDialog(ctx, eid)
    qtbot.addWidget(d)
    assert d.action == "village"
    assert d.minimumSizeHint().height() <= 660
    facts = d.findChild(type(d.limit_meter.verdict), "expenseFacts").text()
    for word in ("村", "编号", "日期", "类别", "金额", "400.00", "肆佰元整", "收款单位", "县新华书店", "开支事由",
                 "购买办公用品", "经办人", "票据张数", "状态", "待村审批"):
        assert word in facts, word


def test_meter_caption_too_wide_is_shrunk_or_elided_not_cut(qtbot):
    from villageadmin.ui.widgets.meter import Meter

    m = Meter()
    qtbot.addWidget(m)
    m.set_values(4500000, 1803536, 34299, "2026年已用 18,035.36 元 · 本笔 342.99 元 · 还剩 26,621.65 元（年度限额 45,000.00 元）")
    m.resize(200, 58)
    assert not m.grab().isNull()  # painted without error; the whole caption stays in the tooltip
    assert m.toolTip().endswith("45,000.00 元）")


def test_township_waiting_list_explains_itself_when_empty(qtbot, store, village1, admin_ctx, no_dialogs):
    from villageadmin.ui.expenses.township import ExpenseTownshipView

    v = ExpenseTownshipView(admin_ctx)
    qtbot.addWidget(v)
    v.refresh()
    assert v.waiting.rowCount() == 0 and not v.waiting_note.isHidden()
    assert "现在没有等待乡镇审核的申请" in v.waiting_note.text()
    v.review()  # nothing chosen: it says so instead of doing nothing
    assert no_dialogs[-1] == ("information", "请先在列表中点一下要审核的申请。")
    eid = request(store, village1, 150000)
    expenses.approve_village(store, village1, eid, approver_id=SECRETARY, second_signer_id=DIRECTOR)
    v.refresh()
    assert v.waiting.rowCount() == 1 and v.waiting_note.isHidden()


def test_page_builds_the_ledger_and_all_villages_tabs_when_first_shown(qtbot, store, village1, admin_ctx,
                                                                        no_dialogs):
    """The hidden tabs cost half the page's first open on a county archive: they are built (and filled) when
    first shown, and then work as before."""
    from villageadmin.ui.expenses.ledger import ExpenseLedgerView
    from villageadmin.ui.expenses.page import ExpensesPage
    from villageadmin.ui.expenses.township import ExpenseTownshipView

    eid = request(store, village1, 150000)
    expenses.approve_village(store, village1, eid, approver_id=SECRETARY, second_signer_id=DIRECTOR)
    page = ExpensesPage(admin_ctx)
    qtbot.addWidget(page)
    page.refresh()
    assert page.tabs.count() == 3 and page.model.rowCount() == 1
    assert page.findChild(ExpenseLedgerView) is None and page.findChild(ExpenseTownshipView) is None
    page.tabs.setCurrentIndex(2)
    tv = page.findChild(ExpenseTownshipView, "expenseTownship")
    assert tv is page.township_view and page.tabs.currentWidget().isAncestorOf(tv)
    assert [r["id"] for r in tv.waiting.rows] == [eid] and tv.spending.rowCount() >= 1
    assert page.findChild(ExpenseLedgerView) is None
    page.tabs.setCurrentIndex(1)
    led = page.findChild(ExpenseLedgerView, "expenseLedger")
    assert led is page.ledger and page.tabs.currentWidget().isAncestorOf(led)
    assert led.village_id == admin_ctx.current_village and led.meters.count() >= 2
    page.tabs.setCurrentIndex(2)
    assert page.findChild(ExpenseTownshipView) is tv  # built once
    tv.village_chosen.emit(1)  # double-click on a village: back to its requests
    assert page.tabs.currentIndex() == 0 and admin_ctx.current_village == 1


def test_village_account_has_no_all_villages_tab(qtbot, store, village1, ctx):
    from villageadmin.ui.expenses.page import ExpensesPage

    page = ExpensesPage(ctx)
    qtbot.addWidget(page)
    page.refresh()
    assert page.tabs.count() == 2 and page.township_view is None
    page.tabs.setCurrentIndex(1)
    assert page.ledger.village_id == 1


def test_the_history_names_who_recorded_the_request(qtbot, store, village1, ctx, no_dialogs):
    from PySide6.QtWidgets import QLabel

    """The account's name, not only its user name (a village account's user name is the village code)."""
    from villageadmin.ui.expenses.steps import ExpenseStepDialog

    eid = request(store, village1, 30000)
    name = store.scalar("SELECT display_name FROM users WHERE username='001'")
    d = ExpenseStepDialog(ctx, eid)
    qtbot.addWidget(d)
    assert f"由{name}（账号 001）登记" in d.findChild(QLabel, "expenseHistory").text()
    store.execute("UPDATE users SET display_name='001' WHERE username='001'")
    d2 = ExpenseStepDialog(ctx, eid)
    qtbot.addWidget(d2)
    assert "由账号 001 登记" in d2.findChild(QLabel, "expenseHistory").text()
