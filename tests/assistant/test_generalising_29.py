"""Answers grounded in the documents' structure, found on the twenty-ninth session's sets."""

from __future__ import annotations

from assistant.extractive import _history_classes_in
from assistant.historyclass import HistoryClass, columns_applied, history_said, read_history
from structure_docs import answer_over_text as _over, first_line_over as _first


GRANT = """港県輸出向け設備導入補助金交付要綱

（定義）
第２条 この要綱において、次の各号に掲げる用語の意義は、当該各号に定めるところによる。
（１）「中小企業者」とは、中小企業基本法第２条第１項に規定する中小企業者であって、県内に本社を有するものをいう。
（２）「新規輸出者」とは、申請日の前３年間に直接又は商社を通じた輸出の実績がない中小企業者をいう。
（補助対象者）
第３条 補助金の交付の対象となる者は、輸出向けの設備を導入する中小企業者とする。

別表（第４条関係）
○ 経費区分ごとの補助率 （令和７年度）
経費区分\t一般枠（％）\t新規輸出枠（％）
生産設備の購入費\t50\t60
検査機器の購入費\t50\t75
梱包機械の購入費\t40\t60
※１ 「新規輸出枠（％）」の欄は新規輸出者に、「一般枠（％）」の欄はそれ以外の中小企業者に適用する。
※２ 補助金の額は、１事業者当たり800万円を上限とする。
"""


def test_a_firms_history_of_a_deed_reads_the_column_its_class_is_given():
    # 「新規輸出者」とは、…輸出の実績がない中小企業者 and the note that gives it the 新規輸出枠 column
    line = _first(GRANT, "４年前に一度輸出しましたが、ここ３年は輸出していない会社です。検査機器を買う場合、補助率は何％ですか？")
    assert "75" in line and "新規輸出枠" in line
    answer = _over(GRANT, "これまで一度も輸出したことのない会社が梱包機械を買う場合、補助率は何％ですか？").text
    assert answer.splitlines()[0].count("60") and "「新規輸出者」に当たります" in answer
    # a firm that exports is of the complement (それ以外の中小企業者: 一般枠)
    line = _first(GRANT, "毎年アメリカへ部品を輸出している会社が生産設備を買う場合、補助率は何％ですか？")
    assert "50" in line and "一般枠" in line


def test_a_question_that_tells_no_history_reads_no_class():
    # 「輸出向けの」 names the deed and tells nothing of the firm's history
    assert history_said("輸出向けの機械を買う場合の補助率は？", "輸出") is None
    assert history_said("来年から輸出する予定です", "輸出") is None
    assert history_said("初めて輸出する会社です", "輸出") == (True, "初めて輸出する")
    assert history_said("４年前に一度輸出しましたが、ここ３年は輸出していません", "輸出") == (True, "ここ3年は輸出していない")
    assert history_said("毎年輸出しています", "輸出") == (False, "毎年輸出している")
    classes = _history_classes_in(GRANT)
    assert classes == [HistoryClass("新規輸出者", "輸出", True)]
    notes = columns_applied(["※１ 「新規輸出枠（％）」の欄は新規輸出者に、「一般枠（％）」の欄はそれ以外の中小企業者に適用する。"])
    assert read_history("輸出向けの機械の補助率は", classes, notes, ["一般枠（％）", "新規輸出枠（％）"]) is None
    # a note that states the condition itself: 「２回目以降」の欄は過去に…交付を受けたことがある事業者に
    notes = columns_applied(["※１ 「初回」の欄は初めて交付を受ける事業者に、「２回目以降」の欄は過去にこの補助金の"
                             "交付を受けたことがある事業者に適用します。"])
    assert notes == [[("初回", "初めて交付を受ける事業者"), ("2回目以降", "過去にこの補助金の交付を受けたことがある事業者")]]
    reading = read_history("去年この補助金の交付を受けました。", [], notes, ["初回", "２回目以降"])
    assert reading is not None and reading.label == "２回目以降"
    # a negation of another predicate after the deed is no history of it
    assert history_said("輸出向けの機械で対象にならないものは？", "輸出") is None
    assert history_said("輸出実績がない会社です", "輸出") == (True, "輸出実績がない")


