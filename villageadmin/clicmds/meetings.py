"""`print meeting ID`."""

from __future__ import annotations

import argparse
import sys

from villageadmin.cli import Registry, open_store_for, reader


def register(reg: Registry) -> None:
    p = reg.printable("meeting", cmd_print_meeting, "the official meeting record (会议记录), A4")
    p.add_argument("id", type=int, help="meeting id")


def cmd_print_meeting(args: argparse.Namespace) -> int:
    from villageadmin.core.reports import fonts, meeting

    store = open_store_for(args)
    try:
        meeting.render(store, reader(store), args.id, args.out)
    finally:
        store.close()
    info = fonts.register()
    if info.warning:
        print(f"villageadmin: 注意：{info.warning}", file=sys.stderr)
    print(args.out)
    return 0
