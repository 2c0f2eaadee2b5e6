"""Answers grounded in the documents' structure, found on the fifteenth session's sets: a span of
years or months given falls in the tier that holds it, and a calendar year is no such span."""

from __future__ import annotations

import pytest

from structure_docs import answer_over, records_of, text_doc

LOAN = """海外展開支援融資のご案内

２ 融資の条件
○ 融資対象者別の融資条件 （令和７年度）
融資対象者\t融資限度額（万円）\t融資利率（年％）\t
融資対象者\t融資限度額（万円）\t３年以内\t３年超
中小企業者\t8,000\t1.10\t1.30
小規模事業者\t3,000\t0.90\t1.10
"""


@pytest.fixture(scope="module")
def loan():
    return records_of("loan.txt", "海外展開支援融資のご案内", LOAN)


@pytest.mark.parametrize("question, value", [
    ("小規模事業者が４年かけて返す場合、融資利率は年何％ですか？", "1.10"),
    ("小規模事業者が２年で返す場合、融資利率は年何％ですか？", "0.90"),
    ("中小企業者が３年で返すなら、融資利率は年何％ですか？", "1.10"),
])
def test_a_span_of_years_given_picks_the_tier_that_holds_it(lookup, loan, question, value):
    found = lookup.find(question, loan)
    assert found is not None and not found.refused
    assert found.cells[0][1].value == value


def test_a_calendar_year_is_no_span_given():
    from assistant.lookup import _quantities_given

    assert _quantities_given("4年かけて返す") == [("4", "年")]
    for text in ("2024年に借りた", "令和6年に借りた", "平成30年に借りた", "6年度に借りた"):
        assert _quantities_given(text) == []


GRANTS = """貿易保険料助成事業のご案内

６ これまでの助成実績
○ 助成実績の推移
年度\t助成件数（件）\t助成事業者数（社）\t助成額（万円）
令和４年度\t27\t21\t1,035
令和５年度\t36\t28\t1,548
令和６年度\t48\t37\t2,184
"""


@pytest.fixture(scope="module")
def grants():
    return records_of("grants.txt", "貿易保険料助成事業のご案内", GRANTS)


def test_firms_asked_are_the_column_counted_in_sha(lookup, grants):
    # 「会社」 is written by no label: the column that counts in 社 counts firms
    found = lookup.find("令和５年度に助成を受けた会社は何社ありましたか？", grants)
    assert found is not None and not found.refused
    assert (found.cells[0][1].column, found.cells[0][1].value) == ("助成事業者数（社）", "28")


@pytest.mark.parametrize("question, average", [
    ("令和６年度の助成は、１件当たり平均するといくらでしたか？", "45.5万円"),  # 2,184 ÷ 48
    ("令和５年度は、１社当たり平均いくらの助成を受けましたか？", "55.3万円"),  # 1,548 ÷ 28
])
def test_an_average_per_unit_divides_the_rows_measure_by_its_count(lookup, grants, question, average):
    found = lookup.find(question, grants)
    assert found is not None and found.computed
    assert f"平均{average}" in found.statement and "÷" in found.statement
    assert {cell.column for _, cell in found.cells} <= {"助成額（万円）", "助成件数（件）", "助成事業者数（社）"}


CAMPS = """国際スポーツ合宿誘致推進事業 実績報告書

２ 受入れの状況
○ 競技別の受入実績 （令和６年度）
競技\t受入件数（件）\t参加人数（人）\t延べ宿泊数（泊）
陸上競技\t７\t164\t1,344
水泳\t５\t118\t826
ラグビー\t３\t126\t1,134

○ 受入実績の推移
年度\t受入件数（件）\t参加人数（人）\t延べ宿泊数（泊）
令和４年度\t９\t188\t1,210
令和５年度\t17\t371\t2,655
令和６年度\t26\t594\t4,420

３ 合宿の受入れに対する助成
○ 合宿の規模別の助成金の交付実績 （令和６年度）
参加人数\t交付件数（件）\t助成額（万円）
20人未満\t８\t160
20人以上40人未満\t10\t477
40人以上\t４\t296
合計\t22\t933
"""


