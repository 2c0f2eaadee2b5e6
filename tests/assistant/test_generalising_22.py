"""Answers grounded in the documents' structure, found on the twenty-second session's sets."""

from __future__ import annotations

from structure_docs import answer_over_text as _over, first_line_over as _first, records_of


CARGO = """空港活性化プラン

２ 現状
令和６年度の国際航空貨物取扱量は3,410トンで、５年続けて前年度を上回った。このうち輸出が2,130トンを占め、主な仕向地は香港、台湾及びシンガポールである。
県内の外国人住民は23,780人で、国籍別ではベトナムが最も多く、中国、フィリピン、ネパールの順となっている。
"""


def test_a_name_listed_among_peers_has_no_count_of_its_own():
    # 香港 is one of three destinations; 3,410トン and 2,130トン are of all of them
    answer = _over(CARGO, "令和６年度に香港へ運んだ貨物は何トンでしたか？")
    assert answer.refused and "香港" in answer.text and "3,410" not in answer.text.splitlines()[0]
    answer = _over(CARGO, "ネパール国籍の県民は、今何人くらいいますか？")
    assert answer.refused and "23,780" not in answer.text.splitlines()[0]
    # (the whole, asked as a whole, is still answered)
    assert "3,410" in _first(CARGO, "令和６年度の国際航空貨物の取扱量は何トンでしたか？")


def test_a_name_with_a_figure_of_its_own_or_outside_a_list_is_answered():
    from assistant.extractive import _listed_among_peers

    assert _listed_among_peers("香港", "主な仕向地は香港、台湾及びシンガポールである。")
    assert not _listed_among_peers("香港", "香港(120トン)、台湾(80トン)及びシンガポール")
    assert not _listed_among_peers("ニューヨーク", "・場所：米国・ニューヨーク\n・参加企業：７社")
    assert not _listed_among_peers("米国", "米国とドイツが多い。")
    assert not _listed_among_peers("香港", "香港への輸出は120トンで、台湾、シンガポールが続く。")
    # (an adverb before a comma is no member: the sentence is about 大連市)
    assert not _listed_among_peers("大連", "特に、大連市の日系企業数は、都市別にみると世界第3位の規模です。")


GRANTS = """越境ＥＣ出店支援補助金のご案内

１ 制度の概要
県内の中小企業が海外の消費者に直接商品を届けられるよう、越境ＥＣの販売サイトへの出店に要する経費の一部を補助します。
令和４年度から令和６年度までの３年間に、延べ81件、7,137万円を交付しました。

２ 出店した企業の状況
出店した企業の海外での売上高は、令和６年度に前年度比で18％増加しました。
"""


def test_a_change_asked_of_a_measure_is_answered_only_where_it_is_said_to_change():
    # the grants (81件、7,137万円) tell nothing of the export sales they brought
    answer = _over(GRANTS.split("２ 出店")[0], "この補助金で出店した会社は、海外での売上高がどれくらい伸びましたか？")
    assert answer.refused and "売上高" in answer.text and "7,137" not in answer.text.splitlines()[0]
    # (a passage that says the measure changed answers)
    assert "18％" in _first(GRANTS, "この補助金で出店した会社は、海外での売上高がどれくらい伸びましたか？")


CRAFTS = """工芸品 海外商品開発 実績報告書

２ 試験販売の結果
○ 都市別の試験販売の結果 （令和６年度）
都市\t店舗数（店）\t販売数（個）\t販売額（万円）\t構成比（％）
ニューヨーク\t２\t520\t640\t32.0
パリ\t２\t410\t560\t28.0
台北\t１\t300\t200\t10.0
合計\t５\t1,230\t1,400\t100.0

○ バイヤーの業態別の商談結果 （令和６年度）
業態\t商談件数（件）\t成約件数（件）\t成約額（万円）
百貨店\t24\t５\t310
専門店\t40\t12\t520
合計\t64\t17\t830
"""

RETURNS = """生産拠点県内回帰促進補助金 制度の手引き

３ 実績
○ 年度別の認定と交付の実績
項目\t単位\t令和４年度\t令和５年度\t令和６年度
認定件数\t件\t４\t６\t９
投資予定額\t億円\t38\t61\t97
新規常用雇用予定者数\t人\t112\t185\t264
交付件数\t件\t２\t３\t５

○ 回帰元の国・地域別の認定実績 （令和４～６年度の累計）
国・地域\t認定件数（件）\t投資予定額（億円）\t新規常用雇用予定者数（人）
中国\t８\t72\t205
タイ\t４\t31\t98
小計（アジア）\t12\t103\t303
米国\t２\t41\t112
小計（アジア以外）\t２\t41\t112
合計\t14\t144\t415
"""


def test_an_average_per_shop_divides_by_the_shop_count_column():
    # 店舗数（店）: a count in 店, asked as １店舗当たり; 640万円 ÷ ２店
    assert "320万円" in _first(CRAFTS, "ニューヨークでは、１店舗当たり平均でいくら売れた計算になりますか？")


def test_an_average_picks_the_count_the_question_says_and_the_measure_it_names():
    # rows with their own units: 新規常用雇用予定者数 ÷ 認定件数 (not 交付件数), 264人 ÷ ９件
    assert "29.3人" in _first(RETURNS, "令和６年度に認定された案件は、１件当たり平均で何人の新規雇用を予定していますか？")
    # a row's two measures: 「どれくらいの投資を予定」 names 投資予定額, 41億円 ÷ ２件
    assert "20.5億円" in _first(RETURNS, "米国から生産を戻した案件は、１件当たり平均でどれくらいの投資を予定していますか？")


