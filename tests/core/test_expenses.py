"""Non-productive expenses: limits at their edges, policy dates, approval order, reversals, immutability."""

from __future__ import annotations

import datetime as dt
import sqlite3

import pytest

from villageadmin.core import audit, checks, expense_views, expenses
from villageadmin.core.clock import today
from villageadmin.core.errors import AccessDenied, RuleViolation, ValidationError
from villageadmin.core.expenses import ExpenseInput, KindRule

# Fixture cadres: village 1 — 1 张书记 (党支部书记), 2 李主任 (村委会主任), 3 王会计 (会计);
# village 2 — 4 赵书记, 5 钱主任, 6 孙会计. Default office limits: item 2,000.00, annual 25,000.00,
# township review above 1,000.00, second signer above 500.00.
SECRETARY, DIRECTOR, ACCOUNTANT = 1, 2, 3
NOV3 = dt.date(2026, 11, 3)


def req(amount: int = 10000, kind: str = "office", day: dt.date = NOV3, handler: int = ACCOUNTANT,
        village_id: int = 1, **kw) -> ExpenseInput:
    return ExpenseInput(village_id=village_id, kind=kind, spent_on=day, amount_fen=amount, payee="县新华书店",
                        purpose="购买办公用纸和墨盒", handler_id=handler, receipts=2, pay_method="cash", **kw)


def approved(store, actor, amount: int, *, kind: str = "office", day: dt.date = NOV3, pay: bool = True) -> int:
    """A request taken through village approval (with a second signer when needed) and paid."""
    res = expenses.submit(store, actor, req(amount, kind, day))
    assert res.status == "pending", res.judgement.message
    status = expenses.approve_village(store, actor, res.id, approver_id=SECRETARY, second_signer_id=DIRECTOR)
    assert status == "approved"
    if pay:
        expenses.pay(store, actor, res.id, paid_on=today(), paid_by="王会计")
    return res.id


def status(store, eid: int) -> str:
    return store.scalar("SELECT status FROM expenses WHERE id=?", (eid,))


def findings(store, admin, rule: str | None = None):
    return [f for f in checks.run(store, admin, modules=["expenses"]) if rule is None or f.rule == rule]


# -- limits at their edges --------------------------------------------------------------
@pytest.mark.parametrize("amount, ok", [(199999, True), (200000, True), (200001, False)])
def test_per_item_limit_edge(store, village1, amount, ok):
    res = expenses.submit(store, village1, req(amount))
    assert (res.status == "pending") is ok
    if not ok:
        assert res.judgement.rule == "over_item_limit"
        assert res.judgement.message == (
            "这笔办公费 2,000.01 元超过单笔限额 2,000.00 元，多出 0.01 元"
            "（依据《行政村非生产性开支限额审批制度》，2000年1月1日起执行），村里不能审批。")
        row = store.one("SELECT status, refused_stage, refused_rule, refused_reason FROM expenses WHERE id=?",
                        (res.id,))
        assert row["status"] == "refused" and row["refused_stage"] == "rule"
        assert row["refused_rule"] == "over_item_limit" and "2,000.01" in row["refused_reason"]


def test_annual_limit_exactly_reached_then_one_fen_over(store, village1):
    for _ in range(24):
        approved(store, village1, 100000)
    assert expenses.ytd_used(store, 1, "office", 2026) == 2400000
    last = approved(store, village1, 100000)  # exactly 25,000.00: allowed
    assert status(store, last) == "paid"
    assert expenses.ytd_used(store, 1, "office", 2026) == 2500000
    res = expenses.submit(store, village1, req(1))
    assert res.status == "refused" and res.judgement.rule == "over_annual_limit"
    assert "累计达到 25,000.01 元，超过年度限额 25,000.00 元" in res.judgement.message
    assert "已用 25,000.00 元，只剩 0.00 元" in res.judgement.message
    # other kinds and other years are separate
    assert expenses.submit(store, village1, req(1, kind="travel")).status == "pending"
    assert expenses.submit(store, village1, req(1, day=dt.date(2025, 12, 31))).status == "pending"


