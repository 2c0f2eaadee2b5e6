"""Rules that list the cases they hold for: 「次に掲げる経費は、補助の対象としない。」 and its items.

A desk officer is asked whether a case may be done or is covered (「国内の配送だけに保冷ボックスを
使いたい…借りることはできますか」「…この補助金の対象になりますか」). Guidelines answer such questions
with a lead sentence that says what holds for the cases listed under it (次の場合は、機器を利用でき
ません。 ○ 国内の輸送だけに使う場合 …). The case the question describes is one of the items when it
says most of the item's own kanji (a case is said in the asker's words: 結んでもらう for 締結,
代わりに for 代理, so kanji, not words, are compared; a katakana word counts whole), and no other
item as much; the lead then says yes or no. A case said of the opposite place (海外 of an item about 国内) is no such item.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterable

from assistant.regions import places_in
from corpus.records import nfkc, squash
from corpus.text import ITEM_MARKER

__all__ = ["RuleList", "rule_lists", "ELIGIBILITY_ASKED", "NEGATIVE_ASKED", "item_for_case"]


@dataclass(frozen=True)
class RuleList:
    """A lead sentence (`lead`, verbatim) that says the listed cases are (`allowed`) or are not
    covered or permitted, and its items (`items`, each a verbatim line)."""

    lead: str
    allowed: bool
    items: tuple[str, ...]


# The lead of a list of cases: 「次に掲げる経費は、補助の対象としない。」(「…補助対象経費としない。」)
# 「なお、次の活動は、この事業の対象外である。」「次の場合は、機器を利用できません。」; what it says of
# them, no or yes.
_LEAD = re.compile(r"(?:次|以下)(?:に掲げる|に定める|の)[^。]{0,40}?"
                   r"(?:(?P<no>対象(?:経費)?としない|対象外|対象(?:経費)?(?:と|に)なりません|対象となら(?:ない|ず)|できません|できない"
                   r"|認めない|認められません|受け付けません|受け付けない"
                   # (「次の経費は参加事業者が負担します」: borne by the one who takes part, not paid for)
                   r"|(?:参加)?(?:事業者|申請者|利用者|参加者|補助事業者)が負担(?:します|する))"
                   r"|(?P<yes>対象(?:経費)?とする|対象(?:経費)?(?:と|に)なる|対象(?:経費)?(?:と|に)なります|できます|できる))"
                   r"[^。、]{0,8}。\s*$")
# A question whether a case is covered or may be done.
ELIGIBILITY_ASKED = re.compile(r"対象(?:外)?(?:に|と)?(?:なり|な)?ますか|対象(?:外)?(?:です|でしょう)か|(?:でき|られ|れ|え)ますか"
                               r"|可能(?:です|でしょう)?か|認められますか|(?:でき|られ|れ|え)ない(?:の|ん)?(?:です|でしょう)?か"
                               # (「…費用は、県が出してくれるのでしょうか」: paid for, or borne by the asker)
                               r"|(?:出して|払って|負担して|持って)(?:くれ|もらえ)(?:る|ます)(?:の|ん)?(?:です|でしょう)?か")
# The same question asked in the negative (「…は対象外ですか」「…は使えないのですか」): an exclusion
# says yes to it.
NEGATIVE_ASKED = re.compile(r"対象外|対象(?:に|と)?ならない|(?:でき|使え|借りられ|認められ|利用でき)ない(?:の|ん)?(?:です|でしょう)?か")
# Places a case is said of whose opposite an item may be about: no item of the other place.
_OPPOSITES = (("国内", "海外"), ("国内", "国外"), ("県内", "県外"))
# What a case and an item are compared by: each kanji, and each katakana word whole (クラウドファンディング
# is one word, not eleven letters that any katakana word shares).
_COMPARED = re.compile(r"[\u3400-\u9fff]|[\u30a1-\u30fa\u30fc]{2,}")
# Of an item's own characters (those its lead does not write), the share the case must say.
ITEM_SHARE = 0.5
# A plain verb a case is said with (「規格書を買う」「人を雇った」) and the Sino-Japanese noun a rule
# writes for the same deed (発行済みの規格の購入費, 雇用): the noun's kanji are said too. (Not 払う:
# 支払 is in half the items of any list, 「…より前に支払った経費」, and says which of them none.)
_VERB_NOUNS = ((re.compile(r"買[わいうえおっ]"), "購入"), (re.compile(r"借り"), "借入賃借"), (re.compile(r"雇[わいうえおっ]"), "雇用"),
              (re.compile(r"調べ"), "調査"), (re.compile(r"直[さしすせそ]"), "修理改修"), (re.compile(r"売[らりるれろっ]"), "販売"),
              (re.compile(r"建て"), "建設建築"))


# A thing a case names in everyday words and the word rules write for its kind (「展示会」 is a
# 見本市, 「トラック」 a 車両), and a place in Japan, which a rule calls 国内.
_KIND_NOUNS = ((re.compile(r"展示会|展示商談会|トレードショー|フェア"), "見本市"),
               (re.compile(r"トラック|乗用車|自動車|社用車"), "車両"),
               (re.compile(r"東京|大阪|名古屋|横浜|福岡|札幌|京都|神戸|仙台|広島|幕張|国内"), "国内"))


def _with_nouns(case: str) -> str:
    """The case and the nouns of the plain verbs it is said with (買う: 購入), and of the kinds its
    things are of (展示会: 見本市; 東京: 国内)."""
    # (a country or a city abroad, ニューヨーク, is 海外: no item of 国内 is its case)
    abroad = "海外" if places_in(case) else ""
    return case + "".join(noun for verb, noun in (*_VERB_NOUNS, *_KIND_NOUNS) if verb.search(case)) + abroad


def rule_lists(text: str) -> list[RuleList]:
    """The lists of cases `text` writes, each under its lead sentence."""
    lines = text.split("\n")
    out = []
    for k, line in enumerate(lines):
        m = _LEAD.search(line)
        if m is None:
            continue
        items = []
        for nxt in lines[k + 1:]:
            marker = ITEM_MARKER.match(nxt)
            if marker is None or not nxt[marker.end():].strip():
                break
            items.append(nxt.strip())
        if items:
            sentence = line.strip()
            # (the lead sentence only, not an article number or clause before it on its line)
            start = max(sentence.rfind("。", 0, len(sentence) - 1) + 1, 0)
            out.append(RuleList(sentence[start:].strip(), m.group("yes") is not None, tuple(items)))
    return out


def _parts(item: str) -> list[str]:
    """An item and the cases it joins (「契約の締結の代理や代金の回収」: 契約の締結の代理, 代金の回収)."""
    marker = ITEM_MARKER.match(item)
    body = item[marker.end():] if marker else item
    body = re.sub(r"[（(][^）)]*[）)]", "", body)  # (the examples in brackets say what, not which)
    return [body, *(p for p in re.split(r"や|及び|又は|並びに|若しくは", body) if p and p != body)]


def opposed_to_case(case: str, text: str) -> bool:
    """Whether `text` (a rule's item, a table's row) says the opposite of the case (国内 of a case
    abroad, 海外 of 「東京で開かれる展示会」)."""
    return _opposed(_with_nouns(squash(case)), squash(text))


def _opposed(case: str, item: str) -> bool:
    return any((a in item and b in case and a not in case) or (b in item and a in case and b not in case)
               for a, b in _OPPOSITES)


def item_for_case(case: str, lists: Iterable[RuleList]) -> tuple[RuleList, str] | None:
    """The list and the item the case (a question) is one of, or None when no item is said more
    than any other, or none is said enough."""
    flat = _with_nouns(squash(case))
    asked = set(_COMPARED.findall(flat))
    scored: list[tuple[float, RuleList, str]] = []
    for rule in lists:
        lead = set(_COMPARED.findall(squash(rule.lead)))
        for item in rule.items:
            if _opposed(flat, squash(item)):
                continue
            share = 0.0
            # (a thing the item gives as an example, 「（パソコン、タブレット、車両等）」, that the case
            # names, 「トラックを買う」 (車両), is the item's case)
            # (a list of things, not an exception: 「（試飲会・商談会で用いる見本の輸送費を除く。）」)
            examples = [re.sub(r"(?:等|など)$", "", e) for b in re.findall(r"[（(]([^）)]*)[）)]", squash(item))
                        if not re.search(r"除く|除き|以外|含まない|限る", b) for e in re.split(r"[、・,]", b)]
            if any(2 <= len(e) <= 12 and not re.search(r"[をにがはでと。]", e) and e in flat for e in examples):
                share = 1.0
            for part in _parts(nfkc(item)):
                own = set(_COMPARED.findall(squash(part))) - lead
                if len(own) >= 2:
                    share = max(share, len(own & asked) / len(own))
            scored.append((share, rule, item))
    scored.sort(key=lambda x: x[0], reverse=True)
    # (the same item of a list read twice, from a passage and from it with the next, is no rival)
    rival = next((x for x in scored[1:] if x[2] != scored[0][2]), None)
    if not scored or scored[0][0] < ITEM_SHARE or (rival is not None and rival[0] >= scored[0][0]):
        return None
    return scored[0][1], scored[0][2]
