"""World regions and the countries they hold, for questions that name a region where a document
names its countries: 「北欧の研究所との共同研究」 of a section headed 「木質系新素材の開発（フィンランド）」.

Geography, not a list of our questions: the regions a consulting desk speaks of (the ones
ministries and JETRO group their figures by) and their member countries as Sudachi spells them.
A region holds a passage that names one of its countries, and a country one that names one of
its main cities; the reverse (a country named, a region written) is not assumed, since a
region's figure is no one country's.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Sequence

__all__ = ["COUNTRY_CITIES", "REGION_COUNTRIES", "abroad", "region_held", "region_joining", "region_member", "place_aliases", "regions_named", "same_place"]

_NORDIC = ("フィンランド", "スウェーデン", "ノルウェー", "デンマーク", "アイスランド")
_SOUTHEAST_ASIA = ("ベトナム", "タイ", "インドネシア", "フィリピン", "マレーシア", "シンガポール", "ミャンマー",
                   "カンボジア", "ラオス", "ブルネイ", "東ティモール")
_EUROPE = (*_NORDIC, "英国", "イギリス", "ドイツ", "フランス", "イタリア", "スペイン", "ポルトガル", "オランダ", "ベルギー",
           "ルクセンブルク", "スイス", "オーストリア", "アイルランド", "ポーランド", "チェコ", "ハンガリー", "ギリシャ",
           "ルーマニア", "ブルガリア", "クロアチア", "スロバキア", "スロベニア", "エストニア", "ラトビア", "リトアニア")
# The member states of the European Union (since 2020: not 英国, スイス, ノルウェー).
_EU = ("オーストリア", "ベルギー", "ブルガリア", "クロアチア", "キプロス", "チェコ", "デンマーク", "エストニア", "フィンランド",
       "フランス", "ドイツ", "ギリシャ", "ハンガリー", "アイルランド", "イタリア", "ラトビア", "リトアニア", "ルクセンブルク",
       "マルタ", "オランダ", "ポーランド", "ポルトガル", "ルーマニア", "スロバキア", "スロベニア", "スペイン", "スウェーデン")
_NORTH_AMERICA = ("米国", "アメリカ", "カナダ")
_LATIN_AMERICA = ("メキシコ", "ブラジル", "ペルー", "チリ", "アルゼンチン", "コロンビア", "パラグアイ", "ボリビア",
                  "エクアドル", "ウルグアイ", "ベネズエラ", "キューバ", "パナマ", "コスタリカ")
_SOUTH_ASIA = ("インド", "ネパール", "バングラデシュ", "スリランカ", "パキスタン", "ブータン", "モルディブ")
_EAST_ASIA = ("中国", "韓国", "台湾", "香港", "マカオ", "モンゴル")
_MIDDLE_EAST = ("サウジアラビア", "アラブ首長国連邦", "UAE", "カタール", "クウェート", "オマーン", "バーレーン", "トルコ",
                "イスラエル", "ヨルダン", "イラン", "イラク")
_OCEANIA = ("オーストラリア", "ニュージーランド", "フィジー", "パプアニューギニア", "パラオ")
_AFRICA = ("南アフリカ", "ケニア", "エジプト", "ナイジェリア", "エチオピア", "タンザニア", "ガーナ", "モロッコ", "ルワンダ")

REGION_COUNTRIES: dict[str, tuple[str, ...]] = {
    "北欧": _NORDIC,
    "東南アジア": _SOUTHEAST_ASIA, "ASEAN": _SOUTHEAST_ASIA, "アセアン": _SOUTHEAST_ASIA,
    "欧州": _EUROPE, "ヨーロッパ": _EUROPE, "EU": _EU, "欧州連合": _EU,
    "北米": _NORTH_AMERICA,
    "欧米": (*_EUROPE, *_NORTH_AMERICA),
    "豪州": ("オーストラリア",),
    "中南米": _LATIN_AMERICA, "南米": _LATIN_AMERICA, "ラテンアメリカ": _LATIN_AMERICA,
    "南アジア": _SOUTH_ASIA,
    "東アジア": _EAST_ASIA,
    "中東": _MIDDLE_EAST,
    "オセアニア": _OCEANIA,
    "アフリカ": _AFRICA,
}


# The capital and the main business cities of the countries a desk deals with, as Japanese documents
# spell them: a passage about a city is about its country (「ネパールで開いた説明会」 of a section
# 「カトマンズ日本留学説明会」). Names that sit inside other words or names (バリ, セブ, パース, デリー;
# パリ of パリ協定, ローマ of ローマ字) are left out.
COUNTRY_CITIES: dict[str, tuple[str, ...]] = {
    "中国": ("北京", "上海", "広州", "深圳", "大連", "天津", "重慶", "成都", "瀋陽", "青島", "蘇州", "杭州", "武漢",
             "西安", "南京", "厦門"),
    "韓国": ("ソウル", "釜山", "仁川", "大邱"),
    "台湾": ("台北", "高雄", "台中", "台南"),
    "ベトナム": ("ハノイ", "ホーチミン", "ダナン", "ハイフォン"),
    "タイ": ("バンコク", "チェンマイ"),
    "インドネシア": ("ジャカルタ", "スラバヤ"),
    "フィリピン": ("マニラ",),
    "マレーシア": ("クアラルンプール",),
    "ミャンマー": ("ヤンゴン", "ネピドー"),
    "カンボジア": ("プノンペン",),
    "ラオス": ("ビエンチャン",),
    "インド": ("ニューデリー", "ムンバイ", "ベンガルール", "バンガロール", "チェンナイ"),
    "ネパール": ("カトマンズ",),
    "バングラデシュ": ("ダッカ",),
    "スリランカ": ("コロンボ",),
    "パキスタン": ("イスラマバード", "カラチ"),
    "モンゴル": ("ウランバートル",),
    "米国": ("ニューヨーク", "ロサンゼルス", "サンフランシスコ", "シカゴ", "シアトル", "ボストン", "ヒューストン",
             "ホノルル"),
    "カナダ": ("オタワ", "トロント", "バンクーバー", "モントリオール"),
    "英国": ("ロンドン", "マンチェスター"),
    "フランス": ("リヨン",),
    "ドイツ": ("ベルリン", "ミュンヘン", "フランクフルト", "デュッセルドルフ", "ハンブルク"),
    "イタリア": ("ミラノ",),
    "スペイン": ("マドリード", "バルセロナ"),
    "オランダ": ("アムステルダム", "ロッテルダム"),
    "ベルギー": ("ブリュッセル",),
    "スイス": ("ジュネーブ", "チューリッヒ"),
    "オーストラリア": ("シドニー", "メルボルン", "キャンベラ", "ブリスベン"),
    "ニュージーランド": ("オークランド", "ウェリントン"),
    "ブラジル": ("サンパウロ", "ブラジリア", "リオデジャネイロ"),
    "メキシコ": ("メキシコシティ",),
    "アラブ首長国連邦": ("ドバイ", "アブダビ"),
    "サウジアラビア": ("リヤド",),
    "トルコ": ("イスタンブール", "アンカラ"),
}
# A country's other names, as documents and askers write them (アメリカ for 米国).
_OTHER_NAMES: dict[str, tuple[str, ...]] = {"米国": ("アメリカ",), "英国": ("イギリス",), "アラブ首長国連邦": ("UAE",)}
COUNTRY_CITIES.update({name: COUNTRY_CITIES[country] for country, names in _OTHER_NAMES.items() for name in names})


def _countries(name: str) -> tuple[str, ...]:
    """The countries of a world region (none for a name that is no region)."""
    return REGION_COUNTRIES.get(unicodedata.normalize("NFKC", name).strip(), ())


@functools.lru_cache(maxsize=1024)
def _places_within(name: str) -> tuple[str, ...]:
    """The places a region or a country holds: a region's countries and their cities, a country's
    cities and its other names (英国 of イギリス)."""
    name = unicodedata.normalize("NFKC", name).strip()
    countries = _countries(name)
    return (*countries, *(city for c in countries for city in COUNTRY_CITIES.get(c, ())), *COUNTRY_CITIES.get(name, ()),
            *place_aliases(name))


def abroad(name: str) -> bool:
    """Whether `name` is a country or city outside Japan (中国, ホーチミン): a place 外国 or 海外 holds."""
    return unicodedata.normalize("NFKC", name).strip() in _ALL_PLACES  # (foreign places only: no 日本)


def same_place(a: str, b: str) -> bool:
    """Whether two names are of one place: the same name, or two names of one country (英国 and
    イギリス, 米国 and アメリカ)."""
    a = unicodedata.normalize("NFKC", a).strip()
    return a == unicodedata.normalize("NFKC", b).strip() or a in place_aliases(b)


@functools.lru_cache(maxsize=1024)
def place_aliases(name: str) -> tuple[str, ...]:
    """The other names of the country `name` is (英国 of イギリス), or ()."""
    name = unicodedata.normalize("NFKC", name).strip()
    for country, others in _OTHER_NAMES.items():
        names = (country, *others)
        if name in names:
            return tuple(n for n in names if n != name)
    return ()


def region_held(name: str, where: str) -> bool:
    """Whether `name` is a world region or a country and `where` (NFKC) names a place within it (one
    of the region's countries, a city of the region or of the country)."""
    return any(c in where for c in _places_within(name))


def region_joining(name: str, others: Sequence[str], where: str) -> bool:
    """Whether `where` (NFKC) names a world region that holds `name` and another of `others`, the
    places a question names together (「アメリカやヨーロッパに拠点がある企業」 of a column 欧米):
    the region is what the question calls them both."""
    def within(place: str, region: str) -> bool:
        place = unicodedata.normalize("NFKC", place).strip()
        held = _countries(region)
        return place in held or bool(_countries(place)) and set(_countries(place)) <= set(held)

    return any(within(name, r) and any(m != name and within(m, r) for m in others) for r in regions_named(where))


def region_member(name: str, label: str) -> bool:
    """Whether `name` is a world region and `label` (a row's label, NFKC) is one of its countries
    itself (インド is no member of 東南アジア for a row labelled インドネシア)."""
    return unicodedata.normalize("NFKC", label).strip() in _countries(name)


def regions_named(text: str) -> list[str]:
    """The world regions a text names, each once (南アジア of 東南アジア is none)."""
    text = unicodedata.normalize("NFKC", text)
    return _longest([r for r in REGION_COUNTRIES if r in text])


def _longest(found: list[str]) -> list[str]:
    """The names found that no other name found holds (南アジア inside 東南アジア, インド inside
    インドネシア: not named)."""
    return [r for r in found if not any(r != o and r in o for o in found)]


# Regions a table labels a rule's column by (「アジア」 | 「欧米・その他」 of caps): read only as a label
# that holds places (a question's アジア is the documents' own subtotal, アジア計, not its countries).
_LABEL_REGIONS: dict[str, tuple[str, ...]] = {"アジア": (*_EAST_ASIA, *_SOUTHEAST_ASIA, *_SOUTH_ASIA)}


def label_region_holds(label: str, place: str) -> bool:
    """Whether a label that is a world region (東南アジア, アジア) holds `place`, a country or one
    of its cities."""
    label = unicodedata.normalize("NFKC", label).strip()
    other = re.fullmatch(r"(.+?)以外", label)
    if other:
        # (a label of the rest of the world, 「アジア以外」: a known place its region does not hold)
        region = _LABEL_REGIONS.get(other.group(1)) or _countries(other.group(1))
        return bool(region) and place in _ALL_PLACES and not _in_countries(place, region)
    if "・" in label:
        # (regions and countries joined, 「ＥＵ・英国」「北米・欧州」: a place one of them holds)
        return any(_in_countries(place, _LABEL_REGIONS.get(part) or _countries(part) or (part,))
                   for part in label.split("・") if part)
    return _in_countries(place, _LABEL_REGIONS.get(label) or _countries(label))


def _in_countries(place: str, countries: Sequence[str]) -> bool:
    """Whether `place` is one of `countries` or one of their cities."""
    return any(place == c or place in COUNTRY_CITIES.get(c, ()) for c in countries)


def places_in(text: str) -> tuple[str, ...]:
    """The countries and the cities of `text` (NFKC) that some world region holds."""
    text = unicodedata.normalize("NFKC", text)
    return tuple(_longest([p for p in _ALL_PLACES if p in text]))


_ALL_PLACES = tuple(dict.fromkeys((*(c for cs in REGION_COUNTRIES.values() for c in cs),
                                   *(city for cities in COUNTRY_CITIES.values() for city in cities))))
