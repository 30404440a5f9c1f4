"""Helpers shared by the benchmark scripts: where the data is, the machine the
figures were measured on, and how results are printed.

The public data lives next to the repository, in ``../shared/data``; set
``FACTCHECK_DATA`` to read it from elsewhere. It is never copied into the
repository.
"""

from __future__ import annotations

import json
import os
import platform
import sys
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

EXIT_NO_DATA = 2


def data_root() -> Path:
    env = os.environ.get("FACTCHECK_DATA")
    return Path(env) if env else REPO.parent / "shared" / "data"


def require(*parts: str) -> Path:
    """A path under the data root, or exit with a one-line message when absent."""
    path = data_root().joinpath(*parts)
    if not path.exists():
        rel = "/".join(parts)
        print(
            f"data not found: {rel} under the data root (set FACTCHECK_DATA to the folder holding it)", file=sys.stderr
        )
        raise SystemExit(EXIT_NO_DATA)
    return path


def machine() -> dict[str, Any]:
    """What the figures were measured on: no host names, no paths."""
    mem = None
    try:
        with open("/proc/meminfo", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("MemTotal:"):
                    mem = round(int(line.split()[1]) / 1024 / 1024, 1)
                    break
    except OSError:
        try:
            mem = round(os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 1024**3, 1)
        except (ValueError, OSError, AttributeError):
            mem = None
    return {
        "cpus": os.cpu_count(),
        "memory_gib": mem,
        "python": platform.python_version(),
        "implementation": platform.python_implementation(),
        "os": platform.system(),
        "arch": platform.machine(),
    }


def machine_line(m: dict[str, Any] | None = None) -> str:
    m = m or machine()
    return (
        f"{m['cpus']} CPUs, {m['memory_gib']} GiB memory, {m['implementation']} {m['python']} on {m['os']} {m['arch']}"
    )


def ratio(num: float, den: float) -> float | None:
    return num / den if den else None


def pct(x: float | None) -> str:
    return "n/a" if x is None else f"{100 * x:.1f}%"


def f1(p: float | None, r: float | None) -> float | None:
    if p is None or r is None or p + r == 0:
        return None
    return 2 * p * r / (p + r)


def dump_json(data: dict[str, Any]) -> None:
    print(json.dumps(data, indent=2, ensure_ascii=False, default=str))


def article(id: str, text: str, published=None, **extra):
    """An in-memory article: no files needed."""
    from factcheck import Article

    return Article(
        id=id,
        path=extra.pop("path", id),
        text=text,
        published=published,
        published_source="front_matter" if published is not None else "none",
        **extra,
    )
