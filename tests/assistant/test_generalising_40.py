"""Answers grounded in the documents' structure, found on the fortieth session's sets."""

from __future__ import annotations

from structure_docs import answer_over_text
from structure_docs import first_line_over as _first

from assistant.definitions import definitions
from assistant.lookup import read_intent
from index.tokenizer import get_tokenizer

FRANCHISE = """楓原県海外出店支援補助金 実績報告

１ 事業の概要
県内の飲食店が海外の加盟者と契約して出店する費用の一部を補助した。

２ 実績
○ 国・地域別の開業店舗数 （単位：店）
国・地域\t令和４年度\t令和５年度\t令和６年度\t３年度計
台湾\t4\t6\t9\t19
タイ\t2\t5\t7\t14
ベトナム\t0\t2\t5\t7
合計\t6\t13\t21\t40
※４ 開業店舗数は、補助を受けた事業者の現地加盟者が、その年度に開いた店舗の数である。
"""


def test_a_note_that_says_what_a_measure_counts_defines_its_unquoted_label():
    # 「※４ 開業店舗数は、…開いた店舗の数である」 defines the table's measure as a quoted term does
    assert ("補助を受けた事業者の現地加盟者が、その年度に開いた店舗", "開業店舗数") in definitions(
        "※4 開業店舗数は、補助を受けた事業者の現地加盟者が、その年度に開いた店舗の数である。")
    # (not a note that lists a label's parts: 「回答企業数は、全体301社、…である」)
    assert definitions("※3 回答企業数は、全体301社、300人未満244社、300人以上57社である。") == []


def test_a_question_in_the_notes_words_reads_the_measure_it_defines():
    # 「提携先がタイで開いた店」 says the note's words, not the label 開業店舗数: the row タイ answers
    line = _first(FRANCHISE, "2024年度に、補助を受けた会社の提携先がタイで開いた店は何店ですか？")
    assert "７店" in line or "7店" in line


BRIBERY = """楓原県外国公務員贈賄防止対応調査 報告書

１ 調査の概要
県内企業に、海外取引における贈賄防止の取組を尋ねた。「海外取引企業」とは、令和５年度に海外との取引があった企業をいう。

２ 回答企業と対応の状況
○ 業種別の回答企業と対応の状況 （令和６年度調査）
業種\t回答企業数（社）\t海外取引企業（社）\t社内規程を整備した企業（社）
食料品\t58\t31\t9
輸送用機器\t32\t25\t14
卸売業\t61\t44\t13
合計\t151\t100\t36

３ 不当な要求を受けた経験
○ 国・地域別の不当な要求を受けた企業 （単位：社、延べ）
国・地域\t令和４年度調査\t令和６年度調査\t増減
中国\t14\t11\t▲３
タイ\t5\t7\t2
ベトナム\t9\t12\t3
"""


def test_an_example_before_nado_is_no_which_and_the_share_reads_the_columns_the_clauses_name():
    # 「自動車部品などの」 holds no どの; 「海外と取引のある会社」 is the column 海外取引企業, and
    # 「社内規程を整えている」 the column whose noun it says: 14 ÷ 25, not a count
    line = _first(BRIBERY, "自動車部品などの輸送用機器の会社では、海外と取引のある会社のうち社内規程を整えているのは何％ですか？")
    assert "56.0%" in line


def test_a_change_from_the_previous_round_is_the_printed_change_of_a_survey_two_years_before():
    # 「前回の調査から」 is the table's earlier round (令和４年度調査), not the year before the latest
    line = _first(BRIBERY, "令和６年度の調査で、タイで不当な要求を受けた企業について、それは、前回の調査から何社増えましたか？")
    assert "２社" in line or "2社" in line


def test_a_deed_no_document_writes_refuses_a_question_of_whether_any_were():
    # 「摘発された県内企業はありましたか」 and no document writes 摘発: no figure of its firms answers
    answer = answer_over_text(BRIBERY, "贈賄で現地の当局に摘発された県内企業はありましたか？")
    assert answer.refused and "摘発" in answer.text


