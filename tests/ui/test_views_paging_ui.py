"""The township's register views show their first page at once and the same rows, in the same order, as the
whole-township functions; their summary lines add up to the same figures once read (small demo, read-only)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from villageadmin.core import bidding, expense_views
from villageadmin.core.accounts import Actor
from villageadmin.core.store import open_store
from villageadmin.core.money import fmt_yuan
from villageadmin.ui import ops
from villageadmin.ui.context import AppContext

TOWNSHIP = Actor(None, "t", "乡镇", "viewer")


@pytest.fixture
def ctx(demo_dir):  # noqa: ANN001
    store = open_store(demo_dir, read_only=True)
    yield AppContext(store, TOWNSHIP)
    ops.wait_idle()
    store.close()


@pytest.mark.parametrize("attention", [False, True])
def test_bidding_register_of_all_villages_a_page_at_a_time(qtbot, ctx, attention):  # noqa: ANN001
    from villageadmin.ui.bidding.page import BiddingPage

    page = BiddingPage(ctx)
    qtbot.addWidget(page)
    page.model.page = 4
    page.year.setCurrentIndex(page.year.findData(2026))
    page.attention.setChecked(attention)
    page.scope.setCurrentIndex(page.scope.findData("all"))
    whole = bidding.list_projects(ctx.store, TOWNSHIP, year=2026, attention=attention)
    assert len(whole) > 4 and len({r["village_id"] for r in whole}) > 1
    assert [r["id"] for r in page.model.rows] == [r["id"] for r in whole[:4]]
    qtbot.waitUntil(lambda: "…" not in page.summary.text(), timeout=10000)
    expected = (page.tr("%1 projects, ¥%2; %3 need attention").replace("%1", str(len(whole)))
                .replace("%2", fmt_yuan(sum(r["total_fen"] for r in whole)))
                .replace("%3", str(sum(1 for r in whole if r["flags"]))))
    assert page.summary.text() == expected
    assert [(r["id"], r["flags"]) for r in page.model.fetch_all()] == [(r["id"], r["flags"]) for r in whole]
    page.view.selectRow(len(whole) - 1)  # the last row opens its own record
    assert page.selected(quiet=True)["id"] == whole[-1]["id"]


def test_bidding_stage_filter_shows_exactly_that_stage(qtbot, ctx):  # noqa: ANN001
    from villageadmin.ui.bidding.page import BiddingPage

    page = BiddingPage(ctx)
    qtbot.addWidget(page)
    page.scope.setCurrentIndex(page.scope.findData("all"))
    for code in bidding.STAGE_LABELS:
        page.stage.setCurrentIndex(page.stage.findData(code))
        want = [r["id"] for r in bidding.list_projects(ctx.store, TOWNSHIP, year=2026, stage=code)]
        assert [r["id"] for r in page.model.fetch_all()] == want


def test_expense_township_table_a_page_of_villages_at_a_time(qtbot, ctx):  # noqa: ANN001
    from villageadmin.ui.expenses.township import ExpenseTownshipView

    v = ExpenseTownshipView(ctx)
    qtbot.addWidget(v)
    v.spending.PAGE = 3
    v.refresh()
    pol, whole = expense_views.township_overview(ctx.store, TOWNSHIP, 2026)
    assert v.spending.rowCount() == 3 and v.spending.canFetchMore()
    assert v.spending.fetch_all() == whole and v.spending.rowCount() == 4
    kinds = [k for k in pol.kinds.values() if k.active and not k.always_refused]
    m = v.spending
    headers = [m.headerData(i, Qt.Orientation.Horizontal) for i in range(m.columnCount())]
    assert headers[2:2 + len(kinds)] == [k.name for k in kinds]
    for i, r in enumerate(whole):
        assert m.index(i, 0).data() == f"{r.code} {r.name}" and m.index(i, 1).data() == fmt_yuan(r.total_fen)
        for j, k in enumerate(kinds, start=2):
            over = r.by_kind.get(k.code, 0) > k.annual_limit_fen
            assert (m.index(i, j).data(Qt.ItemDataRole.ForegroundRole) is not None) == over
    ops.wait_idle()
    qtbot.waitUntil(lambda: not v.summary.text().startswith("正在"), timeout=5000)
    over = sum(1 for r in whole if any(r.by_kind.get(k.code, 0) > k.annual_limit_fen for k in kinds))
    assert v.summary.text() == (f"4 个村 · 2026年共开支 {fmt_yuan(sum(r.total_fen for r in whole))} 元 · "
                                f"{sum(r.waiting_township for r in whole)} 笔待乡镇审核 · {over} 个村超过限额")
    chosen: list[int] = []
    v.village_chosen.connect(chosen.append)
    v._choose(3, 0)
    assert chosen == [whole[3].village_id]
