"""Figure builders: each takes a frame from `workbench.analysis` and returns a plotly Figure.

All figures share `TEMPLATE`, and an outlet has the same colour in every chart (`outlet_colour`, derived
from its id, so it is stable across runs, reports and machines). Article text is untrusted: every string
that reaches a label, legend or hover box goes through `esc`, so markup in a headline or a quote is shown
as written and never interpreted. Each figure names what it shows in `layout.meta.chart`
so a test can find it in a rendered report.
"""

from __future__ import annotations

import functools
import hashlib
import html
import textwrap
from collections.abc import Iterable

import numpy as np
import pandas as pd
import plotly.graph_objects as go

from workbench.analysis.selection import OTHER_OUTLETS
from workbench.analysis.timelines import COVERAGE_KINDS
from workbench.schema import SPEAKER_TYPES

FONT = "Helvetica Neue, Helvetica, Arial, sans-serif"
TEMPLATE = go.layout.Template(
    layout=dict(
        font=dict(family=FONT, size=13, color="#222"),
        title=dict(x=0.0, xanchor="left", font=dict(size=16)),
        paper_bgcolor="white",
        plot_bgcolor="white",
        xaxis=dict(gridcolor="#e6e6e6", linecolor="#999", zeroline=False, automargin=True),
        yaxis=dict(gridcolor="#e6e6e6", linecolor="#999", zeroline=False, automargin=True),
        legend=dict(font=dict(size=11), itemsizing="constant"),
        hoverlabel=dict(font=dict(family=FONT, size=12), align="left"),
        margin=dict(l=60, r=20, t=60, b=50),
        height=460,
    )
)
OTHER_COLOUR = "#9e9e9e"
REFERENCE_COLOUR = "#111111"
# Fixed colours for categories that are not outlets (ColorBrewer Set1/Dark2 hues).
KIND_COLOURS = dict(zip(COVERAGE_KINDS, ("#1b9e77", "#7570b3", "#d95f02"), strict=True))
CATEGORY_COLOURS = {
    "killed": "#b2182b",
    "injured": "#ef8a62",
    "detained": "#2166ac",
    "missing": "#67a9cf",
    "displaced": "#999999",
}
TERM_PALETTE = ("#1b9e77", "#d95f02", "#7570b3", "#e7298a", "#66a61e", "#e6ab02", "#a6761d", "#666666")
SPEAKER_PALETTE = (
    "#1f77b4",
    "#aec7e8",
    "#ff7f0e",
    "#ffbb78",
    "#2ca02c",
    "#98df8a",
    "#d62728",
    "#ff9896",
    "#9467bd",
    "#c5b0d5",
    "#8c564b",
    "#c49c94",
    "#e377c2",
    "#7f7f7f",
)
SPEAKER_COLOURS = dict(zip(SPEAKER_TYPES, SPEAKER_PALETTE, strict=True))
HOVER_WIDTH = 70  # characters per hover line: long sentences wrap instead of running off screen
HOVER_LIMIT = 400  # characters of a sentence or quote shown in a hover box


def esc(value, limit: int | None = None, width: int | None = None) -> str:
    """Text made safe for plotly labels and hover boxes: shortened, wrapped and HTML-escaped."""
    if value is None or (not isinstance(value, str) and pd.isna(value)):
        return ""
    return _esc_text(str(value), limit, width)


def _esc_each(
    values: pd.Series, limit: int | None = None, width: int | None = None, *, missing: str = ""
) -> np.ndarray:
    """`esc` of each value (`missing` for a missing one), escaping each distinct value once."""
    codes, uniques = pd.factorize(values)
    escaped = [esc(u, limit, width) for u in uniques]
    return np.array([*escaped, missing], dtype=object)[codes]  # code -1 (missing) takes the last


@functools.lru_cache(maxsize=65536)
def _esc_text(text: str, limit: int | None, width: int | None) -> str:
    """`esc` of a string, remembered: hover boxes repeat the same titles and sentences across points and
    charts, and wrapping them again dominated the time of charts with tens of thousands of points."""
    if limit is not None and len(text) > limit:
        text = text[: limit - 1].rstrip() + "…"
    # quote=False: plotly shows &quot; literally, and its labels have no attributes to break out of
    if width:
        return "<br>".join(html.escape(line, quote=False) for line in _wrap(text, width))
    return html.escape(text, quote=False)


