"""`print roster`, `print person ID`, `export roster` — the reserve-cadre pool on paper and in a spreadsheet."""

from __future__ import annotations

import argparse
import sys

from villageadmin.cli import Registry, open_store_for, reader, village_ids


def register(reg: Registry) -> None:
    p = reg.printable("roster", cmd_print_roster, "the reserve-cadre pool roster (后备干部名册), A4 landscape")
    p.add_argument("--village", default=None, help="village code (default: every village)")
    p = reg.printable("person", cmd_print_person, "one person's file sheet (履历表): pool entry, cultivation, "
                                                  "assessments, post and reviews")
    p.add_argument("id", type=int, help="reserve candidate id (or cadre id with --cadre)")
    p.add_argument("--cadre", action="store_true", help="ID is a cadre's id")
    p = reg.exportable("roster", cmd_export_roster, "the reserve-cadre roster and per-village statistics as .xlsx")
    p.add_argument("--village", default=None, help="village code (default: every village)")
    p.add_argument("--all", action="store_true", help="also list people appointed or gone from the pool")


def _font_warning() -> None:
    from villageadmin.core.reports import fonts

    info = fonts.register()
    if info.warning:
        print(f"villageadmin: 注意：{info.warning}", file=sys.stderr)


def cmd_print_roster(args: argparse.Namespace) -> int:
    from villageadmin.core.reports import cadres

    store = open_store_for(args)
    try:
        cadres.render_roster(store, reader(store), args.out, village_ids=village_ids(store, args.village))
    finally:
        store.close()
    _font_warning()
    print(args.out)
    return 0


def cmd_print_person(args: argparse.Namespace) -> int:
    from villageadmin.core.reports import cadres

    store = open_store_for(args)
    try:
        if args.cadre:
            cadres.render_person(store, reader(store), args.out, cadre_id=args.id)
        else:
            cadres.render_person(store, reader(store), args.out, candidate_id=args.id)
    finally:
        store.close()
    _font_warning()
    print(args.out)
    return 0


def cmd_export_roster(args: argparse.Namespace) -> int:
    from villageadmin.core.reports import cadres_xlsx

    store = open_store_for(args)
    try:
        cadres_xlsx.export_roster(store, reader(store), args.out, village_ids=village_ids(store, args.village),
                                  include_former=args.all)
    finally:
        store.close()
    print(args.out)
    return 0
