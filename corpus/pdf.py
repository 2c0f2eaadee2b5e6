"""Read a PDF by its layout (pdfplumber): ruled tables as tab-separated rows, running
headers and footers dropped by their position, the rest as lines of text.

pypdf's text stream hands a drawn table over one cell per line, so the row label, the column
headers and the values lose their alignment. Here each ruled table is read as a grid of cells
(spanned cells come back empty, cells broken over several lines are joined) and written as one
line per row, cells separated by tabs, at the table's place on the page. Words outside tables
are grouped into lines by their vertical position; a wide horizontal gap becomes a tab, so an
unruled table or a label–value box keeps its columns too.

Lines in the top and bottom bands of a page that repeat on other pages (digits masked) are the
running header and footer; a bare page number there is dropped as well.
"""

from __future__ import annotations

import io
import logging
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass

log = logging.getLogger(__name__)

__all__ = ["read_pdf_layout", "PdfLayoutError"]

# Share of the page height at the top and bottom where running headers/footers sit.
BAND = 0.09
# A horizontal gap wider than this many font sizes separates two cells, not two words.
CELL_GAP = 1.8
# A visible space (in font sizes) after a bare figure parts it from a following word that is not
# its unit: cells of a table without ruling lines, set closer than CELL_GAP.
FIGURE_GAP = 0.5
# What may follow a figure as its own unit or counter, or as more of a date or a number.
_UNIT_START = re.compile(r"^[0-9０-９年月日時分秒度人名件社円万億千百回か箇ヶカ所歳才倍割点％%kKｋmMｍ㎡㎢ha~〜～・,，.．)）\]］－\-]")
_PAGE_NUMBER = re.compile(r"^[\-－−―‐–—]?\s*[0-9０-９]{1,4}\s*[\-－−―‐–—]?$|^[0-9０-９]{1,4}\s*/\s*[0-9０-９]{1,4}$")
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uff00-\uffef]")


class PdfLayoutError(Exception):
    """pdfplumber could not read the file (the caller falls back to the text stream)."""


@dataclass
class _Line:
    top: float
    bottom: float
    text: str
    size: float
    table: bool = False


def read_pdf_layout(data: bytes, *, max_pages: int | None = None) -> list[str]:
    """The text of each page of a PDF, read by layout.

    Raises:
        PdfLayoutError: pdfplumber failed on the file.
    """
    import pdfplumber

    try:
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            pages = [_page_lines(page) for page in pdf.pages[:max_pages]]
            heights = [float(page.height) for page in pdf.pages[:max_pages]]
    except Exception as exc:  # pdfminer raises many internal types on damaged files
        raise PdfLayoutError(f"pdfplumber failed: {exc}") from exc
    furniture = _running_lines(pages, heights)
    out = []
    for lines, height in zip(pages, heights):
        kept = [ln for ln in lines if not _is_furniture(ln, height, furniture)]
        out.append(_page_text(kept))
    return out


def _key(text: str) -> str:
    return re.sub(r"[0-9０-９]+", "#", re.sub(r"\s+", "", unicodedata.normalize("NFKC", text)))


def _in_band(ln: _Line, height: float) -> bool:
    return ln.bottom <= height * BAND or ln.top >= height * (1 - BAND)


