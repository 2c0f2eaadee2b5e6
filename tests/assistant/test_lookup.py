"""Answers from table records (assistant.lookup): the asked cell, computations, refusals."""

from __future__ import annotations

import pytest

from assistant.kpi import indicators, to_csv
from assistant.lookup import Lookup, read_intent
from corpus.chunking import Chunker
from corpus.models import DocumentMeta, LoadedDocument
from corpus.tables import extract_records
from index.tokenizer import get_tokenizer

REPORT = """みらい特区 評価報告

１ 数値目標の達成状況
○ 実証実験等の実施件数(累計)      令和７年３月 31日現在(件)
区分 令和４年度 令和５年度 令和６年度 令和７年度
目標値 40 60 120 180
実績値 45 55 142 -
進捗度（％） 113 92 118 -

○ 分野別の実証実験の実施件数（単年度）（件）
分野 令和５年度 令和６年度
自動運転 18 23
ドローン物流 13 17
合計 31 40

○ 経済波及効果
指標 令和５年度 令和６年度
民間投資誘発額 5.8億円 ―
※１ 令和６年度の民間投資誘発額は集計中である（表中「―」）。

２ 問い合わせ先
担当課 みらい県 産業労働部 特区推進課
電話番号 099-012-3456
"""


def _records_of(text: str, name: str = "r.txt", title: str = "報告"):
    """The table records read from one text document."""
    doc = LoadedDocument(doc_id=name, path=name, meta=DocumentMeta(file=name, title=title), text=text,
                         content_hash=name, format="txt")
    return extract_records(doc, Chunker().chunk(doc))


@pytest.fixture(scope="module")
def records():
    return _records_of(REPORT, "report.txt", "みらい特区 評価報告")


@pytest.fixture(scope="module")
def lookup():
    return Lookup(words=get_tokenizer().content_words)


class TestIntent:
    @pytest.mark.parametrize("question, years, kinds, op", [
        ("2024年度の実証実験の実績は？", {2024}, ["実績"], None),
        ("令和5年度と令和6年度の合計は何件ですか？", {2023, 2024}, [], "sum"),
        ("目標と実績の差は？", set(), ["目標", "実績"], "diff"),
        ("最も多い分野はどれですか？", set(), [], "max"),
        ("目標を下回った指標は？", set(), ["目標"], "missed"),
    ])
    def test_reads_years_kinds_and_operation(self, question, years, kinds, op):
        intent = read_intent(question)
        assert (intent.years, intent.kinds, intent.op) == (years, kinds, op)

    def test_topic_is_the_content_words(self):
        intent = read_intent("ものづくり支援のさらなる強化のための補助率は？", get_tokenizer().content_words)
        assert intent.topic.split() == ["ものづくり", "支援", "強化", "補助", "率"]
        assert intent.attribute == "補助率"


    @pytest.mark.parametrize("question, periods", [
        ("第２期の実績は？", {"第2期"}),
        ("第三期計画の目標は？", {"第3期"}),
        ("参加人数で、第3期計画について、第2期の実績はどうでしたか？", {"第2期"}),  # the asked part's period
        ("令和6年度の実績は？", set()),
        ("第十二期と第十十期は？", {"第12期"}),  # a malformed numeral names no period
    ])
    def test_plan_periods_are_read_like_years(self, question, periods):
        assert read_intent(question).periods == periods


@pytest.mark.parametrize("question, part", [
    ("県税の増収効果のうち、法人二税の分はいくらですか？", "法人二税の分はいくらですか?"),
    ("増収効果について、うち個人県民税は？", "個人県民税は?"),
    ("法人二税はいくらですか？", ""),
])
def test_the_part_asked_after_のうち(question, part):
    from assistant.lookup import _nfkc, _part_asked

    assert _part_asked(_nfkc(question)) == part


def test_a_sum_over_a_span_adds_every_year_of_it():
    intent = read_intent("平成29年度から令和2年度までの4年間の実績を合計すると何件になりますか？", get_tokenizer().content_words)
    assert intent.op == "sum" and intent.years == {2017, 2018, 2019, 2020}
    assert "年間" not in intent.topic.split()  # a duration names nothing
    assert read_intent("令和2年度までの実績を足すと何件ですか？").years == set(range(2005, 2021))  # up to it
    assert read_intent("令和6年度までの累計で何人ですか？").op is None  # a cumulative figure, no sum


def test_every_row_the_question_names_is_answered():
    text = ("ｃ 情報発信事業\n＜実施状況＞\n区分 令和６年度 令和７年度(見込)\n情報発信数（回） 80 (100)\n"
            "イベント来場者数（名） 900 (1,000)\n県・市の連携事業の実施回数（回） 10 (12)\n")
    found = Lookup(words=get_tokenizer().content_words).find(
        "令和7年度に情報発信数とイベント来場者数をどれくらい見込んでいますか？", _records_of(text))
    assert "(1,000)" in found.statement and "情報発信数（回） (100)" in found.statement
    assert "(12)" not in found.statement  # a row the question does not name


def test_a_space_inside_a_japanese_label_is_read_across():
    from assistant.lookup import _label_grams

    assert "等の" in _label_grams("特区関連事業の研修等 の受入数") and "合計" in _label_grams("合 計")


def test_a_compound_holds_when_all_its_parts_do():
    from assistant.lookup import _in_parts

    assert _in_parts("参加人数", "生活支援ロボットを体験する取組に参加した人数(累計)")
    assert not _in_parts("参加人数", "生活支援ロボットの導入施設数(累計)")
    assert not _in_parts("人数", "人の数")  # one-character pieces do not count


