"""Run a question set through an assistant and write results, summary and reports.

    summary = run_eval(Path("evals/sets/dev.jsonl"), Path("runs/dev"), assistant)

writes `results.jsonl` (one object per question, in set order), `summary.json` (metrics, see
`evals.metrics`), `report.md` and `report.html`. With `baseline=` (a previous output directory)
the reports also show deltas and the questions that regressed or improved.
"""

from __future__ import annotations

import json
import logging
import sys
import time
from collections.abc import Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from datetime import datetime, timezone
from pathlib import Path

from tqdm import tqdm

from corpus.errors import PolicyAssistantError
from evals import metrics, report

log = logging.getLogger(__name__)

TOP_K = 10
_ROLES = ("user", "assistant")


class EvalSetError(PolicyAssistantError):
    """A question-set file is missing or malformed; the message names the line and the problem."""

    ja = "評価セットのファイルに誤りがあります。"

    def __init__(self, path: Path | str, line: int | None, reason: str, reason_ja: str):
        where = f"{path}:{line}" if line else str(path)
        where_ja = f"{path} の {line} 行目" if line else str(path)
        super().__init__(f"{where}: {reason}", ja=f"評価セット {where_ja}: {reason_ja}")
        self.path = str(path)
        self.line = line


def _is_str_list(value) -> bool:
    return isinstance(value, list) and all(isinstance(x, str) for x in value)


def _validate_record(obj, path: Path, line: int) -> dict:
    def fail(reason: str, reason_ja: str):
        raise EvalSetError(path, line, reason, reason_ja)

    if not isinstance(obj, dict):
        fail(f"expected a JSON object, got {type(obj).__name__}", "1 行に 1 つの JSON オブジェクト（{...}）が必要です。")
    for key in ("id", "question", "category"):
        if key not in obj:
            fail(f"missing field {key!r}", f"必須項目 \"{key}\" がありません。")
        if not isinstance(obj[key], str) or not obj[key].strip():
            fail(f"field {key!r} must be a non-empty string, got {obj[key]!r}", f"\"{key}\" は空でない文字列にしてください。")
    for key in ("evidence", "answer"):
        if key in obj and not _is_str_list(obj[key]):
            fail(f"field {key!r} must be a list of strings, got {obj[key]!r}", f"\"{key}\" は文字列のリストにしてください。")
    if "doc" in obj and obj["doc"] is not None and not isinstance(obj["doc"], str):
        fail(f"field 'doc' must be a string or null, got {obj['doc']!r}", "\"doc\" は文字列か null にしてください。")
    history = obj.get("history", [])
    if not isinstance(history, list):
        fail(f"field 'history' must be a list, got {history!r}", "\"history\" はリストにしてください。")
    for i, turn in enumerate(history):
        if (
            not isinstance(turn, dict)
            or turn.get("role") not in _ROLES
            or not isinstance(turn.get("content"), str)
        ):
            fail(
                f"history[{i}] must be {{'role': 'user'|'assistant', 'content': str}}, got {turn!r}",
                f"\"history\" の {i + 1} 番目は {{\"role\": \"user\" または \"assistant\", \"content\": 文字列}} にしてください。",
            )
    return {**obj, "evidence": list(obj.get("evidence") or []), "answer": list(obj.get("answer") or []), "history": history}


def load_set(path: Path | str) -> list[dict]:
    """Read and validate a JSONL question set (format: /work/shared/evals/README.md).

    Raises:
        EvalSetError: missing file, bad JSON, missing/ill-typed field, duplicate id, empty set.
    """
    path = Path(path)
    if not path.is_file():
        raise EvalSetError(path, None, "file not found", "ファイルが見つかりません。")
    records: list[dict] = []
    seen: dict[str, int] = {}
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except UnicodeDecodeError as exc:
        raise EvalSetError(path, None, f"not UTF-8 ({exc})", "UTF-8 のテキストとして読めません。") from None
    for number, raw in enumerate(lines, start=1):
        if not raw.strip():
            continue
        try:
            obj = json.loads(raw)
        except json.JSONDecodeError as exc:
            raise EvalSetError(path, number, f"invalid JSON ({exc.msg} at column {exc.colno})", f"JSON として読めません（{exc.colno} 文字目付近）。") from None
        record = _validate_record(obj, path, number)
        if record["id"] in seen:
            raise EvalSetError(
                path, number, f"duplicate id {record['id']!r} (first on line {seen[record['id']]})",
                f"id \"{record['id']}\" が重複しています（最初は {seen[record['id']]} 行目）。",
            )
        seen[record["id"]] = number
        records.append(record)
    if not records:
        raise EvalSetError(path, None, "no questions in the file", "質問が 1 件もありません。")
    return records


