"""Answers grounded in the documents' structure, found on the sixteenth session's sets: rows
grouped under a label spanning them are asked by their group, and a label written without the
okurigana the question writes (買物代 for 買い物) is still named."""

from __future__ import annotations

import pytest

from structure_docs import records_of

SURVEY = """クルーズ船旅客消費動向調査 結果報告書

３ 回答者の国籍・地域
○ 国籍・地域別の回答者数と消費額 （令和６年度）
地域\t国籍・地域\t回答者数（人）\tうちツアー参加者（人）\t１人当たり消費額（円）
アジア\t台湾\t412\t188\t24,850
\t香港\t186\t71\t29,420
北米\t米国\t157\t118\t18,640
\tカナダ\t41\t30\t16,920
その他\t\t39\t21\t17,560
合計\t\t835\t428\t22,000

４ 費目別の消費額
○ 費目別の１人当たり消費額 （単位：円）
費目\t全体\tツアー参加者\t個人行動客
飲食費\t6,270\t4,820\t7,960
買物代\t12,306\t11,350\t13,420
交通費\t2,304\t960\t3,870
合計\t24,158\t20,640\t28,256
"""


@pytest.fixture(scope="module")
def survey():
    return records_of("survey.txt", "クルーズ船旅客消費動向調査 結果報告書", SURVEY)


def test_a_group_of_rows_asked_by_its_spanning_label_sums_its_rows(lookup, survey):
    found = lookup.find("北米の回答者数は合わせて何人ですか？", survey)
    assert found is not None and not found.refused and found.computed
    assert sorted(cell.row for _, cell in found.cells) == ["カナダ", "米国"]
    assert "198" in found.statement


def test_a_row_of_the_group_keeps_its_own_label(lookup, survey):
    found = lookup.find("香港の乗客の回答者数は何人でしたか？", survey)
    assert found is not None and not found.refused
    assert (found.cells[0][1].row, found.cells[0][1].value) == ("香港", "186")


@pytest.mark.parametrize("question, value", [
    ("ツアー参加者の買い物代はいくらですか？", "11,350"),
    ("個人行動客は買い物にいくら使いましたか？", "13,420"),
])
def test_a_label_without_okurigana_is_named_by_the_question_that_writes_it(lookup, survey, question, value):
    found = lookup.find(question, survey)
    assert found is not None and not found.refused
    assert (found.cells[0][1].row, found.cells[0][1].value) == ("買物代", value)


TRIPS = """海外教育旅行受入推進事業 実施報告書

１ 事業の概要
海外からの教育旅行を県内に呼び込むため、教育旅行の誘致と受入れを支援した。教育旅行の受入れは
年々増えており、教育旅行で来県した生徒の多くが学校交流を行った。教育旅行の誘致には、現地の
旅行会社への説明会が役立った。

２ 受入状況
○ 国・地域別の受入団体数の推移 （単位：団体）
国・地域\t令和４年度\t令和５年度\t令和６年度
台湾\t６\t21\t34
香港\t２\t９\t14
合計\t８\t30\t48

○ 月別の受入状況 （令和６年度）
月\t受入団体数（団体）\t生徒・教員数（人）\tうち学校交流あり（団体）
11月\t９\t301\t５
12月\t14\t452\t８

３ 交付実績
○ 交付実績の推移
年度\t交付医療機関数（機関）\t交付額（万円）
令和５年度\t31\t1,102
令和６年度\t38\t1,386
"""


@pytest.fixture(scope="module")
def trips():
    return records_of("trips.txt", "海外教育旅行受入推進事業 実施報告書", TRIPS)


@pytest.fixture(scope="module")
def trips_lookup():
    from assistant.lookup import Lookup
    from index.tokenizer import get_tokenizer

    tokenizer = get_tokenizer()
    return Lookup(words=tokenizer.content_words, names=tokenizer.proper_nouns, document_text=lambda doc: TRIPS)


def test_the_reports_subject_beside_the_row_asks_no_other_column(trips_lookup, trips):
    # 「台湾から受け入れた教育旅行は何団体」: the detail read is 台湾教育旅行, the row 台湾 and the
    # report's subject 教育旅行, which its table of 受入団体数 need not write
    found = trips_lookup.find("2023年度に台湾から受け入れた教育旅行は何団体でしたか？", trips)
    assert found is not None and not found.refused
    assert (found.cells[0][1].row, found.cells[0][1].column, found.cells[0][1].value) == ("台湾", "令和５年度", "21")


def test_an_average_per_unit_divides_by_the_whole_count_not_its_part(lookup, trips):
    found = lookup.find("12月に来た教育旅行の団体は、１団体当たり平均すると何人くらいの規模でしたか？", trips)
    assert found is not None and found.computed
    assert [cell.column for _, cell in found.cells] == ["生徒・教員数（人）", "受入団体数（団体）"]
    assert "32.3人" in found.statement


