"""Cleaning keeps every visible character and repairs the line structure of PDF-extracted text."""

from __future__ import annotations

import json
import re
import unicodedata
from collections import Counter
from pathlib import Path

import pytest

from corpus.cleaning import clean_pages, clean_text, is_block_start
from corpus.rows import is_table_line

BUNDLED = Path(__file__).resolve().parents[2] / "corpus" / "documents"
BUNDLED_FILES = sorted(BUNDLED.glob("*.txt"))


def norm(s: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s))


def visible(s: str) -> Counter:
    return Counter(ch for ch in s if not ch.isspace())


class TestJoining:
    def test_joins_japanese_wrap_without_inserting_anything(self):
        raw = (
            "中国の東北地方南部に位置する遼寧省は、省都の瀋陽（しんよう）市、大連（だいれん）市、撫\n"
            "順（ぶじゅん）市など14市から構成されています。\n"
        )
        assert clean_text(raw) == (
            "中国の東北地方南部に位置する遼寧省は、省都の瀋陽（しんよう）市、大連（だいれん）市、撫"
            "順（ぶじゅん）市など14市から構成されています。"
        )

    def test_joins_katakana_word_cut_by_wrap(self):
        raw = (
            "燃料電池・水素エネルギー技術国家工程研究センター、大連理工大学の研究開発セン\n"
            "ターなどを設立することを推進する。\n"
        )
        assert "研究開発センターなど" in clean_text(raw)

    def test_blank_line_after_every_wrapped_line_is_not_a_paragraph_break(self):
        lines = [
            "「さがみロボット産業特区」（以下「本特区」という。）では、生活",
            "支援ロボットの実用化・普及を通じた県民生活の安全・安心の確保及",
            "び地域社会の活性化に取り組んでおり、ロボットが社会に溶け込み、",
            "いのちや生活を支えるパートナーとして活躍する「ロボットと共生す",
            "る社会」の実現をめざしている。",
            "第３期計画（令和５～９年度）では、本特区内の市町等と連携し、",
            "中小企業のロボット産業への参入支援と、ロボットの社会実装の加速",
            "化に重点的に取り組んでいく。",
            "イ 数値目標と進捗状況",
            "国から認定された第３期計画（令和５～９年度）において、６つの",
            "数値目標を設定している。",
        ]
        raw = "\n\n".join(line + " " for line in lines) + "\n"
        assert clean_text(raw) == (
            "「さがみロボット産業特区」（以下「本特区」という。）では、生活支援ロボットの実用化・普及を"
            "通じた県民生活の安全・安心の確保及び地域社会の活性化に取り組んでおり、ロボットが社会に"
            "溶け込み、いのちや生活を支えるパートナーとして活躍する「ロボットと共生する社会」の実現を"
            "めざしている。\n\n"
            "第３期計画（令和５～９年度）では、本特区内の市町等と連携し、中小企業のロボット産業への"
            "参入支援と、ロボットの社会実装の加速化に重点的に取り組んでいく。\n\n"
            "イ 数値目標と進捗状況\n\n"
            "国から認定された第３期計画（令和５～９年度）において、６つの数値目標を設定している。"
        )

    def test_single_spaced_text_keeps_blank_lines_as_paragraph_breaks(self):
        raw = (
            "第一段落の本文はここで終わりますが句点がなく見出しのような行です\n"
            "\n"
            "第二段落です。\n"
        )
        assert clean_text(raw) == (
            "第一段落の本文はここで終わりますが句点がなく見出しのような行です\n\n第二段落です。"
        )

    def test_ascii_words_are_joined_with_one_space(self):
        raw = (
            "県経済を牽引するベンチャー企業の創出と成長を促進するため、起業家の創出拠点「ARUYO\n"
            "ODAWARA」や、ベンチャー企業の成長促進拠点において支援プログラムを実施している。\n"
        )
        assert "「ARUYO ODAWARA」や" in clean_text(raw)

    def test_short_lines_are_not_joined(self):
        body = "外資誘致については、特に日本を含む北東アジアが重視されており、2019年に発表された意見では、\n" * 4
        box = "※ 神奈川県令和元年度「ヘルスケア」事業の一環で作成\n令和７年度一部更新\n"
        assert clean_text(body + "\n" + box).endswith(
            "\n\n※ 神奈川県令和元年度「ヘルスケア」事業の一環で作成\n令和７年度一部更新"
        )

    def test_label_value_lines_are_not_joined_however_wide(self):
        # 「公募期間：…17時まで」 fills the line; the 「申請方法：…」 line after it is another fact
        raw = ("公募期間：令和７年４月14日（月）から５月23日（金）17時まで受け付けます、詳しくは\n"
               "申請方法：ほしみ電子申請サービスによる申請（郵送又は持参による提出も可）\n")
        out = clean_text(raw)
        assert out.splitlines() == ["公募期間：令和７年４月14日（月）から５月23日（金）17時まで受け付けます、詳しくは",
                                    "申請方法：ほしみ電子申請サービスによる申請（郵送又は持参による提出も可）"]
        # a wrapped sentence is still joined: its next line is no 「label：value」 line
        assert "\n" not in clean_text("対象経費：出展小間料、装飾費、輸送費その他知事が必要と認める経費の\n一部とします。\n")

    def test_a_label_value_line_after_a_wrapped_value_starts_its_own_line(self):
        # 「補助対象者：…」 wraps onto a line of its value; the 「募集期間：…」 line after it is another fact
        raw = ("補助金名：朴県産湯葉輸出促進補助金\n"
               "補助対象者：県内に工場を有し、県産湯葉等を製造する中小企業者（個人事業主及び協同組合\n"
               "を含む。）で、県産湯葉等を輸出し、又は輸出しようとするもの\n"
               "募集期間：令和７年５月12日から６月27日まで（必着）\n"
               "予算額：1,600万円\n")
        lines = clean_text(raw).splitlines()
        assert lines[1] == ("補助対象者：県内に工場を有し、県産湯葉等を製造する中小企業者（個人事業主及び協同組合を含む。）で、"
                            "県産湯葉等を輸出し、又は輸出しようとするもの")
        assert lines[2] == "募集期間：令和７年５月12日から６月27日まで（必着）"

    def test_a_sentence_opener_after_a_label_value_line_starts_its_own_line(self):
        # 「契約方法：…を締結する」 fills its line and ends there; 「この要項において…」 opens a definition
        raw = ("委託期間：契約締結の日から令和８年３月13日（金）まで\n"
               "委託上限額：17,600千円（消費税及び地方消費税を含む。）\n"
               "契約方法：公募型プロポーザル方式により受託候補者を選定し、随意契約を締結する\n"
               "この要項において「越境ＥＣ」とは、インターネット上の通信販売サイトを通じて、国境を\n"
               "越えて海外の消費者に商品を販売することをいう。また、「ＥＣモール」とは、複数の事業者\n"
               "が出店する通信販売サイトをいう。\n")
        lines = clean_text(raw).splitlines()
        assert lines[2] == "契約方法：公募型プロポーザル方式により受託候補者を選定し、随意契約を締結する"
        assert lines[3].startswith("この要項において「越境ＥＣ」とは、") and lines[3].endswith("通信販売サイトをいう。")
        # prose that goes on with この after a line that is no label–value line is still joined
        assert "\n" not in clean_text("本県は、海外との交流を進めるため、友好提携を結んでいる地域との事業を\nこの計画に沿って進める。\n")

    def test_a_line_ending_with_a_mail_address_is_not_joined_to_the_next(self):
        raw = ("雲雀県外国人材就職サポートデスク 電話：099-080-4600 電子メール：desk@hibari-kokusai.example.jp\n"
               "雲雀県 商工労働部 労働雇用政策課 外国人材担当 電話：099-080-4510\n")
        assert clean_text(raw).splitlines()[1].startswith("雲雀県 商工労働部")

    def test_crlf_trailing_whitespace_and_indentation(self):
        raw = "　見出し　\r\n\r\n   本文です。   \r\n"
        assert clean_text(raw) == "見出し\n\n本文です。"

    def test_runs_of_blank_lines_collapse(self):
        assert clean_text("一つ目。\n\n\n\n\n二つ目。\n") == "一つ目。\n\n二つ目。"


