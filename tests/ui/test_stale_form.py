"""An open booking form notices another desk's change and reloads without losing the typing."""

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine

from booking.services import Services
from booking.store.db import make_engine
from booking.views import BookingView
from tests.helpers.clock import FakeClock
from tests.ui.conftest import at
from ui.booking_dialog import BookingDialog
from ui.bus import ChangeBus
from ui.dialog.form import BookingForm
from ui.dialog.stale import merge
from ui.main_window import MainWindow
from ui.settings import MemorySettingsStore

FD = "frontdesk"


@pytest.fixture
def bus() -> ChangeBus:
    return ChangeBus()


@pytest.fixture
def open_dialog(qtbot: QtBot, services: Services,
                bus: ChangeBus) -> Callable[..., BookingDialog]:
    def opener(**prefill: object) -> BookingDialog:
        dialog = BookingDialog(services=services, bus=bus, **prefill)  # type: ignore[arg-type]
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        return dialog
    return opener


@pytest.fixture
def review(services: Services) -> BookingView:
    return services.bookings.book(actor=FD, room="BROMO", start=at(10), end=at(11),
                                  title="Review", attendees=4).booking


def settle(qtbot: QtBot, dialog: BookingDialog) -> None:
    qtbot.waitUntil(lambda: not dialog.checking, timeout=2000)


def test_another_desks_move_shows_at_once_and_reload_keeps_the_typing(
        qtbot: QtBot, services: Services, bus: ChangeBus, review: BookingView,
        open_dialog: Callable[..., BookingDialog]) -> None:
    dialog = open_dialog(booking=review)
    dialog.title_edit.selectAll()
    qtbot.keyClicks(dialog.title_edit, "Quarterly review")
    settle(qtbot, dialog)
    assert dialog.save_button.isEnabled()

    services.bookings.move(actor="manager", booking_id=review.id, start=at(14), end=at(15))
    bus.announce(None)
    settle(qtbot, dialog)

    assert dialog.stale_box.isVisible()
    assert "Another desk changed this booking" in dialog.stale_box.label.text()
    assert "14:00–15:00" in dialog.stale_box.label.text()
    assert not dialog.save_button.isEnabled()
    assert "press Reload" in dialog.status_label.text()
    assert dialog.title_edit.text() == "Quarterly review"  # nothing typed is lost

    qtbot.mouseClick(dialog.stale_box.reload_button, Qt.MouseButton.LeftButton)
    assert not dialog.stale_box.isVisible()
    assert dialog.title_edit.text() == "Quarterly review"
    assert dialog.start_combo.currentText() == "14:00"
    assert dialog.end_combo.currentText().startswith("15:00")
    status = dialog.status_label.text()
    assert "From the other desk: time." in status and "Kept as you typed: title." in status
    assert dialog.save_button.isEnabled()

    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    saved = services.booking(review.id)
    assert (saved.title, saved.start, saved.end) == ("Quarterly review", at(14), at(15))


def test_a_save_before_the_watch_noticed_offers_the_reload(
        qtbot: QtBot, services: Services, review: BookingView,
        open_dialog: Callable[..., BookingDialog]) -> None:
    dialog = open_dialog(booking=review)
    qtbot.keyClicks(dialog.notes_edit, "Projector please")
    services.bookings.change_details(actor="manager", booking_id=review.id, attendees=6)
    settle(qtbot, dialog)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    assert dialog.isVisible() and dialog.change is None
    assert "changed by someone else" in dialog.status_label.text()
    assert dialog.stale_box.isVisible() and dialog.stale_box.reload_button.isVisible()
    assert services.booking(review.id).notes == ""

    qtbot.mouseClick(dialog.stale_box.reload_button, Qt.MouseButton.LeftButton)
    assert dialog.attendees_spin.value() == 6
    assert dialog.notes_edit.toPlainText() == "Projector please"
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    saved = services.booking(review.id)
    assert (saved.attendees, saved.notes) == (6, "Projector please")


