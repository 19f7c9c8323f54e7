"""The one-page quick guide for the wall next to the PC (上墙的操作指南): sign in, record the monthly
meeting, print, make the export file for the township — in large type.

The words the program shows on screen are quoted as 「…」; a test checks that each one is a label the
Chinese UI really has, so the sheet cannot drift away from the program.
"""

from __future__ import annotations

from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Table, TableStyle

from villageadmin.core.reports import fonts
from villageadmin.core.reports.base import build, esc, spacer

TITLE = "村务通 · 四步上手"
INTRO = "贴在电脑旁边。不会用时，点「帮助」→「重新看一遍引导」。"

# (step heading, lines). Keep each line short enough for one printed line (a test checks that no printed
# line starts with a punctuation mark) and the whole sheet on one A4 page.
STEPS: list[tuple[str, list[str]]] = [
    ("登录", [
        "双击桌面上的「村务通」图标。",
        "「用户名」填村编号，例如 001。",
        "再填「密码」，点「登录」。",
        "第一次登录要换一个自己的新密码，请记牢。",
        "用完点右上角「退出登录」，下一位再登录。",
    ]),
    ("记录每月例会", [
        "点左边「会议记录」，再点蓝色的「新建会议记录」。",
        "填日期（每月 1—7 日内开）、地点、主持人、记录人。",
        "在「2. 出席情况」给到会的人打勾，没来的写原因。",
        "写议题和汇报；每条决议写责任人和完成期限。",
        "点右下角「保存」（或按 Ctrl+S）。",
    ]),
    ("打印", [
        "在「会议记录」列表里点一下那一条，再点「打印…」。",
        "看一下预览，再点「打印…」选打印机。",
        "要存到 U 盘，点「另存为 PDF…」。",
        "打好后请主持人、记录人签字，放进档案盒。",
    ]),
    ("做给乡镇的导出文件", [
        "每月月底，点左边的「报送与接收」。",
        "点蓝色的「导出报送乡镇的文件…」，选 U 盘的文件夹。",
        "看到「文件已保存」，就把 U 盘交到乡镇。",
        "同一个文件交两次也不要紧，不会重复。",
    ]),
]

TIPS: list[str] = [
    "忘记密码：请乡镇管理员帮您重设。",
    "屏幕锁住了：输入自己的密码就能接着用，没保存的内容还在。",
    "字太小：点「文件」→「设置…」，改「字号（磅）」。",
]

BLUE = colors.HexColor("#2f6db5")


class _Number(Flowable):  # type: ignore[misc]
    """A blue disc with the step number in white."""

    def __init__(self, n: int, font: str, size: float = 16 * mm) -> None:
        super().__init__()
        self.n = n
        self.font = font
        self.size = size

    def wrap(self, aw: float, ah: float) -> tuple[float, float]:
        return self.size, self.size

    def draw(self) -> None:
        c = self.canv
        r = self.size / 2
        c.setFillColor(BLUE)
        c.circle(r, r, r, stroke=0, fill=1)
        c.setFillColor(colors.white)
        fs = self.size * 0.62
        c.setFont(self.font, fs)
        c.drawCentredString(r, r - fs * 0.36, str(self.n))


def render(out: str | Path, *, township_name: str | None = None) -> Path:
    """Write the quick guide; ``township_name`` (optional) goes into the subtitle."""
    font = fonts.register().name
    title = ParagraphStyle("qg_title", fontName=font, fontSize=28, leading=36, alignment=TA_CENTER,
                           textColor=BLUE, spaceAfter=2 * mm)
    intro = ParagraphStyle("qg_intro", fontName=font, fontSize=13, leading=19, alignment=TA_CENTER,
                           textColor=colors.HexColor("#333333"), wordWrap="CJK")
    head = ParagraphStyle("qg_head", fontName=font, fontSize=21, leading=28, textColor=BLUE, spaceAfter=1 * mm)
    line = ParagraphStyle("qg_line", fontName=font, fontSize=15, leading=21, wordWrap="CJK", leftIndent=5 * mm,
                          bulletIndent=0, bulletFontName=font, bulletFontSize=15)
    tip = ParagraphStyle("qg_tip", fontName=font, fontSize=13, leading=19, wordWrap="CJK")

    story: list[Flowable] = [Paragraph(esc(TITLE), title)]
    if township_name:
        story.append(Paragraph(esc(township_name), intro))
    story.append(Paragraph(esc(INTRO), intro))
    story.append(spacer(3))
    rows = []
    for i, (heading, lines) in enumerate(STEPS, 1):
        cell: list[Flowable] = [Paragraph(esc(heading), head)]
        cell += [Paragraph(esc(text), line, bulletText="•") for text in lines]
        rows.append([_Number(i, font), cell])
    steps = Table(rows, colWidths=[22 * mm, 152 * mm])
    steps.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), font),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, -2), 0.8, colors.HexColor("#b8c7da")),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5 * mm),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2 * mm),
    ]))
    story.append(steps)
    story.append(spacer(3))
    box = Table([[Paragraph(esc(t), tip)] for t in TIPS], colWidths=[174 * mm])
    box.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), font),
        ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#fff4d6")),
        ("BOX", (0, 0), (-1, -1), 0.8, colors.HexColor("#d9b44a")),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5 * mm),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5 * mm),
        ("LEFTPADDING", (0, 0), (-1, -1), 4 * mm),
    ]))
    story.append(box)
    return build(out, story, title="村务通快速上手", footer="村务通 快速上手指南",
                 margins_mm=(18, 18, 14, 16))


def quoted_labels() -> list[str]:
    """Every 「label」 the sheet quotes (the test checks each is on screen in the Chinese UI)."""
    import re

    text = "\n".join([INTRO, *(h for h, _ in STEPS), *(x for _, ls in STEPS for x in ls), *TIPS])
    return re.findall(r"「([^」]+)」", text)
