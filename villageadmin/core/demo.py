"""A realistic, deterministic demo township (`villageadmin demo`).

The township, villages, accounts, township staff and village cadres are made here; each area
adds its own records through a ``generate(store, ctx)`` function listed in ``AREAS``. Bulk rows
go in with ``executemany`` or ``INSERT … SELECT`` inside one transaction per area; the audit log
gets one entry per area summarising what the demo made.

A county (500 villages × 10 years, ~4.4M rows) builds in about a minute on two cores: every draw
from ``ctx.rng`` happens in the same order as ever (so a seed gives the same township), while the
work that needs no draws overlaps — the meetings area defers its writing (``ctx.defer``) and the
expenses area runs it while its million rows are made on a second thread in a side file.
"""

from __future__ import annotations

import datetime as dt
import importlib
import random
import re
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from villageadmin.core import audit, township
from villageadmin.core.accounts import SYSTEM, Actor
from villageadmin.core.clock import now_iso, today
from villageadmin.core.errors import RuleViolation
from villageadmin.core.store import Store, open_store

ADMIN_USER = "admin"
ADMIN_PASSWORD = "admin123"
VILLAGE_PASSWORD = "village123"
FTS_BUILD_HASHSIZE = 64 * 1024 * 1024
FTS_DEFAULT_HASHSIZE = 1024 * 1024  # SQLite's FTS5_DEFAULT_HASHSIZE

# Areas that add demo records, in order. Add a line per area.
AREAS: list[str] = [
    "villageadmin.core.demo_meetings",
    "villageadmin.core.demo_expenses",
    "villageadmin.core.demo_bidding",
    "villageadmin.core.demo_decisions",
    "villageadmin.core.demo_cadres",
]

_PLACE_A = list("白青柳杏石桃梨枣槐松竹梅兰荷桂枫杨榆李王张刘陈赵黄周吴徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓")
_PLACE_B = ["鹿", "山", "河", "花", "桥", "园", "庄", "湾", "坪", "岗", "塘", "溪", "岭", "坝", "沟", "营", "集",
            "店", "洼", "屯"]
SURNAMES = list("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤")
GIVEN_M = list("建国军伟强磊洋勇杰涛明超刚平辉鹏华飞斌宇浩凯健俊帆帅旭宁龙林波东志国庆生德福荣")
GIVEN_F = list("秀英兰芳丽娟敏静燕艳玲霞红梅琴云莲珍凤洁慧颖婷雪萍琳丹娜桂芬")


@dataclass
class DemoContext:
    rng: random.Random
    today: dt.date
    start: dt.date
    years: int
    villages: list[dict[str, Any]]
    cadres: dict[int, list[dict[str, Any]]]
    staff: list[dict[str, Any]]
    links: dict[int, list[tuple[int, str, str]]]  # village -> (staff_id, name, role)
    admin: Actor
    progress: Callable[[str, float], None]
    counts: dict[str, int] = field(default_factory=dict)
    deferred: list[Callable[[], None]] = field(default_factory=list)

    def defer(self, write: Callable[[], None]) -> None:
        """Leave an area's writing for later: it runs before the next area, or — if that area's module says
        ``RUNS_DEFERRED = True`` — when the next area calls ``run_deferred`` while its own rows are being
        made on another thread. It must not draw from ``rng`` (the draws' order keeps the demo the same)."""
        self.deferred.append(write)

    def run_deferred(self) -> None:
        while self.deferred:
            self.deferred.pop(0)()

    def person(self, sex: str | None = None) -> tuple[str, str]:
        sex = sex or self.rng.choice("男男女")
        given = GIVEN_F if sex == "女" else GIVEN_M
        n = self.rng.choice((1, 2, 2))
        return self.rng.choice(SURNAMES) + "".join(self.rng.choice(given) for _ in range(n)), sex


@dataclass
class DemoResult:
    township: str
    accounts: list[tuple[str, str, str]]  # (username, password, who)
    counts: dict[str, int]


def village_names(n: int, rng: random.Random) -> list[str]:
    names = [a + b + "村" for a in _PLACE_A for b in _PLACE_B]
    rng.shuffle(names)
    if n > len(names):
        names += [f"第{i}村" for i in range(1, n - len(names) + 1)]
    return names[:n]


def create(data: str | Path, *, villages: int = 12, years: int = 3, seed: int = 1,
           progress: Callable[[str, float], None] | None = None) -> DemoResult:
    if villages < 1 or villages > 999:
        raise RuleViolation("村的数量应在 1 到 999 之间。", code="bad_villages")
    if years < 1 or years > 30:
        raise RuleViolation("年数应在 1 到 30 之间。", code="bad_years")
    store = open_store(data)
    try:
        if township.is_set_up(store):
            raise RuleViolation(f"这个数据文件夹里已经有数据了，演示数据只能建在空文件夹里：{store.data_dir}",
                                code="not_empty")
        _build_mode(store, True)
        try:
            return _create(store, villages=villages, years=years, seed=seed, progress=progress or (lambda s, f: None))
        finally:
            _build_mode(store, False)
    finally:
        store.close()


