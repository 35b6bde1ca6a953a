"""booking/ speaks the language chosen at run time: refusals in Bahasa Indonesia after
set_language("id") (days through Babel, words from booking_id.mo), English again after, and
what the database keeps stays in English whatever the language shown."""

from datetime import date, datetime, timedelta

import pytest

from booking.errors import BadInput, ConflictError, NotPermitted, RuleRefused
from booking.i18n import set_language
from booking.services import Services
from booking.statuses import status_word
from booking.timeutil import parse_instant, short_day, when
from tests.booking.conftest import WIB, at
from tests.helpers.clock import FakeClock

FD = "frontdesk"
ROOM = "Ruang Produksi P2.01"  # the building file names the room in Indonesian too


def book(services: Services, **kwargs: object) -> None:
    args: dict[str, object] = {"actor": FD, "room": "P2.01", "start": at(10), "end": at(11),
                               "title": "Planning"}
    args.update(kwargs)
    services.bookings.book(**args)  # type: ignore[arg-type]


def test_days_in_messages_follow_the_language() -> None:
    moment = datetime(2026, 12, 7, 10, tzinfo=WIB)
    assert when(moment) == "Mon 07 Dec 2026 10:00"
    set_language("id")
    assert when(moment) == "Sen 07 Des 2026 10:00"
    assert short_day(date(2026, 12, 25), year=False) == "Jum 25 Des"
    assert status_word("checked_in") == "sudah check-in"


def test_a_conflict_in_indonesian(services: Services) -> None:
    book(services)
    set_language("id")
    with pytest.raises(ConflictError) as caught:
        book(services, title="Retro")
    assert caught.value.message.startswith(
        f"{ROOM} sudah dipesan Sen 07 Des 10:00–11:00: 'Planning' (pemesanan #")


def test_closed_hours_and_a_holiday_in_indonesian(services: Services) -> None:
    set_language("id")
    with pytest.raises(RuleRefused) as hours:
        book(services, start=at(5), end=at(6, 30))
    assert hours.value.message == (f"{ROOM} buka 07:00–22:00 setiap hari Senin; 05:00–06:30 "
                                   "di luar jam itu")
    with pytest.raises(RuleRefused) as sunday:
        book(services, start=at(10, day=6), end=at(11, day=6))
    assert sunday.value.message == f"{ROOM} tutup setiap hari Minggu"
    with pytest.raises(RuleRefused) as holiday:
        book(services, start=at(10, day=25), end=at(11, day=25))
    assert holiday.value.rule == "holiday"
    assert holiday.value.message.startswith("Jum 25 Des 2026 adalah hari libur nasional (")
    assert holiday.value.message.endswith(f"); {ROOM} tutup")


def test_a_permission_refusal_in_indonesian(services: Services) -> None:
    set_language("id")
    with pytest.raises(NotPermitted) as caught:
        services.closure_tools.add(actor=FD, reason="Renovasi", start=at(8), end=at(18))
    assert caught.value.message == "frontdesk tidak boleh mengubah penutupan"


def test_bad_input_in_indonesian(services: Services) -> None:
    set_language("id")
    with pytest.raises(BadInput) as title:
        book(services, title="  ")
    assert title.value.message == "judul kosong; isi judul pemesanan"
    with pytest.raises(BadInput) as typed:
        parse_instant("besok jam 9", now=at(8))
    assert typed.value.message.startswith("waktu 'besok jam 9' bukan tanggal dan waktu; tulis "
                                          "seperti 2026-12-01T09:00")
    with pytest.raises(BadInput) as reversed_span:
        book(services, start=at(11), end=at(10))
    assert reversed_span.value.message == ("waktu selesai (Sen 07 Des 2026 10:00) lebih awal "
                                           "dari waktu mulai (Sen 07 Des 2026 11:00)")


def test_english_again_after_indonesian(services: Services) -> None:
    set_language("id")
    set_language("en")
    with pytest.raises(BadInput, match="title is empty; give the booking a title"):
        book(services, title="")


def test_a_skipped_date_is_stored_in_english_while_indonesian_is_shown(
        services: Services, clock: FakeClock) -> None:
    clock.current = datetime(2026, 12, 20, 8, tzinfo=WIB)
    start = datetime(2026, 12, 21, 9, tzinfo=WIB)
    set_language("id")
    outcome = services.series.create(actor=FD, room="KAWI", start=start,
                                     end=start + timedelta(hours=1),
                                     rule="FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR;COUNT=5",
                                     title="Daily sync")
    shown = {o.day: o.detail for o in outcome.skipped}
    assert "hari libur nasional" in shown[date(2026, 12, 25)]
    stored = dict(services.series.show(outcome.series_id or 0).skipped)
    assert "public holiday" in stored[date(2026, 12, 25)]
