"""The plan on screen: drag to pan, Ctrl+wheel or +/- to zoom, Page Up/Down between floors."""

from dataclasses import dataclass

from PySide6.QtCore import QPoint, QPointF, QRect, QRectF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QResizeEvent,
    QTransform,
    QWheelEvent,
)
from PySide6.QtWidgets import QGraphicsView, QWidget

from ui.floorplan.items import RoomItem
from ui.floorplan.scene import FloorPlan
from ui.floorplan.style import MUTED_TEXT, TEXT

MARGIN_PX = 14.0
TITLE_PX = 24.0
ZOOM_STEP = 1.25
MIN_SCALE, MAX_SCALE = 0.08, 5.0  # 1.6 to 100 pixels per metre
DRAG_THRESHOLD = 4


@dataclass
class FloorTitle:
    """What is written above a floor: its name, a subtitle and its figures."""

    rect: QRectF
    level: int
    name: str
    subtitle: str = ""
    figures: str = ""


def _font(pixels: int, *, bold: bool = False) -> QFont:
    font = QFont()
    font.setPixelSize(pixels)
    font.setBold(bold)
    return font


class PlanCanvas(QGraphicsView):
    """A QGraphicsView of one FloorPlan, with its floors' titles drawn above them."""

    room_clicked = Signal(int)
    room_double_clicked = Signal(int)
    floor_step_requested = Signal(int)  # +1 a floor up, -1 a floor down
    resized = Signal()

    def __init__(self, *, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("floorPlanCanvas")
        self.setRenderHints(QPainter.RenderHint.Antialiasing
                            | QPainter.RenderHint.TextAntialiasing)
        # Panning is a drag (or the wheel); the plan needs no scroll bars beside it.
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setResizeAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setFrameShape(QGraphicsView.Shape.NoFrame)
        self.viewport().setMouseTracking(True)
        self.fitting = True
        self.titles: list[FloorTitle] = []
        self._title_font = _font(14, bold=True)
        self._subtitle_font = _font(12)
        self._press: QPoint | None = None
        self._scroll_at_press = QPoint()
        self._panning = False

    # ----- content and zoom -------------------------------------------------------------------

    def set_plan(self, plan: FloorPlan, titles: list[FloorTitle]) -> None:
        self.setScene(plan.scene)
        self.titles = titles
        self.fit()

    def zoom(self) -> float:
        """Scene units to pixels (the plan is drawn at SCALE units per metre)."""
        return self.transform().m11()

    def fit(self) -> None:
        """Show the whole of the floors, as large as the window allows."""
        self.fitting = True
        rect = QRectF()
        for title in self.titles:
            rect = rect.united(title.rect)
        if rect.isEmpty():
            return
        view = self.viewport().size()
        scale = min((view.width() - 2 * MARGIN_PX) / rect.width(),
                    (view.height() - 2 * (MARGIN_PX + TITLE_PX)) / rect.height())
        scale = max(MIN_SCALE, min(MAX_SCALE, scale))
        self.setTransform(QTransform.fromScale(scale, scale))
        self.centerOn(rect.center())

    def zoom_by(self, factor: float) -> None:
        target = max(MIN_SCALE, min(MAX_SCALE, self.zoom() * factor))
        self.scale(target / self.zoom(), target / self.zoom())
        self.fitting = False

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.fitting:
            self.fit()
        self.resized.emit()

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            steps = event.angleDelta().y() / 120
            if steps:
                self.zoom_by(ZOOM_STEP ** steps)
            event.accept()
            return
        super().wheelEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_PageUp, Qt.Key.Key_PageDown):
            self.floor_step_requested.emit(1 if key == Qt.Key.Key_PageUp else -1)
        elif key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.zoom_by(ZOOM_STEP)
        elif key == Qt.Key.Key_Minus:
            self.zoom_by(1 / ZOOM_STEP)
        elif key in (Qt.Key.Key_0, Qt.Key.Key_Home):
            self.fit()
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    # ----- rooms under the mouse --------------------------------------------------------------

    def room_item_at(self, pos: QPoint) -> RoomItem | None:
        return next((item for item in self.items(pos) if isinstance(item, RoomItem)), None)

    def room_point(self, item: RoomItem) -> QPoint:
        """The viewport point at the middle of a room, for clicks."""
        return self.mapFromScene(item.sceneBoundingRect().center())

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            super().mousePressEvent(event)
            return
        self._press = event.position().toPoint()
        self._scroll_at_press = QPoint(self.horizontalScrollBar().value(),
                                       self.verticalScrollBar().value())
        self._panning = False
        event.accept()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._press is not None and event.buttons() & Qt.MouseButton.LeftButton:
            delta = event.position().toPoint() - self._press
            if self._panning or delta.manhattanLength() > DRAG_THRESHOLD:
                if not self._panning:
                    self.viewport().setCursor(Qt.CursorShape.ClosedHandCursor)
                self._panning = True
                self.horizontalScrollBar().setValue(self._scroll_at_press.x() - delta.x())
                self.verticalScrollBar().setValue(self._scroll_at_press.y() - delta.y())
                event.accept()
                return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton or self._press is None:
            super().mouseReleaseEvent(event)
            return
        if self._panning:
            self.viewport().unsetCursor()
        else:
            item = self.room_item_at(event.position().toPoint())
            if item is not None:
                self.room_clicked.emit(item.room.id)
        self._press = None
        self._panning = False
        event.accept()

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        item = self.room_item_at(event.position().toPoint())
        if event.button() == Qt.MouseButton.LeftButton and item is not None:
            self.room_double_clicked.emit(item.room.id)
            event.accept()
            return
        super().mouseDoubleClickEvent(event)

    # ----- titles -----------------------------------------------------------------------------

    def drawForeground(self, painter: QPainter, rect: QRectF | QRect) -> None:  # noqa: ARG002
        painter.save()
        boxes = [painter.worldTransform().mapRect(t.rect) for t in self.titles]
        painter.setTransform(QTransform())
        for title, box in zip(self.titles, boxes, strict=True):
            self._paint_title(painter, title, box)
        painter.restore()

    def _paint_title(self, painter: QPainter, title: FloorTitle, box: QRectF) -> None:
        base = box.top() - 7
        bold, plain = QFontMetrics(self._title_font), QFontMetrics(self._subtitle_font)
        painter.setFont(self._title_font)
        painter.setPen(QColor(TEXT))
        painter.drawText(QPointF(box.left(), base), title.name)
        left = box.left() + bold.horizontalAdvance(title.name) + 8
        right = box.right()
        if title.figures:
            width = plain.horizontalAdvance(title.figures)
            if left + width <= right:
                painter.setFont(self._subtitle_font)
                painter.setPen(QColor(TEXT))
                painter.drawText(QPointF(right - width, base), title.figures)
                right -= width + 12
        if title.subtitle:
            shown = plain.elidedText(title.subtitle, Qt.TextElideMode.ElideRight,
                                     int(right - left))
            painter.setFont(self._subtitle_font)
            painter.setPen(QColor(MUTED_TEXT))
            painter.drawText(QPointF(left, base), shown)
