"""Effective-dated township policy: limits and thresholds that each township sets for itself.

A policy version is a JSON document with one section per area (``meetings``, ``expenses``,
``bidding`` …) and the date it takes effect. A record is judged by the version in force on its
own date, so a change never re-judges old records.
"""

from __future__ import annotations

import copy
import functools
import datetime as dt
import json
from typing import TYPE_CHECKING, Any

from villageadmin.core import audit
from villageadmin.core.accounts import Actor, require_admin
from villageadmin.core.clock import now_iso
from villageadmin.core.errors import ValidationError
from villageadmin.core.resources import resources_dir

if TYPE_CHECKING:
    from villageadmin.core.store import Store


@functools.lru_cache(maxsize=1)
def _default_text() -> str:
    return (resources_dir() / "default_policy.json").read_text("utf-8")


def default_policy() -> dict[str, Any]:
    body: dict[str, Any] = json.loads(_default_text())
    return body


def _versions(store: Store) -> list[tuple[str, int, dict[str, Any], bool]]:
    cache = getattr(store, "_policy_cache", None)
    stamp = store.scalar("SELECT count(*) || ':' || coalesce(max(id), 0) FROM policy_versions")
    if cache is not None and cache[0] == stamp:
        return cache[1]  # type: ignore[no-any-return]
    rows = [
        (r[0], r[1], json.loads(r[2]), bool(r[3]))
        for r in store.execute(
            "SELECT effective_from, id, body, is_default FROM policy_versions ORDER BY effective_from, id")
    ]
    store._policy_cache = (stamp, rows)  # type: ignore[attr-defined]
    return rows


def in_force(store: Store, on: dt.date | str) -> dict[str, Any]:
    """The policy in force on a date (the newest version whose effective date is on or before it).

    Sections missing from a stored version are filled from the shipped default, so an area added
    later still finds its settings in an older township's policy.
    """
    day = on.isoformat() if isinstance(on, dt.date) else on
    chosen: dict[str, Any] | None = None
    for eff, _id, body, _d in _versions(store):
        if eff <= day:
            chosen = body
    if chosen is None:
        versions = _versions(store)
        chosen = versions[0][2] if versions else {}
    merged = default_policy()
    for section, values in chosen.items():
        if isinstance(values, dict) and isinstance(merged.get(section), dict):
            merged[section].update(values)
        else:
            merged[section] = copy.deepcopy(values)
    return merged


def section(store: Store, name: str, on: dt.date | str) -> dict[str, Any]:
    value: dict[str, Any] = in_force(store, on).get(name, {})
    return value


def list_versions(store: Store) -> list[dict[str, Any]]:
    return store.query(
        "SELECT id, effective_from, is_default, note, created_at, created_by, body FROM policy_versions"
        " ORDER BY effective_from DESC, id DESC")


def current_is_default(store: Store, on: dt.date) -> bool:
    chosen = False
    for eff, _id, _body, is_default in _versions(store):
        if eff <= on.isoformat():
            chosen = is_default
    return chosen


def add_version(store: Store, actor: Actor, *, effective_from: dt.date, body: dict[str, Any],
                note: str = "", is_default: bool = False) -> int:
    """Record a new policy version (township administrator only), with its audit entry."""
    require_admin(actor)
    if not isinstance(body, dict) or not body:
        raise ValidationError("body", "政策内容是空的。", code="empty")
    text = json.dumps(body, ensure_ascii=False, sort_keys=True)
    with store.transaction():
        cur = store.execute(
            "INSERT INTO policy_versions (effective_from, body, is_default, note, created_at, created_by)"
            " VALUES (?,?,?,?,?,?)",
            (effective_from.isoformat(), text, int(is_default), note, now_iso(), actor.username),
        )
        pid = int(cur.lastrowid or 0)
        audit.append(store, actor, "create", "policy", pid,
                     after={"effective_from": effective_from.isoformat(), "note": note, "body": body})
    return pid


def update_section(store: Store, actor: Actor, *, effective_from: dt.date, name: str,
                   values: dict[str, Any], note: str = "") -> int:
    """New version = the policy in force on ``effective_from`` with one section replaced."""
    body = in_force(store, effective_from)
    body[name] = values
    return add_version(store, actor, effective_from=effective_from, body=body, note=note)
