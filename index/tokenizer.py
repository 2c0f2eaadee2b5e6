"""Japanese word tokenizer for the lexical (BM25) index: SudachiPy, normalised forms, no particles."""

from __future__ import annotations

import re
import threading
import unicodedata

from corpus.text import split_sentences

# Sudachi rejects inputs above 49149 bytes; Japanese is 3 bytes a character in UTF-8, so
# 10k characters per call stays well under the limit.
MAX_CHARS_PER_CALL = 10_000

# Parts of speech (first level) that carry no retrieval signal.
DROPPED_POS = frozenset({"補助記号", "空白", "助詞", "助動詞"})

_ERA_NAMES = frozenset({"令和", "平成", "昭和", "大正", "明治"})
# Parts of speech that name things (what a question is about).
CONTENT_POS = frozenset({"名詞", "接頭辞", "接尾辞", "形状詞"})
# Nouns that only shape a question or a sentence (何件, 場合, ため, こと ...).
GENERIC_NOUNS = frozenset({
    "何", "なに", "いつ", "どこ", "どれ", "誰", "こと", "もの", "ため", "よう", "方", "ほう", "場合", "とき", "時",
    "ところ", "件", "人", "名", "社", "回", "点", "数", "際", "中", "上", "等", "など", "お", "ご", "さ", "的",
    "資料", "記載", "内容", "教え", "くらい", "ぐらい", "程度", "以上", "以下", "現在", "時点", "それぞれ",
    "いくら", "いくつ", "どのくらい", "どちら", "年度", "年", "月", "日",
})
# What splits a question into the runs its content words make (bigrams are taken within a run,
# never across a particle or an ending): particles, endings, punctuation, demonstratives and
# interrogatives (どんな, それ, いつ), adverbs, and light verbs (する, ある, できる: 非自立可能).
# Symbols inside a word (※, ・: 「認定事業所数※１」「ロボット・AI」) do not split it; brackets and
# punctuation do.
_RUN_BREAK_POS = frozenset({"助詞", "助動詞", "空白", "連体詞", "代名詞", "感動詞", "接続詞", "副詞"})
# Nouns and verbs that only shape a question (「何件」「いくら」「…のため」「…って書いてある」「…について」).
_RUN_BREAK_WORDS = frozenset({
    "何", "幾ら", "幾つ", "いつ頃", "其々", "抑", "後", "為", "事", "物", "様", "所", "場合", "時",
    "教える", "書く", "知る", "分かる", "言う", "思う", "つく", "関する", "伺う", "願う",
})
# Conjunctions that join the nouns of one label (「助成額及び経済的効果」) do not split it.
_RUN_JOINERS = frozenset({"及び", "並びに", "若しくは"})
_THOUSANDS_COMMA = re.compile(r"(?<=\d),(?=\d{3}(?!\d))")


