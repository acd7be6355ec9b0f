"""extract_html_body on a small hand-made page."""

from __future__ import annotations

from workbench.clean.html import choose_body, extract_html_body, html_to_paragraphs

PARAGRAPHS = [
    "Flood waters receded across the valley on Sunday, leaving mud-filled streets and damaged homes behind "
    "them as residents returned to assess the losses.",
    "Officials said at least forty houses had been damaged and that the main road into the town would stay "
    "closed until engineers could inspect the bridge over the river.",
    "\u201cWe have never seen the river rise this fast,\u201d said the mayor, who spent the night at an "
    "emergency shelter set up in the school gymnasium with dozens of families.",
    "Volunteers from neighbouring towns arrived with pumps, food and dry clothes, and the regional government "
    "promised emergency funds for families whose homes could not be lived in.",
    "Forecasters expect dry weather for the rest of the week, which should allow the clean-up to continue "
    "without interruption, the weather service said in a statement.",
]

PAGE = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Flood waters recede | The Valley Courier</title>
<style>.menu {{ color: red; }}</style><script>var tracking = "do not extract me";</script></head>
<body>
<header><nav class="menu"><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li>
<li><a href="/sports">Sports</a></li><li><a href="/weather">Weather</a></li></ul></nav></header>
<div class="cookie-banner">We use cookies to improve your experience. <button>Accept</button></div>
<main><article>
<h1>Flood waters recede, leaving mud and damage behind</h1>
<p class="byline">By Staff Reports</p><time datetime="2021-03-14">March 14, 2021</time>
<figure><img src="flood.jpg" alt=""><figcaption>A flooded street in the town centre. (Photo: Valley Courier)</figcaption></figure>
{"".join(f"<p>{p}</p>" for p in PARAGRAPHS)}
</article>
<aside class="related"><h2>Related stories</h2><ul>
<li><a href="/a">River levels to be monitored through the spring season</a></li>
<li><a href="/b">Town council debates new flood defences for the valley</a></li></ul></aside>
<section class="newsletter"><h3>Sign up for our daily newsletter</h3><p>Get the day's news in your inbox.</p></section>
</main>
<footer><p>&copy; 2021 The Valley Courier. All rights reserved.</p><a href="/privacy">Privacy Policy</a></footer>
</body></html>"""


def test_extracts_the_story_paragraphs_only():
    body = extract_html_body(PAGE, url="https://valley.example/news/flood")
    assert body.split("\n") == PARAGRAPHS


def test_no_script_style_or_furniture():
    body = extract_html_body(PAGE)
    for furniture in (
        "tracking",
        "color: red",
        "cookies",
        "Related stories",
        "newsletter",
        "All rights",
        "Home",
    ):
        assert furniture not in body, furniture


def test_empty_and_broken_input():
    assert extract_html_body("") == ""
    assert extract_html_body("<html><body><p>Too short.</p></body></html>") in ("", "Too short.")


def test_html_to_paragraphs_one_line_per_block():
    assert (
        html_to_paragraphs("<div><p>One  two</p><p>three<br>four</p>tail</div>")
        == "One two\nthree\nfour\ntail"
    )


def test_choose_body_prefers_the_extraction_the_others_agree_with():
    story = " ".join(PARAGRAPHS)
    with_teasers = story + " Read more about rivers and roads and bridges and floods in our special section."
    assert choose_body([with_teasers, story, story + " Share this story"]) == story
    assert choose_body(["", story]) == story
    assert choose_body(["", ""]) == ""


def test_runs_without_the_network(monkeypatch):
    import socket

    def refuse(*args, **kwargs):
        raise AssertionError("extract_html_body tried to open a network connection")

    monkeypatch.setattr(socket, "socket", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    assert extract_html_body(PAGE, url="https://valley.example/news/flood").split("\n") == PARAGRAPHS
