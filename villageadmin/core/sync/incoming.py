"""Checking a village's file completely before anything is written: who signed it, whether it is
whole, whether it follows the last file, and whether every row is well-formed."""

from __future__ import annotations

import json
import math
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from villageadmin.core.sync import bundle as bundle_fmt
from villageadmin.core.sync import keys, records
from villageadmin.core.sync import tables as reg
from villageadmin.core.sync.container import Container, Refused

if TYPE_CHECKING:
    from villageadmin.core.store import Store

MAX_CELL_CHARS = 200_000


@dataclass
class Bundle:
    """A village file that passed every check, ready to merge."""

    manifest: dict[str, Any]
    village_id: int
    village_code: str
    village_name: str
    seq: int
    sha256: str
    file_name: str
    peer: dict[str, Any]
    new_key: str | None  # the signer's key when the file hands over to a new key
    columns: dict[str, list[str]] = field(default_factory=dict)
    rows: dict[str, list[list[Any]]] = field(default_factory=dict)
    # Each row's line as it is in the file, where a line is known to be exactly its row's text.
    lines: dict[str, list[str]] = field(default_factory=dict)
    # The rows' values a column at a time (as checked), where the quick check read them so.
    column_values: dict[str, list[tuple[Any, ...]]] = field(default_factory=dict)
    ids: dict[str, set[int]] = field(default_factory=dict)
    shared: dict[str, list[list[Any]]] = field(default_factory=dict)
    digests: dict[str, str] = field(default_factory=dict)


# -- manifest -----------------------------------------------------------------------------------------
def _is_int(v: Any) -> bool:
    return isinstance(v, int) and not isinstance(v, bool)


def check_format(manifest: dict[str, Any], *, fmt: str, version: int, what: str) -> None:
    if manifest.get("format") != fmt:
        if manifest.get("format") in (bundle_fmt.FORMAT, "villageadmin-township"):
            raise Refused("wrong_kind", f"这不是{what}。")
        raise Refused("not_ours", "这不是村务通导出的文件。")
    v = manifest.get("format_version")
    if not _is_int(v):
        raise Refused("bad_manifest", "文件的说明部分缺少格式版本。")
    if v > version:
        raise Refused("format_version", f"文件的格式版本是 {v}，比这个版本的村务通新（{version}）。请先升级村务通再导入。")
    if v != version:
        raise Refused("format_version", f"文件的格式版本 {v} 这个版本的村务通不认识。")


def _text(d: Any, key: str) -> str:
    v = d.get(key) if isinstance(d, dict) else None
    if not isinstance(v, str) or not v or len(v) > 100:
        raise Refused("bad_manifest", f"文件的说明部分缺少“{key}”。")
    return v


def check_members_listed(manifest: dict[str, Any]) -> dict[str, dict[str, Any]]:
    members = manifest.get("members")
    if not isinstance(members, dict):
        raise Refused("bad_manifest", "文件的说明部分缺少成员清单。")
    for name, m in members.items():
        if not isinstance(m, dict) or not isinstance(m.get("sha256"), str) or not _is_int(m.get("size")) \
                or m["size"] < 0:
            raise Refused("bad_manifest", f"文件的说明部分里“{name}”的记录不完整。")
    return members


