"""The errors a person can act on, each with the exit code the command line promises."""


class BookingError(Exception):
    """A known, explainable refusal: the message is for a person, not a developer."""

    exit_code = 1

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class BadInput(BookingError):
    """The input is malformed or names something that does not exist."""

    exit_code = 2


class ConflictError(BookingError):
    """The change would overlap another active booking."""

    exit_code = 3

    def __init__(self, message: str, *, clashing_ids: tuple[int, ...] = ()) -> None:
        super().__init__(message)
        self.clashing_ids = clashing_ids


class RuleRefused(BookingError):
    """A booking rule (hours, holidays, capacity, ...) refuses the change."""

    exit_code = 4

    def __init__(self, message: str, *, rule: str = "rule") -> None:
        super().__init__(message)
        self.rule = rule


class NotPermitted(BookingError):
    """The acting account may not do this."""

    exit_code = 5


class DatabaseError(BadInput):
    """The database cannot be opened or used as asked (wrong path, newer schema, not SQLite)."""


class StorageFull(BookingError):
    """The disk is full: the change was rolled back, the database is intact."""

    exit_code = 1


class DatabaseUnavailable(BookingError):
    """The database server cannot be reached, or refused the connection: nothing was done."""

    exit_code = 1


class DatabaseBusy(BookingError):
    """The database server gave up on the change (a deadlock or a serialization failure) more
    times than are retried: nothing was saved."""

    exit_code = 1


class ProgramMissing(BookingError):
    """A program Ruang runs for the work (pg_dump, pg_restore) is not installed here: nothing
    was done."""

    exit_code = 1


class ProgramFailed(BookingError):
    """A program Ruang ran for the work (pg_dump, pg_restore) failed: what it said comes with
    the message, and nothing was left half-done."""

    exit_code = 1
