"""The drawn things of a floor: rooms coloured by state, areas, the divisible hall, the footprint."""

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetrics,
    QPainter,
    QPainterPath,
    QPen,
    QPolygonF,
    QTransform,
)
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from booking.occupancy import AreaInfo, RoomStatus
from booking.views import RoomInfo
from ui.floorplan.style import (
    AREA_FILLS,
    FLOOR_FILL,
    KIND_LETTERS,
    MUTED_TEXT,
    SCALE,
    STATE_STYLES,
    TEXT,
    WALL,
)
from ui.theme import kind_colour

PAD = 5.0
LINE_GAP = 2.0
BADGE = 14.0


def outline_path(outline: tuple[tuple[float, float], ...]) -> QPainterPath:
    """A closed path of an outline in metres, in scene units."""
    path = QPainterPath()
    path.addPolygon(QPolygonF([QPointF(x * SCALE, y * SCALE) for x, y in outline]))
    path.closeSubpath()
    return path


def _font(pixels: int, *, bold: bool = False, italic: bool = False) -> QFont:
    font = QFont()
    font.setPixelSize(pixels)
    font.setBold(bold)
    font.setItalic(italic)
    return font


NAME_FONT = _font(13, bold=True)
TEXT_FONT = _font(11)
STATE_FONT = _font(11, bold=True)
SMALL_FONT = _font(9, bold=True)
AREA_FONT = _font(10, italic=True)


def device_rect(painter: QPainter, rect: QRectF) -> QRectF:
    """Where a rectangle of the item lands on the device (pixels), for text of a fixed size."""
    return painter.worldTransform().mapRect(rect)


