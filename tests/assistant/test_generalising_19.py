"""Answers grounded in the documents' structure, found on the nineteenth session's sets: a count
or sum asked of a deed no document speaks of (「その後県内の企業に就職した人は何人」 over an
internship report that never writes 就職) is refused, not answered from the table nearest in
words."""

from __future__ import annotations

import pytest

from structure_docs import answer_over, records_of, text_doc


def _over(text: str, question: str, first: str | None = None):
    """The extractive answer over one small document, titled by its first line."""
    from corpus.chunking import Chunker

    title = text.split("\n", 1)[0]
    return answer_over(question, Chunker().chunk(text_doc("doc.txt", title, text)), records_of("doc.txt", title, text),
                       first=first)


INTERNS = """海外連携大学インターンシップ受入事業 実施報告書

１ 事業の概要
実施期間：令和６年７月から令和７年２月まで（３期）
受入人数：59人（連携大学10校）

２ インターンシップ生アンケートの結果
○ インターンシップ生アンケートの結果 （回答者57人、単位：人）
項目\tとても満足\t満足\tやや不満\t不満
全体の満足度\t33\t20\t４\t０
受入企業の指導\t28\t23\t４\t２
研修の内容\t31\t20\t５\t１

３ 商談会の助成
令和６年度は、海外バイヤーを招いた商談会２件に助成した。助成額は合わせて430万円であった。
"""


@pytest.mark.parametrize("question, word", [
    ("インターンシップを終えた学生のうち、その後県内の企業に就職した人は何人いますか？", "就職"),
    ("令和６年度に助成した商談会で、成約に至った金額はいくらでしたか？", "成約"),
])
def test_a_count_of_a_deed_no_document_writes_is_refused(question, word):
    answer = _over(INTERNS, question)
    assert answer.refused
    assert f"「{word}」" in answer.text


@pytest.mark.parametrize("question, expected", [
    # the deed is the document's own word: the count is answered
    ("受入企業の指導に満足と答えた人は何人ですか？", "23人"),
    ("令和６年度に商談会に助成した額はいくらでしたか？", "430万円"),
])
def test_a_count_of_a_deed_the_document_writes_is_answered(question, expected):
    answer = _over(INTERNS, question)
    assert not answer.refused and expected in answer.text.splitlines()[0]


def test_the_deed_is_read_from_the_clause_that_names_what_is_counted():
    from assistant.extractive import _COUNTED_BY_DEED

    def deeds(q):
        return [m.group(1) for m in _COUNTED_BY_DEED.finditer(q)]

    assert deeds("その後県内の企業に就職した人は何人いますか") == ["就職"]
    assert deeds("成約に至った金額はいくらでしたか") == ["成約"]
    assert deeds("補助金を申請した企業は何社ですか") == ["申請"]
    # (a verbal noun used as the question's own predicate names no counted thing)
    assert deeds("協定を締結したのはいつですか") == []
    assert deeds("日本へ招いて研修を受けてもらった現地の職員は何人") == []
