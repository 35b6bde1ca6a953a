"""The CSV exchange's parts: pages of bookings, the formula guard, and the reader's rows,
columns and refusals."""

from datetime import timedelta

import pytest

from booking.errors import BadInput
from booking.exchange import csv_in
from booking.exchange.csv_in import CsvInvalid, read_csv_bytes
from booking.exchange.csv_out import neutralise, unneutralise
from booking.exchange.pages import booking_pages
from booking.services import Services
from tests.booking.conftest import at

ROOMS = ("SEMERU", "ARJUNO", "BROMO", "KAWI")


def test_pages_hold_every_booking_once_in_order(services: Services) -> None:
    made = []
    for hour in (9, 11, 13):
        for room in ROOMS:  # bookings starting at the same moment straddle page ends
            made.append(services.bookings.book(actor="frontdesk", room=room, start=at(hour),
                                               end=at(hour) + timedelta(hours=1),
                                               title=f"{room} {hour}",
                                               organization="Tani Cerdas" if hour == 11
                                               else None).booking.id)
    services.bookings.cancel(actor="frontdesk", booking_id=made[0], reason="moved")
    pages = list(booking_pages(services.engine, size=5))
    assert [len(p) for p in pages] == [5, 5, 2]
    ids = [v.id for page in pages for v in page]
    assert sorted(ids) == sorted(made)
    assert [v.start for page in pages for v in page] == sorted(
        v.start for page in pages for v in page)
    active = [v.id for p in booking_pages(services.engine, statuses=["confirmed"], size=3)
              for v in p]
    assert active == [i for i in ids if i != made[0]]
    kawi = [v.title for p in booking_pages(services.engine, room_ids=[
        next(r.id for r in services.rooms() if r.code == "KAWI")]) for v in p]
    assert kawi == ["KAWI 9", "KAWI 11", "KAWI 13"]
    tani = services.organizations()["Tani Cerdas"]
    assert [v.title for p in booking_pages(services.engine, organization_id=tani) for v in p] \
        == [f"{room} 11" for room in ROOMS]
    later = [v.title for p in booking_pages(services.engine, start=at(12), end=at(23))
             for v in p]
    assert later == [f"{room} 13" for room in ROOMS]


@pytest.mark.parametrize("text", ["=SUM(A1)", "+62 812", "-1", "@cmd", "\tx", "\rx",
                                  "'quoted'", "plain", "", "a=b"])
def test_the_formula_guard_comes_off_again(text: str) -> None:
    guarded = neutralise(text)
    assert guarded[:1] not in ("=", "+", "-", "@", "\t", "\r")
    assert unneutralise(guarded) == text


def _read(text: str) -> csv_in.CsvRead:
    return read_csv_bytes(text.replace("\n", "\r\n").encode(), name="in.csv")


def test_rows_are_numbered_as_the_spreadsheet_numbers_them() -> None:
    with pytest.raises(CsvInvalid) as caught:
        _read('room,title,start,end,notes\n'
              'BROMO,One,2026-12-07 09:00,2026-12-07 10:00,"two\nlines"\n'
              '\n'
              'BROMO,Two,2026-12-07 09:00,noon,\n')
    assert caught.value.problems == (
        "row 4, column 'end': 'noon' is not a date and time (write it as "
        "2027-01-07T09:00+07:00 or 2027-01-07 09:00)",)


def test_a_row_reads_into_an_item() -> None:
    read = _read("\ufeffuid;room;title;start;end;organization;attendees;status;contact_phone\n"
                 "x-1@example.com;BROMO;'=Plan;2026-12-07T09:00:00+07:00;"
                 "2026-12-07T10:30:00+07:00;Tani Cerdas;12;tentative;'+62 812\n"
                 "x-2@example.com;KAWI;Gone;2026-12-07 09:00;2026-12-07 10:00;;;cancelled;\n")
    (item,) = read.items
    assert (item.where, item.room, item.title, item.start, item.end) == (
        "row 2", "BROMO", "=Plan", at(9), at(10, 30))
    assert (item.organization, item.attendees, item.tentative, item.contact_phone,
            item.uid) == ("Tani Cerdas", 12, True, "+62 812", "x-1@example.com")
    assert read.notes == ("row 3: a cancelled booking; it is left out",)


def test_a_row_without_identity_gets_one_made_from_what_it_books() -> None:
    text = "room,title,date,start_time,end_time\nBROMO,One,07/12/2026,9.00,10:00\n"
    first, again = _read(text).items[0], _read(text).items[0]
    assert first.uid == again.uid and first.uid is not None
    assert (first.start, first.end) == (at(9), at(10))
    assert _read(text.replace("One", "Other")).items[0].uid != first.uid


@pytest.mark.parametrize(("text", "message"), [
    ("room,title,start,end\nBROMO,,2026-12-07 09:00,2026-12-07 10:00\n",
     "row 2, column 'title': empty"),
    ("room,title,start,end\n,A,2026-12-07 09:00,2026-12-07 10:00\n", "row 2, column 'room'"),
    ("room,title,start,end,status\nBROMO,A,2026-12-07 09:00,2026-12-07 10:00,maybe\n",
     "row 2, column 'status': 'maybe' is not a status"),
    ("room,title,start,end,attendees\nBROMO,A,2026-12-07 09:00,2026-12-07 10:00,-3\n",
     "row 2, column 'attendees': '-3' is not a number of people"),
    ("room,title,date,start_time,end_time\nBROMO,A,2026-12-07,25:00,26:00\n",
     "row 2, column 'start_time': '25:00' is not a time of day"),
])
def test_bad_cells_are_named(text: str, message: str) -> None:
    with pytest.raises(CsvInvalid) as caught:
        _read(text)
    assert caught.value.message.startswith(message)


def test_the_header_is_checked() -> None:
    with pytest.raises(BadInput, match="twice"):
        _read("room,title,start,end,Title\nBROMO,A,B,C,D\n")
    with pytest.raises(BadInput, match="it names: room, when"):
        _read("room,when\nBROMO,A\n")
    read = _read("Room,Title,Start,End,Colour\nBROMO,A,2026-12-07 09:00,2026-12-07 10:00,red\n")
    assert read.notes == ("column 'colour' is not one Ruang reads; it is ignored",)


def test_too_many_rows_are_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(csv_in, "MAX_ITEMS", 2)
    row = "BROMO,A,2026-12-07 09:00,2026-12-07 10:00\n"
    assert len(_read("room,title,start,end\n" + row * 2).items) == 2
    with pytest.raises(BadInput, match="more than 2 rows"):
        _read("room,title,start,end\n" + row * 3)
