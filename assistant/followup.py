"""Follow-up questions: rewrite a question that leans on the conversation into a standalone one.

"その翌年に出された意見は？" or "令和2年度の実績は？" cannot be searched alone. `rewrite_followup`
carries the topic of the earlier turns into the question and resolves relative years (その翌年
after a question about 2018 -> 2019年). With a LangChain chat model it asks the model to do the
rewrite and falls back to the offline rules when the model fails; without one it uses the rules.
Self-contained questions are returned unchanged.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from assistant.normalize import YearMention, era_text, find_years, normalize_question
from assistant.regions import places_in

if TYPE_CHECKING:
    from langchain_core.language_models import BaseChatModel

__all__ = ["REWRITE_SYSTEM_PROMPT", "REWRITE_USER_TEMPLATE", "rewrite_followup", "needs_context"]

logger = logging.getLogger(__name__)

REWRITE_SYSTEM_PROMPT = """\
あなたは、政策文書を検索するための質問を書き換えるアシスタントです。
会話の履歴と最新の質問を読み、最新の質問を「履歴を読まなくても意味が通じる1つの質問」に書き換えてください。

規則:
- 「その」「この」「同」「当該」「上記」などの指示語は、履歴に出てくる具体的な名称（制度名・事業名・地域名・指標名など）に置き換える。
- 「翌年」「前年」「同年」などの相対的な年は、履歴の年をもとに具体的な年（例: 2019年、令和2年度）に直す。
- 省略された話題（何の実績か、どの制度の目標か など）を履歴から補う。
- 最新の質問がそれだけで意味が通じる場合は、一字も変えずにそのまま出力する。
- 質問に答えない。新しい情報を付け加えない。
- 出力は書き換えた質問文1行だけにする（説明・前置き・引用符は付けない）。"""

REWRITE_USER_TEMPLATE = """\
会話の履歴:
{history}

最新の質問: {question}

