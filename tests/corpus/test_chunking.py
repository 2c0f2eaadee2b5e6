from __future__ import annotations

from pathlib import Path

import pytest

from corpus.chunking import Chunker, count_tokens
from corpus.rows import is_table_row
from corpus.models import DocumentMeta, LoadedDocument

BUNDLED = Path(__file__).resolve().parents[2] / "corpus" / "documents"


def _doc(text: str, name: str = "plan.txt") -> LoadedDocument:
    return LoadedDocument(doc_id=name, path=name, meta=DocumentMeta(file=name, title="テスト計画"), text=text,
                          content_hash="h", format="txt")


PLAN = """マスタープラン
一、全体的な要求
（一）指導思想
新しい発展理念を遂行し、質の高い発展を推進する。
（二）基本原則
協力とウィンウィンな関係を維持する。
三、重点任務
（一）重点産業協力の推進
1.ハイエンド設備製造産業
大連のハイエンド設備製造業の基盤を生かし、日本企業との協力を進める。
2.新素材産業
「世界触媒の都」を目標にして触媒産業を育成する。
"""


class TestSections:
    def test_heading_paths_follow_the_scheme_stack(self):
        chunks = Chunker().chunk(_doc(PLAN))
        sections = [c.section for c in chunks]
        assert "一、全体的な要求 > （一）指導思想" in sections
        assert "三、重点任務 > （一）重点産業協力の推進 > 1.ハイエンド設備製造産業" in sections
        assert sections[-1] == "三、重点任務 > （一）重点産業協力の推進 > 2.新素材産業"

    def test_chunk_text_is_an_exact_slice(self):
        doc = _doc(PLAN)
        for c in Chunker().chunk(doc):
            assert doc.text[c.start:c.end] == c.text
            assert c.line_start <= c.line_end

    def test_numbered_list_items_are_not_sections(self):
        items = "\n".join(f"{i} ロボット製品その{i}【令和６年{i}月】" for i in range(1, 8))
        text = "イ 商品化の一覧\n" + items + "\nウ 今後の取組\n引き続き支援する。\n"
        chunks = Chunker().chunk(_doc(text))
        assert [c.section for c in chunks] == ["イ 商品化の一覧", "ウ 今後の取組"]

    def test_articles_of_rules_captioned_on_their_own_line_are_sections(self):
        # 第５条（補助対象外経費） heads its list, not the 別表 caption above it; 附則 and the parts for
        # reference close the articles at their level
        text = ("補助金交付要綱\n第４条（補助対象経費等）\n補助の対象となる経費は、別表のとおりとする。\n"
                "○ 別表 補助対象経費、補助率及び上限額\n経費区分\t補助率（％）\n保管料\t50\n輸送費\t40\n"
                "第５条（補助対象外経費）\n次に掲げる経費は、補助の対象としない。\n○ 商品の仕入れ\n○ 商品の保険料\n○ 国内の配送料\n"
                "附 則\nこの要綱は、令和７年４月１日から施行する。\n（参考１）令和７年度の募集\n申請期間：令和７年５月12日から\n"
                "第６条 この条は本文と同じ行に書かれている。\n")
        chunks = Chunker().chunk(_doc(text))
        assert next(c.section for c in chunks if "国内の配送料" in c.text) == "第５条（補助対象外経費）"
        assert next(c.section for c in chunks if "輸送費" in c.text) == "第４条（補助対象経費等） > ○ 別表 補助対象経費、補助率及び上限額"
        assert next(c.section for c in chunks if "施行する" in c.text) == "附 則"
        # (an article whose text runs on its line is no heading: 「第６条 この条は…」)
        assert next(c.section for c in chunks if "本文と同じ行" in c.text) == "（参考１）令和７年度の募集"

    def test_an_items_marker_is_read_by_its_kind(self):
        # one pattern for the markers of enumerated lines: a list's items, a rule's cases, a
        # procedure's steps (not a year, nor a line that is no item)
        from corpus.text import item_marker
        kinds = [item_marker(x) for x in ("（１）株式", "① 事前相談", "1. 項目", "２、項目", "・項目", "◯ 国内", "2025年度", "普通の行")]
        assert kinds == ["paren", "circled", "number", "number", "bullet", "bullet", None, None]

    def test_a_numbered_heading_may_name_its_subject_in_one_kanji(self):
        # 「（３）米」 is a section beside 「（２）ぶどう」; a figure with its counter (「80 社」) is none
        text = ("３ 主な品目の状況\n（２）ぶどう\n主な輸出先：香港、シンガポール、台湾\n"
                "（３）米\n主な輸出先：香港、シンガポール、米国\n４ 回答者\n80 社\n製造業 94\n")
        chunks = Chunker().chunk(_doc(text))
        assert next(c.section for c in chunks if "米国" in c.text) == "３ 主な品目の状況 > （３）米"
        assert next(c.section for c in chunks if "製造業" in c.text) == "４ 回答者"


