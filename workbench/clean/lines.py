"""Body extraction from flat page-text dumps, one decision per line.

A flat dump (a browser's ``innerText`` saved by a scraper) keeps no markup: menus, captions, "most read"
lists and footers come as lines like the story's own paragraphs. Each line is described by a few features
(length, sentence punctuation, capitalisation, furniture vocabulary, photo credits, repetition) and the
body is the contiguous run of lines where prose outweighs furniture; header fields are looked for just
above it. The headline is the best-scoring headline-shaped line there: one sharing the story's opening
words, close to the body or right above a byline or dateline, and often printed again elsewhere on the
page; menus, share bars and galleries between it and the story do not count against it. No rule names a
site, so the same code serves every outlet.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

from workbench.clean.corpus import normalise_line
from workbench.data import read_text

# Every input line gets one of these labels in DumpParts.labels.
LABELS = ("title", "standfirst", "byline", "dateline", "caption", "body", "boilerplate")
TOKEN = re.compile(r"\w+")


def _load_terms(name: str) -> tuple[str, ...]:
    """The non-comment lines of a package data file (read once, at import)."""
    text = read_text(name)
    lines = (line for line in text.splitlines() if line.strip() and not line.lstrip().startswith("#"))
    # Stored as lines are compared: lowercase word tokens joined by single spaces.
    return tuple(" ".join(TOKEN.findall(line.lower())) for line in lines)


# Longest line (in words) that furniture vocabulary can condemn: longer lines are prose that happens to
# say "subscribe" or "comments". Set from the example dump's newsletter and footer lines (<= 12 words).
BOILERPLATE_MAX_WORDS = 14
# At the edges of the body, where promotions sit, a longer line with furniture vocabulary is still dropped.
PROMPT_MAX_WORDS = 40
BOILERPLATE_PHRASES = frozenset(_load_terms("clean_boilerplate_phrases.txt"))
PROMPT_PHRASES = frozenset(_load_terms("clean_prompt_phrases.txt"))
END_MARKERS = frozenset(_load_terms("clean_end_markers.txt"))
END_PREFIXES = frozenset(_load_terms("clean_end_prefixes.txt"))
# The first words an end-of-article heading can start with (a cheap test before the whole heading is looked up).
END_FIRST_WORDS = frozenset(m.split()[0] for m in END_MARKERS if m) | END_PREFIXES
LINK_LABELS = frozenset(_load_terms("clean_link_labels.txt"))
# "Related: Snapshots of Our Universe", "(Leggi anche su: ...)": a labelled link to another story.
LINK_LABEL_SPAN = 40  # the colon of a link label comes within this many characters
LINK_LABEL = re.compile(r"^[(\[]?\s*([^\W\d][^:()\[\]]{0,24}?)\s*(?:su|on)?\s*:\s*\S")
# An end-of-article heading is short: "More from UK", "About the author", "Related: ...".
END_HEADING_MAX_WORDS = 5
CREDIT_TERMS = frozenset(_load_terms("clean_credit_terms.txt"))
# Phrases are matched as word n-grams of the lowercased line, up to the longest phrase listed.
PHRASE_FIRST_WORDS = frozenset(p.split()[0] for p in BOILERPLATE_PHRASES | CREDIT_TERMS | PROMPT_PHRASES)
# The lengths (in words, ascending) of the listed phrases starting with each first word: the only n-grams
# worth building.
PHRASE_LENGTHS = {
    first: tuple(sorted({len(p.split()) for p in BOILERPLATE_PHRASES | CREDIT_TERMS | PROMPT_PHRASES
                         if p.split()[0] == first}))
    for first in PHRASE_FIRST_WORDS
}
# "(photo credit: REUTERS/X)", "(Getty Images)", "[Photo: AP]": a bracketed tail naming a credit.
# A gallery's "less"/"more" toggle may follow it.
BRACKET_TAIL = re.compile(r"[(\[]([^()\[\]]{2,90})[)\]]\s*(?:less|more)?\s*$")
# A gallery counter glued to its caption: "1of4Grass Valley's ...", "3 of 12 ..."
GALLERY_COUNTER = re.compile(r"^\d{1,3}\s?(?:of|/)\s?\d{1,3}(?=[A-Z\s])")
# "Photo: AP", "Image credit: Getty": a credit label with a colon.
CREDIT_LABEL = re.compile(
    r"^(?:[\w ]{0,20}\b)?(?:photo|image|picture|credit|foto|source)s?\s*(?:credit)?\s*:", re.IGNORECASE
)
# A caption announced as such: "Image caption ...", "Media caption ...", "Caption: ...".
CAPTION_LABEL = re.compile(r"^(?:image |media |photo |video )?caption\b", re.IGNORECASE)
# A caption with its credit glued on without a space: "... in Braunau am Inn, Austria.Leonhard Foeger / Reuters"
GLUED_CREDIT = re.compile(r"[a-z][.!?][A-Z][\w.'’ -]{1,60}(?:/|\bvia\b)[\w.'’ /-]{1,60}$")
SLASH_CREDIT = re.compile(r"^[\w.'’ -]{2,60}\s?/\s?[\w.'’ -]{2,60}$")
# The site's name after a headline in a document title: "<headline> | Site", "<headline> - Site".
SITE_SUFFIX = re.compile(r"\s+[|\-–—:]{1,2}\s+\S.{0,60}$")
# A teaser cut short by the site: "... this or that location become […]"
TRUNCATED = re.compile(r"(?:\[(?:…|\.\.\.)\]|\w(?:\.\.\.|…)|(?:\.\.\.|…) ?more)\s*$")
# The longest text TRUNCATED matches in a line without trailing spaces ("... more"): searching only this
# many last characters finds the same match without scanning a paragraph that ends with a full stop.
TRUNCATED_TAIL_CHARS = 8
# A teaser card flattened into one line: a Title Case headline glued to its summary without a space,
# "Police: 2 In Custody After Death Of Student-AthleteA 24-year-old woman ...".
GLUED_TEASER = re.compile(
    r"^((?:[\"'‘“(]?[A-Z0-9][\w'’.,:&-]*\s+){2,}[\"'‘“(]?[A-Z0-9][\w'’.&-]*?(?:[a-z]{3}|[0-9?!'’”]))([A-Z][a-z]+|A|I)\s"
)
# Share of a glued teaser's headline words that must be capitalised.
TEASER_CAPITALS = 0.75
# Scripts written without spaces between words: their lines are measured in characters.
NO_SPACE_SCRIPT = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]")
# How a line ends like a sentence: its last character, after closing quotes and brackets, is one of these.
CLOSERS = "\"'”’»)] \t"
SENTENCE_MARKS = frozenset(".!?…:;。！？")
STRONG_MARKS = frozenset(".!?…。！？")
STRONG_END = re.compile(r"""[.!?…。！？]["'”’»)\]]*\s*$""")
LIST_NUMBER = re.compile(r"^\s*(?:\d{1,3}|[ivx]{1,4})[.)]?\s*$", re.IGNORECASE)
TIMESTAMP_ONLY = re.compile(r"^\s*\d{1,2}:\d{2}(?::\d{2})?\s*$")
MONTHS = (
    r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?"
    r"|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?"
)
DATE = re.compile(
    rf"\b(?:(?:{MONTHS})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{MONTHS})\.?,?\s+\d{{4}}"
    rf"|\d{{4}}[-/.]\d{{1,2}}[-/.]\d{{1,2}}|\d{{1,2}}[-/.]\d{{1,2}}[-/.]\d{{2,4}}"
    rf"|(?:{MONTHS})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?\b|\d+\s+(?:minutes?|hours?|days?|weeks?)\s+ago)",
    re.IGNORECASE,
)
DATE_CUE = re.compile(r"^\s*(?:published|updated|posted|last updated|first published|date)\b", re.IGNORECASE)
BYLINE = re.compile(
    r"^\s*(?:by|from|written by|posted by|words by|reporting by):?\s+(?P<name>\S.{0,80}?)\s*$", re.IGNORECASE
)
BYLINE_NAME_END = re.compile(r"\s*(?:[|•·,]|\bon\b|\bupdated\b|\bpublished\b|\d).*$", re.IGNORECASE)
# A comment header ("Jane on May 2, 2019 at 4:47 pm said:", "reader42 says:") of a thread under a story.
COMMENT_HEADER = re.compile(r"\b(?:says|said|wrote|writes|commented|replied):\s*$", re.IGNORECASE)
CLAUSE_MARK = re.compile(r"[.,;:!?،。，、]")

