"""Checker for the shipped evaluation question sets in evals/sets/*.jsonl.

Every set file must follow the dev-set format (see evals/sets/README.md): one JSON object per
line, unique ids, known categories, typed fields, and gold strings that really occur in the
documents after normalisation (NFKC, whitespace removed). Documents bundled in
corpus/documents are read from the repository, so bundled.jsonl is fully checked on a fresh
clone; questions about documents that are not redistributable (003) are checked against
../shared/corpus through the `shared_corpus` fixture, which skips when it is absent.
"""

from __future__ import annotations

import functools
import hashlib
import json
import re
import unicodedata
from collections import Counter
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
SETS_DIR = REPO / "evals" / "sets"
BUNDLED_DIR = REPO / "corpus" / "documents"
DEV_SET = REPO.parent / "shared" / "evals" / "dev.jsonl"

CATEGORIES = {
    "mou",
    "subsidy",
    "special_zone",
    "kpi",
    "venture",
    "dalian_plan",
    "china_cities",
    "life_innovation",
    "unanswerable",
    "followup",
}
# Categories bundled.jsonl must cover (china_cities needs the non-redistributable 003).
BUNDLED_CATEGORIES = sorted(CATEGORIES - {"china_cities"})
MIN_PER_CATEGORY = 8
MIN_BUNDLED_QUESTIONS = 80

REQUIRED = {"id": str, "question": str, "category": str, "evidence": list, "answer": list, "notes": str}
OPTIONAL = {"history", "computed", "extra_docs"}
EVIDENCE_MIN, EVIDENCE_MAX = 8, 40
# Quotes from documents that may not be redistributed stay as short as a citation needs.
RESTRICTED_EVIDENCE_MAX, RESTRICTED_EVIDENCE_COUNT = 25, 2
ID_PREFIX = {"bundled.jsonl": "b", "shared_extra.jsonl": "s", "frozen.jsonl": "f"}
# The frozen set (issue 9): written before the answer-logic changes, never edited, never tuned on.
FROZEN_SET = "frozen.jsonl"
MIN_FROZEN_QUESTIONS = 60
MIN_FROZEN_UNANSWERABLE = MIN_FROZEN_FOLLOWUP = 8
# SHA-256 of frozen.jsonl as committed in b6c0347. The set is never edited: if this test fails,
# restore the file instead of updating the hash.
FROZEN_SHA256 = "23f97d1776d8db07ab9ce6ca58d60b3747202039c17f48d970fc2789f0f7bc74"


def norm(s: str) -> str:
    """The set's comparison rule: NFKC, then drop every whitespace character."""
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s))


def _set_files() -> list[Path]:
    return sorted(SETS_DIR.glob("*.jsonl"))


def _records(path: Path) -> list[tuple[int, dict]]:
    """(line number, object) for every non-blank line; objects that fail to parse are skipped here
    and reported by test_every_line_is_a_json_object."""
    out = []
    for number, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not raw.strip():
            continue
        try:
            obj = json.loads(raw)
        except json.JSONDecodeError:
            continue
        if isinstance(obj, dict):
            out.append((number, obj))
    return out


def _all_records() -> list[tuple[Path, int, dict]]:
    return [(path, number, rec) for path in _set_files() for number, rec in _records(path)]


def _record_id(item: tuple[Path, int, dict]) -> str:
    path, number, rec = item
    return f"{path.stem}:{rec.get('id', f'line{number}')}"


ALL_RECORDS = _all_records()


@functools.lru_cache(maxsize=None)
def _bundled_manifest() -> frozenset[str]:
    data = json.loads((BUNDLED_DIR / "manifest.json").read_text(encoding="utf-8"))
    return frozenset(entry["file"] for entry in data["documents"])


@functools.lru_cache(maxsize=None)
def _normed(path: Path) -> str:
    return norm(path.read_text(encoding="utf-8"))


def _doc_names(rec: dict) -> list[str]:
    names = [rec["doc"]] if rec.get("doc") else []
    return names + list(rec.get("extra_docs") or [])


def _doc_text(name: str, request) -> str:
    """Normalised text of one document: the repository copy if bundled, else ../shared/corpus."""
    if name in _bundled_manifest():
        return _normed(BUNDLED_DIR / name)
    shared = request.getfixturevalue("shared_corpus")  # skips when ../shared is absent
    path = shared / name
    assert path.is_file(), f"doc {name!r} is neither bundled nor in {shared}"
    return _normed(path)


