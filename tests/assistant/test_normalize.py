"""Tests of assistant.normalize: question normalisation, era years, year mentions, expansion."""

from __future__ import annotations

import difflib
import re
from pathlib import Path

import pytest

from assistant.glossary import Glossary
from assistant.normalize import (
    ExpandedQuery,
    YearMention,
    annotate_eras,
    era_text,
    era_to_western,
    expand_query,
    find_years,
    norm_for_match,
    normalize_question,
    western_to_era,
    year_equivalents,
)

BUNDLED = Path(__file__).resolve().parents[2] / "corpus" / "documents"


class TestNormalisation:
    def test_norm_for_match_is_the_eval_normalisation(self):
        assert norm_for_match("令和６年度　の\n予算 ４，０７１万円\t㎢") == "令和6年度の予算4,071万円km2"

    @pytest.mark.parametrize(
        "raw, expected",
        [
            ("ＨＡＴＳＵ鎌倉の所在地は？", "HATSU鎌倉の所在地は？"),
            ("  令和 6 年度 の  予算は?  ", "令和6年度の予算は？"),
            ("ｾﾚｸﾄ神奈川NEXTとは", "セレクト神奈川NEXTとは"),
            ("セレクト神奈川 NEXT の件数。", "セレクト神奈川 NEXT の件数。"),
            ("国家戦略特区\u3000で\n規制緩和！", "国家戦略特区で規制緩和！"),
            ("what is MOU?", "what is MOU？"),
        ],
    )
    def test_normalize_question(self, raw, expected):
        assert normalize_question(raw) == expected


class TestEras:
    @pytest.mark.parametrize(
        "era, year, expected, error",
        [
            ("令和", 1, 2019, None),
            ("令和", 6, 2024, None),
            ("平成", 1, 1989, None),
            ("平成", 30, 2018, None),
            ("平成", 31, 2019, None),
            ("平成", 32, 2020, None),  # written before the 2019 change of era
            ("昭和", 64, 1989, None),
            ("昭和", 1, 1926, None),
            ("大正", 15, 1926, None),
            ("R", 6, 2024, None),
            ("H", 30, 2018, None),
            ("S", 64, 1989, None),
            ("ｒ", 2, 2020, None),
            ("Ｈ", 29, 2017, None),
            ("㍻", 29, 2017, None),
            ("令和", 0, None, "令和 year must be between 1 and 99, got 0"),
            ("平成", 33, None, "平成 year must be between 1 and 32, got 33"),
            ("昭和", 65, None, "昭和 year must be between 1 and 64, got 65"),
            ("大正", 16, None, "大正 year must be between 1 and 15, got 16"),
            ("西暦", 1, None, "unknown era '西暦'"),
            ("X", 1, None, "unknown era 'X'"),
            ("令和", "6", None, "era year must be an int, got '6'"),
            ("令和", True, None, "era year must be an int, got True"),
        ],
    )
    def test_era_to_western(self, era, year, expected, error):
        if error:
            with pytest.raises(ValueError, match=re.escape(error)):
                era_to_western(era, year)
        else:
            assert era_to_western(era, year) == expected

    @pytest.mark.parametrize(
        "year, expected",
        [
            (2024, [("令和", 6)]),
            (2019, [("平成", 31), ("令和", 1)]),
            (2018, [("平成", 30)]),
            (2020, [("令和", 2)]),  # not 平成32: only eras really in use
            (1989, [("昭和", 64), ("平成", 1)]),
            (1926, [("大正", 15), ("昭和", 1)]),
            (1500, []),
        ],
    )
    def test_western_to_era(self, year, expected):
        assert western_to_era(year) == expected

    @pytest.mark.parametrize(
        "year, suffix, expected",
        [(2024, "年度", "令和6年度"), (2019, "年度", "令和元年度"), (2019, "年", "令和元年"),
         (1989, "年度", "平成元年度"), (2018, "年", "平成30年"), (1500, "年", "1500年")],
    )
    def test_era_text(self, year, suffix, expected):
        assert era_text(year, suffix) == expected

    def test_round_trip(self):
        for year in range(1927, 2060):
            for era, n in western_to_era(year):
                assert era_to_western(era, n) == year


def _tuples(text: str) -> list[tuple]:
    return [(m.surface, m.western, m.era, m.era_year, m.suffix) for m in find_years(text)]


