"""Typed values that cross package boundaries on the corpus side: documents and chunks."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class DocumentMeta:
    """What the manifest (or the file itself) says about a document."""

    file: str
    title: str
    issuer: str = ""
    kind: str = "document"
    date: str = ""
    source: str | None = None


@dataclass(frozen=True)
class Page:
    """One page (PDF) or the whole file (other formats) of extracted text."""

    number: int | None
    text: str


@dataclass(frozen=True)
class LoadedDocument:
    """A file read from disk and cleaned, ready to chunk.

    `text` is the cleaned document text: PDF line breaks joined, page furniture dropped.
    Every chunk's text is an exact slice `text[start:end]`, so quotes stay verbatim.
    `page_starts` maps character offsets to page numbers (PDF only): page_starts[i] is the
    offset at which page i+1 begins.
    """

    doc_id: str
    path: str
    meta: DocumentMeta
    text: str
    content_hash: str
    format: str
    page_starts: tuple[int, ...] = ()

    def page_at(self, offset: int) -> int | None:
        """Page number (1-based) holding character `offset`, or None for unpaged formats."""
        if not self.page_starts:
            return None
        page = 1
        for i, start in enumerate(self.page_starts):
            if offset >= start:
                page = i + 1
        return page

    def line_at(self, offset: int) -> int:
        """Line number (1-based) of character `offset` in the cleaned text."""
        return self.text.count("\n", 0, offset) + 1


@dataclass(frozen=True)
class Chunk:
    """A retrievable unit of a document with everything a citation needs.

    Attributes:
        id: hash of document id + normalised text (stable across re-ingests).
        text: verbatim slice of the document's cleaned text.
        section: heading path, e.g. "三、重点任務 > （一）重点産業協力の推進".
        kind: "text", "table" or "list".
        start, end: character offsets of `text` in the cleaned document text.
        heading: the nearest heading/label lines that explain a table chunk (may be "").
    """

    id: str
    doc_id: str
    file: str
    title: str
    section: str
    text: str
    kind: str
    start: int
    end: int
    line_start: int
    line_end: int
    page: int | None = None
    doc_kind: str = "document"
    source: str | None = None
    heading: str = ""
    position: int = 0
    extra: dict = field(default_factory=dict, compare=False, hash=False)
