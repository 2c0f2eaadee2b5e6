"""Answers grounded in the documents' structure, found on the eighteenth session's sets: a line
of a run whose labels differ only by the band they bound a quantity with (「参加人数が20人以上40人
未満の合宿：50万円」), picked by the quantity the question gives of its own case, and a total the
question gives (「合わせて25人の合宿」) read as a quantity, not as a sum asked for."""

from __future__ import annotations

import pytest

from structure_docs import answer_over_text as _over, first_line_over as _first, records_of



CAMPS = """国際スポーツ合宿 誘致事業 実績報告書

１ 事業の概要
主な受入施設：県総合運動公園、西浦市民プール
事業費：2,740万円（うち助成金 933万円）

３ 合宿の受入れに対する助成
受入団体に、宿泊費及び施設使用料の一部を助成した。助成額の上限は、合宿１件当たり次のとおりである。
○ 参加人数が20人未満の合宿：30万円
○ 参加人数が20人以上40人未満の合宿：50万円
○ 参加人数が40人以上の合宿：80万円
"""


def _answer(question: str):
    return _over(CAMPS, question)


def test_a_band_in_a_label_is_read_wherever_it_stands():
    from assistant.lookup import band_holds, band_in_label

    rest, band = band_in_label("参加人数が20人以上40人未満の合宿")
    assert rest == "参加人数が〇の合宿"
    assert band_holds(band, [("25", "人")]) and band_holds(band, [("20", "人")])
    assert not band_holds(band, [("40", "人")]) and not band_holds(band, [("25", "社")])
    assert band_in_label("参加人数") is None


def test_the_line_whose_band_holds_the_quantity_given_answers():
    answer = _answer("選手とスタッフ合わせて25人の合宿を受け入れる場合、助成金は最大いくらもらえますか？")
    assert not answer.refused
    assert answer.text.splitlines()[0].count("50万円") == 1 and "30万円" not in answer.text.splitlines()[0]
    answer = _answer("45人の合宿だと、助成額の上限はいくらですか？")
    assert "80万円" in answer.text.splitlines()[0]


def test_a_total_the_question_gives_is_no_sum_asked():
    from assistant.lookup import read_intent

    assert read_intent("選手とスタッフ合わせて25人の合宿を受け入れる場合、助成金は最大いくらですか？").op is None
    assert read_intent("選手とスタッフは合わせて何人ですか？").op == "sum"
    assert read_intent("全部で30社の企業が参加する場合の上限は？").op is None


BASES = """中小企業海外拠点設立支援補助金のご案内

１ 補助金の概要
この案内において「重点地域」とは、ベトナム、タイ、インドネシア、フィリピン及びインドをいいます。

２ 補助対象経費と補助率
○ 経費区分別の補助率と上限額 （令和７年度）
経費区分\t補助率（％）\t\t上限額（万円）\t
経費区分\t一般枠\t重点地域枠\t駐在員事務所\t現地法人・支店
現地調査の旅費\t50\t70\t20\t30
事務所の賃借料\t30\t50\t50\t80

３ 交付実績
○ 交付実績の推移
年度\t交付件数（件）\t交付額（万円）
令和５年度\t18\t1,026
令和６年度\t21\t1,284

６ よくある質問
Ｑ１ 現地調査の旅費は、何人分まで対象になりますか。
Ａ １回の調査につき２人分までです。
"""


def _bases(question: str):
    return _over(BASES, question, first="補助率")


def test_a_class_listed_as_countries_leaves_out_every_other_country():
    from assistant.memberclass import member_classes_in, read_member
    from index.tokenizer import get_tokenizer

    classes = member_classes_in(BASES)
    axes = [["一般枠", "重点地域枠", "駐在員事務所", "現地法人・支店"], ["一般枠", "重点地域枠"]]
    countries = get_tokenizer().country_names
    # (a column of the class is its term with 枠; the one other column of its header, the rest)
    assert read_member("フィリピンに現地法人を作る場合の補助率は？", classes, axes, countries).label == "重点地域枠"
    assert read_member("シンガポールに支店を出す場合の補助率は？", classes, axes, countries).label == "一般枠"
    # (without the country reader, or with no country named, nothing is read)
    assert read_member("シンガポールに支店を出す場合の補助率は？", classes, axes) is None
    assert read_member("支店を出す場合の補助率は？", classes, axes, countries) is None