# Lines up to this long (menus, prompts, footers; a paragraph is longer) have their features remembered across
# dumps, up to MEMO_LINES of them: a site prints the same ones on every page.
MEMO_MAX_CHARS = 120
MEMO_LINES = 16_384

# Weights of the run search (a maximum-sum segment over lines): prose adds its word count, furniture
# subtracts. Chosen on the extraction-dev half: an end-of-article heading costs as much as a long
# paragraph so teasers after it are not pulled in, a furniture line costs less than a short paragraph.
MAX_PROSE_GAIN = 60
SHORT_SENTENCE_GAIN = 1.0
HEADING_COST = -2.5
FURNITURE_COST = -6.0
END_MARKER_COST = -40.0
CAPTION_COST = -3.0
# Items of a list announced by a line ending with ":" cost almost nothing, and may be this long.
LIST_ITEM_COST = -0.5
LIST_ITEM_MAX_WORDS = 20
# The n-th consecutive heading or furniture line costs n times its base cost, up to this factor.
MAX_RUN_FACTOR = 4
# The body is the first candidate run scoring at least this share of the best one (see _body_run).
FIRST_RUN_SHARE = 0.5
# A long line printed this many times in one dump is a gallery caption.
GALLERY_REPEATS = 3
# A line this short naming a credit ("Getty Images", "Reuters file photo") is a credit line; longer ones
# must lead with the credit word or carry an agency slash ("Jane Doe/AP").
CREDIT_LINE_MAX_WORDS = 6


@dataclass(frozen=True, slots=True)
class DumpParts:
    """The parts of one flat dump; ``labels`` pairs every input line with the part it went to."""

    title: str | None
    standfirst: str | None
    byline: str | None
    dateline: str | None
    body: str
    labels: tuple[tuple[str, str], ...]


class _Line(NamedTuple):
    """One line's features (a named tuple: built for every line, so it must be cheap)."""

    text: str
    words: int
    # empty | prose | sentence | heading | repeated (a heading printed twice) | furniture | caption | end
    # | comment
    kind: str
    is_sentence_end: bool


def _word_count(text: str) -> int:
    """Words, counting two characters of a spaceless script as one word."""
    n = len(text.split())
    if text.isascii():
        return n
    cjk = len(NO_SPACE_SCRIPT.findall(text))
    return n + cjk // 2 if cjk else n


