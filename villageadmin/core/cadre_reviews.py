"""Reviews of newly appointed cadres: 三个月看思路，半年看成效，一年定去向 — then a yearly assessment.

A cadre appointed on day D is reviewed at D + 3 months (work-plan report), D + 6 months (special
assessment), D + 1 year (keep or adjust), then D + 2 years, D + 3 years … Dates are counted as
python-dateutil's relativedelta counts them, always from D itself, so 31 Aug + 3 months is 30 Nov and 29 Feb
+ 1 year is 28 Feb (and + 4 years is 29 Feb again). Due dates are computed, never stored ahead;
a review that was held is a row in ``cadre_reviews``, and recording it closes it on the to-do list.
"""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from villageadmin.core import audit, policy
from villageadmin.core.accounts import Actor, require_read, require_write, visible_village_ids
from villageadmin.core.cadres import GRADES
from villageadmin.core.clock import now_iso, today
from villageadmin.core.errors import NotFound, RuleViolation, ValidationError

if TYPE_CHECKING:
    from villageadmin.core.store import Store

DECISIONS = {"keep": "留任", "adjust": "调整"}
DEFAULT_DUE_SOON_DAYS = 30


def due_date(review_from: dt.date, seq: int) -> dt.date:
    """The due date of review number ``seq`` (1 = 3 months, 2 = 6 months, 3 = 1 year, 4 = 2 years …)."""
    if seq < 1:
        raise ValueError(seq)
    months = 3 if seq == 1 else 6 if seq == 2 else 12 * (seq - 2)
    # dateutil's relativedelta(months=…) / (years=…), without its cost (a county's check computes ten
    # thousand of these): the same day that many months on, or that month's last day when it is shorter.
    y, m = divmod(review_from.month - 1 + months, 12)
    year, month = review_from.year + y, m + 1
    day = review_from.day
    if day > 28:  # only then can the month be shorter (calendar.monthrange is slow over a county)
        day = min(day, calendar.monthrange(year, month)[1])
    return dt.date(year, month, day)


def label(seq: int) -> str:
    if seq == 1:
        return "任职三个月：汇报工作思路"
    if seq == 2:
        return "任职半年：专项考核"
    if seq == 3:
        return "任职一年：定去向（留任或调整）"
    return f"任职{seq - 2}年：年度考核"


def short_label(seq: int) -> str:
    return {1: "三个月", 2: "半年", 3: "一年"}.get(seq, f"{seq - 2}年")


def schedule(review_from: dt.date, until: dt.date) -> list[tuple[int, dt.date]]:
    """Every review due on or before ``until``."""
    out = []
    seq = 1
    while (d := due_date(review_from, seq)) <= until:
        out.append((seq, d))
        seq += 1
    return out


def due_count(review_from: dt.date, until: dt.date) -> int:
    """How many reviews are due on or before ``until``: len(schedule(review_from, until)), without their dates."""
    months = (until.year - review_from.year) * 12 + until.month - review_from.month
    # The review ``months`` on falls in until's month, on the same day or that month's last day.
    if months >= 0 and min(review_from.day, calendar.monthrange(until.year, until.month)[1]) > until.day:
        months -= 1
    if months < 3:
        return 0
    if months < 6:
        return 1
    if months < 12:
        return 2
    return 2 + months // 12


def due_soon_days(store: Store) -> int:
    return int(policy.section(store, "cadres", today()).get("review_due_soon_days", DEFAULT_DUE_SOON_DAYS))


@dataclass
class ReviewDue:
    cadre_id: int
    village_id: int
    village_code: str
    village_name: str
    name: str
    post: str
    seq: int
    label: str
    due_on: str
    overdue: bool
    days: int  # days past due (positive) or until due (negative)

    def as_dict(self) -> dict[str, Any]:
        return dict(vars(self))  # asdict's deep copy is slow over a county's list, and every field is plain


def todo(store: Store, actor: Actor, *, village_ids: list[int] | None = None, on: dt.date | None = None,
         horizon_days: int | None = None) -> list[ReviewDue]:
    """Reviews overdue or due within the next ``horizon_days`` (policy: 30) and not yet recorded."""
    ids = village_ids if village_ids is not None else visible_village_ids(store, actor)
    for vid in ids:
        require_read(actor, vid)
    return pending(store, ids, on=on or today(),
                   horizon_days=due_soon_days(store) if horizon_days is None else horizon_days)


def pending(store: Store, village_ids: list[int], *, on: dt.date, horizon_days: int) -> list[ReviewDue]:
    """Unrecorded reviews due by ``on + horizon_days`` for active cadres of the villages (no access check)."""
    if not village_ids:
        return []
    marks = ",".join("?" * len(village_ids))
    until = on + dt.timedelta(days=horizon_days)
    done: dict[int, set[int]] = {}
    for cid, seq in store.execute(f"SELECT cadre_id, seq FROM cadre_reviews WHERE village_id IN ({marks})",
                                  village_ids):
        done.setdefault(cid, set()).add(seq)
    out: list[ReviewDue] = []
    for cid, vid, vcode, vname, name, post, review_from in store.execute(
            "SELECT c.id, c.village_id, v.code, v.name, c.name, c.post, c.review_from FROM cadres c"
            f" JOIN villages v ON v.id=c.village_id WHERE c.active=1 AND c.review_from IS NOT NULL"
            f" AND c.village_id IN ({marks}) ORDER BY v.code, c.id", village_ids):
        recorded = done.get(cid, set())
        start = dt.date.fromisoformat(review_from)
        n = due_count(start, until)
        if n <= len(recorded) and all(seq in recorded for seq in range(1, n + 1)):
            continue  # every review due by then is recorded: most cadres of a county
        for seq in range(1, n + 1):
            if seq in recorded:
                continue
            due = due_date(start, seq)
            out.append(ReviewDue(cid, vid, vcode, vname, name, post, seq, label(seq), due.isoformat(),
                                 due < on, (on - due).days))
    out.sort(key=lambda r: (r.due_on, r.village_code, r.cadre_id, r.seq))
    return out


