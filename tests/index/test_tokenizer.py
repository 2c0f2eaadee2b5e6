"""JapaneseTokenizer: Sudachi normalised content words for BM25."""

from __future__ import annotations

import threading

import pytest

from index.tokenizer import MAX_CHARS_PER_CALL, JapaneseTokenizer, _pieces, get_tokenizer


@pytest.fixture(scope="module")
def tok() -> JapaneseTokenizer:
    return get_tokenizer()


class TestTokenize:
    @pytest.mark.parametrize(
        "text, expected",
        [
            # particles (は, の), auxiliaries (です, た) and punctuation are dropped
            ("遼寧省の人口は約4,200万人です。", ["遼寧省", "人口", "約", "42000000", "人"]),
            # NFKC: full-width letters and digits; lower-cased normalised forms
            ("ＭＯＵを締結した。", ["mou", "締結", "為る"]),
            ("前年比１２％増", ["前年比", "12", "%", "増"]),
            # thousands separators are removed before Sudachi sees the number
            ("売上は1,234,567円", ["売り上げ", "1234567", "円"]),
            ("中日（大連）地方発展協力モデル区", ["中日", "大連", "地方", "発展", "協力", "モデル", "区"]),
            ("", []),
            ("、。　！", []),
        ],
    )
    def test_tokens(self, tok, text, expected):
        assert tok.tokenize(text) == expected

    def test_same_number_written_differently_gives_same_token(self, tok):
        assert tok.tokenize("4,071万人") == tok.tokenize("４０７１万人")

    def test_text_longer_than_sudachi_limit(self, tok):
        # 60k kanji = 180 kB in UTF-8, far above Sudachi's 49149-byte limit
        tokens = tok.tokenize("漢" * 60_000)
        assert len(tokens) > 0
        assert set(tokens) == {"漢"}

    def test_long_multiline_text_keeps_every_line(self, tok):
        text = "\n".join(f"第{i}回の会議で予算を承認した。" for i in range(3000))
        tokens = tok.tokenize(text)
        assert tokens.count("会議") == 3000
        assert tokens.count("予算") == 3000

    def test_shared_instance(self):
        assert get_tokenizer() is get_tokenizer()

    def test_threads_get_same_result(self, tok):
        text = "神奈川県は遼寧省と友好提携を結び、経済交流を進めている。" * 20
        expected = tok.tokenize(text)
        results: list[list[str]] = []
        errors: list[BaseException] = []

        def work():
            try:
                for _ in range(20):
                    results.append(tok.tokenize(text))
            except BaseException as e:  # collected and asserted below
                errors.append(e)

        threads = [threading.Thread(target=work) for _ in range(4)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        assert errors == []
        assert len(results) == 80
        assert all(r == expected for r in results)


class TestContentRuns:
    @pytest.mark.parametrize(
        "text, expected",
        [
            # casual endings (してる, って書いてあります) and interrogatives (どんな) split runs, so a
            # question's bigrams never join a verb ending to the next noun (るコ, る背)
            ("中国の地方都市を紹介してるコラムで、洛陽が伸びてる背景にはどんな国の政策が重なってるって書いてあります？",
             ["中国", "地方都市", "紹介", "コラム", "洛陽", "伸び", "背景", "国", "政策", "重なっ"]),
            # a word written in kana keeps its particle-like characters (ものづくり, not づくり)
            ("ものづくり支援のさらなる強化のための補助率はいくらですか", ["ものづくり支援", "強化", "補助率"]),
            ("株洲について、そこは何が有名ですか", ["株洲", "有名"]),
            # a symbol inside a label stays in it; brackets split
            ("認定事業所数※１は「該当なし」ですか", ["認定事業所数※1", "該当なし"]),
            # a conjunction inside a label joins it; one that starts a question does not
            ("じゃあ助成額及び経済的効果は？", ["助成額及び経済的効果"]),
            ("令和5年度の目標値と実績値はそれぞれ何件ですか", ["令和5年度", "目標値", "実績値", "件"]),
            ("", []),
        ],
    )
    def test_runs(self, tok, text, expected):
        assert tok.content_runs(text) == expected

    def test_every_run_is_printed_in_the_text(self, tok):
        text = "ＭＯＵの締結日は２０１８年５月８日でしたっけ？"
        runs = tok.content_runs(text)
        assert runs and all(r in "MOUの締結日は2018年5月8日でしたっけ?" for r in runs)


class TestPieces:
    def test_short_text_is_one_piece(self):
        assert list(_pieces("a\nb\n")) == ["a\nb\n"]

    def test_pieces_respect_limit_and_keep_all_text(self):
        text = ("あ" * 30 + "。") * 50 + "\n" + "い" * 95 + "\n"
        pieces = list(_pieces(text, limit=100))
        assert all(len(p) <= 100 for p in pieces)
        assert "".join(pieces) == text

    def test_default_limit_is_below_sudachi_bytes(self):
        assert MAX_CHARS_PER_CALL * 4 < 49149


def test_an_interrogative_noun_splits_a_run(tok):
    # いつごろ is a noun to Sudachi; its letters name nothing a passage holds
    assert tok.content_runs("最初の更新はいつごろになりますか？") == ["最初", "更新"]


def test_place_names_are_sudachis_地名_only(tok):
    # 磁気浮上 is a proper noun to Sudachi but no place; 株洲 and ハノイ are places
    assert tok.place_names("株洲は中低速磁気浮上鉄道を作り、ハノイにも拠点がある。") == ["株洲", "ハノイ"]
