"""The township's file for its villages (.vapolicy): the policy (limits, thresholds, with the dates
they take effect) and the township's review decisions, signed with the township's key.

The file is cumulative (every policy version, every decision), so a village that missed one file
loses nothing by importing the next. The village sees what changed, in plain Chinese.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from villageadmin import __version__
from villageadmin.core import audit, policy, township
from villageadmin.core.accounts import Actor, require_admin
from villageadmin.core.clock import now_iso, today
from villageadmin.core.errors import RuleViolation
from villageadmin.core.money import fmt_yuan
from villageadmin.core.sync import container, keys
from villageadmin.core.sync.container import Refused

if TYPE_CHECKING:
    from villageadmin.core.store import Store
    from villageadmin.core.sync.importer import FileReport

FORMAT = "villageadmin-township"
FORMAT_VERSION = 1
SUFFIX = ".vapolicy"
POLICY_MEMBER = "policy.json"
REVIEWS_MEMBER = "reviews.jsonl"


@dataclass
class TownshipExportResult:
    path: Path
    seq: int
    sha256: str
    fingerprint: str
    versions: int
    reviews: int


def pending_reviews(store: Store) -> list[dict[str, Any]]:
    """The township's review decisions its villages have not yet applied, in the villages' own ids."""
    out = []
    for r in store.query("SELECT r.*, v.code FROM sync_reviews r JOIN villages v ON v.id=r.village_id"
                         " WHERE r.acknowledged_at IS NULL ORDER BY r.id"):
        sid = store.scalar("SELECT source_id FROM sync_map WHERE village_id=? AND tbl=? AND local_id=?",
                           (r["village_id"], r["tbl"], r["local_id"]))
        if sid is not None:
            out.append({"village": r["code"], "table": r["tbl"], "id": sid, "values": json.loads(r["new_values"])})
    return out


def export_township_file(store: Store, actor: Actor, out: str | Path) -> TownshipExportResult:
    """Write the township's policy file for all villages (township administrator)."""
    require_admin(actor)
    key = keys.ensure_own_key(store, actor, village_id=None)
    info = township.info(store)
    if info is None:
        raise RuleViolation("数据文件夹里还没有建立乡镇。", code="not_set_up")
    last = store.one("SELECT seq, sha256 FROM sync_exports WHERE kind='township' ORDER BY seq DESC LIMIT 1")
    seq = (int(last["seq"]) if last else 0) + 1
    versions = [{"id": r["id"], "effective_from": r["effective_from"], "body": json.loads(r["body"]),
                 "is_default": r["is_default"], "note": r["note"], "created_at": r["created_at"]}
                for r in store.query("SELECT * FROM policy_versions ORDER BY id")]
    policy_bytes = json.dumps({"versions": versions}, ensure_ascii=False, sort_keys=True).encode("utf-8")
    reviews = pending_reviews(store)
    members = [(POLICY_MEMBER, policy_bytes),
               (REVIEWS_MEMBER, "".join(json.dumps(r, ensure_ascii=False, sort_keys=True) + "\n"
                                        for r in reviews).encode("utf-8"))]
    created = now_iso()
    manifest = {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "kind": "township",
        "app_version": __version__,
        "township": {"code": info["code"], "name": info["name"]},
        "seq": seq,
        "prev_sha256": last["sha256"] if last else None,
        "created_at": created,
        "created_by": actor.username,
        "signer": {"public_key": key.public_key, "fingerprint": key.fingerprint},
        "key_change": key.key_change,
        "members": {n: {"sha256": container.sha256_hex(d), "size": len(d)} for n, d in members},
    }
    manifest_bytes = json.dumps(manifest, ensure_ascii=False, sort_keys=True, indent=1).encode("utf-8")
    path = Path(out)
    if path.is_dir():
        path = path / f"{info['name']}-政策-{today().isoformat()}-{seq:04d}{SUFFIX}"
    written = False
    try:
        with store.transaction():
            sha = container.write(path, manifest_bytes, key.sign(manifest_bytes), members)
            written = True
            cur = store.execute(
                "INSERT INTO sync_exports (kind, village_id, seq, file_name, sha256, full, counts, created_at,"
                " created_by) VALUES ('township', NULL, ?,?,?,1,?,?,?)",
                (seq, path.name, sha, json.dumps({"policy_versions": len(versions), "reviews": len(reviews)}), created,
                 actor.username))
            audit.append(store, actor, "export", "sync_policy", int(cur.lastrowid or 0),
                         extra={"seq": seq, "file": path.name, "sha256": sha, "versions": len(versions),
                                "reviews": len(reviews)})
    except BaseException:
        if written:
            path.unlink(missing_ok=True)
        raise
    return TownshipExportResult(path, seq, sha, key.fingerprint, len(versions), len(reviews))