class TestFiles:
    def test_the_shipped_sets_exist(self):
        names = {p.name for p in _set_files()}
        assert {"bundled.jsonl", "shared_extra.jsonl", FROZEN_SET} <= names

    @pytest.mark.parametrize("path", _set_files(), ids=lambda p: p.name)
    def test_every_line_is_a_json_object(self, path):
        lines = path.read_text(encoding="utf-8").splitlines()
        assert lines, f"{path.name} is empty"
        for number, raw in enumerate(lines, start=1):
            assert raw.strip(), f"{path.name}:{number}: blank line"
            obj = json.loads(raw)  # raises with the position on bad JSON
            assert isinstance(obj, dict), f"{path.name}:{number}: expected an object, got {type(obj).__name__}"

    @pytest.mark.parametrize("path", _set_files(), ids=lambda p: p.name)
    def test_written_without_ascii_escapes(self, path):
        # ensure_ascii=False keeps the Japanese readable in diffs and reviews.
        assert "\\u" not in path.read_text(encoding="utf-8"), f"{path.name} has \\u escapes"

    def test_ids_are_unique_across_all_sets(self):
        ids = Counter(rec["id"] for _, _, rec in ALL_RECORDS if "id" in rec)
        assert [i for i, n in ids.items() if n > 1] == []


