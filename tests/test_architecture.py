"""The architecture holds: booking/ free of Qt, imports pointing down its layers, no circles,
and the window reaching booking/ only through the Services facade."""

import ast
from functools import cache
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# booking/'s layers, bottom first. A module may import its own layer and the layers below it;
# the features (series, events, building) may not import one another.
BASICS = {"booking.errors", "booking.timeutil", "booking.statuses", "booking.calendar",
          "booking.views", "booking.tool_views", "booking.outputs", "booking.i18n"}
LAYERS = ("basics", "store", "core", "feature", "services", "cli")
# What the window never imports: storage, the engine and the modules use cases are built from.
# It asks Services instead (and booking.quickstart for the first paint).
BEHIND_SERVICES = ("booking.store", "booking.engine", "booking.booking_rows", "booking.lookups",
                   "booking.queries")
# The only booking/ modules the window may import functions from; from the others it takes
# types and constants (names starting with a capital letter).
UI_FUNCTION_SOURCES = {"booking.services", "booking.quickstart", "booking.timeutil",
                       "booking.policy", "booking.outputs", "booking.i18n"}


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


@cache
def _modules() -> dict[str, Path]:
    found = {_module_name(p): p for top in ("booking", "ui") for p in (ROOT / top).rglob("*.py")}
    found["main"] = ROOT / "main.py"
    return found


@cache
def _imports(path: Path) -> set[str]:
    """Every module a file imports, at the top, inside functions or for type checking alike."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    package = _module_name(path).split(".")
    if path.name != "__init__.py":
        package.pop()
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package[:len(package) - node.level + 1]
                base = ".".join([*anchor, *([node.module] if node.module else [])])
            names.add(base)
            names.update(f"{base}.{alias.name}" for alias in node.names)
    return names


def _window_files() -> list[Path]:
    return [*sorted((ROOT / "ui").rglob("*.py")), ROOT / "main.py"]


def _behind_services(module: str) -> bool:
    return any(module == hidden or module.startswith(hidden + ".")
               for hidden in BEHIND_SERVICES)


def _functions_imported(path: Path) -> list[str]:
    """`module.name` for every lower-case name imported from booking/ outside
    UI_FUNCTION_SOURCES."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), filename=str(path))):
        if isinstance(node, ast.ImportFrom) and not node.level and node.module and \
                node.module.startswith("booking.") and node.module not in UI_FUNCTION_SOURCES:
            found.extend(f"{node.module}.{alias.name}" for alias in node.names
                         if not alias.name[:1].isupper())
    return found


