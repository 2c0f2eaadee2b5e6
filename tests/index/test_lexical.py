"""LexicalIndex: BM25 over Sudachi tokens."""

from __future__ import annotations

import pytest

from index.lexical import LexicalIndex

TEXTS = {
    "c1": "神奈川県は遼寧省と友好提携を結んでいる。",
    "c2": "特区制度を活用してベンチャー企業を育成する。",
    "c3": "大連市の地方発展協力モデル区の建設計画。",
    "c4": "外国人観光客数は4,071万人に達した。",
}


@pytest.fixture
def index() -> LexicalIndex:
    ix = LexicalIndex()
    ix.build(list(TEXTS), list(TEXTS.values()))
    return ix


class TestSearch:
    def test_finds_the_chunk_with_the_word(self, index):
        hits = index.search("遼寧省との提携", 10)
        assert [i for i, _ in hits] == ["c1"]
        assert hits[0][1] > 0

    def test_matches_inside_kanji_runs(self, index):
        # bm25s' own tokenizer would index "特区制度を活用して..." as long runs and miss "制度"
        assert [i for i, _ in index.search("制度", 5)] == ["c2"]

    def test_number_with_thousands_separator(self, index):
        assert [i for i, _ in index.search("4071万人", 5)] == ["c4"]

    def test_best_first_and_k_limit(self, index):
        hits = index.search("大連 モデル区 建設 遼寧省", 1)
        assert [i for i, _ in hits] == ["c3"]
        more = index.search("大連 モデル区 建設 遼寧省", 10)
        assert [i for i, _ in more] == ["c3", "c1"]
        assert more[0][1] > more[1][1] > 0

    @pytest.mark.parametrize("query", ["", "。、", "の は を", "量子コンピュータ"])
    def test_queries_without_known_tokens(self, index, query):
        assert index.search(query, 5) == []

    def test_bad_k(self, index):
        with pytest.raises(ValueError, match="k must be > 0, got 0"):
            index.search("遼寧省", 0)


class TestBuild:
    def test_empty_corpus(self, tmp_path):
        ix = LexicalIndex()
        ix.build([], [])
        assert len(ix) == 0
        assert ix.search("遼寧省", 5) == []
        ix.save(tmp_path / "bm25")
        assert LexicalIndex.load(tmp_path / "bm25").search("遼寧省", 5) == []

    def test_corpus_of_punctuation_only(self):
        ix = LexicalIndex()
        ix.build(["a", "b"], ["。", "、、"])
        assert ix.search("遼寧省", 5) == []

    def test_one_empty_chunk_among_others(self):
        ix = LexicalIndex()
        ix.build(["a", "b"], ["。", "遼寧省の経済"])
        assert [i for i, _ in ix.search("経済", 5)] == ["b"]

    def test_pretokenised_input(self):
        ix = LexicalIndex()
        ix.build(["a", "b"], tokens=[["遼寧省", "経済"], ["大連"]])
        assert [i for i, _ in ix.search("大連", 5)] == ["b"]

    def test_duplicate_ids_rejected(self):
        with pytest.raises(ValueError, match="unique"):
            LexicalIndex().build(["a", "a"], ["x", "y"])

    def test_rebuild_replaces_content(self, index):
        index.build(["z"], ["量子コンピュータの研究"])
        assert index.search("遼寧省", 5) == []
        assert [i for i, _ in index.search("量子", 5)] == ["z"]


def test_save_load_roundtrip(index, tmp_path):
    index.save(tmp_path / "bm25")
    loaded = LexicalIndex.load(tmp_path / "bm25")
    assert loaded.ids == list(TEXTS)
    for query in ("遼寧省", "ベンチャー企業の育成", "大連の建設", "観光客"):
        assert loaded.search(query, 5) == index.search(query, 5)


@pytest.mark.parametrize("blocks", ["one block", "many small blocks"])
def test_build_bm25_equals_bm25s_own_index(blocks, monkeypatch):
    """The streaming builder gives bm25s' score matrix bit for bit (here over Sudachi tokens)."""
    import bm25s
    import numpy as np

    import index.lexical as lexical_module
    from index.lexical import TermMatrix, build_bm25
    from index.tokenizer import get_tokenizer

    if blocks == "many small blocks":
        monkeypatch.setattr(lexical_module, "_SCORE_BLOCK", 7)

    texts = list(TEXTS.values()) * 3 + ["", "遼寧省 遼寧省 遼寧省の省都"]
    tokens = [get_tokenizer().tokenize(t) for t in texts]
    ref = bm25s.BM25()
    ref.index(tokens, show_progress=False)
    ours = build_bm25(TermMatrix.from_tokens(tokens))
    assert set(ours.vocab_dict) == set(ref.vocab_dict)
    assert ours.scores["num_docs"] == ref.scores["num_docs"] == len(texts)

    def column(bm25, token):
        i = bm25.vocab_dict[token]
        start, end = bm25.scores["indptr"][i], bm25.scores["indptr"][i + 1]
        return bm25.scores["indices"][start:end].tolist(), bm25.scores["data"][start:end].tolist()

    for token in ref.vocab_dict:
        if token:
            assert column(ours, token) == column(ref, token), token
    assert np.array_equal(ours.get_scores(["遼寧省", "大連"]), ref.get_scores(["遼寧省", "大連"]))


