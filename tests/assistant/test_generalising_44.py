"""Answers grounded in the documents' structure, found on the forty-fourth session's sets."""

from __future__ import annotations

from structure_docs import answer_over_text
from structure_docs import first_line_over as _first

FEES = """梓原県バーコード登録支援窓口 利用案内

３ 利用料金
○ 支援の種類別の料金 （令和７年度）
支援の種類\t県内中小企業（円）\tその他の事業者（円）
登録申請の代行（１事業者）\t8,000\t16,000
バーコードの作成（１品目）\t1,500\t3,000
商品情報の登録代行（10品目まで）\t12,000\t－
商品情報の登録代行（11品目目から１品目）\t1,000\t－
※１ 「県内中小企業」は、県内に事業所を有する中小企業者をいい、それ以外の利用者には「その他の事業者」の欄を適用します。
※２ 「－」は、その他の事業者が利用できないことを示します。商品情報の登録代行は、県内中小企業に限り利用できます。
"""


def test_a_service_split_into_rows_by_quantity_is_answered_by_its_name():
    # 商品情報の登録代行 is two rows (10品目まで, 11品目目から): both dashed for その他の事業者, which
    # a 大手メーカー is (not a 中小企業): no, of both rows
    line = _first(FEES, "県内に工場がある大手メーカーから、商品情報の登録代行を頼みたいという相談がありました。利用できますか？")
    assert line.startswith("いいえ。") and "10品目まで" in line and "11品目目から" in line


def test_rows_split_by_quantity_that_differ_give_no_verdict_of_one():
    # the 10品目まで row dashed and the other priced: one verdict of both would be wrong
    differing = FEES.replace("商品情報の登録代行（11品目目から１品目）\t1,000\t－", "商品情報の登録代行（11品目目から１品目）\t1,000\t2,000")
    line = _first(differing, "県外の大企業は商品情報の登録代行を利用できますか？")
    assert not line.startswith("いいえ。")


GRANT = """梓原県小型機械輸出適合支援補助金 募集要項

２ 募集の概要
この要項において「小型機械」とは、農業機械、林業機械その他の作業用の機械で、質量が500キログラム以下のものをいいます。「ドローン」とは、人が乗らずに遠隔操作又は自動操縦で飛行する機体（無人航空機）をいいます。

３ 補助対象経費と補助率
○ 経費区分別の補助率と上限額 （令和７年度）
経費区分\t小型機械\t\tドローン\t
\t補助率（％）\t上限額（千円）\t補助率（％）\t上限額（千円）
認証機関による審査・認証\t50\t1,500\t60\t2,000
安全・ＥＭＣ試験\t50\t1,000\t60\t1,200
電波（無線）認証試験\t－\t－\t60\t800
専門家による指導\t50\t300\t50\t300
※１ 対象とする製品が小型機械の場合は「小型機械」の欄を、ドローンの場合は「ドローン」の欄を適用します。「－」は補助の対象にならないことを示し、無線の機能を持つ小型機械の場合も同様です。
※２ 補助金の額は、１事業者当たり300万円を上限とします。
"""


def test_a_row_with_a_told_dash_is_read_whole_when_no_column_is_the_asker_s():
    # 「電波の認証試験」 names the row 電波（無線）認証試験 by most of its words; the question names
    # no column (a mower is a 小型機械 only by the definition): the dash told, the figures given
    line = _first(GRANT, "無線のリモコンで動かす小型の草刈機を輸出したい会社があります。電波の認証試験にかかる費用は補助されますか？")
    assert "小型機械は「－」（補助の対象にならない" in line and "ドローンの上限額（千円）は800" in line


def test_a_column_group_named_answers_of_its_dashes_once():
    line = _first(GRANT, "小型機械の電波（無線）認証試験は補助の対象になりますか？")
    assert line.startswith("いいえ。") and line.count("「－」") == 1 and "800" not in line


def test_figures_beside_a_dash_that_says_no_say_yes():
    line = _first(GRANT, "ドローンの電波認証試験は補助の対象になりますか？")
    assert line.startswith("はい。") and "ドローンの補助率（％）は60" in line and "800" in line


