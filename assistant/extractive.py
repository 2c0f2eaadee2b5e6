"""The offline answerer: quote the best evidence units (sentences, table rows) with [n] markers.

No model is needed: passages are split into verbatim units, each unit is scored against the
question together with its context (section path, table title), and the best one to three are
quoted. Values held in table records (assistant.lookup) are stated first, so that "令和6年度の実績"
is answered with the right cell, while the verbatim row is quoted as the evidence.
"""

from __future__ import annotations

import dataclasses
import functools
import logging
import math
import re
import unicodedata
from dataclasses import dataclass
from typing import Callable, Iterable, NamedTuple, Sequence

from assistant.historyclass import (HistoryClass, columns_applied, complements_defined, history_classes, history_said,
                                    read_history)
from assistant.definitions import definitions as _definitions
from assistant.industries import industry_labels, names_industries
from assistant.lookup import (COUNTING_RULE, HOW_MUCH_OF, ORGANISATION, REASON_ASKED, Found, Lookup, amount_text, describe, grant_from_lines,
                              grant_outcome, idf_weight, service_used)
from assistant.lookup import (ASKERS_CASE, COMPOUND_VERB, COUNTRY_ASKED, OWN_COUNTRY, included_places, is_total, named_in, notes_on_row,
                              read_intent, subject_word)
from assistant.lookup import (DURATION_VALUE, ENUMERATION_SEP, STATED_TOTAL, TIME_TAKEN_ASKED, UP_TO_YEAR, application_periods, asker_not_of,
                              is_application_period)
from assistant.lookup import (CAP_LABEL, EXAMPLE, EXTREME_SAID, FIRM_WORDS, FORMAL_NOUNS, MONEY_UNITS, MONTH_LABEL, NOUN_NO_NOUN, TO_MAN,
                              asks_which_extreme,
                              asks_yes_or_no, band_holds, band_in_label, looks_like,
                              percent_text, places_left_behind, quantities_given, question_shaping_words, row_said,
                              total_label)
from assistant.meaning import label_core, meant_labels
from assistant.memberclass import MemberClass, member_classes_in, read_member
from assistant.normalize import YearMention, era_on, find_years, year_spans
from assistant.regions import REGION_COUNTRIES, abroad, places_in, region_held, region_joining, regions_named, same_place
from assistant.retrieval import RetrievalResult, char_bigrams, short_forms
from assistant.rulelists import ELIGIBILITY_ASKED, NEGATIVE_ASKED, RuleList, item_for_case, opposed_to_case, rule_lists
from assistant.sizeclass import (ClassReading, SizeClass, asks_for_class, class_of, definition_sentence, employees_asked,
                                glossed_class, read_class, size_classes, size_classes_in, without_head_count)
from assistant.timeslots import TimeSlot, read_slot, slots_in
from assistant.types import Answer, Citation, Passage
from assistant.wording import Rewording
from corpus.chunking import is_heading
from corpus.records import Cell, Footnote, TableRecord, is_dash, is_no_value, parse_number, squash
from corpus.rows import is_table_row
from corpus.text import BLOCK_START, HEADING_MARK, HEADING_START, SENTENCE_ENDS, item_marker, note_line_mark, note_marks, split_sentences
from index.tokenizer import get_tokenizer

log = logging.getLogger(__name__)

REFUSAL = "資料に記載が見当たりません。"

_PLACE = re.compile(r"[都道府県市区町村]|丁目|[0-9]+-[0-9]+|(?:場\s*所|会\s*場|開催地)\s*[:：]")
_PLACE_OR_ORGANISATION = re.compile(f"{_PLACE.pattern}|{ORGANISATION.pattern}")  # どこが運営: a place or an organisation
# What kind of value a question asks for, and how a unit that holds one looks (NFKC text).
# How a date looks in a unit (what いつ, 開催日 and the like want).
_DATE_VALUE = re.compile(r"[0-9]+年|[0-9]+月|令和|平成|昭和|元年")
_DAY_VALUE = re.compile(r"[0-9]+\s*(?:営業)?日")  # (business days too: 「３営業日前まで」)
_DAY_ASKED = re.compile(r"何日(?!間)|年月日")
_FULL_DATE = re.compile(r"[0-9]+\s*月\s*[0-9]+\s*日")
# A deadline as a passage states it: 締切, 期限, or a date (or hour) up to which (「５月23日（金）
# 17時まで」「10月末まで」), a time before or after an event (「開催日の３か月前まで」「終了後30日以内」);
# not 「年度内１回まで」, nor a length 「期間：約４か月」, nor an age 「創業から５年以内」.
_DEADLINE_VALUE = re.compile(r"締め?切|期限|(?:[0-9]+\s*(?:日|月|時|年度?)(?:末|初め|上旬|中旬|下旬)?|[0-9]\s*(?:(?:営業)?日|[かヶカケ箇]月|週間?|年)前|[)）])\s*(?:まで|迄)"
                             r"|(?:後|から)\s*[0-9]+\s*(?:(?:営業)?日|[かヶカケ箇]月|週間)以内|[～~〜]")
# 「いつからいつまで」 asks a span, which a passage gives from a date to a date.
_PERIOD_ASKED = re.compile(r"いつから.{0,4}いつまで")
# (or from a time before an event to a later one: 「利用日の14日前から前日まで」)
_PERIOD_VALUE = re.compile(r"[0-9]+\s*[年月日](?:\s*[(（][^)）]{1,4}[)）])?\s*(?:から|[～~〜])\s*(?:令和|平成|[0-9])"
                           r"|[0-9]+\s*(?:日|[かヶカケ箇]月|週間)前\s*から\s*(?:[0-9]+\s*(?:日|[かヶカケ箇]月|週間)前|前日|当日)\s*まで")
# 「どれだけの」「どのくらいの」 before a kind noun asks how many of that kind
_HOW_MANY_OF = r"(?:どれだけ|どれくらい|どれぐらい|(?<![なほ])どのくらい|(?<![なほ])どのぐらい|どれほど)の(?:数の)?"
_COUNTED_PEOPLE = r"(?:人|方|者|参加者|来場者|学生|留学生)"
_COUNTED_FIRMS = r"(?:企業|会社|事業者)"
_COUNT_OF_KIND = re.compile(_HOW_MANY_OF + f"(?:{_COUNTED_PEOPLE}|{_COUNTED_FIRMS})")
_ANY_FIGURE = re.compile(r"[0-9]")
# A figure that numbers, not counts (第１条, 第３回, ※２, （１）, ①): no value of any kind asked.
# (and a paragraph's number at the start of its unit, 「２ この要綱において…」, an article's second)
_ORDINAL = re.compile(r"第\s*[0-9]+\s*(?:条|項|号|章|節|次|回|期|部|弾)|※\s*[0-9]+|[（(][0-9]+[）)]|[①-⑳]"
                      r"|^\s*[0-9]{1,2}[ \u3000]+(?=[^\s0-9])")
# A contact (a phone or fax number, a mail address): asked for even by yes or no (「FAX番号は載って
# いますか」).
_PHONE_VALUE = re.compile(r"[0-9]{2,4}-[0-9]{2,4}-[0-9]{3,4}|TEL|電話")
_FAX_VALUE = re.compile(r"(?:FAX|ファクス|ファックス)\s*[:：]?\s*[0-9(（+]", re.IGNORECASE)
_MAIL_VALUE = re.compile(r"@")
# 「どのくらいの期間」「何か月くらい」: a length of time asked.
_SPAN_ASKED = re.compile(r"(?:(?<![なほ])どの|どれ)\s*(?:くらい|ぐらい|程度)の期間|何\s*[かヶカケ箇]\s*月|何年間|何日間|何週間")
_ANSWER_TYPES: list[tuple[re.Pattern[str], re.Pattern[str]]] = [
    (re.compile(r"いつ|時期|何年(?!ごと|おき|毎|間|\s*(?:くらい|ぐらい|程度|ほど)?\s*(?:かか|要))|何月|日付|年月日|会期|(?:開設|開催|実施|締結|設立|署名|調印)日"), _DATE_VALUE),
    (re.compile(r"いくら|金額|総額|額は|費用|予算|[0-9何万億千]円|(?:上限|限度|補助|交付|助成)額"
                # 「運賃はどのくらいかかりますか」: a price asked by how much
                r"|(?:運賃|料金|代金|経費|手数料|送料|参加費|利用料)(?:は|が|って)?[、,]?\s*(?:(?<![なほ])どのくらい|どれくらい|(?<![なほ])どの程度|どれほど)"),
     re.compile(r"[0-9,.]+\s*(?:億|千万|百万|万|千)?円")),
    # 「どのくらいの規模の基金」: a size is a figure, whatever its unit
    (re.compile(r"(?<![大小中])規模"), re.compile(r"[0-9]")),
    # a length of time (何か月, どのくらいの期間) is a count of months, years, days or weeks
    (_SPAN_ASKED,
     # (「どのくらいの期間内に申請」: a time limit, 「60日以内」, is a length too)
     re.compile(r"[0-9一二三四五六七八九十]+\s*(?:[かヶカケ箇]月|年間|日間|週間)|(?<![0-9令和平成昭])[0-9一二三四五六七八九十]{1,2}\s*年(?![度0-9])"
                r"|[0-9一二三四五六七八九十]+\s*日\s*以内|半年|半月")),
    # 「どのくらいで振り込まれますか」「何日くらいで」: the time an event takes is a span of days, weeks or
    # months (「30日以内に」「約２か月後」), not any figure nor a date (「…でしたか」 asks no time taken)
    (TIME_TAKEN_ASKED, DURATION_VALUE),
    # 「どのくらいの生産能力」「どれほど」: a quantity is a figure, whatever its unit
    (re.compile(r"(?:(?<![なほ])どの|どれ)\s*(?:くらい|ぐらい|ほど)|(?<![なほ])どの程度|どれだけの"), _ANY_FIGURE),
    # (a table row label carries its unit in brackets: 人口（万人） 286)
    (re.compile(r"何件|件数"), re.compile(r"[0-9,]+\s*件|[（(](?:千|万)?件[）)][^0-9]*[0-9]")),
    # 「どれだけの企業が」「どのくらいの人が」: a count of the kind asked, in its counter
    (re.compile(r"何人|何名|人数|人員|人口|" + _HOW_MANY_OF + _COUNTED_PEOPLE), re.compile(r"[0-9,.]+\s*(?:万|千)?\s*(?:人|名)|[（(](?:万|千)?(?:人|名)[）)][^0-9]*[0-9]")),
    (re.compile(r"何社|社数|企業数|" + _HOW_MANY_OF + _COUNTED_FIRMS), re.compile(r"[0-9,]+\s*社|[（(](?:社|件)[）)][^0-9]*[0-9]")),
    (re.compile(r"何回|回数"), re.compile(r"[0-9,]+\s*回|[（(]回[）)][^0-9]*[0-9]")),
    # (a count of things by their counter: 「何台用意されて」 is a figure in 台, not a card that names
    # the thing, 「使った機器：…温度記録計」, nor what a price is per, 「１台・１回」)
    (re.compile(r"何\s*(?:台|基|個|本|枚|機|隻|棟|室|校|団体|チーム)"),
     re.compile(r"[0-9,]+\s*(?:台|基|個|本|枚|機|隻|棟|室|校|団体|チーム)(?![・、]?[0-9１一][^0-9])"
                r"|[（(](?:台|基|個|本|枚|機|隻|棟|室|校|団体|チーム)[）)][^0-9]*[0-9]")),
    (re.compile(r"何%|何％|何割|割合|進捗度|進捗率|達成率|率は|補助率"), re.compile(r"[0-9.]+\s*%|[0-9]+割|[0-9]+/[0-9]+|[0-9一二三四五六七八九十]分の[0-9一二三四五六七八九十]")),
    (re.compile(r"どこ|所在地|場所|住所"), _PLACE),
    (re.compile(r"面積|広さ|何平方|何ヘクタール"), re.compile(r"km2|ha|平方|㎡|m2|ヘクタール|アール")),
    (re.compile(r"何位|順位"), re.compile(r"[0-9]+位")),
    # 「何点以上取れば採択」: a score, in 点 (a step 「③ 審査」 says there is a review, not its mark)
    # (点数 of its own: 拠点数, 地点数 count places)
    (re.compile(r"何点|(?<![\u4e00-\u9fff])点数|得点"), re.compile(r"[0-9０-９]+(?:\.[0-9]+)?\s*点")),
    # a deadline or application period asked is one the passage states (…まで, 締切, 期限, 期間)
    (re.compile(r"締め?切|期限|受付期間|募集期間|申請期間|応募期間|いつまで|何年度?まで"), _DEADLINE_VALUE),
    (re.compile(r"何時|営業時間|利用時間"), re.compile(r"[0-9]+時|[0-9]+:[0-9]{2}")),
    (re.compile(r"何キロ|距離|何km"), re.compile(r"[0-9.]+\s*(?:km(?!2)|キロ(?!平方)|m\b)")),
    # 「どれくらいの重さ」: a weight is a figure in a unit of weight, not the months of a rule beside it
    (re.compile(r"重さ|重量|何グラム|何キログラム"),
     re.compile(r"[0-9][0-9,.]*\s*(?:kg|g(?![a-z])|グラム|キログラム|キロ(?!メートル|平方|m)|トン|t(?![a-z]))")),
    # (the number or address asked, not a way things came: 「電話やメールで寄せられた相談は何件」
    # 「英文メールを作った会社は」)
    (re.compile(r"電話番号|連絡先|電話(?:は|を|って|の番号)|電話.{0,16}?番号|何番(?!目)"), _PHONE_VALUE),
    # a fax number or a mail address asked is one the passage gives, not the phone beside it
    (re.compile(r"FAX|ファクス|ファックス", re.IGNORECASE), _FAX_VALUE),
    (re.compile(r"アドレス|e-?mail|メール(?:は|を教え|の(?:宛先|送り先))", re.IGNORECASE), _MAIL_VALUE),
    (re.compile(r"何日(?!間)"), _DAY_VALUE),
    (re.compile(r"住所"), re.compile(r"[都道府県市区町村][^、。]{0,12}[0-9]")),
    # (a count, not the figures of a date: 「令和７年３月25日改正」 says how many of nothing)
    (re.compile(r"いくつ|何区域|何か所|何箇所|数は"), re.compile(r"[0-9]+(?![0-9,.]*\s*(?:年|月|日))")),
    (re.compile(r"何年(?:ごと|おき|毎)|周期|頻度"), re.compile(r"[0-9一二三四五六七八九十]+年(?:ごと|おき|毎)|毎年|年[0-9一二三四]+回")),
]
class _PlaceNamed:
    """What a unit that answers 「どの国」 looks like: it names a place (Sudachi's 地名: 米国,
    ベトナム, 台湾, 欧州), whatever else it holds. Duck-types the compiled patterns beside it."""

    pattern = "<place name>"

    @staticmethod
    def search(text: str) -> bool:
        return any(n not in OWN_COUNTRY for n in get_tokenizer().place_names(text))


_PLACE_NAMED = _PlaceNamed()
# 「主にどこに輸出していますか」「出荷先はどこ」: where goods go is a country or a region abroad.
_DESTINATION_ASKED = re.compile(r"どこ(?:に|へ|向けに?)[^、。？?]{0,4}?(?:輸出|出荷|販売|進出)|(?:輸出|出荷|販売)先(?:は|が)どこ")
# "何席", "何点", "何校": a count in a counter word the list above does not know; the answer must
# hold a figure in that counter ("33席"). Dates, amounts and the counters above are theirs.
# (「何席分」: the seats' worth, counted in 席)
_COUNTER_QUESTION = re.compile(r"何\s*(?P<counter>[\u4E00-\u9FFF\u30A1-\u30FA]{1,2}?|(?!パーセント|ポイント)[\u30A1-\u30FA\u30FC]{3,6}?)分?(?=ありますか|あります|ある|です|でした|に|を|が|は|と|ほど|くらい|ぐらい|程度|[？?、。]|$)")
# "どこの大学と連携", "大学はどこ": where names a kind that ends its members' names (…大学,
# …研究所, …センター), so a unit naming one answers; a kind that does not (どこの施設) says nothing.
_WHICH_KIND = re.compile(r"どこの(大学|研究所|センター|銀行|病院)|(大学|研究所|センター|銀行|病院)(?:は|が)どこ")
# 「企業はどこ」「どこの団体」: a body asked for by its kind, which names no place.
_WHICH_BODY = re.compile(r"(?:企業|会社|メーカー|団体|機関|法人|事業者|組織|大手)(?:は|が|って)?どこ|どこの(?:企業|会社|メーカー|団体|機関|法人|事業者|組織)")
# Lengths asked by a katakana counter the pattern above does not read whole (何トン it reads).
_LENGTH_UNITS = {"メートル": "m(?![²2])|メートル", "センチ": "cm|センチ", "ミリ": "mm|ミリ"}
_LENGTH_QUESTION = re.compile(r"何\s*(" + "|".join(_LENGTH_UNITS) + ")")
# (「電話番号は何番」 asks a number written as the document writes it, no count in 番)
_KNOWN_COUNTERS = frozenset("年 月 日 時 件 人 名 社 回 円 位 割 キロ 区域 か所 箇所 歳 才 分 秒 度 番".split())


# 「一番多い市町村はどこ」「いちばん大きかったのはどの都市」: the phrase that asks which is the extreme.
_WHICH_EXTREME_PHRASE = re.compile(r"(?:最も|もっとも|一番|いちばん)[^、。？?]*?(?<![なほ])(?:どの[^\s、。？?はがをでに]+|どこ|どれ)")


def _answer_types(qn: str) -> list[re.Pattern[str]]:
    """How a unit that holds the value a question asks for looks (one pattern per kind asked).
    A follow-up made standalone (「<carried topic>について、<asked part>」) asks only its own part."""
    qn = _INDEFINITE_COUNT.sub(r"複数\1", qn.rpartition("について、")[2])
    wanted = [unit_re for q_re, unit_re in _ANSWER_TYPES if q_re.search(qn)]
    if asks_yes_or_no(qn):
        # 「一から開発する費用も、この補助金で見てもらえますか」「寄港の回数に数えていますか」: whether,
        # not how much; the nouns it names (費用, 回数) ask no value of their kind, a contact still does
        wanted = [r for r in wanted if r in (_PHONE_VALUE, _FAX_VALUE, _MAIL_VALUE)]
    if COUNTING_RULE.search(qn):
        return []  # 「相談件数はどう数えられますか」: a rule of counting (「それぞれ１件と数える」), no figure
    if _COUNT_OF_KIND.search(qn) or _SPAN_ASKED.search(qn):
        # a count in its counter, not any figure; a length of time in days or months (「どのくらいの
        # 期間がかかりましたか」 is no 「…100万円を限度とし」)
        wanted = [r for r in wanted if r is not _ANY_FIGURE]
    if _PERIOD_ASKED.search(qn):
        # 「いつからいつまで」: a span from a date to a date (「９月２日から10月４日」), with or without まで
        wanted = [_PERIOD_VALUE if r is _DEADLINE_VALUE else r for r in wanted]
    if _SOURCE_ASKED.search(qn):
        wanted = [r for r in wanted if r is not _DATE_VALUE]  # 「資料の日付も」: the note gives the source's date
    if _DATE_VALUE in wanted and _DAY_ASKED.search(qn):
        # 「何月何日」「年月日」: a date to the day, not the month a neighbouring line gives
        wanted = [r for r in wanted if r is not _DATE_VALUE and r is not _DAY_VALUE] + [_FULL_DATE]
    if _WHICH_BODY.search(qn):
        # 「認定を受けた企業はどこ」: a company, whose name has no form of its own (川澄化学工業, JSR),
        # not a place (区 of 特区区域 looks like one)
        wanted = [r for r in wanted if r is not _PLACE]
    kind = _WHICH_KIND.search(qn)
    if kind:
        # "どこの大学": a unit naming a 大学 answers it, wherever it is
        noun = kind.group(1) or kind.group(2)
        wanted = [re.compile(re.escape(noun)) if r is _PLACE else r for r in wanted]
    if COUNTRY_ASKED.search(qn) or _DESTINATION_ASKED.search(qn):
        # (a country is a place, not an address: 市 or 丁目 do not answer it; nor the town in a firm's
        # heading, 「…製作所Ｅ社（葛浜市）」, where 「主にどこに輸出していますか」 asks its 輸出先)
        wanted = [r for r in wanted if r is not _PLACE] + [_PLACE_NAMED]
    for m in _LENGTH_QUESTION.finditer(qn):
        # 「水深は何メートル」: a length in metres, written m or メートル
        wanted.append(re.compile(r"[0-9][0-9,.]*\s*(?:" + _LENGTH_UNITS[m.group(1)] + ")"))
    for m in _COUNTER_QUESTION.finditer(qn):
        counter = m.group("counter")
        if counter not in _KNOWN_COUNTERS and counter not in _LENGTH_UNITS and not counter.startswith(("の", "か")):
            # (not the basis of a price, 「保管料（１パレット・１か月）」, nor a term, 「「１パレット」とは」:
            # a quantity counted in it)
            c = re.escape(counter)
            wanted.append(re.compile(rf"(?<![0-9,.])(?!1\s*{c}\s*(?:当たり|あたり|につき|[・）)」]))[0-9][0-9,.]*\s*{c}"))
    return wanted


# Another part of a question of several parts may come from a unit of the lead's own passage
# scoring this share of the best (its label–value line shares few words with the question:
# "・場 所：神奈川中小企業センタービル"); from other passages only at half the best, as before.
LEAD_PASSAGE_SHARE = 0.25
# A unit is read as holding the value asked (a yen amount, a date; which is the largest) when it
# scores at least this share of the best unit: a weaker one is about something else.
VALUE_UNIT_SHARE = 0.6
# The interrogatives of a question: two or more make it a question of several parts.
_INTERROGATIVE = re.compile(r"いつ|どこ|だれ|誰|いくら|いくつ|(?<![なほ])どの|どんな|どういう|何(?!か|も|とか)")
_LIST_QUESTION = re.compile(r"どんな|(?<![なほ])どのような|何が|挙げ|分野|種類|内容|とは|それぞれ")
_ROW_WANT = {"実績": "実績値", "目標": "目標値", "進捗": "進捗度", "達成率": "進捗度"}
_CONNECTIVE = re.compile(r"^\s*(?:あと|それと|また|それから|ついでに)[、,\s]*")
# A sentence that asks without an interrogative: 「…名前も」「…を教えてください」「…は」.
_ASKED_ENDING = re.compile(r"(?:も|は|[をも]教えて(?:ください|もらえますか)?|[をも]知りたい(?:です)?)\s*$")


_PAIR_ASKED = re.compile(
    r"([^、,。？?\sとはを]+[^、,。？?\s\u3041-\u3096])と[、,]?([^、,。？?\s\u3041-\u3096][^、,。？?\sとはをの]+)"
    r"(?:を|は|って|について)?[、,]?(?:それぞれ[^。？?]{0,12}?)?(?:教えて|知りたい|どう|何|いくら|いつ|どこ|どれ|誰)")


def _at_interrogatives(clause: str) -> list[str]:
    """A clause cut where each later interrogative begins (「いつオープンで｜どこが運営してる」), or
    the clause whole when a piece would hold none."""
    starts = [m.start() for m in _INTERROGATIVE.finditer(clause)][1:]
    # (only where a content word stands between: 「どのくらいの」 is one interrogative)
    cuts = [0] + [k for k in starts if re.search(r"[\u4e00-\u9fff\u30a1-\u30fa]{2}", clause[:k].split("。")[-1][-12:])] + [len(clause)]
    pieces = [clause[a:b] for a, b in zip(cuts, cuts[1:])]
    return pieces if all(_INTERROGATIVE.search(x) for x in pieces) else [clause]


def _pair_sides(part: str) -> tuple[str, ...]:
    m = _PAIR_ASKED.search(part)
    return (m.group(1), m.group(2)) if m else (part,)


def _question_parts(qn: str) -> list[list[str]]:
    """The content words of each part of a question of several parts (「そこは何部屋あって、令和6年度は
    どのくらい利用されましたか」 -> [[部屋], [利用]]; 「運営しているのはどこですか？開設はいつ？」
    -> [[運営], [開設]]); [] for a question of one part. Years and figures say when, not what,
    and are left out."""
    asked = qn.rpartition("について、")[2]
    parts = [p for p in re.split(r"[、,。？?]", asked) if _INTERROGATIVE.search(p)]
    # 「いつオープンでどこが運営してる」: two interrogatives in one clause are two parts, split where
    # the second begins
    parts = [piece for p in parts for piece in _at_interrogatives(p)]
    if len(_INTERROGATIVE.findall(asked)) < 2 or len(parts) < 2:
        # sentences of their own, asked without an interrogative too (「…結節点とされてますか？あと、
        # そこが推している分業モデルの名前も。」)
        sentences = [_CONNECTIVE.sub("", x) for x in re.split(r"[。？?]", asked) if x.strip()]
        parts = [x for x in sentences if _INTERROGATIVE.search(x) or _ASKED_ENDING.search(x)]
    if not parts:
        parts = [asked]
    # two things asked together are two parts: 「大連市中心部からの距離と重点分野を教えて」
    parts = [side for p in parts for side in _pair_sides(p)]
    if len(parts) < 2:
        return []
    words = get_tokenizer().content_words
    return [[w for w in words(p) if len(w) >= 2 and not re.fullmatch(r"[0-9.]+|令和|平成|昭和|年度|年|月|日", w)]
            for p in parts]


# The noun right before "は いくら/何/いつ/どこ…": what the question asks about; the asked detail
# of the absence check also takes a comma before the interrogative (「説明会は、何日に」).
# (a bracketed gloss may stand between the detail and は: 「域内総生産（GDP）はどのくらい」)
# A detail's name (「補助率」「申請書」), and the form of a question that asks it (「補助率は何％」).
_DETAIL_WORD = r"[\u30a0-\u30ff\u3400-\u9fffA-Za-z0-9]{2,12}"
_ATTRIBUTE_FORM = r"(<WORD>)(?:[（(][^）)]{1,12}[）)])?(?:は|って|を)<GAP>(?:いくら|何|いつ|どこ|(?<![なほ])どの|どう|どれ|誰|だれ|教えて|分かり|わかり)"


def _attribute_form(gap: str, word: str = _DETAIL_WORD) -> re.Pattern[str]:
    """The asking form with what may stand between the name and the interrogative (`gap`)."""
    return re.compile(_ATTRIBUTE_FORM.replace("<WORD>", word).replace("<GAP>", gap))


_ATTRIBUTE = _attribute_form("")
# What gives an average: 平均, or a figure per head or per firm (1社当たり).
_AVERAGE_SAID = re.compile(r"平均|当たり|あたり|につき")
# (with how the figure is taken between: 「買収価格は平均でいくら」「料金収入は年間いくら」)
_ATTRIBUTE_TAKEN = _attribute_form(
    r"[、,]?\s*(?:平均で?|年間で?|全部で|合計で|合わせて|総額で|毎月|月額で?|(?:一|1)(?:人|社|件|回|台|日)(?:あたり|当たり)(?:平均で?)?)")
# (「自己負担は、一人いくら」: a per-head or per-company count may stand between; and a detail may end
# on its okurigana: 「利回りは」「支払いは」)
_ASKED_DETAIL = _attribute_form(r"[、,]?\s*(?:(?:一|1)(?:人|社|件|回|台|日)(?:あたり|当たり)?)?",
                                _DETAIL_WORD + r"|[\u3400-\u9fff]{1,6}[りい]")
# A detail named after its interrogative (「いくらくらいが相場ですか」「何％ぐらいが目安でしょうか」).
# (a rough figure, くらい, is asked: 「何点以上が必要」 asks a bar, and 必要 is no detail)
_DETAIL_AFTER = re.compile(r"(?:いくら|何[^\s、。？?]{0,3}?|どれ)(?:くらい|ぐらい|程度)が(" + _DETAIL_WORD + r")(?:です|でしょう|なの)")
# A detail asked by yes or no (「参加費はかかりますか」「説明会はありますか」): the document must speak of it.
_YES_NO_DETAIL = re.compile(r"([\u30a0-\u30ff\u3400-\u9fffA-Za-z0-9]{2,12})(?:は|って)\s*"
                            r"(?:かかり|かかる|必要|要り|いり|あり|ある|出して(?:もらえ|くれ)|出る|出ます|支給され|もらえ)"
                            r"(?:ます|ません|です|ました|ませんでした|でした|る)?か")
# The label of a card's line that says who may use, apply for or join something (利用できる者,
# 対象者, 申込みできる方, 補助対象者).
_WHO_MAY_LABEL = re.compile(r"(?:利用|申込み?|申し込み|申請|参加|応募|相談|受講)(?:できる|可能な)?(?:者|方|企業|事業者)"
                            r"|(?:補助|支援|利用|参加|募集)?対象(?:者|事業者|企業)?")
# What says a kind named on such a line is left out: 「学生・個人は利用できません」「…を除く」.
_EXCLUDED_AFTER = re.compile(r"^[^、。）)]{0,12}?(?:は|も)?(?:利用|申込み?|申請|参加|応募|相談|受講)?(?:でき(?:ません|ない)|不可|対象外|除く|除き)")
# The measure a row is the largest or smallest by (「利益率が一番高いのはどの国向け」: 利益率).
_EXTREME_DETAIL = re.compile(r"([\u30a0-\u30ff\u3400-\u9fffA-Za-z0-9]{2,12})(?:が|の)\s*(?:一番|いちばん|最も)\s*(?:高|多|大|低|少|小|安|長|短)")
# A thing asked whether one may get or use it (「前払金を受け取ることはできますか」「通訳を頼めますか」):
# the document must speak of it.
_ABLE_DETAIL = re.compile(r"([\u30a0-\u30ff\u3400-\u9fffA-Za-z0-9]{2,12})を\s*(?:受け取|もら|受け|利用|使|頼|依頼|申請|借り)"
                          r"[^。？?、]{0,10}(?:でき|られ|れ|え|め)(?:ます|る|ません)?か")
ATTRIBUTE_MIN_SHARE = 0.34
# A sentence that introduces what follows (a table, a list): 「…は、次のとおりである。」
_INTRODUCES = re.compile(r"(?:次|以下)の(?:とおり|通り)")
# 「2つの支援策は何」: a counted noun names the kind of the listed answers (the document names the
# items, 「設備更新補助金」と「産業チェーン完備奨励金」), not a detail it must word the same way.
_COUNTED_KIND = re.compile(r"(?:[0-9一二三四五六七八九十]+(?:つ|種類|項目))の$")
# A contact asked in other words, and how its value looks (see _contact_given).
_CONTACT_ASKED = re.compile(r"(?P<mail>メール|アドレス|e-?mail)|(?P<phone>電話|TEL|連絡先)", re.IGNORECASE)
_CONTACT_VALUE = {"mail": re.compile(r"[\w.+-]+@[\w-]+\.[\w.]+"), "phone": re.compile(r"[0-9]{2,4}[-)）][0-9]{2,4}-[0-9]{3,4}")}
# 「就職した人は何人」「成約に至った金額はいくら」: a verbal noun in the clause naming what is counted
# (or whose being is asked: 「当局に摘発された県内企業はありましたか」; the ones counted may be
# ところ: 「その後撤退してしまったところは何件」, its deed 撤退).
_COUNTED_BY_DEED = re.compile(r"(?<![\u4e00-\u9fff])(?:後)?([\u4e00-\u9fff]{2,4})(?:した|している|していた|された|に至った|できた|してしまった)"
                              r"(?=(?P<head>[\u30a0-\u30ff\u4e00-\u9fff]{1,6}|ところ)(?:は|が)[^。？?]{0,8}(?:何|いくら|(?<![なほ])どの|どれ"
                              r"|(?:あり|い)(?:ます|まし)))")
# 「補助金を返さないといけないのでしょうか」: a duty asked, by a verb whose kanji a document that sets the
# duty writes in some form (返還, 返納, 返す).
_DUTY_ASKED = re.compile(r"(?:[\u4e00-\u9fff\u30a0-\u30ff]{2,8}を)?(?<![\u4e00-\u9fff])(?P<verb>[\u4e00-\u9fff])"
                         r"[\u3041-\u3093]{1,2}?(?:ないと|なければ|なくては)(?:いけ|なら)")
# 「現地法人を売却したり撤退したりした会社は何社」: the ones counted by deeds listed with たり.
_DEEDS_LISTED = re.compile(r"(?:[\u4e00-\u9fff]{2,4}したり[^、。？?]{0,12}?){1,3}した(?=[\u30a0-\u30ff\u4e00-\u9fff]{1,6}(?:は|が)"
                           r"[^。？?]{0,8}(?:何|いくら|(?<![なほ])どの|どれ))")
# 「駐在員に家族を連れて行かせている会社は、どれくらい」: firms or people counted by what they do to
# a thing (家族), which the documents must write to count them.
# (or by what they did to it: 「個人データが漏れる事故を起こした県内企業は何社」)
# (or by what befell them: 「出張先で盗難などの被害にあった企業は何社」「トラブルに巻き込まれた人」)
# (an object written with kana too, 漏えい; or what they have done once, 「…を起こしたことがある企業」)
# (or what they are in or at: 「リコールに備えて保険に入っている企業」)
_COUNTED_BY_OBJECT = re.compile(r"(?<![\u30a0-\u30ff\u4e00-\u9fff])([\u30a0-\u30ff\u4e00-\u9fff]{2,6}"
                                r"|[\u4e00-\u9fff][あいうえおきくけこさしすせそちつてなぬねまみむめもらりるれろわん]{1,3})"
                                r"(?:を[^、。？?をがは]{1,10}?(?:ている|ていた|てる|(?<=[こしちにびみりい])た(?:ことが(?:ある|あった)|ことのある)?)"
                                r"|に(?:あっ|遭っ|見舞われ|巻き込まれ)(?:た|ている|ていた)"
                                r"|に[^、。？?をがはにで]{1,6}?(?:ている|ていた))"
                                r"(?=(?P<head>(?:県内|国内|県外|海外|中小)?(?:会社|企業|事業者|人|方|者|社員|従業員))(?:は|が)[^。？?]{0,12}(?:何|いくら|(?<![なほ])どの|どれ))")
# 「どんな理由で不採択になったのか」「不採択となった理由は」「不採択になった申請には、どんな理由が」:
# the deed whose reason is asked, which a document that gives the reason writes.
_REASON_OF_DEED = re.compile(r"(?:理由で|なぜ|どうして|何故)[^。？?、]{0,16}?(?<![\u4e00-\u9fff])(?P<deed>[\u4e00-\u9fff]{2,4})(?:に|と)(?:なった|なる|なっ)"
                             r"|(?<![\u4e00-\u9fff])(?P<deed2>[\u4e00-\u9fff]{2,4})(?:に|と)(?:なった|なる)理由"
                             r"|(?<![\u4e00-\u9fff])(?P<deed3>[\u4e00-\u9fff]{2,4})(?:に|と)なった[^。？?]{1,12}?(?:どんな|どのような|何の)理由")
# 「交付されなかった６件は、どんな理由でしたか」: a reason asked of what was not done, and the ways a
# document says of a case that it was not (不交付, 交付しなかった, 交付されず, 交付に至らなかった; 不採択
# and 見送り of a call's decision).
_REASON_OF_NOT = re.compile(r"(?P<said>(?<![\u4e00-\u9fff])(?P<deed>[\u4e00-\u9fff]{2,4})(?:を受けられ|され|し|でき|が認められ)なかった"
                            r"[^はのが、。？?]{0,8})[^。？?]{0,24}?(?:理由|なぜ|どうして)")
_NOT_DONE = (r"不{deed}|{deed}(?:を受けられ|され|し|でき|が認められ)(?:なかった|ない|ず)|{deed}(?:に至らな|を見送)|"
             r"不採択|不交付|見送|却下|不承認")
