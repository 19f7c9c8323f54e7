"""Command line: parse, call the core, print. `villageadmin --help` lists the commands.

Exit code 0 on success; otherwise non-zero with a one-line reason on stderr.
"""

from __future__ import annotations

import argparse
import getpass
import importlib
import json
import os
import sys
import time
from collections.abc import Callable, Sequence
from typing import Any

_T0 = time.perf_counter()

# Per-area command modules (villageadmin/clicmds/*.py), each with register(ctx). Add a line per area.
AREA_COMMANDS: list[str] = [
    "villageadmin.clicmds.meetings",
    "villageadmin.clicmds.expenses",
    "villageadmin.clicmds.sync",
    "villageadmin.clicmds.bidding",
    "villageadmin.clicmds.decisions",
    "villageadmin.clicmds.cadres",
    "villageadmin.clicmds.reliability",
    "villageadmin.clicmds.help",
]


class CliError(Exception):
    """A one-line reason for stderr."""

    def __init__(self, message: str, code: int = 1) -> None:
        super().__init__(message)
        self.code = code


class Registry:
    """Where area modules add their sub-commands: top level, `print X`, `export X`."""

    def __init__(self, top: Any, print_sub: Any, export_sub: Any, common: argparse.ArgumentParser) -> None:
        self.top = top
        self.print_sub = print_sub
        self.export_sub = export_sub
        self.common = common

    def command(self, name: str, func: Callable[[argparse.Namespace], int], help: str) -> argparse.ArgumentParser:
        p = self.top.add_parser(name, help=help, description=help, parents=[self.common])
        p.set_defaults(func=func)
        return p

    def printable(self, name: str, func: Callable[[argparse.Namespace], int], help: str) -> argparse.ArgumentParser:
        p = self.print_sub.add_parser(name, help=help, description=help, parents=[self.common])
        p.add_argument("--out", required=True, help="PDF file to write")
        p.set_defaults(func=func)
        return p

    def exportable(self, name: str, func: Callable[[argparse.Namespace], int], help: str) -> argparse.ArgumentParser:
        p = self.export_sub.add_parser(name, help=help, description=help, parents=[self.common])
        p.add_argument("--out", required=True, help="file to write")
        p.set_defaults(func=func)
        return p


def build_parser(*, area_commands: bool = True) -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--data", default=argparse.SUPPRESS, help="data folder (default: VILLAGEADMIN_DATA or the "
                                                                  "user data folder)")
    parser = argparse.ArgumentParser(prog="villageadmin", description="村务通 VillageAdmin")
    parser.add_argument("--data", default=None, help="data folder")
    parser.add_argument("--ready-exit", action="store_true", help="open the first screen, print 'ready in N ms', exit")
    parser.add_argument("--lang", default=None, help="UI language: zh_CN (default) or en")
    top = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = top.add_parser("demo", help="create a demo township", parents=[common])
    p.add_argument("--villages", type=int, default=12)
    p.add_argument("--years", type=int, default=3)
    p.add_argument("--seed", type=int, default=1)
    p.set_defaults(func=cmd_demo)

    p = top.add_parser("setup", help="set up a township in an empty data folder", parents=[common])
    p.add_argument("--township", required=True, help="township name")
    p.add_argument("--code", default="T", help="township code")
    p.add_argument("--village", action="append", default=[], metavar="CODE:NAME", help="a village (repeat)")
    p.add_argument("--admin", default="admin", help="administrator user name")
    p.set_defaults(func=cmd_setup)

    p = top.add_parser("check", help="rule findings", parents=[common])
    p.add_argument("--village", default=None, help="village code")
    p.add_argument("--module", default=None, help="only this area (meetings, expenses, bidding, cadres, decisions)")
    p.add_argument("--json", action="store_true", help="print a JSON array")
    p.set_defaults(func=cmd_check)

    p = top.add_parser("search", help="find meetings by any word in their minutes", parents=[common])
    p.add_argument("text")
    p.add_argument("--village", default=None)
    p.add_argument("--json", action="store_true")
    p.add_argument("--limit", type=int, default=100)
    p.set_defaults(func=cmd_search)

    pr = top.add_parser("print", help="print a document to PDF")
    print_sub = pr.add_subparsers(dest="what", metavar="WHAT", required=True)
    ex = top.add_parser("export", help="export files (register, ledger, roster, or the village's file for the "
                                       "township)", parents=[common])
    export_sub = ex.add_subparsers(dest="what", metavar="WHAT")
    ex.set_defaults(func=_export_default, export_parser=ex)

    reg = Registry(top, print_sub, export_sub, common)
    for path in AREA_COMMANDS if area_commands else ():
        importlib.import_module(path).register(reg)
    return parser


def _export_default(args: argparse.Namespace) -> int:
    handler = getattr(args, "bundle_export", None)
    if handler is None:
        args.export_parser.print_help()
        return 2
    return int(handler(args))


# -- helpers for commands ------------------------------------------------------------------
def open_store_for(args: argparse.Namespace, *, create: bool = False, read_only: bool = False) -> Any:
    from villageadmin.core import township
    from villageadmin.core.store import open_store

    store = open_store(getattr(args, "data", None), create=create, read_only=read_only)
    if not create and not township.is_set_up(store):
        store.close()
        raise CliError(f"数据文件夹里还没有建立乡镇：{store.data_dir}")
    return store


def reader(store: Any) -> Any:
    """The actor for read-only commands: whoever holds the data file may read it."""
    from villageadmin.core.accounts import Actor

    return Actor(None, "cli", "命令行", "viewer")