def test_approval_rechecks_the_limit_and_keeps_the_refusal(store, village1):
    for _ in range(23):
        approved(store, village1, 100000)
    a = expenses.submit(store, village1, req(100000)).id
    b = expenses.submit(store, village1, req(150000)).id  # both fit on their own (23,000.00 used)
    expenses.approve_village(store, village1, a, approver_id=SECRETARY, second_signer_id=DIRECTOR)
    with pytest.raises(RuleViolation) as e:
        expenses.approve_village(store, village1, b, approver_id=SECRETARY, second_signer_id=DIRECTOR)
    assert e.value.code == "over_annual_limit"
    assert "累计达到 25,500.00 元，超过年度限额 25,000.00 元（已用 24,000.00 元，只剩 1,000.00 元" in e.value.message
    row = store.one("SELECT status, refused_rule, refused_by FROM expenses WHERE id=?", (b,))
    assert row == {"status": "refused", "refused_rule": "over_annual_limit", "refused_by": "制度（张书记审批时）"}
    assert audit.history(store, "expense", b)[-1]["action"] == "refuse"


@pytest.mark.parametrize("amount, needs_township", [(100000, False), (100001, True)])
def test_township_review_threshold_edge(store, village1, amount, needs_township):
    eid = expenses.submit(store, village1, req(amount)).id
    st = expenses.approve_village(store, village1, eid, approver_id=SECRETARY, second_signer_id=DIRECTOR)
    assert st == ("township" if needs_township else "approved")


@pytest.mark.parametrize("amount, needs_second", [(50000, False), (50001, True)])
def test_second_signer_threshold_edge(store, village1, amount, needs_second):
    eid = expenses.submit(store, village1, req(amount)).id
    if needs_second:
        with pytest.raises(ValidationError) as e:
            expenses.approve_village(store, village1, eid, approver_id=SECRETARY)
        assert e.value.field == "second_signer" and "500.00 元" in e.value.message
        assert status(store, eid) == "pending"
        expenses.approve_village(store, village1, eid, approver_id=SECRETARY, second_signer_id=DIRECTOR)
    else:
        expenses.approve_village(store, village1, eid, approver_id=SECRETARY)
    row = store.one("SELECT status, second_signer_name FROM expenses WHERE id=?", (eid,))
    assert row == {"status": "approved", "second_signer_name": "李主任" if needs_second else None}


# -- policy effective dates ---------------------------------------------------------------
def lower_office_limits(store, admin, on: dt.date, annual: int, item: int = 200000) -> None:
    pol = expenses.rules(store, on)
    kinds = [KindRule(**{**k.as_json(), "annual_limit_fen": annual, "per_item_limit_fen": item})
             if k.code == "office" else k for k in pol.kinds.values()]
    expenses.save_policy(store, admin, effective_from=on, kinds=kinds, approver_posts=list(pol.approver_posts),
                         publish_by_day=pol.publish_by_day, note="下半年压缩办公费")


def test_policy_change_mid_year(store, admin, village1):
    for _ in range(9):
        approved(store, village1, 100000, day=dt.date(2026, 6, 10))
    lower_office_limits(store, admin, dt.date(2026, 7, 1), annual=1000000, item=150000)
    pol_june, pol_july = expenses.rules(store, dt.date(2026, 6, 30)), expenses.rules(store, dt.date(2026, 7, 1))
    assert pol_june.kinds["office"].annual_limit_fen == 2500000 and pol_june.default_to_confirm
    assert pol_july.kinds["office"].annual_limit_fen == 1000000 and not pol_july.default_to_confirm
    assert pol_july.effective_from == "2026-07-01"
    # June is judged by June's policy: 900,000 used + 200,000 is within 2,500,000 and the old item limit
    assert expenses.submit(store, village1, req(200000, day=dt.date(2026, 6, 20))).status == "pending"
    # the same request in July meets the lower limits (item 1,500.00; annual 10,000.00 with 9,000.00 used)
    res = expenses.submit(store, village1, req(150000, day=dt.date(2026, 7, 2)))
    assert res.status == "refused" and res.judgement.rule == "over_annual_limit"
    assert "年度限额 10,000.00 元" in res.judgement.message and "2026年7月1日起执行" in res.judgement.message
    assert expenses.submit(store, village1, req(150001, day=dt.date(2026, 7, 2))).judgement.rule == "over_item_limit"
    assert expenses.submit(store, village1, req(100000, day=dt.date(2026, 7, 2))).status == "pending"
    # old records keep the judgement they had, and check does not re-judge them
    assert {r[0] for r in store.execute("SELECT annual_limit_fen FROM expenses WHERE spent_on < '2026-07-01'"
                                        " AND status='paid'")} == {2500000}
    assert findings(store, admin, "over_annual_limit") == []
    assert findings(store, admin, "over_item_limit") == []