# 「…被害は、何件」「その費用は何円」: the noun a count or sum is of, right before it, which a document
# that counts it writes (a kind of body, 企業 or 人, is written in each document's own word).
_CASE_WORD = re.compile(r"案件|事例|ケース|件数|実績|回数|人数|社数")
_COUNTED_NOUN = re.compile(r"(?<![\u30a0-\u30ff\u4e00-\u9fff])([\u30a1-\u30fa\u30fc\u4e00-\u9fff]{2,6})(?:は|が)[、,]?\s*"
                           r"何\s*(?:件|人|名|社|回|か所|箇所|団体|校)")
# 「発行してから何か月有効ですか」: the state a length or count is of, said right after it, which a
# document that states it writes.
_STATE_COUNTED = re.compile(r"何\s*(?:か月|ヶ月|カ月|年|日|週間|時間)間?(?:くらい|ぐらい|ほど)?\s*((?:(?!何)[\u4e00-\u9fff]){2,4})"
                            r"(?=です|でしょう|なの|ですか|か[？?]|[？?])")
# 「何回再生されましたか」「何人が就職しましたか」「年間でどれくらい閲覧されていますか」: the deed counted
# is the question's predicate (a deed done, not one that can be: 「何社くらい参加できる」 asks a
# capacity, 定員); so is the deed a cap asked is of (「保険でいくらまで補償されますか」: 補償; not an
# amount spent, 「いくら支出されましたか」 of 交付額, which documents word their own way).
_DEED_COUNTED = re.compile(r"(?:何\s*(?:回|件|人|名|社|度)|いくらまで|(?:どれ|(?<![なほ])どの)(?:くらい|ぐらい|ほど))(?:くらい|ぐらい|ほど)?(?:が|を)?\s*"
                           r"([\u4e00-\u9fff]{2,4})(?:され|し)(?!て?(?:もら|くれ|いただ))")
# An asked detail whose bigrams the lead's document holds less than this share of is absent from it.
ABSENT_SHARE = 0.5
# --- unit scoring (the text answer) ------------------------------------------------------------
# These were set on dev + bundled in the first version (see evals/sets/README.md: frozen.jsonl
# was never used to set them); each says what it does and why it has its size.
# How much the chunk's title/section/heading counts next to the unit's own words: half, since
# the context says where a unit stands, not what it says.
CONTEXT_WEIGHT = 0.5
# A unit holding the kind of value asked for (a date for いつ, yen for いくら) gains a quarter of
# a full match; one without it loses a tenth (it may still be the best description).
TYPE_BONUS = 0.25
TYPE_PENALTY = 0.1
# A reason asked (なぜ, なんで, 理由: lookup.REASON_ASKED): a unit that gives one by its wording
# (…の影響により, …ため) gains the type bonus.
_REASON_GIVEN = re.compile(r"影響(?:により|で|を受け)|ため[、，,]|(?:に|よ)り[、，,]?.{0,20}(?:減少|増加|削減|中止|延期)|要因|原因"
                           r"|をベースに|を考慮し|に基づ(?:き|いて)|を踏まえ")  # (a basis given: 「…の伸びをベースに算出」)
# A heading that says its section gives reasons (【該当する事業が無い理由】, ②理由と背景).
_REASON_HEADING = re.compile(r"理由|要因|原因|背景")
# A document's own questions and answers (よくある質問: 「Ｑ２ …どうなりますか」 / 「Ａ …」).
_FAQ_QUESTION = re.compile(r"^\s*(?:Q|問)\s*[0-9]*\s*[.:．：]?\s*\S")
_FAQ_ANSWER = re.compile(r"^\s*(?:A|答)\s*[0-9]*\s*[.:．：]?\s*\S")
# (their marks, Ｑ２ and Ａ, as NFKC writes them)
_FAQ_QUESTION_MARK = re.compile(r"^\s*(?:Q|問)\s*[0-9]*\s*[.:．：]?\s*")
_FAQ_ANSWER_MARK = re.compile(r"^\s*(?:A|答)\s*[0-9]*\s*[.:．：]?\s*")
# A label–value line's label (「主な取組：…」 -> 主な取組).
_LINE_LABEL = re.compile(r"^\s*[・○●]?\s*([^\s：:]{1,12})\s*[：:]")
# Units shorter than this (a bare label, a cell) say too little to answer alone.
SHORT_UNIT_CHARS = 8
SHORT_UNIT_PENALTY = 0.2
# For "how many / how much" questions, a unit without any figure loses this much.
NO_FIGURE_PENALTY = 0.15
# Tie-breaker toward better-ranked passages: at most 0.08 (rank 1), halving at rank 2.
RANK_BONUS = 0.08
# Units quoted besides the best one must score this share of it (list questions take more).
PICK_SHARE = 0.85
PICK_SHARE_LIST = 0.75
# Below this retrieval confidence (share of the question's content in the best passages) the
# answerer refuses; below this unit score no unit is good enough to quote.
MIN_CONFIDENCE = 0.15
MIN_UNIT_SCORE = 0.22

# Weight of question bigrams that are in the passages' document titles when scoring units:
# they name the document (which retrieval already found), not the unit that answers.
TITLE_WEIGHT = 0.3
# A record answer gives way to the text when a sentence of the best passages holds this much more
# of what the question names than the record's labels and source row do (「民間の調査によると…本社を
# 置く外国企業は302社」 against a table of supported companies per year). 0.1 and 0.2 were tried on
# dev/bundled/heldout/pdfdev: 0.2 kept.
TEXT_OVER_RECORD = 0.2
# A record answer's cell must come from the document of one of the best passages.
LEAD_PASSAGES = 3
# A line of a document's title block says at least this share of the title's bigrams (the printed
# title and the title the document is indexed by differ by a year, a date or a name in brackets).
TITLE_SHARE = 0.5
_ROW_NUMBER = re.compile(r"^[0-9０-９]{1,2}$")
# 「何社かで組んで」「何人かで」: some firms or people, no count asked (read as 複数社, 複数人).
_INDEFINITE_COUNT = re.compile(r"何\s*(社|人|名|件|回|か所|箇所)か(?=[でがのにをはもと、])")
_QUANTITY = re.compile(r"実績|目標|何件|何人|何名|何社|何回|何%|何％|いくら|いくつ|金額|件数|人数|割合|進捗")
_DIGIT = re.compile(r"[0-9]")
_MONTH_DAY = re.compile(r"^\s*([0-9]{1,2})\s*月(?:\s*([0-9]{1,2})\s*日)?")
# 「同年６月」 in a chronology: the month of the year written last before it (NFKC text)
_SAME_YEAR = re.compile(r"同年\s*([0-9]{1,2})\s*月")
_EMPTY_CELLS = {"-", "－", "―", "ー", "‐", "—"}


def _asks_reason(qn: str) -> bool:
    """Whether the part asked now (after a carried 「…について、」) asks a reason or a basis."""
    return bool(REASON_ASKED.search(qn.rpartition("について、")[2]))


def _about_the_year_before(qn: str, unit: "Unit") -> bool:
    """A section headed 前年度 (④ 前年度の評価結果) in a report of one year (令和2年度 評価書) is
    about the year before it: it does not answer a question about the report's own year."""
    asked = {y.western for y in find_years(qn)}
    chunk = unit.passage.chunk
    report = {y.western for y in find_years(_nfkc(chunk.title))}
    if not asked or len(report) != 1 or not re.search(r"前年度|昨年度", chunk.section):
        return False
    before = next(iter(report)) - 1
    return before not in asked and not asked & {y.western for y in find_years(_nfkc(unit.text))}


def _fiscal_years(text: str) -> set[int]:
    """The years a text names when it names fiscal years (令和6年度, 2024年度; a range names each
    of its years); none for a text of calendar dates only (令和７年３月)."""
    if not any(y.suffix == "年度" for y in find_years(text)):
        return set()
    return {y for first, last in year_spans(text) for y in range(first, last + 1)}


def _section_of_another_year(qn: str, unit: "Unit") -> bool:
    """The question asks a fiscal year, the unit's section is about another one (「(ｳ) 令和６年度の
    主な取組の実施状況」 for 「令和7年度の…は」), and the unit itself does not name the asked year."""
    asked = _fiscal_years(qn)
    if not asked:
        return False
    section = _fiscal_years(_nfkc(unit.passage.chunk.section))
    return bool(section) and not section & asked and not _fiscal_years(_nfkc(unit.text)) & asked


_RELATIVE_BEFORE = re.compile(r"昨年度|前年度|昨年|前年")
_RELATIVE_THIS = re.compile(r"今年度|本年度|当該年度|今年")
_YEAR_AS_OF = re.compile(r"(?:末)?(?:時点|現在)(?:で|の|、|,)?\s*(?:約|延べ|計)?\s*[0-9]")
_YEAR_ROW = re.compile(r"\s+[0-9][0-9,.]*(?:\s+[0-9][0-9,.]*)+")
_YEAR_FIGURE = re.compile(r"^[^、。]{2,8}?(?:の[^、。\s]{1,14})?(?:は|：|:)\s*(?:延べ|約|計)?\s*[0-9]")
_FIGURE_BEFORE = re.compile(r"[0-9][0-9,.]*\s*[^\s0-9、。（(]{0,4}\s*[（(]$")


# A year that dates a noun of the question (「2023年の調査」「令和5年度調査」).
_YEAR_OF_NOUN = re.compile(r"(?:[0-9]{4}|(?:令和|平成|昭和)(?:[0-9]{1,2}|元))年度?の?(?P<noun>調査|統計|アンケート|計画|報告|評価|白書|センサス)")


def _other_year(qn: str, unit: "Unit") -> bool:
    """The unit gives another year's figure than the one asked: 「昨年度は何種類」 asked and the
    unit only says 今年度 (今年度は17種類), or 「令和５年度は」 asked and it names 令和６年度 only.

    (Not kept, measured: an asked fiscal year against the fiscal years of the unit's dates, e.g.
    令和７年３月24日 in 令和6年度. A year's deadlines and calls fall outside it -- a report of
    令和6年度 is due in 令和7年4月 -- and it refused answerable questions on frozen and heldout2.)
    """
    text = _nfkc(unit.text)
    asked = year_spans(qn)
    if not asked:
        return bool(_RELATIVE_BEFORE.search(qn)) and bool(_RELATIVE_THIS.search(text)) and not _RELATIVE_BEFORE.search(text)
    # 「令和５年度に何件」 asked, and the unit gives the figure of 令和６年度 only (…（令和６年度の
    # 相談対応件数は延べ143件）): the year is written, and it is another
    held = {y for first, last in year_spans(text) for y in range(first, last + 1)}
    wanted = {y for first, last in asked for y in range(first, last + 1)}
    if not held or held & wanted:
        return False
    # 「2023年の調査では」 asked, and the unit's 調査 is dated another year (民間の調査（2024年）によると)
    for m in _YEAR_OF_NOUN.finditer(qn):
        noun = m.group("noun")
        if any(noun in text[max(0, y.start - len(noun) - 2):y.start] or noun in text[y.end:y.end + len(noun) + 2]
               for y in find_years(text)):
            return True
    # only a figure the unit ties to its year counts: 「令和６年度の相談対応件数は延べ143件」,
    # 「7.4％（2024年）」 (a year elsewhere in a sentence may be when something began)
    # 「2023年、合肥市の…は前年比10%以上増加し」: a year that opens the sentence frames all of it
    return any(_YEAR_FIGURE.search(text[y.start:y.end + 24])
               or (_FIGURE_BEFORE.search(text[max(0, y.start - 16):y.start]) and text[y.end:y.end + 1] in ("）", ")"))
               or (not text[:y.start].strip() and text[y.end:y.end + 1] in ("、", ",") and re.search(r"[0-9]", text[y.end:]))
               or _YEAR_ROW.match(text, y.end)  # a table row the year labels: 「令和４年度 12 14 117」
               or _YEAR_AS_OF.match(text, y.end)  # 「2017年時点で1,772社」
               for y in find_years(text))


# Share of a definition's bigrams a question must hold to be asking about the defined term.
DEFINITION_SHARE = 0.4


def _months_labelled(text: str) -> set[int]:
    """The months of the year a label or a sentence names (「２月」, 「令和７年２月」)."""
    return {int(m) for m in MONTH_LABEL.findall(_nfkc(text)) if 1 <= int(m) <= 12}


def _in_documents_words(question: str, result: RetrievalResult) -> tuple[str, list[Rewording]]:
    """`question` with each noun the lead passages' documents never write read as the lead
    document writes it (上限額 → 限度額: assistant.wording), and what was replaced."""
    if result.wording is None or not result.passages:
        return question, []
    reworded, changes = result.wording.reword(question, [p.chunk.doc_id for p in result.passages[:LEAD_PASSAGES]])
    if not changes:
        # (another lead document may write the word, 「スケジュール」 in a plan; the first one, whose
        # table answers, writes 日程)
        reworded, changes = result.wording.reword(question, [result.passages[0].chunk.doc_id])
    return reworded, changes


def _years_not_in(qn: str, text: str) -> list[int]:
    """Years the question asks about that `text` never mentions (in either calendar) nor covers by a
    range (平成30～令和4年度)."""
    asked = {y.western for y in find_years(qn)}
    return sorted(asked - _years_written(text)) if asked else []


def _years_written(text: str) -> frozenset[int]:
    """The Western years a text mentions in either calendar or covers by a range."""
    present = {y.western for y in find_years(text)}
    for first, last in year_spans(text):
        present.update(range(first, last + 1))
    return frozenset(present)


def _fiscal_year_unwritten(question: str, found: Found, result: RetrievalResult) -> bool:
    """Whether the question asks a fiscal year (「令和５年度の調査と比べて」) that the document of the
    record answer never writes in either calendar nor covers by a range: its tables are about other
    years, so none of its cells is the asked year's."""
    asked = {y.western for y in find_years(_nfkc(question)) if y.suffix == "年度"}
    if not asked or result.wording is None or found.refused:
        return False
    doc_id = found.cells[0][0].doc_id
    # (the years a document writes are read once per document)
    return bool(result.wording.flat(doc_id)) and bool(asked - result.wording.derived(doc_id, "years", _flat_years))


def _months_named(text: str, then: str = "") -> set[tuple[int, int]]:
    """The months a text names with their year (「令和７年１月」「2025年２月13日」): (year, month);
    with `then`, only those followed by it."""
    out = set()
    for y in find_years(text):
        if y.suffix == "年" and (m := re.match(r"\s*([0-9]{1,2})\s*月" + then, text[y.end:])):
            out.add((y.western, int(m.group(1))))
    return out


# A month that names an event: 「令和７年１月の商談会」「１月に開いた」 (not 「１月に申請した場合」).
_EVENT_OF_MONTH = r"(?:の|に(?:開|行|実施|催))"


# A date asked: another month than the question names may be its answer.
_WHEN_ASKED = re.compile(r"いつ|何月|何日|時期|日程")


def _event_months(question: str) -> set[tuple[int, int]]:
    """The months the question names an event by (「令和７年１月の商談会」), none when it asks a date
    (「いつ」: another month may be the answer)."""
    qn = _nfkc(question)
    return set() if _WHEN_ASKED.search(qn.rpartition("について、")[2]) else _months_named(qn, _EVENT_OF_MONTH)


def _dated_elsewhere(asked: set[tuple[int, int]], text: str) -> bool:
    """Whether `text` dates what it says in other months of the asked months' years only
    (開催日：令和７年２月13日～16日 for 令和７年１月): another event's."""
    dated = _months_named(_nfkc(text)) if asked else set()
    return bool(dated) and not dated & asked and {y for y, _ in dated} <= {y for y, _ in asked}


def _unit_block(unit: Unit) -> str:
    """What a unit stands in: its enumerated item's lines, else its passage's (the card of its
    section: 「・参加企業：５社」 is dated by 「・開催日：…」 beside it)."""
    if unit.item:
        return "\n".join(text for text, _, item in units_in_items(unit.passage.chunk.text) if item == unit.item)
    return unit.passage.chunk.text


def _of_another_month(question: str, found: Found) -> bool:
    """Whether the card a record answer reads is of an event in another month than the asked one."""
    if found.refused or found.computed or found.cells[0][0].kind != "facts":
        return False
    return _dated_elsewhere(_event_months(question), " ".join(f"{c.row} {c.value}" for c in found.cells[0][0].cells))


def _years_unseen(qn: str, lead: Passage, result: RetrievalResult) -> list[int]:
    """Years the question asks about that the lead passage's document, as far as the retrieval saw
    it, never mentions."""
    return _years_not_in(qn, _document_seen(lead, result)) if find_years(qn) else []


def _title_line(unit: Unit) -> bool:
    """Whether a unit is a line of its document's title block: before any section, no sentence,
    saying at least half of the document's title (「令和７年度 浅葱県越境ＥＣ出店支援補助金のご案内」,
    「国家戦略特別区域 あさぎり国際イノベーション特区 令和６年度 進捗状況報告書 令和７年７月」)."""
    if unit.passage.chunk.section.strip() or "。" in unit.text:
        return False
    title = set(char_bigrams(_nfkc(unit.passage.chunk.title)))
    return len(title) >= 4 and len(title & set(char_bigrams(_nfkc(unit.text)))) >= TITLE_SHARE * len(title)


def _under_sibling(section: str, result: RetrievalResult) -> bool:
    """Whether a section path stands under a sibling of the section the question names, and not
    under the named one."""
    where = _nfkc(section)
    return any(o in where for o in result.siblings) and not any(n in where for n in result.named)


def required_names(question: str) -> list[str]:
    """The proper nouns (places, bodies, names) a question names that an answer must be about:
    not those of the asker's case (a condition, a plan) in what is asked now."""
    carried, sep, asked = question.rpartition("について、")
    if _falls_in(_nfkc(asked)):
        # 「…日本の会社は、この調査でいう外資系企業に当たりますか」: all but the term is the asker's case,
        # which the definition that answers need not name
        asked = ""
    # (「欧州に駐在員を…について、中南米だとそれは」: a follow-up that names another place asks of it, as
    # the asker's case too, not of the place the conversation named before)
    left = places_left_behind(question)
    names = [n for n in get_tokenizer().proper_nouns(carried + sep + ASKERS_CASE.sub("", asked)) if _nfkc(n) not in left]
    # (a region the question spells out by two or more of its places, 「タイ、シンガポール、ベトナム、
    # マレーシアの東南アジア４か国」, is those places: what a passage must name are they)
    qn = _nfkc(question)
    return [n for n in names if not any(sum(region_held(r, _nfkc(m)) for m in names if m != n) >= 2
                                        for r in [n, *(r for r in REGION_COUNTRIES if n in r and r in qn)])]


# A negated predicate (「利用したことがない」「受けていない」「該当しない」), and the words that say a
# first time as a negation does (「初めて」「まだ…」).
_NEGATED = re.compile(r"(?:[いえきけしせちてにねみめりれ]|こと(?:が|の)?)ない|なかった|(?<=[かさたなまらわ])ず(?![つ])|未(?=[\u4e00-\u9fff])")
_NEVER_BEFORE = re.compile(r"初めて|はじめて|初回|一度も|まだ")


def _never_did(body: str, question: str) -> bool:
    """Whether a question says its case never did the deed a class is defined by having no record
    of (「これまで化粧品を輸出したことのない会社」 of 「…輸出した実績がない中小企業者」; assistant.historyclass)."""
    return any(cls.lacks and (told := history_said(question, cls.deed)) is not None and told[0]
               for cls in history_classes([(body, "")]))


def defined_terms(question: str, passages: list[Passage],
                  definitions: Iterable[tuple[str, str]] = ()) -> tuple[str, ...]:
    """The terms the lead passages define (or `definitions`, read from their whole documents,
    whose definitions hold throughout) that the question paraphrases: a question that says a
    definition in its own words (県外に本社がある中小企業が…研究開発拠点を移す) names the term
    (県外移転中小企業), so a table row labelled with the term answers it."""
    qn = _nfkc(question)
    have = set(char_bigrams(qn))
    shares: dict[str, float] = {}
    read = [d for p in passages for d in _definitions(_nfkc(p.chunk.text))]
    for body, term in [*read, *definitions]:
        if term in body and body not in re.sub(r"\s+", "", qn):
            # (a short name of a longer one, 「やさしい日本語講師」（以下「講師」という。）: named only by the
            # long name whole, not by the words it shares with others, やさしい日本語の普及事業)
            continue
        if _NEGATED.search(body) and not _NEGATED.search(qn) and not _NEVER_BEFORE.search(qn):
            # (「前年度までに…利用したことがない事業者」 is not what 「共同倉庫を使った事業者」 says,
            # whatever words they share; 「初めて使う」 is)
            continue
        grams = set(char_bigrams(body))
        if term not in qn and grams and (len(grams & have) / len(grams) >= DEFINITION_SHARE or _never_did(body, qn)):
            shares[term] = max(shares.get(term, 0.0), len(grams & have) / len(grams))
    # (of two terms the question could say, 「既に越境ECで販売している事業者が…出店する」 and 「越境ECに
    # 初めて出店する場合」, the one it says most of)
    best = max(shares.values(), default=0.0)
    return tuple(t for t, share in shares.items() if share >= best - 1e-9)


# 「どちらに数えられていますか」「…に入りますか」「当たりますか」: which class a case is in is asked.
_CLASS_ASKED = re.compile(r"どちら|どれに|どの(?:区分|分類|枠)|に(?:入り|入る|含ま|当た|該当|数え)")

# 「補助金を前払いで受け取れますか」「概算払いしてもらえますか」: a grant received before the project
# ends asked (not 「料金をまとめて前払いするとき」, the applicant's own paying of a cost).
_ADVANCE_RECEIVED = re.compile(r"(前払い?金?|概算払い?|前渡し金?|前金)(?:で|を|として|により|に)?(?:して)?\s*"
                               r"(?:受け取|受取|受け|もら|支払われ|支給|交付)")
# How documents write a payment before the project ends, if they speak of one at all.
_ADVANCE_WORDS = ("前払", "概算払", "前渡", "前金", "先払")

# 「令和６年度の見込みは」「今後の見通しは」: a forecast asked (not 「費用は50万円の見込みです」, a case's own).
_FORECAST_ASKED = re.compile(r"(見込み|見通し|予測|予想)(?:は|を|額|値|の(?:数|額|値))")
# 「何トン輸出されましたか」「何kg」: a weight asked, which a document that gives one writes in a
# unit of weight (トン, 千t, kg, キログラム); the question's unit is not required (19.2トン answers
# 何kg, converted), a weight in any of them is. (何キロ alone may be a distance: not read.)
_WEIGHT_ASKED = re.compile(r"何\s*(?:トン|t(?![A-Za-z])|kg|キログラム)")
_WEIGHT_WRITTEN = re.compile(r"トン|[0-9千万]t(?![A-Za-z])|[(（]t[)）]|kg|キログラム|[0-9]キロ(?!メートル)")
# 「１検体当たりの検査料」「１パレットにつき」: a figure per unit of a thing the question names, which
# a document that gives one writes (１検体 5,000円); one of a single character, 人, 件, 社, is
# written in too many ways (１名, 各社) to tell.
# (nor a span of time, 「１週間当たり」, which a document words as 週当たり or 毎週)
_PER_UNIT_ASKED = re.compile(r"(?:1|１|一)\s*(?!(?:週間|時間|日間|年間|か月|ヶ月|カ月|箇月)(?:当たり|あたり|につき|ごと))"
                             r"([\u30a0-\u30ff\u4e00-\u9fff]{2,6}?)(?:当たり|あたり|につき|ごと)")


def _unwritten(word: str, result: RetrievalResult, passages: list[Passage]) -> bool:
    """Whether no lead passage's whole document writes `word` (False without the documents' text)."""
    return result.wording is not None and all(
        word not in result.wording.flat(doc) for doc in {p.chunk.doc_id for p in passages[:LEAD_PASSAGES]})


def _per_unit_never_written(qn: str, result: RetrievalResult, passages: list[Passage]) -> str | None:
    """The per-unit figure a question asks (「１検体当たり」) when no lead document writes its unit."""
    m = _PER_UNIT_ASKED.search(qn.rpartition("について、")[2])
    return m.group(0) if m is not None and _unwritten(m.group(1), result, passages) else None


def _of_subject_named(qn: str, passages: list[Passage], result: RetrievalResult) -> list[Passage]:
    """The passages of documents that write the words of the question a passage's document title
    holds (刃物 of 「刃物の輸出先として、インド向けは」 and 「…刃物製造業の輸出実態調査 報告書」), or
    whose title holds one: a document that never writes the subject the question names and whose
    title names nothing of it (a seminar on India) is not about it. All the passages when the lead
    passage is about it, or none is."""
    if result.wording is None or len({p.chunk.doc_id for p in passages}) < 2:
        return passages
    titles = {p.chunk.doc_id: _nfkc(p.chunk.title) for p in passages}
    asked = qn.rpartition("について、")[2]
    # (a word every title holds, 輸出 of two export documents, tells none of them apart)
    words = [w for w in get_tokenizer().content_words(asked)
             if len(w) >= 2 and not _FIRM_WORD.fullmatch(w) and any(w in t for t in titles.values())
             and not all(w in t for t in titles.values())]

    def writes(doc: str, word: str) -> bool:
        return word in titles[doc] or word in result.wording.flat(doc)

    # (a document whose own title holds one of them is about the question too: 「特区の制度を使って」
    # of a guide titled …特区 that never writes 制度)
    kept = [p for p in passages if all(writes(p.chunk.doc_id, w) for w in words)
            or any(w in titles[p.chunk.doc_id] for w in words)]
    # (only a lead passage off the subject is set aside with the others like it: below a lead that
    # is about it, another document's passage may still hold what the lead's does not)
    return kept if kept and passages[0] not in kept else passages


def _reworded_into_answer(changes: list[Rewording], detail: str, found: Found) -> bool:
    """Whether a word read in the document's terms is the detail asked (「助成の上限額は」), or names
    the row or column of the answer's cell (「研修の中身」 the row 研修の内容, 「生徒と先生は」 the
    column 生徒・教員数（人）): not a word around it (「実施する予定ですか」 is no 日程 to read)."""
    labels = _nfkc("".join(f"{cell.row}{cell.column or ''}{cell.column_group or ''}" for _, cell in found.cells))
    # (or a place a note puts in the answer's row: イギリス read as 英国 of 「英国は「その他」に含む」)
    held = [i for rec, cell in found.cells if rec.kind == "table" for i in included_places(rec, cell.row)]
    return any(_nfkc(c.written) in detail or _nfkc(c.written) in labels or any(same_place(i, c.written) for i in held)
               for c in changes)


def _document_seen(lead: Passage, result: RetrievalResult) -> str:
    """The lead passage's document as far as the retrieval saw it (its passages and the chunks
    handed over with them), NFKC without whitespace."""
    seen = [p.chunk for p in result.passages if p.chunk.doc_id == lead.chunk.doc_id]
    seen += [c for c in result.chunks.values() if c.doc_id == lead.chunk.doc_id]
    return re.sub(r"\s+", "", _nfkc("".join(f"{c.title}{c.section}{c.text}" for c in seen)))


# A classifier noun that ends a compound (重点分野, 協力内容): documents word it their own way (重点
# 方向, 協力の中身), so whether a detail is absent is judged by the words before it. (A maker of a
# kind, 機械メーカー, is the kind: documents list industries, 機械, 食料品.)
_GENERIC_HEAD_WORD = re.compile(r"分野|方向|領域|内容|項目|事項|種類|テーマ|メーカー")
_GENERIC_HEAD = re.compile(r"(?<=[\u30a0-\u30ff\u3400-\u9fffA-Za-z0-9]{2})(?:" + _GENERIC_HEAD_WORD.pattern + ")$")


def _without_generic_head(word: str) -> str:
    return _GENERIC_HEAD.sub("", word)


_SPLIT_COMPOUND = re.compile(r"(?<![\u4e00-\u9fff])([\u4e00-\u9fff])の([\u4e00-\u9fff])(?![\u4e00-\u9fff])")
# 「申し込んでから…何日くらいかかりますか」: the event a time taken is counted from.
_FROM_EVENT_ASKED = re.compile(r"([^、。？?]{1,14}?)(?:て|で)から")
# 「請求書の発行の日から30日以内」「会議等の終了後30日以内」: the event a stated time is counted from.
# (or in working days, which count a time taken however said: 「資料の受領から８営業日」)
_FROM_EVENT_STATED = re.compile(r"([^、。（(「]{1,20}?)(?:から|後)\s*[0-9一二三四五六七八九十]+\s*"
                                r"(?:営業日|(?:日|週間|[かヶカケ箇]月)\s*(?:以内|程度|後|ほど))")


def _time_from_another_event(qn: str, units: list["Unit"]) -> str | None:
    """The event a question counts a time taken from (「申し込んでから」) when every time the best
    units state is counted from another event (「請求書の発行の日から30日以内」「会議等の終了後30日以内」):
    the time asked is not stated. Events are compared by their kanji pairs (申込 of 申し込ん)."""
    asked = qn.rpartition("について、")[2]
    if not TIME_TAKEN_ASKED.search(asked) or not (m := _FROM_EVENT_ASKED.search(asked)):
        return None
    kanji = "".join(re.findall(r"[\u4e00-\u9fff]", m.group(1)))  # (申込 of 依頼試験を申し込ん, its object too)
    pairs = {kanji[i:i + 2] for i in range(len(kanji) - 1)}
    stated = [s for u in units[:6] for s in _FROM_EVENT_STATED.findall(_nfkc(u.text))]
    if not pairs or not stated or any(pairs & set(char_bigrams(s)) for s in stated):
        return None
    return m.group(0)


# 「何人くらいの来店者が」: what a count asked counts.
_ANY_STAFF = re.compile(r"スタッフ|職員|社員|従業員|人員|メンバー|人材|人たち|方々")
_COUNT_OF_NOUN = re.compile(r"何\s*(?:人|名|件|社|回|台|個|か所|箇所)\s*(?:くらい|ぐらい|ほど|程度)?の\s*"
                            r"([\u30a0-\u30ff\u3400-\u9fffA-Za-z0-9]{2,12})")


def _absent_from_document(qn: str, lead: Passage, result: RetrievalResult) -> str | None:
    """The detail a question asks for (「説明会は何日」: 説明会) when the lead passage's document, as
    far as the retrieval saw it, never mentions it (nor most of its characters), else None."""
    asked = qn.rpartition("について、")[2]
    m = (HOW_MUCH_OF.search(asked) or _COUNT_OF_NOUN.search(asked) or _ASKED_DETAIL.search(asked)
         or _YES_NO_DETAIL.search(asked) or _ABLE_DETAIL.search(asked) or _EXTREME_DETAIL.search(asked))
    if not m or _COUNTED_KIND.search(asked[:m.start(1)]):
        return None
    word = m.group(1)
    if m.re is _COUNT_OF_NOUN and _ANY_STAFF.fullmatch(word):
        return None  # (「何人のスタッフ」: a word for any staff names the document's own, 駐在員)
    grams = set(char_bigrams(_without_generic_head(word)))
    if len(grams) < 2:
        return None
    text = _document_seen(lead, result)
    have = set(char_bigrams(text))
    if word in text or len(grams & have) / len(grams) >= ABSENT_SHARE or _contact_given(qn, [lead.chunk.text]):
        return None
    # (the using of a service the document names, 「現地確認の依頼は何件」 of a table counting 現地確認:
    # its uses, whatever the question calls them)
    return None if _use_of_named(word, asked, text) else word


def _use_of_named(word: str, asked: str, text: str) -> bool:
    """Whether the detail asked is the use of a service `text` names (「現地確認の依頼は何件」 of a
    table counting 現地確認): its uses, whatever the question calls them."""
    service = service_used(word, asked)
    return service is not None and service in text


# A name written in Latin letters and digits (BioJapan2021, COP28): an edition the document may
# not cover, so it must be written there as asked.
_CODE_NAME = re.compile(r"(?<![A-Za-z0-9])(?=[A-Za-z0-9\-]*[A-Za-z])(?=[A-Za-z0-9\-]*[0-9])[A-Za-z0-9\-]{4,}")
# A figure with its unit of measure (200ml, 1.5kg, 30cm, 100W): a quantity of the asker's case, no name.
_MEASURED_FIGURE = re.compile(r"[0-9]+(?:\.[0-9]+)?(?:ml|mL|l|L|g|kg|mg|cm|mm|m|km|t|W|kW|V|GB|MB)")


# 「申し込んだあと」「申請してから」: a time after applying; 「…はいつごろ分かりますか」「連絡はいつ」: when
# the asker hears of it.
_AFTER_APPLYING = re.compile(r"(?:申し?込|申請|応募|提出)(?:ん|し)?(?:だ|た|て)?(?:あと|後|から)")
_WHEN_HEARD = re.compile(r"分か|わか|知らせ|連絡|通知|届|結果|返事|回答")
# A step that gives notice, of a procedure's numbered steps (the step that applies is `_APPLYING`'s).
_NOTICE_STEP = re.compile(r"通知|結果|決定|連絡")


# A name in three or more capital Latin letters (CBAM, GDP, HACCP): an acronym.
_ACRONYM = re.compile(r"(?<![A-Za-z0-9])[A-Z]{3,}(?![A-Za-z0-9])")


def _unknown_code_name(qn: str, lead: Passage, result: RetrievalResult) -> str | None:
    """A Latin-and-digit name the question asks about that the lead passage's document, as far as
    the retrieval saw it, never writes (BioJapan2021 asked, BioJapan2020 written); else None."""
    names = [n for n in _CODE_NAME.findall(qn.rpartition("について、")[2]) if not _MEASURED_FIGURE.fullmatch(n)]
    if not names:
        return None
    text = _document_seen(lead, result).lower()
    return next((n for n in names if n.lower() not in text), None)


# 「上表の補助上限額に500万円を加算する」「各経費の補助率に10ポイントを加算する」: a note under a
# table that adds to its amounts, or to its rates, in a case.
_ADDITION = re.compile(r"([0-9][0-9,]*)\s*(万円|億円|千円|円|ポイント)を(?:加算|加え|上乗せ)")
# 「ただし、加算後の補助率は80％を超えないものとする」: the rate an addition may reach.
_ADDED_CAP = re.compile(r"加算後の[^。]*?([0-9]+(?:\.[0-9]+)?)\s*[%％]を超え")
# Applying, the deed of every case of a call (「小規模企業者が申請する場合」「８月29日に申し込んで」).
_APPLYING = re.compile(r"申請|応募|申込み?|申し込[みむんま]?")
# Share of the case's words (before 場合, without its parenthesised definitions) a question must
# name for the addition to apply to it (「中山間地域に事業所を開設する場合」, not just 事業所).
ADDITION_CASE_SHARE = 0.5


# The mark a note starts with (※３), stripped from what an answer quotes or reads of it.
_NOTE_MARK = re.compile(r"^\s*※\s*[0-9０-９]*\s*")


def _note_case(head: str) -> tuple[str, bool]:
    """The case a note's rule is for, from the note's words before the rule: up to 場合, or to the
    topic は of 「初めて…取り組む事業者（…）は、…を加算する」, without the note's mark (※３) and a
    bracketed detail (not the 場合 of 「（共同申請の場合は、代表者）」); and whether it said 場合."""
    head = re.sub(r"[（(][^）)]*[）)]", "", head)
    said = "場合" in head
    cut = head.find("場合") if said else head.rfind("は、")
    return (_NOTE_MARK.sub("", head[:cut]) if cut > 0 else ""), said


def _footnote_addition(qn: str, found: Found, classes: Sequence[SizeClass] = ()) -> tuple[Footnote, str] | None:
    """The note under the answer's table that adds an amount in a case the question names, and
    the sentence that says so with the sum: (note, 「※３ …場合は500万円が加算され、2,500万円となります
    （計算: 2,000万円 + 500万円 = 2,500万円）」). A case that is a class of firm the document defines
    (`classes`: 「小規模企業者が申請する場合は、…10ポイントを加えます」) is named by a firm the question
    gives a head count of that is of the class (「社員12人の会社」), and said with why."""
    # (the answer's first cell with an amount: 補助上限額 2,000万円 beside 補助率 ３分の２以内)
    record, cell = next(((r, c) for r, c in found.cells if c.number is not None and c.unit), found.cells[0])
    a = _addition_applied(qn, record, cell, classes)
    if a is None:
        return None
    added = f"{a.add:g}ポイント" if a.points else amount_text(a.add, cell.unit)
    capped = f"、上限{amount_text(a.reached, cell.unit)}" if a.reached < a.base + a.add else ""
    return a.note, (f"{a.why}{a.case}は{added}が加算され、"
                    f"{amount_text(a.reached, cell.unit)}となります（計算: {amount_text(a.base, cell.unit)} + {added} = "
                    f"{amount_text(a.base + a.add, cell.unit)}{capped}）")


