"""Table records given to a language model: the answering cells as rows with passage numbers."""

from __future__ import annotations

import pytest

from assistant.llm import LLMAnswerer
from assistant.normalize import expand_query
from assistant.prompts import ANSWER_SYSTEM
from assistant.record_context import HEADER, record_context
from assistant.retrieval import RetrievalResult
from assistant.settings import Settings
from assistant.types import Passage
from corpus.chunking import Chunker
from corpus.models import DocumentMeta, LoadedDocument
from corpus.tables import extract_records

INTRO = "導入施設の整備は順調に進んでいる。" * 30
TEXT = (f"一、概要\n{INTRO}\n\n二、数値目標\n○ 導入施設数(累計)  令和７年３月31日現在(箇所)\n"
        "区分 令和５年度 令和６年度 令和７年度\n目標値 100 200 300\n実績値 21 250 -\n")


@pytest.fixture(scope="module")
def kpi():
    doc = LoadedDocument(doc_id="kpi.txt", path="kpi.txt", meta=DocumentMeta(file="kpi.txt", title="KPI報告"),
                         text=TEXT, content_hash="h", format="txt")
    chunks = Chunker(max_tokens=200, overlap_tokens=0).chunk(doc)
    return chunks, extract_records(doc, chunks)


def result_for(question, chunks, records, shown=1):
    """Retrieval that found the first chunk, and with shown=2 the table's chunk (the last) too."""
    picked = [chunks[0], chunks[-1]][:shown]
    passages = [Passage(chunk=c, rank=n, score=1.0) for n, c in enumerate(picked, start=1)]
    return RetrievalResult(passages, expand_query(question), confidence=0.9, records=records,
                           chunks={c.id: c for c in chunks})


def test_the_answering_cell_is_listed_with_the_number_of_its_added_passage(kpi):
    chunks, records = kpi
    ctx = record_context("導入施設数の令和6年度の実績は？", result_for("導入施設数の令和6年度の実績は？", chunks, records))
    assert [p.rank for p in ctx.passages] == [1, 2]
    assert "実績値 21 250 -" in ctx.passages[1].text  # the cell's chunk was not retrieved: it is added
    lines = ctx.block.split("\n")
    assert lines[0] == HEADER
    assert any(line.startswith("- [2] ") and "行「実績値」" in line and "列「令和６年度」" in line and ": 250箇所" in line
               for line in lines), ctx.block
    assert lines[-1].startswith("読み取り: 導入施設数(累計)の令和6年度（2024年度）の実績値は250箇所") and lines[-1].endswith("[2]")


def test_a_computation_is_given_with_its_formula(kpi):
    chunks, records = kpi
    q = "導入施設数の令和6年度の達成率は？"
    ctx = record_context(q, result_for(q, chunks, records, shown=2))
    assert [p.rank for p in ctx.passages] == [1, 2]  # already shown: nothing added
    calc = ctx.block.split("\n")[-1]
    assert calc.startswith("計算: ") and "250箇所 ÷ 目標値200箇所" in calc and "125.0%" in calc, ctx.block


def test_an_empty_cell_is_said_to_be_empty_not_given_a_value(kpi):
    chunks, records = kpi
    q = "導入施設数の令和7年度の実績は？"
    ctx = record_context(q, result_for(q, chunks, records, shown=2))
    assert "記載なし（表中「-」）" in ctx.block, ctx.block
    assert "記載されていません" in ctx.block.split("\n")[-1]
    q = "導入施設数の令和7年度の達成率は？"
    ctx = record_context(q, result_for(q, chunks, records, shown=2))
    assert ctx.block.split("\n")[-1].startswith("注: ") and "達成率は算出できません" in ctx.block, ctx.block


def test_a_question_no_record_answers_gets_no_block(kpi):
    chunks, records = kpi
    q = "導入施設の整備の状況は？"
    ctx = record_context(q, result_for(q, chunks, records, shown=2))
    assert ctx.block == "" and len(ctx.passages) == 2


def test_the_llm_prompt_carries_the_block_and_shows_the_added_passage(kpi):
    chunks, records = kpi
    q = "導入施設数の令和6年度の実績は？"
    settings = Settings.from_env(env={"OPENAI_API_KEY": "unused"}, dotenv=None)
    prompt = LLMAnswerer(settings).build_prompt(q, result_for(q, chunks, records))
    user = prompt.messages[-1][1]
    assert "<table_records>\n" + HEADER in user and "</table_records>" in user
    assert user.index("</passages>") < user.index("<table_records>") < user.index("<question>")
    assert len(prompt.passages) == 2 and 'n="2"' in user
    assert "<table_records>" in ANSWER_SYSTEM.format()  # the rule that tells the model what the block is
