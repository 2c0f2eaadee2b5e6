"""Numbered passages and validation of [n] citations in an answer (used by every backend).

Numbering: the passages shown to the model (or used by the extractive answerer) are numbered
1..n in order, and the sources panel shows the same numbers. `validate_answer` therefore keeps
the answer's own numbering: a valid marker [n] always means `passages[n-1]`, so a user can map
[n] in the text to entry n of the sources panel without any renumbering.

Checks done by `validate_answer`:

* every marker ([n], ［n］, [n, m], [n][m], full-width digits) is rewritten as canonical [n]
  markers; numbers that point at no passage are removed and reported;
* every sentence's figures (NFKC, thousands commas ignored, "2分の1" == "1/2") must occur in
  its cited passages (title, section, context and text); era years count as their Western
  equivalents through `assistant.normalize.year_equivalents`. A sentence with a figure that
  cannot be found gets a visible marker "（⚠出典で確認できない数値: 35）" and a warning;
* a sentence that carries a figure but no marker at all gets a visible marker; a long,
  non-formulaic sentence without a marker is only reported (warning + unsupported_sentences),
  to keep greetings and connective sentences free of noise.

Known limits: kanji numerals (三件, 十億円) and unit conversions (4,071万円 vs 40,710,000円)
are not compared.
"""

from __future__ import annotations

import logging
import re
import unicodedata
from dataclasses import dataclass, field, replace

from assistant.types import Citation, Passage

log = logging.getLogger(__name__)

__all__ = [
    "REFUSAL",
    "ValidationResult",
    "number_passages",
    "validate_answer",
    "is_refusal",
    "strip_markers",
    "cut_at_sentence_end",
    "normalize_numbers",
    "extract_numbers",
]

#: The exact sentence every backend uses when the passages do not contain the answer.
REFUSAL = "資料に記載が見当たりません。"

UNCITED_WARNING = "出典が示されていない文があります。"

# [1] ［1］ [1, 2] [1,2] [1、2] [１] - one to three digits, so "[2024]" is never taken for a marker.
_DIGIT = r"[0-9０-９]"
_MARKER_RE = re.compile(
    rf"[\[［]\s*({_DIGIT}{{1,3}}(?:\s*[,，、､]\s*{_DIGIT}{{1,3}})*)\s*[\]］]"
)
_CANON_MARKER_RE = re.compile(r"\[(\d{1,3})\]")
_TERMINATORS = "。！？!?"
# Leading list/heading decoration whose numbers are not facts: "1. ", "(2) ", "### 3．", "①".
_ENUM_RE = re.compile(
    r"^[\s#>*\-・•|]*(?:(?:[(（]\d{1,2}[)）]|\d{1,2}[.．)）、](?!\d)|[①-⑳])\s*)?"
)
_THOUSANDS_RE = re.compile(r"(?<=\d),(?=\d{3}(?!\d))")
_FRACTION_JA_RE = re.compile(r"(\d+(?:\.\d+)?)分の(\d+(?:\.\d+)?)")
_NUMBER_RE = re.compile(r"(?<![\d.])\d+(?:\.\d+)?(?:/\d+(?:\.\d+)?)?(?!\d)")
# Sentences that are formulaic (greetings, closings, the refusal) never need a citation.
_FORMULAIC = (
    "拝啓", "敬具", "平素", "ご高配", "お世話になって", "お問い合わせ", "お問合せ", "ご担当者",
    "よろしくお願い", "申し上げます", "ご不明な点", "ご連絡", "記載が見当たりません", "以下", "下記", "次のとおり", "次の通り",
)
_UNCITED_MIN_CHARS = 30


@dataclass
class ValidationResult:
    """What `validate_answer` made of an answer.

    Attributes:
        text: the answer with markers canonicalised, invalid markers removed and visible
            "⚠" notes appended to sentences with figures the sources do not show.
        citations: one Citation per distinct valid number, sorted by n; `n` is the model's own
            number (== the passage's position in the numbered list).
        warnings: Japanese messages for the user.
        unsupported_sentences: sentences (as in the returned text, without the note) that were
            flagged: unbacked figures or facts without any marker.
    """

    text: str
    citations: list[Citation] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    unsupported_sentences: list[str] = field(default_factory=list)


def number_passages(passages: list[Passage]) -> list[Passage]:
    """Return the list shown to the model: duplicates (same chunk id) dropped, ranks 1..n.

    The position in the returned list is the citation number: passage n is `result[n-1]`,
    and its `rank` is set to n so the sources panel shows the same number.
    """
    seen: set[str] = set()
    numbered: list[Passage] = []
    for passage in passages:
        if passage.chunk.id in seen:
            continue
        seen.add(passage.chunk.id)
        numbered.append(replace(passage, rank=len(numbered) + 1))
    return numbered


