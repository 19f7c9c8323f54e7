"""Help → User guide (F1): the Chinese user guide (docs/guide/README.md, with its screenshots) in a window."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QTextCursor, QTextDocument, QTextImageFormat
from PySide6.QtWidgets import QPushButton, QTextBrowser, QWidget

from villageadmin.ui.widgets.dialog import BaseDialog

GUIDE_FILE = "README.md"
MAX_IMAGE_WIDTH = 860


def guide_dir() -> Path:
    """docs/guide beside the code, or inside the installed bundle."""
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen) / "docs" / "guide"
    return Path(__file__).resolve().parents[3] / "docs" / "guide"


class GuideWindow(BaseDialog):
    """The guide as a readable page; pictures are shrunk to fit the window's width."""

    _open: GuideWindow | None = None

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, title=self.tr("VillageAdmin user guide"))
        self.browser = QTextBrowser(self)
        self.browser.setObjectName("guideBrowser")
        self.browser.setOpenExternalLinks(True)
        self.body.addWidget(self.browser, 1)
        path = guide_dir() / GUIDE_FILE
        if path.exists():
            self.browser.setSearchPaths([str(path.parent)])
            self.browser.setSource(QUrl.fromLocalFile(str(path)), QTextDocument.ResourceType.MarkdownResource)
            self.fit_images()
            self.browser.sourceChanged.connect(self._source_changed)
        else:
            self.browser.setPlainText(self.tr("The user guide was not found: %1").replace("%1", str(path)))
        self.add_buttons(save=False, cancel=False)
        close = QPushButton(self.tr("Close"))
        close.setObjectName("closeGuide")
        close.clicked.connect(self.accept)
        self.button_row.addWidget(close)
        self.resize(980, 680)  # fits under the title bar on a 1366×768 screen

    def _source_changed(self, *_args: object) -> None:
        self.fit_images()

    def fit_images(self) -> None:
        """Markdown has no image width: set one so screenshots fit the page."""
        doc = self.browser.document()
        block = doc.begin()
        while block.isValid():
            it = block.begin()
            while not it.atEnd():
                frag = it.fragment()
                fmt = frag.charFormat()
                if frag.isValid() and fmt.isImageFormat():
                    img = fmt.toImageFormat()
                    res = doc.resource(QTextDocument.ResourceType.ImageResource, QUrl(img.name()))
                    width = getattr(res, "width", lambda: 0)()
                    if width > MAX_IMAGE_WIDTH:
                        new = QTextImageFormat(img)
                        new.setWidth(MAX_IMAGE_WIDTH)
                        new.setHeight(res.height() * MAX_IMAGE_WIDTH / width)
                        cur = QTextCursor(doc)
                        cur.setPosition(frag.position())
                        cur.setPosition(frag.position() + frag.length(), QTextCursor.MoveMode.KeepAnchor)
                        cur.setCharFormat(new)
                it += 1
            block = block.next()

    @classmethod
    def show_for(cls, parent: QWidget | None) -> GuideWindow:
        """One guide window at a time, not modal, so the user can read and work side by side."""
        from shiboken6 import isValid

        if cls._open is None or not isValid(cls._open) or not cls._open.isVisible():
            cls._open = cls(parent)
        cls._open.show()
        cls._open.raise_()
        cls._open.activateWindow()
        return cls._open
