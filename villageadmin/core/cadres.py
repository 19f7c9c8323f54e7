"""Reserve cadres (村级后备干部) and the village cadre team.

The reserve pool is built by written exam and interview and managed dynamically (people enter,
are appointed, or leave); each village names 2–3 key candidates (重点培养) for focused cultivation.
A candidate appointed to a post moves into the cadre team in one step and keeps their history.
No national ID numbers are kept; age is computed from the date of birth, never stored.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from villageadmin.core import audit
from villageadmin.core.accounts import Actor, require_read, require_write, visible_village_ids
from villageadmin.core.clock import now_iso, today
from villageadmin.core.errors import NotFound, RuleViolation, ValidationError

if TYPE_CHECKING:
    from villageadmin.core.store import Store

SCHOOLING = ["小学", "初中", "高中", "中专", "大专", "本科", "研究生"]
PARTY_STATUS = ["中共党员", "中共预备党员", "入党积极分子", "共青团员", "群众"]
PARTY_MEMBERS = ("中共党员", "中共预备党员")
TIERS = {"general": "一般", "key": "重点培养"}
STATUS = {"pool": "在库", "appointed": "已任用", "left": "已出库"}
LEAVE_REASONS = ["外出务工", "考察不合格", "本人申请退出", "年龄超过要求", "迁出本村", "其他"]
CULTIVATION_KINDS = {
    "pre_post": "岗前培训",
    "in_post": "在岗培训",
    "policy_law": "政策法规培训（季度）",
    "talk": "谈心谈话",
    "temp_post": "挂职锻炼",
    "pairing": "结对帮扶",
    "other": "其他培养",
}
GRADES = ["优秀", "称职", "基本称职", "不称职"]
POSTS = ["党支部书记", "党支部副书记", "党支部委员", "村委会主任", "村委会副主任", "村委会委员", "村务监督委员会主任",
         "妇联主席", "团支部书记", "民兵连长", "报账员", "其他"]
MIN_ENTRY_AGE = 18
# An 18-character resident ID number (17 digits and a digit or X). The app must not hold these.
_ID_NUMBER_RE = re.compile(r"(?<!\d)\d{17}[\dXx](?![\dXx])")
_PHONE_RE = re.compile(r"^[0-9][0-9\- ]{5,18}[0-9]$")


def age_on(birth: dt.date, on: dt.date) -> int:
    """Whole years on ``on``. Someone born on 29 Feb turns a year older on 28 Feb in common years."""
    if on < birth:
        return 0
    month, day = birth.month, birth.day
    if (month, day) == (2, 29) and not calendar.isleap(on.year):
        day = 28  # as dateutil's relativedelta counts it, and as the review dates do
    return on.year - birth.year - ((on.month, on.day) < (month, day))


def is_party_member(party_status: str) -> bool:
    return party_status in PARTY_MEMBERS


def parse_score(text: str | float | None, field_name: str) -> float | None:
    """A written-exam or interview score out of 100, at most one decimal; empty means not recorded."""
    if text is None:
        return None
    if isinstance(text, (int, float)):
        value = float(text)
    else:
        t = text.strip()
        if not t:
            return None
        try:
            value = float(t)
        except ValueError:
            raise ValidationError(field_name, f"“{t}”不是分数，请填写 0 到 100 之间的数，例如 85.5。",
                                  code="bad_score") from None
    if not 0 <= value <= 100:
        raise ValidationError(field_name, f"分数 {value:g} 不在 0 到 100 之间。", code="bad_score")
    if round(value, 1) != value:
        raise ValidationError(field_name, f"分数 {value:g} 最多保留一位小数。", code="bad_score")
    return value


def _refuse_id_numbers(values: dict[str, str]) -> None:
    for fname, text in values.items():
        if text and _ID_NUMBER_RE.search(text):
            raise ValidationError(fname, "村务通不保存身份证号码，请不要填写。", code="id_number")


def _d(value: dt.date | None) -> str | None:
    return value.isoformat() if value else None


# -- the reserve pool -----------------------------------------------------------------------
@dataclass
class CandidateInput:
    village_id: int
    name: str
    sex: str
    birth_date: dt.date | None
    entered_on: dt.date | None
    schooling: str = ""
    party_status: str = "群众"
    occupation: str = ""
    phone: str = ""
    exam_score: float | None = None
    interview_score: float | None = None
    tier: str = "general"
    intended_post: str = ""
    mentor: str = ""
    note: str = ""


def validate_candidate(store: Store, data: CandidateInput, *, candidate_id: int | None = None) -> None:
    t = today()
    if not data.name.strip():
        raise ValidationError("name", "请填写姓名。", code="required")
    _refuse_id_numbers({"name": data.name, "phone": data.phone, "occupation": data.occupation,
                        "intended_post": data.intended_post, "mentor": data.mentor, "note": data.note})
    if data.sex not in ("男", "女"):
        raise ValidationError("sex", "请选择性别。", code="required")
    if data.birth_date is None:
        raise ValidationError("birth_date", "请填写出生日期（年龄由出生日期自动计算）。", code="required")
    if data.birth_date > t:
        raise ValidationError("birth_date", "出生日期不能在今天以后。", code="future")
    if data.birth_date.year < 1930:
        raise ValidationError("birth_date", "出生日期太早了，请检查年份。", code="too_old")
    if data.entered_on is None:
        raise ValidationError("entered_on", "请填写入库日期。", code="required")
    if data.entered_on > t:
        raise ValidationError("entered_on", "入库日期不能在今天以后。", code="future")
    age = age_on(data.birth_date, data.entered_on)
    if age < MIN_ENTRY_AGE:
        raise ValidationError("birth_date", f"入库时只有 {age} 岁，后备干部要年满 {MIN_ENTRY_AGE} 周岁。",
                              code="too_young", age=age)
    if data.schooling and data.schooling not in SCHOOLING:
        raise ValidationError("schooling", "请从列表中选择文化程度。", code="bad_schooling")
    if data.party_status not in PARTY_STATUS:
        raise ValidationError("party_status", "请从列表中选择政治面貌。", code="bad_party")
    if data.phone.strip() and not _PHONE_RE.match(data.phone.strip()):
        raise ValidationError("phone", "联系电话只能填数字（可带 - ），例如 13912345678。", code="bad_phone")
    for fname in ("exam_score", "interview_score"):
        parse_score(getattr(data, fname), fname)
    if data.tier not in TIERS:
        raise ValidationError("tier", "培养类别只能是一般或重点培养。", code="bad_tier")
    dup = store.one("SELECT id FROM reserve_candidates WHERE village_id=? AND name=? AND birth_date=?"
                    " AND status='pool' AND id IS NOT ?",
                    (data.village_id, data.name.strip(), data.birth_date.isoformat(), candidate_id))
    if dup:
        raise ValidationError("name", f"{data.name.strip()}（{data.birth_date.isoformat()} 出生）已经在本村后备干部库里了。",
                              code="duplicate", existing=dup["id"])


def _candidate_values(data: CandidateInput) -> tuple[Any, ...]:
    return (data.name.strip(), data.sex, _d(data.birth_date), data.schooling, data.party_status,
            data.occupation.strip(), data.phone.strip(), parse_score(data.exam_score, "exam_score"),
            parse_score(data.interview_score, "interview_score"), _d(data.entered_on), data.tier,
            data.intended_post.strip(), data.mentor.strip(), data.note.strip())


_CANDIDATE_COLS = ("name", "sex", "birth_date", "schooling", "party_status", "occupation", "phone", "exam_score",
                   "interview_score", "entered_on", "tier", "intended_post", "mentor", "note")


def add_candidate(store: Store, actor: Actor, data: CandidateInput) -> int:
    """Enter a person into the village's reserve pool (入库)."""
    require_write(actor, data.village_id)
    _village_exists(store, data.village_id)
    validate_candidate(store, data)
    now = now_iso()
    with store.transaction():
        cur = store.execute(
            f"INSERT INTO reserve_candidates (village_id, {', '.join(_CANDIDATE_COLS)}, created_at, updated_at)"
            f" VALUES ({', '.join('?' * (len(_CANDIDATE_COLS) + 3))})",
            (data.village_id, *_candidate_values(data), now, now))
        cid = int(cur.lastrowid or 0)
        audit.append(store, actor, "create", "reserve_candidate", cid, village_id=data.village_id,
                     after=_row(store, "reserve_candidates", cid))
    return cid


