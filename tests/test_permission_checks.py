"""No use case escapes the permission table: every function in booking/ that opens a write
transaction asks the table (or is the system's own work, listed here with why)."""

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# Calls that ask the table: directly, or through the helpers that do (the engine's _open and
# require_own, a series' _require_series, an event's _require_own).
ASKS = {"require", "require_owner", "acting", "_open", "require_own", "_require_series",
        "_require_own"}
# Writes nobody asks for: the system's own work, or steps of a use case that asked first.
SYSTEM = {
    "booking/services.py:open_store": "opening a new or upgraded database loads the building",
    "booking/engine.py:release_no_shows": "no-shows are released by the clock, not a person",
    "booking/events/service.py:expire_due": "undecided holds expire by the clock",
    "booking/building/demo.py:_attach_events": "a step of fill_demo, which asked first",
    "booking/building/demo.py:_flush": "a step of fill_demo, which asked first",
    "booking/accounts.py:sign_in": "signing in records the attempt; nobody acts before it",
    "booking/services.py:record_restore": "a step of restore, which asked first",
    "booking/exchange/importer.py:_batch":
        "each item runs the engine's own use case (book, move, change), which asks",
}


def _writers() -> dict[str, set[str]]:
    """Each function opening a write transaction (write_session, quick_write, or one_transaction that
    runs several use cases in one), with the names of everything it calls."""
    found: dict[str, set[str]] = {}
    for path in sorted((ROOT / "booking").rglob("*.py")):
        if "store" in path.relative_to(ROOT).parts:
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        for node in ast.walk(tree):
            if not isinstance(node, ast.FunctionDef):
                continue
            calls = set()
            for inner in ast.walk(node):
                if isinstance(inner, ast.Call):
                    func = inner.func
                    calls.add(func.attr if isinstance(func, ast.Attribute)
                              else getattr(func, "id", ""))
            if calls & {"write_session", "one_transaction", "quick_write"}:
                found[f"{path.relative_to(ROOT).as_posix()}:{node.name}"] = calls
    return found


def test_every_write_asks_the_permission_table() -> None:
    writers = _writers()
    assert len(writers) > 15
    unasked = sorted(name for name, calls in writers.items()
                     if not calls & ASKS and name not in SYSTEM)
    assert unasked == []


def test_the_system_list_names_only_writers_that_do_not_ask() -> None:
    writers = _writers()
    assert {name for name in SYSTEM if name in writers and not writers[name] & ASKS} == \
        set(SYSTEM)
