"""Article ids: stable across versions, so a store written before a change is not duplicated after it."""

import json
import re
from pathlib import Path

from workbench.records import make_article_id

SAMPLE = Path(__file__).resolve().parents[1] / "data" / "sample" / "demo_articles.jsonl"


def test_article_id_is_the_one_earlier_versions_wrote():
    text = "Police said on Tuesday that three people were killed.\n  Witnesses — shocked!"
    assert make_article_id("reuters", text) == "fc5e42fafd9468bd"


def test_article_id_normalises_as_the_words_joined_by_spaces():
    import hashlib

    def plain(outlet_id, text):
        normalised = " ".join(re.findall(r"\w+", text.lower()))
        return hashlib.sha1(f"{outlet_id or 'unknown'}\n{normalised}".encode()).hexdigest()[:16]

    texts = [json.loads(line)["text"] for line in SAMPLE.read_text("utf-8").splitlines()]
    texts += ["", "   ", "!!!", "a", " a b ", "İstanbul ſ K", "x\u00a0y", "日本語 テキスト", "a_b-c", "\n\tx\n"]
    for text in texts:
        assert make_article_id("outlet", text) == plain("outlet", text)
        assert make_article_id(None, text) == plain(None, text)
