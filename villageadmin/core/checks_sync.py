"""Sync findings at the township: a village not heard from for too long, files held for a missing number."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from villageadmin.core.checks import Finding
from villageadmin.core.clock import today

if TYPE_CHECKING:
    from villageadmin.core.store import Store

MODULE = "sync"
STALE_DAYS = 45


def findings(store: Store, village_ids: list[int]) -> list[Finding]:
    if not village_ids:
        return []
    t = today()
    marks = ",".join("?" * len(village_ids))
    out: list[Finding] = []
    for code, name, last_seq, received, enrolled in store.execute(
            f"SELECT v.code, v.name, p.last_seq, p.last_received_at, p.enrolled_at FROM sync_peers p"
            f" JOIN villages v ON v.id=p.village_id WHERE p.kind='village' AND p.village_id IN ({marks})",
            village_ids):
        since = received or enrolled
        days = (t - dt.date.fromisoformat(since[:10])).days
        if days <= STALE_DAYS:
            continue
        if last_seq:
            msg = f"{name}已经 {days} 天没有报送文件（最近收到第 {last_seq} 号，{received[:10]}）"
        else:
            msg = f"{name}登记密钥已经 {days} 天，还没有报送过文件"
        out.append(Finding(code, MODULE, "no_file_lately", "warning", msg, None, None, (received or enrolled)[:10]))
    for code, name, seq, at, reason in store.execute(
            f"SELECT v.code, v.name, i.seq, i.at, i.reason FROM sync_imports i JOIN villages v ON v.id=i.village_id"
            f" WHERE i.status='held' AND i.resolved=0 AND i.village_id IN ({marks}) ORDER BY i.seq", village_ids):
        out.append(Finding(code, MODULE, "file_held", "warning",
                           f"{name}第 {seq} 号文件暂存待确认：{reason}", None, None, at[:10]))
    return out
