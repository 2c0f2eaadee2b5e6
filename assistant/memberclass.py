"""Which class a thing the question names belongs to, by a document's list definition.

Guides set their caps and rates by what the applicant's product or place is, in a table axis
that holds a class the document defines and its complement (食品等 | 食品等以外), and define the
class by listing its members and what it leaves out:
「食品等」とは、食品、飲料及び酒類をいい、化粧品及び医薬部外品は含みません。
A desk officer asks for the caller's case as it is (「化粧品メーカーが…成分を分析してもらう場合、補助の
上限は」) and leaves the reading of the class to the reader. A thing the list leaves out reads the
complement's label (食品等以外, それ以外, その他), a member the class's own. Only a definition that is
a list of short nouns is read this way; one that describes its class in a clause (「小規模事業者」とは、
常時使用する従業員の数が…) is assistant.sizeclass's to read, or no one's.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import Callable, Sequence

from assistant.lookup import OWN_COUNTRY, total_label
from assistant.regions import REGION_COUNTRIES, label_region_holds, places_in
from assistant.sizeclass import ClassReading
from corpus.records import squash

__all__ = ["MemberClass", "class_terms", "member_classes_in", "read_member"]

# 「食品等」とは、食品、飲料及び酒類をいい、化粧品及び医薬部外品は含みません (NFKC, whitespace removed).
_LIST_DEFINITION = re.compile(
    r"「(?P<term>[^」]{1,16})」とは[、,]?(?P<members>[^。「」]{1,80}?)を(?:いい|いう|いいます|指し|指す|指します)"
    r"(?:[、,](?P<excluded>[^。「」]{1,60}?)(?:は|を)(?:含みません|含まない|含めない|含めません|除きます|除く|除いた))?")
_SEPARATORS = re.compile(r"、|,|及び|並びに|又は|または|若しくは|もしくは|や|と")
# A member is a short noun (kanji, katakana, Latin, digits): a clause makes no list.
_MEMBER = re.compile(r"[\u3400-\u9fff\u30a0-\u30ffA-Za-z0-9ー・]{1,10}")
# The complement of a class as a table axis writes it: 食品等以外, それ以外, その他.
_COMPLEMENTS = ("{term}以外", "{term}以外のもの", "それ以外", "その他")
# What a column of a class adds to its term: 重点地域枠 is the column of 重点地域.
_OWN_SUFFIXES = ("枠", "分", "区分")


@dataclass(frozen=True)
class MemberClass:
    """A class a document defines by listing its `members` (食品, 飲料, 酒類) and the things it
    leaves out (`excluded`: 化粧品, 医薬部外品)."""

    term: str
    members: tuple[str, ...]
    excluded: tuple[str, ...] = ()


def _nouns(phrase: str | None) -> tuple[str, ...] | None:
    """The nouns a list phrase names, or None when a part of it is no short noun."""
    if not phrase:
        return ()
    parts = [p for p in _SEPARATORS.split(phrase) if p]
    if not parts or not all(_MEMBER.fullmatch(p) for p in parts):
        return None
    return tuple(parts)


# 「椀、皿、箸、重箱その他の飲食物に直接触れる漆器」: a list that ends in what its members are
# examples of; its members are the nouns before その他.
_EXAMPLES_THEN_KIND = re.compile(r"^(?P<members>[^。「」]+?)その他の")
# 「それ以外の漆器（花器、文箱、装身具、家具等）を「調度品類」といいます」: a class named after its
# members, listed in brackets.
_LISTED_THEN_NAMED = re.compile(r"[(（](?P<members>[^()（）。「」]{1,60})[)）]を「(?P<term>[^」]{1,16})」と(?:いい|いう|呼ぶ|呼び|称する)")


def member_classes_in(text: str) -> list[MemberClass]:
    """The classes `text` defines by a list of members."""
    flat = re.sub(r"\s+", "", unicodedata.normalize("NFKC", text))
    out = []
    for m in _LIST_DEFINITION.finditer(flat):
        listed = _EXAMPLES_THEN_KIND.match(m.group("members"))
        members = _nouns(m.group("members")) or (_nouns(listed.group("members")) if listed else None)
        excluded = _nouns(m.group("excluded"))
        if members and excluded is not None and len(members) + len(excluded) >= 2:
            out.append(MemberClass(m.group("term"), members, excluded))
    for m in _LISTED_THEN_NAMED.finditer(flat):
        members = _nouns(re.sub(r"(?:等|など)$", "", m.group("members")))
        if members and len(members) >= 2:
            out.append(MemberClass(m.group("term"), members))
    return out


def read_member(question: str, classes: Sequence[MemberClass], axes: Sequence[Sequence[str]],
                countries: Callable[[str], list[str]] | None = None) -> ClassReading | None:
    """The label of a table axis (`axes`: the rows and the columns of the tables) that the thing
    `question` names is read under: the class's own label for one of its members, its
    complement's for a thing it leaves out; None when the question names neither, or both.
    A class listed as countries (「重点地域」とは、ベトナム、タイ…及びインドをいいます) leaves out every
    other country the question names (`countries`: the country names of a text, Sudachi's)."""
    asked = squash(unicodedata.normalize("NFKC", question))
    for cls in classes:
        term = squash(cls.term)
        # (a word of two characters or more: 「米」 of a list would be in too many questions)
        member = next((w for w in cls.members if len(w) >= 2 and squash(w) in asked), None)
        # (or a country of a region the class lists, ベトナム of 「ＡＳＥＡＮ加盟国及びインド」)
        member = member or next((p for w in cls.members if (region := _region(w)) for p in places_in(asked)
                                 if label_region_holds(region, p)), None)
        left_out = next((w for w in cls.excluded if len(w) >= 2 and squash(w) in asked), None)
        if member is None and left_out is None and countries is not None:
            left_out = _other_country(question, cls, countries)
        if (member is None) == (left_out is None) or term in asked:
            continue  # (the question names the class itself, or nothing it lists, or both sides)
        for axis in axes:
            labels = {squash(x): x for x in axis if x}
            own = next((labels[x] for x in labels if term in class_terms(x)), None)
            if own is None:
                continue
            if member is not None:
                return ClassReading(own, f"{member}は「{cls.term}」に当たります", cls)
            other = _complement(labels, term, own)
            if other is not None:
                return ClassReading(other, f"{left_out}は「{cls.term}」に当たりません（「{other}」の欄を読みます）", cls)
    return None


def class_terms(label: str) -> tuple[str, ...]:
    """The class terms an axis label (squashed) may be the column of: itself, and without a word
    for a column of it (重点地域枠 -> 重点地域)."""
    return (label, *(label[: -len(x)] for x in _OWN_SUFFIXES if label.endswith(x) and len(label) > len(x)))


def _complement(labels: dict[str, str], term: str, own: str) -> str | None:
    """The label of an axis that holds what the class leaves out: its complement's written form
    (食品等以外, それ以外, その他), or the one other label of an axis of two (一般枠 beside 重点地域枠)."""
    written = next((labels[c.format(term=term)] for c in _COMPLEMENTS if c.format(term=term) in labels), None)
    if written is not None:
        return written
    others = [x for x in labels.values() if x != own and not total_label(x)]
    return others[0] if len(labels) == 2 and len(others) == 1 else None


def _other_country(question: str, cls: MemberClass, countries: Callable[[str], list[str]]) -> str | None:
    """A country the question names that a class listed as countries does not list, or None."""
    regions = [r for w in cls.members if (r := _region(w))]
    members = {w for w in cls.members if not _region(w)}
    if len(members) + len(regions) < 2 or not members <= set(countries("、".join(members))):
        return None  # (a class of things, not of countries)
    named = [c for c in countries(unicodedata.normalize("NFKC", question))
             if c not in members and c not in OWN_COUNTRY and not any(label_region_holds(r, c) for r in regions)]
    return named[0] if len(set(named)) == 1 else None


# What makes a region's name a list of its countries: 「ＡＳＥＡＮ加盟国」「ＥＵ諸国」.
_MEMBER_STATES = re.compile(r"(?:加盟国|加盟各国|諸国|各国)$")


def _region(member: str) -> str | None:
    """The world region a listed member names (ASEAN of 「ＡＳＥＡＮ加盟国」, 東南アジア), or None."""
    name = _MEMBER_STATES.sub("", unicodedata.normalize("NFKC", member))
    return name if name in REGION_COUNTRIES else None
