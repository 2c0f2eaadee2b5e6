"""Question sets generated from gold table cells: one templated question per cell.

    python -m evals.templated ../shared/evals/tables.jsonl --corpus ../shared/corpus \\
        --out evals/sets/templated_tables.jsonl --prefix g --exclude evals/sets ../shared/evals/dev.jsonl

Each gold cell (`../shared/evals/README.md`: doc, table, row, column, fiscal_year, value, line)
becomes a question that names the table, the row and the period or column, in the wording a desk
user would type (a fiscal-year column is asked half the time by its Western year, to exercise
the era conversion). The gold answer is the cell's value as printed; the evidence is the cell's
source line in the document (cut to the 8-40 characters the set format allows) or the table's
title. Cells whose fact another set already asks (same document and same answer) are skipped,
so the set never repeats the dev or frozen sets.
"""

from __future__ import annotations

import argparse
import json
import sys
import unicodedata
from pathlib import Path

from evals.metrics import norm

EVIDENCE_MIN, EVIDENCE_MAX = 8, 40


def _period(cell: dict, western: bool) -> str | None:
    column = (cell.get("column") or "").strip()
    if cell.get("fiscal_year") and western:
        return f"{cell['fiscal_year']}年度"
    return column or None


def question_for(cell: dict, n: int) -> str:
    """The templated question for one gold cell (n alternates the year form)."""
    table = cell["table"].strip()
    row = cell["row"].strip()
    period = _period(cell, western=n % 2 == 1)
    if cell.get("fiscal_year") or cell.get("fiscal_year_range"):
        return f"{table}の{period}の{row}はいくつですか？"
    if period:
        return f"{table}について、{row}の{period}はいくつですか？"
    return f"{table}の{row}はいくつですか？"


def evidence_for(cell: dict, lines: list[str], text: str) -> str | None:
    """A verbatim piece of the document that proves the cell: its line (around the value when
    the line is long), else the table title; None when neither fits the set format."""
    line = lines[cell["line"] - 1].strip() if 0 < cell.get("line", 0) <= len(lines) else ""
    value = cell["value"].strip()
    if len(norm(line)) > EVIDENCE_MAX and value in line:
        at = line.index(value)
        start = max(0, at + len(value) - EVIDENCE_MAX + 2)
        piece = line[start:start + EVIDENCE_MAX].strip()
        while len(norm(piece)) > EVIDENCE_MAX:
            piece = piece[1:].strip()
        line = piece
    if EVIDENCE_MIN <= len(norm(line)) <= EVIDENCE_MAX and value in line:
        return line
    title = cell["table"].strip()
    if EVIDENCE_MIN <= len(norm(title)) <= EVIDENCE_MAX and norm(title) in norm(text):
        return title
    return None


def asked_facts(paths: list[Path], skip: Path | None = None) -> set[tuple]:
    """(doc, answers) of every question in the given sets (files or folders of .jsonl), but
    `skip` (the set being regenerated)."""
    facts: set[tuple] = set()
    for path in paths:
        for f in sorted(path.glob("*.jsonl")) if path.is_dir() else [path]:
            if skip is not None and f.resolve() == skip.resolve():
                continue
            for line in f.read_text(encoding="utf-8").splitlines():
                if line.strip():
                    rec = json.loads(line)
                    if rec.get("answer"):
                        facts.add((rec.get("doc"), frozenset(norm(a) for a in rec["answer"])))
    return facts


def generate(gold: list[dict], corpus: Path, prefix: str, exclude: set[tuple], category: str = "kpi") -> list[dict]:
    texts: dict[str, str] = {}
    out: list[dict] = []
    seen: set[tuple] = set()
    for n, cell in enumerate(gold):
        doc = cell["doc"]
        if doc not in texts:
            texts[doc] = unicodedata.normalize("NFC", (corpus / doc).read_text(encoding="utf-8"))
        text = texts[doc]
        key = (doc, frozenset({norm(cell["value"])}))
        question = question_for(cell, n)
        evidence = evidence_for(cell, text.splitlines(), text)
        if key in exclude or key in seen or evidence is None or not cell["value"].strip():
            continue
        seen.add(key)
        out.append({
            "id": f"{prefix}{len(out) + 1:03d}",
            "question": question,
            "category": category,
            "doc": doc,
            "evidence": [evidence],
            "answer": [cell["value"].strip()],
            "notes": f"templated from gold cell {cell['id']} (table lookup)",
        })
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("gold", type=Path, help="gold cells (tables.jsonl)")
    ap.add_argument("--corpus", type=Path, required=True, help="folder holding the gold cells' documents (text files)")
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--prefix", default="g", help="id prefix (one letter)")
    ap.add_argument("--exclude", type=Path, nargs="*", default=[], help="sets whose facts are not asked again")
    args = ap.parse_args(argv)
    gold = [json.loads(line) for line in args.gold.read_text(encoding="utf-8").splitlines() if line.strip()]
    records = generate(gold, args.corpus, args.prefix, asked_facts(args.exclude, skip=args.out))
    args.out.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    print(f"{len(records)} questions from {len(gold)} gold cells -> {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