# textwrap's chunk pattern with break_on_hyphens: splits a word after its hyphens ("well-" "known").
WRAP_CHUNK_RE = textwrap.TextWrapper.wordsep_re


def _wrap(text: str, width: int) -> list[str]:
    """`textwrap.wrap(text, width)`, found line by line with string searches for text whose words are
    separated by single spaces and fit on a line (nearly every title and sentence); anything else goes
    to textwrap itself.

    textwrap cuts the text into chunks (spaces, and words split after their hyphens), fills each line with
    as many chunks as fit and drops a line's leading and trailing space. Its chunks never cross a space,
    so a line ends at the last space within reach, or inside the next word after one of its hyphens.
    """
    if " ".join(text.split()) != text:  # other or repeated whitespace, leading or trailing space
        return textwrap.wrap(text, width)
    if len(text) <= width:
        return [text] if text else []
    if max(map(len, text.split(" "))) > width:  # a word cut in pieces
        return textwrap.wrap(text, width)
    lines = []
    start = 0  # where the current line starts
    while len(text) - start > width:
        limit = start + width
        # The word at `start` fits, and text follows it, so a space lies within reach.
        space = text.rfind(" ", start, limit + 1)
        end, after = space, space + 1  # the line stops before the space; the next starts after it
        word_end = text.find(" ", space + 1)
        word = text[space + 1 : word_end if word_end >= 0 else len(text)]
        if "-" in word:  # pieces of the next word, up to a hyphen, may still fit
            offset = space + 1
            for chunk in _word_chunks(word):
                offset += len(chunk)
                if offset > limit:
                    break
                end = after = offset
        lines.append(text[start:end])
        start = after
    lines.append(text[start:])
    return lines


@functools.lru_cache(maxsize=4096)
def _word_chunks(word: str) -> list[str]:
    return [c for c in WRAP_CHUNK_RE.split(word) if c]


def outlet_colour(outlet_id: str) -> str:
    """The outlet's colour: a hue from a hash of its id, at a saturation and lightness readable on white."""
    if outlet_id == OTHER_OUTLETS:
        return OTHER_COLOUR
    digest = hashlib.sha1(str(outlet_id).encode("utf-8")).digest()
    hue = int.from_bytes(digest[:2], "big") / 65536 * 360
    saturation = 55 + digest[2] % 30
    lightness = 35 + digest[3] % 20
    return f"hsl({hue:.0f},{saturation}%,{lightness}%)"


def _finish(fig: go.Figure, chart: str, title: str, **layout) -> go.Figure:
    fig.update_layout(template=TEMPLATE, title=dict(text=esc(title)), meta={"chart": chart}, **layout)
    return fig


def _whole_numbers(fig: go.Figure, largest, axis: str = "y") -> None:
    """Counts of articles or people: no half ticks on a short axis."""
    if largest is not None and pd.notna(largest) and largest <= 10:
        fig.update_layout({f"{axis}axis": dict(dtick=1, rangemode="tozero")})


def no_data(chart: str, title: str, message: str = "no data for this selection") -> go.Figure:
    """A figure without traces that says there is nothing to show."""
    fig = go.Figure()
    fig.add_annotation(
        text=esc(message),
        showarrow=False,
        x=0.5,
        y=0.5,
        xref="paper",
        yref="paper",
        font=dict(size=16, color="#666"),
    )
    fig.update_xaxes(visible=False)
    fig.update_yaxes(visible=False)
    return _finish(fig, chart, title, height=240)


def _fmt_time(ts) -> str:
    if ts is None or pd.isna(ts):
        return "unknown time"
    ts = pd.Timestamp(ts)
    return ts.strftime("%Y-%m-%d") if ts == ts.normalize() else ts.strftime("%Y-%m-%d %H:%M UTC")


