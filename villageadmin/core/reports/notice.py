"""The 公示 notice for the village notice board: the decision (决议公开) or the result (实施结果公开).

Large type on A4 or A3, so it can be read standing in front of the board. It can be printed before
the posting is recorded: the posting date and period then come from the caller (or today and the
policy's default period), so the sheet on the board and the record agree.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepInFrame, Paragraph, Table, TableStyle

from villageadmin.core import decisions, policy
from villageadmin.core.accounts import Actor
from villageadmin.core.clock import today
from villageadmin.core.decisions_state import posting_end
from villageadmin.core.errors import RuleViolation, ValidationError
from villageadmin.core.reports import fonts
from villageadmin.core.reports.base import PAGE_SIZES, build, cn_date, esc, spacer

if TYPE_CHECKING:
    from villageadmin.core.store import Store

SIZES = ("A4", "A3")
WHICH = ("decision", "result")


@dataclass
class NoticeOptions:
    which: str | None = None  # decision / result; None: the result once step 6 is recorded, else the decision
    size: str = "A4"
    posted_on: dt.date | None = None  # for a notice printed before its posting is recorded
    period_days: int | None = None
    result_text: str | None = None  # the result notice's text before step 6 is recorded


def _vote_phrase(s: dict[str, Any]) -> str:
    if s["members"] is None:
        return ""
    unit = "户" if s["basis"] == "households" else "人"
    against = f"，反对 {s['votes_against']} 票" if s["votes_against"] else ""
    abstain = f"，弃权 {s['votes_abstain']} 票" if s["votes_abstain"] else ""
    return f"（应到 {s['members']} {unit}，实到 {s['present']} {unit}，赞成 {s['votes_for']} 票{against}{abstain}）"


def _procedure_lines(m: dict[str, Any]) -> list[str]:
    by_step = {s["step"]: s for s in m["steps"]}
    lines = []
    verbs = {1: "党支部提议", 2: "两委联席会议商议通过", 3: "党员大会审议通过"}
    for n in (1, 2, 3, 4):
        s = by_step[n]
        verb = verbs.get(n) or f"{s['body_label'] or '村民代表会议'}表决通过"
        lines.append(f"{cn_date(s['on_date'])}，{verb}{_vote_phrase(s) if n > 1 else ''}")
    return lines


def render(store: Store, actor: Actor, matter_id: int, out: str | Path, options: NoticeOptions | None = None) -> Path:
    o = options or NoticeOptions()
    if o.size not in SIZES:
        raise ValidationError("size", "纸张只能是 A4 或 A3。", code="bad_size")
    m = decisions.get_matter(store, actor, matter_id)
    by_step = {s["step"]: s for s in m["steps"] if s["passed"]}
    which = o.which or ("result" if 6 in by_step else "decision")
    if which not in WHICH:
        raise ValidationError("which", "只能打印决议公示或实施结果公示。", code="bad_which")
    if not all(n in by_step for n in (1, 2, 3, 4)):
        raise RuleViolation("这个事项还没有经过村民会议或村民代表会议作出决议，没有可以公示的决议。",
                            code="not_decided")
    if which == "result" and 5 not in by_step:
        raise RuleViolation("决议还没有公开，不能先公示实施结果。", code="not_published")
    step = by_step.get(5 if which == "decision" else 6)
    pol = policy.section(store, "decisions", today())
    posted_on: dt.date | None = o.posted_on or (dt.date.fromisoformat(step["on_date"]) if step else None)
    period = o.period_days or (step["period_days"] if step else None) or int(pol.get("default_posting_days", 7))

    scale = 1.0 if o.size == "A4" else 2 ** 0.5
    font = fonts.register().name
    title_st = ParagraphStyle("n_title", fontName=font, fontSize=30 * scale, leading=40 * scale, alignment=TA_CENTER,
                              spaceAfter=3 * mm * scale)
    sub_st = ParagraphStyle("n_sub", fontName=font, fontSize=20 * scale, leading=28 * scale, alignment=TA_CENTER,
                            spaceAfter=6 * mm * scale)
    head_st = ParagraphStyle("n_head", fontName=font, fontSize=16 * scale, leading=24 * scale, alignment=TA_CENTER,
                             spaceAfter=4 * mm * scale)
    body = ParagraphStyle("n_body", fontName=font, fontSize=16 * scale, leading=27 * scale, wordWrap="CJK",
                          firstLineIndent=32 * scale)
    item = ParagraphStyle("n_item", parent=body, firstLineIndent=-20 * scale, leftIndent=52 * scale)
    right = ParagraphStyle("n_right", parent=body, firstLineIndent=0, alignment=TA_RIGHT)
    box_st = ParagraphStyle("n_box", parent=body, firstLineIndent=32 * scale, leading=28 * scale)

    def p(text: str, style: ParagraphStyle = body) -> Paragraph:
        return Paragraph(esc(text), style)

    def boxed(text: str) -> Table:
        t = Table([[p(text, box_st)]], colWidths=[(174 if o.size == "A4" else 247) * mm])
        t.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 1.2, colors.black),
                               ("TOPPADDING", (0, 0), (-1, -1), 4 * mm * scale),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 4 * mm * scale),
                               ("LEFTPADDING", (0, 0), (-1, -1), 4 * mm * scale),
                               ("RIGHTPADDING", (0, 0), (-1, -1), 4 * mm * scale)]))
        return t

    if posted_on:
        end = posting_end(posted_on, period)
        period_text = f"公示期：{cn_date(posted_on)}至{cn_date(end)}，共 {period} 天。"
        sign_date = cn_date(posted_on)
    else:
        period_text = f"公示期：　　　年　　月　　日至　　　年　　月　　日，共 {period} 天。"
        sign_date = "　　　　年　　月　　日"
    village = m["village_name"]
    story: list[Flowable] = [p(f"{village}村务公开", head_st)]
    if which == "decision":
        story.append(p("决 议 公 示", title_st))
        story.append(p(f"关于“{m['title']}”", sub_st))
        story.append(p(f"按照“四议两公开”工作程序，本村“{m['title']}”事项经过以下程序作出决议："))
        story += [p(f"{i}. {line}；" if i < 4 else f"{i}. {line}。", item)
                  for i, line in enumerate(_procedure_lines(m), 1)]
        story.append(spacer(2 * scale))
        story.append(p("决议内容如下："))
        story.append(spacer(1 * scale))
        story.append(boxed(by_step[4]["text"] or m["decision_text"]))
        story.append(spacer(3 * scale))
        story.append(p("现予公示。"))
        story.append(p(period_text))
        story.append(p("公示期间，村民如有意见或异议，请向村党支部、村务监督委员会反映。公示期满无异议的，按决议组织实施。"))
    else:
        result_text = o.result_text if o.result_text is not None else (step["text"] if step else "")
        s5 = by_step[5]
        end5 = posting_end(s5["on_date"], s5["period_days"] or 1)
        story.append(p("实施结果公示", title_st))
        story.append(p(f"关于“{m['title']}”", sub_st))
        d4 = by_step[4]
        story.append(p(f"本村“{m['title']}”事项，于{cn_date(d4['on_date'])}经{d4['body_label'] or '村民代表会议'}"
                       f"表决通过{_vote_phrase(d4)}，决议已于{cn_date(s5['on_date'])}至{cn_date(end5)}张贴公示。"
                       + (f"{cn_date(m['started_on'])}开始实施。" if m["started_on"] else "")))
        story.append(p("实施结果如下："))
        story.append(spacer(1 * scale))
        story.append(boxed(result_text or "　\n　\n　"))
        story.append(spacer(3 * scale))
        story.append(p("现予公示。"))
        story.append(p(period_text))
        story.append(p("公示期间，村民如有意见或异议，请向村党支部、村务监督委员会反映。"))
    story.append(spacer(10 * scale))
    story += [p(f"中共{village}支部委员会", right), p(f"{village}村民委员会", right), p(sign_date, right)]
    what = "决议公示" if which == "decision" else "实施结果公示"
    # One sheet for the board: a very long text shrinks to fit rather than spilling onto a second page.
    margins = (18, 18, 20, 20) if o.size == "A4" else (25, 25, 28, 25)
    page_w, page_h = PAGE_SIZES[o.size]
    frame = KeepInFrame(page_w - (margins[0] + margins[1]) * mm - 12, page_h - (margins[2] + margins[3]) * mm - 12,
                        story, mode="shrink")
    return build(out, [frame], title=f"{village}{m['title']}{what}", page=o.size,
                 footer=f"{village} · {what} · 村务通",
                 margins_mm=margins)
