"""Entry point of the bundled app (PyInstaller): the same as `python -m villageadmin`.

A windowed Windows build has no console: sys.stdout/stderr are None there, so give them a sink
before anything prints.
"""

from __future__ import annotations

import os
import sys

if sys.stdout is None:
    sys.stdout = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115
if sys.stderr is None:
    sys.stderr = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115

from villageadmin.cli import main  # noqa: E402

if __name__ == "__main__":
    raise SystemExit(main())
