"""Answers grounded in the documents' structure, found on the tenth session's sets (heldout8
misses, then the blind heldout9 and heldout10): a run of 「label：value」 lines is one card whose
first line names its subject, and 「どれだけの企業」 asks a count in 社."""

from __future__ import annotations

import pytest

from assistant.extractive import _answer_types
from corpus.chunking import Chunker
from corpus.tables import extract_records
from structure_docs import answer_over, records_of, text_doc

GUIDE = """外国人留学生等 県内就職支援事業のご案内

５ これまでの実績
就職活動が本格化する３月と、合同説明会を開いた11月に、相談が多くなっています。

６ 視察ツアー
内容：工業団地、研究機関などを案内する視察ツアーを企業の希望に応じて行った
実施時期：令和６年５月から令和７年３月まで（随時）
実績：19社（延べ47人）

７ 相談窓口
名称：星見県外国人材サポートデスク（公益財団法人星見県国際交流協会に委託）
所在地：星見市中央一丁目２番１号 ほしみ国際センター２階
開設時間：平日９時から18時まで（第２・第４土曜日は10時から16時まで）
対応言語：日本語のほか、英語、中国語及びベトナム語
"""


@pytest.fixture(scope="module")
def guide():
    doc = text_doc("guide.txt", "外国人留学生等 県内就職支援事業のご案内", GUIDE)
    chunks = Chunker(max_tokens=120, overlap_tokens=0).chunk(doc)
    return chunks, extract_records(doc, chunks)


def test_a_card_line_is_about_the_subject_its_first_line_names(guide):
    # 「名称：…サポートデスク」 names what 「開設時間：…土曜日…」 is about; the sentence of another
    # section that says 開いた (and 11月) is no answer, nor the 名称 line itself
    chunks, records = guide
    answer = answer_over("サポートデスクは土曜日も開いていますか？", chunks, records, first="実績")
    assert "「開設時間：平日９時から18時まで（第２・第４土曜日は10時から16時まで）」" in answer.text.split("\n")[0]


def test_how_many_companies_asked_without_a_counter_is_a_count_in_sha(guide):
    chunks, records = guide
    question = "工業団地などを見て回るツアーには、どれだけの企業が参加しましたか？"
    assert [p.pattern for p in _answer_types(question)] == [p.pattern for p in _answer_types("何社が参加しましたか？")]
    answer = answer_over(question, chunks, records, first="視察")
    assert "「実績：19社（延べ47人）」" in answer.text.split("\n")[0]


REPORT = """海外技術研修員受入事業 実施報告書

３ 受入実績
○ 研修員の受入実績の推移
区分\t受入人数（人）\t事業費（千円）
令和３年度\t４\t6,420
令和４年度\t７\t10,150
令和５年度\t10\t13,880
令和６年度\t８\t12,960

４ 輸出額
○ 県内の輸出額の推移
区分\t令和５年度\t令和６年度
輸出額（億円）\t2,410\t2,528
前年度比（％）\t105.7\t104.9
うちアジア向け（億円）\t1,457\t1,561

５ 案内所
○ 観光案内所の四半期別利用者数
（単位：人）
年度\t第１四半期\t第２四半期\t年間計
令和５年度\t3,920\t4,610\t8,530
令和６年度\t4,850\t5,270\t10,120

６ 手続
① 交付申請書の提出（開催日の６か月前まで）
② 実績報告書の提出（会議等の終了後30日以内）
"""


@pytest.fixture(scope="module")
def report():
    doc = text_doc("report.txt", "海外技術研修員受入事業 実施報告書", REPORT)
    chunks = Chunker(max_tokens=120, overlap_tokens=0).chunk(doc)
    return chunks, extract_records(doc, chunks)


def test_a_sum_over_a_range_of_years_adds_every_year_not_the_two_named(lookup, report):
    _, records = report
    found = lookup.find("令和３年度から令和６年度までの４年間で、研修員の事業費は合計でいくらですか？", records)
    assert found is not None and found.computed
    assert "43,410千円" in found.statement and "10,150千円" in found.statement


