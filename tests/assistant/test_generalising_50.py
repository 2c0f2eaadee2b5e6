"""Answers grounded in the documents' structure, found on the fiftieth session's sets."""

from __future__ import annotations

from structure_docs import answer_over_text
from structure_docs import first_line_over as _first

CASES = """令和６年度 楓県提灯・和ろうそく製造業の輸出実態調査 報告書

４ 事業者の事例
（１）提灯製造業Ｄ社（楓市）
主な製品：海外の日本料理店向けの店舗用提灯
主な輸出先：米国、オーストラリア
（２）提灯型照明製作所Ｅ社（葉浜市）
主な製品：提灯型のペンダント照明
主な輸出先：フランス、ドイツ
（３）和ろうそく製造所Ｆ社（奥沢町）
主な製品：櫨ろうの和ろうそく
主な輸出先：台湾、香港
"""


def test_where_goods_are_exported_is_a_country_not_the_town_of_the_firms_heading():
    # 「主にどこに輸出」 asks the 輸出先 line; the heading's （葉浜市） is where the firm is
    answer = answer_over_text(CASES, "提灯の形をした照明器具を作っている会社の事例では、主にどこに輸出していますか？", first="（２）")
    assert "フランス" in answer.text


BY_ITEM = """令和７年度 楓県産乾椎茸輸出拡大支援補助金のご案内

５ 令和６年度の実績
○ 品目別・輸出先別の輸出量 （令和６年度）（単位：トン）
品目\t香港\t台湾\t米国\tその他\t計
どんこ（肉厚のもの）\t9.8\t4.2\t1.9\t0.7\t16.6
こうしん（薄手のもの）\t5.1\t3.6\t2.8\t1.2\t12.7
スライス・粉末\t0.9\t1.3\t3.1\t1.5\t6.8
合計\t15.8\t9.1\t7.8\t3.4\t36.1
"""


def test_a_share_of_the_whole_is_read_in_the_total_row_not_in_the_first_rows_total_column():
    # 「米国向けは全体の何％」 of a table by item with a 計 column: 7.8 / 36.1, not 1.9 / 16.6
    first = _first(BY_ITEM, "令和６年度に輸出された乾椎茸のうち、米国向けは全体の何％ですか？")
    assert "21.6" in first and "11.4" not in first


def test_how_much_asked_with_dore_dake_is_a_figure_of_the_table():
    first = _first(BY_ITEM, "乾椎茸の輸出量で、こうしんの米国向けはどれだけですか？")
    assert "米国は2.8トン" in first


def test_a_follow_up_naming_another_place_drops_the_place_of_the_reply():
    from assistant.followup import rewrite_followup

    history = [{"role": "user", "content": "乾椎茸の輸出量で、こうしんはシンガポールに何トン輸出されましたか？"},
               {"role": "assistant", "content": "こうしんのシンガポール向けは1.4トンでした[1]。"}]
    standalone = rewrite_followup("その品目の米国向けはどれだけですか？", history)
    assert "こうしん" in standalone and "シンガポール" not in standalone


def test_a_topic_keeps_its_place_when_the_follow_up_names_none_or_compares_two():
    from assistant.followup import _swap_place

    topic = "乾椎茸の輸出量で、こうしん・シンガポール向"
    assert _swap_place(topic, "その品目の米国向けはどれだけですか？") == "乾椎茸の輸出量で、こうしん・米国向"
    assert _swap_place(topic, "その品目の合計はどれだけですか？") == topic
    assert _swap_place(topic, "香港と台湾ではどちらが多いですか？") == topic


RATES = """令和７年度 楓県産はちみつ等輸出促進補助金 募集要項

３ 補助対象経費と補助率
○ 補助対象経費、補助率及び上限額 （令和７年度）
経費区分\t単独申請\t\t共同申請\t
\t補助率（％）\t上限額（千円）\t補助率（％）\t上限額（千円）
輸出用ラベルの作成\t50\t200\t60\t300
残留物質検査\t50\t300\t－\t－
海外見本市への出展\t50\t600\t60\t900
※１ 「－」の欄は、補助の対象としません。共同申請の構成員の残留物質検査は、県養蜂協会が行う共同検査（無料）により実施します。
"""