def update_candidate(store: Store, actor: Actor, candidate_id: int, data: CandidateInput) -> None:
    before = _candidate_row(store, candidate_id)
    require_write(actor, before["village_id"])
    if data.village_id != before["village_id"]:
        raise ValidationError("village", "后备干部不能改到别的村；请在原村出库，再在新村入库。", code="move_village")
    validate_candidate(store, data, candidate_id=candidate_id)
    with store.transaction():
        store.execute(
            f"UPDATE reserve_candidates SET {', '.join(c + '=?' for c in _CANDIDATE_COLS)}, updated_at=? WHERE id=?",
            (*_candidate_values(data), now_iso(), candidate_id))
        audit.append(store, actor, "update", "reserve_candidate", candidate_id, village_id=before["village_id"],
                     before=before, after=_row(store, "reserve_candidates", candidate_id))


def set_tier(store: Store, actor: Actor, candidate_id: int, tier: str) -> None:
    """Name a candidate a key candidate (重点培养) or move them back to the general pool."""
    before = _candidate_row(store, candidate_id)
    require_write(actor, before["village_id"])
    if tier not in TIERS:
        raise ValidationError("tier", "培养类别只能是一般或重点培养。", code="bad_tier")
    if before["status"] != "pool":
        raise RuleViolation(f"{before['name']}已{STATUS[before['status']]}，不在库里，不能改培养类别。",
                            code="not_in_pool")
    with store.transaction():
        store.execute("UPDATE reserve_candidates SET tier=?, updated_at=? WHERE id=?", (tier, now_iso(), candidate_id))
        audit.append(store, actor, "set_tier", "reserve_candidate", candidate_id, village_id=before["village_id"],
                     before={"tier": before["tier"]}, after={"tier": tier})


