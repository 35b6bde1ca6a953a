"""A clock tests set and move by hand."""

from datetime import datetime, timedelta


class FakeClock:
    """A settable now(); services take it instead of the system clock."""

    def __init__(self, start: datetime) -> None:
        self.current = start

    def __call__(self) -> datetime:
        return self.current

    def advance(self, **kwargs: float) -> None:
        self.current += timedelta(**kwargs)