KPI = """梓原県ペットフード輸出支援補助金 募集要項

６ 成果指標
○ 成果指標の目標と実績 （令和６年度）
指標\t目標\t実績\t達成率（％）
補助事業者の輸出額（万円）\t12,000\t13,560\t113
新たに輸出を始めた事業者（社）\t５\t４\t80
輸出先登録の完了件数（件）\t８\t６\t75
海外見本市での商談件数（件）\t150\t171\t114
"""


def test_figures_in_different_units_are_never_added_up():
    # 「全部で何トン」 of a KPI table of 万円, 社 and 件: no total of theirs means anything, nor is
    # an export value a tonnage
    line = _first(KPI, "補助を受けた事業者のペットフードの輸出量は、全部で何トンでしたか？")
    assert "合計すると" not in line and "12,163" not in line and "13,560" not in line


def test_a_share_of_the_target_reached_is_the_printed_achievement_rate():
    line = _first(KPI, "令和６年度の成果指標で、輸出先の登録が完了した件数は、目標に対して何％の達成でしたか？")
    assert "75%" in line and "達成率" in line


GRANTS = """梓原県自転車輸出促進事業費補助金交付要綱

（輸出実績の報告）
第９条 補助事業者は、補助事業が完了した日の属する年度の翌年度から３年間、毎年度の自転車等の輸出額を、その翌年度の５月31日までに知事に報告しなければならない。

（参考３）交付の実績
令和４年度から令和６年度までの３年間に、延べ35件を交付しました。輸出先別では、３年間で台湾が最も多くなっています。
○ 輸出先別の交付件数 （単位：件）
輸出先\t令和４年度\t令和５年度\t令和６年度\t計
台湾\t２\t３\t４\t９
中国\t１\t１\t２\t４
米国\t２\t２\t３\t７
ドイツ\t１\t１\t１\t３

（参考４）補助事業の事例
（１）完成車製造業Ｇ社
輸出先：台湾
輸出額：1,200万円
補助金の額：120万円
（２）自転車部品製造業Ｈ社
輸出先：ドイツ
補助金の額：52万円
"""


def test_a_ranking_is_read_off_the_table_not_a_card_s_line():
    # 「２番目に多い輸出先」 of the total column 計: 米国 (7); a case card's 輸出先：台湾 compares
    # nothing, and 「３年間、毎年度の自転車等の輸出額」 lists no kind the question names
    line = _first(GRANTS, "この３年間で、交付件数が２番目に多い輸出先はどこですか？")
    assert "米国" in line and "７件" in line


def test_a_row_s_total_column_answers_a_sum_over_its_years():
    line = _first(GRANTS, "台湾向けに交付された件数は、３年間の合計で何件ですか？")
    assert "９件" in line


def test_a_span_asked_in_a_follow_up_is_not_the_year_the_history_said():
    answer = answer_over_text(GRANTS, "令和６年度に、台湾向けで交付された件数について、その国・地域について、３年間の合計は何件ですか？")
    assert "９件" in answer.text.splitlines()[0]


CAPS = """梓原県自転車輸出促進事業費補助金交付要綱

（参考２）別表
○ 別表 補助対象経費、補助率及び上限額
補助対象経費\t補助率（％）\t上限額（千円）
海外見本市出展費\t50\t800
海外規格適合試験費\t50\t600
取扱説明書等翻訳費\t50\t200
※１ 電動アシスト自転車の海外規格適合試験費の上限額は、第５条第２項により、上表の額の1.5倍とする。

（参考４）補助事業の事例（令和６年度）
（１）完成車製造業Ｇ社（櫟市）
輸出先：台湾
補助対象経費：海外見本市出展費
補助金の額：40万円
（２）電動アシスト自転車製造業Ｉ社（朝倉町）
輸出先：オランダ
補助対象経費：海外規格適合試験費（電動アシスト自転車）
補助金の額：84万円
"""


