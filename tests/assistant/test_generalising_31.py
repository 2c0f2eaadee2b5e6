"""Answers grounded in the documents' structure, found on the thirty-first session's sets."""

from __future__ import annotations

from assistant.memberclass import MemberClass, member_classes_in, read_member
from structure_docs import answer_over_text as _over, first_line_over as _first, records_of


INDICATORS = """槙県海外出張実態調査 報告書

○ 主な指標の推移
指標\t単位\t令和３年度\t令和４年度\t令和５年度
延べ出張者数\t人\t312\t861\t1,352
１回当たり平均費用（１人）\t万円\t38.2\t41.5\t46.9
"""


def test_a_figure_that_rose_between_two_years_is_their_difference():
    # 「…から…までに何万円上がりましたか」 asks a change, as 「増えましたか」 does
    line = _first(INDICATORS, "出張１回当たりの１人の平均費用は、令和３年度から令和５年度までに何万円上がりましたか？")
    assert "8.7万円" in line


def test_a_business_that_started_up_asks_no_change():
    from assistant.lookup import _OP_WORDS
    diff = dict(_OP_WORDS)["diff"]
    assert diff.search("令和３年度から令和５年度までに何万円上がりましたか")
    assert diff.search("前年度より単価はいくら下がりましたか")
    assert not diff.search("事業が立ち上がったのはいつですか")


FEES = """槙県海外輸入規制調査サービス 利用案内

○ 調査の種類別の料金 （令和７年度）
調査の種類\t県内中小企業（円）\tその他の事業者（円）
簡易調査\t3,000\t6,000
詳細調査\t15,000\t30,000
緊急調査\t24,000\t48,000
調査報告書の英訳（追加）\t7,000\t14,000
現地専門家への追加照会（１回）\t5,000\t10,000
"""


def test_a_tables_row_is_named_without_what_its_closing_bracket_adds():
    # 「調査報告書の英訳も付けて」 names the row 「調査報告書の英訳（追加）」: the two rows add up
    line = _first(FEES, "県内の中小企業が、緊急調査に調査報告書の英訳も付けて申し込むと、料金は合わせていくらになりますか？")
    assert "31,000円" in line


SEMINARS = """槙県研修の実績

○ 研修の受講料 （令和７年度）
区分\t県内企業（円）\t県外企業（円）
研修（前期）\t3,000\t6,000
研修（後期）\t4,000\t8,000
個別相談\t1,000\t2,000
"""


def test_rows_sharing_a_name_but_for_their_brackets_are_named_only_whole():
    # 「研修」 names neither 「研修（前期）」 nor 「研修（後期）」 alone: no sum of 研修 and 個別相談
    line = _first(SEMINARS, "県内企業が研修と個別相談を受けると、受講料は合わせていくらですか？")
    assert "合計" not in line and "計算" not in line
    line = _first(SEMINARS, "県内企業が研修（前期）と個別相談を受けると、受講料は合わせていくらですか？")
    assert "4,000円" in line


BY_INDUSTRY = """槙県海外出張実態調査 報告書

○ 業種別の回答企業と出張の実施状況 （令和５年度）
業種\t回答企業数（社）\t出張実施企業（社）\t延べ出張者数（人）
食料品\t58\t21\t96
機械\t92\t60\t410
電気機器\t45\t32\t241
合計\t195\t113\t747
"""


def test_a_ratio_per_unit_is_computed_when_asked_as_a_count_per_one_without_average():
    # 「出張した会社１社当たり延べ何人」: 延べ出張者数 ÷ 出張実施企業 of the 電気機器 row
    line = _first(BY_INDUSTRY, "電気機器の会社では、出張した会社１社当たり延べ何人が出張した計算になりますか？")
    assert "7.5人" in line


def test_a_share_of_a_whole_the_table_never_writes_is_read_off_no_row_of_it():
    # 「回答した中小企業のうち」: the table is by industry; neither its first row nor its 合計 is the
    # 中小企業 that answered
    line = _first(BY_INDUSTRY, "回答した中小企業のうち、出張実施企業の割合は何％ですか？")
    assert "%" not in line and "記載" in line


def test_a_share_of_the_whole_the_table_totals_is_read_off_its_total_row():
    line = _first(BY_INDUSTRY, "回答企業のうち、出張実施企業の割合は何％ですか？")
    assert "57.9" in line and "113社" in line
    # (and a whole that names a row is that row)
    assert "65.2" in _first(BY_INDUSTRY, "機械の回答企業のうち、出張実施企業の割合は何％ですか？")


