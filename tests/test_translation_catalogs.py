"""The translation catalogs are complete and current: no word of ui/ or booking/ is missing or
unfinished in Bahasa Indonesia, and every compiled catalog matches its source."""

import importlib.util
import shutil
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "resources" / "translations"


def _catalogs() -> ModuleType:
    spec = importlib.util.spec_from_file_location("catalogs", TRANSLATIONS / "catalogs.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["catalogs"] = module
    spec.loader.exec_module(module)
    return module


catalogs = _catalogs()


def test_every_word_is_translated_and_every_compiled_catalog_is_current() -> None:
    assert catalogs.problems() == []


def test_the_catalogs_are_not_empty() -> None:
    assert len(catalogs.read_ts(TRANSLATIONS / "ruang_id.ts")) > 500
    assert len([m for m in catalogs.read_po(TRANSLATIONS / "booking_id.po") if m.id]) > 200


def _copy_of_catalogs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    for path in TRANSLATIONS.iterdir():
        if path.is_file():
            shutil.copy2(path, tmp_path / path.name)
    monkeypatch.setattr(catalogs, "HERE", tmp_path)
    return tmp_path


def test_a_missing_or_stale_qm_is_found(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = _copy_of_catalogs(tmp_path, monkeypatch)
    (folder / "ruang_id.qm").unlink()
    assert any("ruang_id.qm is missing" in p for p in catalogs.problems())
    catalogs.build()
    ts = folder / "ruang_id.ts"
    ts.write_text(ts.read_text(encoding="utf-8").replace(
        "<translation>Batal</translation>", "<translation>Batalkan</translation>", 1),
        encoding="utf-8")
    assert any("ruang_id.qm is older than ruang_id.ts" in p for p in catalogs.problems())


def test_an_unfinished_entry_is_found(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = _copy_of_catalogs(tmp_path, monkeypatch)
    ts = folder / "ruang_id.ts"
    ts.write_text(ts.read_text(encoding="utf-8").replace(
        "<translation>Batal</translation>", '<translation type="unfinished">Batal</translation>',
        1), encoding="utf-8")
    catalogs.build()
    assert any(p.startswith("ruang_id.ts: unfinished 'Cancel'") for p in catalogs.problems())


def test_a_missing_booking_message_is_found(tmp_path: Path,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    folder = _copy_of_catalogs(tmp_path, monkeypatch)
    po = catalogs.read_po(folder / "booking_id.po")
    first = next(m for m in po if m.id)
    del po[first.id]
    catalogs.write_po(folder / "booking_id.po", po)
    catalogs.build()
    shown = first.id if isinstance(first.id, str) else first.id[0]
    assert f"booking_id.po: missing {shown!r} (run catalogs.py update)" in catalogs.problems()
