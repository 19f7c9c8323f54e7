"""Signing keys (Ed25519): this PC's own keys, the keys enrolled from the other side, fingerprints.

A village signs its files with its own key; the township enrols the village's public key once,
after both people compare the fingerprint read aloud (six groups of four digits). A key is
replaced only by a statement signed with the old key, or by the administrator re-enrolling on
purpose with a reason; both are written to the audit log.
"""

from __future__ import annotations

import base64
import hashlib
import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from villageadmin.core import audit, township
from villageadmin.core.accounts import Actor, require_admin, require_write
from villageadmin.core.clock import now_iso
from villageadmin.core.errors import AccessDenied, NotFound, RuleViolation, ValidationError

if TYPE_CHECKING:
    from villageadmin.core.store import Store

KEY_FILE_FORMAT = "villageadmin-key"
KEY_CHANGE_FORMAT = "villageadmin-key-change"
KEY_FILE_SUFFIX = ".vakey"
MAX_KEY_FILE_BYTES = 64 * 1024


# -- primitives ------------------------------------------------------------------------------------
def b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def unb64(text: Any, *, length: int | None = None) -> bytes | None:
    """Decode strict base64; None when it is not (or not of the expected length)."""
    if not isinstance(text, str) or len(text) > 200:
        return None
    try:
        raw = base64.b64decode(text.encode("ascii"), validate=True)
    except (ValueError, UnicodeEncodeError):
        return None
    if length is not None and len(raw) != length:
        return None
    return raw