class TestLookup:
    def test_an_actual_is_stated_with_its_period_in_both_calendars_and_its_target(self, lookup, records):
        found = lookup.find("2024年度の実証実験等の実施件数の実績は何件ですか？", records)
        assert found.statement == ("実証実験等の実施件数(累計)の令和6年度（2024年度）の実績値は142件（目標値 120件、進捗度 118%）"
                                   "です。実績は目標を22件上回っています。")
        assert [c.value for _, c in found.cells] == ["142", "120", "118"]
        assert not found.computed

    def test_unasked_kind_leads_with_the_actual(self, lookup, records):
        found = lookup.find("令和５年度の実証実験等の実施件数は？", records)
        assert found.statement.startswith("実証実験等の実施件数(累計)の令和5年度（2023年度）の実績値は55件（目標値 60件、進捗度 92%）")
        assert found.statement.endswith("実績は目標を5件下回っています。")

    def test_a_table_that_names_no_kind_holds_no_targets(self, lookup, records):
        found = lookup.find("令和６年度、自動運転分野の実証実験は何件を目標にしていたんでしょうか？", records)
        assert found.refused
        assert found.statement == ("「分野別の実証実験の実施件数（単年度）」の表には目標値の記載はありません。"
                                   "記載があるのは自動運転の令和6年度（2024年度）の値（23件）です。")

    def test_a_follow_up_compares_the_asked_year_with_the_year_spoken_of(self, lookup, records):
        # 「令和6年度について、令和5年度と比べると」: 令和6年度 against 令和5年度, not 令和5年度 against 令和4年度
        found = lookup.find("実証実験等の実施件数の実績、令和6年度について、令和5年度と比べると、件数はどれだけ増えました？",
                            records)
        assert found.computed and "差は87件" in found.statement

    def test_a_breakdown_lists_every_row_of_the_year(self, lookup, records):
        found = lookup.find("分野別の実証実験の実施件数について、令和6年度は分野別だとどうでした？", records)
        assert found is not None and not found.refused
        assert "自動運転 23件" in found.statement and "ドローン物流 17件" in found.statement and "合計 40件" in found.statement

    def test_目標どおり_asks_whether_the_target_was_reached(self, lookup, records):
        question = "実証実験等の実施件数、令和5年度は目標どおりだったんでしょうか？実績の件数も教えてください。"
        # (どおり is no word a table labels: as the rarest word of the question it refused the lookup)
        assert "どおり" not in read_intent(question, lookup.words).topic
        found = lookup.find(question, records)
        assert found is not None and "55件" in found.statement and "60件" in found.statement

    def test_a_row_of_things_per_year(self, lookup, records):
        found = lookup.find("令和６年度のドローン物流分野の実証実験は何件？", records)
        assert "ドローン物流の令和6年度（2024年度）" in found.statement and "17件" in found.statement

    def test_the_year_of_the_highest_value_of_a_row(self, lookup, records):
        found = lookup.find("実証実験等の実施件数の進捗度が最も高かったのはどの年度ですか？", records)
        assert "令和6年度（2024年度）（118" in found.statement and found.computed

    def test_a_shortfall_is_the_difference_to_the_target(self, lookup, records):
        found = lookup.find("令和５年度の実証実験等の実施件数は、目標に何件届きませんでしたか？", records)
        assert "差は5件" in found.statement and found.computed

    def test_was_the_target_reached_is_answered_by_target_and_actual(self, lookup, records):
        found = lookup.find("実証実験等の実施件数は、令和５年度に目標を達成しましたか？目標と実績の件数は？", records)
        assert "60件" in found.statement and "55件" in found.statement and "下回って" in found.statement

    def test_a_sum_over_years_without_a_named_row_adds_the_total_row(self, lookup, records):
        found = lookup.find("分野別の実証実験は、令和５年度から令和６年度までに合わせて何件ですか？", records)
        assert "71件" in found.statement and found.computed  # 31 + 40, not one field's row

    def test_the_latest_figure_asked_for_is_the_latest_year(self, lookup, records):
        found = lookup.find("分野別の実証実験の合計件数は、いちばん新しい集計で何件ですか？", records)
        assert "令和6年度（2024年度）" in found.statement and "40件" in found.statement

    def test_the_most_with_words_in_between(self, lookup, records):
        found = lookup.find("令和６年度に最も件数が多かった実証実験の分野はどれですか？", records)
        assert "自動運転（23件）" in found.statement

    def test_a_label_the_question_names_says_what_the_cell_is(self, lookup, records):
        # いくつ wants a count, but the question names the 民間投資誘発額 row: its amount answers
        found = lookup.find("経済波及効果の民間投資誘発額の令和５年度はいくつですか？", records)
        assert "5.8億円" in found.statement

    def test_which_of_two_years_is_a_comparison_of_the_total_row(self, lookup, records):
        found = lookup.find("分野別の実証実験は、令和５年度と令和６年度でどちらが多かったですか？それぞれの件数も教えてください。", records)
        assert "40件" in found.statement and "31件" in found.statement and found.computed

    def test_a_printed_total_is_looked_up_not_computed(self, lookup, records):
        found = lookup.find("2024年度の分野別の実証実験は全分野を合わせると何件ですか？", records)
        assert "40件" in found.statement and not found.computed

    def test_sum_over_years_is_computed_and_shown(self, lookup, records):
        found = lookup.find("2023年度と2024年度の自動運転分野の実証実験は合わせて何件？", records)
        assert found.computed
        assert "41件" in found.statement and "18件 + 23件 = 41件" in found.statement
        assert [c.value for _, c in found.cells] == ["18", "23"]

    def test_difference_of_actual_and_target(self, lookup, records):
        found = lookup.find("令和６年度の実証実験等の実施件数は、目標と実績の差は何件ですか？", records)
        assert found.computed and "差は22件" in found.statement and "142件 − 120件 = 22件" in found.statement

    def test_largest_row(self, lookup, records):
        found = lookup.find("令和６年度に実証実験が最も多かった分野はどれですか？", records)
        assert found.computed and "自動運転（23件）" in found.statement

    def test_missed_targets(self, lookup, records):
        found = lookup.find("令和５年度に目標を下回った指標はどれですか？", records)
        assert found.computed and "実証実験等の実施件数(累計)" in found.statement and "5件不足" in found.statement

    def test_a_fact(self, lookup, records):
        found = lookup.find("特区推進課の電話番号を教えてください。", records)
        assert found.statement == "電話番号は099-012-3456です。"

    @pytest.mark.parametrize("question", [
        "実証実験の参加費はいくらですか？",            # a detail no label names
        "特区推進課のファクス番号は？",
    ])
    def test_no_record_answer(self, lookup, records, question):
        assert lookup.find(question, records) is None

    def test_a_dash_cell_says_it_is_not_given(self, lookup, records):
        found = lookup.find("2024年度の民間投資誘発額の実績は？", records)
        assert "表では「―」となっており、数値は記載されていません" in found.statement
        [record] = [r for r, _ in found.cells][:1]
        assert any("集計中" in f.text for f in record.footnotes)


class TestKpi:
    def test_indicators_with_shortfalls_and_csv(self, records):
        items = {i.title: i for i in indicators(records)}
        kpi = items["実証実験等の実施件数(累計)"]
        assert [(p.fiscal_year, p.target.value, p.actual.value) for p in kpi.points] == [
            (2022, "40", "45"), (2023, "60", "55"), (2024, "120", "142"), (2025, "180", "-")]
        assert [p.fiscal_year for p in kpi.shortfalls] == [2023]
        assert "分野別の実証実験の実施件数（単年度） / 自動運転" in items
        csv = to_csv([kpi])
        assert csv.splitlines()[2].endswith(",55,92,件,▼,5行") or ",55," in csv.splitlines()[2]


