"""A second start on the same data folder brings the first window forward, or opens read-only when
the first does not answer; a crashed first app does not block the next start."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time

import pytest

from villageadmin.core import backup, soak
from villageadmin.core.store import DB_FILENAME, open_store
from villageadmin.ui import single_instance

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="uses SIGKILL")

APP = textwrap.dedent("""
    import sys
    from pathlib import Path
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QWidget
    from villageadmin.ui import single_instance
    app = QApplication(["t"])
    guard = single_instance.start(Path(sys.argv[1]))
    print("mode", guard.mode, flush=True)
    if guard.mode == "primary":
        w = QWidget()
        w.setWindowTitle("first")
        w.show()
        def activated():
            print("activated", flush=True)
            QTimer.singleShot(200, app.quit)
        guard.activate_requested.connect(activated)
        QTimer.singleShot(int(sys.argv[2]) if len(sys.argv) > 2 else 30000, app.quit)
        app.exec()
""")

HOLD_LOCK = textwrap.dedent("""
    import sys, time
    from PySide6.QtCore import QLockFile
    lock = QLockFile(sys.argv[1] + "/.villageadmin.lock")
    lock.setStaleLockTime(0)
    print("held" if lock.tryLock(0) else "not held", flush=True)
    time.sleep(60)
""")


def start(code: str, *args: str) -> tuple[subprocess.Popen, soak._Lines]:
    env = {**soak._python_env(), "QT_QPA_PLATFORM": "offscreen"}
    p = subprocess.Popen([sys.executable, "-c", code, *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                         env=env)
    assert p.stdout is not None
    return p, soak._Lines(p.stdout)


def stop(p: subprocess.Popen) -> None:
    if p.poll() is None:
        p.kill()
    p.wait()


def test_second_start_brings_the_first_forward_and_exits(tmp_path):
    first, out1 = start(APP, str(tmp_path))
    try:
        assert out1.read(30) == "mode primary"
        second, out2 = start(APP, str(tmp_path))
        try:
            assert out2.read(30) == "mode activated"
            assert second.wait(30) == 0
        finally:
            stop(second)
        assert out1.read(10) == "activated"
        assert first.wait(10) == 0
    finally:
        stop(first)


def test_first_app_not_answering_gives_a_read_only_second(tmp_path):
    holder, out = start(HOLD_LOCK, str(tmp_path))
    try:
        assert out.read(30) == "held"
        second, out2 = start(APP, str(tmp_path), "10")
        try:
            assert out2.read(30) == "mode read_only"
        finally:
            stop(second)
    finally:
        stop(holder)


def test_a_crashed_first_app_does_not_block_the_next_start(tmp_path):
    first, out1 = start(APP, str(tmp_path))
    try:
        assert out1.read(30) == "mode primary"
        os.kill(first.pid, signal.SIGKILL)
        first.wait()
    finally:
        stop(first)
    assert (tmp_path / single_instance.LOCK_NAME).exists()  # left behind by the crash
    again, out2 = start(APP, str(tmp_path), "10")
    try:
        assert out2.read(30) == "mode primary"
    finally:
        stop(again)


def test_socket_name_depends_on_the_folder_only(tmp_path):
    a = single_instance.server_name(tmp_path / "x")
    assert a == single_instance.server_name(tmp_path / "x" / ".." / "x")
    assert a != single_instance.server_name(tmp_path / "y")
    assert len(a) < 40


def test_the_real_app_started_twice(demo_dir, tmp_path):
    """Two `villageadmin --data DIR` processes: the second hands over to the first and exits."""
    data = tmp_path / "data"
    s = open_store(demo_dir, read_only=True)
    try:
        backup.make(s, out=data / DB_FILENAME)
    finally:
        s.close()
    env = {**soak._python_env(), "QT_QPA_PLATFORM": "offscreen"}
    first = subprocess.Popen([sys.executable, "-m", "villageadmin", "--data", str(data)], env=env,
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 30
        while not (data / single_instance.LOCK_NAME).exists() and time.monotonic() < deadline:
            time.sleep(0.05)
        assert first.poll() is None
        second = subprocess.run([sys.executable, "-m", "villageadmin", "--data", str(data)], env=env,
                                capture_output=True, text=True, timeout=60)
        assert second.returncode == 0
        assert "已把那个窗口调到前面" in second.stderr
        assert first.poll() is None  # the first one keeps running
    finally:
        first.terminate()
        try:
            first.wait(10)
        except subprocess.TimeoutExpired:
            first.kill()
            first.wait()
