"""Demo expenses: about sixteen small requests per village a month — office supplies, phone bills, cadres'
allowances for flood watch, travel to the county — most approved and paid, larger ones reviewed by the
township, a few refused or withdrawn; when a kind's money runs out the village stops spending it; a few
over-limit attempts and one hospitality attempt per village refused by the rules; corrections by
reversal; each month posted on the notice board (some villages late or forgetful). A few sloppy
villages carry old records that break the approval rules, for `check` to find.

A county is about a million rows, so the rows are expanded in SQL from small lookup tables (villages,
months, kinds, amounts, texts) with a deterministic integer hash seeded from the demo's random
generator: binding a million 41-column tuples from Python would take far longer than the insert.
Python adds only the few thousand special rows. The expansion, the indexes, the corrections and
the notice board run on a second thread in a temporary side file (``_SideBuild``) while the main
connection writes the minutes; the finished tables are then copied across in one statement each.
"""

from __future__ import annotations

import datetime as dt
import shutil
import sqlite3
import tempfile
import threading
from pathlib import Path
from typing import TYPE_CHECKING, Any

from villageadmin.core import audit, policy
from villageadmin.core.accounts import SYSTEM
from villageadmin.core.demo import below
from villageadmin.core.expense_policy import POLICY_SECTION, ExpensePolicy, rules
from villageadmin.core.expenses import refusal_message
from villageadmin.core.schema_summaries import expense_totals_select, triggers_held

RUNS_DEFERRED = True  # writes the earlier areas left (demo.DemoContext.defer) while its rows are made

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
SHAPES = 1000  # request shapes per kind
PRIME = 2147483647
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


# The plan's small tables, made in the side connection that expands it (names are temp.<name>).
INPUT_TABLES: dict[str, str] = {
    "dv": "vid INTEGER PRIMARY KEY, code, sloppy, sec_id, sec_name, dir_id, dir_name, acc_id, acc_name, n_cad, crew",
    "dc": "vid, idx, cadre_id, name, PRIMARY KEY (vid, idx)",  # WITHOUT ROWID
    "dm": "mi INTEGER PRIMARY KEY, y, m, first_o, days_in, last_day",
    "dk": "slot INTEGER PRIMARY KEY, kno, kno_off",  # kind by number in the month
    "shape": "sid INTEGER PRIMARY KEY, kind, amount, nt, ns, payee, purpose, cls, reason, wait, rev_off, pay_off,"
             " t0, t1, t2, t3, receipts, transfer",
    "dl": "y, kind, item, annual, review, second, PRIMARY KEY (y, kind)",  # WITHOUT ROWID
    "dd": "o INTEGER PRIMARY KEY, iso",
    "ds": "k INTEGER PRIMARY KEY, stamp",
    "nums": "i INTEGER PRIMARY KEY",
    "vmc": "mi, vid, n, seq_base, hb1, hb2, PRIMARY KEY (mi, vid)",  # WITHOUT ROWID
    "rv": "vid, mi, seq, rr, o",
    "pub": "vid, month, lo, hi, posted",
}


def _load_inputs(conn: sqlite3.Connection, inputs: dict[str, list[tuple[Any, ...]]]) -> None:
    for name, rows in inputs.items():
        cols = INPUT_TABLES[name]
        tail = " WITHOUT ROWID" if "PRIMARY KEY (" in cols else ""
        conn.execute(f"DROP TABLE IF EXISTS temp.{name}")
        conn.execute(f"CREATE TEMP TABLE {name} ({cols}){tail}")
        if rows:
            conn.executemany(f"INSERT INTO temp.{name} VALUES ({','.join('?' * len(rows[0]))})", rows)


