"""The meetings check as it was before it was rewritten in SQL (commit a185fb6), kept as the reference the
rewrite must agree with (tests/core/test_checks_sql.py).

Meeting rule findings: the first-week work meeting, township attendance, overdue resolutions."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from villageadmin.core import policy
from villageadmin.core.checks import Finding, month_iter
from villageadmin.core.clock import today

if TYPE_CHECKING:
    from villageadmin.core.store import Store

MODULE = "meetings"


class _Months:
    """Every month from the earliest record to this one, each with its policy looked up once:
    (year, month, "YYYY-MM", first-week last day, linked visits needed)."""

    def __init__(self, store: Store, start: str, t: dt.date) -> None:
        self.rows: list[tuple[int, int, str, int, int]] = []
        self.index: dict[str, int] = {}
        for y, m in month_iter(dt.date.fromisoformat(start).replace(day=1), t):
            sec = policy.section(store, "meetings", dt.date(y, m, 1))
            ym = f"{y}-{m:02d}"
            self.index[ym] = len(self.rows)
            self.rows.append((y, m, ym, int(sec.get("first_week_last_day", 7)),
                              int(sec.get("linked_visits_per_month", 2))))

    def since(self, first: str) -> list[tuple[int, int, str, int, int]]:
        i = self.index.get(first[:7])
        return [] if i is None else self.rows[i:]


def findings(store: Store, village_ids: list[int]) -> list[Finding]:
    if not village_ids:
        return []
    t = today()
    codes = {r[0]: r[1] for r in store.execute("SELECT id, code FROM villages")}
    marks = ",".join("?" * len(village_ids))
    out: list[Finding] = []

    # 1. A work meeting on days 1..7 of every month, from the village's first record to this month.
    first: dict[int, str] = {}
    for vid, start in store.execute(
            f"SELECT village_id, min(held_on) FROM meetings WHERE village_id IN ({marks}) GROUP BY village_id",
            village_ids):
        first[vid] = start
    if not first:
        return _overdue(store, t, codes, marks, village_ids, out)
    months = _Months(store, min(first.values()), t)
    work: dict[int, dict[str, str]] = {}  # village -> "YYYY-MM" -> its first work meeting
    for vid, ym, held_on in store.execute(
            f"SELECT village_id, substr(held_on, 1, 7), min(held_on) FROM meetings WHERE kind='work'"
            f" AND village_id IN ({marks}) GROUP BY 1, 2", village_ids):
        work.setdefault(vid, {})[ym] = held_on
    this_month = f"{t.year}-{t.month:02d}"
    for vid in village_ids:
        if vid not in first:
            continue
        held_in = work.get(vid, {})
        code = codes[vid]
        for y, m, ym, last_day, _need in months.since(first[vid]):
            held = held_in.get(ym)
            if ym == this_month and t.day <= last_day and held is None:
                continue  # still time this month
            if held:
                day = int(held[8:10])
                if day <= last_day:
                    continue
                msg = f"{y}年{m}月的村干部工作例会在 {day} 日才召开，应在每月 1–{last_day} 日召开"
                out.append(Finding(code, MODULE, "work_meeting_late", "warning", msg, None, None, ym))
            else:
                msg = f"{y}年{m}月没有召开村干部工作例会（应在每月 1–{last_day} 日召开）"
                out.append(Finding(code, MODULE, "work_meeting_missing", "error", msg, None, None, ym))

    # 2. Linked township cadres attend twice a month (counted over the village's meetings that month).
    links: dict[int, list[tuple[int, str, str]]] = {}
    for vid, sid, name, role in store.execute(
            f"SELECT l.village_id, s.id, s.name, l.role FROM village_links l JOIN township_staff s ON s.id=l.staff_id"
            f" WHERE s.active=1 AND l.village_id IN ({marks})", village_ids):
        links.setdefault(vid, []).append((sid, name, role))
    attended: dict[tuple[int, int], dict[str, int]] = {}  # (village, staff) -> "YYYY-MM" -> attendances
    for vid, sid, ym, n in store.execute(
            f"SELECT m.village_id, t.staff_id, substr(m.held_on, 1, 7), count(*) FROM meeting_township t"
            f" JOIN meetings m ON m.id=t.meeting_id WHERE t.staff_id IS NOT NULL AND m.village_id IN ({marks})"
            f" GROUP BY 1, 2, 3", village_ids):
        per = attended.get((vid, sid))
        if per is None:
            per = attended[(vid, sid)] = {}
        per[ym] = n
    role_names = {"leader": "联系村乡领导", "instructor": "驻村指导员", "liaison": "联村干部"}
    for vid, people in links.items():
        if vid not in first:
            continue
        code = codes[vid]
        counts = [(sid, name, role, attended.get((vid, sid), {})) for sid, name, role in people]
        for y, m, ym, _last_day, need in months.since(first[vid]):
            if ym == this_month:
                continue  # the month is not over
            for _sid, name, role, per in counts:
                n = per.get(ym, 0)
                if n < need:
                    out.append(Finding(code, MODULE, "township_attendance_low", "warning",
                                       f"{y}年{m}月{role_names[role]}{name}参加本村会议 {n} 次，规定每月 {need} 次",
                                       None, None, ym))
    return _overdue(store, t, codes, marks, village_ids, out)


def _overdue(store: Store, t: dt.date, codes: dict[int, str], marks: str, village_ids: list[int],
             out: list[Finding]) -> list[Finding]:
    # 3. Resolutions past their due date and still open.
    for rid, vid, text, owner, due_on, meeting_id in store.execute(
            f"SELECT r.id, r.village_id, r.text, r.owner, r.due_on, r.meeting_id FROM resolutions r"
            f" WHERE r.status='open' AND r.due_on < ? AND r.village_id IN ({marks}) ORDER BY r.due_on",
            (t.isoformat(), *village_ids)):
        days = (t - dt.date.fromisoformat(due_on)).days
        out.append(Finding(codes[vid], MODULE, "resolution_overdue", "warning",
                           f"决议“{text[:30]}”（责任人 {owner}）应于 {due_on} 完成，已逾期 {days} 天",
                           rid, "resolution", due_on))
    return out


def township_findings(store: Store) -> list[Finding]:
    """Township-wide: each office member attends one village's work meeting a month."""
    t = today()
    out: list[Finding] = []
    members = store.query("SELECT id, name FROM township_staff WHERE is_office_member=1 AND active=1")
    if not members:
        return out
    start = store.scalar("SELECT min(held_on) FROM meetings")
    if not start:
        return out
    seen = {(sid, ym) for sid, ym in store.execute(
        "SELECT t.staff_id, substr(m.held_on, 1, 7) FROM meeting_township t JOIN meetings m ON m.id=t.meeting_id"
        " WHERE t.staff_id IN (SELECT id FROM township_staff WHERE is_office_member=1 AND active=1) GROUP BY 1, 2")}
    for y, m in month_iter(dt.date.fromisoformat(start).replace(day=1), t):
        if (y, m) == (t.year, t.month):
            continue
        for mem in members:
            if (mem["id"], f"{y}-{m:02d}") not in seen:
                out.append(Finding(None, MODULE, "office_member_absent", "info",
                                   f"{y}年{m}月乡书记办公会议成员{mem['name']}没有参加任何村的会议（规定每月至少一个村）",
                                   None, None, f"{y}-{m:02d}"))
    return out