PROMOTION = """楓原県海外店頭販促支援補助金 募集要項

１ 補助対象経費と補助率
○ 経費区分別の補助率と上限額 （令和７年度）
経費区分\t中小企業者（％）\t小規模企業者（％）\t上限額（千円）
店頭販促物の制作\t50\t60\t300
導入協賛金\t50\t60\t800

２ これまでの実績
○ 申請・採択・交付の実績
年度\t申請件数（件）\t採択件数（件）\t定番導入店舗数（店）\t交付額（千円）
令和４年度\t18\t12\t84\t8,350
令和５年度\t22\t13\t96\t10,470
令和６年度\t27\t16\t131\t14,600

３ 成果指標
○ 成果指標の目標と実績 （令和６年度）
指標\t目標\t実績\t達成率（％）
定番導入された店舗数（店）\t120\t131\t109.2
補助事業者の海外売上高（百万円）\t450\t412\t91.6
新規取引国・地域数（か国・地域）\t8\t5\t62.5
"""


def test_an_acronym_given_as_an_example_is_not_the_thing_asked():
    # 「ＰＯＰなどの販促物」: the documents name the kind (店頭販促物), not the example
    assert "300千円" in _first(PROMOTION, "店頭のＰＯＰなどの販促物を作る場合、補助の上限額はいくらですか？")


def test_an_amount_asked_in_man_yen_divides_the_money_column_over_the_span():
    # 「何万円」 asks money: 交付額 over 採択件数, not 定番導入店舗数
    line = _first(PROMOTION, "令和４年度から令和６年度までに交付された補助金は、１件当たり平均で何万円になりますか？")
    assert "約81.5万円" in line and "店" not in line.split("です")[0][-6:]


def test_a_bar_on_the_achievement_picks_the_rows_below_it_each_row_its_own_pair():
    # each indicator's row is its own target and actual; 「８割に届かなかった」 is below 80%
    line = _first(PROMOTION, "成果指標のうち、達成率が８割に届かなかったのはどの指標ですか？")
    assert "新規取引国・地域数" in line and "海外売上高" not in line
    # (without a bar, every row below its target)
    line = _first(PROMOTION, "成果指標のうち、目標を達成できなかった指標はどれですか？")
    assert "新規取引国・地域数" in line and "海外売上高" in line and "定番導入" not in line


FEES = """楓原県ＨＳコード相談窓口 利用案内

１ 料金
○ 相談の種類別の料金 （令和７年度）
相談の種類\t県内中小企業（円）\tその他の事業者（円）
窓口相談（１回）\t0\t2,000
書面回答（１品目）\t5,000\t10,000
書面回答の英訳（１品目）\t3,000\t6,000

２ 利用の状況
令和６年度の相談件数は594件（窓口相談283件、オンライン相談208件、書面回答103件）で、前年度から89件増えました。

○ 品目の区分別の相談件数 （令和６年度）
品目の区分\t窓口相談（件）\tオンライン相談（件）\t書面回答（件）\t計（件）
食料品・飲料\t88\t52\t31\t171
機械類\t46\t37\t19\t102
"""


def test_a_price_of_one_is_multiplied_by_the_number_the_question_gives():
    # 書面回答（１品目） and its 英訳 for 「３品目」: (5,000 + 3,000) × 3
    answer = answer_over_text(FEES, "県内の中小企業が、３品目について書面回答と英訳をセットで頼むと、料金は合計でいくらになりますか？")
    assert "24,000円" in answer.text and "8,000円 × 3" in answer.text


def test_a_row_the_conversation_named_is_the_one_whose_columns_are_added():
    line = _first(FEES, "令和6年度、機械類のオンライン相談・窓口相談について、その区分で、オンライン相談と書面回答を合わせると何件になりますか？")
    assert "56件" in line


