"""Major village matters (重大事项) walked through the 四议两公开 procedure, in order.

党支部提议 → 两委商议 → 党员大会审议 → 村民会议或村民代表会议决议 → 决议公开 → 实施结果公开.
Steps 1-4 are meetings (a meeting record of the matching kind) with a vote; the core computes the
quorum and the outcome and will not take the next step after a failed one — the matter goes back
to the branch for a new round, or is closed. Steps 5-6 are postings on the notice board (公示).
"""

from __future__ import annotations

import datetime as dt
import importlib
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from villageadmin.core import audit, meetings, policy
from villageadmin.core.accounts import Actor, require_read, require_write, visible_village_ids
from villageadmin.core.clock import now_iso, today
from villageadmin.core.decisions_votes import BODIES, Vote, VoteResult
from villageadmin.core.decisions_votes import result as vote_result
from villageadmin.core.decisions_votes import summary as vote_summary
from villageadmin.core.decisions_votes import validate as validate_vote
from villageadmin.core.decisions_state import (DELIBERATION, KINDS, LAST_STEP, PUBLICITY, SHORT, STEP_BODIES, STEPS,
                                               MatterState, posting_end, state_of)
from villageadmin.core.errors import NotFound, RuleViolation, ValidationError

if TYPE_CHECKING:
    from villageadmin.core.store import Store

# Re-exported so callers need only this module: the kinds and steps, the vote and the state.
__all__ = ["KINDS", "STEPS", "SHORT", "STEP_BODIES", "DELIBERATION", "PUBLICITY", "LAST_STEP", "Vote", "VoteResult",
           "MatterState", "MatterInput", "StepInput", "posting_end", "state_of", "projects_table_exists",
           "get_matter", "list_matters", "for_project", "candidate_meetings", "create_matter", "update_matter",
           "record_step", "record_start", "return_to_branch", "close_matter", "undo_last", "delete_matter"]


@dataclass
class MatterInput:
    village_id: int
    kind: str
    title: str
    content: str = ""
    amount_fen: int | None = None
    project_id: int | None = None
    created_on: dt.date | None = None  # when the matter was raised; today if not given


@dataclass
class StepInput:
    step: int
    done_on: dt.date | None = None  # publicity: the posting date; deliberation: the meeting's date is used
    meeting_id: int | None = None  # link an existing meeting record…
    new_meeting: meetings.MeetingInput | None = None  # …or create one with the step
    vote: Vote | None = None
    text: str = ""  # proposal / opinion / decision text / implementation result
    posted_place: str = ""
    period_days: int | None = None
    note: str = ""


def projects_table_exists(store: Store) -> bool:
    """The bidding register is another area's migration set: join it only when it is there."""
    return bool(store.scalar("SELECT 1 FROM sqlite_master WHERE type='table' AND name='projects'"))


def _policy(store: Store, on: dt.date | None = None) -> dict[str, Any]:
    return policy.section(store, "decisions", on or today())


# -- reading ---------------------------------------------------------------------------------
_STEP_SQL = ("SELECT s.*, coalesce(m.held_on, s.done_on) AS on_date, m.kind AS meeting_kind"
             " FROM decision_steps s LEFT JOIN meetings m ON m.id = s.meeting_id")


def _matter_row(store: Store, matter_id: int) -> dict[str, Any]:
    m = store.one("SELECT d.*, v.name AS village_name, v.code AS village_code FROM decision_matters d"
                  " JOIN villages v ON v.id = d.village_id WHERE d.id=?", (matter_id,))
    if m is None:
        raise NotFound("没有这个重大事项。")
    return m


def _steps(store: Store, matter_id: int, round_: int | None = None) -> list[dict[str, Any]]:
    if round_ is None:
        return store.query(_STEP_SQL + " WHERE s.matter_id=? ORDER BY s.round, s.step", (matter_id,))
    return store.query(_STEP_SQL + " WHERE s.matter_id=? AND s.round=? ORDER BY s.step", (matter_id, round_))


def _vote_of(step: dict[str, Any]) -> Vote | None:
    if step["members"] is None:
        return None
    return Vote(step["members"], step["present"] or 0, step["votes_for"] or 0, step["votes_against"] or 0,
                step["votes_abstain"] or 0, step["basis"] or "persons")


