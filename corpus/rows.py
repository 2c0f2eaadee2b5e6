"""One model of a flattened table line, shared by cleaning and chunking.

PDF and text exports flatten a table into lines of short cells: "目標値 25 ６ 12 18 24 30",
"実績値 842人 312人 136人 -18人", a tab-separated row, a column header "区  分 人  数", or one
cell alone on its line ("80件", "(２件)", "令和４年度"). `table_line_kind` reads a line once
and says which of these it is:

- ``"row"``: a run of cells, mostly figures, or three or more tab/pipe-separated cells. The chunker keeps such
  lines together as a table block.
- ``"cells"``: a line of a table that is not a run of figures: one cell alone, a header of
  short labels, a label with one or two figures, a tab-separated label–value pair. It belongs to a table, so cleaning never
  joins it to the prose around it, but it does not make a table block on its own (the
  chunker attaches header lines to the rows below them).
- ``None``: prose, a heading, a list item.

Every "row" is also a table line, so cleaning protects every line the chunker will read as a
row. Prose signs rule a line out before any cell is counted: a sentence end 。, a quotation or
title bracket (「」『』【】, e.g. "46 インフラ点検ロボット「Float Arm」【令和５年 10月】" is a numbered
list item), a comma between words.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Literal

from corpus.text import DIGITS

__all__ = ["table_line_kind", "is_table_row", "is_table_line", "line_cells"]

_DASHES = "-－―‐—–ー−"
# A figure cell: "25", "842人", "4.6％", "-18人", "△3".
_NUMERIC_CELL = re.compile(r"^[\-－ー+＋△▲]?[" + DIGITS + r"][" + DIGITS + r",，.．]*[%％]?[^\s]{0,3}$")
_DASH_CELL = frozenset("-－―ー")
# Labels that start a row of figures in Japanese evaluation tables.
_ROW_LABEL = re.compile(r"^(目標値|実績値|進捗度|進捗率|達成率|見込|計画値|区分|合計|小計|計)\b")
_CELL_SPLIT = re.compile(r"[ \t\u3000]+")
# One cell alone on a line: "80件", "(２件)", "7,100万円", "4.6％", "－", "令和４年度".
_LONE_CELL = re.compile(
    rf"^[(（\[［]?[{_DASHES}+＋△▲]?[0-9０-９][0-9０-９,，.．:：/／]*[^\s0-9０-９]{{0,4}}[)）\]］]?$"
    rf"|^[{_DASHES}〇○◯●×✕△▲※/／]$"
    r"|^(?:令和|平成|昭和)\s*[元0-9０-９]{1,2}\s*年(?:度|[0-9０-９]{1,2}月)?$"
)
_MARK_CELL = re.compile(rf"^[{_DASHES}〇○◯●×✕△▲※/／]$")
_DIGIT = re.compile(r"[0-9０-９]")
_NUMBER_LIST = re.compile(r"[0-9０-９、]+")
_PROSE_BRACKETS = frozenset("【】「」『』")

TableLineKind = Literal["row", "cells"]


def line_cells(line: str) -> list[str]:
    """The cells of a flattened table line: its runs between spaces, ideographic spaces and tabs."""
    return [c for c in _CELL_SPLIT.split(line.strip()) if c]


def _is_figure(cell: str) -> bool:
    return bool(_NUMERIC_CELL.match(unicodedata.normalize("NFKC", cell))) or cell in _DASH_CELL


def _is_short_cell(token: str) -> bool:
    """A short token holding a figure, or a mark standing for one (－, ○, ×, ※)."""
    return (len(token) <= 12 and bool(_DIGIT.search(token))) or bool(_MARK_CELL.match(token))


def _is_figure_run(s: str, cells: list[str]) -> bool:
    if len(cells) < 3:
        return bool(_ROW_LABEL.match(s)) and len(cells) >= 2 and any(_is_figure(c) for c in cells[1:])
    figures = sum(1 for c in cells if _is_figure(c))
    if _ROW_LABEL.match(s) and figures >= 1:
        return True
    short = sum(1 for c in cells if len(c) <= 12)
    return figures >= 2 and figures * 2 >= len(cells) and short * 4 >= len(cells) * 3


def _is_short_cells(tokens: list[str]) -> bool:
    if len(tokens) == 1:
        return bool(_LONE_CELL.match(tokens[0]))
    label, rest = tokens[0], tokens[1:]
    if len(label) <= 22 and all(len(tok) <= 12 for tok in rest):
        if 2 * sum(1 for tok in rest if _is_short_cell(tok)) >= len(rest):
            return True  # a label and its figures: "区分 令和６年度", "２兆 8,669億"
    # A header row of short labels: "区  分 人  数", "施策取組期間 限度額 補助見込み額".
    return len(tokens) >= 3 and all(len(tok) <= 6 for tok in tokens)


def table_line_kind(line: str) -> TableLineKind | None:
    """What a line is in a flattened table: "row", "cells" or None (see the module docstring)."""
    s = line.strip()
    if not s:
        return None
    if s.startswith("|") and s.endswith("|"):
        return "row"
    if "\t" in s:
        # three or more tab-separated cells make a row (so does "合計<TAB>100"); a label-value
        # pair is a line of a two-column form ("電話番号<TAB>099-…", "目標達成の考え方<TAB><prose>"):
        # kept apart from the prose around it, but not a table block of its own
        if len([c for c in s.split("\t") if c.strip()]) >= 3 or _is_figure_run(s, line_cells(s)):
            return "row"
        return "cells"
    if "。" in s or _PROSE_BRACKETS & set(s):
        return None
    tokens = s.split()
    if any("、" in tok and not _NUMBER_LIST.fullmatch(tok) for tok in tokens):
        return None  # a comma between words is prose ("期全国代表大会、第"); "2、3" is not
    if _is_figure_run(s, line_cells(s)):
        return "row"
    return "cells" if _is_short_cells(tokens) else None


def is_table_row(line: str) -> bool:
    """Whether a line is a row of a table block: a run of cells, mostly figures."""
    return table_line_kind(line) == "row"


def is_table_line(line: str) -> bool:
    """Whether a line belongs to a flattened table (a row, a lone cell, a header of labels)."""
    return table_line_kind(line) is not None
