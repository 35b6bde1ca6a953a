"""Recurring bookings: exact dates, previews, all-or-nothing, and edits that keep exceptions."""

from datetime import date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import Engine, text

from booking import booking_rows
from booking.errors import BadInput, ConflictError, RuleRefused
from booking.series import core as series_core
from booking.series import service as series_service
from booking.series.recurrence import parse_rule
from booking.series.service import SeriesConflict, SeriesRefused
from booking.services import Services
from booking.store.db import read_session, write_session
from tests.booking.conftest import WIB, at
from tests.helpers.clock import FakeClock


@pytest.fixture
def memory_engine(backend_engine: Engine) -> Engine:
    """Every test here that takes the default database runs on SQLite and on PostgreSQL."""
    return backend_engine


FD = "frontdesk"


def local_starts(services: Services, series_id: int) -> list[str]:
    info = services.series.show(series_id)
    return [b.start.astimezone(WIB).strftime("%Y-%m-%d %H:%M") for b in info.occurrences
            if b.active]


def test_weekly_rule_gives_exact_local_dates(services: Services) -> None:
    outcome = services.series.create(actor=FD, room="KAWI", start=at(9), end=at(9, 30),
                                     rule="FREQ=WEEKLY;BYDAY=MO,TH;COUNT=4", title="Stand-up")
    assert local_starts(services, outcome.series_id or 0) == [
        "2026-12-07 09:00", "2026-12-10 09:00", "2026-12-14 09:00", "2026-12-17 09:00"]
    assert {b.series_id for b in outcome.created} == {outcome.series_id}


def test_every_weekday_across_the_year_boundary_skips_holidays_by_default(
        services: Services, clock: FakeClock) -> None:
    clock.current = datetime(2026, 12, 20, 8, tzinfo=WIB)
    start = datetime(2026, 12, 21, 9, tzinfo=WIB)
    outcome = services.series.create(actor=FD, room="KAWI", start=start,
                                     end=start + timedelta(hours=1),
                                     rule="FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR;UNTIL=20270108",
                                     title="Daily sync")
    booked = [d[:10] for d in local_starts(services, outcome.series_id or 0)]
    skipped = {o.day.isoformat(): o.detail for o in outcome.skipped}
    # 24 Dec (cuti bersama), 25 Dec (Natal), 1 Jan (Tahun Baru) and 5 Jan 2027 (Isra Mikraj)
    # are skipped and named (in English: the test's language).
    assert set(skipped) == {"2026-12-24", "2026-12-25", "2027-01-01", "2027-01-05"}
    assert "Isra' and Mi'raj" in skipped["2027-01-05"]
    assert "Christmas Day" in skipped["2026-12-25"]
    assert booked == ["2026-12-21", "2026-12-22", "2026-12-23", "2026-12-28", "2026-12-29",
                      "2026-12-30", "2026-12-31", "2027-01-04", "2027-01-06", "2027-01-07",
                      "2027-01-08"]


def test_monthly_by_weekday_and_leap_day_rules() -> None:
    second_tuesday = parse_rule("FREQ=MONTHLY;BYDAY=2TU;COUNT=4",
                                datetime(2026, 12, 8, 14, tzinfo=WIB))
    assert [s.date().isoformat() for s in second_tuesday.starts()] == [
        "2026-12-08", "2027-01-12", "2027-02-09", "2027-03-09"]
    leap = parse_rule("FREQ=MONTHLY;BYMONTHDAY=29;COUNT=3",
                      datetime(2027, 12, 29, 10, tzinfo=WIB))
    assert [s.date().isoformat() for s in leap.starts()] == [
        "2027-12-29", "2028-01-29", "2028-02-29"]
    no_leap = parse_rule("FREQ=MONTHLY;BYMONTHDAY=29;COUNT=3",
                         datetime(2026, 12, 29, 10, tzinfo=WIB))
    assert [s.date().isoformat() for s in no_leap.starts()] == [
        "2026-12-29", "2027-01-29", "2027-03-29"]  # February 2027 has no 29th
    last_day = parse_rule("FREQ=MONTHLY;BYMONTHDAY=-1;COUNT=3",
                          datetime(2028, 1, 31, 10, tzinfo=WIB))
    assert [s.date().isoformat() for s in last_day.starts()] == [
        "2028-01-31", "2028-02-29", "2028-03-31"]


