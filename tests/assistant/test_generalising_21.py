"""Answers grounded in the documents' structure, found on the twenty-first session's sets."""

from __future__ import annotations

import pytest
from structure_docs import answer_naming_siblings, answer_over_text as _over, first_line_over as _first


DESK = """国際取引法務サポートデスク 活動報告書

２ 相談の状況
○ 相談内容別の相談件数 （令和６年度）
相談内容\t件数（件）\t構成比（％）\tうち弁護士相談（件）
契約書の作成・確認\t146\t30.0\t38
知的財産の保護\t88\t18.1\t21
紛争・クレーム対応\t41\t8.4\t13
合計\t487\t100.0\t92

○ 主な活動実績の推移
項目\t単位\t令和４年度\t令和５年度\t令和６年度
セミナーの開催\t回\t４\t５\t６
セミナーの参加者\t人\t168\t215\t262
個別相談会の開催\t回\t10\t12\t12
"""


def test_a_part_column_named_is_a_share_of_its_row_not_the_printed_share_of_the_table():
    # 構成比 is the row's share of all consultations; 「…のうち、弁護士相談まで進んだもの」 names the
    # row's うち column: 13 of 41
    first = _first(DESK, "紛争やクレームの相談のうち、弁護士相談まで進んだものはどのくらいの割合ですか？")
    assert "31.7%" in first and "8.4" not in first
    # (the printed share is still read when no part is named)
    assert "8.4%" in _first(DESK, "紛争・クレーム対応は相談全体のどのくらいの割合を占めていますか？")


def test_an_average_per_unit_divides_two_rows_of_the_asked_years_column():
    # rows are measures each in its own unit (単位 column), columns are years: 262人 ÷ ６回
    first = _first(DESK, "令和６年度のセミナーは、１回当たり平均で何人が参加しましたか？")
    assert "43.7人" in first and "262人" in first and "６回" in first


SURVEY = """脱炭素対応調査 報告書

２ 回答企業と脱炭素要請
○ 業種別の回答企業と脱炭素要請 （令和６年度）
業種\t回答企業数（社）\tうち要請あり（社）\tうち排出量を算定済み（社）
輸送用機械\t33\t24\t19
電気機械・電子部品\t36\t21\t16
食料品\t41\t12\t７
合計\t110\t57\t42

４ 要請の内容と要請元
○ 要請元の国・地域別の企業数 （令和６年度）
国・地域\t企業数（社）\tうち取引の条件とされた（社）
ドイツ\t31\t９
フランス\t22\t６
英国\t20\t５
欧州計\t73\t20
米国\t30\t８
北米計\t34\t９
"""


def test_a_part_column_of_those_that_have_it_is_named_by_what_they_have():
    # うち要請あり（社）: 「要請を受けた会社」 names it by 要請; the whole is the row's 回答企業数
    first = _first(SURVEY, "回答した輸送用機械のメーカーのうち、海外の取引先から脱炭素の要請を受けた会社の割合はどれくらいですか？")
    assert "72.7%" in first


def test_a_subtotal_row_is_named_by_what_it_adds_up():
    # 欧州計 is 「欧州」, not its largest country ドイツ; the part column named in other words
    first = _first(SURVEY, "欧州の取引先から要請を受けた企業のうち、応じることを取引を続ける条件とされた企業はどのくらいの割合ですか？")
    assert "27.4%" in first and "ドイツ" not in first


GRANTS = """貿易手続デジタル化支援補助金 実施要領

５ これまでの実績
○ 申請と交付の実績
年度\t申請件数（件）\t交付件数（件）\t交付額（万円）
令和４年度\t22\t15\t1,320
令和５年度\t28\t19\t1,788
令和６年度\t35\t24\t2,318
"""


def test_an_average_per_unit_counts_what_the_question_says_was_done():
    # two counts in 件: 「交付した補助金は、１件当たり」 divides by the 交付件数
    first = _first(GRANTS, "令和６年度に交付した補助金は、１件当たり平均でいくらになりますか？")
    assert "96.6万円" in first and "24件" in first


REQUESTS = """脱炭素対応調査 報告書

４ 要請の内容
今回の調査では、要請を受けた企業が118社と、前回の調査の72社から大きく増えた。自社の排出量を算定済みの企業は83社であった。

○ 海外の取引先から求められた内容（複数回答） （単位：％）
内容\t令和４年度調査\t令和６年度調査
温室効果ガス排出量の報告\t69.4\t82.2
製品ごとの排出量の算定\t25.0\t43.2
排出量の削減目標の設定\t40.3\t49.2
"""


