"""Tests of assistant.citations: marker resolution, figure checks, quotes, numbering."""

from __future__ import annotations

import pytest

from assistant.citations import (
    REFUSAL,
    UNCITED_WARNING,
    ValidationResult,
    best_quote,
    extract_numbers,
    is_refusal,
    number_passages,
    strip_markers,
    validate_answer,
)
from assistant.types import Passage
from corpus.models import Chunk


def make_passage(text: str, *, n: int = 1, title: str = "テスト資料", section: str = "", context: str = "", cid: str | None = None) -> Passage:
    chunk = Chunk(
        id=cid or f"chunk-{n}-{abs(hash(text)) % 10_000}",
        doc_id=f"doc-{n}",
        file=f"{n:03d}_test.txt",
        title=title,
        section=section,
        text=text,
        kind="text",
        start=0,
        end=len(text),
        line_start=1,
        line_end=text.count("\n") + 1,
    )
    return Passage(chunk=chunk, rank=n, score=1.0 / n, context=context)


@pytest.fixture
def passages() -> list[Passage]:
    return [
        make_passage("本事業の補助率は2分の1です。補助上限額は4,071万円です。", n=1, section="二、補助内容"),
        make_passage("令和6年度の採択件数は33件でした。予算総額は12億円です。", n=2, section="三、実績"),
        make_passage("達成率は150％となりました。\n対象は中小企業です。", n=3),
    ]


class TestNumberPassages:
    def test_numbers_in_order_and_drops_duplicate_chunks(self):
        a = make_passage("A", n=5, cid="a")
        b = make_passage("B", n=9, cid="b")
        numbered = number_passages([a, b, make_passage("A", n=7, cid="a")])
        assert [(p.chunk.id, p.rank) for p in numbered] == [("a", 1), ("b", 2)]
        assert a.rank == 5  # the input is not mutated

    def test_empty(self):
        assert number_passages([]) == []


class TestMarkers:
    @pytest.mark.parametrize(
        ("answer", "expected_text", "cited"),
        [
            ("補助率は2分の1です[1]。", "補助率は2分の1です[1]。", [1]),
            ("補助率は2分の1です［１］。", "補助率は2分の1です[1]。", [1]),
            ("補助率と件数です[1, 2]。", "補助率と件数です[1][2]。", [1, 2]),
            ("補助率と件数です［１、２］。", "補助率と件数です[1][2]。", [1, 2]),
            ("補助率と件数です[1][2]。", "補助率と件数です[1][2]。", [1, 2]),
            ("補助率です[1][1]。", "補助率です[1]。", [1]),
            ("補助率は2分の1です。[1]", "補助率は2分の1です。[1]", [1]),
            ("対象は中小企業です[3]。", "対象は中小企業です[3]。", [3]),
        ],
    )
    def test_canonical_markers_and_model_numbering_kept(self, passages, answer, expected_text, cited):
        result = validate_answer(answer, passages)
        assert result.text == expected_text
        assert [c.n for c in result.citations] == cited
        assert [c.passage for c in result.citations] == [passages[n - 1] for n in cited]
        assert result.warnings == []

    def test_marker_pointing_nowhere_is_removed_with_warning(self, passages):
        result = validate_answer("補助率は2分の1です[1][7]。対象は中小企業です [9]。", passages)
        assert result.text == "補助率は2分の1です[1]。対象は中小企業です。"
        assert result.warnings[:2] == [
            "存在しない出典番号 [7] を削除しました。",
            "存在しない出典番号 [9] を削除しました。",
        ]
        assert [c.n for c in result.citations] == [1]

    def test_mixed_valid_and_invalid_in_one_group(self, passages):
        result = validate_answer("補助率と件数です[2, 8]。", passages)
        assert result.text == "補助率と件数です[2]。"
        assert result.warnings == ["存在しない出典番号 [8] を削除しました。"]

    def test_four_digit_brackets_are_not_markers(self, passages):
        result = validate_answer("令和6年度の採択件数は33件でした[2]。[2024]", passages)
        assert "[2024]" in result.text

    def test_strip_markers(self):
        assert strip_markers("AはBです[1]。CはDです［２、３］。") == "AはBです。CはDです。"


