"""Printed bidding documents: the register (招投标登记簿, one line per project) and one project's file
sheet (项目档案表)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph

from villageadmin.core import bidding, bidding_flags
from villageadmin.core.accounts import Actor
from villageadmin.core.clock import today
from villageadmin.core.money import fmt_yuan
from villageadmin.core.reports.base import SignatureLines, build, cn_date, grid_table, para, spacer, styles

if TYPE_CHECKING:
    from villageadmin.core.store import Store

# Register columns: heading, width (mm). A4 landscape gives 267 mm between 15 mm margins.
_REGISTER_COLS: list[tuple[str, float]] = [
    ("序号", 8), ("项目名称", 36), ("类别", 14), ("登记日期", 17), ("总投资（元）", 21), ("其中：乡/村/集资", 26),
    ("招标要求", 12), ("招标情况", 22), ("中标（承包）人", 26), ("合同价（元）", 20), ("已付（元）/未退质保金", 22),
    ("当前阶段", 15), ("需要注意", 28)]


def _township_name(store: Store) -> str:
    row = store.one("SELECT name FROM township WHERE id=1")
    return str(row["name"]) if row else ""


def _y(fen: int | None) -> str:
    return "" if fen is None else fmt_yuan(fen)


def _paid(cap: Any) -> str:
    """What was paid, and the retention still held (shown until it is paid back)."""
    text = _y(cap.paid_fen) if cap.paid_fen else ""
    if cap.retention_held_fen:
        text += f"<br/><font size=\"7\">质保金 {_y(cap.retention_held_fen)}</font>"
    return text


def render_register(store: Store, actor: Actor, out: str | Path, *, year: int,
                    village_ids: list[int] | None = None) -> Path:
    """The register of ``year``: one table per village, one line per project with its stage and tender status."""
    rows = bidding.list_projects(store, actor, village_ids=village_ids, year=year)
    st = styles()
    font = st.cell.fontName
    town = _township_name(store)
    villages = sorted({(r["village_code"], r["village_name"]) for r in rows})
    if village_ids and len(village_ids) == 1:
        v = store.one("SELECT code, name FROM villages WHERE id=?", (village_ids[0],))
        villages = [(v["code"], v["name"])] if v else villages
    who = villages[0][1] if len(villages) == 1 else town
    story: list[Flowable] = [para(f"{who}{year}年村级工程项目招投标登记簿", st.title)]
    needs = sum(1 for r in rows if r["flags"])
    required = sum(1 for r in rows if r["required"])
    total = sum(r["total_fen"] for r in rows)
    story.append(para(f"{town}　{len(rows)} 个项目，总投资 {fmt_yuan(total)} 元；须公开招标 {required} 个；"
                      f"需要注意 {needs} 个　（截至{cn_date(today())}）", st.subtitle))
    # 8 pt in the table so that amounts like 1,234,567.00 stay on one line.
    cell = ParagraphStyle("reg_cell", parent=st.cell, fontSize=8, leading=11)
    right = ParagraphStyle("reg_right", parent=cell, alignment=TA_RIGHT)
    small = ParagraphStyle("reg_small", parent=cell, fontSize=7.5, leading=10)
    widths = [w * mm for _h, w in _REGISTER_COLS]
    if not rows:
        story.append(para("（本年度没有登记项目）", st.body))
    by_village: dict[str, list[dict[str, Any]]] = {}
    for r in rows:
        by_village.setdefault(r["village_code"], []).append(r)
    for code, name in villages:
        people = by_village.get(code, [])
        head: list[Flowable] = []
        if len(villages) > 1:
            head.append(para(f"{name}（{code}）　{len(people)} 个项目", st.h2))
        if not people:
            continue
        table_rows: list[list[Any]] = [[h for h, _w in _REGISTER_COLS]]
        marks = []
        for i, r in enumerate(people, 1):
            own = "<br/>".join(f"{label} {_y(r[col])}" for col, label in
                               (("township_fen", "乡"), ("village_fen", "村"), ("public_fen", "集资")) if r[col]) or "—"
            flags = "；".join(_short(f) for f in r["flags"])
            table_rows.append([
                str(i), Paragraph(_esc(r["name"]), cell), Paragraph(_esc(r["kind_label"]), cell), r["registered_on"],
                Paragraph(_y(r["total_fen"]), right), Paragraph(own, right),
                "须招标" if r["required"] else "不须", Paragraph(_esc(r["tender_status_label"]), cell),
                Paragraph(_esc(r["contractor"]), cell), Paragraph(_y(r["contract_fen"]), right),
                Paragraph(_paid(r["cap"]), right), r["stage_label"],
                Paragraph(_esc(flags), small)])
            if any(f.severity == "error" for f in r["flags"]):
                marks.append(("BACKGROUND", (12, i), (12, i), colors.HexColor("#fde2e2")))
            elif r["flags"]:
                marks.append(("BACKGROUND", (12, i), (12, i), colors.HexColor("#fff3cd")))
        table_rows[0] = [Paragraph(h, cell) for h in table_rows[0]]
        table = grid_table(table_rows, widths, font=font, font_size=8)
        table.setStyle([("ALIGN", (0, 0), (-1, 0), "CENTER"), ("ALIGN", (0, 1), (0, -1), "CENTER"), *marks])
        story.extend(head)
        story.append(table)
    story.append(spacer(8))
    story.append(para("招标要求按各项目登记日期当时有效的乡镇政策判定：乡镇一次性投资、村一次性投资达到标准"
                      "（“以上”含本数）或利用群众集资建设的，须公开招标。", st.small))
    story.append(spacer(6))
    story.append(KeepTogether([SignatureLines(["登记人（签字）：", "村负责人（签字）：", "乡招标办（盖章）："],
                                              st.body.fontName, per_row=3, width=260 * mm)]))
    return build(out, story, title=f"{who}{year}年招投标登记簿", page="A4-landscape",
                 margins_mm=(15, 15, 15, 18))


def _short(flag: Any) -> str:
    return str(bidding_flags.FLAG_LABELS.get(flag.rule, flag.rule))


def _esc(text: Any) -> str:
    s = "" if text is None else str(text)
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def render_project(store: Store, actor: Actor, project_id: int, out: str | Path) -> Path:
    """One project's file sheet: particulars, money by source, the tender verdict, stages, bids, payments."""
    p = bidding.get_project(store, actor, project_id)
    st = styles()
    font = st.cell.fontName
    w = 174 * mm

    def P(text: Any, style: Any = st.cell) -> Paragraph:  # noqa: N802
        return Paragraph(_esc(text), style)

    story: list[Flowable] = [para(f"{p['village_name']}村级工程项目档案表", st.title),
                             para(f"{_township_name(store)}　项目编号 {p['id']}", st.subtitle)]
    info = [
        [P("项目名称"), P(p["name"]), P("类别"), P(p["kind_label"])],
        [P("建设地点"), P(p["place"] or "—"), P("登记日期"), P(cn_date(p["registered_on"]))],
        [P("涉及公共利益、公众安全"), P("是" if p["public_interest"] else "否"), P("当前阶段"), P(p["stage_label"])],
    ]
    t = grid_table(info, [36 * mm, 64 * mm, 26 * mm, 48 * mm], header_rows=0, font=font)
    story.append(t)

    story.append(para("一、资金来源", st.h2))
    money = [[P("来源"), P("金额（元）")]]
    money += [[P(label), P(fmt_yuan(p[col]), st.cell_right)] for col, label in bidding.SOURCES]
    money.append([P("合计"), P(fmt_yuan(p["total_fen"]), st.cell_right)])
    money_table = grid_table(money, [60 * mm, 50 * mm], font=font)
    money_table.hAlign = "LEFT"
    story.append(money_table)

    story.append(para("二、是否须公开招标", st.h2))
    v = p["verdict"]
    story.append(para(v.text(), st.big if v.required else st.body))

    story.append(para("三、各阶段情况", st.h2))
    stages = p["stages"]
    rows = [[P("阶段"), P("日期"), P("情况")]]
    for code, label in bidding.STAGES.items():
        s = stages.get(code)
        rows.append([P(label), P(cn_date(s["done_on"]) if s else "未到"), P(_stage_text(code, s, p) if s else "")])
    story.append(grid_table(rows, [24 * mm, 32 * mm, w - 56 * mm], font=font))

    if p["bids"]:
        story.append(para("四、投标情况", st.h2))
        brow = [[P("序号"), P("投标人"), P("报价（元）"), P("结果")]]
        brow += [[P(b["seq"]), P(b["bidder"]), P(fmt_yuan(b["amount_fen"]), st.cell_right),
                  P("中标" if b["is_winner"] else "")] for b in p["bids"]]
        story.append(grid_table(brow, [14 * mm, 90 * mm, 40 * mm, 30 * mm], font=font))

    story.append(para("五、付款情况", st.h2))
    cap = p["cap"]
    if p["payments"]:
        prow = [[P("日期"), P("类型"), P("金额（元）"), P("收款人"), P("凭证号")]]
        prow += [[P(cn_date(x["paid_on"])), P(bidding.PAYMENT_KINDS[x["kind"]]),
                  P(fmt_yuan(x["amount_fen"]), st.cell_right), P(x["payee"]), P(x["voucher"])] for x in p["payments"]]
        story.append(grid_table(prow, [32 * mm, 26 * mm, 32 * mm, 54 * mm, 30 * mm], font=font))
    else:
        story.append(para("（尚未付款）", st.body))
    cap_text = f"已付 {fmt_yuan(cap.paid_fen)} 元"
    if cap.basis != "none":
        cap_text += f"；付款上限（{cap.basis_label}）{fmt_yuan(cap.cap_fen)} 元"
    if cap.retention_fen:
        cap_text += f"；质保金 {fmt_yuan(cap.retention_fen)} 元，未退 {fmt_yuan(cap.retention_held_fen)} 元"
    if cap.over_fen:
        cap_text += f"；多付 {fmt_yuan(cap.over_fen)} 元"
    story.append(spacer(2))
    story.append(para(cap_text, st.body))

    story.append(para("六、需要注意", st.h2))
    if p["flags"]:
        for f in p["flags"]:
            story.append(para(f"● {f.message}", st.body))
    else:
        story.append(para("（没有发现问题）", st.body))
    if p["note"]:
        story.append(para("备注", st.h2))
        story.append(para(p["note"], st.body))
    story.append(spacer(10))
    story.append(KeepTogether([SignatureLines(["经办人（签字）：", "村负责人（签字）："], st.body.fontName),
                               SignatureLines(["乡招标办（盖章）：", "日期："], st.body.fontName)]))
    return build(out, story, title=f"{p['name']} 项目档案表", footer=f"{p['village_name']} · 项目 {p['id']} · 村务通")


