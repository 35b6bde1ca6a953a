"""The selected event in full, with the buttons that print its run sheet and its room-loan
letter."""

from collections.abc import Mapping
from datetime import datetime
from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGroupBox, QPushButton, QScrollArea, QVBoxLayout, QWidget

from booking.events.service import EventView
from booking.timeutil import hhmm, local, when
from ui.dialog.widgets import HINT_COLOUR
from ui.events.common import buttons_right, hint_html, plain_scrolling, rich_label
from ui.events.wording import (
    HALL_COLOUR,
    audience_text,
    equipment_text,
    expiry_text,
    layout_name,
    span_text,
    status_text,
)


class EventDetails(QGroupBox):
    """Everything about one event that the hall crew, the desk and the manager ask about."""

    def __init__(self, *, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("eventDetails")
        self.current: EventView | None = None
        self._names: Mapping[str, str] = {}
        self._now: datetime | None = None
        self.label = rich_label(self)
        self.label.setObjectName("detailsLabel")
        self.label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.print_button = QPushButton(self)
        self.print_button.setObjectName("printButton")
        self.letter_button = QPushButton(self)
        self.letter_button.setObjectName("letterButton")
        scroll = QScrollArea(self)
        plain_scrolling(scroll)
        scroll.setWidget(self.label)
        box = QVBoxLayout(self)
        box.addWidget(scroll, 1)
        box.addLayout(buttons_right(self.letter_button, self.print_button))
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("Event"))
        self.print_button.setText(self.tr("&Print event sheet…"))
        self.print_button.setToolTip(self.tr("Save the run sheet for the hall crew and the "
                                             "front desk as a PDF"))
        self.letter_button.setText(self.tr("Room-&loan letter…"))
        self.letter_button.setToolTip(self.tr("Save the letter lending the hall to the "
                                              "organizer as a PDF (a draft until approved)"))
        self._show()

    def show_event(self, event: EventView | None, *, names: Mapping[str, str],
                   now: datetime) -> None:
        self.current, self._names, self._now = event, names, now
        self._show()

    def _show(self) -> None:
        self.print_button.setEnabled(self.current is not None)
        self.letter_button.setEnabled(self.current is not None)
        if self.current is None:
            self.label.setText(hint_html(self.tr(
                "Click an event in the calendar or a request to see it here.")))
            return
        self.label.setText(self._html(self.current))

    def _row(self, label: str, value: str) -> str:
        return (f"<tr><td style='color:{HINT_COLOUR}; padding-right:8px'>{escape(label)}</td>"
                f"<td>{value}</td></tr>")

    def _html(self, e: EventView) -> str:
        colour = HALL_COLOUR if e.status in ("approved", "requested") else HINT_COLOUR
        head = (f"<div style='font-size:large'><b>{escape(e.title)}</b></div>"
                f"<div style='color:{colour}'><b>{escape(status_text(e.status))}</b></div>")
        rows = [
            self._row(self.tr("When"), escape(span_text(e))),
            self._row(self.tr("Hall"), escape(e.hall_name)),
            self._row(self.tr("Crew"), escape(self.tr(
                "setup from {0} ({1} min), teardown until {2} ({3} min)").format(
                hhmm(e.setup_start), e.setup_min, hhmm(e.teardown_end), e.teardown_min))),
            self._row(self.tr("Layout"), escape(self.tr("{0}, {1} expected").format(
                layout_name(e.layout), e.attendees))),
            self._row(self.tr("Equipment"), escape(equipment_text(e.equipment, self._names))),
            self._row(self.tr("Catering"), escape(e.catering or "—")),
            self._row(self.tr("Organizer"), escape(", ".join(
                x for x in (e.organizer, e.organization) if x) or "—")),
            self._row(self.tr("On the day"), escape(" · ".join(
                x for x in (e.contact_name, e.contact_phone) if x) or "—")),
            self._row(self.tr("Audience"), escape(audience_text(e.public))),
            self._row(self.tr("Asked by"), escape(e.requested_by or "—")),
        ]
        if e.status == "requested" and e.expires_at is not None and self._now is not None:
            rows.append(self._row(self.tr("Held until"),
                                  escape(expiry_text(e.expires_at, self._now))))
        if e.decided_by and e.decided_at:
            rows.append(self._row(self.tr("Decided"), escape(self.tr("{0}, {1}").format(
                e.decided_by, when(local(e.decided_at))))))
        if e.decision_reason:
            rows.append(self._row(self.tr("Reason"), escape(e.decision_reason)))
        return head + "<table style='margin-top:6px' cellspacing='0' cellpadding='1'>" + \
            "".join(rows) + "</table>"
