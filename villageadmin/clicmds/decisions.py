"""`print notice ID` (the 公示 notice of a major matter) and `decisions` (the list with each matter's step)."""

from __future__ import annotations

import argparse
import sys

from villageadmin.cli import CliError, Registry, emit_json, open_store_for, reader, village_ids


def register(reg: Registry) -> None:
    p = reg.printable("notice", cmd_print_notice, "the 公示 notice of a major matter (决议公开 / 实施结果公开), "
                                                   "large type, A4 or A3")
    p.add_argument("id", type=int, help="major matter id")
    p.add_argument("--size", choices=["A4", "A3"], default="A4", help="paper size (default A4)")
    p.add_argument("--which", choices=["decision", "result"], default=None,
                   help="decision notice or result notice (default: the result once it is recorded)")
    p.add_argument("--posted-on", default=None, metavar="DATE",
                   help="posting date for a notice not yet recorded as posted (default: the recorded date)")
    p.add_argument("--days", type=int, default=None, help="posting period in days (default: recorded or policy)")
    p = reg.command("decisions", cmd_decisions, "major matters (重大事项) with their current step and what is overdue")
    p.add_argument("--village", default=None, help="village code")
    p.add_argument("--open", action="store_true", help="only matters not closed")
    p.add_argument("--overdue", action="store_true", help="only matters with something overdue")
    p.add_argument("--json", action="store_true", help="print a JSON array")


def cmd_print_notice(args: argparse.Namespace) -> int:
    from villageadmin.core import meetings
    from villageadmin.core.reports import fonts, notice

    posted_on = meetings.parse_date(args.posted_on, "posted_on") if args.posted_on else None
    if args.days is not None and args.days < 1:
        raise CliError("公示天数要大于 0。")
    store = open_store_for(args)
    try:
        notice.render(store, reader(store), args.id, args.out, notice.NoticeOptions(
            which=args.which, size=args.size, posted_on=posted_on, period_days=args.days))
    finally:
        store.close()
    info = fonts.register()
    if info.warning:
        print(f"villageadmin: 注意：{info.warning}", file=sys.stderr)
    print(args.out)
    return 0


def cmd_decisions(args: argparse.Namespace) -> int:
    from villageadmin.core import decisions

    store = open_store_for(args)
    try:
        ids = village_ids(store, args.village)
        rows = decisions.list_matters(store, reader(store), village_id=ids[0] if ids else None,
                                      include_closed=not args.open)
    finally:
        store.close()
    if args.overdue:
        rows = [r for r in rows if r["overdue"]]
    if args.json:
        emit_json([{"id": r["id"], "village": r["village_code"], "village_name": r["village_name"],
                    "kind": r["kind"], "title": r["title"], "round": r["round"], "step": r["state"]["last_step"],
                    "phase": r["state"]["phase"], "current": r["current"], "overdue": r["overdue"],
                    "project_id": r["project_id"]} for r in rows])
    else:
        for r in rows:
            late = f"\t逾期：{r['overdue']}" if r["overdue"] else ""
            print(f"{r['id']}\t{r['village_name']}\t{r['kind_label']}\t{r['title']}\t{r['current']}{late}")
        print(f"共 {len(rows)} 件。")
    return 0
