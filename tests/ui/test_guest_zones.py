"""Guests' time zones in the window: the booking dialog's Guest time field and summary, the
timeline's tooltip, the confirmation and the event sheet."""

from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine

from booking.services import Services
from tests.helpers.accounts import act_for
from tests.helpers.clock import FakeClock
from tests.helpers.pdf import pdf_text
from ui.booking_dialog import BookingDialog
from ui.confirmation import write_confirmation
from ui.event_sheet import render_event_sheet

WIB = ZoneInfo("Asia/Jakarta")


def at(hour: int, minute: int = 0, *, day: int = 7) -> datetime:
    """An instant on a local date in December 2026 (default Monday 7 December)."""
    return datetime(2026, 12, day, hour, minute, tzinfo=WIB)


@pytest.fixture
def services(memory_engine: Engine) -> Services:
    return Services(memory_engine, now=FakeClock(at(8, day=1)), actor="manager")


def settle(qtbot: QtBot, dialog: BookingDialog) -> None:
    qtbot.waitUntil(lambda: not dialog.checking, timeout=2000)


def test_picking_a_clients_zone_shows_both_times_and_is_saved(
        qtbot: QtBot, open_dialog: Callable[..., BookingDialog]) -> None:
    dialog = open_dialog(room="BROMO", start=at(10), end=at(11))
    qtbot.keyClicks(dialog.title_edit, "Call with Osaka")
    combo = dialog.guest_zone_combo
    assert combo.currentText() == "None"
    assert [combo.itemText(i) for i in range(combo.count())][1:] == [
        "Asia/Tokyo · Japan", "Asia/Singapore · Singapore", "Asia/Kuala_Lumpur · Malaysia",
        "Asia/Ho_Chi_Minh · Vietnam", "Asia/Yangon · Myanmar"]
    combo.setCurrentIndex(1)
    settle(qtbot, dialog)
    assert "10:00–11:00 WIB (12:00–13:00 JST)" in dialog.status_label.text()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.change is not None and dialog.change.booking.guest_tz == "Asia/Tokyo"


def test_a_typed_zone_is_checked_as_the_person_types(
        qtbot: QtBot, open_dialog: Callable[..., BookingDialog]) -> None:
    dialog = open_dialog(room="BROMO", start=at(10), end=at(11))
    qtbot.keyClicks(dialog.title_edit, "Call with Yangon")
    combo = dialog.guest_zone_combo
    combo.lineEdit().selectAll()
    qtbot.keyClicks(combo.lineEdit(), "Asia/Atlantis")
    settle(qtbot, dialog)
    assert not dialog.save_button.isEnabled()
    assert dialog.errors["guest_tz"].isVisible()
    assert "Unknown time zone 'Asia/Atlantis'" in dialog.errors["guest_tz"].text()
    combo.lineEdit().selectAll()
    qtbot.keyClicks(combo.lineEdit(), "Asia/Yangon")
    settle(qtbot, dialog)
    assert dialog.save_button.isEnabled()
    assert "10:00–11:00 WIB (09:30–10:30 MMT)" in dialog.status_label.text()


def test_editing_shows_the_organizations_zone_and_keeps_the_booking_own(
        qtbot: QtBot, services: Services, open_dialog: Callable[..., BookingDialog]) -> None:
    made = services.bookings.book(actor="manager", room="BROMO", start=at(10), end=at(11),
                                  title="Review", organization="Tokyo Partners KK").booking
    services.organization_tools.set_guest_zone(actor="manager",
                                               organization="Tokyo Partners KK",
                                               guest_tz="Asia/Tokyo")
    dialog = open_dialog(booking=services.booking(made.id))
    assert dialog.guest_zone_combo.zone() is None  # the booking keeps none of its own
    qtbot.keyClicks(dialog.title_edit, " (final)")
    settle(qtbot, dialog)
    assert "10:00–11:00 WIB (12:00–13:00 JST)" in dialog.status_label.text()
    dialog.guest_zone_combo.setCurrentIndex(5)  # Myanmar
    settle(qtbot, dialog)
    assert "10:00–11:00 WIB (09:30–10:30 MMT)" in dialog.status_label.text()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    saved = services.booking(made.id)
    assert (saved.title, saved.guest_tz) == ("Review (final)", "Asia/Yangon")


