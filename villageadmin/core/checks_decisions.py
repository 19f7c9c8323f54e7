"""Major-matter findings (四议两公开): steps out of order, a failed vote moved on, a decision carried out
without being made public, a step whose meeting record is gone, and matters waiting too long.

The core refuses all of these when they are entered through it; they still arise from files made
elsewhere, from records entered on paper first, and from later edits (a meeting record's date or
kind changed, a meeting deleted, a linked project started before the decision was posted).
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from villageadmin.core import policy
from villageadmin.core.checks import Finding
from villageadmin.core.clock import today
from villageadmin.core.decisions_state import STEP_BODIES, STEPS, posting_end, state_of
from villageadmin.core.decisions_votes import Vote
from villageadmin.core.decisions_votes import result as vote_result

if TYPE_CHECKING:
    from villageadmin.core.store import Store

MODULE = "decisions"


def _failure(s: dict[str, Any]) -> str | None:
    """Why a step failed, or None. Judged again from the numbers, so a stored 'passed' the numbers do not
    bear out still counts."""
    if s["body"] and s["members"] is not None:
        v = Vote(s["members"], s["present"] or 0, s["votes_for"] or 0, s["votes_against"] or 0,
                 s["votes_abstain"] or 0, s["basis"] or "persons")
        r = vote_result(s["body"], v)
        if not r.quorum_ok:
            return f"应到 {v.members}，实到 {v.present}，到会人数不足"
        if not r.passed:
            return f"赞成 {v.votes_for} 票，须 {r.pass_need} 票"
    return None if s["passed"] else "登记为未通过"


def _construction_dates(store: Store, project_ids: list[int]) -> dict[int, str]:
    """The day each linked bidding project started work (or signed its contract), when that register exists."""
    tables = {r[0] for r in store.execute("SELECT name FROM sqlite_master WHERE type='table'"
                                          " AND name IN ('projects', 'project_stages')")}
    if "project_stages" not in tables or not project_ids:
        return {}
    cols = {r[1] for r in store.execute("PRAGMA table_info(project_stages)")}
    if not {"project_id", "stage", "done_on"} <= cols:
        return {}
    start = "coalesce(start_on, done_on)" if "start_on" in cols else "done_on"
    out: dict[int, str] = {}
    for i in range(0, len(project_ids), 500):
        chunk = project_ids[i:i + 500]
        for pid, day in store.execute(
                f"SELECT project_id, min({start}) FROM project_stages WHERE stage='construction'"
                f" AND project_id IN ({','.join('?' * len(chunk))}) GROUP BY project_id", chunk):
            if day:
                out[pid] = day
    return out


def findings(store: Store, village_ids: list[int]) -> list[Finding]:
    if not village_ids:
        return []
    codes = {r[0]: r[1] for r in store.execute("SELECT id, code FROM villages")}
    marks = ",".join("?" * len(village_ids))
    matters = store.query(f"SELECT * FROM decision_matters WHERE village_id IN ({marks}) ORDER BY id", village_ids)
    if not matters:
        return []
    steps: dict[int, list[dict[str, Any]]] = {}
    for s in store.query(
            "SELECT s.*, coalesce(m.held_on, s.done_on) AS on_date, m.kind AS meeting_kind FROM decision_steps s"
            " JOIN decision_matters d ON d.id = s.matter_id LEFT JOIN meetings m ON m.id = s.meeting_id"
            f" WHERE d.village_id IN ({marks}) ORDER BY s.matter_id, s.round, s.step", village_ids):
        steps.setdefault(s["matter_id"], []).append(s)
    started_work = _construction_dates(store, sorted({m["project_id"] for m in matters if m["project_id"]}))
    t = today()
    pol = policy.section(store, "decisions", t)
    out: list[Finding] = []
    for m in matters:
        code = codes[m["village_id"]]
        title = m["title"][:30]
        mine = steps.get(m["id"], [])

        def add(rule: str, severity: str, message: str, date: str | None, _code: str = code,
                _id: int = m["id"]) -> None:
            out.append(Finding(_code, MODULE, rule, severity, message, _id, "decision_matter", date))

        for rnd in sorted({s["round"] for s in mine}):
            rs = [s for s in mine if s["round"] == rnd]
            by_step = {s["step"]: s for s in rs}
            numbers = sorted(by_step)
            # 1. Steps out of order: one skipped, or a step dated before the one it follows.
            for n in numbers:
                missing = [k for k in range(1, n) if k not in by_step]
                if missing and not (n == 6 and missing == [5]):
                    k = missing[0]
                    add("step_out_of_order", "error",
                        f"重大事项“{title}”没有{STEPS[k]}（第 {k} 步）就进行了{STEPS[n]}（第 {n} 步）",
                        by_step[n]["on_date"])
                    break
            for a, b in zip(numbers, numbers[1:]):
                sa, sb = by_step[a], by_step[b]
                if sb["on_date"] < sa["on_date"]:
                    add("step_out_of_order", "error",
                        f"重大事项“{title}”的{STEPS[b]}（{sb['on_date']}）早于{STEPS[a]}（{sa['on_date']}）",
                        sb["on_date"])
            if 5 in by_step and 6 in by_step and by_step[5]["period_days"]:
                end = posting_end(by_step[5]["on_date"], by_step[5]["period_days"])
                if dt.date.fromisoformat(by_step[6]["on_date"]) <= end:
                    add("step_out_of_order", "error",
                        f"重大事项“{title}”的决议公示到 {end.isoformat()} 才结束，"
                        f"实施结果却在 {by_step[6]['on_date']} 就公开了", by_step[6]["on_date"])
            # 2. A failed vote that the matter went on from.
            for s in rs:
                later = [x for x in rs if x["step"] > s["step"]]
                why = _failure(s) if later else None
                if why:
                    add("failed_moved_on", "error",
                        f"重大事项“{title}”的{STEPS[s['step']]}（{s['on_date']}）未通过（{why}），"
                        f"却继续进行了{STEPS[later[0]['step']]}", later[0]["on_date"])
                    break
            # 3. A step's meeting record deleted or changed to another kind later.
            for s in rs:
                if s["step"] not in STEP_BODIES:
                    continue
                if s["meeting_id"] is None:
                    add("step_meeting_missing", "warning",
                        f"重大事项“{title}”的{STEPS[s['step']]}（{s['on_date']}）的会议记录已被删除", s["on_date"])
                elif s["meeting_kind"] not in STEP_BODIES[s["step"]]:
                    add("step_meeting_kind", "warning",
                        f"重大事项“{title}”的{STEPS[s['step']]}所连的会议记录已改成了别的会议类型", s["on_date"])
        # 4. Carried out without the decision made public (or before its posting period ended).
        cur = {s["step"]: s for s in mine if s["round"] == m["round"]}
        s5 = cur.get(5) if cur.get(5) and cur[5]["passed"] else None
        end5 = posting_end(s5["on_date"], s5["period_days"] or 1).isoformat() if s5 else None
        carried = []
        if 6 in cur and s5 is None:
            carried.append((cur[6]["on_date"], "公开了实施结果"))
        if m["started_on"] and (end5 is None or m["started_on"] <= end5):
            carried.append((m["started_on"], "开始实施"))
        work = started_work.get(m["project_id"]) if m["project_id"] else None
        if work and m["status"] == "open" and (end5 is None or work <= end5):
            carried.append((work, "关联的工程项目开工"))
        if carried:
            day, what = min(carried)
            why = "决议没有公开" if end5 is None else f"决议公示到 {end5} 才结束"
            add("carried_out_without_publicity", "error", f"重大事项“{title}”在 {day} {what}，但{why}", day)
        # 5. Waiting too long for the next step.
        st = state_of(m, mine, pol, t)
        if st.overdue:
            add("matter_overdue", "warning", f"重大事项“{title}”：{st.overdue}", st.waiting_since)
    return out