def test_a_note_naming_a_row_and_the_asker_s_case_changes_its_cap():
    # the case (電動アシスト自転車) is the note's, which names the row 海外規格適合試験費: its cap
    # times 1.5, not a past case's grant
    answer = answer_over_text(CAPS, "電動アシスト自転車のメーカーが、オランダ向けに安全規格の試験を受ける場合、補助の上限額はいくらになりますか？")
    assert "900千円" in answer.text and "600千円 × 1.5" in answer.text


SURVEY = """梓原県楽器製造業の輸出に関する実態調査 報告書

３ 品目別の状況
○ 品目別の回答企業と輸出の状況 （令和５年度）
品目\t回答企業数（社）\t輸出企業（社）\t輸出額（百万円）
弦楽器\t26\t14\t548
管楽器\t18\t11\t962
楽器部品\t31\t17\t1,214
その他\t10\t３\t35
※２ 品目は、各企業の売上高が最も大きい製品により分類した。「弦楽器」はギター、バイオリン等、「楽器部品」は弦、リード、鍵盤の機構等、「その他」はオルゴール、教育用楽器等である。
"""


def test_a_row_is_named_by_the_things_its_note_lists():
    # リード and 弦 are what the asker's firm makes, both listed for 楽器部品; ギター only says
    # whose 弦 (of 弦楽器's list: the trap)
    line = _first(SURVEY, "令和５年度、サックスのリードやギターの弦を作っている会社の品目では、輸出額はいくらでしたか？")
    assert "1,214" in line and "楽器部品" in line


PLANS = """梓原県楽器製造業の輸出に関する実態調査 報告書

１ 調査の概要
調査期間：令和６年10月７日から11月８日まで
回答数：168社

８ 今後の取組
① 主な輸出先の規制をまとめた手引きを、令和７年度中に作る。
② 海外の見本市への共同出展を続ける。
④ 次回の調査は、令和９年度に行う。
"""


def test_the_next_of_a_series_is_asked_as_the_documents_write_it():
    from assistant.normalize import series_words

    assert series_words("この調査の次の回はいつ") == "この調査の次回はいつ"
    assert series_words("次の日本茶の輸出の調査は") == "次回の日本茶の輸出の調査は"
    assert series_words("前の調査と比べて") == "前回の調査と比べて"
    assert series_words("次のような調査") == "次のような調査" and series_words("次の年度の調査") == "次の年度の調査"
    line = _first(PLANS, series_words("県は、この調査の次の回をいつ行う予定ですか？"))
    assert "令和９年度" in line


SIZES = """梓原県楽器製造業の輸出に関する実態調査 報告書

２ 輸出の状況
○ 従業員規模別の輸出企業の割合
従業員規模\t令和３年度調査（％）\t令和６年度調査（％）\t増減（ポイント）
20人以下\t38.5\t36.2\t▲2.3
21人以上100人以下\t60.0\t64.3\t4.3
101人以上\t85.7\t88.9\t3.2
"""


def test_a_class_narrower_than_any_the_survey_counts_is_not_in_it():
    # 「５人以下」 lies inside 20人以下: the wider class's share is not the asked class's
    answer = answer_over_text(SIZES, "従業員５人以下の小さな楽器工房に限ると、輸出している割合は何％ですか？")
    assert "記載されていません" in answer.text and "20人以下" in answer.text and "36.2%" not in answer.text.splitlines()[0]


def test_a_class_the_survey_counts_is_answered():
    line = _first(SIZES, "従業員20人以下の企業に限ると、令和６年度調査で輸出している割合は何％ですか？")
    assert "36.2" in line


STEPS = """梓原県自転車輸出促進事業費補助金交付要綱

（実績報告）
第８条 補助事業者は、補助事業が完了した日から起算して30日を経過した日又は補助金の交付の決定を受けた年度の２月末日のいずれか早い日までに、実績報告書（様式第３号）を知事に提出しなければならない。
（輸出実績の報告）
第９条 補助事業者は、補助事業が完了した日の属する年度の翌年度から３年間、毎年度の輸出額を、その翌年度の５月31日までに知事に報告しなければならない。

（参考２）申請から支払までの流れ
④ 補助事業の実施
⑤ 実績報告（第８条の期限までに様式第３号を提出）
⑥ 補助金の額の確定と支払
"""