RATES = """槙県海外ブランド構築支援補助金 募集要領

２ 用語
この要領において「重点市場」とは、ＡＳＥＡＮ加盟国及びインドをいいます。また、「小規模企業者」とは、常時使用する従業員の数が20人（商業又はサービス業に属する事業を主たる事業として営む者については、５人）以下の事業者をいいます。

３ 補助率と上限額
○ 経費区分別の補助率と上限額 （令和７年度）
経費区分\t補助率（％）\t\t上限額（万円）\t
\t一般枠\t重点市場枠\t一般枠\t重点市場枠
ブランド戦略の策定\t50\t60\t60\t80
現地消費者調査\t50\t60\t40\t50
現地語ネーミング・商標調査\t50\t75\t20\t25
※１ 「重点市場枠」の欄は、補助事業の対象とする市場が重点市場である場合に適用し、それ以外の場合は「一般枠」の欄を適用します。
※２ 小規模企業者が申請する場合は、上表の補助率に10ポイントを加えます（上限額は変わりません）。
"""


def test_a_country_of_a_region_a_class_lists_is_a_member_of_the_class():
    (cls,) = member_classes_in("「重点市場」とは、ＡＳＥＡＮ加盟国及びインドをいいます。")
    axes = [["一般枠", "重点市場枠"]]
    assert read_member("ベトナムで売り出すための調査", [cls], axes).label == "重点市場枠"
    assert read_member("インドで売る", [cls], axes).label == "重点市場枠"


def test_a_country_outside_the_regions_a_class_lists_is_left_out():
    cls = MemberClass("重点市場", ("ASEAN加盟国", "インド"))
    countries = lambda text: [c for c in ("米国", "ベトナム", "インド") if c in text]  # noqa: E731
    reading = read_member("米国で売るための戦略", [cls], [["一般枠", "重点市場枠"]], countries)
    assert reading is not None and reading.label == "一般枠"
    assert read_member("ベトナムで売るための戦略", [cls], [["一般枠", "重点市場枠"]], countries).label == "重点市場枠"


def test_a_rate_of_a_market_is_read_in_the_column_of_the_class_its_country_is_in():
    line = _first(RATES, "従業員が80人いる食品メーカーが、ベトナムで売り出すために、現地語のネーミングと商標調査を外注したいそうです。補助率は何％ですか？")
    assert "75%" in line


def test_a_notes_addition_for_a_class_of_firm_applies_to_a_firm_of_that_class():
    # 社員12人の和菓子の製造会社 is a 小規模企業者 (20人以下): ※２ adds 10 points to 60%
    answer = _over(RATES, "和菓子を製造している社員12人の会社が、タイで売るためのブランド戦略の策定を専門家に頼みたいそうです。補助率は何％になりますか？")
    assert "70%" in answer.text and "小規模企業者" in answer.text


def test_a_notes_addition_for_a_class_of_firm_does_not_apply_to_a_larger_firm():
    answer = _over(RATES, "従業員80人の食品メーカーが、タイで売るためのブランド戦略の策定を頼みたいそうです。補助率は何％ですか？")
    assert "60%" in answer.text and "70%" not in answer.text


BY_SIZE = BY_INDUSTRY + """
３ 業種別・企業規模別の状況
業種別では、機械が出張実施企業数、延べ出張者数ともに最も多い。企業規模別では、大企業は64社のうち49社が出張を行ったが、中小企業は392社のうち185社にとどまった。出張した企業の割合は、企業規模によって差が大きい。
"""


def test_a_share_of_a_group_is_read_off_the_sentence_that_gives_each_groups_whole_and_part():
    # the table is by industry; the sentence gives each size group its whole and part: 中小企業's
    line = _first(BY_SIZE, "回答した中小企業のうち、出張をした企業の割合はどのくらいですか？")
    assert "47.2" in line and "76.6" not in line


def test_firms_counted_by_what_befell_them_that_no_document_writes_are_not_counted():
    # 「盗難などの被害にあった企業は何社」: no document writes 被害, so the table of destinations
    # (counts of firms too) does not count them
    answer = _over(BY_SIZE, "出張先で盗難などの被害にあった企業は何社ありましたか？")
    assert answer.refused and "被害" in answer.text


