"""Shared helpers of the held-out set generators (evals/heldout/, evals/heldout2/).

Japanese-report PDF building with reportlab (fonts, paragraph styles, ruled tables, boxes, a
page template that records the page each table row lands on), era/fiscal-year and number
parsing, gold-cell iteration, text extraction, jsonl files and the checks both sets run.
Each generator keeps its own documents, specs, questions and set-specific checks.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from pypdf import PdfReader
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.platypus import (
    BaseDocTemplate,
    Frame,
    PageTemplate,
    Paragraph,
    Table,
    TableStyle,
)

GOTHIC = "HeiseiKakuGo-W5"
MINCHO = "HeiseiMin-W3"
pdfmetrics.registerFont(UnicodeCIDFont(GOTHIC))
pdfmetrics.registerFont(UnicodeCIDFont(MINCHO))

DOCS_DIR = "docs"  # only the documents, so `ingest <set>/docs` indexes nothing else
TEXT_DIR = "text"  # extracted text of each document, for reading and for the checks

FW = str.maketrans("0123456789", "０１２３４５６７８９")
UNKNOWN = "―"  # no figure (being tallied; each set says what else it may mean)


def norm(s: str) -> str:
    """The sets' comparison rule: NFKC, then drop every whitespace character."""
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s))


def fw(n: int) -> str:
    """Single digits full-width, as in the prefectural reports; others half-width with commas."""
    return str(n).translate(FW) if 0 <= n < 10 else f"{n:,}"


def cell(n) -> str:
    """A table cell for a count that may be missing (None -> ―)."""
    return UNKNOWN if n is None else fw(n)


ERA_BASE = {"平成": 1988, "令和": 2018}
ERA_YEAR = r"(平成|令和)(元|\d+)"  # an era year; groups: era, number (元 = 1)


def era_year(era: str, n: str) -> int:
    return ERA_BASE[era] + (1 if n == "元" else int(n))


def era_label(fy: int) -> str:
    """The fiscal-year label printed for a Western fiscal year (2019 -> 令和元年度)."""
    if fy >= 2019:
        n = fy - 2018
        return "令和元年度" if n == 1 else f"令和{fw(n)}年度"
    return f"平成{fw(fy - 1988)}年度"


def fiscal_year_range(label: str | None) -> list[int] | None:
    """[first, last] Western fiscal years of a period label (平成30～令和４年度), else None."""
    if not label:
        return None
    m = re.search(ERA_YEAR + r"[～~〜](?:(平成|令和))?(元|\d+)年度", unicodedata.normalize("NFKC", label))
    if not m:
        return None
    era1, n1, era2, n2 = m.groups()
    return [era_year(era1, n1), era_year(era2 or era1, n2)]


def parse_number(value: str, units: tuple[str, ...]):
    """(number, unit) as printed after NFKC; (None, None) for dashes, text and fractions.

    ``units`` are the unit suffixes a set prints after a number, tried in order.
    """
    v = unicodedata.normalize("NFKC", value).strip()
    m = re.fullmatch(r"(-?[\d,]+(?:\.\d+)?)(" + "|".join(map(re.escape, units)) + ")?", v)
    if not m:
        return None, None
    num = float(m.group(1).replace(",", ""))
    return (int(num) if "." not in m.group(1) else num), m.group(2)


def pct(actual, target) -> int:
    return int(actual * 100 / target + 0.5)


# ---------------------------------------------------------------- styles
EM = 10.5


def pstyle(name, font=MINCHO, size=10.5, leading=17, left=0.0, first=0.0, **kw):
    return ParagraphStyle(
        name, fontName=font, fontSize=size, leading=leading, leftIndent=left,
        firstLineIndent=first, wordWrap="CJK", **kw,
    )