class TestRefusalsAndChoices:
    def test_an_empty_column_is_said_to_be_empty(self, lookup, records):
        found = lookup.find("2025年度の実証実験等の実施件数の実績は？", records)
        assert found.refused is False or "記載されていません" in found.statement  # a dash cell
        text = REPORT.replace("実績値 45 55 142 -", "実績値 45 55 142")
        recs = _records_of(text, "r.txt", "報告")
        found = lookup.find("2025年度の実証実験等の実施件数の実績は？", recs)
        assert found.refused
        assert found.statement.startswith("「実証実験等の実施件数(累計)」の表には令和7年度（2025年度）の列がありますが")
        assert "記載があるのは" in found.statement and "令和6年度（2024年度）" in found.statement

    def test_the_best_cell_that_names_the_asked_detail_answers(self, lookup, records):
        found = lookup.find("みらい特区の経済波及効果のうち民間投資誘発額は2023年度にいくらでしたか？", records)
        assert "5.8億円" in found.statement


class TestQuestionShapingWords:
    """The most specific word of a question must be near the answering cell, unless it only
    shapes the question: the kind of answer (どの市町村), a predicate (設定されて), an operation
    (全部で)."""

    @pytest.mark.parametrize("question, shaping", [
        ("特区の区域には、どの市町村が含まれていますか?", {"市町村"}),
        ("目標値は何件に設定されていますか?", {"設定"}),
        ("どのような支援を実施していますか", {"支援", "実施"}),
        ("令和５年度の件数は、全部で何件でしたか?", {"全部で"}),
    ])
    def test_shaping_words_are_read_from_the_question(self, question, shaping):
        from assistant.lookup import question_shaping_words

        assert question_shaping_words(question) == shaping

    def test_a_question_whose_predicate_names_no_label_is_still_answered(self, records):
        lookup = Lookup(words=get_tokenizer().content_words)
        found = lookup.find("実証実験等の実施件数の令和7年度の目標値は何件に設定されていますか？", records)
        assert found is not None and "180件" in found.statement

    def test_a_sum_over_named_rows_finds_each_row_word_on_its_row(self, records):
        found = Lookup(words=get_tokenizer().content_words).find(
            "令和６年度の自動運転とドローン物流の実証実験は、合わせて何件ですか？", records)
        assert found is not None and found.computed and "40件" in found.statement, found


GUIDE = """令和７年度 みらい県 販路開拓補助金 募集要項

５ 募集期間及び予算額
募集期間 令和７年５月12日（月）から令和７年６月30日（月）17時まで
予算額 3,000万円

６ 今後のスケジュール（予定）
募集説明会 令和７年５月20日（火）14時から
審査結果の通知 令和７年８月下旬

７ 問い合わせ先
担当課 みらい県 産業労働部 販路開拓課
電話番号 099-012-3456
"""


@pytest.fixture(scope="module")
def guide():
    return _records_of(GUIDE, "guide.txt", "販路開拓補助金 募集要項")


class TestFormLabelsInOtherWords:
    @pytest.mark.parametrize("question", [
        "2025年度の販路開拓補助金は、いつから申請を受け付けていますか？",
        "販路開拓補助金の募集はいつ締め切られますか？",
    ])
    def test_when_applications_are_accepted_is_the_募集期間(self, lookup, guide, question):
        found = lookup.find(question, guide)
        assert found is not None and "令和７年５月12日" in found.statement

    def test_a_deadline_to_apply_is_the_募集期間_but_a_reports_deadline_is_not(self, lookup, guide):
        found = lookup.find("販路開拓補助金に申し込みたい方が来ています。申請書はいつまでに出せば間に合いますか？", guide)
        assert found is not None and "令和７年６月30日" in found.statement
        other = lookup.find("販路開拓補助金の事業が完了したあと、実績報告書はいつまでに出す必要がありますか？", guide)
        assert other is None or "募集期間" not in other.statement

    def test_a_fact_of_another_year_does_not_answer(self, lookup, guide):
        # the 募集期間 of the 令和７年度 call is no answer about 2023
        found = lookup.find("2023年度の販路開拓補助金は、いつから申請を受け付けていましたか？", guide)
        assert found is None or "令和７年５月12日" not in found.statement

    def test_an_inquiry_is_no_sum(self):
        assert read_intent("県の担当課に問い合わせたい場合、電話番号は何番ですか？").op is None
        assert read_intent("問合わせ先の電話番号は？").op is None
        assert read_intent("二つの事業を合わせると何件ですか？").op == "sum"
        assert read_intent("どの項目の配点が一番大きいですか？点数もあわせて教えてください。").op == "max"  # あわせて: also


class TestComparisonsInDeskWording:
    def test_an_actual_against_a_later_years_target(self, lookup, records):
        found = lookup.find("実証実験等の実施件数は、令和6年度の実績で令和7年度の目標をもう超えていますか？両方の数字を教えてください。", records)
        assert "142件" in found.statement and "令和7年度（2025年度）の目標値 180件" in found.statement
        assert "令和6年度（2024年度）の実績は、令和7年度（2025年度）の目標に届いていません。" in found.statement

    def test_growth_in_one_year_is_read_from_the_year_before(self, lookup, records):
        found = lookup.find("実証実験等の実施件数の実績は、令和6年度の1年間で何件増えましたか？", records)
        assert found.computed and "差は87件" in found.statement and "増えています" in found.statement

    @pytest.mark.parametrize("question, diff", [
        ("令和6年度の実証実験等の実施件数は、目標をいくら上回りましたか？", "差は22件"),
        ("実証実験等の実施件数は、令和5年度の目標に何件届かなかったのですか？実績も一緒に教えてください。", "差は5件"),
        # 残り / あと何件 asks the gap too (and 残り is no detail the table must label)
        ("実証実験等の実施件数について、令和5年度の目標と実績、それと目標までの残りを教えてください。", "目標まであと5件"),
        ("実証実験等の実施件数は、令和5年度の目標まであと何件でしたか？", "目標まであと5件"),
        # a later target against the latest actual the row holds (令和6年度 142件)
        ("実証実験等の実施件数は、令和7年度の目標まであと何件必要ですか？", "令和7年度（2025年度）の目標値は180件、令和6年度（2024年度）の実績値は142件で、目標まであと38件"),
    ])
    def test_a_gap_to_the_target(self, lookup, records, question, diff):
        found = lookup.find(question, records)
        assert found.computed and diff in found.statement

    def test_a_period_range_is_one_period_not_two_years(self):
        from assistant.lookup import _diff_parts, _Scored
        from corpus.records import Cell, TableRecord

        def cell(row, value):
            return Cell(row=row, column="平成30～令和4年度", value=value, number=float(value.replace(",", "")), unit="人",
                        fiscal_year=None, fiscal_year_range=(2018, 2022), start=0, end=1, line=1, page=None, source="")

        target, actual = cell("目標値", "90,000"), cell("実績値", "82,435")
        rec = TableRecord(doc_id="d", file="d", title="参加人数", section="", kind="table", columns=("平成30～令和4年度",),
                          rows=("目標値", "実績値"), cells=(target, actual), start=0, end=1, line_start=1, line_end=2)
        intent = read_intent("第2期（平成30～令和4年度）の目標に何人届かなかった？")
        assert intent.years == {2018, 2022} and intent.op == "diff"
        parts = _diff_parts(intent, [_Scored(rec, target, 1.0, 1.0), _Scored(rec, actual, 1.0, 1.0)])
        assert [p.cell.value for p in parts] == ["82,435", "90,000"]