def test_the_answer_reads_the_column_of_the_rest_and_quotes_the_list():
    answer = _bases("シンガポールに支店を出す会社が事務所の賃借料の補助を受ける場合、補助率は何％になりますか？")
    assert not answer.refused and "30%" in answer.text.splitlines()[0]
    assert "シンガポールは「重点地域」に当たりません" in answer.text
    assert any("フィリピン及びインドをいいます" in c.quote for c in answer.citations)


def test_an_average_of_how_much_subsidy_divides_the_amount_by_the_count():
    answer = _bases("令和６年度は、１件当たり平均でどれくらいの補助金が出ていますか？")
    assert "61.1万円" in answer.text.splitlines()[0]


def test_a_yes_or_no_question_is_answered_by_a_sentence_not_a_row_of_figures():
    answer = _bases("現地調査に社員を３人行かせたいという相談です。３人全員の旅費が補助対象になりますか？")
    assert "２人分まで" in answer.text.splitlines()[0]


EXCHANGE = """令和６年度 市町村国際交流活動実態調査 結果報告書

２ 姉妹都市等の提携
令和７年３月31日現在、県内の市町村が海外の自治体と計43件の提携を結んでいる。相手国・地域別では、米国が最も多く、中国、韓国が続く。
○ 相手国・地域別の提携数 （令和７年３月31日現在）
相手国・地域\t提携数（件）\tうち姉妹都市（件）
米国\t12\t８
中国\t９\t４
韓国\t６\t３

５ 国際交流を進める上での課題
○ 国際交流を進める上での課題（複数回答） （単位：団体）
課題\t全体\t市\t町村
担当職員が不足している\t14\t５\t９
語学に対応できる人材がいない\t12\t４\t８
※１ 回答した団体は、全体19団体（市８団体、町村11団体）である。
"""


def _exchange(question: str):
    return _over(EXCHANGE, question)


def test_a_sentence_that_names_the_row_without_its_figure_does_not_outrank_the_table():
    answer = _exchange("2024年度末の時点で、韓国の自治体と提携を結んでいるのは何件ですか？")
    assert "６件" in answer.text.splitlines()[0]


def test_a_share_of_a_group_column_divides_by_the_groups_own_count():
    answer = _exchange("町村のうち、語学のできる人材がいないことを課題に挙げたところは何割くらいですか？")
    first = answer.text.splitlines()[0]
    assert "72.7%" in first and "150" not in first


def test_a_share_of_a_group_whose_count_is_printed_nowhere_is_not_computed_from_the_total():
    from assistant.lookup import Lookup

    records = records_of("x.txt", "調査", EXCHANGE.split("※１")[0])
    found = Lookup().find("町村のうち、語学のできる人材がいないことを課題に挙げたところは何割くらいですか？", records)
    assert found is None or "150" not in found.statement


def test_a_breakdown_no_lead_document_writes_is_refused_before_any_record_answers():
    answer = _exchange("課題に挙げた団体の男女別の人数はわかりますか？")
    assert answer.refused and "男女別" in answer.text


GRANTS = """海外拠点設立支援補助金のご案内

３ 交付実績
○ 交付実績の推移
年度\t交付件数（件）\t交付額（万円）
令和４年度\t13\t805
令和５年度\t18\t1,026
令和６年度\t21\t1,284
"""


def _grants(question: str):
    return _over(GRANTS, question)


def test_a_change_asked_as_a_percentage_is_divided_by_the_earlier_years_figure():
    answer = _grants("令和６年度の交付件数は、前年度比で何％増えましたか？")
    assert "16.7%" in answer.text.splitlines()[0] and "3件" in answer.text.splitlines()[0]
    answer = _grants("交付額は令和５年度から令和６年度にかけて何パーセント伸びましたか？")
    assert "25.1%" in answer.text.splitlines()[0]
    # (a change asked in its own unit is the difference alone)
    answer = _grants("令和６年度の交付件数は前年度より何件多いですか？")
    assert "3件" in answer.text.splitlines()[0] and "%" not in answer.text.splitlines()[0]