class TestTables:
    TABLE = """イ 数値目標と進捗状況
○ 実証実験等の実施件数(累計)      令和７年３月 31日現在(件)
 第２期 第３期
平成 30～
令和４年度 令和５年度 令和６年度 令和７年度 令和８年度 令和９年度
目標値 200 60 120 180 240 300
実績値 289 55 142 - - -
ウ 令和７年度の主な取組
県内中小企業のロボット産業への参入を促進する。
"""

    def test_table_rows_stay_with_title_and_header_rows(self):
        chunks = Chunker().chunk(_doc(self.TABLE))
        table = [c for c in chunks if c.kind == "table"]
        assert len(table) == 1
        assert "令和４年度 令和５年度" in table[0].text
        assert "実績値 289 55 142" in table[0].text
        assert table[0].section.endswith("○ 実証実験等の実施件数(累計)      令和７年３月 31日現在(件)")

    @pytest.mark.parametrize(
        "line, expected",
        [
            ("目標値 25 ６ 12 18 24 30", True),
            ("実績値 842人\t312人\t136人\t-18人", True),
            ("ＮＥＸＴ 53件 17件 23件 11件 21件 27件 ９件 161件", True),
            ("神奈川県と遼寧省は、1983年に友好提携を締結して以来、経済、観光、", False),
            ("一、全体的な要求", False),
        ],
    )
    def test_is_table_row(self, line, expected):
        assert is_table_row(line) is expected

    def test_long_table_is_split_by_rows_repeating_the_header(self):
        header = "区分 令和５年度 令和６年度\n"
        rows = "".join(f"事業{i:03d} {i * 10}件 {i * 11}件\n" for i in range(120))
        doc = _doc("○ 事業別の実績\n" + header + rows)
        chunks = Chunker(max_tokens=120, overlap_tokens=10).chunk(doc)
        assert len(chunks) > 3
        assert all(c.kind == "table" for c in chunks)
        assert all("区分 令和５年度 令和６年度" in c.heading for c in chunks[1:])
        assert all(doc.text[c.start:c.end] == c.text for c in chunks)

    def test_a_header_repeated_after_a_page_break_heads_every_row_before_it_too(self):
        header = "特区の名称\t特区の概要\t規制の特例措置\n"
        row = lambda i: f"特区{i}\t{'新産業の育成と国内外からの誘致を進め地域の再生をめざす' * 3}\t特例措置{i}\n"  # noqa: E731
        doc = _doc("○ 構造改革特区\n" + header + row(1) + row(2) + header + row(3))
        chunks = Chunker(max_tokens=80, overlap_tokens=0).chunk(doc)
        first_row = next(c for c in chunks if c.text.startswith("特区1"))
        assert "特区の名称\t特区の概要\t規制の特例措置" in first_row.heading

    def test_a_count_of_people_is_in_人_of_businesses_in_者(self):
        from corpus.records import unit_from_label

        assert unit_from_label("参加者数") == "人" and unit_from_label("就業者数") == "人"
        assert unit_from_label("事業者数") == "者" and unit_from_label("協議会加入者数（者）") == "者"
        # a counter in brackets after a measure: repeated by its name, Latin, or a unit only labels use
        assert unit_from_label("受入機関数（機関）") == "機関" and unit_from_label("取扱量（TEU）") == "TEU"
        assert unit_from_label("延べ宿泊者数（人泊）") == "人泊" and unit_from_label("平均通話時間（分）") == "分"
        assert unit_from_label("受講者数（オンライン）") == "人" and unit_from_label("支援件数（累計）") == "件"
        # 率 ends a rate's name; 引率者 is no rate
        assert unit_from_label("引率者") is None and unit_from_label("採択率（％）") == "%"
        assert unit_from_label("増減（ポイント）") == "ポイント" and unit_from_label("出荷量（パレット）") == "パレット"
        assert unit_from_label("販売価格（バーツ）") == "バーツ"
        assert unit_from_label("共同倉庫の保管料 （単位：円、１パレット・１か月当たり）") == "円"
        # a qualifier after the unit that names no other unit (a tax note) leaves the unit; a second
        # unit for some columns, or a note that assigns one, gives none for all
        assert unit_from_label("○ 倉庫別の利用料金 （単位：円、消費税等別）") == "円"
        assert unit_from_label("（単位：件、％）") is None and unit_from_label("（単位：件、金額は万円）") is None
        # a title that counts, its year in brackets after a space: 「国・地域別の監査件数 （令和６年度）」
        assert unit_from_label("国・地域別の監査件数 （令和６年度）") == "件"
        assert unit_from_label("業種別の参加者数 （令和６年度）") == "人"
        assert unit_from_label("業種別の参加者数 （単位：団体、人）") is None

    def test_a_counter_closing_a_label_or_declared_by_a_caption_is_its_unit(self):
        from corpus.records import unit_from_label

        # whatever the label measures, a counter in its closing bracket is the unit of its figures
        assert unit_from_label("輸出先の国・地域数（国・地域）") == "国・地域"
        assert unit_from_label("新規取引国・地域数（か国・地域）") == "か国・地域"
        assert unit_from_label("海外向け新商品の数（品目）") == "品目"
        assert unit_from_label("うち製造拠点（拠点）") == "拠点" and unit_from_label("印刷の上限（枚）") == "枚"
        assert unit_from_label("要点チェック（通）") == "通" and unit_from_label("ホストファミリー数（家庭）") == "家庭"
        assert unit_from_label("団体数") == "団体" and unit_from_label("参加団体数（団体）") == "団体"
        # a counter inside the bracket's wording names what a price is for, not its unit
        assert unit_from_label("基本料金（１か国・地域）") is None
        # a caption declaring a counter; a basis and a tax note after the unit
        assert unit_from_label("○ 来訪者の国・地域別の発行数 （令和６年度）（単位：通）") == "通"
        # any counter the caption calls the unit, known or not; not a measure's name (件数, 金額)
        assert unit_from_label("○ 貨物の種類別・木箱の種類別の製作数 （令和６年度）（単位：箱）") == "箱"
        assert unit_from_label("○ 刊行物の部数 （単位：冊）") == "冊"
        assert unit_from_label("（単位：件数）") is None and unit_from_label("（単位：金額）") is None
        # one kanji a count's label closes on is its counter; a qualifier of the count is not
        assert unit_from_label("製作数（箱）") == "箱" and unit_from_label("発行数（部）") == "部"
        assert unit_from_label("会員数（計）") is None
        assert unit_from_label("○ 別表 商品の区分別の利用料 （単位：円、１品目当たり、消費税込み）") == "円"
        # a price with what it is per, or when it is paid, in its bracket
        assert unit_from_label("月額保管料（円／区画）") == "円" and unit_from_label("継続支援（月額・円）") == "円"

    def test_a_figure_reads_with_a_katakana_counter_and_without_its_note_mark(self):
        from corpus.records import parse_number

        assert parse_number("120パレット") == (120, "パレット") and parse_number("10ポイント") == (10, "ポイント")
        assert parse_number("60品目") == (60, "品目")  # (a KPI cell printed with its counter)
        assert parse_number("3,000※１") == (3000, None) and parse_number("3月") == (None, None)
        # (a katakana word with 以内 after a figure stays prose: 「３モール以内」 in a table of tasks)
        assert parse_number("３モール以内") == (None, None)