class TestHeadingsAndLists:
    @pytest.mark.parametrize(
        "line",
        [
            "一、全体的な要求",
            "二、空間の分布",
            "（一）指導思想",
            "(一) 指導思想",
            "1.ハイエンド設備製造産業",
            "１．概要",
            "1 国際戦略総合特別区域の名称",
            "(1) 「さがみロボット産業特区」の取組について",
            "（１）どのような機関ですか",
            "ア 取組の概要",
            "(ｱ) 参入促進・開発支援",
            "（ア）概要",
            "ａ 中小企業ロボット産業参入促進事業",
            "a. ワンストップ",
            "① 総合特区計画の概要",
            "② 総合特区計画の目指す目標",
            "【具体的な取組・成果】",
            "＜MOU概要＞",
            "〈参考〉",
            "○アンチエイジング",
            "◯ 目標",
            "● 重点",
            "■ 目標に向けた取組",
            "□ 項目",
            "◆ 項目",
            "・神奈川県立がんセンター",
            "※ 補助見込み額について",
            "*1 日本貿易振興機構",
            "第1章 総則",
            "第２節 目的",
            "- 比較的順調に進んでいる",
        ],
    )
    def test_block_starts(self, line):
        assert is_block_start(line)

    @pytest.mark.parametrize(
        "line",
        ["産業パークを建設する。", "2025 年までに、技術協力については", "28年５月】", "ロ、計画面積は約 5㎢",
         "「プレ実証フィールド」を開設した。", "（企業立地促進補助金、不動産取得税の不均一課税、"],
    )
    def test_not_block_starts(self, line):
        assert not is_block_start(line)

    def test_heading_is_not_joined_to_previous_wrapped_line(self):
        raw = (
            "この行は全幅の本文で、句点がないまま次の行の見出しにつながってしまうことがないように確認す\n"
            "（二）基本原則\n"
        )
        assert clean_text(raw).endswith("確認す\n（二）基本原則")

    @pytest.mark.parametrize("marker", ["ア ", "① ", "・", "※", "1 ", "（１）", "【", "○ ", "第２章 "])
    def test_list_items_stay_on_their_own_lines(self, marker):
        full = "県内中小企業のロボット産業への参入を促進するため、企業や部品等に関する情報を集約し"
        raw = f"{full}\n{marker}次の項目\n"
        assert clean_text(raw) == f"{full}\n{marker}次の項目"

    def test_wrapped_list_item_is_joined(self):
        raw = (
            "２ 人工筋肉による遠隔建機操縦ロボット「アクティブロボ SAM」【平成 27\n\n年４月】 \n\n"
            "３ 心の健康計測システム【平成 27年５月】 \n\n" * 3
        )
        assert clean_text(raw).startswith(
            "２ 人工筋肉による遠隔建機操縦ロボット「アクティブロボ SAM」【平成 27年４月】\n\n３ 心の健康計測"
        )