@pytest.fixture(scope="module")
def camps():
    return records_of("camps.txt", "国際スポーツ合宿誘致推進事業 実績報告書", CAMPS)


def test_an_average_per_head_is_counted_in_the_unit_asked(lookup, camps):
    found = lookup.find("陸上競技の合宿では、参加者１人当たり平均何泊しましたか？", camps)
    assert found is not None and found.computed
    assert "平均8.2泊" in found.statement  # 1,344 ÷ 164


def test_the_documents_subject_does_not_pick_the_table_titled_with_it(lookup, camps):
    # every table of a report on training camps is about 合宿; the one titled with the word holds
    # no 令和５年度, the one of the years does
    found = lookup.find("2023年度に受け入れた合宿は何件でしたか？", camps)
    assert found is not None and not found.refused
    assert (found.cells[0][1].row, found.cells[0][1].value) == ("令和５年度", "17")


MONTHS = """混載便 輸出実績報告書

○ 月別の運航実績 （令和６年度）
月\t便数（便）\t出荷件数（件）\t貨物量（kg）
４月\t４\t28\t6,420
５月\t４\t31\t7,150
６月\t５\t36\t8,030
７月\t５\t38\t8,760
８月\t４\t30\t6,890
９月\t５\t37\t8,420
10月\t５\t40\t9,100
"""


def test_a_span_of_months_down_the_side_is_summed_month_by_month(lookup):
    records = records_of("months.txt", "混載便 輸出実績報告書", MONTHS)
    found = lookup.find("2024年４月から９月までの半年間に、混載便で運んだ貨物は合わせて何kgですか？", records)
    assert found is not None and found.computed
    assert "45,670kg" in found.statement  # ４月 to ９月, six rows, not the two named ends
    assert len(found.cells) == 6


REGIONS = """貿易保険料助成事業のご案内

○ 仕向地域別の助成実績 （令和６年度）
仕向地域\t助成件数（件）\t助成額（万円）
東アジア\t９\t408
東南アジア\t16\t702
北米\t８\t362
欧州\t８\t250
中東\t３\t120
"""


@pytest.mark.parametrize("question, row", [
    ("助成件数で見て、２番目に多かった仕向地域はどこですか？", "東アジア"),
    ("助成額が2番目に少なかった仕向地域はどこですか？", "欧州"),
])
def test_a_place_in_the_order_is_read_off_the_sorted_rows(lookup, question, row):
    found = lookup.find(question, records_of("regions.txt", "貿易保険料助成事業のご案内", REGIONS))
    assert found is not None and found.computed
    assert f"番目に" in found.statement and f"は{row}" in found.statement


def test_a_tie_at_the_place_asked_names_no_row(lookup):
    # 北米 and 欧州 both have ８件: neither is the third
    found = lookup.find("助成件数で３番目に多かった仕向地域はどこですか？", records_of("regions.txt", "貿易保険料助成事業のご案内", REGIONS))
    assert found is None or "3番目" not in found.statement


SHIPMENTS = """混載便 輸出実績報告書

○ 仕向地別・温度帯別の出荷件数 （令和６年度、単位：件）
仕向地\t常温\t冷蔵\t冷凍\t計
香港\t98\t44\t36\t178
台湾\t70\t20\t18\t108
タイ\t60\t－\t－\t60
合計\t228\t64\t54\t346
"""


def test_a_rows_share_is_of_its_total_column_when_no_column_is_named(lookup):
    # parts across (常温 冷蔵 冷凍) and their 計: 「香港向けは何パーセント」 is 香港's 計 over the 合計's
    records = records_of("ship.txt", "混載便 輸出実績報告書", SHIPMENTS)
    found = lookup.find("2024年度の出荷件数のうち、香港向けは何パーセントを占めていますか？", records)
    assert found is not None and found.computed
    assert "178件 ÷ 346件" in found.statement and "51.4%" in found.statement


def test_what_a_count_includes_is_no_detail_of_its_own(lookup, camps):
    found = lookup.find("水泳の合宿には、コーチなども含めて何人が参加しましたか？", camps)
    assert found is not None and not found.refused
    assert (found.cells[0][1].row, found.cells[0][1].value) == ("水泳", "118")


