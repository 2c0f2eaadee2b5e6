"""Text normalisation for questions and Japanese era years.

Pure functions, no I/O:

- `norm_for_match` is the evaluation normalisation (NFKC, no whitespace);
- `normalize_question` tidies a user's question before retrieval (`series_words` writes 「次の回」
  as the documents do, 次回);
- `era_to_western` / `western_to_era` convert between 令和/平成/... and Western years;
- `find_years` locates year mentions (令和６年度, 平成29～令和3年度, 2024年, Ｒ６, ...) with offsets
  into the text as given;
- `year_equivalents` lists every written form of those years (to check that a year in an answer
  is backed by a passage) and `annotate_eras` adds the other form for display;
- `expand_query` turns a question into the texts the dense and lexical retrievers search with.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:  # the glossary imports this module; avoid a cycle at run time
    from assistant.glossary import Glossary

__all__ = [
    "norm_for_match",
    "normalize_question",
    "series_words",
    "era_to_western",
    "western_to_era",
    "era_text",
    "era_on",
    "YearMention",
    "find_years",
    "year_spans",
    "year_equivalents",
    "annotate_eras",
    "ExpandedQuery",
    "expand_query",
]

Suffix = Literal["年", "年度", ""]


# --- plain normalisation ------------------------------------------------------------------------

_WS_RE = re.compile(r"\s+")
# Characters between which a space carries no meaning in Japanese text (kana, kanji, CJK punctuation).
_JA = r"\u3000-\u30FF\u3400-\u4DBF\u4E00-\u9FFF\uF900-\uFAFF\uFF01-\uFF0F\uFF1A-\uFF20"
_JA_SPACE_RE = re.compile(rf"(?<=[{_JA}]) (?=[{_JA}0-9])|(?<=[0-9]) (?=[{_JA}])")


def norm_for_match(s: str) -> str:
    """NFKC and no whitespace at all: the normalisation every evaluation comparison uses."""
    return _WS_RE.sub("", unicodedata.normalize("NFKC", s))


# The next or last of a series said in plain words, which documents write as one word: 「次の回」
# is 次回, 「次の調査」 次回の調査, 「前の回の募集」 前回の募集.
# (what is surveyed may come between: 「次の日本茶の輸出の調査」; not a year: 「次の年度の調査」)
_SERIES_WORD = re.compile(r"(?P<which>次|前)の(?:(?P<kai>回)|(?!よう|とおり|通り)(?=[^、。？?\s年月度0-9]{0,12}?(?:調査|会合|開催|募集|公募|審査)))")


def series_words(text: str) -> str:
    """「次の回」 -> 次回, 「次の調査」 -> 次回の調査: the words documents write for the next or last
    of a series (`_SERIES_WORD`)."""
    return _SERIES_WORD.sub(lambda m: m.group("which") + "回" + ("" if m.group("kai") else "の"), text)


def normalize_question(s: str) -> str:
    """Tidy a question: NFKC (full/half width unified), whitespace collapsed.

    Spaces between two Japanese characters, or a Japanese character and a digit, are dropped
    (they are typing noise: 令和 6 年度 -> 令和6年度); spaces next to Latin words are kept. Trailing 。/？ are kept; a trailing ASCII ``?``/``!`` becomes ``？``/``！``
    so questions look the same however they were typed.
    """
    text = unicodedata.normalize("NFKC", s)
    text = _WS_RE.sub(" ", text).strip()
    text = _JA_SPACE_RE.sub("", text)
    text = series_words(text)
    if text.endswith("?"):
        text = text[:-1] + "？"
    elif text.endswith("!"):
        text = text[:-1] + "！"
    return text


# --- eras ------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Era:
    name: str
    abbr: str
    start: date  # first day of the era
    max_year: int  # largest era year accepted in documents


# 平成32年 (= 2020) appears in documents written before the 2019 change of era, so it is accepted
# although 平成 ended in its 31st year. 令和 has no end yet: 99 bounds typos, not history.
_ERAS: tuple[_Era, ...] = (
    _Era("明治", "M", date(1868, 1, 25), 45),
    _Era("大正", "T", date(1912, 7, 30), 15),
    _Era("昭和", "S", date(1926, 12, 25), 64),
    _Era("平成", "H", date(1989, 1, 8), 32),
    _Era("令和", "R", date(2019, 5, 1), 99),
)
_BY_NAME = {e.name: e for e in _ERAS}
_BY_ABBR = {e.abbr: e for e in _ERAS}


def _era_end_year(era: _Era) -> int | None:
    """Last Western year (inclusive) in which `era` was actually in use; None for the current era."""
    i = _ERAS.index(era)
    return _ERAS[i + 1].start.year if i + 1 < len(_ERAS) else None


def _lookup_era(era: str) -> _Era:
    key = unicodedata.normalize("NFKC", str(era)).strip()
    found = _BY_NAME.get(key) or _BY_ABBR.get(key.upper())
    if found is None:
        names = "/".join(e.name for e in _ERAS)
        raise ValueError(f"unknown era {era!r}; expected one of {names} or R/H/S/T/M")
    return found


def era_to_western(era: str, year: int) -> int:
    """Western year of an era year: ``era_to_western("令和", 6) == 2024``.

    `era` is an era name (令和, 平成, 昭和, 大正, 明治; ㍻-style squares work too) or its Latin
    abbreviation (R, H, S, T, M). 元年 is year 1.

    Raises:
        ValueError: unknown era, or a year outside the era (令和0年, 昭和65年, 平成33年).
            平成32年 is accepted (= 2020): documents written before 2019 use it.
    """
    spec = _lookup_era(era)
    if isinstance(year, bool) or not isinstance(year, int):
        raise ValueError(f"era year must be an int, got {year!r}")
    if not 1 <= year <= spec.max_year:
        raise ValueError(f"{spec.name} year must be between 1 and {spec.max_year}, got {year!r}")
    return spec.start.year + year - 1


def western_to_era(year: int) -> list[tuple[str, int]]:
    """Every era form of a Western year, oldest era first.

    ``western_to_era(2019) == [("平成", 31), ("令和", 1)]``; years before 明治 give ``[]``.
    Only eras really in use that year are listed (2020 is not given as 平成32).
    """
    if isinstance(year, bool) or not isinstance(year, int):
        raise ValueError(f"year must be an int, got {year!r}")
    out: list[tuple[str, int]] = []
    for spec in _ERAS:
        end = _era_end_year(spec)
        if spec.start.year <= year and (end is None or year <= end):
            n = year - spec.start.year + 1
            if n <= spec.max_year:
                out.append((spec.name, n))
    return out


def _display_era(year: int, suffix: str, month: int | None = None) -> list[tuple[str, int]]:
    """The era form(s) to show next to a Western year.

    A fiscal year (年度) takes the era in force on 1 October, e.g. 2019年度 -> 令和元年度; a calendar
    year with a month takes the era on the first of that month; a bare calendar year in which the
    era changed keeps both forms (2019年 -> 平成31年／令和元年).
    """
    forms = western_to_era(year)
    if len(forms) <= 1:
        return forms
    if suffix == "年度" or month is not None:
        day = date(year, 10, 1) if suffix == "年度" else date(year, month or 1, 1)
        current = [f for f in forms if _BY_NAME[f[0]].start <= day]
        return current[-1:] or forms[:1]
    return forms


def _era_form(era: str, n: int, suffix: str) -> str:
    return f"{era}{'元' if n == 1 else n}{suffix}"


def era_on(year: int, month: int | None = None, day: int | None = None, suffix: str = "年") -> tuple[str, int] | None:
    """The era (name, year) in force on a date: ``era_on(1989, 1, 5) == ("昭和", 64)``,
    ``era_on(1989, 1, 8) == ("平成", 1)``; a fiscal year (年度) takes the era on 1 October, a
    year without a month the newer era. None before 明治."""
    forms = western_to_era(year)
    if not forms:
        return None
    if suffix == "年度":
        when = date(year, 10, 1)
    elif month is not None and 1 <= month <= 12:
        when = date(year, month, day if day and 1 <= day <= 28 + 3 else 1)
    else:
        return forms[-1]
    current = [f for f in forms if _BY_NAME[f[0]].start <= when]
    return current[-1] if current else forms[0]


def era_text(year: int, suffix: str = "年") -> str:
    """The usual era form of a Western year: ``era_text(2019, "年度") == "令和元年度"``.

    In a year of change a fiscal year takes the era in force on 1 October and a calendar year the
    newer era (2019年 -> 令和元年). Years before 明治 are returned in Western form.
    """
    forms = _display_era(year, suffix)
    if not forms:
        return f"{year}{suffix}"
    name, n = forms[-1]
    return _era_form(name, n, suffix)


# --- finding years ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class YearMention:
    """One year written in a text.

    Attributes:
        start, end: offsets of `surface` in the text as given.
        surface: the text as written (may hold full-width digits or a line break).
        western: the Western year.
        era: era name (令和, 平成, ...) when written with an era or its abbreviation, else None.
            For the second end of a range such as 令和５～９年度 it is inherited from the first.
        era_year: the year within `era` (元年 = 1), or None.
        suffix: "年", "年度" or "" (R6, H27); the first end of a range takes the range's suffix.
    """

    start: int
    end: int
    surface: str
    western: int
    era: str | None
    era_year: int | None
    suffix: Suffix


_DIG = "[0-9０-９]"
_KANJI_DIGITS = {c: i for i, c in enumerate("〇一二三四五六七八九")}
_ERA_WORD = "令和|平成|昭和|大正|明治|㋿|㍻|㍼|㍽|㍾"
_SEP = r"(?:[～~〜\-－–—―‐]|から)"
_SINGLE_RE = re.compile(
    # 令和６年度, 平成 30年, 令和元年, 平成三十年 (era name; the suffix may be missing in a range)
    rf"(?P<era>{_ERA_WORD})\s{{0,3}}(?P<ey>{_DIG}{{1,2}}|元|[一二三四五六七八九十]{{1,3}})(?!{_DIG})"
    rf"(?:\s{{0,3}}(?P<esuf>年度|年))?"
    # R6, Ｈ30年度, S64 (abbreviation; not inside a Latin word or a number)
    rf"|(?<![A-Za-zＡ-Ｚａ-ｚ0-9０-９])(?P<abbr>[RHSＲＨＳ])(?P<ay>{_DIG}{{1,2}})(?![0-9０-９A-Za-zＡ-Ｚａ-ｚ])"
    rf"(?:\s{{0,2}}(?P<asuf>年度|年))?"
    # 2024年度, ２０２４年 (a Western year needs its 年/年度, or to start a range: 2017～2021年度)
    rf"|(?<![0-9０-９,，.．])(?P<wy>{_DIG}{{4}})(?!{_DIG})"
    rf"(?:\s{{0,3}}(?P<wsuf>年度|年)|(?=\s{{0,4}}{_SEP}\s{{0,4}}{_DIG}{{2,4}}\s{{0,3}}年))"
)
# The bare second end of a range: 令和５～９年度, 平成29年度～30年度, 2017～21年度.
_TAIL_RE = re.compile(rf"\s{{0,4}}{_SEP}\s{{0,4}}(?P<n>{_DIG}{{1,2}}|元)(?!{_DIG})\s{{0,3}}(?P<suf>年度|年)(?!間)")
_GAP_RE = re.compile(rf"\s{{0,4}}{_SEP}\s{{0,4}}")
_MONTH_RE = re.compile(rf"\s{{0,2}}({_DIG}{{1,2}})\s{{0,2}}月")


def small_number(raw: str) -> int:
    """A number of one or two places written in digits, in kanji (三十, 十二) or as 元 (= 1).

    Raises:
        ValueError: `raw` is no such number.
    """
    raw = unicodedata.normalize("NFKC", raw)
    if raw == "元":
        return 1
    if raw.isdigit():
        return int(raw)
    if "十" in raw:
        tens, _, ones = raw.partition("十")
        if len(tens) > 1 or len(ones) > 1:
            raise ValueError(f"not a small number: {raw!r}")
        if not set(tens + ones) <= _KANJI_DIGITS.keys():
            raise ValueError(f"not a small number: {raw!r}")
        return (_KANJI_DIGITS[tens] if tens else 1) * 10 + (_KANJI_DIGITS[ones] if ones else 0)
    if len(raw) == 1 and raw in _KANJI_DIGITS:
        return _KANJI_DIGITS[raw]
    raise ValueError(f"not a small number: {raw!r}")


@dataclass
class _Found:
    """A mention, or a range of two mentions, as `find_years` saw it (internal)."""

    first: YearMention
    last: YearMention | None = None

    @property
    def end(self) -> int:
        return (self.last or self.first).end

    @property
    def years(self) -> list[int]:
        return [m.western for m in (self.first, self.last) if m is not None]


def _mention(text: str, start: int, end: int, western: int, era: str | None, era_year: int | None,
             suffix: str) -> YearMention:
    # Trailing whitespace inside the match (before a missing suffix) is not part of the mention.
    while end > start and text[end - 1].isspace():
        end -= 1
    return YearMention(start, end, text[start:end], western, era, era_year, suffix)  # type: ignore[arg-type]


def _single(text: str, m: re.Match) -> YearMention | None:
    try:
        if m.group("era"):
            era = _lookup_era(m.group("era")).name
            n = small_number(m.group("ey"))
            return _mention(text, m.start(), m.end(), era_to_western(era, n), era, n, m.group("esuf") or "")
        if m.group("abbr"):
            era = _lookup_era(m.group("abbr")).name
            n = small_number(m.group("ay"))
            return _mention(text, m.start(), m.end(), era_to_western(era, n), era, n, m.group("asuf") or "")
        y = small_number(m.group("wy"))
    except (ValueError, KeyError):
        return None  # 令和0年, 平成45年, 三十十年: not a year
    if not 1800 <= y <= 2199:
        return None
    return _mention(text, m.start(), m.end(), y, None, None, m.group("wsuf") or "")


def _tail(text: str, first: YearMention) -> YearMention | None:
    """The bare second end of a range starting with `first`, inheriting its era."""
    t = _TAIL_RE.match(text, first.end)
    if t is None:
        return None
    n = small_number(t.group("n"))
    try:
        if first.era is not None:
            west, era, era_year = era_to_western(first.era, n), first.era, n
        elif len(unicodedata.normalize("NFKC", t.group("n"))) == 2:
            west, era, era_year = first.western // 100 * 100 + n, None, None
        else:
            return None
    except ValueError:
        return None
    if west <= first.western:
        return None
    return _mention(text, t.start("n"), t.end(), west, era, era_year, t.group("suf"))


def _scan(text: str) -> list[_Found]:
    singles = [y for y in (_single(text, m) for m in _SINGLE_RE.finditer(text)) if y is not None]
    found: list[_Found] = []
    i = 0
    while i < len(singles):
        first = singles[i]
        nxt = singles[i + 1] if i + 1 < len(singles) else None
        if nxt is not None and _GAP_RE.fullmatch(text, first.end, nxt.start) and nxt.western >= first.western:
            if not first.suffix:
                first = YearMention(first.start, first.end, first.surface, first.western, first.era,
                                    first.era_year, nxt.suffix)
            found.append(_Found(first, nxt))
            i += 2
            continue
        last = _tail(text, first)
        if last is not None:
            if not first.suffix:
                first = YearMention(first.start, first.end, first.surface, first.western, first.era,
                                    first.era_year, last.suffix)
            found.append(_Found(first, last))
        else:
            found.append(_Found(first))
        i += 1
    return found


def find_years(text: str) -> list[YearMention]:
    """Every year written in `text`, in order, with offsets into `text` as given.

    Finds era years (令和６年度, 令和元年, 平成 30年, 平成三十年), abbreviations (R6, Ｈ30年度), Western
    years with 年/年度 (2024年度, ２０２４年) and both ends of ranges (平成30～令和4年度, 令和５～９年度,
    where the second end inherits the era). Impossible years (令和0年, 平成45年) are skipped.
    """
    out: list[YearMention] = []
    for f in _scan(text):
        out.append(f.first)
        if f.last is not None:
            out.append(f.last)
    return out


def year_spans(text: str) -> list[tuple[int, int]]:
    """Every year or range of years written in `text` as (first, last) Western years:
    令和６年度 -> (2024, 2024); 平成30～令和4年度 -> (2018, 2022)."""
    return [(f.first.western, (f.last or f.first).western) for f in _scan(text)]


# --- equivalents and display ----------------------------------------------------------------------


def _forms(m: YearMention) -> list[str]:
    """All written forms of one mention's year, own form first (NFKC, ASCII digits)."""
    suffixes = [m.suffix or "年"] + [s for s in ("年", "年度") if s != (m.suffix or "年")]
    eras = list(western_to_era(m.western))
    if m.era is not None and (m.era, m.era_year) not in eras:
        eras.append((m.era, m.era_year))  # 平成32年 stays a valid written form of 2020
    if m.era is not None:  # own era first
        eras.sort(key=lambda e: e[0] != m.era)
    out: list[str] = []
    for suf in suffixes:
        western = [f"{m.western}{suf}"]
        era_forms: list[str] = []
        for name, n in eras:
            era_forms.append(_era_form(name, n, suf))
            if n == 1:
                era_forms.append(f"{name}1{suf}")
        out.extend(era_forms + western if m.era else western + era_forms)
    return list(dict.fromkeys(out))