TITLE = pstyle("title", GOTHIC, 16, 24, alignment=TA_CENTER, spaceAfter=4)
SUBTITLE = pstyle("subtitle", MINCHO, 11, 17, alignment=TA_CENTER)
DATE_RIGHT = pstyle("date_right", MINCHO, 10.5, 16, alignment=TA_RIGHT)
H1 = pstyle("h1", GOTHIC, 12, 18, spaceBefore=9, spaceAfter=3, keepWithNext=1)
H2 = pstyle("h2", GOTHIC, 10.5, 17, left=EM, spaceBefore=5, spaceAfter=1, keepWithNext=1)
H3 = pstyle("h3", GOTHIC, 10.5, 17, left=2 * EM, spaceBefore=3, keepWithNext=1)
LINE2 = pstyle("line2", MINCHO, 10.5, 17, left=2 * EM)
LINE3 = pstyle("line3", MINCHO, 10.5, 17, left=3 * EM)
CAPTION = pstyle("caption", GOTHIC, 9.5, 15, left=2 * EM, spaceBefore=4, spaceAfter=2, keepWithNext=1)
CAPTION_LOOSE = pstyle("caption_loose", GOTHIC, 9.5, 15, left=2 * EM, spaceBefore=4, spaceAfter=2)
NOTE = pstyle("note", MINCHO, 8.5, 13, left=4 * EM, first=-2 * 8.5)
CELL = pstyle("cell", MINCHO, 9, 12.5)


def body(level: int) -> ParagraphStyle:
    return pstyle(f"body{level}", left=(level + 1) * EM, first=EM)


def hanging(level: int, marker_em: int = 1) -> ParagraphStyle:
    return pstyle(f"hanging{level}_{marker_em}", left=(level + 1 + marker_em) * EM, first=-marker_em * EM)


class P(Paragraph):
    """A Paragraph that may carry a gold key, so the builder records its page."""

    def __init__(self, text, style, key=None):
        super().__init__(text, style)
        self.gold_key = key


def paras(text: str, level: int):
    return [P(t.strip(), body(level)) for t in text.strip().split("\n") if t.strip()]


def bullets(items, level: int, mark="○"):
    return [P(f"{mark} {t}", hanging(level)) for t in items]


def numbered(items, level: int):
    return [P(t, hanging(level, 2)) for t in items]


def notes(items):
    return [P(t, NOTE) for t in items]


def caption(title: str, right: str = "", keep: bool = True):
    return P(f"○ {title}" + (f"　　　{right}" if right else ""), CAPTION if keep else CAPTION_LOOSE)