def _build_mode(store: Store, on: bool) -> None:
    """While a NEW demo file is built, skip the WAL, the fsyncs and the foreign-key look-ups (the generators
    make consistent rows; a test checks them with ``PRAGMA foreign_key_check``) and give SQLite a big page
    cache; then put back what ``open_store`` set. A crash mid-build can only spoil a demo file nobody has
    used yet."""
    c = store.conn
    c.execute(f"PRAGMA foreign_keys={'OFF' if on else 'ON'}")
    if on:
        c.execute("PRAGMA journal_mode=MEMORY")
        c.execute("PRAGMA synchronous=OFF")
        c.execute("PRAGMA cache_size=-262144")
    else:
        c.execute("PRAGMA journal_mode=WAL")
        c.execute("PRAGMA synchronous=FULL")
        c.execute("PRAGMA cache_size=-32000")
    # FTS5 writes its pending terms out as a new segment every 1 MB (its default "hashsize") and keeps merging
    # the segments; 64 MB makes a few large segments instead (the county's minutes index in ~35% less time).
    c.execute("INSERT INTO meeting_fts (meeting_fts, rank) VALUES ('hashsize', ?)",
              (FTS_BUILD_HASHSIZE if on else FTS_DEFAULT_HASHSIZE,))


def below(rng: random.Random) -> Callable[[int], int]:
    """``rng.randrange(n)`` for an int ``n > 0``, drawn the way CPython's random module draws it (the same numbers
    for the same seed) without its layers of argument checks: the demo makes millions of draws."""
    getrandbits = rng.getrandbits

    def draw(n: int) -> int:
        k = n.bit_length()
        r = getrandbits(k)
        while r >= n:
            r = getrandbits(k)
        return r

    return draw


@contextmanager
def indexes_built_after(store: Store, *tables: str) -> Iterator[None]:
    """Inside a transaction that bulk-loads ``tables`` of a NEW file: drop their secondary indexes (not the
    unique ones, which guard the rows) and build them again at the end — sorting each once is much cheaper
    than keeping it up to date row by row. On an error the transaction's rollback restores them."""
    marks = ",".join("?" * len(tables))
    found = store.conn.execute(
        f"SELECT name, sql FROM sqlite_master WHERE type='index' AND sql IS NOT NULL AND tbl_name IN ({marks})"
        " AND upper(sql) NOT LIKE 'CREATE UNIQUE%' ORDER BY tbl_name, name", tables).fetchall()
    for name, _sql in found:
        store.conn.execute(f'DROP INDEX "{name}"')
    yield
    for _name, sql in found:
        store.conn.execute(sql)


_IN_LIST_CHECK = re.compile(r"CHECK\s*\(\s*\w+\s+IN\s*\(", re.IGNORECASE)


def insert_rows(store: Store, table: str, columns: str, rows: Sequence[tuple[Any, ...]]) -> None:
    """``INSERT INTO table (columns)`` each of ``rows``, the demo's bulk way.

    SQLite tests a ``CHECK (x IN (...))`` by building a small lookup table once per statement run, and
    ``executemany`` runs the statement once per row; so the rows of such a table go into a temporary table
    first and then across in one ``INSERT … SELECT`` (about 40% less time for ~400k rows)."""
    c = store.conn
    n = columns.count(",") + 1
    sql = c.execute("SELECT sql FROM sqlite_master WHERE type='table' AND name=?", (table,)).fetchone()[0]
    if not _IN_LIST_CHECK.search(sql):
        c.executemany(f"INSERT INTO {table} ({columns}) VALUES ({','.join('?' * n)})", rows)
        return
    c.execute("DROP TABLE IF EXISTS temp.demo_rows")
    c.execute(f"CREATE TEMP TABLE demo_rows ({', '.join(f'c{i}' for i in range(n))})")
    c.executemany(f"INSERT INTO temp.demo_rows VALUES ({','.join('?' * n)})", rows)
    c.execute(f"INSERT INTO {table} ({columns}) SELECT * FROM temp.demo_rows ORDER BY rowid")
    c.execute("DROP TABLE temp.demo_rows")


