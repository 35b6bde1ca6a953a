"""Bookings a new closure or term would meet, and the manager's choice: keep or cancel them."""

from collections.abc import Callable
from typing import TYPE_CHECKING, Literal, TypeVar

from PySide6.QtCore import QCoreApplication, Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from booking.affected import BookingsInTheWay
from booking.timeutil import local
from booking.tool_views import InTheWay
from booking.views import BookingView
from ui.plain import PlainLabel
from ui.qdates import shown

if TYPE_CHECKING:
    from booking.affected import OnBookings

Choice = Literal["keep", "cancel"]
T = TypeVar("T")


def booking_text(view: BookingView) -> str:
    """One line a manager recognises a booking by."""
    who = f" — {view.organization}" if view.organization else ""
    return (f"{shown(local(view.start)):%a %d %b %H:%M}–{local(view.end):%H:%M}  {view.room}  "
            f"{view.title}{who}  (#{view.id})")


def settled_text(settled: InTheWay) -> str:
    """What became of the bookings a saved change met ("" when it met none)."""
    def tr(text: str) -> str:
        return QCoreApplication.translate("AffectedBookings", text)
    if settled.cancelled:
        count = len(settled.cancelled)
        return (tr("1 booking in it was cancelled.") if count == 1 else
                tr("{0} bookings in it were cancelled.").format(count))
    count = len(settled.affected)
    if not count:
        return ""
    return (tr("1 booking in it was kept.") if count == 1 else
            tr("{0} bookings in it were kept.").format(count))


class AffectedBookings(QDialog):
    """Lists the bookings still to come that a change meets; Keep them, Cancel them or Back."""

    def __init__(self, bookings: tuple[BookingView, ...], *, what: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("affectedBookings")
        self.bookings = bookings
        self.what = what
        self.choice: Choice | None = None
        self.intro_label = PlainLabel(self)
        self.intro_label.setWordWrap(True)
        self.list = QListWidget(self)
        self.list.setObjectName("affectedList")
        self.list.addItems([booking_text(view) for view in bookings])
        self.buttons = QDialogButtonBox(self)
        self.keep_button: QPushButton = self.buttons.addButton(
            "", QDialogButtonBox.ButtonRole.AcceptRole)
        self.keep_button.setObjectName("keepButton")
        self.cancel_bookings_button: QPushButton = self.buttons.addButton(
            "", QDialogButtonBox.ButtonRole.DestructiveRole)
        self.cancel_bookings_button.setObjectName("cancelBookingsButton")
        self.back_button: QPushButton = self.buttons.addButton(
            "", QDialogButtonBox.ButtonRole.RejectRole)
        self.back_button.setObjectName("backButton")
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro_label)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.buttons)
        self.resize(620, 340)
        self._connect_signals()
        self.retranslate_ui()

    def _connect_signals(self) -> None:
        self.keep_button.clicked.connect(self.on_keep_button_clicked)
        self.cancel_bookings_button.clicked.connect(self.on_cancel_bookings_button_clicked)
        self.back_button.clicked.connect(self.reject)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Bookings in the way"))
        what = self.tr("closure") if self.what == "closure" else self.tr("term")
        count = (self.tr("1 booking still to come falls") if len(self.bookings) == 1 else
                 self.tr("{0} bookings still to come fall").format(len(self.bookings)))
        self.intro_label.setText(self.tr(
            "{0} in this {1}. Keep them (they stay booked), or cancel them (each is cancelled "
            "with the reason given, and the audit trail says so). Back saves nothing.").format(
            count, what))
        self.keep_button.setText(self.tr("&Keep them"))
        self.cancel_bookings_button.setText(self.tr("&Cancel them"))
        self.back_button.setText(self.tr("&Back"))

    @Slot()
    def on_keep_button_clicked(self) -> None:
        self.choice = "keep"
        self.accept()

    @Slot()
    def on_cancel_bookings_button_clicked(self) -> None:
        self.choice = "cancel"
        self.accept()

    @classmethod
    def ask(cls, bookings: tuple[BookingView, ...], *, what: str,
            parent: QWidget | None = None) -> Choice | None:
        """Show the bookings and wait: "keep", "cancel", or None to go back."""
        dialog = cls(bookings, what=what, parent=parent)
        try:
            return dialog.choice if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()


def save_with_choice(attempt: Callable[["OnBookings"], T], *, what: str,
                     parent: QWidget | None = None) -> T | None:
    """Save through `attempt`; when bookings stand in the way, list them and let the manager
    keep or cancel them (None: went back, nothing saved). Other refusals propagate."""
    try:
        return attempt("refuse")
    except BookingsInTheWay as exc:
        choice = AffectedBookings.ask(exc.bookings, what=what, parent=parent)
    if choice is None:
        return None
    return attempt(choice)