def _ngrams(tokens: Sequence[str]) -> set[str]:
    """The word n-grams of ``tokens`` that could be a listed phrase: those starting with a phrase's first word
    and as long as a phrase starting with it."""
    grams: set[str] = set()
    n = len(tokens)
    for i, token in enumerate(tokens):
        lengths = PHRASE_LENGTHS.get(token)
        if lengths:
            for k in lengths:
                if i + k > n:
                    break
                grams.add(" ".join(tokens[i : i + k]))
    return grams


def _is_end_marker(tokens: Sequence[str]) -> bool:
    """A heading such as "Most Read", "Related stories" or "34 Comments" that opens a block after the story."""
    first = tokens[0] if tokens and not tokens[0].isdigit() else next((t for t in tokens if not t.isdigit()), None)
    if first not in END_FIRST_WORDS:
        return False  # neither a listed heading nor one of the prefixes starts this way
    words = [t for t in tokens if not t.isdigit()]
    if not words or len(words) > END_HEADING_MAX_WORDS:
        return False
    return " ".join(words) in END_MARKERS or words[0] in END_PREFIXES


def _is_caption_like(text: str, words: int, grams: set[str]) -> bool:
    """A photo credit on its own, or a caption ending with one."""
    has_credit_word = not grams.isdisjoint(CREDIT_TERMS)
    if has_credit_word and words <= 10 and not STRONG_END.search(text.rstrip(")] ")):
        # "Getty Images", "Photo by Jane Doe/Reuters", "Image copyright AP": short, or led by the credit.
        first = TOKEN.search(text)
        if words <= CREDIT_LINE_MAX_WORDS or "/" in text or (first and first.group().lower() in CREDIT_TERMS):
            return True
    if has_credit_word and CREDIT_LABEL.match(text):
        return True
    if words <= 8 and "/" in text and SLASH_CREDIT.match(text):
        return True
    if "/" in text or " via " in text:
        if GLUED_CREDIT.search(text):
            return True
    if GALLERY_COUNTER.match(text) or CAPTION_LABEL.match(text):
        return True
    if text.endswith((")", "]", " less", " more")):
        tail = BRACKET_TAIL.search(text)
        if tail:
            inner = TOKEN.findall(tail.group(1).lower())
            return not _ngrams(inner).isdisjoint(CREDIT_TERMS) and len(inner) <= 10
    return False


def _is_link_label(text: str) -> bool:
    if ":" not in text[:LINK_LABEL_SPAN]:
        return False
    match = LINK_LABEL.match(text)
    return bool(match) and " ".join(TOKEN.findall(match.group(1).lower())) in LINK_LABELS


def _is_glued_teaser(text: str) -> bool:
    match = GLUED_TEASER.match(text)
    if not match:
        return False
    head = match.group(1).split()
    capitals = sum(1 for w in head if not w[0].isalpha() or w[0].isupper())
    return capitals >= TEASER_CAPITALS * len(head)


def _describe(text: str, norm: str, boilerplate: frozenset[str], repeated: Counter[str]) -> _Line:
    # Short lines are mostly the site's menus, prompts and footers, printed on each of its pages: what they
    # are by themselves is remembered; what the page and the outlet's other pages say is added here.
    line, comment_if_says = (_line_itself if len(text) > MEMO_MAX_CHARS else _short_line_itself)(text, norm)
    kind = line.kind
    if kind == "end" or kind == "empty":
        return line
    if norm in boilerplate:
        return _Line(line.text, line.words, "furniture", line.is_sentence_end)
    if comment_if_says and repeated["says:"] > 1:
        return _Line(line.text, line.words, "comment", line.is_sentence_end)
    if kind == "heading" and repeated[norm] > 1:
        return _Line(line.text, line.words, "repeated", line.is_sentence_end)  # a headline may recur too
    return line


def _line_itself(text: str, norm: str) -> tuple[_Line, bool]:
    """A line's features as if it were on no other page and no other line said "says:": with whether it
    is a comment header once others do (see _describe)."""
    stripped = text.strip()  # str.strip() also removes no-break spaces at the ends
    if not stripped:
        return _Line(stripped, 0, "empty", False), False
    # An ASCII line keeps its spacing when normalised, so its words are the normalised line's.
    words = norm.count(" ") + 1 if text.isascii() else _word_count(stripped)
    last = stripped.rstrip(CLOSERS)[-1:]
    ends = last in SENTENCE_MARKS
    strong = last in STRONG_MARKS
    tokens = TOKEN.findall(norm) if words <= BOILERPLATE_MAX_WORDS else []
    grams = _ngrams(tokens) if tokens and not PHRASE_FIRST_WORDS.isdisjoint(tokens) else set()
    comment_if_says = False
    if tokens and len(tokens) <= 2 * END_HEADING_MAX_WORDS and _is_end_marker(tokens):
        kind = "end"
    elif words <= 2 and (LIST_NUMBER.match(stripped) or TIMESTAMP_ONLY.match(stripped)):
        kind = "furniture"
    elif last == ":" and COMMENT_HEADER.search(stripped) and words <= 16 and DATE.search(stripped):
        kind = "comment"
    else:
        comment_if_says = last == ":" and words <= 16 and bool(COMMENT_HEADER.search(stripped))
        if grams and not grams.isdisjoint(BOILERPLATE_PHRASES):
            kind = "furniture"
        elif _is_caption_like(stripped, words, grams):
            kind = "caption"
        elif last in "….]e" and TRUNCATED.search(stripped[-TRUNCATED_TAIL_CHARS:]):
            kind = "furniture"
        elif _is_glued_teaser(stripped) or _is_link_label(stripped):
            kind = "furniture"
        elif (words >= 10 and ends) or (words >= 25 and len(CLAUSE_MARK.findall(stripped)) * 30 >= words):
            kind = "prose"
        elif words >= 2 and strong and stripped[0].isupper():
            kind = "sentence"
        else:
            kind = "heading"
    return _Line(stripped, words, kind, ends), comment_if_says