def _fmt_times(values: pd.Series) -> list[str]:
    """`_fmt_time` of each value, formatted in one pass for naive timestamps (the casualty charts' hover
    boxes need one per point)."""
    if not pd.api.types.is_datetime64_dtype(values) or isinstance(values.dtype, pd.DatetimeTZDtype):
        return [_fmt_time(v) for v in values]
    if values.dtype == "datetime64[ns]":
        # numpy writes ISO dates in C; nanosecond times all fall in years 1677-2262, written with four
        # digits as strftime writes them, and cut to the minute downwards as strftime does.
        raw = values.to_numpy()
        minute = np.strings.add(np.strings.replace(np.datetime_as_string(raw, unit="m"), "T", " "), " UTC")
        text = np.where(raw == raw.astype("datetime64[D]"), np.datetime_as_string(raw, unit="D"), minute)
        return np.where(np.isnat(raw), "unknown time", text).tolist()  # NaT is never midnight
    day = values.dt.strftime("%Y-%m-%d")
    minute = values.dt.strftime("%Y-%m-%d %H:%M UTC")
    text = day.where(values == values.dt.normalize(), minute)
    return text.where(values.notna(), "unknown time").tolist()


def _texts(texts: Iterable[str]) -> np.ndarray:
    """Labels or hover texts as one array: plotly takes it whole where it checks a list item by item, and
    writes the same list of strings."""
    return np.array(list(texts), dtype=object)


def _ordered(values: Iterable[str], first: Iterable[str] = ()) -> list[str]:
    if isinstance(values, pd.Series):
        seen = values.dropna().unique().tolist()
    else:
        seen = list(dict.fromkeys(v for v in values if pd.notna(v)))
    head = [v for v in first if v in seen]
    return head + sorted(v for v in seen if v not in head)


def coverage_timeline(counts: pd.DataFrame, *, title: str = "Articles per outlet") -> go.Figure:
    """Stacked bars of articles per outlet per period (from `timelines.articles_per_period`)."""
    chart = "coverage-timeline"
    if counts.empty:
        return no_data(chart, title)
    fig = go.Figure()
    totals = counts.groupby("outlet_id")["article_count"].sum()
    outlets = sorted((o for o in totals.index if o != OTHER_OUTLETS), key=lambda o: (-totals[o], o))
    if OTHER_OUTLETS in totals.index:
        outlets.append(OTHER_OUTLETS)
    for outlet in outlets:
        part = counts[counts["outlet_id"] == outlet]
        fig.add_trace(
            go.Bar(
                x=part["period"],
                y=part["article_count"],
                name=esc(outlet, 40),
                marker_color=outlet_colour(outlet),
                hovertext=[
                    f"<b>{esc(outlet)}</b><br>{_fmt_time(p)}: {n} article{'s' * (n != 1)}"
                    for p, n in zip(part["period"], part["article_count"], strict=True)
                ],
                hoverinfo="text",
            )
        )
    _whole_numbers(fig, counts.groupby("period")["article_count"].sum().max())
    return _finish(fig, chart, title, barmode="stack", xaxis_title="published", yaxis_title="articles")


def first_reports_chart(
    first: pd.DataFrame, *, title: str = "First report per outlet", limit: int = 40
) -> go.Figure:
    """How long after the first outlet each outlet published its first article (`timelines.first_reports`);
    the `limit` earliest outlets are shown."""
    chart = "first-reports"
    if first.empty:
        return no_data(chart, title)
    part = first.head(limit).iloc[::-1]
    days = part["lag_hours"] / 24
    fig = go.Figure(
        go.Bar(
            y=[esc(o, 40) for o in part["outlet_id"]],
            x=days,
            orientation="h",
            marker_color=[outlet_colour(o) for o in part["outlet_id"]],
            hovertext=[
                f"<b>{esc(o)}</b>, {_fmt_time(t)} ({d:.1f} days after the first)<br>{esc(ti, 200, HOVER_WIDTH)}"
                for o, t, d, ti in zip(
                    part["outlet_id"], part["first_published_at"], days, part["title"], strict=True
                )
            ],
            hoverinfo="text",
            name="first report",
            # a label on every bar, so outlets that were first (a bar of length zero) still show
            text=["first" if d == 0 else (f"{d:.0f} d" if d >= 1 else f"{d * 24:.0f} h") for d in days],
            textposition="outside",
            cliponaxis=False,
        )
    )
    return _finish(
        fig,
        chart,
        title,
        xaxis_title="days after the first outlet",
        showlegend=False,
        height=max(300, 22 * len(part) + 120),
    )