def _describe_step(s: dict[str, Any]) -> dict[str, Any]:
    s = dict(s)
    s["label"] = STEPS[s["step"]]
    s["body_label"] = BODIES.get(s["body"], "")
    s["meeting_kind_label"] = meetings.KINDS.get(s["meeting_kind"] or "", "")
    v = _vote_of(s)
    if v is not None and s["body"]:
        r = vote_result(s["body"], v)
        s["vote_summary"] = vote_summary(s["body"], v)
        s["quorum_need"], s["pass_need"], s["verdict"] = r.quorum_need, r.pass_need, r.verdict
        s["quorum_rule"], s["pass_rule"] = r.quorum_rule, r.pass_rule
    else:
        s["vote_summary"] = ""
    if s["step"] in PUBLICITY and s["period_days"]:
        s["posting_ends"] = posting_end(s["on_date"], s["period_days"]).isoformat()
    return s


def get_matter(store: Store, actor: Actor, matter_id: int) -> dict[str, Any]:
    """A matter with its steps (current round and earlier rounds), its state and the six-step timeline."""
    m = _matter_row(store, matter_id)
    require_read(actor, m["village_id"])
    steps = [_describe_step(s) for s in _steps(store, matter_id)]
    st = state_of(m, steps, _policy(store))
    m["kind_label"] = KINDS.get(m["kind"], m["kind"])
    m["state"] = st.as_dict()
    m["steps"] = [s for s in steps if s["round"] == m["round"]]
    m["history"] = [{"round": r, "steps": [s for s in steps if s["round"] == r]} for r in range(1, m["round"])]
    by_step = {s["step"]: s for s in m["steps"]}
    timeline = []
    for n in range(1, LAST_STEP + 1):
        s = by_step.get(n)
        if s is not None:
            status = "passed" if s["passed"] else "failed"
        elif n == st.next_step:
            status = "next"
        else:
            status = "todo"
        timeline.append({"step": n, "label": STEPS[n], "short": SHORT[n], "status": status,
                         "date": s["on_date"] if s else None, "detail": _timeline_detail(s) if s else ""})
    m["timeline"] = timeline
    m["decision_text"] = by_step[4]["text"] if 4 in by_step and by_step[4]["passed"] else ""
    m["project"] = _project(store, actor, m["project_id"]) if m["project_id"] is not None else None
    return m


def _timeline_detail(s: dict[str, Any]) -> str:
    if s["step"] in PUBLICITY:
        end = s.get("posting_ends")
        return f"公示 {s['period_days']} 天" + (f"，至 {end[5:7].lstrip('0')}月{end[8:10].lstrip('0')}日" if end else "")
    if s["members"] is None:
        return ""
    return f"到 {s['present']}/{s['members']}，赞成 {s['votes_for']}"


def _project(store: Store, actor: Actor, project_id: int) -> dict[str, Any]:
    """The linked bidding project's name and stage, as the bidding register describes it."""
    missing = {"id": project_id, "name": f"项目 {project_id}", "stage_label": "", "text": "", "missing": True}
    if not projects_table_exists(store):
        return missing
    try:
        summary = getattr(importlib.import_module("villageadmin.core.bidding"), "project_summary", None)
    except ImportError:
        summary = None
    if summary is None:
        row = store.one("SELECT id, name, stage FROM projects WHERE id=?", (project_id,))
        if row is None:
            return missing
        return {"id": project_id, "name": row["name"], "stage_label": row["stage"], "text": row["name"],
                "missing": False}
    try:
        info: dict[str, Any] = summary(store, actor, project_id)
    except NotFound:
        return missing
    return {**info, "missing": False}