class _SideBuild:
    """The expenses table and its indexes filled by ``rows_sql`` in a file of its own, on a second thread.

    SQLite runs a statement without holding Python's lock, so the million rows are made on the second core
    while the main thread writes other rows; the main connection then copies them across with
    ``INSERT INTO expenses SELECT * FROM …`` — for an empty table with the same definition and indexes
    SQLite moves the finished records and index entries as they are, without building anything again.
    """

    def __init__(self, store: Store, inputs: dict[str, list[tuple[Any, ...]]], rows_sql: str, reversals_sql: str,
                 publications_sql: str) -> None:
        self._dir = Path(tempfile.mkdtemp(prefix="villageadmin-demo-"))
        self.path = self._dir / "expenses.db"
        self._conn = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False)
        self._result: dict[str, int] = {}
        self._error: BaseException | None = None
        self._thread: threading.Thread | None = None
        try:
            c = self._conn
            c.execute("PRAGMA journal_mode=OFF")
            c.execute("PRAGMA synchronous=OFF")
            c.execute("PRAGMA cache_size=-262144")
            c.execute("PRAGMA temp_store=MEMORY")
            for table in ("expenses", "expense_publications"):  # as the main file defines them
                c.execute(store.scalar("SELECT sql FROM sqlite_master WHERE type='table' AND name=?", (table,)))
            indexes = [r[0] for r in store.execute(
                "SELECT sql FROM sqlite_master WHERE type='index' AND sql IS NOT NULL"
                " AND tbl_name IN ('expenses', 'expense_publications') ORDER BY name")]
        except BaseException:
            self.close()
            raise
        self._thread = threading.Thread(target=self._run,
                                        args=(inputs, rows_sql, indexes, reversals_sql, publications_sql),
                                        name="demo-expenses", daemon=True)
        self._thread.start()

    def _run(self, inputs: dict[str, list[tuple[Any, ...]]], rows_sql: str, indexes: list[str], reversals_sql: str,
             publications_sql: str) -> None:
        try:
            c = self._conn
            _load_inputs(c, inputs)
            c.execute("BEGIN")
            c.execute(rows_sql)
            for sql in indexes:  # built once over the finished rows, cheaper than row by row
                c.execute(sql)
            n, refused = c.execute("SELECT count(*), coalesce(sum(status IN ('refused', 'withdrawn')), 0)"
                                   " FROM expenses").fetchone()
            reversals = c.execute(reversals_sql).rowcount
            publications = c.execute(publications_sql).rowcount
            # The running totals of the committed money (schema_summaries), summed here on the second core.
            c.execute(f"CREATE TABLE expense_totals AS {expense_totals_select()}")
            c.execute("COMMIT")
            self._result = {"rows": int(n) + reversals, "refused": int(refused), "reversals": reversals,
                            "publications": publications}
        except BaseException as exc:  # handed to the main thread by result()
            self._error = exc

    def result(self) -> dict[str, int]:
        """Wait for the rows; their count and how many were refused or withdrawn."""
        assert self._thread is not None
        self._thread.join()
        if self._error is not None:
            raise self._error
        return self._result

    def close(self) -> None:
        if self._thread is not None and self._thread.is_alive():
            self._conn.interrupt()
            self._thread.join()
        self._conn.close()
        shutil.rmtree(self._dir, ignore_errors=True)


