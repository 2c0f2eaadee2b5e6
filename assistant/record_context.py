"""Table records as context for a language model: the cells that answer the question, as rows.

A model reading a flattened table in a passage often takes a value from the wrong column or year.
The records read at ingest (`corpus.records`) already know each value's row, column, period and
unit, and `assistant.lookup` finds the cells a question asks for (and computes sums, differences
and achievement rates). This module renders those cells as a short block placed after the
passages, each with the number of the passage that holds it, so the model can state the value
and cite it:

    表から読み取った値（…）:
    - [2] 表「KPIの実績」 行「企業誘致件数」 列「令和6年度」: 12件
    計算: 企業誘致件数の令和6年度の達成率は約80%です（計算: 実績値12件 ÷ 目標値15件 × 100 = 80.0%） [2]

When a cell's passage was not retrieved, its chunk is appended to the passages (it is shown to
the model and listed in the sources), as the extractive answerer does.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from assistant.citations import number_passages
from assistant.lookup import Found, period_text, value_text
from assistant.types import Passage
from corpus.records import is_dash

if TYPE_CHECKING:
    from assistant.extractive import ExtractiveAnswerer
    from assistant.retrieval import RetrievalResult

__all__ = ["RecordContext", "record_context", "render_found", "HEADER"]

#: Cells rendered at most (the block is never dropped to fit the prompt, so it stays small).
MAX_CELLS = 8

HEADER = "表から読み取った値（資料の表を行・列の見出しで整理したもの。[n] はその値を含む資料の番号）:"


@dataclass
class RecordContext:
    """The passages to show (retrieved ones first) and the rendered block ("" when no record answers)."""

    passages: list[Passage]
    block: str = ""
    found: Found | None = None


def record_context(question: str, result: "RetrievalResult", answerer: "ExtractiveAnswerer | None" = None
                   ) -> RecordContext:
    """The record cells answering `question` among `result.records`, rendered for a model.

    Args:
        question: the standalone question.
        result: the retrieval result (its records, chunks and passages).
        answerer: the `ExtractiveAnswerer` whose record reading is used (default: a new one).
    """
    passages = number_passages(result.passages)
    if not result.records or not passages:
        return RecordContext(passages)
    if answerer is None:
        from assistant.extractive import ExtractiveAnswerer

        answerer = ExtractiveAnswerer()
    found = answerer.find_record(question, result)
    if found is None:
        return RecordContext(passages)
    numbers: dict[str, int] = {}
    for n, p in enumerate(passages, start=1):
        numbers.setdefault(p.chunk.id, n)
    for _, cell in found.cells:
        chunk = result.chunks.get(cell.chunk_id or "")
        if cell.chunk_id in numbers or chunk is None:
            continue
        passages.append(Passage(chunk=chunk, rank=len(passages) + 1, score=0.0, context=chunk.heading))
        numbers[chunk.id] = len(passages)
    block = render_found(found, numbers)
    return RecordContext(passages, block, found) if block else RecordContext(number_passages(result.passages))


def render_found(found: Found, numbers: dict[str, int]) -> str:
    """`found` as lines a model can cite: one per cell (with its passage number), then the
    computation or the note that the table leaves the value empty. Cells whose chunk has no
    number are left out."""
    lines: list[str] = []
    marks: list[int] = []
    for record, cell in found.cells[:MAX_CELLS]:
        n = numbers.get(cell.chunk_id or "")
        if n is None:
            continue
        marks.append(n)
        where = [f"表「{record.title}」"] if record.title else []
        if cell.row_group:
            where.append(f"区分「{cell.row_group}」")
        where.append(f"行「{cell.row}」")
        if cell.column:
            group = f"{cell.column_group} " if cell.column_group else ""
            where.append(f"列「{group}{cell.column}」")
        value = "記載なし（表中「" + cell.value.strip() + "」）" if is_dash(cell.value) else value_text(cell)
        period = period_text(cell) if (cell.fiscal_year or cell.fiscal_year_range) else ""
        lines.append(f"- [{n}] {' '.join(where)}: {value}" + (f"（期間: {period}）" if period else ""))
    if not lines:
        return ""
    cited = "".join(f"[{n}]" for n in dict.fromkeys(marks))
    statement = found.statement.rstrip("。")
    if found.computed:
        lines.append(f"計算: {statement} {cited}")
    elif found.refused:
        lines.append(f"注: {statement} {cited}")
    else:
        lines.append(f"読み取り: {statement} {cited}")
    return "\n".join([HEADER, *lines])

