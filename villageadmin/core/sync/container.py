"""The file container: a zip with a signed manifest, written carefully and read defensively.

Reading never trusts the file: it is copied off the stick first, member names are checked against
an allow-list before anything is decompressed, nothing is ever extracted to disk, and the real
decompressed bytes are counted against fixed bounds (the sizes in the zip headers are not trusted).
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import re
import shutil
import zipfile
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from villageadmin.core.errors import VillageAdminError

MANIFEST = "manifest.json"
SIGNATURE = "manifest.sig"
# Member names other than the manifest and signature: one flat folder level, lower-case names.
_MEMBER_RE = re.compile(r"^(?:(?:data|refs)/)?[a-z][a-z0-9_]{0,62}\.jsonl?$")

# Bounds. A village's ten years of records are a few MB; these leave room and stop bombs.
MAX_FILE_BYTES = 64 * 1024 * 1024
MAX_MEMBERS = 100
MAX_MANIFEST_BYTES = 2 * 1024 * 1024
MAX_MEMBER_BYTES = 96 * 1024 * 1024
MAX_TOTAL_BYTES = 192 * 1024 * 1024
_CHUNK = 64 * 1024
# A fixed timestamp keeps files byte-for-byte reproducible from the same content.
_ZIP_TIME = (2020, 1, 1, 0, 0, 0)


class Refused(VillageAdminError):
    """A file that will not be imported; ``message`` is the plain-Chinese reason."""

    code = "refused"

    def __init__(self, code: str, message: str, **facts: Any) -> None:
        super().__init__(message, code=code, **facts)


# -- writing ----------------------------------------------------------------------------------------
def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def write(path: Path, manifest: bytes, signature: bytes, members: Iterable[tuple[str, bytes]]) -> str:
    """Write the container to ``path`` (via a temporary file, fsynced); returns the file's SHA-256."""
    tmp = path.with_name(path.name + ".part")
    with zipfile.ZipFile(tmp, "w") as zf:
        # The manifest is stored uncompressed so a damaged byte in it can only fail its signature/CRC.
        zf.writestr(zipfile.ZipInfo(MANIFEST, _ZIP_TIME), manifest, compress_type=zipfile.ZIP_STORED)
        zf.writestr(zipfile.ZipInfo(SIGNATURE, _ZIP_TIME), signature, compress_type=zipfile.ZIP_STORED)
        for name, data in members:
            zf.writestr(zipfile.ZipInfo(name, _ZIP_TIME), data, compress_type=zipfile.ZIP_DEFLATED,
                        compresslevel=6)
    h = hashlib.sha256()
    with open(tmp, "rb") as fh:
        for chunk in iter(lambda: fh.read(_CHUNK), b""):
            h.update(chunk)
        os.fsync(fh.fileno())
    os.replace(tmp, path)
    return h.hexdigest()


# -- staging ----------------------------------------------------------------------------------------
@dataclass
class Staged:
    original: Path
    path: Path
    sha256: str
    size: int


def stage(src: Path, staging_dir: Path) -> Staged:
    """Copy a file off the stick into the local staging folder (bounded), hashing it on the way."""
    staging_dir.mkdir(parents=True, exist_ok=True)
    if src.is_symlink() or not src.is_file():
        raise Refused("not_a_file", f"“{src.name}”不是普通文件。")
    h = hashlib.sha256()
    size = 0
    tmp = staging_dir / f".incoming-{os.getpid()}-{os.urandom(4).hex()}"
    try:
        with open(src, "rb") as fin, open(tmp, "wb") as fout:
            while True:
                chunk = fin.read(_CHUNK)
                if not chunk:
                    break
                size += len(chunk)
                if size > MAX_FILE_BYTES:
                    raise Refused("too_big", f"文件超过 {MAX_FILE_BYTES // (1024 * 1024)} MB，"
                                             "不像是村务通导出的文件。")
                h.update(chunk)
                fout.write(chunk)
            fout.flush()
            os.fsync(fout.fileno())
        digest = h.hexdigest()
        safe = re.sub(r"[^\w.\-\u3400-\u9fff]", "_", src.name)[:80] or "file"
        final = staging_dir / f"{digest[:16]}-{safe}"
        os.replace(tmp, final)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise Refused("unreadable", f"读不出文件“{src.name}”：{exc.strerror or exc}。U 盘可能已拔出或损坏。") from exc
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return Staged(src, final, digest, size)


