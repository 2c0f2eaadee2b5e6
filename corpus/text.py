"""The Japanese text structure every stage shares: sentence ends, heading schemes, the marks
that start a block (heading, list item, note). One definition of each, used by cleaning,
chunking, table reading and answering.
"""

from __future__ import annotations

import re
import unicodedata

__all__ = ["SENTENCE_ENDS", "split_sentences", "HEADING_SCHEMES", "BLOCK_START", "HEADING_START", "HEADING_MARK",
           "ITEM_MARKER", "item_marker",
           "note_marks", "note_line_mark"]

# Characters that end a sentence.
SENTENCE_ENDS = "。．！？!?"
# (not before a closing bracket, on the same line or the next: 「…販売（免税販売を含む。）だけの事業者は
# 含まない。」 and 「…とする。」と go on after it)
_SPLIT = re.compile(r"(?<=[。．！？!?])(?![ \t\r\n　]*[）)」』])")


def split_sentences(text: str) -> list[str]:
    """Verbatim sentences of `text`: split after 。．！？!? (each keeps its terminator; joining
    the pieces gives back `text`)."""
    return [piece for piece in _SPLIT.split(text) if piece]


KANJI_NUM = "一二三四五六七八九十"
# A line that opens on a case particle goes on with the line before it: no sentence opens on を, に,
# が (not がん) or へ.
PARTICLE_START = re.compile(r"^(?:を|に|が(?!ん)|へ)")
DIGITS = "0-9０-９"

# (scheme name, pattern of the marker at line start). Order matters: first match wins.
HEADING_SCHEMES: list[tuple[str, re.Pattern[str]]] = [
    ("chapter", re.compile(rf"^第[{DIGITS}{KANJI_NUM}]+[章節部編款]")),
    # an article of rules (要綱, 要領) captioned on its own line, 第５条（補助対象外経費）, and what
    # follows the articles at their level: 附則, and the parts for reference, （参考１）令和７年度の募集
    ("article", re.compile(rf"^第[{DIGITS}{KANJI_NUM}]+条(?:の[{DIGITS}{KANJI_NUM}]+)?\s*(?=[（(][^）)]{{2,24}}[）)]\s*$)"
                           rf"|^(?=附\s*則\s*$)|^(?=[（(]参考[{DIGITS}]{{0,2}}[）)])")),
    # a plan's numbered pillars and goals: 柱１ 県内企業の海外展開の促進, 基本目標２ …, 施策３ …
    ("pillar", re.compile(rf"^(?:柱|基本目標|基本方針|重点施策|施策)[{DIGITS}{KANJI_NUM}]{{1,2}}[ 　]+(?=[^{DIGITS}\s])")),
    ("kanji_comma", re.compile(rf"^[{KANJI_NUM}]+[、．.]")),
    ("paren_kanji", re.compile(rf"^[（(][{KANJI_NUM}]+[）)]")),
    ("paren_digit", re.compile(rf"^[（(][{DIGITS}]{{1,2}}[）)]")),
    ("digit_dot", re.compile(rf"^[{DIGITS}]{{1,2}}[\.．](?![{DIGITS}])")),
    ("digit_space", re.compile(rf"^[{DIGITS}]{{1,2}}[ 　\t]+(?=\S)")),
    ("digit_dash", re.compile(rf"^[①-⑳]-[{DIGITS}]")),
    ("circled", re.compile(r"^[①-⑳]")),
    ("paren_kana", re.compile(r"^[（(][ア-ンｱ-ﾝ][）)]")),
    ("kana", re.compile(r"^[アイウエオカキクケコサシスセソタチツテト][ 　\t]")),
    ("alpha", re.compile(r"^[ａ-ｚa-z][\.．)）][ 　]?|^[ａ-ｚ][ 　]")),
    ("bracket", re.compile(r"^【[^】0-9０-９]{1,30}】")),
    ("angle", re.compile(r"^[＜〈<《][^＞〉>》]{1,30}[＞〉>》]")),
    ("square", re.compile(r"^[■□◆◇]")),
    ("circle", re.compile(r"^[○◯●]")),
]

