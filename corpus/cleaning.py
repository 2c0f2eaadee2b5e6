"""Whitespace-only cleaning of extracted document text.

PDF extraction (and the corpus' .txt files, which are PDF-extracted text) breaks lines in the
middle of words and sentences ("撫\\n順"), sometimes puts a blank line after every wrapped line,
and keeps page furniture such as page numbers and running headers. This module repairs the
line structure without touching a single visible character: no NFKC, no replacement, so every
quote taken from the cleaned text is verbatim corpus text.

What changes:
- line ends (CRLF/CR -> LF), trailing whitespace, leading indentation;
- lines that a PDF wrap cut are joined (nothing inserted between Japanese characters, one space
  between two ASCII words);
- runs of blank lines collapse to one blank line, placed where a paragraph/section break is
  likely;
- bare page-number lines ("- 3 -", "Page 3", "3/10") are dropped, and for paged input also
  bare numbers and running headers/footers repeated at the top/bottom of many pages.

What never happens: headings, list items and table rows are not joined to their neighbours,
and no character other than whitespace is added, removed or changed except in dropped
page-furniture lines.

The output is a sequence of paragraphs and rows, one per line. A blank line separates
paragraphs (a line that ends a sentence followed by prose) and precedes headings; table rows,
list items and label/value lines of one table or list are separated by single newlines.
"""

from __future__ import annotations

import logging
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass

from corpus.rows import is_table_line
from corpus.text import BLOCK_START, HEADING_START, PARTICLE_START

# A line that opens on a closing bracket goes on with the line before it.
_CLOSING_START = re.compile(r"^[）)」』］\]]")

logger = logging.getLogger(__name__)

__all__ = ["clean_text", "clean_pages", "display_width", "is_block_start"]

# Characters that end a sentence or an item: a line ending with one is never joined to the next.
_SENTENCE_END = set("。．！？!?︕︖：:︓…‥")
# Closing brackets: a line ending with one is joined only when it is clearly full width.
_CLOSERS = set("」』）)】］]〉＞>》〕")
_DASHES = "-－―‐—–ー−"

# Lines that are nothing but a page number ("- 3 -", "－ 12 －", "Page 3", "p. 3", "3/10").
_PAGE_NUMBER = re.compile(
    rf"""^(?:
        [{_DASHES}]\s*[0-9０-９]{{1,4}}\s*[{_DASHES}]
      | (?:[Pp]age|PAGE|[Pp]\.)\s*[0-9０-９]{{1,4}}(?:\s*(?:/|of)\s*[0-9０-９]{{1,4}})?
      | [0-9０-９]{{1,4}}\s*/\s*[0-9０-９]{{1,4}}
      | [0-9０-９]{{1,4}}\s*ページ
    )$""",
    re.VERBOSE,
)
_BARE_NUMBER = re.compile(r"^[0-9０-９]{1,4}$")
_DIGIT = re.compile(r"[0-9０-９]")
_CELL_GAP = re.compile(r"[^\x00-\x7f][ \u3000]+[^\x00-\x7f]")
# "label value" rows of a form or card ("所在地 鎌倉市…", "開設年月日 令和元年…").
_FORM_ROW = re.compile(r"^[^\s、。「」（）()【】・※]{3,8}[ \u3000]+\S")
# A line that ends with a mail address or a URL.
_ENDS_WITH_ADDRESS = re.compile(r"(?:[\w.+-]+@[\w-]+(?:\.[\w-]+)+|https?://\S+)$")
# 「label：value」 lines (公募期間：令和７年…, 実施時期：…).
_LABELLED = re.compile(r"^[^\s、。「」（）()【】※：:]{2,10}[：:]\s*\S")
# Words that open a sentence and never continue a wrapped value (この要項において, なお, ただし).
_SENTENCE_OPENER = re.compile(r"^(?:この|本(?=\S{1,6}(?:において|では))|なお|ただし|また、|さらに)")
_TRAILING_DIGITS = re.compile(r"[0-9０-９]+")


