"""Answers grounded in the documents' structure, found on the forty-fifth session's sets."""

from __future__ import annotations

from corpus.chunking import Chunker
from structure_docs import answer_over, answer_over_text, records_of, text_doc
from structure_docs import first_line_over as _first


def _over_documents(question: str, *docs: tuple[str, str]):
    """The extractive answer over several small documents (name, text titled by its first line), every
    chunk retrieved in the order given."""
    chunks = [c for name, text in docs for c in Chunker().chunk(text_doc(name, text.split("\n", 1)[0], text))]
    records = [r for name, text in docs for r in records_of(name, text.split("\n", 1)[0], text)]
    return answer_over(question, chunks, records)

SURVEY = """楝県ＦＡ機器メーカーの輸出実態調査 報告書

２ 輸出の状況
令和５年度に製品を輸出した企業は、回答企業150社のうち80社で、このうち直接輸出企業は42社であった。
輸出していない70社のうち、今後５年以内に輸出を検討している企業は23社であった。
○ 製品分野別の回答企業と輸出の状況 （令和５年度）
製品分野\t回答企業数（社）\t輸出企業（社）\tうち直接輸出企業（社）
産業用ロボット\t40\t25\t14
制御機器\t60\t30\t16
センサ\t50\t25\t12
合計\t150\t80\t42

３ 輸出の課題
○ 輸出の課題（複数回答） （単位：％）
課題\t全体\t輸出企業\t輸出していない企業
海外の取引先の開拓\t48.0\t52.5\t42.9
外国語での対応\t30.0\t20.0\t41.4
認証の取得\t22.0\t30.0\t12.9
人材の不足\t36.0\t40.0\t31.4
"""


def test_a_cell_of_those_who_do_is_no_answer_about_those_who_do_not():
    # 「輸出していない会社のうち」: the table counts exporters only; the text gives the figure
    answer = answer_over_text(SURVEY, "今は輸出していない会社のうち、これから輸出を考えている会社はどのくらいありますか？").text
    assert "23社" in answer and "うち直接輸出企業（社）は" not in answer


def test_the_column_of_those_who_do_not_answers_before_the_total():
    # three columns tie on the row named; the question's 「輸出していない会社では」 is the third
    line = _first(SURVEY, "外国語での対応を課題に挙げた割合は、まだ輸出していない会社では何％ですか？")
    assert "輸出していない企業は41.4%" in line


def test_those_who_do_it_only_one_way_are_no_class_of_those_who_do_not():
    # 「商社経由でしか輸出していない」 export: the column of exporters, not of those who do not
    line = _first(SURVEY, "商社経由でしか輸出していない会社で、認証の取得を課題に挙げたのは何％ですか？")
    assert line.startswith("輸出の課題（複数回答）の認証の取得の輸出企業は30.0%")


def test_a_row_of_a_shortage_is_no_class_of_those_who_do_not():
    # 人材の不足 is the row asked, not a class of firms by what they do not do: the column of those
    # who do not export is still the one asked
    line = _first(SURVEY, "人材の不足を課題に挙げたのは、輸出していない会社では何％ですか？")
    assert "輸出していない企業は31.4%" in line


def test_a_shortage_a_row_names_asks_no_difference():
    # 「人材の不足を課題に」 is the row; a shortfall is asked by 「何件不足」, not by the noun
    line = _first(SURVEY, "人材の不足を課題に挙げたのは、輸出企業では何％ですか？")
    assert "輸出企業は40.0%" in line


DESTINATIONS = """楝県産刃物の輸出実態調査 報告書

３ 輸出先
○ 輸出先の国・地域別の輸出量 （令和５年度）
輸出先\t輸出事業者数（者）\t輸出量（トン）\t構成比（％）
米国\t20\t30.0\t40.0
ドイツ\t12\t22.5\t30.0
台湾\t15\t22.5\t30.0
合計\t32\t75.0\t100.0
※ 輸出事業者数の合計は実際の事業者数であり、複数の国・地域に輸出する事業者があるため各欄の合計とは一致しない。構成比は輸出量に対する割合である。
"""


