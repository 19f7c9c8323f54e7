"""Demo major matters (四议两公开): a few per village, in every step, with their meeting records.

Per village: finished matters for the larger projects of the bidding register (decided and posted
before work began), matters now in progress at various steps, in some villages one whose party
members' meeting lacked a quorum and went back to the branch, and in a few villages a record that
breaks the procedure (so ``check`` has something to show).
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from villageadmin.core import audit, search
from villageadmin.core.accounts import SYSTEM
from villageadmin.core.clock import now_iso
from villageadmin.core.decisions_state import STEPS
from villageadmin.core.decisions_votes import Vote, at_least_two_thirds, more_than_half
from villageadmin.core.decisions_votes import result as vote_result
from villageadmin.core.decisions_votes import summary as vote_summary
from villageadmin.core.meetings import KINDS as MEETING_KINDS
from villageadmin.core.money import fmt_yuan

if TYPE_CHECKING:
    from villageadmin.core.demo import DemoContext
    from villageadmin.core.store import Store

TITLES: dict[str, list[str]] = {
    "project": ["新建村文化广场", "安装太阳能路灯", "改造村饮水管网", "修缮村东灌溉渠", "硬化村西组道路"],
    "assets": ["出租村集体闲置厂房", "发包村集体鱼塘", "转让村集体闲置仓库", "村集体林地承包经营"],
    "rules": ["修订村规民约", "制定红白理事会章程", "制定村环境卫生管理办法"],
    "expense": ["购置垃圾清运车", "村委会办公楼维修", "购买防汛抢险物资"],
    "other": ["土地承包经营权流转方案", "发展村集体光伏项目"],
}
AMOUNTS = {"project": (80_000, 400_000), "assets": (20_000, 120_000), "rules": (0, 0), "expense": (30_000, 150_000),
           "other": (50_000, 300_000)}
PLACES = ["村务公开栏", "村委会门口公示栏", "各村民小组公示栏"]
ROOMS = ["村委会会议室", "村党群服务中心", "村部二楼会议室"]
BODY = {1: "branch", 2: "joint", 3: "party_members", 4: "representatives"}
# In-progress phases: the steps taken, and how many days ago the last one was.
PHASES: list[tuple[int, tuple[int, int], bool]] = [  # (last step, days ago range, started)
    (1, (2, 45), False), (2, (2, 40), False), (3, (2, 40), False), (4, (1, 12), False),
    (5, (1, 6), False), (5, (10, 40), False), (5, (20, 90), True), (6, (1, 6), True),
]


def _yuan(rng: Any, lo: int, hi: int) -> int:
    return rng.randint(lo // 1000, hi // 1000) * 1000 * 100 if hi else 0


def generate(store: Store, ctx: DemoContext) -> None:
    rng = ctx.rng
    now = now_iso()
    t = ctx.today
    mid = int(store.scalar("SELECT coalesce(max(id), 0) FROM meetings"))
    xid = int(store.scalar("SELECT coalesce(max(id), 0) FROM decision_matters"))
    matters: list[tuple[Any, ...]] = []
    steps: list[tuple[Any, ...]] = []
    meetings: list[tuple[Any, ...]] = []
    attendance: list[tuple[Any, ...]] = []
    agenda: list[tuple[Any, ...]] = []
    fts: list[tuple[Any, ...]] = []
    index_cache: dict[str, tuple[str, str]] = {}
    projects = _linkable_projects(store)
    per_village: dict[int, list[dict[str, Any]]] = {}
    for p in projects:
        per_village.setdefault(p["village_id"], []).append(p)

    def vote_for(body: str, *, fail: bool = False) -> Vote:
        if body == "branch":
            n = rng.choice((3, 5, 5, 7))
            present = n - rng.choice((0, 0, 1))
            return Vote(n, present, present)
        if body == "joint":
            n = rng.randint(5, 9)
            present = n - rng.choice((0, 0, 1))
            return Vote(n, present, present - rng.choice((0, 0, 1)), 0, 0)
        n = rng.randint(22, 60) if body == "party_members" else rng.randint(25, 50)
        need = at_least_two_thirds(n)
        if fail:
            present = need - rng.randint(1, 3)
            return Vote(n, present, present - 1, 0, 1)
        present = rng.randint(need, n)
        yes = rng.randint(max(more_than_half(n), present - 4), present)
        against = rng.randint(0, present - yes)
        return Vote(n, present, yes, against, present - yes - against)

    def add_matter(v: dict[str, Any], kind: str, title: str, amount: int | None, created: dt.date, *,
                   project_id: int | None = None, round_: int = 1, returned_on: dt.date | None = None,
                   started: dt.date | None = None) -> int:
        nonlocal xid
        xid += 1
        content = f"{title}。" + (f"预算约 {fmt_yuan(amount)} 元，" if amount else "") + "具体方案见附件。"
        matters.append((xid, v["id"], kind, title, content, amount, project_id, round_,
                        returned_on.isoformat() if returned_on else None, started.isoformat() if started else None,
                        created.isoformat(), now, now))
        return xid

    def add_step(v: dict[str, Any], matter: int, title: str, n: int, day: dt.date, *, round_: int = 1,
                 fail: bool = False, text: str = "", period: int = 7, return_note: str = "") -> None:
        nonlocal mid
        vid = v["id"]
        if n <= 4:
            body = BODY[n] if n < 4 or rng.random() < 0.8 else "villagers"
            vote = vote_for(body, fail=fail) if body != "villagers" else _villagers_vote(rng)
            r = vote_result(body, vote)
            mid += 1
            cadres = ctx.cadres[vid]
            line = vote_summary(body, vote)
            disc = f"{text or title}\n表决结果：{line}。"
            host, recorder = cadres[0]["name"], cadres[2]["name"]
            meetings.append((mid, vid, body, day.isoformat(), rng.choice(["09:00", "14:30"]), rng.choice(ROOMS), host,
                             recorder, title, disc, now, now))
            agenda.append((mid, 1, f"{STEPS[n]}：{title}"))
            if body in ("branch", "joint"):
                for c in cadres if body == "joint" else [c for c in cadres if c.get("party")] or cadres[:3]:
                    attendance.append((mid, c["id"], 1, ""))
            key = "\n".join([MEETING_KINDS[body], title, text, host, recorder])
            if key not in index_cache:  # titles and names repeat: index each text once
                index_cache[key] = search.index_columns(key + "\n表决结果")
            bi, uni = index_cache[key]
            fts.append((mid, f"{bi} {search.village_token(vid)}", uni))
            steps.append((matter, round_, n, day.isoformat(), mid, body, vote.basis if body == "villagers" else "",
                          vote.members, vote.present, vote.votes_for, vote.votes_against, vote.votes_abstain,
                          int(r.quorum_ok), int(r.passed), text, "", None, return_note, now))
        else:
            steps.append((matter, round_, n, day.isoformat(), None, "", "", None, None, None, None, None, None, 1,
                          text, rng.choice(PLACES), period, "", now))

    def decision_text(title: str, amount: int | None) -> str:
        money = f"，预算 {fmt_yuan(amount)} 元" if amount else ""
        return f"同意{title}{money}，由村委会按规定组织实施，接受村务监督委员会监督。"

    def walk(v: dict[str, Any], matter: int, title: str, amount: int | None, dates: list[dt.date],
             result_text: str = "") -> None:
        text4 = decision_text(title, amount)
        for n, day in enumerate(dates, 1):
            text = {1: f"党支部提议：{title}", 4: text4, 5: text4, 6: result_text}.get(n, "")
            add_step(v, matter, title, n, day, text=text)

    def dates_back(last: dt.date, upto: int) -> list[dt.date]:
        """Dates of steps 1..upto ending on ``last``, with realistic gaps (posting 7 days before step 6)."""
        gaps = {2: (3, 10), 3: (4, 15), 4: (4, 15), 5: (1, 5), 6: (30, 120)}
        out = [last]
        for n in range(upto, 1, -1):
            out.append(out[-1] - dt.timedelta(days=rng.randint(*gaps[n])))
        return out[::-1]

    for vi, v in enumerate(ctx.villages):
        vid = v["id"]
        # 1. Finished matters for large projects: decided and posted before the project was registered.
        linked = per_village.get(vid, [])
        rng.shuffle(linked)
        for p in sorted(linked[:min(ctx.years, 3)], key=lambda p: p["registered_on"]):
            reg = dt.date.fromisoformat(p["registered_on"])
            work = dt.date.fromisoformat(p["start_on"])
            d5 = reg - dt.timedelta(days=rng.randint(9, 20))
            ds = dates_back(d5, 5)
            if ds[0] < ctx.start:
                continue
            created = ds[0] - dt.timedelta(days=rng.randint(0, 10))
            m = add_matter(v, "project", p["name"], p["total_fen"], created, project_id=p["id"], started=work)
            walk(v, m, p["name"], p["total_fen"], ds)
            if p["accepted_on"]:
                accepted = dt.date.fromisoformat(p["accepted_on"])
                d6 = accepted + dt.timedelta(days=rng.randint(3, 20))
                if d6 <= t:
                    add_step(v, m, p["name"], 6, d6, text=f"{p['name']}由{p['contractor'] or '施工单位'}承建，于"
                                                          f"{accepted.year}年{accepted.month}月{accepted.day}日"
                                                          "竣工验收合格。")
        # 2. Matters in progress, at different steps.
        kinds = list(TITLES)
        for j in range(2):
            last_step, (lo, hi), started = PHASES[(vi * 2 + j) % len(PHASES)]
            kind = kinds[(vi + j) % len(kinds)]
            title = TITLES[kind][(vi // len(kinds) + j) % len(TITLES[kind])]
            amount = _yuan(rng, *AMOUNTS[kind]) or None
            last = t - dt.timedelta(days=rng.randint(lo, hi))
            ds = dates_back(last, last_step)
            m_started: dt.date | None = None
            if started:
                end5 = ds[4] + dt.timedelta(days=6)
                m_started = min(end5 + dt.timedelta(days=rng.randint(1, 10)), t)
                if last_step == 6:
                    m_started = min(m_started, ds[5])
            m = add_matter(v, kind, title, amount, ds[0] - dt.timedelta(days=rng.randint(0, 7)), started=m_started)
            spent = f"，实际支出 {fmt_yuan(amount * 97 // 10000 * 100)} 元" if amount else ""
            walk(v, m, title, amount, ds, f"{title}已实施完毕{spent}，经村务监督委员会验收。")
        # 3. Every third village: the party members' meeting lacked a quorum; back to the branch.
        if vi % 3 == 0:
            kind = "assets"
            title = TITLES[kind][vi % len(TITLES[kind])]
            amount = _yuan(rng, *AMOUNTS[kind])
            d3 = t - dt.timedelta(days=rng.randint(20, 60))
            ds = dates_back(d3, 3)
            back = d3 + dt.timedelta(days=rng.randint(1, 5))
            m = add_matter(v, kind, title, amount, ds[0] - dt.timedelta(days=3), round_=2, returned_on=back)
            add_step(v, m, title, 1, ds[0], text=f"党支部提议：{title}")
            add_step(v, m, title, 2, ds[1])
            add_step(v, m, title, 3, ds[2], fail=True,
                     return_note=f"{back.isoformat()} 退回党支部重新提议：到会党员不足三分之二，会议无效，"
                                 "党支部补充说明后重新提议")
            d1 = back + dt.timedelta(days=rng.randint(3, 10))
            if d1 <= t:
                add_step(v, m, title, 1, d1, round_=2, text=f"党支部重新提议：{title}（补充了租金评估）")
        # 4. A few villages: records that break the procedure (entered after the fact).
        if vi % 16 == 5:
            kind = "expense"
            title = TITLES[kind][vi % len(TITLES[kind])]
            amount = _yuan(rng, *AMOUNTS[kind])
            ds = dates_back(t - dt.timedelta(days=rng.randint(40, 90)), 4)
            m = add_matter(v, kind, title, amount, ds[0], started=ds[3] + dt.timedelta(days=3))
            walk(v, m, title, amount, ds)  # carried out three days after the decision, never posted
        elif vi % 16 == 11:
            kind = "project"
            title = "扩建村卫生室"
            amount = _yuan(rng, *AMOUNTS[kind])
            ds = dates_back(t - dt.timedelta(days=rng.randint(15, 30)), 4)
            m = add_matter(v, kind, title, amount, ds[0])
            for n, day in enumerate(ds, 1):  # the party members' meeting failed for want of quorum, yet went on
                add_step(v, m, title, n, day, fail=(n == 3), text=decision_text(title, amount) if n == 4 else "")

    with store.transaction():
        c = store.conn
        c.executemany("INSERT INTO meetings (id, village_id, kind, held_on, start_time, place, host, recorder, topic,"
                      " discussion, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)", meetings)
        c.executemany("INSERT INTO meeting_attendance (meeting_id, cadre_id, present, absence_reason) VALUES (?,?,?,?)",
                      attendance)
        c.executemany("INSERT INTO meeting_agenda (meeting_id, seq, item) VALUES (?,?,?)", agenda)
        c.executemany("INSERT INTO meeting_fts (rowid, bi, uni) VALUES (?,?,?)", fts)
        c.executemany("INSERT INTO decision_matters (id, village_id, kind, title, content, amount_fen, project_id,"
                      " round, returned_on, started_on, created_on, created_at, updated_at)"
                      " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)", matters)
        c.executemany("INSERT INTO decision_steps (matter_id, round, step, done_on, meeting_id, body, basis, members,"
                      " present, votes_for, votes_against, votes_abstain, quorum_ok, passed, text, posted_place,"
                      " period_days, return_note, created_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", steps)
        audit.append(store, SYSTEM, "demo", "decision_matter", None,
                     extra={"matters": len(matters), "steps": len(steps), "meetings": len(meetings)})
    ctx.counts["decision_matters"] = len(matters)


def _villagers_vote(rng: Any) -> Vote:
    n = rng.randint(300, 900)
    present = rng.randint(more_than_half(n), n * 3 // 4)
    yes = rng.randint(more_than_half(present), present)
    return Vote(n, present, yes, present - yes, 0)


def _linkable_projects(store: Store) -> list[dict[str, Any]]:
    """Bidding projects large enough for a major-matter decision that have started work (if that register exists)."""
    have = {r[0] for r in store.execute("SELECT name FROM sqlite_master WHERE type='table'"
                                        " AND name IN ('projects', 'project_stages')")}
    if have != {"projects", "project_stages"}:
        return []
    return store.query(
        "SELECT p.id, p.village_id, p.name, p.registered_on, p.contractor,"
        " p.township_fen + p.village_fen + p.grant_fen + p.public_fen + p.other_fen AS total_fen,"
        " coalesce(c.start_on, c.done_on) AS start_on, a.done_on AS accepted_on"
        " FROM projects p JOIN project_stages c ON c.project_id = p.id AND c.stage = 'construction'"
        " LEFT JOIN project_stages a ON a.project_id = p.id AND a.stage = 'acceptance'"
        " WHERE p.village_fen >= 3000000 ORDER BY p.id")
