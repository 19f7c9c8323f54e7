"""User settings, declared once: key, default, translated title, and what it is for.

Stored with QSettings (per machine user). The user guide documents every key (a test checks).
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, QSettings


@dataclass(frozen=True)
class Setting:
    key: str
    default: Any
    title_source: str  # English source; shown translated
    minimum: int | None = None
    maximum: int | None = None
    choices: tuple[str, ...] = ()

    @property
    def title(self) -> str:
        return QCoreApplication.translate("Settings", self.title_source)


SETTINGS: tuple[Setting, ...] = (
    Setting("ui/font_size", 13, "Font size (points)", 12, 18),
    Setting("security/idle_lock_minutes", 10, "Lock after this many idle minutes", 1, 120),
    Setting("backup/folder", "", "Backup folder (empty: the backups folder inside the data folder)"),
    Setting("print/default_action", "ask", "When printing", choices=("ask", "printer", "pdf")),
    Setting("ui/language", "zh_CN", "Language", choices=("zh_CN", "en")),
)
_BY_KEY = {s.key: s for s in SETTINGS}



def _lupdate_titles() -> None:
    """Never called: lets lupdate find the setting titles declared above."""
    QCoreApplication.translate("Settings", "Font size (points)")
    QCoreApplication.translate("Settings", "Lock after this many idle minutes")
    QCoreApplication.translate("Settings", "Backup folder (empty: the backups folder inside the data folder)")
    QCoreApplication.translate("Settings", "When printing")
    QCoreApplication.translate("Settings", "Language")


def qsettings() -> QSettings:
    path = os.environ.get("VILLAGEADMIN_CONFIG")
    if path:
        return QSettings(os.path.join(path, "villageadmin.ini"), QSettings.Format.IniFormat)
    return QSettings("VillageAdmin", "VillageAdmin")


def get(key: str) -> Any:
    s = _BY_KEY[key]
    value = qsettings().value(key, s.default)
    if isinstance(s.default, int):
        try:
            value = int(value)
        except (TypeError, ValueError):
            value = s.default
        if s.minimum is not None:
            value = max(s.minimum, value)
        if s.maximum is not None:
            value = min(s.maximum, value)
    elif s.choices and value not in s.choices:
        value = s.default
    return value


def set_value(key: str, value: Any) -> None:
    if key not in _BY_KEY:
        raise KeyError(key)
    q = qsettings()
    q.setValue(key, value)
    q.sync()
