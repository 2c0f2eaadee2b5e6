"""The class of firm (小規模事業者, 中小企業者) a question's own firm belongs to, read from the
document's head-count definition: the definitions, the reading, and the answers built on it."""

from __future__ import annotations

import pytest

from assistant.lookup import total_label
from assistant.sizeclass import employees_asked, glossed_class, industries_named, read_class, size_classes_in
from structure_docs import answer_over, records_of, text_doc

# the three ways the fifteenth session's sets define a class, one of them with an exclusion
# inside the exception and a 。 inside its brackets
TERM_IS = "また、「小規模事業者」とは、常時使用する従業員の数が20人以下（商業又はサービス業に属する事業者は５人以下）の事業者をいう。"
EXCLUDED = ("この要領において「小規模事業者」とは、常時使用する従業員の数が20人（商業又はサービス業（宿泊業を除く。）を"
            "主たる事業とする者については５人）以下の事業者をいう。")
GLOSSED = "※１ 小規\n模企業者（常時使用する従業員の数が20人以下（商業・サービス業は５人以下）の者をいう。）の補助率は、３分の２とする。"


@pytest.mark.parametrize("text, term, excluded", [
    (TERM_IS, "小規模事業者", ()),
    (EXCLUDED, "小規模事業者", ("宿泊業",)),
    (GLOSSED, "小規模企業者", ()),
])
def test_a_head_count_definition_is_read_with_its_exception(text, term, excluded):
    [cls] = size_classes_in(text)
    assert (cls.term, cls.limit, cls.inclusive) == (term, 20, True)
    assert set(cls.exception) == {"商業", "サービス業"} and cls.exception_limit == 5
    assert cls.excluded == excluded


def test_a_definition_without_a_head_count_is_no_class():
    assert size_classes_in("「海外展開」とは、海外での拠点の設立、海外企業との業務提携をいう。") == []
    assert size_classes_in("「中小企業者」とは、中小企業基本法第２条第１項に規定する者をいう。") == []


@pytest.mark.parametrize("question, count, industries", [
    ("従業員12人の菓子メーカーが認証を取る場合", 12, {"製造業"}),
    ("従業員が３人の土産物店がカード決済の端末を入れる場合", 3, {"小売業", "商業"}),
    ("その経費を従業員10人の旅館が使う場合", 10, {"宿泊業", "サービス業"}),
    ("社員50人の飲食店です", 50, {"飲食サービス業", "サービス業"}),
    ("12人の会社です", None, set()),
])
def test_the_firm_a_question_describes(question, count, industries):
    assert employees_asked(question) == count
    assert industries_named(question) == industries


AXES = [["中小企業者", "小規模事業者", "上限額"]]


@pytest.mark.parametrize("definition, question, label", [
    (TERM_IS, "従業員12人の菓子メーカーの補助率は", "小規模事業者"),
    (TERM_IS, "従業員50人の食品メーカーの補助率は", "中小企業者"),
    (TERM_IS, "従業員３人の土産物店の補助率は", "小規模事業者"),
    (TERM_IS, "従業員10人の雑貨店の補助率は", "中小企業者"),  # 商業: at most five
    (TERM_IS, "従業員10人の旅館の補助率は", "中小企業者"),  # サービス業: at most five
    (EXCLUDED, "従業員10人の旅館の補助率は", "小規模事業者"),  # 宿泊業 is excluded from the five
    (TERM_IS, "従業員４人の会社の補助率は", "小規模事業者"),  # within both bounds, whatever the industry
    (TERM_IS, "従業員30人の会社の補助率は", "中小企業者"),  # beyond both
    (TERM_IS, "小規模事業者には当たらない会社の補助率は", "中小企業者"),
    # 12: small in manufacturing, not in retail; no industry said, so the main bound reads it
    (TERM_IS, "従業員12人の会社の補助率は", "小規模事業者"),
    (TERM_IS, "従業員25人の会社の補助率は", "中小企業者"),  # beyond the main bound (and the exception's)
])
def test_the_class_read_is_the_label_of_the_table(definition, question, label):
    reading = read_class(question, size_classes_in(definition), AXES, total_label)
    assert reading is not None and reading.label == label