def list_matters(store: Store, actor: Actor, *, village_id: int | None = None, include_closed: bool = True,
                 year: int | None = None, limit: int | None = None, offset: int = 0) -> list[dict[str, Any]]:
    """Matters with their current step and what is overdue, newest first (the village and township lists).

    With ``limit``, one page of that list (``offset`` rows on): only the page's steps are read."""
    if village_id is not None:
        require_read(actor, village_id)
        ids = [village_id]
    else:
        ids = visible_village_ids(store, actor)
    if not ids:
        return []
    marks = ",".join("?" * len(ids))
    where = f"d.village_id IN ({marks})"
    params: list[Any] = list(ids)
    if not include_closed:
        where += " AND d.status='open'"
    if year is not None:
        where += " AND d.created_on BETWEEN ? AND ?"
        params += [f"{year}-01-01", f"{year}-12-31"]
    page = "" if limit is None else " LIMIT ? OFFSET ?"
    rows = store.query("SELECT d.*, v.name AS village_name, v.code AS village_code FROM decision_matters d"
                       f" JOIN villages v ON v.id = d.village_id WHERE {where}"
                       " ORDER BY d.created_on DESC, d.id DESC" + page,
                       params + ([] if limit is None else [limit, offset]))
    if not rows:
        return []
    steps: dict[int, list[dict[str, Any]]] = {}
    if limit is None:
        step_rows = store.query(_STEP_SQL + f" JOIN decision_matters d ON d.id = s.matter_id AND d.round = s.round"
                                            f" WHERE {where} ORDER BY s.matter_id, s.step", params)
    else:
        step_rows = store.query(_STEP_SQL + " JOIN decision_matters d ON d.id = s.matter_id AND d.round = s.round"
                                            f" WHERE s.matter_id IN ({','.join('?' * len(rows))})"
                                            " ORDER BY s.matter_id, s.step", [r["id"] for r in rows])
    for s in step_rows:
        steps.setdefault(s["matter_id"], []).append(s)
    pol = _policy(store)
    for r in rows:
        st = state_of(r, steps.get(r["id"], []), pol)
        r["kind_label"] = KINDS.get(r["kind"], r["kind"])
        r["state"] = st.as_dict()
        r["current"] = st.label
        r["overdue"] = st.overdue
        r["steps_done"] = st.last_step if not st.failed else st.last_step - 1
    return rows


def for_project(store: Store, actor: Actor, project_id: int) -> dict[str, Any] | None:
    """The state of the major matter linked to a bidding project (for the bidding view), or None.

    When several matters name the project, the open one raised last wins.
    """
    row = store.one("SELECT id, village_id FROM decision_matters WHERE project_id=?"
                    " ORDER BY status='open' DESC, created_on DESC, id DESC LIMIT 1", (project_id,))
    if row is None:
        return None
    require_read(actor, row["village_id"])
    m = _matter_row(store, row["id"])
    steps = _steps(store, m["id"], m["round"])
    st = state_of(m, steps, _policy(store))
    by_step = {s["step"]: s for s in steps if s["passed"]}
    return {"matter_id": m["id"], "title": m["title"], "kind_label": KINDS.get(m["kind"], m["kind"]),
            "label": st.label, "phase": st.phase, "overdue": st.overdue, "round": m["round"],
            "decided": 4 in by_step, "decided_on": by_step[4]["on_date"] if 4 in by_step else None,
            "published": 5 in by_step, "published_on": by_step[5]["on_date"] if 5 in by_step else None,
            "posting_ends": st.posting_ends if 5 in by_step else None,
            "may_carry_out": 5 in by_step and today() > posting_end(by_step[5]["on_date"],
                                                                     by_step[5]["period_days"] or 1),
            "state": st.as_dict()}


def candidate_meetings(store: Store, actor: Actor, matter_id: int, step: int) -> list[dict[str, Any]]:
    """The village's meeting records that may hold ``step``: matching kind, not before the previous step,
    not in the future, not already used for this matter."""
    m = _matter_row(store, matter_id)
    require_read(actor, m["village_id"])
    if step not in STEP_BODIES:
        return []
    kinds = STEP_BODIES[step]
    after = _previous_date(store, m, step)
    rows = store.query(
        f"SELECT id, kind, held_on, start_time, place, topic FROM meetings WHERE village_id=? AND kind IN"
        f" ({','.join('?' * len(kinds))}) AND held_on <= ? AND held_on >= ? AND id NOT IN"
        f" (SELECT meeting_id FROM decision_steps WHERE matter_id=? AND meeting_id IS NOT NULL)"
        f" ORDER BY held_on DESC, id DESC LIMIT 200",
        (m["village_id"], *kinds, today().isoformat(), after.isoformat() if after else "0000", matter_id))
    for r in rows:
        r["kind_label"] = meetings.KINDS.get(r["kind"], r["kind"])
    return rows