# ---------------------------------------------------------------- tables
@dataclass
class TableSpec:
    """One printed table and the gold cells it yields.

    ``header`` and ``rows`` are the cells as printed ("" under a span). Header cells may hold
    "\\n" (a two-line header); the gold column label joins the lines.
    """

    key: str
    doc: str
    title: str  # as printed in the caption, without "○" and the right-hand note
    header: list
    rows: list
    col_widths: list
    label_col: int = 0
    value_cols: list | None = None  # default: every column right of label_col
    unit: object = None  # str, {col: unit}, {("row", label): unit}, callable(row, col), or None
    table_fy: int | None = None  # fiscal year of a single-year table
    spans: list = field(default_factory=list)  # ((c0, r0), (c1, r1)) over header + rows
    ruled: bool = True  # False: no lines and no shading, aligned by position only
    bold_rows: tuple = ("合計",)  # row labels drawn as total rows
    align_left_cols: tuple = ()
    font_size: float = 9
    repeat_header: bool = False  # a table split by a page break repeats its header rows

    def __post_init__(self):
        if self.value_cols is None:
            self.value_cols = list(range(self.label_col + 1, len(self.header[-1])))

    def column_label(self, c) -> str:
        """Leaf header of column c: the lowest non-empty header cell (spanning ones excluded)."""
        for hrow in reversed(self.header):
            if hrow[c]:
                return hrow[c].replace("\n", "")
        raise ValueError(f"{self.key}: column {c} has no header")

    def cell_unit(self, row, c):
        if callable(self.unit):
            return self.unit(row, c)
        if isinstance(self.unit, dict):
            return self.unit.get(c, self.unit.get(("row", row[self.label_col])))
        return self.unit

    def covered(self) -> set:
        """(col, row) positions hidden under a span (not its top-left cell)."""
        out = set()
        for (c0, r0), (c1, r1) in self.spans:
            for r in range(r0, r1 + 1):
                for c in range(c0, c1 + 1):
                    if (c, r) != (c0, r0):
                        out.add((c, r))
        return out

    def printed_row(self, i: int) -> list[str]:
        """The cells of data row i that are drawn, left to right (span-covered cells dropped)."""
        cov, nh = self.covered(), len(self.header)
        return [t for c, t in enumerate(self.rows[i]) if (c, nh + i) not in cov and t]

    def check_widths(self, data):
        """Plain-string cells do not wrap in reportlab: fail loudly if one would overflow."""
        spans = {(c0, r0): (c1, r1) for (c0, r0), (c1, r1) in self.spans}
        for ri, row in enumerate(data):
            for ci, text in enumerate(row):
                c1 = spans.get((ci, ri), (ci, ri))[0]
                avail = sum(self.col_widths[ci:c1 + 1]) - 8  # 4pt padding each side
                need = max(pdfmetrics.stringWidth(t, GOTHIC, self.font_size) for t in text.split("\n"))
                assert need <= avail, f"{self.key}: cell {text!r} needs {need:.0f}pt, has {avail:.0f}pt"

    def flowable(self) -> Table:
        nh = len(self.header)
        data = [list(r) for r in self.header] + [list(r) for r in self.rows]
        self.check_widths(data)
        t = Table(data, colWidths=self.col_widths, repeatRows=nh if self.repeat_header else 0)
        style = [
            ("FONTNAME", (0, 0), (-1, -1), MINCHO),
            ("FONTSIZE", (0, 0), (-1, -1), self.font_size),
            ("LEADING", (0, 0), (-1, -1), self.font_size + 2.5),
            ("FONTNAME", (0, 0), (-1, nh - 1), GOTHIC),
            ("ALIGN", (0, 0), (-1, nh - 1), "CENTER"),
            ("ALIGN", (0, nh), (-1, -1), "RIGHT"),
            ("ALIGN", (0, nh), (self.label_col, -1), "LEFT"),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("LEFTPADDING", (0, 0), (-1, -1), 4),
            ("RIGHTPADDING", (0, 0), (-1, -1), 4),
            ("TOPPADDING", (0, 0), (-1, -1), 2.5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5),
        ]
        if self.ruled:
            style += [
                ("BACKGROUND", (0, 0), (-1, nh - 1), colors.HexColor("#E6ECE4")),
                ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                ("BOX", (0, 0), (-1, -1), 1.0, colors.black),
            ]
        for c in self.align_left_cols:
            style.append(("ALIGN", (c, nh), (c, -1), "LEFT"))
        for (c0, r0), (c1, r1) in self.spans:
            style.append(("SPAN", (c0, r0), (c1, r1)))
        for i, r in enumerate(self.rows):
            if r[self.label_col] in self.bold_rows:
                style.append(("FONTNAME", (0, nh + i), (-1, nh + i), GOTHIC))
                if self.ruled:
                    style += [("LINEABOVE", (0, nh + i), (-1, nh + i), 1.0, colors.black),
                              ("BACKGROUND", (0, nh + i), (-1, nh + i), colors.HexColor("#F3F3F3"))]
        t.setStyle(TableStyle(style))
        t.hAlign = "CENTER"
        return t


def data_cells(spec: TableSpec):
    """(row index, row, column, value) of every gold cell of a table, row by row.

    An empty cell under a span takes the value printed at the span's top-left; under a span
    that starts in the label column it is no gold cell at all.
    """
    for i, r in enumerate(spec.rows):
        for c in spec.value_cols:
            value = r[c]
            if value == "":  # under a span: a value printed above covers it; a label, nothing
                c0, value = _span_source(spec, i, c)
                if c0 == spec.label_col:
                    continue
            yield i, r, c, value


def _span_source(spec: TableSpec, i: int, c: int) -> tuple[int, str]:
    """First column and text of the span whose area covers data cell (i, c)."""
    nh = len(spec.header)
    for (c0, r0), (c1, r1) in spec.spans:
        if c0 <= c <= c1 and r0 <= nh + i <= r1:
            return c0, (spec.rows[r0 - nh][c0] if r0 >= nh else spec.header[r0][c0])
    raise ValueError(f"{spec.key}: empty cell at row {i}, column {c} is not under a span")


