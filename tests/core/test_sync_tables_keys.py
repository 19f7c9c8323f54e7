"""The registry of synced tables matches the schema; validators at the edges; keys, fingerprints,
enrolment and key replacement."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from tests.core import sync_util as su
from villageadmin.core import accounts, audit, township
from villageadmin.core import schema_summaries as summaries
from villageadmin.core.errors import RuleViolation, ValidationError
from villageadmin.core.store import open_store
from villageadmin.core.sync import bundle, importer, keys, records
from villageadmin.core.sync import tables as reg


# -- the registry -----------------------------------------------------------------------------------------
def test_every_foreign_key_of_a_synced_table_is_declared(fresh_store):
    """A new column pointing at another table must be declared, or the township would get wrong ids."""
    known = reg.by_name()
    for t in records.available(fresh_store):
        for fk in fresh_store.query(f"PRAGMA foreign_key_list({t.name})"):
            col, target = fk["from"], fk["table"]
            if target == "villages":
                assert col == t.village, (t.name, col)
            elif target in known:
                assert t.refs.get(col) == target or (t.owner and t.owner == (col, target)), (t.name, col)
            elif target in reg.SHARED:
                assert t.shared.get(col) == target, (t.name, col)
            else:
                pytest.fail(f"{t.name}.{col} points at {target}, which is neither synced nor shared")
        for col, target in t.refs.items():
            assert target in known, (t.name, col)
        assert t.owner is None or t.refs.get(t.owner[0]) == t.owner[1]


def test_every_area_table_with_a_village_is_synced(fresh_store):
    """Tables holding a village's records travel; only the township's own, sync's own and the running totals
    (counted again from the rows where they land) stay home."""
    home = {"users", "audit_log", "village_links", "policy_versions", *summaries.TABLES}
    synced = set(reg.order())
    for (name,) in fresh_store.execute("SELECT name FROM sqlite_master WHERE type='table'"):
        cols = records.columns(fresh_store, name)
        if "village_id" in cols and name not in home and not name.startswith("sync_"):
            assert name in synced, f"{name} holds village records but is not in sync/tables.py"


def test_parents_come_before_children():
    names = reg.order()
    for t in reg.TABLES:
        if t.owner:
            assert names.index(t.owner[1]) < names.index(t.name)


@pytest.mark.parametrize("check, value, ok", [
    (reg.DATE, "2026-02-28", True), (reg.DATE, "2026-02-29", False), (reg.DATE, "2028-02-29", True),
    (reg.DATE, "2026-2-3", False), (reg.DATE, 20260203, False), (reg.DATE_OR_NULL, None, True),
    (reg.DATETIME, "2026-11-27T09:00:00", True), (reg.DATETIME, "2026-11-27 25:00:00", False),
    (reg.TIME_OR_EMPTY, "", True), (reg.TIME_OR_EMPTY, "23:59", True), (reg.TIME_OR_EMPTY, "24:00", False),
    (reg.FEN, 0, True), (reg.FEN, 1, True), (reg.FEN, -1, False), (reg.FEN, 1.5, False), (reg.FEN, "100", False),
    (reg.FEN, True, False), (reg.FEN, 100_000_000_00, True), (reg.FEN, 100_000_000_01, False),
    (reg.SIGNED_FEN, -150000, True), (reg.FLAG, 1, True), (reg.FLAG, 2, False), (reg.FLAG, True, False),
    (reg.MONTH, "2026-11", True), (reg.MONTH, "2026-13", False), (reg.YEAR, 2026, True), (reg.YEAR, 26, False),
    (reg.COUNT, 0, True), (reg.COUNT, -1, False),
])
def test_validators_at_the_edges(check, value, ok):  # noqa: ANN001
    assert (check(value) is None) is ok


# -- keys ---------------------------------------------------------------------------------------------------
def test_fingerprint_is_six_groups_of_four_digits_and_stable():
    _priv, pub = keys.new_private_key()
    fp = keys.fingerprint(pub)
    assert len(fp) == 29 and [len(g) for g in fp.split(" ")] == [4] * 6 and fp.replace(" ", "").isdigit()
    assert keys.fingerprint(pub) == fp
    assert keys.normalise_fingerprint(fp.replace(" ", "-")) == fp


@pytest.fixture
def two(tmp_path: Path, tmp_path_factory):  # noqa: ANN001
    pc_dir, arch_dir = su.fresh_pair(tmp_path_factory, tmp_path)
    pc, arch = open_store(pc_dir), open_store(arch_dir)
    (tmp_path / "stick").mkdir()
    yield pc, arch, accounts.authenticate(pc, "001", su.VILLAGE_PW), accounts.authenticate(arch, "admin", su.ADMIN_PW), \
        tmp_path / "stick"
    pc.close()
    arch.close()


def _claim(store, actor, vid):  # noqa: ANN001
    return keys.read_key_file(json.dumps(keys.key_file(store, actor, village_id=vid)).encode())


def test_key_file_shows_the_same_fingerprint_on_both_screens(two):
    pc, arch, v1, _a, _stick = two
    claim = _claim(pc, v1, 1)
    assert claim.fingerprint == keys.own_key(pc, village_id=1).fingerprint == keys.peer(arch, village_id=1)["fingerprint"]


def test_key_file_edited_is_refused():
    from villageadmin.core.sync.container import Refused

    store_body = {"format": "villageadmin-key", "format_version": 1}
    with pytest.raises(Refused, match="自签名不对"):
        keys.read_key_file(json.dumps({**store_body, "proof": "AAAA"}).encode())


def test_key_handed_over_by_the_old_key_is_accepted_on_import(two):
    pc, arch, v1, a_admin, stick = two
    importer.import_files(arch, a_admin, [bundle.export_village(pc, v1, 1, stick).path])
    old_fp = keys.own_key(pc, village_id=1).fingerprint
    new = keys.replace_own_key(pc, v1, village_id=1)
    assert new.fingerprint != old_fp and new.key_change is not None
    rep = importer.import_files(arch, a_admin, [bundle.export_village(pc, v1, 1, stick).path]).files[0]
    assert rep.status == "imported", rep.reason
    assert any(new.fingerprint in n for n in rep.notes)
    assert keys.peer(arch, village_id=1)["fingerprint"] == new.fingerprint
    assert arch.scalar("SELECT count(*) FROM audit_log WHERE action='replace_key'") == 1
    # Files signed with the retired key are refused from now on.
    manifest, members = su.read_members(bundle.export_village(pc, v1, 1, stick).path)
    old_priv = pc.scalar("SELECT private_key FROM sync_keys WHERE village_id=1 AND retired_at IS NOT NULL")
    old_pub = pc.scalar("SELECT public_key FROM sync_keys WHERE village_id=1 AND retired_at IS NOT NULL")
    manifest["signer"] = {"public_key": old_pub, "fingerprint": old_fp}
    manifest["key_change"] = None
    bad = su.build(stick / "old-key.vabundle", manifest, members, private=old_priv)
    assert importer.import_files(arch, a_admin, [bad]).files[0].code == "foreign_key"


def test_key_replaced_without_hand_over_needs_a_re_enrolment_with_reason(two):
    pc, arch, v1, a_admin, stick = two
    # The village PC was reinstalled: a new key, no statement from the old one.
    with pc.transaction():
        pc.execute("DELETE FROM sync_keys WHERE village_id=1")
    new = keys.ensure_own_key(pc, v1, village_id=1)
    claim = _claim(pc, v1, 1)
    with pytest.raises(RuleViolation, match="已经登记过另一个密钥"):
        keys.enrol(arch, a_admin, claim)
    with pytest.raises(ValidationError, match="写明原因"):
        keys.enrol(arch, a_admin, claim, replace=True)
    res = keys.enrol(arch, a_admin, claim, replace=True, reason="村里电脑重装，电话核对了新指纹")
    assert res.status == "replaced" and res.fingerprint == new.fingerprint
    entry = arch.one("SELECT detail FROM audit_log WHERE action='replace_key' ORDER BY id DESC LIMIT 1")
    assert "电话核对了新指纹" in entry["detail"] and "re_enrolled" in entry["detail"]
    assert audit.verify_chain(arch).ok


def test_one_key_cannot_serve_two_villages(two):
    pc, arch, _v1, a_admin, _stick = two
    admin = accounts.authenticate(pc, "admin", su.ADMIN_PW)
    claim = _claim(pc, admin, 1)
    claim.village_code, claim.village_name = "002", "青山村"
    with pytest.raises(RuleViolation, match="已经登记给了白鹿村"):
        keys.enrol(arch, a_admin, claim, replace=True, reason="x")


def test_enrolment_needs_the_administrator_and_refuses_local_villages(two):
    pc, arch, v1, a_admin, _stick = two
    from villageadmin.core.errors import AccessDenied

    claim = _claim(pc, v1, 1)
    viewer_id = accounts.create_user(arch, a_admin, username="look", display_name="查看", role="viewer",
                                     password="viewer-1")
    viewer = accounts.authenticate(arch, "look", "viewer-1")
    assert viewer.user_id == viewer_id
    with pytest.raises(AccessDenied):
        keys.enrol(arch, viewer, claim)
    # The village PC cannot enrol its own village.
    admin = accounts.authenticate(pc, "admin", su.ADMIN_PW)
    with pytest.raises(RuleViolation):
        keys.enrol(pc, admin, claim)
    with pytest.raises(RuleViolation, match="其他乡镇|不是本乡镇"):
        claim.township_code = "ZZ"
        keys.enrol(arch, a_admin, claim)


def test_private_key_is_never_in_a_key_file(two):
    pc, _arch, v1, _a, stick = two
    path = keys.write_key_file(pc, v1, stick, village_id=1)
    assert su.private_key(pc.data_dir, 1) not in path.read_text("utf-8")
    assert path.name == "白鹿村-密钥.vakey"


def test_export_status_counts_changes_since_last_file(two):
    pc, _arch, v1, _a, stick = two
    s = bundle.export_status(pc, v1, 1)
    assert s["last"] is None and s["next_seq"] == 1 and s["changed"] > 0
    bundle.export_village(pc, v1, 1, stick)
    s = bundle.export_status(pc, v1, 1)
    assert s["changed"] == 0 and s["last"]["seq"] == 1 and s["fingerprint"]
    cadres = [c["id"] for c in township.cadres(pc, v1, 1)]
    su.add_meeting(pc, v1, 1, cadres, dt.date(2026, 11, 3))
    assert bundle.export_status(pc, v1, 1)["changed"] >= 4  # meeting, attendance, agenda, resolution …
