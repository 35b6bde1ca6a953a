"""Opening the window parses the command line without the commands' modules, to the same result."""

import subprocess
import sys
from pathlib import Path

import pytest

from booking.cli.main import parse
from booking.cli.program import UsageError, window_launch

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.parametrize("argv", [
    [],
    ["--db", "desk.db"],
    ["--db=desk.db", "--lang", "id"],
    ["--as", "manager", "--lang=en", "--debug"],
    ["--password-file", "secret.txt", "--db", "ruang.db", "--json"],
    ["--force", "--view", "week", "--date", "2026-12-07", "--size", "800x600"],
    ["--da", "2026-12-07"],  # argparse's abbreviations, as the whole parser takes them
])
def test_the_window_arguments_are_the_whole_parsers(argv: list[str]) -> None:
    quick = window_launch(argv)

    assert quick is not None
    assert vars(quick) == vars(parse(argv))


@pytest.mark.parametrize("argv", [
    ["rooms"],
    ["--db", "desk.db", "bookings", "--json"],
    ["--screenshot", "day.png"],
    ["--help"],
    ["-h"],
    ["--db", "desk.db", "--help"],
    ["--lang", "fr"],  # wrong: the whole parser words the error
    ["--db"],
    ["--no-such-option"],
])
def test_anything_else_is_left_to_the_whole_parser(argv: list[str]) -> None:
    assert window_launch(argv) is None


@pytest.mark.parametrize("argv", [["--lang", "fr"], ["--db"], ["--no-such-option"]])
def test_a_wrong_window_command_line_is_still_refused(argv: list[str]) -> None:
    with pytest.raises(UsageError):
        parse(argv)


def test_opening_the_window_loads_no_command_module() -> None:
    # The parse main.py does before it opens the window, in a fresh interpreter.
    probe = ("import sys; from booking.cli.program import window_launch; "
             "assert window_launch(['--db', 'x.db']) is not None; "
             "print(sorted(m for m in sys.modules if m.startswith(('booking.cli.', "
             "'sqlalchemy', 'sqlmodel'))))")
    done = subprocess.run([sys.executable, "-c", probe], cwd=ROOT, capture_output=True,
                          text=True, check=True, timeout=60)

    assert done.stdout.strip() == "['booking.cli.program']"
