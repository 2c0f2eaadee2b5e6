"""Measure table records against hand-checked gold cells (recall and precision).

Gold format: ../shared/evals/README.md (`tables.jsonl`) and ../shared/pdfdev/README.md. A gold
cell counts as found when a record of the same document has the same value (brackets and
whitespace ignored, or the same parsed number) and labels that match in either orientation: the
record's row label contains the gold row label (or is contained in it) and its column label
matches the gold column, or its fiscal year (range) equals the gold one. Cells are matched one
to one. Precision counts the records' value cells (figures and dashes) of tables and summaries
in the gold documents: each must match a gold cell. Of the gold cells found with a unit, the
units report counts those whose record gives the same unit (a cell read without its unit, 円 of
a caption 「（単位：円、１パレット当たり）」, is not found by an amount asked).
"""

from __future__ import annotations

import json
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from corpus.records import TableRecord, figure_and_bracketed, is_dash, parse_number, squash

__all__ = ["load_gold", "score_tables", "TableScore"]

_STRIP = re.compile(r"[()（）\[\]［］【】〔〕<>＜＞\s]")


def load_gold(path: Path) -> list[dict]:
    """Gold cells, one dict per line of a tables.jsonl file."""
    rows = []
    for n, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), 1):
        if line.strip():
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as exc:
                raise ValueError(f"{path}:{n}: not JSON ({exc})") from exc
    return rows


def _value_key(value: str) -> str:
    return _STRIP.sub("", squash(value))


def _label(s: str | None) -> str:
    # (a gold label joins header levels with ／, a record keeps the group apart: 実績／令和５年度)
    return _STRIP.sub("", squash(s or "")).replace("※", "").replace("/", "")


def _contains(a: str | None, b: str | None) -> bool:
    la, lb = _label(a), _label(b)
    return bool(la) and bool(lb) and (lb in la or la in lb)


def _same_value(cell, gold: dict) -> bool:
    if _value_key(cell.value) == _value_key(gold["value"]):
        return True
    pair = figure_and_bracketed(gold["value"])
    if pair is not None and _value_key(cell.value) == _value_key(pair[0]):
        return True  # (gold 「88（35）」 of a cell read as 88, its bracketed part a cell of its own)
    number = gold.get("number")
    return number is not None and cell.number is not None and abs(float(cell.number) - float(number)) < 1e-9 \
        and parse_number(cell.value)[1] == gold.get("unit")


def _years_match(cell, gold: dict) -> bool:
    if gold.get("fiscal_year") is not None:
        return cell.fiscal_year == gold["fiscal_year"]
    rng = gold.get("fiscal_year_range")
    return bool(rng) and cell.fiscal_year_range is not None and list(cell.fiscal_year_range) == list(rng)


def _labels_match(cell, gold: dict, columns: frozenset[str] = frozenset()) -> bool:
    """`columns`: the gold column labels of the gold cell's table. A record column label that
    holds another of them as well (「企業相談件数（件） 商談件数（件） 成約件数（件）」 read as one
    column) names no single column, and matches none."""
    g_row, g_col = gold.get("row"), gold.get("column")
    group = getattr(cell, "column_group", None)
    for row, col in ((cell.row, cell.column), (cell.column, cell.row)):
        if not _contains(row, g_row):
            continue
        if g_col is None:
            return True
        if col is cell.column and group and _contains(f"{group}{col}", g_col):
            col = f"{group}{col}"  # (施設・設備整備費 over 補助率: the gold names both)
        if (_contains(col, g_col) or _years_match(cell, gold)) and not _names_other_columns(col, g_col, columns):
            return True
    return False


def _names_other_columns(col: str | None, g_col: str, columns: frozenset[str]) -> bool:
    label, own = _label(col), _label(g_col)
    # (and a record column that is only a part of its gold column is a part of no single one when
    # another gold column holds it too: 「（件）」 of 「商談件数（件）」 and 「成約件数（件）」)
    return any(other and other not in own and own not in other and (other in label or (label in own and label in other))
               for other in map(_label, columns))


def _counted(record: TableRecord, cell) -> bool:
    return record.kind in ("table", "summary") and (cell.number is not None or is_dash(cell.value))


