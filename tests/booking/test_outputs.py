"""The safe writer every output goes through: beside the target, then swapped in; never over
the database, its files, its backups or a link; an existing file only when forced."""

import os
import stat
from pathlib import Path

import pytest

from booking.errors import BadInput
from booking.outputs import check_target, protected_reason, replacing

WHAT = "the test output"


@pytest.fixture
def database(tmp_path: Path) -> Path:
    db = tmp_path / "ruang.db"
    db.write_bytes(b"SQLite format 3\x00")
    return db


def test_a_new_file_is_written_privately_and_nothing_else_is_left(tmp_path: Path,
                                                                   database: Path) -> None:
    target = tmp_path / "out.pdf"
    old = os.umask(0o022)
    try:
        with replacing(target, what=WHAT, database=database) as part:
            assert part.parent == tmp_path and part.suffix == ".pdf" and part != target
            assert stat.S_IMODE(part.stat().st_mode) == 0o600
            part.write_bytes(b"%PDF-1.4 ...")
            assert not target.exists()
    finally:
        os.umask(old)
    assert target.read_bytes() == b"%PDF-1.4 ..."
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.pdf", "ruang.db"]


def test_a_failed_render_leaves_the_target_and_no_temporary_file(tmp_path: Path) -> None:
    target = tmp_path / "out.png"
    target.write_bytes(b"the old picture")
    with pytest.raises(RuntimeError), replacing(target, what=WHAT, force=True) as part:
        part.write_bytes(b"half a pict")
        raise RuntimeError("the renderer failed")
    with pytest.raises(BadInput, match="nothing was written"), \
            replacing(target, what=WHAT, force=True):
        pass  # a renderer that wrote nothing
    assert target.read_bytes() == b"the old picture"
    assert [p.name for p in tmp_path.iterdir()] == ["out.png"]


def test_an_existing_file_is_replaced_only_when_forced(tmp_path: Path) -> None:
    target = tmp_path / "notes.txt"
    target.write_text("notes")
    with pytest.raises(BadInput, match=r"'.*notes.txt' already exists; add --force") as caught:
        check_target(target, what=WHAT)
    assert caught.value.exit_code == 2
    with replacing(target, what=WHAT, force=True) as part:
        part.write_text("new")
    assert target.read_text() == "new"


@pytest.mark.parametrize("name", ["ruang.db", "ruang.db-wal", "ruang.db-shm",
                                  "ruang.db-journal", "ruang.before-0006-20261201T010000Z.db"])
def test_the_database_its_files_and_backups_are_never_targets(
        tmp_path: Path, database: Path, name: str, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / name
    assert protected_reason(target, database) is not None
    with pytest.raises(BadInput, match=name):
        check_target(target, what=WHAT, database=database, force=True)
    # Spelled another way: through a linked folder, or relative to the working folder.
    (tmp_path / "linked").symlink_to(tmp_path)
    assert protected_reason(tmp_path / "linked" / name, database) is not None
    monkeypatch.chdir(tmp_path / "linked")
    assert protected_reason(Path(name), database) is not None
    assert protected_reason(Path("..") / tmp_path.name / name, database) is not None
    assert protected_reason(tmp_path / "ruang.before.db", database) is None
    assert protected_reason(tmp_path / "other.db-wal", database) is None


def test_a_hard_link_to_the_database_is_the_database(tmp_path: Path, database: Path) -> None:
    os.link(database, tmp_path / "copy.pdf")
    assert protected_reason(tmp_path / "copy.pdf", database) is not None


def test_a_link_is_refused_and_its_target_untouched(tmp_path: Path) -> None:
    elsewhere = tmp_path / "elsewhere.txt"
    elsewhere.write_text("keep")
    link = tmp_path / "link.pdf"
    link.symlink_to(elsewhere)
    with pytest.raises(BadInput, match="link.pdf' is a symbolic link"):
        check_target(link, what=WHAT, force=True)
    dangling = tmp_path / "dangling.pdf"
    dangling.symlink_to(tmp_path / "nowhere.pdf")
    with pytest.raises(BadInput, match="symbolic link"):
        check_target(dangling, what=WHAT, force=True)
    assert elsewhere.read_text() == "keep" and not (tmp_path / "nowhere.pdf").exists()


def test_folders_missing_or_given_as_the_target_are_refused(tmp_path: Path) -> None:
    with pytest.raises(BadInput, match="the folder .*missing does not exist"):
        check_target(tmp_path / "missing" / "x.pdf", what=WHAT)
    with pytest.raises(BadInput, match="is a folder"):
        check_target(tmp_path, what=WHAT, force=True)
