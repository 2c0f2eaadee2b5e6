"""Answers grounded in the documents' structure, found on the twenty-third session's sets."""

from __future__ import annotations

from structure_docs import answer_over_text as _over, first_line_over as _first


CALL = """海外クラウドファンディング活用支援補助金 募集要領

５ これまでの実績
○ 募集と交付の実績
年度\t申請件数（件）\t採択件数（件）\t交付額（万円）
令和５年度\t30\t18\t1,200
令和６年度\t38\t21\t1,512

○ 業種別の回答企業 （令和６年度）
業種\t回答企業数（社）\tうち輸出あり（社）
食料品\t40\t31
化学\t29\t21
"""


def test_firms_named_by_what_they_did_are_counted_by_its_count_in_ken():
    # 「申請した事業者」 are counted by 申請件数（件）; the share asked is 採択 ÷ 申請 of the year's row,
    # not a column of the table that counts firms in 社
    line = _first(CALL, "令和６年度は、申請した事業者のうち何パーセントが採択されたことになりますか？")
    assert "55.3" in line and "21" in line and "38" in line


def test_a_count_in_ken_of_another_deed_does_not_count_the_firms():
    from assistant.lookup import _FIRMS_BY_DEED

    assert [m.group(1) for m in _FIRMS_BY_DEED.finditer("申請した事業者のうち採択された企業は")] == ["申請", "採択"]
    assert not list(_FIRMS_BY_DEED.finditer("県内の事業者のうち"))


VISITS = """教育旅行 受入実績報告書

２ 受入の状況
○ 月別の受入状況 （令和６年度）
月\t受入団体数（団体）\t生徒・教員数（人）
１月\t３\t96
２月\t５\t158
３月\t４\t120
合計\t12\t374

３ 受入の事例
（１）台湾・台中市の高級中学
受入時期：令和６年７月
生徒・教員数：38人
"""


def test_a_month_of_a_calendar_year_summed_is_read_in_its_fiscal_year():
    # 2025年２月 is in 令和６年度 (the table's year) for a sum too (合わせて), and 先生 is the
    # column's 教員 in the document's words: not the card of one visit
    line = _first(VISITS, "2025年２月に県内に泊まった教育旅行の生徒と先生は、合わせて何人でしたか？")
    assert "158" in line and "38人" not in line


def test_a_month_asked_for_a_sum_keeps_its_fiscal_year():
    from assistant.lookup import read_intent

    intent = read_intent("2025年２月に県内に泊まった教育旅行の生徒と先生は、合わせて何人でしたか？")
    assert intent.op == "sum" and intent.years == {2024} and intent.months == {2}


def test_a_word_read_in_the_documents_terms_may_name_the_answers_column():
    from assistant.extractive import _reworded_into_answer
    from assistant.lookup import Found
    from assistant.wording import Rewording
    from structure_docs import records_of

    table = next(r for r in records_of("doc.txt", "教育旅行 受入実績報告書", VISITS) if r.kind == "table")
    cell = next(c for c in table.cells if c.row == "２月" and "生徒" in (c.column or ""))
    found = Found("", [(table, cell)])
    teacher = [Rewording(asked="先生", written="教員", doc_id="doc.txt")]
    # 先生 read as the document's 教員 names the column 生徒・教員数（人）, though no detail is asked
    assert _reworded_into_answer(teacher, "", found)
    # (a word read around the answer, not on it, does not: 日程 of 「実施する予定ですか」)
    assert not _reworded_into_answer([Rewording(asked="予定", written="日程", doc_id="doc.txt")], "", found)


SUPPORTERS = """グローバルビジネスサポーター事業 活動報告書

２ サポーターの登録
○ 国・地域別の登録サポーター （令和７年３月末現在）
国・地域\t登録者数（人）\tうち留学生（人）\tうち在住外国人（人）
中国\t52\t27\t25
米国\t８\t３\t５
ベトナム\t40\t24\t16
"""


def test_where_people_come_from_is_the_place_a_row_names():
    # 「アメリカ出身の」: 出身 is said of the place, which the 米国 row names; not a detail to refuse
    from assistant.lookup import _place_row_named

    line = _first(SUPPORTERS, "アメリカ出身のサポーターのうち留学生は何人ですか？")
    assert "３人" in line and "米国" in line
    assert _place_row_named("米国出身のサポーターのうち留学生は", "米国")
    assert _place_row_named("ベトナム国籍の社員は", "ベトナム")
    assert not _place_row_named("米国の展示会に出身校の", "中国")


