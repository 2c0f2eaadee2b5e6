"""What reading a table label by meaning (assistant/meaning.py) costs per question.

Runs a question set through one `Assistant` over an ingested state dir, twice with the fallback
on and twice with it turned off, and prints the mean time per question of each pass (the first
pass of a process also loads the models and fills the label-vector cache). Answers are not
printed or scored: run it on any set, blind ones included.

    POLICY_ASSISTANT_HOME=<ingested state> .venv/bin/python benchmarks/meaning.py evals/sets/frozen.jsonl
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import assistant.extractive as extractive  # noqa: E402
from assistant.service import Assistant  # noqa: E402
from evals.runner import TOP_K  # noqa: E402


def _pass(assistant: Assistant, questions: list[dict]) -> float:
    """Mean milliseconds per question of one pass over `questions`."""
    start = time.perf_counter()
    for q in questions:
        assistant.ask(q["question"], history=q.get("history", []), top_k=TOP_K)
    return (time.perf_counter() - start) / len(questions) * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("questions", type=Path, help="a question set (JSONL with question and optional history)")
    parser.add_argument("--limit", type=int, default=0, help="only the first N questions")
    args = parser.parse_args()
    questions = [json.loads(line) for line in args.questions.read_text(encoding="utf-8").splitlines() if line.strip()]
    if args.limit:
        questions = questions[: args.limit]
    assistant = Assistant()
    with_meaning = [_pass(assistant, questions) for _ in range(2)]
    meant = extractive.meant_labels
    extractive.meant_labels = lambda *a, **k: []  # the fallback turned off
    try:
        without = [_pass(assistant, questions) for _ in range(2)]
    finally:
        extractive.meant_labels = meant
    print(f"questions: {len(questions)}")
    print(f"with label meaning:    {with_meaning[0]:.0f} ms/question (first pass), {with_meaning[1]:.0f} (warm)")
    print(f"without label meaning: {without[0]:.0f} ms/question, {without[1]:.0f} (warm)")
    print(f"cost, warm: {with_meaning[1] - without[1]:+.1f} ms/question")


if __name__ == "__main__":
    main()