def display_width(text: str) -> int:
    """Display width of `text`: full-width and wide characters count 2, others 1."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _open_quote(text: str) -> bool:
    """A line that opens a quotation (「, 『) it does not close."""
    return text.count("「") > text.count("」") or text.count("『") > text.count("』")


def is_block_start(line: str) -> bool:
    """True when `line` starts a heading, a list item, a note or a bracketed label."""
    return bool(BLOCK_START.match(line.strip()))


def _is_heading_start(line: str) -> bool:
    return bool(HEADING_START.match(line.strip()))


def _is_page_number(line: str) -> bool:
    return bool(_PAGE_NUMBER.match(line.strip()))


@dataclass
class _Line:
    text: str  # without surrounding whitespace (leading tabs of table rows are kept)
    indent: int  # display width of the leading spaces
    width: int  # display width including the indentation
    page: int
    blanks_before: int  # blank lines between this line and the previous kept line
    trailing_space: bool  # the raw line ended with whitespace


def _join_separator(left: str, right: str) -> str:
    """What to insert when joining two wrapped lines: a space between ASCII words only."""
    if left[-1].isascii() and left[-1].isalnum() and right[0].isascii() and right[0].isalnum():
        return " "
    return ""


def _ends_sentence(text: str) -> bool:
    return text[-1] in _SENTENCE_END


def _ends_with_continuation(text: str) -> bool:
    """True when the last character almost certainly continues on the next line."""
    last = text[-1]
    if last in "、，,・":
        return True
    return "\u3041" <= last <= "\u309f"  # hiragana: particles and inflections


def _percentile(values: list[int], q: float) -> int:
    if not values:
        return 0
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(len(ordered) * q))]


def _split_lines(page: str) -> list[str]:
    lines = page.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    if len(lines) > 1 and lines[-1] == "":
        lines.pop()  # the final line terminator does not open a blank line
    return lines


def _strip_common_tab(pages: list[list[str]]) -> None:
    """Remove one leading tab from every line when all non-blank lines start with one."""
    non_blank = [line for lines in pages for line in lines if line.strip()]
    if non_blank and all(line.startswith("\t") for line in non_blank):
        for lines in pages:
            lines[:] = [line[1:] if line.startswith("\t") else line for line in lines]


def _is_edge_number(line: str) -> bool:
    return bool(_PAGE_NUMBER.match(line) or _BARE_NUMBER.match(line))


def _edge_lines(lines: list[str]) -> tuple[list[int], list[int]]:
    """Indexes of the top and bottom content lines of a page (at most 2 each, numbers first)."""
    content = [i for i, line in enumerate(lines) if line.strip()]
    top, bottom = [], []
    for order, edge in ((content, top), (content[::-1], bottom)):
        for i in order[:2]:
            edge.append(i)
            if not _is_edge_number(lines[i].strip()):
                break
    return top, bottom


def _furniture_keys(pages: list[list[str]]) -> set[str]:
    """Lines repeated at the top or bottom of many pages (running headers and footers).

    Only the outermost line of each page edge counts (after a page number, if any). Digits
    are masked so "委員会資料 3" and "委員会資料 4" count as the same line.
    """
    if len(pages) < 3:
        return set()
    counts: Counter[str] = Counter()
    for lines in pages:
        top, bottom = _edge_lines(lines)
        keys = set()
        for edge in (top, bottom):
            for depth, i in enumerate(edge):
                line = lines[i].strip()
                if _is_edge_number(line):
                    continue
                keys.add(line)  # an exact repeat may sit inside a page number
                if depth == 0:
                    keys.add(_TRAILING_DIGITS.sub("#", line))  # "資料 3", "資料 4": outermost only
        counts.update(keys)
    threshold = max(3, (len(pages) + 1) // 2)
    return {key for key, n in counts.items() if n >= threshold and len(key) <= 80}


def _drop_page_furniture(pages: list[list[str]], paged: bool) -> list[list[str]]:
    """Drop page-number lines; with real pages also bare edge numbers and running headers."""
    furniture = _furniture_keys(pages) if paged else set()
    result = []
    for index, lines in enumerate(pages):
        top, bottom = _edge_lines(lines) if paged else ([], [])
        edges = set(top + bottom)
        outermost = {edge[0] for edge in (top, bottom) if edge}
        kept = []
        for i, line in enumerate(lines):
            stripped = line.strip()
            if stripped and _is_page_number(stripped):
                logger.debug("dropping page-number line %r on page %d", stripped, index + 1)
                continue
            if i in edges and (
                _BARE_NUMBER.match(stripped)
                or stripped in furniture
                or (i in outermost and _TRAILING_DIGITS.sub("#", stripped) in furniture)
            ):
                logger.debug("dropping page furniture %r on page %d", stripped, index + 1)
                continue
            kept.append(line)
        result.append(kept)
    return result


def _to_records(pages: list[list[str]]) -> list[_Line]:
    records: list[_Line] = []
    blanks = 0
    for page_no, lines in enumerate(pages):
        for raw in lines:
            line = raw.rstrip()
            if not line.strip():
                blanks += 1
                continue
            if "\t" in line.lstrip(" \u3000"):
                body = line.lstrip(" \u3000")  # keep leading tabs: they are empty cells
            else:
                body = line.strip()
            indent_text = line[: len(line) - len(body)]
            indent = display_width(indent_text.replace("\t", "    "))
            records.append(
                _Line(body, indent, indent + display_width(body), page_no, blanks, raw != line)
            )
            blanks = 0
    return records


def _is_double_spaced(records: list[_Line]) -> bool:
    """True when most consecutive lines are separated by exactly one blank line.

    Some PDF extractions put a blank line after every wrapped line; blank lines then say
    nothing about paragraphs.
    """
    gaps = [rec.blanks_before for rec in records[1:]]
    if len(gaps) < 8:
        return False
    return sum(1 for gap in gaps if gap == 1) >= 0.6 * len(gaps)


def _trailing_space_marks_paragraphs(records: list[_Line]) -> bool:
    """True when trailing whitespace marks paragraph ends (some extractors emit it there).

    Then a line ending with "。" but no trailing space is a wrap that happened to fall
    after a sentence end, not the end of a paragraph.
    """
    ended = [rec for rec in records if rec.text[-1] in "。．"]
    open_ = [rec for rec in records if not _ends_sentence(rec.text) and rec.text[-1] not in _CLOSERS]
    if len(ended) < 5 or len(open_) < 5:
        return False
    ended_share = sum(rec.trailing_space for rec in ended) / len(ended)
    open_share = sum(rec.trailing_space for rec in open_) / len(open_)
    return ended_share >= 0.6 and open_share <= 0.15


class _Layout:
    """Per-document facts and the line-joining / paragraph-break decisions."""

    def __init__(self, records: list[_Line]):
        self.records = records
        self.double_spaced = _is_double_spaced(records)
        self.paragraph_spaces = _trailing_space_marks_paragraphs(records)
        self.table = [is_table_line(rec.text) for rec in records]
        self.doc_width = _doc_width(records, self.table)

    def local_width(self, i: int) -> int:
        """Typical full line width around line i: the widest prose line in its neighbourhood."""
        lo, hi = max(0, i - 4), min(len(self.records), i + 5)
        if not self.double_spaced:
            # Single-spaced text: the paragraph block (lines not separated by blank lines).
            lo = i
            while lo > 0 and self.records[lo].blanks_before == 0:
                lo -= 1
            hi = i + 1
            while hi < len(self.records) and self.records[hi].blanks_before == 0:
                hi += 1
        widths = [self.records[j].width for j in range(lo, hi) if not self.table[j]]
        return max(max(widths, default=0), self.doc_width // 2)

    def _tiny(self, i: int) -> bool:
        return 0 <= i < len(self.records) and len(self.records[i].text) <= 2

    def joins(self, i: int, unit: str = "") -> bool:
        """True when line i continues line i-1 (a PDF wrap cut it); `unit` is the output line that
        line i-1 ends (several lines already joined)."""
        prev, cur = self.records[i - 1], self.records[i]
        if self.table[i - 1]:
            return False
        if self.table[i]:
            # Only a heading or item cut mid-phrase ("○ …県内中小企業の" + "数(累計) 令和７年…")
            # continues into a row of figures.
            return (
                "\t" not in cur.text
                and is_block_start(prev.text)
                and not is_block_start(cur.text)
                and not _DIGIT.match(cur.text)
                and _ends_with_continuation(prev.text)
                and prev.width >= 0.85 * self.doc_width
                and (self.double_spaced or cur.blanks_before == 0)
            )
        if not self.double_spaced and cur.blanks_before > 0:
            return False
        if is_block_start(cur.text):
            return False
        if self.double_spaced and cur.indent >= 2 and cur.indent > prev.indent:
            return False  # deeper indentation opens a new paragraph
        if _FORM_ROW.match(prev.text) and _FORM_ROW.match(cur.text):
            return False  # two "label value" rows of a card
        if _LABELLED.match(unit or prev.text) and _LABELLED.match(cur.text):
            # two 「label：value」 lines (公募期間：… / 申請方法：…), however wide the first, and whether or
            # not its value wrapped (「補助対象者：…（個人事業主及び協同組合」 / 「を含む。）で、…もの」 /
            # 「募集期間：…」)
            return False
        if _LABELLED.match(unit or prev.text) and _SENTENCE_OPENER.match(cur.text):
            # 「契約方法：…を締結する」 / 「この要項において…」: a value (wrapped or not) ends, a sentence begins
            return False
        if _ENDS_WITH_ADDRESS.search(prev.text) and not PARTICLE_START.match(cur.text):
            return False  # a mail address or URL ends its line (「電子メール：desk@…jp」 / 「雲雀県 商工労働部」)
        if self._tiny(i) and (self._tiny(i + 1) or self._tiny(i - 1)):
            return False  # vertical text: one character per line
        text = prev.text
        local = self.local_width(i - 1)
        full = prev.width >= 0.85 * local
        if _CLOSING_START.match(cur.text):
            return True  # 「…（個人事業主を含む。」 / 「）を主な原料とし」: no line opens on a closing bracket
        if _ends_sentence(text):
            # A wrap that happens to fall after "。": only detectable with paragraph marks.
            return self.paragraph_spaces and text[-1] in "。．" and not prev.trailing_space and full
        if _open_quote(text) and not is_block_start(cur.text):
            return True  # 「ヘルスケア・ニューフロンティア / 国際展開支援業務委託」: a quotation runs on
        if is_block_start(text):
            # A heading or item continues only when it fills the whole page width.
            return text[-1] not in _CLOSERS and prev.width >= 0.85 * self.doc_width
        if PARTICLE_START.match(cur.text):
            return True  # 「…」 / "に対する…": no sentence starts with a case particle
        if text[-1] in _CLOSERS:
            return prev.width >= 0.95 * local
        if prev.width < 0.85 * self.doc_width and _CELL_GAP.search(text):
            return False  # a narrow line with spaced-out cells: a table header, not prose
        if full:
            return True
        if _ends_with_continuation(text) and prev.width >= min(40, 0.6 * local):
            return True
        # Paragraph-per-line layouts (HTML, some PDFs): a long line that stops mid-sentence.
        return prev.width >= 80

    def paragraph_break(self, i: int, unit: str, unit_last: int) -> bool:
        """True when a blank line should separate line i from the output line `unit` before it.

        `unit` is the text of the previous output line (possibly several joined lines) and
        `unit_last` the index of its last record.
        """
        cur = self.records[i]
        if not self.double_spaced:
            return cur.blanks_before > 0
        if self.table[unit_last] and self.table[i]:
            return False
        if _is_heading_start(cur.text):
            return True
        if _is_heading_start(unit) and not _ends_sentence(unit) and len(unit) <= 100:
            return True
        if _ends_sentence(unit) or "。" in cur.text:
            return not self.table[i]
        if self.table[i]:
            return False  # a table title or label stays glued to its rows
        if self.table[unit_last]:
            # After a table: a new block, a sentence or a full line starts a new paragraph.
            return is_block_start(cur.text) or cur.width >= 0.85 * self.doc_width
        full = 0.85 * self.doc_width
        return self.records[unit_last].width >= full or cur.width >= full


# --- tables of stacked cells ----------------------------------------------------------------------
# Some PDF-to-text extractions write a table without separators, one cell after the other, each
# cell wrapped over narrow lines; a line that ends a cell (or a hard line break) keeps a trailing
# space, a line the cell's width cut does not:
#     特区の名称 / （区域） / 特区の概要 規制の特例措置           <- header
#     国際環境特区 / （川崎市の区 / 域の一部）                    <- cell 1 of a row
#     環境技術やものづくり技術を活か / … / す                     <- cell 2
#     外国人研究者受入 / れ促進事業、特定 / … / 促進事業          <- cell 3
# Such a block is rewritten as one tab-separated line per row (only whitespace changes), so a
# row is read as a row and quoted whole.
# A header label: short, no sentence punctuation, no figure (a bracketed part without figures,
# 「（区域）」, is not counted).
_HEADER_LABEL = re.compile(r"^[^\s0-9０-９、。，．]{2,12}$")
# A cell line is narrow: less than this share of the document's prose width.
STACKED_CELL_WIDTH = 0.6
# The first cell of a row names it: at most this many characters.
STACKED_NAME_CHARS = 30


def _label_core(label: str) -> str:
    """A header label without a bracketed part that holds no figure (「特区の名称（区域）」 -> 特区の名称)."""
    return re.sub(r"[（(][^）)0-9０-９]*[）)]", "", label) or "xx"


def _doc_width(records: list[_Line], table: list[bool]) -> int:
    """The document's full prose line width: the 90th percentile of its non-table lines."""
    prose = [rec.width for rec, is_table in zip(records, table) if not is_table]
    return max(_percentile(prose, 0.9), 1)


