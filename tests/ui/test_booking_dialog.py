"""The booking dialog, driven as a person at the front desk drives it."""

from collections.abc import Callable, Iterator
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QComboBox, QDialog, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine
from sqlmodel import col, select

from booking.services import Services
from booking.store.db import read_session
from booking.store.models import AuditEntry
from booking.validation import check_booking
from booking.views import BookingView
from tests.helpers.accounts import act_for
from tests.helpers.clock import FakeClock
from ui.booking_dialog import BookingDialog
from ui.dialog.override import OverrideReason

WIB = ZoneInfo("Asia/Jakarta")
FD = "frontdesk"


def at(hour: int, minute: int = 0, *, day: int = 7) -> datetime:
    """An instant on a local date in December 2026 (default Monday 7 December)."""
    return datetime(2026, 12, day, hour, minute, tzinfo=WIB)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(datetime(2026, 12, 1, 8, 0, tzinfo=WIB))


@pytest.fixture
def services(memory_engine: Engine, clock: FakeClock) -> Services:
    return Services(memory_engine, now=clock)


@pytest.fixture(autouse=True)
def quick_type_ahead() -> Iterator[None]:
    """A short pause ends a combo's type-ahead, so picking twice in a row starts afresh."""
    before = QApplication.keyboardInputInterval()
    QApplication.setKeyboardInputInterval(60)
    yield
    QApplication.setKeyboardInputInterval(before)


def day_bookings(services: Services, day: int = 7) -> list[BookingView]:
    return services.list_bookings(start=at(0, day=day), end=at(0, day=day) + timedelta(days=1))


def pick(qtbot: QtBot, combo: QComboBox, text: str) -> None:
    """Choose an item by typing its first letters, as a person does on a closed combo."""
    combo.setFocus()
    qtbot.wait(QApplication.keyboardInputInterval() + 20)
    qtbot.keyClicks(combo, text)
    assert combo.currentText().startswith(text), combo.currentText()


def set_number(qtbot: QtBot, dialog: BookingDialog, value: int) -> None:
    dialog.attendees_spin.setFocus()
    dialog.attendees_spin.selectAll()
    qtbot.keyClicks(dialog.attendees_spin, str(value))
    assert dialog.attendees_spin.value() == value


def fill_in(qtbot: QtBot, dialog: BookingDialog, title: str = "Client demo") -> None:
    qtbot.keyClicks(dialog.title_edit, title)


def settle(qtbot: QtBot, dialog: BookingDialog) -> None:
    """Wait for the check that follows the person's last edit."""
    qtbot.waitUntil(lambda: not dialog.checking, timeout=2000)


def wait_valid(qtbot: QtBot, dialog: BookingDialog) -> None:
    settle(qtbot, dialog)
    assert dialog.save_button.isEnabled(), dialog.status_label.text()


def wait_problem(qtbot: QtBot, dialog: BookingDialog, key: str) -> str:
    settle(qtbot, dialog)
    label = dialog.errors[key]
    assert label.isVisible(), dialog.status_label.text()
    return label.text()


def save(qtbot: QtBot, dialog: BookingDialog) -> None:
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)