# -- signature ----------------------------------------------------------------------------------------
def check_signature(store: Store, c: Container, peer: dict[str, Any], name: str) -> str | None:
    """Verify the manifest's signature against the enrolled key. Returns a new key if the file hands
    over (with the old key's signed statement) to a new one; refuses otherwise."""
    m = c.manifest
    signer = (m.get("signer") or {}).get("public_key") if isinstance(m.get("signer"), dict) else None
    if not isinstance(signer, str):
        raise Refused("bad_manifest", "文件的说明部分缺少签名人。")
    data, sig = c.manifest_bytes, c.signature
    enrolled = peer["public_key"]
    if signer == enrolled and keys.verify(enrolled, sig, data):
        return None
    # Signed (it says) with another key: whose?
    if signer != enrolled and keys.verify(signer, sig, data):
        owner = store.one("SELECT p.kind, v.name FROM sync_peers p LEFT JOIN villages v ON v.id=p.village_id"
                          " WHERE p.public_key=?", (signer,))
        if owner is not None:
            who = owner["name"] or "乡镇"
            raise Refused("key_of_other_village",
                          f"这个文件是用{who}的密钥签名的，却说自己是{name}的文件，已拒收。")
        if keys.check_key_change(m.get("key_change"), old_public_key=enrolled, new_public_key=signer):
            return signer
        raise Refused("foreign_key",
                      f"签名密钥（指纹 {keys.fingerprint(signer)}）不是{name}登记的密钥（指纹 {peer['fingerprint']}）。"
                      "如果村里确实换了电脑或密钥，请乡镇管理员与村里核对指纹后重新登记。")
    for other in store.query("SELECT p.public_key, v.name FROM sync_peers p LEFT JOIN villages v"
                             " ON v.id=p.village_id WHERE p.id<>?", (peer["id"],)):
        if keys.verify(other["public_key"], sig, data):
            raise Refused("key_of_other_village",
                          f"这个文件是用{other['name'] or '乡镇'}的密钥签名的，却说自己是{name}的文件，已拒收。")
    raise Refused("bad_signature", "签名不对：文件在签名之后被改动过，或已损坏。请让村里重新导出。")


# -- the whole file -----------------------------------------------------------------------------------
def open_village_bundle(store: Store, c: Container, *, sha256: str, file_name: str,
                        accept_gap: bool = False) -> Bundle:
    """Every check, in an order that gives the clearest reason. Raises Refused (or Held)."""
    m = c.manifest
    check_format(m, fmt=bundle_fmt.FORMAT, version=bundle_fmt.FORMAT_VERSION, what="村的导出文件")
    if m.get("kind") != "village":
        raise Refused("wrong_kind", "这不是村的导出文件。")
    t_code = _text(m.get("township"), "code")
    here = store.one("SELECT code, name FROM township WHERE id=1")
    if here is None:
        raise Refused("not_set_up", "这个数据文件夹里还没有建立乡镇。")
    if t_code != here["code"]:
        raise Refused("other_township", f"这是“{(m.get('township') or {}).get('name', t_code)}”（编号 {t_code}）"
                                        f"的文件，不是本乡镇（{here['name']}）的。")
    v_code = _text(m.get("village"), "code")
    v_name = _text(m.get("village"), "name")
    village = store.one("SELECT id, name FROM villages WHERE code=?", (v_code,))
    if village is None:
        raise Refused("unknown_village", f"本乡镇没有编号为 {v_code} 的村（文件说是“{v_name}”）。")
    vid, name = int(village["id"]), str(village["name"])
    if keys.own_key(store, village_id=vid) is not None:
        raise Refused("village_is_local", f"{name}的记录就在这台电脑上录入，不能再导入它的文件。")
    peer = keys.peer(store, village_id=vid)
    if peer is None:
        signer = (m.get("signer") or {}).get("public_key") if isinstance(m.get("signer"), dict) else ""
        fp = keys.fingerprint(signer) if isinstance(signer, str) else "?"
        raise Refused("not_enrolled", f"{name}还没有登记签名密钥。文件的签名指纹是 {fp}，"
                                      "请与村里核对指纹后先登记，再导入。")
    new_key = check_signature(store, c, peer, name)
    seq = m.get("seq")
    if not _is_int(seq) or seq < 1:
        raise Refused("bad_manifest", "文件的说明部分缺少文件编号。")
    members = check_members_listed(m)
    c.check_members(members)
    b = Bundle(m, vid, v_code, name, seq, sha256, file_name, peer, new_key)
    check_sequence(peer, seq, m.get("prev_sha256"), name, accept_gap=accept_gap)
    _read_members(store, c, b, members)
    _check_rows(store, b)
    return b


class Held(Refused):
    """A file that is fine but leaves a gap in the numbering: kept until the township confirms."""