class TestTables:
    @pytest.mark.parametrize(
        "line",
        [
            "目標値 25 ６ 12 18 24 30",
            "実績値 842人 312人 136人 -18人",
            "\t\t実績値\t119億円\t141億円",
            "令和５年度 令和６年度 令和７年度 令和８年度 令和９年度",
            "企業誘致促進賃料補助金 4,071万円",
            "区  分 人  数",
            "－ － 〇 － － －",
            "80件",
            "(２件)",
            "| 区分 | 累計額 |",
        ],
    )
    def test_table_rows(self, line):
        assert is_table_line(line)

    @pytest.mark.parametrize(
        "line",
        [
            "産党第 19 期全国代表大会、第 19 期中央委員会第 2、3、4、5 回総会の",
            "１ 手指のリハビリを支援するパワーアシストハンド【平成 26年６月】",
            "大竜頭山まで、南は廟山まで、北は渤海までとなる。大連新空港から 15",
            "県では、県内経済の活性化と雇用の創出を図るため、令和６年４月",
        ],
    )
    def test_prose_is_not_a_table_row(self, line):
        assert not is_table_line(line)

    def test_a_line_starting_with_a_case_particle_continues_the_line_before(self):
        raw = (
            "特に注目すべきは、 中国科学技術大学(USTC)\n"
            "を核とした産学連携のシステマティックな推進。\n"
            "厳格化される環境規制は「環境基準をクリアする先端企業」\n"
            "に対する選別的な誘致と支援を促進。\n"
            "がん治療の研究拠点\n"
        )
        assert clean_text(raw).split("\n") == [
            "特に注目すべきは、 中国科学技術大学(USTC)を核とした産学連携のシステマティックな推進。",
            "厳格化される環境規制は「環境基準をクリアする先端企業」に対する選別的な誘致と支援を促進。",
            "がん治療の研究拠点",
        ]

    def test_a_line_opening_on_a_closing_bracket_continues_the_line_before(self):
        # a PDF line that breaks between 。 and its bracket: 「…（以下「橅石」といいます。」 / 「）を主な原料とし」
        raw = (
            "この手引きにおいて「県産石材製品」とは、県内で採掘された石材（以下「橅石」といいます。\n"
            "）を主な原料とし、県内で加工した墓石をいいます。\n"
        )
        assert clean_text(raw).split("\n") == [
            "この手引きにおいて「県産石材製品」とは、県内で採掘された石材（以下「橅石」といいます。）を主な原料とし、県内で加工した墓石をいいます。",
        ]

    def test_an_open_quotation_runs_on_into_the_next_line(self):
        raw = (
            "※ 神奈川県令和元年度「ヘルスケア・ニューフロンティア\n"
            "国際展開支援業務委託」事業の一環で、作成\n"
            "・「国家ビッグデータ総合\n"
            "・次の項目\n"
        )
        assert clean_text(raw).split("\n") == [
            "※ 神奈川県令和元年度「ヘルスケア・ニューフロンティア国際展開支援業務委託」事業の一環で、作成",
            "・「国家ビッグデータ総合",  # a new item never continues a quotation
            "・次の項目",
        ]

    def test_rows_are_never_joined(self):
        raw = (
            "国から認定された第３期計画（令和５～９年度）において、６つの数値目標を設定しており、\n"
            "令和５年度 令和６年度 令和７年度 令和８年度 令和９年度\n"
            "目標値 25 ６ 12 18 24 30\n"
            "実績値 27 12 33 - - -\n"
            "この表は特区発ロボットの商品化状況を示している。\n"
        )
        assert clean_text(raw).split("\n") == [
            "国から認定された第３期計画（令和５～９年度）において、６つの数値目標を設定しており、",
            "令和５年度 令和６年度 令和７年度 令和８年度 令和９年度",
            "目標値 25 ６ 12 18 24 30",
            "実績値 27 12 33 - - -",
            "この表は特区発ロボットの商品化状況を示している。",
        ]

    def test_tab_rows_keep_their_empty_leading_cells(self):
        raw = "\t■ 評価\n\n\t\t\t当初\t平成30年度\n\t評価指標(1)\t目標値\t115億円\n\t\t\t実績値\t119億円\n"
        assert clean_text(raw) == "■ 評価\n\n\t\t当初\t平成30年度\n評価指標(1)\t目標値\t115億円\n\t\t実績値\t119億円"


