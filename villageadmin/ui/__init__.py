"""The Qt user interface.

PySide6 6.12.0 (the pinned build) returns ``None`` from every void method without a new reference, as
Python 3.12+ allows (``None`` is immortal there). On Python 3.10/3.11 each such call takes one reference
from ``None``; after some thousands of calls (a township table of 500 villages is tens of thousands)
CPython aborts with "deallocating None". Give ``None`` the reference count Python 3.12 gives it, so it
can never reach zero.
"""

from __future__ import annotations

import sys

if sys.version_info < (3, 12) and sys.implementation.name == "cpython":
    import ctypes

    ctypes.c_ssize_t.from_address(id(None)).value += 1 << 48
