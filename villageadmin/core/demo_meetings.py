"""Demo meetings: a work meeting most months (some missed or late), joint meetings, party meetings,
resolutions that are followed up at later meetings, a few left overdue."""

from __future__ import annotations

import datetime as dt
import sqlite3
from contextlib import nullcontext
from typing import TYPE_CHECKING, Any

from villageadmin.core import audit, search
from villageadmin.core.accounts import SYSTEM
from villageadmin.core.clock import now_iso
from villageadmin.core.demo import below as demo_below
from villageadmin.core.demo import indexes_built_after, insert_rows
from villageadmin.core.schema_summaries import refill, triggers_held
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
START_TIMES = ["08:30", "09:00", "09:00", "14:00", "14:30"]
PLACES = ["村委会会议室", "村部二楼会议室", "村党群服务中心", "村委会办公室"]
BULK_TABLES = ("meetings", "meeting_attendance", "meeting_township", "meeting_agenda", "meeting_reports",
               "resolutions", "resolution_followups")
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


def agenda_items(task_a: str, task_b: str) -> tuple[str, str, str]:
    return "通报上月工作完成情况", f"研究{task_a}", f"部署{task_b}"


def _expansion_tables(c: sqlite3.Connection, ctx: DemoContext, mx: list[tuple[int, int, int, int, int, int | None]],
                      absent: list[tuple[int, int, str]]) -> None:
    """The temporary tables the meetings' attendance, township people and agenda are expanded from."""
    c.execute("CREATE TEMP TABLE demo_mx (mid INTEGER PRIMARY KEY, vid INTEGER, a INTEGER, b INTEGER, came INTEGER,"
              " guest INTEGER)")
    c.execute("CREATE TEMP TABLE demo_absent (mid INTEGER, idx INTEGER, reason TEXT, PRIMARY KEY (mid, idx))"
              " WITHOUT ROWID")
    c.execute("CREATE TEMP TABLE demo_cadres (vid INTEGER, idx INTEGER, cadre_id INTEGER, PRIMARY KEY (vid, idx))"
              " WITHOUT ROWID")
    c.execute("CREATE TEMP TABLE demo_links (vid INTEGER, j INTEGER, sid INTEGER, name TEXT, role TEXT,"
              " PRIMARY KEY (vid, j)) WITHOUT ROWID")
    c.execute("CREATE TEMP TABLE demo_agenda (a INTEGER, b INTEGER, seq INTEGER, item TEXT, PRIMARY KEY (a, b, seq))"
              " WITHOUT ROWID")
    c.executemany("INSERT INTO temp.demo_mx VALUES (?,?,?,?,?,?)", mx)
    c.executemany("INSERT INTO temp.demo_absent VALUES (?,?,?)", absent)
    c.executemany("INSERT INTO temp.demo_cadres VALUES (?,?,?)",
                  [(vid, i, p["id"]) for vid, people in ctx.cadres.items() for i, p in enumerate(people)])
    c.executemany("INSERT INTO temp.demo_links VALUES (?,?,?,?,?)",
                  [(vid, j, *link) for vid, links in ctx.links.items() for j, link in enumerate(links)])
    c.executemany("INSERT INTO temp.demo_agenda VALUES (?,?,?,?)",
                  [(a, b, seq, item) for a, task_a in enumerate(TASKS) for b, task_b in enumerate(TASKS) if a != b
                   for seq, item in enumerate(agenda_items(task_a, task_b), 1)])