class RoomItem(QGraphicsItem):
    """A room drawn to scale, filled and hatched by its state, labelled as far as room allows."""

    def __init__(self, room: RoomInfo, *, offset: QPointF) -> None:
        super().__init__()
        self.room = room
        self._path = outline_path(room.outline)
        self._rect = self._path.boundingRect()
        self.status = RoomStatus.FREE if room.bookable else RoomStatus.NOT_BOOKABLE
        self.word = ""
        self.detail = ""
        self.seats = str(room.capacity)
        self.selected = False
        self.hovered = False
        self.setPos(offset)
        self.setAcceptHoverEvents(True)
        self.setZValue(2)

    def boundingRect(self) -> QRectF:
        return self._rect

    def shape(self) -> QPainterPath:
        return self._path

    def set_state(self, status: RoomStatus, word: str, detail: str, tooltip: str, *,
                  seats: str) -> None:
        self.status, self.word, self.detail, self.seats = status, word, detail, seats
        self.setToolTip(tooltip)
        self.update()

    def set_selected_room(self, selected: bool) -> None:
        self.selected = selected
        self.update()

    def hoverEnterEvent(self, event: object) -> None:  # noqa: ARG002
        self.hovered = True
        self.update()

    def hoverLeaveEvent(self, event: object) -> None:  # noqa: ARG002
        self.hovered = False
        self.update()

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,  # noqa: ARG002
              widget: QWidget | None = None) -> None:  # noqa: ARG002
        style = STATE_STYLES[self.status]
        painter.save()
        painter.setClipPath(self._path)
        painter.fillPath(self._path, QColor(style.fill))
        if style.pattern != Qt.BrushStyle.NoBrush:
            ink = QColor(style.ink)
            ink.setAlpha(85)
            painter.fillPath(self._path, QBrush(ink, style.pattern))
        # Walls are drawn twice as wide and clipped to the room: each room keeps its own inner
        # half, so neighbours share a clean double line and nothing spills outside the outline.
        width = 6.0 if self.selected else 4.0 if self.hovered else 2.0
        pen = QPen(QColor("#111111" if self.selected else WALL), width)
        pen.setCosmetic(True)
        pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(self._path)
        self._paint_labels(painter)
        painter.restore()

    def _lines(self, width: float, height: float) -> list[tuple[QFont, str, str]]:
        """The label lines (font, text, role) that fit a box of this many pixels."""
        room = self.room
        name_metrics, text_metrics = QFontMetrics(NAME_FONT), QFontMetrics(TEXT_FONT)
        state_metrics = QFontMetrics(STATE_FONT)
        name_h, text_h = name_metrics.height() + LINE_GAP, text_metrics.height() + LINE_GAP
        # The name, else the code, else whichever is shorter (elided).
        names = sorted((room.name, room.code), key=name_metrics.horizontalAdvance)
        name = next((n for n in (room.name, room.code)
                     if name_metrics.horizontalAdvance(n) <= width), names[0])
        seats = self.seats if text_metrics.horizontalAdvance(self.seats) + BADGE + 4 <= width \
            else str(room.capacity)
        state = f"{self.word}: {self.detail}" if self.detail else self.word
        if state_metrics.horizontalAdvance(state) > width:
            state = self.word  # the word alone beats a clipped name; the tooltip has it all
        if self.detail and height >= name_h + 3 * text_h and width >= 70:
            return [(NAME_FONT, name, "name"), (TEXT_FONT, seats, "seats"),
                    (STATE_FONT, self.word, "state"), (TEXT_FONT, self.detail, "detail")]
        if height >= name_h + 2 * text_h and width >= 56:
            return [(NAME_FONT, name, "name"), (TEXT_FONT, seats, "seats"),
                    (STATE_FONT, state, "state")]
        if height >= name_h + text_h and width >= 40:
            return [(NAME_FONT, name, "name"), (STATE_FONT, self.word, "state")]
        small = QFontMetrics(SMALL_FONT)
        return [(SMALL_FONT, next((n for n in (room.code, room.name)
                                   if small.horizontalAdvance(n) <= width),
                                  min((room.name, room.code), key=small.horizontalAdvance)),
                 "name")]

    def _paint_labels(self, painter: QPainter) -> None:
        outer = device_rect(painter, self._rect)
        pad = PAD if min(outer.width(), outer.height()) > 48 else 2.0
        box = outer.adjusted(pad, pad, -pad, -pad)
        if box.width() < 22 or box.height() < 11:
            return
        painter.setTransform(QTransform())
        badge = self.room.kind in KIND_LETTERS
        texts: list[tuple[QFont, str, str, float]] = []
        y, widest = box.top(), 0.0
        for font, text, role in self._lines(box.width(), box.height()):
            metrics = QFontMetrics(font)
            indent = BADGE + 4 if badge and role == "seats" else 0.0
            shown = metrics.elidedText(text, Qt.TextElideMode.ElideRight,
                                       int(box.width() - indent))
            if not shown or y + metrics.height() > box.bottom() + 1:
                break
            texts.append((font, shown, role, y))
            widest = max(widest, indent + metrics.horizontalAdvance(shown))
            y += metrics.height() + LINE_GAP
        if not texts:
            return
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(255, 255, 255, 205))
        painter.drawRoundedRect(QRectF(box.left() - 3, box.top() - 2, widest + 6,
                                       y - box.top() + 1), 3, 3)
        ink = QColor(STATE_STYLES[self.status].ink)
        for font, shown, role, top in texts:
            metrics = QFontMetrics(font)
            left = box.left()
            if badge and role == "seats":
                self._paint_badge(painter, QRectF(left, top + (metrics.height() - BADGE) / 2,
                                                  BADGE, BADGE))
                left += BADGE + 4
            painter.setFont(font)
            painter.setPen(ink if role == "state" else QColor(TEXT))
            painter.drawText(QPointF(left, top + metrics.ascent()), shown)

    def _paint_badge(self, painter: QPainter, rect: QRectF) -> None:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(kind_colour(self.room.kind))
        painter.drawRoundedRect(rect, 3, 3)
        painter.setPen(QColor("#ffffff"))
        painter.setFont(SMALL_FONT)
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, KIND_LETTERS[self.room.kind])


