"""Setting up a township: its name, villages, administrator, default policy; staff and links."""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING, Any

from villageadmin.core import accounts, audit, policy
from villageadmin.core.accounts import SYSTEM, Actor, require_admin, require_read
from villageadmin.core.clock import now_iso
from villageadmin.core.errors import NotFound, RuleViolation, ValidationError

if TYPE_CHECKING:
    from villageadmin.core.store import Store

LINK_ROLES = {"leader": "乡领导", "instructor": "驻村指导员", "liaison": "联村干部", "office": "乡书记办公会议成员"}
_CODE_RE = re.compile(r"^[0-9A-Za-z]{1,12}$")


def is_set_up(store: Store) -> bool:
    return store.one("SELECT id FROM township WHERE id=1") is not None


def info(store: Store) -> dict[str, Any] | None:
    return store.one("SELECT name, code, created_at, is_demo FROM township WHERE id=1")


def set_up(store: Store, *, name: str, code: str, villages: list[tuple[str, str]], admin_username: str,
           admin_password: str, village_password: str | None = None, is_demo: bool = False,
           pw_hash_cache: dict[str, str] | None = None) -> Actor:
    """Create the township, its villages, the administrator and (optionally) one account per village.

    Village accounts are named after the village code and must change their password at first sign-in.
    """
    if is_set_up(store):
        raise RuleViolation("这个数据文件已经建立过乡镇了。", code="already_set_up")
    name = name.strip()
    if not name:
        raise ValidationError("name", "请填写乡镇名称。", code="required")
    if not villages:
        raise ValidationError("villages", "请至少填写一个村。", code="required")
    seen_codes: set[str] = set()
    seen_names: set[str] = set()
    for vcode, vname in villages:
        if not _CODE_RE.match(vcode):
            raise ValidationError("villages", f"村编号“{vcode}”只能用数字或字母，最多 12 位。", code="bad_code")
        if not vname.strip():
            raise ValidationError("villages", f"编号 {vcode} 的村没有名称。", code="required")
        if vcode in seen_codes or vname in seen_names:
            raise ValidationError("villages", f"村“{vname}”（{vcode}）重复了。", code="duplicate")
        seen_codes.add(vcode)
        seen_names.add(vname)
    accounts.check_password_rules(admin_password, "admin_password")
    if village_password is not None:
        accounts.check_password_rules(village_password, "village_password")
    def pw(p: str) -> str:
        # Each account gets its own salted hash; only the demo passes a cache to reuse one (speed).
        if pw_hash_cache is None:
            return accounts.hash_password(p)
        if p not in pw_hash_cache:
            pw_hash_cache[p] = accounts.hash_password(p)
        return pw_hash_cache[p]

    now = now_iso()
    with store.transaction():
        store.execute("INSERT INTO township (id, name, code, created_at, is_demo) VALUES (1,?,?,?,?)",
                      (name, code.strip() or "T", now, int(is_demo)))
        audit.append(store, SYSTEM, "create", "township", 1, after={"name": name, "code": code})
        cur = store.execute(
            "INSERT INTO users (username, display_name, role, pw_hash, created_at) VALUES (?,?,?,?,?)",
            (admin_username, "乡镇管理员", "admin", pw(admin_password), now))
        admin_id = int(cur.lastrowid or 0)
        admin = Actor(admin_id, admin_username, "乡镇管理员", "admin")
        audit.append(store, SYSTEM, "create", "user", admin_id, after={"username": admin_username, "role": "admin"})
        for vcode, vname in villages:
            vid = _insert_village(store, admin, vcode, vname.strip(), now)
            if village_password is not None:
                cur = store.execute(
                    "INSERT INTO users (username, display_name, role, village_id, pw_hash, must_change_pw,"
                    " created_at) VALUES (?,?,?,?,?,?,?)",
                    (vcode, f"{vname}书记", "village", vid, pw(village_password), int(not is_demo), now))
                audit.append(store, admin, "create", "user", int(cur.lastrowid or 0), village_id=vid,
                             after={"username": vcode, "role": "village"})
        if not store.one("SELECT id FROM policy_versions LIMIT 1"):
            policy.add_version(store, admin, effective_from=dt.date(2000, 1, 1), body=policy.default_policy(),
                               note="软件自带的默认政策，请乡镇核定后修改", is_default=True)
    return admin


def _insert_village(store: Store, actor: Actor, code: str, name: str, now: str) -> int:
    cur = store.execute("INSERT INTO villages (code, name, created_at) VALUES (?,?,?)", (code, name, now))
    vid = int(cur.lastrowid or 0)
    audit.append(store, actor, "create", "village", vid, village_id=vid, after={"code": code, "name": name})
    return vid


