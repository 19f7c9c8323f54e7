"""Accounts, roles, password hashing and the one question every service asks:
may this account act for this village?"""

from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from villageadmin.core import audit
from villageadmin.core.clock import now_iso
from villageadmin.core.errors import AccessDenied, AuthError, NotFound, ValidationError

if TYPE_CHECKING:
    from argon2 import PasswordHasher

    from villageadmin.core.store import Store

ROLES = ("admin", "village", "viewer")
MIN_PASSWORD_LEN = 6
# Failed sign-ins slow down but never lock anyone out for good.
FREE_FAILURES = 3
MAX_DELAY_S = 60

_hasher: PasswordHasher | None = None


def hasher() -> PasswordHasher:
    """Argon2id with per-user random salt. Tests set VILLAGEADMIN_FAST_HASH=1 for cheap params."""
    global _hasher
    if _hasher is None:
        from argon2 import PasswordHasher, Type

        if os.environ.get("VILLAGEADMIN_FAST_HASH") == "1":
            _hasher = PasswordHasher(time_cost=1, memory_cost=256, parallelism=1, type=Type.ID)
        else:
            _hasher = PasswordHasher(time_cost=2, memory_cost=19456, parallelism=1, type=Type.ID)
    return _hasher


def hash_password(password: str) -> str:
    return hasher().hash(password)


def check_password_rules(password: str, field: str = "password") -> None:
    if len(password) < MIN_PASSWORD_LEN:
        raise ValidationError(field, f"密码至少要 {MIN_PASSWORD_LEN} 位。", code="pw_short")


@dataclass(frozen=True)
class Actor:
    """Who is acting. ``village_id`` is set for village accounts only."""

    user_id: int | None
    username: str
    display_name: str
    role: str
    village_id: int | None = None

    @property
    def is_admin(self) -> bool:
        return self.role == "admin"

    @property
    def is_township(self) -> bool:
        return self.role in ("admin", "viewer")

    def may_read(self, village_id: int | None) -> bool:
        return self.is_township or (village_id is not None and village_id == self.village_id)

    def may_write(self, village_id: int | None) -> bool:
        if self.role == "viewer":
            return False
        return self.is_admin or (village_id is not None and village_id == self.village_id)


SYSTEM = Actor(None, "system", "系统", "admin")


def require_read(actor: Actor, village_id: int | None) -> None:
    if not actor.may_read(village_id):
        raise AccessDenied("这个账号只能查看本村的记录。", village_id=village_id)


def require_write(actor: Actor, village_id: int | None) -> None:
    if not actor.may_write(village_id):
        if actor.role == "viewer":
            raise AccessDenied("这个账号只能查看，不能修改。")
        raise AccessDenied("这个账号只能修改本村的记录。", village_id=village_id)


def require_admin(actor: Actor) -> None:
    if not actor.is_admin:
        raise AccessDenied("只有乡镇管理员才能做这件事。")


def visible_village_ids(store: Store, actor: Actor) -> list[int]:
    if actor.is_township:
        return [r[0] for r in store.execute("SELECT id FROM villages WHERE active=1 ORDER BY code")]
    return [actor.village_id] if actor.village_id is not None else []


def _actor_from_row(row: dict[str, Any]) -> Actor:
    return Actor(row["id"], row["username"], row["display_name"], row["role"], row["village_id"])


def retry_delay(failed_count: int) -> int:
    """Seconds to wait before the next try after ``failed_count`` failures in a row."""
    if failed_count < FREE_FAILURES:
        return 0
    return int(min(MAX_DELAY_S, 2 ** (failed_count - FREE_FAILURES + 1)))