def test_along_with_is_no_sum():
    from assistant.lookup import read_intent

    assert read_intent("免税店を始めるのに合わせて、案内を作る費用は何％まで補助されますか？").op is None
    assert read_intent("輸出と輸入を合わせて何トンですか？").op == "sum"


GUIDELINE = """免税店開設等支援補助金交付要綱

（定義）
第２条 この要綱において「小規模事業者」とは、常時使用する従業員の数が５人（製造業その他の業種に属する事業を主たる事業として営む者にあっては、20人）以下の中小企業者をいう。
（補助対象経費等）
第４条 補助対象経費、補助率及び上限額は、別表のとおりとする。
３ 次に掲げる経費は、補助対象外とする。
○ 販売する商品の仕入れに要する経費
○ 免税手続カウンターに支払う手続の委託手数料
○ パソコン、タブレット端末等の汎用的な機器の購入費

別表
○ 補助対象経費、補助率及び上限額 （令和７年度）
経費区分\t補助率（％）\t\t上限額（万円）\t
\t小規模事業者\t中小企業者\t一般型\t手続委託型
免税販売システムの導入費\t75\t50\t40\t20
旅券読取装置の購入費\t75\t50\t10\t５
"""


def test_a_grant_for_a_price_given_uses_the_rate_of_the_askers_class():
    # the price of what is bought (「16万円の…を導入します」) is the cost; the rate is the class's
    # the asker's firm is read as (3人: 小規模事業者 75%, 30人: 中小企業者 50%), at most the cap
    small = _first(GUIDELINE, "社員３人の雑貨店が、一般型の免税店を開くために16万円の免税販売システムを導入します。補助金はいくらになりますか？")
    assert "12万円" in small and "75%" in small
    larger = _first(GUIDELINE, "社員30人の雑貨店が、一般型の免税店を開くために16万円の免税販売システムを導入します。補助金はいくらになりますか？")
    assert "8万円" in larger and "50%" in larger


def test_an_item_of_a_list_is_stated_with_the_sentence_that_introduces_it():
    # 「次に掲げる経費は、補助対象外とする。」 says what its items are: the fee is not covered
    line = _first(GUIDELINE, "商店街の免税手続カウンターに毎月払っている委託手数料も、この補助の対象になりますか？")
    assert "補助対象外" in line and "委託手数料" in line


SAMPLES = """海外商談サンプル輸送支援補助金のご案内

４ これまでの実績
○ 送付先の国・地域別の交付件数と成約件数 （令和６年度）
国・地域\t交付件数（件）\t成約件数（件）
中国\t18\t５
台湾\t22\t８
香港\t16\t６
アジア小計\t56\t19
米国\t30\t９
その他\t14\t４
合計\t100\t32
"""


def test_a_part_named_after_nouchi_is_shared_of_the_column_before_it():
    # the whole, 「補助を受けたサンプルの送付」, is said in other words: the column left of 成約件数
    # that holds it in every row (交付件数) is the whole, of the row the question leaves to the total
    line = _first(SAMPLES, "令和６年度に補助を受けたサンプルの送付のうち、成約に結び付いたのは何％ですか？")
    assert "32.0%" in line and "100件" in line


def test_a_subtotal_row_is_named_by_what_it_adds_up_for_its_share_of_the_total():
    # 「アジア向けは全体の何％」: アジア小計 ÷ 合計, in the funnel's first column (交付件数)
    line = _first(SAMPLES, "2024年度に補助を受けた送付のうち、アジア向けは全体の何％を占めていますか？")
    assert "56.0%" in line and "交付件数" in line


def test_a_class_said_not_to_be_the_askers_is_not_asked():
    # 「小規模事業者ではない中小企業」: the 中小企業者 column, and the reading said as a sentence
    answer = _over(GUIDELINE, "旅券読取装置を小規模事業者ではない中小企業が買う場合、補助率は何％ですか？")
    first, second = answer.text.splitlines()[:2]
    assert "50%" in first and "中小企業者" in first
    assert second.startswith("「小規模事業者」に当たらない場合は「中小企業者」の欄を読みます")


def test_the_class_a_question_says_is_not_the_askers_is_read_as_denied():
    from assistant.lookup import _DENIED

    assert [m.group(1) for m in _DENIED.finditer("小規模事業者ではない中小企業の補助率は？")] == ["小規模事業者"]
    # (a question tag is no denial: 「対象ではないですか」)
    assert not list(_DENIED.finditer("旅費は補助の対象ではないですか？"))


