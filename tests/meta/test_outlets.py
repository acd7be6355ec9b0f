from workbench.meta.outlets import default_registry, slug


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