def test_a_share_of_the_whole_a_count_column_names_is_computed_not_the_printed_share():
    # 「輸出事業者全体の何％」 names its whole by the count column: 20 ÷ 32, not 構成比 (of 輸出量)
    line = _first(DESTINATIONS, "米国向けに輸出している事業者は、輸出事業者全体の何％ですか？")
    assert "62.5" in line and "40.0%" not in line


def test_the_printed_share_still_answers_a_share_of_the_table_s_measure():
    line = _first(DESTINATIONS, "米国向けの輸出量は、全体の何％を占めていますか？")
    assert "40.0%" in line or "40%" in line


COSMETICS = """楝県化粧品輸出支援補助金 募集要項

２ 補助対象者
県内に製造所を有する中小企業者とします。「新規輸出事業者」とは、申請の日の前３年間に化粧品を輸出した実績がない中小企業者をいいます。

３ 補助対象経費と補助率
○ 経費区分別の補助率と上限額 （令和７年度）
経費区分\t届出型市場\t\t登録型市場\t
\t補助率（％）\t上限額（千円）\t補助率（％）\t上限額（千円）
現地の届出・登録手続の代行\t50\t300\t60\t800
成分・表示の適合確認\t50\t200\t50\t250
※１ 「登録型市場」とは、輸出の前に製品の登録が必要な国・地域（中国、タイ等）をいい、それ以外の国・地域を「届出型市場」という。
※２ 新規輸出事業者が申請する場合は、上表の補助率に15ポイントを加えます（上限額は変わりません）。
"""


def test_a_cost_named_before_its_amount_gets_the_grant_of_the_named_group():
    # 「費用は60万円の見込み」 gives the cost; the group 届出型市場 holds both the rate and the cap
    line = _first(COSMETICS, "届出型市場の国に輸出する会社が、成分と表示の適合確認を頼みます。費用は60万円の見込みですが、補助金はいくらになりますか？")
    assert "届出型市場の補助率は50%" in line and "上限の200千円" in line


def test_a_case_that_never_did_the_deed_a_class_is_defined_by_gets_the_class_s_addition():
    # 「これまで化粧品を輸出したことのない会社」 is a 新規輸出事業者 by its definition (no record of
    # exporting), whose note adds 15 points to the rate
    answer = answer_over_text(COSMETICS, "これまで化粧品を輸出したことのない会社が、届出型市場の国向けに成分と表示の適合確認を頼む場合、補助率は何％ですか？").text
    assert "15ポイントが加算され、65%" in answer


def test_a_case_that_did_the_deed_gets_no_addition():
    answer = answer_over_text(COSMETICS, "化粧品の輸出実績がある会社が、届出型市場の国向けに成分と表示の適合確認を頼む場合、補助率は何％ですか？").text
    assert "加算" not in answer and "50%" in answer


GUIDELINE = """楝県タオル輸出促進事業費補助金交付要綱

（定義）
第２条 この要綱において「産地組合等」とは、県内の繊維製品製造事業者５者以上で組織する事業協同組合その他の団体をいう。
２ この要綱において「小規模企業者」とは、常時使用する従業員の数が20人以下の中小企業者をいう。
（補助対象経費等）
第４条 補助対象経費、補助率及び上限額は、別表のとおりとする。
２ 小規模企業者の補助率は、別表の規定にかかわらず、３分の２とする。
３ 産地組合等が申請する場合の上限額は、別表に定める額の２倍とする。
（交付の申請）
第５条 補助金の交付を受けようとする者は、交付申請書を知事が別に定める期日までに提出しなければならない。

附 則
この要綱は、令和７年４月１日から施行する。

別表（第４条関係）
○ 補助対象経費の区分と補助率等
経費区分\t補助率（％）\t上限額（千円）
海外展示会への出展\t50\t1,000
海外バイヤーの招へい\t50\t400
"""


def test_an_article_that_sets_a_class_s_rate_despite_the_appendix_is_applied():
    # 12人 is a 小規模企業者 by the definition; 第４条第２項 sets its rate whatever 別表 says
    answer = answer_over_text(GUIDELINE, "従業員12人のタオルメーカーが海外の展示会に出展する場合、補助率はどれだけですか？").text
    assert "「小規模企業者」に当たるため" in answer and "補助率は３分の２です" in answer