def _passage(text: str, rank: int, line_start: int) -> "Passage":
    from assistant.types import Passage
    from corpus.models import Chunk

    lines = text.count("\n") + 1
    chunk = Chunk(id=f"c{rank}", doc_id="d", file="d.txt", title="案内", section="３ 参加費", text=text, kind="text",
                  start=0, end=len(text), line_start=line_start, line_end=line_start + lines - 1)
    return Passage(chunk=chunk, rank=rank, score=1.0)


def test_an_item_of_a_list_the_chunker_cut_is_read_under_the_sentence_that_leads_it():
    from assistant.extractive import Unit, _lead_sentence, _passage_before

    first = _passage("※２ 参加費は、１人当たりの額です。\n参加費には、次のものが含まれます。会場までの交通費は、各自の負担です。\n"
                     "○ 講演資料\n○ 同時通訳の受信機の貸出し", 2, 10)
    rest = _passage("○ 個別商談会の通訳（英語・中国語）\n○ 交流会の飲食", 1, 14)
    unit = Unit(text="○ 個別商談会の通訳（英語・中国語）", passage=rest, n=1)
    assert _passage_before(unit, [rest, first]) is first
    line, cited = _lead_sentence(unit, "［３ 参加費］", first)
    # (the lead sentence, not the aside after it on its line, cited with the passage that holds it)
    assert line == "「参加費には、次のものが含まれます。」とあり[2]、その一つに「○ 個別商談会の通訳（英語・中国語）」とあります[1]。"
    assert cited is not None and cited.n == 2 and cited.quote in first.chunk.text
    # a passage that is not the one right above holds no lead of this list
    assert _passage_before(unit, [rest, _passage(first.chunk.text, 2, 3)]) is None


HALL = """令和７年度 港メッセ 利用案内

１ 施設の概要
 所在地：港県港市海岸一丁目１番
 駐車場：520台（有料）
 展示ホール：２室（合わせて8,000平方メートル）

２ 附属設備の使用料
 同時通訳ブース（２言語）：１日当たり32,000円
 大型映像装置：１日当たり18,000円
 商談用テーブルセット：１組１日当たり1,200円
"""


def test_a_price_asked_of_a_thing_the_documents_count_but_do_not_price_is_missing():
    # 「駐車場：520台（有料）」 counts the cars; the booth's 32,000円 is another thing's price
    answer = _over(HALL, "港メッセの駐車場は、１日停めるといくらかかりますか？")
    assert answer.refused and "駐車場は、1日停めるといくら" in answer.text.splitlines()[0]
    assert "520台" in _first(HALL, "港メッセの駐車場は何台分ありますか？")
    assert "32,000円" in _first(HALL, "同時通訳ブースは、１日借りるといくらかかりますか？")


REDUCTION = """令和７年度 港メッセ 利用案内

３ 使用料の減免
 次の催事は、申請により使用料を減額し、又は免除する。
（１）国際的な催事
 対象：海外の５以上の国・地域から出展者又は参加者がある催事
 減免率：３割
 必要な書類：海外からの出展者又は参加者の見込みを示す資料
（２）県内中小企業者の輸出商談会
 対象：県内中小企業者が主催し、海外のバイヤーを招く商談会
 減免率：５割
 必要な書類：招へいするバイヤーの名簿
"""


def test_how_much_a_fee_is_reduced_is_read_in_the_reductions_card():
    # 「どれだけ減額されますか」 asks a discount (a rate or an amount), not a change between figures;
    # the card's 減免率 is of the 使用料 its section heading names
    line = _first(REDUCTION, "県内の中小企業が、海外のバイヤーを招いて自社で商談会を開く場合、使用料はどれだけ減額されますか？")
    assert "５割" in line and "３割" not in line


