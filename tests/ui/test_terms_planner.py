"""Building → Terms planner…: production rooms × weeks; a manager selects a room's weeks and
assigns them to a team (keeping or cancelling other teams' bookings), or ends a term."""

from collections.abc import Iterator
from datetime import date, datetime, time, timedelta

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine
from sqlmodel import select

from booking.errors import NotPermitted
from booking.services import Services
from booking.store.db import read_session
from booking.store.models import AuditEntry
from booking.timeutil import BUILDING_TZ
from tests.helpers.clock import FakeClock
from tests.helpers.days import open_day
from tests.helpers.modal import when_modal
from ui.main_window import MainWindow
from ui.manage.affected import AffectedBookings
from ui.manage.term_forms import EndTermForm, TermForm
from ui.manage.terms_planner import WEEKS, TermsPlanner
from ui.qdates import pydate, qdate

# The clock says Tuesday 1 December 2026: the planner opens on Monday 30 November.
FIRST_WEEK = date(2026, 11, 30)


def monday(column: int) -> date:
    return FIRST_WEEK + timedelta(weeks=column)


def at(day: date, hour: int = 0) -> datetime:
    return datetime.combine(day, time(hour), tzinfo=BUILDING_TZ)


@pytest.fixture
def manager(memory_engine: Engine, clock: FakeClock) -> Services:
    return Services(memory_engine, now=clock, actor="manager")


def open_planner(qtbot: QtBot, services: Services) -> TermsPlanner:
    planner = TermsPlanner(services=services)
    qtbot.addWidget(planner)
    planner.show()
    qtbot.waitExposed(planner)
    return planner


@pytest.fixture
def planner(qtbot: QtBot, manager: Services) -> Iterator[TermsPlanner]:
    dialog = open_planner(qtbot, manager)
    yield dialog
    dialog.close()


def row_of(planner: TermsPlanner, code: str) -> int:
    return next(n for n, room in enumerate(planner.rooms) if room.code == code)


