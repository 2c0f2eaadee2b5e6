"""Answers grounded in the documents' structure, found on the twenty-sixth session's sets."""

from __future__ import annotations

from assistant.extractive import required_names
from assistant.lookup import Lookup
from corpus.records import Cell, TableRecord
from index.tokenizer import get_tokenizer
from structure_docs import answer_over_text as _over, first_line_over as _first, records_of


RESULTS = """海外フランチャイズ展開支援補助金 実績

○ 年度別の交付実績
年度\t申請件数（件）\t交付決定件数（件）\t交付額（万円）
令和５年度\t18\t11\t1,045
令和６年度\t24\t14\t1,378
"""


def test_an_average_divides_by_the_count_the_question_says_most_of():
    # 申請件数 and 交付決定件数 are both counts in 件: 「交付が決まった」 says 交付決定
    line = _first(RESULTS, "令和６年度に交付が決まった事業者は、１件当たり平均でいくらの補助金を受け取った計算になりますか？")
    assert "98.4万円" in line and "1,378万円 ÷ 14件" in line


STORES = """海外出店支援補助金 実績

○ 年度別の交付実績
年度\t交付件数（件）\t交付額（万円）\t開業店舗数（店）
令和４年度\t8\t620\t10
令和５年度\t11\t905\t17
令和６年度\t14\t1,210\t28

○ 国・地域別の開業店舗数 （単位：店）
国・地域\t令和４年度\t令和５年度\t令和６年度\t３年度計
台湾\t3\t5\t8\t16
タイ\t2\t4\t6\t12
その他\t5\t8\t14\t27
合計\t10\t17\t28\t55
"""


def test_a_share_of_one_year_is_read_in_its_column_not_in_a_total_over_the_years():
    line = _first(STORES, "令和６年度に海外で開業した店舗のうち、台湾の店はどのくらいの割合を占めていますか？")
    assert "28.6%" in line and "8店 ÷ 28店" in line


def test_years_added_along_the_named_row_are_not_read_down_a_table_of_years():
    # 交付実績's rows are the three years, but 台湾 is a row of the other table, its years columns
    line = _first(STORES, "令和４年度から６年度までの３年間に、台湾で開いた店舗は合わせて何店ですか？")
    assert "16店" in line and "55" not in line


WAREHOUSE = """海外共同倉庫 利用要領

１ 事業の概要
この要領において「１ケース」とは、縦横60センチメートル以内に梱包した重さ20キログラム以内の荷物をいう。
また、「冷凍保管」とは、庫内を零下18℃以下に保って保管することをいう。

○ 倉庫別の利用料金 （単位：円、消費税等別）
料金の区分\tバンコク倉庫\tシドニー倉庫
保管料・常温（１ケース・１か月）\t1,200\t1,500
保管料・冷凍（１ケース・１か月）\t2,300\t2,900
入庫料（１ケース）\t400\t520

○ 利用実績の推移
区分\t単位\t令和４年度\t令和５年度\t令和６年度
入庫量\tケース\t300\t450\t610
利用事業者数\t社\t12\t18\t25
"""


def test_a_native_verb_names_the_label_that_holds_its_kanji():
    # 「冷やして」 tells 保管料・冷凍 from 保管料・常温, the one word of the two rows that differs;
    # 荷物 is a word of the definition of 「１ケース」, the basis the row is priced by
    line = _first(WAREHOUSE, "シドニーの倉庫で、冷やして保管する荷物を１ケース１か月預けるといくらかかりますか？")
    assert "2,900円" in line and "1,500" not in line


def test_a_price_per_one_of_a_labels_basis_times_the_quantity_given():
    line = _first(WAREHOUSE, "バンコクの倉庫に常温の荷物を５ケース１か月預けると、保管料はいくらになりますか？")
    assert "6,000円" in line and "1,200円 × 5" in line


FEES = """海外提携支援補助金交付要綱

○ 経費区分別の補助率と上限額 （令和７年度）
経費区分\t補助率（％）\t上限額（万円）
通訳の派遣料\t50\t12
契約書の翻訳費\t50\t30
商標の調査費\t50\t25

※１ 海外の提携先と合弁会社を設立する場合は、各経費区分の上限額に８万円を加える。
"""


def test_a_fee_is_a_cost_and_a_note_that_adds_to_it_in_the_askers_case():
    # 「通訳に来てもらう費用」 is the fee 通訳の派遣料; the note's 「…を加える」 adds in the case named
    text = _over(FEES, "海外の提携先と合弁会社を設立する予定です。通訳に来てもらう費用は、上限いくらまで補助されますか？").text
    assert "通訳の派遣料" in text and "20万円" in text and "12万円 + 8万円" in text


