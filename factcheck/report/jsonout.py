"""The JSON report (keeps every field of the report schema, and more)."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from ..model.models import Extraction, Report
from .gate import CheckSummary, check_dict


def report_dict(report: Report) -> dict[str, Any]:
    return report.model_dump(mode="json")


def render_json(
    report: Report, *, extractions: Sequence[Extraction] = (), check: CheckSummary | None = None, **_: object
) -> str:
    data = report_dict(report)
    if check is not None:
        data["check"] = check_dict(check)
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"
