"""County-scale benchmark (issue 8): build a 500-village, 10-year archive, measure what a township
officer waits for, write bench/RESULTS.md, exit 1 if a target is missed.

    .venv/bin/python bench/run.py                 the full run (what `make bench` does)
    .venv/bin/python bench/run.py --reuse         keep bench/work/county if it is there (no demo timing)
    .venv/bin/python bench/run.py --only views    one figure (startup, views, memory, check, search, pdf,
                                                  import, demo); RESULTS.md is written only by a full run

Every figure is measured several times; the table gives the median and its ratio to a floor measured
in the same run (the floor is the least the same work could cost: a bare Qt window, a raw FTS query,
a raw executemany …). Each measurement that needs a clean process gets one (bench/probes.py).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import re
import resource
import shutil
import sqlite3
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT / "bench"
WORK = BENCH / "work"
COUNTY = WORK / "county"
PY = sys.executable
TODAY = "2026-11-27"  # fixed so that every run builds the same archive

ENV = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "VILLAGEADMIN_TODAY": TODAY,
       "VILLAGEADMIN_CONFIG": str(WORK / "config")}
ENV.pop("PYTHONDONTWRITEBYTECODE", None)
ENV.pop("VILLAGEADMIN_DATA", None)
ENV.pop("VILLAGEADMIN_FAST_HASH", None)


def log(msg: str) -> None:
    print(f"[bench {time.strftime('%H:%M:%S')}] {msg}", file=sys.stderr, flush=True)


def run(cmd: list[str], *, timeout: float = 3600, check: bool = True) -> subprocess.CompletedProcess[str]:
    p = subprocess.run(cmd, env=ENV, cwd=ROOT, capture_output=True, text=True, timeout=timeout)
    if check and p.returncode != 0:
        raise RuntimeError(f"{' '.join(cmd)} failed ({p.returncode}):\n{p.stdout[-2000:]}\n{p.stderr[-4000:]}")
    return p


def probe(name: str, *args: str, timeout: float = 3600) -> dict[str, Any] | None:
    """The probe's JSON, or None (logged) when it failed: the other figures are still measured."""
    log(f"probe {name} …")
    try:
        p = run([PY, str(BENCH / "probes.py"), name, *args], timeout=timeout)
    except (RuntimeError, subprocess.TimeoutExpired) as exc:
        log(f"probe {name} FAILED: {str(exc)[-3000:]}")
        return None
    for line in p.stderr.splitlines():
        if line.strip() and "propagateSizeHints" not in line:
            print("    " + line, file=sys.stderr)
    return json.loads(p.stdout.strip().splitlines()[-1])


def median(xs: list[float]) -> float:
    return statistics.median(xs)


# -- machine ----------------------------------------------------------------------------------------
def machine() -> dict[str, str]:
    cpu = platform.processor() or ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    ram = ""
    try:
        kb = int(re.search(r"MemTotal:\s+(\d+)", Path("/proc/meminfo").read_text()).group(1))  # type: ignore[union-attr]
        ram = f"{kb / 1024 / 1024:.1f} GiB"
    except (OSError, AttributeError):
        pass
    p = run([PY, "-c", "import PySide6, reportlab, sqlite3, sys; print(PySide6.__version__, reportlab.Version,"
                       " sqlite3.sqlite_version, sys.version.split()[0])"])
    pyside, rl, sqlite_v, py = p.stdout.split()
    load = os.getloadavg()
    commit = run(["git", "rev-parse", "--short", "HEAD"], check=False).stdout.strip()
    dirty = run(["git", "status", "--porcelain", "--untracked-files=no"], check=False).stdout.strip()
    return {"CPU": cpu, "cores": str(os.cpu_count()), "RAM": ram, "OS": platform.platform(),
            "Python": py, "SQLite": sqlite_v, "PySide6": pyside, "reportlab": rl,
            "date": dt.datetime.now().strftime("%Y-%m-%d %H:%M"),
            "load average at start": f"{load[0]:.2f} {load[1]:.2f} {load[2]:.2f}",
            "commit": commit + (" (with uncommitted changes)" if dirty else "")}


# -- figures ----------------------------------------------------------------------------------------
def child_cpu() -> float:
    """CPU seconds used so far by finished child processes (user + system)."""
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


def build_demo(target: Path, villages: int, years: int) -> tuple[float, str, float]:
    shutil.rmtree(target, ignore_errors=True)
    t0, c0 = time.perf_counter(), child_cpu()
    p = run([PY, "-m", "villageadmin", "demo", "--data", str(target), "--villages", str(villages),
             "--years", str(years)])
    return time.perf_counter() - t0, p.stdout, child_cpu() - c0