def _previous_date(store: Store, m: dict[str, Any], step: int) -> dt.date | None:
    """The date a step may not be earlier than: the previous step's (or the last step of the previous round)."""
    if step > 1:
        row = store.one(_STEP_SQL + " WHERE s.matter_id=? AND s.round=? AND s.step=?", (m["id"], m["round"], step - 1))
    else:
        row = store.one(_STEP_SQL + " WHERE s.matter_id=? AND s.round<? ORDER BY s.round DESC, s.step DESC LIMIT 1",
                        (m["id"], m["round"]))
    return dt.date.fromisoformat(row["on_date"]) if row else None


# -- writing ---------------------------------------------------------------------------------
def _validate_matter(data: MatterInput) -> None:
    if data.kind not in KINDS:
        raise ValidationError("kind", "请选择事项类别。", code="required")
    if not data.title.strip():
        raise ValidationError("title", "请填写事项名称。", code="required")
    if len(data.title.strip()) > 80:
        raise ValidationError("title", "事项名称太长了，请写在 80 个字以内，详细内容写在“事项内容”里。", code="too_long")
    if data.amount_fen is not None and data.amount_fen < 0:
        raise ValidationError("amount", "金额不能是负数。", code="negative")
    if data.created_on is not None and data.created_on > today():
        raise ValidationError("created_on", "提出日期不能在今天以后。", code="future")


def _check_project(store: Store, village_id: int, project_id: int | None) -> None:
    if project_id is None or not projects_table_exists(store):
        return
    cols = {r["name"] for r in store.query("PRAGMA table_info(projects)")}
    row = store.one("SELECT * FROM projects WHERE id=?", (project_id,))
    if row is None:
        raise ValidationError("project", f"招投标登记里没有编号为 {project_id} 的项目。", code="no_project")
    if "village_id" in cols and row["village_id"] != village_id:
        raise ValidationError("project", "这个项目不是本村的。", code="foreign_project")


def create_matter(store: Store, actor: Actor, data: MatterInput) -> int:
    """Open a major matter (重大事项); its first step is the branch's proposal."""
    require_write(actor, data.village_id)
    _validate_matter(data)
    _check_project(store, data.village_id, data.project_id)
    now = now_iso()
    created_on = (data.created_on or today()).isoformat()
    with store.transaction():
        cur = store.execute(
            "INSERT INTO decision_matters (village_id, kind, title, content, amount_fen, project_id, created_on,"
            " created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?)",
            (data.village_id, data.kind, data.title.strip(), data.content.strip(), data.amount_fen, data.project_id,
             created_on, now, now))
        matter_id = int(cur.lastrowid or 0)
        audit.append(store, actor, "create", "decision_matter", matter_id, village_id=data.village_id,
                     after=store.one("SELECT * FROM decision_matters WHERE id=?", (matter_id,)))
    return matter_id


def update_matter(store: Store, actor: Actor, matter_id: int, data: MatterInput) -> None:
    """Change a matter's description. What was voted on cannot change after the decision (step 4)."""
    m = _matter_row(store, matter_id)
    require_write(actor, m["village_id"])
    if data.village_id != m["village_id"]:
        raise ValidationError("village", "重大事项不能改到别的村。", code="move_village")
    _validate_matter(data)
    _check_project(store, m["village_id"], data.project_id)
    decided = store.scalar("SELECT count(*) FROM decision_steps WHERE matter_id=? AND round=? AND step>=4 AND passed=1",
                           (matter_id, m["round"]))
    if decided and (data.kind != m["kind"] or data.title.strip() != m["title"] or data.content.strip() != m["content"]
                    or data.amount_fen != m["amount_fen"]):
        raise RuleViolation("这个事项已经由村民（代表）会议作出决议，决议的事项内容不能再改；只能改关联的招投标项目。",
                            code="decided")
    with store.transaction():
        store.execute("UPDATE decision_matters SET kind=?, title=?, content=?, amount_fen=?, project_id=?,"
                      " created_on=?, updated_at=? WHERE id=?",
                      (data.kind, data.title.strip(), data.content.strip(), data.amount_fen, data.project_id,
                       (data.created_on.isoformat() if data.created_on else m["created_on"]), now_iso(), matter_id))
        audit.append(store, actor, "update", "decision_matter", matter_id, village_id=m["village_id"],
                     before={k: m[k] for k in ("kind", "title", "content", "amount_fen", "project_id", "created_on")},
                     after=store.one("SELECT kind, title, content, amount_fen, project_id, created_on"
                                     " FROM decision_matters WHERE id=?", (matter_id,)))


