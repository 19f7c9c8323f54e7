"""Measurements run in their own process by bench/run.py; each prints one JSON object on its last line.

    probes.py views  DATA --repeat N     every page, tab and all-villages scope to first rows painted
    probes.py memory DATA                peak RSS with the main window open and every view visited
    probes.py core   DATA --repeat N     check, search, meeting PDF, ledger PDF (in-process)
    probes.py import DATA WORK --repeat N  export every village, import them all into an empty archive
"""

from __future__ import annotations

import argparse
import json
import os
import re
import resource
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from sqltrace import SqlTrace, as_json  # noqa: E402

DEMO_ADMIN = ("admin", "admin123")


def rss_now_kb() -> int:
    with open("/proc/self/status") as fh:
        for line in fh:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    return 0


def rss_peak_kb() -> int:
    return int(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)


def township_actor(store: Any) -> Any:
    from villageadmin.core import accounts

    return accounts.authenticate(store, *DEMO_ADMIN)


def emit(result: dict[str, Any]) -> None:
    sys.stdout.write("\n" + json.dumps(result, ensure_ascii=False) + "\n")
    sys.stdout.flush()


# -- GUI ------------------------------------------------------------------------------------------
class PaintWatch:
    """Notes when any item view inside a widget paints its viewport (and with how many rows)."""

    def __init__(self) -> None:
        from PySide6.QtCore import QEvent, QObject

        watch = self

        class Filter(QObject):
            def eventFilter(self, obj: Any, ev: Any) -> bool:  # noqa: N802
                if ev.type() == QEvent.Type.Paint:
                    watch.painted.append(obj)
                return False

        self.filter = Filter()
        self.painted: list[Any] = []
        self.watched: set[int] = set()

    def watch(self, root: Any) -> None:
        from PySide6.QtWidgets import QAbstractItemView, QWidget

        for v in root.findChildren(QAbstractItemView):
            vp = v.viewport()
            if id(vp) not in self.watched:
                vp.installEventFilter(self.filter)
                self.watched.add(id(vp))
        for w in [root, *root.findChildren(QWidget)]:
            if id(w) not in self.watched and not isinstance(w, QAbstractItemView):
                w.installEventFilter(self.filter)
                self.watched.add(id(w))


def visible_views(page: Any) -> list[Any]:
    from PySide6.QtWidgets import QAbstractItemView, QComboBox

    out = []
    for v in page.findChildren(QAbstractItemView):
        if v.isVisible() and v.model() is not None and not isinstance(v.parent(), QComboBox) \
                and v.viewport().isVisible() and v.objectName() != "qt_scrollarea_viewport":
            if type(v).__name__ in ("QComboBoxListView",):
                continue
            out.append(v)
    return out