def _segments(records: list[_Line], start: int, limit: int = 200) -> list[list[int]]:
    """Records from `start` grouped into cells (at most `limit` + 1): a cell ends at a line with a
    trailing space; a bracketed continuation (「（川崎市の区域の一部）」, 「（区域）」) belongs to the
    cell before it."""
    out: list[list[int]] = []
    cell: list[int] = []
    for i in range(start, len(records)):
        cell.append(i)
        if records[i].trailing_space:
            text = "".join(records[j].text for j in cell)
            if out and text[0] in "（(" and text[-1] in "）)":
                out[-1].extend(cell)
            else:
                out.append(cell)
            cell = []
            if len(out) > limit:
                break
    return out


def _cell_text(records: list[_Line], cell: list[int]) -> str:
    text = records[cell[0]].text
    for j in cell[1:]:
        text += _join_separator(text, records[j].text) + records[j].text
    return text


def _stacked_table(records: list[_Line], start: int, doc_width: int) -> tuple[list[str], int] | None:
    """The rows (tab-joined) of a table of stacked cells whose header starts at `start`, and the
    index of the record after it; None when no such table starts there."""
    # (most lines that could start a header do not: the header alone is read before the rest)
    first = [_cell_text(records, c) for c in _segments(records, start, limit=2)]
    if not any(3 <= len(labels := [x for t in first[:h] for x in t.split()]) <= 6
               and all(_HEADER_LABEL.match(_label_core(x)) for x in labels) for h in (1, 2, 3)):
        return None
    segments = _segments(records, start)
    texts = [_cell_text(records, c) for c in segments]
    narrow = STACKED_CELL_WIDTH * doc_width
    for h in (1, 2, 3):
        if len(segments) < h + 6:
            return None
        head = texts[:h]
        labels = [x for t in head for x in t.split()]
        if any(len(segments[k]) > 2 for k in range(h)):
            return None  # a header cell is one line (and its bracketed second line)
        if not 3 <= len(labels) <= 6 or not all(_HEADER_LABEL.match(_label_core(x)) for x in labels):
            continue
        k = len(labels)
        rows = ["\t".join(labels)]
        pos, end = h, segments[h - 1][-1] + 1
        while pos + k <= len(segments):
            if texts[pos: pos + h] == head:
                rows.append(rows[0])  # the header repeated after a page break (kept: no text is lost)
                pos += h
                end = segments[pos - 1][-1] + 1
                continue
            cells = segments[pos: pos + k]
            lines = [records[j] for c in cells for j in c]
            if (any(is_block_start(r.text) or r.width >= narrow or _DIGIT.search(r.text) for r in lines)
                    or len(texts[pos]) > STACKED_NAME_CHARS or not any(len(c) > 1 for c in cells)):
                break  # (cells of figures are a table of another layout: corpus.tables reads those)
            rows.append("\t".join(texts[pos: pos + k]))
            pos += k
            end = cells[-1][-1] + 1
        if len(rows) >= 3:
            return rows, end
    return None