def is_refusal(text: str) -> bool:
    """True when the answer says the materials do not contain the answer."""
    return REFUSAL.rstrip("。") in unicodedata.normalize("NFKC", text)


def strip_markers(text: str) -> str:
    """Remove every [n]-style citation marker (for chat history sent back to a model)."""
    return _MARKER_RE.sub("", text)


def cut_at_sentence_end(text: str) -> str:
    """`text` up to the end of its last complete sentence or line (markers after it kept).

    Used when an answer is stopped mid-sentence by a length or time limit; "" when not even
    the first sentence was complete.
    """
    pairs = _split_sentences(text)
    while pairs:
        sentence, tail = pairs[-1]
        core = _CANON_MARKER_RE.sub("", _MARKER_RE.sub("", sentence)).rstrip()
        if "\n" in tail or core.rstrip("」』）)").endswith(tuple(_TERMINATORS)):
            break
        pairs.pop()
    return "".join(s + t for s, t in pairs).rstrip()


def normalize_numbers(text: str) -> str:
    """NFKC, thousands separators removed, "2分の1" rewritten as "1/2"."""
    text = unicodedata.normalize("NFKC", text)
    text = _THOUSANDS_RE.sub("", text)
    return _FRACTION_JA_RE.sub(lambda m: f"{m.group(2)}/{m.group(1)}", text)


def extract_numbers(text: str) -> list[str]:
    """Figures in `text` after `normalize_numbers`, in order of appearance (may repeat)."""
    return _NUMBER_RE.findall(normalize_numbers(text))


def validate_answer(text: str, passages: list[Passage]) -> ValidationResult:
    """Resolve and check the [n] citations of `text` against the numbered `passages`.

    Args:
        text: the answer as written by a backend.
        passages: the numbered list the backend saw (passage n is `passages[n-1]`).

    Returns:
        A ValidationResult; see the module docstring for the rules.
    """
    warnings: list[str] = []
    text, invalid = _canonicalise_markers(text, len(passages))
    for n in invalid:
        warnings.append(f"存在しない出典番号 [{n}] を削除しました。")
        log.info("removed citation marker [%s] (only %d passages)", n, len(passages))

    refused_without_citations = is_refusal(text) and not _CANON_MARKER_RE.search(text)
    backing_cache: dict[int, set[str]] = {}

    def backing(numbers: list[int]) -> set[str]:
        result: set[str] = set()
        for n in numbers:
            if n not in backing_cache:
                backing_cache[n] = _backing_numbers(passages[n - 1])
            result |= backing_cache[n]
        return result

    claims: dict[int, list[str]] = {}
    unsupported: list[str] = []
    uncited_found = False
    pieces: list[str] = []
    for sentence, tail in _split_sentences(text):
        cited = [int(n) for n in _CANON_MARKER_RE.findall(sentence)]
        claim = _CANON_MARKER_RE.sub("", sentence).strip()
        numbers = _claim_numbers(claim)
        note = ""
        if cited:
            for n in dict.fromkeys(cited):
                claims.setdefault(n, []).append(claim)
            backed = backing(cited)
            missing = [x for x in dict.fromkeys(numbers) if x not in backed]
            if missing:
                shown = ", ".join(missing)
                note = f"（⚠出典で確認できない数値: {shown}）"
                warnings.append(f"出典で確認できない数値があります: {shown}（「{_snippet(claim)}」）")
        elif numbers and not refused_without_citations:
            uncited_found = True
            everywhere = backing(list(range(1, len(passages) + 1)))
            missing = [x for x in dict.fromkeys(numbers) if x not in everywhere]
            if missing:
                shown = ", ".join(missing)
                note = f"（⚠出典で確認できない数値: {shown}）"
                warnings.append(f"出典で確認できない数値があります: {shown}（「{_snippet(claim)}」）")
            elif not _is_formulaic(claim):
                note = "（⚠出典番号なし）"
        elif _needs_citation(claim) and not refused_without_citations:
            uncited_found = True
            unsupported.append(sentence.strip())
        if note:
            unsupported.append(sentence.strip())
        pieces.append(_attach(sentence, note) + tail)
    if uncited_found:
        warnings.append(UNCITED_WARNING)

    citations = [
        Citation(n=n, passage=passages[n - 1], quote=best_quote(passages[n - 1].text, claims[n]))
        for n in sorted(claims)
    ]
    return ValidationResult(
        text="".join(pieces), citations=citations, warnings=warnings, unsupported_sentences=unsupported
    )


def best_quote(passage_text: str, claims: list[str]) -> str:
    """The verbatim sentence or row of `passage_text` that best supports `claims`.

    Scores each passage segment by shared character bigrams with the claims (figures weigh
    more); returns "" for an empty passage. The result is always a substring of `passage_text`.
    """
    segments = _passage_segments(passage_text)
    if not segments:
        return ""
    if len(segments) == 1 or not claims:
        return segments[0]
    claim_grams = set().union(*(_bigrams(c) for c in claims))
    claim_numbers = set().union(*(set(extract_numbers(c)) for c in claims))

    def score(segment: str) -> float:
        grams = _bigrams(segment)
        overlap = len(grams & claim_grams) / (len(grams) ** 0.5 or 1.0)
        return overlap + 2.0 * len(set(extract_numbers(segment)) & claim_numbers)

    return max(segments, key=score)


