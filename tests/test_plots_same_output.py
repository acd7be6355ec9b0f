"""Faster figure builders draw what the straightforward versions drew: the same points, hover text, trace
names and order. Each reference below is the earlier point-by-point implementation, kept as the oracle."""

import random
import textwrap

import numpy as np
import pandas as pd
import pytest

from workbench import plots
from workbench.analysis.selection import OTHER_OUTLETS, focus_outlet

PAYLOAD = '<script>window.__pwned=1</script><img src=x onerror="window.__pwned=1">'

WRAP_CASES = [
    "",
    "short",
    "a" * 70,
    "a" * 71,
    "word " * 40,
    " leading space and a line long enough to wrap somewhere past the seventieth column of text",
    "trailing space and a line long enough to wrap somewhere past the seventieth column of text ",
    "two  spaces and a line long enough to wrap somewhere past the seventieth column of this text",
    "tab\tand a line long enough to wrap somewhere past the seventieth column of the text it has",
    "a well-known, long-standing and self-evidently hyphen-rich sentence that wraps at a hyphen-break",
    "dashes -- between words -- and --flags and a-b-c-d-e-f-g-h-i-j-k-l-m-n-o-p-q-r-s-t-u-v-w-x-y-z",
    "a word longer than a line: " + "x" * 90 + " and after it",
    "a hyphenated word longer than a line: " + "-".join(["abcdefghij"] * 12) + " end",
    "non\xa0breaking\xa0spaces are not spaces to textwrap, so this line keeps them inside its words",
    "“Quoted,” she said — “and then some” — 1,200 people; 3-4 injured; co-operation & <b>markup</b>",
]


def random_texts(n: int, seed: int = 7) -> list[str]:
    rng = random.Random(seed)
    pieces = [
        "a",
        "Bc",
        "12",
        "-",
        "--",
        " ",
        " ",
        " ",
        "  ",
        ".",
        ",",
        "'",
        '"',
        "!",
        "?",
        "&",
        "é",
        "\xa0",
        "\t",
        "\n",
        "—",
        "x" * 30,
        "well-known",
        "e-mail",
        "--b",
        "3-4",
    ]
    return ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 60))) for _ in range(n)]


@pytest.mark.parametrize("width", [1, 5, 17, 40, plots.HOVER_WIDTH])
def test_wrap_matches_textwrap(width):
    for text in WRAP_CASES + random_texts(3000):
        assert plots._wrap(text, width) == textwrap.wrap(text, width), (text, width)


# -- casualty chart ------------------------------------------------------------------------------------


def reference_casualty_chart(figures: pd.DataFrame, category: str, **kwargs):
    """The casualty chart as first written: hover text and points built row by row."""
    part = figures[figures["category"] == category]
    last = part["published_at"].max()
    traces = []
    for outlet in sorted(part["outlet_id"].dropna().unique()):
        rows = part[part["outlet_id"] == outlet].sort_values("published_at")
        hover = [
            f"<b>{plots.esc(outlet)}</b>, {plots._fmt_time(r.published_at)}: <b>{r.figure}</b> "
            f"{plots.esc(category)} (“{plots.esc(r.number_text, 60)}”"
            f"{', ' + plots.esc(r.qualifier) if pd.notna(r.qualifier) and r.qualifier != 'exact' else ''})"
            f"<br>source: {plots.esc(r.source, 120) if pd.notna(r.source) else 'not attributed'}"
            f"<br>article: {plots.esc(r.title, 160, plots.HOVER_WIDTH)}"
            f"<br>sentence: {plots.esc(r.sentence, plots.HOVER_LIMIT, plots.HOVER_WIDTH)}"
            for r in rows.itertuples()
        ]
        x, y, sizes = list(rows["published_at"]), list(rows["figure"]), [7] * len(rows)
        if pd.notna(x[-1]) and x[-1] < last:
            x, y, sizes = x + [last], y + [y[-1]], sizes + [0]
            hover = hover + [hover[-1] + "<br><i>(latest figure from this outlet)</i>"]
        traces.append(
            {
                "name": plots.esc(outlet, 40),
                "colour": plots.outlet_colour(outlet),
                "x": x,
                "y": y,
                "size": sizes,
                "hover": hover,
            }
        )
    return traces


def drawn(fig) -> list[dict]:
    """What each outlet trace draws, as plain Python values (arrays and lists alike)."""
    return [
        {
            "name": t.name,
            "colour": t.line.color,
            "x": [pd.Timestamp(v) for v in t.x],
            "y": [int(v) for v in t.y],
            "size": [int(v) for v in t.marker.size],
            "hover": list(t.hovertext),
        }
        for t in fig.data
        if t.name != "reference count"
    ]


