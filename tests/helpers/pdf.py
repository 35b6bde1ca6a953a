"""Reading a PDF back the way a person would see it: its pages' text, through Qt's PDF module."""

from pathlib import Path

from PySide6.QtPdf import QPdfDocument


def pdf_pages(path: Path) -> list[str]:
    """The text of each page, with line breaks and runs of spaces as single spaces (needs a
    QApplication: use the qapp fixture)."""
    document = QPdfDocument()
    assert document.load(str(path)) == QPdfDocument.Error.None_
    pages = [" ".join(document.getAllText(page).text().split())
             for page in range(document.pageCount())]
    document.close()
    return pages


def pdf_text(path: Path) -> str:
    """The text of every page as one string."""
    return " ".join(pdf_pages(path))
