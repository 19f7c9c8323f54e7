"""Sync with the township: `export` (the village's file / the township's policy file), `import`,
`enrol`, `keys`, and `print summary` (the township summary for the township meeting)."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import Any

from villageadmin.cli import CliError, Registry, emit_json, open_store_for, reader, signed_in, village_ids


def register(reg: Registry) -> None:
    # The bare `export` command writes the village's file for the township (or the township's policy
    # file); `export ledger|register|roster …` stay sub-commands of the same parser.
    ex = reg.top.choices["export"]
    ex.add_argument("--village", default=None, help="village code: write this village's file for the township")
    ex.add_argument("--policy", action="store_true", help="write the township's policy file for the villages")
    ex.add_argument("--out", default=None, help="file (or folder) to write")
    ex.add_argument("--all", action="store_true", help="carry every record, not only those changed since the last "
                                                       "file")
    ex.add_argument("--user", default=None, help="account to act as (password from VILLAGEADMIN_PASSWORD)")
    ex.add_argument("--json", action="store_true", help="print the result as JSON")
    ex.set_defaults(bundle_export=cmd_export)

    p = reg.command("import", cmd_import, "import files from villages (or the township's policy file): files or "
                                          "folders")
    p.add_argument("files", nargs="*", metavar="FILE", help="files or folders (a USB stick)")
    p.add_argument("--accept-gap", action="store_true", help="import even when earlier file numbers are missing")
    p.add_argument("--confirm-held", type=int, default=None, metavar="ID",
                   help="import a held file (by its id in the import log) accepting the gap")
    p.add_argument("--held", action="store_true", help="list held files")
    p.add_argument("--user", default=None)
    p.add_argument("--json", action="store_true")

    p = reg.command("enrol", cmd_enrol, "enrol a village's (or the township's) signing key from a key file or an "
                                        "export file")
    p.add_argument("file", help=".vakey key file, or a .vabundle/.vapolicy file signed with the key")
    p.add_argument("--fingerprint", default=None, help="the fingerprint read out by the other side; must match")
    p.add_argument("--replace", action="store_true", help="replace an enrolled key on purpose (needs --reason)")
    p.add_argument("--reason", default="")
    p.add_argument("--add-village", action="store_true", help="add the village if this township does not have it")
    p.add_argument("--user", default=None)

    p = reg.command("keys", cmd_keys, "signing keys: show fingerprints, write a key file, replace a key")
    p.add_argument("action", nargs="?", default="show", choices=("show", "export", "replace"))
    p.add_argument("--village", default=None, help="village code (omit for the township's own key)")
    p.add_argument("--out", default=None, help="key file (or folder) to write, for `keys export`")
    p.add_argument("--user", default=None)
    p.add_argument("--json", action="store_true")

    p = reg.printable("summary", cmd_print_summary, "the township summary of all villages, for the township "
                                                    "meeting (A4 landscape)")
    p.add_argument("--year", type=int, default=None)


def _actor(store: Any, args: argparse.Namespace) -> Any:
    """--user signs in; without it the command line acts as itself (recorded as 命令行 in the audit log)."""
    from villageadmin.core.accounts import Actor

    if getattr(args, "user", None):
        return signed_in(store, args)
    return Actor(None, "cli", "命令行", "admin")


def cmd_export(args: argparse.Namespace) -> int:
    from villageadmin.core.sync import bundle, township_file

    if not args.out:
        raise CliError("请用 --out 指定要写的文件或文件夹。")
    if bool(args.village) == bool(args.policy):
        raise CliError("请用 --village 编号 导出村的文件，或用 --policy 导出乡镇的政策文件。")
    store = open_store_for(args)
    try:
        actor = _actor(store, args)
        if args.policy:
            t = township_file.export_township_file(store, actor, args.out)
            out: dict[str, Any] = {"file": str(t.path), "seq": t.seq, "sha256": t.sha256, "fingerprint": t.fingerprint,
                                   "policy_versions": t.versions}
            text = f"已导出乡镇政策文件第 {t.seq} 号：{t.path}\n签名指纹：{t.fingerprint}"
        else:
            [vid] = village_ids(store, args.village) or []
            r = bundle.export_village(store, actor, vid, args.out, full=args.all)
            out = {"file": str(r.path), "seq": r.seq, "full": r.full, "sha256": r.sha256,
                   "fingerprint": r.fingerprint, "rows": r.rows, "totals": r.totals}
            text = (f"已导出第 {r.seq} 号文件：{r.path}\n"
                    f"{'全部记录' if r.full else '上次导出以后有变化的记录'} {r.carried} 条（本村共 {sum(r.totals.values())} 条）\n"
                    f"签名指纹：{r.fingerprint}")
    finally:
        store.close()
    if args.json:
        emit_json(out)
    else:
        print(text)
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    from villageadmin.core.sync import importer

    store = open_store_for(args)
    try:
        if args.held:
            rows = importer.held_files(store)
            if args.json:
                emit_json(rows)
            for r in rows if not args.json else []:
                print(f"{r['id']}\t{r['village_name'] or r['village_code']}\t第 {r['seq']} 号\t{r['file_name']}\t{r['reason']}")
            return 0
        actor = _actor(store, args)
        if args.confirm_held is not None:
            files = importer.confirm_held(store, actor, args.confirm_held)
            report = importer.ImportReport(files)
        else:
            if not args.files:
                raise CliError("请写出要导入的文件或文件夹。")
            missing = [f for f in args.files if not os.path.exists(f)]
            if missing:
                raise CliError(f"找不到文件或文件夹：{missing[0]}")
            report = importer.import_files(store, actor, [Path(f) for f in args.files], accept_gap=args.accept_gap)
    finally:
        store.close()
    if args.json:
        emit_json({"files": [f.as_json() for f in report.files], "backup": report.backup})
    else:
        for f in report.files:
            print(f"[{f.status_label}] {f.summary()}")
        print(report.headline())
    return 3 if report.count("refused") else 0


def cmd_enrol(args: argparse.Namespace) -> int:
    from villageadmin.core.sync import container, keys

    store = open_store_for(args)
    try:
        if not args.user:
            raise CliError("登记密钥要用 --user 指定乡镇管理员（或本村）账号。")
        actor = signed_in(store, args)
        claim = _claim_from_file(Path(args.file))
        try:
            result = keys.enrol(store, actor, claim, expect_fingerprint=args.fingerprint, replace=args.replace,
                                reason=args.reason, add_village=args.add_village)
        except container.Refused as exc:
            raise CliError(exc.message) from exc
    finally:
        store.close()
    verb = {"enrolled": "已登记", "unchanged": "早已登记，没有变化", "replaced": "已更换"}[result.status]
    print(f"{result.name}的签名密钥{verb}。指纹：{result.fingerprint}")
    if result.old_fingerprint:
        print(f"原来的指纹：{result.old_fingerprint}")
    if args.fingerprint is None and result.status != "unchanged":
        print("请与对方核对这个指纹（逐组读出）。", file=sys.stderr)
    return 0


def _claim_from_file(path: Path) -> Any:
    from villageadmin.core.sync import container, keys

    try:
        data = path.read_bytes()[:keys.MAX_KEY_FILE_BYTES + 1] if path.stat().st_size <= keys.MAX_KEY_FILE_BYTES \
            else None
    except OSError as exc:
        raise CliError(f"读不出文件：{path}（{exc.strerror}）") from exc
    try:
        if data is not None and data.lstrip().startswith(b"{"):
            return keys.read_key_file(data)
        return keys.claim_from_signed_file(path)
    except container.Refused as exc:
        raise CliError(exc.message) from exc


def cmd_keys(args: argparse.Namespace) -> int:
    from villageadmin.core import township
    from villageadmin.core.sync import keys

    store = open_store_for(args)
    try:
        vid = township.village_by_code(store, args.village)["id"] if args.village else None
        if args.action == "export":
            if not args.out:
                raise CliError("请用 --out 指定密钥文件或文件夹。")
            path = keys.write_key_file(store, _actor(store, args), args.out, village_id=vid)
            key = keys.own_key(store, village_id=vid)
            assert key is not None
            print(f"已写出公钥文件：{path}\n指纹：{key.fingerprint}")
            return 0
        if args.action == "replace":
            if not args.user:
                raise CliError("更换密钥要用 --user 指定账号。")
            key = keys.replace_own_key(store, signed_in(store, args), village_id=vid)
            print(f"已更换签名密钥。新指纹：{key.fingerprint}\n以后导出的文件带有旧密钥签名的交接，乡镇导入时自动换用新密钥。")
            return 0
        own = store.query("SELECT k.owner, v.code, v.name, k.fingerprint, k.created_at FROM sync_keys k"
                          " LEFT JOIN villages v ON v.id=k.village_id WHERE k.retired_at IS NULL ORDER BY k.owner, v.code")
        enrolled = keys.peers(store)
    finally:
        store.close()
    if args.json:
        emit_json({"own": own, "enrolled": [{k: p[k] for k in ("kind", "village_code", "village_name", "fingerprint",
                                                                "enrolled_at", "last_seq", "last_file",
                                                                "last_received_at")} for p in enrolled]})
        return 0
    print("本机的签名密钥：" if own else "本机还没有签名密钥（第一次导出时生成）。")
    for k in own:
        print(f"  {k['name'] or '乡镇'}（{k['code'] or '乡镇'}）  指纹 {k['fingerprint']}  生成于 {k['created_at']}")
    print("已登记的对方密钥：" if enrolled else "还没有登记对方的密钥。")
    for p in enrolled:
        last = f"最近收到第 {p['last_seq']} 号文件（{p['last_received_at']}）" if p["last_seq"] else "还没有收到文件"
        print(f"  {p['village_name'] or '乡镇'}  指纹 {p['fingerprint']}  {last}")
    return 0


def cmd_print_summary(args: argparse.Namespace) -> int:
    from villageadmin.core.reports import fonts, township_summary

    store = open_store_for(args)
    try:
        township_summary.render(store, reader(store), args.out, year=args.year)
    finally:
        store.close()
    info = fonts.register()
    if info.warning:
        print(f"villageadmin: 注意：{info.warning}", file=sys.stderr)
    print(args.out)
    return 0