_short_line_itself = lru_cache(maxsize=MEMO_LINES)(_line_itself)


def _gains(described: Sequence[_Line]) -> list[float]:
    """Per-line weight: prose adds its length, furniture subtracts, and a run of short non-sentence lines
    costs more with each line, so a subheading is cheap and a menu or link list is dear."""
    gains: list[float] = []
    run = 0
    in_list = False
    for line in described:
        kind = line.kind
        if kind == "empty":
            gains.append(0.0)
            continue
        if kind in ("heading", "caption") and in_list:
            # Items of a list announced by "... as follows:" are part of the text, not a menu.
            gains.append(LIST_ITEM_COST)
            continue
        in_list = kind in ("heading", "sentence", "prose") and line.text.endswith(":")
        if in_list:
            run = 0
        if kind in ("heading", "furniture", "repeated"):
            run += 1
            base = HEADING_COST if kind == "heading" else FURNITURE_COST
            gains.append(base * min(run, MAX_RUN_FACTOR))
            continue
        # Text lets a run of short lines cool down one step per line, so that a teaser list (heading,
        # heading, summary, heading, ...) keeps paying for its headings while subheadings stay cheap.
        run //= 2
        if kind == "prose":
            gains.append(min(line.words, MAX_PROSE_GAIN))
        elif kind == "sentence":
            gains.append(SHORT_SENTENCE_GAIN)
        elif kind == "caption":
            gains.append(CAPTION_COST)
        else:  # an end-of-article heading or a comment header
            gains.append(END_MARKER_COST)
    return gains


def _candidate_runs(gains: Sequence[float]) -> list[tuple[float, int, int]]:
    """The best run (sum, start, end exclusive) of each stretch where the running sum stays positive.

    Kadane's scan restarts whenever the running sum falls to zero; each stretch between restarts yields
    its best run, so the candidates are disjoint and in page order.
    """
    runs: list[tuple[float, int, int]] = []
    best, best_start, best_end = 0.0, 0, 0
    total, start = 0.0, 0
    for i, g in enumerate(gains):
        if total <= 0:
            if best > 0:
                runs.append((best, best_start, best_end))
            best, total, start = 0.0, 0.0, i
        total += g
        if total > best:
            best, best_start, best_end = total, start, i + 1
    if best > 0:
        runs.append((best, best_start, best_end))
    return runs


def _body_run(described: Sequence[_Line]) -> tuple[int, int]:
    """The run of lines holding the body: the first candidate run scoring at least FIRST_RUN_SHARE of the
    best one, since comments and teaser lists below a story can outweigh a short story but rarely come
    before it."""
    gains = _gains(described)
    # A comment thread ("Jane on May 2, 2019 at 4:47 pm said:") closes the article: look above it first.
    thread = next((i for i, d in enumerate(described) if d.kind == "comment"), len(described))
    runs = _candidate_runs(gains[:thread]) or _candidate_runs(gains)
    if not runs:
        return 0, 0
    top = max(r[0] for r in runs)
    for total, start, end in runs:
        if total >= FIRST_RUN_SHARE * top:
            return start, end
    return 0, 0


def _extend_over_list(described: Sequence[_Line], end: int) -> int:
    """Move the end of the body run past a list that closes the story ("Tour dates:" and its items).

    List items are short lines that earn the run nothing, so the run stops before them; a line ending
    with a colon just before or at the run's end announces them.
    """
    i = end
    while i < len(described) and described[i].kind == "empty":
        i += 1
    last = end - 1
    while last >= 0 and described[last].kind == "empty":
        last -= 1
    if (
        i < len(described)
        and described[i].kind in ("heading", "sentence")
        and described[i].text.endswith(":")
    ):
        i += 1
    elif not (last >= 0 and described[last].text.endswith(":")):
        return end
    new_end = end
    while i < len(described) and (
        described[i].kind == "empty"
        or (described[i].kind in ("heading", "caption") and described[i].words <= LIST_ITEM_MAX_WORDS)
    ):
        i += 1
        if described[i - 1].kind != "empty":
            new_end = i
    return new_end


def _captions_by_repetition(described: Sequence[_Line]) -> set[int]:
    """Lines that another line starts with (a caption printed twice, once with its credit glued on).

    A headline that a longer line repeats with the site's name ("<headline> | Site", the document title
    some dumps start with) is not a caption.
    """
    texts = [d.text for d in described]
    by_prefix: dict[str, list[int]] = {}
    for i, t in enumerate(texts):
        if len(t) >= 40:
            by_prefix.setdefault(t[:40], []).append(i)
    found: set[int] = set()
    for group in by_prefix.values():
        if len(group) < 2:
            continue
        for i in group:
            for j in group:
                if (
                    i != j
                    and texts[j] != texts[i]
                    and texts[j].startswith(texts[i])
                    and (described[i].is_sentence_end or not SITE_SUFFIX.match(texts[j], len(texts[i])))
                ):
                    found.update((i, j))
    return found


def _is_prompt(line: _Line) -> bool:
    """A line of at most PROMPT_MAX_WORDS words using furniture vocabulary ("Subscribe to our sister title...")."""
    if line.words > PROMPT_MAX_WORDS:
        return False
    return not _ngrams(TOKEN.findall(line.text.lower())).isdisjoint(PROMPT_PHRASES)


