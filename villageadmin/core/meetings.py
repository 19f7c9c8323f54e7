"""Meeting records (会议记录) and the monthly work meeting rule (例会制度)."""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from villageadmin.core import audit, policy, search
from villageadmin.core.accounts import Actor, require_read, require_write
from villageadmin.core.clock import now_iso, today
from villageadmin.core.errors import NotFound, RuleViolation, ValidationError

if TYPE_CHECKING:
    from villageadmin.core.store import Store

# Meeting kinds, in the order the form offers them.
KINDS: dict[str, str] = {
    "work": "村干部工作例会",
    "joint": "两委联席会议",
    "branch": "党支部委员会会议",
    "democratic_life": "民主生活会",
    "party_members": "党员大会",
    "representatives": "村民代表会议",
    "villagers": "村民会议",
    "other": "其他会议",
}
TOWNSHIP_ROLES: dict[str, str] = {
    "leader": "乡领导",
    "instructor": "驻村指导员",
    "liaison": "联村干部",
    "office": "乡书记办公会议成员",
}
MONTH_STATUS = {"on_time": "按时召开", "late": "推迟召开", "missing": "未召开", "not_due": "未到期"}
RESOLUTION_STATUS = {"open": "未完成", "done": "已完成", "dropped": "已撤销"}
# Lines of work (条线) that report at the work meeting.
LINES = ["党建", "村务", "财务", "综治", "计生", "民政", "农业", "妇联", "团支部", "民兵", "其他"]
_TIME_RE = re.compile(r"^([01]\d|2[0-3]):[0-5]\d$")


@dataclass
class Attendee:
    cadre_id: int
    present: bool
    absence_reason: str = ""


@dataclass
class TownshipAttendee:
    name: str
    role: str
    staff_id: int | None = None


@dataclass
class Report:
    line: str
    content: str
    reporter: str = ""


@dataclass
class Resolution:
    text: str
    owner: str
    due_on: dt.date | None
    id: int | None = None


@dataclass
class Followup:
    resolution_id: int
    status: str
    note: str = ""


@dataclass
class MeetingInput:
    village_id: int
    kind: str
    held_on: dt.date | None
    start_time: str = ""
    place: str = ""
    host: str = ""
    recorder: str = ""
    topic: str = ""
    discussion: str = ""
    attendance: list[Attendee] = field(default_factory=list)
    township: list[TownshipAttendee] = field(default_factory=list)
    agenda: list[str] = field(default_factory=list)
    reports: list[Report] = field(default_factory=list)
    resolutions: list[Resolution] = field(default_factory=list)
    followups: list[Followup] = field(default_factory=list)


def last_allowed_day(on: dt.date | None = None) -> dt.date:
    """Meetings may be dated up to the end of the current month (planned meetings), not later."""
    d = on or today()
    return dt.date(d.year, d.month, calendar.monthrange(d.year, d.month)[1])


def parse_date(text: str, field_name: str) -> dt.date:
    """Parse a user's date (2026-11-03, 2026/11/3, 2026年11月3日); a date that does not exist is refused."""
    t = text.strip()
    m = re.match(r"^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$", t)
    if not m:
        raise ValidationError(field_name, f"“{t}”不是日期，请按 2026-11-03 的样子填写。", code="bad_date")
    y, mo, d = (int(x) for x in m.groups())
    try:
        return dt.date(y, mo, d)
    except ValueError:
        raise ValidationError(field_name, f"{y}年{mo}月{d}日这一天不存在。", code="no_such_date") from None


