"""The official meeting record (会议记录), A4, with signature lines for host and recorder."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether

from villageadmin.core import meetings
from villageadmin.core.accounts import Actor
from villageadmin.core.reports.base import (SignatureLines, build, cn_date, esc, grid_table, para, spacer,
                                            styles)

if TYPE_CHECKING:
    from villageadmin.core.store import Store

WEEKDAYS = "一二三四五六日"


def render(store: Store, actor: Actor, meeting_id: int, out: str | Path) -> Path:
    m = meetings.get_meeting(store, actor, meeting_id)
    township = store.one("SELECT name FROM township WHERE id=1") or {"name": ""}
    st = styles()
    from reportlab.platypus import Paragraph

    def P(text: object, style=st.cell) -> Paragraph:  # noqa: N802, ANN001
        return para(text, style)

    story: list[Flowable] = []
    story.append(para(f"{m['village_name']}{m['kind_label']}记录", st.title))
    story.append(para(f"{township['name']}　{m['village_name']}", st.subtitle))
    import datetime as dt

    d = dt.date.fromisoformat(m["held_on"])
    when = f"{cn_date(d)}（星期{WEEKDAYS[d.weekday()]}）{m['start_time']}"
    present = [a for a in m["attendance"] if a["present"]]
    absent = [a for a in m["attendance"] if not a["present"]]
    absent_text = "；".join(f"{a['name']}（{a['absence_reason']}）" for a in absent) or "无"
    town_text = "；".join(f"{t['name']}（{meetings.TOWNSHIP_ROLES.get(t['role'], t['role'])}）"
                         for t in m["township"]) or "无"
    w = 174 * mm
    info = [
        [P("会议时间"), P(when), P("会议地点"), P(m["place"])],
        [P("主持人"), P(m["host"]), P("记录人"), P(m["recorder"])],
        [P("应到人数"), P(f"{len(m['attendance'])} 人"), P("实到人数"), P(f"{len(present)} 人")],
        [P("出席人员"), P("、".join(a["name"] for a in present) or "无"), "", ""],
        [P("缺席人员及原因"), P(absent_text), "", ""],
        [P("乡镇参会人员"), P(town_text), "", ""],
    ]
    if m["topic"]:
        info.append([P("会议主题"), P(m["topic"]), "", ""])
    t = grid_table(info, [30 * mm, 57 * mm, 26 * mm, 61 * mm], header_rows=0, font=st.cell.fontName)
    t.setStyle([("SPAN", (1, i), (3, i)) for i in range(3, len(info))])
    story.append(t)

    story.append(para("一、会议议题", st.h2))
    if m["agenda"]:
        for i, item in enumerate(m["agenda"], 1):
            story.append(para(f"{i}. {item}", st.body))
    else:
        story.append(para("（未列议题）", st.body))

    story.append(para("二、各条线工作汇报", st.h2))
    if m["reports"]:
        rows = [[P("条线"), P("汇报人"), P("汇报内容")]]
        rows += [[P(r["line"]), P(r["reporter"]), P(r["content"])] for r in m["reports"]]
        story.append(grid_table(rows, [22 * mm, 24 * mm, w - 46 * mm], font=st.cell.fontName))
    else:
        story.append(para("（无）", st.body))

    story.append(para("三、讨论情况", st.h2))
    story.append(para(m["discussion"] or "（无）", st.body))

    story.append(para("四、会议决议", st.h2))
    if m["resolutions"]:
        rows = [[P("序号"), P("决议内容"), P("责任人"), P("完成期限")]]
        rows += [[P(i), P(r["text"]), P(r["owner"]), P(cn_date(r["due_on"]))]
                 for i, r in enumerate(m["resolutions"], 1)]
        story.append(grid_table(rows, [12 * mm, w - 72 * mm, 26 * mm, 34 * mm], font=st.cell.fontName))
    else:
        story.append(para("（本次会议没有形成决议）", st.body))

    story.append(para("五、以往决议落实情况", st.h2))
    if m["followups"]:
        rows = [[P("决议内容（会议日期）"), P("责任人"), P("落实情况"), P("说明")]]
        rows += [[P(f"{f['text']}（{cn_date(f['from_date'])}）"), P(f["owner"]),
                  P(meetings.RESOLUTION_STATUS[f["status"]]), P(f["note"])] for f in m["followups"]]
        story.append(grid_table(rows, [w - 96 * mm, 22 * mm, 22 * mm, 52 * mm], font=st.cell.fontName))
    else:
        story.append(para("（无待跟进的决议）", st.body))

    story.append(spacer(12))
    story.append(KeepTogether([SignatureLines(["主持人（签字）：", "记录人（签字）："], st.body.fontName),
                               SignatureLines(["日期：", "日期："], st.body.fontName)]))
    return build(out, story, title=f"{m['village_name']}{m['kind_label']}记录 {m['held_on']}",
                 footer=f"{m['village_name']} · {esc(m['held_on'])} · 村务通")
