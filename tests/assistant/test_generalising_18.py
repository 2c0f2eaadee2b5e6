"""Answers grounded in the documents' structure, found on the eighteenth session's sets: a line
of a run whose labels differ only by the band they bound a quantity with (「参加人数が20人以上40人
未満の合宿：50万円」), picked by the quantity the question gives of its own case, and a total the
question gives (「合わせて25人の合宿」) read as a quantity, not as a sum asked for."""

from __future__ import annotations

from structure_docs import answer_over, records_of, text_doc

CAMPS = """国際スポーツ合宿 誘致事業 実績報告書

１ 事業の概要
主な受入施設：県総合運動公園、西浦市民プール
事業費：2,740万円（うち助成金 933万円）

３ 合宿の受入れに対する助成
受入団体に、宿泊費及び施設使用料の一部を助成した。助成額の上限は、合宿１件当たり次のとおりである。
○ 参加人数が20人未満の合宿：30万円
○ 参加人数が20人以上40人未満の合宿：50万円
○ 参加人数が40人以上の合宿：80万円
"""


def _answer(question: str):
    from corpus.chunking import Chunker

    title = "国際スポーツ合宿 誘致事業 実績報告書"
    return answer_over(question, Chunker().chunk(text_doc("camps.txt", title, CAMPS)),
                       records_of("camps.txt", title, CAMPS))


def test_a_band_in_a_label_is_read_wherever_it_stands():
    from assistant.lookup import band_holds, band_in_label

    rest, band = band_in_label("参加人数が20人以上40人未満の合宿")
    assert rest == "参加人数が〇の合宿"
    assert band_holds(band, [("25", "人")]) and band_holds(band, [("20", "人")])
    assert not band_holds(band, [("40", "人")]) and not band_holds(band, [("25", "社")])
    assert band_in_label("参加人数") is None


def test_the_line_whose_band_holds_the_quantity_given_answers():
    answer = _answer("選手とスタッフ合わせて25人の合宿を受け入れる場合、助成金は最大いくらもらえますか？")
    assert not answer.refused
    assert answer.text.splitlines()[0].count("50万円") == 1 and "30万円" not in answer.text.splitlines()[0]
    answer = _answer("45人の合宿だと、助成額の上限はいくらですか？")
    assert "80万円" in answer.text.splitlines()[0]


def test_a_total_the_question_gives_is_no_sum_asked():
    from assistant.lookup import read_intent

    assert read_intent("選手とスタッフ合わせて25人の合宿を受け入れる場合、助成金は最大いくらですか？").op is None
    assert read_intent("選手とスタッフは合わせて何人ですか？").op == "sum"
    assert read_intent("全部で30社の企業が参加する場合の上限は？").op is None
