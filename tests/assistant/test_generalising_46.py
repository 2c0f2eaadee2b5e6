"""Answers grounded in the documents' structure, found on the forty-sixth session's sets."""

from __future__ import annotations

from structure_docs import answer_over_text
from structure_docs import first_line_over as _first

SURVEY_OUTLINE = """令和６年度 橅県家具製造業の輸出実態調査 報告書

１ 調査の概要
調査の目的：県内の家具製造業の輸出の実態を把握するため
調査対象：県内の家具製造事業者 250者（組合員及び非組合員）
調査方法：郵送によるアンケート
回答数：150者（回答率60.0％）
この報告書において「輸出事業者」とは、令和５年度中に自社の製品を輸出した事業者をいう。

２ 輸出の状況
令和５年度に製品を輸出した事業者は、回答者150者のうち45者（30.0％）であった。
○ 輸出事業者数と輸出額の推移
年度\t輸出事業者数（者）\t輸出額（百万円）\t輸出比率
令和３年度\t38\t1,210\t11.2
令和４年度\t41\t1,356\t12.0
令和５年度\t45\t1,498\t12.8
※ 輸出比率は、輸出事業者の売上高に占める輸出額の割合。
"""


def test_a_share_of_those_who_did_a_deed_is_the_rate_the_deed_names():
    # 「どのくらいの割合の事業者が回答しましたか」: 回答率, printed in the bracket of the 回答数 line
    # (not the 30.0％ of exporters among those who answered)
    first = _first(SURVEY_OUTLINE, "家具の輸出実態調査は、対象のうちどのくらいの割合の事業者が回答しましたか？")
    # (stated as the rate, not left in a quoted block of the outline's lines)
    assert "回答率は60.0％" in first and "30.0" not in first


def test_the_rate_named_by_its_own_name_is_answered_from_its_bracket():
    answer = answer_over_text(SURVEY_OUTLINE, "家具の輸出実態調査の回答率は？")
    assert "回答率は60.0％" in answer.text.splitlines()[0]


def test_the_count_beside_the_rate_is_still_the_count():
    first = _first(SURVEY_OUTLINE, "家具の輸出実態調査に回答したのは何者ですか？")
    assert "150者" in first


CALL = """令和７年度 橅県産家具輸出支援補助金 募集要項

２ 用語の定義
この要項において「小規模企業者」とは、常時使用する従業員の数が20人以下の中小企業者をいう。

３ 補助率と上限額
○ 経費区分別の補助率と上限額 （令和７年度）
経費区分\t補助率（％）\t上限額（千円）
難燃性試験・品質検査\t50\t400
海外見本市への出展\t50\t800
※１ 小規模企業者が申請する場合は、上表の補助率に10ポイントを加えます（上限額は変わりません）。
"""


def test_a_grant_for_a_cost_is_computed_at_the_rate_a_note_adds_points_to():
    # 「従業員12人の…45万円で頼む」: a 小規模企業者 by the definition, whose rate the note raises by
    # 10 points: 45万円 × 60% = 270千円 (not 225千円 at the table's 50%)
    answer = answer_over_text(CALL, "従業員12人の家具メーカーが、難燃性試験を45万円で検査機関に頼むそうです。補助金はいくらになりますか？")
    first = answer.text.splitlines()[0]
    assert "60%" in first and "270千円" in first and "225千円" not in first
    assert "表の注記「※１ 小規模企業者が申請する場合は、上表の補助率に10ポイントを加えます" in answer.text


def test_no_points_are_added_for_a_firm_of_another_class():
    first = _first(CALL, "従業員80人の家具メーカーが、難燃性試験を45万円で検査機関に頼むそうです。補助金はいくらになりますか？")
    assert "225千円" in first and "60%" not in first


SURVEY_BY_PRODUCT = """令和６年度 橅県自転車製造業の輸出実態調査 報告書

２ 製品区分別の状況
○ 製品区分別の回答企業と輸出の状況 （令和５年度）
製品区分\t回答企業数（社）\t輸出企業数（社）\t輸出額（百万円）
電動アシスト自転車\t９\t５\t1,286
スポーツ自転車\t14\t８\t2,366
合計\t23\t13\t3,652
"""


