import ast
from pathlib import Path

import incontra.matching

PACKAGE = Path(incontra.matching.__file__).parent


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def test_matching_core_imports_no_django():
    offenders = {
        path.name: sorted(name for name in imported_modules(path) if name.split(".")[0] == "django")
        for path in sorted(PACKAGE.glob("*.py"))
    }

    assert {name: found for name, found in offenders.items() if found} == {}


def test_matching_core_scan_sees_every_module():
    assert {path.name for path in PACKAGE.glob("*.py")} >= {"engine.py", "index.py", "cli.py"}
