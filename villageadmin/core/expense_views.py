"""Reading expenses: paged lists, the month's ledger by kind, the year's rows, the township overview."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from villageadmin.core.accounts import Actor, require_read
from villageadmin.core.clock import today
from villageadmin.core.errors import NotFound
from villageadmin.core.expenses import (_COMMITTED_SQL, PAY_METHODS, STATUS_LABELS, ExpensePolicy, kind_names,
                                        month_bounds, publication, rules, status_label, ytd_by_kind)
from villageadmin.core.schema_expenses import CLOSED_WHERE, OPEN_WHERE

if TYPE_CHECKING:
    from villageadmin.core.store import Store


@dataclass
class ExpenseFilter:
    village_id: int | None = None
    year: int | None = None
    month: int | None = None
    kind: str | None = None
    statuses: tuple[str, ...] = ()
    refused_rule: str | None = None


def _where(actor: Actor, f: ExpenseFilter) -> tuple[str, list[Any]]:
    where: list[str] = []
    params: list[Any] = []
    if f.village_id is not None:
        require_read(actor, f.village_id)
        where.append("e.village_id=?")
        params.append(f.village_id)
    elif not actor.is_township:
        where.append("e.village_id=?")
        params.append(actor.village_id)
    if f.year is not None:
        if f.month is not None:
            first, last = month_bounds(f.year, f.month)
        else:
            first, last = dt.date(f.year, 1, 1), dt.date(f.year, 12, 31)
        where.append("e.spent_on BETWEEN ? AND ?")
        params += [first.isoformat(), last.isoformat()]
    if f.kind:
        where.append("e.kind=?")
        params.append(f.kind)
    if f.statuses:
        # Inlined (they are known words): SQLite only uses a partial index when the query repeats its
        # condition literally, and never for a bound parameter.
        bad = [x for x in f.statuses if x not in STATUS_LABELS]
        if bad:
            raise ValueError(f"unknown status {bad}")
        where.append("e.status IN (" + ", ".join(f"'{x}'" for x in f.statuses) + ")")
        if set(f.statuses) <= {"pending", "township"}:
            where.append("e." + OPEN_WHERE)
        elif set(f.statuses) <= {"refused", "withdrawn"}:
            where.append("e." + CLOSED_WHERE)
    if f.refused_rule:
        where.append("e.refused_rule LIKE ?")
        params.append(f.refused_rule)
    return (" WHERE " + " AND ".join(where)) if where else "", params


_SORTS = {"date": "e.spent_on {d}, e.id {d}", "amount": "e.amount_fen {d}, e.id {d}", "seq": "e.seq {d}, e.id {d}",
          "kind": "e.kind {d}, e.spent_on DESC, e.id DESC", "status": "e.status {d}, e.spent_on DESC, e.id DESC",
          "village": "e.village_id {d}, e.spent_on DESC, e.id DESC"}


def list_expenses(store: Store, actor: Actor, f: ExpenseFilter | None = None, *, limit: int = 200,
                  offset: int = 0, sort: str = "date", descending: bool = True) -> list[dict[str, Any]]:
    """One page of requests, newest first by default (SQL LIMIT/OFFSET; the views page through it)."""
    f = f or ExpenseFilter()
    where, params = _where(actor, f)
    order = _SORTS.get(sort, _SORTS["date"]).format(d="DESC" if descending else "ASC")
    rows = store.query(
        "SELECT e.id, e.village_id, v.name AS village_name, e.seq, e.kind, e.spent_on, e.amount_fen, e.payee,"
        " e.purpose, e.handler_name, e.status, e.reverses_id, e.needs_township, e.village_approver_name,"
        " e.refused_rule, e.refused_reason FROM expenses e JOIN villages v ON v.id=e.village_id"
        f"{where} ORDER BY {order} LIMIT ? OFFSET ?", [*params, limit, offset])
    names = kind_names(store)
    for r in rows:
        r["kind_name"] = names.get(r["kind"], r["kind"])
        r["status_label"] = status_label(r)
    return rows


def count_expenses(store: Store, actor: Actor, f: ExpenseFilter | None = None) -> int:
    where, params = _where(actor, f or ExpenseFilter())
    return int(store.scalar(f"SELECT count(*) FROM expenses e{where}", params) or 0)


def years_with_records(store: Store, actor: Actor, village_id: int | None = None) -> list[int]:
    where, params = _where(actor, ExpenseFilter(village_id=village_id))
    lo_hi = store.one(f"SELECT min(e.spent_on) AS lo, max(e.spent_on) AS hi FROM expenses e{where}", params)
    t = today().year
    if not lo_hi or not lo_hi["lo"]:
        return [t]
    return list(range(max(int(lo_hi["hi"][:4]), t), int(lo_hi["lo"][:4]) - 1, -1))


@dataclass
class LedgerKind:
    code: str
    name: str
    rows: list[dict[str, Any]]
    month_fen: int
    ytd_fen: int
    annual_limit_fen: int
    per_item_limit_fen: int

    @property
    def left_fen(self) -> int:
        return self.annual_limit_fen - self.ytd_fen


@dataclass
class MonthLedger:
    """The month's booked spending by kind, with year-to-date against limits (台账)."""

    village: dict[str, Any]
    township: str
    year: int
    month: int | None  # None: the whole year
    kinds: list[LedgerKind]
    unbooked: list[dict[str, Any]]  # this month's requests still waiting, refused or withdrawn
    publication: dict[str, Any] | None
    policy: ExpensePolicy
    month_fen: int = 0
    ytd_fen: int = 0
    items: int = 0
    extra: dict[str, Any] = field(default_factory=dict)


