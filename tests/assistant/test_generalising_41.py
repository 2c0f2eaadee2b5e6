"""Answers grounded in the documents' structure, found on the forty-first session's sets."""

from __future__ import annotations

from structure_docs import answer_over_text
from structure_docs import first_line_over as _first

from assistant.lookup import read_intent
from index.tokenizer import get_tokenizer

CIDER = """楓原県りんご酒輸出支援補助金 募集要項

１ 補助の実績と成果指標
○ 申請と交付の実績
年度\t申請件数（件）\t交付件数（件）\tうちりんご酒（件）
令和４年度\t14\t9\t2
令和５年度\t17\t12\t4
令和６年度\t20\t15\t6
○ 目標と実績 （令和６年度）
指標\t目標値\t実績値\t達成率（％）
輸出に取り組む醸造所数（所）\t20\t18\t90
海外商談会の来場バイヤー数（人）\t300\t210\t70
輸出額（万円）\t4,000\t4,400\t110
"""


def test_a_bar_on_the_achievement_reads_the_table_of_targets_not_a_table_the_words_name():
    # 「成果指標のうち」 holds うち, as the column うちりんご酒 does, and 「８割」 a figure: the
    # indicators are those of the table that holds targets and actuals
    line = _first(CIDER, "成果指標のうち、達成率が８割に届かなかったのはどの指標ですか？")
    assert "来場バイヤー数" in line and "醸造所数" not in line


HANDOVER = """楓原県海外展開企業の事業承継に関する調査 報告書

１ 海外事業を引き継ぐ者
後継者決定企業140社のうち、海外事業も後継者本人が引き継ぐ予定の企業は72社、海外事業を担当する役員を別に置く予定の企業は35社、海外現地法人の現地幹部に任せる予定の企業は21社で、12社はまだ決めていない。

２ 海外現地法人の代表者
○ 国・地域別の海外現地法人の代表者 （令和６年９月１日現在）
国・地域\t現地法人数（社）\tうち日本人が代表（社）\t５年以内に交代予定（社）
中国\t30\t26\t11
米国\t16\t12\t6
タイ\t22\t18\t8
合計\t68\t56\t25
"""


def test_a_title_of_a_person_named_with_a_percentage_asks_a_share_not_a_person():
    # 「代表者の交代を予定しているのは何％」: 代表者 names what is counted, 何％ what is asked
    line = _first(HANDOVER, "米国にある現地法人のうち、５年以内に代表者の交代を予定しているのは何％ですか？")
    assert "37.5%" in line


def test_a_share_of_a_part_listed_in_a_sentence_reads_the_clause_that_names_it():
    # the parts are listed clause by clause after うち: the one the question names, not the first
    line = _first(HANDOVER, "後継者が決まっている会社のうち、海外事業を現地法人の現地幹部に任せる予定の会社は何％ですか？")
    assert "21社" in line and "15%" in line and "72社" not in line


def test_deeds_listed_with_tari_that_no_document_writes_are_not_answered():
    answer = answer_over_text(HANDOVER, "事業承継をきっかけに海外の現地法人を売却したり撤退したりした会社は何社ありましたか？")
    assert answer.refused and "売却" in answer.text


CARNET = """楓原県展示会出品物一時輸出手続代行窓口 利用案内

１ 代行の種類
（１）書類作成代行
行う内容：申請書類の作成
必要な日数：資料の受領から４営業日
（２）発給申請代行
行う内容：発給機関への申請と証書の受取り
必要な日数：資料の受領から９営業日

２ 代行手数料
○ 物品価額別の代行手数料 （令和７年度）
物品価額\t書類作成代行（円）\t発給申請代行（円）\t通関立会い（１回）（円）
100万円未満\t9,000\t16,000\t11,000
100万円以上1,000万円未満\t14,000\t24,000\t13,000
1,000万円以上\t26,000\t42,000\t－
※１ 「－」は、個別に見積もります。
※２ 県内中小企業（県内に事業所を有する中小企業者）は、上表の手数料の半額とします。
"""


def test_a_dash_cell_of_a_band_holding_the_quantity_says_what_the_note_says_a_dash_means():
    line = _first(CARNET, "物品価額が1,500万円の出品物の場合、通関立会いの手数料はいくらですか？")
    assert "－" in line and "個別に見積もります" in line