def test_policy_editor_validation(store, admin, village1):
    pol = expenses.rules(store, NOV3)
    kinds = list(pol.kinds.values())
    with pytest.raises(AccessDenied):
        expenses.save_policy(store, village1, effective_from=NOV3, kinds=kinds, approver_posts=["党支部书记"],
                             publish_by_day=10)
    bad = [KindRule(**{**kinds[1].as_json(), "per_item_limit_fen": 3000000})] + kinds[2:]
    with pytest.raises(ValidationError) as e:
        expenses.save_policy(store, admin, effective_from=NOV3, kinds=bad, approver_posts=["党支部书记"],
                             publish_by_day=10)
    assert "单笔限额 30,000.00 元大于年度限额 25,000.00 元" in e.value.message
    # hospitality stays at zero whatever is typed
    hosp = KindRule(**{**kinds[0].as_json(), "per_item_limit_fen": 50000, "annual_limit_fen": 90000})
    expenses.save_policy(store, admin, effective_from=NOV3, kinds=[hosp, *kinds[1:]], approver_posts=["党支部书记"],
                         publish_by_day=10)
    assert expenses.rules(store, NOV3).kinds["hospitality"].annual_limit_fen == 0


# -- reversals ------------------------------------------------------------------------------
def test_reversal_arithmetic(store, admin, village1):
    a = approved(store, village1, 100000)
    b = approved(store, village1, 30000)
    assert expenses.ytd_used(store, 1, "office", 2026) == 130000
    r1 = expenses.reverse(store, village1, a, on=dt.date(2026, 11, 27), reason="重复报账", handler_id=ACCOUNTANT,
                          approver_id=SECRETARY)
    assert expenses.ytd_used(store, 1, "office", 2026) == 30000
    r2 = expenses.reverse(store, village1, b, on=dt.date(2026, 11, 27), reason="退回多付的 100 元",
                          handler_id=ACCOUNTANT, approver_id=SECRETARY, amount_fen=10000)
    assert expenses.ytd_used(store, 1, "office", 2026) == 20000
    with pytest.raises(ValidationError) as e:
        expenses.reverse(store, village1, b, on=dt.date(2026, 11, 27), reason="再退", handler_id=ACCOUNTANT,
                         approver_id=SECRETARY, amount_fen=20001)
    assert "超过可冲销的 200.00 元" in e.value.message
    with pytest.raises(RuleViolation):
        expenses.reverse(store, village1, a, on=dt.date(2026, 11, 27), reason="又一次", handler_id=ACCOUNTANT,
                         approver_id=SECRETARY)
    with pytest.raises(RuleViolation):
        expenses.reverse(store, village1, r1, on=dt.date(2026, 11, 27), reason="冲销的冲销", handler_id=ACCOUNTANT,
                         approver_id=SECRETARY)
    with pytest.raises(ValidationError):
        expenses.reverse(store, village1, b, on=dt.date(2026, 11, 27), reason=" ", handler_id=ACCOUNTANT,
                         approver_id=SECRETARY)
    # the originals are untouched and linked; the reversal rows are negative
    assert store.one("SELECT amount_fen, status FROM expenses WHERE id=?", (a,)) == {"amount_fen": 100000,
                                                                                     "status": "paid"}
    rows = store.query("SELECT id, amount_fen, reverses_id, reason FROM expenses WHERE reverses_id IS NOT NULL"
                       " ORDER BY id")
    assert rows == [{"id": r1, "amount_fen": -100000, "reverses_id": a, "reason": "重复报账"},
                    {"id": r2, "amount_fen": -10000, "reverses_id": b, "reason": "退回多付的 100 元"}]
    got = expenses.get_expense(store, village1, b)
    assert got["net_fen"] == 20000 and [r["id"] for r in got["reversals"]] == [r2]
    # the ledger shows both, and the totals add up
    led = expense_views.month_ledger(store, village1, 1, 2026, 11)
    office = next(k for k in led.kinds if k.code == "office")
    assert [r["amount_fen"] for r in office.rows] == [100000, 30000, -100000, -10000]
    assert office.month_fen == office.ytd_fen == 20000
    # the freed room is usable again
    assert expenses.meter(store, village1, 1, "office", NOV3, 0).left_fen == 2500000 - 20000