# -- internals -------------------------------------------------------------------------------


def _canonicalise_markers(text: str, n_passages: int) -> tuple[str, list[int]]:
    """Rewrite markers as [n][m]; drop numbers outside 1..n_passages (returned, deduplicated)."""
    invalid: list[int] = []

    def repl(match: re.Match) -> str:
        raw = unicodedata.normalize("NFKC", match.group(1))
        out: list[str] = []
        for part in re.split(r"[,、､]", raw):
            n = int(part.strip())
            if 1 <= n <= n_passages:
                if f"[{n}]" not in out:
                    out.append(f"[{n}]")
            elif n not in invalid:
                invalid.append(n)
        return "".join(out)

    text = _MARKER_RE.sub(repl, text)
    # "[1][1]" after merging adjacent groups, and spaces left before a removed marker.
    text = re.sub(r"(\[\d{1,3}\])(?:\1)+", r"\1", text)
    text = re.sub(r"[ \t　]+(?=[。！？!?\n]|$)", "", text)
    return text, invalid


def _split_sentences(text: str) -> list[tuple[str, str]]:
    """Split into (sentence, tail) pairs; tail is the whitespace/newlines after the sentence.

    A sentence ends at 。！？!? (markers right after the terminator stay with it) or at a line
    break. Joining sentence + tail over all pairs gives back `text`.
    """
    pairs: list[tuple[str, str]] = []
    i, n = 0, len(text)
    start = 0
    while i < n:
        ch = text[i]
        if ch == "\n":
            pairs.append((text[start:i], ""))
            j = i
            while j < n and text[j] in "\n \t　":
                j += 1
            pairs[-1] = (pairs[-1][0], text[i:j])
            start = i = j
            continue
        if ch in _TERMINATORS:
            j = i + 1
            while j < n and text[j] in _TERMINATORS + "」』）)":
                j += 1
            while True:  # markers after the terminator belong to this sentence
                m = _CANON_MARKER_RE.match(text, j)
                if not m:
                    break
                j = m.end()
            k = j
            while k < n and text[k] in " \t　":
                k += 1
            pairs.append((text[start:j], text[j:k]))
            start = i = k
            continue
        i += 1
    if start < n:
        pairs.append((text[start:], ""))
    return [(s, t) for s, t in pairs if s or t]


def _attach(sentence: str, note: str) -> str:
    """Append `note` to a sentence; inside the last cell for a Markdown table row."""
    if note and sentence.rstrip().endswith("|") and sentence.lstrip().startswith("|"):
        body = sentence.rstrip()
        return body[:-1].rstrip() + note + " |" + sentence[len(body):]
    return sentence + note


def _claim_numbers(claim: str) -> list[str]:
    """Figures of a sentence, without its leading list enumerator."""
    # Before NFKC: it would turn "①" into a bare "1".
    return extract_numbers(_ENUM_RE.sub("", claim, count=1))


def _backing_numbers(passage: Passage) -> set[str]:
    """Every figure a passage shows, including Western/era forms of its years."""
    from assistant.normalize import year_equivalents

    c = passage.chunk
    source = "\n".join(x for x in (c.title, c.section, c.heading, passage.context, c.text) if x)
    numbers = set(extract_numbers(source))
    for form in year_equivalents(unicodedata.normalize("NFKC", source)):
        numbers.update(extract_numbers(form))
    return numbers


def _is_formulaic(claim: str) -> bool:
    """A greeting, closing, heading or lead-in ("…は次のとおりです。", "…：")."""
    body = claim.strip().strip("#*-・• 　")
    return body.endswith(("：", ":", "？", "?")) or any(word in body for word in _FORMULAIC)


def _needs_citation(claim: str) -> bool:
    """A long declarative sentence that is not formulaic."""
    return len(claim.strip()) >= _UNCITED_MIN_CHARS and not _is_formulaic(claim)


def _passage_segments(text: str) -> list[str]:
    """Verbatim sentences and rows of a passage (stripped, non-empty)."""
    segments: list[str] = []
    for line in text.splitlines():
        for part in re.findall(r"[^。！？!?]+[。！？!?]*", line):
            part = part.strip()
            if part:
                segments.append(part)
    return segments


def _bigrams(text: str) -> set[str]:
    text = re.sub(r"\s+", "", normalize_numbers(_CANON_MARKER_RE.sub("", text)))
    return {text[i : i + 2] for i in range(len(text) - 1)}


def _snippet(text: str, limit: int = 40) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"
