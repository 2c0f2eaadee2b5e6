"""Answers grounded in the documents' structure, found on the thirty-sixth session's sets."""

from __future__ import annotations

from structure_docs import answer_over_text as _over, first_line_over as _first


FEES = """楓原県海外検品代行サービス 利用案内

３ 料金
○ 検品の種類別の料金 （令和７年度）
検品の種類\tアジア（円）\tアジア以外（円）
外観検品\t80,000\t160,000
数量検品\t50,000\t100,000
外観・数量の同時検品\t110,000\t220,000
検品報告書の翻訳（追加）\t15,000\t15,000
※１ 「アジア」は、東アジア、東南アジア及び南アジアの国・地域をいいます。
※２ 上表は県内中小企業の料金です。それ以外の事業者の料金は、上表の額の1.5倍とします。
"""


def test_a_row_named_by_the_end_of_its_label_is_added_not_a_sibling_of_a_word_inside_another():
    # 外観検品 is no row the question names by the 検品 of 「外観・数量の同時検品」; 報告書の翻訳 names
    # 検品報告書の翻訳（追加） by the end of its label
    line = _first(FEES, "県内の中小企業が、タイの工場の外観・数量の同時検品に報告書の翻訳も付けて頼むと、料金は合わせていくらですか？")
    assert "125,000円" in line
    assert "80,000" not in line


def test_a_place_outside_the_region_is_the_rest_column_and_a_firm_of_no_class_pays_the_others_rate():
    # メキシコ is no country of アジア: the column アジア以外; a 大企業 is no 県内中小企業, so the note's
    # 1.5 times applies; the question's case words (本社, 委託先工場) are in no label
    answer = _over(FEES, "県内に本社がある大企業が、メキシコの委託先工場の外観検品を頼むと、料金はいくらになりますか？")
    assert "160,000円" in answer.text.splitlines()[0]
    assert "240,000円" in answer.text
    assert "大企業は県内中小企業以外の事業者" in answer.text


RATES = """楓原県海外規格適合支援補助金 交付要綱

（補助対象経費）
○ 補助対象経費ごとの補助率と上限額 （令和７年度）
経費区分\t補助率（％）\t\t上限額（千円）\t
\t中小企業者\t小規模企業者\t試験認証\t書類整備
認証機関への試験委託費\t50\t70\t2,000\t－
適合書類の作成に係る専門家謝金\t50\t70\t1,200\t600
適合書類・取扱説明書の翻訳費\t60\t80\t500\t300
※１ 「－」は、その区分では補助の対象とならないことを示す。
※２ 補助金の額は、１事業者１年度当たり、試験認証は250万円、書類整備は80万円を上限とし、千円未満の端数は切り捨てる。
"""


def test_a_dash_of_the_named_column_answers_for_the_row_most_of_whose_words_are_said():
    # no row label is written whole: 「認証機関に試験を委託する費用」 says most of 認証機関への試験委託費,
    # and the column it names, 書類整備, prints the dash its note explains
    line = _first(RATES, "書類整備として申請する場合、認証機関に試験を委託する費用も補助してもらえますか？")
    assert line.startswith("いいえ。")
    assert "認証機関への試験委託費" in line and "「－」" in line


def test_the_caps_of_two_rows_used_up_are_added_and_the_firms_ceiling_of_the_case_applies():
    answer = _over(RATES, "試験認証で、専門家への謝金と試験委託費の両方を上限まで使った場合、補助金は最大でいくらですか？")
    assert "3,200千円" in answer.text
    assert "250万円が上限" in answer.text
    assert "80万円が上限" not in answer.text


MEMBERSHIP = """楓原県海外業界団体加入支援補助金 募集要領

○ 経費区分別の補助率と上限額 （令和７年度）
経費区分\t補助率（％）\t\t上限額（千円）\t
\t中小企業者\t小規模企業者\t業界団体\t商工会議所等
入会金\t50\t70\t300\t200
年会費（初年度分）\t50\t70\t400\t300
会報への掲載料\t40\t50\t150\t－
※１ 補助金の額は、１事業者当たり60万円を上限とし、千円未満の端数は切り捨てます。
"""


def test_every_cap_used_up_is_the_sum_of_the_named_caps_column_within_the_firms_ceiling():
    # the caps of 業界団体, not the rates of the 小規模企業者 the question also names
    answer = _over(MEMBERSHIP, "小規模企業者が業界団体に加入し、３つの経費区分をすべて上限額まで使った場合、補助金は最大でいくらになりますか？")
    assert "850千円" in answer.text.splitlines()[0]
    assert "60万円が上限" in answer.text
    assert "190%" not in answer.text


