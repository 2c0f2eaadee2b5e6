"""Answers grounded in the documents' structure, found on the forty-eighth session's sets."""

from __future__ import annotations

from structure_docs import answer_over_text
from structure_docs import first_line_over as _first

GRANTS = """令和７年度 楓県輸出商品改良補助金 利用案内

１ 補助金の概要
県内の中小企業が自社の商品を海外で売り出せるよう、商品の表示や包装を改める費用の一部を補助します。

２ 申請と交付の実績
○ 年度別の申請件数と交付件数
年度\t申請件数（件）\t交付件数（件）\t交付額（千円）
令和４年度\t35\t28\t9,800
令和５年度\t38\t30\t10,450
令和６年度\t41\t33\t11,200
令和６年度は41件の申請があり、33件に交付した。
"""


def test_a_reason_asked_after_the_deed_and_its_noun_needs_the_deed_written():
    # 「不採択になった申請には、どんな理由が」: no document writes 不採択, so no reason either;
    # the refusal says which detail is missing
    answer = answer_over_text(GRANTS, "不採択になった申請には、どんな理由が多かったのでしょうか？")
    assert answer.refused and "「不採択」" in answer.text


VISITS = """令和６年度 楓県・サンタ州友好交流の実績

２ 相互訪問の状況
○ 分野別の相互訪問者数 （単位：人）
分野\t本県からの派遣\t\t州からの受入れ\t
\t令和５年度\t令和６年度\t令和５年度\t令和６年度
行政・議会\t12\t10\t６\t８
経済\t18\t21\t11\t15
教育・青少年\t25\t30\t20\t22
"""


def test_a_clause_before_the_people_counted_says_which_not_a_detail():
    # 「本県から州へ出かけた人は何人」: the clause says which people (the 派遣 group), 人 what is
    # counted; no detail the cells must name
    first = _first(VISITS, "2023年度に、経済分野で本県から州へ出かけた人は何人でしたか？")
    assert "18" in first


DESK = """令和７年度 楓県外国人留学生等 県内就職支援事業のご案内

５ これまでの実績
○ 県内就職者数の目標と実績
年度\t目標（人）\t実績（人）
令和５年度\t50\t48
令和６年度\t55\t57
※１ 県内就職者数は、本事業の支援を受けて県内企業に就職した留学生等の数です。
サポートデスクへの相談は、令和６年度に留学生等から396件、企業から168件ありました。
就職活動が本格化する３月と、合同企業説明会を開いた11月に、留学生等からの相談が多くなっています。
○ 月別の相談件数 （令和６年度、単位：件）
区分\t４月\t５月\t６月\t７月\t８月\t９月\t10月\t11月\t12月\t１月\t２月\t３月
留学生等\t18\t22\t35\t41\t19\t24\t38\t45\t29\t33\t40\t52
企業\t10\t12\t14\t13\t11\t15\t16\t21\t13\t12\t19\t12
"""


def test_a_month_asked_is_read_off_its_column_not_the_years_sentence():
    # 「令和７年２月に、企業から…何件」: the ２月 column of the 令和６年度 table (19), not the year's 168
    first = _first(DESK, "令和７年２月に、企業からサポートデスクに寄せられた相談は何件でしたか？")
    assert "19" in first and "168" not in first


GUIDELINE = """令和７年度 楓県産海苔輸出促進事業費補助金交付要綱

（補助対象外経費）
第５条 次に掲げる経費は、補助の対象としない。
一 交付決定の日より前に発注し、又は支払った経費
二 補助事業者の従業員の人件費

（参考２）手続の流れ
① 交付申請書の提出
② 交付決定の通知
③ 事業の実施
④ 実績報告書の提出（事業完了の日から30日以内）
⑤ 補助金の額の確定と支払

（参考４）相談窓口
対応言語：日本語のほか、英語及び中国語
"""


def test_a_line_of_the_languages_served_answers_whether_one_is():
    answer = answer_over_text(GUIDELINE, "相談窓口では英語で相談できますか？")
    assert not answer.refused and "英語" in answer.text


BAMBOO = """令和７年度 楓県産竹工芸品輸出支援補助金 募集要項

２ 用語の定義
この要項において「塗装製品」とは、表面の全体に塗装又は漆塗りを施した県産竹工芸品をいい、それ以外の県産竹工芸品を「素地製品」といいます。

３ 補助対象経費と補助率
○ 製品区分別の補助率と上限額 （令和７年度）
経費区分\t素地製品\t\t塗装製品\t
\t補助率（％）\t上限額（千円）\t補助率（％）\t上限額（千円）
海外での意匠登録の出願\t60\t400\t50\t400
海外見本市への出展\t60\t600\t50\t500
英語版商品カタログの制作\t60\t250\t50\t200
※１ 補助金の額は、１事業者当たり120万円を上限とし、千円未満の端数は切り捨てます。
※２ 過去にこの補助金で英語版商品カタログを制作した事業者がカタログを作り直す場合は、上限額を上表の２分の１とします。
"""


def test_a_notes_case_of_a_business_is_named_by_the_askers_trade():
    # 「…制作した事業者がカタログを作り直す場合は、上限額を上表の２分の１」 of 「以前…作ったことがある…工房が」
    answer = answer_over_text(BAMBOO, "以前この補助金で英語版のカタログを作ったことがある工房が、素地の籠のカタログを作り直すそうです。上限額はいくらになりますか？")
    assert "125千円" in answer.text and "250千円 × 0.5" in answer.text