def test_a_foreign_daylight_saving_change_moves_nothing_in_wib() -> None:
    # Given in Central European Time the week before Europe springs forward (28 March 2027).
    cet = datetime(2027, 3, 22, 3, 0, tzinfo=ZoneInfo("Europe/Amsterdam"))
    rule = parse_rule("FREQ=WEEKLY;COUNT=3", cet)
    assert [s.strftime("%Y-%m-%d %H:%M %Z") for s in rule.starts()] == [
        "2027-03-22 09:00 WIB", "2027-03-29 09:00 WIB", "2027-04-05 09:00 WIB"]


@pytest.mark.parametrize(("rule", "message"), [
    ("FREQ=WEEKLY", "never ends"),
    ("FREQ=DAILY;COUNT=600", "500 occurrences"),
    ("FREQ=HOURLY;COUNT=3", "not supported"),
    ("FREQ=WEEKLY;BYDAY=XX;COUNT=3", "not valid"),
    ("every monday", "NAME=VALUE"),
    ("FREQ=WEEKLY;COUNT=2;UNTIL=20270101", "both COUNT and UNTIL"),
    ("FREQ=DAILY;UNTIL=20300101", "two years"),
])
def test_bad_rules_are_clear_bad_input(services: Services, rule: str, message: str) -> None:
    with pytest.raises(BadInput, match=message):
        services.series.create(actor=FD, room="KAWI", start=at(9), end=at(10), rule=rule,
                               title="x")
    with read_session(services.engine) as session:
        assert session.execute(text("SELECT count(*) FROM series")).scalar() == 0


def test_preview_verdicts_for_conflict_holiday_and_rule(services: Services) -> None:
    clash = services.bookings.book(actor=FD, room="KAWI", start=at(9, day=14),
                                   end=at(10, day=14), title="Interview").booking
    services.terms.add_closure(actor="manager", name="Floor cleaning", start=at(0, day=21),
                               end=at(23, day=21))
    preview = services.series.preview(room="KAWI", start=at(9), end=at(10),
                                      rule="FREQ=WEEKLY;COUNT=5", attendees=2)
    verdicts = {o.day.isoformat(): (o.verdict, o.detail) for o in preview}
    assert verdicts["2026-12-07"][0] == "free"
    assert verdicts["2026-12-14"][0] == "conflict"
    assert f"booking #{clash.id}" in verdicts["2026-12-14"][1]
    assert verdicts["2026-12-21"][0] == "closed"
    assert "Floor cleaning" in verdicts["2026-12-21"][1]
    assert verdicts["2026-12-28"][0] == "free"
    with_rule = services.series.preview(room="BROMO", start=at(9), end=at(10),
                                        rule="FREQ=WEEKLY;COUNT=2", attendees=9)
    assert [o.verdict for o in with_rule] == ["refused", "refused"]
    assert "holds 8 people" in with_rule[0].detail


def test_conflicts_refuse_all_unless_skipped(services: Services) -> None:
    services.bookings.book(actor=FD, room="KAWI", start=at(9, day=14), end=at(10, day=14),
                           title="Interview")
    with pytest.raises(SeriesConflict) as caught:
        services.series.create(actor=FD, room="KAWI", start=at(9), end=at(10),
                               rule="FREQ=WEEKLY;COUNT=4", title="Weekly")
    assert [o.verdict for o in caught.value.preview].count("conflict") == 1
    with read_session(services.engine) as session:
        assert session.execute(text("SELECT count(*) FROM booking")).scalar() == 1
    outcome = services.series.create(actor=FD, room="KAWI", start=at(9), end=at(10),
                                     rule="FREQ=WEEKLY;COUNT=4", title="Weekly",
                                     skip_dates=[date(2026, 12, 14)])
    assert [d[:10] for d in local_starts(services, outcome.series_id or 0)] == [
        "2026-12-07", "2026-12-21", "2026-12-28"]


