"""Answers grounded in the documents' structure, found on the twentieth session's sets."""

from __future__ import annotations

from structure_docs import answer_over, records_of, text_doc


def _over(text: str, question: str, first: str | None = None):
    """The extractive answer over one small document, titled by its first line."""
    from corpus.chunking import Chunker

    title = text.split("\n", 1)[0]
    return answer_over(question, Chunker().chunk(text_doc("doc.txt", title, text)), records_of("doc.txt", title, text),
                       first=first)


CALLS = """海外向けデジタルマーケティング支援補助金 募集要領

５ これまでの実績
○ 申請件数と採択件数の推移
年度\t申請件数（件）\t採択件数（件）\t交付額（万円）
令和３年度\t38\t21\t1,046
令和４年度\t52\t28\t1,392
令和５年度\t61\t33\t1,718
令和６年度\t74\t39\t2,031

○ 主な対象国・地域別の採択状況 （令和６年度）
国・地域\t採択件数（件）\t交付額（万円）
米国\t12\t655
台湾\t９\t468
その他\t18\t908
合計\t39\t2,031
"""


def test_a_sum_over_a_span_of_year_rows_is_not_another_tables_total():
    # 合計 says how to add; the 合計 row of the table by country (令和６年度 only) is no answer
    first = _over(CALLS, "採択件数は令和３年度から令和６年度までで合計何件ですか？").text.splitlines()[0]
    assert "21件 + 28件 + 33件 + 39件 = 121件" in first
    first = _over(CALLS, "採択件数は令和４年度から令和５年度までで合計何件ですか？").text.splitlines()[0]
    assert "28件 + 33件 = 61件" in first
    # (the best table's own 合計 is still read when it is what is asked)
    first = _over(CALLS, "令和６年度の国・地域別の採択件数の合計は何件ですか？").text.splitlines()[0]
    assert "39件" in first


TOWNS = """やさしい日本語普及推進事業 実施報告書

３ 市町村別の集合研修の開催状況
○ 市町村別の集合研修の開催状況 （令和６年度）
市町村\t開催回数（回）\t受講者数（人）\tうち民間・地域（人）
梓市\t７\t168\t81
東野市\t４\t92\t38

５ 主な研修会
（１）梓市 医療機関向け研修会
開催日：令和６年７月18日（木）
受講者：46人
研修の内容：問診票をやさしい日本語に書き換える演習
（２）東野市 宿泊施設向け研修会
開催日：令和６年10月９日（水）
受講者：27人
研修の内容：チェックインの説明をやさしい日本語で行う演習
"""


def test_an_average_per_unit_reads_the_table_row_not_a_card_of_one_event():
    first = _over(TOWNS, "梓市の研修会は、１回あたり平均で何人が受講しましたか？").text.splitlines()[0]
    assert "168人 ÷ ７回 = 24人" in first
    # (a card's own figure is still what a plain count of it asks)
    first = _over(TOWNS, "東野市の宿泊施設向け研修会の受講者は何人でしたか？").text.splitlines()[0]
    assert "27人" in first
