"""`print quickguide`: the one-page quick guide for the wall (no data folder needed)."""

from __future__ import annotations

import argparse
import sys

from villageadmin.cli import Registry


def register(reg: Registry) -> None:
    p = reg.printable("quickguide", cmd_print_quickguide,
                      "the one-page quick guide for the wall next to the PC (上手四步), A4")
    p.add_argument("--township", default=None, help="township name to print under the title (default: the one "
                                                      "in --data, if given)")


def cmd_print_quickguide(args: argparse.Namespace) -> int:
    from villageadmin.core.reports import fonts, quickguide

    name = args.township
    if name is None and getattr(args, "data", None):
        from villageadmin.cli import open_store_for
        from villageadmin.core import township

        store = open_store_for(args, read_only=True)
        try:
            name = (township.info(store) or {}).get("name")
        finally:
            store.close()
    quickguide.render(args.out, township_name=name)
    info = fonts.register()
    if info.warning:
        print(f"villageadmin: 注意：{info.warning}", file=sys.stderr)
    print(args.out)
    return 0
