"""Printed reserve-cadre documents: the pool roster (后备干部名册) and one person's file sheet (履历表)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, PageBreak, Paragraph

from villageadmin.core import cadre_stats, cadres
from villageadmin.core.accounts import Actor
from villageadmin.core.clock import today
from villageadmin.core.reports.base import SignatureLines, build, cn_date, grid_table, para, spacer, styles

if TYPE_CHECKING:
    from villageadmin.core.store import Store

# Roster columns: heading, width (mm), value. Plain strings (not Paragraphs) keep a 5,000-row roster fast.
_ROSTER_COLS: list[tuple[str, float]] = [
    ("序号", 10), ("姓名", 18), ("性别", 10), ("出生年月", 20), ("年龄", 10), ("文化程度", 16), ("政治面貌", 24),
    ("职业或身份", 24), ("联系电话", 27), ("入库时间", 22), ("笔试", 12), ("面试", 12), ("培养类别", 18),
    ("拟培养方向", 20), ("培养联系人", 18)]


def _ym(iso: str | None) -> str:
    return f"{iso[:4]}.{iso[5:7]}" if iso else ""


def _score(v: float | None) -> str:
    return "" if v is None else f"{v:g}"


def _township_name(store: Store) -> str:
    row = store.one("SELECT name FROM township WHERE id=1")
    return str(row["name"]) if row else ""


def render_roster(store: Store, actor: Actor, out: str | Path, *, village_ids: list[int] | None = None) -> Path:
    """The pool roster: one table per village (A4 landscape), and a summary when more than one village."""
    rows = cadres.list_candidates(store, actor, village_ids=village_ids, status="pool")
    stats = cadre_stats.statistics(store, actor, village_ids=village_ids)
    st = styles()
    font = st.cell.fontName
    t = today()
    town = _township_name(store)
    one_village = len(stats.villages) == 1
    who = stats.villages[0].village_name if one_village else town
    title = f"{who}后备干部名册" if one_village else f"{who}村级后备干部名册"
    story: list[Flowable] = [para(title, st.title)]
    tot = stats.total
    story.append(para(f"{town}　截至{cn_date(t)}　在库 {tot.pool} 人，其中重点培养 {tot.key} 人、女性 {tot.women} 人、"
                      f"党员 {tot.party} 人、35 岁及以下 {tot.under_36} 人", st.subtitle))
    widths = [w * mm for _h, w in _ROSTER_COLS]
    by_village: dict[int, list[dict[str, Any]]] = {}
    for r in rows:
        by_village.setdefault(r["village_id"], []).append(r)
    if not one_village and stats.villages:
        story.append(para("各村汇总", st.h2))
        story.append(_summary_table(stats, font))
        story.append(PageBreak())
    for s in stats.villages:
        people = by_village.get(s.village_id or 0, [])
        block: list[Flowable] = []
        if not one_village:
            state = {"short": "（少于规定）", "over": "（多于规定）"}.get(s.key_state, "")
            block.append(para(f"{s.village_name}（{s.village_code}）　在库 {s.pool} 人，重点培养 {s.key} 人{state}，"
                              f"女性 {s.women} 人", st.h2))
        if not people:
            story.append(KeepTogether([*block, para("（后备干部库里没有人）", st.body)]))
            continue
        table_rows: list[list[Any]] = [[h for h, _w in _ROSTER_COLS]]
        for i, r in enumerate(people, 1):
            table_rows.append([str(i), r["name"], r["sex"], _ym(r["birth_date"]), str(r["age"]), r["schooling"],
                               r["party_status"], r["occupation"], r["phone"], _ym(r["entered_on"]),
                               _score(r["exam_score"]), _score(r["interview_score"]), r["tier_label"],
                               r["intended_post"], r["mentor"]])
        table = grid_table(table_rows, widths, font=font, font_size=9, zebra=True)
        table.setStyle([("ALIGN", (0, 0), (-1, -1), "CENTER")])
        key_rows = [i for i, r in enumerate(people, 1) if r["tier"] == "key"]
        # Key candidates stand out on paper without colour printers: a light grey band.
        table.setStyle([("BACKGROUND", (0, i), (-1, i), colors.HexColor("#dcdcdc")) for i in key_rows])
        # A village's heading stays with its table (a pool of ~10 fits on any page).
        if len(people) <= 20:
            story.append(KeepTogether([*block, table]))
        else:
            story += [*block, table]
    story.append(spacer(10))
    story.append(para(f"说明：年龄按打印当日计算；灰底为重点培养对象（每村 {stats.key_min}–{stats.key_max} 人）。", st.small))
    story.append(spacer(6))
    story.append(SignatureLines(["填报单位（盖章）：", "填报人：", "审核人：", "日期："], font, per_row=4,
                                width=250 * mm))
    return build(out, story, title=title, page="A4-landscape",
                 footer=f"{who} · 后备干部名册 · {t.isoformat()}", margins_mm=(18, 18, 16, 18))


def _summary_table(stats: cadre_stats.Statistics, font: str) -> Flowable:
    head = ["村", "在库", "重点培养", "女性", "女性占比", "党员", "35岁及以下", "重点培养是否达标"]
    summary: list[list[Any]] = [head]
    for s in [*stats.villages, stats.total]:
        ok = "" if s.village_id is None else {"short": "少于规定", "over": "多于规定", "ok": "达标"}[s.key_state]
        summary.append([s.village_name if s.village_id is not None else "合计", str(s.pool), str(s.key),
                        str(s.women), f"{s.women_percent:.1f}%", str(s.party), str(s.under_36), ok])
    table = grid_table(summary, [40 * mm, 22 * mm, 24 * mm, 22 * mm, 24 * mm, 22 * mm, 26 * mm, 36 * mm],
                       font=font, font_size=10, zebra=True)
    table.setStyle([("ALIGN", (1, 0), (-1, -1), "CENTER")])
    return table


def render_person(store: Store, actor: Actor, out: str | Path, *, candidate_id: int | None = None,
                  cadre_id: int | None = None) -> Path:
    """One person's file sheet (履历表): details, how they entered, cultivation, assessments, post, reviews."""
    f = cadres.person_file(store, actor, candidate_id=candidate_id, cadre_id=cadre_id)
    c, k = f["candidate"], f["cadre"]
    st = styles()
    font = st.cell.fontName

    def P(text: object, style: Any = st.cell) -> Paragraph:  # noqa: N802
        return para(text, style)

    title = "村干部履历表" if k else "村级后备干部履历表"
    story: list[Flowable] = [para(title, st.title),
                             para(f"{_township_name(store)}　{f['village_name']}", st.subtitle)]
    w = 174 * mm
    status = ""
    if c:
        status = c["status_label"]
        if c["status"] == "appointed":
            status += f"（{cn_date(c['appointed_on'])}）"
        elif c["status"] == "left":
            status += f"（{cn_date(c['left_on'])}，{c['left_reason']}）"
    elif k:
        status = "在任" if k["active"] else f"已离任（{cn_date(k['left_on'])}，{k['left_reason']}）"
    birth = f"{_ym(f['birth_date'])}（{f['age']} 岁）" if f["birth_date"] else ""
    info = [
        [P("姓名"), P(f["name"]), P("性别"), P(f["sex"]), P("出生年月"), P(birth), P("照\n\n片", st.cell_center)],
        [P("文化程度"), P(f["schooling"]), P("政治面貌"), P(f["party_status"]), P("联系电话"), P(f["phone"]), ""],
        [P("所在村"), P(f["village_name"]), P("职业或身份"), P(c["occupation"] if c else ""), P("培养联系人"),
         P(c["mentor"] if c else ""), ""],
        [P("入库时间"), P(c["entered_on"].replace("-", ".") if c else "—"), P("笔试成绩"),
         P(_score(c["exam_score"]) if c else "—"), P("面试成绩"), P(_score(c["interview_score"]) if c else "—"), ""],
        [P("培养类别"), P(c["tier_label"] if c else "—"), P("目前状态"), P(status), "", "", ""],
    ]
    if c and c["intended_post"]:
        info.append([P("拟培养方向"), P(c["intended_post"]), "", "", "", "", ""])
    if k:
        post = f"{k['post']}，{cn_date(k['appointed_on'])}任职" if k["appointed_on"] else k["post"]
        if k["term_start"]:
            post += f"，本届任期自{cn_date(k['term_start'])}起"
        info.append([P("现任职务"), P(post), "", "", "", "", ""])
    if c and c["note"]:
        info.append([P("备注"), P(c["note"]), "", "", "", "", ""])
    cw = [22 * mm, 28 * mm, 22 * mm, 28 * mm, 22 * mm, 31 * mm, 21 * mm]
    table = grid_table(info, cw, header_rows=0, font=font)
    spans = [("SPAN", (6, 0), (6, 3)), ("SPAN", (3, 4), (6, 4)), ("VALIGN", (6, 0), (6, 3), "MIDDLE")]
    spans += [("SPAN", (1, i), (6, i)) for i in range(5, len(info))]
    shade = [("BACKGROUND", (col, 0), (col, len(info) - 1), colors.HexColor("#f0f0f0")) for col in (0,)]
    shade += [("BACKGROUND", (2, 0), (2, 4), colors.HexColor("#f0f0f0")),
              ("BACKGROUND", (4, 0), (4, 3), colors.HexColor("#f0f0f0"))]
    table.setStyle(spans + shade)
    story.append(table)

    story.append(para("一、培养记录", st.h2))
    if f["cultivation"]:
        rows: list[list[Any]] = [[P("日期"), P("培养方式"), P("内容"), P("单位或对象"), P("备注")]]
        for r in f["cultivation"]:
            when = cn_date(r["start_on"]) + (f"至{cn_date(r['end_on'])}" if r["end_on"] else "")
            rows.append([P(when), P(r["kind_label"]), P(r["title"]), P(r["partner"]), P(r["note"])])
        story.append(grid_table(rows, [36 * mm, 38 * mm, w - 124 * mm, 30 * mm, 20 * mm], font=font))
    else:
        story.append(para("（无）", st.body))

    story.append(para("二、年度考核", st.h2))
    if f["assessments"]:
        rows = [[P("年度"), P("考核等次"), P("考核单位"), P("说明")]]
        rows += [[P(f"{a['year']}年"), P(a["grade"]), P(a["assessed_by"]), P(a["note"])] for a in f["assessments"]]
        story.append(grid_table(rows, [24 * mm, 28 * mm, 40 * mm, w - 92 * mm], font=font))
    else:
        story.append(para("（无）", st.body))

    if k:
        story.append(para("三、任职后考察（三个月看思路，半年看成效，一年定去向）", st.h2))
        if f["reviews"]:
            rows = [[P("考察"), P("应考察日期"), P("考察日期"), P("等次"), P("去向"), P("说明")]]
            for r in f["reviews"]:
                held = {"done": cn_date(r.get("held_on")), "overdue": "逾期未考察", "due": "待考察",
                        "upcoming": "未到期"}[r["state"]]
                rows.append([P(r["label"]), P(cn_date(r["due_on"])), P(held), P(r.get("rating", "")),
                             P(r.get("decision_label", "")), P(r.get("note", ""))])
            story.append(grid_table(rows, [46 * mm, 27 * mm, 27 * mm, 18 * mm, 14 * mm, w - 132 * mm], font=font))
        else:
            story.append(para("（不是在本系统中新任职的干部，没有任职后考察安排）", st.body))

    story.append(spacer(12))
    story.append(KeepTogether([SignatureLines(["村党支部（盖章）：", "乡镇党委组织办（盖章）："], font),
                               SignatureLines(["日期：", "日期："], font)]))
    return build(out, story, title=f"{f['name']} {title}",
                 footer=f"{f['village_name']} · {f['name']} · {today().isoformat()}")
