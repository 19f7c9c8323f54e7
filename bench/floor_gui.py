"""The start-up floor: a bare PySide6 process that shows a QMainWindow with a QTableView and exits.

Timed the same way as ``villageadmin --ready-exit``: from process start (Linux /proc) to the first
turn of the event loop after the window is shown. With ``--rss`` it prints its peak RSS instead.
"""

from __future__ import annotations

import os
import sys
import time


def since_process_start() -> float:
    with open("/proc/self/stat") as fh:
        fields = fh.read().rsplit(")", 1)[1].split()
    with open("/proc/uptime") as fh:
        uptime = float(fh.read().split()[0])
    return uptime - int(fields[19]) / os.sysconf("SC_CLK_TCK")


def main() -> int:
    from PySide6.QtCore import QTimer
    from PySide6.QtGui import QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import QApplication, QMainWindow, QTableView

    app = QApplication(sys.argv[:1])
    win = QMainWindow()
    model = QStandardItemModel(20, 5)
    for r in range(20):
        for c in range(5):
            model.setItem(r, c, QStandardItem(f"{r}-{c}"))
    view = QTableView()
    view.setModel(model)
    win.setCentralWidget(view)
    win.resize(1280, 820)
    win.show()

    def report() -> None:
        if "--rss" in sys.argv:
            import resource

            print(f"rss {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss} kB", flush=True)
        else:
            print(f"ready in {int(since_process_start() * 1000)} ms", flush=True)
        app.quit()

    QTimer.singleShot(0, report)
    return int(app.exec())


if __name__ == "__main__":
    _t = time.perf_counter()
    raise SystemExit(main())
