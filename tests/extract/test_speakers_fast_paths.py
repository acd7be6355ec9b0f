"""Speaker resolution's shortcuts find what the patterns they stand for would find.

Each shortcut (a set of characters for a lookahead, str.find for a scan, a word test before a search) is
checked against the plain pattern on the bundled sample and on hand-made edge cases.
"""

from __future__ import annotations

import re

import pytest

from workbench.extract import speakers
from workbench.extract.speakers import (
    FORCE_PATTERNS,
    NAME_RUN,
    NAME_TOKEN,
    PERSON_TITLES,
    PROSECUTION_OFFICE,
    SpeakerIndex,
    name_mentions,
)

EDGE_CASES = [
    "Sgt.\nSmith said. J.R.R. Tolkien, Jr. Smith and Sr. Jones spoke; U.S. Attorney's Office for the Eastern",
    "The PRESIDENT said the King and the king met Presıdent Smith; ſpeaker x; İstanbul mayor Bob",
    "Acting Flint Police Chief Bob Ray, Interim Police Chief X and Former Atlanta Police Officer Z",
    "the Dearborn County Sheriff's Office, APD and NYPD_x and PDPD PD. state police at Hollidaysburg",
    "Pro-Saudi Arabia, North Korean and North Korea, New Zealand's New Mexico, xNew York, United States",
    "the U.S. Attorney’s Office for the Southern District of New York, Prosecutor's Office",
]


# The patterns as they were written before the shortcuts: each opening on a lookahead.
REFERENCE_NAME_RUN = re.compile(
    rf"(?=[A-Z]){NAME_TOKEN}(?:(?:[ \t]+(?:of|for|the|de|del|da|al|bin|van|von|der|la|le)"
    rf"(?=[ \t]+(?:the[ \t]+)?[A-Z]))*[ \t]+{NAME_TOKEN})*"
)
REFERENCE_FORCE_PATTERNS = (
    re.compile(
        r"(?=[A-Z])\b([A-Z][\w.'’-]*[ ]+(?:(?!The\b)[A-Z][\w.'’-]*[ ]+)*(?:Sheriff's|Sheriff’s|Police)\s+"
        r"(?:Department|Office|Service|Force))\b"
    ),
    re.compile(r"(?=[A-Z])\b([A-Z]{2,5}PD)\b"),
    # ("Police in Lake Placid": written plainly already, its own reference)
    re.compile(r"(?<![\w-])(Police in [A-Z][\w'’-]*(?:[ ][A-Z][\w'’-]*){0,2})\b(?=\s+(?:are|have|say|said|were|is))"),
    re.compile(
        r"(?=[A-Z])\b((?:(?<!\.)(?:St|Ste|Ft|Mt)\.[ ]+)?(?:[A-Z][\w'’-]*[ ]+){1,3}[Pp]olice)\b"
        r"(?!\s+(?:[A-Z]|chief|officer|department))"
    ),
    re.compile(
        r"(?=[A-Z])\b((?:(?!(?:Interim|Acting|Deputy|Assistant|Former)\b)[A-Z][\w'’-]*[ ]+){1,3}Police)[ ]+"
        r"(?:Chief|Commissioner|Superintendent|Sgt\.|Sergeant|Lt\.|Lieutenant|Capt\.|Captain|Major|Officer|Detective|"
        r"Det\.|Spokesman|Spokeswoman)\b"
    ),
    re.compile(r"(?=[Ss])\b([Ss]tate police(?: at [A-Z][\w'’-]*)?)"),
)
REFERENCE_FORCE_ANCHOR = re.compile(r"Police|police|Sheriff|PD\b")


@pytest.fixture(scope="module")
def texts(sample_texts) -> list[str]:
    return sample_texts[:80] + EDGE_CASES


def test_name_runs_open_on_their_capital_as_the_lookahead_did(texts):
    for text in texts:
        assert [m.span() for m in NAME_RUN.finditer(text)] == [
            m.span() for m in REFERENCE_NAME_RUN.finditer(text)
        ]
        for lo in range(0, len(text), 97):
            hi = min(len(text), lo + 160)
            assert [m.span() for m in NAME_RUN.finditer(text, lo, hi)] == [
                m.span() for m in REFERENCE_NAME_RUN.finditer(text, lo, hi)
            ]