class TestStackedCells:
    """A table written one cell after the other, each cell wrapped over narrow lines, a trailing
    space where a cell (or a hard break) ends: one tab-separated line per row."""

    RAW = ("(1) 構造改革特区 \n\n"
           "   本県が申請主体である現在認定されている特区計画は２件となっている。 \n\n"
           "特区の名称 \n\n（区域） \n\n特区の概要 規制の特例措置 \n\n"
           "国際環境特区 \n\n（川崎市の区\n\n域の一部） \n\n"
           "環境技術やものづくり技術を活か\n\nし、新産業の育成をめざす \n\n"
           "外国人研究者受入\n\nれ促進事業 \n\n"
           "かながわバイ\n\nオ医療産業特\n\n区 \n\n（県全域） \n\n"
           "バイオテクノロジーを活用した高\n\n度医療の充足を図る \n\n"
           "病院等開設会社に\n\nよる病院等の開設 \n\n"
           " (2) 総合特区 \n\n"
           "   総合特別区域とは、我が国の経済成長のエンジンとなる産業・機能の集積拠点の \n\n"
           "形成について先駆的取組を行うもののうち、実現可能性の高い区域として国が \n\n"
           "指定したものである。本県では、京浜臨海部ライフイノベーション国際戦略総 \n\n"
           "合特区及びさがみロボット産業特区が指定されている。これらの特区では、規 \n\n"
           "制の特例措置や税制・財政・金融上の支援措置等を活用しながら、取組を進め \n\n"
           "ている。国との協議を重ね、規制の特例措置の活用を進めているところである。 \n")

    def test_each_row_becomes_one_tab_separated_line(self):
        lines = clean_text(self.RAW).split("\n")
        assert "特区の名称（区域）\t特区の概要\t規制の特例措置" in lines
        assert ("国際環境特区（川崎市の区域の一部）\t環境技術やものづくり技術を活かし、新産業の育成をめざす"
                "\t外国人研究者受入れ促進事業") in lines
        assert "かながわバイオ医療産業特区（県全域）\tバイオテクノロジーを活用した高度医療の充足を図る\t病院等開設会社による病院等の開設" in lines
        assert "(2) 総合特区" in lines  # the heading after the table stays a heading

    def test_only_whitespace_changes(self):
        squeeze = lambda s: re.sub(r"\s+", "", s)  # noqa: E731
        assert squeeze(clean_text(self.RAW)) == squeeze(self.RAW)

    def test_cells_of_figures_are_left_to_the_table_reader(self):
        raw = self.RAW.replace("病院等開設会社に", "病院等開設会社12")
        assert "病院等開設会社12" in clean_text(raw).split("\n")  # the row with a figure is not joined