def county_counts(path: Path) -> dict[str, int]:
    conn = sqlite3.connect(f"file:{path / 'villageadmin.db'}?mode=ro", uri=True)
    try:
        names = [r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'"
            " AND name NOT LIKE '%fts_%' AND name NOT LIKE '\\_%' ESCAPE '\\' ORDER BY name")]
        return {n: int(conn.execute(f"SELECT count(*) FROM {n}").fetchone()[0]) for n in names}
    finally:
        conn.close()


def ready_ms(cmd: list[str]) -> float:
    p = run(cmd, timeout=120)
    m = re.search(r"ready in (\d+) ms", p.stdout)
    if not m:
        raise RuntimeError(f"no 'ready in' from {cmd}: {p.stdout} {p.stderr}")
    return float(m.group(1))


def measure_startup(repeat: int) -> dict[str, Any]:
    app = [PY, "-m", "villageadmin", "--data", str(COUNTY), "--ready-exit"]
    floor = [PY, str(BENCH / "floor_gui.py")]
    ready_ms(app)
    ready_ms(floor)  # warm the page cache for both
    a, f = [], []
    for _ in range(repeat):
        f.append(ready_ms(floor))
        a.append(ready_ms(app))
    log(f"startup app {a} floor {f}")
    return {"app_ms": median(a), "floor_ms": median(f), "app_runs": a, "floor_runs": f}


def measure_check_cli(repeat: int) -> dict[str, Any]:
    out_file = WORK / "check.txt"
    cmd = [PY, "-m", "villageadmin", "check", "--data", str(COUNTY)]
    times, cpu = [], []
    for i in range(repeat + 1):
        t0, c0 = time.perf_counter(), child_cpu()
        with open(out_file, "w") as fh:
            p = subprocess.run(cmd, env=ENV, cwd=ROOT, stdout=fh, stderr=subprocess.PIPE, text=True)
        if p.returncode != 0:
            raise RuntimeError(f"check failed: {p.stderr}")
        if i:
            times.append(time.perf_counter() - t0)
            cpu.append(child_cpu() - c0)
    lines = out_file.read_text("utf-8").splitlines()
    floor_code = ("import sqlite3, sys; c = sqlite3.connect(sys.argv[1]);"
                  " [c.execute(f'SELECT count(*) FROM {n}').fetchone() for (n,) in"
                  " c.execute(\"SELECT name FROM sqlite_master WHERE type='table'\").fetchall()]")
    floor = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        run([PY, "-c", floor_code, str(COUNTY / "villageadmin.db")])
        floor.append(time.perf_counter() - t0)
    log(f"check cli {times} floor {floor}")
    return {"cli_s": median(times), "runs_s": times, "cpu_s": median(cpu), "floor_s": median(floor),
            "last_line": lines[-1] if lines else ""}


def measure_floor_rss() -> float:
    p = run([PY, str(BENCH / "floor_gui.py"), "--rss"])
    return float(re.search(r"rss (\d+) kB", p.stdout).group(1))  # type: ignore[union-attr]


# -- report -----------------------------------------------------------------------------------------
class Row:
    def __init__(self, figure: str, value: float | None, unit: str, target: str, ok: bool | None,
                 floor: float | None = None, floor_label: str = "", ratio_is_target: bool = False,
                 note: str = "") -> None:
        self.figure, self.value, self.unit, self.target, self.ok = figure, value, unit, target, ok
        self.floor, self.floor_label, self.note = floor, floor_label, note
        self.ratio_is_target = ratio_is_target

    def fmt(self, v: float | None) -> str:
        if v is None:
            return "—"
        if self.unit == "ms":
            return f"{v:.1f} ms" if v < 10 else f"{v:.0f} ms"
        if self.unit == "s":
            return f"{v:.2f} s"
        if self.unit == "MB":
            return f"{v:.0f} MB"
        if self.unit == "rows/s":
            return f"{v:,.0f} rows/s"
        return f"{v:g} {self.unit}"

    def ratio(self) -> str:
        if self.value is None or not self.floor:
            return "—"
        return f"{self.value / self.floor:.2f}×"

    def line(self) -> str:
        status = {True: "✅ met", False: "❌ missed", None: "— not measured"}[self.ok]
        floor = f"{self.fmt(self.floor)} ({self.floor_label})" if self.floor is not None else "—"
        return (f"| {self.figure} | {self.fmt(self.value)} | {floor} | {self.ratio()} | {self.target} | {status} |"
                + (f" {self.note}" if self.note else " |"))