def many_figures(n: int = 400, seed: int = 3) -> pd.DataFrame:
    rng = np.random.default_rng(seed)
    outlets = np.array(["alpha", "beta", "gamma", "delta", PAYLOAD])
    words = ["three", "5", "dozens", None, PAYLOAD, "a well-known figure of twelve-hundred and more " * 3]
    at = pd.Timestamp("2024-01-01") + pd.to_timedelta(rng.integers(0, 20, n) * 6, unit="h")
    frame = pd.DataFrame(
        {
            "article_id": [f"a{i}" for i in range(n)],
            "outlet_id": outlets[rng.integers(0, len(outlets), n)],
            "published_at": at.astype("datetime64[ns]"),  # few distinct times: many ties within an outlet
            "category": np.array(["killed", "injured"])[rng.integers(0, 2, n)],
            "figure": rng.integers(0, 300, n).astype("int64"),
            "number_text": [words[i] for i in rng.integers(0, len(words), n)],
            "qualifier": [[None, "exact", "at_least", "approximate"][i] for i in rng.integers(0, 4, n)],
            "source": [
                [None, "police", PAYLOAD, "the county's coroner-in-chief"][i] for i in rng.integers(0, 4, n)
            ],
            "sentence": [
                words[i] and f"Sentence {i}: " + words[i] * 4 for i in rng.integers(0, len(words), n)
            ],
            "title": [[None, "t1", PAYLOAD, "a title " * 30][i] for i in rng.integers(0, 4, n)],
        }
    )
    frame.loc[::37, "published_at"] = pd.NaT
    for col in ("outlet_id", "category", "number_text", "qualifier", "source", "sentence", "title"):
        frame[col] = frame[col].astype("string")
    return frame.sample(frac=1, random_state=seed)  # rows in no particular order


@pytest.mark.parametrize("category", ["killed", "injured"])
def test_casualty_chart_draws_what_the_row_by_row_version_drew(category):
    frame = many_figures()
    assert drawn(plots.casualty_chart(frame, category)) == reference_casualty_chart(frame, category)
    other = focus_outlet(frame, "beta")
    assert drawn(plots.casualty_chart(other, category)) == reference_casualty_chart(other, category)
    assert OTHER_OUTLETS in [t.name for t in plots.casualty_chart(other, category).data]


# -- hover text built column-wise -----------------------------------------------------------------------


def test_spread_chart_hover_same_as_row_by_row():
    spread = pd.DataFrame(
        {
            "day": pd.to_datetime(
                ["2024-01-01", "2024-01-01 06:30", None, "2024-01-03"], format="ISO8601"
            ).astype("datetime64[ns]"),
            "category": ["killed", "killed", "injured", "killed"],
            "outlet_count": [1, 3, 2, 2],
            "min_figure": [3, 4, 1, 0],
            "max_figure": [3, 9, 2, 12],
            "spread": [0, 5, 1, 12],
        }
    )
    fig = plots.spread_chart(spread)
    for trace in fig.data:
        part = spread[spread["category"] == trace.name]
        want = [
            f"{plots._fmt_time(d)}, {plots.esc(trace.name)}: {lo}–{hi} across {n} outlet{'s' * (n != 1)}"
            for d, lo, hi, n in zip(
                part["day"], part["min_figure"], part["max_figure"], part["outlet_count"], strict=True
            )
        ]
        assert list(trace.hovertext) == want


def test_framing_chart_labels_and_hover_same_as_row_by_row():
    terms = pd.DataFrame(
        {
            "period": pd.to_datetime(
                ["2024-01-01", "2024-01-01 05:00", "2024-01-02", None], format="ISO8601"
            ).astype("datetime64[ns]"),
            "outlet_id": ["a", PAYLOAD, None, "a"],
            "term": ["rioter", "rioter", "rioter", "protester"],
            "mention_count": [1, 4, 2, 1],
            "article_count": [1, 2, 1, 1],
            "outlet_article_count": [3, 2, 1, 1],
        }
    ).astype({"outlet_id": "string", "term": "string"})
    fig = plots.framing_chart(terms)
    for trace in fig.data:
        part = terms[terms["term"] == trace.name]
        assert list(trace.y) == [plots.esc(o, 40) for o in part["outlet_id"]]
        assert list(trace.hovertext) == [
            f"<b>{plots.esc(o)}</b>, {plots._fmt_time(p)}<br>“{plots.esc(trace.name)}”: {m} mention{'s' * (m != 1)} "
            f"in {a} of {n} article{'s' * (n != 1)}"
            for o, p, m, a, n in zip(
                part["outlet_id"],
                part["period"],
                part["mention_count"],
                part["article_count"],
                part["outlet_article_count"],
                strict=True,
            )
        ]


@pytest.mark.parametrize("unit", ["ns", "us", "s"])
def test_times_formatted_at_once_as_one_by_one(unit):
    rng = np.random.default_rng(4)
    ns = rng.integers(pd.Timestamp("1678-01-01").value, pd.Timestamp("2262-01-01").value, 3000)
    ns[::3] = ns[::3] // (86400 * 10**9) * 86400 * 10**9  # midnight
    ns[1::7] = ns[1::7] // (60 * 10**9) * 60 * 10**9  # whole minutes
    values = pd.Series(ns.astype("datetime64[ns]")).astype(f"datetime64[{unit}]")
    values[::11] = pd.NaT
    assert plots._fmt_times(values) == [plots._fmt_time(v) for v in values]