class TestFindYears:
    @pytest.mark.parametrize(
        "text, expected",
        [
            ("令和６年度の予算", [("令和６年度", 2024, "令和", 6, "年度")]),
            ("令和元年11月に開設", [("令和元年", 2019, "令和", 1, "年")]),
            ("平成29年度の実績", [("平成29年度", 2017, "平成", 29, "年度")]),
            ("2024年度と２０２３年", [("2024年度", 2024, None, None, "年度"), ("２０２３年", 2023, None, None, "年")]),
            ("Ｒ６実績、H27の推計", [("Ｒ６", 2024, "令和", 6, ""), ("H27", 2015, "平成", 27, "")]),
            ("R6年度末", [("R6年度", 2024, "令和", 6, "年度")]),
            ("平成三十年に", [("平成三十年", 2018, "平成", 30, "年")]),
            ("平成 30年", [("平成 30年", 2018, "平成", 30, "年")]),
            ("令和6\n\n年3月", [("令和6\n\n年", 2024, "令和", 6, "年")]),
            ("平成32年度まで", [("平成32年度", 2020, "平成", 32, "年度")]),
            # ranges: both ends; the first takes the range's suffix, the second inherits the era
            ("5年間（平成29～令和3年度）累計", [("平成29", 2017, "平成", 29, "年度"), ("令和3年度", 2021, "令和", 3, "年度")]),
            ("平成30～令和4年度", [("平成30", 2018, "平成", 30, "年度"), ("令和4年度", 2022, "令和", 4, "年度")]),
            ("令和５～９年度", [("令和５", 2023, "令和", 5, "年度"), ("９年度", 2027, "令和", 9, "年度")]),
            ("平成29年度~30年度", [("平成29年度", 2017, "平成", 29, "年度"), ("30年度", 2018, "平成", 30, "年度")]),
            ("2017～2021年度", [("2017", 2017, None, None, "年度"), ("2021年度", 2021, None, None, "年度")]),
            ("2017～21年度", [("2017", 2017, None, None, "年度"), ("21年度", 2021, None, None, "年度")]),
            ("平成 30~ \n\n令和4年度", [("平成 30", 2018, "平成", 30, "年度"), ("令和4年度", 2022, "令和", 4, "年度")]),
            # not years
            ("令和0年", []),
            ("平成45年", []),
            ("5年間で1,500人", []),
            ("1,2024年", []),
            ("R2D2とHATSU鎌倉", []),
            ("令和2年~3年間", [("令和2年", 2020, "令和", 2, "年")]),
        ],
    )
    def test_find_years(self, text, expected):
        assert _tuples(text) == expected

    def test_offsets_point_into_the_text_as_given(self):
        text = "第2期は令和５～９年度、当初は２０１７年度。"
        mentions = find_years(text)
        assert [text[m.start:m.end] for m in mentions] == [m.surface for m in mentions]
        assert mentions[0] == YearMention(4, 7, "令和５", 2023, "令和", 5, "年度")

    def test_bundled_corpus_years_are_plausible(self):
        found = []
        for path in sorted(BUNDLED.glob("*.txt")):
            text = path.read_text(encoding="utf-8")
            for m in find_years(text):
                assert text[m.start:m.end] == m.surface
                assert 1868 <= m.western <= 2100, m
                found.append((path.name[:3], norm_for_match(m.surface), m.western))
        assert ("004", "平成29", 2017) in found  # 5年間(平成29~令和3年度)
        assert ("004", "令和3年度", 2021) in found
        assert ("002", "令和元年", 2019) in found


class TestYearEquivalents:
    @pytest.mark.parametrize(
        "text, expected",
        [
            ("令和6年度", {"令和6年度", "2024年度", "令和6年", "2024年"}),
            ("令和６年度", {"令和6年度", "2024年度", "令和6年", "2024年"}),
            ("2024年", {"令和6年度", "2024年度", "令和6年", "2024年"}),
            ("令和元年", {"令和元年", "令和1年", "2019年", "平成31年", "令和元年度", "令和1年度", "2019年度", "平成31年度"}),
            ("平成32年度", {"平成32年度", "2020年度", "令和2年度", "平成32年", "2020年", "令和2年"}),
            ("R2実績", {"令和2年", "2020年", "令和2年度", "2020年度"}),
            ("年度の話", set()),
        ],
    )
    def test_year_equivalents(self, text, expected):
        assert year_equivalents(text) == expected

    def test_range_yields_both_ends(self):
        forms = year_equivalents("平成29～令和3年度")
        assert {"2017年度", "平成29年度", "2021年度", "令和3年度"} <= forms