def _stage_text(code: str, s: dict[str, Any], p: dict[str, Any]) -> str:
    if code == "approval":
        return f"立项文号：{s['doc_no']}"
    if code == "tender":
        text = f"方式：{bidding.METHODS.get(s['method'] or '', '')}"
        if s["notice_on"]:
            text += f"；公告 {s['notice_on']}，开标 {s['done_on']}"
        if s["method_reason"]:
            text += f"；不公开招标的理由：{s['method_reason']}"
        if p["contractor"]:
            text += f"；中标（承包）人：{p['contractor']}"
        return text
    if code == "construction":
        text = f"合同价 {fmt_yuan(s['amount_fen'])} 元；开工 {s['start_on']}"
        if s["end_on"]:
            text += f"，计划竣工 {s['end_on']}"
        if s["doc_no"]:
            text += f"；合同编号 {s['doc_no']}"
        return text
    if code == "acceptance":
        text = f"验收结果：{bidding.ACCEPTANCE_RESULTS.get(s['result'] or '', '')}"
        if s["party"]:
            text += f"（{s['party']}）"
        return text + (f"；{s['note']}" if s["note"] else "")
    if code == "audit":
        text = f"审定金额 {fmt_yuan(s['amount_fen'])} 元"
        if s["party"]:
            text += f"；审计单位 {s['party']}"
        if s["doc_no"]:
            text += f"；{s['doc_no']}"
        return text
    text = f"结算；质保金 {fmt_yuan(s['amount_fen'] or 0)} 元"
    if s["end_on"]:
        text += f"，质保期满 {s['end_on']}"
    return text