def test_a_share_asked_after_the_whole_as_topic_divides_the_part_column_by_the_whole():
    # 「…商談は、何％が成約に」: 成約件数 ÷ 商談件数 of the 百貨店 row (成約額 is in another unit)
    assert "20.8%" in _first(CRAFTS, "百貨店のバイヤーとの商談は、何％が成約につながりましたか？")


def test_a_subtotal_row_is_named_by_what_it_adds_up_and_a_case_counts_in_ken():
    # 小計（アジア） adds up アジア; 案件 is what 件 counts, no label's word
    first = _first(RETURNS, "令和４年度から６年度までに、アジアから生産を戻した案件は何件認定されましたか？")
    assert "12件" in first and "小計（アジア）" in first


def test_a_sentence_that_says_the_askers_case_names_no_required_place():
    from assistant.extractive import required_names

    # the company's plan, said in the present before the question: 中国 says which case, not the topic
    assert "中国" not in required_names("従業員60人の部品メーカーが、中国の工場を閉じて県内に工場を新しく建てます。"
                                        "この補助金を使うには、投資額はいくら以上必要ですか？")
    assert "ベトナム" not in required_names("社員18人のメーカーから、ベトナムの会社を買収する前に調査を頼みたいと"
                                          "相談がありました。この調査費用は何％補助されますか？")
    # (what the asker heard is the topic: そこ points at it)
    assert "ニューヨーク" in required_names("令和6年度にニューヨークの展示会に出したと聞きました。そこには何社参加しましたか？")


def test_a_rate_asked_of_a_year_is_no_share_of_a_whole():
    from assistant.lookup import read_intent

    # 「…は何％でしたか」 asks a printed rate; 「…は、何％が成約に」 asks a part's share
    assert read_intent("ビンラム省の2023年の経済成長率は何％でしたか？").op != "rate"
    assert read_intent("百貨店のバイヤーとの商談は、何％が成約につながりましたか？").op == "rate"


CASES = """海外提携・Ｍ＆Ａ支援補助金 交付要綱

３ 主な事例
（１）精密部品製造業Ａ社
提携の相手：ベトナムの金型メーカー
提携の形態：買収
補助金の額：312万円
"""


def test_an_attribute_asked_with_how_it_is_taken_must_be_in_the_passages():
    # 「買収価格は平均でいくら」: the cases give the grants, not the price paid
    answer = _over(CASES, "これまでの補助案件で、海外企業の買収価格は平均でいくらでしたか？")
    assert answer.refused and "買収価格" in answer.text and "312" not in answer.text.splitlines()[0]
    # (what the passages hold is still answered, asked the same way)
    assert "312万円" in _first(CASES, "Ａ社の補助金の額は全部でいくらでしたか？")


DEALS = """海外提携・Ｍ＆Ａ支援補助金 交付要綱

４ 実績
制度を始めた令和２年度から令和６年度までの５年間に、延べ51件、6,560万円を交付し、このうち27件で海外提携等が成立した。

○ 相手国・地域別の成立件数 （令和２～６年度の累計）
国・地域\t買収（件）\t資本提携（件）\t業務提携（件）\t計（件）
ベトナム\t２\t２\t４\t８
タイ\t１\t２\t３\t６
合計\t３\t４\t７\t14
"""


def test_a_share_of_a_whole_the_text_counts_is_computed_from_its_sentence():
    # 「このうち27件で海外提携等が成立」 of 「延べ51件」: 27 ÷ 51, not a column of the table of deals
    first = _first(DEALS, "制度が始まってから補助金を受けた案件のうち、実際に提携や買収まで成立したのは何％ですか？")
    assert "52.9%" in first and "51件" in first and "27件" in first


def test_a_percentage_is_not_answered_with_a_count():
    from assistant.extractive import _count_for_a_percentage
    from assistant.lookup import Found

    cell = records_of("doc.txt", "t", DEALS)[0].cells[0]
    counted = Found("合計の買収は３件です。", [(None, cell)])
    assert cell.unit == "件" and _count_for_a_percentage("…成立したのは何％ですか？", counted)
    assert not _count_for_a_percentage("…成立したのは何件ですか？", counted)


def test_a_label_of_another_amount_does_not_answer_the_amount_named():
    # 「いくらのデザイン料」 and the line is 「試験販売での販売額：186万円」
    text = "工芸品 実績報告書\n\n３ 主な協業事例\n（１）欅焼\n協業したデザイナー：米国の工業デザイナー\n試験販売での販売額：186万円\n"
    answer = _over(text, "協業した海外のデザイナーには、１人当たりいくらのデザイン料を支払いましたか？")
    assert answer.refused and "デザイン料" in answer.text
    assert "186万円" in _first(text, "欅焼の試験販売では、いくらの販売額がありましたか？")


def test_a_ratio_column_in_a_row_of_counts_is_in_percent():
    text = """海外事務所 活動報告

○ 主要指標の推移
指標\t令和５年度\t令和６年度\t前年度比（％）
成約件数（件）\t88\t84\t95.5
商談件数（件）\t300\t330\t110.0
"""
    cells = {(c.row, c.column): c for r in records_of("doc.txt", "t", text) for c in r.cells}
    assert cells["成約件数（件）", "前年度比（％）"].unit == "%"
    assert cells["成約件数（件）", "令和６年度"].unit == "件"
    assert "95.5%" in _first(text, "2024年度は成約件数が前の年度より減ったと聞きました。前年度比で何％だったのでしょうか？")