def test_a_time_said_relative_to_now_is_no_word_the_cell_must_hold():
    # 「前回の調査から今回の調査で」 picks the two survey columns; 今回 names nothing in the table
    from assistant.lookup import question_shaping_words

    question = "製品ごとの排出量の算定を求められた企業の割合は、前回の調査から今回の調査で何ポイント上がりましたか？"
    assert {"前回", "今回"} <= question_shaping_words(question)
    assert "18.2" in _first(REQUESTS, question)


def test_soko_points_at_the_desk_the_reply_named():
    from assistant.followup import _assistant_phrases

    reply = "榎県脱炭素経営相談窓口（公益財団法人榎県産業支援センター内）で個別の相談を受け付けています[1]。"
    assert _assistant_phrases(reply, "排出量の算定方法を個別に相談したい会社", limit=1, names_only=True) == ["榎県脱炭素経営相談窓口"]


INDUSTRIES = """脱炭素対応調査 報告書

１ 調査の概要
調査の目的：海外の取引先から県内企業に寄せられる脱炭素の要請と、その対応の状況を把握するため
調査対象：海外の取引先と直接又は商社を通じて取引を行う企業 740社
海外の取引先から要請を受けた企業は118社で、前回の調査から大きく増えた。取引先の国・地域は欧州が最も多い。
取引先の要請に応じることを、取引を続ける条件とされた企業もあった。

３ 主な業種の状況
（１）輸送用機械
主な要請元：ドイツ、米国の自動車部品メーカー
主な課題：二次取引先からの排出量のデータが集まらない
（２）電気機械・電子部品
主な要請元：台湾、米国の電子機器メーカー
主な課題：工場の電力を再生可能エネルギーに切り替える費用が大きい
（３）食料品
主な要請元：英国、フランスの小売業者
主な課題：算定の方法を理解している担当者がいない
"""


@pytest.mark.parametrize("question, said", [
    ("輸送機械の業界では、どんな課題がありますか？", "データが集まらない"),
    ("電気機械・電子部品の業界では、取引先の要請に応えるうえでどんな課題がありますか？", "費用が大きい"),
])
def test_a_sibling_section_is_named_by_its_short_form(question, said):
    # 輸送機械 of 輸送用機械: a short form keeps the name's first and last characters; 取引先, the
    # survey's subject, is no detail of the one sibling that writes it too (二次取引先)
    answer = answer_naming_siblings(question, "survey.txt", "脱炭素対応調査 報告書", INDUSTRIES)
    assert not answer.refused and said in answer.text.split("\n")[0]


def test_a_short_form_keeps_the_first_and_last_characters_in_order():
    from assistant.retrieval import _shortens, named_sections

    siblings = {"輸送用機械": frozenset({"電気機械・電子部品", "食料品"}), "電気機械・電子部品": frozenset({"輸送用機械", "食料品"}),
                "食料品": frozenset({"輸送用機械", "電気機械・電子部品"})}
    assert named_sections("食品メーカーの業界では、何が課題になっていますか？", siblings) == ["食料品"]

    assert _shortens("食品", "食料品") and _shortens("輸送機械", "輸送用機械")
    assert not _shortens("電機", "電気機械・電子部品") and not _shortens("食料", "食料品") and not _shortens("品食", "食料品")


COURSES = """やさしい日本語普及推進事業 実施報告書

２ 受講の状況
集合研修は市町村との共催で開き、医療機関、宿泊施設、自治会などに参加を呼びかけ、業種や地域ごとの研修会も開いた。
○ 所属別の受講者数 （令和６年度）
所属\t集合研修（人）\tオンライン講座（人）\t合計（人）
県職員\t86\t142\t228
市町村職員\t214\t96\t310
医療・福祉\t97\t64\t161
合計\t397\t302\t699

３ 市町村別の集合研修の開催状況
○ 市町村別の集合研修の開催状況 （令和６年度）
市町村\t開催回数（回）\t受講者数（人）\tうち民間・地域（人）
梓市\t７\t168\t81
東野市\t４\t92\t38
合計\t11\t260\t119
梓市では、医療機関や宿泊施設などの業種ごとに研修会を開き、開催回数、受講者数ともに最も多かった。

５ 主な研修会
（１）梓市 医療機関向け研修会
開催日：令和６年７月18日（木）
受講者：46人
（２）東野市 宿泊施設向け研修会
開催日：令和６年９月５日（木）
受講者：27人
（３）白石町 自治会向け研修会
開催日：令和６年11月９日（土）
受講者：19人
"""


