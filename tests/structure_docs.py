"""Small in-memory documents for answer tests, and the extractive answer over them.

Shared by the tests/assistant/test_generalising_*.py files: a document is
chunked and its records read by the real code; only retrieval is replaced by ranking the
chunks, so a test says which section comes first."""

from __future__ import annotations

from assistant.extractive import ExtractiveAnswerer
from assistant.meaning import LabelMeaning
from assistant.normalize import expand_query
from assistant.retrieval import RetrievalResult, _document_texts, _with_article_rules
from assistant.types import Answer, Passage
from assistant.wording import DocumentWording
from corpus.chunking import Chunker
from corpus.models import Chunk, DocumentMeta, LoadedDocument
from corpus.records import TableRecord
from corpus.tables import extract_records


def text_doc(name: str, title: str, text: str) -> LoadedDocument:
    """A loaded plain-text document named `name` with `title`."""
    return LoadedDocument(doc_id=name, path=name, meta=DocumentMeta(file=name, title=title), text=text,
                          content_hash=name, format="txt")


def records_of(name: str, title: str, text: str) -> list[TableRecord]:
    """The records the real reader extracts from a plain-text document (default chunking)."""
    doc = text_doc(name, title, text)
    return extract_records(doc, Chunker().chunk(doc))


def answer_over(question: str, chunks: list[Chunk], records: list[TableRecord], first: str | None = None,
                meaning: LabelMeaning | None = None) -> Answer:
    """The extractive answer when every chunk was retrieved, those whose section holds `first` ranked
    first; with `meaning`, table labels named in other words are read (assistant.meaning)."""
    ranked = sorted(chunks, key=lambda c: first is None or first not in c.section)
    passages = [Passage(chunk=c, rank=i + 1, score=1.0) for i, c in enumerate(ranked)]
    result = RetrievalResult(passages, expand_query(question), confidence=0.9, records=records,
                             chunks={c.id: c for c in chunks}, wording=DocumentWording(_document_texts(chunks)), meaning=meaning)
    return ExtractiveAnswerer().answer(question, result)


def answer_over_text(text: str, question: str, first: str | None = None) -> Answer:
    """The extractive answer over one small plain-text document titled by its first line, every
    chunk retrieved (those whose section holds `first` first)."""
    title = text.split("\n", 1)[0]
    chunks = Chunker().chunk(text_doc("doc.txt", title, text))
    # (as the retriever holds them: a 別表 with the articles that change how it is read)
    records = _with_article_rules({"doc.txt": records_of("doc.txt", title, text)}, chunks)["doc.txt"]
    return answer_over(question, chunks, records, first=first)


def first_line_over(text: str, question: str) -> str:
    """The first line (the statement) of `answer_over_text`."""
    return answer_over_text(text, question).text.splitlines()[0]


def answer_naming_siblings(question: str, name: str, title: str, text: str) -> Answer:
    """The extractive answer over one document, every chunk retrieved in document order, with the
    sibling sections the question names read as the retriever reads them (assistant.retrieval:
    named_sections), so the answer is scoped to the named one."""
    from assistant.retrieval import named_sections, sibling_headings

    chunks = Chunker().chunk(text_doc(name, title, text))
    siblings = sibling_headings(chunks)
    named = named_sections(question, siblings)
    assert len(named) == 1, named  # (the question names one sibling section)
    others = frozenset().union(*(siblings[n] for n in named)) - set(named)
    result = RetrievalResult([Passage(chunk=c, rank=i + 1, score=1.0) for i, c in enumerate(chunks)],
                             expand_query(question), confidence=0.9, records=records_of(name, title, text),
                             chunks={c.id: c for c in chunks}, named=tuple(named), siblings=others,
                             wording=DocumentWording(_document_texts(chunks)))
    return ExtractiveAnswerer().answer(question, result)
