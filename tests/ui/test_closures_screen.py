"""Building → Closures…: managers add (keeping or cancelling the bookings in the way) and
remove closures; the front desk only looks, and the services refuse it anyway."""

from collections.abc import Iterator
from datetime import date, datetime, time, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine
from sqlmodel import col, select

from booking.errors import NotPermitted
from booking.services import Services
from booking.store.db import read_session
from booking.store.models import AuditEntry
from booking.timeutil import BUILDING_TZ
from tests.helpers.clock import FakeClock
from tests.helpers.days import open_day
from tests.helpers.modal import when_modal
from tests.ui.conftest import MONDAY
from ui.main_window import MainWindow
from ui.manage.affected import AffectedBookings
from ui.manage.closure_form import ClosureForm
from ui.manage.closures import ClosuresDialog
from ui.qdates import qdate

# An open Wednesday after the clock's day (Tuesday 1 December 2026).
DAY = open_day(2, on_or_after=date(2026, 12, 2))


def at(day: date, hour: int) -> datetime:
    return datetime.combine(day, time(hour), tzinfo=BUILDING_TZ)


@pytest.fixture
def manager(memory_engine: Engine, clock: FakeClock) -> Services:
    return Services(memory_engine, now=clock, actor="manager")


def open_screen(qtbot: QtBot, services: Services) -> ClosuresDialog:
    screen = ClosuresDialog(services=services)
    qtbot.addWidget(screen)
    screen.show()
    qtbot.waitExposed(screen)
    return screen


@pytest.fixture
def screen(qtbot: QtBot, manager: Services) -> Iterator[ClosuresDialog]:
    dialog = open_screen(qtbot, manager)
    yield dialog
    dialog.close()


def fill(qtbot: QtBot, form: ClosureForm, *, room: str | None, first: date, last: date,
         reason: str) -> None:
    """Choose what closes by typing its name into the list, the days, and type why."""
    form.where_combo.setFocus()
    if room is not None:
        qtbot.keyClicks(form.where_combo, room)
    form.from_edit.setDate(qdate(first))
    form.to_edit.setDate(qdate(last))
    qtbot.keyClicks(form.reason_edit, reason)


def save(qtbot: QtBot, form: ClosureForm) -> None:
    qtbot.mouseClick(form.buttons.button(form.buttons.StandardButton.Save),
                     Qt.MouseButton.LeftButton)


def book_bromo(services: Services) -> int:
    return services.bookings.book(actor="frontdesk", room="BROMO", start=at(DAY, 10),
                                  end=at(DAY, 11), title="Sprint review").booking.id


def shown(screen: ClosuresDialog) -> list[list[str]]:
    model = screen.table.model()
    return [[str(model.index(row, column).data()) for column in range(model.columnCount())]
            for row in range(model.rowCount())]


def audit(engine: Engine, action: str) -> list[AuditEntry]:
    with read_session(engine) as session:
        return list(session.exec(select(AuditEntry).where(AuditEntry.action == action)
                                 .order_by(col(AuditEntry.id))))


def add_through_screen(qtbot: QtBot, screen: ClosuresDialog, *, choice: str | None,
                       seen: list[str]) -> None:
    def fill_in(form: ClosureForm) -> None:
        fill(qtbot, form, room="Bromo", first=DAY, last=DAY, reason="Repainting")
        save(qtbot, form)
        if form.isVisible():
            seen.append(form.message_label.text())
            form.reject()

    def decide(dialog: AffectedBookings) -> None:
        seen.extend(dialog.list.item(n).text() for n in range(dialog.list.count()))
        seen.append(dialog.intro_label.text())
        button = {"keep": dialog.keep_button, "cancel": dialog.cancel_bookings_button,
                  None: dialog.back_button}[choice]
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

    when_modal(ClosureForm, fill_in)
    when_modal(AffectedBookings, decide)
    qtbot.mouseClick(screen.add_button, Qt.MouseButton.LeftButton)


def test_a_closure_over_a_booking_lists_it_and_keeps_it(
        qtbot: QtBot, screen: ClosuresDialog, manager: Services, memory_engine: Engine) -> None:
    booking_id = book_bromo(manager)
    seen: list[str] = []
    add_through_screen(qtbot, screen, choice="keep", seen=seen)

    assert f"(#{booking_id})" in seen[0] and "BROMO  Sprint review" in seen[0]
    assert seen[1].startswith("1 booking still to come falls in this closure.")
    [closure] = manager.closure_tools.list()
    assert (closure.room, closure.name) == ("BROMO", "Repainting")
    assert (closure.start, closure.end) == (at(DAY, 0), at(DAY + timedelta(days=1), 0))
    assert manager.booking(booking_id).status == "confirmed"
    day = f"{DAY:%a %d %b %Y}"
    assert shown(screen) == [["Bromo", day, day, "Repainting", "manager"]]
    assert screen.message_label.text() == "Closed Bromo: Repainting. 1 booking in it was kept."
    assert [e.reason for e in audit(memory_engine, "closure.added")] == [""]


