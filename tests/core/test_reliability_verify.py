"""Tamper evidence: a record changed, deleted or brought back behind the app's back, a broken audit
chain, a removed guard trigger or a damaged file is found by `verify` (full) and by the quick
start-up check, which name the first broken entry."""

from __future__ import annotations

import datetime as dt
import sqlite3

import pytest

from villageadmin.core import audit, expenses, meetings, verify
from villageadmin.core.clock import today
from villageadmin.core.expenses import ExpenseInput
from villageadmin.core.meetings import Attendee, MeetingInput, Resolution


def work(day: dt.date, topic: str = "例会", **kw) -> MeetingInput:
    return MeetingInput(village_id=1, kind="work", held_on=day, start_time="09:00", place="村部会议室",
                        host="张书记", recorder="王会计", topic=topic, attendance=[Attendee(1, True)], **kw)


def paid_expense(store, actor, amount: int = 80000) -> int:
    res = expenses.submit(store, actor, ExpenseInput(village_id=1, kind="office", spent_on=dt.date(2026, 11, 3),
                                                     amount_fen=amount, payee="县新华书店", purpose="办公用纸",
                                                     handler_id=3, receipts=2, pay_method="cash"))
    expenses.approve_village(store, actor, res.id, approver_id=1, second_signer_id=2)
    expenses.pay(store, actor, res.id, paid_on=today(), paid_by="王会计")
    return res.id


def tamper(store, *sql: str) -> None:
    """Someone with a SQLite tool, not the app (a second connection, no audit entry)."""
    conn = sqlite3.connect(store.path)
    try:
        for s in sql:
            conn.execute(s)
        conn.commit()
    finally:
        conn.close()


@pytest.fixture
def records(store, village1):
    m1 = meetings.save_meeting(store, village1, work(dt.date(2026, 10, 5), "十月例会",
                                                     resolutions=[Resolution("修路", "李主任", dt.date(2026, 12, 1))]))
    m2 = meetings.save_meeting(store, village1, work(dt.date(2026, 11, 3), "十一月例会"))
    meetings.save_meeting(store, village1, work(dt.date(2026, 11, 3), "十一月例会（改）"), meeting_id=m2)
    e1 = paid_expense(store, village1)
    return {"m1": m1, "m2": m2, "e1": e1}


@pytest.mark.parametrize("check", [verify.full, verify.quick])
def test_untouched_data_verifies(store, records, check):
    report = check(store)
    assert report.ok, report.problems
    assert report.checked == {"meeting": 2, "expense": 1}
    assert verify.summary(report).startswith("数据完好")


def test_resolution_closed_at_a_later_meeting_is_not_tampering(store, village1, records):
    from villageadmin.core.meetings import Followup

    rid = store.scalar("SELECT id FROM resolutions WHERE meeting_id=?", (records["m1"],))
    meetings.save_meeting(store, village1, work(dt.date(2026, 11, 20), "跟进", followups=[Followup(rid, "done")]))
    assert verify.full(store).ok


@pytest.mark.parametrize("check", [verify.full, verify.quick])
def test_approved_amount_edited_with_sqlite_is_found(store, records, check):
    eid = records["e1"]
    pay_entry = store.scalar("SELECT max(id) FROM audit_log WHERE entity='expense' AND entity_id=?", (eid,))
    create_entry = store.scalar("SELECT min(id) FROM audit_log WHERE entity='expense' AND entity_id=?", (eid,))
    # The schema refuses the edit, so the tamperer removes the guard first.
    with pytest.raises(sqlite3.IntegrityError):
        tamper(store, f"UPDATE expenses SET amount_fen=8000 WHERE id={eid}")
    tamper(store, "DROP TRIGGER expenses_frozen_facts", f"UPDATE expenses SET amount_fen=8000 WHERE id={eid}")
    report = check(store)
    assert not report.ok
    kinds = [p.kind for p in report.problems]
    assert kinds == ["schema", "changed"]
    assert "expenses_frozen_facts 被删除了" in report.problems[0].message
    changed = report.problems[1]
    assert (changed.entity, changed.entity_id, changed.audit_id) == ("expense", eid, create_entry)
    assert changed.message == (f"开支记录（编号 {eid}）与第 {create_entry} 条审计记录不符：金额在审计记录里是 800.00 元，"
                               f"现在是 80.00 元（记录在软件之外被改动过）")
    assert pay_entry > create_entry


@pytest.mark.parametrize("check", [verify.full, verify.quick])
def test_paid_status_and_date_edits_are_found(store, records, check):
    eid = records["e1"]
    pay_entry = store.scalar("SELECT max(id) FROM audit_log WHERE entity='expense' AND entity_id=?", (eid,))
    tamper(store, "DROP TRIGGER expenses_frozen_payment", f"UPDATE expenses SET paid_on='2026-01-01' WHERE id={eid}")
    report = check(store)
    changed = [p for p in report.problems if p.kind == "changed"]
    assert len(changed) == 1 and changed[0].audit_id == pay_entry
    assert "支付日期" in changed[0].message and "2026-01-01" in changed[0].message


@pytest.mark.parametrize("check", [verify.full, verify.quick])
def test_meeting_row_no_longer_matching_its_audit_after_is_found(store, records, check):
    m2 = records["m2"]
    last = store.scalar("SELECT max(id) FROM audit_log WHERE entity='meeting' AND entity_id=?", (m2,))
    tamper(store, f"UPDATE meetings SET held_on='2026-11-06' WHERE id={m2}")
    report = check(store)
    assert [(p.kind, p.entity_id, p.audit_id) for p in report.problems] == [("changed", m2, last)]
    assert "开会日期在审计记录里是 “2026-11-03”，现在是 “2026-11-06”" in report.first.message