def signed_in(store: Any, args: argparse.Namespace) -> Any:
    """Sign in for commands that change data: --user NAME and the password from the env or a prompt."""
    from villageadmin.core import accounts

    user = getattr(args, "user", None)
    if not user:
        raise CliError("修改数据的命令要用 --user 指定账号。")
    password = os.environ.get("VILLAGEADMIN_PASSWORD")
    if password is None:
        if not sys.stdin.isatty():
            raise CliError("请设置 VILLAGEADMIN_PASSWORD 或在终端里输入密码。")
        password = getpass.getpass(f"{user} 的密码：")
    return accounts.authenticate(store, user, password)


def village_ids(store: Any, code: str | None) -> list[int] | None:
    from villageadmin.core import township

    if code is None:
        return None
    return [township.village_by_code(store, code)["id"]]


def emit_json(data: Any) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=1) + "\n")


# -- commands -------------------------------------------------------------------------------
def cmd_demo(args: argparse.Namespace) -> int:
    from villageadmin.core import demo

    t0 = time.perf_counter()
    result = demo.create(getattr(args, "data", None), villages=args.villages, years=args.years, seed=args.seed)
    print(f"已建立演示乡镇：{result.township}（{time.perf_counter() - t0:.1f} 秒）")
    print("演示账号（用户名 / 密码 / 说明）：")
    for user, pw, who in result.accounts:
        print(f"  {user} / {pw} / {who}")
    print("数量：" + "，".join(f"{k} {v}" for k, v in result.counts.items()))
    return 0


def cmd_setup(args: argparse.Namespace) -> int:
    from villageadmin.core import township
    from villageadmin.core.store import open_store

    villages = []
    for item in args.village:
        code, _, name = item.partition(":")
        if not name:
            raise CliError(f"村要写成 编号:名称，例如 001:白鹿村（收到“{item}”）")
        villages.append((code.strip(), name.strip()))
    pw = os.environ.get("VILLAGEADMIN_PASSWORD")
    if pw is None:
        if not sys.stdin.isatty():
            raise CliError("请设置 VILLAGEADMIN_PASSWORD 作为管理员密码。")
        pw = getpass.getpass("管理员密码：")
    store = open_store(getattr(args, "data", None))
    try:
        township.set_up(store, name=args.township, code=args.code, villages=villages, admin_username=args.admin,
                        admin_password=pw, village_password=os.environ.get("VILLAGEADMIN_VILLAGE_PASSWORD"))
    finally:
        store.close()
    print(f"已建立 {args.township}，{len(villages)} 个村。")
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    from villageadmin.core import checks

    store = open_store_for(args)
    try:
        actor = reader(store)
        ids = village_ids(store, args.village)
        found = checks.run(store, actor, village_ids=ids, modules=[args.module] if args.module else None,
                           processes=min(os.cpu_count() or 1, 4))
    finally:
        store.close()
    if args.json:
        sys.stdout.write(checks.to_json(found) + "\n")  # what emit_json writes, with the C string encoder
    else:
        levels = {"error": "违规", "warning": "提醒", "info": "提示"}
        lines = [] if found else ["没有发现问题。"]
        lines += [f"[{levels.get(f.severity, f.severity)}] {f.village or '乡镇'} {f.module}/{f.rule}: {f.message}"
                  for f in found]
        lines.append(f"共 {len(found)} 条。")
        sys.stdout.write("\n".join(lines) + "\n")
    return 0


def cmd_search(args: argparse.Namespace) -> int:
    from villageadmin.core import search

    store = open_store_for(args)
    try:
        rows = search.search_meetings(store, args.text, village_ids=village_ids(store, args.village),
                                      limit=args.limit)
    finally:
        store.close()
    if args.json:
        emit_json([{"id": r["id"], "village": r["village_code"], "village_name": r["village_name"],
                    "kind": r["kind"], "date": r["held_on"], "topic": r["topic"], "snippet": r["snippet"]}
                   for r in rows])
    else:
        for r in rows:
            print(f"{r['id']}\t{r['held_on']}\t{r['village_name']}\t{r['topic']}\t{r['snippet']}")
        print(f"共 {len(rows)} 条。")
    return 0


def run_gui(args: argparse.Namespace) -> int:
    from villageadmin.ui.app import run

    return run(data=args.data, ready_exit=args.ready_exit, lang=args.lang, t0=_T0)


def _opens_app(argv: list[str]) -> bool:
    """No command word and no --help: the app opens, so the area commands need not be loaded (a quicker start)."""
    value_next = False
    for a in argv:
        if value_next:
            value_next = False
        elif a in ("--data", "--lang"):
            value_next = True
        elif a in ("-h", "--help") or not a.startswith("-"):
            return False
    return True


def main(argv: Sequence[str] | None = None) -> int:
    from villageadmin.core.errors import VillageAdminError

    words = sys.argv[1:] if argv is None else list(argv)
    parser = build_parser(area_commands=not _opens_app(words))
    args = parser.parse_args(words)
    if not hasattr(args, "data"):
        args.data = None
    try:
        if args.command is None:
            return run_gui(args)
        return int(args.func(args))
    except CliError as exc:
        print(f"villageadmin: {exc}", file=sys.stderr)
        return exc.code
    except VillageAdminError as exc:
        print(f"villageadmin: {exc.message}", file=sys.stderr)
        return 1
    except OSError as exc:
        print(f"villageadmin: 文件操作失败：{exc.strerror or exc}（{exc.filename or ''}）", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    raise SystemExit(main())
