"""The package list for setuptools; everything else is in pyproject.toml.

Every package under factcheck/ is found automatically, data-only folders too
(namespace packages: factcheck/extract/data/..., factcheck/knowledge/data/...).
The top-level rules/ folder ships as factcheck.default_rules (pyproject.toml maps
the folder); setuptools cannot combine automatic discovery with a package kept
outside its parent, hence this file.
"""

from setuptools import find_namespace_packages, setup

DEFAULT_RULES = ["factcheck.default_rules", "factcheck.default_rules.lexicon"]


def packages() -> list[str]:
    found = find_namespace_packages(include=["factcheck", "factcheck.*"], exclude=["*.__pycache__", "*.__pycache__.*"])
    return sorted(found) + DEFAULT_RULES


if __name__ == "__main__":
    setup(packages=packages())
