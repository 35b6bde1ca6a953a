"""Repeat rules at the edges: refused at once and in one line, never holding the write lock."""

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import Engine

import booking.series.recurrence as recurrence
import booking.series.service as series_service
from booking.errors import BadInput
from booking.series.recurrence import RepeatRule, parse_rule
from booking.services import Services
from booking.store.db import QuickWrite
from tests.booking.conftest import WIB, at
from tests.helpers.clock import FakeClock

START = datetime(2026, 12, 8, 10, 0, tzinfo=WIB)  # a Tuesday


class _NeverIterate:
    """Stands in for dateutil's rule: the refusal must come before any search for dates."""

    def __iter__(self) -> object:
        raise AssertionError("the rule was searched instead of refused at once")


@pytest.mark.parametrize(("rule", "words"), [
    ("FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30;BYSETPOS=1,2,3,-1,-2,-3;"
     "BYDAY=MO,TU,WE,TH,FR,SA,SU;COUNT=1", "gives no date within two years"),
    ("FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30;COUNT=1", "gives no date within two years"),
    ("FREQ=YEARLY;BYMONTH=4;BYMONTHDAY=31;COUNT=2", "gives no date within two years"),
    ("FREQ=WEEKLY;BYDAY=TU;BYSETPOS=2;COUNT=3", "BYSETPOS picks a day"),
    ("FREQ=MONTHLY;BYYEARDAY=400;COUNT=2", "gives no date within two years"),
])
def test_a_rule_that_never_happens_is_refused_before_any_search(
        monkeypatch: pytest.MonkeyPatch, rule: str, words: str) -> None:
    monkeypatch.setattr(recurrence, "_compile", lambda _text, _start: _NeverIterate())
    with pytest.raises(BadInput, match=words):
        parse_rule(rule, START)


@pytest.mark.parametrize(("rule", "words"), [
    ("FREQ=WEEKLY;INTERVAL=-1;COUNT=3", "INTERVAL=-1 must be a whole number from 1 to 1000"),
    ("FREQ=WEEKLY;INTERVAL=0;COUNT=3", "INTERVAL=0 must be a whole number from 1 to 1000"),
    ("FREQ=WEEKLY;INTERVAL=²;COUNT=3", "INTERVAL=² must be a whole number"),
    ("FREQ=WEEKLY;COUNT=0", "COUNT=0 must be a whole number of at least 1"),
    ("FREQ=WEEKLY;COUNT=99999999999999999999999", "COUNT=99999999999999999999999 must be"),
    ("FREQ=WEEKLY;INTERVAL=1001;COUNT=2", "from 1 to 1000"),
])
def test_numbers_in_a_rule_are_checked(rule: str, words: str) -> None:
    with pytest.raises(BadInput, match=words):
        parse_rule(rule, START)


def test_a_fine_rule_still_gives_its_dates() -> None:
    rule = parse_rule("FREQ=WEEKLY;INTERVAL=2;BYDAY=TU;COUNT=3", START)
    assert [s.date().isoformat() for s in rule.starts()] == [
        "2026-12-08", "2026-12-22", "2027-01-05"]
    leap = parse_rule("FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=29;COUNT=1",
                      datetime(2028, 2, 29, 10, tzinfo=WIB))
    assert [s.date().isoformat() for s in leap.starts()] == ["2028-02-29"]


def test_the_rule_is_expanded_before_the_write_lock(file_engine: Engine, db_file: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    """While the dates are worked out, another desk can still write."""
    services = Services(file_engine, now=FakeClock(datetime(2026, 12, 1, 8, tzinfo=WIB)))
    others_could_write: list[bool] = []
    real_parse = series_service.parse_rule

    def parse_and_try_another_desk(text: str, first_start: datetime) -> RepeatRule:
        other = sqlite3.connect(db_file, timeout=0)
        try:
            other.execute("BEGIN IMMEDIATE")
            other.rollback()
            others_could_write.append(True)
        except sqlite3.OperationalError:
            others_could_write.append(False)
        finally:
            other.close()
        return real_parse(text, first_start)

    monkeypatch.setattr(series_service, "parse_rule", parse_and_try_another_desk)
    outcome = services.series.create(actor="frontdesk", room="KAWI", start=at(9, day=8),
                                     end=at(10, day=8), rule="FREQ=WEEKLY;COUNT=3",
                                     title="Stand-up")

    assert len(outcome.created) == 3
    assert others_could_write == [True]


def test_a_booking_made_while_the_dates_were_judged_is_seen_under_the_lock(
        services: Services, monkeypatch: pytest.MonkeyPatch) -> None:
    """The dates are judged before the write lock; a desk that books one of them in between
    makes the series judge again under the lock, so the taken date is skipped, not doubled."""
    real_write = series_service.quick_write
    taken = at(9, day=15)

    @contextmanager
    def another_desk_books_first(engine: Engine) -> Iterator[QuickWrite]:
        services.bookings.book(actor="frontdesk", room="KAWI", start=taken,
                               end=taken + timedelta(hours=1), title="Walk-in")
        with real_write(engine) as tx:
            yield tx

    monkeypatch.setattr(series_service, "quick_write", another_desk_books_first)
    outcome = services.series.create(actor="frontdesk", room="KAWI", start=at(9, day=8),
                                     end=at(10, day=8), rule="FREQ=WEEKLY;COUNT=3",
                                     title="Stand-up", skip_conflicts=True)

    assert [o.day.isoformat() for o in outcome.skipped] == ["2026-12-15"]
    assert len(outcome.created) == 2