def validate(store: Store, data: MeetingInput, *, meeting_id: int | None = None) -> None:
    if data.kind not in KINDS:
        raise ValidationError("kind", "请选择会议类型。", code="required")
    if data.held_on is None:
        raise ValidationError("held_on", "请填写开会日期。", code="required")
    limit = last_allowed_day()
    if data.held_on > limit:
        raise ValidationError("held_on", f"开会日期 {data.held_on.isoformat()} 在本月以后，不能登记。", code="future",
                              limit=limit.isoformat())
    if data.held_on.year < 2000:
        raise ValidationError("held_on", "开会日期太早了，请检查年份。", code="too_old")
    if data.start_time and not _TIME_RE.match(data.start_time):
        raise ValidationError("start_time", "开会时间请按 09:00 的样子填写。", code="bad_time")
    for fname, label in (("place", "开会地点"), ("host", "主持人"), ("recorder", "记录人")):
        if not getattr(data, fname).strip():
            raise ValidationError(fname, f"请填写{label}。", code="required")
    seen: set[int] = set()
    village_cadres = {r[0]: r[1] for r in store.execute("SELECT id, name FROM cadres WHERE village_id=?",
                                                        (data.village_id,))}
    for a in data.attendance:
        if a.cadre_id in seen:
            name = village_cadres.get(a.cadre_id, str(a.cadre_id))
            raise ValidationError("attendance", f"{name} 在出席名单里重复了。", code="duplicate_attendee")
        seen.add(a.cadre_id)
        if a.cadre_id not in village_cadres:
            other = store.one("SELECT c.name, v.name AS village FROM cadres c JOIN villages v ON v.id=c.village_id"
                              " WHERE c.id=?", (a.cadre_id,))
            who = f"{other['name']}（{other['village']}）" if other else "这个人"
            raise ValidationError("attendance", f"{who}不是本村干部，不能列入出席名单。", code="foreign_attendee")
        if not a.present and not a.absence_reason.strip():
            raise ValidationError("attendance", f"{village_cadres[a.cadre_id]} 缺席，请写明缺席原因。",
                                  code="absence_reason")
    if data.kind == "work" and not any(a.present for a in data.attendance):
        raise ValidationError("attendance", "工作例会至少要有一名村干部出席。", code="nobody")
    for t in data.township:
        if not t.name.strip():
            raise ValidationError("township", "乡镇参会人员要写姓名。", code="required")
        if t.role not in TOWNSHIP_ROLES:
            raise ValidationError("township", f"请选择 {t.name} 的参会身份。", code="bad_role")
    for r in data.reports:
        if not r.line.strip() or not r.content.strip():
            raise ValidationError("reports", "每条工作汇报都要有条线和内容。", code="required")
    for i, res in enumerate(data.resolutions, 1):
        if not res.text.strip():
            raise ValidationError("resolutions", f"第 {i} 条决议没有内容。", code="required")
        if not res.owner.strip():
            raise ValidationError("resolutions", f"第 {i} 条决议“{res.text[:12]}”没有写责任人。", code="no_owner")
        if res.due_on is None:
            raise ValidationError("resolutions", f"第 {i} 条决议“{res.text[:12]}”没有写完成期限。", code="no_due")
        if res.due_on < data.held_on:
            raise ValidationError("resolutions", f"第 {i} 条决议的完成期限早于开会日期。", code="due_before")
    for f in data.followups:
        if f.status not in RESOLUTION_STATUS:
            raise ValidationError("followups", "决议落实情况只能是未完成、已完成或已撤销。", code="bad_status")
        r = store.one("SELECT r.village_id, m.held_on, r.meeting_id FROM resolutions r JOIN meetings m"
                      " ON m.id=r.meeting_id WHERE r.id=?", (f.resolution_id,))
        if r is None or r["village_id"] != data.village_id:
            raise ValidationError("followups", "要跟进的决议不是本村的。", code="foreign_resolution")
        if r["meeting_id"] == meeting_id or r["held_on"] > data.held_on.isoformat():
            raise ValidationError("followups", "只能跟进以前会议的决议。", code="not_earlier")


def _snapshot(store: Store, meeting_id: int) -> dict[str, Any]:
    m = store.one("SELECT * FROM meetings WHERE id=?", (meeting_id,))
    if m is None:
        raise NotFound("没有这条会议记录。")
    for table, order in (("meeting_attendance", "id"), ("meeting_township", "id"), ("meeting_agenda", "seq"),
                         ("meeting_reports", "seq"), ("resolution_followups", "id")):
        m[table] = store.query(f"SELECT * FROM {table} WHERE meeting_id=? ORDER BY {order}", (meeting_id,))
    m["resolutions"] = store.query("SELECT * FROM resolutions WHERE meeting_id=? ORDER BY seq", (meeting_id,))
    return m


