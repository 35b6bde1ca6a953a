"""How the plan shows a state: a tint, a hatch pattern and a word, so colour is never needed alone."""

from dataclasses import dataclass

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPen

from booking.occupancy import RoomStatus

# Points of the 1:100-ish drawing per metre; the view scales the scene to the window.
SCALE = 20.0


@dataclass(frozen=True)
class StateStyle:
    """Fill tint, the stronger ink of its hatching and border, and the hatch pattern."""

    fill: str
    ink: str
    pattern: Qt.BrushStyle


# Okabe-Ito hues (blue, orange, vermillion, reddish purple) tinted for text to read on them;
# each state also has its own hatching, so the plan reads in greyscale and for colour-blind eyes.
STATE_STYLES = {
    RoomStatus.FREE: StateStyle("#e4f3e2", "#2e7d32", Qt.BrushStyle.NoBrush),
    RoomStatus.BOOKED: StateStyle("#d3e5f5", "#0b5394", Qt.BrushStyle.BDiagPattern),
    RoomStatus.SOON: StateStyle("#ffe9b8", "#a86400", Qt.BrushStyle.Dense6Pattern),
    RoomStatus.IN_USE: StateStyle("#f8cfb9", "#b23c00", Qt.BrushStyle.DiagCrossPattern),
    RoomStatus.ASSIGNED: StateStyle("#ead8f1", "#7b3294", Qt.BrushStyle.HorPattern),
    RoomStatus.CLOSED: StateStyle("#d9d9d9", "#5f5f5f", Qt.BrushStyle.CrossPattern),
    RoomStatus.NOT_BOOKABLE: StateStyle("#eeeeee", "#9e9e9e", Qt.BrushStyle.NoBrush),
}
LEGEND_ORDER = (RoomStatus.FREE, RoomStatus.BOOKED, RoomStatus.SOON, RoomStatus.IN_USE,
                RoomStatus.ASSIGNED, RoomStatus.CLOSED, RoomStatus.NOT_BOOKABLE)

# A letter per kind, shown on a badge in the kind's colour (ui.theme) beside the room's name.
KIND_LETTERS = {"hall": "H", "meeting": "M", "communal": "C", "production": "P",
                "training": "T", "incubation": "I", "boardroom": "B", "focus": "F",
                "reception": "R"}

AREA_FILLS = {"corridor": "#f4f1ea", "stairs": "#e6e2d8", "lift": "#e6e2d8",
              "toilets": "#e3ebf0", "pantry": "#f1ece2", "service": "#e4e4e4"}
PLAN_BACKGROUND = "#f3f4f6"
FLOOR_FILL = "#fbfaf7"
WALL = "#3d4349"
TEXT = "#1d2126"
MUTED_TEXT = "#6b7178"


def state_style(status: RoomStatus) -> StateStyle:
    return STATE_STYLES[status]


def paint_state(painter: QPainter, rect: QRectF, status: RoomStatus) -> None:
    """A legend swatch: the state's tint, hatching and border in a rectangle."""
    style = STATE_STYLES[status]
    painter.save()
    painter.setPen(QPen(QColor(style.ink), 1.0))
    painter.setBrush(QColor(style.fill))
    painter.drawRect(rect)
    if style.pattern != Qt.BrushStyle.NoBrush:
        ink = QColor(style.ink)
        ink.setAlpha(150)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QBrush(ink, style.pattern))
        painter.drawRect(rect)
    painter.restore()