DEALS = """令和６年度 港県産品オンライン商談サイト 実績報告書

４ 商談と成約
 商談は472件行われ、62件が成約した。国・地域別の内訳は次のとおりである。
○ 国・地域別の商談と成約 （令和６年度）
国・地域\t商談件数（件）\t成約件数（件）\t成約金額（万円）
台湾\t98\t14\t1,260
香港\t80\t12\t940
アジア小計\t305\t43\t3,860
米国\t70\t8\t1,150
フランス\t38\t4\t410
北米・欧州小計\t131\t15\t1,980
合計\t472\t62\t6,230
"""


def test_a_sum_of_parts_a_subtotal_row_lists_is_that_rows_figure():
    # 北米・欧州小計 lists both parts asked: its figure, not a sum of the countries under it
    line = _first(DEALS, "北米とヨーロッパのバイヤーとの成約金額は、合わせていくらでしたか？")
    assert "1,980" in line and "北米・欧州小計" in line and "計算" not in line


def test_a_change_is_read_off_a_figure_with_the_one_before_it_in_brackets():
    # 「商談は472件（前年度351件）行われ」: the change asked is the difference of the two
    line = _first(DEALS.replace("商談は472件行われ", "商談は472件（前年度351件）行われ"),
                  "商談の件数は、前の年度と比べて何件増えましたか？")
    assert "121件" in line and "351件" in line


def test_a_maker_of_things_a_label_lists_is_read_in_that_label_not_the_catch_all():
    from assistant.industries import industry_labels

    labels = ["食料品製造業", "機械・金属製品製造業", "その他の製造業", "卸売業"]
    assert [x.label for x in industry_labels("機械や金属製品のメーカーに交付した額は", labels)] == ["機械・金属製品製造業"]
    # a maker the labels do not list stays a maker of the catch-all
    assert [x.label for x in industry_labels("家具のメーカーに交付した額は", labels)] == ["その他の製造業"]


def test_whether_a_case_falls_in_a_term_is_answered_by_its_definition_in_any_shown_passage():
    sections = "".join(f"\n{n} {name}\n {name}については、別に定める手続により県が行う。補助金の額は年度ごとに定める。\n"
                       for n, name in zip("１２３４５６", ["事業の目的", "補助対象者", "補助対象経費", "申請の手続", "実績報告", "補助金の支払"]))
    text = ("港県貿易実務人材雇用支援補助金交付要綱\n" + sections
            + "\n７ 定義\n 「新規雇用者」とは、令和７年４月１日から同年12月31日までの間に新たに雇用した者で、雇用の日前１年以内に"
              "当該事業者に雇用されていたことがないものをいう。\n")
    answer = _over(text, "３年前まで当社でアルバイトをしていた人を採用し直す予定です。この人は「新規雇用者」に当たりますか？")
    assert "１年以内" in answer.text.splitlines()[0]
    assert any("１年以内" in c.quote and c.passage.chunk.section.startswith("７") for c in answer.citations)


def test_how_much_a_deed_no_document_writes_was_done_is_missing():
    # 「どれくらい閲覧されていますか」 of a report that never writes 閲覧
    answer = _over(DEALS, "サイトの商品ページは、年間でどれくらい閲覧されていますか？")
    assert answer.refused and "閲覧" in answer.text.splitlines()[0]


def test_whether_a_case_is_counted_in_a_figure_is_answered_by_the_terms_definition():
    text = DEALS.replace("４ 商談と成約", "１ 用語\n 「商談」とは、登録バイヤーと出展企業が、価格や数量等の条件を示して行った協議をいい、"
                                            "資料の請求のみのものを含まない。\n\n４ 商談と成約", 1)
    line = _first(text, "海外のバイヤーからカタログを送ってほしいと頼まれただけのやり取りも、商談の件数に入っていますか？")
    assert line.startswith("「商談」とは") and "資料の請求のみのものを含まない" in line


FEES = """令和７年度 港メッセ 利用案内

２ 施設の使用料
○ 施設の使用料（平日） （単位：円）
施設\t午前\t午後\t夜間\t全日
国際会議室\t54,000\t72,000\t60,000\t180,000
中会議室\t12,000\t16,000\t13,000\t36,000
※１ 午前は９時から12時まで、午後は13時から17時まで、夜間は18時から21時まで、全日は９時から21時までの使用をいいます。
※２ 土曜日、日曜日及び休日の使用料は、上表の額に２割を加えた額とします。
※３ 撤去作業の使用料は、上表の額の５割とします。
※４ 早期申込の場合は、各欄の額から２割を引いた額とします。
"""


