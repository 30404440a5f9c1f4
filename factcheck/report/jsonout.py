"""The JSON report (keeps every field of the report schema, and more)."""

from __future__ import annotations

import json
from typing import Sequence

from ..model.models import Extraction, Report


def report_dict(report: Report) -> dict:
    return report.model_dump(mode="json")


def render_json(report: Report, *, extractions: Sequence[Extraction] = (), **_: object) -> str:
    return json.dumps(report_dict(report), indent=2, ensure_ascii=False) + "\n"