# ---------------------------------------------------------------- document template
class Doc(BaseDocTemplate):
    """A4 report with a running header (title left, date right), a rule under it, and a
    footer (page number 「－ n －」 centred, issuing department right).

    While laying out it records the pages each table row of ``specs`` lands on (``row_pages``,
    keyed by (spec key, row index)) and the pages of paragraphs whose gold key is one of
    ``line_golds``' keys (``line_pages``)."""

    def __init__(self, path, header_left, header_right, footer, specs=(), line_golds=()):
        super().__init__(str(path), pagesize=A4, leftMargin=22 * mm, rightMargin=22 * mm,
                         topMargin=24 * mm, bottomMargin=22 * mm, title=header_left,
                         author=footer, subject=header_left, invariant=True)
        self.header_left, self.header_right, self.footer = header_left, header_right, footer
        frame = Frame(self.leftMargin, self.bottomMargin, self.width, self.height, id="body")
        self.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=self.decorate)])
        self.row_index = {}
        for spec in specs:
            for i, r in enumerate(spec.rows):
                key = tuple(r)
                assert key not in self.row_index, f"duplicate table row {key}"
                self.row_index[key] = (spec.key, i)
        self.row_pages = defaultdict(set)
        self.line_pages = defaultdict(set)
        self.line_keys = {g.key for g in line_golds}

    def decorate(self, canv, doc):
        w, h = A4
        canv.saveState()
        canv.setFont(GOTHIC, 8.5)
        canv.drawString(self.leftMargin, h - 14 * mm, self.header_left)
        canv.drawRightString(w - self.rightMargin, h - 14 * mm, self.header_right)
        canv.setLineWidth(0.6)
        canv.line(self.leftMargin, h - 15.5 * mm, w - self.rightMargin, h - 15.5 * mm)
        canv.setFont(MINCHO, 8.5)
        canv.drawCentredString(w / 2, 10 * mm, f"－ {doc.page} －")
        canv.drawRightString(w - self.rightMargin, 10 * mm, self.footer)
        canv.restoreState()

    def afterFlowable(self, flowable):
        if isinstance(flowable, Table):
            for row in flowable._cellvalues:
                key = tuple(_cell_text(c) for c in row)
                if key in self.row_index:
                    self.row_pages[self.row_index[key]].add(self.page)
        key = getattr(flowable, "gold_key", None)
        if key in self.line_keys:
            self.line_pages[key].add(self.page)


def _cell_text(cell) -> str:
    """A laid-out cell as text: reportlab turns Paragraph cells into tuples of flowables."""
    if isinstance(cell, str):
        return cell
    if isinstance(cell, Paragraph):
        return cell.text
    return "".join(_cell_text(c) for c in cell)


def build_pdf(path, specs, story, header_left, header_right, footer, line_golds=()):
    doc = Doc(path, header_left, header_right, footer, specs, line_golds)
    doc.build(story)
    return doc


BOX_LABEL_BG = colors.HexColor("#EDEDED")


def label_value_box(pairs, label_width=30 * mm, width=160 * mm):
    """Label-value block, full grid, shaded label column (values wrap; labels do not)."""
    t = Table([[k, P(v, CELL)] for k, v in pairs], colWidths=[label_width, width - label_width])
    t.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (0, -1), GOTHIC),
        ("FONTSIZE", (0, 0), (-1, -1), 9),
        ("BACKGROUND", (0, 0), (0, -1), BOX_LABEL_BG),
        ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
        ("BOX", (0, 0), (-1, -1), 1.0, colors.black),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        ("LEFTPADDING", (0, 0), (-1, -1), 5),
    ]))
    t.hAlign = "CENTER"
    return t


def two_column_box(rows, widths=(24 * mm, 56 * mm, 24 * mm, 56 * mm)):
    """Two label-value pairs per row (label | value | label | value)."""
    t = Table([[a, P(b, CELL), c, P(d, CELL)] for a, b, c, d in rows], colWidths=list(widths))
    t.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), GOTHIC),
        ("FONTSIZE", (0, 0), (-1, -1), 9),
        ("BACKGROUND", (0, 0), (0, -1), BOX_LABEL_BG),
        ("BACKGROUND", (2, 0), (2, -1), BOX_LABEL_BG),
        ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
        ("BOX", (0, 0), (-1, -1), 1.0, colors.black),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
    ]))
    t.hAlign = "CENTER"
    return t