def coverage_kinds_chart(
    kind_counts: pd.DataFrame, *, title: str = "Original stories and reprints"
) -> go.Figure:
    """Stacked bars per period of original stories, first appearances of wire stories and reprints
    (`timelines.coverage_kind_counts`)."""
    chart = "coverage-kinds"
    if kind_counts.empty:
        return no_data(chart, title)
    fig = go.Figure()
    for kind in _ordered(kind_counts["coverage_kind"], COVERAGE_KINDS):
        part = kind_counts[kind_counts["coverage_kind"] == kind]
        fig.add_trace(
            go.Bar(
                x=part["period"],
                y=part["article_count"],
                name=esc(kind),
                marker_color=KIND_COLOURS.get(kind, OTHER_COLOUR),
                hovertext=[
                    f"{_fmt_time(p)}: {n} {esc(kind)}"
                    for p, n in zip(part["period"], part["article_count"], strict=True)
                ],
                hoverinfo="text",
            )
        )
    _whole_numbers(fig, kind_counts.groupby("period")["article_count"].sum().max())
    return _finish(fig, chart, title, barmode="stack", xaxis_title="published", yaxis_title="articles")


def framing_chart(term_counts: pd.DataFrame, *, title: str = "Framing terms per outlet") -> go.Figure:
    """Bubbles of framing-term mentions per outlet over time, one colour per term
    (`timelines.framing_term_counts`)."""
    chart = "framing-terms"
    if term_counts.empty:
        return no_data(chart, title)
    fig = go.Figure()
    biggest = max(int(term_counts["mention_count"].max()), 1)
    for i, term in enumerate(_ordered(term_counts["term"])):
        part = term_counts[term_counts["term"] == term]
        fig.add_trace(
            go.Scatter(
                x=part["period"],
                y=_esc_each(part["outlet_id"], 40),
                mode="markers",
                name=esc(term),
                marker=dict(
                    size=8 + 30 * (part["mention_count"] / biggest) ** 0.5,
                    color=TERM_PALETTE[i % len(TERM_PALETTE)],
                    opacity=0.75,
                    line=dict(width=0.5, color="white"),
                ),
                hovertext=_texts(
                    f"<b>{o}</b>, {p}<br>“{esc(term)}”: {m} mention{'s' * (m != 1)} "
                    f"in {a} of {n} article{'s' * (n != 1)}"
                    for o, p, m, a, n in zip(
                        _esc_each(part["outlet_id"]),
                        _fmt_times(part["period"]),
                        part["mention_count"].tolist(),
                        part["article_count"].tolist(),
                        part["outlet_article_count"].tolist(),
                        strict=True,
                    )
                ),
                hoverinfo="text",
            )
        )
    n_outlets = term_counts["outlet_id"].nunique()
    return _finish(fig, chart, title, xaxis_title="published", height=max(320, 20 * n_outlets + 140))


def _casualty_hover(part: pd.DataFrame, category: str) -> np.ndarray:
    """Hover text of each figure in a casualty chart: outlet, time, figure and the words behind it, its
    source, the article's title and the sentence."""
    codes, qualifiers = pd.factorize(part["qualifier"])
    qualified = [", " + esc(q) if q != "exact" else "" for q in qualifiers]
    qualifier = np.array([*qualified, ""], dtype=object)[codes]
    kind = esc(category)
    return np.array(
        [
            f"<b>{o}</b>, {when}: <b>{n}</b> {kind} (“{words}”{q})<br>source: {s}"
            f"<br>article: {t}<br>sentence: {sentence}"
            for o, when, n, words, q, s, t, sentence in zip(
                _esc_each(part["outlet_id"]),
                _fmt_times(part["published_at"]),
                part["figure"].tolist(),
                _esc_each(part["number_text"], 60),
                qualifier,
                _esc_each(part["source"], 120, missing="not attributed"),
                _esc_each(part["title"], 160, HOVER_WIDTH),
                _esc_each(part["sentence"], HOVER_LIMIT, HOVER_WIDTH),
                strict=True,
            )
        ],
        dtype=object,
    )