def plan_block(title: str, hot: list[dict[str, Any]]) -> list[str]:
    out = []
    for h in hot:
        out.append(f"**{title}** — {h['count']}× , {h['ms']:.1f} ms in total")
        out.append("")
        out.append("```sql")
        sql = h["sql"]
        out.append(sql if len(sql) < 600 else sql[:600] + " …")
        out.append("```")
        out.append("```")
        out += h["plan"] or ["(no plan)"]
        out.append("```")
        out.append("")
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--villages", type=int, default=500)
    ap.add_argument("--years", type=int, default=10)
    ap.add_argument("--repeat", type=int, default=5, help="runs per figure (median reported)")
    ap.add_argument("--demo-runs", type=int, default=3, help="demo builds timed (each about a minute)")
    ap.add_argument("--import-runs", type=int, default=1,
                    help="imports timed (all 500 villages' files: about 4 minutes each, and the floor as long again)")
    ap.add_argument("--import-sample", type=int, default=0,
                    help="import only the first N villages' files (the rate is the figure; 0: all)")
    ap.add_argument("--reuse", action="store_true", help="keep an existing bench/work/county (no demo timing)")
    ap.add_argument("--only", action="append", default=[],
                    choices=["startup", "views", "memory", "check", "search", "pdf", "import", "demo"])
    ap.add_argument("--results", default=str(BENCH / "RESULTS.md"))
    args = ap.parse_args()
    full = not args.only
    want = set(args.only) or {"startup", "views", "memory", "check", "search", "pdf", "import", "demo"}
    WORK.mkdir(parents=True, exist_ok=True)
    info = machine()
    log(f"machine: {info}")

    results: dict[str, Any] = {"machine": info}
    demo_times: list[float] = []
    demo_cpu: list[float] = []
    marker = COUNTY / "bench.json"
    spec = {"villages": args.villages, "years": args.years, "today": TODAY}
    have = marker.exists() and json.loads(marker.read_text()) == spec
    if "demo" in want and not (args.reuse and have):
        for i in range(args.demo_runs):
            target = COUNTY if i == 0 else WORK / f"demo{i}"
            log(f"demo build {i + 1}/{args.demo_runs} → {target.name} …")
            secs, out, cpu = build_demo(target, args.villages, args.years)
            demo_times.append(secs)
            demo_cpu.append(cpu)
            log(f"  {secs:.1f} s ({cpu:.1f} s CPU): {out.strip().splitlines()[-1]}")
            if i == 0:
                marker.write_text(json.dumps(spec))
                results["demo_output"] = out
            else:
                shutil.rmtree(target, ignore_errors=True)
    elif not have:
        log("building the county archive (not timed) …")
        build_demo(COUNTY, args.villages, args.years)  # (seconds, output, CPU) not reported
        marker.write_text(json.dumps(spec))
    counts = county_counts(COUNTY)
    size_mb = (COUNTY / "villageadmin.db").stat().st_size / 1e6
    log(f"county archive: {size_mb:.0f} MB; " + ", ".join(f"{k} {v}" for k, v in counts.items() if v))

    rows: list[Row] = []
    v = m = im = None
    hot: dict[str, list[dict[str, Any]]] = {}
    view_rows: list[dict[str, Any]] = []
    extra: dict[str, Any] = {}

    if "startup" in want:
        s = measure_startup(max(args.repeat, 7))
        rows.append(Row("Start to first screen (`--ready-exit`, county archive)", s["app_ms"], "ms",
                        "≤ 1.5 × floor", s["app_ms"] <= 1.5 * s["floor_ms"], s["floor_ms"],
                        "bare PySide6 QMainWindow + QTableView"))
        extra["startup"] = s
    if "views" in want:
        v = probe("views", str(COUNTY), "--repeat", str(args.repeat))
    if "views" in want and v is None:
        rows.append(Row("Open a register view, township role", None, "ms", "≤ 100 ms", None, note=" probe failed |"))
    elif "views" in want:
        view_rows = v["views"]
        worst = max(view_rows, key=lambda r: r["median_ms"])
        rows.append(Row(f"Open a register view, township role (worst of {len(view_rows)}: {worst['view']})",
                        worst["median_ms"], "ms", "≤ 100 ms", worst["median_ms"] <= 100, v["floor_ms"],
                        "bare QTableView, 200 rows, same process"))
        rows.append(Row("Main window after sign-in, township role (first page built and painted; the others "
                        "are built on their first click)",
                        v["main_window_ms"], "ms", "(no target; what the officer waits for)", None,
                        v["floor_ms"], "bare QTableView, 200 rows"))
        for name, h in v["hot"].items():
            if h:
                hot[f"view: {name}"] = h
        extra["views"] = v
    if "memory" in want:
        m = probe("memory", str(COUNTY), timeout=1800)
    if "memory" in want and m is None:
        rows.append(Row("Memory, township role, every view visited", None, "MB", "≤ 300 MB", None,
                        note=" probe failed |"))
    elif "memory" in want:
        floor_kb = measure_floor_rss()
        rows.append(Row("Memory: county archive open, township role, every view visited (peak RSS)",
                        m["peak_rss_kb"] / 1024, "MB", "≤ 300 MB", m["peak_rss_kb"] / 1024 <= 300,
                        floor_kb / 1024, "bare PySide6 window"))
        extra["memory"] = m
    core: dict[str, Any] | None = None
    if want & {"check", "search", "pdf"}:
        core = probe("core", str(COUNTY), "--repeat", str(args.repeat))
    if core is not None:
        for k, h in core["hot"].items():
            if h:
                hot[k] = h
        extra["core"] = core
    if "check" in want and core is not None:
        c = measure_check_cli(args.repeat)
        rows.append(Row("`check` for the whole county (command, wall time)", c["cli_s"], "s", "≤ 2 s",
                        c["cli_s"] <= 2.0, c["floor_s"], "process that opens the file and counts every table",
                        note=f" {core['check_findings']} findings; CPU {c['cpu_s']:.2f} s; in-process"
                             f" {core['check_ms']:.0f} ms |"))
        extra["check"] = c
    if "search" in want and core is not None:
        bl = core["search_by_length_ms"]
        rows.append(Row("Search county minutes, 1–4 Chinese characters (median of 20 queries)", core["search_ms"],
                        "ms", "≤ 50 ms", core["search_ms"] <= 50, core["search_floor_ms"], "raw FTS5 MATCH",
                        note=" by length: " + ", ".join(f"{k}: {v:.1f} ms" for k, v in bl.items()) + " |"))
    if "pdf" in want and core is not None:
        rows.append(Row("One meeting record PDF (font registered)", core["meeting_pdf_ms"], "ms", "≤ 100 ms",
                        core["meeting_pdf_ms"] <= 100, core["pdf_floor_ms"], "one-paragraph reportlab PDF"))
        if core.get("ledger_pdf_ms") is not None:
            rows.append(Row(f"Ledger PDF, about 1,000 rows ({core['ledger_note']})", core["ledger_pdf_ms"] / 1000,
                            "s", "≤ 1.5 s", core["ledger_pdf_ms"] <= 1500, core["pdf_floor_ms"] / 1000,
                            "one-paragraph reportlab PDF"))
        else:
            rows.append(Row("Ledger PDF, 1,000 rows", None, "s", "≤ 1.5 s", None,
                            note=f" {core.get('ledger_note', '')} |"))
    if "pdf" in want and core is not None and core.get("overview_s") is not None:
        rows.append(Row("Township overview (各村总览) figures for the year, every village", core["overview_s"], "s",
                        "(no target; what the officer waits for)", None))
        rows.append(Row("Township summary PDF (全乡汇总), every village", core["summary_pdf_s"], "s",
                        "(no target; what the officer waits for)", None))
    raw_rate = None
    if "import" in want:
        im = probe("import", str(COUNTY), str(WORK / "import"), "--repeat", str(args.import_runs),
                   "--sample", str(args.import_sample), timeout=7200)
    if "import" in want and im is None:
        rows.append(Row("Import village files into an empty archive", None, "rows/s", "≥ 0.5 × floor", None,
                        note=" probe failed |"))
    elif "import" in want:
        rate = im["rows"] / im["import_s"]
        raw_rate = im["floor_rows"] / im["floor_s"]
        row = Row(f"Import {im['files']} of {counts.get('villages', 0)} villages' files into an empty archive ({im['rows']:,} rows, "
                  f"{im['import_s']:.1f} s)", rate, "rows/s", "≥ 0.5 × floor", rate >= 0.5 * raw_rate,
                  raw_rate, "raw executemany, same rows, one transaction")
        rows.append(row)
        if im["hot"]:
            hot["import"] = im["hot"]
        extra["import"] = im
    if "demo" in want and not demo_times:
        rows.append(Row(f"`demo --villages {args.villages} --years {args.years}`", None, "s", "≤ 60 s", None,
                        note=" archive reused (--reuse): not timed in this run |"))
    if demo_times:
        total_rows = sum(v for k, v in counts.items() if not k.startswith("_"))
        floor_s = total_rows / raw_rate if raw_rate else None
        rows.append(Row(f"`demo --villages {args.villages} --years {args.years}` ({len(demo_times)} builds)",
                        median(demo_times), "s", "≤ 60 s", median(demo_times) <= 60, floor_s,
                        "its rows at the raw executemany rate" if floor_s else "",
                        note=f" CPU {median(demo_cpu):.0f} s |"))
        extra["demo_s"] = demo_times
        extra["demo_cpu_s"] = demo_cpu

    missed = [r for r in rows if r.ok is False]
    print("\n".join(r.line() for r in rows))
    (WORK / "last.json").write_text(json.dumps({"rows": [r.__dict__ for r in rows], "extra": extra, "hot": hot,
                                                "counts": counts}, ensure_ascii=False, indent=1, default=str))
    if full:
        write_results(Path(args.results), info, counts, size_mb, rows, view_rows, hot, extra, args)
        log(f"wrote {args.results}")
    if missed:
        log("MISSED: " + "; ".join(r.figure for r in missed))
        return 1
    log("every target met")
    return 0