def canonical(obj: Any) -> bytes:
    return json.dumps(obj, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode("utf-8")


def new_private_key() -> tuple[str, str]:
    """(private, public), both base64 of the raw 32 bytes."""
    key = Ed25519PrivateKey.generate()
    priv = key.private_bytes(serialization.Encoding.Raw, serialization.PrivateFormat.Raw,
                             serialization.NoEncryption())
    pub = key.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return b64(priv), b64(pub)


def sign_with(private_b64: str, data: bytes) -> bytes:
    raw = unb64(private_b64, length=32)
    assert raw is not None, "stored private key is damaged"
    return Ed25519PrivateKey.from_private_bytes(raw).sign(data)


def verify(public_b64: str, signature: bytes, data: bytes) -> bool:
    raw = unb64(public_b64, length=32)
    if raw is None or len(signature) != 64:
        return False
    try:
        Ed25519PublicKey.from_public_bytes(raw).verify(signature, data)
    except (InvalidSignature, ValueError):
        return False
    return True


def fingerprint(public_b64: str) -> str:
    """24 digits in six groups of four, from SHA-256 of the public key: easy to read aloud."""
    raw = unb64(public_b64, length=32) or b""
    n = int.from_bytes(hashlib.sha256(raw).digest()[:10], "big") % 10**24
    digits = f"{n:024d}"
    return " ".join(digits[i:i + 4] for i in range(0, 24, 4))


def normalise_fingerprint(text: str) -> str:
    digits = re.sub(r"\D", "", text or "")
    return " ".join(digits[i:i + 4] for i in range(0, len(digits), 4))


# -- this PC's own keys ----------------------------------------------------------------------------
@dataclass
class OwnKey:
    id: int
    owner: str
    village_id: int | None
    public_key: str
    fingerprint: str
    created_at: str
    key_change: dict[str, Any] | None
    _private: str

    def sign(self, data: bytes) -> bytes:
        return sign_with(self._private, data)


def _own_key_row(store: Store, owner: str, village_id: int | None) -> OwnKey | None:
    row = store.one("SELECT * FROM sync_keys WHERE owner=? AND coalesce(village_id, 0)=? AND retired_at IS NULL",
                    (owner, village_id or 0))
    if row is None:
        return None
    change = json.loads(row["key_change"]) if row["key_change"] else None
    return OwnKey(row["id"], row["owner"], row["village_id"], row["public_key"], row["fingerprint"],
                  row["created_at"], change, row["private_key"])


def own_key(store: Store, *, village_id: int | None) -> OwnKey | None:
    """The active key of a village entered on this PC (or the township's, for ``village_id=None``)."""
    return _own_key_row(store, "village" if village_id is not None else "township", village_id)


def _check_may_hold_key(store: Store, village_id: int) -> None:
    if store.one("SELECT id FROM sync_peers WHERE village_id=?", (village_id,)):
        v = township.village(store, village_id)
        raise RuleViolation(f"{v['name']}的记录是从村里的导出文件导入的，只能在{v['name']}自己的电脑上导出，"
                            "这里不能为它生成签名密钥。", code="village_is_archived")


def ensure_own_key(store: Store, actor: Actor, *, village_id: int | None) -> OwnKey:
    """The active signing key, made (and audited) the first time it is needed."""
    if village_id is None:
        require_admin(actor)
    else:
        require_write(actor, village_id)
        _check_may_hold_key(store, village_id)
    key = own_key(store, village_id=village_id)
    if key is not None:
        return key
    with store.transaction():
        _insert_key(store, actor, village_id=village_id, key_change=None)
    key = own_key(store, village_id=village_id)
    assert key is not None
    return key


def _insert_key(store: Store, actor: Actor, *, village_id: int | None, key_change: dict[str, Any] | None) -> int:
    priv, pub = new_private_key()
    fp = fingerprint(pub)
    cur = store.execute(
        "INSERT INTO sync_keys (owner, village_id, private_key, public_key, fingerprint, created_at, created_by,"
        " key_change) VALUES (?,?,?,?,?,?,?,?)",
        ("village" if village_id is not None else "township", village_id, priv, pub, fp, now_iso(), actor.username,
         json.dumps(key_change, ensure_ascii=False) if key_change else None))
    kid = int(cur.lastrowid or 0)
    audit.append(store, actor, "create", "sync_key", kid, village_id=village_id,
                 after={"fingerprint": fp, "replaces": (key_change or {}).get("statement", {}).get("old_public_key")})
    return kid


def replace_own_key(store: Store, actor: Actor, *, village_id: int | None) -> OwnKey:
    """A new key for this PC; the old one signs the hand-over, which later files carry to the other side."""
    old = ensure_own_key(store, actor, village_id=village_id)
    statement = {
        "format": KEY_CHANGE_FORMAT,
        "owner": old.owner,
        "township": _township_code(store),
        "village": township.village(store, village_id)["code"] if village_id is not None else None,
        "old_public_key": old.public_key,
        "new_public_key": "",
        "at": now_iso(),
    }
    with store.transaction():
        store.execute("UPDATE sync_keys SET retired_at=? WHERE id=?", (now_iso(), old.id))
        priv, pub = new_private_key()
        statement["new_public_key"] = pub
        change = {"statement": statement, "signature": b64(old.sign(canonical(statement)))}
        cur = store.execute(
            "INSERT INTO sync_keys (owner, village_id, private_key, public_key, fingerprint, created_at, created_by,"
            " key_change) VALUES (?,?,?,?,?,?,?,?)",
            (old.owner, village_id, priv, pub, fingerprint(pub), now_iso(), actor.username,
             json.dumps(change, ensure_ascii=False)))
        audit.append(store, actor, "replace", "sync_key", int(cur.lastrowid or 0), village_id=village_id,
                     before={"fingerprint": old.fingerprint}, after={"fingerprint": fingerprint(pub)})
    new = own_key(store, village_id=village_id)
    assert new is not None
    return new


def check_key_change(change: Any, *, old_public_key: str, new_public_key: str) -> bool:
    """Whether ``change`` is a hand-over from ``old_public_key`` to ``new_public_key`` signed by the old key."""
    if not isinstance(change, dict) or not isinstance(change.get("statement"), dict):
        return False
    st = change["statement"]
    if st.get("format") != KEY_CHANGE_FORMAT or st.get("old_public_key") != old_public_key \
            or st.get("new_public_key") != new_public_key:
        return False
    sig = unb64(change.get("signature"), length=64)
    return sig is not None and verify(old_public_key, sig, canonical(st))


def _township_code(store: Store) -> str:
    info = township.info(store)
    if info is None:
        raise RuleViolation("数据文件夹里还没有建立乡镇。", code="not_set_up")
    return str(info["code"])


# -- key files (.vakey): the public half, carried to the other side for enrolment ------------------
@dataclass
class KeyClaim:
    """A public key and whom it says it belongs to (from a key file or a signed export file)."""

    owner: str  # "village" or "township"
    township_code: str
    township_name: str
    village_code: str | None
    village_name: str | None
    public_key: str
    key_change: dict[str, Any] | None = None

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.public_key)


def key_file(store: Store, actor: Actor, *, village_id: int | None) -> dict[str, Any]:
    key = ensure_own_key(store, actor, village_id=village_id)
    info = township.info(store) or {"code": "", "name": ""}
    v = township.village(store, village_id) if village_id is not None else None
    body: dict[str, Any] = {
        "format": KEY_FILE_FORMAT,
        "format_version": 1,
        "owner": key.owner,
        "township": {"code": info["code"], "name": info["name"]},
        "village": {"code": v["code"], "name": v["name"]} if v else None,
        "public_key": key.public_key,
        "fingerprint": key.fingerprint,
        "created_at": key.created_at,
        "key_change": key.key_change,
    }
    # Proof that whoever made the file holds the private key.
    return {**body, "proof": b64(key.sign(canonical(body)))}


