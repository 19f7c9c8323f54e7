"""Background reads run below the screen's priority; the work the officer waits for does not."""

from __future__ import annotations

import os
import sys
import threading

import pytest

from villageadmin.ui import ops

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="a thread's nice value is Linux's")


def _nice() -> int:
    return os.getpriority(os.PRIO_PROCESS, threading.get_native_id())


def test_a_background_read_runs_below_the_screen(qtbot, store):  # noqa: ANN001
    screen = _nice()
    got: list[int] = []
    ops.run_read(None, store, lambda _own: _nice(), on_success=got.append)
    qtbot.waitUntil(lambda: bool(got), timeout=10000)
    assert got[0] >= min(screen + 10, 19)
    assert _nice() == screen  # the UI thread keeps its own


def test_store_work_keeps_the_screens_priority(qtbot, store):  # noqa: ANN001
    got: list[int] = []
    ops.run_op(None, _nice, on_success=got.append)
    qtbot.waitUntil(lambda: bool(got), timeout=10000)
    assert got[0] == _nice()