def generate(store: Store, ctx: DemoContext) -> None:
    _confirm_policy(store, ctx)
    rng = ctx.rng
    t = ctx.today
    T = t.toordinal()
    c = store.conn
    reviewer = ctx.person()[0] + "（乡财政所）"
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
    vmc: list[tuple[int, ...]] = []  # (mi, village, requests, numbers used before, two random seeds)
    specials: list[tuple[int, int, int, str]] = []  # (village, mi, number, what)
    publish: list[tuple[int, str, str, str, str]] = []  # (village, YYYY-MM, first day, last day, posted on)
    n_past = len(months) - 1
    random, draw = rng.random, below(rng)  # rng.random and rng.randrange, the same draws (a county: ~60k months)
    plan: dict[int, dict[str, Any]] = {
        vid: {"hosp": draw(n_past), "over": {draw(n_past) for _ in range(rng.randint(1, 3))}, "seq": 0}
        for vid in dv}
    for mi, y, m, first_o, days_in, last_day in months:
        past = mi < n_past
        lo, hi = dt.date.fromordinal(first_o).isoformat(), dt.date.fromordinal(first_o + last_day - 1).isoformat()
        for vid, p in plan.items():
            if m == 1:
                p["seq"] = 0
            n = (16 + (random() < 0.5)) * days_in // last_day
            vmc.append((mi, vid, n, p["seq"], draw(PRIME), draw(PRIME)))
            p["seq"] += n
            extra = []
            if mi in p["over"]:
                extra.append("over_item")
            if mi == p["hosp"]:
                extra.append("hospitality")
            if m == 12 and past and random() < 0.35:
                extra.append("over_annual")
            if past and random() < 0.17:
                extra.append("reversal")
            for what in extra:
                p["seq"] += 1
                specials.append((vid, mi, p["seq"], what))
            if past:
                late = random() < 0.1
                delay = 10 + draw(10) if late else draw(9)
                posted = dt.date.fromordinal(first_o + last_day + delay)
                forgot = random() < (0.15 if dv[vid][2] else 0.02)
                if posted <= t and not forgot:
                    publish.append((vid, f"{y}-{m:02d}", lo, hi, posted.isoformat()))

    # A thousand request "shapes" per kind — amount, payee and purpose, the outcome, the days each step
    # takes, the times of day — drawn here; each row picks one by its hash, so the SQL does little work.
    kind_no = {k[0]: i for i, k in enumerate(KINDS)}
    top = pols[years[-1]]
    shape_rows = []
    for code, lo_y, hi_y, big, tx in KINDS:
        k = top.kinds[code]
        for j in range(SHAPES):
            if rng.randrange(97) < big:
                fen = rng.randint(k.township_review_above_fen // 100 + 1, k.per_item_limit_fen // 100) * 100
            else:
                fen = rng.randint(lo_y, hi_y) * 100 + rng.choice((0, 0, 0, 50, rng.randint(1, 99)))
            payee, purpose = tx[rng.randrange(len(tx))]
            nt = fen > k.township_review_above_fen
            roll = rng.randrange(10000)
            # 0 approved, 1 refused by the village, 2 withdrawn, 3 refused by the township
            cls = 1 if roll < 80 else 2 if roll < 120 else 3 if nt and roll >= 9500 else 0
            reason = (VILLAGE_REFUSALS[roll % len(VILLAGE_REFUSALS)] if cls == 1 else
                      TOWNSHIP_REFUSALS[roll % len(TOWNSHIP_REFUSALS)] if cls == 3 else
                      "填写有误，撤回重报" if cls == 2 else None)
            shape_rows.append((kind_no[code] * SHAPES + j, code, fen, int(nt), int(fen > k.second_signer_above_fen),
                               payee, purpose, cls, reason, rng.randrange(3), 1 + rng.randrange(5), rng.randrange(4),
                               rng.randrange(4), rng.randrange(2), rng.randrange(2), rng.randrange(2),
                               1 + rng.randrange(4), int(fen > 50000 or rng.random() < 0.2)))
    slot_rows = [(i, kind_no[kind], kind_no["meeting"] if kind == "newspaper" else kind_no[kind])
                 for i, kind in enumerate(PATTERN)]
    limit_rows = [(yr, k.code, k.per_item_limit_fen, k.annual_limit_fen, k.township_review_above_fen,
                   k.second_signer_above_fen) for yr, p in pols.items() for k in p.kinds.values()]
    day_rows = []
    stamp_rows = []
    for o in range(months[0][3] - 10, T + 25):
        iso = dt.date.fromordinal(o).isoformat()
        day_rows.append((o, iso))
        stamp_rows += [(o * 8 + j, iso + tm) for j, tm in enumerate(TIMES)]

    inputs = {"dv": list(dv.values()), "dc": cadre_rows, "dm": months, "dk": slot_rows, "shape": shape_rows,
              "dl": limit_rows, "dd": day_rows, "ds": stamp_rows, "nums": [(i,) for i in range(len(PATTERN))],
              "vmc": vmc,
              "rv": [(vid, mi, seq, rng.randrange(3), min(months[mi][3] + months[mi][5] - 1, T))
                     for vid, mi, seq, what in specials if what == "reversal"],
              "pub": publish}
    ctx.progress("expenses", 0.1)

    def _times(slot: str) -> str:
        return f"substr('{''.join(TIMES)}', ({slot}) * 9 + 1, 9)"

    # Each village-month has two random seeds; its n-th request steps through them by a large odd
    # number modulo a prime: cheap in SQL, and plenty of variety for a demo.
    h1 = f"((vmc.hb1 + n.i * 1103515245) % {PRIME})"
    h2 = f"((vmc.hb2 + n.i * 69069) % {PRIME})"
    rows_sql = f"""
            WITH r AS MATERIALIZED (
                -- the day (days rise with the request's number in the month), the shape, who handled it
                SELECT vmc.vid, vmc.seq_base + n.i + 1 AS seq, m.y,
                       m.first_o + (n.i * m.days_in + {h1} % m.days_in) / vmc.n AS o,
                       (CASE WHEN m.m IN (11, 12, 1) THEN k.kno ELSE k.kno_off END) * {SHAPES}
                           + {h1} / 64 % {SHAPES} AS sid,
                       CASE WHEN v.sloppy AND {h2} % 500 = 0 THEN 1 ELSE 1 + {h2} / 500 % (v.n_cad - 1) END
                           AS hidx,
                       v.sloppy AND {h2} % 500 = 0 AS self, v.sloppy AND {h2} % 500 = 1 AS early
                FROM vmc CROSS JOIN nums n ON n.i < vmc.n CROSS JOIN dm m ON m.mi = vmc.mi
                CROSS JOIN dv v ON v.vid = vmc.vid CROSS JOIN dk k ON k.slot = n.i
            ),
            x AS MATERIALIZED (
                -- the steps reached by today: village approval the same day, township review, payment
                SELECT r.vid, r.seq, r.y, r.o, r.sid, r.hidx, r.self,
                       CASE WHEN r.o + s.wait > {T} THEN 'pending' WHEN s.cls = 1 THEN 'refused'
                            WHEN s.cls = 2 THEN 'withdrawn' WHEN s.nt AND r.o + s.rev_off > {T} THEN 'township'
                            WHEN s.cls = 3 THEN 'refused' WHEN r.early THEN 'paid'
                            WHEN r.o + s.pay_off + s.nt * s.rev_off > {T} THEN 'approved'
                            ELSE 'paid' END AS status,
                       CASE WHEN r.o + s.wait > {T} THEN NULL WHEN s.cls = 1 THEN 'village'
                            WHEN s.cls = 2 THEN 'handler' WHEN s.nt AND r.o + s.rev_off > {T} THEN NULL
                            WHEN s.cls = 3 THEN 'township' END AS stage,
                       r.o + s.wait <= {T} AND s.cls IN (0, 3) AS ok_path,
                       s.nt AND r.o + s.wait <= {T} AND s.cls IN (0, 3) AND r.o + s.rev_off <= {T} AS reviewed,
                       CASE WHEN r.early THEN r.o - 2 ELSE r.o + s.pay_off + s.nt * s.rev_off END AS po
                FROM r CROSS JOIN shape s ON s.sid = r.sid
            )
            INSERT INTO expenses (village_id, seq, kind, spent_on, budget_year, amount_fen, payee, purpose,
                handler_id, handler_name, receipts, pay_method, status, needs_township, needs_second, reason,
                recorded_by, created_at, item_limit_fen, annual_limit_fen, village_approver_id,
                village_approver_name, second_signer_id, second_signer_name, village_approved_at,
                village_opinion, approved_by_user, township_reviewer, township_reviewed_at, township_opinion,
                paid_on, paid_by, paid_at, refused_at, refused_by, refused_stage, refused_rule, refused_reason)
            SELECT x.vid, x.seq, s.kind, substr(sc.stamp, 1, 10), x.y, s.amount,
                CASE s.payee WHEN '@handler' THEN hd.name WHEN '@crew' THEN v.crew ELSE s.payee END, s.purpose,
                hd.cadre_id, hd.name, s.receipts, CASE WHEN s.transfer THEN 'transfer' ELSE 'cash' END, x.status,
                s.nt, s.ns, '', v.code, sc.stamp, l.item, l.annual,
                CASE WHEN x.ok_path OR x.stage = 'village' THEN CASE WHEN x.self THEN v.dir_id ELSE v.sec_id END END,
                CASE WHEN x.ok_path OR x.stage = 'village'
                     THEN CASE WHEN x.self THEN v.dir_name ELSE v.sec_name END END,
                CASE WHEN s.ns AND x.ok_path THEN CASE WHEN x.hidx = 1 THEN v.acc_id ELSE v.dir_id END END,
                CASE WHEN s.ns AND x.ok_path THEN CASE WHEN x.hidx = 1 THEN v.acc_name ELSE v.dir_name END END,
                CASE WHEN x.ok_path THEN substr(sc.stamp, 1, 10) || {_times('s.t0 + 1 + s.t1')} END,
                CASE WHEN x.ok_path THEN '同意' WHEN x.stage = 'village' THEN s.reason END,
                CASE WHEN x.ok_path OR x.stage = 'village' THEN v.code END,
                CASE WHEN x.reviewed THEN '{reviewer}' END,
                CASE WHEN x.reviewed THEN sr.stamp END,
                CASE WHEN x.stage = 'township' THEN s.reason WHEN x.reviewed THEN '同意' END,
                CASE WHEN x.status = 'paid' THEN substr(sp.stamp, 1, 10) END,
                CASE WHEN x.status = 'paid' THEN v.acc_name END,
                CASE WHEN x.status = 'paid' THEN sp.stamp END,
                CASE x.stage WHEN 'township' THEN sr.stamp
                             WHEN 'village' THEN substr(sc.stamp, 1, 10) || {_times('s.t0 + 1 + s.t1')}
                             WHEN 'handler' THEN substr(sc.stamp, 1, 10) || {_times('s.t0 + 1 + s.t1')} END,
                CASE x.stage WHEN 'township' THEN '{reviewer}' WHEN 'village' THEN v.sec_name
                             WHEN 'handler' THEN hd.name END,
                x.stage, CASE WHEN x.stage IS NOT NULL THEN '' END, CASE WHEN x.stage IS NOT NULL THEN s.reason END
            FROM x CROSS JOIN shape s ON s.sid = x.sid JOIN dv v ON v.vid = x.vid
            JOIN dc hd ON hd.vid = x.vid AND hd.idx = x.hidx JOIN dl l ON l.y = x.y AND l.kind = s.kind
            JOIN ds sc ON sc.k = x.o * 8 + s.t0
            LEFT JOIN ds sr ON sr.k = CASE WHEN x.reviewed THEN (x.o + s.rev_off) * 8 + s.t0 + 2 + s.t2 END
            LEFT JOIN ds sp ON sp.k = CASE WHEN x.status = 'paid' THEN x.po * 8 + s.t0 + 3 + s.t3 END
    """
    # Month-end corrections: the month's first paid request, reversed in full or in half.
    reasons = _pick("rv.rr", REVERSAL_REASONS)
    reversals_sql = f"""
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
            AND x.spent_on BETWEEN date(m.first_o + {JD}) AND d.iso
            AND x.status = 'paid' AND x.paid_on < d.iso AND x.reverses_id IS NULL
            ORDER BY x.spent_on, x.id LIMIT 1)
    """
    # The notice board: months posted early next month, unless something still waits for approval (the
    # attempts the rules refuse, added below, change no month's total).
    publications_sql = """
        INSERT INTO expense_publications (village_id, month, posted_on, posted_by, total_fen, items, note,
                                          created_at)
        SELECT p.vid, p.month, p.posted, v.acc_name,
               coalesce(sum(CASE WHEN e.status IN ('approved', 'paid') THEN e.amount_fen END), 0),
               coalesce(sum(e.status IN ('approved', 'paid')), 0), '', p.posted || 'T16:00:00'
        FROM pub p JOIN dv v ON v.vid = p.vid
        LEFT JOIN expenses e ON e.village_id = p.vid AND e.spent_on BETWEEN p.lo AND p.hi
        GROUP BY p.rowid HAVING coalesce(sum(e.status IN ('pending', 'township')), 0) = 0
    """
    # The rows, their indexes, the corrections and the notice board are made in a file of their own on a second
    # thread (SQLite works outside Python's lock) while this thread writes the rows the earlier areas left.
    side = _SideBuild(store, inputs, rows_sql, reversals_sql, publications_sql)
    try:
        ctx.run_deferred()
        ctx.progress("expenses", 0.5)
        made = side.result()
        ctx.progress("expenses", 0.8)
        fk = c.execute("PRAGMA foreign_keys").fetchone()[0]
        # The rows are consistent by construction; foreign-key lookups would double the insert time.
        c.execute("PRAGMA foreign_keys=OFF")
        c.execute("ATTACH DATABASE ? AS demo_side", (str(side.path),))
        try:
            with store.transaction():
                # Empty tables with the same definitions and indexes: SQLite copies the records and the index
                # entries as they are.
                with triggers_held(store, "expenses"):
                    c.execute("INSERT INTO expenses SELECT * FROM demo_side.expenses")
                c.execute("INSERT INTO expense_totals (village_id, budget_year, kind, total_fen, biggest_fen)"
                          " SELECT * FROM demo_side.expense_totals WHERE true ON CONFLICT DO UPDATE"
                          " SET total_fen = total_fen + excluded.total_fen,"
                          " biggest_fen = CASE WHEN biggest_fen IS NULL OR excluded.biggest_fen > biggest_fen"
                          " THEN excluded.biggest_fen ELSE biggest_fen END")
                c.execute("INSERT INTO expense_publications SELECT * FROM demo_side.expense_publications")
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
                counts = {"expenses": made["rows"] + len(rows), "refused": made["refused"] + len(rows),
                          "reversals": made["reversals"], "publications": made["publications"]}
                audit.append(store, SYSTEM, "demo", "expense", None, extra=dict(counts))
        finally:
            c.execute(f"PRAGMA foreign_keys={'ON' if fk else 'OFF'}")
            c.execute("DETACH DATABASE demo_side")
    finally:
        side.close()
    ctx.progress("expenses", 1.0)
    ctx.counts.update({"expenses": counts["expenses"], "expense_publications": counts["publications"]})
