"""Deterministic evaluation metrics: retrieval, answers, citations, latency.

Every string comparison uses `norm()` on both sides (NFKC, then every whitespace removed), as the
question-set README prescribes.

Definitions (all shares are in [0, 1]; a metric whose denominator is empty is `None`):

Evidence coverage ("all evidence is in the top-k")
    An evidence string counts as found in a list of passages when it is contained in the
    normalised text of one passage, OR in the normalised text of a *run* of passages of the same
    document whose line spans touch or overlap (`next.line_start <= prev.line_end + 1`), merged
    without duplicating their overlap. We allow runs because an evidence string of 8-40
    characters can straddle a chunk boundary: when both neighbouring chunks were retrieved, the
    reader did get the evidence, and penalising the chunker's cut point would be unfair.
    Passages without a `lines` span are only checked one by one.

`hit@k` (k = 1, 3, 5, 10), answerable questions only
    1 if every evidence string is found in the top-k passages, else 0; averaged.
`mrr`, answerable only
    1 / (smallest k in 1..10 at which every evidence string is found in the top-k), 0 if never.
`ndcg@10`, answerable only
    Graded: rel(passage) = share of the evidence strings its own text contains.
    DCG = sum(rel_i / log2(i + 1)) over ranks i = 1..10; the ideal DCG uses the best ordering of
    the same retrieved relevances (so this measures ordering; hit@k measures coverage).
    A list with no relevant passage scores 0.
`answer_accuracy`, answerable only
    1 if every gold answer string is contained in norm(answer text).
`refusal_rate_unanswerable` / `refusal_rate_answerable`
    Share of unanswerable / answerable questions whose answer has `refused == True`.
`citation_validity`, over answers that cite (at least one [n] marker or one citation)
    1 if every [n] marker in the text (also `[1,2]`, full-width `［１］`) resolves to a citation
    with that n AND every citation's text is verbatim corpus text:
    norm(citation.text) in norm(corpus text of citation.doc); when that doc is not among the
    given texts, any given text may contain it. Without corpus texts only markers are checked
    (the summary then says `citation_verbatim_checked: false`).
`citation_support`, answerable and non-refused answers
    1 if the cited passages together (same coverage rule as above) contain every evidence string.
`latency_ms`
    {"retrieve"|"answer"|"total": {"p50", "p95"}}, linear-interpolation percentiles
    (numpy's default), `None` when no value was recorded.

A question is "answerable" unless its category is `unanswerable` or it has neither evidence nor
gold answers.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence

from assistant.normalize import norm_for_match

HIT_KS = (1, 3, 5, 10)
METRIC_NAMES = (
    "hit@1",
    "hit@3",
    "hit@5",
    "hit@10",
    "mrr",
    "ndcg@10",
    "answer_accuracy",
    "refusal_rate_unanswerable",
    "refusal_rate_answerable",
    "citation_validity",
    "citation_support",
)
# Citation markers are 1-3 digit numbers, as in assistant/citations.py: a bracketed year quoted
# from a document (遼委発［2018］20号) is corpus text, not a marker.
_MARKER = re.compile(r"\[(\d{1,3}(?:\s*[,、，・]\s*\d{1,3})*)\]")


def norm(s: str) -> str:
    """NFKC-normalise and drop every whitespace character (the set's comparison rule)."""
    return norm_for_match(s or "")


def is_answerable(record: Mapping) -> bool:
    """True when the question has gold evidence or answers and is not in `unanswerable`."""
    if record.get("category") == "unanswerable":
        return False
    return bool(record.get("evidence") or record.get("answer"))


# ---------------------------------------------------------------------------------------------
# Evidence coverage


def _overlap_merge(left: str, right: str) -> str:
    """Join two normalised texts, dropping the longest suffix of `left` that starts `right`."""
    if right in left:
        return left
    for size in range(min(len(left), len(right)), 0, -1):
        if left.endswith(right[:size]):
            return left + right[size:]
    return left + right


def _lines(p: Mapping) -> tuple[int, int] | None:
    span = p.get("lines")
    if isinstance(span, (list, tuple)) and len(span) == 2 and all(isinstance(x, int) for x in span):
        return span[0], span[1]
    return None


def passage_texts(passages: Sequence[Mapping]) -> list[str]:
    """Normalised texts to search evidence in: each passage, plus merged runs of touching ones."""
    texts = [norm(p.get("text", "")) for p in passages]
    by_doc: dict[str, list[tuple[int, int, str]]] = {}
    for p, t in zip(passages, texts):
        span = _lines(p)
        if span is not None:
            by_doc.setdefault(str(p.get("doc")), []).append((span[0], span[1], t))
    for spans in by_doc.values():
        spans.sort()
        run_text, run_end, run_len = spans[0][2], spans[0][1], 1
        for start, end, t in spans[1:]:
            if start <= run_end + 1:
                run_text = _overlap_merge(run_text, t)
                run_end = max(run_end, end)
                run_len += 1
            else:
                if run_len > 1:
                    texts.append(run_text)
                run_text, run_end, run_len = t, end, 1
        if run_len > 1:
            texts.append(run_text)
    return texts


def evidence_found(evidence: Sequence[str], passages: Sequence[Mapping]) -> list[bool]:
    """For each evidence string, whether `passages` contain it (coverage rule in the docstring)."""
    texts = passage_texts(passages)
    return [any(norm(e) in t for t in texts) for e in evidence]


def covers_all(evidence: Sequence[str], passages: Sequence[Mapping]) -> bool:
    """True when every evidence string is found in `passages` (and there is some evidence)."""
    return bool(evidence) and all(evidence_found(evidence, passages))


def first_full_coverage_rank(evidence: Sequence[str], passages: Sequence[Mapping], max_k: int = 10) -> int | None:
    """Smallest k <= max_k such that the top-k passages cover all evidence, or None."""
    ranked = sorted(passages, key=lambda p: p.get("rank", 0))[:max_k]
    for k in range(1, len(ranked) + 1):
        if covers_all(evidence, ranked[:k]):
            return k
    return None


def ndcg(evidence: Sequence[str], passages: Sequence[Mapping], k: int = 10) -> float:
    """Graded nDCG@k: relevance = share of evidence strings a passage's own text contains."""
    if not evidence:
        return 0.0
    ranked = sorted(passages, key=lambda p: p.get("rank", 0))[:k]
    wanted = [norm(e) for e in evidence]
    rels = []
    for p in ranked:
        t = norm(p.get("text", ""))
        rels.append(sum(e in t for e in wanted) / len(wanted))
    dcg = sum(r / math.log2(i + 2) for i, r in enumerate(rels))
    idcg = sum(r / math.log2(i + 2) for i, r in enumerate(sorted(rels, reverse=True)))
    return dcg / idcg if idcg > 0 else 0.0


# ---------------------------------------------------------------------------------------------
# Answers and citations


def answer_correct(gold: Sequence[str], answer_text: str) -> bool:
    """True when every gold answer string is contained in norm(answer_text), its citation
    markers left out (a gold 「４」 is not found in a marker [4])."""
    text = norm(_MARKER.sub("", unicodedata.normalize("NFKC", answer_text or "")))
    return bool(gold) and all(norm(g) in text for g in gold)


def citation_markers(answer_text: str) -> list[int]:
    """The citation numbers an answer uses, in order of first use: "[1]…[2, 3]" -> [1, 2, 3]."""
    seen: list[int] = []
    for m in _MARKER.finditer(unicodedata.normalize("NFKC", answer_text or "")):
        for n in re.split(r"\s*[,、，・]\s*", m.group(1)):
            if int(n) not in seen:
                seen.append(int(n))
    return seen


def citation_problems(result: Mapping, corpus_texts: Mapping[str, str] | None) -> list[str]:
    """What makes an answer's citations invalid (empty list = valid). Messages in English."""
    problems = []
    citations = result.get("citations") or []
    numbers = {c.get("n") for c in citations}
    for n in citation_markers(result.get("answer", "")):
        if n not in numbers:
            problems.append(f"marker [{n}] has no citation")
    for c in citations:
        quote = norm(c.get("quote") or "")
        if quote and quote not in norm(c.get("text", "")):
            problems.append(f"citation [{c.get('n')}] quote is not in its passage")
    if corpus_texts:
        normed = _normed_corpus(corpus_texts)
        for c in citations:
            t = norm(c.get("text", ""))
            doc = c.get("doc")
            pool = [normed[doc]] if doc in normed else list(normed.values())
            if not t or not any(t in d for d in pool):
                problems.append(f"citation [{c.get('n')}] text is not verbatim corpus text ({doc})")
    return problems


_NORM_CACHE: dict[int, tuple[Mapping[str, str], dict[str, str]]] = {}


def _normed_corpus(corpus_texts: Mapping[str, str]) -> dict[str, str]:
    # One run checks hundreds of citations against the same few documents: normalise once.
    cached = _NORM_CACHE.get(id(corpus_texts))
    if cached is None or cached[0] is not corpus_texts:
        cached = (corpus_texts, {k: norm(v) for k, v in corpus_texts.items()})
        _NORM_CACHE.clear()
        _NORM_CACHE[id(corpus_texts)] = cached
    return cached[1]


def cites_anything(result: Mapping) -> bool:
    return bool(result.get("citations")) or bool(citation_markers(result.get("answer", "")))


# ---------------------------------------------------------------------------------------------
# Per question and aggregate


def score_question(record: Mapping, result: Mapping, corpus_texts: Mapping[str, str] | None = None) -> dict:
    """Per-question judgments used by the aggregates, the failure table and baseline diffs.

    Returns a dict with `answerable`, `refused`, `hit@k`, `first_rank`, `ndcg@10`,
    `answer_correct`, `cites`, `citation_valid`, `citation_problems`, `citation_support`,
    `correct` (answerable: the answer is right; unanswerable: it refused) and `failure`
    (None or "retrieval miss" / "answer miss" / "wrong refusal" / "missed refusal" / "error").
    """
    answerable = is_answerable(record)
    refused = bool(result.get("refused"))
    evidence = list(record.get("evidence") or [])
    passages = list(result.get("passages") or [])
    s: dict = {"answerable": answerable, "refused": refused}
    if answerable:
        # Without gold evidence retrieval cannot be judged: those metrics stay None.
        first = first_full_coverage_rank(evidence, passages, 10) if evidence else None
        for k in HIT_KS:
            s[f"hit@{k}"] = (first is not None and first <= k) if evidence else None
        s["first_rank"] = first
        s["ndcg@10"] = ndcg(evidence, passages, 10) if evidence else None
        s["answer_correct"] = answer_correct(record.get("answer") or [], result.get("answer", ""))
        s["citation_support"] = (
            covers_all(evidence, result.get("citations") or []) if not refused and evidence else None
        )
    s["cites"] = cites_anything(result)
    problems = citation_problems(result, corpus_texts) if s["cites"] else []
    s["citation_problems"] = problems
    s["citation_valid"] = (not problems) if s["cites"] else None
    s["correct"] = s["answer_correct"] if answerable else refused
    s["failure"] = _failure(s, result)
    return s


def _failure(s: Mapping, result: Mapping) -> str | None:
    if result.get("error"):
        return "error"
    if s["correct"]:
        return None
    if not s["answerable"]:
        return "missed refusal"
    if s.get("hit@10") is False:
        # The evidence never reached the answerer: that is the root cause, refused or not.
        return "retrieval miss"
    return "wrong refusal" if s["refused"] else "answer miss"


def percentile(values: Sequence[float], p: float) -> float | None:
    """Linear-interpolation percentile (numpy's default method); None for no values."""
    xs = sorted(float(v) for v in values)
    if not xs:
        return None
    pos = (len(xs) - 1) * p / 100.0
    lo, hi = math.floor(pos), math.ceil(pos)
    return xs[lo] + (xs[hi] - xs[lo]) * (pos - lo)


def _mean(flags: Iterable) -> float | None:
    vals = [float(v) for v in flags if v is not None]
    return sum(vals) / len(vals) if vals else None


def latency_summary(results: Sequence[Mapping]) -> dict:
    """{"retrieve"|"answer"|"total": {"p50", "p95"}} over the results' `latency_ms`."""
    out = {}
    for part in ("retrieve", "answer", "total"):
        vals = [
            r["latency_ms"][part]
            for r in results
            if isinstance(r.get("latency_ms"), Mapping) and isinstance(r["latency_ms"].get(part), (int, float))
        ]
        p50, p95 = percentile(vals, 50), percentile(vals, 95)
        out[part] = {"p50": _round(p50), "p95": _round(p95)}
    return out


def _round(x: float | None, digits: int = 4) -> float | None:
    return None if x is None else round(x, digits)


def aggregate(records: Sequence[Mapping], results: Sequence[Mapping], scores: Sequence[Mapping]) -> dict:
    """Every metric of METRIC_NAMES plus counts and `latency_ms` over aligned lists."""
    ans = [s for s in scores if s["answerable"]]
    una = [s for s in scores if not s["answerable"]]
    out: dict = {
        "n": len(scores),
        "answerable": len(ans),
        "unanswerable": len(una),
    }
    for k in HIT_KS:
        out[f"hit@{k}"] = _mean(s[f"hit@{k}"] for s in ans)
    out["mrr"] = _mean(
        (1.0 / s["first_rank"] if s["first_rank"] else 0.0) if s["hit@10"] is not None else None for s in ans
    )
    out["ndcg@10"] = _mean(s["ndcg@10"] for s in ans)
    out["answer_accuracy"] = _mean(s["answer_correct"] for s in ans)
    out["refusal_rate_unanswerable"] = _mean(s["refused"] for s in una)
    out["refusal_rate_answerable"] = _mean(s["refused"] for s in ans)
    out["citation_validity"] = _mean(s["citation_valid"] for s in scores)
    out["citation_support"] = _mean(s["citation_support"] for s in ans)
    for name in METRIC_NAMES:
        out[name] = _round(out[name])
    out["latency_ms"] = latency_summary(results)
    return out


def summarize(
    records: Sequence[Mapping],
    results: Sequence[Mapping],
    scores: Sequence[Mapping] | None = None,
    corpus_texts: Mapping[str, str] | None = None,
) -> dict:
    """Overall metrics (top level) plus `per_category` with the same names.

    `records` (set lines) and `results` (results.jsonl lines) must be aligned by position.
    """
    if len(records) != len(results):
        raise ValueError(f"records and results differ in length: {len(records)} != {len(results)}")
    if scores is None:
        scores = [score_question(rec, res, corpus_texts) for rec, res in zip(records, results)]
    summary = aggregate(records, results, scores)
    summary["errors"] = sum(1 for r in results if r.get("error"))
    summary["citation_verbatim_checked"] = bool(corpus_texts)
    per_cat: dict[str, dict] = {}
    cats: list[str] = []
    for rec in records:
        if rec.get("category") not in cats:
            cats.append(rec.get("category"))
    for cat in cats:
        idx = [i for i, rec in enumerate(records) if rec.get("category") == cat]
        per_cat[cat] = aggregate(
            [records[i] for i in idx], [results[i] for i in idx], [scores[i] for i in idx]
        )
    summary["per_category"] = per_cat
    return summary


__all__ = [
    "HIT_KS",
    "METRIC_NAMES",
    "norm",
    "is_answerable",
    "evidence_found",
    "covers_all",
    "first_full_coverage_rank",
    "ndcg",
    "answer_correct",
    "citation_markers",
    "citation_problems",
    "score_question",
    "percentile",
    "latency_summary",
    "aggregate",
    "summarize",
]
