"""Hand-computed checks of every evaluation metric (expected numbers worked out in comments)."""

from __future__ import annotations

import math

import pytest

from evals.metrics import (
    METRIC_NAMES,
    answer_correct,
    citation_markers,
    citation_problems,
    covers_all,
    evidence_found,
    first_full_coverage_rank,
    is_answerable,
    ndcg,
    norm,
    percentile,
    score_question,
    summarize,
)


def P(rank: int, text: str, doc: str = "a.txt", lines: list[int] | None = None) -> dict:
    """A passage as results.jsonl stores it."""
    p = {"rank": rank, "doc": doc, "title": "t", "section": "s", "text": text, "score": 1.0 / rank}
    if lines is not None:
        p["lines"] = lines
    return p


def C(n: int, text: str, doc: str = "a.txt", lines: list[int] | None = None) -> dict:
    c = {"n": n, "doc": doc, "title": "t", "section": "s", "text": text, "quote": ""}
    if lines is not None:
        c["lines"] = lines
    return c


FILLER = "関係のない段落です。"


class TestNorm:
    @pytest.mark.parametrize(
        "raw, expected",
        [
            ("１５億 8,741\u3000万円\n", "15億8,741万円"),
            ("面積 12㎢", "面積12km2"),
            ("①\t事業", "1事業"),
            ("", ""),
        ],
    )
    def test_nfkc_and_whitespace(self, raw, expected):
        assert norm(raw) == expected


class TestEvidenceCoverage:
    def test_single_passage(self):
        assert evidence_found(["目標値 35"], [P(1, "…目標値\n35 件…")]) == [True]

    def test_run_of_touching_passages_of_one_doc(self):
        # Evidence "ABCDEF" straddles the boundary between lines 1-3 and 4-6 of the same doc.
        passages = [P(2, "DEF後半", lines=[4, 6]), P(1, "前半ABC", lines=[1, 3])]
        assert evidence_found(["ABCDEF"], passages) == [True]

    def test_overlapping_chunks_merge_without_duplication(self):
        # "xxABCD" + "CDEFyy" overlap in "CD": merged "xxABCDEFyy" (plain concatenation
        # "xxABCDCDEFyy" would not contain "ABCDEF").
        passages = [P(1, "xxABCD", lines=[1, 5]), P(2, "CDEFyy", lines=[4, 8])]
        assert evidence_found(["ABCDEF"], passages) == [True]

    @pytest.mark.parametrize(
        "second",
        [
            P(2, "DEF後半", lines=[10, 12]),  # same doc, not adjacent
            P(2, "DEF後半", doc="b.txt", lines=[4, 6]),  # adjacent lines, other doc
            P(2, "DEF後半"),  # no line span: checked alone
        ],
    )
    def test_no_merge_when_not_adjacent(self, second):
        assert evidence_found(["ABCDEF"], [P(1, "前半ABC", lines=[1, 3]), second]) == [False]

    def test_covers_all_needs_every_string_and_some_evidence(self):
        passages = [P(1, "E1 がある"), P(2, "E2 もある")]
        assert covers_all(["E1", "E2"], passages) is True
        assert covers_all(["E1", "E3"], passages) is False
        assert covers_all([], passages) is False


class TestRanking:
    # Evidence E1 only in rank 2, E2 only in rank 4: all evidence first covered by the top 4.
    EVIDENCE = ["根拠その一", "根拠その二"]
    PASSAGES = [P(1, FILLER), P(2, "ここに根拠その一がある"), P(3, FILLER), P(4, "根拠その二も"), P(5, FILLER)]

    def test_first_full_coverage_rank(self):
        assert first_full_coverage_rank(self.EVIDENCE, self.PASSAGES) == 4
        assert first_full_coverage_rank(self.EVIDENCE, self.PASSAGES[:3]) is None

    def test_rank_order_is_by_rank_field_not_list_order(self):
        assert first_full_coverage_rank(self.EVIDENCE, list(reversed(self.PASSAGES))) == 4

    def test_ndcg_graded(self):
        # rels by rank = [0, .5, 0, .5, 0]
        # DCG  = .5/log2(3) + .5/log2(5) = 0.315465 + 0.215338 = 0.530803
        # IDCG = .5/log2(2) + .5/log2(3) = 0.5 + 0.315465      = 0.815465
        # nDCG = 0.530803 / 0.815465 = 0.650920
        assert ndcg(self.EVIDENCE, self.PASSAGES) == pytest.approx(0.650920, abs=1e-6)

    def test_ndcg_perfect_and_empty(self):
        assert ndcg(["根拠その一"], [P(1, "根拠その一"), P(2, FILLER)]) == 1.0
        assert ndcg(["根拠その一"], [P(1, FILLER)]) == 0.0


