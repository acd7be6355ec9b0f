import random
import re

from workbench.meta.outlets import (
    COPYRIGHT_HOLDER,
    FOOTER_LINES,
    MASTHEAD_LINES,
    Outlet,
    OutletRegistry,
    default_registry,
    slug,
)


def test_registered_domain_and_subdomain():
    registry = default_registry()
    assert registry.from_url("https://www.jpost.com/world-news/article-1").outlet_id == "jpost"
    assert registry.from_url("https://uk.reuters.com/article/x").outlet_id == "reuters"


def test_unknown_domain_gets_a_readable_id():
    outlet = default_registry().from_url("http://www.cleveland19.com/story/33633933/x")
    assert outlet.outlet_id == "cleveland19-com" and outlet.name == "cleveland19.com"
    assert default_registry().from_url("https://news.bbc.co.uk/x").outlet_id == "bbc"
    assert default_registry().from_url("https://local.example.co.uk/x").outlet_id == "example-co-uk"


def test_masthead_and_copyright_lines():
    registry = default_registry()
    lines = ["Home News Sport", "Story", "Body line.", "Copyright © 2022 Jpost Inc. All rights reserved"]
    assert registry.from_page_lines(lines).outlet_id == "jpost"
    unknown = ["Menu", "Body.", "© 2021 The Valley Courier. All rights reserved."]
    assert registry.from_page_lines(unknown).outlet_id == "the-valley-courier"
    assert registry.from_page_lines(["nothing", "here"]) is None


def test_slug():
    assert slug("The Daily Star!") == "the-daily-star"
    assert slug("") == "unknown"


# -- the masthead trie against one alternative per masthead ---------------------------------------------

def _plain_pattern(registry):
    """The masthead pattern written plainly: every masthead an alternative, the longest first."""
    phrases = sorted({m for o in registry.outlets.values() for m in o.mastheads}, key=len, reverse=True)
    return re.compile(r"(?<![\w])(" + "|".join(re.escape(p) for p in phrases) + r")(?![\w])", re.IGNORECASE)


def _plain_from_page_lines(registry, pattern, lines):
    """from_page_lines as first written: three passes, each line searched on its own."""
    def registered(line):
        match = pattern.search(line)
        return registry.outlet_for_masthead(match.group(1)) if match else None

    head, tail = lines[:MASTHEAD_LINES], lines[-FOOTER_LINES:]
    for line in reversed(tail):
        holder = COPYRIGHT_HOLDER.search(line)
        if holder:
            hit = registered(line) or registered(holder.group(1))
            if hit:
                return hit
    for line in head + tail:
        hit = registered(line)
        if hit:
            return hit
    for line in reversed(tail):
        holder = COPYRIGHT_HOLDER.search(line)
        if holder:
            name = holder.group(1).strip(" .,")
            return Outlet(outlet_id=slug(name), name=name)
    return None


def _varied_lines(registry, count, seed=5, share=0.3):
    """Lines mixing mastheads (in any case, cut short, glued to words, one inside another) with prose."""
    rng = random.Random(seed)
    mastheads = sorted({m for o in registry.outlets.values() for m in o.mastheads})
    words = ["The", "news", "said", "Reuters", "AP", "copyright", "©", "2021", "(c)", "All", "rights", "reserved",
             "Network", "Ltd", "Inc.", "Post", "Times", "x", "_", "-", ".", ",", "|", "İ", "ı", "ſ", "\u212a", "é",
             "東京", "Valley", "Courier", "by"]
    if share < 0.01:
        words.remove("Reuters")  # a masthead too
    lines = []
    for _ in range(count):
        parts = []
        for _ in range(rng.randint(1, 12)):
            pick = rng.random()
            if pick < share:
                masthead = rng.choice(mastheads)
                masthead = rng.choice([masthead, masthead.upper(), masthead.lower(), masthead[:-1],
                                       masthead.replace("s", "ſ").replace("k", "\u212a").replace("i", "ı")])
                parts.append(masthead)
            else:
                parts.append(rng.choice(words))
        lines.append(rng.choice(["", " ", "  ", "x"]).join(parts) if rng.random() < 0.2 else " ".join(parts))
    return lines


def test_masthead_trie_matches_as_the_plain_pattern():
    registry = default_registry()
    plain = _plain_pattern(registry)
    found = 0
    for line in _varied_lines(registry, 20_000):
        expected, fast = plain.search(line), registry.masthead_pattern.search(line)
        assert (fast and fast.span(1)) == (expected and expected.span(1)), line
        found += expected is not None
    assert found > 5_000


def test_a_masthead_written_with_a_long_s_or_a_dotless_i_is_found():
    registry = OutletRegistry([Outlet("abc", "ABC", mastheads=("Australian Broadcasting Corporation",)),
                               Outlet("k", "K", mastheads=("Kiev Independent",))])
    assert registry.from_page_lines(["© 2021 Auſtralian Broadcaſting Corporation"]).outlet_id == "abc"
    assert registry.from_page_lines(["KİEV INDEPENDENT", "text"]).outlet_id == "k"
    assert registry.from_page_lines(["Kıev Independent"]).outlet_id == "k"


def test_masthead_pattern_for_other_scripts_is_the_plain_one():
    registry = OutletRegistry([Outlet("a", "A", mastheads=("Süddeutsche Zeitung", "Die Zeit")),
                               Outlet("b", "B", mastheads=("Zeit",))])
    assert registry._registered("Aus der SÜDDEUTSCHE ZEITUNG heute").outlet_id == "a"
    assert registry._registered("Zeitung") is None
    assert registry._registered("die zeit").outlet_id == "a"


def test_outlet_from_page_lines_as_the_three_passes():
    registry = default_registry()
    plain = _plain_pattern(registry)
    lines = _varied_lines(registry, 20_000, seed=9)
    rare = _varied_lines(registry, 20_000, seed=10, share=0.005)  # pages that seldom name a masthead
    rng = random.Random(3)
    for _ in range(3_000):
        page = rng.sample(rng.choice([lines, rare]), rng.randint(1, 60))
        if rng.random() < 0.5:
            page[-1] = rng.choice(["© 2021 The Valley Courier. All rights reserved.", "Copyright 2019 Reuters",
                                   "(c) 2020 Nobody Inc", "© 2022 " + rng.choice(page)])
        assert _outcome(registry.from_page_lines, page) == _outcome(
            lambda lines: _plain_from_page_lines(registry, plain, lines), page
        ), page


def _outcome(find, page):
    """What a lookup returns, or the type of error it raises (a masthead written with a character that only
    case folding maps to ASCII, "ſ" or "ı", is matched but not found under its lowercase form)."""
    try:
        return find(page)
    except KeyError as exc:
        return KeyError, str(exc)
