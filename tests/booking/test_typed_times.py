"""Times as the front desk types them: ISO 8601, `now`, `14:00`, `today 14:00`, `tomorrow 14:00`,
read against an injected clock."""

from datetime import UTC, date, datetime

import pytest

from booking.errors import BadInput
from booking.timeutil import BUILDING_TZ, is_day, parse_day, parse_instant

# Friday 4 December 2026, 08:00 in the building (01:00 UTC).
NOW = datetime(2026, 12, 4, 8, 0, tzinfo=BUILDING_TZ)
# 02:00 in the building is still the 3rd in UTC.
EARLY = datetime(2026, 12, 4, 2, 0, tzinfo=BUILDING_TZ)


def _wib(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2026, 12, day, hour, minute, tzinfo=BUILDING_TZ).astimezone(UTC)


@pytest.mark.parametrize(("text", "expected"), [
    ("now", NOW.astimezone(UTC)),
    ("NOW", NOW.astimezone(UTC)),
    ("14:00", _wib(4, 14)),
    ("9:30", _wib(4, 9, 30)),
    ("today 14:00", _wib(4, 14)),
    ("Today  14:00", _wib(4, 14)),
    ("tomorrow 14:00", _wib(5, 14)),
    ("yesterday 07:15", _wib(3, 7, 15)),
    ("2026-12-07T10:00", _wib(7, 10)),
    ("2026-12-07 10:00", _wib(7, 10)),
    ("2026-12-07T03:00:00Z", _wib(7, 10)),
])
def test_typed_moments_read_against_the_clock(text: str, expected: datetime) -> None:
    assert parse_instant(text, now=NOW) == expected


def test_today_is_the_building_day_not_the_utc_day() -> None:
    # 02:00 WIB on the 4th is 19:00 UTC on the 3rd: "today" is still the 4th in the building.
    assert parse_instant("today 14:00", now=EARLY.astimezone(UTC)) == _wib(4, 14)
    assert parse_day("today", now=EARLY.astimezone(UTC)) == date(2026, 12, 4)


@pytest.mark.parametrize("text", ["24:00", "14:60", "14", "14:0", "tomorrow 25:00",
                                  "next week", "today tomorrow", "today 14:00 extra", "",
                                  "١٤:٠٠", "yesterday now", "today", "tomorrow"])
def test_what_is_no_moment_is_bad_input_with_the_forms(text: str) -> None:
    with pytest.raises(BadInput, match="tomorrow 09:00 or now"):
        parse_instant(text, now=NOW, what="start")


def test_without_a_clock_only_iso_is_read() -> None:
    with pytest.raises(BadInput, match="is not a date and time"):
        parse_instant("tomorrow 14:00", what="start")
    assert parse_instant("2026-12-07T10:00") == _wib(7, 10)


@pytest.mark.parametrize(("text", "expected"), [
    ("today", date(2026, 12, 4)), ("tomorrow", date(2026, 12, 5)),
    ("yesterday", date(2026, 12, 3)), ("now", date(2026, 12, 4)),
    ("tomorrow 09:00", date(2026, 12, 5)), ("2026-12-24", date(2026, 12, 24)),
])
def test_typed_days(text: str, expected: date) -> None:
    assert parse_day(text, now=NOW) == expected


def test_year_bounds_stay() -> None:
    with pytest.raises(BadInput, match="from 1970 to 2199"):
        parse_day("2200-01-01", now=NOW)
    with pytest.raises(BadInput, match="from 1970 to 2199"):
        parse_instant("1969-12-31T10:00", now=NOW)
    with pytest.raises(BadInput, match="is not a date; write it like 2026-12-01, today"):
        parse_day("someday", now=NOW)


def test_is_day_tells_a_day_from_a_moment() -> None:
    assert is_day("today") and is_day("2026-12-01") and is_day(" Tomorrow ")
    assert not is_day("today 14:00") and not is_day("14:00") and not is_day("now")