def test_reversal_of_last_years_item_counts_against_last_year(store, village1, monkeypatch):
    monkeypatch.setenv("VILLAGEADMIN_TODAY", "2025-12-29")
    a = approved(store, village1, 80000, day=dt.date(2025, 12, 28))
    monkeypatch.setenv("VILLAGEADMIN_TODAY", "2026-01-06")
    with pytest.raises(ValidationError) as e:
        expenses.reverse(store, village1, a, on=dt.date(2025, 12, 28), reason="发票作废", handler_id=ACCOUNTANT,
                         approver_id=SECRETARY)
    assert "不能早于支付日期" in e.value.message
    expenses.reverse(store, village1, a, on=dt.date(2026, 1, 5), reason="发票作废", handler_id=ACCOUNTANT,
                     approver_id=SECRETARY)
    assert expenses.ytd_used(store, 1, "office", 2025) == 0
    assert expenses.ytd_used(store, 1, "office", 2026) == 0
    row = store.one("SELECT spent_on, budget_year FROM expenses WHERE reverses_id=?", (a,))
    assert row == {"spent_on": "2026-01-05", "budget_year": 2025}


def test_unpaid_approval_is_reversed_in_full_and_then_cannot_be_paid(store, village1):
    a = approved(store, village1, 30000, pay=False)
    with pytest.raises(ValidationError):
        expenses.reverse(store, village1, a, on=NOV3, reason="取消", handler_id=ACCOUNTANT, approver_id=SECRETARY,
                         amount_fen=100)
    expenses.reverse(store, village1, a, on=NOV3, reason="活动取消", handler_id=ACCOUNTANT, approver_id=SECRETARY)
    with pytest.raises(RuleViolation) as e:
        expenses.pay(store, village1, a, paid_on=NOV3, paid_by="王会计")
    assert e.value.code == "reversed"


# -- who may approve -------------------------------------------------------------------------
def test_self_approval_refused(store, admin, village1):
    eid = expenses.submit(store, village1, req(10000, handler=SECRETARY)).id
    with pytest.raises(RuleViolation) as e:
        expenses.approve_village(store, village1, eid, approver_id=SECRETARY)
    assert e.value.code == "self_approval"
    assert "经办人张书记不能审批自己经办的开支" in e.value.message
    assert status(store, eid) == "pending"
    # the director may approve what the secretary handled
    assert expenses.approve_village(store, village1, eid, approver_id=DIRECTOR) == "approved"


def test_second_signer_must_be_a_third_person(store, village1):
    eid = expenses.submit(store, village1, req(60000)).id
    for second in (ACCOUNTANT, SECRETARY):
        with pytest.raises(RuleViolation) as e:
            expenses.approve_village(store, village1, eid, approver_id=SECRETARY, second_signer_id=second)
        assert e.value.code == "self_approval"
    assert status(store, eid) == "pending"


