"""The hash-chained audit log, always written inside the caller's transaction.

Each entry's hash is SHA-256 over the previous entry's hash and the entry's canonical JSON,
so editing, deleting or reordering a past entry breaks the chain from that entry on.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from villageadmin.core.clock import now_iso

if TYPE_CHECKING:
    from villageadmin.core.accounts import Actor
    from villageadmin.core.store import Store

GENESIS = "0" * 64


def _canonical(entry: dict[str, Any]) -> str:
    return json.dumps(entry, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def entry_hash(prev_hash: str, entry: dict[str, Any]) -> str:
    return hashlib.sha256((prev_hash + _canonical(entry)).encode("utf-8")).hexdigest()


def head(store: Store) -> str:
    """The hash of the newest entry (the chain head), or the genesis hash when empty."""
    h = store.scalar("SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1")
    return str(h) if h else GENESIS


def append(store: Store, actor: Actor | None, action: str, entity: str, entity_id: int | None,
           *, village_id: int | None = None, before: Any = None, after: Any = None,
           extra: dict[str, Any] | None = None) -> int:
    """Add one entry. Must be called inside ``store.transaction()`` with the change it records."""
    assert store.conn.in_transaction, "audit.append must run inside the change's transaction"
    prev = head(store)
    detail: dict[str, Any] = {}
    if before is not None:
        detail["before"] = before
    if after is not None:
        detail["after"] = after
    if extra:
        detail.update(extra)
    entry = {
        "at": now_iso(),
        "user_id": actor.user_id if actor else None,
        "username": actor.username if actor else "system",
        "village_id": village_id,
        "action": action,
        "entity": entity,
        "entity_id": entity_id,
        "detail": _canonical(detail),
    }
    h = entry_hash(prev, entry)
    cur = store.execute(
        "INSERT INTO audit_log (at, user_id, username, village_id, action, entity, entity_id, detail,"
        " prev_hash, hash) VALUES (?,?,?,?,?,?,?,?,?,?)",
        (entry["at"], entry["user_id"], entry["username"], village_id, action, entity, entity_id,
         entry["detail"], prev, h),
    )
    return int(cur.lastrowid or 0)


@dataclass
class ChainReport:
    ok: bool
    entries: int
    first_broken_id: int | None = None
    reason: str = ""


def verify_chain(store: Store, *, last: int | None = None) -> ChainReport:
    """Walk the chain (all of it, or only the last ``last`` entries for a quick start-up check)."""
    params: tuple[Any, ...] = ()
    sql = ("SELECT id, at, user_id, username, village_id, action, entity, entity_id, detail,"
           " prev_hash, hash FROM audit_log")
    expected_prev: str | None = GENESIS
    if last is not None:
        start = store.scalar("SELECT id FROM audit_log ORDER BY id DESC LIMIT 1 OFFSET ?", (last,))
        if start is not None:
            sql += " WHERE id > ?"
            params = (start,)
            expected_prev = None  # trust the stored prev_hash of the first entry checked
    sql += " ORDER BY id"
    n = 0
    for row in store.conn.execute(sql, params):
        n += 1
        (rid, at, user_id, username, village_id, action, entity, entity_id, detail, prev, h) = row
        if expected_prev is not None and prev != expected_prev:
            return ChainReport(False, n, rid, f"第 {rid} 条审计记录与前一条接不上（记录被删除或改动）")
        entry = {"at": at, "user_id": user_id, "username": username, "village_id": village_id,
                 "action": action, "entity": entity, "entity_id": entity_id, "detail": detail}
        if entry_hash(prev, entry) != h:
            return ChainReport(False, n, rid, f"第 {rid} 条审计记录的内容被改动过")
        expected_prev = h
    return ChainReport(True, n)


def history(store: Store, entity: str, entity_id: int) -> list[dict[str, Any]]:
    rows = store.query(
        "SELECT id, at, username, action, detail FROM audit_log WHERE entity=? AND entity_id=? ORDER BY id",
        (entity, entity_id),
    )
    for r in rows:
        r["detail"] = json.loads(r["detail"])
    return rows