def _running_lines(pages: list[list[_Line]], heights: list[float]) -> set[str]:
    """Keys of band lines that repeat on at least two pages (and half of them)."""
    if len(pages) < 2:
        return set()
    counts: Counter[str] = Counter()
    for lines, height in zip(pages, heights):
        counts.update({_key(ln.text) for ln in lines if _in_band(ln, height) and not ln.table})
    need = max(2, (len(pages) + 1) // 2)
    return {k for k, n in counts.items() if n >= need}


def _is_furniture(ln: _Line, height: float, furniture: set[str]) -> bool:
    if ln.table or not _in_band(ln, height):
        return False
    s = re.sub(r"\s+", " ", ln.text).strip()
    return _key(s) in furniture or bool(_PAGE_NUMBER.match(s))


def _page_lines(page) -> list[_Line]:
    tables = [t for t in page.find_tables() if _useful_table(t)]
    boxes = [t.bbox for t in tables]
    words = [
        w for w in page.extract_words(extra_attrs=["size"], keep_blank_chars=False, use_text_flow=False)
        if not any(_inside(w, box) for box in boxes)
    ]
    lines = _group_words(words)
    for table in tables:
        lines.extend(_table_lines(table))
    lines.sort(key=lambda ln: ln.top)
    return lines


def _useful_table(table) -> bool:
    rows = table.extract()
    cells = [c for row in rows for c in row if c and c.strip()]
    return len(rows) >= 1 and len(cells) >= 2


def _inside(word: dict, box: tuple) -> bool:
    x0, top, x1, bottom = box
    cx = (word["x0"] + word["x1"]) / 2
    cy = (word["top"] + word["bottom"]) / 2
    return x0 - 1 <= cx <= x1 + 1 and top - 1 <= cy <= bottom + 1


def _group_words(words: list[dict]) -> list[_Line]:
    """Words into lines by vertical position; gaps become spaces or, when wide, tabs."""
    words = sorted(words, key=lambda w: (round(w["top"]), w["x0"]))
    rows: list[list[dict]] = []
    for w in words:
        size = float(w.get("size") or (w["bottom"] - w["top"]))
        for row in rows:
            ref = row[0]
            if abs(((ref["top"] + ref["bottom"]) / 2) - ((w["top"] + w["bottom"]) / 2)) <= size * 0.4:
                row.append(w)
                break
        else:
            rows.append([w])
    rows.sort(key=lambda row: min(w["top"] for w in row))
    for row in rows:
        row.sort(key=lambda w: w["x0"])
    breaks = [_cell_breaks(row) for row in rows]
    # a header above a table without ruling lines: its labels may stand closer than a cell gap
    # (「企業相談件数（件） 商談件数（件）」) or wrap over lines (「令和３年度」 / 「（基準値）」), but each
    # stands over its own column of the rows below: placed in that column, empty cells between
    placed = _placed_headers(rows, breaks)
    lines = []
    for i, (row, cut) in enumerate(zip(rows, breaks)):
        size = max(float(w.get("size") or 10) for w in row)
        if i in placed and placed[i] is None:
            continue  # (moved into the header line below it)
        if i in placed:
            text = placed[i]
        else:
            parts = [row[0]["text"]]
            for k, w in enumerate(row[1:]):
                parts.append("\t" if cut[k] else " ")
                parts.append(w["text"])
            text = "".join(parts)
        lines.append(_Line(min(w["top"] for w in row), max(w["bottom"] for w in row), text, size))
    return lines


def _cell_breaks(row: list[dict]) -> list[bool]:
    """For each gap between two words of a line: whether it is wide enough to separate cells, or
    parts a bare figure from a word that is not its unit (「15 書類」: a 配点 right-aligned in its
    column, the 審査の方法 left-aligned in the next; not 「6 月」)."""
    size = max(float(w.get("size") or 10) for w in row)
    return [w["x0"] - prev["x1"] >= CELL_GAP * size
            or (w["x0"] - prev["x1"] >= FIGURE_GAP * size and bool(_FIGURE.match(prev["text"]))
                and not _UNIT_START.match(w["text"]))
            for prev, w in zip(row, row[1:])]


def _cells(row: list[dict], cut: list[bool]) -> list[list[dict]]:
    out = [[row[0]]]
    for k, w in enumerate(row[1:]):
        if cut[k]:
            out.append([w])
        else:
            out[-1].append(w)
    return out


_FIGURE = re.compile(r"^[△▲\-－−―‐+＋]?[0-9０-９][0-9０-９,，.．]*[%％]?$|^[―－\-–—]$")
# A table's caption or a heading above it (○ 事務所別の支援実績, 表１, ３．): no header line.
_CAPTION_START = re.compile(r"[○◯●■□◆◇◎【＜〈《※]|表\s*[0-9０-９]|[0-9０-９]+\s*[．.、]")
# Header lines read against the table's first row: at most this many above it.
HEADER_LINES = 3
# A header line of one column's label only is at most this long (「配点」, 「（点）」), and no unit
# note set above the table (「（単位：人）」).
_LONE_LABEL_CHARS = 8
_UNIT_NOTE = re.compile(r"^[（(][^）)]*単位")


def _is_figure_row(cells: list[list[dict]]) -> bool:
    values = [" ".join(w["text"] for w in c) for c in cells[1:]]
    # (one figure among text cells does too: 「業務の目的と課題の理解 | 15 | 書類」)
    return len(cells) >= 3 and sum(bool(_FIGURE.match(v)) for v in values) >= max(1, len(values) - 1)


def _placed_headers(rows: list[list[dict]], breaks: list[list[bool]]) -> dict[int, str | None]:
    """The header lines over each table without ruling lines, as tab-separated text with one cell
    per column of the table's first row of figures (words placed by their centre); lines that do
    not spread over two columns or more (a caption) are left alone, but for the row labels' header
    set alone between two header lines, which joins the line below (None marks its own line)."""
    cells = [_cells(row, cut) for row, cut in zip(rows, breaks)]
    placed: dict[int, str | None] = {}
    for i in range(1, len(rows)):
        if not _is_figure_row(cells[i]) or _is_figure_row(cells[i - 1]):
            continue
        spans = [(c[0]["x0"], c[-1]["x1"]) for c in cells[i]]

        def column(w: dict) -> int:
            centre = (w["x0"] + w["x1"]) / 2
            return min(range(len(spans)), key=lambda k: abs((spans[k][0] + spans[k][1]) / 2 - centre))

        spread, lone = False, []
        for j in range(i - 1, max(-1, i - 1 - HEADER_LINES), -1):
            text = " ".join(w["text"] for w in rows[j])
            size = max(float(w.get("size") or 10) for w in rows[j])
            below = min(w["top"] for w in rows[j + 1])
            if ("。" in text or _CAPTION_START.match(text)
                    or below - max(w["bottom"] for w in rows[j]) > 1.5 * size):
                break  # prose, a caption or a heading, or a gap: not the table's header
            at = [column(w) for w in rows[j]]
            below = placed.get(j + 1)
            if set(at) == {0} and below is not None and below.startswith("\t"):
                # the row labels' header alone, set between two header lines (「商談件数」 over 「（件）」)
                # at the height of both: it heads the label column of the line below
                placed[j + 1] = text + below
                placed[j] = None
                continue
            if len(set(at)) == 1 and at[0] > 0 and len(text) <= _LONE_LABEL_CHARS and not _UNIT_NOTE.match(text):
                # one column's label stacked over or under the others (「配点」 / 「評価項目 審査の
                #方法」 / 「（点）」): kept only when a line of the header spreads over the columns
                lone.append(j)
            elif len(set(at)) < 2 or at != sorted(at):
                break
            else:
                spread = True
            out = [""] * len(spans)
            for w, k in zip(rows[j], at):
                out[k] = f"{out[k]} {w['text']}".strip()
            placed[j] = "\t".join(out)
        if not spread:
            for j in lone:
                del placed[j]
    return placed


def _join_cell(text: str | None) -> str:
    """A cell's lines joined: no space inside Japanese text, one space between Latin words."""
    if not text:
        return ""
    parts = [p.strip() for p in text.split("\n") if p.strip()]
    out = ""
    for p in parts:
        if out and not (_CJK.search(out[-1]) or _CJK.match(p[0])):
            out += " "
        out += p
    return re.sub(r"[ \t]+", " ", out)


def _table_lines(table) -> list[_Line]:
    """A table as lines: one per row (cells joined with tabs), a box of stacked label–value
    lines (every cell broken into the same number of lines) as one line per pair."""
    rows = _fill_vertical_spans(table, table.extract())
    cells = table.rows
    out: list[_Line] = []
    for r, row in enumerate(rows):
        top = cells[r].bbox[1] if r < len(cells) else table.bbox[1]
        bottom = cells[r].bbox[3] if r < len(cells) else table.bbox[3]
        parts = [c.split("\n") if c else [] for c in row]
        filled = [p for p in parts if p]
        if len(filled) >= 2 and len({len(p) for p in filled}) == 1 and len(filled[0]) > 1:
            n = len(filled[0])
            step = (bottom - top) / n
            for i in range(n):
                text = "\t".join(p[i].strip() if p else "" for p in parts)
                out.append(_Line(top + i * step, top + (i + 1) * step, text, 10.0, table=True))
            continue
        text = "\t".join(_join_cell(c) for c in row)
        out.append(_Line(top, bottom, text, 10.0, table=True))
    return out


def _fill_vertical_spans(table, rows: list[list[str | None]]) -> list[list[str | None]]:
    """A cell merged down several rows comes back once, then as None: repeat its text in the
    rows it spans (a value or a group label holds for each of them). A cell merged across
    columns stays empty where it spans (its column header is read from the left)."""
    try:
        row_boxes = [r.bbox for r in table.rows]
        col_boxes = [c.bbox for c in table.columns]
        boxes = list(table.cells)
    except (AttributeError, IndexError):
        return rows
    out = [list(r) for r in rows]
    for r in range(1, len(out)):
        for c in range(len(out[r])):
            if out[r][c] is not None or c >= len(col_boxes) or r >= len(row_boxes):
                continue
            cx = (col_boxes[c][0] + col_boxes[c][2]) / 2
            cy = (row_boxes[r][1] + row_boxes[r][3]) / 2
            cover = next((b for b in boxes if b[0] <= cx <= b[2] and b[1] <= cy <= b[3]), None)
            if cover is None:
                continue
            starts_above = cover[1] < row_boxes[r][1] - 1
            same_column = abs(cover[0] - col_boxes[c][0]) < 1
            if starts_above and same_column and out[r - 1][c]:
                out[r][c] = out[r - 1][c]
    return out


def _page_text(lines: list[_Line]) -> str:
    """Lines in reading order; a blank line where the vertical gap is wider than a line."""
    out: list[str] = []
    prev: _Line | None = None
    for ln in lines:
        if prev is not None and not (ln.table and prev.table):
            gap = ln.top - prev.bottom
            if gap > 1.2 * max(ln.size, prev.size):
                out.append("")
        out.append(ln.text)
        prev = ln
    return "\n".join(out)
