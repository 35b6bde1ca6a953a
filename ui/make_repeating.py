"""Make repeating: turn one booking into the first date of a series, its dates judged first."""

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QVBoxLayout, QWidget

from booking.errors import BookingError
from booking.series.service import Occurrence
from booking.services import Services
from booking.timeutil import hhmm, local, zone_abbreviation
from booking.views import BookingView
from ui.dialog.frame import CheckedDialog
from ui.dialog.repeat_editor import RepeatEditor
from ui.dialog.series_change import SeriesSaved, booked_and_skipped
from ui.dialog.series_preview import BLOCKING_VERDICTS, SeriesPreview
from ui.dialog.widgets import hint_label
from ui.plain import PlainLabel
from ui.qdates import shown


class MakeRepeating(CheckedDialog):
    """How a single booking repeats, with the dates it would book, then the series."""

    def __init__(self, *, services: Services, booking: BookingView,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("MakeRepeating")
        self._services = services
        self._booking = booking
        self.saved: SeriesSaved | None = None
        self.preview: tuple[Occurrence, ...] = ()
        self.problems: list[str] = []
        left = QWidget(self)
        box = QVBoxLayout(left)
        box.setContentsMargins(0, 0, 0, 0)
        self.heading = PlainLabel(self)
        self.heading.setWordWrap(True)
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.about = hint_label(self)
        self.repeat = RepeatEditor(anchor=local(booking.start).date(), parent=self)
        self.repeat.setObjectName("repeatEditor")
        self.repeat.drop_none()
        self.repeat.set_kind("weekly")
        box.addWidget(self.heading)
        box.addWidget(self.about)
        box.addSpacing(6)
        box.addWidget(self.repeat)
        box.addStretch(1)
        self.series_box = SeriesPreview(parent=self)
        self.series_box.setObjectName("seriesBox")
        self.series_summary, self.series_list = self.series_box.summary, self.series_box.dates
        side = QWidget(self)
        side.setFixedWidth(360)
        side_box = QVBoxLayout(side)
        side_box.setContentsMargins(0, 0, 0, 0)
        side_box.addWidget(self.series_box)
        self._build_frame(left, side, minimum_width=860, size=(860, 460))
        self._begin()

    def _connect_signals(self) -> None:
        super()._connect_signals()
        self.repeat.changed.connect(self.on_repeat_changed)

    def retranslate_ui(self) -> None:
        booking = self._booking
        self.setWindowTitle(self.tr("Make repeating"))
        self.heading.setText(self.tr("'{0}' in {1}").format(booking.title, booking.room_name))
        self.about.setText(self.tr(
            "{0:%a %d %b %Y}, {1}–{2} {3} becomes the first date of a series; the dates after "
            "it are booked with the same room, time and details.").format(
            shown(local(booking.start)), hhmm(booking.start), hhmm(booking.end),
            zone_abbreviation(booking.start)))
        self.repeat.retranslate_ui()
        self.series_box.retranslate_ui()
        self.cancel_button.setText(self.tr("Cancel"))
        self._show_check()

    # ----- checking -------------------------------------------------------------------------

    def check_now(self) -> list[str]:
        """Judge every date the rule gives, the booking itself first."""
        self._check_timer.stop()
        booking = self._booking
        rule = self.repeat.rule()
        self.preview = ()
        self.problems = []
        if rule is None:
            self.problems.append(self.tr("choose how the booking repeats"))
            self._show_check()
            return self.problems
        try:
            judged = self._services.series.preview(
                room=booking.room, start=booking.start, end=booking.end, rule=rule,
                attendees=booking.attendees, organization=booking.organization,
                layout=booking.layout)
        except BookingError as error:
            self.problems.append(error.message)
            self._show_check()
            return self.problems
        # The first date is the booking itself, which would clash with itself if judged.
        first = Occurrence(local(booking.start).date(), booking.start, booking.end, "kept",
                           self.tr("the booking it is made from"), booking_id=booking.id)
        self.preview = (first, *(o for o in judged if o.start != booking.start))
        blocking = [o for o in self.preview if o.verdict in BLOCKING_VERDICTS]
        if blocking and not self.repeat.skip_check.isChecked():
            self.problems.append(self.tr(
                "{0} of {1} dates cannot be booked ({2:%a %d %b}: {3}); tick “Skip dates that "
                "cannot be booked” or change how it repeats").format(
                len(blocking), len(self.preview), shown(blocking[0].day), blocking[0].detail))
        self._show_check()
        return self.problems

    def _show_check(self) -> None:
        self.series_box.show_series(self.preview, self.problems,
                                    skip=self.repeat.skip_check.isChecked())
        self._show_blockers(list(self.problems), blocked=self.tr("Save is off: {0}"),
                            calm=False, ready_tip=self.tr("Make the series (Enter)"))
        free = sum(1 for o in self.preview if o.verdict == "free")
        self.save_button.setText(self.tr("&Make {0} more dates").format(free))

    def _ready_text(self) -> str:
        free = [o for o in self.preview if o.verdict == "free"]
        if not free:
            return self.tr("No later date is free.")
        return self.tr("Ready: {0} more dates, up to {1:%a %d %b %Y}.").format(
            len(free), shown(free[-1].day))

    # ----- saving ---------------------------------------------------------------------------

    def _save_on_enter(self) -> None:
        if self._check_timer.isActive():
            self.check_now()
        if self.save_button.isEnabled():
            self.save()

    def _commit(self) -> None:
        services = self._services
        rule = self.repeat.rule()
        assert rule is not None
        outcome = services.series.make_series(
            actor=services.actor, booking_id=self._booking.id, rule=rule,
            skip_conflicts=self.repeat.skip_check.isChecked())
        booked, skipped = booked_and_skipped(outcome)
        # The booking it was made from is booked too.
        self.saved = SeriesSaved(outcome.change, self.tr(
            "Series saved: {0} dates booked, {1} skipped.").format(booked + 1, skipped))

    def _refusal_text(self, message: str) -> str:
        return self.tr("Not saved: {0}").format(message)

    @Slot()
    def on_repeat_changed(self) -> None:
        self.schedule_check()

    @classmethod
    def ask(cls, *, services: Services, booking: BookingView,
            parent: QWidget | None = None) -> SeriesSaved | None:
        """Open the dialog and wait; what was saved, or None when cancelled."""
        dialog = cls(services=services, booking=booking, parent=parent)
        return dialog.saved if dialog.run() else None
