"""Answers grounded in the documents' structure, found on the thirty-fourth session's sets."""

from __future__ import annotations

from structure_docs import answer_over_text as _over, first_line_over as _first, records_of


REGULATIONS = """栃県個人データ規制対応調査 報告書

２ 調査の対象
この報告書において「海外個人データ」とは、海外に住む個人に関する情報であって、特定の個人を識別できるものをいう。
「取扱企業」とは、調査基準日において海外個人データを取り扱っている企業をいい、「対応済み」とは、該当する規制が求める社内規程、契約及び手続を全て整えたことをいう。
また、「中小企業」とは、中小企業基本法に定める中小企業者をいい、それ以外の企業を「大企業」という。
３ 業種別の状況
○ 業種別の回答企業と取扱企業
業種\t回答企業数（社）\t取扱企業（社）\tうち対応済み（社）
食料品\t64\t18\t６
情報通信業\t41\t30\t18
卸売業\t52\t21\t９
４ 該当する規制と対応の状況
○ 該当する規制と対応の状況（複数回答）
規制\t該当企業（社）\t対応済み（社）\t対応中（社）\t未着手（社）
ＥＵ（ＧＤＰＲ）\t84\t38\t29\t17
米国（州法）\t58\t19\t22\t17
韓国個人情報保護法\t41\t14\t12\t15
"""


def test_a_deed_done_is_the_column_of_it_done():
    # 「対応を終えた」 is the column 対応済み; 「韓国の個人情報保護法」 the row 韓国個人情報保護法
    line = _first(REGULATIONS, "韓国の個人情報保護法が当てはまる会社のうち、対応を終えた会社の割合は何％ですか？")
    assert "34.1%" in line
    line = _first(REGULATIONS, "米国の州法が当てはまる企業のうち、対応を全て終えた企業の割合はどのくらいですか？")
    assert "32.8%" in line


def test_a_part_named_by_its_columns_definition():
    # 「海外の個人データを扱っている会社」 is what 「取扱企業」 is defined as; IT・通信系 is 情報通信業
    line = _first(REGULATIONS, "回答したIT・通信系の企業のうち、海外の個人データを扱っている会社の割合はどのくらいですか？")
    assert "73.2%" in line


RATES = """栃県海外入札参加支援補助金 募集要領

２ 補助対象者
「小規模企業者」とは、常時使用する従業員の数が20人（商業又はサービス業は５人）以下の中小企業者をいいます。
３ 補助対象経費と補助率
○ 経費区分別の補助率と上限額 （令和７年度）
経費区分\t補助率（％）\t\t上限額（千円）\t
\t中小企業者\t小規模企業者\t単独応札\t共同応札
現地調査のための渡航\t50\t60\t600\t900
入札書類の作成・翻訳\t50\t60\t800\t1,200
※１ 「小規模企業者」の欄は申請者が小規模企業者である場合に適用します。
"""


def test_a_plumbing_firm_is_of_the_construction_trades():
    # 水道設備 is 設備工事業 of 建設業: the main bound (20人), not that of 商業又はサービス業 (５人)
    line = _first(RATES, "社員８人の水道設備の会社が、単独で入札に参加するための現地調査の渡航費に900千円かかる見込みです。"
                         "補助金はいくらになりますか？")
    assert "540千円" in line


SAFETY = """栃県海外渡航安全サポートサービス 利用案内

３ 登録区分
渡航者は、短期渡航登録又は長期滞在登録のいずれかで登録します。
○ 登録区分別の利用できるサービス （令和７年度）
サービス\t長期滞在登録\t短期渡航登録
出発前安全ブリーフィング（個別）\t○\t○
24時間緊急ダイヤル\t○\t○
家族向けの赴任前説明会\t○\t－
拠点の安全点検（年１回）\t○\t－
※１ ○印のサービスは、その登録区分で利用できるもの、－印は利用できないものです。
○ 登録料と利用料 （令和７年度）
料金の区分	県内中小企業（円）	その他の企業（円）
短期渡航登録（１人、年額）	3,000	6,000
長期滞在登録（１人、年額）	12,000	24,000
出発前安全ブリーフィング（１回）	2,000	4,000
※２ 長期滞在登録者は、赴任前の出発前安全ブリーフィング１回に限り、利用料を無料とします。
４ 現地の給与
○ 国・地域別の現地従業員の給与水準
（単位：米ドル）
国・地域\t作業員\t技術者
中国\t780\t1,120
タイ\t520\t840
"""


def test_rows_of_marks_are_rows_not_header_lines():
    # 「出発前安全ブリーフィング（個別） ○ ○」 has no figure, yet is a row of the table, not its header
    record = next(r for r in records_of("safety.txt", "利用案内", SAFETY) if r.kind == "table" and "サービス" in r.title)
    assert record.columns == ("長期滞在登録", "短期渡航登録")
    assert record.rows[0] == "出発前安全ブリーフィング（個別）"
    assert [c.value for c in record.cells if c.row == "家族向けの赴任前説明会"] == ["○", "－"]