class TestPageFurniture:
    @pytest.mark.parametrize("number", ["- 3 -", "－ 12 －", "3/10", "Page 3", "p. 7", "― ４ ―"])
    def test_decorated_page_numbers_are_dropped_from_text(self, number):
        assert clean_text(f"前のページの文。\n\n{number}\n\n次のページの文。\n") == "前のページの文。\n\n次のページの文。"

    def test_bare_numbers_in_text_are_kept(self):
        # In flattened tables a bare "３" is a row number, not a page number.
        assert clean_text("２\n外国人観光客\n３\n宿泊施設\n") == "２\n外国人観光客\n３\n宿泊施設"

    def test_pages_drop_running_headers_and_bare_page_numbers(self):
        pages = [
            f"令和7年度 委員会資料 {n}\n第{n}項の本文です。\nページ{n}の内容を説明する長い本文の行がここに続きます。\n{n}\n"
            for n in range(1, 5)
        ]
        text, starts = clean_pages(pages)
        assert "委員会資料" not in text
        assert text.split("\n") == [
            line for n in range(1, 5) for line in (f"第{n}項の本文です。", f"ページ{n}の内容を説明する長い本文の行がここに続きます。")
        ]
        assert [text[s:s + 3] for s in starts] == ["第1項", "第2項", "第3項", "第4項"]

    def test_sentence_cut_by_page_break_is_joined_and_page_start_points_into_it(self):
        first = "これは一ページ目の本文で、文がページの終わりで途切れてしまい次のページへ続いていき"
        pages = [first + "\n- 1 -\n", "ます。二ページ目の本文です。\n- 2 -\n"]
        text, starts = clean_pages(pages)
        assert text == first + "ます。二ページ目の本文です。"
        assert starts == (0, len(first))

    def test_empty_page_starts_where_the_next_page_begins(self):
        text, starts = clean_pages(["一ページ目。", "  \n", "三ページ目。"])
        assert text == "一ページ目。\n\n三ページ目。"
        assert starts == (0, text.index("三"), text.index("三"))

    def test_form_feeds_split_pages(self):
        assert clean_text("一ページ目。\n- 1 -\n\f二ページ目。\n- 2 -\n") == "一ページ目。\n二ページ目。"


class TestVerbatim:
    def test_no_character_is_normalised(self):
        raw = "１２３ ＡＢＣ ｱｲｳ ㈱ ① ㎢ ︖ \uf06e 全角・半角\n"
        assert visible(clean_text(raw)) == visible(raw)

    @pytest.mark.parametrize("path", BUNDLED_FILES, ids=lambda p: p.name[:3])
    def test_bundled_docs_lose_no_visible_character(self, path):
        raw = path.read_text(encoding="utf-8")
        assert visible(clean_text(raw)) == visible(raw)

    @pytest.mark.parametrize("path", BUNDLED_FILES, ids=lambda p: p.name[:3])
    def test_bundled_docs_keep_character_order(self, path):
        raw = path.read_text(encoding="utf-8")
        assert norm(clean_text(raw)) == norm(raw)

    def test_bundled_docs_get_much_shorter_in_lines(self):
        raw = (BUNDLED / "001_c4e80570ce684d92.txt").read_text(encoding="utf-8")
        cleaned = clean_text(raw)
        assert cleaned.count("\n") < raw.count("\n") / 3
        assert "精神を着実に遂行し、より広い範囲" in cleaned  # a wrap + blank line joined


def test_dev_evidence_survives_cleaning(shared_corpus):
    """Every evidence/answer string of the dev set is still in the cleaned text of its doc."""
    dev = shared_corpus.parent / "evals" / "dev.jsonl"
    if not dev.is_file():
        pytest.skip("../shared/evals/dev.jsonl is not present")
    cleaned: dict[str, str] = {}
    checked = 0
    for line in dev.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        if not record.get("doc"):
            continue
        doc = record["doc"]
        if doc not in cleaned:
            cleaned[doc] = norm(clean_text((shared_corpus / doc).read_text(encoding="utf-8")))
        strings = list(record.get("evidence", []))
        if not record.get("computed"):
            strings += record.get("answer", [])
        for s in strings:
            assert norm(s) in cleaned[doc], f"{record['id']}: {s!r} lost in {doc}"
            checked += 1
    assert checked > 50


def test_shared_docs_lose_no_visible_character(shared_corpus):
    for path in sorted(shared_corpus.glob("*.txt")):
        raw = path.read_text(encoding="utf-8")
        assert visible(clean_text(raw)) == visible(raw), path.name