class TestBounds:
    def test_chunks_respect_the_token_budget(self):
        paragraph = "神奈川県はライフサイエンス分野の交流を推進している。" * 60
        doc = _doc("一、概要\n" + paragraph + "\n")
        chunks = Chunker(max_tokens=150, overlap_tokens=20).chunk(doc)
        assert len(chunks) > 3
        assert max(count_tokens(c.text) for c in chunks) <= 150 + 40  # a sentence of overlap at most
        # no chunk is cut mid-sentence
        assert all(c.text.endswith("。") for c in chunks)

    def test_ids_are_stable_and_content_addressed(self):
        a = Chunker().chunk(_doc(PLAN))
        b = Chunker().chunk(_doc(PLAN))
        assert [c.id for c in a] == [c.id for c in b]
        changed = Chunker().chunk(_doc(PLAN.replace("触媒産業を育成する", "触媒産業を強化する")))
        assert a[0].id == changed[0].id
        assert a[-1].id != changed[-1].id

    @pytest.mark.parametrize("max_tokens, overlap, message", [(10, 0, "max_tokens"), (200, 150, "overlap_tokens")])
    def test_bad_arguments(self, max_tokens, overlap, message):
        with pytest.raises(ValueError, match=message):
            Chunker(max_tokens=max_tokens, overlap_tokens=overlap)


def test_bundled_corpus_chunks():
    from corpus.loaders import load_document
    from corpus.manifest import load_manifest

    manifest = load_manifest(BUNDLED)
    total = 0
    for path in sorted(BUNDLED.glob("*.txt")):
        doc = load_document(path, manifest.get(path.name))
        chunks = Chunker().chunk(doc)
        total += len(chunks)
        assert all(doc.text[c.start:c.end] == c.text for c in chunks)
        assert len({c.id for c in chunks}) == len(chunks)
    assert total >= 100


def test_chunk_ids_change_with_what_is_embedded():
    """The embedded text holds title and section: a new title or heading gives a new id (and vector)."""
    text = "一、概要\n神奈川県は遼寧省とMOUを締結した。\n"
    a = Chunker().chunk(_doc(text))
    b = Chunker().chunk(LoadedDocument(doc_id="plan.txt", path="plan.txt", meta=DocumentMeta(file="plan.txt", title="別の題名"),
                                       text=text, content_hash="h", format="txt"))
    c = Chunker().chunk(_doc(text.replace("一、概要", "一、沿革")))
    assert a[0].text == b[0].text
    assert a[0].id != b[0].id
    assert a[0].id != c[0].id
    assert [x.id for x in Chunker().chunk(_doc(text))] == [x.id for x in a]