class _Addition(NamedTuple):
    """A note's addition applied to a cell (see _addition_applied)."""

    note: Footnote
    why: str  # how the asker's firm was read (「従業員12人の事業者は「小規模企業者」に当たります。」), or ""
    case: str  # the note's own case (「小規模企業者が申請する場合」)
    add: float
    base: float
    reached: float  # base + add, or the rate the note lets an addition reach
    points: bool  # points added to a rate (10ポイント), not an amount


def _own_labels(record: TableRecord, cell: Cell, with_title: bool = False, with_column_group: bool = False) -> str:
    """A cell's own labels (NFKC), which a note's case may name without the question naming them:
    its table's title, its row and the group over it (「海外販路開拓事業」 of 「漁協等が海外販路開拓事業を
    行う場合の上限額は、別表に定める額の２倍とする」: a row is of its group), its column, with
    `with_column_group` the group over that (a class of applicant the lookup may have read by
    default, which only a rule that sets the measure itself takes as said), and with `with_title`
    the document's title."""
    return _nfkc(f"{record.title}{cell.row_group or ''}{cell.row}{(cell.column_group or '') if with_column_group else ''}"
                 f"{cell.column or ''}{record.doc_title if with_title else ''}")


def _addition_applied(qn: str, record: TableRecord, cell: Cell, classes: Sequence[SizeClass] = ()) -> _Addition | None:
    """The note under `record` that adds to `cell`'s amount or rate in a case the question names
    (see _footnote_addition), applied; None if there is none."""
    if cell.number is None or not cell.unit:
        return None
    labels = _own_labels(record, cell)
    # (the document's subject names no case: 補助金, 交付 of 「この補助金の交付を初めて受ける者」)
    title = _nfkc(record.doc_title)
    for note in record.footnotes:
        text = _nfkc(note.text)
        m = _ADDITION.search(text)
        points = m is not None and m.group(2) == "ポイント"
        if not m or (m.group(2) != cell.unit and not (points and cell.unit in ("%", "％"))):
            continue
        case, said = _note_case(text[: m.start()])
        if not case:
            continue
        tokenizer = get_tokenizer()
        words = [w for w in [*tokenizer.content_words(case), *tokenizer.adverbs(case)]
                 if len(w) >= 2 and w not in labels and w not in title]
        cls = next((c for c in classes if c.term in case and c.term not in qn), None)
        of_class = class_of(qn, cls) if cls is not None else None
        if of_class is not None:
            if not of_class[0]:
                continue  # (a firm the question says is of another class)
            # (the class is said by the firm's head count; applying, 申請する, is every case's deed)
            words = [w for w in words if w not in cls.term and not _APPLYING.fullmatch(w)]
            if not words:
                words, qn = [cls.term], f"{qn}{cls.term}"
        if not words or sum(w in qn for w in words) / len(words) < ADDITION_CASE_SHARE:
            continue
        add, base = float(m.group(1).replace(",", "")), float(cell.number)
        # (points of a rate stop at the rate the note allows: 「加算後の補助率は80％を超えない」)
        cap = _ADDED_CAP.search(text[m.end():]) if points else None
        reached = min(base + add, float(cap.group(1))) if cap else base + add
        why = f"{of_class[1]}。" if of_class is not None else ""
        return _Addition(note, why, f"{case.strip()}{'場合' if said else ''}", add, base, reached, points)
    return None


def _grant_with_addition(qn: str, found: Found, classes: Sequence[SizeClass] = ()) -> Found | None:
    """A grant computed from a cost (`Found.cost_given`: 「45万円 × 50% = 225千円」) at the rate a note
    adds points to in a case the question names (「※４ 小規模企業者が申請する場合は、補助率に10ポイントを
    加算する」 of 「従業員12人の…メーカーが」): the rate with the points added, then the grant at that
    rate, at most the cap (in the cap's unit, as the grant at the table's rate was told)."""
    given = found.cost_given
    if given is None or found.refused:
        return None
    record, rate = found.cells[0]
    a = _addition_applied(qn, record, rate, classes)
    if a is None or not a.points or (rate.unit or "") not in ("%", "％"):
        return None
    cap = found.cells[1][1] if len(found.cells) > 1 else None
    head = found.statement.split("。経費")[0]
    capped = f"（上限{a.reached:g}%）" if a.reached < a.base + a.add else ""
    statement = (f"{head}。{a.why}{a.case}は補助率に{a.add:g}ポイントが加算され{a.reached:g}%{capped}となるため、"
                 + _grant_at(given, a.reached, cap.number if cap is not None else None, cap.unit if cap is not None else None))
    return dataclasses.replace(found, statement=statement, notes=(*found.notes, a.note))


def _grant_at(given: str, percent: float, cap: float | None, cap_unit: str | None) -> str:
    """「経費26万円の場合、26万円 × 50% = 130千円で上限額を超えるため、補助額は上限の…」: a cost given
    (as asked) at a percent rate, at most the cap, told in the cap's unit (the cost's without a cap)."""
    cost, cost_unit = parse_number(given)
    unit = cap_unit or cost_unit
    amount = cost * TO_MAN[cost_unit] / TO_MAN[unit] * percent / 100
    return f"経費{given}の場合、{given} × {percent:g}% = {amount_text(amount, unit)}" + grant_outcome(amount, cap, unit, cost_unit)


def _grant_with_noted_cap(qn: str, found: Found, result: RetrievalResult) -> Found | None:
    """A grant computed from a cost (`Found.cost_given`) whose cap a note under the rate table
    multiplies in a case the question names (「※３ 「輸出用ラベルの作成」のうち、既に作成した輸出用ラベルの
    表示の一部を改める場合（改版）の上限額は、上表の額の２分の１とします」 of 「以前作ったラベルの表示を一部
    だけ直したい」): the cap so changed, and the grant at most it."""
    given = found.cost_given
    if given is None or found.refused or len(found.cells) < 2:
        return None
    record, rate = found.cells[0]
    cap = found.cells[1][1]
    if cap.number is None or (cap.unit or "") not in TO_MAN or rate.number is None:
        return None
    labels = _own_labels(record, rate, with_title=True)
    glossary = _glossary(result, [record.doc_id], [])
    rows = {squash(c.row) for c in record.cells}
    for note in record.footnotes:
        text = _nfkc(note.text)
        m = _MULTIPLIED.search(text)
        if m is None or "上限額" not in text[: m.start()]:
            continue
        # (not a rule of another row's cap: 「「海外見本市への出展」の上限額を２分の１とします」)
        named_rows = {r for r in rows if len(r) >= 3 and r in squash(text[: m.start()])}
        if named_rows and squash(rate.row) not in named_rows:
            continue
        case, _ = _note_case(text[: m.start()])
        named = next((r for alt in _alternatives(case)
                      if (r := _case_named(alt, qn, labels, record.doc_id, result, glossary)) is not None), None)
        if named is None:
            continue
        factor = _rule_factor(m)
        ceiling = float(cap.number) * factor
        unit = cap.unit or ""
        head = found.statement.split("。経費")[0]
        because = "".join(f"{_because(r)}、" for r in named)
        rule = _NOTE_MARK.sub("", _as_written(note.text, text)[: m.end()]).rstrip("。")
        statement = (f"{head}。{because}「{rule}」により、上限額は{amount_text(ceiling, unit)}となります（計算: "
                     f"{amount_text(float(cap.number), unit)} × {factor:g} = {amount_text(ceiling, unit)}）。"
                     + _grant_at(given, float(rate.number), ceiling, unit))
        return dataclasses.replace(found, statement=statement, notes=(*found.notes, note))
    return None


# 「…場合は、料金の合計から1,000円を差し引きます」: a note that takes an amount off a sum of fees in a case.
_DEDUCTION = re.compile(r"合計(?:額)?から\s*([0-9][0-9,]*)\s*(万円|千円|円)を(?:差し引|減額|割り引|値引|引)")


def _summed(found: Found) -> tuple[str, float] | None:
    """(unit, total) of an answer that adds up figures of one unit (`Found.summed`), else None: not
    a difference or a ratio of the same cells."""
    cells = [c for _, c in found.cells]
    if not found.summed or len(cells) < 2 or len({c.unit for c in cells}) != 1 or any(c.number is None for c in cells):
        return None
    return cells[0].unit or "", math.fsum(c.number for c in cells)


def _sum_deduction(qn: str, found: Found) -> tuple[Footnote, str] | None:
    """The note under a summed table that takes an amount off the sum in a case the question names
    (its words, as many as ADDITION_CASE_SHARE of them), and the sentence that says so with the
    result: (note, 「※３ …場合は料金の合計から1,000円が差し引かれ、7,000円となります（計算: …）」)."""
    summed = _summed(found)
    if summed is None:
        return None
    unit, total = summed
    record = found.cells[0][0]
    for note in record.footnotes:
        text = _nfkc(note.text)
        m = _DEDUCTION.search(text)
        if not m or m.group(2) != unit:
            continue
        case, said = _note_case(text[: m.start()])
        words = [w for w in get_tokenizer().content_words(case) if len(w) >= 2]
        if not words or sum(w in qn for w in words) / len(words) < ADDITION_CASE_SHARE:
            continue
        off = float(m.group(1).replace(",", ""))
        return note, (f"{case.strip()}{'場合' if said else ''}は料金の合計から{amount_text(off, unit)}が差し引かれ、{amount_text(total - off, unit)}"
                      f"となります（計算: {amount_text(total, unit)} − {amount_text(off, unit)} = {amount_text(total - off, unit)}）")
    return None


# 「補助金の額は、１事業者当たり80万円を上限とし」「…１事業者１年度当たり、新規提案は300万円、審議参加は
# 100万円を上限とし」: a note that caps what one firm receives, in all or by case.
_CEILING = re.compile(r"(?P<items>[^。]*?)を(?:上限|限度)と(?:し|する|します)")
_CEILING_ITEM = re.compile(r"(?:(?P<case>[^、,。は]{2,12})は)?(?P<amount>[0-9][0-9,.]*)\s*(?P<unit>億円|百万円|万円|千円|円)$")


def _sum_ceiling(qn: str, found: Found) -> tuple[Footnote, str] | None:
    """The note under a table of caps that caps what one firm receives in all (「１事業者当たり80万円を
    上限とし」), or in the case the question or the summed column names (「新規提案は300万円、審議参加は
    100万円を上限とし」), when the caps the answer adds up exceed it: (note, 「ただし、「…」により、補助金は
    80万円が上限となります（1,200千円 ＞ 80万円）」)."""
    summed = _summed(found)
    if summed is None or summed[0] not in TO_MAN:
        return None
    unit, total = summed
    record = found.cells[0][0]
    cells = [c for _, c in found.cells]
    if not all(CAP_LABEL.search(f"{c.column_group or ''}{c.column or ''}{record.title}") for c in cells):
        return None  # (a sum of caps only: fees or counts added are capped by no such note)
    columns = _nfkc("".join({c.column or "" for c in cells}))
    for note in record.footnotes:
        text = _nfkc(note.text)
        m = _CEILING.search(text)
        if m is None:
            continue
        items = [i for x in re.split(r"[、,]", m.group("items")) if (i := _CEILING_ITEM.search(x.strip()))]
        cased = [i for i in items if i.group("case") and (i.group("case") in qn or i.group("case") in columns)]
        item = cased[0] if len(cased) == 1 else items[0] if len(items) == 1 and not items[0].group("case") else None
        if item is None:
            continue
        ceiling = float(item.group("amount").replace(",", ""))
        if total * TO_MAN[unit] <= ceiling * TO_MAN[item.group("unit")]:
            return None
        rule = _NOTE_MARK.sub("", _as_written(note.text, text)[: m.end()])
        cap = amount_text(ceiling, item.group("unit"))
        return note, f"ただし、「{rule}」により、補助金は{cap}が上限となります（{amount_text(total, unit)} ＞ {cap}）"
    return None


# 「…場合は、料金を５割増しとする」「…の1.5倍とする」: a note that multiplies a price in a case.
# (or 「上表の額に２割を加えた額とします」, 「上表の額の５割とします」, 「各欄の額から２割を引いた額とします」,
# 「…の欄の料金の２分の１とします」)
# (「年額料金を２分の１とします」「上限額を上表の２分の１とします」, or a rule that states the multiple,
# 「それ以外の事業者の料金は、表の額の２倍です」)
_MULTIPLIED = re.compile(r"(?:(?P<wari>[0-9]+)割増し?|(?P<times>[0-9]+(?:\.[0-9]+)?)倍|額に(?P<added>[0-9]+)割を加えた額"
                         r"|額の(?P<part>[0-9]+)割|額から(?P<less>[0-9]+)割を引いた額|(?<=[料額金])[のを](?P<half>半額)"
                         r"|(?:(?<=[料額金])[のを]|(?<=表)の)(?P<den>[0-9]+)分の(?P<num>[0-9]+))(?:と(?:する|します)|(?<=倍)です)")


def _rule_factor(m: re.Match[str]) -> float:
    """What a `_MULTIPLIED` rule multiplies the price by: ２割増し and 「額に２割を加えた額」 1.2,
    1.5倍 1.5, 「額の５割」 0.5, 「額から２割を引いた額」 0.8, 「手数料の半額」 0.5, 「料金の２分の１」 0.5."""
    if m.group("half"):
        return 0.5
    if m.group("den"):
        return int(m.group("num")) / int(m.group("den"))
    wari = m.group("wari") or m.group("added")
    if wari:
        return 1 + int(wari) / 10
    if m.group("part"):
        return int(m.group("part")) / 10
    if m.group("less"):
        return 1 - int(m.group("less")) / 10
    return float(m.group("times"))


# What a rule without 「場合」 is of: 「土曜日、日曜日及び休日の使用料は、…」 (or a cap's: 「電動アシスト
# 自転車の海外規格適合試験費の上限額は、…1.5倍とする」).
# (or the case alone before は, when the rule names the price it changes: 「県内中小企業（…）は、
# 上表の手数料の半額とします」)
_RULE_SUBJECT = re.compile(r"^(?P<case>.+?)の(?:使用料|利用料|料金|手数料|上限額|限度額|額)は[、,]?"
                           r"|^(?P<own>[^、。]+?)は[、,](?=[^。]*(?:使用料|利用料|料金|手数料|上限額|限度額))")
_CLOCK_TIME = re.compile(r"[0-9]+時(?:[0-9]+分)?")
# The words a firm is named by (the asker's 「会社」 is a document's 「中小企業」 or 「事業者」).
_FIRM_WORD = re.compile("|".join((*FIRM_WORDS, "業者")))


# A bracket with none inside it (「（５人）」 of 「20人（５人）以下」; the outer one of a nested pair is
# left for a second pass).
_INNER_BRACKET = re.compile(r"[（(][^（()）]*[）)]")
# A business the question names by its trade (「漆塗りの製品の工房が」「窯元から」): a case's bare 事業者.
_TRADE = re.compile(r"工房|窯元|酒蔵|蔵元|商店|商社|問屋|農家|事業所|製造所|工場")


def _case_named(case: str, qn: str, labels: str, doc_id: str, result: RetrievalResult,
                glossary: Iterable[tuple[str, str]] = ()) -> list[str] | None:
    """How the question names a rule's case (one alternative of it), or None: each of its nouns and
    clock times (not the table's own labels) is written in the question; or is the label of a line
    of the same document that lists a word the question writes (休業日：土曜日、日曜日… for 土曜日:
    「土曜日は休業日」, the reading returned); or is a firm of the kind written, by any firm word
    (中小企業 of 「中小の水産加工会社」); or is a term of `glossary` whose negated definition is a
    first time the question says (「初回利用者」とは、…利用したことがない事業者 for 「初めて…使う」)."""
    # (its words as written, 休業日 whole: a label of a line is a compound, not Sudachi's 休業 + 日;
    # not those of a bracketed gloss, 「県内中小企業（県内に事業所を有する…中小企業者）」, which defines it)
    cls = glossed_class(case)
    if cls is not None:
        # (a class glossed by its bound, exceptions and all: 「小規模企業者（常時使用する従業員の数が20人
        # （商業又はサービス業は５人）以下の県内中小企業）」 is named by a firm the question gives a count of
        # within it, 「従業員８人の…雑貨メーカー」)
        read = class_of(qn, cls)
        return [read[1]] if read is not None and read[0] else None
    case = _INNER_BRACKET.sub("", case)
    # (a case of doing a thing again, 「…見本市に再び出展する場合」, is named only by a question that says it
    # was done before or is done again: 「以前…出展した会社が、今年も」)
    if _AGAIN.search(case) and not (_BEFORE_NOW.search(qn) or _AGAIN.search(qn)):
        return None
    # (a region the case names, 「輸出先がＥＵ加盟国」, is named by a place the question names within it,
    # 「ドイツに輸出する」: read as such, its words need not be written)
    readings = []
    for m in _REGION_CASE.finditer(_nfkc(case)):
        region = m.group("region") if m.group("region") in REGION_COUNTRIES else None
        place = next((p for p in places_in(qn) if region_held(region, p)), None) if region is not None else None
        if place is not None:
            readings.append(f"{place}は{m.group('region')}{m.group('of')}に当たります")
            case = _nfkc(case).replace(m.group(0), "")
    # (a case that bounds its firms' head count itself, 「常時使用する従業員の数が20人以下の県内中小企業」,
    # is named by a firm the question gives a count within the bound, 「従業員15人の…会社」: the bound
    # is read as a definition would be, and its words need not be written)
    bounded = _HEAD_COUNT_CASE.search(_nfkc(case))
    if bounded is not None:
        cls = next(iter(size_classes([(bounded.group(0), "")])), None)
        read = class_of(qn, cls) if cls is not None else None
        if read is None or not read[0]:
            return None
        readings.append(f"従業員{employees_asked(qn)}人は{bounded.group('bound')}に当たります")
        case = _nfkc(case).replace(bounded.group(0), "")
    words = [w for w in re.findall(r"[\u4e00-\u9fff\u30a0-\u30ff]{2,}", case) if w not in labels]
    words += _CLOCK_TIME.findall(case)
    if not words:
        return readings or None

    def firm(word: str) -> bool:
        kind = re.fullmatch(r"(.*?)(?:" + _FIRM_WORD.pattern + ")", word)
        # (a bare 事業者 is any business, the one the question names by its trade too: 「…の工房が」)
        return bool(kind and kind.group(1) in qn and (_FIRM_WORD.search(qn) or (not kind.group(1) and _TRADE.search(qn))))

    def first_time(word: str) -> bool:
        return bool(_NEVER_BEFORE.search(qn)) and any(
            term == word and _NEGATED.search(body)
            and any(len(w) >= 2 and w in qn and not _FIRM_WORD.fullmatch(w) for w in get_tokenizer().content_words(body))
            for body, term in glossary)

    def before_now(word: str) -> bool:
        # (「過去に…出展した見本市に再び出展する場合」 of 「以前…出展した会社が、今年も」)
        return word == "過去" and bool(_BEFORE_NOW.search(qn))

    def listed(word: str) -> str | None:
        for rec in result.records:
            if rec.doc_id != doc_id or rec.kind != "facts":
                continue
            for c in rec.cells:
                if squash(c.row) == word:
                    items = [x.strip() for x in re.split(r"[、,・]|及び|並びに|又は|または", _nfkc(c.value))]
                    member = next((x for x in items if len(x) >= 2 and x in qn), None)
                    if member is not None:
                        return f"{member}は{word}"
        return None

    def by_deadline(word: str) -> str | None:
        # (「早期申込」とは、令和７年８月29日（金）までに申込みを終えることをいいます: a question that applies
        # by a date on or before it, 「８月29日に申し込んで」, is of the term)
        applied = _DAY.search(qn) if _APPLYING.search(qn) else None
        for body, term in glossary if applied else ():
            deadline = _DEADLINE_DAY.search(body) if term == word else None
            if deadline and _day_order(applied) <= _day_order(deadline):
                return f"{applied.group(0)}の申込みは「{word}」"
        return None

    def sized(word: str) -> str | None:
        # (a class of firm the document defines by head count, 「小規模企業者」とは、常時使用する従業員の
        # 数が20人…以下: the firm the question describes, 「従業員15人の金属加工の会社」, of it)
        classes = result.wording.derived(doc_id, "size classes", size_classes_in) if result.wording is not None else ()
        read = next((class_of(qn, c) for c in classes if c.term == word), None)
        return read[1] if read is not None and read[0] else None

    # (a compound the question writes with の between its nouns: 「県内の中小企業」 is 県内中小企業)
    joined = NOUN_NO_NOUN.sub("", qn)
    # (applying, 「産地組合等が申請する場合」, is every case's deed: not what names the case)
    words = [w for w in words if not _APPLYING.fullmatch(w)]
    if not words:
        return readings or None
    for w in words:
        # (a term of a class with 等, 産地組合等, is named by its head: 「産地の組合」; 漁協等 by 漁協, not a
        # firm word 企業等 by 企業)
        bare = w.removesuffix("等") if len(w) >= 4 or (len(w) == 3 and not _FIRM_WORD.search(w)) else w
        # (本補助金, 当センター: 本 and 当 point at the document's own thing, 「この補助金」)
        own = w[1:] if w[0] in "本当" and len(w) >= 3 else None
        named = (w in qn or w in joined or bare in joined or firm(w) or first_time(w) or before_now(w)
                 or (own is not None and own in qn))
        reading = None if named else (listed(w) or by_deadline(w) or sized(w))
        if not named and reading is None:
            return None
        if reading is not None:
            readings.append(reading)
    return readings


# A case's own bound on its firms' head count (NFKC): 「常時使用する従業員の数が20人以下の」.
_HEAD_COUNT_CASE = re.compile(r"(?:常時使用する)?(?:従業員|社員|職員)(?:の数)?(?:が|は)?(?P<bound>[0-9][0-9,]*人(?:以下|未満))の?")


# A time before now the question says (「以前この補助金を使って」「昨年も出展した」): a rule's case of 過去に.
_BEFORE_NOW = re.compile(r"以前|前回|前に|これまで|かつて|昨年|去年|前年度")
_AGAIN = re.compile(r"再び|再度|もう一度|改めて")


# A region a rule's case names (NFKC), with the place it is of: 「輸出先がEU加盟国」「相手国が東南アジアの国」.
_REGION_CASE = re.compile(r"(?:(?:輸出先|進出先|出展先|渡航先|派遣先|相手国|相手先|販売先)(?:が|は))?"
                          r"(?P<region>[A-Za-z]{2,4}|[\u4e00-\u9fff\u30a0-\u30ff]{2,6}?)(?P<of>加盟国|諸国|域内の国|の国)")


# A day of the year (NFKC): 「８月29日」, and one a rule says something must be done by (「令和７年８月29日
# （金）までに」).
_DAY = re.compile(r"([0-9]{1,2})月([0-9]{1,2})日")
_DEADLINE_DAY = re.compile(_DAY.pattern + r"(?:[(（][^)）]{1,3}[)）])?まで")


def _day_order(m: re.Match[str]) -> tuple[int, int]:
    """A month and day in the order of a fiscal year (April first, March last)."""
    month, day = int(m.group(1)), int(m.group(2))
    return (month + 12 if month < 4 else month, day)


def _as_written(original: str, normalised: str) -> str:
    """`original`, whose NFKC form `normalised` a pattern was matched in, for quoting at the same
    offsets (「２分の１」 as the document writes it); `normalised` when NFKC changed its length."""
    return original if len(original) == len(normalised) else normalised


# 「上表は県内中小企業の料金です。それ以外の事業者の料金は、…」: the case of every firm not of the
# class named before.
_OTHER_THAN = re.compile(r"(?:それ|これ|上記)以外の")


# 「小規模企業者の補助率は、別表の規定にかかわらず、３分の２とする」 (NFKC): an article that sets, for a
# case, what the 別表 says otherwise: the case, the measure (補助率, 上限額) and the value it takes.
_OVERRIDE = re.compile(r"^(?P<case>[^。]+?)の(?P<measure>[\u4e00-\u9fff]{2,6})は、?別表(?:第[0-9]+)?(?:の規定|に定める[^、。]{0,8}?)?"
                       r"にかかわらず、?(?P<value>[^。、]+?)と(?:する|します)")


def _article_override(qn: str, found: Found, result: RetrievalResult) -> tuple[Footnote, str] | None:
    """The article that sets, for a case the question names, the measure of the answer's cell
    otherwise than the 別表 does, and the sentence that says so: (rule, 「従業員12人の事業者は「小規模
    企業者」に当たるため、「小規模企業者の補助率は、別表の規定にかかわらず、３分の２とする」により、補助率は
    ３分の２です」)."""
    record, cell = found.cells[0]
    labels = _own_labels(record, cell, with_title=True, with_column_group=True)
    glossary = _glossary(result, [record.doc_id], [])
    for note in record.footnotes:
        text = _nfkc(note.text)
        bare = _NOTE_MARK.sub("", text)
        m = _OVERRIDE.search(bare)
        if m is None or m.group("measure") not in _nfkc(f"{cell.column or ''}{cell.row}"):
            continue
        # (the value as the document writes it, ３分の２, where NFKC kept the note's length)
        shift = len(text) - len(bare)
        value = _as_written(note.text, text)[shift + m.start("value"):shift + m.end("value")].strip()
        case = m.group("case").removesuffix("場合").removesuffix("する")
        named = _case_named(case, qn, labels, record.doc_id, result, glossary)
        if named is None:
            continue
        because = "".join(f"{_because(r)}、" for r in named)
        rule = _NOTE_MARK.sub("", _as_written(note.text, text)).rstrip("。")
        return note, f"{because}「{rule}」により、{m.group('measure')}は{value}です"
    return None


def _not_of_class(case: str, qn: str) -> list[str] | None:
    """The reading of a case 「…それ以外の事業者」 for a question whose firm is not of the class the
    note names before it (「大企業は県内中小企業以外の事業者」), or None."""
    other = _OTHER_THAN.search(case)
    classes = re.findall(r"[\u4e00-\u9fff]+?(?:企業|事業者)", case[: other.start()]) if other else []
    said = asker_not_of(qn, classes[-1]) if classes else None
    return [f"{said}は{classes[-1]}以外の{case[other.end():].strip() or '事業者'}"] if said else None


def _alternatives(case: str) -> list[str]:
    """The alternatives of a rule's case (「土曜日、日曜日又は休日」), split outside brackets: a gloss
    in them is one case (「小規模企業者（…20人（商業又はサービス業は５人）以下の…）」)."""
    out, depth, start = [], 0, 0
    for m in re.finditer(r"[（(]|[）)]|又は|若しくは|または|及び|並びに|、", case):
        if m.group(0) in "（(":
            depth += 1
        elif m.group(0) in "）)":
            depth = max(0, depth - 1)
        elif depth == 0:
            out.append(case[start:m.start()])
            start = m.end()
    return out + [case[start:]]


def _footnote_multiplier(qn: str, found: Found, result: RetrievalResult, count: int = 1) -> tuple[Footnote, str] | None:
    """The note under a price's table that multiplies it in a case the question names, and the
    sentence that says so with the product: (note, 「土曜日は休業日のため、「…休業日に試験を行う場合は、
    料金を5割増しとする」により、18,900円となります（計算: 12,600円 × 1.5 = 18,900円）」)."""
    record, cell = found.cells[0]
    if cell.number is None or (cell.unit or "") not in MONEY_UNITS:
        return None
    # (`count`: the question's number of what the price is of one of, 「10ページ翻訳してもらうと」)
    base = (found.total if found.total is not None else float(cell.number)) * count
    labels = _own_labels(record, cell, with_title=True)
    glossary = _glossary(result, [record.doc_id], [])  # (terms a case may be, 早期申込 by its deadline)
    for note in record.footnotes:
        text = _nfkc(note.text)
        m = _MULTIPLIED.search(text)
        head = _NOTE_MARK.sub("", text[: m.start()] if m else "")
        cut = head.find("場合")
        subject = _RULE_SUBJECT.match(head) if cut <= 0 else None
        if m is None or (cut <= 0 and subject is None):
            continue
        case = head[:cut] if cut > 0 else subject.group("case") or subject.group("own")
        # (a rule that quotes the rows it is for, 「「認証機関による審査・認証」の上限額を…1.5倍」, is not
        # for another row's price)
        rows = {squash(c.row) for c in record.cells}
        quoted = [q for q in re.findall(r"「([^「」]+)」", text[: m.start()]) if squash(q) in rows]
        if quoted and squash(cell.row) not in {squash(q) for q in quoted}:
            continue
        # (nor one that names them unquoted, 「…海外見本市への出展の上限額を上表の２分の１とします」)
        named_rows = {r for r in rows if len(r) >= 3 and r in squash(text[: m.start()])}
        if named_rows and squash(cell.row) not in named_rows:
            continue
        # (nor one of another column, 「県内中小企業は、年額料金を２分の１とします」 of 月額（円）, nor of one it
        # leaves out, 「（月額料金と追加ＩＤの料金は除きます）」)
        columns = {label_core(c.column) for c in record.cells if c.column and len(label_core(c.column)) >= 2}
        named_columns = {c for c in columns if c in squash(text[: m.start()])}
        if named_columns and label_core(cell.column or "") not in named_columns:
            continue
        left_out = re.search(r"[（(]([^（()）]*)(?:を|は)除(?:く|きます)[。]?[）)]", text[m.end():])
        if left_out and any(x and x in squash(left_out.group(1)) for x in (label_core(cell.column or ""), squash(cell.row))):
            continue
        named = _not_of_class(case, qn) or next(
            (r for alt in _alternatives(case)
             if (r := _case_named(alt, qn, labels, record.doc_id, result, glossary)) is not None), None)
        if named is None:
            continue
        factor = _rule_factor(m)
        total = base * factor
        rule = _NOTE_MARK.sub("", _as_written(note.text, text)[: m.end()]).rstrip("。")
        because = "".join(f"{_because(r)}、" for r in named)
        return note, (f"{because}「{rule}」により、{amount_text(total, cell.unit)}となります（計算: {amount_text(base, cell.unit)} × "
                      f"{factor:g} = {amount_text(total, cell.unit)}）")
    return None


# An article a sentence points at for what it does not say itself (「第８条の期限までに様式第３号を提出」).
_ARTICLE_REFERENCE = re.compile(r"第([0-9]+)条(?:第[0-9]+項)?の(?:期限|規定|定め|とおり|基準|額|期間|期日)")


def _article_referred(unit: Unit, units: list[Unit]) -> Unit | None:
    """The article of the same document a unit points at (「第８条の期限までに」), as one of `units`:
    the sentence that opens with 「第８条」, which says what the pointer leaves to it."""
    m = _ARTICLE_REFERENCE.search(_nfkc(unit.text))
    if m is None or re.match(rf"\s*第{m.group(1)}条(?![0-9])", _nfkc(unit.text)):
        return None
    opening = re.compile(rf"\s*(?:（[^）]{{1,20}}）\s*)?第{m.group(1)}条(?![0-9の])")
    return next((u for u in units if u.passage.chunk.doc_id == unit.passage.chunk.doc_id
                 and opening.match(_nfkc(u.text))), None)


def _because(reading: str) -> str:
    """A reading as a reason: 「土曜日は休業日のため」, 「従業員15人の事業者は「小規模企業者」に当たるため」."""
    return reading[: -len("ります")] + "るため" if reading.endswith("ります") else f"{reading}のため"


# 「県内の中小企業は、…保管料の２分の１を県が負担します」「初回利用者は、…保管料を半額とする」
# 「…は、入庫料を２割引とする」: a share of a price another body bears for a case, or a discount.
_BORNE = re.compile(r"(?P<what>[\u4e00-\u9fff\u30a0-\u30ff]{2,8})(?:の(?P<den>[0-9]+)分の(?P<num>[0-9]+)を[^。、]{1,8}?が負担"
                    r"|(?P<half>を半額と|の半額を[^。、]{1,8}?が負担)|を(?P<wari>[0-9]+)割引)")


def _glossary(result: RetrievalResult, docs: Iterable[str], passages: list[Passage]) -> list[tuple[str, str]]:
    """The (definition, term) pairs of `docs`, read from the documents whole (their passages'
    definitions are among theirs), or from `passages` when the documents' texts are not at hand."""
    if result.wording is None:
        return [d for p in passages for d in _definitions(_nfkc(p.chunk.text))]
    # (in the order the documents' passages rank, whatever the order of a set of `docs`: the terms a
    # question is read with must not depend on the process's string hashing)
    rank = {d: i for i, d in enumerate(dict.fromkeys(p.chunk.doc_id for p in result.passages))}
    ordered = sorted(dict.fromkeys(docs), key=lambda d: (rank.get(d, len(rank)), d))
    return [d for doc in ordered
            for d in result.wording.derived(doc, "definitions", lambda text: _definitions(_nfkc(text)))]


def _price_rules(record: TableRecord, shown: list[Passage]) -> list[Footnote]:
    """Where a rule on a table's prices may stand: the notes under the table, and each sentence of
    the shown passages of its document (a rule is quoted where it is shown)."""
    return [*record.footnotes, *(Footnote(text=u, start=0, line=0, chunk_id=p.chunk.id)
                                 for p in shown for u in split_units(p.chunk.text))]


def _rule_sentence(verbatim: str, text: str, m: re.Match[str]) -> str:
    """The sentence of a rule that `m` (matched in `text`, the NFKC form of `verbatim`) stands in,
    as the document writes it, without its note mark (※３) or its Q&A label (Ａ１)."""
    start = text.rfind("。", 0, m.start()) + 1
    end = text.find("。", m.end())
    sentence = _as_written(verbatim, text)[start: end if end >= 0 else len(text)]
    return re.sub(r"^(?:※[0-9０-９]*|[AＡQＱ][0-9０-９]+)", "", sentence)


def _share_borne(qn: str, found: Found, result: RetrievalResult, passages: list[Passage]) -> tuple[Footnote, str] | None:
    """A rule (a note under the price's table, or a sentence of the passages of its document) by
    which the asker pays part of the price in a case the question is in, and the sentence that says
    so with the part paid: (the rule, 「「…保管料の２分の１を県が負担します」により、9,000円となります
    （計算: 18,000円 × 0.5 = 9,000円）」)."""
    record, cell = found.cells[0]
    if cell.number is None or (cell.unit or "") not in MONEY_UNITS:
        return None
    base = found.total if found.total is not None else float(cell.number)
    labels = _own_labels(record, cell)
    shown = [p for p in passages if p.chunk.doc_id == record.doc_id]
    glossary = _glossary(result, [record.doc_id], shown)
    for rule in _price_rules(record, shown):
        verbatim = re.sub(r"\s+", "", rule.text)
        text = _nfkc(verbatim)
        m = _BORNE.search(text)
        if m is None or m.group("what") not in labels:
            continue
        # (its sentence, quoted as the document writes it; the case is what it says before 「は、」)
        sentence = _rule_sentence(verbatim, text, m)
        case, said, _ = _nfkc(sentence).partition("は、")
        if not said or _case_named(case, qn, labels, record.doc_id, result, glossary) is None:
            continue
        if m.group("den"):
            factor = 1 - int(m.group("num")) / int(m.group("den"))
        else:
            factor = 0.5 if m.group("half") else 1 - int(m.group("wari")) / 10
        paid = base * factor
        return rule, (f"「{sentence}」により、{amount_text(paid, cell.unit)}となります（計算: {amount_text(base, cell.unit)} × "
                      f"{factor:g} = {amount_text(paid, cell.unit)}）")
    return None