class TestAnswersAndCitations:
    def test_answer_correct_uses_norm(self):
        assert answer_correct(["15億8,741万円"], "総額は１５億８，７４１万円です[1]") is True
        assert answer_correct(["15億8,741万円", "令和3年"], "総額は15億8,741万円です") is False
        assert answer_correct([], "何でも") is False

    def test_answer_correct_does_not_read_citation_markers(self):
        # a bare figure of the gold is not found in a marker: 「…の記述です[4]。」 answers no 「４」
        assert answer_correct(["４"], "資料には記載が見当たりません。記載があるのは立地件数です[4]。") is False
        assert answer_correct(["４"], "増設は４件でした[1]。") is True
        assert answer_correct(["12"], "合計は12件です[1, 2]。") is True

    def test_markers(self):
        assert citation_markers("A[1]。B［２］、C[1, 3] D[2・4]") == [1, 2, 3, 4]
        assert citation_markers("引用なし") == []

    def test_citation_problems(self):
        corpus = {"a.txt": "第一条 本文の\n一部です。", "b.txt": "別の文書の本文。"}
        ok = {"answer": "答え[1]", "citations": [C(1, "本文の 一部です")]}
        assert citation_problems(ok, corpus) == []
        bad = {"answer": "答え[1][2]", "citations": [C(1, "存在しない文")]}
        assert citation_problems(bad, corpus) == [
            "marker [2] has no citation",
            "citation [1] text is not verbatim corpus text (a.txt)",
        ]

    def test_citation_of_unknown_doc_checked_against_all_texts(self):
        corpus = {"a.txt": "第一条 本文", "b.txt": "別の文書の本文。"}
        res = {"answer": "[1]", "citations": [C(1, "別の文書", doc="renamed.txt")]}
        assert citation_problems(res, corpus) == []

    def test_without_corpus_only_markers_are_checked(self):
        res = {"answer": "[1]", "citations": [C(1, "どこにもない文")]}
        assert citation_problems(res, None) == []

    @pytest.mark.parametrize(
        "record, expected",
        [
            ({"category": "kpi", "evidence": ["x"], "answer": ["y"]}, True),
            ({"category": "unanswerable", "evidence": [], "answer": []}, False),
            ({"category": "kpi", "evidence": [], "answer": []}, False),
        ],
    )
    def test_is_answerable(self, record, expected):
        assert is_answerable(record) is expected


class TestPercentile:
    def test_linear_interpolation(self):
        # sorted [100..500]: p50 -> index 2 -> 300; p95 -> index 3.8 -> 400 + .8*100 = 480
        assert percentile([500, 100, 300, 200, 400], 50) == 300
        assert percentile([500, 100, 300, 200, 400], 95) == pytest.approx(480)
        assert percentile([7], 95) == 7
        assert percentile([], 50) is None


class TestFailureReasons:
    REC = {"id": "x", "category": "kpi", "evidence": ["根拠その一"], "answer": ["19件"]}

    @pytest.mark.parametrize(
        "result, why",
        [
            ({"answer": "19件です", "refused": False, "passages": [P(1, "根拠その一")]}, None),
            ({"answer": "資料にありません", "refused": True, "passages": [P(1, "根拠その一")]}, "wrong refusal"),
            ({"answer": "資料にありません", "refused": True, "passages": [P(1, FILLER)]}, "retrieval miss"),
            ({"answer": "20件です", "refused": False, "passages": [P(1, FILLER)]}, "retrieval miss"),
            ({"answer": "20件です", "refused": False, "passages": [P(1, "根拠その一")]}, "answer miss"),
            ({"answer": "", "refused": False, "passages": [], "error": "LLMError: down"}, "error"),
        ],
    )
    def test_answerable(self, result, why):
        assert score_question(self.REC, result)["failure"] == why

    def test_unanswerable(self):
        rec = {"id": "u", "category": "unanswerable", "evidence": [], "answer": []}
        assert score_question(rec, {"answer": "資料にありません", "refused": True})["failure"] is None
        assert score_question(rec, {"answer": "30億円です", "refused": False})["failure"] == "missed refusal"


def _five_question_run():
    """Five questions whose every metric is computed by hand in TestSummarize."""
    corpus = {"a.txt": "前文。根拠その一がある。中略。根拠その二も。後文。", "b.txt": "根拠その三の段落。"}
    records = [
        {"id": "q1", "category": "kpi", "evidence": ["根拠その一"], "answer": ["19件"]},
        {"id": "q2", "category": "kpi", "evidence": ["根拠その一", "根拠その二"], "answer": ["35件"]},
        {"id": "q3", "category": "mou", "evidence": ["根拠その三"], "answer": ["2019年"]},
        {"id": "q4", "category": "unanswerable", "evidence": [], "answer": []},
        {"id": "q5", "category": "unanswerable", "evidence": [], "answer": []},
    ]
    results = [
        # q1: evidence at rank 1, right answer, valid citation that carries the evidence.
        {"answer": "19件です[1]", "refused": False, "passages": [P(1, "根拠その一がある。"), P(2, FILLER)],
         "citations": [C(1, "根拠その一がある。")], "latency_ms": {"retrieve": 10, "answer": 90, "total": 100}},
        # q2: evidence complete at rank 4 (see TestRanking), wrong answer, marker [2] dangles,
        # its only citation holds one of two evidence strings.
        {"answer": "30件です[1][2]", "refused": False, "passages": TestRanking.PASSAGES,
         "citations": [C(1, "根拠その一がある。")], "latency_ms": {"retrieve": 20, "answer": 180, "total": 200}},
        # q3: evidence not retrieved, refused, no citations.
        {"answer": "資料には見当たりません。", "refused": True, "passages": [P(1, FILLER)], "citations": [],
         "latency_ms": {"retrieve": 30, "answer": None, "total": 300}},
        # q4: unanswerable, refused.
        {"answer": "資料には見当たりません。", "refused": True, "passages": [], "citations": [],
         "latency_ms": {"retrieve": 40, "answer": 360, "total": 400}},
        # q5: unanswerable, answered anyway with a made-up citation text.
        {"answer": "30億円です[1]", "refused": False, "passages": [], "citations": [C(1, "捏造された文")],
         "latency_ms": {"retrieve": 50, "answer": 450, "total": 500}},
    ]
    return records, results, corpus