def year_equivalents(text: str) -> set[str]:
    """Every equivalent written form of every year in `text` (NFKC, ASCII digits).

    ``year_equivalents("令和6年度") == {"令和6年度", "2024年度", "令和6年", "2024年"}``;
    元年 also yields 1年 (令和元年 -> 令和1年); 2019 yields both 平成31 and 令和元/令和1 forms.
    """
    out: set[str] = set()
    for m in find_years(text):
        out.update(_forms(m))
    return out


def _month_after(text: str, end: int) -> int | None:
    mm = _MONTH_RE.match(text, end)
    if mm is None:
        return None
    month = int(unicodedata.normalize("NFKC", mm.group(1)))
    return month if 1 <= month <= 12 else None


def _other_form(text: str, m: YearMention) -> str | None:
    """The other system's form of one mention, for display (None when there is none)."""
    if m.era is not None:
        return f"{m.western}{m.suffix or '年'}"
    eras = _display_era(m.western, m.suffix, _month_after(text, m.end))
    if not eras:
        return None
    return "／".join(_era_form(name, n, m.suffix) for name, n in eras)


def _other_range(f: _Found) -> str | None:
    a, b = f.first, f.last
    assert b is not None
    suffix = b.suffix or a.suffix or "年"
    if a.era is not None or b.era is not None:
        return f"{a.western}～{b.western}{suffix}"
    ea = _display_era(a.western, suffix)
    eb = _display_era(b.western, suffix)
    if not ea or not eb:
        return None
    (name_a, na), (name_b, nb) = ea[-1], eb[-1]
    start = _era_form(name_a, na, "")
    end = _era_form(name_b, nb, suffix)
    return f"{start}～{end[len(name_b):]}" if name_a == name_b else f"{start}～{end}"