# The share of a price a banded line charges (「179日前から60日前までの取消し：使用料の３割」).
_CHARGED_SHARE = re.compile(r"(?:料|額|金)の(?P<wari>[0-9]+)割|(?:料|額|金)の(?P<pct>[0-9]+)[%％]|(?P<whole>全額)|(?P<half>半額)")
# 「返ってくる額」「いくら返金されますか」: what is paid back, the price less the charge.
_PAID_BACK = re.compile(r"返って(?:くる|き)|戻って(?:くる|き)|(?:返金|返還)され(?!ない|ず)")


def _banded_charge(qn: str, found: Found, passages: list[Passage]) -> tuple[Footnote, str] | None:
    """A line of a run whose bands (days before, people, hours) differ, whose band holds the
    quantity the question gives, and which charges a share of the price (「使用日の100日前に取り消すと」
    of 「179日前から60日前までの取消し：使用料の３割」): the line, and 「「…」により、86,400円となります
    （計算: 288,000円 × 0.3 = 86,400円）」; the price less it when what is paid back is asked."""
    record, cell = found.cells[0]
    if cell.number is None or (cell.unit or "") not in MONEY_UNITS or found.computed:
        return None
    given = quantities_given(qn)
    if not given:
        return None
    asked_kanji = "".join(re.findall(r"[\u4e00-\u9fff]", qn))
    runs: dict[str | None, list[tuple[Footnote, tuple, re.Match[str]]]] = {}
    for rule in _price_rules(record, [p for p in passages if p.chunk.doc_id == record.doc_id]):
        banded = _banded(rule.text)
        if banded is None:
            continue
        end, (rest, band) = banded
        share = _CHARGED_SHARE.search(_nfkc(rule.text).strip()[end:])
        # (of what the question does: 〇の取消し of 「取り消すと」, by the kanji they share)
        kanji = "".join(re.findall(r"[\u4e00-\u9fff]", rest))
        if share is not None and any(kanji[i:i + 2] in asked_kanji for i in range(len(kanji) - 1)):
            runs.setdefault(rule.chunk_id, []).append((rule, band, share))
    for run in runs.values():
        if len({b for _, b, _ in run}) < 2:
            continue  # (one band alone tells nothing apart)
        holding = [(rule, share) for rule, b, share in run if band_holds(b, given)]
        if len(holding) != 1:
            continue
        rule, share = holding[0]
        factor = (int(share["wari"]) / 10 if share["wari"] else int(share["pct"]) / 100 if share["pct"]
                  else 1.0 if share["whole"] else 0.5)
        back = bool(_PAID_BACK.search(qn))
        factor = 1 - factor if back else factor
        base = float(cell.number)
        total = base * factor
        said = re.sub(r"^[・○●◯\s]+", "", rule.text.strip())
        return rule, (f"「{said}」により、{'返ってくる額は' if back else ''}{amount_text(total, cell.unit)}となります（計算: {amount_text(base, cell.unit)} × "
                      f"{factor:g} = {amount_text(total, cell.unit)}）")
    return None


# 「２通目以降の手数料は１通当たり400円とする」: the price of each one after the first (or the n-th).
_LATER_ONES = re.compile(r"(?P<from>[0-9]+)\s*(?P<u>[\u3041-\u30ff\u4e00-\u9fff]{1,2}?)目(?:以降|から)[^。]*?(?:1|一)\s*(?P=u)"
                         r"(?:当たり|あたり|につき)[^。0-9]{0,6}?(?P<price>[0-9][0-9,]*)\s*円")
# (or at a discount off the price: 「２人目からの受講料を20％割り引く」「２通目以降は２割引」「２都市目
# からの料金を半額とします」)
_LATER_DISCOUNT = re.compile(r"(?P<from>[0-9]+)\s*(?P<u>[\u3041-\u30ff\u4e00-\u9fff]{1,2}?)目(?:以降|から)[^。]*?"
                             r"(?:(?:(?P<pct>[0-9]+)\s*[%％]|(?P<wari>[0-9])\s*割)\s*(?:を)?(?:割り?引|引|減額)|(?P<half>半額))")


# A price given per one at the start of a value (NFKC): 「試作品1点当たり8,000円（…）」.
_PRICE_OF_ONE = re.compile(r"[^0-9（(]{0,12}?(?:1|一)\s*[\u3041-\u30ff\u4e00-\u9fff]{1,2}(?:当たり|あたり|につき)\s*([0-9][0-9,]*)\s*円")


# A price per one of a measure the asker gives (「料金：三辺合計１cm当たり70円（最低料金7,000円）」,
# 「１kg当たり120円」), with the least it comes to when the line says one; and how much of the measure a
# question gives (「…高さを足すと220cmになる密閉箱」).
_PRICE_PER_MEASURE = re.compile(r"(?:1|一)\s*(?P<u>cm|mm|m|km|kg|g|t|トン|キロメートル|メートル|センチメートル|キログラム|グラム|文字|語)"
                                r"\s*(?:当たり|あたり|につき)\s*(?P<price>[0-9][0-9,]*)\s*円")
_LEAST_PRICE = re.compile(r"最低(?:料金|額)?\s*(?:は)?\s*([0-9][0-9,]*)\s*円")
_PRICE_ASKED = re.compile(r"いくら|料金|費用|金額")


def _priced_measure(qn: str, text: str, section: str = "") -> str | None:
    """「（２）密閉箱の料金は、三辺合計220cmでは15,400円となります（計算: 70円 × 220 = 15,400円）」: a
    line's price per one of a measure times the question's own amount of it (the least price the line
    gives, when the product falls short of it), when the question asks a price and gives one such
    amount; else None. Said of the line's label and its section's heading."""
    line = next((x for x in _nfkc(text).splitlines() if _PRICE_PER_MEASURE.search(x)), "")
    m = _PRICE_PER_MEASURE.search(line)
    if m is None or not _PRICE_ASKED.search(qn):
        return None
    unit = m.group("u")
    given = re.findall(r"(?<![0-9.,])([0-9][0-9,]*(?:\.[0-9]+)?)\s*" + re.escape(unit) + r"(?![A-Za-z])", qn)
    if len(set(given)) != 1:
        return None
    amount, price = float(given[0].replace(",", "")), float(m.group("price").replace(",", ""))
    if amount <= 1:
        return None
    total = amount * price
    least = _LEAST_PRICE.search(line[m.end():])
    floor = float(least.group(1).replace(",", "")) if least else None
    label, colon, qualifier = line[:m.start()].strip().rpartition(":")
    heading = section.rpartition(" > ")[2].strip()
    subject = "の".join(x for x in (heading, label.strip() if colon else "") if x)
    said = (f"{subject}は、" if subject else "") + qualifier.strip()
    if floor is not None and total < floor:
        return (f"{said}{amount:g}{unit}では{amount_text(floor, '円')}となります（計算: {amount_text(price, '円')} × {amount:g} = "
                f"{amount_text(total, '円')}で、最低料金{amount_text(floor, '円')}に満たないため）")
    return said + _times_text(amount, unit, price, "円")


def _count_given(qn: str, counter: str) -> int | None:
    """How many of `counter` the question's own case has (「３品目について」「産地証明書を３通」), not
    the how-manyth (３通目) nor a bound (３品目以上, ３品目まで)."""
    m = re.search(r"(?<![0-9,.])([0-9]+)\s*" + re.escape(counter) + r"(?!目|以|まで)", qn)
    return int(m.group(1)) if m else None


# A price of one of something, as its label says (書面回答（１品目）, 通訳料（１時間当たり）).
_PER_ONE = re.compile(r"[（(]\s*(?:1|一)\s*(?P<u>[\u4e00-\u9fff\u30a1-\u30fa\u30fc]{1,3}?)(?:当たり|あたり|につき)?\s*[）)]")


def _times_per_one(qn: str, found: Found) -> str | None:
    """The price of one that every stated cell's label says it is (書面回答（１品目）), times the
    question's own number of them (「３品目について…頼むと」): 「３品目では24,000円となります（計算:
    8,000円 × 3 = 24,000円）」. None when a label prices no one of the counter the question gives."""
    per_one = _per_one(qn, found)
    return _times_text(*per_one) if per_one is not None else None


def _per_one(qn: str, found: Found) -> tuple[int, str, float, str] | None:
    """(how many, counter, price of one, unit) when every stated cell's label prices one of the
    counter the question gives a number of (「３品目について」 of 書面回答（１品目）), else None."""
    cells = [c for _, c in found.cells]
    units = {c.unit or "" for c in cells}
    per = [_PER_ONE.search(_nfkc(f"{c.row}{c.column or ''}")) for c in cells]
    if len(units) != 1 or not units <= set(MONEY_UNITS) or not all(per) or len({m.group("u") for m in per}) != 1:
        return None
    counter, unit = per[0].group("u"), units.pop()
    n = _count_given(qn, counter)
    if n is None or n < 2:
        return None
    if found.total is not None and not found.summed:
        return None  # (a price the lookup computed for the question's own quantity: counted once)
    if found.total is not None:
        base = found.total
    elif found.summed:
        base = math.fsum(float(c.number) for c in cells)  # (the price of one of each row added)
    elif not found.computed:
        base = float(cells[0].number)
    else:
        return None
    return n, counter, base, unit


# A note that makes a row's cap (or price) one of a counter, with the most of it a firm may have
# (NFKC): 「ホルムアルデヒド試験の上限額は１品目当たりの額です（１事業者当たり４品目まで）」.
_NOTE_PER_ONE = re.compile(r"(?:(?P<of>[^、。()]{2,30}?)の)?(?P<measure>上限額|限度額|料金|単価)は[、,]?(?:1|一)"
                           r"(?P<u>か月|ヶ月|[\u4e00-\u9fff\u30a1-\u30fa\u30fc]{1,3}?)(?:当たり|あたり|ごと)の額")
# The words a question counts a counter's ones by besides its own: ３種類 of 品目.
_COUNTED_AS = {"品目": ("品目", "種類")}


def _per_one_by_note(qn: str, found: Found) -> tuple[Footnote, str] | None:
    """The note under the answer's table that makes its cell a cap of one of a counter, times the
    question's own number of them up to the note's most (「椅子を３種類…それぞれ…試験」 of
    「…試験の上限額は１品目当たりの額です（１事業者当たり４品目まで）」): the note, and 「「…」により、
    ３品目では450千円となります（計算: 150千円 × 3 = 450千円）」."""
    record, cell = found.cells[0]
    if found.computed or found.refused or cell.number is None or (cell.unit or "") not in MONEY_UNITS:
        return None
    for note in record.footnotes:
        text = _NOTE_MARK.sub("", _nfkc(note.text))
        m = _NOTE_PER_ONE.search(text)
        if m is None or (m.group("of") and squash(m.group("of")) not in squash(cell.row)):
            continue
        if m.group("measure") in ("上限額", "限度額") and not re.search("上限|限度", f"{cell.column or ''}{cell.row}{record.title}"):
            continue
        counter = m.group("u")
        n = next((k for word in _COUNTED_AS.get(counter, (counter,)) if (k := _count_given(qn, word)) is not None), None)
        if n is None or n < 2:
            continue
        most = re.search(r"最長(?P<n>[0-9]+)" + re.escape(counter) + r"|(?P<m>[0-9]+)" + re.escape(counter) + r"(?:まで|を限度)",
                         text[m.end():])
        counted = min(n, int(most.group("n") or most.group("m"))) if most else n
        base = float(cell.number)
        total = base * counted
        rule = _NOTE_MARK.sub("", _as_written(note.text, _nfkc(note.text))).strip().rstrip("。")
        over = f"（{n}{counter}のうち{counted}{counter}まで）" if counted < n else ""
        return note, (f"「{rule}」により、{counted}{counter}では{amount_text(total, cell.unit)}となります{over}（計算: "
                      f"{amount_text(base, cell.unit)} × {counted} = {amount_text(total, cell.unit)}）")
    return None


def _times_text(n: float, counter: str, base: float, unit: str) -> str:
    return (f"{n:g}{counter}では{amount_text(base * n, unit)}となります（計算: {amount_text(base, unit)} × {n:g} = "
            f"{amount_text(base * n, unit)}）")


def _price_of_later_ones(qn: str, found: Found, passages: list[Passage]) -> tuple[Footnote, str] | None:
    """A price per one and a rule that prices the ones after the first another way, with the
    question's own number of them (「産地証明書を３通まとめて申請すると」 of 1,000円 and 「２通目以降の
    手数料は１通当たり400円とする」): the rule, and 「「…」により、３通では1,800円となります（計算:
    1,000円 + 400円 × 2 = 1,800円）」."""
    record, cell = found.cells[0]
    if cell.number is not None:
        price = float(cell.number) if cell.unit == "円" else None
    else:  # (a line that gives the price per one before the rule: 「試作品１点当たり8,000円（同じ年度の３点目
        # からは１点当たり12,000円）」)
        each = _PRICE_OF_ONE.match(_nfkc(cell.value))
        price = float(each.group(1).replace(",", "")) if each else None
    if price is None or found.computed:
        return None
    for rule in _price_rules(record, [p for p in passages if p.chunk.doc_id == record.doc_id]):
        verbatim = re.sub(r"\s+", "", rule.text)
        text = _nfkc(verbatim)
        m = _LATER_ONES.search(text) or _LATER_DISCOUNT.search(text)
        if m is None:
            continue
        counter = m.group("u")
        quantity = _count_given(qn, counter)
        if quantity is None or quantity < int(m.group("from")):
            continue
        first = int(m.group("from")) - 1
        if m.re is _LATER_DISCOUNT:
            off = 0.5 if m.group("half") else int(m.group("pct")) / 100 if m.group("pct") else int(m.group("wari")) / 10
            later = price * (1 - off)
        else:
            later = float(m.group("price").replace(",", ""))
        total = price * first + later * (quantity - first)
        sentence = _rule_sentence(verbatim, text, m)
        arithmetic = (f"{amount_text(price, '円')}{f' × {first}' if first > 1 else ''} + "
                      f"{amount_text(later, '円')} × {quantity - first} = {amount_text(total, '円')}")
        return rule, f"「{sentence}」により、{quantity}{counter}では{amount_text(total, '円')}となります（計算: {arithmetic}）"
    return None


# A rule that waives the price of the first ones in a case (NFKC): 「初めて登録した年度は、紹介の料金を
# ３件分まで無料とします」.
_FIRST_ONES_FREE = re.compile(r"(?P<case>[^、。]{2,30}?)(?:は|については)[、,][^。]*?(?P<n>[0-9]+)\s*(?P<u>[\u4e00-\u9fff]{1,2}?)分?まで(?:を)?無料")


def _first_ones_free(qn: str, found: Found, result: RetrievalResult, passages: list[Passage]) -> tuple[Footnote, str] | None:
    """A price per one and a rule that waives the first ones in a case the question names, with the
    question's own number of them (「今年度初めて登録した…６件紹介されました」 of ブランドへの紹介（１件）
    3,000円 and 「初めて登録した年度は、紹介の料金を３件分まで無料とします」): the rule, and 「「…」により、
    ６件では9,000円となります（計算: 3,000円 × (6 − 3) = 9,000円）」."""
    record, cell = found.cells[0]
    # (the price of one, or the price the lookup computed of the question's quantity of it)
    if cell.number is None or (cell.unit or "") not in MONEY_UNITS or (found.computed and (found.total is None or found.summed)):
        return None
    labels = _own_labels(record, cell, with_title=True)
    for rule in _price_rules(record, [p for p in passages if p.chunk.doc_id == record.doc_id]):
        verbatim = re.sub(r"\s+", "", rule.text)
        text = _nfkc(verbatim)
        mark = _NOTE_MARK.match(text)
        m = _FIRST_ONES_FREE.match(text, mark.end() if mark else 0)  # (the rule's sentence from its start)
        if m is None:
            continue
        counter, free = m.group("u"), int(m.group("n"))
        quantity = _count_given(qn, counter)
        if quantity is None or _case_named(m.group("case"), qn, labels, record.doc_id, result) is None:
            continue
        if re.search(r"初めて|はじめて|初回", m.group("case")) and not _NEVER_BEFORE.search(qn):
            continue  # (a first year's rule: the question says its case is the first)
        paid = max(0, quantity - free)
        total = float(cell.number) * paid
        sentence = _rule_sentence(verbatim, text, m)
        return rule, (f"「{sentence}」により、{quantity}{counter}では{amount_text(total, cell.unit)}となります（計算: "
                      f"{amount_text(float(cell.number), cell.unit)} × ({quantity} − {free}) = {amount_text(total, cell.unit)}）")
    return None


# A rule that waives a price for some users (「長期滞在登録者は、赴任前の出発前安全ブリーフィング１回に
# 限り、利用料を無料とします」): whom it is for (the sentence's subject), and the waiver.
_WAIVED = re.compile(r"(?P<who>[^、。]{2,30}?)(?:は|については|に限り)[、,]?[^。]*?(?:無料と|無料で|免除)")
# Share of the subject's bigrams the question must say, for the asker to be whom a waiver is for.
WAIVER_SUBJECT_SHARE = 0.6


def _free_by_rule(qn: str, found: Found, passages: list[Passage]) -> tuple[Footnote, str] | None:
    """A rule by which the price the answer states is waived for the asker: a note under the table or
    a sentence of the shown passages of its document that names the price's row and waives it for a
    kind of user the question says the asker is (「長期滞在で登録した社員が、…ブリーフィングを受ける
    場合」 of 「長期滞在登録者は、…出発前安全ブリーフィング１回に限り、利用料を無料とします」): the rule,
    and 「ただし、「…」」."""
    record, cell = found.cells[0]
    if cell.number is None or (cell.unit or "") not in MONEY_UNITS or found.computed:
        return None
    row = squash(re.sub(r"[（(][^（）()]*[）)]$", "", _nfkc(cell.row)))
    asked = squash(qn)
    for rule in _price_rules(record, [p for p in passages if p.chunk.doc_id == record.doc_id]):
        verbatim = re.sub(r"\s+", "", rule.text)
        text = _nfkc(verbatim)
        m = _WAIVED.search(text)
        if m is None or len(row) < 2 or row not in squash(text):
            continue
        who = squash(re.sub(r"^(?:※[0-9]*|[AQ][0-9]+)", "", m.group("who")))
        grams = set(char_bigrams(who))
        if len(who) < 2 or row in who or not grams or len(grams & set(char_bigrams(asked))) / len(grams) < WAIVER_SUBJECT_SHARE:
            continue  # (a waiver for another kind of user, or none named)
        return rule, f"ただし、「{_rule_sentence(verbatim, text, m)}」"
    return None


def _through_card(question: str, records: list[TableRecord], passages: list[Passage]
                  ) -> tuple[str, TableRecord, Cell, str] | None:
    """A thing the question names by what a card says of its case (「ＥＵに…輸出する会社…必要になる
    証明書の手数料は」 and the card of （３）ＥＵ向け: 「必要な証明書：衛生証明書（水産食品）」), when
    the card's value is a row of a table of the same document: the question with the value written
    after the words that name it, the card's record, its line, and its heading as written."""
    qn = squash(_nfkc(question))
    grams = _content_bigrams(qn)
    lead = {p.chunk.doc_id for p in passages[:LEAD_PASSAGES]}
    rows: set[tuple[str, str]] | None = None  # (the tables' row labels, read once a card is named)
    for rec in records:
        if rec.kind != "facts" or rec.doc_id not in lead or not rec.section:
            continue
        heading = HEADING_MARK.sub("", rec.section.rpartition(" > ")[2]).strip()
        case = re.sub(r"向け$|について$", "", squash(_nfkc(heading)))
        if len(case) < 2 or case not in qn:
            continue  # (the card of the case the question names: （３）ＥＵ向け)
        if rows is None:
            rows = {(r.doc_id, squash(_nfkc(c.row))) for r in records if r.kind == "table" for c in r.cells}
        for c in rec.cells:
            label, value = squash(_nfkc(c.row)), squash(_nfkc(c.value))
            head = re.search(r"[\u30a0-\u30ff\u4e00-\u9fff]{2,}$", label)
            # (its words, whatever joins them: 「必要な証明書」 said 「必要になる証明書」)
            said = {g for run in re.findall(r"[\u30a0-\u30ff\u4e00-\u9fff]{2,}", label) for g in char_bigrams(run)}
            if (head is None or (rec.doc_id, value) not in rows or value in qn
                    or len(said) < 2 or not said <= grams or head.group(0) not in qn):
                continue
            at = qn.index(head.group(0)) + len(head.group(0))
            return f"{qn[:at]}（{value}）{qn[at:]}", rec, c, heading
    return None


def _cell_note(found: Found) -> Footnote | None:
    """The note under the answer's table that speaks of the answer's own cell: it names the cell's
    row and its year (「※３ ベトナムの令和６年度の成約金額は速報値である。…確定した額は1,284百万円」),
    or its row and its printed value. Such a note qualifies or amends the figure, so the answer
    quotes it with the figure."""
    record, cell = found.cells[0]
    if is_dash(cell.value) or cell.number is None:
        return None  # (a dash has its own note: _dash_note)
    for note in notes_on_row(record, cell):
        text = re.sub(r"\s+", "", _nfkc(note.text))
        if cell.fiscal_year is not None:
            if any(y.western == cell.fiscal_year for y in find_years(text)):
                return note
        elif re.sub(r"\s+", "", _nfkc(cell.value)) in text:
            return note
    return None


# 「38社のうち、外資系の企業は何社」: a part asked of a whole the question states itself.
_PART_OF_STATED = re.compile(r"([0-9][0-9,.]*)\s*(社|件|人|名|か所|箇所|団体|校|機関)のうち[、,]?\s*"
                             r"(?P<part>[^、,。?？]{1,20}?)(?:は|が|で)")


# 「研修員のうち、女性は何人」: a part asked of a whole by what sets it apart.
_PART_ASKED = re.compile(r"のうち[、,]?\s*(?P<part>[^、,。?？]{2,20}?)(?:は|が)\s*(?:何|いくら|いくつ|どれ|(?<![なほ])どの)")


# The kind of body or person a count is of, which documents name each in their own word (会社,
# 企業, 事業者): no detail that sets a part apart.
_KIND_OF_BODY = re.compile(r"会社|企業|事業者|事業所|団体|法人|機関|人|方|者|人たち|方々")


def _part_never_named(qn: str, lead: Passage, result: RetrievalResult) -> str | None:
    """The part a question asks of a whole (「研修員のうち、女性は何人」: 女性) when the lead passage's
    document, as far as the retrieval saw it, never writes the part's head noun (its last content
    word: 女性; 登録 of 「外国で特許として登録されたの」, not 働く of 「米国系の企業で働く人」 but
    企業): the document does not break the whole down that way."""
    m = _PART_ASKED.search(qn.rpartition("について、")[2])
    head = _head_noun(m.group("part")) if m else None
    if head is None:
        return None
    part = re.sub(r"の$", "", m.group("part"))
    seen = _document_seen(lead, result)
    if head not in seen and not _KIND_OF_BODY.fullmatch(head):
        # (「そのうち航空便が中心の会社」: 会社 is the kind of what the whole counts, which a document
        # calls 企業; what sets the part apart is read below)
        return part
    # (or what sets the part apart, ホームステイ of 「ホームステイを体験した生徒」, is a word the whole
    # document never writes, nor most of its characters)
    doc_id = lead.chunk.doc_id
    flat = result.wording.flat(doc_id) if result.wording is not None else ""
    text, have = (flat, result.wording.derived(doc_id, "bigrams", _flat_bigrams)) if flat else (seen, _flat_bigrams(seen))
    for word in get_tokenizer().content_words(m.group("part")):
        grams = set(char_bigrams(word))
        if len(word) >= 3 and not word.isdigit() and word not in text and len(grams & have) < ABSENT_SHARE * len(grams):
            return part
    return None


# A count or share asked (何人, 何トン, 何件, 何％, 割合), not a date, a time or a rule's amount.
_COUNT_ASKED = re.compile(r"何\s*(?!年|月|日|時|歳|才|分|秒|番|度)[\u4E00-\u9FFF\u30A1-\u30FA%％]|割合|比率")
# A member between two separators: a short name, no figure, no kana of a phrase (台湾, フィリピン;
# not 「香港120トン」, nor the adverb of 「特に、大連市の…」).
_BARE_MEMBER = re.compile(r"[^0-9。「」（）()\u3041-\u309f]{1,12}")


@functools.lru_cache(maxsize=1024)
def _listed_among_peers(name: str, text: str) -> bool:
    """Whether `text` (NFKC, lines without spaces) writes `name` only as a member of an enumeration of
    three or more bare names (「主な仕向地は香港、台湾及びシンガポール」「ベトナムが最も多く、中国、
    フィリピン、ネパールの順」): a figure of that passage is of the whole the list is part of, not
    of the name, which the passage gives no figure of its own."""
    seen = False
    for sentence in re.split(r"[。\n]", text):
        # (a bullet opens a line, it separates nothing: 「・場所：米国・ニューヨーク」)
        pieces = ENUMERATION_SEP.split(re.sub(r"^[・○●]", "", sentence))
        for k, piece in enumerate(pieces):
            if name not in piece:
                continue
            seen = True
            if _ANY_FIGURE.search(piece):
                return False  # (「香港（120トン）」: the name has a figure of its own)
            before = k > 0 and piece.startswith(name) and bool(_BARE_MEMBER.fullmatch(pieces[k - 1]))
            after = k + 1 < len(pieces) and piece.endswith(name) and bool(_BARE_MEMBER.fullmatch(pieces[k + 1]))
            inner = piece == name and 0 < k < len(pieces) - 1
            if not (before or after or inner):
                return False  # (the name outside a list: the sentence is about it)
            # three members at least: the name and two more beside it
            lo, hi = k, k
            while lo > 0 and (lo == k or _BARE_MEMBER.fullmatch(pieces[lo])):
                lo -= 1
            while hi + 1 < len(pieces) and (hi == k or _BARE_MEMBER.fullmatch(pieces[hi])):
                hi += 1
            if hi - lo + 1 < 3:
                return False
    return seen


def _flat_years(text: str) -> frozenset[int]:
    """The years a text writes, read across its line breaks (令和６年度 broken as 令和６年 / 度)."""
    return _years_written(re.sub(r"\s+", "", _nfkc(text)))


def _flat_bigrams(text: str) -> frozenset[str]:
    """The character bigrams of a text read across its line breaks."""
    return frozenset(char_bigrams(re.sub(r"\s+", "", _nfkc(text))))


def _head_noun(phrase: str) -> str | None:
    """The last content word (two characters or more, not a figure) of a phrase, NFKC: what it
    names (女性 of 「女性」, 規模 of 「従業員の規模」)."""
    nouns = [w for w in get_tokenizer().content_words(phrase) if len(w) >= 2 and not w.isdigit()]
    if not nouns and re.fullmatch(r"[\u4e00-\u9fff]{2,4}", _nfkc(phrase)):
        return _nfkc(phrase)  # (a compound read as one-character words, 市町: 市 + 町)
    return _nfkc(nouns[-1]) if nouns else None


# A breakdown asked by its dimension (「男女の内訳」「従業員の規模別に見ると」「対象分野別だと」
# 「輸出先の国別に教えてください」).
_BREAKDOWN_BY = re.compile(r"(?P<by>[^\s、。はをがのにでと「」（）()]{1,12}?)(?:別(?:に見ると|で見ると|にすると|だと|では|の内訳"
                           r"|に(?:教え|示し|知りたい|分けて)"
                           r"|の(?:人数|件数|数|割合|金額))|の内訳)")


def _breakdown_never_written(qn: str, lead: Passage, result: RetrievalResult) -> str | None:
    """The dimension of a breakdown a question asks for (男女 of 「男女の内訳」, 規模 of 「規模別に見ると」)
    when the lead passage's document never writes its head noun: the document does not break its
    figures down that way. The whole document is read when the index generation gives it."""
    m = _BREAKDOWN_BY.search(qn.rpartition("について、")[2])
    if m and _nfkc(m.group("by")) == "月" and "別" in m.group(0):
        # (月 is written in every date, 2024年４月から: a monthly breakdown is one a table of months gives)
        text = (result.wording.flat(lead.chunk.doc_id) if result.wording is not None else "") or _document_seen(lead, result)
        months = [sum(1 for label in (*r.rows, *r.columns) if label and MONTH_LABEL.fullmatch(squash(_nfkc(label))))
                  for r in result.records if r.doc_id == lead.chunk.doc_id]
        return None if "月別" in text or max(months, default=0) >= 3 else "月別の内訳"
    by = _nfkc(m.group("by")) if m else ""
    kind = next((k for suffix, k in _BREAKDOWN_KINDS if by.endswith(suffix)), None)
    head = _head_noun(by) if m else None
    if head is None and kind is None:
        return None
    text = (result.wording.flat(lead.chunk.doc_id) if result.wording is not None else "") or _document_seen(lead, result)
    asked = m.group("by") + ("別" if "別" in m.group(0) else "") + "の内訳"
    if head is not None and head not in text:
        return asked
    # (国 and 業種 are written in any document of this trade: a breakdown by them is one a table
    # gives, whose labels are countries or industries, or a sentence that names several of them)
    if kind is None or re.search(r"(?:国|地域)別" if kind is _country_label else r"業種別", text):
        return None
    labels = [[label for label in (*r.rows, *r.columns) if label] for r in result.records if r.doc_id == lead.chunk.doc_id]
    if any(sum(1 for label in ls if kind(label)) >= 2 for ls in labels):
        return None
    if kind is _country_label and any(len(places_in(sentence)) >= 3 for sentence in text.split("。")):
        return None
    return asked


def _country_label(label: str) -> bool:
    """Whether a table label names a country, a city abroad or a world region (ベトナム, 欧州計)."""
    return bool(places_in(label) or regions_named(_nfkc(label)))


# The dimensions of a breakdown whose word every document of this trade writes (国 of 輸出先の国,
# 相手国, 国・地域; 業種), by how the asked dimension ends, with the kind of label a breakdown by
# them has.
_BREAKDOWN_KINDS = (("国・地域", _country_label), ("国", _country_label), ("業種", names_industries))


def _part_of_stated_whole(qn: str, lead: Unit) -> str | None:
    """The part a question asks of a whole it states (「38社のうち、外資系の企業」) when the lead unit
    gives that whole and no other figure in its counter: the document does not break it down."""
    m = _PART_OF_STATED.search(qn.rpartition("について、")[2])
    if not m:
        return None
    figures = re.findall(rf"([0-9][0-9,.]*)\s*{re.escape(m.group(2))}", _nfkc(lead.text))
    if figures and all(f == m.group(1) for f in figures):
        return m.group("part")
    return None


# A count of things qualified by where they come from: 「海外から何人の来場者が」「海外からの来場者は何人」.
_QUALIFIED_COUNT = re.compile(r"(?P<q>[\u30a0-\u30ff\u4e00-\u9fff]{2,6})から(?:何\s*(?:人|名|社|件)の(?P<n1>[\u30a0-\u30ff\u4e00-\u9fff]{2,8})"
                              r"|の(?P<n2>[\u30a0-\u30ff\u4e00-\u9fff]{2,8})(?:は|が)何\s*(?:人|名|社|件))")


# A count of firms or people from beyond the prefecture's or the country's border (「このサービスを
# 使った県外の企業は何社」): the side, what is counted, and the counter. (Not 県内: a prefecture's
# document counts its own firms without saying so.)
_SIDED_COUNT = re.compile(r"(?P<q>県外|市外|国外|海外)の(?P<n>[\u30a0-\u30ff\u4e00-\u9fff]{1,6}?)(?:は|が)"
                          r"(?:全部で|合わせて)?何\s*(?P<c>人|名|社|者|件)")


def _side_never_stated(qn: str, lead: Unit) -> str | None:
    """The firms a question counts by their side of a border (「県外の企業は何社」) when the lead unit
    counts in that counter (「利用事業者数は233社でした」) and neither it nor its headings say the side:
    its figure is of all of them, not of those asked."""
    m = _SIDED_COUNT.search(qn.rpartition("について、")[2])
    if not m:
        return None
    text = squash(lead.text)
    where = squash(f"{lead.passage.chunk.title}{lead.passage.chunk.section}")
    if re.search(rf"[0-9][0-9,]*{m.group('c')}", text) and m.group("q") not in text and m.group("q") not in where:
        return f"{m.group('q')}の{m.group('n')}"
    return None


def _origin_never_stated(qn: str, lead: Unit) -> str | None:
    """The things a question counts by where they come from (「海外から何人の来場者」) when the lead
    unit counts the things (「来場者は延べ65万5千人」) and never says that origin: its figure is of all
    of them, not of those asked."""
    m = _QUALIFIED_COUNT.search(qn.rpartition("について、")[2])
    if not m:
        return None
    noun, text = m.group("n1") or m.group("n2"), squash(lead.text)
    if noun in text and re.search(r"[0-9]", text) and m.group("q") not in text:
        return f"{m.group('q')}からの{noun}"
    return None


# A change asked of a measure: 「売上高がどれくらい伸びましたか」「料金収入は年間いくら増えましたか」
# 「どれくらい輸出が伸びましたか」「関税がどれだけ安くなったか」.
_CHANGE_VERB = r"(?:伸び|増え|減っ|減り|増加|減少|上が|下が|安く|高く|改善|削減|拡大|縮小)"
_HOW_MUCH = r"(?:どれ|(?<![なほ])どの|いくら|何)"
_MEASURE = r"(?P<x>[\u30a0-\u30ff\u3400-\u9fffA-Za-z]{2,8})"
_CHANGE_ASKED = re.compile(_MEASURE + r"(?:が|は)[^、,。？?]{0,6}?" + _HOW_MUCH + r"[^、,。？?]{0,8}?" + _CHANGE_VERB
                           + "|" + _HOW_MUCH + r"[^、,。？?]{0,6}?" + _MEASURE.replace("x>", "y>") + r"(?:が|は)" + _CHANGE_VERB)
# A change stated: what a passage writes when it gives one.
_CHANGE_STATED = re.compile(r"増加|増え|増し|増収|伸び|減少|減っ|減り|減収|前年比|前年度比|倍|上昇|低下|下が|上が|改善|削減|拡大|縮小|安く|高く")


def _change_never_stated(qn: str, lead: Unit) -> str | None:
    """The measure whose change a question asks (売上高 of 「売上高がどれくらい伸びましたか」) when the
    lead unit does not say that measure changed: a unit of the programme's grants or costs tells
    nothing of the sales it brought. (A change a table gives year by year is computed from its
    records before units are read.)"""
    m = _CHANGE_ASKED.search(qn.rpartition("について、")[2])
    if not m:
        return None
    measure = m.group("x") or m.group("y")
    text = squash(lead.text)
    if measure in squash(lead.passage.chunk.section) + text and _CHANGE_STATED.search(text):
        return None
    return measure


# 「１人当たりいくらのデザイン料を」: the amount asked, named after its interrogative.
_AMOUNT_OF = re.compile(r"(?:いくら|何円|何万円)(?:ぐらい|くらい|ほど)?の([\u30a0-\u30ff\u3400-\u9fffA-Za-z]{2,12})")
# 「駐車場は、１日停めるといくら」: the thing a price is asked of, the topic of the question.
_PRICED_TOPIC = re.compile(r"([\u30a0-\u30ff\u3400-\u9fffA-Za-z]{2,12})は[、,]?[^。？?、,]{0,12}?(?:いくら|何円)")
# Money said plainly: any amount's label may be it.
_PLAIN_MONEY = re.compile(r"金額|お金|費用|料金|代金|経費|予算|価格")
# A grant asked by its name (「補助金はいくら交付されましたか」) is the amount granted, whatever a
# line labels it: 交付額, 補助額, 助成額, 補助金の額.
_GRANT_ASKED = re.compile(r"(?:補助|助成|交付|奨励)金")
_GRANT_LABEL = re.compile(r"交付|補助|助成|奨励")
_MONEY_SAID_PLAINLY = re.compile(r"お金|費用|金額")  # (the kind of value asked, no label: 「使ったお金は」)