def test_費用_asked_of_a_fee_is_the_fee_whatever_its_weight():
    # a fee (派遣料) is what 「費用」 says plainly: the word need not be on the cell, however rare
    def weight(gram: str) -> float:
        return 2.0 if gram == "費用" else 1.0
    lookup = Lookup(weight, words=get_tokenizer().content_words, names=required_names)
    found = lookup.find("通訳を派遣してもらう費用の上限額はいくらですか？", records_of("fees.txt", "海外提携支援補助金交付要綱", FEES))
    assert found is not None and "12万円" in found.statement


SURVEY = """輸出取引に関する実態調査 報告書

○ 業種別の回答企業と書面契約の状況 （令和６年度）
業種\t回答企業数（社）\tうち書面契約あり（社）\tうちトラブルあり（社）
食料品\t52\t30\t9
電気機械\t38\t31\t6
合計\t90\t61\t15
"""


def test_a_share_of_the_whole_named_before_の何パーセントが_is_the_part_its_clause_says():
    line = _first(SURVEY, "電気機械のメーカーでは、回答した会社の何％が書面で契約を結んでいますか？")
    assert "81.6%" in line and "31社 ÷ 38社" in line


TROUBLES = """輸出取引に関する実態調査 報告書

○ トラブルの内容（複数回答） （単位：％）
内容\t全体\t中小企業\t大企業
代金の支払遅延\t41.5\t45.0\t25.0
仕様の解釈の違い\t30.2\t27.5\t43.8
※１ トラブルがあった企業（全体96社、中小企業80社、大企業16社）が回答した。
"""


def test_a_count_asked_of_a_rate_is_the_rate_of_the_base_the_notes_give():
    text = _over(TROUBLES, "トラブルのあった中小企業のうち、仕様の解釈の違いでもめたのは何社くらいですか？").text
    assert "約22社" in text and "80社 × 27.5%" in text
    assert "中小企業80社" in text.split("\n", 1)[1]  # (the note that gives the base is quoted)


def test_a_count_asked_of_a_rate_without_a_base_is_no_answer():
    text = TROUBLES.replace("※１ トラブルがあった企業（全体96社、中小企業80社、大企業16社）が回答した。\n", "")
    answer = _over(text, "トラブルのあった中小企業のうち、仕様の解釈の違いでもめたのは何社くらいですか？")
    assert "27.5%" not in answer.text.splitlines()[0] or answer.refused


def test_a_word_of_the_definition_of_a_cells_unit_is_near_the_cell():
    line = _first(WAREHOUSE, "2023年度に共同倉庫に入った荷物は、全部で何ケースでしたか？")
    assert "450ケース" in line
    # (パーセント and ポイント are rates, written ％: no count in a katakana counter)
    from assistant.extractive import _answer_types

    assert all(p.search("10.3%") for p in _answer_types("会社全体の何パーセントですか？"))
    assert all(p.search("18席") for p in _answer_types("県専用スペースは何席分ありますか？"))


CAPS = """海外提携支援補助金交付要綱

○ 経費区分別の上限額 （令和７年度）
経費区分\tアジア（万円）\tアジア以外（万円）
運営マニュアルの翻訳費\t30\t40
現地広告費\t60\t80
"""


def test_a_case_said_with_だと_names_no_word_the_answer_must_hold():
    # 「提携先がアジア以外の会社だと」 is the asker's case: it picks the column, 提携先 need not be on it
    def weight(gram: str) -> float:
        return 3.0 if gram in ("提携", "携先") else 1.0
    lookup = Lookup(weight, words=get_tokenizer().content_words, names=required_names)
    found = lookup.find("運営マニュアルの翻訳費は、提携先がアジア以外の会社だと上限額はいくらですか？",
                        records_of("caps.txt", "海外提携支援補助金交付要綱", CAPS))
    assert found is not None and "40万円" in found.statement
    # (what the asker heard is no case: 「…だと聞きました」 is the topic)
    from assistant.lookup import ASKERS_CASE
    assert ASKERS_CASE.match("アジア以外だと上限額は40万円だと聞きましたが、本当ですか？").group(0) == "アジア以外だと"


