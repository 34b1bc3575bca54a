"""Articles per minute that ``eventwire watch`` ingests from a loopback site (#10).

Serves one RSS feed of N article pages (bench-corpus texts) on 127.0.0.1, polls it once with no
per-host pacing, and reports the rate; the same articles coded straight from memory in the same
run are the baseline (the difference is fetching, extraction and storing).

    python benchmarks/feeds_rate.py [--corpus PATH] [--articles N]
"""

from __future__ import annotations

import html
import json
import sys
import tempfile
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from _corpus import corpus_rows, parser_for


def main() -> int:
    parser = parser_for(__doc__)
    parser.add_argument("--articles", type=int, default=60)
    args = parser.parse_args()
    rows = corpus_rows(args.corpus)
    if rows is None:
        return 2
    rows = rows[: args.articles]
    page = "<html><body><article><p>{}</p></article></body></html>"
    pages = {f"/a/{r['id']}": page.format(html.escape(r["text"])) for r in rows}
    items = "".join(f"<item><link>{path}</link></item>" for path in pages)
    feed = (
        f'<?xml version="1.0"?><rss version="2.0"><channel><title>B</title>{items}</channel></rss>'
    )

    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *a: object) -> None:
            pass

        def do_GET(self) -> None:
            body = feed if self.path == "/feed.xml" else pages.get(self.path)
            data = (body or "").encode()
            self.send_response(200 if body else 404)
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

    from eventwire import Article, load_pipeline, open_store
    from eventwire.feeds import Politeness, Watcher, add_feed

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    pipeline = load_pipeline()
    started = time.perf_counter()
    for r in rows:
        pipeline.code(Article(doc_id=r["id"], text=r["text"]))
    coding = time.perf_counter() - started
    with tempfile.TemporaryDirectory() as tmp, open_store(Path(tmp) / "w.duckdb") as store:
        add_feed(store, f"http://127.0.0.1:{server.server_address[1]}/feed.xml")
        watcher = Watcher(store, pipeline, Politeness(host_interval=0.0))
        report = watcher.poll()
        watcher.close()
    server.shutdown()
    result = {
        "articles": report.new_articles,
        "watch_articles_per_min": round(60 * report.new_articles / report.seconds, 1),
        "coding_only_articles_per_min": round(60 * len(rows) / coding, 1),
        "problems": report.problems,
    }
    print(json.dumps(result, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
