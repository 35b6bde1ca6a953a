"""The main window's status bar: the latest message, the database, who is signed in, the clock."""

from datetime import datetime

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMainWindow

from booking.timeutil import zone_abbreviation
from ui.plain import PlainLabel, plain_tooltip
from ui.qdates import shown


class WindowStatus(QObject):
    """Says what just happened, which database is open, who is signed in and the time."""

    def __init__(self, *, window: QMainWindow) -> None:
        super().__init__(window)
        self.message_label = PlainLabel(window)
        self.message_label.setObjectName("statusMessage")
        self.database_label = PlainLabel(window)
        self.account_label = PlainLabel(window)
        self.clock_label = PlainLabel(window)
        bar = window.statusBar()
        bar.addWidget(self.message_label, 1)
        bar.addPermanentWidget(self.database_label)
        bar.addPermanentWidget(self.account_label)
        bar.addPermanentWidget(self.clock_label)

    def show_message(self, text: str) -> None:
        """Say this (plain text; the tooltip holds it whole where the bar cuts it off)."""
        self.message_label.setText(text)
        self.message_label.setToolTip(plain_tooltip(text))

    def show_working(self, working: bool) -> None:
        """Say the database is still opening, or that it is open now."""
        if not working:
            self.show_message(self.tr("Opening the database…"))
        elif self.message_label.text() == self.tr("Opening the database…"):
            self.show_message(self.tr("Ready."))

    def say_not_ready(self) -> None:
        """Say that what was asked for waits for the database."""
        self.show_message(self.tr("Still opening the database; try again in a moment."))

    def show_place(self, *, database: str, account: str) -> None:
        """Name the database open and the account signed in."""
        self.database_label.setText(self.tr("Database: {0}").format(database))
        self.account_label.setText(self.tr("Signed in: {0}").format(account))

    def show_signing_in(self) -> None:
        self.account_label.setText(self.tr("Signing in…"))

    def show_time(self, now: datetime) -> None:
        self.clock_label.setText(shown(now).strftime("%a %d %b %Y  %H:%M ")
                                 + zone_abbreviation(now))