def test_the_timeline_tooltip_gives_the_guests_time(services: Services) -> None:
    from ui.timeline.view import TimelineView

    made = services.bookings.book(actor="manager", room="BROMO", start=at(10), end=at(11),
                                  title="Sync", guest_tz="Asia/Tokyo").booking
    plain = services.bookings.book(actor="manager", room="KAWI", start=at(10), end=at(11),
                                   title="Standup").booking
    tip = TimelineView.tooltip_text(_Translator(), made)  # type: ignore[arg-type]
    assert "Guest time: 12:00–13:00 JST" in tip
    assert "Guest time" not in TimelineView.tooltip_text(_Translator(), plain)  # type: ignore[arg-type]


class _Translator:
    """Stands in for the view: its tooltip only translates."""

    def tr(self, text: str) -> str:
        return text


def test_the_confirmation_gives_the_guest_their_own_time(
        qtbot: QtBot, services: Services, tmp_path: Path) -> None:
    del qtbot  # the PDF reader needs the application
    made = services.bookings.book(actor="manager", room="KAWI", start=at(22, 30),
                                  end=at(23, 30), title="Late sync", guest_tz="Asia/Tokyo",
                                  override_reason="client abroad").booking
    text = pdf_text(write_confirmation(services, made.id, tmp_path / "c.pdf"))
    assert "22:30–23:30 WIB" in text
    assert "Your time" in text and "Tue 00:30–01:30 JST" in text
    plain = services.bookings.book(actor="manager", room="BROMO", start=at(10), end=at(11),
                                   title="Local").booking
    assert "Your time" not in pdf_text(write_confirmation(services, plain.id,
                                                          tmp_path / "p.pdf"))


def test_the_event_sheet_gives_the_guests_time(qtbot: QtBot, services: Services,
                                               tmp_path: Path) -> None:
    del qtbot
    act_for(services.engine, "organizer", "Tani Cerdas")
    services.bookings.book(actor="manager", room="BROMO", start=at(8, day=2), end=at(9, day=2),
                           title="First contact", organization="Kyoto Agritech")
    services.organization_tools.set_guest_zone(actor="manager", organization="Kyoto Agritech",
                                               guest_tz="Asia/Tokyo")
    event = services.events.request(
        actor="manager", hall="HALL-A", start=at(9, day=8), end=at(16, 30, day=8),
        title="Joint launch", layout="theatre", attendees=120,
        organization="Kyoto Agritech").event
    text = pdf_text(render_event_sheet(event, tmp_path / "e.pdf", equipment_names={}))
    assert "09:00–16:30 WIB" in text
    assert "Guest time" in text and "11:00–18:30 JST" in text


def test_undo_and_redo_give_the_guest_zone_back(services: Services) -> None:
    from ui.undo import DetailsCommand, Versions

    made = services.bookings.book(actor="manager", room="BROMO", start=at(10), end=at(11),
                                  title="Sync", guest_tz="Asia/Tokyo").booking
    change = services.bookings.change_details(actor="manager", booking_id=made.id,
                                              guest_tz="Asia/Yangon")
    said: list[object] = []
    command = DetailsCommand(change.before[0], change.booking, services=services,
                             announce=lambda *a: said.append(a),
                             report=lambda *a: said.append(a), versions=Versions())
    command.redo()  # the first redo is the change already made
    command.undo()
    assert services.booking(made.id).guest_tz == "Asia/Tokyo"
    command.redo()
    assert services.booking(made.id).guest_tz == "Asia/Yangon"
