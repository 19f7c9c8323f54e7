"""Reserve-cadre rule findings: 2–3 key candidates per village, reviews held on time, women in the pool."""

from __future__ import annotations

from typing import TYPE_CHECKING

from villageadmin.core import cadre_reviews, cadre_stats
from villageadmin.core.checks import Finding
from villageadmin.core.clock import today

if TYPE_CHECKING:
    from villageadmin.core.store import Store

MODULE = "cadres"


def findings(store: Store, village_ids: list[int]) -> list[Finding]:
    if not village_ids:
        return []
    t = today()
    out: list[Finding] = []
    stats = cadre_stats.pool_statistics(store, village_ids, on=t)
    lo, hi = stats.key_min, stats.key_max
    for s in stats.villages:
        if s.key_state == "short":
            out.append(Finding(s.village_code, MODULE, "key_candidates_short", "error",
                               f"{s.village_name}重点培养的后备干部只有 {s.key} 人，每村应有 {lo}–{hi} 人"
                               f"（后备干部库共 {s.pool} 人）"))
        elif s.key_state == "over":
            out.append(Finding(s.village_code, MODULE, "key_candidates_over", "warning",
                               f"{s.village_name}重点培养的后备干部有 {s.key} 人，每村应有 {lo}–{hi} 人"))
        if s.pool and not s.women:
            out.append(Finding(s.village_code, MODULE, "pool_no_women", "warning",
                               f"{s.village_name}后备干部库 {s.pool} 人中没有女性，应注意提高女性比例"))
    for r in cadre_reviews.pending(store, village_ids, on=t, horizon_days=0):
        if not r.overdue:
            continue
        out.append(Finding(r.village_code, MODULE, "review_overdue", "error",
                           f"{r.name}（{r.post}）{r.label}应于 {r.due_on} 进行，已逾期 {r.days} 天，没有考察记录",
                           r.cadre_id, "cadre", r.due_on))
    return out