def _describe_all(
    lines: Sequence[str], boilerplate: frozenset[str]
) -> tuple[list[_Line], list[str], Counter[str]]:
    """Each line's features, with the normalised lines and how often each occurs in the dump."""
    normalised = [normalise_line(t) for t in lines]
    repeated = Counter(normalised)
    repeated["says:"] = sum(1 for n in normalised if n.endswith(("says:", "said:", "wrote:")))
    # Menus and captions repeat within a page: describe each distinct line once.
    seen: dict[str, _Line] = {}
    described = []
    for text, norm in zip(lines, normalised, strict=True):
        line = seen.get(text)
        if line is None:
            line = seen[text] = _describe(text, norm, boilerplate, repeated)
        described.append(line)
    for i in _captions_by_repetition(described):
        d = described[i]
        described[i] = d._replace(kind="caption")
    for i, d in enumerate(described):
        # Text printed three times or more is a gallery caption, not a paragraph.
        if d.kind == "prose" and repeated[normalised[i]] >= GALLERY_REPEATS:
            described[i] = d._replace(kind="caption")
    return described, normalised, repeated


def clean_dump(lines: Sequence[str], *, boilerplate: frozenset[str] = frozenset()) -> DumpParts:
    """Split a flat page-text dump into headline, standfirst, byline, dateline and body.

    ``boilerplate`` holds normalised lines known to recur across the outlet's dumps
    (:class:`workbench.clean.corpus.RepeatedLines`); they are dropped wherever they appear.
    """
    described, normalised, repeated = _describe_all(lines, boilerplate)
    labels = ["boilerplate"] * len(lines)
    for i, d in enumerate(described):
        if d.kind == "caption":
            labels[i] = "caption"

    start, end = _body_run(described)
    run_end = end
    end = _extend_over_list(described, end)
    header, start = _header(described, start, end)
    title_at = _headline(described, normalised, repeated, start, end, header)
    if title_at is not None:
        header[title_at] = "title"
        standfirst_at = _standfirst(described, title_at, start, header)
        if standfirst_at is not None:
            header[standfirst_at] = "standfirst"
    for i, label in header.items():
        labels[i] = label
    for i in range(start, end):
        if i in header:
            continue
        if described[i].kind in ("prose", "sentence", "heading") or (
            i >= run_end and described[i].kind != "empty"
        ):
            labels[i] = "body"
    # A paragraph printed twice (a standfirst repeated, a caption shown twice) counts once in the body.
    kept: set[str] = set()
    for i in range(start, end):
        if labels[i] == "body":
            if described[i].text in kept:
                labels[i] = "caption"
            kept.add(described[i].text)
    # Trim the edges of the run: a body ends with text, not a heading or a prompt to share or subscribe
    # (headings stay when the run was extended over a closing list).
    body_idx = [i for i, label in enumerate(labels) if label == "body"]
    while body_idx and (
        (described[body_idx[-1]].kind == "heading" and end == run_end) or _is_prompt(described[body_idx[-1]])
    ):
        labels[body_idx.pop()] = "boilerplate"
    while body_idx and (described[body_idx[0]].kind == "heading" or _is_prompt(described[body_idx[0]])):
        labels[body_idx.pop(0)] = "boilerplate"

    def first(label: str) -> str | None:
        for i, lab in enumerate(labels):
            if lab == label:
                return described[i].text
        return None

    byline_line = first("byline")
    byline = None
    if byline_line is not None:
        match = BYLINE.match(byline_line)
        name = match.group("name") if match else byline_line
        byline = BYLINE_NAME_END.sub("", name).strip() or name.strip()
    body = "\n".join(described[i].text for i in range(len(lines)) if labels[i] == "body")
    return DumpParts(
        title=first("title"),
        standfirst=first("standfirst"),
        byline=byline,
        dateline=first("dateline"),
        body=body,
        labels=tuple(zip(lines, labels, strict=True)),
    )


# How far above the body the byline and dateline are looked for (lines).
HEADER_WINDOW = 20
# How many lines at the top of the body run may still be header (standfirst, byline, dateline).
HEADER_IN_RUN = 6
HEADER_TEXT_IN_RUN = 2
# Words besides the date itself that a dateline may carry ("Nov. 20, 2019, 9:28 AM UTC", "... | 3 min read").
DATELINE_OTHER_WORDS = 6