def test_a_step_that_points_at_an_article_is_answered_with_the_article():
    # (a guard: over one document the article ranks among the quotes anyway; over many, other
    # documents' steps took its place, and only the pointer 「第８条の期限」 brings it back)
    answer = answer_over_text(STEPS, "補助事業が終わったら、実績報告書はいつまでに出せばよいですか？")
    assert "30日を経過した日" in answer.text and "２月末日" in answer.text


DESTINATIONS = """梓原県楽器製造業の輸出に関する実態調査 報告書

４ 主な輸出先
輸出企業86社に主な輸出先を聞いたところ（複数回答）、米国が41社で最も多く、次いで中国29社、ドイツ22社、台湾18社、韓国15社の順であった。

５ 企業の事例
（１）管楽器製造業Ｄ社
主な輸出先：米国、ドイツ
"""


def test_a_share_of_one_answer_of_a_whole_asked_in_prose():
    # the whole asked (輸出企業86社に…聞いたところ) and the count of the answer the question names
    line = _first(DESTINATIONS, "輸出している楽器メーカーのうち、ドイツに輸出している会社はどのくらいの割合ですか？")
    assert "86社のうち22社" in line and "25.6%" in line


NOT_COVERED = """梓原県ペットフード輸出支援補助金 募集要項

３ 補助対象経費と補助率
○ 経費区分別の補助率と上限額 （令和７年度）
経費区分\t補助率（％）\t上限額（千円）
成分分析・品質検査\t50\t400
海外見本市への出展\t50\t800
次の経費は補助の対象になりません。
○ ペットフードの製造、原材料の仕入れ及び容器の製造に要する経費
○ 国内で開かれる見本市への出展に要する経費
○ 輸出先で課される関税、付加価値税等の税
"""


def test_a_case_said_in_everyday_words_is_an_item_of_a_listed_rule():
    # 東京 is in Japan (国内), a 展示会 is a 見本市: the item not covered
    line = _first(NOT_COVERED, "東京で開かれるペット用品の展示会に出る費用は、この補助金の対象になりますか？")
    assert line.startswith("いいえ。") and "国内で開かれる見本市" in line


def test_a_fair_abroad_is_no_case_of_the_domestic_item():
    line = _first(NOT_COVERED, "ニューヨークの展示会に出展する費用は対象になりますか？")
    assert "国内で開かれる見本市" not in line


EXCLUDED = """梓原県輸出向け生産設備導入支援補助金交付要綱

（補助対象外経費）
第５条 前条の規定にかかわらず、次の経費は、補助の対象としない。
○ 土地及び建物の取得費、建物の改修費
○ 汎用性が高く、目的外の使用が容易なもの（パソコン、タブレット、車両等）
○ 国内向けの製品の生産だけに用いる設備の経費
"""


def test_a_thing_an_item_gives_as_an_example_is_its_case():
    # a truck is a 車両, one of the item's examples in brackets
    line = _first(EXCLUDED, "輸出用の商品を運ぶトラックを買う費用は、この補助金の対象になりますか？")
    assert line.startswith("いいえ。") and "車両等" in line


def test_a_share_of_the_target_reached_is_computed_when_no_rate_is_printed():
    unprinted = KPI.replace("\t達成率（％）", "").replace("\t113\n", "\n").replace("\t80\n", "\n").replace("\t75\n", "\n").replace("\t114\n", "\n")
    line = _first(unprinted, "令和６年度の成果指標で、輸出先の登録が完了した件数は、目標に対して何％の達成でしたか？")
    assert "75" in line and "６件 ÷ 目標値８件" in line


def test_an_exception_in_an_item_s_brackets_is_no_example_of_it():
    # 「（…見本の輸送費を除く。）」 excepts the samples: a 試飲会's samples are not the item's case
    excepting = EXCLUDED.replace("○ 土地及び建物の取得費、建物の改修費\n", "") + "○ 商品の輸送費（試飲会・商談会で用いる見本の輸送費を除く。）\n"
    line = _first(excepting, "試飲会で配る見本を現地に送る送料は、補助の対象になりますか？")
    assert not line.startswith("いいえ。")