# Starts of headings and list items. A line that starts with one of these is never joined to
# the previous line.
BLOCK_START = re.compile(
    r"""^(?:
        [一二三四五六七八九十百]+[、．.]                           # 一、 二．
      | [（(]\s*(?:[一二三四五六七八九十]+|[0-9０-９]{1,3}|[ア-ンｱ-ﾝ]|[a-zａ-ｚA-ZＡ-Ｚ]|[ⅰ-ⅻⅠ-Ⅻ]+)\s*[)）]  # （一）(1)（ア）(ｱ)(a)
      | [0-9]{1,3}(?:[.．、)）](?![0-9０-９])|\s)                  # 1. 1) 1 (not 1.5, not 2025 年)
      | [０-９]{1,3}(?:[.．、)）](?![0-9０-９])|\s)                # １． １
      | [ア-ンｱ-ﾝ](?:\s|[.．)）])                                  # ア 取組  ｱ.
      | [a-zａ-ｚA-ZＡ-Ｚ](?:[.．)）]|[’']|\s(?=[^\sA-Za-z]))       # a. ａ 中小  ａ’  (not "a new")
      | [\u2460-\u24ff\u2776-\u2793\u3251-\u325f\u32b1-\u32bf]  # ① ⑳ ❶ ㉑
      | [ⅰ-ⅻⅠ-Ⅻ](?:\s|[.．、)）])                                # Ⅰ． ⅱ
      | [【＜〈《〔［<]                                            # 【…】 ＜…＞ 〈…〉
      | [○◯●◎■□◆◇▪▫►▶▷➢➤✓✔・※＊*†‡§]                           # bullets, notes
      | [\ue000-\uf8ff]                                           # private-use glyph bullets
      | [-－―‐—–−]\s                                              # "- item"
      | 第\s*[0-9０-９一二三四五六七八九十百]+\s*[章節編部款条項]   # 第1章 第２節
      | (?:柱|基本目標|基本方針|重点施策|施策)[0-9０-９一二三四五六七八九十]{1,2}[ 　]+(?=[^0-9０-９\s])  # 柱１ …
      | (?:注|備考|出典|資料|参考)\s*[0-9０-９]*\s*[:：︓]             # 注：出典：
      | \#{1,6}\s | [>|]                                          # markdown heading, quote, table
    )""",
    re.VERBOSE,
)
# Block starts that mark a section heading (as opposed to a bullet or note): a blank line is
# placed before them.
HEADING_START = re.compile(
    r"""^(?:
        [一二三四五六七八九十百]+[、．.]
      | [（(]\s*(?:[一二三四五六七八九十]+|[0-9０-９]{1,3}|[ア-ンｱ-ﾝ]|[a-zａ-ｚ])\s*[)）]
      | [0-9０-９]{1,3}(?:[.．、)）](?![0-9０-９])|\s)
      | [ア-ンｱ-ﾝ](?:\s|[.．)）])
      | [a-zａ-ｚ](?:[.．)）]|[’']|\s(?=[^\sA-Za-z]))
      | [\u2460-\u24ff\u2776-\u2793\u3251-\u325f\u32b1-\u32bf]
      | [【＜〈《■□◆]
      | 第\s*[0-9０-９一二三四五六七八九十百]+\s*[章節編部款条項]
      | (?:柱|基本目標|基本方針|重点施策|施策)[0-9０-９一二三四五六七八九十]{1,2}[ 　]+(?=[^0-9０-９\s])
    )""",
    re.VERBOSE,
)
# A heading marker at the start of a caption or heading line (（1） 1. 一、 ア …), to strip it.
HEADING_MARK = re.compile(
    r"^(?:[（(]\s*(?:[0-9０-９]{1,2}|[一二三四五六七八九十]+|[ア-ンｱ-ﾝ]|[a-zａ-ｚ])\s*[）)]"
    r"|[0-9０-９]{1,2}[.．、]|[一二三四五六七八九十]+[、．.]|[ア-ン](?=[ \u3000])|[ａ-ｚa-z](?=[ \u3000])"
    r"|第[0-9０-９一二三四五六七八九十]+[章節部])\s*"
)

# The marker an enumerated item line starts with, by its kind: (1), ①, 1., ・, or the kanji number
# of an article's item (号) 「一 補助事業者の役員…の人件費」 (a list's items share one kind; a rule's
# listed cases and a procedure's numbered steps are such lines).
ITEM_MARKER = re.compile(r"\s*(?:(?P<paren>[（(]\s*[0-9０-９]{1,2}\s*[)）])|(?P<circled>[\u2460-\u2473])"
                         r"|(?P<number>[0-9０-９]{1,2}[.．、])|(?P<bullet>[・●○◯■])"
                         r"|(?P<kanji>[一二三四五六七八九十]{1,3})(?=[ \u3000]))\s*")


def item_marker(line: str) -> str | None:
    """The kind of marker an enumerated line starts with ("paren", "circled", "number", "bullet",
    "kanji"), None for other lines."""
    m = ITEM_MARKER.match(line)
    return m.lastgroup if m else None


# Footnotes: a mark in the text (豊富*4, 規模※3, （注2）) points at the note line that starts with
# the same mark (*4 日本貿易振興機構「…」より). The mark's number is what ties them.
_NOTE_MARK = re.compile(r"[*＊※]\s*([0-9０-９]{1,2})(?![0-9０-９])|[（(]?注\s*([0-9０-９]{1,2})(?![0-9０-９])[）)]?")


def note_marks(text: str) -> set[str]:
    """The footnote numbers `text` points at ("…豊富*4です" -> {"4"})."""
    return {unicodedata.normalize("NFKC", m.group(1) or m.group(2)) for m in _NOTE_MARK.finditer(text)}


def note_line_mark(line: str) -> str | None:
    """The footnote number a note line starts with ("*4 日本貿易振興機構…より" -> "4"), else None."""
    m = _NOTE_MARK.match(line.strip())
    return unicodedata.normalize("NFKC", m.group(1) or m.group(2)) if m else None