def test_a_head_count_said_exactly_and_a_school_read_as_a_service_business():
    from assistant.sizeclass import employees_asked, industries_named

    assert employees_asked("社員がちょうど５人の学習塾を経営する会社") == 5
    assert "サービス業" in industries_named("学習塾を経営する会社") and "製造業" not in industries_named("英会話教室")
    # (an industry no exception names is read with the main bound: ８人の運送会社 is not a commerce firm)
    from assistant.sizeclass import SizeClass

    cls = SizeClass(term="小規模企業者", limit=20, inclusive=True, exception=("商業", "サービス業"), exception_limit=5,
                    excluded=(), measure="従業員", counter="人")
    assert cls.holds(8, industries_named("社員８人の運送会社")) is True


DEFINED = """輸出取引に関する実態調査 報告書

１ 調査の概要
調査基準日：令和６年10月１日
回答数：322社

この報告書において「紛争」とは、調査基準日前の２年間に、輸出取引で弁護士への相談を要した争いをいう。

２ 紛争の状況
紛争があったと答えた企業は45社であった。
"""


def test_whether_a_case_falls_in_a_noun_phrase_of_a_quoted_term_is_its_definition():
    line = _first(DEFINED, "３年前に一度もめたきりの会社は、この調査でいう「紛争」があった企業に入りますか？")
    assert "２年間" in line and "45社" not in line


FIRST_USERS = """令和７年度 海外共同倉庫 利用要領

１ 事業の概要
利用できる者：県内に本社を置く事業者
利用期間：令和７年４月１日から令和８年３月31日まで
令和５年度の利用事業者は20社、令和６年度は26社であった。
この要領において「１ケース」とは、重さ20キログラム以内の荷物をいう。「初回利用者」とは、前年度までに共同倉庫を利用したこと
がない事業者をいう。また、「冷凍保管」とは、庫内を零下18℃以下に保って保管することをいう。

○ 倉庫別の利用料金 （単位：円）
料金の区分\tバンコク倉庫\tシドニー倉庫
保管料（１ケース・１か月）\t1,200\t1,500
※１ 初回利用者は、利用を始めた月から３か月間、保管料を半額とする。
"""


def test_whether_a_case_may_be_treated_as_a_defined_word_is_its_definition():
    line = _first(FIRST_USERS, "令和５年度に一度だけ使ったことがある会社は、令和７年度に初回利用者として保管料の割引を受けられますか？")
    assert "利用したことがない" in line


def test_a_negated_definition_is_not_what_a_question_without_a_negation_says():
    from assistant.extractive import defined_terms

    glossary = [("前年度までに共同倉庫を利用したことがない事業者", "初回利用者")]
    assert defined_terms("2024年度に共同倉庫を利用した事業者は何社ですか？", [], glossary) == ()
    assert defined_terms("前年度まで共同倉庫を利用したことがない事業者は、割引がありますか？", [], glossary) == ("初回利用者",)


def test_a_rate_asked_is_not_answered_by_a_word_that_ends_in_分の():
    # 「経費区分の上限額」 holds 分の, but no fraction: the note gives no rate of royalties
    answer = _over(FEES, "合弁会社が提携先から受け取るロイヤルティは、売上の何％くらいが一般的ですか？")
    assert answer.refused


def test_a_quantity_asked_in_a_katakana_counter_is_not_a_prices_basis_nor_a_term():
    # the rules price one ケース and define 「１ケース」, but never say how many cases the warehouses hold
    answer = _over(WAREHOUSE, "共同倉庫の保管スペースは、２か所で全部で何ケース分ありますか？")
    assert answer.refused
    line = _first(WAREHOUSE, "2023年度に共同倉庫に入った荷物は、全部で何ケースでしたか？")
    assert "450ケース" in line
    # (パーセント and ポイント are rates, written ％: no count in a katakana counter)
    from assistant.extractive import _answer_types

    assert all(p.search("10.3%") for p in _answer_types("会社全体の何パーセントですか？"))
    assert all(p.search("18席") for p in _answer_types("県専用スペースは何席分ありますか？"))


def test_each_industry_of_a_list_excluded_from_the_exception_is_excluded():
    from assistant.sizeclass import class_of, size_classes_in

    cls, = size_classes_in("この要領において「小規模事業者」とは、常時使用する従業員の数が20人（商業・サービス業（宿泊業"
                           "及び娯楽業を除く。）を主たる事業として営む者にあっては、５人）以下の事業者をいう。")
    assert cls.excluded == ("宿泊業",) and "宿泊業" not in cls.exception
    holds, why = class_of("従業員８人で旅館をやっている方から相談がありました。", cls)
    assert holds and "当たります" in why


