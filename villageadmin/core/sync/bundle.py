"""The village's export file (.vabundle): its records changed since the last file, signed.

Members: ``data/<table>.jsonl`` (changed rows, one JSON list per line, in the manifest's column
order), ``refs/<list>.jsonl`` (township-level entries the rows point at), ``ids.json`` (every id the
village holds now, table by table, so the township can drop what the village deleted) and the
signed ``manifest.json`` with the counts, each member's SHA-256, each table's record digest, the
sequence number and the previous file's hash.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from villageadmin import __version__
from villageadmin.core import audit, township
from villageadmin.core.accounts import Actor, require_read, require_write
from villageadmin.core.clock import now_iso, today
from villageadmin.core.errors import RuleViolation
from villageadmin.core.sync import container, keys, records
from villageadmin.core.sync import tables as reg

if TYPE_CHECKING:
    from villageadmin.core.store import Store

FORMAT = "villageadmin-bundle"
FORMAT_VERSION = 1
SUFFIX = ".vabundle"
IDS_MEMBER = "ids.json"


@dataclass
class ExportResult:
    path: Path
    seq: int
    full: bool
    sha256: str
    fingerprint: str
    rows: dict[str, int] = field(default_factory=dict)  # table -> rows carried
    totals: dict[str, int] = field(default_factory=dict)  # table -> rows the village holds

    @property
    def carried(self) -> int:
        return sum(self.rows.values())


def _dumps(values: Any) -> str:
    return records.encode(values)


def file_name(village_name: str, on: str, seq: int) -> str:
    return f"{village_name}-{on}-{seq:04d}{SUFFIX}"


def last_export(store: Store, village_id: int) -> dict[str, Any] | None:
    return store.one("SELECT * FROM sync_exports WHERE kind='village' AND village_id=? ORDER BY seq DESC LIMIT 1",
                     (village_id,))


def export_status(store: Store, actor: Actor, village_id: int, *, count_changed: bool = True) -> dict[str, Any]:
    """What the export screen shows: the last file sent, the key fingerprint, how many records changed.

    ``count_changed=False`` leaves ``changed`` None: counting reads every record of the village (see
    ``changed_since_last``), which the screen does in the background."""
    require_read(actor, village_id)
    last = last_export(store, village_id)
    key = keys.own_key(store, village_id=village_id)
    archived = keys.peer(store, village_id=village_id) is not None
    changed: int | None = 0
    if not archived:
        changed = changed_since_last(store, actor, village_id) if count_changed else None
    return {"last": last, "fingerprint": key.fingerprint if key else None, "changed": changed,
            "archived": archived, "next_seq": (last["seq"] if last else 0) + 1}


def changed_since_last(store: Store, actor: Actor, village_id: int) -> int:
    """How many of the village's records were added, changed or deleted since its last file."""
    require_read(actor, village_id)
    changed = 0
    sent = {(t, r): h for t, r, h in store.execute(
        "SELECT tbl, row_id, row_hash FROM sync_sent WHERE village_id=?", (village_id,))}
    tr = records.Translator.for_village(store, village_id)
    seen: set[tuple[str, int]] = set()
    for t in records.available(store):
        cols = records.columns(store, t.name)
        for sid, vals in records.canonical_rows(store, t, village_id, cols, tr):
            seen.add((t.name, sid))
            if sent.get((t.name, sid)) != records.row_hash(t.name, vals):
                changed += 1
    changed += len(set(sent) - seen)  # deletions
    return changed