# The headline is looked for above the body through HEADLINE_WINDOW lines of text (lines of at least
# TEXT_LINE_WORDS words that are not furniture: one-word menus and share buttons do not count), and
# HEADLINE_SCAN_LINES lines at most. On extraction-dev a headline is at most 18 text lines above the body.
HEADLINE_WINDOW = 20
HEADLINE_SCAN_LINES = 250
TEXT_LINE_WORDS = 3
# A headline has this many words: shorter lines above a body are buttons and section names ("Back to
# Gallery", "Close share panel"), longer ones are standfirsts and paragraphs.
HEADLINE_MIN_WORDS = 4
HEADLINE_MAX_WORDS = 25
STANDFIRST_MIN_WORDS = 6
STANDFIRST_MAX_WORDS = 50
# "Home > News > World", "Blog » Recipes »": separators between words, or a separator closing the line.
CRUMB_CHARS = re.compile(r"[>»›/|]")
CRUMB_SEPARATOR = re.compile(r"\s[>»›/|]\s|\s[>»›/|]$|^[>»›]")
CRUMB_SEPARATORS = 2
# What a dateline or a byline must contain, a cheap test first: every date pattern has a digit, every
# byline one of these first words (see BYLINE); neither is longer than META_MAX_WORDS (see _is_dateline).
HAS_DIGIT = re.compile(r"\d")
BYLINE_HINT = re.compile(r"\s*(?:by|from|written|posted|words|reporting)\b", re.IGNORECASE)
META_MAX_WORDS = 16
# A headline recurs inside a line of at most twice its length and RECUR_LABEL_CHARS more ("Share options
# for: ..."); lines longer than RECUR_LINE_CHARS (a 25-word headline runs to about 200 characters) are
# never such a line.
RECUR_LABEL_CHARS = 40
RECUR_LINE_CHARS = 2 * 200 + RECUR_LABEL_CHARS
# A photo credit after a caption's last sentence.
CREDIT_TAIL = re.compile(
    r"[.!?][\"'”’)]*\s+(?:photo|photograph|picture|image)s?\s*(?:by|credit|:)", re.IGNORECASE
)
# A line whose words are mostly figures is a score or a table row ("Palm Bay 18 22 13 17 — 70").
FIGURES_SHARE = 0.4
# The body's first words, whose stems a headline usually shares (stems: a word's first STEM_CHARS
# characters, so that "agrees"/"agreed" and inflected forms match; words shorter than 3 are skipped).
OPENING_WORDS = 80
OPENING_CHARS = 6 * OPENING_WORDS  # for one long line
STEM_CHARS = 5
# The stem of each word of three characters or more, in one search (the rest of the word is passed over).
STEM = re.compile(rf"(\w{{3,{STEM_CHARS}}})\w*")
# Weights of a headline candidate's score, set by hand on extraction-dev in round steps and checked for a
# plateau (scaling any one weight by 0.5 or 1.5 costs at most two of the 93 exact matches). Evidence for: its
# words open the story, its text recurs on the page (a gallery title, "Share options for: ...", the
# story's URL), it sits right above a byline or dateline, and it is long. Evidence against: distance
# from the body, a full stop, a lower-case start, capitals only, a recurring list around it, sitting
# under a teaser heading ("Related articles") or below the byline and dateline, and sitting right under
# a shorter headline-shaped line (then it is that line's standfirst).
OVERLAP_GAIN = 5.0
REPEAT_GAIN = 3.0
REPEAT_FULL_WORDS = 8  # a recurring line of fewer words earns a share of REPEAT_GAIN
REPEAT_MIN_WORDS = 5  # and one of four words or fewer none: it is as often the site's name or a label
META_GAIN = 1.5
META_REACH = 3  # a byline or dateline less than this many lines of text below counts
LENGTH_GAIN = 0.2  # per word, up to LENGTH_FULL_WORDS
LENGTH_FULL_WORDS = 10
DISTANCE_COST = 0.25  # per line of text between the candidate and the nearest anchor below
FULL_STOP_COST = 4.0
TITLE_CASE_FULL_STOP = 0.5  # share of FULL_STOP_COST for a line whose longer words are capitalised
TITLE_CASE_SHARE = 0.8
LOWER_CASE_COST = 3.0
CAPITALS_COST = 2.0
TEASER_BLOCK_COST = 4.0
TEASER_HEADING_WORDS = 2  # one word ("Share", "Latest") is as often a button or a menu item
AFTER_META_COST = 2.5
STANDFIRST_SHAPE_COST = 3.0  # right under a shorter headline-shaped line: the standfirst
STANDFIRST_RATIO = 1.3
STANDFIRST_OVERLAP = 0.25  # a line above with less of the story's words is a kicker ("TECH: REVIEW")
HEADLINE_MIN_SCORE = 0.0


def _is_header_text(d: _Line) -> bool:
    """A line that could be the headline or the standfirst (not furniture, a credit, a date or a byline)."""
    if d.kind not in ("heading", "sentence", "prose") or d.words < 3 or d.words > STANDFIRST_MAX_WORDS:
        return False
    if _is_dateline(d) or _is_byline(d) or d.text.endswith(":") or d.text.startswith("@"):
        return False
    return _ngrams(TOKEN.findall(d.text.lower())).isdisjoint(BOILERPLATE_PHRASES)


def _is_dateline(d: _Line) -> bool:
    """A line stating a date: "Published: ..."/"Updated ..." with digits, or a date with little else."""
    if not 0 < d.words <= META_MAX_WORDS:
        return False
    if DATE_CUE.match(d.text) and any(c.isdigit() for c in d.text):
        return True
    if not HAS_DIGIT.search(d.text):
        return False  # every form DATE knows has a digit: a cheap test before the long search
    match = DATE.search(d.text)
    return (
        bool(match) and len((d.text[: match.start()] + d.text[match.end() :]).split()) <= DATELINE_OTHER_WORDS
    )


def _is_byline(d: _Line) -> bool:
    """A name after "By" ("By Jane Roe", "by REUTERS"), so not a menu's "By subject"."""
    if not 0 < d.words <= 10 or d.kind == "prose":
        return False
    match = BYLINE.match(d.text)
    return bool(match) and not match.group("name")[:1].islower()