def _expect_step(store: Store, m: dict[str, Any], step: int) -> list[dict[str, Any]]:
    """Refuse a step out of order or after a failed one; returns the current round's steps."""
    if m["status"] == "closed":
        raise RuleViolation("这个事项已经终止，不能再登记步骤。", code="closed")
    if step not in STEPS:
        raise ValidationError("step", "步骤只能是第 1 到第 6 步。", code="bad_step")
    cur = _steps(store, m["id"], m["round"])
    st = state_of(m, cur, _policy(store))
    if st.failed:
        raise RuleViolation(f"第 {st.last_step} 步“{STEPS[st.last_step]}”没有通过，不能进入下一步。"
                            "请退回党支部重新提议，或者终止这个事项。", code="step_failed",
                            failed_step=st.last_step)
    if st.next_step is None:
        raise RuleViolation("六个步骤都已完成，不能再登记。", code="finished")
    if step != st.next_step:
        raise RuleViolation(f"“四议两公开”要按顺序进行：下一步应是第 {st.next_step} 步“{STEPS[st.next_step]}”，"
                            f"不能登记第 {step} 步“{STEPS[step]}”。", code="step_order",
                            expected=st.next_step, step=step)
    return cur


def record_step(store: Store, actor: Actor, matter_id: int, data: StepInput) -> int:
    """Record the next step of a matter (with its meeting and vote, or its posting). Returns the step's id.

    A step whose vote fails is stored as failed; the matter then cannot go on until it is returned to
    the branch (``return_to_branch``) or closed.
    """
    m = _matter_row(store, matter_id)
    require_write(actor, m["village_id"])
    cur = _expect_step(store, m, data.step)
    prev_date = _previous_date(store, m, data.step)
    t = today()
    text = data.text.strip()
    row: dict[str, Any] = {"matter_id": matter_id, "round": m["round"], "step": data.step, "note": data.note.strip(),
                           "meeting_id": None, "body": "", "basis": "", "members": None, "present": None,
                           "votes_for": None, "votes_against": None, "votes_abstain": None, "quorum_ok": None,
                           "passed": 1, "posted_place": "", "period_days": None}
    meeting: dict[str, Any] | None = None
    if data.step in DELIBERATION:
        allowed = STEP_BODIES[data.step]
        allowed_text = "或".join(meetings.KINDS[k] for k in allowed)
        if (data.meeting_id is None) == (data.new_meeting is None):
            raise ValidationError("meeting", f"请选择或新建这一步的会议记录（{allowed_text}）。", code="required")
        if data.meeting_id is not None:
            meeting = store.one("SELECT id, village_id, kind, held_on FROM meetings WHERE id=?", (data.meeting_id,))
            if meeting is None:
                raise ValidationError("meeting", "没有这条会议记录。", code="no_meeting")
            if meeting["village_id"] != m["village_id"]:
                raise ValidationError("meeting", "这次会议不是本村的。", code="foreign_meeting")
            if store.scalar("SELECT count(*) FROM decision_steps WHERE matter_id=? AND meeting_id=?",
                            (matter_id, data.meeting_id)):
                raise ValidationError("meeting", "这次会议已经登记为本事项的另一步，每一步要有自己的会议。",
                                      code="meeting_used")
            kind, held_on = meeting["kind"], dt.date.fromisoformat(meeting["held_on"])
        else:
            assert data.new_meeting is not None
            if data.new_meeting.village_id != m["village_id"]:
                raise ValidationError("meeting", "会议要记在本村。", code="foreign_meeting")
            if data.new_meeting.held_on is None:
                raise ValidationError("held_on", "请填写开会日期。", code="required")
            kind, held_on = data.new_meeting.kind, data.new_meeting.held_on
        if kind not in allowed:
            raise ValidationError("meeting", f"第 {data.step} 步“{STEPS[data.step]}”要开{allowed_text}，"
                                             f"这次会议是{meetings.KINDS.get(kind, kind)}。", code="meeting_kind")
        if held_on > t:
            raise ValidationError("held_on", f"会议日期 {held_on.isoformat()} 还没到，开过会再登记表决结果。",
                                  code="future")
        if prev_date and held_on < prev_date:
            raise ValidationError("held_on", f"会议日期 {held_on.isoformat()} 早于上一步的日期 {prev_date.isoformat()}，"
                                             "步骤要按顺序进行。", code="before_previous")
        if data.vote is None:
            raise ValidationError("members", "请填写应到、实到人数和表决票数。", code="required")
        vote = data.vote if kind == "villagers" else Vote(data.vote.members, data.vote.present, data.vote.votes_for,
                                                           data.vote.votes_against, data.vote.votes_abstain, "persons")
        validate_vote(kind, vote)
        if data.step == 4 and not text:
            raise ValidationError("text", "请填写决议内容（会议通过的决定）。", code="required")
        if data.step == 1 and not text:
            text = m["content"] or m["title"]
        r = vote_result(kind, vote)
        vote_line = vote_summary(kind, vote)
        row.update(done_on=held_on.isoformat(), body=kind, basis=vote.basis if kind == "villagers" else "",
                   members=vote.members, present=vote.present, votes_for=vote.votes_for,
                   votes_against=vote.votes_against, votes_abstain=vote.votes_abstain, quorum_ok=int(r.quorum_ok),
                   passed=int(r.passed))
    else:
        pol = _policy(store, data.done_on)
        if data.done_on is None:
            raise ValidationError("done_on", "请填写张贴日期。", code="required")
        if data.done_on > t:
            raise ValidationError("done_on", "张贴日期不能在今天以后。", code="future")
        if prev_date and data.done_on < prev_date:
            raise ValidationError("done_on", f"张贴日期 {data.done_on.isoformat()} 早于上一步的日期"
                                             f" {prev_date.isoformat()}，步骤要按顺序进行。", code="before_previous")
        if not data.posted_place.strip():
            raise ValidationError("posted_place", "请填写张贴地点（例如村务公开栏）。", code="required")
        least = int(pol.get("min_posting_days", 7))
        if data.period_days is None:
            raise ValidationError("period_days", "请填写公示天数。", code="required")
        if data.period_days < least or data.period_days > 366:
            raise ValidationError("period_days", f"公示期不能少于 {least} 天（乡镇规定），也不能超过一年。",
                                  code="period", least=least)
        if data.step == 5 and not text:
            text = next((s["text"] for s in cur if s["step"] == 4), "")
        if data.step == 6:
            if not text:
                raise ValidationError("text", "请填写实施结果（做了什么、花了多少钱、验收情况）。", code="required")
            s5 = next(s for s in cur if s["step"] == 5)
            end = posting_end(s5["on_date"], s5["period_days"] or 1)
            if data.done_on <= end:
                raise ValidationError("done_on", f"决议公示到 {end.isoformat()} 结束，实施结果要在公示期满、"
                                                 "实施以后公开。", code="before_posting_end",
                                      posting_ends=end.isoformat())
            if m["started_on"] and data.done_on < dt.date.fromisoformat(m["started_on"]):
                raise ValidationError("done_on", f"实施结果公开日期早于开始实施的日期 {m['started_on']}。",
                                      code="before_start")
        row.update(done_on=data.done_on.isoformat(), posted_place=data.posted_place.strip(),
                   period_days=data.period_days)
    row["text"] = text
    with store.transaction():
        if data.new_meeting is not None:
            nm = data.new_meeting
            if not nm.discussion.strip():
                nm.discussion = f"{text}\n表决结果：{vote_line}。"
            if not nm.agenda:
                nm.agenda = [f"{STEPS[data.step]}：{m['title']}"]
            if not nm.topic.strip():
                nm.topic = m["title"]
            row["meeting_id"] = meetings.save_meeting(store, actor, nm)
        elif meeting is not None:
            row["meeting_id"] = meeting["id"]
        row["created_at"] = now_iso()
        cols = list(row)
        cur_ = store.execute(f"INSERT INTO decision_steps ({', '.join(cols)}) VALUES ({','.join('?' * len(cols))})",
                             [row[c] for c in cols])
        step_id = int(cur_.lastrowid or 0)
        store.execute("UPDATE decision_matters SET updated_at=? WHERE id=?", (now_iso(), matter_id))
        audit.append(store, actor, "step", "decision_matter", matter_id, village_id=m["village_id"],
                     after={**row, "id": step_id})
    return step_id


