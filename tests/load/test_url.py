"""URLs: downloaded from a local HTTP server standing in for a news site, cached so a re-run is offline."""

import http.server
import threading
from pathlib import Path

import pytest

from workbench.pipeline import ingest
from workbench.store import read_table

HTML = (Path(__file__).parent / "test_html.py").read_text("utf-8").split('PAGE = """', 1)[1].split('"""', 1)[0]


class Site(http.server.BaseHTTPRequestHandler):
    requests: list[str] = []

    def do_GET(self):  # noqa: N802 - the stdlib's name
        Site.requests.append(self.path)
        if self.path.startswith("/news/"):
            body = HTML.replace("four more bodies", f"four more bodies ({self.path})").encode()
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
        elif self.path == "/video":
            body = b"\x00" * 2_000_000
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
        else:
            body = b"not found"
            self.send_response(404)
            self.send_header("Content-Type", "text/plain")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


@pytest.fixture
def site():
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Site)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    Site.requests = []
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()


def test_url_list_is_downloaded_once_then_read_from_the_cache(site, tmp_path):
    urls = tmp_path / "urls.txt"
    urls.write_text(f"# wire stories\n{site}/news/a\n{site}/news/b\n{site}/missing\n", encoding="utf-8")
    store = tmp_path / "store"
    first = ingest([urls], store, workers=1)
    statuses = dict(zip(first.log["item"], first.log["status"], strict=True))
    assert statuses == {f"{site}/news/a": "loaded", f"{site}/news/b": "loaded", f"{site}/missing": "rejected"}
    assert "HTTP 404" in first.log.set_index("item").loc[f"{site}/missing", "reason"]
    articles = read_table(store, "articles")
    assert set(articles["url"]) == {f"{site}/news/a", f"{site}/news/b"}
    assert (articles["source_format"] == "url").all()
    assert sorted(Site.requests) == ["/missing", "/news/a", "/news/b"]

    # A new URL appended: the list is read again, cached pages are not downloaded again.
    urls.write_text(urls.read_text() + f"{site}/news/c\n", encoding="utf-8")
    Site.requests = []
    second = ingest([urls], store, workers=1)
    assert "/news/a" not in Site.requests and "/news/b" not in Site.requests
    assert "/news/c" in Site.requests
    assert (second.log["status"] == "loaded").sum() == 1
    assert len(read_table(store, "articles")) == 3


def test_url_on_the_command_line_and_size_cap(site, tmp_path):
    result = ingest([], tmp_path / "store", urls=[f"{site}/news/x", f"{site}/video"], workers=1)
    log = result.log.set_index("item")
    assert log.loc[f"{site}/news/x", "status"] == "loaded"
    assert log.loc[f"{site}/video", "status"] == "rejected"
