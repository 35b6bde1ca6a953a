"""Occupancy figures at the chosen moment: per floor and for the building, as small cards."""

from PySide6.QtWidgets import QFrame, QHBoxLayout, QProgressBar, QVBoxLayout, QWidget

from booking.occupancy import Figures, OccupancyNow
from ui.plain import PlainLabel

CARD_STYLE = ("QFrame#figuresCard { background: #ffffff; border: 1px solid #d4d7dc; "
              "border-radius: 6px; }")
CURRENT_STYLE = ("QFrame#figuresCard { background: #eef4fb; border: 2px solid #0b5394; "
                 "border-radius: 6px; }")
BAR_STYLE = ("QProgressBar { background: #e9ebee; border: none; border-radius: 2px; } "
             "QProgressBar::chunk { background: #0b5394; border-radius: 2px; }")


def _percent(part: int, whole: int) -> int:
    return round(100 * part / whole) if whole else 0


class FigureCard(QFrame):
    """One floor's (or the building's) rooms booked now and checked in, and their seats."""

    def __init__(self, *, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("figuresCard")
        self.setStyleSheet(CARD_STYLE)
        self.title_label = PlainLabel(self)
        self.title_label.setStyleSheet("font-weight: bold; border: none; background: none;")
        self.rooms_label = PlainLabel(self)
        self.seats_label = PlainLabel(self)
        for label in (self.rooms_label, self.seats_label):
            label.setStyleSheet("border: none; background: none;")
            label.setWordWrap(True)  # longer words (Bahasa Indonesia) wrap, not widen the window
        self.bar = QProgressBar(self)
        self.bar.setTextVisible(False)
        self.bar.setFixedHeight(5)
        self.bar.setStyleSheet(BAR_STYLE)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 5, 10, 6)
        layout.setSpacing(1)
        layout.addWidget(self.title_label)
        layout.addWidget(self.rooms_label)
        layout.addWidget(self.seats_label)
        layout.addWidget(self.bar)

    def set_current(self, current: bool) -> None:
        self.setStyleSheet(CURRENT_STYLE if current else CARD_STYLE)

    def text(self) -> str:
        """What the card says, as plain text."""
        return " · ".join(label.text() for label in (self.title_label, self.rooms_label,
                                                     self.seats_label))


class FiguresBar(QWidget):
    """A card per floor and one for the building."""

    def __init__(self, *, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("floorFigures")
        self.cards: dict[int | None, FigureCard] = {}
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(8)
        self._report: OccupancyNow | None = None
        self._current: int | None = None

    def retranslate_ui(self) -> None:
        if self._report is not None:
            self.set_figures(self._report, self._current)

    def _card(self, key: int | None) -> FigureCard:
        if key not in self.cards:
            self.cards[key] = FigureCard(parent=self)
            self._layout.addWidget(self.cards[key], 1)
        return self.cards[key]

    def set_figures(self, report: OccupancyNow, current: int | None) -> None:
        """Show a report; the card of the floor on screen (None: the building) stands out."""
        self._report, self._current = report, current
        for floor in report.floors:
            self._fill(self._card(floor.floor), floor.name, floor.figures)
        self._fill(self._card(None), self.tr("Building"), report.building)
        for key, card in self.cards.items():
            card.set_current(key == current)

    def _fill(self, card: FigureCard, title: str, figures: Figures) -> None:
        rooms = _percent(figures.rooms_in_use, figures.rooms_bookable)
        card.title_label.setText(title)
        card.rooms_label.setText(self.tr("{0} / {1} rooms booked now ({2}%) · {3} checked in")
                                 .format(figures.rooms_in_use, figures.rooms_bookable, rooms,
                                         figures.rooms_checked_in))
        card.seats_label.setText(self.tr("{0} / {1} seats booked · {2} checked in").format(
            figures.seats_booked, figures.seats, figures.seats_checked_in))
        card.setToolTip(self.tr(
            "Booked now: rooms held by a booking or a team's term at this moment.\n"
            "Checked in: of those, the rooms whose guests have arrived."))
        card.bar.setValue(rooms)

    def text_of(self, key: int | None) -> str:
        """The card of a floor level (None: the building), as plain text."""
        return self.cards[key].text()
