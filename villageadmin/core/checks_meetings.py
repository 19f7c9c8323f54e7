"""Meeting rule findings: the first-week work meeting, township attendance, overdue resolutions."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from villageadmin.core import policy
from villageadmin.core.checks import Finding, month_iter, village_filter
from villageadmin.core.clock import today

if TYPE_CHECKING:
    from villageadmin.core.store import Store

MODULE = "meetings"
_CHUNK = 2000  # villages or links per query, so that the parameters stay well under SQLite's limit


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

    def values(self) -> tuple[str, list[Any]]:
        """A ``mon(ym, nxt, last_day, need)`` CTE of the months: ``held_on >= ym AND held_on < nxt`` is the
        month (the same as ``substr(held_on, 1, 7) = ym``, read as a range of a date index)."""
        params: list[Any] = []
        for y, m, ym, last_day, need in self.rows:
            params += [ym, _next_month(y, m), last_day, need]
        return f"mon(ym, nxt, last_day, need) AS (VALUES {','.join(['(?, ?, ?, ?)'] * len(self.rows))})", params


def _next_month(y: int, m: int) -> str:
    return f"{y + m // 12}-{m % 12 + 1:02d}"


def _firsts(store: Store, village_ids: list[int]) -> dict[int, str]:
    """Each village's earliest meeting, by one index probe per village (GROUP BY would read every meeting)."""
    vwhere, vparams = village_filter(store, village_ids, "id")
    return {vid: start for vid, start in store.execute(
        f"SELECT id, (SELECT min(held_on) FROM meetings WHERE village_id=villages.id) FROM villages WHERE {vwhere}",
        vparams) if start}


def findings(store: Store, village_ids: list[int]) -> list[Finding]:
    if not village_ids:
        return []
    t = today()
    codes = {r[0]: r[1] for r in store.execute("SELECT id, code FROM villages")}
    marks = ",".join("?" * len(village_ids))
    out: list[Finding] = []

    # 1. A work meeting on days 1..7 of every month, from the village's first record to this month: for each
    #    village-month one probe of meetings(kind, village_id, held_on) for a work meeting in the first week;
    #    only the months without one come back, with their first work meeting (a second probe) if any.
    first = _firsts(store, village_ids)
    if not first:
        return _overdue(store, t, codes, marks, village_ids, out)
    months = _Months(store, min(first.values()), t)
    if not months.rows:  # every record dated after this month
        return _overdue(store, t, codes, marks, village_ids, out)
    mon, mon_params = months.values()
    late: dict[int, dict[str, str | None]] = {}
    firsts = list(first.items())
    for i in range(0, len(firsts), _CHUNK):
        chunk = firsts[i:i + _CHUNK]
        for vid, ym, held in store.execute(
                f"WITH {mon}, v(vid, ym) AS (VALUES {','.join(['(?, ?)'] * len(chunk))})"
                f" SELECT v.vid, mon.ym, (SELECT min(held_on) FROM meetings WHERE kind='work' AND village_id=v.vid"
                f" AND held_on >= mon.ym AND held_on < mon.nxt) FROM v JOIN mon ON mon.ym >= v.ym"
                f" WHERE NOT EXISTS (SELECT 1 FROM meetings WHERE kind='work' AND village_id=v.vid"
                f" AND held_on >= mon.ym AND held_on < mon.ym || printf('-%02d', mon.last_day + 1))",
                mon_params + [x for vid, start in chunk for x in (vid, start[:7])]):
            late.setdefault(vid, {})[ym] = held
    this_month = f"{t.year}-{t.month:02d}"
    for vid in village_ids:
        if vid not in first:
            continue
        held_in = late.get(vid, {})
        code = codes[vid]
        for y, m, ym, last_day, _need in months.since(first[vid]):
            if ym not in held_in:
                continue  # held in the first week
            held = held_in[ym]
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

    # 2. Linked township cadres attend twice a month (counted over the village's meetings that month): for each
    #    link and finished month, one probe of the running count (schema_summaries.meeting_month_staff, kept by
    #    triggers); only the short months come back.
    links: dict[int, list[tuple[int, str, str]]] = {}
    for vid, sid, name, role in store.execute(
            f"SELECT l.village_id, s.id, s.name, l.role FROM village_links l JOIN township_staff s ON s.id=l.staff_id"
            f" WHERE s.active=1 AND l.village_id IN ({marks})", village_ids):
        links.setdefault(vid, []).append((sid, name, role))
    pairs = sorted({(vid, sid) for vid, people in links.items() if vid in first for sid, _n, _r in people})
    short: dict[tuple[int, int], dict[str, int]] = {}  # (village, staff) -> "YYYY-MM" -> attendances, if short
    for i in range(0, len(pairs), _CHUNK):
        chunk = pairs[i:i + _CHUNK]
        for vid, sid, ym, n in store.execute(
                f"WITH {mon}, lk(vid, sid, ym) AS (VALUES {','.join(['(?, ?, ?)'] * len(chunk))})"
                f" SELECT lk.vid, lk.sid, mon.ym, coalesce(s.n, 0) FROM lk JOIN mon ON mon.ym >= lk.ym AND mon.ym <> ?"
                f" LEFT JOIN meeting_month_staff s ON s.village_id = lk.vid AND s.staff_id = lk.sid AND s.month = mon.ym"
                f" WHERE coalesce(s.n, 0) < mon.need",
                mon_params + [x for vid, sid in chunk for x in (vid, sid, first[vid][:7])] + [this_month]):
            short.setdefault((vid, sid), {})[ym] = n
    role_names = {"leader": "联系村乡领导", "instructor": "驻村指导员", "liaison": "联村干部"}
    for vid, people in links.items():
        if vid not in first:
            continue
        code = codes[vid]
        counts = [(name, role, short.get((vid, sid), {})) for sid, name, role in people]
        for y, m, ym, _last_day, need in months.since(first[vid]):
            if ym == this_month:
                continue  # the month is not over
            for name, role, per in counts:
                n = per.get(ym, need)
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
    # Each member-month is one NOT EXISTS: that month's meetings by date, stopping at the first one the member
    # attended (the whole attendance list of the office is never read).
    months = [(y, m) for y, m in month_iter(dt.date.fromisoformat(start).replace(day=1), t)
              if (y, m) != (t.year, t.month)]
    absent: set[tuple[int, str]] = set()
    for i in range(0, len(months), 200):
        chunk = months[i:i + 200]
        params: list[Any] = [x for y, m in chunk for x in (f"{y}-{m:02d}", _next_month(y, m))]
        absent.update(store.execute(
            f"WITH mon(ym, nxt) AS (VALUES {','.join(['(?, ?)'] * len(chunk))})"
            f" SELECT s.id, mon.ym FROM township_staff s JOIN mon WHERE s.is_office_member=1 AND s.active=1"
            f" AND NOT EXISTS (SELECT 1 FROM meetings m CROSS JOIN meeting_township t ON t.meeting_id=m.id"
            f" AND t.staff_id=s.id WHERE m.held_on >= mon.ym AND m.held_on < mon.nxt)", params).fetchall())
    for y, m in months:
        for mem in members:
            if (mem["id"], f"{y}-{m:02d}") in absent:
                out.append(Finding(None, MODULE, "office_member_absent", "info",
                                   f"{y}年{m}月乡书记办公会议成员{mem['name']}没有参加任何村的会议（规定每月至少一个村）",
                                   None, None, f"{y}-{m:02d}"))
    return out