def test_a_sentence_that_ends_on_a_year_is_no_date():
    from assistant.lookup import looks_like
    from corpus.records import Cell

    def cell(value):
        return Cell(row="実績", column=None, value=value, number=None, unit=None, fiscal_year=None,
                    fiscal_year_range=None, start=0, end=1, line=1, page=None, source=value)

    assert looks_like(cell("令和４年３月"), ["date"])
    assert looks_like(cell("平成29年３月 総合特区計画（第２期）の認定"), ["date"])
    assert not looks_like(cell("・特区区域内においては、累計で認定実績6件。そのうち交付実績は5件。（令和元年度で交付終了）"), ["date"])


@pytest.mark.parametrize("question", ["令和8年度の実証実験等の実施件数の実績は何件ですか？", "2026年度の実証実験等の実施件数の実績は？"])
def test_a_year_the_table_has_no_column_for_is_refused_with_what_it_holds(lookup, records, question):
    found = lookup.find(question, records)
    assert found.refused
    assert "令和8年度（2026年度）の実績値は記載されていません" in found.statement
    assert "令和6年度（2024年度）" in found.statement  # what the row does hold


def test_a_year_spanning_its_columns_is_the_cells_year(lookup):
    text = ("報告\n\n（１）主要指標の目標値と実績値\n指標\t令和３年度\t\t令和４年度\t\n\t目標値\t実績値\t目標値\t実績値\n"
            "海外商談件数（件）\t100\t120\t110\t130\n成約件数（件）\t20\t18\t25\t27\n\n本文です。\n")
    recs = _records_of(text, "g.txt", "報告")
    assert [(c.column, c.fiscal_year) for c in recs[0].cells[:4]] == [
        ("目標値", 2021), ("実績値", 2021), ("目標値", 2022), ("実績値", 2022)]
    found = lookup.find("2022年度の成約件数の実績は？", recs)
    assert found is not None and "27件" in found.statement


def test_a_term_the_question_paraphrases_names_its_row(lookup):
    from assistant.extractive import defined_terms
    from assistant.types import Passage
    from corpus.models import Chunk

    text = ("４ 補助率及び補助上限額\n企業区分\t補助率\t補助上限額\n創業期スタートアップ\t２分の１以内\t2,000万円\n"
            "県外移転中小企業\t３分の１以内\t1,000万円\n\n本文です。\n")
    recs = _records_of(text, "s.txt", "補助金 募集要項")
    definition = "ウ 県外に本社を有する中小企業者で、県内に本社機能又は研究開発拠点を移転するもの（以下「県外移転中小企業」という。）"
    chunk = Chunk(id="d", doc_id="s.txt", file="s.txt", title="補助金 募集要項", section="２ 補助対象者", text=definition,
                  kind="text", start=0, end=len(definition), line_start=1, line_end=1)
    question = "県外に本社がある中小企業が、研究開発拠点を移す場合の補助率と上限額を教えてください。"
    terms = defined_terms(question, [Passage(chunk=chunk, rank=1, score=1.0)])
    assert terms == ("県外移転中小企業",)
    found = lookup.find(question, recs, terms=terms)
    assert found is not None and "３分の１以内" in found.statement and "1,000万円" in found.statement
    assert defined_terms("創業期スタートアップの補助率は？", [Passage(chunk=chunk, rank=1, score=1.0)]) == ()


PROFILE = """海外連携機関プロフィール ラムチャン県商工局

１ 機関の概要
機関名 ラムチャン県商工局
所在地 タイ王国 ラムチャン県 ムアン郡
担当部署 国際協力課
電話番号 +66-55-123-456

６ 問い合わせ先
担当：みらい県 産業労働部 国際経済課 アジア交流グループ
電話：099-010-4512 ファクス：099-010-4519
電子メール：asia@pref.mirai.lg.jp
"""


def test_the_prefectures_own_desk_is_told_from_the_partners_office(lookup):
    recs = _records_of(PROFILE, "p.txt", "海外連携機関プロフィール ラムチャン県商工局")
    own = lookup.find("ラムチャン県との交流について、みらい県の担当課に問い合わせたい場合の電話番号は？", recs)
    assert own is not None and "099-010-4512" in own.statement
    partner = lookup.find("ラムチャン県商工局の電話番号は？", recs)
    assert partner is not None and "+66-55-123-456" in partner.statement


def test_a_named_row_without_the_asked_year_is_refused_not_answered_by_another_row(lookup):
    # 令和7年度's target is in another table (新規立地件数); the row the question names has none
    text = ("特区評価\n\n○ モビリティ関連企業の新規立地件数（単年度）\n区分\t令和６年度\t令和７年度\n目標値（社）\t15\t18\n"
            "実績値（社）\t16\t―\n\n○ 特区の経済波及効果\n指標\t令和５年度\t令和６年度\t目標（令和８年度）\n"
            "実証サービス延べ利用者数\t1,250人\t3,480人\t10,000人\n\n本文です。\n")
    recs = _records_of(text, "k.txt", "特区評価")
    found = lookup.find("実証サービスの延べ利用者数って、令和７年度の目標値はいくつでしたっけ？", recs)
    assert found is not None and found.refused
    assert "令和7年度（2025年度）" in found.statement and "記載されていません" in found.statement
    assert "18" not in found.statement
    answered = lookup.find("実証サービス延べ利用者数の令和６年度は？", recs)
    assert answered is not None and not answered.refused and "3,480人" in answered.statement