def test_rule_refusals_block_unless_skipped(services: Services) -> None:
    with pytest.raises(SeriesRefused):
        services.series.create(actor=FD, room="KAWI", start=at(9), end=at(10),
                               rule="FREQ=WEEKLY;COUNT=30", title="x")  # past 180 days
    outcome = services.series.create(actor=FD, room="KAWI", start=at(9), end=at(10),
                                     rule="FREQ=WEEKLY;COUNT=30", title="x",
                                     skip_conflicts=True)
    assert all("180 days" in o.detail or o.verdict == "closed" for o in outcome.skipped)
    assert len(outcome.created) + len(outcome.skipped) == 30


def test_a_series_that_overlaps_itself_is_refused(services: Services) -> None:
    with pytest.raises(RuleRefused, match="overlap each other"):
        services.series.create(actor="manager", room="P2.01", start=at(8), end=at(8, day=9),
                               rule="FREQ=DAILY;COUNT=3", title="x",
                               override_reason="long block")


def test_creation_is_all_or_nothing_when_a_write_fails(services: Services) -> None:
    # Make the database refuse the third occurrence at write time.
    third = int(at(9, day=21).timestamp())
    with write_session(services.engine) as session:
        if session.connection().dialect.name == "sqlite":
            session.execute(text(
                f"CREATE TRIGGER fail_third BEFORE INSERT ON booking WHEN NEW.start_at = "
                f"{third} BEGIN SELECT RAISE(ABORT, 'disk trouble'); END"))
        else:
            session.execute(text(
                "CREATE FUNCTION fail_third() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
                "RAISE EXCEPTION 'disk trouble'; END $$"))
            session.execute(text(
                "CREATE TRIGGER fail_third BEFORE INSERT ON booking FOR EACH ROW WHEN "
                f"(NEW.start_at = {third}) EXECUTE FUNCTION fail_third()"))
    with pytest.raises(Exception, match="disk trouble"):
        services.series.create(actor=FD, room="KAWI", start=at(9), end=at(10),
                               rule="FREQ=WEEKLY;COUNT=5", title="Weekly")
    with read_session(services.engine) as session:
        assert session.execute(text("SELECT count(*) FROM booking")).scalar() == 0
        assert session.execute(text("SELECT count(*) FROM series")).scalar() == 0
        assert session.execute(text("SELECT count(*) FROM audit_entry WHERE entity IN "
                                    "('booking', 'series')")).scalar() == 0


def _weekly(services: Services, count: int = 6) -> int:
    outcome = services.series.create(actor=FD, room="BROMO", start=at(9), end=at(10),
                                     rule=f"FREQ=WEEKLY;COUNT={count}", title="Weekly sync",
                                     attendees=4)
    return outcome.series_id or 0


def test_one_occurrence_edit_and_cancel_are_exact(services: Services) -> None:
    series_id = _weekly(services)
    second = services.series.occurrence(series_id, date(2026, 12, 14))
    third = services.series.occurrence(series_id, date(2026, 12, 21))
    services.bookings.move(actor=FD, booking_id=second.id, start=at(11, day=14),
                           end=at(12, day=14))
    services.bookings.cancel(actor=FD, booking_id=third.id, reason="client away")
    starts = local_starts(services, series_id)
    assert starts == ["2026-12-07 09:00", "2026-12-14 11:00", "2026-12-28 09:00",
                      "2027-01-04 09:00", "2027-01-11 09:00"]
    assert services.booking(second.id).detached


def test_whole_series_edit_keeps_exceptions(services: Services) -> None:
    series_id = _weekly(services)
    moved = services.series.occurrence(series_id, date(2026, 12, 14))
    services.bookings.move(actor=FD, booking_id=moved.id, start=at(15, day=14),
                           end=at(16, day=14))
    cancelled = services.series.occurrence(series_id, date(2026, 12, 21))
    services.bookings.cancel(actor=FD, booking_id=cancelled.id, reason="away")
    outcome = services.series.edit(actor=FD, series_id=series_id, scope="all",
                                   start_time=time(10, 0), title="Weekly sync (new time)")
    assert len(outcome.updated) == 4
    info = services.series.show(series_id)
    by_day = {b.occurrence_date: b for b in info.occurrences}
    assert by_day["2026-12-07"].start == at(10) and by_day["2026-12-07"].title.endswith("time)")
    assert by_day["2026-12-14"].start == at(15, day=14)  # the moved one stays where it was
    assert by_day["2026-12-14"].title == "Weekly sync"
    assert by_day["2026-12-21"].status == "cancelled"  # the cancelled one stays cancelled
    assert by_day["2027-01-11"].start == datetime(2027, 1, 11, 10, tzinfo=WIB)
    assert len([b for b in info.occurrences if b.active]) == 5


