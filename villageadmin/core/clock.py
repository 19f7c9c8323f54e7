"""The app's idea of "now", overridable for tests and deterministic demos (VILLAGEADMIN_TODAY)."""

from __future__ import annotations

import datetime as dt
import os


def today() -> dt.date:
    fixed = os.environ.get("VILLAGEADMIN_TODAY")
    if fixed:
        return dt.date.fromisoformat(fixed)
    return dt.date.today()


def now_iso() -> str:
    """Local wall-clock time to the second, ISO text."""
    fixed = os.environ.get("VILLAGEADMIN_TODAY")
    if fixed:
        return f"{fixed}T{dt.datetime.now().strftime('%H:%M:%S')}"
    return dt.datetime.now().replace(microsecond=0).isoformat()