def _amount_of_another_label(qn: str, lead: Unit) -> str | None:
    """The amount a question names (デザイン料 of 「いくらのデザイン料」) when the lead unit is a
    label–value line of another amount (「試験販売での販売額：186万円」): its label shares no word
    with what is asked, so its figure is not that amount."""
    asked_now = qn.rpartition("について、")[2]
    m = _AMOUNT_OF.search(asked_now)
    # (or the thing a price is asked of, 「駐車場は、１日停めるといくら」, read only against a
    # label–value line: 「同時通訳ブース（２言語）：１日 32,000円」 is the booth's price)
    topic = None if m else _PRICED_TOPIC.search(asked_now)
    m = m or topic
    if not m or _PLAIN_MONEY.search(m.group(1)) or m.group(1) in _nfkc(lead.text):
        return None
    asked = set(char_bigrams(m.group(1)))
    # (the lines of the unit that give an amount under a label: 「試験販売での販売額：186万円」)
    labels = [label.group(1) for line in _nfkc(lead.text).splitlines()
              if (label := _LINE_LABEL.match(line)) and re.search(r"[0-9]\s*(?:千|万|億)?円", line)]
    if _GRANT_ASKED.fullmatch(m.group(1)) and any(_GRANT_LABEL.search(x) for x in labels):
        return None  # 「補助金はいくら」 of a case whose line 「交付額：45万円」 gives it
    if topic is not None:
        return m.group(0) if labels and not any(asked & set(char_bigrams(x)) for x in labels) else None
    if not labels:
        # (a sentence: the amount it gives is of what it names; one the lead passage never names,
        # 謝金 of 「いくらの謝金が支払われて」 beside 「…当たり2,000円の利用料」, is not that amount)
        chunk = lead.passage.chunk
        return None if asked & set(char_bigrams(_nfkc(f"{chunk.title}{chunk.section}{chunk.text}"))) else m.group(1)
    if any(asked & set(char_bigrams(label)) for label in labels):
        return None
    return m.group(1)


# A percentage asked in so many words.
_PERCENT_WORDS = re.compile(r"何\s*(?:[%％]|パーセント)")
# Units of counts: no percentage.
_COUNT_UNITS = frozenset("件 人 名 社 回 団体 か所 箇所 校 店 個 台 便".split())


def _count_for_a_percentage(question: str, found: Found) -> bool:
    """Whether the records answer 「…何％ですか」 with counts only, neither printed as a share nor
    computed into one (「…成立したのは何％」 answered 「買収は６件」): the records hold no such share,
    and the text may (「延べ51件…このうち27件で成立」)."""
    asked = _nfkc(question).rpartition("について、")[2]
    # (a ratio column of a row of counts, 前年度比 of 成約件数（件）, is a percentage in the row's unit)
    return (bool(_PERCENT_WORDS.search(asked)) and not found.computed and not found.refused
            and all((cell.unit or "") in _COUNT_UNITS and not re.search(r"比|率|割合|[%％]", f"{cell.row}{cell.column or ''}")
                    for _, cell in found.cells))


# A part of a whole the text counts: 「このうち27件で」「うち外資系企業は12社」.
_PROSE_PART = re.compile(r"(?:この|その)?うち[、,]?(?P<between>[^0-9。]{0,24}?)(?P<part>[0-9][0-9,]*)\s*"
                         r"(?P<counter>件|人|名|社|団体|か所|箇所|校)(?P<after>[^。]{0,40})")
_PROSE_FIGURE = r"([0-9][0-9,]*)\s*{counter}"
# A whole and its part said in two clauses of one sentence, the part without うち: 「個別商談会では
# 214件の商談が行われ、29件が成約に至りました」.
_PROSE_WHOLE_THEN_PART = re.compile(
    r"(?P<whole>[0-9][0-9,]*)\s*(?P<counter>件|人|名|社|団体|か所|箇所|校)の(?P<what>[^0-9。、]{1,12}?)(?:が|を|に)"
    r"[^0-9。]{0,16}?[、,](?P<between>[^0-9。、]{0,12}?)(?P<part>[0-9][0-9,]*)\s*(?P=counter)(?P<after>[^。]{0,40})")
# How far back the whole may stand: the sentence before, at most.
PROSE_WHOLE_REACH = 120
# A whole asked a question and the count of each answer (「輸出企業86社に主な輸出先を聞いたところ（複数
# 回答）、米国が41社で最も多く、次いで中国29社、ドイツ22社…」): the whole, then each answer's count.
_SURVEYED_WHOLE = re.compile(r"(?P<who>[^0-9、。,]{2,12}?)(?P<whole>[0-9][0-9,]*)(?P<counter>件|人|名|社|者|団体)に"
                             r"[^。]{0,30}?(?:聞いた|尋ねた|たずねた|質問した)ところ(?:[(（][^)）]*[)）])?[、,](?P<rest>[^。]*)")
# A group's whole and part side by side (「大企業は64社のうち49社が…、中小企業は392社のうち185社に
# とどまった」): the group, its whole, its part.
_GROUP_WHOLE_PART = re.compile(r"(?P<who>[^0-9、。,はが]{2,12})は(?P<whole>[0-9][0-9,]*)\s*(?P<counter>件|人|名|社|団体|か所|箇所|校)"
                               r"のうち(?P<part>[0-9][0-9,]*)\s*(?P=counter)")


def _passages_of(units: list[Unit]) -> list[Passage]:
    """The passages the units stand in, each once, in the units' order."""
    return list({id(u.passage): u.passage for u in units}.values())


# Share of a document's own Q&A question the asker's must say for it to be the same question.
FAQ_SHARE = 0.5
# ... for the document's answer to be given before any table's: a question of yes or no that says
# nearly all of one of the document's own (「残留物質検査の結果、輸出先の基準を超えてしまった場合、検査
# 費用は補助されますか」 in the asker's 「…基準を超える結果が出てしまった…検査費用は補助されるのでしょう
# か」): the row of a table of rates that shares its words says nothing of that case.
FAQ_OWN_SHARE = 0.75
# (and the document's question says that much: four word bigrams at least)
FAQ_MIN_BIGRAMS = 4


def _faq_questions(text: str) -> list[str]:
    """The questions of a document's own Q&A in a text (「Ｑ３ 同じ年度に…受けられますか。」), each
    followed by its answer, without their marks."""
    return [pair.asked for pair in _faq_pairs(text)]


class _FaqPair(NamedTuple):
    """One of a document's own Q&A: its question without its mark (NFKC), the question and answer
    lines as the text writes them, and the answer's first line without its mark (NFKC)."""

    asked: str
    quote: str
    answer: str


def _faq_pairs(text: str) -> list[_FaqPair]:
    """A document's own Q&A in a chunk's text: a question line followed by an answer line, the answer
    running on up to the next question, a blank line or a heading."""
    lines = text.split("\n")
    normed = [_nfkc(line) for line in lines]
    starts = [0]
    for line in lines:
        starts.append(starts[-1] + len(line) + 1)  # (each line's offset in the text)
    pairs = []
    for i in range(len(lines) - 1):
        if not (_FAQ_QUESTION.match(normed[i]) and _FAQ_ANSWER.match(normed[i + 1])):
            continue
        last = i + 1
        while (last + 1 < len(lines) and normed[last + 1].strip() and not _FAQ_QUESTION.match(normed[last + 1])
               and not is_heading(lines[last + 1].strip())):
            last += 1
        quote = text[starts[i]:starts[last] + len(lines[last])].strip()
        pairs.append(_FaqPair(_FAQ_QUESTION_MARK.sub("", normed[i].strip()), quote,
                              _FAQ_ANSWER_MARK.sub("", normed[i + 1]).strip()))
    return pairs


def _content_bigrams(text: str) -> set[str]:
    """The bigrams of a text that hold a kanji, katakana or Latin letter: of its words, not of its
    endings (なり, した)."""
    return {g for g in char_bigrams(text) if re.search(r"[\u30a1-\u30fa\u4e00-\u9fffA-Za-z]", g)}


def _bound_names_class(who: str, qn: str, doc_id: str, result: RetrievalResult | None) -> bool:
    """Whether the question names a group by the head-count bound the document defines it by:
    「従業員が20人以下の小さなタオル会社」 of 小規模事業者 (「小規模事業者」とは、常時使用する従業員の数
    が20人以下の…をいう)."""
    if result is None or result.wording is None:
        return False
    for cls in result.wording.derived(doc_id, "size classes", size_classes_in):
        bound = f"{cls.limit}{cls.counter}{'以下' if cls.inclusive else '未満'}"
        if squash(cls.term) == squash(who) and re.search(cls.measure + r"[^0-9。、]{0,4}" + re.escape(bound), qn):
            return True
    return False


# What a sentence counts over several years says (「令和２年度から令和６年度までの５年間に」「累計」).
_OVER_YEARS = re.compile(r"から|まで|累計|通算|延べ|年間")


def _one_year_of_span(qn: str, units: list[Unit]) -> bool:
    """Whether a question asks over every year up to the one it names (「制度が始まってから令和６年度
    までの５年間で」) and the units hold figures of that year alone (「令和６年度は21件の申請があり」):
    one year is not the span."""
    asked = qn.rpartition("について、")[2]
    named = {y.western for y in find_years(asked)}
    if len(named) != 1 or not UP_TO_YEAR.search(asked):
        return False
    text = _nfkc("".join(u.text for u in units))
    return {y.western for y in find_years(text)} == named and not _OVER_YEARS.search(text)


def _prose_share(qn: str, units: list[Unit], result: RetrievalResult | None = None) -> tuple[str, list[Unit]] | None:
    """A share the text gives as a whole and a part of it (`_share_in_prose`), unless it is of one
    year of the span the question asks over."""
    share = _share_in_prose(qn, units, result)
    return None if share is not None and _one_year_of_span(qn, share[1]) else share


def _share_in_prose(qn: str, units: list[Unit], result: RetrievalResult | None = None) -> tuple[str, list[Unit]] | None:
    """A share the text gives as a whole and a part of it, asked as a percentage (「補助金を受けた
    案件のうち、…成立したのは何％」 of 「延べ51件、6,560万円を交付しました。このうち27件で海外提携
    等が成立」): the statement with its arithmetic, and the units that hold the two figures."""
    if not _asks_share_of_whole(qn):
        return None  # (a whole and its part asked: 「…案件のうち、…成立したのは何％」)
    asked = qn.rpartition("について、")[2]
    said = _content_bigrams(asked.rpartition("のうち")[2])
    whole_said = _content_bigrams(asked.rpartition("のうち")[0].rpartition("、")[2])
    for passage in _passages_of(units):
        text = squash(passage.chunk.text)
        # (a sentence of groups, each with its whole and part, 「大企業は64社のうち49社が出張を行ったが、
        # 中小企業は392社のうち185社にとどまった」: the group the question's whole names, 「回答した中小
        # 企業のうち」, when the sentence says the part asked, 出張)
        for m in _GROUP_WHOLE_PART.finditer(text):
            who = _content_bigrams(m.group("who"))
            end = text.find("。", m.end())
            sentence = text[text.rfind("。", 0, m.start()) + 1:end if end >= 0 else len(text)]
            # (or by the head count the document defines it by: 「従業員が20人以下の会社のうち」)
            named = who and who <= whole_said or _bound_names_class(m.group("who"), asked, passage.chunk.doc_id, result)
            if named and said & _content_bigrams(sentence) and (found := _share_said(m, units, passage)):
                return found
        for m in _PROSE_PART.finditer(text):
            named = _content_bigrams(m.group("between") + m.group("after"))
            if not said & named or re.match(r"\s*[(（]?[0-9.]+\s*[%％]", m.group("after")):
                continue  # (a part the question does not ask of, or whose share the text prints)
            before = text[max(0, m.start() - PROSE_WHOLE_REACH):m.start()]
            wholes = re.findall(_PROSE_FIGURE.format(counter=re.escape(m.group("counter"))), before)
            if not wholes:
                continue
            whole, part, counter = wholes[-1], m.group("part"), m.group("counter")
            at = before.rfind(whole)
            described = before[:at].rpartition("。")[2]
            if len(said & _content_bigrams(described)) > len(said & named):
                # (「すでに算定している会社は何％」 says the whole, 「算定済みの企業は83社」, better than
                # its part 「自社だけで算定した企業は41社」: the share asked is of another whole)
                continue
            part = _part_listed(text, m, said) or part
            w, q = float(whole.replace(",", "")), float(part.replace(",", ""))
            if not w or q > w:
                continue
            holding = [v for v in units if v.passage is passage
                       and (f"{whole}{counter}" in squash(v.text) or f"{part}{counter}" in squash(v.text))]
            if holding:
                return _share_statement(whole, part, counter, w, q), holding[:2]
        for m in _SURVEYED_WHOLE.finditer(text):
            # (「輸出している楽器メーカーのうち、ドイツに輸出している会社は」 of 「輸出企業86社に…聞いた
            # ところ、…ドイツ22社」: the one answer the question names, of the whole asked)
            if not whole_said & _content_bigrams(m.group("who")):
                continue
            counter = m.group("counter")
            answers = [a for a in re.finditer(rf"(?P<name>[^0-9、。,()（）]{{1,12}}?)(?:が|は)?(?P<part>[0-9][0-9,]*){counter}",
                                              m.group("rest"))
                       if said & _content_bigrams(re.sub(r"^(?:次いで|続いて|以下)", "", a.group("name")))]
            if len(answers) == 1 and (found := _share_of(m.group("whole"), answers[0].group("part"), counter, units, passage)):
                return found
        # (「商談のうち何％が成約に」 of 「214件の商談が行われ、29件が成約に至りました」: the whole the
        # question names before のうち, the part it names after, each by its clause's words)
        for m in _PROSE_WHOLE_THEN_PART.finditer(text):
            if (whole_said & _content_bigrams(m.group("what")) and said & _content_bigrams(m.group("between") + m.group("after"))
                    and (found := _share_said(m, units, passage))):
                return found
    return None


def _part_listed(text: str, m: re.Match[str], said: set[str]) -> str | None:
    """Of the parts a sentence lists after its うち, each in its own clause (「…のうち、後継者本人が
    引き継ぐ予定の企業は69社、…役員等を別に置く予定の企業は31社、…現地幹部に任せる予定の企業は17社」),
    the figure of the clause that says most of what the question asks (`said`), or None when that is
    the first (the match's own)."""
    end = text.find("。", m.start())
    listed = text[m.start("between"):end if end >= 0 else len(text)]
    figure = re.compile(_PROSE_FIGURE.format(counter=re.escape(m.group("counter"))))
    clauses = [(f.group(1), len(said & _content_bigrams(figure.sub("", c))))
               for c in re.split(r"[、,]", listed) if (f := figure.search(c))]
    if len(clauses) < 2:
        return None
    best = max(clauses, key=lambda x: x[1])  # (the first of the best, as max keeps the first)
    return best[0] if best[1] > clauses[0][1] else None


def _asks_share_of_whole(qn: str) -> bool:
    """Whether a question asks a share of a whole it names before のうち (「…のうち、…の割合は何％」)."""
    asked = qn.rpartition("について、")[2]
    return "のうち" in asked and bool(_PERCENT_WORDS.search(asked) or "割合" in asked)


def _share_said(m: re.Match[str], units: list[Unit], passage: Passage) -> tuple[str, list[Unit]] | None:
    """The share of a match's `whole` and `part` (in its `counter`) with the unit of `passage` that
    holds the part; None when the part exceeds the whole or no unit holds it."""
    # (the group the figures are of, when the sentence names it: 「中小企業は541社のうち109社」)
    who = f"{m.group('who')}は" if "who" in m.groupdict() and m.group("who") else ""
    return _share_of(m.group("whole"), m.group("part"), m.group("counter"), units, passage, who)


def _share_of(whole: str, part: str, counter: str, units: list[Unit], passage: Passage,
              who: str = "") -> tuple[str, list[Unit]] | None:
    """`_share_said` of figures found apart: the share with the unit of `passage` that holds the part."""
    w, q = float(whole.replace(",", "")), float(part.replace(",", ""))
    holding = [v for v in units if v.passage is passage and f"{part}{counter}" in squash(v.text)]
    if not (w and q <= w and holding):
        return None
    return who + _share_statement(whole, part, counter, w, q), holding[:1]


def _share_statement(whole: str, part: str, counter: str, w: float, q: float) -> str:
    """「214件のうち29件で、割合は約14%です（計算: …）」: a share the text gives as two figures."""
    return f"{whole}{counter}のうち{part}{counter}で、割合は" + percent_text(q / w, f"{part}{counter}", f"{whole}{counter}")


# A figure the text says the current one grew from or fell to, with no change written between
# (「前回調査（令和３年度）の241人から増えている」; not 「前年度（836人）から276人増えた」, which says it).
_PROSE_FROM = re.compile(r"(?P<label>[^。、,]{0,24}?)の?(?P<old>[0-9][0-9,]*(?:\.[0-9]+)?)\s*(?P<counter>件|人|名|社|団体|か所|箇所|校|万円|億円|円)"
                         r"(?:から|より)(?:[0-9一二三四五六七八九十]+割(?:近く|強|弱|余り|程度|ほど|以上)?|大きく|大幅に|わずかに|やや|少し)?"
                         r"(?P<verb>増え|増加|伸び|上回|減っ|減少|下回)")
# A figure with the one before it in brackets (NFKC, whitespace removed): 「472件(前年度351件)」.
_PROSE_WITH_BEFORE = re.compile(r"(?P<now>[0-9][0-9,]*(?:\.[0-9]+)?)(?P<counter>件|人|名|社|団体|か所|箇所|校|万円|億円|円)"
                                r"[(（](?P<label>前年度|前年|前回|前期|前年同期)(?:は|が|:|：)?(?P<old>[0-9][0-9,]*(?:\.[0-9]+)?)(?P=counter)[)）]")
# A change asked as an amount (「何人増えましたか」「どれくらい減った」).
_AMOUNT_OF_CHANGE = re.compile(r"(?:何|いくつ|いくら|どれ(?:くらい|ぐらい|だけ)|(?<![なほ])どの(?:くらい|ぐらい))\S{0,3}?(?:増え|減っ|増加|減少|伸び)")


def _prose_change(qn: str, units: list[Unit]) -> tuple[str, list[Unit]] | None:
    """A change asked (「前回の調査と比べて、駐在員は何人増えましたか」) that the text gives as the
    figure now and the one it grew from (「駐在員は合わせて289人であった。前回調査（令和３年度）の241人
    から増えている」): the statement with the subtraction, and the units that hold the two figures."""
    asked = qn.rpartition("について、")[2]
    if not _AMOUNT_OF_CHANGE.search(asked):
        return None
    said = _content_bigrams(asked)
    for passage in _passages_of(units):
        text = squash(_nfkc(passage.chunk.text))
        for m in _PROSE_FROM.finditer(text):
            counter = m.group("counter")
            before = text[max(0, m.start() - PROSE_WHOLE_REACH):m.start()]
            figures = list(re.finditer(_PROSE_FIGURE.format(counter=re.escape(counter)), before))
            if not figures:
                continue
            now = figures[-1]
            described = before[:now.start()].rpartition("。")[2]
            if len(said & _content_bigrams(described)) < 2:
                continue  # (the figure before is of something the question does not ask of)
            new, old = (float(x.replace(",", "")) for x in (now.group(1), m.group("old")))
            grew = m.group("verb") in ("増え", "増加", "伸び", "上回")
            if (new > old) != grew or new == old:
                continue
            holding = [v for v in units if v.passage is passage
                       and (f"{now.group(1)}{counter}" in squash(_nfkc(v.text)) or f"{m.group('old')}{counter}" in squash(_nfkc(v.text)))]
            if holding:
                return _change_statement(now.group(1), m.group("old"), counter, m.group("label").strip() or "前"), holding[:2]
        # (or the figure with the one before it in brackets: 「商談は472件（前年度351件）行われ」)
        for line, m in ((x, m) for x in map(squash, passage.chunk.text.splitlines()) for m in _PROSE_WITH_BEFORE.finditer(x)):
            described = _content_bigrams(re.sub(r"[はがもの]$", "", re.split(r"[。、,]", line[:m.start()])[-1]))
            # (「商談は472件」: a subject of one word, said whole by the question)
            if not described or len(said & described) < min(2, len(described)) or m.group("now") == m.group("old"):
                continue
            holding = [v for v in units if v.passage is passage and m.group(0) in squash(v.text)]
            if holding:
                return _change_statement(m.group("now"), m.group("old"), m.group("counter"), m.group("label")), holding[:1]
    return None


def _change_statement(now: str, old: str, counter: str, label: str) -> str:
    """「472件で、前年度の351件から121件増えています（計算: …）」."""
    new, before = (float(x.replace(",", "")) for x in (now, old))
    return (f"{now}{counter}で、{label}の{old}{counter}から{amount_text(abs(new - before), counter)}"
            f"{'増えて' if new > before else '減って'}います"
            f"（計算: {amount_text(new, counter)} − {amount_text(before, counter)} = {amount_text(new - before, counter)}）")


# A rule of counting that gives the count of a case: 「複数回活動したときは、その回数を数える」 (as
# many as were done), 「複数の言語に訳した場合も１件と数える」 (one).
_COUNTS_EACH = re.compile(r"(回|人|件|日|社)数を(?:それぞれ)?数える")
_COUNTS_ONE = re.compile(r"も\s*(?:1|一)\s*(?:件|回|人|社)と数える")


def _counted_by_rule(qn: str, units: list[Unit]) -> tuple[str, list[Unit]] | None:
    """How many a rule of counting makes the question's case (「１件の依頼で…３回通訳に来てもらいました。
    活動件数では何件と数えますか」 of 「…複数回活動したときは、その回数を数える」): 「３件と数えます」,
    and the unit that states the rule."""
    asked = qn.rpartition("について、")[2]
    counter = re.search(r"何\s*(件|回|人|名|社)", asked)
    if not COUNTING_RULE.search(asked) or counter is None:
        return None
    # (the rule of the count the question names: 活動件数, not 依頼件数 beside it)
    named = re.search(r"[\u4e00-\u9fff]{2,}(?:件数|回数|人数|社数)", asked)
    for u in units[:3]:
        text = _nfkc(u.text)
        if named is not None and named.group(0) not in text:
            continue
        each = _COUNTS_EACH.search(text)
        given = re.search(r"(?<![0-9,.])([0-9]+)\s*" + each.group(1) + r"(?!目)", asked) if each else None
        if given is not None:
            return f"{given.group(1)}{counter.group(1)}と数えます", [u]
        if _COUNTS_ONE.search(text):
            return f"1{counter.group(1)}と数えます", [u]
    return None


def _contact_given(qn: str, texts: list[str]) -> bool:
    """A contact asked in other words (アドレス for a メール line, 連絡先 for a TEL line): the text
    that holds a mail address or a phone number answers it, whatever the word."""
    asked = _CONTACT_ASKED.search(qn.rpartition("について、")[2])
    return bool(asked) and any(_CONTACT_VALUE[asked.lastgroup].search(_nfkc(t)) for t in texts)


def _era_note(y: YearMention, after: str) -> str | None:
    """One year mention in both calendars, with the month (and day) written after it:
    平成25年２月 -> 平成25年2月＝2013年2月; None for a Western year before the eras."""
    tail = _MONTH_DAY.match(_nfkc(after))
    md = ""
    if tail and y.suffix != "年度":
        md = f"{int(tail.group(1))}月" + (f"{int(tail.group(2))}日" if tail.group(2) else "")
    suffix = y.suffix or "年"
    if y.era:
        return f"{y.era}{'元' if y.era_year == 1 else y.era_year}{suffix}{md}＝{y.western}{suffix}{md}"
    month = int(tail.group(1)) if md and tail else None
    day = int(tail.group(2)) if md and tail and tail.group(2) else None
    found = era_on(y.western, month, day, suffix)
    if found is None:
        return None
    era, n = found
    return f"{y.western}{suffix}{md}＝{era}{'元' if n == 1 else n}{suffix}{md}"


def _one_line(s: str) -> str:
    """A quote for display: line breaks and tabs become single spaces (the text is unchanged otherwise)."""
    # A break next to hiragana, or inside a katakana word, cut a phrase (基|づく, デンタ|ル): rejoin it.
    # Other breaks may separate table cells (指定申請|同年12月) and become a space.
    s = re.sub(r"(?<=[\u3040-\u309f])[ \t]*\n\s*(?=[\u3040-\u30ff\u3400-\u9fff])"
               r"|(?<=[\u3040-\u30ff\u3400-\u9fff])[ \t]*\n\s*(?=[\u3040-\u309f])"
               r"|(?<=[\u30a0-\u30ff])[ \t]*\n\s*(?=[\u30a0-\u30ff])", "", s)
    return re.sub(r"\s*\n\s*|\t+", " ", s).strip()


# The enumerator that opens a heading (ｂ, (ｳ), ①, ア, １, （２）) and the shortest heading a
# question names the section by (shorter ones, 実施状況 or 概要, are no name).
_ENUMERATOR = re.compile(r"^\s*(?:[(（]?[0-9０-９一二三四五六七八九十ア-ンｱ-ﾝa-zａ-ｚ①-⑳]{1,2}[)）.．、]?\s+|[①-⑳]\s*)")
HEADING_NAME_CHARS = 5


def _sibling_by_own_words(qn: str, units: list[Unit]) -> list[Unit]:
    """The units with the line of the sibling section the question describes first: when the best
    unit is a 「label：value」 line of a section whose siblings (sections under the same heading,
    among the passages) each have a line of that label, the sibling whose heading and other lines
    say more of the question's words (those not every sibling says) than the best unit's own
    section does answers (「絹を張った日傘をつくっている工房」 is （２）日傘製造業Ｅ社, 主な製品：絹張りの日傘,
    not （３）傘骨製造業Ｆ社, whose 輸出先 line says 工房)."""
    if not units or units[0].kind == "row":
        return units
    lead = units[0]
    parent, _, _ = lead.passage.chunk.section.rpartition(" > ")

    def labels(text: str) -> list[str]:
        return [m.group(1) for line in _nfkc(text).splitlines() if (m := _LINE_LABEL.match(line))]

    # (the asked label: of the lead's lines, the one whose label shares most of the question's
    # words, 主な輸出先 of 「どこへ輸出」 in a window that also holds 主な製品)
    grams = set(char_bigrams(qn.rpartition("について、")[2]))
    shares = {x: len(set(char_bigrams(x)) & grams) for x in labels(lead.text)}
    top = max(shares.values(), default=0)
    if top == 0 or list(shares.values()).count(top) > 1 or not parent:
        return units  # (no label, or two, the question says as much of)
    asked = next(x for x, n in shares.items() if n == top)
    doc = lead.passage.chunk.doc_id
    # each sibling's own words: its heading and its other 「label：value」 lines (not the heading
    # over them all, which its first passage may hold too)
    own: dict[str, str] = {}
    lines_of: dict[str, list[Unit]] = {}
    for u in units:
        section = u.passage.chunk.section
        if u.passage.chunk.doc_id != doc or section.rpartition(" > ")[0] != parent:
            continue
        if section not in own:
            lines = [x for x in _nfkc(u.passage.chunk.text).splitlines()
                     if (m := _LINE_LABEL.match(x)) and m.group(1) != asked]
            own[section] = re.sub(r"\s+", "", _nfkc(section.rpartition(" > ")[2]) + "".join(lines))
        if asked in labels(u.text):
            lines_of.setdefault(section, []).append(u)
    if len(lines_of) < 2 or lead.passage.chunk.section not in lines_of:
        return units
    words = [w for w in dict.fromkeys(get_tokenizer().content_words(qn.rpartition("について、")[2]))
             if re.search(r"[\u4e00-\u9fff\u30a0-\u30ff]", w)]
    # (words every sibling says, 製造 or 輸出, tell none apart)
    telling = [w for w in words if not all(w in text for text in own.values())]

    def said(section: str) -> int:
        return sum(w in own[section] for w in telling)

    best = max(lines_of, key=said)
    if said(best) == 0 or sum(said(x) == said(best) for x in lines_of) > 1:
        return units  # (no sibling said more than the others)
    # the sibling's line first, and the other siblings' lines of the label left out: they are about
    # other cases
    first = lead if lead.passage.chunk.section == best else lines_of[best][0]
    others = set(lines_of) - {best}
    return [first, *(u for u in units if u is not first and u.passage.chunk.section not in others)]


def _heading_named(section: str, qn: str) -> bool:
    """Whether the question names a heading of the section's path (the section itself or one it
    stands under), without its enumerator."""
    q = re.sub(r"\s+", "", qn)
    for heading in section.split(" > "):
        name = re.sub(r"\s+", "", _nfkc(_ENUMERATOR.sub("", heading))).strip("「」『』")
        if len(name) >= HEADING_NAME_CHARS and name in q:
            return True
    return False


def _in_scope(unit: "Unit", result: RetrievalResult) -> bool:
    """A unit under a sibling section of the one the question names (another area, another
    programme) is not evidence for it, unless it names it itself (and no sibling)."""
    if not result.named:
        return True
    section = _nfkc(unit.passage.chunk.section)
    text = _nfkc(unit.text)
    if any(n in section for n in result.named):
        return True
    if any(n in text for n in result.named):
        # (a line that lists the named section with its siblings, 「西中島エリア（5㎢） 花園口エリア
        # （5㎢）…」 under another heading, is about none of them)
        return not any(o in text for o in result.siblings)
    return not any(o in section for o in result.siblings)


def _one_for_each_named(units: list["Unit"], picked: list["Unit"], named_items: set[str], result: RetrievalResult,
                        floor: float) -> list["Unit"]:
    """「AGORA Hon-atsugiとARUYO ODAWARAの開設日を」: the best unit (scoring at least `floor`) of each
    item, or else each section, the question names that no picked unit speaks of."""
    if len(named_items) > 1:
        names = list(dict.fromkeys(u.item for u in units if u.item in named_items))

        def of(u: "Unit") -> set[str]:
            return {u.item}
    elif len(result.named) > 1:
        names = list(result.named)
        speaks: dict[int, set[str]] = {}  # (each passage judged once)

        def of(u: "Unit") -> set[str]:
            key = id(u.passage)
            if key not in speaks:
                speaks[key] = {n for n in names if _speaks_of(u.passage, n, result)}
            return speaks[key]
    else:
        return []
    covered = set().union(*(of(u) for u in picked))
    added: list["Unit"] = []
    for name in names:
        best = next((u for u in units if name in of(u)), None)
        if best is not None and name not in covered and best.score >= floor:
            added.append(best)
            covered |= of(best)  # (a unit may speak of two of them)
    return added


# 「小規模事業者というのは、…を指すのですか」「Xとは何ですか」: what a term means is asked.
_TERM_ASKED = re.compile(r"([^\s、,。？?「」]{2,20}?)」?(?:とは|というのは|っていうのは|って)")
_MEANING_ASKED = re.compile(r"指す|意味|定義|(?:とは|というのは|っていうのは|って)[、,]?\s*(?:何|なん|どういう|(?<![なほ])どのような|どんな)")


# 「…なら誰でも、この助成金でいう「海外バイヤー」に当たりますか」: whether a case falls in a term the
# document defines, which its definition answers.
# (or in a noun phrase the term makes: 「「トラブル」があった企業に入りますか」)
# (or counted as one: 「生成ＡＩを「利用」している会社に数えられますか」)
_FALLS_IN_TERM = re.compile(r"「([^」]{2,20})」(?:[^「」、。？?]{1,10}?)?(?:に|には)\s*(?:当たり|あたり|該当し|含まれ|入り|数えられ|数え)"
                            r"(?:ます|ません)?か")
# (unquoted, 「この補助金のポップアップストアに当たりますか」: a word the documents define, whole)
# (or counted in its figures: 「…やり取りも、商談の件数に入っていますか」)
_FALLS_IN_WORD = re.compile(r"([\u30a0-\u30ff\u4e00-\u9fffA-Za-z]{2,20})(?:(?:に|には)\s*(?:当たり|あたり|該当し)(?:ます|ません)?か"
                            r"|の(?:件数|人数|回数|数)(?:に|には)\s*(?:入り|入って|含まれ|含めて|数えられ)(?:い)?(?:ます|ません)?か)")
# (a word the document's own, 「この調査でいう海外駐在員に入りますか」: whether it holds the case)
_FALLS_IN_SAID = re.compile(r"(?:でいう|にいう|で言う|のいう)「?([\u30a0-\u30ff\u4e00-\u9fffA-Za-z]{2,20})」?(?:に|には)\s*"
                            r"(?:当たり|あたり|該当し|含まれ|入り)(?:ます|ません)?か")
# (whether a case may be treated as the word: 「令和７年度に初回利用者として…割引を受けられますか」)
# (or counted as a unit the documents define: 「…場合、１件として扱われますか」 of 「「１件」とは、…」)
_AS_WORD = re.compile(r"([0-9]+[\u4e00-\u9fff]{1,2}|[\u30a0-\u30ff\u4e00-\u9fffA-Za-z]{2,20})として[^。？?]{0,20}?"
                      r"(?:られ|われ|され|でき)(?:ます|ません)?か")

# (or which of two words it falls in: 「短期渡航と長期滞在のどちらで登録しますか」; not which is more,
# 「アジアと欧米のどちらが多い」)
_WHICH_WORD = re.compile(r"([\u30a0-\u30ff\u4e00-\u9fffA-Za-z]{2,12})と「?([\u30a0-\u30ff\u4e00-\u9fffA-Za-z]{2,12})」?の"
                         r"(?:どちら|いずれ|どっち)(?:で|に|の区分で|として)[^。？?]{0,8}?"
                         r"(?:登録|申し込|申込|申請|入り|入る|当たり|該当|分類|区分|扱われ|なり)")


def _falls_in(text: str) -> re.Match[str] | None:
    """Whether `text` asks if a case falls in a word the documents define (its group 1)."""
    return (_FALLS_IN_TERM.search(text) or _FALLS_IN_SAID.search(text) or _FALLS_IN_WORD.search(text) or _AS_WORD.search(text)
            or _WHICH_WORD.search(text))


def _term_asked(qn: str) -> str | None:
    """The term whose meaning the question asks (or whether a case falls in it), or None."""
    body = qn.rpartition("について、")[2]
    falls = _falls_in(body)
    if falls:
        return falls.group(1)
    if not _MEANING_ASKED.search(body):
        return None
    m = _TERM_ASKED.search(body)
    return m.group(1) if m else None


def _defines(text: str, term: str) -> bool:
    """Whether a unit is the document's definition of `term` (「小規模事業者とは、…をいいます」)."""
    flat = re.sub(r"\s+", "", _nfkc(text))
    key = re.escape(re.sub(r"\s+", "", _nfkc(term)))
    # (or the name an abbreviation stands for, written before it: 「…アライアンスかながわ（YAK）」)
    return bool(re.search(key + r"」?とは[、,]?.{2,}?(?:をいう|をいい|を指す|を指し|のこと)", flat)
                or (re.fullmatch(r"[A-Za-z][A-Za-z0-9&\-]{1,9}", _nfkc(term)) and re.search(r"[^(（\s]{4,}[(（]" + key + r"[)）]", flat)))


# The kind of thing a question asks for by an interrogative determiner (どんな分野, どのような支援).
# (or by the noun it asks to be told: 「協力していく分野を教えてください」)
_KIND_ASKED = re.compile(r"(?:どんな|(?<![なほ])どのような|どういう|どういった)([\u4e00-\u9fff]{2,4})|どこの([\u4e00-\u9fff]{1,4})(?=[がにでのは])"
                         r"|(?<![\u4e00-\u9fff])([\u4e00-\u9fff]{2,4})(?:を|は)(?:教えて|何|挙げて)")
# Lines of an enumeration read whole at most.
WHOLE_LIST_MAX_ITEMS = 8


