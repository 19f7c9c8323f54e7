"""Where a major matter stands in the 四议两公开 procedure, and what is overdue (no store access)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, fields
from typing import Any

from villageadmin.core.clock import today

KINDS: dict[str, str] = {
    "project": "工程项目",
    "assets": "集体资产处置",
    "rules": "村规民约",
    "expense": "大额开支",
    "other": "其他事项",
}
STEPS: dict[int, str] = {
    1: "党支部提议",
    2: "两委商议",
    3: "党员大会审议",
    4: "村民会议或村民代表会议决议",
    5: "决议公开",
    6: "实施结果公开",
}
SHORT: dict[int, str] = {1: "支部提议", 2: "两委商议", 3: "党员审议", 4: "村民决议", 5: "决议公开", 6: "结果公开"}
# The meeting kinds that may hold each deliberation step (core/meetings.py KINDS).
STEP_BODIES: dict[int, tuple[str, ...]] = {
    1: ("branch",),
    2: ("joint",),
    3: ("party_members",),
    4: ("representatives", "villagers"),
}
DELIBERATION = (1, 2, 3, 4)
PUBLICITY = (5, 6)
LAST_STEP = 6

@dataclass
class MatterState:
    round: int
    last_step: int  # the last step taken in the current round (0: none yet)
    failed: bool  # the last step's vote failed
    next_step: int | None  # the step to take next; None when failed, finished or closed
    phase: str  # new / deliberating / failed / to_publish / posting / to_start / carrying_out / result_posting
    #            / done / closed
    label: str
    waiting_since: str | None  # ISO date the current wait started
    overdue: str  # "" or the plain-Chinese reason
    overdue_days: int  # days past the policy's limit (0 when not overdue)
    posting_ends: str | None  # last day of the current posting period, if one is running or ended

    def as_dict(self) -> dict[str, Any]:
        # Every field is a plain value: copied as it is, not through dataclasses.asdict's deep copy of each
        # (a county's page of 200 matters: 20 ms of the all-villages list's first page).
        return {name: getattr(self, name) for name in _STATE_FIELDS}


_STATE_FIELDS = tuple(f.name for f in fields(MatterState))


def posting_end(posted_on: dt.date | str, period_days: int) -> dt.date:
    """The last day a notice is up: posted on day 1, up for ``period_days`` days."""
    d = posted_on if isinstance(posted_on, dt.date) else dt.date.fromisoformat(posted_on)
    return d + dt.timedelta(days=max(period_days, 1) - 1)


def state_of(matter: dict[str, Any], steps: list[dict[str, Any]], pol: dict[str, Any],
             on: dt.date | None = None) -> MatterState:
    """Where a matter stands and what is overdue, from its row and its current round's steps."""
    st = _state_of(matter, steps, pol, on)
    if st.round > 1 and st.phase not in ("new", "closed", "done"):
        st.label += f"（第 {st.round} 轮）"
    return st


def _state_of(matter: dict[str, Any], steps: list[dict[str, Any]], pol: dict[str, Any],
              on: dt.date | None) -> MatterState:
    t = on or today()
    rnd = int(matter["round"])
    cur = [s for s in steps if s["round"] == rnd]
    last = cur[-1] if cur else None
    last_step = int(last["step"]) if last else 0
    failed = bool(last and not last["passed"])
    ends: str | None = None

    def days_since(iso: str | None) -> int:
        return (t - dt.date.fromisoformat(iso)).days if iso else 0

    def late(since: str | None, limit_key: str, default: int, what: str) -> tuple[str, int]:
        limit = int(pol.get(limit_key, default))
        n = days_since(since)
        if since and n > limit:
            return f"{what}已 {n} 天（规定 {limit} 天内）", n - limit
        return "", 0

    if matter["status"] == "closed":
        return MatterState(rnd, last_step, failed, None, "closed", "已终止", None, "", 0, None)
    if last is None:
        since = matter["created_on"] if rnd == 1 else (matter["returned_on"] or matter["created_on"])
        label = "待党支部提议" if rnd == 1 else f"已退回党支部，待第 {rnd} 轮提议"
        od, n = late(since, "step_overdue_days", 30, "事项提出后党支部还没有提议，" if rnd == 1 else
                     "退回党支部后还没有重新提议，")
        return MatterState(rnd, 0, False, 1, "new", label, since, od, n, None)
    since = last["on_date"]
    if failed:
        od, n = late(since, "failed_overdue_days", 30, f"{STEPS[last_step]}未通过，还没有退回重议或终止，")
        return MatterState(rnd, last_step, True, None, "failed", f"{STEPS[last_step]}未通过", since, od, n, None)
    if last_step < 4:
        nxt = last_step + 1
        od, n = late(since, "step_overdue_days", 30, f"{STEPS[last_step]}后还没有{STEPS[nxt]}，")
        return MatterState(rnd, last_step, False, nxt, "deliberating", f"待{STEPS[nxt]}", since, od, n, None)
    if last_step == 4:
        od, n = late(since, "publish_within_days", 7, "决议作出后还没有公开，")
        return MatterState(rnd, 4, False, 5, "to_publish", "待决议公开", since, od, n, None)
    end = posting_end(last["on_date"], int(last["period_days"] or 1))
    ends = end.isoformat()
    if last_step == 5:
        if t <= end:
            return MatterState(rnd, 5, False, 6, "posting", f"决议公示中（至 {end.month}月{end.day}日）", since, "", 0,
                               ends)
        od, n = late(ends, "result_within_days", 180, "决议公示期满后还没有公开实施结果，")
        if matter["started_on"]:
            return MatterState(rnd, 5, False, 6, "carrying_out", "实施中，待公开实施结果", ends, od, n, ends)
        return MatterState(rnd, 5, False, 6, "to_start", "公示期满，待实施", ends, od, n, ends)
    if t <= end:
        return MatterState(rnd, 6, False, None, "result_posting", f"实施结果公示中（至 {end.month}月{end.day}日）",
                           since, "", 0, ends)
    return MatterState(rnd, 6, False, None, "done", "已完成", since, "", 0, ends)
