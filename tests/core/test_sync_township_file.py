"""Township -> village: the signed policy file (what changed, in plain Chinese) and the township's
review decisions on expenses, applied at the village and coming back in the village's next file."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from tests.core import sync_util as su
from villageadmin.core import accounts, expenses, policy, township
from villageadmin.core.store import open_store
from villageadmin.core.sync import bundle, importer, keys, records, township_file


@pytest.fixture
def two(tmp_path: Path, tmp_path_factory):  # noqa: ANN001
    pc_dir, arch_dir = su.fresh_pair(tmp_path_factory, tmp_path)
    pc, arch = open_store(pc_dir), open_store(arch_dir)
    stick = tmp_path / "stick"
    stick.mkdir()
    a_admin = accounts.authenticate(arch, "admin", su.ADMIN_PW)
    v1 = accounts.authenticate(pc, "001", su.VILLAGE_PW)
    # The village enrols the township's key (fingerprint compared on the phone).
    body = json.dumps(keys.key_file(arch, a_admin, village_id=None)).encode()
    keys.enrol(pc, v1, keys.read_key_file(body), expect_fingerprint=keys.own_key(arch, village_id=None).fingerprint)
    yield pc, arch, v1, a_admin, stick
    pc.close()
    arch.close()


def _import(store, actor, path):  # noqa: ANN001
    return importer.import_files(store, actor, [path]).files[0]


def test_policy_change_travels_and_is_described(two):
    pc, arch, v1, a_admin, stick = two
    bid = policy.section(arch, "bidding", dt.date(2027, 1, 1))
    policy.update_section(arch, a_admin, effective_from=dt.date(2027, 1, 1), name="bidding",
                          values={**bid, "tender_village_fen": 800000}, note="村级工程招标起点调整")
    f = township_file.export_township_file(arch, a_admin, stick)
    assert f.seq == 1 and f.path.suffix == ".vapolicy"
    rep = _import(pc, v1, f.path)
    assert rep.status == "imported", rep.reason
    assert "自 2027-01-01 起：村一次性投资须公开招标的起点：5,000.00 元 → 8,000.00 元" in rep.notes
    assert policy.section(pc, "bidding", dt.date(2027, 1, 2))["tender_village_fen"] == 800000
    assert policy.section(pc, "bidding", dt.date(2026, 12, 31))["tender_village_fen"] == 500000
    # Again: already imported. A second file with nothing new: imported, "政策没有变化".
    assert _import(pc, v1, f.path).status == "unchanged"
    g = township_file.export_township_file(arch, a_admin, stick)
    rep = _import(pc, v1, g.path)
    assert rep.status == "imported" and rep.notes == ["政策没有变化。"]
    # The older file with another number than the last one received is refused.
    before = su.record_hash(pc)
    manifest, members = su.read_members(f.path)
    manifest["created_by"] = "someone"
    old = su.build(stick / "old.vapolicy", manifest, members, private=su.private_key(arch.data_dir, None))
    rep = _import(pc, v1, old)
    assert rep.status == "refused" and rep.code == "replay"
    assert su.record_hash(pc) == before


def test_policy_file_signed_by_someone_else_is_refused(two):
    pc, arch, v1, a_admin, stick = two
    f = township_file.export_township_file(arch, a_admin, stick)
    manifest, members = su.read_members(f.path)
    stranger, pub = keys.new_private_key()
    manifest["signer"] = {"public_key": pub, "fingerprint": keys.fingerprint(pub)}
    bad = su.build(stick / "fake.vapolicy", manifest, members, private=stranger)
    before = su.record_hash(pc)
    rep = _import(pc, v1, bad)
    assert rep.status == "refused" and rep.code == "foreign_key" and "乡镇登记的密钥" in rep.reason
    assert su.record_hash(pc) == before


def test_describe_changes_names_kinds_and_money():
    old = {"expenses": {"kinds": [{"code": "office", "name": "办公费", "per_item_limit_fen": 200000}]},
           "meetings": {"first_week_last_day": 7}}
    new = {"expenses": {"kinds": [{"code": "office", "name": "办公费", "per_item_limit_fen": 300000}]},
           "meetings": {"first_week_last_day": 5}}
    assert township_file.describe_changes(old, new) == [
        "办公费单笔限额：2,000.00 元 → 3,000.00 元", "村干部工作例会最迟在每月几日召开：7 → 5"]


def _expense_waiting_for_township(pc, v1) -> int:  # noqa: ANN001
    ids = {c["name"]: c["id"] for c in township.cadres(pc, v1, 1)}
    res = expenses.submit(pc, v1, expenses.ExpenseInput(
        village_id=1, kind="office", spent_on=dt.date(2026, 11, 20), amount_fen=150000, payee="县文具店",
        purpose="购买办公用品", handler_id=ids["王会计1"]))
    status = expenses.approve_village(pc, v1, res.id, approver_id=ids["张书记1"], second_signer_id=ids["李主任1"])
    assert status == "township"
    return res.id


def test_township_review_goes_back_and_comes_back(two):
    pc, arch, v1, a_admin, stick = two
    eid = _expense_waiting_for_township(pc, v1)
    assert _import(arch, a_admin, bundle.export_village(pc, v1, 1, stick).path).status == "imported"
    local = arch.scalar("SELECT local_id FROM sync_map WHERE village_id=1 AND tbl='expenses' AND source_id=?", (eid,))
    assert arch.scalar("SELECT status FROM expenses WHERE id=?", (local,)) == "township"
    # The township reviews it in its archive.
    assert expenses.review_township(arch, a_admin, local, approve=True, opinion="同意，注意节约") == "approved"
    assert arch.scalar("SELECT count(*) FROM sync_reviews WHERE acknowledged_at IS NULL") == 1
    # Meanwhile the village sends another file (even a full one): the township keeps its decision.
    for full in (False, True):
        rep = _import(arch, a_admin, bundle.export_village(pc, v1, 1, stick, full=full).path)
        assert rep.status == "imported", rep.reason
        assert arch.scalar("SELECT status FROM expenses WHERE id=?", (local,)) == "approved"
        assert records.view(arch, 1) == records.view(pc, 1)
    # The decision travels back in the township's file and is applied at the village.
    tf = township_file.export_township_file(arch, a_admin, stick)
    assert tf.reviews == 1
    rep = _import(pc, v1, tf.path)
    assert rep.status == "imported", rep.reason
    assert any("乡镇审核：白鹿村2026年第 1 号开支申请（办公费 1,500.00 元）同意（同意，注意节约）" in n for n in rep.notes)
    row = pc.one("SELECT status, township_opinion, township_reviewed_at FROM expenses WHERE id=?", (eid,))
    arow = arch.one("SELECT status, township_opinion, township_reviewed_at FROM expenses WHERE id=?", (local,))
    assert row == arow and row["status"] == "approved"
    # The village pays; its next file acknowledges the decision and brings the payment.
    expenses.pay(pc, v1, eid, paid_on=dt.date(2026, 11, 27), paid_by="王会计1")
    rep = _import(arch, a_admin, bundle.export_village(pc, v1, 1, stick).path)
    assert rep.status == "imported", rep.reason
    assert arch.scalar("SELECT status FROM expenses WHERE id=?", (local,)) == "paid"
    assert arch.scalar("SELECT count(*) FROM sync_reviews WHERE acknowledged_at IS NULL") == 0
    assert records.view(arch, 1) == records.view(pc, 1)
    # Applying the same township file again changes nothing.
    assert township_file.pending_reviews(arch) == []


def test_review_for_another_pcs_village_is_ignored(two):
    pc, arch, v1, a_admin, stick = two
    eid = _expense_waiting_for_township(pc, v1)
    _import(arch, a_admin, bundle.export_village(pc, v1, 1, stick).path)
    local = arch.scalar("SELECT local_id FROM sync_map WHERE village_id=1 AND tbl='expenses' AND source_id=?", (eid,))
    expenses.review_township(arch, a_admin, local, approve=False, opinion="超出本月预算，下月再报")
    tf = township_file.export_township_file(arch, a_admin, stick)
    # A PC that holds only village 002: the decision for 001 is not its business.
    with pc.transaction():
        pc.execute("DELETE FROM sync_keys WHERE village_id=1")
    rep = _import(pc, v1, tf.path)
    assert rep.status == "imported" and not any("乡镇审核" in n for n in rep.notes)
    assert pc.scalar("SELECT status FROM expenses WHERE id=?", (eid,)) == "township"


def test_expense_and_its_reversal_travel_in_one_file(two):
    """A reversal points at the expense it corrects (same table): both arrive together, in order."""
    pc, arch, v1, a_admin, stick = two
    ids = {c["name"]: c["id"] for c in township.cadres(pc, v1, 1)}
    res = expenses.submit(pc, v1, expenses.ExpenseInput(
        village_id=1, kind="office", spent_on=dt.date(2026, 11, 20), amount_fen=30000, payee="县文具店",
        purpose="墨盒", handler_id=ids["王会计1"]))
    assert expenses.approve_village(pc, v1, res.id, approver_id=ids["张书记1"]) == "approved"
    expenses.pay(pc, v1, res.id, paid_on=dt.date(2026, 11, 27), paid_by="王会计1")
    expenses.reverse(pc, v1, res.id, on=dt.date(2026, 11, 27), reason="重复报销，冲销", handler_id=ids["王会计1"],
                     approver_id=ids["张书记1"])
    rep = _import(arch, a_admin, bundle.export_village(pc, v1, 1, stick).path)
    assert rep.status == "imported", rep.reason
    assert rep.changes["开支申请"]["new"] == 2
    assert records.view(arch, 1) == records.view(pc, 1)
    assert arch.scalar("SELECT count(*) FROM expenses WHERE reverses_id IS NOT NULL") == 1
