"""Saved HTML pages: body from the page, metadata from its tags, the meta time before the URL's date."""

import gzip
from datetime import UTC, date, datetime

from workbench import read_article

PAGE = """<!doctype html><html><head>
<title>Flood toll rises | Example Times</title>
<meta property="og:title" content="Flood toll rises to 12 in river valley">
<meta property="article:published_time" content="2023-04-06T14:30:00+02:00">
<meta name="author" content="By JANE ROE">
<link rel="canonical" href="https://www.example-times.com/2023/04/05/world/flood-toll.html">
</head><body>
<nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav>
<article>
<h1>Flood toll rises to 12 in river valley</h1>
<p>Rescue teams recovered four more bodies on Thursday, raising the death toll from the floods to 12,
the regional governor said in a statement.</p>
<p>More than 3,000 people have been evacuated from villages along the river, and officials warned that
water levels could rise again overnight as heavy rain continued to fall across the valley.</p>
<p>"We are doing everything we can to reach the people who are still cut off," the governor told
reporters at a briefing in the regional capital, adding that army helicopters had joined the search.</p>
</article>
<footer>Copyright 2023 Example Times. All rights reserved. Privacy policy. Terms of use.</footer>
</body></html>"""


def test_html_page_metadata_and_body(tmp_path):
    path = tmp_path / "flood.html"
    path.write_text(PAGE, encoding="utf-8")
    article = read_article(path)
    assert article.title == "Flood toll rises to 12 in river valley"
    assert article.published_at == datetime(2023, 4, 6, 12, 30, tzinfo=UTC)
    assert article.published_date == date(2023, 4, 6), "the meta tag wins over the URL's 2023/04/05"
    assert article.url == "https://www.example-times.com/2023/04/05/world/flood-toll.html"
    assert article.outlet_id == "example-times-com"
    assert article.byline == "Jane Roe"
    assert article.text.startswith("Rescue teams recovered four more bodies")
    assert "army helicopters had joined the search" in article.text
    assert "Privacy policy" not in article.text and "Sport" not in article.text


def test_gzipped_page_and_url_date_fallback(tmp_path):
    page = PAGE.replace('<meta property="article:published_time" content="2023-04-06T14:30:00+02:00">', "")
    path = tmp_path / "flood.html.gz"
    path.write_bytes(gzip.compress(page.encode("utf-8")))
    article = read_article(path)
    assert article.published_date == date(2023, 4, 5)
    assert article.published_at is None or article.published_at.date() == date(2023, 4, 5)
    assert article.source_format == "html"


def test_markup_without_meta_tags_still_gives_date_and_author(tmp_path):
    page = """<html><head><title>Quake</title></head><body>
    <article><h1>Quake hits coast</h1><p class="byline">By Ana Lima</p><p>Posted on March 3, 2020</p>
    <p>A strong earthquake struck the coast on Tuesday, killing at least 12 people and injuring dozens more,
    officials said, as rescue teams searched collapsed buildings through the night in three towns.</p>
    <p>The regional governor said more than 400 homes were damaged and that schools would stay closed.</p>
    </article></body></html>"""
    path = tmp_path / "quake.html"
    path.write_text(page, encoding="utf-8")
    article = read_article(path)
    assert article.published_date == date(2020, 3, 3)
    assert article.byline == "Ana Lima"
    assert article.text.startswith("A strong earthquake struck the coast"), "the dateline is not body"