def remove_from_pool(store: Store, actor: Actor, candidate_id: int, *, left_on: dt.date | None,
                     reason: str) -> None:
    """A candidate leaves the pool (出库), with the reason and date; their record stays."""
    before = _candidate_row(store, candidate_id)
    require_write(actor, before["village_id"])
    if before["status"] != "pool":
        raise RuleViolation(f"{before['name']}已{STATUS[before['status']]}，不在库里。", code="not_in_pool")
    if not reason.strip():
        raise ValidationError("left_reason", "请写明出库原因。", code="required")
    if left_on is None:
        raise ValidationError("left_on", "请填写出库日期。", code="required")
    if left_on < dt.date.fromisoformat(before["entered_on"]):
        raise ValidationError("left_on", f"出库日期早于入库日期 {before['entered_on']}。", code="before_entry")
    if left_on > today():
        raise ValidationError("left_on", "出库日期不能在今天以后。", code="future")
    with store.transaction():
        store.execute("UPDATE reserve_candidates SET status='left', left_on=?, left_reason=?, updated_at=?"
                      " WHERE id=?", (left_on.isoformat(), reason.strip(), now_iso(), candidate_id))
        audit.append(store, actor, "leave_pool", "reserve_candidate", candidate_id, village_id=before["village_id"],
                     before={"status": before["status"]},
                     after={"status": "left", "left_on": left_on.isoformat(), "left_reason": reason.strip()})