def test_goods_counted_are_not_answered_by_a_count_of_firms():
    # 「年間何台輸出」: the table counts the firms that export (社) and their exports' value, not the
    # bicycles shipped: no cell answers
    answer = answer_over_text(SURVEY_BY_PRODUCT, "県内の自転車メーカーは、電動アシスト自転車を年間何台くらい輸出していますか？")
    assert "５社" not in answer.text.splitlines()[0]


def test_firms_counted_are_still_answered_by_a_count_of_firms():
    first = _first(SURVEY_BY_PRODUCT, "電動アシスト自転車を輸出している企業は何社ですか？")
    assert "５社" in first


ADOPTIONS = """令和７年度 橅県産家具輸出支援補助金 募集要項

５ これまでの実績
○ 申請と採択の実績
年度\t申請件数（件）\t採択件数（件）\tうち欧米向け（件）
令和２年度\t12\t８\t３
令和３年度\t16\t10\t４
令和４年度\t20\t13\t５
令和５年度\t23\t15\t６
令和６年度\t27\t16\t７
合計\t98\t62\t25
"""


def test_a_count_up_to_the_last_year_is_the_printed_total():
    # 「制度が始まってから令和６年度までに…全部で」: every year up to 令和６年度, the 合計 row (not the
    # 令和６年度 row's ７)
    first = _first(ADOPTIONS, "制度が始まってから令和６年度までに欧米向けとして採択された案件は、全部で何件ですか？")
    assert "25件" in first


def test_a_count_up_to_an_earlier_year_adds_the_years_up_to_it():
    first = _first(ADOPTIONS, "制度が始まってから令和４年度までに採択された件数は、合わせて何件ですか？")
    assert "31件" in first and "8件 + 10件 + 13件" in first.replace("８", "8")


GRANTS_BY_YEAR = """令和７年度 橅県産石材製品輸出支援補助金 申請の手引き

６ 交付の実績
○ 交付の実績
年度\t交付件数（件）\t交付額（千円）\t輸出成約額（万円）
令和４年度\t９\t11,200\t7,850
令和５年度\t11\t14,260\t9,640
令和６年度\t12\t15,930\t－
※１ 輸出成約額は、補助事業の完了から１年以内に成約した輸出の額を、事業者の報告により集計したものです。
令和６年度の分は集計中のため「－」とし、令和７年９月に公表する予定です。

７ 問い合わせ先
橅県産業振興課
"""


def test_the_sentence_after_a_note_that_says_what_the_dash_stands_for_is_quoted_with_the_dash():
    answer = answer_over_text(GRANTS_BY_YEAR, "石材製品の補助金で2024年度に交付した案件の輸出成約額はいくらですか？")
    assert "集計中" in answer.text and "9,640" not in answer.text.splitlines()[0]


HANDBOOK_QA = """令和７年度 橅県産石材製品輸出支援補助金 申請の手引き

１ 制度のあらまし
対象者：県内で石材製品を加工する中小企業者
この手引きにおいて「県産石材製品」とは、県内で採掘された石材を主な原料として県内で加工した製品をいいます。

８ よくある質問
Ｑ１ 個人事業主も申請できますか。
Ａ 申請できます。
Ｑ２ 外国から輸入した石材を県内で加工した製品は対象になりますか。
Ａ 対象になりません。県内で採掘された石材を主な原料とするものに限ります。
"""


def test_a_country_is_one_of_the_foreign_countries_a_rule_speaks_of():
    # 「中国から仕入れた石」 of whether 「外国から輸入した石材」 is taken in: the rule is of every country
    answer = answer_over_text(HANDBOOK_QA, "中国から仕入れた石を県内で加工した灯籠も、石材の輸出補助金の対象になりますか？")
    assert not answer.refused and "対象になりません" in answer.text.splitlines()[0]


def test_a_country_no_passage_names_is_still_missing_from_a_figure_asked():
    answer = answer_over_text(HANDBOOK_QA, "中国向けの石材製品の輸出額はいくらですか？")
    assert answer.refused or "対象になりません" not in answer.text


