"""Demo bidding register: about ten projects per village a year walked through their stages as far as
their dates allow, with in every village one job split into small pieces and one required tender
skipped (direct award with a written reason); in some villages also a legacy record with no tender at
all, an audit below what was already paid, and bid red flags."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from villageadmin.core import audit
from villageadmin.core.accounts import SYSTEM
from villageadmin.core.clock import now_iso
from villageadmin.core.schema_summaries import refill, triggers_held

if TYPE_CHECKING:
    from villageadmin.core.demo import DemoContext
    from villageadmin.core.store import Store

SPOTS = ["一组", "二组", "三组", "四组", "五组", "六组", "七组", "村东", "村西", "村南", "村北", "村部", "后山",
         "河边", "小学旁", "老街"]
WORKS: dict[str, list[str]] = {
    "road": ["道路硬化", "机耕路修缮", "村道拓宽", "便民桥维修", "生产路铺设", "道路边沟整治"],
    "water": ["饮水管网改造", "山塘清淤", "灌溉水渠修复", "蓄水池建设", "排涝沟疏浚", "水井加固"],
    "buildings": ["村部维修", "文化活动室建设", "卫生室改造", "老年活动中心修缮", "党群服务中心装修", "仓库翻建"],
    "utilities": ["路灯安装", "垃圾收集点建设", "公厕改造", "污水管网铺设", "广播设备更新", "监控设施安装"],
    "other": ["村庄绿化", "健身器材安装", "文化墙绘制", "游园建设", "宣传栏更新", "河道保洁设施"],
}
KIND_WEIGHTS = ["road"] * 4 + ["water"] * 3 + ["buildings"] * 2 + ["utilities"] * 2 + ["other"]
FIRMS = ["建筑工程有限公司", "建设有限公司", "市政工程有限公司", "水利工程有限公司", "建筑安装有限公司", "园林绿化有限公司"]
TEAMS = ["施工队", "工程队", "建筑队"]
SPOT_HEADS = {s[:2] for s in SPOTS}
AUDITORS = ["乡审计站", "县审计局", "县农经站"]
SKIP_REASON = "汛期临近，工期紧急，经村两委联席会议商议直接发包"


def generate(store: Store, ctx: DemoContext) -> None:
    rng = ctx.rng
    now = now_iso()
    t = ctx.today.toordinal()
    pid = int(store.scalar("SELECT coalesce(max(id), 0) FROM projects"))
    projects: list[tuple[Any, ...]] = []
    approvals: list[tuple[Any, ...]] = []
    tenders: list[tuple[Any, ...]] = []
    contracts: list[tuple[Any, ...]] = []
    acceptances: list[tuple[Any, ...]] = []
    audits: list[tuple[Any, ...]] = []
    funds: list[tuple[Any, ...]] = []
    bids: list[tuple[Any, ...]] = []
    payments: list[tuple[Any, ...]] = []
    start = ctx.start.toordinal()
    firm_places = list(("青山", "白鹿", "清河", "东升", "兴旺", "宏达", "永安", "利民", "富民",
                                               "长兴", "顺达", "恒泰"))

    first = start - 800
    iso_days = [dt.date.fromordinal(o).isoformat() for o in range(first, t + 1200)]
    rand = rng.random

    def iso(o: int) -> str:
        return iso_days[o - first]

    def ri(a: int, b: int) -> int:  # rng.randint, faster (the demo makes ~50k projects at county scale)
        return a + int(rand() * (b - a + 1))

    def yuan(lo: int, hi: int, step: int = 100) -> int:
        """A round amount of yuan between lo and hi, as fen."""
        return ri(lo // step, hi // step) * step * 100

    def add(vid: int, vname: str, contractors: list[str], *, kind: str, name: str, reg: int, money: tuple[int, ...],
            method: str, reason: str = "", n_bids: int = 4, skip_tender: bool = False, audit_short: bool = False,
            bid_flag: str = "", contractor: str | None = None) -> None:
        nonlocal pid
        pid += 1
        total = sum(money)
        contractor_name = contractor or rng.choice(contractors)
        rows: list[tuple[Any, ...]] = []

        def finish(stage: str) -> None:
            awarded = contractor_name if stage not in ("registered", "approval") else ""
            projects.append((pid, vid, name, kind, name[:2] if name[:2] in SPOT_HEADS else "", iso(reg), *money,
                             stage, awarded))
            for st, on, doc, notice, meth, why, amount, begin, end, result, party in rows:
                if st == "approval":
                    approvals.append((pid, iso(on), doc))
                elif st == "tender":
                    tenders.append((pid, iso(on), meth, why, iso(notice) if notice else None))
                elif st == "construction":
                    contracts.append((pid, iso(on), doc, amount, iso(begin), iso(end)))
                elif st == "acceptance":
                    acceptances.append((pid, iso(on), result, party))
                elif st == "audit":
                    audits.append((pid, iso(on), doc, amount, party))
                else:
                    funds.append((pid, iso(on), amount, iso(end)))

        d = reg + ri(0, 20)
        if d > t:
            return finish("registered")
        year = dt.date.fromordinal(d).year
        rows.append(("approval", d, f"{vname[:2]}村发〔{year}〕{ri(1, 40)}号", None, None, "", None, None, None,
                     None, ""))
        stage = "approval"
        # 招投标
        winner_amount = total * ri(86, 97) // 10000 * 100
        if not skip_tender:
            notice = d + ri(3, 15) if method == "public" else None
            opening = (notice + ri(20, 30)) if notice else d + ri(5, 20)
            if opening > t:
                return finish(stage)
            if method == "direct":
                winner_amount = total
                offers = [(contractor_name, winner_amount, 1)]
            else:
                others = rng.sample([c for c in contractors if c != contractor_name], k=min(n_bids - 1, 5))
                steps = rng.sample(range(2, 14), k=len(others))
                offers = [(contractor_name, winner_amount, 1)]
                offers += [(o, winner_amount * (100 + s) // 10000 * 100, 0) for o, s in zip(others, steps)]
                if bid_flag == "single":
                    offers = offers[:1]
                elif bid_flag == "close" and len(offers) > 1:
                    offers[1] = (offers[1][0], winner_amount + winner_amount // 200 // 100 * 100, 0)
                elif bid_flag == "identical" and len(offers) > 2:
                    offers[2] = (offers[2][0], offers[1][1], 0)
            for i, (who, amount, win) in enumerate(offers, 1):
                bids.append((pid, i, who, amount, win))
            rows.append(("tender", opening, "", notice, method, reason, None, None, None, None, ""))
            d = opening
            stage = "tender"
        # 施工
        contract_on = d + ri(3, 10)
        work_on = contract_on + ri(3, 15)
        if work_on > t:
            return finish(stage)
        rows.append(("construction", contract_on, f"HT-{year}-{pid:05d}", None, None, "", winner_amount, work_on,
                     work_on + ri(60, 150), None, ""))
        stage = "construction"
        paid = 0
        for n, (frac, after) in enumerate(((30, ri(10, 30)), (30, ri(45, 90))), 1):
            when = work_on + after
            if when <= t:
                amount = winner_amount * frac // 10000 * 100
                payments.append((pid, iso(when), amount, "payment", contractor_name, f"付{pid}-{n}"))
                paid += amount
        # 竣工验收 → 审计 → 资金管理
        accepted = work_on + ri(40, 150)
        if accepted > t:
            return finish(stage)
        rows.append(("acceptance", accepted, "", None, None, "", None, None, None, "passed", "乡招标办、村两委、监理"))
        stage = "acceptance"
        audited_on = accepted + ri(15, 60)
        if audited_on > t:
            return finish(stage)
        audited = winner_amount * ri(93, 100) // 10000 * 100
        if audit_short:
            audited = max(100, paid - yuan(500, 3000))
        rows.append(("audit", audited_on, f"审〔{year}〕{ri(1, 99)}号", None, None, "", audited, None, None,
                     None, rng.choice(AUDITORS)))
        stage = "audit"
        settled = audited_on + ri(5, 20)
        if settled > t or audit_short:
            return finish(stage)
        retention = audited * 3 // 10000 * 100
        due = accepted + 365
        rows.append(("funds", settled, "", None, None, "", retention, None, due, None, ""))
        final = audited - retention - paid
        if final > 0:
            payments.append((pid, iso(settled), final, "payment", contractor_name, f"结{pid}"))
        release = due + ri(0, 30)
        if retention and release <= t:
            payments.append((pid, iso(release), retention, "retention", contractor_name, f"质{pid}"))
        return finish("funds")

    n_days = t - start
    for vi, v in enumerate(ctx.villages):
        vid, vname = v["id"], v["name"]
        contractors = [rng.choice(firm_places) + rng.choice(FIRMS) for _ in range(4)]
        contractors += [rng.choice(ctx.cadres[vid])["name"][:1] + "某" + rng.choice(TEAMS) for _ in range(3)]
        contractors = list(dict.fromkeys(contractors))
        while len(contractors) < 7:
            contractors.append(f"{vname[:2]}第{len(contractors)}{rng.choice(TEAMS)}")
        for y in range(ctx.years + 1):
            y0, y1 = start + y * 365, min(start + (y + 1) * 365, t)
            if y0 >= y1:
                break
            n = rng.randint(5, 9) * (y1 - y0) // 365
            small_done = False
            for _ in range(n):
                kind = rng.choice(KIND_WEIGHTS)
                name = rng.choice(SPOTS) + rng.choice(WORKS[kind])
                reg = rng.randint(y0, y1 - 1)
                roll = rng.random()
                if roll < 0.12 and not small_done:
                    small_done = True  # one small repair a year, left to the village to award
                    money = (0, yuan(500, 2000), 0, 0, 0)
                    add(vid, vname, contractors, kind=kind, name=name, reg=reg, money=money, method="direct")
                    continue
                if roll < 0.22:  # 一事一议: money raised from the villagers
                    money = (0, yuan(1000, 4000), yuan(0, 50000, 1000), yuan(3000, 30000), 0)
                elif roll < 0.28:  # a project paid from above
                    money = (0, 0, yuan(30000, 300000, 1000), 0, 0)
                else:
                    township = yuan(20000, 150000, 1000) if rng.random() < 0.4 else 0
                    grant = yuan(50000, 400000, 1000) if rng.random() < 0.5 else 0
                    other = yuan(1000, 20000) if rng.random() < 0.1 else 0
                    money = (township, yuan(5000, 80000), grant, 0, other)
                flag = ""
                if vi % 6 == 1 and rng.random() < 0.02:
                    flag = rng.choice(["single", "close", "identical"])
                add(vid, vname, contractors, kind=kind, name=name, reg=reg, money=money, method="public",
                    n_bids=rng.randint(3, 5), bid_flag=flag)
        # Planted in every village, in a random year: one job split in three, one skipped tender.
        spot = rng.choice(SPOTS)
        kind = rng.choice(["road", "water", "utilities"])
        work = rng.choice(WORKS[kind])
        s0 = start + rng.randint(0, max(1, n_days - 200))
        firm = rng.choice(contractors)
        for i, (part, gap) in enumerate((("一期", 0), ("二期", rng.randint(30, 70)), ("三期", rng.randint(90, 160)))):
            add(vid, vname, contractors, kind=kind, name=f"{spot}{work}{part}", reg=s0 + gap,
                money=(0, yuan(3000, 4800), 0, 0, 0), method="direct", contractor=firm)
        kind = rng.choice(KIND_WEIGHTS)
        add(vid, vname, contractors, kind=kind, name=rng.choice(SPOTS) + rng.choice(WORKS[kind]),
            reg=start + rng.randint(0, max(1, n_days - 120)), money=(0, yuan(20000, 60000), 0, 0, 0),
            method="direct", reason=SKIP_REASON)
        # In some villages: a legacy record with no tender, an audit below what was paid, bid red flags.
        if vi % 4 == 2:
            kind = rng.choice(KIND_WEIGHTS)
            add(vid, vname, contractors, kind=kind, name=rng.choice(SPOTS) + rng.choice(WORKS[kind]),
                reg=start + rng.randint(0, max(1, n_days - 300)), money=(0, yuan(8000, 30000), 0, 0, 0),
                method="direct", skip_tender=True)
        if vi % 5 == 3:
            kind = rng.choice(KIND_WEIGHTS)
            add(vid, vname, contractors, kind=kind, name=rng.choice(SPOTS) + rng.choice(WORKS[kind]),
                reg=start + rng.randint(0, max(1, n_days - 400)), money=(yuan(30000, 90000, 1000),
                                                                         yuan(5000, 20000), 0, 0, 0),
                method="public", audit_short=True)
        if vi % 3 == 0:
            kind = rng.choice(KIND_WEIGHTS)
            add(vid, vname, contractors, kind=kind, name=rng.choice(SPOTS) + rng.choice(WORKS[kind]),
                reg=start + rng.randint(0, max(1, n_days - 60)), money=(0, yuan(6000, 40000), 0, 0, 0),
                method="public", bid_flag=["single", "close", "identical"][vi // 3 % 3], n_bids=4)

    # The rows go in without the running totals' triggers, and the projects' figures are worked out in one pass
    # after (schema_summaries): a third of the time of a trigger per row.
    with store.transaction(), triggers_held(store, "projects", "project_stages", "project_bids", "project_payments"):
        c = store.conn
        at = "'" + now.replace("'", "") + "'"  # one timestamp for the whole demo, as a literal (speed)
        c.executemany("INSERT INTO projects (id, village_id, name, kind, place, registered_on, township_fen,"
                      " village_fen, grant_fen, public_fen, other_fen, stage, contractor, created_at, updated_at)"
                      f" VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,{at},{at})", projects)
        # One insert per stage with only the columns that stage uses (the demo's bulk is here).
        for stage, cols, rows in (("approval", "done_on, doc_no", approvals),
                                  ("tender", "done_on, method, method_reason, notice_on", tenders),
                                  ("construction", "done_on, doc_no, amount_fen, start_on, end_on", contracts),
                                  ("acceptance", "done_on, result, party", acceptances),
                                  ("audit", "done_on, doc_no, amount_fen, party", audits),
                                  ("funds", "done_on, amount_fen, end_on", funds)):
            marks = ",".join("?" * (cols.count(",") + 1))
            c.executemany(f"INSERT INTO project_stages (project_id, stage, {cols}, created_at)"
                          f" VALUES (?, '{stage}', {marks}, {at})", rows)
        c.executemany("INSERT INTO project_bids (project_id, seq, bidder, amount_fen, is_winner) VALUES (?,?,?,?,?)",
                      bids)
        c.executemany("INSERT INTO project_payments (project_id, paid_on, amount_fen, kind, payee, voucher,"
                      f" created_at) VALUES (?,?,?,?,?,?,{at})", payments)
        refill(store, "project_facts")
        audit.append(store, SYSTEM, "demo", "project", None,
                     extra={"projects": len(projects), "bids": len(bids), "payments": len(payments),
                            "stages": sum(map(len, (approvals, tenders, contracts, acceptances, audits, funds)))})
    ctx.counts["projects"] = len(projects)
    ctx.counts["project_payments"] = len(payments)
