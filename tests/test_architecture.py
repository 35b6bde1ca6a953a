"""booking/ stays free of Qt, so every rule runs without a window."""

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def test_booking_never_imports_qt() -> None:
    offenders = {}
    files = sorted((ROOT / "booking").rglob("*.py"))
    assert len(files) > 5
    for path in files:
        qt = {n for n in _imports(path) if n.split(".")[0] in {"PySide6", "PyQt5", "PyQt6", "ui"}}
        if qt:
            offenders[str(path.relative_to(ROOT))] = sorted(qt)
    assert offenders == {}


def test_ui_has_no_sql() -> None:
    offenders = []
    for path in sorted((ROOT / "ui").rglob("*.py")):
        imports = _imports(path)
        if any(n.split(".")[0] in {"sqlalchemy", "sqlmodel", "sqlite3"} for n in imports):
            offenders.append(str(path.relative_to(ROOT)))
    assert offenders == []