def _engine_uses(path: Path) -> list[int]:
    """Lines of a file that read an attribute named `engine` (of services or anything)."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    return sorted(node.lineno for node in ast.walk(tree)
                  if isinstance(node, ast.Attribute) and node.attr == "engine")


@cache
def _graph() -> dict[str, set[str]]:
    modules = _modules()
    return {name: {n for n in _imports(path) if n in modules and n != name}
            for name, path in modules.items()}


def _layer(module: str) -> str:
    if module in BASICS:
        return "basics"
    parts = module.split(".")
    if len(parts) > 1 and parts[1] in {"series", "events", "building", "reports"}:
        return "feature"
    if len(parts) > 1 and parts[1] in {"store", "cli", "services"}:
        return parts[1]
    return "core"


def _feature(module: str) -> str | None:
    parts = module.split(".")
    return parts[1] if _layer(module) == "feature" else None


def test_booking_never_imports_qt_or_ui() -> None:
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


def test_the_window_reaches_booking_only_through_services() -> None:
    offenders = []
    for path in _window_files():
        offenders += [f"{path.relative_to(ROOT)}: {name}" for name in sorted(_imports(path))
                      if _behind_services(name)]
    assert offenders == []


def test_the_window_imports_only_types_and_constants_from_booking() -> None:
    offenders = []
    for path in sorted((ROOT / "ui").rglob("*.py")):
        offenders += [f"{path.relative_to(ROOT)}: {name}" for name in _functions_imported(path)]
    assert offenders == []


def test_the_window_never_touches_an_engine() -> None:
    offenders = []
    for path in _window_files():
        offenders += [f"{path.relative_to(ROOT)}:{line}" for line in _engine_uses(path)]
    assert offenders == []


def test_the_window_checks_can_fail(tmp_path: Path) -> None:
    assert _behind_services("booking.store.quickread")
    assert _behind_services("booking.engine.MAX_ATTENDEES")
    assert not _behind_services("booking.storefront")
    sample = tmp_path / "sample.py"
    sample.write_text("from booking.search import COUNT_CAP, search_bookings\n"
                      "from booking.timeutil import local\n"
                      "def f(services):\n    return services.engine.dispose()\n")
    assert _functions_imported(sample) == ["booking.search.search_bookings"]
    assert _engine_uses(sample) == [4]


def test_booking_imports_point_down_its_layers() -> None:
    upward = []
    for module, deps in _graph().items():
        if not module.startswith("booking"):
            continue
        for dep in deps:
            if not dep.startswith("booking") or dep == "booking":
                continue
            if LAYERS.index(_layer(dep)) > LAYERS.index(_layer(module)):
                upward.append(f"{module} -> {dep}")
            elif _feature(module) and _feature(dep) and _feature(module) != _feature(dep):
                upward.append(f"{module} -> {dep} (one feature importing another)")
    assert upward == []


def test_the_command_line_holds_no_sql_and_no_storage() -> None:
    offenders = []
    for path in sorted((ROOT / "booking" / "cli").rglob("*.py")):
        for name in _imports(path):
            if name.split(".")[0] in {"sqlalchemy", "sqlmodel", "sqlite3"} or \
                    name.startswith("booking.store"):
                offenders.append(f"{path.relative_to(ROOT)}: {name}")
    assert offenders == []


def test_the_command_line_never_reaches_for_the_engine() -> None:
    """Commands call Services; none hands `services.engine` to a domain function."""
    offenders = []
    for path in sorted((ROOT / "booking" / "cli").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        offenders += [f"{path.relative_to(ROOT)}:{node.lineno}" for node in ast.walk(tree)
                      if isinstance(node, ast.Attribute) and node.attr == "engine"]
    assert offenders == []


def test_no_import_circles() -> None:
    graph = _graph()
    assert "ui.timeline.view" in graph and "main" in graph
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    circles: list[list[str]] = []

    def visit(node: str) -> None:  # Tarjan's strongly connected components
        index[node] = low[node] = len(index)
        stack.append(node)
        for dep in graph[node]:
            if dep not in index:
                visit(dep)
                low[node] = min(low[node], low[dep])
            elif dep in stack:
                low[node] = min(low[node], index[dep])
        if low[node] == index[node]:
            component = []
            while True:
                top = stack.pop()
                component.append(top)
                if top == node:
                    break
            if len(component) > 1:
                circles.append(sorted(component))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    assert circles == []


def test_timeline_painting_and_keys_know_the_view_only_by_its_interface() -> None:
    """The painter draws a Frame and the keys talk to a KeyTarget: no view import, no peeking."""
    peeks = []
    for name in ("painting", "keys"):
        path = ROOT / "ui" / "timeline" / f"{name}.py"
        assert "ui.timeline.view" not in _imports(path)
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Attribute) and node.attr.startswith("_") \
                    and not node.attr.startswith("__") \
                    and not (isinstance(node.value, ast.Name) and node.value.id == "self"):
                peeks.append(f"{name}.py:{node.lineno} .{node.attr}")
    assert peeks == []


def test_the_layer_checks_can_fail() -> None:
    assert _layer("booking.store.models") == "store"
    assert _layer("booking.series.core") == "feature"
    assert _layer("booking.engine") == "core"
    assert _layer("booking.timeutil") == "basics"
    assert LAYERS.index(_layer("booking.services")) > LAYERS.index(_layer("booking.events.holds"))
    assert "booking.store.db" in _graph()["booking.services"]