def test_a_run_not_ending_on_a_stop_reads_the_same_on_its_own(texts):
    for text in texts:
        for m in NAME_RUN.finditer(text):
            if not m.group().endswith("."):
                mention = speakers._run_mention(text, m)
                assert name_mentions(text, m.start(), m.end()) == ([mention] if mention else [])


def test_force_patterns_find_what_the_lookahead_patterns_found(texts):
    for text in texts:
        for new, old in zip(FORCE_PATTERNS, REFERENCE_FORCE_PATTERNS, strict=True):
            assert [m.span(1) for m in new.finditer(text)] == [m.span(1) for m in old.finditer(text)]
        assert speakers._force_anchors(text) == [m.span() for m in REFERENCE_FORCE_ANCHOR.finditer(text)]


def test_title_places_are_where_the_case_insensitive_anchor_is(texts):
    titles = [*sorted(PERSON_TITLES), "interior Minister"]
    for text in texts:
        index = SpeakerIndex(text)
        for title in titles:
            expected = [m.span() for m in speakers._title_anchor(title).finditer(text)]
            assert list(index._title_places(title)) == expected


def test_prosecution_office_is_the_first_match_of_its_pattern(texts):
    for text in texts:
        first = PROSECUTION_OFFICE.search(text)
        assert speakers._prosecution_office(text) == (first.group(1) if first else None)


def test_multiword_countries_are_found_as_a_word_bounded_alternation_would(texts):
    names = speakers._multiword_countries()
    alternation = re.compile(r"\b(?:" + "|".join(re.escape(n) for n in names) + r")\b")
    for text in texts:
        assert speakers._multiword_hits(text) == alternation.findall(text)


REFERENCE_GENDERED = re.compile(r"(?=[sShH])\b(?:(he|his|him|himself)|she|her|hers|herself)\b", re.IGNORECASE)


def test_gendered_pronouns_open_on_their_first_letter_as_the_lookahead_did(texts):
    extra = ["He, HIS him himself; she Her hers HERSELF; ſhe the hero, shelf, hiss, Theirs x-he"]
    for text in [*texts, *extra]:
        for pos in range(0, len(text), 71):
            window = text[pos : pos + 160]
            found = [(m.span(), bool(m.group(1))) for m in speakers.GENDERED.finditer(window)]
            assert found == [(m.span(), bool(m.group(1))) for m in REFERENCE_GENDERED.finditer(window)]


def _reference_title_pattern(title: str) -> re.Pattern[str]:
    """_title_pattern as written before its words kept the ’ out of their sets (with the middle initial its
    name may hold)."""
    lead = "(?=[A-Z]|(?i:[" + re.escape(title[0]) + "]))"
    return re.compile(
        lead + r"((?:[A-Z][\w.'’-]*[ \t]+)*)(?i:" + re.escape(title)
        + r")[ \t]+([A-Z][\w'’-]*(?:[ \t]+(?:[A-Z]\.[ \t]+)?[A-Z][\w'’-]*)+)"
    )


def test_title_patterns_match_as_the_sets_with_the_apostrophe_did(texts):
    titles = [*sorted(PERSON_TITLES), "interior Minister", "school's president", "county sheriff"]
    extra = ["Gov. O’Brien’s aide Mayor Jo O’Neil-Smith, Police Chief D’Angelo Ruiz_2 and x’y President Ng’ang’a"]
    for title in titles:
        new, old = speakers._title_pattern(title), _reference_title_pattern(title)
        for text in [*texts, *extra]:
            assert [m.regs for m in new.finditer(text)] == [m.regs for m in old.finditer(text)]