def test_a_kind_the_table_labels_elsewhere_is_not_an_unlabelled_cell(lookup):
    # the row labels its target (第２期目標); the unlabelled yearly figures are no targets
    text = ("特区評価\n\n○ 分野別の主な成果指標\n指標\t令和５年度\t令和６年度\t第２期目標（令和５～９年度）\n"
            "特許出願件数（件）\t9\t12\t50\n新規雇用者数（人）\t158\t174\t800\n\n本文です。\n")
    recs = _records_of(text, "t.txt", "特区評価")
    found = lookup.find("特許出願件数について、2024年度単年の目標値は何件でしたか？", recs)
    assert found is not None and found.refused
    assert "目標値は記載されていません" in found.statement and "50件" in found.statement
    answered = lookup.find("特許出願件数の令和６年度の実績は？", recs)
    assert answered is not None and not answered.refused and "12件" in answered.statement


def test_rows_the_question_does_not_tell_apart_are_answered_by_the_total(lookup):
    text = ("報告\n\n○ 海外展開を希望する県内企業への個別支援件数（件）\n区分\t令和５年度\t令和６年度\n"
            "経済動向等に係る情報提供\t403\t424\n海外展示会への出展支援\t135\t120\n合計\t738\t736\n\n本文です。\n")
    recs = _records_of(text, "c.txt", "報告")
    found = lookup.find("海外展開を希望する県内企業への個別支援件数の令和5年度は？", recs)
    assert found is not None and "738" in found.statement
    found = lookup.find("海外展示会への出展支援の令和5年度の件数は？", recs)
    assert found is not None and "135" in found.statement  # a row the question names is still that row


TWO_INDICATORS = """さくら特区 評価報告

○ ドローン配送の実施件数(累計)      令和７年３月 31日現在(件)
区分 令和５年度 令和６年度
目標値 100 200
実績値 121 250

○ 特区の取組に参加する県内中小企業の数(累計)      令和７年３月 31日現在(社)
区分 令和５年度 令和６年度
目標値 25 55
実績値 10 98
"""


def test_a_follow_up_naming_its_own_indicator_is_answered_from_it(lookup):
    # the carried topic names the indicator asked before; the part asked now names a sibling,
    # and the rarest word of the carried topic (ドローン) is not on its cells
    records = _records_of(TWO_INDICATORS, "two.txt", "さくら特区 評価報告")
    found = lookup.find("ドローン配送について、特区の取組に県内の中小企業が参加した数で、"
                        "令和5年度の実績と目標はそれぞれいくつでしたか？", records)
    assert found is not None
    assert "県内中小企業の数" in found.statement and "10社" in found.statement and "25社" in found.statement


SUPPORT = """誘致実績

イ 「セレクト神奈川ＮＥＸＴ」実績（令和元年 11 月～令和７年６月末時点）
区 分 大企業 中小企業 合 計
企業立地支援事業 37件 104件 141件
企業誘致促進賃料補助事業 ２件 18件 20件
小 計 39件 122件 161件
ワンストップサービス ９件 89件 98件

オ 補助金の交付状況（令和元年 11月～令和６年度）
区 分 累計額
企業立地促進補助金 15億 8,741万円
企業誘致促進賃料補助金 4,071万円
企業立地促進融資補助金 ８億 5,047万円
合 計 24億 7,858万円

エ 企業立地促進補助金に係る債務負担行為の状況（令和７年６月末時点）
施策取組期間 限度額 補助見込み額
①令和元年 11月～令和６年３月 214億円 181億 9,602万円
②令和６年４月～令和 10年３月 206億円 26億 1,729万円

【参考】地域別立地支援件数（ワンストップサービスを除く）
区 分 横浜 川崎 相模原 県西 合計
セレクト神奈川 ＮＥＸＴ 53件 17件 23件 ９件 102件
"""


@pytest.fixture(scope="module")
def support():
    return _records_of(SUPPORT, "support.txt", "誘致実績")


def test_a_part_left_out_names_no_cell(lookup, support):
    # ワンストップサービスを除いた: the 小計 row answers, not the row left out (and ワンストップ's
    # トップ asks for no largest row)
    found = lookup.find("セレクト神奈川NEXTの実績で、ワンストップサービスを除いた小計は大企業と中小企業でそれぞれ何件ですか？",
                        support)
    assert found is not None and not found.computed
    assert "39件" in found.statement and "122件" in found.statement and "89件" not in found.statement


def test_a_sum_of_two_named_rows_in_億_and_万(lookup, support):
    # 交付額 is held as 交付 (title) + 額 (累計額); the sum is written as the documents write amounts
    found = lookup.find("企業立地促進補助金と企業立地促進融資補助金の交付額は、合わせていくらになりますか？", support)
    assert found is not None and found.computed
    assert "24億3,788万円" in found.statement


def test_最大で_is_an_upper_bound_not_the_largest_row():
    assert read_intent("大学発ベンチャーの補助上限額は最大でいくらになりますか？").op is None
    assert read_intent("補助上限額が最大の企業区分はどれですか？").op == "max"


def test_amount_text():
    from assistant.lookup import amount_text

    # (as prose writes it, and as a table in 万円 does)
    assert amount_text(243788, "万円") == "24億3,788万円（243,788万円）"
    assert amount_text(-20000, "万円") == "-2億円（-20,000万円）"
    assert amount_text(4071, "万円") == "4,071万円"
    assert amount_text(37, "件") == "37件"


def test_the_smallest_of_one_row_over_its_columns(lookup, support):
    found = lookup.find("セレクト神奈川NEXTの地域別の立地支援件数で、いちばん件数が少ない地域はどこで、何件ですか？", support)
    assert found is not None and found.computed
    assert "最も少ないのは県西（９件）" in found.statement and "102件" not in found.statement


def test_two_named_columns_of_the_named_row_in_one_unit(lookup, support):
    # 限度額 (億円) minus 補助見込み額 (億と万円) of row ②, the row 「令和6年4月以降」 names
    found = lookup.find("企業立地促進補助金の債務負担行為で、令和6年4月以降の②の枠は、限度額から補助見込み額を引くと"
                        "あとどれくらい余裕がありますか？", support)
    assert found is not None and found.computed
    assert "②令和６年４月～令和 10年３月の限度額は206億円、補助見込み額は26億1,729万円" in found.statement
    assert "差は179億8,271万円" in found.statement


