"""Series in the window: open a series from a date, edit one / following / all, cancel, make."""

from collections.abc import Callable, Iterator
from datetime import date, datetime, time, timedelta

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QAbstractButton, QCheckBox, QRadioButton, QWidget
from pytestqt.qtbot import QtBot

from booking.services import Services
from booking.timeutil import BUILDING_TZ, local
from booking.views import BookingView
from tests.helpers.days import open_day
from tests.ui.conftest import MONDAY
from tests.ui.test_booking_menu import choose, entries, timeline_menu
from tests.ui.test_undo import undo
from ui.booking_dialog import BookingDialog
from ui.dialog.series_cancel import SeriesCancelReason
from ui.dialog.series_change import SeriesSaved
from ui.main_window import MainWindow
from ui.make_repeating import MakeRepeating
from ui.series_editor import SeriesEditor

# The offscreen platform cannot raise a popup or grab the keyboard for it; menus work anyway.
pytestmark = pytest.mark.qt_log_ignore("does not support raise", "does not support grabbing")

FD = "frontdesk"
FIRST = open_day(0, on_or_after=MONDAY, weeks=6)


def on(week: int, hour: int, minute: int = 0) -> datetime:
    return datetime.combine(FIRST + timedelta(weeks=week), time(hour, minute),
                            tzinfo=BUILDING_TZ)


def weekly(services: Services, *, count: int = 6, room: str = "BROMO") -> int:
    """A weekly 09:00–10:00 series from FIRST."""
    outcome = services.series.create(actor=FD, room=room, start=on(0, 9), end=on(0, 10),
                                     rule=f"FREQ=WEEKLY;COUNT={count}", title="Weekly sync",
                                     attendees=4)
    assert outcome.series_id is not None
    return outcome.series_id


def dates(services: Services, series_id: int) -> dict[date, BookingView]:
    return {date.fromisoformat(b.occurrence_date or ""): b
            for b in services.series.show(series_id).occurrences}


def occurrence(services: Services, series_id: int, week: int) -> BookingView:
    return services.series.occurrence(series_id, FIRST + timedelta(weeks=week))


def starts(services: Services, *series_ids: int) -> dict[date, tuple[str, str, str]]:
    """Every active date of the series: room, local start and status."""
    found = {}
    for series_id in series_ids:
        for day, b in dates(services, series_id).items():
            found[day] = (b.room, f"{local(b.start):%H:%M}", str(b.status))
    return found


@pytest.fixture
def editor_on(qtbot: QtBot, services: Services) -> Iterator[Callable[[int], SeriesEditor]]:
    """Open the series editor from a booking, on screen."""
    opened: list[SeriesEditor] = []

    def open_from(booking_id: int) -> SeriesEditor:
        dialog = SeriesEditor(services=services, booking=services.booking(booking_id))
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        opened.append(dialog)
        return dialog
    yield open_from
    for dialog in opened:
        dialog.close()


def pick(combo_owner: SeriesEditor, name: str, value: object) -> None:
    """Choose an entry from one of the editor's lists, as a person picks it."""
    combo = getattr(combo_owner, name)
    combo.setCurrentIndex(combo.findData(value))


