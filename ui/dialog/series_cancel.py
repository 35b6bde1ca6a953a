"""Cancelling dates of a series: the question (which ones, and why), then the cancel."""

from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from booking.series.service import SeriesInfo
from booking.services import Services
from booking.views import BookingView
from ui.dialog.reason import ReasonDialog
from ui.dialog.series_change import SeriesSaved
from ui.dialogs import CancelReason
from ui.qdates import shown


class SeriesCancelReason(ReasonDialog):
    """Asks to confirm cancelling dates of a series and why (a reason is required)."""

    def __init__(self, *, question: str, parent: QWidget | None = None) -> None:
        super().__init__(name="seriesCancelReason", parent=parent)
        self._question = question
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        super().retranslate_ui()
        self.setWindowTitle(self.tr("Cancel dates of a series"))
        self.question.setText(self._question + "\n" + self.tr(
            "Say why (the reason is kept with each booking):"))
        self.ok_button.setText(self.tr("Cancel the dates"))
        self.buttons.button(self.buttons.StandardButton.Cancel).setText(self.tr("Keep them"))

    @classmethod
    def ask(cls, parent: QWidget, question: str) -> str | None:
        """The reason given, or None when the person keeps the dates."""
        return cls(question=question, parent=parent).answer()


def _tr(text: str) -> str:
    return QCoreApplication.translate("SeriesEditor", text)


def cancel_dates(parent: QWidget, services: Services, *, scope: str, booking: BookingView,
                 info: SeriesInfo, day: date, today: date) -> SeriesSaved | None:
    """Ask why, then cancel one date, this and the following, or every date from today.

    None when the person gave no reason (nothing is cancelled); a refusal raises.
    """
    if scope == "this":
        reason = CancelReason.ask(parent, booking)
        if reason is None:
            return None
        change = services.bookings.cancel(actor=services.actor, booking_id=booking.id,
                                          reason=reason, expected_version=booking.version)
        return SeriesSaved(change, _tr(
            "Cancelled '{0}' on {1:%a %d %b}; the rest of the series goes on.").format(
            booking.title, shown(day)))
    since = max(day if scope == "following" else today, today)
    dates = [b for b in info.occurrences
             if b.active and (b.occurrence_date or "") >= since.isoformat()]
    question = _tr("Cancel {0} dates of '{1}' from {2:%a %d %b %Y} on?").format(
        len(dates), info.title, shown(since))
    reason = SeriesCancelReason.ask(parent, question)
    if reason is None:
        return None
    outcome = services.series.cancel(actor=services.actor, series_id=info.id, from_date=since,
                                     reason=reason, expected_version=info.version)
    return SeriesSaved(outcome.change, _tr("Series cancelled from {0:%a %d %b}: {1} dates.")
                       .format(shown(since), len(outcome.cancelled)))