class TestNumbers:
    @pytest.mark.parametrize(
        "answer",
        [
            "補助上限額は4,071万円です[1]。",
            "補助上限額は4071万円です[1]。",
            "補助上限額は４，０７１万円です[1]。",
            "補助率は1/2です[1]。",
            "補助率は２分の１です[1]。",
            "採択件数は33件、予算総額は12億円でした[2]。",
            "達成率は150%でした[3]。",
            "1. 補助上限額は4,071万円です[1]。",
            "(2) 採択件数は33件です[2]。",
            "② 採択件数は33件です[2]。",
            "採択件数は33件[2]、補助率は1/2です[1]。",
        ],
    )
    def test_backed_figures_are_not_flagged(self, passages, answer):
        result = validate_answer(answer, passages)
        assert "⚠" not in result.text
        assert result.warnings == []
        assert result.unsupported_sentences == []

    def test_unbacked_figure_flagged_with_visible_marker(self, passages):
        result = validate_answer("採択件数は35件でした[2]。対象は中小企業です[3]。", passages)
        assert result.text == "採択件数は35件でした[2]。（⚠出典で確認できない数値: 35）対象は中小企業です[3]。"
        assert result.warnings == ["出典で確認できない数値があります: 35（「採択件数は35件でした。」）"]
        assert result.unsupported_sentences == ["採択件数は35件でした[2]。"]

    def test_figure_must_be_in_the_cited_passage_not_another(self, passages):
        # 33件 is in passage 2, but the sentence cites passage 1.
        result = validate_answer("採択件数は33件でした[1]。", passages)
        assert result.text.endswith("（⚠出典で確認できない数値: 33）")

    def test_decimal_is_not_matched_inside_a_larger_number(self):
        ps = [make_passage("成長率は11.5%でした。")]
        result = validate_answer("成長率は1.5%でした[1]。", ps)
        assert result.text == "成長率は1.5%でした[1]。（⚠出典で確認できない数値: 1.5）"

    def test_several_unbacked_figures_listed_once(self, passages):
        result = validate_answer("予算は13億円、件数は40件、再び40件です[2]。", passages)
        assert result.text.endswith("（⚠出典で確認できない数値: 13, 40）")

    def test_figures_in_title_section_and_context_count(self):
        ps = [make_passage("補助対象は設備投資です。", title="第3次計画", section="別表2", context="上限 500万円")]
        result = validate_answer("第3次計画の別表2では上限500万円です[1]。", ps)
        assert result.warnings == []

    def test_extract_numbers(self):
        assert extract_numbers("４，０７１万円、2分の1、150％、3.5倍") == ["4071", "1/2", "150", "3.5"]


class TestYears:
    """Era years are backed by their Western equivalents (assistant.normalize.year_equivalents)."""

    @pytest.mark.parametrize(
        "answer",
        [
            "2024年度の採択件数は33件でした[2]。",
            "令和6年度（2024年度）の採択件数は33件でした[2]。",
            "令和6年度の採択件数は33件でした[2]。",
        ],
    )
    def test_equivalent_year_forms_are_backed(self, passages, answer):
        result = validate_answer(answer, passages)
        assert result.warnings == []
        assert "⚠" not in result.text

    def test_western_year_in_passage_backs_era_year(self):
        ps = [make_passage("2024年度の予算は12億円です。")]
        result = validate_answer("令和6年度（2024年度）の予算は12億円です[1]。", ps)
        assert result.warnings == []

    def test_other_year_is_flagged(self, passages):
        result = validate_answer("2025年度の採択件数は33件でした[2]。", passages)
        assert result.text.endswith("（⚠出典で確認できない数値: 2025）")