def record_start(store: Store, actor: Actor, matter_id: int, started_on: dt.date | None) -> None:
    """Record (or clear, with None) the day carrying out the decision began: only after its posting period."""
    m = _matter_row(store, matter_id)
    require_write(actor, m["village_id"])
    if m["status"] == "closed":
        raise RuleViolation("这个事项已经终止。", code="closed")
    cur = _steps(store, matter_id, m["round"])
    done = {s["step"]: s for s in cur if s["passed"]}
    if started_on is not None:
        if 5 not in done:
            raise RuleViolation("决议还没有公开，不能开始实施。先把决议张贴公示，公示期满后再实施。",
                                code="not_published")
        if 6 in done:
            raise RuleViolation("实施结果已经公开，不能再改开始实施的日期。", code="finished")
        end = posting_end(done[5]["on_date"], done[5]["period_days"] or 1)
        if started_on <= end:
            raise ValidationError("started_on", f"决议公示到 {end.isoformat()} 结束，公示期满以后才能开始实施。",
                                  code="before_posting_end", posting_ends=end.isoformat())
        if started_on > today():
            raise ValidationError("started_on", "开始实施的日期不能在今天以后。", code="future")
    elif 6 in done:
        raise RuleViolation("实施结果已经公开，不能撤销开始实施的日期。", code="finished")
    with store.transaction():
        store.execute("UPDATE decision_matters SET started_on=?, updated_at=? WHERE id=?",
                      (started_on.isoformat() if started_on else None, now_iso(), matter_id))
        audit.append(store, actor, "start", "decision_matter", matter_id, village_id=m["village_id"],
                     before={"started_on": m["started_on"]},
                     after={"started_on": started_on.isoformat() if started_on else None})