def test_a_ratio_is_asked_like_a_share():
    from assistant.lookup import read_intent

    assert read_intent("交付件数のうち重点地域向けはどれくらいの比率ですか？").op == "rate"


CRUISE = """クルーズ船誘致事業 実績報告書

１ 事業の概要
主な取組：船社への誘致活動、寄港時の歓迎行事、受入環境の整備
事業費：3,280万円（うち県費2,460万円）

５ 誘致活動と事業費
海外の船社６社を訪問した。事業費の内訳は次のとおりである。
○ 船社への誘致活動（訪問、視察の招へい）：960万円
○ 歓迎行事・おもてなし：1,140万円
○ 受入環境の整備（シャトルバス、臨時案内所）：830万円
○ 広報・協議会の運営：350万円
"""


def test_lines_of_a_breakdown_named_by_their_short_names_are_summed():
    answer = _over(CRUISE, "事業費のうち、歓迎行事と受入環境の整備に使ったお金は合わせていくらですか？")
    first = answer.text.splitlines()[0]
    assert "1,970万円" in first and "830万円 + 1,140万円" in first
    # every line summed is quoted
    assert "「○ 歓迎行事・おもてなし：1,140万円」" in answer.text
    assert "「○ 受入環境の整備（シャトルバス、臨時案内所）：830万円」" in answer.text


def test_a_label_goes_by_its_name_without_a_bracketed_detail_and_by_each_name_it_joins():
    from assistant.lookup import _label_names

    assert _label_names("受入環境の整備（シャトルバス、臨時案内所）") == ["受入環境の整備"]
    assert _label_names("歓迎行事・おもてなし") == ["歓迎行事", "おもてなし"]
    assert _label_names("事業費") == []


FAQ = """海外拠点設立支援補助金のご案内

６ よくある質問
Ｑ１ 既に設けている駐在員事務所を現地法人に切り替える場合も対象になりますか。
Ａ 対象になります。ただし、設立登記等の手続費用に限ります。
Ｑ２ 現地調査の旅費は、何人分まで対象になりますか。
Ａ １回の調査につき２人分までです。
Ｑ３ 拠点の設立を途中でとりやめた場合はどうなりますか。
Ａ 補助金は交付されません。速やかに中止の届出をしてください。
"""


def test_an_answer_line_is_read_with_its_own_question_and_the_pair_leads():
    answer = _over(FAQ, "現地調査に社員を３人行かせたいという相談です。３人全員の旅費が補助対象になりますか？")
    first = answer.text.splitlines()[0]
    assert first.startswith("Ｑ２") and "２人分まで" in first and "交付されません" not in first


def test_an_answer_line_is_told_by_its_marker():
    from assistant.extractive import _ANSWER_LINE, _nfkc

    assert all(_ANSWER_LINE.match(_nfkc(t)) for t in ("Ａ １回の調査につき２人分までです。", "A. できます", "答 できます"))
    assert not any(_ANSWER_LINE.match(_nfkc(t)) for t in ("Ａ社の事例", "Asia", "主な業務：輸出促進"))


def test_rows_named_as_a_ranges_ends_are_summed_with_every_row_between():
    answer = _over(CRUISE, "船社への誘致活動から受入環境の整備までの経費は、合わせていくらですか？")
    first = answer.text.splitlines()[0]
    assert "2,930万円" in first and "960万円 + 1,140万円 + 830万円" in first


def test_a_count_is_not_answered_by_a_line_without_a_figure():
    from assistant.lookup import Lookup

    text = "市町村国際交流活動実態調査\n\n４ 特色ある取組\n（１）椿市\n提携先：米国 ウェストレイク市（姉妹都市）\n提携の年：昭和63年\n"
    found = Lookup().find("海外の提携先から県内の市町村を訪れた人は全部で何人でしたか？", records_of("x.txt", "調査", text))
    assert found is None or found.refused or any(ch.isdigit() for ch in found.statement)