def contact_box(lines, width=160 * mm):
    """A single ruled cell holding 「label：value」 lines (label and value share a line)."""
    t = Table([[[P(x, pstyle("contact", MINCHO, 9.5, 15)) for x in lines]]], colWidths=[width])
    t.setStyle(TableStyle([
        ("BOX", (0, 0), (-1, -1), 0.9, colors.black),
        ("TOPPADDING", (0, 0), (-1, -1), 5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
        ("LEFTPADDING", (0, 0), (-1, -1), 8),
    ]))
    t.hAlign = "CENTER"
    return t


# ---------------------------------------------------------------- files
def output_dirs(out: Path) -> tuple[Path, Path]:
    """The set's docs/ and text/ directories under `out`, created if missing."""
    docs_dir, text_dir = out / DOCS_DIR, out / TEXT_DIR
    docs_dir.mkdir(parents=True, exist_ok=True)
    text_dir.mkdir(parents=True, exist_ok=True)
    return docs_dir, text_dir


def text_name(doc: str) -> str:
    """File name of a document's extracted text under text/."""
    return f"{doc}.pypdf.txt" if doc.endswith(".pdf") else f"{doc}.txt"


def pdf_pages(docs_dir: Path, names) -> dict[str, list[str]]:
    """pypdf text per page of each named PDF."""
    return {n: [pg.extract_text() for pg in PdfReader(docs_dir / n).pages] for n in names}


def write_texts(text_dir: Path, pages: dict[str, list[str]]):
    """Each document's extracted text, its pages separated by a form feed line."""
    for name, texts in pages.items():
        (text_dir / text_name(name)).write_text("\n\f\n".join(texts), encoding="utf-8")


def check_texts(out: Path, pages: dict[str, list[str]]) -> list[str]:
    """The stored text files under `out` are the text just extracted from the documents."""
    errors = []
    for name, texts in pages.items():
        stored = (out / TEXT_DIR / text_name(name)).read_text(encoding="utf-8")
        if stored != "\n\f\n".join(texts):
            errors.append(f"{TEXT_DIR}/{text_name(name)} differs from the text extracted from {name}")
    return errors


def read_jsonl(path: Path) -> list[dict]:
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def write_jsonl(path: Path, rows: list[dict]):
    with open(path, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


def numbered_questions(questions: list[dict], prefix: str) -> list[dict]:
    """The questions as written out: ids prefix01, prefix02, …; `absent` dropped."""
    return [{"id": f"{prefix}{i:02d}", **{k: v for k, v in q.items() if k != "absent"}}
            for i, q in enumerate(questions, 1)]


def report(questions, gold, pages, sizes):
    print(f"pages: { {n: len(p) for n, p in pages.items() if n.endswith('.pdf')} }  sizes: {sizes}")
    per_table = defaultdict(int)
    for g in gold:
        per_table[(g["doc"], g["table"])] += 1
    print(f"gold cells: {len(gold)}")
    for (doc, table), n in per_table.items():
        print(f"  {n:3d}  {doc}  {table}")
    cats = defaultdict(int)
    for q in questions:
        cats[q["category"]] += 1
    print(f"questions: {len(questions)} {dict(cats)}, computed {sum(bool(q.get('computed')) for q in questions)}")


def exit_status(errors: list[str]) -> int:
    """Print the errors; 1 if there are any, else 0."""
    for e in errors:
        print("ERROR:", e)
    if errors:
        return 1
    print("all checks passed")
    return 0


# ---------------------------------------------------------------- checks
def check_page_counts(pages: dict[str, list[str]], page_counts: dict) -> list[str]:
    """Each document's page count is within its {name: (lo, hi)} bounds."""
    errors = []
    for name, (lo, hi) in page_counts.items():
        if not lo <= len(pages[name]) <= hi:
            errors.append(f"{name} has {len(pages[name])} pages, expected {lo}-{hi}")
    return errors


def check_unanswerable(qid: str, q: dict, absent: list[str] | None, doc_text: dict[str, str]) -> list[str]:
    """A question with doc null has no evidence or answer, and its absent terms are in no document."""
    errors = []
    if q["evidence"] or q["answer"] or q["category"] != "unanswerable":
        errors.append(f"{qid}: doc null but not a clean unanswerable")
    for term in absent or ["<no absent terms listed>"]:
        hits = [n for n, t in doc_text.items() if norm(term) in t]
        if hits or term.startswith("<"):
            errors.append(f"{qid}: {term!r} is present in {hits}")
    return errors


def check_answerable(qid: str, q: dict, text: str, evidence_len: tuple[int, int],
                     long_answer_evidence: bool = False) -> list[str]:
    """Evidence strings are in the document's normalised `text` and of a citation's length
    (longer only if ``long_answer_evidence`` and the evidence is itself an answer); answers are
    printed in the text and in an evidence string, or, computed, not all printed."""
    errors = []
    for e in q["evidence"]:
        n = len(norm(e))
        if not evidence_len[0] <= n <= evidence_len[1] and not (
                long_answer_evidence and norm(e) in [norm(a) for a in q["answer"]]):
            errors.append(f"{qid}: evidence length {n}: {e}")
        if norm(e) not in text:
            errors.append(f"{qid}: evidence not in text: {e}")
    if q.get("computed"):
        if all(norm(a) in text for a in q["answer"]):
            errors.append(f"{qid}: computed, but every answer string is printed in the doc")
    else:
        for a in q["answer"]:
            if norm(a) not in text:
                errors.append(f"{qid}: answer not in text: {a}")
            if not any(norm(a) in norm(e) for e in q["evidence"]):
                errors.append(f"{qid}: answer {a!r} is in no evidence string")
    return errors


def check_question_mix(questions: list[dict], category_counts: dict, western_share: tuple[float, float]) -> list[str]:
    """The category counts are as planned and about half the dated questions use Western years."""
    errors = []
    counts = defaultdict(int)
    for q in questions:
        counts[q.get("category")] += 1
    if dict(counts) != category_counts:
        errors.append(f"category counts {dict(counts)}, expected {category_counts}")
    western = sum(bool(re.search(r"20\d\d年", q["question"])) for q in questions)
    era = sum(bool(re.search(r"(令和|平成)(元|\d+|[０-９]+)年", q["question"])) for q in questions)
    if not western_share[0] <= western / max(1, western + era) <= western_share[1]:
        errors.append(f"{western} questions use Western years, {era} era years: not about half")
    return errors


def check_computed(questions: list[dict], computed: dict, index) -> list[str]:
    """Every computed answer has an arithmetic check in `computed` ({id: fn(index) -> answer})
    and the arithmetic over the gold cells (looked up through `index`) gives the answer."""
    errors = []
    for q in questions:
        if q.get("computed") and q["id"] not in computed:
            errors.append(f"{q['id']}: computed answer has no arithmetic check")
    for qid, fn in computed.items():
        q = next((x for x in questions if x["id"] == qid), None)
        if q is None or not q.get("computed"):
            errors.append(f"{qid}: listed in COMPUTED but not a computed question")
            continue
        try:
            want = fn(index)
        except KeyError as e:
            errors.append(f"{qid}: computed check needs a missing gold cell {e}")
            continue
        if norm(want) not in [norm(a) for a in q["answer"]]:
            errors.append(f"{qid}: arithmetic gives {want!r}, answer is {q['answer']}")
    return errors


def check_against_expected(gold: list[dict], expected: list[dict], script: str) -> list[str]:
    """The stored gold cells are the ones the specs in `script` give (pages aside)."""
    errors = []
    if len(expected) != len(gold):
        errors.append(f"{len(gold)} gold cells, the tables in {script} give {len(expected)}")
    for g, want in zip(gold, expected):
        diff = [k for k in want if k != "page" and g.get(k) != want[k]]
        if diff:
            errors.append(f"{g.get('id')}: {', '.join(f'{k} {g.get(k)!r} != {want[k]!r}' for k in diff)}")
    return errors


def check_row_sequences(specs: dict[str, TableSpec], gold: list[dict], page_text) -> list[str]:
    """Each printed row, cell after cell, is on the page of its gold cells as the extractor
    emits it (stronger than the per-cell test); page_text(gold cell) -> normalised page text."""
    errors = []
    row_page = {(g["table"], g["row"]): g for g in gold}
    for title, spec in specs.items():
        for i, r in enumerate(spec.rows):
            g = row_page.get((title, r[spec.label_col]))
            if g is None:
                errors.append(f"{title} / {r[spec.label_col]}: no gold cell")
            elif norm("".join(spec.printed_row(i))) not in page_text(g):
                errors.append(f"row sequence of {title} / {r[spec.label_col]} not on page {g['page']}")
    return errors