def _join_stacked_tables(records: list[_Line]) -> list[_Line]:
    """Rewrite every table of stacked cells as one tab-separated record per row."""
    doc_width = _doc_width(records, [is_table_line(rec.text) for rec in records])
    out: list[_Line] = []
    i = 0
    while i < len(records):
        rec = records[i]
        found = None
        if rec.trailing_space and _HEADER_LABEL.match(_label_core(rec.text.split()[0])):
            found = _stacked_table(records, i, doc_width)
        if found is None:
            out.append(rec)
            i += 1
            continue
        rows, end = found
        for k, row in enumerate(rows):
            out.append(_Line(row, 0, display_width(row), rec.page, rec.blanks_before if k == 0 else 0, False))
        i = end
    return out


def _clean(pages: list[str], paged: bool, reflow: bool = True) -> tuple[str, tuple[int, ...]]:
    split = [_split_lines(page) for page in pages]
    _strip_common_tab(split)
    split = _drop_page_furniture(split, paged)
    records = _to_records(split)
    if not records:
        return "", tuple(0 for _ in pages) if paged else ()
    if reflow:
        records = _join_stacked_tables(records)
    layout = _Layout(records)
    parts: list[str] = []
    length = 0
    first_offset: dict[int, int] = {}
    unit = ""
    for i, rec in enumerate(records):
        if i == 0:
            sep = ""
        elif reflow and layout.joins(i, unit):
            sep = _join_separator(records[i - 1].text, rec.text)
        elif (layout.paragraph_break(i, unit, i - 1) if reflow else rec.blanks_before > 0):
            sep = "\n\n"
        else:
            sep = "\n"
        unit = unit + sep + rec.text if sep in ("", " ") and i else rec.text
        parts.append(sep)
        length += len(sep)
        first_offset.setdefault(rec.page, length)
        parts.append(rec.text)
        length += len(rec.text)
    text = "".join(parts)
    if not paged:
        return text, ()
    starts: list[int] = []
    for page_no in range(len(pages)):
        later = [first_offset[p] for p in range(page_no, len(pages)) if p in first_offset]
        starts.append(later[0] if later else len(text))
    starts[0] = 0
    return text, tuple(starts)