def test_the_article_does_not_apply_to_a_firm_of_another_class():
    answer = answer_over_text(GUIDELINE, "従業員45人のタオルメーカーが海外の展示会に出展する場合、補助率はどれだけですか？").text
    assert "３分の２" not in answer and "50%" in answer


def test_an_article_that_doubles_the_appendix_s_cap_for_a_case_is_applied():
    # 「産地の組合」 names 産地組合等 by its head; applying, 申請する, is every case's deed
    answer = answer_over_text(GUIDELINE, "タオルの産地の組合が海外のバイヤーを招く場合、補助の上限額はいくらですか？").text
    assert "800千円" in answer and "別表に定める額の２倍とする" in answer


def test_the_articles_are_notes_of_the_appendix_table_only():
    from assistant.retrieval import _with_article_rules

    title = GUIDELINE.split("\n", 1)[0]
    chunks = Chunker().chunk(text_doc("doc.txt", title, GUIDELINE))
    records = _with_article_rules({"doc.txt": records_of("doc.txt", title, GUIDELINE)}, chunks)["doc.txt"]
    table = next(r for r in records if r.kind == "table")
    added = [f.text for f in table.footnotes]
    assert added == ["小規模企業者の補助率は、別表の規定にかかわらず、３分の２とする。",
                     "産地組合等が申請する場合の上限額は、別表に定める額の２倍とする。"]


LIMITS = """楝県タオル輸出促進事業費補助金 募集案内

○ 補助対象経費の区分と補助率等
経費区分\t補助率（％）\t上限額（千円）\t実施回数の上限（回）
海外展示会への出展\t50\t1,000\t２
海外の安全・環境認証の取得\t50\t500\t－
越境ＥＣサイトへの出店\t50\t250\t１
※１ 実施回数の上限は、１申請者当たり年度内の回数とし、「－」は上限を設けないことを示す。
"""


def test_a_dash_in_the_column_of_the_counter_asked_is_told_by_its_note():
    # 「何回まで」 asks the column in 回; the row's 「－」 there is what the note says, no limit
    answer = answer_over_text(LIMITS, "海外の安全・環境認証の取得は、１年に何回まで補助を受けられますか？").text
    assert "「－」は上限を設けないことを示します" in answer and "※１" in answer


def test_a_figure_in_the_column_of_the_counter_asked_is_read_as_before():
    line = _first(LIMITS, "海外展示会への出展は、１年に何回まで補助を受けられますか？")
    assert "２" in line or "2回" in line


TREND = """楝県刃物製造業の輸出実態調査 報告書

４ 輸出額の推移
○ 輸出事業者数と輸出額の推移
年度\t輸出事業者数（者）\t輸出額（百万円）
令和元年度\t61\t1,842
令和２年度\t55\t1,518
令和３年度\t63\t2,107
"""


def test_a_year_asked_in_the_western_calendar_is_read_off_the_table():
    # 「西暦で」 is the calendar the answer is told in, no word the table must hold
    line = _first(TREND, "この３年間で、刃物の輸出額が最も少なかったのは西暦で何年度ですか？")
    assert "2020年度" in line and "1,518" in line


KNIVES = """楝県刃物製造業の輸出実態調査 報告書

５ 輸出先
○ 輸出先別の輸出額 （単位：百万円）
輸出先\t令和４年度\t令和５年度
米国\t820\t905
ドイツ\t410\t452
その他\t160\t171
"""

SEMINAR = """海外展開支援の取組 報告資料

ａ 海外の経済動向等に関するセミナーの開催
(a) 「インドビジネスセミナー」
県内中小企業のインドへの事業展開を支援するため、インドの最新の投資環境を紹介するセミナーを開催
・開催日：令和６年６月７日
・参加者：125名
"""


def test_a_document_that_never_writes_the_subject_named_does_not_answer():
    # 刃物 is the report's subject (its title): the seminar on India, which never writes it, does
    # not answer 「刃物の輸出先として、インド向けは」, and the report has no row of India
    answer = _over_documents("刃物の輸出先として、インド向けはどのくらいありますか？",
                             ("seminar.txt", SEMINAR), ("knives.txt", KNIVES)).text
    assert "開催日" not in answer and "125名" not in answer