_PAREN_RE = re.compile(r"[ \t\u3000]*[（(]([^（）()\n]{0,60})[）)]")


def annotate_eras(text: str) -> str:
    """Add the other form once after each year, for display.

    ``"令和6年度"`` -> ``"令和6年度（2024年度）"``, ``"2024年度"`` -> ``"2024年度（令和6年度）"``,
    ``"平成29～令和3年度"`` -> ``"平成29～令和3年度（2017～2021年度）"``. A year already followed by a
    parenthesis holding the same year is left alone, so the function is idempotent.
    """
    parts: list[str] = []
    pos = 0
    skip_until = -1
    for f in _scan(text):
        if f.first.start < skip_until:
            continue  # inside the parenthetical equivalent of an earlier mention
        paren = _PAREN_RE.match(text, f.end)
        if paren is not None:
            inside = {m.western for m in find_years(paren.group(1))}
            if inside & set(f.years):
                skip_until = paren.end()
                continue
        other = _other_range(f) if f.last is not None else _other_form(text, f.first)
        if not other:
            continue
        parts.append(text[pos:f.end])
        parts.append(f"（{other}）")
        pos = f.end
    parts.append(text[pos:])
    return "".join(parts)


# --- query expansion ---------------------------------------------------------------------------------


@dataclass
class ExpandedQuery:
    """A question prepared for hybrid retrieval.

    Attributes:
        text: the normalised question (`normalize_question`).
        lexical: `text` plus every equivalent year form and glossary names, for BM25.
        dense: `text` plus a short parenthesis with the other form of its years, for the embedding.
        years: the Western years the question mentions.
        terms: the terms added to `text` (year forms first, then glossary names).
    """

    text: str
    lexical: str
    dense: str
    years: set[int] = field(default_factory=set)
    terms: list[str] = field(default_factory=list)