def click(qtbot: QtBot, button: QAbstractButton) -> None:
    """Click a button; a check box or radio button on its box, where a person aims."""
    pos = button.rect().center()
    if isinstance(button, QCheckBox | QRadioButton):
        pos = QPoint(8, button.height() // 2)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=pos)


def checked(qtbot: QtBot, dialog: SeriesEditor | MakeRepeating) -> None:
    qtbot.waitUntil(lambda: not dialog.checking)


def driven(monkeypatch: pytest.MonkeyPatch, qtbot: QtBot, cls: type[SeriesEditor]
           | type[MakeRepeating], act: Callable[[object], None]) -> list[int]:
    """Replace cls.ask by the real dialog on screen, driven by act, as a person would."""
    asked: list[int] = []

    def ask(_cls: object, *, services: Services, booking: BookingView,
            parent: QWidget | None = None) -> SeriesSaved | None:
        asked.append(booking.id)
        dialog = cls(services=services, booking=booking, parent=parent)
        qtbot.addWidget(dialog)
        dialog.show()
        act(dialog)
        saved = dialog.saved
        dialog.close()
        return saved
    monkeypatch.setattr(cls, "ask", classmethod(ask))
    return asked


# ----- opening a series --------------------------------------------------------------------

def test_the_booking_dialog_of_a_series_date_opens_its_series(
        qtbot: QtBot, services: Services) -> None:
    series_id = weekly(services)
    third = occurrence(services, series_id, 2)
    opened: list[int] = []
    dialog = BookingDialog(services=services, booking=third, on_series=opened.append)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.series_button.isVisible()
    assert "Edit series" in dialog.series_note.text()
    click(qtbot, dialog.series_button)
    assert opened == [third.id] and not dialog.isVisible()
    single = services.bookings.book(actor=FD, room="KAWI", start=on(0, 13), end=on(0, 14),
                                    title="Interview").booking
    plain = BookingDialog(services=services, booking=single, on_series=opened.append)
    qtbot.addWidget(plain)
    assert not plain.series_button.isVisibleTo(plain)


def test_the_window_opens_the_series_editor_from_the_dialog_and_the_menu(
        qtbot: QtBot, window: MainWindow, services: Services,
        monkeypatch: pytest.MonkeyPatch) -> None:
    series_id = weekly(services)
    first = occurrence(services, series_id, 0)
    window.set_date(FIRST)
    asked = driven(monkeypatch, qtbot, SeriesEditor, lambda _d: None)
    prefills: list[dict[str, object]] = []

    def booking_dialog(_cls: object, *, services: Services, parent: object = None,  # noqa: ARG001
                       **prefill: object) -> None:
        prefills.append(prefill)
        on_series = prefill["on_series"]
        assert callable(on_series)
        on_series(first.id)  # the person presses "Edit series…"
    monkeypatch.setattr(BookingDialog, "ask", classmethod(booking_dialog))
    window.on_timeline_open_requested(first.id)
    assert asked == [first.id]
    menu = timeline_menu(qtbot, window, first.id)
    assert "Series…" in entries(menu) and "Make repeating…" not in entries(menu)
    choose(qtbot, menu, "Series…")
    assert asked == [first.id, first.id]


# ----- editing -----------------------------------------------------------------------------

def test_this_and_following_moves_the_later_dates_and_keeps_one_changed_on_its_own(
        qtbot: QtBot, services: Services, editor_on: Callable[[int], SeriesEditor]) -> None:
    series_id = weekly(services)
    fourth = occurrence(services, series_id, 3)
    services.bookings.move(actor=FD, booking_id=fourth.id, start=on(3, 14), end=on(3, 15))
    dialog = editor_on(occurrence(services, series_id, 2).id)
    assert dialog.scope_radios["following"].isChecked()
    assert "Changed on their own" in dialog.kept_label.text()
    assert not dialog.save_button.isEnabled()  # nothing changed yet
    pick(dialog, "start_combo", 10 * 60)
    checked(qtbot, dialog)
    assert "kept as it is" in dialog.series_list.toPlainText()
    assert dialog.save_button.text() == "&Save 3 dates"
    click(qtbot, dialog.save_button)
    assert dialog.saved is not None
    assert dialog.saved.message == "Series saved: 3 dates booked, 0 skipped."
    newer = dialog.saved.change.bookings[0].series_id or 0
    assert newer != series_id
    got = starts(services, series_id, newer)
    assert [got[FIRST + timedelta(weeks=w)][1] for w in range(6)] == [
        "09:00", "09:00", "10:00", "14:00", "10:00", "10:00"]
    assert {b.room for b in dates(services, series_id).values()} == {"BROMO"}
    assert len(dates(services, series_id)) == 2  # the earlier dates stay with the old series
    assert services.booking(fourth.id).detached


def test_all_dates_change_room_and_title_in_the_window_and_the_status_bar_says_so(
        qtbot: QtBot, window: MainWindow, services: Services,
        monkeypatch: pytest.MonkeyPatch) -> None:
    series_id = weekly(services)
    second = occurrence(services, series_id, 1)
    services.bookings.cancel(actor=FD, booking_id=second.id, reason="team away")

    def act(dialog: object) -> None:
        assert isinstance(dialog, SeriesEditor)
        click(qtbot, dialog.scope_radios["all"])
        pick(dialog, "room_combo", "KAWI")
        dialog.title_edit.clear()
        qtbot.keyClicks(dialog.title_edit, "Weekly sync (Kawi)")
        checked(qtbot, dialog)
        click(qtbot, dialog.save_button)
    driven(monkeypatch, qtbot, SeriesEditor, act)
    window.open_series(occurrence(services, series_id, 4).id)
    assert window.message_label.text() == "Series saved: 5 dates booked, 0 skipped."
    after = dates(services, series_id)
    assert after[FIRST + timedelta(weeks=1)].status == "cancelled"  # kept as it was
    active = [b for b in after.values() if b.active]
    assert len(active) == 5
    assert {(b.room, b.title) for b in active} == {("KAWI", "Weekly sync (Kawi)")}
    assert window.undo_stack.count() == 0  # series edits stay off the undo stack


def test_this_date_only_moves_one_date_and_is_undoable(
        qtbot: QtBot, window: MainWindow, services: Services,
        monkeypatch: pytest.MonkeyPatch) -> None:
    series_id = weekly(services)
    third = occurrence(services, series_id, 2)

    def act(dialog: object) -> None:
        assert isinstance(dialog, SeriesEditor)
        click(qtbot, dialog.scope_radios["this"])
        assert not dialog.rule_check.isEnabled()
        pick(dialog, "start_combo", 11 * 60)
        checked(qtbot, dialog)
        assert dialog.save_button.text() == "&Save this date"
        click(qtbot, dialog.save_button)
    driven(monkeypatch, qtbot, SeriesEditor, act)
    window.open_series(third.id)
    moved = services.booking(third.id)
    assert (local(moved.start).hour, moved.detached) == (11, True)
    assert local(occurrence(services, series_id, 3).start).hour == 9
    assert "only" in window.message_label.text()
    assert window.undo_stack.undoText() == "Move 'Weekly sync'"
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    undo(qtbot, window)
    assert local(services.booking(third.id).start).hour == 9


def test_the_preview_shows_a_taken_date_before_saving_and_skipping_saves_the_rest(
        qtbot: QtBot, services: Services, editor_on: Callable[[int], SeriesEditor]) -> None:
    series_id = weekly(services)
    services.bookings.book(actor=FD, room="SEMERU", start=on(4, 9), end=on(4, 10),
                           title="Board meeting")
    dialog = editor_on(occurrence(services, series_id, 0).id)
    pick(dialog, "room_combo", "SEMERU")
    checked(qtbot, dialog)
    listed = dialog.series_list.toPlainText()
    assert "taken" in listed and "Board meeting" in listed
    assert not dialog.save_button.isEnabled()
    assert "1 of 6 dates cannot be booked" in dialog.status_label.text()
    assert {b.room for b in dates(services, series_id).values()} == {"BROMO"}
    click(qtbot, dialog.skip_check)
    checked(qtbot, dialog)
    assert dialog.save_button.isEnabled()
    click(qtbot, dialog.save_button)
    assert dialog.saved is not None
    assert dialog.saved.message == "Series saved: 5 dates booked, 1 skipped."
    after = dates(services, series_id)
    assert {b.room for b in after.values() if b.active} == {"SEMERU"}
    assert after[FIRST + timedelta(weeks=4)].status == "cancelled"


def test_a_new_rule_is_judged_and_saved(
        qtbot: QtBot, services: Services, editor_on: Callable[[int], SeriesEditor]) -> None:
    series_id = weekly(services)
    dialog = editor_on(occurrence(services, series_id, 0).id)
    assert dialog.repeat.kind() == "weekly" and dialog.repeat.count_spin.value() == 6
    assert "Weekly on Mon, 6 times" in dialog.about.text()
    click(qtbot, dialog.scope_radios["all"])
    click(qtbot, dialog.rule_check)
    assert dialog.repeat.count_spin.value() == 6
    dialog.repeat.count_spin.setValue(3)
    checked(qtbot, dialog)
    assert dialog.save_button.text() == "&Save 3 dates"
    click(qtbot, dialog.save_button)
    assert len([b for b in dates(services, series_id).values() if b.active]) == 3


def test_a_new_rule_from_a_date_counts_from_that_date(
        qtbot: QtBot, services: Services, editor_on: Callable[[int], SeriesEditor]) -> None:
    series_id = weekly(services)
    dialog = editor_on(occurrence(services, series_id, 4).id)
    click(qtbot, dialog.rule_check)
    assert dialog.repeat.count_spin.value() == 2  # the fifth and sixth dates
    dialog.repeat.day_buttons[3].click()  # Thursdays as well
    checked(qtbot, dialog)
    click(qtbot, dialog.save_button)
    assert dialog.saved is not None
    newer = dialog.saved.change.bookings[0].series_id or 0
    made = {d: b for d, b in dates(services, newer).items() if b.active}
    assert sorted(d.weekday() for d in made) == [0, 3]
    assert min(made) == FIRST + timedelta(weeks=4)


# ----- unhappy paths -----------------------------------------------------------------------

def test_a_rule_refusal_keeps_save_off_and_changes_nothing(
        qtbot: QtBot, services: Services, editor_on: Callable[[int], SeriesEditor]) -> None:
    series_id = weekly(services)
    before = starts(services, series_id)
    dialog = editor_on(occurrence(services, series_id, 0).id)
    pick(dialog, "start_combo", 4 * 60)
    checked(qtbot, dialog)
    assert "not allowed" in dialog.series_list.toPlainText()
    assert not dialog.save_button.isEnabled()
    assert dialog.status_label.text().startswith("Save is off: 6 of 6 dates cannot be booked")
    click(qtbot, dialog.save_button)
    assert dialog.saved is None and starts(services, series_id) == before


def test_another_desk_changing_the_series_meanwhile_is_refused_clearly(
        qtbot: QtBot, services: Services, editor_on: Callable[[int], SeriesEditor],
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(SeriesCancelReason, "ask",
                        classmethod(lambda _cls, _parent, _question: "project ended"))
    series_id = weekly(services)
    dialog = editor_on(occurrence(services, series_id, 0).id)
    pick(dialog, "start_combo", 10 * 60)
    checked(qtbot, dialog)
    assert dialog.save_button.isEnabled()
    services.series.edit(actor=FD, series_id=series_id, title="Renamed at another desk")
    click(qtbot, dialog.save_button)
    assert dialog.saved is None and dialog.isVisible()
    assert "changed by someone else" in dialog.status_label.text()
    assert {local(b.start).hour for b in dates(services, series_id).values()} == {9}
    click(qtbot, dialog.cancel_dates_button)  # the cancel is refused the same way
    assert dialog.saved is None
    assert dialog.status_label.text().startswith("Not cancelled: series #")
    assert all(b.active for b in dates(services, series_id).values())


# ----- cancelling and making a series ------------------------------------------------------

def test_cancel_from_a_date_asks_why_and_keeps_the_earlier_dates(
        qtbot: QtBot, services: Services, editor_on: Callable[[int], SeriesEditor],
        monkeypatch: pytest.MonkeyPatch) -> None:
    series_id = weekly(services)
    questions: list[str] = []

    def ask(_cls: object, _parent: QWidget, question: str) -> str | None:
        questions.append(question)
        return None if len(questions) == 1 else "project ended"
    monkeypatch.setattr(SeriesCancelReason, "ask", classmethod(ask))
    dialog = editor_on(occurrence(services, series_id, 3).id)
    assert dialog.cancel_dates_button.text() == "Cancel from this &date…"
    click(qtbot, dialog.cancel_dates_button)  # no reason given: nothing cancelled
    assert "a reason is needed" in dialog.status_label.text()
    assert all(b.active for b in dates(services, series_id).values())
    click(qtbot, dialog.cancel_dates_button)
    assert questions[-1].startswith("Cancel 3 dates of 'Weekly sync' from")
    assert dialog.saved is not None
    assert dialog.saved.message.startswith("Series cancelled from") \
        and dialog.saved.message.endswith(": 3 dates.")
    after = dates(services, series_id)
    assert [after[FIRST + timedelta(weeks=w)].active for w in range(6)] == [
        True, True, True, False, False, False]
    assert after[FIRST + timedelta(weeks=5)].cancel_reason == "project ended"


def test_make_repeating_from_the_menu_books_the_dates_and_says_how_many(
        qtbot: QtBot, window: MainWindow, services: Services,
        monkeypatch: pytest.MonkeyPatch) -> None:
    single = services.bookings.book(actor=FD, room="KAWI", start=on(0, 13), end=on(0, 14),
                                    title="Mentoring", attendees=3).booking
    services.bookings.book(actor=FD, room="KAWI", start=on(2, 13), end=on(2, 14),
                           title="Interview")
    window.set_date(FIRST)

    def act(dialog: object) -> None:
        assert isinstance(dialog, MakeRepeating)
        assert dialog.repeat.kind() == "weekly"
        dialog.repeat.count_spin.setValue(5)
        checked(qtbot, dialog)
        listed = dialog.series_list.toPlainText()
        assert "The booking it is made from" in listed and "taken" in listed
        assert not dialog.save_button.isEnabled()
        click(qtbot, dialog.repeat.skip_check)
        checked(qtbot, dialog)
        assert dialog.save_button.text() == "&Make 3 more dates"
        click(qtbot, dialog.save_button)
    driven(monkeypatch, qtbot, MakeRepeating, act)
    menu = timeline_menu(qtbot, window, single.id)
    assert "Series…" not in entries(menu)
    choose(qtbot, menu, "Make repeating…")
    assert window.message_label.text() == "Series saved: 4 dates booked, 1 skipped."
    made = services.booking(single.id)
    assert made.series_id is not None
    active = [b for b in dates(services, made.series_id).values() if b.active]
    assert len(active) == 4 and {b.title for b in active} == {"Mentoring"}


def test_a_series_booked_in_the_dialog_says_how_many_dates_were_booked_and_skipped(
        window: MainWindow, services: Services, monkeypatch: pytest.MonkeyPatch) -> None:
    services.bookings.book(actor=FD, room="BROMO", start=on(1, 9), end=on(1, 10),
                           title="Board meeting")

    def booking_dialog(_cls: object, *, services: Services, parent: object = None,  # noqa: ARG001
                       **_prefill: object) -> object:
        return services.series.create(
            actor=FD, room="BROMO", start=on(0, 9), end=on(0, 10),
            rule="FREQ=WEEKLY;COUNT=4", title="Weekly sync", skip_conflicts=True).change
    monkeypatch.setattr(BookingDialog, "ask", classmethod(booking_dialog))
    window.open_dialog()
    assert window.message_label.text() == "Series saved: 3 dates booked, 1 skipped."


def test_cancel_this_date_only_leaves_the_series_going_on(
        qtbot: QtBot, services: Services, editor_on: Callable[[int], SeriesEditor],
        monkeypatch: pytest.MonkeyPatch) -> None:
    from ui.dialogs import CancelReason

    monkeypatch.setattr(CancelReason, "ask", classmethod(lambda _cls, _p, _b: "client ill"))
    series_id = weekly(services)
    dialog = editor_on(occurrence(services, series_id, 2).id)
    click(qtbot, dialog.scope_radios["this"])
    assert dialog.cancel_dates_button.text() == "Cancel this &date…"
    click(qtbot, dialog.cancel_dates_button)
    assert dialog.saved is not None and "the rest of the series goes on" in dialog.saved.message
    after = dates(services, series_id)
    assert [after[FIRST + timedelta(weeks=w)].active for w in range(6)] == [
        True, True, False, True, True, True]