REPORT = """楝県刃物製造業の輸出実態調査 報告書

１ 調査の概要
調査対象：県内の刃物製造事業者 310者
この報告書において「小規模事業者」とは、常時使用する従業員の数が20人以下の事業者をいう。

２ 輸出の状況
令和５年度に輸出を行った事業者は79者であった。事業者の規模別では、小規模事業者152者のうち輸出事業者は47者にとどまった。
"""


def test_a_class_said_by_its_definition_is_answered_by_the_sentence_about_the_class():
    # 「従業員が20人以下の小さな刃物メーカー」 is a 小規模事業者: the sentence that gives their figure
    # answers, not the definition that shares the question's words
    line = _first(REPORT, "従業員が20人以下の小さな刃物メーカーのうち、輸出をしているところは何者ありましたか？")
    assert "47者" in line and "とは" not in line


def test_the_cost_of_a_job_given_to_someone_gets_the_grant():
    # 「30万円で専門機関に頼みます」 gives the cost: 300千円 × 50% within the cap of 200千円
    line = _first(COSMETICS, "輸出の実績がある会社が、届出型市場向けの成分と表示の適合確認を30万円で専門機関に頼みます。補助金はいくらになりますか？")
    assert "最大150千円" in line


def test_a_forecast_asked_of_documents_that_give_none_is_not_in_them():
    answer = answer_over_text(TREND, "刃物の輸出額について、令和４年度の見込みは出ていますか？")
    assert answer.refused and "「見込み」" in answer.text


ZONES = """特区制度の活用について

１ 構造改革特区
構造改革特区とは、地域の特性に応じた規制の特例措置を活用した事業を実施することにより、地域を活性化させることを目的として平成14年度に創設された。
○ 構造改革特区
特区名\t規制の特例措置
バイオ医療産業特区\t病院等開設会社による病院等の開設
地域中核人材育成特区\t短期大学校の修了者の大学編入学事業
"""


def test_a_cell_that_holds_no_date_does_not_say_when():
    # 「西暦でいうと何年度」 asks a year: a row of a table of measures holds none, the text does
    answer = answer_over_text(ZONES, "構造改革特区の制度がつくられたのは西暦でいうと何年度ですか？").text
    assert "平成14年度" in answer and "2002" in answer and "病院等" not in answer.splitlines()[0]


STARTUP = """月影県国際創業特区 外国人創業活動促進事業のご案内

２ 対象となる方
(3) 創業活動期間中の生活に必要な資金として、240万円以上を有すること。
"""

ZONE_REPORT = """特区制度の活用について（報告資料）

(3) 国家戦略特区
●対象産業／ロボット、エネルギー●最低投資額／5,000万円●融資限度額／総事業費の80%以内で10億円
"""


def test_a_document_whose_title_names_the_question_s_subject_is_kept():
    # 制度 is in the report's title and the guide never writes it, but the guide's title holds 特区:
    # the guide is about the question too
    answer = _over_documents("特区の制度を使って起業する場合、生活費として最低いくらの資金を持っている必要がありますか？",
                             ("report.txt", ZONE_REPORT), ("startup.txt", STARTUP)).text
    assert "240万円" in answer


TOWEL_RULES = """楝県タオル輸出促進事業費補助金交付要綱

（定義）
第２条 この要綱において「小規模企業者」とは、常時使用する従業員の数が20人以下の中小企業者をいう。
"""


def test_a_word_every_title_holds_does_not_keep_a_document_off_the_subject():
    # 輸出 is in both titles and tells them apart from nothing: the guideline, first and never writing
    # 刃物, does not answer of knife makers; the report's sentence about the class does
    answer = _over_documents("従業員が20人以下の小さな刃物メーカーのうち、輸出をしているところは何者ありましたか？",
                             ("towel.txt", TOWEL_RULES), ("report.txt", REPORT)).text
    assert answer.splitlines()[0].count("47者")