def select(records: Sequence[dict], categories: Sequence[str] | None, limit: int | None, path: Path | str = "") -> list[dict]:
    """Keep the given categories (all when None), then the first `limit` questions."""
    if limit is not None and limit <= 0:
        raise ValueError(f"limit must be > 0, got {limit}")
    chosen = list(records)
    if categories:
        known = sorted({r["category"] for r in records})
        unknown = [c for c in categories if c not in known]
        if unknown:
            raise EvalSetError(
                path, None, f"unknown categories {unknown}; the set has {known}",
                f"カテゴリ {', '.join(unknown)} はありません（あるのは {', '.join(known)}）。",
            )
        chosen = [r for r in chosen if r["category"] in categories]
    return chosen[:limit] if limit is not None else chosen


def _ask(assistant, record: Mapping, judge) -> dict:
    """One question -> one results.jsonl object."""
    started = time.perf_counter()
    base = {"id": record["id"], "question": record["question"], "category": record["category"]}
    try:
        answer = assistant.ask(record["question"], history=list(record.get("history") or []), top_k=TOP_K)
    except Exception as exc:  # noqa: BLE001 - one failing question is recorded, the run goes on
        if isinstance(exc, PolicyAssistantError):
            log.warning("question %s failed: %s", record["id"], exc)
        else:
            log.exception("question %s raised %s", record["id"], type(exc).__name__)
        elapsed = (time.perf_counter() - started) * 1000
        return {
            **base, "answer": "", "citations": [], "passages": [], "refused": False, "backend": "",
            "warnings": [], "latency_ms": {"retrieve": None, "answer": None, "total": round(elapsed, 1)},
            "error": f"{type(exc).__name__}: {exc}", "error_ja": getattr(exc, "ja", ""),
        }
    elapsed = (time.perf_counter() - started) * 1000
    data = answer.to_json()
    latency = {k: getattr(answer, "latency_ms", {}).get(k) for k in ("retrieve", "answer", "total")}
    if latency["total"] is None:
        latency["total"] = round(elapsed, 1)
    result = {
        **base,
        "answer": data["answer"],
        "citations": data["citations"],
        "passages": data["passages"][:TOP_K],
        "refused": data["refused"],
        "computed": data.get("computed", False),
        "backend": data["backend"],
        "warnings": data["warnings"],
        "latency_ms": latency,
        "standalone_question": data.get("standalone_question", ""),
    }
    if judge is not None and not result["refused"] and result["citations"]:
        try:
            result["judge_faithfulness"] = judge.faithfulness(result["answer"], result["citations"])
        except PolicyAssistantError as exc:
            # A judge outage must not sink the deterministic metrics; the count shows it.
            log.warning("judge failed on %s: %s", record["id"], exc)
            result["judge_error"] = f"{type(exc).__name__}: {exc}"
    return result


def _write_jsonl(path: Path, rows: Sequence[Mapping]) -> None:
    with path.open("w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")


def read_jsonl(path: Path) -> list[dict]:
    """All objects of a JSONL file (blank lines skipped)."""
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def _judge_summary(results: Sequence[Mapping], records: Sequence[Mapping], judge) -> dict:
    def mean(rows):
        vals = [r["judge_faithfulness"] for r in rows if isinstance(r.get("judge_faithfulness"), (int, float))]
        return round(sum(vals) / len(vals), 4) if vals else None

    per_cat = {}
    for rec in records:
        cat = rec["category"]
        if cat not in per_cat:
            per_cat[cat] = mean([r for r in results if r["category"] == cat])
    return {
        "judge_faithfulness": mean(results),
        "per_category": per_cat,
        "judge": {
            "model": judge.name,
            "model_judged": True,
            "note": "judge_faithfulness is judged by a language model (not deterministic)",
            "note_ja": "judge_faithfulness は言語モデルによる判定値です（決定的な指標ではありません）。",
            "judged": sum(1 for r in results if "judge_faithfulness" in r),
        },
    }