def test_a_closure_can_cancel_the_bookings_in_it_each_audited(
        qtbot: QtBot, screen: ClosuresDialog, manager: Services, memory_engine: Engine) -> None:
    booking_id = book_bromo(manager)
    add_through_screen(qtbot, screen, choice="cancel", seen=[])

    cancelled = manager.booking(booking_id)
    assert (cancelled.status, cancelled.cancel_reason) == ("cancelled", "Repainting")
    [entry] = audit(memory_engine, "booking.cancelled")
    assert (entry.entity_id, entry.actor_name, entry.reason) == (booking_id, "manager",
                                                                 "Repainting")
    assert [e.reason for e in audit(memory_engine, "closure.added")] == [
        "cancelled 1 booking(s)"]
    assert screen.message_label.text().endswith("1 booking in it was cancelled.")


def test_going_back_from_the_bookings_in_the_way_saves_nothing(
        qtbot: QtBot, screen: ClosuresDialog, manager: Services) -> None:
    booking_id = book_bromo(manager)
    seen: list[str] = []
    add_through_screen(qtbot, screen, choice=None, seen=seen)

    assert seen[-1].startswith("Not saved: the bookings in the way were left as they are")
    assert manager.closure_tools.list() == []
    assert manager.booking(booking_id).status == "confirmed"
    assert shown(screen) == []


def test_a_closure_over_nothing_is_saved_at_once(
        qtbot: QtBot, screen: ClosuresDialog, manager: Services) -> None:
    def fill_in(form: ClosureForm) -> None:
        fill(qtbot, form, room=None, first=DAY, last=DAY + timedelta(days=2),
             reason="Electrical work")
        save(qtbot, form)

    when_modal(ClosureForm, fill_in)
    qtbot.mouseClick(screen.add_button, Qt.MouseButton.LeftButton)

    [closure] = manager.closure_tools.list()
    assert closure.room is None
    assert closure.end == at(DAY + timedelta(days=3), 0)
    assert shown(screen)[0][0] == "The whole building"
    assert screen.message_label.text() == "Closed the whole building: Electrical work."


@pytest.mark.parametrize(("first", "last", "reason", "message"), [
    (DAY, DAY - timedelta(days=1), "Repainting",
     f"The last day ({DAY - timedelta(days=1):%a %d %b %Y}) is before the first "
     f"({DAY:%a %d %b %Y}); choose the days again."),
    (DAY, DAY, "   ", "Not saved: say why it closes: the reason is shown to the desk and "
                      "given to the bookings it cancels"),
])
def test_bad_input_says_what_is_wrong_and_saves_nothing(
        qtbot: QtBot, screen: ClosuresDialog, manager: Services, memory_engine: Engine,
        first: date, last: date, reason: str, message: str) -> None:
    seen: list[str] = []

    def fill_in(form: ClosureForm) -> None:
        fill(qtbot, form, room="Bromo", first=first, last=last, reason=reason)
        save(qtbot, form)
        seen.append(form.message_label.text())
        assert form.isVisible()
        form.reject()

    when_modal(ClosureForm, fill_in)
    qtbot.mouseClick(screen.add_button, Qt.MouseButton.LeftButton)

    assert seen == [message]
    assert manager.closure_tools.list() == []
    assert audit(memory_engine, "closure.added") == []


def test_removing_a_closure_asks_first_then_opens_the_room_again(
        qtbot: QtBot, screen: ClosuresDialog, manager: Services, memory_engine: Engine) -> None:
    manager.closure_tools.add(actor="manager", reason="Repainting", start=at(DAY, 0),
                              end=at(DAY, 23), room="BROMO")
    screen.reload()
    first = screen.table.visualRect(screen.model.index(0, 0)).center()
    assert not screen.remove_button.isEnabled()
    qtbot.mouseClick(screen.table.viewport(), Qt.MouseButton.LeftButton, pos=first)
    assert screen.remove_button.isEnabled()
    asked: list[str] = []

    def answer(box: QMessageBox) -> None:
        asked.append(box.text())
        qtbot.mouseClick(box.button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton)

    when_modal(QMessageBox, answer)
    qtbot.mouseClick(screen.remove_button, Qt.MouseButton.LeftButton)

    assert asked == ["Remove the closure of Bromo (Repainting)? It can be booked again on "
                     "those days."]
    assert manager.closure_tools.list() == []
    assert shown(screen) == []
    [entry] = audit(memory_engine, "closure.removed")
    assert entry.before is not None and entry.before["room"] == "BROMO"
    assert manager.check_booking(room="BROMO", start=at(DAY, 10), end=at(DAY, 11),
                                 title="x") == []