def appoint_candidate(store: Store, actor: Actor, candidate_id: int, *, post: str, appointed_on: dt.date | None,
                      line: str = "", term_start: dt.date | None = None) -> int:
    """Appoint a reserve candidate to a post: one step, one transaction.

    The candidate's record is kept (status 已任用, with the date and the new cadre's id) and a cadre
    record is made from it, linked back, so the pool entry, cultivation and assessments stay
    the person's history. Reviews at 3 months, 6 months and 1 year count from the appointment date.
    """
    c = _candidate_row(store, candidate_id)
    require_write(actor, c["village_id"])
    if c["status"] != "pool":
        raise RuleViolation(f"{c['name']}已{STATUS[c['status']]}，不在库里，不能再任用。", code="not_in_pool")
    if not post.strip():
        raise ValidationError("post", "请填写任用的职务。", code="required")
    if appointed_on is None:
        raise ValidationError("appointed_on", "请填写任职日期。", code="required")
    if appointed_on < dt.date.fromisoformat(c["entered_on"]):
        raise ValidationError("appointed_on", f"任职日期早于入库日期 {c['entered_on']}。", code="before_entry")
    if appointed_on > today():
        raise ValidationError("appointed_on", "任职日期不能在今天以后。", code="future")
    now = now_iso()
    with store.transaction():
        cur = store.execute(
            "INSERT INTO cadres (village_id, name, sex, birth_date, post, line, party_member, phone, appointed_on,"
            " term_start, schooling, candidate_id, review_from, created_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            (c["village_id"], c["name"], c["sex"], c["birth_date"], post.strip(), line.strip(),
             int(is_party_member(c["party_status"])), c["phone"], appointed_on.isoformat(), _d(term_start),
             c["schooling"], candidate_id, appointed_on.isoformat(), now))
        cadre_id = int(cur.lastrowid or 0)
        store.execute("UPDATE reserve_candidates SET status='appointed', appointed_on=?, cadre_id=?, updated_at=?"
                      " WHERE id=?", (appointed_on.isoformat(), cadre_id, now, candidate_id))
        audit.append(store, actor, "appoint", "reserve_candidate", candidate_id, village_id=c["village_id"],
                     before={"status": "pool"},
                     after={"status": "appointed", "appointed_on": appointed_on.isoformat(), "cadre_id": cadre_id})
        audit.append(store, actor, "create", "cadre", cadre_id, village_id=c["village_id"],
                     after=_row(store, "cadres", cadre_id))
    return cadre_id


def list_candidates(store: Store, actor: Actor, *, village_ids: list[int] | None = None,
                    status: str | None = "pool", on: dt.date | None = None) -> list[dict[str, Any]]:
    """Candidates of the given villages (default: all the actor may see), with age and labels."""
    ids = _readable(store, actor, village_ids)
    if not ids:
        return []
    on = on or today()
    sql = (f"SELECT r.*, v.code AS village_code, v.name AS village_name FROM reserve_candidates r"
           f" JOIN villages v ON v.id=r.village_id WHERE r.village_id IN ({','.join('?' * len(ids))})")
    params: list[Any] = list(ids)
    if status is not None:
        sql += " AND r.status=?"
        params.append(status)
    sql += " ORDER BY v.code, r.status, r.tier='general', r.entered_on, r.id"
    return [_decorate(r, on) for r in store.query(sql, params)]


def get_candidate(store: Store, actor: Actor, candidate_id: int) -> dict[str, Any]:
    row = store.one("SELECT r.*, v.code AS village_code, v.name AS village_name FROM reserve_candidates r"
                    " JOIN villages v ON v.id=r.village_id WHERE r.id=?", (candidate_id,))
    if row is None:
        raise NotFound("没有这名后备干部。")
    require_read(actor, row["village_id"])
    return _decorate(row, today())


def _decorate(r: dict[str, Any], on: dt.date) -> dict[str, Any]:
    r["age"] = age_on(dt.date.fromisoformat(r["birth_date"]), on)
    r["tier_label"] = TIERS[r["tier"]]
    r["status_label"] = STATUS[r["status"]]
    r["party_member"] = is_party_member(r["party_status"])
    return r


# -- the cadre team -------------------------------------------------------------------------
@dataclass
class CadreInput:
    village_id: int
    name: str
    post: str
    sex: str = ""
    birth_date: dt.date | None = None
    schooling: str = ""
    party_member: bool = False
    phone: str = ""
    line: str = ""
    appointed_on: dt.date | None = None
    term_start: dt.date | None = None
    # True for a newly appointed cadre: reviews at 3 months, 6 months, 1 year then yearly follow.
    new_appointment: bool = False
    note: str = ""