def move(staged: Staged, folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    dest = folder / staged.path.name
    if staged.path != dest:
        shutil.move(str(staged.path), dest)
        staged.path = dest
    return dest


# -- reading ----------------------------------------------------------------------------------------
def check_name(name: str) -> None:
    """Refuse names that could escape a folder or hide something, before any allow-list check."""
    if "\x00" in name or "\\" in name or name.startswith("/") or re.match(r"^[A-Za-z]:", name) \
            or any(part in ("..", ".") for part in name.split("/")):
        raise Refused("unsafe_name", f"文件里有危险的路径名“{name[:60]}”（可能想写到别的文件夹去），已拒收。")
    if name.endswith("/"):
        raise Refused("nested", f"文件里有多余的文件夹“{name[:60]}”，不是村务通的文件格式。")
    if name.count("/") > 1:
        raise Refused("nested", f"文件里有嵌套的文件夹“{name[:60]}”，不是村务通的文件格式。")
    if name not in (MANIFEST, SIGNATURE) and not _MEMBER_RE.match(name):
        raise Refused("extra_member", f"文件里有不认识的成员“{name[:60]}”，已拒收。")


class Container:
    """An opened (staged) container: names checked, manifest and signature read."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.total = 0
        try:
            self._zf = zipfile.ZipFile(path)
        except (zipfile.BadZipFile, NotImplementedError):  # a damaged header can ask for an unknown zip version
            raise Refused("damaged", "文件不完整或已损坏（不是完整的压缩包）。可能是拷贝时没有拷完，请重新拷贝。") from None
        except OSError as exc:
            raise Refused("unreadable", f"读不出文件：{exc.strerror or exc}。") from exc
        try:
            self._check_names()
            self.manifest_bytes = self._read(MANIFEST, MAX_MANIFEST_BYTES)
            self.signature = self._read(SIGNATURE, 256)
        except BaseException:
            self._zf.close()
            raise
        try:
            manifest = json.loads(self.manifest_bytes.decode("utf-8"))
        except (UnicodeDecodeError, ValueError):
            self._zf.close()
            raise Refused("bad_manifest", "文件的说明部分（manifest）已损坏，读不出来。") from None
        if not isinstance(manifest, dict):
            self._zf.close()
            raise Refused("bad_manifest", "文件的说明部分（manifest）不是村务通的格式。")
        self.manifest: dict[str, Any] = manifest

    def close(self) -> None:
        self._zf.close()

    def __enter__(self) -> Container:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _check_names(self) -> None:
        infos = self._zf.infolist()
        if len(infos) > MAX_MEMBERS:
            raise Refused("too_many_members", f"文件里有 {len(infos)} 个成员，太多了，不是村务通的文件。")
        seen: set[str] = set()
        for info in infos:
            check_name(info.filename)
            if info.filename in seen:
                raise Refused("duplicate_member", f"文件里有重名的成员“{info.filename}”（可能被人做了手脚），已拒收。")
            seen.add(info.filename)
            if info.flag_bits & 0x1:
                raise Refused("encrypted", "文件里有加密的成员，不是村务通的文件。")
            if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
                raise Refused("compression", "文件的压缩方式不对，不是村务通的文件。")
        for required in (MANIFEST, SIGNATURE):
            if required not in seen:
                raise Refused("missing_member", f"文件里缺少“{required}”，不是完整的村务通文件。")
        self.names = seen

    def check_members(self, expected: Iterable[str]) -> None:
        """The members must be exactly the manifest's list plus the manifest and its signature."""
        want = set(expected) | {MANIFEST, SIGNATURE}
        extra = sorted(self.names - want)
        missing = sorted(want - self.names)
        if extra:
            raise Refused("extra_member", f"文件里有说明里没有列出的成员“{extra[0]}”，已拒收。")
        if missing:
            raise Refused("missing_member", f"文件里缺少“{missing[0]}”，文件不完整。")

    def _read(self, name: str, limit: int, declared: int | None = None) -> bytes:
        """Decompress one member, counting the real bytes (headers are not trusted)."""
        buf = io.BytesIO()
        n = 0
        try:
            with self._zf.open(name) as fh:
                while True:
                    chunk = fh.read(_CHUNK)
                    if not chunk:
                        break
                    n += len(chunk)
                    self.total += len(chunk)
                    if declared is not None and declared < n <= limit:
                        raise Refused("hash_mismatch", f"文件里“{name}”的内容和签名说明里的不一致：文件被改动过或已损坏。")
                    if n > limit or self.total > MAX_TOTAL_BYTES:
                        raise Refused("too_big", f"文件解压后超过了上限（{name}），可能是恶意构造的压缩包，已拒收。")
                    buf.write(chunk)
        except Refused:
            raise
        except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, OSError, ValueError,
                RuntimeError, NotImplementedError) as exc:
            raise Refused("damaged", f"文件已损坏（{name} 读不出来或校验不符）。请重新拷贝。") from exc
        except Exception as exc:  # zlib.error and friends from a damaged stream
            raise Refused("damaged", f"文件已损坏（{name} 解压出错）。请重新拷贝。") from exc
        return buf.getvalue()

    def member(self, name: str, *, sha256: str, size: int) -> bytes:
        """Read a member listed in the (already verified) manifest and check its hash."""
        if name not in self.names:
            raise Refused("missing_member", f"文件里缺少“{name}”，文件不完整。")
        data = self._read(name, MAX_MEMBER_BYTES, max(0, size))
        if len(data) != size or sha256_hex(data) != sha256:
            raise Refused("hash_mismatch", f"文件里“{name}”的内容和签名说明里的不一致：文件被改动过或已损坏。")
        return data