@pytest.mark.parametrize("question, axes", [
    ("従業員12人の菓子メーカーの補助率は", [["一般分野", "専門分野"]]),  # no table labels the class
    ("菓子メーカーの補助率は", AXES),  # no head count
])
def test_no_class_is_read_when_it_cannot_be_told(question, axes):
    assert read_class(question, size_classes_in(TERM_IS), axes, total_label) is None


GUIDE = """令和７年度 輸出向け認証取得支援補助金 公募要領

１ 補助対象者
県内に事業所を有する食品関連の中小企業者をいう。また、「小規模事業者」とは、常時使用する従業員の数が20人以下（商業又はサービス業に属する事業者は５人以下）の事業者をいう。

２ 補助率と上限額
○ 認証の種類別の補助率と上限額 （令和７年度）
認証の種類\t補助率（％）\t\t上限額（万円）\t
認証の種類\t中小企業者\t小規模事業者\t中小企業者\t小規模事業者
ＨＡＣＣＰ\t50\t75\t100\t300
ハラール\t60\t80\t90\t200
"""


def _answer(question):
    from corpus.chunking import Chunker

    title = "令和７年度 輸出向け認証取得支援補助金 公募要領"
    doc = text_doc("ninsho.txt", title, GUIDE)
    return answer_over(question, Chunker().chunk(doc), records_of("ninsho.txt", title, GUIDE))


@pytest.mark.parametrize("question, rate, reading", [
    ("従業員12人の菓子メーカーがハラール認証を取る場合、補助率は何％になりますか？", "80%",
     "従業員12人の事業者は「小規模事業者」に当たります"),
    ("従業員50人の食品メーカーがハラール認証を取る場合、補助率は何％になりますか？", "60%",
     "従業員50人の事業者は「小規模事業者」に当たりません"),
    ("従業員３人の土産物店がハラール認証を取る場合、補助率は何％ですか？", "80%",
     "従業員3人の小売業の事業者は「小規模事業者」に当たります"),
])
def test_the_answer_states_the_cell_of_the_firms_class_and_why(question, rate, reading):
    answer = _answer(question)
    assert not answer.refused
    first, second = answer.text.split("\n")[:2]
    assert rate in first and reading in second
    # the definition that decides is quoted verbatim and cited
    quoted = [c for c in answer.citations if "常時使用する従業員" in c.quote]
    assert quoted and quoted[0].quote.startswith("また、「小規模事業者」とは") and quoted[0].quote.endswith("をいう。")
    assert quoted[0].quote in quoted[0].passage.chunk.text


def test_a_firm_of_no_industry_said_is_read_by_the_main_bound_and_the_exception_is_told():
    # 12 employees: a small firm if it makes things, not if it sells them; the question does not
    # say, so the main bound (20) reads it and the answer says which industries it leaves out
    answer = _answer("従業員12人の会社がハラール認証を取る場合、補助率は何％になりますか？")
    first, second = answer.text.split("\n")[:2]
    assert "80%" in first
    assert "商業又はサービス業を主たる事業とする場合を除き「小規模事業者」に当たります" in second
    assert "「中小企業者」の欄" in second


@pytest.mark.parametrize("text, term, sentence", [
    # the sentence the term opens, after the one before it on the same line
    ("事業活動をいいます。また、「小規模事業者」とは、常時使用する従業員の数が20人（商業・サービス業は５人）以下の事業者を"
     "いいます。\n２ 融資の条件", "小規模事業者",
     "また、「小規模事業者」とは、常時使用する従業員の数が20人（商業・サービス業は５人）以下の事業者をいいます。"),
    # a 。 inside brackets does not end it; its line starts it
    ("申請の回数：１回まで\n" + EXCLUDED + "また、「商店街組織等」とは…", "小規模事業者", EXCLUDED),
    # a gloss whose term a PDF line break splits
    (GLOSSED, "小規模企業者", GLOSSED),
])
def test_the_defining_sentence_is_quoted_verbatim(text, term, sentence):
    from assistant.sizeclass import definition_sentence

    assert definition_sentence(text, term) == sentence


