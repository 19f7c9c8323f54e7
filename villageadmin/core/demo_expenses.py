"""Demo expenses: about sixteen small requests per village a month — office supplies, phone bills, cadres'
allowances for flood watch, travel to the county — most approved and paid, larger ones reviewed by the
township, a few refused or withdrawn; when a kind's money runs out the village stops spending it; a few
over-limit attempts and one hospitality attempt per village refused by the rules; corrections by
reversal; each month posted on the notice board (some villages late or forgetful). A few sloppy
villages carry old records that break the approval rules, for `check` to find.

A county is about a million rows, so the rows are expanded in SQL from small lookup tables (villages,
months, kinds, amounts, texts) with a deterministic integer hash seeded from the demo's random
generator: binding a million 41-column tuples from Python would take far longer than the insert.
Python adds only the few thousand special rows.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from villageadmin.core import audit, policy
from villageadmin.core.accounts import SYSTEM
from villageadmin.core.expense_policy import POLICY_SECTION, ExpensePolicy, rules
from villageadmin.core.expenses import refusal_message

if TYPE_CHECKING:
    from villageadmin.core.demo import DemoContext
    from villageadmin.core.store import Store

# (kind, lowest yuan, highest yuan, larger items above the township-review amount per 97, [(payee, purpose)]).
# The ranges keep a village's year well inside the default annual limits (mean + 6 sd), so no cut-off is
# needed: a request over a limit only comes from the deliberate attempts below.
KINDS: list[tuple[str, int, int, int, list[tuple[str, str]]]] = [
    ("office", 20, 450, 2, [("县城文具店", "购买打印纸、档案盒"), ("鑫达办公用品商行", "购买墨盒、硒鼓"),
                             ("乡供销社", "购买办公桌椅"), ("县新华书店", "购买党建学习资料"),
                             ("乡电脑维修部", "维修村部电脑和打印机"), ("鑫达办公用品商行", "购买会议记录本、签字笔"),
                             ("县城五金店", "购买村部门锁、灯管")]),
    ("travel", 20, 600, 2, [("县客运站", "到县农业农村局报送材料车费"), ("@handler", "参加乡镇业务培训交通补助"),
                             ("县客运站", "到县民政局办理低保复核车费"), ("@handler", "到县自然资源局办理用地手续差旅费")]),
    ("meeting", 60, 800, 2, [("乡图文打印社", "印刷村民代表会议材料"), ("乡图文打印社", "印制党员大会资料"),
                              ("县城广告部", "制作会议横幅和桌签"), ("乡供销社", "购买会议用茶叶、纸杯")]),
    ("telecom", 30, 260, 0, [("中国电信乡支局", "村委会固定电话费"), ("中国移动乡营业厅", "村部宽带费"),
                              ("乡邮政所", "邮寄村务材料")]),
    ("newspaper", 120, 900, 0, [("乡邮政所", "订阅人民日报、省报"), ("乡邮政所", "订阅农民日报、党建杂志")]),
    ("allowance", 60, 600, 2, [("@crew", "防汛值班误工补贴"), ("@crew", "秸秆禁烧巡查误工补贴"),
                                 ("@crew", "森林防火值守误工补贴"), ("@crew", "人口普查入户误工补贴"),
                                 ("@crew", "矛盾纠纷调解误工补贴"), ("@crew", "环境整治义务劳动误工补贴")]),
    ("other", 20, 400, 0, [("乡卫生院", "购买村部消毒用品"), ("县城五金店", "购买灭火器"),
                            ("村民王某", "清运村部垃圾"), ("乡水电站", "村部电费")]),
]
OVER_ITEMS = [("office", "县城电脑城", "购置笔记本电脑一台"), ("office", "乡家电商场", "更换会议室空调"),
              ("meeting", "乡饭店", "村民代表会议会后聚餐"), ("other", "县城装饰公司", "村部办公室装修")]
OVER_ANNUAL = [("allowance", "@crew", "年底突击发放误工补贴"), ("office", "鑫达办公用品商行", "年底集中采购办公用品")]
HOSPITALITY = [("乡农家乐饭庄", "接待县检查组工作餐"), ("村口饭店", "接待外地考察团就餐"),
               ("县城宾馆", "接待上级来人住宿和用餐")]
VILLAGE_REFUSALS = ["票据不全，请补齐后再报", "不属于非生产性开支范围，请走项目资金", "事由不清楚，请写明具体用途",
                    "已由乡镇统一承担，不予报销"]
TOWNSHIP_REFUSALS = ["超出年度预算安排，暂缓支出", "请补充会议通知和签到表后重报", "请按规定比价采购后重报"]
REVERSAL_REASONS = ["发票重复报销，红字冲销", "金额登记错误，冲销后按实际金额重新登记", "活动取消，退回一半款项"]
# The kinds of a village-month's requests by their number in the month (the 17th comes every other month);
# slot 15 is the newspaper subscription in November–January and a meeting otherwise.
PATTERN = ["allowance", "office", "telecom", "allowance", "travel", "office", "other", "allowance", "office",
           "travel", "allowance", "telecom", "other", "office", "allowance", "newspaper", "meeting"]
TIMES = ["T08:40:00", "T09:15:00", "T10:05:00", "T10:50:00", "T14:20:00", "T15:10:00", "T16:30:00", "T17:05:00"]
JD = 1721424.5  # SQLite julian day of Python's date ordinal 0


def _confirm_policy(store: Store, ctx: DemoContext) -> None:
    """The demo township confirmed its own limits at the start of this year (a mid-range policy change)."""
    on = dt.date(ctx.today.year, 1, 1)
    sec = policy.section(store, POLICY_SECTION, on)
    kinds = [dict(k) for k in sec["kinds"]]
    for k in kinds:
        if k["code"] == "office":
            k["annual_limit_fen"] = 2200000
        elif k["code"] == "allowance":
            k["annual_limit_fen"] = 4500000
    values = {**sec, "kinds": kinds, "default_to_confirm": False,
              "note": f"{on.year}年乡党委会议核定（办公费年度限额调为 22,000 元，误工补贴调为 45,000 元）"}
    policy.update_section(store, ctx.admin, effective_from=on, name=POLICY_SECTION, values=values,
                          note=f"{on.year}年非生产性开支限额核定")


def _quoted(items: list[str]) -> list[str]:
    return ["'" + s.replace("'", "''") + "'" for s in items]


def _pick(expr: str, items: list[str]) -> str:
    """SQL choosing items[expr % len(items)]."""
    q = _quoted(items)
    return f"CASE ({expr}) % {len(q)} " + " ".join(f"WHEN {i} THEN {x}" for i, x in enumerate(q)) + " END"


def generate(store: Store, ctx: DemoContext) -> None:
    _confirm_policy(store, ctx)
    rng = ctx.rng
    t = ctx.today
    T = t.toordinal()
    c = store.conn
    base_id = int(store.scalar("SELECT coalesce(max(id), 0) FROM expenses"))
    reviewer = ctx.person()[0] + "（乡财政所）"
    salts = [rng.randrange(1000, 2**31 - 2) for _ in range(3)]
    ctx.progress("expenses", 0.0)

    # Months of the demo range; the current month only up to today.
    months: list[tuple[int, int, int, int, int, int]] = []  # (mi, year, month, first ordinal, days so far, days)
    y, m = ctx.start.year, ctx.start.month
    while (y, m) <= (t.year, t.month):
        first = dt.date(y, m, 1)
        nxt = dt.date(y + (m == 12), m % 12 + 1, 1)
        last_day = (nxt - first).days
        days_in = min(last_day, t.day) if (y, m) == (t.year, t.month) else last_day
        months.append((len(months), y, m, first.toordinal(), days_in, last_day))
        y, m = nxt.year, nxt.month
    years = sorted({mo[1] for mo in months})
    pols: dict[int, ExpensePolicy] = {yr: rules(store, dt.date(yr, 1, 1)) for yr in years}

    dv: dict[int, tuple[Any, ...]] = {}
    cadre_rows = []
    for v in ctx.villages:
        cad = ctx.cadres[v["id"]]
        crew = "、".join(x["name"] for x in cad[3:6]) or cad[1]["name"]
        dv[v["id"]] = (v["id"], v["code"], int(rng.random() < 0.12), cad[0]["id"], cad[0]["name"], cad[1]["id"],
                       cad[1]["name"], cad[2]["id"], cad[2]["name"], len(cad), crew)
        cadre_rows += [(v["id"], i, x["id"], x["name"]) for i, x in enumerate(cad)]

    # The plan: requests per village-month and the numbers (编号, per village and year) they take; the
    # month's refused attempts and month-end corrections take the numbers after its ordinary requests.
    vmc: list[tuple[int, int, int, int]] = []  # (mi, village, requests, numbers used before)
    specials: list[tuple[int, int, int, str]] = []  # (village, mi, number, what)
    publish: list[tuple[int, str, str, str, str]] = []  # (village, YYYY-MM, first day, last day, posted on)
    n_past = len(months) - 1
    plan = {vid: {"hosp": rng.randrange(n_past), "over": {rng.randrange(n_past) for _ in range(rng.randint(1, 3))},
                  "seq": 0} for vid in dv}
    for mi, y, m, first_o, days_in, last_day in months:
        past = mi < n_past
        lo, hi = dt.date.fromordinal(first_o).isoformat(), dt.date.fromordinal(first_o + last_day - 1).isoformat()
        for vid, p in plan.items():
            if m == 1:
                p["seq"] = 0
            n = (16 + (rng.random() < 0.5)) * days_in // last_day
            vmc.append((mi, vid, n, p["seq"]))
            p["seq"] += n
            extra = []
            if mi in p["over"]:
                extra.append("over_item")
            if mi == p["hosp"]:
                extra.append("hospitality")
            if m == 12 and past and rng.random() < 0.35:
                extra.append("over_annual")
            if past and rng.random() < 0.17:
                extra.append("reversal")
            for what in extra:
                p["seq"] += 1
                specials.append((vid, mi, p["seq"], what))
            if past:
                late = rng.random() < 0.1
                delay = 10 + rng.randrange(10) if late else rng.randrange(9)
                posted = dt.date.fromordinal(first_o + last_day + delay)
                forgot = rng.random() < (0.15 if dv[vid][2] else 0.02)
                if posted <= t and not forgot:
                    publish.append((vid, f"{y}-{m:02d}", lo, hi, posted.isoformat()))

    amount_rows = []
    text_rows = []
    for code, lo_y, hi_y, big, tx in KINDS:
        k = pols[years[-1]].kinds[code]
        for i in range(97):
            if i < big:
                fen = rng.randint(k.township_review_above_fen // 100 + 1, k.per_item_limit_fen // 100) * 100
            else:
                fen = rng.randint(lo_y, hi_y) * 100 + rng.choice((0, 0, 0, 50, rng.randint(1, 99)))
            amount_rows.append((code, i, fen))
        text_rows += [(code, i, *tx[i % len(tx)]) for i in range(12)]
    limit_rows = [(yr, k.code, k.per_item_limit_fen, k.annual_limit_fen, k.township_review_above_fen,
                   k.second_signer_above_fen) for yr, p in pols.items() for k in p.kinds.values()]
    day_rows = []
    stamp_rows = []
    for o in range(months[0][3] - 10, T + 25):
        iso = dt.date.fromordinal(o).isoformat()
        day_rows.append((o, iso))
        stamp_rows += [(o * 8 + j, iso + tm) for j, tm in enumerate(TIMES)]

    c.executescript("""
        DROP TABLE IF EXISTS temp.dv; DROP TABLE IF EXISTS temp.dc; DROP TABLE IF EXISTS temp.dm;
        DROP TABLE IF EXISTS temp.dk; DROP TABLE IF EXISTS temp.da; DROP TABLE IF EXISTS temp.dt;
        DROP TABLE IF EXISTS temp.dl; DROP TABLE IF EXISTS temp.dd; DROP TABLE IF EXISTS temp.ds;
        DROP TABLE IF EXISTS temp.nums; DROP TABLE IF EXISTS temp.vmc; DROP TABLE IF EXISTS temp.rv;
        DROP TABLE IF EXISTS temp.pub;
        CREATE TEMP TABLE dv (vid INTEGER PRIMARY KEY, code, sloppy, sec_id, sec_name, dir_id, dir_name, acc_id,
                              acc_name, n_cad, crew);
        CREATE TEMP TABLE dc (vid, idx, cadre_id, name, PRIMARY KEY (vid, idx)) WITHOUT ROWID;
        CREATE TEMP TABLE dm (mi INTEGER PRIMARY KEY, y, m, first_o, days_in, last_day);
        CREATE TEMP TABLE dk (slot INTEGER PRIMARY KEY, kind);
        CREATE TEMP TABLE da (kind, idx, fen, PRIMARY KEY (kind, idx)) WITHOUT ROWID;
        CREATE TEMP TABLE dt (kind, idx, payee, purpose, PRIMARY KEY (kind, idx)) WITHOUT ROWID;
        CREATE TEMP TABLE dl (y, kind, item, annual, review, second, PRIMARY KEY (y, kind)) WITHOUT ROWID;
        CREATE TEMP TABLE dd (o INTEGER PRIMARY KEY, iso);
        CREATE TEMP TABLE ds (k INTEGER PRIMARY KEY, stamp);
        CREATE TEMP TABLE nums (i INTEGER PRIMARY KEY);
        CREATE TEMP TABLE vmc (mi, vid, n, seq_base, PRIMARY KEY (mi, vid)) WITHOUT ROWID;
        CREATE TEMP TABLE rv (vid, mi, seq, rr, o);
        CREATE TEMP TABLE pub (vid, month, lo, hi, posted);
    """)
    c.executemany("INSERT INTO temp.dv VALUES (?,?,?,?,?,?,?,?,?,?,?)", list(dv.values()))
    c.executemany("INSERT INTO temp.dc VALUES (?,?,?,?)", cadre_rows)
    c.executemany("INSERT INTO temp.dm VALUES (?,?,?,?,?,?)", months)
    c.executemany("INSERT INTO temp.dk VALUES (?,?)", list(enumerate(PATTERN)))
    c.executemany("INSERT INTO temp.da VALUES (?,?,?)", amount_rows)
    c.executemany("INSERT INTO temp.dt VALUES (?,?,?,?)", text_rows)
    c.executemany("INSERT INTO temp.dl VALUES (?,?,?,?,?,?)", limit_rows)
    c.executemany("INSERT INTO temp.dd VALUES (?,?)", day_rows)
    c.executemany("INSERT INTO temp.ds VALUES (?,?)", stamp_rows)
    c.executemany("INSERT INTO temp.nums VALUES (?)", [(i,) for i in range(len(PATTERN))])
    c.executemany("INSERT INTO temp.vmc VALUES (?,?,?,?)", vmc)
    c.executemany("INSERT INTO temp.rv VALUES (?,?,?,?,?)",
                  [(vid, mi, seq, rng.randrange(3), min(months[mi][3] + months[mi][5] - 1, T))
                   for vid, mi, seq, what in specials if what == "reversal"])
    c.executemany("INSERT INTO temp.pub VALUES (?,?,?,?,?)", publish)
    ctx.progress("expenses", 0.1)

    def mix(n: int, key: str) -> str:
        """A deterministic pseudo-random integer in 0..2^31 from the row's key and salt n: one round of
        x -> x*x + c modulo a prime (there is no XOR in SQLite); the products stay below 2^63."""
        a = f"(({key}) * 16807 + {salts[n]}) % 2147483647"
        return f"((({a}) * ({a}) + {salts[n] // 7 + 11}) % 2147483647)"

    def _times(slot: str) -> str:
        return f"substr('{''.join(TIMES)}', ({slot}) * 9 + 1, 9)"

    committed_or_reviewed = "z.ok_path"
    reviewed = "z.reviewed"
    v_refusal = _pick("z.roll", VILLAGE_REFUSALS)
    t_refusal = _pick("z.roll", TOWNSHIP_REFUSALS)
    fk = c.execute("PRAGMA foreign_keys").fetchone()[0]
    # The rows are consistent by construction; foreign-key lookups would double the insert time.
    c.execute("PRAGMA foreign_keys=OFF")
    try:
        with store.transaction():
            # Building the big indexes once after the bulk insert is cheaper than keeping them up to date.
            indexes = [r[0] for r in c.execute(
                "SELECT sql FROM sqlite_master WHERE type='index' AND tbl_name='expenses' AND sql IS NOT NULL"
                " AND name IN ('expenses_village_date', 'expenses_date', 'expenses_budget')")]
            if base_id == 0:
                for name in ("expenses_village_date", "expenses_date", "expenses_budget"):
                    c.execute(f"DROP INDEX IF EXISTS {name}")
            c.execute(f"""
                WITH q AS MATERIALIZED (
                    SELECT vmc.mi, vmc.vid, vmc.n, vmc.seq_base + n.i + 1 AS seq, n.i,
                           {mix(0, "(vmc.vid * 2003 + vmc.mi) * 17 + n.i")} AS ha,
                           {mix(1, "(vmc.vid * 2003 + vmc.mi) * 17 + n.i")} AS hb,
                           {mix(2, "(vmc.vid * 2003 + vmc.mi) * 17 + n.i")} AS hc
                    FROM vmc CROSS JOIN nums n ON n.i < vmc.n
                ),
                h AS MATERIALIZED (
                    -- the day (days rise with the request's number in the month), the kind, who handled it
                    SELECT q.vid, q.seq, m.y, v.n_cad, q.ha % 97 AS aidx, q.hb % 12 AS tidx,
                           m.first_o + (q.i * m.days_in + q.ha / 97 % m.days_in) / q.n AS o,
                           CASE WHEN k.kind = 'newspaper' AND m.m NOT IN (11, 12, 1) THEN 'meeting' ELSE k.kind END
                               AS kind,
                           CASE WHEN v.sloppy AND q.hc / 600000 % 500 = 0 THEN 1
                                ELSE 1 + q.hb / 12 % 1000 % (v.n_cad - 1) END AS hidx,
                           q.hc % 10000 AS roll, 1 + q.hc / 10000 % 5 AS rev_off, q.hc / 50000 % 4 AS pay_off,
                           q.hc / 200000 % 3 AS wait,
                           q.hb / 12000 % 4 AS t0, q.hb / 48000 % 2 AS t1, q.hb / 96000 % 2 AS t2,
                           q.hb / 192000 % 2 AS t3, 1 + q.ha / 97000 % 4 AS receipts, q.ha / 388000 % 5 = 0 AS cashroll,
                           v.sloppy AND q.hc / 600000 % 500 = 0 AS self, v.sloppy AND q.hc / 600000 % 500 = 1 AS early
                    FROM q CROSS JOIN dm m ON m.mi = q.mi CROSS JOIN dv v ON v.vid = q.vid
                    CROSS JOIN dk k ON k.slot = q.i
                ),
                z AS MATERIALIZED (
                    -- the amount and the steps: village approval the same day, township review, payment
                    SELECT h.*, a.fen AS amount, a.fen > l.review AS nt, a.fen > l.second AS ns, l.item, l.annual,
                           h.o AS ao, h.o + h.rev_off AS ro,
                           CASE WHEN h.early THEN h.o - 2
                                WHEN a.fen > l.review THEN h.o + h.rev_off + h.pay_off ELSE h.o + h.pay_off END AS po,
                           CASE WHEN h.o + h.wait > {T} THEN 'pending' WHEN h.roll < 80 THEN 'refused'
                                WHEN h.roll < 120 THEN 'withdrawn'
                                WHEN a.fen > l.review AND h.o + h.rev_off > {T} THEN 'township'
                                WHEN a.fen > l.review AND h.roll >= 9500 THEN 'refused'
                                WHEN h.early THEN 'paid'
                                WHEN h.o + h.pay_off + CASE WHEN a.fen > l.review THEN h.rev_off ELSE 0 END > {T}
                                    THEN 'approved'
                                ELSE 'paid' END AS status,
                           CASE WHEN h.o + h.wait > {T} THEN NULL WHEN h.roll < 80 THEN 'village'
                                WHEN h.roll < 120 THEN 'handler'
                                WHEN a.fen > l.review AND h.o + h.rev_off > {T} THEN NULL
                                WHEN a.fen > l.review AND h.roll >= 9500 THEN 'township' END AS stage,
                           -- went through village approval (and on to the township, refused there or not)
                           h.o + h.wait <= {T} AND h.roll >= 120 AS ok_path,
                           a.fen > l.review AND h.o + h.wait <= {T} AND h.roll >= 120 AND h.o + h.rev_off <= {T}
                               AS reviewed
                    FROM h JOIN da a ON a.kind = h.kind AND a.idx = h.aidx JOIN dl l ON l.y = h.y AND l.kind = h.kind
                )
                INSERT INTO expenses (village_id, seq, kind, spent_on, budget_year, amount_fen, payee, purpose,
                    handler_id, handler_name, receipts, pay_method, status, needs_township, needs_second, reason,
                    recorded_by, created_at, item_limit_fen, annual_limit_fen, village_approver_id,
                    village_approver_name, second_signer_id, second_signer_name, village_approved_at,
                    village_opinion, approved_by_user, township_reviewer, township_reviewed_at, township_opinion,
                    paid_on, paid_by, paid_at, refused_at, refused_by, refused_stage, refused_rule, refused_reason)
                SELECT z.vid, z.seq, z.kind, substr(sc.stamp, 1, 10), z.y, z.amount,
                    CASE t.payee WHEN '@handler' THEN hd.name WHEN '@crew' THEN v.crew ELSE t.payee END, t.purpose,
                    hd.cadre_id, hd.name, z.receipts,
                    CASE WHEN z.amount > 50000 OR z.cashroll THEN 'transfer' ELSE 'cash' END, z.status, z.nt, z.ns,
                    '', v.code, sc.stamp, z.item, z.annual,
                    CASE WHEN {committed_or_reviewed} OR z.stage = 'village'
                         THEN CASE WHEN z.self THEN v.dir_id ELSE v.sec_id END END,
                    CASE WHEN {committed_or_reviewed} OR z.stage = 'village'
                         THEN CASE WHEN z.self THEN v.dir_name ELSE v.sec_name END END,
                    CASE WHEN z.ns AND {committed_or_reviewed}
                         THEN CASE WHEN z.hidx = 1 THEN v.acc_id ELSE v.dir_id END END,
                    CASE WHEN z.ns AND {committed_or_reviewed}
                         THEN CASE WHEN z.hidx = 1 THEN v.acc_name ELSE v.dir_name END END,
                    CASE WHEN {committed_or_reviewed} THEN substr(sc.stamp, 1, 10) || {_times('z.t0 + 1 + z.t1')} END,
                    CASE WHEN {committed_or_reviewed} THEN '同意' WHEN z.stage = 'village' THEN {v_refusal} END,
                    CASE WHEN {committed_or_reviewed} OR z.stage = 'village' THEN v.code END,
                    CASE WHEN {reviewed} THEN '{reviewer}' END,
                    CASE WHEN {reviewed} THEN sr.stamp END,
                    CASE WHEN z.stage = 'township' THEN {t_refusal} WHEN {reviewed} THEN '同意' END,
                    CASE WHEN z.status = 'paid' THEN substr(sp.stamp, 1, 10) END,
                    CASE WHEN z.status = 'paid' THEN v.acc_name END,
                    CASE WHEN z.status = 'paid' THEN sp.stamp END,
                    CASE z.stage WHEN 'township' THEN sr.stamp
                                 WHEN 'village' THEN substr(sc.stamp, 1, 10) || {_times('z.t0 + 1 + z.t1')}
                                 WHEN 'handler' THEN substr(sc.stamp, 1, 10) || {_times('z.t0 + 1 + z.t1')} END,
                    CASE z.stage WHEN 'township' THEN '{reviewer}' WHEN 'village' THEN v.sec_name
                                 WHEN 'handler' THEN hd.name END,
                    z.stage,
                    CASE WHEN z.stage IS NOT NULL THEN '' END,
                    CASE z.stage WHEN 'township' THEN {t_refusal} WHEN 'village' THEN {v_refusal}
                                 WHEN 'handler' THEN '填写有误，撤回重报' END
                FROM z JOIN dv v ON v.vid = z.vid JOIN dc hd ON hd.vid = z.vid AND hd.idx = z.hidx
                JOIN dt t ON t.kind = z.kind AND t.idx = z.tidx JOIN ds sc ON sc.k = z.o * 8 + z.t0
                LEFT JOIN ds sr ON sr.k = CASE WHEN z.nt THEN z.ro * 8 + z.t0 + 2 + z.t2 END
                LEFT JOIN ds sp ON sp.k = CASE WHEN z.status = 'paid' THEN z.po * 8 + z.t0 + 3 + z.t3 END
            """)
            if base_id == 0:
                for sql_ in indexes:
                    c.execute(sql_)
            ctx.progress("expenses", 0.6)
            # Month-end corrections: the month's first paid request, reversed in full or in half.
            reasons = _pick("rv.rr", REVERSAL_REASONS)
            c.execute(f"""
                INSERT INTO expenses (village_id, seq, kind, spent_on, budget_year, amount_fen, payee, purpose,
                    handler_id, handler_name, receipts, pay_method, status, needs_township, needs_second, reverses_id,
                    reason, recorded_by, created_at, village_approver_id, village_approver_name, village_approved_at,
                    village_opinion, approved_by_user, paid_on, paid_by, paid_at)
                SELECT e.village_id, rv.seq, e.kind, d.iso, e.budget_year,
                       CASE WHEN rv.rr = 2 THEN -(e.amount_fen / 2) ELSE -e.amount_fen END, e.payee,
                       '冲销' || substr(e.spent_on, 1, 4) || '年第 ' || e.seq || ' 号：' || e.purpose,
                       e.handler_id, e.handler_name, 0, e.pay_method, 'paid', 0, 0, e.id, {reasons}, v.code,
                       d.iso || 'T16:30:00', v.sec_id, v.sec_name, d.iso || 'T16:40:00', '同意冲销', v.code, d.iso,
                       v.acc_name, d.iso || 'T17:05:00'
                FROM rv JOIN dv v ON v.vid = rv.vid JOIN dd d ON d.o = rv.o JOIN dm m ON m.mi = rv.mi
                JOIN expenses e ON e.id = (
                    SELECT x.id FROM expenses x WHERE x.village_id = rv.vid
                    AND x.spent_on BETWEEN date(m.first_o + {JD}) AND d.iso AND x.id > {base_id}
                    AND x.status = 'paid' AND x.paid_on < d.iso AND x.reverses_id IS NULL
                    ORDER BY x.spent_on, x.id LIMIT 1)
            """)
            # Attempts the rules refuse: a few over a limit, one hospitality per village.
            rows: list[tuple[Any, ...]] = []
            for vid, mi, seq, what in specials:
                if what == "reversal":
                    continue
                _mi, yr, _m, first_o, days_in, _last = months[mi]
                vrow = dv[vid]
                pol = pols[yr]
                used: int | None = None
                if what == "hospitality":
                    payee, purpose = HOSPITALITY[rng.randrange(len(HOSPITALITY))]
                    kind, rule, amount = "hospitality", "hospitality", rng.randint(38, 128) * 1000
                elif what == "over_item":
                    kind, payee, purpose = OVER_ITEMS[rng.randrange(len(OVER_ITEMS))]
                    rule, amount = "over_item_limit", pol.kinds[kind].per_item_limit_fen + rng.randint(5, 35) * 10000
                else:
                    kind, payee, purpose = OVER_ANNUAL[rng.randrange(len(OVER_ANNUAL))]
                    k = pol.kinds[kind]
                    used = int(store.scalar(
                        "SELECT coalesce(sum(amount_fen), 0) FROM expenses WHERE village_id=? AND budget_year=?"
                        " AND kind=? AND status IN ('township', 'approved', 'paid')", (vid, yr, kind)))
                    left = k.annual_limit_fen - used
                    rule, amount = "over_annual_limit", left + 1 + rng.randrange(max(1, k.per_item_limit_fen - left))
                    if left >= k.per_item_limit_fen:
                        rule = "over_item_limit"
                        amount = k.per_item_limit_fen + rng.randint(5, 35) * 10000
                k = pol.kinds[kind]
                o = first_o + days_in - 1 if what == "over_annual" else first_o + rng.randrange(days_in)
                day = dt.date.fromordinal(o).isoformat()
                handler = (vrow[5], vrow[6])
                rows.append((vid, seq, kind, day, yr, amount, vrow[10] if payee == "@crew" else payee, purpose,
                             handler[0], handler[1], 1 + rng.randrange(3), "transfer" if amount > 50000 else "cash",
                             "refused", int(amount > k.township_review_above_fen),
                             int(amount > k.second_signer_above_fen), vrow[1], day + TIMES[rng.randrange(4)],
                             k.per_item_limit_fen, k.annual_limit_fen, used, day + TIMES[4], "制度", "rule", rule,
                             refusal_message(rule, k, amount, used or 0, yr, pol.effective_from)))
            c.executemany(
                "INSERT INTO expenses (village_id, seq, kind, spent_on, budget_year, amount_fen, payee, purpose,"
                " handler_id, handler_name, receipts, pay_method, status, needs_township, needs_second, recorded_by,"
                " created_at, item_limit_fen, annual_limit_fen, ytd_before_fen, refused_at, refused_by,"
                " refused_stage, refused_rule, refused_reason) VALUES (" + ",".join("?" * 25) + ")",
                rows)
            ctx.progress("expenses", 0.8)
            # The notice board: months posted early next month, unless something still waits for approval.
            c.execute(f"""
                INSERT INTO expense_publications (village_id, month, posted_on, posted_by, total_fen, items, note,
                                                  created_at)
                SELECT p.vid, p.month, p.posted, v.acc_name,
                       coalesce(sum(CASE WHEN e.status IN ('approved', 'paid') THEN e.amount_fen END), 0),
                       coalesce(sum(e.status IN ('approved', 'paid')), 0), '', p.posted || 'T16:00:00'
                FROM pub p JOIN dv v ON v.vid = p.vid
                LEFT JOIN expenses e ON e.village_id = p.vid AND e.spent_on BETWEEN p.lo AND p.hi AND e.id > {base_id}
                GROUP BY p.rowid HAVING coalesce(sum(e.status IN ('pending', 'township')), 0) = 0
            """)
            counts = dict(zip(("expenses", "refused", "reversals"), c.execute(
                "SELECT count(*), sum(status IN ('refused', 'withdrawn')), sum(reverses_id IS NOT NULL) FROM expenses"
                " WHERE id > ?", (base_id,)).fetchone()))
            counts["publications"] = int(store.scalar("SELECT count(*) FROM expense_publications"))
            audit.append(store, SYSTEM, "demo", "expense", None, extra=dict(counts))
    finally:
        c.execute(f"PRAGMA foreign_keys={'ON' if fk else 'OFF'}")
    c.executescript("""
        DROP TABLE temp.dv; DROP TABLE temp.dc; DROP TABLE temp.dm; DROP TABLE temp.dk; DROP TABLE temp.da;
        DROP TABLE temp.dt; DROP TABLE temp.dl; DROP TABLE temp.dd; DROP TABLE temp.ds; DROP TABLE temp.nums;
        DROP TABLE temp.vmc; DROP TABLE temp.rv; DROP TABLE temp.pub;
    """)
    ctx.progress("expenses", 1.0)
    ctx.counts.update({"expenses": counts["expenses"], "expense_publications": counts["publications"]})