def check_sequence(peer: dict[str, Any], seq: int, prev: Any, name: str, *, accept_gap: bool) -> None:
    last = int(peer["last_seq"])
    if seq <= last:
        raise Refused("replay", f"这是{name}的第 {seq} 号文件，本机已经收到过第 {last} 号文件。"
                                "旧文件或重复的文件不能再导入（以免旧数据盖住新数据）。")
    if last == 0:
        return  # the first file after enrolment: completeness is checked row by row
    if seq == last + 1:
        if prev != peer["last_sha256"]:
            raise Refused("chain_broken", f"这个文件接不上上次收到的第 {last} 号文件（上一个文件的指纹不一致）。"
                                          "可能村里的数据是从备份恢复的，或有两台电脑在为同一个村导出。请先与村里联系。")
        return
    if not accept_gap:
        missing = f"第 {last + 1} 号" if seq == last + 2 else f"第 {last + 1}–{seq - 1} 号"
        raise Held("gap", f"缺少{name}的{missing}文件（这是第 {seq} 号）。文件已暂存，"
                          "请让村里把缺少的文件一起拷来，或由乡镇确认后再导入。")


# Two rows' text on one line ("…],[…"): then a line might not be exactly one row's text.
_TWO_ROWS = re.compile(r"\]\s*,\s*\[")


def _jsonl(data: bytes, member: str) -> list[Any]:
    return _jsonl_lines(data, member)[0]