PROJECTS = """補助金の実績

○ 令和６年度 次世代モビリティ実証支援補助金 交付対象プロジェクト一覧
No\tプロジェクト名\t実施主体\t実施地域\t補助額（万円）
1\t中山間地域自動運転バスの定期運行\t青葉台交通株式会社\t青葉台市\t1,000
2\tドローンによる山間部への医薬品配送\tわかばスカイロジ株式会社\t東雲村\t860
3\t貨客混載バスの運行\t青葉台交通株式会社\t白浜町\t230

○ 表２ 審査項目及び配点
審査項目\t主な審査の視点\t配点（点）
海外市場の分析\t輸出先の市場動向を十分に調査しているか。\t20
事業の継続性\t補助事業の終了後も、自立的に海外展開を続けられる体制があるか。\t15
"""


def test_rows_a_named_body_runs_are_summed(lookup):
    recs = _records_of(PROJECTS, "p.txt", "補助金の実績")
    found = lookup.find("青葉台交通株式会社が令和６年度に実証支援補助金で受けた補助額は、合計でいくらになりますか？", recs)
    assert found is not None and found.computed
    assert "1,230万円" in found.statement and "860" not in found.statement
    # words inside a description cell (海外展開) name no row: the row the question names answers
    found = lookup.find("海外展開支援補助金の審査で、「海外市場の分析」の配点は何点ですか？", recs)
    assert found is not None and "20点" in found.statement


PERIOD_TABLE = """さくら特区 評価書

分野別の主な成果指標
指標\t単位\t第１期実績（平成30～令和４年度）\t令和５年度\t令和６年度\t第２期目標（令和５～９年度）
産学共同研究の件数\t件\t86\t21\t27\t100
特区関連企業の新規雇用者数\t人\t612\t158\t174\t800
"""


@pytest.mark.parametrize("question, expected", [
    # from the named period's first year (its target column says when it starts) up to the asked one
    ("第２期計画が始まってから令和６年度までに、特区関連企業の新規雇用者は合わせて何人になりましたか？", "332人"),
    ("第２期計画の産学共同研究の件数の目標に対して、2024年度までの実績は何％まで達していますか？", "48%"),
])
def test_a_sum_or_rate_up_to_a_year_of_a_named_period(lookup, question, expected):
    found = lookup.find(question, _records_of(PERIOD_TABLE, title="さくら特区 第２期計画 評価書"))
    assert found is not None and found.computed and expected in found.statement
    assert "612" not in found.statement and "86件" not in found.statement  # the first period is no part of it


def test_the_clause_of_the_year_decides_what_a_sum_covers():
    intent = read_intent("新規開発件数は、令和2年度までの実績を合計すると何件になり、5年間の累計目標の8件を超えていますか？",
                         get_tokenizer().content_words)
    assert intent.op == "sum" and 2017 in intent.years and 2020 in intent.years  # 累計 is in another clause
    assert intent.kinds == ["実績"]  # the target is stated with its figure, not asked
    assert read_intent("平成29年度から令和2年度まで通算すると何人ですか？").op == "sum"


def test_a_negative_cell_is_subtracted_in_the_shown_sum(lookup):
    text = "○ 就業者の増加数\n区分 令和元年度 令和2年度\n実績値 136人 -18人\n"
    found = lookup.find("令和元年度から令和2年度まで通算すると、就業者の増加数は何人ですか？令和2年度のマイナス分も含めて計算してください。",
                        _records_of(text))
    assert found is not None and "118人" in found.statement and "136人 − 18人" in found.statement


def test_a_reason_is_never_answered_by_a_cell(lookup):
    text = "○ 就業者の増加数\n区分 令和元年度 令和2年度\n実績値 136人 -18人\n"
    assert lookup.find("就業者の増加数について、なんでマイナスになったんですか？", _records_of(text)) is None


@pytest.fixture(scope="module")
def life_report():
    """The records of the bundled FY2020 Keihin life-innovation evaluation (004)."""
    from pathlib import Path

    path = Path(__file__).resolve().parents[2] / "corpus" / "documents" / "004_caea682448a124af.txt"
    return _records_of(path.read_text(encoding="utf-8"), path.name, "令和2年度 国際戦略総合特別区域評価書")


@pytest.mark.parametrize("question, op", [
    ("令和6年度は目標比で何％くらい？", "rate"),
    ("2024年度までの実績は何％まで達していますか？", "rate"),
])
def test_ways_of_asking_an_achievement_rate(question, op):
    assert read_intent(question).op == op


def test_a_share_of_the_target_reached_asks_the_achievement_rate_printed_or_computed():
    # (the printed 達成率 when the table has one, else 実績 ÷ 目標: forty-fourth session, test_generalising_44)
    intent = read_intent("目標に対して何％の達成だったんでしょう？")
    assert intent.kinds == ["進捗"] and intent.op is None


def test_a_sum_of_actuals_is_said_against_the_cumulative_target(lookup, life_report):
    found = lookup.find("京浜臨海部の特区で、特区関連事業による投資額の実績を平成29年度から2020年度まで合計するといくらですか？"
                        "5年間の累計目標と比べてどうかも知りたいです。", life_report)
    assert found is not None and "511億円" in found.statement  # the actuals, the kind the sum is asked of
    assert "475億円" in found.statement and "36億円上回って" in found.statement


def test_what_remains_of_a_cumulative_target_up_to_a_year():
    # a table of yearly targets and actuals with a cumulative target column
    from assistant.lookup import _cumulative_remaining, _Scored
    from corpus.records import Cell, TableRecord

    def cell(row, column, value, number, year=None, span=None):
        return Cell(row=row, column=column, value=value, number=number, unit="人", fiscal_year=year,
                    fiscal_year_range=span, start=0, end=0, line=1, page=None, source="")

    cells = (cell("目標値", "(累計)", "1,500人", 1500, span=(2017, 2021)),
             *(cell("実績値", f"{y}年度", f"{v}人", v, year=y) for y, v in ((2017, 842), (2018, 312), (2019, 136), (2020, -18))),
             cell("実績値", "2021年度", "-", None, year=2021))
    rec = TableRecord(doc_id="r.txt", file="r.txt", title="就業者の増加数", section="", kind="table", columns=(), rows=(),
                      cells=cells, start=0, end=0, line_start=1, line_end=1, page=None, note="", doc_title="評価書")
    intent = read_intent("就業者の増加数、5年間の累計目標1,500人まであと何人ですか？令和2年度までの実績で計算してください。")
    assert intent.cumulative and intent.years == {2020}
    found = _cumulative_remaining(intent, rec, [_Scored(rec, cells[0], 1.0, 1.0)])
    assert found is not None and found.computed
    assert "あと228人" in found.statement and "842人 + 312人 + 136人 − 18人" in found.statement