CALL_WITH_USES = """令和７年度 橅県産家具輸出支援補助金 募集要項

３ 補助対象経費と補助率
○ 経費区分別の補助率と上限額 （令和７年度）
経費区分\t補助率（％）\t上限額（千円）
防炎性能試験\t60\t500
ホルムアルデヒド試験\t60\t150
海外見本市出展\t50\t1,500

５ これまでの実績
○ 市場別・経費区分別の利用件数 （令和６年度）
市場\t防炎性能試験\tホルムアルデヒド試験\t海外見本市出展\t計
米国\t２\t４\t３\t９
ＥＵ\t３\t６\t５\t14
合計\t５\t10\t８\t23
"""


def test_a_share_of_the_year_asked_is_not_read_off_a_rate_table_of_another_year():
    # 「令和６年度に…経費区分のうち、ホルムアルデヒド試験は何％を占め」: 10 of the 23 uses in 令和６年度,
    # not the 令和７年度 table's 補助率 of the row
    first = _first(CALL_WITH_USES, "令和６年度に採択された家具の案件で使われた経費区分のうち、ホルムアルデヒド試験は何％を占めますか？")
    assert "43.5%" in first and "60%" not in first


KPI_OF_PRODUCTS = """令和７年度 橅県産石材製品輸出支援補助金 申請の手引き

１ 制度のあらまし
この手引きにおいて「県産石材製品」とは、県内で採掘された石材を主な原料とし、県内で加工した墓石、灯籠、建築用石材、庭園用石材をいいます。

７ 成果指標
○ 成果指標の目標と実績 （令和６年度）
指標\t目標\t実績\t達成率（％）
石材製品の輸出額（百万円）\t480\t436\t91
輸出に取り組む事業者数（者）\t30\t27\t90
"""


def test_a_part_asked_alone_is_not_the_figure_of_the_whole():
    # 「石材製品のうち、墓石だけの輸出額」: the KPI row is of every stone product; 墓石 is only listed by
    # the definition
    answer = answer_over_text(KPI_OF_PRODUCTS, "石材製品のうち、墓石だけの輸出額はいくらですか？")
    assert "436" not in answer.text.splitlines()[0]


def test_the_whole_asked_is_still_its_row():
    first = _first(KPI_OF_PRODUCTS, "石材製品の輸出額の令和６年度の実績はいくらですか？")
    assert "436百万円" in first


SURVEY_BY_SIZE = """令和６年度 橅県自転車製造業の輸出実態調査 報告書

３ 輸出の状況
令和５年度に製品を輸出した企業は、回答企業156社のうち84社であった。企業規模別では、従業員21人以上の企業は68社のうち53社が輸出しているが、従業員20人以下の企業は88社のうち31社にとどまった。
○ 製品区分別の回答企業と輸出の状況 （令和５年度）
製品区分\t回答企業数（社）\t輸出企業数（社）\tうち直接輸出（社）
完成車\t40\t20\t12
部品\t116\t64\t35
合計\t156\t84\t47
"""


def test_firms_of_a_size_no_table_counts_apart_are_read_from_the_text():
    # 「輸出している企業のうち、従業員20人以下の会社は」: the table counts by product, not by size; the
    # text gives 31社
    first = _first(SURVEY_BY_SIZE, "輸出している企業のうち、従業員20人以下の会社は何社ですか？")
    assert "31社" in first and "47社" not in first


def test_a_size_of_firm_asked_as_a_part_is_unlabelled_in_a_table_by_product():
    from assistant.lookup import _Scored, _size_part_unlabelled
    from structure_docs import records_of

    table = next(r for r in records_of("s.txt", "報告書", SURVEY_BY_SIZE) if r.kind == "table")
    cells = [_Scored(table, c, 1.0, 1.0) for c in table.cells if c.row == "合計"]
    assert _size_part_unlabelled("輸出している企業について、そのうち、従業員20人以下の会社は何社ですか？", cells)
    # (asked of the whole, or of a size the table counts apart, it is labelled or not asked)
    assert not _size_part_unlabelled("輸出している企業は何社ですか？", cells)
    sized = next(r for r in records_of("s.txt", "報告書", SURVEY_BY_SIZE.replace("完成車\t", "従業員20人以下\t")) if r.kind == "table")
    assert not _size_part_unlabelled("そのうち、従業員20人以下の会社は何社ですか？",
                                     [_Scored(sized, c, 1.0, 1.0) for c in sized.cells if c.row == "従業員20人以下"])