def test_only_the_posts_in_the_policy_approve(store, village1):
    eid = expenses.submit(store, village1, req(10000, handler=DIRECTOR)).id
    with pytest.raises(ValidationError) as e:
        expenses.approve_village(store, village1, eid, approver_id=ACCOUNTANT)
    assert e.value.code == "not_approver" and "王会计（会计）不能审批开支" in e.value.message
    with pytest.raises(ValidationError) as e:
        expenses.approve_village(store, village1, eid, approver_id=4)  # another village's secretary
    assert e.value.code == "foreign_cadre"


# -- hospitality -----------------------------------------------------------------------------
def test_hospitality_always_refused_and_kept(store, admin, village1):
    res = expenses.submit(store, village1, req(1, kind="hospitality"))
    assert res.status == "refused" and res.judgement.rule == "hospitality"
    assert res.judgement.message.startswith("村级公务零招待：招待费一律不予审批（限额 0 元")
    assert "0.01 元" in res.judgement.message
    with pytest.raises(RuleViolation) as e:
        expenses.approve_village(store, village1, res.id, approver_id=SECRETARY)
    assert e.value.code == "order"
    assert audit.history(store, "expense", res.id)[0]["action"] == "refuse"
    found = findings(store, admin, "hospitality_attempt")
    assert [(f.record, f.severity, f.village) for f in found] == [(res.id, "info", "001")]
    # even a policy that tries to give hospitality a limit cannot make it approvable
    assert expenses.judge(store, 1, "hospitality", NOV3, 1).ok is False


# -- order of the steps ------------------------------------------------------------------
def test_approval_order_enforced(store, admin, village1, village2):
    eid = expenses.submit(store, village1, req(150000)).id  # needs township review
    with pytest.raises(RuleViolation) as e:
        expenses.pay(store, village1, eid, paid_on=NOV3, paid_by="王会计")
    assert e.value.code == "order" and "还没有经过村审批" in e.value.message
    with pytest.raises(RuleViolation):
        expenses.review_township(store, admin, eid, approve=True, opinion="")
    with pytest.raises(AccessDenied):
        expenses.approve_village(store, village2, eid, approver_id=4)
    assert expenses.approve_village(store, village1, eid, approver_id=SECRETARY, second_signer_id=DIRECTOR) == \
        "township"
    with pytest.raises(RuleViolation) as e:
        expenses.approve_village(store, village1, eid, approver_id=SECRETARY, second_signer_id=DIRECTOR)
    assert "还在等乡镇审核" in e.value.message
    with pytest.raises(RuleViolation) as e:
        expenses.pay(store, village1, eid, paid_on=NOV3, paid_by="王会计")
    assert "还在等乡镇审核" in e.value.message
    with pytest.raises(AccessDenied):
        expenses.review_township(store, village1, eid, approve=True, opinion="同意")
    assert expenses.review_township(store, admin, eid, approve=True, opinion="同意，按规定报账") == "approved"
    with pytest.raises(ValidationError):
        expenses.pay(store, village1, eid, paid_on=dt.date(2026, 11, 2), paid_by="王会计")  # before approval
    expenses.pay(store, village1, eid, paid_on=dt.date(2026, 11, 27), paid_by="王会计")
    row = store.one("SELECT * FROM expenses WHERE id=?", (eid,))
    assert row["village_approver_name"] == "张书记" and row["village_opinion"] == "同意"
    assert row["township_reviewer"] == "乡镇管理员" and row["township_opinion"] == "同意，按规定报账"
    assert row["paid_on"] == "2026-11-27" and row["paid_by"] == "王会计" and row["status"] == "paid"
    assert row["village_approved_at"] <= row["township_reviewed_at"] <= row["paid_at"]
    assert [h["action"] for h in audit.history(store, "expense", eid)] == [
        "create", "approve_village", "review_township", "pay"]
    assert findings(store, admin, "steps_out_of_order") == []