def test_a_currency_over_the_table_is_its_cells_unit():
    record = next(r for r in records_of("safety.txt", "利用案内", SAFETY) if r.kind == "table" and "給与" in r.title)
    cell = next(c for c in record.cells if c.row == "中国" and c.column == "技術者")
    assert (cell.number, cell.unit) == (1120, "米ドル")


def test_a_mark_answers_yes_or_no_with_its_legend():
    answer = _over(SAFETY, "短期渡航登録でも、家族向けの赴任前説明会は利用できますか？")
    assert "「－」（利用できないもの）" in answer.text
    assert "－印は利用できないもの" in answer.text  # (the note that says what the mark means, quoted)
    answer = _over(SAFETY, "長期滞在登録なら24時間緊急ダイヤルを使えますか？")
    assert "長期滞在登録は「○」（その登録区分で利用できるもの）" in answer.text


def test_an_amount_in_a_foreign_currency_answers_how_much():
    line = _first(SAFETY, "タイの技術者の給与はいくらですか？")
    assert "840米ドル" in line


def test_a_price_waived_for_the_asker_by_a_note_says_so():
    answer = _over(SAFETY, "長期滞在で登録した社員が、赴任の前に初めて出発前安全ブリーフィングを受ける場合、利用料はいくらですか？")
    assert "ただし、「長期滞在登録者は、赴任前の出発前安全ブリーフィング１回に限り、利用料を無料とします」" in answer.text
    # (not for a user of another kind)
    answer = _over(SAFETY, "短期渡航で登録した社員が出発前安全ブリーフィングを受ける場合、利用料はいくらですか？")
    assert "無料" not in answer.text.splitlines()[0]


def test_a_firm_that_makes_things_is_a_maker_for_the_small_firm_bound():
    # 「作っている会社」 of 15 people: 製造業's bound of 20人, not 商業又はサービス業's ５人
    line = _first(RATES.replace("現地調査のための渡航", "入札参加のための渡航"),
                  "従業員15人で機械部品を作っている会社が、入札書類の作成・翻訳をする場合、補助率は何％ですか？")
    assert "60%" in line and "50%" not in line


ISSUES = """栃県現地人件費実態調査 報告書

６ 労務管理上の課題
○ 主な拠点の地域別の労務管理上の課題（複数回答） （単位：％）
課題	全体	アジア	欧米
人材の定着（離職の多さ）	51.6	53.3	44.1
賃金の上昇	60.2	63.5	38.2
労働争議への対応	8.6	9.1	5.9
"""


def test_places_named_together_are_the_region_that_holds_them():
    # 「アメリカやヨーロッパに主な拠点がある企業」 is the column 欧米, not a missing 米国
    line = _first(ISSUES, "アメリカやヨーロッパに主な拠点がある企業のうち、人材の定着を課題に挙げた企業の割合は？")
    assert "44.1%" in line



GRANTS = """栃県国際商事仲裁・調停活用支援補助金交付要綱

（定義）
第２条 この要綱において「補助事業者」とは、補助金の交付の決定を受けた中小企業者をいう。
（参考２）交付の実績
○ 交付の実績
年度\t申請件数（件）\t交付件数（件）\t交付額（千円）
令和４年度\t９\t７\t4,385
令和５年度\t13\t10\t6,920
"""


def test_a_word_only_of_a_term_paraphrased_need_not_label_the_cell():
    # 「交付を受けた」 paraphrases 補助事業者, which labels no cell: 事業者 is no missing word
    line = _first(GRANTS, "2022年度に、この補助金の交付を受けたのは何件ですか？")
    assert "７件" in line


RAISES = """栃県現地人件費実態調査 報告書

５ 業種別の賃上げの状況
○ 業種別の回答企業と賃上げの状況
業種\t回答企業数（社）\t現地従業員数（人）\t賃上げを実施した企業（社）
一般機械\t31\t3,210\t26
輸送用機器\t14\t5,470\t13
卸売・小売業\t22\t640\t15
"""


def test_an_example_of_what_is_named_is_no_detail_and_firms_are_no_people():
    # 「自動車部品などの」 gives an example of 輸送用機器; 「何社」 is not answered by 現地従業員数（人）
    line = _first(RAISES, "自動車部品などの輸送用機器の会社のうち、現地従業員の賃上げをしたのは何社ですか？")
    assert "13社" in line and "5,470" not in line.split("（")[0]


MEDIATION = """栃県国際商事仲裁・調停活用支援補助金交付要綱

（補助金の額）
第５条 補助金の額は、補助対象経費に補助率を乗じて得た額とする。
２ 補助金の額は、１事業者１年度当たり、仲裁にあっては300万円、調停にあっては100万円を限度とし、千円未満の端数は切り捨てる。
（参考１）手続の流れ
① 事前相談（国際ビジネス推進課へ。申立ての前でも相談できます）
② 交付申請（申立ての日又は申立書の送達を受けた日から60日以内）
"""


