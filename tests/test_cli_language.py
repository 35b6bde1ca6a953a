"""The command line in Bahasa Indonesia: --lang id or RUANG_LANG=id turn help, output lines,
table headings and errors (argparse's own words too) into Indonesian; --lang beats
RUANG_LANG; exit codes and one-line errors stay; JSON stays the same byte for byte.

Tests that read Indonesian words need the compiled catalog (resources/translations/
booking_id.mo) to hold the command line's messages."""

import datetime as dt
import shutil
from collections.abc import Iterator
from pathlib import Path
from subprocess import CompletedProcess

import pytest

from booking.i18n import day_text
from booking.timeutil import BUILDING_TZ
from tests.helpers.cli import run_cli
from tests.helpers.clock import FakeClock
from tests.helpers.days import open_day

NOW = dt.datetime(2026, 12, 4, 8, 0, tzinfo=BUILDING_TZ)
IN_INDONESIAN = {"RUANG_LANG": "id"}


@pytest.fixture
def db(tmp_path: Path, initialised_template: Path) -> str:
    path = tmp_path / "r.db"
    shutil.copyfile(initialised_template, path)
    return str(path)


def cli(*args: str, env: dict[str, str] | None = None) -> CompletedProcess[str]:
    return run_cli(*args, now=FakeClock(NOW), env=env)


def help_text(capsys: pytest.CaptureFixture[str], *args: str,
              env: dict[str, str] | None = None) -> str:
    """What `main.py ARGS --help` prints (argparse writes it itself, then exits 0)."""
    with pytest.raises(SystemExit) as stopped:
        cli(*args, "--help", env=env)
    assert stopped.value.code == 0
    return capsys.readouterr().out


@pytest.fixture
def booked(db: str) -> Iterator[tuple[str, dt.date]]:
    """A database with one booking of Bromo, 09:00–10:00 on an open day."""
    day = open_day(0, on_or_after=NOW.date() + dt.timedelta(days=10))
    done = cli("--db", db, "book", "BROMO", f"{day}T09:00", f"{day}T10:00", "--title",
               "Rapat tim", "--for", "Tani Cerdas", "--attendees", "4")
    assert done.returncode == 0, done.stderr
    yield db, day


# ----- help -------------------------------------------------------------------------------------

def test_help_is_indonesian_with_lang_id(capsys: pytest.CaptureFixture[str]) -> None:
    text = help_text(capsys, "--lang", "id")
    assert text.startswith("penggunaan: main.py")
    assert "Ruang: pemesanan ruang untuk Coding Factory." in text
    assert "argumen posisi:" in text and "opsi:" in text
    assert "tampilkan bantuan ini lalu keluar" in text
    assert "buat pemesanan" in text  # `book` in the list of commands
    assert "usage:" not in text and "show this help" not in text


def test_a_commands_help_is_indonesian(capsys: pytest.CaptureFixture[str]) -> None:
    text = help_text(capsys, "--lang", "id", "book")
    assert text.startswith("penggunaan: main.py book")
    assert "kode atau nama ruang (lihat 'rooms')" in text
    assert "keperluan pemesanan" in text
    # Options and metavars are the command line's names, in every language.
    assert "--title TITLE" in text and "--for ORG" in text


def test_ruang_lang_gives_indonesian_help(capsys: pytest.CaptureFixture[str]) -> None:
    assert help_text(capsys, env=IN_INDONESIAN).startswith("penggunaan: main.py")
    assert "hanya pemesanan dengan status ini" in help_text(capsys, "bookings", env=IN_INDONESIAN)


def test_lang_en_beats_ruang_lang(capsys: pytest.CaptureFixture[str]) -> None:
    text = help_text(capsys, "--lang", "en", env=IN_INDONESIAN)
    assert text.startswith("usage: main.py")
    assert "Ruang: room booking for the Coding Factory." in text
    assert "penggunaan" not in text
    # --lang after the command's name counts too.
    assert help_text(capsys, "rooms", "--lang", "en", env=IN_INDONESIAN).startswith("usage:")


# ----- errors -----------------------------------------------------------------------------------

@pytest.mark.parametrize("how", ["option", "environment"])
def test_a_bad_input_is_one_indonesian_line_with_the_same_exit_code(db: str, how: str) -> None:
    english = cli("--db", db, "cancel", "#twelve")
    args, env = (("--lang", "id"), None) if how == "option" else ((), IN_INDONESIAN)
    indonesian = cli(*args, "--db", db, "cancel", "#twelve", env=env)
    assert english.stderr == "error: booking id '#twelve' is not a number\n"
    assert indonesian.stderr == "kesalahan: id pemesanan '#twelve' bukan angka\n"
    assert indonesian.returncode == english.returncode == 2
    assert indonesian.stdout == ""


def test_argparse_speaks_indonesian_too(db: str) -> None:
    done = cli("--lang", "id", "--db", db, "nosuch")
    assert done.returncode == 2
    assert done.stderr.count("\n") == 1
    assert done.stderr.startswith("kesalahan: argumen COMMAND: pilihan tidak valid: 'nosuch' "
                                  "(pilih dari 'init', ")
    assert done.stderr.endswith("(lihat 'main.py --help')\n")
    missing = cli("--lang", "id", "--db", db, "book", "BROMO")
    assert missing.returncode == 2
    assert missing.stderr.startswith("kesalahan: argumen berikut wajib diisi: START, END, "
                                     "--title")
    typed = cli("--lang", "id", "--db", db, "free", "now", "now", "--capacity", "lots")
    assert typed.returncode == 2
    assert typed.stderr.startswith("kesalahan: argumen --capacity: 'lots' bukan bilangan "
                                   "bulat dari 0 sampai 1.000.000.000")