def add_village(store: Store, actor: Actor, *, code: str, name: str) -> int:
    require_admin(actor)
    if not _CODE_RE.match(code):
        raise ValidationError("code", "村编号只能用数字或字母，最多 12 位。", code="bad_code")
    if not name.strip():
        raise ValidationError("name", "请填写村名。", code="required")
    if store.one("SELECT id FROM villages WHERE code=? OR name=?", (code, name.strip())):
        raise ValidationError("code", "这个村编号或村名已经有了。", code="duplicate")
    with store.transaction():
        return _insert_village(store, actor, code, name.strip(), now_iso())


def villages(store: Store, actor: Actor | None = None) -> list[dict[str, Any]]:
    rows = store.query("SELECT id, code, name FROM villages WHERE active=1 ORDER BY code")
    if actor is not None:
        rows = [r for r in rows if actor.may_read(r["id"])]
    return rows


def village(store: Store, village_id: int) -> dict[str, Any]:
    row = store.one("SELECT id, code, name FROM villages WHERE id=?", (village_id,))
    if row is None:
        raise NotFound("没有这个村。")
    return row


def village_by_code(store: Store, code: str) -> dict[str, Any]:
    row = store.one("SELECT id, code, name FROM villages WHERE code=? OR name=?", (code, code))
    if row is None:
        raise NotFound(f"没有编号为“{code}”的村。")
    return row


# -- township staff and their links to villages ---------------------------------------------
def add_staff(store: Store, actor: Actor, *, name: str, title: str = "", is_office_member: bool = False) -> int:
    require_admin(actor)
    if not name.strip():
        raise ValidationError("name", "请填写姓名。", code="required")
    with store.transaction():
        cur = store.execute("INSERT INTO township_staff (name, title, is_office_member) VALUES (?,?,?)",
                            (name.strip(), title.strip(), int(is_office_member)))
        sid = int(cur.lastrowid or 0)
        audit.append(store, actor, "create", "township_staff", sid,
                     after={"name": name, "title": title, "is_office_member": is_office_member})
    return sid


def link_staff(store: Store, actor: Actor, *, village_id: int, staff_id: int, role: str) -> None:
    require_admin(actor)
    if role not in ("leader", "instructor", "liaison"):
        raise ValidationError("role", "联系身份不对。", code="bad_role")
    with store.transaction():
        store.execute("INSERT OR IGNORE INTO village_links (village_id, staff_id, role) VALUES (?,?,?)",
                      (village_id, staff_id, role))
        audit.append(store, actor, "link", "township_staff", staff_id, village_id=village_id,
                     after={"role": role})


def staff(store: Store) -> list[dict[str, Any]]:
    return store.query("SELECT id, name, title, is_office_member FROM township_staff WHERE active=1 ORDER BY id")


def staff_for_village(store: Store, actor: Actor, village_id: int) -> list[dict[str, Any]]:
    """Township staff a meeting form offers: those linked to the village first, then office members."""
    require_read(actor, village_id)
    return store.query(
        "SELECT s.id, s.name, s.title, s.is_office_member, l.role AS link_role FROM township_staff s"
        " LEFT JOIN village_links l ON l.staff_id = s.id AND l.village_id = ?"
        " WHERE s.active=1 AND (l.role IS NOT NULL OR s.is_office_member=1)"
        " ORDER BY l.role IS NULL, s.id", (village_id,))


# -- cadres (the village's cadre list; the cadres module extends this) -----------------------
def add_cadre(store: Store, actor: Actor, *, village_id: int, name: str, post: str = "", line: str = "",
              sex: str = "", birth_date: dt.date | None = None, party_member: bool = False,
              appointed_on: dt.date | None = None, phone: str = "") -> int:
    accounts.require_write(actor, village_id)
    if not name.strip():
        raise ValidationError("name", "请填写姓名。", code="required")
    if sex not in ("", "男", "女"):
        raise ValidationError("sex", "性别只能是男或女。", code="bad_sex")
    with store.transaction():
        cur = store.execute(
            "INSERT INTO cadres (village_id, name, sex, birth_date, post, line, party_member, phone,"
            " appointed_on, created_at) VALUES (?,?,?,?,?,?,?,?,?,?)",
            (village_id, name.strip(), sex, birth_date.isoformat() if birth_date else None, post, line,
             int(party_member), phone, appointed_on.isoformat() if appointed_on else None, now_iso()))
        cid = int(cur.lastrowid or 0)
        audit.append(store, actor, "create", "cadre", cid, village_id=village_id,
                     after={"name": name, "post": post, "line": line})
    return cid


def cadres(store: Store, actor: Actor, village_id: int, *, active_only: bool = True) -> list[dict[str, Any]]:
    require_read(actor, village_id)
    sql = "SELECT id, name, post, line, sex, party_member FROM cadres WHERE village_id=?"
    if active_only:
        sql += " AND active=1"
    return store.query(sql + " ORDER BY id", (village_id,))
