"""The Reports tab written out: its tables as CSV, or a PDF report with the charts and the
tables. Both go through booking.outputs.replacing: a temporary file beside the target,
swapped in when complete, never over the database, its files or backups."""

import csv
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSize, QUrl
from PySide6.QtGui import QFont, QPixmap, QTextDocument
from PySide6.QtWidgets import QWidget

from booking.i18n import N_
from booking.outputs import replacing
from ui.paper import ACCENT, MUTED, RULE, text, write_pdf

CSV_WHAT = N_("the report's tables")
PDF_WHAT = N_("the report")
PICTURE = QSize(1100, 560)


def write_csv(path: Path, tables: Sequence[tuple[str, list[str], list[list[Any]]]], *,
              database: Path | None = None, force: bool = False) -> Path:
    """One section per table: its title, its column titles, its rows (numbers unformatted,
    hours and percentages as in the columns' titles), a blank line between tables."""
    with replacing(path, what=CSV_WHAT, database=database, force=force) as part:
        with part.open("w", newline="", encoding="utf-8-sig") as handle:
            writer = csv.writer(handle)
            for index, (title, columns, rows) in enumerate(tables):
                if index:
                    writer.writerow([])
                writer.writerow([title])
                writer.writerow(columns)
                for row in rows:
                    writer.writerow(["" if value is None else value for value in row])
    return Path(path).expanduser()


def picture(widget: QWidget, size: QSize = PICTURE) -> QPixmap:
    """The widget drawn at `size` (a hidden one is laid out at that size first)."""
    if not widget.isVisible() or widget.width() < 200:
        widget.resize(size)
    return widget.grab()


def report_html(title: str, subtitle: str, charts: Sequence[tuple[str, QPixmap]],
                tables: Sequence[tuple[str, list[str], list[list[str]]]]) -> str:
    parts = [f"<h1 style='color:{ACCENT}; font-size:16pt'>{text(title)}</h1>",
             f"<p style='color:{MUTED}'>{text(subtitle)}</p>"]
    for index, (heading, pixmap) in enumerate(charts):
        width = 640 if pixmap.width() > pixmap.height() else 420
        # Two charts fill the first page; the third starts the next one with its title.
        breaking = "page-break-before:always; " if index == 2 else ""
        parts.append(f"<h2 style='{breaking}font-size:12pt'>{text(heading)}</h2>"
                     f"<p><img width='{width}' src='chart{index}.png'></p>")
    for heading, columns, rows in tables:
        # Two charts fill the first page; the third starts the next one with its title.
        breaking = "page-break-before:always; " if index == 2 else ""
        parts.append(f"<h2 style='{breaking}font-size:12pt'>{text(heading)}</h2>")
        cells = "".join(f"<th align='left' style='border-bottom:1px solid {RULE}'>"
                        f"{text(c)}</th>" for c in columns)
        body = "".join("<tr>" + "".join(f"<td>{text(v)}</td>" for v in row) + "</tr>"
                       for row in rows)
        parts.append(f"<table cellspacing='0' cellpadding='3' width='100%'><tr>{cells}</tr>"
                     f"{body}</table>")
    return "".join(parts)


def write_pdf_report(path: Path, *, title: str, subtitle: str,
                     charts: Sequence[tuple[str, QPixmap]],
                     tables: Sequence[tuple[str, list[str], list[list[str]]]],
                     database: Path | None = None, force: bool = False) -> Path:
    """An A4 PDF: the title, the period, each chart as a picture, then each table."""
    document = QTextDocument()
    font = QFont("DejaVu Sans")
    font.setPointSizeF(8.5)
    document.setDefaultFont(font)
    document.setDocumentMargin(0)
    for index, (_heading, pixmap) in enumerate(charts):
        document.addResource(QTextDocument.ResourceType.ImageResource.value,
                             QUrl(f"chart{index}.png"), pixmap.toImage())
    document.setHtml(report_html(title, subtitle, charts, tables))
    return write_pdf(document, Path(path).expanduser(), what=PDF_WHAT, title=title,
                     database=database, force=force)
