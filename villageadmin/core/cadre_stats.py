"""Reserve-pool statistics for one village and for the township.

Pool size, key candidates against the 2–3 target, women's share (and its trend by year), age
bands, schooling and party membership. Ages are computed on the day asked for.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from villageadmin.core import policy
from villageadmin.core.accounts import Actor, require_read, visible_village_ids
from villageadmin.core.cadres import PARTY_MEMBERS, SCHOOLING, age_on
from villageadmin.core.clock import today

if TYPE_CHECKING:
    from villageadmin.core.store import Store

# Age bands (upper bound inclusive, label). The last band has no upper bound.
AGE_BANDS: list[tuple[int | None, str]] = [(30, "30岁及以下"), (35, "31–35岁"), (40, "36–40岁"), (45, "41–45岁"),
                                           (None, "46岁及以上")]
UNKNOWN_SCHOOLING = "未填"


def age_band(age: int) -> str:
    for upper, name in AGE_BANDS:
        if upper is None or age <= upper:
            return name
    return AGE_BANDS[-1][1]


def born_by(on: dt.date, years: int) -> dt.date:
    """The last birth date of someone ``years`` old or older on ``on``: age_on(birth, on) >= years ⟺
    birth <= born_by(on, years) (29 February counted as age_on counts it)."""
    try:
        d = on.replace(year=on.year - years)
    except ValueError:  # 29 February, and that year has none
        d = dt.date(on.year - years, 2, 28)
    one = dt.timedelta(days=1)
    while age_on(d + one, on) >= years:
        d += one
    while age_on(d, on) < years:
        d -= one
    return d


def key_target(store: Store, on: dt.date | None = None) -> tuple[int, int]:
    """The township's key-candidate target per village (default 2–3)."""
    sec = policy.section(store, "cadres", on or today())
    return int(sec.get("key_candidates_min", 2)), int(sec.get("key_candidates_max", 3))


def key_state(n_key: int, lo: int, hi: int) -> str:
    """'short' below the target, 'over' above it, 'ok' within (both ends included)."""
    if n_key < lo:
        return "short"
    if n_key > hi:
        return "over"
    return "ok"


@dataclass
class PoolStats:
    village_id: int | None  # None for the township total
    village_code: str
    village_name: str
    pool: int = 0
    key: int = 0
    women: int = 0
    party: int = 0
    age_bands: dict[str, int] = field(default_factory=lambda: {name: 0 for _u, name in AGE_BANDS})
    schooling: dict[str, int] = field(default_factory=lambda: {s: 0 for s in [*SCHOOLING, UNKNOWN_SCHOOLING]})
    key_state: str = "short"
    key_women: int = 0
    under_36: int = 0  # 35 and younger: the young cadres the township wants

    @property
    def women_percent(self) -> float:
        return 100.0 * self.women / self.pool if self.pool else 0.0

    @property
    def party_percent(self) -> float:
        return 100.0 * self.party / self.pool if self.pool else 0.0

    def add(self, sex: str, party_status: str, schooling: str, age: int, tier: str) -> None:
        self.pool += 1
        self.women += sex == "女"
        self.party += party_status in PARTY_MEMBERS
        self.age_bands[age_band(age)] += 1
        self.schooling[schooling if schooling in self.schooling else UNKNOWN_SCHOOLING] += 1
        self.under_36 += age <= 35
        if tier == "key":
            self.key += 1
            self.key_women += sex == "女"


@dataclass
class Statistics:
    on: str
    key_min: int
    key_max: int
    villages: list[PoolStats]
    total: PoolStats

    @property
    def villages_short(self) -> int:
        return sum(1 for v in self.villages if v.key_state == "short")

    @property
    def villages_over(self) -> int:
        return sum(1 for v in self.villages if v.key_state == "over")

    @property
    def villages_without_women(self) -> int:
        return sum(1 for v in self.villages if v.pool and not v.women)


def statistics(store: Store, actor: Actor, *, village_ids: list[int] | None = None,
               on: dt.date | None = None) -> Statistics:
    """The pool as it stood on ``on`` (default today), per village and in total."""
    ids = village_ids if village_ids is not None else visible_village_ids(store, actor)
    for vid in ids:
        require_read(actor, vid)
    return pool_statistics(store, ids, on=on or today())


