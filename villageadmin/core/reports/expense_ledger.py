"""The ledger of non-productive expenses by kind (非生产性开支台账) for a month or a whole year, A4 landscape:
each kind's entries with a subtotal, the period's total, year-to-date against the limits, the requests not
booked, signature lines, and the audit chain head in the footer."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, TableStyle

from villageadmin.core import audit, expense_views
from villageadmin.core.accounts import Actor
from villageadmin.core.expenses import PAY_METHODS, REFUSED_STAGES, cn_day
from villageadmin.core.money import fmt_yuan
from villageadmin.core.reports.base import SignatureLines, esc, grid_table, para, spacer, styles
from villageadmin.core.reports.expense_common import build_with_chain

if TYPE_CHECKING:
    from villageadmin.core.store import Store

WIDTH = 261 * mm  # A4 landscape less the margins


def _wrapped(text: str, n: int, style: ParagraphStyle) -> str | Paragraph:
    """Plain text up to ``n`` characters (fast), a wrapping Paragraph beyond."""
    return text if len(text) <= n else Paragraph(esc(text), style)


def render(store: Store, actor: Actor, village_id: int, year: int, month: int | None, out: str | Path) -> Path:
    """``month=None`` prints the whole year."""
    led = expense_views.month_ledger(store, actor, village_id, year, month)
    period = f"{year}年{month}月" if month else f"{year}年全年"
    this = "本月" if month else "全年"
    st = styles()
    font = st.cell.fontName
    v = led.village
    story: list[Flowable] = [
        para(f"{v['name']}非生产性开支台账", st.title),
        para(f"{led.township}　{v['name']}　{period}", st.subtitle),
    ]
    cols = [20 * mm, 22 * mm, 78 * mm, 38 * mm, 20 * mm, 30 * mm, 15 * mm, 26 * mm, 12 * mm]
    header = ["编号", "日期", "开支事由", "收款单位（人）", "经办人", "审批人", "支付", "金额（元）", "票据"]
    aligned = [("ALIGN", (7, 0), (7, -1), "RIGHT"), ("ALIGN", (8, 0), (8, -1), "CENTER")]
    kind_head = ParagraphStyle("kind", parent=st.body, fontSize=12, leading=18, spaceBefore=3 * mm,
                               spaceAfter=1 * mm, keepWithNext=1)
    # One table per kind, each with its own header repeated on every page it runs over. (One table
    # for the whole ledger with a spanned row per kind made reportlab recompute its spans at every
    # page break: a 1,000-row year took seconds.)
    for k in led.kinds:
        if not k.rows:
            continue
        story.append(para(f"{k.name}（{len(k.rows)} 笔）", kind_head))
        rows: list[list[Any]] = [header]
        for r in k.rows:
            approver = r["village_approver_name"] or ""
            if r["second_signer_name"]:
                approver += f"、{r['second_signer_name']}"
            purpose = r["purpose"] if r["reverses_id"] is None else f"{r['purpose']}（{r['reason']}）"
            # plain text where it fits (a thousand Paragraphs would cost a second), wrapped where it does not
            cell = purpose if len(purpose) <= 22 else Paragraph(esc(purpose), st.cell)
            # the whole payee and approvers, wrapped where they are long: the official ledger cut them to
            # “廖林俊、曾婷凤、邹…”, and a record on file must say who was paid
            rows.append([f"第{r['seq']}号", r["spent_on"], cell, _wrapped(r["payee"], 10, st.cell),
                         r["handler_name"], _wrapped(approver, 8, st.cell),
                         PAY_METHODS.get(r["pay_method"], "") if r["status"] == "paid" else "待支付",
                         fmt_yuan(r["amount_fen"]), str(r["receipts"] or "")])
        rows.append(["", "", f"{k.name}小计", "", "", "", "", fmt_yuan(k.month_fen), ""])
        t = grid_table(rows, cols, font=font, font_size=9.5)
        t.setStyle(TableStyle([*aligned, ("LINEABOVE", (0, -1), (-1, -1), 1.2, colors.black)]))
        story.append(t)
    if any(k.rows for k in led.kinds):
        t = grid_table([["", "", f"{this}合计", "", "", "", "", fmt_yuan(led.month_fen), str(led.items) + " 笔"]],
                       cols, header_rows=0, font=font, font_size=9.5)
        t.setStyle(TableStyle([*aligned, ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#eeeeee"))]))
        story.append(spacer(2))
        story.append(t)
    else:
        story.append(para(f"{this}没有入账的非生产性开支。", st.body))

    story.append(para(f"{year}年累计与限额（截至{f'{month}月' if month else '年'}底）", st.h2))
    rows = [["开支类别", f"{this}（元）", "本年累计（元）", "年度限额（元）", "剩余（元）", "已用比例", "单笔限额（元）"]]
    for k in led.kinds:
        rule = led.policy.kinds.get(k.code)
        if rule is not None and rule.always_refused:
            rows.append([k.name, fmt_yuan(k.month_fen), fmt_yuan(k.ytd_fen), "0.00（零招待）", "—",
                         "—" if k.ytd_fen == 0 else "违规", "0.00"])
            continue
        share = f"{k.ytd_fen * 100 // k.annual_limit_fen}%" if k.annual_limit_fen else "—"
        rows.append([k.name, fmt_yuan(k.month_fen), fmt_yuan(k.ytd_fen), fmt_yuan(k.annual_limit_fen),
                     fmt_yuan(k.left_fen), share, fmt_yuan(k.per_item_limit_fen)])
    rows.append(["合计", fmt_yuan(led.month_fen), fmt_yuan(led.ytd_fen), "", "", "", ""])
    t = grid_table(rows, [36 * mm, 32 * mm, 36 * mm, 40 * mm, 34 * mm, 26 * mm, 34 * mm], font=font, font_size=10)
    style = [("ALIGN", (1, 1), (-1, -1), "RIGHT"), ("BACKGROUND", (0, -1), (-1, -1), colors.HexColor("#f2f2f2"))]
    for i, k in enumerate(led.kinds, 1):
        if k.annual_limit_fen and k.ytd_fen > k.annual_limit_fen or (k.annual_limit_fen == 0 and k.ytd_fen > 0):
            style.append(("TEXTCOLOR", (0, i), (-1, i), colors.HexColor("#b00000")))
    t.setStyle(TableStyle(style))
    story.append(t)
    pol = led.policy
    note = f"限额依据《行政村非生产性开支限额审批制度》（{cn_day(pol.effective_from)}起执行）"
    if pol.default_to_confirm:
        note += "；注意：这是软件自带的默认限额，尚待乡镇核定"
    story.append(para(note + "。本年累计含已审批待乡镇审核的开支，冲销记入原开支所属年度。", st.small))

    if led.unbooked:
        story.append(para(f"{this}未入账的申请（待审批、待乡镇审核、已拒绝、已撤回）", st.h2))
        rows = [["编号", "日期", "类别", "开支事由", "金额（元）", "状态", "原因或说明"]]
        for r in led.unbooked:
            why = r["refused_reason"] or ""
            if r["status"] in ("refused", "withdrawn") and r["refused_stage"]:
                why = f"{REFUSED_STAGES.get(r['refused_stage'], '')}：{why}"
            rows.append([f"第{r['seq']}号", r["spent_on"], r["kind_name"], Paragraph(esc(r["purpose"]), st.cell),
                         fmt_yuan(r["amount_fen"]), r["status_label"], Paragraph(esc(why), st.cell)])
        t = grid_table(rows, [20 * mm, 22 * mm, 20 * mm, 62 * mm, 26 * mm, 26 * mm, 85 * mm], font=font,
                       font_size=9.5)
        t.setStyle(TableStyle([("ALIGN", (4, 0), (4, -1), "RIGHT")]))
        story.append(t)

    pub = led.publication
    if month:
        story.append(spacer(3))
        story.append(para(f"本月开支已于 {cn_day(pub['posted_on'])} 在村务公开栏张榜公开。" if pub
                          else "本月开支尚未张榜公开。", st.body))
    story.append(spacer(8))
    story.append(KeepTogether([
        SignatureLines(["经办人（报账员）：", "村会计：", "村党支部书记："], st.body.fontName, per_row=3, width=WIDTH),
        SignatureLines(["村务监督委员会：", "乡镇审核（农经站）：", "日期："], st.body.fontName, per_row=3, width=WIDTH),
    ]))
    return build_with_chain(out, story, title=f"{v['name']}非生产性开支台账 {period}",
                            chain_head=audit.head(store), page="A4-landscape",
                            footer=f"{v['name']} · {period}台账 · 村务通")
