"""The legend: each state's swatch (tint and hatching) and word, and the kind badges."""

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPixmap
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QWidget

from booking.occupancy import RoomStatus
from ui.floorplan.style import KIND_LETTERS, LEGEND_ORDER, MUTED_TEXT, paint_state
from ui.plain import PlainLabel
from ui.theme import kind_colour

SWATCH_W, SWATCH_H = 26, 16


def state_swatch(status: RoomStatus) -> QPixmap:
    """A small picture of how a state looks on the plan."""
    pixmap = QPixmap(SWATCH_W, SWATCH_H)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    paint_state(painter, QRectF(0.5, 0.5, SWATCH_W - 1, SWATCH_H - 1), status)
    painter.end()
    return pixmap


def kind_badge(kind: str) -> QPixmap:
    """The badge a kind of room carries beside its name."""
    pixmap = QPixmap(16, 16)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(kind_colour(kind))
    painter.drawRoundedRect(QRectF(0, 0, 16, 16), 3, 3)
    font = QFont()
    font.setPixelSize(10)
    font.setBold(True)
    painter.setFont(font)
    painter.setPen(QColor("#ffffff"))
    painter.drawText(QRectF(0, 0, 16, 16), Qt.AlignmentFlag.AlignCenter, KIND_LETTERS[kind])
    painter.end()
    return pixmap


class Legend(QWidget):
    """Two rows: the states, then the kinds of room."""

    def __init__(self, *, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("floorLegend")
        self.state_labels: dict[RoomStatus, QLabel] = {}
        self.kind_labels: dict[str, QLabel] = {}
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setVerticalSpacing(3)
        states = QHBoxLayout()
        states.setSpacing(6)
        for status in LEGEND_ORDER:
            swatch = PlainLabel(self)
            swatch.setPixmap(state_swatch(status))
            label = PlainLabel(self)
            self.state_labels[status] = label
            states.addWidget(swatch)
            states.addWidget(label)
            states.addSpacing(10)
        states.addStretch(1)
        kinds = QHBoxLayout()
        kinds.setSpacing(5)
        for kind in KIND_LETTERS:
            badge = PlainLabel(self)
            badge.setPixmap(kind_badge(kind))
            label = PlainLabel(self)
            label.setStyleSheet(f"color: {MUTED_TEXT};")
            self.kind_labels[kind] = label
            kinds.addWidget(badge)
            kinds.addWidget(label)
            kinds.addSpacing(8)
        kinds.addStretch(1)
        grid.addLayout(states, 0, 0)
        grid.addLayout(kinds, 1, 0)

    def set_words(self, states: dict[RoomStatus, str], kinds: dict[str, str]) -> None:
        for status, label in self.state_labels.items():
            label.setText(states[status])
        for kind, label in self.kind_labels.items():
            label.setText(kinds.get(kind, kind))
