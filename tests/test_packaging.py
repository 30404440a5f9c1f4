"""The wheel ships every subpackage and the default rules."""

from __future__ import annotations

import tomllib

from conftest import ROOT


def test_every_subpackage_is_listed_for_the_wheel():
    conf = tomllib.loads((ROOT / "pyproject.toml").read_text())
    listed = set(conf["tool"]["setuptools"]["packages"])
    found = {
        ".".join(p.parent.relative_to(ROOT).parts)
        for p in (ROOT / "factcheck").rglob("__init__.py")
    }
    assert found <= listed, f"add to [tool.setuptools] packages: {sorted(found - listed)}"
    assert conf["tool"]["setuptools"]["package-dir"]["factcheck.default_rules"] == "rules"


def test_default_rules_come_from_the_rules_folder_in_a_checkout():
    from factcheck._rules import default_rules_dir

    assert default_rules_dir().resolve() == (ROOT / "rules").resolve()
    assert {p.stem for p in (ROOT / "rules").glob("*.yaml")} >= {"FC001", "FC101"}
