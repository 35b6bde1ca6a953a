"""Requests awaiting a decision: one card each, with Approve and Decline for the manager."""

from collections.abc import Mapping
from datetime import datetime
from html import escape

from PySide6.QtCore import Qt, QTimer, Signal, Slot
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QFrame, QPushButton, QScrollArea, QVBoxLayout, QWidget

from booking.events.service import EventView
from booking.timeutil import hhmm, local
from ui.dialog.widgets import HINT_COLOUR
from ui.events.common import buttons_right, hint_html, plain_scrolling, rich_label
from ui.events.wording import (
    HALL_COLOUR,
    audience_text,
    equipment_text,
    expiry_text,
    layout_name,
    span_text,
)
from ui.plain import PlainLabel, plain_tooltip


class RequestCard(QFrame):
    """One request: what, when, where, for how many, with what, who asked, when it lapses."""

    approve_clicked = Signal(int)
    decline_clicked = Signal(int)
    clicked = Signal(int)

    def __init__(self, *, event: EventView, names: Mapping[str, str], capacity: int | None,
                 now: datetime, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.event_id = event.id
        self._event, self._names, self._capacity, self._now = event, names, capacity, now
        self.setObjectName(f"request_{event.id}")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.label = rich_label(self)
        self.approve_button = QPushButton(self)
        self.approve_button.setObjectName("approveButton")
        self.decline_button = QPushButton(self)
        self.decline_button.setObjectName("declineButton")
        box = QVBoxLayout(self)
        box.setContentsMargins(10, 8, 10, 8)
        box.setSpacing(6)
        box.addWidget(self.label)
        box.addLayout(buttons_right(self.decline_button, self.approve_button))
        self.set_selected(False)
        self._connect_signals()
        self.retranslate_ui()

    def _connect_signals(self) -> None:
        self.approve_button.clicked.connect(self.on_approve_button_clicked)
        self.decline_button.clicked.connect(self.on_decline_button_clicked)

    def retranslate_ui(self) -> None:
        self.approve_button.setText(self.tr("&Approve"))
        self.decline_button.setText(self.tr("&Decline…"))
        self.label.setText(self._html())

    def set_selected(self, selected: bool) -> None:
        border = f"2px solid {HALL_COLOUR}" if selected else "1px dashed #b9aacf"
        self.setStyleSheet(f"RequestCard {{ background: #faf8fd; border: {border}; "
                           "border-radius: 4px; }")

    def set_decisions(self, allowed: bool, reason: str) -> None:
        """Enable Approve and Decline, or disable them saying why."""
        for button, tip in ((self.approve_button, self.tr(
                "Approve: the hold becomes a confirmed booking of the hall")),
                            (self.decline_button, self.tr(
                "Decline with a reason: the hall is free again"))):
            button.setEnabled(allowed)
            button.setToolTip(plain_tooltip(tip if allowed else reason))

    def _html(self) -> str:
        e = self._event
        seats = self.tr("{0} of {1} seats").format(e.attendees, self._capacity) \
            if self._capacity else self.tr("{0} people").format(e.attendees)
        setup = local(e.setup_start)
        teardown = local(e.teardown_end)
        who = escape(e.requested_by or self.tr("someone"))
        if e.organization:
            who += escape(self.tr(" for {0}").format(e.organization))
        parts = [
            f"<b>{escape(e.title)}</b> <span style='color:{HINT_COLOUR}'>#{e.id}</span>",
            escape(f"{span_text(e)} · {e.hall_name}"),
            escape(self.tr("Setup from {0}, teardown until {1}").format(
                hhmm(setup), hhmm(teardown))),
            escape(f"{layout_name(e.layout)} · {seats} · {audience_text(e.public)}"),
            escape(self.tr("Equipment: {0}").format(equipment_text(e.equipment, self._names))),
            self.tr("Asked by {0}").format(f"<b>{who}</b>"),
        ]
        if e.expires_at is not None:
            parts.append(hint_html(self.tr("Held until {0}").format(
                expiry_text(e.expires_at, self._now))))
        return "<br>".join(parts)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.clicked.emit(self.event_id)
        super().mousePressEvent(event)

    @Slot()
    def on_approve_button_clicked(self) -> None:
        self.approve_clicked.emit(self.event_id)

    @Slot()
    def on_decline_button_clicked(self) -> None:
        self.decline_clicked.emit(self.event_id)


class PendingList(QScrollArea):
    """The requests nobody has decided yet, the soonest to lapse first."""

    approve_requested = Signal(int)
    decline_requested = Signal(int)
    event_selected = Signal(int)

    def __init__(self, *, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pendingList")
        plain_scrolling(self)
        inside = QWidget(self)
        self._box = QVBoxLayout(inside)
        self._box.setContentsMargins(0, 0, 4, 0)
        self._box.setSpacing(8)
        self.empty_label = PlainLabel(inside)
        self.empty_label.setWordWrap(True)
        self.empty_label.setStyleSheet(f"color: {HINT_COLOUR};")
        self._box.addWidget(self.empty_label)
        self._box.addStretch(1)
        self.setWidget(inside)
        self.cards: dict[int, RequestCard] = {}
        self._allowed, self._reason = True, ""
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.empty_label.setText(self.tr("No requests are waiting for a decision."))
        for card in self.cards.values():
            card.retranslate_ui()

    def set_requests(self, events: list[EventView], *, names: Mapping[str, str],
                     capacities: Mapping[int, int | None], now: datetime,
                     selected: int | None) -> None:
        """Show these requests (only the ones still requested), replacing the cards."""
        for card in self.cards.values():
            self._box.removeWidget(card)
            card.hide()
            card.deleteLater()
        self.cards = {}
        pending = sorted((e for e in events if e.status == "requested"),
                         key=lambda e: (e.expires_at or e.start, e.id))
        for index, event in enumerate(pending):
            card = RequestCard(event=event, names=names, capacity=capacities.get(event.id),
                               now=now, parent=self.widget())
            card.set_decisions(self._allowed, self._reason)
            card.set_selected(event.id == selected)
            card.approve_clicked.connect(self.approve_requested)
            card.decline_clicked.connect(self.decline_requested)
            card.clicked.connect(self.event_selected)
            self._box.insertWidget(index, card)
            # Shown now, not on the layout's next turn, so the scroll area measures it.
            card.show()
            self.cards[event.id] = card
        self.empty_label.setVisible(not pending)

    def set_selected(self, event_id: int | None) -> None:
        for key, card in self.cards.items():
            card.set_selected(key == event_id)
        if event_id in self.cards:
            # Once the new cards are laid out, so their places are known.
            QTimer.singleShot(0, self, lambda: self._reveal(event_id))

    def _reveal(self, event_id: int) -> None:
        card = self.cards.get(event_id)
        if card is not None:
            self.ensureWidgetVisible(card, 0, 8)

    def set_decisions(self, allowed: bool, reason: str) -> None:
        """Whether the acting person may decide; when not, the buttons say why."""
        self._allowed, self._reason = allowed, reason
        for card in self.cards.values():
            card.set_decisions(allowed, reason)