# -- at the village -------------------------------------------------------------------------------------
def _versions(data: bytes) -> list[dict[str, Any]]:
    try:
        body = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        raise Refused("bad_rows", "文件里的政策读不出来。") from None
    versions = body.get("versions") if isinstance(body, dict) else None
    if not isinstance(versions, list) or not versions:
        raise Refused("bad_rows", "文件里没有政策。")
    for v in versions:
        ok = isinstance(v, dict) and isinstance(v.get("id"), int) and not isinstance(v.get("id"), bool) \
            and isinstance(v.get("body"), dict) and v["body"] and v.get("is_default") in (0, 1) \
            and isinstance(v.get("note"), str) and isinstance(v.get("created_at"), str)
        if ok:
            try:
                dt.date.fromisoformat(v["effective_from"])
            except (TypeError, ValueError):
                ok = False
        if not ok:
            raise Refused("bad_rows", "文件里有一条政策的格式不对。")
    return versions


def import_file(store: Store, actor: Actor, c: container.Container, staged: container.Staged,
                rep: FileReport) -> None:
    """Check and apply a township file at a village; fills ``rep``. Raises Refused."""
    from villageadmin.core.sync import incoming

    m = c.manifest
    rep.kind = "township"
    rep.village = "乡镇"
    incoming.check_format(m, fmt=FORMAT, version=FORMAT_VERSION, what="乡镇的政策文件")
    here = township.info(store)
    if here is None:
        raise Refused("not_set_up", "这个数据文件夹里还没有建立乡镇。")
    t = m.get("township") if isinstance(m.get("township"), dict) else {}
    if t.get("code") != here["code"]:
        raise Refused("other_township", f"这是“{t.get('name', '')}”的文件，不是本乡镇（{here['name']}）的。")
    seq = m.get("seq")
    if not isinstance(seq, int) or isinstance(seq, bool) or seq < 1:
        raise Refused("bad_manifest", "文件的说明部分缺少文件编号。")
    rep.seq = seq
    if keys.own_key(store, village_id=None) is not None and \
            (m.get("signer") or {}).get("public_key") == keys.own_key(store, village_id=None).public_key:  # type: ignore[union-attr]
        raise Refused("own_file", "这是本机自己导出的乡镇文件，不需要再导入。")
    peer = keys.peer(store, village_id=None)
    if peer is None:
        signer = (m.get("signer") or {}).get("public_key") if isinstance(m.get("signer"), dict) else ""
        fp = keys.fingerprint(signer) if isinstance(signer, str) else "?"
        raise Refused("not_enrolled", f"本机还没有登记乡镇的签名密钥。文件的签名指纹是 {fp}，请与乡镇核对指纹后先登记，再导入。")
    new_key = incoming.check_signature(store, c, peer, "乡镇")
    if seq <= int(peer["last_seq"]):
        raise Refused("replay", f"这是乡镇的第 {seq} 号文件，本机已经收到过第 {peer['last_seq']} 号文件。"
                                "旧文件不能再导入（以免旧政策盖住新政策）。")
    members = incoming.check_members_listed(m)
    c.check_members(members)
    if set(members) != {POLICY_MEMBER, REVIEWS_MEMBER}:
        raise Refused("extra_member", "乡镇文件里的成员不对。")
    versions = _versions(c.member(POLICY_MEMBER, **members[POLICY_MEMBER]))
    reviews = _reviews(c.member(REVIEWS_MEMBER, **members[REVIEWS_MEMBER]))
    on = today()
    with store.transaction():
        before_now = policy.in_force(store, on)
        known = {r[0] for r in store.execute("SELECT source_id FROM sync_policy_map")}
        added = []
        for v in sorted(versions, key=lambda v: v["id"]):
            if v["id"] in known:
                continue
            cur = store.execute(
                "INSERT INTO policy_versions (effective_from, body, is_default, note, created_at, created_by)"
                " VALUES (?,?,?,?,?,?)",
                (v["effective_from"], json.dumps(v["body"], ensure_ascii=False, sort_keys=True), v["is_default"],
                 v["note"], v["created_at"], f"乡镇:{str(m.get('created_by', ''))[:40]}"))
            store.execute("INSERT INTO sync_policy_map (source_id, local_id) VALUES (?,?)", (v["id"], cur.lastrowid))
            added.append(v)
        store._policy_cache = None  # type: ignore[attr-defined]
        lines = []
        if added:
            after_now = policy.in_force(store, on)
            for line in describe_changes(before_now, after_now):
                lines.append(f"现行政策：{line}")
            for v in sorted(added, key=lambda v: v["effective_from"]):
                eff = dt.date.fromisoformat(v["effective_from"])
                if eff > on:
                    prev = policy.in_force(store, eff - dt.timedelta(days=1))
                    for line in describe_changes(prev, policy.in_force(store, eff)):
                        lines.append(f"自 {eff.isoformat()} 起：{line}")
        review_lines: list[str] = []
        applied = _apply_reviews(store, actor, reviews, review_lines)
        if new_key is not None:
            keys.replace_peer_key(store, actor, peer, new_key, how="signed_by_old_key")
            rep.notes.append(f"乡镇换了签名密钥（有旧密钥签名的交接），新指纹 {keys.fingerprint(new_key)}。")
        store.execute("UPDATE sync_peers SET last_seq=?, last_sha256=?, last_file=?, last_received_at=?,"
                      " last_created_at=? WHERE id=?", (seq, staged.sha256, staged.original.name, now_iso(),
                                                        str(m.get("created_at", ""))[:32], peer["id"]))
        rep.status = "imported"
        rep.changes = {"政策版本": {"new": len(added)}} if added else {}
        if applied:
            rep.changes["乡镇审核意见"] = {"new": applied}
        rep.notes.extend((lines or ["政策没有变化。"]) + review_lines)
        from villageadmin.core.sync.importer import _write_log, sync_dir

        final = container.move(staged, sync_dir(store) / "imported" / "township")
        rep.import_id = _write_log(store, actor, rep, staged, final)
        audit.append(store, actor, "import", "sync_policy", rep.import_id,
                     extra={"seq": seq, "file": staged.original.name, "sha256": staged.sha256,
                            "added_versions": [v["id"] for v in added], "reviews_applied": applied,
                            "changes": lines + review_lines})