def test_a_table_row_is_named_whole_not_by_a_short_name():
    from assistant.lookup import _rows_named, _Scored

    records = records_of("t.txt", "調査", "調査\n\n○ 経費の内訳 （単位：万円）\n区分\t金額（万円）\n歓迎行事・おもてなし\t1,140\n広報・協議会の運営\t350\n")
    cells = [_Scored(r, c, 1.0, 1.0) for r in records for c in r.cells]
    assert cells and all(r.kind == "table" for r in records)
    assert _rows_named("歓迎行事と広報の経費は合わせていくら", cells) == []


STUDENTS = """留学生受入実績報告書

２ 受入の状況
○ 出身国・地域別の新規受入留学生数 （単位：人）
国・地域\t令和４年度\t令和５年度\t令和６年度
ベトナム\t40\t52\t61
ネパール\t22\t35\t33
中国\t58\t49\t47
インドネシア\t12\t18\t29
合計\t132\t154\t170
"""

CALLS = """多言語観光コールセンター 運営報告書

２ 利用の状況
○ 年度別の受付件数の推移
年度\t受付件数（件）\tうち英語（件）\t通訳時間（時間）
令和５年度\t3,050\t1,270\t760
令和６年度\t3,420\t1,390\t851

○ 言語別の受付件数 （令和６年度）
言語\t件数（件）
英語\t1,390
中国語\t820
韓国語\t510
その他\t700
合計\t3,420
"""


@pytest.mark.parametrize("question, expected", [
    # a sum over the years of one row, asked with 合計 as the noun before 何人
    ("令和４年度から令和６年度までの３年間で、インドネシアからの受入は合計何人ですか？", "59人"),
    # an average over the years of a span
    ("令和４年度から令和６年度の３年間の平均で、ベトナムからは年に何人受け入れましたか？", "平均51人"),
    # the second largest, the question naming nothing but the year and 国
    ("令和６年度に２番目に多かった国はどこですか？", "中国（47人）"),
    # the row that changed most between two years, up or down
    ("令和５年度から令和６年度にかけて最も増えた国はどこですか？", "インドネシア（18人→29人、11人増）"),
    ("令和４年度から令和６年度にかけて一番減った国はどこですか？", "中国（58人→47人、11人減）"),
])
def test_computations_over_a_table_with_years_as_columns(question, expected):
    assert expected in _first(STUDENTS, question)


@pytest.mark.parametrize("question, expected", [
    # one row as a multiple of another, whichever the question names first as the base
    ("令和６年度、英語の件数は中国語の何倍ですか？", "1,390件 ÷ 820件"),
    ("中国語の件数に比べて英語は何倍ですか？", "1,390件 ÷ 820件"),
    # what is not a part: the whole minus the part's column (with its unit) or row
    ("令和６年度の受付件数のうち、英語以外は何件ですか？", "3,420件 − 1,390件 = 2,030件"),
    # an average below one keeps two decimals
    ("令和６年度の受付１件当たりの通訳時間は平均何時間ですか？", "0.25時間"),
])
def test_computations_between_rows_and_columns(question, expected):
    assert expected in _first(CALLS, question)


def test_rows_listed_before_igai_are_all_left_out_of_the_total():
    first = _first(CALLS, "言語別の件数で、中国語と韓国語以外は何件ですか？")
    assert "3,420件 − 820件 − 510件 = 2,090件" in first


CALLS_BY_YEAR = """多言語観光コールセンター 運営報告書

２ 利用の状況
○ 年度別の受付件数の推移
年度\t受付件数（件）\t通訳時間（時間）
令和２年度\t1,240\t310
令和３年度\t1,580\t402
令和４年度\t2,310\t575
令和５年度\t3,050\t760
令和６年度\t3,420\t851
"""


@pytest.mark.parametrize("question, expected", [
    # the year whose change over the year before is the largest
    ("受付件数が前年度より最も増えたのはどの年度ですか？", "令和5年度（2023年度）（2,310件→3,050件、740件増）"),
    # the first year past a figure the question gives, in the column's own unit
    ("受付件数が初めて3,000件を超えたのはいつですか？", "令和5年度（2023年度）で、3,050件"),
    ("通訳時間が初めて500時間を上回ったのはどの年度ですか？", "令和4年度（2022年度）で、575時間"),
])
def test_questions_about_a_series_of_years(question, expected):
    assert expected in _first(CALLS_BY_YEAR, question)