@dataclass
class TableScore:
    """Recall and precision of records against gold cells, overall and per document/table."""

    gold: int
    found: int
    counted: int
    correct: int
    per_doc: dict = field(default_factory=dict)
    per_table: dict = field(default_factory=dict)
    misses: list = field(default_factory=list)
    extra: list = field(default_factory=list)
    unit_checked: int = 0
    unit_correct: int = 0
    unit_misses: list = field(default_factory=list)

    @property
    def recall(self) -> float:
        return self.found / self.gold if self.gold else 0.0

    @property
    def precision(self) -> float:
        return self.correct / self.counted if self.counted else 0.0

    def to_json(self) -> dict:
        return {
            "recall": round(self.recall, 4), "precision": round(self.precision, 4), "gold": self.gold,
            "found": self.found, "counted": self.counted, "correct": self.correct,
            "per_doc": self.per_doc, "per_table": self.per_table, "misses": self.misses, "extra": self.extra,
            "unit_checked": self.unit_checked, "unit_correct": self.unit_correct, "unit_misses": self.unit_misses,
        }


def score_tables(records: list[TableRecord], gold: list[dict]) -> TableScore:
    """Match records to gold cells one to one (see the module docstring)."""
    by_doc: dict[str, list[tuple[TableRecord, object]]] = defaultdict(list)
    for r in records:
        for c in r.cells:
            by_doc[r.file].append((r, c))
    used: set[int] = set()
    found = 0
    misses = []
    unit_checked = unit_correct = 0
    unit_misses = []
    doc_stats: dict[str, Counter] = defaultdict(Counter)
    table_stats: dict[str, Counter] = defaultdict(Counter)
    columns_of: dict[tuple[str, str], set[str]] = defaultdict(set)
    for g in gold:
        if g.get("column"):
            columns_of[g["doc"], g["table"]].add(g["column"])
    for g in gold:
        candidates = by_doc.get(g["doc"], [])
        columns = frozenset(columns_of.get((g["doc"], g["table"]), ()))
        hit = None
        # prefer a cell on the gold line, then any match
        for prefer_line in (True, False):
            for rec, cell in candidates:
                if id(cell) in used or not _same_value(cell, g) or not _labels_match(cell, g, columns):
                    continue
                if prefer_line and g.get("line") not in (None, cell.line) and g.get("page") not in (None, cell.page):
                    continue
                hit = cell
                break
            if hit is not None:
                break
        table_key = f"{g['doc']} | {g['table']}"
        doc_stats[g["doc"]]["gold"] += 1
        table_stats[table_key]["gold"] += 1
        if hit is not None:
            used.add(id(hit))
            found += 1
            if g.get("unit") and g.get("number") is not None:
                unit_checked += 1
                if _unit_key(hit.unit) == _unit_key(g["unit"]):
                    unit_correct += 1
                else:
                    unit_misses.append({"id": g.get("id"), "doc": g["doc"], "table": g["table"], "row": g.get("row"),
                                        "column": g.get("column"), "value": g.get("value"), "unit": g["unit"],
                                        "record_unit": hit.unit})
            doc_stats[g["doc"]]["found"] += 1
            table_stats[table_key]["found"] += 1
        else:
            misses.append({k: g.get(k) for k in ("id", "doc", "table", "row", "column", "value", "line", "page")})
    gold_docs = {g["doc"] for g in gold}
    counted = correct = 0
    extra = []
    for doc in gold_docs:
        for rec, cell in by_doc.get(doc, []):
            if not _counted(rec, cell):
                continue
            counted += 1
            doc_stats[doc]["counted"] += 1
            if id(cell) in used:
                correct += 1
                doc_stats[doc]["correct"] += 1
            else:
                extra.append({"doc": doc, "table": rec.title, "row": cell.row, "column": cell.column,
                              "value": cell.value, "line": cell.line, "page": cell.page})
    return TableScore(
        gold=len(gold), found=found, counted=counted, correct=correct,
        per_doc={d: dict(c) for d, c in doc_stats.items()},
        per_table={t: dict(c) for t, c in table_stats.items()},
        misses=misses, extra=extra, unit_checked=unit_checked, unit_correct=unit_correct, unit_misses=unit_misses,
    )


def _unit_key(unit: str | None) -> str:
    return squash(unit or "").replace("％", "%")
