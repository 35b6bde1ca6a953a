"""An open booking form that another desk overtook: say so, and reload keeping the typing."""

from dataclasses import dataclass, replace
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from booking.timeutil import local
from booking.views import BookingView
from ui.dialog.form import BookingForm
from ui.dialog.widgets import ERROR_COLOUR
from ui.plain import PlainLabel
from ui.qdates import shown

# The parts of a booking a person edits in the form, each with the fields behind it.
PARTS: dict[str, tuple[str, ...]] = {
    "room": ("room",),
    "time": ("start", "end"),
    "title": ("title",),
    "organization": ("organization",),
    "attendees": ("attendees",),
    "layout": ("layout",),
    "contact": ("contact_name", "contact_phone"),
    "notes": ("notes",),
    "guest_tz": ("guest_tz",),
}


def _value(source: BookingView | BookingForm, name: str) -> object:
    value = getattr(source, name)
    if value is None or isinstance(value, str):
        return (value or "").strip()  # no organization and an empty one are the same
    return value


def _part_differs(one: BookingView | BookingForm, other: BookingView | BookingForm,
                  part: str) -> bool:
    return any(_value(one, name) != _value(other, name) for name in PARTS[part])


@dataclass(frozen=True)
class Merged:
    """The form after a reload: the other desk's booking with the person's own edits on top."""

    form: BookingForm
    kept: tuple[str, ...]       # parts the person had changed, kept as typed
    taken: tuple[str, ...]      # parts the other desk changed, taken from the database
    clashed: tuple[str, ...]    # parts both changed: the person's typing wins, say so


def merge(original: BookingView, fresh: BookingView, mine: BookingForm) -> Merged:
    """Three-way merge by part: what the person changed stays, the rest follows the database."""
    values: dict[str, Any] = {}
    kept: list[str] = []
    taken: list[str] = []
    clashed: list[str] = []
    for part, names in PARTS.items():
        typed = _part_differs(mine, original, part)
        theirs = _part_differs(fresh, original, part)
        if typed:
            kept.append(part)
            if theirs and _part_differs(mine, fresh, part):
                clashed.append(part)
        else:
            values.update({name: getattr(fresh, name) for name in names})
            if theirs:
                taken.append(part)
    return Merged(replace(mine, **values), tuple(kept), tuple(taken), tuple(clashed))


class StaleCard(QGroupBox):
    """Says that another desk changed (or cancelled) the booking; Reload edits their version."""

    reload_requested = Signal()

    def __init__(self, *, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("staleBox")
        self.label = PlainLabel(self)
        self.label.setObjectName("staleLabel")
        self.label.setWordWrap(True)
        self.label.setStyleSheet(f"color: {ERROR_COLOUR};")
        self.reload_button = QPushButton(self)
        self.reload_button.setObjectName("reloadButton")
        self.reload_button.setAutoDefault(False)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.reload_button)
        box = QVBoxLayout(self)
        box.addWidget(self.label)
        box.addLayout(buttons)
        self.fresh: BookingView | None = None
        self._connect_signals()
        self.retranslate_ui()
        self.hide()

    def _connect_signals(self) -> None:
        self.reload_button.clicked.connect(self.reload_requested)

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("Changed at another desk"))
        self.reload_button.setText(self.tr("&Reload"))
        self.reload_button.setToolTip(self.tr(
            "Edit the booking as it is now; what you typed stays where it still applies"))
        self._show_text()

    def show_fresh(self, fresh: BookingView) -> None:
        """The booking as the database now has it, newer than the form's."""
        self.fresh = fresh
        self._show_text()
        self.show()

    def clear(self) -> None:
        self.fresh = None
        self.hide()

    def blocker(self) -> str | None:
        """Why Save must wait, while the card is up."""
        if self.fresh is None:
            return None
        if not self.fresh.active:
            return self.tr("another desk has {0} this booking; close the form").format(
                self._status_word(self.fresh.status))
        return self.tr("another desk changed this booking; press Reload to edit the latest")

    def summary(self, merged: Merged) -> str:
        """What a reload did, for the status line."""
        names = {"room": self.tr("room"), "time": self.tr("time"), "title": self.tr("title"),
                 "organization": self.tr("organization"), "attendees": self.tr("attendees"),
                 "layout": self.tr("layout"), "contact": self.tr("contact"),
                 "notes": self.tr("notes"), "guest_tz": self.tr("guest time zone")}

        def listed(parts: tuple[str, ...]) -> str:
            return ", ".join(names[p] for p in parts)

        lines = [self.tr("Reloaded.")]
        if merged.taken:
            lines.append(self.tr("From the other desk: {0}.").format(listed(merged.taken)))
        if merged.kept:
            lines.append(self.tr("Kept as you typed: {0}.").format(listed(merged.kept)))
        if merged.clashed:
            lines.append(self.tr("Both of you changed {0}: check it before saving.").format(
                listed(merged.clashed)))
        return " ".join(lines)

    def _status_word(self, status: str) -> str:
        words = {"cancelled": self.tr("cancelled"), "released": self.tr("released"),
                 "checked_in": self.tr("checked in")}
        return words.get(status, status.replace("_", " "))

    def _show_text(self) -> None:
        fresh = self.fresh
        if fresh is None:
            self.label.setText("")
            return
        self.reload_button.setVisible(fresh.active)
        if not fresh.active:
            self.label.setText(self.tr(
                "Another desk has {0} this booking since you opened it; it can no longer be "
                "changed here.").format(self._status_word(fresh.status)))
            return
        self.label.setText(self.tr(
            "Another desk changed this booking since you opened it (now {0}, {1:%a %d %b} "
            "{1:%H:%M}–{2:%H:%M}). Reload to continue from their version; what you typed "
            "stays where it still applies.").format(
                fresh.room_name, shown(local(fresh.start)), local(fresh.end)))
