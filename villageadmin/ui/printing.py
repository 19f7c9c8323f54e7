"""Printing: every document is made as a PDF by the core (reportlab), shown in a preview, then sent
to a printer through the normal print dialog or saved as a PDF file."""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QPointF, QSize, Qt
from PySide6.QtGui import QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QFileDialog, QLabel, QMessageBox, QPushButton, QWidget

from villageadmin.ui import ops, settings
from villageadmin.ui.widgets.dialog import BaseDialog

_tmp_dir: tempfile.TemporaryDirectory[str] | None = None


def temp_pdf(name: str) -> Path:
    global _tmp_dir
    if _tmp_dir is None:
        _tmp_dir = tempfile.TemporaryDirectory(prefix="villageadmin-print-")
    safe = "".join(ch for ch in name if ch not in '\\/:*?"<>|') or "document"
    return Path(_tmp_dir.name) / (safe if safe.endswith(".pdf") else safe + ".pdf")


def send_to_printer(parent: QWidget | None, pdf: Path, printer: QPrinter | None = None) -> bool:
    """Render each PDF page at printer resolution onto the printer chosen in the print dialog."""
    printer = printer or QPrinter(QPrinter.PrinterMode.HighResolution)
    if printer.outputFormat() != QPrinter.OutputFormat.PdfFormat or printer.outputFileName() == "":
        dlg = QPrintDialog(printer, parent)
        if dlg.exec() != QPrintDialog.DialogCode.Accepted:
            return False
    doc = QPdfDocument()
    doc.load(str(pdf))
    painter = QPainter()
    if not painter.begin(printer):
        QMessageBox.warning(parent, QCoreApplication.translate("Printing", "Printing"),
                            QCoreApplication.translate("Printing", "The printer could not start printing."))
        return False
    try:
        dpi = printer.resolution()
        for i in range(doc.pageCount()):
            if i:
                printer.newPage()
            pts = doc.pagePointSize(i)
            size = QSize(int(pts.width() / 72 * dpi), int(pts.height() / 72 * dpi))
            image = doc.render(i, size)
            target = printer.pageRect(QPrinter.Unit.DevicePixel)
            scaled = image.scaled(target.size().toSize(), Qt.AspectRatioMode.KeepAspectRatio,
                                  Qt.TransformationMode.SmoothTransformation)
            painter.drawImage(QPointF(0, 0), scaled)
    finally:
        painter.end()
        doc.close()
    return True


class PrintPreview(BaseDialog):
    """Shows the made PDF; Print… sends it to a printer, Save as PDF… writes a copy."""

    def __init__(self, pdf: Path, suggested_name: str, parent: QWidget | None = None, *,
                 warning: str = "") -> None:
        super().__init__(parent, title=self.tr("Print preview — %1").replace("%1", suggested_name))
        self.pdf = pdf
        self.suggested_name = suggested_name
        if warning:
            w = QLabel(warning)
            w.setWordWrap(True)
            w.setStyleSheet("color: #8a5300; background: #fff4d6; padding: 6px;")
            self.body.addWidget(w)
        self.doc = QPdfDocument(self)
        self.doc.load(str(pdf))
        self.view = QPdfView(self)
        self.view.setDocument(self.doc)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.body.addWidget(self.view, 1)
        pages = QLabel(self.tr("%n page(s)", "", self.doc.pageCount()))
        self.button_row.insertWidget(0, pages)
        save = QPushButton(self.tr("Save as PDF…"))
        save.setObjectName("savePdfButton")
        save.clicked.connect(self.save_copy)
        self.button_row.addWidget(save)
        self.add_buttons(save=False, print_=True, cancel=False)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.accept)
        self.button_row.addWidget(close)
        self.resize(820, 900)

    def on_print(self) -> None:
        if send_to_printer(self, self.pdf):
            self.accept()

    def save_copy(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save as PDF"), self.suggested_name,
                                              self.tr("PDF files (*.pdf)"))
        if not path:
            return
        if not path.lower().endswith(".pdf"):
            path += ".pdf"
        try:
            Path(path).write_bytes(self.pdf.read_bytes())
        except OSError as exc:
            ops.show_error(self, exc)
            return
        QMessageBox.information(self, self.tr("Saved"), self.tr("Saved to %1").replace("%1", path))


def print_or_save(parent: QWidget | None, make_pdf: Callable[[Path], object], suggested_name: str) -> None:
    """Make the PDF off the UI thread, then preview it with Print / Save as PDF."""
    from villageadmin.core.reports import fonts

    target = temp_pdf(suggested_name)

    def work() -> Path:
        make_pdf(target)
        return target

    def done(path: Path) -> None:
        warning = fonts.register().warning
        action = settings.get("print/default_action")
        if action == "printer":
            send_to_printer(parent, path)
            return
        preview = PrintPreview(path, suggested_name, parent, warning=warning)
        if action == "pdf":
            preview.save_copy()
        preview.exec()

    ops.run_op(parent, work, on_success=done, progress=QCoreApplication.translate("Printing", "Preparing the document…"))


def pdf_page_count(path: Path) -> int:
    doc = QPdfDocument()
    doc.load(str(path))
    n = doc.pageCount()
    doc.close()
    return n