def test_this_and_following_splits_and_keeps_exceptions(services: Services) -> None:
    series_id = _weekly(services)
    moved = services.series.occurrence(series_id, date(2026, 12, 28))
    services.bookings.move(actor=FD, booking_id=moved.id, start=at(14, day=28),
                           end=at(15, day=28))
    outcome = services.series.edit(actor=FD, series_id=series_id, scope="following",
                                   from_date=date(2026, 12, 21), room="SEMERU")
    newer = outcome.series_id or 0
    assert newer != series_id
    old = services.series.show(series_id)
    assert [b.occurrence_date for b in old.occurrences] == ["2026-12-07", "2026-12-14"]
    assert all(b.room == "BROMO" for b in old.occurrences)
    new = services.series.show(newer)
    assert new.split_from_id == series_id
    rooms = {b.occurrence_date: (b.room, b.start) for b in new.occurrences}
    assert rooms["2026-12-21"] == ("SEMERU", at(9, day=21))
    assert rooms["2026-12-28"] == ("BROMO", at(14, day=28))  # the exception is untouched
    assert rooms["2027-01-11"][0] == "SEMERU"
    assert "COUNT=4" in new.rule


def test_edit_previews_conflicts_and_changes_nothing_when_refused(services: Services) -> None:
    series_id = _weekly(services, count=3)
    services.bookings.book(actor=FD, room="SEMERU", start=at(9, day=14), end=at(10, day=14),
                           title="Board meeting")
    before = local_starts(services, series_id)
    with pytest.raises(SeriesConflict) as caught:
        services.series.edit(actor=FD, series_id=series_id, room="SEMERU")
    assert [o.verdict for o in caught.value.preview].count("conflict") == 1
    assert local_starts(services, series_id) == before
    assert {b.room for b in services.series.show(series_id).occurrences} == {"BROMO"}


def test_shifting_a_daily_series_past_itself_works(services: Services) -> None:
    outcome = services.series.create(actor=FD, room="P2.01", start=at(9), end=at(17),
                                     rule="FREQ=DAILY;COUNT=4", title="Bootcamp")
    services.series.edit(actor=FD, series_id=outcome.series_id or 0, start_time=time(8),
                         duration_min=10 * 60)
    starts = local_starts(services, outcome.series_id or 0)
    assert starts == ["2026-12-07 08:00", "2026-12-08 08:00", "2026-12-09 08:00",
                      "2026-12-10 08:00"]


def test_cancel_the_rest_of_a_series(services: Services, clock: FakeClock) -> None:
    series_id = _weekly(services)
    clock.current = at(12, day=15)
    outcome = services.series.cancel(actor=FD, series_id=series_id, reason="project ended")
    assert len(outcome.cancelled) == 4
    assert local_starts(services, series_id) == ["2026-12-07 09:00", "2026-12-14 09:00"]


def test_a_single_booking_becomes_a_series(services: Services) -> None:
    first = services.bookings.book(actor=FD, room="ARJUNO", start=at(13), end=at(14),
                                   title="Steering", organization="Bank Mandiri").booking
    outcome = services.series.make_series(actor=FD, booking_id=first.id,
                                          rule="FREQ=MONTHLY;BYDAY=1MO;COUNT=3")
    info = services.series.show(outcome.series_id or 0)
    assert [b.occurrence_date for b in info.occurrences] == [
        "2026-12-07", "2027-01-04", "2027-02-01"]
    assert info.occurrences[0].id == first.id
    assert {b.organization for b in info.occurrences} == {"Bank Mandiri"}


def test_dry_run_edit_previews_and_changes_nothing(services: Services) -> None:
    series_id = _weekly(services, count=3)
    before = local_starts(services, series_id)
    outcome = services.series.edit(actor=FD, series_id=series_id, start_time=time(11),
                                   dry_run=True)
    assert [b.start.astimezone(WIB).hour for b in outcome.updated] == [11, 11, 11]
    assert [o.verdict for o in outcome.preview] == ["free", "free", "free"]
    assert local_starts(services, series_id) == before