def test_hours_asked_read_the_slot_a_note_defines_and_a_weekend_rule_applies():
    # 朝９時から夜９時まで is the 全日 slot (※１), and a Saturday costs ２割 more (※２, a rule with
    # no 「場合」: its case is what its subject names)
    answer = _over(FEES, "土曜日に中会議室を朝９時から夜９時まで通しで借りると、使用料はいくらになりますか？").text
    assert "43,200円" in answer and "「全日」" in answer
    # (a share of the price, 「上表の額の５割とします」, for the use its subject names)
    assert "90,000円" in _over(FEES, "国際会議室を撤去作業のために全日使う場合、使用料はいくらですか？").text
    assert "28,800円" in _over(FEES, "早期申込の場合、平日に中会議室を全日借りると使用料はいくらですか？").text
    line = _first(FEES, "平日に中会議室を13時から17時まで借りると、使用料はいくらですか？")
    assert "16,000円" in line and "36,000" not in line
    # hours no slot holds read no slot
    from assistant.timeslots import read_slot, slots_in
    from structure_docs import records_of

    (table,) = [r for r in records_of("d.txt", "案内", FEES) if r.kind == "table"]
    slots = slots_in(table.footnotes, table.columns)
    assert [s.term for s in slots] == ["午前", "午後", "夜間", "全日"]
    assert read_slot("８時から10時まで", slots) is None
    assert read_slot("午後１時から５時まで", slots).label == "午後"


def test_a_banded_charge_whose_band_holds_the_days_given_is_applied_to_the_price():
    text = FEES + """
６ 使用の取消し
 使用の取消しは、次のとおり取消料を申し受けます。
 ○ 使用日の180日前までの取消し：使用料の１割
 ○ 179日前から60日前までの取消し：使用料の３割
 ○ 59日前以降の取消し：使用料の全額
"""
    answer = _over(text, "平日の国際会議室を全日予約しましたが、使用日の100日前に取り消すと、返ってこない額はいくらですか？").text
    assert "54,000円" in answer and "179日前から60日前までの取消し" in answer
    answer = _over(text, "平日の国際会議室を全日予約しましたが、使用日の100日前に取り消すと、いくら返ってきますか？").text
    assert "返ってくる額は126,000円" in answer
    # (what is not paid back is the charge itself)
    from assistant.extractive import _PAID_BACK

    assert _PAID_BACK.search("いくら返金されますか") and _PAID_BACK.search("いくら返ってきますか")
    assert not any(_PAID_BACK.search(q) for q in ("返金されない額は", "返還されず", "返ってこない額は"))
    # (59日前以降 holds the days from 59 down)
    answer = _over(text, "平日の国際会議室を全日予約しましたが、使用日の30日前に取り消すと、返ってこない額はいくらですか？").text
    assert "180,000円となります" in answer and "59日前以降の取消し" in answer


def test_a_line_of_one_of_several_numbered_cards_is_stated_with_its_card():
    # （１） and （２） give the same labels: the answer says whose 減免率 it is
    line = _first(REDUCTION, "県内の中小企業が、海外のバイヤーを招いて自社で商談会を開く場合、使用料はどれだけ減額されますか？")
    assert line.startswith("県内中小企業者の輸出商談会の減免率は５割")


VISITORS = """令和７年度 港メッセ 利用案内

７ 利用の状況
 令和６年度の催事は263件で、このうち国際的な催事は18件と過去最多になりました。来場者は延べ65万5千人でした。
"""


def test_a_count_asked_by_where_its_things_come_from_is_missing_when_only_all_are_counted():
    answer = _over(VISITORS, "令和６年度の国際的な催事には、海外から何人の来場者がありましたか？")
    assert answer.refused and "海外からの来場者" in answer.text.splitlines()[0]
    # the count of all of them is still answered
    assert "65万5千人" in _first(VISITORS, "令和６年度の来場者は延べ何人でしたか？")