def month_ledger(store: Store, actor: Actor, village_id: int, year: int, month: int | None) -> MonthLedger:
    """The ledger of one month, or with ``month=None`` of the whole year."""
    require_read(actor, village_id)
    v = store.one("SELECT id, code, name FROM villages WHERE id=?", (village_id,))
    if v is None:
        raise NotFound("没有这个村。")
    first, last = month_bounds(year, month) if month else (dt.date(year, 1, 1), dt.date(year, 12, 31))
    pol = rules(store, min(last, max(first, today())))
    names = kind_names(store)
    rows = store.query(
        "SELECT * FROM expenses WHERE village_id=? AND spent_on BETWEEN ? AND ? ORDER BY spent_on, seq, id",
        (village_id, first.isoformat(), last.isoformat()))
    ytd = ytd_by_kind(store, village_id, year, through=last)
    booked: dict[str, list[dict[str, Any]]] = {}
    unbooked: list[dict[str, Any]] = []
    for r in rows:
        r["kind_name"] = names.get(r["kind"], r["kind"])
        r["status_label"] = status_label(r)
        if r["status"] in ("approved", "paid"):
            booked.setdefault(r["kind"], []).append(r)
        else:
            unbooked.append(r)
    codes = list(pol.kinds) + [k for k in sorted(set(booked) | set(ytd)) if k not in pol.kinds]
    kinds: list[LedgerKind] = []
    for code in codes:
        rule = pol.kinds.get(code)
        if rule is not None and not rule.active and code not in booked and not ytd.get(code):
            continue
        krows = booked.get(code, [])
        kinds.append(LedgerKind(code, names.get(code, code), krows, sum(r["amount_fen"] for r in krows),
                                ytd.get(code, 0), rule.annual_limit_fen if rule else 0,
                                rule.per_item_limit_fen if rule else 0))
    led = MonthLedger(v, str(store.scalar("SELECT name FROM township WHERE id=1") or ""), year, month, kinds,
                      unbooked, publication(store, village_id, year, month) if month else None, pol)
    led.month_fen = sum(k.month_fen for k in kinds)
    led.ytd_fen = sum(k.ytd_fen for k in kinds)
    led.items = sum(len(k.rows) for k in kinds)
    return led


def year_rows(store: Store, actor: Actor, village_id: int, year: int) -> list[dict[str, Any]]:
    """Every request and reversal of a village dated in ``year``, for the Excel ledger."""
    require_read(actor, village_id)
    rows = store.query("SELECT * FROM expenses WHERE village_id=? AND spent_on BETWEEN ? AND ? ORDER BY spent_on,"
                       " seq, id", (village_id, f"{year}-01-01", f"{year}-12-31"))
    names = kind_names(store)
    for r in rows:
        r["kind_name"] = names.get(r["kind"], r["kind"])
        r["status_label"] = status_label(r)
        r["pay_method_label"] = PAY_METHODS.get(r["pay_method"], r["pay_method"])
    return rows


def month_publications(store: Store, actor: Actor, village_id: int, year: int) -> dict[int, dict[str, Any]]:
    require_read(actor, village_id)
    return {int(r["month"][5:7]): r for r in store.query(
        "SELECT * FROM expense_publications WHERE village_id=? AND month LIKE ?", (village_id, f"{year}-%"))}


# -- the township's view ------------------------------------------------------------------
@dataclass
class VillageSpending:
    village_id: int
    code: str
    name: str
    by_kind: dict[str, int]
    total_fen: int
    waiting_township: int
    waiting_village: int
    refused: int
    over_limit_attempts: int
    hospitality_attempts: int
    unpublished_months: int = 0

    def over_kinds(self, pol: ExpensePolicy) -> list[str]:
        return [c for c, fen in self.by_kind.items() if c in pol.kinds and fen > pol.kinds[c].annual_limit_fen]