def return_to_branch(store: Store, actor: Actor, matter_id: int, *, reason: str = "",
                     returned_on: dt.date | None = None) -> int:
    """After a failed step, send the matter back to the party branch: a new round starting at step 1."""
    m = _matter_row(store, matter_id)
    require_write(actor, m["village_id"])
    if m["status"] == "closed":
        raise RuleViolation("这个事项已经终止。", code="closed")
    cur = _steps(store, matter_id, m["round"])
    if not cur or cur[-1]["passed"]:
        raise RuleViolation("只有某一步没有通过时，才退回党支部重新提议。", code="not_failed")
    day = returned_on or today()
    if day > today():
        raise ValidationError("returned_on", "退回日期不能在今天以后。", code="future")
    if day.isoformat() < cur[-1]["on_date"]:
        raise ValidationError("returned_on", f"退回日期早于未通过的那次会议（{cur[-1]['on_date']}）。",
                              code="before_previous")
    new_round = int(m["round"]) + 1
    with store.transaction():
        store.execute("UPDATE decision_matters SET round=?, returned_on=?, updated_at=? WHERE id=?",
                      (new_round, day.isoformat(), now_iso(), matter_id))
        note = f"{day.isoformat()} 退回党支部重新提议" + (f"：{reason.strip()}" if reason.strip() else "")
        store.execute("UPDATE decision_steps SET return_note=? WHERE id=?", (note, cur[-1]["id"]))
        audit.append(store, actor, "return", "decision_matter", matter_id, village_id=m["village_id"],
                     before={"round": m["round"], "failed_step": cur[-1]["step"]},
                     after={"round": new_round, "returned_on": day.isoformat(), "reason": reason.strip()})
    return new_round