def test_an_unknown_lang_is_a_usage_error(db: str) -> None:
    for env in (None, IN_INDONESIAN):
        done = cli("--lang", "fr", "--db", db, "rooms", env=env)
        assert done.returncode == 2
        assert done.stdout == ""
        assert done.stderr.count("\n") == 1 and "--lang" in done.stderr
        assert "'fr'" in done.stderr


def test_a_bad_building_file_names_its_problem_in_indonesian(tmp_path: Path) -> None:
    bad = tmp_path / "building.toml"
    bad.write_text("[building]\ncode = 'CF'\n", encoding="utf-8")
    done = cli("--lang", "id", "--db", str(tmp_path / "x.db"), "init", "--building", str(bad))
    assert done.returncode == 2
    assert done.stderr.count("\n") == 1
    assert done.stderr.startswith(f"kesalahan: berkas gedung '{bad}' memiliki 3 masalah: ")
    assert "'name' tidak ada" in done.stderr
    assert "tidak ada [[floors]] yang diberikan" in done.stderr


# ----- text output ------------------------------------------------------------------------------

def test_rooms_reads_in_indonesian(db: str) -> None:
    done = cli("--lang", "id", "--db", db, "rooms")
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0].split() == ["KODE", "NAMA", "LANTAI", "JENIS", "KURSI", "FASILITAS"]
    assert any(line.startswith("LOBBY") and "(tidak bisa dipesan)" in line for line in lines)
    # Room codes, names and kinds are the building's own words.
    bromo = next(line for line in lines if line.startswith("BROMO"))
    assert bromo.split()[:3] == ["BROMO", "Bromo", "Lantai"]
    assert cli("--db", db, "rooms").stdout.splitlines()[0].split()[:2] == ["CODE", "NAME"]


def test_bookings_read_in_indonesian(booked: tuple[str, dt.date]) -> None:
    db, day = booked
    for args, env in ((("--lang", "id"), None), ((), IN_INDONESIAN)):
        done = cli(*args, "--db", db, "bookings", "--from", str(day), "--to", str(day),
                   env=env)
        assert done.returncode == 0, done.stderr
        assert done.stdout == (f"#1 BROMO {day_text(day, 'id')} 09:00–10:00 'Rapat tim' untuk "
                               "Tani Cerdas, 4 orang [confirmed]\n")
    english = cli("--db", db, "bookings", "--from", str(day), "--to", str(day))
    assert english.stdout == (f"#1 BROMO {day_text(day, 'en')} 09:00–10:00 'Rapat tim' for "
                              "Tani Cerdas, 4 people [confirmed]\n")
    none = cli("--lang", "id", "--db", db, "bookings", "--from", "2027-06-01", "--to",
               "2027-06-01")
    assert none.stdout == ("Tidak ada pemesanan dari Sel 1 Jun 2027 00:00 sampai "
                           "Rab 2 Jun 2027 00:00.\n")


def test_a_change_reads_in_indonesian(booked: tuple[str, dt.date]) -> None:
    db, day = booked
    cancelled = cli("--lang", "id", "--db", db, "cancel", "1")
    assert cancelled.returncode == 0, cancelled.stderr
    assert cancelled.stdout.startswith(f"Dibatalkan #1 BROMO {day_text(day, 'id')} 09:00")


# ----- JSON: the contract, the same in every language --------------------------------------------

@pytest.mark.parametrize("command", [["rooms", "--all"], ["bookings", "--status", "all"],
                                     ["occupancy-now", "--at", "2026-12-04T09:00"],
                                     ["free", "2026-12-21T09:00", "2026-12-21T10:00"],
                                     ["account", "list"]])
def test_json_is_the_same_bytes_in_both_languages(booked: tuple[str, dt.date],
                                                  command: list[str]) -> None:
    db, day = booked
    if command[0] == "bookings":
        command = [*command, "--from", str(day), "--to", str(day)]
    english = cli("--db", db, *command, "--json", "--as", "admin")
    indonesian = cli("--lang", "id", "--db", db, *command, "--json", "--as", "admin")
    from_environment = cli("--db", db, *command, "--json", "--as", "admin", env=IN_INDONESIAN)
    assert english.returncode == 0, english.stderr
    assert english.stdout.strip()
    assert indonesian.stdout == english.stdout == from_environment.stdout
    assert indonesian.returncode == english.returncode == from_environment.returncode


def test_argparse_still_asks_for_the_words_our_catalog_lists() -> None:
    """A Python whose argparse words differ would fall back to English: the words a person
    meets most must be the ones the catalog holds, spelt as this Python's argparse asks."""
    import argparse
    import inspect

    from booking.cli.program import ARGPARSE_WORDS

    source = inspect.getsource(argparse)
    met = ("usage: ", "positional arguments", "options", "show this help message and exit",
           "argument %(argument_name)s: %(message)s", "unrecognized arguments: %s",
           "the following arguments are required: %s",
           "invalid choice: %(value)r (choose from %(choices)s)", "expected one argument")
    for word in met:
        assert word in ARGPARSE_WORDS
        assert f"_('{word}')" in source or f'_("{word}")' in source, word
