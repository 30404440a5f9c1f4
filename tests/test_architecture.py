"""The package's import rules, checked on the source: modules import the
package's own code at the top (never inside a function, where an import hides
a cycle), and no module imports the package root (``factcheck``) itself."""

from __future__ import annotations

import ast

from conftest import ROOT

PACKAGE = ROOT / "factcheck"


def _modules() -> list:
    return sorted(PACKAGE.rglob("*.py"))


def _own(node: ast.Import | ast.ImportFrom) -> bool:
    """Whether an import names the package's own code."""
    if isinstance(node, ast.ImportFrom):
        return node.level > 0 or (node.module or "").split(".")[0] == "factcheck"
    return any(a.name.split(".")[0] == "factcheck" for a in node.names)


#: The one deferred import, and why: the ``factcheck`` script's entry point hands a
#: command to a running server before anything heavy is imported, and imports the
#: command line only when it runs the command itself (``tests/test_serve.py``
#: checks that the client imports neither spaCy nor pydantic).
DEFERRED = {"factcheck/cli/__init__.py": ".app"}


def test_no_function_imports_the_packages_own_code():
    found = []
    for path in _modules():
        deferred = DEFERRED.get(path.relative_to(ROOT).as_posix())
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for fn in ast.walk(tree):
            if isinstance(fn, (ast.FunctionDef, ast.AsyncFunctionDef)):
                for node in ast.walk(fn):
                    if isinstance(node, (ast.Import, ast.ImportFrom)) and _own(node):
                        if isinstance(node, ast.ImportFrom) and "." * node.level + (node.module or "") == deferred:
                            continue
                        found.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert not found, f"imports inside a function: {found}"


def _root_imports(path, source: str) -> list[int]:
    """Lines of ``source`` (the module at ``path``) that import ``factcheck`` itself."""
    parts = list(path.relative_to(ROOT).parts)
    package = parts[:-1]  # the package the module is in (for __init__.py, its own)
    lines = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.ImportFrom):
            base = package[: len(package) - (node.level - 1)] if node.level else []
            target = base + (node.module.split(".") if node.module else [])
            if target == ["factcheck"]:
                lines.append(node.lineno)
        elif isinstance(node, ast.Import) and any(a.name == "factcheck" for a in node.names):
            lines.append(node.lineno)
    return lines


def test_the_root_import_check_sees_relative_and_absolute_forms():
    cli = PACKAGE / "cli" / "app.py"
    assert _root_imports(cli, "from .. import __version__\n") == [1]
    assert _root_imports(cli, "import factcheck\n") == [1]
    assert _root_imports(cli, "from factcheck import run\n") == [1]
    assert _root_imports(cli, "from .._version import __version__\nfrom . import check\n") == []
    assert _root_imports(PACKAGE / "evaluation.py", "from . import run\n") == [1]


def test_no_module_imports_the_package_root():
    found = [
        f"{path.relative_to(ROOT)}:{line}"
        for path in _modules()
        if path != PACKAGE / "__init__.py"
        for line in _root_imports(path, path.read_text(encoding="utf-8"))
    ]
    assert not found, f"modules importing the package root: {found}"
