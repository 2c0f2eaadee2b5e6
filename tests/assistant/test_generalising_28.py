"""Answers grounded in the documents' structure, found on the twenty-eighth session's sets."""

from __future__ import annotations

from assistant.industries import industry_labels
from assistant.lookup import asks_which_extreme
from structure_docs import answer_over_text as _over, first_line_over as _first


SURVEY = """県内企業の輸出と貿易条件に関する調査 結果報告

１ 回答企業
○ 業種別の回答企業 （令和６年度）
業種\t回答企業数（社）\t輸出あり（社）
食料品\t48\t30
一般機械\t41\t33
電気機械\t27\t21
医療・福祉\t12\t2
卸売・小売業\t62\t40

２ 主な業種の状況
（１）食料品
 主な輸出先：香港、台湾、米国
 主に使う貿易条件：ＣＩＦ
 主な意見：相手国の表示の規制が毎年のように変わり、ラベルの作り直しに費用がかかるという声が多い。
（２）一般機械
 主な輸出先：米国、中国、タイ
 主に使う貿易条件：ＦＣＡ
 主な意見：据付けと保証の範囲を契約書で明確にすることが課題で、専門家に相談したいという声が多い。
（３）卸売・小売業
 主な輸出先：中国、ベトナム、韓国
 主に使う貿易条件：ＦＯＢ
 主な意見：仕入先との条件と販売先との条件をそろえるのが難しく、輸送中の事故の負担が分かりにくい。
"""

STORES = """海外ポップアップストア出店支援 実績

１ 出店の事例
（１）日本酒製造業Ａ社
 出店先：台北市の百貨店
 売上額：386万円
（２）漆器製造業Ｂ社
 出店先：バンコクの商業施設
 売上額：512万円
 出店の効果：現地の百貨店の担当者の目に留まり、常設の売場での取扱いについて商談が始まった。

２ 市町村の国際交流の予算
 県内の市町村の国際交流関係予算（当初予算）の合計は、令和６年度が２億1,460万円で、前年度から
1,700万円増えた。予算の多くは、姉妹都市との相互訪問と外国人住民への生活支援に充てられている。
"""


def test_a_business_named_in_everyday_words_is_read_in_its_industrys_row():
    # 病院や介護施設 are of 医療・福祉, 商社 of 卸売・小売業 (the industrial classification)
    assert "12社" in _first(SURVEY, "病院や介護施設のような業種では、回答した企業は何社でしたか？")
    assert "62社" in _first(SURVEY, "商社や問屋では、回答した企業は何社でしたか？")
    # a group's own row before its broader one's: 工作機械 is 一般機械, not 電気機械
    labels = industry_labels("工作機械のメーカーでは", ["一般機械", "電気機械", "輸送用機械", "（２）一般機械"])
    assert [x.labels for x in labels] == [("一般機械", "(2)一般機械")]
    # a heading that names an industry among other words is no industry's label; nor is 商店街 a shop
    assert industry_labels("病院の職員は", ["梓市医療機関向け研修会"]) == []
    assert industry_labels("商店街の店では", ["卸売・小売業"]) == []
    # the document's own word is read as it is
    assert industry_labels("商社では", ["卸売・小売業"], written="大手の商社が…") == []


def test_a_card_that_says_which_is_used_most_answers_which_is_used_most():
    # 「どの貿易条件がいちばんよく使われて」 of the 一般機械 card (主に使う貿易条件：ＦＣＡ), not the
    # largest row of the table of respondents
    line = _first(SURVEY, "工作機械などのメーカーでは、どの貿易条件がいちばんよく使われていますか？")
    assert "ＦＣＡ" in line and "一般機械" in line
    assert "ＦＯＢ" in _first(SURVEY, "商社では、どの貿易条件がいちばんよく使われていますか？")
    assert asks_which_extreme("どの貿易条件がいちばんよく使われていますか？")
    # などの is no which-question
    assert not asks_which_extreme("工作機械などのメーカーで、最も多い輸出先は？")


def test_which_is_largest_is_not_answered_by_one_figure():
    # two case cards and a total are no comparison of all the cities or all the towns
    answer = _over(STORES, "これまでの出店先の都市の中で、売上額がいちばん大きかったのはどの都市ですか？")
    assert answer.refused
    answer = _over(STORES, "国際交流の予算が一番多い市町村はどこですか？", first="国際交流")
    assert answer.refused and "一番多い市町村はどこ" in answer.text
    # one case's figure is still read when asked
    assert "512万円" in _first(STORES, "漆器製造業Ｂ社の売上額はいくらでしたか？")


GRANTS = """輸出向け生産設備導入支援補助金 交付要綱

（参考２）これまでの交付実績
 制度を始めた令和２年度から令和５年度までに、延べ47件を交付した。
○ 年度別の交付実績
年度\t申請件数（件）\t交付件数（件）\t交付額（万円）
令和３年度\t17\t11\t3,025
令和４年度\t21\t13\t3,560
令和５年度\t26\t15\t4,310
"""


def test_firms_a_grant_was_given_to_are_counted_by_its_cases():
    # 「何件の事業者に補助金が交付された」: the firms are those the grant went to, one 交付件数 each
    line = _first(GRANTS, "2022年度には、何件の事業者に補助金が交付されましたか？")
    assert "13件" in line and "21" not in line


def test_the_askers_situation_is_no_part_of_what_is_asked():
    from assistant.lookup import asks_yes_or_no

    # 「お願いしたいのですが、」 says what the asker wants; 「…かかりますか」 asks whether
    assert asks_yes_or_no("ベトナムの企業との商談で通訳をお願いしたいのですが、参加費とは別に費用がかかりますか？")
    assert not asks_yes_or_no("通訳をお願いしたいのですが、費用はいくらかかりますか？")
    assert not asks_yes_or_no("参加費について教えていただけますか？")