def write_key_file(store: Store, actor: Actor, out: str | Path, *, village_id: int | None) -> Path:
    body = key_file(store, actor, village_id=village_id)
    path = Path(out)
    if path.is_dir():
        who = body["village"]["name"] if body["village"] else body["township"]["name"]
        path = path / f"{who}-密钥{KEY_FILE_SUFFIX}"
    tmp = path.with_name(path.name + ".part")
    tmp.write_text(json.dumps(body, ensure_ascii=False, indent=1), "utf-8")
    tmp.replace(path)
    return path


def read_key_file(data: bytes) -> KeyClaim:
    """Parse and check a key file's own proof; refuses anything else with a plain reason."""
    from villageadmin.core.sync.container import Refused

    if len(data) > MAX_KEY_FILE_BYTES:
        raise Refused("too_big", "这不是村务通的密钥文件（文件太大）。")
    try:
        body = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        raise Refused("not_key_file", "这不是村务通的密钥文件，或文件已损坏。") from None
    if not isinstance(body, dict) or body.get("format") != KEY_FILE_FORMAT:
        raise Refused("not_key_file", "这不是村务通的密钥文件。")
    if body.get("format_version") != 1:
        raise Refused("format_version", f"密钥文件的格式版本（{body.get('format_version')}）这个版本的村务通不认识，"
                                        "请升级村务通。")
    proof = unb64(body.pop("proof", None), length=64)
    pub = body.get("public_key")
    if proof is None or not isinstance(pub, str) or not verify(pub, proof, canonical(body)):
        raise Refused("bad_signature", "密钥文件的自签名不对：文件被改动过或已损坏。")
    return _claim(body)


def _claim(body: dict[str, Any]) -> KeyClaim:
    from villageadmin.core.sync.container import Refused

    try:
        owner = body["owner"]
        t = body["township"]
        v = body.get("village")
        if owner not in ("village", "township") or (owner == "village") != isinstance(v, dict):
            raise TypeError
        claim = KeyClaim(owner, str(t["code"]), str(t["name"]), str(v["code"]) if v else None,
                         str(v["name"]) if v else None, str(body.get("public_key") or body["signer"]["public_key"]),
                         body.get("key_change") if isinstance(body.get("key_change"), dict) else None)
    except (KeyError, TypeError):
        raise Refused("bad_manifest", "文件里说明“这是谁的密钥”的部分不完整。") from None
    if unb64(claim.public_key, length=32) is None:
        raise Refused("bad_manifest", "文件里的公钥不完整。")
    return claim


def claim_from_manifest(manifest: dict[str, Any]) -> KeyClaim:
    """Who signed an export file, as its manifest says (the caller has checked the signature)."""
    body = {"owner": manifest.get("kind"), "township": manifest.get("township"), "village": manifest.get("village"),
            "public_key": (manifest.get("signer") or {}).get("public_key"), "key_change": manifest.get("key_change")}
    return _claim(body)


def claim_from_signed_file(path: Path) -> KeyClaim:
    """The signer of an export file, after checking that the file's signature is by that key."""
    import tempfile

    from villageadmin.core.sync import container

    with tempfile.TemporaryDirectory() as tmp:
        staged = container.stage(path, Path(tmp))
        with container.Container(staged.path) as c:
            claim = claim_from_manifest(c.manifest)
            if not verify(claim.public_key, c.signature, c.manifest_bytes):
                raise container.Refused("bad_signature", "文件的签名不对，不能用它登记密钥。")
    return claim


# -- enrolled keys of the other side ---------------------------------------------------------------
@dataclass
class EnrolResult:
    status: str  # "enrolled", "unchanged", "replaced"
    owner: str
    village_id: int | None
    name: str
    fingerprint: str
    old_fingerprint: str | None = None


def peer(store: Store, *, village_id: int | None) -> dict[str, Any] | None:
    if village_id is None:
        return store.one("SELECT * FROM sync_peers WHERE kind='township'")
    return store.one("SELECT * FROM sync_peers WHERE village_id=?", (village_id,))


def peers(store: Store) -> list[dict[str, Any]]:
    return store.query("SELECT p.*, v.code AS village_code, v.name AS village_name FROM sync_peers p"
                       " LEFT JOIN villages v ON v.id=p.village_id ORDER BY p.kind DESC, v.code")


