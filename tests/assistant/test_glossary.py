"""Tests of assistant.glossary: loading, errors with Japanese messages, alias expansion."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from assistant.errors import PolicyAssistantError
from assistant.glossary import BUNDLED_GLOSSARY, Glossary, GlossaryEntry, GlossaryError
from assistant.normalize import norm_for_match
from assistant.settings import Settings

BUNDLED_DOCS = Path(__file__).resolve().parents[2] / "corpus" / "documents"


@pytest.fixture(scope="module")
def glossary() -> Glossary:
    return Glossary.load()


class TestBundledGlossary:
    def test_loads_with_a_sensible_size(self, glossary):
        assert 15 <= len(glossary) <= 40  # (small and editable: policy names, contact words, country names)
        canonicals = [e.canonical for e in glossary.entries]
        assert len(canonicals) == len(set(canonicals))

    def test_explains_how_to_edit(self):
        about = json.loads(BUNDLED_GLOSSARY.read_text(encoding="utf-8"))["about"]
        assert "POLICY_ASSISTANT_GLOSSARY" in about and "aliases" in about

    def test_every_entry_names_something_in_the_bundled_documents(self, glossary):
        corpus = "".join(norm_for_match(p.read_text(encoding="utf-8")).casefold() for p in BUNDLED_DOCS.glob("*.txt"))
        missing = [e.canonical for e in glossary.entries
                   if not any(norm_for_match(n).casefold() in corpus for n in e.names)]
        assert missing == []


class TestExpand:
    @pytest.mark.parametrize(
        "text, expected",
        [
            ("ロボット特区の実証実験は？", ["さがみロボット産業特区", "さがみロボット特区", "ロボット産業特区", "実証試験"]),
            ("KPIの達成状況", ["数値目標", "評価指標", "目標値"]),
            ("ｍｏｕ締結先", ["覚書", "了解覚書"]),  # width and case do not matter
            ("セレクト神奈川ネクストの件数", ["セレクト神奈川NEXT"]),  # a name inside the text is not repeated
            ("大連 モデル区の面積", ["中日(大連)地方発展協力モデル区", "中日(大連)地方協力発展モデル区",
                                   "中日大連地方発展協力モデル区", "日中(大連)地方発展協力モデル区"]),
            ("スタートアップ支援", ["ベンチャー", "ベンチャー企業"]),
            ("遼寧省の総人口", []),  # 遼寧 is inside 遼寧省: nothing new to add
            ("濰坊の農業機械", []),
            ("", []),
        ],
    )
    def test_expand(self, glossary, text, expected):
        assert glossary.expand(text) == expected

    def test_longest_name_wins(self, glossary):
        found = glossary.find("京浜臨海部ライフイノベーション国際戦略総合特区の対象区域")
        assert [e.canonical for e in found] == ["京浜臨海部ライフイノベーション国際戦略総合特区"]
        assert "総合特別区域" not in glossary.expand("京浜臨海部ライフイノベーション国際戦略総合特区の対象区域")

    def test_short_alias_expands_to_the_long_name(self, glossary):
        assert "京浜臨海部ライフイノベーション国際戦略総合特区" in glossary.expand("京浜臨海部の特区で、医薬品の新規開発件数")
        assert glossary.expand("総合特区の指定")[:1] == ["総合特別区域"]

    def test_terms_in_text_order(self, glossary):
        names = glossary.expand("補助金とKPI")
        assert names.index("助成金") < names.index("数値目標")

    def test_entry_names_are_nfkc_and_unique(self):
        e = GlossaryEntry("中日（大連）地方発展協力モデル区", ("中日(大連)地方発展協力モデル区", " 大連モデル区 ", ""))
        assert e.names == ("中日(大連)地方発展協力モデル区", "大連モデル区")


class TestLoad:
    def test_user_file_from_settings(self, tmp_path):
        path = tmp_path / "my_glossary.json"
        path.write_text(json.dumps({"entries": [{"canonical": "企業誘致促進賃料補助金", "aliases": ["家賃の補助"]}]},
                                   ensure_ascii=False), encoding="utf-8")
        settings = Settings.from_env({"POLICY_ASSISTANT_GLOSSARY": str(path)}, dotenv=None)
        g = Glossary.load(settings.glossary_path)
        assert len(g) == 1
        assert g.expand("家賃の補助はいくら？") == ["企業誘致促進賃料補助金"]
        assert g.expand("ロボット特区") == []  # the user file replaces the bundled one

    def test_none_is_the_bundled_file(self, glossary):
        assert Glossary.load(None).entries == glossary.entries

    def test_bad_json_names_the_file_in_japanese(self, tmp_path):
        path = tmp_path / "broken.json"
        path.write_text('{"entries": [{"canonical": "MOU", "aliases": ["覚書",]}]}', encoding="utf-8")
        with pytest.raises(GlossaryError, match="invalid JSON") as info:
            Glossary.load(path)
        assert isinstance(info.value, PolicyAssistantError)
        assert info.value.ja.startswith(f"用語集ファイル {path} の JSON の書式が正しくありません")
        assert "1行目" in info.value.ja
        assert info.value.path == path

    def test_missing_file(self, tmp_path):
        path = tmp_path / "nope.json"
        with pytest.raises(GlossaryError, match="file not found") as info:
            Glossary.load(path)
        assert info.value.ja == f"用語集ファイルが見つかりません: {path}"

    @pytest.mark.parametrize(
        "data, error, ja",
        [
            ([], 'top level must be an object with an "entries" list', '"entries" の一覧'),
            ({"entries": {}}, 'top level must be an object with an "entries" list', '"entries" の一覧'),
            ({"entries": ["MOU"]}, "entry 1 is not an object", "1番目の項目がオブジェクトではありません"),
            ({"entries": [{"canonical": " "}]}, "entry 1: canonical must be a non-empty string, got ' '",
             '1番目の項目の "canonical" が空か文字列ではありません'),
            ({"entries": [{"canonical": "MOU", "aliases": "覚書"}]},
             "entry 1 (MOU): aliases must be a list of strings, got '覚書'", '1番目の項目（MOU）の "aliases"'),
            ({"entries": [{"canonical": "MOU"}, {"canonical": "補助金", "aliases": [1]}]},
             "entry 2 (補助金): aliases must be a list of strings, got [1]", "2番目の項目（補助金）"),
        ],
    )
    def test_bad_shape(self, tmp_path, data, error, ja):
        path = tmp_path / "g.json"
        path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
        with pytest.raises(GlossaryError) as info:
            Glossary.load(path)
        assert str(info.value) == f"{path}: {error}"
        assert info.value.ja.startswith(f"用語集ファイル {path} の内容が正しくありません: ")
        assert ja in info.value.ja

    def test_entry_without_aliases_is_fine(self, tmp_path):
        path = tmp_path / "g.json"
        path.write_text('\ufeff{"entries": [{"canonical": "MOU"}]}', encoding="utf-8")  # BOM tolerated
        assert Glossary.load(path).entries == (GlossaryEntry("MOU", ()),)