def casualty_chart(
    figures: pd.DataFrame,
    category: str,
    *,
    reference: int | None = None,
    reference_label: str = "reference count",
    title: str | None = None,
) -> go.Figure:
    """Step lines of each outlet's reported figure for one category over time
    (`casualties.casualty_figures`), with the reference count as a dashed line when known."""
    chart = f"casualties-{category}"
    title = title or f"People {category}: figure reported per outlet"
    part = figures[figures["category"] == category] if not figures.empty else figures
    if part.empty:
        return no_data(chart, title)
    fig = go.Figure()
    part = part.reset_index(drop=True)
    last = part["published_at"].max()
    hover_all = _casualty_hover(part, category)
    # Points go to plotly as arrays, checked and copied whole rather than point by point.
    at_all = part["published_at"].to_numpy()
    figure_all = part["figure"].to_numpy()
    # One split into outlets (rows keep their order) instead of a full scan per outlet.
    by_outlet = dict(tuple(part[["outlet_id", "published_at"]].groupby("outlet_id", sort=False)))
    traces = []
    for outlet in _ordered(part["outlet_id"]):
        order = by_outlet[outlet].sort_values("published_at").index.to_numpy()
        x, y, sizes = at_all[order], figure_all[order], np.full(len(order), 7)
        hover = hover_all[order]
        if pd.notna(x[-1]) and x[-1] < last:
            # the outlet's latest figure stands until the end of the chart (a level, not a lone dot)
            x = np.append(x, np.array([last], dtype=x.dtype))
            y, sizes = np.append(y, y[-1]), np.append(sizes, 0)
            hover = np.append(hover, hover[-1] + "<br><i>(latest figure from this outlet)</i>")
        traces.append(
            dict(
                type="scatter",
                x=x,
                y=y,
                mode="lines+markers",
                line_shape="hv",
                name=esc(outlet, 40),
                line=dict(color=outlet_colour(outlet), width=2),
                marker=dict(size=sizes),
                hovertext=hover,
                hoverinfo="text",
            )
        )
    # Added together as plain dicts: plotly then checks each trace's points once rather than once when
    # the trace is built and again when it is added.
    fig.add_traces(traces)
    if reference is not None:
        lo, hi = part["published_at"].min(), part["published_at"].max()
        if lo == hi:
            lo, hi = lo - pd.Timedelta(hours=12), hi + pd.Timedelta(hours=12)
        fig.add_trace(
            go.Scatter(
                x=[lo, hi],
                y=[reference, reference],
                mode="lines",
                name=esc(reference_label),
                line=dict(color=REFERENCE_COLOUR, dash="dash", width=2),
                hovertext=[f"{esc(reference_label)}: {reference} {esc(category)}"] * 2,
                hoverinfo="text",
            )
        )
    _whole_numbers(fig, max(part["figure"].max(), reference or 0))
    return _finish(
        fig, chart, title, xaxis_title="published", yaxis_title=f"people {category}", yaxis_rangemode="tozero"
    )


def spread_chart(
    spread: pd.DataFrame, *, title: str = "Disagreement between outlets on the same day"
) -> go.Figure:
    """Per day and category, the range of figures outlets reported (`casualties.casualty_spread`): a bar
    from the smallest to the largest figure."""
    chart = "casualty-spread"
    if spread.empty:
        return no_data(chart, title)
    fig = go.Figure()
    for category in _ordered(spread["category"], CATEGORY_COLOURS):
        part = spread[spread["category"] == category]
        fig.add_trace(
            go.Bar(
                x=part["day"],
                y=part["spread"],
                base=part["min_figure"],
                name=esc(category),
                marker_color=CATEGORY_COLOURS.get(category, OTHER_COLOUR),
                offsetgroup=category,
                hovertext=_texts(
                    f"{day}, {esc(category)}: {lo}–{hi} across {n} outlet{'s' * (n != 1)}"
                    for day, lo, hi, n in zip(
                        _fmt_times(part["day"]),
                        part["min_figure"].tolist(),
                        part["max_figure"].tolist(),
                        part["outlet_count"].tolist(),
                        strict=True,
                    )
                ),
                hoverinfo="text",
            )
        )
    return _finish(
        fig, chart, title, barmode="group", xaxis_title="day", yaxis_title="people (lowest to highest figure)"
    )