def export_village(store: Store, actor: Actor, village_id: int, out: str | Path, *, full: bool = False) -> ExportResult:
    """Write the village's file for the township. ``out`` is a file path or a folder (default name)."""
    require_write(actor, village_id)
    key = keys.ensure_own_key(store, actor, village_id=village_id)
    v = township.village(store, village_id)
    info = township.info(store)
    if info is None:
        raise RuleViolation("数据文件夹里还没有建立乡镇。", code="not_set_up")
    last = last_export(store, village_id)
    seq = (int(last["seq"]) if last else 0) + 1
    sent = {} if full else {(t, r): h for t, r, h in store.execute(
        "SELECT tbl, row_id, row_hash FROM sync_sent WHERE village_id=?", (village_id,))}
    tr = records.Translator.for_village(store, village_id)
    members: list[tuple[str, bytes]] = []
    meta: dict[str, Any] = {}
    ids: dict[str, list[int]] = {}
    new_sent: list[tuple[int, str, int, str]] = []
    shared_keys: dict[str, set[Any]] = {}
    result = ExportResult(Path(out), seq, full or last is None, "", key.fingerprint)
    for t in records.available(store):
        cols = records.columns(store, t.name)
        idx = {c: i for i, c in enumerate(cols)}
        lines: list[str] = []
        hashes: dict[int, str] = {}
        for sid, vals in records.canonical_rows(store, t, village_id, cols, tr):
            line = records.encode(vals)
            h = records.line_hash(t.name, line)
            hashes[sid] = h
            if sent.get((t.name, sid)) != h:
                lines.append(line)
                for col, shared in t.shared.items():
                    if col in idx and vals[idx[col]] is not None:
                        shared_keys.setdefault(shared, set()).add(vals[idx[col]])
        ids[t.name] = sorted(hashes)
        members.append((f"data/{t.name}.jsonl", "".join(line + "\n" for line in lines).encode("utf-8")))
        meta[t.name] = {"columns": cols, "rows": len(lines), "total": len(hashes), "digest": records.digest(hashes)}
        result.rows[t.name] = len(lines)
        result.totals[t.name] = len(hashes)
        new_sent.extend((village_id, t.name, sid, h) for sid, h in hashes.items())
    shared_meta: dict[str, Any] = {}
    for name in sorted(shared_keys):
        rows = records.shared_rows(store, reg.SHARED[name], shared_keys[name])
        members.append((f"refs/{name}.jsonl", "".join(_dumps(r) + "\n" for r in rows).encode("utf-8")))
        shared_meta[name] = {"columns": list(reg.SHARED[name].columns), "rows": len(rows)}
    members.append((IDS_MEMBER, _dumps(ids).encode("utf-8")))
    created = now_iso()
    manifest = {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "kind": "village",
        "app_version": __version__,
        "township": {"code": info["code"], "name": info["name"]},
        "village": {"code": v["code"], "name": v["name"]},
        "seq": seq,
        "prev_sha256": last["sha256"] if last else None,
        "full": result.full,
        "created_at": created,
        "created_by": actor.username,
        "signer": {"public_key": key.public_key, "fingerprint": key.fingerprint},
        "key_change": key.key_change,
        "audit_head": audit.head(store),
        "tables": meta,
        "shared": shared_meta,
        "members": {name: {"sha256": container.sha256_hex(data), "size": len(data)} for name, data in members},
    }
    manifest_bytes = json.dumps(manifest, ensure_ascii=False, sort_keys=True, indent=1).encode("utf-8")
    signature = key.sign(manifest_bytes)
    path = Path(out)
    if path.is_dir():
        path = path / file_name(v["name"], today().isoformat(), seq)
    result.path = path
    written = False
    try:
        with store.transaction():
            result.sha256 = container.write(path, manifest_bytes, signature, members)
            written = True
            counts = {"rows": result.rows, "totals": result.totals}
            cur = store.execute(
                "INSERT INTO sync_exports (kind, village_id, seq, file_name, sha256, full, counts, created_at,"
                " created_by) VALUES ('village',?,?,?,?,?,?,?,?)",
                (village_id, seq, path.name, result.sha256, int(result.full), json.dumps(counts), created,
                 actor.username))
            store.execute("DELETE FROM sync_sent WHERE village_id=?", (village_id,))
            store.conn.executemany("INSERT INTO sync_sent (village_id, tbl, row_id, row_hash) VALUES (?,?,?,?)",
                                   new_sent)
            audit.append(store, actor, "export", "sync_bundle", int(cur.lastrowid or 0), village_id=village_id,
                         extra={"seq": seq, "file": path.name, "sha256": result.sha256, "full": result.full,
                                "rows": result.carried})
    except BaseException:
        if written:
            path.unlink(missing_ok=True)
        raise
    return result