def authenticate(store: Store, username: str, password: str, *, now: dt.datetime | None = None) -> Actor:
    """Check a sign-in. Failures are audited (never the password) and slow later tries down."""
    from argon2.exceptions import InvalidHashError, VerificationError

    row = store.one("SELECT * FROM users WHERE username=? AND active=1", (username.strip(),))
    now = now or dt.datetime.now()
    if row is None:
        with store.transaction():
            # Not the name as typed: an unknown "user name" is often a password typed in the wrong field.
            audit.append(store, None, "sign_in_failed", "user", None, extra={"unknown_user": True,
                                                                             "typed_length": len(username)})
        raise AuthError("用户名或密码不对。", code="bad_login")
    wait = retry_delay(row["failed_count"])
    if wait and row["last_failed_at"]:
        since = (now - dt.datetime.fromisoformat(row["last_failed_at"])).total_seconds()
        if since < wait:
            raise AuthError(f"密码错误次数较多，请 {int(wait - since) + 1} 秒后再试。", code="wait",
                            seconds=int(wait - since) + 1)
    try:
        hasher().verify(row["pw_hash"], password)
    except (VerificationError, InvalidHashError):
        with store.transaction():
            store.execute("UPDATE users SET failed_count=failed_count+1, last_failed_at=? WHERE id=?",
                          (now.replace(microsecond=0).isoformat(), row["id"]))
            audit.append(store, None, "sign_in_failed", "user", row["id"], village_id=row["village_id"],
                         extra={"username": row["username"]})
        raise AuthError("用户名或密码不对。", code="bad_login") from None
    actor = _actor_from_row(row)
    if row["failed_count"] or hasher().check_needs_rehash(row["pw_hash"]):
        with store.transaction():
            store.execute("UPDATE users SET failed_count=0, last_failed_at=NULL WHERE id=?", (row["id"],))
    return actor


def verify_password(store: Store, actor: Actor, password: str) -> bool:
    """Re-check the signed-in user's password (unlock after idle, approving money)."""
    try:
        authenticate(store, actor.username, password)
    except AuthError:
        return False
    return True


def must_change_password(store: Store, actor: Actor) -> bool:
    return bool(store.scalar("SELECT must_change_pw FROM users WHERE id=?", (actor.user_id,)))


def create_user(store: Store, actor: Actor, *, username: str, display_name: str, role: str,
                password: str, village_id: int | None = None, must_change_pw: bool = False,
                pw_hash: str | None = None) -> int:
    require_admin(actor)
    username = username.strip()
    if not username:
        raise ValidationError("username", "请填写用户名。", code="required")
    if role not in ROLES:
        raise ValidationError("role", "角色不对。", code="bad_role")
    if (role == "village") != (village_id is not None):
        raise ValidationError("village", "村账号必须选择所属的村；乡镇账号不选村。", code="village_role")
    if pw_hash is None:
        check_password_rules(password)
        pw_hash = hash_password(password)
    if store.one("SELECT id FROM users WHERE username=?", (username,)):
        raise ValidationError("username", f"用户名“{username}”已经有人用了。", code="duplicate")
    with store.transaction():
        cur = store.execute(
            "INSERT INTO users (username, display_name, role, village_id, pw_hash, must_change_pw, created_at)"
            " VALUES (?,?,?,?,?,?,?)",
            (username, display_name.strip() or username, role, village_id, pw_hash, int(must_change_pw),
             now_iso()),
        )
        uid = int(cur.lastrowid or 0)
        audit.append(store, actor, "create", "user", uid, village_id=village_id,
                     after={"username": username, "role": role, "village_id": village_id})
    return uid


def set_password(store: Store, actor: Actor, user_id: int, new_password: str, *,
                 old_password: str | None = None) -> None:
    """A user changes their own password (with the old one), or the admin resets anyone's."""
    row = store.one("SELECT * FROM users WHERE id=?", (user_id,))
    if row is None:
        raise NotFound("没有这个账号。")
    own = actor.user_id == user_id
    if not own:
        require_admin(actor)
    elif old_password is not None and not verify_password(store, actor, old_password):
        raise ValidationError("old_password", "原密码不对。", code="bad_old_pw")
    check_password_rules(new_password, "new_password")
    with store.transaction():
        store.execute(
            "UPDATE users SET pw_hash=?, failed_count=0, last_failed_at=NULL, must_change_pw=? WHERE id=?",
            (hash_password(new_password), 0 if own else 1, user_id),
        )
        audit.append(store, actor, "reset_password" if not own else "change_password", "user", user_id,
                     village_id=row["village_id"])


def set_active(store: Store, actor: Actor, user_id: int, active: bool) -> None:
    require_admin(actor)
    if user_id == actor.user_id and not active:
        raise ValidationError("active", "不能停用自己正在使用的账号。", code="self_disable")
    with store.transaction():
        store.execute("UPDATE users SET active=? WHERE id=?", (int(active), user_id))
        audit.append(store, actor, "enable" if active else "disable", "user", user_id)


def list_users(store: Store, actor: Actor) -> list[dict[str, Any]]:
    require_admin(actor)
    return store.query(
        "SELECT u.id, u.username, u.display_name, u.role, u.village_id, v.name AS village_name, u.active,"
        " u.failed_count FROM users u LEFT JOIN villages v ON v.id = u.village_id ORDER BY u.role, v.code,"
        " u.username"
    )