def save_meeting(store: Store, actor: Actor, data: MeetingInput, *, meeting_id: int | None = None) -> int:
    """Create or update a meeting record with all its parts, in one transaction with its audit entry."""
    require_write(actor, data.village_id)
    if meeting_id is not None:
        old_village = store.scalar("SELECT village_id FROM meetings WHERE id=?", (meeting_id,))
        if old_village is None:
            raise NotFound("没有这条会议记录。")
        require_write(actor, old_village)
        if old_village != data.village_id:
            raise ValidationError("village", "会议记录不能改到别的村。", code="move_village")
    validate(store, data, meeting_id=meeting_id)
    assert data.held_on is not None
    now = now_iso()
    with store.transaction():
        before = _snapshot(store, meeting_id) if meeting_id is not None else None
        values = (data.kind, data.held_on.isoformat(), data.start_time, data.place.strip(), data.host.strip(),
                  data.recorder.strip(), data.topic.strip(), data.discussion.strip())
        if meeting_id is None:
            cur = store.execute(
                "INSERT INTO meetings (village_id, kind, held_on, start_time, place, host, recorder, topic,"
                " discussion, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                (data.village_id, *values, now, now))
            meeting_id = int(cur.lastrowid or 0)
        else:
            store.execute(
                "UPDATE meetings SET kind=?, held_on=?, start_time=?, place=?, host=?, recorder=?, topic=?,"
                " discussion=?, updated_at=? WHERE id=?", (*values, now, meeting_id))
            for table in ("meeting_attendance", "meeting_township", "meeting_agenda", "meeting_reports"):
                store.execute(f"DELETE FROM {table} WHERE meeting_id=?", (meeting_id,))
        store.conn.executemany(
            "INSERT INTO meeting_attendance (meeting_id, cadre_id, present, absence_reason) VALUES (?,?,?,?)",
            [(meeting_id, a.cadre_id, int(a.present), "" if a.present else a.absence_reason.strip())
             for a in data.attendance])
        store.conn.executemany(
            "INSERT INTO meeting_township (meeting_id, staff_id, name, role) VALUES (?,?,?,?)",
            [(meeting_id, t.staff_id, t.name.strip(), t.role) for t in data.township])
        store.conn.executemany(
            "INSERT INTO meeting_agenda (meeting_id, seq, item) VALUES (?,?,?)",
            [(meeting_id, i, item.strip()) for i, item in enumerate(data.agenda, 1) if item.strip()])
        store.conn.executemany(
            "INSERT INTO meeting_reports (meeting_id, seq, line, reporter, content) VALUES (?,?,?,?,?)",
            [(meeting_id, i, r.line.strip(), r.reporter.strip(), r.content.strip())
             for i, r in enumerate(data.reports, 1)])
        _save_resolutions(store, meeting_id, data)
        _save_followups(store, meeting_id, data)
        search.index_meeting(store, meeting_id, data.village_id)
        after = _snapshot(store, meeting_id)
        audit.append(store, actor, "create" if before is None else "update", "meeting", meeting_id,
                     village_id=data.village_id, before=before, after=after)
    return meeting_id


def _save_resolutions(store: Store, meeting_id: int, data: MeetingInput) -> None:
    keep = {r.id for r in data.resolutions if r.id is not None}
    existing = {r[0] for r in store.execute("SELECT id FROM resolutions WHERE meeting_id=?", (meeting_id,))}
    for rid in existing - keep:
        if store.scalar("SELECT count(*) FROM resolution_followups WHERE resolution_id=?", (rid,)):
            raise RuleViolation("这条决议在以后的会议上已经跟进过，不能删除；可以在跟进时把它标为“已撤销”。",
                                code="resolution_followed")
        store.execute("DELETE FROM resolutions WHERE id=?", (rid,))
    for seq, r in enumerate(data.resolutions, 1):
        assert r.due_on is not None
        if r.id is not None and r.id in existing:
            store.execute("UPDATE resolutions SET seq=?, text=?, owner=?, due_on=? WHERE id=?",
                          (seq, r.text.strip(), r.owner.strip(), r.due_on.isoformat(), r.id))
        else:
            store.execute(
                "INSERT INTO resolutions (meeting_id, village_id, seq, text, owner, due_on) VALUES (?,?,?,?,?,?)",
                (meeting_id, data.village_id, seq, r.text.strip(), r.owner.strip(), r.due_on.isoformat()))


def _save_followups(store: Store, meeting_id: int, data: MeetingInput) -> None:
    assert data.held_on is not None
    old = {r[0] for r in store.execute("SELECT resolution_id FROM resolution_followups WHERE meeting_id=?",
                                       (meeting_id,))}
    store.execute("DELETE FROM resolution_followups WHERE meeting_id=?", (meeting_id,))
    for f in data.followups:
        store.execute("INSERT INTO resolution_followups (resolution_id, meeting_id, status, note) VALUES (?,?,?,?)",
                      (f.resolution_id, meeting_id, f.status, f.note.strip()))
    # A resolution's status is the one given at its latest follow-up (or open if none is left).
    for rid in old | {f.resolution_id for f in data.followups}:
        latest = store.one(
            "SELECT f.status, m.held_on, m.id FROM resolution_followups f JOIN meetings m ON m.id=f.meeting_id"
            " WHERE f.resolution_id=? ORDER BY m.held_on DESC, m.id DESC LIMIT 1", (rid,))
        if latest is None or latest["status"] == "open":
            store.execute("UPDATE resolutions SET status='open', closed_on=NULL, closed_meeting_id=NULL WHERE id=?",
                          (rid,))
        else:
            store.execute("UPDATE resolutions SET status=?, closed_on=?, closed_meeting_id=? WHERE id=?",
                          (latest["status"], latest["held_on"], latest["id"], rid))


def delete_meeting(store: Store, actor: Actor, meeting_id: int) -> None:
    village_id = store.scalar("SELECT village_id FROM meetings WHERE id=?", (meeting_id,))
    if village_id is None:
        raise NotFound("没有这条会议记录。")
    require_write(actor, village_id)
    if store.scalar("SELECT count(*) FROM resolution_followups f JOIN resolutions r ON r.id=f.resolution_id"
                    " WHERE r.meeting_id=? AND f.meeting_id<>?", (meeting_id, meeting_id)):
        raise RuleViolation("这次会议的决议已在以后的会议上跟进，不能删除这条记录。", code="resolution_followed")
    with store.transaction():
        before = _snapshot(store, meeting_id)
        followed = [r[0] for r in store.execute("SELECT resolution_id FROM resolution_followups WHERE meeting_id=?",
                                                (meeting_id,))]
        search.unindex_meeting(store, meeting_id)
        store.execute("DELETE FROM meetings WHERE id=?", (meeting_id,))
        _save_followups(store, meeting_id, MeetingInput(village_id, "work", dt.date(2000, 1, 1)))
        for rid in followed:
            store.execute("UPDATE resolutions SET status='open', closed_on=NULL, closed_meeting_id=NULL"
                          " WHERE id=? AND closed_meeting_id IS NULL", (rid,))
        audit.append(store, actor, "delete", "meeting", meeting_id, village_id=village_id, before=before)


def get_meeting(store: Store, actor: Actor, meeting_id: int) -> dict[str, Any]:
    """A meeting with all its parts, names resolved, for the form and the printed record."""
    m = store.one("SELECT m.*, v.name AS village_name, v.code AS village_code FROM meetings m"
                  " JOIN villages v ON v.id=m.village_id WHERE m.id=?", (meeting_id,))
    if m is None:
        raise NotFound("没有这条会议记录。")
    require_read(actor, m["village_id"])
    m["kind_label"] = KINDS.get(m["kind"], m["kind"])
    m["attendance"] = store.query(
        "SELECT a.cadre_id, c.name, c.post, a.present, a.absence_reason FROM meeting_attendance a"
        " JOIN cadres c ON c.id=a.cadre_id WHERE a.meeting_id=? ORDER BY a.id", (meeting_id,))
    m["township"] = store.query("SELECT staff_id, name, role FROM meeting_township WHERE meeting_id=? ORDER BY id",
                                (meeting_id,))
    m["agenda"] = [r[0] for r in store.execute("SELECT item FROM meeting_agenda WHERE meeting_id=? ORDER BY seq",
                                               (meeting_id,))]
    m["reports"] = store.query("SELECT line, reporter, content FROM meeting_reports WHERE meeting_id=? ORDER BY seq",
                               (meeting_id,))
    m["resolutions"] = store.query(
        "SELECT id, text, owner, due_on, status, closed_on FROM resolutions WHERE meeting_id=? ORDER BY seq",
        (meeting_id,))
    m["followups"] = store.query(
        "SELECT f.resolution_id, f.status, f.note, r.text, r.owner, r.due_on, pm.held_on AS from_date"
        " FROM resolution_followups f JOIN resolutions r ON r.id=f.resolution_id JOIN meetings pm ON pm.id=r.meeting_id"
        " WHERE f.meeting_id=? ORDER BY pm.held_on, r.seq", (meeting_id,))
    return m


def open_resolutions(store: Store, actor: Actor, village_id: int, *, before: dt.date,
                     meeting_id: int | None = None) -> list[dict[str, Any]]:
    """Resolutions of earlier meetings still open on ``before`` (plus any this meeting already followed up)."""
    require_read(actor, village_id)
    return store.query(
        "SELECT r.id, r.text, r.owner, r.due_on, r.status, m.held_on AS from_date, f.status AS followup_status,"
        " f.note AS followup_note FROM resolutions r JOIN meetings m ON m.id=r.meeting_id"
        " LEFT JOIN resolution_followups f ON f.resolution_id=r.id AND f.meeting_id=?"
        " WHERE r.village_id=? AND r.meeting_id IS NOT ? AND m.held_on <= ?"
        " AND (f.id IS NOT NULL OR r.status='open' OR (r.closed_on > ?))"
        " ORDER BY m.held_on, r.seq",
        (meeting_id, village_id, meeting_id, before.isoformat(), before.isoformat()))


def list_meetings(store: Store, actor: Actor, *, village_id: int | None = None, year: int | None = None,
                  limit: int = 1000, offset: int = 0) -> list[dict[str, Any]]:
    where, params = [], []  # type: ignore[var-annotated]
    if village_id is not None:
        require_read(actor, village_id)
        where.append("m.village_id=?")
        params.append(village_id)
    elif not actor.is_township:
        where.append("m.village_id=?")
        params.append(actor.village_id)
    if year is not None:
        where.append("m.held_on BETWEEN ? AND ?")
        params += [f"{year}-01-01", f"{year}-12-31"]
    sql = ("SELECT m.id, m.village_id, v.name AS village_name, m.kind, m.held_on, m.start_time, m.place, m.host,"
           " m.topic, (SELECT count(*) FROM resolutions r WHERE r.meeting_id=m.id) AS n_resolutions"
           " FROM meetings m JOIN villages v ON v.id=m.village_id")
    if where:
        sql += " WHERE " + " AND ".join(where)
    sql += " ORDER BY m.held_on DESC, m.id DESC LIMIT ? OFFSET ?"
    rows = store.query(sql, [*params, limit, offset])
    for r in rows:
        r["kind_label"] = KINDS.get(r["kind"], r["kind"])
    return rows


# -- the monthly rule ---------------------------------------------------------------------
@dataclass
class MonthStatus:
    year: int
    month: int
    first_work_meeting: str | None  # ISO date of the month's earliest work meeting
    met_first_week: bool
    work_meetings: int
    township_visits: int  # township attendances at the village's meetings that month
    linked_visits: dict[str, int]  # linked staff name -> attendances that month
    overdue_resolutions: int  # open resolutions past due at the end of the month (or today)
    due: bool  # whether the first-week rule applies yet (the month's day 7 has passed)

    @property
    def status(self) -> str:
        """on_time / late / missing / not_due."""
        if not self.due:
            return "not_due"
        if self.met_first_week:
            return "on_time"
        if self.first_work_meeting:
            return "late"
        return "missing"

    @property
    def label(self) -> str:
        return MONTH_STATUS[self.status]


def month_statuses(store: Store, actor: Actor, village_id: int, year: int) -> list[MonthStatus]:
    require_read(actor, village_id)
    return township_month_table(store, actor, year, village_ids=[village_id])[village_id]


def township_month_table(store: Store, actor: Actor, year: int, *, village_ids: list[int] | None = None,
                         visits: bool = True) -> dict[int, list[MonthStatus]]:
    """For each village, the 12 months of ``year``: first-week rule, township attendance, overdue resolutions.

    With ``visits=False`` the township's attendances are left at 0 (``add_township_visits`` fills them in when
    they are asked for): the all-villages table shows them only in a cell's tooltip, and reading them was half
    of a county page's figures."""
    from villageadmin.core.accounts import visible_village_ids

    ids = village_ids if village_ids is not None else visible_village_ids(store, actor)
    for vid in ids:
        require_read(actor, vid)
    if not ids:
        return {}
    marks = ",".join("?" * len(ids))
    t = today()
    pol = policy.section(store, "meetings", dt.date(year, 12, 31) if year < t.year else t)
    last_day = int(pol.get("first_week_last_day", 7))
    work: dict[tuple[int, int], list[str]] = {}
    for vid, held_on in store.execute(
            f"SELECT village_id, held_on FROM meetings WHERE kind='work' AND village_id IN ({marks})"
            f" AND held_on BETWEEN ? AND ? ORDER BY held_on", (*ids, f"{year}-01-01", f"{year}-12-31")):
        work.setdefault((vid, int(held_on[5:7])), []).append(held_on)
    township, linked = _township_visits(store, ids, year) if visits else ({}, {})
    overdue = _overdue_by_month(store, ids, year, t)
    out: dict[int, list[MonthStatus]] = {}
    for vid in ids:
        months = []
        for month in range(1, 13):
            dates = work.get((vid, month), [])
            first = dates[0] if dates else None
            months.append(MonthStatus(
                year=year, month=month, first_work_meeting=first,
                met_first_week=bool(first and int(first[8:10]) <= last_day), work_meetings=len(dates),
                township_visits=township.get((vid, month), 0), linked_visits=linked.get((vid, month), {}),
                overdue_resolutions=overdue.get((vid, month), 0),
                due=t > dt.date(year, month, min(last_day, 28)) or bool(first and int(first[8:10]) <= last_day)))
        out[vid] = months
    return out


def add_township_visits(store: Store, actor: Actor, year: int, table: dict[int, list[MonthStatus]]) -> None:
    """Fill in the township's attendances of a ``township_month_table(..., visits=False)`` of ``year``."""
    for vid in table:
        require_read(actor, vid)
    if not table:
        return
    township, linked = _township_visits(store, list(table), year)
    for vid, months in table.items():
        for m in months:
            m.township_visits = township.get((vid, m.month), 0)
            m.linked_visits = linked.get((vid, m.month), {})


def _township_visits(store: Store, ids: list[int], year: int) -> tuple[dict[tuple[int, int], int],
                                                                       dict[tuple[int, int], dict[str, int]]]:
    """(village, month) -> the township's attendances at its meetings, and the linked staff's by name."""
    marks = ",".join("?" * len(ids))
    visits: dict[tuple[int, int], int] = {}
    linked: dict[tuple[int, int], dict[str, int]] = {}
    for vid, month, name, role, n in store.execute(
            f"SELECT m.village_id, CAST(substr(m.held_on, 6, 2) AS INTEGER), t.name, t.role, count(*)"
            f" FROM meeting_township t JOIN meetings m ON m.id=t.meeting_id WHERE m.village_id IN ({marks})"
            f" AND m.held_on BETWEEN ? AND ? GROUP BY 1, 2, 3, 4", (*ids, f"{year}-01-01", f"{year}-12-31")):
        visits[(vid, month)] = visits.get((vid, month), 0) + n
        if role in ("leader", "instructor", "liaison"):
            d = linked.setdefault((vid, month), {})
            d[name] = d.get(name, 0) + n
    return visits, linked


def _overdue_by_month(store: Store, ids: list[int], year: int, t: dt.date) -> dict[tuple[int, int], int]:
    """(village, month) -> resolutions open and past due at the end of that month of ``year`` (or today),
    from one pass over the resolutions that can count in any of its months."""
    as_of = {month: min(dt.date(year, month, calendar.monthrange(year, month)[1]), t).isoformat()
             for month in range(1, 13) if dt.date(year, month, 1) <= t}
    out: dict[tuple[int, int], int] = {}
    if not as_of:
        return out
    first, last = min(as_of.values()), max(as_of.values())
    marks = ",".join("?" * len(ids))
    # Open ones, then those closed after the first month's end: two index ranges (resolutions_village_status,
    # resolutions_closed_on) instead of every resolution of the villages.
    select = ("SELECT r.village_id, r.due_on, m.held_on, r.status, r.closed_on FROM resolutions r"
              f" JOIN meetings m ON m.id=r.meeting_id WHERE r.village_id IN ({marks})")
    for vid, due_on, held_on, status, closed_on in store.execute(
            f"{select} AND r.status = 'open' AND r.due_on < ? AND m.held_on <= ?"
            f" UNION ALL {select} AND r.status <> 'open' AND r.closed_on > ? AND r.due_on < ? AND m.held_on <= ?",
            (*ids, last, last, *ids, first, last, last)):
        for month, day in as_of.items():
            if due_on < day and held_on <= day and (status == "open" or (closed_on is not None and closed_on > day)):
                out[(vid, month)] = out.get((vid, month), 0) + 1
    return out


def met_in_first_week(meeting_dates: list[dt.date], year: int, month: int, last_day: int = 7) -> bool:
    """The rule itself: a work meeting on day 1..last_day of that month."""
    return any(d.year == year and d.month == month and 1 <= d.day <= last_day for d in meeting_dates)
