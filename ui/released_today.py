"""Today's bookings released as no-shows, with a way to bring one back."""

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from booking.timeutil import local
from booking.views import BookingView
from ui.plain import PlainLabel

BookingIdRole = Qt.ItemDataRole.UserRole + 1


class ReleasedToday(QDialog):
    """Lists the released bookings; Reinstate answers with the one chosen."""

    def __init__(self, bookings: list[BookingView], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("releasedToday")
        self.chosen: int | None = None
        self.bookings = bookings
        self.intro_label = PlainLabel(self)
        self.intro_label.setWordWrap(True)
        self.list = QListWidget(self)
        self.list.setObjectName("releasedList")
        for view in bookings:
            who = f" — {view.organization}" if view.organization else ""
            item = QListWidgetItem(f"{local(view.start):%H:%M}–{local(view.end):%H:%M}  "
                                   f"{view.room}  {view.title}{who}")
            item.setData(BookingIdRole, view.id)
            self.list.addItem(item)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.reinstate_button: QPushButton = self.buttons.addButton(
            "", QDialogButtonBox.ButtonRole.AcceptRole)
        self.reinstate_button.setObjectName("reinstateButton")
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro_label)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.buttons)
        if bookings:
            self.list.setCurrentRow(0)
        self.reinstate_button.setEnabled(bool(bookings))
        self.resize(480, 320)
        self._connect_signals()
        self.retranslate_ui()

    def _connect_signals(self) -> None:
        self.buttons.accepted.connect(self.on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)
        self.list.itemActivated.connect(self.on_list_item_activated)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Released today"))
        self.intro_label.setText(
            self.tr("Bookings released today because nobody checked in. Reinstate one when "
                    "its guests turn up late: it comes back checked in, if the booking rules "
                    "allow it.")
            if self.bookings else self.tr("No booking has been released today."))
        self.reinstate_button.setText(self.tr("&Reinstate"))

    @Slot()
    def on_buttons_accepted(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        self.chosen = int(item.data(BookingIdRole))
        self.accept()

    @Slot(QListWidgetItem)
    def on_list_item_activated(self, _item: QListWidgetItem) -> None:
        self.on_buttons_accepted()

    @classmethod
    def ask(cls, bookings: list[BookingView], parent: QWidget | None = None) -> int | None:
        """Show the list and wait; the booking to reinstate, or None."""
        dialog = cls(bookings, parent)
        try:
            return dialog.chosen if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()
