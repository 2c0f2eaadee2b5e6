"""World regions and the countries they hold, for questions that name a region where a document
names its countries: 「北欧の研究所との共同研究」 of a section headed 「木質系新素材の開発（フィンランド）」.

Geography, not a list of our questions: the regions a consulting desk speaks of (the ones
ministries and JETRO group their figures by) and their member countries as Sudachi spells them.
A region holds a passage that names one of its countries; the reverse (a country named, a
region written) is not assumed, since a region's figure is no one country's.
"""

from __future__ import annotations

import unicodedata

__all__ = ["REGION_COUNTRIES", "region_held", "region_member", "regions_named"]

_NORDIC = ("フィンランド", "スウェーデン", "ノルウェー", "デンマーク", "アイスランド")
_SOUTHEAST_ASIA = ("ベトナム", "タイ", "インドネシア", "フィリピン", "マレーシア", "シンガポール", "ミャンマー",
                   "カンボジア", "ラオス", "ブルネイ", "東ティモール")
_EUROPE = (*_NORDIC, "英国", "イギリス", "ドイツ", "フランス", "イタリア", "スペイン", "ポルトガル", "オランダ", "ベルギー",
           "ルクセンブルク", "スイス", "オーストリア", "アイルランド", "ポーランド", "チェコ", "ハンガリー", "ギリシャ",
           "ルーマニア", "ブルガリア", "クロアチア", "スロバキア", "スロベニア", "エストニア", "ラトビア", "リトアニア")
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
    "欧州": _EUROPE, "ヨーロッパ": _EUROPE, "EU": _EUROPE,
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


def _countries(name: str) -> tuple[str, ...]:
    """The countries of a world region (none for a name that is no region)."""
    return REGION_COUNTRIES.get(unicodedata.normalize("NFKC", name).strip(), ())


def region_held(name: str, where: str) -> bool:
    """Whether `name` is a world region and `where` (NFKC) names one of its countries."""
    return any(c in where for c in _countries(name))


def region_member(name: str, label: str) -> bool:
    """Whether `name` is a world region and `label` (a row's label, NFKC) is one of its countries
    itself (インド is no member of 東南アジア for a row labelled インドネシア)."""
    return unicodedata.normalize("NFKC", label).strip() in _countries(name)


def regions_named(text: str) -> list[str]:
    """The world regions a text names, each once (南アジア of 東南アジア is none)."""
    text = unicodedata.normalize("NFKC", text)
    found = [r for r in REGION_COUNTRIES if r in text]
    return [r for r in found if not any(r != o and r in o for o in found)]
