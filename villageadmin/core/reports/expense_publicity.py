"""The publicity sheet for the village notice board (财务公开栏): the month's non-productive spending by kind
and item by item, in large type, with the date of posting and room for the stamps."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, TableStyle

from villageadmin.core import audit, expense_views
from villageadmin.core.accounts import Actor
from villageadmin.core.clock import today
from villageadmin.core.expenses import cn_day
from villageadmin.core.money import fmt_yuan
from villageadmin.core.reports.base import SignatureLines, esc, grid_table, spacer, styles
from villageadmin.core.reports.expense_common import build_with_chain

if TYPE_CHECKING:
    from villageadmin.core.store import Store

WIDTH = 178 * mm


def render(store: Store, actor: Actor, village_id: int, year: int, month: int, out: str | Path) -> Path:
    led = expense_views.month_ledger(store, actor, village_id, year, month)
    st = styles(1.35)
    font = st.body.fontName
    poster = ParagraphStyle("poster", fontName=font, fontSize=34, leading=44, alignment=TA_CENTER, spaceAfter=3 * mm)
    v = led.village

    def p(text: Any, style: ParagraphStyle = st.cell) -> Paragraph:
        return Paragraph(esc(text), style)

    story: list[Flowable] = [
        Paragraph(esc(f"{v['name']}财务公开栏"), poster),
        Paragraph(esc(f"{year}年{month}月 非生产性开支公开"), st.title),
    ]
    rows: list[list[Any]] = [["开支类别", "笔数", "本月金额（元）", "本年累计（元）", "年度限额（元）"]]
    for k in led.kinds:
        rule = led.policy.kinds.get(k.code)
        if rule is not None and rule.always_refused:
            rows.append([k.name, str(len(k.rows)), fmt_yuan(k.month_fen), fmt_yuan(k.ytd_fen), "0（零招待）"])
        else:
            rows.append([k.name, str(len(k.rows)), fmt_yuan(k.month_fen), fmt_yuan(k.ytd_fen),
                         fmt_yuan(k.annual_limit_fen)])
    rows.append(["合计", str(led.items), fmt_yuan(led.month_fen), fmt_yuan(led.ytd_fen), ""])
    t = grid_table(rows, [38 * mm, 18 * mm, 40 * mm, 42 * mm, 40 * mm], font=font, font_size=14)
    t.setStyle(TableStyle([("ALIGN", (1, 0), (-1, -1), "RIGHT"), ("ALIGN", (0, 0), (-1, 0), "CENTER"),
                           ("TOPPADDING", (0, 0), (-1, -1), 5), ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
                           ("BACKGROUND", (0, -1), (-1, -1), colors.HexColor("#eeeeee"))]))
    story.append(t)
    hosp = next((k for k in led.kinds if led.policy.kinds.get(k.code) and led.policy.kinds[k.code].always_refused),
                None)
    if hosp is not None:
        story.append(spacer(2))
        story.append(p(f"本月{hosp.name}：{fmt_yuan(hosp.month_fen)} 元（村级公务零招待）。", st.big))

    story.append(p("本月开支明细", st.h2))
    items = [r for k in led.kinds for r in k.rows]
    items.sort(key=lambda r: (r["spent_on"], r["seq"]))
    if items:
        rows = [["日期", "类别", "开支事由", "金额（元）"]]
        for r in items:
            purpose = r["purpose"] if r["reverses_id"] is None else f"{r['purpose']}（{r['reason']}）"
            rows.append([f"{int(r['spent_on'][5:7])}月{int(r['spent_on'][8:10])}日", r["kind_name"], p(purpose),
                         fmt_yuan(r["amount_fen"])])
        t = grid_table(rows, [26 * mm, 26 * mm, 90 * mm, 36 * mm], font=font, font_size=12.5)
        t.setStyle(TableStyle([("ALIGN", (3, 0), (3, -1), "RIGHT")]))
        story.append(t)
    else:
        story.append(p("本月没有非生产性开支。", st.body))
    waiting = [r for r in led.unbooked if r["status"] in ("pending", "township")]
    if waiting:
        story.append(p(f"另有 {len(waiting)} 笔申请尚在审批中，审批后在下月公开。", st.body))
    story.append(spacer(4))
    story.append(p("以上开支均经村审批，超过规定金额的已报乡镇审核。对公开内容有疑问的，请向村务监督委员会反映。",
                   st.body))
    pub = led.publication
    posted = cn_day(pub["posted_on"]) if pub else cn_day(today())
    story.append(spacer(6))
    story.append(KeepTogether([
        Paragraph(esc(f"公开日期：{posted}"), st.big),
        spacer(6),
        SignatureLines(["村务监督委员会（盖章）：", "村民委员会（盖章）："], font, font_size=14, width=WIDTH),
    ]))
    return build_with_chain(out, story, title=f"{v['name']}财务公开栏 {year}-{month:02d}",
                            chain_head=audit.head(store),
                            footer=f"{v['name']} · {year}年{month}月财务公开 · 村务通")