class TestAnnotateEras:
    @pytest.mark.parametrize(
        "text, expected",
        [
            ("令和6年度", "令和6年度（2024年度）"),
            ("2024年度", "2024年度（令和6年度）"),
            ("令和元年11月", "令和元年（2019年）11月"),
            ("2019年度", "2019年度（令和元年度）"),
            ("2019年4月", "2019年（平成31年）4月"),
            ("2019年5月", "2019年（令和元年）5月"),
            ("2019年", "2019年（平成31年／令和元年）"),
            ("平成29～令和3年度", "平成29～令和3年度（2017～2021年度）"),
            ("令和５～９年度", "令和５～９年度（2023～2027年度）"),
            ("2017～2021年度", "2017～2021年度（平成29～令和3年度）"),
            ("2023～2027年度", "2023～2027年度（令和5～9年度）"),
            ("R2実績", "R2（2020年）実績"),
            # already annotated: left alone
            ("令和6年度（2024年度）", "令和6年度（2024年度）"),
            ("2016年(平成28年)", "2016年(平成28年)"),
            ("2024年度（令和6年度）の予算", "2024年度（令和6年度）の予算"),
            # a parenthesis with another year is not an annotation
            ("令和6年度（2023年度比）", "令和6年度（2024年度）（2023年度（令和5年度）比）"),
            ("年度なし", "年度なし"),
        ],
    )
    def test_annotate(self, text, expected):
        assert annotate_eras(text) == expected

    @pytest.mark.parametrize("name", sorted(p.name for p in BUNDLED.glob("*.txt")))
    def test_idempotent_on_bundled_documents(self, name):
        text = (BUNDLED / name).read_text(encoding="utf-8")
        once = annotate_eras(text)
        assert annotate_eras(once) == once
        assert len(once) > len(text)
        # only insertions of one parenthesis each (line by line: annotations hold no newline)
        inserted = []
        for a, b in zip(text.split("\n"), once.split("\n"), strict=True):
            for tag, _, _, j1, j2 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
                if tag != "equal":
                    assert tag == "insert", (a, b)
                    inserted.append(b[j1:j2])
        # (difflib may align an inserted "（…）" shifted by one bracket, hence no fullmatch)
        assert inserted and all(x.count("（") == x.count("）") == 1 and re.search("[0-9元]", x) for x in inserted)


class TestExpandQuery:
    def test_western_year_gets_era_forms(self):
        q = expand_query("国際共同治験の件数、2017年度の実績は何件でしたか?")
        assert q == ExpandedQuery(
            text="国際共同治験の件数、2017年度の実績は何件でしたか？",
            lexical="国際共同治験の件数、2017年度の実績は何件でしたか？ 平成29年度 平成29年",
            dense="国際共同治験の件数、2017年度の実績は何件でしたか？（平成29年度）",
            years={2017},
            terms=["平成29年度", "平成29年"],
        )

    def test_era_year_gets_western_forms(self):
        q = expand_query("かなエールの掲載プロジェクトは、令和６年度に何件？")
        assert q.years == {2024}
        assert "2024年度" in q.lexical.split()
        assert q.terms[:2] == ["2024年度", "2024年"]
        assert q.dense.endswith("（2024年度）")

    def test_2024_gets_reiwa6(self):
        assert "令和6年度" in expand_query("2024年度の実績は？").terms

    def test_no_year_no_glossary_is_just_the_text(self):
        q = expand_query("遼寧省の総人口は何人ですか？")
        assert (q.text, q.lexical, q.dense, q.years, q.terms) == (
            "遼寧省の総人口は何人ですか？", "遼寧省の総人口は何人ですか？", "遼寧省の総人口は何人ですか？", set(), [])

    def test_glossary_terms_are_added_to_lexical_only(self):
        q = expand_query("さがみロボット特区の実証実験の件数、令和6年度末は？", Glossary.load())
        assert "さがみロボット産業特区" in q.terms
        assert "さがみロボット産業特区" in q.lexical
        assert "さがみロボット産業特区" not in q.dense
        assert q.terms.index("2024年度") < q.terms.index("さがみロボット産業特区")

    def test_range_in_question(self):
        q = expand_query("平成29～令和3年度の累計目標は？")
        assert q.years == {2017, 2021}
        assert {"2017年度", "2021年度"} <= set(q.terms)
        assert q.dense.endswith("（2017～2021年度）")