def test_a_figure_per_unit_of_a_thing_no_document_writes_is_refused():
    # 「１検体当たりの検査料」: the call gives the rate and the cap of the tests, not a price per sample
    answer = answer_over_text(RATES, "残留物質検査を受ける場合、１検体当たりの検査料はいくらくらいかかりますか？")
    assert answer.refused and "検体" in answer.text


def test_a_figure_per_unit_the_document_writes_is_answered():
    fees = RATES + "\n４ 共同検査\n検査料：１検体当たり8,000円（県養蜂協会の会員は無料）\n"
    answer = answer_over_text(fees, "残留物質検査を受ける場合、１検体当たりの検査料はいくらですか？")
    assert not answer.refused and "8,000" in answer.text


def test_a_relayed_question_of_whether_is_a_yes_or_no_question():
    from assistant.lookup import asks_yes_or_no

    assert asks_yes_or_no("構成員の残留物質検査の費用も、補助してもらえるのかと聞かれました。")
    assert asks_yes_or_no("生椎茸の輸出も対象になるか知りたいそうです。")
    assert not asks_yes_or_no("残留物質検査の上限額はいくらになるのかと聞かれました。")


def test_a_relayed_question_of_whether_is_answered_by_the_dash_of_the_group_it_names():
    first = _first(RATES, "３者で共同申請する予定の養蜂グループから、構成員それぞれの残留物質検査の費用も"
                          "補助してもらえるのかと聞かれました。")
    assert "共同申請" in first and "補助の対象としません" in first and "300" not in first


COURSES = """令和７年度 楓県産乾椎茸輸出拡大支援補助金のご案内

２ コースと補助率
（１）品質証明コース
対象となる経費：輸出先が求める品質・衛生の検査と証明書の取得
補助率：３分の２
補助上限額：40万円
（２）小分け商品開発コース
対象となる経費：小分け商品の包装資材の設計、外国語の表示の作成及び試作品の製作
補助率：２分の１
補助上限額：80万円
（３）海外販売促進コース
対象となる経費：海外の店舗での試食販売、料理教室の開催及び販促物の制作
補助率：２分の１
補助上限額：120万円
"""


def test_a_grant_for_a_cost_is_read_from_the_rate_and_cap_of_the_course_section_asked():
    # courses as sibling sections, each with its 補助率 and 補助上限額 lines: the lead section's
    first = _first_in(COURSES, "乾椎茸の補助金の小分け商品開発コースで、経費が96万円の場合、補助金はいくらになりますか？", "（２）")
    assert "48万円" in first


def test_a_grant_for_a_cost_beyond_the_course_cap_is_the_cap():
    first = _first_in(COURSES, "乾椎茸の補助金の品質証明コースで、経費が90万円の場合、補助金はいくらになりますか？", "（１）")
    assert "40万円" in first and "60万円" in first


def _first_in(text: str, question: str, section: str) -> str:
    return answer_over_text(text, question, first=section).text.splitlines()[0]


CALL_WITH_FAQ = RATES + """
７ よくある質問
Ｑ１ 同じ年度に、単独申請と共同申請の両方を行うことはできますか。
Ａ できません。１年度に１事業者１申請とします。
Ｑ２ 残留物質検査の結果、輸出先の基準を超えてしまった場合、検査費用は補助されますか。
Ａ 補助の対象になります。検査の結果にかかわらず、検査に要した費用を対象とします。
"""


def test_a_question_the_documents_own_q_and_a_asks_is_answered_by_its_answer_before_a_table():
    # the row 残留物質検査 of the table of rates shares the words; the document's Ｑ２ is the question
    answer = answer_over_text(CALL_WITH_FAQ, "残留物質検査を受けたら、輸出先の基準を超える結果が出てしまった養蜂業者がいます。"
                                             "その場合でも、検査費用は補助されるのでしょうか？")
    first = answer.text.splitlines()[0]
    assert first.startswith("補助の対象になります") and "300" not in first
    assert any("Ｑ２" in c.quote and "検査に要した費用を対象とします" in c.quote for c in answer.citations)


def test_a_question_that_says_little_of_the_documents_q_and_a_is_not_answered_by_it():
    answer = answer_over_text(CALL_WITH_FAQ, "共同申請で残留物質検査の費用は補助されますか？")
    assert not answer.text.startswith("補助の対象になります")