def _reference_matches(phrase: str):
    """_matches as written before runs of several tokens were tried only from a pattern's first word."""
    exact, folded, prefixes = speakers._gazetteer()
    tokens = speakers.GAZETTEER_TOKEN.findall(phrase.replace("’", "'"))
    lowered = [t.lower() for t in tokens]
    n = len(tokens)
    for i in range(n):
        if "-" in tokens[i]:
            for p, sp in prefixes:
                if (tokens[i] if p[0].isupper() else lowered[i]).startswith(p) and len(tokens[i]) > len(p):
                    yield sp
            # (a masthead joined to its place by a hyphen, "Union-Tribune": its last word's media patterns)
            last = tokens[i].rstrip(".,").rsplit("-", 1)[1]
            if tokens[i][:1].isupper() and last[:1].isupper() and len(last) > 2:
                for sp in speakers._run_matches(last, last.lower()):
                    if sp.speaker_type == "other media":
                        yield sp
        raw = low = ""
        for k in range(i, min(n, i + speakers.LONGEST_PATTERN)):
            raw = tokens[k] if k == i else raw + " " + tokens[k]
            low = lowered[k] if k == i else low + " " + lowered[k]
            if raw in exact:
                yield exact[raw]
            elif raw[-1] in ".," and raw.rstrip(".,") in exact:
                yield exact[raw.rstrip(".,")]
            elif raw.endswith("'s") and raw[:-2] in exact:
                yield exact[raw[:-2]]
            if low in folded:
                yield folded[low]
            else:
                bare = low.rstrip(".,")
                if bare != low and bare in folded:
                    yield folded[bare]
                elif bare.endswith("'s") and bare[:-2] in folded:
                    yield folded[bare[:-2]]
                elif bare.endswith("s") and bare[:-1] in folded:
                    yield folded[bare[:-1]]


def _phrases(texts: list[str]) -> list[str]:
    """Phrases to type: every gazetteer pattern in a sentence, and the sample's runs of words."""
    exact, folded, prefixes = speakers._gazetteer()
    out = [f"the {p}, said {p}'s {p}s and ex-{p}." for p in [*exact, *folded]]
    out += [f"{p}x {p.upper()}-{p}" for p, _ in prefixes]
    for text in texts:
        words = text.split()
        out += [" ".join(words[k : k + 7]) for k in range(0, len(words), 3)]
    return out


def test_gazetteer_matches_are_those_of_every_run_of_tokens(texts):
    for phrase in _phrases(texts):
        assert list(speakers._matches(phrase)) == list(_reference_matches(phrase))


def test_speaker_noise_is_dropped_as_the_substitution_drops_it(texts):
    extra = ["an emotional Mr. Obama", "a tearful Smith", "Steny Hoyer (D-Md.", "the same agency", "The same x",
             "Zadan and Meron jointly", "ajointly", "x (R-Ariz.) ", "asame", "(", "a"]
    for phrase in [*_phrases(texts)[:20000], *extra]:
        assert speakers._drop_noise(phrase) == speakers.SPEAKER_NOISE.sub("", phrase)


def _reference_force(text: str, word: str) -> str | None:
    """The force a bare "police" stands for, with every window tested for every word its pattern needs."""
    windows = [(max(0, a - 70), min(len(text), b + 30), text[a:b]) for a, b in speakers._force_anchors(text)]
    counts: dict[str, int] = {}
    first: dict[str, int] = {}
    for rank, (rx, needs) in enumerate(zip(FORCE_PATTERNS, speakers.FORCE_NEEDS, strict=True)):
        if word in speakers.SHERIFF_WORDS and rank > 0:
            break
        found = {}
        for lo, hi, anchor in windows:
            if any(w in anchor or text.find(w, lo, hi) >= 0 for w in needs):
                for m in rx.finditer(text, lo, hi):
                    found.setdefault(m.start(1), m)
        for m in found.values():
            words = m.group(1).split()
            while words and words[0] in speakers.NON_NAME_WORDS:
                words = words[1:]
            if not words or (rank == 3 and len(words) < 2):
                continue
            name = " ".join(words)
            counts[name] = counts.get(name, 0) + 1
            first.setdefault(name, m.start())
        if counts:
            return max(counts, key=lambda n: (counts[n], -first[n]))
    return None


def test_force_is_found_as_when_every_window_was_tested_for_every_needed_word(texts):
    for text in texts:
        for word in ("police", "deputies"):
            if "olice" in text or "heriff" in text or "PD" in text:
                assert SpeakerIndex(text)._find_force(word) == _reference_force(text, word)


