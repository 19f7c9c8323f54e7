"""Meeting rule findings: the first-week work meeting, township attendance, overdue resolutions."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from villageadmin.core import policy
from villageadmin.core.checks import Finding, month_iter
from villageadmin.core.clock import today

if TYPE_CHECKING:
    from villageadmin.core.store import Store

MODULE = "meetings"


def findings(store: Store, village_ids: list[int]) -> list[Finding]:
    if not village_ids:
        return []
    t = today()
    codes = {r[0]: r[1] for r in store.execute("SELECT id, code FROM villages")}
    marks = ",".join("?" * len(village_ids))
    out: list[Finding] = []

    # 1. A work meeting on days 1..7 of every month, from the village's first record to this month.
    work: dict[int, dict[tuple[int, int], str]] = {}
    first: dict[int, str] = {}
    for vid, held_on in store.execute(
            f"SELECT village_id, held_on FROM meetings WHERE kind='work' AND village_id IN ({marks})"
            f" ORDER BY village_id, held_on", village_ids):
        ym = (int(held_on[:4]), int(held_on[5:7]))
        work.setdefault(vid, {}).setdefault(ym, held_on)
    for vid, start in store.execute(
            f"SELECT village_id, min(held_on) FROM meetings WHERE village_id IN ({marks}) GROUP BY village_id",
            village_ids):
        first[vid] = start
    for vid in village_ids:
        if vid not in first:
            continue
        start = dt.date.fromisoformat(first[vid])
        months = work.get(vid, {})
        for y, m in month_iter(start.replace(day=1), t):
            last_day = int(policy.section(store, "meetings", dt.date(y, m, 1)).get("first_week_last_day", 7))
            if (y, m) == (t.year, t.month) and t.day <= last_day:
                if (y, m) not in months:
                    continue  # still time this month
            held = months.get((y, m))
            if held and int(held[8:10]) <= last_day:
                continue
            if held:
                msg = f"{y}年{m}月的村干部工作例会在 {int(held[8:10])} 日才召开，应在每月 1–{last_day} 日召开"
                out.append(Finding(codes[vid], MODULE, "work_meeting_late", "warning", msg, None, None,
                                   f"{y}-{m:02d}"))
            else:
                msg = f"{y}年{m}月没有召开村干部工作例会（应在每月 1–{last_day} 日召开）"
                out.append(Finding(codes[vid], MODULE, "work_meeting_missing", "error", msg, None, None,
                                   f"{y}-{m:02d}"))

    # 2. Linked township cadres attend twice a month (counted over the village's meetings that month).
    links: dict[int, list[tuple[int, str, str]]] = {}
    for vid, sid, name, role in store.execute(
            f"SELECT l.village_id, s.id, s.name, l.role FROM village_links l JOIN township_staff s ON s.id=l.staff_id"
            f" WHERE s.active=1 AND l.village_id IN ({marks})", village_ids):
        links.setdefault(vid, []).append((sid, name, role))
    attended: dict[tuple[int, int, str], int] = {}
    for vid, sid, ym, n in store.execute(
            f"SELECT m.village_id, t.staff_id, substr(m.held_on, 1, 7), count(*) FROM meeting_township t"
            f" JOIN meetings m ON m.id=t.meeting_id WHERE t.staff_id IS NOT NULL AND m.village_id IN ({marks})"
            f" GROUP BY 1, 2, 3", village_ids):
        attended[(vid, sid, ym)] = n
    role_names = {"leader": "联系村乡领导", "instructor": "驻村指导员", "liaison": "联村干部"}
    for vid, people in links.items():
        if vid not in first:
            continue
        start = dt.date.fromisoformat(first[vid])
        for y, m in month_iter(start.replace(day=1), t):
            if (y, m) == (t.year, t.month):
                continue  # the month is not over
            need = int(policy.section(store, "meetings", dt.date(y, m, 1)).get("linked_visits_per_month", 2))
            ym = f"{y}-{m:02d}"
            for sid, name, role in people:
                n = attended.get((vid, sid, ym), 0)
                if n < need:
                    out.append(Finding(codes[vid], MODULE, "township_attendance_low", "warning",
                                       f"{y}年{m}月{role_names[role]}{name}参加本村会议 {n} 次，规定每月 {need} 次",
                                       None, None, ym))

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
        " WHERE t.staff_id IS NOT NULL GROUP BY 1, 2")}
    for y, m in month_iter(dt.date.fromisoformat(start).replace(day=1), t):
        if (y, m) == (t.year, t.month):
            continue
        for mem in members:
            if (mem["id"], f"{y}-{m:02d}") not in seen:
                out.append(Finding(None, MODULE, "office_member_absent", "info",
                                   f"{y}年{m}月乡书记办公会议成员{mem['name']}没有参加任何村的会议（规定每月至少一个村）",
                                   None, None, f"{y}-{m:02d}"))
    return out