def test_a_uchi_row_is_a_share_of_the_row_it_is_part_of(lookup, report):
    _, records = report
    found = lookup.find("2024年度の輸出額のうち、アジア向けは何パーセントを占めていますか？", records)
    assert found is not None and found.computed
    assert "61.7%" in found.statement and "2,528億円" in found.statement  # not the 前年度比 row between


def test_years_as_rows_compare_one_column_the_row_total_when_none_is_named(lookup, report):
    _, records = report
    found = lookup.find("令和６年度の観光案内所の利用者は、前の年度より何人増えましたか？", records)
    assert found is not None and found.computed
    assert "1,590人" in found.statement and "年間計" in found.statement


def test_a_unit_note_on_its_own_line_is_no_table_title(report):
    _, records = report
    quarters = next(r for r in records if "第１四半期" in r.columns)
    assert quarters.title == "観光案内所の四半期別利用者数"
    assert {c.unit for c in quarters.cells} == {"人"}


def test_a_deadline_may_be_a_time_before_or_after_an_event(report):
    from unicodedata import normalize

    from assistant.extractive import _DEADLINE_VALUE

    def deadline(line):  # (units are matched in their NFKC form)
        return bool(_DEADLINE_VALUE.search(normalize("NFKC", line)))

    assert deadline("① 交付申請書の提出（開催日の６か月前まで）")
    assert deadline("② 実績報告書の提出（会議等の終了後30日以内）")
    assert deadline("② 海外県人会等による候補者の推薦（前年度の10月末まで）")
    assert not deadline("対象：創業からおおむね５年以内の事業者")  # an age, no deadline
    chunks, records = report
    answer = answer_over("会議が終わったあと、実績報告はいつまでに出せばよいですか？", chunks, records, first="手続")
    assert "「② 実績報告書の提出（会議等の終了後30日以内）」" in answer.text.split("\n")[0]


MARKS = """国際会議等開催支援補助金のご案内

４ 補助対象経費
○ 会議の種類別の対象経費
経費の区分\t国際会議\t企業ミーティング\t報奨旅行
会場借上費\t○\t○\t○
同時通訳・翻訳費\t○\t○\t×
広報・宣伝費\t○\t×\t×

５ 成果指標
○ 成果指標の達成状況
成果指標\t目標\t実績\t評価
海外展開に取り組む県内企業数（社）\t450\t441\tＢ
県内の輸出額（億円）\t2,400\t2,528\tＡ
越境ＥＣに取り組む県内企業数（社）\t80\t57\tＣ
"""


@pytest.fixture(scope="module")
def marks():
    return records_of("marks.txt", "国際会議等開催支援補助金のご案内", MARKS)


def test_rows_asked_by_the_mark_a_named_column_gives_them(lookup, marks):
    found = lookup.find("報奨旅行の場合に、補助の対象にならない経費はどれですか？", marks)
    assert found is not None and [c.row for _, c in found.cells] == ["同時通訳・翻訳費", "広報・宣伝費"]
    found = lookup.find("企業ミーティングで対象になる経費はどれですか？", marks)
    assert found is not None and [c.row for _, c in found.cells] == ["会場借上費", "同時通訳・翻訳費"]
    found = lookup.find("成果指標の中で、Ａ評価になったのはどの指標ですか？", marks)
    assert found is not None and [c.row for _, c in found.cells] == ["県内の輸出額（億円）"]
    # a column not named, or no rows asked for: no list
    assert lookup.find("会場借上費の補助はどうなっていますか？", marks) is None or not lookup.find(
        "会場借上費の補助はどうなっていますか？", marks).statement.startswith("会議の種類別の対象経費で")


BANDS = """国際会議等開催支援補助金のご案内

３ 補助額
○ 参加者数別の補助額 （令和７年度、単位：千円）
参加者総数\t国際会議\t\t企業ミーティング等
参加者総数\t基本額\t加算額\t基本額\t加算額
50人以上100人未満\t300\t100\t200\t－
100人以上300人未満\t600\t200\t400\t100
300人以上1,000人未満\t1,200\t400\t800\t200
1,000人以上\t2,000\t600\t1,200\t300
"""