def _header(described: Sequence[_Line], start: int, end: int) -> tuple[dict[int, str], int]:
    """Label the byline and dateline found just above (or at the top of) the body run ``start:end``;
    returns the labels and where the body starts."""
    found: dict[int, str] = {}
    # Byline and dateline often sit at the top of the run, after the standfirst: the body starts below them.
    seen = text_seen = 0
    for i in range(start, end):
        d = described[i]
        if d.kind == "empty":
            continue
        seen += 1
        text_seen += d.kind in ("prose", "sentence")
        if seen > HEADER_IN_RUN or text_seen > HEADER_TEXT_IN_RUN or d.text.endswith(":"):
            break  # past the header; a line announcing a list is already the story
        if d.kind not in ("prose", "sentence") and (_is_dateline(d) or _is_byline(d)):
            start = i + 1
    lo = max(0, start - HEADER_WINDOW)
    for j in range(start - 1, lo - 1, -1):
        d = described[j]
        if d.kind == "empty" or j in found:
            continue
        if d.kind == "prose":
            continue
        if "dateline" not in found.values() and _is_dateline(d):
            found[j] = "dateline"
        elif "byline" not in found.values() and _is_byline(d):
            found[j] = "byline"
    return found, start


def _headline_words(d: _Line, norm: str, repeated: Counter[str]) -> list[str] | None:
    """The words of a line that could be a headline, or None: 4 to 25 words, not furniture, a credit, a
    breadcrumb, a link, a label or a row of figures, not announcing a list. (Bylines and datelines are
    ruled out by the caller.)"""
    if not HEADLINE_MIN_WORDS <= d.words <= HEADLINE_MAX_WORDS:
        return None
    if d.kind not in ("heading", "repeated", "sentence", "prose"):
        return None
    text = d.text
    if text[-1] == ":" or text[0] == "@" or "http" in text or "www." in text:
        return None
    if CRUMB_CHARS.search(text) and len(CRUMB_SEPARATOR.findall(text)) >= CRUMB_SEPARATORS:
        return None
    tokens = TOKEN.findall(norm)
    if HAS_DIGIT.search(norm) and sum(t.isdigit() for t in tokens) >= FIGURES_SHARE * len(tokens):
        return None
    if CREDIT_TAIL.search(text):
        return None  # a caption: "... on Tuesday. Photograph by Jane Doe/AFP"
    label, colon, rest = norm.partition(": ")
    if colon and rest in repeated:
        return None  # a label on another line's text: "Share options for: <the headline>"
    # Shorter lines with furniture vocabulary are furniture already (see _describe).
    if d.words > BOILERPLATE_MAX_WORDS and not _ngrams(tokens).isdisjoint(BOILERPLATE_PHRASES):
        return None
    return tokens


def _recurs(j: int, normalised: Sequence[str], repeated: Counter[str], page: str) -> bool:
    """The text of line ``j`` recurs on the page: as another line, inside a short line ("Share options
    for: ..."), or as the words of a URL."""
    norm = normalised[j]
    if repeated[norm] > 1:
        return True
    at = page.find(norm)
    while at >= 0:
        line_start = page.rfind("\n", 0, at) + 1
        line_end = page.find("\n", at)
        line_end = len(page) if line_end < 0 else line_end
        if line_end - line_start != len(norm) and line_end - line_start <= 2 * len(norm) + RECUR_LABEL_CHARS:
            return True
        at = page.find(norm, at + 1)
    words = TOKEN.findall(norm)
    return len(words) >= HEADLINE_MIN_WORDS and "-".join(words[:HEADLINE_MIN_WORDS]) in page


def _in_recurring_list(
    j: int, described: Sequence[_Line], normalised: Sequence[str], repeated: Counter[str]
) -> bool:
    """Line ``j`` sits between two lines that recur too: an item of a menu or link list printed twice."""
    sides = []
    for step in (-1, 1):
        k = j + step
        while 0 <= k < len(described) and (described[k].kind == "empty" or normalised[k] == normalised[j]):
            k += step
        sides.append(0 <= k < len(described) and repeated[normalised[k]] > 1)
    return all(sides)


def _headline(
    described: Sequence[_Line],
    normalised: Sequence[str],
    repeated: Counter[str],
    start: int,
    end: int,
    found: dict[int, str],
) -> int | None:
    """The line holding the headline above the body ``start:end``, or None: the best-scoring candidate,
    if it scores at least HEADLINE_MIN_SCORE.

    Candidates come from :func:`_headline_scores`, best first; whether a line's text recurs on the page
    (REPEAT_GAIN) is only checked while it could still change the winner, since it costs a search of the
    page.
    """
    scores = _headline_scores(described, normalised, repeated, start, end, found)
    best, best_score = None, HEADLINE_MIN_SCORE
    page = ""
    for j in sorted(scores, key=scores.__getitem__, reverse=True):
        score = scores[j]
        words = described[j].words
        gain = (
            REPEAT_GAIN * min(words, REPEAT_FULL_WORDS) / REPEAT_FULL_WORDS
            if words >= REPEAT_MIN_WORDS
            else 0.0
        )
        if score + gain < best_score:
            break
        if not page:
            # Where a headline recurs: short lines (paragraphs are left out, they only quote it).
            page = "\n".join([n for n in normalised if len(n) <= RECUR_LINE_CHARS])
        if _recurs(j, normalised, repeated, page) and not _in_recurring_list(
            j, described, normalised, repeated
        ):
            score += gain
        if score >= best_score:
            best, best_score = j, score
    return best


