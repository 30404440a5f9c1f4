"""The timeline: the dates each side of a finding claims, drawn as an inline
SVG on one scale with ticks, one row per finding and side."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta

from ...model.models import Extraction, Report
from .common import BAD_ROW, _plural, _Source, _trunc, e

_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_YEAR = re.compile(r"^(\d{4})$")


def _range_of(value: str | None) -> tuple[date, date] | None:
    if not value:
        return None
    try:
        if m := _DAY.match(value):
            d = date(int(m[1]), int(m[2]), int(m[3]))
            return d, d
        if m := _MONTH.match(value):
            y, mo = int(m[1]), int(m[2])
            first = date(y, mo, 1)
            nxt = date(y + (mo == 12), mo % 12 + 1, 1)
            return first, nxt - timedelta(days=1)
        if m := _YEAR.match(value):
            return date(int(m[1]), 1, 1), date(int(m[1]), 12, 31)
    except ValueError:
        return None
    return None


@dataclass
class _Mark:
    source: _Source
    start: date
    end: date
    said: list[tuple[str, int]] = field(default_factory=list)  # (as written, line)
    conflict: bool = False
    anchor: str | None = None


#: Dates the timeline can draw (with its margins and ticks); others are counted, not drawn.
_DRAWABLE = (date(2, 1, 1), date(9998, 12, 31))


@dataclass
class _Row:
    key: str
    label: str
    sub: str
    detail: str
    type: str = ""
    marks: dict[tuple[str, date, date], _Mark] = field(default_factory=dict)
    conflict: bool = False
    off_calendar: int = 0

    def add(self, src: _Source, start: date, end: date, said: str, line: int) -> _Mark | None:
        if not (_DRAWABLE[0] <= start <= end <= _DRAWABLE[1]):
            self.off_calendar += 1  # too near the calendar's ends to draw with a margin
            return None
        mark = self.marks.setdefault((src.id, start, end), _Mark(src, start, end))
        if (said, line) not in mark.said:
            mark.said.append((said, line))
        return mark


def _pretty_entity(entity_id: str) -> str:
    return " ".join(w[:1].upper() + w[1:] for w in entity_id.split("-") if w)


def _timeline_rows(
    report: Report, extractions: Sequence[Extraction], sources: dict[str, _Source], anchors: Sequence[str]
) -> tuple[list[_Row], int, int]:
    facts = {f.id: f for ex in extractions for f in ex.facts}
    rows: dict[str, _Row] = {}
    for ev in report.events:
        row = rows.get(ev.id)
        if row is None:
            who = ", ".join(_pretty_entity(p) for p in ev.participants) or "participants unknown"
            sub = f"clustered as {ev.date}" if ev.date else "no agreed date"
            row = rows[ev.id] = _Row(
                ev.id,
                f"{ev.type}: {who}",
                sub,
                f"{ev.type} ({ev.id}){', dated ' + ev.date if ev.date else ''}: {ev.why}",
                type=ev.type,
            )
        for fid in ev.facts:
            fact = facts.get(fid)
            if fact is None or fact.time is None or fact.time.start is None or fact.time.end is None:
                continue
            src = sources.get(fact.article)
            if src is not None:
                row.add(src, fact.time.start, fact.time.end, fact.time.text, fact.line)
    types = {ev.id: ev.type for ev in report.events}
    drawn: dict[tuple[str, date, date], list[_Row]] = {}
    for row in rows.values():
        for key in row.marks:
            drawn.setdefault(key, []).append(row)
    for f, anchor in zip(report.findings, anchors):
        if f.category != "date":
            continue
        # The page says what the finding says: dates are drawn in conflict only
        # when the finding concludes a conflict; a finding that reads them as
        # separate events (a "possible" conflict) links its marks, in the rows
        # of the events they belong to, without the conflict mark.
        dated = [(c, _range_of(c.normalized)) for c in f.claims]
        conflict = f.confidence == "conflict" and len({r for _, r in dated if r is not None}) >= 2
        own_type = types.get(f.event or "")
        for c, r in dated:
            if r is None or c.article not in sources:
                continue
            key = (sources[c.article].id, r[0], r[1])
            homes = sorted(drawn.get(key, []), key=lambda row: row.type != own_type)
            if homes:
                row = homes[0]  # already drawn in its event's row: not drawn again
            else:
                row = rows.get(f.event or "") or rows.setdefault(
                    f"finding:{anchor}",
                    _Row(f"finding:{anchor}", f"{f.rule} {f.name}", "dates in one finding", f.message),
                )
            mark = row.add(
                sources[c.article], r[0], r[1], str(c.value if c.value is not None else c.normalized), c.line
            )
            if mark is None:
                continue
            drawn.setdefault(key, []).append(row)
            mark.anchor = mark.anchor or anchor
            if conflict:
                mark.conflict = True
                row.conflict = True
    kept = [r for r in rows.values() if r.marks]
    kept.sort(key=lambda r: (min(m.start for m in r.marks.values()), r.label, r.key))
    return kept, len(rows) - len(kept), sum(r.off_calendar for r in rows.values())


def _ticks(lo: date, hi: date) -> list[tuple[date, str]]:
    """Tick dates for ``[lo, hi]`` and their granularity: "day", "month" or "year"."""
    span = (hi - lo).days
    out: list[tuple[date, str]] = []
    if span <= 16:
        d = lo
        while d <= hi:
            out.append((d, "day"))
            d += timedelta(days=1 if span <= 8 else 2)
    elif span <= 120:
        d = lo + timedelta(days=(7 - lo.weekday()) % 7)  # Mondays
        while d <= hi:
            out.append((d, "day"))
            d += timedelta(days=7 if span <= 60 else 14)
    elif span <= 1100:
        y, m = lo.year, lo.month
        step = 1 if span <= 400 else 3
        while True:
            d = date(y, m, 1)
            if d > hi:
                break
            if d >= lo:
                out.append((d, "month"))
            m += step
            y, m = y + (m - 1) // 12, (m - 1) % 12 + 1
    else:
        out = [(date(y, 1, 1), "year") for y in range(lo.year + 1, hi.year + 1)]
    return out


def _tick_label(d: date, grain: str, with_year: bool) -> str:
    if grain == "year":
        return str(d.year)
    text = f"{d:%b} {d.day}" if grain == "day" else f"{d:%b}"
    return f"{text} {d.year}" if with_year else text


@dataclass
class _Segment:
    lo: date
    hi: date
    x0: float
    x1: float
    first: date  # the first and last marked days, without the padding
    last: date
    alone: bool = True  # the only segment of the scale

    def ticks(self) -> list[tuple[date, str]]:
        if not self.alone and (self.last - self.first).days <= 16:  # a short cluster among others: label its own days
            return [(self.first, "day")] + ([(self.last, "day")] if self.last != self.first else [])
        return _ticks(self.lo, self.hi)

    def x(self, d: date) -> float:
        return self.x0 + (self.x1 - self.x0) * ((d - self.lo).days + 0.5) / ((self.hi - self.lo).days + 1)


class _Scale:
    """Dates to x: linear within each cluster of dates, with a fixed-width
    break for a long empty stretch, so one far-off date cannot squeeze every
    other mark into a few pixels."""

    GAP_DAYS = 45  # an empty stretch longer than this is drawn as a break
    BREAK_PX = 34

    def __init__(self, intervals: Sequence[tuple[date, date]], x0: float, x1: float) -> None:
        clusters: list[list[date]] = []
        for lo, hi in sorted(intervals):
            if clusters and (lo - clusters[-1][1]).days <= self.GAP_DAYS:
                clusters[-1][1] = max(clusters[-1][1], hi)
            else:
                clusters.append([lo, hi])
        padded = []
        for lo, hi in clusters:
            pad = timedelta(days=min(10, max(2, (hi - lo).days // 25)))
            padded.append((lo - pad, hi + pad))
        weights = [max((hi - lo).days + 1, 14) for lo, hi in padded]
        room = (x1 - x0) - self.BREAK_PX * (len(padded) - 1)
        self.segments: list[_Segment] = []
        self.breaks: list[tuple[float, float, int]] = []  # x from, x to, days left out
        x = x0
        for i, ((lo, hi), w) in enumerate(zip(padded, weights)):
            if i:
                self.breaks.append((x, x + self.BREAK_PX, (lo - padded[i - 1][1]).days))
                x += self.BREAK_PX
            width = room * w / sum(weights)
            self.segments.append(_Segment(lo, hi, x, x + width, clusters[i][0], clusters[i][1], len(padded) == 1))
            x += width

    def x(self, d: date) -> float:
        for seg in self.segments:
            if seg.lo <= d <= seg.hi:
                return seg.x(d)
        if d < self.segments[0].lo:
            return self.segments[0].x0
        return next((seg.x0 for seg in self.segments if d < seg.lo), self.segments[-1].x1)

    def ticks(self, char_px: float = 6.4, gap_px: float = 14) -> list[tuple[float, str]]:
        """Tick positions and labels, none overlapping the one before; a label
        names the year when it changes."""
        out: list[tuple[float, str]] = []
        last_x, last_w, last_year = -1e9, 0.0, None
        for seg in self.segments:
            for d, grain in seg.ticks():
                x = seg.x(d)
                label = _tick_label(d, grain, grain != "year" and d.year != last_year)
                w = len(label) * char_px
                if x - last_x < (w + last_w) / 2 + gap_px:
                    continue
                out.append((x, label))
                last_x, last_w, last_year = x, w, d.year
        return out


def _timeline_html(
    report: Report, extractions: Sequence[Extraction], sources: dict[str, _Source], anchors: Sequence[str]
) -> str:
    rows, undated, off_calendar = _timeline_rows(report, extractions, sources, anchors)
    if not rows:
        return '<p class="muted">No event in this report has a date that resolves to a day, month or year.</p>'
    width, left, right, axis_h, lane_h, radius = 960, 250, 24, 30, 22, 8
    scale = _Scale([(m.start, m.end) for r in rows for m in r.marks.values()], left, width - right)
    x_of = scale.x

    body: list[str] = []
    y = axis_h
    for ri, row in enumerate(rows):
        marks = sorted(row.marks.values(), key=lambda m: (m.start, m.end, m.source.num))
        lanes: list[float] = []
        placed = []
        for m in marks:
            x0 = x_of(m.start) - radius - 2
            x1 = (x_of(m.end) if m.end > m.start else x_of(m.start)) + radius + 2
            lane = next((i for i, last in enumerate(lanes) if last <= x0), None)
            if lane is None:
                lanes.append(x1)
                lane = len(lanes) - 1
            else:
                lanes[lane] = x1
            placed.append((m, lane))
        height = max(10 + lane_h * len(lanes), 46)
        band = "band alt" if ri % 2 else "band"
        body.append(f'<rect class="{band}" x="0" y="{y}" width="{width}" height="{height}"></rect>')
        flag = "\u26a0 " if row.conflict else ""
        sub = row.sub + (" \u00b7 dates conflict" if row.conflict else "")
        body.append(
            f'<text class="row-l{" bad" if row.conflict else ""}" x="8" y="{y + 20}">'
            f"<title>{e(row.detail)}</title>{e(flag + _trunc(row.label, 34))}</text>"
            f'<text class="row-s{" bad" if row.conflict else ""}" x="8" y="{y + 36}">{e(_trunc(sub, 40))}</text>'
        )
        for m, lane in placed:
            cy = y + 5 + lane_h * lane + lane_h / 2
            cls = "mk bad" if m.conflict else "mk ok"
            said = "; ".join(f"\u201c{' '.join(t.split())}\u201d line {ln}" for t, ln in m.said)
            when = m.start.isoformat() if m.start == m.end else f"{m.start.isoformat()} to {m.end.isoformat()}"
            tip = f"source {m.source.num} ({m.source.label}, {m.source.id}): {when}: {said}" + (
                " \u2014 conflicting dates" if m.conflict else ""
            )
            shape: list[str] = [f"<title>{e(tip)}</title>"]
            cx = x_of(m.start)
            if m.end > m.start:
                x1 = x_of(m.end)
                shape.append(
                    f'<rect class="span" x="{cx:.1f}" y="{cy - 4:.1f}" width="{x1 - cx:.1f}" height="8" rx="4"></rect>'
                )
            if m.conflict:
                r = radius + 1
                shape.append(
                    f'<path class="shape" d="M{cx:.1f} {cy - r:.1f}L{cx + r:.1f} {cy:.1f}L{cx:.1f} {cy + r:.1f}L{cx - r:.1f} {cy:.1f}Z"></path>'
                )
            else:
                shape.append(f'<circle class="shape" cx="{cx:.1f}" cy="{cy:.1f}" r="{radius}"></circle>')
            shape.append(f'<text class="mk-t" x="{cx:.1f}" y="{cy + 3.5:.1f}">{m.source.num}</text>')
            inner = "".join(shape)
            if m.anchor:
                body.append(f'<a class="{cls}" href="#{m.anchor}" aria-label="{e(tip)}">{inner}</a>')
            else:
                body.append(f'<g class="{cls}">{inner}</g>')
        y += height
    total_h = y + 6
    axis = []
    for seg in scale.segments:
        axis.append(
            f'<line class="axis" x1="{seg.x0:.1f}" y1="{axis_h - 4}" x2="{seg.x1:.1f}" y2="{axis_h - 4}"></line>'
        )
    for bx0, bx1, gap in scale.breaks:
        what = f"{gap} days without a mark left out"
        axis.append(
            f'<rect class="brk" x="{bx0 + 4:.1f}" y="{axis_h - 8}" width="{bx1 - bx0 - 8:.1f}" height="{total_h - axis_h + 2}"><title>{e(what)}</title></rect>'
            f'<text class="tick brk-t" x="{(bx0 + bx1) / 2:.1f}" y="{axis_h - 12}">\u2248</text>'
        )
    for x, label in scale.ticks():
        axis.append(f'<line class="grid" x1="{x:.1f}" y1="{axis_h - 8}" x2="{x:.1f}" y2="{total_h - 6}"></line>')
        axis.append(f'<text class="tick" x="{x:.1f}" y="{axis_h - 12}">{e(label)}</text>')
    svg = (
        f'<svg class="timeline" viewBox="0 0 {width} {total_h}" width="{width}" height="{total_h}" role="img" aria-labelledby="tl-title tl-desc" xmlns="http://www.w3.org/2000/svg">'
        f'<title id="tl-title">Timeline of events and the dates each source gives</title>'
        f'<desc id="tl-desc">One row per event; each numbered mark is a source placed at the date it gives. '
        f"Diamonds are dates in conflict. {_plural(len(rows), 'row')}.</desc>"
        f"{''.join(body)}{''.join(axis)}</svg>"
    )
    table_rows = []
    for row in rows:
        for m in sorted(row.marks.values(), key=lambda m: (m.start, m.end, m.source.num)):
            when = m.start.isoformat() if m.start == m.end else f"{m.start.isoformat()} to {m.end.isoformat()}"
            said = "; ".join(f"\u201c{' '.join(t.split())}\u201d (line {ln})" for t, ln in m.said)
            table_rows.append(
                f"<tr{BAD_ROW if m.conflict else ''}>"
                f'<td>{e(row.label)} <span class="muted">({e(row.sub)})</span></td>'
                f'<td><span class="src">{m.source.num}</span> {e(m.source.label)}</td>'
                f"<td>{e(when)}</td><td>{e(said)}</td><td>{'conflict' if m.conflict else ''}</td></tr>"
            )
    legend = (
        '<p class="legend"><span class="lg ok" aria-hidden="true">\u25cf</span> a source\u2019s date for the event '
        '<span class="lg bad" aria-hidden="true">\u25c6</span> dates in conflict (select one to see the finding) '
        '<span class="lg span" aria-hidden="true">\u25ac</span> a span (a month, a week) '
        + (
            '<span class="lg" aria-hidden="true">\u2248</span> a stretch of time without marks, left out'
            if scale.breaks
            else ""
        )
        + (f" \u00b7 {_plural(undated, 'event')} without a resolved date not shown" if undated else "")
        + (
            f" \u00b7 {_plural(off_calendar, 'date')} too near the ends of the calendar not drawn"
            if off_calendar
            else ""
        )
        + "</p>"
    )
    table = (
        '<details class="tl-table"><summary>Timeline as a table</summary><div class="scroll"><table><thead><tr><th scope="col">event</th><th scope="col">source</th>'
        f'<th scope="col">date</th><th scope="col">as written</th><th scope="col"></th></tr></thead><tbody>{"".join(table_rows)}</tbody></table></div></details>'
    )
    return f'<div class="tl-wrap">{svg}</div>{legend}{table}'