def test_a_quantity_given_picks_the_row_whose_bounds_hold_it(lookup):
    from assistant.lookup import _bounds

    records = records_of("bands.txt", "国際会議等開催支援補助金のご案内", BANDS)
    found = lookup.find("参加者が500人くらいの国際会議を開く場合、基本の補助額はいくらになりますか？", records)
    assert found is not None and found.cells[0][1].row == "300人以上1,000人未満"
    assert found.cells[0][1].column_group == "国際会議" and found.cells[0][1].value == "1,200"
    found = lookup.find("参加者が1,000人の企業ミーティングだと、基本額はいくらですか？", records)
    assert found is not None and (found.cells[0][1].row, found.cells[0][1].value) == ("1,000人以上", "1,200")
    assert _bounds("300人以上1,000人未満") == (300, 1000, True, False, "人")
    assert _bounds("令和６年度") is None and _bounds("合計") is None


CONTRACT = """越境ＥＣ支援業務委託 企画提案募集要項

１ 業務の概要
委託期間：契約締結の日から令和８年３月13日（金）まで
委託上限額：17,600千円（消費税及び地方消費税を含む。）
契約方法：公募型プロポーザル方式により受託候補者を選定し、随意契約を締結する

２ 業務の内容
（２）海外ＥＣモールへの出店支援
内容：選定した事業者の商品を海外のＥＣモールに出店し、商品ページを作成する
成果物：出店一覧、商品ページの写し
"""


@pytest.mark.parametrize("question, detail", [
    ("この委託契約では、前払金を受け取ることはできますか？", "前払金"),  # may one get it
    ("海外のＥＣモールに出店するときの販売手数料は、誰が負担するのですか？", "販売手数料"),  # who pays it
    ("委託先に求める年間売上高（年商）はどのくらいですか？", "年間売上高"),  # a gloss in brackets
], ids=["may-one-get-it", "who-pays-it", "bracketed-gloss"])
def test_a_detail_the_document_never_speaks_of_is_said_to_be_missing(question, detail):
    doc = text_doc("contract.txt", "越境ＥＣ支援業務委託 企画提案募集要項", CONTRACT)
    chunks = Chunker(max_tokens=120, overlap_tokens=0).chunk(doc)
    answer = answer_over(question, chunks, extract_records(doc, chunks))
    assert answer.refused and f"「{detail}」" in answer.text


PROFILE = """遼寧省のプロフィール

＜組織概要＞
同省の貿易額（2016年）は日本が1位であり、2017年時点で1,772社（瀋陽市195社、大連市1,550社、その他27社）の日系企業が進出しています。
日本語専攻のある大学が省内に27大学（国公立20校、私立８校）あります。

○ 研修員の受入実績の推移
区分\t受入人数（人）\t事業費（千円）
令和元年度\t12\t15,200
令和２年度\t－\t1,860
令和３年度\t４\t6,420
※２ 「－」は、新型コロナウイルス感染症の影響により受入れを中止したことを示す。

○ 県内の輸出額の推移
区分\t令和元年度\t令和２年度
輸出額（億円）\t2,059\t1,820
前年度比（％）\t101.2\t88.4
"""


@pytest.fixture(scope="module")
def profile():
    return records_of("profile.txt", "遼寧省のプロフィール", PROFILE)


def test_a_total_with_its_parts_in_brackets_is_a_table_and_a_part_has_a_share(lookup, profile):
    [parts] = [r for r in profile if "合計" in r.rows and "大連市" in r.rows]
    assert {c.row: c.value for c in parts.cells} == {"瀋陽市": "195社", "大連市": "1,550社", "その他": "27社",
                                                    "合計": "1,772社"}
    assert PROFILE[parts.cells[1].start:parts.cells[1].end] == "1,550社"  # verbatim, where it stands
    # parts that do not add up to the figure before them (20 + 8 ≠ 27) make no table
    assert not any("私立" in r.rows for r in profile)
    found = lookup.find("遼寧省に進出している日系企業のうち、大連市に拠点を置く会社は全体の何パーセントくらいですか？", profile)
    assert found is not None and found.computed and "87.5%" in found.statement
    # a count of something else is no sum of the parts (「いくつの市」 is not asked in 社)
    assert lookup.find("遼寧省は全部でいくつの市から成り立っていますか？", profile) is None


