"""Screenshots of the foundation screens (sign-in, meeting form, calendar) for the README.

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python tools/foundation_shots.py [OUT_DIR]
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("VILLAGEADMIN_TODAY", "2026-11-27")
os.environ.setdefault("VILLAGEADMIN_CONFIG", tempfile.mkdtemp(prefix="va-shots-cfg-"))


def main() -> int:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots")
    out.mkdir(parents=True, exist_ok=True)
    from villageadmin.core import accounts, demo
    from villageadmin.core.store import open_store
    from villageadmin.ui.app import make_app
    from villageadmin.ui.context import AppContext
    from villageadmin.ui.main_window import MainWindow
    from villageadmin.ui.meetings.form import MeetingForm
    from villageadmin.ui.signin import SignInWindow

    app = make_app("zh_CN")
    data = Path(tempfile.mkdtemp(prefix="va-shots-")) / "demo"
    demo.create(data, villages=12, years=3, seed=1)
    store = open_store(data)

    def snap(w, name: str) -> None:  # noqa: ANN001
        w.show()
        for _ in range(5):
            app.processEvents()
        w.grab().save(str(out / name))

    s = SignInWindow(store)
    s.resize(640, 560)
    s.username.setText("001")
    snap(s, "signin.png")
    actor = accounts.authenticate(store, "001", demo.VILLAGE_PASSWORD)
    ctx = AppContext(store, actor)
    mid = store.scalar("SELECT id FROM meetings WHERE village_id=1 AND kind='work' ORDER BY held_on DESC LIMIT 1")
    f = MeetingForm(ctx, 1, mid)
    f.resize(1000, 760)
    snap(f, "meeting-form.png")
    f.tabs.setCurrentIndex(1)
    snap(f, "meeting-form-attendance.png")
    f.tabs.setCurrentIndex(3)
    snap(f, "meeting-form-resolutions.png")
    w = MainWindow(ctx)
    w.resize(1280, 820)
    page = w.page("MeetingsPage")
    page.tabs.setCurrentIndex(1)
    snap(w, "meeting-calendar.png")
    admin = accounts.authenticate(store, "admin", demo.ADMIN_PASSWORD)
    w2 = MainWindow(AppContext(store, admin))
    w2.resize(1280, 820)
    p2 = w2.page("MeetingsPage")
    p2.tabs.setCurrentIndex(2)
    snap(w2, "meeting-township-table.png")
    print(f"screenshots written to {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