class AreaItem(QGraphicsItem):
    """A corridor, stair, lift, toilet or service area: drawn quietly, lightly labelled."""

    def __init__(self, area: AreaInfo, *, offset: QPointF) -> None:
        super().__init__()
        self.area = area
        self._path = outline_path(area.outline)
        self._rect = self._path.boundingRect()
        self.setPos(offset)
        self.setZValue(1)

    def boundingRect(self) -> QRectF:
        return self._rect

    def shape(self) -> QPainterPath:
        return self._path

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,  # noqa: ARG002
              widget: QWidget | None = None) -> None:  # noqa: ARG002
        painter.save()
        painter.setClipPath(self._path)
        painter.fillPath(self._path, QColor(AREA_FILLS.get(self.area.kind, "#ececec")))
        pen = QPen(QColor("#b7b0a2"), 1.0)
        pen.setCosmetic(True)
        painter.setPen(pen)
        rect = self._rect
        if self.area.kind == "stairs":
            self._paint_treads(painter, rect)
        elif self.area.kind == "lift":
            painter.drawLine(rect.topLeft(), rect.bottomRight())
            painter.drawLine(rect.topRight(), rect.bottomLeft())
        pen.setWidthF(2.0)
        pen.setColor(QColor("#8f887a"))
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(self._path)
        if self.area.kind != "corridor":
            self._paint_name(painter)
        painter.restore()

    def _paint_treads(self, painter: QPainter, rect: QRectF) -> None:
        step = 0.35 * SCALE
        if rect.height() >= rect.width():
            y = rect.top() + step
            while y < rect.bottom():
                painter.drawLine(QPointF(rect.left(), y), QPointF(rect.right(), y))
                y += step
        else:
            x = rect.left() + step
            while x < rect.right():
                painter.drawLine(QPointF(x, rect.top()), QPointF(x, rect.bottom()))
                x += step

    def _paint_name(self, painter: QPainter) -> None:
        box = device_rect(painter, self._rect).adjusted(3, 3, -3, -3)
        metrics = QFontMetrics(AREA_FONT)
        name = self.area.name
        # "Musholla (prayer room)" may become "Musholla"; a long name may take two lines.
        for text in (name, name.split(" (")[0]):
            bounds = metrics.boundingRect(box.toRect(), Qt.TextFlag.TextWordWrap, text)
            if bounds.width() <= box.width() and bounds.height() <= box.height() and \
                    bounds.height() <= 3 * metrics.height() and \
                    all(metrics.horizontalAdvance(w) <= box.width() for w in text.split()):
                break
        else:
            return
        painter.setTransform(QTransform())
        tag = QRectF(0, 0, bounds.width() + 8, bounds.height() + 2)
        tag.moveCenter(box.center())
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(255, 255, 255, 170))
        painter.drawRoundedRect(tag, 3, 3)
        painter.setFont(AREA_FONT)
        painter.setPen(QColor(MUTED_TEXT))
        painter.drawText(tag, Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, text)


class DivisibleFrame(QGraphicsItem):
    """The outline of a divisible room (the hall) drawn over its parts, with its whole name."""

    def __init__(self, room: RoomInfo, *, offset: QPointF) -> None:
        super().__init__()
        self.room = room
        self.label = ""
        self._path = outline_path(room.outline)
        self._rect = self._path.boundingRect()
        self.setPos(offset)
        self.setZValue(3)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)

    def boundingRect(self) -> QRectF:
        return self._rect

    def set_label(self, label: str) -> None:
        self.label = label
        self.update()

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,  # noqa: ARG002
              widget: QWidget | None = None) -> None:  # noqa: ARG002
        painter.save()
        pen = QPen(QColor(WALL), 3.0)
        pen.setCosmetic(True)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(self._path)
        box = device_rect(painter, self._rect).adjusted(PAD, PAD, -PAD, -PAD)
        metrics = QFontMetrics(TEXT_FONT)
        if self.label and metrics.horizontalAdvance(self.label) + 12 <= box.width() and \
                box.height() > 6 * metrics.height():
            painter.setTransform(QTransform())
            tag = QRectF(0, 0, metrics.horizontalAdvance(self.label) + 12, metrics.height() + 6)
            tag.moveCenter(QPointF(box.center().x(), box.bottom() - tag.height() / 2))
            painter.setPen(QPen(QColor(WALL), 1.0))
            painter.setBrush(QColor(255, 255, 255, 225))
            painter.drawRoundedRect(tag, 4, 4)
            painter.setFont(TEXT_FONT)
            painter.setPen(QColor(TEXT))
            painter.drawText(tag, Qt.AlignmentFlag.AlignCenter, self.label)
        painter.restore()


class FloorItem(QGraphicsItem):
    """The footprint of a floor: the outer wall, and a faint hatch where nothing is drawn."""

    def __init__(self, width: float, depth: float, covered: QPainterPath, *,
                 offset: QPointF) -> None:
        super().__init__()
        self._rect = QRectF(0, 0, width * SCALE, depth * SCALE)
        outside = QPainterPath()
        outside.addRect(self._rect)
        self._void = outside.subtracted(covered).simplified()
        self.setPos(offset)
        self.setZValue(0)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)

    def boundingRect(self) -> QRectF:
        return self._rect

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,  # noqa: ARG002
              widget: QWidget | None = None) -> None:  # noqa: ARG002
        painter.save()
        painter.setClipRect(self._rect)
        painter.fillRect(self._rect, QColor(FLOOR_FILL))
        if not self._void.isEmpty():
            painter.fillPath(self._void, QBrush(QColor("#d5d1c8"), Qt.BrushStyle.FDiagPattern))
        pen = QPen(QColor(WALL), 6.0)  # half of it, inside the clip, shows
        pen.setCosmetic(True)
        pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(self._rect)
        painter.restore()
