"""Fault drills: break the product on purpose and check that it holds and loses nothing.

    .venv/bin/python benchmarks/drills.py                  # full size (about 5-8 minutes on 2 cores)
    .venv/bin/python benchmarks/drills.py --small          # what `make test` runs (tests/test_drills.py)
    .venv/bin/python benchmarks/drills.py --only kill,llm --json out.json

Each drill prints one or more rows: the fault, what should happen, what happened, whether
anything was lost, and PASS/FAIL. Drills run real components in a temp dir: real ingests
killed with SIGKILL at named points (the POLICY_ASSISTANT_TEST_KILL_AT hook), a real
`chroma run` server killed mid-questions, the UI served by `policy-assistant serve` under a
login flood, hostile files made on the fly (big ones sparse, nothing is committed). The only
fake is tests/fake_openai_server.py, for LLM faults a real server cannot be made to produce.

Timing criteria (login flood: answer p95 < 2 s and < 3x the quiet p95) decide PASS/FAIL only
at full size; with --small they are reported, never judged (tests assert no timings).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from dataclasses import asdict, dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "tests"))

PY = sys.executable
MOU_DOC = REPO / "corpus" / "documents" / "000_80323c2b5142a8be.txt"
SUBSIDY = "みらい創業支援補助金の概要\n\n1 交付額\nみらい創業支援補助金の交付額は、対象経費の2分の1以内で、上限は300万円です。\n\n2 対象者\n県内で創業して5年以内の中小企業者が対象です。\n"
GUIDE = "かもめ研修制度の手引き\n\n1 定員\nかもめ研修制度の定員は20名です。\n\n2 期間\nかもめ研修制度の研修期間は6か月です。\n"
UPLOAD_DOC = "ほしぞら観測補助事業\n\n1 交付額\nほしぞら観測補助事業の交付額は1件あたり上限45万円です。\n"
CLI_DOC = "つばさ窓口のお知らせ\n\n1 開庁時間\nつばさ窓口は午前9時に開きます。\n"
Q_OLD = "みらい創業支援補助金の交付額は？"
Q_MOU = "神奈川県と遼寧省がMOUを締結したのはいつですか？"
Q_NEW = "かもめ研修制度の定員は？"
DENSE_DOWN = "ベクトル検索が利用できない"
KILL_POINTS = ("loading", "embedding", "lexical", "switch", "switched")


@dataclass
class Row:
    drill: str
    fault: str
    expected: str
    observed: str
    lost: str
    ok: bool
    numbers: dict = field(default_factory=dict)


# --- helpers -------------------------------------------------------------------------------------
def _env(home: Path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("OPENAI_", "CHROMA_", "EMBEDDING_", "POLICY_ASSISTANT_", "LLM_"))}
    env.update(POLICY_ASSISTANT_HOME=str(home), ANONYMIZED_TELEMETRY="False", GRADIO_ANALYTICS_ENABLED="False",
               PYTHONPATH=os.pathsep.join([str(REPO), env.get("PYTHONPATH", "")]).rstrip(os.pathsep))
    env.update(extra)
    return env


def _cli(home: Path, *args: str, cwd: Path, timeout: float = 900, **extra: str) -> subprocess.CompletedProcess:
    return subprocess.run([PY, "-m", "assistant.cli", *args], cwd=cwd, env=_env(home, **extra),
                          capture_output=True, text=True, timeout=timeout)


_PROBE = r"""
import json, sys
from pathlib import Path
from assistant.settings import Settings
from assistant.service import Assistant
steps, questions = sys.argv[1].split("+"), json.loads(sys.argv[2])
out = []
for step in steps:
    a = Assistant(Settings.from_env())
    if step == "ingest":
        r = a.ingest([Path(p) for p in sys.argv[3:]], progress=False).to_json()
        out.append({"ingest": {"documents": len(r["documents"]), "skipped": r["skipped"]}})
        continue
    status = a.index.status()
    answers = {}
    for q in questions:
        ans = a.ask(q)
        answers[q] = {"top": ans.passages[0].chunk.file if ans.passages else None,
                      "dense_down": any("ベクトル検索が利用できない" in w for w in ans.warnings),
                      "text": ans.text[:200]}
    try:
        consistent = a.index.dense.all_ids() == {c.id for c in a.index.chunks()}
    except Exception as e:
        consistent = repr(e)
    out.append({"generation": status["generation"], "docs": sorted(d["file"] for d in a.documents()),
                "answers": answers, "consistent": consistent})