USERS = """翻訳ツール・生成ＡＩ活用実態調査 報告書

２ 回答企業と利用の状況
○ 業種別の回答企業と利用の状況 （令和６年度）
業種\t回答企業数（社）\tうち翻訳ツール利用（社）\tうち生成ＡＩ利用（社）
食料品\t41\t30\t12
機械\t45\t39\t21
電気機器\t28\t24\t15
合計\t114\t93\t48
"""


def test_a_share_within_the_row_named_before_its_whole_is_of_its_own_columns():
    # 「電気機器のメーカーでは、回答した会社のうち何％が生成ＡＩを」: 15 ÷ 28 of the 電気機器 row, not
    # the row's share of all respondents (28 ÷ 114)
    line = _first(USERS, "電気機器のメーカーでは、回答した会社のうち何％が生成ＡＩを使っていますか？")
    assert "53.6" in line and "114" not in line
    # a row named after the whole is still its part: 28 ÷ 114
    assert "24.6" in _first(USERS, "回答した企業のうち、電気機器の企業は何％ですか？")


TRENDS = """翻訳ツール・生成ＡＩ活用実態調査 報告書

４ 主な指標の推移
○ 主な指標の推移
指標\t単位\t令和４年度\t令和５年度\t令和６年度
回答企業数\t社\t288\t301\t312
翻訳ツールの利用率\t％\t61.2\t68.4\t75.0
生成ＡＩの利用率\t％\t9.7\t21.6\t34.9
"""


def test_a_share_the_table_prints_as_a_row_is_read_not_computed():
    # 「生成ＡＩを使っている会社の割合」: the row 生成ＡＩの利用率 (％), not a share of 回答企業数
    line = _first(TRENDS, "2023年度の調査では、生成ＡＩを使っている会社の割合は何％でしたか？")
    assert "21.6" in line


DEFINED = """翻訳ツール・生成ＡＩ活用実態調査 報告書

１ 調査の概要
 調査基準日：令和６年10月１日
 この報告書において「翻訳ツール」とは、文書や電子メールを機械的に翻訳するソフトウェアをいい、生成ＡＩ
を除く。また、「利用」とは、調査基準日前の６か月間に、海外との取引に関する業務で１回以上使ったこと
をいう。

２ 回答企業と利用の状況
 回答企業312社のうち、生成ＡＩを利用している企業は109社（34.9％）であった。
"""


def test_whether_a_case_is_counted_as_a_quoted_term_is_read_in_its_definition():
    from assistant.extractive import _answer_types, _nfkc, _term_asked

    question = "７か月前に一度だけ生成ＡＩで英文メールを作った会社は、この調査では生成ＡＩを「利用」している会社に数えられますか？"
    assert _term_asked(_nfkc(question)) == "利用"
    # a mail the case wrote, a phone call things came by, ask no address or number
    assert not _answer_types(_nfkc(question))
    from assistant.extractive import _MAIL_VALUE, _PHONE_VALUE

    assert not {_MAIL_VALUE, _PHONE_VALUE} & set(_answer_types(_nfkc("そのうち、電話やメールで寄せられたものは何件ですか？")))
    assert {_MAIL_VALUE, _PHONE_VALUE} <= set(_answer_types(_nfkc("担当課の電話番号とメールアドレスを教えてください。")))
    assert _PHONE_VALUE in _answer_types(_nfkc("その協議会に電話で相談したいのですが、番号を教えてください。"))
    assert _PHONE_VALUE not in _answer_types(_nfkc("大連市の日系企業の拠点数は世界で何番目の規模ですか？"))
    assert "６か月間" in _over(DEFINED, question).text.splitlines()[0]


FORUM = """国際ビジネスフォーラム 参加案内

５ これまでの開催実績
 参加者は毎回増えており、前回（令和６年度）は362人が参加し、このうち海外からの参加者は
87人でした。個別商談会では214件の商談が行われ、29件が成約に至りました。
"""


def test_a_share_the_text_gives_as_a_whole_and_then_a_part_is_computed():
    # 「214件の商談が行われ、29件が成約に」: the part follows the whole without うち
    line = _first(FORUM, "前回の個別商談会では、商談のうち何％が成約に結びつきましたか？")
    assert "13.6" in line and "214件" in line


EVENTS = """海外展開支援事業 実施報告

４ 現地での支援
（１）現地企業との商談会
 ・開催日：令和７年２月13日～16日
 ・場所：タイ・バンコク
 ・参加企業：５社
 現地の商社や小売業者との商談を設定し、参加企業の販路開拓を支援した。

５ 海外バイヤーとの商談会
 令和７年（2025年）１月に県内で海外のバイヤーを招いた商談会を開き、118件の商談のうち29件が成約した。
成約額は1,300万円で、セレクトショップとの成約が件数、金額ともに最も多かった。
"""


def test_an_event_of_another_month_does_not_answer_for_the_month_asked():
    # 「令和７年１月の商談会」: the card of the event of 令和７年２月 is another event's; the January
    # one's text gives no count of buyers
    answer = _over(EVENTS, "令和７年１月の商談会には、海外のバイヤーが何社参加しましたか？")
    assert answer.refused or "５社" not in answer.text
    # the month's own event answers, and 「いつ」 may be answered by another month
    assert "５社" in _first(EVENTS, "令和７年２月の商談会には、何社が参加しましたか？")
