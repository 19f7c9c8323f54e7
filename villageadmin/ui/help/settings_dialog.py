"""File → Settings…: one row per setting declared in ui/settings.py SETTINGS, built from the declaration.

The font size applies as soon as Save is pressed (the whole app re-lays itself out); the idle-lock
minutes apply to the running lock timer; the language applies the next time the program starts.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (QApplication, QComboBox, QFileDialog, QFormLayout, QHBoxLayout, QLabel, QLineEdit,
                               QPushButton, QSpinBox, QWidget)

from villageadmin.ui import settings
from villageadmin.ui.widgets.dialog import BaseDialog


def choice_label(key: str, value: str) -> str:
    """The words shown for a choice (the stored value stays the short code)."""
    labels = {
        ("print/default_action", "ask"): QCoreApplication.translate("SettingsDialog", "Show a preview first"),
        ("print/default_action", "printer"): QCoreApplication.translate("SettingsDialog",
                                                                        "Send straight to the printer"),
        ("print/default_action", "pdf"): QCoreApplication.translate("SettingsDialog", "Save as a PDF file"),
        ("ui/language", "zh_CN"): "中文（简体）",
        ("ui/language", "en"): "English",
    }
    return labels.get((key, value), value)


def hint(key: str) -> str:
    hints = {
        "ui/font_size": QCoreApplication.translate("SettingsDialog", "12 to 18. Bigger letters are easier to "
                                                                     "read; the window changes when you save."),
        "security/idle_lock_minutes": QCoreApplication.translate("SettingsDialog", "On a shared PC the screen "
                                                                                   "locks by itself; your "
                                                                                   "password opens it again."),
        "backup/folder": QCoreApplication.translate("SettingsDialog", "Where the automatic backups go, for "
                                                                      "example another disk. Empty: the "
                                                                      "backups folder inside the data folder."),
        "ui/language": QCoreApplication.translate("SettingsDialog", "Takes effect the next time the program "
                                                                    "starts."),
    }
    return hints.get(key, "")


class SettingsDialog(BaseDialog):
    """Every user setting with its translated title; Save stores them and applies what can be applied now."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, title=self.tr("Settings"))
        self.editors: dict[str, QWidget] = {}
        form = QFormLayout()
        for s in settings.SETTINGS:
            editor = self._editor(s)
            editor.setObjectName("setting_" + s.key.replace("/", "_"))
            self.editors[s.key] = editor
            label = QLabel(s.title + self.tr(":"))
            label.setWordWrap(True)
            label.setFixedWidth(250)
            label.setBuddy(editor)
            form.addRow(label, self._with_browse(s.key, editor))
            text = hint(s.key)
            if text:
                note = QLabel(text)
                note.setWordWrap(True)
                note.setStyleSheet("color: #555555;")
                form.addRow("", note)
            form.addRow("", self.register_field(s.key, editor))
        self.body.addLayout(form)
        self.body.addStretch(1)
        self.add_buttons()
        self.resize(720, 520)

    def _editor(self, s: settings.Setting) -> QWidget:
        value = settings.get(s.key)
        if s.choices:
            combo = QComboBox()
            for c in s.choices:
                combo.addItem(choice_label(s.key, c), c)
            combo.setCurrentIndex(max(0, combo.findData(value)))
            return combo
        if isinstance(s.default, int):
            spin = QSpinBox()
            spin.setRange(s.minimum if s.minimum is not None else 0, s.maximum if s.maximum is not None else 9999)
            spin.setValue(int(value))
            spin.setMinimumWidth(120)
            spin.setMaximumWidth(180)
            return spin
        edit = QLineEdit(str(value or ""))
        return edit

    def _with_browse(self, key: str, editor: QWidget) -> QWidget:
        if not key.endswith("folder"):
            return editor
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(editor, 1)
        b = QPushButton(self.tr("Choose…"))
        b.setObjectName("browse_" + key.replace("/", "_"))
        b.setToolTip(self.tr("Pick the folder"))
        b.clicked.connect(lambda: self._browse(editor))  # type: ignore[arg-type]
        row.addWidget(b)
        return box

    def _browse(self, editor: QLineEdit) -> None:
        path = QFileDialog.getExistingDirectory(self, self.tr("Choose a folder"), editor.text())
        if path:
            editor.setText(path)

    def value(self, key: str) -> Any:
        e = self.editors[key]
        if isinstance(e, QComboBox):
            return e.currentData()
        if isinstance(e, QSpinBox):
            return e.value()
        assert isinstance(e, QLineEdit)
        return e.text().strip()

    def on_save(self) -> None:
        from pathlib import Path

        self.clear_errors()
        folder = self.value("backup/folder")
        if folder and not Path(folder).is_dir():
            self.show_error("backup/folder", self.tr("There is no such folder. Choose one with Choose…, or leave "
                                                     "it empty."))
            return
        old_font = settings.get("ui/font_size")
        for s in settings.SETTINGS:
            settings.set_value(s.key, self.value(s.key))
        self.apply(font_changed=settings.get("ui/font_size") != old_font)
        self.saved()

    def apply(self, *, font_changed: bool) -> None:
        """Apply now what can be applied without a restart."""
        from villageadmin.ui.app import apply_look

        app = QApplication.instance()
        if font_changed and isinstance(app, QApplication):
            apply_look(app)
        from villageadmin.core import backup

        backup.set_folder(settings.get("backup/folder") or None)
        parent = self.parentWidget()
        watcher = getattr(parent.window(), "idle_watcher", None) if parent is not None else None
        if watcher is not None:
            watcher.set_minutes(float(settings.get("security/idle_lock_minutes")))