def _reviews(data: bytes) -> list[dict[str, Any]]:
    from villageadmin.core.sync import tables as reg

    known = reg.by_name()
    out = []
    for n, line in enumerate(data.decode("utf-8", errors="strict").splitlines(), 1):
        if not line.strip():
            continue
        try:
            r = json.loads(line)
        except ValueError:
            raise Refused("bad_rows", f"乡镇审核意见第 {n} 条读不出来。") from None
        t = known.get(r.get("table")) if isinstance(r, dict) else None
        ok = t is not None and t.township_columns and isinstance(r.get("village"), str) \
            and isinstance(r.get("id"), int) and not isinstance(r.get("id"), bool) and r["id"] > 0 \
            and isinstance(r.get("values"), dict) and set(r["values"]) == set(t.township_columns) \
            and r["values"].get("status") in ("approved", "refused") and r["values"].get("township_reviewed_at")
        if ok:
            assert t is not None
            ok = all(t.checks[c](v) is None for c, v in r["values"].items() if c in t.checks)
        if not ok:
            raise Refused("bad_rows", f"乡镇审核意见第 {n} 条的格式不对。")
        out.append(r)
    return out


def _apply_reviews(store: Store, actor: Actor, reviews: list[dict[str, Any]], lines: list[str]) -> int:
    """Apply the township's decisions on this PC's villages' records (inside the import transaction)."""
    from villageadmin.core.sync import keys as keys_mod

    applied = 0
    names: dict[str, str] = {}
    try:
        from villageadmin.core.expense_policy import kind_names

        names = kind_names(store)
    except ImportError:
        pass
    for r in reviews:
        v = store.one("SELECT id, name FROM villages WHERE code=?", (r["village"],))
        if v is None or keys_mod.own_key(store, village_id=v["id"]) is None:
            continue  # another village's decision: not entered on this PC
        row = store.one(f"SELECT * FROM {r['table']} WHERE id=? AND village_id=?", (r["id"], v["id"]))
        vals = r["values"]
        what = f"{v['name']}开支申请"
        if row is not None:
            what = (f"{v['name']}{row.get('budget_year', '')}年第 {row.get('seq', r['id'])} 号开支申请（"
                    f"{names.get(row.get('kind', ''), row.get('kind', ''))} {fmt_yuan(int(row.get('amount_fen') or 0))} 元）")
        if row is None:
            lines.append(f"乡镇审核意见没有应用：找不到{what}（编号 {r['id']}）。")
            continue
        if row.get("township_reviewed_at") == vals["township_reviewed_at"]:
            continue  # applied before
        if row.get("status") != "township" or row.get("township_reviewed_at") is not None:
            lines.append(f"乡镇审核意见没有应用：{what}现在不是“待乡镇审核”。")
            continue
        store.execute(f"UPDATE {r['table']} SET {', '.join(f'{c}=?' for c in vals)} WHERE id=?",
                      [*vals.values(), r["id"]])
        audit.append(store, actor, "review_township", "expense", r["id"], village_id=v["id"], after=vals,
                     extra={"from": "乡镇文件"})
        applied += 1
        verdict = "同意" if vals["status"] == "approved" else "不同意"
        opinion = vals.get("township_opinion") or ""
        lines.append(f"乡镇审核：{what}{verdict}" + (f"（{opinion}）" if opinion and opinion != verdict else "") + "。")
    return applied