class TestSummarize:
    def test_overall(self):
        records, results, corpus = _five_question_run()
        s = summarize(records, results, corpus_texts=corpus)
        assert set(METRIC_NAMES) <= set(s)
        assert (s["n"], s["answerable"], s["unanswerable"]) == (5, 3, 2)
        # first full-coverage ranks over answerable q1..q3: 1, 4, never
        assert s["hit@1"] == round(1 / 3, 4)
        assert s["hit@3"] == round(1 / 3, 4)
        assert s["hit@5"] == round(2 / 3, 4)
        assert s["hit@10"] == round(2 / 3, 4)
        assert s["mrr"] == round((1 + 0.25 + 0) / 3, 4)  # 0.4167
        assert s["ndcg@10"] == round((1.0 + 0.650920 + 0.0) / 3, 4)  # 0.5503
        assert s["answer_accuracy"] == round(1 / 3, 4)  # q1 only
        assert s["refusal_rate_unanswerable"] == 0.5  # q4 of q4, q5
        assert s["refusal_rate_answerable"] == round(1 / 3, 4)  # q3
        # citing answers: q1 valid, q2 dangling [2], q5 not verbatim -> 1/3
        assert s["citation_validity"] == round(1 / 3, 4)
        # answerable non-refused: q1 supported, q2 missing evidence two -> 1/2
        assert s["citation_support"] == 0.5
        # retrieve [10..50]: p50 30, p95 40 + .8*10 = 48; answer [90,180,360,450]: p50 at
        # index 1.5 -> 270, p95 at index 2.85 -> 360 + .85*90 = 436.5; total as TestPercentile
        assert s["latency_ms"] == {
            "retrieve": {"p50": 30.0, "p95": 48.0},
            "answer": {"p50": 270.0, "p95": 436.5},
            "total": {"p50": 300.0, "p95": 480.0},
        }
        assert s["citation_verbatim_checked"] is True
        assert s["errors"] == 0

    def test_per_category(self):
        records, results, corpus = _five_question_run()
        per = summarize(records, results, corpus_texts=corpus)["per_category"]
        assert list(per) == ["kpi", "mou", "unanswerable"]
        assert set(METRIC_NAMES) <= set(per["kpi"])
        kpi = per["kpi"]
        # q1 (rank 1, right) and q2 (rank 4, wrong)
        assert (kpi["n"], kpi["hit@1"], kpi["hit@5"], kpi["mrr"], kpi["answer_accuracy"]) == (2, 0.5, 1.0, 0.625, 0.5)
        assert kpi["refusal_rate_unanswerable"] is None
        una = per["unanswerable"]
        assert (una["n"], una["hit@5"], una["refusal_rate_unanswerable"], una["citation_validity"]) == (2, None, 0.5, 0.0)
        assert per["mou"]["citation_validity"] is None  # nothing cited
        assert per["mou"]["latency_ms"]["total"] == {"p50": 300.0, "p95": 300.0}

    def test_without_corpus_texts_only_markers(self):
        records, results, _ = _five_question_run()
        s = summarize(records, results)
        # q5's invented text is no longer caught: q1 valid, q2 dangling, q5 valid -> 2/3
        assert s["citation_validity"] == round(2 / 3, 4)
        assert s["citation_verbatim_checked"] is False

    def test_length_mismatch(self):
        records, results, _ = _five_question_run()
        with pytest.raises(ValueError, match="differ in length: 5 != 4"):
            summarize(records, results[:4])

    def test_nan_free(self):
        records, results, corpus = _five_question_run()
        s = summarize(records, results, corpus_texts=corpus)
        assert all(not (isinstance(s[k], float) and math.isnan(s[k])) for k in METRIC_NAMES)


def test_bracketed_year_in_a_quote_is_not_a_citation_marker():
    from evals.metrics import citation_markers

    assert citation_markers("「遼委発［2018］20号では…」[2]、同意見[1, 3]") == [2, 1, 3]
