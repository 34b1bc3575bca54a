"""Latency of ``POST /v1/code`` for a 500-word article with a warm pipeline (#8).

Starts the app with uvicorn on a free local port, sends a few warm-up requests, then N timed
ones; reports p50/p95 and, as the same-run baseline, the time of ``Pipeline.code`` on the same
article called directly (so the HTTP and JSON overhead shows as the difference).

    python benchmarks/api_latency.py [--corpus PATH] [--requests N] [--words W]
"""

from __future__ import annotations

import json
import socket
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

from _corpus import corpus_rows, parser_for


def _article(corpus: Path, words: int) -> str:
    """The first ``words`` words of the corpus (across articles), cut at a sentence end."""
    out: list[str] = []
    for line in corpus.read_text(encoding="utf-8").splitlines():
        out += json.loads(line)["text"].split()
        if len(out) >= words:
            break
    text = " ".join(out[:words])
    return text[: text.rfind(".") + 1] or text


def _percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def main() -> int:
    parser = parser_for(__doc__)
    parser.add_argument("--requests", type=int, default=50)
    parser.add_argument("--words", type=int, default=500)
    args = parser.parse_args()
    if corpus_rows(args.corpus) is None:
        return 2

    import httpx
    import uvicorn

    from eventwire import Article, load_pipeline
    from eventwire.server import create_app

    text = _article(args.corpus, args.words)
    pipeline = load_pipeline()
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    with tempfile.TemporaryDirectory() as tmp:
        app = create_app(Path(tmp) / "bench.duckdb", pipeline=pipeline)
        server = uvicorn.Server(uvicorn.Config(app, port=port, log_level="warning"))
        thread = threading.Thread(target=server.run, daemon=True)
        thread.start()
        while not server.started:
            time.sleep(0.05)
        url = f"http://127.0.0.1:{port}/v1/code"
        body = {"id": "bench", "text": text, "date": "2024-03-13"}
        with httpx.Client(timeout=60) as client:
            for _ in range(3):
                client.post(url, json=body).raise_for_status()
            http: list[float] = []
            for _ in range(args.requests):
                started = time.perf_counter()
                client.post(url, json=body).raise_for_status()
                http.append(time.perf_counter() - started)
        direct: list[float] = []
        article = Article(doc_id="bench", text=text)
        for _ in range(args.requests):
            started = time.perf_counter()
            pipeline.code(article)
            direct.append(time.perf_counter() - started)
        server.should_exit = True
        thread.join(timeout=10)
    result = {
        "words": len(text.split()),
        "requests": args.requests,
        "http_p50_ms": round(1000 * statistics.median(http), 1),
        "http_p95_ms": round(1000 * _percentile(http, 0.95), 1),
        "direct_p50_ms": round(1000 * statistics.median(direct), 1),
        "direct_p95_ms": round(1000 * _percentile(direct, 0.95), 1),
    }
    print(json.dumps(result, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
