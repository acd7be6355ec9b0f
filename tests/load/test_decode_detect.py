"""Decoding and format checks that must agree with their plain formulation."""

import random

from workbench.load.decode import CONTROL_BYTES, _control_count
from workbench.load.detect import URL_LINE, is_url_list


def test_control_bytes_counted_as_the_pattern_finds_them():
    rng = random.Random(6)
    samples = [bytes(range(256)), b"", b"plain text\n", *(rng.randbytes(rng.randint(0, 3000)) for _ in range(500)),
               *(bytes(rng.choices(range(0, 40), k=rng.randint(0, 500))) for _ in range(500))]
    for data in samples:
        assert _control_count(data) == len(CONTROL_BYTES.findall(data))


def _is_url_list_plain(text: str) -> bool:
    lines = [line for line in text.splitlines() if line.strip() and not line.lstrip().startswith("#")]
    return bool(lines) and all(URL_LINE.match(line) for line in lines[:50])


def test_url_lists_told_apart_as_by_reading_every_line():
    rng = random.Random(7)
    pieces = ["https://example.com/a", " http://x.org/b?c=1 ", "# a comment", "  # indented comment", "", "   ",
              "https://", "ftp://example.com", "Story title", "https://example.com/a b", "\t", "#"]
    texts = ["", "\n\n", *("\n".join(rng.choices(pieces, weights=[30, 30, 5, 5, 5, 5, 1, 1, 1, 1, 3, 2],
                                               k=rng.randint(0, 80))) for _ in range(3000))]
    found = 0
    for text in texts:
        assert is_url_list(text) == _is_url_list_plain(text), text
        found += is_url_list(text)
    assert 100 < found < len(texts) - 100
