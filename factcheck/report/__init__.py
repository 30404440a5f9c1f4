"""Report writers: pure functions from a report to text.

``WRITERS`` maps each output format to ``module:function``; a writer takes the
report (and, for formats that show article text, the extractions) and returns
a string. Modules are imported on use so a format's dependencies load only
when asked for.
"""

from __future__ import annotations

from collections.abc import Sequence
from importlib import import_module

from ..model.errors import UsageError
from ..model.models import Extraction, OutputFormat, Report

WRITERS: dict[OutputFormat, str] = {
    OutputFormat.text: "text:render_text",
    OutputFormat.json: "jsonout:render_json",
    OutputFormat.sarif: "sarif:render_sarif",
    OutputFormat.github: "github:render_github",
    OutputFormat.html: "html:render_html",
}


def render(report: Report, fmt: OutputFormat, *, extractions: Sequence[Extraction] = (), **options) -> str:
    target = WRITERS.get(fmt)
    if target is None:
        raise UsageError(
            f"output format '{fmt.value}' is not supported by this command; allowed values: {', '.join(f.value for f in WRITERS)}"
        )
    module, func = target.split(":")
    writer = getattr(import_module(f"{__name__}.{module}"), func)
    return writer(report, extractions=extractions, **options)
