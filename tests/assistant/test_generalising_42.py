"""Answers grounded in the documents' structure, found on the forty-second session's sets."""

from __future__ import annotations

from structure_docs import answer_over_text
from structure_docs import first_line_over as _first

FLOWERS = """楓原県花き輸出支援補助金 募集要項

１ 補助の対象
「小規模企業者」とは、常時使用する従業員の数が20人（商業又はサービス業に属する事業を主とする者は５人）以下の中小企業者をいう。

２ 補助率と上限額
○ 経費区分別の補助率と上限額 （令和７年度）
経費区分\t補助率（％）\t切り花の上限額（千円）\t鉢物の上限額（千円）
植物検疫対応（輸出検査・消毒・証明書）\t50\t300\t400
鮮度保持処理（前処理剤・湿式輸送）\t50\t200\t－
海外見本市への出展\t50\t800\t800
※１ 「－」は、その品目では補助の対象にならない経費です。

３ これまでの実績
○ 申請と交付の実績
年度\t申請件数（件）\t採択件数（件）\t交付額（千円）
令和４年度\t22\t15\t14,880
令和５年度\t27\t18\t18,240
令和６年度\t31\t21\t21,960
合計\t80\t54\t55,080
"""


def test_a_sum_word_with_one_year_named_reads_that_year_s_row_not_the_total():
    # 「2023年度の交付額は、全部で」: the year's own figure; the 合計 row adds every year
    line = _first(FLOWERS, "2023年度の交付額は、全部でいくらでしたか？")
    assert "18,240" in line and "55,080" not in line


def test_a_dash_of_a_class_column_is_pinned_by_the_class_and_an_item_the_row_s_bracket_lists():
    # 「シクラメンの鉢物」 names 鉢物の上限額（千円）; 「前処理剤を使って」 the row that lists 前処理剤
    answer = answer_over_text(FLOWERS, "シクラメンの鉢物を輸出する生産者が、前処理剤を使って鮮度を保つ処理をする場合、その費用も補助の申請ができますか？")
    line = answer.text.splitlines()[0]
    assert line.startswith("いいえ") and "補助の対象にならない" in line


TRANSLATION = """楓原県外国語会社案内翻訳窓口 利用案内

１ 翻訳の種類
（１）名刺の翻訳
納期：原稿の受付から５営業日
（２）会社案内の翻訳
対象となる原稿：日本語の会社案内及びパンフレット（１件30ページまで）
納期：10ページまでは原稿の受付から10営業日、11ページ以上は15営業日

２ 料金
「小規模企業者」とは、常時使用する従業員の数が20人（商業又はサービス業に属する事業を主とする者は５人）以下の中小企業者をいいます。
○ 翻訳の種類別の料金 （令和７年度）
種類\t英語（円）\t中国語・韓国語（円）
名刺の翻訳（１名分）\t2,000\t2,500
会社案内の翻訳（１ページ）\t6,000\t7,000
※１ 小規模企業者は、名刺の翻訳と会社案内の翻訳の料金を半額とします。

３ 利用の状況
令和６年度の会社案内の翻訳の利用件数は85件で、前年度の62件から23件増え、会社案内と名刺を合わせた翻訳の利用は268件、利用した事業者は117事業者でした。
○ 言語別・種類別の利用件数 （令和６年度）
言語\t名刺\t会社案内\tチェックのみ\t計
英語\t60\t40\t21\t121
韓国語\t12\t6\t2\t20
※２ 「チェックのみ」は、ネイティブチェックのみの依頼です。
"""


def test_a_note_saying_what_a_column_means_names_the_column():
    # 「ネイティブチェックだけの依頼」: the note says 「チェックのみ」 is that 依頼
    line = _first(TRANSLATION, "令和6年度、韓国語の翻訳について、ネイティブチェックだけの依頼は何件でしたか？")
    assert "２件" in line or "2件" in line


def test_a_half_fee_for_a_size_class_applies_to_a_firm_the_head_count_puts_in_it_after_the_pages():
    # 15 employees in manufacturing are within the 20人 of 小規模企業者: 6,000円 × 10, then halved
    text = answer_over_text(TRANSLATION, "従業員15人の金属加工の会社が、英語の会社案内を10ページ翻訳してもらうと、料金はいくらになりますか？").text
    assert "60,000円" in text and "30,000円" in text
    assert "当たるため" in text


def test_the_time_until_an_event_is_answered_by_a_line_of_working_days_in_another_passage():
    # 「納品までどのくらいかかりますか」 asks a time, not a price; the 納期 line answers it
    answer = answer_over_text(TRANSLATION, "12ページある会社案内の翻訳を頼むと、納品までどのくらいかかりますか？")
    assert not answer.refused and "15営業日" in answer.text.splitlines()[0]


