"""Putting a text document on paper: an A4 PDF file written safely, or a real printer.

Shared by the day sheet and the booking confirmation. Works from the window and from the
command line alike: without a running application an offscreen QGuiApplication is started for
the fonts.
"""

import os
from html import escape
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF, QSizeF
from PySide6.QtGui import (
    QFont,
    QGuiApplication,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPdfWriter,
    QTextDocument,
)

from booking.outputs import check_target, replacing

INK = "#1f2933"
MUTED = "#5f6b76"
RULE = "#c9ced4"
BAND = "#e8eef5"
ACCENT = "#1f5f8b"
WARN = "#8a4b00"
WARN_FILL = "#fff4e0"
# A4 at 72 points per inch, less QTextDocument.print_'s own 2 cm margins: the text area a
# document is laid out in when counting its pages.
A4_TEXT_AREA = QSizeF(595.3 - 2 * 56.7, 841.9 - 2 * 56.7)
_APP: QGuiApplication | None = None


def ensure_application() -> None:
    """Fonts and painting need a GUI application; start an offscreen one when none runs."""
    global _APP
    if QCoreApplication.instance() is None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        _APP = QGuiApplication([])


def document_of(html: str, *, point_size: float = 10.0) -> QTextDocument:
    """A text document of `html` in the printed papers' font, laid out on A4."""
    ensure_application()
    document = QTextDocument()
    font = QFont("DejaVu Sans")
    font.setPointSizeF(point_size)
    document.setDefaultFont(font)
    document.setDocumentMargin(0)
    document.setHtml(html)
    return document


def pages_of(document: QTextDocument) -> int:
    """How many A4 pages the document fills."""
    # On a copy: print_ lays an unpaginated document out on the printer's own page.
    copy = document.clone()
    copy.setPageSize(A4_TEXT_AREA)
    return copy.pageCount()


def print_to(document: QTextDocument, device: QPagedPaintDevice) -> None:
    """Print the document on a printer or PDF writer, A4 unless the printer says otherwise."""
    # QTextDocument.print_ keeps its own 2 cm margin (and numbers the pages in it).
    device.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Millimeter)
    document.print_(device)


def write_pdf(document: QTextDocument, path: Path, *, what: str, title: str,
              database: Path | None = None, force: bool = False) -> Path:
    """Write the document to an A4 PDF at `path` and return the path.

    Printed to a temporary file beside `path` and swapped in when complete; never over
    `database` (the one in use), its files or backups, and over an existing file only with
    `force`. Raises BadInput when the file may not or cannot be written.
    """
    path = check_target(path, what=what, database=database, force=force)
    with replacing(path, what=what, database=database, force=force) as part:
        writer = QPdfWriter(str(part))
        writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        writer.setResolution(300)
        writer.setTitle(title)
        writer.setCreator("Ruang")
        print_to(document, writer)
        del writer  # closes the file
    return path


def text(value: object) -> str:
    """User text made safe for the documents' HTML: it always prints as typed."""
    return escape(str(value), quote=True)
