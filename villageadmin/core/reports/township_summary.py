"""The township summary for the township meeting (乡镇各村工作情况汇总): all villages side by side,
the rule findings per area, and each village's main problems. A4 landscape."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph

from villageadmin.core.accounts import Actor
from villageadmin.core.money import fmt_yuan
from villageadmin.core.reports.base import SignatureLines, build, cn_date, grid_table, para, spacer, styles
from villageadmin.core.sync import overview as ov

if TYPE_CHECKING:
    from villageadmin.core.store import Store

_BAD = colors.HexColor("#f8d7d3")
_WARN = colors.HexColor("#fcefc7")


def _yuan(fen: int | None) -> str:
    if fen is None:
        return "—"
    return fmt_yuan(fen).rsplit(".", 1)[0] if fen % 100 == 0 else fmt_yuan(fen)


def render(store: Store, actor: Actor, out: str | Path, *, year: int | None = None) -> Path:
    data = ov.overview(store, actor, year=year)
    st = styles()
    font = st.cell.fontName

    def P(text: Any, style: Any = st.cell) -> Paragraph:  # noqa: N802
        return para(text, style)

    story: list[Flowable] = []
    story.append(para(f"{data.township}各村工作情况汇总（{data.year}年）", st.title))
    story.append(para(f"截至 {cn_date(data.on)}　共 {len(data.rows)} 个村　供乡镇会议使用", st.subtitle))

    lo_hi = data.key_target
    key_head = f"重点培养对象（应 {lo_hi[0]}–{lo_hi[1]} 人）" if lo_hi else "重点培养对象"
    head = ["村", "最近报送", "首周例会\n（已开/应开）", "非生产性开支\n（元，已用/全年限额）", "超限类别", "待乡镇审核",
            "需关注工程\n（共有工程）", key_head, "违规", "提醒"]
    rows: list[list[Any]] = [[P(h, st.cell_center) for h in head]]
    marks: list[tuple[int, int, Any]] = []
    for i, r in enumerate(data.rows, 1):
        if r.source == "archived":
            sent = f"第 {r.last_seq} 号，{cn_date(r.last_at)}" if r.last_seq else "还没有收到"
            if r.held:
                sent += f"（暂存 {r.held} 个）"
        elif r.source == "local":
            sent = "本机录入" + (f"，已导出第 {r.last_seq} 号" if r.last_seq else "")
        else:
            sent = "未登记密钥，没有收到文件"
        spend = f"{_yuan(r.spend_fen)} / {_yuan(r.limit_fen)}" if r.spend_fen is not None else "—"
        key = "—" if r.key_candidates is None else str(r.key_candidates)
        proj = "—" if r.projects is None else f"{r.projects_attention} （{r.projects}）"
        rows.append([P(f"{r.name}（{r.code}）"), P(sent), P(f"{r.meetings_met} / {r.meetings_due}", st.cell_center),
                     P(spend, st.cell_right), P("、".join(r.over_kinds) or "无"),
                     P("—" if r.waiting_township is None else str(r.waiting_township), st.cell_center),
                     P(proj, st.cell_center), P(key, st.cell_center), P(str(r.count("error")), st.cell_center),
                     P(str(r.count("warning")), st.cell_center)])
        if r.stale or (r.source == "archived" and not r.last_seq):
            marks.append((1, i, _WARN))
        if r.meetings_met < r.meetings_due:
            marks.append((2, i, _BAD if r.meetings_due - r.meetings_met >= 2 else _WARN))
        if r.over_kinds:
            marks.append((3, i, _BAD))
            marks.append((4, i, _BAD))
        if r.projects_attention:
            marks.append((6, i, _WARN))
        if lo_hi and r.key_candidates is not None and not lo_hi[0] <= r.key_candidates <= lo_hi[1]:
            marks.append((7, i, _WARN))
        if r.count("error"):
            marks.append((8, i, _BAD))
    widths = [30, 38, 24, 40, 26, 18, 24, 28, 15, 15]
    t = grid_table(rows, [w * mm for w in widths], font=font, zebra=False)
    t.setStyle([("BACKGROUND", (c, r), (c, r), col) for c, r, col in marks])
    story.append(t)
    story.append(para("底色：红色为违反规定，黄色为需要注意（报送超过 45 天、例会推迟、人数不在目标内、工程有问题）。", st.small))

    story.append(para("一、各村各项检查发现的问题（违规 / 提醒）", st.h2))
    mods = [m for m in data.modules]
    head2 = ["村", *[ov.MODULE_LABELS.get(m, m) for m in mods], "合计"]
    rows2: list[list[Any]] = [[P(h, st.cell_center) for h in head2]]
    for r in data.rows:
        cells = [P(f"{r.name}")]
        for m in mods:
            s = r.findings.get(m, {})
            cells.append(P(f"{s.get('error', 0)} / {s.get('warning', 0)}", st.cell_center))
        cells.append(P(f"{r.count('error')} / {r.count('warning')}", st.cell_center))
        rows2.append(cells)
    w_village = 34
    w_rest = (258 - w_village) / (len(mods) + 1)
    story.append(grid_table(rows2, [w_village * mm] + [w_rest * mm] * (len(mods) + 1), font=font, zebra=True))

    story.append(para("二、各村主要问题", st.h2))
    blocks: list[list[Flowable]] = []
    for r in data.rows:
        items = data.top_findings.get(r.code, [])
        if not items:
            continue
        lines: list[Flowable] = [para(f"{r.name}", st.body)]
        for f in items:
            label = ov.SEVERITY_LABELS.get(f.severity, f.severity)
            lines.append(para(f"　［{label}·{ov.MODULE_LABELS.get(f.module, f.module)}］{f.message}", st.cell))
        blocks.append(lines)
    if not blocks:
        blocks.append([para("各村都没有发现问题。", st.body)])
    # The signature lines stay on the page of the last village's problems.
    blocks[-1] += [spacer(6), SignatureLines(["汇总人（签字）：", "审核人（签字）：", "日期："], font, per_row=3,
                                             width=250 * mm)]
    story.extend(KeepTogether(b) for b in blocks)
    return build(out, story, title=f"{data.township}各村工作情况汇总", page="A4-landscape",
                 margins_mm=(15, 15, 15, 18))