def test_every_other_week_on_two_days() -> None:
    rule = parse_rule("FREQ=WEEKLY;INTERVAL=2;BYDAY=TU,TH;COUNT=5",
                      datetime(2026, 12, 8, 13, tzinfo=WIB))
    assert [s.date().isoformat() for s in rule.starts()] == [
        "2026-12-08", "2026-12-10", "2026-12-22", "2026-12-24", "2027-01-05"]
    assert {s.strftime("%H:%M") for s in rule.starts()} == {"13:00"}


def test_a_series_changed_meanwhile_refuses_a_stale_edit_and_cancel(services: Services) -> None:
    series_id = _weekly(services, count=3)
    seen = services.series.show(series_id).version
    services.series.edit(actor=FD, series_id=series_id, title="Renamed at another desk")
    assert services.series.show(series_id).version == seen + 1
    before = local_starts(services, series_id)
    with pytest.raises(ConflictError, match="changed by someone else"):
        services.series.edit(actor=FD, series_id=series_id, start_time=time(11),
                             expected_version=seen)
    with pytest.raises(ConflictError, match="changed by someone else"):
        services.series.cancel(actor=FD, series_id=series_id, expected_version=seen)
    assert local_starts(services, series_id) == before
    services.series.edit(actor=FD, series_id=series_id, start_time=time(11),
                         expected_version=seen + 1)
    assert local_starts(services, series_id)[0].endswith("11:00")


def test_every_dates_conflict_check_is_one_statement_and_finds_each_clash(
        services: Services, monkeypatch: pytest.MonkeyPatch) -> None:
    """A series checks all its dates against the room's bookings in one statement (on a
    server, one round trip), in batches when there are very many; each clash is still
    named on its own date, the shared hall's halves included, and the buffers count."""
    monkeypatch.setattr("booking.booking_rows._SPANS_AT_ONCE", 3)
    second = services.bookings.book(actor=FD, room="KAWI", start=at(9, day=14),
                                     end=at(10, day=14), title="Interview").booking
    # Ends where the series starts: its changeover time is in the way.
    fourth = services.bookings.book(actor=FD, room="KAWI", start=at(8, day=28),
                                    end=at(9, day=28), title="Early call").booking
    asked: list[str] = []
    rows = booking_rows.fast_rows

    def note(source: Any, sql: str, params: dict[str, Any]) -> list[Any]:
        asked.append(sql)
        return rows(source, sql, params)

    monkeypatch.setattr(booking_rows, "fast_rows", note)
    preview = services.series.preview(room="KAWI", start=at(9), end=at(10),
                                      rule="FREQ=WEEKLY;COUNT=7")
    verdicts = {o.day.isoformat(): (o.verdict, o.clash_id) for o in preview}
    assert verdicts["2026-12-14"] == ("conflict", second.id)
    assert verdicts["2026-12-28"] == ("conflict", fourth.id)
    assert [v for v, _other in verdicts.values()].count("conflict") == 2
    assert sum("occupancy" in s for s in asked) == 3  # 7 dates, 3 at a time
    hall = services.bookings.book(actor="manager", room="HALL-A", start=at(14, day=8),
                                  end=at(15, day=8), title="Rehearsal").booking
    whole = services.series.preview(room="HALL", start=at(14), end=at(15),
                                    rule="FREQ=DAILY;COUNT=3")
    assert [(o.verdict, o.clash_id) for o in whole] == [
        ("free", None), ("conflict", hall.id), ("free", None)]