def _jsonl_lines(data: bytes, member: str) -> tuple[list[Any], list[str] | None]:
    """The member's rows, and its lines when each line is exactly the text of its row (else None)."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        raise Refused("bad_rows", f"“{member}”不是 UTF-8 文本。") from None
    lines = [line for line in text.splitlines() if line]
    try:  # one parse for the whole member; line by line only to name a bad line
        out = json.loads("[" + ",".join(lines) + "]", parse_constant=_no_constant)
        if isinstance(out, list) and len(out) == len(lines):
            # Rows are flat lists (checked later), so with no "],[" inside any line the k lines joined by
            # k-1 commas parse to k rows only when every one of those commas separates two rows.
            return out, None if _TWO_ROWS.search(text) else lines
    except ValueError:
        pass
    out = []
    for n, line in enumerate(text.splitlines(), 1):
        if not line:
            continue
        try:
            out.append(json.loads(line, parse_constant=_no_constant))
        except ValueError:
            raise Refused("bad_rows", f"“{member}”第 {n} 行不是完整的记录。") from None
    if len(out) != len(lines):
        raise Refused("bad_rows", f"“{member}”的行数不对。")
    return out, None


def _positive_ints(values: list[Any]) -> bool:
    """Every value a whole number above 0 (not true/false): as ``_is_int(v) and v > 0`` for each."""
    if set(map(type, values)) <= {int}:  # the JSON parser gives int itself, never a subclass but bool
        return not values or min(values) > 0
    return all(_is_int(v) and v > 0 for v in values)


def _no_constant(name: str) -> Any:
    raise ValueError(name)


def _read_members(store: Store, c: Container, b: Bundle, members: dict[str, dict[str, Any]]) -> None:
    m = b.manifest
    tables_meta = m.get("tables")
    if not isinstance(tables_meta, dict):
        raise Refused("bad_manifest", "文件的说明部分缺少记录清单。")
    known = reg.by_name()
    for tname, meta in tables_meta.items():
        if tname not in known:
            raise Refused("unknown_table", f"文件里有这个版本的村务通不认识的记录“{tname}”，请先升级村务通。")
        if not records.table_exists(store, tname):
            raise Refused("unknown_table", f"这个版本的村务通还没有“{known[tname].label}”这类记录，请先升级村务通。")
        if not isinstance(meta, dict) or not isinstance(meta.get("columns"), list) \
                or not all(isinstance(x, str) for x in meta["columns"]) or not isinstance(meta.get("digest"), str):
            raise Refused("bad_manifest", f"文件的说明部分里“{tname}”的记录不完整。")
        b.columns[tname] = list(meta["columns"])
        b.digests[tname] = meta["digest"]
        member = f"data/{tname}.jsonl"
        if member not in members:
            raise Refused("missing_member", f"文件里缺少“{member}”。")
        b.rows[tname], lines = _jsonl_lines(c.member(member, **members[member]), member)
        if lines is not None:
            b.lines[tname] = lines
        if len(b.rows[tname]) != meta.get("rows"):
            raise Refused("count_mismatch", f"“{known[tname].label}”的条数和说明里的不一致。")
    if bundle_fmt.IDS_MEMBER not in members:
        raise Refused("missing_member", f"文件里缺少“{bundle_fmt.IDS_MEMBER}”。")
    try:
        ids = json.loads(c.member(bundle_fmt.IDS_MEMBER, **members[bundle_fmt.IDS_MEMBER]).decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        raise Refused("bad_rows", "文件里的记录编号清单读不出来。") from None
    if not isinstance(ids, dict) or set(ids) != set(b.columns):
        raise Refused("bad_rows", "文件里的记录编号清单和说明不一致。")
    for tname, lst in ids.items():
        if not isinstance(lst, list) or not _positive_ints(lst) or len(set(lst)) != len(lst):
            raise Refused("bad_rows", f"“{known[tname].label}”的编号清单不对。")
        if len(lst) != tables_meta[tname].get("total"):
            raise Refused("count_mismatch", f"“{known[tname].label}”的总条数和说明里的不一致。")
        b.ids[tname] = set(lst)
    shared_meta = m.get("shared") or {}
    if not isinstance(shared_meta, dict):
        raise Refused("bad_manifest", "文件的说明部分里共用名单的记录不完整。")
    for sname, meta in shared_meta.items():
        if sname not in reg.SHARED:
            raise Refused("unknown_table", f"文件里有这个版本的村务通不认识的名单“{sname}”，请先升级村务通。")
        if not isinstance(meta, dict) or meta.get("columns") != list(reg.SHARED[sname].columns):
            raise Refused("bad_manifest", f"文件里“{sname}”名单的格式不对。")
        member = f"refs/{sname}.jsonl"
        if member not in members:
            raise Refused("missing_member", f"文件里缺少“{member}”。")
        b.shared[sname] = _jsonl(c.member(member, **members[member]), member)
    expected = {f"data/{t}.jsonl" for t in b.columns} | {f"refs/{s}.jsonl" for s in b.shared} \
        | {bundle_fmt.IDS_MEMBER}
    if set(members) != expected:
        extra = sorted(set(members) - expected)
        raise Refused("extra_member", f"文件里有说明之外的成员“{extra[0] if extra else ''}”。")


# -- rows ---------------------------------------------------------------------------------------------
class _TypeCheck:
    """A checker for one column's values, by the type SQLite declares for it (built once per file).

    The common case (the right Python type) returns at once; anything else gets the full check.
    """

    __slots__ = ("info", "fast", "nullable")

    def __init__(self, info: dict[str, Any]) -> None:
        t = info["type"]
        self.info = info
        self.fast: type | None = int if "INT" in t else str if ("CHAR" in t or "TEXT" in t or "CLOB" in t) else None
        self.nullable = not (info["notnull"] or info["pk"])

    def __call__(self, value: Any) -> str | None:
        if value is None and self.nullable:
            return None
        fast = self.fast
        if fast is not None and type(value) is fast and (fast is str and len(value) <= MAX_CELL_CHARS
                                                         or fast is int and -2**62 <= value <= 2**62):
            return None
        return _type_problem(value, self.info)

    def column_fine(self, types: set[type], values: Iterable[Any], *, short: bool = False) -> bool:
        """True when every one of a column's ``values`` (of ``types``) passes (False: not known, ask
        value by value). ``short``: no value can be longer than ``MAX_CELL_CHARS``."""
        if self.fast is None or not types <= ({self.fast, type(None)} if self.nullable else {self.fast}):
            return False
        if self.fast is str:  # (filter(None, …) leaves out None, and "", which passes)
            return short or max(map(len, filter(None, values)), default=0) <= MAX_CELL_CHARS
        present = list(filter(None, values)) if type(None) in types else values  # (and 0, which passes)
        return not present or bool(-2**62 <= min(present) and max(present) <= 2**62)


def _type_check(info: dict[str, Any]) -> _TypeCheck:
    return _TypeCheck(info)


def _type_problem(value: Any, info: dict[str, Any]) -> str | None:
    if value is None:
        return "不能为空" if info["notnull"] or info["pk"] else None
    t = info["type"]
    if "INT" in t:
        if not _is_int(value):
            return f"“{value}”不是整数"
        if abs(value) > 2**62:
            return f"数字 {value} 大得不合理"
    elif "CHAR" in t or "TEXT" in t or "CLOB" in t:
        if not isinstance(value, str):
            return f"“{value}”不是文字"
        if len(value) > MAX_CELL_CHARS:
            return "文字太长"
    elif "REAL" in t or "FLOA" in t or "DOUB" in t:
        if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
            return f"“{value}”不是数字"
    elif not isinstance(value, (str, int, float)) or isinstance(value, bool):
        return f"“{value}”不是认得的值"
    return None


def _check_rows(store: Store, b: Bundle) -> None:
    known = reg.by_name()
    existing: dict[str, set[int]] = {}
    for tname in b.columns:
        existing[tname] = {r[0] for r in store.execute(
            "SELECT source_id FROM sync_map WHERE village_id=? AND tbl=?", (b.village_id, tname))}
    shared_keys: dict[str, set[Any]] = {}
    for sname, rows in b.shared.items():
        s = reg.SHARED[sname]
        keys_here: set[Any] = set()
        for row in rows:
            if not isinstance(row, list) or len(row) != len(s.columns):
                raise Refused("bad_rows", f"文件里“{sname}”名单的一行格式不对。")
            vals = dict(zip(s.columns, row))
            for col in s.match:
                if not isinstance(vals[col], str) or not vals[col].strip() or len(vals[col]) > 200:
                    raise Refused("bad_rows", f"文件里“{sname}”名单有一行缺少“{col}”。")
            keys_here.add(vals[s.key])
        shared_keys[sname] = keys_here
    for sname, s in reg.SHARED.items():
        have = shared_keys.setdefault(sname, set())
        if s.key == "id":
            have |= {r[0] for r in store.execute(
                "SELECT source_id FROM sync_map WHERE village_id=? AND tbl=?", (b.village_id, sname))}
        elif records.table_exists(store, sname):
            have |= {r[0] for r in store.execute(f"SELECT {s.key} FROM {sname}")}
    for tname, cols in b.columns.items():
        t = known[tname]
        label = t.label
        info = records.column_info(store, tname)
        if "id" not in cols or not info.get("id", {}).get("pk"):
            raise Refused("bad_manifest", f"“{label}”缺少编号列。")
        unknown = [c for c in cols if c not in info]
        if unknown:
            raise Refused("unknown_column", f"“{label}”里有这个版本的村务通不认识的栏目“{unknown[0]}”，请先升级村务通。")
        if len(set(cols)) != len(cols):
            raise Refused("bad_manifest", f"“{label}”的栏目重复了。")
        for c, ci in info.items():
            if c not in cols and ci["notnull"] and ci["default"] is None and not ci["pk"]:
                raise Refused("missing_column", f"“{label}”缺少必须有的栏目“{c}”（文件来自旧版本的村务通？）。")
        idx = {c: i for i, c in enumerate(cols)}
        col_checks: list[tuple[int, str, Any]] = [(i, c, _type_check(info[c])) for i, c in enumerate(cols)
                                                  if c != t.village]
        col_checks += [(idx[c], c, check) for c, check in t.checks.items() if c in idx]
        seen = _rows_fine(b, t, cols, col_checks, shared_keys)
        if seen is None:  # something is wrong: find the first bad cell, row by row, to name it
            seen = _first_problem(b, t, cols, col_checks, shared_keys)
        missing = b.ids[tname] - seen - existing[tname]
        if missing:
            raise Refused("incomplete", f"文件里缺少 {len(missing)} 条以前没有收到过的“{label}”（可能中间有文件没拷来）。"
                                        "请让村里选择“导出全部记录”重新导出。")


_PLAIN = frozenset({int, str, float, type(None)})


def _rows_fine(b: Bundle, t: reg.SyncTable, cols: list[str], col_checks: list[tuple[int, str, Any]],
               shared_keys: dict[str, set[Any]]) -> set[int] | None:
    """The rules of ``_first_problem`` checked a column at a time, each distinct value once.

    Returns the rows' ids when every rule holds, None when any might not (then ``_first_problem``
    finds and names the first bad cell). It never says "fine" where the row-by-row check would
    refuse: a column whose values mix types that compare equal (1 and 1.0, True) is left to it.
    """
    rows = b.rows[t.name]
    n = len(cols)
    if rows and (set(map(type, rows)) != {list} or set(map(len, rows)) != {n}):
        return None
    columns: list[tuple[Any, ...]] = list(zip(*rows)) if rows else [() for _ in cols]
    idx = {c: i for i, c in enumerate(cols)}
    ids = columns[idx["id"]]
    if rows and (set(map(type, ids)) != {int} or min(ids) <= 0):
        return None
    seen = set(ids)
    if len(seen) != len(ids) or not seen <= b.ids[t.name]:
        return None
    # A text is never longer than the line it was read from (its quotes and escapes only add).
    lines = b.lines.get(t.name)
    short = lines is not None and max(map(len, lines), default=0) <= MAX_CELL_CHARS
    types_of: dict[int, set[type]] = {}  # column -> its values' types
    distinct: dict[int, set[Any]] = {}  # column -> its distinct values (for the registry's rules)
    for i, _c, check in col_checks:
        if i not in types_of:
            types = set(map(type, columns[i]))
            if not types <= _PLAIN or {int, float} <= types:
                return None
            types_of[i] = types
        if isinstance(check, _TypeCheck) and check.column_fine(types_of[i], columns[i], short=short):
            continue
        if i not in distinct:
            distinct[i] = set(columns[i])
        if not reg.all_fine(check, distinct[i]):
            return None
    if t.village is not None and t.village in idx and rows:
        village = columns[idx[t.village]]
        if set(map(type, village)) != {str} or set(village) != {b.village_code}:
            return None
    for col, target in t.refs.items():
        if col not in idx:
            continue
        refs = set(columns[idx[col]]) - {None}
        if refs and (target not in b.ids or set(map(type, refs)) != {int} or not refs <= b.ids[target]):
            return None
    for col, sname in t.shared.items():
        if col in idx and not set(columns[idx[col]]) - {None} <= shared_keys.get(sname, set()):
            return None
    b.column_values[t.name] = columns
    return seen


def _first_problem(b: Bundle, t: reg.SyncTable, cols: list[str], col_checks: list[tuple[int, str, Any]],
                   shared_keys: dict[str, set[Any]]) -> set[int]:
    """Every rule, row by row and cell by cell: raises the reason for the first bad cell."""
    known = reg.by_name()
    tname, label = t.name, t.label
    idx = {c: i for i, c in enumerate(cols)}
    seen: set[int] = set()
    for n, row in enumerate(b.rows[tname], 1):
        where = f"“{label}”第 {n} 行"
        if not isinstance(row, list) or len(row) != len(cols):
            raise Refused("bad_rows", f"{where}的栏目数不对。")
        sid = row[idx["id"]]
        if not _is_int(sid) or sid <= 0:
            raise Refused("bad_rows", f"{where}的编号不对。")
        if sid in seen:
            raise Refused("bad_rows", f"{where}的编号 {sid} 重复了。")
        seen.add(sid)
        if sid not in b.ids[tname]:
            raise Refused("bad_rows", f"{where}（编号 {sid}）不在记录清单里。")
        for i, c, check in col_checks:
            problem = check(row[i])
            if problem:
                raise Refused("bad_value", f"“{label}”编号 {sid} 的记录：栏目“{c}”{problem}。")
        where = f"“{label}”编号 {sid} 的记录"
        if t.village is not None and t.village in idx and row[idx[t.village]] != b.village_code:
            raise Refused("foreign_row", f"{where}不属于{b.village_name}。")
        for col, target in t.refs.items():
            if col not in idx or row[idx[col]] is None:
                continue
            ref = row[idx[col]]
            if target not in b.ids:
                raise Refused("bad_rows", f"{where}指向的“{known[target].label if target in known else target}”"
                                          "不在文件里。")
            if not _is_int(ref) or ref not in b.ids[target]:
                raise Refused("dangling_ref", f"{where}指向的{known[target].label}（编号 {ref}）不存在。")
        for col, sname in t.shared.items():
            if col not in idx or row[idx[col]] is None:
                continue
            if row[idx[col]] not in shared_keys.get(sname, set()):
                raise Refused("dangling_ref", f"{where}指向的名单条目（{row[idx[col]]}）不在文件里。")
    return seen
