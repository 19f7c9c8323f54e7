"""`print register`, `print project ID`, `export register [--format xlsx|ocds]` — the bidding register."""

from __future__ import annotations

import argparse
import sys

from villageadmin.cli import Registry, open_store_for, reader, village_ids


def register(reg: Registry) -> None:
    p = reg.printable("register", cmd_print_register, "the bidding register (招投标登记簿) of a year, one line per "
                                                      "project with its stage and tender status, A4 landscape")
    p.add_argument("--village", default=None, help="village code (default: every village)")
    p.add_argument("--year", type=int, required=True, help="the year projects were registered")
    p = reg.printable("project", cmd_print_project, "one project's file sheet (项目档案表)")
    p.add_argument("id", type=int, help="project id")
    p = reg.exportable("register", cmd_export_register, "the bidding register as .xlsx, or as an OCDS 1.1 release "
                                                        "package (JSON) with --format ocds")
    p.add_argument("--village", default=None, help="village code (default: every village)")
    p.add_argument("--year", type=int, required=True, help="the year projects were registered")
    p.add_argument("--format", choices=("xlsx", "ocds"), default="xlsx", help="xlsx (default) or ocds")


def _font_warning() -> None:
    from villageadmin.core.reports import fonts

    info = fonts.register()
    if info.warning:
        print(f"villageadmin: 注意：{info.warning}", file=sys.stderr)


def cmd_print_register(args: argparse.Namespace) -> int:
    from villageadmin.core.reports import bidding

    store = open_store_for(args)
    try:
        bidding.render_register(store, reader(store), args.out, year=args.year,
                                village_ids=village_ids(store, args.village))
    finally:
        store.close()
    _font_warning()
    print(args.out)
    return 0


def cmd_print_project(args: argparse.Namespace) -> int:
    from villageadmin.core.reports import bidding

    store = open_store_for(args)
    try:
        bidding.render_project(store, reader(store), args.id, args.out)
    finally:
        store.close()
    _font_warning()
    print(args.out)
    return 0


def cmd_export_register(args: argparse.Namespace) -> int:
    from villageadmin.core import bidding_export

    store = open_store_for(args)
    try:
        ids = village_ids(store, args.village)
        if args.format == "ocds":
            bidding_export.write_ocds(store, reader(store), args.out, village_ids=ids, year=args.year)
        else:
            bidding_export.write_xlsx(store, reader(store), args.out, village_ids=ids, year=args.year)
    finally:
        store.close()
    print(args.out)
    return 0