def write_results(path: Path, info: dict[str, str], counts: dict[str, int], size_mb: float, rows: list[Row],
                  view_rows: list[dict[str, Any]], hot: dict[str, list[dict[str, Any]]], extra: dict[str, Any],
                  args: argparse.Namespace) -> None:
    out = ["# County-scale benchmark results", "",
           f"`make bench` (bench/run.py): `villageadmin demo --villages {args.villages} --years {args.years}` "
           f"(today fixed at {TODAY}), each figure measured {args.repeat} times (demo {args.demo_runs}, import "
           f"{args.import_runs}); the median, and its ratio to a floor measured in the same run.", "",
           "## Machine", "", "| | |", "|---|---|"]
    out += [f"| {k} | {v} |" for k, v in info.items()]
    load = os.getloadavg()
    out += [f"| load average at end | {load[0]:.2f} {load[1]:.2f} {load[2]:.2f} |", "",
            "A load average above the core count means other work shared the machine during the run: "
            "wall-clock figures then stretch by about that factor (the CPU seconds given for the demo and "
            "`check` do not)."]
    out += ["", "## Targets", "", "| figure | median | floor | ratio | target | result |", "|---|---|---|---|---|---|"]
    out += [r.line() for r in rows]
    out += ["", "## The county archive", "", f"{size_mb:.0f} MB. Rows per table:", "", "| table | rows |",
            "|---|---:|"]
    out += [f"| {k} | {v:,} |" for k, v in counts.items() if v]
    if view_rows:
        out += ["", "## Register views (township role, county archive)", "",
                "From the click (navigation button, tab, or the “all villages” choice) to the first rows painted.",
                "", "| view | median | runs | rows shown |", "|---|---:|---|---:|"]
        out += [f"| {r['view']} | {r['median_ms']:.0f} ms | {', '.join(f'{x:.0f}' for x in r['runs_ms'])} | "
                f"{r['rows']} |" for r in view_rows]
    if "startup" in extra:
        s = extra["startup"]
        out += ["", "## Start-up runs (ms)", "", f"- app: {s['app_runs']}", f"- floor: {s['floor_runs']}"]
    if "import" in extra:
        im = extra["import"]
        out += ["", "## Import", "",
                f"{im['files']} files ({im['stick_mb']:.1f} MB, exported in {im['export_s']:.0f} s, not timed); "
                f"statuses {im['statuses']}; runs {', '.join(f'{x:.1f} s' for x in im['runs_s'])}; the floor wrote "
                f"{im['floor_rows']:,} rows in {im['floor_s']:.2f} s.", "", "Rows added per table: " +
                ", ".join(f"{k} {v:,}" for k, v in im["tables"].items())]
    if "demo_s" in extra:
        out += ["", "## Demo builds", "", "Runs: " + ", ".join(f"{x:.1f} s" for x in extra["demo_s"])]
    out += ["", "## Hot queries and their plans", "",
            "The statements each figure spent most time in (SQLite trace; time runs to the next statement, so it "
            "includes Python's handling of the rows), with `EXPLAIN QUERY PLAN`.", ""]
    for name, h in hot.items():
        out += [f"### {name}", ""]
        out += plan_block(name, h)
    path.write_text("\n".join(out) + "\n", "utf-8")


if __name__ == "__main__":
    raise SystemExit(main())