# -- describing a policy change in plain Chinese ---------------------------------------------------------
LABELS: dict[str, str] = {
    "meetings.first_week_last_day": "村干部工作例会最迟在每月几日召开",
    "meetings.office_member_visits_per_month": "乡书记办公会议成员每月参加村会议的村数",
    "meetings.linked_visits_per_month": "联系村干部每月参加村会议的次数",
    "expenses.publish_by_day": "每月财务公开最迟日期",
    "expenses.approver_posts": "村级审批人职务",
    "expenses.kinds.*.per_item_limit_fen": "{name}单笔限额",
    "expenses.kinds.*.annual_limit_fen": "{name}全年限额",
    "expenses.kinds.*.township_review_above_fen": "{name}须乡镇审核的金额（超过）",
    "expenses.kinds.*.second_signer_above_fen": "{name}须第二人签字的金额（超过）",
    "expenses.kinds.*.always_refused": "{name}一律不批",
    "expenses.kinds.*.active": "{name}启用",
    "expenses.kinds.*.name": "开支种类名称",
    "bidding.tender_township_fen": "乡镇一次性投资须公开招标的起点",
    "bidding.tender_village_fen": "村一次性投资须公开招标的起点",
    "bidding.tender_if_public_fundraising": "向社会筹资的项目须公开招标",
    "bidding.split_window_months": "查看拆分工程的时间范围（月）",
    "bidding.bid_close_percent": "报价过于接近的比例（%）",
    "cadres.key_candidates_min": "每村重点培养对象最少人数",
    "cadres.key_candidates_max": "每村重点培养对象最多人数",
    "cadres.review_due_soon_days": "任职考察提前提醒天数",
    "decisions.min_posting_days": "公示最少天数",
    "decisions.default_posting_days": "默认公示天数",
}
_SKIP = {"expenses.default_to_confirm", "expenses.note"}


def _flatten(obj: Any, path: str, names: dict[str, str], out: dict[str, Any]) -> None:
    if isinstance(obj, dict):
        for k, v in obj.items():
            _flatten(v, f"{path}.{k}" if path else str(k), names, out)
    elif isinstance(obj, list) and obj and all(isinstance(x, dict) and "code" in x for x in obj):
        for x in obj:
            names[f"{path}.{x['code']}"] = str(x.get("name", x["code"]))
            _flatten(x, f"{path}.{x['code']}", names, out)
    else:
        out[path] = obj


def _value(path: str, v: Any) -> str:
    if v is None:
        return "（无）"
    if isinstance(v, bool):
        return "是" if v else "否"
    if path.endswith("_fen") and isinstance(v, int):
        return f"{fmt_yuan(v)} 元"
    if isinstance(v, list):
        return "、".join(map(str, v))
    return str(v)


def describe_changes(old: dict[str, Any], new: dict[str, Any]) -> list[str]:
    """'办公费单笔限额：2,000.00 元 → 3,000.00 元' for each setting that differs."""
    names: dict[str, str] = {}
    a: dict[str, Any] = {}
    b: dict[str, Any] = {}
    _flatten(old, "", names, a)
    _flatten(new, "", names, b)
    lines = []
    for path in sorted(set(a) | set(b)):
        if path in _SKIP or a.get(path) == b.get(path):
            continue
        parts = path.split(".")
        label = LABELS.get(path)
        if label is None and len(parts) == 4:
            generic = f"{parts[0]}.{parts[1]}.*.{parts[3]}"
            if generic in LABELS:
                label = LABELS[generic].format(name=names.get(".".join(parts[:3]), parts[2]))
        if label is None:
            label = path
        lines.append(f"{label}：{_value(path, a.get(path))} → {_value(path, b.get(path))}")
    return lines
