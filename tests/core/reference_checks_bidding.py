"""The bidding check as it was before it was rewritten in SQL (commit a185fb6), kept as the reference the
rewrite must agree with (tests/core/test_checks_sql.py).

Bidding rule findings: missing tenders, stage-order breaks, over-payment, splitting groups, bid red flags."""

from __future__ import annotations

from typing import TYPE_CHECKING

from villageadmin.core import bidding_flags
from villageadmin.core.checks import Finding

if TYPE_CHECKING:
    from villageadmin.core.store import Store

MODULE = "bidding"


def findings(store: Store, village_ids: list[int]) -> list[Finding]:
    analysis = bidding_flags.analyse(store, village_ids)
    codes = {p["id"]: p["village_code"] for p in analysis.projects}
    out: list[Finding] = []
    for pid, flags in analysis.flags.items():
        for f in flags:
            if f.rule == "split_suspected":
                continue  # reported once per group below
            out.append(Finding(codes[pid], MODULE, f.rule, f.severity, f.message, pid, "project", f.date))
    for g in analysis.groups:
        out.append(Finding(g.village_code, MODULE, "split_suspected", "warning", g.message, g.project_ids[0],
                           "project", g.last_on))
    return out
