"""The approval slip for one request (非生产性开支审批单), like the paper slip it replaces: amount in figures
and in capitals, the limit it was judged against, each step with who, when and the opinion, signatures."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, TableStyle

from villageadmin.core import audit, expenses
from villageadmin.core.accounts import Actor
from villageadmin.core.expenses import REFUSED_STAGES, RULE_LABELS, cn_day
from villageadmin.core.money import fmt_yuan
from villageadmin.core.reports.base import SignatureLines, esc, grid_table, para, spacer, styles
from villageadmin.core.reports.expense_common import build_with_chain, rmb_upper

if TYPE_CHECKING:
    from villageadmin.core.store import Store


def _when(stamp: str | None) -> str:
    return cn_day(stamp) if stamp else ""


def render(store: Store, actor: Actor, expense_id: int, out: str | Path) -> Path:
    e = expenses.get_expense(store, actor, expense_id)
    township = store.scalar("SELECT name FROM township WHERE id=1") or ""
    st = styles(1.05)
    font = st.cell.fontName

    def p(text: Any) -> Paragraph:
        return Paragraph(esc(text), st.cell)

    year = e["spent_on"][:4]
    title = f"{e['village_name']}非生产性开支{'冲销' if e['reverses_id'] else ''}审批单"
    story: list[Flowable] = [
        para(title, st.title),
        para(f"{township}　编号：{year}年第 {e['seq']} 号　　日期：{cn_day(e['spent_on'])}", st.subtitle),
    ]
    amount = e["amount_fen"]
    rows: list[list[Any]] = [
        [p("开支类别"), p(e["kind_name"]), p("支付方式"), p(e["pay_method_label"])],
        [p("金额（小写）"), p(f"¥{fmt_yuan(amount)}"), p("金额（大写）"), p(f"人民币{rmb_upper(amount)}")],
        [p("收款单位（人）"), p(e["payee"]), "", ""],
        [p("开支事由"), p(e["purpose"]), "", ""],
        [p("票据张数"), p(f"{e['receipts']} 张"), p("经办人"), p(e["handler_name"])],
    ]
    spans = [2, 3]
    if e["reverses_id"] is not None:
        o = e["original"]
        rows.append([p("冲销原因"), p(f"冲销{o['spent_on'][:4]}年第 {o['seq']} 号（{fmt_yuan(o['amount_fen'])} 元）："
                                    f"{e['reason']}"), "", ""])
        spans.append(len(rows) - 1)
    elif e["item_limit_fen"] is not None:
        ytd = e["ytd_before_fen"]
        if ytd is None and e["status"] in ("township", "approved", "paid"):
            # records made before the judgement was kept: the year's committed spending before this one
            ytd = int(store.scalar(
                "SELECT coalesce(sum(amount_fen), 0) FROM expenses WHERE village_id=? AND kind=? AND budget_year=?"
                " AND status IN ('township', 'approved', 'paid') AND (spent_on < ? OR (spent_on = ? AND id < ?))",
                (e["village_id"], e["kind"], e["budget_year"], e["spent_on"], e["spent_on"], e["id"])) or 0)
        text = f"本类单笔限额 {fmt_yuan(e['item_limit_fen'])} 元；{e['budget_year']}年度限额 {fmt_yuan(e['annual_limit_fen'])} 元"
        if ytd is not None:
            text += (f"，审核时已用 {fmt_yuan(ytd)} 元，本笔后累计 {fmt_yuan(ytd + amount)} 元，"
                     f"剩余 {fmt_yuan(e['annual_limit_fen'] - ytd - amount)} 元")
        rows.append([p("限额情况"), p(text + "。"), "", ""])
        spans.append(len(rows) - 1)
    # village approval
    if e["village_approved_at"]:
        text = f"{e['village_opinion'] or '同意'}。审批人：{e['village_approver_name']}"
        if e["second_signer_name"]:
            text += f"　会签人：{e['second_signer_name']}"
        text += f"　{_when(e['village_approved_at'])}"
    elif e["refused_stage"] == "village":
        text = f"不同意：{e['refused_reason']}。{e['refused_by']}　{_when(e['refused_at'])}"
    elif e["status"] == "pending":
        text = "（待审批）"
    else:
        text = "（未经村审批）"
    rows.append([p("村审批意见"), p(text), "", ""])
    spans.append(len(rows) - 1)
    # township review
    if e["township_reviewed_at"]:
        text = f"{e['township_opinion'] or ''}。审核人：{e['township_reviewer']}　{_when(e['township_reviewed_at'])}"
    elif e["status"] == "township":
        text = "（待乡镇审核）"
    elif e["needs_township"]:
        text = "（需乡镇审核）"
    else:
        text = "本笔金额未达到报乡镇审核的标准，不需乡镇审核。"
    rows.append([p("乡镇审核意见"), p(text), "", ""])
    spans.append(len(rows) - 1)
    # payment and status
    if e["paid_on"]:
        text = f"已于 {cn_day(e['paid_on'])} 以{e['pay_method_label']}支付，付款人：{e['paid_by']}"
    elif e["status"] == "approved":
        text = "已审批，待支付"
    else:
        text = "未支付"
    rows.append([p("支付情况"), p(text), "", ""])
    spans.append(len(rows) - 1)
    status = e["status_label"]
    if e["status"] in ("refused", "withdrawn"):
        rule = RULE_LABELS.get(e["refused_rule"] or "", "")
        status += f"（{REFUSED_STAGES.get(e['refused_stage'] or '', '')}{'：' + rule if rule else ''}）"
    rows.append([p("状态"), p(status), "", ""])
    spans.append(len(rows) - 1)
    if e["status"] in ("refused", "withdrawn") and e["refused_stage"] in ("rule", "handler"):
        rows.append([p("原因"), p(e["refused_reason"]), "", ""])
        spans.append(len(rows) - 1)
    if e["reversals"]:
        text = "；".join(f"{r['spent_on']} 冲销第 {r['seq']} 号 {fmt_yuan(r['amount_fen'])} 元（{r['reason']}）"
                        for r in e["reversals"])
        rows.append([p("冲销记录"), p(f"{text}；冲销后净额 {fmt_yuan(e['net_fen'])} 元。"), "", ""])
        spans.append(len(rows) - 1)
    t = grid_table(rows, [30 * mm, 62 * mm, 28 * mm, 54 * mm], header_rows=0, font=font, font_size=10.5)
    style = [("SPAN", (1, i), (3, i)) for i in spans]
    style += [("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#f2f2f2")),
              ("TOPPADDING", (0, 0), (-1, -1), 6), ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]
    t.setStyle(TableStyle(style))
    story.append(t)
    story.append(spacer(12))
    story.append(KeepTogether([
        SignatureLines(["经办人（签字）：", "审批人（签字）："], font),
        SignatureLines(["会签人（签字）：", "出纳（签字）："], font),
    ]))
    return build_with_chain(out, story, title=f"{title} {year}-{e['seq']}", chain_head=audit.head(store),
                            footer=f"{e['village_name']} · {year}年第 {e['seq']} 号 · 村务通")