def test_a_new_booking_is_saved_with_everything_typed(
        qtbot: QtBot, services: Services, open_dialog: Callable[..., BookingDialog]) -> None:
    dialog = open_dialog(room="BROMO", start=at(10), end=at(11))
    assert dialog.room_combo.currentText() == "Bromo (BROMO) · 8 seats"
    assert not dialog.save_button.isEnabled()
    assert "title is empty" in dialog.save_button.toolTip()
    fill_in(qtbot, dialog)
    qtbot.keyClicks(dialog.org_edit, "Nusantara Labs")
    assert "is new" in dialog.org_hint.text()
    set_number(qtbot, dialog, 6)
    qtbot.keyClicks(dialog.contact_edit, "Budi Santoso")
    qtbot.keyClicks(dialog.phone_edit, "0813 2222 1111")
    qtbot.keyClicks(dialog.notes_edit, "Needs the screen")
    wait_valid(qtbot, dialog)
    assert "Ready to save" in dialog.status_label.text()
    save(qtbot, dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.change is not None and dialog.change.action == "created"
    [booking] = day_bookings(services)
    assert booking == services.booking(dialog.change.booking.id)
    assert (booking.room, booking.start, booking.end) == ("BROMO", at(10), at(11))
    assert (booking.title, booking.organization, booking.attendees) == (
        "Client demo", "Nusantara Labs", 6)
    assert (booking.contact_name, booking.contact_phone, booking.notes) == (
        "Budi Santoso", "0813 2222 1111", "Needs the screen")
    assert booking.booked_by == FD


# The completion popup asks the offscreen platform for things it cannot do.
@pytest.mark.qt_log_ignore("does not support raise", "does not support grabbing")
def test_a_known_organization_is_offered_and_matched(
        qtbot: QtBot, services: Services, open_dialog: Callable[..., BookingDialog]) -> None:
    services.bookings.book(actor=FD, room="KAWI", start=at(9), end=at(10), title="x",
                           organization="Acme Studio")
    dialog = open_dialog(room="BROMO", start=at(10), end=at(11))
    qtbot.keyClicks(dialog.org_edit, "studio")
    popup = dialog.org_edit.completer().popup()
    qtbot.waitUntil(popup.isVisible, timeout=2000)
    assert [popup.model().index(r, 0).data() for r in range(popup.model().rowCount())] == [
        "Acme Studio"]
    assert "is new" in dialog.org_hint.text()
    dialog.org_edit.selectAll()
    qtbot.keyClicks(dialog.org_edit, "acme studio")
    assert "is new" not in dialog.org_hint.text()
    fill_in(qtbot, dialog)
    wait_valid(qtbot, dialog)
    save(qtbot, dialog)
    assert dialog.change is not None and dialog.change.booking.organization == "Acme Studio"


def test_enter_saves_at_once_and_escape_cancels(
        qtbot: QtBot, services: Services, open_dialog: Callable[..., BookingDialog]) -> None:
    cancelled = open_dialog(room="BROMO", start=at(10), end=at(11))
    fill_in(qtbot, cancelled)
    qtbot.keyClick(cancelled.title_edit, Qt.Key.Key_Escape)
    assert cancelled.result() == QDialog.DialogCode.Rejected and cancelled.change is None
    assert day_bookings(services) == []

    dialog = open_dialog(room="BROMO", start=at(10), end=at(11))
    qtbot.keyClick(dialog.title_edit, Qt.Key.Key_Return)
    assert dialog.isVisible(), "Enter must not save a booking with no title"
    assert dialog.errors["title"].isVisible()
    # Enter straight after typing, before the pause that re-checks the form.
    fill_in(qtbot, dialog, "Walk-in")
    qtbot.keyClick(dialog.title_edit, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert [b.title for b in day_bookings(services)] == ["Walk-in"]


def test_too_many_attendees_are_refused_beside_the_field_and_another_room_offered(
        qtbot: QtBot, services: Services, open_dialog: Callable[..., BookingDialog]) -> None:
    dialog = open_dialog(room="BROMO", start=at(10), end=at(11))
    fill_in(qtbot, dialog)
    set_number(qtbot, dialog, 9)
    text = wait_problem(qtbot, dialog, "attendees")
    assert text == "Bromo holds 8 people; 9 attendees do not fit"
    assert not dialog.save_button.isEnabled()
    reason = "Save is off: Bromo holds 8 people; 9 attendees do not fit"
    assert dialog.save_button.toolTip().startswith("<qt>" + reason)  # shown as plain text
    assert dialog.status_label.text() == reason
    # The rooms that fit, best fit first.
    offers = dialog.offer_buttons()
    assert offers and offers[0].text().startswith("Arjuno (ARJUNO) · 10 seats")
    qtbot.mouseClick(offers[0], Qt.MouseButton.LeftButton)
    assert dialog.room_combo.currentData() == "ARJUNO"
    assert dialog.save_button.isEnabled() and not dialog.errors["attendees"].isVisible()
    save(qtbot, dialog)
    [booking] = day_bookings(services)
    assert (booking.room, booking.attendees) == ("ARJUNO", 9)


def test_outside_opening_hours_is_refused_beside_the_time(
        qtbot: QtBot, open_dialog: Callable[..., BookingDialog]) -> None:
    dialog = open_dialog(room="BROMO", start=at(10), end=at(11))
    fill_in(qtbot, dialog)
    pick(qtbot, dialog.start_combo, "05:00")
    assert dialog.end_combo.currentText().startswith("06:00"), "the length is kept"
    text = wait_problem(qtbot, dialog, "time")
    assert text == "Bromo is open 07:00–21:00 on Mondays; 05:00–06:00 is outside that"
    assert not dialog.save_button.isEnabled()
    assert "Save is off: Bromo is open 07:00–21:00" in dialog.status_label.text()
    pick(qtbot, dialog.start_combo, "07:00")
    wait_valid(qtbot, dialog)
    assert not dialog.errors["time"].isVisible()


def test_an_empty_title_is_refused_beside_the_title(
        qtbot: QtBot, open_dialog: Callable[..., BookingDialog]) -> None:
    dialog = open_dialog(room="BROMO", start=at(10), end=at(11))
    # Nothing shouts before the person has typed, but Save says what is missing.
    assert not dialog.errors["title"].isVisible()
    assert dialog.status_label.text() == "Save is off: title is empty; give the booking a title"
    fill_in(qtbot, dialog, "ab")
    wait_valid(qtbot, dialog)
    qtbot.keyClick(dialog.title_edit, Qt.Key.Key_Backspace)
    qtbot.keyClick(dialog.title_edit, Qt.Key.Key_Backspace)
    assert wait_problem(qtbot, dialog, "title") == "Title is empty; give the booking a title"
    assert not dialog.save_button.isEnabled()


def test_a_title_over_the_limit_is_kept_counted_and_refused_in_the_engines_words(
        qtbot: QtBot, open_dialog: Callable[..., BookingDialog]) -> None:
    dialog = open_dialog(room="BROMO", start=at(10), end=at(11))
    counter = dialog.title_counter.label
    fill_in(qtbot, dialog, "Quarterly review " * 10)  # 170 characters
    wait_valid(qtbot, dialog)
    assert not counter.isVisible()
    qtbot.keyClicks(dialog.title_edit, "with the regional")  # 187 characters
    assert counter.isVisible() and counter.text() == "187/200"
    qtbot.keyClicks(dialog.title_edit, " sales team")  # 198 characters
    qtbot.keyClicks(dialog.title_edit, " of Java")  # 206 characters

    assert len(dialog.title_edit.text()) == 206, "nothing typed is cut off"
    assert counter.text() == "206/200"
    assert wait_problem(qtbot, dialog, "title") == (
        "Title is 206 characters long; keep it under 200")
    assert not dialog.save_button.isEnabled()
    for _ in range(6):
        qtbot.keyClick(dialog.title_edit, Qt.Key.Key_Backspace)
    wait_valid(qtbot, dialog)
    assert counter.text() == "200/200"


def test_a_conflict_shows_the_clash_and_a_free_time_books_with_one_click(
        qtbot: QtBot, services: Services, open_dialog: Callable[..., BookingDialog]) -> None:
    services.bookings.book(actor=FD, room="BROMO", start=at(10), end=at(11), title="Weekly sync",
                           organization="Acme Studio")
    dialog = open_dialog(room="BROMO", start=at(10, 30), end=at(11, 30))
    fill_in(qtbot, dialog)
    text = wait_problem(qtbot, dialog, "time")
    assert text.startswith("Bromo is already booked Mon 07 Dec 10:00–11:00: 'Weekly sync' "
                           "for Acme Studio")
    assert dialog.clash_box.isVisible() and dialog.alternatives_box.isVisible()
    clash = dialog.clash_label.text()
    assert "Weekly sync" in clash and "10:00–11:00" in clash and "Acme Studio" in clash
    assert not dialog.save_button.isEnabled()
    times = [b for b in dialog.offer_buttons() if b.text().startswith("Mon 07 Dec")]
    rooms = [b for b in dialog.offer_buttons() if "seats" in b.text()]
    assert len(times) == 3 and 1 <= len(rooms) <= 5
    first = times[0].text()
    qtbot.mouseClick(times[0], Qt.MouseButton.LeftButton)
    assert not dialog.clash_box.isVisible() and not dialog.errors["time"].isVisible()
    assert dialog.save_button.isEnabled()
    save(qtbot, dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted
    mine = dialog.change.booking if dialog.change else None
    assert mine is not None and mine.room == "BROMO"
    assert f"{mine.start.astimezone(WIB):%H:%M}–{mine.end.astimezone(WIB):%H:%M}" in first
    assert mine.end - mine.start == timedelta(hours=1)
    assert len(day_bookings(services)) == 2


def test_another_room_at_the_same_time_books_with_one_click(
        qtbot: QtBot, services: Services, open_dialog: Callable[..., BookingDialog]) -> None:
    services.bookings.book(actor=FD, room="BROMO", start=at(10), end=at(11), title="Sync")
    dialog = open_dialog(room="BROMO", start=at(10), end=at(11))
    fill_in(qtbot, dialog)
    set_number(qtbot, dialog, 5)
    wait_problem(qtbot, dialog, "time")
    rooms = [b for b in dialog.offer_buttons() if "seats" in b.text()]
    assert rooms[0].text().startswith("Welirang (WELIRANG) · 6 seats"), "best fit first"
    qtbot.mouseClick(rooms[0], Qt.MouseButton.LeftButton)
    save(qtbot, dialog)
    assert {(b.room, b.start) for b in day_bookings(services)} == {
        ("BROMO", at(10)), ("WELIRANG", at(10))}


def test_editing_an_existing_booking_moves_it(
        qtbot: QtBot, services: Services, open_dialog: Callable[..., BookingDialog]) -> None:
    booked = services.bookings.book(actor=FD, room="BROMO", start=at(10), end=at(11),
                                    title="Review", organization="Acme", attendees=6).booking
    dialog = open_dialog(booking=booked)
    assert dialog.windowTitle() == f"Edit booking #{booked.id}"
    assert dialog.title_edit.text() == "Review" and dialog.attendees_spin.value() == 6
    assert dialog.repeat_toggle.isHidden()
    wait_valid(qtbot, dialog)
    pick(qtbot, dialog.start_combo, "14:00")
    qtbot.keyClicks(dialog.title_edit, " (moved)")
    wait_valid(qtbot, dialog)
    save(qtbot, dialog)
    after = services.booking(booked.id)
    assert (after.start, after.end, after.title) == (at(14), at(15), "Review (moved)")
    assert after.version > booked.version
    assert dialog.change is not None and dialog.change.action == "moved"
    assert dialog.change.before == (booked,) and dialog.change.booking == after


def test_editing_the_title_of_an_off_grid_booking_keeps_its_times(
        qtbot: QtBot, services: Services, open_dialog: Callable[..., BookingDialog]) -> None:
    booked = services.bookings.book(actor="manager", room="BROMO", start=at(10, 5),
                                    end=at(11, 5), title="VIP", override_reason="minister").booking
    dialog = open_dialog(booking=booked)
    assert (dialog.start_combo.currentText(), dialog.end_combo.currentText()) == (
        "10:05", "11:05  (1 h)")
    qtbot.keyClicks(dialog.title_edit, " visit")
    wait_valid(qtbot, dialog)
    save(qtbot, dialog)
    after = services.booking(booked.id)
    assert (after.start, after.end, after.title) == (at(10, 5), at(11, 5), "VIP visit")
    assert dialog.change is not None and dialog.change.action == "changed"


def test_editing_to_a_smaller_room_for_fewer_people_saves_both(
        qtbot: QtBot, services: Services, open_dialog: Callable[..., BookingDialog]) -> None:
    booked = services.bookings.book(actor=FD, room="ARJUNO", start=at(10), end=at(11),
                                    title="Review", attendees=10).booking
    dialog = open_dialog(booking=booked)
    pick(qtbot, dialog.room_combo, "Kawi")
    assert wait_problem(qtbot, dialog, "attendees").startswith("Kawi holds 4 people")
    set_number(qtbot, dialog, 3)
    wait_valid(qtbot, dialog)
    save(qtbot, dialog)
    after = services.booking(booked.id)
    assert (after.room, after.attendees) == ("KAWI", 3)


def test_the_repeat_section_creates_a_weekly_series(
        qtbot: QtBot, services: Services, open_dialog: Callable[..., BookingDialog]) -> None:
    dialog = open_dialog(room="BROMO", start=at(9), end=at(10))
    fill_in(qtbot, dialog, "Standup")
    qtbot.mouseClick(dialog.repeat_toggle, Qt.MouseButton.LeftButton)
    assert dialog.repeat.isVisible()
    pick(qtbot, dialog.repeat.kind_combo, "Weekly")
    assert dialog.repeat.day_buttons[0].isChecked(), "the first date's weekday is chosen"
    dialog.repeat.count_spin.setFocus()
    dialog.repeat.count_spin.selectAll()
    qtbot.keyClicks(dialog.repeat.count_spin, "3")
    qtbot.waitUntil(lambda: len(dialog.preview) == 3, timeout=2000)
    assert dialog.series_box.isVisible()
    preview = dialog.series_list.toPlainText()
    for day in ("Mon 07 Dec 2026", "Mon 14 Dec 2026", "Mon 21 Dec 2026"):
        assert day in preview
    assert "Weekly on Mon, 3 times" in dialog.repeat_toggle.text()
    wait_valid(qtbot, dialog)
    assert dialog.save_button.text().replace("&", "") == "Save 3 dates"
    save(qtbot, dialog)
    assert dialog.change is not None and dialog.change.action == "series_created"
    made = [b for day in (7, 14, 21) for b in day_bookings(services, day)]
    assert [(b.start, b.title) for b in made] == [
        (at(9, day=d), "Standup") for d in (7, 14, 21)]
    assert len({b.series_id for b in made}) == 1 and made[0].series_id is not None


def test_a_series_with_a_taken_date_saves_the_rest_when_told_to_skip(
        qtbot: QtBot, services: Services, open_dialog: Callable[..., BookingDialog]) -> None:
    services.bookings.book(actor=FD, room="BROMO", start=at(9, day=14), end=at(10, day=14),
                           title="Taken")
    dialog = open_dialog(room="BROMO", start=at(9), end=at(10))
    fill_in(qtbot, dialog, "Standup")
    qtbot.mouseClick(dialog.repeat_toggle, Qt.MouseButton.LeftButton)
    pick(qtbot, dialog.repeat.kind_combo, "Weekly")
    dialog.repeat.count_spin.setValue(3)
    text = wait_problem(qtbot, dialog, "repeat")
    assert text.startswith("1 of 3 dates cannot be booked (Mon 14 Dec: Bromo is booked")
    assert not dialog.save_button.isEnabled()
    qtbot.mouseClick(dialog.repeat.skip_check, Qt.MouseButton.LeftButton)
    wait_valid(qtbot, dialog)
    save(qtbot, dialog)
    titles = [b.title for day in (7, 14, 21) for b in day_bookings(services, day)]
    assert titles == ["Standup", "Taken", "Standup"]


def test_a_booking_made_behind_the_dialogs_back_is_reported_and_nothing_is_lost(
        qtbot: QtBot, services: Services, open_dialog: Callable[..., BookingDialog]) -> None:
    dialog = open_dialog(room="BROMO", start=at(10), end=at(11))
    fill_in(qtbot, dialog, "Board prep")
    wait_valid(qtbot, dialog)
    services.bookings.book(actor="manager", room="BROMO", start=at(10), end=at(11),
                           title="Phoned in")
    save(qtbot, dialog)
    assert dialog.isVisible() and dialog.change is None
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.status_label.text().startswith(
        "Not saved: Bromo is already booked Mon 07 Dec 10:00–11:00: 'Phoned in'")
    assert dialog.title_edit.text() == "Board prep"
    assert dialog.clash_box.isVisible() and dialog.offer_buttons()
    assert [b.title for b in day_bookings(services)] == ["Phoned in"]


def test_an_edit_made_elsewhere_meanwhile_is_reported(
        qtbot: QtBot, services: Services, open_dialog: Callable[..., BookingDialog]) -> None:
    booked = services.bookings.book(actor=FD, room="BROMO", start=at(10), end=at(11),
                                    title="Review").booking
    dialog = open_dialog(booking=booked)
    services.bookings.change_details(actor="manager", booking_id=booked.id, title="Renamed")
    qtbot.keyClicks(dialog.title_edit, "!")
    wait_valid(qtbot, dialog)
    save(qtbot, dialog)
    assert dialog.isVisible()
    assert "changed by someone else" in dialog.status_label.text()
    assert services.booking(booked.id).title == "Renamed"


def test_tab_walks_the_form_in_reading_order(
        qtbot: QtBot, open_dialog: Callable[..., BookingDialog]) -> None:
    dialog = open_dialog(room="HALL", start=at(10), end=at(12))
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow, timeout=2000)
    dialog.room_combo.setFocus()
    expected: list[QWidget] = [dialog.date_edit, dialog.start_combo, dialog.end_combo,
                               dialog.title_edit, dialog.org_edit, dialog.guest_zone_combo,
                               dialog.layout_combo, dialog.attendees_spin, dialog.contact_edit,
                               dialog.phone_edit, dialog.notes_edit, dialog.repeat_toggle]
    for widget in expected:
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        focus = QApplication.focusWidget()
        assert focus is widget or (focus is not None and focus.parent() is widget), (
            widget.objectName(), focus)


def test_the_hall_offers_its_layouts_and_checks_their_seats(
        qtbot: QtBot, open_dialog: Callable[..., BookingDialog]) -> None:
    dialog = open_dialog(room="HALL", start=at(10), end=at(12))
    assert dialog.layout_combo.isVisible()
    fill_in(qtbot, dialog, "Launch")
    pick(qtbot, dialog.layout_combo, "Classroom")
    set_number(qtbot, dialog, 151)
    assert wait_problem(qtbot, dialog, "attendees") == \
        "Hall seats 150 in the classroom layout; 151 attendees do not fit"
    set_number(qtbot, dialog, 150)
    wait_valid(qtbot, dialog)
    save(qtbot, dialog)
    assert dialog.change is not None
    assert (dialog.change.booking.layout, dialog.change.booking.attendees) == ("classroom", 150)


def test_ask_returns_the_change_or_none(qtbot: QtBot, services: Services) -> None:
    def act(title: str | None) -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, BookingDialog)
        if title is None:
            dialog.reject()
            return
        qtbot.keyClicks(dialog.title_edit, title)
        qtbot.keyClick(dialog.title_edit, Qt.Key.Key_Return)

    QTimer.singleShot(0, lambda: act(None))
    assert BookingDialog.ask(services=services, room="KAWI", start=at(10), end=at(11)) is None
    QTimer.singleShot(0, lambda: act("Quick call"))
    change = BookingDialog.ask(services=services, room="KAWI", start=at(10), end=at(11))
    assert change is not None and change.booking.room == "KAWI"
    assert services.booking(change.booking.id).title == "Quick call"


def test_the_dialogs_words_match_the_live_check(
        qtbot: QtBot, services: Services, open_dialog: Callable[..., BookingDialog]) -> None:
    dialog = open_dialog(room="BROMO", start=at(10), end=at(11))
    fill_in(qtbot, dialog)
    set_number(qtbot, dialog, 9)
    pick(qtbot, dialog.start_combo, "20:30")
    dialog.check_now()
    form = dialog.form()
    problems = check_booking(services.engine, now=services.now(), room=form.room,
                             start=form.start, end=form.end, title=form.title,
                             attendees=form.attendees)
    shown = {key: label.text() for key, label in dialog.errors.items() if label.isVisible()}
    assert {p.field: p.message for p in problems} == shown


def test_a_dialog_opened_from_a_drag_lets_the_person_type_the_title_at_once(
        qtbot: QtBot, services: Services) -> None:
    from ui.booking_dialog import BookingDialog

    dialog = BookingDialog(services=services, room="KAWI", start=at(10), end=at(11))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.focusWidget() is dialog.title_edit
    qtbot.keyClicks(dialog.focusWidget(), "Interview")
    assert dialog.title_edit.text() == "Interview"
    assert dialog.room_combo.currentData() == "KAWI"


def test_a_manager_overrides_a_rule_with_a_reason_that_goes_to_the_audit_trail(
        qtbot: QtBot, memory_engine: Engine, clock: FakeClock,
        monkeypatch: pytest.MonkeyPatch) -> None:
    manager = Services(memory_engine, now=clock, actor="manager")
    dialog = BookingDialog(services=manager, room="BROMO", start=at(10), end=at(11))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    asked: list[str] = []
    monkeypatch.setattr(OverrideReason, "ask", classmethod(
        lambda _cls, _parent, refusal: asked.append(refusal) or "Director's breakfast briefing"))
    fill_in(qtbot, dialog, "Early briefing")
    wait_valid(qtbot, dialog)
    assert not dialog.override_button.isVisible(), "nothing to override"

    pick(qtbot, dialog.start_combo, "06:00")
    wait_problem(qtbot, dialog, "time")
    assert not dialog.save_button.isEnabled()
    assert dialog.override_button.isVisible()
    qtbot.mouseClick(dialog.override_button, Qt.MouseButton.LeftButton)

    assert asked == ["Bromo is open 07:00–21:00 on Mondays; 06:00–07:00 is outside that"]
    assert dialog.result() == QDialog.DialogCode.Accepted
    [booking] = day_bookings(manager)
    assert (booking.title, booking.start, booking.end) == ("Early briefing", at(6), at(7))
    with read_session(memory_engine) as session:
        entry = session.exec(select(AuditEntry).where(AuditEntry.action == "booking.created")
                             .order_by(col(AuditEntry.id).desc())).first()
    assert entry is not None and entry.entity_id == booking.id
    assert entry.actor_name == "manager"
    assert "Director's breakfast briefing" in entry.reason


def test_the_front_desk_gets_no_override_and_a_clash_offers_none(
        qtbot: QtBot, memory_engine: Engine, clock: FakeClock,
        open_dialog: Callable[..., BookingDialog], services: Services) -> None:
    dialog = open_dialog(room="BROMO", start=at(10), end=at(11))
    assert services.role() == "front_desk"
    fill_in(qtbot, dialog)
    pick(qtbot, dialog.start_combo, "06:00")
    wait_problem(qtbot, dialog, "time")
    assert not dialog.override_button.isVisible()

    services.bookings.book(actor=FD, room="BROMO", start=at(12), end=at(13),
                           title="Taken")
    manager = Services(memory_engine, now=clock, actor="manager")
    as_manager = BookingDialog(services=manager, room="BROMO", start=at(12), end=at(13))
    qtbot.addWidget(as_manager)
    as_manager.show()
    fill_in(qtbot, as_manager)
    assert wait_problem(qtbot, as_manager, "time").startswith("Bromo is already booked")
    assert not as_manager.override_button.isVisible(), "no override lifts a clash"


def test_the_override_question_needs_a_reason_before_ok(qtbot: QtBot) -> None:
    dialog = OverrideReason(refusal="Bromo is closed on Sunday")
    qtbot.addWidget(dialog)
    dialog.show()
    assert "Bromo is closed on Sunday" in dialog.question.text()
    assert not dialog.ok_button.isEnabled()
    qtbot.keyClicks(dialog.reason_edit, "Director approved")
    assert dialog.ok_button.isEnabled() and dialog.reason() == "Director approved"


def test_an_organizer_is_told_at_once_they_book_only_for_their_organization(
        qtbot: QtBot, memory_engine: Engine, clock: FakeClock) -> None:
    act_for(memory_engine, "organizer", "Acme Studio")
    organizer = Services(memory_engine, now=clock, actor="organizer")
    dialog = BookingDialog(services=organizer, room="BROMO", start=at(10), end=at(11))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    fill_in(qtbot, dialog)
    qtbot.keyClicks(dialog.org_edit, "Nusantara Labs")
    assert wait_problem(qtbot, dialog, "organization") == (
        "Organizer may not book rooms for Nusantara Labs: organizer acts for Acme Studio")
    assert not dialog.save_button.isEnabled()
    dialog.org_edit.clear()
    wait_valid(qtbot, dialog)
    save(qtbot, dialog)
    assert dialog.change is not None and dialog.change.booking.organization == "Acme Studio"
    assert [b.organization for b in day_bookings(organizer)] == ["Acme Studio"]
