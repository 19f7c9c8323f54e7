"""Demo reserve pools: about ten candidates per village chosen at the township's yearly exam, 2–3 key
candidates in most villages (some short, a few over), women's share rising year by year, cultivation
records and yearly assessments; cadres appointed from the pool, and reviews of newly appointed cadres
(most held on time, a few overdue)."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from villageadmin.core import audit
from villageadmin.core.accounts import SYSTEM
from villageadmin.core.cadre_reviews import schedule
from villageadmin.core.cadres import GRADES
from villageadmin.core.clock import now_iso

if TYPE_CHECKING:
    from villageadmin.core.demo import DemoContext
    from villageadmin.core.store import Store

SCHOOLING_W = [("初中", 10), ("高中", 18), ("中专", 10), ("大专", 32), ("本科", 27), ("研究生", 3)]
PARTY_W = [("中共党员", 40), ("中共预备党员", 8), ("入党积极分子", 22), ("共青团员", 12), ("群众", 18)]
CADRE_SCHOOLING_W = [("小学", 4), ("初中", 22), ("高中", 30), ("中专", 10), ("大专", 22), ("本科", 12)]
OCCUPATIONS = ["种植大户", "个体工商户", "退役军人", "返乡大学生", "村医", "合作社负责人", "返乡创业人员", "养殖户",
               "乡村教师", "电商创业者", "村级报账员", "网格员", "农机手", "致富带头人"]
INTENDED = ["党支部委员", "村委会委员", "妇联主席", "团支部书记", "村委会副主任", "报账员", ""]
LEFT_REASONS = ["外出务工", "本人申请退出", "考察不合格", "迁出本村", "考上公务员"]
TALKERS = ["乡党委书记", "组织委员", "联村干部", "驻村指导员", "村党支部书记"]
TEMP_POSTS = ["乡农经站", "乡党政办", "乡综治中心", "乡便民服务中心", "乡民政办"]
MODEL_VILLAGES = ["县级文明村李家庄", "省级示范村石桥村", "先进村杏花村", "示范村柳河湾村"]
GRADE_W = list(zip(GRADES, (20, 70, 9, 1)))
TRAINING = {"pre_post": "后备干部岗前培训", "in_post": "新任村干部履职培训"}


def _pick(rng: Any, weighted: list[tuple[str, int]]) -> str:
    total = 0
    r = rng.random() * sum(w for _v, w in weighted)
    for value, w in weighted:
        total += w
        if r < total:
            return value
    return weighted[-1][0]


def generate(store: Store, ctx: DemoContext) -> None:
    rng = ctx.rng
    t = ctx.today
    now = now_iso()
    first_year = ctx.start.year
    # The township's yearly written exam and interview (one day each spring).
    exam_day = {y: dt.date(y, 4, 10 + (y * 7) % 15) for y in range(first_year - 1, t.year + 1)}
    exam_years = [y for y in exam_day if exam_day[y] <= t]
    candidates: list[tuple[Any, ...]] = []
    cultivation: list[tuple[Any, ...]] = []
    assessments: list[tuple[Any, ...]] = []
    reviews: list[tuple[Any, ...]] = []
    cadre_updates: list[tuple[Any, ...]] = []
    cand_id = int(store.scalar("SELECT coalesce(max(id), 0) FROM reserve_candidates"))
    trainings = [dt.date(y, m, 20 + (y + m) % 8) for y in range(t.year - 1, t.year + 1) for m in (3, 6, 9, 12)]
    trainings = [d for d in trainings if d <= t]

    def women_p(year: int) -> float:
        return min(0.5, 0.28 + 0.04 * (year - first_year))

    def person_years(entered: dt.date, until: dt.date) -> range:
        return range(entered.year, min(until.year, t.year - 1) + 1) if until.year > entered.year else range(0)

    def cultivate(cid: int, vid: int, entered: dt.date, until: dt.date, key: bool) -> None:
        cultivation.append((vid, cid, None, "pre_post", (entered + dt.timedelta(days=rng.randint(20, 60))).isoformat(),
                            None, TRAINING["pre_post"], "乡党委组织办", ""))
        for d in trainings:
            if entered < d <= until and rng.random() < 0.85:
                cultivation.append((vid, cid, None, "policy_law", d.isoformat(), None,
                                    f"{d.year}年第{(d.month + 2) // 3}季度政策法规培训", "乡党委组织办", ""))
        for y in range(max(entered.year, t.year - 2), until.year + 1):
            if rng.random() < (0.9 if key else 0.5):
                d = dt.date(y, rng.randint(1, 12), rng.randint(1, 28))
                if entered < d <= until:
                    cultivation.append((vid, cid, None, "talk", d.isoformat(), None, "了解思想和工作情况",
                                        rng.choice(TALKERS), ""))
        if key and rng.random() < 0.6:
            d = entered + dt.timedelta(days=rng.randint(90, 400))
            if d + dt.timedelta(days=90) <= until:
                cultivation.append((vid, cid, None, "temp_post", d.isoformat(),
                                    (d + dt.timedelta(days=90)).isoformat(), "挂职锻炼三个月", rng.choice(TEMP_POSTS), ""))
        if key and rng.random() < 0.5:
            d = entered + dt.timedelta(days=rng.randint(60, 300))
            if d <= until:
                cultivation.append((vid, cid, None, "pairing", d.isoformat(), None, "结对学习产业发展和村务管理",
                                    rng.choice(MODEL_VILLAGES), ""))
        for y in person_years(entered, until):
            if dt.date(y, 12, 31) < until:
                assessments.append((vid, cid, None, y, _pick(rng, GRADE_W), "乡党委组织办",
                                    "", now))

    def new_candidate(vid: int, mentor: str, entered: dt.date, *, sex: str | None = None, tier: str = "general",
                      status: str = "pool", appointed: dt.date | None = None, cadre: dict[str, Any] | None = None,
                      left: dt.date | None = None) -> int:
        nonlocal cand_id
        cand_id += 1
        if cadre is not None:
            name, sex = cadre["name"], cadre["sex"]
            birth = cadre["birth_date"]
            party = "中共党员" if cadre["party"] else _pick(rng, PARTY_W[2:])
        else:
            sex = sex or ("女" if rng.random() < women_p(entered.year) else "男")
            name, _ = ctx.person(sex)
            age = rng.choices([rng.randint(22, 30), rng.randint(31, 35), rng.randint(36, 44)], weights=[45, 35, 20])[0]
            birth = dt.date(entered.year - age, rng.randint(1, 12), rng.randint(1, 28))
            party = _pick(rng, PARTY_W)
        schooling = _pick(rng, SCHOOLING_W)
        exam = round(rng.uniform(62, 95), 1)
        interview = round(rng.uniform(65, 96), 1)
        candidates.append((cand_id, vid, name, sex, birth.isoformat(), schooling, party, rng.choice(OCCUPATIONS),
                           f"1{rng.choice('3589')}{rng.randint(100000000, 999999999)}", exam, interview,
                           entered.isoformat(), tier, rng.choice(INTENDED), mentor, status,
                           appointed.isoformat() if appointed else None, cadre["id"] if cadre else None,
                           left.isoformat() if left else None, rng.choice(LEFT_REASONS) if left else "", "", now, now))
        until = appointed or left or t
        cultivate(cand_id, vid, entered, until, tier == "key")
        if cadre is not None:
            cadre["candidate_id"] = cand_id
            cadre["schooling"] = schooling
        return cand_id

    review_cutoff = dt.date(t.year - 2, t.month, 1)
    n_short = n_over = 0
    forced_overdue = 2  # so that even a small demo shows overdue reviews on the to-do list
    for idx, v in enumerate(ctx.villages):
        vid = v["id"]
        team = ctx.cadres[vid]
        mentor = team[0]["name"]
        # Every eighth village is short of key candidates and a few have too many, so that the
        # 2–3 rule shows in any size of demo.
        n_key = rng.choice((0, 1, 1)) if idx % 8 == 3 else 4 if idx % 25 == 10 else rng.choice((2, 2, 3, 3, 3))
        n_short += n_key < 2
        n_over += n_key > 3
        no_women = idx % 20 == 6
        n_pool = rng.randint(7, 13)
        for i in range(n_pool):
            year = rng.choice(exam_years[-4:])
            entered = exam_day[year]
            sex = "男" if no_women else None
            new_candidate(vid, mentor, entered, sex=sex, tier="key" if i < n_key else "general")
        # People who left the pool over the years.
        for _ in range(rng.randint(0, 3)):
            year = rng.choice(exam_years)
            entered = exam_day[year]
            left = entered + dt.timedelta(days=rng.randint(120, 900))
            if left < t:
                new_candidate(vid, mentor, entered, sex="男" if no_women else None, status="left", left=left)
        # Cadres appointed from the pool: their pool record, and the reviews after appointment.
        for c in team:
            c.setdefault("schooling", _pick(rng, CADRE_SCHOOLING_W))
            appointed: dt.date = c["appointed_on"]
            from_pool = False
            if c is not team[0] and appointed >= dt.date(first_year, 6, 1) and \
                    c["birth_date"].year >= appointed.year - 45 and rng.random() < 0.7:
                # Entered at the last exam at least two months before the appointment.
                before = [y for y in exam_years if exam_day[y] < appointed - dt.timedelta(days=60)]
                if before:
                    new_candidate(vid, mentor, exam_day[max(before)], tier="key", status="appointed",
                                  appointed=appointed, cadre=c)
                    from_pool = True
            # Cadres appointed through the app (from the pool, or lately) have the review schedule.
            review_from = appointed if from_pool or appointed >= review_cutoff else None
            if review_from is not None:
                d = review_from + dt.timedelta(days=rng.randint(10, 40))
                if d <= t:
                    cultivation.append((vid, None, c["id"], "in_post", d.isoformat(), None, TRAINING["in_post"],
                                        "县委组织部", ""))
                due_list = schedule(review_from, t)
                for seq, due in due_list:
                    if seq == len(due_list) and rng.random() < 0.04:
                        continue  # the latest review not held yet: shows as overdue
                    if forced_overdue and seq == len(due_list) and due < t - dt.timedelta(days=7):
                        forced_overdue -= 1
                        continue
                    held = min(t, due + dt.timedelta(days=rng.randint(-10, 12)))
                    rating = "" if seq == 1 else _pick(rng, GRADE_W)
                    decision = "keep" if seq == 3 else ""
                    note = {1: "汇报了任期工作思路，重点抓产业发展和人居环境整治"}.get(seq, "")
                    reviews.append((vid, c["id"], seq, due.isoformat(), held.isoformat(), rating, decision,
                                    "乡党委组织办", note, now))
            cadre_updates.append((c["schooling"], c.get("candidate_id"), review_from.isoformat() if review_from else None,
                                  c["id"]))

    with store.transaction():
        cx = store.conn
        cx.executemany(
            "INSERT INTO reserve_candidates (id, village_id, name, sex, birth_date, schooling, party_status, occupation,"
            " phone, exam_score, interview_score, entered_on, tier, intended_post, mentor, status, appointed_on,"
            " cadre_id, left_on, left_reason, note, created_at, updated_at)"
            " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", candidates)
        cx.executemany("UPDATE cadres SET schooling=?, candidate_id=?, review_from=? WHERE id=?", cadre_updates)
        cx.executemany("INSERT INTO cultivation (village_id, candidate_id, cadre_id, kind, start_on, end_on, title,"
                       " partner, note, created_at) VALUES (?,?,?,?,?,?,?,?,?,?)", [(*r, now) for r in cultivation])
        cx.executemany("INSERT INTO assessments (village_id, candidate_id, cadre_id, year, grade, assessed_by, note,"
                       " created_at) VALUES (?,?,?,?,?,?,?,?)", assessments)
        cx.executemany("INSERT INTO cadre_reviews (village_id, cadre_id, seq, due_on, held_on, rating, decision,"
                       " reviewer, note, created_at) VALUES (?,?,?,?,?,?,?,?,?,?)", reviews)
        audit.append(store, SYSTEM, "demo", "reserve_candidate", None,
                     extra={"reserve_candidates": len(candidates), "cultivation": len(cultivation),
                            "assessments": len(assessments), "cadre_reviews": len(reviews),
                            "villages_short_of_key_candidates": n_short, "villages_over": n_over})
    ctx.counts["reserve_candidates"] = len(candidates)
    ctx.counts["cultivation"] = len(cultivation)
    ctx.counts["cadre_reviews"] = len(reviews)
