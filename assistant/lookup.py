"""Answer a question from table records: find the asked cell(s), or compute over them.

The records (corpus.records) were read from the documents' structure at ingest: each cell knows
its table title, row and column labels, fiscal year, number and unit. A question is read for
what it constrains (years, the kind of value: 目標/実績/進捗, an operation: 合計/差/達成率/最も/
未達, the kind of answer: 件数/金額/日付/電話…) and what it names (its other words). Cells are
scored by how much of what the question names their labels hold, filtered by its constraints,
and the answer states the value with its period in both calendars, or shows the arithmetic.

Nothing here is tuned on particular documents: the only knowledge is how tables are written
(row kinds, period columns, total rows, units) and how questions ask for values.
"""

from __future__ import annotations

import dataclasses
import functools
import math
import os
import re
import unicodedata
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from typing import TYPE_CHECKING, Callable, Iterable, Sequence

from assistant.meaning import label_core
from assistant.normalize import annotate_eras, era_text, find_years, small_number, year_spans
from assistant.regions import (abroad, label_region_holds, place_aliases, places_in, region_joining, region_member, regions_named,
                              same_place)
from index.bigrams import char_bigrams
from corpus.records import Cell, Footnote, TableRecord, is_dash, is_mark, parse_number, parse_period, squash, unit_from_label

if TYPE_CHECKING:
    from assistant.sizeclass import ClassReading

__all__ = ["Intent", "read_intent", "Lookup", "Found", "lookup", "cell_kind", "format_number", "ORGANISATION"]

# Row kinds a question can ask for, by the words that name them.
_KIND_WORDS = (
    ("進捗", "進捗"), ("達成率", "進捗"), ("達成度", "進捗"), ("寄与", "寄与"),
    ("目標", "目標"), ("計画値", "目標"), ("目指", "目標"), ("実績", "実績"), ("実際", "実績"), ("現状値", "実績"),
    ("見込", "見込"),
    # the baseline a programme started from (基準値（令和４年度）): 「事業前」「始める前の時点」
    ("基準値", "基準"), ("ベースライン", "基準"), ("事業前", "基準"), ("開始前", "基準"), ("始める前", "基準"),
)
# A threshold asked (何点以上が必要, いくら以上): a condition, answered by a cell only when its label
# says it is one (最低, 基準, 以上…).
_THRESHOLD_ASKED = re.compile(r"何\S{0,3}以上|いくら以上|どれ(?:くらい|だけ)以上|以上(?:が|は)?必要")
_THRESHOLD_LABEL = re.compile(r"以上|以下|未満|最低|最小|基準|下限|上限|要件|条件")
# A limit asked (「何回まで」「何人まで」「何時間以内」): what a rule allows, which a line or cell of a
# cap states (上限, 限度, …まで), not a count of what was done.
# (not how far things have come: 「何件まで来ていますか」「何％まで進んだ」)
_LIMIT_ASKED = re.compile(r"何\s*(?:回|件|人|名|社|台|個|点|部|枚|時間|泊|品目|か国)\s*(?:まで|以内)"
                          r"(?=です|でしょう|でき|可能|使え|利用|受け|申し?込|申請|認め|な(?:の|ん)|[？?、,])")
_LIMIT_SAID = re.compile(r"上限|限度|まで|以内|最大|最高|定員|限り")
# A reason asked (なぜ, なんで, 理由): answered by text, never by a cell.
REASON_ASKED = re.compile(r"なぜ|どうして|(?:^|[、,。\s])なんで(?!し|す)|理由|原因|要因"  # (not 有効なんでしたっけ)
                          # the basis of a figure (「目標値は、どういう考え方で決められた」「算出の根拠」)
                          r"|根拠|考え方|算出方法|(?:(?<![なほ])どのように|どうやって|どう)(?:算出|設定|決め|算定)")
# Those who answered a survey so (「…と答えた割合」「理由に挙げた企業」): a figure of its table is asked.
# (or those whose cause or reason a table counts: 「部品や材料の不具合が原因だった企業の割合」)
_RESPONDENTS = re.compile(r"(?:(?:答え|回答し|挙げ|選ん|選択し)た|(?:原因|理由|要因)(?:だった|であった|となった|になった|とした))"
                          r"(?:人|方|企業|会社|事業者|団体|割合|比率|の|数)")
# 「あと何件必要」「目標までの残り」: a target minus the latest actual (a kind of difference).
_REMAINING = re.compile(r"残り|残って|残る|残額|あと(?:何|いくつ|いくら|どれ|(?<![なほ])どの)"
                        # 「今より何便増やす目標」: the target's distance from where things stand now
                        r"|(?:今|現在|現状)(?:より|から).{0,12}?(?:増や|伸ば|減ら|引き上げ|高め)")
# An achievement rate asked: 達成率, 目標の何％, 何％まで達して, 目標比で何％, 何％の達成.
_ACHIEVEMENT = (r"達成率|進捗率|達成度|目標(?:値)?(?:の|比で?|に対して|に対し)?(?:は|で)?何(?:[%％倍]|パーセント)"
                r"|何(?:[%％]|パーセント)(?:まで|に|ほど)?(?:達|到達|来て)|何(?:[%％]|パーセント)(?:くらい|ほど)?の達成")
# 「選手とスタッフ合わせて25人の合宿」: a total the question gives (a quantity of its case), not one
# it asks for.
STATED_TOTAL = re.compile(r"(?:合わせて|あわせて|併せて|合計で?|全部で|計)(?=\s*(?:約|およそ)?[0-9])")
# 「延べ何人」「延べで」: how to count (a sum), not a word of the topic or the asked detail.
_NOBE = re.compile(r"延べ(?=何|で|いくつ)")
# A figure that rose or fell (「何万円上がりましたか」「単価が下がった」), not a business launched
# (「事業が立ち上がった」).
_ROSE_OR_FELL = r"(?<!立ち)(?<!立)(?:上が|下が)[りっ]"
_OP_WORDS = (
    # (「免税店を始めるのに合わせて」 is "along with", no sum; 「令和６年度までに合わせて」 is one)
    ("sum", re.compile(r"合計|通算|(?<!問い)(?<!問)(?:(?<=までに)|(?<!に))合わせ(?!て(?:教え|知り|お知らせ|伺|ご教示))"
                       r"|(?<!とい)(?:(?<=までに)|(?<!に))あわせ(?!て(?:教え|知り|お知らせ|伺|ご教示))|合算|総計|総数|(?<!累)計で|全部で|全体で|トータル"
                       r"|(?:(?<=までに)|(?<!に))併せ|足す|足し|足すと"
                       # 「三つで申請し、どれも上限額まで使ったとすると」: every cap asked, added
                       r"|(?:どれも|いずれも|両方とも|すべて|全て)[^。？?、]{0,6}?上限(?:額)?まで"
                       # 「５年間に…延べ何人」 (not the label 延べ宿泊者数)
                       r"|" + _NOBE.pattern)),
    # (「解釈の違いでもめた」「違いによる」: a difference as a cause, no difference asked; 「人材の
    # 不足を課題に」 names a row, 「何件不足」 asks a difference)
    ("diff", re.compile(r"差|違い(?![でによ])|増減|どちらが(?:多|少|高|低|大き|小さ)|何.{0,3}届き?(?:ませ|かな)|何.{0,3}足りな|(?:何.{0,4}|いくら|いくつ|どれだけ|どのくらい|どれくらい)不足|不足(?:分|数|額)は|どれだけ(?:多|少|増|減(?!額|免)|上回|下回)|何[件人名社回台校点]多|何[件人名社回台校点]少|上回った(?:の)?は(?:何|いくつ|どれだけ)|比べ|"
                        + _REMAINING.pattern +
                        r"|(?:から|より|にかけて).{0,24}?(?:増え|減っ|増加し|減少し|伸び|増や|減ら|伸ば|" + _ROSE_OR_FELL + ")"
                        r"|(?:何.{0,2}|いくら|いくつ|どれくらい|(?<![なほ])どのくらい|どれだけ|どれほど)(?:増え|減っ|減り|増加|減少|伸び|上回|下回|"
                        + _ROSE_OR_FELL + ")"
                        # 「前回の調査から何ポイント上がりましたか」: a difference of two percentages
                        r"|何ポイント"
                        # 「AはBよりいくら多い」
                        r"|より.{0,12}?(?:いくら|いくつ|どれくらい|(?<![なほ])どのくらい|どれほど|何.{0,2})(?:多|少な|高|低|大き|小さ)")),
    # (「いちばんよく使われている」: used the most often)
    ("max", re.compile(r"(?:最も|一番|いちばん).{0,6}?(?:多|高|大き)|(?:最も|もっとも|一番|いちばん)よく|最大(?!で|限|いくら|何|どれ|(?<![なほ])どの)|最多|(?<![ァ-ヺー])トップ(?![ァ-ヺー])"
                       r"|番目に(?:多|高|大き)")),
    ("min", re.compile(r"(?:最も|一番|いちばん).{0,6}?(?:少な|低|小さ)|最小|最少|番目に(?:少な|低|小さ)")),
    ("missed", re.compile(r"未達|達成(?:でき|し)(?:てい?)?な(?:かっ|い)|届かな|下回った(?:指標|もの|の|項目)|目標を下回")),
    # (「全体の何パーセント」「何％を占める」: a share of the whole; 「回答した会社の何％が…結んで」: of
    # the whole named before it, the part its clause says)
    ("rate", re.compile(_ACHIEVEMENT + r"|割合|比率|(?:全体|合計|総数|総額)(?:の|に占める|に対する)\s*何(?:[%％]|パーセント)"
                        r"|何(?:[%％]|パーセント)を占め")),
)
# How many can take part or apply (「何社くらい参加できる」「何名まで申し込める」): a capacity, which a
# 定員 or 上限 line states.
_CAPACITY_ASKED = re.compile(r"(?:何|いくつ)[^、。?？]{0,8}?(?:参加|応募|申し?込|利用|入居|受け?入れ?)(?:でき|可能|られ|れる|める)")
_CAPACITY_LABEL = re.compile(r"定員|募集(?:数|件数|社数|人数)|受入(?:れ)?(?:数|人数|枠)|採択予定")
# The time an event takes asked (「どのくらいで振り込まれますか」「何日くらいで」; 「…でしたか」 and
# 「今どのくらいで、今後…」 ask none), and how a span of time looks (「30日以内に」「約２か月後」
# 「３週間」): a date or an amount answers no such question.
_DAYS_TAKEN = r"何\s*(?:日|週間|[かヶカケ箇]月|年)\s*(?:くらい|ぐらい|程度|ほど)?\s*(?:かか|要)"
TIME_TAKEN_ASKED = re.compile(r"(?:(?:(?<![なほ])どの|どれ)\s*(?:くらい|ぐらい|程度)|何\s*(?:日|週間|[かヶカケ箇]月)\s*(?:くらい|ぐらい|程度|ほど)?)"
                              r"で(?![はすし、,])"
                              # 「ふつう何日くらいかかりますか」: days, weeks or months taken (not どのくらいかかる, a cost too)
                              r"|" + _DAYS_TAKEN +
                              # 「納品までどのくらいかかりますか」: until an event, the time it takes (a cost is
                              # asked of what it is for, 「翻訳の費用はどのくらいかかりますか」)
                              r"|まで\s*(?:(?<![なほ])どの|どれ)\s*(?:くらい|ぐらい|程度)\s*(?:かか|要)")
DURATION_VALUE = re.compile(r"[0-9一二三四五六七八九十]+\s*(?:(?:営業)?日|週間|[かヶカケ箇]月|年)\s*(?:以内|程度|後|前後|ほど|くらい|ぐらい)"
                            r"|[0-9一二三四五六七八九十]+\s*(?:週間|[かヶカケ箇]月|日間)"
                            # (or a figure of days its label says are taken: 「標準処理日数：２日」「所要期間 ３か月」,
                            # counted from an event the line names: 「必要な日数：資料の受領から８営業日」)
                            # (or working days from an event: 「原稿の受付から10営業日」)
                            r"|から\s*[0-9一二三四五六七八九十]+\s*営業日"
                            r"|(?:日数|期間|所要|納期)\s*[:：]?\s*(?:[^0-9。:：]{1,12}?から)?\s*(?:約|概ね|おおむね)?\s*"
                            r"[0-9一二三四五六七八九十]+\s*(?:(?:営業)?日|[かヶカケ箇]月|年)")
# A label of a change: 増減, 増加数, 前年度比, 差.
_CHANGE_LABEL = re.compile(r"増減|増加|減少|差|比|伸び")
# A column of the days (weeks, months) a step takes: 標準処理日数, 所要日数, 処理期間.
_DAYS_LABEL = re.compile(r"(?:日|週|月)数$|期間$")
# A multiple asked (「何倍になりましたか」「何倍に増えた」).
_TIMES = re.compile(r"何倍")
# A change asked as a percentage (「何％増えましたか」「何パーセント伸びた」「何割減った」).
_GROWTH = re.compile(r"何(?:[%％]|パーセント|割)(?:くらい|ぐらい|ほど|程度)?(?:の)?(?:増|減|伸び|上が|下が|上昇|低下)")
# A figure compared with one year the question names (「2021年度の調査と比べて」「令和３年度に比べ」).
_COMPARED_WITH = re.compile(r"(?:年度|年|調査|時点)(?:の\S{0,6})?(?:と比べ|に比べ|と比較し|から)")
# The time before, named by no year (「前回の調査から何ポイント上がりましたか」「前年度と比べて」): the
# best table's latest year against the one before it.
_LAST_TIME = re.compile(r"(?:前回|前年度|前年|昨年度|前の年|前の調査)(?:の\S{0,6})?(?:と比べ|に比べ|と比較し|から|より)")
# A time said relative to now, as one word (「前回の調査から今回の調査で」): it says which columns, not
# what about (no 「前の調査」: its 調査 may be what the question is about).
_RELATIVE_TIME = re.compile(r"前回|今回|前年度|昨年度|今年度|本年度|前年|昨年|最新|直近")
# The year a programme began, compared with (「制度が始まった年度と比べて」「開始年度に比べ」).
_SINCE_THE_START = re.compile(r"(?:始まった|開始した|始めた|スタートした|創設された)(?:年度|年)|開始年度|創設年度|最初の年度")
# 「設立から令和６年度まで」「事業の開始以来」: from the first year on.
_FROM_THE_START = re.compile(r"(?:設立|創設|開始|発足|開設|設置|創業)(?:して|されて)?(?:から|以来)")
# How a figure is counted asked (「どう数えられますか」「何件と数えますか」).
COUNTING_RULE = re.compile(r"(?:どう|(?<![なほ])どのように|どうやって|何\s*(?:件|回|人|社|名)と)\s*(?:して)?数え")
# An amount of things asked (「どれくらいの量」「最大量」): a figure in a unit of things, not a price.
_VOLUME_ASKED = re.compile(r"(?:(?<![なほ])どの|どれ)(?:くらい|ぐらい|ほど)の量|最大量|容量")
# A measure asked by its counter (「何トン」「何平方メートル」「何歳」): a weight, a length, a size or
# an age, which only a cell in such a unit gives (not 万円 of an export value, nor 社 of a count of
# firms, nor the per cent of firms naming 職人の高齢化 for 「職人の平均年齢は何歳」).
# (「平均年齢はどのくらい」: an age, in 歳, however it is asked)
_MEASURE_ASKED = re.compile(r"何\s*(?:kg|キロ(?:グラム)?|トン|t\b|TEU|メートル|m\b|センチ|cm|平方メートル|㎡|歳|才)|年齢")
_MEASURE_UNIT = re.compile(r"kg|キロ|トン|^t$|TEU|メートル|m$|センチ|cm|㎡|平方|リットル|ℓ|ｔ|^[歳才]$")
_START_CLAUSE = re.compile(r"(?:制度|事業|取組|計画|プログラム|補助金|融資)?(?:が|の)?(?:" + _SINCE_THE_START.pattern + ")")
# A rate asked by its name (執行率は何％, 採択率はどのくらい) or as a share (どれくらいの割合).
_RATE_ASKED = re.compile(r"[^\s、。はをがのにでと]率(?:は|って|が|で)?\s*(?:何|(?<![なほ])どの|どれ|いくつ)|割合|比率")
_SUM_NAMED = re.compile(r"合計|足[しす]|合算|合わせ|あわせ|総計|トータル")
# A row's share of the whole asked (「全体の何％」「合計のうち…何％を占め」「に占める割合」).
_SHARE_OF_WHOLE = re.compile(r"(?:全体|合計|総数|総額)(?:の|に占める|に対する)\s*(?:何(?:[%％]|パーセント|割)|割合)"
                             r"|(?:のうち|に占める).{0,32}?(?:何(?:[%％]|パーセント|割)|割合|比率)|占め")
# What makes a named column the base of a share: 「予算額に対する決算額」「申請したうち…採択」.
_SHARE_BASE = re.compile(r"^(?:に対する|に対して|に対し|のうち|したうち|うち|中)")
# (or a few words after it: 「申請した事業者のうち」)
_BASE_NAMED = re.compile(r"^[^、。,?？]{0,8}?(?:に対する|に対して|に対し|のうち|うち)")
# A rate of achievement asked for (not a progress status): computed when no cell prints it.
_ACHIEVEMENT_ASKED = re.compile(_ACHIEVEMENT)
# 「どれだけ減額されますか」「どのくらい割引」: a discount asked, which a rate or an amount gives.
_DISCOUNT_ASKED = r"(?:どれ|(?<![なほ])どの)(?:だけ|くらい|ぐらい|ほど)(?:減額|割引|値引|減免|安く)"
# What kind of value the question wants, and what a cell holding one looks like.
_WANTS: tuple[tuple[str, re.Pattern[str]], ...] = (
    # (「何年くらいかかって」 asks the years taken, a length, not a year)
    # (「商談会が開かれたのは何日ですか」 asks a day; not 何日間, 何日前まで, 何日くらいかかる)
    ("date", re.compile(r"いつ|時期|年月日|日付|何年(?!\s*(?:くらい|ぐらい|程度|ほど)?\s*(?:かか|要))|何月|期間|締結日|開設日|設立"
                        r"|何日(?=\s*(?:ですか|でしたか|に(?:開|行|始|実施|締|終)))")),
    ("money", re.compile(r"いくら|金額|額は|額を|費用|予算|何[十百千万億]{0,3}円|上限額|補助額|交付額|" + _DISCOUNT_ASKED +
                         # 「どれくらいの補助金が出て」: an amount, asked by how much of it
                         r"|(?:(?<![なほ])どの|どれ)(?:くらい|ぐらい|ほど)の(?:補助金|助成金|交付金|給付金|奨励金|お金)")),
    # (not the mail a topic is about: 「電子メールのなりすまし対策」 asks for no address)
    ("mail", re.compile(r"アドレス|(?:メール|e-?mail|E-?mail|Eメール)(?!の(?!宛先|送り先|送信先))")),
    ("phone", re.compile(r"電話|TEL|ＴＥＬ|連絡先|問い?合わせ先")),
    # (「どこの会社が運営」「どこが主催」ask for an organisation, not a place)
    # (「どこまで伸ばす」 asks how far, a quantity)
    ("place", re.compile(r"どこ(?!の(?:会社|企業|団体|機関|組織|法人|事業者|大学)|が(?:運営|実施|主催|担当)|まで)|所在地|住所|場所")),
    # (「どれだけ減額されますか」: a discount, given as a rate or as an amount)
    # (「回答率を教えてください」: a rate named as what to tell)
    ("rate", re.compile(r"補助率|何割|何%|何％|何パーセント|率は|率を(?:教え|知り|お?知らせ|調べ)|割合|比率|進捗度|達成率|"
                        + _DISCOUNT_ASKED)),
    # 「何か月間研修を」: a length of time, counted in months, years, weeks or days
    # (「発行まで何日かかりますか」: the days it takes, a length too)
    ("length", re.compile(r"何\s*[かヶカケ箇]\s*月|何年間|何週間|何日間|(?:(?<![なほ])どの|どれ)\s*(?:くらい|ぐらい|程度)の期間|" + _DAYS_TAKEN)),
    ("count", re.compile(r"何件|件数|何人|何名|人数|人口|何社|社数|何回|回数|何か所|何箇所|いくつ|何点|何校|何団体|数は|何機|何台|何泊|何便|何隻"
                         # (「何店」「何か国」, and a count in thousands, 「何千点」; not 何品目, which asks a
                         # cap on items as often: run j6 lost a question by it)
                         r"|何(?:店|冊|[かカヶケ]国|頭|枚|部|個|箱|軒|棟|基|本|種類|コース)"
                         r"|何[十百千万]+(?:点|件|人|社|台|個|枚|本|部|冊|店)")),
    # 「人口はどのくらい」「面積は」: a quantity, whatever its unit
    # (「何時間学びますか」: hours, counted as any quantity; not 「何時間前まで」, a time limit)
    # (「米国向けはどれだけですか」: how much, as どれくらい; not 「どれだけ伸びましたか」, a change of the
    # figure the question names, nor 「どれだけの費用」, the kind of figure it names)
    ("quantity", re.compile(r"(?:(?<![なほ])どの|どれ)(?:くらい|ぐらい|ほど)(?!の期間)|どれだけ(?=\s*(?:です|でした|あり|ある|[？?]|$))|(?<![なほ])どの程度|どこまで|面積|広さ"
                            r"|何\s*(?:kg|キロ|トン|t\b|TEU|メートル|m\b|センチ|cm|歳|平方メートル|㎡)"
                            r"|何時間(?!前|後|以内)")),
    ("who", re.compile(r"誰|だれ|どなた|(?:(?<![なほ])どの|どこの)(?:会社|企業|団体|機関|組織|法人|事業者|大学)|実施主体|代表者|担当"
                       r"|運営(?:者|主体|元|して|する|さ)|主催(?:者|して|する|さ)"
                       r"|[^\s]者(?=\s|$)")),  # (a label 署名者, 申請者 names a person or a body)
    ("which", re.compile(r"(?<![なほ])どの(?!よう|程度|くらい|ぐらい)|どれ(?!くらい|ぐらい|だけ|も|でも)")),
)
# The interrogatives that ask a person or a body themselves (a title, 代表者, only names one).
_WHO_INTERROGATIVE = re.compile(r"誰|だれ|どなた|どこ|(?<![なほ])どの")
_FIGURE_WANTS = frozenset({"rate", "count", "money", "quantity", "measure"})
# 「契約の金額は、合計でどのくらい」: an amount of money asked by how much (not 「輸出額は、前の年度と
# 比べてどのくらいの水準」, whose どのくらい asks a level of the figure named).
_AMOUNT_HOW_MUCH = re.compile(r"金額(?:は|が|って)?[、,]?\s*(?:[^、。？?]{0,8}?で)?\s*(?:(?<![なほ])どの|どれ)(?:くらい|ぐらい|ほど)(?!の)")
# A question answered by yes or no (no interrogative; not 「教えてください」「わかりますか」).
_YES_NO_QUESTION = re.compile(r"(?:ますか|ませんか|ですか|でしょうか)\s*[？?]?\s*$")
_TELL_ME = re.compile(r"教え|知りた|伺|お願い|ください|わかり|分かり|わかる|分かる")
# An interrogative, however the question asks what (「どれくらい」「何か月」「どうなる」).
_ASKS_WHAT = re.compile(r"いつ|どこ|だれ|誰|いくら|いくつ|(?<![なほ])どの|どれ|どう|どんな|どういう|何")

# Where a question's situation ends and its question begins: 「…したいのですが、」「…けど、」.
_SITUATION_GIVEN = re.compile(r"(?:のですが|んですが|ですが|けれども|けれど|けど)[、,]")


# A yes-or-no question relayed (「…補助してもらえるのかと聞かれました」「…対象になるか知りたいそうです」):
# the clause before it asks whether.
_REPORTED_WHETHER = re.compile(r"(?:のか|(?<=[るたいす])か(?:どうか)?)(?:と|を)?\s*(?:聞かれ|尋ねられ|質問され|問い合わせ|知りたい|確認したい)[^。？?]*[。？?]?\s*$")


def asks_yes_or_no(question: str) -> bool:
    """Whether a question is answered by yes or no (「…返さなければいけませんか」), not by a value."""
    # (the asker's situation before 「…のですが、」 asks nothing: 「通訳をお願いしたいのですが、…かかりますか」)
    asked = _SITUATION_GIVEN.split(question)[-1]
    reported = _REPORTED_WHETHER.search(asked)
    if reported is not None:
        # 「…補助してもらえるのかと聞かれました」: a desk officer relaying whether, in the asker's words
        clause = re.split(r"[。、,]", asked[:reported.start()])[-1]
        return bool(clause) and not _ASKS_WHAT.search(clause)
    return bool(_YES_NO_QUESTION.search(asked)) and not _ASKS_WHAT.search(asked) and not _TELL_ME.search(asked)


# The noun a question asks about, right before は/って/を/が and its interrogative
# (「運賃はいくら」, 「補助率はどのくらい」, 「電話番号を教えて」).
_ATTRIBUTE = re.compile(
    r"([^\s、。？?はをがのにでと「」（）()]{2,16})(?:は|って|を|が)?\s*(?:いくら|いくつ|何|いつ|どこ|(?<![なほ])どの|どれ|どう|誰|どなた|教えて|知りたい)"
    r"|([^\s、。？?はをがのにでと「」（）()]{2,12}?)(?:された|されて|した|して|する|される)のは(?:いつ|何|どこ|誰)")
# What a thing costs (「１回受けるといくらぐらいかかる」; unless the question speaks of a grant or a cap,
# 「…にかかる費用の補助上限はいくら」, which a cap answers).
_COST_ASKED = re.compile(r"いくら\s*(?:ぐらい|くらい|ほど)?\s*(?:が)?かか(?:り|る|っ)")
# 「どのくらいの事業者が答えたのでしょうか。回答率を教えてください。」: a closing request names what is
# asked, over what a sentence before it asks about.
_CLOSING_REQUEST = re.compile(r"(?<=[。？?])\s*([^\s、。？?はをがのにでと「」（）()]{2,16})を(?:教えて|知りたい|お知らせ)[^。？?]*[。？?]?\s*$")
# 「指定されたのは、西暦でいうといつ」: what happened is what is asked about.
_VERB_ATTRIBUTE = re.compile(r"([^\s、。はをがのにでと「」（）()]{2,12}?)(?:された|されて|した|して|する|される|できる)の(?:は|が)")
# 「地域別だと」: a breakdown asked (every row of the column).
_BREAKDOWN = re.compile(r"[^\s]{2,8}別")
_BREAKDOWN_ASKED = re.compile(r"[^\s、。はをがのにでと]{1,8}別(?:だと|では|に|で|の内訳)")
# 「ワンストップサービスを除いた」「…以外の」: a part the question leaves out.
_EXCLUDED = re.compile(r"([^\s、。はをがのにでと「」（）()]{2,20})(?:を除(?:いた|く|き|いて)|以外の)")
# A class the question says the asker is not (「小規模事業者ではない中小企業」「小規模企業に当たらない
# 会社」): the row or column labelled with it is not asked (one labelled 「小規模事業者以外」 still is).
_DENIED = re.compile(r"([^\s、。はをがのにでと「」（）()]{2,20})(?:ではない|でない|に当たらない|に該当しない)(?=[\u30a0-\u30ff\u4e00-\u9fff])")
# A large firm as the asker names it (大手メーカー, 大企業の子会社), and the labels of small firms it is
# not of (中小企業者, 県内中小企業, 小規模事業者; 中小企業以外 is of it).
_LARGE_FIRM = re.compile(r"大手|大企業|大規模(?:企業|事業者|な会社)")
_SMALL_FIRM_LABEL = re.compile(r"(?:中小|小規模)(?!.*以外)")
# A firm from outside the prefecture (「県外の会社」「県外に本社がある」), and the labels of the
# prefecture's own (県内中小企業, 県内企業; 県内企業以外 is of it).
_OUTSIDE_FIRM = re.compile(r"県外(?:の(?:会社|企業|事業者|法人|メーカー|商社|方|人|団体|利用者)|に本社)")
_INSIDE_LABEL = re.compile(r"^県内(?!.*以外)")
# (the asker, the labels not its own, and the words that name those labels' class in a question)
_ASKER_NOT_OF = ((_LARGE_FIRM, _SMALL_FIRM_LABEL, re.compile(r"中小|小規模")),
                 (_OUTSIDE_FIRM, _INSIDE_LABEL, re.compile(r"県内")))


def _classes_not_of(asked: str) -> list[tuple[str, re.Pattern[str]]]:
    """(the asker's words, the labels of the class they say it is not of) for each class the
    question (squashed) puts its firm outside of: 「大企業」 and the labels of small firms, unless it
    also names that class (「大企業と中小企業でそれぞれ」)."""
    return [(m.group(0), label) for asker, label, other in _ASKER_NOT_OF if (m := asker.search(asked)) and not other.search(asked)]


def asker_not_of(question: str, label: str) -> str | None:
    """The words by which the asker says it is not of a class `label` names (「大企業」 is not of
    県内中小企業, 「県外の会社」 not of 県内企業), or None."""
    return next((said for said, not_label in _classes_not_of(squash(_nfkc(question))) if not_label.search(squash(_nfkc(label)))), None)


_PREVIOUS_YEAR = re.compile(r"前年度|前年|昨年度|前の年")
# A change over time (増えた, 減った), as opposed to a gap to a target (上回った, 届かなかった).
_CHANGE = re.compile(r"増え|減っ|減り|増加|減少|伸び")
_ASKS = re.compile(r"いつ|何|どこ|誰|いくら|いくつ|(?<![なほ])どの|どれ")
# A column of each row's share of the total (構成比（％）, シェア; 「県内割合」 is a share of something else).
_SHARE_LABEL = re.compile(r"構成比|シェア")
# The asker's own case (「実用新案を韓国１か国だけに出願する場合、」「米国と中国に出願するつもりです。」):
# the places it names say which rule applies, not what the answer must be about.
# (or a sentence of its own before the question that says what the asker's company is or does, in
# the present, 「…中国の工場を閉じて県内に工場を新しく建てます。」, or who came to the desk,
# 「…メーカーから、ベトナムの会社を買収する前に…と相談がありました。」; not what the asker heard,
# 「ニューヨークの展示会に出したと聞きました。そこには…」, which is the topic)
# (the verbs of arithmetic, before と or ら: 合計する, 合わせた, 比べる, 割った, 引いた)
_NOT_ARITHMETIC = "".join(f"(?<!{v})" for v in ("合計する", "合計した", "平均する", "平均した", "計算する", "計算した",
                                                "換算する", "換算した", "合算する", "合算した", "合わせる", "合わせた",
                                                "比べる", "比べた", "足す", "足した", "引く", "引いた", "割る", "割った"))
ASKERS_CASE = re.compile(r"^[^。？?]*(?:場合(?:に|は|には|でも)?|なら(?:ば)?|とき(?:は|に|には)?)[、,]"
                         # (「提携先がアジア以外の会社だと上限額は」; not what the asker heard, 「…だと聞きました」,
                         # nor where to read, 「評価書の本文の自己評価のところだと」)
                         r"|^[^。？?]*?(?<!ところ)(?:だと|であれば)(?!聞|思|言|伺|考|知|され)[、,]?"
                         # (「５日間だけ店を出す計画でも、」「出展する予定ですが、」)
                         r"|^[^。？?]*(?:計画|予定|つもり)(?:でも|なら|ですが|だが|で)[、,]"
                         r"|^[^。？?]*(?:つもり|予定|考えて(?:い|お)り?)(?:です|ます)?[。]"
                         r"|^[^。？?]*(?:ます|です|相談がありました|相談を受けました)[。](?=[^。]*[？?])"
                         # (「…売場調査を１都市で頼むと、」「…申し込んだら、」: a verb's conditional)
                         # (not the arithmetic asked, 「…を合計すると、」「比べたら、」)
                         r"|^[^。？?]*[\u3046\u304f\u3059\u3064\u306c\u3080\u308b\u3050\u3076]" + _NOT_ARITHMETIC + "と[、,]"
                         r"|^[^。？?]*[ただ]" + _NOT_ARITHMETIC + "ら[、,]")
# Japan is where the documents stand: they name it seldom and in their own words (本邦研修, 国内,
# 対日協力, 日系), and a table of a prefecture's report is about Japan without saying so.
OWN_COUNTRY = frozenset({"日本", "日本国", "我が国", "わが国"})
_OWN_COUNTRY_WORDS = ("日本", "本邦", "国内", "対日", "日系", "我が国", "わが国")


def named_in(name: str, where: str) -> bool:
    """Whether `where` (NFKC, no whitespace) names `name`, Japan in any of its words, a country by
    any of its names (イギリス of 英国)."""
    name = re.sub(r"\s+", "", _nfkc(name))
    return (name in where or (name in OWN_COUNTRY and any(w in where for w in _OWN_COUNTRY_WORDS))
            or any(other in where for other in place_aliases(name)))


# 「どの国への出願が一番多かった」「親会社の国・地域はどこ」: a country or region is asked.
COUNTRY_ASKED = re.compile(r"(?:(?<![なほ])どの|どこの)国|国(?:・地域)?(?:は|が)どこ")
# 「どのくらいの割合を」「どのくらいの生産能力が」: the noun after どのくらいの is what is asked.
HOW_MUCH_OF = re.compile(r"(?:(?<![なほ])どのくらい|どれくらい|(?<![なほ])どの程度|どれほど)の([\u30a0-\u30ff\u3400-\u9fffA-Za-z0-9]{2,12})")
# 「融資期間と融資限度額は？」
_BARE_ATTRIBUTE = re.compile(r"([^\s、。はをがのにでと「」（）()]{2,16})(?:は|って)\s*[?？]?\s*$")
# The counter a question asks in (何社 -> 社): a cell in that unit answers it.
# A count asked in a katakana counter (「何パレット分」「何ケース」).
# (a rate, パーセント or ポイント, and a length are no count)
_KATAKANA_COUNTER = re.compile(r"何\s*(?!パーセント|ポイント|メートル|センチ|ミリ|キロ)([\u30a1-\u30fa\u30fc]{3,6})")
_COUNTERS = (("何社", "社"), ("社数", "社"), ("何件", "件"), ("件数", "件"), ("何人", "人"), ("何名", "名"), ("人数", "人"),
             ("何回", "回"), ("回数", "回"), ("何%", "%"), ("何％", "%"), ("何点", "点"), ("何か所", "箇所"), ("何箇所", "箇所"),
             ("何泊", "泊"), ("泊数", "泊"), ("何便", "便"), ("便数", "便"), ("何店舗", "店舗"), ("何店", "店"),
             ("何冊", "冊"), ("何本", "本"), ("何台", "台"), ("台数", "台"), ("何個", "個"), ("何トン", "トン"))
# Counters of goods and of those who deal in them: a count of one is no answer to a question of the
# other (「年間何台輸出」 of a row of 輸出企業数（社）; 「何社が」 of a row of 台数).
_GOODS_COUNTERS = frozenset({"台", "個", "本", "冊", "トン"})
_BODY_COUNTERS = frozenset({"社", "者", "人", "名", "件", "団体", "事業所"})
# The longest cell a record answer states: longer cells are prose (a description in a table),
# answered from the text instead.
MAX_VALUE_CHARS = 60
_QUESTION_NOISE = re.compile(
    r"(?:について|に関して|に関する|における|において|の中で|では|には|とは|って|ですか|ますか|でしょうか|ください|教えて|"
    r"知りたい|したい|でした|ました|ありますか|なりますか|いくら|いくつ|(?<![なほ])どのくらい|どれくらい|(?<![なほ])どの程度|何|なに|いつ|"
    r"どこ|どれ|(?<![なほ])どの|誰|[？?！!。、「」『』（）()・\s])"
)
# A label naming a cost (事業費, 採用費, 経費) or a fee paid (専門家の指導料, 翻訳料): what is
# spent, of which 費用 is the plain word (not a rate, 補助率, nor a share, 構成比).
_COST_LABEL = re.compile(r"費(?:用)?$|料$")
_TOTAL_LABEL = re.compile(r"^(?:合計|総計|計|小計|全体|総数|年間計|年度計)$")
_CALENDAR = re.compile(r"年度|年")
# A record answer needs the cells' labels to hold at least this share of what the question
# names (IDF-weighted character bigrams): below it the question is about something the table
# does not label, and the text answerer is used instead.
MIN_TOPIC_SHARE = 0.45
# A word a document writes this often (at least this many times, and this many times per 1,000
# characters) is its subject, not a detail one of its tables must name (学生 of a short internship
# report; a near miss's detail, 男女, is written nowhere; a word of a long report is seldom dense).
SUBJECT_MENTIONS = 5
SUBJECT_PER_1000_CHARS = 2.5
# Share of the asked detail's bigrams that the cell's labels must hold (for names of 3+ bigrams).
ATTRIBUTE_SHARE = 2 / 3
# Cells of the answer's table whose topic share is within this margin of the best take part in a
# computation (the rows a sum or comparison names one by one each hold part of the question).
SAME_TABLE_MARGIN = 0.25
# Share of a column term's definition bigrams that the part a share is asked of must say, for
# the column to be the part by its definition (「海外の個人データを扱っている会社」 says 0.5 of
# 「取扱企業」とは、調査基準日において海外個人データを取り扱っている企業; a definition is longer than
# the words that paraphrase it, so less than the label's own words must).
PART_DEFINITION_SHARE = 0.3
# How much the label–value lines around a fact (FACT_WINDOW_LINES) count towards its topic (they
# say whose card it is; the fact's own label still decides which line answers).
FACT_BLOCK_WEIGHT = 0.5
# The label–value lines this near a fact (above or below) are read with it.
FACT_WINDOW_LINES = 2
# 「県の担当課に問い合わせたい」: the prefecture's own contact is asked for, and a contact line whose
# neighbours name a prefectural office (桜川県 商工観光部 国際経済課) is it -- a partner profile also
# lists the partner's office and phone.
_ASKS_PREFECTURE = re.compile(r"県(?:の|庁の?)(?:担当|窓口|問い?合わせ|連絡先|部署)|県に(?:問い?合わせ|連絡)|県庁")
_PREFECTURE_OFFICE = re.compile(r"県\s*\S{0,12}?(?:部|課|室|局|センター)")
# A cell answers "when" when a date opens its value (within this many characters).
DATE_LEAD_CHARS = 15
# A label–value line at least this long (characters) that is not a figure says what its label
# means (a definition), not what it amounts to.
DEFINITION_MIN_CHARS = 10
# A part of a question that names a cell by itself: a year, a plan period or a kind of row.
_NAMES_A_CELL = re.compile(r"[0-9０-９]+\s*年度|元年度|年間|第\s*[0-9０-９一二三四五六七八九十]+\s*期|目標|実績|累計|達成率|進捗")
# A row named verbatim as the part asked for ("…の増収効果のうち、法人二税の分は") gains this:
# the same size as a matching year, since "AのうちB" pins the row as a year pins the column.
ROW_NAMED_BONUS = 0.3
# A label the question quotes whole (「とても満足」と答えた): that label, over one it merely contains.
QUOTED_LABEL_BONUS = 0.1
# A column whose own label holds a word of the question that the table's title holds too gains
# this: a tie-breaker (every column is about the title's word; the one that says it answers),
# small next to every other bonus.
COLUMN_WORD_BONUS = 0.02
_QUOTED = re.compile(r"「([^」]{1,30})」")
# A cell of the kind of value asked (an amount for 金額/いくら, a rate for 何％) gains this over the
# cells beside it that are not: small, like a counter's (何社 → 社), so that it only decides between
# cells the question's words tie (件数（件） and 金額（百万円） under one year).
WANTED_KIND_BONUS = 0.05
# "令和2年度までの合計": the years before it that a table can hold (a plan runs at most a decade
# or so; cells of years the table lacks simply do not exist).
UNTIL_YEARS = 15
# Cells whose score is within this margin of the best are read as one answer (目標 and 実績
# of the same year, or all rows asked for together).
TIE_MARGIN = 0.08


def _nfkc(s: str) -> str:
    return unicodedata.normalize("NFKC", s)


# A kana written between two kanji as okurigana (買い物, 受け入れ, 取り組み), which tables leave out as
# often as not (買物代, 受入団体数, 取組): labels and questions are compared without it.
_OKURIGANA = re.compile(r"(?<=[\u4e00-\u9fff])[いきしちひみりけげせえめれびぎじ](?=[\u4e00-\u9fff])")


def _bigrams(text: str) -> set[str]:
    return set(char_bigrams(_OKURIGANA.sub("", _nfkc(text))))


def _carried_grams(intent: "Intent") -> tuple[set[str], set[str]]:
    """The bigrams of the topic words only a follow-up's carried subject (before 「…について、」)
    names, and those of the words asked now (after it)."""
    carried, cue, asked = intent.text.rpartition("について、")
    if not cue:
        return set(), set()
    words = intent.topic.split()
    now = _bigrams(" ".join(w for w in words if w in asked))
    return _bigrams(" ".join(w for w in words if w in carried and w not in asked)) - now, now


def _word_grams(text: str) -> set[str]:
    """The bigrams of a label without hiragana in them: those of its words, not of the particles
    and endings between them."""
    return {g for g in _bigrams(text) if not re.search(r"[\u3041-\u309f]", g)}


def _label_grams(text: str) -> set[str]:
    """Bigrams and characters of a label: a one-character word of a question (内, 額) is found in
    a label as a character."""
    grams = _bigrams(text)
    # a space inside a Japanese label is a PDF break ("研修等 の受入数", "合 計"): read across it too
    grams |= _bigrams(_CJK_GAP.sub("", text))
    grams.update(ch for ch in _nfkc(text).lower() if not ch.isspace())
    return grams


_CJK_GAP = re.compile(r"(?<=[^\x00-\x7f])[ \u3000]+(?=[^\x00-\x7f])")


def cell_kind(cell: Cell) -> str | None:
    """The row kind of a cell (目標, 実績, 進捗, 寄与, 見込) from its row or column label, or else from
    the group label spanning its column (実績 over 令和４–６年度, 目標 over 令和８年度)."""
    labels = (cell.row, cell.column or "", cell.column_group or "")
    kind = next((k for k in map(cell_kind_from, labels) if k), None)
    # (a planned figure, 新規雇用予定数, is an estimate: no answer to 「実際には何人」)
    return kind or ("見込" if any("予定" in squash(label) for label in labels) else None)


def amount_text(x: float, unit: str) -> str:
    """A computed figure with its unit, amounts in 万円 written both as prose writes them and as a
    table in 万円 does (243788 万円 -> 24億3,788万円（243,788万円）)."""
    if unit == "万円" and abs(x) >= 10000:
        sign, x = ("-" if x < 0 else ""), abs(x)
        oku, man = divmod(x, 10000)
        prose = f"{sign}{format_number(oku)}億" + (f"{format_number(man)}万円" if man else "円")
        return f"{prose}（{sign}{format_number(x)}万円）"
    return f"{format_number(x)}{unit}"


def in_man_yen(x: float, unit: str) -> str:
    """An average computed in 千円 or 円 said in 万円 too, as people speak of amounts (665.5千円:
    「（約66.6万円）」), from the unrounded figure; "" for other units and amounts under 1万円."""
    man = x * TO_MAN[unit] if unit in ("千円", "円") else None
    if man is None or abs(man) < 1:
        return ""
    return f"（約{decimal_text(man, 1).rstrip('0').rstrip('.')}万円）"


def format_number(x: float) -> str:
    """1234567 -> 1,234,567; 12.50 -> 12.5."""
    if x == int(x):
        return f"{int(x):,}"
    return decimal_text(x, 2).rstrip("0").rstrip(".")


def decimal_text(x: float, places: int) -> str:
    """`x` to `places` decimals with thousands commas, a half rounded up as people round it
    (21.25 -> 21.3, where a binary float's format gives 21.2)."""
    return f"{Decimal(repr(x)).quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP):,.{places}f}"


@dataclass
class Intent:
    """What a question constrains and names."""

    text: str
    years: set[int] = field(default_factory=set)
    kinds: list[str] = field(default_factory=list)
    op: str | None = None
    wants: list[str] = field(default_factory=list)
    topic: str = ""
    attribute: str = ""
    group_position: str | None = None  # "first" / "last" year of a spanning group (第２期の初年度)
    periods: set[str] = field(default_factory=set)  # plan periods asked ("第2期"), like years
    latest: bool = False  # the latest figure asked for (最新, いちばん新しい, 直近)
    remaining: bool = False  # what is still needed to reach a target (あと何件, 残り)
    # 「第２期計画が始まってから令和６年度までに…合わせて」「第２期の目標に対して、2024年度までの実績は
    # 何％」: every year of the named period up to the asked one
    until_in_period: bool = False
    # 「…累計目標1,500人まであと何人ですか？令和2年度までの実績で」: the cumulative target against the
    # sum of the actuals up to the year
    cumulative: bool = False
    # 「令和５年度から令和６年度にかけて何倍」: the later year's figure as a multiple of the earlier one's
    times: bool = False
    # 「前年度比で何％増えましたか」: the change as a share of the earlier year's figure
    growth: bool = False
    # the place asked in the order of a largest or smallest (「２番目に多かった」: 2)
    place: int = 1
    # months asked of a table with a column per month (「令和７年２月」「10月から12月まで」)
    months: set[int] = field(default_factory=set)

    @property
    def tabular(self) -> bool:
        """Whether the question asks for a value (a year, a kind, a count, an amount, a date...)."""
        return bool(self.years or self.kinds or self.op or self.wants)


# A kind of value the question states with its figure (「新目標1,500人に対する」「累計目標の8件」).
# (and 「費用は50万円の見込みですが」: the asker's own estimate, no 見込 column asked)
# A share of the target reached, asked in words (「目標に対して何％の達成でしたか」「何割達成」): the
# 達成率 a KPI table prints; the target it is measured against names no cell of its own.
_ACHIEVED_SHARE = re.compile(r"(?:目標(?:値|件数)?(?:に対して|に対する|比)で?[、,]?\s*)?何\s*(?:[%％]|パーセント|割)(?:の|を|が|ほど|くらい|ぐらい)?達成")
_STATED_KIND = re.compile(r"(?:目標|実績)値?(?:の|は|:)?\s*[0-9][0-9,.]*\s*(?:件|人|社|回|%|億|万|円|箇所|か所)"
                          r"|[0-9][0-9,.]*\s*(?:千|万|億)?円(?:程度|ほど|くらい|ぐらい)?の見込み?")


# Words of kana alone that name nothing a label says: hearsay (「頼みたいそうです」), a counter's つ
# (「３つ」), plural and honorific endings (たち, さん), intent (つもり), a cause (せい), all (すべて),
# above (うえ).
_KANA_NO_TOPIC = r"そう|つ|さん|たち|ら|つもり|せい|すべて|うえ"
# 「いま出ている実績」: now is when the question is asked, not what it is about
_NOW = r"いま|今|現在|現時点"
# 「2021年度の単年度目標」「最終的に」「年度末」: which span of time a figure covers, not what it is of
_YEARS_SPAN = re.compile(r"[0-9２-９二三四五六七八九十]\s*(?:年間|か年|ヵ年|ヶ年|カ年)")
_SPAN_WORDS = r"半年間?|年間|単年度|各年度|年度別|最終的?|結局|年?度?末"


# 「普通は何日」「通常は」: how often a figure holds, not what it is of
_USUALLY = r"普通|通常|ふつう|大体|だいたい|およそ|おおよそ|標準的"


# A month asked (「２月に」「10月から12月まで」; not a date 「２月10日」 nor 「３月末時点」), and a column
# labelled with one month.
_MONTH = re.compile(r"(?<![0-9])([0-9]{1,2})\s*月(?!\s*[0-9]+\s*日|末|時点|現在|期|間)")
MONTH_LABEL = re.compile(r"([0-9]{1,2})月")


def _months_asked(text: str, years: set[int]) -> tuple[set[int], set[int]]:
    """The months a question asks (a range 「10月から12月まで」 in full) and its years read as fiscal
    years: 「令和７年２月」 is in 令和６年度, as a table of months of a fiscal year prints it."""
    found = [(m.start(), int(m.group(1))) for m in _MONTH.finditer(text) if 1 <= int(m.group(1)) <= 12]
    months = {m for _, m in found}
    if len(found) == 2 and re.search(r"から|[～~〜]", text[found[0][0]:found[1][0]]):
        first, last = found[0][1], found[1][1]
        months = {(first - 1 + k) % 12 + 1 for k in range((last - first) % 12 + 1)}
    for y in find_years(text):
        tail = re.match(r"\s*([0-9]{1,2})\s*月", text[y.end:])
        if y.suffix == "年" and tail and int(tail.group(1)) <= 3 and months:
            years = (years - {y.western}) | {y.western - 1}
    return months, years


# A relative clause before a year (「コロナの影響が大きかった」令和２年度): it says which year.
# (or which months: 「夏休みの時期にあたる7月と8月」)
_YEAR_CLAUSE = re.compile(r"(?:(?<=^)|(?<=[、。\s]))[^、。\s]*?(?:かった|だった|あった|いた|した|された|に(?:あ|当)たる)"
                          r"(?=\s*(?:令和|平成|昭和|[0-9]{4}年|[0-9]{1,2}月))")


# 「輸出先別に合計すると」: each row's total, which a largest or a smallest then ranks.
_SUMMED_BY_EACH = re.compile(r"別に(?:合計|合算|合わせ|足)")

# 「２番目に多かった」「三番目に高い」: a place in the order, not the top
_PLACE_ASKED = re.compile(r"([2-9]|二|三|四|五)\s*番目に")
_KANSUJI = {"二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}


def _numeral(digit: str) -> int:
    """A one-digit numeral written in Arabic or kanji figures (３ after NFKC, 三)."""
    return _KANSUJI[digit] if digit in _KANSUJI else int(digit)


def _place_asked(asked: str) -> int:
    """The place in the order a largest or smallest is asked at: 2 for 「２番目に多かった」, else 1."""
    m = _PLACE_ASKED.search(asked)
    return 1 if m is None else _numeral(m.group(1))


# An example the question gives of what it names (「自動車部品などの輸送用機器」「ＪＡのような出荷団体」): the
# example's words.
# (not 等, which ends many names: 実証実験等の実施件数)
EXAMPLE = re.compile(r"([^\s、。はをがにでと「」（）()]{2,16}?)(?:など|のような|といった)の?(?=[\u30a0-\u30ff\u3400-\u9fffＡ-Ｚ])")


def read_intent(question: str, words: Callable[[str], list[str]] | None = None) -> Intent:
    """Read a question for its years, row kinds, operation and wanted kind of value.

    `words` gives the content words of a text (index.tokenizer's `content_words`); what the
    question names is read from them. Without it, interrogatives and particles are cut by pattern.
    """
    q = _nfkc(question)
    # a follow-up made standalone ("<carried topic>について、<asked part>"): what is asked now
    # (its kind, its year) overrides what the carried topic said
    carried, _, asked = q.rpartition("について、")
    years = {y.western for y in find_years(asked)} or (
        # (a span asked now, 「３年間の合計は」, is of the table's years, not the one a carried topic said)
        set() if _YEARS_SPAN.search(asked) else {y.western for y in find_years(carried)})
    periods = _periods(asked) or _periods(carried)
    months, years = _months_asked(asked if _MONTH.search(asked) else carried, years)
    if years and _PREVIOUS_YEAR.search(asked):
        years.add(min(years) - 1)  # 令和６年度の…は、前年度から: the year before too
    kinds: list[str] = []
    for part in (asked, carried):
        part = _STATED_KIND.sub(" ", part)  # 「累計目標の8件を超えていますか」 gives the target, asks no cell of it
        part = _ACHIEVED_SHARE.sub(" 達成率 ", part)
        found = sorted((part.index(word), kind) for word, kind in _KIND_WORDS if word in part)
        kinds = list(dict.fromkeys(kind for _, kind in found))  # in the order the question asks
        if kinds:
            break
    op = None
    for name, pattern in _OP_WORDS:
        if pattern.search(STATED_TOTAL.sub(" ", asked)):  # the operation is what is asked now, not in a carried topic
            op = name
            break
    if op == "sum" and _GROWTH.search(asked):
        op = "diff"  # 「リコール件数の合計は何％増えましたか」: the total's change, of which 合計 is the row
    if op == "sum" and _SUMMED_BY_EACH.search(asked):
        # 「輸出先別に合計すると、２番目に多いのはどこ」: the rows' totals ranked, not one sum
        op = next((name for name, pattern in _OP_WORDS if name in ("max", "min") and pattern.search(asked)), op)
    place = _place_asked(asked) if op in ("max", "min") else 1
    if op == "sum" and _RATE_ASKED.search(asked) and not _SUM_NAMED.search(asked):
        op = "rate"  # 「事業全体で、…執行率は何％」: a rate of the whole, not a sum
    if _SHARE_OF_WHOLE.search(asked) and not (op in ("max", "min") and re.search(r"(?<![なほ])どの|どれ|どこ", asked)):
        # (「…のうち、進捗度がいちばん高かったのはどの指標で、何％」: which row is the largest, and its figure)
        op = "rate"  # 「合計のうち、インベスト神奈川の分は何％を占め」: a row's share of the total
    if op is None and _WHOLE_SHARE_PART.search(asked):
        op = "rate"  # 「百貨店との商談は、何％が成約に」: a part's share of the whole the question names
    if op is None and _WHOLE_LIMITED.search(asked) and re.search(r"何\s*(?:[%％]|パーセント|割)|割合", asked):
        op = "rate"  # 「…果実の回答者に限ると、…経験したのは何％」: the part's share of the whole it limits to
    times = bool(_TIMES.search(asked)) and op in (None, "diff")
    if times:
        # (the two years' cells, as a change is read, or two rows the question names of one year:
        # 「英語の件数は中国語の何倍」; the answer divides)
        op = "diff"
    year_clause = next((c for c in re.split(r"[、,。？?]", asked) if find_years(c)), "")
    # 「令和2年度までの実績で計算して…累計目標まであと何人」: every actual up to that year
    cumulative = (op == "diff" and len(years) == 1 and bool(re.search(r"まで", year_clause))
                  and not re.search(r"から|より", year_clause) and bool(_REMAINING.search(asked)))
    if op == "sum" and years:
        # a sum over a span (平成29年度から令和2年度までの合計) adds every year of it; "令和2年度
        # までの合計" every year of the table up to it
        part = asked if find_years(asked) else carried
        years = {y for first, last in year_spans(part) for y in range(first, last + 1)} or years
        # (the clause of the year decides: 「令和2年度までの実績を合計すると何件になり、5年間の累計目標の…」)
        clause = next((c for c in re.split(r"[、,。？?]", part) if find_years(c)), part)
        if len(years) == 1 and re.search(r"まで", clause) and not re.search(r"から|より|累計", clause):
            years = set(range(min(years) - UNTIL_YEARS, min(years) + 1))
        if months:
            # (「2025年２月に…合わせて何人」: the month's fiscal year, 令和６年度, as for any question)
            years = _months_asked(part, years)[1]
    carried_years = {y.western for y in find_years(carried)}
    if op == "diff" and len(years) == 1 and carried_years - years and find_years(asked):
        # a follow-up 「令和2年度について、令和元年度と比べると」: the year spoken of and the asked one
        years |= carried_years
    if (op == "diff" and len(years) == 1 and "目標" not in kinds and _CHANGE.search(asked) and not cumulative
            and not _SINCE_THE_START.search(asked)):  # (compared with the first year, not the one before)
        years.add(min(years) - 1)  # 令和6年度の1年間で何社増えた: from the year before
    if op == "rate" and ("進捗" in kinds):
        op = None  # "進捗度は何％" asks for a printed cell, computed only when none is printed
    # the kind of value asked now: a follow-up's own detail (「メールアドレスは？」 after the phone
    # number of the same 問い合わせ先) decides, the carried topic only when it asks none
    wants = [name for name, pattern in _WANTS if pattern.search(asked)] or [
        name for name, pattern in _WANTS if pattern.search(q)]
    if "who" in wants and set(wants) & _FIGURE_WANTS and not _WHO_INTERROGATIVE.search(asked):
        # 「代表者の交代を予定しているのは何％」: a person's title names what is counted; the
        # interrogative (何％) asks a figure, and no 誰, どこ or どの asks a person or a body
        wants.remove("who")
    if "quantity" in wants and _AMOUNT_HOW_MUCH.search(asked):
        wants.remove("quantity")  # 「成約した契約の金額は、合計でどのくらい」: how much money, not how many
    if "quantity" in wants and _VOLUME_ASKED.search(asked) and "money" not in wants:
        wants[wants.index("quantity")] = "volume"  # 「どれくらいの量を保管できますか」: not a price
    if "quantity" in wants and _MEASURE_ASKED.search(asked):
        wants[wants.index("quantity")] = "measure"
    # 「コロナの影響が大きかった令和２年度は」: a clause that says which year names no cell
    topic = _YEAR_CLAUSE.sub(" ", q)
    topic = _START_CLAUSE.sub(" ", topic)  # (「制度が始まった年度」 says which year, like a year)
    topic = re.sub(r"(?<=月)(?:ごろ|頃)?の時期|(?<=月)(?:ごろ|頃)", " ", topic)  # (「２月ごろの時期に」: a month, no topic)
    for y in sorted(find_years(topic), key=lambda m: -m.start):
        # (「2024年度末時点」「令和6年度末現在」: the point of the year is part of the year, no topic)
        end = y.end + len(_YEAR_POINT.match(topic, y.end).group(0))
        topic = topic[:y.start] + " " + topic[end:]
    if words is not None:
        topic = " ".join(w for w in words(topic) if not re.fullmatch(r"[0-9]+|何.*|いつ.*|" + _NOW + r"|第|[百千万億兆]*円?|百万円|前年度?|前の年度?|昨年度?|" + _SPAN_WORDS + r"|[ヵヶか]?月間|[ヵヶか]月|[ヵヶかカケ箇](?:国|所)|間|あと|必要|パーセント|割|向け|" + _KANA_NO_TOPIC + "|" + _VALUE_KINDS + "|" + _COUNTED_CASE, w))
    else:
        topic = _QUESTION_NOISE.sub(" ", topic)
    for m in _EXCLUDED.finditer(q):
        # 「ワンストップサービスを除いた小計」: what is left out names no cell the question asks for
        left_out = words(m.group(1)) if words is not None else [m.group(1)]
        topic = " ".join(w for w in topic.split() if w not in left_out)
    for word, _ in _KIND_WORDS:
        topic = topic.replace(word, " ")
    # periods of a group, and whether a target was reached (the verdict every record answer gives)
    topic = re.sub(r"初年度|最終年度|初年|[0-9]+年目|最初|最後|達成|最新|いちばん|一番|[0-9]*番目|集計|時点|種類|一緒|両方|全部", " ", topic)
    # words of the arithmetic itself (「マイナス分も含めて計算してください」) name no cell
    topic = re.sub(r"計算|マイナス|プラス|含め", " ", topic)
    topic = re.sub(_USUALLY, " ", topic)  # (「普通は何日」: how often, no cell's word)
    if re.search(r"(?:目標|計画)(?:どおり|通り)", q):
        topic = re.sub(r"どおり|通り", " ", topic)  # 目標どおり asks whether a target was reached, like 達成
    for _, pattern in _OP_WORDS:
        topic = pattern.sub(" ", topic)
    if _NOBE.search(q):
        topic = re.sub(r"延べ", " ", topic)  # (the word apart from its 何: how to count, no topic)
    per_unit = _PER_UNIT.search(q) if _RATIO_ASKED.search(q) else None
    if per_unit:
        # 「１人当たり平均何泊」 says how to divide, as 合計 says how to add: neither it nor the counter
        # of its 何 names a cell
        asked_counter = re.search(r"何([\u4e00-\u9fff]|kg|トン)", q)
        unit = per_unit.group("counter")
        dividing = {"1" + unit, "一" + unit, unit, "当たり", "あたり", "平均",
                    *([asked_counter.group(1)] if asked_counter else [])}
        topic = " ".join(w for w in topic.split() if w not in dividing)
    attribute = ""
    # 「ドイツ系の企業はどのくらいの割合を」: the noun after どのくらいの is what is asked
    # (「海外バイヤーは延べ何人」: 延べ says how to count, the noun before it what)
    qa = _NOBE.sub("", q)
    m = (_CLOSING_REQUEST.search(qa) or HOW_MUCH_OF.search(qa.rpartition("について、")[2]) or _ATTRIBUTE.search(qa)
         or (_VERB_ATTRIBUTE.search(qa) if _ASKS.search(qa) else None) or _BARE_ATTRIBUTE.search(qa))
    if m:
        attribute = next(g for g in m.groups() if g)
        # 「チャーター便を利用した旅客は」: a clause before the noun says which, the noun what
        # (「州から受け入れた人数は」: any verb's past before the noun, 受け入れた, ends such a clause)
        attribute = re.sub(r"^.*(?:した|する|された|される|している|できる|(?<=[\u3041-\u3093\u4e00-\u9fff])た)"
                           r"(?=[\u4e00-\u9fff\u30a0-\u30ff]{2}|[人者社]$)", "", attribute)
        for y in sorted(find_years(attribute), key=lambda y: -y.start):
            attribute = attribute[:y.start] + attribute[y.end:]  # a year is no detail (令和元年度は どう)
        attribute = _PREVIOUS_YEAR.sub("", attribute)
        attribute = re.sub(r"^(?:うち|その|この|各)", "", attribute)
        attribute = _HOW_DIVIDED.sub("", attribute)
        # (「香港向けは」: the row bound for 香港, as its label writes it)
        attribute = re.sub(r"(?<=[\u30a0-\u30ff\u3400-\u9fff]{2})向け$", "", attribute)
        if words is not None:
            attribute = "".join(w for w in words(attribute)
                                if not re.fullmatch(r"[0-9]+|" + _NOW + "|" + _SPAN_WORDS + "|" + _USUALLY, w))
        # (「目標件数」: the kind of row, read as a kind, and the kind of value)
        attribute = re.sub(rf"^(?:それぞれ|各)?(?:目標|実績)?(?:{_VALUE_KINDS})?$", "", attribute)  # a kind of value, no detail
        if re.fullmatch(_COUNTED_CASE, attribute) and re.search(r"何件|件数", qa):
            attribute = ""  # 「…を戻した案件は何件」: what 件 counts, no label's detail
        if attribute.endswith("以外"):
            attribute = ""  # 「英語以外は何件」: what is not a row or column, computed, no label of its own
        if _MOST_CHANGED.search(qa.rpartition("について、")[2]):
            attribute = ""  # 「一番減った国はどこ」: the kind of row asked (国), no detail
        if op in ("max", "min") and re.match(r"(?:は|が)\s*(?:どこ|どれ|誰)", qa[m.end(m.lastindex or 0):]):
            attribute = ""  # 「２番目に多い供与先はどこ」: the kind of row asked, no detail
        if op == "diff" and dict(_OP_WORDS)["diff"].fullmatch(attribute):
            attribute = ""  # 残りを教えて, 差は: the gap asked, no detail
        if re.search(r"いつ|どこ|誰|(?<![なほ])どの|どう|(?<![0-9])何", next(g for g in m.groups() if g)):
            attribute = ""  # 「いつオープンしてどこが」: a verb between two interrogatives, no detail
        if re.search(r"(?:より|と比べて|に比べて)$", next(g for g in m.groups() if g)):
            attribute = ""  # 「セレクト神奈川100よりいくら多い」: what is compared with, no detail
        if attribute and re.search(re.escape(attribute) + r"(?:など|等)?(?:も|を)含め", qa):
            attribute = ""  # 「コーチなども含めて何人」: what the count includes, no detail of its own
        if attribute and any(attribute in m.group(1) for m in EXAMPLE.finditer(qa)):
            attribute = ""  # 「自動車部品などの輸送用機器の会社」: an example of what the question names
    position = "first" if re.search(r"初年度|1年目|最初の年度|初年", q) else (
        "last" if re.search(r"最終年度|最後の年度", q) else None)
    until = bool(periods) and len(years) == 1 and op in ("sum", "rate") and bool(re.search(r"まで", year_clause))
    return Intent(text=q, years=years, months=months, kinds=kinds, op=op, wants=wants, topic=topic, attribute=attribute,
                  place=place, group_position=position, periods=periods, latest=bool(_LATEST.search(q)) and not years,
                  remaining=op == "diff" and bool(_REMAINING.search(asked)), until_in_period=until,
                  cumulative=cumulative, times=times, growth=op == "diff" and bool(_GROWTH.search(asked)))


# How a figure is divided, which names no detail (「１件当たり平均いくら」「１回の活動につき」), and the
# ところ of 「…を挙げたところは何割」 (the ones counted; the attribute pattern cuts its と off).
_HOW_DIVIDED = re.compile(r"(?:[0-9一]?[\u4e00-\u9fff\u30a0-\u30ff]{0,3}(?:当たり|あたり)|(?:に)?つき)(?:平均)?$|^ころ$")
# Words for the kind of value asked (目標と実績の人数, それぞれの件数): no topic, no detail.
# (「どのくらいの水準」: a level asked is a value, whatever it is a level of)
_VALUE_KINDS = "人数|件数|社数|回数|金額|数値|数字|点数|水準|レベル"
# What a count is of, in a question's words (「…を戻した案件は何件」「認定された案件では、何人を」): no
# label's word, nor a topic word.
_COUNTED_CASE = r"案件|ケース"
# what follows a year to name a point of it (年度末時点, 末現在, 当初)
_YEAR_POINT = re.compile(r"末?(?:時点|現在)?")
_LATEST = re.compile(r"最新|新しい|直近|最近|現時点|現在")


def _row_named(row: str, question: str) -> bool:
    """Whether the question names a row by its label (without a trailing unit: 情報発信数（件）)."""
    core = re.sub(r"[（(][^（）()]*[）)]$", "", squash(row))
    return len(core) >= 3 and core in squash(question)


# Labels of a form or guideline named in other words: a question about when applications are
# accepted (いつから受け付け, いつ締め切られる) asks for the 募集期間 line, one about the phone for
# the 電話 line. Each pair: what the question says, and the labels that mean it. These are the
# standing labels of the genre (subsidy guidelines, partner profiles), not of one document.
_LABEL_CONCEPTS = (
    (re.compile(r"受け?付け?(?!時間)|締め?切|応募|公募|募集|(?:申請|応募|申し?込)[^。？?]{0,12}いつ|いつまでに(?:申請|応募|申し?込)"),
     re.compile(r"(?:募集|受付|申請|公募|応募)(?:期間|期限)|締切|提出期限")),
    (re.compile(r"電話|TEL|連絡先", re.IGNORECASE), re.compile(r"電話|TEL", re.IGNORECASE)),
    (re.compile(r"メール|アドレス|e-?mail", re.IGNORECASE), re.compile(r"メール|e-?mail|mail", re.IGNORECASE)),
    (re.compile(r"住所|所在地|場所|どこにあ"), re.compile(r"所在地|住所")),
    (re.compile(r"どこで(?!も)|場所|会場"), re.compile(r"場所|会場")),
    (re.compile(r"代表|トップ|責任者"), re.compile(r"代表者?$")),
    (re.compile(r"申請先|提出先|申込先|どこ(?:に|へ)(?:申請|提出|申し?込)"), re.compile(r"(?:申請|提出|申込)先")),
    # 「どこが中心になって進める」: the body that carries a plan or programme
    (re.compile(r"中心(?:に|と)なって|中心的|推進(?:する|している|していく)(?:の|主体)|主体"), re.compile(r"(?:推進|実施|事業|運営)主体|推進体制")),
)


# A rate named by its deed (回答率, 採択率, 回収率) and a share asked of those who did the deed
# (「どのくらいの割合の事業者が回答しましたか」「何割が採択されましたか」).
_RATE_LABEL = re.compile(r"(?P<deed>[\u3400-\u9fff]{2})率$")
# The goods of a thing or a trade (工芸品, 加工製品, 菓子類): the thing with 品, 製品 or 類 after it.
_GOODS_OF = re.compile(r"(?<=[\u4e00-\u9fff\u30a0-\u30ff]{2})(?:製品|品|類)$")
_SHARE_ASKED = re.compile(r"割合|何\s*(?:[%％]|パーセント|割)")


def _label_concept_named(label: str, question: str) -> bool:
    """Whether the question asks, in its own words, for what a form label means (see _LABEL_CONCEPTS),
    or asks the share of those who did the deed a rate's label names (see _RATE_LABEL)."""
    label = squash(label)
    return (any(ask.search(question) and means.search(label) for ask, means in _LABEL_CONCEPTS)
            or _rate_of_deed_named(label, question))


def _rate_of_deed_named(label: str, question: str) -> bool:
    """Whether the question asks the share of those who did the deed a rate's label names
    (「どのくらいの割合の事業者が回答しましたか」 of 回答率)."""
    rate = _RATE_LABEL.search(squash(label))
    return bool(rate and _SHARE_ASKED.search(question)
                and re.search(re.escape(rate.group("deed")) + r"(?:し|する|さ|でき)", question))


_LABEL_WORD = re.compile(r"[\u30a0-\u30ff\u3400-\u9fffA-Za-z]{2,}")


def _label_words_named(label: str, question: str) -> bool:
    """Whether every word of a label of two or more words is in the question (「英語での相談」 of
    「英語で相談したい…電話番号は」): the question names that line, not only the kind of value."""
    words = _LABEL_WORD.findall(_nfkc(label))
    return len(words) >= 2 and all(w in question for w in words)


def _part_asked(question: str) -> str:
    """The part a question asks for after "…のうち" (a part of what it named before), or ""."""
    asked = question.rpartition("について、")[2]
    return re.split(r"うち[、,]?", asked)[-1] if "うち" in asked else ""


_PERIOD = re.compile(r"第\s*([0-9]{1,2}|[一二三四五六七八九十]{1,3})\s*期")


def _periods(text: str) -> set[str]:
    """Plan periods a text names, normalised ("第２期", "第 2 期", "第二期" -> "第2期")."""
    periods = set()
    for m in _PERIOD.finditer(_nfkc(text)):
        try:
            periods.add(f"第{small_number(m.group(1))}期")
        except ValueError:  # 第十十期 names no period
            continue
    return periods


@dataclass
class Found:
    """A record answer: the statement, the cells it rests on, and whether it was computed."""

    statement: str
    cells: list[tuple[TableRecord, Cell]]
    computed: bool = False
    score: float = 0.0
    topic: float = 0.0  # share of what the question names that the cells' labels hold
    refused: bool = False  # the table shows the asked value is not given (an empty column)
    reading: ClassReading | None = None  # the class of firm the question's firm was read to be of
    total: float | None = None  # the amount a computed price states, in its cell's unit (9,800円 × 3)
    summed: bool = False  # the statement adds the cells' figures up (_sum_answer)
    notes: tuple[Footnote, ...] = ()  # notes under the table the statement also rests on (a rate's base)
    cost_given: str | None = None  # the cost a grant at a percent rate is computed of, as asked (「45万円」)


@dataclass
class _Scored:
    record: TableRecord
    cell: Cell
    topic: float
    score: float
    meaning: str = ""  # what the document says the cell's labels mean (their definition lines)


class Lookup:
    """Find the cells a question asks for among candidate records.

    Args:
        weight: IDF-like weight of a character bigram (rare bigrams name the topic); every
            bigram weighs 1 when None.
        min_topic_share: see MIN_TOPIC_SHARE.
        document_text: the text of a document by its id (NFKC, without whitespace), when known: a
            word the record's document writes again and again (学生 of an internship report) is
            its subject, which its tables need not repeat.
    """

    def __init__(self, weight: Callable[[str], float] | None = None, *, words: Callable[[str], list[str]] | None = None,
                 names: Callable[[str], list[str]] | None = None, min_topic_share: float = MIN_TOPIC_SHARE,
                 document_text: Callable[[str], str] | None = None):
        self.weight = weight or (lambda g: 1.0)
        self.words = words
        self.names = names
        self.min_topic_share = min_topic_share
        self.document_text = document_text

    # -- scoring ------------------------------------------------------------------------------
    def _weigh(self, gram: str) -> float:
        # a one-character word says less than a two-character one
        return self.weight(gram) * (0.5 if len(gram) == 1 else 1.0)

    def _topic_share(self, grams: set[str], cell_grams: set[str]) -> float:
        # (fsum: a set's order changes with string hashing between runs, and ties must not)
        total = math.fsum(self._weigh(g) for g in grams)
        if not total:
            return 0.0
        return math.fsum(self._weigh(g) for g in grams if g in cell_grams) / total

    def score(self, intent: Intent, records: Iterable[TableRecord]) -> list[_Scored]:
        grams = _bigrams(intent.topic)
        # several kinds asked (実績と進捗度): each kind brings its own kind of value
        wants = [] if len(intent.kinds) >= 2 else [w for w in intent.wants
                                                    if not (w == "rate" and ("進捗" in intent.kinds or intent.op == "rate"))]
        if "which" in wants and len(wants) > 1:
            wants.remove("which")
        if intent.op in ("max", "min"):
            # 「最も多かった連携大学はどこ」: the row is the answer, its figure the measure
            wants = [w for w in wants if w not in ("place", "which")]
        counter = next((unit for word, unit in _COUNTERS if word in intent.text), None)
        quoted = {squash(q) for q in _QUOTED.findall(intent.text)}
        # (the words of what is asked now: a follow-up's carried topic names the table, not a column)
        topic_words = [squash(w) for w in intent.topic.split() if len(w) >= 2
                       and squash(w) in squash(intent.text.rpartition("について、")[2])]
        capacity = bool(_CAPACITY_ASKED.search(intent.text.rpartition("について、")[2]))
        q_squashed = squash(intent.text)
        row_values: dict[tuple, list[str]] = {}
        part = squash(_part_asked(intent.text))
        asked = intent.text.rpartition("について、")[2]  # (a follow-up's carried topic names no line)
        # a follow-up's carried subject (「日本から現地へ派遣した専門家について、その年度の事業費は」) names
        # the table it was read from: another column of the table holds it, the cell what is asked now
        carried, asked_now = _carried_grams(intent)
        out: list[_Scored] = []
        latest: dict[tuple, int] = {}
        for rec in records:
            for c in rec.cells:
                if c.fiscal_year and c.number is not None:
                    key = (id(rec), c.row)
                    latest[key] = max(latest.get(key, 0), c.fiscal_year)
                    by_kind = (id(rec), c.row, cell_kind(c))
                    latest[by_kind] = max(latest.get(by_kind, 0), c.fiscal_year)
        own_side = bool(_ASKS_PREFECTURE.search(intent.text))
        # label–value lines by place: a line's neighbours say whose it is (担当 … 国際経済課 on the
        # line above names the 電話 below), whether they are one record or one record per line
        lines_at: dict[tuple[str, str], list[tuple[int, str]]] = {}
        for rec in records:
            if rec.kind == "facts":
                for c in rec.cells:
                    lines_at.setdefault((rec.doc_id, rec.section), []).append((c.line, f"{c.row} {c.value}"))
        # a table's label that a line of its document defines (「(1) 施設・設備整備費：研究開発拠点の
        #建物の取得費、改修費…」): the question may name the label by what it covers (改修や機器の購入)
        meanings = {(rec.doc_id, squash(c.row)): c.value for rec in records if rec.kind == "facts"
                    for c in rec.cells if len(squash(c.value)) >= DEFINITION_MIN_CHARS and c.number is None}
        regions_asked = regions_named(intent.text)
        places_asked = places_in(asked)
        joined = tuple(dict.fromkeys((*places_asked, *regions_named(asked))))
        denied = {squash(m.group(1)) for m in _DENIED.finditer(intent.text)}
        # (a large firm, 「大手メーカー」, is no 中小企業: a row or column of small firms is not its own;
        # a firm from outside the prefecture, 「県外の会社」, is no 県内 one; unless the question names
        # that class too, 「大企業と中小企業でそれぞれ」, and asks of both)
        unlike = [label for _, label in _classes_not_of(asked)]
        firm_deeds = _firm_deeds(intent.text)
        for rec in records:
            context = _label_grams(" ".join((rec.title, rec.section, rec.note, rec.doc_title)))
            months_of_rows = row_months(rec) if intent.months else {}
            # (「東南アジアから」: the タイ row of a table is of it)
            regions_of_rows = regions_asked if rec.kind == "table" else []
            # (its column labels, for a cell of the column asked now: a row the carried subject names
            # is still that row, 「中小企業モビリティ参入促進補助金について、全部で」 is not the 合計
            # row, and a column it names is still the one read when no other is asked)
            held = carried & _label_grams(" ".join({x for c in rec.cells for x in (c.column or "", c.column_group or "")})
                                          ) if carried and rec.kind == "table" else set()
            neighbours = lines_at.get((rec.doc_id, rec.section), ()) if rec.kind == "facts" else ()
            for cell in rec.cells:
                window = " ".join(text for line, text in neighbours if abs(line - cell.line) <= FACT_WINDOW_LINES)
                card = ""
                if rec.kind == "facts" and len(rec.cells) > 1:
                    # the lines of one card under one heading (ｂ AGORA Hon-atsugi: 所在地 … 施設運営者)
                    # are about one subject, however many lines apart
                    card = " ".join(f"{c.row} {c.value}" for c in rec.cells if c is not cell)
                block = _label_grams(f"{window} {card}") if window or card else set()
                labels = _label_grams(" ".join(x for x in (cell.row, cell.column or "", cell.column_group or "",
                                                      cell.row_group or "") if x))
                for region in regions_of_rows:
                    if region_member(region, label_core(cell.row)):
                        labels |= _label_grams(region)
                # (and the reverse: 「出店先が香港の場合」 names the column 「アジア」, a region holding it)
                for label in (cell.column, cell.column_group, cell.row) if places_asked else ():
                    if label and (held := _places_held(label_core(label), places_asked, rec, cell)):
                        labels |= _label_grams(" ".join(held))
                # (and places named together, 「アメリカやヨーロッパに拠点がある企業」, a label of the
                # region that holds them both: 欧米)
                for label in (cell.column, cell.column_group, cell.row) if len(joined) >= 2 else ():
                    if label and (held := _region_joins(label_core(label), joined)):
                        labels |= _label_grams(" ".join(held))
                # 「青葉台交通株式会社が…受けた補助額」: a value of the row the question names (its 実施主体)
                # says which rows it is about, as a label would
                if rec.kind != "table":
                    named_values = []
                else:  # (the cells of one row share their source: read it once)
                    key = (id(rec), cell.row, cell.source)
                    if key not in row_values:
                        row_values[key] = _row_values_named(cell, rec, q_squashed)
                    named_values = row_values[key]
                labels |= _label_grams(" ".join(named_values))
                meaning = "" if rec.kind == "facts" else " ".join(
                    meanings.get((rec.doc_id, squash(x)), "") for x in (cell.column_group, cell.row_group, cell.row) if x)
                labels |= _label_grams(meaning)
                if cell.unit == "社" or (cell.unit == "件" and any(deed <= labels for deed in firm_deeds)):
                    # (a count in 社 counts firms: 会社, 企業, 事業者 by any label; so does a count in 件
                    # of what the question says the firms did, 申請件数 of 「申請した事業者」)
                    labels |= _FIRM_GRAMS
                if held and asked_now & _label_grams(f"{cell.column or ''} {cell.column_group or ''}"):
                    labels |= held
                own = self._topic_share(grams, labels | context)
                if block:
                    own += FACT_BLOCK_WEIGHT * (self._topic_share(grams, labels | context | block) - own)
                score = own
                if own_side and _PREFECTURE_OFFICE.search(window):
                    score += ROW_NAMED_BONUS  # the prefecture's own desk, not the partner's office
                # plan periods (第2期) like years: the cell's spanning group must be the asked one
                if intent.periods:
                    cell_periods = _periods(f"{cell.column_group or ''} {cell.row_group or ''} {cell.column or ''}")
                    if cell_periods & intent.periods:
                        score += 0.3
                    elif cell_periods:
                        score -= 0.6
                # years: the asked year must be the cell's; a cell of another year is out
                if intent.years:
                    years = _cell_years(cell)
                    if cell.fiscal_year in intent.years:
                        score += 0.3
                    elif years & intent.years:
                        score += 0.1  # a range that covers the year: weaker than the year itself
                    elif years:
                        score -= 0.6
                if intent.months:
                    month = MONTH_LABEL.fullmatch(squash(cell.column or "")) or MONTH_LABEL.fullmatch(squash(cell.row))
                    if month:  # (a column or a row per month: the asked month's, as a year pins a column)
                        score += 0.3 if int(month.group(1)) in intent.months else -0.6
                    elif (span := months_of_rows.get(cell.row)):
                        # (a row a note defines by its months, 「冬は令和７年１月から３月」: 2025年２月's)
                        score += 0.3 if span & intent.months else -0.6
                if any(squash(label_core(x)) in denied or any(u.search(label_core(x)) for u in unlike)
                       for x in (cell.row, cell.column or "") if x):
                    score -= 0.6  # (like a year not asked: the class the asker is said not to be)
                kind = cell_kind(cell)
                if intent.kinds:
                    if kind in intent.kinds:
                        score += 0.2
                    elif kind is not None:
                        score -= 0.3
                    if not intent.years and cell.fiscal_year and not is_dash(cell.value):
                        # no year asked: the report's current year (当該年度, or the latest figure)
                        score += 0.05 if squash(cell.column or "") == "当該年度" else 0.0
                        # (the latest of the asked kind: 実績 of 令和６年度, not the row's 令和８年度 target)
                        score += 0.05 * (cell.fiscal_year == latest.get((id(rec), cell.row, cell_kind(cell))))
                if intent.latest and cell.fiscal_year:
                    # "いちばん新しい集計": the row's latest year, as a year pins a column
                    score += 0.3 if cell.fiscal_year == latest.get((id(rec), cell.row)) else -0.3
                if len(re.sub(r"\s+", "", cell.value)) > MAX_VALUE_CHARS:
                    continue
                pinned = is_dash(cell.value) and _pinned(cell, q_squashed)
                if is_dash(cell.value) and not (intent.years or intent.kinds or pinned):
                    continue  # "not given" answers only a question that pins the cell down
                if wants and not looks_like(cell, wants) and ((rec.kind == "facts" and _labels_other_kind(cell, wants))
                                                              or _counted_not_priced(cell, wants) or not any(
                        # (its own labels named by what is asked now: a follow-up's carried 「小規模事業者・
                        # 補助率」 names the rate it asked before, not the cap 「その経費で…上限額はいくら」
                        # asks; the carried topic may still name the card, 「グローバル展開支援プログラム」)
                        # (a year named, 令和６年度, says when, not what: no count answers 「どこの国」;
                        # a comparison's years still pin the columns compared, 「…にかけて最も増えた国」)
                        _row_named(label, asked) and not (intent.op is None and _is_period_label(label))
                        for label in (cell.row, cell.column or "")) and not _row_named(
                        rec.title, intent.text)) and not (
                        # (a column the question quotes, 「とても満足」か「満足」と答えた人は何％: its counts
                        # make the share asked)
                        quoted and quoted & {squash(_column_core(x)) for x in (cell.column, cell.column_group) if x}):
                    # a count is no answer to "when", a name no answer to "how much" -- unless the
                    # question names the cell's own label ("総発注額はいくつ": the label says what it is),
                    # and a label–value line is not labelled as another kind of value (「ロサンゼルス
                    # 事務所」 named, its 所在地 line is still no phone number; table cells are kept for
                    # the shares and sums computed from them)
                    continue
                if counter == "社" and _counts_cases(cell, rec) and not any(deed <= labels for deed in firm_deeds):
                    continue  # 「バイヤーが何社」 is no 商談件数: a count of cases counts no firms
                if {counter, cell.unit} in ({"社", "人"}, {"社", "名"}):
                    continue  # 「賃上げをしたのは何社」 is no 現地従業員数（人）: firms are no people
                if {counter, cell.unit} & _GOODS_COUNTERS and {counter, cell.unit} & _BODY_COUNTERS:
                    continue  # 「何台輸出」 is no 輸出企業数（社）: goods are no firms
                row = squash(cell.row)
                # (or a subtotal row by what it adds up: アジア小計 of 「アジア向けは全体の何％」)
                if ((part and len(row) >= 3 and row in part)
                        or (part and rec.kind == "table" and len(added := _subtotal_of(cell.row)) >= 2 and added in part)
                        or (rec.kind == "facts" and (_label_concept_named(cell.row, asked)
                                                     or _label_words_named(cell.row, asked)
                                                     or (len(row) >= 3 and row in squash(asked))))):
                    score += ROW_NAMED_BONUS  # the row the question names, in its words or in other words
                elif named_values:
                    score += ROW_NAMED_BONUS  # the rows whose 実施主体 the question names
                if capacity and _CAPACITY_LABEL.search(cell.row):
                    score += ROW_NAMED_BONUS  # 「何社参加できる」 is asked of the 定員, not of a year's count
                if quoted and quoted & {squash(x) for x in (cell.column, cell.column_group) if x}:
                    score += QUOTED_LABEL_BONUS  # 「とても満足」 quoted is that column, not 満足 inside it
                if (cell.column and (not counter or (cell.unit or "").endswith(counter))
                        and any(w in squash(cell.column) and w in squash(f"{rec.title}{rec.section}")
                                and w not in squash(cell.row) for w in topic_words)):
                    # 「何社の回答が」 of a table titled 業種別の回答状況: every column is about 回答 by its
                    # title, the 回答企業数 column by its own label too
                    score += COLUMN_WORD_BONUS
                if counter and cell.unit and cell.unit.endswith(counter):
                    score += 0.1  # 何社 is answered by a cell counted in 社
                elif wants and not is_dash(cell.value) and looks_like(cell, wants):
                    score += WANTED_KIND_BONUS  # 成約金額 asked of a table of 件数 and 金額 columns: the 金額
                if is_dash(cell.value) and not intent.years and not pinned:
                    score -= 0.05  # (unless the question names its row and column: then it asks that cell)
                out.append(_Scored(rec, cell, own, score, meaning.strip()))
        # (of rows as near to the question, the one whose label it says word for word first: 「日インド
        # EPA」 is the 日インドＥＰＡ row, not 日インドネシアＥＰＡ, whose words it also holds)
        # (and of cells as near, the one whose column it says word for word: 「水産物の証明書」 is the
        # 水産物 column, whatever other words of the question the document's title holds; a year's
        # column is weighed by the years, 令和５年度 said is no nearer than 2023年度; then the group over
        # its column, 「ドローンを製造している会社」 of ドローン／補助率（％）, not 小型機械／補助率（％）)
        out.sort(key=lambda s: (s.score, _row_said_as_row(s.cell.row, intent),
                                bool(s.cell.column) and not _is_period_label(s.cell.column)
                                and _row_said(s.cell.column, asked, 3),
                                bool(s.cell.column_group) and not _is_period_label(s.cell.column_group)
                                and _row_said(s.cell.column_group, asked, 3)),
                 reverse=True)
        return out

    # -- answering ----------------------------------------------------------------------------
    def find(self, question: str, records: list[TableRecord], lead_docs: set[str] | None = None,
             terms: tuple[str, ...] = (), glossary: Iterable[tuple[str, str]] = ()) -> Found | None:
        """The record answer to `question`, or None when the records do not answer it.

        `lead_docs`: when given, the answer's cell must come from one of these documents (those
        of the best passages), so a similar table of another document does not answer.
        `terms`: terms the documents define that the question paraphrases (県外移転中小企業 for
        「県外に本社がある中小企業が…移す」); they are read as named by the question.
        `glossary`: the (definition, term) pairs of the lead documents: a word of the question
        that the definition of a term in the answer's labels uses (荷物 of 「１パレット」とは…荷物を
        いう) is near the answer.
        """
        defined = {squash(t) for t in terms}
        glossary = tuple(glossary)
        if _CALENDAR_ASKED.search(question):
            # 「西暦で何年度」 asks the calendar a year is told in, no word a table must hold, when a row
            # or column of years answers (the answer gives both, 令和２年度（2020年度）); of another cell,
            # 西暦 stays a word the cell lacks (「要綱は西暦で何年から施行」 is no 募集期間)
            plain = self.find(_CALENDAR_ASKED.sub("", question), records, lead_docs, terms, glossary)
            if plain is not None and plain.cells and (_is_period_label(plain.cells[0][1].row)
                                                      or _is_period_label(plain.cells[0][1].column or "")):
                return plain
        both = self._each_part(question, records, lead_docs, terms)
        if both is not None:
            return both
        own_words = question
        if terms:
            question += "".join(f"（{t}）" for t in terms)
        intent = read_intent(question, self.words)
        asked_part = intent.text.rpartition("について、")[2]
        if not intent.op and "money" in intent.wants and _done_together(asked_part, records, lead_docs):
            intent.op = "sum"  # 「フォーラムと個別商談会に参加する場合、参加費はいくら」: the two fees added
        if not intent.op and "money" in intent.wants and CAPS_USED.search(intent.text):
            intent.op = "sum"  # 「５つの経費区分をすべて上限額まで使った場合、…最大でいくら」: the caps added
        meaning = _mark_meant(intent.text, records, lead_docs)
        if meaning is not None:
            return meaning  # 「「○」の評価が付いていますが、どういう意味」: the legend of the table's notes
        if asks_yes_or_no(intent.text):
            # 「短期渡航登録でも、…説明会は利用できますか」: a mark table's row and its note's legend
            # (or a table of figures whose dash its note tells: 「「－」は、その他の事業者は利用できない」;
            # 「…の費用は、補助の対象になりますか」 asks whether, though it names a figure's kind)
            marked = [r for r in records if r.kind == "table" and (any(is_mark(c.value) for c in r.cells) or _dash_told(r))]
            said = _mark_said(intent.text, self.score(intent, marked)) if marked else None
            if said is not None or not intent.tabular:
                return said
        if not intent.tabular or not records or (REASON_ASKED.search(asked_part) and not _RESPONDENTS.search(asked_part)):
            # (a table holds figures, not why they are what they are: 「なんでマイナスに」; but those
            # who gave a reason are counted: 「使わない理由として…と答えた割合」)
            return None
        if COUNTING_RULE.search(asked_part):
            # 「３回相談した場合、相談件数はどう数えられますか」: how a table counts is a rule its text
            # states (「それぞれ１件と数える」), not one of its figures
            return None
        _add_compound_verb_stems(intent, records)
        self._add_kinds_listed(intent, records, lead_docs)
        if intent.op in ("sum", "diff"):
            records = _line_runs(records)  # (the lines of a breakdown a sum or difference names two of)
        scored = self.score(intent, records)
        if scored and intent.op is None:
            scored = _row_by_gloss(intent, scored)  # (「サックスのリード」 of the row a note says holds リード)
        told = _dash_of_counter(intent, scored) if intent.op is None else None
        if told is not None:
            return told  # 「１年に何回まで」 of a row whose 実施回数の上限（回） is 「－」, which a note tells
        if (scored and _asks_of_not_doing(asked_part) and not _rule_table(scored[0].record)
                and not _negated_labels(scored[0])):
            # 「今は輸出していない会社のうち、…」 asks of those who do not: a cell of those who do (うち
            # 直接輸出企業) is not theirs; a cell labelled as theirs (輸出していない企業, 未着手) answers,
            # or else the text does (「輸出していない93社のうち、…28社であった」). (A table of rules gives
            # such a firm its class by a definition, 新規輸出枠 of 「輸出の実績がない」: not this.)
            negated = next((s for s in scored[:40] if s.topic >= self.min_topic_share and _negated_labels(s)), None)
            if negated is None:
                return None
            scored = [negated] + [s for s in scored if s is not negated]
        if (intent.op in ("max", "min") and asks_which_extreme(intent.text)
                and _place_asked(_nfkc(intent.text.rpartition("について、")[2])) == 1):
            # 「どの協定がいちばんよく使われて」 and a line that says which (最も多く使われている協定：…,
            # 主に使う貿易条件：ＦＣＡ): it answers as written, nothing to compare (a line names the
            # first, not the second: 「２番目に多い」 is read off the table)
            plain = dataclasses.replace(intent, op=None)
            said = self._extreme_said(plain, records)
            if said is not None:
                intent, scored = plain, said
        if intent.op in ("max", "min") and scored and not _compared_in(scored[0], intent.text):
            # 「生産者が…２番目に多く挙げたのは何」 compares rows the question does not name: of the cells
            # about as good, one of a column of several rows, not the row 生産者 of a sentence's
            # breakdown (「回答者169者（生産者112者、出荷団体・輸出事業者57者）」)
            rival = next((s for s in scored if s.score >= scored[0].score - 1e-9 and _compared_in(s, intent.text)), None)
            if rival is not None:
                scored = [rival] + [s for s in scored if s is not rival]
        if scored and len(intent.years) == 1 and _SINCE_THE_START.search(intent.text.rpartition("について、")[2]):
            # 「令和６年度の融資額は、制度が始まった年度と比べて何倍」: the first year the best table
            # holds is the other year compared
            held = {c.fiscal_year for c in scored[0].record.cells if c.fiscal_year}
            if len(held) >= 2 and min(held) < min(intent.years):
                intent.years = intent.years | {min(held)}
                intent.times = bool(_TIMES.search(intent.text.rpartition("について、")[2]))
                intent.op = intent.op or ("diff" if intent.times else None)
                scored = self.score(intent, records)
        asked_now = intent.text.rpartition("について、")[2]
        if scored and len(intent.years) == 1 and intent.op == "sum" and _FROM_THE_START.search(asked_now):
            # 「設立から令和６年度までの追加投資を全部合わせると」: every year the best table holds, up
            # to the one named
            held = {c.fiscal_year for c in scored[0].record.cells if c.fiscal_year}
            span = {y for y in held if y <= max(intent.years)}
            if len(span) >= 2:
                intent.years = span
                scored = self.score(intent, records)
        if (scored and len(intent.years) == 1 and intent.op in (None, "diff") and _COMPARED_WITH.search(asked_now)
                and (_TIMES.search(asked_now) or intent.op == "diff")):
            # 「2021年度の調査と比べて、…何倍になりましたか」: the year named is the one compared with,
            # the other is the best table's latest
            held = {y for c in scored[0].record.cells for y in _cell_years(c) if c.fiscal_year}
            if held and max(held) > max(intent.years):
                intent.years = intent.years | {max(held)}
                intent.times = bool(_TIMES.search(asked_now))
                intent.op = "diff"
                scored = self.score(intent, records)
        if (scored and not intent.years and intent.op in (None, "diff") and _LAST_TIME.search(asked_now)
                and (_TIMES.search(asked_now) or intent.op == "diff")):
            # 「前回の調査から何ポイント上がりましたか」: the best table's last two years
            held = sorted({y for c in scored[0].record.cells for y in _cell_years(c) if c.fiscal_year})
            if len(held) >= 2:
                intent.years = set(held[-2:])
                intent.times = bool(_TIMES.search(asked_now))
                intent.op = "diff"
                scored = self.score(intent, records)
        if TIME_TAKEN_ASKED.search(asked_now):
            # 「実績報告を出してからどのくらいで振り込まれますか」: only a span of time answers
            # (or a figure of a column of days taken, 標準処理日数（日）)
            scored = [s for s in scored if DURATION_VALUE.search(_nfkc(f"{s.cell.value}{s.cell.unit or ''}"))
                      or (s.cell.number is not None and _DAYS_LABEL.search(_column_core(s.cell.column or "") or squash(s.cell.row)))]
        rate = _COUNTED_RATE.search(asked_now) if intent.op in (None, "rate") else None
        # (a rate the best tables print is read, not computed; the counts are scored as counts)
        rated = _counted_rate(intent, rate, self.score(dataclasses.replace(intent, wants=["count"]), records)
                              ) if rate is not None and not _rate_printed(rate.group(1), scored) else None
        if rated is not None:
            return rated  # 「2024年度の採択率は」: 採択件数 ÷ 申請件数 of the year's row
        if scored and (columns := _quoted_columns(intent, scored[0].record)):
            # 「「満足」か「やや満足」と答えたのは、回答者の何％」: the quoted answers' share of the row
            return _quoted_share(intent, scored, columns)
        granted = _grant_for_cost(intent, scored)
        if granted is not None:
            return granted
        crossed = _first_past(intent, scored)
        if crossed is not None:
            return crossed  # 「初めて3,000件を超えたのはいつ」: the first year past the figure
        # (a row's own computations read the row the question names: 「アメリカ市場向けの案件には、
        # １件当たり平均」 is no 台湾 row of a table that does not write アメリカ)
        rows = self._naming_first(question, scored)
        average = _per_unit(intent, rows) or _per_month(intent, rows) or _per_year(intent, rows)
        if average is not None:
            return average
        grouped = _group_total(intent, rows)
        if grouped is not None:
            return grouped
        compared = _rows_by_two_columns(intent, scored)
        if compared is not None:
            return compared
        marked = _rows_marked(intent, scored)
        if marked is not None:
            return marked
        if scored and intent.op in (None, "sum"):
            # the best cell lacks the question's most specific word (投資額) and a table that holds it
            # names more of the question: that table is the one asked about, whatever the best cell's
            # kind bonus (「…投資額の実績」 and a 実績 column of another table that names no 投資額)
            top = scored[0]
            rarest = self._rarest_word(intent, top)
            # (a card's line the question names, 「委託している技術者：５人」 of 卸売業Ｆ社, is still not
            # whose figure it asks when the word is a table's row whole: 「小売業の会社が…」 of 小売業;
            # so for a sum too, 「合わせて何人」, which reads that row)
            whose = next((w for w in intent.topic.split() if top.record.kind == "facts" and len(w) >= 3
                          and not _holds(w, top) and any(x.record.kind == "table" and squash(label_core(x.cell.row)) == w
                                                         for x in scored[:40])), None)
            rarest = whose or rarest
            if whose or (intent.op is None and self._lacks(rarest, intent, top, [top], defined)):
                named = next((x for x in scored if x.topic > top.topic and _holds(rarest, x)), None)
                if named is not None:
                    scored = ([x for x in scored if x.record is named.record]
                              + [x for x in scored if x.record is not named.record])
        if intent.group_position and not intent.years:
            # (第3期の最終年度（令和9年度）: a year the question names pins the column itself)
            scored = _by_group_position(intent, scored)
        scored = _within_bounds(intent, scored)
        narrower = _band_not_printed(intent, scored)
        if narrower is not None:
            return narrower  # (「５人以下に限ると」 of a survey whose smallest class is 20人以下)
        scored = _whole_row_first(intent, scored)
        if (not intent.op and (intent.years or intent.kinds or intent.periods) and scored
                and scored[0].topic < self.min_topic_share):
            # a cell the question does not name ranks first only by its year or kind: the cells it
            # names come first, so a row without the asked year says so instead of another row answering
            # (a row the question names by the document's definition of it is named, and so is one
            # it writes whole or mostly, holding the kind asked: `_case_of_named_row`)
            scored = [s for s in scored if s.topic >= self.min_topic_share or _labelled_by(s, defined, columns=False)
                      or _case_of_named_row(intent, s) or _year_row_asked(intent, s)]
        if (intent.op == "rate" and scored and scored[0].record.kind == "facts" and _SHARE_OF_WHOLE.search(asked_now)
                and not _rate_of_deed_named(scored[0].cell.row, asked_now)):
            # a share of a whole is read off a table: a card of one event (「受講者：46人」) holds no whole
            # (unless the line is the rate asked: 回答率 of 「対象のうちどのくらいの割合が回答し」)
            table = next((s for s in scored[:40] if s.record.kind == "table" and s.topic >= self.min_topic_share), None)
            if table is not None:
                scored = [s for s in scored if s.record is table.record] + [s for s in scored if s.record is not table.record]
        if not scored or (scored[0].topic < self.min_topic_share and intent.op != "missed"
                          and not self._rows_together(intent, scored) and not _labelled_by(scored[0], defined)
                          and not _case_of_named_row(intent, scored[0]) and not _year_row_asked(intent, scored[0])
                          and not self._named_but_the_firm(intent, scored[0])):
            return None  # ("which indicators missed their target" names no table: all are read)
        if (not intent.op and "進捗" in intent.kinds and _ACHIEVEMENT_ASKED.search(intent.text.rpartition("について、")[2])
                and not any(s.record is scored[0].record and cell_kind(s.cell) == "進捗" for s in scored)):
            # the table prints no rate: it is computed from the actual and the target
            intent.op, intent.attribute = "rate", None
        if intent.op == "rate" and scored and scored[0].record.kind == "table":
            # 「輸入額のうち、中国からの輸入は何％」: the share of the row the question names, in the table
            # that holds it, not a table of printed shares (港湾別の構成比) that holds no row it names
            if not _holds_row_said(scored[0].record, asked_now):
                # (of the year asked, when the best table is: 「令和６年度に…何％を占め」 is no share of the
                # 令和７年度 rate table that holds the row)
                of_year = bool(intent.years) and scored[0].cell.fiscal_year in intent.years
                holder = next((s for s in scored[:200] if s.record.kind == "table" and s.topic >= self.min_topic_share
                               and _holds_row_said(s.record, asked_now)
                               and not (of_year and not any(c.fiscal_year in intent.years for c in s.record.cells))), None)
                if holder is not None:
                    scored = ([s for s in scored if s.record is holder.record]
                              + [s for s in scored if s.record is not holder.record])
        if intent.op == "rate" and scored:
            # (the row named whole, 南アジア, before one that only holds its words, 東南アジア)
            scored = _whole_row_first(dataclasses.replace(intent, op=None), scored)
            printed = _printed_share_named(intent, scored)
            if printed is not None:
                # 「生成ＡＩを使っている会社の割合は」 of a table that prints it as a row (生成ＡＩの利用率 ％):
                # that row answers, not a share computed of the count the question's 会社 is nearer to
                intent.op, intent.attribute = None, ""
                scored = [printed] + [s for s in scored if s is not printed]
        if intent.op == "rate" and scored:
            top = scored[0]
            combined = _groups_share(intent, top) or _listed_rows_share(intent, top, own_words)
            if combined is not None:
                # 「中小企業と大企業を合わせると、…全体の何％」: of both groups' counts; 「タイ、ベトナム、…の
                # 団体への加入は何％」: of the rows named together
                return combined
            share = next((s for s in scored if s.record is top.record and s.cell.row == top.cell.row
                          and _SHARE_LABEL.search(s.cell.column or "") and not is_dash(s.cell.value)), None)
            if share is not None and _part_column_pair(_share_row(intent, top), squash(asked_now)) is not None:
                # (「紛争の相談のうち、弁護士相談まで進んだものの割合」 names the row's 「うち弁護士相談」:
                # the part's share of its row, not the row's printed share of the table)
                share = None
            if share is not None and _whole_column_named(share, asked_now):
                # 「…事業者は、輸出事業者全体の何％」 names the whole by another column (輸出事業者数): the
                # row's share of that column's total, not the printed 構成比 (of 輸出量, the table's measure)
                whole = _total_share(intent, top.record)
                if whole is not None:
                    return whole
            if share is None and top.record.kind == "table" and (part := _row_part_share(intent, top.record, glossary)) is not None:
                # 「台湾の回答者のうち、…ツアーに参加した人の割合」: the row and the part column of the
                # best table, named as whole and part, whatever other tables say of 割合
                return part
            if share is not None:
                # 「どのくらいの割合」 of a table that prints each row's share (構成比（％）): a lookup
                intent.op, intent.attribute = None, ""
                scored = [share] + [s for s in scored if s is not share]
            elif (top.cell.unit == "%" and set(intent.wants) <= {"rate", "quantity"}
                  and not _ACHIEVEMENT_ASKED.search(intent.text.rpartition("について、")[2])
                  and _column_asked(intent, top.cell)):
                # a table of percentages (the answers of a survey, 徴収率（％）): 「…のうち、縮小すると
                # 答えたのは何％」 is the printed cell of the column it names, not a share computed of it
                intent.op, intent.attribute = None, ""
        if intent.op in ("max", "min") and scored and scored[0].record.kind == "facts":
            # the largest of several rows is read off a table: a label–value line is one value
            table = next((s for s in scored[:40] if s.record.kind == "table" and s.topic >= self.min_topic_share), None)
            if table is not None:
                scored = [s for s in scored if s.record is table.record] + [s for s in scored if s.record is not table.record]
        ranked = scored  # before the asked detail narrows them (a question may name two rows)
        if (intent.attribute and intent.op not in ("missed", "max", "min")
                and not (intent.times and scored and len(_named_rows_of(intent, scored, scored[0])) == 2)):
            # (「中国語の件数に比べて英語は何倍」: the detail read, 英語, is one of the two rows compared)
            # the asked detail must be named by the cell: the best cell that names it answers
            narrowed = [x for x in scored if _names_attribute(intent.attribute, x)
                        # (「…と答えたのはどのくらいの割合」: a cell of the best table, printed in ％, is a share)
                        or (_SHARE_SAID.fullmatch(intent.attribute) and x.cell.unit in ("%", "％")
                            and x.record is scored[0].record)
                        or (x.record.kind == "facts" and _label_concept_named(x.cell.row, intent.text))
                        or (x.cell.column and _labelled_by(x, defined))  # (the column the question means)
                        # (「現地確認の依頼は何件」: the uses of the service the cell's label names)
                        or _use_of_label(intent, x)]
            if (scored and scored[0].record.kind == "table"
                    and not any(x.record is scored[0].record and x.cell.row == scored[0].cell.row for x in narrowed)
                    and (self._subject_of(_beside_row(intent.attribute, scored[0]), scored[0].record.doc_id)
                         or intent.attribute in _nfkc(scored[0].record.doc_title))):
                # (unless it is the document's subject and names no other column of the best cell's
                # row: 「…と答えた学生は何人」 of a report about students counts students in every
                # table, and 「受け入れた合宿は何件」 of a report on training camps is its 受入実績の推移
                # as much as another table titled with 合宿; 「延べ何人の海外バイヤー」 still picks the
                # 海外バイヤー数 column beside the best cell)
                narrowed = scored
            if intent.op == "sum" and dict(_OP_WORDS)["sum"].fullmatch(intent.attribute):
                # 「インベスト神奈川２ｎｄステップの合計は」 reads the row's 合計 column; 「３年間で、インドネシア
                # からの受入は合計何人」 asks a sum, and the table's 合計 row is about no row it names
                # (a 合計 of another table than the best is no column of the row asked about)
                narrowed = [x for x in narrowed if x.topic >= self.min_topic_share
                            and x.record is scored[0].record] or scored
            if not narrowed or (narrowed[0].topic < self.min_topic_share and not self._rows_together(intent, narrowed)
                                and not _labelled_by(narrowed[0], defined) and not _case_of_named_row(intent, narrowed[0])
                                and not self._named_but_the_firm(intent, narrowed[0])):
                if ((intent.op == "rate" or re.search(r"率$|割合$", intent.attribute))
                        and (scored[0].topic >= self.min_topic_share or _row_and_column_said(intent, scored[0]))
                        and not self._whole_unwritten(intent, scored[0].record)):
                    # 「執行率」 printed nowhere: a share of two columns the question names
                    return (_row_part_share(intent, scored[0].record, glossary) or _total_share(intent, scored[0].record)
                            or _column_share(intent, scored[0].record, _share_row(intent, _total_if_tied(intent, scored)), records))
                return None  # the tables are about the topic, but not about the asked detail
            scored = narrowed
        if intent.op not in ("max", "min", "missed"):
            # rows the question does not tell apart (every breakdown row of a table scores the same):
            # the table's total answers (「個別支援件数は前年度と比べて」 is the 合計 row)
            tied = [x for x in scored[:40] if x.record is scored[0].record and abs(x.score - scored[0].score) < 1e-9
                    and _same_place(x.cell, scored[0].cell)]
            total = next((x for x in tied if is_total(x.cell)), None)
            if _asks_of_not_doing(asked_now) and _negated_labels(scored[0]):
                pass  # (「決まっていない会社では」 tells 後継者未定企業 from 全体 and 後継者決定企業)
            elif total is not None and len({_slot(x.cell) for x in tied}) > 1 and not _holds_place_asked(_places_asked_now(intent), scored[0].record, scored[0].cell.row):
                # (or columns: 「取扱量は何倍に」 of a table by year with 輸出・輸入・計 is the 計 column)
                # (not a row a note says holds the place asked: 英国 of 「英国は「その他」に含む」)
                scored = [total] + [x for x in scored if x is not total]
            elif total is None and (said := _verb_kanji_said(intent.text, tied)) is not None:
                scored = [said] + [x for x in scored if x is not said]
        elif intent.op in ("max", "min"):
            # the largest row by a column the question does not name: by the total column (「受け入れた
            # 学生の数が最も多かった大学」 of a table by university and industry is by its 計)
            tied = [x for x in scored[:40] if x.record is scored[0].record and abs(x.score - scored[0].score) < 1e-9
                    and x.cell.row == scored[0].cell.row]
            total = next((x for x in tied if total_label(x.cell.column or "")), None)
            if total is not None and len(tied) > 1:
                scored = [total] + [x for x in scored if x is not total]
        kind = _KIND_OF_ANSWER.search(intent.text.rpartition("について、")[2])
        if kind and scored and scored[0].record.kind == "facts" and kind.group(1) not in scored[0].cell.row:
            # 「…の利用事例では、どの機器を使っていましたか」: of a card's lines that score alike, the one
            # labelled with the kind of answer asked (使った機器), not the card's first (輸出先)
            # (each line of a card may be a record of its own: the card is the section they share)
            card = (scored[0].record.doc_id, scored[0].record.section)
            labelled = next((s for s in ranked if (s.record.doc_id, s.record.section) == card and s.record.kind == "facts"
                             and s.score >= scored[0].score - 1e-9 and kind.group(1) in s.cell.row), None)
            if labelled is not None:
                scored = [labelled] + [s for s in scored if s is not labelled]
        best = scored[0]
        if (intent.wants == ["date"] and not looks_like(best.cell, ["date"]) and not _cell_years(best.cell)
                and not _is_period_label(best.cell.row) and not _is_period_label(best.cell.column or "")):
            return None  # 「制度がつくられたのは何年度」: a cell that holds no date or year does not say when
        labelled = f"{best.cell.row} {best.cell.column or ''} {best.record.title}"
        if _THRESHOLD_ASKED.search(asked_now) and not _THRESHOLD_LABEL.search(labelled):
            return None  # 「何点以上が必要」: a threshold, which the text states (「60点に満たない事業は」), not a score cell
        if _LIMIT_ASKED.search(asked_now) and not _LIMIT_SAID.search(f"{labelled} {best.cell.value}"):
            return None  # 「商談は何回までですか」: a limit, which a line of caps states, not a count of deals done
        if self.names is not None and intent.op not in ("missed",):
            names = self.names(question)
            several = intent.op in ("sum", "diff", "max", "min")
            # (a row the question names by the document's definition of it, 「円借款の資金による案件」 of
            # 「国際協力の案件」 (開発途上国向け), holds the places that definition covers)
            if (not _names_named(names, best, best.record if several else None) and not self._rule_anywhere(names, best)
                    and not _labelled_by(best, defined, columns=False)):
                # a place or organisation the question names is not what this table is about; a
                # table about as near to the question that names it is (「米国系の企業で働く人は何％」:
                # the 米国 row of the table by country, not a table of percentages about 従業員)
                best = next((x for x in scored[:200] if x.topic >= max(self.min_topic_share, best.topic - TIE_MARGIN)
                             and _names_named(names, x, x.record if several else None)), None)
                if best is None:
                    return None
                scored = [best] + [x for x in scored if x is not best]
        outside = _outside_part(intent, best) if lead_docs is None or best.record.doc_id in lead_docs else None
        if outside is not None:
            return outside  # (the question names the part by its column, 「うち県費」, and what is not it)
        if intent.op in ("sum", "diff"):
            reordered = self._record_naming_rows(intent, scored)
            if reordered[0] is not best:
                scored, best = reordered, reordered[0]
        rarest = self._rarest_word(intent, best)
        if (terms and rarest and rarest not in squash(_nfkc(own_words)) and not _labelled_by(best, defined)
                and self._lacks(rarest, intent, best, [best], defined)):
            # (a word only of a term the question paraphrases, 事業者 of 補助事業者 for 「交付を受けた
            # のは」, which labels no cell here: the question's own most specific word must be near)
            rarest = self._rarest_word(read_intent(own_words, self.words), best)
        # (a sum or comparison names several rows: the word may be on any row of the table)
        near = [x for x in scored if x.record is best.record] if intent.op in ("sum", "diff", "max", "min") else [best]
        if intent.op == "rate" and best.record.kind == "table" and _WHOLE_THEN_PART.search(intent.text.rpartition("について、")[2]):
            # (so does a share, its part and its whole: 「食品の出荷額のうち、柚の加工品は」 names the
            # row 食品計 too, however low it scores)
            near += [_Scored(best.record, c, 0.0, 0.0) for c in best.record.cells]
        # (the counter of the interrogative: 何点; 「創出件数は、進捗度何％」 asks no count)
        counter = _counter_asked(asked_now)
        if _part_alone_unlabelled(asked_now, near) or _size_part_unlabelled(intent.text, near):
            # 「石材製品のうち、墓石だけの輸出額」: a part asked alone that no label of the cells names is
            # not the figure of the whole the row names (nor of a definition listing it among others)
            return None
        if (intent.op not in ("missed",) and self._lacks(rarest, intent, best, near, defined)
                and not _defines_near(rarest, best, glossary) and not _named_row_answers(intent, best, counter)
                and not _year_row_asked(intent, best)):
            return None  # the most specific word of the question is nowhere near this cell
        if lead_docs is not None and best.record.doc_id not in lead_docs:
            return None  # the best passages come from other documents: their text answers
        if (_COST_ASKED.search(asked_now) and not (_GRANT_ASKED.search(asked_now) or CAP_LABEL.search(asked_now))
                and CAP_LABEL.search(f"{best.cell.column_group or ''}{best.cell.column or ''}{best.cell.row}")):
            return None  # 「…検査は、１回受けるといくらかかる」: what a thing costs, which no grant's cap says
        counter = counter or next(iter(_KATAKANA_COUNTER.findall(asked_now)), None)
        if counter and counter != "%" and intent.op in ("sum", "diff") and (best.cell.unit or "") in MONEY_UNITS:
            return None  # 「全部で何ケース分」 and the best cells are prices: no sum of them counts cases
        if (counter and counter != "%" and not intent.op and best.cell.number is not None
                and re.search(r"[%％円倍]$", best.cell.unit or "")):
            # 「何点でしたか」 and the best cell is a rate or an amount: no count of it, unless the
            # table says how many its rate is of (「中小企業58社が回答した」: 24.1% of them)
            return _count_of_share(best, counter)
        if (counter and best.cell.number is None and not re.search(r"[0-9]", _nfkc(best.cell.value))
                and re.search(r"[\u3040-\u30ff\u4e00-\u9fffA-Za-z]", best.cell.value)):
            return None  # 「…訪れた人は全部で何人」 and the best line holds no figure (提携先：米国 …市)
        if re.search(r"何\s*[\u4e00-\u9fff]", asked_now) and _PRICE_BASIS.fullmatch(squash(best.cell.value)):
            return None  # 「全部で何台用意されて」 and the cell is what a price is per (貸出単位：１台・１回): no count
        counted = _COUNTED_NOUN.search(asked_now)
        if counted and best.cell.unit in _COUNTED_UNITS and not best.cell.unit.endswith(counted.group(1)):
            return None  # 「いくつの市から」: a count of cities, not of the companies a cell counts (社)
        if (asks_yes_or_no(asked_now) and not intent.op and not intent.years and best.record.kind == "table"
                and not _row_named(best.cell.row, intent.text)):
            # 「目標額まで集まらなかった場合、…返さなければいけませんか」 asks whether: a sentence answers,
            # not a row of figures the question does not name
            return None
        if not intent.op and len(intent.kinds) == 1 and cell_kind(best.cell) is None:
            refusal = _kind_elsewhere(intent, best)
            if refusal is not None:
                return refusal  # 目標 asked, and the table labels its targets: this unlabelled cell is none
        if not intent.op and ((intent.years and not (_cell_years(best.cell) & intent.years)
                               and not _fact_of_year(best, intent) and not _share_of_latest_year(intent, best))
                              or (intent.kinds and cell_kind(best.cell) not in (None, *intent.kinds))):
            # the table has the year's column, but no figure in it; or no column for the year at all
            return _empty_column(intent, scored) or _year_not_in_table(intent, best, scored)
        if not intent.op and _BREAKDOWN_ASKED.search(intent.text.rpartition("について、")[2]):
            found = _breakdown_answer(best)
            if found is not None:
                return found
        if (intent.op in ("max", "min") and self.names is not None and not self.names(best.cell.row)
                and COUNTRY_ASKED.search(intent.text.rpartition("について、")[2])):
            return None  # 「どの国が一番」 of a table whose rows are no places (years, kinds of right)
        if intent.op in (None, "sum") and (tiered := _first_and_following(intent, best)) is not None:
            return tiered
        if (intent.op == "diff" and not _MOST_CHANGED.search(asked_now)
                and (change := _change_printed(intent, best)) is not None):
            # (not 「最も増えた輸出先はどこ」: which row changed most, of every row, not one row's change)
            return change
        if intent.op in ("sum", "diff", "max", "min", "missed", "rate"):
            if intent.op == "rate" and self._whole_unwritten(intent, best.record):
                return None  # 「回答した中小企業のうち」 of a table by industry: no row of it is that whole
            found = self._compute(intent, scored, records, glossary)
            if found is not None:
                return found
            if intent.op in ("max", "min") and asks_which_extreme(intent.text) \
                    and not EXTREME_SAID.search(" ".join(x for x in (best.cell.row, best.cell.column or "",
                                                                       best.cell.column_group or "", best.cell.value) if x)):
                # 「売上額がいちばん大きかったのはどの都市」 and one figure found (売上額：386万円 of one
                # case): nothing is compared, so no row is the largest; the text may say which
                return None
            if intent.op == "rate":
                blank = next((s for s in scored if s.record is best.record and cell_kind(s.cell) == "実績"
                              and is_dash(s.cell.value) and _cell_years(s.cell) & (intent.years or _cell_years(best.cell))), None)
                if blank is not None:  # no actual yet: no rate either
                    statement = (f"{_subject(blank.record, blank.cell)}の{period_text(blank.cell)}の実績値は表では"
                                 f"「{blank.cell.value.strip()}」となっており、達成率は算出できません。")
                    return Found(statement, [(blank.record, blank.cell)], score=blank.score, topic=blank.topic, refused=True)
            if intent.op == "diff" and not _CHANGE_LABEL.search(f"{best.cell.row} {best.cell.column or ''} {best.cell.column_group or ''}"):
                # 「前回の調査と比べて何人増えた」 and no second figure to subtract in the table: one
                # figure is no change, unless its label says it is one (増減, 前年度比); the text may
                # give the other (「前回調査（令和３年度）の241人から増えている」)
                return None
            if intent.op == "sum" and not (_row_said(best.cell.row, intent.text) and not is_total(best.cell)):
                # (nothing to add up: the table's total, unless the question names the one row it
                # asks of: 「台湾の企業は県内で合わせて何人を雇って」 is the 台湾 row's figure, or the
                # one year it asks of: 「2023年度の交付額は、全部で」 is that year's row, not a 合計
                # over five years)
                total = next((s for s in scored if s.record is best.record and is_total(s.cell)
                              and s.score >= best.score - 0.3
                              and not (len(intent.years) == 1 and _cell_years(best.cell) == set(intent.years)
                                       and _cell_years(s.cell) != set(intent.years))), None)
                if total is not None:
                    best = total
                    scored = [total] + [s for s in scored if s is not total]
            elif intent.op == "sum" and len(intent.years) != 1:
                # (the row named, and its total column on the right: 「台湾向けは、３年間の合計で何件」
                # of 台湾 | 令和４年度 | 令和５年度 | 令和６年度 | 計 is its 計)
                total = next((s for s in scored if s.record is best.record and s.cell.row == best.cell.row
                              and total_label(s.cell.column or "") and s.cell.number is not None
                              and s.score >= best.score - 0.3), None)
                if total is not None:
                    best = total
                    scored = [total] + [s for s in scored if s is not total]
        if len(intent.kinds) >= 2:
            # one cell per kind asked (目標と実績, 実績と達成率), of the best cell's row/period
            picked = []
            paired = _year_of_each_kind(intent.text)  # 令和6年度の実績と令和9年度の目標: each its own year
            for kind in intent.kinds:
                match = next((s for s in scored if s.record is best.record and cell_kind(s.cell) == kind
                              and (s.cell.fiscal_year == paired[kind] if kind in paired
                                   else _same_place(s.cell, best.cell))), None)
                if match is not None:
                    picked.append(match)
            picked = picked or [best]
        else:
            picked = [s for s in scored if s.record is best.record and s.score >= best.score - TIE_MARGIN
                      and s.cell.row == best.cell.row and _same_place(s.cell, best.cell)]
            picked = _one_per_slot([best] + picked)[:4]
            if best.record.kind == "facts" and len(intent.wants) >= 2:
                # 「いつオープンで、どこが運営」 of one card: a line for each kind of value asked
                for want in intent.wants:
                    if not any(looks_like(x.cell, [want]) for x in picked):
                        line = next((x for x in scored if x.record is best.record and not is_dash(x.cell.value)
                                     and looks_like(x.cell, [want]) and not _labels_other_kind(x.cell, [want])), None)
                        if line is not None and line not in picked:
                            picked.append(line)
            if _row_named(best.cell.row, intent.text):
                # "情報発信数とイベント来場者数は": every row the question names, at the same place
                # (not a row named only inside the best one's name: インド of インドネシア)
                picked += _one_per_slot([s for s in ranked if s.record is best.record and s.cell.row != best.cell.row
                                         and _row_named(s.cell.row, intent.text) and _same_place(s.cell, best.cell)
                                         and squash(s.cell.row) not in squash(best.cell.row)])
                picked = picked[:4]
            if not intent.kinds:
                # unasked, an actual is the fact and its target the measure: actual first
                picked.sort(key=lambda s: {"実績": 0, "目標": 1}.get(cell_kind(s.cell) or "", 2))
        lead = picked[0]
        if not intent.kinds and len(picked) == 1 and cell_kind(lead.cell) == "目標":
            # unasked, the actual is the fact and its target the measure: lead with the actual
            actual = next((s for s in scored if s.record is lead.record and cell_kind(s.cell) == "実績"
                           and _cell_years(s.cell) == _cell_years(lead.cell) and _cell_years(lead.cell)
                           and not is_dash(s.cell.value)), None)
            if actual is not None:
                lead = actual
                picked = [actual]
        cells = [(s.record, s.cell) for s in picked]
        # (one cell, or the one of its row whose column the question names by what sets it apart:
        # 「台北の倉庫で」 of 台北倉庫 | シンガポール倉庫)
        own = _bigrams(lead.cell.column or "") - {g for _, c in cells if c is not lead.cell for g in _bigrams(c.column or "")}
        if len(cells) == 1 or (own & _bigrams(intent.text) and all(c.row == lead.cell.row for _, c in cells)):
            priced = _base_plus_added(intent, lead) or _price_for_quantity(intent, lead)
            if priced is not None:
                return priced  # 「３時間頼むと、料金はいくら」: the price per hour times the hours
        statement = _statement(intent, lead.record, cells)
        extra = _companions(intent, lead, scored) if len(picked) == 1 and not is_dash(lead.cell.value) else []
        if extra:
            # (a column labelled by its kind and year, 実績値（令和６年度）, is named by its kind)
            shown = "、".join(f"{_attribute(c) or _KIND_NAMES.get(cell_kind(c) or '', '目標値')} {value_text(c)}"
                             for _, c in extra)
            statement = statement[:-3] + f"（{shown}）です。"
        verdict = _verdict(cells + extra)
        if verdict:
            statement += verdict
        return Found(statement, cells + extra, score=best.score, topic=best.topic)

    def _each_part(self, question: str, records: list[TableRecord], lead_docs: set[str] | None,
                   terms: tuple[str, ...]) -> Found | None:
        """「<subject>について、<cell A>と、<cell B>を教えて」: two cells of one subject asked in one
        question, each with its own year or kind (「2021年度の単年度目標と、5年間の累計目標」), each
        answered on its own; None unless both are found and differ."""
        topic, sep, asked = question.rpartition("について、")
        parts = asked.split("と、")
        if not sep or len(parts) != 2 or not all(_NAMES_A_CELL.search(p) for p in parts):
            return None
        first = self.find(f"{topic}について、{parts[0]}は？", records, lead_docs, terms)
        second = self.find(f"{topic}について、{parts[1]}", records, lead_docs, terms)
        if first is None or second is None or first.cells[0][1] is second.cells[0][1]:
            return None
        cells = first.cells + [c for c in second.cells if not any(c[1] is d[1] for d in first.cells)]
        return Found(first.statement + second.statement, cells, computed=first.computed or second.computed,
                     score=min(first.score, second.score), topic=min(first.topic, second.topic),
                     refused=first.refused and second.refused)

    def _naming_first(self, question: str, scored: list[_Scored]) -> list[_Scored]:
        """`scored` with the best cell that holds the places and organisations the question names
        first (of those about as near as the best), or empty when none near does; as it is when
        the question names none."""
        names = self.names(question) if self.names is not None and scored else []
        if not names or _names_named(names, scored[0]):
            return scored
        named = next((x for x in scored[:200] if x.topic >= max(self.min_topic_share, scored[0].topic - TIE_MARGIN)
                      and _names_named(names, x)), None)
        return [named] + [x for x in scored if x is not named] if named is not None else []

    def _extreme_said(self, intent: Intent, records: list[TableRecord]) -> list[_Scored] | None:
        """The cells scored for `intent` (asked with no operation), a label that says which is the
        largest first (最も多く使われている協定, 主に使う貿易条件): one that names the kind a
        which-question asks (どの協定) and is about the question, else one about as near it as the
        best cell; None when there is none."""
        scored = self.score(intent, records)
        if not scored:
            return None
        which = _WHICH_NOUN.search(intent.text.rpartition("について、")[2])
        # (a label holding the kind the question asks, どの協定, need only be about the question;
        # else it must be as near it as the best cell)
        floor = self.min_topic_share if which else max(self.min_topic_share, scored[0].topic - TIE_MARGIN)
        said = next((x for x in scored if x.topic >= floor
                     and _EXTREME_LABEL.search(labels := f"{x.cell.row} {x.cell.column or ''}")
                     and (which is None or squash(which.group(1)) in squash(labels))), None)
        return None if said is None else [said] + [x for x in scored if x is not said]

    def _lacks(self, rarest: str, intent: Intent, best: _Scored, near: list[_Scored], defined: set[str]) -> bool:
        """Whether the question's most specific word is nowhere near the best cell (nor on the `near`
        cells of its table), the cases where it need not be excepted."""
        return bool(
            rarest and not any(_holds(rarest, x) for x in near)
            # (a world region, 東南アジア, is near a row of one of its countries, タイ)
            and not any(x.record.kind == "table" and region_member(r, label_core(x.cell.row))
                        for r in regions_named(intent.text) if rarest in r for x in near)
            # (and a country or city, 香港, is near the column of the region that holds it, アジア)
            and not any(_places_held(label_core(label), (rarest,), x.record, x.cell)
                        for x in near for label in (x.cell.column, x.cell.column_group, x.cell.row) if label)
            and not self._asked_word_held(intent, best, near)
            and not (best.record.kind == "facts" and _label_concept_named(best.cell.row, intent.text))
            # (the line the question names by its words, holding the kind of value asked: the
            # rarest word says what is asked, 電話番号, not whose line it is)
            and not (best.record.kind == "facts" and intent.wants and looks_like(best.cell, intent.wants)
                     and _label_words_named(best.cell.row, intent.text))
            # (a term the question paraphrases is its subject, or the column it means)
            and not _labelled_by(best, defined)
            and not (rarest in _FIRMS and _counts_firms_by_deed(intent.text, best))
            # (「…を使っている会社の割合」: a printed share of firms, 生成ＡＩの利用率 ％, counts them)
            and not (rarest in _FIRMS and (best.cell.unit or "") in ("%", "％")
                     and _SHARE_SAID.search(f"{best.cell.row} {best.cell.column or ''}"))
            # (「アメリカ出身のサポーター」: where people come from is the place, which the row names)
            and not (rarest in _ORIGIN_WORDS and best.record.kind == "table"
                     and _place_row_named(intent.text, best.cell.row))
            # (「支援機関や行政の職員による利用」: the people of the bodies the row names)
            and not (rarest in _MEMBER_WORDS and best.record.kind == "table"
                     and _members_row_named(intent.text, rarest, best.cell.row))
            and not _carried_on_row(rarest, intent, best))

    def _add_kinds_listed(self, intent: Intent, records: list[TableRecord], lead_docs: set[str] | None) -> None:
        """Add to what the question names the kind a lead document lists a word of it as (「インボイスや
        船積書類などの貿易書類」: インボイス is a 貿易書類), when a label of theirs writes the kind and
        none writes the word: 「インボイスなどを作るシステム」 names 貿易書類作成システムの導入費."""
        if self.document_text is None or self.words is None or not lead_docs:
            return
        asked = intent.text.rpartition("について、")[2]
        labels = squash("".join({x for r in records if r.doc_id in lead_docs for c in r.cells
                                 for x in (c.row, c.column or "", c.column_group or "", c.row_group or "")}))
        kinds = []
        for word in dict.fromkeys(squash(w) for w in self.words(asked)):
            if len(word) < 2 or word in labels:
                continue
            # (a span after its number, 「３年間、毎年度の自転車等の輸出額」, lists no kind)
            listed = re.compile(r"(?<![0-9０-９])" + re.escape(word) + r"(?:や|、|・|及び|又は)[^。、？?]{1,24}?(?:など|等)の(" + _KIND_RUN + ")")
            kinds += [m.group(1) for doc in sorted(lead_docs) for m in listed.finditer(self.document_text(doc))
                      if m.group(1) in labels]
        if kinds:
            intent.topic = f"{intent.topic} {' '.join(dict.fromkeys(kinds))}"

    def _rule_anywhere(self, names: list[str], best: _Scored) -> bool:
        """Whether the places the question names are only where its case is, for a rule that holds
        in any (「台湾向けに…産地証明書を３通…手数料は」 of a fee table with no place among its labels):
        the table's cells are rates, caps or prices, none of its labels is a place, and the table's
        document writes each place (so it is about them: 「（２）台湾向け 必要な証明書：…」)."""
        rec = best.record
        if (rec.kind != "table" or self.document_text is None
                or not _RULE_LABEL.search(f"{rec.title} {best.cell.column_group or ''} {best.cell.column or ''}")):
            return False
        labels = _nfkc(" ".join({x for c in rec.cells for x in (c.row, c.column or "", c.column_group or "", c.row_group or "")}))
        if places_in(labels) or regions_named(labels):
            return False  # (the table's rules differ by place: the place asked must be among them)
        text = self.document_text(rec.doc_id)
        return bool(names) and all((places_in(n) or regions_named(n)) and named_in(n, text) for n in names)

    def _rarest_word(self, intent: Intent, best: _Scored, asked_only: bool = False) -> str:
        """The question's most specific content word (rarest bigrams over the corpus), unless it
        only names the document; of the part asked after 「…について、」 with `asked_only`."""
        shaping = question_shaping_words(intent.text)
        # (地域別, 分野別 ask for a breakdown: the rows are its parts, whatever the table calls them)
        # (a formal noun, うち, ほか, ため, names no detail)
        # (nor money said plainly, 「使ったお金は」, of an amount: the kind of value asked, which it is;
        # nor 費用, 「どれだけの費用を」, of a cell labelled as a cost, 事業費, 現地スタッフの採用費)
        amount = (best.cell.unit or "") in MONEY_UNITS
        # (a rate of a cost's row too: 「この調査費用は何％」 of 事前調査費 | 小規模企業者)
        cost = any(_COST_LABEL.search(label_core(x)) for x in (best.cell.row, best.cell.column or ""))
        # (nor the asker's own firm as the one who acts, 「自社で払う」: whose share it is, not what is
        # asked; 「自社の排出量」 still names the firms' own)
        own_firm = "|" + "|".join(_OWN_FIRM) if re.search(rf"(?:{'|'.join(_OWN_FIRM)})(?:で|が|は|として)", intent.text) else ""
        words = [w for w in intent.topic.split() if len(w) >= 2 and not re.fullmatch(r"[A-Za-z0-9]+" + own_firm + "|" + FORMAL_NOUNS, w)
                 and not (w == "お金" and amount) and not (w == "費用" and cost)
                 # (nor, of a card's line, the firms whose line it is: 「お米を輸出している事業者の主な輸出先」
                 # of the card （３）米, which says 主な輸出先, not 事業者)
                 and not (w in _FIRMS and best.record.kind == "facts")
                 and not any(w in x for x in shaping) and not _BREAKDOWN.fullmatch(w)]
        asked = intent.text.rpartition("について、")[2]
        if asked_only:
            words = [w for w in words if w in asked]
        case = ASKERS_CASE.match(asked)
        if case:
            # a word only of the asker's case (「FSSC22000を取るために工場を改修する場合、」) says which
            # rule applies, in the asker's words (工場 for 施設・設備): no word the cell must hold
            rest = asked[case.end():]
            words = [w for w in words if w not in case.group(0) or w in rest]
        # (a follow-up that names another place, 「…欧州…について、中南米だと」, asks of it: the place it
        # named before is none of the cell's)
        left = places_left_behind(intent.text)
        words = [w for w in words if w not in left]
        # (nor the words of an example, 「自動車部品などの輸送用機器」: the thing it is an example of is
        # what the cell must hold; an example the cell holds, 「医薬品・医療機器などの開発件数」, may be it)
        examples = "".join(m.group(1) for m in EXAMPLE.finditer(asked))
        words = [w for w in words if w not in examples or w in EXAMPLE.sub("", asked) or _holds(w, best)]
        title = _nfkc(best.record.doc_title)
        # (nor the goods of what the title names, 工芸品 of 「鋳物工芸製造業の輸出実態調査」)
        words = [w for w in words if w not in title and _GOODS_OF.sub("", w) not in title]
        # (nor, for a table, the document's subject, unless the cell names it too)
        if best.record.kind == "table":
            words = [w for w in words if _holds(w, best) or not self._subject_of(w, best.record.doc_id)]
        scored = [(math.fsum(self._weigh(g) for g in _bigrams(w)) / max(1, len(_bigrams(w))), w) for w in words]
        return max(scored)[1] if scored else ""

    def _named_but_the_firm(self, intent: Intent, best: _Scored) -> bool:
        """Whether the best cell holds enough of what the question names once the words that only
        describe the asker's own firm are put aside (「従業員80人の製造業の会社が」「小規模企業者には
        当たらない会社です」): they say which class's column (`assistant.sizeclass`), not which cell."""
        firm = " ".join(m.group(0) for m in _FIRM_PHRASE.finditer(intent.text.rpartition("について、")[2]))
        words = intent.topic.split()
        rest = [w for w in words if not (w in FIRM_WORDS or w in _OWN_FIRM or (firm and w in firm))]
        if not firm or not rest or len(rest) == len(words):
            return False
        rescored = self.score(dataclasses.replace(intent, topic=" ".join(rest)), [best.record])
        return any(x.cell is best.cell and x.topic >= self.min_topic_share for x in rescored)

    def _subject_of(self, word: str, doc_id: str) -> bool:
        """Whether `word` is the document's subject: a word its text writes again and again, for
        its length (学生 of an internship report, 水道 of a water-leak project), which its tables
        need not repeat."""
        if self.document_text is None or not word:
            return False
        return subject_word(word, self.document_text(doc_id))

    def _asked_word_held(self, intent: Intent, best: _Scored, near: list[_Scored]) -> bool:
        """A follow-up that names its own subject (「…の導入施設数について、県内の中小企業が参加した
        数で」): the carried topic's word may be the rarest, but the rarest word of what is asked
        now is on the cell."""
        if "について、" not in intent.text:
            return False
        word = self._rarest_word(intent, best, asked_only=True)
        return bool(word) and any(_holds(word, x) for x in near)

    def topic_share_of(self, question: str, text: str) -> float:
        """Share of what a question names (its weighted topic bigrams) that `text` holds."""
        intent = read_intent(question, self.words)
        return self._topic_share(_bigrams(intent.topic), _label_grams(text))

    def _whole_unwritten(self, intent: Intent, rec: TableRecord) -> bool:
        """Whether the whole a share is asked of (「回答した中小企業のうち、…の割合」) names no row of
        the table and a class of firms the table never writes, in its title, section, labels or
        notes (中小企業 of a table by industry): no row of it, its total neither, is that whole.
        (Other words of a whole are often the asker's own: 「調べた件数」 for 調査件数.)"""
        m = _WHOLE_THEN_PART.search(intent.text.rpartition("について、")[2])
        if m is None or self.words is None or rec.kind != "table" or any(_row_said(r, m.group("whole")) for r in rec.rows):
            return False
        written = squash(_nfkc(" ".join([rec.title, rec.section or "", *rec.rows, *(c for c in rec.columns if c),
                                         *(f.text for f in rec.footnotes)])))
        return any(w not in written and any(w.endswith(f) and len(w) > len(f) for f in FIRM_WORDS)
                   for w in self.words(m.group("whole")))

    def _rows_together(self, intent: Intent, scored: list[_Scored]) -> bool:
        """A sum or comparison over rows the question names one by one (研修団の受入れと意見交換会):
        the rows' labels together hold what it names."""
        if intent.op not in ("sum", "diff", "max", "min"):
            return False
        best = scored[0]
        others = [x for x in scored[1:40] if x.record is best.record and x.cell.row != best.cell.row
                  and x.cell.column == best.cell.column]
        if not others:
            return False
        grams = _bigrams(intent.topic)
        # (every row it names, 「タイ、ベトナム、インドネシア…の５か国」, or the next best one)
        named = list(dict.fromkeys(x.cell.row for x in others if _row_said(x.cell.row, intent.text))) or [others[0].cell.row]
        rows = " ".join((best.cell.row, *named, best.cell.column or "", best.record.title))
        return self._topic_share(grams, _label_grams(rows)) >= self.min_topic_share

    def nearest(self, question: str, records: list[TableRecord], lead_docs: set[str] | None = None
                ) -> tuple[TableRecord, Cell] | None:
        """The record most about the question's topic, whatever it asks of it (to say what the
        documents do hold when the asked detail is missing)."""
        intent = read_intent(question, self.words)
        intent.wants, intent.years, intent.kinds = [], set(), []
        pool = [r for r in records if r.kind != "facts" and (lead_docs is None or r.doc_id in lead_docs)]
        scored = self.score(intent, pool)
        if not scored or scored[0].topic < self.min_topic_share:
            return None
        return scored[0].record, scored[0].cell

    def _record_naming_rows(self, intent: Intent, scored: list[_Scored]) -> list[_Scored]:
        """Of a sum or difference, the record whose rows the question names two of first, when the
        best cell's does not hold two: 「セレクト神奈川100…NEXTのほうが」 is the table holding both,
        not a table about one of them; 「事業費のうち、歓迎行事と受入環境の整備に…合わせて」 the
        breakdown's lines, not the 事業費 line. (Each other record judged once, by its best cell.)"""
        if intent.op not in ("sum", "diff") or intent.remaining or not scored or len(_named_rows_of(intent, scored, scored[0])) >= 2:
            return scored
        if len(intent.years & {s.cell.fiscal_year for s in scored if s.record is scored[0].record
                               and s.cell.row == scored[0].cell.row}) >= 2:
            # (the best row holds the years added or compared in its columns: 「令和４年度から６年度までの
            # ３年間に、台湾で」 adds along the 台湾 row, not down a table whose rows are those years)
            return scored
        if (intent.op == "sum" and _row_said(scored[0].cell.row, intent.text)
                and len(_columns_named(intent, [s for s in scored if s.record is scored[0].record
                                                and s.cell.row == scored[0].cell.row])) >= 2):
            # (the best row, named, holds the columns added: 「インド関係の相談は、出張と招へいを合わせて」
            # adds along the インド row, not the 出張 and 招へい of a sentence about every country; so does
            # a row the conversation named, 「機械類…について、その区分で、…合わせると」)
            return scored
        firsts: dict[int, _Scored] = {}
        for x in scored[:200]:
            firsts.setdefault(id(x.record), x)
        other = next((s for s in firsts.values() if s.record is not scored[0].record and s.topic >= self.min_topic_share
                      and len(_named_rows_of(intent, scored, s)) >= 2), None)
        if other is None:
            return scored
        return [s for s in scored if s.record is other.record] + [s for s in scored if s.record is not other.record]

    def _compute(self, intent: Intent, scored: list[_Scored], records: Iterable[TableRecord] = (),
                 glossary: Sequence[tuple[str, str]] = ()) -> Found | None:
        if intent.op in ("sum", "diff") and len(intent.years) >= 2:
            # over several years: the table (of those about as good) that has most of the years,
            # not a summary that repeats one of them (当該年度)
            top = list(dict.fromkeys(s.record for s in scored if s.score >= scored[0].score - TIE_MARGIN))

            def years_held(rec: TableRecord) -> int:
                return len({s.cell.fiscal_year for s in scored if s.record is rec} & intent.years)

            chosen = max(top, key=years_held)
            scored = [s for s in scored if s.record is chosen] + [s for s in scored if s.record is not chosen]
        scored = self._record_naming_rows(intent, scored)
        best = scored[0]
        rec = best.record
        same = [s for s in scored if s.record is rec and s.topic >= best.topic - SAME_TABLE_MARGIN and s.cell.number is not None]
        if intent.until_in_period:
            # (every cell of the best cell's row, whatever the asked detail narrowed the scored ones to)
            found = _until_in_period(intent, [_Scored(rec, c, best.topic, best.score) for c in rec.cells if c.row == best.cell.row])
            if found is not None:
                return found
        if intent.op == "sum":
            # rows the question names by their labels (自動運転とドローン物流) or lists with ・: their
            # sum, whatever else the table prints
            # (of the total column too, 計: the rows of the total column are still rows)
            if _part_column(best.cell) and not _part_column_asked(intent.text, best.cell):
                # (the whole, not its 「（うち県外・国外からの立地）」 part the question does not ask)
                best = next((s for s in scored if s.record is rec and s.cell.row == best.cell.row
                             and s.cell.number is not None and not _part_column(s.cell)), best)
            used = CAPS_USED.search(intent.text)
            if used:
                # (the caps: of the column of caps the question names, 「業界団体に加入し」 of 上限額（千円）
                # 業界団体 | 商工会議所等, or the one column of caps; not the rates of 小規模企業者)
                caps = [s for s in scored if s.record is rec and s.cell.number is not None
                        and CAP_LABEL.search(f"{s.cell.column_group or ''}{s.cell.column or ''}{rec.title}")
                        and (s.cell.unit or "") in MONEY_UNITS]
                cap_columns = list(dict.fromkeys(s.cell.column for s in caps))
                said = [c for c in cap_columns if c and _names_row(squash(intent.text), c)]
                chosen = said[0] if len(said) == 1 else cap_columns[0] if len(cap_columns) == 1 else None
                # (of the group the question names best, when groups print the same caps column:
                # 「素地の竹籠を作る工房が…」 of 素地製品 | 塗装製品 over 上限額（千円）; caps are scored best first)
                best = next((s for s in caps if s.cell.column == chosen), best)
            column = [s for s in scored if s.record is rec and s.cell.column == best.cell.column
                      and s.cell.column_group == best.cell.column_group
                      and s.cell.number is not None and not total_label(s.cell.row)]
            up_to = _years_up_to(intent, rec, best, column)
            if up_to is not None:
                return up_to
            if len(intent.months) >= 2:
                # 「10月から12月までの３か月間…合わせて」: the month columns of the best row
                by_month = [s for s in scored if s.record is rec and s.cell.row == best.cell.row and s.cell.number is not None
                            and (m := MONTH_LABEL.fullmatch(squash(s.cell.column or ""))) and int(m.group(1)) in intent.months]
                if len({s.cell.column for s in by_month}) == len(intent.months):
                    return _sum_answer(rec, _one_per_slot(by_month))
                # (months down the side, ４月 to ３月 as rows: the month rows of the best column)
                down = [s for s in column
                        if (m := MONTH_LABEL.fullmatch(squash(s.cell.row))) and int(m.group(1)) in intent.months]
                if len({s.cell.row for s in down}) == len(intent.months):
                    return _sum_answer(rec, _one_per_slot(down))
            named = _rows_named(intent.text, column)
            asked_now = squash(intent.text.rpartition("について、")[2])
            group = {s.cell.row: s for s in column if _subtotal_named(_subtotal_of(s.cell.row), asked_now)}
            if len(group) == 1 and not named:
                # 「欧米向けに…合わせて」 of a table that prints the 欧米小計 row: its figure, not a sum
                (sub,) = group.values()
                return Found(_statement(intent, rec, [(rec, sub.cell)]), [(rec, sub.cell)], score=sub.score, topic=sub.topic)
            if len({s.cell.row for s in named}) < 2:
                named = _rows_listed(intent.text, column)
            if len({s.cell.row for s in named}) < 2:
                named = _rows_counted(intent.text, column)
            if len({s.cell.row for s in named}) < 2:
                named = _rows_of_counted_group(intent.text, column)
            if len({s.cell.row for s in named}) < 2:
                named = _rows_valued(intent.text, rec, column)
            if len({s.cell.row for s in named}) < 2:
                named = _rows_of_regions(intent.text, column)
            if len({s.cell.row for s in named}) < 2:
                named = _rows_of_pair(intent.text, column)
            if len({s.cell.row for s in named}) < 2 and used and used.group("all"):
                # (every row of the column: 「５つの経費区分をすべて上限額まで」)
                named = _one_per_slot([s for s in column if not is_dash(s.cell.value)])
            if (len(intent.years) > len({s.cell.row for s in named})
                    and all(s.cell.fiscal_year in intent.years for s in named)):
                named = []  # 「令和３年度から令和６年度までの４年間」: the rows named are a range's ends
            if len({s.cell.row for s in named}) == 2:
                # 「インベスト神奈川からセレクト神奈川NEXTまでの…全部で」: the rows from one to the other
                named = _rows_between(intent.text, rec, named, column)
            if _not_the_count_given(intent, named):
                named = []  # (「中国向けの２つの航路」 and three rows hold 中国: not the rows it counts)
            if len({s.cell.row for s in named}) >= 2:
                return _priced_sum(intent, rec, named) or _sum_answer(rec, named)
            columns = _columns_named(intent, [s for s in scored if s.record is rec and s.cell.row == best.cell.row])
            if len({s.cell.column for s in columns}) >= 2:
                return _sum_answer(rec, columns)
            total_cell = next((s for s in same if is_total(s.cell) and s.score >= best.score - TIE_MARGIN), None)
            if total_cell is not None and len(intent.years) < 2:
                return None  # the table prints the total: a lookup, not a computation
            across = _row_tied_columns(intent, scored, best)
            if len(across) >= 2:
                return _sum_answer(rec, across)
            spanned = _years_of_span(intent, scored, best)
            if len(spanned) >= 2:
                return _sum_answer(rec, spanned)
            if len(intent.years) < 2 and len({s.cell.row for s in column if _row_said(s.cell.row, intent.text)}) == 1:
                return None  # 「台湾の企業は、県内で合わせて何人を」: one row named, nothing to add to it
            parts = _sum_parts(intent, same)
            if len(parts) < 2 or _not_the_count_given(intent, parts):
                return None
            found = _priced_sum(intent, rec, parts) or _sum_answer(rec, parts)
            if _CUMULATIVE_COMPARED.search(intent.text):
                found = _against_cumulative_target(found, rec, parts,
                                                   rate=bool(_ACHIEVEMENT_ASKED.search(intent.text) or "何%" in intent.text))
            return found
        if intent.op == "diff" and intent.cumulative:
            # (the indicator's yearly table too, when the best cell is its summary line: 「【当該年度目標値…】」)
            kin = [rec] + list(dict.fromkeys(s.record for s in scored if s.record is not rec and s.record.title == rec.title
                                             and s.record.doc_id == rec.doc_id))
            for candidate in kin:
                found = _cumulative_remaining(intent, candidate, [s for s in scored if s.record is candidate] or same)
                if found is not None:
                    return found
        if intent.op == "diff" and not intent.remaining and not intent.times:
            # two rows the question names of one column (「インベスト神奈川2ndステップとセレクト神奈川100の
            # 正社員数って、どれくらい差が」)
            named = _rows_named(intent.text, [s for s in scored if s.record is rec and s.cell.column == best.cell.column
                                              and s.cell.number is not None and not is_total(s.cell)], longest=True)
            rows = {s.cell.row for s in named}
            if len(rows) == 2 and not any(_whole_of_part(rec, r) in rows for r in rows):
                # (「輸入の農水産品」 names one row, the 「うち農水産品」 part of 輸入, not two to compare)
                return _rows_difference(rec, *named, growth=intent.growth)
        if intent.op == "diff" and not intent.remaining and not intent.times and len(intent.years) < 2:
            # two columns of the row the question names (「ドイツへ派遣した研究者は、ドイツから受け入れた
            # 研究者より何人多い」: 研究者の派遣 and 研究者の受入れ of the ドイツ row)
            compared = _columns_compared(intent, [s for s in scored if s.record is rec and s.cell.row == best.cell.row])
            if compared is not None:
                return _columns_difference(rec, *compared)
        if intent.op == "diff" and intent.times and len(intent.years) < 2:
            # 「英語の件数は中国語の何倍」: two rows the question names, the first over the second
            named = _rows_named(intent.text, [s for s in scored if s.record is rec and s.cell.column == best.cell.column
                                              and s.cell.number is not None and not is_total(s.cell)], longest=True)
            if len({s.cell.row for s in named}) != 2 or (best.cell.unit or "") == "倍":
                return None  # (a ratio the table prints, 倍率, is read, not computed)
            a, b = named[:2]
            if re.match(r"[^、。]{0,8}?(?:に比べ|と比べ|に対し|より)", squash(intent.text).split(squash(a.cell.row), 1)[-1]):
                a, b = b, a  # (「中国語の件数に比べて英語は」: the row compared with is the base)
            return _rows_ratio(rec, a, b)
        if (intent.op == "diff" and not find_years(intent.text.rpartition("について、")[2])
                and (m := _MOST_CHANGED.search(intent.text.rpartition("について、")[2]))
                and _WHICH_YEAR.search(intent.text.rpartition("について、")[2])):
            # 「前年度より最も増えたのはどの年度」: the change of each year over the one before, the largest
            found = _most_changed_year(best, grew=not m.group("down"))
            if found is not None:
                return found
        if intent.op == "diff" and len(intent.years) == 2 and (m := _MOST_CHANGED.search(intent.text.rpartition("について、")[2])):
            # 「令和５年度から令和６年度にかけて最も増えた国はどこ」: every row's change, the largest
            found = _most_changed(rec, sorted(intent.years), grew=not m.group("down"))
            if found is not None:
                return found
        if intent.op == "diff":
            parts = _diff_parts(intent, same)
            if parts is None:
                return None
            if intent.times:
                return _times_answer(rec, *parts)
            return _diff_answer(rec, *parts, remaining=intent.remaining, growth=intent.growth)
        if intent.op in ("max", "min"):
            if same and _part_column(same[0].cell) and not _part_column_asked(intent.text, same[0].cell):
                # (of the wholes, not of a part the question does not ask: 「実施許諾の件数が２番目に多い」 of
                # 14（３）, whose bracket counts the smaller firms' part)
                whole = next((s for s in same if s.cell.row == same[0].cell.row and not _part_column(s.cell)), None)
                same = [whole] + [s for s in same if s is not whole] if whole is not None else same
            return _extreme_answer(intent, rec, same)
        if intent.op == "missed":
            return _missed_answer(intent, scored)
        if intent.op == "rate":
            printed = [s for s in same if cell_kind(s.cell) == "進捗"]
            if printed:
                return None
            best = _total_if_tied(intent, [best] + [x for x in scored if x is not best])
            return (_row_part_share(intent, rec, glossary) or _total_share(intent, rec)
                    or _column_share(intent, rec, _share_row(intent, best), records)
                    or _rate_answer(intent, rec, same))
        return None


# --- helpers ---------------------------------------------------------------------------------------


# A column that prints each row's change over the year before (増減, 前年度比（％）, 対前年度増減率).
_CHANGE_COLUMN = re.compile(r"増減|前(?:年|年度|回)(?:比|差)|対前(?:年|年度|回)|伸び")
# A comparison with the year before (「前の年度と比べて」「前年度より」「令和5年度と比べると」「前回の調査から」).
_THAN_YEAR_BEFORE = re.compile(r"(?:前の年度?|前年度?|昨年度?|前回(?:の[\u4e00-\u9fff]{1,4})?|年度)(?:と比べ|に比べ|と比較|比|より|から)")


def _change_printed(intent: Intent, best: _Scored) -> Found | None:
    """「繊維製品の交付件数は、前の年度と比べてどう変わりましたか」 of a table that prints the
    change beside the years (令和５年度 | 令和６年度 | 増減): the best row's change cell, the ratio
    (前年度比（％）) when a percentage is asked, else the difference (▲１)."""
    asked = intent.text.rpartition("について、")[2]
    if best.record.kind != "table" or not _THAN_YEAR_BEFORE.search(asked):
        return None
    # (the change printed is the latest year's over the one before: a question of other years computes)
    held = sorted({c.fiscal_year for c in best.record.cells if c.fiscal_year})
    # (「前回の調査から」 is the table's round before the latest, whatever year the question read it as)
    previous_round = bool("前回" in asked and held and intent.years and max(intent.years) == held[-1])
    if intent.years and not intent.years <= set(held[-2:]) and not previous_round:
        return None
    cells = [c for c in best.record.cells if c.row == best.cell.row and c.number is not None
             and _CHANGE_COLUMN.search(f"{c.column_group or ''} {c.column or ''}")]
    ratio = [c for c in cells if (c.unit or "") == "%" or "比" in (c.column or "")]
    pick = ratio if re.search(r"何\s*[%％]|パーセント|比率|割合", asked) else [c for c in cells if c not in ratio]
    if len(pick) != 1:
        return None
    # (the two years it compares, beside it)
    years = [c for c in best.record.cells if c.row == best.cell.row and c.fiscal_year in held[-2:] and c.number is not None]
    statement = _statement(intent, best.record, [(best.record, pick[0])])
    if len(years) == 2:
        shown = " → ".join(f"{re.sub(r'[（(](?![0-9]{4})[^（()）]{1,6}[)）]$', '', period_text(c).strip())} {value_text(c)}"
                           for c in sorted(years, key=lambda c: c.fiscal_year))
        change = pick[0]
        # (a difference says which way it went: ▲１ is one fewer)
        way = ("" if change in ratio else "、同じです" if change.number == 0 else
               f"、{amount_text(abs(change.number), change.unit or '')}{'増えて' if change.number > 0 else '減って'}います")
        statement = statement[:-3] + f"です（{shown}{way}）。"
    return Found(statement, [(best.record, pick[0])] + [(best.record, c) for c in years], score=best.score, topic=best.topic)


# 「どの市町村が」「どんな支援を」: the noun after an interrogative determiner names the kind of
# answer (its value is a list of places, a measure), not what the question is about.
_KIND_OF_ANSWER = re.compile(r"(?:(?<![なほ])どのような|どういう|どんな|何の|いずれの|(?<![なほ])どの)([^\s、。?？をがはにでとの]{2,})")
# 「設定されていますか」「締結したのは」: a verbal noun used as the predicate.
_PREDICATE = r"(?:され|させ|して|した|しま|する|でき)"


# A compound verb written with its okurigana (受け入れた, 売り上げ, 取り組む, 申し込んだ), which
# official documents write without them as a noun (受入れ, 売上, 取組, 申込み): its two kanji.
COMPOUND_VERB = re.compile(r"([\u4e00-\u9fff])(?![のをにがはとでもへやか])[\u3041-\u3093]([\u4e00-\u9fff])(?=[\u3041-\u3093])")


# A kind a document names after the things it lists (「…などの貿易書類」): a run of kanji and katakana.
_KIND_RUN = r"[\u4e00-\u9fff\u30a1-\u30fa\u30fc]{2,10}"


def _add_compound_verb_stems(intent: Intent, records: list[TableRecord]) -> None:
    """Add to what the question names the stems of its compound verbs that label a cell of
    `records` (「州から受け入れた人数」 names the column 州からの受入れ)."""
    asked = intent.text.rpartition("について、")[2]
    stems = [a + b for a, b in COMPOUND_VERB.findall(asked)]
    if not stems:
        return
    labels = "".join({x for r in records for c in r.cells for x in (c.row, c.column or "", c.column_group or "",
                                                                   c.row_group or "")})
    held = [stem for stem in dict.fromkeys(stems) if stem in squash(labels)]
    if held:
        intent.topic = f"{intent.topic} {' '.join(held)}"


def subject_word(word: str, text: str) -> bool:
    """Whether `word` is the subject of a document whose text is `text`: written again and again,
    for the text's length (SUBJECT_MENTIONS, SUBJECT_PER_1000_CHARS)."""
    mentions = text.count(_nfkc(word))
    return mentions >= SUBJECT_MENTIONS and mentions * 1000 >= SUBJECT_PER_1000_CHARS * len(text)


def question_shaping_words(question: str) -> set[str]:
    """Words that shape the question rather than name its topic: the noun after どの/どんな (the
    kind of answer) and verbal nouns used as the predicate (設定されて, 締結した)."""
    words = {m.group(1) for m in _KIND_OF_ANSWER.finditer(question)}
    words |= {m.group(1) for m in re.finditer(r"([\u4e00-\u9fff]{2,})" + _PREDICATE, question)}
    # the words of an operation (全部で, 合わせて, 最も多い) ask how, not about what
    words |= {m.group(0) for _, pattern in _OP_WORDS for m in pattern.finditer(question)}
    # (and a time said relative to now, 「前回の調査から今回の調査で」, says which columns, not what about)
    words |= set(_RELATIVE_TIME.findall(question))
    return words



def _share_of_latest_year(intent: Intent, s: _Scored) -> bool:
    """A share column without a year (構成比（％）) in a table whose other columns are years
    (令和３年度調査 | 令和６年度調査 | 構成比): the shares are of its latest year, so a question of
    that year asks them."""
    if not _SHARE_LABEL.search(s.cell.column or "") or _cell_years(s.cell):
        return False
    years = {y for c in s.record.cells if c.column != s.cell.column for y in _cell_years(c)}
    return bool(years) and intent.years <= {max(years)}


def _cell_years(cell: Cell) -> set[int]:
    if cell.fiscal_year:
        return {cell.fiscal_year}
    if cell.fiscal_year_range:
        a, b = cell.fiscal_year_range
        return set(range(a, b + 1))
    return set()


def _year_of_each_kind(question: str) -> dict[str, int]:
    """When a question gives each asked kind its own year (「令和6年度末の実績で、令和9年度の目標を
    超えていますか」), kind -> that year: the last year named before the kind's word. Empty when
    the kinds do not have different years."""
    q = _nfkc(question)
    years = find_years(q)
    out: dict[str, int] = {}
    for word, kind in _KIND_WORDS:
        at = q.find(word)
        if at < 0 or kind in out:
            continue
        before = [y for y in years if y.end <= at]
        if before:
            out[kind] = before[-1].western
    return out if len(set(out.values())) >= 2 else {}


def _row_periods(record: TableRecord, row: str) -> list[str]:
    """The periods a row of a table holds figures for (both calendars), in table order."""
    return list(dict.fromkeys(p for p in (period_text(c) for c in record.cells
                                          if c.row == row and c.number is not None) if p))


def _year_not_in_table(intent: Intent, best: _Scored, scored: list[_Scored]) -> Found | None:
    """The asked year is in no column of the table the question is about (nor of any table about
    as near): the figure is not in the documents. Said with the periods the row does hold."""
    if len(intent.years) != 1 or best.record.kind != "table" or not _cell_years(best.cell):
        return None
    near = {id(s.record) for s in scored if s.topic >= best.topic - TIE_MARGIN}
    if any(_cell_years(s.cell) & intent.years for s in scored if id(s.record) in near):
        return None
    held = _row_periods(best.record, best.cell.row)
    if not held:
        return None
    year = next(iter(intent.years))
    subject = _subject(best.record, best.cell)
    if subject.startswith(best.record.title):
        subject = best.cell.row
    statement = (f"「{best.record.title}」の表に{era_text(year, '年度')}（{year}年度）の{subject}は記載されていません。"
                 f"記載があるのは{'、'.join(held[-4:])}の値です。")
    return Found(statement, [(best.record, best.cell)], score=best.score, topic=best.topic, refused=True)


def _kind_elsewhere(intent: Intent, best: _Scored) -> Found | None:
    """The asked kind (目標) is labelled on other cells of the best cell's row (第２期目標（令和５～９
    年度）), and the best cell carries no kind: a table that labels its targets does not leave one
    unlabelled, so the asked year's target is not in it. Said with the targets the row does hold."""
    kind = intent.kinds[0]
    rec = best.record
    if rec.kind != "table" or best.cell.number is None or not _cell_years(best.cell):
        return None  # (a figure of a year: a cell of text says nothing of the kind of its figures)
    labelled = [c for c in rec.cells if c.row == best.cell.row and cell_kind(c) == kind
                and c.number is not None and _cell_years(c)]
    if not labelled and kind == "目標" and not any(cell_kind(c) for c in rec.cells) and not any(
            w in squash(f"{rec.title}{rec.note}") for w in ("目標", "計画値", "見込")):
        # a table of counts by year that names no kind anywhere reports what happened: its cells
        # are no targets (「自動運転分野の実証実験は何件を目標に」 asked of 「分野別の実証実験の実施件数」)
        subject = _subject(rec, best.cell)
        subject = best.cell.row if subject.startswith(rec.title) else subject
        statement = (f"「{rec.title}」の表には目標値の記載はありません。記載があるのは{subject}の"
                     f"{period_text(best.cell)}の値（{value_text(best.cell)}）です。")
        return Found(statement, [(rec, best.cell)], score=best.score, topic=best.topic, refused=True)
    if not labelled:
        return None
    subject = _subject(rec, best.cell)
    if subject.startswith(rec.title):
        subject = best.cell.row
    held = "、".join(f"{period_text(c)}の{value_text(c)}" for c in labelled[:3])
    statement = (f"「{rec.title}」の表の{subject}には、{period_text(best.cell)}の{kind}値は記載されていません"
                 f"（{period_text(best.cell)}の欄の{value_text(best.cell)}は{kind}ではありません）。"
                 f"{kind}として記載があるのは{held}です。")
    return Found(statement, [(rec, best.cell)] + [(rec, c) for c in labelled[:1]], score=best.score, topic=best.topic,
                 refused=True)


def _fact_of_year(s: _Scored, intent: Intent) -> bool:
    """A label–value fact, or a table without any year of its own (訪問都市別の商談の成果 of a
    mission report), belongs to the asked year when its section or document names that year, or,
    asked when (いつから受け付け), when its date falls in it (募集期間 令和７年５月12日から… of the 2025
    call for applications)."""
    if _cell_years(s.cell) or (s.record.kind != "facts" and (s.cell.number is None
                                                              or any(_cell_years(c) for c in s.record.cells))):
        return False  # (a table's cell of text, 自治体名, is no figure of a year)
    texts = (s.record.title, s.record.section, s.record.doc_title) + ((s.cell.value,) if "date" in intent.wants else ())
    return bool({y.western for text in texts for y in find_years(_nfkc(text or ""))} & intent.years)


# A cell answers "who" when its label names an actor (実施主体, 担当, 構成団体) or its value names
# an organisation (…市, …省, …協議会, 株式会社…); 「指定申請」 answers no "which organisation".
_ACTOR_LABEL = re.compile(r"主体|団体|機関|者|担当|自治体|企業|組織|法人|構成|窓口|相手|パートナー|名称|氏名|代表|委員")
ORGANISATION = re.compile(r"(?:県|市|町|村|省|庁|局|課|室|法人|機構|大学|センター|協議会|財団|組合|銀行|公社|研究所|協会|会社"
                           r"|グループ)(?![\u4e00-\u9fff])|株式会社|㈱|Inc|Ltd|Corp|[A-Z]{2,}")


def _labels_other_kind(cell: Cell, wants: list[str]) -> bool:
    """The cell's own label names a kind of value, and not one the question wants (所在地 for 電話番号)."""
    label = _nfkc(f"{cell.row} {cell.column or ''}")
    kinds = {name for name, pattern in _WANTS if pattern.search(label)}
    return bool(kinds) and not kinds & set(wants)


# Counters of things (a card's value is read by its leading figure: 「520台（有料）」).
_COUNTER_UNIT = re.compile(r"台|人|名|件|社|か所|箇所|室|席|回|区画|棟|店|校|団体|か国|隻|機")
_COUNT_VALUE = re.compile(r"(?:約|計|延べ)?[0-9][0-9,.]*\s*(" + _COUNTER_UNIT.pattern + ")")


def _counted_not_priced(cell: Cell, wants: list[str]) -> bool:
    """Whether only money is asked and the cell counts things (駐車場：520台（有料）, 12人): no label
    the question names makes a count of cars a price."""
    if wants != ["money"] or re.search(r"額|料|費|価|代|円", _nfkc(f"{cell.row} {cell.column or ''}")):
        return False
    unit = cell.unit or (m.group(1) if (m := _COUNT_VALUE.match(_nfkc(cell.value).strip())) else "")
    return bool(unit) and bool(_COUNTER_UNIT.fullmatch(unit))


# A span of half a unit, written with no figure: 半日, 半年, 約半月.
_HALF_SPAN = re.compile(r"(?:約)?半(?:日|年|月|年間|日間)(?![\u3040-\u309f\u4e00-\u9fff])")


def looks_like(cell: Cell, wants: list[str]) -> bool:
    """Whether a cell holds the kind of value a question wants (a dash: "not given" fits all)."""
    v = _nfkc(cell.value)
    label = _nfkc(f"{cell.row} {cell.column or ''}")
    if is_dash(cell.value) or "which" in wants:
        return True
    for want in wants:
        if want == "date" and re.search(r"[0-9]+年|[0-9]+月|令和|平成|昭和|元年", v[:DATE_LEAD_CHARS]):
            return True  # (a sentence that ends on a year, 「…（令和元年度で交付終了）」, is no date)
        if want == "money" and (re.search(r"円", v) or (cell.unit or "").endswith("円") or "額" in label):
            return True
        if want == "mail" and re.search(r"[\w.+-]+@[\w-]+\.[\w.]+", v):
            return True
        if want == "phone" and re.search(r"[0-9]{2,4}-[0-9]{2,4}-[0-9]{3,4}", v):
            return True
        if want == "place" and re.search(r"[都道府県市区町村]|丁目|番地|〒", v):
            return True
        if want == "rate" and (re.search(r"%|分の|割", v) or cell.unit == "%" or "率" in label):
            return True
        if want == "count" and cell.number is not None and not (cell.unit or "").endswith("円"):
            return True
        if want == "quantity" and (cell.number is not None or _HALF_SPAN.match(v)):
            return True
        if want == "volume" and cell.number is not None and not re.search(r"[円%％]$", cell.unit or ""):
            return True
        if want == "measure" and cell.number is not None and _MEASURE_UNIT.search(cell.unit or unit_from_label(label) or ""):
            return True
        if want == "length" and (re.search(r"[0-9]\s*(?:[かヶカケ箇]月|年間|週間|日間)", v) or _HALF_SPAN.match(v) or (
                cell.number is not None and re.search(r"[（(](?:[かヶカケ箇]月|年|週|日)[）)]|期間", label))):
            return True
        if want == "who" and cell.number is None and not is_dash(cell.value) and (
                _ACTOR_LABEL.search(label) or ORGANISATION.search(v)):
            return True
    return False


def _compared_in(s: _Scored, question: str) -> bool:
    """Whether the cell's column holds figures of two or more rows besides totals, and the question
    does not name the cell's row: a largest or a smallest is read from the column, not asked of a row."""
    return not _row_named(s.cell.row, question) and len(
        {c.row for c in s.record.cells if c.column == s.cell.column and c.number is not None and not is_total(c)}) >= 2


def is_total(cell: Cell) -> bool:
    """Whether a cell is of a table's total row or column (合計, 計, 総計; with the unit its label
    carries, 計（トン）)."""
    return total_label(cell.row) or total_label(cell.column or "")


def total_label(label: str) -> bool:
    if _SUBTOTAL_OF_NAMED.fullmatch(squash(label)) and unit_from_label(label) is None:
        return False  # 小計（物流事業者） adds up a named group, as 物流事業者小計 does: no total of the table
    return bool(_TOTAL_LABEL.match(_UNIT_SUFFIX.sub("", squash(label))))


# 「小計（アジア）」: a subtotal that names what it adds up in brackets (which may hold a unit
# instead: 計（トン）, 合計（人）).
_SUBTOTAL_OF_NAMED = re.compile(r"(?:小計|計)[(（].{2,}?[)）]")


# The unit a label carries at its end: 計（トン）, 合計(人).
_UNIT_SUFFIX = re.compile(r"[（(][^（()）]*[）)]$")


def _empty_column(intent: Intent, scored: list[_Scored]) -> Found | None:
    """The best table has a column for the asked year, but the asked row leaves it empty
    (targets printed up to 令和3年度 under a header that runs to 令和4年度): say so."""
    best = scored[0]
    records = list(dict.fromkeys(x.record for x in scored[:40] if x.topic >= best.topic - 0.05))
    found = next(((r, c) for r in records for c in r.columns if c and parse_period(c)[0] in intent.years), None)
    if found is None:
        return None
    rec, period = found
    best = next(x for x in scored if x.record is rec)
    kind = intent.kinds[0] if intent.kinds else cell_kind(best.cell)
    row_cells = [c for c in rec.cells if (cell_kind(c) == kind if kind else c.row == best.cell.row)]
    if not row_cells or any(c.column == period for c in row_cells):
        return None
    label = re.sub(r"[（(][^)）]*[)）]$", "", row_cells[0].row).strip() if kind else row_cells[0].row
    held = [period_text(c) for c in row_cells if c.number is not None and c.fiscal_year]
    statement = (f"「{rec.title}」の表には{annotate_eras(_nfkc(period))}の列がありますが、{label}の欄は空欄で、"
                 f"値は記載されていません。")
    if held:
        statement += f"記載があるのは{'、'.join(dict.fromkeys(held[-3:]))}の{label}です。"
    return Found(statement, [(rec, c) for c in row_cells[:1]], score=best.score, topic=best.topic, refused=True)


def _verdict(cells: list[tuple[TableRecord, Cell]]) -> str:
    """「目標を上回っています。」 when an answer shows an actual and its target of one period."""
    actual = next((c for _, c in cells if cell_kind(c) == "実績" and c.number is not None), None)
    target = next((c for _, c in cells if cell_kind(c) == "目標" and c.number is not None), None)
    if actual is None or target is None:
        return ""
    if _cell_years(actual) != _cell_years(target):
        if not (actual.fiscal_year and target.fiscal_year):
            return ""
        # 令和6年度の実績と令和9年度の目標 (asked together): compared, each named by its year
        reached = ("目標を上回っています" if actual.number > target.number
                   else "目標に達しています" if actual.number == target.number else "目標に届いていません")
        return f"{period_text(actual)}の実績は、{period_text(target)}の{reached}。"
    (a, t), unit = _numbers(actual, target)
    gap = _gap_text(abs(a - t), unit)  # (of two percentages in points: 80.0% − 76.5%, 3.5ポイント)
    if actual.number >= target.number:
        return "実績は目標を達成しています。" if actual.number == target.number else f"実績は目標を{gap}上回っています。"
    return f"実績は目標を{gap}下回っています。"


# A cell that names a body, a place or a company (at least four characters of a name).
_ROW_VALUE = re.compile(r"[\u30a0-\u30ff\u3400-\u9fffA-Za-z0-9]{4,}")


def _row_values_named(cell: Cell, rec: TableRecord, q: str) -> list[str]:
    """The whole cells of the cell's row, other than its label, that the question names (a list
    of projects: 「青葉台交通株式会社」 in the 実施主体 column; one item of a cell that lists several:
    プレゼン of 「書類・プレゼン」), not words of the table's title."""
    label, title = squash(cell.row), squash(rec.title)
    # (a cell that lists several, 「書類・プレゼン」: each of them)
    values = (part for piece in cell.source.split() for part in _VALUE_PARTS.split(squash(piece)))
    return [v for v in values if _ROW_VALUE.fullmatch(v) and v in q and v not in label and v not in title]


def _card(s: _Scored) -> list[str]:
    """The lines of a label–value card (the facts under one heading: ｂ AGORA Hon-atsugi's 所在地 …
    施設運営者), which are about one subject: 本厚木 of its 所在地 names the card its 施設運営者 is on."""
    return [x for c in s.record.cells for x in (c.row, c.value)] if s.record.kind == "facts" else []


def notes_on_row(record: TableRecord, cell: Cell) -> list[Footnote]:
    """The notes under a cell's table that name the cell's row (its label without a bracketed unit):
    「※３ ベトナムの令和６年度の成約金額は速報値である。…」 of the row ベトナム."""
    row = squash(re.sub(r"[（(][^）)]*[）)]", "", cell.row))
    return [f for f in record.footnotes if len(row) >= 2 and row in squash(f.text)]


def _whole_row_first(intent: Intent, scored: list[_Scored]) -> list[_Scored]:
    """Of the best cell's table, the one row the question names word for word comes before a row
    that only shares some of its words (「モデル地区の水道の無収水率」: 無収水率（％）, not 水道料金の
    徴収率（％） that shares 水道 and 率), in the best cell's column."""
    if not scored or intent.op or _part_asked(intent.text):
        return scored
    best = scored[0]
    # (a row the question leaves out, 「ワンストップサービスを除いた」, is not the one it asks for)
    left_out = " ".join(m.group(1) for m in _EXCLUDED.finditer(intent.text))
    whole = {s.cell.row for s in scored if s.record is best.record and _row_named_whole(s.record, s.cell, intent.text)
             and _row_core(s.cell.row) not in squash(left_out)}
    if len(whole) != 1 or best.cell.row in whole:
        return scored
    row = whole.pop()
    first = [s for s in scored if s.record is best.record and s.cell.row == row and s.cell.column == best.cell.column]
    moved = {id(s) for s in first}
    return first + [s for s in scored if id(s) not in moved]


def _row_named_whole(record: TableRecord, cell: Cell, question: str) -> bool:
    """Whether the question names the table cell's row label whole, without its unit (at least
    three characters: 「無収水率」 of 「無収水率（％）」)."""
    if record.kind != "table" or _is_period_label(cell.row):
        return False  # (a year names when, not which row: 「令和６年度に何人が」)
    return _row_said(cell.row, question.rpartition("について、")[2], shortest=3)


def _holds_row_said(record: TableRecord, text: str) -> bool:
    """Whether a row of `record` other than its total is said word for word in `text` (or what a
    subtotal row adds up is: アジア of アジア小計)."""
    return any((_row_said(c.row, text) or _subtotal_named(_subtotal_of(c.row), squash(text))) and not total_label(c.row)
               for c in record.cells)


def _row_said(row: str, text: str, shortest: int = 2) -> bool:
    """Whether `text` says a row's label word for word, without its unit (「台湾」, 「無収水率」 of
    「無収水率（％）」), the label having at least `shortest` characters."""
    core = _row_core(row)
    return len(core) >= shortest and core in squash(text)


# 「春は令和６年４月から６月、夏は７月から９月、…冬は令和７年１月から３月である」: a row label, then
# what it is.
_LABEL_IS = re.compile(r"([^\s、。,※0-9]{1,6})は(.+)")


def row_months(rec: TableRecord) -> dict[str, set[int]]:
    """The months a note of the record gives each of its rows (春: 4, 5, 6), for rows so defined."""
    rows = {squash(c.row): c.row for c in rec.cells}
    out: dict[str, set[int]] = {}
    for note in rec.footnotes:
        for clause in re.split(r"[、。,]", _nfkc(note.text)):
            m = _LABEL_IS.search(clause)
            row = rows.get(squash(m.group(1))) if m else None
            months = _months_asked(m.group(2), set())[0] if row is not None else set()
            if months:
                out[row] = months
    return out


def _row_said_as_row(row: str, intent: Intent) -> bool:
    """Whether the question says the row's label word for word as the row it asks of: a year row is
    said by its year (which scoring weighs on its own), and 合計 of a sum asked says how to add
    (「…までで合計何件」), unless it is said as the row (「合計の合計は」)."""
    if not _row_said(row, intent.text) or _is_period_label(row):
        return False
    return not (intent.op == "sum" and total_label(row)
                and not re.search(re.escape(_row_core(row)) + "の", squash(intent.text)))


def _carried_on_row(word: str, intent: Intent, best: _Scored) -> bool:
    """A word of a follow-up's carried topic that labels another cell of the best cell's row
    (「令和６年度に派遣した専門家について、その年度の事業費は」: 専門家の派遣 is the row's other
    column): the conversation's subject is the row, the asked detail its cell."""
    carried, _, asked = intent.text.rpartition("について、")
    if not carried or word not in carried or word in asked:
        return False
    labels = re.sub(r"\s+", "", _nfkc(" ".join(c.column or "" for c in best.record.cells if c.row == best.cell.row)))
    return _in_parts(_nfkc(word), labels)


# A verb or adjective as a question writes it (困りごと, 挙げた, 使わない): its kanji stem, then kana.
_VERB_FORM = re.compile(r"([\u4e00-\u9fff]+)[\u3041-\u3096]+")


def _holds(word: str, s: _Scored) -> bool:
    """Whether a word is in the cell's labels, row, table title, section, card or the notes under
    its table that name its row (「確定した額は」 of 「※３ ベトナムの…」): whole, or as a
    compound whose parts are all there (参加人数 in "…に参加した人数")."""
    where = _nfkc(" ".join((s.cell.row, s.cell.column or "", s.cell.row_group or "", s.cell.column_group or "",
                            s.cell.source, s.record.title, s.record.section, s.record.note, s.meaning, *_card(s),
                            *(f.text for f in notes_on_row(s.record, s.cell)))))
    word = _nfkc(word)
    if re.sub(r"全体$", "", word) in _FIRMS and _counts_firms(s):
        return True  # (a count of firms, 助成事業者数（社）, is about 会社 (全体) whatever its label says)
    if re.search(r"(?:者|人数)$", word) and (band := _bounds(s.cell.row)) is not None and band[4] in ("人", "名"):
        return True  # (a row of a head-count band, 40人以上, is about people: 参加者, 参加人数)
    where = _OKURIGANA.sub("", re.sub(r"\s+", "", where))
    word = _OKURIGANA.sub("", word)  # (買い物 of a row 買物代)
    if len(word) >= 3 and word.endswith("系"):
        word = word[:-1]  # 「台湾系の永晟マテリアル」: a company of 台湾, as its row says
    if len(word) == 2 and word[1] == "間" and word[0] in "週年月日":
        return word[0] in where  # 「１週間当たり」 of a label 「週当たり」
    verb = _VERB_FORM.fullmatch(word)
    if verb and re.search(re.escape(verb.group(1)) + "[\u3041-\u3096]", where):
        return True  # 「困りごと」 of a table 「…で困っていること」: one verb in another form
    return _in_parts(word, where)


_MEASURE_SUFFIX = "額数率費"


def _in_parts(word: str, where: str) -> bool:
    """`word` is in `where`, or splits into pieces of two or more characters that all are; a
    suffix of measure (交付額 = 交付 + 額 of 累計額) may be one character."""
    ok = [True] + [False] * len(word)
    for i in range(len(word)):
        if ok[i]:
            for j in range(i + (1 if word[i] in _MEASURE_SUFFIX and i else 2), len(word) + 1):
                if word[i:j] in where:
                    ok[j] = True
    return ok[len(word)]


def _names_named(names: list[str], s: _Scored, record: TableRecord | None = None) -> bool:
    """Every proper noun of the question (鎌倉市, 西中島) is in the cell's labels, its row, its
    table's title or section, its document's title or (a label–value card) the card's lines; with
    `record` (a sum or comparison, which reads several cells: 横浜・川崎・相模原の3地域を合わせると),
    in the labels or text cells of any of its cells."""
    labels = [s.cell.row, s.cell.column or "", s.cell.row_group or "", s.cell.column_group or ""]
    if record is not None:
        # (and its text cells: 「米国にある県人会」 sums the rows whose 所在国 is 米国)
        labels += [x for c in record.cells for x in (c.row, c.column or "", "" if c.number is not None else c.value)]
    labels += _card(s)
    # (and the notes under the table, which say what its rows hold: 「南アジア」はインド等)
    where = _nfkc(" ".join((*labels, s.cell.source, s.record.title, s.record.section, s.record.note, s.record.doc_title,
                            *(f.text for f in s.record.footnotes))))
    where = re.sub(r"\s+", "", where)
    # (or a region among the cell's own labels holds it: the column 「アジア」 of 「出店先が香港の場合」)
    # (or places named together, アメリカ and ヨーロッパ, are the region a label of the cell is: 欧米)
    return all(n in OWN_COUNTRY or named_in(n, where)
               or any(_places_held(label_core(x), (n,), s.record, s.cell) for x in labels[:4] if x)
               or any(n in _region_joins(label_core(x), tuple(names)) for x in labels[:4] if x) for n in names)


# A measure written short in a question and in full in a label: 成約額 for 成約金額, 商談数 for 商談件数.
_SHORT_MEASURE = re.compile(r"(?<![金件人者])(額|数)$")
_LONG_MEASURES = {"額": ("金額",), "数": ("件数", "人数", "者数")}


def _labelled_by(s: _Scored, terms: set[str], *, columns: bool = True) -> bool:
    """Whether the cell's row (or, with `columns`, its column) is one of `terms` (squashed), with or
    without the unit in brackets it ends with (出前講座（回） is the defined 出前講座): a label the
    question means. Rows only for a row named by the document's definition of it (a column,
    新規雇用者（人）, is a term a question may only ask the meaning of)."""
    labels = (squash(s.cell.row), squash(s.cell.column or "")) if columns else (squash(s.cell.row),)
    return any(label in terms or label_core(label) in terms for label in labels if label)


def _beside_row(attribute: str, s: _Scored) -> str:
    """The asked detail without the cell's row label it holds: 「台湾から受け入れた教育旅行は」 reads
    the detail 台湾教育旅行, the row 台湾 and, beside it, 教育旅行 (a report's subject)."""
    for label in (s.cell.row, s.cell.row_group or ""):
        core = squash(label)
        if len(core) >= 2 and core in attribute and len(attribute) - len(core) >= 2:
            return attribute.replace(core, "", 1)
    return attribute


def _names_attribute(attribute: str, s: _Scored) -> bool:
    """Whether the cell's labels (or its table's title) name the detail the question asks (a
    measure written short, 成約額, names the label written in full, 成約金額)."""
    short = _SHORT_MEASURE.search(attribute)
    if short and len(attribute) >= 3:
        stem = attribute[:short.start()]
        if any(_names_one_attribute(stem + long, s) for long in _LONG_MEASURES[short.group(1)]):
            return True
    return _names_one_attribute(attribute, s)


# Nouns for firms, which a table counts in 社 without writing them (助成事業者数（社）, 回答数（社）):
# 「助成を受けた会社は何社」 asks a column whose unit is 社, whatever its label calls them.
# The words a firm is named by, and the counts of firms (企業数).
FIRM_WORDS = ("会社", "企業", "事業者", "法人", "メーカー")
_OWN_FIRM = ("自社", "当社", "弊社")
# The asker's description of its own firm: its head count and kind (「従業員80人の製造業の会社」), or
# the class it says the firm is not of (「小規模企業者には当たらない会社」).
_FIRM_PHRASE = re.compile(r"(?:従業員|社員)[^、。？?]{0,40}?(?:会社|企業|事業者|法人|メーカー|商社|業者)"
                          r"|[^、。？?]{0,16}?に(?:は)?当たら(?:ない|ず)[^、。？?]{0,4}?(?:会社|企業|事業者)")
_FIRMS = frozenset({*FIRM_WORDS, "企業数", "会社数", "事業者数"})
_FIRM_GRAMS = frozenset(_label_grams(" ".join(_FIRMS)))
# Firms named by what they did (「申請した事業者」「採択された企業」): the verbal noun, whose count in 件
# (申請件数) counts them.
_FIRMS_BY_DEED = re.compile(r"([\u4e00-\u9fff]{2,})(?:した|された|している|されている|する)(?:" + "|".join(sorted(_FIRMS, key=len, reverse=True)) + ")")

# Firms named as those a deed was done to (「事業者に補助金が交付された」): the verbal noun likewise.
_DEED_TO_FIRMS = re.compile(r"(?:" + "|".join(sorted(_FIRMS, key=len, reverse=True)) + r")(?:に|へ)[^、。？?]{0,12}?"
                            r"([\u4e00-\u9fff]{2,})(?:され|した|して|しま|する)")

# A share said as such (割合, 比率): what a cell printed in ％ is.
_SHARE_SAID = re.compile(r"割合|比率|率|シェア")


def _counts_firms(s: _Scored) -> bool:
    """Whether the cell counts firms: its unit is 社, or it is the share (％) of a row counted in 社."""
    return s.cell.unit == "社" or (s.cell.unit == "%" and any(c.row == s.cell.row and c.unit == "社"
                                                             for c in s.record.cells))


# Words that say where people or firms come from (「アメリカ出身の」「ベトナム国籍の」): said of a
# place, they are about the place a row of a table by country names.
_ORIGIN_WORDS = frozenset({"出身", "国籍", "出身国", "出身地"})


def _place_row_named(question: str, row: str) -> bool:
    """Whether the question names the row's place right before an origin word (米国出身, タイ国籍)."""
    core = squash(label_core(row))
    return len(core) >= 2 and bool(re.search(re.escape(core) + r"(?:の)?(?:" + "|".join(_ORIGIN_WORDS) + ")", squash(question)))


# The people of a body (「支援機関や行政の職員」): the body is whose they are, which a row may name.
_MEMBER_WORDS = frozenset({"職員", "社員", "従業員", "スタッフ", "担当者", "会員", "メンバー"})


def _members_row_named(question: str, word: str, row: str) -> bool:
    """Whether the question names the row's bodies right before the member word (「支援機関や行政の
    職員」 of the row 支援機関・行政): each body it lists is on the row."""
    m = re.search(r"([\u30a0-\u30ff\u4e00-\u9fff・やと]{2,24})の" + re.escape(word), squash(question))
    if m is None:
        return False
    bodies = [b for b in re.split(r"[・やと]", m.group(1)) if b]
    label = squash(label_core(row))
    return bool(bodies) and all(len(b) >= 2 and b in label for b in bodies)


@functools.lru_cache(maxsize=256)
def _firm_deeds(question: str) -> tuple[frozenset[str], ...]:
    """The bigrams of each deed the question names firms by (申請 of 「申請した事業者」, 交付 of
    「何件の事業者に補助金が交付された」)."""
    return tuple(frozenset(_bigrams(m.group(1))) for pattern in (_FIRMS_BY_DEED, _DEED_TO_FIRMS)
                 for m in pattern.finditer(question))


def places_left_behind(question: str) -> set[str]:
    """The places (countries, cities, world regions) only the carried part of a follow-up made
    standalone names, when its asked part names another: 「欧州に駐在員を…について、中南米だと」 -> {欧州}.
    The conversation has moved on from them."""
    carried, sep, asked = question.rpartition("について、")
    now = {*places_in(asked), *regions_named(asked)}
    if not sep or not now:
        return set()
    return {*places_in(carried), *regions_named(carried)} - now


def _counts_cases(cell: Cell, record: TableRecord) -> bool:
    """Whether a cell counted in 件 counts cases, not firms: the nearest label that says what is
    counted (the column, its group, else the table's title: 商談件数（件）, 「…個別支援件数」) is a
    number of cases (…件数), not of firms (支援企業数（件）)."""
    if cell.unit != "件":
        return False
    counted = next((core for x in (cell.column, cell.column_group, record.title)
                    if x and (core := _column_core(x)).endswith("数")), "").rpartition("の")[2]
    return counted.endswith("件数") and not any(firm in counted for firm in FIRM_WORDS)


def _counts_firms_by_deed(question: str, s: _Scored) -> bool:
    """Whether the cell counts, in 件, what the question says the firms did (申請件数（件） of
    「申請した事業者」): one case per firm, the firms counted."""
    if s.cell.unit != "件":
        return False
    labels = _label_grams(" ".join(x for x in (s.cell.row, s.cell.column or "", s.cell.column_group or "") if x))
    return any(deed <= labels for deed in _firm_deeds(question))


def _printed_share_named(intent: Intent, scored: list[_Scored]) -> _Scored | None:
    """A row of the best cell's table that prints a share (生成ＡＩの利用率, in ％) and whose labels
    name more of the question's words than the best cell's do (a firm word aside: 会社 is no label's)."""
    top = scored[0]
    words = {squash(w) for w in intent.topic.split() if len(w) >= 2 and w not in _FIRMS}

    def said_by(s: _Scored) -> set[str]:
        labels = squash(f"{s.cell.row}{s.cell.column or ''}")
        return {w for w in words if w in labels}

    return next((s for s in scored[:40] if s.record is top.record and (s.cell.unit or "") in ("%", "％")
                 and _SHARE_SAID.search(s.cell.row) and said_by(s) > said_by(top)), None)


# What separates the members of an enumeration (香港、台湾及びシンガポール).
ENUMERATION_SEP = re.compile(r"、?(?:及び|並びに|又は|または)|[、・,，]")


def _glosses(record: TableRecord, label: str | None) -> tuple[str, ...]:
    """The sentences of the record's notes that say what `label` (a column) means: what they
    say names the column as its label does (依頼 of 「チェックのみ」は、…の依頼です)."""
    core = squash(label_core(label or ""))
    if len(core) < 2 or not record.footnotes:
        return ()
    return _glosses_in(tuple(squash(f.text) for f in record.footnotes), core)


@functools.lru_cache(maxsize=4096)
def _glosses_in(notes: tuple[str, ...], core: str) -> tuple[str, ...]:
    # (the label quoted, then は or とは and what it is, up to the sentence's end; read once per
    # table and label, not once per cell scored)
    said = re.compile("「" + re.escape(core) + r"」(?:とは|は)[、,]?([^。「]*)")
    return tuple(m.group(1) for note in notes for m in said.finditer(note))


def _gloss_items(gloss: str) -> list[str]:
    """The things a gloss lists (「ベトナム語、タイ語、インドネシア語等です」: ベトナム語, タイ語,
    インドネシア語), each without its 等; [] when it is a definition that says what the label holds
    (「県内に工場又は事業所を有する…」): fewer than two items, or an item that is a clause."""
    items = [re.sub(r"(?:等|など)$", "", i)
             for i in ENUMERATION_SEP.split(re.sub(r"(?:です|である|をいう|をいいます)?[、,]?$", "", gloss)) if i]
    items = [i for i in items if i]
    if len(items) < 2 or any(len(i) > 12 or re.search(r"[をにがはでと]", i) for i in items):
        return []
    return items


def _listed_in_gloss(record: TableRecord, label: str, asked: str) -> bool:
    """Whether `asked` (squashed) names one of the things a note lists as what a column holds
    (タイ語 of 「「その他の言語」は、ベトナム語、タイ語、インドネシア語…です」)."""
    return any(len(i) >= 2 and i in asked for gloss in _glosses(record, label) for i in _gloss_items(gloss))


def _gloss_heads_named(record: TableRecord, row: str, asked: str) -> int:
    """How many of the things a note lists as what a row holds (「「楽器部品」は弦、リード、鍵盤の機構等」)
    `asked` (squashed) names as the thing itself, not as whose another thing is: 「サックスのリードや
    ギターの弦を作っている」 names リード and 弦, and ギター only as the 弦's (of 「「弦楽器」はギター…」)."""
    return sum(1 for gloss in _glosses(record, row) for i in _gloss_items(gloss)
               if re.search(re.escape(i) + r"(?=を|や|と|が|は|も|、|,|など|等)", asked))


def included_places(record: TableRecord, row: str) -> list[str]:
    """The places a note says a row holds though its label does not name them: 英国 of
    「…英国は「その他」に含む」 (or 「台湾及び香港は「アジア（その他）」に含めた」)."""
    core = squash(row)
    said = re.compile(r"([^、。「」]{1,20}?)(?:は|を)「" + re.escape(core) + r"」に含")
    return [i for f in record.footnotes for m in said.finditer(squash(_nfkc(f.text)))
            for i in ENUMERATION_SEP.split(m.group(1)) if i and abroad(i)]


# The words for asking a service for its work (依頼, 申込み): a use of the service named with it.
_USE_WORD = re.compile(r"依頼|申込み?|申し込み|注文|発注")


def service_used(word: str, question: str) -> str | None:
    """The service whose use the question asks as `word` (現地確認 of 「現地確認の依頼は何件」): the
    noun before 「の依頼」「の申込み」, or None when `word` is no word for a use."""
    if not _USE_WORD.fullmatch(word):
        return None
    used = re.search(r"([\u30a0-\u30ff\u4e00-\u9fff]{2,})の" + re.escape(word), _nfkc(question))
    return used.group(1) if used else None


def _use_of_label(intent: Intent, s: _Scored) -> bool:
    """Whether the detail asked is the use of the service the cell's row or column is (「現地確認の
    依頼は何件」 of the column 現地確認 of a table counting uses), in a count."""
    if s.record.kind != "table" or (s.cell.unit or "") not in ("件", "回", ""):
        return False
    service = service_used(intent.attribute, intent.text)
    return service is not None and service in {squash(label_core(s.cell.column or "")), squash(label_core(s.cell.row))}


def _places_asked_now(intent: Intent) -> list[str]:
    """The places the question asks of now (not a follow-up's carried topic)."""
    return places_in(intent.text.rpartition("について、")[2])


def _holds_place_asked(places: list[str], rec: TableRecord, row: str) -> bool:
    """Whether a note says the table's row holds one of `places` (`included_places`; the places
    asked, read once by the caller: `_places_asked_now`)."""
    if rec.kind != "table" or not rec.footnotes or not places:
        return False
    return any(same_place(i, p) for i in included_places(rec, row) for p in places)


def _row_by_gloss(intent: Intent, scored: list[_Scored]) -> list[_Scored]:
    """The cells of the best table's row a note's list names (`_gloss_heads_named`) moved first,
    when the question names no row of it by its label and one row's list is named most; or of the
    row a note says holds the place the question names (「イギリスに輸出している分」 of 「英国は
    「その他」に含む」)."""
    top = scored[0]
    rec, asked = top.record, squash(_nfkc(intent.text))
    if rec.kind != "table" or not rec.footnotes or any(_names_row(asked, r) for r in rec.rows if not total_label(r)):
        return scored
    places = _places_asked_now(intent)
    holding = [r for r in rec.rows if not total_label(r) and _holds_place_asked(places, rec, r)]
    if len(holding) == 1:
        first = [s for s in scored if s.record is rec and s.cell.row == holding[0]]
        return first + [s for s in scored if not (s.record is rec and s.cell.row == holding[0])]
    counts = {r: _gloss_heads_named(rec, r, asked) for r in rec.rows if not total_label(r)}
    ranked = sorted(counts.values(), reverse=True)
    if not ranked or ranked[0] == 0 or (len(ranked) > 1 and ranked[1] == ranked[0]):
        return scored
    row = max(counts, key=counts.get)
    first = [s for s in scored if s.record is rec and s.cell.row == row]
    return first + [s for s in scored if not (s.record is rec and s.cell.row == row)] if first else scored


def _names_one_attribute(attribute: str, s: _Scored) -> bool:
    if attribute in _FIRMS and _counts_firms(s):
        return True
    head = next((f for f in _FIRMS if attribute.endswith(f) and len(attribute) - len(f) >= 2), None)
    if head and _counts_firms(s) and _names_one_attribute(attribute[:-len(head)], s):
        return True  # 「機械メーカーは何社」: the firms of the 機械 row, counted in 社
    rest = attribute
    for word, _ in _KIND_WORDS:
        rest = rest.replace(word, "")
    if len(rest) <= 1:
        return True  # 実績は / 目標は: a kind, which a table of one kind does not label
    grams = _bigrams(attribute)
    if not grams:
        return True
    # (a card of label–value lines is titled by its section path too: 減免率 of a card under
    # 「３ 使用料の減免」 is of the 使用料)
    labels = _bigrams(" ".join(x for x in (s.cell.row, s.cell.column or "", s.cell.column_group or "",
                                           s.cell.row_group or "", s.record.title, s.record.note,
                                           s.record.section if s.record.kind == "facts" else "",
                                           *_glosses(s.record, s.cell.column)) if x))
    share = len(grams & labels) / len(grams)
    # 補助率 must be named whole; of a longer name most of it (融資限度額 is no 限度額)
    return share == 1.0 if len(grams) <= 2 else share >= ATTRIBUTE_SHARE - 1e-9


def _by_group_position(intent: Intent, scored: list[_Scored]) -> list[_Scored]:
    """第２期の初年度: keep the cells in the first (or last) column of the group the question names."""
    named = {s.cell.column_group for s in scored if s.cell.column_group and squash(s.cell.column_group) in squash(intent.text)}
    if not named:
        return scored
    out = []
    for s in scored:
        if s.cell.column_group not in named:
            continue
        siblings = sorted({c.fiscal_year for c in s.record.cells if c.column_group == s.cell.column_group and c.fiscal_year})
        if not siblings:
            continue
        want = siblings[0] if intent.group_position == "first" else siblings[-1]
        if s.cell.fiscal_year == want:
            out.append(s)
    return out or scored


def _defines_near(word: str, best: _Scored, glossary: Iterable[tuple[str, str]]) -> bool:
    """Whether the definition of a term the best cell's labels or unit hold uses `word` (「１パレット」
    とは、…積み付けた…荷物をいう: 「荷物を１パレット預ける」 is of a cell per １パレット, and 「入った
    荷物は何パレット」 of one counted in パレット)."""
    labels = squash(" ".join(x for x in (best.cell.row, best.cell.column or "", best.cell.column_group or "",
                                         best.cell.unit or "") if x))
    # (a term's place prefix, 海外駐在員, may be left out of a label of its own document: 駐在員数（人）)
    return bool(word) and any(len(core := re.sub(r"^[1１一]|^(?:海外|国内|県内|県外|現地)(?=.{2})", "", squash(term))) >= 2
                              and core in labels and word in body for body, term in glossary)


# A kanji written alone before kana: the stem of a native verb or adjective (冷やして, 開いた, 預ける).
_VERB_KANJI = re.compile(r"(?<![\u4e00-\u9fff])([\u4e00-\u9fff])(?=[\u3041-\u3093])")


def _verb_kanji_said(question: str, tied: list[_Scored]) -> _Scored | None:
    """Of cells the question's words do not tell apart, the one whose labels alone hold the kanji
    of a verb the question writes in its native form (「冷やして保管する」: 保管料・冷蔵, not
    保管料・常温): a native verb and the Sino-Japanese word of one meaning share their kanji."""
    stems = set(_VERB_KANJI.findall(question))
    if len(tied) < 2 or not stems:
        return None

    def kanji(x: _Scored) -> set[str]:
        return set(re.findall(r"[\u4e00-\u9fff]", f"{x.cell.row}{x.cell.column or ''}{x.cell.column_group or ''}"))

    held = [x for x in tied if stems & (kanji(x) - set.intersection(*(kanji(y) for y in tied if y is not x)))]
    return held[0] if len(held) == 1 else None


def _same_place(a: Cell, b: Cell) -> bool:
    """Same period (or, without periods, same row): the cells of one answer."""
    ya, yb = _cell_years(a), _cell_years(b)
    if ya or yb:
        return ya == yb
    return a.row == b.row or a.column == b.column


# A rule's value (a cap, a rate, a fee): set by region, it applies to each place of the region; a
# figure by region (件数, 輸出額) is of the region, not of one of its places.
_RULE_LABEL = re.compile(r"上限|限度|補助率|助成率|料金|単価|手数料|負担")


def _places_held(label: str, places: tuple[str, ...], record: TableRecord, cell: Cell) -> tuple[str, ...]:
    """Of `places` a question names, those within the world region a label of a rule's cell is
    (the column アジア of 上限額（万円）: 香港, バンコク)."""
    if label in places or not _RULE_LABEL.search(
            f"{record.title} {cell.column_group or ''} {cell.column or ''} {cell.row_group or ''} {cell.row}"):
        return ()
    return _region_holds(label, places)


@functools.lru_cache(maxsize=4096)
def _region_holds(label: str, places: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(p for p in places if label_region_holds(label, p))


@functools.lru_cache(maxsize=4096)
def _region_joins(label: str, names: tuple[str, ...]) -> tuple[str, ...]:
    """Of places a question names together, those a region the label names holds with another of
    them (アメリカ and ヨーロッパ of 欧米・その他)."""
    return tuple(n for n in names if region_joining(n, names, label))


def _slot(cell: Cell) -> tuple:
    return (cell.row, cell.column)


def _column_slot(cell: Cell) -> tuple:
    # (a leaf label repeated under each group of a two-level header, 金額（億円） under 輸出 and under
    # 輸入, is a column of each group)
    return (cell.column_group, cell.column)


def _one_per_slot(picked: list[_Scored], slot: Callable[[Cell], tuple] = _slot) -> list[_Scored]:
    seen = set()
    out = []
    for s in picked:
        if slot(s.cell) in seen:
            continue
        seen.add(slot(s.cell))
        out.append(s)
    return out


def period_text(cell: Cell) -> str:
    """The cell's period label in both calendars, e.g. 令和6年度（2024年度）."""
    for label in (cell.column or "", cell.row):
        if cell.fiscal_year or cell.fiscal_year_range:
            years = find_years(_nfkc(label))
            if years:
                return annotate_eras(_nfkc(label).strip())
    if cell.fiscal_year:
        return f"{era_text(cell.fiscal_year, '年度')}（{cell.fiscal_year}年度）"
    return ""


def value_text(cell: Cell) -> str:
    """The cell's value as a statement writes it: figures without inner spaces, the unit added when
    only the label names it (12 -> 12件)."""
    v = re.sub(r"\s+", "", cell.value) if re.fullmatch(r"[\d\s,.，．兆億万千円]+[^\d]*", _nfkc(cell.value)) else cell.value.strip()
    if cell.number is not None and cell.unit and not _nfkc(v).rstrip(")）]］").endswith(_nfkc(cell.unit)):
        v = f"{v}{cell.unit}" if not re.search(r"[(（\[［]", v) else v
    return v


# A numbered heading among siblings: （１）, (2), ①.
_SIBLING_MARK = re.compile(r"^\s*(?:[(（][0-9一二三四五六七八九十]+[)）]|[①-⑳])")


def _subject(record: TableRecord, cell: Cell) -> str:
    """What a cell is about: the table title, and the row when it is not a row kind or period."""
    title = record.title.strip()
    row = cell.row.strip()
    parts = [title] if title else []
    if row and cell_kind_from(row) is None and not (cell.fiscal_year and _CALENDAR.search(row) and find_years(_nfkc(row))):
        if squash(row) not in squash(title):
            parts.append(row)
    if record.kind == "facts" and row:
        # (a line of a card under one of several numbered headings, 「（２）県内中小企業者の輸出商談会」
        # beside （１） and （３） with the same labels: whose line it is)
        leaf = record.section.rpartition(" > ")[2].strip()
        # (not a heading that asks, 「（２）神奈川県との関係は？」)
        if title and _SIBLING_MARK.match(_nfkc(leaf)) and squash(title) not in squash(row) and not re.search(r"[?？︖]$", title):
            return f"{title}の{row}"
        return row
    return "の".join(parts) if parts else row



@functools.lru_cache(maxsize=8192)
def _is_period_label(label: str) -> bool:
    """Whether a label names a year or a span of years (令和６年度, ３年度計): read once per label, as
    every lookup sorts its cells by it."""
    return bool(find_years(_nfkc(label)))


_KIND_NAMES = {"目標": "目標値", "実績": "実績値", "進捗": "進捗度"}


def _attribute(cell: Cell) -> str:
    """The label a value sits under that is neither its subject nor its period: the row kind
    (目標値) or the column (補助率, 達成率（％）)."""
    if cell_kind_from(cell.row):
        return re.sub(r"[（(][^)）]*[)）]$", "", cell.row).strip()
    col = (cell.column or "").strip()
    if col and not _is_period_label(col):
        return col
    group = (cell.column_group or "").strip()
    if col and group and not _is_period_label(group) and not _periods(group) and cell_kind_from(group) is None:
        return group  # (a year under a spanning header, 州からの受入れ | 令和６年度: the header says what)
    return ""


def cell_kind_from(label: str) -> str | None:
    s = squash(label)
    for word, kind in _KIND_WORDS:
        if word in s:
            return kind
    return None


def _statement(intent: Intent, record: TableRecord, cells: list[tuple[TableRecord, Cell]]) -> str:
    """「<subject>の<period>の<attribute>は<value>です」 for the first cell, others in brackets."""
    _, first = cells[0]
    subject = _subject(record, first)
    period = period_text(first)
    attr = _attribute(first)
    group = (first.column_group or "").strip()
    if (attr and attr == (first.column or "").strip() and group and not _is_period_label(group) and not _periods(group)
            and cell_kind_from(group) is None and group not in subject):
        # (a leaf under its group says which group's: 「ドローンの補助率（％）」, not 「補助率（％）」 of
        # 小型機械 and ドローン alike)
        attr = f"{group}の{attr}"
    parts = [p for p in (subject, period, attr) if p]
    head = "の".join(parts)
    if is_dash(first.value):
        says = _legend_of(first, record.footnotes, _legends(record.footnotes))
        if says:
            # (what the table's notes say a dash means: 「「－」は、個別に見積もります。」)
            return f"{head}は、表では「{first.value.strip()}」（{says}）です。"
        body = f"{head}は、表では「{first.value.strip()}」となっており、数値は記載されていません"
        return body + "。"
    else:
        body = f"{head}は{value_text(first)}"
    extra = []
    for _, c in cells[1:]:
        named_row = c.row != first.row and _row_named(c.row, intent.text)
        label = c.row if named_row else (_attribute(c) or period_text(c) or c.row)
        if not named_row and _attribute(c) and period_text(c) and period_text(c) != period:
            label = f"{period_text(c)}の{label}"  # each its own year: 令和9年度（2027年度）の目標値 30件
        extra.append(f"{label}{'' if label.endswith(('は', '：')) else ' '}{value_text(c)}")
    if extra:
        body += "（" + "、".join(extra) + "）"
    return body + "です。"


def _companions(intent: Intent, best: _Scored, scored: list[_Scored]) -> list[tuple[TableRecord, Cell]]:
    """The target next to an asked actual (and vice versa), and its progress, for the same
    period: the reader needs them to judge the figure."""
    kind = cell_kind(best.cell)
    if kind not in ("実績", "目標") or not _cell_years(best.cell):
        return []
    wanted = ["目標" if kind == "実績" else "実績"]
    if kind == "実績":
        wanted.append("進捗")
    out = []
    for other in wanted:
        if other in intent.kinds:
            continue
        for s in scored:
            if s.record is best.record and cell_kind(s.cell) == other and _cell_years(s.cell) == _cell_years(best.cell) \
                    and not is_dash(s.cell.value):
                out.append((s.record, s.cell))
                break
    return out


def _row_over_years(intent: Intent, same: list[_Scored], best: _Scored) -> str:
    """The row a sum or comparison over years reads: the best cell's, or the table's total row
    when the question names no row (県の支援で誘致した外国企業: all regions)."""
    if intent.kinds and intent.op == "sum":
        # 「実績を…合計すると…累計目標と比べて」: the kind the sum is asked of comes first
        first = next((s.cell.row for s in same if cell_kind_from(s.cell.row) == intent.kinds[0]), None)
        if first is not None:
            return first
    if any(_row_named(s.cell.row, intent.text) for s in same):
        return best.cell.row
    asked = intent.text.rpartition("について、")[2]
    if _row_said(best.cell.row, asked) and not _is_period_label(best.cell.row) and not is_total(best.cell):
        return best.cell.row  # (a place's row of two characters, 米国, 台湾: named as much as a longer one)
    if not intent.kinds and cell_kind(best.cell) == "目標":
        # unasked, the actuals are the figures that changed (何社増えた), not the targets
        actual = next((s for s in same if cell_kind(s.cell) == "実績"), None)
        if actual is not None:
            return actual.cell.row
    return next((s.cell.row for s in same if is_total(s.cell)), best.cell.row)


# A label's closing bracket: what it adds (「（追加）」「（１回）」) or its unit (「（件）」).
_BRACKET_ADDED = re.compile(r"[（(][^（）()]*[）)]$")


def _rows_named(question: str, cells: list[_Scored], longest: bool = False) -> list[_Scored]:
    """The cells (one per row) whose row label the question writes whole (自動運転とドローン物流), in
    the question's order; with `longest`, not a name inside another named one (インベスト神奈川 in
    インベスト神奈川２ｎｄステップ)."""
    asked = squash(question)
    named = [s for s in cells if len(squash(s.cell.row)) >= 2 and squash(s.cell.row) in asked]
    # (or without the unit its label carries and the 「うち」 that makes it a part: 「アジア向け」
    # names 「うちアジア向け（億円）」, 「輸出額」 names 「輸出額（億円）」)
    named += [s for s in cells if s not in named and len(core := _row_core(s.cell.row)) >= 2
              and core != squash(s.cell.row) and core in asked]
    # (a label–value line, written as a phrase, also without the detail it adds in brackets, 「受入環境の
    # 整備」 of 「受入環境の整備（シャトルバス、臨時案内所）」, or by one of the names it joins with ・,
    # 「歓迎行事」 of 「歓迎行事・おもてなし」; a table's short row labels are named whole)
    named += [s for s in cells if s not in named and s.record.kind == "facts" and any(
        len(part) >= 3 and part in asked for part in _label_names(s.cell.row))]
    # (a table's row without what its closing bracket adds, 「調査報告書の英訳」 of 「調査報告書の英訳
    # （追加）」, when no other row of the table has that name: 「研修（前期）」 beside 「研修（後期）」 is
    # named only whole)
    named += [s for s in cells if s not in named and s.record.kind == "table"
              and len(bare := _BRACKET_ADDED.sub("", squash(s.cell.row))) >= 4 and bare != squash(s.cell.row)
              and bare in asked and sum(_BRACKET_ADDED.sub("", squash(r)) == bare for r in s.record.rows) == 1]
    # (a table's row that joins names before a detail they share, 「招へい状・招へい理由書の作成支援（１件）」,
    # by one of them with the detail, 「招へい状の作成支援」; or without the 等 the asker leaves out)
    named += [s for s in cells if s not in named and s.record.kind == "table"
              and any(name in asked for name in _shared_detail_names(s.cell.row))]
    # a row named by what it adds to a named sibling (「インベスト神奈川と２ｎｄステップ」 names
    # インベスト神奈川２ｎｄステップ by its ２ｎｄステップ)
    # (or by what it has besides the beginning it shares with a named sibling: 「セレクト神奈川100…
    # NEXTのほうが」 names セレクト神奈川ＮＥＸＴ)
    # (what it adds is said apart from the named sibling: 「品質・社会の同時監査」 names no 品質監査 by
    # the 監査 of its own label)
    stems = {os.path.commonprefix([squash(n.cell.row), squash(s.cell.row)]) for n in named for s in cells}
    stems = {stem for stem in stems if len(stem) >= 2}
    apart = asked
    for label in sorted({squash(n.cell.row) for n in named}, key=len, reverse=True):
        apart = apart.replace(label, "\u3000")
    named += [s for s in cells if s not in named and any(
        squash(s.cell.row).startswith(stem) and len(squash(s.cell.row)) - len(stem) >= 2
        and squash(s.cell.row)[len(stem):] in apart for stem in stems)]
    # (or by the end of its label, without the word before it the question's topic makes plain:
    # 「報告書の英訳」 of 「監査報告書の英訳（追加）」, when no other row of the table has that end)
    named += [s for s in cells if s not in named and s.record.kind == "table"
              and (tail := _said_tail(_BRACKET_ADDED.sub("", squash(s.cell.row)), asked))
              and sum(tail in _BRACKET_ADDED.sub("", squash(r)) for r in s.record.rows) == 1]
    # (or a row of places whose note lists a place the question names: 「インドに派遣する場合」 names
    # 南アジア of a table noted 「「南アジア」はインド等」)
    asked_places = set(places_in(question))
    named += [s for s in cells if asked_places and s not in named and _noted_places(s.record, s.cell.row) & asked_places]
    # (or with the の a question puts between the nouns a label joins: 「柚の加工品」 names 柚加工品)
    plain = asked.replace("の", "")
    named += [s for s in cells if s not in named and len(row := squash(s.cell.row)) >= 3 and "の" not in row
              and row in plain]
    # (not a name said only inside another named one: インド of インドネシア, インベスト神奈川 of
    # インベスト神奈川２ｎｄステップ; both said apart, 「インドとインドネシア」, are two rows)
    longer = sorted({squash(s.cell.row) for s in named if squash(s.cell.row) in asked}, key=len, reverse=True)

    def said_apart(row: str) -> bool:
        rest = asked
        for other in longer:
            if len(other) > len(row) and row in other:
                rest = rest.replace(other, "\u3000")
        return row in rest or row not in asked
    named = [s for s in named if said_apart(squash(s.cell.row))]
    if longest:
        named.sort(key=lambda s: _named_at(asked, squash(s.cell.row), stems))
    return _one_per_slot(named)


# Share of a row label's word bigrams (`_word_grams`) a question must write for the row to be the
# one it means when it writes no label whole (and no other row's share may equal it).
MOSTLY_SAID_SHARE = 0.4


def _case_of_named_row(intent: Intent, best: _Scored) -> bool:
    """Whether the question names the best cell's table row word for word (three characters or
    more) and the cell holds the kind of value it wants: the words that tell the asker's case
    (「県内に本社がある大企業が、メキシコの委託先工場の品質監査を頼むと」) are in no label, and
    need not be for the row it names to answer. (Or names it by most of its words: `_row_mostly_said`;
    or by a thing its bracket lists: `_bracket_item_said`; or by the case a note of the row names:
    `_noted_case_row`; or by a thing a note lists as what the row holds: `_gloss_heads_named`.)"""
    return (best.record.kind == "table" and bool(intent.wants) and not total_label(best.cell.row)
            and (_row_said(best.cell.row, intent.text, shortest=3) or bool(_row_mostly_said(squash(intent.text), [best.cell.row]))
                 or _bracket_item_said(best.cell.row, squash(intent.text)) or _noted_case_row(intent, best)
                 or _gloss_heads_named(best.record, best.cell.row, squash(_nfkc(intent.text))) > 0)
            and looks_like(best.cell, intent.wants) and not is_dash(best.cell.value))


# A name the asker's case and a note share: a run of kanji or katakana this long.
_CASE_RUN = 5


def _noted_case_row(intent: Intent, best: _Scored) -> bool:
    """Whether a note of the best cell's table names its row together with the asker's case, and
    the question writes a word of the row's label: 「電動アシスト自転車のメーカーが…安全規格の試験を
    受ける場合」 of 海外規格適合試験費, whose note says 「電動アシスト自転車の海外規格適合試験費の上限額は…
    1.5倍とする」 (the case shared as a run of `_CASE_RUN` kanji or katakana)."""
    core = squash(_nfkc(label_core(best.cell.row)))
    asked = squash(_nfkc(intent.text))
    if not _word_grams(core) & _bigrams(asked):
        return False
    runs = {asked[i:i + _CASE_RUN] for i in range(len(asked) - _CASE_RUN + 1)}
    runs = {r for r in runs if re.fullmatch(r"[\u30a1-\u30fa\u30fc\u4e00-\u9fff]+", r) and r not in core}
    return any(r in squash(_nfkc(note.text)).replace(core, "\u3000") for note in notes_on_row(best.record, best.cell)
               for r in runs)


# What a column's label says it measures, after its subject: 採択 of 採択件数, 交付 of 交付額.
_MEASURE_TAIL = re.compile(r"(?:件数|人数|者数|社数|数|額|率)$")


def _year_row_asked(intent: Intent, best: _Scored) -> bool:
    """Whether the best cell is the asked year's row of a table whose rows are years (令和５年度 of
    「2023年度の募集で採択になった案件は何件」), under a column the question names by its subject
    (採択 of 採択件数（件）), holding the kind of value asked: the year and the column pin the cell,
    whatever else the question says of the asker's case (「相談者に過去の実績を説明したいのですが」)."""
    cell = best.cell
    if (best.record.kind != "table" or not intent.years or not intent.wants or cell.fiscal_year not in intent.years
            or not _is_period_label(cell.row) or _is_period_label(cell.column or "")):
        return False
    subject = _MEASURE_TAIL.sub("", _column_core(cell.column or ""))
    asked = squash(intent.text)
    # (said as what was done, 「採択になった」「交付されて」「融資を受けた」, not as the object of another
    # deed the column does not count, 「融資を断られた」)
    return (len(subject) >= 2 and any(_SUBJECT_DONE.match(asked, m.end()) for m in re.finditer(re.escape(subject), asked))
            and looks_like(cell, intent.wants) and not is_dash(cell.value))


# What follows a column's subject in a question that asks its count (「採択になった」「交付され」「輸出した」
# 「採択件数」「融資を受けた」), not another deed done to it (「融資を断られた」).
_SUBJECT_DONE = re.compile(r"(?:に|が)?(?:な[っりるら]|さ[れせ]|し|済|件|数|額|実績|の|は|を受け|[、？?。]|$)")


# A part asked alone, as what the measure is of (「墓石だけの輸出額」「輸出向けのみの件数」; not a clause
# that says what is asked, 「自社の商品だけを紹介してもらえる配信」).
_ALONE = re.compile(r"([\u4e00-\u9fff\u30a0-\u30ff]{2,})\s*(?:だけ|のみ)の")


def _part_alone_unlabelled(asked: str, cells: list[_Scored]) -> bool:
    """Whether the question asks a part alone (「墓石だけの輸出額」) that no label of `cells` (row,
    column, their groups, the table's title) nor a note under their table (「「チェックのみ」は、ネイティブ
    チェックのみの依頼です」: what a label means) writes."""
    m = _ALONE.search(_nfkc(asked))
    return m is not None and m.group(1) not in _labels_of(cells, notes=True)


def _labels_of(cells: list[_Scored], notes: bool = False) -> str:
    """The labels of `cells` (the table's title, row, column and their groups; with `notes`, the notes
    under the table too), squashed into one text to search."""
    return squash("".join(f"{s.record.title}{s.cell.row_group or ''}{s.cell.row}{s.cell.column_group or ''}{s.cell.column or ''}"
                          + ("".join(f.text for f in s.record.footnotes) if notes else "") for s in cells))


# A size of firm by head count (「従業員20人以下」「社員が50人以上」).
_HEAD_COUNT_CLASS = re.compile(r"(?:従業員|社員)(?:の数)?(?:が|は)?\s*([0-9]+\s*人\s*(?:以下|以上|未満|超))")


def _size_part_unlabelled(question: str, cells: list[_Scored]) -> bool:
    """Whether the part a question asks after のうち is firms of a size by head count (「そのうち、従業員
    20人以下の会社は何社」) that no label of `cells` gives: the table does not count them apart."""
    part = _part_asked(question)
    m = _HEAD_COUNT_CLASS.search(_nfkc(part)) if part else None
    return m is not None and squash(m.group(1)) not in _labels_of(cells)


def _named_row_answers(intent: Intent, best: _Scored, counter: str | None) -> bool:
    """Whether the best cell answers though the question's most specific word is nowhere near it
    (`Lookup._lacks`): the row the question names (`_case_of_named_row`; not a year, which says
    when, not what), in the counter the question asks (何人 is no 件)."""
    if best.record.kind == "facts" and _rate_of_deed_named(best.cell.row, intent.text):
        return True  # 回答率 of 「対象のうちどのくらいの割合が回答しましたか」: 対象 is the rate's whole
    return (not _is_period_label(best.cell.row) and _case_of_named_row(intent, best)
            and (counter is None or (best.cell.unit or "").endswith(counter)))


def _row_mostly_said(asked: str, rows: Sequence[str]) -> list[str]:
    """The one row (not a total) most of whose label's word bigrams (`_word_grams`) `asked` writes, or []."""
    asked_grams = _bigrams(asked)
    # (a year row is named by its year, in either era, not by the bigrams a Western year shares
    # with it: 「2023年度」 writes 3年 and 年度 of 令和３年度)
    shares = sorted(((len(g & asked_grams) / len(g), r) for r in dict.fromkeys(rows) if not total_label(r)
                     and not _is_period_label(r) and (g := _word_grams(_BRACKET_ADDED.sub("", squash(r))))), reverse=True)
    if not shares or shares[0][0] < MOSTLY_SAID_SHARE or (len(shares) > 1 and shares[1][0] == shares[0][0]):
        return []
    return [shares[0][1]]


def _said_tail(label: str, asked: str) -> str:
    """The longest end of `label` (at least five characters, the label less at least two) that
    `asked` writes, or ""."""
    for start in range(2, len(label) - 4):
        if label[start:] in asked:
            return label[start:]
    return ""


def _noted_places(record: TableRecord, row: str) -> set[str]:
    """The places a note of the table says a row of places holds (「東南アジア」はタイ、ベトナム…等、
    「南アジア」はインド等 -> {インド} for 南アジア)."""
    notes = " ".join([record.note, *(f.text for f in record.footnotes)])
    m = re.search("「" + re.escape(squash(row)) + r"」は([^「」。]{2,80}?)(?:等|など|をいう|を指す|[、,]\s*「|。|$)", squash(_nfkc(notes)))
    return set(places_in(m.group(1))) if m else set()


def _part_column(cell: Cell) -> bool:
    """Whether a cell is a part of its row's whole: a column 「うち…」 or 「（うち…）」."""
    return bool(cell.column) and bool(re.match(r"[（(]?うち", squash(cell.column)))


def _part_column_asked(question: str, cell: Cell) -> bool:
    """Whether the question speaks of a part column by most of its words (「県外・国外から立地した」 of
    「（うち県外・国外からの立地）」)."""
    grams = _bigrams(re.sub(r"^[（(]?うち|[）)]$", "", squash(cell.column or "")))
    return bool(grams) and len(grams & _bigrams(squash(question))) / len(grams) >= 0.5


def _rows_between(question: str, rec: TableRecord, named: list[_Scored], column: list[_Scored]) -> list[_Scored]:
    """The rows a question names as a range's ends (「AからBまで」), and every row between them in
    the record's order (not its total); else `named` as it is."""
    m = re.search(r"(.+)から(.+?)まで", squash(question))
    if m is None:
        return named

    def names(s: _Scored) -> list[str]:
        return [n for n in (squash(s.cell.row), _row_core(s.cell.row), *_label_names(s.cell.row)) if len(n) >= 2]

    first = next((s for s in named if any(m.group(1).endswith(n) for n in names(s))), None)
    last = next((s for s in named if s is not first and any(m.group(2).endswith(n) for n in names(s))), None)
    rows = list(dict.fromkeys(c.row for c in rec.cells))
    if first is None or last is None or first.cell.row not in rows or last.cell.row not in rows:
        return named
    i, j = sorted((rows.index(first.cell.row), rows.index(last.cell.row)))
    between = set(rows[i:j + 1])
    inside = _one_per_slot([s for s in column if s.cell.row in between and not is_total(s.cell)])
    return sorted(inside, key=lambda s: rows.index(s.cell.row))


def _line_runs(records: list[TableRecord]) -> list[TableRecord]:
    """Label–value lines read one record each under one heading (「○ 歓迎行事・おもてなし：1,140万円」
    「○ 受入環境の整備（…）：830万円」 of 「事業費の内訳は次のとおり」) joined into one record, in
    document order: the rows of one breakdown. Every cell keeps its own line and chunk to cite."""
    runs: dict[tuple[str, str, str], list[TableRecord]] = {}
    order: list[TableRecord | tuple[str, str, str]] = []
    for r in records:
        if r.kind != "facts" or len(r.cells) != 1:
            order.append(r)
            continue
        key = (r.doc_id, r.section, r.title)
        if key not in runs:
            runs[key] = []
            order.append(key)
        runs[key].append(r)
    out = []
    for x in order:
        if isinstance(x, TableRecord):
            out.append(x)
            continue
        run = sorted(runs[x], key=lambda r: r.start)
        out.append(run[0] if len(run) == 1 else dataclasses.replace(
            run[0], rows=tuple(c.row for r in run for c in r.cells), cells=tuple(c for r in run for c in r.cells),
            end=run[-1].end, line_end=run[-1].line_end))
    return out


def _label_names(row: str) -> list[str]:
    """The shorter names a row label goes by: without a bracketed detail at its end, and each of
    the names it joins with ・ (「歓迎行事・おもてなし」: 歓迎行事, おもてなし)."""
    core = squash(row)
    bare = re.sub(r"[（(][^（）()]*[）)]$", "", core)
    names = [bare] if bare != core else []
    parts = bare.split("・")
    return names + (parts if len(parts) >= 2 else [])


def _shared_detail_names(row: str) -> list[str]:
    """The names of a table row that joins names before a detail they share (「招へい状・招へい理由書の
    作成支援（１件）」: 招へい状の作成支援, 招へい理由書の作成支援), and its label without 等 (身元保証書の
    作成支援 of 身元保証書等の作成支援); at least four characters each."""
    bare = _BRACKET_ADDED.sub("", squash(row))
    names = [bare.replace("等", "")] if "等" in bare else []
    m = re.fullmatch(r"([^の]+・[^の]+)の(.+)", bare)
    if m:
        names += [f"{head}の{m.group(2)}" for head in m.group(1).split("・") if head]
    return [n for n in names if len(n) >= 4]


def _named_rows_of(intent: Intent, scored: list[_Scored], best: _Scored) -> set[str]:
    """The rows of the best cell's table and column that the question names."""
    column = [s for s in scored if s.record is best.record and s.cell.column == best.cell.column
              and s.cell.number is not None and not is_total(s.cell)]
    return {s.cell.row for s in _rows_named(intent.text, column, longest=intent.op == "diff")}


def _named_at(asked: str, row: str, stems: set[str]) -> int:
    """Where the question names a row: its label (or the label with an の put between its nouns),
    or what it adds to a named sibling's."""
    # (the label, or it without its unit or as one of the names it joins: 「推薦書の作成支援」 of
    # 申請書・推薦書の作成支援（１件）)
    names = (row, _row_core(row), _BRACKET_ADDED.sub("", row), *_shared_detail_names(row))
    at = [asked.index(name) for name in names if len(name) >= 2 and name in asked]
    if at:
        return min(at)
    plain = asked.replace("の", "")
    if row in plain:
        at = plain.index(row)  # (where in the question: every の before it counted back in)
        return next(i for i in range(len(asked)) if len(asked[:i + 1].replace("の", "")) > at)
    return min((asked.index(row[len(stem):]) for stem in stems if row.startswith(stem) and row[len(stem):] in asked),
               default=len(asked))


def _row_tied_columns(intent: Intent, scored: list[_Scored], best: _Scored) -> list[_Scored]:
    """「令和６年度に…行き来した人は、両方向を合わせて」: the columns of the best cell's row that the
    question does not tell apart (every one scores as the best), counts in one unit and of no year,
    kind (目標, 実績), total or part (うち…), when there are two or more: what 合わせて adds up."""
    if len(intent.years) >= 2 or intent.months:
        return []
    row = [s for s in scored if s.record is best.record and s.cell.row == best.cell.row
           and abs(s.score - best.score) < 1e-9 and s.cell.number is not None]
    whole = [s for s in row if s.cell.column and not is_total(s.cell) and not find_years(_nfkc(s.cell.column))
             and not squash(s.cell.column).startswith("うち") and cell_kind(s.cell) is None]
    if len(whole) != len(row) and any(is_total(s.cell) for s in row):
        return []  # (the row prints its total: a lookup)
    if len({s.cell.unit or "" for s in whole}) != 1 or (whole and re.search(r"[%円]$", whole[0].cell.unit or "")):
        # (counts and amounts, or shares, add up to nothing; nor do amounts of columns the question
        # does not name, 月額 and 渡航支援金)
        return []
    columns = _one_per_slot(whole)
    return columns if len({s.cell.column for s in columns}) >= 2 else []


# 「３年間で合わせて」「これまでの５か年で」: a span of years the question counts, naming none.
_SPAN_OF_YEARS = re.compile(r"([0-9０-９一二三四五六七八九十]{1,2})\s*(?:年間|か年|カ年|ヶ年|箇年)")


# A count up to a year (「令和６年度までに」「2024年度までの」): the year ends what is added up.
UP_TO_YEAR = re.compile(r"年度?\s*まで(?:に|の|で|は|、)")


def _years_up_to(intent: Intent, rec: TableRecord, best: _Scored, column: list[_Scored]) -> Found | None:
    """「制度が始まってから令和６年度までに…全部で何件」: a sum whose one named year ends the count, of
    a table of years as rows: the printed total when the year is the table's last (every year row
    counted), else the column's rows up to the year; None when the question names no such end."""
    asked = _nfkc(intent.text.rpartition("について、")[2])
    if len(intent.years) != 1 or not UP_TO_YEAR.search(asked):
        return None
    (year,) = intent.years
    years = {s.cell.fiscal_year: s for s in column if s.cell.fiscal_year and not s.cell.fiscal_year_range}
    counted = [years[y] for y in sorted(years) if y <= year and not is_dash(years[y].cell.value)]
    if len(counted) < 2 or year not in years:
        return None
    if year == max(years):
        total = next((c for c in rec.cells if c.column == best.cell.column and total_label(c.row) and c.number is not None), None)
        if total is not None:
            return Found(_statement(intent, rec, [(rec, total)]), [(rec, total)], score=best.score, topic=best.topic)
    return _sum_answer(rec, counted)


def _years_of_span(intent: Intent, scored: list[_Scored], best: _Scored) -> list[_Scored]:
    """The best cell's row in each of the last years of the span the question counts without
    naming them (「医療・ヘルスケア分野の共同研究は、３年間で合わせて」: the row's 令和４～６年度),
    when its table holds that many years of the row; else empty."""
    m = _SPAN_OF_YEARS.search(intent.text.rpartition("について、")[2])
    if m is None or intent.years:
        return []
    try:
        span = small_number(m.group(1))
    except ValueError:
        return []
    row = _one_per_slot([s for s in scored if s.record is best.record and s.cell.row == best.cell.row
                         and s.cell.fiscal_year and s.cell.number is not None and not is_dash(s.cell.value)
                         and not is_total(s.cell) and cell_kind(s.cell) in (None, cell_kind(best.cell))
                         and not squash(s.cell.column or "").startswith("うち")])
    by_year = {s.cell.fiscal_year: s for s in row}
    if len(by_year) != len(row) or len(by_year) < span or len({s.cell.unit or "" for s in row}) != 1:
        return []
    last = sorted(by_year)[-span:]
    if last[-1] - last[0] != span - 1:
        return []  # (the years held are not one run)
    return [by_year[y] for y in last]


def _columns_named(intent: Intent, row: list[_Scored]) -> list[_Scored]:
    """The cells of one row whose column the part asked now names (横浜・川崎・相模原の3地域を合わせると;
    「川崎について、湘南と県西を足すと」 names no 川崎), in table order; not years (a span's ends are no
    columns to add alone)."""
    now = squash(intent.text.rpartition("について、")[2])
    # (a total column is none of those added up; the row may be the table's total, 合計 of 県内３港)
    # (nor a year's row or column: a year the caption gives all cells, 「（令和６年度、単位：億円）」, is not)
    cells = [s for s in row if s.cell.number is not None and not total_label(s.cell.column or "")
             and not find_years(_nfkc(f"{s.cell.row_group or ''}{s.cell.row}{s.cell.column_group or ''}{s.cell.column or ''}"))]
    columns = _one_per_slot([s for s, label in _column_names(intent, cells) if _column_named(label, now)], _column_slot)
    if not columns or len({s.cell.unit for s in columns}) > 1:
        return []  # (what is added up is alike: 受入人数 and 事業費 are not)
    order = {id(c): k for k, c in enumerate(columns[0].record.cells)}
    return sorted(columns, key=lambda s: order.get(id(s.cell), 0))


# 「経費が240万円かかった場合、補助金はいくら」: a cost given, the grant asked.
# An amount of yen as written (16万円, 1,200千円).
_YEN = r"[0-9０-９][0-9０-９,，.]*\s*(?:億|千万|百万|万|千)?円"
# (or the price of what is bought: 「16万円の免税販売システムを導入します」)
_COST_GIVEN = re.compile(rf"({_YEN})(?:が|を|で|の)?[^、。？?]{{0,12}}?"
                         r"(?:かかった|かかる|かかり|かけた|かける|かけて|要した|要する|使った|使う|場合|とすると|としたら|なら|だと"
                         # 「成分分析を45万円で検査機関に頼む」: the cost of a job given to someone
                         r"|頼[むんみ]|依頼[すし]|委託[すし]|支払う|払う)"
                         rf"|({_YEN})の[^、。？?]{{1,20}}?を(?:導入|購入|買|発注|設置|整備)"
                         # 「費用は60万円の見込みですが」: the cost named, then its amount
                         rf"|(?:費用|経費|事業費|代金|見積(?:額|り)?)(?:は|が)(?:約|およそ)?({_YEN})")
_GRANT_ASKED = re.compile(r"補助(?:金|額)?|助成(?:金|額)?|交付額")


def _cost_given(question: str) -> str | None:
    """The cost a question gives, as written (「16万円」), when it asks the grant for it after."""
    q = _nfkc(question.rpartition("について、")[2])
    m = _COST_GIVEN.search(q)
    return next(g for g in m.groups() if g) if m is not None and _GRANT_ASKED.search(q[m.end():]) else None
_FRACTION = re.compile(r"([0-9]+)分の([0-9]+)")


# A price's basis written beside it, in its row (料金の単位: １時間) or in its labels (１時間当たり).
_BASIS_END = r"(?:当たり|あたり|につき|ごと|(?=[・、,）)]))"
_PER_ONE = r"(?:1|一)\s*{unit}\s*" + _BASIS_END
# The unit of a basis a label gives in brackets (保管料・冷蔵（１パレット・１か月）: パレット, か月).
_LABEL_BASIS = re.compile(r"(?<![0-9,.])(?:1|一)\s*([\u30a0-\u30ff]{2,}|[^\s0-9・、（）()]{1,3}?)\s*" + _BASIS_END)


# A price per one added beyond what a base price includes: the column 「１品目追加ごと（円）」 beside
# 基本料金（円）, or 「延長１時間ごと」; the counter of what is added (品目, 時間).
_ADDED_ONE = re.compile(r"(?:1|一)\s*([^\s0-9・（()）]{1,4}?)\s*(?:追加|超過|延長)(?:ごと|毎|につき|当たり)?"
                        r"|(?:追加|超過|延長)\s*(?:1|一)\s*([^\s0-9・（()）]{1,4}?)\s*(?:ごと|毎|につき|当たり)")


def _base_plus_added(intent: Intent, lead: _Scored) -> Found | None:
    """A base price that includes so many of something (「基本料金には５品目までの記載を含みます」, in
    a note or the base's label) and a price per one added beyond them, in one row, and the
    question's own quantity (「８品目を載せる」): the base plus the added ones beyond those included."""
    rec = lead.record
    if "money" not in intent.wants or rec.kind != "table":
        return None
    row = [c for c in rec.cells if c.row == lead.cell.row and c.number is not None and (c.unit or "") in MONEY_UNITS]
    added = [(c, m) for c in row if (m := _ADDED_ONE.search(_nfkc(label_core(c.column or ""))))]
    if len(added) != 1:
        return None
    per, m = added[0]
    counter = m.group(1) or m.group(2)
    base = [c for c in row if c is not per and "基本" in (c.column or "")]
    given = re.findall(rf"(?<![0-9,.])([0-9][0-9,]*)\s*{re.escape(counter)}", _nfkc(intent.text.rpartition("について、")[2]))
    if len(base) != 1 or len(set(given)) != 1 or base[0].unit != per.unit:
        return None
    included = re.compile(rf"(?<![0-9,.])([0-9][0-9,]*)\s*{re.escape(counter)}(?:まで|以内)")
    told = [(f, n) for f in (None, *rec.footnotes)
            for n in included.findall(_nfkc(base[0].column or "") if f is None else _nfkc(f.text))]
    if len({n for _, n in told}) != 1:
        return None
    note, n = told[0]
    quantity, free = float(given[0].replace(",", "")), float(n.replace(",", ""))
    beyond = max(0.0, quantity - free)
    total = base[0].number + beyond * per.number
    statement = (f"{rec.title.strip()}の{lead.cell.row.strip()}の{label_core(base[0].column or '')}は{value_text(base[0])}"
                 f"（{format_number(free)}{counter}まで）、{label_core(per.column or '')}は{value_text(per)}です。"
                 f"{format_number(quantity)}{counter}では、{value_text(base[0])} + {format_number(beyond)}{counter} × "
                 f"{value_text(per)} = {amount_text(total, per.unit or '')}です。")
    return Found(statement, [(rec, base[0]), (rec, per)], computed=True, total=total,
                 notes=(note,) if note is not None else ())


# A row priced for the first of something (個別集計（１件目）) and its sibling priced for each after
# the first (個別集計（２件目以降、１件当たり）): the stem they share and the counter (件, 回, 名).
_FIRST_ONE = re.compile(r"^(?P<stem>.+?)[（(]\s*(?:1|一)\s*(?P<counter>[^\s0-9（()）、]{1,3})目\s*[)）]$")
_AFTER_FIRST = r"^{stem}[（(]\s*(?:2|二)\s*{counter}目(?:以降|から)"


def _first_and_following(intent: Intent, best: _Scored) -> Found | None:
    """「個別集計を３件頼むと、料金は合わせていくら」 of a table that prices the first one (個別集計
    （１件目）) and each one after it (個別集計（２件目以降、１件当たり）): the first plus the
    following ones, in the best cell's column (the asker's: その他の利用者 for 「県外の商社」)."""
    rec = best.record
    if rec.kind != "table" or "money" not in intent.wants or (best.cell.unit or "") not in MONEY_UNITS:
        return None
    asked = _nfkc(intent.text.rpartition("について、")[2])
    # (the asker's column: not one of a class the question puts its firm outside of, 県内中小企業 of
    # 「県外の商社」)
    every = [c for c in dict.fromkeys(c.column for c in rec.cells) if c]
    outside = [(said, c) for c in every if (said := asker_not_of(intent.text, c))]
    columns = [c for c in every if c not in {c for _, c in outside}]
    chosen = best.cell.column if best.cell.column in columns else columns[0] if len(columns) == 1 else None
    column = [c for c in rec.cells if c.column == chosen and c.number is not None]
    for first in column:
        m = _FIRST_ONE.match(_nfkc(first.row).strip())
        if m is None or squash(m.group("stem")) not in squash(asked):
            continue
        after = re.compile(_AFTER_FIRST.format(stem=re.escape(m.group("stem")), counter=re.escape(m.group("counter"))))
        following = [c for c in column if after.match(_nfkc(c.row).strip())]
        given = set(re.findall(rf"(?<![0-9,.])([0-9][0-9,]*)\s*{re.escape(m.group('counter'))}(?!目)", asked))
        if len(following) != 1 or len(given) != 1 or first.unit != following[0].unit:
            return None
        n = float(given.pop().replace(",", ""))
        if n < 2:
            return None
        per, counter = following[0], m.group("counter")
        total = first.number + (n - 1) * per.number
        statement = (f"{rec.title.strip()}の{label_core(first.column or '')}は、{first.row.strip()}が{value_text(first)}、"
                     f"{per.row.strip()}が{value_text(per)}です。{format_number(n)}{counter}では、{value_text(first)} + "
                     f"{format_number(n - 1)}{counter} × {value_text(per)} = {amount_text(total, per.unit or '')}です。")
        if outside:
            said, column = outside[0]
            statement = statement[:-1] + f"（{said}は「{label_core(column)}」に当たらないため、「{label_core(chosen or '')}」の欄）。"
        return Found(statement, [(rec, first), (rec, per)], computed=True, total=total)
    return None


def _price_for_quantity(intent: Intent, lead: _Scored) -> Found | None:
    """A price per one of something (9,800円 for １時間) and the question's own quantity of it
    (「３時間頼むと」): the price times the quantity. The basis must be written with the price, in
    a cell of its row or in its labels, in the unit the question counts in."""
    cell, rec = lead.cell, lead.record
    if cell.number is None or (cell.unit or "") not in MONEY_UNITS or "money" not in intent.wants:
        return None
    asked = intent.text.rpartition("について、")[2]
    labels = _nfkc(f"{cell.row_group or ''} {cell.row} {cell.column_group or ''} {cell.column or ''} {rec.note}")
    # (one of a basis, 「１か月預ける」, is the basis itself: the price as it is)
    given = [(n, u) for n, u in _quantities_given(asked) if u not in MONEY_UNITS and n != "1"]
    if not given:
        # (in a counter the label's basis gives: 「４パレット預けると」 of 保管料（１パレット・１か月）)
        given = [(n, u) for u in dict.fromkeys(_LABEL_BASIS.findall(labels))
                 for n in re.findall(r"(?<![0-9,.])([0-9][0-9,]*)\s*" + re.escape(u), asked) if n != "1"]
    if len(given) != 1:
        return None
    count, unit = given[0]
    quantity = float(count.replace(",", ""))
    if quantity <= 1:
        return None
    per_one = _PER_ONE.format(unit=re.escape(unit))
    # (a cell of its row, 「１時間」, or its labels, 「１時間当たり」)
    basis = next((c for c in rec.cells if c.row == cell.row and c is not cell
                  and re.fullmatch(per_one + "?", _nfkc(c.value).strip())), None)
    if basis is None and not re.search(per_one, labels):
        return None
    total = cell.number * quantity
    per = f"１{unit}" if basis is None else basis.value.strip()
    statement = (f"{_subject(rec, cell)}の{label_core(cell.column or '') or '料金'}は{per}当たり{value_text(cell)}で、"
                 f"{format_number(quantity)}{unit}では{amount_text(total, cell.unit)}です（計算: {value_text(cell)} × "
                 f"{format_number(quantity)} = {amount_text(total, cell.unit)}）。")
    return Found(statement, [(rec, cell)] + ([(rec, basis)] if basis is not None else []), computed=True, total=total)


def _grant_for_cost(intent: Intent, scored: list[_Scored]) -> Found | None:
    """A cost given and the grant asked, of a rate table with a cap (補助率 ２分の１以内 and 上限額
    150万円 for the row and column the question names): the cost times the rate, at most the cap."""
    given = _cost_given(intent.text)
    if given is None or not scored:
        return None
    cost, cost_unit = parse_number(given)
    if cost is None or cost_unit not in TO_MAN:
        return None
    # the best cell of a table that gives rates (its cap, or its rate), and the rate and the cap
    # of that cell's row and column
    best = next((x for x in scored[:20] if any(_FRACTION.search(_nfkc(c.value)) or _rate_cell(c) for c in x.record.cells)), None)
    if best is None:
        return None
    rec = best.record
    same = [c for c in rec.cells if c.row == best.cell.row and c.column == best.cell.column]
    rate = next((c for c in same if _FRACTION.search(_nfkc(c.value))), None)
    if rate is not None:
        cap = next((c for c in same if c is not rate and c.number is not None and (c.unit or "") in TO_MAN
                    and "上限" in f"{c.row_group or ''}{c.column_group or ''}{c.row}{c.column or ''}"), None)
        den, num = _FRACTION.search(_nfkc(rate.value)).groups()  # ２分の１: 1/2
    else:
        # a row per kind of cost, its rate and its cap in columns (経費区分 | 補助率（％） | 補助上限額
        # （万円） 新規出店 出店拡大): of the asked row, the rate and the cap the question names
        row = [c for c in rec.cells if c.row == best.cell.row]
        # (of a rate per class of firm, 小規模事業者 | 中小企業者, the class the question names or the
        # asker's firm was read as: not the first)
        rates = [c for c in row if _rate_cell(c)]
        named_rates = [c for c in rates if c.column and squash(c.column) in squash(intent.text)]
        # (or, of a group per class over its rate and cap, 届出型市場 | 登録型市場, the group of the best
        # cell, which the question named or its case was read as)
        grouped = [c for c in rates if best.cell.column_group and c.column_group == best.cell.column_group]
        rate = (named_rates[0] if len(named_rates) == 1 else rates[0] if len(rates) == 1
                else grouped[0] if len(grouped) == 1 else None)
        caps = [c for c in row if c.number is not None and (c.unit or "") in TO_MAN
                and "上限" in f"{c.column_group or ''}{c.column or ''}"]
        named = ([c for c in caps if c.column and squash(c.column) in squash(intent.text)] or _own_part_named(caps, intent.text)
                 # (or the region whose column holds the place it names: 英国 of ＥＵ・英国)
                 or [c for c in caps if c.column and places_in(intent.text)
                     and all(label_region_holds(label_core(c.column), p) for p in places_in(intent.text))]
                 or [c for c in caps if best.cell.column_group and c.column_group == best.cell.column_group])
        cap = named[0] if len(named) == 1 else caps[0] if len(caps) == 1 else None
        if rate is None or rate.number is None or (caps and cap is None):
            return None
        den, num = "100", _nfkc(rate.value).strip()
        if not num.isdigit():
            return None
    unit = cap.unit if cap is not None else cost_unit
    amount = cost * TO_MAN[cost_unit] / TO_MAN[unit] * int(num) / int(den)
    percent = den == "100" and rate.unit == "%"
    if percent:  # (the row, the class of a rate of several, and the kind of cap under a group label: 翻訳費・新規出店)
        of_class = rate.column if rate.column and sum(_rate_cell(c) for c in rec.cells if c.row == rate.row) > 1 else None
        kind_of_cap = cap.column if cap is not None and cap.column_group else None
        if rate.column_group and of_class and cap is not None and cap.column_group == rate.column_group:
            of_class, kind_of_cap = rate.column_group, None  # (届出型市場 over its 補助率 and 上限額)
        where = "・".join(x for x in (rate.row, of_class, kind_of_cap) if x)
    else:
        where = "・".join(x for x in (rate.row, rate.column) if x)
    statement = (f"{rec.title}では、{where}の補助率は{value_text(rate) if percent else rate.value.strip()}"
                 + (f"、上限額は{value_text(cap)}" if cap is not None else "") + "です。"
                 f"経費{given}の場合、{given} × {f'{num}%' if percent else f'{num}/{den}'} = "
                 f"{amount_text(amount, unit)}")
    cells = [(rec, rate)] + ([(rec, cap)] if cap is not None else [])
    statement += grant_outcome(amount, cap.number if cap is not None else None, unit, cost_unit)
    return Found(statement, cells, computed=True, score=best.score, topic=best.topic,
                 cost_given=given if percent else None)


def _own_part_named(cells: list[Cell], text: str) -> list[Cell]:
    """Of sibling columns (単独応札 | 共同応札), the one whose own part, what its label does not share
    with the others (単独), the question names (「単独で入札に参加する」)."""
    labels = [squash(c.column or "") for c in cells]
    if len(set(labels)) != len(labels) or len(labels) < 2:
        return []
    said = squash(text)
    named = []
    for c, label in zip(cells, labels):
        others = [x for x in labels if x != label]
        common = _common_parts(label, others)
        own = label.replace(common[0], "") if common else ""
        if len(own) >= 2 and own in said:
            named.append(c)
    return named


def grant_outcome(amount: float, cap: float | None, unit: str, asked_unit: str = "") -> str:
    """How a computed grant ends: at the cap, within it, or with no cap stated; on the condition
    that the cost is eligible. The grant also in the unit the cost was given in (140千円（14万円）)."""
    def told_in(x: float) -> str:
        if asked_unit in TO_MAN and unit in TO_MAN and asked_unit != unit:
            return f"{amount_text(x, unit)}（{amount_text(x * TO_MAN[unit] / TO_MAN[asked_unit], asked_unit)}）"
        return amount_text(x, unit)
    if cap is not None and amount > cap:
        told = f"で上限額を超えるため、補助額は上限の{told_in(cap)}です"
    elif cap is not None:
        told = f"で上限額の範囲内のため、補助額は最大{told_in(amount)}です"
    else:
        told = f"で、補助額は最大{told_in(amount)}です（上限額の記載はありません）"
    return told + "（補助対象経費であることが前提です）。"


# A rate for a class of firm in brackets after the rate for all (「補助対象経費の２分の１（小規模事業者は
# ３分の２）」): the class and its rate.
_CLASS_RATE = re.compile(r"[（(]([^（()）、。]{2,20}?)(?:は|については)\s*([0-9]+分の[0-9]+)[^）)]*[）)]")
_AMOUNT = re.compile(f"({_YEN})")


def grant_from_lines(question: str, records: list[TableRecord], lead_docs: set[str],
                     class_of: Callable[[str, str], bool | None], section: str | None = None) -> Found | None:
    """A cost given and the grant asked, of a guide that states its rate and cap as label–value
    lines (「補助率：補助対象経費の２分の１（小規模事業者は３分の２）」「上限額：１回の送付につき８万円…」):
    the cost times the rate (the bracketed class's rate when `class_of(doc_id, class)` says the
    asker's firm is of it), at most the cap's first amount. Of sibling sections that each give their
    rate and cap (（１）品質証明コース, （２）小分け商品開発コース), those of `section`, the lead passage's.
    None when a table of the lead documents gives rates (that table is read instead), or the class
    cannot be told."""
    given = _cost_given(question)
    if given is None:
        return None
    leads = [r for r in records if r.doc_id in lead_docs]
    if any(r.kind == "table" and any(_rate_cell(c) or _FRACTION.search(_nfkc(c.value)) for c in r.cells) for r in leads):
        return None
    rates = [(r, c) for r in leads if r.kind == "facts" for c in r.cells
             if re.search(r"補助率|助成率", c.row) and _FRACTION.search(_nfkc(c.value))]
    own = len(rates) > 1 and section is not None
    if own:
        rates = [(r, c) for r, c in rates if r.section == section]
    if len(rates) != 1:
        return None
    rec, rate = rates[0]
    caps = [c for r in leads if r.kind == "facts" and r.doc_id == rec.doc_id and (not own or r.section == rec.section)
            for c in r.cells if CAP_LABEL.search(c.row) and _AMOUNT.search(_nfkc(c.value))]
    cost, cost_unit = parse_number(given)
    if cost is None or cost_unit not in TO_MAN or len(caps) > 1:
        return None
    value = _nfkc(rate.value)
    fraction, reading = _FRACTION.search(value).group(0), ""
    special = _CLASS_RATE.search(value)
    if special is not None:
        holds = class_of(rec.doc_id, special.group(1).strip())
        if holds is None:
            return None  # (the asker's firm may or may not be of the class: its rate is not told)
        if holds:
            fraction = special.group(2)
        reading = f"（「{special.group(1).strip()}」に{'当たる' if holds else '当たらない'}場合）"
    den, num = _FRACTION.fullmatch(fraction).groups()
    cap_cell = caps[0] if caps else None
    cap, cap_unit = parse_number(_AMOUNT.search(_nfkc(cap_cell.value)).group(1)) if cap_cell else (None, None)
    unit = cap_unit if cap_unit in TO_MAN else cost_unit
    amount = cost * TO_MAN[cost_unit] / TO_MAN[unit] * int(num) / int(den)
    statement = (f"補助率は{rate.value.strip()}" + (f"、上限額は{cap_cell.value.strip()}" if cap_cell else "") + "です。"
                 f"経費{given}の場合{reading}、{given} × {num}/{den} = {amount_text(amount, unit)}")
    cells = [(rec, rate)] + ([(rec, cap_cell)] if cap_cell else [])
    return Found(statement + grant_outcome(amount, cap, unit, cost_unit), cells, computed=True)


def _rate_cell(cell: Cell) -> bool:
    """A percentage under a label of a rate of grant (補助率（％）, 助成率)."""
    return cell.unit == "%" and bool(re.search(r"補助率|助成率", f"{cell.column_group or ''}{cell.column or ''}"))


# 「県費以外でまかなう額」: what is not the part a 「うち県費」 column gives.
_OUTSIDE = re.compile(r"([^\s、。はをがのにでと「」（）()]{1,10}?)以外")


def _outside_part(intent: Intent, best: _Scored) -> Found | None:
    """「事業費のうち、県費以外でまかなう額」 of a table with a column 「うち県費」 after the whole's
    column: the whole minus the part, of the row the question names (else the table's total row)."""
    m = _OUTSIDE.search(intent.text.rpartition("について、")[2])
    if m is None:
        return None
    rec = best.record
    part_name = squash(m.group(1))
    columns = list(dict.fromkeys(c.column for c in rec.cells if c.column))
    # (the part's column as labelled, with or without its unit: 「うち英語（件）」)
    part_col = next((c for c in columns if squash(c) == "うち" + part_name or _column_core(c) == "うち" + part_name), None)
    rows = list(dict.fromkeys(c.row for c in rec.cells))
    if part_col is None:
        return _outside_row(intent, best, m.group(1), rows)
    if columns.index(part_col) == 0:
        return None
    whole_col = columns[columns.index(part_col) - 1]
    # (the row the question names, or of the year it asks, else the table's total row)
    asked_row = _row_named(best.cell.row, intent.text) or (intent.years and best.cell.fiscal_year in intent.years)
    row = best.cell.row if asked_row else next((r for r in rows if total_label(r)), None)
    cells = {c.column: c for c in rec.cells if c.row == row}
    whole, part = cells.get(whole_col), cells.get(part_col)
    if whole is None or part is None or whole.number is None or part.number is None:
        return None
    (x, y), unit = _numbers(whole, part)
    statement = (f"{_subject(rec, whole)}の{whole_col}は{value_text(whole)}、{part_col}は{value_text(part)}で、"
                 f"{m.group(1)}以外は{amount_text(x - y, unit)}です（計算: {value_text(whole)} − {value_text(part)} = "
                 f"{amount_text(x - y, unit)}）。")
    return Found(statement, [(rec, whole), (rec, part)], computed=True, score=best.score, topic=best.topic)


def _outside_row(intent: Intent, best: _Scored, part: str, rows: list[str]) -> Found | None:
    """「英語以外は何件」 of a table with a row 英語 and a total row: the total minus the row, in the
    best cell's column."""
    rec = best.record
    # (every row the question lists before 以外: 「瀋陽市と大連市以外」 leaves out both)
    asked = squash(intent.text.rpartition("について、")[2])
    listed = re.search(r"([^、。はをがにで]{0,40}?)" + re.escape(squash(part)) + "以外", asked)
    names = [n for n in re.split(r"と|や|及び|、", (listed.group(1) if listed else "") + squash(part)) if n]
    out = [r for r in rows if _row_core(r) in names]
    total = next((r for r in rows if total_label(r)), None)
    if not out or len(out) != len(names) or total is None:
        return None
    cells = {c.row: c for c in rec.cells if c.column == best.cell.column}
    whole, parts = cells.get(total), [cells.get(r) for r in out]
    if whole is None or whole.number is None or any(c is None or c.number is None for c in parts):
        return None
    unit = whole.unit or ""
    rest = float(whole.number) - math.fsum(float(c.number) for c in parts)
    shown = "、".join(f"{c.row.strip()}は{value_text(c)}" for c in parts)
    column = f"の{whole.column.strip()}" if whole.column else ""
    statement = (f"{rec.title.strip()}{column}は、{total.strip()}が{value_text(whole)}、{shown}で、{'と'.join(names)}以外は"
                 f"{amount_text(rest, unit)}です（計算: {value_text(whole)} − {' − '.join(value_text(c) for c in parts)} = "
                 f"{amount_text(rest, unit)}）。")
    return Found(statement, [(rec, whole), *((rec, c) for c in parts)], computed=True, score=best.score, topic=best.topic)


def _rows_ratio(rec: TableRecord, a: _Scored, b: _Scored) -> Found | None:
    """「AはBの何倍」: two named rows of one column, the first named as a multiple of the second."""
    (x, y), _ = _numbers(a.cell, b.cell)
    if not y:
        return None
    r = x / y
    column = f"の{a.cell.column}" if a.cell.column else ""
    statement = (f"{rec.title.strip()}{column}は、{a.cell.row}が{value_text(a.cell)}、{b.cell.row}が{value_text(b.cell)}で、"
                 f"約{decimal_text(r, 1)}倍です（計算: {value_text(a.cell)} ÷ {value_text(b.cell)} = {decimal_text(r, 2)}倍）。")
    return Found(statement, [(a.record, a.cell), (b.record, b.cell)], computed=True)


def _growth_text(a: Cell, b: Cell) -> str:
    """「何％増えましたか」 of two years' figures: the change as a share of the earlier year's
    (「令和5年度（2023年度）に対する増加率は約17%です（計算: 3件 ÷ 18件 × 100 = 16.7%）。」), or ""."""
    if not (a.fiscal_year and b.fiscal_year) or a.fiscal_year == b.fiscal_year:
        return ""
    later, earlier = (a, b) if a.fiscal_year > b.fiscal_year else (b, a)
    (x, y), unit = _numbers(later, earlier)
    if not y or unit == "%":
        return ""  # (a change of a percentage is in points, which the difference says)
    d = x - y
    return (f"{period_text(earlier)}に対する{'増加' if d >= 0 else '減少'}率は"
            f"{percent_text(abs(d) / y, amount_text(abs(d), unit), value_text(earlier))}。")


def _columns_compared(intent: Intent, row: list[_Scored]) -> tuple[_Scored, _Scored] | None:
    """The two columns of one row a question compares, each named by the words that set its label
    apart from the row's other labels (派遣 of 研究者の派遣（人）, 受入れ of 研究者の受入れ（人）; okurigana
    aside, 受け入れた names 受入れ), in the order the question names them; None unless exactly two."""
    named_by = dict((id(s), label) for s, label in _column_names(intent, [
        s for s in row if s.cell.column and s.cell.number is not None and not is_dash(s.cell.value)
        and not total_label(s.cell.column) and not find_years(_nfkc(s.cell.column))]))
    cells = _one_per_slot([s for s in row if id(s) in named_by], _column_slot)
    if len(cells) < 2:
        return None
    asked = _OKURIGANA.sub("", squash(intent.text.rpartition("について、")[2]))
    cores = {id(s): _OKURIGANA.sub("", named_by[id(s)]) for s in cells}
    where: dict[int, int] = {}
    for s in cells:
        others = [cores[id(o)] for o in cells if o is not s]
        # (the label's own part: what no other label of the row shares)
        own = re.sub("|".join(re.escape(p) for p in _common_parts(cores[id(s)], others)) or "$^", "", cores[id(s)])
        own = re.sub(r"^の|の$", "", own)
        if len(own) >= 2 and own in asked:
            where[id(s)] = asked.index(own)
    named = sorted((s for s in cells if id(s) in where), key=lambda s: where[id(s)])
    if len(named) != 2 or named[0].cell.unit != named[1].cell.unit:
        return None
    return named[0], named[1]


def _column_names(intent: Intent, row: list[_Scored]) -> list[tuple[_Scored, str]]:
    """Each cell of one row with the name a question calls its column by: its label without the
    unit (研究者の派遣); under a two-level header whose leaves repeat under each group (輸出 | 輸入,
    each over 金額（億円） | 構成比（％））, the group, of the cells holding the kind of value asked."""
    leaves = {(s.cell.column_group, s.cell.column) for s in row}
    if len({group for group, _ in leaves}) >= 2 and len({column for _, column in leaves}) < len(leaves):
        kind = [s for s in row if s.cell.column_group and (not intent.wants or looks_like(s.cell, intent.wants))]
        return [(s, squash(s.cell.column_group)) for s in kind]
    return [(s, squash(label_core(s.cell.column or ""))) for s in row]


# A measure's name ends in the kind of value it holds (輸出額, 申請件数, 取扱量): the rest names it.
_KIND_SUFFIX = re.compile(r"(?:金額|件数|人数|額|数|量)$")


def _column_named(label: str, asked: str) -> bool:
    """Whether `asked` names a column called `label`: by the whole label, or by the measure's name
    without the kind of value it holds (「輸出と輸入を合わせていくら」 names 輸出額 and 輸入額)."""
    stem = _KIND_SUFFIX.sub("", label)
    return (len(label) >= 2 and label in asked) or (len(stem) >= 2 and stem in asked)


def _common_parts(label: str, others: list[str]) -> list[str]:
    """The runs of two or more characters `label` shares with one of `others` (研究者の of
    研究者の派遣 and 研究者の受入れ), longest first."""
    runs = {label[i:j] for i in range(len(label)) for j in range(i + 2, len(label) + 1)
            if any(label[i:j] in o for o in others)}
    return sorted(runs, key=len, reverse=True)


def _column_said(cell: Cell) -> str:
    """A cell's column as a sentence names it: with its group when it has one (輸入の金額)."""
    column = label_core(cell.column or "")
    return f"{cell.column_group}の{column}" if cell.column_group else column


def _columns_difference(rec: TableRecord, a: _Scored, b: _Scored) -> Found:
    """「…のドイツは、研究者の派遣が15人、研究者の受入れが８人で、差は７人です」: two columns of one
    row, the first the question names minus the second."""
    (x, y), unit = _numbers(a.cell, b.cell)
    subject = _subject(rec, a.cell)
    statement = (f"{subject}は、{_column_said(a.cell)}が{value_text(a.cell)}、{_column_said(b.cell)}が"
                 f"{value_text(b.cell)}で、差は{_gap_text(abs(x - y), unit)}です（計算: {value_text(a.cell)} − "
                 f"{value_text(b.cell)} = {amount_text(x - y, unit)}）。")
    return Found(statement, [(a.record, a.cell), (b.record, b.cell)], computed=True)


def _rows_difference(rec: TableRecord, a: _Scored, b: _Scored, growth: bool = False) -> Found:
    """「…の正社員数は、AがX、BがYで、差はZです」: two named rows of one column (the arithmetic
    shown as the larger minus the smaller)."""
    (x, y), unit = _numbers(a.cell, b.cell)
    if x < y:
        (a, x), (b, y) = (b, y), (a, x)
    column = f"の{a.cell.column}" if a.cell.column else ""
    statement = (f"{rec.title}{column}は、{a.cell.row}が{value_text(a.cell)}、{b.cell.row}が{value_text(b.cell)}で、"
                 f"差は{_gap_text(abs(x - y), unit)}です（計算: {value_text(a.cell)} − {value_text(b.cell)} = "
                 f"{amount_text(x - y, unit)}）。")
    if growth:
        statement += _growth_text(a.cell, b.cell)
    return Found(statement, [(a.record, a.cell), (b.record, b.cell)], computed=True)


# Items a question lists with ・ (「起業家交流会・ビジネスプラン作成講座・コンテストの参加者」).
_LISTED = re.compile(r"[^\s、,。？?・]{2,}(?:・[^\s、,。？?・]{2,})+")
# Share of a listed item's bigrams a row label must hold to be the row it names.
LISTED_ROW_SHARE = 0.8


# 「中国向けの３つの航路を合わせると」: a word and how many rows it names.
_COUNTED_GROUP = re.compile(r"([^\s、。のをがはにでと]{2,8}?)(?:向け|系|関係)?の([0-9０-９一二三四五六七八九十]+)つの")


def _not_the_count_given(intent: Intent, rows: list[_Scored]) -> bool:
    """Whether the question counts the rows it adds (「中国向けの２つの航路」) and `rows` are not that many."""
    counted = _COUNTED_GROUP.search(squash(intent.text))
    count = _count_said(counted.group(2)) if counted is not None else None
    return count is not None and len({s.cell.row for s in rows}) != count


def _count_said(said: str) -> int | None:
    """How many rows 「３つの」「二つの」 counts (a figure or a kanji numeral), or None."""
    try:
        return small_number(said)
    except ValueError:
        return None


def _rows_of_counted_group(question: str, cells: list[_Scored]) -> list[_Scored]:
    """The rows a question counts by a word their labels share (「中国向けの３つの航路」: 中国（華北）
    航路, 中国（華中）航路, 中国（華南）航路), when exactly that many rows hold the word."""
    m = _COUNTED_GROUP.search(squash(question))
    if not m:
        return []
    word, count = m.group(1), _count_said(m.group(2))
    rows = list(dict.fromkeys(s.cell.row for s in cells if word in squash(s.cell.row)))
    if count is None or len(rows) != int(count) or len(rows) < 2:
        return []
    return _one_per_slot([s for s in cells if s.cell.row in rows])


def _rows_of_regions(question: str, cells: list[_Scored]) -> list[_Scored]:
    """The rows of countries a world region the question names holds, with the rows it names
    itself (「欧米やオーストラリアから来た旅行者は、全部で」: 米国, フランス, 英国, ドイツ and
    オーストラリア), when a table lists countries one by one."""
    asked = _nfkc(question.rpartition("について、")[2])
    regions = regions_named(asked)
    if not regions:
        return []
    held = [s for s in cells if any(region_member(r, label_core(s.cell.row)) for r in regions)]
    if not held:
        return []
    picked = _one_per_slot(held + [s for s in cells if s not in held and _row_said(s.cell.row, asked)])
    order = list(dict.fromkeys(c.row for c in cells[0].record.cells))
    return sorted(picked, key=lambda s: order.index(s.cell.row) if s.cell.row in order else len(order))


def _rows_valued(question: str, rec: TableRecord, cells: list[_Scored]) -> list[_Scored]:
    """The rows whose text cell holds a word the question names (「米国にある県人会の二世の会員は、
    合わせて」: the rows whose 所在国 is 米国; 「プレゼンテーションでも審査される項目の配点」: the rows
    whose 審査方法 「書類・プレゼン」 holds プレゼン), when one such word picks at least two rows and
    not every row of the column."""
    asked = squash(question.rpartition("について、")[2])
    rows = list(dict.fromkeys(s.cell.row for s in cells))
    for column in rec.columns:
        parts = {c.row: set(_VALUE_PARTS.split(squash(c.value))) for c in rec.cells
                 if c.column == column and c.number is None and c.row in rows}
        if len(parts) < len(rows):
            continue  # (a column of figures, or one that leaves rows out)
        words = {w for held in parts.values() for w in held if len(w) >= 2 and w in asked}
        picks = [[r for r in rows if w in parts[r]] for w in words]
        picks = [p for p in picks if 2 <= len(p) < len(rows)]
        if len(picks) == 1:
            return _one_per_slot([s for s in cells if s.cell.row in picks[0]])
    # (or the qualifier each row label ends with: 「タイの大学から」 of 「チェンマイ国際大学（タイ）」)
    qualified = {r: set(_VALUE_PARTS.split(m.group(1))) for r in rows if (m := _QUALIFIER.search(squash(r)))}
    if len(qualified) == len(rows):
        words = {w for held in qualified.values() for w in held if len(w) >= 2 and w in asked}
        picks = [p for p in ([r for r in rows if w in qualified[r]] for w in words) if 2 <= len(p) < len(rows)]
        if len(picks) == 1:
            return _one_per_slot([s for s in cells if s.cell.row in picks[0]])
    return []


# The pieces of a text cell that lists several (「書類・プレゼン」, 「中国、韓国」).
_VALUE_PARTS = re.compile(r"[・、,／/]")
# What a row label says of its row in brackets at its end (「チェンマイ国際大学（タイ）」).
_QUALIFIER = re.compile(r"[（(]([^（）()]+)[）)]$")


def _rows_listed(question: str, cells: list[_Scored]) -> list[_Scored]:
    """The rows the items a question lists name, each by most of its characters (ビジネスプラン
    作成講座 for ビジネスプラン作成支援講座参加者数, コンテスト for ビジネスプランコンテスト参加者数);
    every item must name exactly one row of its own, or none is read."""
    m = max(_LISTED.finditer(question), key=lambda m: len(m.group(0)), default=None)
    if m is None:
        return []
    items = m.group(0).split("・")
    items[-1] = items[-1].split("の")[0]
    picked: list[_Scored] = []
    for item in items:
        grams = _bigrams(item)
        rows = {s.cell.row for s in cells if grams and len(grams & _label_grams(s.cell.row)) / len(grams) >= LISTED_ROW_SHARE}
        if len(rows) != 1:
            return []
        cell = next(s for s in cells if s.cell.row in rows)
        if any(p.cell.row == cell.cell.row for p in picked):
            return []
        picked.append(cell)
    return picked


# 「海外での意匠登録、海外見本市への出展、英語のカタログ制作の三つで」: items listed with 、 and counted.
_COUNTED_LIST = re.compile(r"(?P<items>[^。？?]+?)の(?P<n>[2-9二三四五六七八九])つ")
# Share of a counted item's bigrams its row's label must hold (its best row, and no other's as much).
COUNTED_ITEM_SHARE = 0.5


def _rows_counted(question: str, cells: list[_Scored]) -> list[_Scored]:
    """The rows a question lists and counts (「A、B、Cの三つ」), each item the row whose label holds
    most of its characters, the item said in the asker's words (英語のカタログ制作 for 英語版商品カタログの
    制作); every item must have a best row of its own, or none is read."""
    m = _COUNTED_LIST.search(_nfkc(question))
    if m is None:
        return []
    n = _numeral(m.group("n"))
    items = [x for x in re.split(r"[、,]", m.group("items")) if x][-n:]
    if len(items) != n:
        return []
    by_row = {s.cell.row: s for s in cells}
    picked: list[_Scored] = []
    for item in items:
        grams = _bigrams(item)
        if not grams:
            return []
        shares = sorted(((len(grams & _label_grams(row)) / len(grams), row) for row in by_row), reverse=True)
        if not shares or shares[0][0] < COUNTED_ITEM_SHARE or len(shares) > 1 and shares[1][0] == shares[0][0]:
            return []
        if any(p.cell.row == shares[0][1] for p in picked):
            return []
        picked.append(by_row[shares[0][1]])
    return picked


def _sum_parts(intent: Intent, same: list[_Scored]) -> list[_Scored]:
    best = same[0] if same else None
    if best is None:
        return []
    if intent.years and len(intent.years) >= 2:
        if any(parse_period(best.cell.row)[:2]) and best.cell.column:
            # years as rows (年度 | 中国 | 米国 …): the asked column down the years
            parts = [s for s in same if s.cell.column == best.cell.column and _cell_years(s.cell) & intent.years
                     and s.cell.fiscal_year is not None]
            return _one_per_slot(parts)
        row = _row_over_years(intent, same, best)
        parts = [s for s in same if s.cell.row == row and _cell_years(s.cell) & intent.years
                 and s.cell.fiscal_year is not None]
        return _one_per_slot(parts)
    # several rows of one column named by the question
    parts = [s for s in same if s.cell.column == best.cell.column and s.score >= best.score - 0.25 and not is_total(s.cell)]
    return _one_per_slot(parts)


def _sum_terms(parts: list[_Scored]) -> str:
    """「842人 + 312人 + 136人 − 18人」: a negative cell is subtracted."""
    text = " + ".join(value_text(s.cell) for s in parts)
    return re.sub(r"\+ [-－−▲△]\s*", "− ", text)


def _priced_sum(intent: Intent, rec: TableRecord, parts: list[_Scored]) -> Found | None:
    """Prices per one (短期渡航登録（１人、年額） 3,000円, 長期滞在登録（１人、年額） 12,000円) added
    with the question's own number of each (「短期の出張者３人と駐在員１人を登録すると」): each price
    times the number written after the words that name its row, a row no word names taking the one
    number left; None unless every row is priced per one of the counter the numbers are in."""
    if len(parts) < 2 or len({s.cell.row for s in parts}) != len(parts):
        return None
    if not all(s.cell.number is not None and (s.cell.unit or "") in MONEY_UNITS for s in parts):
        return None
    bases = [set(_LABEL_BASIS.findall(_nfkc(f"{s.cell.row} {s.cell.column or ''}"))) for s in parts]
    units = set.intersection(*bases)
    if len(units) != 1:
        return None
    unit = units.pop()
    asked = _nfkc(intent.text.rpartition("について、")[2])
    given = [(m.start(), int(m.group(1))) for m in re.finditer(rf"(?<![0-9,.])([0-9]+)\s*{re.escape(unit)}(?!当たり|あたり)", asked)]
    if len(given) != len(parts) or all(n == 1 for _, n in given):
        return None
    # each row where the question first writes a word of its own label (a bigram the other rows'
    # labels do not share: 短期 of 短期渡航登録, not 登録)
    cores = [squash(_nfkc(label_core(s.cell.row))) for s in parts]
    anchors = []
    for i, core in enumerate(cores):
        others = set().union(*(_bigrams(c) for j, c in enumerate(cores) if j != i))
        own = _bigrams(core) - others
        spots = [m.start() for g in own for m in re.finditer(re.escape(g), asked)]
        anchors.append(min(spots) if spots else None)
    if sum(a is None for a in anchors) > 1:
        return None
    taken: dict[int, int] = {}
    placed = sorted((a, i) for i, a in enumerate(anchors) if a is not None)
    for k, (a, i) in enumerate(placed):
        end = placed[k + 1][0] if k + 1 < len(placed) else len(asked)
        after = [j for j, (pos, _) in enumerate(given) if a < pos < end and j not in taken.values()]
        if not after:
            return None
        taken[i] = after[0]
    left = [j for j in range(len(given)) if j not in taken.values()]
    for i, a in enumerate(anchors):
        if a is None:
            taken[i] = left.pop(0)
    counts = [given[taken[i]][1] for i in range(len(parts))]
    cell_unit = parts[0].cell.unit or ""
    total = math.fsum(s.cell.number * n for s, n in zip(parts, counts))
    terms = " + ".join(f"{value_text(s.cell)} × {n}" for s, n in zip(parts, counts))
    listed = "、".join(f"{s.cell.row.strip()}が{n}{unit}" for s, n in zip(parts, counts))
    column = _attribute(parts[0].cell)
    statement = (f"{rec.title}の{column + 'で' if column else ''}{listed}の場合、合計すると{amount_text(total, cell_unit)}です"
                 f"（計算: {terms} = {amount_text(total, cell_unit)}）。")
    return Found(statement, [(s.record, s.cell) for s in parts], computed=True)


def _sum_answer(rec: TableRecord, parts: list[_Scored]) -> Found | None:
    """The cells added up, or None when they count different things (万円, 社 and 件 of a KPI table's
    rows: no total of theirs means anything)."""
    units = {s.cell.unit for s in parts if s.cell.unit}
    if len(units) > 1 and not units <= set(TO_MAN):
        return None
    numbers, unit = _numbers(*(s.cell for s in parts))
    total = math.fsum(numbers)
    terms = _sum_terms(parts)
    if len({s.cell.row for s in parts}) > 1 and all(any(parse_period(s.cell.row)[:2]) for s in parts):
        # years as rows: the column down the years (「中国の令和４年度、令和５年度、令和６年度」)
        labels = f"{parts[0].cell.column}の" + "、".join(period_text(s.cell) for s in parts)
    elif len({s.cell.row for s in parts}) > 1:
        # rows of one column: name the rows (and the column once)
        column = _attribute(parts[0].cell)
        period = period_text(parts[0].cell)
        labels = "と".join(s.cell.row for s in parts) + (f"の{period}" if period else "") + (f"の{column}" if column else "")
    else:
        labels = "、".join(_label_for(s.cell) for s in parts)
        periods = {period_text(s.cell) for s in parts}
        if len(periods) == 1 and "" not in periods and all(_attribute(s.cell) for s in parts):
            # (columns of one year: the year once, 「令和6年度（2024年度）の輸出額と輸入額」)
            labels = f"{periods.pop()}の" + "と".join(_attribute(s.cell) for s in parts)
        row = parts[0].cell.row.strip()
        if (parts[0].cell.fiscal_year and row and not any(parse_period(row)[:2]) and cell_kind_from(row) is None
                and not total_label(row) and squash(row) not in squash(rec.title)):
            labels = f"{row}の{labels}"  # (one row over its years: 医療・ヘルスケアの令和4年度、…)
    statement = f"{rec.title}の{labels}を合計すると{amount_text(total, unit)}です（計算: {terms} = {amount_text(total, unit)}）。"
    # (the fees of one row added are a price the table's rules may change: 「各欄の額から２割を引いた額」)
    price = total if unit in MONEY_UNITS and len({s.cell.row for s in parts}) == 1 else None
    return Found(statement, [(s.record, s.cell) for s in parts], computed=True, total=price, summed=True)


def _label_for(cell: Cell) -> str:
    if cell.fiscal_year or cell.fiscal_year_range:
        kind = _attribute(cell)
        return period_text(cell) + (f"の{kind}" if kind else "")
    return cell.row + (f"（{cell.column}）" if cell.column else "")


def _one_column_of_year_rows(intent: Intent, same: list[_Scored], best: _Scored, first: int, last: int
                             ) -> tuple[_Scored, _Scored] | None:
    """Of a table with years as rows (令和５年度, 令和６年度), the cells of one column in the two
    years' rows (later, earlier): the column the question names, else the row's total (年間計),
    else the best cell's."""
    early = [s for s in same if s.cell.fiscal_year == first]
    late = [s for s in same if s.cell.fiscal_year == last]
    if not early or not late or {s.cell.row for s in early} & {s.cell.row for s in late}:
        return None
    asked = squash(intent.text)
    columns = [s.cell.column for s in late if s.cell.column]
    named = [c for c in columns if len(_column_core(c)) >= 2 and _column_core(c) in asked]
    totals = [c for c in columns if total_label(c)]
    column = (named or totals or [best.cell.column])[0]
    a = next((s for s in early if s.cell.column == column), None)
    b = next((s for s in late if s.cell.column == column), None)
    return (b, a) if a and b else None


def _diff_parts(intent: Intent, same: list[_Scored]) -> tuple[_Scored, _Scored] | None:
    if not same:
        return None
    best = same[0]
    if intent.remaining:
        # the target of the (last) asked year against the latest actual the row has
        rec = best.record
        wanted = max(intent.years) if intent.years else None
        targets = [s for s in same if s.record is rec and cell_kind(s.cell) == "目標" and s.cell.number is not None
                   and (wanted is None or s.cell.fiscal_year == wanted)]
        actuals = [s for s in same if s.record is rec and cell_kind(s.cell) == "実績" and s.cell.number is not None
                   and s.cell.fiscal_year and not is_dash(s.cell.value)]
        if not targets and wanted is not None and any(s.cell.fiscal_year == wanted for s in actuals):
            # 「2024年度の実績から見て、最終目標まであと何社」: the asked year is the actual's; the target
            # is the last one the row sets after it
            later = [s for s in same if s.record is rec and cell_kind(s.cell) == "目標" and s.cell.number is not None
                     and (s.cell.fiscal_year or 0) > wanted]
            targets = sorted(later, key=lambda s: -(s.cell.fiscal_year or 0))[:1]
            actuals = [s for s in actuals if s.cell.fiscal_year == wanted]
        if targets and actuals:
            target = targets[0]
            actual = max(actuals, key=lambda s: s.cell.fiscal_year)
            if actual.cell.fiscal_year <= (target.cell.fiscal_year or actual.cell.fiscal_year):
                return actual, target
    span = best.cell.fiscal_year_range
    one_period = bool(span) and (span[0], span[1]) == (min(intent.years, default=0), max(intent.years, default=0))
    if intent.years and len(intent.years) >= 2 and not one_period:
        # (years that are one period's range, 第2期（平成30～令和4年度）, are no two years to compare)
        ys = sorted(intent.years)
        row = _row_over_years(intent, same, best)
        # (of a row that gives each year several columns, 件数 and 金額, the best cell's column)
        cells = sorted((s for s in same if s.cell.row == row), key=lambda s: s.cell.column != best.cell.column)
        a = next((s for s in cells if s.cell.fiscal_year == ys[0]), None)
        b = next((s for s in cells if s.cell.fiscal_year == ys[-1]), None)
        if a and b:
            return b, a
        pair = _one_column_of_year_rows(intent, same, best, ys[0], ys[-1])
        if pair is not None:
            return pair
        # (years that only name a row, 「令和元年11月～令和6年3月の取組期間分」, compare no columns)
        return _two_columns(intent, same)
    # target vs actual of the same period
    years = _cell_years(best.cell)
    actual = next((s for s in same if cell_kind(s.cell) == "実績" and _cell_years(s.cell) == years), None)
    target = next((s for s in same if cell_kind(s.cell) == "目標" and _cell_years(s.cell) == years), None)
    if actual and target:
        return actual, target
    if intent.kinds == ["見込"] and not intent.years and best.cell.fiscal_year and cell_kind(best.cell) == "見込":
        # 「今年度の見込みだと増えるんですか、差は」: the projection against the year before it
        before = next((s for s in same if s.cell.row == best.cell.row and s.cell.fiscal_year == best.cell.fiscal_year - 1
                       and cell_kind(s.cell) != "目標"), None)
        if before is not None:
            return best, before
    # (or two columns the question names by their labels, read in the whole table, whichever the
    # question's other words brought nearer: 「集合研修とオンライン講座で」 names both)
    return _two_columns(intent, same) or _two_columns(
        intent, [_Scored(best.record, c, best.topic, best.score) for c in best.record.cells if c.number is not None])


def _two_columns(intent: Intent, same: list[_Scored]) -> tuple[_Scored, _Scored] | None:
    """「限度額から補助見込み額を引くと」: two columns the question names, of the row it names best
    (by the row label's characters it shares: 「令和6年4月以降の②」 is the row ②令和６年４月～), in the
    order asked (the first named minus the second)."""
    q = squash(intent.text)
    # (named whole, or without the unit its label carries: 「集合研修と」 names 集合研修（人）)
    said = {c: next((x for x in (squash(c), squash(label_core(c))) if len(x) >= 2 and x in q), None)
            for c in {s.cell.column for s in same if s.cell.column}}
    named = sorted((c for c, x in said.items() if x), key=lambda c: q.index(said[c]))
    if len(named) == 1 and intent.remaining:
        # 「限度額までまだいくら残ってる」: what the named limit leaves after the table's only other
        # amount column
        others = {s.cell.column for s in same if s.cell.column and s.cell.column != named[0] and s.cell.number is not None
                  and not _cell_years(s.cell)}
        if len(others) == 1:
            named.append(others.pop())
    if len(named) != 2:
        return None
    asked = _bigrams(q)
    rows = list(dict.fromkeys(s.cell.row for s in same if s.cell.column in named))
    row = max(rows, key=lambda r: len(_bigrams(squash(r)) & asked))
    if not _bigrams(squash(row)) & asked:
        # no row named: the table's whole (合計), when it has one
        row = next((r for r in rows if total_label(r)), row)
    a = next((s for s in same if s.cell.row == row and s.cell.column == named[0] and s.cell.number is not None), None)
    b = next((s for s in same if s.cell.row == row and s.cell.column == named[1] and s.cell.number is not None), None)
    return (a, b) if a and b else None


# Amounts in 億円/兆円/千円 counted in 万円, so that cells of different units add up
# (206億円 − 26億 1,729万円).
# 万円 per unit of an amount: amounts in different units are compared and added in 万円.
TO_MAN = {"兆円": 1e8, "億円": 1e4, "千万円": 1e3, "百万円": 1e2, "万円": 1.0, "千円": 0.1, "円": 1e-4}


def _numbers(*cells: Cell) -> tuple[list[float], str]:
    """The cells' numbers in one unit: their own when they share it, else in 万円."""
    units = {c.unit or "" for c in cells}
    if len(units) > 1 and units <= set(TO_MAN):
        return [float(c.number) * TO_MAN[c.unit] for c in cells], "万円"
    return [float(c.number) for c in cells], next((c.unit for c in cells if c.unit), "")


def _diff_answer(rec: TableRecord, a: _Scored, b: _Scored, remaining: bool = False, growth: bool = False) -> Found:
    (x, y), unit = _numbers(a.cell, b.cell)
    d = x - y
    if remaining and cell_kind(a.cell) == "実績" and cell_kind(b.cell) == "目標":
        # 「あと何件必要」: what the latest actual still lacks of the target
        gap = (f"目標まであと{_gap_text(-d, unit)}です" if d < 0 else
               f"実績は既に目標を{'上回って' if d > 0 else '達成して'}います")
        statement = (f"{_subject(rec, b.cell)}の{_label_for(b.cell)}は{value_text(b.cell)}、{_label_for(a.cell)}は"
                     f"{value_text(a.cell)}で、{gap}（計算: {value_text(b.cell)} − {value_text(a.cell)} = "
                     f"{amount_text(-d, unit)}）。")
        return Found(statement, [(b.record, b.cell), (a.record, a.cell)], computed=True)
    over_time = a.cell.row == b.cell.row and a.cell.fiscal_year and b.cell.fiscal_year and a.cell.fiscal_year > b.cell.fiscal_year
    if over_time:  # one row over two years: it grew or shrank
        word = "増えて" if d > 0 else ("減って" if d < 0 else "同じで")
    else:
        word = "上回って" if d > 0 else ("下回って" if d < 0 else "同じで")
    if a.cell.row == b.cell.row and a.cell.column != b.cell.column and not (a.cell.fiscal_year or b.cell.fiscal_year):
        # two columns of one row (限度額 and 補助見込み額 of ②): the row is the subject
        la, lb = a.cell.column, b.cell.column
    else:
        la, lb = _label_for(a.cell), _label_for(b.cell)
    statement = (f"{_subject(rec, a.cell)}の{la}は{value_text(a.cell)}、{lb}は{value_text(b.cell)}で、"
                 f"差は{_gap_text(abs(d), unit)}です（{word}います。計算: {value_text(a.cell)} − {value_text(b.cell)} = "
                 f"{amount_text(d, unit)}）。")
    if growth:
        statement += _growth_text(a.cell, b.cell)
    return Found(statement, [(a.record, a.cell), (b.record, b.cell)], computed=True)


def _gap_text(x: float, unit: str) -> str:
    """A difference in its unit; of two percentages in points (27.0% − 21.7%: 5.3ポイント)."""
    return f"{format_number(x)}ポイント" if unit == "%" else amount_text(x, unit)


def _times_answer(rec: TableRecord, a: _Scored, b: _Scored) -> Found | None:
    """One figure as a multiple of another (the later year's of the earlier one's)."""
    (x, y), unit = _numbers(a.cell, b.cell)
    if not y:
        return None
    r = x / y
    statement = (f"{_subject(rec, a.cell)}の{_label_for(b.cell)}は{value_text(b.cell)}、{_label_for(a.cell)}は"
                 f"{value_text(a.cell)}で、約{decimal_text(r, 1)}倍です（計算: {value_text(a.cell)} ÷ {value_text(b.cell)} = {decimal_text(r, 2)}倍）。")
    return Found(statement, [(b.record, b.cell), (a.record, a.cell)], computed=True)


# 「どの都市」「どこ」「どれ」: which one is asked (of an extreme, the one compared largest).
_WHICH_ASKED = re.compile(r"(?<![なほ])(?:どの|どこ|どれ)")  # (not などの, ほどの)
# Words that say which is the extreme, in a label (最多の国, 第１位) or a sentence (ベトナムが最も多く,
# 多い順に, 首位, 次いで).
EXTREME_SAID = re.compile(r"最も|最多|最大|最少|最小|最高|最低|一番|いちばん|[1１一]位|トップ|首位|上位|[多高大少低小]い順|次いで")

# A label that says which is used or found the most: 最も多く使われている協定, 主に使う貿易条件.
_EXTREME_LABEL = re.compile(EXTREME_SAID.pattern + r"|主に|主な")

# 「どの協定が」: the kind of thing a which-question asks.
_WHICH_NOUN = re.compile(r"(?<![なほ])どの([^\s、。？?はがをでにもの]{1,8})")


def asks_which_extreme(question: str) -> bool:
    """Whether the question (its asked part) asks which one is the largest or the smallest:
    「売上額がいちばん大きかったのはどの都市」「一番多い市町村はどこ」."""
    asked = question.rpartition("について、")[2]
    return bool(_WHICH_ASKED.search(asked)) and any(p.search(asked) for op, p in _OP_WORDS if op in ("max", "min"))


_WHICH_YEAR = re.compile(r"(?<![なほ])どの年度|何年度|(?<![なほ])どの年|いつ")


def _breakdown_answer(best: _Scored) -> Found | None:
    """「令和5年度は地域別だと」: every row of the best cell's column, in the table's order (the
    total last, as printed)."""
    rec = best.record
    same = _same_place if _cell_years(best.cell) else (lambda a, b: a.column == b.column)
    parts = [c for c in rec.cells if same(c, best.cell) and c.number is not None]
    if len({c.row for c in parts}) < 2:
        return None
    listing = "、".join(f"{c.row} {value_text(c)}" for c in parts)
    period = period_text(best.cell) or _attribute(best.cell)
    statement = f"{rec.title}の{period}の内訳は、{listing}です。" if period else f"{rec.title}の内訳は、{listing}です。"
    return Found(statement, [(rec, c) for c in parts], score=best.score, topic=best.topic)


# 「最も増えた国はどこ」「一番伸びたのはどの分野」「いちばん減った」: which row changed most.
_MOST_CHANGED = re.compile(r"(?:最も|一番|いちばん|もっとも)(?:大きく)?(?:(?P<up>増え|増加し|伸び|伸ばし)|(?P<down>減っ|減少し|減ら))"
                           r".{0,12}?(?:どこ|(?<![なほ])どの|どれ|何|誰)")


def _year_series(best: _Scored) -> list[Cell]:
    """The best cell's figures year by year: its column down a table of years as rows, or its row
    across years as columns; one cell per year, in order."""
    rec = best.record
    down = _is_period_label(best.cell.row)
    line = [c for c in rec.cells if (c.column == best.cell.column if down else c.row == best.cell.row)
            and c.fiscal_year is not None and c.number is not None and not is_dash(c.value)]
    by_year = {c.fiscal_year: c for c in line}
    return [by_year[y] for y in sorted(by_year)]


def _series_label(best: _Scored) -> str:
    """The label of the best cell's series: its column down years as rows, its row across years."""
    return (best.cell.column if _is_period_label(best.cell.row) else best.cell.row) or ""


def _largest_change(changes: list[tuple], grew: bool) -> tuple | None:
    """Of (change, …) tuples, the largest increase (or decrease); None when fewer than two were
    read, or none went that way."""
    if len(changes) < 2:
        return None
    best = max(changes, key=lambda x: x[0] if grew else -x[0])
    return None if ((best[0] <= 0) if grew else (best[0] >= 0)) else best


def _signed(x: float, unit: str) -> str:
    """A change with its sign: +9人, -2人."""
    return ("+" if x >= 0 else "") + amount_text(x, unit)


def _most_changed_year(best: _Scored, grew: bool) -> Found | None:
    """「前年度より最も増えたのはどの年度」: each year's change over the year before, the largest
    increase (or decrease), with every change shown."""
    series = _year_series(best)
    if len(series) < 3 or len({c.unit for c in series}) != 1:
        return None
    changes = [(float(b.number) - float(a.number), a, b) for a, b in zip(series, series[1:])
               if b.fiscal_year == a.fiscal_year + 1]
    largest = _largest_change(changes, grew)
    if largest is None:
        return None
    d, a, b = largest
    unit = b.unit or ""
    shown = "、".join(f"{period_text(y)} {_signed(x, unit)}" for x, _, y in changes)
    rec = best.record
    statement = (f"{rec.title.strip()}の{_series_label(best).strip()}が前年度から最も{'増えた' if grew else '減った'}のは{period_text(b)}"
                 f"（{value_text(a)}→{value_text(b)}、{amount_text(abs(d), unit)}{'増' if grew else '減'}）です（比較: {shown}）。")
    return Found(statement, [(rec, c) for c in series], computed=True, score=best.score, topic=best.topic)


# 「初めて3,000件を超えたのはいつ」「はじめて100社に達した年度」: the first year past a figure.
_FIRST_PAST = re.compile(r"(?:初めて|はじめて)\s*([0-9][0-9,.]*)\s*([^\s0-9、。をにが]{0,3}?)\s*"
                         r"(?P<kind>を超え|を上回|を突破|に達し|以上に|以上と|になっ|に届い)")


def _first_past(intent: Intent, scored: list[_Scored]) -> Found | None:
    """The first year whose figure passes the one the question gives (over it for 超え/上回/突破,
    at least it for 達し/以上/なっ), of the best cell's series."""
    asked = intent.text.rpartition("について、")[2]
    m = _FIRST_PAST.search(asked)
    if m is None or not scored or not _WHICH_YEAR.search(asked) or scored[0].record.kind != "table":
        return None
    series = _year_series(scored[0])
    if len(series) < 2 or (m.group(2) and m.group(2).replace("％", "%") != (series[0].unit or "").replace("％", "%")
                           and not (series[0].unit or "").endswith(m.group(2))):
        return None
    n = float(m.group(1).replace(",", ""))
    strict = m.group("kind") in ("を超え", "を上回", "を突破")
    first = next((c for c in series if (float(c.number) > n if strict else float(c.number) >= n)), None)
    if first is None:
        return None
    before = series[series.index(first) - 1] if series.index(first) > 0 else None
    rec, best = scored[0].record, scored[0]
    label = _series_label(best)
    shown = f"（前年度は{value_text(before)}）" if before is not None and before.fiscal_year == first.fiscal_year - 1 else ""
    statement = (f"{rec.title.strip()}の{label.strip()}が初めて{m.group(1)}{m.group(2) or ''}"
                 f"{'を超えた' if strict else 'に達した'}のは{period_text(first)}で、{value_text(first)}です{shown}。")
    return Found(statement, [(rec, c) for c in (before, first) if c is not None], computed=True,
                 score=best.score, topic=best.topic)


def _most_changed(rec: TableRecord, years: list[int], grew: bool) -> Found | None:
    """The row of a table (not its total) whose figure changed most between two years: the largest
    increase, or decrease, with every row's change shown."""
    early, late = years
    changes = []
    for row in dict.fromkeys(c.row for c in rec.cells if not is_total(c)):
        pair = {c.fiscal_year: c for c in rec.cells if c.row == row and c.fiscal_year in (early, late)
                and c.number is not None and not is_dash(c.value)}
        if len(pair) == 2 and pair[early].unit == pair[late].unit:
            changes.append((float(pair[late].number) - float(pair[early].number), row, pair[early], pair[late]))
    largest = _largest_change(changes, grew)
    if largest is None:
        return None  # (too few rows, or none grew, or none shrank)
    d, row, a, b = largest
    unit = b.unit or ""
    shown = "、".join(f"{r} {_signed(x, unit)}" for x, r, _, _ in changes)
    statement = (f"{rec.title.strip()}で{period_text(a)}から{period_text(b)}にかけて最も{'増えた' if grew else '減った'}のは"
                 f"{row.strip()}（{value_text(a)}→{value_text(b)}、{amount_text(abs(d), unit)}{'増' if grew else '減'}）です"
                 f"（比較: {shown}）。")
    return Found(statement, [(rec, c) for _, _, x, y in changes for c in (x, y)], computed=True)


# A row of the rest (その他, その他の国・地域, 他): a remainder, no one row of its own.
_REMAINDER_ROW = re.compile(r"^(?:その他|他|それ以外)(?:の.{1,10})?$")


def _extreme_answer(intent: Intent, rec: TableRecord, same: list[_Scored]) -> Found | None:
    best = same[0] if same else None
    if best is None:
        return None
    column = best.cell.column
    if _WHICH_YEAR.search(intent.text):
        # "進捗度が最も高かったのはどの年度": one row over its years
        pool = _one_per_slot([s for s in same if s.cell.row == best.cell.row and s.cell.fiscal_year
                              and s.cell.number is not None])
        if len(pool) >= 2:
            chosen = max(pool, key=lambda s: s.cell.number) if intent.op == "max" else min(pool, key=lambda s: s.cell.number)
            word = "最も高い" if intent.op == "max" else "最も低い"
            listing = "、".join(f"{period_text(s.cell)} {value_text(s.cell)}" for s in pool)
            statement = (f"{rec.title}の{best.cell.row}が{word}のは{period_text(chosen.cell)}（{value_text(chosen.cell)}）です"
                         f"（比較: {listing}）。")
            return Found(statement, [(s.record, s.cell) for s in pool], computed=True)
    # (rows of the total column too: 「最も多かった大学」 compares the universities' 計)
    pool = [s for s in same if s.cell.column == column and not total_label(s.cell.row) and s.cell.number is not None]
    pool = _one_per_slot(pool)
    across = len(pool) < 2
    if across:
        # one row over its columns (a row of regions: 横浜 川崎 相模原 … 合計): the columns compared
        pool = _one_per_slot([s for s in same if s.cell.row == best.cell.row and not is_total(s.cell)
                              and s.cell.number is not None and s.cell.column and not s.cell.fiscal_year])
        if len(pool) < 2:
            return None
    # (a remainder row, その他, is no one row the question could mean: 「２番目に多かった輸出先」 of
    # 中国 2,150 and その他 3,150 is 米国, not 中国; it is still listed)
    ordered = [s for s in sorted(pool, key=lambda s: s.cell.number, reverse=intent.op == "max")
               if across or not _REMAINDER_ROW.match(squash(label_core(s.cell.row)))]
    if len(ordered) < intent.place:
        return None
    chosen = ordered[intent.place - 1]
    word = "最も多い" if intent.op == "max" else "最も少ない"
    if intent.place > 1:
        if any(s.cell.number == chosen.cell.number for s in ordered if s is not chosen):
            return None  # (a tie at the place asked: no one row holds it)
        word = f"{intent.place}番目に{'多い' if intent.op == 'max' else '少ない'}"
    if across:
        listing = "、".join(f"{s.cell.column} {value_text(s.cell)}" for s in pool)
        statement = (f"{_subject(rec, best.cell)}で{word}のは{chosen.cell.column}（{value_text(chosen.cell)}）です"
                     f"（比較: {listing}）。")
        return Found(statement, [(s.record, s.cell) for s in pool], computed=True)
    where = f"{period_text(chosen.cell)}の" if period_text(chosen.cell) else (f"{column}で" if column else "")
    listing = "、".join(f"{s.cell.row} {value_text(s.cell)}" for s in pool)
    statement = f"{rec.title}で{where}{word}のは{chosen.cell.row}（{value_text(chosen.cell)}）です（比較: {listing}）。"
    return Found(statement, [(s.record, s.cell) for s in pool], computed=True)


# 「達成率が８割に届かなかった指標」: a bar the achievement (actual ÷ target) falls short of.
_ACHIEVEMENT_BAR = re.compile(r"(?:達成率|達成度)(?:が|は)?[、,]?\s*(?P<n>[0-9]+(?:\.[0-9]+)?)\s*(?P<unit>割|%|％|パーセント)"
                              r"(?:に(?:届かな|届いてい?な|満たな)|を下回|未満)")


def _missed_answer(intent: Intent, scored: list[_Scored]) -> Found | None:
    """Indicators whose actual is below their target for a period, over the best records (or
    whose achievement is below the bar the question sets, 「達成率が８割に届かなかった」)."""
    bar = _ACHIEVEMENT_BAR.search(intent.text.rpartition("について、")[2])
    least = float(bar.group("n")) * (10 if bar.group("unit") == "割" else 1) if bar else 100.0
    # (of the tables that hold targets and actuals: a table of counts the question's other words
    # happen to name, 「成果指標のうち」 and a column 「うちシードル」, has no target to miss)
    kinds: dict[int, set[str | None]] = {}
    for s in scored:
        kinds.setdefault(id(s.record), {cell_kind(c) for c in s.record.cells})
    scored = [s for s in scored if {"目標", "実績"} <= kinds[id(s.record)]]
    if not scored:
        return None
    best = scored[0]
    records = []
    for s in scored:
        if s.topic >= best.topic - 0.2 and s.record not in records:
            records.append(s.record)
    missed, used = [], []
    for rec in records[:8]:
        by_year: dict[tuple, dict[str, Cell]] = {}
        for c in rec.cells:
            kind = cell_kind(c)
            if kind in ("目標", "実績") and c.number is not None and (c.fiscal_year or c.fiscal_year_range):
                # (a row per indicator, its target and actual in columns: each row is a pair of its own)
                key = (c.fiscal_year, c.fiscal_year_range, c.row if cell_kind_from(c.row) is None else "")
                by_year.setdefault(key, {})[kind] = c
        for key, pair in by_year.items():
            if "目標" in pair and "実績" in pair and (not intent.years or _cell_years(pair["実績"]) & intent.years):
                used.extend([(rec, pair["目標"]), (rec, pair["実績"])])
                target, actual = float(pair["目標"].number), float(pair["実績"].number)
                if actual < target * least / 100:
                    achieved = actual / target * 100 if target else None
                    missed.append((rec, pair["目標"], pair["実績"], key[2], achieved))
    if not used:
        return None
    shortfall = f"達成率が{format_number(least)}%に届かなかった" if bar else "目標値を下回った"
    if not missed:
        statement = ("比較できる年度では、いずれの指標も" +
                     (f"達成率が{format_number(least)}%以上です。" if bar else "実績値が目標値を下回っていません。"))
    else:
        items = []
        for rec, t, a, row, achieved in missed:
            rate = f"、達成率{decimal_text(achieved, 1)}%" if bar and achieved is not None else ""
            items.append(f"{rec.title.strip()}{'の' + row.strip() if row else ''}（{period_text(t)}: 目標値{value_text(t)}に対し"
                         f"実績値{value_text(a)}、{format_number(float(t.number) - float(a.number))}{t.unit or ''}不足{rate}）")
        statement = f"{shortfall}のは、" + "、".join(items) + "です。"
    return Found(statement, used[:12], computed=True)


# A sum compared with the cumulative target (「5年間の累計目標と比べてどうか」「累計目標を超えて」).
_CUMULATIVE_COMPARED = re.compile(r"累計(?:の)?目標|目標.{0,6}累計")


def _cumulative_target(rec: TableRecord, years: set[int]) -> Cell | None:
    """The record's target cell for a span that holds every given year ((累計) 平成29～令和3年度)."""
    for cell in rec.cells:
        span = cell.fiscal_year_range
        if span and cell.number is not None and cell_kind(cell) == "目標" and years and \
                span[0] <= min(years) and max(years) <= span[1]:
            return cell
    return None


def _span_text(cell: Cell) -> str:
    """「平成29～令和3年度」: the years a cumulative cell covers, in the documents' calendar."""
    a, b = cell.fiscal_year_range
    return f"{era_text(a, '')}～{era_text(b, '年度')}"


def _against_cumulative_target(found: Found, rec: TableRecord, parts: list[_Scored], *, rate: bool = False) -> Found:
    """A sum of actuals, said against the cumulative target of its span when the table has one
    (with `rate`, also as a share of it: 「累計目標に対して何％」)."""
    if any(cell_kind(s.cell) != "実績" for s in parts):
        return found
    target = _cumulative_target(rec, {s.cell.fiscal_year for s in parts if s.cell.fiscal_year})
    if target is None:
        return found
    numbers, unit = _numbers(*(s.cell for s in parts), target)
    total, goal = math.fsum(numbers[:-1]), numbers[-1]
    d = total - goal
    verdict = (f"累計の目標値{value_text(target)}（{_span_text(target)}）を{amount_text(abs(d), unit)}"
               f"{'上回って' if d > 0 else '下回って'}います" if d else f"累計の目標値{value_text(target)}と同じです")
    if rate and goal:
        verdict += f"。累計の目標値に対する割合は{percent_text(total / goal, amount_text(total, unit), value_text(target))}"
    return Found(f"{found.statement}{verdict}。", found.cells + [(rec, target)], computed=True)


def _cumulative_remaining(intent: Intent, rec: TableRecord, same: list[_Scored]) -> Found | None:
    """「累計目標まであと何人」 up to a year: the cumulative target minus every actual up to it."""
    last = max(intent.years)
    # (every actual of the table, whatever the scoring thought of each)
    top = same[0]
    actuals = _one_per_slot([_Scored(rec, c, top.topic, top.score) for c in rec.cells if cell_kind(c) == "実績"
                             and c.fiscal_year and c.fiscal_year <= last and c.number is not None and not is_dash(c.value)])
    if len(actuals) < 2:
        return None
    actuals.sort(key=lambda s: s.cell.fiscal_year)
    target = _cumulative_target(rec, {s.cell.fiscal_year for s in actuals})
    if target is None:
        return None
    numbers, unit = _numbers(*(s.cell for s in actuals), target)
    total, goal = math.fsum(numbers[:-1]), numbers[-1]
    rest = goal - total
    gap = f"累計の目標まであと{_gap_text(rest, unit)}です" if rest > 0 else "実績の合計は既に累計の目標に達しています"
    statement = (f"{_subject(rec, target)}の累計の目標値は{value_text(target)}（{_span_text(target)}）、"
                 f"{period_text(actuals[0].cell)}から{period_text(actuals[-1].cell)}までの実績の合計は"
                 f"{amount_text(total, unit)}で、{gap}（計算: {value_text(target)} − ({_sum_terms(actuals)}) = "
                 f"{amount_text(rest, unit)}）。")
    return Found(statement, [(rec, target)] + [(s.record, s.cell) for s in actuals], computed=True)


def _until_in_period(intent: Intent, row: list[_Scored]) -> Found | None:
    """A sum or an achievement rate over the named period's years up to the asked one: the
    period's own cell (第２期目標（令和５～９年度）) says when it starts; the single years of the row
    from then on are added (令和５年度 21 + 令和６年度 27), and for a rate divided by that target."""
    period = next((s for s in row if s.cell.fiscal_year_range and s.cell.number is not None
                   and _periods(f"{s.cell.column_group or ''} {s.cell.row_group or ''} {s.cell.column or ''} {s.cell.row}")
                   & intent.periods), None)
    if period is None:
        return None
    start, last = period.cell.fiscal_year_range[0], max(intent.years)
    parts = _one_per_slot([s for s in row if s.cell.fiscal_year is not None and start <= s.cell.fiscal_year <= last
                           and s.cell.number is not None and cell_kind(s.cell) not in ("目標", "進捗", "寄与", "見込")])
    parts.sort(key=lambda s: s.cell.fiscal_year)
    numbers, unit = _numbers(*(s.cell for s in parts))
    total = math.fsum(numbers)
    years = "から".join(dict.fromkeys(period_text(s.cell) for s in (parts[0], parts[-1])))
    terms = _sum_terms(parts)
    subject = _subject(period.record, period.cell)
    if intent.op == "sum":
        if len(parts) < 2:
            return None
        statement = f"{subject}の{years}までの合計は{amount_text(total, unit)}です（計算: {terms} = {amount_text(total, unit)}）。"
        return Found(statement, [(s.record, s.cell) for s in parts], computed=True)
    if cell_kind(period.cell) != "目標" or not period.cell.number:
        return None
    target, _ = _numbers(period.cell)
    statement = (f"{subject}の{period_text(period.cell)}の目標値{value_text(period.cell)}に対し、"
                 f"{years}までの実績の合計は{amount_text(total, unit)}で、達成率は"
                 f"{percent_text(total / target[0], f'({terms})', value_text(period.cell))}。")
    return Found(statement, [(s.record, s.cell) for s in (*parts, period)], computed=True)


# A label of a cap (上限額（千円）, 補助限度額).
CAP_LABEL = re.compile(r"上限|限度")
# 「…をすべて上限額まで使った場合」「…の両方を上限まで使った場合」: the caps of several rows added.
CAPS_USED = re.compile(r"(?:(?P<all>すべて|全て|全部)|両方|いずれも|どれも)[^、。]{0,6}?上限(?:額)?(?:まで|いっぱい)")
# 「専門家への謝金と試験・評価費の両方」: two rows named in the asker's words.
_PAIR = re.compile(r"([^\s、。,]{2,}?)と([^\s、。,]{2,}?)の(?:両方|いずれも|２つ|二つ)")


def _rows_of_pair(question: str, cells: list[_Scored]) -> list[_Scored]:
    """The two rows a question names as a pair (「専門家への謝金と試験・評価費の両方」), each the one
    row whose label holds every bigram of the words of its item (専門家謝金, 試験・評価費), or []."""
    m = _PAIR.search(squash(_nfkc(question)))
    if m is None:
        return []
    picked: list[_Scored] = []
    for item in m.groups():
        grams = _word_grams(item)
        rows = {s.cell.row for s in cells if grams and grams <= _bigrams(squash(s.cell.row))}
        if len(rows) != 1:
            return []
        picked.append(next(s for s in cells if s.cell.row in rows))
    return picked if picked[0].cell.row != picked[1].cell.row else []


# Things done together in one case (「フォーラムと個別商談会に参加する場合」「AとBを両方使うと」), not
# each priced apart (「それぞれいくら」).
_TOGETHER = re.compile(r"場合|両方|一緒に|ともに|併せて|(?:する|使う|申し込む|受ける)と")
_EACH_APART = re.compile(r"それぞれ|各々|別々|ごと|どちら|違い|差")


def _done_together(asked: str, records: list[TableRecord], lead_docs: set[str] | None) -> bool:
    """Whether the question asks the price of two things of one price table done together: two of
    its column (or row) labels joined by と or や in the question (「フォーラムと個別商談会に１人で参加
    する場合、参加費はいくら」), in a case, not each apart."""
    if not _TOGETHER.search(asked) or _EACH_APART.search(asked):
        return False
    said = squash(_nfkc(asked))
    for rec in records:
        if rec.kind != "table" or (lead_docs is not None and rec.doc_id not in lead_docs):
            continue
        if not any((c.unit or "") in MONEY_UNITS for c in rec.cells):
            continue
        for axis in ([c for c in rec.columns if c], list(rec.rows)):
            cores = [core for core in dict.fromkeys(_column_core(x) for x in axis) if len(core) >= 2 and not total_label(core)]
            if any(f"{a}{joint}{b}" in said for a in cores for b in cores if a != b for joint in ("と", "や")):
                return True
    return False


# 「リコールを経験した企業」「輸出している企業」: a clause on the body counted, which a table labels
# by its nouns run together (リコール経験企業, 輸出企業).
_CLAUSE_ON_BODY = re.compile(r"(?:([\u30a1-\u30fa\u30fc\u4e00-\u9fff]{2,8})を)?([\u4e00-\u9fff]{2,4})"
                             r"(?:した|している|していた|してきた)(企業|事業者|会社|団体|者|人)")


# (or on what the body has: 「海外と取引のある会社」 -> 海外取引企業)
_CLAUSE_OF_HAVING = re.compile(r"(?:([\u30a1-\u30fa\u30fc\u4e00-\u9fff]{2,8})と)?([\u4e00-\u9fff]{2,4})"
                               r"(?:の|が)ある(企業|事業者|会社|団体|者|人)")
# The words for a body counted that a label may write for the question's (会社 of 海外取引企業).
_BODY_WORDS = {"会社": ("会社", "企業"), "企業": ("企業", "会社"), "事業者": ("事業者", "企業")}


def _clauses_as_labels(asked: str, labels: Sequence[str]) -> str:
    """`asked` with each clause on a body counted written as one of `labels` writes it
    (「輸出している企業のうち、リコールを経験した企業の割合」 -> 「輸出企業のうち、リコール経験企業の割合」
    of the columns 輸出企業数 and リコール経験企業; 「海外と取引のある会社」 -> 海外取引企業); a clause
    no label writes stays as it is."""
    def joined(m: re.Match[str]) -> str:
        *stem, body = m.groups()
        runs = ["".join(g for g in stem if g) + word for word in _BODY_WORDS.get(body, (body,))]
        return next((run for run in runs if any(run in label for label in labels)), m.group(0))

    return _CLAUSE_OF_HAVING.sub(joined, _CLAUSE_ON_BODY.sub(joined, asked))


def _label_nouns(label: str) -> list[str]:
    """The nouns of a label but the firms it counts (社内規程, 整備 of 社内規程を整備した企業)."""
    return [w for w in re.findall(r"[\u30a1-\u30fa\u30fc\u4e00-\u9fff]{2,}", label) if w not in _FIRMS]


def _whole_column_named(share: _Scored, asked: str) -> bool:
    """Whether `asked` names as its whole (「輸出事業者全体の」「回答企業数の合計に占める」) a column of
    the printed share's table other than the share's own: a count that column totals."""
    said = squash(_nfkc(asked))
    # (a share is of the column printed just before it, 助成額（万円） | 構成比（％）: that column named as
    # the whole is the printed share's own)
    columns = list(share.record.columns)
    at = columns.index(share.cell.column) if share.cell.column in columns else -1
    own = columns[at - 1] if at > 0 else None
    for column in dict.fromkeys(c.column for c in share.record.cells if c.column and c.column not in (share.cell.column, own)
                                and c.row == share.cell.row and c.number is not None and (c.unit or "") not in ("%", "％")):
        core = _column_core(column)
        for name in {core, core.removesuffix("数")}:
            if len(name) >= 3 and re.search(re.escape(name) + r"(?:数)?(?:全体|の合計|の総数|合計)", said):
                return True
    return False


def _column_core(column: str) -> str:
    """A column label without its year, unit and note mark: 令和６年度決算額 -> 決算額, 申請件数（件） ->
    申請件数, 助成額等※２ -> 助成額等."""
    core = re.sub(r"[（(][^）)]*[）)]$|※[0-9]*$", "", squash(_nfkc(column)))
    for y in sorted(find_years(core), key=lambda y: -y.start):
        core = core[:y.start] + core[y.end:]
    return core


def _column_asked(intent: Intent, cell: Cell) -> bool:
    """Whether the question names the cell's column: by its words (縮小する), by its kind (目標値 of
    「目指していた」), or by its year (a column per year)."""
    core = _column_core(cell.column or "")
    return bool((len(core) >= 2 and core in squash(intent.text)) or (intent.kinds and cell_kind(cell) in intent.kinds)
                or (intent.years and cell.fiscal_year in intent.years and _is_period_label(cell.column or "")))


_WHOLE = re.compile(r"全体|全部|すべて|全て|合計|総計")


def _total_if_tied(intent: Intent, scored: list[_Scored]) -> _Scored:
    """The best cell, or its column's cell in the table's total row when the question tells no row
    apart (two or more other rows of the column as near to it) and names its whole by the table's
    own words (「これまでに成立した案件のうち、業務提携は…割合」 of a table titled 相手国・地域別の成立
    件数 asks the share in its 合計 row; 「回答した食品関係の会社のうち」 names a row, 食料品, in words
    the labels do not write)."""
    best = scored[0]
    whole = _WHOLE_THEN_PART.search(intent.text.rpartition("について、")[2])
    if is_total(best.cell) or whole is None:
        return best
    labels = squash(" ".join((best.record.title, *(c.column or "" for c in best.record.cells))))
    words = re.findall(r"[\u30a0-\u30ff\u4e00-\u9fff]{2,}", _nfkc(whole.group("whole")))
    if not all(w in _FIRMS or re.fullmatch(_COUNTED_CASE, w) or _in_parts(w, labels) for w in words):
        return best
    tied = [x for x in scored[:40] if x.record is best.record and x.cell.column == best.cell.column
            and x.cell.row != best.cell.row and abs(x.topic - best.topic) < 1e-9 and not is_total(x.cell)]
    total = next((x for x in scored if x.record is best.record and is_total(x.cell)
                  and x.cell.column == best.cell.column and abs(x.topic - best.topic) < 1e-9), None)
    return total if len(tied) >= 2 and total is not None else best


def _share_row(intent: Intent, best: _Scored) -> list[_Scored]:
    """The cells of the best cell's row; of the table's total row when the question asks of the
    whole (「主な事業全体で、…執行率は」)."""
    rec = best.record
    row = best.cell.row
    if _WHOLE.search(intent.text.rpartition("について、")[2]):
        # (the total row, not the first row's cell in a total column: 「米国向けは全体の何％」 of a
        # table by item with a 計 column on the right is the 合計 row's 米国 over its 計)
        row = next((c.row for c in rec.cells if total_label(c.row)), row)
    return [_Scored(rec, c, best.topic, best.score) for c in rec.cells if c.row == row]


def _row_core(row: str) -> str:
    """A row label without the unit in its brackets (not a qualifier: 「（前期）」 stays) and a
    leading 「うち」."""
    core = squash(row)
    unit = _BRACKET_ADDED.search(core)
    if unit and unit_from_label(unit.group(0)):
        core = core[:unit.start()]
    return re.sub(r"^うち", "", core)


# 「どれ」「どの指標」: rows are asked for, by what a column marks them with
_WHICH_ROWS = re.compile(r"どれ|(?<![なほ])どの|何が|どんな|いずれ")
_NOT_MARKED = re.compile(r"ならない|ならず|対象外|できない|不可|認められない|含まれない|含まない")
_YES_NO_MARKS = frozenset("○◯×△")  # (◎ and ● grade, as Ａ and Ｂ do: not yes or no)


def _rows_marked(intent: Intent, scored: list[_Scored]) -> Found | None:
    """The rows a column marks with what the question asks (a check-mark table: 「報奨旅行の場合に、
    対象にならない経費はどれ」 are the rows with × under 報奨旅行; a grade: 「Ａ評価になったのはどの
    指標」 are the rows with Ａ under 評価), or None. The column must be named, and hold marks or
    grades only."""
    asked = squash(intent.text.rpartition("について、")[2])
    if not _WHICH_ROWS.search(asked):
        return None
    seen: set[int] = set()
    for x in scored[:40]:
        rec = x.record
        if id(rec) in seen:
            continue
        seen.add(id(rec))
        for column in rec.columns:
            core = _column_core(column or "")
            cells = [c for c in rec.cells if c.column == column and not total_label(c.row)]
            values = {squash(c.value) for c in cells}
            if len(core) < 2 or len(cells) < 2 or "" in values:
                continue
            if values <= _YES_NO_MARKS:
                if core not in asked:
                    continue
                mark = "×" if _NOT_MARKED.search(asked) else "○"
            elif len(values) <= 5 and all(len(v) == 1 and not v.isdigit() for v in values):
                mark = next((v for v in sorted(values) if f"{v}{core}" in asked or re.search(
                    rf"{re.escape(core)}(?:が|は)?{re.escape(v)}(?![A-Za-z])", asked)), None)
                if mark is None:
                    continue
            else:
                continue
            rows = [c for c in cells if squash(c.value) == mark]
            if not rows:
                continue
            statement = f"{rec.title}で{column}が「{rows[0].value}」なのは、{'、'.join(c.row for c in rows)}です。"
            return Found(statement, [(rec, c) for c in rows], computed=True, score=x.score, topic=x.topic)
    return None


# A note's legend of a mark (「○印のサービスは、その登録区分で利用できるもの、－印は利用できないもの
# です」): the mark, then what it says, up to the next mark's legend or the sentence's end.
_LEGEND = re.compile(r"(?<![\u30a0-\u30ff\u4e00-\u9fffA-Za-z0-9])[「『]?(?P<mark>[○◯◎●△×✕－―\-])[」』]?(?:印|の印)?(?:の[^、。は]{1,12})?"
                     r"(?:は[、,]?|[:：])\s*"
                     r"(?P<says>[^。]+?)(?=[、,]\s*[「『]?[○◯◎●△×✕－―\-][」』]?(?:印|の印)?(?:の[^、。は]{1,12})?(?:は|[:：])|。|$)")


# The other order: what, then the mark it is given (「達成率が100％以上を「◎」、80％以上100％未満を「○」、
# 80％未満を「△」とした」).
_LEGEND_AFTER = re.compile(r"(?:^|[、,]|[はが]、?)\s*(?P<says>[^、,。「」]{2,30}?)(?:のもの)?を[「『](?P<mark>[○◯◎●△×✕－―\-])[」』]")
_LEGEND_VERB = re.compile(r"(?:です|である|とします|とする|とした|としました|を示します|を示す)$")


# What a legend says of a yes-or-no table: not available (利用できない, 対象にならない, 受け付けていない),
# or available (利用できる, 対象となる).
_LEGEND_NO = re.compile(_NOT_MARKED.pattern + r"|(?:でき|なら|され|付け|扱わ|行わ|使え|含ま)(?:ない|ません)|該当(?:が|し)?ない"
                        r"|(?:扱っ|付け|行っ)てい(?:ない|ません)")  # (「その言語では取り扱っていないもの」)
_LEGEND_YES = re.compile(r"できる|できます|対象とな|対象にな|可能|受け付けて|取り扱う|利用可")
_ONLY_FOR = re.compile(r"に限り|に限って|に限る|のみ(?:が|を|の)?(?:利用|対象|申請|申し?込)")


def _legends(notes: Iterable[Footnote]) -> dict[str, str]:
    """What each mark of a table means, as its notes say (「－印は利用できないもの」, 「80％以上100％未満
    を「○」」), by the mark's key (_mark_key)."""
    said: dict[str, str] = {}
    for f in notes:
        for key, says in _note_legend(f.text):
            said.setdefault(key, says)
    return said


@functools.lru_cache(maxsize=4096)
def _note_legend(note: str) -> tuple[tuple[str, str], ...]:
    """(mark key, what it says) of each legend one note gives, in both orders; read once per note
    (every yes-or-no question reads the notes of every table of its documents)."""
    # (a legend given for one column, 「「至急対応の加算」欄の「－」は…」, is that column's alone:
    # `_column_legends`)
    text = _COLUMN_LEGEND.sub("", _nfkc(note))
    said: list[tuple[str, str]] = []
    for m in _LEGEND.finditer(text):
        says = _LEGEND_VERB.sub("", m.group("says").strip())
        # (a bracket the note closes after its full stop: 「…もの（タイ便は常温の貨物のみを取り扱う。）」)
        says += ")" * max(0, says.count("(") - says.count(")"))
        said.append((_mark_key(m.group("mark")), says))
    said += [(_mark_key(m.group("mark")), m.group("says").strip()) for m in _LEGEND_AFTER.finditer(text)]
    return tuple(said)


# A legend given per column (「「至急対応の加算」欄の「－」は至急対応を受け付けないことを示します」): the
# column, the mark and what it says there.
_COLUMN_LEGEND = re.compile(r"「(?P<column>[^「」]{1,24})」欄の[「『]?(?P<mark>[○◯◎●△×✕－―\-])[」』]?は[、,]?\s*(?P<says>[^。、,]+?こと)")


@functools.lru_cache(maxsize=4096)
def _column_legends(note: str) -> tuple[tuple[str, str, str], ...]:
    """(column, mark key, what it says) of each legend a note gives for one column."""
    return tuple((squash(m.group("column")), _mark_key(m.group("mark")), m.group("says").strip())
                 for m in _COLUMN_LEGEND.finditer(_nfkc(note)))


def _legend_of(cell: Cell, notes: Iterable[Footnote], legend: dict[str, str]) -> str | None:
    """What a cell's mark says: by the legend its column's own note gives, else the table's."""
    column = squash(_nfkc(label_core(cell.column or "")))
    for f in notes:
        for col, key, says in _column_legends(f.text):
            if key == _mark_key(cell.value) and column and col in column:
                return says
    return legend.get(_mark_key(cell.value))


def _mark_key(mark: str) -> str:
    """A mark as a legend and a cell both write it (the dashes －, ―, - alike)."""
    return _nfkc(mark).strip().replace("―", "-").replace("－", "-")


# 「西暦で」「和暦に直すと」: the calendar a year is asked in.
_CALENDAR_ASKED = re.compile(r"(?:西暦|和暦)(?:で(?:は|いうと|言うと)?|に(?:直すと|すると|直して))、?")


def _counter_asked(asked: str) -> str | None:
    """The counter of the interrogative a question asks a figure with (何点 → 点, 「１年に何回まで」 → 回)."""
    return next((unit for word, unit in _COUNTERS if word.startswith("何") and word in asked), None)


def _dash_of_counter(intent: Intent, scored: list[_Scored]) -> Found | None:
    """The row the question names prints 「－」 in the column of the counter it asks a figure in
    (実施回数の上限（回） of 「１年に何回まで」), and the table's notes tell what the dash says
    (「「－」は上限を設けないことを示す」): that legend answers, not another column's figure of the row."""
    if not scored or scored[0].record.kind != "table":
        return None
    asked = _nfkc(intent.text.rpartition("について、")[2])
    counter = _counter_asked(asked)
    rec, row = scored[0].record, scored[0].cell.row
    if counter is None or not _names_row(squash(asked), row):
        return None
    of_counter = [c for c in rec.cells if c.row == row and (c.unit == counter or f"({counter})" in _nfkc(c.column or ""))]
    if len(of_counter) != 1 or not is_dash(of_counter[0].value):
        return None
    cell = of_counter[0]
    notes = tuple(f for f in rec.footnotes if _legend_of(cell, (f,), _legends((f,))))
    if not notes:
        return None
    statement = (f"{rec.title.strip()}の{row.strip()}の{(cell.column or '').strip()}は「{cell.value.strip()}」で、"
                 f"「{cell.value.strip()}」は{_legend_of(cell, notes, _legends(notes))}を示します。")
    return Found(statement, [(rec, cell)], computed=True, score=scored[0].score, topic=scored[0].topic, notes=notes)


def _dash_told(record: TableRecord) -> bool:
    """Whether a table prints a dash its notes tell the meaning of (「－」は、…利用できないことを示します)."""
    return (any(is_dash(c.value) for c in record.cells)
            and ("-" in _legends(record.footnotes)
                 or any(key == "-" for f in record.footnotes for _, key, _ in _column_legends(f.text))))


# 「「○」の評価が付いていますが、これはどういう意味ですか」: what a table's mark means is asked.
_MARK_MEANING = re.compile(r"[「『](?P<mark>[○◯◎●△×✕－―])[」』][^。？?]{0,30}?(?:意味|何を(?:示|表)|どういうこと|何のこと)")


def _mark_meant(question: str, records: list[TableRecord], lead_docs: set[str] | None) -> Found | None:
    """The meaning of the mark a question quotes, as the notes of a table that prints it say (the
    table of the row the question names, when several print it): the legend, the note cited."""
    m = _MARK_MEANING.search(_nfkc(question))
    if m is None:
        return None
    key, asked = _mark_key(m.group("mark")), squash(_nfkc(question))
    told = [(r, c) for r in records if r.kind == "table" and (lead_docs is None or r.doc_id in lead_docs)
            for c in r.cells if _mark_key(c.value) == key and _legend_of(c, r.footnotes, _legends(r.footnotes))]
    named = [(r, c) for r, c in told if _names_row(asked, c.row)]
    if not named and len({id(r) for r, _ in told}) != 1:
        return None  # (no table the question points at)
    rec, cell = (named or told)[0]
    notes = tuple(f for f in rec.footnotes if _legend_of(cell, (f,), _legends((f,))))
    where = f"{cell.row.strip()}の" if named else ""
    statement = f"{rec.title.strip()}の{where}「{cell.value.strip()}」は、{_legend_of(cell, notes, _legends(notes))}を示します。"
    return Found(statement, [(rec, cell)], computed=True, notes=notes)


def _mark_said(question: str, scored: list[_Scored]) -> Found | None:
    """A yes-or-no question of one row of a mark table (「短期渡航登録でも、家族向けの赴任前説明会は
    利用できますか」 of 家族向けの赴任前説明会 | ○ | －) whose note tells what each mark says: the row's
    marks, of the column the question names or of every column, each with its legend, the note cited.
    `scored` are the cells of the tables that hold marks."""
    asked = squash(_nfkc(question))
    for x in scored[:20]:
        rec = x.record
        notes = [f for f in rec.footnotes if _legends((f,)) or _column_legends(f.text)]
        if not notes:
            continue
        # (the row the question names, not the best cell's by score alone)
        rows = [r for r in rec.rows if _names_row(asked, r) and not total_label(r)]
        if not rows:
            # (or by one of the names its label joins with ・: 「会員名簿に…載せる」 of 会員名簿・会報への掲載料)
            rows = [r for r in rec.rows if not total_label(r) and any(len(n) >= 3 and n in asked for n in _label_names(r))]
        if not rows:
            # (or by one of the things its bracket lists: 「前処理剤を使って」 of 鮮度保持処理（前処理剤・湿式輸送）)
            rows = [r for r in rec.rows if not total_label(r) and _bracket_item_said(r, asked)]
        # (or a column whose note lists what the question names: 「「その他の言語」は、ベトナム語、タイ語…」
        # of 「タイ語の会社案内」)
        columns = [c for c in rec.columns if c and (_names_row(asked, c) or _listed_in_gloss(rec, c, asked))]
        if not rows and not columns and _classes_not_of(asked):
            # (or, when the asker's class picks the column, the row whose label's words it writes most
            # of: 「大企業が、ブランドとの契約書を専門家に確認してもらいたい」 of 契約書の専門家確認（１回）)
            rows = _row_mostly_said(asked, rec.rows)
        if not rows and not columns and _rule_table(rec) and not any(is_mark(c.value) for c in rec.cells):
            # (or, in a table of rates, caps or fees whose dash a note tells, the row holding a dash
            # whose label's words the question writes most of: 「電波の認証試験」 of 電波（無線）認証試験;
            # a table counting uses is no rule of who may use)
            rows = [r for r in _row_mostly_said(asked, rec.rows) if any(c.row == r and is_dash(c.value) for c in rec.cells)]
        if not rows and columns:
            # (or, when it names a column, the row whose label's words it writes most of, that
            # column's name put aside: 「審議参加として…規格の案を裏付けるための試験や評価の費用も」 of
            # 規格原案を裏付ける試験・評価費, not 規格原案・審議資料の翻訳費)
            rows = _row_mostly_said(asked.replace(squash(label_core(columns[0])), "\u3000"), rec.rows)
        # (one service split into rows by quantity, 「商品情報の登録代行（10品目まで）」 and 「…（11品目目
        # から１品目）」, is named by its name: every one of its rows must say the same)
        if len(rows) != 1 and len({label_core(r) for r in rows}) != 1:
            return None
        picked = [_row_marks(rec, row, asked) for row in rows]
        cells = picked[0]
        if not cells or any([(c.column, _mark_key(c.value)) for c in other] != [(c.column, _mark_key(c.value)) for c in cells]
                            for other in picked[1:]):
            return None
        legend = _legends(notes)
        parts, told = [], []
        for c in cells:
            says = _legend_of(c, notes, legend)
            told.append(says or "")
            if not (is_mark(c.value) or is_dash(c.value)):
                parts.append(f"{c.column_group}の{c.column}は{c.value.strip()}" if c.column_group else f"{c.column}は{c.value.strip()}")
                continue
            part = f"は「{c.value.strip()}」" + (f"（{says}）" if says else "")
            group = [x for x in cells if c.column_group and x.column_group == c.column_group]
            leaves = [x for x in rec.cells if x.row == c.row and c.column_group and x.column_group == c.column_group]
            if len(group) >= 2 and len(group) == len(leaves) and all(x.value.strip() == c.value.strip() for x in group):
                # (the leaves of a column group all dashed alike are said once, of the group:
                # 「小型機械は「－」」, not of its 補助率 and then of its 上限額)
                if c is group[0]:
                    parts.append(f"{c.column_group}{part}")
            else:
                parts.append(f"{c.column_group}の{c.column}{part}" if c.column_group else f"{c.column}{part}")
        # (the answer first when every legend says it plainly: 「利用できないもの」 is no, 「利用できるもの」 yes;
        # a grade, 「80％以上100％未満」, says neither; a dash whose legend says the row is only for
        # others, 「「－」のメニューは、県内中小企業に限り利用できます」, says no of the dash's own column)
        no = [bool(_LEGEND_NO.search(t)) or (is_dash(c.value) and bool(_ONLY_FOR.search(t))) for c, t in zip(cells, told)]
        dashes = [_legend_of(c, notes, legend) or "" for c in rec.cells if c.row in rows and is_dash(c.value)]
        verdict = ("いいえ。" if all(no)
                   else "はい。" if all(_LEGEND_YES.search(t) and not n for t, n in zip(told, no))
                   # (figures where the row's dash says no: the asked column is not the dash's case)
                   or not any(is_mark(c.value) or is_dash(c.value) for c in cells)
                   and dashes and all(_LEGEND_NO.search(t) for t in dashes) else "")
        statement = f"{verdict}{rec.title.strip()}では、{'、'.join(r.strip() for r in rows)}の" + "、".join(parts) + "です。"
        return Found(statement, [(rec, c) for row_cells in picked for c in row_cells], computed=True, score=x.score,
                     topic=x.topic, notes=tuple(notes))
    return None


def _rule_table(rec: TableRecord) -> bool:
    """Whether a table's figures are rules (rates, caps, fees), by its title and column labels."""
    return bool(_RULE_LABEL.search(" ".join([rec.title, *{x for c in rec.cells for x in (c.column or "", c.column_group or "")}])))


def _row_marks(rec: TableRecord, row: str, asked: str) -> list[Cell]:
    """The cells of a mark table's row a yes-or-no question asks (`_mark_said`): the marks of the
    column it names, or of every column; in a table of figures, the one dash of the column the
    question names or its asker's class leaves; [] when the row gives no such answer."""
    # (the columns of marks: a table may give figures beside them, 利用件数)
    marking = {c.column for c in rec.cells if is_mark(c.value)}
    cells = [c for c in rec.cells if c.row == row and (c.column in marking or not marking)]
    # (a column named as the asker writes it, without its 等: 「日本人商工会議所」 of 商工会議所等)
    named = [c for c in cells if c.column and (_names_row(asked, c.column) or _listed_in_gloss(rec, c.column, asked))]
    if not marking and not named:
        # (or the column group it names: 「小型機械の…」 of 小型機械／補助率（％） and 小型機械／上限額（千円）)
        named = [c for c in cells if c.column_group and _names_row(asked, c.column_group)]
    if not marking:
        # a table of figures (fees by kind of user) and the dash its note tells: the dash of the
        # column the question names, or of the one column left when those of classes the asker
        # is not of are put aside (「県外の大企業」: no 県内中小企業, so その他の事業者)
        unlike = [label for _, label in _classes_not_of(asked)]
        own = [c for c in cells if c.column and not any(label.search(squash(c.column)) for label in unlike)]
        named = named or (own if unlike and len(own) == 1 else [])
        if not named:
            # (or the one dash of the row whose column a word of the question names: 「至急で」 of
            # 至急対応の加算（円）)
            # (not a leaf every column group has, 補助率（％） of 小型機械 and of ドローン: its word
            # picks no group)
            named = [c for c in cells if is_dash(c.value) and c.column
                     and _word_grams(label_core(c.column)) & _bigrams(asked)
                     and not any(x.column == c.column and x.column_group != c.column_group for x in cells)]
        if (not named and not unlike and _rule_table(rec)
                and any(is_dash(c.value) for c in cells) and not all(is_dash(c.value) for c in cells)):
            # (no column is the asker's, by name or class: the whole row, its dashes told and its
            # figures given: 「電波（無線）認証試験」 is 「－」 for 小型機械, 60 and 800 for ドローン)
            return cells
        if named and not any(is_dash(c.value) for c in named) and any(is_dash(c.value) for c in cells):
            return named  # (the figures of the column it names, beside a dash of another: not the dash's case)
        cells = named if named and all(is_dash(c.value) for c in named) else []
    if not cells or not all(is_mark(c.value) or is_dash(c.value) for c in cells):
        return []
    return named if len(named) == 1 else cells


# A quantity the question gives (「500人くらいの会議」) and a row label that bounds one
# (「300人以上1,000人未満」, 「1,000人以上」, 「50人未満」).
# (a span of years given, 「４年かけて返す」, is no calendar year: not 2024年, 令和６年, nor ６年度)
_GIVEN_QUANTITY = re.compile(r"(?<![0-9,.])([0-9][0-9,]*)\s*(人|社|件|名|回|日前|日|泊|時間|万円|千円|円|か国|か月|ヶ月)"
                             r"|(?<![0-9,.和成])([0-9]{1,2})\s*(年)(?!度|[0-9])")
_BOUNDS = re.compile(r"^(?:(?P<lo>[0-9][0-9,]*)(?P<lo_unit>[^0-9以]{0,3})(?P<lo_kind>以上|超))?"
                     r"(?:(?P<hi>[0-9][0-9,]*)(?P<hi_unit>[^0-9未以]{0,3})(?P<hi_kind>未満|以下|以内))?$")
# 「１か国のみ」: exactly one
_EXACTLY = re.compile(r"^(?P<n>[0-9][0-9,]*)(?P<unit>[^0-9]{1,3}?)(?:のみ|だけ)$")


def _bounds(label: str) -> tuple[float, float, bool, bool, str] | None:
    """(low, high, low included, high included, unit) of a row label that bounds a quantity."""
    exactly = _EXACTLY.match(squash(label))
    if exactly:
        n = float(exactly.group("n").replace(",", ""))
        return n, n, True, True, exactly.group("unit")
    m = _BOUNDS.match(squash(label))
    if not m or not (m.group("lo") or m.group("hi")):
        return None
    lo = float(m.group("lo").replace(",", "")) if m.group("lo") else float("-inf")
    hi = float(m.group("hi").replace(",", "")) if m.group("hi") else float("inf")
    return (lo, hi, m.group("lo_kind") != "超", m.group("hi_kind") in ("以下", "以内"),
            m.group("lo_unit") or m.group("hi_unit") or "")


# A band written inside a longer label (「参加人数が20人以上40人未満の合宿」, 「従業員５人以下の事業者」)
_BAND_COUNTERS = r"(?:人|社|件|名|回|日|泊|時間|万円|千円|円|か国|か月|ヶ月|年)"
_BAND_IN_LABEL = re.compile(rf"[0-9][0-9,]*{_BAND_COUNTERS}(?:以上|超)(?:[0-9][0-9,]*{_BAND_COUNTERS}(?:未満|以下|以内))?"
                            rf"|[0-9][0-9,]*{_BAND_COUNTERS}(?:未満|以下|以内)")


# A band of time before an event (「利用日の７日前から２日前まで」「８日前まで」), in days before it.
_DAYS_BEFORE_BAND = re.compile(r"(?P<far>[0-9]+)日前から(?P<near>[0-9]+)日前まで|(?P<edge>[0-9]+)日前まで|(?P<late>[0-9]+)日前以降")


def band_in_label(label: str) -> tuple[str, tuple[float, float, bool, bool, str]] | None:
    """The band a label bounds a quantity by, wherever in it (「参加人数が20人以上40人未満の合宿」), as
    (the label with the band left out, its bounds); None when it holds none."""
    flat = squash(_nfkc(label))
    before = _DAYS_BEFORE_BAND.search(flat)
    if before:
        # (days before: ７日前から２日前まで holds 2 to 7, ８日前まで 8 or more, 59日前以降 59 or fewer)
        band = ((float(before["near"]), float(before["far"]), True, True, "日前") if before["far"]
                else (float("-inf"), float(before["late"]), False, True, "日前") if before["late"]
                else (float(before["edge"]), float("inf"), True, False, "日前"))
        return flat[:before.start()] + "〇" + flat[before.end():], band
    m = _BAND_IN_LABEL.search(flat)
    band = _bounds(m.group(0)) if m else None
    return None if band is None else (flat[:m.start()] + "〇" + flat[m.end():], band)


def band_holds(band: tuple[float, float, bool, bool, str], given: Iterable[tuple[str, str]]) -> bool:
    """Whether a quantity the question gives (number, counter) lies within the band."""
    lo, hi, lo_in, hi_in, unit = band
    for number, counter in given:
        n = float(number.replace(",", ""))
        if (not unit or unit == counter) and (lo < n or lo_in and lo == n) and (n < hi or hi_in and hi == n):
            return True
    return False


def quantities_given(text: str) -> list[tuple[str, str]]:
    """(number, counter) of each quantity the question gives of its own case (「25人の合宿」)."""
    return _quantities_given(_nfkc(text))


def _quantities_given(text: str) -> list[tuple[str, str]]:
    """(number, unit) of each quantity `text` gives."""
    return [(m.group(1) or m.group(3), m.group(2) or m.group(4)) for m in _GIVEN_QUANTITY.finditer(text)]


def _tightness(lo: float, hi: float) -> tuple[int, float]:
    """How narrow a band is, to order bands that hold the same quantity: a closed band by its width,
    an open one by its bound (２時間以内 is tighter than ４時間以内, 20人以上 than 10人以上)."""
    if lo != float("-inf") and hi != float("inf"):
        return 0, hi - lo
    return (1, hi) if lo == float("-inf") else (1, -lo)


def _within_bounds(intent: Intent, scored: list[_Scored]) -> list[_Scored]:
    """A quantity the question gives picks the row whose label bounds it (500人 → 300人以上1,000人未満)
    in the best table, and of that row the column group the question names (国際会議) comes first."""
    carried, _, asked = intent.text.rpartition("について、")
    # (what is asked now gives the quantity: 「１か国だけ…について、それを３か国に」 asks of three)
    given = _quantities_given(asked) or _quantities_given(carried)
    if not given or not scored:
        return scored
    rec = scored[0].record

    def holding(labels) -> set[str]:
        bounded = {label: b for label in labels if label and (b := _bounds(label)) is not None}
        if len(bounded) < 2:
            return set()
        inside = set()
        for number, unit in given:
            n = float(number.replace(",", ""))
            holds = {label for label, (lo, hi, lo_in, hi_in, u) in bounded.items() if (not u or u == unit)
                     and (lo < n or lo_in and lo == n) and (n < hi or hi_in and hi == n)}
            # (tiers up to a bound, ２時間以内 and ４時間以内: a quantity is in the tightest that holds it)
            tightest = min((_tightness(*bounded[x][:2]) for x in holds), default=None)
            inside |= {x for x in holds if _tightness(*bounded[x][:2]) == tightest}
        return inside if len(inside) == 1 else set()

    inside = holding(rec.rows)
    if inside:
        squashed = squash(intent.text)
        rows = [x for x in scored if x.record is rec and x.cell.row in inside]
        rows.sort(key=lambda x: not (x.cell.column_group and squash(x.cell.column_group) in squashed))
        return rows + [x for x in scored if x.record is not rec]
    # bands as columns (権利の種類 | １か国のみ | ２か国以上): the column that holds the quantity
    inside = holding(rec.columns)
    if inside:
        return [x for x in scored if x.record is rec and x.cell.column in inside] + [
            x for x in scored if not (x.record is rec and x.cell.column in inside)]
    return scored


# Those a question asks of by what they do not do (「輸出していない会社」「まだ決まっていない企業」; not
# 「商社経由でしか輸出していない」, which do), and labels of such a class (未定, 輸出していない企業, 非会員).
_NOT_DOING = re.compile(r"(?:てい|でい)(?:ない|ません)(?:会社|企業|事業者|事業所|者|農家|人|団体|メーカー|方)")
_NEGATED_LABEL = re.compile(r"ない|未|非|無(?!料|償)|なし")


def _asks_of_not_doing(asked: str) -> bool:
    """Whether a question asks of those who do not do something (`_NOT_DOING`), not of those who do
    it only one way (「商社経由でしか輸出していない会社」)."""
    text = _nfkc(asked)
    return any("しか" not in text[max(0, m.start() - 12):m.start()] for m in _NOT_DOING.finditer(text))


def _negated_labels(scored: _Scored) -> bool:
    """Whether a cell's labels (or its table's title) name a class by what it does not do."""
    cell = scored.cell
    return any(_NEGATED_LABEL.search(_nfkc(x or "")) for x in (cell.row, cell.column, cell.column_group, scored.record.title))


# A class of a quantity the question asks of (「従業員５人以下の」「100人以上の企業に限ると」).
_BAND_ASKED = re.compile(r"(?<![0-9,.])[0-9][0-9,]*\s*(?:人|社|件|名|回|日|泊|時間|万円|千円|円|か国|か月|ヶ月)(?:以下|未満|以内|以上|超)")


def _band_not_printed(intent: Intent, scored: list[_Scored]) -> Found | None:
    """The class a question asks of (「５人以下」) lies inside one of the classes a table of figures
    counts by (20人以下 | 21人以上50人以下 | …) and is none of them: the figure of the wider class is
    not the asked class's, so it is not in the documents. (A table of rules, fees by 50人未満, holds
    for every narrower class: not this.) Said with the classes the table does hold."""
    if not scored or scored[0].record.kind != "table" or _rule_table(scored[0].record):
        return None
    rec = scored[0].record
    asked = [(m.group(0), b) for m in _BAND_ASKED.finditer(_nfkc(intent.text.rpartition("について、")[2]))
             if (b := _bounds(m.group(0)))]
    bands = {row: b for row in rec.rows if (b := _bounds(row)) is not None}
    if len(asked) != 1 or len(bands) < 2:
        return None
    said, (lo, hi, lo_in, hi_in, unit) = asked[0]
    same = [b for b in bands.values() if b[4] == unit]
    if not same or any(b[:4] == (lo, hi, lo_in, hi_in) for b in same):
        return None
    wider = [row for row, b in bands.items() if b[4] == unit and b[0] <= lo and hi <= b[1]]
    if len(wider) != 1:
        return None  # (a class spanning several, or none: not this reading)
    best = next((s for s in scored if s.record is rec and s.cell.row == wider[0]), scored[0])
    statement = (f"「{rec.title.strip()}」の表には、{said}の区分の値は記載されていません。記載があるのは{'、'.join(r.strip() for r in bands)}の区分です。")
    return Found(statement, [(rec, best.cell)], score=best.score, topic=best.topic, refused=True)


# 「いくつの市」: the noun counted, and the units that count something else.
_COUNTED_NOUN = re.compile(r"いくつの([\u4e00-\u9fff]{1,3})")
_COUNTED_UNITS = frozenset("社 人 名 件 回 円 千円 万円 百万円 億円 % ％".split())


def _bracket_item_said(row: str, asked: str) -> bool:
    """Whether `asked` (squashed) names one of the things a row's bracket lists (「前処理剤を使って」
    of 鮮度保持処理（前処理剤・湿式輸送）): the row covers it."""
    return any(len(p) >= 3 and p in asked for b in re.findall(r"[(（]([^()（）]+)[)）]", squash(row))
               for p in re.split(r"[・、,]", b))


def _pinned(cell: Cell, asked: str) -> bool:
    """Whether a question names both a cell's row and its column (「ドイツに派遣された高校生」). A row
    is named whole or mostly (「輸出用のボトルやラベル」 of 輸出用ボトル・ラベルの制作), or by a
    quantity its band holds (「物品価額が1,200万円の出品物の場合、通関立会いの手数料は」 names the row
    1,000万円以上); a column with or without its bracketed detail (通関立会い（１回）)."""
    # (a column's bracketed detail, 通関立会い（１回）, is no part of its name)
    row, column = squash(cell.row), _column_core(cell.column or "")
    bare = re.sub(r"\([^()]*\)", "", column)
    # (or the class a column of one measure is of: 「シクラメンの鉢物」 names 鉢物の上限額（千円）, whose
    # 「－」 says the class has no such cost, whatever the measure)
    of_class = bare.rpartition("の")[0]
    if not (len(column) >= 2 and column in asked or len(bare) >= 2 and bare in asked
            or len(of_class) >= 2 and of_class in asked):
        return False
    band = _bounds(cell.row)
    return (len(row) >= 2 and (row in asked or bool(_row_mostly_said(asked, [cell.row])))
            or _bracket_item_said(row, asked)
            or band is not None and band_holds(band, _quantities_given(asked)))


def _whole_of_part(rec: TableRecord, row: str) -> str | None:
    """The row that a 「うち…」 row is part of: the nearest row above it not itself a part
    (「輸出額（億円）」 for 「うちアジア向け（億円）」), or None."""
    if not squash(row).startswith("うち"):
        return None
    # (of the same unit: not the 「前年度比（％）」 row printed between them)
    unit = {c.unit for c in rec.cells if c.row == row}
    above = rec.rows[: rec.rows.index(row)] if row in rec.rows else []
    return next((r for r in reversed(above) if not squash(r).startswith("うち")
                 and {c.unit for c in rec.cells if c.row == r} == unit), None)


# (and 新た of 「新たに」: when something is done, newly, not which thing: no label writes it)
FORMAL_NOUNS = r"うち|ほか|ため|こと|もの|ところ|関係|新た"
# The head noun of the whole a share is asked of: 「…雇っている従業員のうち」 -> 従業員, 「売上全体に
# 占める」 -> 売上.
_WHOLE_HEAD = re.compile(r"([\u30a0-\u30ff\u4e00-\u9fff]{2,}?)(?:全体)?(?:のうち|に占める)")


# 「県職員の受講者のうち、オンライン講座で受けた人の割合」: a whole, then the part asked of it.
_WHOLE_THEN_PART = re.compile(r"(?P<whole>[^、。？?]+?)のうち[、,]?(?P<part>[^。？?]+)")
# 「百貨店のバイヤーとの商談は、何％が成約につながりましたか」: the whole as the topic, the part after
# the share asked (「一般機械のメーカーでは、回答した会社の何％が」: the row as the topic, of the column
# the whole names).
_WHOLE_SHARE_PART = re.compile(r"(?P<whole>[^、。？?]+?)(?:は|では)[、,]?\s*(?:その|[^、。？?]{1,16}?の)?(?:何\s*[%％]|何割|どれ(?:くらい|ぐらい|だけ)の割合"
                               r"|(?<![なほ])どの(?:くらい|ぐらい|程度)の割合)が(?P<part>[^。？?]+)")
# 「検疫が必要な輸出をしている果実の回答者に限ると、…経験したのは何％」: the whole the share is
# taken of, then the part.
_WHOLE_LIMITED = re.compile(r"(?P<whole>[^、。？?]+?)(?:に限ると|に限れば|に限った場合|に絞ると|に絞れば)[、,]?(?P<part>[^。？?]+)")
# 「ベトナム向けの輸出検査では、不合格等になった割合は」: the whole as the topic, the part as what the
# share is of.
_WHOLE_PART_RATIO = re.compile(r"(?P<whole>[^、。？?]+?)(?:は|では)[、,]\s*(?P<part>[^、。？?]+?)の?(?:割合|比率)")

# 「対応を全て終えた」「手続が済んだ」「導入を完了した」: a deed done, as a column labels it (対応済み).
_DONE = re.compile(r"([\u4e00-\u9fff]{2,})[をが](?:全て|すべて|もう)?(?:終え|終わ|済ま|済ん|済ませ|完了し)")
# The の between two nouns (韓国の個人情報保護法), which a label writes without.
NOUN_NO_NOUN = re.compile(r"(?<=[\u4e00-\u9fff])の(?=[\u4e00-\u9fff])")


def _done_as_label(text: str) -> str:
    """A question's deed done written as a column labels it (「対応を全て終えた会社」 → 対応済み会社)."""
    return _DONE.sub(r"\1済み", text)


# A rate named by what it counts, 採択率 of 採択件数 (the kanji before 率); not a rate a rule sets
# (補助率, 負担率), which no count gives.
_COUNTED_RATE = re.compile(r"([\u4e00-\u9fff]{2,8}?)(?<!補助|助成|負担)率")


def _rate_printed(run: str, scored: list[_Scored]) -> bool:
    """Whether a label of the best cells prints the rate `run` names (採択率 of 「採択率（％）」)."""
    return any(f"{run[-2:]}率" in squash(f"{s.cell.row}{s.cell.column or ''}{s.cell.column_group or ''}") for s in scored[:40])


def _counted_rate(intent: Intent, rate: re.Match[str], scored: list[_Scored]) -> Found | None:
    """A rate the question names by what a count column counts (「2024年度の採択率は」 of 採択件数（件）)
    and no label prints: that count's share of the column in the same unit before it that holds it in
    every row (申請件数 ⊇ 採択件数, the funnel's whole), in the row the question pins."""
    run = rate.group(1)
    # (of the tables the question is nearest to)
    tables = list(dict.fromkeys(s.record for s in scored[:40] if s.record.kind == "table"))
    found = next(((rec, c) for rec in tables for c in rec.cells
                  if c.number is not None and not is_dash(c.value) and c.unit and c.unit not in MONEY_UNITS
                  and c.unit not in ("%", "％")
                  and (c.fiscal_year in intent.years if intent.years else _row_said(c.row, intent.text, shortest=2))
                  and len(subject := _MEASURE_TAIL.sub("", _column_core(c.column or ""))) >= 2 and run.endswith(subject)), None)
    if found is None:
        return None
    rec, cell = found
    whole = _funnel_whole(rec, [c for c in rec.cells if c.row == cell.row and c.number is not None
                                and not is_dash(c.value) and (c.unit or "") not in ("%", "％")], cell)
    return _share_found(rec, cell.row, cell, whole, rate.group(0)) if whole is not None and whole.number else None


def _funnel_whole(rec: TableRecord, cells: list[Cell], part: Cell) -> Cell | None:
    """Of a row's `cells`, the leftmost column in `part`'s unit that no row's part exceeds (受講者数
    ⊇ 修了者数 ⊇ 新規登録者数, a course's funnel; 申請件数 ⊇ 採択件数), when it stands before `part`."""
    whole = next((c for c in cells if c is not part and c.unit == part.unit and _column_holds(rec, c.column, part.column)), None)
    return whole if whole is not None and cells.index(whole) < cells.index(part) else None


def _share_found(rec: TableRecord, row: str, share: Cell, base: Cell, named: str = "") -> Found:
    """「<table>の<row>の<base>Nのうち、<share>はMで、[<named>は]約X%です（計算: …）」, computed."""
    statement = (f"{rec.title.strip()}の{row.strip()}の{label_core(_grouped_label(base))}{value_text(base)}のうち、"
                 f"{re.sub(r'^うち', '', label_core(_grouped_label(share)))}は{value_text(share)}で、"
                 + (f"{named}は" if named else "")
                 + percent_text(share.number / base.number, value_text(share), value_text(base)) + "。")
    return Found(statement, [(rec, share), (rec, base)], computed=True)


# What a share asked is of, named after the part: 「…のは回答企業の何％」「…は全体の割合」.
_BASE_OF_SHARE = re.compile(r"([^、。はがをの]{2,12})の(?:何[%％割]|割合|比率)")


def _row_part_share(intent: Intent, rec: TableRecord, glossary: Sequence[tuple[str, str]] = ()) -> Found | None:
    """A column's share of its row's total column, when the whole the question names before のうち
    (or as its topic, 「…では、…の割合」) is one row and the part after it one other column (「県職員の
    受講者のうち、オンライン講座で受けた人の割合」: オンライン講座 ÷ 計 of the 県職員 row)."""
    carried, _, asked = intent.text.rpartition("について、")
    # (a follow-up's 「そのうち個別相談は何％」 is of the whole the conversation named: 「菓子・パンについて、
    # そのうち…」 reads as 「菓子・パンのうち個別相談は…」)
    that = re.match(r"(?:その|この)うち[、,]?", asked)
    if that is not None and carried:
        asked = f"{carried}のうち{asked[that.end():]}"
    m = (_WHOLE_THEN_PART.search(asked) or _WHOLE_SHARE_PART.search(asked) or _WHOLE_PART_RATIO.search(asked)
         or _WHOLE_LIMITED.search(asked))
    if m is None or rec.kind != "table":
        return None
    whole, part = squash(m.group("whole")), _done_as_label(squash(m.group("part")))
    # (「韓国の個人情報保護法が当てはまる会社」 names the row 韓国個人情報保護法: the の the question puts
    # between two nouns is not the label's)
    plain = NOUN_NO_NOUN.sub("", whole)
    rows = list(dict.fromkeys(c.row for c in rec.cells if not total_label(c.row)
                              and (_names_row(whole, c.row) or _names_row(plain, c.row))))
    if len(rows) > 1:
        # (rows of one name told apart by their brackets, 化粧筆（天然毛） and 化粧筆（合成繊維）: the one whose
        # bracket the question says too, 「天然毛の化粧筆が主力の事業者」)
        said = [r for r in rows if (inner := re.search(r"[（(]([^（()）]{2,})[）)]", r)) and squash(inner.group(1)) in whole]
        rows = said if len(said) == 1 else rows
    if not rows:
        # (or the one row named by one of the names its label joins: 宿泊・観光業 of 「宿泊や観光の会社」)
        rows = list(dict.fromkeys(c.row for c in rec.cells if not total_label(c.row) and _names_joined(whole, c.row)))
    if not rows and len(intent.years) == 1:
        # (or, of a table with a row per year, the row of the year the question names in either era:
        # 「2024年度に交付を受けた事業者のうち」 of the row 令和６年度)
        rows = list(dict.fromkeys(c.row for c in rec.cells if c.fiscal_year in intent.years
                                  and {y.western for y in find_years(c.row)} == intent.years))
    if len(rows) == 1 and len(intent.years) == 1 and UP_TO_YEAR.search(_nfkc(asked)) and \
            {y.western for y in find_years(_nfkc(rows[0]))} == intent.years:
        # (「制度が始まってから令和６年度までの５年間で、申請のうち採択は何％」: every year up to the one
        # named, which the table's total row adds up when that year is its last, as a sum's is)
        held = {c.fiscal_year for c in rec.cells if c.fiscal_year and not c.fiscal_year_range}
        totals = list(dict.fromkeys(c.row for c in rec.cells if total_label(c.row)))
        rows = totals if len(held) >= 2 and max(held) in intent.years and len(totals) == 1 else []
    if len(rows) != 1:
        return None
    # (of counts and amounts: a share of a share, 「拡大する32.6%のうち縮小する8.7%」, is no share)
    cells = [c for c in rec.cells if c.row == rows[0] and c.number is not None and not is_dash(c.value)
             and (c.unit or "") not in ("%", "％")]
    totals = [c for c in cells if total_label(c.column or "")]
    # (a column named by what it counts: 修了 of 修了者数（人）, 「修了までたどり着いた」)
    # (or by most of its words: 「取引を続ける条件とされた」 of うち取引の条件とされた（社）)
    named = [c for c in cells if c not in totals and len(stem := _counted_stem(_grouped_label(c))) >= 2
             and (stem in part or len(_bigrams(stem)) >= 3 and len(_bigrams(stem) & _bigrams(part)) / len(_bigrams(stem)) >= 0.5)]
    if not named:
        # (a row's one 「うち…」 column is the part of a whole by the table's own layout: named by a
        # word of its label, 「実際に認定を受けられた」 of うち認定等取得（件）)
        parts = [c for c in cells if _part_column(c)]
        named = [c for c in parts if len(parts) == 1 and _bigrams(_counted_stem(c.column or "")) & _bigrams(part)]
    if not named:
        # (or by what the document defines its label to be: 「海外の個人データを扱っている会社」 of the
        # column 取扱企業（社）, 「取扱企業」とは、…海外個人データを取り扱っている企業をいい)
        named = _defined_column(cells, part, glossary)
    if len(named) > 1:
        # (「…とされた企業は」 names 企業数 too: the part is the 「うち…」 column; or, of 成約件数 and
        # 成約額 named by 成約, the one counted in the unit of a column before it, 商談件数)
        named = ([c for c in named if _part_column(c)]
                 or [c for c in named if any(o.unit == c.unit and o not in named for o in cells[:cells.index(c)])])
    if len(named) != 1:
        return None
    # (the whole named by its column too, 「検疫が必要な輸出をしている果実の回答者に限ると」 of 検疫が
    # 必要な輸出あり | 者数: of the columns it names, the narrowest, which the others hold)
    # (or after the part, as what it is a share of: 「直接輸出をしているのは回答企業の何％」 of 回答企業数,
    # not the 輸出企業 column before the 「うち直接輸出企業」 column)
    base = _BASE_OF_SHARE.search(part)
    bases = whole + (base.group(1) if base is not None else "")
    based = [c for c in cells if c is not named[0] and c not in totals and c.unit == named[0].unit
             and len(stem := _counted_stem(_grouped_label(c))) >= 2 and stem in bases]
    based = [c for c in based if all(_column_holds(rec, _grouped_label(o), _grouped_label(c), key=_grouped_label)
                                     for o in based if o is not c)]
    if len(based) == 1 and _column_holds(rec, _grouped_label(based[0]), _grouped_label(named[0]), key=_grouped_label):
        totals = based
    if not totals and _part_column(named[0]):
        # a 「うち…」 column is part of the column right before it in the same unit (取扱企業数 ⊇ うち
        # 対応済み, not 回答企業数 further left)
        totals = [c for c in reversed(cells[:cells.index(named[0])]) if c.unit == named[0].unit and not _part_column(c)
                  and _column_holds(rec, _grouped_label(c), _grouped_label(named[0]), key=_grouped_label)][:1]
    if not totals:
        # no total column: the funnel's whole, when the question names no other column as the part
        whole = _funnel_whole(rec, cells, named[0])
        if whole is None:
            return None
        totals = [whole]
    if len(totals) != 1 or named[0].unit != totals[0].unit or not totals[0].number:
        return None
    return _share_found(rec, rows[0], named[0], totals[0])


def _defined_column(cells: list[Cell], part: str, glossary: Sequence[tuple[str, str]]) -> list[Cell]:
    """Of a row's columns, the one whose label is a term the document defines by words that the
    part a question asks of says most of (at least `PART_DEFINITION_SHARE` of the definition's
    bigrams, and more than of any other column's), as a one-cell list; else []."""
    said = _bigrams(part)
    shares = []
    for c in cells:
        core = squash(label_core(c.column or ""))
        bodies = [body for body, term in glossary if squash(term) in (core, re.sub(r"^うち", "", core))]
        grams = [_bigrams(squash(body)) for body in bodies]
        shares.append(max((len(g & said) / len(g) for g in grams if g), default=0.0))
    best = max(shares, default=0.0)
    if best < PART_DEFINITION_SHARE or shares.count(best) != 1:
        return []
    return [cells[shares.index(best)]]


def _grouped_label(c: Cell) -> str:
    """A column's label with the group above it (令和６年度に不合格等あり | 者数（者）), which tells
    apart the columns a two-level header labels alike."""
    return f"{c.column_group}{c.column or ''}" if c.column_group and c.column_group != c.column else c.column or ""


def _names_joined(text: str, row: str) -> bool:
    """Whether `text` (squashed) writes one of the names a row's label joins with ・ (服飾 of
    アパレル・服飾, 宿泊 of 宿泊・観光業)."""
    return "・" in row and any(len(part) >= 2 and part in text for part in squash(label_core(row)).split("・"))


def _names_row(text: str, row: str) -> bool:
    """Whether `text` (squashed) writes a row's label (without its unit), or what a subtotal row
    adds up (欧州 of 欧州計)."""
    core, added = squash(label_core(row)), _subtotal_of(row)
    # (a label's 等 the asker leaves out: 「身元保証書の作成支援」 names 身元保証書等の作成支援)
    return len(core) >= 2 and (core in text or len(core) >= 4 and core.replace("等", "") in text
                               or bool(added) and added in text)


def row_said(question: str, row: str) -> bool:
    """Whether a question names a table row: its label whole (without its unit and 等), or most of
    its word bigrams (`_row_mostly_said`)."""
    asked = squash(_nfkc(question))
    return _names_row(asked, row) or bool(_row_mostly_said(asked, [row]))


def _row_and_column_said(intent: Intent, s: _Scored) -> bool:
    """Whether the question writes the cell's column whole and its row whole (or what a subtotal
    row adds up): 「成約金額のうち、アジアのバイヤーとの取引は何％」 of アジア小計 | 成約金額（万円）, however
    few of its other words (バイヤー, 取引) the labels hold."""
    asked = squash(_nfkc(intent.text.rpartition("について、")[2]))
    column = _column_core(s.cell.column or "")
    return (s.record.kind == "table" and len(column) >= 2 and column in asked
            and not total_label(s.cell.row) and _names_row(asked, s.cell.row))


def _subtotal_of(row: str) -> str:
    """What a subtotal row adds up (欧州計 → 欧州, アジア小計 → アジア, 小計（アジア） → アジア), named
    by it; else ""."""
    m = re.fullmatch(r"(.{2,}?)(?:小計|計)", squash(label_core(row))) or re.fullmatch(r"(?:小計|計)[(（](.{2,}?)[)）]", squash(row))
    return m.group(1) if m else ""


def _subtotal_named(added: str, asked: str) -> bool:
    """Whether a question (squashed) names what a subtotal row adds up: whole (欧米 of 欧米小計), or
    each of the parts its label lists (北米 and 欧州 of 北米・欧州小計)."""
    parts = [p for p in re.split(r"[・、,]|及び|と", added) if p]
    return len(added) >= 2 and (added in asked or (len(parts) >= 2 and all(len(p) >= 2 and p in asked for p in parts)))


def _counted_stem(label: str) -> str:
    """What a count column counts, without its counter noun and the うち of a part (修了者数（人） →
    修了, 受講者数 → 受講, うち要請あり（社） → 要請)."""
    core = re.sub(r"^うち", "", squash(label_core(label)))
    return _measure_stem(re.sub(r"(?<=..)(?:者数|人数|件数|者|数)$", "", core))


def _column_holds(rec: TableRecord, whole: str | None, part: str | None,
                  key: Callable[[Cell], str | None] = lambda c: c.column) -> bool:
    """Whether column `whole` is at least column `part` in every row that fills both (a whole and
    its part), in at least two rows (columns told apart by `key`: their labels)."""
    by_row: dict[str, dict[str | None, float]] = {}
    for c in rec.cells:
        if c.number is not None and key(c) in (whole, part) and not total_label(c.row):
            by_row.setdefault(c.row, {})[key(c)] = c.number
    pairs = [(v[whole], v[part]) for v in by_row.values() if whole in v and part in v]
    return len(pairs) >= 2 and all(w >= p for w, p in pairs)


def _total_share(intent: Intent, rec: TableRecord) -> Found | None:
    """A row's share of the table's total row (「2024年度はアジアからの分が全体の何％」 アジア ÷ 合計;
    「助成額等の合計のうち、インベスト神奈川の分は何％」), in the column the question names, or the
    asked year's, or the only one both rows fill; not a printed rate column (県内割合)."""
    if not _SHARE_OF_WHOLE.search(intent.text.rpartition("について、")[2]):
        return None
    cells = [c for c in rec.cells if c.number is not None and not is_dash(c.value) and (c.unit or "") not in ("%", "％")
             and (not intent.years or not _cell_years(c) or _cell_years(c) & intent.years)]
    totals = {c.row for c in cells if total_label(c.row)}
    named = {s.cell.row for s in _rows_named(intent.text, [_Scored(rec, c, 0.0, 0.0) for c in cells if c.row not in totals],
                                               longest=True)}
    # (or a subtotal row by what it adds up: アジア小計 of 「アジア向けは全体の何％」)
    named = named or {c.row for c in cells if c.row not in totals and len(added := _subtotal_of(c.row)) >= 2
                      and added in squash(intent.text)}
    if not named:
        # (or the one row named by one of the names its label joins: アパレル・服飾 of 「服飾品」)
        said = squash(intent.text)
        joined = {c.row for c in cells if c.row not in totals and _names_joined(said, c.row)}
        named = joined if len(joined) == 1 else named
    # 「輸出額のうち、アジア向けは」: a 「うち…」 row and the row it is part of (輸出額), both named
    wholes = {r: _whole_of_part(rec, r) for r in named}
    parts = [r for r, whole in wholes.items() if whole is not None and (whole in named or len(named) == 1)]
    if len(parts) == 1:
        named, totals = {parts[0]}, {wholes[parts[0]]}
    if len(named) != 1:
        return None
    row = named.pop()
    asked_now = squash(intent.text.rpartition("について、")[2])
    whole = _WHOLE_THEN_PART.search(asked_now)
    if whole is not None and -1 < asked_now.find(squash(label_core(row))) < whole.start("whole"):
        # 「電気機器のメーカーでは、回答した会社のうち何％が生成ＡＩを」: the row named before the whole is
        # where the share is taken (a column of it over another), not the part of a total
        return None
    row_cells = [_Scored(rec, c, 0.0, 0.0) for c in cells if c.row == row]
    if (whole is not None and _rows_named(intent.text.rpartition("について、")[0], row_cells)
            and not _rows_named(asked_now, row_cells) and not _WHOLE.search(whole.group("whole"))):
        # (so is a row named as the topic, 「生鮮の農水産物について、調べた件数のうち」, when the whole
        # after it is not the total, 「合計のうち」: `_WHOLE`)
        return None
    subtotal = _subtotal_whole(intent, rec, row)
    if subtotal is not None:
        totals = {subtotal}  # 「食品の出荷額のうち、柚の加工品は」: of 食品計, the part's own subtotal
    if len(totals) != 1:
        return None
    total = totals.pop()
    columns = [col for col in dict.fromkeys(c.column for c in cells if c.row == row)
               if any(c.row == total and c.column == col for c in cells)]
    asked = squash(intent.text)
    # (named whole, or by its parts: 関連投資額 as 「関連する投資額」)
    said = [col for col in columns if col and len(_column_core(col)) >= 2 and _in_parts(_column_core(col), asked)]
    columns = said or columns
    if len(columns) != 1 and intent.years:
        # (the asked year's column, not a total over the years beside it: 令和６年度, not ３年度計)
        columns = [col for col in columns if any(c.row == row and c.column == col and c.fiscal_year in intent.years
                                                 for c in cells)] or columns
    every = columns
    head = _WHOLE_HEAD.search(asked)
    if len(columns) != 1 and head:
        # 「…雇っている従業員のうち、米国系の企業で働く人は」: the whole's head noun names the column
        # (県内の常用従業員数, not 回答企業数)
        columns = [col for col in columns if col and head.group(1) in _column_core(col)]
    if len(columns) != 1:
        # (or the one column named by what it counts, without its 数: 「技術者は全体の何％」 of 技術者数（人）)
        counted = [col for col in every if col and len(core := _column_core(col)) >= 4 and core.endswith("数")
                   and _in_parts(core[:-1], asked)]
        columns = counted if len(counted) == 1 else columns
    if len(columns) != 1:
        # (parts across and their total column, 常温 | 冷蔵 | 冷凍 | 計: the row's whole is its 計)
        columns = [col for col in every if col and total_label(col)]
    if len(columns) != 1 and every and all(_column_holds(rec, every[0], col) for col in every[1:]):
        # (a funnel, 交付件数 ⊇ 成約件数, no column named: its first column counts the rows' whole)
        columns = every[:1]
    if len(columns) != 1:
        return _share_across(rec, row, total, [c for c in cells if c.column in every], subtotal is not None)
    part = next(c for c in cells if c.row == row and c.column == columns[0])
    whole = next(c for c in cells if c.row == total and c.column == columns[0])
    (x, y), unit = _numbers(part, whole)
    if not y:
        return None
    # (and which column, when the rows fill several: 交付件数, not 成約件数)
    column = _column_core(columns[0] or "")
    where = "の".join(x for x in (period_text(part), column if (len(every) > 1 and not total_label(column))
                                  or not period_text(part) else "") if x)
    statement = (f"{rec.title}の{where + 'の' if where else ''}{row}は{value_text(part)}、{total}は{value_text(whole)}で、"
                 f"{total if subtotal else '全体'}に占める割合は{percent_text(x / y, value_text(part), value_text(whole))}。")
    return Found(statement, [(rec, part), (rec, whole)], computed=True)


def _share_across(rec: TableRecord, row: str, total: str, cells: list[Cell], of_subtotal: bool) -> Found | None:
    """A row's share of the total row when the question names no column and the columns are
    parallel parts of one count, with no total of their own (農産物 | 水産物 | 加工食品 of 件): each
    row's cells added across (「発行件数のうち、アジア向けは何％」 of アジア小計 ÷ 合計)."""
    columns = list(dict.fromkeys(c.column for c in cells))
    if (len(columns) < 2 or len({c.unit or "" for c in cells}) != 1 or (cells[0].unit or "") in ("%", "％")
            or any(not col or total_label(col) or _is_period_label(col) or re.match(r"[（(]?うち", squash(col))
                   for col in columns)):
        return None
    part = [next((c for c in cells if c.row == row and c.column == col), None) for col in columns]
    whole = [next((c for c in cells if c.row == total and c.column == col), None) for col in columns]
    if None in part or None in whole:
        return None
    unit = cells[0].unit or ""
    x, y = math.fsum(c.number for c in part), math.fsum(c.number for c in whole)
    if not y:
        return None

    def added(cs: list[Cell]) -> str:
        return " + ".join(value_text(c) for c in cs)

    statement = (f"{rec.title}の{row}は{'、'.join(f'{c.column} {value_text(c)}' for c in part)}の計{amount_text(x, unit)}"
                 f"（{added(part)}）、{total}は計{amount_text(y, unit)}（{added(whole)}）で、"
                 f"{total if of_subtotal else '全体'}に占める割合は"
                 f"{percent_text(x / y, amount_text(x, unit), amount_text(y, unit))}。")
    return Found(statement, [(rec, c) for c in part + whole], computed=True)


def _subtotal_whole(intent: Intent, rec: TableRecord, row: str) -> str | None:
    """The subtotal row the whole before のうち names by what it adds up (食品計 of 「食品の出荷額の
    うち」), when `row` is one of the rows it adds up (those above it, after the subtotal or total
    before it); else None."""
    m = _WHOLE_THEN_PART.search(intent.text.rpartition("について、")[2])
    if m is None:
        return None
    whole = squash(m.group("whole"))
    subtotals = [r for r in rec.rows if len(added := _subtotal_of(r)) >= 2 and added in whole]
    if len(subtotals) != 1 or row == subtotals[0] or row not in rec.rows:
        return None
    above = rec.rows[: rec.rows.index(subtotals[0])]
    ends = [i for i, r in enumerate(above) if _subtotal_of(r) or total_label(r)]
    group = above[ends[-1] + 1:] if ends else above
    return subtotals[0] if row in group else None


def _group_count(rec: TableRecord, part: _Scored, records: Iterable[TableRecord]) -> _Scored | None:
    """The count of the group a breakdown column is (町村 of 全体 | 市 | 町村), as another record of
    the document prints it under the column's label and in its unit (町村 11団体), when it prints one."""
    core, unit = _column_core(part.cell.column or ""), part.cell.unit or ""
    found = {c.number: (r, c) for r in records if r is not rec and r.doc_id == rec.doc_id
             for c in r.cells if c.number is not None and (c.unit or "") == unit and squash(c.row) == core}
    if len(found) != 1:
        return None
    (r, c), = found.values()
    return _Scored(r, c, part.topic, part.score)


def _column_share(intent: Intent, rec: TableRecord, row: list[_Scored],
                  records: Iterable[TableRecord] = ()) -> Found | None:
    """A share of two columns of one row that the question names by their labels or stems
    (「予算額に対する決算額の執行率」 決算額 ÷ 予算額; 「申請したうちどれくらいの割合が採択」
    採択件数 ÷ 申請件数): the column named as the base (に対する, うち) divides; without such a word,
    the larger one. Columns of another year than the asked one, and of other units, are no pair."""
    asked = _clauses_as_labels(squash(intent.text.rpartition("について、")[2]),
                               [_column_core(s.cell.column) for s in row if s.cell.column])
    named: dict[str, tuple[int, int, _Scored]] = {}
    for s in row:
        c = s.cell
        if c.number is None or is_dash(c.value) or not c.column or total_label(c.column):
            continue
        if intent.years and _cell_years(c) and not _cell_years(c) & intent.years:
            continue
        core = _column_core(c.column)
        for stem in (core, _measure_stem(core)):
            if len(stem) >= 2 and stem in asked:
                at = asked.index(stem)
                named.setdefault(core, (at, at + len(stem), s))
                break
    if len(named) > 2:
        # (成約見込み names 成約見込み件数 and 成約見込み額: the pair is the two of one unit, 件 with 商談件数)
        by_unit: dict[str, list] = {}
        for entry in named.values():
            by_unit.setdefault(entry[2].cell.unit or "", []).append(entry)
        pairs = [v for v in by_unit.values() if len(v) == 2]
        named = {str(i): e for i, e in enumerate(pairs[0])} if len(pairs) == 1 else named
    if len(named) == 1 and _SHARE_OF_WHOLE.search(asked):
        # 「奨学生のうち、高校生は何パーセント」: one column named, a share of the row's total column (計)
        (_, _, part), = named.values()
        total = next((s for s in row if s.cell.column and total_label(s.cell.column)
                      and s.cell.number is not None and (s.cell.unit or "") == (part.cell.unit or "")
                      and s.cell.row == part.cell.row and _cell_years(s.cell) == _cell_years(part.cell)), None)
        (_, end, part), = named.values()
        if total is not None and _BASE_NAMED.match(asked[end:]):
            # 「町村のうち、…を課題に挙げたところは何割」: the column named is a group of the total
            # (全体 | 市 | 町村) and the base of the share; its own count is printed elsewhere in the
            # document (「回答した団体は、全体19団体（市８団体、町村11団体）」), or the share is not given
            group = _group_count(rec, part, records)
            if group is None:
                return None
            named = {"(part)": (0, 0, part), "(group)": (len(asked), len(asked), group)}
        elif total is not None and _whole_counted(intent, rec, total):
            named["(total)"] = (len(asked), len(asked), total)
        elif _BASE_NAMED.match(asked[next(iter(named.values()))[1]:]):
            # 「申請した事業者のうち、実際に補助金を受けられたのは何％」: the column named is the base;
            # the row's only other column counted in its unit (交付件数 beside 申請件数) is the part
            (_, _, base), = named.values()
            others = [s for s in row if s.cell.column and s.cell.column != base.cell.column and s.cell.number is not None
                      and not is_dash(s.cell.value) and (s.cell.unit or "") == (base.cell.unit or "")
                      and s.cell.row == base.cell.row and _cell_years(s.cell) == _cell_years(base.cell)]
            # (a column's own part printed in brackets, 88（35） with 「括弧内は…内数」, is its part
            # even beside other columns in the unit)
            own = [s for s in others if s.cell.column_group == base.cell.column and _part_column(s.cell)]
            # (or the one whose noun the question says after the base: 「海外取引企業のうち社内規程を整えて
            # いるのは」 of 社内規程を整備した企業 beside 回答企業数)
            after = asked[next(iter(named.values()))[1]:]
            said = [s for s in others if any(w in after for w in _label_nouns(_column_core(s.cell.column)))]
            if len(own) == 1 or len({s.cell.column for s in others}) == 1:
                named["(part)"] = (len(asked), len(asked), (own or others)[0])
            elif len({s.cell.column for s in said}) == 1:
                named["(part)"] = (len(asked), len(asked), said[0])
        elif (whole := _WHOLE_THEN_PART.search(asked)) is not None and next(iter(named.values()))[0] >= whole.end("whole"):
            # 「補助を受けたサンプルの送付のうち、成約に結び付いたのは何％」: the column named after のうち
            # is the part; the whole, said in other words, is the row's only other column in its unit
            # left of it that holds it (交付件数 before 成約件数, a funnel)
            (_, _, part), = named.values()
            at = {id(c): k for k, c in enumerate(rec.cells)}
            others = [s for s in row if s.cell.column and s.cell.column != part.cell.column and s.cell.number is not None
                      and not is_dash(s.cell.value) and (s.cell.unit or "") == (part.cell.unit or "")
                      and s.cell.row == part.cell.row and _cell_years(s.cell) == _cell_years(part.cell)
                      and at.get(id(s.cell), 0) < at.get(id(part.cell), 0)]
            if len({s.cell.column for s in others}) == 1 and float(others[0].cell.number) >= float(part.cell.number):
                named["(whole)"] = (len(asked), len(asked), others[0])
    if len(named) == 2:
        (a_at, a_end, a), (b_at, b_end, b) = sorted(named.values(), key=lambda t: t[0])
        if (a.cell.unit or "") != (b.cell.unit or ""):
            return None
        if "(group)" in named:
            base, part = named["(group)"][2], named["(part)"][2]
        elif "(total)" in named:
            base, part = named["(total)"][2], next(v[2] for k, v in named.items() if k != "(total)")
        elif "(part)" in named:
            base, part = a, named["(part)"][2]  # (the base named; its only other column, the part)
        elif "(whole)" in named:
            base, part = named["(whole)"][2], a  # (the part named; the column left of it, the whole)
        elif _SHARE_BASE.match(asked[a_end:]):
            base, part = a, b
        elif _SHARE_BASE.match(asked[b_end:]):
            base, part = b, a
        else:
            base, part = (a, b) if float(a.cell.number) >= float(b.cell.number) else (b, a)
    elif _SHARE_OF_WHOLE.search(asked) and (pair := _part_column_pair(row, asked)) is not None:
        base, part = pair  # 「回答した事業所のうち、外国人を雇っている事業所は何％」: うち雇用事業所数 ÷ 回答事業所数
    else:
        return None
    if not base.cell.number:
        return None
    name = m.group(0) if (m := re.search(r"[^\s、。はをがのにでと]{1,3}率", asked)) else "割合"
    if "(group)" not in named and (pooled := _pooled_share(intent, rec, part.cell, base.cell, name)) is not None:
        return pooled
    share = float(part.cell.number) / float(base.cell.number)
    def label(cell: Cell) -> str:  # 令和6年度（2024年度）決算額, 令和5年度（2023年度）の採択件数
        period, core = period_text(cell), _column_core(cell.column)
        if _part_column(cell) and cell.column_group:
            core = f"{_column_core(cell.column_group)}の{core}"  # 技術指導のうち中小企業による…: whose part
        return period if core in squash(period) else "の".join(x for x in (period, core) if x)

    # (a group's own count is named by the group: 町村全体)
    base_label = f"{squash(base.cell.row)}全体" if "(group)" in named else label(base.cell)
    statement = (f"{_subject(rec, part.cell)}の{label(part.cell)}は{value_text(part.cell)}、{base_label}は"
                 f"{value_text(base.cell)}で、{name}は{percent_text(share, value_text(part.cell), value_text(base.cell))}。")
    return Found(statement, [(part.record, part.cell), (base.record, base.cell)], computed=True)


def _pooled_share(intent: Intent, rec: TableRecord, part: Cell, whole: Cell, name: str) -> Found | None:
    """The share of two columns over the rows the question names together (「労働時間、賃金の支払、
    安全衛生をまとめると、…改善が確認できたのは何％」: the 改善 column added over the three rows,
    over the 指摘件数 column added over them), or None when it names fewer than two rows."""
    def cells_of(column: Cell) -> list[_Scored]:
        return [_Scored(rec, c, 0.0, 0.0) for c in rec.cells if c.column == column.column and c.number is not None
                and not total_label(c.row) and _cell_years(c) == _cell_years(column)]

    parts = cells_of(part)
    top = _rows_named(intent.text, parts)
    if len({s.cell.row for s in top}) < 2:
        top = _rows_listed(intent.text, parts)
    rows = [s.cell.row for s in top]
    over = {s.cell.row: s for s in cells_of(whole)}
    if len(set(rows)) < 2 or any(r not in over for r in rows):
        return None
    bottom = [over[r] for r in rows]
    numbers, unit = _numbers(*(s.cell for s in top))
    said, base = math.fsum(numbers), math.fsum(_numbers(*(s.cell for s in bottom))[0])
    if not base:
        return None
    period = period_text(part)
    statement = (f"{rec.title.strip()}の{period + 'の' if period else ''}{'・'.join(squash(r) for r in rows)}を合わせると、"
                 f"{_column_core(part.column)}は{amount_text(said, unit or '')}、"
                 f"{_column_core(whole.column)}は{amount_text(base, unit or '')}で、{name}は"
                 f"{percent_text(said / base, f'（{_sum_terms(top)}）', f'（{_sum_terms(bottom)}）')}。")
    return Found(statement, [(rec, s.cell) for s in top + bottom], computed=True)


def _whole_counted(intent: Intent, rec: TableRecord, total: _Scored) -> bool:
    """Whether the whole a question names before のうち (「奨学生のうち」) is what the table's total
    counts: a word of it in the table's title, the total's row or column. 「補助金を受けた案件のうち、
    …成立したのは」 of a table of deals concluded (成立件数) is a share of another whole, which the
    table does not count."""
    m = _WHOLE_THEN_PART.search(intent.text.rpartition("について、")[2])
    if m is None:
        return True
    return bool(_bigrams(m.group("whole")) & _bigrams(f"{rec.title}{total.cell.row}{total.cell.column or ''}"))


# A share asked as a percentage (何％, 何パーセント, 割合).
_PERCENT_ASKED = re.compile(r"何(?:[%％]|パーセント)|割合|比率")


def _quoted_columns(intent: Intent, rec: TableRecord) -> list[str]:
    """The columns of `rec` a question quotes (「満足」か「やや満足」) when it asks their share,
    every quote a column of the table; else []."""
    asked = intent.text.rpartition("について、")[2]
    quoted = [squash(q) for q in _QUOTED.findall(asked)]
    if rec.kind != "table" or not quoted or not _PERCENT_ASKED.search(asked):
        return []
    by_label: dict[str, str] = {}
    for c in rec.cells:  # (by its own label or its group's: 「とても満足」 over Very satisfied)
        for label in (c.column, c.column_group):
            if label:
                by_label.setdefault(squash(_column_core(label)), c.column)
    columns = [by_label.get(q) for q in quoted]
    return columns if all(columns) and len(set(columns)) == len(columns) else []


def _quoted_share(intent: Intent, scored: list[_Scored], columns: list[str]) -> Found | None:
    """The share of the row the question names that the quoted columns hold together, of the
    row's total column, or of all its answers when it has none (a survey's answers by option).
    None when the question does not single out one row."""
    rec = scored[0].record
    named = [s for s in scored if s.record is rec and s.cell.column in columns]
    if not named:
        return None
    rows = {s.cell.row for s in named if s.score >= named[0].score - 1e-9}
    if len(rows) != 1:
        return None  # (the rows tie: none is named)
    row = rows.pop()
    cells = [c for c in rec.cells if c.row == row and c.number is not None and not is_dash(c.value)]
    parts = [c for c in cells if c.column in columns]
    unit = {c.unit or "" for c in parts}
    total = next((c for c in cells if total_label(c.column or "")), None)
    if len(parts) != len(columns) or len(unit) != 1 or unit & {"%", "％"}:
        return None
    answers = [c for c in cells if not total_label(c.column or "") and (c.unit or "") in unit]
    whole = float(total.number) if total is not None else sum(float(c.number) for c in answers)
    if not whole:
        return None
    part = sum(float(c.number) for c in parts)
    (u,) = unit
    said = "か".join(f"「{_column_core(c.column_group or c.column)}」" for c in parts)
    added = " + ".join(value_text(c) for c in parts)
    whole_text = (value_text(total) if total is not None
                  else f"{amount_text(whole, u)}（{' + '.join(value_text(c) for c in answers)}）")
    statement = (f"{rec.title}の{row}で{said}と答えたのは{amount_text(part, u)}"
                 f"{'（' + added + '）' if len(parts) > 1 else ''}、回答者は{whole_text}で、"
                 f"割合は{percent_text(part / whole, amount_text(part, u), amount_text(whole, u))}。")
    return Found(statement, [(rec, c) for c in parts + ([total] if total is not None else answers)], computed=True)


def _measure_stem(label: str) -> str:
    """A column label without the measure word that ends it (申請件数 → 申請, うち雇用事業所数 →
    うち雇用事業所): what a question names it by (「申請したうち」「雇っている事業所」)."""
    # (and the あり of a column of those that have it: うち要請あり → うち要請, 「要請を受けた会社」)
    return re.sub(r"(?<=..)(?:件数|金額|額|数|あり|有り)$", "", label)


def _part_column_pair(row: list[_Scored], asked: str) -> tuple[_Scored, _Scored] | None:
    """The one 「うち…」 column of a row that the question speaks of (half the bigrams of its label
    at least), with the column it is part of (the nearest before it of the same unit): (whole, part)."""
    cells = [s for s in row if s.cell.column and s.cell.number is not None and not is_dash(s.cell.value)]
    grams = set(_bigrams(asked))
    pairs = []
    for k, s in enumerate(cells):
        core = _column_core(s.cell.column)
        if not core.startswith("うち"):
            continue
        own = set(_bigrams(_measure_stem(core[2:])))
        whole = next((w for w in reversed(cells[:k]) if not _column_core(w.cell.column).startswith("うち")
                      and (w.cell.unit or "") == (s.cell.unit or "") and _cell_years(w.cell) == _cell_years(s.cell)), None)
        if whole is not None and own and len(own & grams) / len(own) >= 0.5:
            pairs.append((whole, s))
    if len(pairs) > 1:
        # (one part under each of several columns, 「うち中小企業」 of 88（35） and 62（15）: the one
        # whose whole the question names)
        pairs = [(w, p) for w, p in pairs if _column_core(w.cell.column) in asked]
    return pairs[0] if len(pairs) == 1 else None


# What a price is per, 「１台・１回」「１基・１日」「１人１回」: one of each, no count of anything.
_PRICE_BASIS = re.compile(r"(?:[1１一][\u30a0-\u30ff\u4e00-\u9fff]{1,3}[・、]?){2,3}(?:当たり|あたり)?"
                      r"|[1１一][\u30a0-\u30ff\u4e00-\u9fff]{1,3}(?:当たり|あたり)")
# 「１件当たり平均いくら」「参加者１人当たり平均何泊」: an average per unit counted, which a table
# of totals and counts does not print (助成額 and 助成件数, 延べ宿泊数 and 参加人数) but lets divide.
# (or 「１回の貸出で平均何日」: one of what is counted, then what it is)
_PER_UNIT = re.compile(r"(?P<noun>[\u4e00-\u9fff\u30a1-\u30fa\u30fc]{2,8})?\s*(?:1|一)\s*"
                       r"(?P<counter>件|人|名|社|回|便|校|団体|チーム|台|か所|箇所|機関|施設|店舗|店)\s*"
                       r"(?:当たり|あたり|の[\u4e00-\u9fff\u30a1-\u30fa\u30fc]{2,6}?(?:で|につき))")
# A counter as a question says it and as a table's unit writes it (１店舗当たり of 店舗数（店）; a
# time something is done, 「１回の貸出で」, is a case of it, 貸出件数（件）).
_COUNTER_UNITS = {"店舗": ("店舗", "店"), "店": ("店", "店舗"), "か所": ("か所", "箇所"), "箇所": ("箇所", "か所"),
                  "回": ("回", "件"), "件": ("件", "回")}
_AVERAGE = re.compile(r"平均")
# A ratio per unit asked (「１件当たり平均いくら」, and without 平均: 「１社当たり延べ何人が出張した計算に
# なりますか」): what is divided, not a rule's figure per unit (「１社当たりの上限額」).
_RATIO_ASKED = re.compile(r"平均|延べ|計算に|ならす|ならし|均す|均し")
# Units an amount asked by いくら is in.
MONEY_UNITS = ("円", "千円", "万円", "百万円", "億円")


# 「訪問よりもオンラインの方が多かった分野はどれ」「300人未満の企業の方が300人以上の企業より10ポイント
# 以上高い課題はどれ」: the rows whose value in one column exceeds (or falls short of) another's.
_MORE = r"(?:(?P<n>[0-9]+(?:\.[0-9]+)?)\s*(?:ポイント|件|人|回|社|%|％)以上)?\s*(?P<dir>多|高|大|少な|低|小さ)"
_COLUMNS_COMPARED = (
    re.compile(r"(?P<a>[^、。,]{1,24}?)(?:より|よりも)(?:も)?[、,]?\s*(?P<b>[^、。,]{1,24}?)の(?:方|ほう)が\s*" + _MORE),
    re.compile(r"(?P<b>[^、。,]{1,24}?)の(?:方|ほう)が[、,]?\s*(?P<a>[^、。,]{1,24}?)(?:より|よりも)(?:も)?\s*" + _MORE),
)
_WHICH_ROW = re.compile(r"(?:どれ|(?<![なほ])どの|どこ|何)")


def _rows_by_two_columns(intent: Intent, scored: list[_Scored]) -> Found | None:
    """The rows of the best table whose value in the column the question puts first exceeds the
    other's (by at least the margin it gives): both columns named by their labels, every row
    compared, the rows that qualify stated with both values."""
    asked = squash(intent.text.rpartition("について、")[2])
    m = next((m for rx in _COLUMNS_COMPARED if (m := rx.search(asked))), None)
    if m is None or not _WHICH_ROW.search(asked[m.end():]) or not scored or scored[0].record.kind != "table":
        return None
    rec = scored[0].record
    cells = [c for c in rec.cells if c.number is not None and not is_dash(c.value) and not is_total(c)
             and (not intent.years or not _cell_years(c) or _cell_years(c) & intent.years)]

    def column_of(phrase: str) -> str | None:
        named = {c.column for c in cells if c.column and len(core := _column_core(c.column)) >= 2 and core in phrase}
        return max(named, key=lambda col: len(_column_core(col))) if named else None

    low, high = column_of(m.group("a")), column_of(m.group("b"))
    if low is None or high is None or low == high:
        return None
    fewer = m.group("dir") in ("少な", "低", "小さ")
    margin = float(m.group("n")) if m.group("n") else 0.0
    rows = []
    for row in dict.fromkeys(c.row for c in cells):
        a = next((c for c in cells if c.row == row and c.column == low), None)
        b = next((c for c in cells if c.row == row and c.column == high), None)
        if a is None or b is None or (a.unit or "") != (b.unit or ""):
            continue
        gap = (a.number - b.number) if fewer else (b.number - a.number)
        if gap > 0 and gap >= margin - 1e-9:
            rows.append((a, b))
    if not rows:
        return None
    word = {"多": "多い", "高": "高い", "大": "大きい", "少な": "少ない", "低": "低い", "小さ": "小さい"}[m.group("dir")]
    by = f"{m.group('n')}{'ポイント' if (rows[0][0].unit or '') == '%' else rows[0][0].unit or ''}以上" if margin else ""
    detail = "、".join(f"{b.row}: {_column_core(high)} {value_text(b)}、{_column_core(low)} {value_text(a)}" for a, b in rows)
    statement = (f"{rec.title}で{_column_core(high)}が{_column_core(low)}より{by}{word}のは"
                 f"{'、'.join(b.row for _, b in rows)}です（{detail}）。")
    return Found(statement, [(rec, c) for pair in rows for c in (pair[1], pair[0])], computed=True,
                 score=scored[0].score, topic=scored[0].topic)


# 「１か月平均で何件」「月平均」「平均すると１か月に」: an average per month.
_PER_MONTH = re.compile(r"(?:1|一)\s*(?:か|ヶ|カ|ケ|箇)?\s*月(?:当たり|あたり)?(?:の|で|に)?\s*平均"
                        r"|月平均|平均(?:する|して)?と?[、,]?\s*(?:1|一)\s*(?:か|ヶ|カ|ケ|箇)\s*月")


def _is_month(label: str) -> bool:
    m = MONTH_LABEL.fullmatch(squash(label))
    return m is not None and 1 <= int(m.group(1)) <= 12


def _per_month(intent: Intent, scored: list[_Scored]) -> Found | None:
    """「令和６年度、通訳の依頼は１か月平均で何件」: the best cell's column (or row) over the month rows
    (or columns) of its table, divided by the number of months that hold a figure."""
    asked = intent.text.rpartition("について、")[2]
    if not _PER_MONTH.search(asked) or not scored or scored[0].record.kind != "table":
        return None
    best = scored[0]
    rec = best.record
    if _is_month(best.cell.row):  # months down the side
        months = [c for c in rec.cells if c.column == best.cell.column and _is_month(c.row)]
        label = best.cell.column or ""
    elif best.cell.column and _is_month(best.cell.column):  # months across the top
        months = [c for c in rec.cells if c.row == best.cell.row and _is_month(c.column or "")]
        label = best.cell.row
    else:
        return None
    months = [c for c in months if c.number is not None and not is_dash(c.value)]
    if len(months) < 2 or len({c.unit for c in months}) != 1 or re.search(r"[%％]", months[0].unit or ""):
        return None
    total, n = math.fsum(float(c.number) for c in months), len(months)
    unit = months[0].unit or ""
    shown = decimal_text(total / n, 1).rstrip("0").rstrip(".")
    first, last = months[0], months[-1]
    span = (f"{first.row}から{last.row}" if _is_month(first.row) else f"{first.column}から{last.column}")
    statement = (f"{rec.title.strip()}の{label.strip()}は、{span}までの{n}か月で合計{amount_text(total, unit)}、"
                 f"１か月平均{shown}{unit}です（計算: {amount_text(total, unit)} ÷ {n}か月 = {shown}{unit}）。")
    # (the table's own total of those months is the figure quoted, when it prints one that agrees)
    whole = next((c for c in rec.cells if is_total(c) and c.number is not None and abs(float(c.number) - total) < 1e-6
                  and (c.column == best.cell.column if _is_month(best.cell.row) else c.row == best.cell.row)), None)
    cells = [whole] if whole is not None else months
    return Found(statement, [(rec, c) for c in cells], computed=True, score=best.score, topic=best.topic)


def _per_year(intent: Intent, scored: list[_Scored]) -> Found | None:
    """「令和４年度から令和６年度の３年間の平均で、ベトナムからは年に何人」: the best cell's row (or
    column) over every year of the span asked, divided by their number, when each year has a figure."""
    asked = intent.text.rpartition("について、")[2]
    if (not _AVERAGE.search(asked) or _PER_UNIT.search(asked) or _PER_MONTH.search(asked) or len(intent.years) < 2
            or not scored or scored[0].record.kind != "table" or scored[0].cell.fiscal_year is None):
        return None
    best, lo, hi = scored[0], min(intent.years), max(intent.years)
    rec = best.record
    years = [c for c in _year_series(best) if lo <= c.fiscal_year <= hi]
    if len(years) != hi - lo + 1 or len({c.unit for c in years}) != 1 or re.search(r"[%％]", years[0].unit or ""):
        return None
    total, n = math.fsum(float(c.number) for c in years), len(years)
    unit = years[0].unit or ""
    shown = decimal_text(total / n, 1).rstrip("0").rstrip(".")
    statement = (f"{rec.title.strip()}の{_series_label(best).strip()}は、{period_text(years[0])}から{period_text(years[-1])}までの"
                 f"{n}年度で合計{amount_text(total, unit)}、１年度当たり平均{shown}{unit}{in_man_yen(total / n, unit)}です（計算: "
                 f"{amount_text(total, unit)} ÷ {n}年度 = {shown}{unit}）。")
    return Found(statement, [(rec, c) for c in years], computed=True, score=best.score, topic=best.topic)


def _per_unit(intent: Intent, scored: list[_Scored]) -> Found | None:
    """The average per unit counted of the best cell's row: the asked measure's cell divided by
    the count of the unit (「令和６年度の助成は、１件当たり平均いくら」: 助成額 ÷ 助成件数), when the
    table prints no average of its own."""
    asked = intent.text.rpartition("について、")[2]
    per = _PER_UNIT.search(asked)
    if per is None or not scored:
        return None
    # (an average said, 平均; or an amount per one of a row's count the question names by its column,
    # 「輸出している会社１社当たりの輸出額は」 of 輸出額（百万円）: not a cap or a unit price per one)
    said_ratio = bool(_RATIO_ASKED.search(asked))
    if not said_ratio and re.search(r"上限|限度|単価|補助率", asked):
        return None
    first = scored[0]
    over = _per_unit_over_span(intent, first, per.group("counter")) if len(intent.years) >= 2 and said_ratio else None
    if over is not None:
        return over
    wanted = next((u for u in ("泊", "人", "件", "回", "日", "時間", "kg", "トン") if f"何{u}" in asked and u != per.group("counter")), None)
    if wanted and first.cell.unit != wanted:
        # (of the cells that score alike, the measure counted in the unit asked: 「平均何日」 of 延べ貸出日数（日）,
        # not 利用事業者数 above it)
        first = next((s for s in scored[:40] if s.record is first.record and s.score >= first.score - 1e-9
                      and s.cell.unit == wanted), first)
    if first.record.kind != "table":
        # (a card of one event, 「梓市 医療機関向け研修会 受講者：46人」, holds no count to divide by:
        # the table row the question names does, 梓市 of the table by town with its 開催回数)
        first = next((s for s in scored[:40] if s.record.kind == "table" and _row_said(s.cell.row, intent.text)), None)
        if first is None:
            return None
    rec, row = first.record, first.cell.row
    if any(re.search(r"平均|当たり|あたり", f"{c.column or ''}{c.column_group or ''}") for c in rec.cells):
        return None  # (the table prints its averages: a lookup reads them)
    cells = [c for c in rec.cells if c.row == row and c.number is not None and not is_dash(c.value)]
    counter = per.group("counter")
    units = _COUNTER_UNITS.get(counter, (counter,))
    # (a part of another count, うち学校交流あり（団体）, counts no unit of the whole)
    counts = [c for c in cells if not squash(c.column or "").startswith("うち") and c.unit not in MONEY_UNITS + ("%",)]
    count = [c for c in counts if c.unit in units]
    if len(count) > 1:
        # (申請件数 | 交付件数: 「交付した補助金は、１件当たり」 counts the 交付)
        count = [c for c in count if _measure_stem(_column_core(c.column or "")) in squash(asked)] or count
    if len(count) > 1:
        # (申請件数 | 交付決定件数: 「交付が決まった事業者は、１件当たり」 says most of 交付決定; by the
        # bigrams of its words, not of its kana: 「被害を受けた企業」 says 被害企業, not 詐欺に遭遇した企業
        # by its た企)
        said = {id(c): len(_word_grams(_measure_stem(_column_core(c.column or ""))) & _bigrams(asked)) for c in count}
        most = max(said.values())
        if most and sum(v == most for v in said.values()) == 1:
            count = [c for c in count if said[id(c)] == most]
    parts = [c for c in cells if squash(c.column or "").startswith("うち") and c.unit in units]
    # (said beside the measure's own words, not in them: 輸出 of 平均輸出額 says no うち輸出事業者)
    beside = squash(asked)
    for c in cells:
        if c.unit in MONEY_UNITS and len(core := _column_core(c.column or "")) >= 2:
            beside = beside.replace(core, "")
    named_parts = [c for c in parts if _part_said(_column_core(c.column or ""), beside)]
    if count and len(named_parts) == 1 and not any(_measure_stem(_column_core(c.column or "")) in beside for c in count):
        # (a part of the count the question names, 「輸出している会社１社当たり」 of うち輸出事業者（社）
        # beside 回答事業者数（社）: those the amount is of)
        count = named_parts
    if not count and per.group("noun"):
        # 「医療機関１か所当たり」: the count whose label names what is counted (交付医療機関数（機関）)
        count = [c for c in counts if per.group("noun") in squash(c.column or "")]
    # the measure asked: an amount (いくら), or what its interrogative counts (何泊: `wanted`)
    money = _asks_money(asked, intent)
    if wanted is None and money:
        measure = [c for c in cells if c.unit in MONEY_UNITS]
    elif wanted is None:
        # 「１件当たり平均でどのくらい交付して」: no counter asked, so the row's one other measure
        # (交付額 beside 採択件数), not a rate
        measure = [c for c in cells if c not in count and c.unit not in ("%", "％")
                   and not squash(c.column or "").startswith("うち")]
    else:
        measure = [c for c in cells if wanted and c.unit == wanted]
    if len(measure) > 1:
        # (a part of the measure, うち民間・地域（人） beside 受講者数（人）, when the question names it;
        # else the whole)
        parts = [c for c in measure if squash(c.column or "").startswith("うち")]
        named = [c for c in parts if squash(label_core(c.column or ""))[2:] in squash(asked)]
        measure = named or [c for c in measure if c not in parts]
    if len(measure) > 1:
        # (measures in units of their own, 投資予定額（億円） beside 新規常用雇用予定者数（人）: the one
        # the question says most of, 「どれくらいの投資を予定」)
        said = {id(c): len(_bigrams(label_core(c.column or "")) & _bigrams(asked)) for c in measure}
        most = max(said.values())
        if most and sum(v == most for v in said.values()) == 1:
            measure = [c for c in measure if said[id(c)] == most]
    if (len(count) != 1 or len(measure) != 1) and first.cell.column and first.cell.unit not in ("%", "％", None):
        # a table whose rows are the measures, each in its own unit, and whose columns are years
        # (セミナーの開催 | 回 | ４ ５ ６; セミナーの参加者 | 人 | 168 215 262): the count is the row of the
        # same column counted in the unit asked that shares most words with the measure's row
        if wanted:
            fits = first.cell.unit == wanted
        else:
            fits = first.cell.unit in MONEY_UNITS if money else first.cell.unit != counter
        down = [c for c in rec.cells if c.column == first.cell.column and c.row != row and c.unit in units
                and c.number is not None and not is_dash(c.value) and not squash(c.row).startswith("うち")]
        shared = {c.row: len(_bigrams(c.row) & _bigrams(row)) for c in down}
        most = max(shared.values(), default=0)
        if not most:
            # (no count row shares a word with the measure's, 認定件数 | 交付件数 beside 新規常用雇用予定者数:
            # the one the question says was done, 「認定された案件」)
            said = [c for c in down if _measure_stem(label_core(c.row)) in squash(asked)]
            down, most = (said, 1) if len(said) == 1 else (down, 0)
        down = [c for c in down if most and (shared[c.row] == most or len(down) == 1)]
        if fits and len(down) == 1:
            count, measure = down, [first.cell]
    if len(count) != 1 or len(measure) != 1:
        return None
    num, den = measure[0], count[0]
    if not den.number:
        return None
    if not said_ratio and (num.row != den.row or len(core := _column_core(num.column or "")) < 2 or core not in squash(asked)):
        return None
    average = num.number / den.number
    shown = decimal_text(average, 2 if abs(average) < 1 else 1).rstrip("0").rstrip(".")  # (0.25時間, not 0.2)
    subject = _subject(rec, num)
    if den.row == num.row:
        subject += "" if squash(row) in squash(subject) else f"の{row.strip()}"
        num_label, den_label = num.column, den.column
    else:  # (two rows of one year's column)
        subject = f"{rec.title.strip()}の{period_text(num) or num.column}"
        num_label, den_label = num.row.strip(), den.row.strip()
    statement = (f"{subject}の{num_label}（{value_text(num)}）を{den_label}（{value_text(den)}）で割ると、"
                 f"１{counter}当たり平均{shown}{num.unit}{in_man_yen(average, num.unit or '')}です（計算: {value_text(num)} ÷ {value_text(den)} = "
                 f"{shown}{num.unit}）。")
    return Found(statement, [(rec, num), (rec, den)], computed=True, score=first.score, topic=first.topic)


def _part_said(label: str, asked: str) -> bool:
    """Whether the question says a part of a count, うち輸出事業者 of 「輸出している会社」: the label
    after うち, but for a word firms are named by at its end (事業者, 企業), written in the question."""
    deed = re.sub(r"(?:" + "|".join(FIRM_WORDS) + r"|事業所|者|社)$", "", label.removeprefix("うち"))
    return len(deed) >= 2 and deed in squash(asked)


def _asks_money(asked: str, intent: Intent) -> bool:
    """Whether the measure a ratio divides is an amount (いくら, 金額, 「…額は」)."""
    return bool(re.search(r"いくら|金額|額[はがを]", asked)) or "money" in intent.wants


def _per_unit_over_span(intent: Intent, first: _Scored, counter: str) -> Found | None:
    """The average per unit over a span of years a table gives a row each (「令和２年度から令和６年度
    までに交付された補助金は、１件当たり平均」): the amounts of every year of the span added, over the
    counts added (交付額 ÷ 採択件数, the narrowest count of a funnel 申請件数 ⊇ 採択件数 when the question
    names none: the cases an amount is paid for). None unless every year of the span has its row."""
    rec = first.record
    lo, hi = min(intent.years), max(intent.years)
    if rec.kind != "table" or first.cell.fiscal_year is None or not _is_period_label(first.cell.row):
        return None
    cells = [c for c in rec.cells if c.fiscal_year is not None and lo <= c.fiscal_year <= hi and _is_period_label(c.row)
             and c.number is not None and not is_dash(c.value) and not squash(c.column or "").startswith("うち")]
    if {c.fiscal_year for c in cells} != set(range(lo, hi + 1)):
        return None
    asked = squash(intent.text.rpartition("について、")[2])
    units = _COUNTER_UNITS.get(counter, (counter,))
    columns = list(dict.fromkeys(c.column for c in cells if c.column))
    counts = [col for col in columns if any(c.column == col and c.unit in units for c in cells)]
    named = [col for col in counts if len(stem := _measure_stem(_column_core(col))) >= 2 and stem in asked]
    counts = named or [col for col in counts if all(_column_holds(rec, o, col) for o in counts if o != col)]
    money = _asks_money(asked, intent)
    measures = [col for col in columns if any(c.column == col and (c.unit in MONEY_UNITS) == money
                                              and c.unit not in units + ("%", "％") for c in cells)]
    if len(counts) != 1 or len(measures) != 1:
        return None
    num = [c for c in cells if c.column == measures[0]]
    den = [c for c in cells if c.column == counts[0]]
    if len(num) != len(den) or len(num) != hi - lo + 1:
        return None
    (x, y) = math.fsum(c.number for c in num), math.fsum(c.number for c in den)
    if not y:
        return None
    unit, average = num[0].unit or "", x / y
    shown = decimal_text(average, 2 if abs(average) < 1 else 1).rstrip("0").rstrip(".")
    span = f"{era_text(lo, '年度')}（{lo}年度）から{era_text(hi, '年度')}（{hi}年度）まで"
    statement = (f"{rec.title.strip()}の{span}の{_column_core(measures[0])}の計{amount_text(x, unit)}を"
                 f"{_column_core(counts[0])}の計{amount_text(y, den[0].unit or '')}で割ると、１{counter}当たり平均"
                 f"{shown}{unit}{in_man_yen(average, unit)}です（計算: ({' + '.join(value_text(c) for c in num)}) ÷ "
                 f"({' + '.join(value_text(c) for c in den)}) = {shown}{unit}）。")
    return Found(statement, [(rec, c) for c in num + den], computed=True, score=first.score, topic=first.topic)


# A note that says which rows make up a class the table does not print (NFKC, whitespace removed):
# 「完成車は「完成車（一般用）」から「スポーツ車」までの３区分、部品はそれ以外の６区分である」.
_NOTE_RANGE_GROUP = re.compile(r"(?P<group>[^、。「」]{1,12}?)は「(?P<first>[^「」]+)」から「(?P<last>[^「」]+)」まで(?:の(?P<n>[0-9]+)区分)?")
_NOTE_REST_GROUP = re.compile(r"(?P<group>[^、。「」]{1,12}?)はそれ以外の(?:(?P<n>[0-9]+)区分)?")


def _note_groups(rec: TableRecord) -> dict[str, list[str]]:
    """The classes of rows the table's notes name, with their rows in the table's order: a range
    「…は「A」から「B」までの３区分」 and the rest 「…はそれ以外の６区分」 (not the total rows); a class
    whose count the note gives holds that many rows, or none is read."""
    rows = [r for r in dict.fromkeys(c.row for c in rec.cells) if not total_label(r)]
    at = {squash(r): i for i, r in enumerate(rows)}
    groups: dict[str, list[str]] = {}
    for note in rec.footnotes:
        text = re.sub(r"^※[0-9]*", "", re.sub(r"\s+", "", unicodedata.normalize("NFKC", note.text)))
        for m in _NOTE_RANGE_GROUP.finditer(text):
            first, last = at.get(squash(m.group("first"))), at.get(squash(m.group("last")))
            if first is not None and last is not None and first < last:
                groups[m.group("group")] = rows[first:last + 1]
        taken = {r for members in groups.values() for r in members}
        for m in _NOTE_REST_GROUP.finditer(text):
            if groups:
                groups[m.group("group")] = [r for r in rows if r not in taken]
        for m in (*_NOTE_RANGE_GROUP.finditer(text), *_NOTE_REST_GROUP.finditer(text)):
            if m.group("n") and len(groups.get(m.group("group"), ())) != int(m.group("n")):
                groups.pop(m.group("group"), None)
    return {g: members for g, members in groups.items() if len(members) >= 2}


def _group_total(intent: Intent, scored: list[_Scored]) -> Found | None:
    """The total of the rows a table groups under a label the question names (「行政関係の受講者は、
    合わせて何人」: the rows under 行政, its group cell spanning them), in the column the question
    names or the table's total column, when the table prints no subtotal of the group."""
    if intent.op not in (None, "sum") or not scored or scored[0].record.kind != "table":
        return None
    rec = scored[0].record
    asked = squash(intent.text.rpartition("について、")[2])
    groups = [g for g in dict.fromkeys(c.row_group for c in rec.cells if c.row_group)
              if len(squash(g)) >= 2 and squash(g) in asked]
    # (or a class a note makes of the rows, 「部品はそれ以外の６区分」: its name may end a row's, その他部品)
    noted = {g: members for g, members in _note_groups(rec).items() if len(squash(g)) >= 2 and squash(g) in asked}
    if len(groups) + len(noted) != 1:
        return None
    group = groups[0] if groups else next(iter(noted))
    rows = noted[group] if noted else list(dict.fromkeys(c.row for c in rec.cells if c.row_group == group))
    # (rows of other groups the question names: it asks of them, not of the group)
    others = [c.row for c in rec.cells if (c.row not in rows if noted else c.row_group != group) and len(squash(label_core(c.row))) >= 2
              and squash(label_core(c.row)) in asked]
    # (one row of the group the question names, 「地域の国際交流ボランティアは」, is that row)
    members = [r for r in rows if len(squash(label_core(r))) >= 2 and squash(label_core(r)) in asked]
    # (a class named as one of its rows is, 完成車 of 完成車（一般用）, only when a total is asked of it)
    if len(rows) < 2 or others or (len(members) == 1 and not (noted and intent.op == "sum")) or any(
            total_label(r) or (squash(group) == squash(r) if noted else squash(group) in squash(r)) for r in rows):
        return None
    columns = list(dict.fromkeys(c.column for c in rec.cells if c.row in rows and c.column))
    named = [c for c in columns if len(squash(label_core(c))) >= 2 and squash(label_core(c)) in asked]
    column = (named[0] if len(named) == 1 else next((c for c in columns if total_label(c)), None) if not named
              else None) if len(columns) > 1 else (columns[0] if columns else None)
    if intent.years:
        cells = [c for c in rec.cells if c.row in rows and c.column == column and c.fiscal_year in intent.years]
    else:
        cells = [c for c in rec.cells if c.row in rows and c.column == column]
    if len(cells) != len(rows) or any(c.number is None or is_dash(c.value) for c in cells):
        return None
    units = {c.unit for c in cells}
    if len(units) != 1:
        return None
    unit = units.pop() or ""
    total = math.fsum(c.number for c in cells)
    where = f"{rec.title.strip()}の" if rec.title.strip() else ""
    statement = (f"{where}{group}（{'、'.join(r.strip() for r in rows)}）の{column or ''}を合わせると"
                 f"{amount_text(total, unit)}です（計算: {' + '.join(value_text(c) for c in cells)} = "
                 f"{amount_text(total, unit)}）。")
    return Found(statement, [(rec, c) for c in cells], computed=True, score=scored[0].score, topic=scored[0].topic)


def _groups_share(intent: Intent, top: _Scored) -> Found | None:
    """The share of a row in column groups the question adds together (「中小企業と大企業を合わせると、
    主にＦＯＢを使っている会社は回答企業全体の何％」 of 中小企業 | 大企業, each over 企業数 | 割合):
    the row's counts of the groups added, over the total row's; None unless the question names two
    groups or more and asks them added."""
    rec, row = top.record, top.cell.row
    asked = squash(intent.text.rpartition("について、")[2])
    if rec.kind != "table" or is_total(top.cell) or not dict(_OP_WORDS)["sum"].search(asked):
        return None
    groups = [g for g in dict.fromkeys(c.column_group for c in rec.cells if c.column_group) if len(squash(g)) >= 2]
    named = [g for g in groups if squash(g) in asked]
    totals = list(dict.fromkeys(c.row for c in rec.cells if total_label(c.row)))
    if len(named) < 2 or len(totals) != 1:
        return None

    def counts(label: str) -> list[Cell] | None:
        # (one count per group, not its printed share)
        cells = [[c for c in rec.cells if c.row == label and c.column_group == g and c.number is not None
                  and (c.unit or "") not in ("%", "％") and not is_dash(c.value)] for g in named]
        return [cs[0] for cs in cells] if all(len(cs) == 1 for cs in cells) else None

    part, whole = counts(row), counts(totals[0])
    if part is None or whole is None or len({c.unit for c in part + whole}) != 1:
        return None
    x, y = math.fsum(c.number for c in part), math.fsum(c.number for c in whole)
    if not y:
        return None
    unit = part[0].unit or ""
    statement = (f"{rec.title.strip()}の{'と'.join(named)}を合わせると、{row.strip()}は{amount_text(x, unit)}"
                 f"（{' + '.join(value_text(c) for c in part)}）、{totals[0].strip()}は{amount_text(y, unit)}"
                 f"（{' + '.join(value_text(c) for c in whole)}）で、全体に占める割合は"
                 f"{percent_text(x / y, amount_text(x, unit), amount_text(y, unit))}。")
    return Found(statement, [(rec, c) for c in part + whole], computed=True)


def _listed_rows_share(intent: Intent, top: _Scored, own_words: str) -> Found | None:
    """The share of several rows the question names together (「ＡＳＥＡＮの国（タイ、ベトナム、
    シンガポール、インドネシア）の団体への加入は何％を占めますか」) in the best cell's column: their
    sum over the table's one total row. None unless it names two rows or more and the table has
    one total row."""
    rec = top.record
    if rec.kind != "table" or (top.cell.unit or "") in ("%", "％"):
        return None
    column = [_Scored(rec, c, 0.0, 0.0) for c in rec.cells if c.column == top.cell.column and c.number is not None
              and not is_dash(c.value)]
    parts = [s for s in column if not total_label(s.cell.row)]
    # (the question's own words, `own_words`, not the terms read into it: each row said whole, apart
    # from the others)
    asked = squash(_nfkc(own_words).rpartition("について、")[2])
    named = list({s.cell.row: s for s in parts if len(core := _row_core(s.cell.row)) >= 2 and core in asked}.values())
    spans = [(asked.find(core), asked.find(core) + len(core)) for core in (_row_core(s.cell.row) for s in named)]
    if any(a != b and a[0] <= b[0] and b[1] <= a[1] for a in spans for b in spans):
        return None  # (a name inside another: サービス業 of 宿泊業・飲食サービス業)
    totals = [s for s in column if total_label(s.cell.row)]
    if len(named) < 2 or len(totals) != 1 or len(named) >= len(parts):
        return None
    (*numbers, y), unit = _numbers(*(s.cell for s in named), totals[0].cell)
    x = math.fsum(numbers)
    if not y:
        return None
    where = period_text(top.cell) or (top.cell.column or "").strip()
    statement = (f"{rec.title.strip()}の{where + 'の' if where else ''}{'、'.join(s.cell.row.strip() for s in named)}を"
                 f"合わせると{amount_text(x, unit)}（{_sum_terms(named)}）、{totals[0].cell.row.strip()}は"
                 f"{amount_text(y, unit)}で、全体に占める割合は{percent_text(x / y, amount_text(x, unit), amount_text(y, unit))}。")
    return Found(statement, [(rec, s.cell) for s in named] + [(rec, totals[0].cell)], computed=True)


def _count_of_share(best: _Scored, counter: str) -> Found | None:
    """A count asked of a cell in ％ whose column's base the table's caption or notes give in the
    counter asked (「トラブルがあった企業（全体70社、中小企業58社…）が回答した」 for the 中小企業
    column): the base times the rate, in whole units; else None."""
    cell, rec = best.cell, best.record
    if (cell.unit or "") not in ("%", "％") or cell.number is None or not cell.column:
        return None
    column = squash(label_core(cell.column))
    where = squash(_nfkc(" ".join([rec.title, rec.section, rec.note, *(f.text for f in rec.footnotes)])))
    bases = set(re.findall(re.escape(column) + r"([0-9][0-9,]*)" + re.escape(counter), where)) if len(column) >= 2 else set()
    if len(bases) != 1:
        return None
    given = bases.pop()
    notes = tuple(f for f in rec.footnotes if f"{column}{given}{counter}" in squash(_nfkc(f.text)))
    base = float(given.replace(",", ""))
    count = base * cell.number / 100
    whole = f"{format_number(base)}{counter}"
    statement = (f"{rec.title.strip()}の{cell.row.strip()}の{column}は{value_text(cell)}で、{column}{whole}のうち"
                 f"約{decimal_text(count, 0)}{counter}に当たります（計算: {whole} × {value_text(cell)} = "
                 f"{decimal_text(count, 1)}{counter}）。")
    return Found(statement, [(rec, cell)], computed=True, notes=notes)


def percent_text(ratio: float, part: str, whole: str) -> str:
    """A ratio said as a percentage with its arithmetic: 「約95%です（計算: 262,857千円 ÷ 276,000千円 ×
    100 = 95.2%）」."""
    rate = ratio * 100
    return f"約{decimal_text(rate, 0)}%です（計算: {part} ÷ {whole} × 100 = {decimal_text(rate, 1)}%）"


def _rate_answer(intent: Intent, rec: TableRecord, same: list[_Scored]) -> Found | None:
    paired = _year_of_each_kind(intent.text)
    if "実績" in paired and "目標" in paired:
        # 「令和7年6月末の実績で最終年度（2027年度）の目標の何％」: each kind of its own year
        row = same[0].cell.row if same else None
        # (the row, or the table's 目標 and 実績 rows when the rows are the kinds)
        pick = {kind: next((s for s in same if (s.cell.row == row or cell_kind_from(s.cell.row)) and cell_kind(s.cell) == kind
                            and s.cell.fiscal_year == paired[kind] and s.cell.number is not None), None)
                for kind in ("実績", "目標")}
        parts = (pick["実績"], pick["目標"]) if all(pick.values()) else _diff_parts(intent, same)
    else:
        parts = _diff_parts(intent, same)
    if parts is None:
        return None
    actual, target = parts
    if cell_kind(actual.cell) != "実績" or not target.cell.number:
        return None
    rate = float(actual.cell.number) / float(target.cell.number)
    statement = (f"{_subject(rec, actual.cell)}の{period_text(actual.cell)}の達成率は"
                 f"{percent_text(rate, f'実績値{value_text(actual.cell)}', f'目標値{value_text(target.cell)}')}。")
    return Found(statement, [(actual.record, actual.cell), (target.record, target.cell)], computed=True)


def describe(record: TableRecord) -> str:
    """What a table holds, in a phrase: 「「セレクト神奈川ＮＥＸＴ」実績」の大企業・中小企業・合計."""
    labels = [c for c in record.columns if c and not _is_period_label(c)]
    if not labels:
        labels = [r for r in record.rows if r and not _is_period_label(r)]
    periods = [c for c in record.columns if c and _is_period_label(c)]
    what = "・".join(dict.fromkeys(re.sub(r"\s+", "", x) for x in labels[:4]))
    span = f"（{annotate_eras(_nfkc(periods[0]))}～{annotate_eras(_nfkc(periods[-1]))}）" if len(periods) >= 2 else ""
    return f"「{record.title}」の{what}{span}" if what else f"「{record.title}」"


def lookup(question: str, records: list[TableRecord], weight: Callable[[str], float] | None = None) -> Found | None:
    """Shortcut: `Lookup(weight).find(question, records)`."""
    return Lookup(weight).find(question, records)


def idf_weight(idf: dict[str, float]) -> Callable[[str], float]:
    """A bigram weight from an idf table (unknown bigrams weigh like the rarest known)."""
    # the index's idf table knows its maximum without a pass over every bigram in Python
    top = idf.max() if hasattr(idf, "max") else max(idf.values(), default=1.0)
    return lambda g: idf.get(g, top)


# --- the application period of a call for applications -------------------------------------------
# A label–value line that gives when applications are taken (募集期間, 公募期間, 受付期間, 申請締切,
# 応募締切, 申請期限, 申込締切); not when they open (募集開始, 申請受付開始).
_APPLICATION_PERIOD_LABEL = re.compile(r"(?:募集|公募|受付|申請|応募|申込|申し込み)(?:期間|期限|締切|締め切り)$|^(?:締切|締め切り|提出期限)$")
# A deadline asked (いつまでに, 何月何日まで, 締め切られ, 期限, 必着) ...
_DEADLINE_ASKED = re.compile(r"いつまで|何月何日まで|何日まで|締め?切|期限|必着|までに")
# ... of applying itself: the words of applying, which say nothing of which programme.
_APPLYING = re.compile(r"申請|応募|申し?込|募集|公募|受付|提出|締め?切|期限|必着|書類|届")
_NO_PROGRAMME = re.compile(r"[0-9]+|年度?|月|日|令和|平成|第|回目?|次|補助金?|助成金?|事業|制度|今回|今年度?|いつ|何月|何日")


def application_deadline_asked(question: str) -> bool:
    """Whether a question asks until when applications are taken (「申請書はいつまでに出せば」
    「2025年の募集は何月何日に締め切られ」)."""
    asked = _nfkc(question).rpartition("について、")[2]
    return bool(_DEADLINE_ASKED.search(asked) and _APPLYING.search(asked))


def is_application_period(cell: Cell) -> bool:
    """Whether a label–value line gives when applications are taken (募集期間：…から…まで)."""
    return cell.column is None and bool(_APPLICATION_PERIOD_LABEL.search(squash(cell.row)))


def application_periods(question: str, records: list[TableRecord], lead_docs: set[str],
                        words: Callable[[str], list[str]]) -> Found | None:
    """The application period a question about applying asks for, read off the label–value lines
    of the calls for applications (募集期間：令和７年５月12日から７月31日まで（必着）): of the year
    it names, of the programme it names by the words of a document's title or section (the
    words of applying name none), of a lead document when one has it. Several periods (the
    rounds of one call, or several calls) are all stated. None when the question names something
    else it applies for (「実績報告はいつまでに」, 「説明会の申込締切」 of a document without one)."""
    if not application_deadline_asked(question):
        return None
    asked = _nfkc(question).rpartition("について、")[2]
    rest = [w for w in words(asked) if not (_APPLYING.search(w) or _NO_PROGRAMME.fullmatch(w))]
    years = {y.western for y in find_years(_nfkc(question))}
    found = []
    for rec in records:
        if rec.kind != "facts":
            continue
        where = squash(f"{rec.doc_title}{rec.title}{rec.section}")
        if not all(squash(w) in where for w in rest):
            continue
        for cell in rec.cells:
            held = {y.western for y in find_years(_nfkc(cell.value))}
            if is_application_period(cell) and held and (not years or years & held):
                found.append((rec, cell))
    lead = [(r, c) for r, c in found if r.doc_id in lead_docs]
    found = lead or found
    if not found:
        return None
    docs = list(dict.fromkeys(r.doc_id for r, _ in found))

    def said(rec: TableRecord, cell: Cell) -> str:
        place = rec.section.rpartition(" > ")[2].strip() if len(found) > 1 else ""
        # (the programme, when the question does not name it or several calls answer)
        title = f"「{rec.doc_title}」の" if (len(docs) > 1 or not rest) and rec.doc_title else ""
        return f"{title}{place + 'の' if place and place not in title else ''}{cell.row}は{cell.value.strip()}"

    statement = "、".join(said(r, c) for r, c in found) + "です。"
    return Found(statement, found)
