"""Answers grounded in the documents' structure, found on the forty-third session's sets."""

from __future__ import annotations

from structure_docs import answer_over_text
from structure_docs import first_line_over as _first

RESULTS = """樫原県海外販路開拓支援補助金 公募要領

５ これまでの実績
申請件数と採択件数は毎年増えており、令和６年度は74件の申請に対し39件を採択しました。
○ 申請件数と採択件数の推移
年度\t申請件数（件）\t採択件数（件）\t交付額（万円）
令和３年度\t38\t21\t1,046
令和４年度\t52\t28\t1,392
令和５年度\t61\t33\t1,718
令和６年度\t74\t39\t2,031
○ 主な対象国・地域別の採択状況 （令和６年度）
主な対象国・地域\t採択件数（件）\t交付額（万円）
台湾\t９\t468
米国\t７\t421
"""


def test_the_asker_s_own_words_do_not_keep_the_year_s_row_from_answering():
    # 2022年度 is the row 令和４年度, 採択 the column 採択件数（件）: whatever else the question says
    # of the asker's case (相談者, 過去の実績 label nothing), the year and the column answer
    line = _first(RESULTS, "相談者に過去の実績を説明したいのですが、2022年度は何件採択されていますか？")
    assert "28件" in line and "令和4年度（2022年度）" in line



def test_a_column_s_subject_as_the_object_of_another_deed_does_not_pin_the_cell():
    # 「申請を断られた件数」 asks rejections, which no column counts: not the 申請件数 of the year
    line = _first(RESULTS, "相談者から聞かれたのですが、2023年度に、審査で申請を断られた案件は何件ありましたか？")
    assert "61" not in line


BARCODES = """梓原県バーコード登録支援窓口 利用案内

１ 利用できる方
「小規模企業者」とは、常時使用する従業員の数が20人（商業又はサービス業に属する事業を主とする者は５人）以下の中小企業者をいいます。

２ 料金
○ 支援の種類別の料金 （令和７年度）
支援の種類\t県内中小企業（円）\tその他の事業者（円）
バーコードの作成（１品目）\t1,500\t3,000
登録申請の代行（１件）\t5,000\t10,000
※１ 小規模企業者の料金は、県内中小企業の欄の料金の２分の１とします。
"""


def test_a_fee_note_s_fraction_applies_to_the_class_a_head_count_makes():
    # 「料金の２分の１とします」 is half: ８人 of a maker is a 小規模企業者 (20人 or fewer)
    answer = answer_over_text(BARCODES, "従業員８人の県内の食品メーカーが、３品目のバーコードの作成を頼むと、料金はいくらになりますか？")
    assert "2,250円" in answer.text and "4,500円 × 0.5" in answer.text


SURVEY = """梓原県機械メーカー輸出実態調査 報告書

２ 製品分野別の状況
○ 製品分野別の回答企業と輸出の状況 （令和５年度）
製品分野\t回答企業数（社）\t輸出企業（社）\tうち直接輸出企業（社）\t輸出額（百万円）
産業用ロボット\t31\t22\t15\t3,420
検査・画像処理装置\t14\t９\t６\t870
搬送・物流装置\t27\t15\t６\t1,210
"""


def test_a_share_s_base_named_after_its_part_is_the_column_divided_by():
    # 「…のは回答企業の何％」: 6 of the 14 回答企業, not of the ９ 輸出企業 that the 「うち」 column is part of
    line = _first(SURVEY, "検査装置や画像処理装置を作っている会社のうち、直接輸出をしているのは回答企業の何％ですか？")
    assert "42.9%" in line and "66.7" not in line


def test_a_rate_named_by_a_count_column_is_that_count_s_share_of_the_column_holding_it():
    # 採択率 is printed nowhere: 採択件数 ÷ 申請件数 of the year's row (申請 ⊇ 採択 in every row)
    line = _first(RESULTS, "2024年度の採択率は何％でしたか？")
    assert "52.7%" in line and "39件 ÷ 74件" in line


def test_a_rate_of_no_row_the_question_pins_is_not_computed():
    # (no year, no row named: which year's rate is not said, so no row's is given as the answer)
    assert "計算" not in _first(RESULTS, "採択率は何％くらいですか？")


def test_the_year_before_joined_with_the_year_spoken_of_names_both():
    from assistant.followup import rewrite_followup

    history = [{"role": "user", "content": "2023年度は何件が採択されましたか？"},
               {"role": "assistant", "content": "2023年度（令和５年度）の採択は33件でした[1]。"}]
    question = rewrite_followup("その前の年度と合わせると、２年間で何件が採択されたことになりますか？", history)
    assert "2022年度と2023年度を合わせると" in question
    line = _first(RESULTS, question)
    assert "61件" in line and "28件 + 33件" in line


DRONES = """梓原県ドローン輸出適合支援補助金 募集要項

２ 用語
「小規模企業者」とは、常時使用する従業員の数が20人以下の中小企業者をいいます。

３ 補助率と上限額
○ 経費区分別の補助率と上限額 （令和７年度）
経費区分\t小型機械\t\tドローン\t
\t補助率（％）\t上限額（千円）\t補助率（％）\t上限額（千円）
認証機関による審査・認証\t50\t1,500\t60\t2,000
安全・ＥＭＣ試験\t50\t1,000\t60\t1,200
※１ 対象とする製品がドローンの場合は「ドローン」の欄を適用します。
「－」は補助の対象にならないことを示します。
※２ 補助金の額は、１事業者当たり300万円を上限とします。
※３ 小規模企業者が申請する場合は、上表の補助率に10ポイントを加えます（上限額は変わりません）。
※４ 輸出先がＥＵ加盟国又は英国の場合は、「認証機関による審査・認証」の上限額を上表の1.5倍とします。
"""


def test_a_sentence_between_two_notes_keeps_the_notes_after_it_under_the_table():
    from structure_docs import records_of

    table = next(r for r in records_of("doc.txt", "梓原県ドローン輸出適合支援補助金", DRONES) if r.kind == "table")
    assert [f.text[:2] for f in table.footnotes] == ["※１", "※２", "※３", "※４"]
    assert "「－」は補助の対象にならない" in table.footnotes[0].text


def test_a_group_the_question_names_and_a_class_note_under_it_give_the_rate():
    # ドローン names the group ドローン／補助率（％） (60, not 小型機械's 50); 12人 makes a 小規模企業者,
    # whose rate the third note raises by 10 points
    answer = answer_over_text(DRONES, "従業員12人でドローンを製造している会社が、輸出先の認証機関の審査を受けるそうです。補助率は何％になりますか？")
    assert "ドローンの補助率（％）は60%" in answer.text.splitlines()[0]
    assert "70%" in answer.text and "60% + 10ポイント" in answer.text


def test_a_note_s_case_of_a_region_applies_to_a_country_within_it():
    # 「輸出先がＥＵ加盟国…の場合は、…上限額を上表の1.5倍」: ドイツ is an EU member
    answer = answer_over_text(DRONES, "ドローンをドイツに輸出するため、認証機関の審査と認証を受ける予定の会社があります。この経費の上限額はいくらになりますか？")
    assert "3,000千円" in answer.text and "ドイツはEU加盟国に当たるため" in answer.text


def test_a_note_for_a_row_it_quotes_does_not_change_another_row_s_price():
    answer = answer_over_text(DRONES, "ドローンをドイツに輸出するため、安全・ＥＭＣ試験を受ける予定の会社があります。この経費の上限額はいくらになりますか？")
    assert "1,200千円" in answer.text and "1.5" not in answer.text