def test_a_clause_that_says_which_year_names_no_cell(lookup, profile):
    found = lookup.find("コロナの影響が大きかった令和２年度は、研修員を何人受け入れていたのですか？", profile)
    assert found is not None and found.cells[0][1].row == "令和２年度" and found.cells[0][1].value == "－"


def test_a_level_compared_with_the_year_before_is_the_printed_ratio(lookup, profile):
    found = lookup.find("2020年度の輸出額は、その前の年度と比べてどのくらいの水準でしたか？", profile)
    assert found is not None and found.cells[0][1].value == "88.4"


STATS = """留学奨学金 実施報告書

○ 派遣先国・地域別の奨学生数（令和６年度）
派遣先\t高校生\t大学生等\t計
米国\t12\t８\t20
ドイツ\t－\t３\t３
合計\t35\t25\t60
※２ 「－」は、派遣した奨学生がいないことを示す。

○ 輸出入別の実入りコンテナ取扱量
区分\t令和５年度\t令和６年度
輸入\t29,840\t31,260
うち農水産品\t3,980\t4,350
輸出\t21,560\t22,940
"""


@pytest.fixture(scope="module")
def stats():
    return records_of("stats.txt", "留学奨学金 実施報告書", STATS)


def test_one_column_named_is_a_share_of_the_row_total(lookup, stats):
    found = lookup.find("2024年度の奨学生のうち、高校生は何パーセントを占めますか？", stats)
    assert found is not None and found.computed and "58.3%" in found.statement


def test_a_part_named_through_its_whole_is_one_row_compared_over_years(lookup, stats):
    found = lookup.find("輸入の農水産品は、2023年度から2024年度にかけてどれだけ増えましたか？", stats)
    assert found is not None and found.computed and "370" in found.statement and "25,860" not in found.statement


def test_a_dash_cell_answers_when_the_question_names_its_row_and_column(lookup, stats):
    found = lookup.find("ドイツに派遣された高校生は何人でしたか？", stats)
    assert found is not None and found.cells[0][1].value == "－"


TRAINEES = """研修員受入事業 実施報告書

○ 令和６年度の海外技術研修員
氏名\t国名\t研修分野\t研修期間（か月）
マリア・サトウ・シルバ\tブラジル\t農業\t６
ケンジ・ロドリゲス・イシイ\tボリビア\t情報処理\t10
"""


def test_how_many_months_is_a_length_a_cell_counts_in_months(lookup):
    records = records_of("trainees.txt", "研修員受入事業 実施報告書", TRAINEES)
    found = lookup.find("ボリビアから来た研修員は、何か月間研修を受けましたか？", records)
    assert found is not None and found.cells[0][1].value == "10" and found.cells[0][1].column == "研修期間（か月）"


def test_an_abbreviation_is_defined_by_the_name_written_before_it():
    from assistant.extractive import _defines, _term_asked

    assert _term_asked("県のベンチャー支援で出てくる「YAK」って何の略ですか？") == "YAK"
    assert _defines("(ｴ) ベンチャー事業拡大促進事業（エール”ガバメント×ベンチャー”アライアンスかながわ（YAK））", "YAK")
    assert not _defines("YAKの参加企業は12社です。", "YAK")


ROUTES = """ポートセールス協議会 事業報告書

○ 航路別の外貿コンテナ取扱量 （令和６年度、単位：TEU）
航路\t前年度\t当年度
中国（華北）航路\t12,350\t11,120
中国（華中）航路\t15,680\t16,240
中国（華南）航路\t6,240\t5,910
韓国航路\t18,420\t19,860
合計\t52,690\t53,130
"""


def test_rows_counted_by_a_word_their_labels_share_are_summed(lookup):
    records = records_of("routes.txt", "ポートセールス協議会 事業報告書", ROUTES)
    found = lookup.find("中国向けの３つの航路を合わせると、令和６年度の取扱量はどれだけになりますか？", records)
    assert found is not None and found.computed and "33,270TEU" in found.statement
    # a count that does not match the rows holding the word names no group
    other = lookup.find("中国向けの２つの航路を合わせると、令和６年度の取扱量は？", records)
    assert other is None or "33,270" not in other.statement
