"""Where the data folder lives: a local disk, removable media (USB stick, SD card) or a network share.

SQLite's locking and fsync are not to be trusted on network file systems, and a USB stick can be
pulled out in the middle of a write, so the app warns before working on data kept there (and the
sync module copies files from a stick to a local staging folder before reading them).
Linux: the mount table (``/proc/self/mounts``) and ``/sys/block``; Windows: ``GetDriveTypeW``;
macOS: anything under ``/Volumes``.
"""

from __future__ import annotations

import os
import re
import sys
from dataclasses import dataclass
from pathlib import Path, PurePath

LOCAL, REMOVABLE, NETWORK = "local", "removable", "network"

NETWORK_FS = {
    "nfs", "nfs4", "cifs", "smb3", "smbfs", "ncpfs", "afs", "coda", "ceph", "glusterfs", "lustre", "gfs2",
    "ocfs2", "davfs", "webdav", "9p", "afpfs", "fuse.sshfs", "fuse.davfs2", "fuse.rclone", "fuse.s3fs",
    "fuse.gvfsd-fuse", "fuse.glusterfs", "fuse.cephfs", "fuse.smbnetfs", "fuse.curlftpfs",
}
# File systems USB sticks and cards come with (removable if the device or mount point says so).
STICK_FS = {"vfat", "exfat", "msdos", "ntfs", "ntfs3", "fuseblk", "fuse.exfat", "udf", "iso9660", "hfsplus"}
REMOVABLE_ROOTS = ("/media/", "/run/media/", "/mnt/usb")

# Windows GetDriveTypeW results
_DRIVE_REMOVABLE, _DRIVE_REMOTE, _DRIVE_CDROM = 2, 4, 5


@dataclass(frozen=True)
class Location:
    kind: str  # local | removable | network
    fs_type: str = ""
    mount_point: str = ""
    device: str = ""

    @property
    def warning(self) -> str | None:
        """The plain-Chinese warning for this place, or None when it is a local disk."""
        if self.kind == REMOVABLE:
            return ("数据文件夹在U盘或移动硬盘上。拔出U盘或断电时正在写入的数据可能损坏，而且容易丢失。"
                    "请把数据放在这台电脑的硬盘上，用“备份”把副本存到U盘。")
        if self.kind == NETWORK:
            return ("数据文件夹在网络共享盘上。网络断开时正在写入的数据可能损坏，多台电脑同时打开也不安全。"
                    "请把数据放在这台电脑的硬盘上。")
        return None


def _unescape(field: str) -> str:
    # /proc/mounts escapes space, tab, newline and backslash as octal.
    for code, ch in (("\\040", " "), ("\\011", "\t"), ("\\012", "\n"), ("\\134", "\\")):
        field = field.replace(code, ch)
    return field


def parse_mounts(text: str) -> list[tuple[str, str, str]]:
    """(device, mount point, fs type) for each line of a /proc/mounts table."""
    out = []
    for line in text.splitlines():
        parts = line.split()
        if len(parts) >= 3:
            out.append((_unescape(parts[0]), _unescape(parts[1]), parts[2]))
    return out


def _device_is_removable(device: str, sys_block: Path) -> bool:
    """/dev/sdb1 → /sys/block/sdb: its ``removable`` flag, or whether it hangs off a USB bus."""
    if not device.startswith("/dev/"):
        return False
    name = Path(os.path.realpath(device)).name if os.path.exists(device) else Path(device).name
    # sdb1 → sdb; mmcblk0p1 / nvme0n1p2 → mmcblk0 / nvme0n1
    for base in dict.fromkeys((name, re.sub(r"p\d+$", "", name), name.rstrip("0123456789"))):
        block = sys_block / base
        if block.exists():
            try:
                if (block / "removable").read_text().strip() == "1":
                    return True
            except OSError:
                pass
            return "/usb" in os.path.realpath(block)
    return name.startswith("mmcblk")  # SD cards


def classify_linux(path: Path, mounts_text: str, sys_block: Path = Path("/sys/block")) -> Location:
    target = str(path)
    best: tuple[str, str, str] | None = None
    for device, mount_point, fs_type in parse_mounts(mounts_text):
        mp = mount_point.rstrip("/") or "/"
        if target == mp or target.startswith(mp + "/") or mp == "/":
            if best is None or len(mp) >= len(best[1].rstrip("/") or "/"):
                best = (device, mp, fs_type)
    if best is None:
        return Location(LOCAL)
    device, mp, fs_type = best
    if fs_type in NETWORK_FS or fs_type.startswith("nfs") or device.startswith("//") or \
            "/gvfs/" in target + "/":
        return Location(NETWORK, fs_type, mp, device)
    if any((mp + "/").startswith(root) for root in REMOVABLE_ROOTS):
        return Location(REMOVABLE, fs_type, mp, device)
    if _device_is_removable(device, sys_block):
        return Location(REMOVABLE, fs_type, mp, device)
    return Location(LOCAL, fs_type, mp, device)


def classify_windows(path: str) -> Location:
    import ctypes

    if path.startswith("\\\\") or path.startswith("//"):
        return Location(NETWORK, "unc", path[:2])
    drive = os.path.splitdrive(path)[0]
    if not drive:
        return Location(LOCAL)
    root = drive + "\\"
    kind = ctypes.windll.kernel32.GetDriveTypeW(ctypes.c_wchar_p(root))  # type: ignore[attr-defined]
    if kind == _DRIVE_REMOTE:
        return Location(NETWORK, "remote", root)
    if kind in (_DRIVE_REMOVABLE, _DRIVE_CDROM):
        return Location(REMOVABLE, "removable", root)
    return Location(LOCAL, "fixed", root)


def classify(path: str | os.PathLike[str]) -> Location:
    """What kind of place ``path`` (a folder, existing or not) is on."""
    p = Path(path)
    try:
        p = p.resolve()
    except OSError:
        p = p.absolute()
    if sys.platform == "win32":
        return classify_windows(str(p))
    if sys.platform == "darwin":
        parts = PurePath(p).parts
        if len(parts) > 2 and parts[1] == "Volumes":
            return Location(REMOVABLE, "", "/Volumes/" + parts[2])
        return Location(LOCAL)
    try:
        text = Path("/proc/self/mounts").read_text()
    except OSError:
        return Location(LOCAL)
    return classify_linux(p, text)


def warning(path: str | os.PathLike[str]) -> str | None:
    """The warning to show before using a data folder at ``path``, or None for a local disk."""
    return classify(path).warning
