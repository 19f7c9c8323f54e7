"""`print ledger`, `print publicity`, `print expense ID`, `export ledger` (non-productive expenses)."""

from __future__ import annotations

import argparse
import re
import sys

from villageadmin.cli import CliError, Registry, open_store_for, reader


def register(reg: Registry) -> None:
    p = reg.printable("ledger", cmd_print_ledger, "the monthly ledger of non-productive expenses by kind (台账), A4")
    p.add_argument("--village", required=True, help="village code")
    p.add_argument("--month", required=True, help="YYYY-MM")
    p = reg.printable("publicity", cmd_print_publicity, "the month's publicity sheet for the notice board (财务公开栏)")
    p.add_argument("--village", required=True, help="village code")
    p.add_argument("--month", required=True, help="YYYY-MM")
    p = reg.printable("expense", cmd_print_expense, "the approval slip of one expense request (审批单)")
    p.add_argument("id", type=int, help="expense id")
    p = reg.exportable("ledger", cmd_export_ledger, "the year's expense ledger of a village as Excel (.xlsx)")
    p.add_argument("--village", required=True, help="village code")
    p.add_argument("--year", required=True, type=int, help="YYYY")


def _month(text: str) -> tuple[int, int]:
    m = re.match(r"^(\d{4})-(\d{1,2})$", text.strip())
    if not m or not 1 <= int(m.group(2)) <= 12:
        raise CliError(f"月份要写成 YYYY-MM，例如 2026-10（收到“{text}”）")
    return int(m.group(1)), int(m.group(2))


def _warn_font() -> None:
    from villageadmin.core.reports import fonts

    info = fonts.register()
    if info.warning:
        print(f"villageadmin: 注意：{info.warning}", file=sys.stderr)


def _monthly(args: argparse.Namespace, module: str) -> int:
    import importlib

    from villageadmin.core import township

    year, month = _month(args.month)
    store = open_store_for(args)
    try:
        village = township.village_by_code(store, args.village)
        importlib.import_module(f"villageadmin.core.reports.{module}").render(
            store, reader(store), village["id"], year, month, args.out)
    finally:
        store.close()
    _warn_font()
    print(args.out)
    return 0


def cmd_print_ledger(args: argparse.Namespace) -> int:
    return _monthly(args, "expense_ledger")


def cmd_print_publicity(args: argparse.Namespace) -> int:
    return _monthly(args, "expense_publicity")


def cmd_print_expense(args: argparse.Namespace) -> int:
    from villageadmin.core.reports import expense_slip

    store = open_store_for(args)
    try:
        expense_slip.render(store, reader(store), args.id, args.out)
    finally:
        store.close()
    _warn_font()
    print(args.out)
    return 0


def cmd_export_ledger(args: argparse.Namespace) -> int:
    from villageadmin.core import township
    from villageadmin.core.reports import expense_xlsx

    if not 2000 <= args.year <= 2100:
        raise CliError(f"年份不对：{args.year}")
    store = open_store_for(args)
    try:
        village = township.village_by_code(store, args.village)
        expense_xlsx.export(store, reader(store), village["id"], args.year, args.out)
    finally:
        store.close()
    print(args.out)
    return 0