def _whole_list(unit: "Unit", qn: str) -> "Unit | None":
    """The enumeration a lead item line stands in, as one verbatim unit, when the item is no more
    than its line (no body under it), the section is about the kind the question asks
    (２．協力分野 for 「どんな分野で協力」) and the question does not name the item itself."""
    marker = item_marker(unit.text)
    kind = _kind_asked(qn)
    if marker is None or not kind or _item_named(unit.text, qn) or _own_words(unit, qn):
        return None  # (an item that holds words of the question of its own is asked about, not its list)
    chunk = unit.passage.chunk
    if kind not in _nfkc(chunk.section.rpartition(" > ")[2] or chunk.heading):
        return None
    text = chunk.text
    spans = _line_spans(text)
    lines = [text[a:b] for a, b in spans]
    at = next((k for k, line in enumerate(lines) if line == unit.text.strip()), None)
    if at is None:
        return None
    first = last = at
    while first > 0 and item_marker(lines[first - 1]) == marker:
        first -= 1
    while last + 1 < len(lines) and item_marker(lines[last + 1]) == marker:
        last += 1
    block = lines[first:last + 1]
    if (last == first or len(block) > WHOLE_LIST_MAX_ITEMS or any(len(_nfkc(x)) > ITEM_TITLE_MAX_CHARS for x in block)
            or any(_item_named(x, qn) for x in block)):
        return None  # (one item the question names is what it asks about)
    return Unit(text=text[spans[first][0]:spans[last][1]], passage=unit.passage, n=unit.n, score=unit.score,
                kind=unit.kind, item=unit.item, own=unit.own)


@functools.lru_cache(maxsize=256)
def _long_words(qn: str) -> tuple[str, ...]:
    """The question's content words of two characters or more (read once per question)."""
    return tuple(w for w in get_tokenizer().content_words(qn) if len(w) >= 2)


def _own_words(unit: "Unit", qn: str) -> list[str]:
    """The question's words (two characters or more) a unit holds and its title and headings do not."""
    context = _nfkc(f"{unit.passage.chunk.title}{unit.passage.chunk.section}")
    text = _nfkc(unit.text)
    return [w for w in _long_words(qn) if w in text and w not in context]


def _kind_asked(qn: str) -> str:
    """The kind of thing the asked part names (「どんな分野」「分野を教えて」 -> 分野), or ""."""
    m = _KIND_ASKED.search(qn.rpartition("について、")[2])
    return next((g for g in m.groups() if g), "") if m else ""


def _items_sharing_words(lead: "Unit", units: list["Unit"], qn: str) -> list["Unit"]:
    """Items of the lead's enumerated list (same passage, same marker) that hold every word of the
    question the lead holds and its headings do not, when those words single out a few items."""
    marker = item_marker(lead.text)
    words = _own_words(lead, qn)
    if marker is None or not words:
        return []
    items = [u for u in units if u.passage is lead.passage and item_marker(u.text) == marker]
    sharing = [u for u in items if u is not lead and all(w in _nfkc(u.text) for w in words)]
    return sharing if 2 * (len(sharing) + 1) <= len(items) else []


# Who a contact line reaches is asked with it (担当部署と電話番号, どこの課に電話).
_OFFICE_ASKED = re.compile(r"部署|担当|課|窓口|どこ|誰|名前|グループ")


def _gives_contact(text: str) -> bool:
    """Whether a line gives a phone number or a mail address (see _CONTACT_VALUE)."""
    return any(value.search(_nfkc(text)) for value in _CONTACT_VALUE.values())


def _office_of_contact(lead: "Unit", qn: str) -> "Unit | None":
    """The office line of the contact box a phone or mail line stands in (「神奈川県 政策局 …
    国際戦略グループ」 above 「TEL︓（045）210-2720」), when the question asks who as well."""
    asked = qn.rpartition("について、")[2]
    if not (_CONTACT_ASKED.search(asked) and _OFFICE_ASKED.search(asked)) or not _gives_contact(lead.text):
        return None
    text = lead.passage.chunk.text
    at = text.find(lead.text)
    if at < 0:
        return None
    above = [line.strip() for line in text[:at].split("\n") if line.strip()][-3:]
    for line in reversed(above):
        if is_heading(line) or _gives_contact(line):
            break
        if ORGANISATION.search(_nfkc(line)) and len(line) <= 60:
            return Unit(text=line, passage=lead.passage, n=lead.n, score=lead.score, kind=lead.kind, item=lead.item)
    return None


# The answer line of a question-and-answer pair (「Ａ １回の調査につき２人分までです。」, 「A. …」, 「答 …」).
_ANSWER_LINE = re.compile(r"^\s*(?:A[0-9]*|答|回答)(?:\s+|[.:：．、]\s*)\S")


# 「○ 参加人数が20人以上40人未満の合宿：50万円」 beside 「○ 参加人数が40人以上の合宿：80万円」: lines
# whose labels differ only by the band they bound a quantity with.
_BANDED_LINE = re.compile(r"^\s*[・○●◯]?\s*([^：:。]{2,40})[：:]")


def _banded(text: str) -> tuple[int, tuple[str, tuple]] | None:
    """Where the label of a one-line 「label：value」 unit ends (in its NFKC form, stripped), and
    (the label with its band left out, the band) when the label bounds a quantity; else None."""
    line = _nfkc(text).strip()
    m = _BANDED_LINE.match(line)
    band = band_in_label(m.group(1)) if m and "\n" not in line else None
    return (m.end(), band) if band is not None else None


def _band_holding_first(units: list["Unit"], qn: str, given: list[tuple[str, str]],
                        wanted: list[re.Pattern[str]]) -> list["Unit"]:
    """The line of such a run whose band holds the quantity the question gives of its own case
    (「25人の合宿を受け入れる場合、助成金は最大いくら」) first, when the question names what the
    run's labels are about (合宿) and the line holds the kind of value asked."""
    runs: dict[tuple[str, str, str], list[tuple[Unit, tuple]]] = {}
    for u in units:
        if (banded := _banded(u.text)) is not None:
            rest, band = banded[1]
            runs.setdefault((u.passage.chunk.doc_id, u.passage.chunk.section, rest), []).append((u, band))
    asked = re.sub(r"\s", "", qn)
    for (_, _, rest), run in runs.items():
        if len({b for _, b in run}) < 2:
            continue  # (one band alone tells nothing apart)
        if not any(len(w) >= 2 and w in asked for w in re.split(r"〇|[のがはをにでとや]", rest)):
            continue  # (a band of something else the question does not speak of)
        holding = [u for u, b in run if band_holds(b, given)]
        if (len({u.text.strip() for u in holding}) == 1
                and (not wanted or any(r.search(_nfkc(holding[0].text)) for r in wanted))):
            return [holding[0]] + [u for u in units if u is not holding[0]]
    return units


def _heads_its_section(unit: "Unit") -> bool:
    """Whether a unit is its passage's own heading line (６ 公募期間及び申請方法)."""
    own = re.sub(r"\s+", "", _nfkc(unit.passage.chunk.section.rpartition(" > ")[2]))
    return bool(own) and re.sub(r"\s+", "", _nfkc(unit.text)) == own


def _speaks_of(p: Passage, name: str, result: RetrievalResult) -> bool:
    """Whether a passage is about one of the sections a question names: its heading names it, or
    its text names it and none of the others."""
    if name in _nfkc(f"{p.chunk.section}{p.chunk.heading}"):
        return True
    text = _nfkc(p.chunk.text)
    return name in text and not any(o in text for o in (*result.named, *result.siblings) if o != name)


def _history_classes_in(text: str) -> list[HistoryClass]:
    """The classes a text defines by a deed done or not done (assistant.historyclass), read with
    this module's definitions reader."""
    return history_classes(_definitions(_nfkc(text)))


def _class_definition(reading: ClassReading, doc_id: str, passages: list[Passage],
                      result: RetrievalResult) -> tuple[str, str] | None:
    """(chunk id, verbatim sentence) of the definition of the class `reading` rests on, in the
    answering document, as the passages or the chunks handed over with them hold it."""
    if isinstance(reading.size_class, TimeSlot):
        note = reading.size_class.note  # (the note under the table that defines its columns as hours)
        return (note.chunk_id, note.text) if note.chunk_id else None
    term = squash(reading.size_class.term)
    classes_in = (member_classes_in if isinstance(reading.size_class, MemberClass)
                  else _history_classes_in if isinstance(reading.size_class, HistoryClass) else size_classes_in)
    # (the ranked passages first, then the handed-over chunks in document order: two overlapping
    # chunks may both hold it, and the same one must be cited every time)
    handed = sorted(result.chunks.values(), key=lambda c: (c.doc_id, c.start, c.id))
    for chunk in [p.chunk for p in passages] + handed:
        if chunk.doc_id == doc_id and any(squash(c.term) == term for c in classes_in(chunk.text)):
            sentence = definition_sentence(chunk.text, reading.size_class.term)
            if sentence:
                return chunk.id, sentence
    return None


# The sentence that introduces a list (「次の経費は、補助の対象とならない経費です。」): it says what
# its items are.
# (「次に掲げる経費は、補助対象外とする。」 as well)
_LIST_LEAD = re.compile(r"(?:次|以下)(?:の|に掲げる|に示す|に定める|に挙げる)[^。]*[。：:]$")
LIST_LEAD_MAX_CHARS = 80


def _list_lead(unit: "Unit", before: Passage | None = None) -> tuple[str, Passage] | None:
    """The sentence right above the list a list-item unit stands in, when it introduces the list
    (「次の経費は、補助の対象とならない経費です。」 over 「○ 越境ＥＣサイトへの出店料…」): what the
    item is an item of, verbatim, and the passage that holds it: the unit's own, or `before` (the
    shown passage whose chunk ends on the line above the unit's chunk) when the list runs on from it."""
    marker = item_marker(unit.text)
    if marker is None:
        return None
    lines = [line.strip() for line in unit.passage.chunk.text.split("\n")]
    at = next((k for k, line in enumerate(lines) if line and line == unit.text.strip()), None)
    if at is None:
        return None
    holder = unit.passage
    k = at - 1
    while k >= 0 and item_marker(lines[k]) == marker:
        k -= 1
    if k < 0 and before is not None:
        # (a list cut by the chunker: its first items and the sentence over them in the chunk before)
        holder, lines = before, [line.strip() for line in before.chunk.text.split("\n")]
        k = len(lines) - 1
        while k >= 0 and (not lines[k] or item_marker(lines[k]) == marker):
            k -= 1
    if k < 0:
        return None
    # (the line's last sentence, the one that says 「次の…」: 「助成額の上限は、合宿１件当たり次のとおり
    # である。」 of a line that first says who paid; a sentence begun on the line above is read from
    # its start there)
    # (or the sentence before one that adds an aside: 「参加費には、次のものが含まれます。会場までの
    # 交通費及び宿泊費は、各自の負担です。」)
    sentences = [x for x in re.split(r"(?<=。)", lines[k]) if x]
    lead = next((x for x in reversed(sentences) if _LIST_LEAD.search(_nfkc(x))), sentences[-1] if sentences else "")
    if len(sentences) == 1 and k > 0 and lines[k - 1] and not lines[k - 1].endswith("。") and not is_heading(lines[k - 1]):
        lead = f"{lines[k - 1]}{lead}" if item_marker(lines[k - 1]) is None else ""
    return (lead, holder) if _LIST_LEAD.search(_nfkc(lead)) and len(lead) <= LIST_LEAD_MAX_CHARS else None


def _passage_before(unit: "Unit", shown: list[Passage]) -> Passage | None:
    """The shown passage whose chunk ends on the line right above the unit's chunk."""
    chunk = unit.passage.chunk
    return next((p for p in shown if p.chunk.doc_id == chunk.doc_id and p.chunk.line_end + 1 == chunk.line_start), None)


def _lead_sentence(unit: "Unit", where: str, before: Passage | None = None) -> tuple[str, Citation | None]:
    """The best unit as the answer's first sentence: a sentence as written, with its citation;
    a line (a list item, a label and its value) with where it stands, an item under the sentence
    that introduces its list (and the citation of the passage before when that holds the sentence)."""
    text = _one_line(unit.text)
    if text.endswith(("。", "．")):
        return f"{text[:-1]}[{unit.n}]{text[-1]}", None
    found = _list_lead(unit, before)
    if found is not None:
        lead, holder = found
        if holder is unit.passage:
            return f"「{lead}」とあり、その一つに「{text}」とあります[{unit.n}]。", None
        return (f"「{lead}」とあり[{holder.rank}]、その一つに「{text}」とあります[{unit.n}]。",
                Citation(n=holder.rank, passage=holder, quote=lead))
    place = where.strip("［］")
    return (f"{place}には「{text}」とあります[{unit.n}]。" if place else f"「{text}」とあります[{unit.n}]。"), None


# A question that asks two things: two interrogatives, "A と B は…", それぞれ / 及び / また.
_MULTI_PART = re.compile(
    r"(?:いつ|どこ|何|いくら|いくつ|(?<![なほ])どの|どれ|誰|どう|どんな)[^？?]*[、,][^？?]*(?:いつ|どこ|何|いくら|いくつ|(?<![なほ])どの|どれ|誰|どう|どんな)"
    r"|[^\s、。がをはにで]{2,}と[^\s、。がをはにで]{2,}(?:は|を)(?:それぞれ|いつ|何|いくら|いくつ|どこ|(?<![なほ])どの|どう|教えて)"
    r"|[^\s、。がをはにで]{2,}と[^\s、。がをはにで]{2,}は[?？]?$"
    r"|それぞれ|及び|および|また、|ともに")
_ERA_QUESTION = re.compile(r"西暦|和暦|令和|平成|昭和|いつ|何年|年月日|時期")


def _held_periods(record, cell: Cell) -> str:
    """The periods of a row that do hold figures (令和5年度（2023年度）と令和6年度（2024年度）)."""
    from assistant.lookup import period_text

    periods = [period_text(c) for c in record.cells
               if c.row == cell.row and c is not cell and c.number is not None and (c.fiscal_year or c.fiscal_year_range)]
    periods = list(dict.fromkeys(p for p in periods if p))
    return "、".join(periods[-3:]) if periods else ""


def _row_quote(chunk_text: str, cell: Cell, limit: int = 160) -> str:
    """The verbatim row a cell stands in, as the chunk holds it: the cell's source line(s) when
    they lie inside the chunk, else the chunk line holding the value."""
    source = cell.source.strip()
    if source and source in chunk_text and len(source) <= limit:
        return source
    lines = chunk_text.split("\n")
    value = cell.value.strip()
    for line in lines:
        if value and value in line:
            return line.strip()[:limit] if len(line.strip()) > limit else line.strip()
    return value


def _nfkc(s: str) -> str:
    return unicodedata.normalize("NFKC", s)


def _asks_average(question: str) -> bool:
    """Whether what is asked now (after a follow-up's 「…について、」) is an average (平均)."""
    return "平均" in _nfkc(question).rpartition("について、")[2]


@dataclass
class Unit:
    """A verbatim piece of a passage that can be quoted: a sentence, a line or a table row."""

    text: str
    passage: Passage
    n: int  # the passage number shown to the user
    score: float = 0.0
    kind: str = "sentence"
    item: str = ""  # the title of the enumerated item it stands in ("" outside one)
    own: float = 0.0  # the share of the question's words it says itself (not its headings)


def split_units(text: str) -> list[str]:
    """Verbatim sentences and lines of a passage (table rows and headings stay whole lines).

    Short lines (a label whose value sits on the next line, a table cell broken by the PDF) also
    yield windows joined with the following lines, sliced verbatim from `text`.
    """
    return [u for u, _ in units_with_headings(text)]


def units_with_headings(text: str) -> list[tuple[str, str]]:
    """Like split_units, each unit paired with the nearest heading line above it and the title of
    the enumerated item it stands in ("" if none)."""
    return [(unit, context) for unit, context, _ in units_in_items(text)]


# A sentence that speaks within the one before it (そのうち, このうち, うち…).
_WITHIN_BEFORE = re.compile(r"(?:その|この)?うち[、,]?")


def _line_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each line of `text` without its surrounding spaces (empty lines too)."""
    spans: list[tuple[int, int]] = []
    pos = 0
    for raw in text.split("\n"):
        spans.append((pos + len(raw) - len(raw.lstrip()), pos + len(raw.rstrip())))
        pos += len(raw) + 1
    return spans


def units_in_items(text: str) -> list[tuple[str, str, str]]:
    """Like units_with_headings, with the item title on its own as a third element."""
    lines = [(start, end) for start, end in _line_spans(text) if end > start]
    units: list[tuple[str, str, str]] = []
    units.extend((rec, "", "") for rec in _numbered_records(text, lines))
    heading = ""
    item = ""  # the title of the enumerated item the line is in ((b) 「ウクライナ復興支援ビジネスセミナー」)
    for i, (start, end) in enumerate(lines):
        s = text[start:end]
        if is_heading(s):
            heading, item = s, ""
        elif _is_item_title(s):
            item = s
        context = " ".join(x for x in (heading, item) if x and x != s)
        own_item = item  # (an item's title line is in its item)
        if _FAQ_QUESTION.match(_nfkc(s)) and i + 1 < len(lines) and _FAQ_ANSWER.match(_nfkc(text[slice(*lines[i + 1])])):
            continue  # a question of the document's own Q&A states nothing: read with its answer (below)
        if len(s) <= 120:
            units.append((s, context, own_item))
        else:
            parts = [part.strip() for part in split_sentences(s) if part.strip()]
            at = 0
            for k, part in enumerate(parts):
                first = s.find(part, at)
                after = parts[k + 1] if k + 1 < len(parts) else ""
                last = s.find(after, first + len(part)) if first >= 0 and after else -1
                if last >= 0 and _WITHIN_BEFORE.match(after):
                    # 「…累計で認定実績6件。そのうち交付実績は5件」: a sentence that counts within the
                    # one before it is read with it too (placed first: the unit before names its subject)
                    units.append((s[first:last + len(after)], context, own_item))
                units.append((part, context, own_item))
                at = first + len(part) if first >= 0 else at
        if i and _FAQ_ANSWER.match(_nfkc(s)) and _FAQ_QUESTION.match(_nfkc(text[lines[i - 1][0]:lines[i - 1][1]])):
            # the document's own question and its answer (Ｑ２ …どうなりますか / Ａ …): read together
            units.append((text[lines[i - 1][0]:end], context, own_item))
        if len(s) < 25 and not is_heading(s):
            for k in (1, 2):
                if i + k >= len(lines):
                    break
                following = text[lines[i + k][0]:lines[i + k][1]]
                if (is_heading(following) or (BLOCK_START.match(s) and HEADING_START.match(following))
                        or _FAQ_QUESTION.match(_nfkc(following))):
                    break  # an item's last line does not run into the next item ((b) 「大連国際工業博覧会」, Ｑ２)
                if lines[i + k][1] - start <= 90:
                    units.append((text[start:lines[i + k][1]], context, own_item))
        elif s[-1] not in SENTENCE_ENDS and not is_heading(s) and not HEADING_START.match(s) and not is_table_row(s):
            # a sentence the layout broke over lines (「…経済、観光、」 / 「文化、青少年、…締結しました。」)
            # is also read whole, up to its end on a following line
            sentence = _sentence_on(text, lines, i)
            if sentence:
                units.append((sentence, context, own_item))
    return units


# A question about where a statement comes from (その記述はどの資料に基づいて, 出典は).
_SOURCE_ASKED = re.compile(r"出典|出所|根拠|基づ|(?<![なほ])どの資料|何の資料|どこの資料|資料名|情報源|データの?元")
# A note without a mark says where the section's text comes from (※…アンケート調査の回答に基づいています).
_SOURCE_NOTE = re.compile(r"^[*＊※].*(?:基づ|より|出典|資料|調査)")


def _source_note(lead: "Unit", units: list["Unit"], result: RetrievalResult, shown: list[Passage]) -> "Unit | None":
    """The note that gives the source of the lead unit: the note line its footnote mark points at
    (in a scored unit of its document, else in the chunk retrieval found for that mark, which
    then joins the `shown` passages); without a mark, the first source note of its own passage."""
    marks = note_marks(lead.text)
    doc = lead.passage.chunk.doc_id
    for u in units:
        if u.passage.chunk.doc_id == doc and "\n" not in u.text.strip() and note_line_mark(u.text) in marks:
            return u
    for chunk in result.chunks.values():
        if chunk.doc_id != doc:
            continue
        line = next((x.strip() for x in chunk.text.split("\n") if note_line_mark(x) in marks), None)
        if line:
            passage = next((p for p in shown if p.chunk.id == chunk.id), None)
            if passage is None:
                passage = Passage(chunk=chunk, rank=len(shown) + 1, score=0.0, context=chunk.heading)
                shown.append(passage)
            return Unit(text=line, passage=passage, n=passage.rank)
    if marks:
        return None
    # an unnumbered note (※…に基づいています) after the statement in its passage: the nearest one
    text = lead.passage.chunk.text
    at = text.find(lead.text)
    notes = [(text.find(u.text, at), u) for u in units if u.passage is lead.passage and "\n" not in u.text.strip()
             and note_line_mark(u.text) is None and _SOURCE_NOTE.search(_nfkc(u.text).strip())]
    after = sorted((pos, id(u), u) for pos, u in notes if pos > at >= 0)
    return after[0][2] if after else None


# A sentence read across lines ends within this many characters, or it is not read whole.
MAX_SENTENCE_CHARS = 240


def _sentence_on(text: str, lines: list[tuple[int, int]], i: int) -> str:
    """The sentence that starts on line i and ends on a following line, verbatim ("" when the
    next lines start an item or heading, or no sentence end comes soon)."""
    start = lines[i][0]
    for a, b in lines[i + 1:i + 4]:
        following = text[a:b]
        if is_heading(following) or BLOCK_START.match(following) or is_table_row(following):
            return ""
        end = next((a + k + 1 for k, ch in enumerate(following) if ch in SENTENCE_ENDS), None)
        if end is not None:
            return text[start:end] if end - start <= MAX_SENTENCE_CHARS else ""
        if b - start > MAX_SENTENCE_CHARS:
            return ""
    return ""


# An item title is short, ends no sentence and is mostly words, not figures (a numbered table
# row ①令和元年 11月～… 214億円 is no title).
ITEM_TITLE_MAX_CHARS = 50
ITEM_TITLE_MAX_DIGIT_SHARE = 0.25


def _item_named(title: str, qn: str) -> bool:
    """Whether a question names an item by its title, without its marker and brackets
    ("(b) 「ＮＹ ＮＯＷ Ｓｕｍｍｅｒ」" in 「NY NOW Summerには…」)."""
    core = re.sub(r"[\s「」『』\"]", "", HEADING_START.sub("", _nfkc(title).strip(), count=1))
    return len(core) >= 4 and core.lower() in re.sub(r"\s", "", qn).lower()


def _is_item_title(line: str) -> bool:
    """Whether a line titles an enumerated item ((a) 米国・メリーランド州との連携によるセミナー, ①…):
    the lines below it, up to the next item or heading, are about what it names."""
    s = _nfkc(line).strip()
    if not HEADING_START.match(s) or len(s) > ITEM_TITLE_MAX_CHARS or s[-1:] in "。．":
        return False
    return sum(ch.isdigit() for ch in s) <= ITEM_TITLE_MAX_DIGIT_SHARE * len(s)


def _numbered_records(text: str, lines: list[tuple[int, int]]) -> list[str]:
    """Rows of a table flattened one cell per line, delimited by bare row numbers ("５", "６").

    Each record (the short lines between two consecutive row numbers) becomes one unit, so a
    question naming one cell (an operator) can be answered by another cell of the same row.
    """
    numbers = [i for i, (a, b) in enumerate(lines) if _ROW_NUMBER.match(text[a:b])]
    records = []
    for i, j in zip(numbers, numbers[1:]):
        body = lines[i + 1:j]
        if 2 <= len(body) <= 14 and all(b - a <= 45 for a, b in body):
            records.append(text[body[0][0]:body[-1][1]])
    return records


def _kinds_wanted(qn: str) -> list[re.Pattern[str]]:
    """How the values of the kinds the question asks for look (a date, yen, a span of days...);
    empty when it asks none (or a reason, which is no value)."""
    wanted = _answer_types(qn)
    if not wanted or _asks_reason(qn):
        return []
    # どこ may ask an organisation (どこが運営していますか): one named there answers it too
    wanted = [_PLACE_OR_ORGANISATION if r is _PLACE else r for r in wanted]
    if _DEADLINE_VALUE in wanted:
        # 「いつまでに」: a deadline written as a time from an event (終了後30日以内) names no date
        wanted = [r for r in wanted if r is not _DATE_VALUE]
    return wanted


def _near_lead(units: list["Unit"]) -> list["Unit"]:
    """The well-scored units of the best unit's passage (and item) that may hold the value asked."""
    best = units[0].score
    return [u for u in units[:12] if u.score >= VALUE_UNIT_SHARE * best
            and u.passage is units[0].passage and u.item == units[0].item]


# Figures side by side with no unit, as a table's row prints them (「インドネシア 22 21 ６」).
_BARE_FIGURES = re.compile(r"(?<![0-9,.])[0-9][0-9,.]*\s+[0-9][0-9,.]*(?=\s|$)")


def _holder_first(qn: str, units: list["Unit"]) -> list["Unit"]:
    """`units` with the one that holds the kind of value asked first, when the best holds none and
    one of its passage does (「納期：…15営業日」 before 「対象となる原稿：…」 for 「どのくらいかかりますか」):
    the answer's first sentence states the value."""
    wanted = _kinds_wanted(qn)
    if not wanted or not units or all(r.search(_ORDINAL.sub("", _nfkc(units[0].text))) for r in wanted):
        return units
    if _BARE_FIGURES.search(_nfkc(units[0].text)):
        return units  # (a table's row: its figures' unit is in the header, 「インドネシア 22 21 ６」)
    holder = next((u for u in _near_lead(units) if all(r.search(_ORDINAL.sub("", _nfkc(u.text))) for r in wanted)), None)
    return units if holder is None else [holder, *(u for u in units if u is not holder)]


