import ast
from pathlib import Path

import incontra.scheduling

PACKAGE = Path(incontra.scheduling.__file__).parent


def _imported_modules(path: Path) -> set[str]:
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
    return found


def test_scheduling_imports_no_django():
    files = sorted(PACKAGE.rglob("*.py"))
    assert len(files) >= 8
    offending = {
        str(path.relative_to(PACKAGE)): sorted(m for m in _imported_modules(path)
                                               if m.split(".")[0] == "django")
        for path in files
    }
    assert {k: v for k, v in offending.items() if v} == {}
