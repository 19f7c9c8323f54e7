"""Demo meetings: a work meeting most months (some missed or late), joint meetings, party meetings,
resolutions that are followed up at later meetings, a few left overdue."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from villageadmin.core import audit, search
from villageadmin.core.accounts import SYSTEM
from villageadmin.core.clock import now_iso
from villageadmin.core.meetings import KINDS

if TYPE_CHECKING:
    from villageadmin.core.demo import DemoContext
    from villageadmin.core.store import Store

TASKS = ["村道路硬化", "饮水安全工程", "秸秆禁烧巡查", "城乡居民医保缴费", "防汛抗旱准备", "人居环境整治",
         "垃圾分类收集", "低保户复核", "森林防火", "春耕备耕", "矛盾纠纷排查", "安全生产检查", "党员冬训",
         "村级财务公开", "危房改造摸底", "高标准农田建设", "路灯维修", "村卫生室建设", "水渠清淤", "文化广场建设",
         "退役军人信息采集", "留守老人走访", "疫苗接种宣传", "土地确权", "集体经济合作社年报", "村规民约修订"]
REPORT_TEXT = {
    "党建": ["召开支委会，组织党员学习，收缴党费", "开展主题党日活动，发展入党积极分子一名", "落实三会一课，整理党建台账"],
    "村务": ["完成上月决议事项，村务公开栏已更新", "协调处理邻里纠纷两起", "推进{task}，已完成前期摸底"],
    "财务": ["上月非生产性开支按规定审批，已张榜公开", "整理票据，按时报账", "清理往来款项，核对集体资产台账"],
    "综治": ["开展治安巡逻，排查矛盾纠纷", "做好{task}宣传，张贴标语", "对重点人员进行走访"],
    "计生": ["完成育龄妇女随访", "办理生育登记服务", "开展优生优育宣传"],
    "妇联": ["组织妇女参加技能培训", "走访困难妇女家庭", "开展最美家庭评选"],
    "团支部": ["组织青年志愿者参加{task}", "开展青年座谈", "联系在外务工青年"],
    "民兵": ["组织民兵参加{task}", "开展应急演练", "检查防汛物资"],
}
PLACES = ["村委会会议室", "村部二楼会议室", "村党群服务中心", "村委会办公室"]
ABSENCE = ["外出参加培训", "病假", "事假", "到乡里办事", "家中有事"]


class _Indexer:
    """``search.index_columns`` of a record's texts, part by part, each part computed once.

    The parts come from small vocabularies (places, names, tasks), and a record's index is the
    parts' indexes joined in order: a text's tokens never cross the line break between two parts.
    """

    def __init__(self) -> None:
        self.bi: dict[str, str] = {}
        self.uni: dict[str, str] = {}

    def __call__(self, texts: list[str]) -> tuple[str, str]:
        bis, unis = [], []
        for t in texts:
            bi = self.bi.get(t)
            if bi is None:
                bi, self.uni[t] = search.index_columns(t)
                self.bi[t] = bi
            if bi:
                bis.append(bi)
            uni = self.uni[t]
            if uni:
                unis.append(uni)
        return " ".join(bis), " ".join(unis)


def generate(store: Store, ctx: DemoContext) -> None:
    rng = ctx.rng
    index = _Indexer()
    now = now_iso()
    meetings: list[tuple[Any, ...]] = []
    attendance: list[tuple[Any, ...]] = []
    town: list[tuple[Any, ...]] = []
    agenda: list[tuple[Any, ...]] = []
    reports: list[tuple[Any, ...]] = []
    resolutions: list[tuple[Any, ...]] = []
    followups: list[tuple[Any, ...]] = []
    fts: list[tuple[Any, ...]] = []
    mid = int(store.scalar("SELECT coalesce(max(id), 0) FROM meetings"))
    rid = int(store.scalar("SELECT coalesce(max(id), 0) FROM resolutions"))
    office = [s for s in ctx.staff if s["is_office_member"]]
    t = ctx.today
    months: list[tuple[int, int]] = []
    y, m = ctx.start.year, ctx.start.month
    while (y, m) <= (t.year, t.month):
        months.append((y, m))
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)

    # Month by month across all villages, so meeting ids follow the calendar (search lists newest first by id).
    state: dict[int, dict[str, Any]] = {}
    for v in ctx.villages:
        cadres = ctx.cadres[v["id"]]
        state[v["id"]] = {"cadres": cadres, "secretary": cadres[0]["name"], "recorder": cadres[2]["name"],
                          "links": ctx.links[v["id"]], "open": [], "sloppy": rng.random() < 0.15}

    def add_meeting(vid: int, kind: str, day: dt.date, topic: str, *, with_res: bool,
                    town_people: list[tuple[int, str, str]]) -> None:
        nonlocal mid, rid
        st = state[vid]
        cadres = st["cadres"]
        open_res: list[tuple[int, str, str, dt.date]] = st["open"]
        mid += 1
        start_time = rng.choice(["08:30", "09:00", "09:00", "14:00", "14:30"])
        place = rng.choice(PLACES)
        task_a, task_b = rng.sample(TASKS, 2)
        disc = f"与会人员围绕{task_a}和{task_b}进行了讨论，一致同意按计划推进，{task_a}要明确责任人和时间节点。"
        meetings.append((mid, vid, kind, day.isoformat(), start_time, place, st["secretary"], st["recorder"], topic,
                         disc, now, now))
        texts = [KINDS[kind], place, st["secretary"], st["recorder"], topic, disc]
        for c in cadres:
            present = rng.random() > 0.08
            attendance.append((mid, c["id"], int(present), "" if present else rng.choice(ABSENCE)))
        for sid, name, role in town_people:
            town.append((mid, sid, name, role))
        items = ["通报上月工作完成情况", f"研究{task_a}", f"部署{task_b}"]
        for i, item in enumerate(items, 1):
            agenda.append((mid, i, item))
        texts += items
        if kind == "work":
            for i, c in enumerate(cadres[:rng.randint(3, 5)], 1):
                content = rng.choice(REPORT_TEXT.get(c["line"], REPORT_TEXT["村务"])).format(task=task_a)
                reports.append((mid, i, c["line"] or "村务", c["name"], content))
                texts += [c["line"], c["name"], content]
            # Follow up the open resolutions of earlier meetings.
            still: list[tuple[int, str, str, dt.date]] = []
            for r_id, r_text, r_owner, r_due in open_res:
                done = rng.random() < (0.75 if day < r_due else 0.9)
                note = "已按期完成" if done else "正在推进，下次会议再报"
                followups.append((r_id, mid, "done" if done else "open", note, day.isoformat()))
                texts.append(note)
                if not done:
                    still.append((r_id, r_text, r_owner, r_due))
            open_res[:] = still
        if with_res:
            for i in range(1, rng.randint(1, 3) + 1):
                rid += 1
                task = rng.choice(TASKS)
                text = f"{rng.choice(['抓紧落实', '组织开展', '完成', '推进'])}{task}工作"
                owner = rng.choice(cadres)["name"]
                due = day + dt.timedelta(days=rng.choice([14, 21, 30, 45, 60]))
                resolutions.append((rid, mid, vid, i, text, owner, due.isoformat()))
                open_res.append((rid, text, owner, due))
                texts += [text, owner]
        bi, uni = index(texts)
        fts.append((mid, bi + " " + search.village_token(vid), uni))

    for y, m in months:
        last_month = (y, m) == (t.year, t.month)
        planned: list[tuple[dt.date, int, str, str, bool, list[tuple[int, str, str]]]] = []
        for vi, v in enumerate(ctx.villages):
            vid = v["id"]
            links = state[vid]["links"]
            roll = rng.random()
            miss_p, late_p = (0.12, 0.15) if state[vid]["sloppy"] else (0.03, 0.05)
            day: dt.date | None
            if roll < miss_p:
                day = None
            elif roll < miss_p + late_p:
                day = dt.date(y, m, rng.randint(8, 20))
            else:
                day = dt.date(y, m, rng.randint(1, 7))
            if day is not None and day > t:
                day = None if last_month else day
            linked_people = [(sid, name, role) for sid, name, role in links if rng.random() < 0.99]
            guest = office[(vi + y * 12 + m) % len(office)] if office else None
            if guest and rng.random() < 0.9 and guest["id"] not in {p[0] for p in linked_people}:
                linked_people.append((guest["id"], guest["name"], "office"))
            if day is not None:
                planned.append((day, vid, "work", f"{y}年{m}月村干部工作例会", True, linked_people))
            if rng.random() < (0.85 if state[vid]["sloppy"] else 0.98):
                planned.append((dt.date(y, m, rng.randint(14, 25)), vid, "joint", "两委联席会议", rng.random() < 0.4,
                                [(sid, name, role) for sid, name, role in links if rng.random() < 0.98]))
            if m in (3, 9) and rng.random() < 0.8:
                planned.append((dt.date(y, m, rng.randint(10, 27)), vid, "party_members", "党员大会", False, []))
            if m in (6, 12) and rng.random() < 0.7:
                planned.append((dt.date(y, m, rng.randint(10, 27)), vid, "representatives", "村民代表会议",
                                rng.random() < 0.5, []))
            if m == 1 and rng.random() < 0.8:
                planned.append((dt.date(y, m, rng.randint(15, 28)), vid, "democratic_life", "年度民主生活会", False, []))
        planned.sort(key=lambda p: (p[0], p[1]))
        for day, vid, kind, topic, with_res, people in planned:
            if day <= t:
                add_meeting(vid, kind, day, topic, with_res=with_res, town_people=people)
    # Resolutions' status follows their latest follow-up.
    status: dict[int, tuple[str, str, int]] = {}
    for r_id, m_id, st, _note, day_iso in followups:
        status[r_id] = (st, day_iso, m_id)
    res_rows = []
    for r in resolutions:
        st = status.get(r[0])
        if st and st[0] != "open":
            res_rows.append((*r, st[0], st[1], st[2]))
        else:
            res_rows.append((*r, "open", None, None))
    with store.transaction():
        c = store.conn
        c.executemany("INSERT INTO meetings (id, village_id, kind, held_on, start_time, place, host, recorder, topic,"
                      " discussion, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)", meetings)
        c.executemany("INSERT INTO meeting_attendance (meeting_id, cadre_id, present, absence_reason) VALUES (?,?,?,?)",
                      attendance)
        c.executemany("INSERT INTO meeting_township (meeting_id, staff_id, name, role) VALUES (?,?,?,?)", town)
        c.executemany("INSERT INTO meeting_agenda (meeting_id, seq, item) VALUES (?,?,?)", agenda)
        c.executemany("INSERT INTO meeting_reports (meeting_id, seq, line, reporter, content) VALUES (?,?,?,?,?)",
                      reports)
        c.executemany("INSERT INTO resolutions (id, meeting_id, village_id, seq, text, owner, due_on, status, closed_on,"
                      " closed_meeting_id) VALUES (?,?,?,?,?,?,?,?,?,?)", res_rows)
        c.executemany("INSERT INTO resolution_followups (resolution_id, meeting_id, status, note) VALUES (?,?,?,?)",
                      [f[:4] for f in followups])
        c.executemany("INSERT INTO meeting_fts (rowid, bi, uni) VALUES (?,?,?)", fts)
        audit.append(store, SYSTEM, "demo", "meeting", None,
                     extra={"meetings": len(meetings), "resolutions": len(resolutions)})
    ctx.counts["meetings"] = len(meetings)
    ctx.counts["resolutions"] = len(resolutions)