def test_top_k_equals_the_head_of_the_full_ranking_with_ties_at_the_boundary():
    texts = ["遼寧省の大連市"] * 4 + ["遼寧省"] * 5 + ["大連市"] * 3 + ["神奈川県"]
    ix = LexicalIndex()
    ix.build([f"c{i}" for i in range(len(texts))], texts)
    full = ix.search("遼寧省 大連", 100)
    assert len(full) == 12 and [i for i, _ in full[:4]] == ["c0", "c1", "c2", "c3"]
    for k in range(1, 14):
        assert ix.search("遼寧省 大連", k) == full[:k]


class TestIncrementalBuild:
    """Texts the previous index holds are copied, not tokenised, and scores equal a full build."""

    OLD = [f"遼寧省の大連市 第{i}号 モデル区" for i in range(6)] + ["神奈川県の特区制度", "ロボット実証実験 312件", ""]
    NEW = [OLD[3], "量子コンピュータの研究開発", OLD[0], OLD[7], "遼寧省 瀋陽市 撫順市", OLD[8], OLD[6] + "（改定）"]

    def _counting(self, calls):
        from index.tokenizer import get_tokenizer

        def tokenize(text):
            calls.append(text)
            return get_tokenizer().tokenize(text)
        return tokenize

    @pytest.mark.parametrize("row_block", [1 << 15, 2])
    def test_term_matrix_copies_known_texts_and_drops_unused_terms(self, row_block, monkeypatch):
        import index.lexical as lexical_module
        from index.lexical import TermMatrix
        from index.tokenizer import get_tokenizer

        monkeypatch.setattr(lexical_module, "_ROW_BLOCK", row_block)

        calls: list[str] = []
        first = TermMatrix.build(self.OLD, self._counting(calls))
        calls.clear()
        second = TermMatrix.build(self.NEW, self._counting(calls), previous=first)
        assert calls == ["量子コンピュータの研究開発", "遼寧省 瀋陽市 撫順市", self.OLD[6] + "（改定）"]
        fresh = TermMatrix.from_tokens(get_tokenizer().tokenize(t) for t in self.NEW)

        def bags(m):
            names = {i: t for t, i in m.vocab.items()}
            return [{names[int(t)]: int(c) for t, c in zip(m.terms[m.indptr[r]:m.indptr[r + 1]], m.counts[m.indptr[r]:m.indptr[r + 1]])}
                    for r in range(len(m))]

        assert bags(second) == bags(fresh)
        assert set(second.vocab) == set(fresh.vocab) and sorted(second.vocab.values()) == list(range(len(fresh.vocab)))
        assert "3" in second.vocab and "5" not in second.vocab and "5" in first.vocab  # 第5号 is gone

    def test_lexical_index_over_a_saved_previous_one_ranks_like_a_full_build(self, tmp_path):
        old = LexicalIndex()
        old.build([f"o{i}" for i in range(len(self.OLD))], self.OLD)
        old.save(tmp_path / "old")
        ids = [f"n{i}" for i in range(len(self.NEW))]
        incremental, full = LexicalIndex(), LexicalIndex()
        incremental.build(ids, self.NEW, previous=LexicalIndex.load(tmp_path / "old"))
        full.build(ids, self.NEW)
        for query in ["遼寧省", "大連 モデル区", "量子", "特区制度の改定", "撫順", "312件"]:
            assert incremental.search(query, 10) == full.search(query, 10), query
        incremental.save(tmp_path / "new")
        assert LexicalIndex.load(tmp_path / "new").search("遼寧省 撫順", 10) == full.search("遼寧省 撫順", 10)

    def test_a_previous_index_without_saved_bags_means_a_full_build(self, tmp_path):
        import os

        old = LexicalIndex()
        old.build(["a"], ["遼寧省"])
        old.save(tmp_path / "old")
        for name in os.listdir(tmp_path / "old"):
            if name.startswith("terms."):
                os.remove(tmp_path / "old" / name)
        previous = LexicalIndex.load(tmp_path / "old")
        assert previous._matrix is None
        ix, full = LexicalIndex(), LexicalIndex()
        ix.build(["a", "b"], ["遼寧省", "大連"], previous=previous)
        full.build(["a", "b"], ["遼寧省", "大連"])
        assert ix.search("遼寧省 大連", 5) == full.search("遼寧省 大連", 5) != []
