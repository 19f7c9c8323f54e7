"""Each village account reaches only its own village through the core.

Every public service of every core module — a function taking ``(store, actor, …)`` — is found by
introspection (areas added later are included automatically) and called by village 001's account
with arguments that point at village 002: its id, a record of it, a form for it. The call must be
refused (AccessDenied, or NotFound for a record it may not see). Services without any village
argument are called plainly and must return nothing of village 002. Each call runs inside a
transaction that is rolled back, so one shared demo store serves all of them.
"""

from __future__ import annotations

import collections.abc
import dataclasses
import datetime as dt
import importlib
import inspect
import pkgutil
import types
import typing
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

import villageadmin.core as core
from villageadmin.core import accounts, backup, demo
from villageadmin.core.errors import AccessDenied, NotFound
from villageadmin.core.store import DB_FILENAME, open_store

OWN, OTHER = 1, 2
# Infrastructure that takes an actor but is not a service of an area.
NOT_SERVICES = {"villageadmin.core.audit.append"}
# Record ids named differently from their table.
ID_TABLES = {"record_id": "cultivation", "candidate_id": "reserve_candidates", "matter_id": "decision_matters",
             "payment_id": "project_payments", "approver_id": "cadres", "by_id": "cadres", "handler_id": "cadres",
             "second_signer_id": "cadres", "staff_id": "township_staff"}


def services() -> list[tuple[str, Callable[..., Any]]]:
    found = []
    for info in pkgutil.walk_packages(core.__path__, "villageadmin.core."):
        if info.name.rsplit(".", 1)[-1].startswith(("schema_", "demo", "soak")):
            continue
        module = importlib.import_module(info.name)
        for name, fn in vars(module).items():
            if name.startswith("_") or not inspect.isfunction(fn) or fn.__module__ != module.__name__:
                continue
            params = list(inspect.signature(fn).parameters)
            qual = f"{info.name}.{name}"
            if params[:2] == ["store", "actor"] and qual not in NOT_SERVICES:
                found.append((qual, fn))
    return sorted(found, key=lambda x: x[0])


SERVICES = services()


class Untestable(Exception):
    pass


@dataclasses.dataclass
class Args:
    kwargs: dict[str, Any]
    targets_village: bool  # some argument points at a village (so the call must be refused)


