"""The reports' SQL in each database's own words: SQLite and PostgreSQL spell a few things
differently (two-argument min and max, a JSON array read as rows, joined strings, a JSON list
built per group); everything else the reports say is the same on both."""

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Dialect:
    """How one database spells the few things the reports need that SQL leaves open."""

    name: str  # "sqlite" or "postgresql"

    @property
    def server(self) -> bool:
        return self.name == "postgresql"

    def greatest(self, a: str, b: str) -> str:
        return f"GREATEST({a}, {b})" if self.server else f"max({a}, {b})"

    def least(self, a: str, b: str) -> str:
        return f"LEAST({a}, {b})" if self.server else f"min({a}, {b})"

    def rows_of(self, parameter: str, columns: int) -> str:
        """A SELECT of the integer columns of a JSON array of arrays bound to :parameter."""
        if self.server:
            picked = ", ".join(f"(value->>{n})::bigint" for n in range(columns))
            return f"SELECT {picked} FROM jsonb_array_elements(CAST(:{parameter} AS jsonb))"
        picked = ", ".join(f"json_extract(value, '$[{n}]')" for n in range(columns))
        return f"SELECT {picked} FROM json_each(:{parameter})"

    def joined(self, expression: str, *, distinct: bool = False) -> str:
        """The group's values as one comma-separated string."""
        unique = "DISTINCT " if distinct else ""
        if self.server:
            return f"string_agg({unique}CAST({expression} AS text), ',')"
        return f"group_concat({unique}{expression})"

    def pairs(self, a: str, b: str) -> str:
        """The group's (a, b) pairs as a JSON list of two-item lists."""
        if self.server:
            return f"json_agg(json_build_array({a}, {b}))"
        return f"json_group_array(json_array({a}, {b}))"


SQLITE = Dialect("sqlite")


def dialect_of(session: Any) -> Dialect:
    """The dialect of the database a session reads."""
    return Dialect(str(session.get_bind().dialect.name))


def count_if(condition: str) -> str:
    """How many rows of the group meet a condition (SQLite sums booleans; PostgreSQL does
    not, so both count the same way)."""
    return f"sum(CASE WHEN {condition} THEN 1 ELSE 0 END)"