def wait_painted(app: Any, watch: PaintWatch, page: Any, t0: float, timeout: float = 30.0) -> tuple[float, int]:
    """Seconds from t0 until a visible item view of the page painted with rows; and the rows shown.

    When every shown list stays empty (nothing to show), the time of its first empty paint; with no
    item view shown (a chart, a calendar), the time of the page's first paint.
    """
    from PySide6.QtCore import QEventLoop, QTimer

    # The screen's thread waits for events, as an application's event loop does, woken every 2 ms at the
    # latest: spinning on processEvents kept Python's lock from the page's background work, which then took
    # several times longer than in the app (a sync-page count: 2-6 s instead of under a second).
    waker = QTimer()
    waker.start(2)
    try:
        return _wait_painted(app, watch, page, t0, timeout, QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
    finally:
        waker.stop()


def _wait_painted(app: Any, watch: PaintWatch, page: Any, t0: float, timeout: float, wait: Any) -> tuple[float, int]:
    empty_at: float | None = None
    while True:
        app.processEvents(wait)
        now = time.perf_counter()
        views = visible_views(page)
        ports = {id(v.viewport()): v for v in views}
        painted = [ports[id(o)] for o in watch.painted if id(o) in ports]
        with_rows = [v.model().rowCount() for v in painted if v.model().rowCount() > 0]
        if with_rows:
            return now - t0, max(with_rows)
        if painted or watch.painted:
            # Something of the page painted but no list with rows (yet): an empty list, a chart, or a
            # view that did not need repainting. Wait a little for rows (and for work the page runs in
            # the background, whose rows come later), else take that first paint.
            if empty_at is None:
                empty_at = now
            elif now - empty_at > 0.3 and not background_work():
                return empty_at - t0, 0
        if now - t0 > timeout:
            return now - t0, -1


def background_work() -> bool:
    """Work a page started off the UI thread (ui/ops.run_op) whose result has not come back yet.

    Not the window's own start-up work (the file check the reliability hooks run 3 s after sign-in on
    the global thread pool, about 5 s on a county archive): a page that painted an empty list does not
    wait for it, and waiting for it made a view look as slow as that check."""
    from villageadmin.ui import ops

    return bool(getattr(ops, "_running", None))


def enumerate_views(win: Any) -> list[tuple[str, Any, Any, Any]]:
    """(name, page index, go(), back()) for every page, its tabs and its all-villages scopes."""
    from PySide6.QtWidgets import QComboBox, QTabWidget

    out: list[tuple[str, Any, Any, Any]] = []
    for idx in range(win.stack.count()):
        # Pages are built on their first show (MainWindow.page_at builds one without showing it).
        page = win.page_at(idx) if hasattr(win, "page_at") else win.stack.widget(idx)
        title = page.title()
        out.append((title, idx, None, None))
        tabs = [t for t in page.findChildren(QTabWidget) if t.parent() is not None]
        for tw in tabs:
            for ti in range(1, tw.count()):
                out.append((f"{title} › {tw.tabText(ti).replace('&', '')}", idx,
                            (lambda tw=tw, ti=ti: tw.setCurrentIndex(ti)), (lambda tw=tw: tw.setCurrentIndex(0))))
        for combo in page.findChildren(QComboBox):
            all_i = combo.findData("all")
            if all_i < 0:
                continue
            tab_path = []
            w = combo.parent()
            while w is not None and w is not page:
                p = w.parent()
                if p is not None and p.parent() is not None and isinstance(p.parent(), QTabWidget):
                    tw = p.parent()
                    tab_path.append((tw, tw.indexOf(w)))
                w = p
            label = f"{title} › " + " › ".join(tw.tabText(i).replace("&", "") for tw, i in tab_path if i > 0) \
                + (" › " if any(i > 0 for _tw, i in tab_path) else "") + combo.itemText(all_i)

            def go(combo=combo, all_i=all_i, tab_path=tab_path) -> None:  # noqa: ANN001
                for tw, i in tab_path:
                    tw.setCurrentIndex(i)
                combo.setCurrentIndex(all_i)

            def back(combo=combo, tab_path=tab_path) -> None:  # noqa: ANN001
                combo.setCurrentIndex(0)
                for tw, _i in tab_path:
                    tw.setCurrentIndex(0)

            out.append((label, idx, go, back))
    return out


def open_main_window(data: str) -> tuple[Any, Any, Any, Any, float]:
    from villageadmin.core.store import open_store
    from villageadmin.ui.app import make_app
    from villageadmin.ui.context import AppContext
    from villageadmin.ui.main_window import MainWindow

    app = make_app("zh_CN")
    store = open_store(data)
    actor = township_actor(store)
    t0 = time.perf_counter()
    ctx = AppContext(store, actor)
    win = MainWindow(ctx)
    win.resize(1280, 820)
    watch = PaintWatch()
    watch.watch(win)
    win.show()
    dt, _rows = wait_painted(app, watch, win.stack.currentWidget(), t0)
    return app, store, win, watch, dt


def probe_views(args: argparse.Namespace) -> None:
    from PySide6.QtGui import QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import QTableView

    app, store, win, watch, first = open_main_window(args.data)
    results: list[dict[str, Any]] = []
    hot: dict[str, Any] = {}
    # The first click on each navigation button builds its page: timed once, as its own row.
    for idx in range(1, win.stack.count()):
        watch.painted.clear()
        t0 = time.perf_counter()
        win.nav_group.button(idx).click()
        watch.watch(win.stack.widget(idx))
        dt, rows = wait_painted(app, watch, win.stack.widget(idx), t0)
        watch.watch(win)
        name = f"{win.stack.widget(idx).title()} (first open: page built)"
        results.append({"view": name, "median_ms": dt * 1000, "runs_ms": [round(dt * 1000, 1)], "rows": rows})
        print(f"{name}: {dt * 1000:.0f} ms, {rows} rows", file=sys.stderr)
    views = enumerate_views(win)
    for name, idx, go, back in views:
        times = []
        rows = 0
        trace = SqlTrace(store.conn)
        for rep in range(args.repeat):
            # Start from another page, as a person clicking the navigation buttons would.
            other = (idx + 1) % win.stack.count()
            win.show_page(other)
            app.processEvents()
            if back is not None:
                win.show_page(idx)
                app.processEvents()
                back()
                app.processEvents()
                watch.painted.clear()
                t0 = time.perf_counter()
                if rep == args.repeat - 1:
                    with trace:
                        go()
                        dt, rows = wait_painted(app, watch, win.stack.widget(idx), t0)
                else:
                    go()
                    dt, rows = wait_painted(app, watch, win.stack.widget(idx), t0)
            else:
                watch.painted.clear()
                t0 = time.perf_counter()
                if rep == args.repeat - 1:
                    with trace:
                        win.nav_group.button(idx).click()
                        dt, rows = wait_painted(app, watch, win.stack.widget(idx), t0)
                else:
                    win.nav_group.button(idx).click()
                    dt, rows = wait_painted(app, watch, win.stack.widget(idx), t0)
            watch.watch(win)
            times.append(dt)
        if back is not None:
            back()
            app.processEvents()
        results.append({"view": name, "median_ms": statistics.median(times) * 1000,
                        "runs_ms": [round(t * 1000, 1) for t in times], "rows": rows})
        hot[name] = as_json(trace.hot(2, min_seconds=0.002))
        print(f"{name}: {statistics.median(times) * 1000:.0f} ms, {rows} rows", file=sys.stderr)

    # Floor: a bare QTableView over 200 rows of text, shown and painted in the same process.
    floor = []
    for _ in range(args.repeat):
        model = QStandardItemModel(0, 5)
        view = QTableView()
        view.resize(1000, 600)
        pw = PaintWatch()
        pw.watch(view)
        t0 = time.perf_counter()
        for r in range(200):
            model.appendRow([QStandardItem(f"第{r}行第{c}列") for c in range(5)])
        view.setModel(model)
        view.show()
        while not pw.painted:
            app.processEvents()
        floor.append(time.perf_counter() - t0)
        view.close()
        view.deleteLater()
        app.processEvents()
    emit({"views": results, "main_window_ms": first * 1000, "floor_ms": statistics.median(floor) * 1000,
          "hot": hot})
    store.close()


def probe_memory(args: argparse.Namespace) -> None:
    app, store, win, watch, _first = open_main_window(args.data)
    for _name, idx, go, back in enumerate_views(win):
        win.nav_group.button(idx).click()
        t0 = time.perf_counter()
        if go is not None:
            go()
        wait_painted(app, watch, win.stack.widget(idx), t0, timeout=60)
        # Scroll every shown list to its end, as a person reading it all would.
        for v in visible_views(win.stack.widget(idx)):
            v.scrollToBottom()
            app.processEvents()
        if back is not None:
            back()
        app.processEvents()
    emit({"peak_rss_kb": rss_peak_kb(), "rss_kb": rss_now_kb()})
    store.close()


# -- core -----------------------------------------------------------------------------------------
SEARCH_TERMS = {
    1: ["水", "路", "党", "医", "灯"],
    2: ["道路", "防汛", "党员", "低保", "路灯"],
    3: ["村道路", "秸秆禁", "医保缴", "卫生室", "合作社"],
    4: ["秸秆禁烧", "森林防火", "人居环境", "垃圾分类", "土地确权"],
}


def timed(fn: Any, repeat: int) -> list[float]:
    out = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        out.append(time.perf_counter() - t0)
    return out


def probe_core(args: argparse.Namespace) -> None:
    from villageadmin.core import checks, search
    from villageadmin.core.store import open_store

    store = open_store(args.data, read_only=False)
    actor = township_actor(store)
    out: dict[str, Any] = {"hot": {}}

    # check, in-process (the CLI's wall time is measured by run.py)
    trace = SqlTrace(store.conn)
    n_findings = 0

    def run_check() -> None:
        nonlocal n_findings
        n_findings = len(checks.run(store, actor))

    run_check()  # warm the page cache like any second run
    times = timed(run_check, max(1, args.repeat - 1))
    with trace:
        run_check()
    out["check_ms"] = statistics.median(times) * 1000
    out["check_findings"] = n_findings
    out["hot"]["check"] = as_json(trace.hot(5, min_seconds=0.005))

    # search over county minutes (township: every village)
    per_len: dict[str, float] = {}
    all_times = []
    hits: dict[str, int] = {}
    floor_times = []
    trace = SqlTrace(store.conn)
    for n, terms in SEARCH_TERMS.items():
        lt = []
        for term in terms:
            search.search_meetings(store, term)  # warm
            ts = timed(lambda term=term: hits.__setitem__(term, len(search.search_meetings(store, term))),
                       args.repeat)
            lt += ts
            expr = search.match_expression(term)
            floor_times += timed(lambda expr=expr: store.conn.execute(
                "SELECT rowid FROM meeting_fts WHERE meeting_fts MATCH ? ORDER BY rowid DESC LIMIT 100",
                (expr,)).fetchall(), args.repeat)
        per_len[str(n)] = statistics.median(lt) * 1000
        all_times += lt
    with trace:
        search.search_meetings(store, "道路")
    out["search_ms"] = statistics.median(all_times) * 1000
    out["search_by_length_ms"] = per_len
    out["search_hits"] = hits
    out["search_floor_ms"] = statistics.median(floor_times) * 1000
    out["hot"]["search"] = as_json(trace.hot(3))

    # one meeting record PDF, font registered
    from villageadmin.core.reports import fonts, meeting

    with tempfile.TemporaryDirectory() as tmp:
        mid = int(store.scalar("SELECT id FROM meetings WHERE kind='work' ORDER BY id DESC LIMIT 1"))
        pdf = Path(tmp) / "m.pdf"
        meeting.render(store, actor, mid, pdf)  # registers the font
        times = timed(lambda: meeting.render(store, actor, mid, pdf), args.repeat * 2)
        out["meeting_pdf_ms"] = statistics.median(times) * 1000
        trace = SqlTrace(store.conn)
        with trace:
            meeting.render(store, actor, mid, pdf)
        out["hot"]["meeting_pdf"] = as_json(trace.hot(2))
        # floor: a one-page PDF with one paragraph in the same registered font
        from reportlab.lib.styles import ParagraphStyle
        from reportlab.platypus import Paragraph, SimpleDocTemplate

        font = fonts.register().name
        style = ParagraphStyle("p", fontName=font, fontSize=11, wordWrap="CJK")

        def bare() -> None:
            SimpleDocTemplate(str(Path(tmp) / "f.pdf")).build([Paragraph("村干部工作例会记录" * 20, style)])

        bare()
        out["pdf_floor_ms"] = statistics.median(timed(bare, args.repeat * 2)) * 1000

        ledger = ledger_renderer(store, actor)
        if ledger is None:
            out["ledger_pdf_ms"] = None
            out["ledger_note"] = "no ledger report in the expenses module yet"
        else:
            render, rows, note = ledger
            render(Path(tmp) / "l.pdf")
            times = timed(lambda: render(Path(tmp) / "l.pdf"), args.repeat)
            out["ledger_pdf_ms"] = statistics.median(times) * 1000
            out["ledger_rows"] = rows
            out["ledger_note"] = note
            trace = SqlTrace(store.conn)
            with trace:
                render(Path(tmp) / "l.pdf")
            out["hot"]["ledger_pdf"] = as_json(trace.hot(2))

    # What else a township officer waits for (no target in the issue): the 各村总览 figures, which the
    # overview page works out in the background, and the township summary PDF for the township meeting.
    from villageadmin.core.clock import today
    from villageadmin.core.sync import overview as ov

    year = today().year
    out["overview_s"] = statistics.median(timed(lambda: ov.overview(store, actor, year=year), 2))
    with tempfile.TemporaryDirectory() as tmp:
        from villageadmin.core.reports import township_summary

        t0 = time.perf_counter()
        township_summary.render(store, actor, Path(tmp) / "s.pdf", year=year)
        out["summary_pdf_s"] = time.perf_counter() - t0
    emit(out)
    store.close()


def ledger_renderer(store: Any, actor: Any) -> tuple[Any, int, str] | None:
    """The expenses ledger (reports/expense_ledger.py) of one village-year with 1,000 expense rows.

    No demo village-year has that many (the busiest has about 200), so a one-village demo archive is
    built beside the county one and that village's busiest year is topped up to 1,000 rows with copies
    of its own rows (same kinds, amounts and states; new ids)."""
    try:
        from villageadmin.core.reports import expense_ledger
    except ImportError:
        return None
    from villageadmin.core import demo
    from villageadmin.core.store import open_store

    target = 1000
    folder = Path(tempfile.mkdtemp(prefix="va-ledger-"))
    demo.create(folder, villages=1, years=3)
    small = open_store(folder)
    vid, year, have = small.execute(
        "SELECT village_id, substr(spent_on, 1, 4), count(*) FROM expenses GROUP BY 1, 2 ORDER BY 3 DESC LIMIT 1"
    ).fetchone()
    cols = [r[1] for r in small.execute("PRAGMA table_info(expenses)") if r[1] != "id"]
    names = ", ".join(cols)
    with small.transaction():
        while have < target:
            small.execute(f"INSERT INTO expenses ({names}) SELECT {names} FROM expenses WHERE village_id=? "
                          "AND substr(spent_on, 1, 4)=? ORDER BY id LIMIT ?", [vid, year, target - have])
            have = small.execute("SELECT count(*) FROM expenses WHERE village_id=? AND substr(spent_on, 1, 4)=?",
                                 [vid, year]).fetchone()[0]
    small_actor = township_actor(small)

    def render(path: Path) -> None:
        expense_ledger.render(small, small_actor, vid, int(year), None, path)

    return render, have, f"one demo village's {year} topped up to {have} expense rows"


# -- import ---------------------------------------------------------------------------------------
def probe_import(args: argparse.Namespace) -> None:
    from villageadmin.core import accounts, township
    from villageadmin.core.store import open_store
    from villageadmin.core.sync import bundle, importer, keys

    work = Path(args.work)
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    # The villages' own PCs: a copy of the county archive that exports every village's file.
    src_dir = work / "villages"
    src_dir.mkdir()
    t0 = time.perf_counter()
    s0 = open_store(args.data)
    s0.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    s0.conn.execute("VACUUM INTO ?", (str(src_dir / "villageadmin.db"),))
    s0.close()
    src = open_store(src_dir)
    admin = township_actor(src)
    stick = work / "stick"
    stick.mkdir()
    vs = township.villages(src)
    if args.sample:
        vs = vs[:args.sample]  # a sample of the villages: the rate, not the total, is the figure
    key_bodies = []
    for v in vs:
        bundle.export_village(src, admin, v["id"], stick)
        key_bodies.append(json.dumps(keys.key_file(src, admin, village_id=v["id"])).encode())
    src.close()
    export_s = time.perf_counter() - t0
    stick_bytes = sum(p.stat().st_size for p in stick.iterdir())
    print(f"exported {len(vs)} files ({stick_bytes / 1e6:.1f} MB) in {export_s:.1f} s", file=sys.stderr)

    # An empty township archive with the villages set up and their keys enrolled: the template.
    tpl = work / "template"
    arch = open_store(tpl)
    township.set_up(arch, name="青山镇（演示）", code="DEMO", villages=[(v["code"], v["name"]) for v in vs],
                    admin_username="admin", admin_password=DEMO_ADMIN[1])
    a_admin = accounts.authenticate(arch, *DEMO_ADMIN)
    for body in key_bodies:
        keys.enrol(arch, a_admin, keys.read_key_file(body))
    arch.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    arch.close()

    tables: list[str] = []
    times = []
    rows_imported = 0
    report = None
    hot: list[Any] = []
    for rep in range(args.repeat):
        target = work / f"archive{rep}"
        shutil.copytree(tpl, target)
        arch = open_store(target)
        a_admin = accounts.authenticate(arch, *DEMO_ADMIN)
        before = table_counts(arch)
        t0 = time.perf_counter()
        report = importer.import_files(arch, a_admin, [stick])
        times.append(time.perf_counter() - t0)
        after = table_counts(arch)
        derived = _kept_by_triggers(arch)
        changed = {t: after[t] - before.get(t, 0) for t in after if after[t] != before.get(t, 0)
                   and not _bookkeeping(t) and t not in derived}
        rows_imported = sum(v for v in changed.values() if v > 0)
        tables = sorted(changed)
        arch.close()
        print(f"import {rep + 1}: {times[-1]:.1f} s, {rows_imported} rows", file=sys.stderr)
        if rep < args.repeat - 1:
            shutil.rmtree(target)
    assert report is not None
    # Where an import's time goes: the statements of an import of the first two files, traced apart from
    # the timed runs (the trace expands every row's statement: it costs more than the import itself).
    target = work / "traced"
    shutil.copytree(tpl, target)
    arch = open_store(target)
    trace = SqlTrace(arch.conn)
    with trace:
        importer.import_files(arch, accounts.authenticate(arch, *DEMO_ADMIN), sorted(stick.iterdir())[:2])
    hot = as_json(trace.hot(4, min_seconds=0.01))
    arch.close()
    shutil.rmtree(target)
    statuses: dict[str, int] = {}
    for f in report.files:
        statuses[f.status] = statuses.get(f.status, 0) + 1

    # Floor: the same rows, written with one executemany per table in one transaction into a copy of
    # the empty template (same schema, indexes and triggers).
    last = open_store(work / f"archive{args.repeat - 1}")
    floor_times = []
    for rep in range(args.repeat):
        target = work / f"floor{rep}"
        shutil.copytree(tpl, target)
        raw = open_store(target)
        data = []
        for t in tables:
            cols = [r[1] for r in last.conn.execute(f"PRAGMA table_info({t})")] if not t.endswith("_fts") \
                else ["rowid", *[r[1] for r in last.conn.execute(f"PRAGMA table_info({t})")]]
            rows = last.conn.execute(f"SELECT {', '.join(cols)} FROM {t}").fetchall()
            existing = {r[0] for r in raw.conn.execute(f"SELECT rowid FROM {t}")}
            rows = [r for r in rows if r[0] not in existing]
            data.append((t, cols, rows))
        raw.conn.execute("PRAGMA foreign_keys=OFF")  # the rows' own order, not the sync order
        t0 = time.perf_counter()
        raw.conn.execute("BEGIN")
        for t, cols, rows in data:
            raw.conn.executemany(f"INSERT INTO {t} ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})", rows)
        raw.conn.execute("COMMIT")
        floor_times.append(time.perf_counter() - t0)
        floor_rows = sum(len(r) for _t, _c, r in data)
        raw.close()
        shutil.rmtree(target)
        print(f"floor {rep + 1}: {floor_times[-1]:.1f} s, {floor_rows} rows", file=sys.stderr)
    last.close()
    emit({"import_s": statistics.median(times), "runs_s": times, "rows": rows_imported, "tables": changed,
          "floor_s": statistics.median(floor_times), "floor_rows": floor_rows, "files": len(report.files),
          "statuses": statuses, "export_s": export_s, "stick_mb": stick_bytes / 1e6, "hot": hot})


def _kept_by_triggers(store: Any) -> set[str]:
    """Tables that triggers write (running totals): the floor's inserts fire the same triggers, so their rows
    are neither the files' rows nor inserted again by the floor."""
    target = re.compile(r"\b(?:UPDATE|INSERT(?:\s+OR\s+\w+)?\s+INTO|REPLACE\s+INTO)\s+(\w+)", re.IGNORECASE)
    return {m.group(1) for (sql,) in store.conn.execute("SELECT sql FROM sqlite_master WHERE type='trigger'")
            for m in target.finditer(sql or "")}


def _bookkeeping(table: str) -> bool:
    """Tables an import writes about the records rather than the records themselves."""
    return table in ("audit_log", "import_log", "settings") or table.startswith(("sync_", "_"))


def table_counts(store: Any) -> dict[str, int]:
    names = [r[0] for r in store.conn.execute(
        "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'"
        " AND name NOT LIKE '%_fts_%' AND sql NOT LIKE 'CREATE VIRTUAL%'")]
    names += [r[0] for r in store.conn.execute(
        "SELECT name FROM sqlite_master WHERE type='table' AND sql LIKE 'CREATE VIRTUAL%'")]
    return {n: int(store.scalar(f"SELECT count(*) FROM {n}")) for n in names}


def main() -> None:
    p = argparse.ArgumentParser()
    p.add_argument("probe", choices=["views", "memory", "core", "import"])
    p.add_argument("data")
    p.add_argument("work", nargs="?")
    p.add_argument("--repeat", type=int, default=5)
    p.add_argument("--sample", type=int, default=0, help="import: only the first N villages")
    args = p.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    {"views": probe_views, "memory": probe_memory, "core": probe_core, "import": probe_import}[args.probe](args)


if __name__ == "__main__":
    main()
