"""The one way dialogs are built: remembered size, an unsaved-changes guard, the same place for
Save and Print (bottom right), and errors shown in red next to their field."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, Qt
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (QDialog, QHBoxLayout, QLineEdit, QMessageBox, QPlainTextEdit, QPushButton,
                               QVBoxLayout, QWidget)

from villageadmin.ui import settings
from villageadmin.ui.widgets.errorlabel import ErrorLabel


class BaseDialog(QDialog):
    """Subclasses build their form into ``self.body`` (a QVBoxLayout) and call ``add_buttons``."""

    def __init__(self, parent: QWidget | None = None, *, title: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setObjectName(type(self).__name__)
        self._dirty = False
        self._errors: dict[str, ErrorLabel] = {}
        self._fields: dict[str, QWidget] = {}
        outer = QVBoxLayout(self)
        self.banner = ErrorLabel(self)
        self.banner.setStyleSheet("color: #b00020; font-weight: bold; padding: 4px;")
        outer.addWidget(self.banner)
        self.body = QVBoxLayout()
        outer.addLayout(self.body, 1)
        self.button_row = QHBoxLayout()
        self.button_row.addStretch(1)
        outer.addLayout(self.button_row)
        self.save_button: QPushButton | None = None
        self.print_button: QPushButton | None = None
        self._restore_geometry()

    # -- geometry -------------------------------------------------------------------------
    def _geometry_key(self) -> str:
        return f"geometry/{type(self).__name__}"

    def _restore_geometry(self) -> None:
        data = settings.qsettings().value(self._geometry_key())
        if isinstance(data, QByteArray) and not data.isEmpty():
            self.restoreGeometry(data)

    def _save_geometry(self) -> None:
        q = settings.qsettings()
        q.setValue(self._geometry_key(), self.saveGeometry())

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802, D102
        super().showEvent(event)
        self.fit_screen()

    def fit_screen(self) -> None:
        """Keep the whole dialog on the screen: a print preview made 900 px tall (or a size remembered on a
        bigger screen) hid Print and Close behind the taskbar of a 1366×768 laptop."""
        screen = self.screen()
        if screen is None:
            return
        avail = screen.availableGeometry()
        title = 32  # the window's title bar is not part of the dialog's own height
        w = max(min(self.width(), avail.width()), min(self.minimumSizeHint().width(), avail.width()))
        h = max(min(self.height(), avail.height() - title), min(self.minimumSizeHint().height(),
                                                                avail.height() - title))
        if (w, h) != (self.width(), self.height()):
            self.resize(w, h)
        x = min(max(self.x(), avail.left()), avail.right() + 1 - w)
        y = min(max(self.y(), avail.top()), avail.bottom() + 1 - h - title)
        if (x, y) != (self.x(), self.y()):
            self.move(x, max(y, avail.top()))

    def done(self, result: int) -> None:  # noqa: D102
        self._save_geometry()
        super().done(result)

    # -- buttons ----------------------------------------------------------------------------
    def add_buttons(self, *, save: bool = True, print_: bool = False, cancel: bool = True,
                    save_text: str | None = None) -> None:
        if print_:
            self.print_button = QPushButton(self.tr("Print…"))
            self.print_button.setObjectName("printButton")
            self.print_button.setToolTip(self.tr("Print or save as PDF (Ctrl+P)"))
            self.print_button.clicked.connect(self.on_print)
            self.button_row.addWidget(self.print_button)
            QShortcut(QKeySequence.StandardKey.Print, self, self.on_print)
        if cancel:
            b = QPushButton(self.tr("Cancel"))
            b.setObjectName("cancelButton")
            b.clicked.connect(self.reject)
            self.button_row.addWidget(b)
        if save:
            self.save_button = QPushButton(save_text or self.tr("Save"))
            self.save_button.setObjectName("saveButton")
            self.save_button.setDefault(True)
            self.save_button.setProperty("primary", True)
            self.save_button.setToolTip(self.tr("Save (Ctrl+S)"))
            self.save_button.clicked.connect(self.on_save)
            self.button_row.addWidget(self.save_button)
            QShortcut(QKeySequence.StandardKey.Save, self, self.on_save)

    def on_save(self) -> None:
        """Subclasses validate, call the core, then ``self.saved()``."""
        raise NotImplementedError

    def on_print(self) -> None:
        """Subclasses that show a Print button print here."""
        raise NotImplementedError

    def saved(self) -> None:
        self._dirty = False
        self.accept()

    # -- fields and errors ----------------------------------------------------------------------
    def register_field(self, name: str, widget: QWidget, error: ErrorLabel | None = None) -> ErrorLabel:
        """Remember a field by the core's field name; returns the ErrorLabel to place under it."""
        self._fields[name] = widget
        label = error or ErrorLabel(self)
        self._errors[name] = label
        self.watch(widget)
        return label

    def watch(self, widget: QWidget) -> None:
        for sig in ("textChanged", "dateChanged", "timeChanged", "currentIndexChanged", "toggled", "valueChanged"):
            s = getattr(widget, sig, None)
            if s is not None:
                try:
                    s.connect(self.mark_dirty)
                except (RuntimeError, TypeError):
                    pass

    def mark_dirty(self, *args: object) -> None:
        self._dirty = True

    @property
    def dirty(self) -> bool:
        return self._dirty

    def clear_errors(self) -> None:
        self.banner.set_message("")
        for e in self._errors.values():
            e.set_message("")

    def show_error(self, field: str | None, message: str) -> None:
        label = self._errors.get(field or "")
        if label is None:
            self.banner.set_message(message)
            return
        label.set_message(message)
        w = self._fields.get(field or "")
        if w is not None:
            w.setFocus(Qt.FocusReason.OtherFocusReason)

    def show_exception(self, exc: BaseException) -> None:
        from villageadmin.core.errors import ValidationError
        from villageadmin.ui.ops import error_text

        self.clear_errors()
        if isinstance(exc, ValidationError):
            self.show_error(exc.field, exc.message)
        else:
            self.show_error(None, error_text(exc))

    # -- the guard ----------------------------------------------------------------------------
    def confirm_discard(self) -> bool:
        if not self._dirty or not self.isVisible():
            return True
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Unsaved changes"),
                          self.tr("You have changes that are not saved. Close without saving?"),
                          QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel, self)
        box.button(QMessageBox.StandardButton.Discard).setText(self.tr("Close without saving"))
        box.button(QMessageBox.StandardButton.Cancel).setText(self.tr("Keep editing"))
        return box.exec() == QMessageBox.StandardButton.Discard

    def reject(self) -> None:  # noqa: D102
        if self.confirm_discard():
            self._dirty = False
            super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        if self.confirm_discard():
            self._dirty = False
            event.accept()
        else:
            event.ignore()


def line_edit(placeholder: str = "", *, max_length: int = 200) -> QLineEdit:
    e = QLineEdit()
    e.setPlaceholderText(placeholder)
    e.setMaxLength(max_length)
    return e


def text_edit(placeholder: str = "", *, min_height: int = 80) -> QPlainTextEdit:
    e = QPlainTextEdit()
    e.setPlaceholderText(placeholder)
    e.setMinimumHeight(min_height)
    e.setTabChangesFocus(True)
    return e