def test_an_average_per_unit_counted_by_the_noun_before_it(lookup, trips):
    # 「医療機関１か所当たり」: no column counts in か所; the one whose label names 医療機関 does
    found = lookup.find("令和６年度は、医療機関１か所当たり平均でどれくらいの額が交付されたことになりますか？", trips)
    assert found is not None and found.computed
    assert [cell.value for _, cell in found.cells] == ["1,386", "38"]
    assert "36.5万円" in found.statement


# --- near misses: a breakdown by a compound Sudachi splits, a part set apart by a word the document
# never writes, a fiscal year the document never writes ----------------------------------------

GUIDE = """医療通訳導入支援補助金のご案内

１ 補助金の概要
補助事業名：医療通訳導入支援補助金
補助対象者：県内の病院及び診療所

２ 活用事例
（１）総合病院（潮見市）
補助金の額：163万円
受入生徒数：38人

３ 交付実績
○ 交付実績の推移
年度\t交付医療機関数（機関）\t交付額（万円）
令和５年度\t31\t1,102
令和６年度\t38\t1,386
"""


def _guide_answer(question: str):
    from corpus.chunking import Chunker
    from structure_docs import answer_over, text_doc

    doc = text_doc("guide.txt", "医療通訳導入支援補助金のご案内", GUIDE)
    return answer_over(question, Chunker().chunk(doc), records_of("guide.txt", "医療通訳導入支援補助金のご案内", GUIDE),
                       first="活用事例")


def test_a_breakdown_by_a_compound_read_as_one_character_words_is_judged():
    # 市町 is 市 + 町 to Sudachi: the compound itself is the dimension, and the guide never writes it
    from assistant.extractive import _head_noun

    assert _head_noun("市町") == "市町"
    answer = _guide_answer("補助を受けた医療機関を市町別に見ると、潮見市の医療機関はいくつありますか？")
    assert answer.refused and "市町別の内訳" in answer.text


def test_a_part_set_apart_by_a_word_the_document_never_writes_is_not_answered():
    answer = _guide_answer("受け入れた生徒のうち、ホームステイを体験した生徒は何人いましたか？")
    assert answer.refused and "ホームステイを体験した生徒" in answer.text


def test_a_fiscal_year_the_document_never_writes_is_no_cell_of_it():
    # the survey is of 令和６年度 only: 「令和５年度の調査と比べて」 names no cell of its tables
    from corpus.chunking import Chunker
    from structure_docs import answer_over, text_doc

    title = "クルーズ船旅客消費動向調査 結果報告書"
    chunks = Chunker().chunk(text_doc("survey.txt", title, SURVEY))
    records = records_of("survey.txt", title, SURVEY)
    answer = answer_over("令和５年度の調査と比べて、ツアー参加者の買物代はどのくらい増えましたか？", chunks, records)
    assert answer.refused
    answer = answer_over("令和６年度の調査で、台湾の回答者数は何人でしたか？", chunks, records)
    assert not answer.refused and "412" in answer.text.split("\n")[0]


# --- the rows whose value in one column exceeds another's ------------------------------------

ADVISERS = """海外展開アドバイザー派遣制度のご案内

４ これまでの派遣実績
○ 分野別・方法別の派遣回数 （令和６年度、単位：回）
分野\t訪問\tオンライン\t計
市場調査・販路開拓\t30\t19\t49
知的財産\t７\t８\t15
契約・法務\t13\t10\t23
計\t50\t37\t87

○ 海外調達の課題 （複数回答、単位：％）
課題\t全体\t300人未満\t300人以上
為替の変動\t72.1\t70.3\t78.9
取引先との意思疎通\t26.6\t29.1\t15.8
品質の管理\t30.2\t33.0\t25.1
"""


@pytest.fixture(scope="module")
def advisers():
    return records_of("advisers.txt", "海外展開アドバイザー派遣制度のご案内", ADVISERS)


@pytest.mark.parametrize("question, rows", [
    ("令和６年度に、訪問よりもオンラインによる派遣の方が多かった分野はどれですか？", ["知的財産"]),
    ("オンラインの方が訪問より少なかった分野はどれですか？", ["市場調査・販路開拓", "契約・法務"]),
    ("300人未満の企業の方が300人以上の企業より10ポイント以上高い課題はどれですか？", ["取引先との意思疎通"]),
    ("300人未満の企業の方が300人以上の企業より高い課題はどれですか？", ["取引先との意思疎通", "品質の管理"]),
])
def test_the_rows_where_one_column_exceeds_another(lookup, advisers, question, rows):
    found = lookup.find(question, advisers)
    assert found is not None and found.computed and not found.refused
    assert list(dict.fromkeys(cell.row for _, cell in found.cells)) == rows
    assert "計" not in {cell.row for _, cell in found.cells}
