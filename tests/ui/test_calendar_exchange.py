"""The window's calendar exchange: File → Import calendar… with its preview, and a booking's
"Add to calendar (.ics)…", acted as the front desk would."""

from collections.abc import Iterator
from pathlib import Path

import pytest
from icalendar import Calendar
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMenu, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine

from booking.exchange.incoming import ImportResult, Verdict
from booking.services import Services
from booking.timeutil import local
from tests.helpers.cli import ROOT
from tests.helpers.clock import FakeClock
from tests.ui.conftest import MONDAY, at
from tests.ui.test_booking_menu import choose, timeline_menu
from tests.ui.test_timeline import book
from ui.exchange.add_to_calendar import IcsPath
from ui.exchange.calendar_import import CalendarPrompts
from ui.exchange.preview import ImportPreview
from ui.main_window import MainWindow

pytestmark = pytest.mark.qt_log_ignore("does not support raise", "does not support grabbing")
SAMPLES = ROOT / "tests" / "data" / "ics"


class Person:
    """What the person picks and what the preview showed them."""

    def __init__(self) -> None:
        self.file = str(SAMPLES / "thunderbird.ics")
        self.room = "SEMERU"
        self.rooms: list[str] = []
        self.answer: str | None = "all"
        self.previews: list[ImportResult] = []


@pytest.fixture
def person(monkeypatch: pytest.MonkeyPatch) -> Person:
    them = Person()

    def choose_file(_cls: type, _parent: QWidget, _title: str, _kinds: str) -> str:
        return them.file

    def choose_room(_cls: type, _parent: QWidget, _title: str, _label: str,
                    rooms: list[str]) -> int | None:
        them.rooms = rooms
        return next(i for i, r in enumerate(rooms) if r.endswith(f"({them.room})"))

    def ask(_cls: type, _parent: QWidget, result: ImportResult, *,
            title: str, notes: object = ()) -> str | None:  # noqa: ARG001
        them.previews.append(result)
        return them.answer

    monkeypatch.setattr(CalendarPrompts, "choose_file", classmethod(choose_file))
    monkeypatch.setattr(CalendarPrompts, "choose_room", classmethod(choose_room))
    monkeypatch.setattr(ImportPreview, "ask", classmethod(ask))
    return them


@pytest.fixture
def file_window(qtbot: QtBot, file_engine: Engine, clock: FakeClock) -> Iterator[MainWindow]:
    win = MainWindow(services=Services(file_engine, now=clock))
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    qtbot.waitExposed(win)
    win.set_date(MONDAY)
    yield win
    win.calendar_import.wait()
    win.close()


def _import_entry(window: MainWindow) -> object:
    file_menu = window.menuBar().actions()[0].menu()
    assert isinstance(file_menu, QMenu)
    return next(a for a in file_menu.actions() if a.text() == "&Import calendar…")


def _semeru(services: Services) -> list[tuple[str, str]]:
    found = services.list_bookings(start=at(0, day=1), end=at(0, day=1).replace(year=2027,
                                                                                month=3))
    return sorted((local(b.start).isoformat(), b.title) for b in found if b.room == "SEMERU")


def test_import_calendar_previews_then_books_and_says_so(qtbot: QtBot, file_window: MainWindow,
                                                         person: Person) -> None:
    _import_entry(file_window).trigger()  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: "Imported" in file_window.message_label.text(), timeout=20_000)
    assert len(person.previews) == 1
    assert [v.verdict for v in person.previews[0].verdicts] == [Verdict.FREE] * 3
    assert not person.previews[0].written
    assert file_window.message_label.text() == "Imported bookings: 3"
    assert _semeru(file_window.services) == [
        ("2027-01-18T13:00:00+07:00", "Intern cohort stand-up"),
        ("2027-01-25T15:00:00+07:00", "Intern cohort stand-up (moved)"),
        ("2027-02-01T13:00:00+07:00", "Intern cohort stand-up")]
    assert any(r.endswith("(SEMERU)") for r in person.rooms)


def test_cancelling_the_preview_writes_nothing(qtbot: QtBot, file_window: MainWindow,
                                               person: Person) -> None:
    person.answer = None
    _import_entry(file_window).trigger()  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: "cancelled" in file_window.message_label.text(), timeout=20_000)
    assert _semeru(file_window.services) == []


def test_the_preview_offers_the_free_ones_when_some_cannot_go_in(
        qtbot: QtBot, services: Services, qtmodeltester: object) -> None:
    result, notes = services.import_ics((SAMPLES / "allday.ics").read_bytes(), room="SEMERU",
                                        dry_run=True)
    preview = ImportPreview(result, title="Import calendar", notes=notes)
    qtbot.addWidget(preview)
    qtmodeltester.check(preview.model)  # type: ignore[attr-defined]
    assert not preview.all_button.isEnabled() and preview.rest_button.isEnabled()
    words = [preview.model.index(row, 4).data() for row in range(preview.model.rowCount())]
    assert sorted(words) == ["free", "refused"]
    refused = next(r for r in range(2) if preview.model.index(r, 4).data() == "refused")
    assert "all-day event" in preview.model.index(refused, 5).data()
    assert preview.counts_label.text() == "2 items: free 1, refused 1"
    # The first item with something to say is chosen and its message shown whole.
    message = preview.model.verdict_at(refused).message  # type: ignore[union-attr]
    assert preview.table.currentIndex().row() == refused
    assert preview.detail_label.text().endswith(message) and "all-day event" in message
    free = 1 - refused
    preview.table.selectRow(free)
    assert preview.detail_label.text() == ""
    qtbot.mouseClick(preview.rest_button, Qt.MouseButton.LeftButton)
    assert preview.choice == "rest"


def test_add_to_calendar_saves_the_booking_s_file(qtbot: QtBot, window: MainWindow,
                                                  services: Services, tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    booking_id = book(services, "KAWI", at(10), at(11), title="Client <call>")
    window.reload()
    target = tmp_path / "call.ics"
    monkeypatch.setattr(IcsPath, "ask", classmethod(lambda _cls, _p, _c, _s: target))
    choose(qtbot, timeline_menu(qtbot, window, booking_id), "Add to calendar (.ics)…")
    event = Calendar.from_ical(target.read_bytes()).walk("VEVENT")[0]
    assert str(event["summary"]) == "Client <call>"
    assert event.decoded("dtstart") == at(10)
    assert window.message_label.text() == f"Calendar file saved: {target}"


def test_the_preview_of_a_file_too_large_for_all_or_nothing_offers_batches(
        qtbot: QtBot, services: Services, monkeypatch: pytest.MonkeyPatch) -> None:
    import booking.exchange.incoming as incoming

    result, notes = services.import_ics((SAMPLES / "google.ics").read_bytes(), room="SEMERU",
                                        dry_run=True)
    assert result.all_fine and result.booked > 1
    monkeypatch.setattr(incoming, "ALL_OR_NOTHING", 1)
    preview = ImportPreview(result, title="Import calendar", notes=notes)
    qtbot.addWidget(preview)
    assert not preview.all_button.isEnabled() and preview.rest_button.isEnabled()
