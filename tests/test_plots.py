"""Figure builders: one trace per outlet (or kind), fixed outlet colours, escaped text, 'no data' when empty."""

import json

import pandas as pd
import plotly.graph_objects as go
import pytest

from workbench import plots, schema
from workbench.analysis import casualties, sources, timelines
from workbench.analysis.selection import OTHER_OUTLETS

PAYLOAD = '<script>window.__pwned=1</script><img src=x onerror="window.__pwned=1">'


def counts():
    return pd.DataFrame(
        {
            "period": pd.to_datetime(["2024-01-01", "2024-01-01", "2024-01-02"]),
            "outlet_id": ["alpha", OTHER_OUTLETS, "beta"],
            "article_count": [2, 5, 1],
        }
    )


def figures():
    return pd.DataFrame(
        {
            "article_id": ["a", "b", "c"],
            "outlet_id": ["alpha", "alpha", "beta"],
            "published_at": pd.to_datetime(["2024-01-01 08:00", "2024-01-02 09:00", "2024-01-01 10:00"]),
            "category": ["killed", "killed", "killed"],
            "figure": [3, 5, 4],
            "number_text": ["three", "5", "4"],
            "qualifier": ["exact", "at_least", "exact"],
            "source": ["police", None, PAYLOAD],
            "sentence": [PAYLOAD, "Five people died.", "Four dead."],
            "title": [PAYLOAD, "t2", "t3"],
        }
    )


def all_strings(fig: go.Figure) -> str:
    return json.dumps(fig.to_plotly_json(), default=str)


def test_outlet_colour_is_stable_and_distinct():
    assert plots.outlet_colour("alpha") == plots.outlet_colour("alpha")
    assert plots.outlet_colour("alpha") != plots.outlet_colour("beta")
    assert plots.outlet_colour(OTHER_OUTLETS) == plots.OTHER_COLOUR
    colours = {plots.outlet_colour(f"outlet-{i}") for i in range(50)}
    assert len(colours) > 45


def test_outlet_keeps_its_colour_across_charts():
    timeline = plots.coverage_timeline(counts())
    steps = plots.casualty_chart(figures(), "killed")
    colour = {t.name: t.marker.color for t in timeline.data}
    assert colour["alpha"] == plots.outlet_colour("alpha")
    assert {t.name: t.line.color for t in steps.data}["alpha"] == colour["alpha"]


def test_timeline_has_one_trace_per_outlet_other_last():
    fig = plots.coverage_timeline(counts())
    assert [t.name for t in fig.data] == ["alpha", "beta", OTHER_OUTLETS]
    assert fig.layout.meta["chart"] == "coverage-timeline"
    assert fig.layout.template.layout.font.family == plots.FONT


def test_casualty_chart_steps_per_outlet_and_reference_line():
    fig = plots.casualty_chart(figures(), "killed", reference=6)
    assert [t.name for t in fig.data] == ["alpha", "beta", "reference count"]
    assert fig.data[0].line.shape == "hv"
    assert list(fig.data[0].y) == [3, 5]
    # beta's one figure holds as a level until alpha's last report, without a second marker
    assert list(fig.data[1].y) == [4, 4] and list(fig.data[1].marker.size) == [7, 0]
    assert list(fig.data[1].x)[-1] == figures()["published_at"].max()
    assert list(fig.data[2].y) == [6, 6]
    hover = " ".join(fig.data[0].hovertext)
    assert "source: police" in hover and "t2" in hover and "at_least" in hover
    assert len(plots.casualty_chart(figures(), "killed").data) == 2


def test_untrusted_text_is_escaped_everywhere():
    fig = plots.casualty_chart(figures(), "killed")
    text = all_strings(fig)
    assert "<script>" not in text and "<img" not in text
    assert "&lt;script&gt;window.__pwned=1&lt;/script&gt;" in text
    first = timelines.first_reports(
        pd.DataFrame(
            {
                "article_id": ["x"],
                "outlet_id": [PAYLOAD],
                "published_at": pd.to_datetime(["2024-01-01"], utc=True),
                "title": [PAYLOAD],
            }
        )
    )
    assert "<script>" not in all_strings(plots.first_reports_chart(first))
    top = pd.DataFrame(
        {
            "outlet_id": ["alpha"],
            "rank": [1],
            "speaker": [PAYLOAD],
            "speaker_type": ["other"],
            "attribution_count": [2],
            "example": [PAYLOAD],
        }
    )
    assert "<script>" not in all_strings(plots.top_speakers_chart(top))
    assert "<script>" not in all_strings(plots.coverage_timeline(counts(), title=PAYLOAD))


def test_escaping_keeps_quotes_readable():
    # plotly renders &lt; &gt; &amp; back as characters but shows &quot; as written
    assert plots.esc('say "hi" <b>&') == 'say "hi" &lt;b&gt;&amp;'


def test_long_hover_text_is_cut_and_wrapped():
    long = "word " * 500
    out = plots.esc(long, plots.HOVER_LIMIT, plots.HOVER_WIDTH)
    assert out.count("<br>") >= 5 and len(out.replace("<br>", " ")) <= plots.HOVER_LIMIT + 1


@pytest.mark.parametrize(
    "build, frame",
    [
        (plots.coverage_timeline, timelines.articles_per_period(schema.empty("articles"))),
        (plots.first_reports_chart, timelines.first_reports(schema.empty("articles"))),
        (
            plots.coverage_kinds_chart,
            timelines.coverage_kind_counts(timelines.coverage_kinds(schema.empty("articles"))),
        ),
        (
            lambda f: plots.casualty_chart(f, "killed", reference=3),
            casualties.casualty_figures(schema.empty("casualty_claims")),
        ),
        (
            plots.spread_chart,
            casualties.casualty_spread(casualties.casualty_figures(schema.empty("casualty_claims"))),
        ),
        (plots.speaker_mix_chart, sources.speaker_type_shares(schema.empty("attributions"))),
        (plots.top_speakers_chart, sources.top_speakers(schema.empty("attributions"))),
    ],
)
def test_empty_data_says_no_data(build, frame):
    fig = build(frame)
    assert len(fig.data) == 0
    assert "no data" in fig.layout.annotations[0].text


def test_speaker_mix_one_trace_per_type_present():
    shares = pd.DataFrame(
        {
            "outlet_id": ["a", "a", "b"],
            "speaker_type": ["government", "expert", "government"],
            "attribution_count": [1, 3, 2],
            "share": [0.25, 0.75, 1.0],
        }
    )
    fig = plots.speaker_mix_chart(shares)
    assert [t.name for t in fig.data] == ["government", "expert"]  # schema order


def test_framing_chart_one_trace_per_term():
    terms = pd.DataFrame(
        {
            "period": pd.to_datetime(["2024-01-01"] * 3),
            "outlet_id": ["a", "b", "a"],
            "term": ["rioter", "rioter", "protester"],
            "mention_count": [1, 4, 2],
            "article_count": [1, 2, 1],
            "outlet_article_count": [3, 2, 3],
        }
    )
    fig = plots.framing_chart(terms)
    assert [t.name for t in fig.data] == ["protester", "rioter"]
    assert fig.data[1].marker.size[1] > fig.data[1].marker.size[0]