def test_a_note_that_halves_a_fee_for_a_class_applies_to_the_class_written_with_no():
    # 「県内の中小企業」 is the note's 県内中小企業 (its bracketed gloss is no case to name)
    answer = answer_over_text(CARNET, "県内の中小企業が、物品価額300万円の出品物について書類の作成だけを頼むと、手数料はいくらになりますか？")
    assert "7,000円" in answer.text


def test_days_counted_from_an_event_in_working_days_answer_how_many_days_it_takes():
    answer = answer_over_text(CARNET, "証書を受け取るところまで全部お願いしたい場合、資料を渡してから何日かかりますか？")
    assert not answer.refused and "営業日" in answer.text


def test_kana_that_name_nothing_and_an_estimate_the_asker_gives_are_no_topic():
    intent = read_intent("従業員12人の醸造所が、専門家に頼みたいそうです。費用は50万円の見込みですが、補助金はいくらになりますか？",
                         get_tokenizer().content_words)
    assert "そう" not in intent.topic.split()
    assert "見込" not in intent.kinds


def test_a_title_beside_a_figure_asked_is_no_who_but_a_body_asked_by_doko_still_is():
    words = get_tokenizer().content_words
    assert "who" not in read_intent("米国の現地法人のうち、代表者の交代を予定しているのは何％ですか？", words).wants
    assert "who" in read_intent("その拠点はどこが運営していて、いつ開設されたんですか？", words).wants
    assert "who" in read_intent("何件の相談を受けた課はどこが担当していますか？", words).wants


CALL = """楓原県りんご酒輸出支援補助金 募集要項

１ 募集の概要
この要項において「新規輸出」とは、補助事業の対象とする国・地域に申請者が果実酒を輸出した実績がない場合をいい、それ以外の場合を「継続輸出」といいます。

２ 補助率と上限額
○ 経費区分別の補助率と上限額 （令和７年度）
経費区分\t補助率（％）\t上限額（千円）\t上限額（千円）
\t\t新規輸出\t継続輸出
海外試飲会の開催\t50\t700\t450
成分分析\t50\t250\t120
輸出用ボトル・ラベルの制作\t50\t300\t－
※１ 上限額は、新規輸出か継続輸出かによって適用します。「－」は、補助の対象にならない経費です。
"""


def test_a_class_defined_with_its_complement_reads_the_column_of_the_firm_s_history():
    # 「すでに輸出実績のある香港」 has exported there: not 新規輸出, so the column 継続輸出
    answer = answer_over_text(CALL, "すでに輸出実績のある香港で試飲会を開く場合、補助の上限額はいくらですか？")
    first = answer.text.split("\n")[0]
    assert "450" in first and "700" not in first


ROUTES = """楓原港ポートセールス協議会 事業報告書

１ 航路別の取扱量
○ 航路別の外貿コンテナ取扱量 （単位：TEU）
航路\t令和５年度\t令和６年度
中国（華北）航路\t10,200\t11,100
中国（華中）航路\t15,300\t16,200
中国（華南）航路\t5,800\t5,900
韓国航路\t8,100\t8,400
"""


def test_a_group_the_question_counts_sums_only_that_many_rows_and_reads_kanji_numerals():
    # 「中国向けの２つの航路」: three rows hold 中国, so no sum of the three answers it
    line = _first(ROUTES, "中国向けの２つの航路を合わせると、令和６年度の取扱量はどれだけになりますか？")
    assert "33,200" not in line
    # (and 「二つの航路」 of the two rows the question names is two: their sum)
    line = _first(ROUTES, "中国（華北）航路と韓国航路の二つの航路で、令和６年度の取扱量は合わせてどれだけですか？")
    assert "19,500" in line


def test_a_dash_cell_of_the_class_s_column_and_a_row_mostly_said_answers_whether_it_is_covered():
    # 「以前から輸出している」 reads 継続輸出, 「輸出用のボトルやラベル」 the row 輸出用ボトル・ラベルの制作: its
    # cell is 「－」, which the note says is no cost the subsidy covers
    answer = answer_over_text(CALL, "以前から輸出している国向けに、輸出用のボトルやラベルを作り直す費用は補助されますか？")
    first = answer.text.split("\n")[0]
    assert "継続輸出は" in first and "－" in first and "補助の対象にならない" in first