class TestUncited:
    def test_uncited_figure_found_in_some_passage(self, passages):
        result = validate_answer("採択件数は33件でした。", passages)
        assert result.text == "採択件数は33件でした。（⚠出典番号なし）"
        assert result.warnings == [UNCITED_WARNING]
        assert result.citations == []

    def test_uncited_figure_found_nowhere(self, passages):
        result = validate_answer("対象は中小企業です[3]。\n予算は99億円です。", passages)
        assert result.text == "対象は中小企業です[3]。\n予算は99億円です。（⚠出典で確認できない数値: 99）"
        assert result.warnings == ["出典で確認できない数値があります: 99（「予算は99億円です。」）", UNCITED_WARNING]
        assert result.unsupported_sentences == ["予算は99億円です。"]

    def test_long_uncited_sentence_reported_without_marker(self, passages):
        sentence = "この補助事業は地域の中小企業の設備投資を支援し、生産性の向上を図るものです。"
        result = validate_answer(f"対象は中小企業です[3]。{sentence}", passages)
        assert result.text == f"対象は中小企業です[3]。{sentence}"
        assert result.warnings == [UNCITED_WARNING]
        assert result.unsupported_sentences == [sentence]

    def test_greetings_headings_and_short_sentences_need_no_marker(self, passages):
        text = (
            "〇〇株式会社\nご担当者様\n\n平素より格別のご高配を賜り、厚く御礼申し上げます。\n"
            "お問い合わせいただいた件について、関係資料に基づき下記のとおりご回答いたします。\n"
            "## 補助の内容\n補助率は2分の1です[1]。\n以上です。\n何卒よろしくお願い申し上げます。"
        )
        result = validate_answer(text, passages)
        assert result == ValidationResult(text=text, citations=result.citations, warnings=[], unsupported_sentences=[])
        assert [c.n for c in result.citations] == [1]

    def test_markdown_answer(self, passages):
        text = (
            "令和6年度（2024年度）の実績は次のとおりです。\n"
            "- **補助率**：2分の1 [1]\n"
            "| 項目 | 値 |\n|---|---|\n| 採択件数 | 33件 [2] |\n| 予算 | 15億円 [2] |\n"
            "補助率は2分の1です。上限額は4,071万円です[1]。"
        )
        result = validate_answer(text, passages)
        assert result.text == (
            "令和6年度（2024年度）の実績は次のとおりです。\n"
            "- **補助率**：2分の1 [1]\n"
            "| 項目 | 値 |\n|---|---|\n| 採択件数 | 33件 [2] |\n| 予算 | 15億円 [2]（⚠出典で確認できない数値: 15） |\n"
            "補助率は2分の1です。（⚠出典番号なし）上限額は4,071万円です[1]。"
        )
        assert result.warnings == ["出典で確認できない数値があります: 15（「| 予算 | 15億円 |」）", UNCITED_WARNING]
        assert result.unsupported_sentences == ["| 予算 | 15億円 [2] |", "補助率は2分の1です。"]

    def test_refusal_is_not_flagged(self, passages):
        text = f"{REFUSAL}2030年度の予算について補助内容と実績の資料を確認しましたが、該当する記述はありませんでした。"
        result = validate_answer(text, passages)
        assert result.text == text
        assert result.warnings == []
        assert result.citations == []


class TestQuotes:
    def test_quote_is_the_best_matching_verbatim_sentence(self, passages):
        result = validate_answer("補助上限額は4,071万円です[1]。", passages)
        assert result.citations[0].quote == "補助上限額は4,071万円です。"
        assert result.citations[0].quote in passages[0].text

    def test_quote_picks_a_row(self, passages):
        result = validate_answer("対象は中小企業です[3]。", passages)
        assert result.citations[0].quote == "対象は中小企業です。"

    def test_best_quote_edge_cases(self):
        assert best_quote("", ["x"]) == ""
        assert best_quote("一文だけ", ["関係ない"]) == "一文だけ"


class TestRefusal:
    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            (REFUSAL, True),
            ("資料に記載が見当たりません。補助金の資料を確認しました。", True),
            ("現在の資料に記載が見当たりませんでした。", True),
            ("補助率は2分の1です[1]。", False),
        ],
    )
    def test_is_refusal(self, text, expected):
        assert is_refusal(text) is expected