def test_a_booking_cancelled_at_another_desk_cannot_be_saved_and_says_why(
        qtbot: QtBot, services: Services, bus: ChangeBus, review: BookingView,
        open_dialog: Callable[..., BookingDialog]) -> None:
    dialog = open_dialog(booking=review)
    qtbot.keyClicks(dialog.title_edit, " 2")
    services.bookings.cancel(actor="manager", booking_id=review.id, reason="client called")
    bus.announce(None)
    settle(qtbot, dialog)

    assert "has cancelled this booking" in dialog.stale_box.label.text()
    assert not dialog.stale_box.reload_button.isVisible()
    assert not dialog.save_button.isEnabled()
    assert "close the form" in dialog.status_label.text()
    assert services.booking(review.id).status == "cancelled"


def test_a_new_booking_form_sees_the_room_taken_at_another_desk(
        qtbot: QtBot, services: Services, bus: ChangeBus,
        open_dialog: Callable[..., BookingDialog]) -> None:
    dialog = open_dialog(room="BROMO", start=at(10), end=at(11))
    qtbot.keyClicks(dialog.title_edit, "Walk-in")
    settle(qtbot, dialog)
    assert dialog.save_button.isEnabled()

    services.bookings.book(actor="manager", room="BROMO", start=at(10, 30), end=at(11, 30),
                           title="Phoned in")
    bus.announce(None)
    settle(qtbot, dialog)

    assert not dialog.save_button.isEnabled()
    assert dialog.clash_box.isVisible()
    assert not dialog.stale_box.isVisible()  # a new booking has nothing to reload
    assert dialog.title_edit.text() == "Walk-in"


def test_the_window_passes_another_connections_write_to_the_open_form(
        qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, file_engine: Engine, db_file: Path,
        clock: FakeClock) -> None:
    mine = Services(file_engine, now=clock)
    booked = mine.bookings.book(actor=FD, room="BROMO", start=at(10), end=at(11),
                                title="Review").booking
    window = MainWindow(services=mine, settings=MemorySettingsStore())
    qtbot.addWidget(window)
    seen: list[str] = []

    def run(dialog: BookingDialog) -> bool:
        dialog.show()
        # While the form is open, another desk writes through its own connection to the file.
        other = Services(make_engine(db_file), now=clock)
        other.bookings.change_details(actor="manager", booking_id=booked.id, title="Renamed")
        other.engine.dispose()
        window.watch.on_poll_timeout()
        seen.append(dialog.stale_box.label.text())
        dialog.reject()
        return False

    monkeypatch.setattr(BookingDialog, "run", run)
    window.open_dialog(booking=booked)
    assert len(seen) == 1 and "Another desk changed this booking" in seen[0]
    assert mine.booking(booked.id).title == "Renamed"
    window.close()


def _form(view: BookingView, **changes: object) -> BookingForm:
    values: dict[str, object] = {
        "room": view.room, "start": view.start, "end": view.end, "title": view.title,
        "organization": view.organization, "attendees": view.attendees, "layout": view.layout,
        "contact_name": view.contact_name, "contact_phone": view.contact_phone,
        "notes": view.notes, "rule": None, "skip_conflicts": False}
    values.update(changes)
    return BookingForm(**values)  # type: ignore[arg-type]


def test_merge_keeps_the_typing_takes_the_rest_and_names_what_both_changed(
        services: Services, review: BookingView) -> None:
    theirs = services.bookings.change_details(actor="manager", booking_id=review.id,
                                              title="Board review", attendees=6).booking
    mine = _form(review, title="Team review", notes="  tea  ", organization="")
    merged = merge(review, theirs, mine)
    assert merged.form.title == "Team review"
    assert merged.form.attendees == 6
    assert merged.form.notes == "  tea  "
    assert set(merged.kept) == {"title", "notes"}
    assert merged.taken == ("attendees",)
    assert merged.clashed == ("title",)


def test_merge_with_nothing_typed_is_the_other_desks_booking(
        services: Services, review: BookingView) -> None:
    theirs = services.bookings.move(actor="manager", booking_id=review.id, room="SEMERU",
                                    start=at(13), end=at(14)).booking
    merged = merge(review, theirs, _form(review))
    assert (merged.form.room, merged.form.start, merged.form.end) == ("SEMERU", at(13), at(14))
    assert merged.kept == () and merged.clashed == ()
    assert set(merged.taken) == {"room", "time"}