def test_an_average_asked_is_of_the_kind_asked():
    # 「…平均でどのくらいの期間」: 「１年度当たり…100万円を限度」 gives no average length of time
    answer = _over(MEDIATION, "補助した調停は、申立てから和解までに平均でどのくらいの期間がかかりましたか？")
    assert answer.refused
    # (a length of time said as 半年 is one)
    answer = _over(MEDIATION + "（参考２）調停の期間\n調停は、申立てから和解まで平均で半年程度を要している。\n",
                   "調停は、申立てから和解までに平均でどのくらいの期間がかかりますか？")
    assert not answer.refused and "半年程度" in answer.text


def test_the_kind_of_an_average_is_that_of_the_part_that_asks_it():
    text = ("青州市の成長物語 報告書\n\n①成長の結果\n2015年に国家レベルで試験区に指定された。\n"
            "②理由と背景\n元々は遅れた地域と見られていたが、冷涼な気候（年平均気温15℃前後）を活用した。\n")
    answer = _over(text, "そこが試験区に指定されたのは何年ですか？あと、平均気温は何度くらい？")
    assert "15℃" in answer.text


TRAVEL = """栃県海外渡航安全サポートサービス 利用案内

１ サービスの概要
このサービスは、県内の企業が業務のために海外へ送り出す役員や従業員の安全を、出発の前から帰国まで支えるものです。
この案内において「短期渡航」とは、１回の滞在期間が90日未満の渡航をいい、「長期滞在」とは、駐在、赴任等で90日以上滞在することをいいます。
２ 登録区分
渡航者は、渡航の期間によって短期渡航登録又は長期滞在登録のいずれかで登録します。
３ 短期渡航登録のサービス
短期渡航登録の渡航者は、安全情報メールと24時間緊急ダイヤルを利用できます。
４ 長期滞在登録のサービス
長期滞在登録の渡航者は、安全情報メール、24時間緊急ダイヤル、拠点の安全点検を利用できます。
５ 登録の変更
短期渡航登録から長期滞在登録への変更は、渡航の予定が変わった時点で届け出てください。
６ 利用の状況
登録した渡航者は、短期渡航1,062人、長期滞在287人です。
７ 登録の方法
短期渡航登録と長期滞在登録は、ウェブの登録フォームから行います。
"""


def test_which_of_two_defined_terms_a_case_falls_in_is_answered_by_their_definitions():
    # 「短期渡航と長期滞在のどちらで登録しますか」: the opening section's definitions answer, though the
    # question's words are nearer the sections that only use the terms
    answer = _over(TRAVEL, "４か月の予定でタイの工場に応援に行く社員は、短期渡航と長期滞在のどちらで登録しますか？")
    assert "90日以上滞在すること" in answer.text.splitlines()[0]


def test_a_term_the_question_names_comes_with_its_definition(tmp_path):
    """A term of the passages' documents that the question names is handed over with the chunk that
    defines it, however far it stands from the passages retrieved, so the answer can quote it."""
    from assistant.retrieval import HybridRetriever
    from assistant.service import Assistant
    from assistant.settings import Settings

    docs = tmp_path / "docs"
    docs.mkdir()
    filler = "\n".join(f"（{i}）第{i}回の説明会では、短期渡航登録と長期滞在登録の手続を説明した。参加者は{i * 7}人であった。"
                       for i in range(1, 30))
    (docs / "guide.txt").write_text(
        "栃県海外渡航安全サポートサービス 利用案内\n\n１ サービスの概要\n"
        "この案内において「短期渡航」とは、１回の滞在期間が90日未満の渡航をいい、「長期滞在」とは、駐在、"
        "赴任等で90日以上滞在することをいいます。\n\n"
        f"２ 説明会\n{filler}\n\n３ 登録区分\n渡航者は、渡航の期間によって短期渡航登録又は長期滞在登録のいずれかで登録します。\n",
        encoding="utf-8")
    settings = Settings.from_env(env={"POLICY_ASSISTANT_HOME": str(tmp_path / "home")}, dotenv=None)
    assistant = Assistant(settings)
    assistant.ingest([docs], progress=False)
    question = "４か月の予定でタイの工場に応援に行く社員は、短期渡航と長期滞在のどちらで登録しますか？"
    result = HybridRetriever(assistant.index).retrieve(question, top_k=3)
    assert not any("「長期滞在」とは" in p.chunk.text for p in result.passages)
    assert any("「長期滞在」とは" in c.text for c in result.chunks.values())
    answer = assistant.ask(question)
    assert "90日以上滞在すること" in answer.text.split("\n")[0]
