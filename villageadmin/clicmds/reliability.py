"""`backup`, `restore`, `verify`: keep the data safe and show it has not been tampered with."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from villageadmin.cli import CliError, Registry, emit_json, signed_in


def register(reg: Registry) -> None:
    p = reg.command("backup", cmd_backup, "back up the data now (SQLite online backup, checked after writing)")
    p.add_argument("--out", default=None, help="write the backup to this file (default: the backups folder)")
    p.add_argument("--folder", default=None, help="backups folder (default: <data>/backups)")
    p.add_argument("--list", action="store_true", help="list the backups in the backups folder instead")

    p = reg.command("restore", cmd_restore, "replace the data with a backup (the current data is backed up first)")
    p.add_argument("file", help="the backup file")
    p.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    p.add_argument("--folder", default=None, help="backups folder for the backup of the current data")
    p.add_argument("--user", default=None, help="administrator to act as (password from VILLAGEADMIN_PASSWORD); "
                                                "without it the restore is recorded as done from the command line")

    p = reg.command("verify", cmd_verify, "check the data file, the audit chain and that records match their "
                                          "audit history; exit code 1 if anything is wrong")
    p.add_argument("--quick", action="store_true", help="only the quick start-up check")
    p.add_argument("--json", action="store_true", help="print the result as JSON")


def cmd_backup(args: argparse.Namespace) -> int:
    from villageadmin.core import backup
    from villageadmin.core.store import open_store

    store = open_store(getattr(args, "data", None), create=False, read_only=True)
    try:
        folder = backup.folder_for(store.data_dir, args.folder)
        if args.list:
            found = backup.list_backups(folder)
            for b in found:
                print(f"{b.made_at.isoformat(sep=' ')}\t{b.reason_label}\t{b.path.stat().st_size}\t{b.path}")
            print(f"共 {len(found)} 个备份（{folder}）。")
            return 0
        info = backup.make(store, reason="manual", folder=args.folder, out=args.out)
    finally:
        store.close()
    print(f"已备份（检查通过）：{info.path}")
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    from villageadmin.core import backup
    from villageadmin.core.accounts import Actor
    from villageadmin.core.store import open_store

    path = Path(args.file)
    if not path.is_file():
        raise CliError(f"找不到备份文件：{path}")
    details = backup.check_restorable(path)
    info = backup.describe_file(path)
    store = open_store(getattr(args, "data", None), create=True)
    try:
        if not args.yes:
            what = f"{info.made_at.year}年{info.made_at.month}月{info.made_at.day}日 " \
                   f"{info.made_at.hour:02d}:{info.made_at.minute:02d} 的备份"
            about = "，".join(x for x in (info.reason_label, details.township or "", f"审计记录 {details.audit_entries} 条")
                             if x)
            print(f"要用 {what}（{about}）替换 {store.data_dir} 里现在的数据吗？现在的数据会先另做一个备份。")
            print("确认请输入 y 并回车：", end="", flush=True)
            answer = sys.stdin.readline().strip().lower()
            if answer not in ("y", "yes", "是"):
                print("没有恢复，数据没有改动。")
                return 1
        actor = signed_in(store, args) if args.user else Actor(None, "cli", "命令行", "admin")
        pre = backup.restore(store, path, actor, folder=args.folder)
    finally:
        store.close()
    if pre is not None:
        print(f"恢复前的数据已备份到：{pre.path}")
    print(f"已恢复 {info.label} 的备份：{path}")
    return 0


def cmd_verify(args: argparse.Namespace) -> int:
    from villageadmin.core import verify
    from villageadmin.core.store import open_store

    store = open_store(getattr(args, "data", None), create=False, read_only=True)
    try:
        report = verify.quick(store) if args.quick else verify.full(store)
    finally:
        store.close()
    if args.json:
        emit_json(report.as_json())
    else:
        print(f"完整性检查：{'通过' if report.integrity == 'ok' else report.integrity}")
        chain_broken = [p for p in report.problems if p.kind == "chain"]
        print(f"审计记录：{report.audit_entries} 条，" + ("链条完好" if not chain_broken else "链条断开"))
        for entity, n in report.checked.items():
            print(f"与审计记录核对：{entity} {n} 条")
        for p in report.problems:
            print(f"问题：{p.message}")
        print(verify.summary(report))
    if not report.ok:
        first = report.first
        assert first is not None
        where = f"第 {first.audit_id} 条审计记录" if first.audit_id else "数据文件"
        print(f"villageadmin: 校验不通过，最早的问题在{where}：{first.message}", file=sys.stderr)
        return 1
    return 0