def _validate_cadre(data: CadreInput) -> None:
    if not data.name.strip():
        raise ValidationError("name", "请填写姓名。", code="required")
    _refuse_id_numbers({"name": data.name, "phone": data.phone, "note": data.note, "post": data.post})
    if not data.post.strip():
        raise ValidationError("post", "请填写职务。", code="required")
    if data.sex not in ("", "男", "女"):
        raise ValidationError("sex", "性别只能是男或女。", code="bad_sex")
    if data.birth_date and data.birth_date > today():
        raise ValidationError("birth_date", "出生日期不能在今天以后。", code="future")
    if data.schooling and data.schooling not in SCHOOLING:
        raise ValidationError("schooling", "请从列表中选择文化程度。", code="bad_schooling")
    if data.phone.strip() and not _PHONE_RE.match(data.phone.strip()):
        raise ValidationError("phone", "联系电话只能填数字（可带 - ），例如 13912345678。", code="bad_phone")
    if data.appointed_on and data.appointed_on > today():
        raise ValidationError("appointed_on", "任职日期不能在今天以后。", code="future")
    if data.new_appointment and data.appointed_on is None:
        raise ValidationError("appointed_on", "新任职的干部要填写任职日期，考察日期从这天算起。", code="required")


def _cadre_values(data: CadreInput) -> tuple[Any, ...]:
    return (data.name.strip(), data.sex, _d(data.birth_date), data.post.strip(), data.line.strip(),
            int(data.party_member), data.phone.strip(), _d(data.appointed_on), _d(data.term_start), data.schooling,
            data.note.strip())


_CADRE_COLS = ("name", "sex", "birth_date", "post", "line", "party_member", "phone", "appointed_on", "term_start",
               "schooling", "note")


def add_cadre(store: Store, actor: Actor, data: CadreInput) -> int:
    """Add a member to the village's cadre team (not from the reserve pool)."""
    require_write(actor, data.village_id)
    _village_exists(store, data.village_id)
    _validate_cadre(data)
    with store.transaction():
        cur = store.execute(
            f"INSERT INTO cadres (village_id, {', '.join(_CADRE_COLS)}, review_from, created_at)"
            f" VALUES ({', '.join('?' * (len(_CADRE_COLS) + 3))})",
            (data.village_id, *_cadre_values(data), _d(data.appointed_on) if data.new_appointment else None,
             now_iso()))
        cid = int(cur.lastrowid or 0)
        audit.append(store, actor, "create", "cadre", cid, village_id=data.village_id,
                     after=_row(store, "cadres", cid))
    return cid


def update_cadre(store: Store, actor: Actor, cadre_id: int, data: CadreInput) -> None:
    before = _cadre_row(store, cadre_id)
    require_write(actor, before["village_id"])
    if data.village_id != before["village_id"]:
        raise ValidationError("village", "村干部不能改到别的村。", code="move_village")
    _validate_cadre(data)
    review_from = _d(data.appointed_on) if data.new_appointment else None
    if review_from != before["review_from"] and store.scalar(
            "SELECT count(*) FROM cadre_reviews WHERE cadre_id=?", (cadre_id,)):
        raise RuleViolation(f"{before['name']}任职后的考察已经有记录，不能再改任职日期。", code="reviews_recorded")
    with store.transaction():
        store.execute(f"UPDATE cadres SET {', '.join(c + '=?' for c in _CADRE_COLS)}, review_from=? WHERE id=?",
                      (*_cadre_values(data), review_from, cadre_id))
        audit.append(store, actor, "update", "cadre", cadre_id, village_id=before["village_id"], before=before,
                     after=_row(store, "cadres", cadre_id))


