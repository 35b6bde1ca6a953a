"""No test reads the wall clock unless it is about the clock: days come from an injected clock
or the building's calendar, so the suite passes whatever today is."""

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# Tests whose subject is the clock itself: they compare what a command did with the real now.
ABOUT_THE_CLOCK = {("tests/test_occupancy_cli.py", "test_without_at_it_uses_the_clock")}


def _reads_wall_clock(node: ast.Call) -> str | None:
    """The wall-clock read this call makes (datetime.now(), date.today(), time.time(),
    utc_now()), or None; an injected clock (services.now(), clock()) is no such read."""
    func = node.func
    if isinstance(func, ast.Name) and func.id == "utc_now":
        return "utc_now"
    if not isinstance(func, ast.Attribute):
        return None
    owner = ast.unparse(func.value).split(".")[-1]
    if func.attr in {"now", "utcnow", "today"} and owner in {"datetime", "date"}:
        return func.attr
    return None


def _offences(path: Path, root: Path = ROOT) -> list[str]:
    relative = path.relative_to(root).as_posix()
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=relative)
    found = []
    for function in ast.walk(tree):
        if not isinstance(function, ast.FunctionDef | ast.AsyncFunctionDef):
            continue
        if (relative, function.name) in ABOUT_THE_CLOCK:
            continue
        for node in ast.walk(function):
            if not isinstance(node, ast.Call):
                continue
            read = _reads_wall_clock(node)
            if read:
                found.append(f"{relative}:{node.lineno} {function.name} calls {read}()")
            if isinstance(node.func, ast.Name) and node.func.id == "Services" and \
                    not any(k.arg == "now" for k in node.keywords):
                found.append(f"{relative}:{node.lineno} {function.name} builds Services "
                             "without an injected clock")
    return found


def test_no_test_reads_the_wall_clock() -> None:
    files = [p for p in sorted((ROOT / "tests").rglob("*.py"))
             if p.name != Path(__file__).name and "helpers" not in p.parts]
    assert len(files) > 10
    offences = [line for path in files for line in _offences(path)]
    assert offences == []


def test_the_check_sees_a_wall_clock_read(tmp_path: Path) -> None:
    (tmp_path / "tests").mkdir()
    sample = tmp_path / "tests" / "_clock_sample.py"
    sample.write_text("import datetime as dt\n\ndef test_x():\n    return dt.date.today()\n\n"
                      "def test_y(engine):\n    return Services(engine)\n", encoding="utf-8")
    found = _offences(sample, tmp_path)
    assert found == ["tests/_clock_sample.py:4 test_x calls today()",
                     "tests/_clock_sample.py:7 test_y builds Services without an injected clock"]