書き換えた質問:"""

_HISTORY_TURNS = 6  # messages shown to the model
_HISTORY_CHARS = 400  # per message
_MAX_REWRITE_CHARS = 300

# --- context dependence -------------------------------------------------------------------------

_RELATIVE_YEAR_RE = re.compile(
    r"(?:その|この)?(?P<rel>翌々年度|翌々年|翌年度|翌年|次年度|次の年度|次の年|前々年度|前々年|前年度|前年|前の年度|前の年"
    r"|同年度|同年|当該年度|(?<=その)年度|(?<=この)年度|(?<=その)年(?![度間])|(?<=この)年(?![度間]))"
    r"(?:(?P<since>から|より)|(?P<joined>と)(?=合わせ|あわせ|合計|足))?"
)
_DEMONSTRATIVE_RE = re.compile(
    r"(?<!ど)(?:その|この|あの|それ|これ|あれ|そちら|こちら|そこ|ここ|当該|前述|上記|先述|こうした|そうした|同じ)"
    r"|(?<![一-龥])同(?=[年月日社市省県区国法]|事業|制度|特区|計画|期間|施設|機関|プログラム|拠点|補助金|地域)"
)
# Words that start with a demonstrative but do not point back at the conversation.
_NOT_DEMONSTRATIVE_RE = re.compile(r"これまで|これから|このほか|そのほか|その他|それぞれ|ここ数年")
_CONNECTIVE_RE = re.compile(
    r"^(?:(?:ありがとうございます|ありがとうございました|ありがとう|すみません|恐れ入りますが?|なるほど|了解です|わかりました)[。、,！!\s]*)*"
    r"(?:では|じゃあ|じゃ|それでは|それなら|なら|また|あと|ちなみに|ところで|さらに|で(?=[、,]))?[、,\s]*")
# Questions that start with a part of something named before (東側の区域, 後者, 残りの…).
_PART_OF_RE = re.compile(r"^(?:東側|西側|南側|北側|東部|西部|南部|北部|前者|後者|両者|残り|うち|そのうち|このうち)")
# "HATSU鎌倉は？", "令和3年度では？": one noun phrase and a topic particle.
_BARE_RE = re.compile(r"^[^のをがにへとはで、,]{1,16}(?:は|では|だと|なら|の場合は|についても|も)[？?]?$")
# 「もう一つのほうは？」「もう一つの拠点の方は？」: the one of a kind the conversation has not named.
OTHER_ONE = re.compile(r"^(?:もう一つ|もうひとつ|もう1つ|残りの?一つ|残りのひとつ)(?:の[^はのも？?、,]{1,8}?)?(?:の方|のほう)?"
                       r"(?:は|も)(?:どう(?:です|でしょう)か)?[？?]?$")
# The mark a rewritten 「もう一つのほうは？」 carries until the sibling is put in (retrieval.other_sibling).
OTHER_MARK = "（もう一つ）"
# A measure (調達額, 件数, 補助率, 期間): an attribute, not a subject.
_MEASURE = re.compile(r"[額数率費]$|期間$|時期$|[日月]$")
# "松木島エリアだとどうですか？": another subject for the same question (a sibling section).
_SWAP_RE = re.compile(
    r"^(?P<subject>[^、,？?]{1,24}?)(?:の方|のほう)?(?:だと|では|なら|の場合は?|については|は)(?:どう|いかが)(?:です|でしょう|なります|なっています)?か?[？?。]?$")

# 「それを提灯製造業に限るとどうなりますか？」: the same question, limited to a part of what it was
# asked of; and the whole a question may say it asks of (「全体で何％」), which a part replaces.
_LIMITED_RE = re.compile(r"^(?:(?:それ|これ|その(?:数|割合|件数|金額|数字))(?:を|は|で)?[、,]?\s*)?(?P<part>[^、,？?]{1,24}?)"
                         r"(?:に限ると|に限れば|に限った場合は?|に絞ると|だけだと|だけで見ると|のみだと)[、,]?\s*"
                         r"(?:どう|いかが)(?:です|でしょう|なります|なっています|なりました)?か?[？?。]?$")
_WHOLE_SAID = re.compile(r"全体(?:で|では)[、,]?")
# Periods of a plan or programme (第2期, 第３次): like years, they say when, not what.
_PERIOD_RE = re.compile(r"第[0-9０-９一二三四五六七八九十]+[期次]")
_LIKEWISE_RE = re.compile(r"^(?:同じく|同様に|同じように)[、,\s]*")
_RUN_RE = re.compile(r"[\u3400-\u4DBF\u4E00-\u9FFF々〆ヵヶ\u30A1-\u30FAー・A-Za-z0-9+&%\-]+")
_GENERIC = frozenset("""
実績 目標 目標値 実績値 件数 件 数 数値 金額 額 総額 合計 累計 人数 人 名 社 回 予算 決算 結果 内容 状況 期間 時期
場所 理由 担当 割合 比率 進捗 進捗度 達成率 内訳 詳細 概要 年 年度 月 日 期 名前 名称 推移 増減 比較 方法 対象 条件
上限 下限 上限額 費用 規模 面積 所在地 住所 日付 開始 終了 時点 現在 最新 今後 見込み 見通し 評価 ほか 他 以外
全体 全部 一覧 具体的 具体例 例 特徴 違い 差 増加 減少 場合 最近 直近 今年 去年 昨年 来年 今年度 昨年度 来年度
年間 前年 翌年 同年 前年度 翌年度 同年度 次年度 初年度 最終年度 当該 前述 上記 同 主 主な 分野 種類 理由 背景 目的 効果 成果
計画 取組 取り組み 支援 事業 制度 施策 政策 意見 資料 記事 文書 本文 記載 説明 教 教え 何 誰 方 点 等 など 他社 必要
マイナス プラス 理由 原因 要因
""".split())
_QUESTION_PREFIX = ("何", "誰", "幾", "如何", "何故")


def _content_runs(text: str) -> list[str]:
    """Noun-like runs (kanji/katakana/Latin) of `text` that name a topic, in order.

    Years, numbers, interrogatives and generic words (実績, 目標, 件数, ...) are not topics.
    """
    masked = _mask_periods(text)
    out: list[str] = []
    for m in _RUN_RE.finditer(masked):
        run = m.group(0).strip("・-")
        if len(run) < 2 or re.fullmatch(r"[0-9.,%+\-]+", run) or run.startswith(_QUESTION_PREFIX):
            continue
        if _all_generic(run):
            continue
        out.append(run)
    return out


def _mask_periods(text: str) -> str:
    """`text` with its years (令和2年度, 2018年) and plan periods (第2期) blanked out."""
    spans = [(m.start, m.end) for m in find_years(text)] + [m.span() for m in _PERIOD_RE.finditer(text)]
    masked = list(text)
    for a, b in spans:
        masked[a:b] = [" "] * (b - a)
    return "".join(masked)


def _all_generic(run: str) -> bool:
    """True when `run` is made only of generic words (累計実績 = 累計 + 実績) and digits."""
    n = len(run)
    ok = [False] * (n + 1)
    ok[0] = True
    for i in range(n):
        if not ok[i]:
            continue
        if run[i].isdigit():
            ok[i + 1] = True
        for j in range(i + 1, min(n, i + 5) + 1):
            if run[i:j] in _GENERIC:
                ok[j] = True
    return ok[n]


def needs_context(question: str) -> bool:
    """Whether a question depends on earlier turns (demonstratives, relative years, ellipsis)."""
    q = normalize_question(question)
    bare = _NOT_DEMONSTRATIVE_RE.sub("", q)
    if _RELATIVE_YEAR_RE.search(bare) or re.search(r"その後", bare) or _DEMONSTRATIVE_RE.search(bare):
        return True
    core = _CONNECTIVE_RE.sub("", q)
    if core != q:  # starts with では/じゃあ/また...: continues the conversation
        return True
    if _PART_OF_RE.match(core) or _LIKEWISE_RE.match(core):
        return True  # 東側の区域は…, 後者は…: a part of something named before; 同じく…: its sibling
    if not _content_runs(core):
        return True  # 実績は？ / 令和2年度は？ / いくらですか？
    return bool(_BARE_RE.match(core.rstrip("。")) or _SWAP_RE.match(core) or _bare_contrast(core)
                or OTHER_ONE.match(core))


# --- rule-based rewrite -----------------------------------------------------------------------------

_INTERROGATIVE_RE = re.compile(
    r"(?:どんな|(?<![なほ])どのよう|(?<!な)どの|どう|どれ|どこ|何|なに|なん|いつ|誰|だれ|いくら|いくつ|教えて|ありますか|ですか|ますか|でしょうか|とは)"
)
_RANGE_GAP_RE = re.compile(r"\s*(?:[～~〜\-－–—―‐]|から)\s*")
_TRAILING_PARTICLES_RE = re.compile(
    r"(?:について|に関して|に関する|としては|として|という|では|には|とは|って|から|より|は|が|を|の|(?<!ま)で|に|も|と|、|,|\s)+$")
# (「令和８年度までに」 keeps its まで: で after ま is no particle)
# A predicate the topic ran into (「…事例は紹介されていますか」「…状況を知りたいです」): the topic is the
# noun phrase its は/が/を marks, not the verb (a noun phrase never ends in hiragana once the
# particles are stripped)
_PREDICATE_TAIL_RE = re.compile(r"(?:は|が|を)[^はがを、,]*[\u3041-\u3096]$")


# A topic set off by は/では/には and a comma; the rest of the sentence is what is asked of it.
_TOPIC_CLAUSE_RE = re.compile(r"^(?P<topic>[^、,]+?)(?:では|には|は)[、,]")
# A case particle right before the interrogative (日本と どんな, 何社に いくら): the words before it
# are an argument of the asked predicate, not the topic (which takes は, の or nothing).
_CASE_PARTICLE_RE = re.compile(r"^(?:と|に|で|を|へ|から|より)$")


@dataclass
class _Turn:
    standalone: str  # the user turn made standalone
    topic: str  # its topic phrase ("" when none)


def _topic_phrase(question: str) -> str:
    """The topic of a standalone question: the text before its interrogative part.

    "遼寧省が2018年に発表した外資誘致の施策はどんなものですか？" -> "遼寧省が2018年に発表した外資誘致の施策".
    """
    q = _CONNECTIVE_RE.sub("", normalize_question(question)).rstrip("？?。!！ ")
    cut = None
    argument = False
    for m in _INTERROGATIVE_RE.finditer(q):
        head = _TRAILING_PARTICLES_RE.sub("", q[: m.start()])
        if _content_runs(head):
            cut = head  # the first interrogative with a topic before it starts the question part
            argument = bool(_CASE_PARTICLE_RE.match(q[len(head): m.start()]))
            break
    if cut is None:
        cut = _TRAILING_PARTICLES_RE.sub("", q)
    marker = max(cut.rfind("は"), cut.rfind("って"))
    if argument and marker > 0:
        # 「西中島エリアでは、日本とどんな分野で協力する」「松木島エリアって、大連市中心部からどのくらい」:
        # 日本と belongs to what is asked of the topic, which ends at the last は (or って) before it
        head = _TRAILING_PARTICLES_RE.sub("", cut[:marker])
        if _content_runs(head):
            cut = head
    tail = _PREDICATE_TAIL_RE.search(cut)
    if tail and _content_runs(cut[: tail.start()]):
        cut = _TRAILING_PARTICLES_RE.sub("", cut[: tail.start()])
    cut = cut.replace("について、", "の")
    return cut if _content_runs(cut) else ""


# Our own wording in replies (answer templates, reply drafts): never a topic of the conversation.
_OWN_WORDING = re.compile(
    r"該当箇所|出典欄|出典|引用|担当者様|ご担当者|御礼申|御礼|平素|高配|格別|何卒|拝啓|敬具|申し上げ|お問い合わせ|問い合わせいただ"
    r"|年の換算|計算|記載|見当たり|資料(?![室館])|表では|実績は目標|上回って|下回って|達成して|数値は")
_AMOUNT_RUN = re.compile(r"[0-9]")


# A question of which one is the most (「一番大きかった茶の種類は何ですか」) and the name a reply
# opens with to answer it (「抹茶で、輸出額は…」「抹茶です。」).
_ASKED_WHICH = re.compile(r"(?:一番|最も)[^。？?]{0,24}?(?:は|が)\s*(?:何|どれ|どこ|(?<![なほ])どの)")
# (a name: kanji, katakana and Latin letters, not a sentence of the reply's own, 「該当する記載はありませんでした。」)
_REPLY_NAME = re.compile(r"\s*([\u4e00-\u9fff\u30a0-\u30ffA-Za-zＡ-Ｚａ-ｚ・]{2,20}?)(?:で、|です。|でした。)")
# A question that asks where or who (「どこに問い合わせれば」「誰が受け付けて」): its answer is a name.
_ASKED_WHERE = re.compile(r"どこ|どちら|誰|だれ|どなた|(?:(?<![なほ])どの|どんな)(?:機関|団体|窓口|部署|会社|企業|組織|施設)")
# A demonstrative that points at a place or a body (そこ, その会社): what it points at is a name
# (an organisation, a place, a zone), not the facts the reply gave about it.
_ENTITY_REFERENCE = re.compile(
    r"(?<!ど)(?:そこ|そちら|あそこ)|(?:その|この|同)(?:会社|企業|機関|団体|法人|組織|施設|拠点|都市|地域)")
_ENTITY_NAME = re.compile(
    r"(?:県|市|町|村|省|区|庁|局|法人|機構|大学|センター|協議会|財団|組合|銀行|公社|研究所|協会|会社|エリア|特区|区域|地区|団地|パーク"
    r"|窓口|デスク|事務所|事務局|支所|館|課|室)$"
    r"|株式会社|[A-Z]{2,}")


def _assistant_phrases(reply: str, known: str, limit: int = 3, *, names_only: bool = False) -> list[str]:
    """Distinctive noun runs of an assistant reply that the user's topic does not already hold.

    Only what the reply quotes or names from the documents counts: the words inside 「」
    (verbatim corpus text) when it quotes, never the reply's own wording (該当箇所, 出典欄,
    担当者様, 御礼申…), and no figures (13億291万円, 1月末時点). `names_only`: only names of
    organisations and places (see _ENTITY_NAME)."""
    text = normalize_question(re.sub(r"※ 年の換算.*", "", reply))
    quoted = re.findall(r"「([^「」]{2,120})」", text)
    source = " ".join(quoted) if quoted else text
    out: list[str] = []
    for run in _content_runs(source):
        if run in known or run in out or len(run) < 3 or _OWN_WORDING.search(run) or _AMOUNT_RUN.search(run):
            continue
        if names_only and not _ENTITY_NAME.search(run):
            continue
        out.append(run)
        if len(out) == limit:
            break
    if names_only and not out:
        # no name of an organisation or a place with its kind (…市, …大学): a place the reply names
        # outside its quotes (「株洲です。…」) is what そこ points at
        from index.tokenizer import get_tokenizer

        unquoted = re.sub(r"「[^「」]*」", " ", text)
        out = [n for n in dict.fromkeys(get_tokenizer().place_names(unquoted))
               if len(n) >= 2 and n not in known and not _OWN_WORDING.search(n)][:limit]
    return out


def _reference_year(turns: list[_Turn], history: list[dict]) -> YearMention | None:
    """The year relative expressions refer to: the latest user turn's year, else the reply's."""
    for t in reversed(turns):
        years = find_years(t.standalone)
        if years:
            return years[-1]
    for msg in reversed(history):
        if msg.get("role") == "assistant":
            years = find_years(normalize_question(str(msg.get("content", ""))))
            if years:
                return years[0]
    return None


_OFFSETS = {
    "翌々年度": 2, "翌々年": 2, "翌年度": 1, "翌年": 1, "次年度": 1, "次の年度": 1, "次の年": 1,
    "前々年度": -2, "前々年": -2, "前年度": -1, "前年": -1, "前の年度": -1, "前の年": -1,
    "同年度": 0, "同年": 0, "当該年度": 0, "年度": 0, "年": 0,  # (その年度, その年)
}


def _resolve_relative_years(question: str, ref: YearMention | None) -> str:
    """Replace その翌年 / 前年度 / 同年 ... by the year they mean, in the reference's system.

    A relative year counts from the last year the question itself said before it, or named going
    forward (「その次の年度は前の年より」: 前の年 is the year before その次の年度), else from `ref`
    (「前の年度と比べると…前年度の件数も」: both are the year before the one spoken of)."""
    if ref is None:
        return question
    def text(y: int, suffix: str) -> str:
        return era_text(y, suffix) if ref.era is not None else f"{y}{suffix}"

    said = find_years(question)
    out, at, last = [], 0, ref.western
    for m in _RELATIVE_YEAR_RE.finditer(question):
        base = next((y.western for y in reversed(said) if y.end <= m.start() and y.start >= at), last)
        rel = m.group("rel")
        year = base + _OFFSETS[rel]
        # 翌年 after 令和2年度 means the next fiscal year; after 2018年 the next calendar year.
        suffix = "年度" if rel.endswith("年度") or ref.suffix == "年度" else "年"
        if m.group("since") and year < base:
            # 前の年度から増えた: from that year to the one spoken of
            out.append(question[at:m.start()] + f"{text(year, suffix)}から{text(base, suffix)}にかけて")
        elif m.group("joined") and year != base:
            # 「その前の年度と合わせると」: that year and the one spoken of, together
            first, second = sorted((year, base))
            out.append(question[at:m.start()] + f"{text(first, suffix)}と{text(second, suffix)}を")
        else:
            out.append(question[at:m.start()] + text(year, suffix) + (m.group("since") or m.group("joined") or ""))
            if _OFFSETS[rel] >= 0:
                last = year  # (a year named going forward is spoken of; 前年度 only compares with it)
        at = m.end()
    return "".join(out) + question[at:]


# 「その月」「同じ月」: the month the conversation spoke of last (「令和６年10月には…」).
_THAT_MONTH_RE = re.compile(r"(?:その|この|同じ)月|同月")
_MONTH_SAID_RE = re.compile(r"((?:令和|平成)?(?:[0-9]{1,4}|元)年)?([0-9]{1,2})月(?![0-9])")


def _resolve_that_month(question: str, turns: list[_Turn], history: list[dict]) -> str:
    """Replace その月 by the month (with its year, when said) the latest turn spoke of."""
    if not _THAT_MONTH_RE.search(question):
        return question
    said = [normalize_question(t.standalone) for t in reversed(turns)]
    said += [normalize_question(str(m.get("content", ""))) for m in reversed(history) if m.get("role") == "assistant"]
    for text in said:
        months = list(_MONTH_SAID_RE.finditer(text))
        if months:
            return _THAT_MONTH_RE.sub(months[-1].group(0), question, count=1)
    return question


def _only_years(question: str) -> list[YearMention]:
    """The years of a question that says nothing but a year ("令和2年度は？", "では2021年度は？")."""
    q = _CONNECTIVE_RE.sub("", question)
    years = find_years(q)
    if not years:
        return []
    rest = q
    for y in reversed(years):
        rest = rest[: y.start] + rest[y.end:]
    rest = re.sub(r"[？?。、,\s~～]|は|では|だと|なら|の場合|どう|ですか|でしょうか|について|も|の", "", rest)
    return years if not rest else []


def _rewrite_one(question: str, turns: list[_Turn], history: list[dict]) -> _Turn:
    """Make one user turn standalone, given the earlier (already standalone) user turns."""
    q = normalize_question(question)
    if not turns or not needs_context(q):
        return _Turn(question, _topic_phrase(q))
    prev = turns[-1]
    topic = _conversation_topic(turns)

    q = _resolve_relative_years(q, _reference_year(turns, history))
    q = _resolve_that_month(q, turns, history)
    years = _only_years(q)
    if years and prev.standalone:
        # 令和2年度は？ -> the previous question with its year replaced (or the year prefixed).
        base = normalize_question(prev.standalone)
        old = find_years(base)
        new_years = "～".join(y.surface for y in years) if len(years) > 1 else years[0].surface
        if old:
            a, b = old[-1].start, old[-1].end
            if len(old) >= 2 and _RANGE_GAP_RE.fullmatch(base, old[-2].end, old[-1].start):
                a = old[-2].start  # replace the whole range 平成29～令和3年度
            rewritten = base[:a] + new_years + base[b:]
        else:
            rewritten = f"{new_years}の{base}"
        return _Turn(rewritten, _topic_phrase(rewritten) or topic)

    body = _CONNECTIVE_RE.sub("", q)
    if OTHER_ONE.match(body) and prev.standalone:
        # 「もう一つのほうは？」 after two of three siblings were asked about: the previous question,
        # marked so that the assistant puts the sibling not yet named in place of the named ones
        # (it knows the documents' sibling headings; see retrieval.other_sibling)
        return _Turn(normalize_question(prev.standalone).rstrip("。") + OTHER_MARK, prev.topic)
    likewise = _LIKEWISE_RE.match(body)
    if likewise and prev.standalone:
        # 「同じく、産学共同研究の件数の実績と目標は？」: a sibling of what was asked before, so only
        # the outer context is carried (the zone or programme named first, and the year), not the
        # indicator or facility the previous question was about
        body = body[likewise.end():]
        if any(not _all_generic(r) for r in _content_runs(body)):
            base = normalize_question(prev.standalone)
            runs = _content_runs(_topic_phrase(base) or base)
            # (the outer context is the first of several names; a question that named one thing
            # only (蕪湖の強みは) has no context the sibling shares)
            context = [r for r in runs[:1] if r not in body] if len(runs) >= 2 else []
            context += [y.surface for y in find_years(base)[-1:] if not find_years(body)]
            lead = "・".join(context)
            rewritten = f"{lead}について、{body}" if lead else body
            return _Turn(rewritten, _topic_phrase(rewritten) or topic)
    bare = _bare_contrast(body)
    if bare and _MEASURE.search(bare.group("subject")):
        bare = None  # 「調達額のほうは？」: another attribute of the same subject, not another subject
    if bare and prev.standalone and topic:
        # 「新材料のほうは？」 alone: the previous question, asked of the other one (the one spoken of,
        # the topic's last name, is dropped: 「大連のモデル区では…どんな目標」 -> 「大連の新材料では…」)
        # (「HATSU鎌倉の開設日」: the attribute asked before stays, 「小田原の拠点の開設日」)
        base = normalize_question(prev.standalone)
        entity = _entity_of(topic)
        kept = _other_of_kind(entity, body)
        subject = f"{kept}の{bare.group('subject')}" if kept != entity else bare.group("subject")
        if entity in base:
            rewritten = base.replace(entity, subject, 1)
            return _Turn(rewritten, _topic_phrase(rewritten) or topic)
    limited = _LIMITED_RE.match(body)
    if limited and prev.standalone:
        # 「それを分業事業者に限るとどうなりますか？」: the previous question, of the part named (the
        # whole it was asked of, 「全体で」, is no longer asked)
        base = _WHOLE_SAID.sub("", normalize_question(prev.standalone))
        rewritten = f"{limited.group('part').strip()}に限ると、{base}"
        return _Turn(rewritten, _topic_phrase(rewritten) or topic)
    swap = _SWAP_RE.match(body)
    if swap and prev.standalone and not find_years(swap.group("subject")):
        # the previous question, asked of another subject: its first named subject is replaced
        base = normalize_question(prev.standalone)
        runs = _content_runs(_topic_phrase(base) or base)
        subject = swap.group("subject").strip()
        named = not _DEMONSTRATIVE_RE.search(subject) and _content_runs(subject) == [subject]
        if named and runs and subject not in base:
            # siblings share their kind (…エリア, …特区, …事業): the subject replaces the run of its kind
            same_kind = [r for r in runs if _same_kind(r, subject)]
            old = (same_kind or runs)[0]
            if old in base:
                rewritten = base.replace(old, subject, 1)
                return _Turn(rewritten, _topic_phrase(rewritten) or topic)
    if topic and (_asks_attribute(body) or _ENTITY_REFERENCE.search(body)):
        # 目標 asked before, 実績 now: carry the indicator, not 目標; そこ points at the place, not
        # at the 名前と住所 asked of it before; the year asked of it stays when the follow-up names
        # none (「2019年度の目標は」, then 「実績は？」: the 2019年度 actual)
        entity = _entity_of(topic)
        kept = [y.surface for y in find_years(topic[len(entity):])] if not find_years(body) else []
        topic = f"{'・'.join(kept)}の{entity}" if kept and entity else entity
    topic = _in_own_time(_other_of_kind(topic, body), body)
    body, resolved = _resolve_kind_reference(body, topic)
    if not resolved and history and history[-1].get("role") == "assistant":
        # 「その事業で連携しているオフィス」 after a reply that named 「神奈川インダストリアルパーク事業」
        body, resolved = _resolve_kind_reference(body, "・".join(_QUOTED_NAME.findall(str(history[-1].get("content", "")))))
    if _only_year_reference(question, body):
        return _Turn(body, _topic_phrase(body) or topic)  # 同年の就業者の増加数は？: standalone once 同年 is a year
    extra: list[str] = []
    points_at_reply = not resolved and bool(
        re.search(r"(?<!ど)(?:その|この|それ|これ|そちら|こちら|そこ|前述|上記|先述)", body))
    if points_at_reply and _names_programme(topic) and not _NAMED_REFERENCE.search(_NOT_DEMONSTRATIVE_RE.sub("", body)):
        # 「それを使って進出した企業は」 after 「…パーク事業というのはどういう事業ですか」: a bare それ
        # points at the programme the topic names, not at the facts the reply gave about it
        points_at_reply = False
    if points_at_reply and _COMPARED_TO_REPLY.search(body):
        # 「それより多い」「それと比べて」: the reply's figure is compared, about the same topic; the
        # reply's other words (its breakdowns, 「うち県外・国外」) are not what is asked
        points_at_reply = False
    if points_at_reply and history and _names_what_it_points_at(body, str(history[-1].get("content", ""))):
        points_at_reply = False  # 「その涼しい気候って」 after a reply about 冷涼な気候: the question names it
    if (points_at_reply and len(history) >= 2 and history[-1].get("role") == "assistant"
            and _ASKED_WHICH.search(str(history[-2].get("content", "")))):
        # 「一番大きかった茶の種類は何ですか」 → 「抹茶で、…」 → 「それは、全体の何％」: それ is the one the
        # reply named first, in the year the topic was asked of
        name = _REPLY_NAME.match(str(history[-1].get("content", "")))
        if name and name.group(1) not in body:
            topic = "の".join([*(y.surface for y in find_years(topic)[-1:]), name.group(1)])
            points_at_reply = False
    if (points_at_reply or not topic) and history and history[-1].get("role") == "assistant":
        # そこ / その会社 point at a name the reply gave, not at the facts it gave about it
        entity = bool(topic) and bool(_ENTITY_REFERENCE.search(body))
        extra = _assistant_phrases(str(history[-1].get("content", "")), topic + body,
                                   limit=1 if entity else 3, names_only=entity)
        # (not a phrase of the reply's place when the follow-up names another: 「その品目の米国向けは」
        # after 「こうしんのシンガポール向けは1.4トン」 keeps こうしん, not シンガポール向)
        extra = [x for x in extra if _swap_place(x, body) == x]
        if entity and extra and len(history) >= 2 and _ASKED_WHERE.search(str(history[-2].get("content", ""))):
            # (the name the reply gave to a question that asked where or who is what そこ points at:
            # 「どこに問い合わせれば」 → 「…資料室が受け付けています」 → 「そこの電話番号」 asks the
            # 資料室's; after 「松木島エリアの計画面積は」 → 「…金普新区の北部に位置」, そこ is still the エリア)
            topic, extra = extra[0], []
    lead = "・".join(x for x in [topic, *extra] if x)
    if not lead or lead in body:
        return _Turn(body, topic)
    rewritten = f"{lead}について、{body}"
    return _Turn(rewritten, topic)


# What a topic that names a programme, a body or a place ends with (…事業, …補助金, …特区, …市).
_PROGRAMME_NAME = re.compile(
    rf"(?:事業|制度|補助金|奨励金|助成金|交付金|プログラム|計画|構想|協定|覚書|MOU)$|{_ENTITY_NAME.pattern}")
# The previous answer's figure compared (それより多い, それと比べて, それ以上).
_COMPARED_TO_REPLY = re.compile(r"(?<!ど)(?:それ|これ|その数|その件数|その金額)(?:より|と比べ|に比べ|と比較|以上|以下|未満)")
# A demonstrative with a noun or a place (その情報, この数字, そこ, 同年): it says what it points at.
_NAMED_REFERENCE = re.compile(r"(?<!ど)(?:その|この|あの|当該|前述|上記|先述|同じ|そこ|ここ|そちら|こちら)")


_POINTED_NOUN = re.compile(r"(?<!ど)(?:その|この)[^\s、。？?]{0,8}?([\u4e00-\u9fff\u30a1-\u30fa]{2,})(?:って|は|が|を|の|に|で|も|[、,])")


def _names_what_it_points_at(body: str, reply: str) -> bool:
    """Whether a demonstrative's own noun is a word of the reply (「その涼しい気候って」 after 「冷涼な
    気候と…」): the question then says itself what it points at, and the reply's other words would
    only blur it."""
    m = _POINTED_NOUN.search(body)
    return bool(m) and m.group(1) in normalize_question(reply)


def _names_programme(topic: str) -> bool:
    """Whether a topic is a name (「神奈川インダストリアルパーク事業」「神奈川県の産業集積奨励金」), a noun
    phrase joined by の, not a clause about something (「遼寧省は、…企業に対して」). A prefecture or a
    city alone is none: それ does not point at a place (そこ does), so 「それはいつから」 after
    「神奈川県では…どの範囲が指定されていますか」 points at what the reply said."""
    runs = _content_runs(topic)
    noun_phrase = re.fullmatch(r"[^\u3041-\u3096、,]+(?:の[^\u3041-\u3096、,]+)*", topic.replace(" ", ""))
    return (bool(runs) and bool(noun_phrase) and bool(_PROGRAMME_NAME.search(runs[-1]))
            and not _ADMINISTRATIVE_PLACE.search(runs[-1]))


_ADMINISTRATIVE_PLACE = re.compile(r"(?:都|道|府|県|市|町|村|省|(?<![特地])区)$")


# A follow-up that says its own time relative to now (今年度, 来年度, 今後), not to the conversation.
_OWN_TIME = re.compile(r"今年度|本年度|来年度|今年|来年|今後|現在")


# 「小田原の拠点のほうは」「西中島エリアの方は」: the other one of a kind, set against the one spoken of.
_CONTRAST = re.compile(r"^(?P<subject>[^、,？?。]{1,24}?)(?:の方|のほう)(?:は|だと|では|も)")


def _bare_contrast(body: str) -> re.Match | None:
    """「新材料のほうは？」: nothing but the other one of a kind (a _CONTRAST with nothing after it)."""
    m = _CONTRAST.match(body)
    return m if m and not body[m.end():].strip("？?。 ") else None


def _other_of_kind(topic: str, body: str) -> str:
    """The topic for a follow-up about a sibling: its name replaced by the sibling of the same kind
    the follow-up names (see _swap_sibling), or, for 「小田原の拠点のほうは、いつ…」 after 「…創出拠点の
    HATSU鎌倉は…」 (another one of the kind, named otherwise), without the one spoken of (the
    topic's last name)."""
    swapped = _swap_sibling(topic, body)
    contrast = _CONTRAST.match(body)
    if swapped != topic or not contrast or contrast.group("subject") in topic:
        return swapped
    runs = _content_runs(topic)
    if len(runs) >= 2 and runs[-1] in topic:
        return _TRAILING_PARTICLES_RE.sub("", topic[: topic.rindex(runs[-1])])
    return topic


def _in_own_time(topic: str, question: str) -> str:
    """The topic without its years when the follow-up sets its own time: 「今年度はどこで開催する
    予定ですか」 after 「…セミナー、2024年度はどこで」 is about this year's seminar."""
    if not _OWN_TIME.search(question):
        return topic
    for y in sorted(find_years(topic), key=lambda y: -y.start):
        topic = _TRAILING_PARTICLES_RE.sub("", topic[: y.start]) + topic[y.end:]
    return topic.strip("、, ")


def _same_kind(a: str, b: str) -> bool:
    """Siblings end alike (松木島エリア and 西中島エリア, …特区, …事業): their last two characters."""
    return len(a) > 2 and a[-2:] == b[-2:]


def _swap_sibling(topic: str, body: str) -> str:
    """The topic with a name replaced by the sibling of its kind the follow-up names: 「じゃあ西中島
    エリアの方は？距離と重点分野を教えて」 after 「…の松木島エリアって、…」 is about 西中島エリア
    (siblings end alike: …エリア, …特区, …事業)."""
    named = [r for r in _content_runs(body) if len(r) > 2 and not _AMOUNT_RUN.search(r) and not _all_generic(r)]
    for old in _content_runs(topic):
        if len(old) <= 2 or _AMOUNT_RUN.search(old) or _all_generic(old):
            continue
        new = next((r for r in named if r != old and _same_kind(r, old) and r not in topic and old not in r), None)
        if new:
            return topic.replace(old, new, 1)
    return topic


def _swap_place(topic: str, body: str) -> str:
    """The topic with its place abroad replaced by the one the follow-up names: 「その品目の米国向けは
    どれだけ」 after 「こうしんはシンガポールに何トン」 asks of 米国, not of both (places abroad are of
    one kind whatever their names end with; a place at home, 「神奈川ブース」, is no such sibling)."""
    new = [n for n in places_in(body) if n not in topic]
    if len(new) != 1:
        return topic  # (none, or several compared: 「香港と台湾では」 names its own)
    old = next((n for n in places_in(topic) if n not in body), None)
    return topic.replace(old, new[0], 1) if old else topic


def _entity_of(topic: str) -> str:
    """A topic without the attribute it asked for: the trailing の-parts made only of generic words.

    "生活支援ロボットの導入施設数の目標" -> "生活支援ロボットの導入施設数";
    "大連モデル区の松木島エリアの面積" -> "大連モデル区の松木島エリア"."""
    parts = topic.split("の")
    while len(parts) > 1 and all(_all_generic(w) for w in re.split(r"[とや、・]", re.sub(r"\s", "", parts[-1])) if w):
        parts.pop()  # (名前と住所: generic words listed with と are generic too)
    return "の".join(parts)


def _asks_attribute(body: str) -> bool:
    """Whether a follow-up names an attribute it asks for (実績は？, 令和6年度の目標は？, 所在地は？),
    as opposed to a year or a comparison only (令和5年度と比べてどうですか？) or another subject
    for the same question (HATSU鎌倉は？)."""
    runs = [m.group(0) for m in _RUN_RE.finditer(_mask_periods(body))]
    return any(len(r) >= 2 and not r.isdigit() and _all_generic(r) for r in runs)


# A name a reply quotes (「神奈川インダストリアルパーク事業」).
_QUOTED_NAME = re.compile(r"「([^「」]{2,40})」")
_KIND_REFERENCE = re.compile(r"(?<![そあど])(?:その|この|同|当該)(?P<kind>[\u4E00-\u9FFF\u30A1-\u30FAー]{1,6}?)(?=[のはがをにでへとも、]|$)")


def _resolve_kind_reference(body: str, topic: str) -> tuple[str, bool]:
    """"そのエリア", "その大学", "当該制度": the name of that kind in the topic replaces it
    (松木島エリア, 横浜市立大学); not the この of 「そこの会社」. Returns the body and whether a
    reference was resolved."""
    runs = [part for run in (_content_runs(topic) if topic else []) for part in run.split("・")]  # (carried topics join by ・)
    for m in _KIND_REFERENCE.finditer(body):
        kind = m.group("kind")
        named = [r for r in runs if r.endswith(kind) and len(r) > len(kind)]
        if named:
            return body[: m.start()] + named[-1] + body[m.end():], True
    return body, False


def _only_year_reference(question: str, body: str) -> bool:
    """A follow-up that leaned on the conversation only through a relative year (同年, 翌年度) and
    names its own subject once that year is resolved: "同年の就業者の増加数はどうでしたか？"."""
    q = _NOT_DEMONSTRATIVE_RE.sub("", normalize_question(question))
    if not _RELATIVE_YEAR_RE.search(q):
        return False
    rest = _RELATIVE_YEAR_RE.sub("", q)
    if _DEMONSTRATIVE_RE.search(rest) or _CONNECTIVE_RE.sub("", rest) != rest or _PART_OF_RE.match(rest):
        return False
    return any(not _all_generic(r) for r in _content_runs(body)) and _asks_attribute(body)


def _user_turns(history: list[dict]) -> list[str]:
    return [str(m.get("content", "")) for m in history if m.get("role") == "user" and str(m.get("content", "")).strip()]


def _standalone_turns(history: list[dict]) -> list[_Turn]:
    """Every earlier user turn made standalone, oldest first."""
    turns: list[_Turn] = []
    seen: list[dict] = []
    for msg in history:
        if msg.get("role") == "user" and str(msg.get("content", "")).strip():
            turns.append(_rewrite_one(str(msg["content"]), turns, seen))
        seen.append(msg)
    return turns


def _rule_based(question: str, history: list[dict]) -> str:
    return _rewrite_one(question, _standalone_turns(history), history).standalone


# --- LLM rewrite -----------------------------------------------------------------------------------


def _format_history(history: list[dict]) -> str:
    lines = []
    for msg in history[-_HISTORY_TURNS:]:
        who = "ユーザー" if msg.get("role") == "user" else "アシスタント"
        text = re.sub(r"\s+", " ", str(msg.get("content", ""))).strip()
        if len(text) > _HISTORY_CHARS:
            text = text[:_HISTORY_CHARS] + "…"
        lines.append(f"{who}: {text}")
    return "\n".join(lines)


def _message_text(message: Any) -> str:
    content = getattr(message, "content", message)
    if isinstance(content, list):  # content blocks
        content = "".join(b.get("text", "") if isinstance(b, dict) else str(b) for b in content)
    return str(content or "")


def _clean_model_output(raw: str) -> str:
    lines = [ln.strip() for ln in raw.strip().splitlines() if ln.strip()]
    if not lines:
        return ""
    text = re.sub(r"^(?:書き換えた質問|書き換え後|質問)\s*[:：]\s*", "", lines[0])
    text = text.strip().strip("「」『』\"'`").strip()
    return text


def _rewrite_with_model(question: str, history: list[dict], chat_model: "BaseChatModel") -> str:
    from langchain_core.messages import HumanMessage, SystemMessage

    messages = [
        SystemMessage(content=REWRITE_SYSTEM_PROMPT),
        HumanMessage(content=REWRITE_USER_TEMPLATE.format(history=_format_history(history), question=question)),
    ]
    return _clean_model_output(_message_text(chat_model.invoke(messages)))


def rewrite_followup(question: str, history: list[dict], *, chat_model: "BaseChatModel | None" = None) -> str:
    """Return `question` as a standalone question, using the conversation `history`.

    Args:
        question: the user's latest question.
        history: earlier turns, ``[{"role": "user"|"assistant", "content": str}, ...]``, oldest first.
        chat_model: a LangChain chat model to do the rewrite; ``None`` uses offline rules. When the
            model raises or returns nothing usable, the rules are used and a warning is logged.

    Returns:
        `question` unchanged when there is no history or (offline) it does not depend on it;
        otherwise one standalone question (topic carried over, relative years resolved).
    """
    if not history or not question.strip():
        return question
    if chat_model is not None:
        try:
            rewritten = _rewrite_with_model(question, history, chat_model)
        except Exception as e:  # any model/transport failure: the offline rules still work
            logger.warning("follow-up rewrite with the chat model failed (%s: %s); using rules", type(e).__name__, e)
        else:
            if rewritten and len(rewritten) <= max(_MAX_REWRITE_CHARS, 3 * len(question)):
                logger.debug("follow-up rewrite (model): %r -> %r", question, rewritten)
                return rewritten
            logger.warning("follow-up rewrite with the chat model gave unusable output %r; using rules", rewritten[:80])
    rewritten = _rule_based(question, history)
    if rewritten != question:
        logger.debug("follow-up rewrite (rules): %r -> %r", question, rewritten)
    return rewritten


def sets_own_subject(question: str) -> bool:
    """Whether a question opens with a subject of its own set off by a comma (「省のレベルでは、…」)."""
    clause = _TOPIC_CLAUSE_RE.match(_CONNECTIVE_RE.sub("", normalize_question(question)))
    return bool(clause and _content_runs(clause.group("topic")))


def carry_topic(question: str, history: list[dict]) -> str:
    """`question` prefixed with the topic of the latest user turn, whether or not it looks elliptical.

    The rules leave a question alone when it shows no sign of depending on the conversation;
    "どんな分野を中心にするとしていますか？" does depend on it without saying so. The service tries
    this version too and keeps whichever retrieves with more confidence.
    """
    q = normalize_question(question)
    topic = _in_own_time(_other_of_kind(_conversation_topic(_standalone_turns(history)), q), q)
    if not topic or topic in q:
        return question
    return f"{topic}について、{q}"


def _conversation_topic(turns: list[_Turn]) -> str:
    """The latest turn's topic, led by the names of the first turn's topic it lacks: a
    conversation keeps to what it started with (遼寧省) while its questions move on."""
    topic = next((t.topic for t in reversed(turns) if t.topic), "")
    first = next((t.topic for t in turns if t.topic), "")
    if not topic or first == topic:
        return topic
    lacking = [r for r in _content_runs(first) if r not in topic]
    return "・".join(lacking + [topic]) if lacking else topic
