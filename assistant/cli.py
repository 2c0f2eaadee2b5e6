"""`policy-assistant` command line: ingest, ask, eval, chat, serve, run. A thin layer over Assistant."""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
from pathlib import Path

from assistant.settings import Settings
from corpus.cleaning import safe_line, strip_control_chars
from corpus.errors import PolicyAssistantError

log = logging.getLogger("policy_assistant")

# The log file rotates: a login flood or a broken batch cannot fill the disk.
LOG_MAX_BYTES = 5 * 1024 * 1024
LOG_BACKUPS = 5


def _safe(text) -> str:
    """Document-derived text for the terminal: no escape sequences or control characters."""
    return strip_control_chars(str(text if text is not None else ""))


class _SafeFormatter(logging.Formatter):
    """Log lines without escape sequences or control characters (file names and user names
    in messages come from outside)."""

    def format(self, record: logging.LogRecord) -> str:
        return strip_control_chars(super().format(record))


def _setup_logging(settings: Settings, verbose: bool) -> None:
    from logging.handlers import RotatingFileHandler

    settings.log_dir.mkdir(parents=True, exist_ok=True)
    handlers: list[logging.Handler] = [RotatingFileHandler(settings.log_dir / "policy-assistant.log", encoding="utf-8",
                                                           maxBytes=LOG_MAX_BYTES, backupCount=LOG_BACKUPS)]
    console = logging.StreamHandler(sys.stderr)
    console.setLevel(logging.INFO if verbose else logging.WARNING)
    handlers.append(console)
    formatter = _SafeFormatter("%(asctime)s %(levelname)s %(name)s: %(message)s")
    for handler in handlers:
        handler.setFormatter(formatter)
    logging.basicConfig(level=logging.INFO, handlers=handlers, force=True)
    for noisy in ("httpx", "chromadb", "urllib3", "gradio"):
        logging.getLogger(noisy).setLevel(logging.WARNING)


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="policy-assistant", description="政策文書アシスタント (Japanese policy corpus assistant)")
    p.add_argument("-v", "--verbose", action="store_true", help="詳細なログを表示")
    sub = p.add_subparsers(dest="command", required=True)

    ing = sub.add_parser("ingest", help="文書を取り込んで索引を作成・更新する")
    ing.add_argument("paths", nargs="*", type=Path, help="ファイルまたはフォルダ（既定: 同梱コーパス）")
    ing.add_argument("--prune", action="store_true", help="指定パスに無くなった文書を索引から削除")
    ing.add_argument("--reset", action="store_true", help="索引を作り直す（UI で追加した文書は残す）")
    ing.add_argument("--repair", action="store_true",
                     help="ベクトルストア（Chroma）を埋め込みキャッシュから修復する（壊れた・消えたとき）")
    ing.add_argument("--json", action="store_true", help="結果を JSON で出力")

    ask = sub.add_parser("ask", help="質問に出典付きで回答する")
    ask.add_argument("question")
    ask.add_argument("--mode", choices=["answer", "reply"], default="answer", help="answer: 回答 / reply: 返信文案")
    ask.add_argument("--top-k", type=int, default=5)
    ask.add_argument("--doc", action="append", default=None, help="対象文書（ファイル名）。複数指定可")
    ask.add_argument("--kind", action="append", default=None, help="対象の文書種別。複数指定可")
    ask.add_argument("--history", type=Path, help="会話履歴の JSON ファイル [{role, content}, ...]")
    ask.add_argument("--json", action="store_true")

    ev = sub.add_parser("eval", help="評価用質問セットを実行してレポートを作成する")
    ev.add_argument("set", type=Path)
    ev.add_argument("--out", type=Path, required=True)
    ev.add_argument("--baseline", type=Path)
    ev.add_argument("--limit", type=int)
    ev.add_argument("--category", action="append", default=None)
    ev.add_argument("--concurrency", type=int, default=1)
    ev.add_argument("--judge", action="store_true", help="LLM による忠実性評価（LLM 設定時のみ）")
    ev.add_argument("--corpus", type=Path, action="append", default=None,
                    help="引用の逐語チェックに使う文書フォルダ（既定: 索引が保持する文書本文）")

    tab = sub.add_parser("tables", help="取り込んだ文書の表・項目（レコード）を表示する")
    tab.add_argument("--doc", action="append", default=None, help="対象文書（ファイル名）。複数指定可")
    fmt = tab.add_mutually_exclusive_group()
    fmt.add_argument("--json", action="store_true", help="JSON で出力")
    fmt.add_argument("--csv", action="store_true", help="CSV（1セル1行）で出力")

    evt = sub.add_parser("eval-tables", help="表の読み取り精度を正解セル（tables.jsonl）で測る")
    evt.add_argument("gold", type=Path, help="正解セルの JSONL（例: ../shared/evals/tables.jsonl）")
    evt.add_argument("--corpus", type=Path, action="append", default=None,
                     help="文書フォルダ（既定: 正解ファイルのフォルダ、同梱コーパス、../shared/corpus）")
    evt.add_argument("--json", action="store_true", help="結果を JSON で出力（取りこぼし・余分なセルの一覧付き）")

    kpi = sub.add_parser("kpi", help="KPI（指標ごとの目標値と実績値の推移）を表示する")
    kpi.add_argument("--doc", help="対象文書（ファイル名）")
    kpi.add_argument("--zone", help="特区・分野などの名称（表題・見出しに含まれる語）で絞り込む")
    kfmt = kpi.add_mutually_exclusive_group()
    kfmt.add_argument("--json", action="store_true", help="JSON で出力")
    kfmt.add_argument("--csv", action="store_true", help="CSV で出力")

    sub.add_parser("chat", help="端末で対話する")
    serve = sub.add_parser("serve", help="チャット UI を起動する")
    serve.add_argument("--host")
    serve.add_argument("--port", type=int)
    run = sub.add_parser("run", help="索引が空なら同梱コーパスを取り込み、チャット UI を起動する")
    run.add_argument("--host")
    run.add_argument("--port", type=int)
    sub.add_parser("status", help="索引の状態を表示する")
    return p


