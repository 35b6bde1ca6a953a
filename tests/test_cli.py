"""The command line as scripts use it: real processes, exit codes, one-line errors."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    full_env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", **(env or {})}
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *args], capture_output=True,
                          text=True, cwd=ROOT, env=full_env, timeout=120)


def test_init_then_rooms_json_lists_the_building(tmp_path: Path) -> None:
    db = str(tmp_path / "ruang.db")
    done = run("--db", db, "init")
    assert done.returncode == 0, done.stderr
    assert "Created the database" in done.stdout
    again = run("--db", db, "init")
    assert again.returncode == 0
    assert "nothing changed" in again.stdout
    listed = run("--db", db, "rooms", "--json")
    assert listed.returncode == 0, listed.stderr
    rooms = json.loads(listed.stdout)
    assert 35 <= len(rooms) <= 45
    assert {r["floor"] for r in rooms} == {1, 2, 3}
    bromo = next(r for r in rooms if r["code"] == "BROMO")
    assert bromo["name"] == "Bromo" and bromo["kind"] == "meeting" and bromo["capacity"] > 0
    assert set(bromo) >= {"id", "code", "name", "floor", "kind", "capacity", "amenities"}


def test_json_flag_works_before_the_command_too(tmp_path: Path) -> None:
    listed = run("--db", str(tmp_path / "r.db"), "--json", "rooms")
    assert listed.returncode == 0, listed.stderr
    assert isinstance(json.loads(listed.stdout), list)


def test_rooms_on_a_fresh_database_creates_it(tmp_path: Path) -> None:
    db = tmp_path / "fresh.db"
    listed = run("rooms", env={"RUANG_DB": str(db)})
    assert listed.returncode == 0, listed.stderr
    assert "Bromo" in listed.stdout
    assert db.exists()


@pytest.mark.parametrize("make_bad", [
    lambda tmp: str(tmp / "missing" / "folder" / "ruang.db"),
    lambda tmp: str(tmp),
    lambda tmp: _text_file(tmp),
    lambda _tmp: "notadialect://x",
])
def test_bad_db_gives_exit_2_and_one_line(tmp_path: Path, make_bad) -> None:  # type: ignore[no-untyped-def]
    done = run("--db", make_bad(tmp_path), "rooms")
    assert done.returncode == 2, done.stderr
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1
    assert lines[0].startswith("error: ")
    assert "Traceback" not in done.stderr


def _text_file(tmp: Path) -> str:
    path = tmp / "notes.txt"
    path.write_text("not a database")
    return str(path)


def test_unknown_command_is_usage_error(tmp_path: Path) -> None:
    done = run("--db", str(tmp_path / "x.db"), "frobnicate")
    assert done.returncode == 2
    assert len(done.stderr.strip().splitlines()) == 1
    assert "invalid choice" in done.stderr


def test_bad_building_file_is_exit_2_naming_the_problem(tmp_path: Path) -> None:
    bad = tmp_path / "building.toml"
    bad.write_text((ROOT / "resources" / "building.toml").read_text(encoding="utf-8")
                   .replace('code = "BROMO"', 'code = "SEMERU"', 1), encoding="utf-8")
    done = run("--db", str(tmp_path / "x.db"), "init", "--building", str(bad))
    assert done.returncode == 2
    assert "code 'SEMERU' is already used" in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1
    assert not (tmp_path / "x.db").exists() or run(
        "--db", str(tmp_path / "x.db"), "rooms", "--json").returncode == 0


def test_screenshot_writes_a_real_png(tmp_path: Path) -> None:
    png = tmp_path / "window.png"
    done = run("--db", str(tmp_path / "x.db"), "--screenshot", str(png))
    assert done.returncode == 0, done.stderr
    data = png.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    assert len(data) > 5000