SHOPS = """免税店開設支援補助金交付要綱

（定義）
第２条 この要綱において「小規模事業者」とは、常時使用する従業員の数が20人（商業又はサービス業を主たる事業とする者は５人）以下の中小企業者をいう。

○ 補助対象経費別の補助率 （令和７年度、単位：％）
補助対象経費\t中小企業者\t小規模事業者
従業員研修の受講費\t30\t50
多言語表示物の作成費\t50\t75
免税販売システムの導入費\t50\t60
"""


def test_the_head_count_that_gives_the_class_names_no_row():
    # 「従業員がちょうど５人の」 says the shop is a 小規模事業者; it does not name 従業員研修の受講費
    line = _first(SHOPS, "従業員がちょうど５人の土産物店から相談です。店内の表示物を作る費用は、何％まで補助されますか？")
    assert "多言語表示物の作成費" in line and "75%" in line


def _terms_record() -> TableRecord:
    # a two-level header: 中小企業 | 大企業, each over 企業数（社） | 割合（％）
    rows = (("ＦＯＢ（本船渡し）", "80", "40.0", "10", "20.0"), ("ＣＩＦ（運賃・保険料込み）", "70", "35.0", "25", "50.0"),
            ("その他", "50", "25.0", "15", "30.0"), ("合計", "200", "100.0", "50", "100.0"))

    def cell(row: str, value: str, column: str, group: str, unit: str) -> Cell:
        return Cell(row=row, column=column, value=value, number=float(value), unit=unit, fiscal_year=2024,
                    fiscal_year_range=None, start=0, end=0, line=1, page=None, source=row, column_group=group)

    cells = [c for row, n1, p1, n2, p2 in rows
             for c in (cell(row, n1, "企業数（社）", "中小企業", "社"), cell(row, p1, "割合（％）", "中小企業", "%"),
                       cell(row, n2, "企業数（社）", "大企業", "社"), cell(row, p2, "割合（％）", "大企業", "%"))]
    title = "企業規模別の主に使う貿易条件 （令和６年度）"
    return TableRecord(doc_id="chosa.pdf", file="chosa.pdf", title=title, section=f"３ 貿易条件 > ○ {title}", kind="table",
                       columns=tuple(dict.fromkeys(c.column for c in cells)), rows=tuple(dict.fromkeys(c.row for c in cells)),
                       cells=tuple(cells), start=0, end=0, line_start=1, line_end=1, page=1, note="",
                       doc_title="輸出契約と貿易条件に関する実態調査 報告書")


def test_a_share_of_column_groups_added_together_adds_their_counts():
    lookup = Lookup(None, words=get_tokenizer().content_words, names=required_names)
    found = lookup.find("中小企業と大企業を合わせると、主にFOBを使っている会社は回答企業全体の何％になりますか？", [_terms_record()])
    assert found is not None and "36%" in found.statement and "90社 ÷ 250社" in found.statement
    # (one group asked: its own printed share)
    found = lookup.find("中小企業では、主にFOBを使っている会社は何％ですか？", [_terms_record()])
    assert found is not None and "40" in found.statement and "90社" not in found.statement


def test_a_price_halved_for_a_first_time_user_by_the_note_under_its_table():
    text = _over(FIRST_USERS, "初めて共同倉庫を使う会社が、バンコクの倉庫に荷物を４ケース預けると、最初の月の保管料はいくらになりますか？").text
    assert "4,800円" in text and "2,400円" in text and "4,800円 × 0.5" in text
    # (a firm that used the warehouses before pays the price)
    text = _over(FIRST_USERS, "前からバンコクの倉庫を使っている会社が、荷物を４ケース預けると、保管料はいくらになりますか？").text
    assert "4,800円" in text and "2,400円" not in text


BORNE = """海外共同倉庫 よくある質問

Ｑ１ 保管料はいくらですか。
Ａ１ 倉庫ごとに次のとおりです。県内の中小企業は、利用を始めた月から12か月間、保管料の２分の１を県が負担します。

○ 共同倉庫の保管料 （単位：円、１パレット・１か月当たり）
温度帯\t台北倉庫\tシンガポール倉庫
常温\t3,600\t4,200
冷凍\t6,000\t7,200
"""


def test_a_share_of_a_price_the_prefecture_bears_for_the_askers_case_is_taken_off():
    text = _over(BORNE, "県内の中小の水産加工会社が、利用を始めた最初の月に、台北の倉庫で冷凍品を３パレット１か月預けます。"
                        "自社で払う保管料はいくらですか？").text
    assert "18,000円" in text and "9,000円" in text and "保管料の２分の１を県が負担します" in text
    text = _over(BORNE, "県外の大企業が、台北の倉庫で冷凍品を３パレット１か月預けます。保管料はいくらですか？").text
    assert "18,000円" in text and "9,000円" not in text