def test_township_refusal_needs_a_reason_and_is_kept(store, admin, village1):
    eid = expenses.submit(store, village1, req(150000)).id
    expenses.approve_village(store, village1, eid, approver_id=SECRETARY, second_signer_id=DIRECTOR)
    with pytest.raises(ValidationError):
        expenses.review_township(store, admin, eid, approve=False, opinion="")
    expenses.review_township(store, admin, eid, approve=False, opinion="票据不全，请补齐后重新申请")
    row = store.one("SELECT status, refused_stage, refused_reason FROM expenses WHERE id=?", (eid,))
    assert row == {"status": "refused", "refused_stage": "township", "refused_reason": "票据不全，请补齐后重新申请"}
    assert expenses.ytd_used(store, 1, "office", 2026) == 0


def test_village_refusal_and_withdrawal(store, village1):
    a = expenses.submit(store, village1, req(10000)).id
    b = expenses.submit(store, village1, req(20000)).id
    with pytest.raises(ValidationError):
        expenses.refuse_village(store, village1, a, by_id=SECRETARY, reason="")
    expenses.refuse_village(store, village1, a, by_id=SECRETARY, reason="不属于村级开支")
    expenses.withdraw(store, village1, b, reason="填错了类别")
    assert (status(store, a), status(store, b)) == ("refused", "withdrawn")
    for eid in (a, b):
        with pytest.raises(RuleViolation):
            expenses.withdraw(store, village1, eid, reason="再撤")


# -- nothing changes an approved row -------------------------------------------------------
def test_nothing_changes_an_approved_row_through_the_core(store, admin, village1):
    eid = approved(store, village1, 30000)
    before = store.one("SELECT * FROM expenses WHERE id=?", (eid,))
    with pytest.raises(RuleViolation) as e:
        expenses.update_pending(store, village1, eid, req(1000))
    assert "冲销" in e.value.message
    for call in (lambda: expenses.withdraw(store, village1, eid, reason="x"),
                 lambda: expenses.approve_village(store, village1, eid, approver_id=SECRETARY),
                 lambda: expenses.refuse_village(store, village1, eid, by_id=SECRETARY, reason="x"),
                 lambda: expenses.pay(store, village1, eid, paid_on=NOV3, paid_by="x"),
                 lambda: expenses.review_township(store, admin, eid, approve=False, opinion="x")):
        with pytest.raises(RuleViolation):
            call()
    assert store.one("SELECT * FROM expenses WHERE id=?", (eid,)) == before


@pytest.mark.parametrize("sql", [
    "UPDATE expenses SET amount_fen = 1 WHERE id = ?",
    "UPDATE expenses SET kind = 'travel' WHERE id = ?",
    "UPDATE expenses SET spent_on = '2026-11-04' WHERE id = ?",
    "UPDATE expenses SET payee = '别人' WHERE id = ?",
    "UPDATE expenses SET village_approver_name = '别人' WHERE id = ?",
    "UPDATE expenses SET paid_on = '2026-11-05' WHERE id = ?",
    "UPDATE expenses SET status = 'pending' WHERE id = ?",
    "DELETE FROM expenses WHERE id = ?",
])
def test_triggers_refuse_changes_to_approved_rows(store, village1, sql):
    eid = approved(store, village1, 30000)
    with pytest.raises(sqlite3.IntegrityError):
        store.execute(sql, (eid,))
    assert store.one("SELECT amount_fen, kind, spent_on, status FROM expenses WHERE id=?", (eid,)) == {
        "amount_fen": 30000, "kind": "office", "spent_on": "2026-11-03", "status": "paid"}


def test_triggers_allow_the_forward_steps_and_pending_edits(store, village1):
    eid = expenses.submit(store, village1, req(30000)).id
    store.execute("UPDATE expenses SET amount_fen = 20000 WHERE id = ?", (eid,))  # pending: still editable
    res = expenses.update_pending(store, village1, eid, req(25000))
    assert res.status == "pending"
    assert store.scalar("SELECT amount_fen FROM expenses WHERE id=?", (eid,)) == 25000