def cadre_leaves(store: Store, actor: Actor, cadre_id: int, *, left_on: dt.date | None, reason: str) -> None:
    """A cadre leaves the team (离任); the record stays, meetings keep their attendance."""
    before = _cadre_row(store, cadre_id)
    require_write(actor, before["village_id"])
    if not before["active"]:
        raise RuleViolation(f"{before['name']}已经离任了。", code="not_active")
    if not reason.strip():
        raise ValidationError("left_reason", "请写明离任原因。", code="required")
    if left_on is None:
        raise ValidationError("left_on", "请填写离任日期。", code="required")
    if left_on > today():
        raise ValidationError("left_on", "离任日期不能在今天以后。", code="future")
    if before["appointed_on"] and left_on < dt.date.fromisoformat(before["appointed_on"]):
        raise ValidationError("left_on", f"离任日期早于任职日期 {before['appointed_on']}。", code="before_appointed")
    with store.transaction():
        store.execute("UPDATE cadres SET active=0, left_on=?, left_reason=? WHERE id=?",
                      (left_on.isoformat(), reason.strip(), cadre_id))
        audit.append(store, actor, "leave", "cadre", cadre_id, village_id=before["village_id"],
                     after={"left_on": left_on.isoformat(), "left_reason": reason.strip()})


def team(store: Store, actor: Actor, village_id: int, *, active_only: bool = True,
         on: dt.date | None = None) -> list[dict[str, Any]]:
    """The village's cadre team, with computed age."""
    require_read(actor, village_id)
    on = on or today()
    sql = "SELECT * FROM cadres WHERE village_id=?"
    if active_only:
        sql += " AND active=1"
    rows = store.query(sql + " ORDER BY active DESC, id", (village_id,))
    for r in rows:
        r["age"] = age_on(dt.date.fromisoformat(r["birth_date"]), on) if r["birth_date"] else None
    return rows


def get_cadre(store: Store, actor: Actor, cadre_id: int) -> dict[str, Any]:
    row = store.one("SELECT c.*, v.code AS village_code, v.name AS village_name FROM cadres c"
                    " JOIN villages v ON v.id=c.village_id WHERE c.id=?", (cadre_id,))
    if row is None:
        raise NotFound("没有这名村干部。")
    require_read(actor, row["village_id"])
    row["age"] = age_on(dt.date.fromisoformat(row["birth_date"]), today()) if row["birth_date"] else None
    return row


# -- cultivation and yearly assessments ------------------------------------------------------
@dataclass
class CultivationInput:
    village_id: int
    kind: str
    start_on: dt.date | None
    end_on: dt.date | None = None
    title: str = ""
    partner: str = ""
    note: str = ""
    candidate_ids: list[int] = field(default_factory=list)
    cadre_ids: list[int] = field(default_factory=list)


def add_cultivation(store: Store, actor: Actor, data: CultivationInput) -> list[int]:
    """Record one training, talk, temporary post or pairing for one or several people at once."""
    require_write(actor, data.village_id)
    people: list[tuple[int | None, int | None]] = []
    for cid in data.candidate_ids:
        row = _candidate_row(store, cid)
        require_write(actor, row["village_id"])
        if row["village_id"] != data.village_id:
            raise ValidationError("people", f"{row['name']}不是本村的后备干部。", code="foreign_person")
        people.append((cid, None))
    for cid in data.cadre_ids:
        row = _cadre_row(store, cid)
        require_write(actor, row["village_id"])
        if row["village_id"] != data.village_id:
            raise ValidationError("people", f"{row['name']}不是本村的干部。", code="foreign_person")
        people.append((None, cid))
    if data.kind not in CULTIVATION_KINDS:
        raise ValidationError("kind", "请选择培养方式。", code="required")
    if data.start_on is None:
        raise ValidationError("start_on", "请填写日期。", code="required")
    if data.start_on > today():
        raise ValidationError("start_on", "培养记录的日期不能在今天以后。", code="future")
    if data.end_on is not None and data.end_on < data.start_on:
        raise ValidationError("end_on", "结束日期早于开始日期。", code="end_before_start")
    if data.kind in ("temp_post", "pairing") and not data.partner.strip():
        what = "挂职单位" if data.kind == "temp_post" else "结对的村或单位"
        raise ValidationError("partner", f"请填写{what}。", code="required")
    if data.kind in ("pre_post", "in_post", "policy_law", "other") and not data.title.strip():
        raise ValidationError("title", "请填写培训或培养的内容。", code="required")
    _refuse_id_numbers({"title": data.title, "partner": data.partner, "note": data.note})
    if not people:
        raise ValidationError("people", "请至少选择一个人。", code="required")
    now = now_iso()
    ids: list[int] = []
    with store.transaction():
        vid = data.village_id
        for cand, cadre in people:
            cur = store.execute(
                "INSERT INTO cultivation (village_id, candidate_id, cadre_id, kind, start_on, end_on, title, partner,"
                " note, created_at) VALUES (?,?,?,?,?,?,?,?,?,?)",
                (vid, cand, cadre, data.kind, data.start_on.isoformat(), _d(data.end_on), data.title.strip(),
                 data.partner.strip(), data.note.strip(), now))
            rid = int(cur.lastrowid or 0)
            ids.append(rid)
            audit.append(store, actor, "create", "cultivation", rid, village_id=vid,
                         after=_row(store, "cultivation", rid))
    return ids


