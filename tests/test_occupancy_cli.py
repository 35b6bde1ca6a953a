"""`occupancy-now` through a parser built the way booking.cli.main builds its own."""

import argparse
import io
import json
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import Engine

from booking.cli.main import run_command
from booking.cli.occupancy import register
from booking.cli.program import Parser, add_global_options, report_failure
from booking.services import Services
from tests.helpers.clock import FakeClock

WIB = ZoneInfo("Asia/Jakarta")


def parser() -> argparse.ArgumentParser:
    top = Parser(prog="main.py")
    add_global_options(top, top=True)
    commands = top.add_subparsers(dest="command", metavar="COMMAND", parser_class=Parser)
    register(commands, add_global_options)
    return top


def run(argv: list[str]) -> tuple[int, str, str]:
    """What main.main does with a command: the exit code, stdout and stderr."""
    out, err = io.StringIO(), io.StringIO()
    try:
        code = run_command(parser().parse_args(argv), out=out)
    except Exception as exc:
        code = report_failure(exc, debug=False, err=err)
    return code, out.getvalue(), err.getvalue()


@pytest.fixture
def booked(file_engine: Engine, db_file: Path) -> Path:
    services = Services(file_engine, now=FakeClock(datetime(2026, 12, 1, 8, tzinfo=WIB)))
    services.bookings.book(actor="frontdesk", room="HALL", title="Product launch",
                           start=datetime(2026, 12, 7, 9, tzinfo=WIB),
                           end=datetime(2026, 12, 7, 12, tzinfo=WIB), attendees=120)
    services.bookings.book(actor="frontdesk", room="F3.02", title="Call",
                           start=datetime(2026, 12, 7, 10, tzinfo=WIB),
                           end=datetime(2026, 12, 7, 11, tzinfo=WIB), attendees=2)
    file_engine.dispose()
    return db_file


def test_json_has_the_promised_shape(booked: Path) -> None:
    code, out, err = run(["occupancy-now", "--db", str(booked), "--at", "2026-12-07T10:00",
                          "--json"])
    assert (code, err) == (0, "")
    data = json.loads(out)
    assert set(data) == {"at", "floors", "building"}
    assert data["at"] == "2026-12-07T10:00:00+07:00"
    keys = {"floor", "rooms_in_use", "rooms_bookable", "seats_booked", "seats",
            "rooms_checked_in", "seats_checked_in"}
    assert [set(f) for f in data["floors"]] == [keys, keys, keys]
    assert [f["floor"] for f in data["floors"]] == [1, 2, 3]
    assert data["floors"][0] == {"floor": 1, "rooms_in_use": 2, "rooms_bookable": 9,
                                 "seats_booked": 120, "seats": 468, "rooms_checked_in": 0,
                                 "seats_checked_in": 0}
    assert data["floors"][2]["rooms_in_use"] == 1 and data["floors"][2]["seats_booked"] == 2
    assert data["building"] == {"rooms_in_use": 3, "rooms_bookable": 35, "seats_booked": 122,
                                "seats": 858, "rooms_checked_in": 0, "seats_checked_in": 0}


def test_an_offset_is_honoured(booked: Path) -> None:
    code, out, _ = run(["occupancy-now", "--db", str(booked), "--at", "2026-12-07T03:00:00Z",
                        "--json"])
    assert code == 0
    data = json.loads(out)
    assert data["at"] == "2026-12-07T10:00:00+07:00"
    assert data["building"]["rooms_in_use"] == 3


def test_the_table_reads_per_floor(booked: Path) -> None:
    code, out, _ = run(["occupancy-now", "--db", str(booked), "--at", "2026-12-07 10:00"])
    assert code == 0
    lines = out.splitlines()
    assert lines[0] == "Occupancy at Mon 7 Dec 2026 10:00 WIB"
    assert lines[1].split() == ["FLOOR", "BOOKED", "NOW", "CHECKED", "IN", "SEATS", "BOOKED",
                                "CHECKED", "IN"]
    assert lines[2].split() == ["Lantai", "1", "2", "/", "9", "22%", "0", "120", "/", "468",
                                "26%", "0"]
    assert lines[-1].split()[:4] == ["Building", "3", "/", "35"]


def test_a_bad_moment_is_exit_2_with_one_line(booked: Path) -> None:
    code, out, err = run(["occupancy-now", "--db", str(booked), "--at", "half past ten"])
    assert code == 2
    assert out == ""
    assert err.count("\n") == 1 and err.startswith("error: --at 'half past ten'")


def test_without_at_it_uses_the_clock(booked: Path) -> None:
    code, out, _ = run(["occupancy-now", "--db", str(booked), "--json"])
    assert code == 0
    moment = datetime.fromisoformat(json.loads(out)["at"])
    assert moment.utcoffset() is not None
    assert abs((moment - datetime.now(WIB)).total_seconds()) < 120