def run_eval(
    set_path: Path,
    out_dir: Path,
    assistant,
    *,
    baseline: Path | None = None,
    limit: int | None = None,
    categories: list[str] | None = None,
    concurrency: int = 1,
    judge=None,
    corpus_texts: dict[str, str] | None = None,
    progress: bool = True,
) -> dict:
    """Ask every question of a set and write results.jsonl, summary.json, report.md, report.html.

    Args:
        set_path: JSONL question set.
        out_dir: output directory (created; files in it are overwritten).
        assistant: object with `ask(question, *, history, top_k) -> Answer`.
        baseline: a previous output directory to compare with (summary.json + results.jsonl).
        limit: ask only the first N questions (after category filtering).
        categories: ask only these categories.
        concurrency: parallel questions (threads); results keep the set order.
        judge: optional `evals.judge.LLMJudge` for the model-judged `judge_faithfulness`.
        corpus_texts: doc file name -> full text, for the verbatim check of citations.
        progress: show a progress bar on stderr.

    Returns:
        The summary (also written to summary.json).

    Raises:
        EvalSetError: the set file (or a category name) is wrong, or the baseline is unreadable.
        PolicyAssistantError: when every question failed (the first failure is re-raised).
    """
    if concurrency < 1:
        raise ValueError(f"concurrency must be >= 1, got {concurrency}")
    set_path, out_dir = Path(set_path), Path(out_dir)
    records = select(load_set(set_path), categories, limit, set_path)
    if baseline is not None:
        report.check_baseline_dir(Path(baseline))
    out_dir.mkdir(parents=True, exist_ok=True)
    log.info("evaluating %d questions from %s", len(records), set_path)

    results: list[dict | None] = [None] * len(records)
    started = time.perf_counter()
    with tqdm(total=len(records), desc="評価中", unit="問", file=sys.stderr, disable=not progress) as bar:
        if concurrency == 1:
            for i, rec in enumerate(records):
                results[i] = _ask(assistant, rec, judge)
                bar.update(1)
        else:
            with ThreadPoolExecutor(max_workers=concurrency) as pool:
                futures = [pool.submit(_ask, assistant, rec, judge) for rec in records]
                for i, fut in enumerate(futures):
                    results[i] = fut.result()
                    bar.update(1)
    wall = time.perf_counter() - started
    done: list[dict] = [r for r in results if r is not None]
    if all(r.get("error") for r in done):
        raise PolicyAssistantError(
            f"every question failed; first: {done[0]['error']}",
            ja=done[0].get("error_ja") or "すべての質問で回答に失敗しました。",
        )

    scores = [metrics.score_question(rec, res, corpus_texts) for rec, res in zip(records, done)]
    for rec, res, sc in zip(records, done, scores):
        res["expected"] = {"doc": rec.get("doc"), "answer": rec["answer"], "evidence": rec["evidence"]}
        res["scores"] = sc

    summary = metrics.summarize(records, done, scores, corpus_texts)
    if judge is not None:
        js = _judge_summary(done, records, judge)
        summary["judge_faithfulness"] = js["judge_faithfulness"]
        summary["judge"] = js["judge"]
        for cat, value in js["per_category"].items():
            summary["per_category"][cat]["judge_faithfulness"] = value
    backends = sorted({r["backend"] for r in done if r.get("backend")})
    summary["meta"] = {
        "set": str(set_path),
        "created": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "backend": ", ".join(backends),
        "concurrency": concurrency,
        "wall_seconds": round(wall, 2),
        "categories": list(categories) if categories else None,
        "limit": limit,
    }
    if baseline is not None:
        summary["baseline"] = report.compare_runs(summary, done, records, Path(baseline))

    _write_jsonl(out_dir / "results.jsonl", done)
    (out_dir / "summary.json").write_text(json.dumps(summary, ensure_ascii=False, indent=2), encoding="utf-8")
    report.write_reports(out_dir, summary, records, done, scores)
    log.info("wrote %s (answer_accuracy=%s, hit@5=%s)", out_dir, summary["answer_accuracy"], summary["hit@5"])
    return summary


__all__ = ["EvalSetError", "load_set", "select", "read_jsonl", "run_eval"]
