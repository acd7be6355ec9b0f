"""Bad input never stops a batch and never disappears: each file is loaded or rejected with its reason."""

import gzip
import http.server
import threading
import time
from pathlib import Path

import pytest

from workbench import read_article
from workbench.load.errors import RejectedInput
from workbench.pipeline import ingest, load_articles
from workbench.store import read_table

BODY_EN = (
    "Police said on Tuesday that three people were killed when a gunman opened fire at a market.\n"
    "Witnesses described panic as shoppers fled the square, the city's mayor told reporters.\n"
)
# "Police in Almaty said two people were detained after the protests on the central square."
BODY_RU = ("Полиция Алматы сообщила, что после протестов на центральной площади задержаны два человека.\n"
           "По словам очевидцев, люди разбежались, когда начались беспорядки.\n")
BODY_LATIN1 = ("La police a déclaré mardi que trois personnes ont été tuées près du marché de Liège.\n"
               "Selon des témoins, la foule s'est dispersée après les tirs, a précisé le préfet.\n")


def make_inputs(root: Path) -> dict[str, Path]:
    files = {
        "good": root / "good.txt",
        "empty": root / "empty.txt",
        "binary": root / "binary.txt",
        "cp1251": root / "cp1251.txt",
        "latin1": root / "latin1.txt",
        "truncated": root / "page.html.gz",
        "huge": root / "huge.txt",
        "no_text": root / "no_text.csv",
        "unknown": root / "notes.docx",
    }
    files["good"].write_text("date 2023-05-02 Daily Example\n" + BODY_EN, encoding="utf-8")
    files["empty"].write_bytes(b"")
    files["binary"].write_bytes(bytes(range(256)) * 40)
    files["cp1251"].write_bytes(("date 2022-01-06 Новости\n" + BODY_RU).encode("cp1251"))
    files["latin1"].write_bytes(("date 2022-01-07 Le Journal\n" + BODY_LATIN1).encode("latin-1"))
    page = f"<html><head><title>T</title></head><body><article><p>{BODY_EN}</p></article></body></html>"
    files["truncated"].write_bytes(gzip.compress(page.encode() * 50)[:200])
    with files["huge"].open("w") as handle:
        line = "A line of text that goes on and on, as a mis-saved archive would. " * 10 + "\n"
        while handle.tell() < 50_000_000:
            handle.write(line)
    files["no_text"].write_text("title,url\nA headline,http://example.org/a\n", encoding="utf-8")
    files["unknown"].write_bytes(b"PK\x03\x04 not a news page")
    return files


@pytest.fixture(scope="module")
def inputs(tmp_path_factory):
    return make_inputs(tmp_path_factory.mktemp("bad"))


@pytest.mark.parametrize(
    ("name", "reason"),
    [
        ("empty", "empty file"),
        ("binary", "binary file"),
        ("truncated", "truncated or corrupt gzip"),
        ("huge", "over the 20 MB limit"),
        ("unknown", "unknown file type"),
    ],
)
def test_read_article_rejects_with_file_and_reason(inputs, name, reason):
    with pytest.raises(RejectedInput) as caught:
        read_article(inputs[name])
    assert caught.value.path == str(inputs[name])
    assert reason in caught.value.reason
    assert str(inputs[name]) in str(caught.value)


def test_legacy_encodings_decode(inputs):
    russian = read_article(inputs["cp1251"])
    assert "задержаны два человека" in russian.text
    french = read_article(inputs["latin1"])
    assert "trois personnes ont été tuées" in french.text


def test_batch_goes_on_and_nothing_is_lost(inputs, tmp_path):
    result = ingest([inputs["good"].parent], tmp_path / "store", workers=1)
    log = result.log.set_index("source_path")
    assert len(log) == len(inputs), "every input has a row in the ingest log"
    assert log.loc[str(inputs["good"]), "status"] == "loaded"
    assert log.loc[str(inputs["cp1251"]), "status"] == "loaded"
    assert log.loc[str(inputs["latin1"]), "status"] == "loaded"
    for name in ("empty", "binary", "truncated", "huge", "no_text", "unknown"):
        row = log.loc[str(inputs[name])]
        assert row["status"] == "rejected", name
        assert row["reason"], name
    assert "no text column" in log.loc[str(inputs["no_text"]), "reason"]
    stored = read_table(tmp_path / "store", "ingest_log")
    assert len(stored) == len(inputs)
    assert len(read_table(tmp_path / "store", "articles")) == 3


def test_load_articles_reports_rejections_without_a_store(inputs):
    frame = load_articles(inputs["good"].parent)
    assert len(frame) == 3
    log = frame.attrs["ingest_log"]
    assert set(log["status"]) == {"loaded", "rejected"}
    assert (log["status"] == "rejected").sum() == 6


class _SlowHandler(http.server.BaseHTTPRequestHandler):
    def do_GET(self):  # noqa: N802 - the stdlib's name
        time.sleep(3)
        self.send_response(200)
        self.end_headers()

    def log_message(self, *args):
        pass


def test_url_that_times_out_is_rejected_and_the_batch_goes_on(inputs, tmp_path):
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _SlowHandler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        url = f"http://127.0.0.1:{server.server_address[1]}/slow-story"
        result = ingest([inputs["good"]], tmp_path / "store", urls=[url], url_timeout=0.5, workers=1)
    finally:
        server.shutdown()
    log = result.log.set_index("source_path")
    assert log.loc[str(inputs["good"]), "status"] == "loaded"
    timed_out = result.log[result.log["item"] == url]
    assert list(timed_out["status"]) == ["rejected"]
    assert "timed out" in timed_out["reason"].iloc[0]


def test_an_error_of_the_workbench_on_one_page_rejects_that_page_and_the_batch_goes_on(tmp_path, monkeypatch):
    """A fault in an extractor is no reason to lose a batch: the page is rejected with the error, and named."""
    import workbench.pipeline as pipeline

    real = pipeline.extract_casualties

    def failing(text):
        if "market" in text:
            raise ValueError("a fault on this page")
        return real(text)

    monkeypatch.setattr(pipeline, "extract_casualties", failing)
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text("date 2023-05-02 Daily Example\n" + BODY_EN, encoding="utf-8")
    (folder / "b.txt").write_text("date 2023-05-03 Daily Example\n" + BODY_LATIN1, encoding="utf-8")
    result = ingest([folder], tmp_path / "store", workers=1)
    log = result.log.set_index("source_path")
    assert log.loc[str(folder / "a.txt"), "status"] == "rejected"
    assert "ValueError: a fault on this page" in log.loc[str(folder / "a.txt"), "reason"]
    assert log.loc[str(folder / "b.txt"), "status"] == "loaded"
    assert len(read_table(tmp_path / "store", "articles")) == 1