class JapaneseTokenizer:
    """Turns Japanese (and mixed) text into normalised content-word tokens.

    Pipeline: NFKC, drop thousands separators ("4,071" -> "4071"), Sudachi split mode C,
    `normalized_form()` lower-cased, dropping punctuation, whitespace, particles and auxiliaries.
    The Sudachi dictionary is loaded once per instance (use `get_tokenizer()` for the shared one);
    calls are serialised with a lock because a Sudachi tokenizer is not re-entrant.
    """

    def __init__(self) -> None:
        from sudachipy import Dictionary, SplitMode

        self._dictionary = Dictionary(dict="core")
        self._tokenizer = self._dictionary.tokenizer(mode=SplitMode.C, fields={"pos", "normalized_form"})
        self._lock = threading.Lock()

    @property
    def dictionary(self):
        """The loaded Sudachi dictionary (for another tokenizer over it: assistant.wording)."""
        return self._dictionary

    def tokenize(self, text: str) -> list[str]:
        """Content-word tokens of `text`, in order (duplicates kept)."""
        if not text:
            return []
        text = _THOUSANDS_COMMA.sub("", unicodedata.normalize("NFKC", text))
        tokens: list[str] = []
        with self._lock:
            for piece in _pieces(text):
                for m in self._tokenizer.tokenize(piece):
                    if m.part_of_speech()[0] in DROPPED_POS:
                        continue
                    form = m.normalized_form().lower().strip()
                    if form:
                        tokens.append(form)
        return tokens

    def _surfaces(self, text: str) -> list[tuple[tuple[str, ...], str]]:
        """(part of speech, surface) of each morpheme of NFKC `text` (empty surfaces dropped)."""
        if not text:
            return []
        text = unicodedata.normalize("NFKC", text)
        out: list[tuple[tuple[str, ...], str]] = []
        with self._lock:
            for piece in _pieces(text):
                for m in self._tokenizer.tokenize(piece):
                    surface = m.surface().strip()
                    if surface:
                        out.append((m.part_of_speech(), surface))
        return out

    def content_words(self, text: str) -> list[str]:
        """Surface forms of the words that name things (nouns, prefixes/suffixes that attach to
        them, Latin words and figures), in order: what a question is about, without its
        interrogatives, verbs and politeness. 「ものづくり支援の補助率は？」 -> [ものづくり, 支援, 補助, 率]."""
        return [surface for pos, surface in self._surfaces(text)
                if pos[0] in CONTENT_POS and surface not in GENERIC_NOUNS and not (pos[0] == "名詞" and pos[1] == "代名詞")]

    def adverbs(self, text: str) -> list[str]:
        """Surface forms of the adverbs of `text` (初めて of 「初めて受ける者」): the manner a case
        names, which its nouns do not."""
        return [surface for pos, surface in self._surfaces(text) if pos[0] == "副詞"]

    def content_runs(self, text: str) -> list[str]:
        """The runs of NFKC `text` between its particles, endings, interrogatives and light verbs,
        as printed: 「洛陽が伸びてる背景にはどんな政策が」 -> [洛陽, 伸び, 背景, 政策]. A question's
        bigrams are taken within these runs (「紹介してるコラム」 holds no bigram るコ)."""
        if not text:
            return []
        text = unicodedata.normalize("NFKC", text)
        runs: list[str] = []
        run = ""
        with self._lock:
            for piece in _pieces(text):
                for m in self._tokenizer.tokenize(piece):
                    pos = m.part_of_speech()
                    surface = m.surface()
                    if m.normalized_form() in _RUN_JOINERS:
                        run += surface
                    elif (not surface.strip() or pos[0] in _RUN_BREAK_POS or pos[1] == "非自立可能"
                            or (pos[0] == "補助記号" and pos[1] != "一般")
                            or m.normalized_form() in _RUN_BREAK_WORDS):
                        if run:
                            runs.append(run)
                        run = ""
                    else:
                        run += surface
                if run:
                    runs.append(run)
                run = ""
        return runs

    def proper_nouns(self, text: str) -> list[str]:
        """Proper nouns of `text` (places, organisations, names; not era names): what a question
        names that an answer must be about. 「鎌倉市の件数は？」 -> [鎌倉市]."""
        return [surface for pos, surface in self._surfaces(text)
                if pos[0] == "名詞" and pos[1] == "固有名詞" and surface not in _ERA_NAMES]

    def place_names(self, text: str) -> list[str]:
        """Place names of `text` (Sudachi's 地名: 株洲, ハノイ, 神奈川県), in order."""
        return [surface for pos, surface in self._surfaces(text) if pos[1] == "固有名詞" and pos[2] == "地名"]

    def country_names(self, text: str) -> list[str]:
        """Names of countries in `text` (Sudachi's 地名・国: 米国, シンガポール, ベトナム), in order."""
        return [surface for pos, surface in self._surfaces(text)
                if pos[1] == "固有名詞" and pos[2] == "地名" and pos[3] == "国"]

    def tokenize_many(self, texts: list[str]) -> list[list[str]]:
        """`tokenize` for each text."""
        return [self.tokenize(t) for t in texts]


def _pieces(text: str, limit: int = MAX_CHARS_PER_CALL):
    """Split `text` into non-empty pieces of at most `limit` characters.

    Whole lines are grouped; an over-long line is cut at sentence ends, and as a last resort
    every `limit` characters (a word may be split there, which BM25 tolerates).
    """
    buf = ""
    for line in text.splitlines(keepends=True):
        if len(buf) + len(line) <= limit:
            buf += line
            continue
        if buf.strip():
            yield buf
        buf = ""
        if len(line) <= limit:
            buf = line
            continue
        for sentence in split_sentences(line):
            while len(sentence) > limit:
                if buf.strip():
                    yield buf
                buf = ""
                yield sentence[:limit]
                sentence = sentence[limit:]
            if len(buf) + len(sentence) > limit:
                if buf.strip():
                    yield buf
                buf = ""
            buf += sentence
    if buf.strip():
        yield buf


_shared: JapaneseTokenizer | None = None
_shared_lock = threading.Lock()


def get_tokenizer() -> JapaneseTokenizer:
    """The process-wide tokenizer (the Sudachi dictionary is costly to load)."""
    global _shared
    with _shared_lock:
        if _shared is None:
            _shared = JapaneseTokenizer()
        return _shared