def _create(store: Store, *, villages: int, years: int, seed: int,
            progress: Callable[[str, float], None]) -> DemoResult:
    rng = random.Random(seed)
    t = today()
    start = dt.date(t.year - years, t.month, 1)
    names = village_names(villages, rng)
    codes = [f"{i:03d}" for i in range(1, villages + 1)]
    progress("建立乡镇和村", 0.0)
    admin = township.set_up(store, name="青山镇（演示）", code="DEMO", villages=list(zip(codes, names)),
                            admin_username=ADMIN_USER, admin_password=ADMIN_PASSWORD,
                            village_password=VILLAGE_PASSWORD, is_demo=True,
                            pw_hash_cache={})
    vrows = store.query("SELECT id, code, name FROM villages ORDER BY code")
    ctx = DemoContext(rng=rng, today=t, start=start, years=years, villages=vrows, cadres={}, staff=[], links={},
                      admin=admin, progress=progress)
    _people(store, ctx)
    for i, path in enumerate(AREAS):
        progress(path.rsplit(".", 1)[-1], (i + 1) / (len(AREAS) + 1))
        area = importlib.import_module(path)
        if not getattr(area, "RUNS_DEFERRED", False):
            ctx.run_deferred()
        area.generate(store, ctx)
    ctx.run_deferred()
    store.execute("PRAGMA optimize")
    progress("完成", 1.0)
    accounts = [(ADMIN_USER, ADMIN_PASSWORD, "乡镇管理员（看全部村，管理账号）")]
    accounts += [(v["code"], VILLAGE_PASSWORD, f"{v['name']}账号") for v in vrows[:3]]
    if len(vrows) > 3:
        accounts.append((f"{vrows[3]['code']}…{vrows[-1]['code']}", VILLAGE_PASSWORD, "其余各村账号（用户名是村编号）"))
    return DemoResult("青山镇（演示）", accounts, ctx.counts)


POSTS = [("党支部书记", "党建", "男", True), ("村委会主任", "村务", "男", True), ("村委会委员（会计）", "财务", "女", True),
         ("村委会委员", "综治", "男", False), ("妇联主席", "妇联", "女", True), ("团支部书记", "团支部", "男", True),
         ("民兵连长", "民兵", "男", False), ("村委会委员", "计生", "女", False)]


def _people(store: Store, ctx: DemoContext) -> None:
    rng = ctx.rng
    now = now_iso()
    staff_rows: list[tuple[Any, ...]] = []
    n_office = max(6, min(12, len(ctx.villages) // 2 + 1))
    sid = 0
    for i in range(n_office):
        sid += 1
        name, _ = ctx.person()
        staff_rows.append((sid, name, ["党委书记", "镇长", "党委副书记", "纪委书记", "组织委员", "宣传委员", "副镇长",
                                       "武装部长", "统战委员", "人大主席", "政法委员", "副镇长"][i % 12], 1))
    link_rows: list[tuple[int, int, str]] = []
    for idx, v in enumerate(ctx.villages):
        leader = (idx % n_office) + 1
        link_rows.append((v["id"], leader, "leader"))
        ctx.links.setdefault(v["id"], []).append((leader, staff_rows[leader - 1][1], "leader"))
        for role, title in (("instructor", "驻村指导员"), ("liaison", "联村干部")):
            sid += 1
            name, _ = ctx.person()
            staff_rows.append((sid, name, title, 0))
            link_rows.append((v["id"], sid, role))
            ctx.links[v["id"]].append((sid, name, role))
    cadre_rows: list[tuple[Any, ...]] = []
    cid = 0
    # The current term began at the last general election of the two committees (换届, every five years since
    # 2021, in spring); someone appointed since began theirs on appointment.
    y = 2021 + 5 * max(0, (ctx.today.year - 2021) // 5)
    election = dt.date(y, 3, 15) if dt.date(y, 3, 15) <= ctx.today else dt.date(y - 5, 3, 15)
    for v in ctx.villages:
        n = rng.randint(6, 8)
        for post, line, sex0, party in POSTS[:n]:
            cid += 1
            sex = sex0 if rng.random() < 0.85 else ("女" if sex0 == "男" else "男")
            name, _ = ctx.person(sex)
            birth = dt.date(rng.randint(1962, 1995), rng.randint(1, 12), rng.randint(1, 28))
            appointed = dt.date(ctx.today.year - rng.randint(0, 8), rng.randint(1, 12), rng.randint(1, 28))
            if appointed > ctx.today:
                appointed = ctx.today - dt.timedelta(days=200)
            cadre_rows.append((cid, v["id"], name, sex, birth.isoformat(), post, line, int(party),
                               f"13{rng.randint(100000000, 999999999)}", appointed.isoformat(),
                               max(appointed, election).isoformat(), now))
            ctx.cadres.setdefault(v["id"], []).append({"id": cid, "name": name, "post": post, "line": line,
                                                       "sex": sex, "birth_date": birth, "party": party,
                                                       "appointed_on": appointed})
    with store.transaction():
        store.conn.executemany("INSERT INTO township_staff (id, name, title, is_office_member) VALUES (?,?,?,?)",
                               staff_rows)
        store.conn.executemany("INSERT INTO village_links (village_id, staff_id, role) VALUES (?,?,?)", link_rows)
        store.conn.executemany(
            "INSERT INTO cadres (id, village_id, name, sex, birth_date, post, line, party_member, phone, appointed_on,"
            " term_start, created_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)", cadre_rows)
        audit.append(store, SYSTEM, "demo", "cadre", None,
                     extra={"township_staff": len(staff_rows), "cadres": len(cadre_rows)})
    ctx.staff = [{"id": r[0], "name": r[1], "title": r[2], "is_office_member": r[3]} for r in staff_rows]
    ctx.counts["township_staff"] = len(staff_rows)
    ctx.counts["cadres"] = len(cadre_rows)