# -- input -----------------------------------------------------------------------------------
@pytest.mark.parametrize("change, field, text", [
    (dict(spent_on=None), "spent_on", "请填写日期"),
    (dict(spent_on=dt.date(2026, 12, 1)), "spent_on", "在本月以后"),
    (dict(kind=""), "kind", "请选择开支类别"),
    (dict(kind="yacht"), "kind", "没有这个开支类别"),
    (dict(amount_fen=None), "amount", "请填写金额"),
    (dict(amount_fen=0), "amount", "大于 0"),
    (dict(amount_fen=-500), "amount", "大于 0"),
    (dict(amount_fen=10_000_000_001), "amount", "太大了"),
    (dict(payee=" "), "payee", "收款单位或个人"),
    (dict(purpose=""), "purpose", "开支事由"),
    (dict(handler_id=None), "handler", "请选择经办人"),
    (dict(handler_id=4), "handler", "本村的村干部"),
    (dict(receipts=-1), "receipts", "票据张数"),
    (dict(pay_method="cheque"), "pay_method", "支付方式"),
])
def test_bad_input_is_refused_and_nothing_stored(store, village1, change, field, text):
    data = req(10000)
    for k, v in change.items():
        setattr(data, k, v)
    n_audit = store.scalar("SELECT count(*) FROM audit_log")
    with pytest.raises(ValidationError) as e:
        expenses.submit(store, village1, data)
    assert e.value.field == field and text in e.value.message
    assert store.scalar("SELECT count(*) FROM expenses") == 0
    assert store.scalar("SELECT count(*) FROM audit_log") == n_audit


def test_a_village_cannot_touch_another_village(store, village1, village2):
    with pytest.raises(AccessDenied):
        expenses.submit(store, village2, req(10000))
    eid = expenses.submit(store, village1, req(10000)).id
    with pytest.raises(AccessDenied):
        expenses.get_expense(store, village2, eid)
    assert [r["id"] for r in expense_views.list_expenses(store, village2)] == []
    assert [r["id"] for r in expense_views.list_expenses(store, village1)] == [eid]


def test_numbers_run_per_village_and_year(store, village1):
    a = expenses.submit(store, village1, req(100, day=dt.date(2025, 12, 30))).id
    b = expenses.submit(store, village1, req(100)).id
    c = expenses.submit(store, village1, req(100, kind="hospitality")).id
    assert [store.scalar("SELECT seq FROM expenses WHERE id=?", (i,)) for i in (a, b, c)] == [1, 1, 2]


# -- publishing the month ------------------------------------------------------------------
def test_publish_month_and_the_check(store, admin, village1):
    a = approved(store, village1, 30000, day=dt.date(2026, 10, 8))
    pending = expenses.submit(store, village1, req(10000, day=dt.date(2026, 10, 9))).id
    assert [f.date for f in findings(store, admin, "month_not_published")] == ["2026-10"]
    with pytest.raises(RuleViolation) as e:
        expenses.publish_month(store, village1, 1, 2026, 10)
    assert "还有 1 笔开支在等待审批" in e.value.message
    expenses.withdraw(store, village1, pending, reason="不需要了")
    with pytest.raises(ValidationError):
        expenses.publish_month(store, village1, 1, 2026, 11)  # the month is not over
    expenses.publish_month(store, village1, 1, 2026, 10, posted_on=dt.date(2026, 11, 2))
    pub = expenses.publication(store, 1, 2026, 10)
    assert (pub["posted_on"], pub["total_fen"], pub["items"]) == ("2026-11-02", 30000, 1)
    assert findings(store, admin, "month_not_published") == []
    with pytest.raises(ValidationError) as e:
        expenses.submit(store, village1, req(100, day=dt.date(2026, 10, 30)))
    assert e.value.code == "month_published" and "已于 2026年11月2日 张榜公开" in e.value.message
    with pytest.raises(RuleViolation):
        expenses.publish_month(store, village1, 1, 2026, 10)
    assert a