def clean_pages(pages: list[str]) -> tuple[str, tuple[int, ...]]:
    """Clean the text of a paged document (one string per page).

    Running headers/footers and page numbers are dropped, then the pages are cleaned as one
    text (a sentence cut by a page break is joined too).

    Returns:
        (text, page_starts): the cleaned text and, for each input page, the offset in it
        where that page's content begins (an empty page starts where the next one does).
    """
    if not pages:
        return "", ()
    return _clean(list(pages), paged=True)


def clean_text(raw: str, *, reflow: bool = True) -> str:
    """Clean a whole extracted text; form feeds, if any, are treated as page breaks.

    Args:
        raw: the extracted text.
        reflow: join lines cut by PDF wraps and re-place paragraph breaks. Pass False for
            text whose line breaks are already meaningful (HTML, docx): then only
            whitespace is tidied and page-number lines are dropped.
    """
    if "\f" in raw:
        return _clean(raw.split("\f"), paged=True, reflow=reflow)[0]
    return _clean([raw], paged=False, reflow=reflow)[0]


# --- control characters -------------------------------------------------------------------

# Terminal escape sequences: CSI (ESC [ ... final), OSC (ESC ] ... BEL or ST), DCS/SOS/PM/APC
# strings (ESC P/X/^/_ ... ST), their C1 forms, and any other two-byte ESC sequence.
ESCAPE_SEQUENCE = re.compile(
    r"(?:\x1b\[|\x9b)[0-?]*[ -/]*[@-~]?"  # CSI (also its one-character C1 form)
    r"|(?:\x1b\]|\x9d)[^\x07\x1b\x9c]*(?:\x07|\x1b\\|\x9c)?"  # OSC
    r"|(?:\x1b[PX^_]|[\x90\x98\x9e\x9f])[^\x1b\x9c]*(?:\x1b\\|\x9c)?"  # DCS, SOS, PM, APC
    r"|\x1b[\x20-\x7e]?"  # any other escape
)
# C0 controls except tab, newline, carriage return and form feed; DEL; C1 controls (U+0080-U+009F,
# where U+009B is a one-character CSI for some terminals).
_CONTROL_CHAR = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")
# Bidirectional overrides and isolates, which can make a line display as something else.
_BIDI_CONTROL = re.compile(r"[\u202a-\u202e\u2066-\u2069]")


def strip_control_chars(text: str) -> str:
    """Remove terminal escape sequences and control characters; keep tab, newlines and form feeds.

    Applied to every loaded text before cleaning, so nothing a document contains can drive the
    terminal that prints a title or a quote.
    """
    if not text:
        return text
    return _CONTROL_CHAR.sub("", ESCAPE_SEQUENCE.sub("", text))


def safe_line(text: str) -> str:
    """One printable line: control characters, escape sequences and bidi overrides removed,
    line breaks and tabs turned into spaces (titles, file names, reasons shown on a terminal)."""
    text = _BIDI_CONTROL.sub("", strip_control_chars(str(text or "")))
    return re.sub(r"[\t\r\n\f\u2028\u2029]+", " ", text).strip()