def test_two_columns_named_without_their_unit_are_compared_on_the_whole():
    # 「集合研修とオンライン講座で」 names 集合研修（人） and オンライン講座（人）; no row named: the 合計 row
    first = _first(COURSES, "集合研修とオンライン講座で、受講者は何人違いますか？")
    assert "95人" in first and "397人" in first and "302人" in first


def test_a_share_of_the_whole_is_read_off_the_table_not_an_event_card():
    # the cards 「受講者：46人」 are one event each; the whole is the table's 合計 row: 119 ÷ 260
    first = _first(COURSES, "市町村の研修会の受講者のうち、民間・地域の人は全体の何％ですか？")
    assert "45.8%" in first


CRUISE = """クルーズ旅客消費動向調査 報告書

１ 調査の概要
「ツアー参加者」とは、船会社が販売する寄港地観光ツアーに参加した回答者をいう。

３ 回答者の国籍・地域と消費額
○ 国籍・地域別の回答者数と消費額 （令和６年度）
国籍・地域\t回答者数（人）\tうちツアー参加者（人）\t１人当たり消費額（円）
台湾\t412\t188\t24,850
香港\t205\t71\t31,200
米国\t260\t118\t18,400

４ 費目別の消費額
寄港地ツアーに参加した人は、参加しなかった人より１人当たり消費額が多かった。
○ 費目別の１人当たり消費額 （単位：円）
費目\tツアー参加者\t非参加者
飲食費\t4,820\t3,950
買物代\t11,350\t9,800
合計\t20,640\t16,900
"""


def test_a_share_of_a_named_row_and_part_column_is_computed_before_other_tables_percentages():
    # 「台湾の回答者のうち、…ツアーに参加した人の割合」: 188 ÷ 412 of the best table, not a cell of the
    # table of amounts whose column is the defined ツアー参加者
    question = "台湾の回答者のうち、船会社の寄港地ツアーに参加した人はどのくらいの割合ですか？"
    for first in (None, "費目別"):  # (whichever passage the retrieval put first)
        assert "45.6%" in _over(CRUISE, question, first=first).text.splitlines()[0]


FAIRS = """海外留学フェア 実施報告書

４ 主な説明会
（１）ハノイ日本留学フェア
開催日：令和６年10月５日（土）
参加者数：312人
個別相談件数：88件
（２）カトマンズ日本留学説明会
開催日：令和６年11月16日（土）
参加者数：96人
個別相談件数：41件
"""


def test_a_country_is_held_by_a_section_about_its_city():
    # 「ネパールで開いた説明会」: the document writes カトマンズ, not ネパール
    from assistant.regions import region_held

    assert region_held("ネパール", "カトマンズ日本留学説明会") and region_held("東南アジア", "バンコク事務所")
    assert not region_held("フランス", "パリ協定に基づく") and not region_held("ネパール", "ハノイ日本留学フェア")
    answer = _over(FAIRS, "ネパールで開いた説明会では、個別相談は何件ありましたか？")
    assert not answer.refused and "41件" in answer.text.splitlines()[0]


INTERNS = """海外連携大学インターンシップ事業 報告書

４ インターンシップ生アンケートの結果
○ インターンシップ生アンケートの結果 （回答者57人、単位：人）
項目\tとても満足\t満足\tやや不満\t不満
\tVery satisfied\tSatisfied\tSomewhat dissatisfied\tDissatisfied
研修の内容\t31\t20\t５\t１
受入企業の指導\t28\t23\t４\t２
"""


def test_the_counts_of_the_quoted_answers_make_the_share_asked_of_a_row_named_in_other_words():
    # 研修の中身 for the row 研修の内容; the quoted columns' counts are read though a ％ is asked
    first = _first(INTERNS, "研修の中身について、「とても満足」か「満足」と答えた人は回答者の何％でしたか？")
    assert "89.5%" in first
