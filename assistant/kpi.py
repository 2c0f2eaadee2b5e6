"""KPI series from table records: each indicator's target and actual per fiscal year.

An indicator is read from the shape of its table, not from its wording:
- rows (or columns) labelled with kinds (目標値 / 実績値 / 進捗度) and periods the other way: the
  table is one indicator, named by its title;
- rows of things (分野, 事業, 指標) and period columns: each row is an indicator, its values are
  actuals unless the column says 目標 (目標（令和８年度）);
- bracketed summaries (【当該年度目標値…、当該年度実績値…】): the indicator they sit under.

Every point keeps its cells, so each figure links to the verbatim row it was read from.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass, field

from assistant.lookup import cell_kind, cell_kind_from, format_number
from assistant.normalize import era_text
from corpus.records import Cell, TableRecord, is_dash

__all__ = ["KpiPoint", "Indicator", "indicators", "to_csv", "SHORTFALL"]

SHORTFALL = "▼"


@dataclass
class KpiPoint:
    """One fiscal year of an indicator."""

    fiscal_year: int
    target: Cell | None = None
    actual: Cell | None = None
    progress: Cell | None = None

    @property
    def label(self) -> str:
        return f"{era_text(self.fiscal_year, '年度')}（{self.fiscal_year}年度）"

    @property
    def shortfall(self) -> bool:
        """The actual is below the target (both printed as numbers)."""
        t, a = self.target, self.actual
        return bool(t and a and t.number is not None and a.number is not None and a.number < t.number)

    def cells(self) -> list[Cell]:
        return [c for c in (self.target, self.actual, self.progress) if c is not None]


@dataclass
class Indicator:
    """An indicator of one document with its points in fiscal-year order."""

    doc: str
    doc_title: str
    title: str
    section: str
    unit: str | None
    points: list[KpiPoint] = field(default_factory=list)

    @property
    def shortfalls(self) -> list[KpiPoint]:
        return [p for p in self.points if p.shortfall]

    def to_json(self) -> dict:
        def cell(c: Cell | None):
            if c is None:
                return None
            return {"value": c.value, "number": c.number, "unit": c.unit, "line": c.line, "page": c.page,
                    "source": c.source, "chunk_id": c.chunk_id}

        return {
            "doc": self.doc, "doc_title": self.doc_title, "title": self.title, "section": self.section,
            "unit": self.unit,
            "points": [{"fiscal_year": p.fiscal_year, "period": p.label, "target": cell(p.target),
                        "actual": cell(p.actual), "progress": cell(p.progress), "shortfall": p.shortfall}
                       for p in self.points],
        }


def _period_side(record: TableRecord, cell: Cell) -> str:
    """Which label of the cell names its period: "column", "row" or "" (the title/document)."""
    from assistant.normalize import find_years

    if cell.column and find_years(cell.column):
        return "column"
    if find_years(cell.row):
        return "row"
    return ""


def indicators(records: list[TableRecord], *, doc: str | None = None, zone: str | None = None) -> list[Indicator]:
    """The KPI indicators of the records (optionally of one document, or of a zone: text that
    the table's title or section path contains)."""
    out: dict[tuple, Indicator] = {}
    for rec in records:
        if rec.kind not in ("table", "summary"):
            continue
        if doc and doc not in (rec.doc_id, rec.file):
            continue
        if zone and zone not in rec.section and zone not in rec.title and zone not in rec.doc_title:
            continue
        for c in rec.cells:
            if c.fiscal_year is None or (c.number is None and not is_dash(c.value)):
                continue
            side = _period_side(rec, c)
            other = c.row if side == "column" else (c.column or "") if side == "row" else c.row
            kind = cell_kind(c)
            if cell_kind_from(other):
                name = rec.title  # the other label is a kind: the table is one indicator
            else:
                name = f"{rec.title} / {other}" if other and other != rec.title else rec.title
                kind = kind or "実績"  # figures of a thing per year are its actuals
            if kind not in ("目標", "実績", "進捗"):
                continue
            key = (rec.doc_id, re.sub(r"\s+", "", name))
            ind = out.get(key)
            if ind is None:
                ind = out[key] = Indicator(rec.file, rec.doc_title, name, rec.section, None)
            point = next((p for p in ind.points if p.fiscal_year == c.fiscal_year), None)
            if point is None:
                point = KpiPoint(c.fiscal_year)
                ind.points.append(point)
            slot = {"目標": "target", "実績": "actual", "進捗": "progress"}[kind]
            if getattr(point, slot) is None:
                setattr(point, slot, c)
            if kind != "進捗" and c.unit and ind.unit is None:
                ind.unit = c.unit
    result = []
    for ind in out.values():
        ind.points.sort(key=lambda p: p.fiscal_year)
        # an indicator needs a target or two years of actuals to be worth a chart
        if any(p.target for p in ind.points) or sum(1 for p in ind.points if p.actual) >= 2:
            result.append(ind)
    return result


def _fmt(c: Cell | None) -> str:
    if c is None:
        return ""
    if c.number is None:
        return c.value.strip()
    return format_number(float(c.number))


def to_csv(items: list[Indicator]) -> str:
    """One row per indicator and fiscal year: doc, indicator, period, target, actual, progress,
    unit, shortfall, source (page or line)."""
    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow(["doc", "indicator", "fiscal_year", "period", "target", "actual", "progress", "unit",
                     "shortfall", "source"])
    for ind in items:
        for p in ind.points:
            first = next(iter(p.cells()), None)
            where = (f"p.{first.page}" if first and first.page else f"{first.line}行") if first else ""
            writer.writerow([ind.doc, ind.title, p.fiscal_year, p.label, _fmt(p.target), _fmt(p.actual),
                             _fmt(p.progress), ind.unit or "", SHORTFALL if p.shortfall else "", where])
    return buf.getvalue()