def _reference_title_holder(index: SpeakerIndex, title: str) -> str | None:
    """_title_holder with the pattern searched around every place the title is written."""
    rx = speakers._title_pattern(title)
    text = index.text
    for hit_start, hit_end in index._title_places(title):
        lo, hi = max(0, hit_start - 60), min(len(text), hit_end + 60)
        if "," not in title:
            lo = max(lo, text.rfind(",", lo, hit_start) + 1, text.rfind("\n", lo, hit_start) + 1)
        m = next((c for c in rx.finditer(text, lo, hi) if c.end(1) == hit_start), None)
        if m is None or not m.group(2)[0].isupper():
            continue
        lead = [w for w in m.group(1).split() if w[:1].isupper()]
        while lead and lead[0] in speakers.NON_NAME_WORDS:
            lead = lead[1:]
        return " ".join([*lead, text[m.start(1) + len(m.group(1)) : m.end()]])
    return None


def test_title_holders_are_found_as_around_every_place_of_the_title(texts):
    titles = [*sorted(PERSON_TITLES), "interior Minister", "county sheriff", "police spokesman"]
    extra = ["The mayor said. Mayor\tJo Ray and Police Spokesman Al Bo; mayor x; the Sheriff  Tim Ng, sheriff"]
    for text in [*texts, *extra]:
        index = SpeakerIndex(text)
        for title in titles:
            assert index._title_holder(title) == _reference_title_holder(index, title)


def test_written_after_finds_what_a_search_for_each_word_joined_to_the_phrase_finds(texts):
    extra = ["presidential hopeful Hillary Clinton and candidate Hillary Clinton", "candidate  Ann Lee", "nominee"]
    words = tuple(sorted(speakers.CANDIDATE_NOUNS))
    for text in [*texts, *extra]:
        phrases = {m.text for m in name_mentions(text)} | {"Hillary Clinton", "Ann Lee", "", "e"}
        for phrase in phrases:
            expected = any(f"{w} {phrase}" in text for w in words)
            assert speakers._written_after(text, phrase, words) == expected


def _document_phrases(texts: list[str]) -> list[str]:
    """Phrases shaped as DOCUMENT_ISSUER reads them, for each document noun, and the sample's runs of words."""
    nouns = speakers._DOC_OF.split("|")
    out = []
    for noun in nouns:
        out += [f"an official {noun} from the Acme Group", f"Acme's Thursday night {noun}", f"the {noun}\n",
                f"a {noun} Ann Lee wrote to the board", f"The {noun} issued by Acme", f"x{noun} from Acme",
                f"Acme’s\t{noun}", f"{noun}s by Acme", f"an {noun}-like note from Acme"]
    return out + _phrases(texts)[:20000]


def test_document_issuers_are_only_matched_on_phrases_with_a_document_word(texts):
    for phrase in _document_phrases(texts):
        trimmed = speakers._drop_document_trailer(phrase)
        if speakers.DOCUMENT_ISSUER.match(trimmed):
            assert not speakers.DOCUMENT_ISSUER_WORDS.isdisjoint(trimmed.split())


def test_name_then_preposition_is_only_matched_on_phrases_with_its_preposition(texts):
    extra = ["Ann Lee with the Acme Group", "Ann Lee\tfrom\nAcme", "Ann Lee of the city of Boston", "Ann Lee at"]
    for phrase in [*_phrases(texts), *extra]:
        if speakers.NAME_THEN_PP.match(phrase):
            assert not speakers.NAME_THEN_PP_WORDS.isdisjoint(phrase.split())



def test_company_words_are_counted_and_found_before_a_verb_as_the_patterns_for_each_word_did(texts):
    extra = ["AMD said. xAMD said; AMD's AMD-x .AMD has AMD\thas AMDAMD AMD", "AA AAA AA. Acme", "Acme  announced"]
    for text in [*texts, *extra]:
        words = {m.group() for m in speakers.COMPANY_TOKEN.finditer(text)} | {"AMD", "AA", "Acme", "A.B"}
        for word in words:
            counted = len(re.findall(rf"(?<![\w.'’-]){re.escape(word)}(?![\w'’-])", text))
            assert speakers._named_twice(text, word) == (counted >= 2)
            subject = re.search(rf"(?<![\w.'’-]){re.escape(word)}\s+{speakers.COMPANY_VERB}", text)
            assert speakers._company_subject(text, word) == (subject is not None)
