"""Entry point the benchmark and other tools look for: the expense ledger of a village for a year
(or a month), the same document as ``expense_ledger``."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from villageadmin.core.accounts import Actor
from villageadmin.core.clock import today
from villageadmin.core.reports import expense_ledger

if TYPE_CHECKING:
    from villageadmin.core.store import Store


def render_ledger(store: Store, actor: Actor, village_id: int, out: str | Path, *, year: int | None = None,
                  month: int | None = None) -> Path:
    """The ledger by kind of one village for ``year`` (default this year), or one month of it."""
    return expense_ledger.render(store, actor, village_id, year or today().year, month, out)
