"""Which tables travel from a village to the township, and how each row is checked and re-keyed.

One entry per table, parents before children. Adding an area to the sync is adding its entries
here: the village column (or the parent that owns the row), the columns that point at other
synced rows (re-keyed at the township), the columns that point at township-level lists (matched
there by name or code), and a validator for every column whose values have rules.
A test compares the declared references with the foreign keys the schema really has.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

# A validator returns None when the value is fine, else a short plain-Chinese problem.
Validator = Callable[[Any], "str | None"]


# -- validators ----------------------------------------------------------------------------------
def _nullable(check: Validator) -> Validator:
    def v(value: Any) -> str | None:
        return None if value is None else check(value)

    _NULLABLE[v] = check
    return v


# How to check a whole column's distinct values at once (see ``all_fine``).
_NULLABLE: dict[Validator, Validator] = {}
_ALLOWED: dict[Validator, Callable[[], set[Any]]] = {}


_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
# (groups not captured: ``all_fine`` runs the pattern over a whole column's values at once)
_DATETIME = re.compile(r"\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?")
_TIME = re.compile(r"([01]\d|2[0-3]):[0-5]\d")
_MONTH = re.compile(r"\d{4}-(0[1-9]|1[0-2])")
_CODE = re.compile(r"[A-Za-z0-9_\-]{1,40}")


def _date(value: Any) -> str | None:
    if not isinstance(value, str) or not _DATE.fullmatch(value):
        return f"“{value}”不是日期（应为 2026-11-03 的样子）"
    try:
        dt.date.fromisoformat(value)
    except ValueError:
        return f"日期 {value} 不存在"
    return None


def _datetime(value: Any) -> str | None:
    if not isinstance(value, str) or not _DATETIME.fullmatch(value):
        return f"“{value}”不是日期时间"
    try:
        dt.datetime.fromisoformat(value)
    except ValueError:
        return f"日期时间 {value} 不存在"
    return None


def _time(value: Any) -> str | None:
    if value == "":
        return None
    if not isinstance(value, str) or not _TIME.fullmatch(value):
        return f"“{value}”不是时间（应为 09:00 的样子）"
    return None


def _month(value: Any) -> str | None:
    if not isinstance(value, str) or not _MONTH.fullmatch(value):
        return f"“{value}”不是月份（应为 2026-11 的样子）"
    return None


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _fen(value: Any) -> str | None:
    if not _is_int(value):
        return f"金额“{value}”不是整数分"
    if value < 0:
        return f"金额 {value} 分是负数"
    if value > 100_000_000_00:
        return f"金额 {value} 分大得不合理"
    return None


def _signed_fen(value: Any) -> str | None:
    if not _is_int(value):
        return f"金额“{value}”不是整数分"
    if abs(value) > 100_000_000_00:
        return f"金额 {value} 分大得不合理"
    return None


def _count(value: Any) -> str | None:
    if not _is_int(value) or value < 0:
        return f"“{value}”不是非负整数"
    return None


def _flag(value: Any) -> str | None:
    if value not in (0, 1) or isinstance(value, bool) or not _is_int(value):
        return f"“{value}”只能是 0 或 1"
    return None


def _year(value: Any) -> str | None:
    if not _is_int(value) or not 1990 <= value <= 2200:
        return f"年份“{value}”不对"
    return None


def _score(value: Any) -> str | None:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not 0 <= value <= 100:
        return f"分数“{value}”应在 0 到 100 之间"
    return None


def one_of(values: Iterable[Any] | Callable[[], Iterable[Any]]) -> Validator:
    allowed: set[Any] | None = None if callable(values) else set(values)

    def v(value: Any) -> str | None:
        if isinstance(value, bool) or value not in allowed_values():
            return f"“{value}”不是认得的种类"
        return None

    def allowed_values() -> set[Any]:
        nonlocal allowed
        if allowed is None:  # the area's constants, looked up once when first needed
            allowed = set(values())  # type: ignore[operator]
        return allowed

    _ALLOWED[v] = allowed_values

    return v


def _code(value: Any) -> str | None:
    if not isinstance(value, str) or not _CODE.fullmatch(value):
        return f"“{value}”不是种类代码"
    return None


DATE = _date
DATE_OR_NULL = _nullable(_date)
DATETIME = _datetime
DATETIME_OR_NULL = _nullable(_datetime)
TIME_OR_EMPTY = _time
MONTH = _month
FEN = _fen
FEN_OR_NULL = _nullable(_fen)
SIGNED_FEN = _signed_fen
SIGNED_FEN_OR_NULL = _nullable(_signed_fen)
COUNT = _count
COUNT_OR_NULL = _nullable(_count)
FLAG = _flag
FLAG_OR_NULL = _nullable(_flag)
YEAR = _year
SCORE_OR_NULL = _nullable(_score)
CODE = _code


def _iso_all(values: set[Any], pattern: re.Pattern[str], parse: Callable[[str], Any]) -> bool:
    """Every value text that ``pattern`` matches whole and ``parse`` reads: one regex over all."""
    if set(map(type, values)) != {str}:
        return False
    joined = "\n".join(values)
    # No value holds a line break (the pattern matches none), so the pieces are exactly the values.
    if joined.count("\n") != len(values) - 1 or not pattern.fullmatch(joined):
        return False
    try:
        for _ in map(parse, values):
            pass
    except ValueError:
        return False
    return True


def _lines_of(pattern: re.Pattern[str]) -> re.Pattern[str]:
    return re.compile(f"(?:{pattern.pattern})(?:\n(?:{pattern.pattern}))*")


_DATE_LINES, _DATETIME_LINES = _lines_of(_DATE), _lines_of(_DATETIME)
# Whole-number validators: (lowest, highest) allowed.
_INT_RANGES: dict[Validator, tuple[float, float]] = {
    _fen: (0, 100_000_000_00), _signed_fen: (-100_000_000_00, 100_000_000_00), _count: (0, math.inf),
    _flag: (0, 1), _year: (1990, 2200)}


def all_fine(check: Validator, values: set[Any]) -> bool:
    """True when ``check`` finds nothing wrong with any of ``values`` (a column's distinct values).

    The common validators look at the whole set at once; the answer is the same as asking value
    by value, which is what happens for any other validator.
    """
    if not values:
        return True
    inner = _NULLABLE.get(check)
    if inner is not None:
        return all_fine(inner, values - {None}) if None in values else all_fine(inner, values)
    types = set(map(type, values))
    if check in _INT_RANGES:
        if types == {int}:
            low, high = _INT_RANGES[check]
            return bool(low <= min(values) and max(values) <= high)
    elif check is _date:
        return _iso_all(values, _DATE_LINES, dt.date.fromisoformat) or not any(map(check, values))
    elif check is _datetime:
        return _iso_all(values, _DATETIME_LINES, dt.datetime.fromisoformat) or not any(map(check, values))
    elif check in _ALLOWED:
        if bool not in types:
            try:
                return values <= _ALLOWED[check]()
            except TypeError:  # an unhashable value: value by value says what is wrong
                pass
    return not any(map(check, values))


def _const(module: str, name: str, *extra: Any) -> Callable[[], Iterable[Any]]:
    """The allowed values as the area module defines them (looked up when a file is checked)."""
    def values() -> Iterable[str]:
        import importlib

        return [*importlib.import_module(module).__dict__[name], *extra]

    return values


# -- the registry ---------------------------------------------------------------------------------
@dataclass(frozen=True)
class SharedTable:
    """A township-level list that village rows point at (township staff, project kinds).

    At the township a village's entry is matched to the township's own by ``match`` columns, and
    added to the list when there is none.
    """

    name: str
    key: str  # the column village rows point at (``id`` or a code)
    match: tuple[str, ...]  # columns that say "the same entry" at the township
    columns: tuple[str, ...]  # columns carried (including key and match)
    create: tuple[str, ...]  # columns filled in when the township adds a village's entry to its list


@dataclass(frozen=True)
class SyncTable:
    name: str
    label: str  # plain Chinese, for reports ("会议记录")
    village: str | None = "village_id"  # the column holding the village, if the row has one
    owner: tuple[str, str] | None = None  # (column, parent table) for rows without a village column
    refs: Mapping[str, str] = field(default_factory=dict)  # column -> synced table, re-keyed
    shared: Mapping[str, str] = field(default_factory=dict)  # column -> shared table, matched
    checks: Mapping[str, Validator] = field(default_factory=dict)
    after_merge: str | None = None  # "module:function" run after a merge touched this table
    # References that may point at a row the village has since deleted (no foreign key): such a
    # reference travels as null.
    soft_refs: frozenset[str] = frozenset()
    # Columns the township itself decides (its review of an expense). While the village has not yet
    # applied a township decision, the township keeps its own values for these columns.
    township_columns: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        assert (self.village is None) != (self.owner is None), self.name


SHARED: dict[str, SharedTable] = {s.name: s for s in (
    SharedTable("township_staff", key="id", match=("name",), columns=("id", "name", "title", "is_office_member"),
                create=("name", "title")),
    SharedTable("project_kinds", key="code", match=("code",), columns=("code", "label", "seq"),
                create=("code", "label", "seq")),
)}

_MEETING_ROLES = ("leader", "instructor", "liaison", "office")
_RES_STATUS = ("open", "done", "dropped")

TABLES: list[SyncTable] = [
    # -- the village's cadres (base table, extended by the cadres area) --
    SyncTable("cadres", "村干部", refs={"candidate_id": "reserve_candidates"}, checks={
        "sex": one_of(("", "男", "女")), "birth_date": DATE_OR_NULL, "party_member": FLAG,
        "appointed_on": DATE_OR_NULL, "term_start": DATE_OR_NULL, "active": FLAG, "left_on": DATE_OR_NULL,
        "review_from": DATE_OR_NULL, "created_at": DATETIME}),
    # -- meetings (会议记录) --
    SyncTable("meetings", "会议记录", checks={
        "kind": one_of(_const("villageadmin.core.meetings", "KINDS")), "held_on": DATE, "start_time": TIME_OR_EMPTY,
        "created_at": DATETIME, "updated_at": DATETIME},
        after_merge="villageadmin.core.sync.hooks:reindex_meetings"),
    SyncTable("meeting_attendance", "会议出席", village=None, owner=("meeting_id", "meetings"),
              refs={"meeting_id": "meetings", "cadre_id": "cadres"}, checks={"present": FLAG}),
    SyncTable("meeting_township", "乡镇参会人员", village=None, owner=("meeting_id", "meetings"),
              refs={"meeting_id": "meetings"}, shared={"staff_id": "township_staff"},
              checks={"role": one_of(_MEETING_ROLES)}),
    SyncTable("meeting_agenda", "会议议题", village=None, owner=("meeting_id", "meetings"),
              refs={"meeting_id": "meetings"}, checks={"seq": COUNT}),
    SyncTable("meeting_reports", "工作汇报", village=None, owner=("meeting_id", "meetings"),
              refs={"meeting_id": "meetings"}, checks={"seq": COUNT}),
    SyncTable("resolutions", "会议决议", refs={"meeting_id": "meetings", "closed_meeting_id": "meetings"},
              checks={"seq": COUNT, "due_on": DATE, "status": one_of(_RES_STATUS), "closed_on": DATE_OR_NULL}),
    SyncTable("resolution_followups", "决议跟进", village=None, owner=("meeting_id", "meetings"),
              refs={"resolution_id": "resolutions", "meeting_id": "meetings"},
              checks={"status": one_of(_RES_STATUS)}),
    # -- reserve cadres (后备干部) and the cadre team's reviews --
    SyncTable("reserve_candidates", "后备干部", refs={"cadre_id": "cadres"}, checks={
        "sex": one_of(("男", "女")), "birth_date": DATE,
        "schooling": one_of(_const("villageadmin.core.cadres", "SCHOOLING", "")),
        "party_status": one_of(_const("villageadmin.core.cadres", "PARTY_STATUS")),
        "exam_score": SCORE_OR_NULL, "interview_score": SCORE_OR_NULL, "entered_on": DATE,
        "tier": one_of(_const("villageadmin.core.cadres", "TIERS")),
        "status": one_of(_const("villageadmin.core.cadres", "STATUS")),
        "appointed_on": DATE_OR_NULL, "left_on": DATE_OR_NULL, "created_at": DATETIME, "updated_at": DATETIME}),
    SyncTable("cultivation", "培养记录", refs={"candidate_id": "reserve_candidates", "cadre_id": "cadres"}, checks={
        "kind": one_of(_const("villageadmin.core.cadres", "CULTIVATION_KINDS")), "start_on": DATE,
        "end_on": DATE_OR_NULL, "created_at": DATETIME}),
    SyncTable("assessments", "年度考核", refs={"candidate_id": "reserve_candidates", "cadre_id": "cadres"}, checks={
        "year": YEAR, "grade": one_of(_const("villageadmin.core.cadres", "GRADES")), "created_at": DATETIME}),
    SyncTable("cadre_reviews", "任职考察", refs={"cadre_id": "cadres"}, checks={
        "seq": COUNT, "due_on": DATE, "held_on": DATE,
        "rating": one_of(_const("villageadmin.core.cadres", "GRADES", "")),
        "decision": one_of(_const("villageadmin.core.cadre_reviews", "DECISIONS", "")), "created_at": DATETIME}),
    # -- non-productive expenses (非生产性开支) --
    SyncTable("expenses", "开支申请",
              refs={"handler_id": "cadres", "reverses_id": "expenses", "village_approver_id": "cadres",
                    "second_signer_id": "cadres"},
              checks={
                  "seq": COUNT, "kind": CODE, "spent_on": DATE, "budget_year": YEAR, "amount_fen": SIGNED_FEN,
                  "receipts": COUNT, "pay_method": one_of(("cash", "transfer")),
                  "status": one_of(_const("villageadmin.core.schema_expenses", "STATUSES")),
                  "needs_township": FLAG, "needs_second": FLAG, "created_at": DATETIME,
                  "item_limit_fen": FEN_OR_NULL, "annual_limit_fen": FEN_OR_NULL, "ytd_before_fen": SIGNED_FEN_OR_NULL,
                  "village_approved_at": DATETIME_OR_NULL, "township_reviewed_at": DATETIME_OR_NULL,
                  "paid_on": DATE_OR_NULL, "paid_at": DATETIME_OR_NULL, "refused_at": DATETIME_OR_NULL,
                  "refused_stage": one_of(("rule", "village", "township", "handler", None))},
              township_columns=("status", "township_reviewer", "township_reviewed_at", "township_opinion",
                                "refused_at", "refused_by", "refused_stage", "refused_rule", "refused_reason")),
    SyncTable("expense_publications", "财务公开", checks={
        "month": MONTH, "posted_on": DATE, "total_fen": SIGNED_FEN, "items": COUNT, "created_at": DATETIME}),
    # -- the bidding register (招投标登记) --
    SyncTable("projects", "工程项目", shared={"kind": "project_kinds"}, checks={
        "registered_on": DATE, "township_fen": FEN, "village_fen": FEN, "grant_fen": FEN, "public_fen": FEN,
        "other_fen": FEN, "public_interest": FLAG, "stage": one_of(_const("villageadmin.core.bidding", "STAGE_LABELS")),
        "created_at": DATETIME, "updated_at": DATETIME}),
    SyncTable("project_stages", "工程环节", village=None, owner=("project_id", "projects"),
              refs={"project_id": "projects"}, checks={
                  "stage": one_of(_const("villageadmin.core.bidding", "STAGES")), "done_on": DATE,
                  "method": one_of(_const("villageadmin.core.bidding", "METHODS", None)), "notice_on": DATE_OR_NULL,
                  "amount_fen": FEN_OR_NULL, "start_on": DATE_OR_NULL, "end_on": DATE_OR_NULL,
                  "result": one_of(_const("villageadmin.core.bidding", "ACCEPTANCE_RESULTS", None)),
                  "created_at": DATETIME}),
    SyncTable("project_bids", "投标报价", village=None, owner=("project_id", "projects"),
              refs={"project_id": "projects"}, checks={"seq": COUNT, "amount_fen": FEN, "is_winner": FLAG}),
    SyncTable("project_payments", "工程付款", village=None, owner=("project_id", "projects"),
              refs={"project_id": "projects"}, checks={
                  "paid_on": DATE, "amount_fen": FEN, "kind": one_of(_const("villageadmin.core.bidding", "PAYMENT_KINDS")),
                  "created_at": DATETIME}),
    # -- major matters (重大事项, 四议两公开) --
    SyncTable("decision_matters", "重大事项", refs={"project_id": "projects"}, soft_refs=frozenset({"project_id"}),
              checks={
                  "kind": one_of(_const("villageadmin.core.decisions_state", "KINDS")), "amount_fen": FEN_OR_NULL,
                  "round": COUNT, "returned_on": DATE_OR_NULL, "started_on": DATE_OR_NULL,
                  "status": one_of(("open", "closed")), "closed_on": DATE_OR_NULL, "created_on": DATE,
                  "created_at": DATETIME, "updated_at": DATETIME}),
    SyncTable("decision_steps", "事项步骤", village=None, owner=("matter_id", "decision_matters"),
              refs={"matter_id": "decision_matters", "meeting_id": "meetings"}, checks={
                  "round": COUNT, "step": one_of(range(1, 7)), "done_on": DATE,
                  "body": one_of(_const("villageadmin.core.decisions_votes", "BODIES", "")),
                  "basis": one_of(("", "persons", "households")), "members": COUNT_OR_NULL, "present": COUNT_OR_NULL,
                  "votes_for": COUNT_OR_NULL, "votes_against": COUNT_OR_NULL, "votes_abstain": COUNT_OR_NULL,
                  "quorum_ok": FLAG_OR_NULL, "passed": FLAG, "period_days": COUNT_OR_NULL, "created_at": DATETIME}),
]


# -- helpers ---------------------------------------------------------------------------------------
def by_name() -> dict[str, SyncTable]:
    return {t.name: t for t in TABLES}


def order() -> list[str]:
    return [t.name for t in TABLES]


def deferred_refs(table: SyncTable) -> set[str]:
    """Reference columns pointing at this table or a later one: written in a second pass at import."""
    names = order()
    pos = names.index(table.name)
    return {col for col, target in table.refs.items() if target in names and names.index(target) >= pos}


def owner_chain(table: SyncTable) -> list[tuple[str, str]]:
    """The (column, parent table) steps from a row to the table that holds its village column."""
    chain: list[tuple[str, str]] = []
    t = table
    reg = by_name()
    while t.owner is not None:
        chain.append(t.owner)
        t = reg[t.owner[1]]
    return chain


def village_column(table: SyncTable) -> str:
    """The village column at the end of the owner chain."""
    t = table
    reg = by_name()
    while t.owner is not None:
        t = reg[t.owner[1]]
    assert t.village is not None
    return t.village