class ExtractiveAnswerer:
    """Compose a short, quoted answer from retrieved passages without any language model.

    Args:
        min_confidence: below this retrieval confidence (share of the question's content found
            in the best passages) the answerer refuses.
        max_units: how many evidence units to quote at most.
    """

    backend = "extractive"

    def __init__(self, *, min_confidence: float = MIN_CONFIDENCE, min_unit_score: float = MIN_UNIT_SCORE,
                 max_units: int = 3):
        if not 0 <= min_confidence <= 1:
            raise ValueError(f"min_confidence must be in [0, 1], got {min_confidence}")
        self.min_confidence = min_confidence
        self.min_unit_score = min_unit_score
        self.max_units = max_units

    def _lookup_for(self, result: RetrievalResult) -> Lookup:
        """Reads questions against table records: Sudachi content words name the topic, the
        corpus' bigram idf weighs them."""
        from index.tokenizer import get_tokenizer

        weight = idf_weight(result.idf) if result.idf else None
        tokenizer = get_tokenizer()
        return Lookup(weight, words=tokenizer.content_words, names=required_names,
                      document_text=result.wording.flat if result.wording is not None else None)

    def answer(self, question: str, result: RetrievalResult, *, shown: int | None = None) -> Answer:
        """Answer `question` from `result.passages` (the first `shown` are numbered for the user)."""
        passages = result.passages[: shown or len(result.passages)]
        if not passages or result.confidence < self.min_confidence:
            return self._refuse(question, result.passages, "low retrieval confidence")
        qn = _INDEFINITE_COUNT.sub(r"複数\1", _nfkc(question))
        broken = [_breakdown_never_written(qn, p, result) for p in passages[:LEAD_PASSAGES]]
        if broken and all(broken):
            # 「男女別の人数は」 and no lead document writes 男女: no table of theirs breaks its figures
            # down that way, whatever total a record holds
            return self._refuse_missing(question, result, passages, broken[0])
        unwritten = self._asked_word_never_written(qn, result, passages) or self._acronym_never_written(qn, result, passages)
        if unwritten and result.wording is not None and any(
                _use_of_named(unwritten, qn.rpartition("について、")[2], result.wording.flat(p.chunk.doc_id))
                for p in passages[:LEAD_PASSAGES]):
            unwritten = None  # (「現地確認の依頼」: the uses of a service the document counts)
        if unwritten:
            return self._refuse_missing(question, result, passages, unwritten)
        notice = self._notice_after_applying(question, qn, result, passages)
        if notice is not None:
            return notice
        own = self._own_faq(question, qn, result, passages)
        if own is not None:
            return own
        recorded = self._from_records(question, result, passages)
        if (recorded is not None and not (recorded.computed or recorded.refused) and _asks_share_of_whole(qn)
                and not any(row_said(qn, c.quote.split("\t")[0]) for c in recorded.citations[:1] if "\t" in c.quote)):
            # 「回答した中小企業のうち、…委託している企業の割合」 and a cell of a row the question does not
            # name, read off a table of the issues they named: the text that gives the group's whole and
            # part (「中小企業は541社のうち109社」) answers the share asked, the cell only shares its words
            share = self._text_share(qn, result, passages, self._question_weights(qn, passages))
            if share:
                return self._share_answer(question, result, [], share)
        if (recorded is not None and recorded.citations
                and opposed_to_case(qn.rpartition("について、")[2], recorded.citations[0].quote)):
            # 「東京で開かれる…展示会に出る費用は、対象になりますか」: the item of a listed rule the case
            # is (「国内で開かれる見本市への出展に要する経費」) answers whether; a figure of a row that
            # says the opposite of the case (海外見本市への出展 800千円) does not
            listed = self._rule_for_case(question, qn, result, passages)
            if listed is not None:
                return listed
        if recorded is not None:
            return recorded
        listed = self._rule_for_case(question, qn, result, passages) or self._who_may(question, qn, result, passages)
        if listed is not None:
            return listed
        # (a noun no best document writes is weighed as the lead document writes it, 「知らせ」 as
        # 「通知」: the unit that says it answers, not one whose name holds the asked word's characters,
        # 「お知らせの複合型サービスロボット」)
        # (a term the question says by its definition is weighed as named: 「従業員が20人以下の…メーカー」
        # is a 小規模事業者, which the sentence that gives their figure writes)
        paraphrased = defined_terms(question, [], _glossary(result, [p.chunk.doc_id for p in passages[:LEAD_PASSAGES]],
                                                            passages[:LEAD_PASSAGES]))
        weights = self._question_weights(_in_documents_words(qn, result)[0] + "".join(f"（{t}）" for t in paraphrased),
                                         passages)

        attribute = self._missing_attribute(qn, passages[:3])
        if attribute and not self._text_share(qn, result, passages, weights):
            # (a share no passage names, which the text gives as a whole and its part: 「中小企業は
            # 541社のうち109社にとどまった」 is computed below)
            return self._refuse_missing(question, result, passages, attribute)
        missing = self._missing_years(qn, passages[:3])
        if missing:
            return self._refuse(question, result.passages, f"asked year(s) {missing} not in the best passages")
        # passages about a sibling of the section the question names are not evidence for it
        in_scope = _of_subject_named(qn, [p for p in passages[:5] if p.chunk.id not in result.out_of_scope], result)
        term = _term_asked(qn)
        handed: list[Passage] = []  # (passages shown beyond the retrieved ones)
        if term and not any(_defines(text, term) for p in in_scope for text, _, _ in units_in_items(p.chunk.text)):
            # 「この人は「新規雇用者」に当たりますか」: the term's definition answers, in whichever shown
            # passage it stands (a definition is short and shares few words with the asker's case)
            defining = next((p for p in passages[5:] if p.chunk.id not in result.out_of_scope
                             and any(_defines(text, term) for text, _, _ in units_in_items(p.chunk.text))), None)
            if defining is None:
                # (or a chunk of a lead document handed over with the records, 「１ サービスの概要」: the
                # definitions of a guide stand in its opening section, which the question's words miss)
                lead_docs = {p.chunk.doc_id for p in passages[:LEAD_PASSAGES]}
                chunk = next((c for c in result.chunks.values() if c.doc_id in lead_docs
                              and all(c.id != p.chunk.id for p in result.passages)
                              and any(_defines(text, term) for text, _, _ in units_in_items(c.text))), None)
                if chunk is not None:
                    defining = Passage(chunk=chunk, rank=len(result.passages) + 1, score=0.0, context=chunk.heading)
                    handed.append(defining)
            in_scope += [defining] if defining is not None else []
        # (a document's title block names its subject and its issue: it answers no question of a detail)
        units = [u for u in self._score_units(qn, in_scope, weights, named=result.named) if _in_scope(u, result)
                 and not _title_line(u)]
        if units and _section_of_another_year(qn, units[0]):
            # 「令和7年度の…」 asked, and the best unit stands under 「令和６年度の主な取組」: a unit of a
            # section of the asked year (or of no year) answers, or none does
            named_before = any(u.item and _item_named(u.item, qn) for u in units)
            units = [u for u in units if not _section_of_another_year(qn, u)]
            if not units:
                return self._refuse(question, result.passages, "the evidence is in a section about another year")
            if named_before and not any(u.item and _item_named(u.item, qn) for u in units):
                # the item the question names (「インドビジネスセミナー」) is only in another year's section
                return self._refuse(question, result.passages, "the named item is in a section about another year")
        named_items = {u.item for u in units if u.item and _item_named(u.item, qn)}
        if named_items:
            # the question names an item by its title (「NY NOW Summer」): the other items' lines are
            # about other things
            units = [u for u in units if not u.item or u.item in named_items]
        units = _sibling_by_own_words(qn, units)
        if COUNTING_RULE.search(qn.rpartition("について、")[2]):
            # 「相談件数はどう数えられますか」: the sentence that states how it counts (…と数える) answers,
            # before the rows of the figures it counted
            units = sorted(units, key=lambda u: "数え" not in u.text)
        if term:
            # (whether a case falls in a term: its definition first, before lines that only use the
            # term's words, 「※１ 商談件数は、…の件数である」)
            units = sorted(units, key=lambda u: not _defines(u.text, term))
        elif paraphrased and not _CLASS_ASKED.search(qn.rpartition("について、")[2]):
            # (a question that says a term by its definition asks of the class, not what it is: the
            # definition, which shares the question's words, comes after the units about the class;
            # not when it asks which class a case is in, 「どちらに数えられていますか」)
            units = sorted(units, key=lambda u: any(_defines(u.text, t) for t in paraphrased))
        names = required_names(question)
        counted = bool(_COUNT_ASKED.search(qn.rpartition("について、")[2]))
        yes_or_no = asks_yes_or_no(qn)

        def absent_in(p: Passage) -> list[str]:
            # the places and organisations the question names that a passage does not: a passage
            # speaks of what its own text names, and of what the sections beside it under the same
            # heading name (①成長の結果 names the city ②理由と背景 is about)
            parent = p.chunk.section.rpartition(" > ")[0]
            kin = [q.chunk.text for q in passages if parent and q.chunk.doc_id == p.chunk.doc_id
                   and q.chunk.section.rpartition(" > ")[0] == parent]
            where = re.sub(r"\s+", "", _nfkc(f"{p.chunk.title}{p.chunk.section}{p.chunk.text}{''.join(kin)}"))
            # (a region named by one of its countries: 「北欧の研究所」 of 「…の開発（フィンランド）」)
            # (and places named together by the region that holds them both: 「アメリカやヨーロッパに
            # 拠点がある企業」 of a column 欧米)
            # (a country said as any foreign one, 「外国から輸入した石材」, of whether a rule takes in
            # 「中国から仕入れた石」: the rule is of every country abroad)
            foreign = yes_or_no and re.search(r"外国|海外|輸入", where) is not None
            absent = [n for n in names if not named_in(n, where) and not region_held(n, where)
                      and not region_joining(n, names, where) and not (foreign and abroad(n))]
            if counted:
                # 「ネパール国籍の県民は何人」 of a passage that lists ネパール among the largest
                # nationalities and counts only all of them: its figure is not the name's
                heading = squash(f"{p.chunk.title}{p.chunk.section}")
                lines = re.sub(r"[^\S\n]+", "", _nfkc("\n".join([p.chunk.text, *kin])))
                absent += [n for n in names if n not in absent and not named_in(n, heading)
                           and _listed_among_peers(squash(n), lines)]
            return absent

        # (a heading of a document that does not hold the names the question gives, 「国家戦略特区」 of
        # another prefecture's report, names no section of the asked one)
        named_docs = {p.chunk.doc_id for p in in_scope if _heading_named(p.chunk.section, qn) and not absent_in(p)}
        if named_docs:
            # the question names a section by its heading (「ロボット導入支援事業で、…」): its document
            # answers, not a like unit of another document's programme (補助率 of another subsidy)
            units = [u for u in units if u.passage.chunk.doc_id in named_docs] or units
        if names and units:
            # the places and organisations the question names must be in the answer's own passage
            missing = absent_in(units[0].passage)
            if missing:
                keep = [u for u in units if not absent_in(u.passage)]
                if not keep:
                    return self._refuse_missing(question, result, passages, missing[0])
                units = keep
            if units and units[0].item:
                # inside an enumerated item ((a) 米国・メリーランド州との連携によるセミナー), the names
                # must be the item's: another item of the same passage is about something else
                blocks: dict[tuple[int, str], str] = {}
                for v in units:
                    blocks[id(v.passage), v.item] = blocks.get((id(v.passage), v.item), "") + v.text

                def absent_from_item(u: Unit) -> list[str]:
                    if not u.item:
                        return []
                    block = blocks[id(u.passage), u.item]
                    where = re.sub(r"\s+", "", _nfkc(f"{u.passage.chunk.title}{u.passage.chunk.section}{u.item}{block}"))
                    return [n for n in names if not named_in(n, where) and not region_held(n, where)]

                missing = absent_from_item(units[0])
                if missing:
                    units = [u for u in units if not absent_from_item(u)]
                    if not units:
                        return self._refuse_missing(question, result, passages, missing[0])
        if units and result.named:
            # 西中島エリアの東部区域: a word of the question that only a sibling section (花園口エリア)
            # holds is that sibling's detail, not the named section's
            sibling_only = self._sibling_word(question, units[0].passage, passages, result)
            if sibling_only:
                return self._refuse_missing(question, result, passages, sibling_only)
        if not units:
            return self._refuse(question, result.passages, "no evidence unit")
        detail = _absent_from_document(qn, units[0].passage, result)
        if detail:
            # (another best passage's document writes the asked detail word for word, 補助率: its
            # units answer, not those of a document that never writes it)
            lead = {u.passage.chunk.doc_id: u.passage for u in units}
            writes = {doc for doc, p in lead.items() if re.sub(r"\s+", "", detail) in _document_seen(p, result)}
            units = [u for u in units if u.passage.chunk.doc_id in writes] or units
        absent = (_absent_from_document(qn, units[0].passage, result) or _unknown_code_name(qn, units[0].passage, result)
                  or _part_never_named(qn, units[0].passage, result) or _breakdown_never_written(qn, units[0].passage, result))
        if absent and not _prose_share(qn, units, result):
            # 「説明会は何日に」 of a guideline that has no 説明会: the detail is not in the lead's document
            # (but a share the text gives as a whole and its part is computed below)
            return self._refuse_missing(question, result, passages, absent)
        if _about_the_year_before(qn, units[0]):
            # (the year before's section does not answer; a unit of another section may)
            units = [u for u in units if not _about_the_year_before(qn, u)]
            if not units:
                return self._refuse(question, result.passages, "the section is about the year before the asked one")
        months = _event_months(qn)
        if months and _dated_elsewhere(months, _unit_block(units[0])):
            # (「令和７年１月の商談会には」: a unit whose section or item dates its event in 令和７年２月
            # is of another one)
            units = [u for u in units if not _dated_elsewhere(months, _unit_block(u))]
            if not units:
                return self._refuse(question, result.passages, "the evidence is about another month than the asked one")
        if _other_year(qn, units[0]):
            return self._refuse(question, result.passages, "the evidence is about another year than the asked one")
        unseen = _years_unseen(qn, units[0].passage, result)
        if unseen:
            # 「2019年度に行った前回の調査では」 and the answering document never writes 2019年度 (in
            # either calendar, nor within a range): what it says is about other years
            return self._refuse(question, result.passages, f"asked year(s) {unseen} not in the answering document")
        best = units[0].score if units else 0.0
        if best < self.min_unit_score:
            return self._refuse(question, result.passages, f"best unit score {best:.2f}")
        # (a share or a change is searched in every passage the units stand in: the figures' sentence
        # may score below the rows of a table that give neither)
        share = _prose_share(qn, units, result) or _prose_change(qn, units) or _counted_by_rule(qn, units)
        if share:
            return self._share_answer(question, result, handed, share)
        per_unit = _per_unit_never_written(qn, result, passages)
        if per_unit:
            # 「１検体当たりの検査料」 and no lead document writes 検体 (asked after the other details a
            # question names: 「１店舗当たり…何人くらいの来店者」 is refused for its 来店者)
            return self._refuse_missing(question, result, passages, per_unit)
        if not self._type_found(qn, units):
            # (the best unit's passage holds no span of time asked for; a unit nearly as good of
            # another passage may: 「納品までどのくらいかかりますか」 of the line 「納期：…原稿の受付から
            # 10営業日」 under another section than a sentence of use counts that shares more of its words)
            # (only a span of time: its value, 「10営業日」「30日以内」, is of no other kind, while a
            # figure or a date of another passage answers a near miss as readily as the question)
            lead = next((u for u in units[1:12] if u.score >= VALUE_UNIT_SHARE * best
                         and u.passage is not units[0].passage and self._type_found(qn, [u])),
                        None) if TIME_TAKEN_ASKED.search(qn) else None
            if lead is None:
                return self._refuse(question, result.passages, "no unit holds the kind of value asked for")
            units = [lead, *(x for x in units if x is not lead)]
        units = _holder_first(qn, units)
        if _asks_average(qn):
            # 「１社当たり平均でいくら」: a line that gives an average answers, before one case's figure
            # (要した費用：約120万円) or bands of them (100万円未満が49社); with none, the documents give
            # no average (and the records computed none)
            # (of the kind the part of the question that asks it asks: 「１年度当たり…100万円を限度」 gives
            # no average time taken; 「…何年ですか？…平均気温は何度くらい？」 asks no year of its average)
            asking = next((part for part in re.split(r"(?<=[？?])", qn) if _asks_average(part)), qn)
            kinds = _answer_types(asking)

            def average_of_kind(u: Unit) -> bool:
                text = _nfkc(u.text)
                return bool(_AVERAGE_SAID.search(text)) and (not kinds or any(k.search(text) for k in kinds))

            if not any(average_of_kind(u) for u in units):
                return self._refuse_missing(question, result, passages, "平均")
            units = sorted(units, key=lambda u: not average_of_kind(u))
        if asks_which_extreme(qn) and not any(EXTREME_SAID.search(_nfkc(u.text)) for u in units[:12]
                                              if u.score >= VALUE_UNIT_SHARE * best):
            # 「予算が一番多い市町村はどこ」 and the best units give a total, or one case's figure:
            # none says which is the largest (the records compared none either)
            asked = _WHICH_EXTREME_PHRASE.search(qn.rpartition("について、")[2])
            return self._refuse_missing(question, result, passages, asked.group(0)) if asked else \
                self._refuse(question, result.passages, "no unit says which one is the largest or smallest")
        other_event = _time_from_another_event(qn, units)
        if other_event:
            # 「申し込んでから…何日くらい」 and the only time given runs from the invoice: not the one asked
            return self._refuse_missing(question, result, passages, other_event)
        part = (_part_of_stated_whole(qn, units[0]) or _change_never_stated(qn, units[0])
                or _amount_of_another_label(qn, units[0]) or _origin_never_stated(qn, units[0])
                or _side_never_stated(qn, units[0]))
        if part:
            # 「38社のうち、外資系の企業は何社」 and the passage gives only the 38社: the part is not stated
            return self._refuse_missing(question, result, passages, part)

        lines: list[str] = []
        citations: dict[int, Citation] = {}
        picked = self._pick(units, qn)
        # (a lead item that holds words of the question of its own answers with its like items, not
        # its whole list: 「本社について、提出する書類」)
        listed = bool(picked) and not (item_marker(picked[0].text) and _own_words(picked[0], qn))
        whole = next((w for u in picked + units[:20] if (w := _whole_list(u, qn)) is not None), None) if listed else None
        if whole is not None:
            # 「どんな分野で協力する」 and 「(1) 貿易及び投資の促進」 among the best units, of a section
            # that lists such items (２．協力分野): the list is the answer, not its first item
            picked = [whole] + [u for u in picked if _one_line(u.text) not in _one_line(whole.text)]
        picked += _one_for_each_named(units, picked, named_items, result, LEAD_PASSAGE_SHARE * best)
        office = _office_of_contact(picked[0], qn) if picked else None
        if office is not None and all(office.text not in u.text for u in picked):
            picked.insert(1, office)  # 「担当部署と電話番号」: who answers the phone, from the contact box
        article = _article_referred(picked[0], units) if picked else None
        if article is not None and all(article.text not in u.text for u in picked):
            picked.insert(1, article)  # 「第８条の期限までに」: what the article it points at says
        shown = list(result.passages) + handed
        if picked and _SOURCE_ASKED.search(qn.rpartition("について、")[2]):
            # 「何の資料に基づいて」: the note that says where the statement comes from. The statement
            # is the unit that points at a note and says most of the question in its own words.
            def says(u: Unit) -> float:
                grams = set(char_bigrams(u.text))
                return sum(w for g, w in weights.items() if g in grams)

            marked = [u for u in picked if note_marks(u.text)]
            statement = max(marked, key=says, default=picked[0])
            if says(statement) < says(picked[0]):
                statement = picked[0]  # the lead says more of it, and points at no note
            note = _source_note(statement, units, result, shown)
            if note is not None and note.text not in statement.text:
                picked = [statement, note]  # the statement and its source, nothing else
        for k, u in enumerate(picked):
            priced = _priced_measure(qn, u.text, u.passage.chunk.section) if k == 0 and not lines else None
            if priced is not None:
                # (a price per one of a measure the question gives an amount of: the price of it first,
                # then the line it is computed from)
                lines.append(f"{priced}[{u.n}]。")
                lines.append(f"・{self._where(u.passage)}「{_one_line(u.text)}」[{u.n}]")
            elif k == 0 and not lines:
                lead, cited = _lead_sentence(u, self._where(u.passage), _passage_before(u, shown))
                lines.append(lead)  # the answer first
                if cited is not None:
                    citations.setdefault(cited.n, cited)
            else:
                lines.append(f"・{self._where(u.passage)}「{_one_line(u.text)}」[{u.n}]")
            citations.setdefault(u.n, Citation(n=u.n, passage=u.passage, quote=u.text))
        if not lines:
            return self._refuse(question, result.passages, "nothing picked")
        return self._stated(question, shown, lines, citations)

    def _notice_after_applying(self, question: str, qn: str, result: RetrievalResult,
                               passages: list[Passage]) -> Answer | None:
        """「申し込んだあと、参加できるかどうかはいつごろ分かりますか」: of a lead document's numbered
        steps (① 説明会 ② 申込書の提出 ③ 選考 ④ 選考結果の通知（令和７年７月下旬）), the first step
        after the one that applies which gives notice and is dated: when the asker hears."""
        asked = qn.rpartition("について、")[2]
        if not (_AFTER_APPLYING.search(asked) and _WHEN_HEARD.search(asked) and re.search(r"いつ|何月|時期", asked)):
            return None
        docs = {p.chunk.doc_id for p in passages[:LEAD_PASSAGES]}
        for p in passages:
            if p.chunk.doc_id not in docs:
                continue
            # (numbered steps: ordered markers, ① or （２）, not the bullets a rule may list)
            steps = [line.strip() for line in p.chunk.text.split("\n") if item_marker(line) in ("circled", "paren")]
            applying = next((k for k, step in enumerate(steps) if _APPLYING.search(step)), None)
            if applying is None:
                continue
            notice = next((step for step in steps[applying + 1:] if _NOTICE_STEP.search(step) and _DATE_VALUE.search(_nfkc(step))), None)
            if notice is not None:
                lines = [f"「{steps[applying]}」の後、「{notice}」とあります[{p.rank}]。"]
                return self._stated(question, list(result.passages), lines,
                                    {p.rank: Citation(n=p.rank, passage=p, quote=notice)})
        return None

    def _rule_for_case(self, question: str, qn: str, result: RetrievalResult, passages: list[Passage]) -> Answer | None:
        """「…借りることはできますか」「…補助の対象になりますか」: the item of a listed rule of the lead
        documents that the case is (assistant.rulelists), answered by the rule's lead: yes or no."""
        asked = qn.rpartition("について、")[2]
        if not asks_yes_or_no(qn) or not ELIGIBILITY_ASKED.search(asked):
            return None
        docs = {p.chunk.doc_id for p in passages[:LEAD_PASSAGES]}
        lead = [p for p in passages if p.chunk.doc_id in docs]
        found: dict[RuleList, list[Passage]] = {}
        for p in lead:
            # (a list the chunker cut after its lead goes on in the shown passage right after it)
            after = next((q for q in lead if q.chunk.doc_id == p.chunk.doc_id and q.chunk.line_start == p.chunk.line_end + 1), None)
            for rule in rule_lists(p.chunk.text + ("\n" + after.chunk.text if after is not None else "")):
                found.setdefault(rule, [p] + ([after] if after is not None else []))
        match = item_for_case(asked, list(found))
        if match is None:
            return None
        rule, item = match
        p = next(q for q in found[rule] if item in q.chunk.text)
        # (a question of the document's own Q&A the asker's says more of than the item is the case,
        # 「同じ年度に二つの海外見本市に出展する場合、両方とも補助を受けられますか」: its answer answers)
        said = _content_bigrams(asked)
        item_share = len(_content_bigrams(item) & said) / max(1, len(_content_bigrams(item)))
        if any((share := len(_content_bigrams(f) & said) / len(_content_bigrams(f))) >= FAQ_SHARE and share > item_share
               for q in lead for f in _faq_questions(q.chunk.text) if _content_bigrams(f)):
            return None
        # (asked in the negative, 「…は対象外ですか」, an exclusion is a yes)
        verdict = "はい" if rule.allowed != bool(NEGATIVE_ASKED.search(asked)) else "いいえ"
        lines = [f"{verdict}。「{rule.lead}」とされ、その一つに「{item}」が挙げられています[{p.rank}]。"]
        return self._stated(question, list(result.passages), lines, {p.rank: Citation(n=p.rank, passage=p, quote=item)})

    def _own_faq(self, question: str, qn: str, result: RetrievalResult, passages: list[Passage]) -> Answer | None:
        """A question of yes or no that a lead document's own Q&A asks nearly word for word (see
        FAQ_OWN_SHARE): that Q&A's answer, quoted with its question."""
        asked = qn.rpartition("について、")[2]
        if not asks_yes_or_no(qn):
            return None
        said = _content_bigrams(asked)
        best: tuple[float, Passage, _FaqPair] | None = None
        for p in passages[:LEAD_PASSAGES]:
            for pair in _faq_pairs(p.chunk.text):
                grams = _content_bigrams(pair.asked)
                if len(grams) < FAQ_MIN_BIGRAMS:
                    continue
                share = len(grams & said) / len(grams)
                if share >= FAQ_OWN_SHARE and (best is None or share > best[0]):
                    best = (share, p, pair)
        if best is None:
            return None
        _, p, pair = best
        reply = f"{pair.answer[:-1]}[{p.rank}]。" if pair.answer.endswith("。") else f"{pair.answer}[{p.rank}]"
        lines = [reply, f"・「{' '.join(pair.quote.split())}」[{p.rank}]"]
        return self._stated(question, list(result.passages), lines, {p.rank: Citation(n=p.rank, passage=p, quote=pair.quote)})

    def _who_may(self, question: str, qn: str, result: RetrievalResult, passages: list[Passage]) -> Answer | None:
        """「…学生が、…データベースの端末を使うことはできますか」: the line of a card that says who
        may (利用できる者：事業者及び支援機関・行政（学生・個人は利用できません）), of the card the
        question names by its heading or title (of several sibling cards with the same labels), that
        names the asker's kind: yes, or no when it names it as excluded."""
        asked = qn.rpartition("について、")[2]
        if not asks_yes_or_no(qn) or not ELIGIBILITY_ASKED.search(asked):
            return None
        docs = {p.chunk.doc_id for p in passages[:LEAD_PASSAGES]}
        rank = {p.chunk.id: p for p in passages}
        words = [w for w in dict.fromkeys(get_tokenizer().content_words(asked)) if len(w) >= 2]
        found = []
        for rec in result.records:
            if rec.kind != "facts" or rec.doc_id not in docs:
                continue
            for cell in rec.cells:
                if not _WHO_MAY_LABEL.fullmatch(squash(cell.row)) or cell.chunk_id not in rank:
                    continue
                value = _nfkc(cell.value)
                # (the asker's kind is the question's subject, 「…学生が、」, not any word it shares)
                kinds = [w for w in words if w in value and re.search(re.escape(w) + r"(?:が|は|も|って)", asked)]
                # (the card is named: a word of its heading or of the record's title)
                scope = _nfkc(f"{rec.section.rpartition(' > ')[2]} {rec.title}")
                if kinds and any(w in scope for w in words if w not in kinds):
                    found.append((rec, cell, value, kinds[0], rank[cell.chunk_id]))
        if len({squash(c.source) for _, c, _, _, _ in found}) != 1:
            return None
        rec, cell, value, kind, p = found[0]
        after = value[value.index(kind) + len(kind):]
        excluded = bool(_EXCLUDED_AFTER.match(after)) or bool(re.search(rf"(?:除く|以外)[^。]*{re.escape(kind)}", value))
        verdict = "いいえ" if excluded != bool(NEGATIVE_ASKED.search(asked)) else "はい"
        heading = rec.section.rpartition(" > ")[2].strip()
        where = f"{heading}の{cell.row.strip()}" if heading else cell.row.strip()
        lines = [f"{verdict}。{where}は「{cell.value.strip()}」とされています[{p.rank}]。"]
        return self._stated(question, list(result.passages), lines,
                            {p.rank: Citation(n=p.rank, passage=p, quote=cell.source.strip())})

    def _stated(self, question: str, shown: list[Passage], lines: list[str], citations: dict[int, Citation]) -> Answer:
        """The answer of `lines` (the statement first, then the quotes), with the era notes of the
        years they write."""
        quoted = "\n".join(lines)
        notes = self._era_notes(quoted)
        text = quoted
        if notes:
            text += "\n※ 年の換算: " + "、".join(notes)
        return Answer(
            text=text,
            citations=[citations[k] for k in sorted(citations)],
            passages=shown,
            refused=False,
            backend=self.backend,
            question=question,
        )

    # -- records --------------------------------------------------------------------------
    def find_record(self, question: str, result: RetrievalResult, passages: list[Passage] | None = None) -> Found | None:
        """The record cells that answer `question` (`lookup.Found`), or None when the records do
        not answer it or a sentence of the best passages names much more of the question than
        any table label does (then the text answers)."""
        if not result.records:
            return None
        passages = result.passages if passages is None else passages
        through = _through_card(question, result.records, passages)
        if through is not None:
            # 「ＥＵに…輸出する会社です。必要になる証明書の手数料は」: the card of the section the
            # question names says which (必要な証明書：衛生証明書（水産食品）), its row of the fee table answers
            resolved, record, card, heading = through
            found = self._find_record(resolved, result, passages, meant=(card.value.strip(),))
            if found is not None and not found.refused and squash(card.value) in {squash(c.row) for _, c in found.cells}:
                found.statement = f"{heading}の{card.row}は{card.value.strip()}で、{found.statement}"
                found.cells = [*found.cells, (record, card)]
                return found
        industry = self._industry_read(question, result, passages)
        if industry is not None:
            # 「商社や問屋のような業種では」: the row or section of the industry the question names a
            # business of (卸売・小売業), by the industrial classification
            return industry
        granted = self._grant_from_lines(question, result, passages)
        if granted is not None:
            return granted  # 「９万円かけてサンプルを送ります。補助金はいくら」 of 「補助率：…の２分の１（…）」
        reading = self._class_read(question, result, passages)
        if reading is not None:
            # 「従業員12人の菓子メーカーが…補助率は」: the cell of the class of firm the asker's firm
            # belongs to by the document's definition (小規模事業者), not every class's
            wants = read_intent(question, get_tokenizer().content_words).wants
            # (its head count said which class, not which row: 「従業員が５人の」 names no 従業員研修;
            # the question whole when that finds nothing)
            for asked in dict.fromkeys((without_head_count(question), question)):
                found = self._find_record(asked, result, passages, meant=(reading.label,))
                if found is None:
                    # (and the row it names in its own words: 「仕様を変えた試作品を作る」 for 仕様変更に伴う試作)
                    found = self._find_record(asked, result, passages,
                                              meant=(reading.label, *self._labels_meant(asked, result, passages)))
                # (a cell of the class holding the kind of value asked: 「いくらまで借りられる」 is no 期間)
                # (or a grant computed with the class's rate: 「16万円の…を導入します。補助金はいくら」)
                if (found is not None and reading.label in (found.cells[0][1].row, found.cells[0][1].column, found.cells[0][1].column_group)
                        and (not wants or found.computed or looks_like(found.cells[0][1], wants))):
                    found.reading = reading
                    return found
        found = self._find_record(question, result, passages)
        if found is not None and _fiscal_year_unwritten(question, found, result):
            return None  # (the text answers, or says the year is not in the document)
        if found is not None and _of_another_month(question, found):
            return None  # 「令和７年１月の商談会には」 and the card of an event of 令和７年２月
        if found is None:
            # the records may name what the question asks in other words (上限額: 助成限度額（万円）)
            reworded, changes = _in_documents_words(question, result)
            if changes:
                found = self._find_record(reworded, result, passages)
                detail = _nfkc(read_intent(reworded, get_tokenizer().content_words).attribute)
                if found is not None and not _reworded_into_answer(changes, detail, found):
                    found = None
        intent = read_intent(question, get_tokenizer().content_words) if found is None else None
        if intent is not None and intent.tabular:
            # or a row or column it names in words no dictionary pairs with the label's (「カード決済の
            # 端末」 for キャッシュレス決済端末): the label it is clearly nearest to in meaning
            wants = intent.wants
            for label in self._labels_meant(question, result, passages):
                found = self._find_record(question, result, passages, meant=(label,))
                # (a cell of the label, holding the kind of value asked: 「事業者はどこ」 is no count)
                if (found is not None and any(label in (cell.row, cell.column) for _, cell in found.cells)
                        and (not wants or looks_like(found.cells[0][1], wants))):
                    break
                found = None
        return found

    def _industry_read(self, question: str, result: RetrievalResult, passages: list[Passage]) -> Found | None:
        """The record answer of `question` read with the label of the industry each business it
        names belongs to (「病院や介護施設で働いている人」 → the row 医療・福祉; assistant.industries),
        when the lead documents label industries and never write the business word; None unless
        the answer's cells (or their section) are of that industry."""
        readings = []
        for doc in dict.fromkeys(p.chunk.doc_id for p in passages[:LEAD_PASSAGES]):
            # (each lead document by itself: another may write the business word, 工作機械 in a plan)
            records = [r for r in result.records if r.doc_id == doc]
            labels = [*(row for r in records if r.kind == "table" for row in r.rows),
                      *(r.section.rpartition(" > ")[2] for r in records)]
            readings = industry_labels(question, labels, result.wording.flat(doc) if result.wording is not None else "")
            if readings:
                break
        if not readings:
            return None
        asked = _nfkc(question)
        for reading in readings:
            asked = asked.replace(_nfkc(reading.word), reading.label, 1)
        meant = {label for r in readings for label in r.labels}
        found = self._find_record(asked, result, passages, meant=tuple(meant))
        if found is None or found.refused:
            return None
        wants = read_intent(asked, get_tokenizer().content_words).wants
        if wants and not found.computed and not looks_like(found.cells[0][1], wants[:1]):
            return None  # (the industry's row, but not the kind of value asked: 「…割合は」 is no count)
        if any(squash(cell.row) in meant for _, cell in found.cells):
            return found
        heading = next((h for record, _ in found.cells if (h := record.section.rpartition(" > ")[2].strip())
                        and squash(h) in meant), None)
        if heading is None:
            return None
        heading = HEADING_MARK.sub("", heading).strip() or heading  # (（２）情報通信業Ｅ社 as 情報通信業Ｅ社)
        if squash(heading) not in squash(found.statement):
            found.statement = f"{heading}では、{found.statement}"  # (a card's line names no industry)
        return found

    @staticmethod
    def _grant_from_lines(question: str, result: RetrievalResult, passages: list[Passage]) -> Found | None:
        """The grant for a cost the question gives, of a guide whose rate and cap are label–value
        lines (lookup.grant_from_lines), the class of a bracketed rate read by the lead documents'
        own definitions (「小規模事業者」とは、…５人…以下の…)."""
        if result.wording is None or not passages:
            return None
        lead_docs = {p.chunk.doc_id for p in passages[:LEAD_PASSAGES]}
        readings: list[ClassReading] = []

        def holds(doc_id: str, term: str) -> bool | None:
            classes = [c for c in result.wording.derived(doc_id, "size classes", size_classes_in) if c.term == term]
            read = class_of(question, classes[0]) if len(classes) == 1 else None
            if read is None:
                return None
            readings.append(ClassReading(label=term, reason=read[1], size_class=classes[0]))
            return read[0]

        found = grant_from_lines(question, result.records, lead_docs, holds, section=passages[0].chunk.section)
        if found is not None and readings:
            found.reading = readings[-1]  # (the definition that decided the rate is cited with it)
        return found

    @staticmethod
    def _class_read(question: str, result: RetrievalResult, passages: list[Passage]) -> ClassReading | None:
        """The class of firm (a table label of the lead passages' documents) the question's own
        firm belongs to by the definition those documents give (assistant.sizeclass), or the
        column its hours, the thing it names or its history read."""
        if result.wording is None or not passages:
            return None
        lead_docs = list(dict.fromkeys(p.chunk.doc_id for p in passages[:LEAD_PASSAGES]))
        axes = [axis for r in result.records if r.kind == "table" and r.doc_id in lead_docs
                for axis in (r.rows, [c for c in r.columns if c])]
        if asks_for_class(question):
            classes = [c for doc in lead_docs for c in result.wording.derived(doc, "size classes", size_classes_in)]
            reading = read_class(question, classes, axes, total_label) if classes else None
            if reading is not None:
                return reading
        # (or the fee column its hours are: 「朝９時から夜９時まで」; assistant.timeslots)
        slot = ExtractiveAnswerer._slot_read(question, result, lead_docs)
        if slot is not None:
            return slot
        # (or the class the thing it names is listed in: 「化粧品メーカーが…」 of 「食品等」とは、食品、
        # 飲料及び酒類をいい、化粧品及び医薬部外品は含みません; assistant.memberclass; else the class
        # its history of a deed makes it, assistant.historyclass)
        listed = [c for doc in lead_docs for c in result.wording.derived(doc, "member classes", member_classes_in)]
        if not listed:
            return ExtractiveAnswerer._history_read(question, result, lead_docs)
        # (and the columns under each spanning header: 一般枠 | 重点地域枠 under 補助率（％）, beside
        # the 上限額 columns of the same header row)
        grouped = [list(dict.fromkeys(c.column for c in r.cells if c.column and c.column_group == group))
                   for r in result.records if r.kind == "table" and r.doc_id in lead_docs
                   for group in dict.fromkeys(c.column_group for c in r.cells if c.column_group)]
        # (and the spanning headers themselves: 食器類 | 調度品類 over the rate and cap of each)
        spanning = [list(dict.fromkeys(c.column_group for c in r.cells if c.column_group))
                    for r in result.records if r.kind == "table" and r.doc_id in lead_docs]
        return (read_member(question, listed, axes + grouped + [a for a in spanning if a], get_tokenizer().country_names)
                or ExtractiveAnswerer._history_read(question, result, lead_docs))

    @staticmethod
    def _slot_read(question: str, result: RetrievalResult, lead_docs: list[str]) -> ClassReading | None:
        """The column of a lead fee table the question's hours are, by the note that defines its
        columns as hours (「朝９時から夜９時まで」 of ※１ …全日は９時から21時までの使用をいいます;
        assistant.timeslots)."""
        for record in result.records:
            if record.kind == "table" and record.doc_id in lead_docs:
                reading = read_slot(question, slots_in(record.footnotes, record.columns))
                if reading is not None:
                    return reading
        return None

    @staticmethod
    def _history_read(question: str, result: RetrievalResult, lead_docs: list[str]) -> ClassReading | None:
        """The column of a lead table that its note applies to the class the question's firm is of
        by its history of a deed (「ここ３年は輸出していません」 of 「新規輸出者」とは、…輸出の実績がない
        中小企業者をいう and ※１ 「新規輸出枠」の欄は新規輸出者に…; assistant.historyclass)."""
        classes = history_classes(_glossary(result, lead_docs, []))
        # (or a definition that names the complement's column too: 「…をいい、それ以外の場合を
        # 「継続輸出」といいます」)
        defined = {doc: result.wording.derived(doc, "complements defined", complements_defined)
                   if result.wording is not None else [] for doc in lead_docs}
        for record in result.records:
            if record.kind != "table" or record.doc_id not in lead_docs:
                continue
            notes = columns_applied(f.text for f in record.footnotes) + defined[record.doc_id]
            reading = read_history(question, classes, notes, record.columns) if notes else None
            if reading is not None:
                return reading
        return None

    @staticmethod
    def _labels_meant(question: str, result: RetrievalResult, passages: list[Passage]) -> list[str]:
        """The row and column labels of the tables of the best passage's document (the one the
        question is about) that `question` means without writing them (assistant.meaning), at most two."""
        if result.meaning is None or not passages:
            return []
        doc = passages[0].chunk.doc_id
        axes = [axis for r in result.records if r.kind == "table" and r.doc_id == doc
                for axis in (r.rows, [c for c in r.columns if c])]
        # (the question's nouns that document never writes: what it says in its own words; not the
        # words of how it is computed, 「交付額全体の何％」, nor money said plainly, 費用, nor a formal
        # noun, うち: they name no row, are alike near every row, and blur the word that does, 外国語)
        written = result.wording.flat(doc) if result.wording is not None else ""
        shaping = question_shaping_words(_nfkc(question))
        unwritten = " ".join(dict.fromkeys(
            w for w in get_tokenizer().content_words(question)
            if len(w) >= 2 and not w.startswith("何") and not re.search(r"[0-9]", w) and w not in written
            and not re.fullmatch(FORMAL_NOUNS, w) and not _MONEY_SAID_PLAINLY.fullmatch(w)
            and not any(w in s for s in shaping)))
        return meant_labels(question, unwritten, axes, result.meaning, total_label)[:2]

    def _find_record(self, question: str, result: RetrievalResult, passages: list[Passage],
                     meant: tuple[str, ...] = ()) -> Found | None:
        term = _term_asked(_nfkc(question))
        if term and any(_defines(text, term) for p in passages[:LEAD_PASSAGES] for text, _, _ in units_in_items(p.chunk.text)):
            return None  # what a term means is asked and a passage defines it: the definition answers
        lead_docs = {p.chunk.doc_id for p in passages[:LEAD_PASSAGES]}
        lookup = self._lookup_for(result)
        glossary = _glossary(result, lead_docs, passages[:LEAD_PASSAGES])
        terms = defined_terms(question, [], glossary)
        records = result.records
        if result.named:
            # 「第２次募集の受付期間」: the tables and label–value lines under a sibling section (第１次募集)
            # are about that sibling
            # (unless its own labels name the named section: 「実践コース（時間）」 of a table the layout
            # left under the last course's heading)
            records = [r for r in records if not _under_sibling(r.section, result)
                       or any(n in _nfkc("".join(r.columns + r.rows)) for n in result.named)]
        deadline = application_periods(question, records, lead_docs, lookup.words)
        if deadline is not None:
            return deadline  # 「申請書はいつまでに」: the calls' 募集期間 lines
        found = lookup.find(question, records, lead_docs=lead_docs, terms=terms + meant, glossary=glossary)
        if found is None or found.computed:
            return found
        if (_asks_average(question) and all(r.kind == "facts" for r, _ in found.cells)
                and not any(_AVERAGE_SAID.search(_nfkc(f"{r.title}{c.row}{c.value}")) for r, c in found.cells)):
            return None  # 「１社当たり平均でいくら」 and one case's line (要した費用：約120万円): no average
        kinds = _answer_types(_nfkc(question))
        parts = _question_parts(_nfkc(question))
        if (len(kinds) >= 2 and len(parts) >= 2 and any(not words for words in parts)
                and all(r.kind == "facts" for r, _ in found.cells)
                and not all(any(k.search(_nfkc(f"{c.row} {c.value}")) for _, c in found.cells) for k in kinds)):
            # 「いつ、どこで、何名参加」 and a label–value line holds only the 参加者: parts asked by a bare
            # interrogative (いつ, どこで) name nothing a supporting line could be found by, so the text
            # answers each part (a table's cells answer the kinds they are asked by: 目標と実績; parts
            # with words, 「運営しているのは」, get their line below)
            return None
        record, cell = found.cells[0]
        # (a note under the answer's own table is part of it, not text that answers instead, nor
        # is a passage's run of the table's rows that ends in it)
        notes = [re.sub(r"\s+", "", f.text) for f in record.footnotes]
        # (a sentence that introduces a table or list, 「利用件数は、次のとおりである」, answers nothing
        # itself: what it introduces does)
        # (the detail asked, 「助成の限度額は」, which the cell's labels name: a sentence that does
        # not name it is about the topic, not an answer to it)
        intent = read_intent(question, lookup.words)
        detail = _nfkc(intent.attribute)
        labelled = len(detail) >= 2 and detail in _nfkc(f"{record.title}{cell.row}{cell.column or ''}{cell.column_group or ''}")
        # (the cell is of the year asked: a sentence about another year's event, 「開催期間：令和７年２月」,
        # answers no question of 2022年度)
        dated = bool(intent.years) and cell.fiscal_year in intent.years
        # (the cell is of the month asked, a ２月 column: a sentence that names none of the months asked,
        # 「令和６年度に…企業から168件」, is about the year as a whole)
        monthly = bool(intent.months & _months_labelled(f"{cell.row}{cell.column or ''}{cell.column_group or ''}"))
        # (a sum asked and the table's total row answers it: a sentence that states no total, 「令和６年度は
        # …21件を採択しました（うち新規輸出者11件）」, gives one part of it)
        summed = intent.op == "sum" and is_total(cell)
        # (the row the question names whole, 南アジア: a sentence that does not name it, but only a
        # longer row of the same table, 東南アジア, is about that other row)
        row = _nfkc(cell.row).strip()
        row_named = record.kind == "table" and len(row) >= 2 and row in _nfkc(question) and not find_years(row)
        longer = [_nfkc(r) for r in record.rows if row in _nfkc(r) and _nfkc(r) != row] if row_named else []

        def names_row(text: str) -> bool:
            # (and gives a figure of it: 「中国、韓国が続く」 names the row and says no figure of it)
            text = _nfkc(text)
            for other in longer:
                text = text.replace(other, "")
            return bool(re.search(re.escape(row) + r"[^。、]{0,12}?[0-9]", text))

        best_text = max((lookup.topic_share_of(question, f"{p.chunk.section}\n{heading}\n{text}")
                         for p in passages[:LEAD_PASSAGES] for text, heading in units_with_headings(p.chunk.text)
                         if not any(re.sub(r"\s+", "", text) in n or n in re.sub(r"\s+", "", text) for n in notes)
                         and not _INTRODUCES.search(text)
                         and not (labelled and detail not in _nfkc(text))
                         and not (row_named and not names_row(text))
                         and not (dated and not ({y.western for y in find_years(_nfkc(text))} & intent.years))
                         and not (monthly and not intent.months & _months_labelled(text))
                         and not (summed and not STATED_TOTAL.search(_nfkc(text)))),
                        default=0.0)
        # (a total row, 合計 or 計, is the whole the question may call 全体)
        whole = "\n全体 合計 総計" if is_total(cell) else ""
        # (and a note that names the cell's row is of it: 「電動アシスト自転車の海外規格適合試験費の上限額は…」
        # tells the case the row's cap is asked for)
        row_notes = "".join(f"\n{f.text}" for f in notes_on_row(record, cell))
        held = max(found.topic, lookup.topic_share_of(
            question, f"{record.title}\n{record.section}\n{cell.row} {cell.column or ''}\n{cell.source}{whole}{row_notes}"))
        return None if best_text >= held + TEXT_OVER_RECORD else found

    def _from_records(self, question: str, result: RetrievalResult, passages: list[Passage]) -> Answer | None:
        """Answer from the table records when they hold the asked value (or let it be computed):
        the first sentence states it, the verbatim rows follow as quotes."""
        found = self.find_record(question, result, passages)
        if found is None or _count_for_a_percentage(question, found):
            return None
        # the question with the terms it says by their definitions (「これまで輸出したことのない会社」 is a
        # 新規輸出事業者), and the answer document's classes of firm by size: a note's case is named by either
        doc = found.cells[0][0].doc_id
        paraphrased = defined_terms(question, [], _glossary(result, [doc], passages[:LEAD_PASSAGES]))
        with_terms = _nfkc(question) + "".join(f"（{t}）" for t in paraphrased)
        classes = result.wording.derived(doc, "size classes", size_classes_in) if result.wording is not None else ()
        if found.cost_given is not None:
            # (a grant computed at a rate a note adds points to in the asker's case: 小規模企業者)
            # (or whose cap a note multiplies in the asker's case: 改版 of a label, half the cap)
            found = (_grant_with_addition(with_terms, found, classes) or _grant_with_noted_cap(with_terms, found, result)
                     or found)
        shown = list(passages)

        def number_of(chunk_id: str | None) -> int | None:
            for p in shown:
                if p.chunk.id == chunk_id:
                    return p.rank
            chunk = result.chunks.get(chunk_id or "")
            if chunk is None:
                return None
            shown.append(Passage(chunk=chunk, rank=len(shown) + 1, score=0.0, context=chunk.heading))
            return shown[-1].rank

        cited: list[tuple[int, str]] = []  # (passage number, verbatim row)
        for _, cell in found.cells:
            n = number_of(cell.chunk_id)
            if n is None:
                return None  # a value we cannot show the source of is not stated
            row = _row_quote(shown[n - 1].chunk.text, cell)
            if (n, row) not in cited:
                cited.append((n, row))
        lead = cited[0][0]
        marks = "".join(f"[{n}]" for n in dict.fromkeys(n for n, _ in cited)) if found.computed else f"[{lead}]"
        statement = found.statement[:-1] + marks + "。" if found.statement.endswith("。") else found.statement + marks
        lines = [statement]
        reading = found.reading
        definition = _class_definition(reading, found.cells[0][0].doc_id, passages, result) if reading else None
        n = number_of(definition[0]) if definition is not None else None
        if n is not None:
            # 「従業員12人の事業者は「小規模事業者」に当たります」: how the firm was read, and the
            # document's definition that decides it
            lines.append(f"{reading.reason}[{n}]。")
            cited.insert(1, (n, definition[1]))
        computed = found.computed
        # a note that changes the figure in a case the question names: 「中山間地域に事業所を開設する場合は
        # …500万円を加算」, or 「…休業日に試験を行う場合は、料金を５割増し」 of 「土曜日に２時間」 (休業日：
        # 土曜日、…), the latter of a computed price too
        # (a case said by a definition's words names its term: 「これまで輸出したことのない会社」 is a
        # 新規輸出事業者, whose note adds to the rate)
        changed = None if found.computed or found.refused else _footnote_addition(with_terms, found, classes)
        if changed is None and not found.computed and not found.refused:
            changed = _article_override(_nfkc(question), found, result)
        if changed is None and not found.refused and (not found.computed or found.total is not None):
            # (or a part of it another body bears: 「自社で払う保管料は」 of 「県内の中小企業は、…保管料の
            # ２分の１を県が負担します」)
            per_one = _per_one(_nfkc(question), found)
            changed = _footnote_multiplier(_nfkc(question), found, result, per_one[0] if per_one else 1)
            if changed is not None and per_one is not None:
                lines.append(f"{_times_text(*per_one)}{marks}。")  # (the price of 10 pages, then halved)
            changed = (changed
                       or _per_one_by_note(_nfkc(question), found)
                       or _first_ones_free(_nfkc(question), found, result, passages)
                       or _share_borne(_nfkc(question), found, result, passages)
                       or _price_of_later_ones(_nfkc(question), found, passages)
                       or _banded_charge(_nfkc(question), found, passages)
                       or _free_by_rule(_nfkc(question), found, passages))
        if changed is None and found.computed and not found.refused:
            # (or a sum of fees a note takes an amount off when they are asked together: 「書類確認と作成支援を
            # 合わせて申し込む場合は、料金の合計から1,000円を差し引きます」)
            changed = _sum_deduction(_nfkc(question), found) or _sum_ceiling(_nfkc(question), found)
        if changed is not None:
            footnote, text = changed
            n = number_of(footnote.chunk_id)
            if n is not None:
                lines.append(f"{text}[{n}]。")
                cited.append((n, footnote.text))
                computed = True
        elif not found.refused and (times := _times_per_one(_nfkc(question), found)) is not None:
            lines.append(f"{times}{marks}。")  # (「３品目について」 of 書面回答（１品目）)
            computed = True
        elif (not found.refused and not found.computed and found.cells[0][0].kind == "facts"
              and (priced := _priced_measure(_nfkc(question), f"{found.cells[0][1].row}：{found.cells[0][1].value}",
                                             found.cells[0][0].section)) is not None):
            lines.append(f"{priced}{marks}。")  # (「80cmの密閉箱」 of 料金：三辺合計１cm当たり70円（最低料金7,000円）)
            computed = True
        for n, row in cited[: 6 if computed else 3]:
            lines.append(f"・「{_one_line(row)}」[{n}]")
        cell_note = None if found.computed or found.refused else _cell_note(found)
        # 「…は速報値である。…確定した額は1,284百万円」: the note on the figure goes with it; so does a
        # note the statement rests on (「中小企業58社が回答した」, the base of a rate)
        for note in ((cell_note,) if cell_note is not None else found.notes):
            n = number_of(note.chunk_id)
            if n is not None:
                lines.append(f"・表の注記「{_one_line(note.text)}」[{n}]")
                cited.append((n, note.text))
        note = self._dash_note(found, number_of)
        refused = found.refused
        if note is not None:
            if all(note[1] != row for _, row in cited):  # (a legend quoted as the table's note already)
                lines.append(f"・「{_one_line(note[1])}」[{note[0]}]")
                cited.append(note)
        elif is_no_value(found.cells[0][1].value) and not found.computed:
            # the table has the row but not the figure: say so, and what it does hold
            refused = True
            held = _held_periods(found.cells[0][0], found.cells[0][1])
            if held:
                lines.insert(1, f"記載があるのは{held}の値です。")
        said = _nfkc("\n".join([found.statement] + [row for _, row in cited]))
        # the parts of the question the record's answer does not speak of (運営 of 「運営しているのは
        # どこですか？開設はいつ？」 answered by 開設年月日)
        unsaid = [ws for ws in _question_parts(_nfkc(question)) if ws and not any(w in said for w in ws)]
        several = len({(r.doc_id, c.row, c.column) for r, c in found.cells}) >= 2  # (目標と実績, 大企業と中小企業)
        periods = all(is_application_period(c) for _, c in found.cells)  # (「いつまでに」 is answered whole)
        if (not refused and (unsaid or (_MULTI_PART.search(_nfkc(question)) and not several)) and not found.computed
                and not periods):
            # the question asks two things; the record answers one: a text unit may hold the other
            extra = self._supporting_unit(_nfkc(question), shown[:5], {row for _, row in cited}, unsaid,
                                          {n for n, _ in cited})
            if extra is not None:
                lines.append(f"・{self._where(extra.passage)}「{_one_line(extra.text)}」[{extra.n}]")
                cited.append((extra.n, extra.text))
        if _ERA_QUESTION.search(_nfkc(question)):
            # periods are stated in both calendars already; dates (年月日) get their other form here
            notes = [n for n in self._era_notes("\n".join(lines)) if "月" in n]
            if notes:
                lines.append("※ 年の換算: " + "、".join(notes))
        citations: dict[int, Citation] = {}
        for n, row in cited:
            citations.setdefault(n, Citation(n=n, passage=shown[n - 1], quote=row))
        return Answer(text="\n".join(lines), citations=[citations[k] for k in sorted(citations)], passages=shown,
                      refused=refused, backend=self.backend, question=question, computed=computed)

    def _supporting_unit(self, qn: str, passages: list[Passage], quoted: set[str],
                         unsaid: list[list[str]] = (), cited_in: set[int] = frozenset()) -> "Unit | None":
        """The best text unit that is not one of the quoted rows (nor inside one); with parts of
        the question still unanswered, the best one that speaks of one of them."""
        units = self._score_units(qn, passages, self._question_weights(qn, passages))
        if unsaid:
            # (the passages already cited first: a card's other line before another card's)
            for u in sorted((u for u in units if u.score >= self.min_unit_score), key=lambda u: u.n not in cited_in):
                text = _nfkc(u.text)
                if any(w in text for ws in unsaid for w in ws) and not any(q in u.text for q in quoted):
                    return u
        for u in units[:8]:
            if u.score < self.min_unit_score:
                break
            if not any(u.text in q or q in u.text for q in quoted):
                return u
        return None

    @staticmethod
    def _dash_note(found, number_of) -> tuple[int, str] | None:
        """The footnote under the table that explains a dash cell (※３ …集計中…（表中「―」）) or
        an ellipsis (※５ 「…」は、…集計していないことを示す)."""
        record, cell = found.cells[0]
        if not is_no_value(cell.value) or not record.footnotes:
            return None
        label = set(char_bigrams(cell.row))
        best = None
        for f in record.footnotes:
            grams = set(char_bigrams(f.text))
            share = len(label & grams) / len(label) if label else 0.0
            if cell.value.strip() in f.text or "表中" in f.text:
                share += 0.5
            if share >= 0.5 and (best is None or share > best[0]):
                best = (share, f)
        if best is None:
            return None
        n = number_of(best[1].chunk_id)
        return (n, best[1].text) if n is not None else None

    # -- scoring --------------------------------------------------------------------------
    @staticmethod
    def _question_weights(qn: str, passages: list[Passage]) -> dict[str, float]:
        """IDF-like weight of each question bigram, estimated over the candidate passages."""
        # bigrams within the runs between particles, endings and interrogatives: none made across
        # them (「株洲について、そこは」 has no bigram 洲そ, 「紹介してるコラム」 none るコ)
        runs = get_tokenizer().content_runs(qn)
        grams = dict.fromkeys(g for run in runs if len(run) >= 2 for g in char_bigrams(run))  # (in order: float sums
        # do not depend on hashing)
        texts = [set(char_bigrams(p.chunk.section + p.chunk.heading + p.chunk.text)) for p in passages]
        # (a two-character compound said with の between its characters, 「漆の器」 for 漆器, or a
        # compound verb with its okurigana, 「売り上げ」 for 売上, is the compound where the passages
        # write it and never write it the question's way: 「取り組む」 written as asked is read as asked)
        bodies = [p.chunk.section + p.chunk.heading + p.chunk.text for p in passages]
        for m in [*_SPLIT_COMPOUND.finditer(qn), *COMPOUND_VERB.finditer(qn)]:
            joined, said = m.group(1) + m.group(2), qn[m.start():m.end()]
            if any(joined in t for t in texts) and not any(said in b for b in bodies):
                grams.setdefault(joined)
        titles = set().union(*(char_bigrams(p.chunk.title) for p in passages)) if passages else set()
        n = len(texts)
        weights = {}
        for g in grams:
            df = sum(g in t for t in texts)
            weights[g] = 1.0 + math.log(1 + n / (1 + df))
            if g in titles:
                # the document's name: every unit of the document is about it, none answers by it
                weights[g] *= TITLE_WEIGHT
        return weights

    def _score_units(self, qn: str, passages: list[Passage], weights: dict[str, float],
                     named: tuple[str, ...] = ()) -> list[Unit]:
        total = sum(weights.values()) or 1.0
        reason = _asks_reason(qn)
        # (a reason or a basis asked is no figure, whatever counter the question names: 「…件数の
        # 目標値は、どういう考え方で決められた」)
        wanted = [] if reason else _answer_types(qn)
        quantity = bool(_QUANTITY.search(qn)) and not reason
        # (a yes-or-no question, 「３人全員の旅費が補助対象になりますか」, is answered by a sentence; a
        # table row of figures says neither yes nor no, unless it marks its cells ○ or ×)
        yes_no = asks_yes_or_no(qn)
        kind_noun = _kind_asked(qn)
        term = _term_asked(qn)
        # (「締切はいつ」: a unit scores by a date up to which, not by any date it gives)
        scoring = [r for r in wanted if r is not _DATE_VALUE] if _DEADLINE_VALUE in wanted else wanted
        units: list[Unit] = []
        # (a section named by its short form, 「食品メーカー」 for （３）食料品: the short form's words are
        # its heading's)
        short = {g for w in short_forms(qn, named) for g in char_bigrams(w)} if named else set()
        for p in passages:
            context = set(char_bigrams(p.chunk.title + "\n" + p.chunk.section + "\n" + p.chunk.heading))
            # a passage of the very section the question names (（四）花園口エリア) is about it as much
            # as a sentence that names it: its heading counts in full
            context_weight = 1.0 if named and any(n in p.chunk.section for n in named) else CONTEXT_WEIGHT
            if context_weight == 1.0:
                context |= short
            gives_reasons = bool(_REASON_HEADING.search(p.chunk.section.rpartition(" > ")[2]))
            prev = ""
            block = ""  # the first line of a run of 「label：value」 lines: the card's subject line
            items = units_in_items(p.chunk.text)
            for i, (text, heading, item) in enumerate(items):
                after = items[i + 1][0] if i + 1 < len(items) else ""
                if _ANSWER_LINE.match(_nfkc(text)) and "\n" in after.strip() and after.rstrip().endswith(text.strip()):
                    # (a line yielded before the window that ends with it, 「Ｑ２ …何人分まで…\nＡ １回の
                    # 調査につき２人分まで」: the window's lines before it are what it answers, not the
                    # previous unit, which is the pair before)
                    prev = after.rstrip()[: -len(text.strip())]
                # the previous unit often names what this one is about (a row label, a subject); in
                # a run of 「label：value」 lines, the run's first line does (「名称：…サポートデスク」
                # names what 「開設時間：…土曜日…」 is about, 「所在地：…」 between them does not)
                # (a line, not a window of several: a window has its own lines to name its subject)
                single = "\n" not in text.strip()
                labelled = single and bool(_LINE_LABEL.match(_nfkc(text)))
                if labelled and block and _LINE_LABEL.match(_nfkc(prev)):
                    prev = block
                if labelled:
                    block = block or text
                elif single:
                    block = ""  # a line that is no 「label：value」 ends the run
                own = set(char_bigrams(prev + text)) | set(char_bigrams(heading))
                s_own = sum(w for g, w in weights.items() if g in own) / total
                s_ctx = sum(w for g, w in weights.items() if g in context and g not in own) / total
                score = s_own + context_weight * s_ctx
                tn = _nfkc(text)
                if reason and (gives_reasons or _REASON_HEADING.search(heading) or _REASON_GIVEN.search(tn)):
                    score += TYPE_BONUS  # (only a bonus: a reason is often given without a marker)
                if term and _defines(tn, term):
                    score += TYPE_BONUS  # the document's own definition of the term asked about
                if wanted and any(r.search(tn) for r in scoring):
                    score += TYPE_BONUS
                elif wanted:
                    score -= TYPE_PENALTY
                if len(tn) < SHORT_UNIT_CHARS:
                    score -= SHORT_UNIT_PENALTY
                if quantity and not _DIGIT.search(tn):
                    score -= NO_FIGURE_PENALTY  # a label line without its figure does not answer "how many"
                if yes_no and "\t" in text and not re.search(r"[。○◯×△]", tn):
                    score -= TYPE_PENALTY
                score += RANK_BONUS / p.rank
                units.append(Unit(text=text, passage=p, n=p.rank, score=score, item=item, own=s_own))
                prev = text
        # Of units that score the same, the one saying more of the question in its own words (under
        # a heading that names what was asked, 「対日協力の重点方向は…」 says 協力, a distance line
        # under it does not), then a whole sentence before a line the layout cut from it
        # (「…金普新区（42.92 ㎢，新日本」 ends where the line does, the sentence where it does).
        # (and a line of the section before the section's own heading line, which says what the
        # section is about, not what it states: 「公募期間：…17時まで」 before 「６ 公募期間及び申請方法」)
        units.sort(key=lambda u: (round(u.score, 9), not _heads_its_section(u), round(u.own, 9),
                                  u.text.rstrip()[-1:] in SENTENCE_ENDS), reverse=True)
        if kind_noun and units:
            # 「…の柱では、どんな取組を」: the question's words found the section; of its lines, the one
            # labelled with the kind asked (「主な取組：…」) answers, not the line that repeats those words
            labelled = next((u for u in units if u.passage is units[0].passage
                             and (label := _LINE_LABEL.match(_nfkc(u.text))) and kind_noun in label.group(1)), None)
            if labelled is not None:
                units = [labelled] + [u for u in units if u is not labelled]
        if (len(units) >= 2 and abs(units[0].score - units[1].score) < 1e-9 and _ANSWER_LINE.match(_nfkc(units[0].text))
                and "\n" in units[1].text.strip() and units[1].text.rstrip().endswith(units[0].text.strip())):
            # (an answer line and its question, 「Ｑ２ …\nＡ …」, score the same: the pair answers, so
            # the reader sees what was asked)
            units[0], units[1] = units[1], units[0]
        given = quantities_given(qn) if units else []
        return _band_holding_first(units, qn, given, wanted) if given else units

    @staticmethod
    def _sibling_word(question: str, lead: Passage, passages: list[Passage], result: RetrievalResult) -> str | None:
        """A content word of the question that the lead passage lacks and a passage under a
        sibling of the named section holds, or None."""
        def flat(text: str) -> str:
            return re.sub(r"\s+", "", _nfkc(text))

        own = flat(f"{lead.chunk.title}{lead.chunk.section}{lead.chunk.heading}{lead.chunk.text}")
        # (not a note the last sibling's passage ends on: 「※１ …上の額は県内の中小企業者の料金で」 under
        # （３）合板箱 is of the whole table of kinds, 「県内の中小企業が…密閉箱を」 too)
        sibling = flat("".join(line for p in passages if any(s in _nfkc(p.chunk.section) for s in result.siblings)
                               for line in p.chunk.text.splitlines() if not _NOTE_MARK.match(line)))
        if not sibling:
            return None
        named = [flat(n) for n in result.named]
        # (the document's subject, 「取引先」 of a survey about requests from customers abroad, is
        # no sibling's detail, though a sibling writes it too: 「二次取引先からの…」)
        whole = result.wording.flat(lead.chunk.doc_id) if result.wording is not None else ""
        # (of the part asked now: a follow-up's carried topic may hold a word of the sibling it was
        # asked of before, 計画面積 of 松木島エリア carried to 「花園口エリアはどうですか？」)
        for word in get_tokenizer().content_words(question.rpartition("について、")[2]):
            w = flat(word)
            if re.fullmatch(r"[\u3041-\u309f]+", w) or _GENERIC_HEAD_WORD.fullmatch(w):
                continue  # a formal noun (うち, ほか, ため) names no detail, nor a classifier (食品メーカー)
            if len(w) >= 2 and not any(w in n for n in named) and not named_in(w, own) and w in sibling and not subject_word(w, whole):
                return word
        return None

    @staticmethod
    def _missing_attribute(qn: str, passages: list[Passage]) -> str | None:
        """The asked attribute ("月額利用料は いくら") when the best passages barely mention it."""
        m = _ATTRIBUTE.search(qn) or _ATTRIBUTE_TAKEN.search(qn)
        if not m or _COUNTED_KIND.search(qn[:m.start(1)]):
            return None
        grams = set(char_bigrams(_without_generic_head(m.group(1))))
        if len(grams) < 2:
            return None
        have = set()
        for p in passages:
            # (the title too: 「この混載便を何回」 of a report on the 混載便 asks of its subject)
            have |= set(char_bigrams("\n".join((p.chunk.title, p.chunk.section, p.chunk.heading, p.chunk.text))))
        if len(grams & have) / len(grams) >= ATTRIBUTE_MIN_SHARE:
            return None
        if _use_of_named(m.group(1), qn, re.sub(r"\s+", "", _nfkc("".join(p.chunk.text for p in passages)))):
            return None
        # a contact asked in other words (アドレス for a メール line): the passage that holds a mail
        # address or a phone number answers it, whatever the word
        return None if _contact_given(qn, [p.chunk.text for p in passages]) else m.group(1)

    @staticmethod
    def _asked_word_never_written(qn: str, result: RetrievalResult, passages: list[Passage]) -> str | None:
        """The word that says what a question counts or asks when no lead document writes it: the
        verbal noun of the clause on who or what is counted (就職 of 「その後県内の企業に就職した人は
        何人」, 成約 of 「成約に至った金額はいくら」), the state a length is of (有効 of 「何か月有効」),
        the noun a count is of (被害), a detail named after its rough figure (相場 of 「いくらくらいが
        相場」). The documents do not give what is asked, however near their other words come."""
        if result.wording is None:
            return None
        asked = qn.rpartition("について、")[2]
        docs = {p.chunk.doc_id for p in passages[:LEAD_PASSAGES]}

        def unwritten(word: str) -> bool:
            return _unwritten(word, result, passages)

        part = _PART_ASKED.search(asked)
        predicate = _DEED_COUNTED.search(asked)
        if predicate is not None and unwritten(predicate.group(1)):
            return predicate.group(1)  # 「動画は、何回再生されましたか」 and no document writes 再生
        for m in _COUNTED_BY_DEED.finditer(asked):
            if unwritten(m.group(1)):
                # (said as the question says what it counts: the part of a whole it asks, 「ホームステイを
                # 体験した生徒」, or the deed and its noun, 「就職した人」)
                if part is not None and part.start("part") <= m.start() < part.end("part"):
                    return part.group("part")
                return asked[m.start(1):m.end()] + m.group("head")
        duty = _DUTY_ASKED.search(asked)
        if duty is not None and unwritten(duty.group("verb")):
            return duty.group(0) + "ない"  # 「補助金を返さないといけない」 and no document writes 返 at all
        for m in _DEEDS_LISTED.finditer(asked):
            deeds = re.findall(r"([\u4e00-\u9fff]{2,4})したり", m.group(0))
            if deeds and all(unwritten(d) for d in deeds):
                return "・".join(deeds)  # 「売却したり撤退したりした会社は何社」 and no document writes either
        for m in _COUNTED_BY_OBJECT.finditer(asked):
            if unwritten(m.group(1)):
                return m.group(1)  # 「家族を連れて行かせている会社」 and no document writes 家族
        for m in _REASON_OF_DEED.finditer(asked):
            deed = m.group("deed") or m.group("deed2") or m.group("deed3")
            if unwritten(deed):
                return deed  # 「どんな理由で不採択になったのか」 and no document writes 不採択
        m = _REASON_OF_NOT.search(asked)
        if m is not None and not any(re.search(_NOT_DONE.format(deed=re.escape(m.group("deed"))), result.wording.flat(doc))
                                     for doc in docs):
            # 「申請したのに交付されなかった６件は、どんな理由でしたか」 and no document says of any
            # case that it was not granted (不交付, 交付しなかった, 交付に至らなかった): no reason either
            return m.group("said")
        m = _STATE_COUNTED.search(asked)
        if m is not None and unwritten(m.group(1)):
            return m.group(1)  # 「発行してから何か月有効ですか」 and no document writes 有効
        m = _FORECAST_ASKED.search(asked)
        if m is not None and all(unwritten(w) for w in ("見込", "見通", "予測", "予想", "推計")):
            return m.group(1)  # 「令和６年度の見込みは出ていますか」 and no document gives any forecast
        m = _ADVANCE_RECEIVED.search(asked)
        if m is not None and all(unwritten(w) for w in _ADVANCE_WORDS):
            return m.group(1)  # 「前払いで受け取れますか」 and no document speaks of paying in advance
        m = _WEIGHT_ASKED.search(asked)
        if m is not None and not any(_WEIGHT_WRITTEN.search(result.wording.flat(doc)) for doc in docs):
            return m.group(0)  # 「鰹節は、合わせて何トン輸出されましたか」 and no document gives a weight
        m = _DETAIL_AFTER.search(asked)
        if m is not None and unwritten(m.group(1)):
            return m.group(1)  # 「いくらくらいが相場ですか」 and no document writes 相場
        m = _COUNTED_NOUN.search(asked)
        # (「英語以外は何件」: what is not a part is counted by the part's word)
        noun = re.sub(r"(?:以外|以上|以下|未満|全体|合計|など|等)$", "", m.group(1)) if m is not None else ""
        # (written nowhere, not even in part: 「機械メーカー」 is the row 機械; and no word for a case
        # counted, 案件 or 事例, which documents word their own way)
        if (len(noun) >= 2 and not _KIND_OF_BODY.fullmatch(noun) and not _CASE_WORD.fullmatch(noun)
                and all(unwritten(g) for g in char_bigrams(noun))):
            return noun  # 「…流出してしまった被害は、何件」 and no document writes 被害
        return None

    @staticmethod
    def _acronym_never_written(qn: str, result: RetrievalResult, passages: list[Passage]) -> str | None:
        """A name in capital Latin letters the question asks about (CBAM of 「国境炭素調整措置（CBAM）
        の対象製品」) that no lead document writes: documents write an acronym as they name the
        thing, so one they never write is a thing they do not speak of, however near their other
        words come."""
        if result.wording is None:
            return None
        docs = {p.chunk.doc_id for p in passages[:LEAD_PASSAGES]}
        asked = qn.rpartition("について、")[2]
        for m in _ACRONYM.finditer(asked):
            name = m.group(0)
            if any(name.lower() in result.wording.flat(doc).lower() for doc in docs):
                continue
            if any(e.start(1) <= m.start() and m.end() <= e.end(1) for e in EXAMPLE.finditer(asked)):
                continue  # (an example of what is asked, 「ＰＯＰなどの販促物」: the documents name the kind)
            # (one the question spells out by what it lists in brackets, 「ＡＳＥＡＮの国（タイ、ベトナム、
            # シンガポール）」, is said in the documents' words when they write every name listed)
            listed = re.match(r"[^（()）。？?]{0,6}[（(]([^（()）]+)[）)]", asked[m.end():])
            names = [n for n in re.split(r"[、,・]|及び|と", listed.group(1)) if n] if listed else []
            if len(names) >= 2 and any(all(n.lower() in result.wording.flat(doc).lower() for n in names) for doc in docs):
                continue
            return name
        return None

    @staticmethod
    def _missing_years(qn: str, passages: list[Passage]) -> list[int]:
        """Years the question asks about that the best passages never mention (nor cover by a range)."""
        return _years_not_in(qn, "\n".join("\n".join((p.chunk.title, p.chunk.section, p.chunk.heading, p.chunk.text))
                                          for p in passages))

    @staticmethod
    def _type_found(qn: str, units: list[Unit]) -> bool:
        """Whether a well-scored unit holds the kind of value the question asks for (date, yen...)."""
        wanted = _kinds_wanted(qn)
        if not wanted:
            return True
        # the value must stand in the best unit's own passage (not in another section's text)
        # (and, when it stands in an enumerated item, in that item: 「NY NOW Summer」's count is not
        # the 参加企業 line of the fair listed before it)
        good = [_ORDINAL.sub("", _nfkc(u.text)) for u in _near_lead(units)]
        found = [any(r.search(t) for t in good) for r in wanted]
        # a question of several parts (いつ、どこで、何名) is answered with the parts the passage holds
        return any(found) if len(_INTERROGATIVE.findall(qn)) >= 2 else all(found)

    def _pick(self, units: list[Unit], qn: str) -> list[Unit]:
        if not units:
            return []
        limit = self.max_units
        best = units[0].score
        listy = bool(_LIST_QUESTION.search(qn))
        picked: list[Unit] = []
        for u in units:
            if len(picked) >= limit:
                break
            if picked and u.score < best * (PICK_SHARE_LIST if listy else PICK_SHARE):
                break
            if any(u.text in p.text or p.text in u.text for p in picked):
                continue
            picked.append(u)
        if not picked:
            return picked
        lead, item = picked[0].passage, picked[0].item
        # the lead's own passage (and item) first: the parts of one question are answered together
        # (・開催日 / ・場所 / ・参加者 of one seminar, not the next seminar's 参加者)
        own = [u for u in units if u.passage is lead and u.item == item and u.score >= LEAD_PASSAGE_SHARE * best]
        elsewhere = [u for u in units[:20] if u.score >= 0.5 * best and not (u.passage is lead and u.item != item)]

        def add_first(candidates: list[Unit], fits: Callable[[str], bool]) -> None:
            for u in candidates:
                if fits(_nfkc(u.text)) and not any(u.text in p.text or p.text in u.text for p in picked):
                    picked.append(u)
                    return

        # every kind of value the question asks for (面積 and 距離, 所在地 and 開設日) gets a unit
        for wanted in (_PLACE_OR_ORGANISATION if r is _PLACE else r for r in _answer_types(qn)):
            if not any(wanted.search(_nfkc(p.text)) for p in picked):
                add_first(own + elsewhere, lambda t, w=wanted: bool(w.search(t)))
        # every later part of a question of several parts (何部屋あって、どのくらい利用) gets a unit of
        # the lead's passage that speaks of it (・利用状況：延べ５社 under ・部屋数：４部屋)
        # (the first part too, when the lead answers a later one: 「どういう機会をとらえて開かれたもので、
        # 何名が参加しましたか」 led by the 参加者 line)
        # (a unit of another passage that speaks of it, 「施設運営者」 of a sibling hub, does not answer
        # it for the lead's)
        for words in _question_parts(qn):
            def held(u: Unit, ws=words) -> int:
                return sum(w in _nfkc(u.text) for w in ws)

            # (answered by a unit of the lead's passage that holds most of the part's words)
            if words and not any(2 * held(p) > len(words) for p in picked if p.passage is lead):
                # the unit that speaks of most of the part's words (「新材料産業で中心にする分野」: 材料,
                # 産業 and 中心, not a figure's caption with 材料 alone), from the lead's own passage or
                # another passage of its very section
                kin = [u for u in units[:60] if u.passage is not lead and u.passage.chunk.section == lead.chunk.section
                       and u.passage.chunk.doc_id == lead.chunk.doc_id and u.score >= LEAD_PASSAGE_SHARE * best]
                add_first(sorted(own + kin, key=held, reverse=True), lambda t, ws=words: any(w in t for w in ws))
        # the other items of the lead's list that hold what makes the lead answer (「本社について、提出
        # する書類」: ⑤ 本社の登記簿謄本… and ⑥ 本社の財務諸表, not ① 交付申請書)
        for u in _items_sharing_words(picked[0], units, qn):
            if len(picked) > self.max_units:
                break
            if not any(u.text in p.text or p.text in u.text for p in picked):
                picked.append(u)
        return picked[: self.max_units + 1]

    @staticmethod
    def _where(p: Passage) -> str:
        """A short label of where a quote comes from: the last heading of its section path, with
        its parent when the last one is a generic sub-heading ("①成長の結果:" under "宜昌(湖北省)")."""
        parts = [x.strip() for x in p.chunk.section.split(" > ") if x.strip()]
        if not parts:
            return ""
        label = parts[-1][:40]
        if len(parts) > 1 and len(parts[-1]) <= 12:
            label = f"{parts[-2][:30]} > {label}"
        return f"［{label}］"

    # -- helpers ----------------------------------------------------------------------------
    @staticmethod
    def _era_notes(text: str) -> list[str]:
        """Both calendar forms of every year (with its month/day) quoted, e.g. 平成23年12月＝2011年12月."""
        notes: list[str] = []
        seen: set[frozenset[str]] = set()
        for line in text.splitlines():
            mentions = find_years(line)
            written: list[tuple[int, str]] = []  # (offset in the line, note)
            for y in mentions:
                note = _era_note(y, line[y.end:y.end + 12])
                if note is not None:
                    written.append((y.start, note))
            for same in _SAME_YEAR.finditer(_nfkc(line)):
                # a chronology's 「同年６月」 is the year written last before it
                before = [y for y in mentions if y.end <= same.start() and y.suffix != "年度"]
                note = _era_note(before[-1], f"{same.group(1)}月") if before else None
                if note is not None:
                    written.append((same.start(), f"同年{int(same.group(1))}月＝{note}"))
            for _, note in sorted(written):
                key = frozenset(note.split("＝"))  # 令和6年度＝2024年度 and 2024年度＝令和6年度 are one note
                if key not in seen:
                    seen.add(key)
                    notes.append(note)
        dated = {n.split("＝")[0] for n in notes if "月" in n}
        notes = [n for n in notes if "月" in n or not any(d.startswith(n.split("＝")[0]) for d in dated)]
        return notes[:6]

    def _text_share(self, qn: str, result: RetrievalResult, passages: list[Passage],
                    weights: dict[str, float]) -> tuple[str, list[Unit]] | None:
        """The share of a whole the first five passages give with its part (`_prose_share`), when
        the question asks one; their units are scored only then."""
        if not _asks_share_of_whole(qn):
            return None
        return _prose_share(qn, self._score_units(qn, passages[:5], weights, named=result.named), result)

    def _share_answer(self, question: str, result: RetrievalResult, handed: list[Passage],
                      share: tuple[str, list[Unit]]) -> Answer:
        """The share computed from the whole and the part the text gives (`_prose_share`), then their sentences."""
        statement, picked = share
        lines = [f"{statement}[{picked[0].n}]。"]
        lines += [f"・{self._where(u.passage)}「{_one_line(u.text)}」[{u.n}]" for u in picked]
        citations = {u.n: Citation(n=u.n, passage=u.passage, quote=u.text) for u in picked}
        return self._stated(question, list(result.passages) + handed, lines, citations)

    def _refuse_missing(self, question: str, result: RetrievalResult, passages: list[Passage], attribute: str) -> Answer:
        """The topic is in the documents but the asked detail is not: say so, and what they hold."""
        log.info("extractive refusal: asked attribute %r not in the best passages", attribute)
        shown = list(passages)
        text = f"資料には、ご質問の「{attribute}」についての記載が見当たりません。"
        citations: list[Citation] = []
        lead_docs = {p.chunk.doc_id for p in passages[:LEAD_PASSAGES]}
        near = self._lookup_for(result).nearest(question, result.records, lead_docs) if result.records else None
        passage = None
        if near is not None:
            record, cell = near
            passage = next((p for p in shown if p.chunk.id == cell.chunk_id), None)
            if passage is None and cell.chunk_id in result.chunks:
                chunk = result.chunks[cell.chunk_id]
                passage = Passage(chunk=chunk, rank=len(shown) + 1, score=0.0, context=chunk.heading)
                shown.append(passage)
            held = describe(record)
        elif shown:
            passage = shown[0]
            place = passage.chunk.section.split(" > ")[-1].strip() or passage.chunk.title
            held = f"「{place}」の記述"
        if passage is not None:
            text += f"記載があるのは{held}です[{passage.rank}]。"
            citations.append(Citation(n=passage.rank, passage=passage, quote=""))
        return Answer(text=text, citations=citations, passages=shown, refused=True, backend=self.backend,
                      question=question)

    def _refuse(self, question: str, passages: list[Passage], why: str) -> Answer:
        log.info("extractive refusal: %s", why)
        text = REFUSAL + "（検索した資料の中に、この質問に直接答える記述が見つかりませんでした。関連しそうな資料は出典欄をご確認ください。）"
        return Answer(text=text, citations=[], passages=list(passages), refused=True, backend=self.backend,
                      question=question)