SAMPLE_GUIDE = """海外商談サンプル輸送支援補助金のご案内

１ 制度の概要
補助対象者：県内に本社又は主たる事業所を有する中小企業者
補助率：補助対象経費の２分の１（小規模事業者は３分の２）
上限額：１回の送付につき８万円、１事業者につき年度内24万円
このご案内において「小規模事業者」とは、常時使用する従業員の数が20人（商業・サービス業は５人）以下の事業者をいいます。
"""


def test_a_grant_from_a_rate_and_cap_given_as_lines():
    # ４人の商社 is a 小規模事業者 (商業: ５人以下): ９万円 × ２/３ = ６万円, under the cap of ８万円
    answer = _over(SAMPLE_GUIDE, "従業員が４人の小さな商社が、台湾の取引先候補に９万円かけてサンプルを送ります。補助金はいくらになりますか？")
    small = answer.text.splitlines()[0]
    assert "6万円" in small and "2/3" in small
    # (with why, and the definition that decides it quoted)
    assert "「小規模事業者」に当たります" in answer.text and "５人）以下" in answer.text
    # 30人 is not: ２分の１; and a cost over what the cap allows is capped
    larger = _first(SAMPLE_GUIDE, "従業員30人の商社が20万円かけてサンプルを送ります。補助金はいくらになりますか？")
    assert "1/2" in larger and "補助額は上限の8万円" in larger


def test_a_grant_from_lines_needs_the_askers_class_when_the_rate_depends_on_it():
    from assistant.lookup import grant_from_lines
    from structure_docs import records_of

    records = records_of("doc.txt", "ご案内", SAMPLE_GUIDE)
    question = "９万円かけてサンプルを送ります。補助金はいくらになりますか？"
    # (no head count given: the class, and so the rate, cannot be told)
    assert grant_from_lines(question, records, {"doc.txt"}, lambda doc, term: None) is None
    found = grant_from_lines(question, records, {"doc.txt"}, lambda doc, term: False)
    assert found is not None and "4.5万円" in found.statement


SUPPORT_REPORT = """グローバルビジネスサポーター事業 活動報告書

１ 事業の概要
この事業は、留学生や県内に住む外国人の語学力を県内企業の海外展開に生かすため、企業の依頼に応じてサポーターを紹介するものである。企業の負担は、活動１回（３時間まで）当たり2,000円の利用料のみである。
"""


def test_an_amount_a_sentence_gives_is_not_of_a_noun_the_passage_never_names():
    # 「いくらの謝金」: the sentence's 2,000円 is the firm's 利用料; 謝金 is written nowhere
    answer = _over(SUPPORT_REPORT, "サポーターには、１回の活動につきいくらの謝金が支払われていますか？")
    assert answer.refused and "謝金" in answer.text and "2,000" not in answer.text.splitlines()[0]
    # (the amount it names is answered)
    assert "2,000円" in _first(SUPPORT_REPORT, "企業は１回の活動につきいくらの利用料を払いますか？")


DEALS = """海外提携支援補助金 交付要綱

４ これまでの実績
○ 相手国・地域別の成立件数
国・地域\t買収\t資本提携\t業務提携\t計
ベトナム\t２\t２\t４\t８
米国\t１\t１\t２\t４
タイ\t１\t１\t２\t４
ドイツ\t１\t１\t３\t５
合計\t５\t５\t11\t21
"""


def test_rows_not_told_apart_by_a_whole_in_the_tables_words_are_its_total():
    # 「これまでに成立した案件」 names the table's whole (its title's 成立, a count of cases): the
    # share in the 合計 row, 11 ÷ 21, not in the first of the rows that tie
    line = _first(DEALS, "これまでに成立した案件のうち、出資を伴わない業務提携はどれくらいの割合を占めていますか？")
    assert "52.4%" in line and "合計" in line


def test_a_whole_in_other_words_than_the_tables_names_a_row_not_the_total():
    from assistant.lookup import _Scored, _total_if_tied, read_intent
    from structure_docs import records_of

    table = next(r for r in records_of("doc.txt", "交付要綱", DEALS) if r.kind == "table")
    column = [_Scored(table, c, 0.6, 0.6) for c in table.cells if c.column == "業務提携"]
    asked = read_intent("これまでに成立した案件のうち、業務提携はどれくらいの割合ですか？")
    assert _total_if_tied(asked, column).cell.row == "合計"
    # (「東南アジアの案件」 may be a row the labels write otherwise: the best row stays)
    other = read_intent("東南アジアの案件のうち、業務提携はどれくらいの割合ですか？")
    assert _total_if_tied(other, column).cell.row == "ベトナム"