def for_cadre(store: Store, actor: Actor, cadre_id: int) -> list[dict[str, Any]]:
    """The cadre's reviews so far (held, overdue, due) and the next one coming."""
    c = store.one("SELECT id, village_id, review_from, active FROM cadres WHERE id=?", (cadre_id,))
    if c is None:
        raise NotFound("没有这名村干部。")
    require_read(actor, c["village_id"])
    if not c["review_from"]:
        return []
    held = {r["seq"]: r for r in store.query("SELECT * FROM cadre_reviews WHERE cadre_id=? ORDER BY seq",
                                              (cadre_id,))}
    t = today()
    soon = t + dt.timedelta(days=due_soon_days(store))
    start = dt.date.fromisoformat(c["review_from"])
    out = []
    seq = 1
    while True:
        due = due_date(start, seq)
        r = held.get(seq)
        if r is None and (due > soon or not c["active"]) and seq > max(held, default=0):
            if c["active"]:
                out.append({"seq": seq, "label": label(seq), "due_on": due.isoformat(), "state": "upcoming"})
            break
        item: dict[str, Any] = {"seq": seq, "label": label(seq), "due_on": due.isoformat()}
        if r is not None:
            item.update(state="done", held_on=r["held_on"], rating=r["rating"], decision=r["decision"],
                        decision_label=DECISIONS.get(r["decision"], ""), reviewer=r["reviewer"], note=r["note"],
                        id=r["id"])
        else:
            item["state"] = "overdue" if due < t else "due"
        out.append(item)
        seq += 1
    return out


def record_review(store: Store, actor: Actor, cadre_id: int, seq: int, *, held_on: dt.date | None,
                  rating: str = "", decision: str = "", reviewer: str = "", note: str = "") -> int:
    """Record a review that was held; it then leaves the to-do list."""
    c = store.one("SELECT * FROM cadres WHERE id=?", (cadre_id,))
    if c is None:
        raise NotFound("没有这名村干部。")
    require_write(actor, c["village_id"])
    if not c["review_from"]:
        raise RuleViolation(f"{c['name']}不是新任职的干部，没有任职后考察安排。", code="no_schedule")
    if seq < 1:
        raise ValidationError("seq", "请选择哪一次考察。", code="bad_seq")
    start = dt.date.fromisoformat(c["review_from"])
    due = due_date(start, seq)
    t = today()
    if due > t + dt.timedelta(days=due_soon_days(store)):
        raise RuleViolation(f"{label(seq)}要到 {due.isoformat()} 才到期，现在还不能登记。", code="not_due",
                            due_on=due.isoformat())
    if store.one("SELECT id FROM cadre_reviews WHERE cadre_id=? AND seq=?", (cadre_id, seq)):
        raise RuleViolation(f"{c['name']}的“{label(seq)}”已经登记过了。", code="already_recorded")
    if held_on is None:
        raise ValidationError("held_on", "请填写考察日期。", code="required")
    if held_on > t:
        raise ValidationError("held_on", "考察日期不能在今天以后。", code="future")
    if held_on < start:
        raise ValidationError("held_on", f"考察日期早于任职日期 {start.isoformat()}。", code="before_appointed")
    if rating and rating not in GRADES:
        raise ValidationError("rating", "请从列表中选择考核等次。", code="bad_rating")
    if seq != 1 and not rating:
        raise ValidationError("rating", "请选择考核等次。", code="required")
    if seq == 3 and decision not in DECISIONS:
        raise ValidationError("decision", "任职满一年要定去向：请选择留任或调整。", code="required")
    if decision and decision not in DECISIONS:
        raise ValidationError("decision", "去向只能是留任或调整。", code="bad_decision")
    if decision == "adjust" and not note.strip():
        raise ValidationError("note", "决定调整的，请在说明里写明怎么调整。", code="required")
    if seq == 1 and not note.strip():
        raise ValidationError("note", "请简要记下汇报的工作思路。", code="required")
    with store.transaction():
        cur = store.execute(
            "INSERT INTO cadre_reviews (village_id, cadre_id, seq, due_on, held_on, rating, decision, reviewer, note,"
            " created_at) VALUES (?,?,?,?,?,?,?,?,?,?)",
            (c["village_id"], cadre_id, seq, due.isoformat(), held_on.isoformat(), rating, decision,
             reviewer.strip(), note.strip(), now_iso()))
        rid = int(cur.lastrowid or 0)
        audit.append(store, actor, "create", "cadre_review", rid, village_id=c["village_id"],
                     after={"cadre_id": cadre_id, "seq": seq, "due_on": due.isoformat(),
                            "held_on": held_on.isoformat(), "rating": rating, "decision": decision,
                            "reviewer": reviewer.strip(), "note": note.strip()})
    return rid
