"""Rule findings across all areas — what `villageadmin check` prints and the overviews show.

Each area module exposes ``findings(store, village_ids) -> list[Finding]``; ``AREAS`` lists them.
"""

from __future__ import annotations

import calendar
import datetime as dt
import importlib
import json
import os
from concurrent.futures import ThreadPoolExecutor
from json.encoder import encode_basestring as _encode
from dataclasses import dataclass, fields
from typing import TYPE_CHECKING, Any

from villageadmin.core import policy
from villageadmin.core.accounts import Actor, require_read, visible_village_ids
from villageadmin.core.clock import today

if TYPE_CHECKING:
    from villageadmin.core.store import Store

SEVERITIES = ("error", "warning", "info")


@dataclass
class Finding:
    village: str | None  # village code, None for township-wide findings
    module: str
    rule: str
    severity: str
    message: str
    record: int | None = None
    record_type: str | None = None
    date: str | None = None

    def as_json(self) -> dict[str, Any]:
        # The fields in order, as dataclasses.asdict gives them (which deep-copies: slow for a county's findings).
        return {"village": self.village, "module": self.module, "rule": self.rule, "severity": self.severity,
                "message": self.message, "record": self.record, "record_type": self.record_type, "date": self.date}


# Area modules with a ``findings`` function, in report order. Add a line per area.
AREAS: list[str] = [
    "villageadmin.core.checks_meetings",
    "villageadmin.core.checks_bidding",
    "villageadmin.core.checks_expenses",
    "villageadmin.core.checks_decisions",
    "villageadmin.core.checks_cadres",
    "villageadmin.core.checks_sync",
]


# Villages per worker below which a second connection costs more than it saves.
PARALLEL_MIN_VILLAGES = 40


def run(store: Store, actor: Actor, *, village_ids: list[int] | None = None,
        modules: list[str] | None = None, workers: int | None = None) -> list[Finding]:
    """Every area's findings for the villages (all the actor may read by default), sorted by village,
    severity, area and date. A county is checked on ``workers`` threads (default: one per core, at most
    four), each with its own read-only connection and its share of the villages: every rule is judged
    within one village, so the shares' findings together are the whole county's."""
    ids = village_ids if village_ids is not None else visible_village_ids(store, actor)
    for vid in ids:
        require_read(actor, vid)
    mods = []
    for path in AREAS:
        mod = importlib.import_module(path)
        if modules and getattr(mod, "MODULE", path.rsplit("_", 1)[-1]) not in modules:
            continue
        mods.append(mod)
    wide = [m for m in mods if village_ids is None and actor.is_township and hasattr(m, "township_findings")]
    n = workers if workers is not None else min(os.cpu_count() or 1, 4)
    n = max(1, min(n, len(ids) // PARALLEL_MIN_VILLAGES))
    readers = [r for r in (store.reader() for _ in range(n - 1)) if r is not None] if n > 1 else []
    try:
        stores = [store, *readers]
        shares = [ids[i::len(stores)] for i in range(len(stores))]  # every n-th village: even shares

        def work(i: int) -> list[Finding]:
            found: list[Finding] = []
            for mod in mods:
                found.extend(mod.findings(stores[i], shares[i]))
            if i == 0:
                for mod in wide:
                    found.extend(mod.township_findings(store))
            return found

        if readers:
            with ThreadPoolExecutor(max_workers=len(readers)) as pool:
                others = [pool.submit(work, i) for i in range(1, len(stores))]
                out = work(0)
                for fut in others:
                    out.extend(fut.result())
        else:
            out = work(0)
    finally:
        for r in readers:
            r.conn.close()
    order = {s: i for i, s in enumerate(SEVERITIES)}
    # Down to the record and the wording, so that the order does not depend on which share a finding came from.
    out.sort(key=lambda f: (f.village or "", order.get(f.severity, 9), f.module, f.date or "", f.rule,
                            f.record or 0, f.message))
    return out


def to_json(found: list[Finding]) -> str:
    """``json.dumps([f.as_json() for f in found], ensure_ascii=False, indent=1)``, the same text, written
    with the C string encoder (the indenting encoder is pure Python: about a second for a county)."""
    if not found:
        return "[]"
    assert [f.name for f in fields(Finding)] == list(_FIELDS)  # the text below spells them in this order
    v = _value
    parts = [f' {{\n  "village": {v(f.village)},\n  "module": {v(f.module)},\n  "rule": {v(f.rule)},\n'
             f'  "severity": {v(f.severity)},\n  "message": {v(f.message)},\n  "record": {v(f.record)},\n'
             f'  "record_type": {v(f.record_type)},\n  "date": {v(f.date)}\n }}' for f in found]
    return "[\n" + ",\n".join(parts) + "\n]"


_FIELDS = ("village", "module", "rule", "severity", "message", "record", "record_type", "date")


def _value(v: Any) -> str:
    if v is None:
        return "null"
    if type(v) is str:
        return _encode(v)
    if type(v) is int:
        return str(v)
    return json.dumps(v, ensure_ascii=False)


def month_iter(start: dt.date, end: dt.date) -> list[tuple[int, int]]:
    out = []
    y, m = start.year, start.month
    while (y, m) <= (end.year, end.month):
        out.append((y, m))
        m += 1
        if m == 13:
            y, m = y + 1, 1
    return out


def month_end(y: int, m: int) -> dt.date:
    return dt.date(y, m, calendar.monthrange(y, m)[1])


def village_filter(store: Store, village_ids: list[int], column: str) -> tuple[str, list[int]]:
    """``column IN (…)`` and its parameters; no condition when the ids are every village (the county check),
    so the query reads its index in one pass instead of probing it once per village."""
    if len(set(village_ids)) == int(store.scalar("SELECT count(*) FROM villages")):
        return "1=1", []
    return f"{column} IN ({','.join('?' * len(village_ids))})", list(village_ids)


def policy_for(store: Store, name: str) -> dict[str, Any]:
    return policy.section(store, name, today())