def enrol(store: Store, actor: Actor, claim: KeyClaim, *, expect_fingerprint: str | None = None,
          replace: bool = False, reason: str = "", add_village: bool = False) -> EnrolResult:
    """Enrol the other side's public key (a village's at the township, the township's at a village)."""
    if claim.owner == "village":
        require_admin(actor)
    elif actor.role not in ("admin", "village"):
        raise AccessDenied("这个账号只能查看，不能登记密钥。")
    if expect_fingerprint is not None and normalise_fingerprint(expect_fingerprint) != claim.fingerprint:
        raise ValidationError("fingerprint", f"指纹对不上：文件里的是 {claim.fingerprint}，"
                                             f"核对的是 {normalise_fingerprint(expect_fingerprint)}。请不要登记，"
                                             "先弄清文件是谁给的。", code="fingerprint_mismatch")
    here = _township_code(store)
    if claim.township_code != here:
        raise RuleViolation(f"这个密钥属于“{claim.township_name}”（编号 {claim.township_code}），"
                            f"不是本乡镇（编号 {here}）的。", code="other_township")
    if store.one("SELECT id FROM sync_keys WHERE public_key=?", (claim.public_key,)):
        raise RuleViolation("这是本机自己的密钥，不需要登记。", code="own_key")
    village_id: int | None = None
    name = claim.township_name
    if claim.owner == "village":
        assert claim.village_code is not None
        row = store.one("SELECT id, name FROM villages WHERE code=?", (claim.village_code,))
        if row is None:
            if not add_village:
                raise NotFound(f"本乡镇没有编号为 {claim.village_code} 的村（{claim.village_name}）。"
                               "请先在乡镇设置里添加这个村，或选择“同时添加这个村”。", code="unknown_village")
            village_id = township.add_village(store, actor, code=claim.village_code, name=claim.village_name or "")
            name = claim.village_name or claim.village_code
        else:
            village_id, name = int(row["id"]), str(row["name"])
        if own_key(store, village_id=village_id) is not None:
            raise RuleViolation(f"{name}的记录就在这台电脑上录入（这里有它的签名密钥），不能再登记它的文件。",
                                code="village_is_local")
    other = store.one("SELECT p.kind, v.name FROM sync_peers p LEFT JOIN villages v ON v.id=p.village_id"
                      " WHERE p.public_key=?", (claim.public_key,))
    current = peer(store, village_id=village_id)
    if other is not None and (current is None or current["public_key"] != claim.public_key):
        who = other["name"] or "乡镇"
        raise RuleViolation(f"这个密钥已经登记给了{who}，不能再登记给{name}。", code="key_of_other_village")
    now = now_iso()
    entity_id = village_id
    if current is None:
        with store.transaction():
            store.execute("INSERT INTO sync_peers (kind, village_id, public_key, fingerprint, enrolled_at, enrolled_by)"
                          " VALUES (?,?,?,?,?,?)", (claim.owner, village_id, claim.public_key, claim.fingerprint, now,
                                                    actor.username))
            audit.append(store, actor, "enrol", "sync_peer", entity_id, village_id=village_id,
                         after={"owner": claim.owner, "name": name, "fingerprint": claim.fingerprint})
        return EnrolResult("enrolled", claim.owner, village_id, name, claim.fingerprint)
    if current["public_key"] == claim.public_key:
        return EnrolResult("unchanged", claim.owner, village_id, name, claim.fingerprint)
    handed_over = check_key_change(claim.key_change, old_public_key=current["public_key"],
                                   new_public_key=claim.public_key)
    if not handed_over and not replace:
        raise RuleViolation(
            f"{name}已经登记过另一个密钥（指纹 {current['fingerprint']}），这个文件里的密钥（指纹 {claim.fingerprint}）"
            "没有旧密钥的签名交接。如果村里确实换了电脑或密钥，请乡镇管理员核对新指纹后选择“重新登记”并写明原因。",
            code="key_mismatch")
    if not handed_over and not reason.strip():
        raise ValidationError("reason", "重新登记密钥要写明原因。", code="required")
    with store.transaction():
        replace_peer_key(store, actor, current, claim.public_key,
                         how="signed_by_old_key" if handed_over else "re_enrolled", reason=reason.strip())
    return EnrolResult("replaced", claim.owner, village_id, name, claim.fingerprint, current["fingerprint"])


def replace_peer_key(store: Store, actor: Actor | None, current: dict[str, Any], public_key: str, *, how: str,
                     reason: str = "") -> None:
    """Swap an enrolled key; call inside the transaction. Sequence numbers carry on."""
    fp = fingerprint(public_key)
    store.execute("UPDATE sync_peers SET public_key=?, fingerprint=?, enrolled_at=?, enrolled_by=? WHERE id=?",
                  (public_key, fp, now_iso(), actor.username if actor else "system", current["id"]))
    audit.append(store, actor, "replace_key", "sync_peer", current["village_id"], village_id=current["village_id"],
                 before={"fingerprint": current["fingerprint"]}, after={"fingerprint": fp},
                 extra={"how": how, "reason": reason})