def test_full_check_sees_a_changed_part_of_a_meeting(store, records):
    tamper(store, f"UPDATE resolutions SET owner='别人' WHERE meeting_id={records['m1']}")
    assert verify.quick(store).ok  # the quick check compares main rows only
    report = verify.full(store)
    assert [p.entity_id for p in report.problems] == [records["m1"]]
    assert "resolutions[1].owner" in report.first.message


@pytest.mark.parametrize("check", [verify.full, verify.quick])
def test_deleted_and_reappeared_records_are_found(store, village1, records, check):
    gone = meetings.save_meeting(store, village1, work(dt.date(2026, 9, 2), "九月例会"))
    meetings.delete_meeting(store, village1, gone)
    tamper(store, f"DELETE FROM meetings WHERE id={records['m1']}",
           f"INSERT INTO meetings (id, village_id, kind, held_on, created_at, updated_at) VALUES"
           f" ({gone}, 1, 'work', '2026-09-02', 'x', 'x')")
    report = check(store)
    assert sorted((p.kind, p.entity_id) for p in report.problems) == [("deleted", records["m1"]),
                                                                        ("reappeared", gone)]


@pytest.mark.parametrize("check", [verify.full, verify.quick])
def test_a_reused_id_after_a_delete_is_judged_by_its_new_history(store, village1, check):
    a = meetings.save_meeting(store, village1, work(dt.date(2026, 9, 2), "旧"))
    meetings.delete_meeting(store, village1, a)
    b = meetings.save_meeting(store, village1, work(dt.date(2026, 9, 3), "新"))
    assert a == b  # SQLite reuses the highest id
    assert check(store).ok


def test_edited_audit_entry_breaks_the_chain_at_that_entry(store, records):
    target = store.scalar("SELECT min(id) FROM audit_log WHERE entity='expense'")
    tamper(store, f"UPDATE audit_log SET detail=replace(detail, '80000', '8000') WHERE id={target}")
    report = verify.full(store)
    assert report.first.kind == "chain" and report.first.audit_id == target
    assert f"第 {target} 条审计记录的内容被改动过" in report.first.message


def test_quick_check_sees_a_broken_chain_among_the_newest_entries(store, records):
    target = store.scalar("SELECT max(id) FROM audit_log") - 2
    tamper(store, f"DELETE FROM audit_log WHERE id={target}")
    report = verify.quick(store)
    assert report.first.kind == "chain" and report.first.audit_id == target + 1


def test_rows_a_later_import_replaced_are_left_to_the_import(store, records):
    m2 = records["m2"]
    with store.transaction():
        audit.append(store, None, "import", "sync_bundle", 1, village_id=1, extra={"changes": {}})
    tamper(store, f"UPDATE meetings SET topic='村里的新版本' WHERE id={m2}")
    assert verify.full(store).ok and verify.quick(store).ok


def test_damaged_file_fails_integrity(tmp_path, store, records):
    store.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    path = store.path
    store.close()
    raw = bytearray(path.read_bytes())
    for i in range(4096 * 2, len(raw) - 4096, 4096 * 3):
        raw[i + 20:i + 300] = b"\x07" * 280
    path.write_bytes(bytes(raw))
    from villageadmin.core.store import Store

    conn = sqlite3.connect(path, isolation_level=None)
    try:
        report = verify.full(Store(path, conn))
    finally:
        conn.close()
    assert report.first.kind == "integrity" and "已损坏" in report.first.message


def test_every_expense_step_keeps_the_record_matching_its_history(store, village1, admin):
    """No false alarms: requests taken through every step the app offers still verify."""
    def submit(amount: int, kind: str = "office") -> int:
        return expenses.submit(store, village1, ExpenseInput(
            village_id=1, kind=kind, spent_on=dt.date(2026, 11, 3), amount_fen=amount, payee="县新华书店",
            purpose="办公用纸", handler_id=3, receipts=1, pay_method="cash")).id

    reviewed = submit(150000)  # over 1,000.00: the township reviews it
    assert expenses.approve_village(store, village1, reviewed, approver_id=1, second_signer_id=2) == "township"
    expenses.review_township(store, admin, reviewed, approve=True, opinion="同意")
    expenses.pay(store, village1, reviewed, paid_on=today(), paid_by="王会计")
    expenses.reverse(store, village1, reviewed, on=today(), reason="多付了", handler_id=3, approver_id=1,
                     amount_fen=20000)
    refused = submit(120000)
    expenses.approve_village(store, village1, refused, approver_id=1, second_signer_id=2)
    expenses.review_township(store, admin, refused, approve=False, opinion="不符合规定")
    edited = submit(3000)
    expenses.update_pending(store, village1, edited, ExpenseInput(
        village_id=1, kind="office", spent_on=dt.date(2026, 11, 4), amount_fen=3500, payee="县文具店",
        purpose="墨盒", handler_id=3, receipts=1, pay_method="transfer"))
    expenses.withdraw(store, village1, edited, reason="不买了")
    submit(10000, kind="hospitality")  # refused by the rule when recorded
    cancelled = paid_expense(store, village1, 40000)
    expenses.reverse(store, village1, cancelled, on=today(), reason="退货", handler_id=3, approver_id=1)
    for check in (verify.full, verify.quick):
        report = check(store)
        assert report.ok, report.problems
        assert report.checked["expense"] == store.scalar("SELECT count(*) FROM expenses")
