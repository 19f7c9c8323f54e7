"""The reserve-pool roster as an .xlsx workbook: the roster sheet and a per-village summary sheet."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from villageadmin.core import cadre_stats, cadres
from villageadmin.core.accounts import Actor
from villageadmin.core.clock import today

if TYPE_CHECKING:
    from villageadmin.core.store import Store

ROSTER_HEAD = ["村编号", "村", "姓名", "性别", "出生日期", "年龄", "文化程度", "政治面貌", "职业或身份", "联系电话",
               "入库日期", "笔试成绩", "面试成绩", "培养类别", "拟培养方向", "培养联系人", "状态", "任用日期",
               "出库日期", "出库原因"]


def export_roster(store: Store, actor: Actor, out: str | Path, *, village_ids: list[int] | None = None,
                  include_former: bool = False) -> Path:
    """Write the roster (by default those in the pool; ``include_former`` adds appointed and departed)."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    rows = cadres.list_candidates(store, actor, village_ids=village_ids, status=None if include_former else "pool")
    stats = cadre_stats.statistics(store, actor, village_ids=village_ids)
    wb = Workbook()
    ws = wb.active
    ws.title = "后备干部名册"
    bold = Font(bold=True)
    grey = PatternFill("solid", fgColor="E8E8E8")
    ws.append(ROSTER_HEAD)
    for r in rows:
        ws.append([r["village_code"], r["village_name"], r["name"], r["sex"], r["birth_date"], r["age"],
                   r["schooling"], r["party_status"], r["occupation"], r["phone"], r["entered_on"], r["exam_score"],
                   r["interview_score"], r["tier_label"], r["intended_post"], r["mentor"], r["status_label"],
                   r["appointed_on"] or "", r["left_on"] or "", r["left_reason"]])
    widths = [8, 10, 10, 6, 12, 6, 10, 14, 14, 15, 12, 9, 9, 10, 14, 10, 8, 12, 12, 14]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    for cell in ws[1]:
        cell.font = bold
        cell.fill = grey
        cell.alignment = Alignment(horizontal="center")
    # Phones and dates stay text: a spreadsheet must not turn 13912345678 into 1.39E+10.
    for row in ws.iter_rows(min_row=2, min_col=10, max_col=10):
        for cell in row:
            cell.number_format = "@"
    ws.freeze_panes = "C2"
    ws.auto_filter.ref = ws.dimensions

    ss = wb.create_sheet("各村统计")
    bands = [name for _u, name in cadre_stats.AGE_BANDS]
    schooling = [*cadres.SCHOOLING, cadre_stats.UNKNOWN_SCHOOLING]
    ss.append(["村编号", "村", "在库人数", "重点培养", "重点培养是否达标", "女性", "女性占比(%)", "党员", *bands,
               *schooling])
    state = {"short": "少于规定", "over": "多于规定", "ok": "达标"}
    for s in [*stats.villages, stats.total]:
        ss.append([s.village_code, s.village_name, s.pool, s.key, "" if s.village_id is None else state[s.key_state],
                   s.women, round(s.women_percent, 1), s.party, *(s.age_bands[b] for b in bands),
                   *(s.schooling[x] for x in schooling)])
    for cell in ss[1]:
        cell.font = bold
        cell.fill = grey
    for cell in ss[ss.max_row]:
        cell.font = bold
    ss.column_dimensions["B"].width = 12
    ss.freeze_panes = "C2"
    ss.append([])
    ss.append([f"统计日期：{today().isoformat()}；重点培养对象每村 {stats.key_min}–{stats.key_max} 人"])
    out = Path(out)
    wb.save(out)
    return out
