"""Crash-safety soak: a writer process killed with SIGKILL at random moments, and the checks after.

The writer saves meeting records through the core (create, and now and then an update of an
earlier one) and prints ``ack <id> <revision>`` only after the transaction committed. The
harness kills it at a random moment, reopens the store and checks that every acknowledged
write is there, that every meeting has exactly the parts its number says it has and an audit
entry that matches it, that ``PRAGMA integrity_check`` says ok and that the audit chain holds.

Two ways to start writers: ``spawn`` starts a fresh interpreter for every kill (what a user's
crash looks like, ~0.2 s each); ``fork`` asks one pre-loaded server process to fork a writer
(POSIX only, a few ms each), so hundreds of kills fit in the test suite. Either way the writer
opens the store itself and dies with its connection, locks and half-written pages.

    python -m villageadmin.core.soak write --data DIR       # one writer (used by spawn)
    python -m villageadmin.core.soak serve --data DIR       # fork server (used by fork)
    python -m villageadmin.core.soak run --data DIR --kills 2000 [--mode fork|spawn]
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import select
import signal
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, TYPE_CHECKING

if TYPE_CHECKING:
    from villageadmin.core.meetings import MeetingInput
    from villageadmin.core.store import Store

TOPIC = "soak"
SOAK_USER, SOAK_PASSWORD = "soak", "soak-pass-1"


# -- the writer ----------------------------------------------------------------------------------
def prepare(data: Path) -> None:
    """A township with one village, three cadres and a village account for the writer."""
    from villageadmin.core import accounts, township
    from villageadmin.core.store import open_store

    store = open_store(data)
    try:
        if township.is_set_up(store):
            return
        admin = township.set_up(store, name="压力测试乡", code="S", villages=[("001", "测试村")],
                                admin_username="admin", admin_password="admin-pass-1")
        for name in ("甲", "乙", "丙"):
            township.add_cadre(store, admin, village_id=1, name=name + "干部", post="委员", line="党建")
        accounts.create_user(store, admin, username=SOAK_USER, display_name="压力测试", role="village",
                             password=SOAK_PASSWORD, village_id=1)
    finally:
        store.close()


def shape(n: int, rev: int) -> tuple[int, int, int]:
    """How many agenda items, reports and resolutions meeting number ``n`` has at revision ``rev``."""
    k = n * 7 + rev * 3
    return 1 + k % 4, k % 3, 1 + (k // 3) % 3


def meeting_input(n: int, rev: int) -> MeetingInput:
    from villageadmin.core.meetings import Attendee, MeetingInput, Report, Resolution

    agenda, reports, resolutions = shape(n, rev)
    day = dt.date(2026, 1, 1) + dt.timedelta(days=n % 300)
    return MeetingInput(
        village_id=1, kind="work", held_on=day, start_time="09:00", place="村部", host="甲干部",
        recorder="乙干部", topic=f"{TOPIC} {n} r{rev}", discussion="讨论" * (1 + n % 50) + "。" * rev,
        attendance=[Attendee(1, True), Attendee(2, True), Attendee(3, n % 2 == 0, "" if n % 2 == 0 else "病假")],
        agenda=[f"议题{i}" for i in range(agenda)],
        reports=[Report("党建", f"汇报{i}") for i in range(reports)],
        resolutions=[Resolution(f"决议{i}", "甲干部", day + dt.timedelta(days=30)) for i in range(resolutions)])


def write_loop(data: Path, seed: int, out: int, limit: int | None = None) -> None:
    """Save meetings forever (or ``limit`` times), acknowledging each on ``out`` after its commit."""
    from villageadmin.core import accounts, meetings
    from villageadmin.core.store import open_store

    rng = random.Random(seed)
    store = open_store(data, migrate=False)
    actor = accounts.Actor(store.scalar("SELECT id FROM users WHERE username=?", (SOAK_USER,)), SOAK_USER,
                           "压力测试", "village", 1)
    os.write(out, b"open\n")
    done = 0
    while limit is None or done < limit:
        existing = store.query("SELECT id, topic FROM meetings WHERE topic LIKE 'soak %' ORDER BY id DESC LIMIT 20")
        if existing and rng.random() < 0.3:
            row = rng.choice(existing)
            _, n_text, rev_text = row["topic"].split()
            n, rev = int(n_text), int(rev_text[1:]) + 1
            # Keep resolutions' ids so follow-ups stay valid; the shape decides how many remain.
            data_in = meeting_input(n, rev)
            mid = meetings.save_meeting(store, actor, data_in, meeting_id=row["id"])
        else:
            n = int(store.scalar("SELECT count(*) FROM meetings") or 0) + 1 + rng.randrange(1000) * 10000
            rev = 0
            mid = meetings.save_meeting(store, actor, meeting_input(n, rev))
        os.write(out, f"ack {mid} {n} {rev}\n".encode())
        done += 1
    store.close()


def serve(data: Path) -> None:
    """Fork server: for each line ``go SEED`` on stdin, fork a writer and print ``pid PID``.

    The writers share our stdout; each line is one write() under PIPE_BUF, so lines never mix.
    ``reap PID`` waits for a killed writer and prints ``reaped PID STATUS``.
    """
    import villageadmin.core.meetings  # noqa: F401 - load everything before forking
    from villageadmin.core import migrations
    from villageadmin.core.store import open_store

    migrations.all_migration_names()  # imports every area's schema module
    open_store(data, migrate=False).close()  # and whatever opening needs; nothing stays open

    out = sys.stdout.fileno()
    os.write(out, b"ready\n")
    for line in sys.stdin:
        cmd, _, arg = line.strip().partition(" ")
        if cmd == "go":
            pid = os.fork()
            if pid == 0:  # the writer
                try:
                    signal.signal(signal.SIGINT, signal.SIG_DFL)
                    write_loop(data, int(arg), out)
                finally:
                    os._exit(0)
            os.write(out, f"pid {pid}\n".encode())
        elif cmd == "reap":
            _, status = os.waitpid(int(arg), 0)
            os.write(out, f"reaped {arg} {status}\n".encode())
        elif cmd == "quit":
            break


# -- the harness ---------------------------------------------------------------------------------
@dataclass
class SoakResult:
    kills: int = 0
    acked: int = 0  # acknowledged writes (creates + updates)
    meetings: int = 0
    killed_before_first_ack: int = 0
    seconds: float = 0.0
    failures: list[str] = field(default_factory=list)


class _Lines:
    """Line reader over a pipe with a timeout (select on POSIX)."""

    def __init__(self, stream: IO[bytes]) -> None:
        self.fd = stream.fileno()
        self.buf = b""

    def read(self, timeout: float) -> str | None:
        end = time.monotonic() + timeout
        while b"\n" not in self.buf:
            left = end - time.monotonic()
            if left <= 0:
                return None
            r, _, _ = select.select([self.fd], [], [], left)
            if not r:
                return None
            chunk = os.read(self.fd, 65536)
            if not chunk:
                return None
            self.buf += chunk
        line, _, self.buf = self.buf.partition(b"\n")
        return line.decode()

    def drain(self, wait: float = 0.0) -> list[str]:
        out = []
        while (line := self.read(wait)) is not None:
            out.append(line)
        return out


def _python_env() -> dict[str, str]:
    env = dict(os.environ)
    root = str(Path(__file__).resolve().parents[2])
    env["PYTHONPATH"] = root + os.pathsep + env.get("PYTHONPATH", "")
    return env


def check(store: Store, acked: dict[int, tuple[int, int]], *, full: bool = True,
          chain_checked: int = 0) -> list[str]:
    """Everything acknowledged is there and whole; nothing half-written; file and chain intact.

    ``full`` walks the whole audit chain and compares every meeting with its audit history; without
    it the chain is walked from entry ``chain_checked`` (the end of the last full walk: earlier
    entries are covered by it and by integrity_check) and the main columns are compared, so a long
    soak stays linear in time.
    """
    from villageadmin.core import audit, verify

    problems: list[str] = []
    integrity = verify.integrity(store)
    if integrity != "ok":
        return [f"integrity_check: {integrity}"]
    total = int(store.scalar("SELECT count(*) FROM audit_log") or 0)
    chain = audit.verify_chain(store, last=None if full or not chain_checked else total - chain_checked + 1)
    if not chain.ok:
        problems.append(f"audit chain: {chain.reason}")
    rows = {r["id"]: r for r in store.query("SELECT id, topic FROM meetings WHERE topic LIKE 'soak %'")}
    for mid, (n, rev) in acked.items():
        row = rows.get(mid)
        if row is None:
            problems.append(f"acknowledged meeting {mid} is missing")
            continue
        _, n_text, rev_text = row["topic"].split()
        if int(n_text) != n or int(rev_text[1:]) < rev:
            problems.append(f"meeting {mid} is at {row['topic']}, acknowledged {n} r{rev}")
    counts = {table: dict(store.conn.execute(f"SELECT meeting_id, count(*) FROM {table} GROUP BY meeting_id"))
              for table in ("meeting_agenda", "meeting_reports", "resolutions", "meeting_attendance")}
    audited = {r[0]: r[1] for r in store.conn.execute(
        "SELECT entity_id, count(*) FROM audit_log WHERE entity='meeting' GROUP BY entity_id")}
    for mid, row in rows.items():
        _, n_text, rev_text = row["topic"].split()
        agenda, reports, resolutions = shape(int(n_text), int(rev_text[1:]))
        got = (counts["meeting_agenda"].get(mid, 0), counts["meeting_reports"].get(mid, 0),
               counts["resolutions"].get(mid, 0), counts["meeting_attendance"].get(mid, 0))
        if got != (agenda, reports, resolutions, 3):
            problems.append(f"meeting {mid} ({row['topic']}) is half-written: parts {got}, "
                            f"expected {(agenda, reports, resolutions, 3)}")
        if audited.get(mid, 0) != int(rev_text[1:]) + 1:
            problems.append(f"meeting {mid} ({row['topic']}) has {audited.get(mid, 0)} audit entries")
    orphans = store.scalar("SELECT count(*) FROM meeting_agenda WHERE meeting_id NOT IN (SELECT id FROM meetings)")
    if orphans:
        problems.append(f"{orphans} agenda items without their meeting")
    report = verify.records(store, full=full)
    if not report.ok:
        problems.append(f"verify: {verify.summary(report)}")
    return problems


def run(data: Path, *, kills: int, mode: str = "fork", seed: int = 1, max_delay: float = 0.06,
        full_check_every: int = 25, time_limit: float | None = None) -> SoakResult:
    """Kill ``kills`` writers at random moments; reopen and check the store after each kill (the
    complete tamper check after every ``full_check_every`` kills and after the last)."""
    from villageadmin.core.store import open_store

    if mode == "fork" and not hasattr(os, "fork"):
        mode = "spawn"
    data = Path(data)
    prepare(data)
    rng = random.Random(seed)
    result = SoakResult()
    acked: dict[int, tuple[int, int]] = {}
    chain_checked = 0  # audit entries covered by the last full chain walk
    t0 = time.monotonic()
    server = None
    lines = None
    if mode == "fork":
        server = subprocess.Popen([sys.executable, "-m", "villageadmin.core.soak", "serve", "--data", str(data)],
                                  stdin=subprocess.PIPE, stdout=subprocess.PIPE, env=_python_env())
        assert server.stdout is not None and server.stdin is not None
        lines = _Lines(server.stdout)
        if lines.read(30) != "ready":
            raise RuntimeError("soak server did not start")
    try:
        for i in range(kills):
            if time_limit is not None and time.monotonic() - t0 > time_limit:
                break
            early: list[str] = []  # lines read before the kill
            if mode == "fork":
                assert server is not None and server.stdin is not None and lines is not None
                server.stdin.write(f"go {rng.randrange(1 << 30)}\n".encode())
                server.stdin.flush()
                pid = 0
                opened = False
                while not (pid and opened):  # the writer's "open" may come before the server's "pid"
                    line = lines.read(30)
                    if line is None:
                        raise RuntimeError("soak server stopped answering")
                    if line.startswith("pid "):
                        pid = int(line.split()[1])
                    elif line == "open":
                        opened = True
                    else:
                        early.append(line)
                child_lines = lines
                proc = None
            else:
                proc = subprocess.Popen([sys.executable, "-m", "villageadmin.core.soak", "write", "--data",
                                         str(data), "--seed", str(rng.randrange(1 << 30))],
                                        stdout=subprocess.PIPE, env=_python_env())
                assert proc.stdout is not None
                pid = proc.pid
                child_lines = _Lines(proc.stdout)
                if child_lines.read(30) != "open":
                    raise RuntimeError("writer did not open the store")
            # Kill at a random moment: usually mid-write, sometimes right after an
            # acknowledgement, sometimes before it wrote anything.
            how = rng.random()
            if how < 0.15:
                delay = 0.0
            elif how < 0.3:
                line = child_lines.read(5)  # an ack (or the timeout)
                if line is not None:
                    early.append(line)
                delay = rng.random() * 0.003
            else:
                delay = rng.random() * max_delay
            time.sleep(delay)
            os.kill(pid, signal.SIGKILL)
            result.kills += 1
            got = early
            if proc is not None:
                proc.wait()
                got += child_lines.drain(0)
            else:
                assert server is not None and server.stdin is not None
                server.stdin.write(f"reap {pid}\n".encode())
                server.stdin.flush()
                while (line := child_lines.read(30)) is not None:
                    if line.startswith("reaped "):
                        break
                    got.append(line)
            new = 0
            for line in got:
                if line.startswith("ack "):
                    _, mid, n, rev = line.split()
                    acked[int(mid)] = (int(n), int(rev))
                    result.acked += 1
                    new += 1
            if new == 0:
                result.killed_before_first_ack += 1
            last = i == kills - 1 or (time_limit is not None and time.monotonic() - t0 > time_limit)
            full = (i + 1) % full_check_every == 0 or last
            store = open_store(data, migrate=False)
            try:
                problems = check(store, acked, full=full, chain_checked=chain_checked)
                result.meetings = int(store.scalar("SELECT count(*) FROM meetings") or 0)
                if full:
                    chain_checked = int(store.scalar("SELECT count(*) FROM audit_log") or 0)
            finally:
                store.close()
            if problems:
                result.failures.extend(f"after kill {result.kills}: {p}" for p in problems[:10])
                break
    finally:
        if server is not None:
            try:
                assert server.stdin is not None
                server.stdin.write(b"quit\n")
                server.stdin.flush()
                server.wait(10)
            except (OSError, subprocess.TimeoutExpired):
                server.kill()
                server.wait()
    result.seconds = time.monotonic() - t0
    return result


def backup_loop(data: Path, step_pages: int, pause: float) -> None:
    """Make backups one after another, slowly (for the kill-during-backup test); prints ``backed NAME``."""
    from villageadmin.core import backup
    from villageadmin.core.store import open_store

    store = open_store(data, migrate=False)
    while True:
        os.write(1, b"start\n")
        info = backup.make(store, reason="manual", step_pages=step_pages,
                           progress=lambda _remaining, _total: time.sleep(pause))
        os.write(1, f"backed {info.path.name}\n".encode())


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m villageadmin.core.soak")
    p.add_argument("what", choices=["write", "serve", "run", "backup-loop"])
    p.add_argument("--data", required=True)
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--kills", type=int, default=200)
    p.add_argument("--mode", choices=["fork", "spawn"], default="fork")
    p.add_argument("--step-pages", type=int, default=8)
    p.add_argument("--pause", type=float, default=0.002)
    args = p.parse_args(argv)
    data = Path(args.data)
    if args.what == "write":
        write_loop(data, args.seed, sys.stdout.fileno())
    elif args.what == "serve":
        serve(data)
    elif args.what == "backup-loop":
        backup_loop(data, args.step_pages, args.pause)
    else:
        r = run(data, kills=args.kills, mode=args.mode, seed=args.seed)
        print(f"{r.kills} kills, {r.acked} acknowledged writes, {r.meetings} meetings, "
              f"{r.killed_before_first_ack} killed before their first ack, {r.seconds:.1f} s")
        for f in r.failures:
            print("FAIL", f)
        return 1 if r.failures else 0
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