print(json.dumps(out, ensure_ascii=False))
"""


def _probe(home: Path, steps: str, questions: list[str], *paths: Path, cwd: Path, **extra: str) -> list[dict]:
    done = subprocess.run([PY, "-c", _PROBE, steps, json.dumps(questions, ensure_ascii=False), *map(str, paths)],
                          cwd=cwd, env=_env(home, **extra), capture_output=True, text=True, timeout=900)
    if done.returncode != 0:
        raise RuntimeError(f"probe {steps} failed: {done.stderr[-2000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _wait_http(url: str, ok=(200,), timeout: float = 120, proc: subprocess.Popen | None = None) -> None:
    deadline = time.monotonic() + timeout
    while True:
        try:
            with urllib.request.urlopen(url, timeout=2) as r:
                if r.status in ok:
                    return
        except urllib.error.HTTPError as e:
            if e.code in ok:
                return
        except OSError:
            pass
        if proc is not None and proc.poll() is not None:
            raise RuntimeError(f"{proc.args[:4]} exited with {proc.returncode} before {url} answered")
        if time.monotonic() > deadline:
            raise RuntimeError(f"{url} did not answer within {timeout} s")
        time.sleep(0.3)


class ChromaServer:
    """A real `chroma run` on loopback; kill() is SIGKILL, start() may be called again (same data)."""

    def __init__(self, path: Path):
        exe = Path(PY).parent / "chroma"
        self.cli = str(exe) if exe.exists() else shutil.which("chroma")
        if not self.cli:
            raise RuntimeError("the chroma CLI is not installed")
        self.path, self.port, self.proc = path, _free_port(), None

    def start(self) -> "ChromaServer":
        self.log = open(self.path.parent / f"chroma-{self.port}.log", "ab")
        self.proc = subprocess.Popen([self.cli, "run", "--path", str(self.path), "--host", "127.0.0.1", "--port", str(self.port)],
                                     stdout=self.log, stderr=subprocess.STDOUT, env={"ANONYMIZED_TELEMETRY": "False", "PATH": "/usr/bin:/bin"})
        _wait_http(f"http://127.0.0.1:{self.port}/api/v2/heartbeat", proc=self.proc)
        return self

    def kill(self) -> None:
        if self.proc and self.proc.poll() is None:
            self.proc.send_signal(signal.SIGKILL)
            self.proc.wait(timeout=30)
        if getattr(self, "log", None):
            self.log.close()

    def stop(self) -> None:
        if self.proc and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.kill()
        if getattr(self, "log", None):
            self.log.close()


class UIServer:
    """`policy-assistant serve` in a subprocess."""

    def __init__(self, home: Path, cwd: Path, **extra: str):
        self.port = _free_port()
        self.url = f"http://127.0.0.1:{self.port}/"
        self.out = open(cwd / f"ui-{self.port}.log", "wb")
        self.proc = subprocess.Popen([PY, "-m", "assistant.cli", "serve", "--port", str(self.port)], cwd=cwd,
                                     env=_env(home, **extra), stdout=self.out, stderr=subprocess.STDOUT)
        _wait_http(self.url + "config", ok=(200, 401), proc=self.proc)

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        self.out.close()


def _p95(values: list[float]) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(0.95 * (len(ordered) - 1))))]


def _docs(folder: Path, **texts: str) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    out = []
    for name, text in texts.items():
        (folder / f"{name}.txt").write_text(text, encoding="utf-8")
        out.append(folder / f"{name}.txt")
    return out


# --- drills ---------------------------------------------------------------------------------------
def drill_kill(work: Path, small: bool) -> list[Row]:
    """kill -9 at five points of an ingest (and of a --reset ingest): the previous generation answers."""
    docs = work / "kill-docs"
    v1 = [MOU_DOC, *_docs(docs, subsidy=SUBSIDY)]
    v2 = [*v1, *_docs(docs, guide=GUIDE)]
    base = work / "kill-base"
    done = _cli(base, "ingest", *map(str, v1), cwd=work)
    if done.returncode != 0:
        raise RuntimeError(done.stderr[-2000:])
    questions = [Q_OLD, Q_NEW]
    cases = [(p, False) for p in KILL_POINTS] + ([] if small else [("embedding", True), ("switched", True)])
    rows = []
    for point, reset in cases:
        home = work / f"kill-{point}{'-reset' if reset else ''}"
        shutil.copytree(base, home)
        args = ["ingest", *map(str, v2)] + (["--reset"] if reset else [])
        killed = _cli(home, *args, cwd=work, POLICY_ASSISTANT_TEST_KILL_AT=point)
        after, _, repaired = _probe(home, "probe+ingest+probe", questions, *v2, cwd=work)
        new_live = point == "switched"
        want_docs = sorted(p.name for p in (v2 if new_live else v1))
        held = (killed.returncode == -signal.SIGKILL and after["docs"] == want_docs
                and after["answers"][Q_OLD]["top"] == "subsidy.txt" and not after["answers"][Q_OLD]["dense_down"]
                and (after["answers"][Q_NEW]["top"] == "guide.txt") == new_live)
        healed = (repaired["docs"] == sorted(p.name for p in v2) and repaired["consistent"] is True
                  and repaired["answers"][Q_NEW]["top"] == "guide.txt" and not repaired["answers"][Q_NEW]["dense_down"])
        lost = [name for name in sorted(p.name for p in v1) if name not in after["docs"]]
        rows.append(Row(
            "kill", f"kill -9 at ingest point '{point}'" + (" (--reset)" if reset else ""),
            ("the new generation answers" if new_live else "the previous generation answers, dense search intact")
            + "; the next ingest completes with vectors = catalog",
            f"exit {killed.returncode}; gen {after['generation']} answered {len(after['docs'])} docs"
            f"{' (new doc answerable)' if after['answers'][Q_NEW]['top'] == 'guide.txt' else ''}; "
            f"re-run: gen {repaired['generation']}, vectors = catalog: {repaired['consistent']}",
            "nothing" if not lost else ", ".join(lost), held and healed and not lost,
        ))
    return rows


def drill_chroma(work: Path, small: bool) -> list[Row]:
    """The Chroma server killed while questions are asked: lexical answers with a warning, then recovery."""
    from assistant.service import Assistant
    from assistant.settings import Settings

    import index.ingest as ingest_module

    server = ChromaServer(work / "chroma-data").start()
    # every question asks the server for its live generation, as any question after the poll
    # interval does (a slow machine's questions reached it while it was down: they failed)
    poll, ingest_module.REMOTE_POLL_SECONDS = ingest_module.REMOTE_POLL_SECONDS, 0.0
    try:
        settings = Settings.from_env(env={}, dotenv=None).with_(home=work / "chroma-home", chroma_host="127.0.0.1",
                                                                chroma_port=server.port)
        assistant = Assistant(settings)
        assistant.ingest([MOU_DOC, *_docs(work / "chroma-docs", subsidy=SUBSIDY)], progress=False)
        n = 4 if small else 10
        phases: dict[str, list] = {"before": [], "down": [], "restarted": []}

        def ask(phase: str, i: int) -> None:
            t = time.perf_counter()
            try:
                # a unique tail per question (no cache hit); digits only, so it names nothing to look for
                a = assistant.ask(f"{Q_OLD if i % 2 else Q_MOU}（{list(phases).index(phase) * 100 + i}）")
                ok = ("300万円" in a.text) if i % 2 else ("2018" in a.text)
                phases[phase].append((ok, any(DENSE_DOWN in w for w in a.warnings), time.perf_counter() - t))
            except Exception as e:  # a failed question is what the drill looks for
                phases[phase].append((False, repr(e), time.perf_counter() - t))

        for i in range(n):
            ask("before", i)
        server.kill()
        for i in range(n):
            ask("down", i)
        server.start()
        for i in range(n):
            ask("restarted", i)
        answered = {k: sum(1 for ok, _, _ in v if ok) for k, v in phases.items()}
        warned = {k: sum(1 for _, w, _ in v if w is True) for k, v in phases.items()}
        p95_down = _p95([t for _, _, t in phases["down"]])
        errors = sorted({w for v in phases.values() for _, w, _ in v if isinstance(w, str)})
        ok = (answered == {k: n for k in phases} and warned == {"before": 0, "down": n, "restarted": 0})
        return [Row("chroma", "Chroma server killed (SIGKILL) while questions are asked, then restarted",
                    "every question answered; lexical-only with a visible warning while it is down; dense again after restart",
                    f"answered {answered['before']}/{n} before, {answered['down']}/{n} down ({warned['down']} warned, "
                    f"p95 {p95_down:.2f} s), {answered['restarted']}/{n} after restart ({warned['restarted']} warned)"
                    + (f"; errors: {'; '.join(errors)[:300]}" if errors else ""),
                    "nothing" if answered["down"] == n else "questions failed", ok,
                    {"p95_down_s": round(p95_down, 3)})]
    finally:
        ingest_module.REMOTE_POLL_SECONDS = poll
        server.stop()


def drill_llm(work: Path, small: bool) -> list[Row]:
    """The LLM endpoint answering 401/429/500, hanging and dying mid-stream: offline answer + warning."""
    from assistant.service import Assistant
    from assistant.settings import Settings
    from fake_openai_server import FakeOpenAIServer

    home = work / "llm-home"
    Assistant(Settings.from_env(env={}, dotenv=None).with_(home=home)).ingest(
        [MOU_DOC, *_docs(work / "llm-docs", subsidy=SUBSIDY)], progress=False)
    rows = []
    with FakeOpenAIServer() as fake:
        settings = Settings.from_env(env={}, dotenv=None).with_(home=home, openai_base_url=fake.base_url,
                                                                openai_api_key="drill", llm_timeout=3.0, llm_max_retries=0)
        cases = [
            ("401 Unauthorized", lambda: fake.error(401), "認証"),
            ("429 Too Many Requests", lambda: fake.error(429, times=3), "利用上限"),
            ("500 Internal Server Error", lambda: fake.error(500, times=3), "接続できませんでした"),
            ("hangs (no answer within the timeout)", lambda: fake.slow(8.0, times=3), "接続できませんでした"),
            ("dies mid-stream", lambda: fake.broken("回答の途中です。" * 10, after_chunks=2), ""),
        ]
        for name, arrange, reason in cases:
            arrange()
            assistant = Assistant(settings)
            t = time.perf_counter()
            try:
                answer = assistant.ask(Q_OLD)
                elapsed = time.perf_counter() - t
                warned = [w for w in answer.warnings if "オフラインの抽出回答" in w]
                ok = bool(warned) and "300万円" in answer.text and (reason in warned[0])
                observed = f"offline answer with warning「{warned[0][:60]}…」 in {elapsed:.1f} s" if warned else \
                    f"no fallback warning; backend {answer.backend}"
            except Exception as e:  # what the drill must never see
                ok, observed = False, f"error {e!r}"
            rows.append(Row("llm", f"LLM endpoint {name}", "the offline extractive answer, with a Japanese warning naming the cause",
                            observed, "nothing" if ok else "the answer", ok))
            with fake._lock:  # what a case did not consume must not leak into the next one
                fake._queue.clear()
    return rows


def drill_flood(work: Path, small: bool) -> list[Row]:
    """12 clients flooding the login while a logged-in user asks: answers keep their pace."""
    import httpx
    from gradio_client import Client

    from ui.auth import hash_password

    home = work / "flood-home"
    done = _cli(home, "ingest", str(MOU_DOC), *map(str, _docs(work / "flood-docs", subsidy=SUBSIDY)), cwd=work)
    if done.returncode != 0:
        raise RuntimeError(done.stderr[-2000:])
    password = "drill-Passw0rd"
    ui = UIServer(home, work, POLICY_ASSISTANT_USERS=f"alice:{hash_password(password)}:admin")  # bcrypt cost 12
    try:
        client = Client(ui.url, auth=("alice", password), verbose=False)
        quiet_n, flood_s, clients = (6, 6.0, 12) if small else (20, 20.0, 12)
        base = [Q_OLD, Q_MOU]

        def timed(i: int) -> tuple[float, bool]:
            t = time.perf_counter()
            data = client.predict(f"{base[i % 2]}（{i}）", api_name="/ask")
            return time.perf_counter() - t, ("300万円" in data["answer"]) if i % 2 == 0 else ("2018" in data["answer"])

        client.predict(Q_OLD, api_name="/ask")  # warm up
        quiet = [timed(i) for i in range(quiet_n)]
        stop = threading.Event()
        codes: dict[int, int] = {}
        lock = threading.Lock()

        def flood(k: int) -> None:
            with httpx.Client(timeout=30) as c:
                n = 0
                while not stop.is_set():
                    try:
                        code = c.post(ui.url + "login", data={"username": f"alice{k % 2 or ''}", "password": f"guess{n}"}).status_code
                    except httpx.HTTPError:
                        code = -1
                    n += 1
                    with lock:
                        codes[code] = codes.get(code, 0) + 1

        threads = [threading.Thread(target=flood, args=(k,), daemon=True) for k in range(clients)]
        for t in threads:
            t.start()
        flooded = []
        started = time.monotonic()
        i = 1000
        while time.monotonic() - started < flood_s:
            flooded.append(timed(i))
            i += 1
        stop.set()
        for t in threads:
            t.join(timeout=30)
        q95, f95 = _p95([t for t, _ in quiet]), _p95([t for t, _ in flooded])
        right = all(ok for _, ok in quiet + flooded)
        pace = f95 < 2.0 and f95 < 3 * q95
        attempts = sum(codes.values())
        return [Row("flood", f"{clients} clients flooding the login for {flood_s:.0f} s while a logged-in user asks",
                    "answers keep coming: p95 < 2 s and < 3x the quiet p95; flooders locked out (429)",
                    f"quiet p95 {q95:.2f} s ({len(quiet)} answers); flood p95 {f95:.2f} s ({len(flooded)} answers, "
                    f"{f95 / q95:.1f}x); {attempts} login attempts: {codes.get(429, 0)} got 429, {codes.get(400, 0)} got 400",
                    "nothing" if right else "wrong answers", right and (pace or small),
                    {"quiet_p95_s": round(q95, 3), "flood_p95_s": round(f95, 3), "login_attempts": attempts,
                     "locked_out": codes.get(429, 0), "rejected": codes.get(400, 0)})]
    finally:
        ui.stop()


def drill_hostile(work: Path, small: bool) -> list[Row]:
    """20 hostile files in one batch: the good ones indexed, each bad one skipped with its reason."""
    from hostile_files import make_batch

    folder = work / "hostile"
    expected = make_batch(folder, big_mb=60 if small else 200, bomb_mb=120 if small else 1500)
    home = work / "hostile-home"
    # the CLI's own peak RSS, reported by the child itself at exit
    run_cli = ("import resource, sys; from assistant.cli import main; rc = main(sys.argv[1:]); "
               "sys.stderr.write(f'PEAK_RSS_KB={resource.getrusage(resource.RUSAGE_SELF).ru_maxrss}'); sys.exit(rc)")
    proc = subprocess.Popen([PY, "-c", run_cli, "ingest", str(folder)], cwd=work, env=_env(home),
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    out, err = proc.communicate(timeout=900)
    rss_mb = int(err.rsplit(b"PEAK_RSS_KB=", 1)[-1]) / 1024 if b"PEAK_RSS_KB=" in err else float("nan")
    err = err.rsplit(b"PEAK_RSS_KB=", 1)[0]
    listing = _probe(home, "probe", [], cwd=work)[0]["docs"]
    good = sorted(n for n, want in expected.items() if want == "ok")
    text = out.decode("utf-8", "replace")
    skipped = sum(1 for line in text.splitlines() if line.startswith("[スキップ]"))
    clean = b"\x1b" not in out and b"\x1b" not in err
    ok = proc.returncode == 0 and listing == good and skipped == len(expected) - len(good) and clean
    return [Row("hostile", "20 hostile files in one batch (zip bomb, encrypted PDFs, truncated PDF, binary .txt, "
                "0-byte, escape sequences, a sparse 200 MB file...)",
                "5 good files indexed; 15 skipped, each with a Japanese reason; no escape reaches the terminal; bounded memory",
                f"exit {proc.returncode}; {len(listing)}/{len(good)} indexed, {skipped} skipped; escapes printed: {not clean}; "
                f"peak RSS {rss_mb:.0f} MB",
                "nothing" if listing == good else f"missing {sorted(set(good) - set(listing))}", ok,
                {"peak_rss_mb": round(rss_mb)})]


def drill_concurrent(work: Path, small: bool) -> list[Row]:
    """A UI upload and a CLI ingest at the same time, in server mode: both land, nothing lost."""
    import httpx

    server = ChromaServer(work / "conc-chroma").start()
    home = work / "conc-home"
    extra = {"CHROMA_HOST": "127.0.0.1", "CHROMA_PORT": str(server.port)}
    ui = None
    try:
        done = _cli(home, "ingest", str(MOU_DOC), *map(str, _docs(work / "conc-docs", subsidy=SUBSIDY)), cwd=work, **extra)
        if done.returncode != 0:
            raise RuntimeError(done.stderr[-2000:])
        ui = UIServer(home, work, **extra)
        up_doc, cli_doc = _docs(work / "conc-new", hoshizora=UPLOAD_DOC, tsubasa=CLI_DOC)
        result: dict[str, str] = {}

        def upload() -> None:
            with httpx.Client(timeout=300) as c:
                path = c.post(ui.url + "gradio_api/upload", files=[("files", (up_doc.name, up_doc.read_bytes()))]).json()[0]
                r = c.post(ui.url + "gradio_api/call/upload_event",
                           json={"data": [[{"path": path, "meta": {"_type": "gradio.FileData"}}]]})
                event = r.json()["event_id"]
                body = c.get(ui.url + f"gradio_api/call/upload_event/{event}").text
                result["upload"] = json.dumps([json.loads(l[5:]) for l in body.splitlines() if l.startswith("data:")],
                                              ensure_ascii=False)

        t = threading.Thread(target=upload)
        t.start()
        cli = _cli(home, "ingest", str(cli_doc), cwd=work, **extra)
        t.join(timeout=600)
        probe = _probe(home, "probe", ["ほしぞら観測補助事業の交付額は？", "つばさ窓口は何時に開きますか？", Q_OLD], cwd=work, **extra)[0]
        from gradio_client import Client

        # the UI process loads a generation another process published in the background (it
        # polls the server's marker every 2 s): it answers from the new document within seconds
        client = Client(ui.url, verbose=False)
        deadline = time.monotonic() + 60
        while True:
            via_ui = client.predict("つばさ窓口は何時に開きますか？", api_name="/ask")
            if via_ui["passages"][0]["doc"] == "tsubasa.txt" or time.monotonic() > deadline:
                break
            time.sleep(1)
        want = sorted(["000_80323c2b5142a8be.txt", "subsidy.txt", "hoshizora.txt", "tsubasa.txt"])
        ok = (cli.returncode == 0 and "追加: ほしぞら観測補助事業" in result.get("upload", "") and probe["docs"] == want
              and probe["consistent"] is True and probe["answers"]["ほしぞら観測補助事業の交付額は？"]["top"] == "hoshizora.txt"
              and via_ui["passages"][0]["doc"] == "tsubasa.txt")
        return [Row("concurrent", "UI upload and CLI ingest at the same time (Chroma server mode)",
                    "both documents indexed (one waits for the other's lock); vectors = catalog; the UI answers from both",
                    f"CLI exit {cli.returncode}; upload {'added' if '追加:' in result.get('upload', '') else 'FAILED'}; "
                    f"{len(probe['docs'])} docs; vectors = catalog: {probe['consistent']}; UI answers from {via_ui['passages'][0]['doc']}",
                    "nothing" if set(want) <= set(probe["docs"]) else f"missing {sorted(set(want) - set(probe['docs']))}", ok)]
    finally:
        if ui is not None:
            ui.stop()
        server.stop()


DRILLS = {"kill": drill_kill, "chroma": drill_chroma, "llm": drill_llm, "flood": drill_flood,
          "hostile": drill_hostile, "concurrent": drill_concurrent}


def run(names: list[str], small: bool, work: Path | None = None) -> list[Row]:
    """Run the named drills in a temp dir; a drill that crashes becomes a FAIL row."""
    rows: list[Row] = []
    with tempfile.TemporaryDirectory(prefix="drills-") as tmp:
        base = Path(work or tmp)
        for name in names:
            folder = base / name
            folder.mkdir(parents=True, exist_ok=True)
            started = time.perf_counter()
            try:
                got = DRILLS[name](folder, small)
            except Exception as e:  # noqa: BLE001 - a crashed drill is a result, reported as such
                got = [Row(name, name, "the drill runs", f"drill crashed: {e!r}"[:500], "unknown", False)]
            for row in got:
                row.numbers["drill_seconds"] = round(time.perf_counter() - started, 1)
            rows += got
    return rows


def table(rows: list[Row]) -> str:
    lines = ["| fault | expected | observed | lost | result |", "|---|---|---|---|---|"]
    for r in rows:
        cells = [r.fault, r.expected, r.observed, r.lost, "PASS" if r.ok else "FAIL"]
        lines.append("| " + " | ".join(c.replace("|", "/").replace("\n", " ") for c in cells) + " |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--small", action="store_true", help="small sizes (make test); timings reported, not judged")
    p.add_argument("--only", default=",".join(DRILLS), help=f"comma-separated drills: {','.join(DRILLS)}")
    p.add_argument("--json", type=Path, help="also write the rows as JSON")
    p.add_argument("--keep", type=Path, help="work in this folder and keep it (for inspection)")
    args = p.parse_args(argv)
    names = [n.strip() for n in args.only.split(",") if n.strip()]
    unknown = [n for n in names if n not in DRILLS]
    if unknown:
        p.error(f"unknown drills: {unknown}")
    os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")
    rows = run(names, args.small, args.keep)
    print(table(rows))
    if args.json:
        args.json.write_text(json.dumps([asdict(r) for r in rows], ensure_ascii=False, indent=1), encoding="utf-8")
    failed = [r for r in rows if not r.ok]
    print(f"\n{len(rows) - len(failed)}/{len(rows)} drills passed" + (f"; failed: {[r.fault for r in failed]}" if failed else ""))
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
