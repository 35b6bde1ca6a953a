"""Writers taking turns: the writers' lock a transaction holds for what must never interleave
with another desk's writes, and use cases run again when the server gave up on them."""

import functools
import inspect
import random
import time
from collections.abc import Callable
from contextvars import ContextVar
from typing import ParamSpec, TypeVar

from booking.errors import DatabaseBusy
from booking.store.db import READ_ONLY, WRITE_LOCK_SQL, QuickRead, QuickWrite, Source, in_shared_transaction

P = ParamSpec("P")
T = TypeVar("T")
C = TypeVar("C", bound=type)
WRITE_ATTEMPTS = 3
_RETRYING: ContextVar[bool] = ContextVar("ruang_retrying", default=False)


def hold_write_lock(source: Source) -> None:
    """Make sure the transaction holds the writers' lock, for what must never interleave with
    another writer, such as appending to the audit chain after reading its tail. On SQLite
    BEGIN IMMEDIATE holds it; on PostgreSQL every write transaction took it as it began, so
    only a transaction begun as a read takes it here (a round trip saved per booking)."""
    if isinstance(source, QuickWrite) and source.session is not None:
        source = source.session
    if isinstance(source, QuickRead):
        return  # a driver connection: SQLite's
    connection = source.connection()
    if connection.dialect.name == "postgresql" and connection.get_execution_options().get(
            READ_ONLY):
        connection.exec_driver_sql(WRITE_LOCK_SQL)


def retry_busy(use_case: Callable[P, T]) -> Callable[P, T]:
    """Run a use case again, up to WRITE_ATTEMPTS times in all, when the server gave up on its
    transaction (DatabaseBusy: a deadlock or a serialization failure, rolled back whole).

    Only the outermost use case retries: one called inside another's transaction shares its
    fate, and the outer one runs again whole."""

    @functools.wraps(use_case)
    def run(*args: P.args, **kwargs: P.kwargs) -> T:
        if _RETRYING.get() or in_shared_transaction():
            return use_case(*args, **kwargs)
        token = _RETRYING.set(True)
        try:
            for attempt in range(1, WRITE_ATTEMPTS + 1):
                try:
                    return use_case(*args, **kwargs)
                except DatabaseBusy:
                    if attempt == WRITE_ATTEMPTS:
                        raise
                    time.sleep(random.uniform(0.01, 0.05) * attempt)
            raise AssertionError("unreachable")
        finally:
            _RETRYING.reset(token)

    return run


def retrying_use_cases(cls: C) -> C:
    """A service class whose public methods (its own and those it inherits) each run under
    retry_busy: the use cases the window and the command line call."""
    seen: set[str] = set()
    for klass in cls.__mro__:
        for name, value in vars(klass).items():
            if name.startswith("_") or name in seen:
                continue
            seen.add(name)
            if inspect.isfunction(value):
                setattr(cls, name, retry_busy(value))
    return cls