RESULTS = """槙県海外輸入規制調査サービス 利用案内

○ 品目の分類別の調査結果 （令和６年度）
品目の分類\t調査件数（件）\tうち輸入不可（件）\tうち条件付きで可（件）
加工食品\t180\t８\t71
酒類・飲料\t96\t４\t38
農水産物（生鮮）\t52\t11\t23
化粧品・日用品\t137\t７\t42
合計\t465\t30\t174
※ 「輸入不可」は、調べた結果、相手国の規制により輸入できないと判断したものをいいます。
"""


def test_a_row_named_as_the_topic_is_where_a_share_of_its_columns_is_taken():
    # 「生鮮の農水産物について、調べた件数のうち…」: a share of that row's columns (輸入不可 over 調査
    # 件数), not the row's share of the 合計 row, though it names the row (農水産物 of 農水産物（生鮮）)
    from assistant.lookup import _total_share, read_intent
    from index.tokenizer import get_tokenizer
    (rec,) = [r for r in records_of("kekka.txt", "調査サービス", RESULTS) if r.kind == "table"]
    words = get_tokenizer().content_words
    topic = read_intent("生鮮の農水産物について、調べた件数のうち輸入できないとされたのは何％ですか？", words)
    assert _total_share(topic, rec) is None
    # (a whole that is the total is still the total row's)
    total = _total_share(read_intent("輸入不可とされた件数の合計のうち、加工食品は何％ですか？", words), rec)
    assert total is not None and "26.7" in total.statement


RECORD = """槙県海外ブランド構築支援補助金 募集要領

○ 申請と交付の実績
年度\t申請件数（件）\t採択件数（件）\tうち重点市場枠（件）\t交付額（万円）
令和２年度\t12\t８\t３\t596
令和３年度\t17\t11\t４\t842
令和４年度\t23\t14\t５\t1,105
令和５年度\t29\t16\t７\t1,318
令和６年度\t35\t19\t８\t1,562
"""


def test_an_average_per_case_over_a_span_of_years_adds_every_years_row():
    # 交付額 of the five years over 採択件数 of them (the narrowest count: the cases paid for), not
    # the first year's row
    line = _first(RECORD, "令和２年度から令和６年度までに交付された補助金は、１件当たり平均でいくらになりますか？")
    assert "79.8万円" in line and "5,423万円" in line
    # (a span the table does not give every year of is not averaged)
    line = _first(RECORD, "令和元年度から令和６年度までに交付された補助金は、１件当たり平均でいくらになりますか？")
    assert "79.8" not in line


FORUM = """杣県海外ビジネスフォーラム 参加募集

○ 参加区分別の参加費 （令和７年度）
参加区分\tフォーラム（円）\t個別商談会（円）\t交流会（円）\t全プログラム（円）
協議会会員\t3,000\t5,000\t6,000\t14,000
県内企業（会員以外）\t5,000\t8,000\t7,000\t20,000
県外企業\t8,000\t12,000\t9,000\t29,000
"""


def test_the_fee_of_two_things_done_together_is_their_fees_added():
    # 「フォーラムと個別商談会に…参加する場合、参加費はいくら」: two columns of the fee table joined
    # by と, in one case: 3,000円 + 5,000円
    line = _first(FORUM, "協議会の会員企業がフォーラムと個別商談会に１人で参加する場合、参加費はいくらになりますか？")
    assert "8,000円" in line and "計算" in line
    # (each priced apart is no sum)
    line = _first(FORUM, "協議会の会員企業の場合、フォーラムと個別商談会の参加費はそれぞれいくらですか？")
    assert "8,000円" not in line


EARLY = FORUM.replace("○ 参加区分別の参加費", "「早期申込」とは、令和７年８月29日（金）までに申込みを終えることをいいます。\n\n○ 参加区分別の参加費") + \
    "※１ 早期申込の場合は、各欄の額から２割を引いた額とします。\n"


def test_a_rule_for_a_term_defined_by_a_deadline_applies_to_a_day_on_or_before_it():
    # 「８月29日に申し込んで」 is an 早期申込 (by 8月29日): the two fees added, less ２割
    answer = _over(EARLY, "協議会の会員企業が８月29日に申し込んで、フォーラムと個別商談会に１人で参加する場合、参加費はいくらになりますか？")
    assert "6,400円" in answer.text and "早期申込" in answer.text
    # (a day after it is none)
    answer = _over(EARLY, "協議会の会員企業が９月２日に申し込んで、フォーラムと個別商談会に１人で参加する場合、参加費はいくらになりますか？")
    assert "8,000円" in answer.text and "6,400円" not in answer.text