def main(argv: list[str] | None = None) -> int:
    os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")
    args = _parser().parse_args(argv)
    try:
        settings = Settings.from_env()
        _setup_logging(settings, args.verbose)
        return _COMMANDS[args.command](args, settings)
    except PolicyAssistantError as err:
        log.error("%s", err)
        print(f"エラー: {_safe(err.ja)}", file=sys.stderr)
        return 1
    except ValueError as err:
        log.error("%s", err)
        print(f"エラー: 入力が正しくありません（{_safe(err)}）", file=sys.stderr)
        return 2
    except OSError as err:
        log.error("%s", err)
        print(f"エラー: ファイルを読み書きできませんでした（{err.filename or err}）。", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("中断しました。", file=sys.stderr)
        return 130


def _assistant(settings: Settings):
    from assistant.service import Assistant

    return Assistant(settings)


def cmd_ingest(args, settings: Settings) -> int:
    # the progress bar goes to stderr, so stdout stays one JSON object with --json
    if args.repair:
        if args.paths or args.prune or args.reset:
            print("エラー: --repair はパスや --prune / --reset と同時に指定できません。", file=sys.stderr)
            return 2
        data = _assistant(settings).repair(progress=True).to_json()
        if args.json:
            print(json.dumps(data, ensure_ascii=False))
        else:
            print(f"ベクトルストアを修復しました: {data['chunks']} チャンク中 {data['embedded']} 件を書き込み／{data['seconds']:.1f} 秒")
        return 0
    report = _assistant(settings).ingest(args.paths or None, prune=args.prune, reset=args.reset, progress=True)
    data = report.to_json()
    if args.json:
        print(json.dumps(data, ensure_ascii=False))
    else:
        labels = {"added": "追加", "updated": "更新", "unchanged": "変更なし"}
        for d in data["documents"]:
            print(f"[{labels.get(d['status'], d['status'])}] {safe_line(d['title'])}（{d['chunks']} チャンク） {safe_line(d['path'])}")
        for s in data["skipped"]:
            print(f"[スキップ] {safe_line(s['path'])}: {safe_line(s['reason'])}")
        print(f"索引のチャンク数: {data['chunks']}／今回埋め込み: {data['embedded']}／{data['seconds']:.1f} 秒")
    ok = any(d["status"] in ("added", "updated", "unchanged") for d in data["documents"])
    return 0 if ok else 1


def _print_answer(answer) -> None:
    print(_safe(answer.text))
    for w in answer.warnings:
        print(f"⚠ {_safe(w)}")
    if answer.passages:
        print("\n出典:")
        cited = {c.n for c in answer.citations}
        for p in answer.passages:
            c = p.chunk
            where = f"p.{c.page}" if c.page else f"{c.line_start}-{c.line_end}行"
            mark = "*" if p.rank in cited else " "
            print(f"{mark}[{p.rank}] {safe_line(c.title)}／{safe_line(c.section) or '（本文）'}（{where}） {safe_line(c.file)}")


def cmd_ask(args, settings: Settings) -> int:
    history = json.loads(args.history.read_text(encoding="utf-8")) if args.history else []
    assistant = _assistant(settings)
    answer = assistant.ask(args.question, history=history, mode=args.mode, top_k=args.top_k,
                           docs=args.doc, kinds=args.kind)
    if args.json:
        print(json.dumps(answer.to_json(), ensure_ascii=False))
    else:
        _print_answer(answer)
    return 0


def cmd_eval(args, settings: Settings) -> int:
    from evals.runner import run_eval

    assistant = _assistant(settings)
    judge = None
    if args.judge:
        if not settings.llm_enabled:
            print("エラー: --judge には OPENAI_API_KEY または OPENAI_BASE_URL の設定が必要です。", file=sys.stderr)
            return 2
        from evals.judge import LLMJudge

        judge = LLMJudge.from_settings(settings)
    corpus = _corpus_texts(args.corpus, settings) if args.corpus else _index_texts(assistant)
    summary = run_eval(args.set, args.out, assistant, baseline=args.baseline, limit=args.limit,
                       categories=args.category, concurrency=args.concurrency, judge=judge,
                       corpus_texts=corpus, progress=True)
    keys = ["hit@1", "hit@5", "mrr", "answer_accuracy", "refusal_rate_unanswerable", "refusal_rate_answerable",
            "citation_validity"]
    print(" ".join(f"{k}={summary.get(k)!s:.6}" for k in keys if k in summary))
    print(f"レポート: {args.out / 'report.html'}")
    return 0


def _index_texts(assistant) -> dict[str, str]:
    """The text the index holds of each document (its chunks in order), for verbatim checks:
    whatever the format, a citation must be text the index actually has."""
    texts: dict[str, list[str]] = {}
    try:
        for c in assistant.index.chunks():
            texts.setdefault(c.file, []).append(c.text)
    except PolicyAssistantError:
        return {}
    return {doc: "\n".join(parts) for doc, parts in texts.items()}


def _corpus_texts(folders: list[Path] | None, settings: Settings) -> dict[str, str]:
    """Cleaned text of every loadable document in the given folders (for verbatim checks)."""
    from corpus.loaders import iter_files, load_document

    if not folders:
        folders = [settings.corpus_dir]
        shared = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus"
        if shared.is_dir():
            folders.append(shared)
    texts: dict[str, str] = {}
    for path in iter_files(folders):
        try:
            texts.setdefault(path.name, load_document(path).text)
        except PolicyAssistantError:
            continue
    return texts


def cmd_tables(args, settings: Settings) -> int:
    from corpus.errors import IndexNotBuiltError

    assistant = _assistant(settings)
    if assistant.index.is_empty():
        raise IndexNotBuiltError("no documents have been ingested")
    records = assistant.index.records()
    if args.doc:
        records = [r for r in records if r.file in args.doc or r.doc_id in args.doc]
        if not records:
            print(f"エラー: 指定の文書に表・項目が見つかりません（{', '.join(args.doc)}）。", file=sys.stderr)
            return 1
    if args.json:
        print(json.dumps({"tables": [_table_json(r) for r in records]}, ensure_ascii=False))
    elif args.csv:
        import csv

        writer = csv.writer(sys.stdout)
        writer.writerow(["doc", "title", "section", "kind", "row", "column", "value", "number", "unit",
                         "fiscal_year", "fiscal_year_range", "line", "page"])
        for r in records:
            for c in r.cells:
                fyr = "-".join(map(str, c.fiscal_year_range)) if c.fiscal_year_range else ""
                writer.writerow([r.file, r.title, r.section, r.kind, c.row, c.column or "", c.value, _num(c.number),
                                 c.unit or "", c.fiscal_year or "", fyr, c.line, c.page or ""])
    else:
        kinds = {"table": "表", "facts": "項目", "summary": "要約"}
        for r in records:
            where = f"p.{r.page}" if r.page else f"{r.line_start}行"
            print(f"[{kinds.get(r.kind, r.kind)}] {r.title}（{r.file} {where}） {len(r.cells)} セル")
            for c in r.cells:
                col = f" × {c.column}" if c.column else ""
                print(f"    {c.row}{col}: {c.value}")
    return 0


def _num(x) -> str:
    return "" if x is None else str(x)


def _table_json(r) -> dict:
    paged = r.page is not None
    cells = []
    for c in r.cells:
        cell = {"row": c.row, "column": c.column, "value": c.value, "number": c.number, "unit": c.unit,
                "fiscal_year": c.fiscal_year,
                "fiscal_year_range": list(c.fiscal_year_range) if c.fiscal_year_range else None,
                "line": c.line, "source": c.source}
        if paged:
            cell["page"] = c.page
        cells.append(cell)
    out = {"doc": r.file, "title": r.title, "section": r.section, "kind": r.kind, "columns": list(r.columns),
           "rows": list(r.rows), "cells": cells, "lines": [r.line_start, r.line_end]}
    if paged:
        out["page"] = r.page
    if r.note:
        out["note"] = r.note
    return out


def cmd_kpi(args, settings: Settings) -> int:
    from assistant.kpi import SHORTFALL, indicators, to_csv
    from corpus.errors import IndexNotBuiltError

    assistant = _assistant(settings)
    if assistant.index.is_empty():
        raise IndexNotBuiltError("no documents have been ingested")
    items = indicators(assistant.index.records(), doc=args.doc, zone=args.zone)
    if not items:
        print("該当する KPI（目標値・実績値の表）が見つかりません。", file=sys.stderr)
        return 1
    if args.json:
        print(json.dumps({"indicators": [i.to_json() for i in items]}, ensure_ascii=False))
    elif args.csv:
        sys.stdout.write(to_csv(items))
    else:
        for ind in items:
            print(f"■ {ind.title}（{ind.doc}{'、単位: ' + ind.unit if ind.unit else ''}）")
            for p in ind.points:
                t = p.target.value.strip() if p.target else "—"
                a = p.actual.value.strip() if p.actual else "—"
                mark = f" {SHORTFALL}未達" if p.shortfall else ""
                print(f"    {p.label}: 目標 {t} / 実績 {a}{mark}")
    return 0


def cmd_eval_tables(args, settings: Settings) -> int:
    from corpus.chunking import Chunker
    from corpus.loaders import load_document
    from corpus.tables import extract_records
    from evals.tables import load_gold, score_tables

    gold = load_gold(args.gold)
    folders = list(args.corpus or [])
    if not folders:
        folders = [args.gold.resolve().parent, settings.corpus_dir]
        shared = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus"
        if shared.is_dir():
            folders.append(shared)
    chunker = Chunker(settings.chunk_tokens, settings.chunk_overlap_tokens)
    records = []
    missing = []
    for name in sorted({g["doc"] for g in gold}):
        path = next((f / name for f in folders if (f / name).is_file()), None)
        if path is None:
            missing.append(name)
            continue
        doc = load_document(path)
        records.extend(extract_records(doc, chunker.chunk(doc)))
    if missing:
        print(f"エラー: 正解セルの文書が見つかりません: {', '.join(missing)}（--corpus で指定してください）", file=sys.stderr)
        return 1
    score = score_tables(records, gold)
    if args.json:
        print(json.dumps(score.to_json(), ensure_ascii=False))
        return 0
    print(f"recall={score.recall:.3f} precision={score.precision:.3f} "
          f"（正解 {score.gold} セル中 {score.found} を抽出／数値セル {score.counted} 件中 {score.correct} が正解）")
    for doc, stats in sorted(score.per_doc.items()):
        print(f"  {doc}: 正解 {stats.get('gold', 0)} / 抽出 {stats.get('found', 0)} / 数値セル {stats.get('counted', 0)}"
              f" / 正しいセル {stats.get('correct', 0)}")
    if score.unit_checked:
        print(f"  単位: 単位のある正解セル {score.unit_checked} 件中 {score.unit_correct} 件が同じ単位")
    for m in score.unit_misses[:20]:
        print(f"  単位違い: {m['doc']} {m['table']} / {m['row']} × {m['column']} = {m['value']}"
              f"（正解 {m['unit']}、抽出 {m['record_unit'] or 'なし'}）")
    for m in score.misses[:20]:
        print(f"  取りこぼし: {m['doc']} {m['table']} / {m['row']} × {m['column']} = {m['value']}")
    for e in score.extra[:20]:
        print(f"  余分: {e['doc']} {e['table']} / {e['row']} × {e['column']} = {e['value']}")
    return 0


def cmd_chat(args, settings: Settings) -> int:
    assistant = _assistant(settings)
    assistant.ensure_index()
    history: list[dict] = []
    print("政策文書アシスタント（終了: Ctrl+D または「終了」）")
    while True:
        try:
            q = input("\n質問> ").strip()
        except EOFError:
            print()
            return 0
        if not q:
            continue
        if q in ("終了", "exit", "quit"):
            return 0
        try:
            answer = assistant.ask(q, history=history)
        except PolicyAssistantError as err:
            print(f"エラー: {_safe(err.ja)}")
            continue
        _print_answer(answer)
        history += [{"role": "user", "content": q}, {"role": "assistant", "content": answer.text}]
        history = history[-6:]


def cmd_serve(args, settings: Settings) -> int:
    overrides = {k: v for k, v in (("host", args.host), ("port", args.port)) if v}
    settings = settings.with_(**overrides)
    from ui.app import serve

    serve(settings)
    return 0


def cmd_run(args, settings: Settings) -> int:
    assistant = _assistant(settings)
    report = assistant.ensure_index()
    if report is not None:
        data = report.to_json()
        print(f"同梱コーパスを取り込みました: {len(data['documents'])} 文書, {data['chunks']} チャンク", file=sys.stderr)
    try:
        import ui.app  # noqa: F401
    except ImportError:
        return cmd_chat(args, settings)
    return cmd_serve(args, settings)


def cmd_status(args, settings: Settings) -> int:
    assistant = _assistant(settings)
    docs = assistant.documents()
    print(f"状態ディレクトリ: {settings.home}")
    print(f"文書数: {len(docs)}")
    for d in docs:
        print(f"- {safe_line(d.get('title'))}（{d.get('chunks')} チャンク, {d.get('ingested_at')}）")
    return 0


_COMMANDS = {
    "ingest": cmd_ingest,
    "ask": cmd_ask,
    "eval": cmd_eval,
    "chat": cmd_chat,
    "serve": cmd_serve,
    "run": cmd_run,
    "status": cmd_status,
    "tables": cmd_tables,
    "eval-tables": cmd_eval_tables,
    "kpi": cmd_kpi,
}

if __name__ == "__main__":
    raise SystemExit(main())
