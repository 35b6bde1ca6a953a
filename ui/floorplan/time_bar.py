"""The moment the plan shows: a date, a slider over the day in 15-minute steps, and Now."""

from datetime import date, datetime, time

from PySide6.QtCore import QDate, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QDateEdit,
    QHBoxLayout,
    QPushButton,
    QSlider,
    QWidget,
)

from booking.policy import SLOT_MINUTES
from booking.timeutil import BUILDING_TZ, local
from ui.plain import PlainLabel
from ui.qdates import pydate, qdate

STEPS = 24 * 60 // SLOT_MINUTES


class TimeBar(QWidget):
    """Choose a day and a time of day; Now follows the clock."""

    moment_chosen = Signal(object)  # an aware datetime
    now_requested = Signal()

    def __init__(self, *, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("floorTimeBar")
        self.date_edit = QDateEdit(self)
        self.date_edit.setObjectName("floorDate")
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("ddd d MMM yyyy")
        self.slider = QSlider(Qt.Orientation.Horizontal, self)
        self.slider.setObjectName("floorTimeSlider")
        self.slider.setRange(0, STEPS - 1)
        self.slider.setSingleStep(1)
        self.slider.setPageStep(60 // SLOT_MINUTES)
        self.slider.setTickInterval(60 // SLOT_MINUTES)
        self.slider.setTickPosition(QSlider.TickPosition.TicksBelow)
        self.start_label = PlainLabel("00:00", self)
        self.end_label = PlainLabel("24:00", self)
        for label in (self.start_label, self.end_label):
            label.setStyleSheet("color: #6b7178;")
        self.time_label = PlainLabel(self)
        self.time_label.setObjectName("floorTime")
        self.time_label.setMinimumWidth(48)
        self.time_label.setStyleSheet("font-weight: bold; font-size: 15px;")
        self.now_button = QPushButton(self)
        self.now_button.setObjectName("floorNow")
        self.now_button.setCheckable(True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.date_edit)
        layout.addSpacing(6)
        layout.addWidget(self.start_label)
        layout.addWidget(self.slider, 1)
        layout.addWidget(self.end_label)
        layout.addSpacing(6)
        layout.addWidget(self.time_label)
        layout.addWidget(self.now_button)
        self._connect_signals()
        self.retranslate_ui()

    def _connect_signals(self) -> None:
        self.slider.valueChanged.connect(self.on_slider_value_changed)
        self.date_edit.dateChanged.connect(self.on_date_edit_date_changed)
        self.now_button.clicked.connect(self.on_now_button_clicked)

    def retranslate_ui(self) -> None:
        self.now_button.setText(self.tr("Now"))
        self.now_button.setToolTip(self.tr("Show the present and follow the clock"))
        self.slider.setToolTip(self.tr("Time of day, in 15-minute steps"))

    def day(self) -> date:
        return pydate(self.date_edit.date())

    def chosen(self) -> datetime:
        """The moment the date and the slider point at."""
        minutes = self.slider.value() * SLOT_MINUTES
        return datetime.combine(self.day(), time(minutes // 60, minutes % 60), tzinfo=BUILDING_TZ)

    def set_moment(self, at: datetime, *, following: bool) -> None:
        """Show a moment without announcing it."""
        moment = local(at)
        for widget in (self.date_edit, self.slider):
            widget.blockSignals(True)
        self.date_edit.setDate(qdate(moment.date()))
        self.slider.setValue((moment.hour * 60 + moment.minute) // SLOT_MINUTES)
        for widget in (self.date_edit, self.slider):
            widget.blockSignals(False)
        self.time_label.setText(moment.strftime("%H:%M"))
        self.now_button.setChecked(following)

    @Slot(int)
    def on_slider_value_changed(self, _value: int) -> None:
        self.moment_chosen.emit(self.chosen())

    @Slot(QDate)
    def on_date_edit_date_changed(self, _value: QDate) -> None:
        self.moment_chosen.emit(self.chosen())

    @Slot()
    def on_now_button_clicked(self) -> None:
        self.now_button.setChecked(True)
        self.now_requested.emit()