def generate(store: Store, ctx: DemoContext) -> None:
    rng = ctx.rng
    # rng.random, rng.choice, rng.randint and rng.sample, drawn the way CPython's random module draws them
    # (the same numbers for the same seed) without its layers of checks: ~1M draws at county scale.
    random = rng.random
    below = demo_below(rng)

    index = _Indexer()
    parts: dict[tuple[str, ...], tuple[str, str]] = {}

    def part(*texts: str) -> tuple[str, str]:
        """The index of a few texts that come together (a meeting's header, a report), computed once."""
        p = parts.get(texts)
        if p is None:
            p = parts[texts] = index(list(texts))
        return p

    now = now_iso()
    meetings: list[tuple[Any, ...]] = []
    # Attendance, township people and agenda (most of the area's rows) are expanded in SQL from one short row
    # per meeting: (id, village, its two tasks, which of the village's township links came, the office guest).
    mx: list[tuple[int, int, int, int, int, int | None]] = []
    absent: list[tuple[int, int, str]] = []  # (meeting, cadre's place in the village's list, reason)
    reports: list[tuple[Any, ...]] = []
    resolutions: list[tuple[Any, ...]] = []
    followups: list[tuple[Any, ...]] = []
    fts: list[tuple[Any, ...]] = []
    mid = int(store.scalar("SELECT coalesce(max(id), 0) FROM meetings"))
    fresh = mid == 0
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
                          "links": ctx.links[v["id"]], "open": [], "sloppy": random() < 0.15,
                          "reporters": [(c["line"] or "村务", c["name"], REPORT_TEXT.get(c["line"], REPORT_TEXT["村务"]),
                                         c["line"]) for c in cadres],
                          "token": search.village_token(v["id"]), "n_cadres": len(cadres)}
    # A meeting's discussion and agenda follow from its two tasks.
    talks: dict[tuple[int, int], tuple[str, tuple[str, str]]] = {}
    for a, task_a in enumerate(TASKS):
        for b, task_b in enumerate(TASKS):
            if a != b:
                disc = f"与会人员围绕{task_a}和{task_b}进行了讨论，一致同意按计划推进，{task_a}要明确责任人和时间节点。"
                items = agenda_items(task_a, task_b)
                talks[a, b] = (disc, part(disc, *items))
    n_tasks = len(TASKS)
    n_starts, n_places, n_absence = len(START_TIMES), len(PLACES), len(ABSENCE)
    res_verbs = ["抓紧落实", "组织开展", "完成", "推进"]
    due_days = [dt.timedelta(days=d) for d in (14, 21, 30, 45, 60)]
    note_part = {True: part("已按期完成"), False: part("正在推进，下次会议再报")}

    def add_meeting(vid: int, kind: str, day: dt.date, topic: str, with_res: bool, links: int,
                    guest: int | None) -> None:
        nonlocal mid, rid
        st = state[vid]
        cadres = st["cadres"]
        open_res: list[tuple[int, str, str, dt.date]] = st["open"]
        mid += 1
        start_time = START_TIMES[below(n_starts)]
        place = PLACES[below(n_places)]
        a = below(n_tasks)  # rng.sample(TASKS, 2)
        b = below(n_tasks)
        while b == a:
            b = below(n_tasks)
        disc, talk_part = talks[a, b]
        day_iso = day.isoformat()
        meetings.append((mid, vid, kind, day_iso, start_time, place, st["secretary"], st["recorder"], topic,
                         disc, now, now))
        idx = [part(KINDS[kind], place, st["secretary"], st["recorder"]), part(topic), talk_part]
        mx.append((mid, vid, a, b, links, guest))
        for i in range(st["n_cadres"]):
            if random() <= 0.08:
                absent.append((mid, i, ABSENCE[below(n_absence)]))
        if kind == "work":
            task_a = TASKS[a]
            for i, (line, name, texts, text_line) in enumerate(st["reporters"][:3 + below(3)], 1):
                content = texts[below(len(texts))].format(task=task_a)
                reports.append((mid, i, line, name, content))
                idx.append(part(text_line, name, content))
            # Follow up the open resolutions of earlier meetings.
            if open_res:
                still: list[tuple[int, str, str, dt.date]] = []
                for r in open_res:
                    done = random() < (0.75 if day < r[3] else 0.9)
                    followups.append((r[0], mid, "done" if done else "open",
                                      "已按期完成" if done else "正在推进，下次会议再报", day_iso))
                    idx.append(note_part[done])
                    if not done:
                        still.append(r)
                open_res[:] = still
        if with_res:
            for i in range(1, below(3) + 2):
                rid += 1
                task = TASKS[below(n_tasks)]
                text = f"{res_verbs[below(4)]}{task}工作"
                owner = cadres[below(len(cadres))]["name"]
                due = day + due_days[below(5)]
                resolutions.append((rid, mid, vid, i, text, owner, due.isoformat()))
                open_res.append((rid, text, owner, due))
                idx.append(part(text, owner))
        fts.append((mid, " ".join([p[0] for p in idx if p[0]] + [st["token"]]), " ".join([p[1] for p in idx if p[1]])))

    for y, m in months:
        last_month = (y, m) == (t.year, t.month)
        planned: list[tuple[dt.date, int, str, str, bool, int, int | None]] = []
        work_topic = f"{y}年{m}月村干部工作例会"
        for vi, v in enumerate(ctx.villages):
            vid = v["id"]
            vs = state[vid]
            links = vs["links"]
            sloppy = vs["sloppy"]
            roll = random()
            miss_p, late_p = (0.12, 0.15) if sloppy else (0.03, 0.05)
            day: dt.date | None
            if roll < miss_p:
                day = None
            elif roll < miss_p + late_p:
                day = dt.date(y, m, 8 + below(13))
            else:
                day = dt.date(y, m, 1 + below(7))
            if day is not None and day > t:
                day = None if last_month else day
            came = 0  # the township people linked to the village who came: a bit per link
            for j in range(len(links)):
                if random() < 0.99:
                    came |= 1 << j
            guest = office[(vi + y * 12 + m) % len(office)]["id"] if office else None
            if guest is not None and random() < 0.9 and \
                    not any(came >> j & 1 and links[j][0] == guest for j in range(len(links))):
                with_guest = guest
            else:
                with_guest = None
            if day is not None:
                planned.append((day, vid, "work", work_topic, True, came, with_guest))
            if random() < (0.85 if sloppy else 0.98):
                joint_day = dt.date(y, m, 14 + below(12))
                joint_res = random() < 0.4
                came = 0
                for j in range(len(links)):
                    if random() < 0.98:
                        came |= 1 << j
                planned.append((joint_day, vid, "joint", "两委联席会议", joint_res, came, None))
            if m in (3, 9) and random() < 0.8:
                planned.append((dt.date(y, m, 10 + below(18)), vid, "party_members", "党员大会", False, 0, None))
            if m in (6, 12) and random() < 0.7:
                planned.append((dt.date(y, m, 10 + below(18)), vid, "representatives", "村民代表会议",
                                random() < 0.5, 0, None))
            if m == 1 and random() < 0.8:
                planned.append((dt.date(y, m, 15 + below(14)), vid, "democratic_life", "年度民主生活会", False, 0,
                                None))
        planned.sort(key=lambda p: (p[0], p[1]))
        for day, vid, kind, topic, with_res, came, with_guest in planned:
            if day <= t:
                add_meeting(vid, kind, day, topic, with_res, came, with_guest)
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
    def write() -> None:
        c = store.conn
        with store.transaction():
            _expansion_tables(c, ctx, mx, absent)
            # A new file: the rows go in without the secondary indexes, which are built after, and without the
            # running totals' triggers: the attendance counts are worked out in one pass after (schema_summaries).
            with indexes_built_after(store, *BULK_TABLES) if fresh else nullcontext(), \
                    triggers_held(store, "meetings", "meeting_township") if fresh else nullcontext():
                insert_rows(store, "meetings", "id, village_id, kind, held_on, start_time, place, host, recorder, topic,"
                            " discussion, created_at, updated_at", meetings)
                c.execute("""
                    INSERT INTO meeting_attendance (meeting_id, cadre_id, present, absence_reason)
                    SELECT m.mid, c.cadre_id, a.reason IS NULL, coalesce(a.reason, '')
                    FROM temp.demo_mx m JOIN temp.demo_cadres c ON c.vid = m.vid
                    LEFT JOIN temp.demo_absent a ON a.mid = m.mid AND a.idx = c.idx
                    ORDER BY m.mid, c.idx""")
                c.execute("""
                    INSERT INTO meeting_township (meeting_id, staff_id, name, role)
                    SELECT mid, sid, name, role FROM (
                        SELECT m.mid, l.j, l.sid, l.name, l.role FROM temp.demo_mx m
                        JOIN temp.demo_links l ON l.vid = m.vid AND (m.came >> l.j) & 1
                        UNION ALL
                        SELECT m.mid, 1000, s.id, s.name, 'office' FROM temp.demo_mx m
                        JOIN township_staff s ON s.id = m.guest)
                    ORDER BY mid, j""")
                c.execute("""
                    INSERT INTO meeting_agenda (meeting_id, seq, item)
                    SELECT m.mid, t.seq, t.item FROM temp.demo_mx m JOIN temp.demo_agenda t ON t.a = m.a AND t.b = m.b
                    ORDER BY m.mid, t.seq""")
                insert_rows(store, "meeting_reports", "meeting_id, seq, line, reporter, content", reports)
                insert_rows(store, "resolutions", "id, meeting_id, village_id, seq, text, owner, due_on, status, closed_on,"
                            " closed_meeting_id", res_rows)
                insert_rows(store, "resolution_followups", "resolution_id, meeting_id, status, note",
                            [f[:4] for f in followups])
            if fresh:
                refill(store, "meeting_month_staff")
            for name in ("demo_mx", "demo_absent", "demo_cadres", "demo_links", "demo_agenda"):
                c.execute(f"DROP TABLE temp.{name}")
            c.executemany("INSERT INTO meeting_fts (rowid, bi, uni) VALUES (?,?,?)", fts)
            audit.append(store, SYSTEM, "demo", "meeting", None,
                         extra={"meetings": len(meetings), "resolutions": len(resolutions)})

    # Written later, while the next area makes its rows in the background (demo.DemoContext.defer).
    ctx.defer(write)
    ctx.counts["meetings"] = len(meetings)
    ctx.counts["resolutions"] = len(resolutions)