def test_a_term_only_mentioned_has_no_defining_sentence():
    from assistant.sizeclass import definition_sentence

    assert definition_sentence("補助対象者：中小企業者及び小規模事業者並びに商店街組織等", "小規模事業者") is None


# --- a class counted by something other than employees: a hospital's beds -----------------------

BEDS = ("この案内において「小規模医療機関」とは、病床数が99床以下の病院及び診療所（病床を持たない診療所を含む。）"
        "をいいます。")
BED_AXES = [["小規模医療機関", "その他の医療機関"]]


def test_a_class_defined_by_a_count_of_beds_is_read():
    [cls] = size_classes_in(BEDS)
    assert (cls.term, cls.limit, cls.inclusive, cls.measure, cls.counter) == ("小規模医療機関", 99, True, "病床", "床")
    assert cls.exception == () and cls.exception_limit is None


@pytest.mark.parametrize("question, label, said", [
    ("300床を超える総合病院が医療通訳者を雇う場合、補助の上限はいくらですか？", "その他の医療機関", "病床数が300床を超える場合"),
    ("病床が80床の病院の補助率は何％ですか？", "小規模医療機関", "病床数が80床の場合"),
    ("99床の病院の補助率は？", "小規模医療機関", "病床数が99床の場合"),
    ("100床以上の病院の補助率は？", "その他の医療機関", "病床数が100床以上の場合"),
])
def test_the_count_of_beds_a_question_gives_reads_the_class_or_the_only_other_one(question, label, said):
    # (no class of the axis is a 中小 one: the only other label is the one read)
    reading = read_class(question, size_classes_in(BEDS), BED_AXES, total_label)
    assert reading is not None and reading.label == label
    assert reading.reason.startswith(said)


def test_a_head_count_is_no_count_of_beds():
    assert read_class("従業員300人の病院の補助率は？", size_classes_in(BEDS), BED_AXES, total_label) is None


def test_a_firm_that_is_not_small_is_no_large_firm():
    # (of an axis 小規模事業者 | 大企業, a firm of 25 is not small, and may still be no 大企業)
    reading = read_class("従業員25人の菓子メーカーの補助率は？", size_classes_in(TERM_IS), [["小規模事業者", "大企業"]], total_label)
    assert reading is None


def test_the_industry_said_is_the_same_whatever_the_string_hashing():
    # a firm of two industries of one broader kind (卸売 and 小売, both 商業): the reason names one
    # of them, the same in every process (sets of strings iterate by hash, which changes per run)
    import subprocess
    import sys
    from pathlib import Path

    code = ("from assistant.lookup import total_label\n"
            "from assistant.sizeclass import read_class, size_classes_in\n"
            f"r = read_class('従業員10人で雑貨の卸売と小売をしている会社の補助率は', size_classes_in({TERM_IS!r}), "
            f"{AXES!r}, total_label)\n"
            "print(r.reason)\n")
    root = Path(__file__).resolve().parents[2]
    reasons = {subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=root,
                              env={"PYTHONHASHSEED": str(seed), "PYTHONPATH": str(root)}).stdout
               for seed in range(6)}
    assert reasons == {"従業員10人の小売業の事業者は「小規模事業者」に当たりません（「中小企業者」の欄を読みます）\n"}


def test_a_case_that_glosses_its_class_by_head_count_is_read_as_that_class():
    cls = glossed_class("小規模企業者（常時使用する従業員の数が20人（商業又はサービス業は５人）以下の県内中小企業）")
    assert cls is not None and cls.term == "小規模企業者" and cls.limit == 20 and cls.exception_limit == 5
    # (a gloss that bounds no head count, and a case with no gloss, are no class)
    assert glossed_class("県内中小企業（県内に事業所を有する中小企業者）") is None
    assert glossed_class("土曜日、日曜日又は休日") is None
