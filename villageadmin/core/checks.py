"""Rule findings across all areas — what `villageadmin check` prints and the overviews show.

Each area module exposes ``findings(store, village_ids) -> list[Finding]``; ``AREAS`` lists them.
"""

from __future__ import annotations

import calendar
import datetime as dt
import importlib
import json
import os
import pickle
import threading
from collections.abc import Callable
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


# Villages per worker below which another process costs more than it saves.
PARALLEL_MIN_VILLAGES = 40


def run(store: Store, actor: Actor, *, village_ids: list[int] | None = None,
        modules: list[str] | None = None, processes: int = 1) -> list[Finding]:
    """Every area's findings for the villages (all the actor may read by default), sorted by village,
    severity, area, date, rule, record and wording.

    ``processes`` > 1 (the ``check`` command: one per core) shares a county's villages out to that many
    processes, each with its own read-only connection: every rule is judged within one village, so the shares'
    findings together are the whole county's. (Threads do not do it: the rules' Python and SQLite's row steps
    take turns on Python's lock, and two threads took as long as one.) Only where a process can be forked
    safely, with no other thread running; elsewhere, and inside a transaction whose rows another connection
    could not see, the villages are checked here one after another."""
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

    def share(s: Store, part: list[int]) -> list[Finding]:
        found: list[Finding] = []
        for mod in mods:
            found.extend(mod.findings(s, part))
        return found

    n = max(1, min(processes, len(ids) // PARALLEL_MIN_VILLAGES))
    if n > 1 and _can_fork() and store.path.is_file() and not store.conn.in_transaction:
        out = _forked(store, share, [ids[i::n] for i in range(n)])  # every n-th village: even shares
    else:
        out = share(store, ids)
    for mod in wide:
        out.extend(mod.township_findings(store))
    order = {s: i for i, s in enumerate(SEVERITIES)}
    # Down to the record and the wording, so that the order does not depend on which share a finding came from.
    out.sort(key=lambda f: (f.village or "", order.get(f.severity, 9), f.module, f.date or "", f.rule,
                            f.record or 0, f.message))
    return out


def _can_fork() -> bool:
    return hasattr(os, "fork") and threading.active_count() == 1


def _forked(store: Store, share: Callable[[Store, list[int]], list[Finding]],
            shares: list[list[int]]) -> list[Finding]:
    """``share(store, shares[0])`` here and each other share in a forked process on a connection of its own;
    a share whose process fails is checked here after all."""
    children: list[tuple[int, int, list[int]]] = []
    for part in shares[1:]:
        r, w = os.pipe()
        pid = os.fork()
        if pid == 0:  # the child: never returns
            code = 1
            try:
                os.close(r)
                from villageadmin.core.store import open_store

                own = open_store(store.data_dir, read_only=True, migrate=False, create=False)
                body = pickle.dumps(share(own, part), protocol=pickle.HIGHEST_PROTOCOL)
                with os.fdopen(w, "wb") as fh:
                    fh.write(body)
                code = 0
            finally:
                os._exit(code)  # no clean-up of the parent's objects (its connection) in the child
        os.close(w)
        children.append((pid, r, part))
    out = share(store, shares[0])
    for pid, r, part in children:
        with os.fdopen(r, "rb") as fh:
            body = fh.read()
        _pid, status = os.waitpid(pid, 0)
        try:
            found = pickle.loads(body) if os.waitstatus_to_exitcode(status) == 0 else None
        except (pickle.UnpicklingError, EOFError):
            found = None
        out.extend(share(store, part) if found is None else found)
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
