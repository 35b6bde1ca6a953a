"""Column types: instants stored as integer epoch seconds, refusing naive datetimes."""

from datetime import datetime
from typing import Any

from sqlalchemy import BigInteger, Integer
from sqlalchemy.engine import Dialect
from sqlalchemy.types import TypeDecorator

from booking.timeutil import from_epoch, to_epoch


class UTCInstant(TypeDecorator[datetime]):
    """An instant stored as integer epoch seconds (UTC); refuses naive datetimes.

    SQLAlchemy's SQLite DateTime silently drops the zone, so instants are kept as integers:
    compact, index-friendly, and impossible to misread as local time.
    """

    impl = Integer
    cache_ok = True

    def process_bind_param(self, value: Any, dialect: Dialect) -> int | None:  # noqa: ARG002
        if value is None:
            return None
        if isinstance(value, int) and not isinstance(value, bool):
            return value
        if not isinstance(value, datetime):
            raise TypeError(f"an instant must be a datetime, got {type(value).__name__}")
        return to_epoch(value)

    def process_result_value(self, value: Any, dialect: Dialect) -> datetime | None:  # noqa: ARG002
        if value is None:
            return None
        return from_epoch(int(value))


# The column type of an instant in the migrations: INTEGER (64-bit) on SQLite, BIGINT on
# PostgreSQL, whose INTEGER ends in 2038 (and starts after 1900).
INSTANT_COLUMN = Integer().with_variant(BigInteger(), "postgresql")