def test_columns_of_one_row_the_question_names_are_summed(lookup):
    text = ("【参考】地域別立地支援件数\n区分\t横浜\t川崎\t相模原\t県西\t合計\n"
            "セレクト神奈川ＮＥＸＴ\t53件\t17件\t23件\t９件\t102件\n")
    found = lookup.find("地域別の立地支援件数で、横浜・川崎・相模原の3地域を合わせると何件になりますか？", _records_of(text))
    assert found is not None and "93件" in found.statement and "53件 + 17件 + 23件" in found.statement


def test_rows_a_question_lists_by_most_of_their_names_are_summed(lookup):
    text = ("(ｱ) 次世代起業家創出事業\n＜実施状況＞\n区分\t令和６年度\t令和７年度(見込)\n起業家交流会参加者（名）\t726\t(640)\n"
            "ビジネスプラン作成支援講座参加者数（名）\t186\t(150)\nビジネスプランコンテスト参加者数（名）\t93\t(90)\n")
    found = lookup.find("次世代起業家創出事業の2024年度実績で、起業家交流会・ビジネスプラン作成講座・コンテストの参加者を全部足すと何名ですか？",
                        _records_of(text))
    assert found is not None and "1,005名" in found.statement and "726名 + 186名 + 93名" in found.statement


def test_a_listed_item_that_names_no_row_alone_names_none():
    from assistant.lookup import _rows_listed, _Scored
    from corpus.records import Cell

    def cell(row):
        return _Scored(None, Cell(row=row, column="令和6年度", value="1", number=1, unit=None, fiscal_year=2024,
                                  fiscal_year_range=None, start=0, end=0, line=1, page=None, source=""), 1.0, 1.0)

    cells = [cell("医薬品・医療機器の新規開発件数"), cell("医療機器の承認件数")]
    assert _rows_listed("医薬品・医療機器の件数を合計すると？", cells) == []  # 医療機器 names two rows


def test_the_difference_of_two_rows_the_question_names(lookup):
    text = ("(ｳ) 雇用実績\n区分\t事業所数\t正社員数\t合計\nインベスト神奈川\t80件\t20,000人\t23,000人\n"
            "インベスト神奈川 ２ｎｄステップ\t74件\t16,243人\t18,884人\nセレクト神奈川 100\t86件\t14,704人\t17,100人\n")
    found = lookup.find("雇用実績の表で、インベスト神奈川2ndステップとセレクト神奈川100の正社員数って、どれくらい差がありますか？",
                        _records_of(text))
    assert found is not None and found.computed and "差は1,539人" in found.statement
    assert "20,000人" not in found.statement  # インベスト神奈川 is only part of the longer name


def test_a_follow_up_sums_only_the_columns_it_names_now(lookup):
    text = ("【参考】地域別立地支援件数\n区分\t横浜\t川崎\t湘南\t県西\t合計\n"
            "セレクト神奈川ＮＥＸＴ\t53件\t17件\t27件\t９件\t106件\n")
    found = lookup.find("地域別の立地支援件数で、川崎について、湘南と県西を足すと何件になります？", _records_of(text))
    assert found is not None and "36件" in found.statement and "17件" not in found.statement


def test_how_far_a_target_has_come_is_a_rate():
    assert read_intent("2025年度の目標に対して6月末時点で何％まで来てます？").op == "rate"


def _count_cell(row, column, value, number, year=None, span=None):
    """A cell counted in 件, built directly (no document read)."""
    from corpus.records import Cell

    return Cell(row=row, column=column, value=value, number=number, unit="件", fiscal_year=year,
                fiscal_year_range=span, start=0, end=0, line=1, page=None, source="")


def _record(title, kind, cells):
    """A record of these cells, built directly."""
    from corpus.records import TableRecord

    return TableRecord(doc_id="r.txt", file="r.txt", title=title, section="", kind=kind, columns=(), rows=(),
                       cells=tuple(cells), start=0, end=0, line_start=1, line_end=1, page=None, note="", doc_title="評価書")


def _yearly_with_cumulative_target(title, target, actuals):
    """An indicator's yearly table: its cumulative target (平成29～令和3年度) and yearly actuals."""
    return _record(title, "table", [_count_cell("目標値", "(累計)", f"{target}件", target, span=(2017, 2021)),
                                    *(_count_cell("実績値", f"{y}年度", f"{v}件", v, year=y) for y, v in actuals)])


def test_what_remains_is_read_from_the_indicators_yearly_table(lookup):
    # the best cell may be the indicator's summary line (当該年度); its yearly table holds the actuals
    from assistant.lookup import _Scored

    title = "データサイエンスの活用等に取り組む事業数"
    summary = _record(title, "summary", [_count_cell("目標値", "当該年度", "7件", 7, year=2020)])
    table = _yearly_with_cumulative_target(title, 30, ((2017, 6), (2018, 5), (2019, 5), (2020, 9)))
    intent = read_intent("データサイエンスの活用に取り組む事業数、令和2年度までの実績を累計すると何件ですか？5年間の目標30件まであと何件でしょう。")
    scored = [_Scored(summary, summary.cells[0], 1.0, 1.0)] + [_Scored(table, c, 0.9, 0.9) for c in table.cells]
    found = lookup._compute(intent, scored)
    assert found is not None and "あと5件" in found.statement and "25件" in found.statement


def test_a_threshold_is_not_answered_by_a_score_cell(lookup):
    text = "表２ 審査項目及び配点\n審査項目\t配点（点）\n事業の実現性\t40\n市場性\t60\n合計\t100\n"
    assert lookup.find("採択されるためには、審査で何点以上が必要ですか？", _records_of(text)) is None
    assert lookup.find("審査の合計の配点は何点ですか？", _records_of(text)) is not None  # a score asked: the cell answers


SHARES = (
    "翠峰県 実績報告\n\n"
    "○ 事業別の予算額及び決算額（単位：千円）\n"
    "事業名\t令和５年度決算額\t令和６年度予算額\t令和６年度決算額\n"
    "海外商談会開催事業\t14,200\t15,000\t14,615\n"
    "海外事務所運営事業\t30,000\t32,000\t31,500\n"
    "合計\t44,200\t47,000\t46,115\n\n"
    "○ コース別採択状況\n"
    "コース\t申請件数（件）\t採択件数（件）\n"
    "輸出チャレンジコース\t48\t21\n"
    "海外拠点設立コース\t12\t5\n\n"
    "○ 施策別の立地支援件数\n"
    "施策\t立地支援件数\n"
    "インベスト神奈川\t171件\n"
    "インベスト神奈川２ｎｄステップ\t192件\n"
    "セレクト神奈川100\t180件\n"
)