def test_items_listed_and_counted_are_added_in_the_group_named():
    # 「A、B、Cの三つで申請し、どれも上限額まで」: the three rows' caps of 素地製品 added (1,250千円),
    # then the note's cap per firm (120万円); 英語のカタログ制作 is the row 英語版商品カタログの制作
    answer = answer_over_text(BAMBOO, "素地の竹籠を作る工房が、海外での意匠登録、海外見本市への出展、英語のカタログ制作の三つで申請し、"
                                      "どれも上限額まで使ったとすると、補助金は最大でいくらになりますか？")
    assert "1,250千円" in answer.text and "120万円" in answer.text


def test_dore_mo_is_no_interrogative():
    from assistant.lookup import read_intent
    from index.tokenizer import get_tokenizer

    intent = read_intent("三つの経費で申請し、どれも上限額まで使うと、補助金はいくらですか？", get_tokenizer().content_words)
    assert "which" not in intent.wants and intent.op == "sum"


NORI = """令和７年度 楓県産海苔輸出促進事業費補助金交付要綱

（定義）
第２条 この要綱において「漁協等」とは、県内の漁業協同組合及びその連合会をいう。

（補助率等）
第４条 補助率及び補助金の上限額は、別表のとおりとする。
２ 補助金の額は、１事業者当たり１年度につき250万円（漁協等にあっては400万円）を上限とし、千円未満の端数は切り捨てる。
３ 漁協等が海外販路開拓事業を行う場合の上限額は、別表に定める額の２倍とする。

別表（第４条関係）
○ 事業区分別の補助率及び上限額 （令和７年度）
事業区分\t経費区分\t補助率（％）\t上限額（千円）
輸出基準対応事業\t成分検査\t70\t300
輸出基準対応事業\t衛生証明書の取得\t50\t200
海外販路開拓事業\t海外見本市への出展\t50\t1,200
海外販路開拓事業\t外国語パンフレットの作成\t50\t300
"""


def test_an_articles_case_may_name_the_rows_group_and_a_term_by_its_head():
    # 「漁協等が海外販路開拓事業を行う場合の上限額は、別表に定める額の２倍」: 海外販路開拓事業 is the group of
    # the row 海外見本市への出展, and 「漁協が」 names 漁協等
    answer = answer_over_text(NORI, "漁協が海外の見本市に出展する場合、補助の上限額はいくらになりますか？")
    assert "2,400千円" in answer.text


def test_an_articles_case_is_not_applied_to_another_group_or_another_applicant():
    for question, cap in (("漁協が成分検査を頼む場合、補助の上限額はいくらになりますか？", "300千円"),
                          ("加工会社が海外の見本市に出展する場合、補助の上限額はいくらになりますか？", "1,200千円")):
        answer = answer_over_text(NORI, question)
        assert cap in answer.text and "× 2" not in answer.text, question


USES = """令和７年度 楓県産竹工芸品輸出支援補助金 募集要項

５ これまでの実績
○ 輸出先別・経費区分別の利用件数 （令和６年度）
輸出先\t植物検疫処理\t意匠登録の出願\t見本市への出展\t計
台湾\t０\t２\t２\t４
米国\t３\t４\t４\t11
フランス\t１\t３\t３\t７
オーストラリア\t４\t１\t１\t６
"""


def test_a_sum_by_rows_then_ranked_asks_the_rows_totals_order():
    # 「輸出先別に合計すると、２番目に多いのはどこ」: the 計 column ranked (米国 11, フランス 7), not one sum
    first = _first(USES, "令和６年度に補助が使われた件数を輸出先別に合計すると、２番目に多いのはどこですか？")
    assert "フランス" in first


BRUSHES = """令和６年度 楓県毛筆・化粧筆製造業の輸出実態調査 報告書

３ 主な製品別の状況
○ 主な製品別の回答事業者と輸出の状況 （令和５年度）
主な製品\t回答事業者数（者）\t輸出事業者数（者）\tうちＯＥＭ生産あり（者）\t輸出額（万円）
書道用毛筆\t58\t14\t２\t3,820
化粧筆（天然毛）\t34\t22\t９\t21,460
化粧筆（合成繊維）\t30\t18\t８\t12,300
主な製品別では、化粧筆（天然毛）が輸出事業者数、輸出額ともに最も多く、化粧筆の２区分で輸出額全体の３分の２を超える。
"""


def test_a_row_of_a_shared_name_is_told_apart_by_its_bracket():
    # 「天然毛の化粧筆が主力の事業者のうち、輸出している事業者」: 22 of the 34 of 化粧筆（天然毛）
    first = _first(BRUSHES, "天然毛の化粧筆が主力の事業者のうち、輸出している事業者は何％ですか？")
    assert "64.7%" in first


def test_a_duty_no_document_writes_the_verb_of_is_not_answered():
    # 「補助金を返さないといけないのでしょうか」: no document writes 返 (返還, 返納, 返す) in any form
    answer = answer_over_text(GUIDELINE, "補助金をもらった後、結局取引がまとまらなかった場合、補助金を返さないといけないのでしょうか？")
    assert answer.refused and "返さないといけない" in answer.text


FAQ = """令和７年度 楓県入札参加支援補助金 募集要領

８ よくある質問
Ｑ１ 入札に参加したものの、落札できなかった場合は、補助金を返還しなければなりませんか。
Ａ 返還の必要はありません。落札の結果にかかわらず、補助の対象となります。
"""


def test_a_duty_the_document_writes_is_answered():
    answer = answer_over_text(FAQ, "入札で落札できなかった場合、受け取った補助金は返さないといけませんか？")
    assert not answer.refused and "返還の必要はありません" in answer.text