def test_a_detail_asked_by_wakarimasuka_or_named_after_its_interrogative_must_be_written():
    # 「満足度は分かりますか」「いくらくらいが相場ですか」 and neither word is written
    assert answer_over_text(FEES, "ＨＳコード相談窓口を利用した事業者の満足度は分かりますか？").refused
    assert answer_over_text(PROMOTION, "海外の量販店に払う導入協賛金は、一般的に１品目いくらくらいが相場ですか？").refused


LICENSING = """楓原県技術供与実態調査 報告書

３ 供与先と供与の形態
供与先は中国が最も多く、アジア以外では米国が最も多い。

○ 供与先の国・地域別、形態別の供与件数 （調査基準日現在）
供与先\t特許等の実施許諾（件）\t技術指導（件）\tノウハウの提供（件）
中国\t14（３）\t19（８）\t８（２）
台湾\t７（２）\t９（４）\t５（２）
タイ\t５（２）\t14（７）\t６（３）
米国\t11（２）\t５（１）\t４（１）
合計\t37（９）\t47（20）\t23（８）
※２ 括弧内は、中小企業による供与の件数で、内数である。
"""


def test_an_extreme_is_read_among_the_wholes_not_a_bracketed_part_not_asked():
    # 14（３）: the second largest of 特許等の実施許諾 is 米国 (11), whatever the smaller firms' part
    line = _first(LICENSING, "特許などの実施許諾の件数が２番目に多い供与先はどこですか？")
    assert "米国" in line and "11" in line


def test_an_interrogative_opening_a_phrase_is_no_detail_asked():
    # 「差が何人かも教えて」: 何人 is the count asked, no label's detail; nor does 「？」 join the phrases
    intent = read_intent("令和2年度は令和元年度から増えたんでしょうか、減ったんでしょうか？差が何人かも教えてください。",
                         get_tokenizer().content_words)
    assert intent.attribute == "" and intent.op == "diff"


def test_how_a_figure_is_divided_and_the_tokoro_counted_are_no_details():
    words = get_tokenizer().content_words
    assert read_intent("県がアドバイザーに支払う謝金は、１回当たりいくらですか？", words).attribute == ""
    assert read_intent("町村のうち、語学のできる人材がいないことを課題に挙げたところは何割くらいですか？", words).attribute == ""


def test_a_deed_done_and_regretted_by_the_ones_counted_must_be_written():
    # 「その後撤退してしまったところは何件」 and no document writes 撤退
    answer = answer_over_text(PROMOTION, "令和６年度に定番導入した店で、その後撤退してしまったところは何件ありますか？")
    assert answer.refused and "撤退" in answer.text


def test_counters_of_shops_items_and_thousands_ask_a_count_and_lengths_and_ages_a_quantity():
    words = get_tokenizer().content_words
    for question in ("汐見市には免税店が何店舗ありますか？", "この補助金は何か国の市場に使えますか？",
                     "その年度に消毒処理された梱包材は、何千点でしたか？", "資料室には本が何冊ありますか？"):
        assert "count" in read_intent(question, words).wants, question
    # (a length by its counter is a measure, which only a cell in such a unit answers: forty-fourth session)
    assert "measure" in read_intent("コンテナ岸壁の水深は何メートルですか？", words).wants
    # (an age by its counter too: only a cell in years of age answers it, not a per cent of firms
    # naming 職人の高齢化: forty-ninth session)
    assert "measure" in read_intent("駐在員の平均年齢は何歳ですか？", words).wants


def test_which_day_asks_a_date_but_days_taken_or_ahead_do_not():
    words = get_tokenizer().content_words
    assert "date" in read_intent("シアトルで商談会が開かれたのは何日ですか？", words).wants
    assert "date" not in read_intent("実績報告を出してから何日くらいで振り込まれますか？", words).wants
    assert "date" not in read_intent("何日前までに予約が必要ですか？", words).wants