def close_matter(store: Store, actor: Actor, matter_id: int, *, reason: str, closed_on: dt.date | None = None) -> None:
    """Stop a matter (终止) — dropped, or failed and not to be proposed again. The reason is kept."""
    m = _matter_row(store, matter_id)
    require_write(actor, m["village_id"])
    if m["status"] == "closed":
        raise RuleViolation("这个事项已经终止。", code="closed")
    if not reason.strip():
        raise ValidationError("reason", "请写明终止的原因。", code="required")
    if store.scalar("SELECT count(*) FROM decision_steps WHERE matter_id=? AND round=? AND step=6",
                    (matter_id, m["round"])):
        raise RuleViolation("这个事项六个步骤都已完成，不需要终止。", code="finished")
    day = closed_on or today()
    with store.transaction():
        store.execute("UPDATE decision_matters SET status='closed', closed_on=?, closed_reason=?, updated_at=?"
                      " WHERE id=?", (day.isoformat(), reason.strip(), now_iso(), matter_id))
        audit.append(store, actor, "close", "decision_matter", matter_id, village_id=m["village_id"],
                     after={"closed_on": day.isoformat(), "reason": reason.strip()})


def undo_last(store: Store, actor: Actor, matter_id: int) -> str:
    """Take back the last thing recorded (entered by mistake): the last step, the start of carrying out,
    a return to the branch, or a closing. Meeting records made with a step stay. Returns what was undone."""
    m = _matter_row(store, matter_id)
    require_write(actor, m["village_id"])
    cur = _steps(store, matter_id, m["round"])
    with store.transaction():
        if m["status"] == "closed":
            store.execute("UPDATE decision_matters SET status='open', closed_on=NULL, closed_reason='', updated_at=?"
                          " WHERE id=?", (now_iso(), matter_id))
            what = "close"
            detail: dict[str, Any] = {"closed_on": m["closed_on"], "reason": m["closed_reason"]}
        elif m["started_on"] and cur and cur[-1]["step"] == 5:
            store.execute("UPDATE decision_matters SET started_on=NULL, updated_at=? WHERE id=?", (now_iso(), matter_id))
            what, detail = "start", {"started_on": m["started_on"]}
        elif cur:
            last = cur[-1]
            store.execute("DELETE FROM decision_steps WHERE id=?", (last["id"],))
            store.execute("UPDATE decision_matters SET updated_at=? WHERE id=?", (now_iso(), matter_id))
            what = "step"
            detail = {k: v for k, v in last.items() if k not in ("on_date", "meeting_kind")}
        elif m["round"] > 1:
            store.execute("UPDATE decision_matters SET round=round-1, returned_on=NULL, updated_at=? WHERE id=?",
                          (now_iso(), matter_id))
            store.execute("UPDATE decision_steps SET return_note='' WHERE matter_id=? AND round=?",
                          (matter_id, m["round"] - 1))
            what, detail = "return", {"round": m["round"], "returned_on": m["returned_on"]}
        else:
            raise RuleViolation("这个事项还没有登记任何步骤，没有可撤销的。", code="nothing")
        audit.append(store, actor, "undo", "decision_matter", matter_id, village_id=m["village_id"],
                     before={"undone": what, **detail})
    return what


def delete_matter(store: Store, actor: Actor, matter_id: int) -> None:
    """Delete a matter entered by mistake — only while no step has been recorded."""
    m = _matter_row(store, matter_id)
    require_write(actor, m["village_id"])
    if store.scalar("SELECT count(*) FROM decision_steps WHERE matter_id=?", (matter_id,)):
        raise RuleViolation("这个事项已经登记了步骤，不能删除；不再办理的可以“终止”。", code="has_steps")
    with store.transaction():
        store.execute("DELETE FROM decision_matters WHERE id=?", (matter_id,))
        audit.append(store, actor, "delete", "decision_matter", matter_id, village_id=m["village_id"], before=m)