ADOPTIONS = """楓原県花き輸出支援補助金 実績報告

１ 申請と採択
制度が始まってから新規輸出者の案件の採択は毎年増えており、令和６年度は31件の申請があり、21件を採択しました（うち新規輸出者11件）。
○ 申請と採択の実績
年度\t申請件数（件）\t採択件数（件）\tうち新規輸出者（件）
令和４年度\t22\t15\t8
令和５年度\t27\t18\t9
令和６年度\t31\t21\t11
合計\t80\t54\t28
※ 「合計」は令和４年度から令和６年度までの３年間の合計です。
"""


def test_a_sum_over_the_years_is_the_total_row_not_a_sentence_of_one_year():
    # the sentence gives 令和６年度's 11件 only; it states no total, so the 合計 row answers
    line = _first(ADOPTIONS, "制度が始まってから３年間で、新規輸出者の案件は合わせて何件採択されていますか？")
    assert "28件" in line


def test_a_row_named_by_a_thing_its_bracket_lists_answers_a_long_case():
    # 「保冷航空便の運賃」 names 保冷輸送（保冷航空便・リーファー） though the asker's case dilutes the topic
    text = answer_over_text("""楓原県花き輸出支援補助金 募集要項

１ 補助率と上限額
○ 経費区分別の補助率と上限額 （令和７年度）
経費区分\t補助率（％）\t切り花の上限額（千円）\t鉢物の上限額（千円）
植物検疫対応（輸出検査・消毒・証明書）\t50\t300\t400
保冷輸送（保冷航空便・リーファー）\t30\t500\t600
海外見本市への出展\t50\t800\t800
""", "鉢植えの胡蝶蘭をアメリカに輸出している農家から、保冷航空便の運賃に補助を使いたいと相談がありました。上限額はいくらですか？").text
    assert "600千円" in text and not text.startswith("資料には")


def test_it_after_a_question_of_which_is_the_most_is_the_one_the_reply_named():
    from assistant.followup import rewrite_followup

    history = [{"role": "user", "content": "令和５年度に輸出額が一番大きかった茶の種類は何ですか？"},
               {"role": "assistant", "content": "抹茶で、輸出額は356百万円でした[1]。"}]
    rewritten = rewrite_followup("それは、輸出額全体の何％に当たりますか？", history)
    assert "抹茶" in rewritten and "令和5年度" in rewritten
    # a reply that names nothing is no name to point at
    refused = [history[0], {"role": "assistant", "content": "該当する記載はありませんでした。"}]
    assert "該当する記載" not in rewrite_followup("それは、輸出額全体の何％に当たりますか？", refused)


def test_a_dash_of_a_column_whose_note_lists_the_language_asked_says_no():
    # タイ語 is one of the 「その他の言語」 the note lists; its 「－」 is 「取り扱っていないもの」
    text = """楓原県外国語会社案内翻訳窓口 利用案内

１ 料金
○ 翻訳の種類別の料金 （令和７年度）
種類\t英語（円）\t中国語・韓国語（円）\tその他の言語（円）
会社案内の翻訳（１ページ）\t6,000\t7,000\t10,000
ネイティブチェックのみ（１ページ）\t3,000\t3,500\t－
※１ 「その他の言語」は、ベトナム語、タイ語及びインドネシア語です。
※２ 「－」は、その言語では取り扱っていないものです。
"""
    line = _first(text, "自社で作ったタイ語の会社案内を、ネイティブの人にチェックだけしてもらうことはできますか？")
    assert line.startswith("いいえ") and "取り扱っていない" in line


def test_the_unit_holding_the_kind_asked_leads_unless_the_best_is_a_table_row():
    from assistant.extractive import Unit, _holder_first

    passage = object()
    rule = Unit("対象となる原稿：日本語の会社案内（１件30ページまで）", passage, 1, score=0.7)
    due = Unit("納期：10ページまでは原稿の受付から10営業日、11ページ以上は15営業日", passage, 1, score=0.7)
    assert _holder_first("納品までどのくらいかかりますか？", [rule, due])[0] is due
    # a table's row holds its figures without their unit (the header gives it): it stays first
    row = Unit("ベトナム 45 38 16 インドネシア 22 21 ６", passage, 1, score=0.9)
    said = Unit("中小企業の駐在員は82人で、全体の３割弱である。", passage, 1, score=0.8)
    assert _holder_first("インドネシアに駐在している社員は何人いますか？", [row, said])[0] is row
