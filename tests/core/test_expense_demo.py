"""The demo's expenses: realistic, within the rules except the deliberate attempts, deterministic."""

from __future__ import annotations

import hashlib

import pytest

from villageadmin.core import accounts, checks, demo
from villageadmin.core.store import open_store


@pytest.fixture(scope="module")
def demo_store(demo_dir):
    s = open_store(demo_dir, read_only=True)
    yield s
    s.close()


def test_requests_per_village_month(demo_store):
    per = demo_store.query("SELECT village_id, substr(spent_on, 1, 7) AS ym, count(*) AS n FROM expenses"
                           " WHERE reverses_id IS NULL AND refused_stage IS NOT 'rule' GROUP BY 1, 2")
    full = [r["n"] for r in per if r["ym"] < "2026-11"]
    assert min(full) >= 16 and max(full) <= 17


def test_each_village_tried_hospitality_once_and_a_few_over_limit(demo_store):
    rows = demo_store.query("SELECT village_id, refused_rule, count(*) AS n FROM expenses WHERE status='refused'"
                            " AND refused_stage='rule' GROUP BY 1, 2")
    villages = {r[0] for r in demo_store.execute("SELECT id FROM villages")}
    hosp = {r["village_id"]: r["n"] for r in rows if r["refused_rule"] == "hospitality"}
    assert hosp == {v: 1 for v in villages}
    over = {r["village_id"] for r in rows if r["refused_rule"] in ("over_item_limit", "over_annual_limit")}
    assert over == villages
    msg = demo_store.scalar("SELECT refused_reason FROM expenses WHERE refused_rule='over_item_limit' LIMIT 1")
    assert "超过单笔限额" in msg and "村里不能审批" in msg


def test_committed_spending_keeps_within_the_limits(demo_store):
    admin = accounts.Actor(None, "t", "t", "viewer")
    found = {f.rule for f in checks.run(demo_store, admin, modules=["expenses"])}
    assert not found & {"over_item_limit", "over_annual_limit", "hospitality_spent"}
    assert "hospitality_attempt" in found


def test_numbers_reversals_and_publications_are_consistent(demo_store):
    dup = demo_store.scalar("SELECT count(*) FROM (SELECT village_id, substr(spent_on, 1, 4), seq, count(*) c"
                            " FROM expenses GROUP BY 1, 2, 3 HAVING c > 1)")
    assert dup == 0
    bad = demo_store.scalar(
        "SELECT count(*) FROM expenses r JOIN expenses o ON o.id = r.reverses_id WHERE r.amount_fen >= 0"
        " OR o.status <> 'paid' OR o.kind <> r.kind OR -r.amount_fen > o.amount_fen OR r.spent_on < o.paid_on"
        " OR r.budget_year <> o.budget_year")
    assert bad == 0 and demo_store.scalar("SELECT count(*) FROM expenses WHERE reverses_id IS NOT NULL") > 0
    waiting_published = demo_store.scalar(
        "SELECT count(*) FROM expense_publications p JOIN expenses e ON e.village_id = p.village_id"
        " AND substr(e.spent_on, 1, 7) = p.month WHERE e.status IN ('pending', 'township')")
    assert waiting_published == 0
    assert demo_store.scalar("SELECT count(*) FROM expense_publications WHERE posted_on <= month || '-31'") == 0
    # approval steps in order for all but the few sloppy records check is meant to find
    assert demo_store.scalar("SELECT count(*) FROM expenses WHERE status IN ('approved', 'paid')"
                             " AND village_approved_at IS NULL") == 0


def _digest(path) -> str:
    s = open_store(path, read_only=True)
    try:
        h = hashlib.sha256()
        for row in s.execute("SELECT * FROM expenses ORDER BY id"):
            h.update(repr(row[:19] + row[20:]).encode())  # created_at of the demo's policy row aside
        for row in s.execute("SELECT village_id, month, posted_on, total_fen, items FROM expense_publications"
                             " ORDER BY id"):
            h.update(repr(row).encode())
        return h.hexdigest()
    finally:
        s.close()


def test_deterministic(tmp_path):
    demo.create(tmp_path / "a", villages=2, years=1, seed=3)
    demo.create(tmp_path / "b", villages=2, years=1, seed=3)
    assert _digest(tmp_path / "a") == _digest(tmp_path / "b")