@pytest.mark.parametrize("item", ALL_RECORDS, ids=_record_id)
class TestRecord:
    def test_fields_and_types(self, item):
        path, _, rec = item
        for key, typ in REQUIRED.items():
            assert key in rec, f"missing field {key!r}"
            assert isinstance(rec[key], typ), f"{key!r} must be {typ.__name__}, got {rec[key]!r}"
        assert "doc" in rec, "missing field 'doc'"
        assert rec["doc"] is None or isinstance(rec["doc"], str)
        assert set(rec) - set(REQUIRED) - {"doc"} <= OPTIONAL, f"unknown fields {set(rec) - set(REQUIRED) - {'doc'} - OPTIONAL}"
        assert rec["question"].strip() and rec["notes"].strip()
        assert all(isinstance(s, str) and s.strip() for s in rec["evidence"] + rec["answer"])
        assert rec.get("computed", True) is True, "computed is either true or absent"
        prefix = ID_PREFIX.get(path.name)
        pattern = rf"{prefix}\d{{3}}" if prefix else r"[a-z]+\d{3}"
        assert re.fullmatch(pattern, rec["id"]), f"id {rec['id']!r} does not match {pattern}"

    def test_category_rules(self, item):
        _, _, rec = item
        assert rec["category"] in CATEGORIES
        if rec["category"] == "unanswerable" or (rec["category"] == "followup" and not rec["answer"]):
            # (a follow-up may be a near miss too: its history says what it is about)
            assert rec["doc"] is None and rec["evidence"] == [] and rec["answer"] == []
            assert "computed" not in rec and not rec.get("extra_docs")
        else:
            assert rec["doc"], "an answerable question names its doc"
            assert 1 <= len(rec["evidence"]) <= 3
            assert rec["answer"], "an answerable question has gold answer strings"
        if rec["category"] == "followup":
            history = rec.get("history")
            assert isinstance(history, list) and history, "followup needs a non-empty history"
            roles = [turn.get("role") for turn in history]
            assert roles == ["user", "assistant"] * (len(history) // 2), f"turns must alternate user/assistant, got {roles}"
            assert all(isinstance(t.get("content"), str) and t["content"].strip() for t in history)
            assert set().union(*(t.keys() for t in history)) == {"role", "content"}
        else:
            assert "history" not in rec, "only followup questions carry a history"


# Records that quote a document (every category except unanswerable).
ANSWERABLE = [item for item in ALL_RECORDS if item[2].get("doc") and item[2].get("evidence")]


@pytest.mark.parametrize("item", ANSWERABLE, ids=_record_id)
def test_evidence_length(item):
    _, _, rec = item
    for ev in rec["evidence"]:
        assert EVIDENCE_MIN <= len(norm(ev)) <= EVIDENCE_MAX, f"evidence {ev!r} is {len(norm(ev))} chars after norm"
    restricted = [d for d in _doc_names(rec) if d not in _bundled_manifest()]
    if restricted:
        assert len(rec["evidence"]) <= RESTRICTED_EVIDENCE_COUNT
        for ev in rec["evidence"]:
            assert len(norm(ev)) <= RESTRICTED_EVIDENCE_MAX, f"quote from {restricted} too long: {ev!r}"


@pytest.mark.parametrize("item", ANSWERABLE, ids=_record_id)
def test_gold_strings_occur_in_the_documents(item, request):
    _, _, rec = item
    texts = [_doc_text(name, request) for name in _doc_names(rec)]
    missing = [ev for ev in rec["evidence"] if not any(norm(ev) in t for t in texts)]
    assert missing == [], f"evidence not in {_doc_names(rec)}"
    in_doc = [any(norm(a) in t for t in texts) for a in rec["answer"]]
    if rec.get("computed"):
        assert not all(in_doc), "computed is set but every answer string is copied from the doc"
    else:
        assert [a for a, ok in zip(rec["answer"], in_doc) if not ok] == [], "answer not in doc (set computed?)"


def _bundled() -> list[dict]:
    return [rec for _, rec in _records(SETS_DIR / "bundled.jsonl")]


class TestBundledSet:
    def test_size_and_category_coverage(self):
        counts = Counter(rec["category"] for rec in _bundled())
        assert sum(counts.values()) >= MIN_BUNDLED_QUESTIONS
        assert {c: n for c, n in counts.items() if n < MIN_PER_CATEGORY} == {}
        assert sorted(counts) == BUNDLED_CATEGORIES

    def test_uses_only_redistributable_documents(self):
        bundled = _bundled_manifest()
        for rec in _bundled():
            for name in _doc_names(rec):
                assert name in bundled and (BUNDLED_DIR / name).is_file(), f"{rec['id']}: {name} is not bundled"
                assert not name.startswith("003_"), f"{rec['id']} cites 003"

    def test_no_evidence_comes_from_non_bundled_documents(self, shared_corpus):
        restricted = [p for p in sorted(shared_corpus.glob("*.txt")) if p.name not in _bundled_manifest()]
        assert any(p.name.startswith("003_") for p in restricted)
        texts = {p.name: _normed(p) for p in restricted}
        leaks = [
            (rec["id"], ev, name)
            for rec in _bundled()
            for ev in rec["evidence"]
            for name, text in texts.items()
            if norm(ev) in text
        ]
        assert leaks == []


def _frozen() -> list[dict]:
    path = SETS_DIR / FROZEN_SET
    if not path.is_file():
        pytest.skip(f"{FROZEN_SET} is not present")
    return [rec for _, rec in _records(path)]


class TestFrozenSet:
    """frozen.jsonl measures generalisation on the five documents: every category, follow-ups and near misses."""

    def test_size_and_category_coverage(self):
        counts = Counter(rec["category"] for rec in _frozen())
        assert sum(counts.values()) >= MIN_FROZEN_QUESTIONS
        assert sorted(counts) == sorted(CATEGORIES)
        assert counts["unanswerable"] >= MIN_FROZEN_UNANSWERABLE
        assert counts["followup"] >= MIN_FROZEN_FOLLOWUP

    def test_is_unchanged_since_it_was_committed(self):
        digest = hashlib.sha256((SETS_DIR / FROZEN_SET).read_bytes()).hexdigest()
        assert digest == FROZEN_SHA256, "frozen.jsonl was edited; it must stay as committed in b6c0347"

    def test_ids_are_numbered_in_order(self):
        ids = [rec["id"] for rec in _frozen()]
        assert ids == [f"f{n:03d}" for n in range(1, len(ids) + 1)]

    def test_asks_nothing_the_other_shipped_sets_ask(self):
        # Same normalised question, or same document and same gold answers, would be a repeat.
        others = [rec for path, _, rec in ALL_RECORDS if path.name != FROZEN_SET]
        questions = {norm(r["question"]) for r in others}
        facts = {(r.get("doc"), frozenset(norm(a) for a in r["answer"])) for r in others if r.get("answer")}
        frozen = _frozen()
        assert [r["id"] for r in frozen if norm(r["question"]) in questions] == []
        assert [r["id"] for r in frozen if r["answer"] and (r["doc"], frozenset(norm(a) for a in r["answer"])) in facts] == []


class TestAgainstDevSet:
    """The shipped sets measure generalisation: they must not repeat the dev questions."""

    @pytest.fixture
    def dev(self):
        if not DEV_SET.is_file():
            pytest.skip("../shared/evals/dev.jsonl is not present")
        return [json.loads(line) for line in DEV_SET.read_text(encoding="utf-8").splitlines() if line.strip()]

    def test_no_question_repeats_a_dev_question(self, dev):
        dev_questions = {norm(d["question"]) for d in dev}
        assert [rec["id"] for _, _, rec in ALL_RECORDS if norm(rec["question"]) in dev_questions] == []

    def test_no_record_asks_for_the_same_fact_as_a_dev_record(self, dev):
        # Same document and same gold answers means a paraphrase of a dev question.
        def key(r):
            return (r.get("doc"), frozenset(norm(a) for a in r.get("answer", [])))

        dev_keys = {key(d) for d in dev if d.get("answer")}
        assert [rec["id"] for _, _, rec in ALL_RECORDS if rec.get("answer") and key(rec) in dev_keys] == []


def _readme_table() -> dict[str, dict[str, int]]:
    """The per-set counts table of evals/sets/README.md: {file name: {column: count}}."""
    lines = (SETS_DIR / "README.md").read_text(encoding="utf-8").splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith("| set |"))
    header = [c.strip() for c in lines[start].strip("|").split("|")]
    table = {}
    for line in lines[start + 2 :]:
        if not line.startswith("|"):
            break
        cells = [c.strip().strip("`") for c in line.strip("|").split("|")]
        table[cells[0]] = {col: int(cell) if cell.isdigit() else 0 for col, cell in zip(header[1:], cells[1:])}
    return table


def test_readme_table_matches_the_sets():
    table = _readme_table()
    assert set(table) == {p.name for p in _set_files()}
    for path in _set_files():
        counts = Counter(rec["category"] for _, rec in _records(path))
        expected = {c: counts.get(c, 0) for c in CATEGORIES} | {"total": sum(counts.values())}
        assert table[path.name] == expected, path.name