@pytest.fixture(scope="module")
def shares():
    return _records_of(SHARES, "s.txt", "翠峰県 実績報告")


class TestSharesAndNamedRows:
    def test_a_named_rate_of_the_whole_divides_the_total_rows_columns(self, lookup, shares):
        # 執行率 is printed nowhere: 決算額 ÷ 予算額 of the 合計 row, the base named by に対する
        found = lookup.find("令和６年度の事業全体で、予算額に対する決算額の執行率は何％くらいでしたか？", shares)
        assert found is not None and found.computed
        assert "執行率は約98%" in found.statement and "46,115千円 ÷ 47,000千円" in found.statement

    def test_a_share_of_those_who_applied(self, lookup, shares):
        found = lookup.find("輸出チャレンジコースって、申請したうちどれくらいの割合が採択されたんですか？", shares)
        assert found is not None and "約44%" in found.statement and "21件 ÷ 48件" in found.statement

    def test_a_row_named_by_what_it_adds_to_a_named_sibling(self, lookup, shares):
        found = lookup.find("インベスト神奈川と２ｎｄステップの立地支援件数を合わせると何件ですか？", shares)
        assert found is not None and "363件" in found.statement

    def test_a_difference_of_two_rows_is_the_larger_minus_the_smaller(self, lookup, shares):
        found = lookup.find("セレクト神奈川100とインベスト神奈川２ｎｄステップの立地支援件数の差は何件ですか？", shares)
        assert found is not None and "192件 − 180件 = 12件" in found.statement


@pytest.mark.parametrize("question, op", [
    ("事業所は、2022年度から2024年度までの２年間でいくつ増えましたか？", "diff"),
    ("成約金額は、令和５年度から令和６年度にかけてどれだけ伸びましたか？", "diff"),
    ("2023年度の実績は目標に対して何%？", "rate"),
    ("令和6年度は目標の何倍くらいになってます？", "rate"),
    ("事業全体で、予算額に対する決算額の執行率は何％でしたか？", "rate"),  # 全体で is no sum here
    ("事業全体で合計は何件ですか？", "sum"),
])
def test_desk_wordings_of_changes_and_rates(question, op):
    assert read_intent(question).op == op


def test_a_follow_up_asks_its_own_kind_of_value():
    # the phone number was asked before; the e-mail now: the carried 問い合わせ先 does not make it a phone
    assert read_intent("問い合わせ先の電話番号について、メールアドレスは？").wants == ["mail"]
    assert read_intent("問い合わせ先について、じゃあ前年度は？").wants == ["phone"]


def test_a_sum_against_the_cumulative_target_also_gives_the_share_asked(lookup):
    from assistant.lookup import _Scored

    table = _yearly_with_cumulative_target("新規開発件数", 8, ((2017, 4), (2018, 2), (2019, 1), (2020, 3)))
    question = "新規開発件数、平成29年度から令和2年度までの実績を足すと何件で、5年間の累計目標に対して何％ですか？"
    scored = [_Scored(table, c, 1.0, 1.0 if c.fiscal_year else 0.9) for c in table.cells]
    scored.sort(key=lambda s: -s.score)
    found = lookup._compute(read_intent(question), scored)
    assert found is not None and "10件" in found.statement and "約125%" in found.statement


def test_a_line_labelled_as_another_kind_of_value_is_no_answer_even_in_the_named_section(lookup):
    text = ("５．海外事務所の活動\n（３）ロサンゼルス事務所\n所在地：アメリカ合衆国カリフォルニア州ロサンゼルス市\n"
            "開設日：令和５年７月３日\n担当者数：２名\n")
    records = _records_of(text)
    assert lookup.find("ロサンゼルス事務所の電話番号はわかりますか？", records) is None
    found = lookup.find("ロサンゼルス事務所の所在地はどこですか？", records)
    assert found is not None and "ロサンゼルス市" in found.statement


@pytest.mark.parametrize("row, wants, other", [
    ("所在地", ["phone"], True),  # a place line is no phone number, whatever section the question names
    ("所在地", ["place"], False),
    ("開設日", ["date"], False),
    ("備考", ["phone"], False),  # a label that names no kind of value may hold any
])
def test_a_label_of_another_kind_of_value(row, wants, other):
    from assistant.lookup import _labels_other_kind
    from corpus.records import Cell

    cell = Cell(row=row, column=None, value="x", number=None, unit=None, fiscal_year=None, fiscal_year_range=None,
                start=0, end=0, line=1, page=None, source="")
    assert _labels_other_kind(cell, wants) is other


def test_a_projection_is_compared_with_the_year_before_it(lookup):
    text = "＜実施状況＞\n区分\t令和６年度\t令和７年度(見込)\n起業家交流会参加者（名）\t726\t(640)\n"
    found = lookup.find("起業家交流会参加者について、今年度の見込みだと増えるんですか、減るんですか？差は何名？", _records_of(text))
    assert found is not None and found.computed and "差は86名" in found.statement and "減っています" in found.statement


def test_what_a_limit_leaves_is_the_limit_minus_the_other_amount(lookup):
    text = ("エ 企業立地促進補助金に係る債務負担行為の状況\n施策取組期間\t限度額\t補助見込み額\n①令和元年11月～令和６年３月\t214億円\t181億9,602万円\n"
            "②令和６年４月～令和10年３月\t206億円\t26億1,729万円\n")
    found = lookup.find("企業立地促進補助金の債務負担行為で、令和元年11月～令和6年3月の取組期間分は限度額までまだいくら残ってる計算になりますか？",
                        _records_of(text))
    assert found is not None and found.computed and "32億398万円" in found.statement


@pytest.mark.parametrize("question, share", [
    ("県の支援で誘致した外国企業、2024年度はアジアからの分が全体の何％くらいでしたか？", "約67%"),  # 12 ÷ 18
    ("誘致した外国企業の合計のうち、令和5年度に北米が占める割合は？", "約25%"),  # 3 ÷ 12
])
def test_a_rows_share_of_the_total_row(lookup, question, share):
    text = ("○ 県の支援により誘致した外国企業（件）\n地域\t令和５年度\t令和６年度\nアジア\t7\t12\n北米\t3\t3\n"
            "欧州・その他\t2\t3\n合計\t12\t18\n")
    found = lookup.find(question, _records_of(text))
    assert found is not None and found.computed and share in found.statement