def delete_cultivation(store: Store, actor: Actor, record_id: int) -> None:
    row = store.one("SELECT * FROM cultivation WHERE id=?", (record_id,))
    if row is None:
        raise NotFound("没有这条培养记录。")
    require_write(actor, row["village_id"])
    with store.transaction():
        store.execute("DELETE FROM cultivation WHERE id=?", (record_id,))
        audit.append(store, actor, "delete", "cultivation", record_id, village_id=row["village_id"], before=row)


def list_cultivation(store: Store, actor: Actor, *, village_ids: list[int] | None = None,
                     year: int | None = None) -> list[dict[str, Any]]:
    ids = _readable(store, actor, village_ids)
    if not ids:
        return []
    sql = ("SELECT k.*, coalesce(r.name, c.name) AS person, v.name AS village_name FROM cultivation k"
           " JOIN villages v ON v.id=k.village_id LEFT JOIN reserve_candidates r ON r.id=k.candidate_id"
           " LEFT JOIN cadres c ON c.id=k.cadre_id"
           f" WHERE k.village_id IN ({','.join('?' * len(ids))})")
    params: list[Any] = list(ids)
    if year is not None:
        sql += " AND k.start_on BETWEEN ? AND ?"
        params += [f"{year}-01-01", f"{year}-12-31"]
    rows = store.query(sql + " ORDER BY k.start_on DESC, k.id DESC", params)
    for r in rows:
        r["kind_label"] = CULTIVATION_KINDS.get(r["kind"], r["kind"])
    return rows


def record_assessment(store: Store, actor: Actor, *, year: int, grade: str, candidate_id: int | None = None,
                      cadre_id: int | None = None, assessed_by: str = "", note: str = "") -> int:
    """The yearly assessment (年度考核) of a candidate or cadre; recording the same year again replaces it."""
    rows = ([_candidate_row(store, candidate_id)] if candidate_id is not None else []) + \
        ([_cadre_row(store, cadre_id)] if cadre_id is not None else [])
    for r in rows:
        require_write(actor, r["village_id"])
    if len(rows) != 1:
        raise ValidationError("person", "请选择考核的人（一名后备干部或一名村干部）。", code="required")
    row = rows[0]
    if grade not in GRADES:
        raise ValidationError("grade", "请选择考核等次：优秀、称职、基本称职或不称职。", code="required")
    if not 2000 <= year <= today().year:
        raise ValidationError("year", f"考核年度 {year} 不对。", code="bad_year")
    col = "candidate_id" if candidate_id is not None else "cadre_id"
    pid = candidate_id if candidate_id is not None else cadre_id
    with store.transaction():
        old = store.one(f"SELECT * FROM assessments WHERE {col}=? AND year=?", (pid, year))
        if old:
            store.execute("UPDATE assessments SET grade=?, assessed_by=?, note=? WHERE id=?",
                          (grade, assessed_by.strip(), note.strip(), old["id"]))
            aid = int(old["id"])
        else:
            cur = store.execute(
                f"INSERT INTO assessments (village_id, {col}, year, grade, assessed_by, note, created_at)"
                " VALUES (?,?,?,?,?,?,?)", (row["village_id"], pid, year, grade, assessed_by.strip(), note.strip(),
                                            now_iso()))
            aid = int(cur.lastrowid or 0)
        audit.append(store, actor, "update" if old else "create", "assessment", aid, village_id=row["village_id"],
                     before=old, after=_row(store, "assessments", aid))
    return aid