def speaker_mix_chart(
    shares: pd.DataFrame, *, title: str = "Who speaks: attributions by source type"
) -> go.Figure:
    """Stacked horizontal bars of each outlet's attributions by speaker type (`sources.speaker_type_shares`)."""
    chart = "speaker-mix"
    if shares.empty:
        return no_data(chart, title)
    fig = go.Figure()
    outlets = sorted(shares["outlet_id"].unique(), reverse=True)
    for kind in _ordered(shares["speaker_type"], SPEAKER_TYPES):
        part = shares[shares["speaker_type"] == kind]
        fig.add_trace(
            go.Bar(
                y=[esc(o, 40) for o in part["outlet_id"]],
                x=part["share"] * 100,
                orientation="h",
                name=esc(kind),
                marker_color=SPEAKER_COLOURS.get(kind, OTHER_COLOUR),
                hovertext=[
                    f"<b>{esc(o)}</b><br>{esc(kind)}: {n} attribution{'s' * (n != 1)} ({s:.0%})"
                    for o, n, s in zip(
                        part["outlet_id"], part["attribution_count"], part["share"], strict=True
                    )
                ],
                hoverinfo="text",
            )
        )
    fig.update_yaxes(categoryorder="array", categoryarray=[esc(o, 40) for o in outlets])
    return _finish(
        fig,
        chart,
        title,
        barmode="stack",
        xaxis_title="% of the outlet's attributions",
        height=max(320, 22 * len(outlets) + 140),
    )


def top_speakers_chart(top: pd.DataFrame, *, title: str = "Most quoted speakers per outlet") -> go.Figure:
    """Horizontal bars of each outlet's most attributed speakers (`sources.top_speakers`), one colour per
    outlet; the hover box shows one of the speaker's passages."""
    chart = "top-speakers"
    if top.empty:
        return no_data(chart, title)
    fig = go.Figure()
    for outlet in _ordered(top["outlet_id"]):
        part = top[top["outlet_id"] == outlet].sort_values("rank", ascending=False)
        fig.add_trace(
            go.Bar(
                y=[f"{esc(outlet, 30)} · {esc(s, 40)}" for s in part["speaker"]],
                x=part["attribution_count"],
                orientation="h",
                name=esc(outlet, 40),
                marker_color=outlet_colour(outlet),
                hovertext=[
                    f"<b>{esc(s)}</b> ({esc(t)}) in {esc(outlet)}: {n} attribution{'s' * (n != 1)}"
                    f"<br>“{esc(ex, HOVER_LIMIT, HOVER_WIDTH)}”"
                    for s, t, n, ex in zip(
                        part["speaker"],
                        part["speaker_type"],
                        part["attribution_count"],
                        part["example"],
                        strict=True,
                    )
                ],
                hoverinfo="text",
            )
        )
    _whole_numbers(fig, top["attribution_count"].max(), axis="x")
    return _finish(fig, chart, title, xaxis_title="attributions", height=max(320, 20 * len(top) + 140))


def syndication_chart(
    summary: pd.DataFrame, *, title: str = "Stories carried by several outlets", limit: int = 25
) -> go.Figure:
    """Horizontal bars of the largest syndication groups (`syndication.syndication_summary`)."""
    chart = "syndication"
    if summary.empty:
        return no_data(chart, title, "no data: no story appears in more than one article")
    part = summary.head(limit).iloc[::-1]
    labels = [
        f"{esc(t, 60)} ({esc(g[:8])})"
        for t, g in zip(part["title"], part["syndication_group_id"], strict=True)
    ]
    fig = go.Figure(
        go.Bar(
            y=labels,
            x=part["article_count"],
            orientation="h",
            name="articles",
            marker_color=[outlet_colour(o) for o in part["first_outlet_id"]],
            hovertext=[
                f"<b>{esc(t, 160, HOVER_WIDTH)}</b><br>first in {esc(o)}, {_fmt_time(f)}<br>"
                f"{n} articles in {k} outlet{'s' * (k != 1)}: {esc(ol, 300, HOVER_WIDTH)}"
                for t, o, f, n, k, ol in zip(
                    part["title"],
                    part["first_outlet_id"],
                    part["first_published_at"],
                    part["article_count"],
                    part["outlet_count"],
                    part["outlets"],
                    strict=True,
                )
            ],
            hoverinfo="text",
        )
    )
    _whole_numbers(fig, part["article_count"].max(), axis="x")
    return _finish(
        fig, chart, title, xaxis_title="articles", showlegend=False, height=max(300, 24 * len(part) + 140)
    )