def expand_query(q: str, glossary: "Glossary | None" = None) -> ExpandedQuery:
    """Normalise a question and add what helps retrieval find passages written differently.

    A question about 2024年度 gets 令和6年度 (and 令和6年, 2024年) added, and vice versa; with a
    `glossary`, canonical names and sibling aliases of the terms it mentions are added too
    (``None`` adds no glossary terms; pass ``Glossary.load(settings.glossary_path)``).
    """
    text = normalize_question(q)
    present = norm_for_match(text)
    mentions = _scan(text)
    years: set[int] = set()
    year_terms: list[str] = []
    brief: list[str] = []
    for f in mentions:
        years.update(f.years)
        for m in (f.first, f.last):
            if m is None:
                continue
            year_terms.extend(x for x in _forms(m) if x not in present)
        other = _other_range(f) if f.last is not None else _other_form(text, f.first)
        if other:
            brief.append(other)
    gloss_terms = glossary.expand(text) if glossary is not None else []
    terms = list(dict.fromkeys(t for t in year_terms + gloss_terms if t and norm_for_match(t) not in present))
    lexical = f"{text} {' '.join(terms)}" if terms else text
    brief = list(dict.fromkeys(brief))
    dense = f"{text}（{'、'.join(brief)}）" if brief else text
    return ExpandedQuery(text=text, lexical=lexical, dense=dense, years=years, terms=terms)