def test_the_bookings_in_the_way_of_many_dates_are_read_once(
        services: Services, monkeypatch: pytest.MonkeyPatch) -> None:
    """However many dates clash, the bookings in the way are read with their rooms in one
    read, and every date still names its own."""
    in_the_way = [services.bookings.book(actor=FD, room="KAWI", start=at(9, day=day),
                                         end=at(10, day=day), title=f"Interview {day}"
                                         ).booking.id for day in (7, 14, 21, 28)]
    asked: list[list[int]] = []
    real_read = series_core.views_by_ids

    def read(source: Any, ids: list[int]) -> Any:
        asked.append(list(ids))
        return real_read(source, ids)

    monkeypatch.setattr(series_core, "views_by_ids", read)
    preview = services.series.preview(room="KAWI", start=at(9), end=at(10),
                                      rule="FREQ=WEEKLY;COUNT=6")
    assert [(o.verdict, o.clash_id) for o in preview][:4] == [
        ("conflict", booking_id) for booking_id in in_the_way]
    assert [o.verdict for o in preview][4:] == ["free", "free"]
    assert all("Interview" in o.detail and str(o.clash_id) in o.detail for o in preview[:4])
    assert all("Kawi" in o.detail for o in preview[:4])
    assert asked == [sorted(in_the_way)]


def test_a_series_for_a_known_organization_is_written_without_a_session(
        services: Services, monkeypatch: pytest.MonkeyPatch) -> None:
    """A series that adds nothing but itself is written on the plain road: the organization
    found case-blind, the series row, its dates, its skipped dates and its audit entries
    exactly as the session road writes them."""
    services.bookings.book(actor=FD, room="ARJUNO", start=at(13), end=at(14), title="Steering",
                           organization="Bank Mandiri")

    def no_session(_engine: Engine) -> Any:
        raise AssertionError("the series took the session road")

    monkeypatch.setattr(series_service, "write_session", no_session)
    outcome = services.series.create(actor=FD, room="BROMO", start=at(9), end=at(10),
                                     rule="FREQ=WEEKLY;COUNT=6", title=" Weekly <b>sync</b> ",
                                     organization="bank mandiri", attendees=4,
                                     notes="bring the\nslides", skip_dates=[date(2026, 12, 14)])
    info = services.series.show(outcome.series_id or 0)
    assert [b.occurrence_date for b in info.occurrences] == [
        "2026-12-07", "2026-12-21", "2026-12-28", "2027-01-04", "2027-01-11"]
    assert {(b.title, b.organization, b.attendees, b.notes) for b in info.occurrences} == {
        ("Weekly <b>sync</b>", "Bank Mandiri", 4, "bring the\nslides")}
    assert [(o.day.isoformat(), o.verdict) for o in outcome.skipped] == [
        ("2026-12-14", "skipped")]
    assert info.first_start.astimezone(WIB).hour == 9 and info.rule == "FREQ=WEEKLY;COUNT=6"
    with read_session(services.engine) as session:
        orgs = session.exec(text("SELECT count(*) FROM organization WHERE "
                                 "lower(name) = 'bank mandiri'")).one()[0]
        series_row = session.exec(text(
            "SELECT s.created_by_id = a.id, s.active, s.version, s.created_at = s.updated_at "
            "FROM series s JOIN account a ON a.username = :fd WHERE s.id = :id"),
            params={"fd": FD, "id": outcome.series_id}).one()
    assert orgs == 1
    assert tuple(series_row) == (1, 1, 1, 1)
    services.actor = "manager"
    entries = [e for e in services.audit_entries(limit=None)
               if e.action in ("booking.created", "series.created")]
    assert [e.action for e in entries][-6:] == ["booking.created"] * 5 + ["series.created"]
    assert entries[-1].after is not None and entries[-1].after["skipped"] == ["2026-12-14"]
    assert all(e.reason == f"series #{outcome.series_id}" for e in entries[-6:-1])
    assert services.audit_verify().ok


def test_a_series_for_a_new_organization_adds_it_once_through_the_session(
        services: Services) -> None:
    """A name never seen before is added (and audited) once, on the session road, and every
    date of the series is for it."""
    outcome = services.series.create(actor=FD, room="BROMO", start=at(9), end=at(10),
                                     rule="FREQ=WEEKLY;COUNT=3", title="Kick-off",
                                     organization="PT Baru Sekali")
    assert {b.organization for b in outcome.created} == {"PT Baru Sekali"}
    services.actor = "manager"
    added = [e for e in services.audit_entries(limit=None) if e.action == "organization.added"]
    assert [e.after for e in added] == [{"name": "PT Baru Sekali"}]
    assert services.audit_verify().ok