def pool_statistics(store: Store, village_ids: list[int], *, on: dt.date) -> Statistics:
    lo, hi = key_target(store, on)
    per: dict[int, PoolStats] = {}
    if village_ids:
        marks = ",".join("?" * len(village_ids))
        for vid, code, name in store.execute(f"SELECT id, code, name FROM villages WHERE id IN ({marks})"
                                             " ORDER BY code", village_ids):
            per[vid] = PoolStats(vid, code, name)
        d = on.isoformat()
        party_in = ",".join("?" * len(PARTY_MEMBERS))
        # Counted in SQL, one row per village: the age bands as "born after" days worked out once for ``on``
        # (age_on(birth, on) <= upper ⟺ birth > born_by(on, upper + 1)), not an age per person in Python
        # (a county's pool of five thousand: 37 → 23 ms).
        uppers = [upper for upper, _name in AGE_BANDS if upper is not None]
        after = [born_by(on, upper + 1).isoformat() for upper in uppers]
        young = born_by(on, 36).isoformat()
        school = ", ".join("sum(schooling IS ?)" for _s in SCHOOLING)
        bands_sql = ", ".join("sum(birth_date > ?)" for _u in uppers)
        # In the pool on that day: entered by then, and not yet appointed or gone.
        # The tier is today's: a past day's tier is not kept.
        for vid, pool, women, party, key, key_women, under_36, *counts in store.execute(
                f"SELECT village_id, count(*), sum(sex IS '女'), sum(coalesce(party_status IN ({party_in}), 0)),"
                f" sum(tier IS 'key'), sum(tier IS 'key' AND sex IS '女'), sum(birth_date > ?), {bands_sql},"
                f" {school} FROM reserve_candidates WHERE village_id IN ({marks}) AND entered_on <= ?"
                f" AND coalesce(appointed_on, left_on, '9999-12-31') > ? GROUP BY village_id",
                (*PARTY_MEMBERS, young, *after, *SCHOOLING, *village_ids, d, d)):
            s = per[vid]
            s.pool, s.women, s.party, s.key, s.key_women, s.under_36 = pool, women, party, key, key_women, under_36
            below = 0  # people in the bands so far
            for (_upper, name), n in zip(AGE_BANDS, counts[:len(uppers)], strict=False):
                s.age_bands[name] = n - below
                below = n
            s.age_bands[AGE_BANDS[-1][1]] = pool - below
            known = 0
            for name, n in zip(SCHOOLING, counts[len(uppers):], strict=True):
                s.schooling[name] = n
                known += n
            s.schooling[UNKNOWN_SCHOOLING] = pool - known
    total = PoolStats(None, "", "全乡镇")
    for s in per.values():
        s.key_state = key_state(s.key, lo, hi)
        for attr in ("pool", "key", "women", "party", "key_women", "under_36"):
            setattr(total, attr, getattr(total, attr) + getattr(s, attr))
        for k, n in s.age_bands.items():
            total.age_bands[k] += n
        for k, n in s.schooling.items():
            total.schooling[k] += n
    total.key_state = "ok"
    return Statistics(on.isoformat(), lo, hi, list(per.values()), total)


@dataclass
class YearPoint:
    year: int
    on: str  # the day counted: 31 Dec, or today for the current year
    pool: int
    women: int
    entered: int  # entered the pool during the year
    women_entered: int

    @property
    def women_percent(self) -> float:
        return 100.0 * self.women / self.pool if self.pool else 0.0


def women_trend(store: Store, actor: Actor, *, village_ids: list[int] | None = None,
                years: int = 6) -> list[YearPoint]:
    """Women in the pool at each year's end (this year: today), for the last ``years`` years."""
    ids = village_ids if village_ids is not None else visible_village_ids(store, actor)
    for vid in ids:
        require_read(actor, vid)
    t = today()
    out: list[YearPoint] = []
    if not ids:
        return out
    marks = ",".join("?" * len(ids))
    # The same entry and leaving days (and sex) counted once: a county's pool has a few distinct ones.
    rows = store.execute(f"SELECT sex = '女', entered_on, coalesce(appointed_on, left_on), count(*)"
                         f" FROM reserve_candidates WHERE village_id IN ({marks}) GROUP BY 1, 2, 3", ids).fetchall()
    for year in range(t.year - years + 1, t.year + 1):
        day = min(dt.date(year, 12, 31), t).isoformat()
        start = f"{year}-01-01"
        pool = women = entered = women_entered = 0
        for woman, entered_on, out_on, n in rows:
            if entered_on <= day and (out_on is None or out_on > day):
                pool += n
                if woman:
                    women += n
            if start <= entered_on <= day:
                entered += n
                if woman:
                    women_entered += n
        out.append(YearPoint(year, day, pool, women, entered, women_entered))
    return out


def as_table(stats: Statistics) -> list[dict[str, Any]]:
    """One plain row per village plus the total, for exports and the CLI."""
    rows = []
    for s in [*stats.villages, stats.total]:
        rows.append({"village": s.village_code, "village_name": s.village_name, "pool": s.pool, "key": s.key,
                     "key_state": s.key_state, "women": s.women, "women_percent": round(s.women_percent, 1),
                     "party": s.party, "under_36": s.under_36, **s.age_bands, **s.schooling})
    return rows
