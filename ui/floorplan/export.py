"""Export the plan as shown: a titled sheet with the figures, the view and the legend (PNG, PDF)."""

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QByteArray, QMarginsF, QRect, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QImage,
    QImageWriter,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
)

from booking.occupancy import RoomStatus
from ui.floorplan.canvas import PlanCanvas
from ui.floorplan.style import LEGEND_ORDER, MUTED_TEXT, TEXT, paint_state

MARGIN = 28.0
PNG_WIDTH = 1800
PDF_DPI = 96


@dataclass(frozen=True)
class Sheet:
    """The words on an exported sheet."""

    title: str
    subtitle: str
    legend: dict[RoomStatus, str]


def _font(pixels: int, *, bold: bool = False) -> QFont:
    font = QFont()
    font.setPixelSize(pixels)
    font.setBold(bold)
    return font


def paint_sheet(painter: QPainter, page: QRectF, canvas: PlanCanvas, sheet: Sheet) -> None:
    """Lay the sheet out on a page: title, subtitle, the visible plan, the legend."""
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    painter.fillRect(page, QColor("#ffffff"))
    body = page.adjusted(MARGIN, MARGIN, -MARGIN, -MARGIN)
    title_font, text_font = _font(20, bold=True), _font(13)
    title_h = QFontMetrics(title_font).height()
    text_h = QFontMetrics(text_font).height()
    painter.setFont(title_font)
    painter.setPen(QColor(TEXT))
    painter.drawText(QRectF(body.left(), body.top(), body.width(), title_h),
                     Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, sheet.title)
    painter.setFont(text_font)
    painter.setPen(QColor(MUTED_TEXT))
    painter.drawText(QRectF(body.left(), body.top() + title_h + 2, body.width(), text_h),
                     Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, sheet.subtitle)
    top = body.top() + title_h + text_h + 14
    room = QRectF(body.left(), top, body.width(), body.bottom() - 30 - top)
    source = QRect(0, 0, canvas.viewport().width(), canvas.viewport().height())
    plan = QRectF(room.topLeft(), QSizeF(source.size()).scaled(room.size(),
                                                               Qt.AspectRatioMode.KeepAspectRatio))
    painter.save()
    painter.setClipRect(plan)
    canvas.render(painter, plan, source, Qt.AspectRatioMode.KeepAspectRatio)
    painter.restore()
    legend_top = plan.bottom() + 12
    x = body.left()
    painter.setFont(text_font)
    metrics = QFontMetrics(text_font)
    for status in LEGEND_ORDER:
        paint_state(painter, QRectF(x, legend_top + 1, 24, 15), status)
        x += 30
        painter.setPen(QColor(TEXT))
        word = sheet.legend[status]
        painter.drawText(QRectF(x, legend_top, metrics.horizontalAdvance(word) + 2, 18),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, word)
        x += metrics.horizontalAdvance(word) + 20


def export_png(path: str | Path, canvas: PlanCanvas, sheet: Sheet) -> bool:
    """Write the sheet as a PNG image; False when the file cannot be written."""
    view = canvas.viewport().size()
    plan_height = (PNG_WIDTH - 2 * MARGIN) * view.height() / max(1, view.width())
    image = QImage(PNG_WIDTH, int(plan_height + 2 * MARGIN + 80), QImage.Format.Format_RGB32)
    image.fill(QColor("#ffffff"))
    painter = QPainter(image)
    paint_sheet(painter, QRectF(image.rect()), canvas, sheet)
    painter.end()
    return QImageWriter(str(path), QByteArray(b"png")).write(image)


def export_pdf(path: str | Path, canvas: PlanCanvas, sheet: Sheet) -> bool:
    """Write the sheet as one landscape A4 page of PDF; False when it cannot be written."""
    writer = QPdfWriter(str(path))
    writer.setResolution(PDF_DPI)
    writer.setTitle(sheet.title)
    writer.setCreator("Ruang")
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4),
                                     QPageLayout.Orientation.Landscape, QMarginsF(0, 0, 0, 0)))
    painter = QPainter()
    if not painter.begin(writer):
        return False
    size = QSizeF(writer.width(), writer.height())
    paint_sheet(painter, QRectF(0, 0, size.width(), size.height()), canvas, sheet)
    return painter.end()