def _headline_scores(
    described: Sequence[_Line],
    normalised: Sequence[str],
    repeated: Counter[str],
    start: int,
    end: int,
    found: dict[int, str],
) -> dict[int, float]:
    """A score for every headline-shaped line in the window above the body ``start:end``, but for the
    evidence of recurring text, which :func:`_headline` adds.

    Distance is counted in lines of text to the nearest anchor below (the body, a byline, a dateline),
    so menus, share bars and galleries between a headline and its story cost nothing.
    """
    # A question or an exclamation right above the first paragraph reads as a sentence, so the body run
    # may start with it: it is a candidate too, as if it were just above the body.
    top = start - 1
    first = next((i for i in range(start, end) if described[i].kind != "empty"), end)
    after = next((i for i in range(first + 1, end) if described[i].kind != "empty"), end)
    if (
        after < end
        and described[after].kind == "prose"
        and described[first].words <= min(HEADLINE_MAX_WORDS, described[after].words - 1)
        and described[first].text.rstrip(CLOSERS)[-1:] in ("?", "!")
    ):
        top = first
    opening_lines = []
    seen = 0
    for i in range(top + 1, end):
        if described[i].kind == "prose":
            opening_lines.append(normalised[i])
            seen += described[i].words
            if seen >= OPENING_WORDS:
                break
    opening_text = " ".join(opening_lines)[:OPENING_CHARS]
    opening = set(STEM.findall(opening_text))
    # A line in a spaceless script above a story in a spaced one is a language switch, not the headline.
    opening_spaceless = not opening_text.isascii() and bool(NO_SPACE_SCRIPT.search(opening_text))
    scores: dict[int, float] = {}
    has_meta: set[int] = set()  # candidates right above a byline or dateline
    over_standfirst: set[int] = set()  # candidates right above their standfirst
    after_meta: list[int] = []  # candidates below every byline and dateline
    chain: list[int] = []  # the headline-shaped lines in a row from the one looked at down
    text_lines = distance = 0
    meta_at = start  # the nearest byline or dateline below the line looked at (start: none)
    under: int | None = None  # the headline-shaped line right below the one looked at
    limit = max(0, start - HEADLINE_SCAN_LINES)
    for j in range(top, limit - 1, -1):
        d = described[j]
        if d.kind == "empty":
            continue
        if d.kind == "end":
            if d.words >= TEASER_HEADING_WORDS:
                # "Related articles", "Most read" right above headline-shaped lines: those are teasers, up
                # to one with a byline or dateline under it, the story's own headline. (One word, "Share",
                # "Latest", "Tags", is as often a button or a menu item, and a heading followed by short
                # lines is a menu's: "About us", "Our staff".)
                for k in reversed(chain):
                    if k in has_meta:
                        break
                    scores[k] -= TEASER_BLOCK_COST
            chain, under = [], None
            continue
        if j in found or (
            d.words <= META_MAX_WORDS
            and d.kind != "prose"
            and (HAS_DIGIT.search(d.text) or BYLINE_HINT.match(d.text))
            and (_is_byline(d) or _is_dateline(d))
        ):
            meta_at, distance, under = j, 0, None
            continue
        tokens = (
            _headline_words(d, normalised[j], repeated)
            if HEADLINE_MIN_WORDS <= d.words <= HEADLINE_MAX_WORDS
            else None
        )
        if tokens is not None and (
            opening_spaceless or d.text.isascii() or not NO_SPACE_SCRIPT.search(d.text)
        ):
            stems = [t[:STEM_CHARS] for t in tokens if len(t) > 2]
            overlap = sum(s in opening for s in stems) / len(stems) if stems else 0.0
            score = OVERLAP_GAIN * overlap + LENGTH_GAIN * min(d.words, LENGTH_FULL_WORDS)
            score -= DISTANCE_COST * distance
            if meta_at != start and distance < META_REACH:
                score += META_GAIN
                has_meta.add(j)
            if d.text.rstrip(CLOSERS)[-1:] == ".":
                # A full stop closes sentences, but a Title Case line is a headline all the same.
                capitals = sum(w[:1].isupper() for w in d.text.split() if len(w) > 3)
                long_words = sum(len(w) > 3 for w in d.text.split())
                score -= FULL_STOP_COST * (
                    TITLE_CASE_FULL_STOP if capitals >= TITLE_CASE_SHARE * long_words else 1
                )
            if d.text.lstrip("\"'‘“«([<")[:1].islower():
                score -= LOWER_CASE_COST
            if d.text.isupper():
                score -= CAPITALS_COST
            if meta_at == start:
                after_meta.append(j)
            if (
                under is not None
                and under not in over_standfirst
                and overlap >= STANDFIRST_OVERLAP
                and not d.text.isupper()
                and (described[under].words >= STANDFIRST_RATIO * d.words or described[under].is_sentence_end)
            ):
                # A longer line or a sentence right under this one is its standfirst: the byline or
                # dateline under the pair belongs to this line.
                scores[under] -= STANDFIRST_SHAPE_COST
                over_standfirst.add(j)
                if under in has_meta and j not in has_meta:
                    scores[under] -= META_GAIN
                    score += META_GAIN
            scores[j] = score
            chain = [*chain, j] if under is not None else [j]
            under = j
        else:
            under = None
        if d.words >= TEXT_LINE_WORDS and d.kind not in ("furniture", "repeated", "caption"):
            text_lines += 1
            distance += 1
            if text_lines >= HEADLINE_WINDOW:
                break
    if meta_at != start:
        # Between the byline or dateline and the story come captions, share bars and teasers.
        for j in after_meta:
            scores[j] -= AFTER_META_COST
    return scores


def _standfirst(described: Sequence[_Line], title_at: int, start: int, found: dict[int, str]) -> int | None:
    """The summary right under the headline, if there is one above the body."""
    for j in range(title_at + 1, start):
        d = described[j]
        if d.kind == "empty":
            continue
        if j in found or d.words < STANDFIRST_MIN_WORDS or not _is_header_text(d):
            return None
        return j
    return None