class Builder:
    """Arguments pointing at ``village``: ids of its records, forms for it, and plain values."""

    def __init__(self, store: Any, village: int, out_dir: Path) -> None:
        self.store = store
        self.village = village
        self.out_dir = out_dir
        self.targets = False

    # -- ids of records --------------------------------------------------------------------
    def _table_for(self, param: str) -> str | None:
        if param in ID_TABLES:
            return ID_TABLES[param]
        stem = param[: -len("_id")]
        tables = [r[0] for r in self.store.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        for cand in (stem + "s", stem + "es", stem):
            if cand in tables:
                return cand
        ends = [t for t in tables if t.endswith("_" + stem + "s") or t.endswith("_" + stem)]
        return ends[0] if len(ends) == 1 else None

    def record_id(self, param: str) -> int:
        table = self._table_for(param)
        if table is None:
            raise Untestable(f"no table for {param}")
        cols = {r[1] for r in self.store.execute(f"PRAGMA table_info({table})")}
        if "village_id" in cols:
            rid = self.store.scalar(f"SELECT id FROM {table} WHERE village_id=? ORDER BY id LIMIT 1", (self.village,))
            self.targets = True
        else:
            rid = None
            for fk in self.store.execute(f"PRAGMA foreign_key_list({table})").fetchall():
                parent, col = fk[2], fk[3]
                pcols = {r[1] for r in self.store.execute(f"PRAGMA table_info({parent})")}
                if "village_id" in pcols:
                    rid = self.store.scalar(f"SELECT t.id FROM {table} t JOIN {parent} p ON p.id=t.{col}"
                                            f" WHERE p.village_id=? ORDER BY t.id LIMIT 1", (self.village,))
                    self.targets = True
                    break
            else:
                rid = self.store.scalar(f"SELECT id FROM {table} ORDER BY id LIMIT 1")
        if rid is None:
            raise Untestable(f"no {table} row for village {self.village}")
        return int(rid)

    # -- values by name and type -----------------------------------------------------------
    def value(self, name: str, hint: Any, default: Any = inspect.Parameter.empty) -> Any:
        if name == "village_id":
            self.targets = True
            return self.village
        if name == "village_ids":
            self.targets = True
            return [self.village]
        if name.endswith("_id") and name not in ("import_id",):
            if default is not inspect.Parameter.empty and name not in ("meeting_id", "project_id", "expense_id",
                                                                      "cadre_id", "candidate_id", "matter_id"):
                return default
            return self.record_id(name)
        if default is not inspect.Parameter.empty:
            return default
        return self.by_type(name, hint)

    def by_type(self, name: str, hint: Any) -> Any:
        if name in ("out", "path"):  # files go to the test's folder, never the working directory
            return self.out_dir / f"{name}.out"
        origin = typing.get_origin(hint)
        args = [a for a in typing.get_args(hint) if a is not type(None)]
        if origin in (typing.Union, types.UnionType) and args:
            return self.by_type(name, args[0])
        if hint is dt.date:
            return dt.date(2026, 11, 3)
        if hint is bool:
            return False
        if hint is int:
            return {"year": 2026, "month": 11}.get(name, 1000)
        if hint is str:
            return "测试"
        if hint is Path or name in ("out", "path"):
            return self.out_dir / f"{name}.out"
        if origin in (list, tuple, collections.abc.Iterable, collections.abc.Sequence) or hint in (list, tuple):
            return [] if origin is list or hint is list else ()
        if origin is dict or hint is dict:
            return {}
        if dataclasses.is_dataclass(hint):
            return self.form(hint)
        if hint is None:  # unknown type: go by the name
            if name in ("year",):
                return 2026
            if name in ("month", "seq", "step", "tier"):
                return 1
            if name.endswith(("_on", "_from")) or name in ("on", "before", "day", "date"):
                return dt.date(2026, 11, 3)
            if name in ("paths", "files"):
                return []
            if name in ("username", "password", "new_password", "name", "code", "kind", "role", "reason", "post",
                        "prefix", "title", "note", "text"):
                return "测试"
            if name in ("active",):
                return True
        raise Untestable(f"cannot make {name}: {hint!r}")

    def form(self, cls: type) -> Any:
        hints = typing.get_type_hints(cls)
        kwargs = {}
        for f in dataclasses.fields(cls):
            if f.name == "village_id":
                kwargs[f.name] = self.value("village_id", int)
            elif f.default is not dataclasses.MISSING or f.default_factory is not dataclasses.MISSING:
                continue
            elif f.name.endswith("_id"):
                try:
                    kwargs[f.name] = self.record_id(f.name)
                except Untestable:
                    kwargs[f.name] = None
            else:
                kwargs[f.name] = self.by_type(f.name, hints.get(f.name))
        return cls(**kwargs)


def _hint(fn: Callable[..., Any], annotation: Any) -> Any:
    """A parameter's annotation resolved where possible (names imported only for type checking stay None)."""
    if not isinstance(annotation, str):
        return None if annotation is inspect.Parameter.empty else annotation
    try:
        return eval(annotation, dict(vars(typing)) | fn.__globals__, {"dt": dt, "Path": Path})  # noqa: S307
    except Exception:  # noqa: BLE001
        return None


def build(fn: Callable[..., Any], store: Any, village: int, out_dir: Path) -> Args:
    b = Builder(store, village, out_dir)
    kwargs = {}
    for name, p in list(inspect.signature(fn).parameters.items())[2:]:
        if p.kind in (p.VAR_POSITIONAL, p.VAR_KEYWORD):
            continue
        kwargs[name] = b.value(name, _hint(fn, p.annotation), p.default)
    return Args(kwargs, b.targets)


def village_ids_in(value: Any, depth: int = 0) -> set[int]:
    """Every ``village_id`` found in a result (dicts, dataclasses, lists)."""
    if depth > 6:
        return set()
    found: set[int] = set()
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        value = {f.name: getattr(value, f.name) for f in dataclasses.fields(value)}
    if isinstance(value, dict):
        for k, v in value.items():
            if k == "village_id" and isinstance(v, int):
                found.add(v)
            else:
                found |= village_ids_in(v, depth + 1)
    elif isinstance(value, (list, tuple)):
        for v in value[:5000]:
            found |= village_ids_in(v, depth + 1)
    return found


def _ensure_expenses(store: Any) -> None:
    """Until the demo makes expenses, give each village a pending request through the service."""
    if not store.db["expenses"].exists() or store.scalar("SELECT count(*) FROM expenses"):
        return
    from villageadmin.core import expenses

    admin = accounts.authenticate(store, demo.ADMIN_USER, demo.ADMIN_PASSWORD)
    for vid in (OWN, OTHER):
        handler = store.scalar("SELECT id FROM cadres WHERE village_id=? AND active=1 ORDER BY id LIMIT 1", (vid,))
        expenses.submit(store, admin, expenses.ExpenseInput(
            village_id=vid, kind="office", spent_on=dt.date(2026, 11, 3), amount_fen=10000, payee="县新华书店",
            purpose="办公用纸", handler_id=handler, receipts=1, pay_method="cash"))


@pytest.fixture(scope="module")
def shared(tmp_path_factory):
    """A private copy of a two-village demo, and village 001's account."""
    base = tmp_path_factory.mktemp("isolation")
    src = base / "demo"
    demo.create(src, villages=2, years=2, seed=5)
    s = open_store(src, read_only=True)
    try:
        backup.make(s, out=base / "data" / DB_FILENAME)
    finally:
        s.close()
    store = open_store(base / "data")
    _ensure_expenses(store)
    actor = accounts.authenticate(store, "001", demo.VILLAGE_PASSWORD)
    assert actor.village_id == OWN
    yield store, actor, base
    store.close()


def call(store: Any, fn: Callable[..., Any], actor: Any,
         kwargs: dict[str, Any]) -> tuple[Any, BaseException | None, bool]:
    """Call inside a transaction that is rolled back; also say whether it wrote anything."""
    store.execute("BEGIN")
    before = store.conn.total_changes
    try:
        result, error = fn(store, actor, **kwargs), None
    except Exception as exc:  # noqa: BLE001 - judged by the caller
        result, error = None, exc
    finally:
        changed = store.conn.total_changes != before
        if store.conn.in_transaction:
            store.execute("ROLLBACK")
    return result, error, changed


RESULTS: dict[str, str] = {}


@pytest.mark.parametrize("qual, fn", SERVICES, ids=[q.removeprefix("villageadmin.core.") for q, _ in SERVICES])
def test_service_refuses_the_other_village(shared, qual, fn):
    store, actor, base = shared
    try:
        foreign = build(fn, store, OTHER, base)
    except Untestable as why:
        RESULTS[qual] = f"untestable: {why}"
        pytest.skip(str(why))
    result, error, changed = call(store, fn, actor, foreign.kwargs)
    if isinstance(error, (AccessDenied, NotFound)):
        RESULTS[qual] = "refused"
        return
    assert not (changed and foreign.targets_village), f"{qual} changed data of village {OTHER} for village {OWN}'s account ({foreign.kwargs})"
    if error is None and foreign.targets_village and not result:
        RESULTS[qual] = "nothing returned"  # no data of the other village given out, nothing written
        return
    if not foreign.targets_village:
        # No village in the arguments: whatever comes back must be the account's own village only.
        if error is None:
            leaked = village_ids_in(result) - {OWN}
            assert not leaked, f"{qual} returned records of villages {sorted(leaked)} to village {OWN}'s account"
            RESULTS[qual] = "scoped"
            return
        RESULTS[qual] = f"inconclusive: {type(error).__name__}: {error}"
        pytest.skip(RESULTS[qual])
    assert error is not None, f"{qual} let village {OWN}'s account act on village {OTHER} ({foreign.kwargs})"
    # Another error: were the arguments just unusable? The same call for the own village tells.
    try:
        own = build(fn, store, OWN, base)
    except Untestable as why:
        RESULTS[qual] = f"untestable: {why}"
        pytest.skip(str(why))
    _, own_error, _ = call(store, fn, actor, own.kwargs)
    if own_error is not None and type(own_error) is type(error):
        RESULTS[qual] = f"inconclusive: {type(error).__name__}: {error}"
        pytest.skip(RESULTS[qual])
    raise AssertionError(f"{qual} did not refuse village {OTHER} before looking at it: {type(error).__name__}: "
                         f"{error}")


def test_isolation_reached_most_services(capsys):
    """Guard against the introspection silently testing nothing."""
    if len(RESULTS) < len(SERVICES):
        pytest.skip("run together with the per-service tests")
    conclusive = [q for q, r in RESULTS.items() if r in ("refused", "scoped", "nothing returned")]
    others = {q: r for q, r in RESULTS.items() if q not in conclusive}
    with capsys.disabled():
        print(f"\nvillage isolation: {len(conclusive)} of {len(SERVICES)} services conclusive; others: {others}")
    assert len(SERVICES) >= 80
    assert len(conclusive) >= 0.9 * len(SERVICES), others