# -- one person's whole file (履历) -----------------------------------------------------------
def person_file(store: Store, actor: Actor, *, candidate_id: int | None = None,
                cadre_id: int | None = None) -> dict[str, Any]:
    """Everything about one person: pool entry, cultivation, assessments, post and reviews.

    Reached from either side: an appointed candidate and the cadre made from them are one person.
    """
    from villageadmin.core import cadre_reviews

    cand: dict[str, Any] | None = None
    cadre: dict[str, Any] | None = None
    if candidate_id is not None:
        cand = get_candidate(store, actor, candidate_id)
        if cand["cadre_id"]:
            cadre = get_cadre(store, actor, cand["cadre_id"])
    elif cadre_id is not None:
        cadre = get_cadre(store, actor, cadre_id)
        if cadre["candidate_id"]:
            cand = get_candidate(store, actor, cadre["candidate_id"])
    else:
        raise ValidationError("person", "请选择一个人。", code="required")
    base = cand or cadre
    assert base is not None
    cand_id = cand["id"] if cand else None
    cad_id = cadre["id"] if cadre else None
    where = "(candidate_id IS ? AND candidate_id IS NOT NULL) OR (cadre_id IS ? AND cadre_id IS NOT NULL)"
    cultivation = store.query(f"SELECT * FROM cultivation WHERE {where} ORDER BY start_on, id", (cand_id, cad_id))
    for r in cultivation:
        r["kind_label"] = CULTIVATION_KINDS.get(r["kind"], r["kind"])
    assessments = store.query(f"SELECT * FROM assessments WHERE {where} ORDER BY year, id", (cand_id, cad_id))
    reviews = cadre_reviews.for_cadre(store, actor, cad_id) if cad_id else []
    party_status = cand["party_status"] if cand else ("中共党员" if cadre and cadre["party_member"] else "")
    return {
        "name": base["name"], "sex": base["sex"], "birth_date": base["birth_date"], "age": base["age"],
        "schooling": base["schooling"], "party_status": party_status, "phone": base["phone"],
        "village_id": base["village_id"], "village_name": base["village_name"], "village_code": base["village_code"],
        "candidate": cand, "cadre": cadre, "cultivation": cultivation, "assessments": assessments,
        "reviews": reviews,
    }


# -- helpers ---------------------------------------------------------------------------------
def _readable(store: Store, actor: Actor, village_ids: list[int] | None) -> list[int]:
    ids = village_ids if village_ids is not None else visible_village_ids(store, actor)
    for vid in ids:
        require_read(actor, vid)
    return ids


def _village_exists(store: Store, village_id: int) -> None:
    if store.one("SELECT id FROM villages WHERE id=?", (village_id,)) is None:
        raise NotFound("没有这个村。")


def _row(store: Store, table: str, rid: int) -> dict[str, Any]:
    row = store.one(f"SELECT * FROM {table} WHERE id=?", (rid,))
    assert row is not None
    return row


def _candidate_row(store: Store, candidate_id: int) -> dict[str, Any]:
    row = store.one("SELECT * FROM reserve_candidates WHERE id=?", (candidate_id,))
    if row is None:
        raise NotFound("没有这名后备干部。")
    return row


def _cadre_row(store: Store, cadre_id: int) -> dict[str, Any]:
    row = store.one("SELECT * FROM cadres WHERE id=?", (cadre_id,))
    if row is None:
        raise NotFound("没有这名村干部。")
    return row