def test_saying_no_to_removing_keeps_the_closure(
        qtbot: QtBot, screen: ClosuresDialog, manager: Services) -> None:
    manager.closure_tools.add(actor="manager", reason="Repainting", start=at(DAY, 0),
                              end=at(DAY, 23), room="BROMO")
    screen.reload()
    screen.table.selectRow(0)
    when_modal(QMessageBox, lambda box: qtbot.mouseClick(
        box.button(QMessageBox.StandardButton.No), Qt.MouseButton.LeftButton))
    qtbot.mouseClick(screen.remove_button, Qt.MouseButton.LeftButton)
    assert len(manager.closure_tools.list()) == 1


def test_the_front_desk_sees_the_closures_but_cannot_change_them(
        qtbot: QtBot, services: Services, manager: Services) -> None:
    manager.closure_tools.add(actor="manager", reason="Repainting", start=at(DAY, 0),
                              end=at(DAY, 23), room="BROMO")
    screen = open_screen(qtbot, services)
    screen.table.selectRow(0)
    assert shown(screen)[0][3] == "Repainting"
    assert not screen.add_button.isEnabled()
    assert not screen.remove_button.isEnabled()
    assert "Only managers and administrators can add or remove closures." in \
        screen.intro_label.text()


def test_the_services_refuse_the_front_desk_whatever_the_screen(
        qtbot: QtBot, services: Services, manager: Services) -> None:
    form = ClosureForm(services=services)
    qtbot.addWidget(form)
    form.show()
    fill(qtbot, form, room="Bromo", first=DAY, last=DAY, reason="Repainting")
    save(qtbot, form)
    assert form.message_label.text() == (
        "Not saved: frontdesk may not change closures")
    assert form.isVisible()
    assert manager.closure_tools.list() == []
    with pytest.raises(NotPermitted):
        services.closure_tools.remove(actor="frontdesk", closure_id=1)


def test_past_closures_show_when_asked(qtbot: QtBot, screen: ClosuresDialog,
                                       manager: Services, clock: FakeClock) -> None:
    manager.closure_tools.add(actor="manager", reason="Past", start=at(DAY, 0),
                              end=at(DAY, 23))
    clock.advance(days=30)
    screen.reload()
    assert shown(screen) == []
    qtbot.mouseClick(screen.past_check, Qt.MouseButton.LeftButton)
    assert [row[3] for row in shown(screen)] == ["Past"]


def test_a_closure_added_from_the_building_menu_shows_on_the_timeline(
        qtbot: QtBot, memory_engine: Engine, clock: FakeClock) -> None:
    manager = Services(memory_engine, now=clock, actor="manager")
    window = MainWindow(services=manager)
    qtbot.addWidget(window)
    window.show()
    window.set_date(MONDAY)

    def add(screen: ClosuresDialog) -> None:
        def fill_in(form: ClosureForm) -> None:
            fill(qtbot, form, room=None, first=MONDAY, last=MONDAY, reason="Open day")
            save(qtbot, form)
        when_modal(ClosureForm, fill_in)
        qtbot.mouseClick(screen.add_button, Qt.MouseButton.LeftButton)
        screen.reject()

    assert window.timeline.content.closures == []
    assert window.controls.building_menu.actions()[:2] == [window.controls.closures_action,
                                                           window.controls.terms_action]
    when_modal(ClosuresDialog, add)
    window.controls.closures_action.trigger()

    assert [c[2] for c in window.timeline.content.closures] == ["Open day"]
    assert window.message_label.text() == "Closed the whole building: Open day."
    window.close()


def test_the_closures_model_passes_the_model_tester(
        qtmodeltester: object, screen: ClosuresDialog, manager: Services) -> None:
    manager.closure_tools.add(actor="manager", reason="Repainting", start=at(DAY, 0),
                              end=at(DAY, 23), room="BROMO")
    screen.reload()
    qtmodeltester.check(screen.model)  # type: ignore[attr-defined]