@pytest.mark.parametrize("today_, flagged", [("2026-11-10", False), ("2026-11-11", True)])
def test_month_not_published_deadline_edge(store, admin, village1, monkeypatch, today_, flagged):
    monkeypatch.setenv("VILLAGEADMIN_TODAY", "2026-10-20")
    approved(store, village1, 30000, day=dt.date(2026, 10, 8))
    monkeypatch.setenv("VILLAGEADMIN_TODAY", today_)
    assert bool(findings(store, admin, "month_not_published")) is flagged


# -- check on data made outside the core ---------------------------------------------------
def _raw(store, **kw) -> int:
    values = dict(village_id=1, seq=99, kind="office", spent_on="2026-09-10", budget_year=2026, amount_fen=30000,
                  payee="某商店", purpose="导入的旧账", handler_id=3, handler_name="王会计", receipts=1,
                  pay_method="cash", status="paid", recorded_by="import", created_at="2026-09-10T10:00:00",
                  village_approver_id=1, village_approver_name="张书记", village_approved_at="2026-09-10T11:00:00",
                  paid_on="2026-09-11")
    values.update(kw)
    cur = store.execute(f"INSERT INTO expenses ({', '.join(values)}) VALUES ({', '.join('?' * len(values))})",
                        list(values.values()))
    return int(cur.lastrowid)


def test_check_finds_rule_breaks_in_imported_rows(store, admin, village1):
    # months are not the point here: September is published so that it stays quiet
    store.execute("INSERT INTO expense_publications (village_id, month, posted_on, posted_by, total_fen, items,"
                  " created_at) VALUES (1, '2026-09', '2026-10-02', 'x', 0, 0, 'x')")
    ok = _raw(store)
    early = _raw(store, paid_on="2026-09-09")
    no_approval = _raw(store, village_approver_id=None, village_approver_name=None, village_approved_at=None)
    no_review = _raw(store, amount_fen=150000, needs_township=1)
    own = _raw(store, village_approver_id=3, village_approver_name="王会计")
    big = _raw(store, amount_fen=250000, township_reviewer="x", township_reviewed_at="2026-09-10T12:00:00")
    hosp = _raw(store, kind="hospitality", amount_fen=5000)
    got = {(f.rule, f.record) for f in findings(store, admin)}
    assert got == {("steps_out_of_order", early), ("steps_out_of_order", no_approval),
                   ("steps_out_of_order", no_review), ("self_approval", own), ("over_item_limit", big),
                   ("hospitality_spent", hosp)}
    assert ok not in {r for _rule, r in got}
    msg = next(f.message for f in findings(store, admin, "steps_out_of_order") if f.record == early)
    assert "支付（2026-09-09）早于村审批（2026-09-10）" in msg
    # and the annual limit, walked in date order
    for i in range(12):
        _raw(store, amount_fen=200000, spent_on=f"2026-09-{12 + i:02d}", township_reviewer="x",
             township_reviewed_at="2026-09-30T12:00:00", paid_on="2026-09-30")
    over = findings(store, admin, "over_annual_limit")
    assert len(over) == 1 and "超过年度限额 25,000.00 元" in over[0].message


# -- the township's view -------------------------------------------------------------------
def test_township_overview(store, admin, village1, village2):
    approved(store, village1, 30000)
    expenses.submit(store, village1, req(500, kind="hospitality"))
    expenses.submit(store, village1, req(300000))
    eid = expenses.submit(store, village2, req(150000, village_id=2, handler=6)).id
    expenses.approve_village(store, village2, eid, approver_id=4, second_signer_id=5)
    pol, rows = expense_views.township_overview(store, admin, 2026)
    v1, v2 = rows
    assert (v1.code, v1.by_kind, v1.refused, v1.hospitality_attempts, v1.over_limit_attempts) == (
        "001", {"office": 30000}, 2, 1, 1)
    assert (v2.code, v2.total_fen, v2.waiting_township) == ("002", 150000, 1)
    assert [r["id"] for r in expense_views.waiting_for_township(store, admin)] == [eid]
    with pytest.raises(AccessDenied):
        expense_views.township_overview(store, village1, 2026, village_ids=[2])
