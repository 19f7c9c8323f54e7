"""Bidding rule findings: missing tenders, stage-order breaks, over-payment, splitting groups, bid red flags.

The register's analysis (bidding_flags.analyse) judges every project in Python; a county holds tens of
thousands of which a few in twenty have a flag. So the check first finds, in one SQL pass, the projects that
can have a flag (a superset: each rule's condition without its wording), and runs the register's own rules
(bidding_flags._project_flags, the same messages) on those alone. Splitting groups are looked for among the
projects under the tender threshold, as the register does.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from villageadmin.core import bidding, bidding_flags, policy
from villageadmin.core.bidding_flags import SEVERITY_ORDER, Analysis
from villageadmin.core.bidding_lifecycle import COMPETITIVE_METHODS
from villageadmin.core.checks import Finding, village_filter
from villageadmin.core.clock import today

if TYPE_CHECKING:
    from villageadmin.core.store import Store

MODULE = "bidding"

# One row per project with the dates and sums the rules read from its stages, payments and bids, as the
# triggers keep them (schema_summaries.project_facts; NULL stage columns when the stage is not recorded).
_ROW = """SELECT p.id, p.village_id, p.registered_on, p.township_fen, p.village_fen, p.public_fen, p.public_interest,
    f.a_done, f.t_done, f.t_start, f.t_method, f.c_done, f.c_end, f.c_amount, f.k_done, f.u_done, f.u_amount,
    f.f_done, f.f_end, f.f_amount, f.paid_fen AS paid, f.released_fen AS released, f.n_bids, f.n_amounts
  FROM projects p LEFT JOIN project_facts f ON f.project_id = p.id"""

# "a is not on or after b", true also when either is missing (the Python rules compare str() of them).
_BEFORE = "coalesce({a} >= {b}, 0) = 0"

# bidding.is_required, for the policy row ``pol`` in force on the project's date.
_REQUIRED = ("((p.public_fen > 0 AND pol.fund) OR (p.public_interest <> 0"
             " AND (p.township_fen >= pol.t_min OR p.village_fen >= pol.v_min)))")

_CANDIDATE = " OR ".join([
    # 1. The tender rule: required and no tender before a later stage, or a tender that was not public;
    #    or not required only because public interest was left unticked.
    f"({_REQUIRED} AND ((p.t_done IS NULL AND (p.c_done IS NOT NULL OR p.k_done IS NOT NULL"
    " OR p.u_done IS NOT NULL OR p.f_done IS NOT NULL)) OR p.t_method <> 'public'))",
    f"(NOT {_REQUIRED} AND p.public_interest = 0 AND (p.township_fen >= pol.t_min OR p.village_fen >= pol.v_min))",
    # 2. Stages out of order: one recorded without its predecessor, or dated before it (bidding.order_problems).
    "(p.t_done IS NOT NULL AND (p.a_done IS NULL OR " + _BEFORE.format(a="p.t_start", b="p.a_done") + "))",
    "(p.c_done IS NOT NULL AND (p.t_done IS NULL OR " + _BEFORE.format(a="p.c_done", b="p.t_done") + "))",
    "(p.k_done IS NOT NULL AND (p.c_done IS NULL OR " + _BEFORE.format(a="p.k_done", b="p.c_end") + "))",
    "(p.u_done IS NOT NULL AND (p.k_done IS NULL OR " + _BEFORE.format(a="p.u_done", b="p.k_done") + "))",
    "(p.f_done IS NOT NULL AND (p.u_done IS NULL OR " + _BEFORE.format(a="p.f_done", b="p.u_done") + "))",
    # 3. Over-payment (bidding.cap_from) and retention held past its due date.
    "(coalesce(p.paid, 0) + coalesce(p.released, 0) <> 0 AND p.u_done IS NULL AND p.c_done IS NULL)",
    "(coalesce(p.paid, 0) + coalesce(p.released, 0) > CASE WHEN p.u_done IS NOT NULL THEN p.u_amount"
    " WHEN p.c_done IS NOT NULL THEN p.c_amount ELSE 0 END)",
    "(coalesce(p.f_end, '') <> '' AND p.f_end < :today AND p.f_amount - coalesce(p.released, 0) > 0)",
    # 4. Bid red flags: a single bid, two bids alike, or a bid close to a winner's.
    "(p.t_done IS NOT NULL AND p.n_bids >= 1 AND ((p.n_bids = 1 AND p.t_method IN"
    f" ({', '.join(repr(m) for m in COMPETITIVE_METHODS)})) OR p.n_amounts < p.n_bids OR EXISTS (SELECT 1 FROM project_bids w"
    " JOIN project_bids o ON o.project_id = w.project_id WHERE w.project_id = p.id AND w.is_winner <> 0"
    " AND o.amount_fen <> w.amount_fen AND abs(o.amount_fen - w.amount_fen) * 100 <= w.amount_fen * pol.pct)))",
])


def _policy_rows(store: Store) -> tuple[str, dict[str, Any]]:
    """A ``pol(lo, hi, t_min, v_min, fund, pct)`` CTE: each policy version's bidding thresholds and the dates it
    judges (the first also the days before it, as bidding_flags.policy_lookup does)."""
    rules = bidding_flags.policy_lookup(store)
    starts = sorted({v["effective_from"] for v in policy.list_versions(store)}) or [""]
    rows, params = [], {}
    for i, start in enumerate(starts):
        pol = rules(start)
        lo = "" if i == 0 else start
        hi = starts[i + 1] if i + 1 < len(starts) else "\uffff"
        rows.append(f"(:lo{i}, :hi{i}, :t{i}, :v{i}, :f{i}, :p{i})")
        params.update({f"lo{i}": lo, f"hi{i}": hi, f"t{i}": int(pol.get("tender_township_fen", 2_000_000)),
                       f"v{i}": int(pol.get("tender_village_fen", 500_000)),
                       f"f{i}": 1 if pol.get("tender_if_public_fundraising", True) else 0,
                       f"p{i}": int(pol.get("bid_close_percent", 1))})
    return f"pol(lo, hi, t_min, v_min, fund, pct) AS (VALUES {', '.join(rows)})", params


def flagged(store: Store, village_ids: list[int]) -> Analysis:
    """The villages' projects that have a flag, with their flags, and the splitting groups: what
    ``bidding_flags.analyse`` finds, without judging every project in Python."""
    out = Analysis()
    if not village_ids:
        return out
    vwhere, vparams = village_filter(store, village_ids, "p.village_id")
    pol, params = _policy_rows(store)
    params.update({f"v_{i}": v for i, v in enumerate(vparams)})
    vwhere = vwhere.replace("?", "{}").format(*(f":v_{i}" for i in range(len(vparams))))
    params["today"] = today().isoformat()
    ids = [r[0] for r in store.execute(
        f"WITH {pol} SELECT p.id FROM ({_ROW}) p"
        # CROSS JOIN: read the projects in table order, not by date through an index (a random row each).
        f" CROSS JOIN pol ON p.registered_on >= pol.lo AND p.registered_on < pol.hi"
        f" WHERE {vwhere} AND ({_CANDIDATE})", params)]
    rules = bidding_flags.policy_lookup(store)
    t = params["today"]
    paid: dict[int, tuple[int, int]] = {}
    cols = ("stage", "done_on", "method", "method_reason", "notice_on", "amount_fen", "start_on", "end_on", "result")
    for i in range(0, len(ids), 900):
        chunk = ids[i:i + 900]
        marks = ",".join("?" * len(chunk))
        out.projects += store.query(
            f"SELECT p.id, p.village_id, v.code AS village_code, v.name AS village_name, p.name, p.kind, p.place,"
            f" p.registered_on, p.township_fen, p.village_fen, p.grant_fen, p.public_fen, p.other_fen,"
            f" p.public_interest, p.stage, p.contractor FROM projects p JOIN villages v ON v.id=p.village_id"
            f" WHERE p.id IN ({marks})", chunk)
        for r in store.execute(
                f"SELECT project_id, coalesce(sum(CASE WHEN kind='payment' THEN amount_fen END), 0),"
                f" coalesce(sum(CASE WHEN kind='retention' THEN amount_fen END), 0) FROM project_payments"
                f" WHERE project_id IN ({marks}) GROUP BY project_id", chunk):
            paid[r[0]] = (r[1], r[2])
        for r in store.execute(f"SELECT project_id, {', '.join(cols)} FROM project_stages"
                               f" WHERE project_id IN ({marks})", chunk):
            out.stages.setdefault(r[0], {})[r[1]] = dict(zip(cols, r[1:]))
        for r in store.query(f"SELECT project_id, seq, bidder, amount_fen, is_winner FROM project_bids"
                             f" WHERE project_id IN ({marks}) ORDER BY project_id, seq", chunk):
            out.bids.setdefault(r["project_id"], []).append(r)
    # The register's order, so that flags come out as they do there.
    out.projects.sort(key=lambda p: (p["village_id"], p["registered_on"], p["id"]))
    for p in out.projects:
        p["paid_fen"], p["released_fen"] = paid.get(p["id"], (0, 0))
        pol_ = rules(p["registered_on"])
        p["required"] = bidding.is_required(pol_, township_fen=p["township_fen"], village_fen=p["village_fen"],
                                            public_fen=p["public_fen"], public_interest=bool(p["public_interest"]))
        p["total_fen"] = p["township_fen"] + p["village_fen"] + p["grant_fen"] + p["public_fen"] + p["other_fen"]
        bidding_flags._project_flags(out, p, pol_, t)
    # Splitting: among every project under the threshold with village or township money.
    small = Analysis(flags=out.flags, groups=out.groups)
    small.projects = store.query(
        f"WITH {pol} SELECT p.id, p.village_id, v.code AS village_code, p.name, p.kind, p.registered_on,"
        f" p.township_fen, p.village_fen, p.public_fen, p.public_interest, p.contractor, 0 AS required"
        f" FROM projects p JOIN villages v ON v.id=p.village_id"
        f" CROSS JOIN pol ON p.registered_on >= pol.lo AND p.registered_on < pol.hi"
        f" WHERE {vwhere} AND NOT {_REQUIRED} AND (p.township_fen <> 0 OR p.village_fen <> 0)"
        f" ORDER BY p.village_id, p.registered_on, p.id", params)
    bidding_flags._split_groups(small, rules, [])
    for flags in out.flags.values():
        flags.sort(key=lambda f: (SEVERITY_ORDER.get(f.severity, 9), f.rule))
    return out


def findings(store: Store, village_ids: list[int]) -> list[Finding]:
    analysis = flagged(store, village_ids)
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