def township_overview(store: Store, actor: Actor, year: int, *,
                      village_ids: list[int] | None = None) -> tuple[ExpensePolicy, list[VillageSpending]]:
    """All villages side by side: spending by kind against limits, waiting, refused and over-limit attempts."""
    from villageadmin.core.accounts import visible_village_ids

    ids = village_ids if village_ids is not None else visible_village_ids(store, actor)
    for vid in ids:
        require_read(actor, vid)
    t = today()
    pol = rules(store, dt.date(year, 12, 31) if year < t.year else t)
    if not ids:
        return pol, []
    villages = {r["id"]: r for r in store.query(
        f"SELECT id, code, name FROM villages WHERE id IN ({','.join('?' * len(ids))})", ids)}
    wanted = set(ids)
    out = {vid: VillageSpending(vid, villages[vid]["code"], villages[vid]["name"], {}, 0, 0, 0, 0, 0, 0)
           for vid in ids}
    marks = ",".join("?" * len(ids))
    for vid, kind, fen in store.execute(
            f"SELECT village_id, kind, sum(amount_fen) FROM expenses WHERE village_id IN ({marks}) AND budget_year=?"
            f" AND status IN {_COMMITTED_SQL} GROUP BY village_id, kind", (*ids, year)):
        if vid in wanted:
            out[vid].by_kind[kind] = int(fen)
            out[vid].total_fen += int(fen)
    for vid, status, n in store.execute(
            f"SELECT village_id, status, count(*) FROM expenses WHERE {OPEN_WHERE} GROUP BY village_id, status"):
        if vid in wanted:
            if status == "township":
                out[vid].waiting_township = int(n)
            else:
                out[vid].waiting_village = int(n)
    for vid, rule, n in store.execute(
            f"SELECT village_id, refused_rule, count(*) FROM expenses WHERE village_id IN ({marks})"
            f" AND {CLOSED_WHERE} AND status = 'refused' AND spent_on BETWEEN ? AND ?"
            f" GROUP BY village_id, refused_rule",
            (*ids, f"{year}-01-01", f"{year}-12-31")):
        if vid in wanted:
            vs = out[vid]
            vs.refused += int(n)
            if rule in ("over_item_limit", "over_annual_limit"):
                vs.over_limit_attempts += int(n)
            elif rule == "hospitality":
                vs.hospitality_attempts += int(n)
    return pol, [out[vid] for vid in ids]


SUMMARY_SLICE = 50  # villages per query of township_summary


@dataclass
class TownshipSpendingSummary:
    """The township's year in a few figures (the line above the all-villages table, and its chart)."""

    policy: ExpensePolicy
    villages: int
    total_fen: int  # committed spending of every kind
    by_kind: dict[str, int]  # committed spending per kind, the township's villages together
    waiting_township: int
    over_villages: int  # villages over the year's limit of a kind still in use


def township_summary(store: Store, actor: Actor, year: int, *,
                     village_ids: list[int] | None = None) -> TownshipSpendingSummary:
    """The figures of ``township_overview`` added up over every village, by aggregate SQL (one GROUP BY
    village and kind) instead of the villages' rows."""
    from villageadmin.core.accounts import visible_village_ids

    ids = village_ids if village_ids is not None else visible_village_ids(store, actor)
    for vid in ids:
        require_read(actor, vid)
    t = today()
    pol = rules(store, dt.date(year, 12, 31) if year < t.year else t)
    out = TownshipSpendingSummary(pol, len(ids), 0, {}, 0, 0)
    if not ids:
        return out
    wanted = set(ids)
    limits = {k.code: k.annual_limit_fen for k in pol.kinds.values() if k.active and not k.always_refused}
    over: set[int] = set()
    # A slice of villages per query: the UI runs this on the worker, and a query holds the shared connection
    # until it has added up all its rows, so the list's own queries wait for one slice at most.
    for i in range(0, len(ids), SUMMARY_SLICE):
        part = ids[i:i + SUMMARY_SLICE]
        for vid, kind, fen in store.execute(
                f"SELECT village_id, kind, sum(amount_fen) FROM expenses WHERE village_id IN ({','.join('?' * len(part))})"
                f" AND budget_year=? AND status IN {_COMMITTED_SQL} GROUP BY village_id, kind", (*part, year)):
            out.total_fen += int(fen)
            out.by_kind[kind] = out.by_kind.get(kind, 0) + int(fen)
            if kind in limits and int(fen) > limits[kind]:
                over.add(vid)
    out.over_villages = len(over)
    for vid, n in store.execute(f"SELECT village_id, count(*) FROM expenses WHERE {OPEN_WHERE} AND status = 'township'"
                                " GROUP BY village_id"):
        if vid in wanted:
            out.waiting_township += int(n)
    return out


def waiting_for_township(store: Store, actor: Actor, *, limit: int = 500) -> list[dict[str, Any]]:
    return list_expenses(store, actor, ExpenseFilter(statuses=("township",)), limit=limit, sort="date",
                         descending=False)
