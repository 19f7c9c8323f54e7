"""Screenshots of the sync screens for the README: the village's export, the township's import
report with a refused file, the enrolment dialog and the township overview.

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python tools/sync_shots.py [OUT_DIR]
"""

from __future__ import annotations

import json
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
    from villageadmin.core import accounts, demo, township
    from villageadmin.core.store import open_store
    from villageadmin.core.sync import bundle, importer, keys
    from villageadmin.ui.app import make_app
    from villageadmin.ui.context import AppContext
    from villageadmin.ui.main_window import MainWindow
    from villageadmin.ui.sync.dialogs import SyncEnrolDialog, SyncImportReportDialog

    app = make_app("zh_CN")
    base = Path(tempfile.mkdtemp(prefix="va-sync-shots-"))
    demo.create(base / "villages", villages=12, years=3, seed=1)
    pcs = open_store(base / "villages")
    admin = accounts.authenticate(pcs, "admin", demo.ADMIN_PASSWORD)
    stick = base / "stick"
    stick.mkdir()
    vs = township.villages(pcs)
    bodies = []
    for v in vs:
        bundle.export_village(pcs, admin, v["id"], stick)
        bodies.append(json.dumps(keys.key_file(pcs, admin, village_id=v["id"])).encode())
    arch = open_store(base / "township")
    township.set_up(arch, name="青山镇（演示）", code="DEMO", villages=[(v["code"], v["name"]) for v in vs],
                    admin_username="admin", admin_password=demo.ADMIN_PASSWORD)
    a_admin = accounts.authenticate(arch, "admin", demo.ADMIN_PASSWORD)
    for b in bodies[:-1]:  # the last village has not enrolled yet
        keys.enrol(arch, a_admin, keys.read_key_file(b))
    files = sorted(stick.glob("*.vabundle"))
    damaged = stick / "白鹿村-2026-11-27-0002.vabundle"
    damaged.write_bytes(files[0].read_bytes()[:-300])

    def snap(w, name: str) -> None:  # noqa: ANN001
        w.show()
        for _ in range(8):
            app.processEvents()
        from villageadmin.ui import ops

        ops.wait_idle()
        for _ in range(8):
            app.processEvents()
        w.grab().save(str(out / name))
        print(out / name)

    # The village's export page, after one file was sent and three records corrected since.
    with pcs.transaction():
        pcs.execute("UPDATE meetings SET topic=topic || '（补记）' WHERE id IN (SELECT id FROM meetings"
                    " WHERE village_id=1 ORDER BY id DESC LIMIT 3)")
    v1 = accounts.authenticate(pcs, "001", demo.VILLAGE_PASSWORD)
    w = MainWindow(AppContext(pcs, v1))
    w.resize(1180, 760)
    w.go_to("SyncPage")
    snap(w, "sync-export.png")

    # The township imports the stick: most files imported, one cut short, one not enrolled.
    report = importer.import_files(arch, a_admin, [stick])
    d = SyncImportReportDialog(report)
    d.resize(1180, 640)
    snap(d, "sync-import-report.png")

    # Enrolling the last village's key: the fingerprint to compare aloud.
    key_path = keys.write_key_file(pcs, admin, stick, village_id=vs[-1]["id"])
    e = SyncEnrolDialog(AppContext(arch, a_admin), path=str(key_path))
    e.resize(820, 520)
    snap(e, "sync-enrol.png")

    w2 = MainWindow(AppContext(arch, a_admin))
    w2.resize(1400, 820)
    w2.go_to("TownshipOverviewPage")
    snap(w2, "sync-township-overview.png")
    page = w2.go_to("SyncPage")
    page.tabs.setCurrentIndex(1)
    snap(w2, "sync-receive.png")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