SURVEY = """楓原県海外取引トラブル実態調査 報告書

○ 業種別の遭遇・被害の状況 （令和６年度調査）
業種\t回答企業数（社）\tトラブルに遭遇した企業（社）\t被害企業（社）\t被害額（万円）
食料品\t48\t11\t３\t214
機械\t52\t17\t６\t1,262
合計\t100\t28\t９\t1,476

○ 講じている対策（複数回答） （単位：％）
対策\t全体\t中小企業\t大企業
電子メールのなりすまし対策\t33.3\t26.3\t75.0
送金前の複数者による確認\t30.1\t35.6\t28.0

６ 問合せ先
担当：楓原県貿易振興課
電話：099-000-0000
電子メール：kaede@example.jp
"""


def test_an_average_per_firm_divides_by_the_count_whose_words_the_question_says():
    # 「被害を受けた企業」 says 被害企業, not トラブルに遭遇した企業 by the た企 of its kana
    line = _first(SURVEY, "機械メーカーで被害を受けた企業は、１社当たり平均でいくら失ったことになりますか？")
    assert "210.3万円" in line


def test_the_mail_a_topic_is_about_asks_for_no_address():
    line = _first(SURVEY, "電子メールのなりすまし対策をしている企業の割合は、大企業と中小企業で何ポイント違いますか？")
    assert "48.7ポイント" in line
    assert "@" not in line


AUDITS = """楓原県海外工場監査代行サービス 利用案内

１ サービスの概要
サービス名：楓原県海外工場監査代行サービス
この案内において「１件」とは、１つの工場を１回訪ねて行う監査をいい、同じ会社の工場であっても所在地が異なるものは別の件として数えます。
対象となる工場：利用者の海外の仕入先又は製造委託先の工場
"""


def test_whether_a_case_is_counted_as_a_defined_unit_is_answered_by_its_definition():
    line = _first(AUDITS, "仕入先がタイの２つの町にそれぞれ工場を持っていて、両方を監査してもらう場合、１件として扱われますか？")
    assert "「１件」とは" in line and "別の件" in line


KINDS = """楓原県海外工場監査代行サービス 利用案内

２ 監査の種類
（１）品質監査
確認する内容：製造工程の管理、検査の方法と記録
現地での日数：１日
（２）社会監査
確認する内容：労働時間、賃金の支払、安全衛生
現地での日数：２日
（３）フォローアップ監査
確認する内容：前回の監査で指摘した是正事項の改善の状況
現地での日数：半日
"""


def test_half_a_day_is_a_length_and_the_card_the_question_describes_gives_it():
    # no heading is named: the card whose lines say what the question describes (前回の監査で指摘)
    line = _first(KINDS, "前回の監査で指摘された点が直ったかどうかだけを確かめてもらう場合、監査員は現地にどれくらいいますか？")
    assert "半日" in line
    assert "１日" not in line and "２日" not in line


COUNTRIES = """楓原県海外工場監査代行サービス 利用案内

○ 国・地域別の監査件数 （令和６年度）
国・地域\t品質監査\t社会監査\t計
インドネシア\t６\t５\t11
インド\t４\t２\t６
合計\t10\t７\t17
"""


def test_a_row_whose_name_is_inside_the_asked_rows_name_is_not_shown_beside_it():
    line = _first(COUNTRIES, "2024年度に、インドネシアで行われた社会監査は何件ですか？")
    assert "５件" in line
    assert "インド " not in line and "インド２" not in line.replace(" ", "")


STANDARDS = """楓原県国際標準化活動支援補助金 交付要綱

（補助金の額）
第４条 補助金の額は、１事業者１年度当たり300万円を上限とし、千円未満の端数は切り捨てる。
（成果の報告）
第９条 補助事業者は、提案した規格が国際規格として発行されるまで、毎年度の審議の状況を報告しなければならない。
"""

GUIDE = """楓原県国際標準化相談窓口 利用案内

１ 国際規格ができるまで
提案から国際規格の発行までには、通常３年程度かかります。
"""


def test_the_years_a_thing_takes_are_a_length_not_a_year():
    # 「何年くらいかかって」 asks the years taken: a note's 「１年度当たり」 gives none
    assert _over(STANDARDS, "補助を受けて提案した規格は、発行されるまでに平均で何年くらいかかっていますか？").refused
    line = _first(GUIDE, "提案してから国際規格が発行されるまで、何年くらいかかりますか？")
    assert "３年程度" in line
