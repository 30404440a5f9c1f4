"""The wheel ships every subpackage and the default rules."""

from __future__ import annotations

import importlib.util
import tomllib

from conftest import ROOT


def _setup_packages() -> list[str]:
    spec = importlib.util.spec_from_file_location("factcheck_setup", ROOT / "setup.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)  # setup() runs only as __main__
    return module.packages()


def test_every_subpackage_is_found_for_the_wheel():
    found = {".".join(p.parent.relative_to(ROOT).parts) for p in (ROOT / "factcheck").rglob("__init__.py")}
    listed = set(_setup_packages())
    assert found <= listed, f"not found for the wheel: {sorted(found - listed)}"
    assert {"factcheck.default_rules", "factcheck.default_rules.lexicon"} <= listed
    conf = tomllib.loads((ROOT / "pyproject.toml").read_text())
    assert conf["tool"]["setuptools"]["package-dir"]["factcheck.default_rules"] == "rules"
    data = conf["tool"]["setuptools"]["package-data"]
    assert "*.yaml" in data["*"]
    assert data["factcheck.extract"] == ["data/**/*"] and data["factcheck.knowledge"] == ["data/**/*"]


def test_default_rules_come_from_the_rules_folder_in_a_checkout():
    from factcheck.rules.ruleset import default_rules_dir

    assert default_rules_dir().resolve() == (ROOT / "rules").resolve()
    shipped = {p.stem for p in (ROOT / "rules").glob("*.yaml")}
    assert shipped >= {"FC001", "FC009"}
    assert "FC101" not in shipped  # a story rule: it ships in packs/carney-trump-2025