def click(qtbot: QtBot, planner: TermsPlanner, row: int, column: int,
          modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    index = planner.model.index(row, column)
    planner.table.scrollTo(index)
    qtbot.mouseClick(planner.table.viewport(), Qt.MouseButton.LeftButton, modifier,
                     planner.table.visualRect(index).center())


def select_weeks(qtbot: QtBot, planner: TermsPlanner, code: str, first: int, last: int) -> None:
    """Click a room's first week, Shift+click its last."""
    row = row_of(planner, code)
    click(qtbot, planner, row, first)
    click(qtbot, planner, row, last, Qt.KeyboardModifier.ShiftModifier)


def text(planner: TermsPlanner, row: int, column: int) -> str:
    return str(planner.model.index(row, column).data() or "")


def save(qtbot: QtBot, form: TermForm | EndTermForm) -> None:
    qtbot.mouseClick(form.buttons.button(form.buttons.StandardButton.Save),
                     Qt.MouseButton.LeftButton)


def test_the_planner_shows_production_rooms_with_their_seats_by_week(
        planner: TermsPlanner) -> None:
    model = planner.model
    codes = [room.code for room in planner.rooms]
    assert codes[0] == "P2.01" and all(code.startswith(("P2.", "P3.")) for code in codes)
    assert model.headerData(0, Qt.Orientation.Vertical) == "P2.01  ·  22 seats"
    assert model.headerData(len(codes), Qt.Orientation.Vertical) == "Seats assigned"
    assert model.columnCount() == WEEKS
    assert model.headerData(0, Qt.Orientation.Horizontal) == "This week\n30 Nov"
    assert model.headerData(1, Qt.Orientation.Horizontal) == "Week 50\n07 Dec"
    total = sum(room.capacity for room in planner.rooms)
    assert text(planner, len(codes), 0) == f"0 of {total}"
    assert planner.range_label.text() == "30 Nov 2026 – 21 Feb 2027"


def test_selecting_weeks_of_a_room_and_assigning_them_to_a_team(
        qtbot: QtBot, planner: TermsPlanner, manager: Services, memory_engine: Engine) -> None:
    assert not planner.assign_button.isEnabled()
    select_weeks(qtbot, planner, "P2.01", 1, 3)
    assert planner.assign_button.isEnabled()
    assert not planner.end_button.isEnabled()
    seen: list[tuple[str, date, date]] = []

    def fill_in(form: TermForm) -> None:
        seen.append((str(form.room_combo.currentData()), pydate(form.from_edit.date()),
                     pydate(form.to_edit.date())))
        qtbot.keyClicks(form.team_edit, "GovTech Singapore")
        save(qtbot, form)

    when_modal(TermForm, fill_in)
    qtbot.mouseClick(planner.assign_button, Qt.MouseButton.LeftButton)

    assert seen == [("P2.01", monday(1), monday(3) + timedelta(days=6))]
    [term] = manager.terms.list_terms()
    assert (term.room, term.team, term.start, term.end) == (
        "P2.01", "GovTech Singapore", at(monday(1)), at(monday(4)))
    row = row_of(planner, "P2.01")
    assert [text(planner, row, c) for c in range(5)] == [
        "", "GovTech Singapore", "GovTech Singapore", "GovTech Singapore", ""]
    footer = len(planner.rooms)
    assert text(planner, footer, 1).startswith("22 of ")
    assert text(planner, footer, 4).startswith("0 of ")
    assert planner.message_label.text() == (
        "P2.01 is assigned to GovTech Singapore from Mon 07 Dec 2026 to Sun 27 Dec 2026.")
    with read_session(memory_engine) as session:
        assert session.exec(select(AuditEntry).where(
            AuditEntry.action == "term.assigned")).first() is not None


def test_another_teams_booking_in_the_term_is_listed_and_can_be_cancelled(
        qtbot: QtBot, planner: TermsPlanner, manager: Services) -> None:
    day = open_day(2, on_or_after=monday(1))
    column = (day - FIRST_WEEK).days // 7
    booking_id = manager.bookings.book(
        actor="frontdesk", room="P2.01", start=at(day, 10), end=at(day, 12),
        title="Hackathon prep", organization="Bank Mandiri").booking.id
    listed: list[str] = []

    def fill_in(form: TermForm) -> None:
        qtbot.keyClicks(form.team_edit, "GovTech Singapore")
        save(qtbot, form)

    def decide(dialog: AffectedBookings) -> None:
        listed.extend(dialog.list.item(n).text() for n in range(dialog.list.count()))
        qtbot.mouseClick(dialog.cancel_bookings_button, Qt.MouseButton.LeftButton)

    select_weeks(qtbot, planner, "P2.01", column, column)
    when_modal(TermForm, fill_in)
    when_modal(AffectedBookings, decide)
    qtbot.mouseClick(planner.assign_button, Qt.MouseButton.LeftButton)

    assert len(listed) == 1 and "Hackathon prep — Bank Mandiri" in listed[0]
    assert manager.booking(booking_id).status == "cancelled"
    assert len(manager.terms.list_terms()) == 1
    assert planner.message_label.text().endswith("1 booking in it was cancelled.")


def test_ending_a_term_on_the_last_day_of_the_week_selected(
        qtbot: QtBot, planner: TermsPlanner, manager: Services) -> None:
    manager.terms.assign(actor="manager", room="P3.01", team="FPT Software",
                         start=at(monday(1)), end=at(monday(9)))
    planner.reload()
    row = row_of(planner, "P3.01")
    assert text(planner, row, 8) == "FPT Software"
    click(qtbot, planner, row, 5)
    assert planner.end_button.isEnabled()
    offered: list[date] = []

    def end(form: EndTermForm) -> None:
        offered.append(pydate(form.on_edit.date()))
        save(qtbot, form)

    when_modal(EndTermForm, end)
    qtbot.mouseClick(planner.end_button, Qt.MouseButton.LeftButton)

    assert offered == [monday(5) + timedelta(days=6)]
    [term] = manager.terms.list_terms()
    assert term.end == at(monday(6))
    assert [text(planner, row, c) for c in (5, 6)] == ["FPT Software", ""]
    sunday = monday(5) + timedelta(days=6)
    assert planner.message_label.text() == (
        f"The term of P3.01 for FPT Software now ends on {sunday:%a %d %b %Y}.")


def test_withdrawing_a_term_whole(qtbot: QtBot, planner: TermsPlanner,
                                  manager: Services) -> None:
    manager.terms.assign(actor="manager", room="P3.01", team="FPT Software",
                         start=at(monday(1)), end=at(monday(3)))
    planner.reload()
    click(qtbot, planner, row_of(planner, "P3.01"), 2)

    def withdraw(form: EndTermForm) -> None:
        qtbot.mouseClick(form.withdraw_check, Qt.MouseButton.LeftButton)
        assert not form.on_edit.isEnabled()
        save(qtbot, form)

    when_modal(EndTermForm, withdraw)
    qtbot.mouseClick(planner.end_button, Qt.MouseButton.LeftButton)
    assert manager.terms.list_terms() == []
    assert text(planner, row_of(planner, "P3.01"), 2) == ""


@pytest.mark.parametrize(("team", "last_offset", "message"), [
    ("GovTech Singapore", -1, "The last day (Sun 06 Dec 2026) is before the first "
                              "(Mon 07 Dec 2026); choose the days again."),
    ("", 6, "Not saved: name the team the room is assigned to"),
])
def test_bad_input_in_the_term_form_says_so_and_saves_nothing(
        qtbot: QtBot, planner: TermsPlanner, manager: Services, team: str, last_offset: int,
        message: str) -> None:
    seen: list[str] = []

    def fill_in(form: TermForm) -> None:
        qtbot.keyClicks(form.team_edit, team)
        form.to_edit.setDate(qdate(monday(1) + timedelta(days=last_offset)))
        save(qtbot, form)
        seen.append(form.message_label.text())
        assert form.isVisible()
        form.reject()

    select_weeks(qtbot, planner, "P2.01", 1, 1)
    when_modal(TermForm, fill_in)
    qtbot.mouseClick(planner.assign_button, Qt.MouseButton.LeftButton)
    assert seen == [message]
    assert manager.terms.list_terms() == []


def test_a_term_overlapping_another_is_refused_in_the_form(
        qtbot: QtBot, planner: TermsPlanner, manager: Services) -> None:
    manager.terms.assign(actor="manager", room="P2.01", team="FPT Software",
                         start=at(monday(2)), end=at(monday(4)))
    planner.reload()
    seen: list[str] = []

    def fill_in(form: TermForm) -> None:
        qtbot.keyClicks(form.team_edit, "GovTech Singapore")
        save(qtbot, form)
        seen.append(form.message_label.text())
        form.reject()

    select_weeks(qtbot, planner, "P2.01", 1, 2)
    when_modal(TermForm, fill_in)
    qtbot.mouseClick(planner.assign_button, Qt.MouseButton.LeftButton)
    assert seen[0].startswith("Not saved: Production room P2.01 is already assigned")
    assert [t.team for t in manager.terms.list_terms()] == ["FPT Software"]


def test_selecting_two_rooms_offers_no_assignment(qtbot: QtBot, planner: TermsPlanner) -> None:
    click(qtbot, planner, 0, 1)
    click(qtbot, planner, 1, 2, Qt.KeyboardModifier.ShiftModifier)
    assert not planner.assign_button.isEnabled()


def test_earlier_and_later_move_by_the_weeks_shown(qtbot: QtBot, planner: TermsPlanner,
                                                  manager: Services) -> None:
    manager.terms.assign(actor="manager", room="P2.02", team="NTT Data Japan",
                         start=at(monday(WEEKS)), end=at(monday(WEEKS + 1)))
    planner.reload()
    qtbot.mouseClick(planner.later_button, Qt.MouseButton.LeftButton)
    assert planner.model.week_at(0) == monday(WEEKS)
    assert text(planner, row_of(planner, "P2.02"), 0) == "NTT Data Japan"
    qtbot.mouseClick(planner.earlier_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(planner.earlier_button, Qt.MouseButton.LeftButton)
    assert planner.model.week_at(0) == monday(-WEEKS)
    qtbot.mouseClick(planner.this_week_button, Qt.MouseButton.LeftButton)
    assert planner.model.week_at(0) == FIRST_WEEK


def test_the_front_desk_sees_the_planner_but_cannot_change_it(
        qtbot: QtBot, services: Services, manager: Services) -> None:
    manager.terms.assign(actor="manager", room="P2.01", team="FPT Software",
                         start=at(monday(1)), end=at(monday(3)))
    planner = open_planner(qtbot, services)
    click(qtbot, planner, 0, 1)
    assert text(planner, 0, 1) == "FPT Software"
    assert not planner.assign_button.isEnabled()
    assert not planner.end_button.isEnabled()
    assert planner.hint_label.text().startswith("Only managers and administrators")
    form = TermForm(services=services, rooms=planner.rooms, room="P2.02", first=monday(1),
                    last=monday(2))
    qtbot.addWidget(form)
    form.show()
    qtbot.keyClicks(form.team_edit, "GovTech Singapore")
    save(qtbot, form)
    assert form.message_label.text() == (
        "Not saved: frontdesk may not assign rooms to teams for a term")
    with pytest.raises(NotPermitted):
        services.terms.end(actor="frontdesk", term_id=1)
    assert len(manager.terms.list_terms()) == 1


def test_a_term_assigned_from_the_building_menu_is_said_in_the_status_bar(
        qtbot: QtBot, manager: Services) -> None:
    window = MainWindow(services=manager)
    qtbot.addWidget(window)
    window.show()

    def assign(planner: TermsPlanner) -> None:
        select_weeks(qtbot, planner, "P3.02", 1, 1)

        def fill_in(form: TermForm) -> None:
            qtbot.keyClicks(form.team_edit, "Pertamina Digital")
            save(qtbot, form)
        when_modal(TermForm, fill_in)
        qtbot.mouseClick(planner.assign_button, Qt.MouseButton.LeftButton)
        planner.reject()

    when_modal(TermsPlanner, assign)
    window.controls.terms_action.trigger()
    assert window.message_label.text().startswith("P3.02 is assigned to Pertamina Digital")
    assert [t.room for t in manager.terms.list_terms()] == ["P3.02"]
    window.close()


def test_the_terms_model_passes_the_model_tester(
        qtmodeltester: object, planner: TermsPlanner, manager: Services) -> None:
    manager.terms.assign(actor="manager", room="P2.01", team="FPT Software",
                         start=at(monday(1)), end=at(monday(3)))
    planner.reload()
    qtmodeltester.check(planner.model)  # type: ignore[attr-defined]