def test_a_head_count_band_is_about_the_people_counted(lookup, camps):
    # 「参加者が40人以上の」: the band row 40人以上, whose table never writes 参加者
    found = lookup.find("参加者が40人以上の大きな合宿には、助成金を合わせていくら交付しましたか？", camps)
    assert found is not None and not found.refused
    assert (found.cells[0][1].row, found.cells[0][1].value) == ("40人以上", "296")


REGIONAL = """貿易保険料助成事業のご案内

６ これまでの助成実績
仕向地域別では、東南アジア向けの取引に係る助成が件数、金額ともに最も多く、助成額の３割余りを占めます。
○ 仕向地域別の助成実績 （令和６年度）
仕向地域\t助成件数（件）\t助成額（万円）\t構成比（％）
東アジア\t９\t408\t18.7
東南アジア\t16\t738\t33.8
南アジア\t４\t186\t8.5
合計\t29\t1,332\t61.0
※１ 仕向地域は、取引の相手方の所在地による。
"""


def test_a_sentence_about_a_longer_row_does_not_answer_for_the_row_named():
    # 「南アジア向け」: the sentence speaks of 東南アジア, which holds the name but is another row
    from corpus.chunking import Chunker

    title = "貿易保険料助成事業のご案内"
    doc = text_doc("regional.txt", title, REGIONAL)
    answer = answer_over("南アジア向けは、助成額全体の何パーセントを占めていましたか？", Chunker().chunk(doc),
                         records_of("regional.txt", title, REGIONAL))
    assert not answer.refused and "8.5%" in answer.text.split("\n")[0]


CASES = """令和６年度 撫子県小口輸出混載便支援事業 実績報告書

４ 利用事業者の事例
（１）撫子市の酒造会社
仕向地：香港、シンガポール
利用回数：14回
（２）高森町の青果物の生産法人
仕向地：台湾
利用回数：９回
"""


def test_the_documents_subject_asked_of_is_no_missing_detail():
    # 「この混載便を何回」: 混載便 is the report's subject, written in its title, not in the case's lines
    from assistant.extractive import ExtractiveAnswerer
    from assistant.types import Passage
    from corpus.chunking import Chunker

    title = "令和６年度 撫子県小口輸出混載便支援事業 実績報告書"
    cases = CASES.split("\n", 1)[1]  # (the title page is another chunk of the PDF)
    [chunk] = [c for c in Chunker().chunk(text_doc("cases.txt", title, cases)) if "高森町" in c.text]
    assert "混載便" not in chunk.text and "混載便" in chunk.title
    question = "高森町の生産法人は、この混載便を何回利用しましたか？"
    assert ExtractiveAnswerer._missing_attribute(question, [Passage(chunk=chunk, rank=1, score=1.0)]) is None
    # (a detail neither the passage nor the title writes is still missing)
    assert ExtractiveAnswerer._missing_attribute("高森町の生産法人の売上高はいくらですか？",
                                                  [Passage(chunk=chunk, rank=1, score=1.0)]) == "売上高"



SOURCING = """海外調達実態調査報告書

２ 海外調達の状況
○ 最も調達額の多い国・地域 （海外調達を行っている301社）
国・地域\t社数（社）\t構成比（％）
中国\t118\t39.2
ベトナム\t47\t15.6
タイ\t31\t10.3
合計\t301\t100.0

３ 海外調達の課題
○ 海外調達の課題 （複数回答、単位：％）
課題\t全体\t300人未満\t300人以上
為替の変動によるコストの上昇\t74.4\t73.0\t80.7
調達先の国の政治・経済の情勢\t25.2\t21.3\t42.1
"""


def test_firms_asked_are_counted_in_sha_and_its_share(lookup):
    # 「会社全体の何パーセント」: the share column of a row counted in 社 is a share of firms, which
    # no label of that table writes; the table of 課題 shares 調達先 and 全体 with the question only
    records = records_of("sourcing.txt", "海外調達実態調査報告書", SOURCING)
    found = lookup.find("最大の調達先がタイという会社は、海外から調達している会社全体の何パーセントですか？", records)
    assert found is not None and not found.refused
    assert (found.cells[0][1].row, found.cells[0][1].value) == ("タイ", "10.3")
