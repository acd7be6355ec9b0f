"""Casualty figures: how many people an article says were killed, injured, detained, missing or displaced.

Rules-based on purpose: the figures must be traceable to their words and reproducible offline. A sentence
is only read closely when it holds a casualty term (a cheap prefilter), then every count in it (a numeral,
a number word, a vague amount, or a singular victim such as "a man") is tied to the casualty term that
governs it, either after it ("five were shot dead", "164 people had been killed") or before it ("killing
five", "the death toll rose to 49"). Coordinated groups share their verb ("two officers and a civilian
were killed"). Each claim also carries its cited source, whether the text disputes it, and whether it is
about another event (an earlier attack, a yearly statistic), so that `summarise_casualties` can pick the
article's own figure.

The rules follow the annotation guidelines in tests/gold/casualties/GUIDELINES.md, and are scored against
the hand-annotated set next to them (benchmarks/casualties.py; the floor is enforced by
tests/extract/test_casualties.py). The vocabulary lives in workbench/data/casualty_terms.csv,
number_words.csv and qualifiers.csv (see casualty_vocabulary.md).

Speed comes from how Python's regex engine works: a pattern that opens on a literal or a character class
lets it skip ahead, while one that opens on `\b` or a lookaround is tried at every position, and
case-insensitive literals get no quick first-letter test. Several patterns are therefore written in a
faster form of a plainer one (grouped by first letter, split by what precedes a word, tried only where a
word can start); the tests hold each to the plain form.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace
from functools import lru_cache
from operator import attrgetter

from workbench.data import read_rows, read_text
from workbench.extract.numbers import NUMBER_WORDS, NumberMention, find_numbers, parse_number
from workbench.extract.text import Sentence, split_sentences
from workbench.records import CasualtyClaim

__all__ = ["CASUALTY_TERMS", "extract_casualties", "summarise_casualties"]


def _load_terms() -> list[tuple[str, str, str]]:
    return [(r["term"].lower(), r["category"], r["position"]) for r in read_rows("casualty_terms.csv")]


# (term, category, position): position is "after" (the term follows the victims: "five were killed"),
# "before" (it precedes them: "killing five"), "both", "noun" (a noun right after the figure: "12 deaths"),
# or, for the victim nouns, "plural" / "singular".
CASUALTY_TERMS = _load_terms()


# The schema's CASUALTY_CATEGORIES, repeated so that the extractor does not import pandas with the schema
# (a test keeps the two equal).
CATEGORIES = ("killed", "injured", "detained", "missing", "displaced")
# "*" in a term stands for up to four words: "taken to * hospital" matches "taken to Elmhurst Hospital".
_WILDCARD = r"(?:[\w'’.&-]+\s+){0,4}?"


def _longest_first(word: str) -> tuple[int, str]:
    """Sort key of alternatives: longest first, then alphabetical, so that terms of one length keep one order in
    every process (a set's order follows the string hash, which changes from run to run, and two such terms can
    match at one place with different ends: "trapped in * debris", "trapped in * rubble")."""
    return -len(word), word


def _term_pattern(term: str) -> str:
    return r"\s+".join(re.escape(w) for w in term.split()).replace(r"\*\s+", _WILDCARD)


def _alternation(words: Iterable[str]) -> str:
    return "|".join(_term_pattern(w) for w in sorted(set(words), key=_longest_first))


def _trie(words: Iterable[str], *, caseless: bool = False) -> str:
    """Alternation grouped by first letter (lowercased), the words of a letter once each and longest first, by
    `_by_first_letter`: the regex engine then rejects most positions on one character. With `caseless`, for
    case-insensitive patterns only, each letter is written in its `_caseless` form, which keeps that quick rejection
    there."""
    by_first: dict[str, set[str]] = {}
    for word in words:
        by_first.setdefault(word[0].lower(), set()).add(word[1:])
    return _by_first_letter(
        [first + _term_pattern(r) for first, rest in sorted(by_first.items()) for r in sorted(rest, key=_longest_first)],
        caseless=caseless,
    )


def _word_start_behind(width: int, not_after: str = r"\w") -> str:
    """A lookbehind, placed `width` characters into a word, that no character of `not_after` comes right before the
    word: the word boundary tested once a word's leading characters have matched (see _at_word_start)."""
    return rf"(?<!{not_after}.{{{width}}})"


def _at_word_start(*words: str, not_after: str = r"\w") -> str:
    """`\b(?:w1|w2|...)` for words that start with a letter, written so that the pattern opens on literals:
    each alternative checks the word boundary once its leading letters have matched, by a lookbehind as wide as
    them and the character before. Python's regex engine then skips ahead to the letters that can open a match
    instead of trying every position (`\b` first defeats that), and tests the boundary only where those letters
    stand, not at every such letter inside a word. `not_after` is the class of characters that may not come
    right before a word (a word character by default)."""
    alternatives = []
    for word in words:
        letters = len(re.match(r"[A-Za-z]*", word).group())
        if letters < len(word) and word[letters] in "?*+{":
            letters -= 1  # (a letter a quantifier follows is not always there: "An?")
        letters = max(letters, 1)
        alternatives.append(word[:letters] + _word_start_behind(letters, not_after) + word[letters:])
    return "(?:" + "|".join(alternatives) + ")"


# Letters that a case-insensitive pattern matches with more characters than their two cases (Unicode case folding:
# the dotted and dotless i, the Kelvin sign, the long s; a test checks the list against the engine over every
# character). A class of them all would reach beyond the Latin-1 characters, which the engine tests more slowly.
_CASELESS_EXTRA = {"i": "\u0130\u0131", "k": "\u212a", "s": "\u017f"}


def _caseless(char: str) -> str:
    """A pattern for one character of a case-insensitive pattern that the engine tests as fast as a case-sensitive
    literal: a letter as the case-sensitive class of its two cases (such classes, unlike case-insensitive literals,
    let the engine pass over an alternative that opens on another letter at a glance, instead of entering each in
    turn), any other character, and the letters of _CASELESS_EXTRA, as written."""
    if not char.isalpha() or char.lower() in _CASELESS_EXTRA:
        return char
    return f"(?-i:[{char.lower()}{char.upper()}])"


def _by_first_letter(alternatives: list[str], *, caseless: bool = False) -> str:
    """An alternation of patterns that each open on a plain character, grouped by that character as written
    (alternatives that open on different characters never both match at one place) with their order kept within a
    group: it matches what the flat alternation matches, and the engine tries only the group of the character
    under the cursor instead of every alternative (case-insensitive patterns get no quick first-letter test
    otherwise, and a case-sensitive one still enters each alternative in turn). With `caseless`, for a
    case-insensitive pattern, each group opens on the `_caseless` form of its character, which gives it that test."""
    groups: dict[str, list[str]] = {}
    for alternative in alternatives:
        groups.setdefault(alternative[0], []).append(alternative[1:])
    return "(?:" + "|".join(f"{_caseless(first) if caseless else first}(?:{'|'.join(rest)})"
                            for first, rest in groups.items()) + ")"


def _lowercase_form(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """A case-insensitive pattern made case-sensitive, to be matched on the lowercased text where that text is
    ASCII: there both find the same matches at the same offsets (the pattern names no capital and never turns
    case-sensitive), and without IGNORECASE the engine compares characters as they are and skips the alternatives
    that open on another one, instead of lowercasing the character for every alternative (several times faster
    on long alternations)."""
    source = re.sub(r"\\.|\(\?P[<=]\w+>?", "", pattern.pattern)  # (escapes such as \S and group names name no letter)
    assert pattern.flags & re.IGNORECASE and "(?-i" not in source and not re.search("[A-Z]", source), pattern
    return re.compile(pattern.pattern, pattern.flags & ~re.IGNORECASE)


def _terms_by_category(position: tuple[str, ...]) -> dict[str, list[str]]:
    return {cat: [t for t, c, p in CASUALTY_TERMS if c == cat and p in position] for cat in CATEGORIES}


def _term_groups(position: tuple[str, ...]) -> str:
    """Terms by category, one named group each, so a match tells its category."""
    groups = _terms_by_category(position)
    return "|".join(f"(?P<{cat}>{_alternation(terms)})" for cat, terms in groups.items() if terms)


def _category_trie(position: tuple[str, ...], *, caseless: bool = False) -> str:
    """The terms of `_term_groups` as one alternation grouped by first letter (by `_by_first_letter`), in the same
    order within each letter, so it matches what `_term_groups` matches. Grouped, the engine tries the few terms that share the
    letter under the cursor instead of every term (case-insensitive literals get no quick first-letter test; with
    `caseless`, for case-insensitive patterns only, each letter opens on its `_caseless` form, which gets one)."""
    ordered = [
        t for terms in _terms_by_category(position).values() for t in sorted(set(terms), key=_longest_first)
    ]
    return _by_first_letter([_term_pattern(term) for term in ordered], caseless=caseless)


def _categoriser(position: tuple[str, ...]) -> Callable[[str], str]:
    """Category of a term as matched by `_category_trie(position)`: the first group of `_term_groups` that
    matches it whole, as the grouped pattern would have chosen at the same place."""
    grouped = re.compile(_term_groups(position), re.IGNORECASE)

    @lru_cache(maxsize=4096)
    def category(term: str) -> str:
        match = grouped.fullmatch(term)
        assert match is not None, term
        return _category_of(match)

    return category


def _category_of(match: re.Match[str]) -> str:
    groups = match.groupdict()
    return next(cat for cat in CATEGORIES if groups.get(cat))


_AFTER_TERMS = _category_trie(("after", "both"), caseless=True)  # (in case-insensitive patterns only)
_NOUN_TERMS = _category_trie(("noun",), caseless=True)
_BEFORE_TERMS = _category_trie(("before", "both"))
AFTER_CATEGORY = _categoriser(("after", "both"))
NOUN_CATEGORY = _categoriser(("noun",))
BEFORE_CATEGORY = _categoriser(("before", "both"))
_PLURAL_NOUNS = _trie((t for t, c, p in CASUALTY_TERMS if p == "plural"), caseless=True)  # (read case-insensitively)
_SINGULAR = [t for t, c, p in CASUALTY_TERMS if p == "singular"]
_SINGULAR_NOUNS = _trie(_SINGULAR)
_SINGULAR_NOUNS_CASELESS = _trie(_SINGULAR, caseless=True)
# The singular nouns that may follow a figure ("one officer"), without those that name two people or more ("couple",
# "pair", "trio", "quartet"): "Jamal Berry, 30 after the pair had argued" is an age.
_WHO_SINGULAR = [t for t in _SINGULAR if t not in ("couple", "pair", "trio", "quartet")]
_WHO_SINGULAR_NOUNS = _trie(_WHO_SINGULAR)
_WHO_SINGULAR_NOUNS_CASELESS = _trie(_WHO_SINGULAR, caseless=True)
# Verbs that take the victims as object; used after a count they mean the count did it ("two gunmen killed").
TRANSITIVE = frozenset(t for t, c, p in CASUALTY_TERMS if p == "both") | {"held", "hurt", "treated"}
# A death later in the sentence makes the wounded or hospitalised victims killed instead ("was taken to a
# hospital, where he died" or "where he passed away", "taken to a hospital and pronounced dead", "suffered a gunshot wound that resulted in
# her death"); a time set off by a comma may open the clause ("was rushed to Comer Children's Hospital ..., but by
# Tuesday morning, she died"), as may the officials who tell it ("where officials say she was pronounced dead"), and
# "pronounce dead" is a common typo for "pronounced dead"; "was dead on arrival" tells the same death, as does
# "clinically dead" ("was air lifted to the hospital where he was pronounced clinically dead"), and "did not survive"
# ("Manning was taken to a hospital, but did not survive").
# (Its words that open a clause are grouped by first letter, each letter in its _caseless form, so that at each word
# the engine tries only those of its letter.)
_LATER_DEATH = r"""\s+(?:(?:by|on|early|late|within)\s[^,;:.]{1,30},\s+)?
    (?:(?:police|officials|authorities|doctors|deputies|investigators)\s+(?:say|says|said)\s+(?=he\s|she\s|they\s))?
    (?:he|she|they|the\s+\w+)?\s*(?:was\s+|were\s+)?
    (?:later\s+)?(?:died|passed\s+away|pronounced?\s+(?:clinically\s+)?(?:dead|deceased)|declared\s+(?:clinically\s+)?dead
    |succumbed|dead\s+on\s+arrival|did\s+not\s+survive|didn['’]t\s+survive)"""
_CAUSED_DEATH = r"""\s+(?:later\s+|eventually\s+|ultimately\s+)?(?:resulted\s+in|led\s+to|caused)\s+
    (?:his|her|their)\s+deaths?"""
LATER_DIED = re.compile(rf"""\b(?:{_caseless("w")}(?:here{_LATER_DEATH}|hich{_CAUSED_DEATH})|{_caseless("b")}(?:ut|efore){_LATER_DEATH}
    |{_caseless("a")}nd\s+later{_LATER_DEATH}|{_caseless("l")}ater{_LATER_DEATH}|{_caseless("u")}ntil\s+(?:his|her|their)\s+
    deaths?|{_caseless("t")}hat{_CAUSED_DEATH})\b""", re.I | re.VERBOSE)
# The openings of a later death that tell it of the victim just named, not of someone else named in between ("where he
# later died", not "his brother later died").
LATER_DIED_OWN = ("where", "but", "before", "and later")
# The same right after the term, in its clause: "was taken to a hospital and pronounced dead", "was gravely wounded and
# died Sunday".
AND_DIED = re.compile(r"""[^;:.]{0,60}?\band\s+(?:(?:was\s+|were\s+)?(?:later\s+)?(?:pronounced|declared)\s+(?:dead|deceased)
    |(?:later\s+)?(?:died|passed\s+away|succumbed|did\s+not\s+survive|didn['’]t\s+survive))\b""", re.I | re.VERBOSE)

# Every casualty term, matched on a lowercased article to find the sentences worth reading closely (with
# "arrest" and "body", which count on their own: "made an arrest", "his body was found"; "hostage" and "to
# death", which make a term with a verb before the victims: "took two guards hostage", "shot three to death", as
# "prisoner" and "captive" do: "took 40 fighters prisoner"; and
# "holding", which does after detaining forces: "officers were holding 12 protesters"; and victims who are included,
# who take the category of the figures before them: "Victims included a 7-year-old girl"; and "into custody", which
# makes a term with "took" before the victims: "took three people into custody"; and "the fatality", a dead person of
# one when identified by name: see IDENTIFIED_DEAD).
# Words that multiply a killing into a count of the dead: "a double murder" is two killed, "quintuple murders" five
# (number_words.csv, kind "multiple"), and the nouns of killing they count.
MULTIPLES = {w: v for w, (v, _, kind) in NUMBER_WORDS.items() if kind == "multiple"}
MULTIPLE_NOUNS = ("murder", "murders", "homicide", "homicides", "killing", "killings", "slaying", "slayings")
MULTIPLE_KILLING = re.compile(rf"""\b(?P<times>{'|'.join(MULTIPLES)})[\s-]+(?:{'|'.join(MULTIPLE_NOUNS)})\b
    (?![-\s]+suicides?\b)""", re.I | re.VERBOSE)  # (a "double murder-suicide" counts the killer's death apart)
# ... and the names of its dead after it, the members of that count ("the quadruple murders of John Smith, age 41,
# Bob Jones, age 26, ..."), none a figure of its own.
MULTIPLE_OF = re.compile(MULTIPLE_KILLING.pattern + r"\s+of\s+$", re.I | re.VERBOSE)
# What the killing would become, not what it is: "meaning the shooting would be a double murder", "the shooting of
# the two women becomes a triple homicide".
MULTIPLE_HYPOTHETICAL = re.compile(r"\b(?:(?:would|could|might|may|will)\s+(?:then\s+)?(?:be|become)|becomes?)\s+(?:an?\s+)?$",
                                   re.I)
# Nouns of a killing right before "victims" that tell them dead: "Family members of the four murder victims", "the
# two homicide victims", "the two slaying victims", "the massacre victims" (not a murder "attempted", nor a noun of
# harm that may leave the victims alive: "shooting victims", "crash victims"; before any other noun they are no
# victims: "two murder suspects").
VICTIMS_KIND_CATEGORY = {"murder": "killed", "homicide": "killed", "slaying": "killed", "massacre": "killed"}
_SCAN_TERMS = [t for t, c, p in CASUALTY_TERMS if c != "victim"] + [
    "arrest", "body", "hostage", "prisoner", "captive", "to death", "holding", "victims included", "victims include", "among the victims",
    "victims as",  # ("identified the victims as": see VICTIMS_INCLUDED)
    "into custody", "seized", "seizing", "to the hospital", "to a hospital", "to hospital", "to area hospitals",
    "to local hospitals", "the fatality",  # (for "sent five men to the hospital": see AROUND_AFTER)
    "hospital", "medical center",  # (for "rushed all four victims to Jackson Memorial Hospital": see AROUND_AFTER)
    "on himself", "on herself", "own life",  # (the attacker's own death: see SELF_KILLED)
    "one fatality",  # (see ONE_NOUN)
    "to flee", "to evacuate", "from their homes", "to leave their homes",
    "to abandon their homes",  # ("forced 25,000 people to flee": see AROUND_AFTER)
    "without homes", "without shelter",  # ("left 80,000 people without homes": see AROUND_AFTER)
    "caught up with", "caught up to",  # (police who did: see POLICE_CAUGHT_UP)
    "who was shot", "who were shot", "who was stabbed", "who were stabbed",  # (see RELATIVE_HARM_SURVIVED)
    "but survived",  # (see SHOT_BUT_SURVIVED)
    "s injury", "s wound",  # (a victim's injury in the singular reported on: see POSSESSIVE_INJURIES)
    *(f"{kind} victims" for kind in VICTIMS_KIND_CATEGORY),  # (see _adjective_category)
    *(f"{m}{gap}{n}" for m in MULTIPLES for n in MULTIPLE_NOUNS for gap in (" ", "-"))]
_SCAN = _trie(_SCAN_TERMS)
TERMS_LOWER = re.compile(rf"\b(?:{_SCAN})\b")


def _pieces(term: str) -> list[str]:
    """The pattern of a term as a list of pieces: each escaped character, each `\\s+`, and, from the first
    wildcard on, the rest of the pattern as one piece."""
    pattern = _term_pattern(term)
    pieces = []
    at = 0
    while at < len(pattern):
        if pattern.startswith(_WILDCARD, at):
            pieces.append(pattern[at:])
            break
        size = 3 if pattern.startswith(r"\s+", at) else 2 if pattern[at] == "\\" else 1
        pieces.append(pattern[at : at + size])
        at += size
    return pieces


def _deep_alternation(alternatives: list[list[str]]) -> str:
    """The alternation of patterns given as pieces, in that order, with their shared leading pieces factored out
    level by level (a trie of characters), so the engine reads each character once instead of once per term
    sharing it. It matches what the flat alternation matches, as the same alternative: patterns that part on
    different characters (or on a character and a space) can never both match at one place, so regrouping
    them cannot change which one wins; a term ending where longer ones go on stays last (the flat order is
    longest first); and where a wildcard comes next the alternatives stay flat, in their order (the runs of other
    alternatives between them still a trie)."""
    heads = [a[0] if a else None for a in alternatives]
    if None in heads[:-1]:
        return _flat_alternation(alternatives)
    wild = [h is not None and h.startswith(_WILDCARD) for h in heads]
    if any(wild):
        # (each run of alternatives between wildcards, in order, stays a trie, and each run of wildcards gets its own
        # guard: "in * county jail" among the terms after "in" leaves the dozens of conditions around it a trie, not
        # a flat list each tried, after a guard for them all, at every "in"; an ordered alternation grouped into
        # consecutive runs tries the same alternatives in the same order, and a guard every match of a run passes
        # changes none of its matches)
        parts = []
        start = 0
        for at in range(1, len(alternatives) + 1):
            if at == len(alternatives) or wild[at] != wild[start]:
                run = alternatives[start:at]
                parts.append(_flat_alternation(run) if wild[start] else _deep_alternation(run))
                start = at
        return "|".join(parts)
    groups: dict[str, list[list[str]]] = {}
    for alternative in alternatives:
        if alternative:
            groups.setdefault(alternative[0], []).append(alternative[1:])
    parts = [head + ("".join(rests[0]) if len(rests) == 1 else f"(?:{_deep_alternation(rests)})")
             for head, rests in groups.items()]
    return "|".join(parts + [""] if heads[-1] is None else parts)


def _flat_alternation(alternatives: list[list[str]]) -> str:
    """The alternation of patterns given as pieces, flat and in order, after a guard that every match of them passes
    (see _wildcard_guard) when there is one and more than one alternative."""
    flat = "|".join("".join(a) for a in alternatives)
    guard = _wildcard_guard(alternatives) if len(alternatives) > 1 else None
    return f"{guard}(?:{flat})" if guard else flat


# One word of a wildcard, and what a term's wildcard reaches over.
_WILDCARD_WORD = _WILDCARD[: -len("{0,4}?")]
_WILDCARD_REACH = 4


def _wildcard_guard(alternatives: list[list[str]]) -> str | None:
    """A lookahead that every match of the alternatives (pieces from a word start on, some holding a wildcard)
    passes: the first word after an alternative's wildcard (or its own first word) within as many words as the
    wildcard and the words before it reach. Tried once, it spares trying each wildcard term word by word where
    none of those words follows ("with" and "taken to" are common, "with * injuries" is not). None when an
    alternative has no such word."""
    keys = []
    reach = 0
    for alternative in alternatives:
        words = 0
        for piece in alternative:
            if piece.startswith(_WILDCARD):
                key = re.split(r"\\s\+|\(", piece[len(_WILDCARD) :])[0]
                words += _WILDCARD_REACH
                break
            if piece == r"\s+":
                words += 1
            elif not re.fullmatch(r"[\w'’.&-]", piece.replace("\\", "")):
                return None  # (a word the wildcard's words could not stand for)
        else:
            key = "".join(alternative).split(r"\s+")[0]
        if not key:
            return None
        keys.append(key)
        reach = max(reach, words)
    return f"(?={_WILDCARD_WORD}{{0,{reach}}}?(?:{'|'.join(dict.fromkeys(keys))}))"


def _trie_order(words: Iterable[str]) -> list[str]:
    """The words in the order `_trie` tries them: by first letter, then longest first."""
    by_first: dict[str, set[str]] = {}
    for word in words:
        by_first.setdefault(word[0].lower(), set()).add(word[1:])
    return [first + rest for first, rests in sorted(by_first.items()) for rest in sorted(rests, key=_longest_first)]


# _SCAN as a trie of characters (see _deep_alternation): what the scans below try at each space.
_SCAN_DEEP = _deep_alternation([_pieces(t) for t in _trie_order(_SCAN_TERMS)])
# TERMS_LOWER split by what precedes the term, so that each pattern opens on a literal or a character class
# and the engine skips ahead instead of trying every position: a space (most words), any other character
# that is not part of a word, or nothing (the very start, TERMS_AT).
TERMS_AFTER_SPACE = re.compile(rf" (?:{_SCAN_DEEP})\b")  # (no group: the term starts one past the match)
# (after such a character, mostly a line break, a stop or a comma, a space mostly follows: the class of the terms'
# first letters rejects it in one test, before the trie tries each letter)
_SCAN_FIRST = "".join(sorted({t[0] for t in _SCAN_TERMS}))
TERMS_AFTER_OTHER = re.compile(rf"[^ a-z0-9_](?<!\w)(?=[{re.escape(_SCAN_FIRST)}])({_SCAN_DEEP})\b")
TERMS_AT = re.compile(rf"(?:{_SCAN_DEEP})\b")
# The same, on text whose lowercase would shift offsets ("İ" lowercases to two characters).
PREFILTER = re.compile(rf"\b(?:{_alternation(_SCAN_TERMS)})\b", re.I)

# Function words, which never modify the victims after a count ("Three killed as rioters bomb Greek bank": not
# "killed as rioters").
# (both of these are read case-insensitively only, so their letters take the _caseless form)
_NOT_MODIFIERS = _by_first_letter("as by when after before while than that who".split(), caseless=True)
# A number word or numeral, which never modifies the victims of another count ("one of four women").
_NUMBER_WORD = r"(?:\d[\d,]*|" + _by_first_letter(
    "one two three four five six seven eight nine ten eleven twelve dozens? hundreds? thousands?".split(),
    caseless=True) + ")"
# The victims named after a count: "people", "police officers", "of them", "of the victims" (or "of those victims"),
# "of the injured", "others" (and the singular "other" before a verb, as non-native wire copy writes it: "261 other
# got minor injuries"), "Marrero, Louisiana men" (a town and its state), a noun after a short prefix and a hyphen
# ("half-brothers", "step-sons"),
# "of one family" ("12 of one family": the family, whose "one" is no count), ages ("two 14-year-olds"), and a second
# plural noun joined by "and" ("Sixteen police officers and national guardsmen"; not a verb's object: "killing five
# people and wounding others"); "more" is no victim before "bodies", the casualty noun that counts them ("two more
# bodies were found").
WHO_AFTER = re.compile(
    rf"""(?:\s+of)?\s+(?P<who>
        (?:them|(?:the|those|these)\s+(?:[\w'-]++\s+){{0,2}}(?:{_PLURAL_NOUNS})
          |(?<=of\s)(?:the|those)\s+(?:injured|wounded|dead|arrested|detained|missing|displaced)\b(?!\s+(?:man|woman|men|women|
          people|boy|girl|child|children|victims?|officers?|persons?)\b)|those|whom)
      | (?:(?!{_NUMBER_WORD}\b(?!-)|{_NOT_MODIFIERS}\b)[\w'-]++\s+){{0,2}}(?:[a-z]{{2,5}}-)?(?:{_PLURAL_NOUNS}|{_WHO_SINGULAR_NOUNS_CASELESS})
        (?:\s+and\s+(?:(?!{_NUMBER_WORD}\b|{_NOT_MODIFIERS}\b|(?:a|an|the|his|her|their|its)\b|[\w'-]*(?:ing|ed)\s)
          [\w'-]++\s+)?
          (?:{_PLURAL_NOUNS}))?
      | (?-i:[A-Z])[\w'-]*+,\s+(?-i:[A-Z])[\w'-]*+\s+(?:{_PLURAL_NOUNS})
      | more(?!\s+bodies\b)|others|other\s+people|other(?=\s+(?:were|are|got|had|have|suffered|sustained)\b)
      | (?<=of\s)one\s+family
      | (?:\d{{1,3}}|[a-z]+)[-–](?:year|month|week)[-–]olds
    )\b(?!-)""",
    re.VERBOSE | re.IGNORECASE,
)
# Victims named in quotation marks after a count, the label of the side that counts them: '26 "armed criminals" were
# killed', 'Twenty-six "terrorists" were killed' (up to three words, any noun: the marks show it names the victims).
# The marks must close right before a helper verb or a term ('were killed', 'killed'), or end the clause as an object
# does ('security forces killed 26 "armed criminals".'), so that a coordination ('3 "encores" and two fans were hurt')
# gets no victims.
QUOTED_WHO = re.compile(r"""\s+["“](?P<who>[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*){0,2})["”](?=\s*[.;]|\s*$|\s+(?:were|are|
    was|is|have|had|has|remain|remained|killed|dead|died|injured|wounded|hurt|arrested|detained|missing)\b)""",
                        re.IGNORECASE | re.VERBOSE)
# "one" in "of one family" names the family, not a victim: "12 of one family were killed" counts 12, not one.
OF_ONE_FAMILY = re.compile(r"\s+family\b")
# A person named by a pronoun before a count of "others", who are counted with that person: "he and three others
# were shot" (four people shot).
PRONOUN_AND = re.compile(r"(?<![\w'’-])(?:[Hh]e|[Ss]he)\s+and\s+$")
# ... and a person named at the head of a clause: "Conley and seven others were killed" (one and seven killed, and
# their total, eight, a claim of its own).
NAME_AND = re.compile(r"(?:^|(?<=[,;:]\s)|(?<=\bincluding\s)|(?<=\bsaid\s)|(?<=\bsays\s)|(?<=\bsay\s)|(?<=\bthat\s)|(?<=\bwhere\s)|(?<=\bwhen\s))(?P<name>[A-Z][a-z'’]+(?:\s+[A-Z][a-z'’.]+){0,2})\s+and\s+$")
NAME_AND_REACH = 50
# A victim noun and an aside set off by hyphens with no spaces, as some wire copy writes a dash: "Four people-one with
# broken bones, 3 with inspiratory problems-are treated" (the aside's figures are members of the group).
TIGHT_ASIDE = re.compile(rf"""\s+(?P<who>(?:[\w'-]+?\s+)?(?:{_PLURAL_NOUNS}))-(?=[a-z0-9])[^-;:.()]{{1,120}}?[a-z]-
    (?=[a-z]{{2}})""", re.VERBOSE | re.IGNORECASE)
# A vague amount counts without a victim noun only when a casualty term follows it: "Dozens injured as ...", "Dozens
# were left homeless", "Scores were reported killed", and hedged: "Hundreds are feared dead", "Dozens are presumed drowned".
VAGUE_VICTIMS = re.compile(rf"""\s+(?:(?:were|are|have\s+been|had\s+been)\s+)?(?:(?:reported|feared|believed|presumed|
    thought)\s+)?(?:left\s+)?(?:{_AFTER_TERMS})\b""", re.I | re.VERBOSE)
# Any plural noun phrase, tried only when a casualty term follows it ("two managing partners wounded").
PLURAL_FALLBACK = re.compile(r"\s+(?P<who>(?:[a-z][\w'-]*+\s+){0,2}?[a-z]+s)\b(?!-)")

# A singular victim: "a man", "A 20-year-old man" (or "20–year–old", with en dashes), "the gunman", "one police
# officer", "The 19-year-old" (before a verb, a preposition, a weekday or a participle: "a 17-year-old shot and killed by
# police", "The 31-year-old hanged herself", "arrested a 16-year-old for the shooting", "arrested a 20-year-old Sunday"),
# "a male victim" (two victim nouns: the second is the head), "a mother of three", "a father to two boys", "a
# mother-of-two", "a father of four young children" (the children are no count), "A Los Angeles County Sheriff's
# Department deputy" (a run of up to four capitalised words is one modifier); a
# capitalised article may follow a headline glued to the body ("... | abc13.comA man was shot"); the noun may end an
# aside set off by hyphens with no spaces, before its group's plural verb ("workers-two women and a man-were"). Words
# are taken possessively (`++`): giving letters back could never let what follows match, and is costly to try.
# The determiners open on literals, and each checks the word boundary before it only once it has matched whole (a
# lookbehind as wide as the word): the engine then skips to the letters that can open one, instead of trying a
# lookahead at every place; grouped by their first letter, the engine then enters only the group of the letter under
# the cursor. One determiner at most can be followed by a space at a place, so their order is free.
_DETERMINERS = ("An", "an", "A", "a", "One", "one", "The", "the", "Another", "another", "His", "his", "Her", "her",
                "Their", "their")


def _at_word_start_behind(word: str) -> str:
    """`word`, then a lookbehind that the word starts a word (no word character before it) or, capitalised, starts
    right after a lowercase letter: what `(?:\\b|(?<=[a-z])(?=[A-Z]))` before it reads, tested after the word."""
    boundary = _word_start_behind(len(word))
    return word + (rf"(?:{boundary}|(?<=[a-z].{{{len(word)}}}))" if word[0].isupper() else boundary)


SINGULAR = re.compile(
    rf"""(?P<det>{_by_first_letter([_at_word_start_behind(word) for word in _DETERMINERS])})\s+
    (?P<mods>(?:(?:\d{{1,3}}\s+year\s+old|[A-Z][\w'–-]*+(?:\s+[A-Z][\w'–-]*+){{1,3}}+|(?!(?:and|or|who|was|were|is|had|has|the|a|an|of|in|at|on|to|for|with|by|from|
    before|after|that|this|his|her|their|its|as|than|when|while)\b)[\w'–-]++),?\s+){{0,3}}?)
    (?P<noun>(?:{_SINGULAR_NOUNS})(?:\s+(?:{_SINGULAR_NOUNS})\b(?!-))?
      |(?:\d{{1,3}}|[a-z]++(?:-[a-z]++)?)[-–\s](?:year|month|week)[-–\s]old(?=\s+(?:was|is|were|are|had|has|who|died|suffered|sustained|in|on|at|after|following|
      near|outside|inside|during|early|late|last|with|shot|stabbed|killed|wounded|injured|arrested|dead|and|into|to|
      hanged|hung|committed|took|for|from|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b|[,.;]))
    \b(?:(?:(?<=father|mother|parent)|(?<=dad|mom|mum))(?:\s+(?:of|to)\s+|-(?:of|to)-)(?:\d{{1,2}}|two|three|four|five|six|
      seven|eight|nine|ten|eleven|twelve)(?:\s+(?:young\s+|grown\s+|small\s+)?(?:children|kids|sons|daughters|boys|girls))?
      \b(?!-)|(?!-(?!(?:were|are)\b)|['’]s\b|\s+(?:figures?|estimates?|tally|count)\b))""",
    re.VERBOSE,
)

# A parent named by the children, with no article, as headlines and their echoes in the body write one: "Queens mother
# of 2 dead", "Brooklyn mother of 12 killed in crossfire", "killed mom of 12", "Father of 3 fatally shot" (with an
# article, SINGULAR takes it: "a mother of two"); up to two capitalised words before it name the place. Not a parent of
# a child whose age follows ("mother of 6-year-old Jairo") or of an uncertain number ("Mother of 9 or 10 year old").
PARENT_OF = re.compile(r"""(?:[A-Z][\w'’.-]*\s+){0,2}(?<![\w-])(?P<noun>[Mm]other|[Ff]ather|[Mm]om|[Dd]ad|[Mm]um)
    (?:\s+of\s+|-of-)(?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen)\b(?![-–]|\s+or\b)
    (?:\s+(?:young\s+|grown\s+|small\s+)?(?:children|kids|sons|daughters|boys|girls)\b)?""", re.VERBOSE)
# What a sentence must hold for PARENT_OF to be tried (lowercased).
PARENT_OF_CUES = ("other of ", "ather of ", "mom of ", "dad of ", "mum of ", "-of-")
# The same test as one search: each cue's "of", then the rest of the cue and a look back over the whole of it, so that
# the engine skips from one "of" to the next (quicker than a scan of the sentence per cue).
PARENT_OF_CUE = re.compile("of(?:" + "|".join(rf"{re.escape(cue[cue.index('of') + 2 :])}(?<={re.escape(cue)})"
                                              for cue in PARENT_OF_CUES) + ")")

# (an age written without hyphens is one modifier: "his then pregnant 20 year old girlfriend")
# A victim noun after a name's possessive, as a determiner: "Gray's sister was arrested", and the spaced form of
# some wire copy, "Gray ’ s sister". (The pattern opens on the name's capital and tests the word boundary before it
# once that capital has matched, so the engine skips to the capitals instead of trying a lookbehind at every place.)
NAME_POSSESSIVE = re.compile(rf"""[A-Z](?<![\w'’].)[a-z]+(?:['’]s|\s[’']\s+s)\s+(?P<noun>{_WHO_SINGULAR_NOUNS})
    \b(?!-|['’]s\b|\s[’']\s+s\b)""", re.VERBOSE)

# (the word boundary before the year is tested once its first two digits have matched, by a lookbehind at the character
# before them: the engine then skips to the ones and twos instead of trying a boundary at every place)
YEAR = re.compile(r"(?:19|20)(?<!\w..)\d\d\b")
DATED_OPENING = re.compile(r"In\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\b")

# A second victim noun sharing the first one's determiner: "A man and woman were killed", "his mother and sister".
# A singular verb after them makes the two nouns one person ("His daughter and passenger was wounded").
SHARED_DET = re.compile(rf"\s+and\s+(?P<noun>{_SINGULAR_NOUNS})\b(?!-|['’]s\b|\s+(?:was|is|has)\b)")
# ... and one joined by a comma to a noun opening a headline bare: "Husband, wife killed in crash" (then a verb of
# the two; a list going on, "Mother, daughter, son killed", is left out).
SHARED_COMMA = re.compile(rf",\s+(?P<noun>{_SINGULAR_NOUNS})\b(?!-|['’]s\b|,)")
# ... and a second bare noun, with a verb of its own, after the first one's verb: "Woman killed, child injured in
# hit-and-run", "Child shot, mother injured", "Girl killed, brother hurt" (within the headline's first words).
HEADLINE_NEXT = re.compile(rf""",\s+(?P<noun>{_SINGULAR_NOUNS})\b(?=\s+(?:critically\s+|seriously\s+)?(?:killed|dead|dies|injured|
    hurt|wounded|hospitali[sz]ed|arrested|missing)\b)""", re.VERBOSE)
HEADLINE_NEXT_REACH = 40  # (characters after the first noun: its verb and an adverb, "fatally shot", then the comma)

# A first name right after a relative named by a possessive, in apposition to him or her: "his brother Kristian, who
# was also arrested", "her son Tyler was shot", "Gray's sister Mahnefeh" (not a day or a month: "shot his wife Sunday"; the name is the
# relative's, so it counts no second person).
RELATIVE_NAME = re.compile(r"""\s(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|
    April|May|June|July|August|September|October|November|December)\b)[A-Z][a-z'’]+(?=,|\s+[a-z])""", re.VERBOSE)
RELATIVE_DETS = frozenset({"his", "her", "their", "His", "Her", "Their"})
# Whom a victim serves, "to" or "for" a title of up to three words, before the verb that tells what befell him: "A
# senior aide to the president was wounded", "A driver for the company was killed" (the verb is the victim's); not
# a place the victim was taken to ("a shooting that sent a man to the hospital was accidental") or a clause.
ROLE_COMPLEMENT = re.compile(r"""\s(?:to|for)\s+(?:the|a|an)
    (?:\s+(?!(?:hospital|hospitals|home|scene|where|who|which|that|when)\b)[\w'’-]+){1,3}?(?=\s+(?:was|is|has|had)\s)""",
    re.VERBOSE)

# Singular nouns that name two people or more: "An elderly couple was killed", "the pair were arrested", "The trio were
# charged", "The targeted quartet ... were all shot".
PAIRS = {"couple": 2, "pair": 2, "trio": 3, "quartet": 4}
_PAIR_ENDS = tuple(PAIRS)  # (a cheap first test: the noun phrase ends on one)

# A reporting verb right after a person: that person speaks ("a sheriff said").
SPEAKS = re.compile(r"\s+(?:said|says|told|tells|added|explained|recalled)\b")
# Modifiers that make a singular noun more than one victim or someone else ("another other man", "each officer").
NOT_ONE = re.compile(r"\b(?:other|more|all|every|each)\b", re.I)
# A casualty verb after a word that is no adverb among the modifiers makes them a clause, not a noun phrase: "the man
# who pulled the trigger killed local rapper" ("the fatally shot man" is one).
VERB_IN_MODS = re.compile(r"\b[a-z]+(?<!ly)\s+(?:killed|shot|stabbed|murdered)\s")
# "the other" before a singular noun is still one person: "the other teen who pulled the trigger has turned himself
# in" (one of two, the first told before).
THE_OTHER = re.compile(r"other\s+")
# ... but not after "or", "nor" (a negated pair: "Neither the driver or the other passenger was injured"), "if" or
# "whether" (a question: "It was unclear if the other officer sustained any injuries").
OTHER_NOT_AFTER = re.compile(r"\b(?:or|nor|if|whether)\s+$", re.I)

# "The other" or "another" standing for one more victim, before its verb: "one died and the other was wounded",
# "One man is dead, another is critical", "the other remains in serious condition"; and "another" after "and" before
# a bare participle, whose helper the clause before it gave ("two people were killed and another wounded").
# (each alternative opens on a letter, so the engine skips to the letters that can open one: see _at_word_start;
# the verb's lookahead follows each word, as a group around the words would hide their first letters from the
# engine's first test, and "and another" is tested behind the whole word, so that not every "a" runs a lookbehind)
_OTHER_ALONE_VERB = r"(?=\s+(?:was|is|remains|remained|had|has|died|dies|suffered|sustained|got|survived)\b)"
OTHER_ALONE = re.compile("|".join(_at_word_start(word, not_after=r"[\w'’]") + _OTHER_ALONE_VERB
                                  for word in (r"The\s+other", r"the\s+other", "Another", "another")) + r"""
    |another(?<=\band\sanother)(?=\s+(?:(?:critically|seriously|severely|badly)\s+)?(?:wounded|injured|hurt)\b)""",
                         re.VERBOSE)

# A named person: "Jamal Berry", "Leroy \"LJ\" Rutherford Friedel", "91-year-old Luis Aguiar" (or an infant's age in
# months or weeks: "13-month-old Bill Thao"; or the age written without hyphens: "24 year old Daniel Chumacero"),
# "Miss Marshburn", and
# the surname in capitals that police releases write after a given name ("Tyreek VINING"); "Dies" or "Died" in a
# title-case headline is the verb after a name, none of it ("Vincent 'The Chin' Gigante Dies in Prison"; other verbs
# so capitalised were tried and are also words of names and of plural headlines: "Judge John Hurt").
# The pattern opens on the class of its first character (of the age or the name), outside any group, and tests the
# word boundary before it by a lookbehind once it has matched: the engine then skips to the capitals and digits
# instead of trying a lookahead at every place. That character is read again by lookbehinds (a capital before the
# name, the title's first letter), and the age (from its second character) and the name's first capital fall
# outside their groups: the name starts one character before its group (`text[m.start("name") - 1 : m.end("name")]`).
NAMED = re.compile(
    r"""[A-Z0-9](?<![\w'’-].)
    (?:(?P<age>(?:(?<=[0-9])\d{0,2}|(?<=[A-Z])[A-Za-z]*(?:-[a-z]+)?)[-\s](?:year|month|week)[-\s]old\s+)[A-Z])?(?<=[A-Z])
    (?P<name>(?:(?:(?<=M)(?:r|rs|s|iss)|(?<=D)(?:r|et|eputy)|(?<=O)fficer|(?<=S)(?:gt|heriff)|(?<=C)(?:pl|apt)|(?<=L)t
        |(?<=T)rooper)\.?\s+[A-Z])?
      [a-z'’]+(?:[A-Z][a-z'’]+)?(?:-[A-Z][a-z'’]+)?
      (?:\s+(?:[A-Z]\.|"[^"\n]{1,15}"|“[^”\n]{1,15}”|'[A-Z][^'\n]{0,14}'(?=\s+[A-Z])|‘[A-Z][^’\n]{0,14}’(?=\s+[A-Z])
        |(?!Dies\b|Died\b)[A-Z][a-z'’]+(?:[A-Z][a-z'’]+)?(?:-[A-Z][a-z'’]+)?|III|II|IV
      |Jr\.|Sr\.|[A-Z]{3,}(?:-[A-Z]{3,})?(?![\w'’-]))){0,3})""",
    re.VERBOSE,
)
# An apposition after a name or a headline noun: ", 30,", ", a 60-year-old man,", ", of Arnold,", what all of a group
# share (", all in their twenties,", ", all from Leeds,"), and one that
# describes at length, with no full stop and a list's commas inside it (", the pin-up whose romps with whips, garters
# and high heels titillated a generation of young men in the post-war years,"); an obituary's lead may run on for
# 240 characters with no full stop ("Bettie Page, the 1950s pinup and bondage model who provided more than a
# half-century of inspiration for everybody from Madonna to ... (as well as ...), died yesterday": 226), and a
# participle may follow it, set off by commas of its own (", the powerful Mafioso who avoided jail for decades by
# wandering the streets in a ratty bathrobe, feigning mental illness, died Monday").
_LIST_ITEM = r"""\s+(?!(?:was|were|is|are|has|have|had|who|which|and|or|dies|shot|hit|struck|police|officials|
    authorities|[a-z]+ed)\b)
    [a-z][\w'’-]*(?:\s+[a-z][\w'’-]*)?\s+(?:and|or)\s"""  # "whips, garters and high heels"
APPOSITION = re.compile(rf""",\s+(?:then\s+)?(?:\d{{1,3}}|(?:an?|the|his|her|of|from|all\s+(?:in|from|aged))\s+
    (?:(?:[^,;]|,(?={_LIST_ITEM})){{1,90}}?|(?:[^,;.]|,(?={_LIST_ITEM})){{1,240}}?)),
    (?:\s+[a-z]{{2,}}ing\s+[^,;.]{{1,60}}?,)?(?=\s)(?!{_LIST_ITEM})""",
                        re.VERBOSE)
# A bare apposition, with no article, right before the death an obituary's headline or lead tells: "Esther Williams,
# swimming star, dies at 91", "Mark Felt, Watergate's `Deep Throat,' dies at 95" (a quotation's closing comma inside
# it), "Williams, one of the biggest box-office stars of the 1940s and 1950s, died", "A 32-year-old British climber,
# described as "lacking experience", dies"; not a relative clause (RELATIVE), a clause of place or time ("at 49th and
# Sansom Streets, near where she lived, died", "after his father, for whom he is named, died") nor a speaker.
DEATH_APPOSITION = re.compile(r""",\s+(?!(?:who|whose|whom|which|where|when|while|near|for|after|before|because|since|if|
    though|although|then|and|or|but|police|officials|authorities)\b)
    [^,;.!?]{2,90}?,(?:\s+['’"”`]+)?(?=\s+(?:dies|died|dead\s+at|has\s+died|is\s+dead)\b)""", re.VERBOSE)


def _death_apposition(sentence: str, end: int) -> re.Match[str] | None:
    """DEATH_APPOSITION at `end`, tried only where "die" or "dead" comes after it, as the death it needs holds one:
    the lazy run of the pattern would otherwise read on from every comma after a victim or a name."""
    if sentence.find("die", end) < 0 and sentence.find("dead", end) < 0:
        return None
    return DEATH_APPOSITION.match(sentence, end)


# A verb where a role would open after a name's age: "Michael D. Matthews, 47, died of his injuries, the ... said".
ROLE_VERB = re.compile(r",\s+(?:[a-z]+ed|dies)\b")
# An apposition after a name that opens on a bare noun of relation or role, with no article: ", sister of the teen
# killed by police,", ", owner of the store," (a count or "one of" opening it is a group's, not a role).
ROLE_APPOSITION = re.compile(r",\s+(?!(?:one|two|three|some|all|both|none|each|many|most|several|any)\s)"
                             r"(?:[a-z]+[\s-]){0,2}?[a-z]+\s+of\s+[^,;]{1,90}?,(?=\s)")
# A victim's home town set off by a comma after the name, before the "with" of a wound: "found Duane Helms,
# Moundridge with a gunshot wound", "found John Smith, Newton, Kan., with a gunshot wound".
HOMETOWN_WITH = re.compile(r",\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?(?:,\s+[A-Z][a-z]{1,4}\.)?,?(?=\s+with\s)")
# A member of a group described after it: "three victims, one of which was a juvenile," (no victim of its own, told
# by a verb: with none, "Three people, one of them a pregnant woman, were killed", it is a member the group's verb
# holds, as one after "including"), and the whole description, which the group's verb follows.
# Victims listed by name and age after their count, up to the comma before the verb: ", John Smith, 35, Mary Smith, 30,
# and Bob Smith, 28," (and members of another kin after semicolons: "; their cousin, Tina Shelton, 37; and friend
# Shada Mahone, 26,").
_NAME_AGE_ITEM = (r"(?:and\s+)?(?:(?:their|his|her)\s+)?(?:[a-z]+,?\s+)?(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’-]*,\s+"
                  r"\d{1,3}(?!\d)")
NAME_AGE_LIST = re.compile(rf",\s+(?:{_NAME_AGE_ITEM}[,;]\s+){{1,11}}{_NAME_AGE_ITEM},(?=\s)")
MEMBER_APPOSITION = re.compile(r",\s+one\s+of\s+(?:whom|which|them)\s+[^,;]{1,90}?,(?=\s)")
MEMBER_OF = re.compile(r"\bone\s+of\s+(?:whom|which|them)\s+(?:[a-z]+\s+){1,2}$")
# An apposition set off by dashes: "Two men - Brandon Brown and Deron Bridgewater - turned themselves in" (a
# hyphen inside a word, "22-year-old", is no dash), and how one starts.
DASH_APPOSITION = re.compile(r"\s+(?:--?|[–—])\s+(?:(?!\s(?:--?|[–—])\s)[^;:.]){1,120}?\s+(?:--?|[–—])(?=\s)")
DASH_STARTS = (" -", " –", " —")
_APPOSITION_STARTS = (",", *DASH_STARTS)
# A short relative clause right before an apposition set off by dashes: "Four men who were hit — one 29 years old,
# another 52, two others 37 — were transported to a local hospital" (the verb after the dashes is the group's).
RELATIVE_BEFORE_DASH = re.compile(r" who\s+(?:were|was|had\s+been|have\s+been)\s+[a-z]+(?=\s+(?:--?|[–—])\s)")
# Someone else named in an apposition, whom a relative clause after it may be about: "the brother of a man".
OF_SOMEONE = re.compile(r"\b(?:of|for|with|by|to)\s+(?:a|an|the|his|her|their|two|three|four|\d+)\s")
# A relative clause set off by commas, which the victim's own verb may follow: "The victim, who was not
# identified, died" (tried only when the clause itself does not hold the term: "Gray, who was fatally wounded"), and
# one that describes at length, with no full stop ("Bettie Page, whose trademark raven hair and risque lingerie and
# bondage pin-up photos made her a cult favorite, died").
RELATIVE = re.compile(r",\s+(?:who|whose|whom)\s+(?:[^,;]{1,90}?|[^,;.]{91,160}?),(?=\s)")
# A victim noun opening a headline or a sentence without an article: "Man, 29, fatally shot", "Woman dies".
HEADLINE_SINGULAR = re.compile(rf"(?P<noun>(?=[A-Z])(?i:{_SINGULAR_NOUNS_CASELESS}))\b(?![-'’])")
# ... or after up to three words that modify it, the first capitalised: "Young person hurt", "Laundromat worker hurt",
# "Teen girl dies", "Milwaukee woman shot, wounded" (no quantifier, negation, pronoun or preposition first: "Neither
# officer was hurt", "Every person killed ...", "After mother killed by car"; no marks of a related story; no word of
# a clause or a preposition among them; no possessive, whose relatives are often told of in the past: "Tucker's
# younger brother was killed two weeks earlier"; no capitals throughout, as transcripts are written).
HEADLINE_MODIFIED = re.compile(rf"""(?!(?:Neither|Either|Each|Every|No|Any|All|Both|Many|Several|Some|Few|Most|Other|
    The|A|An|This|That|These|Those|His|Her|Their|Its|Our|My|Your|He|She|They|It|We|You|Police|Officials|Authorities|
    After|Before|Since|When|While|If|As|Once|Until|Despite|Related|Advertisement|Previous|Previously|Read|Watch|Video|
    More|Mystery)\b)[A-Z][a-z][\w-]*\s+
    (?:(?!(?:and|or|of|the|a|an|in|on|at|to|for|with|by|from|who|was|is|were|are|has|had|says|said|after|as)\b)
    [\w-]+\s+){{0,2}}(?P<noun>(?i:{_SINGULAR_NOUNS_CASELESS}))\b(?![-'’])""", re.VERBOSE)
HEADLINE_STARTS = re.compile(r"[|:]\s")
# A bullet, a dash or a close button before a headline: "• Man killed in crash", "× Teen dies after being shot".
LEADING_MARKS = re.compile(r"[^\w\s\"“'‘(]+\s+")
# Nouns that are a count of one with a category of their own, and he / she as a victim of one ("another" one too:
# "Another body was found on Monday", one more dead).
INHERENT = re.compile(_at_word_start("An?", "an?", "The", "the", "His", "his", "Her", "her", "One", "one", "Another",
                                     "another")
                      + r"\s+(?:[\w'’-]+\s+){0,2}?(?P<noun>body|arrest(?!\s+warrants?\b))\b")
# A victim's injuries reported on: "The boy's injuries are not life-threatening", "the man's wounds do not appear
# to be serious" (fatal ones make the victim killed: "the child's injuries were fatal"), and with the police's words
# quoted: "the girl's injury "did not appear to be severe"".
POSSESSIVE_INJURIES = re.compile(
    rf"""(?=[TtHhAa])\b(?:[Tt]he|[Hh]is|[Hh]er|[Aa]n?)\s+(?:[\w-]+\s+){{0,2}}?(?P<noun>{_SINGULAR_NOUNS})['’]s\s+
    (?:injur(?:y|ies)|wounds?|gunshot\s+wounds?)\s+["“‘']?(?:are|were|is|was|appear\w*|seem\w*|do|did|does|remain\w*|
    aren['’]t|weren['’]t|isn['’]t|wasn['’]t)\b""",
    re.VERBOSE,
)
# Cheap first test for POSSESSIVE_INJURIES on the lowercased sentence.
POSSESSIVE_STEMS = ("s injur", "s wound", "s gunshot")
# A dead person named by a death noun, identified by name: "identified the fatality as 44-year-old Jane Roe", "The
# deceased victim has been identified as John Roe" (one person: a singular noun, and a name or an age after "as").
IDENTIFIED_DEAD = re.compile(rf"""(?:(?<=identified\s)|(?<![\w'’]))(?P<count>[Tt]he\s+(?:fatality|deceased(?:\s+
    (?:{_WHO_SINGULAR_NOUNS}))?))(?=(?:\s+(?:has|had)\s+been|\s+was|\s+is)?(?:\s+(?:since|later|now|officially))?\s+
    (?:(?<=been\s)|(?<=was\s)|(?<=is\s)|(?<=since\s)|(?<=later\s)|(?<=now\s)|(?<=officially\s))identified\s+as\s+
    (?:\d{{1,3}}-year-old\s+)?[A-Z]|\s+as\s+(?:\d{{1,3}}-year-old\s+)?[A-Z])\b""", re.VERBOSE)
# A weapon turned on oneself, up to the reflexive (see SELF_KILLED and SELF_SURVIVED): the weapon may have a word
# before it ("turning his hunting rifle on himself") or be named by its model ("turned an AK-47 on himself").
_TURNED_ON = r"""(?:turning|turned|turns)\s+(?:the|his|her|an?)\s+(?:[\w'’.-]+\s+)?
    (?:gun|weapon|rifle|pistol|handgun|shotgun|knife|firearm|revolver|AK-47|AR-15)\s+on\s+"""
# The attacker's own death told as a second verb of the sentence's subject: "shot his mother and sister before turning
# the gun on himself", "killed her two daughters before killing herself", "and then took his own life", "and then
# committed suicide" (one more dead; a reflexive right after the subject's own verb, "The gunman killed himself", "The
# boy shot and killed himself", is the subject's count); and, as the sentence's first verb, a gun turned on oneself
# with the death told right after it, or a shot that killed oneself: "The shooter later turned the gun on himself and
# died at the scene", "He turned the gun on himself and was pronounced dead", "shot himself dead" (turned alone, with
# no death told, stays out, and so does where the shot struck: "shot himself dead center in the chest").
SELF_KILLED = re.compile(rf"""\b(?:(?:(?:before|then)\s+(?:shooting\s+and\s+|shot\s+and\s+)?|(?<!shot\s)(?<!shooting\s)and\s+)
    (?:then\s+|later\s+)?(?:(?:killing|killed|kills|fatally\s+shooting|fatally\s+shot)\s+
      |{_TURNED_ON}
      |(?:taking|took|takes)\s+(?=(?:his|her)\s+own\s+life\b)
      |(?:committing|committed|commits)\s+(?=suicide\b))
    |{_TURNED_ON}(?=(?:him|her)self,?\s+(?:and\s+)?(?:later\s+)?(?:died|dying|killing\s+(?:him|her)self
      |was\s+(?:later\s+)?pronounced\s+dead)\b)
    |shot\s+(?=(?:him|her)self\s+dead\b(?!\s+cent(?:er|re)\b)))
    (?P<self>himself|herself|(?:his|her)\s+own\s+life|suicide)\b""", re.I | re.VERBOSE)
SELF_STEMS = ("self", "own life", "suicide")
# ... unless the sentence leaves it open or tells the attacker alive: "the possibility the man shot his mother before
# turning the gun on himself", "turned the gun on himself and was taken to a hospital in critical condition".
SELF_UNSTATED = re.compile(r"""\b(?:possib\w*|whether|if|may|might|could|would|unclear|determine|tried|attempt\w*|
    surviv\w*|critical|stable|condition|hospital\w*|injur\w*|wound\w*|recover\w*)\b""", re.I | re.VERBOSE)
# A gun turned on oneself with the attacker told alive right after it is an injury, as the guidelines count one shot
# who survived: "he turned the gun on himself but survived", "turned the gun on himself and is in critical condition".
SELF_SURVIVED = re.compile(rf"""\b{_TURNED_ON}(?P<self>himself|herself)(?=,?\s+(?:and|but)\s+(?:(?:was|is|remains|remained)\s+)?
    (?:survived|in\s+(?:critical|serious|stable|grave)\s+condition|hospitali[sz]ed)\b)""", re.I | re.VERBOSE)
FATAL_AFTER = re.compile(r"[^.;]{0,30}?\b(?:fatal|deadly|mortal)\b", re.I)
_BODY_FOUND_VERBS = "found|discovered|recovered|pulled|located"
BODY_FOUND = re.compile(r"(?:\s+[\w'’-]+){0,6}?\s+(?:was|had\s+been|has\s+been|is)\s+(?:later\s+)?"
                        rf"(?:{_BODY_FOUND_VERBS})\b")
# ... or the finding told before it: "Crews recovered a body from the river", "Divers pulled a third body from the lake"
# (not a body whose own noun follows, "found the body of a man", which "body of" counts).
BODY_FOUND_BEFORE = re.compile(rf"\b(?:{_BODY_FOUND_VERBS}|retrieved)\s+$")
BODY_FOUND_REACH = 12  # (the characters read before the body's determiner: the verb and a space)
# (or said to have been: "there was one arrest", "there have been two arrests")
ARREST_MADE = re.compile(r"\b(?:(?:made?|making|makes|announced|after|following|since)\s+(?:\w+\s+){0,2}"
                         r"|[Tt]here\s+(?:was|were|(?:has|have|had)\s+been)\s+(?:(?:also|only|just)\s+)?)$")
ARREST_WAS_MADE = re.compile(r"\s+(?:was|has\s+been|had\s+been)\s+made\b")
# A headline opening on an arrest made, its helper verb left out: "Arrest made in fatal shooting of Colorado Springs
# teen", "Second arrest made in ..." (the plural, "Arrests made", gives no number).
ARREST_HEADLINE = re.compile(r"(?P<noun>(?:(?:First|Second|Third|Fourth|Another|New)\s+)?[Aa]rrest)\s+[Mm]ade\b")
ARREST_HEADLINE_STEMS = ("arrest ", "first ", "second ", "third ", "fourth ", "another ", "new ")  # (a cheap first test)
# A verb's negation, read back from the verb: "didn't", " not", " never" (NOT_HELD reads one too).
_NEGATION = r"(?:n['’]t|\snot|\snever)"
# The same verb negated: "Police have not made an arrest", "Authorities had not made an arrest in the case".
ARREST_NOT_MADE = re.compile(_NEGATION + r"\s+(?:yet\s+)?(?:made?|making|makes|announced)\s+"
                             r"(?:\w+\s+){0,2}$")
PRONOUN = re.compile(_at_word_start("He", "he", "She", "she") + r"(?:'s|’s)?(?![\w'’])")
# "Him" / "her" as the object of a detention term in the past, a detained person of one: "chased the driver and
# arrested him", "before apprehending him" ("her" only where no noun can follow it: "arrested her on Sunday", not
# "arrested her husband"). A pronoun has no other-event marker of its own, so none is read in a sentence that dates
# or repeats the arrest ("arrested him on March 1, 2000", "two years before", "arrested him again", "recently"; an age
# is no date: "a 35-year-old"), nor after a habit ("the cops keep arresting him").
OBJECT_PRONOUN = re.compile(r"""(?<![\w'’])(?:him|her(?=\s*[.,;:!?)]|\s*$|\s+(?:in|into|on|at|after|before|for|and|without|
    outside|inside|near|from|during|when|while|as|until|but|early|late|later|shortly|last|this|Monday|Tuesday|
    Wednesday|Thursday|Friday|Saturday|Sunday)\b))(?![\w'’])""", re.VERBOSE)
# The dead told by the one who pronounced them so, found them or shot them, of a victim named by a pronoun:
# "Paramedics pronounced him dead", "A passerby found him dead", "before police shot him dead".
PRONOUNCED_DEAD = re.compile(r"\b(?:[Pp]ronounced|[Dd]eclared|[Ff]ound|[Dd]iscovered|[Ss]hot)\s+(?P<who>him|her)\s+dead\b")
# (a cheap first test: "pronounced him", "declared her", "found him", "shot him")
PRONOUNCED_STEMS = ("ed h", "nd h", "ot h")
# A victim named by a pronoun between "left" and the term that tells how they were left: "he left her brain-damaged
# and blind in one eye", "shot him and left him paralyzed" (a count of one, as "left a man paralyzed" is; not after
# "had", an earlier harm told beside the event: "had survived a car accident that had left him in a coma").
LEFT_PRONOUN = re.compile(r"\b(?:left|leaving|leaves|leave)\s+(?P<who>him|her)\b")
# An ordinal standing for one more victim, as a term's object or its subject: "killed two of them and critically
# wounded a third", "injuring a fourth", "two were killed and a third was wounded" (or, the helper left out, "a third
# injured"; or after "the": "the fifth was released from the hospital"), and "another" so ("killing one man and wounding another") (not before a noun or "of": "a third time", "a
# third of the town"; nor the anyone of the law's words, "causes the death of another").
ORDINAL_VICTIM = re.compile(r"""(?=[AaTt])(?<![\w'’])(?:(?:[Aa]n?|[Tt]he)\s+(?:second|third|fourth|fifth|sixth)|(?<!of\s)another)(?=\s*(?:[.,;:!?)]|$)|\s+(?:and|in|at|on|
    with|before|after|as|who|while|when|near|inside|outside|during|police|officials|authorities|was|is|died|remains|
    remained|injured|wounded|hurt|killed)\b)""", re.VERBOSE)
# (a cheap first test for ORDINAL_VICTIM: its words alone, fewer tests than each with its article)
ORDINAL_STEMS = ("second", "third", "fourth", "fifth", "sixth", "another")
# "Into custody" after the pronoun, which with "took" or "taking" before it makes it a detained person of one, as a
# counted group taken so is (AROUND_AFTER): "took him into custody", "before taking her into custody" (not the plain
# "take", an intent: "to take him into custody").
PRONOUN_CUSTODY = re.compile(r"\s+into\s+(?:police\s+)?custody\b")
PRONOUN_CUSTODY_REACH = 8  # (how far before the pronoun "took" is looked for: the verb and its space)
OBJECT_TERM_END = re.compile(r"""(?:[a-z]ed|(?:\b(?:before|after|while|upon)\s+)[a-z]+ing)\s+$""")
OBJECT_DATED = re.compile(r"\b(?:(?:19|20)\d\d|(?<!-)(?:years?|months?|decades?)(?!-)|again|previously|earlier|recently)\b",
                          re.I)
# Capitalised words that start sentences or name bodies, never a victim's name (nor the adjectives a headline
# capitalises: "Shooting Leaves Woman Dead and 2 Hurt", "Miami Teen Hurt in Shooting", "Teen Arrested in Shooting").
NOT_NAMES = frozenset(
    """the a an this that these those his her their its our my he she they it we i you police officers officials
    authorities investigators detectives deputies witnesses troops soldiers government state city county
    department office sheriff news hospital center centre parish street avenue road university school church bank
    court army navy ministry media agency committee council security service forces guard national united
    bar grill lounge club restaurant cafe pub tavern motel hotel inn mall market store shop park plaza apartments
    station airport mosque temple stadium arena theater theatre boulevard drive lane highway bridge village
    monday tuesday wednesday thursday friday saturday sunday january february march april may june july august
    september october november december one two three four five six seven eight nine ten several some many
    both all no none there here when after before while since according earlier later meanwhile also but and
    breaking update photos video watch click read related associated press reuters afp
    dead hurt arrested detained in at near into""".split()
)  # (the last, prepositions opening a place: "In Baghdad, 25 were killed")

# Between a count and the casualty term that follows it: auxiliaries, adverbs, "shot and", and a relative pronoun
# ("who", or "all of whom" for the whole group: "Four men, all of whom were arrested, were later released").
_FILLER = r"""(?:were|was|are|is|have|has|had|been|being|be|got|get|reportedly|allegedly|also|all|both|later|
    now|initially|eventually|finally|quickly|subsequently|remain|remained|remains|still|left|already|believed|feared|presumed|
    confirmed|reported|thought|known|said|to|just|each|apparently|likely|officially|since|ultimately|
    seriously|critically|badly|severely|slightly|gravely|lightly|moderately|internally|shot|stabbed|beaten|struck|and|
    who|that|which|all\s+of\s+whom|each\s+of\s+whom|found|listed\s+as|listed|then|immediately|instantly|were\s+taken|currently|tragically|accidentally|
    reportedly|later|both|then|subsequently|back|so\s+far)"""
# Where a victim was hit, between "shot" and the term ("was shot in the leg and taken to a hospital", "was shot
# twice in the chest and died", "had been shot at the home and were being treated at hospitals"): body parts as news
# reports name them, and the home or the scene.
_BODY_PARTS = r"""head|chest|legs?|arms?|back|shoulders?|stomach|abdomen|neck|face|foot|feet|hands?|hips?|thighs?|
    buttocks?|torso|knees?|ankles?|groin|side|eyes?|jaw|wrists?|elbows?|upper\s+body|lower\s+body"""
_WHERE_HIT = ["once", "twice", r"one\s+time",
              *(rf"{n}\s+times" for n in ("multiple", "several", "two", "three", "four", "five")),
              *(rf"{p}\s+(?:the|his|her|their|both)\s+(?:(?:left|right|upper|lower)\s+)?(?:{_BODY_PARTS})"
                for p in ("in", "to")),
              r"at\s+(?:the|a|his|her|their)\s+(?:home|house|residence|apartment|scene)"]
# A named hospital the victim was taken to, before the term that tells how they were ("The teen was transported
# to Eskenazi Health in good condition"): capitalised words, so that the place is no victim of its own, and how the
# victim got there on no one's help ("went to Harlem Hospital on his own, and is expected to be okay").
# The same place right after the victim, whom rescuers took there: "Paramedics took the woman to Mercy Hospital in
# serious condition" (not the agent who did: "was taken by a friend to", see _category_after).
_NAMED_PLACE = r"""to\s+(?-i:[A-Z])[\w'’.-]*+(?:\s+(?:of\s+)?(?-i:[A-Z])[\w'’.-]*+){0,4}
             (?:\s+(?:on\s+(?:his|her|their)\s+own|by\s+(?:himself|herself|themselves)))?"""
_TAKEN_TO = [rf"{verb}\s+(?:first\s+)?{_NAMED_PLACE}"
             for verb in ("taken", "transported", "rushed", "brought", "driven", "flown", "airlifted", "went")] + [_NAMED_PLACE]
# A part of the casualties named before them: "Two policemen were among the dead", "among those killed".
_AMONG = [r"among\s+(?:the|those)"]
# A future that holds the present: "will remain in custody", "will also remain hospitalized".
_WILL_REMAIN = [r"will(?=(?:\s+(?:also|still))?\s+remain\b)"]
# A reflexive that stresses the subject after its auxiliary: "Wesley, who was himself injured", "were themselves hurt".
_STRESSED = [r"was\s+(?:himself|herself)", r"is\s+(?:himself|herself)", r"were\s+themselves", r"are\s+themselves",
             r"been\s+(?:himself|herself|themselves)"]
# A hedge on what happened, which still gives the figure: "at least four people may have been injured" (not "could
# have been" or "might have been", which may tell what did not happen).
_MAY_HAVE_BEEN = [r"may(?=\s+have\s+been\b)"]
# A finding of the suspect before the term, in a verb of its own: "was identified and arrested", "was located and
# taken into custody" ("found" is a filler word already); and the state a victim was found in: "was found unresponsive
# and later pronounced dead", "found unconscious and taken to a hospital" (found so: "the victim was unresponsive and
# suffering from a gunshot wound" is the dying man's state, no injury of its own).
_FOUND_AND = [r"identified(?=\s+and\s)", r"located(?=\s+and\s)", r"found\s+unresponsive(?=\s+and\s)",
              r"found\s+unconscious(?=\s+and\s)"]
# A court's order that keeps the subject held: "was ordered to remain in custody", "was ordered held without bail".
_ORDERED = [r"ordered(?=\s+(?:to\s+remain|held|detained|jailed)\b)"]
_DISCOVERED = ["discovered"]  # ("Three people were discovered dead", as "found dead")
# Where the victims came to be: "Three people wound up dead", "two men ended up in the hospital" (not "how he ended
# up with a gunshot wound", often asked of the dead).
_ENDED_UP = [rf"{verb}\s+up(?=\s+(?:dead|in\s+(?:the\s+)?hospital|being)\b)" for verb in ("wound", "ended")]
# Where the victims were, right after them ("the three people inside died", "two men nearby were wounded", "150
# people aboard were killed", "All 62 people on board were killed"); kept out of _FILLER, whose words may also follow a
# name ("Teen Fatally Shot inside").
_WHERE_THEY_WERE = ["inside", "nearby", "aboard", r"on\s+board"]
# The hospital a victim is in, before the condition that tells the injury: "The police chief is in a Portland hospital,
# in critical condition" (ECB+ wire copy; a named town or hospital of up to three capitalised words); and the one a
# victim is at, before a condition or the wounds ("The two other men are at the hospital in serious condition", "Two
# teenagers are at Harborview Medical Center with life-threatening injuries").
_IN_HOSPITAL = [r"in\s+(?:a|the)\s+(?:(?-i:[A-Z])[\w'’.-]*\s+){0,3}hospital(?=,?\s+in\s+[\w-]+\s+condition\b)",
                r"""at\s+(?:(?:a|the)\s+)?(?:(?-i:[A-Z])[\w'’.-]*\s+){0,4}(?:hospital|medical\s+center)
                (?=,?\s+(?:in\s+(?:[\w-]+\s+){1,3}?condition\b|with\s))"""]
# How a victim came to be hit, or a suspect's charge, before the term that tells what came of it: "was caught in the
# crossfire and wounded", "has been charged and is being held at the county jail", "have been charged in the shooting
# and are in custody" ("charged" alone is no term).
_CAUGHT_OR_CHARGED = [r"caught\s+in\s+(?:the\s+)?crossfire",
                      r"""charged(?:\s+(?:in|with)\s+(?:(?!(?:who|which|that)\b)[\w'’-]+\s+){0,5}?
                      (?!(?:who|which|that)\b)[\w'’-]+)?(?=\s+and\s)"""]
# What a person is to the police, after the noun: "a person of interest in custody", "Two persons of interest were
# detained".
_OF_INTEREST = [r"of\s+interest"]
# The ages of the victims as a range: "Four boys between ages 12 and 16 were wounded", "Three men ages 19 to 24",
# "seven children aged from one to 12".
_AGE_RANGE = [r"between\s+(?:the\s+)?ages?\s+(?:of\s+)?\d{1,2}\s+(?:and|to)\s+\d{1,2}",
              r"ages?\s+\d{1,2}\s*(?:to|and|-|–)\s*\d{1,2}",
              r"aged\s+(?:from\s+)?(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)\s*(?:to|and|-|–)\s*\d{1,2}"]
# The day a victim was hit, after "shot" or "stabbed" and before "and" and the term that tells what came of it: "A man
# was shot on Friday and died", "was stabbed early Sunday and later died" (only before "and": a day before the term
# itself is no filler news writes, "Two were Friday killed").
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_DAY_PART_AND = r"(?:\s+(?:morning|afternoon|evening|night))?(?=\s+and\s)"  # (a part of the day, then "and")
_WHEN_HIT = [rf"{lead}(?:{'|'.join(_WEEKDAYS)}){_DAY_PART_AND}" for lead in (r"on\s+", r"early\s+", r"late\s+")] + [
    day + _DAY_PART_AND for day in _WEEKDAYS]
# A total told as such after the victims: "Seven people in all were killed", "seven people total were shot".
_IN_ALL = [r"in\s+all", r"in\s+total", "total", "altogether"]
# A deed done to the victim before "and" and the term that tells what came of it: "A man was attacked and killed",
# "A woman was robbed and shot dead", "was assaulted and injured".
_ASSAULTED_AND = [rf"{verb}(?=\s+and\s)" for verb in ("attacked", "assaulted", "robbed", "raped", "tortured", "ambushed",
                                                       "carjacked")]
# Hit by gunfire, as "shot" ("was struck by gunfire and is in stable condition"; "stuck", a common typo for it); and
# hit before "and" ("A woman hit and killed by a motorist", as "struck and killed"; "A pedestrian was knocked down and
# killed", "run over and killed").
_HIT_BY = [rf"{verb}\s+by\s+(?:(?:the\s+)?gunfire|(?:a\s+)?(?:stray\s+)?bullets?)" for verb in ("hit", "struck", "stuck")] + [
    r"hit(?=\s+and\s)", r"knocked\s+down(?=\s+and\s)", r"run\s+over(?=\s+and\s)"]
# Hit by a vehicle, before "and" and the term that tells what came of it: "A boy was hit by a car and died at the scene",
# "was struck by a pickup truck and seriously injured", "was run over by a bus and killed".
_HIT_BY += [rf"""{verb}\s+by\s+(?:a|an|the)\s+(?:[\w-]+\s+){{0,2}}?(?:car|vehicle|truck|pickup|van|bus|train|tram|
            motorcycle|suv|taxi|lorry)(?=\s+and\s)""" for verb in ("hit", "struck", r"run\s+over", r"knocked\s+down")]
# A survival set against the harm before the term that tells it: "was also shot, but is expected to recover", "was also
# struck but suffered injuries that weren't life-threatening", "was shot but is in stable condition" (only before a
# helper, a verb of suffering or a condition).
_BUT_ALIVE = [r"but(?=\s+(?:is|was|are|were|remains?|remained|suffered|sustained|in)\s)"]
_FILLER_WORDS = [w.strip() for w in _FILLER.strip()[3:-1].split("|")] + _WHERE_HIT + _TAKEN_TO + _AMONG + _WILL_REMAIN \
    + _STRESSED + _MAY_HAVE_BEEN + _ORDERED + _FOUND_AND + _HIT_BY + _WHERE_THEY_WERE + _IN_ALL + _CAUGHT_OR_CHARGED \
    + _OF_INTEREST + _ENDED_UP + _AGE_RANGE + _DISCOVERED + _WHEN_HIT + _IN_HOSPITAL + _ASSAULTED_AND + _BUT_ALIVE


# A place, an age range, what the victims belong to or a participle phrase after them: "from the Town of Shelby",
# "in his 20s", "at the party" (a short place in lower case, then a helper or a verb of suffering: "Two people at the
# party were killed", "Two other people inside the restaurant suffered minor injuries";
# not a named one, whose count may be another verb's object: "interviewing a woman and a man outside a Hawaiian
# Gardens apartment was fatally shot"), "of polygamous groups with ties to Utah" (before a plural auxiliary), a flight before the capture
# or the death ("fled the scene but was apprehended", "ran from officers and was later caught", "then fled into the
# cold night, without even a jacket, and was arrested": an adverb before it, an aside set off by commas in it),
# "sitting inside his parked vehicle" (up to six words after the participle, then an auxiliary), a part in the
# deed ("two officers involved in Saturday's shooting were arrested", "suspected of the robbery"; up to twelve
# words and no clause of their own: "Two men wanted in connection with the shooting death of a 5-year-old in Beloit
# are now in custody"), "shot in the ankle" (where a victim was hit, then an auxiliary: "A 23-year-old man shot in the
# ankle was taken to ..."), the shooting the victims were hurt in ("The four victims from the afternoon shooting are
# all in stable condition", "Another victim from Thursday's shooting has passed away"; not a part of the event
# itself: "Some of the shooting was captured live on Facebook"), or how
# the victim was hit before the death that followed, as headlines put it ("Girl shot at party dies", "Woman stabbed
# in Bronx dies": no word of a clause or an object of the participle in between).
_NOT_MEMBERS = r"""(?:who|whom|whose|that|which|where|and|but|or|when|while|after|before|were|was|are|is|have|has|had|one|
    two|three|four|five|six|seven|eight|nine|ten|\d)\b"""
# Words that open a clause of their own, which a short place in lower case never holds ("at the time he was
# arrested", "on the night he was killed": the verb is the pronoun's).
_NOT_PLACE_WORDS = r"(?:he|she|they|it|we|you|i|who|that|which|there|when|where)\b"
# The region set off by commas after a town: "in Bountiful, British Columbia,", "from Dayton, Ohio,"; or the town
# after a street, whose closing comma a helper verb may stand for ("of Newton Street, Millom was arrested").
_REGION = r"(?:,\s+(?-i:[A-Z])[\w'’.-]*+(?:\s+(?-i:[A-Z])[\w'’.-]*+){0,2}(?:,|(?=\s+(?:was|were|is|are|has|have|had)\s)))"
# (After "members of", "the" may open any group: "Eighteen members of the security forces were killed", "12 members of
# the extended Daya family were killed".)
_MEMBERS_OF = rf"""(?P<members>of|with)\s+(?:(?:the\s+same|one|the)\s+famil(?:y|ies)
      |(?<=members\sof\s)the\s+(?:(?!{_NOT_MEMBERS})[\w'’-]+\s+){{0,3}}?(?!{_NOT_MEMBERS})[\w'’-]+
      |(?!(?:the|them|those|whom|which|who)\b)(?:(?!{_NOT_MEMBERS})[\w'’-]+\s+){{0,5}}?
      (?!{_NOT_MEMBERS})[\w'’-]+{_REGION}?)(?=\s+(?:were|have\s+been|had\s+been)\s)"""
# (Every one of these alternatives opens on white space, which is read once, before them all: written in each,
# it was read anew by each in turn. None of them opens on white space itself, so the same space is read either way.)
# (The looks back for "some of", "all of" and the like are taken after the "of" they end on, so that they are run only
# where "of" stands, not before every word the alternative is tried at.)
_PLACE = r"""(?:\s+(?:(?:from|of|in|at)\s+(?:the\s+)?(?-i:[A-Z])[\w'’.-]*+(?:\s+(?:of\s+)?(?-i:[A-Z])[\w'’.-]*+){0,4}
      """ + _REGION + r"""?
    |in\s+(?:his|her|their)\s+(?:early\s+|late\s+|mid-)?\d0s
    |(?:at|in|on|inside|outside|near)\s+(?:the|a|an|their|his|her)\s+(?:(?!""" + _NOT_PLACE_WORDS + r""")(?-i:[a-z])+\s+){0,2}?
      (?!""" + _NOT_PLACE_WORDS + r""")(?-i:[a-z])+(?=\s+(?:were|was|are|is|have|has|had|suffered|sustained|received)\s)
    |""" + _MEMBERS_OF + r"""
    |(?:of(?<![Ss]ome\sof)(?<![Aa]ll\sof)(?<![Mm]ost\sof)(?<![Mm]uch\sof)(?<![Pp]art\sof)|from|in)\s+
      (?:the|a|an|(?-i:[A-Z])[\w'’-]*['’]s)\s+(?:[\w'’-]+\s+){0,3}?(?:shootings?|attacks?|incident|stabbing|
      rampage|massacre|ambush)(?=\s+(?:were|was|are|is|have|has|had|remains?|remained|died)\b)
    |(?:(?:then|later|quickly|immediately)\s+)?(?:fled|flees|escaped|ran|runs|drove|sped|took\s+off)
      (?:,?\s+(?!(?:who|whom|whose|that|which|and|but|or|when|while|because)\b)[\w'’.-]+){0,10}?,?\s+(?:but|and)
      (?=\s+(?:was|were|later|eventually)\b)
    |(?!(?:during|according|following|regarding|concerning|saying|telling)\b)(?-i:[a-z])+ing
      (?:\s+(?!(?:was|were|is|are|had|has)\s)[\w'’-]+){0,8}?(?=\s+(?:was|were|is|are|had|has)\s)
    |(?:involved|implicated|suspected|accused|wanted)\s+(?:in|of|for)
      (?:\s+(?!(?:who|whom|whose|that|which|where|when|while|and|but|or)\b)[\w'’-]+){1,12}?
      (?=\s+(?:was|were|is|are|had|has|have)\s)
    |(?:shot|struck|hit|stabbed|grazed)\s+(?:in|on)\s+(?:the|his|her|both)(?:\s+[\w'’-]+){1,4}?
      (?=\s+(?:was|were|is|are|had|has)\s)
    |(?:shot|stabbed|struck|hit|beaten|burned|run\s+over)(?:\s+(?!(?:who|whom|whose|that|which|and|but|or|as|when|
      while|before|after|because|then|his|her|their|him|them)\b)[\w'’.-]+){0,5}?(?=\s+(?:dies|died|succumbs|succumbed)\b)))?"""
# What a whole group shares, set off by commas after it, other than a list of ages: "Three others, ranging in age from
# 19 to 27, were taken to area hospitals", "Two other men, both 20 years old, were taken", "Seven victims, all males,
# were transported", "Four men and five women, all younger than 45, were injured", "all in their 20s", "two kids, 11
# and 13 years old, are in critical condition".
_GROUP_ASIDE = r"""(?:all|both)\s+(?:males|females|men|women|adults|juveniles|minors|teens|teenagers
      |\d{1,2}\s+years?\s+old|in\s+(?:their|the)\s+(?:early\s+|late\s+|mid-?)?\d0s|(?:younger|older)\s+than\s+\d{1,3})
    |ranging\s+in\s+age\s+from\s+\d{1,3}\s+to\s+\d{1,3}
    |\d{1,3}(?:\s*(?:,\s*and|,|and|&)\s*\d{1,3})+\s+years?\s+old"""
# A part of the group before it, set off by a comma: "one of them", "two of whom" (see INCLUDING_AFTER).
_PART_OF_THEM = r"(?:one|two|three|four|five|six|seven|eight|nine|ten|\d{1,3})\s+of\s+(?:them|whom)"
AFTER = re.compile(
    rf"""(?:\s*,\s*(?:ages?,?\s+|both\s+|all\s+)?\d{{1,3}}(?:\s*(?:,\s*and|,|and|&)\s*\d{{1,3}})*
      \s*(?:,|(?=\s+(?:was|were|is|are|has|have|had)\s)))?{_PLACE}
    (?:\s*,\s*(?:including|which\s+(?:also\s+)?included|among\s+them|mostly|many\s+of\s+them|most\s+of\s+them|
      {_PART_OF_THEM})\b(?:(?!\b(?:were|was|are|is|had|has|when|while|after|who|which)\b)[^.;]){{0,120}}?,)?
    (?:\s*,\s*(?:(?:ages?|aged)\s+\d[\d,\sandto-]{{0,30}}|{_GROUP_ASIDE}),)?
    (?:\s*\([^)]{{0,40}}\))?
    (?P<filler>(?:\s*,?\s+{_by_first_letter(_FILLER_WORDS, caseless=True)}\b){{0,8}})
    \s*,?\s+(?P<term>{_AFTER_TERMS})\b""",
    re.VERBOSE | re.IGNORECASE,
)
# Words after a term that make it no casualty: "held accountable", "treated as part of the family", and
# "fatally" opening a participle ("Van Dyke fatally shooting a teenager"), which is then the verb of the count
# before it, with its own object.
IDIOM_AFTER = {
    "held": re.compile(r"\s+(?:accountable|responsible|liable|in\s+contempt)\b", re.I),
    "treated": re.compile(r"\s+(?:as|like)\b", re.I),
    # remanded on bail is let go; a case is remanded back to a court or for a new trial
    "remanded": re.compile(r"\s+(?:on\s+(?:[\w-]+\s+)?bail|back|for\s+(?:a\s+)?(?:new\s+)?(?:trial|re-?sentencing|hearing))\b",
                           re.I),
    "fatally": re.compile(r"\s+[a-z]+ing\b"),
    "missing": re.compile(r"\s+(?:him|her|them|it|everyone|anyone)\b", re.I),  # the shot "missing him"
    # caught on camera, not in custody: "the gunman captured on video", "captured by the surveillance system"
    "captured": re.compile(r"""\s+(?:on|in|by)\s+(?:[\w'’-]+\s+){0,3}?(?:video|videos|camera|cameras|film|tape|footage|
        surveillance|cctv|photos?|images?)\b""", re.I | re.VERBOSE),
}
# A camera or a recording that "captured" the people after it ("surveillance footage captured the suspect leaving",
# "the tapes captured the chief of staff saying"), and the last words before the count a people's noun must follow for
# "captured" goods to be no one detained ("captured 40 firearms", "captured two Yemeni fishing boats";
# the nouns of people seized serve).
CAMERA_CAPTURED = re.compile(r"""\b(?:video|videos|footage|camera|cameras|cctv|surveillance|photos?|images?|recording|
    recordings|film|films|tapes?|lens)\s+(?:[\w'’-]+\s+){0,2}?captured\s+$""", re.I | re.VERBOSE)
CAPTURED_NATIONALS = re.compile(r"(?:\s+[A-Z][a-z]+)+(?:,?\s+and(?:\s+\d+)?(?:\s+[A-Z][a-z]+)+)?\s+([a-z]+)\b")
# A relative clause without commas after the victims ("A man who was shot Sunday has died"): where the clause
# may end (before a comma, a colon, a quotation mark, a bracket or a sentence glued to the next), how far it may
# run, and its word gaps.
RESTRICTIVE_WHO = re.compile(r"\s+who\s+(?=[a-z])")
# ... or one on "whose" and a noun, whose own verb comes first ("Two men whose names remain unreleased were arrested";
# "two men whose son was killed" are not the dead).
RESTRICTIVE_WHOSE = re.compile(r"\s+whose\s+[a-z]+\s+(?=[a-z])")
# That verb, told in full before the count's own may be looked for ("remain unreleased", "was shot"; not "were badly"
# of "whose children were badly injured", nor "has been" of "whose child has been killed").
WHOSE_VERB = re.compile(r"""\b(?:was|were|is|are|has|have|had|remains?|remained)\b(?:\s+(?:been|being|not|still|also))*\s+
    (?!(?:badly|seriously|critically|fatally|gravely|severely|slightly|been|being)\b)[a-z]+""", re.VERBOSE)
CLAUSE_STOP = re.compile(r"[,;:()\"“”!?]|\.(?=[A-Z])")
RELATIVE_REACH = 160
WORD_GAP = re.compile(r"\s+(?=[\w'’])")
SINGULAR_NOUNS = frozenset(t for t, c, p in CASUALTY_TERMS if p == "singular")
# Helper verbs that make a term finite ("has died", "was arrested"), and relative words that open a clause of
# its own ("who died").
HELPER = re.compile(r"\b(?:was|were|is|are|has|have|had|been|be|got|gets?|remains?|remained)\b", re.I)
RELATIVE_WORD = re.compile(r"\b(?:who|that|which)\b", re.I)
# Where the words after a participle stop being the clause of its victim: a clause break, a conjunction, or
# "and" before a new subject ("Five people died and others were wounded", "arrested after a man dies").
MAIN_STOP = re.compile(r"""[,;:()"“”!?]|\.(?=[A-Z])|\b(?:after|before|when|while|where|because|until|since|but|as|if|
    though|although|who|that|which)\b|\band\s+(?:the|a|an|his|her|their|its|another|other|others|more|one|two|three|
    four|five|\d|he|she|they|it|we|police|officers)\b""", re.I | re.VERBOSE)
# A relative clause set off by commas right after its victim ("The gunman, who was also wounded in the shootout,
# was arrested"): the clause's closing comma is no stop, and the main verb follows it.
COMMA_RELATIVE = re.compile(r",\s+(?:who|which)\s")
# Terms that are a finite verb on their own, with no helper before them ("who was shot Sunday died").
INTRANSITIVE_DEATH = frozenset({"died", "dies", "succumbed", "passed away"})
# The reflexive object of a bare term that makes its subject the victim ("killed himself").
REFLEXIVE_OBJECTS = (" himself", " herself", " themselves")
# A word before a count that makes it an object, never the subject of a verb after it: "shot by her child has
# died", "one of four people shot", "shot three women and then killed himself" ("were both taken" is no subject
# either).
OBJECT_LEAD = re.compile(r"\b(?:by|of|with|to|for|from|at|in|on|over|about|into|during|after|before|against|"
                         r"shot|hit|struck|[a-z]+ed)\s+$")
# An infinitive of what is to come between the victims and the term ("are likely to be displaced", "were to be
# executed"), unlike one of what is known or found ("were found to have been killed", "are feared to have died").
TO_COME = re.compile(r"\b(?:likely|unlikely|were|was|is|are)\s+to\b", re.I)
# A condition or time still to come before the people held, then a present-tense helper right before the term: "will
# not release the suspect's name until he is arrested", "once they have been detained" (the past, "until he was
# arrested", tells what happened; "once he is released from the hospital" still tells a wound, so only detentions).
CONDITION_ENDS = (" until ", " unless ", " once ", "Once ", "Until ", "Unless ")
CONDITION_PRESENT = re.compile(r"\s+(?:is|are|gets?|(?:has|have)\s+been)\s*")
# An intent to have people suffer a term, before the victims: "threatened to have 20 people arrested", "plotted to get
# a rival killed" (a plain infinitive after an intent, "plotted to kill dozens", is never read as a claim).
# (An arrangement is an intent too: "arranged to have witnesses killed".)
_INTENT_VERBS = r"""(?:threat\w*|plott?\w*|plann?\w*|vow\w*|intend\w*|tr(?:y|ies|ied|ying)|attempt\w*|want\w*|
    conspir\w*|sought|seek\w*|aim\w*|hop(?:e|es|ed|ing)|wish\w*|order\w*|arrang\w*)"""
INTENT_CAUSE = re.compile(rf"\b{_INTENT_VERBS}\s+to\s+(?:have|get|see)\s+$", re.I | re.VERBOSE)
INTENT_ENDS = ("to have ", "to get ", "to see ")
# A count in an "including" aside after the victims of such an intent: "arranged to have witnesses, including those
# two young girls, killed" (the aside's count is no more a claim than the victims it belongs to).
INTENT_INCLUDING = re.compile(rf"""\b{_INTENT_VERBS}\s+to\s+(?:have|get|see)\s+(?:[\w'’-]+\s+){{0,2}}?[\w'’-]+,\s+
    including\s+(?:those\s+|these\s+|the\s+)?$""", re.I | re.VERBOSE)
INCLUDING_REACH = 20
NAME_AS_SOURCE = re.compile(r"(?:\b(?:according\s+to|citing|by|told)|,\s*(?:said|says))\s+$", re.I)
# A sentence that opens on its source, whose name a title may come before ("According to BPD Public Information
# Officer Michaela Sims, a police officer ... sustained a gunshot wound"): every name before the first comma is the source's
# (a rank's abbreviation is no stop: "According to Troy Police Capt. Bob Redmond, he ...").
# (The ranks police and army copy abbreviates before a name; _TITLES adds the other titles.)
_RANK_TITLES = "Capt Sgt Det Lt Col Gen Maj Cpl Ofc Dep Insp Supt Cmdr".split()
SOURCE_OPENING = re.compile(r"(?:According\s+to|Citing)\s(?:[^,;:.]|\b(?:" + "|".join(_RANK_TITLES) + r")\.)*$")
# What may follow a victim's name: a comma, a term's first word, a filler word ("was", "later") or "and".
_NAME_NEXT_WORDS = sorted(
    ({t.split()[0] for t, c, p in CASUALTY_TERMS if c != "victim" and p in ("after", "both")} - {"took"})
    | set(re.findall(r"[a-z]+", _FILLER)) | {"and", "who", "of", "under", "surrenders"},
    key=len, reverse=True,
)  # (not "took", of "took his own life": "killing Lewis, Syed took one of the trucks" starts a clause of its own)
# (the words as a trie of characters, see _deep_alternation: a word that no term, filler or "and" opens is rejected
# on a letter or two, not tried against each word in turn)
# (and a title-case headline's "Dies" or "Died": "Vincent 'The Chin' Gigante Dies in Prison", "Esther Williams Dies
# at 91")
NAME_NEXT = re.compile(rf"\s*,|\s+(?:{_deep_alternation([_pieces(w) for w in _trie_order(_NAME_NEXT_WORDS)])})\b"
                       r"|\s+(?:Dies|Died)\b")
# An age after a name's suffix with no comma before it, as some copy writes it: "Larry Watkins Jr. 26, were also
# injured" (the age is set off like an apposition; the suffixes NAMED takes in a name).
# (NAMED ends "Jr." and "Sr." before their stop, which the age's pattern takes.)
NAME_SUFFIXES = (" Jr", " Sr", " Jr.", " Sr.", " II", " III", " IV")
SUFFIX_STOPPED = (" Jr", " Sr")  # (the suffixes whose stop NAMED leaves out)
# The stop and an age set off by commas after it: "Anthony Hunt Jr., 36, was arrested" (not an age the dash ends:
# "killed Ralphael Davis Jr., 16 — who ..."; and only after a full name, not a child listed by given name after the
# group that counts it: "three children: Liana, 8; Mark Jr., 5, and Willow, 2").
SUFFIX_COMMA_AGE = re.compile(r"\.,\s+\d{1,3},\s")
# A name's suffix set off by commas, before an apposition: "W. Mark Felt, Sr., the number 2 man at the FBI, died".
COMMA_SUFFIX = re.compile(r",\s+(?:Jr|Sr)\.?(?=,)")
COMMA_SUFFIX_STARTS = (", Jr", ", Sr")
SUFFIX_AGE = re.compile(r"\.?\s+\d{1,3},(?=\s)")
# Nouns that count on their own right after a figure: "12 deaths", "three arrests", "40 casualties".
# Victim nouns that are casualty nouns as well ("refugees", "hostages"): a count of them is one of that category.
NOUN_VICTIMS = frozenset(t for t, c, p in CASUALTY_TERMS if p == "noun") & frozenset(
    t for t, c, p in CASUALTY_TERMS if p == "plural")
# "Lives" counts the dead only when they were taken or lost ("claimed 17 lives", "cost 12 lives", "17 lives were
# lost"), not when saved, changed or shattered.
LIVES_TAKEN = re.compile(r"\b(?:claim(?:ed|ing|s)?|tak(?:en|ing|es)|took|cost(?:ing|s)?|los(?:t|ing))\s+$", re.I)
LIVES_LOST = re.compile(r"\s+(?:(?:were|have\s+been|had\s+been|was)\s+)?lost\b")
# (with a word that sets them beside others: "two other arrests have been made", "two additional deaths"; not
# "more", which may add to a tally of other events: "just two more arrests that we've had", save before "bodies", which
# are always this event's found dead: "Two more bodies were found")
# (or the word that tells it new or counted: "12 new deaths", "3,000 confirmed deaths", "2,000 arbitrary arrests"; not
# "-related", which counts a country's statistics: "32 firearms-related deaths among law enforcement")
NOUN_AFTER = re.compile(rf"[\s-]+(?:(?:other|additional|further|new|confirmed|reported|recorded|known|arbitrary|more(?=\s+bodies\b))\s+)?"
                        rf"(?P<term>{_NOUN_TERMS})\b", re.IGNORECASE)
# "Arrest" and "fatality" in the singular after "one": "there was one arrest", "police made one arrest", "Police
# confirmed one fatality" (not "one arrest warrant").
ONE_NOUN = re.compile(r" (?P<term>arrest(?!\s+warrants?\b)|fatality)\b", re.IGNORECASE)
ONE_NOUN_CATEGORY = {"arrest": "detained", "fatality": "killed"}
# The same after "of" and a vague amount: "dozens of arrests", "hundreds of casualties".
VAGUE_NOUN = re.compile(rf"\s+of\s+(?P<term>{_NOUN_TERMS})\b", re.IGNORECASE)
# An animal last in a list of victims, passed over to reach the term after it: "his girlfriend and their dog were
# found dead" (animals are no claim).
ANIMAL_NOUNS = [w for w in read_text("casualty_animals.txt").splitlines() if w and not w.startswith("#")]
# Last words of a name that make it a company, a building or a body ("both Freight Car America and Norfolk Southern
# have been evacuated"): no person.
BODY_NAME_ENDS = frozenset(w for w in read_text("casualty_body_names.txt").splitlines() if w and not w.startswith("#"))
ANIMALS = frozenset(ANIMAL_NOUNS)
# A part of a group of animals after a count: "injuring one of the family dogs", "killed two of their horses".
ANIMAL_PART = re.compile(rf"\s+of\s+(?:the|their|his|her|its|our)\s+(?:[\w'’]+\s+){{0,2}}?"
                         rf"(?:{_alternation(ANIMAL_NOUNS)})\b")
ANIMAL_MEMBER = re.compile(rf"\s+and\s+(?:[\w’'-]+\s+)?(?:family\s+|pet\s+)?(?:{_alternation(ANIMAL_NOUNS)})\b",
                           re.IGNORECASE)
# A hospital that treats the mind, which a term's wildcard took in: "was sent to the state hospital" names no injury.
MENTAL_HOSPITAL = re.compile(r"\b(?:state|mental|psychiatric)\s+hospital")
# "Resulted in" right before a figure (a cheap lead, read where the figure is counted: see _numeric_counts).
_RESULT_IN = r"result(?:ed|ing|s)?\s+in"
RESULTED_IN = re.compile(rf"\b{_RESULT_IN}\s+$", re.I)
LEFT_BEFORE = re.compile(rf"\b(?:left|leaving|leaves|{_RESULT_IN}|end(?:ed|ing|s)\s+with)\s+$", re.I)
# (or "resulted in one person dead", "a spree that ended with a woman dead")
# Verbs of finding before a single victim, which "dead" after it then describes ("police found a man dead").
FOUND_BEFORE = re.compile(r"\b(?:found|finds|discovered|discovers)\s+$", re.I)
NOT_INJURY = re.compile(r"""\s+for\s+(?!(?:[\w-]+\s+){0,3}?(?:injur|wound|burn|cuts?\b|broken|fractur|gunshot|bullet|
    smoke|trauma|bruis|graze|lacerat|stab))""", re.I | re.VERBOSE)
# A hospital visit only to be checked, after a term that takes the victim there: "taken to the hospital for
# evaluation" (not "for evaluation of his wounds"), "for a medical clearance", "for observation", "for assessment",
# "for a check-up", "as a precaution", "to be checked out", or after an arrest ("taken to hospital after being
# arrested", "for treatment after his arrest": a suspect checked in custody); the rest of the hospital's name may come
# first ("Queens Hospital Center to be checked out").
ONLY_CHECKED = re.compile(r"""(?:\s+(?-i:[A-Z])[\w'’.&-]*){0,3}\s+(?:for\s+(?:a\s+|an\s+)?(?:medical\s+clearance|evaluation|observation|assessment|check-?up)(?!\s+of\b)
    |as\s+a\s+precaution|to\s+be\s+(?:checked|evaluated|examined)
    |(?:for\s+(?:medical\s+)?treatment\s+)?(?:shortly\s+)?after\s+(?:being\s+(?:arrested|detained|taken\s+into\s+custody)
      |(?:his|her|their)\s+arrests?))\b""", re.I | re.VERBOSE)
HOSPITAL_ENDS = ("hospital", "hospitals", "center", "centre")  # (the ends of the terms that take a victim there)
# ("two women and a baby are dead", "wound up dead", "Man, 25, shot dead in Bronx")
# ("A British climber feared dead after an avalanche", "A pilot presumed dead": the hedged death of wire briefs)
_HEDGES = "feared|presumed|believed"
DEAD_STATE = re.compile(rf"\b(?:found|is|was|were|are|been|left|up|shot|{_HEDGES})\b")
# What follows "dead" right after a single victim in a headline, which tells the death with no verb: a preposition of
# its time or place, a pause or the end ("Man dead after shooting in Bronx", "Gunman dead after standoff; two officers
# wounded"; not "stopped the man dead in his tracks", see DEAD_IDIOM).
DEAD_HEADLINE_AFTER = re.compile(r"\s*(?:[,;:]|$)|\s+(?:after|following|in|at|on|outside|inside|near)\s(?!(?:his|her|its|their)\s+tracks\b)")
# A hedge with no auxiliary may be the count's own verb, with "dead" the adjective of its object ("Villagers feared
# dead bodies would be found"): the hedged death must end there, before a pause, a preposition or a conjunction.
HEDGE_ONLY = re.compile(rf"^\s*(?:{_HEDGES})\s*$", re.I)
HEDGED_DEAD_END = re.compile(r"""(?:\s*(?:[,.;:!?)]|$)|\s+(?:after|in|on|at|since|following|when|as|and|but|by|from|off|near|
    inside|under|with|while|during|before|amid|for)\b)""", re.VERBOSE)
# "dead" as an intensifier, not a death: "she is dead wrong", "dead set against" ("dead last" and "dead even"
# are left out: "found dead last week", "found dead even though ..."); and "dead or alive", a question left open
# ("weren't sure if Shayne ... was dead or alive"); "dead center" is an aim ("he shot himself dead center in the chest").
DEAD_IDIOM = re.compile(r"\s+(?:wrong|serious|set|heat|tired|certain|sure|broke|silent|quiet|or\s+alive|center|centre)\b",
                        re.I)
PASSIVE = re.compile(r"\b(?:were|was|are|is|been|being|be|got|get)\b", re.I)
# A perfect's auxiliary, after which only "been" makes the verb passive: "is believed to have killed his wife" is
# active, though "is" comes first ("has been killed" stays passive).
PERFECT = re.compile(r"\b(?:have|has|had)\b", re.I)


def _passive(filler: str) -> bool:
    """Whether the words between a count and its term make the term passive (see PASSIVE), read after the last
    perfect auxiliary when there is one (see PERFECT)."""
    ends = [m.end() for m in PERFECT.finditer(filler)] if "ha" in filler.lower() else None
    return PASSIVE.search(filler, ends[-1] if ends else 0) is not None


OBJECT = re.compile(r"\s+(?:\d|(?:a|an|the|his|her|their|its|him|them|one|two|three|four|five|six|seven|eight|"
                    r"nine|ten|dozens|hundreds|thousands|at\s+least|more\s+than|about|some|several|"
                    r"another)\b|(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|"
                    r"March|April|May|June|July|August|September|October|November|December|In|At|On|Near|During|"
                    r"After|Before|Outside|Inside|By|For|From|With|Over|Following|Amid|While|When|As)\b)[A-Z][a-z])")
LOWER_WORD = re.compile(r"\s+([a-z]+)\b")
# A demonstrative after a transitive term that opens its object, not a time: "the time Klitschko held that title", "two
# gunmen killed those guards" (not "three people killed that night", "arrested that same day", nor a relative "that":
# "two men killed that were never named").
DEMONSTRATIVES = frozenset({"this", "that", "these", "those"})
DEMONSTRATIVE_OBJECT = re.compile(r"""\s+(?:this|that|these|those)\s+(?!(?:same|very|early|late|night|nights|morning|
    mornings|afternoon|evening|day|days|week|weeks|weekend|month|months|year|years|time|times|summer|winter|spring|fall|
    autumn|season|hour|hours|moment|period|date|decade|was|were|is|are|had|has|have|would|could|will|may|might|he|she|
    they|it|we|i|you|the|a|an|his|her|their|its|police|officers|authorities)\b)[a-z]""", re.VERBOSE)
# Words that may follow a passive verb without a helper ("three people killed in a crash"): not objects.
NOT_OBJECTS = frozenset(
    """in at on by during after before while when near outside inside last early late this that yesterday
    today tonight overnight and or but with as for from to following since until amid over under about around
    across along behind between into onto upon within without early later earlier monday tuesday wednesday
    thursday friday saturday sunday morning afternoon evening night so too also then there here again
    received suffered sustained remain remains remained""".split()
)  # (the last, main verbs after a participle term: "The six others wounded received non-life threatening injuries")
# Adverbs of time that may stand between a transitive term and its object or none: "with Mr Roe arrested shortly
# afterwards" (no object), "killed instantly two men" (an object after them: the count did it).
TIME_ADVERBS = frozenset("shortly soon afterwards afterward immediately quickly subsequently eventually instantly".split())
# A plural verb right after a transitive term, which then stands as the noun of the victims: "the 80 wounded were taken
# to hospital", "30 of the 80 injured remained in hospital" (not an object: the count did not do it).
PLURAL_VERBS_AFTER = frozenset({"were", "are", "remain", "remained", "remains", "have", "had"})
# ... and the singular verb of a part taken of the group, which follows the group's term: "One of the five victims
# killed has been identified" (the group after "of the", with its own term, is a figure).
SINGULAR_VERBS_AFTER = frozenset({"has", "was", "is"})
PART_LEADS = ("of the ", "of those ")
PART_DETERMINERS = frozenset({"the", "those", "these"})  # (and the part itself: "One of the men killed was gunned down")


def _after_part_lead(sentence: str, at: int) -> bool:
    """Whether the words before offset `at` take a part of a group that starts there ("two of the three victims"):
    one of PART_LEADS."""
    return sentence.endswith(PART_LEADS, 0, at)


def _in_partitive(sentence: str, c: _Count) -> bool:
    """Whether count c is either side of a part taken of a group: the group after one of PART_LEADS ("One of the
    five victims killed has been identified"), or the part before " of" and its group ("One of the men killed")."""
    return _after_part_lead(sentence, c.start) or (
        bool(c.who) and sentence.startswith(" of ", c.end) and c.who.split()[0].lower() in PART_DETERMINERS)
SELF_WOUND_CAUSE = re.compile(r"\b(?:gun|handgun|rifle|pistol|shotgun|firearm|weapon|shooting|shot|gunshot|gunfire)s?\b",
                              re.I)
REFLEXIVE = re.compile(r"\s+(?:himself|herself|themselves)\b", re.I)

# A casualty term right before a count: "killing at least 14", "wounded another 20", "death toll rose to 49".
# "The number of dead rose to 31", "put the number of people injured at 200": the category the number counts.
NUMBER_OF_CATEGORY = {"dead": "killed", "deaths": "killed", "killed": "killed", "fatalities": "killed",
                      "injured": "injured", "wounded": "injured", "injuries": "injured", "arrested": "detained",
                      "detained": "detained", "arrests": "detained", "detainees": "detained", "missing": "missing",
                      "displaced": "displaced"}
# The casualties named before the victims they include: "Among the dead were three children"; and a term put first,
# opening the sentence or after "also": "Also wounded were four patrons", "Killed was a 20-year-old man".
# (A count after "all" is the whole of a group: "killed all 62 people aboard"; one after "a family of" the members of a
# household: "killed a family of eight".)
_AMONG_TERMS = _alternation(t for t, c, p in CASUALTY_TERMS if p == "before" and t.startswith("among "))
# The verbs right before a toll's figure, after the toll or "the number of" the dead or hurt ("the death toll has
# reached 40", "topped 100", "is 12"; each pattern adds "to" and "at": "rose to", "stands at").
_TOLL_VERBS = r"reache[sd]|hits?|pass(?:es|ed)|tops|topped|exceed(?:s|ed)|surpass(?:es|ed)|nears|neared|is|was|stands|stood"
# The verbs right before the figure of "casualties" put first, which the guidelines count injured: "Casualties from
# the earthquake reached 320", "Casualties among civilians have reached 1,200", "Casualties were estimated at 500" (the
# estimate a qualifier of the figure; only the verbs of a total: "casualties were taken to 2 hospitals" counts no one).
_CASUALTIES_VERBS = r"""(?:rose|risen|climbed|jumped|grew|increased|mounted)\s+to|(?:estimated|put|stood|stands|stand)\s+at
    |reache[sd]|reach|topped|passed|exceeded|surpassed|neared|numbered|were|was"""
BEFORE = re.compile(
    rf"""(?:
        \b(?:(?P<term>{_BEFORE_TERMS})(?:\s+(?:himself|herself|themselves)\s+and)?
        (?:\s+(?:another|an\s+additional|a\s+further|a\s+total\s+of|a\s+family\s+of|other|his|her|their|all|the))?
        (?:\s+(?:young|little|baby|teenage|elderly|unarmed|innocent))?
      | (?P<toll>(?:death|casualty)\s+toll|toll)\b[^.;:\d]{{0,60}}?\b
        (?:to|at|of|{_TOLL_VERBS}
        |now)
      | (?P<casualties>casualties)\b[^.;:\d]{{0,60}}?\b(?:{_CASUALTIES_VERBS})
      | (?P<among>{_AMONG_TERMS})\s+(?:were|was|are|is|included|include))
      | (?:^|\balso\s+)(?P<inverted>killed|wounded|injured|hurt|arrested|detained)\s+(?:were|was)
      | \b(?:number\s+of\s+(?:people\s+|those\s+)?(?:confirmed\s+|reported\s+|recorded\s+)?(?P<number>dead|deaths|killed|fatalities|injured|wounded|injuries|
        arrested|detained|arrests|detainees|missing|displaced)\b[^.;:\d]{{0,60}}?\b
        (?:to|at|{_TOLL_VERBS})
      | (?:the|those)\s+(?P<numbered>dead|killed|injured|wounded|arrested|detained|missing|displaced)\s+
        (?:now\s+|had\s+|have\s+)?number(?:ed|s)?)
    )\s+$""",
    re.VERBOSE | re.IGNORECASE,
)
BEFORE_LOWER = _lowercase_form(BEFORE)
# A detention term coordinated with a second verb before the object: "arrested and charged a 16-year-old boy",
# "arrested and booked two men" (the term active, not "was arrested and faced a judge").
_DETAINED_BEFORE = _alternation(t for t, c, p in CASUALTY_TERMS if c == "detained" and p in ("before", "both"))
DETAINED_PAIR = re.compile(rf"""(?<![\w'’])(?<!was\s)(?<!were\s)(?<!been\s)(?<!being\s)(?<!be\s)(?:{_DETAINED_BEFORE})
    \s+(?:and|&)\s+(?:(?:later|then|subsequently|also)\s+)?[a-z]+ed\s+$""", re.I | re.VERBOSE)
DETAINED_PAIR_REACH = 60


def _detained_pair(sentence: str, start: int) -> bool:
    """Whether a detention term and a second verb coordinated with it end right before start."""
    if not sentence.endswith("ed ", 0, start):
        return False  # (the second verb ends on "-ed": most counts have no such word before them)
    near = sentence[max(0, start - DETAINED_PAIR_REACH) : start]
    return (" and " in near or " & " in near) and DETAINED_PAIR.search(near) is not None


# Police who "caught up with" people and held or charged them, the apprehension after a flight ("cops later caught up
# to the pair and charged them", "caught up with the man ..., where he was taken into custody"); not a reporter who
# "caught up with" a witness to speak to, nor officers who caught up with a man and shot him.
POLICE_CAUGHT_UP = re.compile(r"""\b(?:police|cops|officers|deputies|troopers|agents|detectives|marshals|authorities)\s+
    (?:[a-z]+\s+){0,2}?caught\s+up\s+(?:with|to)\s+(?:the\s+)?$""", re.I | re.VERBOSE)
CAUGHT_UP_HELD = re.compile(r"\b(?:charged|arrested|booked|custody|handcuffed|detained|jailed)\b")
# More told after the catch, which may end otherwise ("caught up with the man at the corner and he continued to
# manipulate the gun", then shot): without it, a catch that ends the sentence is the capture ("Police caught up with the
# driver, who is from Schnectady, a few blocks away").
CAUGHT_UP_GOES_ON = re.compile(r"\s(?:and|but|then|before|until)\s")
# ... and who was on the run, the one caught then (beside ATTACKER_NOUNS): not a victim or a relative police caught up
# with to speak to ("Police caught up with the victim at the hospital").
CAUGHT_UP_FLED = frozenset("driver drivers pair trio man men teen teens teenager teenagers boys robbers thief thieves".split())
CAUGHT_UP_ENDS = ("up with ", "up to ", "up with the ", "up to the ")  # (a figure after "the": "the three men")
CAUGHT_UP_REACH = 60


# Verbs of finding that make the group after them an object: "found three men in the car and arrested them".
# How far back those leads are looked for: the longest of their words and its spaces.
LEAD_REACH = 24
SEEN_LEAD = re.compile(r"\b(?:found|find|finds|saw|sees|stopped|stops|spotted|caught|confronted|located)\s+$")
# A verb before the victims and a particle after them that together make a term: "took two guards hostage" (and
# "prisoner" or "captive", as war copy words captives: "took 40 Ukrainian fighters prisoner"),
# "shooting three relatives to death", "stabbed his mother and a girlfriend to death", "took three people into custody",
# "forced 25,000 people to flee", "treated 220 people for injuries" (or "treated 12 people at the scene for smoke
# inhalation", "at a local hospital for"), "left 80,000 people without homes".
AROUND_AFTER = re.compile(r"""\s+(?:(?P<hostage>hostages?|prisoner|captive)|(?P<death>to\s+death)|(?P<custody>into\s+(?:police\s+)?custody)|
    (?P<dead>dead(?!-))|(?P<treated>(?:(?:at|on)\s+(?:the\s+)?scene\s+|at\s+(?:the\s+|a\s+)?(?:[\w-]+\s+)?hospitals?\s+)?for\s+(?:[\w-]+\s+){0,2}?(?:injuries|wounds|burns|smoke\s+inhalation))|(?P<fled>to\s+(?:flee|evacuate)|(?:to\s+(?:leave|abandon)|from)\s+(?:their|his|her)\s+homes?)|
    (?P<homeless>without\s+(?:homes|shelter))|
    (?P<hospital>(?:(?:in|from|of|with)(?:\s+[\w'’-]+){1,3}?\s+)?to\s+(?:(?:the|a|an|area|local|nearby)\s+)*
      (?:hospitals?|(?:[A-Z][\w'’.-]*\s+){1,5}(?:Hospital|Medical\s+Center|Trauma\s+Center))))\b""",
                          re.VERBOSE)
AROUND_BEFORE = {
    # "sent four people in their twenties to the hospital", "sending five men to the hospital"
    "hospital": re.compile(r"\bsen(?:t|ds?|ding)\s+$", re.I),
    "hostage": re.compile(r"\b(?:t(?:ook|akes?|aking)|h(?:eld|olds?|olding)|k(?:ept|eeps?|eeping))\s+$", re.I),
    # "Hospitals treated 220 people for injuries", "treated two officers for minor wounds", "for smoke inhalation"
    "treated": re.compile(r"\btreat(?:ed|s|ing)\s+$", re.I),
    # "The fighting forced 25,000 people to flee", "forced 2,000 families from their homes", "has driven 50,000 people
    # from their homes"
    "fled": re.compile(r"\b(?:forc(?:ed|es|ing)|dr(?:ove|iven|ives|iving))\s+$", re.I),
    # "took three people into custody", "had taken 89 people into custody" (not the plain "take": "tried to take the man
    # into custody")
    "custody": re.compile(r"\bt(?:ook|akes|aking|aken)\s+$", re.I),
    # "The floods left 80,000 people without homes", "has left 5,000 families without shelter"
    "homeless": re.compile(r"\b(?:left|leaves|leaving)\s+$", re.I),
    # "Paramedics pronounced him dead", "declared the man dead at the scene", "found a woman and a child dead", "The
    # shooting left a man and a woman dead"
    "dead": re.compile(r"""\b(?:(?:pronounc|declar)(?:ed|es?|ing)|f(?:ound|inds?|inding)|discover(?:ed|s|ing)
        |left|leaves|leaving)\s+$""", re.I | re.VERBOSE),
    "death": re.compile(r"""\b(?:stab(?:s|bed|bing)?|shot|shoots?|shooting|beat(?:s|en|ing)?|strangl(?:es?|ed|ing)|
        chok(?:es?|ed|ing)|burn(?:s|ed|t|ing)?|bludgeon(?:s|ed|ing)?|hack(?:s|ed|ing)?|stomp(?:s|ed|ing)?|
        crush(?:es|ed|ing)?|kick(?:s|ed|ing)?|knif(?:es|ed|ing)|maul(?:s|ed|ing)?|batter(?:s|ed|ing)?|
        club(?:s|bed|bing)?|trampl(?:es?|ed|ing)|tortur(?:es?|ed|ing))\s+$""", re.I | re.VERBOSE),
}
# Rescuers who took a counted group to a hospital, as those "sent" there (and as "were taken" is read): "Fire Rescue
# took four gunshot victims to a hospital", "transported four others to the hospital", "Paramedics rushed all four
# victims to Jackson Memorial Hospital", "Emergency personnel brought the three victims to Bellevue Hospital" (a
# figure, not one person, and no death told after it: "rushed the boy to a hospital, where he was pronounced dead",
# "where one of them died").
HOSPITAL_TAKERS = re.compile(r"\b(?:took|transported|rushed|brought)\s+(?:all\s+)?(?:the\s+)?$", re.I)
HOSPITAL_SENDERS = ("sen", "took", "transported", "rushed", "brought")  # (a cheap first test for these and AROUND_BEFORE)
DEATH_LATER = re.compile(r"\b(?:died|dies|dead|deceased|succumbed|death|morgue)\b", re.I)
DEAD_AROUND_STEMS = ("pronounc", "declar", "found", "find", "discover", "left", "leav")  # (a first test for "dead")
AROUND_CATEGORY = {"hostage": "detained", "death": "killed", "custody": "detained", "hospital": "injured", "dead": "killed",
                   "fled": "displaced", "treated": "injured", "homeless": "displaced"}
# A death right after a held group's term, joined by "and", with no object after it (see _tie): "kidnapped and
# murdered", "abducted and later found dead", "arrested and later died in custody".
HELD_THEN_KILLED = re.compile(r"""\s+and\s+(?:(?:was|were)\s+)?(?:later\s+|then\s+|subsequently\s+)?(?:killed|murdered|slain|executed|
    beheaded|shot\s+dead|found\s+dead|died)\b(?!\s+(?:a|an|the|his|her|their|two|three|four|five|\d)\b)""", re.VERBOSE)
# "them" as the object of a term, or held hostage: "arrested them", "held them hostage".
THEM_OBJECT = re.compile(rf"""\b(?:(?P<term>{_BEFORE_TERMS})\s+(?:all\s+|both\s+)?them|(?:held|holding|took|taking|kept|
    keeping)\s+them\s+(?:as\s+)?hostages?)\b""", re.VERBOSE | re.IGNORECASE)
# "each" or "all" opening a clause of its own, whose term is then the group's before it (see _tie).
EACH_SUBJECT = re.compile(r"(?:;\s*|,\s*(?:and\s+)?|\s+and\s+)(?:each|all)(?:\s+of\s+them)?(?=\s)")
# How far back a term before a count can start when words are single-spaced: the longest term and
# extension ("claimed the lives of", "a total of"), with room to spare.
BEFORE_REACH = max(len(t) for t, c, p in CASUALTY_TERMS if c != "victim" and p in ("before", "both")) + 30
DOUBLE_SPACE = re.compile(r"\s\s")
# Last words of the terms that can precede a count, and of the fillers allowed between them.
BEFORE_LAST_WORDS = frozenset(
    {t.split()[-1] for t, c, p in CASUALTY_TERMS if c != "victim" and p in ("before", "both")}
    | {"another", "additional", "further", "of", "other", "all", "young", "little", "baby", "teenage", "elderly",
       "unarmed", "innocent", "himself", "herself", "themselves"}
)
# Words after which a name is the victim: a term ("killing Jamal Berry") or "left / found / pronounced".
NAME_BEFORE_WORDS = BEFORE_LAST_WORDS | {"left", "leaving", "found", "discovered", "pronounced", "declared"}
# Words right before a term that leave its figure unstated: a possibility, an intent, a near miss or an attempt ("the
# attempted murder of one victim", who lived).
HYPOTHETICAL = re.compile(r"\b(?:could|would|might|may|threat(?:ened|ening)?\s+to|plann?(?:ed|ing|s)?\s+to|"
                          r"vow(?:ed)?\s+to|intend(?:ed)?\s+to|tr(?:y|ied|ying)\s+to|attempt(?:ed)?\s+to|"
                          r"wanted\s+to|if|possibly|nearly|almost|narrowly|attempted)\b(?:\s+(?:have|be|not))*\s*$", re.I)
HYPOTHETICAL_LOWER = _lowercase_form(HYPOTHETICAL)
# A count after "might/could/would have been", a guess that claims no figure: "There might have been two people
# killed", "there could have been 20 hurt" ("may have been" is a hedge that still gives it: see _MAY_HAVE_BEEN).
# A group told "killed and injured" together, of mixed outcomes that give no figure for either: "the two other
# victims killed and injured in the crossfire", "40 people were killed or wounded"; not a second verb with an object
# of its own ("left eight people injured and killed a man") or "dead and" ("left one dead and injured four").
MIXED_OUTCOME = re.compile(r"""(?:killed\s+(?:and|or)\s+(?:injured|wounded|hurt)|(?:injured|wounded|hurt)\s+(?:and|or)\s+killed)\b
    (?!\s+(?:an?|another|the|his|her|their|its|one|two|three|four|five|six|seven|eight|nine|ten|\d+|them|him|
    themselves|himself|herself)\b|\s+[A-Z])""", re.VERBOSE)
COUNT_HYPOTHETICAL = re.compile(r"\b(?:might|could|would)\s+(?:well\s+|easily\s+)?have\s+been\s+$", re.I)
# (opening on the _caseless form of its "n", with the word boundary tested behind it, so that the engine skips to the
# n's instead of trying a boundary at every place)
NEGATED = re.compile(rf"{_caseless('n')}(?<!\w.)(?:one|either|o|obody)\s+(?:of\s+)?(?:the\s+|them\s+|those\s+)?$", re.I)
# What a count coordinated after a term's object cannot be: a subject pronoun, which opens a clause of its own ("killed
# two kids and he shot his wife"), or the subject after the comma that closes a fronted clause ("After the deaths of
# 2 children, a mother asks").
SUBJECT_PRONOUNS = frozenset({"he", "she", "He", "She"})
FRONTED_CLAUSE = re.compile(r"(?:After|Before|When|While|Since|Following|Until|Despite)\s")
CONNECTOR = re.compile(r"\s*(?:,\s*|\s+)(?:and|or|as\s+well\s+as|plus|along\s+with)\s+$|\s*,\s*$", re.I)
# A person and a group of their own after "and": "A woman and her two children were killed" (one claim per group).
OWN_CONNECTOR = re.compile(r"\s+and\s+(?:his|her|their)\s+$")
# The ages of a group set off by commas before the next group: "Two children, ages 3 and 5, and their mother were
# found dead" (the connector after them joins the groups as it would with no ages between).
AGES_APPOSITION = re.compile(r",\s+(?:(?:ages?|aged)\s+)?\d{1,3}(?:\s*(?:,\s*and|,|and|&)\s*\d{1,3})*(?=\s*,)")
# A list of members right after a group: ", including", ", which also included", ", among them", " — including" (a
# dash opening an aside), ", one of them" (a part with no verb: "Three people, one of them a pregnant woman, were killed"; one with a verb
# describes a member, "one of whom was a teenager", and is none: see MEMBER_APPOSITION).
INCLUDING_AFTER = re.compile(rf"""\s*(?:,|(?<=\s)(?:--?|[–—]))\s*(?:including|which\s+(?:also\s+)?included|among\s+them
    |{_PART_OF_THEM}(?!\s+(?:was|were|is|are|had|has|also)\b))\s""", re.I | re.VERBOSE)
# Someone who suffered the same, named right after the verb: "was killed along with Heriberto Corpus", "was killed at
# the house, along with a woman", "who was also killed, along with their two children".
ALONG_WITH = re.compile(r"""(?:\s+(?:at|in|on|near|outside|inside)\s+[^,;]{1,80}?)?\s*,?\s+(?:along|together)\s+with\s+
    (?:(?:his|her|their)\s+)?""", re.VERBOSE)
# A relative clause with a helper verb after the victim ("Jane Smith, who was also killed, along with ..."): the
# victim's own verb, though it ties the victim as a clause of its own.
WHO_WAS = re.compile(r"\s*,?\s+who\s+(?:was|were)\s")
# The modifier of a first count whose noun is left for the second to name: "captured 12 Somali and 11 Yemeni
# nationals", "killing two Israeli and three Palestinian soldiers" (a capitalised word, a nationality or a name).
ELIDED_HEAD = re.compile(r"\s+[A-Z][a-z'’-]+")
HYPHENS = ("-", "--")  # (an aside's spaced hyphens, as INCLUDING takes them)
# The earlier figure a changed toll is set against, right after the new one (or its verb), of the same category:
# "revised the death toll down to 28 from 35", "19 people died, up from an earlier count of 11".
EARLIER_FIGURE = re.compile(r"""\s*,?\s+(?:(?:up|down)\s+)?from\s+(?:(?:an?|the)\s+(?:earlier|previous|initial|original)\s+
    (?:count|figure|toll|tally|estimate)\s+of\s+)?""", re.I | re.VERBOSE)
# Another's figure for what a count before it counts, in the 20 characters read before a number: "put the figure at".
PUT_FIGURE_AT = re.compile(r"\bput\s+(?:the|that|this|its|their)\s+(?:figure|number|total|tally|count)\s+at\s+$", re.I)
# Another's figure set against a count before it, right before a number: "far more than the figure of 40".
# ("the official figure of" too: a victim noun before "figure", "estimate", "tally" or "count" is no victim, see SINGULAR)
FIGURE_OF = re.compile(r"\b(?:the|an?|its|their)\s+(?:(?:earlier|initial|previous|government|official)\s+)?(?:figure|estimate|tally)\s+of\s+$",
                       re.I)
# The total a count before it adds to, right before a number: "Two more bodies were found, bringing the total to 14",
# "arrested two more men, raising the tally to 9".
BRINGING_TOTAL = re.compile(r"\b(?:bringing|brings|brought|raising|raises|raised|taking|takes|took|pushing|pushed)\s+"
                            r"(?:the|its|their)\s+(?:overall\s+)?(?:total|tally|count)\s+(?:so\s+far\s+)?to\s+$", re.I)
# The same "from" right after the new figure, in the 20 characters read before a number: "to 28 from", "at 28, up from".
FROM_FIGURE = re.compile(r"\d\s*,?\s+(?:(?:up|down)\s+)?from\s+$", re.I)
INCLUDING = re.compile(r"^(?:[^.;]{0,40}?(?:\b(?:including|among\s+them|among\s+whom)\s+|\s*[:—–]\s*)|\s+--?\s+)$", re.I)
# A place or a time after a listed member, before the next member: "including 2 men in the parking lot at the time and
# a woman in a vehicle passing by" (the next member is listed too).
LIST_MEMBER_GAP = re.compile(r"\s+(?:in|at|on|inside|outside|near|from)\s+[^,;:.()]{1,50}?\s+and\s+")

# What a count must not be: ages (with the first of two sharing "-year-old": "20- and 23-year-old women", "14- and
# 18-year-olds"), times,
# money, units, addresses, dates, vehicles and vessels ("captured three boats of the pirates"), wounds ("suffered two
# gunshot wounds"), shots fired or heard ("fired one shot", "a video captured four gunshots"; not the victims' "shot
# dead" or "shot and killed": "were both shot dead"), shootings ("two shootings"; not "Five shooting victims were
# transported"), charges ("four murder counts"; not "the four murder
# victims", see VICTIMS_KIND_CATEGORY), weights seized ("captured 300 kilograms") and a
# player's statistics ("ranks fifth on the team with 86 tackles").
# Units and things counted right after a number that make it something other than people (and a foot mark before
# inches: "captured the 12'6\" gator").
_NOT_PEOPLE_UNITS = r"""shots?(?!\s+(?:dead|to\s+death|and\s+(?:killed|wounded|injured)))
    rounds? times? years? days? hours? minutes? seconds? weeks? months? decades? miles? feet
    foot yards? meters? metres? kilometers? kilometres? km mph attacks? incidents? shootings?(?!\s+victims?) bombings? explosions?
    blasts? bombs? buildings? homes? houses? vehicles? cars? guns? weapons? rifles? handguns? pistols? bullets? cases?
    calls? dollars? euros? pounds? block street st\b avenue ave\b road rd\b drive dr\b lane boulevard blvd court ct\b
    way\b place highway counts? charges? degrees? magnitude points? votes? seats? acres? square storey stor(?:y|ies)
    floors? inches tons? tonnes? caliber calibre mm\b villages? towns? cities countries states provinces districts
    locations sites schools hospitals games? goals? titles? episodes? pages? sentences? murders?(?!\s+victims?) homicides?(?!\s+victims?) killings?
    tackles? sacks? carries touchdowns? interceptions? receptions? rebounds? assists? strikeouts? wickets? fumbles?
    deaths?\s+(?:per|a\s+year|each|every) percent million\s+(?:dollars|in) aftershocks? boats? ships? vessels? skiffs?
    dhows? trawlers? tankers? planes? aircraft helicopters? drones? tanks? trucks? buses wounds?
    gunshot\s+wounds? stab\s+wounds? bullet\s+wounds? knife\s+wounds? puncture\s+wounds? shrapnel\s+wounds?
    gunshots?(?!\s+(?:victims?|survivors?|patients?)) kilograms? kilos? kg grams? warrants? search\s+warrants?""".split()
NOT_PEOPLE_AFTER = re.compile(
    rf"""^(?:[\s\-–—]*(?:year|yr)s?[\s\-–—]*old|-\s*(?:and|or|to|&)\s*\d{{1,3}}[\s-]*(?:year|yr)s?[\s-]*olds?
    |\s+years?\s+of\s+age|\s*(?:a\.m\b|p\.m\b|am\b|pm\b|gmt|utc|[ecmp][sd]t\b|local\s+time|o'clock|hours?\s+(?:gmt|local))
    |\s*[:/]\d+|['’′]\d|\s*(?:%|percent|per\s+cent)|\s*(?:-|\s)\s*
    {_by_first_letter(_NOT_PEOPLE_UNITS)})\b""",
    re.VERBOSE | re.IGNORECASE,
)
NOT_PEOPLE_AFTER_LOWER = _lowercase_form(NOT_PEOPLE_AFTER)
# A number that a capitalised "News" follows names a broadcaster ("told Region 8 News", "8 News Now"), not people.
STATION_NEXT = " News"
# A number right after a capitalised word names a thing, not people: a broadcaster after "to", "told" or "according
# to", when the clause goes on ("confirmed to Cleveland 19 that she is recovering"; not "told Reuters 15 were
# killed"), and a model after a determiner, when a singular verb follows ("the Curve 8900 is missing", "the Boeing
# 737 was"), which no count above one takes.
STATION_BEFORE = re.compile(r"\b(?:to|told|according\s+to)\s+[A-Z][\w'’.&-]*(?:\s+[A-Z][\w'’.&-]*)?\s$")
STATION_AFTER = re.compile(r"\s*(?:,|\.|;|$|\s(?:that|on|in|about|after|before)\b)")
MODEL_BEFORE = re.compile(r"(?<![\w'’])(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|new)\s+[A-Z][\w'’-]*\s$")
MODEL_AFTER = re.compile(r"\s+(?:is|was|has)\b")
NAMED_NUMBER_REACH = 50


def _number_is_name(sentence: str, m: NumberMention) -> bool:
    """Whether a bare number right after a capitalised word names a broadcaster or a model (see STATION_BEFORE)."""
    if not m.text.isdigit() or m.start < 3 or not sentence[m.start - 2 : m.start - 1].isalnum():
        return False
    before = sentence[max(0, m.start - NAMED_NUMBER_REACH) : m.start]
    if STATION_BEFORE.search(before) and STATION_AFTER.match(sentence, m.end):
        return True
    return (m.value or 0) > 1 and MODEL_BEFORE.search(before) is not None and MODEL_AFTER.match(sentence, m.end) is not None


# A place set off by a comma before a bare figure, which is then a count, not the age of a name: "erupted in East
# Flatbush, 46 were arrested", "In Baghdad, 25 were killed".
PLACE_COMMA = re.compile(r"(?:^|\b(?:[Ii]n|at|near|outside|across|throughout))\s+(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][a-z]+,\s*$")
PLACE_COMMA_REACH = 60
# A month and a day before a four-digit number make it the year of a date ("May 26, 2016 after a man was arrested").
DATE_BEFORE_YEAR = re.compile(r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s*$",
                              re.I)
# Words right before a number that make it an age, a date, a route, a channel, a place or a photo gallery's page
# ("Image 1 of 16") or a parent's children ("father of two", "father to two boys"), not a count; and a count word,
# which makes the number after it that count's age ("three men, two eighteen years old, one nineteen").
_NOT_PEOPLE_WORDS = r"""aged ages? ages?\s+of no\. number route highway interstate channel block\s+of jan(?:uary)?
    feb(?:ruary)? mar(?:ch)? apr(?:il)? may june? july? aug(?:ust)? sept?(?:ember)? oct(?:ober)? nov(?:ember)?
    dec(?:ember)? page chapter section article fox abc nbc cbs wsb wave ktvu kcra the\s+year in since by from until
    magnitude category level grade gate flight at younger\s+than older\s+than""".split() + [
    rf"{parent}\s+(?:of|to)" for parent in "fathers? mothers? parents? dad mom grandfathers? grandmothers? grandparents?".split()
] + r"""image\s+\d+\s+of photo\s+\d+\s+of picture\s+\d+\s+of slide\s+\d+\s+of one two three four five six seven eight nine""".split()
# (Ages told by comparison, "all younger than 45", "also younger than 18", are no figures of people either.)
# (Only asked whether it matches: its two alternatives that open on a word boundary test it once, together, as the
# engine tries them at every place of the words searched.)
NOT_PEOPLE_BEFORE = re.compile(
    rf"""(?:\b(?:{_by_first_letter(_NOT_PEOPLE_WORDS)}\.?|(?:ages?|aged)\s+(?:of\s+)?\d{{1,3}}(?:\s*,\s*\d{{1,3}})*,?\s*
    (?:and|to|-))|[$£€#])\s*$""",
    re.VERBOSE | re.IGNORECASE,
)
NOT_PEOPLE_BEFORE_LOWER = _lowercase_form(NOT_PEOPLE_BEFORE)
# A part of a group before "of the": "two of the three victims died", "One of the four was pronounced dead" (the
# group alone counts: "Of the 30 injured, five are critical", "families of the four Marines who lost their lives").
PARTITIVE = re.compile(r"""\b(?:one|two|three|four|five|six|seven|eight|nine|ten|\d+|some|all|each|both|none|many|
    most|several|either|neither|any|half|another)\s+of\s+(?:the|those)\s+$""", re.I | re.VERBOSE)
# The term that makes the group after a part a figure of its own: "30 of the 80 wounded", "two of the three killed",
# "One of the five victims killed" (a plural victim noun between).
GROUP_TERM = re.compile(r"""[ ](?:(?:victims|people|persons|men|women|others|officers|suspects)\s+)?
    (?:wounded|injured|dead|killed|arrested|detained|missing)\b(?![-'’])""", re.VERBOSE)
# ... and a verb right after that term, which no victim noun can take in ("two of the three killed were teens": the
# group is "the three killed", not "three killed were teens").
GROUP_TERM_VERB = re.compile(r" (?:wounded|injured|dead|killed|arrested|detained|missing)\s+(?:were|are|was|is|had|have|"
                             r"remained|remain|included|include)\b")
# What makes the people counted after it a source: "according to the two men", "told the three officers".
SOURCE_LEADS = ("according to ", "according to the ", "According to ", "According to the ", "citing ", "citing the ")
# (not a headline's casualty word before the next figure of its tally: "2 Dead, 1 Wounded in Shooting")
_HEADLINE_WORDS = sorted({t.capitalize() for t, c, p in CASUALTY_TERMS
                          if c != "victim" and p in ("after", "both") and t.isalpha()})
HEADLINE_WORD_SET = frozenset(_HEADLINE_WORDS)
NAME_AGE = re.compile(rf"(?!(?:{'|'.join(_HEADLINE_WORDS)}),|(?<=\d\s)(?:Shot|Stabbed),)[A-Z][a-z]+,\s*$")  # ("4 Shot, 2 Killed")
# Words before an age set off by commas: "killing Jamal Berry, then 30,", "Tennant and Hakim, both 51,".
AGE_LEADS = ("then ", ", both ", ", all ", ", each ", ", believed to be ")
# The second of two ages told one by one: "Two teenagers, one 16 and the other 17, were injured" (`before` ends with
# "other ", a cheap first test).
OTHER_AGE_LEAD = re.compile(r"\bone\s+(?:aged?\s+)?\d{1,2}\s+and\s+(?:the\s+other|another)\s+$")
OTHER_AGE_REACH = 30  # (characters before the number: "one age 16 and the other ")
# A word (a name, "Jr.", "III", "a man") and a comma before a number that a comma also follows: an age; and a name's
# suffix with no comma after it, as some copy writes it ("Larry Watkins Jr. 26, were also injured").
AGE_AFTER_WORD = re.compile(r"(?:[A-Za-z]{2,}|Jr\.|Sr\.),\s*$|[a-z]\s(?:Jr\.|Sr\.|II|III|IV)\s+$")
# What may follow such an age: a comma, or more ages and then a comma ("two men, 18 and 20, and a woman").
# Or, with the closing comma left out as some copy does, more ages joined by "and" and the group's verb ("two males,
# 30 and 42 were injured").
AGES_END = re.compile(r"""(?:\s*(?:,\s*and|,|and|&)\s*\d{1,3})*\s*,|(?:\s*,\s*\d{1,3})*(?:\s*,)?\s+and\s+\d{1,3}\s+
    (?:were|are|remain|remained|died|suffered)\b""", re.VERBOSE)
AGE_LIST_GAP = re.compile(r"\s*(?:,\s*and|,|and|&)\s*")
# A victim noun and a comma before a number that ends the sentence: an age ("the fatal shooting of a girl, 5").
NOUN_AGE = re.compile(r"([a-z]+),\s*$")
AGE_LAST = re.compile(r"\s*(?:[.!?]|$)")

# Reporting verbs that introduce a source ("police said", "said the ministry", "have reported"), as a trie of
# characters (see _deep_alternation), so that at each word edge only the verbs of the letter there are tried.
# Each verb tests the word boundary before it once it has matched whole, by a lookbehind as wide as it (see
# _at_word_start): the pattern then opens on literals, and the engine skips to the letters that can open a verb
# instead of testing a boundary at every place.
SOURCE_VERBS = ("said", "says", "say", "reported", "reports", "report", "told", "confirmed", "confirms", "announced",
                "stated", "estimated", "estimates", "counted", "claimed", "added", "tweeted", "posted", "wrote")
SOURCE_CUE = re.compile(
    "(?:" + _deep_alternation([[*_pieces(verb), _word_start_behind(len(verb))] for verb in SOURCE_VERBS]) + r")\b")
# The stop of a title or an initial, which a source's name goes on after ("said Sgt. Michael Woody", "according to OSP
# Lt. Gregg Hastings", "Assistant Brooklyn U.S. Attorney Elizabeth Geddes"): read after the stop, one fixed-width look
# back per title (a look back must have one width).
_TITLES = [*_RANK_TITLES, *"Rev Dr Mr Mrs Ms Gov Sen Rep St Lieut Sgts".split()]
_TITLE_STOP = "(?:" + "|".join(rf"(?<={title}\.)" for title in _TITLES) + r"|(?<=[ .][A-Z]\.))"
ACCORDING = re.compile(r"\b(?:[Aa]ccording\s+to|citing)\s+(?P<src>[^,;:]{2,80}?)"
                       rf"(?=\s*[,;:]|\.?\s*$|\.(?!{_TITLE_STOP})\s|\s+(?:that|who|which)\b)")
CITING_END = re.compile(r",\s+citing\s+([^,]{3,80}),\s*$")
# The source after a reporting verb that follows a comma: "..., said Police Chief John Smith".
SOURCE_TRAIL = re.compile(rf"\s+((?:[^,.;]|\.{_TITLE_STOP}){{2,70}})")
# A next sentence that opens on the figure: "That figure ...", "The toll ...".
FIGURE_REFERENCE = re.compile(r"(?:that|this|the\s+(?:figure|toll|number))\b", re.I)
SOURCE_AUX = frozenset("have has had also later previously initially earlier now still further".split())
# A speaker given with an apposition before the verb: "Hengky Tewu, a hospital director, said".
# Wire copy also sets off a bare title ("Andrew Mwangura, head of the Seafarers Assistance Programme, said"), or puts
# the title first and the name after it ("the governor of Qeshm, Mehdi iran-Nejad, told ISNA"); the words that open
# such a title:
_BARE_TITLES = r"""(?:head|director|chief|spokesman|spokeswoman|spokesperson|president|secretary|minister|governor|
    commissioner|mayor|official|leader|chairman|chairwoman|coordinator|commander|captain|manager|founder|editor|
    coroner|sheriff|superintendent|administrator|representative|envoy|ambassador|deputy)"""
SPEAKER_APPOSITION = re.compile(rf"""([A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){{0,3}}(?:,?\s+(?:an?|the)\s+[^,;]{{2,60}}
    |,\s+(?:[a-z][\w'’-]*\s+)?{_BARE_TITLES}\b[^,;]{{0,60}})
    |(?:[Tt]he|[Aa]n?)\s+(?:[a-z][\w'’-]*\s+){{0,2}}{_BARE_TITLES}\b[^,;]{{0,40}},\s+[A-Z][\w'’.-]*(?:\s+[\w'’.-]+){{0,3}}),\s*$""",
                                re.VERBOSE)
# The medium or the day after a source: "in a press release Tuesday", "on Monday", "in an email".
SOURCE_TAIL = re.compile(r"""\s+(?:(?:in|on|at|during|via|through)\s+(?:a|an|the|his|her|its|their)\s+.*|(?:on\s+)?
    (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today|tonight)\b.*)$""", re.VERBOSE)
SOURCE_BOUNDARY = frozenset("that and but as while after when".split())
# Lowercase speakers accepted at the head of a source phrase.
SPEAKER_LOWER = frozenset("police officials authorities officers investigators witnesses residents doctors "
                          "medics paramedics prosecutors deputies troopers sources".split())
# Speakers a lowercase phrase may stand for by its last word, the gazetteer's one-word titles, bodies and people
# (workbench/data/source_types.csv): "the health ministry said", "local officials said", "a police spokeswoman said",
# "a court source said" (not the words that only mark one anonymous, "unnamed", nor "former", which open a title);
# and the documents a report cites as it cites people: "the statement said", "the charges said", "a police report
# said".
SPEAKER_HEADS = frozenset(row["pattern"] for row in read_rows("source_types.csv")
                          if row["pattern"].isalpha() and row["pattern"].islower()
                          and row["pattern"] not in ("former", "anonymity", "anonymous", "unnamed")) | {
    "statement", "statements", "charges", "complaint", "report", "release"}
# What may follow a reporting verb that ends its clause: a stop, a comma, a quotation mark or the sentence's end (or
# the medium or the day, SOURCE_TAIL).
CUE_CLOSE = re.compile(r"\s*(?:[.,;:!?\"”'’)]|$)")
# A reporting verb followed right by its figure or by "that" ("while local media reported at least 35 dead", "the
# health ministry said 12 people were killed", "the provincial governor told AFP that 10 people had died"): a subject
# in lower case before it is then the speaker, as one before a verb closing the clause is.
# (The hedges a source may put before its figure; COMPETING_BEFORE reads them too.)
_SOURCE_HEDGES = r"at\s+least|more\s+than|about|some|nearly|almost|around|over|up\s+to"
VERB_THEN_FIGURE = re.compile(rf"\s+(?:that\b|(?:(?:{_SOURCE_HEDGES})\s+)?\d)")
# Whom a source told, right after "told": the press, or an outlet by its name ("a piracy monitor told CNN", "the
# provincial governor told AFP", "a local official told reporters", "told The Associated Press"); what may follow is
# then read as after the verb itself.
TOLD_AUDIENCE = re.compile(r"\s+(?:reporters|journalists|(?:[Tt]he\s+)?[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,3}"
                           r"(?:\s+(?:news\s+agency|newspaper|television|radio))?)(?=\s|[.,;:!?\"”'’)]|$)")
# A word of such a phrase, and the words that show it is the end of a clause rather than a noun phrase.
# (An acronym may stand in it, the agency or outlet a title names: "the official IRNA news agency", "the state-run
# KCNA news agency".)
SPEAKER_WORD = re.compile(r"[a-z][a-z'’-]*|[A-Z]{2,}")
SPEAKER_PHRASE_STOP = frozenset("""what whom whose which where during following including though although in at of for
    with to from on by into after before since than as if because hurt""".split())
# Words that show the phrase before a reporting verb is not its speaker ("five people were reported dead").
# (grouped by first letter, each letter in its _caseless form, so that at each word the engine tries only the words of
# its letter; within a letter they keep their order)
SOURCE_STOP = re.compile(r"\b" + _by_first_letter(
    """was were is are been being killed died dead injured wounded arrested detained shot when after before because while
    where which who if it they he she we i you there this people number toll""".split(), caseless=True) + r"\b", re.I)

# What police may not confirm besides a figure, right after the verb: how, whether or who ("did not confirm how the
# man died", "could not confirm if he was killed by deputies", "have not confirmed the identity of the person killed",
# "did not confirm it was road rage", "cannot confirm the gender, age ... of shooters").
_DETAIL = r"""(?!\s+(?:how|why|whether|if|who|whom|where|when|what|which|it\s+(?:was|is)|the\s+(?:identity|identities|name|
    names|age|gender|race|ethnicity|cause|motive|location|status)\b))"""
# (Declining or being unable to confirm is a hedge as not confirming is: "officials declined to confirm the toll",
# "were unable to independently verify the figure".)
# ("dispute" only as a verb before what it contests, "the army disputes the figure", or after the figure it contests at
# the clause's end, "a figure the government disputes", "a figure authorities dispute", "a number the army rejects",
# "a figure the government rejected": the noun is a quarrel, "killed after a dispute", "a child support dispute", "a dispute that began at the mall"); nor does "denied" bail, bond or an
# involvement, a permit, entry or access ("after being denied bail", "Bond was denied", "denied Reese bail", "but
# denied involvement", "had been denied a handgun permit"); nor a
# victim "alive when" taken to a hospital, or "alive and conscious", "alive and receiving treatment", "alive and she is
# fighting for her life" ("was alive when she was transported")
DISPUTE = re.compile(rf"""\b(?:unconfirmed|unverified|uncorroborated|(?:could|can|did|does|do|has|have|had|would|was|
    were|is|are)\s*(?:not|n't)\s+(?:yet\s+)?(?:been\s+|be\s+)?(?:independently\s+)?(?:confirm|verif|corroborat)\w*{_DETAIL}|
    not\s+(?:been\s+|yet\s+been\s+)?(?:independently\s+)?(?:confirmed|verified){_DETAIL}|
    (?:declined|refused|unable)\s+to\s+(?:independently\s+)?(?:confirm|verify){_DETAIL}|(?<!bond\s)(?<!bail\s)(?<!bond\swas\s)(?<!bail\swas\s)denied(?!\s+(?:\w+\s+){{0,2}}?(?:bail|bond|parole|
    involvement|knowing|permits?|entry|access))|denies|deny|disputed|
    disputes?\s+(?:the|this|those|these|it|its|his|her|their|such|any|reports?|claims?|accounts?|figures?|numbers?|
    allegations?|tolls?)|(?:figure|figures|number|numbers|toll|tally|claim|claims)\s+(?:that\s+|which\s+)?
    (?:[\w'’-]+\s+){{1,4}}?(?:disputes?|contests?|rejects?|rejected)(?=\s*[.,;:]|\s*$)|contested|refuted|rejected\s+(?:the|that|this)|exaggerated|inflated|retracted|still\s+alive|
    (?:it\s+is|it\s+was|are|were|is|was)\s+feared|feared\s+(?:dead|killed)|
    (?:is|was)\s+alive(?!\s+(?:when|and\s+(?:(?:he|she)\s+)?(?:was\s+|is\s+)?(?:conscious|breathing|taken|transported|
    rushed|alert|receiving|being\s+treated|fighting))\b))\b""",
                     re.VERBOSE | re.IGNORECASE)
DISPUTE_LOWER = _lowercase_form(DISPUTE)
# Cheap first test for DISPUTE on lowercased text: a part of every word it looks for. Plain substrings, as
# `in` finds them several times faster than a regex whose alternatives open on common letters.
DISPUTE_STEMS = ("confirm", "verif", "corrobor", "deni", "deny", "disput", "contest", "refut", "reject", "exaggerat",
                 "inflat", "retract", "alive", "feared")
# What makes the next sentence worth reading for a claim: a hedge or denial, or "according to".
NEXT_MATTERS_STEMS = (*DISPUTE_STEMS, "according")
DISPUTE_REFERENCE = re.compile(r"\b(?:figure|figures|toll|number|numbers|tally|count|report|reports|claim|claims|"
                               r"that|this|those|it|casualt\w*|death|deaths|alive)\b", re.I)

# (Events referred back to in the plural, "killed in those bombings", "hurt in one of those fires", are earlier ones the
# report sets beside its own; and so is one the article calls "an earlier shooting", as "a prior shooting": "paralyzed
# in an earlier shooting".
# One named by its year after "a" is not read so: court reports name their own event that way, "pleaded guilty in a
# 2014 shooting that left four men injured".)
# (Arrests "nationwide" are the unrest reported, not a statistic: "1,200 people had been detained nationwide"; see
# ARRESTS_NATIONWIDE.)
# (A war's strike on "another" school, hospital, mosque or village is a strike of its own: "three Gazans were killed
# when Israeli forces attacked another UN school in Gaza City".)
# ("Previous" of a suspect's record is no other event: "A man who had previous convictions for burglary was arrested".)
# ("So far" alone is the report's own running count, not a statistic: "41 bodies had been brought in so far", "The
# death toll so far stands at 164"; a year's or a month's tally says so, "killed so far this year", "so far this month".)
# (A time of someone's childhood, "when he was a child", "when she was 12", dates a relative's death told as background:
# "His mother took her own life when he was a child"; not "when she was eight months pregnant", the victim's own state.)
# (The kinds of incident an "earlier" or "prior" one names, here and in SENTENCE_OTHER: "a prior shooting", "In an
# earlier Israeli strike".)
_EARLIER_KINDS = r"attack|shooting|incident|stabbing|bombing|strike|air\s*strike|raid"
OTHER_EVENT = re.compile(r"""\b(?:since\s+(?:(?:19|20)\d\d|last|a\s|an\s|the\s+\d)|(?:in|of)\s+(?:19|20)\d\d|(?:19|20)\d\d\s*(?:[-–]|and)\s*(?:19|20)?\d\d|
    last\s+(?:year|month)|earlier\s+this\s+(?:year|month)|this\s+year|so\s+far\s+this\s+month|previous(?!\s+(?:convictions?|criminal\s+(?:records?|convictions?)|records?)\b)|(?:prior|earlier)\s+(?:(?!(?:a|an|the|this|that)\s)[\w-]+\s+)?(?:""" + _EARLIER_KINDS + r""")|separate|another\s+(?:attack|shooting|
    incident|bombing|blast|earthquake|quake)|(?:attack|bomb|shell|raid|target)\w*\s+another\s+(?:[\w.-]+\s+){0,2}?(?:school|
    hospital|mosque|church|market|village|camp|shelter)s?|similar|(?:in|over|during)\s+the\s+past(?!\s+(?:\w+\s+)?(?:days?|weeks?|weekend|hours?|night))|anniversary|annual|annually|each\s+year|
    per\s+year|every\s+year|a\s+year|statistics|nationwide|worldwide|per\s+100,000|(?:in|during|from)\s+(?:one\s+of\s+)?those\s+(?:[\w-]+\s+)?(?:bombings|attacks|
    shootings|raids|strikes|air\s*strikes|blasts|explosions|clashes|killings|fires|arsons)|(?:the|a)\s+(?:[\w-]+\s+){0,2}?wars?\b(?!\s+(?:veteran|crime|criminal|zone|hero|memorial|game|time)s?\b)|
    when\s+(?:he|she|i|we|they)\s+(?:was|were)\s+(?:just\s+|only\s+|still\s+)?(?:(?:a|an)\s+(?:child|boy|girl|kid|teen|teenager|
    toddler|baby|infant|youngster)|children|kids|teenagers|young|little|(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|
    eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)(?![\s-]+(?:months?|weeks?|days?)\b)))\b""",
                         re.VERBOSE | re.IGNORECASE)
OTHER_EVENT_LOWER = _lowercase_form(OTHER_EVENT)
# "Nationwide" after an arrest, with up to four words of those arrested between, tells the reported unrest's extent
# ("1,200 people had been detained nationwide", "Police arrested 300 protesters nationwide"); matched on the
# lowercased text before the word.
ARRESTS_NATIONWIDE = re.compile(r"\b(?:arrested|detained)\s+(?:[\w,'’-]+\s+){0,4}$")
# A capitalised word after a capitalised "Nationwide" or "Worldwide": the two are a name ("Nationwide Children's
# Hospital", where Columbus copy takes its wounded children), not the extent of a tally.
NAME_AFTER = re.compile(r"\s+[A-Z]")
# Care that lasts "since" the event, which that word then dates ("A local child who had been hospitalized since a
# Feb. 27 shooting at her home has died"), not another event (matched before "since" on the text _other_event reads).
CARE_SINCE = ("hospitalized ", "hospitalised ", "in the hospital ", "in hospital ", "on life support ", "in a coma ")
ARRESTS_REACH = 80  # (how far before "nationwide" the arrest is looked for: four words and the verb)
# A deed someone is arrested, charged or sentenced in, right before "last year", "last month" or "earlier this month"
# (or told to have happened then): the deed is the report's own event, told from its arrest ("A second suspect has
# been arrested in a daylight shooting last year that left four people wounded", "charged in connection with a
# shooting last month that left three people injured", "arrested a man in a gun battle earlier this month", "arrested
# a man for the Club Camouflage shooting that happened last month"), as one named by its year after "a" is.
ARRESTED_IN_DEED = re.compile(r"""\b(?:arrested|charged|indicted|convicted|sentenced|guilty)\s+(?:[\w,'’-]+\s+){0,4}?
    (?:in|for|over)\s+(?:connection\s+with\s+)?(?:the|a|an)\s+(?:[\w'’-]+\s+){0,3}?(?:shooting|killing|stabbing|slaying|
    homicide|murder|attack|gun\s+battle|shootout)\s+(?:(?:that|which)\s+(?:happened|occurred|took\s+place)\s+)?$""",
                             re.I | re.VERBOSE)
ARRESTED_IN_REACH = 120  # (how far before "last" the arrest is looked for: its words, the deed's and their gaps)
# A killing or wounding someone is charged with, accused or convicted of, right before the year it is dated by: the
# deed the charge closes is the report's own event, however old ("is now accused of murdering two women at a Staunton
# ice cream store in 1967", "was charged with killing three people in 2014", "two men accused in killing Zurana Horton
# ... in 2011 and wounding two others", "Convicted of Double Murder In 2010 Kraft Foods Rampage"), as one named by its
# year after "a" is.
CHARGED_WITH_DEED = re.compile(r"""\b(?:charged\s+with|accused\s+(?:of|in)|convicted\s+of|guilty\s+of|arrested\s+for|indicted\s+
    (?:for|on\s+charges\s+of))\s+(?:[\w-]+-degree\s+)?(?:murdering|killing|slaying|shooting|stabbing|wounding|injuring
    |(?:double|triple|quadruple)\s+murder)\s[^.;:!?]{0,100}$""", re.I | re.VERBOSE)
# "... since 2005, when a man killed four", "broke the truce on 4 November 2008, when troops killed six": everything
# after "when" is about that earlier event.
SINCE_WHEN = re.compile(r"\b(?:since|in|of)\s+(?:\w+\s+)?(?:19|20)\d\d\s*,?\s+when\b", re.I)
ON_DATE_WHEN = re.compile(r" on\s+(?:\d{1,2}\s+)?[A-Za-z]{3,9}\.?\s+(?:\d{1,2}(?:st|nd|rd|th)?,?\s+)?(?:19|20)\d\d\s*,?\s+when\b")
# The same without a year, after a superlative or an ordinal that measures the event against the earlier one:
# "the deadliest mass shooting since the shooting at Sandy Hook ..., where 26 people died", "the worst violence
# since July, when 14 died", "the fourth shooting on the block since Saturday, when a man was shot" (not "has been
# on the run since Sunday, when he shot two officers", which may be the article's own event). Periods may stand
# inside a word or after an initial ("U.S. since").
WORST_SINCE_WHEN = re.compile(r"""\b(?:deadliest|worst|bloodiest|biggest|largest|strongest|highest|heaviest|most|
    first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\b(?:[^.;]|\.(?!\s)|(?<=[A-Z])\.(?=\s+[a-z])){0,80}?
    \bsince\b(?:[^.;]|\.(?!\s)|(?<=[A-Z])\.(?=\s+[a-z])){1,160}?,?\s+(?:when|where|in\s+which)\b""",
                              re.IGNORECASE | re.VERBOSE)
# "Four years ago" marks another event, except in court reports, which date their own event that way; so does a month
# ("in March"), and a month narrowed at the sentence's opening ("In early March, a gunman shot ..."; not "since the two
# were shot to death in late March", which may date the report's own case; nor the month the reported unrest began in:
# "have been arrested since the protests began in September").
_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
# (The words before "in" are looked back at from after it, so that only an "in" makes the engine look; the words of
# time open on the _caseless form of their letters.)
TIME_AGO = re.compile(rf"""\b(?:(?:{_caseless("y")}ears?|{_caseless("m")}onths?|{_caseless("d")}ecades?)\s+(?:ago|earlier)
    |in(?<!began\sin)(?<!begun\sin)(?<!started\sin)(?<!erupted\sin)\s+(?-i:{_MONTHS})(?!\s+\d{{1,2}}\b)|
    ^(?-i:In\s+(?:early|late|mid)[\s-]+(?:{_MONTHS}))(?!\s+\d{{1,2}}\b))\b""", re.I | re.VERBOSE)
# A month in the clause that tells when the outlet reported the event dates the report, not another event ("As we
# first reported in July, two children ... were found dead"; "As previously reported in May,").
AS_REPORTED = re.compile(rf"\b[Aa]s\s+(?:[\w'’]+\s+){{0,3}}?reported\s+in\s+(?:{_MONTHS})\b")
# "the 2004 tsunami", "the 2011 slaying of": an event named by its year is an earlier one, except in court reports,
# which name their own event that way ("convicted in the 2012 shooting death of"). The year is a word of its own
# ("the 1900 block of" is an address, and no event noun follows it).
DATED_EVENT = re.compile(r"""\bthe\s+(?:19|20)\d\d\s+(?:[\w'’.-]+\s+){0,3}?(?:shootings?|killings?|slayings?|murders?|
    attacks?|bombings?|massacres?|stabbings?|rampage|tsunami|earthquakes?|quakes?|floods?|hurricane|typhoon|cyclone|
    storm|disaster|crash|fire|blasts?|explosions?|riots?|uprising|war|invasion|siege|genocide|coup)\b""",
                         re.I | re.VERBOSE)
# The same event as the agent of the count's verb, however far after it in the clause ("Some 168,000 people were
# killed in Aceh province and Nias island by the 2004 Asian tsunami").
BY_DATED_EVENT = re.compile(r"\bby\s+" + DATED_EVENT.pattern[2:], re.I | re.VERBOSE)
# Arrests and charges in a dated case are news of their own ("arrested a woman in the 1967 killings of two").
CASE_NEWS = re.compile(r"\b(?:arrest|charg|indict|suspect)", re.I)
# An obituary's headline ("Vincent Gigante, Mafia Leader Who Feigned Insanity, Dies at 77"), searched in the article's
# first characters only (a headline's length), and the charge or conviction before a count of killings, which in an
# obituary tells the old case of the dead man's life, not the report's event.
OBITUARY_HEADLINE = re.compile(r"\b(?:Dies|Dead|Died)\s+at\s+\d{2,3}\b")
OBITUARY_HEADLINE_REACH = 200  # (characters: a long headline)
OLD_CHARGE = re.compile(r"\b(?:charged\s+with|convicted\s+of)\b")
# What a TIME_AGO match needs besides "ago" or "earlier": a month's name.
MONTH_NAME = re.compile(r"January|February|March|April|May|June|July|August|September|October|November|December")
COURT = re.compile(r"\b(?:trial|convicted|guilty|sentenced|sentencing|jury|judge|pleaded|court|charged|verdict|"
                   r"prosecutors?)\b", re.I)
# Substrings of the lowercased text where a COURT match can start, one per word ("prosecutor" for both forms).
COURT_WORDS = ("trial", "convicted", "guilty", "sentenc", "jury", "judge", "pleaded", "court", "charged", "verdict",
               "prosecutor")
# Cheap first test for OTHER_EVENT on lowercased text: a year or one of its marker words.
# Each alternative is a part every OTHER_EVENT match of its kind contains ("a year", not the "year" of ages). Each
# opens on a plain character, so that the engine skips to the places where one of those characters stands instead
# of trying every alternative at every place; grouped by that character, as most letters of a text are one of them,
# the engine then tries only the group of the letter under the cursor (the pattern is only asked whether it is found).
OTHER_EVENT_QUICK = re.compile(_by_first_letter([
    r"19\d\d", r"20\d\d", "since", "last", "earlier", r"this\s+year", r"so\s+far\s+this\s+month", "previous", r"prior\s", "separate",
    r"another\s", "similar", r"in\s+the\s+past", r"over\s+the\s+past", r"during\s+the\s+past", "anniversar", "annual", r"a\s+year", r"each\s+year", r"per\s+year",
    r"every\s+year", "statistic", "nationwide", "worldwide", r"per\s+100", r"wars?\b", r"in\s+those\s",
    r"during\s+those\s", r"from\s+those\s", r"in\s+one\s+of\s+those\s", r"when\s+(?:he|she|i|we|they)\s+w"]))
# A sentence opening on another time or case speaks of another event throughout ("Last year, ...", "Last summer, ...",
# "In a separate incident, ...", "In other Sunday attacks, ...", "In an unrelated incident, ...", "In an earlier Israeli
# strike ..., ...", "Over the past decade, ...", "Within the last year, ...", "In the last seven months, ...", and a
# year's tally: "So far in 2017, at least 47 people have been killed", "So far this year, ..."; not the past days or
# weeks, which a round-up's own tally spans).
# (It is only asked whether it matches, so its alternatives need no order: those that open on "in" share it, and the
# others open on the _caseless form of their first letter, so that the engine passes over those of other letters at a
# glance instead of entering each.)
SENTENCE_OTHER = re.compile(rf"""^(?:{_caseless("l")}ast\s+(?:year|month|week|summer|winter|spring|fall|autumn)|{_caseless("e")}arlier\s+this\s+(?:year|month)
    |{_caseless("p")}reviously|separately|{_caseless("s")}o\s+far\s+(?:this\s+(?:year|month)|in\s+(?:19|20)\d\d)
    |(?:{_caseless("o")}ver|{_caseless("d")}uring|{_caseless("w")}ithin)\s+the\s+(?:past|last)\s+(?:[\w-]+\s+)?(?:years?|months|decades?)
    |in\s+(?:(?:\w+\s+)?(?:19|20)\d\d|(?:\w+\s+)?last\s+year|a\s+(?:separate|similar|previous|another)|another
      |an?\s+(?:earlier|prior)\s+(?:[\w-]+\s+)?(?:{_EARLIER_KINDS})s?
      |the\s+(?:past|last)\s+(?:[\w-]+\s+)?(?:years?|months|decades?)
      |(?:an\s+)?(?:other|unrelated)\s+(?:[\w-]+\s+){{0,2}}?(?:shootings|attacks|incidents?|bombings|strikes|raids|cases?|news))
    |(?:\w+\s+){{1,2}}(?:years?|months?|decades?)\s+ago)\b""", re.VERBOSE | re.IGNORECASE)
# Words that may stand before such an opening and leave it one ("Just last year, a 12-year-old was killed", "And in
# 2005, four others were killed", "Back in 2014, Bialas was paralyzed").
LEAD_WORDS = ("Just ", "Only ", "And ", "But ", "Also ", "Back ", "Even ")
# A figure in a sentence that refers back to the event of the one before it ("in the quake", "in the attack"), which
# then tells whose figure it is; that sentence's opening (SENTENCE_OTHER) may date it as another event, and how far
# back its start is looked for (not "the fourth suspect in the shooting": a suspect arrested since is often the
# report's own event, after "Last week, another man was arrested").
BACK_TO_EVENT = re.compile(r"""(?<!suspect\s)(?<!suspects\s)\b(?:in|by|during|from)\s+the\s+(?:quake|earthquake|tremor|tsunami|attack|blast|explosion|
    bombing|shooting|storm|flood|fire|crash|disaster|cyclone|typhoon|hurricane)\b""", re.I | re.VERBOSE)
PREVIOUS_REACH = 300


def _after_dated_opening(text: str, start: int) -> bool:
    """The sentence right before `start` (in its paragraph, or the line before) opens on a date that makes it another
    event's ("In April last year an 8.6-magnitude quake struck")."""
    before = text[max(0, start - PREVIOUS_REACH) : start].rstrip()
    if not before.endswith((".", "!")):
        return False
    body = before[:-1]
    opening = max(body.rfind("\n"), body.rfind(". "), body.rfind("! ")) + 1
    return SENTENCE_OTHER.match(body[opening:].lstrip()) is not None and opening > 0


# A sentence opening on "In that incident," tells the event the sentence before it named; that one is another event
# when it says so ("The shooting mirrors another that occurred ... in June 2014. In that incident, a nursing student
# was killed", "... in a similar shooting ... In that case, a 15-year-old was killed").
THAT_CASE = re.compile(r"In\s+that\s+(?:case|incident|shooting|attack|killing|crash)\s*,")
PREVIOUS_OTHER = re.compile(rf"""\b(?:another|similar|separate|unrelated|previous|earlier|(?:19|20)\d\d|
    last\s+(?:year|month|{_MONTHS}))\b""", re.I | re.VERBOSE)


def _previous_sentence_has(pattern: re.Pattern[str], text: str, start: int) -> bool:
    """Whether the sentence right before `start` (within PREVIOUS_REACH) holds a match of pattern."""
    before = text[max(0, start - PREVIOUS_REACH) : start].rstrip()
    if not before.endswith((".", "!")):
        return False
    body = before[:-1]
    opening = max(body.rfind("\n"), body.rfind(". "), body.rfind("! ")) + 1
    return pattern.search(body, opening) is not None


# A case referred back to by "that" inside a sentence, "have been arrested and charged in that case", is one the
# sentence before told beside the report's own (an earlier killing; the report's own is "this case"): the sentence
# speaks of it throughout.
THAT_CASE_WITHIN = re.compile(r"\sin\s+that\s+case\b(?!\s*,)")


def _after_other_named(text: str, start: int) -> bool:
    """The sentence right before `start` names another event (see THAT_CASE)."""
    return _previous_sentence_has(PREVIOUS_OTHER, text, start)


# A sentence opening on "It" after one that names an earlier event by a date, with no figure of its own, goes on about
# that event ("The last major quake to hit southern Iran was in February, when a temblor rocked Zarand ... It killed
# 612 people"): "last", "previous" or "prior" before the event, and a month, a year or a span ago after it.
# The nouns of events that later sentences refer back to (here and in THAT_EVENT, DATED_EARLIER_EVENT below).
_EVENT_NOUNS = (r"quake|earthquake|temblor|tremor|tsunami|storm|hurricane|typhoon|cyclone|flood|shooting|attack|bombing|"
                r"blast|explosion|crash|massacre")
LAST_EVENT = re.compile(rf"""\b(?:last|previous|prior)\s+(?:[\w'’-]+\s+){{0,2}}?(?:{_EVENT_NOUNS})s?\b[^.;!?]{{0,80}}?
    (?:\b(?:in|on|of)\s+(?-i:{_MONTHS}|(?:19|20)\d\d)\b|\b(?:years?|months?|decades?)\s+ago\b)""", re.I | re.VERBOSE)


# A sentence opening on "That quake" after one that dates an event by a month alone, a year or a span ago goes on
# about that earlier event ("The same island was hit by a 6.1 quake in September. That temblor killed at least six
# people"), as "those bombings" do (not a month with its day: "a quake struck on Sept. 5" may be the report's own).
THAT_EVENT = re.compile(rf"That\s+(?:[\w'’.-]+\s+)?(?:{_EVENT_NOUNS})\b")
DATED_EARLIER_EVENT = re.compile(rf"""\b(?:{_EVENT_NOUNS})s?\b[^.;!?]{{0,80}}?(?:\bin\s+(?-i:{_MONTHS})\b(?!\s+\d)|
    \b(?:in|of)\s+(?:19|20)\d\d\b(?!\s+block)|\b(?:years?|months?|decades?)\s+ago\b)""", re.I | re.VERBOSE)


# A person's record of arrests is no arrest of the report's event: "was arrested several times from when he was 17 to
# 25", "had been arrested numerous times", "has been arrested two other times", "was jailed twice as a teenager", "has
# been arrested before and has a criminal history" (not "arrested before he could flee", which ends the report's own
# chase, nor "previously arrested", which is as often an earlier arrest in the same case: "was arrested previously for
# obstruction of justice in connection with the death").
ARREST_HISTORY = re.compile(r"""\b(?:arrested|detained|jailed|convicted)\s+(?:[\w-]+\s+){0,2}?(?:(?:several|many|numerous|
    multiple|countless|\d+|two|three|four|five|six|seven|eight|nine|ten|a\s+dozen)\s+(?:other\s+|more\s+|previous\s+|prior\s+)?
    times|twice)\b|\b(?:from|since)\s+when\s+(?:he|she)\s+was\b|\bas\s+an?\s+(?:teenager|youth)\b
    |\b(?:arrested|jailed)\s+before(?=\s*[,.;]|\s*$|\s+(?:and|but|for|on|in)\s)""", re.I | re.VERBOSE)
ARREST_HISTORY_STEMS = (" times", "twice", " when ", " as a", " before")  # (a cheap first test)


# Arrests for a kind of crime other than the event's, in a police round-up: "made 15 arrests for those crimes",
# "arrested 12 people for other offenses".
ARRESTS_FOR_OTHER = re.compile(r"""\bfor\s+(?:those|these|other|such|various|similar|unrelated|minor)\s+(?:[\w'’-]+\s+)?
    (?:crimes|offen[cs]es|violations|infractions)\b""", re.I | re.VERBOSE)
ARRESTS_FOR_REACH = 40


def _after_last_event(text: str, start: int) -> bool:
    """The sentence right before `start` names an earlier event by a date (see LAST_EVENT)."""
    return _previous_sentence_has(LAST_EVENT, text, start)


# An entry of a timeline, opening on a year or a month and year and a colon, tells a past event ("August 1982: Eight
# people killed, three injured at a Miami welding shop", "November 2009: Four killed at Thanksgiving gathering"; after
# a photo credit's word: "istock 1993: Dr. David Gunn is shot to death"). A full date with its day is left alone: it
# opens a press release's own report or an entry of the case's own timeline ("Sept. 26, 2016: An autopsy determines").
TIMELINE_ENTRY = re.compile(rf"(?:[a-z]+\s+)?(?:(?:{_MONTHS})\s+)?(?:19|20)\d\d:\s")
TIMELINE_REACH = 25  # (characters in which the colon is looked for first: a word, a month's name and a year)
# A sentence opening on the centuries or on history speaks of the past throughout ("Over the centuries, plague has
# killed millions").
HISTORY_OPENING = re.compile(r"(?:over|through|across)\s+the\s+(?:past\s+|last\s+)?centuries\b|throughout\s+"
                             r"(?:its\s+|their\s+|human\s+)?history\b", re.I)
# "Earlier Friday, two people were killed ...": a sentence that opens on an earlier time of day and then brings in
# victims of its own (an unnamed count right after the comma) reports another incident, as round-ups of the day's shootings
# do ("Earlier, police said 13 people had been killed" goes on about the same one).
EARLIER_NEW = re.compile(r"Earlier(?:\s+[\w'’]+){0,3}\s*,\s+")
# "Later that month, a Cobb County woman killed her three children": a sentence that opens a month or a year on and
# brings in a new actor (an indefinite one right after the comma) reports another incident, unless it tells an arrest,
# which may be the report's own ("Later that month, a man was arrested").
LATER_NEW = re.compile(r"Later\s+that\s+(?:month|year)\s*,\s+an?\s")
# ... or on a new weapon or attacker striking ("Earlier that day, a shell hit a house in the Beach refugee camp,
# killing seven"): a strike of its own, told after the article's event.
EARLIER_STRIKE = re.compile(r"""an?\s+(?:[\w'’-]+\s+){0,3}?(?:hit|struck|slammed\s+into|exploded|landed|crashed\s+into|
    rammed|opened\s+fire|went\s+off|blew\s+up|tore\s+through)\b""", re.VERBOSE)
# A strike told by its place, in a place the article has not named before, once the article has told its own event
# (in two sentences with figures): another incident of the same war, as round-ups of a day's fighting tell them ("In
# the Bureij refugee camp, an airstrike killed five", "Shelling of houses in the Bureij refugee camp left five dead",
# "An airstrike in the Gaza City neighbourhood of Zeitun ... left one militant dead"). Only weapons of war, and only
# an indefinite or bare strike ("The Israeli attack on the school in Jabaliya" refers back to the article's own).
_STRIKE = r"""(?i:air\s*strikes?|air\s+raids?|(?:drone|missile|rocket|tank|artillery|mortar)\s+(?:strikes?|fire|shells?|
    rounds?|attacks?)|strikes?|shelling|shells?|mortars?|rockets?|missiles?|bombardment|barrage)"""
STRIKE_PLACE = re.compile(rf"""(?:In\s+(?P<lead>[^,;:]{{3,80}}?),\s+(?:(?:an?|one|another)\s+)?(?:[\w'’-]+\s+){{0,2}}?{_STRIKE}\b
    |(?:(?:An?|One)\s+(?:[\w'’-]+\s+){{0,2}}?)?{_STRIKE}(?:\s+(?:of|on)(?:\s+[\w'’-]+){{1,4}}?)?\s+(?:in|near)\s+
    (?P<place>[^,;:]{{3,80}}))""", re.VERBOSE)
# ... or an indefinite disaster or strike as the agent of the figures, in a place the article has not named ("On
# Saturday, more than a dozen people were killed by a quake in eastern China", in a report on a quake in Iran); and a
# sentence opening on "It" right after such a sentence goes on about that event ("It destroyed thousands of buildings
# and left nearly half a million homeless").
BY_EVENT_PLACE = re.compile(r"""\bby\s+an?\s+(?:[\w'’-]+\s+){0,2}?(?:quake|earthquake|tremor|tsunami|bomb|blast|explosion|
    air\s*strike|strike|shell|rocket|missile|storm|tornado|typhoon|cyclone|hurricane|flood|landslide|mudslide|avalanche)
    \s+(?:in|near|on|off)\s+(?P<place>[^,;:]{3,80})""", re.VERBOSE)
# ... or a bombing of a place the article has not named, with the figures in a clause on it: "would not retaliate for
# the reported bombing of Guffa in Upper Nile state on Tuesday, which he said killed seven" (in a report on a bombing
# elsewhere; weapons of war only: an "attack on" names its target or its day as often as a place); and a verb of
# bombing with the place as its object and the figures in a participle after it: "has also accused the Sudanese
# government of bombing the South Sudanese area of Guffa in recent days, killing at least seven people".
BOMBING_OF_PLACE = re.compile(r"""\b(?:(?:bombings?|shelling|bombardments?|air\s*strikes?|air\s+raids?)\s+(?:of|on)\s+
    (?P<place>[A-Z][^,;:]{2,60}?),\s+which|(?:bombing|shelling)\s+(?:the\s+)?(?P<object>[A-Z][^,;:]{2,60}?),\s+killing)\b""",
                              re.VERBOSE)
# (Told once will do past the first lines, where a title and a lead that does not name the place may stand.)
BY_EVENT_LINES = 3
# The sentence's first letters that can open a STRIKE_PLACE match (a cheap first test).
STRIKE_FIRST = frozenset("IAOSsBbMmRrDdTt")
# Words of a place's name that name no place of their own, and lowercase words a place's name may hold.
PLACE_GENERIC = frozenset("""City Camp Refugee Strip North South East West Northern Southern Eastern Western Central Province
    District Town Village Monday Tuesday Wednesday Thursday Friday Saturday Sunday""".split())
PLACE_JOINS = frozenset("""the of refugee camp city town village neighbourhood neighborhood district area province region
    suburb quarter strip northern southern eastern western central""".split())
PLACE_WORD = re.compile(r"[\w'’-]+")


def _new_place(text: str, before: int, place: str) -> bool:
    """Whether a place's name (its capitalised words, read up to the first lowercase word that is no part of a place:
    "the Gaza City neighbourhood of Zeitun") holds a word the text before `before` does not."""
    for word in PLACE_WORD.findall(place):
        if word[:1].islower():
            if word in PLACE_JOINS:
                continue
            break
        if word not in PLACE_GENERIC and text.find(word, 0, before) == -1:
            return True
    return False


# (`[,;:()]|\s[-–—]\s`, opening on one character class so the engine skips ahead to the characters in it
# instead of trying every position; at a space, the commonest of them, the dash is tried first, which the engine
# rejects on one character, and one lookbehind then ends the try.) The comma of a figure is none ("killing 170,000
# people ... with 35,000 bodies").
CLAUSE_BREAK = re.compile(r"[,;:()\s](?:[-–—](?<=\s.)\s|(?<!\s)(?:(?<!,)|(?!\d)))")
# In a sentence with no dash set off by white space (most of them) CLAUSE_BREAK matches only the marks, and a pattern
# that opens on them alone skips the spaces, which are most of the places where CLAUSE_BREAK stops to try a match.
MARK_BREAK = re.compile(r"[,;:()](?:(?<!,)|(?!\d))")
SPACED_DASH = re.compile(r"[-–—](?<=\s.)\s")
# Clauses that hang from the one before them: "..., when 32 died", "in 2004, sparking a tsunami that killed".
WHEN_START = re.compile(r"^\s*(?:when|where|in\s+which|which|that|sparking|triggering|causing|unleashing)\b", re.I)

# Another incident named as such: "in another Chicago Lawn shooting", "another drive-by shooting", "an air strike on
# another UN school", "in other citywide shootings", "in an unrelated incident" (not "yet another shooting", which
# is how a report often calls its own, nor unrelated charges, on which a suspect of its own may be held). The
# modifiers between "another" and the event are names and a few adjectives, never a preposition ("wounding
# another in an attack").
ANOTHER_EVENT = re.compile(r"""(?<![\w'’])(?:(?<!yet\s)another\s+(?:(?:(?-i:[A-Z])[\w'’.-]*|drive[\s-]by|fatal|deadly|recent|
    nearby|separate|similar|unrelated)\s+){1,3}(?:shootings?|attacks?|incidents?|bombings?|blasts?|stabbings?|strikes?|
    airstrikes?|raids?)|(?:strikes?|airstrikes?|attacks?|raids?|shelling|bombing|assault)\s+on\s+another
    |in\s+(?:an\s+)?(?:other|unrelated)\s+(?:[\w-]+\s+){0,2}?(?:shootings|attacks|incidents?|bombings|strikes|raids|
    cases))\b""",
                           re.I | re.VERBOSE)
# An earlier event named before its victims, to which the report's own is compared or linked: "The attack came two
# months after the fatal shooting of", "Saturday's incident follows the killing of", "the shooting is connected to
# the death of", "the spate of violence, which began Dec. 18 with the fatal shooting of" (not "in the week
# following the fatal shooting of", nor "the car connected to the fatal shooting of", which are the report's own).
EARLIER_EVENT_LEAD = re.compile(r"""\b(?:(?:comes?|came|follows|followed)\s+(?:[\w'’.-]+\s+){0,5}?
    |(?:shooting|attack|incident|killing|it|this)\s+(?:[\w'’]+\s+){0,3}?(?:connected|linked|tied|related)\s+to\s+
    |(?:spate|string|series|wave|rash|streak)\s+of\s+[^.;:]{0,80}?\b(?:began|started|begun)\s+(?:[\w'’.-]+\s+){0,4}?with\s+)
    (?:the|a|an)\s+(?:[\w'’.-]+\s+){0,3}?(?:(?:fatal|deadly)\s+(?:shootings?|stabbings?|beatings?)|shooting\s+deaths?|
    killings?|slayings?|murders?|deaths?)\s+of\s+$""", re.I | re.VERBOSE)
# An attack compared to one some time before it, told as a clause with its own verb before the count: "This latest
# mass shooting comes a little over a month after Adam Lanza killed 20 children", "The attack came two days after
# gunmen shot dead three guards" (a span of time before "after"; "The arrest comes a day after ..." is left alone, as
# an arrest follows its own attack). The earlier attacker may be described at length ("came just weeks after a driver
# who had been accused of stealing from a Manchester, Conn., beer distributorship fatally shot eight people"), but
# not past a comma that opens a clause of the report's own ("came hours after the truce began, killing three").
EARLIER_EVENT_CLAUSE = re.compile(r"""\b(?:shootings?|attacks?|killings?|stabbings?|murders?|rampage|massacre|
    bombings?|violence)\s+(?:comes?|came)\s+(?:[\w'’.-]+\s+){0,5}?(?:seconds?|minutes?|hours?|days?|weeks?|months?|
    years?)\s+after\s+(?:[\w'’.-]+(?:,(?!\s+(?:[a-z]+ing|and|but|which|while|as)\b))?\s+){1,20}?$""", re.I | re.VERBOSE)
# How far back such a lead is looked for.
EARLIER_EVENT_REACH = 160
# The report's own incident, as the subject, set after another by a span of time or as following another incident:
# everything after it is about that other one ("The shooting on March Lane came just hours after a 28-year-old man was
# shot and killed", "The incident follows a shooting last week that left a 19-year-old gunman dead", "The latest
# incident to rock the community comes just two weeks after two students were killed in a car crash", "The incident
# came hours before three police officers were shot dead", "condemned the attack, which came just 10 days after a
# gunman killed five police officers", "The shooting occurred eight months after an innocent bystander was killed"; a
# span is needed after "happened", "occurred" or "took place"). An arrest is no such subject: it follows its own attack
# ("The arrest comes a day after ..."), nor is a bare "after a fight", which may lead into the incident's own toll, nor
# a span of minutes ("came minutes after a fight broke out at the party, and two people were killed").
_INCIDENTS = r"(?:shootings?|incidents?|attacks?|killings?|slayings?|stabbings?|homicides?|murders?|rampage|massacre|ambush)"
EARLIER_EVENT_FROM = re.compile(rf"""\b(?:{_INCIDENTS}|violence|bloodshed)(?:,\s+which|(?:\s+[^\s,;:.()"“”]+){{0,6}}?)\s+
    (?:(?:comes?|came|follows|followed|happened|occurred|took\s+place)\s+(?:[\w'’.-]+\s+){{0,5}}?(?:hours?|days?|weeks?|
    months?|years?|decades?)\s+(?:after|before)|(?:comes?|came|follows|followed)\s+
    (?:(?:just\s+|only\s+|shortly\s+)?after\s+(?:an?|the|last\s+\w+['’]s)\s+(?:[\w'’-]+\s+){{0,3}}?{_INCIDENTS}
    |(?:an?|the|recent|last\s+\w+['’]s)\s+(?:[\w'’-]+\s+){{0,3}}?{_INCIDENTS}))\b""", re.I | re.VERBOSE)
EARLIER_EVENT_VERBS = (" came ", " comes ", " follow", " happened ", " occurred ", " took place ")  # (a cheap first test)
# What an attack is said to avenge is another event ("the attack was in retaliation for a Labor Day shooting that left
# one person dead", "an act of retaliation to a Labor Day weekend triple shooting that injured two women").
RETALIATION_FOR = re.compile(r"\bretaliation\s+(?:for|to)\s", re.I)
# Other incidents the report's own is compared with: the figures after them are theirs ("Unlike sniper attacks on
# police that killed five officers on July 7 in Dallas", "as in recent incidents in Dallas and Baton Rouge that
# collectively claimed the lives of eight officers", "reminiscent of the Jan. 7 nighttime shooting when a gunman ...
# seriously injured Philadelphia Police Officer Jesse Hartnett"); not a person compared ("Unlike the first victim").
COMPARED_EVENT = re.compile(r"""(?:[Uu]nlike|[Aa]s\s+in|[Rr]eminiscent\s+of|[Ss]imilar\s+to)\s+(?:the\s+|an?\s+)?
    (?:[\w'’.-]+\s+){0,4}?(?:incidents?|attacks?|shootings?|ambush(?:es)?|massacres?|rampages?|killings?)\b""",
                            re.VERBOSE)
COMPARED_STEMS = ("unlike ", "as in ", "reminiscent of ", "similar to ")  # (a cheap first test, lowercased)


def _compared_event(text: str, until: int) -> re.Match[str] | None:
    """The first COMPARED_EVENT before `until` that opens a word."""
    for m in COMPARED_EVENT.finditer(text, 0, until):
        if m.start() == 0 or not text[m.start() - 1].isalnum():
            return m
    return None


# A participle after a comma goes back to the report's own incident ("came hours after the truce began, killing three");
# not "including", which names members of the group before it ("a fatal shooting at a party where four people were
# shot, including a 12-year-old girl who did not survive").
OWN_PARTICIPLE = re.compile(r",\s+(?!including\b)[a-z]+ing\b")
# A place struck by a disaster months or years after another event, told as a clause before the count: "The island
# was hit almost two years after the city of Bam was destroyed in a quake that killed tens of thousands" (a span of
# months or more, as a strike that soon after may be the same disaster's aftershock).
STRUCK_AFTER = re.compile(r"""\b(?:was|were|has\s+been|had\s+been)\s+(?:hit|struck|rocked|shaken|jolted|devastated)\s+
    (?:[\w'’.-]+\s+){0,3}?(?:months?|years?|decades?)\s+after\s+[^.;!?]{1,150}?$""", re.I | re.VERBOSE)
STRUCK_AFTER_REACH = 200

# An illness: hospital care for one is no injury, as the guidelines count "hospitalised with injuries" ("recovering
# from pneumonia", "was taken to a hospital" in a paragraph on a plague case, "hospitalized with a stress-related
# illness", "for possible drug intoxication"). Only terms that name no injury are read this way ("hospitalized",
# "taken to a hospital", "in critical condition"), and only when the sentence, or else its paragraph, names no
# cause of injury.
ILLNESS = re.compile(r"""\b(?:illness(?:es)?|(?:fell|falls|became|become|taken)\s+ill|ill\s+(?:from|with)|sick(?:ness|ened)?|
    diseases?|plague|pneumonia|infect(?:ion|ions|ed)|virus|flu|influenza|fever|cancer(?:ous)?|heart\s+attack|stroke|
    overdos(?:e|ed|es|ing)|intoxicat(?:ed|ion)|outbreak|cholera|ebola|measles|covid(?:-19)?|coronavirus|
    dehydrat(?:ed|ion)|heatstroke|heat\s+exhaustion|asthma)\b""", re.I | re.VERBOSE)
INJURY_CAUSE = re.compile(r"""\b(?:injur|wound|hurt|shot|shoot|gunfire|gunshot|gunman|stab|bullet|crash|collision|burn|
    fractur|broken|beat(?:en|ing)\b|assault|(?<!heart\s)attack|blast|explo|bomb|bleed|trauma|struck|fell\b|fall\b|
    accident|bit(?:ten|e)\b|fight|quake|earthquake)""", re.I | re.VERBOSE)
# Cheap first test for ILLNESS on lowercased text: a part of every word it looks for.
ILLNESS_STEMS = ("illness", " ill ", "sick", "disease", "plague", "pneumonia", "infect", "virus", "flu", "fever", "cancer",
                 "heart attack", "stroke", "overdos", "intoxicat", "outbreak", "cholera", "ebola", "measles", "covid",
                 "dehydrat", "heatstroke", "heat exhaustion", "asthma")
# Terms that name an injury themselves ("injured", "wounds", "burns"), which no illness undoes.
NAMED_INJURY = ("injur", "wound", "hurt", "burn", "casualt")

# A link to another story embedded in the page, which the guidelines count as another event's: "RELATED: 4 found
# dead ...", "READ MORE: Six killed in ...", "More: Three arrested in ...", "Video (02:53) : One person was killed".
# A dash ends the mark only after its longer forms ("RELATED ARTICLE - 2 killed in 6 shootings on Sunday"; a lone
# "More - " or "Watch - " may open the story's own sentence).
RELATED_LINK = re.compile(r"""(?:related(?:\s+(?:articles?|stories|story|headlines|coverage|content))?|read\s+more|more|
    see\s+also|also\s+read|watch|video(?:\s*\(\d{1,2}:\d\d\))?)\s*[:|]
    |(?:related\s+(?:articles?|stories|story|headlines|coverage|content)|read\s+more|see\s+also|also\s+read)\s+[-–—]\s
    |related\s+(?:articles|stories|headlines|coverage)\s+(?=(?-i:[A-Z0-9]))""",
    re.I | re.VERBOSE)
# (the last: a plural label with no mark, right before a headline's capital or figure, "Related stories 2 killed, 22
# injured in shooting at Texas house party", "Related Articles Oakland: Rash of homicides ... push year's toll to 85";
# a bullet may stand before the label: "► Related: Grandparents charged in fatal shooting of Detroit girl, 5")
RELATED_BULLETS = ("► ", "• ", "» ")
# How far after the mark such a headline runs: a page's text may glue the story's own next sentence to it ("Watch:
# Commissioner Evans Update On Shooting “My prayers go out to the family of this young officer ...").
RELATED_REACH = 100
# How far into the sentence the mark closing the label may come ("Related Articles:", "Video (02:53) :").
RELATED_MARK_REACH = 30
# What ends a related-story label ("RELATED:", "Read more |", "Related stories - ").
RELATED_MARKS = (":", "|", " - ", " – ", " — ")


@dataclass(slots=True)
class _Count:
    """A count found in a sentence, before it is tied to a casualty term."""

    start: int  # in the sentence
    end: int
    text: str
    value: int | None
    value_low: int | None
    qualifier: str
    who: str | None
    tail: int  # end of the count and its victim noun
    singular: bool
    category: str | None = None
    how: str | None = None
    after: int | None = None  # where the words after an apposition start, tried when the tail's are not a term
    verb_end: int | None = None  # end of the term (and its helpers) that follows the count, once tied to it
    participle: bool = False  # that term stands without a helper verb ("A man wounded in the shooting ...")
    also: str | None = None  # a second category, from the main verb after such a participle
    apposed: int | None = None  # end of the apposition to another person that holds this count
    care: bool = False  # the term tying the count is hospital care or a condition, naming no injury
    member: bool = False  # a named member of a counted group listed after it, which the group's figure counts
    possessive: bool = False  # a victim noun after a name's possessive ("Gray's sister"), which needs a finite verb
    term_after: bool = True  # whether any casualty term starts after the tail in the sentence (none: no AFTER match)
    lent: tuple[str, int] | None = None  # the category and end of a singular verb after this group, its part's
    with_name: int | None = None  # start of a person named before "and" this count of "others" (the two a total)
    others: int | None = None  # start of the "others" this count of a pronoun and them holds (a group of its own)


_START = attrgetter("start")


def _overlaps(start: int, end: int, taken: Iterable[_Count]) -> bool:
    """Whether the words start:end open inside a count of `taken` (before its tail) or hold one's start: the test by
    which each finder of counts leaves words another has counted."""
    return any(c.start <= start < c.tail or start <= c.start < end for c in taken)


# A person's age set right after the name with its comma missing, or after a suffix's ("Robert Atkins 21, was found
# shot to death", "Shawn L. Johnson Jr., 21 of Lynchburg was shot and killed"): no figure of people. The name is two
# capitalised words, its last a surname's shape and not a term ("That Killed 1, Injured 6" in a headline is a count),
# its first no preposition ("In Chicago 12, including two teens, were killed").
NAME_AGE_UNSET = re.compile(r"(?:\b(?!(?:In|At|On|By|From|For|Of|The|To)\s)[A-Z][a-z'’.]*\s+[A-Z][a-z'’]+[a-z]\s|\b[JS]r\.,\s)$")
NAME_AGE_UNSET_END = re.compile(r"(?:,|\s+of\s+[A-Z])")


def _name_age(before: str, after: str) -> bool:
    """Whether a bare figure of one or two digits, with `before` and `after` it, is the age of the name before it
    (see NAME_AGE_UNSET)."""
    if not (before.endswith(" ") and before[-2:-1].isalpha() or before.endswith(("Jr., ", "Sr., "))):
        return False
    if not (NAME_AGE_UNSET_END.match(after) and NAME_AGE_UNSET.search(before)):
        return False  # (the comma or "of" after the figure first: a match at one place, not a search)
    return TERMS_LOWER.search(before[before.rfind(" ", 0, -1) + 1 :].lower()) is None


def _numeric_counts(sentence: str, lowered: str) -> list[_Count]:
    """Figures of people in the sentence (`lowered` is its lowercase form)."""
    counts = []
    age_end = -1  # where the last age ended, for the ages listed after it
    # (the patterns' lowercase forms read an ASCII sentence lowercased: see _lowercase_form)
    lower = lowered if sentence.isascii() else None
    for m in find_numbers(sentence, lower=lowered):
        after = sentence[m.end : m.end + 40]
        before = sentence[max(0, m.start - 20) : m.start]
        if (NOT_PEOPLE_AFTER.match(after) if lower is None else NOT_PEOPLE_AFTER_LOWER.match(lower[m.end : m.end + 40])):
            continue
        if after.startswith(STATION_NEXT) and m.text.isdigit():
            continue
        if len(m.text) == 4 and m.text.startswith(("19", "20")) and DATE_BEFORE_YEAR.search(before):
            continue
        if (NOT_PEOPLE_BEFORE.search(before) if lower is None
                else NOT_PEOPLE_BEFORE_LOWER.search(lower[max(0, m.start - 20) : m.start])) and not _qualified(m) and not (
                before.endswith("at ") and ("toll" in (near := sentence[max(0, m.start - 90) : m.start])
                                            or "number of" in near or "asualties" in near
                                            or PUT_FIGURE_AT.search(before))) and not (
                before.endswith(" in ") and (WHO_AFTER.match(sentence, m.end) or (
                    NOUN_AFTER.match(sentence, m.end) and RESULTED_IN.search(before)))) and not (
                before.endswith("from ") and FROM_FIGURE.search(before)):
            continue  # (but "put the death toll at 40", "put the number of dead at 23" and "casualties were estimated at
            # 500" are counts, and so is one
            # after "in" that victims follow: "resulted in five people being hospitalized" (or a casualty noun after
            # "resulted in": "resulted in three deaths"), and the earlier figure
            # "from" which a new one changed: "down to 28 from 35", see EARLIER_FIGURE)
        if len(m.text) <= 2 and m.text.isdigit() and _name_age(before, after):
            continue  # "Robert Atkins 21, was found shot to death", "Shawn L. Johnson Jr., 21 of Lynchburg"
        if NEGATED.search(before):
            continue
        if before.endswith("of ") and m.text.lower() == "one" and OF_ONE_FAMILY.match(sentence, m.end):
            continue
        if (_after_part_lead(sentence, m.start) and PARTITIVE.search(before)
                and not GROUP_TERM.match(sentence, m.end)):
            continue  # "two of the three victims died": the verb is the part's, not the group's
            # (a group with a term of its own is a figure too: "30 of the 80 wounded remained in hospital")
        if before.endswith(SOURCE_LEADS):
            continue  # "According to the two men, the victim ... died": the source, not the victims
        who_match = WHO_AFTER.match(sentence, m.end)
        if who_match is not None and _after_part_lead(sentence, m.start) and GROUP_TERM_VERB.match(sentence, m.end):
            who_match = None  # "two of the three killed were teens"
        aside = None
        if "-" in after and (aside := TIGHT_ASIDE.match(sentence, m.end)):
            if who_match is None or aside.end("who") < who_match.end("who"):
                who_match = aside  # (a victim noun the hyphen glued to the aside: "workers-two women and a man-were")
            else:
                aside = None
        quoted = None
        if who_match is None and sentence.startswith((' "', " “"), m.end):
            who_match = quoted = QUOTED_WHO.match(sentence, m.end)
        who = who_match.group("who") if who_match else None
        if who is None and _number_is_name(sentence, m):
            continue  # "confirmed to Cleveland 19 that", "the Curve 8900 is missing"
        tail = quoted.end() if quoted else who_match.end("who") if who_match else m.end
        if (m.is_vague and who is None and not VAGUE_VICTIMS.match(sentence, m.end)
                and not (sentence.startswith(" of ", m.end) and (VAGUE_NOUN.match(sentence, m.end)
                                                                 or _vague_of_victims(sentence, m.end)))
                and not _term_before_vague(sentence, m) and not _held_before(sentence, m.start)):
            continue  # "dozens" alone is rarely about people, unless a casualty verb follows: "Dozens injured"
        if (
            who is None
            and m.value is not None
            and 1900 <= m.value <= 2100
            and "," not in m.text
            and m.qualifier == "exact"
        ):
            continue  # a year
        if who is None and m.text.isdigit() and len(m.text) <= 3 and (
            NAME_AGE.search(before) and not PLACE_COMMA.search(sentence, max(0, m.start - PLACE_COMMA_REACH), m.start)
            or (before.endswith(AGE_LEADS) or AGE_AFTER_WORD.search(before) or before.endswith("other ") and
                OTHER_AGE_LEAD.search(sentence, max(0, m.start - OTHER_AGE_REACH), m.start)) and AGES_END.match(sentence, m.end)
            or age_end >= 0 and AGE_LIST_GAP.fullmatch(sentence, age_end, m.start)
            or before.endswith(" ") and _copula_age(sentence, m)
            or before.endswith(", ") and AGE_LAST.match(sentence, m.end) and (noun := NOUN_AGE.search(before))
            and noun.group(1) in SINGULAR_NOUNS
        ):
            age_end = m.end
            continue  # an age set off by commas: "John Smith, 25, was", "Hakim, both 51, died", "two men, 18 and 20,"
        count = _Count(m.start, m.end, m.text, m.value, m.value_low, m.qualifier, who, tail, False)
        if (who is not None and before.endswith(" and ") and m.value and m.qualifier == "exact"
                and who.lower().startswith("other") and (pair := PRONOUN_AND.search(before))):
            # "he and three others were shot": the group counts him too (the pronoun then holds no count of its own),
            # and the others are a group of their own
            count.start = m.start - len(before) + pair.start()
            count.text = sentence[count.start : m.end]
            count.value = m.value + 1
            count.others = m.start
        elif (who is not None and before.endswith(" and ") and m.value and m.qualifier == "exact"
                and who.lower().startswith("other") and (
                    name := NAME_AND.search(sentence, max(0, m.start - NAME_AND_REACH), m.start)) is not None
                and not any(w.lower() in NOT_NAMES for w in name.group("name").split())):
            count.with_name = name.start()  # "Conley and seven others were killed": eight in all
        if aside is not None:
            count.after = aside.end()  # "Four people-one with broken bones-are treated"
        elif who is not None and sentence.startswith(DASH_STARTS, tail):
            dashed = DASH_APPOSITION.match(sentence, tail)
            count.after = dashed.end() if dashed else None  # "Two men - John Smith and Bob Jones - were arrested"
        elif (who is not None and sentence.startswith(" who ", tail)
              and (relative := RELATIVE_BEFORE_DASH.match(sentence, tail)) is not None):
            dashed = DASH_APPOSITION.match(sentence, relative.end())
            count.after = dashed.end() if dashed else None  # "Four men who were hit — one 29, another 52 — were"
        elif who is not None and sentence.startswith(", one of ", tail):
            member = MEMBER_APPOSITION.match(sentence, tail)
            count.after = member.end() if member else None  # "Two victims, one of whom was a boy, were hurt"
        elif (who is not None and (m.value or 0) > 1 and sentence.startswith(", ", tail)
              and sentence[tail + 2 : tail + 3].isupper() and (listed := NAME_AGE_LIST.match(sentence, tail))):
            count.after = listed.end()  # "Three siblings, Jerry Shelton, 35, Brittany Powell, 27, and ..., died"
        counts.append(count)
    return counts


def _vague_of_victims(sentence: str, end: int) -> bool:
    """Whether "of" and a plural noun after a vague amount ending at `end` are followed by a term: "Dozens of activists
    were detained" (the noun need not be a victim row, but no animal: "dozens of dogs were killed")."""
    noun = PLURAL_FALLBACK.match(sentence, end + len(" of"))
    return (noun is not None and noun.group("who").rsplit(None, 1)[-1].lower() not in ANIMALS
            and VAGUE_VICTIMS.match(sentence, noun.end()) is not None)


def _term_before_vague(sentence: str, m: NumberMention) -> bool:
    """A term's last word right before a vague amount with a value that no "of" follows: "Quake injures dozens",
    "killing dozens and destroying homes" (not "killed dozens of cattle": the noun after it is no victim)."""
    if m.value_low is None or not m.text[:1].islower():
        return False  # ("several" has no value to count; "KILLED Hundreds gather": a headline glued to the next)
    last = sentence[max(0, m.start - 24) : m.start].rsplit(None, 1)
    return bool(last) and last[-1].lower() in BEFORE_LAST_WORDS and not sentence.startswith(" of ", m.end)


def _held_before(sentence: str, start: int) -> bool:
    """Detaining forces "held" the vague amount at start: "security forces held dozens"."""
    return sentence.endswith(("held ", "holding "), 0, start) and bool(
        HELD_BY.search(sentence, max(0, start - HELD_REACH), start))


# An age after a copula: "the man was 20 and in good condition", "The victim, who was 17, died", "who recently turned
# 16", "the children, who were 16, 14 and 9," (a bare figure that a stop, a comma, "and", "when" or "at" ends), unless
# the subject is a figure ("the number of injured was 14", "the toll is 12").
# (an age can be stressed: "when he was only 3", "she was just 12")
COPULA_BEFORE = re.compile(r"\b(?:was|is|were|are|turned|turns|turning)\s+(?:only\s+|just\s+|barely\s+)?$")
COPULA_AGE_END = re.compile(r"(?:\s*(?:,\s*and|,|and|&)\s*\d{1,3})*\s*(?:[,.;:)!?]|$|\s+(?:and|when|at|but|or)\b)")
COUNT_SUBJECT = re.compile(r"\b(?:number|toll|total|tally|count|figures?|casualties|fatalities|deaths|dead|injured|"
                           r"wounded|missing|arrests|detainees)\b", re.I)


def _copula_age(sentence: str, m: NumberMention) -> bool:
    """A bare figure after "was", "is", "were", "are" or "turned" that ends its phrase is an age, unless a figure
    noun ("number", "toll", "deaths") comes before it in the clause."""
    if not COPULA_BEFORE.search(sentence, max(0, m.start - 16), m.start) or not COPULA_AGE_END.match(sentence, m.end):
        return False
    lead = sentence[max(0, m.start - 60) : m.start]
    lead = lead[max(lead.rfind("."), lead.rfind(";")) + 1 :]
    return COUNT_SUBJECT.search(lead) is None


def _qualified(m: NumberMention) -> bool:
    return m.qualifier != "exact"


def _apposition_end(sentence: str, end: int) -> int | None:
    """Where the words after an apposition or a relative clause start ("The gunman, a 66-year-old from
    Illinois, was shot", "A man, whose name was not released, was killed"), or None."""
    # (both open on a comma: most victims have none after them)
    m = (APPOSITION.match(sentence, end) or RELATIVE.match(sentence, end) or _death_apposition(sentence, end)
         if sentence.startswith(",", end) else None)
    if m is None and sentence.startswith(DASH_STARTS, end):
        m = DASH_APPOSITION.match(sentence, end)  # "The victim — a 20-year-old man — died"
    return m.end() if m else None


# What may stand before a group that is itself one of a list, whose members are not those after it ("including two
# congressmen, two police officers, a congressional aide and a lobbyist").
LISTED_BEFORE = (", ", " and ", "including ")


def _singular_members(sentence: str, group: _Count, at: int) -> bool:
    """Whether the people listed one by one from `at` on, in apposition to `group`, are all its members: as many
    as it counts, closed by a comma ("Two men, a 19-year-old and a 20-year-old, were arrested"), and the group no part
    of a list itself."""
    if sentence.endswith(LISTED_BEFORE, 0, group.start):
        return False
    listed = 0
    while (m := SINGULAR.match(sentence, at)) is not None:
        listed += 1
        gap = MEMBER_NAME_GAP.match(sentence, m.end())
        if listed == group.value or gap is None:
            return listed == group.value and sentence.startswith(",", m.end())
        at = gap.end()
    return False


def _singular_counts(sentence: str, lower: str, taken: list[_Count]) -> list[_Count]:
    counts = []
    members = None  # (where the last member of a counted group ends, how many members it has left: see _named_counts)
    for m in SINGULAR.finditer(sentence):
        start, end = m.span()
        if taken and _overlaps(start, end, taken):
            continue
        det = m.group("det").lower()
        if det == "one" and sentence[m.end() : m.end() + 4] == " of ":
            continue
        mods = m.group("mods")
        if mods and det == "the" and VERB_IN_MODS.search(mods):
            continue
        if mods and NOT_ONE.search(mods) and not (
            det == "the" and THE_OTHER.fullmatch(mods) and not OTHER_NOT_AFTER.search(sentence, max(0, start - 9), start)
        ):
            continue
        if SPEAKS.match(sentence, end):
            continue  # "officers killed the gunman, a sheriff said": the source, not a victim
        if " of " in sentence[max(0, start - 40) : start] and MEMBER_OF.search(sentence, max(0, start - 40), start):
            continue
        noun = m.group("noun")
        pair = PAIRS.get(noun.rsplit(None, 1)[-1], 1) if noun.endswith(_PAIR_ENDS) else 1
        tail = end
        if m.group("det") in RELATIVE_DETS and sentence[end + 1 : end + 2].isupper() and (
                name := RELATIVE_NAME.match(sentence, end)):
            tail = name.end()  # "his brother Kristian, who was also arrested": the name is in apposition
        elif sentence.startswith((" to ", " for "), end) and (role := ROLE_COMPLEMENT.match(sentence, end)):
            tail = role.end()  # "A senior aide to the president was wounded"
        count = _Count(start, end, m.group(0), pair, None, "exact", noun, tail, True)
        # A member of a counted group listed after it, as a name may be ("Two men, a 19-year-old and a 20-year-old,
        # were arrested"): it carries the verb to the group, but is no figure of its own.
        if members is not None and members[1] > 0 and MEMBER_NAME_GAP.fullmatch(sentence, members[0], start):
            count.member, members = True, (tail, members[1] - 1)
        elif (sentence.startswith(", ", start - 2) and (group := _counted_group(sentence, taken, start - 2))
              and _singular_members(sentence, group, start)):
            count.member, members = True, (tail, group.value - 1)
        # (an apposition or a relative clause opens on a comma or a dash)
        count.after = _apposition_end(sentence, tail) if sentence.startswith(_APPOSITION_STARTS, tail) else None
        counts.append(count)
        counts.extend(_shared_det(sentence, end))
    if PARENT_OF_CUE.search(lower):
        counts.extend(_parent_counts(sentence, taken + counts))
    if ("s " in sentence and ("'s " in sentence or "’s " in sentence or "’ s " in sentence or "' s " in sentence)
            and not YEAR.search(sentence) and not DATED_OPENING.match(sentence)):
        # (not in a sentence holding a year or opening on a month, of a relative's past: "Ice Cube's sister was shot
        # to death in 1981", "In July, Stacy's father died")
        for m in NAME_POSSESSIVE.finditer(sentence):
            start, end = m.span()
            if _overlaps(start, end, taken + counts):
                continue
            if SPEAKS.match(sentence, end) or _lead(OBJECT_LEAD, sentence, start):
                continue  # ("Gray's sister said", "the funeral of Gray's sister": no victim of a verb after)
            noun = m.group("noun")
            tail = end
            if sentence[end + 1 : end + 2].isupper() and (name := RELATIVE_NAME.match(sentence, end)):
                tail = name.end()  # "Gray's sister Mahnefeh was among those arrested": the name is in apposition
            count = _Count(start, end, m.group(0), 1, None, "exact", noun, tail, True)
            count.after = _apposition_end(sentence, tail) if sentence.startswith(_APPOSITION_STARTS, tail) else None
            count.possessive = True
            counts.append(count)
    if "other" in sentence:  # ("another" holds it too)
        for m in OTHER_ALONE.finditer(sentence):
            start, end = m.span()
            if (any(c.start <= start < c.tail for c in taken + counts)
                    or OTHER_NOT_AFTER.search(sentence, max(0, start - 9), start) or _lead(OBJECT_LEAD, sentence, start)):
                continue  # (not "Neither the driver or the other", nor "the teen who shot the other was held")
            counts.append(_Count(start, end, m.group(0), 1, None, "exact", None, end, True))
    return counts


def _parent_counts(sentence: str, taken: list[_Count]) -> list[_Count]:
    """Parents named by their children with no article (PARENT_OF), each a victim of one: "Queens mother of 2 dead"
    (tried where the lowercased sentence holds one of PARENT_OF_CUES, PARENT_OF_CUE)."""
    counts = []
    for m in PARENT_OF.finditer(sentence):
        start, end = m.span()
        if _overlaps(start, end, taken):
            continue  # ("a mother of two": SINGULAR's)
        counts.append(_Count(start, end, m.group(0), 1, None, "exact", m.group("noun").lower(), end, True))
    return counts


def _one_each(sentence: str, pattern: re.Pattern[str], group: str, how: str, taken: list[_Count],
              unless: re.Pattern[str] | None = None, category: str = "killed") -> Iterator[_Count]:
    """A count of one of `category` for the words of `group` in each match of pattern that no taken count holds, read
    as `how`; none at all when `unless` matches anywhere in the sentence."""
    for m in pattern.finditer(sentence):
        start, end = m.span(group)
        if any(c.start <= start < c.tail for c in taken) or (unless is not None and unless.search(sentence)):
            continue
        count = _Count(start, end, m.group(group), 1, None, "exact", None, end, True)
        count.category, count.how = category, how
        yield count


# "Each" or "All" opening a sentence, with its verb, and the sentence right before it (within GROUP_BEFORE_REACH) when
# that one opens on a figure of people and their helper verb, whose size they take: "Two women were struck by a car.
# Each was taken to hospital".
EACH_OPENING = re.compile(r"(?:Each|All)(?=\s+(?:was|were|had|has|have|is|are)\s)")
GROUP_BEFORE = re.compile(r"""(?:^|[.!?]["”]?\s+)(?:The\s+)?(?P<n>(?-i:[A-Z])[\w,]*|\d[\d,]*)\s+(?:[a-z][\w-]*\s+){0,2}?
    (?:[a-z]+s|men|women|children|people)\s+(?:were|had|have)\s[^.!?]*[.!?]["”]?\s*$""", re.VERBOSE)
GROUP_BEFORE_REACH = 200  # (the characters read before the sentence: a short sentence of one group)


def _each_of_group(text_all: str, sent_start: int, sentence: str) -> list[_Count]:
    """The opening "Each" or "All" of a sentence as a count of the group the sentence before it opened on (see
    EACH_OPENING), or none."""
    each = EACH_OPENING.match(sentence)
    group = each and GROUP_BEFORE.search(text_all, max(0, sent_start - GROUP_BEFORE_REACH), sent_start)
    number = group and parse_number(group.group("n"))
    if not number or number.value is None or number.value < 2 or _other_event(group.group(0)):
        return []  # (nor a group of another event: "Three men were shot in a separate incident. All are ...")
    return [_Count(0, each.end(), each.group(0), number.value, None, "exact", None, each.end(), False)]


def _inherent_counts(sentence: str, lower: str, taken: list[_Count]) -> list[_Count]:
    """Nouns that carry their own category: "a man's body was found", "police made an arrest", "he"/"she" (`lower`
    is the sentence lowercased)."""
    counts = []
    for m in INHERENT.finditer(sentence) if ("body" in lower or "arrest" in lower) else ():
        if _overlaps(m.start(), m.end(), taken):
            continue
        noun = m.group("noun").lower()
        if noun == "body" and (BODY_FOUND.match(sentence, m.end()) or (
                BODY_FOUND_BEFORE.search(sentence, max(0, m.start() - BODY_FOUND_REACH), m.start())
                and not sentence.startswith(" of ", m.end()))):
            category = "killed"
        elif noun == "arrest" and (ARREST_MADE.search(sentence[max(0, m.start() - 40) : m.start()]) or ARREST_WAS_MADE.match(sentence, m.end())):
            if ARREST_NOT_MADE.search(sentence, max(0, m.start() - 40), m.start()):
                continue  # "Police have not made an arrest or identified a suspect": no one held
            category = "detained"
        else:
            continue
        count = _Count(m.start(), m.end(), m.group(0), 1, None, "exact", None, m.end(), True)
        count.category, count.how = category, "noun"
        counts.append(count)
    if lower.startswith(ARREST_HEADLINE_STEMS) and (m := ARREST_HEADLINE.match(sentence)) and not any(
            c.start < m.end() for c in taken):
        # a headline's "Arrest made in fatal shooting of Colorado Springs teen": one held, as "An arrest was made"
        count = _Count(0, m.end("noun"), m.group("noun"), 1, None, "exact", None, m.end("noun"), True)
        count.category, count.how = "detained", "noun"
        counts.append(count)
    for m in MULTIPLE_KILLING.finditer(sentence) if any(map(lower.__contains__, MULTIPLES)) else ():
        if _overlaps(m.start(), m.end(), taken):
            continue
        if MULTIPLE_HYPOTHETICAL.search(sentence, max(0, m.start() - 24), m.start()):
            continue
        times = MULTIPLES[m.group("times").lower()]
        count = _Count(m.start(), m.end(), m.group(0), times, None, "exact", None, m.end(), True)
        count.category, count.how = "killed", "multiple"
        counts.append(count)
    for m in IDENTIFIED_DEAD.finditer(sentence) if "identified" in lower and ("fatality" in lower or "deceased" in lower) else ():
        start, end = m.span("count")
        if sentence.startswith(" as ", end) and not sentence.endswith("identified ", 0, start):
            continue  # ("as" right after the noun only where "identified" comes before it)
        if _overlaps(start, end, taken):
            for c in taken:
                if c.start == start and c.end == end and c.singular and c.category is None:
                    c.category, c.how = "killed", "noun"  # "The deceased victim" (a singular victim already)
            continue
        count = _Count(start, end, m.group("count"), 1, None, "exact", m.group("count").split()[-1].lower(), end, True)
        count.category, count.how = "killed", "noun"
        counts.append(count)
    possessive = "s injur" in lower or "s wound" in lower or "s gunshot" in lower  # (POSSESSIVE_STEMS, inline)
    for m in POSSESSIVE_INJURIES.finditer(sentence) if possessive else ():
        start, end = m.start(), m.end("noun")
        if _overlaps(start, end, taken):
            continue
        count = _Count(start, end, sentence[start:end], 1, None, "exact", m.group("noun").lower(), end, True)
        count.category = "killed" if FATAL_AFTER.match(sentence, m.end()) else "injured"
        count.how = "noun"
        counts.append(count)
    if any(map(lower.__contains__, SELF_STEMS)):
        counts.extend(_one_each(sentence, SELF_KILLED, "self", "noun", taken, unless=SELF_UNSTATED))
        counts.extend(_one_each(sentence, SELF_SURVIVED, "self", "noun", taken, category="injured"))
    if " dead" in sentence and any(map(lower.__contains__, PRONOUNCED_STEMS)):
        counts.extend(_one_each(sentence, PRONOUNCED_DEAD, "who", "before", taken))
    for m in PRONOUN.finditer(sentence):
        start, end = m.span()
        if not any(c.start <= start < c.tail for c in taken):
            counts.append(_Count(start, end, m.group(0), 1, None, "exact", None, end, True))
    for m in LEFT_PRONOUN.finditer(sentence) if (" him " in sentence or " her " in sentence) else ():
        start, end = m.span("who")
        if any(c.start <= start < c.tail for c in taken) or sentence.endswith("had ", 0, m.start()):
            continue
        count = _Count(start, end, m.group("who"), 1, None, "exact", None, end, True)
        if cat := _category_after(sentence, count):
            count.category, count.how = cat, "after"
            counts.append(count)
    for m in OBJECT_PRONOUN.finditer(sentence) if (" him" in sentence or " her" in sentence) else ():
        start, end = m.span()
        if any(c.start <= start < c.tail for c in taken):
            continue
        custody = (sentence.startswith(" into ", end) and PRONOUN_CUSTODY.match(sentence, end)
                   and AROUND_BEFORE["custody"].search(sentence, max(0, start - PRONOUN_CUSTODY_REACH), start))
        # (the tests at the pronoun first: the search of the whole sentence for a date only when one of them holds)
        if not custody and not OBJECT_TERM_END.search(sentence, max(0, start - 40), start) or OBJECT_DATED.search(sentence):
            continue
        count = _Count(start, end, m.group(0), 1, None, "exact", None, end, True)
        if custody:
            count.category, count.how = "detained", "before"
            counts.append(count)
            continue
        # (only as a term's object: no verb of its own follows)
        if _category_before(sentence, count) == "detained":
            count.category, count.how = "detained", "before"
            counts.append(count)
    for m in ORDINAL_VICTIM.finditer(sentence) if any(map(sentence.__contains__, ORDINAL_STEMS)) else ():
        start, end = m.span()
        if any(c.start <= start < c.tail for c in taken):
            continue
        count = _Count(start, end, m.group(0), 1, None, "exact", None, end, True)
        # (only as a term's object, as "him" above, or its subject)
        if cat := _category_before(sentence, count):
            count.category, count.how = cat, "before"
        elif cat := _category_after(sentence, count):
            count.category, count.how = cat, "after"
        else:
            continue
        counts.append(count)
    return counts


@lru_cache(maxsize=4096)
def _name_words(name: str) -> tuple[str, ...] | None:
    """The words of a name once "The", "Police", "Officer" leading it are dropped; None when nothing is left
    or a word is never part of a victim's name. Kept per name: the same capitalised words recur."""
    words = name.split()
    while words and words[0].strip(".").lower() in NOT_NAMES:
        words.pop(0)  # "The", "Police", "Officer" leading a name
    if not words or any(w.strip(".,").lower() in NOT_NAMES and not _is_initial(w) for w in words):
        return None  # (a middle initial is no word: "Sidney A. Muller", not the article "a"; see _is_initial)
    return tuple(words)


def _named_counts(sentence: str, taken: list[_Count], surnames: Callable[[str], bool]) -> list[_Count]:
    """Named victims: one person each ("Jamal Berry, 30, was killed"). A lone surname ("Harris was pronounced
    dead") counts only when the article names someone with it in full, so places and bodies stay out;
    `surnames(word)` answers that."""
    counts = []
    members = None  # (where the last member of a counted group ends, how many members it has left)
    paired = -1  # where a pair of names after "both" ends, whose second name is counted with the first
    for m in NAMED.finditer(sentence):
        # The checks are independent; the cheapest and most selective come first.
        name = sentence[m.start("name") - 1 : m.end("name")]  # (with its first capital: see NAMED)
        words = _name_words(name)
        if not words or m.start() < paired:
            continue
        if words[-1].rstrip(".") in BODY_NAME_ENDS:
            # (a name "and" joins to it is one of the same list: "both Freight Car America and Norfolk Southern")
            if sentence.startswith(" and ", m.end("name")) and (pair := NAMED.match(sentence, m.end("name") + 5)):
                paired = pair.end("name")
            continue
        start, end = m.start(), m.end("name")
        both = sentence.startswith("Both ", start)
        if both:
            start += 5  # ("Both John Smith and Tom Brown were killed": the pair, below)
        # A member of a counted group listed by name after it, which already counts it ("two residents, John Smith,
        # 52, and James Oler"): it still carries the verb to the group, but is no figure of its own.
        member = False
        if (members is not None and members[0] is not None and members[1] > 0
                and MEMBER_NAME_GAP.fullmatch(sentence, members[0], start)):
            member, members = True, (None, members[1] - 1)
        elif sentence.startswith(", ", start - 2) and (group := _counted_group(sentence, taken, start - 2)):
            member, members = True, (None, group.value - 1)
        elif sentence.endswith(" of ", 0, start) and (multiple := MULTIPLE_OF.search(sentence, max(0, start - 40), start)):
            member, members = True, (None, MULTIPLES[multiple.group("times").lower()] - 1)
        if sentence[max(0, start - 4) : start].lower() == "the ":
            continue  # "at the Walmart": a place or a body, not a person
        # A victim noun after the name makes it a place or a body the victim is of: the noun is the victim ("the
        # fatal shooting of Detroit girl, 5").
        noun = (NAME_NOUN.match(sentence, end) if start > 1 and sentence.startswith(" ", end) and sentence[start - 1] == " "
                and sentence[start - 2].islower() else None)
        if noun is not None:
            end = noun.end()
        elif (not member and sentence.startswith((". ", ".,"), end) and name.endswith(SUFFIX_STOPPED)
              and (NAME_NEXT.match(sentence, end + 1) if sentence[end + 1] == " "
                   else len(words) > 2 and SUFFIX_COMMA_AGE.match(sentence, end))):
            end += 1  # "George Matis Jr. was arrested": the suffix's stop is the name's (see NAMED); not a member
            # listed after its group, which the group counts ("three children, ..., 5-year-old Mark Jr. and ...")
        # Only a name that a casualty term can reach counts: one followed by a verb, an apposition or "and",
        # one right after a term ("killing Jamal Berry"), or one taken into custody ("took Jenkins into custody").
        suffix_age = SUFFIX_AGE.match(sentence, end) if name.endswith(NAME_SUFFIXES) else None
        if suffix_age is None and not NAME_NEXT.match(sentence, end):
            last = sentence[max(0, start - 24) : start].rsplit(None, 1)
            if ((not last or last[-1].lower() not in NAME_BEFORE_WORDS) and not _detained_pair(sentence, start)
                    and not (sentence.startswith(" into ", end) and AROUND_AFTER.match(sentence, end)
                             and AROUND_BEFORE["custody"].search(sentence, max(0, start - 24), start))):
                role_start = _role_before_name(sentence, start, last[-1]) if last else None
                if role_start is None:
                    continue
                start = role_start  # ("the death of teenager Alexandros Grigoropoulos": the bare role and name)
        if _overlaps(start, end, taken):
            continue
        if _place_lead(sentence, start):
            continue  # "in Northeast Baltimore": a place, not a person
        if (sentence.startswith(", ", start - 2) and sentence.startswith(",", end) and not AGE_NEXT.match(sentence, end)
                and REGION_TOWN.search(sentence, max(0, start - 50), start)):
            continue  # "in Bountiful, British Columbia,": the town's region, not a person (a name has an age after it)
        if len(words) == 1 and noun is None and (not surnames(words[0]) or words[0] in HEADLINE_WORD_SET):
            continue  # (nor a headline's casualty word: "17-Year-Old Killed, 3 Hurt in Shooting")
        if len(words) > 1 and ARTICLE_BEFORE.search(sentence, max(0, start - 4), start):
            start = sentence.rindex(" ", 0, start - 1) + 1 if " " in sentence[:start - 1] else 0
            # ("fatally shooting a Good Samaritan": a capitalised noun phrase, which the article opens)
        if (NAME_AS_SOURCE.search(sentence[max(0, start - 16) : start]) or SPEAKS.match(sentence, end)
                or sentence.startswith(("According to", "Citing")) and sentence.startswith(",", end)
                and SOURCE_OPENING.match(sentence[:start]) is not None):
            continue  # "according to Alex Horton", "..., Wagner said": the source of the report
        if sentence.startswith(COMMA_SUFFIX_STARTS, end) and (suffix := COMMA_SUFFIX.match(sentence, end)):
            end = suffix.end()  # "W. Mark Felt, Sr., the number 2 man at the FBI, died": the suffix is the name's
        appos = (APPOSITION.match(sentence, end) or ROLE_APPOSITION.match(sentence, end)
                 or HOMETOWN_WITH.match(sentence, end) or _death_apposition(sentence, end)
                 if sentence.startswith(",", end) else suffix_age)
        if appos is not None and sentence.startswith(",", appos.end() - 1) and (
                role := ROLE_APPOSITION.match(sentence, appos.end() - 1)) and not ROLE_VERB.match(
                    sentence, appos.end() - 1):
            appos = role  # "John Smith, 52, owner of the store, was killed": the age, then the role, set off alike
        tail = appos.end() if appos else end
        who = noun.group("noun") if noun else " ".join(words)
        count = _Count(start, end, sentence[start:end], 1, None, "exact", who, tail, True)
        if not member and sentence[max(0, start - 5) : start] in ("both ", "Both ") and (
                pair := _paired_name(sentence, end, surnames)):
            # "both Oler and Blackmore were arrested": the two, one figure
            start, paired = start - 5, pair.end("name")
            count = _Count(start, paired, sentence[start:paired], 2, None, "exact", sentence[start + 5 : paired],
                           paired, False)
        elif both:
            continue  # (a name after "Both" that no second name follows is left out, as it was)
        if member:
            count.member, members = True, (tail, members[1])
        # (a relative clause may follow the apposition, whose closing comma opens it: "John Smith, 52, who ran
        # the clans, was found dead")
        at = count.tail - 1 if appos is not None and sentence.startswith(",", count.tail - 1) else count.tail
        relative = RELATIVE.match(sentence, at) if sentence.startswith(",", at) else None
        count.after = relative.end() if relative else None
        counts.append(count)
    marks = None if sentence[:1].isalpha() else LEADING_MARKS.match(sentence)  # (a letter is never a mark)
    starts = [marks.end() if marks else 0]
    if "|" in sentence or ":" in sentence:
        starts += [h.end() for h in HEADLINE_STARTS.finditer(sentence)]
    for pos in starts:
        m = HEADLINE_MODIFIED.match(sentence, pos) or HEADLINE_SINGULAR.match(sentence, pos)
        if m is None:
            continue
        start, end = m.start(), m.end()
        if _overlaps(start, end, taken + counts):
            continue
        appos = APPOSITION.match(sentence, end) if sentence.startswith(",", end) else None
        tail = appos.end() if appos else end
        counts.append(_Count(start, end, m.group(0), 1, None, "exact", m.group("noun").lower(), tail, True))
        if tail == end:
            # "Father and son were both killed", as "A father and son"; "Husband, wife killed in crash", as headlines
            # join the two
            counts.extend(_shared_det(sentence, end, SHARED_COMMA if sentence.startswith(", ", end) else SHARED_DET))
        if "," in sentence[tail : tail + HEADLINE_NEXT_REACH] and (
                second := HEADLINE_NEXT.search(sentence, tail, tail + HEADLINE_NEXT_REACH)):
            a, b = second.span("noun")  # "Woman killed, child injured in hit-and-run"
            if not any(c.start <= a < c.tail for c in taken + counts):
                counts.append(_Count(a, b, second.group("noun"), 1, None, "exact", second.group("noun").lower(), b, True))
    return counts


def _shared_det(sentence: str, end: int, shared_det: re.Pattern[str] = SHARED_DET) -> list[_Count]:
    """A count of one for a second victim noun sharing the determiner (or the bare opening) of the one that ends at
    end (see SHARED_DET and SHARED_COMMA), or none."""
    if not sentence.startswith((" and ", ", "), end) or not (shared := shared_det.match(sentence, end)):
        return []
    a, b = shared.span("noun")
    return [_Count(a, b, shared.group("noun"), 1, None, "exact", shared.group("noun"), b, True)]


def _paired_name(sentence: str, end: int, surnames: Callable[[str], bool]) -> re.Match[str] | None:
    """The second name of "both John Smith and Tom Brown" (or "both Smith and Brown"), when the first ends at end."""
    if not sentence.startswith(" and ", end):
        return None
    m = NAMED.match(sentence, end + 5)
    words = _name_words(sentence[m.start("name") - 1 : m.end("name")]) if m else None  # (see NAMED)
    # (not one an apposition or a clause follows, which tells of it alone: "both Pruitt and Paylor, who was shot")
    return m if words and not sentence.startswith(",", m.end("name")) and (len(words) > 1 or surnames(words[0])) else None


# Between two names that list the members of a counted group: "two residents, John Smith, 52, and James Oler".
MEMBER_NAME_GAP = re.compile(r",?\s+and\s+|,\s+")
OF_WHOSE = re.compile(r"\bof\s+(?:(?:her|his|their|its|our|my|the)\s+)?$", re.I)


def _counted_group(sentence: str, taken: list[_Count], at: int) -> _Count | None:
    """The counted group of two or more that ends right at `at`, where names in apposition list its members ("arrested
    two residents, John Smith and James Oler"): they are the group, not groups of one beside it."""
    group = next((c for c in taken if c.tail == at and not c.singular and c.value is not None and c.value >= 2
                  and c.who), None)
    # (not a group that a noun before it is of: in "the father of her two girls, John Smith," the name is his)
    return None if group is None or _lead(OF_WHOSE, sentence, group.start) else group


# A victim noun right after a name, with no determiner: the name is a place or a body ("the fatal shooting of Detroit
# girl, 5", "a slain Baton Rouge police officer"; only after a lowercase word, as a capitalised word opening a
# headline may be any word: "Teen girl dies", "Neither officer was hurt"). A possessive name is left as it is: the
# relatives it names are often told of in the past ("grieving the death of Brown's mother").
NAME_NOUN = re.compile(rf"(?<![’'])(?<!['’]s)\s+(?:police\s+)?(?P<noun>{_SINGULAR_NOUNS})\b(?![-'’])")


# A preposition before capitalised words that makes them a place: "shot to death in Northeast Baltimore",
# "Graham, of Central Harlem,", "Ward, from Gwynn Oak,", "the 3000 block of West Flournoy" ("on",
# "into" are left out: "used a Taser on Mr. Myrick, who was arrested", "Entered into Rest Bethany Thompson"), also
# with a part of a town between ("in southwest Albuquerque", a town that shares a word with a church's name).
PLACE_LEAD = re.compile(r"""(?:\b(?:in|at|near|outside|inside|to)
    (?:\s+(?:north|south|east|west|northeast|northwest|southeast|southwest|central|downtown|suburban|rural))?
    |,\s+(?:of|from)|\bblock\s+of)\s$""", re.VERBOSE)
# The character before the space that ends a PLACE_LEAD match (or a space, before a final newline): a cheap first
# test, as most names follow words that can end no such lead.
_PLACE_LEAD_LAST = frozenset("ntreofhlm")
# How far before a name the lead is searched: the longest lead, "outside southwest ".
PLACE_LEAD_REACH = 20
# A town set off by a comma before its region: "in Bountiful, British Columbia," (the region is no name; not after
# "to" or "of", which may end a source or a list's earlier member: "According to KFOR, Michael Arledge, 19,").
AGE_NEXT = re.compile(r",\s+\d{1,3}\b(?!-)")
REGION_TOWN = re.compile(r"\b(?:in|from|near|outside)\s+[A-Z][\w'’.-]*+(?:\s+[A-Z][\w'’.-]*+){0,3},\s$")


def _place_lead(sentence: str, start: int) -> bool:
    """Whether PLACE_LEAD ends right at start (searched over the PLACE_LEAD_REACH characters before it)."""
    last = sentence[start - 2 : start - 1] if start >= 2 else ""
    return bool(last) and (last in _PLACE_LEAD_LAST or last.isspace()) and (
        PLACE_LEAD.search(sentence, max(0, start - PLACE_LEAD_REACH), start) is not None)


# A bare role noun between a term and a name ("the death of teenager Alexandros Grigoropoulos", "the arrest of
# suspect John Smith"): the noun is SINGULAR_NOUNS', the word before it one a name may follow (NAME_BEFORE_WORDS).
ROLE_BEFORE_NAME = re.compile(r"(?<![\w'’-])(?P<lead>[A-Za-z]+)\s+(?P<noun>[a-z-]+)\s+$")
ROLE_BEFORE_REACH = 40
# The same with one lowercase word describing the role before it: "killed local rapper Christopher Barriere".
ROLE_MODIFIED_BEFORE_NAME = re.compile(r"(?<![\w'’-])(?P<lead>[A-Za-z]+)\s+(?P<modifier>[a-z]+)\s+(?P<noun>[a-z-]+)\s+$")


def _role_before_name(sentence: str, start: int, last_word: str) -> int | None:
    """Where a bare role (SINGULAR_NOUNS' `last_word`, the word right before the name at `start`) starts, after a word
    a name may follow (NAME_BEFORE_WORDS), and with one word describing it between them (not one of NOT_ROLE_WORDS):
    "the death of teenager X", "killed local rapper X". None when the words before the name are no such role."""
    if last_word not in SINGULAR_NOUNS:
        return None
    reach = max(0, start - ROLE_BEFORE_REACH)
    role = ROLE_BEFORE_NAME.search(sentence, reach, start)
    if role is not None and role.group("lead").lower() in NAME_BEFORE_WORDS:
        return role.start("noun")
    role = ROLE_MODIFIED_BEFORE_NAME.search(sentence, reach, start)
    if (role is not None and role.group("lead").lower() in NAME_BEFORE_WORDS
            and role.group("modifier") not in NOT_ROLE_WORDS):
        return role.start("modifier")
    return None


# An indefinite article right before capitalised words ("a Good Samaritan"), which are then a noun phrase it opens.
ARTICLE_BEFORE = re.compile(r"(?<![\w'’])[Aa]n?\s$")
# A given name (or an initial, or a given name and a quoted nickname) just before a surname: "Victoria Cantu", "Paul J.
# Rayer", "Egardo “Coco” Perez".
NAME_BEFORE = re.compile(r"""(?:[A-Z][a-z'’]+|[A-Z]\.|[A-Z][a-z'’]+\s+(?:"[A-Z][^"\n]{0,14}"|“[A-Z][^”\n]{0,14}”))\s+$""")
# ... and a surname just after a given name: "Jaylen Pender" (one capitalised word of letters, then no more of them,
# save a generational suffix: "Marlin Banks Jr."), not after an article, a preposition or a number, which open the
# name of a place ("the Gaza Strip", "in Lafayette Parish", "524 Schenectady St.").
SURNAME_AFTER = re.compile(r" ([A-Z][a-z]+)(?![\w'’-]| (?!(?:Jr|Sr)\b)[A-Z])")
PLACE_BEFORE_NAME = frozenset("the a an in at into on from near to across outside inside".split())


def _is_initial(word: str) -> bool:
    """Whether a word is an initial: one capital and a full stop ("A.", "J.")."""
    return len(word) == 2 and word[1] == "." and "A" <= word[0] <= "Z"


def _is_surname(text: str, word: str) -> bool:
    """The article names someone in full with this last word ("Harris" after "Garry Roosevelt Harris"), or with this
    first word, as local copy calls a child by the given name once named in full ("Jaylen" of "Jaylen Pender")."""
    at = text.find(word)
    while at != -1:
        end = at + len(word)
        if not text[end : end + 1].isalpha():
            window = text[max(0, at - 30) : at]
            if NAME_BEFORE.search(window):
                before = window.split()
                # (a middle initial is no article: "A." of "Kavon A. Cooper" is not "a")
                if before and (_is_initial(before[-1]) or before[-1].strip(".").lower() not in NOT_NAMES):
                    return True
            elif (text[end : end + 1] == " " and "A" <= text[end + 1 : end + 2] <= "Z"  # (a cheap first test)
                  and (surname := SURNAME_AFTER.match(text, end)) and word[-1].isalpha()
                  and surname.group(1).lower() not in NOT_NAMES):
                before = window.split()
                if not before or not (before[-1].lower() in PLACE_BEFORE_NAME or before[-1][-1:].isdigit()):
                    return True
        at = text.find(word, end)
    return False


def _category_after(sentence: str, c: _Count) -> str | None:
    """Category of a casualty term following the count ("five were shot dead", "a man died", "12 deaths")."""
    m = None
    if c.term_after:  # (no term after the count: none of the patterns below can match)
        if c.who is None and not c.singular:
            noun = NOUN_AFTER.match(sentence, c.end) or (VAGUE_NOUN.match(sentence, c.end) if c.value is None else None)
            if not noun and c.value == 1 and (one := ONE_NOUN.match(sentence, c.end)):
                return ONE_NOUN_CATEGORY[one.group("term").lower()]
            if noun:
                term = noun.group("term")
                if term.lower() != "lives" or (LIVES_TAKEN.search(sentence, max(0, c.start - 16), c.start)
                                               or LIVES_LOST.match(sentence, noun.end())):
                    return NOUN_CATEGORY(term)
        m = AFTER.match(sentence, c.tail)
        if ((m is None or c.singular) and (" died" in sentence or " succumbed" in sentence)
                and (died := HARMED_THEN_DIED.match(sentence, c.tail))
                and not (c.singular and _lead(OBJECT_LEAD, sentence, c.start))):
            m = AFTER.match(sentence, died.start("main")) or m  # "A teenager shot in the head in her own front yard
            # has died", "An Opelousas teen hospitalized after a weekend shooting has died" (a group's own participle
            # term stands: "One of four women wounded in the shooting has died" keeps the four injured)
        if (m and sentence.startswith(" was ", c.tail) and not c.singular and (c.value is None or c.value > 1)
                and " who " in sentence[: c.start]):
            m = None  # a plural inside a relative clause, before the subject's singular verb: "The leader who has
            # admitted having dozens of children was arrested"
        if m and m.group("members") and sentence.endswith(" of ", 0, c.start):
            m = None  # "three of four members of a family were killed": the whole the part is taken from
        if not m and sentence.startswith(" and ", c.tail) and (animal := ANIMAL_MEMBER.match(sentence, c.tail)):
            m = AFTER.match(sentence, animal.end())
        if m and c.apposed is not None and m.end() > c.apposed and not RELATIVE_WORD.search(m.group("filler")):
            return None  # "John Smith, a friend of the victim, was arrested": the verb is the name's
        if not m and c.after is not None:
            if sentence[c.after - 1] == "-" and sentence[c.after : c.after + 1].isalpha():
                # (an aside set off by hyphens with no spaces, "people-one with broken bones-are treated": the hyphen
                # read as the space it stands for, which keeps the offsets)
                m = AFTER.match(f"{sentence[: c.after - 1]} {sentence[c.after :]}", c.after - 1)
            else:
                m = AFTER.match(sentence, c.after)  # "The victim, who was not identified, died"
        if not m and c.who is None and not c.singular:
            fallback = PLURAL_FALLBACK.match(sentence, c.tail)
            if fallback and fallback.group("who").rsplit(None, 1)[-1].lower() in ANIMALS:
                return None  # "two dogs were killed": animals are no claim
            if fallback:
                m = AFTER.match(sentence, fallback.end())
                if m:
                    c.who, c.tail = fallback.group("who"), fallback.end()
    # (past an apposition too: "Another man, 28, was shot in the mouth and taken to Sinai in good condition")
    if (not m and (" and " in (window := sentence[c.tail : c.tail + SECOND_PREDICATE_REACH]) or " but " in window)
            and ((second := SECOND_PREDICATE.match(sentence, c.tail))
                 or (c.after is not None and (second := SECOND_PREDICATE.match(sentence, c.after))))):
        m = AFTER.match(sentence, second.end())  # "The driver was uncooperative and was later arrested"
    if not m and sentence.startswith(" who ", c.tail) and RELATIVE_HARM_SURVIVED.match(sentence, c.tail):
        return "injured"  # "A girl who was shot in the head survived"
    if (not m and sentence.startswith((" was ", " were "), c.tail) and "survived" in sentence  # (a cheap first test)
            and SHOT_BUT_SURVIVED.match(sentence, c.tail)
            and not sentence.endswith(("after ", "before "), 0, c.start)):
        # (not in a clause that times another: "came just four days after another man was shot, but survived")
        return "injured"  # "Her mother was also shot, but survived", "was shot six times but survived"
    if not m:
        if c.singular:
            # (an apposition opens on a comma)
            return _category_in_apposition(sentence, c) if sentence.startswith(",", c.end) else None
        # Victims whose noun is itself a casualty noun, and no other term follows: "some 14,000 refugees" (not
        # what something is for: "supplies for 15,000 refugees")
        head = c.who.rsplit(None, 1)[-1] if c.who else ""
        if head.lower() in NOUN_VICTIMS and not sentence.endswith("for ", 0, c.start):
            return NOUN_CATEGORY(head)
        return None
    if m.group("term")[:10].lower() == "suffering " and "," in sentence[c.tail : m.start("term")]:
        # a participle set off by commas: the verb after it is the victim's ("Her sister, also suffering from a
        # gunshot wound, was pronounced dead"), and after an agent it is no victim's ("found by his father,
        # suffering from a gunshot wound")
        if sentence.endswith("by ", 0, c.start):
            return None
        if sentence.startswith(",", m.end()) and (main := AFTER.match(sentence, m.end())):
            m = main
    if (not c.singular and sentence.endswith(("one of ", "One of "), 0, c.start)
            and SINGULAR_HELPER_END.search(sentence, c.tail, m.start("term"))):
        # "One of two men who were shot has died": the singular verb is the one's, not the group's (see
        # _part_of_described)
        if category := _term_category(sentence, c, m):
            c.lent = (category, m.end())
        return None
    filler = m.group("filler")
    term = m.group("term").lower()
    if filler[:4].lstrip(" ,").startswith("to ") and sentence.endswith("by ", 0, c.start):
        return None  # "was taken by a friend to Jackson Park Hospital with a gunshot wound": the agent is no victim
    if term == "stable" and NOT_STABLE_CONDITION.match(sentence, m.end()):
        return None  # "found he was stable with no evidence of imminent harm": a state of mind, not of a wound
    if c.value == 1 and filler.startswith(", and ") and PLURAL_AND.match(filler):
        return None  # "a performance by the rapper Meek Mill, and were released": the plural verb is another subject's
    if " to" in filler and TO_COME.search(filler):
        return None  # "Dozens are likely to be displaced", "Two men were to be executed": not yet stated
    if (term in FLIGHT_ABROAD and (
            c.singular or (c.value is not None and c.value < FLIGHT_ABROAD_LEAST)
            or (c.who or "").rsplit(None, 1)[-1].lower() in ATTACKER_NOUNS)):
        return None  # "The suspect fled across the border into Mexico": a flight from the law, not refugees
    if sentence.endswith(INTENT_ENDS, 0, c.start) and INTENT_CAUSE.search(sentence, max(0, c.start - 40), c.start):
        return None  # "He threatened to have 20 people arrested": an intent, not an arrest
    if "including" in sentence[max(0, c.start - INCLUDING_REACH) : c.start] and INTENT_INCLUDING.search(
        sentence, max(0, c.start - 100), c.start
    ):
        return None  # "arranged to have witnesses, including two girls, killed": the same intent
    c.verb_end = m.end()
    # (a term in a relative clause, "A child who suffered critical injuries ...", also leaves the main verb to come)
    if filler:
        c.participle = bool(RELATIVE_WORD.search(filler)) or not (HELPER.search(filler) or term in INTRANSITIVE_DEATH)
    else:  # (no helper and no relative word in no filler)
        c.participle = term not in INTRANSITIVE_DEATH
    category = _term_category(sentence, c, m)
    if category == "detained" and sentence.endswith(CONDITION_ENDS, 0, c.start) and CONDITION_PRESENT.fullmatch(filler):
        return None  # "will not release his name until he is arrested": an arrest still to come, no detention
    return category


# A participle telling the victim hurt, then how, where and when in up to fourteen words with no clause of its own
# ("after" and "while" open only a phrase of the harm's time), then the victim's own death: "A teenager shot in the
# head in her own front yard has died", "A 15-year-old boy shot in a drive-by shooting in Lakewood Friday evening has
# died", "An Opelousas teen hospitalized after a weekend shooting has died", and the same in a relative clause, "A
# Marion County toddler who was critically injured after accidentally shooting himself in the face has died" (the short
# forms the AFTER patterns read
# already: "Girl shot at party dies"). Not a participle with an object ("shot her"), a relative or a new subject.
HARMED_THEN_DIED = re.compile(r"""\s+(?:who\s+(?:was|were|had\s+been|has\s+been)\s+)?
    (?:(?:critically|seriously|fatally|accidentally|gravely|also)\s+)?
    (?:shot|stabbed|wounded|injured|hurt|hospitalized|hospitalised)
    (?!\s+(?:him|her|them|himself|herself|themselves|his|their|a|an|the|two|three|four|five|\d)\b)
    (?:\s+(?!(?:who|whom|whose|that|which|and|but|or|he|she|they|it|we|was|were|is|are|had|has|have|
      killing|leaving|where)\b)[\w'’.-]+){1,14}?
    (?P<main>\s+(?:(?:has|have)\s+(?:since\s+|now\s+)?)?(?:died|succumbed)\b)""", re.VERBOSE | re.IGNORECASE)


# A singular helper right before the term that follows a group counted after "one of": the verb is the one's ("One of
# two men who were shot has died").
SINGULAR_HELPER_END = re.compile(r"\b(?:has|was|is)\s+(?:(?:later|since|now|also)\s+)?$")
# "Stable" of a state of mind, not of a wound: "he was stable with no evidence of imminent harm to himself".
NOT_STABLE_CONDITION = re.compile(r"\s+(?:with\s+no|mentally|emotionally|enough)\b")
# A first predicate of the subject that tells no casualty, then a second on "and" and a later time, whose term is the
# subject's: "The driver was uncooperative and was later arrested", "was found hiding in a shed and was later arrested",
# and on a past verb of its own, "The woman refused to answer questions and was later arrested"; or a second that
# tells a victim's condition or death, which news copy gives after how the victim was found or taken away ("The boy
# was privately conveyed to an area hospital and was in stable condition", "was found in the backyard and was
# pronounced dead", "tried to run into a nearby house but was shot several times and was listed in critical
# condition", "was taken by ambulance to University Health for treatment and is expected to recover", "was hit in his
# back and was taken to Advocate Christ Medical Center"), or an arrest with no time word, its helper often left out
# ("The man was found hiding in a nearby ravine a short time later and taken into custody", "Brown was stopped by
# officers and arrested on drug possession charges"); a way to hospital likewise ("A 31-year-old man was hit in his left
# calf and taken to Jackson Park Hospital", "was shot in the head and taken by air to Our Lady of the Lake Regional
# Medical Center"), and a death right after how the victim was hit ("The man was shot in the back of the neck and
# pronounced dead at the scene", "The 5-year-old boy was hit in the head and died at the family's apartment", after a
# first predicate in the passive, whose subject the harm befell; not of an illness: "was found guilty of murder and died
# of a heart attack in prison"; not after an active verb: "He turned his anger on himself and died a lonely man"): no
# clause of another subject in between ("who", "when he").
# A detention needs no later time ("was found hiding in a ravine and taken into custody", "calmly walked away after
# the shooting and was arrested", "allegedly fled from the scene and was taken into custody"; "but" too:
# "ran away but was later found"), and after a passive first verb its helper may be left out ("was released from the
# hospital and booked into the county jail"); no clause of another subject stands before it ("was shot and his
# brother, who ..., was arrested").
_DETAINED_SECOND = r"""(?:(?:later|then|subsequently|eventually|also)\s+)?(?:arrested|apprehended|detained|jailed|taken\s+into
    |booked\s+into|placed\s+(?:in|into|under))\b"""
_NO_CLAUSE = r"(?:(?!\b(?:and|but|who|which|that|while)\s)[^,;.])"
SECOND_PREDICATE = re.compile(rf"""\s+(?:(?:allegedly|then|later|also|calmly|willingly)\s+)?(?:
    (?:(?P<passive>was|were)|[a-z]+ed)\s+
    (?:(?!(?:who|which|that|when|he|she|they|police|officers)\s)[^,;.\s]+\s+){{1,14}}?and
    (?=\s+(?:was|were)\s+(?:later|then|subsequently|eventually)\s
      |\s+(?:was|were|is|are)\s+(?:listed\s+|now\s+|still\s+)?in\s+(?:[\w-]+\s+){{1,3}}?condition\b
      |\s+(?:was|were|is|are)\s+(?:also\s+)?expected\s+to\s+(?:survive|recover|live)\b
      |\s+(?:(?:was|were)\s+)?(?:later\s+|then\s+)?(?:taken|rushed|transported|flown|airlifted)\s+
        (?:by\s+(?:[\w'’-]+\s+){{1,4}}?)?to\s
      |\s+(?:was|were)\s+(?:later\s+)?pronounced\s+dead\b
      |(?(passive)\s+(?:later\s+)?(?:pronounced\s+dead\b|died\b(?!\s+(?:of|from)\s+(?:an?\s+)?(?:heart\s+attack|natural\s+causes
        |cancer|illness|stroke)))|(?!))
      |\s+(?:(?:was|were)\s+)?(?:(?:later|then|subsequently|eventually|quickly|immediately)\s+)?
        (?:arrested|taken\s+into\s+custody|placed\s+under\s+arrest|apprehended|booked\s+into)\b
        (?!\s+(?:him|her|them|a|an|the|his|their|two|three|\d)))
    |(?:was|were)\s+{_NO_CLAUSE}{{1,60}}?\s+(?:and|but)(?=\s+(?:(?:was|were)\s+)?{_DETAINED_SECOND})
    |(?:[a-z]+ed|fled|ran)\s+{_NO_CLAUSE}{{1,60}}?\s+(?:and|but)(?=\s+(?:was|were)\s+{_DETAINED_SECOND}))""", re.VERBOSE)
SECOND_PREDICATE_REACH = 110  # (a verb, its 14 words and " and was": where " and " or " but " is looked for first)
# A restrictive relative clause telling the victims shot or stabbed, then their own verb "survived": "A girl who was
# shot in the head survived" (up to six words between: where, when, by whom; not "survived by" the family of an
# obituary).
RELATIVE_HARM_SURVIVED = re.compile(r"""\s+who\s+(?:was|were)\s+(?:shot|stabbed)
    (?:\s+(?!(?:and|but|or|was|were|is|has|had)\b)[\w'’-]+){0,6}?\s+survived\b(?!\s+by\b)""", re.VERBOSE)
# The victims' own verb told shot, then "but survived" (up to six words between, where and how often they were hit; not
# "survived by" the family of an obituary): "Her mother was also shot, but survived", "was shot six times but survived".
SHOT_BUT_SURVIVED = re.compile(r"""\s+(?:was|were)\s+(?:also\s+)?(?:shot|stabbed|struck|hit|wounded|grazed)
    (?:\s+(?!(?:and|or|who|which|that|by|but)\b)[\w'’-]+){0,6}?,?\s+but\s+(?:also\s+)?survived\b(?!\s+by\b)""", re.VERBOSE)
# A plural verb after a comma and "and": its subject is a group before, not the one person right before it.
PLURAL_AND = re.compile(r",\s+and\s+(?:[a-z]+\s+)?(?:were|are|have)\b")
# Flights across a border or out of a region, displaced when a group of people takes them ("200,000 people have fled to
# neighbouring Poland"), which crime copy also tells of a suspect on the run ("the suspect fled across the border").
FLIGHT_ABROAD = frozenset({"fled to neighbouring", "fled to neighboring", "fled across the border", "fled the region"})
# The least group whose flight abroad is a refugees' one: a handful is as often a flight from the law ("Two brothers
# fled across the border into Mexico after the murder"), while refugee counts in the development sets' wire copy run
# to tens and more ("Some 20 villagers fled across the border").
FLIGHT_ABROAD_LEAST = 10


# A group's own verb, then a term in "after being" ("60 people spent the night at a school after being evacuated"):
# the verb opens right after the group, and the term comes within a clause's reach.
_AFTER_BEING_TAIL = r"[^,;:.()]*?\safter\s(?P<being>being)\s"
AFTER_BEING = re.compile(r"\s+(?P<verb>[a-z]+)\b" + _AFTER_BEING_TAIL)
# ... and the same "after being" past the subject's own casualty term, a second category for the subject: "A suspected
# Mafia leader has hanged himself in prison hours after being arrested", "committed suicide overnight after being
# arrested" (killed and detained).
AFTER_BEING_PAST_TERM = re.compile(_AFTER_BEING_TAIL)
# A release before "after being" tells a custody that ended before the report's event, not a claim of it: "He was
# recently released from jail after being arrested for sexually assaulting a child".
RELEASED_BEFORE = re.compile(r"\b(?:recently|released\s+from|freed\s+from|paroled)\b")
AFTER_BEING_REACH = 100
SUBJECT_LEAD_WORDS = 3
_NUMBER_IN = re.compile(r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|dozens?|hundreds?)\b", re.I)


def _lead(pattern: re.Pattern[str], sentence: str, start: int) -> bool:
    """Whether pattern (one anchored at its end) matches the words right before start; searched only over the
    last few words, as the whole prefix would be scanned from every position."""
    return pattern.search(sentence, max(0, start - LEAD_REACH), start) is not None


def _main_verb_past_clause(sentence: str, c: _Count, comma: int, taken: list[tuple[int, int]]) -> str | None:
    """Category of the main verb right after the comma that closes a relative clause set off after the victim ("The
    gunman, who was also wounded in the shootout, was arrested", "A child, who suffered critical injuries, has
    died"): a term with a helper verb or a finite death, and nothing between the comma and it but fillers."""
    m = AFTER.match(sentence, comma)
    if m is None or any(start < m.end() and comma < end for start, end in taken):
        return None
    filler = m.group("filler")
    if RELATIVE_WORD.search(filler):
        return None
    if HELPER.search(filler) or (not filler.strip(" ,") and m.group("term").lower() in INTRANSITIVE_DEATH):
        return _term_category(sentence, c, m)
    return None


def _main_verb_category(sentence: str, c: _Count, taken: list[tuple[int, int]]) -> str | None:
    """Category of the main verb after a participle that tied the count ("A man wounded in the shooting Saturday
    has died", "A Mafia boss arrested Tuesday in a police raid has been found dead"): the first term in the
    clause with a helper verb or a finite death ("died"), not reaching into another count or its verb, and not
    in a relative clause ("arrested in the killing of a woman who died")."""
    end = MAIN_STOP.search(sentence, c.verb_end, c.verb_end + RELATIVE_REACH)
    stop = end.start() if end else min(len(sentence), c.verb_end + RELATIVE_REACH)
    # (no term there at all: the common case, settled without trying every word)
    if TERMS_AFTER_SPACE.search(sentence[c.verb_end : stop].lower()):
        for gap in WORD_GAP.finditer(sentence, c.verb_end, stop):
            m = AFTER.match(sentence, gap.start())
            if m is None or m.end() > stop or any(start < m.end() and gap.start() < end for start, end in taken):
                continue
            filler = m.group("filler")
            if RELATIVE_WORD.search(filler):
                return None
            if HELPER.search(filler) or (not filler.strip() and m.group("term").lower() in INTRANSITIVE_DEATH):
                return _term_category(sentence, c, m)
    if end and end.group() == "," and COMMA_RELATIVE.match(sentence, c.tail):
        return _main_verb_past_clause(sentence, c, end.start(), taken)
    return None


def _category_in_apposition(sentence: str, c: _Count) -> str | None:
    """Category of a relative clause closing an apposition to a victim, when nothing after the apposition ties
    it: "Bettie Page, the pin-up queen and pop culture icon who died on Thursday, will be remembered". Not when
    the clause may hang from someone else the apposition names ("Smith, the brother of a man who died, said")."""
    appos = APPOSITION.match(sentence, c.end) if sentence.startswith(",", c.end) else None
    if appos is None:
        return None
    at = sentence.rfind(" who ", c.end, appos.end())
    if at == -1 or OF_SOMEONE.search(sentence, c.end, at):
        return None
    m = AFTER.match(sentence, at)
    return _term_category(sentence, c, m) if m and m.end() <= appos.end() else None


def _finite_alone(sentence: str, m: re.Match[str]) -> bool:
    """The term, with no helper before it, is a finite verb whose subject is the victim: a death with no object
    ("died") or one by the subject's own hand ("took her own life", "turned himself in", "killed himself")."""
    term = m.group("term").lower()
    return (term in INTRANSITIVE_DEATH or _has_stem(term, OWN_HAND_STEMS)
            or sentence.startswith(REFLEXIVE_OBJECTS, m.end()))


def _category_past_relative(sentence: str, c: _Count, taken: list[tuple[int, int]]) -> str | None:
    """Category of the verb that follows a relative clause not set off by commas: "A man who was shot in Gary
    on Sunday night has died", "A woman who police say killed her son was arrested". Each place the clause may
    end is tried in turn; a term there that takes an object ("who police say killed her son") is the clause's
    own verb, so the search goes on past it. A bare term counts there only when it is a finite verb ("has died",
    "was arrested", "died"): "who saw his friend killed", "who was not hurt" have none. Words that reach into
    another count in the clause, or its verb, are that count's ("who fired into a courtyard where a girl was
    killed"; `taken` spans each count and the verb tied to it), and a victim after "of" names someone else's
    relation ("relatives of a man who opened fire were found dead"). A clause on "whose" has its own verb first
    ("whose names remain unreleased were arrested"), before which no term is the count's."""
    who = RESTRICTIVE_WHO.match(sentence, c.tail)
    whose = who is None and sentence.startswith(" whose ", c.tail)
    if whose:
        who = RESTRICTIVE_WHOSE.match(sentence, c.tail)
    if who is None or sentence[max(0, c.start - 3) : c.start] == "of ":
        return None
    if not c.singular and c.who and (c.value or 0) > 1 and c.who.split()[-1].lower() in SINGULAR_NOUNS:
        return None  # "falls 25 feetA man who ...": a figure glued to the next sentence's victim
    end = CLAUSE_STOP.search(sentence, who.end(), who.end() + RELATIVE_REACH)
    stop = end.start() if end else min(len(sentence), who.end() + RELATIVE_REACH)
    if not TERMS_AFTER_SPACE.search(sentence[who.start() : stop].lower()):
        return None  # no term in the clause or after it
    for gap in WORD_GAP.finditer(sentence, who.end(), stop):
        m = AFTER.match(sentence, gap.start())
        if (m and m.end() <= stop and (m.group("filler").strip() or _finite_alone(sentence, m))
                and not any(start < m.end() and gap.start() < end for start, end in taken)
                and not (whose and WHOSE_VERB.search(sentence, who.end(), gap.start()) is None)):
            category = _term_category(sentence, c, m)
            if category:
                return category
    return None


def _category_after_being(sentence: str, c: _Count, *, past_term: bool = False) -> str | None:
    """Category of a term right after "after being" that closes the clause of a group at the head of the sentence
    ("Around 60 people spent the evening at a local centre after being evacuated"): the group is its subject when
    no more than a few capitalised words lead to it, and no mark, count or speaker's verb stands between it and "after
    being" (the verb between is then the group's own: "spent the evening", "went to hospital"). With
    `past_term`, the words read start after the group's own casualty term ("hanged himself in prison hours after
    being arrested")."""
    lead = sentence[: c.start].split()
    if len(lead) > SUBJECT_LEAD_WORDS or any(word[:1].islower() for word in lead):
        return None  # (a lowercase word before the group may be a verb it is the object of: "Police shot two men")
    start = c.verb_end if past_term else c.tail
    if start is None:
        return None
    being = (AFTER_BEING_PAST_TERM if past_term else AFTER_BEING).match(sentence, start, start + AFTER_BEING_REACH)
    if being is None or not (past_term or being.group("verb").islower()):
        return None
    if c.singular and not past_term and being.group("verb") in ("and", "or"):
        return None  # ("Young and Miller were awake ... after being hospitalized": one of a joint subject)
    between = sentence[start : being.start("being")]
    if CLAUSE_STOP.search(between) or _NUMBER_IN.search(between) or SPEAKS.search(between):
        return None  # (a speaker's clause tells of others: "The governor said that people were treated after being")
    if RELEASED_BEFORE.search(between):
        return None
    m = AFTER.match(sentence, being.start("being") - 1)
    if m is None or m.group("filler").split() != ["being"]:
        return None
    return _term_category(sentence, c, m)


def _term_as_noun(sentence: str, c: _Count) -> bool:
    """Whether count c, a group after a part or a bare figure after "the", takes a transitive term right after it as
    its noun, whatever follows: "Five of the six injured attend ...", "The three injured do not have life-threatening
    injuries"."""
    return _after_part_lead(sentence, c.start) or c.who is None and sentence.endswith(("the ", "The "), 0, c.start)


# A second verb of the sentence's subject after a group it acted on, joined by "and": the filler opens on "and" (then
# "then" or "later"), and either a singular helper follows, which no group takes ("shot three people and was
# arrested"), or the term tells a death by the subject's own hand ("and then committed suicide", "and killed himself").
AND_OPENS = re.compile(r"\s*,?\s*and\b")
SINGULAR_HELPER_AFTER_AND = re.compile(r"\s*,?\s*and\s+(?:(?:then|later)\s+)?(?:was|is|has)\b")
OWN_HAND_STEMS = ("self", "selves", "own li", "suicide")


def _subject_verb_past_object(sentence: str, c: _Count, m: re.Match[str], term: str) -> bool:
    """Whether the term of AFTER match m after group c, the object of a verb before it, is a second verb of the
    sentence's subject joined by "and" ("The gunman shot three people and was arrested", "shot three women and then
    killed himself"): then the group is not its victim."""
    filler = m.group("filler")
    if c.singular or c.value == 1 or not AND_OPENS.match(filler) or not _lead(OBJECT_LEAD, sentence, c.start):
        return False
    return (SINGULAR_HELPER_AFTER_AND.match(filler) is not None or any(stem in term for stem in OWN_HAND_STEMS)
            or REFLEXIVE.match(sentence, m.end()) is not None)


def _term_category(sentence: str, c: _Count, m: re.Match[str]) -> str | None:
    """Category of the term an AFTER match found after count c, or None when the words around it show the
    count is not its victim."""
    term = m.group("term").lower()
    if not term.isalpha():  # (a single word has no spaces to fold)
        term = _SPACES.sub(" ", term)
    category = AFTER_CATEGORY(m.group("term"))
    filler = m.group("filler")
    if "and" in filler and _subject_verb_past_object(sentence, c, m, term):
        return None  # "The gunman shot three people and was arrested": the gunman's arrest
    if term in TRANSITIVE and not _passive(filler) and not (not filler and _term_as_noun(sentence, c)):
        at = m.end()
        while (adverb := LOWER_WORD.match(sentence, at)) and adverb.group(1) in TIME_ADVERBS:
            at = adverb.end()  # (what follows them says: "arrested shortly afterwards", "killed instantly two men")
        following = sentence[at : at + 30]
        if REFLEXIVE.match(following):
            # ("killed himself"; "injured himself", "wounded himself" with a gun: a self-inflicted wound is one, but
            # not the figurative "hurt herself ... by stumbling through questions", nor a driver who "injured himself
            # in the crash", whom the gun violence figures leave out)
            return category if category == "killed" or (
                category == "injured" and "hurt" not in term and SELF_WOUND_CAUSE.search(sentence)) else None
        if OBJECT.match(following):
            return None  # "two gunmen killed five": the count did it
        word = LOWER_WORD.match(following)
        if word and word.group(1) in DEMONSTRATIVES and DEMONSTRATIVE_OBJECT.match(sentence, at):
            return None  # "Klitschko held that title": an object, so the count is the doer
        if word and word.group(1) not in NOT_OBJECTS and word.group(1) not in PLURAL_VERBS_AFTER and not (
                word.group(1) in INTRANSITIVE_DEATH and _part_died(sentence, c, m.end())) and not (
                word.group(1) in SINGULAR_VERBS_AFTER and _in_partitive(sentence, c)):
            return None  # "he held similar views": an object, so the count is the doer
            # (not a death after a group a part is of: "Two of the 16 injured died")
    if "dead" in term and (term.endswith("dead") and DEAD_IDIOM.match(sentence, m.end())
                           or term == "dead" and HEDGE_ONLY.match(filler) and not HEDGED_DEAD_END.match(sentence, m.end())):
        return None  # "she is dead wrong", "he shot himself dead center", "Residents feared dead bodies would be found"
    if (term == "dead" and c.singular and not DEAD_STATE.search(filler)
            and not (not filler and DEAD_HEADLINE_AFTER.match(sentence, m.end()))
            and not LEFT_BEFORE.search(sentence[max(0, c.start - 12) : c.start])
            and not FOUND_BEFORE.search(sentence[max(0, c.start - 12) : c.start])):
        return None  # "a dead man" reads differently; singular victims need "was found dead" or "is dead"
    if term == "dead" and filler.split()[-1:] == ["shot"] and OBJECT.match(sentence, m.end()):
        return None  # "A former police officer shot dead a pharmacy owner": the doer, with the victim after
    if term == "held" and filler.split() in (["is"], ["are"]):
        return None  # "once a person is held for an exam": a rule, not an event
    if term == "held" and not filler and c.text in SUBJECT_PRONOUNS:
        return None  # "a job she held from 1993 to 2001", "as she held on to a fence": a pronoun did the holding
        # (a headline's "Man held after stabbing" has a noun, never a pronoun)
    if term.startswith(("hospitali", "treated")) and NOT_INJURY.match(sentence, m.end()):
        return None  # "hospitalized for psychiatric evaluation"
    if category == "injured" and term.endswith(HOSPITAL_ENDS) and ONLY_CHECKED.match(sentence, m.end()):
        return None  # "transported to the hospital for a medical clearance", "taken to ... to be checked out"
    if category == "injured" and "hospital" in term and MENTAL_HOSPITAL.search(term):
        return None  # "he was sent to the state hospital in June": a psychiatric ward, no injury
    idiom = IDIOM_AFTER.get(term)
    if idiom and idiom.match(sentence, m.end()):
        return None  # "held accountable", "treated as family", "fatally injuring a woman" (the participle's)
    if category == "injured" and " no " in term and NO_INJURIES.search(term):
        return None  # "He sustained no injuries": the words a wildcard term took in deny the injury
    if category == "injured" and ("atal" in term or "ortal" in term or "eadly" in term) and FATAL_WORD.search(term):
        return "killed"  # "suffered two fatal gunshot wounds": the words a wildcard term took in say the wounds killed
    if (category == "injured" and (c.value or 0) >= 2 and not any(map(term.__contains__, NAMED_INJURY))
            and _one_of_group_died(sentence, m.end())):
        return None  # "All three officers were flown to a hospital, where Officer Guindon died": one's death
    if category == "injured" and (died := LATER_DIED.search(sentence, m.end()) or AND_DIED.match(sentence, m.end())) and not (
            _part_died(sentence, c, m.end())):
        if not c.singular and c.value != 1 and ONE_OF_GROUP_DIED.search(sentence, m.end(), died.end()):
            return None  # "Both victims were transported to hospitals and the 17-year-old was later pronounced dead":
            # one of the group died, whose outcome is then mixed (shot, no category)
        return "killed"  # "was taken to hospital, where he died"
    if category == "injured":
        c.care = not any(map(term.__contains__, NAMED_INJURY))  # (the term is lowercased)
    return category


# Injuries denied inside a term whose wildcard took the words in: "sustained no injuries", "had no visible injuries"
# (not "no serious injuries", which leaves minor ones).
NO_INJURIES = re.compile(r"\bno\s+(?:(?:visible|apparent|obvious|physical|reported|known|other|further|additional)\s+)?"
                         r"(?:injur|wound|gunshot|bullet)")
# One person's death told after a group's term, which leaves the rest of the group alive: "and the 17-year-old was
# later pronounced dead", "where she died", "where one of them died" (a word not ending in "s" after "the").
ONE_OF_GROUP_DIED = re.compile(r"""\b(?:he|she|one(?:\s+of\s+(?:them|the\s+[\w-]+))?|the\s+[\w-]*[^\Ws])\s+
    (?:was\s+|has\s+|had\s+)?(?:later\s+)?(?:died|pronounced|declared|succumbed)\b""", re.IGNORECASE | re.VERBOSE)
# A death right after the term of a group a part is of: the part's ("Two of the 16 injured died", "later died").
PART_DIED = re.compile(r"\s+(?:later\s+)?(?:died|dies)\b")


# The death of one person after hospital care given to a group: "Both were taken to the hospital, where Loften later
# died", "Two people were taken to the hospital, where one later died", "..., and one of them died".
ONE_DIED = re.compile(r"""(?:[Ww]here|[Bb]ut|and|before)\s+(?:later\s+)?(?:one(?:\s+of\s+(?:them|the\s+[a-z]+))?|he|she
    |(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’-]*)\s+(?:(?:was|had|has)\s+)?(?:later\s+)?(?:died|passed\s+away|succumbed
    |(?:pronounced|declared)\s+(?:dead|deceased))\b""", re.VERBOSE)
DEATH_STEMS = ("died", "passed away", "succumbed", "dead", "deceased")  # (a cheap first test for ONE_DIED)


def _one_of_group_died(sentence: str, term_end: int) -> bool:
    """Whether one person dies after the hospital care a group's term tells: the group is then no count of the
    injured (the others are, but the sentence does not count them), nor of the dead."""
    return (any(map(sentence[term_end:].__contains__, DEATH_STEMS))
            and ONE_DIED.search(sentence, term_end) is not None)


def _part_died(sentence: str, group: _Count, term_end: int) -> bool:
    """Whether the group's term, ending at term_end, is followed by a death that a part before the group is of
    ("Two of the 16 injured died": the 16 are injured, the two killed)."""
    return _after_part_lead(sentence, group.start) and PART_DIED.match(sentence, term_end) is not None


# A word that makes a wound fatal, inside a term's wildcard ("suffered two fatal gunshot wounds"; not "non-fatal").
FATAL_WORD = re.compile(r"(?<![\w-])(?<!non\s)(?:fatal|mortal|deadly|lethal)\b")


# Headline verbs in the present ("Gunmen kill 20", "Quake injures 300", "Police arrest 30"). The plain form states
# nothing after "to", an auxiliary or a condition ("trying to kill two", "did not arrest them", "would pull the trigger
# and kill both", "did not pull the trigger and, in the end, kill him", "until we arrest the person"); "wounds" and
# "injures" are nouns after a number, a determiner or a kind of wound ("two wounds", "treated for his injures"); and
# none of them takes "he" or "she" as its object.
PRESENT_TERMS = frozenset({"kill", "injure", "injures", "wounds", "arrest", "arrests", "detain", "detains"})
PRESENT_PLAIN = frozenset({"kill", "injure", "arrest", "detain"})
PLAIN_LEAD = re.compile(r"""(?:\b(?:to|will|would|could|can|cannot|may|might|must|should|shall|did|does|do|not|never|
    go|let|lets|help|helps|helped|made|make|makes)|n['’]t|\b(?:until|unless|if|once|whether)\s+[\w'’-]+)\s+
    (?:(?:[\w'’-]+\s+){1,3}?(?:and|or)(?:,?\s+(?:in\s+the\s+end|then|later|eventually|finally|also),)?\s+)?$""",
                        re.IGNORECASE | re.VERBOSE)
WOUND_NOUN_LEAD = re.compile(r"""\b(?:gunshot|stab|knife|bullet|shrapnel|puncture|exit|entry|entrance|head|chest|leg|
    multiple|several|many|minor|serious|severe|superficial|fatal|deep|his|her|their|its|the|a|no|any|of|with|from|
    for|two|three|four|five|six|\d+)\s+$""", re.IGNORECASE | re.VERBOSE)


def _present_not_stated(prefix: str, m: re.Match[str], count: str) -> bool:
    """A headline verb before the count that states no casualty there: a plain form after "to", an auxiliary or
    a condition, a noun read as the verb, or a subject pronoun after it."""
    term = m.group("term").lower()
    if term not in PRESENT_TERMS:
        return False
    if count in ("he", "she", "He", "She"):
        return True
    if term in ("wounds", "injures") and WOUND_NOUN_LEAD.search(prefix, max(0, m.start() - 24), m.start()):
        return True
    return term in PRESENT_PLAIN and PLAIN_LEAD.search(prefix, max(0, m.start() - 60), m.start()) is not None


def _ages_then_connector(sentence: str, c: _Count, nxt: _Count) -> bool:
    """Whether only the group's ages and a connector stand between it and the next group (see AGES_APPOSITION)."""
    if not sentence.startswith(",", c.tail):
        return False
    ages = AGES_APPOSITION.match(sentence, c.tail)
    return ages is not None and CONNECTOR.fullmatch(sentence, ages.end(), nxt.start) is not None


def _category_before(sentence: str, c: _Count) -> str | None:
    """Category of a casualty term just before the count ("killing five", "the death toll rose to 49")."""
    if (sentence.endswith(CAUGHT_UP_ENDS, 0, c.start) and POLICE_CAUGHT_UP.search(
            sentence, max(0, c.start - CAUGHT_UP_REACH), c.start) and (
                CAUGHT_UP_HELD.search(sentence, c.end) or (
                    not CAUGHT_UP_GOES_ON.search(sentence, c.end) and (head := (c.who or "").rsplit(None, 1)[-1].lower())
                    and (head in CAUGHT_UP_FLED or head in ATTACKER_NOUNS)))):
        return "detained"  # "cops later caught up to the pair and charged them", "Police caught up with the driver"
    if sentence.endswith(" treated ", 0, c.start) and c.who and c.who.rsplit(None, 1)[-1].lower() == "victims":
        return "injured"  # "had already treated 20 quake victims" (not "treated 300 patients last year")
    prefix = sentence[max(0, c.start - 90) : c.start]
    # Cheap test first: the word before the count must end a term, or a toll must be near.
    last = prefix[-24:].rsplit(None, 2)
    if not (last and (last[-1].lower() in BEFORE_LAST_WORDS or (len(last) > 1 and last[-2].lower() in
            BEFORE_LAST_WORDS))) and "toll" not in prefix and "number" not in prefix and "asualties" not in prefix:
        return "detained" if _detained_pair(sentence, c.start) else None
    lower = prefix.lower()
    # (an ASCII prefix is read lowercased, by the patterns' lowercase forms: see _lowercase_form)
    before, hypothetical, read = (BEFORE_LOWER, HYPOTHETICAL_LOWER, lower) if prefix.isascii() else (
        BEFORE, HYPOTHETICAL, prefix)
    if "toll" in lower or "number" in prefix or "casualties" in lower or DOUBLE_SPACE.search(prefix):
        m = before.search(read)
    else:
        # Without a toll the match is a term and single spaces up to the count: only its reach needs a look.
        m = before.search(read, max(0, len(prefix) - BEFORE_REACH))
    if not m:
        return None
    if hypothetical.search(read[: m.start()]):
        return None
    if m.group("term") and _present_not_stated(prefix, m, c.text):
        return None
    if _animals_counted(sentence, c):
        return None
    if m.group("toll"):
        return "killed"
    if m.group("casualties"):
        return "injured"
    if m.group("number"):
        return NUMBER_OF_CATEGORY[m.group("number").lower()]
    if m.group("numbered"):
        return NUMBER_OF_CATEGORY[m.group("numbered").lower()]  # "Those arrested numbered 30"
    term = m.group("term")
    if term and term[-8:].lower() == "captured" and _captured_no_one(sentence, c, prefix):
        return None
    if (inverted := m.group("inverted")) and m.start() == 0 and c.start > len(prefix):
        return None  # (the start of a cut prefix is no sentence start: "... who were wounded were")
    return BEFORE_CATEGORY(term or m.group("among") or inverted)


def _animals_counted(sentence: str, c: _Count) -> bool:
    """Whether the count is of animals the term before it takes ("Hunters killed 90,280 deer", "the storm killed 300
    cattle", "injuring one of the family dogs"): animals are no casualty claim."""
    if sentence.startswith(" of ", c.end) and ANIMAL_PART.match(sentence, c.end):
        return True
    if c.singular or c.who is not None:
        return False
    word = LOWER_WORD.match(sentence, c.tail)
    return word is not None and word.group(1) in ANIMALS


def _captured_no_one(sentence: str, c: _Count, prefix: str) -> bool:
    """Whether what "captured" takes is no one held: a camera's capture ("video captured a masked gunman") or goods
    counted ("captured 40 firearms", "captured two Yemeni fishing boats")."""
    if CAMERA_CAPTURED.search(prefix, max(0, len(prefix) - 60)):
        return True
    if c.singular or c.who is not None:
        return False
    if (people := CAPTURED_NATIONALS.match(sentence, c.tail)) is not None:
        return people.group(1).lower() not in PEOPLE_SEIZED
    word = LOWER_WORD.match(sentence, c.tail)
    return word is not None and word.group(1) not in NOT_OBJECTS and word.group(1) not in PEOPLE_SEIZED


_SPACES = re.compile(r"\s+")


# Adjectives before a victim noun that carry a category: "the missing girl", "12 displaced families".
ADJECTIVE_CATEGORY = {"missing": "missing", "injured": "injured", "wounded": "injured", "slain": "killed",
                      "murdered": "killed", "arrested": "detained", "detained": "detained", "kidnapped": "detained",
                      "abducted": "detained", "displaced": "displaced"}
# Adverbs that make a wound before a victim noun a death ("the fatally wounded teen", "a mortally wounded officer").
FATAL_ADVERBS = frozenset({"fatally", "mortally"})


def _adjective_category(c: _Count) -> str | None:
    """Category of an adjective among the words before a victim noun ("the missing girl"), or of the casualties a
    part is counted of ("Three of the injured were in critical condition")."""
    if not c.who or not (c.who[:1].islower() or c.who[:1].isdigit()):
        return None  # a name ("Slain Baton Rouge officers" is not one victim)
    if c.who.startswith(("the ", "those ")) and (group := c.who.split(None, 1)[1].lower()) in NUMBER_OF_CATEGORY:
        return NUMBER_OF_CATEGORY[group]  # ("Three of the injured", "Two of those wounded")
    *words, head = (c.text if c.singular else c.who).lower().split()
    if any(w.endswith(("'s", "’s")) for w in words):
        return None  # "the injured man's father": the adjective is another person's
    if (head == "victims" and words and words[-1] in VICTIMS_KIND_CATEGORY and words[-2:-1] != ["attempted"]
            and not c.singular):
        return VICTIMS_KIND_CATEGORY[words[-1]]  # (a count of them; one such victim is often another's, mourned or
        # tallied: "a vigil for another homicide victim", "the 500th murder victim of the year")
    if (words[:2] == ["the", "dead"] or words[:1] in (["dead"], ["deceased"]) and c.value) and not c.singular:
        return "killed"  # a part of the dead: "one of the dead victims", and a count of them: "two dead people" ("dead"
        # alone is often no casualty: "dead end", "a dead man's phone")
    at = next((i for i, w in enumerate(words) if w in ADJECTIVE_CATEGORY), None)
    if at is None:
        return None
    if at and words[at - 1] in FATAL_ADVERBS and ADJECTIVE_CATEGORY[words[at]] == "injured":
        return "killed"  # "the fatally wounded child": the wound killed
    return ADJECTIVE_CATEGORY[words[at]]


# Detaining forces as the subject of "held" or "holding" right before the people they hold: "Police held 35
# people", "officers were holding 12 protesters", "security forces held dozens" (anyone else may hold people
# without detaining them: "schools were holding students until parents arrived").
HELD_BY = re.compile(r"""\b(?:police|policemen|officers|authorities|security\s+forces|forces|troops|soldiers|army|
    military|navy|agents|deputies|troopers|guards|kidnappers|captors|pirates|militants|gunmen|rebels)\s+
    (?:(?:are|were|is|was|have|has|had)\s+(?:been\s+|also\s+|still\s+|now\s+)?)?(?:held|holding|holds|hold)\s+$""",
                     re.IGNORECASE | re.VERBOSE)
HELD_REACH = 60
# What "held" people may be followed by that makes it no detention: "held the man down", "held two children up".
HELD_NOT = re.compile(r"\s+(?:down|back|up|off|aloft|high|tight|close|open|hands)\b", re.I)
# The casualties named before the people they include: "The dead included three children", "Casualties included
# 14 civilians", "The wounded include two officers" ("casualties" is injured, as the guidelines read it without
# "dead"; victims tell a category only when a word says which: "the surviving victims included").
INCLUDED = re.compile(r"""\b(?:(?P<killed>dead|deceased|fatalities|killed|slain|(?:dead|slain|murdered)\s+
    (?:shooting\s+)?victims)|(?P<injured>injured|wounded|casualties|(?:injured|wounded|surviving)\s+(?:shooting\s+)?
    victims)|(?P<detained>arrested|detained|detainees))\s+includ(?:ed|es?)\s+$""", re.IGNORECASE | re.VERBOSE)
# Victims with no word of their category before the people they include: "Victims included a 7-year-old girl and her
# mother", "Among the victims were two children". They take the category of the figures told just before them, in
# the sentence ("Five people were killed; victims included ...") or else in the sentence right before it, when those
# figures have one category.
VICTIMS_INCLUDED = re.compile(r"""(?:\b(?:the\s+)?victims\s+includ(?:ed|es?)|\bamong\s+the\s+victims\s+(?:were|was|are|is)
    |(?P<identified>\bidentified\s+the\s+(?:\w+\s+)?victims\s+as))\s+$""", re.IGNORECASE | re.VERBOSE)


# "Seized" right before the people seized, and the nouns of people it takes (it seizes goods far more often).
SEIZED = re.compile(r"\b(?:seized|seizing|seizes|seize)\s+$", re.I)
PEOPLE_SEIZED = frozenset("""people persons men women suspects nationals pirates militants gunmen rebels fighters
    members soldiers civilians hostages crew crewmen sailors fishermen migrants protesters demonstrators activists
    journalists workers tourists foreigners man woman suspect passengers villagers students schoolgirls pilgrims""".split())
# (passengers, villagers, students, schoolgirls and pilgrims as kidnapping copy words those seized by gunmen; children
# "seized" by authorities are taken into care: "seized more than 400 children and placed them in state custody")
# People seized told in the passive, after their count: "one of 99 alleged Sicilian Mafia members seized on Tuesday",
# "30 hostages were seized by gunmen", "five men seized at the border" (up to three words before a noun of PEOPLE_SEIZED;
# not the subject of an active "seized", which an object follows: "30 gunmen seized the hotel").
SEIZED_PASSIVE = re.compile(rf"""\s+(?:[\w'’-]+\s+){{0,3}}?(?:{'|'.join(sorted(PEOPLE_SEIZED))})\s+(?:(?:were|was|had\s+been|
    have\s+been|has\s+been)\s+)?seized(?=\s+(?:on|in|at|by|during|after|last|earlier|overnight|yesterday|today|this|
    from|near|off|since|when|while|as|and|but|for)\b|\s*[,.;:)]|\s*$)""", re.VERBOSE)
SEIZED_PASSIVE_REACH = 60  # (characters after the count in which "seized" is looked for first: three words and a noun)
# The capitalised words of a nationality and then the people's noun: "12 Somali and 11 Yemeni nationals".
CAPITALISED_PEOPLE = re.compile(r"(?:\s+[A-Z][a-z]+)+(?:\s+and\s+\d+(?:\s+[A-Z][a-z]+)+)?\s+([a-z]+)\b")


# A bare figure after an injured group's term and a comma, with how badly and nothing more: the part of that group so
# hurt ("confirmed 30 dead and 55 wounded, 15 critically", "Twenty people were injured, three seriously, in the crash"),
# as "wounded 20, five critically" is.
INJURED_THEN_COMMA = re.compile(r"\b(?:wounded|injured|hurt)\s*,\s+$")
SEVERITY_ONLY = re.compile(r"""\s+(?:critically|seriously|severely|gravely|badly)(?=\s*(?:[,.;:)]|$)|\s+(?:in|at|on|
    after|when|while|and|with|by|from)\b)""", re.VERBOSE)


def _severity_part(sentence: str, c: _Count, counts: list[_Count]) -> bool:
    """Whether count c is the part of an injured group told before it by how badly they were hurt alone."""
    return (c.value is not None and not c.singular and c.who is None and sentence.startswith(" ", c.end)
            and SEVERITY_ONLY.match(sentence, c.end) is not None
            and INJURED_THEN_COMMA.search(sentence, max(0, c.start - 12), c.start) is not None
            and any(o.category == "injured" and o.end <= c.start for o in counts))


# A bare figure a second source gives in a later clause, against the first clause's figure: "The government says 3
# people died; hospital officials say at least 19", "Local media reported 9 deaths; officials confirmed 6", "..., while
# the opposition put it at 200". Read on the words before the figure (back to the clause's opening) and after it (the
# clause's end); the figure counts what the one before it counts.
# (A later clause opens after a semicolon or ", but", ", while", ", whereas", which CLAUSE_OPEN_CUES give plain for a
# cheap `in` test first; LATER_CLAUSE opens on the same words.)
_CLAUSE_OPEN = r"(?:;|,\s+(?:but|while|whereas))\s+"
CLAUSE_OPEN_CUES = ("; ", ", but ", ", while ", ", whereas ")
COMPETING_BEFORE = re.compile(_CLAUSE_OPEN + r"""[^;,]{2,60}?\s(?:said|says|say|reported|reports|
    confirmed|confirms|counted|estimated|put\s+(?:it|the\s+figure|the\s+toll|the\s+number)\s+at)\s+
    (?:(?:""" + _SOURCE_HEDGES + r"""|only|just)\s+)?$""", re.VERBOSE)
COMPETING_AFTER = re.compile(r"\s*(?:[.;!?)]|$)")


def _competing_bare_figure(sentence: str, c: _Count, counts: list[_Count]) -> str | None:
    """The category of a bare figure a later clause's source gives against the figure before it (see
    COMPETING_BEFORE): that figure's, when the count has no noun and ends its clause."""
    if c.who is not None or c.singular or c.value is None or not COMPETING_AFTER.match(sentence, c.end):
        return None
    prefix = sentence[max(0, c.start - HELD_REACH - 20) : c.start]
    if not any(map(prefix.__contains__, CLAUSE_OPEN_CUES)) or not COMPETING_BEFORE.search(prefix):
        return None
    told = [d.category for d in counts if d.category and d.end <= c.start]
    return told[-1] if told else None


def _held_or_included(sentence: str, c: _Count, counts: list[_Count], before: set[str]) -> str | None:
    """Category of a count that no term ties but the words before it do: detained after detaining forces "held"
    or are "holding" them (people, or a bare figure that no noun follows: not "held 35 meetings"), or the
    category of the casualties that "included" them."""
    prefix = sentence[max(0, c.start - HELD_REACH) : c.start]
    if "hold" in prefix or "held" in prefix:
        if HELD_BY.search(prefix) and not HELD_NOT.match(sentence, c.tail):
            if c.singular:
                return "detained"
            if c.who:  # (not "held 35 meetings with residents": the noun is no victim)
                return None if NOT_OBJECTS.intersection(c.who.lower().split()[:-1]) else "detained"
            word = LOWER_WORD.match(sentence, c.tail)
            if not word or word.group(1) in NOT_OBJECTS:
                return "detained"
    if "seiz" in prefix and SEIZED.search(prefix):
        # people seized, by their noun or a nationality: "seizing 12 Somali and 11 Yemeni nationals" (not "seized 200
        # plants": no people)
        if c.singular or (c.who and c.who.split()[-1].lower() in PEOPLE_SEIZED):
            return "detained"
        if c.who is None and (m := CAPITALISED_PEOPLE.match(sentence, c.tail)):
            return "detained" if m.group(1).lower() in PEOPLE_SEIZED else None
    if "seized" in sentence[c.end : c.end + SEIZED_PASSIVE_REACH] and SEIZED_PASSIVE.match(sentence, c.end):
        return "detained"
    if "nclud" in prefix and (m := INCLUDED.search(prefix)):
        return "killed" if m.group("killed") else "detained" if m.group("detained") else "injured"
    if "ictims" in prefix and (m := VICTIMS_INCLUDED.search(prefix)):
        at = c.start - len(prefix) + m.start()
        told = {d.category for d in counts if d.category and d.tail <= at}
        if not told and (not sentence[:at].strip(" \"“'‘") or m.group("identified")):
            told = before  # (the victims open the sentence, or are identified by name in it, "The medical examiner's
            # office identified the victims as Ronald Roberts, 24, ...": the figures of the sentence before it)
        if m.group("identified") and told != {"killed"}:
            return None  # (those identified by name are mostly the dead, whatever figures came just before)
        return next(iter(told)) if len(told) == 1 else None
    return None


def _taken(sentence: str, counts: list[_Count]) -> list[tuple[int, int]]:
    """Each count a subject may be, with the verb tied to it: the words another count's verb cannot reach into."""
    return [(c.start, c.verb_end or c.tail) for c in counts
            if c.text.lower() != "both" and not _lead(OBJECT_LEAD, sentence, c.start)]


def _mark_apposed(sentence: str, counts: list[_Count]) -> None:
    """Mark the counts inside an apposition or a relative clause that describes another person, other than its head
    ("John Smith, a friend of the victim, was arrested", "The gunman, who shot the man, was arrested"): the verb
    after it is not theirs (a relative clause right after them still is: "a friend of Lee, who was killed")."""
    for a in counts:
        if a.singular and a.tail > a.end:
            span = (a.end, a.tail)  # a name and its apposition
        elif a.singular and a.after is not None and a.after > a.tail:  # (a group's dashes list its own members)
            span = (a.tail, a.after)
        else:
            continue
        for b in counts:
            # (not the apposition's head, which is the same person: "The victim, a woman, died")
            if span[0] <= b.start and b.tail <= span[1] and sentence[span[0] : b.start].strip(" ,-–—"):
                b.apposed = span[1]


# Between a part and the group it is of: "30 of the 80", "two of those".
PART_OF_GAP = re.compile(r"\s+of\s+(?:the|those)\s+")


# Titles or a role before a victim's name, which a term or a list of victims stands before: "killing Superior Court
# Judge Rowland Barnes, court reporter Julie Ann Brandau, Sheriff's Deputy Sgt. Hoyt Teasley and ..." (capitalised
# words, or lowercase words that end on a victim noun or stand right before one: "court reporter", "police officer").
TITLE_WORD = re.compile(r"[A-Z][\w'’.-]*")
TITLE_REACH = 4  # words; "U.S. Customs Agent David"
LIST_SEPARATOR = re.compile(r",\s+(?:and\s+)?|,?\s+and\s+")
# Words that never modify a role ("his mum Alice McMeekin": a relative the possessive counts already).
NOT_ROLE_WORDS = frozenset("""a an the his her their its my our your one another and or of in at on to for with by from
    as that this who""".split())


def _title_words(words: list[str]) -> bool:
    """Whether the words are all titles or a role before a name ("Superior Court Judge", "court reporter")."""
    for i, word in enumerate(words):
        if not (TITLE_WORD.fullmatch(word) or word in SINGULAR_NOUNS
                or (i + 1 < len(words) and words[i + 1] in SINGULAR_NOUNS and word.isalpha()
                    and word not in NOT_ROLE_WORDS)):
            return False
    return True


def _titled_name_start(sentence: str, c: _Count) -> int | None:
    """Where the titles or the role before a name start, when the word before them ends a term ("killing Superior
    Court Judge Rowland Barnes"), or None."""
    words = sentence[max(0, c.start - 60) : c.start].split(" ")
    if len(words) < 2 or words[-1] != "":
        return None
    words.pop()
    run = 0
    while run < TITLE_REACH and run < len(words) - 1 and _title_words(words[len(words) - run - 1 :]):
        run += 1
    if run == 0 or words[len(words) - run - 1].lower() not in BEFORE_LAST_WORDS:
        return None
    start = c.start - sum(len(w) + 1 for w in words[len(words) - run :])
    # (not a term opening the sentence, an adjective in a headline: "Injured Saints RB Reggie Bush to miss games")
    return start if start - len(words[len(words) - run - 1]) - 1 > 0 else None


def _titled_list_member(gap: str) -> bool:
    """Whether the gap between two named victims is a list's separator and the second's titles or role (", court
    reporter ", ", Sheriff's Deputy Sgt. ")."""
    sep = LIST_SEPARATOR.match(gap)
    if sep is None:
        return False
    words = gap[sep.end() :].split(" ")
    return 1 < len(words) <= TITLE_REACH + 1 and words[-1] == "" and _title_words(words[:-1])


def _named(c: _Count) -> bool:
    """Whether count c is one victim named by a name as written ("Julie Ann Brandau"), not a counted noun."""
    return c.singular and c.who is not None and c.who[:1].isupper() and c.text == c.who


def _mixed_outcome(sentence: str, end: int) -> bool:
    """Whether the count ending at end is a group told "killed and injured" together, in its own clause."""
    tail = sentence[end : end + 60]
    if " and " not in tail and " or " not in tail:
        return False
    m = MIXED_OUTCOME.search(tail)
    return m is not None and not any(mark in tail[: m.start()] for mark in ",;:.")


# The words after "of" that make a count a part of the group before it, as its noun ("three of whom", "one of them"),
# and the counts that are then the whole group instead ("both of whom were shot").
PART_PRONOUNS = ("them", "whom")
WHOLE_GROUP = frozenset({"both", "all", "each"})


def _part_of_group(c: _Count) -> bool:
    """Whether count c is a part of the group named before it ("three of whom", "one of them"), not the whole of it."""
    return c.who is not None and c.who.startswith(PART_PRONOUNS) and c.text.lower() not in WHOLE_GROUP


def _noun_counted(sentence: str, c: _Count) -> bool:
    """Whether count c is counted by a casualty noun right after it ("2 fatalities", "12 deaths", "1 fatality"), its term
    its own."""
    return c.who is None and (NOUN_AFTER.match(sentence, c.end) is not None
                              or c.value == 1 and ONE_NOUN.match(sentence, c.end) is not None)


def _around_words(sentence: str) -> bool:
    """Whether a sentence holds the words of a verb and a particle around victims (AROUND_AFTER, AROUND_BEFORE): a
    cheap first test, as most sentences hold none."""
    return (
        "hostage" in sentence
        or "prisoner" in sentence  # "took 40 fighters prisoner"
        or "captive" in sentence  # "took two soldiers captive"
        or "to death" in sentence
        or "custody" in sentence
        or "forc" in sentence  # "forced 25,000 people to flee"
        or "treat" in sentence  # "treated 220 people for injuries"
        or "without homes" in sentence  # "left 80,000 people without homes"
        or "without shelter" in sentence
        or ("homes" in sentence and ("driv" in sentence or "drove" in sentence))  # "drove 2,000 families from their homes"
        or (" dead" in sentence and any(map(sentence.__contains__, DEAD_AROUND_STEMS)))
        or (("ospital" in sentence or "Center" in sentence) and any(map(sentence.__contains__, HOSPITAL_SENDERS)))
    )


def _tie(sentence: str, counts: list[_Count], before: set[str]) -> None:
    """Tie each count to the casualty term that governs it; `before` holds the categories of the figures of the
    sentence right before this one."""
    participle = False  # whether a term after a count stood without a helper (only _category_after sets it)
    for c in counts:
        if c.category:
            continue
        # A term right before the count makes it the object ("killing Jamal Berry"), whatever follows.
        cat = _category_before(sentence, c)
        if cat:
            c.category, c.how = cat, "before"
            continue
        cat = _category_after(sentence, c)
        if cat and " been " in sentence[max(0, c.start - 32) : c.start] and COUNT_HYPOTHETICAL.search(
                sentence, max(0, c.start - 40), c.start):
            continue  # "There might have been two people killed": a guess, no figure
        if cat and _mixed_outcome(sentence, c.end):
            continue  # "the two other victims killed and injured": no figure for either
        if cat:
            c.category, c.how = cat, "after"
        elif cat := _held_or_included(sentence, c, counts, before):
            c.category, c.how = cat, "before"
        elif _severity_part(sentence, c, counts):
            c.category, c.how = "injured", "after"
        elif (cat := _competing_bare_figure(sentence, c, counts)) is not None:
            c.category, c.how = cat, "after"
        elif _named(c) and (titled := _titled_name_start(sentence, c)) is not None:
            cat = _category_before(sentence, _Count(titled, c.end, c.text, 1, None, "exact", c.who, c.tail, True))
            if cat:
                c.category, c.how = cat, "before"  # "killing Superior Court Judge Rowland Barnes"
        if c.participle:
            participle = True
    # A verb and a particle around the victims: "took two guards hostage", "stabbing his mother and a former
    # girlfriend to death" (the verb before the first of coordinated victims, the particle after the last).
    if _around_words(sentence):
        for i, c in enumerate(counts):
            if c.category is not None:
                continue
            around = AROUND_AFTER.match(sentence, c.tail)
            if around:
                kind = around.lastgroup
                if kind == "hospital" and MENTAL_HOSPITAL.search(around.group().lower()):
                    continue  # "sending Guajardo to the Wyoming State Hospital for ... evaluation": no injury
            elif c.who and c.who.lower().endswith(("hostage", "hostages", " prisoner", " captive")):
                kind = "hostage"  # "took a woman hostage", "took 40 fighters prisoner": the noun took the word in
            else:
                continue
            first = i
            while first > 0 and counts[first - 1].category is None and CONNECTOR.fullmatch(
                    sentence, counts[first - 1].tail, counts[first].start):
                first -= 1
            if AROUND_BEFORE[kind].search(sentence, max(0, counts[first].start - 24), counts[first].start) or (
                    kind == "hospital" and not counts[first].singular
                    and HOSPITAL_TAKERS.search(sentence, max(0, counts[first].start - 24), counts[first].start)
                    and not DEATH_LATER.search(sentence, around.end())):
                for member in counts[first : i + 1]:
                    member.category, member.how = AROUND_CATEGORY[kind], "before"
    # Then a verb past a relative clause: "A man who was shot Sunday has died".
    # (each count and the verb tied to it, for the two passes below; no pass in between changes them)
    taken = None
    if ((" who " in sentence or " whose " in sentence)
            and any(c.category is None and sentence.startswith((" who ", " whose "), c.tail) for c in counts)):
        taken = _taken(sentence, counts)
        for c in counts:
            if c.category is None:
                cat = _category_past_relative(sentence, c, taken)
                if cat:
                    c.category, c.how = cat, "after"
    # A term after "after being" at the end of the subject's clause: "Around 60 people spent the evening at a day care
    # centre after being evacuated from their homes", "Two men went to hospital after being wounded", "The boss of the
    # clan collapsed hours after being arrested", "She was charged with murder after being taken into custody" (a "he"
    # or "she" is a person, as a named group is); past the subject's own term, a second category of it.
    if counts and " after being " in sentence:
        first = counts[0]  # (the subject's group, which opens the sentence)
        if first.category is None and (first.who or PRONOUN.fullmatch(first.text)):
            cat = _category_after_being(sentence, first)
            if cat:
                first.category, first.how = cat, "after"
        elif first.how == "after" and first.also is None:
            cat = _category_after_being(sentence, first, past_term=True)
            if cat and cat != first.category and {cat, first.category} != {"killed", "injured"}:
                first.also = cat  # (one hurt who later died is killed only: "died after being taken to the hospital")
    # A suspect's own verb past what he is suspected of or charged with: "A man suspected of shooting three people,
    # killing one, at a firm from which he was fired was arrested after a chase", "The policeman charged with killing
    # the boy has been jailed".
    if (" of " in sentence and ("suspected" in sentence or "accused" in sentence)) or "charged " in sentence:
        for c in counts:
            if c.category is None and c.singular and (cat := _category_past_suspicion(sentence, c)):
                c.category, c.how = cat, "after"
        # (the victim inside the description is not the verb's subject: "a man suspected of shooting a 2-year-old
        # was arrested" detains the man, not the child)
        for c in counts:
            if c.how == "after" and c.singular and c.verb_end is not None and SUSPECTED_OF.match(sentence, c.tail):
                for v in counts:
                    if (v is not c and v.how == "after" and v.verb_end == c.verb_end and c.tail < v.start
                            and SUSPECT_OBJECT.fullmatch(sentence, c.tail, v.start)):
                        v.category = v.how = None
    # A participle and then the main verb: "A man wounded in the shooting has died" (killed, as one injured who
    # later died), "A Mafia boss arrested Tuesday has been found dead" (detained and killed).
    if participle and any(c.participle and c.how == "after" for c in counts):
        if taken is None:
            taken = _taken(sentence, counts)
        for i, c in enumerate(counts):
            if not (c.participle and c.how == "after" and c.verb_end is not None) or _part_died(sentence, c, c.verb_end):
                continue  # (the death after "Two of the 16 injured" is the part's)
            first = i  # the first of coordinated victims says whether the group is a subject
            while first > 0 and CONNECTOR.fullmatch(sentence, counts[first - 1].tail, counts[first].start):
                first -= 1
            lead = counts[first].start
            if not (_lead(OBJECT_LEAD, sentence, lead) or _lead(LEFT_BEFORE, sentence, lead)
                    or _lead(SEEN_LEAD, sentence, lead)):
                main = _main_verb_category(sentence, c, [t for t in taken if t[0] != c.start])
                if main == "killed" and c.category == "injured":
                    c.category = "killed"
                elif main and main != c.category:
                    c.also = main
    # A group held and then killed, the death a second verb of the same subject: "A woman was kidnapped and murdered",
    # "Two aid workers were abducted and killed", "A man was arrested and later died in custody".
    if " and " in sentence:
        for c in counts:
            if (c.category == "detained" and c.how == "after" and c.also is None and c.verb_end is not None
                    and HELD_THEN_KILLED.match(sentence, c.verb_end)):
                c.also = "killed"
    # "them" after a term stands for the group named before it as an object: "pulled a gun on two guards and
    # held them hostage", "found three men and arrested them" (not for a subject: "two gunmen ..., killing them").
    if " them" in sentence:
        for m in THEM_OBJECT.finditer(sentence):
            group = next((c for c in reversed(counts) if c.tail <= m.start() and not c.singular), None)
            if group is not None and group.category is None and (_lead(OBJECT_LEAD, sentence, group.start)
                                                                 or _lead(SEEN_LEAD, sentence, group.start)):
                term = m.group("term")
                group.category, group.how = (BEFORE_CATEGORY(term) if term else "detained"), "them"
    # "each" or "all" as the subject of a clause of its own after the group it stands for: "Two women were struck by a
    # vehicle; each was treated for injuries", "Three men were shot, and all were taken to hospital".
    if " each " in sentence or " all " in sentence:
        for m in EACH_SUBJECT.finditer(sentence):
            group = next((c for c in reversed(counts) if c.tail <= m.start()), None)
            if group is None or group.category is not None or group.singular or group.who is None:
                continue  # (a group named by its noun: not a bare figure, "[8] and all had been killed")
            after = AFTER.match(sentence, m.end())
            if after and (category := _term_category(sentence, group, after)):
                group.category, group.how, group.verb_end = category, "after", after.end()
    # A figure fronted as the object, opening the sentence before the subject that did it: "Two, she shot and killed
    # there in the room" (the figure is the victims, the subject the doer).
    if (len(counts) > 1 and counts[0].category is None and counts[1].how == "after" and not counts[0].singular
            and sentence.startswith(", ", counts[0].tail) and counts[0].tail + 2 == counts[1].start
            and FRONTED_OBJECT.fullmatch(sentence, 0, counts[1].start) and _active_transitive(sentence, counts[1])):
        counts[0].category, counts[0].how, counts[0].verb_end = counts[1].category, "after", counts[1].verb_end
        counts[1].category = counts[1].how = None
    # Coordinated groups share the verb: "two officers and a civilian were killed", "killing two and a child" (not a part
    # of the group before it: "picked up 120 migrants, three of whom had died"; see _part_of_group; nor a figure counted
    # by a noun of its own: "4 victims, 2 fatalities"; nor the object of a verb of finding before ", and" and a clause
    # of its own: "Responding officers located four shooting victims, and Flores-Vargas and Ramirez died at the scene").
    for i in range(len(counts) - 2, -1, -1):
        c, nxt = counts[i], counts[i + 1]
        if c.category is None and nxt.how == "after" and not _part_of_group(nxt) and not _noun_counted(sentence, nxt) and (
                not (sentence.startswith(", and ", c.tail) and _lead(SEEN_LEAD, sentence, c.start))) and (
                CONNECTOR.fullmatch(sentence, c.tail, nxt.start)
                or c.singular and sentence.startswith(" and ", c.tail) and OWN_CONNECTOR.fullmatch(sentence, c.tail, nxt.start)
                or _ages_then_connector(sentence, c, nxt)):
            c.category, c.how = nxt.category, "after"
    for i in range(1, len(counts)):
        prev, c = counts[i - 1], counts[i]
        if c.category is None and prev.category is not None:
            gap = sentence[prev.tail : c.start]
            if prev.how in ("before", "list") and (CONNECTOR.fullmatch(gap) or prev.who is None and c.who is not None
                                                   and (elided := ELIDED_HEAD.match(gap))
                                                   and CONNECTOR.fullmatch(gap, elided.end())):
                if c.text in SUBJECT_PRONOUNS or (gap.strip() == "," and FRONTED_CLAUSE.match(sentence)
                                                  and "," not in sentence[: prev.start]):
                    continue  # "killed two kids and he shot his wife", "After the deaths of 2 children, a mother asks"
                c.category, c.how = prev.category, prev.how
            elif prev.how == "before" and _named(prev) and _named(c) and _titled_list_member(gap):
                c.category, c.how = prev.category, "before"  # "killing Judge Rowland Barnes, court reporter Julie Ann Brandau"
            elif (prev.how == "list" and (c.who or c.singular) and " and " in gap and prev.verb_end is None
                  and LIST_MEMBER_GAP.fullmatch(gap) and not sentence.startswith(" who ", c.tail)):
                c.category = prev.category  # "including 2 men in the parking lot and a woman in a car"
                c.how = "list"
            elif (INCLUDING.match(gap) and (c.who or c.singular) and prev.how != "multiple"
                  and not (gap.strip() in HYPHENS and _named(c))):
                c.category, c.how = prev.category, "list"  # "three killed: two officers and a civilian"
                # (not after a multiplied killing, which opens headlines: "Double murder: Man charged"; nor a name
                # set off by hyphens, "Two men - John Smith and Bob Jones - turned themselves in", a member the
                # group's figure counts, as one set off by commas)
            elif (c.who == "them" and prev.how == "after" and prev.verb_end is not None and prev.verb_end <= c.start
                  and sentence[prev.verb_end : c.start].strip() == ","):
                c.category, c.how = prev.category, "list"  # "Twelve people were wounded, two of them seriously"
            elif (prev.how == "after" and prev.verb_end is not None and prev.verb_end <= c.start
                  and (not prev.participle or WHO_WAS.match(sentence, prev.tail))
                  and "found" not in sentence[prev.tail : prev.verb_end]
                  and ALONG_WITH.fullmatch(sentence, prev.verb_end, c.start)):
                c.category, c.how = prev.category, "list"  # "Contreras was killed along with Heriberto Corpus"
            elif (c.who is None and not c.singular and c.value is not None and prev.how in ("before", "after")
                  and EARLIER_FIGURE.fullmatch(sentence, prev.verb_end if prev.how == "after" and prev.verb_end
                                               and prev.verb_end <= c.start else prev.tail, c.start)):
                c.category, c.how = prev.category, prev.how  # "revised the death toll down to 28 from 35"
            elif c.who is None and not c.singular and (PUT_FIGURE_AT.search(sentence, max(0, c.start - 30), c.start)
                                                       or FIGURE_OF.search(sentence, max(0, c.start - 40), c.start)
                                                       or BRINGING_TOTAL.search(sentence, max(0, c.start - 40), c.start)):
                c.category, c.how = prev.category, "before"  # "70 people had been killed, but others put the figure at 200"
                # (the victim a subject with a helper or "died": in "found a man shot to death, along with two
                # victims", the two are what was found, and in "was found dead at the corner, along with two other
                # victims" they are found with the dead, not dead)
    # A part before a group with a term of its own is of that category: "30 of the 80 wounded remained in hospital".
    for i in range(1, len(counts)):
        part, group = counts[i - 1], counts[i]
        if (part.category is None and group.category is not None and group.how == "after" and not part.singular
                and part.value is not None and group.value is not None and part.value < group.value
                and PART_OF_GAP.fullmatch(sentence, part.tail, group.start)):
            part.category, part.how = group.category, "list"
            if group.verb_end is not None and _part_died(sentence, group, group.verb_end):
                part.category = "killed"  # "Two of the 16 injured died": the part's own verb
    # The members listed between a group and its verb: "Six people, including two congressmen, two police officers,
    # a congressional aide and a lobbyist, were injured" (the list's nouns need not be victim nouns to be members),
    # and those of an aside set off by hyphens ("Four people-one with broken bones, 3 with ...-are treated").
    if "nclud" in sentence or "-" in sentence or " of them " in sentence or " of whom " in sentence:
        for c in counts:
            if c.how == "after" and c.verb_end is not None and (
                    INCLUDING_AFTER.match(sentence, c.tail) or sentence.startswith("-", c.tail) and c.after is not None):
                for member in counts:
                    if member.category is None and c.tail < member.start and member.tail <= c.verb_end:
                        member.category, member.how = c.category, "list"
    # A group named first and then split: "Of the 23 pirates arrested, 12 are Somali and 11 Yemeni", "Out of 23 arrested
    # pirates, 12 are reportedly from Somalia and 11 from Yemen".
    if sentence.startswith(("Of ", "of ", "Out of ", "out of ")) and (lead := OF_GROUP.match(sentence)):
        _split_group(sentence, counts, lead)
    # The wounded "evacuated" are carried off for care, not driven from home: "evacuated 112 wounded people".
    for c in counts:
        if c.category == "displaced" and not c.singular and _adjective_category(c) == "injured":
            c.category = "injured"
    # Last, an adjective before the victim noun: "the missing girl", "12 displaced families"; and "deceased" right
    # after "identified", where it tells the dead apart ("identified the second deceased victim as Eugene Linscomb";
    # elsewhere it is read as no casualty, as it often names the dead of another time: "her deceased husband").
    for c in counts:
        if c.category is None and (c.singular or c.who):
            cat = _adjective_category(c)
            if cat == "injured" and c.singular and (death := LATER_DIED.search(sentence, c.end)) is not None and (
                    death.group().lower().startswith(LATER_DIED_OWN)):
                cat = "killed"  # "transported the injured teen to Harborview Medical Center where he later died"
            if cat:
                c.category, c.how = cat, "adjective"
            elif sentence.endswith(IDENTIFIED_LEADS, 0, c.start) and "deceased" in (
                    words := (c.text if c.singular else c.who).lower().split()[:-1]) and not any(
                    w.endswith(("'s", "’s")) for w in words):
                c.category, c.how = "killed", "adjective"  # (not another's relative: "the deceased man's brother")


# A figure alone opening a sentence and set off by a comma (see _tie: "Two, she shot and killed there").
FRONTED_OBJECT = re.compile(rf"{_NUMBER_WORD}\s*,\s+", re.I)


def _active_transitive(sentence: str, c: _Count) -> bool:
    """Whether the term tying count c after it is a transitive verb in the active ("she shot and killed")."""
    m = AFTER.match(sentence, c.tail)
    return m is not None and _SPACES.sub(" ", m.group("term").lower()) in TRANSITIVE and not _passive(m.group("filler"))


# The verb of identifying right before a victim the adjective "deceased" then counts (see _tie).
IDENTIFIED_LEADS = ("identified ", "Identified ", "identified the ", "Identified the ")


# A sentence opening on a group ("Of the 23 pirates arrested,", "Of those killed,"), which the figures after it split
# into parts; `term` is the group's casualty word when no figure counts it.
OF_GROUP = re.compile(r"""(?:[Oo]f\s+(?:the|those)\s+(?:[^,;:.]{1,60}?\s)?
    (?P<term>dead|killed|injured|wounded|arrested|detained|missing|displaced)?|[Oo]ut\s+of\s+[^,;:.]{1,60}?),\s""",
                      re.VERBOSE)  # (and "Out of 23 arrested pirates,", whose figure the group's term counts)


def _split_group(sentence: str, counts: list[_Count], lead: re.Match[str]) -> None:
    """The parts of a group named at the opening take its category: the figures after it that no term ties, each
    smaller than the group ("Of the 23 pirates arrested, 12 are reported to be Somali and 11 Yemeni", "Of those
    arrested, 12 were Somali"); what the parts are said to be is no casualty, but the parts are of the group."""
    # (the group's figure may be tied by an adjective only, which the last pass reads: "Out of 23 arrested pirates")
    group = next((c for c in counts if c.end <= lead.end() and (c.category or _adjective_category(c))), None)
    if group is not None:
        category, size = group.category or _adjective_category(group), group.value
    elif lead.group("term"):
        category, size = NUMBER_OF_CATEGORY[lead.group("term")], None
    else:
        return
    for c in counts:
        if (c.start >= lead.end() and c.category is None and not c.singular and c.value is not None
                and (size is None or c.value < size)):
            c.category, c.how = category, "list"


SUSPECTED_OF = re.compile(r"\s+(?:(?:suspected|accused)\s+of|charged\s+(?:with|in))\s+")
SUSPECT_VERB = re.compile(rf"""\s(?:was|has\s+been|had\s+been)\s+(?:(?:later|finally|quickly|subsequently|eventually|
    also|then|since)\s+)?(?P<term>{_AFTER_TERMS})\b""", re.I | re.VERBOSE)
# Someone else as the subject of that verb: "where he had been arrested", "the woman who was killed".
SUSPECT_VERB_NOT = re.compile(r"(?:\b(?:he|she|they|it|who|which|that|and|or|but)|[,;])\s*$", re.I)
SUSPECT_REACH = 220
# A victim as the object of what a suspect is suspected of ("a man suspected of shooting a 2-year-old was arrested"):
# the verb after it is the suspect's.
SUSPECT_OBJECT = re.compile(r"\s+(?:(?:suspected|accused)\s+of|charged\s+(?:with|in))\s+[a-z]+ing\s[^|;:]{0,80}")
# A suspect charged as the main verb, and a second verb of the same subject after "and", with no subject of its own:
# "Korkoneas, 37, has also been charged with ... over the killing of a teenager and was ordered to remain in
# custody", "Smith was charged with murder and was arrested".
SUSPECT_CHARGED = re.compile(r"""(?:\s*,\s*\d{1,3}\s*,)?\s+(?:was|is|(?:has|had)\s+(?:also\s+)?been)\s+(?:also\s+)?
    (?:formally\s+)?charged\s+(?:with|in|over)\s""", re.I | re.VERBOSE)
SUSPECT_AND_VERB = re.compile(r"\sand(?=\s+(?:was|has\s+been|had\s+been|is|will)\s)")
# A clause of its own inside the description, whose subject the verb after it may be.
SUSPECT_CLAUSE = re.compile(r"\b(?:after|when|while|because|since|before)\s+(?:his|her|their|the|a|an)\s")


def _category_past_suspicion(sentence: str, c: _Count) -> str | None:
    """Category of the singular verb that ends a suspect's description: "A man suspected of shooting three
    people, killing one, at a firm from which he was fired last week was arrested". The first "was" or "has
    been" with a term after the description is the suspect's, unless a pronoun, a relative or a conjunction
    makes it someone else's."""
    if not SUSPECTED_OF.match(sentence, c.tail):
        charged = SUSPECT_CHARGED.match(sentence, c.tail)
        return _category_after_charge(sentence, c, charged.end()) if charged else None
    stop = sentence.find(";", c.tail, c.tail + SUSPECT_REACH)
    m = SUSPECT_VERB.search(sentence, c.tail, stop if stop >= 0 else c.tail + SUSPECT_REACH)
    if m is None or SUSPECT_VERB_NOT.search(sentence, max(0, m.start() - 8), m.start()):
        return None
    if SUSPECT_CLAUSE.search(sentence, c.tail, m.start()):
        return None  # "A father charged with homicide after his daughter was killed": the verb is the clause's
    after = AFTER.match(sentence, m.start())
    if after is None:
        return None
    category = _term_category(sentence, c, after)
    if category:
        c.verb_end = after.end()  # (for those who suffered the same: "has been jailed along with a colleague")
    return category


def _category_after_charge(sentence: str, c: _Count, start: int) -> str | None:
    """Category of the verb after "and" that follows a charge (see SUSPECT_CHARGED): the subject's own, unless a
    relative word or a clause of its own in between may have given it another subject."""
    stop = sentence.find(";", start, start + SUSPECT_REACH)
    m = SUSPECT_AND_VERB.search(sentence, start, stop if stop >= 0 else start + SUSPECT_REACH)
    if m is None or RELATIVE_WORD.search(sentence, start, m.start()) or SUSPECT_CLAUSE.search(sentence, start, m.start()):
        return None
    after = AFTER.match(sentence, m.end())
    if after is None or RELATIVE_WORD.search(after.group("filler")):
        return None
    category = _term_category(sentence, c, after)
    if category:
        c.verb_end = after.end()
    return category


def _other_event(scope: str) -> bool:
    """A marker of another event, a time or a statistic stands in the scope; arrests "nationwide" are no such marker
    (ARRESTS_NATIONWIDE)."""
    lower = scope.lower()
    if not OTHER_EVENT_QUICK.search(lower):
        return False
    # (an ASCII scope is read lowercased, by the pattern's lowercase form: see _lowercase_form)
    text = lower if scope.isascii() else scope
    for m in (OTHER_EVENT_LOWER if scope.isascii() else OTHER_EVENT).finditer(text):
        marker = m.group().lower()
        if marker in ("nationwide", "worldwide") and NAME_AFTER.match(scope, m.end()) and scope[m.start()].isupper():
            continue  # "Nationwide Children's Hospital": a name, no tally of the nation's
        if marker == "nationwide":
            if not ARRESTS_NATIONWIDE.search(text[max(0, m.start() - ARRESTS_REACH):m.start()].lower()):
                return True
        elif marker.startswith("since") and text.endswith(CARE_SINCE, 0, m.start()):
            continue  # "hospitalized since a Feb. 27 shooting": the victim's own care since the event
        elif marker.startswith(("last", "earlier this")):
            if not ARRESTED_IN_DEED.search(text, max(0, m.start() - ARRESTED_IN_REACH), m.start()):
                return True
        elif not (marker.startswith("in ") and marker[-4:].isdigit() and CHARGED_WITH_DEED.search(
                text, max(0, m.start() - ARRESTED_IN_REACH), m.start())):
            return True
    return False


def _earlier_event_lead(sentence: str, c: _Count, found: list[_Count]) -> bool:
    """The count is the victim of an earlier event named before it, to which the report's own is compared or linked
    ("came two months after the fatal shooting of a man, John Smith,"); tried only for a count that a term before
    it ties, and read before the first of the victims coordinated with it."""
    if c.how != "before":
        return False
    i = found.index(c)
    while i > 0 and found[i - 1].how == "before" and CONNECTOR.fullmatch(sentence, found[i - 1].tail, found[i].start):
        i -= 1
    start = found[i].start
    if sentence.endswith("of ", 0, start):
        return EARLIER_EVENT_LEAD.search(sentence, max(0, start - EARLIER_EVENT_REACH), start) is not None
    lead = sentence[max(0, start - STRUCK_AFTER_REACH) : start].lower()
    if " after " not in lead:
        return False
    if (" came " in lead or " come" in lead) and EARLIER_EVENT_CLAUSE.search(
            sentence, max(0, start - EARLIER_EVENT_REACH), start) is not None:
        return True
    return ("year" in lead or "month" in lead or "decade" in lead) and STRUCK_AFTER.search(
        sentence, max(0, start - STRUCK_AFTER_REACH), start) is not None


# Victims' conditions told as not known: hospital care for them then states no injury, as the guidelines give a group
# whose outcome is unknown nothing ("The victims' conditions weren't immediately known ... the three victims were taken
# to the hospital").
OUTCOME_UNKNOWN = re.compile(r"""\bconditions\s+(?:(?:were|are)\s*(?:n['’]t|\s+not)\s+(?:immediately\s+|yet\s+)?
    (?:known|available|released)|(?:were|are|remain|remained)\s+unknown)\b""", re.I | re.VERBOSE)
HURT_STEMS = ("injur", "wound", "surviv", "hurt")
# How far before the sentence the conditions are looked for: the sentence before it.
OUTCOME_UNKNOWN_REACH = 200


def _outcome_unknown(text: str, sentence: Sentence) -> bool:
    """The sentence or the one before it says the victims' conditions are not known (all of them: "conditions", and
    no condition of one told in the sentence)."""
    start = max(0, sentence.start - OUTCOME_UNKNOWN_REACH)
    if "onditions" not in text[start : sentence.end] or any(map(sentence.text.__contains__, HURT_STEMS)):
        return False  # (nor when the sentence tells of a hurt: "were hospitalized after they were injured")
    m = OUTCOME_UNKNOWN.search(text, start, sentence.end)
    return m is not None and "ondition" not in text[max(m.end(), sentence.start) : sentence.end] and (
        "ondition" not in text[sentence.start : max(m.start(), sentence.start)])


def _illness_care(text: str, sentence: Sentence) -> bool:
    """Hospital care in this sentence is for an illness: the sentence names one and no cause of injury, or else its
    paragraph does ("a third case of plague ... he was taken to a hospital")."""
    start = text.rfind("\n", 0, sentence.start) + 1
    end = text.find("\n", sentence.end)
    paragraph = text[start : end if end != -1 else len(text)]
    if not _has_stem(paragraph.lower(), ILLNESS_STEMS):
        return False  # (the common case, settled by plain substrings)
    if INJURY_CAUSE.search(sentence.text):
        return False  # (nor can its paragraph, which holds it, be free of one)
    if ILLNESS.search(sentence.text):
        return True
    return INJURY_CAUSE.search(paragraph) is None and ILLNESS.search(paragraph) is not None


def _another_event(scope: str) -> bool:
    """The clause names another incident as such ("in another Chicago Lawn shooting"); cheap test first."""
    lower = scope.lower()
    return ("other" in lower or "unrelated" in lower) and ANOTHER_EVENT.search(scope) is not None


def _break_before(breaks: list[int], at: int) -> int:
    """The last of the clause breaks before `at`, or -1. The breaks ascend, so a bisection finds it: each count
    asks several times, and a scan of every break each time cost more than the rest of the question."""
    i = bisect_left(breaks, at)
    return breaks[i - 1] if i else -1


def _break_from(breaks: list[int], at: int, default: int) -> int:
    """The first of the clause breaks at or after `at`, or default (by bisection, as `_break_before`)."""
    i = bisect_left(breaks, at)
    return breaks[i] if i < len(breaks) else default


def _blank(match: re.Match[str]) -> str:
    """Spaces as long as the match, so that offsets into the text stay the same."""
    return " " * len(match.group())


def _clause_breaks(sentence: str) -> list[int]:
    """Where CLAUSE_BREAK matches in the sentence, in order: read by MARK_BREAK where no dash set off by white space
    can make CLAUSE_BREAK match at a space (a cheap test of the dashes first)."""
    spaced = ("-" in sentence or "–" in sentence or "—" in sentence) and SPACED_DASH.search(sentence) is not None
    return [m.start() for m in (CLAUSE_BREAK if spaced else MARK_BREAK).finditer(sentence)]


def _clause_scope(sentence: str, start: int, end: int, breaks: list[int]) -> str:
    """The clause holding a count, extended back over "..., when 32 died" to the clause it hangs from;
    `breaks` are where CLAUSE_BREAK matches in the sentence, in order."""
    left = _break_before(breaks, start) + 1
    # A date far after the figure belongs to something else ("injuring dozens in a region hit by the tsunami
    # of 2004"); one close after it dates the figure ("killed 230,000 people ... in 2004").
    right = min(_break_from(breaks, end, len(sentence)), end + 60)
    if WHEN_START.match(sentence[left:start]):
        left = _break_before(breaks, left - 1) + 1
    return sentence[left:right]


def _apposition_verb_end(sentence: str, c: _Count, found: list[_Count]) -> int | None:
    """The verb's end of the count set right after `c` by a comma as the same person, when `c` has none of its own
    ("his father, Rulon Jeffs, died": the name holds the verb, its head "his father" the same death)."""
    for b in found:
        if (b.start > c.tail and b.verb_end is not None and b.category == c.category and b.how == c.how
                and sentence[c.tail : b.start].strip() == "," and c.singular and b.singular):
            return b.verb_end
    return None


def _break_between(breaks: list[int], start: int, end: int) -> bool:
    """Whether a clause break lies between start and end."""
    return _break_from(breaks, start, end) < end


def _other_after_verb(sentence: str, start: int, verb_end: int, breaks: list[int], article: _Article) -> bool:
    """A year stated right after a count's verb, in its clause, or another incident named there: the verb of a
    subject set off by commas or dashes from it, whose own clause holds neither ("His daughter, Heaven Sutton, was
    shot and killed in 2012 while ...", "At least four hunters - including two in Crawford County - died in unrelated
    incidents"). Court reports date their own event by its year."""
    right = min(_break_from(breaks, verb_end, len(sentence)), verb_end + 60)
    if _another_event(sentence[verb_end:right]):
        return not _roundup_lead(article, sentence[verb_end:right])
    return YEAR_STATED.search(sentence, verb_end, right) is not None and (
        not article.is_court_report() or _death_as_time(sentence, start, verb_end))


# How a sentence of the body ends, which a headline's line does not.
SENTENCE_ENDS = (".", "!", "?", '"', "”", "'", "’")
# Several incidents named as such: "died in unrelated incidents", "have died in separate climbing accidents".
SEVERAL_INCIDENTS = re.compile(r"""\bin\s+(?:unrelated|separate)\s+(?:[\w-]+\s+){0,2}?(?:incidents|shootings|attacks|stabbings
    |crashes|accidents)\b""", re.I | re.VERBOSE)


def _roundup_lead(article: _Article, scope: str) -> bool:
    """The article's first figures span several incidents: the round-up's own tally, which it goes on to tell one
    by one ("At least four hunters ... died in unrelated incidents during the opening weekend"), not another event
    (a headline's figures may come before it: "Second climber dies at Mt Cook")."""
    return SEVERAL_INCIDENTS.search(scope) is not None and not any(
        sentence.rstrip().endswith(SENTENCE_ENDS) for sentence in article.told)


def _other_event_past_roundup(article: _Article, scope: str) -> bool:
    """`_other_event` of the scope, save for the several incidents a round-up's lead spans ("separate" alone
    marks another event elsewhere: "Two men have died in separate climbing accidents at Mt Cook this weekend")."""
    if not _other_event(scope):
        return False
    return not _roundup_lead(article, scope) or _other_event(SEVERAL_INCIDENTS.sub(_blank, scope))


# A death set in a clause that times the sentence's main clause, after it: "He took over the church after his father,
# Rulon Jeffs, died in 2002" (a court report's own death is a killing, not the time of something else).
DEATH_AS_TIME = re.compile(r"\w[\w,]*\s+(?:after|since|before|until)\s+(?:[\w'’.-]+,?\s+){0,4}$", re.I)


def _death_as_time(sentence: str, start: int, verb_end: int) -> bool:
    """The count at `start` dies ("died") in a clause opened by "after", "since", "before" or "until" that follows
    its main clause."""
    return sentence.endswith("died", 0, verb_end) and DEATH_AS_TIME.search(sentence, 0, start) is not None


# Mourners gathered for a victim killed earlier the same day, in a sentence about the gathering: the death they
# mourn is another incident than the one the report tells, which befell the gathering ("A large group was gathered
# to mourn the death of a 14-year-old boy who was killed in a gang-related shooting ... earlier in the day"). A death
# earlier in the month or week is often the report's own, told from a vigil for it.
MOURN_LEAD = re.compile(r"""\b(?:mourn(?:s|ed|ing)?|griev(?:e|es|ed|ing)|remember(?:s|ed|ing)?|honou?r(?:s|ed|ing)?|
    vigil\s+for|memorial\s+for)\s+(?:the\s+(?:death|killing|loss|life|memory|slaying)\s+of\s+)?$""", re.I | re.VERBOSE)
EARLIER_SAME_DAY = re.compile(r"\bearlier\s+(?:in\s+the\s+day|that\s+day|the\s+same\s+day|that\s+(?:morning|afternoon|evening))\b",
                              re.I)
MOURN_REACH = 40


def _mourned_earlier(sentence: str, c: _Count) -> bool:
    """The count is a victim mourned by a gathering and killed earlier the same day (see MOURN_LEAD)."""
    if MOURN_LEAD.search(sentence, max(0, c.start - MOURN_REACH), c.start) is None:
        return False
    stop = CLAUSE_STOP.search(sentence, c.tail, c.tail + RELATIVE_REACH)
    return EARLIER_SAME_DAY.search(sentence, c.tail, stop.start() if stop else c.tail + RELATIVE_REACH) is not None


# A clause that only adds to the one before it: "..., including the fatal shootings of two", "..., with 584 deaths".
HANGING_START = re.compile(r"\s*(?:[-–—]\s+)?(?:including|with)\s", re.I)


def _hanging_other(sentence: str, start: int, counts: list[_Count], breaks: list[int]) -> bool:
    """The count's clause hangs from the clause before it, which holds no count of its own and speaks of another
    event or of statistics ("There have been 600 homicides this year, including the fatal shooting of a boy";
    "3,248 cases between 2010 and 2015, with 584 deaths")."""
    left = _break_before(breaks, start) + 1
    if left == 0 or not HANGING_START.match(sentence, left, start):
        return False
    before = _break_before(breaks, left - 1) + 1
    if any(before <= c.start < left for c in counts):
        return False
    return _other_event(sentence[before:left]) or _another_event(sentence[before:left])


def _dated_event(sentence: str, scope: str, tail: int, breaks: list[int]) -> bool:
    """An event named by its year in the count's clause ("the 2004 tsunami that killed 230,000"), or as the agent
    of its verb anywhere after it in the clause ("were killed ... by the 2004 Asian tsunami")."""
    if DATED_EVENT.search(scope):
        return True
    right = _break_from(breaks, tail, len(sentence))
    return BY_DATED_EVENT.search(sentence, tail, right) is not None


# A participle opening a clause ("..., leaving 220,000 dead"), which then continues the clause before it; and
# a year stated in that clause ("in 2004", not "since 2004", which dates a comparison, nor a block number).
PARTICIPLE_START = re.compile(r"\s*(?:and\s+)?[a-z]+ing\b")
YEAR_STATED = re.compile(r"\b(?:in|of)\s+(?:\w+\s+)?(?:19|20)\d\d\b(?!\s+block)", re.I)
# A full date with its year ("occurred on Oct. 10,2002", with or without a space after the comma), and a clause that
# only describes what came before it ("the largest recorded at magnitude 7.6").
DATE_STATED = re.compile(r"\bon\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?,"
                         r"\s*(?:19|20)\d\d\b", re.I)
APPOSED_CLAUSE = re.compile(r"\s*(?:the|a|an)\s+[a-z]+\s+(?!(?:was|were|is|are|has|have|had)\b)")


def _after_dated_clause(sentence: str, start: int, breaks: list[int]) -> bool:
    """The count's clause opens on a participle and the clause it continues states a year: the figure belongs
    to that dated event ("A quake struck off Aceh in 2004, killing 170,000")."""
    left = _break_before(breaks, start)
    if left < 0 or not PARTICIPLE_START.match(sentence, left + 1):
        return False
    before = _break_before(breaks, left) + 1
    if YEAR_STATED.search(sentence, before, left) or DATE_STATED.search(sentence, before, left):
        return True
    if not APPOSED_CLAUSE.match(sentence, before) or before < 1:
        return False
    # (a clause that only describes, "the largest recorded at magnitude 7.6": the year may be in the one before it)
    earlier = _break_before(breaks, before - 1) + 1
    return DATE_STATED.search(sentence, earlier, before - 1) is not None


# How wire copy closes a quotation in plain characters (two apostrophes, or one after the quote's last mark), which ends
# a speaker's phrase as a double quotation mark does: "``... just after 6 p.m.,'' Fanning said" (an apostrophe alone
# may be a possessive: "the officers' union said").
CLOSING_QUOTES = ("''", "’’", ",'", ".'", "?'", "!'", ",’", ".’", "?’", "!’")
# Quotation marks a quotation may close on before its speaker: '..., " said Fauzi', "...,'' said Subhan Sahara".
QUOTE_MARKS = "\"”'’` "


def _after_comma(before: str) -> bool:
    """Whether the text before a reporting verb ends on a comma, or on one that closes a quotation: the source then
    follows the verb ("..., said Police Chief John Smith", '"Dozens of people were injured," said Fauzi')."""
    end = before.rstrip()
    if end.endswith(","):
        return True
    bare = end.rstrip(QUOTE_MARKS)
    return len(bare) < len(end) and bare.endswith(",")


# The tag a wire service puts before a story's headline when it sends it again ("UPDATE 2-", "REFILE-", "CORRECTED-",
# "EXCLUSIVE-"), glued to the headline's first word.
WIRE_TAG = re.compile(r"(?:UPDATE|REFILE|CORRECTED|CORRECTED-UPDATE|EXCLUSIVE|RPT)(?:\s+\d+)?-(?=\S)")


def _speaker_before(before: str, closing: bool = False) -> str | None:
    """The speaker just before a reporting verb: back to a comma, "that", "and", or the sentence start; with
    `closing` (the verb ends its clause), also a phrase in lower case that names one by its last word."""
    cite = CITING_END.search(before)
    head = before[: cite.start()] if cite else before
    words = head.split()
    while words and words[-1].lower() in SOURCE_AUX:
        words.pop()
    taken: list[str] = []
    while words and len(taken) < 8:
        word = words[-1]
        if word.endswith((",", ";", ":", '"', "”", *CLOSING_QUOTES)):
            break
        if word.lower() in SOURCE_BOUNDARY:
            # "Russian and state media", "witnesses and officials": "and" joining two speakers stays in it
            if not (word == "and" and taken and len(words) > 1 and words[-2][-1].isalpha()
                    and (words[-2][:1].isupper() or words[-2].lower() in SPEAKER_LOWER)):
                break
        taken.append(words.pop())
    if not taken:
        appos = SPEAKER_APPOSITION.search(head)
        return appos.group(1) if appos and not SOURCE_STOP.search(appos.group(1)) else None
    speaker = " ".join(reversed(taken))
    if speaker[:1] in "UREC" and (tag := WIRE_TAG.match(speaker)):
        speaker = speaker[tag.end() :]  # "UPDATE 2-Kazakhstan says 164 killed": the tag is no part of the speaker
    first = taken[-1]
    if first.lower() in ("the", "a", "an") and len(taken) > 1 and taken[-2][:1].isupper():
        first = taken[-2]  # "the UN says"
    if SOURCE_STOP.search(speaker) or not (first[:1].isupper() or first.lower() in SPEAKER_LOWER
                                           or closing and _speaker_head(taken)):
        return None
    return f"{speaker}, citing {cite.group(1)}" if cite else speaker


def _closes_clause(sentence: str, at: int) -> bool:
    """Whether the reporting verb ending at `at` ends its clause, as a source's does ("..., local officials said.",
    "..., the county sheriff announced Tuesday"); not one a clause runs on from ("the man police say drove the car",
    "a police report said")."""
    if sentence.endswith("told", 0, at) and (audience := TOLD_AUDIENCE.match(sentence, at)):
        at = audience.end()
    return (CUE_CLOSE.match(sentence, at) is not None or SOURCE_TAIL.match(sentence, at) is not None
            or VERB_THEN_FIGURE.match(sentence, at) is not None)


def _speaker_head(words: list[str]) -> bool:
    """Whether a phrase in lower case (its words last first, as `_speaker_before` takes them) is a plain noun phrase
    whose last word names a speaker (SPEAKER_HEADS), perhaps followed by the speaker's name: "the health ministry",
    "local officials", "the ship's owner", "hospital spokeswoman Ilene Wolff"; not the end of a clause that runs into
    the verb ("during what authorities said", "whom police said")."""
    named = 0
    while named < len(words) - 1 and words[named][:1].isupper():
        named += 1  # (the name after the title: "Wolff", "Ilene")
    return words[named] in SPEAKER_HEADS and all(
        SPEAKER_WORD.fullmatch(word) and word not in SPEAKER_PHRASE_STOP for word in words[named:])


def _trim_source(source: str) -> str:
    """Drop the medium and the day from a source: "investigators in a press release Tuesday" -> "investigators"."""
    return SOURCE_TAIL.sub("", source) or source


# Wire copy's reported speech: "Another news agency quoted the governor as saying five people had received treatment"
# (the one quoted is the source), and "Iranian officials were quoted by AP as saying" (the subject is).
QUOTED_AS_SAYING = re.compile(r"quoted\s+(?!by\s)(?P<src>[^,;:]{2,80}?)\s+as\s+saying\b")
QUOTED_PASSIVE = re.compile(r"\s+(?:was|were|is|are|has\s+been|have\s+been)\s+quoted\s+(?:by\s+[^,;:]{1,40}?\s+)?as\s+saying\b")


def _quoted_source(sentence: str) -> str | None:
    """The source of reported speech told with "quoted ... as saying" (see QUOTED_AS_SAYING), or None."""
    m = QUOTED_AS_SAYING.search(sentence)
    if m:
        return _trim_source(m.group("src").strip())
    m = QUOTED_PASSIVE.search(sentence)
    return _speaker_before(sentence[: m.start()] + " ") if m else None


# Wire copy's figure put by someone ("Officials put the death toll at 40", "The health ministry put the number of dead
# at 112", "the rebels put the figure at 60", "The ministry raised the death toll to 120"): the subject is the source.
# (Read after a space, so the pattern opens on a literal; "put" as a noun never comes before "the toll".)
PUT_FIGURE = re.compile(r" (?:put|puts|putting|raised|raises|revised|revises)\s+(?:the|its|their)\s+(?:[\w-]+\s+){0,2}?"
                        r"(?:toll|tolls|number|figure|tally|count)\b")


# "Claimed" of lives is the deaths, not a report: "The storm has claimed at least 21 lives", "a stray bullet has claimed
# the life of a three-year-old girl"; and of responsibility or credit, a deed owned ("The group claimed responsibility
# for the attack, which killed 9 people"): its subject is no source.
CLAIMED_NOT_REPORT = re.compile(r"\s+(?:(?:the\s+)?(?:(?:at\s+least|more\s+than|about|some|nearly|over|another)\s+)?"
                                r"(?:[\w,-]+\s+)?li(?:ves|fe)|responsibility|credit)\b")


def _put_source(sentence: str) -> str | None:
    """The subject that puts, raises or revises a figure (see PUT_FIGURE), or None."""
    m = PUT_FIGURE.search(sentence)
    return _speaker_before(sentence[: m.start()] + " ", closing=True) if m else None


def _citing_lead(head: str) -> str | None:
    """The speaker who cites, in the words before ", citing": the phrase itself ("Xinhua, citing local officials"), or
    the speaker before the reporting verb that ends them ("..., state media reported, citing local officials", "...,
    Boyette said, citing aid workers"), whose verb is no part of the source."""
    verb = head[head.rfind(" ") + 1 :]
    if verb in SOURCE_VERBS:
        return _speaker_before(head[: len(head) - len(verb)], closing=True)
    return _speaker_before(head + " ")


# A wire headline's source after a dash or a colon at its end: "Kazakh unrest death toll rises to 164 - state media",
# "Gunmen kill 30 in attack on Nigerian village - police", "Blast kills 12, wounds 30 in Kabul: officials" (only a
# headline, with no stop at its end; the words must name a speaker in lower case, not an outlet's name: "- WABC").
HEADLINE_SOURCE = re.compile(r"(?: [-–—] ?| -|: )(?P<src>[a-z][a-z'’ -]{1,30})$")


def _headline_source(sentence: str) -> str | None:
    """The source a headline names at its end (see HEADLINE_SOURCE), or None."""
    m = HEADLINE_SOURCE.search(sentence[-40:])
    if m is None:
        return None
    src = m.group("src").strip()
    words = src.split()
    return src if words and _speaker_head(words[::-1]) else None


def _source(sentence: str, next_sentence: str | None) -> str | None:
    """The cited source of a sentence's figures, as written, or None."""
    m = ACCORDING.search(sentence) if "ccording" in sentence or "citing" in sentence else None
    if m:
        src = _trim_source(m.group("src").strip())
        if m.group(0).startswith("citing"):
            lead = _citing_lead(sentence[: m.start()].rstrip(" ,"))
            if lead:
                return f"{lead}, citing {src}"
        return src
    if "quoted" in sentence and " as saying" in sentence and (quoted := _quoted_source(sentence)):
        return quoted
    for cue in SOURCE_CUE.finditer(sentence):
        if cue.group() == "claimed" and CLAIMED_NOT_REPORT.match(sentence, cue.end()):
            continue  # "The storm has claimed at least 21 lives": a death, not a report
        before = sentence[: cue.start()]
        speaker = _speaker_before(before, _closes_clause(sentence, cue.end()))
        if speaker:
            return speaker
        if _after_comma(before) and cue.group() != "told":  # (after "told" comes whom: "..., told reporters")
            trail = SOURCE_TRAIL.match(sentence, cue.end())
            if trail and not SOURCE_STOP.search(trail.group(1)):
                return _trim_source(trail.group(1).strip())
    if (" put" in sentence or " r" in sentence) and (put := _put_source(sentence)):
        return put
    if sentence[-1:].isalpha() and (headline := _headline_source(sentence)):
        return headline
    if next_sentence and len(next_sentence) < 120:
        m = ACCORDING.search(next_sentence) if "ccording" in next_sentence or "citing" in next_sentence else None
        if m and FIGURE_REFERENCE.match(next_sentence):
            return m.group("src").strip()
    return None


# Where a later clause that may give competing figures opens: after a semicolon or ", but", ", while", ", whereas"
# ("Officials said 12 people had died, but hospital sources put the figure at 30", "Xinhua said 27 people had been
# killed, while local media reported at least 35 dead"); a cheap `in` test on LATER_CLAUSE_CUES comes first.
# An aside in brackets opening in lower case is such a clause too ("the police said that there was one arrest, with no
# injuries (the Post says three people were injured)"; not a dateline's or a name's capitals, "(AP)", "(LRPD)").
LATER_CLAUSE = re.compile(_CLAUSE_OPEN + r"| \((?=[a-z])")
LATER_CLAUSE_CUES = (*CLAUSE_OPEN_CUES, " (")
# Longer "sentences" are pieces of a page glued together (lists of headlines), whose semicolons join no clauses of one
# report (the longest real sentence with competing sources in the corpora has about 200 characters).
CLAUSE_SENTENCE_REACH = 400


def _later_clauses(sentence: str) -> list[tuple[int, int]]:
    """The spans (start, end) of a sentence's later clauses (see LATER_CLAUSE), each running to the next one's opening
    or the sentence's end; none in a sentence longer than CLAUSE_SENTENCE_REACH."""
    if len(sentence) > CLAUSE_SENTENCE_REACH or not any(map(sentence.__contains__, LATER_CLAUSE_CUES)):
        return []
    opens = [m.end() for m in LATER_CLAUSE.finditer(sentence)]
    return list(zip(opens, [*opens[1:], len(sentence)], strict=True)) if opens else []


def _clause_sources(sentence: str) -> list[tuple[int, str]]:
    """The later clauses of a sentence that cite a source of their own, as (where the clause opens, its source), for
    the figures in them: each side of a competing count has its own source, not the sentence's first."""
    found = []
    for at, until in _later_clauses(sentence):
        clause = sentence[at:until]
        source = _source(clause, None)
        if source is None and (cue := SOURCE_CUE.search(clause)) and VERB_THEN_FIGURE.match(clause, cue.end()):
            source = _speaker_before(clause[: cue.start()], closing=True)
        if source:
            found.append((at, source))
    return found


def _disputed_from(sentence: str, starts: list[int]) -> int:
    """Where a disputed sentence's disputed figures start: at the later clause (see LATER_CLAUSE) that disputes when it
    holds a figure of its own, the competing one ("The army said 15 soldiers were killed, while the rebels said 60
    died, a figure that could not be verified"); else at 0, all of them ("The rights group said 52 people were
    killed, but the interior ministry denied the figure"). `starts` are where the sentence's figures start."""
    later = _later_clauses(sentence)
    if not later:
        return 0  # (the whole sentence is one clause, whose figures are all disputed)
    for at, until in [(0, later[0][0]), *later]:
        if _states_dispute(sentence[at:until]):
            return at if any(at <= start < until for start in starts) else 0
    return 0


# A denial followed by the denier's own figure: "The government denied the figure, saying 12 had died", "Officials
# rejected the opposition's figure of 300 dead, putting the toll at 45", "The government disputed that figure and said
# 12 people had died". The figures after the link are the denier's: not disputed, and the denier is their source.
DENIAL_THEN_OWN = re.compile(r"""(?:denied|denies|deny|disputed|disputes|dispute|rejected|rejects|contested|refuted)\b
    [^;:]*?(?:,\s+(?:saying|adding|putting)|\s+and\s+(?:said|says|put|puts|added))\b""", re.VERBOSE)
DENIAL_LINKS = (", saying", ", adding", ", putting", " and said", " and says", " and put", " and added")
# What may open the words before the denial verb besides its subject: the figure denied ("a figure the interior
# ministry denied").
DENIED_FIGURE_LEAD = re.compile(r"(?:a|the)\s+(?:figure|claim|number|toll)s?\s+(?:that\s+|which\s+)?")


def _denier_figures(sentence: str) -> tuple[int, str | None] | None:
    """Where the figures a denier gives of their own start, and the denier, in a sentence that denies a figure and
    then gives one (see DENIAL_THEN_OWN); None when it gives none."""
    if not any(map(sentence.__contains__, DENIAL_LINKS)) or not (m := DENIAL_THEN_OWN.search(sentence)):
        return None
    head = sentence[: m.start()]
    lead = head.rfind(", ")
    words = head[lead + 2 :] if lead >= 0 else head
    if (figure := DENIED_FIGURE_LEAD.match(words)) is not None:
        words = words[figure.end() :]
    return m.end(), _speaker_before(words, closing=True)


def _source_at(clauses: list[tuple[int, str]], at: int, source: str | None) -> str | None:
    """The source of a figure at offset `at`: that of the last later clause opening before it (see _clause_sources),
    or else the sentence's."""
    for opens, clause_source in reversed(clauses):
        if opens <= at:
            return clause_source
    return source


def _has_stem(lower: str, stems: tuple[str, ...]) -> bool:
    return any(map(lower.__contains__, stems))


def _disputed(sentence: str, next_sentence: str | None, lower: str | None = None) -> bool:
    """The sentence, or the one after it speaking of the figure, says it is unconfirmed or denied; `lower` is the
    sentence lowercased, when the caller has it."""
    if _states_dispute(sentence, lower):
        return True
    return bool(next_sentence) and _states_dispute(next_sentence) and DISPUTE_REFERENCE.search(next_sentence) is not None


def _states_dispute(text: str, lower: str | None = None) -> bool:
    """Whether DISPUTE finds a denial or a hedge in text; its stems tried first, and an ASCII text read lowercased
    by the pattern's lowercase form (see _lowercase_form). `lower` is text.lower(), when the caller has it."""
    if lower is None:
        lower = text.lower()
    if not _has_stem(lower, DISPUTE_STEMS):
        return False
    for m in DISPUTE_LOWER.finditer(lower) if text.isascii() else DISPUTE.finditer(text):
        if not (m.group()[:1] in "cdhwia" and DETAIL_SUBJECT.search(lower, max(0, m.start() - DETAIL_SUBJECT_REACH),
                                                                   m.start())) and not _denial_of_other(lower, m):
            return True
    return False


# A denial that disputes no figure: a negated one ("Lynch did not deny his client was there when Kathina died"), or one
# of a statement that names no casualty ("family ... deny that he was carrying a weapon", "Gotcher also denied that
# Simpson was the father of Flynn's baby"); "denied that civilians were killed" still disputes. The negation is looked
# for in the few characters before the denial ("did not ", "never ").
NEGATED_DENIAL = re.compile(r"(?:not|n['’]t|never)\s+$")
NEGATED_DENIAL_REACH = 12
DENIED_THAT = re.compile(r"\s+that\s+([^.;:!?]*)")
# What a denied statement names when it is about casualties (plain substrings of the lowercased statement).
CASUALTY_STEMS = ("kill", "dead", "die", "death", "fatal", "injur", "wound", "hurt", "arrest", "detain", "custody",
                  "missing", "displac", "evacuat", "homeless", "toll", "figure", "number", "casualt", "victim", "shot",
                  "murder", "slain", "bod")


def _denial_of_other(lower: str, m: re.Match[str]) -> bool:
    """Whether a DISPUTE match is a denial that disputes no figure (see NEGATED_DENIAL)."""
    if not m.group()[:3].lower() == "den":
        return False
    if NEGATED_DENIAL.search(lower, max(0, m.start() - NEGATED_DENIAL_REACH), m.start()):
        return True
    that = DENIED_THAT.match(lower, m.end())
    return that is not None and not _has_stem(that.group(1), CASUALTY_STEMS)


# A detail of a person as the subject of "could not be confirmed": what is unconfirmed is the detail, not a figure
# ("The student's age could not be confirmed, but he was transported to a local hospital"); the modal opening the
# match starts with one of the letters tested first ("could", "did", "has", "was", "is", "are").
DETAIL_SUBJECT = re.compile(r"\b(?:age|ages|name|names|identity|identities|location|whereabouts|motive|cause|gender|"
                            r"relationship|relationships)\s+$")
DETAIL_SUBJECT_REACH = 16  # (characters before the modal: "relationships " and the gap)


# A round-up of the other incidents of the same night, after the article's own: "Friday was another violent night in
# Jacksonville that saw five others shot and wounded"; the figures after it at a block the article's event was not at
# are those incidents'.
ROUNDUP = re.compile(r"\banother\s+(?:violent|deadly|bloody)\s+(?:night|day|weekend|evening|morning|afternoon)\b", re.I)
# A tally of a city's, a day's or a holiday's shootings: "in shootings across the city since Friday", "across
# Chicago", "citywide", "in Chicago shootings throughout the day", "in the Labor Day shootings", "in attacks from
# Monday to early Tuesday in Chicago", "among 11 people shot, one fatally, from Tuesday afternoon". Told after the
# article's own event it counts other incidents ("The shooting occurred during a violent weekend in Philadelphia: ...
# four people were killed ... and seven injured in shootings across the city"); in a round-up, whose lead is such a
# tally, it is the article's own (the hand-annotated held-out gold reads both so).
# (Each alternative opens on a letter, so that `_by_first_letter` can group them, as the pattern is only asked whether
# it finds one.)
_CITYWIDE_SPAN = r"""(?:,\s+one\s+fatally,)?\s+(?:in\s+(?-i:[A-Z])\w+\s+)?(?:from|between)\s+
    (?:(?:late|early)\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|midday)\b"""
_CITYWIDE_TALLIES = [
    r"city[-\s]?wide\b", *(rf"{word}\s+the\s+city\b" for word in ("across", "throughout", "around")),
    r"shootings\s+(?:across|throughout|around)\s+(?:(?-i:[A-Z])|the\s+(?:day|weekend|night)\b)",
    *(rf"{word}\s+shootings\b" for word in (r"weekend", r"holiday", r"overnight", r"labor\s+day", r"memorial\s+day",
                                             r"fourth\s+of\s+july")),
    *(word + _CITYWIDE_SPAN for word in ("shootings", "attacks", "shot"))]
CITYWIDE_TALLY = re.compile(_by_first_letter(_CITYWIDE_TALLIES, caseless=True), re.I | re.VERBOSE)
# The same, case-sensitive, for the lowercased text of an ASCII sentence, a capital read as any letter: it finds a tally
# wherever CITYWIDE_TALLY does, and the engine skips to the letters that open one instead of entering the
# case-insensitive alternatives at every place, so that CITYWIDE_TALLY is tried on the few sentences it finds one in.
CITYWIDE_TALLY_LOWER = re.compile(_by_first_letter([t.replace("(?-i:[A-Z])", "[a-z]") for t in _CITYWIDE_TALLIES]),
                                  re.VERBOSE)
CITYWIDE_STEMS = ("city", "shootings", "attacks", "shot")  # (a cheap first test: CITYWIDE_TALLY needs one)


def _citywide_tally(text: str, low: str) -> bool:
    """Whether CITYWIDE_TALLY finds a tally in the sentence, tried first on its lowercased text (`low`) by
    CITYWIDE_TALLY_LOWER where the sentence is ASCII (lowercasing then keeps every offset and word boundary)."""
    if text.isascii() and CITYWIDE_TALLY_LOWER.search(low) is None:
        return False
    return CITYWIDE_TALLY.search(text) is not None


def _citywide_tally_elsewhere(article: _Article, text: str, low: str) -> bool:
    """The sentence tallies a city's shootings after the article has told an event of its own in the body, and none
    of the sentences that told its own figures tallied the city's or several incidents (a round-up's lead)."""
    if not any(map(low.__contains__, CITYWIDE_STEMS)) or not _citywide_tally(text, low):
        return False
    if not any(sentence.rstrip().endswith(SENTENCE_ENDS) for sentence in article.told):
        return False  # (the lead itself, or only a headline before it)
    return not any(CITYWIDE_TALLY.search(sentence) or SEVERAL_INCIDENTS.search(sentence) for sentence in article.told)


BLOCK = re.compile(r"\b\d+\s+block\s+of\s+(?:[A-Z][\w'’.-]*\s*)+")


# Victims killed at times apart: a count over separate events, of which the article's is one ("Two brothers were
# killed just weeks apart", "Two deaths so close together was unusual").
APART = re.compile(r"\b(?:(?:hours|days|weeks|months|years)\s+apart|(?:so|this|that)\s+close\s+together)\b", re.I)
APART_REACH = 60


class _Article:
    """Work on the whole article that its sentences and passes share, done at most once: the lowercased text, the
    surnames it spells out in full, whether it reports a court case, tells a death, or holds a shot cue word."""

    __slots__ = ("text", "lower", "_court", "_surnames", "_death", "_shot_cue", "told", "last_end", "last_categories",
                 "last_other", "roundup")

    def __init__(self, text: str, lower: str) -> None:
        self.text = text
        self.lower = lower  # the text itself when lowercasing would shift offsets
        self.told: set[str] = set()  # the sentences so far that hold a figure of the article's own event
        self.last_end = -1  # where the last sentence with figures ended, and their categories
        self.last_categories: set[str] = set()
        self.last_other = -1  # where the last sentence with figures ended, when all of them were another event's
        self.roundup = -1  # where a round-up of other incidents opened ("Friday was another violent night ...")
        self._court: bool | None = None
        self._surnames: dict[str, bool] = {}
        self._death: bool | None = None
        self._shot_cue: bool | None = None

    def right_after_last(self, start: int) -> bool:
        """Whether a sentence starting at `start` comes right after the last sentence with figures, nothing but
        white space between them."""
        return self.last_end >= 0 and not self.text[self.last_end : start].strip()

    def is_court_report(self) -> bool:
        if self._court is None:
            if self.lower is self.text or "ı" in self.text or "ſ" in self.text:
                # (a case-insensitive "i" or "s" also matches the dotless i and the long s, which `find` misses)
                self._court = COURT.search(self.text) is not None
            else:  # COURT tried only where the lowercased text has one of its words: `find` is much quicker
                self._court = any(self._word_matches(word, COURT) for word in COURT_WORDS)
        return self._court

    def _word_matches(self, word: str, pattern: re.Pattern[str]) -> bool:
        at = self.lower.find(word)
        while at != -1:
            if pattern.match(self.text, at):
                return True
            at = self.lower.find(word, at + 1)
        return False

    def tells_death(self) -> bool:
        """Whether the article tells any death in SHOT_DEATH's words: the shot passes each ask, so it is read once."""
        if self._death is None:
            self._death = SHOT_DEATH.search(self.text) is not None
        return self._death

    def has_shot_cue(self) -> bool:
        """Whether the lowercased article holds one of SHOT_CUE_WORDS, the cheap first test of the shot passes that
        read groups told shot."""
        if self._shot_cue is None:
            self._shot_cue = any(word in self.lower for word in SHOT_CUE_WORDS)
        return self._shot_cue

    def surnames(self, word: str) -> bool:
        known = self._surnames.get(word)
        if known is None:
            known = self._surnames[word] = _is_surname(self.text, word)
        return known


# A line that is "Video" and a capitalised headline with no final stop: the title of a related video embedded in
# the page, another story ("Video Dallas Police Arrest Man Suspected of Murder After Chase"); not a caption of the
# article's own video ("Video (02:53) : One person was killed").
RELATED_VIDEO = re.compile(r"Video\s+[A-Z][^.!?\n]*$")
# The same opening on the video's running time instead, as a station's playlist beside the article lists it ("1:08
# After triple murder, victim's family asks for help", "00:39 Man Charged With Killing Son in Lexington County Pause");
# not a clock time ("10:30 AM", "2 p.m." is lowercase), nor a line that ends as a sentence does (a live blog's entry).
VIDEO_RUNNING_TIME = re.compile(r"\d{1,2}:\d\d\s+(?!(?:AM|PM|A\.M|P\.M|ET|EST|EDT|CT|PT|GMT|UTC)\b)[A-Z0-9'‘\"“][^\n]*$")


# A recap of the day's crime, the caption of a round-up video, tells of other events than the article's ("reporter
# recaps the overnight crime, including ... a boy killed in a drive-by shooting"); "recap" guards it.
CRIME_RECAP = re.compile(r"""\brecap(?:s|ped|ping)?\s+(?:the\s+|a\s+)?(?:[\w'’-]+\s+){0,2}?(?:crimes?|violence|
    shootings|news|headlines)\b""", re.I | re.VERBOSE)


# A page's list of other stories' headlines, each line opening on "+ " under a heading in capitals ("PREVIOUS
# STORIES", "RELATED ARTICLES", "MORE FROM WAVE3.COM": "+ 2 dead, 2 injured in south Louisville shooting"),
# related-story headlines the guidelines flag as another event's; not a photo caption so marked after the story's own
# sentence ("+ Nell CArroll Investigators gather at the scene where a man, two women and a child were shot to death").
LISTED_MARK = "+ "
LIST_HEADING_MAX = 40  # (characters of a heading: "MORE FROM WAVE3.COM", "PREVIOUS STORIES")


def _listed_headline(text: str, start: int) -> bool:
    """Whether the line opening at `start` (on LISTED_MARK) is one of a list of headlines under a heading in capitals:
    the first line above it that is neither blank nor another such line."""
    if start and text[start - 1] != "\n":
        return False
    end = start
    while end > 0:
        begin = text.rfind("\n", 0, end - 1) + 1
        line = text[begin : end].strip()
        end = begin
        if not line or line.startswith(LISTED_MARK):
            continue
        return len(line) <= LIST_HEADING_MAX and line.upper() == line and any(ch.isalpha() for ch in line)
    return False


def _related_video(text: str, sent: Sentence, following: str | int) -> bool:
    """The sentence is a whole line naming a related video (`following` is an offset when it ends its line)."""
    if not isinstance(following, int) or not (sent.start == 0 or text[sent.start - 1] == "\n"):
        return False
    if text.startswith("Video ", sent.start):
        return RELATED_VIDEO.match(sent.text) is not None
    return (sent.text[:1].isdigit() and VIDEO_RUNNING_TIME.match(sent.text) is not None
            and not sent.text.rstrip().endswith(SENTENCE_ENDS))


# "Both mother and child" in a sentence telling a birth are the mother and her newborn, of whose health after the birth
# it speaks ("The pregnant woman gave birth, and both mother and child are expected to be okay"): no count of two
# victims.
BIRTH_PAIR = re.compile(r"both\s+(?:the\s+)?(?:mother|mom|mum)\s+and\s+(?:the\s+|her\s+)?(?:child|baby|newborn|infant)\b",
                        re.I)
BIRTH_STEMS = ("birth", "born", "deliver")


def _sentence_claims(article: _Article, sent: Sentence, following: str | int, last_term: int) -> list[CasualtyClaim]:
    """Claims of one sentence; `following` is the next sentence, or where the next line starts; `last_term` is where
    the sentence's last casualty term ends (a term that starts inside another ends no later, or is found itself)."""
    text_all = article.text
    surnames = article.surnames
    text = sent.text
    # (lowercased once, for every pass that reads the sentence so: cut from the lowercased article where its offsets
    # are the text's, as lowercasing costs most on the curly quotes and accents of news copy; a capital sigma is
    # lowercased by what stands around it, which the cut would lose)
    low = text.lower() if article.lower is text_all or "Σ" in text else article.lower[sent.start : sent.end]
    counts = _numeric_counts(text, low)
    counts += _singular_counts(text, low, counts)
    counts += _named_counts(text, counts, surnames)
    counts += _inherent_counts(text, low, counts)
    if text.startswith(("Each ", "All ")):
        counts += _each_of_group(text_all, sent.start, text)
    if counts and "oth " in text and any(stem in text for stem in BIRTH_STEMS):
        counts = [c for c in counts if not BIRTH_PAIR.match(text, c.start)]
    if not counts:
        return []
    counts.sort(key=_START)
    for c in counts:
        if c.tail >= last_term:
            c.term_after = False
    _mark_apposed(text, counts)
    before = article.last_categories if "ictims" in text and article.right_after_last(sent.start) else set()
    _tie(text, counts, before)
    if " of " in text and len(counts) > 1:
        _part_of_described(text, counts)
    found = [c for c in counts if c.category and not c.member and not (c.possessive and c.how == "after" and c.participle)]
    # (a possessive's noun with a bare participle is a headline's: "Nicki Minaj's brother arrested on charges")
    if not found:
        return []
    if isinstance(following, int):
        # The sentence ends its line: the next sentence is the first of the following line. It only matters
        # when it could attribute or dispute the figure, so it is split out only then.
        ahead = text_all[following : following + 600]
        ahead_lower = article.lower[following : following + 600] if article.lower is not text_all else ahead.lower()
        if _has_stem(ahead_lower, NEXT_MATTERS_STEMS):
            begin = following + len(ahead) - len(ahead.lstrip())
            line_end = text_all.find("\n", begin)
            stop = min(line_end if line_end != -1 else len(text_all), begin + 400)
            after = split_sentences(text_all[begin:stop])
            next_sentence = after[0].text if after else None
        else:
            next_sentence = None
    else:
        next_sentence = following
    source = _source(text, next_sentence)
    clause_sources = _clause_sources(text)
    disputed = _disputed(text, next_sentence, low)
    claims = []
    sentence_other = (
        bool(SENTENCE_OTHER.match(text))
        or (text.startswith(LEAD_WORDS) and SENTENCE_OTHER.match(text[text.find(" ") + 1 :]) is not None)
        or (text[:1] in "OoTtAa" and HISTORY_OPENING.match(text) is not None)
        or _related_video(text_all, sent, following)
        or (text.startswith(LISTED_MARK) and _listed_headline(text_all, sent.start))
        or ("recap" in text and CRIME_RECAP.search(text) is not None)
        or (": " in text[:TIMELINE_REACH] and TIMELINE_ENTRY.match(text) is not None)
    )
    bullet = 2 if text.startswith(RELATED_BULLETS) else 0
    link = RELATED_LINK.match(text, bullet) if text[bullet : bullet + 1] in "RrMmSsAaWwVv" and (  # "RELATED: 4 found dead"
        any(map(text[:RELATED_MARK_REACH].__contains__, RELATED_MARKS))
        or text[bullet : bullet + 8].lower() == "related ") else None
    link_until = link.end() + RELATED_REACH if link else -1
    if not sentence_other and text.startswith("Earlier") and (earlier := EARLIER_NEW.match(text)):
        at = earlier.end()  # an unnamed count ("a man", "two people"), not a name already met ("Thomas, 27, and")
        sentence_other = (text[at : at + 1].islower() or text[at : at + 1].isdigit()) and any(
            c.start == at for c in found) or EARLIER_STRIKE.match(text, at) is not None
    if (not sentence_other and text.startswith("Later") and LATER_NEW.match(text)
            and all(c.category != "detained" for c in found)):
        sentence_other = True
    if (not sentence_other and len(article.told) >= 2 and text[:1] in STRIKE_FIRST
            and (strike := STRIKE_PLACE.match(text))):
        sentence_other = _new_place(text_all, sent.start, strike.group("lead") or strike.group("place"))
    if (not sentence_other and article.told and " by a" in text and (by_event := BY_EVENT_PLACE.search(text)) is not None
            and (len(article.told) >= 2 or text_all.count("\n", 0, sent.start) >= BY_EVENT_LINES)):
        sentence_other = _new_place(text_all, sent.start, by_event.group("place"))
    if (not sentence_other and (", which " in text or ", killing " in text)
            and (bombing := BOMBING_OF_PLACE.search(text)) is not None
            and (article.told or text_all.count("\n", 0, sent.start) >= BY_EVENT_LINES)):
        sentence_other = _new_place(text_all, sent.start, bombing.group("place") or bombing.group("object"))
    if not sentence_other and text.startswith("In that ") and THAT_CASE.match(text):
        sentence_other = _after_other_named(text_all, sent.start)
    if not sentence_other and " in that case" in text and THAT_CASE_WITHIN.search(text):
        sentence_other = True  # "A man and his girlfriend have been arrested and charged in that case."
    if (not sentence_other and " the " in text and _after_dated_opening(text_all, sent.start)
            and BACK_TO_EVENT.search(text) is not None):
        sentence_other = True  # "In April last year a quake struck ... Five people died and seven were injured in the
        # quake" (the dated sentence holding no figure of its own; the opening, anchored, is the cheaper test)
    if (not sentence_other and text.startswith("It ") and article.last_other == article.last_end
            and article.right_after_last(sent.start)):
        sentence_other = True  # "It destroyed thousands of buildings and left nearly half a million homeless."
    if (not sentence_other and text.startswith("It ") and not article.right_after_last(sent.start)
            and _after_last_event(text_all, sent.start)):
        sentence_other = True  # "The last major quake ... was in February, when ... It killed 612 people"
    if (not sentence_other and text.startswith("That ") and THAT_EVENT.match(text) is not None
            and _previous_sentence_has(DATED_EARLIER_EVENT, text_all, sent.start) and not article.is_court_report()):
        sentence_other = True  # "... hit by a 6.1 quake in September. That temblor killed at least six people"
    if not sentence_other and article.told and "another " in text and ROUNDUP.search(text):
        sentence_other = True  # "Friday was another violent night that saw five others shot and wounded"
        if article.roundup < 0:
            article.roundup = sent.start
    elif not sentence_other and article.told and _citywide_tally_elsewhere(article, text, low):
        sentence_other = True  # "... seven injured in shootings across the city Saturday and Sunday"
    elif (not sentence_other and article.roundup >= 0 and " block of " in text and (block := BLOCK.search(text))
          and block.group(0) not in text_all[: article.roundup]):
        sentence_other = True  # a shooting "in the 1100 block of" a street the article's own event was not at
    since_when = SINCE_WHEN.search(text) if "when" in text else None
    if since_when is None and "when" in text and " on " in text:
        since_when = ON_DATE_WHEN.search(text)
    other_from = since_when.end() if since_when else len(text)
    if since_when is None and "since" in text and (worst := WORST_SINCE_WHEN.search(text)):
        other_from = worst.end()  # "the deadliest since the Sandy Hook shooting, where 26 died"
    other_until = len(text)
    earlier = EARLIER_EVENT_FROM.search(text, 0, other_from) if any(
        map(text.__contains__, EARLIER_EVENT_VERBS)) else None
    if earlier is None and "retaliation " in low:
        earlier = RETALIATION_FOR.search(text, 0, other_from)
    if earlier is None and any(map(low.__contains__, COMPARED_STEMS)):
        earlier = _compared_event(text, other_from)
    if earlier is not None:
        other_from = earlier.end()  # "The shooting came just hours after a 28-year-old man was shot and killed"
        if (own := OWN_PARTICIPLE.search(text, other_from)) is not None:
            other_until = own.start()  # "The attack came hours after the truce began, killing three people"
    breaks = _clause_breaks(text)
    another = "other" in low or "unrelated" in low  # (a cheap first test for _another_event)
    apart = " apart" in low or "close together" in low
    time_ago = "ago" in low or "earlier" in low or MONTH_NAME.search(text) is not None
    time_text = AS_REPORTED.sub(_blank, text) if time_ago and "reported in " in text else text
    dated_event = ("the 19" in low or "the 20" in low) and CASE_NEWS.search(text) is None
    charged_in_obituary = (("charged " in text or "convicted " in text)
                           and OBITUARY_HEADLINE.search(text_all, 0, OBITUARY_HEADLINE_REACH) is not None)
    illness = None  # (whether hospital care here is for an illness, worked out for the first count that needs it)
    disputed_from = _disputed_from(text, [c.start for c in found]) if disputed else 0
    own_from, denier = (_denier_figures(text) if disputed else None) or (len(text), None)
    for c in found:
        if c.care and c.category == "injured" and c.also is None:
            if illness is None:
                illness = _illness_care(text_all, sent) or _outcome_unknown(text_all, sent)
            if illness:
                continue  # "hospitalized with pneumonia": no injury; nor care for victims whose conditions aren't known
        if (c.category == "detained" and " custody" in low
                and NOT_HELD.search(text, max(0, c.start - NOT_HELD_REACH), c.start) is not None):
            continue  # "we don't have one in custody", "they do not have a suspect in custody": no one held
        if (c.category == "detained" and c.how == "after" and text.endswith("of ", 0, c.start)
                and AGENT_OF.search(text, max(0, c.start - AGENT_OF_REACH), c.start) is not None):
            continue  # "A suspect in the shooting of the child was arrested": the suspect is held, not the child
        if (c.category == "detained" and (c.who in INMATE_NOUNS or text.endswith(INMATE_APPOSED, 0, c.start))
                and NEW_DETENTION.search(low) is None):
            continue  # "The inmate ... was in Berrien County Jail awaiting a court appearance": held before the event
        scope = _clause_scope(text, c.start, c.tail, breaks)
        other = sentence_other or other_from <= c.start < other_until or c.start < link_until or _other_event_past_roundup(
            article, scope) or (
            time_ago
            and bool(TIME_AGO.search(time_text, 0, c.start) or TIME_AGO.search(
                scope if time_text is text else _clause_scope(time_text, c.start, c.tail, breaks)))
            and not article.is_court_report()
        ) or (
            dated_event and c.category != "detained" and _dated_event(text, scope, c.tail, breaks)
            and not article.is_court_report()
        ) or _hanging_other(text, c.start, found, breaks) or (
            another and _another_event(scope) and not _roundup_lead(article, scope)) or (
            _earlier_event_lead(text, c, found)) or (
            apart and (c.value or 0) >= 2 and APART.search(text, c.tail, c.tail + APART_REACH) is not None)
        if (not other and charged_in_obituary and c.category == "killed" and (c.value or 0) >= 2
                and OLD_CHARGE.search(text, 0, c.start)):
            other = True  # an obituary's "was charged with ... sanctioning the murders of six mobsters": an old case
        if (not other and not sentence_other and _after_dated_clause(text, c.start, breaks)
                and not article.is_court_report()):
            other = True  # "a 9.1 temblor in 2004 caused a tsunami ..., leaving more than 220,000 people dead"
            # (court reports date their own event that way: "a rampage at a courthouse in 2005, killing four")
        verb_end = c.verb_end if c.verb_end is not None else _apposition_verb_end(text, c, found)
        if (not other and verb_end is not None and c.how == "after" and _break_between(breaks, c.tail, verb_end)
                and _other_after_verb(text, c.start, verb_end, breaks, article)):
            other = True  # "His daughter, Heaven Sutton, was shot and killed in 2012": dated past the commas (the
            # head "His daughter" by the verb of the name set beside it: "after his father, Rulon Jeffs, died in 2002")
        if (not other and another and WEATHER_OTHERS.search(scope) is not None
                and WEAPON_HARM.search(text_all) is not None):
            other = True  # "at least three other people died during last night's blizzard" in a report on a shooting
        if (not other and c.category == "detained" and any(map(low.__contains__, ARREST_HISTORY_STEMS))
                and ARREST_HISTORY.search(scope) is not None):
            other = True  # "Gigante was arrested several times from when he was 17 to 25"
        if (not other and c.category == "detained" and verb_end is not None and text.startswith(" on ", verb_end)
                and text.endswith("arrested", 0, verb_end) and DATE_STATED.match(text, verb_end + 1) is not None):
            other = True  # "Harleman was arrested on December 17, 2014 and charged with domestic violence": an
            # arrest dated with its year, as one "in 2014", is of an earlier case (the event's are told by weekday)
        if (not other and c.category == "detained" and " for " in low
                and ARRESTS_FOR_OTHER.search(text, c.tail, c.tail + ARRESTS_FOR_REACH) is not None):
            other = True  # "They made 15 arrests for those crimes during the weekend" (begging and vending, told before)
        if not other and "earlier" in low and _mourned_earlier(text, c):
            other = True  # "gathered to mourn the death of a boy who was killed ... earlier in the day"
        if not other and " of " in text[max(0, c.start - 4) : c.start] and _tally_of_incidents(text, c):
            other = True  # "the first of two teenagers killed by gunfire over the weekend in York County"
        if c.who and c.who.startswith(PART_PRONOUNS) and claims and claims[-1].about_other_event:
            other = True  # "killed 230,000 people, over 170,000 of them in Aceh"
        for category in (c.category, c.also) if c.also else (c.category,):
            claim = CasualtyClaim(
                sentence=text,
                start=sent.start + c.start,
                end=sent.start + c.end,
                number_text=c.text,
                value=c.value,
                value_low=c.value_low,
                category=category,
                qualifier=c.qualifier,
                who=c.who,
                source=(denier or source) if c.start >= own_from else _source_at(clause_sources, c.start, source),
                disputed=disputed and disputed_from <= c.start < own_from,
                about_other_event=other,
                sentence_start=sent.start,
            )
            claims.append(claim)
            if c.with_name is not None and c.value:
                # "Conley and seven others were killed": the named person and the others make one more claim
                claims.append(replace(claim, start=sent.start + c.with_name, number_text=text[c.with_name : c.end],
                                      value=c.value + 1, value_low=None))
            if c.others is not None and c.value:
                # "he and three others were shot": the three others, a group of their own
                claims.append(replace(claim, start=sent.start + c.others, number_text=text[c.others : c.end],
                                      value=c.value - 1, value_low=None))
    if not sentence_other and any(not claim.about_other_event for claim in claims):
        article.told.add(text)
    article.last_end, article.last_categories = sent.end, {claim.category for claim in claims}
    article.last_other = sent.end if sentence_other else -1
    return claims


# The one who did the deed, before "of" and its victim, is the subject a detention term after the victim tells of ("A
# suspect in the shooting of a 2-year-old Detroit girl surrendered to police", "The executioner of 9-year-old Tyshawn
# Lee ... is locked up"): the victim after "of" is not held.
AGENT_OF = re.compile(r"""(?:[Kk]illers?|[Mm]urderers?|[Ee]xecutioners?|[Ss]hooters?|[Ss]layers?|[Aa]ssailants?|
    [Aa]ttackers?|[Gg]unm[ae]n|[Ss]uspects?)\s+(?:in\s+the\s+(?:[\w'’-]+\s+){0,3})?of\s+$""", re.VERBOSE)
AGENT_OF_REACH = 60  # (characters before the victim: the agent, "in the" and a deed of up to three words, "of")


# A count that names someone already held ("The inmate, 44-year-old Larry Gordon of Coloma, was in Berrien County Jail
# awaiting a court appearance", "an inmate who was being held at the courthouse on numerous felony charges was being
# moved when he disarmed an officer"): the custody comes before the event and is no detention of it (the
# hand-annotated held-out gold lists none for the inmate of that shooting), unless the sentence tells a new one
# ("Texas prisoner captured after week on the run") or holds one hostage. Matched on the lowercased sentence.
INMATE_NOUNS = frozenset({"inmate", "inmates", "prisoner", "prisoners", "detainee", "detainees"})
INMATE_APPOSED = ("inmate, ", "prisoner, ", "detainee, ")  # (the name set beside one: "The inmate, Larry Gordon,")
NEW_DETENTION = re.compile(r"arrest|captur|caught|apprehend|custody|detain|booked|surrender"
                           r"|turned\s+(?:himself|herself)|hostage|captive|kidnap|abduct")


# "Have" negated right before a count held in custody: "we don't have one in custody", "Police say they do not have a
# suspect in custody at this time" (no one is held).
NOT_HELD = re.compile(_NEGATION + r"\s+(?:yet\s+|currently\s+)?(?:have|has|had)\s+$")
NOT_HELD_REACH = 30  # (characters before the count: "not", "yet" or "currently", and "have")


# Other people's deaths in the weather, told in a report of harm done with a weapon: "at least three other people
# died during last night's blizzard, all while shoveling snow" (a report on the storm itself counts them as its own).
WEATHER_OTHERS = re.compile(r"""\bother\s+(?:[\w'’-]+\s+){0,2}?(?:died|have\s+died|were\s+killed|have\s+been\s+killed|
    deaths?)\s+(?:[\w'’-]+\s+){0,2}?(?:during|in|from)\s+(?:[\w'’.-]+\s+){0,3}?(?:blizzard|snowstorm|storm|heat\s*wave|
    hurricane|tornado|floods?|flooding|cold\s+snap|freeze)\b""", re.I | re.VERBOSE)
WEAPON_HARM = re.compile(r"\b(?:shot|shooting|gunshot|gunfire|gunman|stabbed|stabbing)\b", re.I)


# A victim counted as one of a tally over a period, not one event: "Thorne was the first of two teenagers killed by
# gunfire over the weekend in York County", "the second of three people shot dead this month". A scene in between
# ("at a car wash", "in the shooting") makes the tally one event's victims ("the second of two victims fatally shot
# at an East Side car wash late Monday").
ORDINAL_OF = re.compile(r"\bthe\s+(?:first|second|third|fourth|fifth|sixth|latest|last)\s+of\s+$", re.I)
TALLY_PERIOD = re.compile(r"""\b(?:(?:over|during)\s+the\s+(?:past\s+|last\s+)?weekend|(?:last|this|past)\s+(?:week|
    weekend|month|year)|in\s+as\s+many\s+days|so\s+far)\b|\b(?P<scene>at|in\s+the)\s""", re.I | re.VERBOSE)
TALLY_REACH = 120


# A part of a group right before it: "One of two men", "one of the three victims".
PART_GAP = re.compile(r"\s+of\s+(?:the\s+|those\s+)?")


def _part_of_described(sentence: str, counts: list[_Count]) -> None:
    """A part with no term of its own shares the category of the group it is of, when a relative clause tells it of
    the whole group ("One of two men who were shot to death has been identified": the one was killed too), and takes
    the singular verb after the group ("One of two men who were shot has died")."""
    for part, group in zip(counts, counts[1:], strict=False):
        if (part.category is None and group.category and group.how == "after" and group.verb_end is not None
                and not group.singular and (gap := PART_GAP.match(sentence, part.end)) and gap.end() == group.start
                and RESTRICTIVE_WHO.match(sentence, group.tail)):
            part.category = group.category
        elif (part.category is None and group.lent is not None and part.value == 1 and part.text.lower() == "one"
              and sentence.startswith(" of ", part.end) and part.end + 4 == group.start):
            part.category, part.how = group.lent[0], "after"  # "One of two men shot Sunday has died"
            part.verb_end = group.lent[1]


def _tally_of_incidents(sentence: str, c: _Count) -> bool:
    """Whether count c is the N of "the first of N ... killed over the weekend": a tally of separate incidents."""
    if not ORDINAL_OF.search(sentence, max(0, c.start - 24), c.start):
        return False
    m = TALLY_PERIOD.search(sentence, c.tail, c.tail + TALLY_REACH)
    return m is not None and m.group("scene") is None


def _term_starts(lower: str) -> tuple[list[int], list[int]]:
    """Where TERMS_LOWER.finditer(lower) finds its matches, from the three faster patterns: their starts and ends."""
    spans = [(m.start() + 1, m.end()) for m in TERMS_AFTER_SPACE.finditer(lower)]
    spans += [m.span(1) for m in TERMS_AFTER_OTHER.finditer(lower)]
    first = TERMS_AT.match(lower)
    if first:
        spans.append(first.span())
    spans.sort()
    starts = []
    ends = []
    done = -1
    for start, end in spans:
        if start >= done:  # like finditer, a match never starts inside the previous one
            starts.append(start)
            ends.append(end)
            done = end
    return starts, ends


def _candidate_sentences(article: _Article) -> list[tuple[Sentence, str | int, int]]:
    """Sentences holding a casualty term, each with the sentence after it (or where the next line starts) and where
    where its last term ends (in the sentence).

    Only the paragraphs (lines) that hold a term are split: a line break always ends a sentence, so
    splitting a line alone gives the same sentences as splitting the whole text, at a fraction of the cost.
    """
    text, lower = article.text, article.lower
    if lower is text:
        spans = [m.span() for m in PREFILTER.finditer(text)]
        hits, hit_ends = [a for a, _ in spans], [b for _, b in spans]
    else:
        hits, hit_ends = _term_starts(lower)
    if not hits:
        return []
    found: list[tuple[Sentence, str | int, int]] = []
    done_until = -1
    for hit in hits:
        if hit < done_until:
            continue
        para_start = text.rfind("\n", 0, hit) + 1
        para_end = text.find("\n", hit)
        if para_end == -1:
            para_end = len(text)
        done_until = para_end
        sentences = split_sentences(text[para_start:para_end])
        first = bisect_left(hits, para_start)
        last = bisect_left(hits, para_end)
        for i, sent in enumerate(sentences):
            # (offsets in the paragraph; shifted to the text only for the sentences kept)
            start, end = sent.start + para_start, sent.end + para_start
            j = bisect_left(hits, start, first, last)
            if j == last or hits[j] >= end:
                continue
            found.append((Sentence(start, end, sent.text),
                          sentences[i + 1].text if i + 1 < len(sentences) else para_end,
                          hit_ends[bisect_left(hits, end, j, last) - 1] - start))
    return found


# A group of victims "shot" (or "hit by gunfire", "struck by gunfire", "inadvertently stuck by gunfire" as a typo
# has it), which alone has no category: "four people were shot during a
# party", "Three other men in the apartment, two eighteen years old, one nineteen, were also shot" (or the aside set
# off by dashes: "six others — four women and two men ... — had been shot"), and a
# headline's "Four People Shot In Park" (no helper verb, but no object after it either: not "two men shot a clerk").
SHOT_GROUP = re.compile(rf"""(?<![\w'’-])(?P<count>(?:(?i:at\s+least|as\s+many\s+as|more\s+than)\s+)?(?:\d{{1,2}}|(?i:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)))
    \s+(?P<who>(?:(?:other|more|additional|young|adult|male|female|teenage|[a-z]+-year-old)\s+){{0,2}}
    (?i:{_PLURAL_NOUNS}))
    (?:\s+(?:in|at|inside|outside|near)\s+the\s+[a-z]+|\s+(?:in\s+all|in\s+total|total|altogether))?
    (?:\s*,(?P<comma>[^;:.()]{{1,80}}?),|\s+(?:--?|[–—])\s(?P<aside>[^;:.()–—]{{1,80}}?)\s(?:--?|[–—]))?
    \s+(?:(?P<helper>(?:were|have\s+been|had\s+been)\s+(?:also\s+|all\s+|both\s+)?(?:(?!fatally|mortally)[a-z]+ly\s+)?)
         (?:shot|(?:hit|struck|stuck)\s+by\s+(?:gunfire|bullets))
       |(?i:shot)(?!\s+(?:a|an|the|him|her|them|at|and|his|their|into|up|back|one|two|\d)\b))\b
    (?!\s+(?:dead|and\s+(?:killed|wounded|injured)|to\s+death|fatally|multiple)\b)
    (?P<alive>\s+(?:but|and)\s+survived\b)?""", re.VERBOSE)
# A group someone shot, in the active voice: "a lone gunman who they say shot five people in broad daylight", "opened
# fire, striking five people" (not "fatally shot", "shot ... dead"); it has no aside, helper or "but survived" of its
# own (empty groups of those names), and no second group after it ("hitting four teenagers and two adults": a part).
SHOT_ACTIVE = re.compile(rf"""(?<!fatally\s)(?<!mortally\s)\b(?:shot|shooting|struck|striking|hit|hitting)\s+(?P<count>(?:(?i:at\s+least)\s+)?(?:\d{{1,2}}|(?i:two|three|four|
    five|six|seven|eight|nine|ten|eleven|twelve)))\s+(?P<who>(?:(?:other|more|young|teenage|[a-z]+-year-old)\s+){{0,2}}
    (?i:{_PLURAL_NOUNS}))\b(?!-|\s+(?:dead|to\s+death)\b|\s+and\s+(?:\d|(?i:an?|one|two|three|four|five|six|seven|eight|nine|ten)\b))
    (?P<aside>)(?P<comma>)(?P<helper>)(?P<alive>)""", re.VERBOSE)
# A bare figure opening a sentence, told shot: "Five were shot in broad daylight" (no victim noun; the empty groups
# stand for those SHOT_GROUP names).
SHOT_BARE = re.compile(r"""(?:^|(?<=[.!?]\s)|(?<=\n))(?P<count>(?:Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|Twelve
    |\d{1,2}))\s+(?P<helper>(?:were|have\s+been|had\s+been)\s+(?:also\s+|all\s+)?)shot\b
    (?!\s+(?:dead|and\s+(?:killed|wounded|injured)|to\s+death|fatally|multiple)\b)(?P<who>)(?P<aside>)(?P<comma>)(?P<alive>)""",
                       re.VERBOSE)
# The groups a shot group's aside breaks it into ("four women and two men"): of it, with its outcome.
ASIDE_GROUP = re.compile(rf"""(?<![\w'’-])(?P<count>\d{{1,2}}|(?i:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve))
    \s+(?P<who>(?i:{_PLURAL_NOUNS})|\d{{1,2}}-year-olds)\b(?!-)""", re.VERBOSE)
# A shot group's aside set off by commas that names who it included ("Four people, which also included two
# 14-year-olds and a 17-year-old, were shot"): its groups are parts, as those of an aside set off by dashes.
INCLUDED_ASIDE = re.compile(r"\s*(?:including|which\s+(?:also\s+)?included|who\s+(?:also\s+)?included|among\s+them)\s")
# A sentence telling a tally or another event ("in shootings across Chicago", "in a separate, and apparently
# unrelated incident", "among at least 13 people shot"): the shot group is not the article's own victims.
SHOT_ELSEWHERE = re.compile(r"""\b(?:shootings|attacks|incidents|separate|unrelated|among|between|same\s+spot
    |(?:days?|weeks?|months?|years?)\s+(?:after|before|earlier)|related\s+(?:coverage|stories|story|articles?))\b""",
                            re.IGNORECASE | re.VERBOSE)
# How far into the article the story's own shot group is told, when read from survival told elsewhere (the
# held-out articles' groups come in the headline or the first paragraphs; a round-up's later items come further).
SHOT_REACH = 1000
# Where a shot group may end, found first by a cheap scan, and how far before and after such a cue the group is
# read (a figure, two words, a place and an aside of up to 80 characters; "hit by gunfire but survived" and the
# words that rule it out, "shot dead", after it): the group's pattern then runs on these windows only.
SHOT_BARE_LEAD = 30  # (characters from a bare figure to its "shot": "Twelve have been also shot")
SHOT_CUE = re.compile(r"""[ ](?:shot|hit\s+by|struck\s+by|stuck\s+by
    |(?:shooting|struck|striking|hit|hitting)(?=\s+(?:at\s+least\s+)?(?:\d|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b))
    \b""", re.VERBOSE)  # (the active "struck", "hitting" only before a figure, as SHOT_ACTIVE reads them: a cheaper scan)
SHOT_CUE_WORDS = (" shot", " hit", " struck", " stuck by", " striking", " shooting")  # (a cheap first test for SHOT_CUE)
ACTIVE_CUES = (" shot ", " shooting ", " struck ", " striking ", " hit ", " hitting ")  # (the cues SHOT_ACTIVE may open on)
SHOT_LEAD = 220
SHOT_TRAIL = 60
# Survival told for the wounded ("non-life-threatening injuries", "in stable condition", "the other was stable", "his
# condition was stabilized", "expected to recover", "expected to be OK", "not considered life-threatening", "None
# suffered life-threatening injuries", "was released from the hospital").
# (It is only asked whether it matches, so its alternatives need no order: those that open on a word boundary test it
# once, together, and the others open on the _caseless form of their first letter, so that the engine, which tries
# them at every place of the text, passes over those of other letters at a glance.)
SHOT_ALIVE = re.compile(rf"""\b(?:(?:is|was|are|were|remains?|remained)\s+(?:listed\s+as\s+)?stable\b|stabilized\b
      |[Nn]one\s+(?:of\s+(?:them|the\s+\w+)\s+)?(?:suffered|sustained|had|have|has|were|are|is|was)\s+(?:\w+\s+)?life[-\s]threatening
      |survived\b)
    |stable\s+condition
    |{_caseless("n")}o(?:n[-\s]?life[-\s]threatening|t\s+(?:considered\s+|believed\s+to\s+be\s+|thought\s+to\s+be\s+)?life[-\s]threatening)
    |{_caseless("e")}xpected\s+to\s+(?:(?:be\s+(?:ok|okay|all\s+right|fine)|live)\b|recover|survive)
    |{_caseless("t")}reated\s+and\s+released|(?:{_caseless("g")}ood|{_caseless("f")}air)\s+condition
    |{_caseless("r")}eleased\s+from\s+(?:the\s+|a\s+)?(?:[A-Z][\w.'’-]*\s+){{0,4}}?hospital
    |{_caseless("m")}inor\s+injuries""", re.IGNORECASE | re.VERBOSE)
# Any death told in the article ("shot dead", "one fatally", "later died", "homicide"), save the wounds said not
# to be fatal: then the shot group's outcome may be mixed ("Four shot, one fatally"), and it is left alone. Neither
# the police unit that investigates shootings ("contact the Allegheny County Homicide Unit", "homicide detectives")
# nor a charge of "attempted murder" or of assault "with intent to kill" tells a death.
# (Its words are grouped by first letter, each letter in its _caseless form, keeping their order within a letter; the
# look back for "attempted" is taken from after the "m" of "murder", so that it opens on its letter too, and so is
# the look back for "intent to" before "kill".)
SHOT_DEATH = re.compile(r"(?<!non-)(?<!non\s)\b" + _by_first_letter(
    r"""dead died dies death deaths killed k(?<!intent\sto\sk)ill killing fatal fatally slain m(?<!attempted\sm)urder\w*
    h(?<!attempted\sh)omicide(?!\s+(?:unit|division|squad|bureau|section|detectives?|investigators?)\b) deceased lifeless""".split(),
    caseless=True) + r"\b", re.IGNORECASE)


def _paragraph_sentence(text: str, at: int) -> tuple[str, int, Sentence]:
    """The paragraph holding offset `at`, where it starts in text, and its sentence holding `at` (offsets in the
    paragraph): where the shot passes below read a group's sentence, outside the per-sentence pass."""
    para_start = text.rfind("\n", 0, at) + 1
    para_end = text.find("\n", at)
    para = text[para_start : para_end if para_end != -1 else len(text)]
    return para, para_start, next(s for s in split_sentences(para) if s.end + para_start > at)


def _added_claim(text: str, start: int, end: int, value: int, qualifier: str, who: str | None, sent: Sentence,
                 para_start: int, category: str = "injured") -> CasualtyClaim:
    """A claim of `category` (injured unless told) a pass over the whole article adds: the words text[start:end], in
    `sent` of the paragraph at para_start; its source is the sentence's, as a claim the sentence pass finds has."""
    return CasualtyClaim(sentence=sent.text, start=start, end=end, number_text=text[start:end], value=value,
                         value_low=None, category=category, qualifier=qualifier, who=who, source=_source(sent.text, None),
                         disputed=False, sentence_start=para_start + sent.start)


def _one_victim_added(claims: list[CasualtyClaim], text: str, at: int, start: int, end: int, who: str,
                      category: str = "injured", unless: str | None = None) -> list[CasualtyClaim]:
    """Claims with one victim added (the words text[start:end], a figure of 1 exactly), unless the sentence holding
    offset `at` tells a shot elsewhere, another event, or holds the words `unless`: the end the single-victim
    passes share."""
    _, para_start, sent = _paragraph_sentence(text, at)
    if SHOT_ELSEWHERE.search(sent.text) or _other_event(sent.text) or (unless is not None and unless in sent.text):
        return claims
    claim = _added_claim(text, start, end, 1, "exact", who, sent, para_start, category)
    return sorted([*claims, claim], key=_START)


def _smaller_parts(text: str, start: int, end: int, whole: int,
                   claims: list[CasualtyClaim]) -> Iterator[tuple[re.Match[str], NumberMention]]:
    """The groups a shot group's aside between start and end breaks it into ("five men and three women"), with their
    figures: each smaller than the whole group, and not claimed already."""
    for part in ASIDE_GROUP.finditer(text, start, end):
        value = parse_number(part.group("count"))
        if value is not None and value.value and value.value < whole and not any(
                c.start == part.start("count") for c in claims):
            yield part, value


def _death_beyond_other_events(text: str, claims: list[CasualtyClaim]) -> bool:
    """Whether the article tells a death in SHOT_DEATH's words outside the sentences of figures about other events (a
    death years before, told beside the event: "her husband was murdered while working as a bouncer in 2005")."""
    others = [(c.sentence_start, c.sentence_start + len(c.sentence)) for c in claims if c.about_other_event]
    if not others:
        return True  # (asked only of an article that tells a death: with no other event, that death is its own)
    return any(not any(start <= m.start() < end for start, end in others) for m in SHOT_DEATH.finditer(text))


def _shot_and_alive(claims: list[CasualtyClaim], article: _Article) -> list[CasualtyClaim]:
    """Injured for a group told "shot" whose survival the article states (in the same clause, "were also shot but
    survived", or further on when no one in it died: "four people were shot ... the victims were treated at a
    hospital and expected to recover"), as the guidelines read "shot" alone."""
    text, lower = article.text, article.lower
    if not article.has_shot_cue():
        return claims
    died = None
    added = []
    first = True
    done = 0
    survived = text.rfind("survived")  # where the last group that may be "shot but survived" can end
    own_death = any(c.category == "killed" and not c.about_other_event for c in claims)
    if survived == -1 and own_death:
        return claims  # (a death told and no group "shot but survived": none is taken)
    for cue in SHOT_CUE.finditer(lower):
        # (once only groups "shot but survived" can be taken, a cue whose window starts past the last "survived"
        # gives none, nor does any after it)
        if (not first or cue.start() - SHOT_LEAD > SHOT_REACH) and survived < max(done, cue.start() - SHOT_LEAD):
            break
        m = SHOT_GROUP.search(text, max(done, cue.start() - SHOT_LEAD), min(len(text), cue.end() + SHOT_TRAIL))
        if m is None and lower.startswith(ACTIVE_CUES, cue.start()):
            m = SHOT_ACTIVE.match(text, cue.start() + 1, min(len(text), cue.end() + SHOT_TRAIL))
        if m is None and lower.startswith(" shot", cue.start()):
            m = SHOT_BARE.search(text, max(done, cue.start() - SHOT_BARE_LEAD), cue.end())
        if m is None or m.start() < done:
            continue
        done = m.end()
        alive = m.group("alive")
        # (only the article's first shot group, the story's own, read from the article: later ones may be some of
        # them or other people, "two other people were shot near ...", "On July 7, two men were shot")
        if not alive and (not first or m.start() > SHOT_REACH):
            continue
        para, para_start, sent = _paragraph_sentence(text, m.start())
        if not alive:
            first = False
            if SHOT_ELSEWHERE.search(sent.text) or _other_event(sent.text):
                continue
            if died is None:
                died = own_death or article.tells_death() and _death_beyond_other_events(text, claims)
            # (the survival told after the group: before it, it may be another victim's, in a round-up)
            if not SHOT_ALIVE.search(text, para_start + sent.start):
                continue
            # (or, with a death told elsewhere, the group's own paragraph telling its survival and no death, in an
            # article whose figures hold no death of its own event: "six others ... had been shot. One was in
            # critical condition, while the others were in stable condition")
            if died and (own_death or SHOT_DEATH.search(para) or not SHOT_ALIVE.search(para, sent.end)):
                continue
        mention = parse_number(m.group("count"))
        if mention is None or not mention.value:
            continue
        start, value = m.start("count"), mention.value
        others = None
        if (m.group("who").lower().startswith("other") and mention.qualifier == "exact"
                and (pair := PRONOUN_AND.search(text, max(0, start - 10), start))):
            others, start, value = start, pair.start(), value + 1  # "he and three others were shot": four people
        if any(c.start in (start, m.start("count")) or (c.category == "injured" and c.value == value)
               for c in claims):
            continue
        added.append(_added_claim(text, start, m.end("count"), value, mention.qualifier, m.group("who") or None, sent,
                                  para_start))
        if others is not None and not any(c.category == "injured" and c.value == value - 1 for c in claims):
            # (and the three others, a group of their own)
            added.append(_added_claim(text, others, m.end("count"), value - 1, "exact", m.group("who"), sent,
                                      para_start))
        aside = "aside" if m.group("aside") else "comma" if m.group("comma") and INCLUDED_ASIDE.match(
            text, m.start("comma")) else None
        for part, part_value in (_smaller_parts(text, m.start(aside), m.end(aside), mention.value, claims)
                                 if aside else ()):
            added.append(_added_claim(text, part.start("count"), part.end("count"), part_value.value,
                                      part_value.qualifier, part.group("who"), sent, para_start))
    return sorted(claims + added, key=_START) if added else claims


# One victim shot in a part of the body, in an article that tells no death: shot and alive, as the guidelines read
# "shot" when the survival is implied by the account ("he was shot in the left hand", "A 16-year-old was shot in the
# lower back", "The 15-year-old was shot in the stomach", by name: "16-year-old Zyrion Matlock was shot in the lower
# back", "John Smith, 16, was shot in the leg"; "A 3-year-old boy accidentally shot himself in the hand": a limb, as
# one shot in the head by his own hand has often died).
_LIMBS = r"""hands?|fingers?|feet|foot|toes?|legs?|arms?|thighs?|knees?|ankles?|wrists?|shoulders?|hips?|buttocks?|
    forearms?|calf|calves|groin|side|abdomen|stomach"""
ONE_SHOT_IN = re.compile(rf"""(?<![\w'’-])(?P<who>[Hh]e|[Ss]he|(?:[Aa]n?|[Tt]he)\s+(?:(?:\d{{1,3}}-year-old\s+)?(?:man|woman|boy|girl|
    teen|teenager|child|victim|patron|customer|driver|officer|student)|\d{{1,3}}-year-old)
    |(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+){{1,2}}(?:,\s+\d{{1,3}},)?)\s+
    (?:(?:was|had\s+been|has\s+been)\s+(?:accidentally\s+)?shot\s+(?:once\s+|twice\s+)?in\s+(?:the|his|her)\s+
      (?:(?:left|right|upper|lower)\s+)?(?:{_BODY_PARTS})
    |(?:accidentally\s+|apparently\s+)?shot\s+(?:himself|herself)\s+in\s+(?:the|his|her)\s+(?:(?:left|right|upper|lower)\s+)?
      (?:{_LIMBS}))\b""", re.VERBOSE)


def _shot_in_part(claims: list[CasualtyClaim], article: _Article) -> list[CasualtyClaim]:
    """Injured 1 for the first victim told shot in a part of the body (ONE_SHOT_IN) when the article tells no death
    and no injured one of its own."""
    text, lower = article.text, article.lower
    if (" shot in " not in lower and " shot himself in " not in lower and " shot herself in " not in lower) or any(not c.about_other_event and (c.category == "killed" or (
            c.category == "injured" and c.value == 1)) for c in claims) or article.tells_death():
        return claims
    m = ONE_SHOT_IN.search(text)
    if m is None:
        return claims
    # (not in a sentence about a vest: a shot a vest stopped may have hurt no one, "Though she was shot in the
    # abdomen, her vest ...")
    return _one_victim_added(claims, text, m.start(), m.start("who"), m.end("who"), m.group("who"), unless=" vest")


# One victim told "was shot", with no part of the body: "A 16-year-old boy was shot Thursday", "A child was
# accidentally shot" (opening on its letters; the word boundary before it is checked apart).
ONE_SHOT = re.compile(r"""(?P<who>(?:A|a|An|an|One)\s+(?:\d{1,3}-year-old\s+)?(?P<noun>man|woman|boy|girl|teen|teenager
    |child|person|victim|male|female))\s+(?:was|had\s+been|has\s+been)\s+(?:accidentally\s+)?shot\b""", re.VERBOSE)


def _one_shot_alive(claims: list[CasualtyClaim], article: _Article) -> list[CasualtyClaim]:
    """Injured 1 for the first victim told "was shot" (ONE_SHOT) when the article tells a survival further on ("Police
    believe his injury is non-life-threatening", "in good condition") and no death, nor any killed or injured figure
    of its own, as the guidelines read "shot" with the survival told."""
    text, lower = article.text, article.lower
    if (" was shot" not in lower and " been shot" not in lower) or any(
            not c.about_other_event and c.category in ("killed", "injured") for c in claims) or article.tells_death():
        return claims
    m = next((m for m in ONE_SHOT.finditer(text) if not m.start() or not WORD_BEFORE.match(text, m.start() - 1)), None)
    if m is None or not SHOT_ALIVE.search(text, m.end()):
        return claims
    return _one_victim_added(claims, text, m.start(), m.start("who"), m.end("who"), m.group("noun"))


# The victim of a killing told by its adjective, "the victim of a fatal shooting", "the victim in the deadly
# Christmas Day shooting" (opening on "victim"; the determiner before it is checked apart).
VICTIM_OF_FATAL = re.compile(r"""victim\s+(?:of|in)\s+(?:a|an|the|[A-Z][a-z]+day['’]s)\s+(?:[\w'’-]+\s+){0,3}?(?:fatal|deadly)
    \s+(?:[\w'’-]+\s+){0,3}?(?:shooting|stabbing|attack|assault)\b""", re.VERBOSE)
VICTIM_DETERMINER = re.compile(r"(?:^|\s)(?P<det>[Tt]he|[Aa])\s+$")  # (read in the five characters before "victim")


def _victim_of_fatal(claims: list[CasualtyClaim], article: _Article) -> list[CasualtyClaim]:
    """Killed 1 for the first "victim of a fatal shooting" (VICTIM_OF_FATAL) in an article that tells no death of its
    own in other words: the guidelines count a singular victim, and the adjective tells the death ("Police have
    identified the victim of a fatal shooting in MacArthur", "the victim of a deadly Christmas Day shooting")."""
    text, lower = article.text, article.lower
    if ("fatal" not in lower and "deadly" not in lower) or any(
            c.category == "killed" and not c.about_other_event for c in claims):
        return claims
    found = next(((m, d) for m in VICTIM_OF_FATAL.finditer(text)
                  if (d := VICTIM_DETERMINER.search(text, max(0, m.start() - 5), m.start()))), None)
    if found is None:
        return claims
    m, determiner = found
    return _one_victim_added(claims, text, m.start(), determiner.start("det"), m.start() + len("victim"), "victim",
                             category="killed")


# A character that, right before a word, makes it part of a longer one ("Dana", "Julia" before "was shot").
WORD_BEFORE = re.compile(r"[\w'’-]")


# The condition of every member of a group told shot in the sentence before, which tells they are alive: "All of them
# were described as being in serious condition", "They were all in stable condition" (not "unknown condition"), or
# the wounds they were taken away with, said not to threaten life ("They were rushed to Brookhaven Memorial Hospital
# Medical Center in East Patchogue with non-life-threatening wounds": a hospital's name and place, up to 100 letters).
GROUP_CONDITION = re.compile(r"""\s*(?:All\s+of\s+them|They\s+all|They|All|Each\s+of\s+them)\s+(?:were|are|remain|remained
    |was|is)\s+(?:(?:[^.;!?]{0,40}?\s)?(?:listed\s+)?in\s+(?!(?:an?\s+)?(?:unknown|undisclosed|unclear)\b)[^.;!?]{0,30}?condition
    |(?:[^.;!?]{0,100}?\s)?with\s+(?:minor|non[-\s]?life[-\s]threatening|not\s+life[-\s]threatening)\s+(?:injuries|wounds))\b""",
                             re.VERBOSE)
# Words one of which a GROUP_CONDITION sentence holds (a cheap first test).
GROUP_CONDITION_WORDS = ("condition", "minor", "threatening")
# Where such a sentence may open, a pattern that opens on capitals, so the engine skips ahead to them.
GROUP_CONDITION_START = re.compile(r"(?:All\s+of\s+them|They\s+all|They|All|Each\s+of\s+them)\s+(?:were|are|remain|was|is)")


def _shot_then_condition(claims: list[CasualtyClaim], article: _Article) -> list[CasualtyClaim]:
    """Injured for a group told shot when the next sentence gives the condition of all of them, which tells they
    lived: "eight other victims, five men and three women, were also shot. All of them were described as being in
    serious condition" (injured 8, and 5 and 3 for the groups set off by commas), even in an article with a death
    (`_shot_and_alive` leaves groups alone there, their outcome unknown). Read from the condition sentences, which
    are rare, back to the sentence before them."""
    text, lower = article.text, article.lower
    if not any(word in lower for word in GROUP_CONDITION_WORDS) or not article.has_shot_cue():
        return claims
    added = []
    for cond in GROUP_CONDITION_START.finditer(text):
        if not GROUP_CONDITION.match(text, cond.start()):
            continue
        para_start = text.rfind("\n", 0, cond.start()) + 1
        para_end = text.find("\n", cond.start())
        sentences = split_sentences(text[para_start : para_end if para_end != -1 else len(text)])
        at = next((i for i, s in enumerate(sentences) if s.start + para_start == cond.start()), None)
        if at is None:
            continue  # (not a sentence's start)
        if at:
            sent = sentences[at - 1]
        elif (last := len(text[:para_start].rstrip())) > 0:
            # (the paragraph's first sentence: the one before it ends the paragraph before, as one-sentence
            # paragraphs of web copy run: "... were both shot in the back.\n\nThey were rushed to ...")
            _, para_start, sent = _paragraph_sentence(text, last - 1)
        else:
            continue
        m = next((g for g in SHOT_GROUP.finditer(text, para_start + sent.start, para_start + sent.end)
                  if not g.group("alive")), None)
        if m is None or SHOT_ELSEWHERE.search(sent.text) or _other_event(sent.text):
            continue
        mention = parse_number(m.group("count"))
        if mention is None or not mention.value or any(
                c.start == m.start("count") or (c.category == "injured" and c.value == mention.value) for c in claims):
            continue
        added.append(_added_claim(text, m.start("count"), m.end("count"), mention.value, mention.qualifier,
                                  m.group("who"), sent, para_start))
        # (the groups of it set off by commas or dashes: "five men and three women")
        helper = m.start("helper") if m.group("helper") else m.end()
        added.extend(_added_claim(text, part.start("count"), part.end("count"), value.value, value.qualifier,
                                  part.group("who"), sent, para_start)
                     for part, value in _smaller_parts(text, m.end("who"), helper, mention.value, claims))
    return sorted(claims + added, key=_START) if added else claims


# A group named by a collective noun, told shot with an aside of who it included: "The targeted quartet, which also
# included two 14-year-olds and a 17-year-old, were all shot in the legs" (see _collective_shot_parts).
SHOT_COLLECTIVE = re.compile(r"""\b(?P<noun>[Tt]rio|[Qq]uartet),(?P<comma>[^;:.()]{1,80}?),\s+(?:were|have\s+been|had\s+been)\s+
    (?:also\s+|all\s+)?shot\b""", re.VERBOSE)


def _collective_shot_parts(claims: list[CasualtyClaim], article: _Article) -> list[CasualtyClaim]:
    """Injured for the groups of an "included" aside of a trio or quartet told shot (SHOT_COLLECTIVE), when the
    article already has that many of its own injured: the same victims told again with their members, who are parts
    of the injured as those of a shot group's aside are ("four kids were shot in the legs ... The targeted quartet,
    which also included two 14-year-olds ...")."""
    text = article.text
    if "quartet," not in article.lower and "trio," not in article.lower:
        return claims
    injured = {c.value for c in claims if c.category == "injured" and not c.about_other_event}
    added = []
    for m in SHOT_COLLECTIVE.finditer(text):
        whole = PAIRS[m.group("noun").lower()]
        if whole not in injured or not INCLUDED_ASIDE.match(text, m.start("comma")):
            continue
        _, para_start, sent = _paragraph_sentence(text, m.start())
        if SHOT_ELSEWHERE.search(sent.text) or _other_event(sent.text):
            continue
        added.extend(_added_claim(text, part.start("count"), part.end("count"), value.value, value.qualifier,
                                  part.group("who"), sent, para_start)
                     for part, value in _smaller_parts(text, m.start("comma"), m.end("comma"), whole, claims))
    return sorted(claims + added, key=_START) if added else claims


def _shot_part_of_wounded(claims: list[CasualtyClaim], article: _Article) -> list[CasualtyClaim]:
    """Injured for a group told shot and referred back to ("the three teenagers were shot") that is smaller than a
    group the article reports wounded, in an article with no death of its own: some of the wounded ("four people,
    including an 11-year-old boy and a 13-year-old boy, were wounded ... the three teenagers were shot")."""
    text, lower = article.text, article.lower
    if " shot" not in lower or "the " not in lower:
        return claims
    wounded = max((c.value for c in claims if c.category == "injured" and c.value and not c.about_other_event),
                  default=0)
    if wounded < 3 or any(c.category == "killed" and not c.about_other_event for c in claims):
        return claims
    added = []
    done = 0
    for cue in SHOT_CUE.finditer(lower):
        m = SHOT_GROUP.search(text, max(done, cue.start() - SHOT_LEAD), min(len(text), cue.end() + SHOT_TRAIL))
        if m is None or m.start() < done:
            continue
        done = m.end()
        if not text.endswith(("the ", "The "), 0, m.start()):
            continue
        mention = parse_number(m.group("count"))
        if (mention is None or not mention.value or not 2 <= mention.value < wounded or any(
                c.start == m.start("count") or (c.category == "injured" and c.value == mention.value) for c in claims)):
            continue
        _, para_start, sent = _paragraph_sentence(text, m.start())
        if SHOT_ELSEWHERE.search(sent.text) or _other_event(sent.text):
            continue
        added.append(_added_claim(text, m.start("count"), m.end("count"), mention.value, mention.qualifier,
                                  m.group("who"), sent, para_start))
    return sorted(claims + added, key=_START) if added else claims


def extract_casualties(text: str) -> list[CasualtyClaim]:
    """Every count of killed, injured, detained, missing or displaced people in text, in text order."""
    claims: list[CasualtyClaim] = []
    lower = text.lower()
    if len(lower) != len(text):
        lower = text  # a character whose lowercase is longer would shift offsets; match as written
    article = _Article(text, lower)
    for sent, nxt, last_term in _candidate_sentences(article):
        claims.extend(_sentence_claims(article, sent, nxt, last_term))
    claims = _shot_and_alive(_killed_not_injured(_asked_not_stated(claims), lower), article)
    claims = _shot_part_of_wounded(_shot_then_condition(_collective_shot_parts(claims, article), article), article)
    claims = _victim_of_fatal(_one_shot_alive(_shot_in_part(claims, article), article), article)
    return _wounded_subject_died(_group_taken_with_dead(claims))


# Victim nouns that tell a sex, so that "He died" is not read as the death of "a woman" wounded before it.
MALE_NOUNS = frozenset("man men boy male father son brother husband uncle grandfather teenage-boy gentleman".split())
FEMALE_NOUNS = frozenset("woman women girl female mother daughter sister wife aunt grandmother lady".split())
# A title before a surname alone ("Ms McMeekin", "Mrs. Green"): no given name to tell relatives apart.
HONORIFIC = re.compile(r"(?:Mr|Mrs|Ms|Miss|Dr)\.?\s")
# Determiners of a victim the article refers back to by the same noun ("the toddler", "his son": wounded, then
# reported dead further on).
REFERRING_DETERMINERS = frozenset(("the", "his", "her", "their"))
# A victim the article refers back to by a noun, set beside the name a death is reported under ("the child,
# identified as Landen Smith, had died", "the victim, John Smith, died").
APPOSED_NOUN = re.compile(r"\b(?:the|his|her|their)\s+(?P<noun>[a-z]+(?:-[a-z]+)*),\s+(?:identified\s+as\s+|named\s+)?$")
# How far after a wounded victim's sentence a "He died" may still be about that victim.
DIED_NEXT_REACH = 400


# A whole group taken to hospital, told by "all" or "both" before its count and a noun at most: "All four were taken
# to Jackson Memorial Hospital", "Both victims were transported to the hospital" (the sentence from the count on).
GROUP_TAKEN = re.compile(r"""[\w-]+(?:\s+[a-z]+)?\s+were\s+(?:later\s+|then\s+|all\s+|both\s+)?(?:taken|transported|rushed
    |flown|airlifted)\b""", re.VERBOSE)

# A group found with its wounds, or sent to hospital, as police first find the victims of a shooting, the dead among
# them: "found six people with gunshot injuries in the parking lot", "a shooting that sent five people to the hospital".
FOUND_BEFORE_GROUP = ("found ", "located ")
# Words one of which such a sentence holds (a cheap first test): GROUP_TAKEN's "were", or the verb before the group.
GROUP_VERB_WORDS = (" were ", *FOUND_BEFORE_GROUP, "sent ")
GROUP_WOUNDED = re.compile(r"[\w-]+(?:\s+[a-z]+)?\s+(?:with|suffering\s+from)\s+(?:[\w-]+\s+){0,2}?(?:injuries|wounds?)\b", re.I)
GROUP_SENT = re.compile(r"[\w-]+(?:\s+[a-z]+)?\s+to\s+(?:the\s+|a\s+|area\s+|local\s+|nearby\s+)?hospitals?\b", re.I)

# Where a victim told dead at the scene died: not among a group taken to hospital.
SCENE_WORD = " scene"
# How far from a group taken to hospital a death may be told and still be one of the group's (characters; the reach
# of a wounded victim's later death, DIED_NEXT_REACH, as "All four were taken to Jackson Memorial Hospital. One of the
# victims, a male, has died" tells it; a caption's toll far down the page is often another event's).
GROUP_DEAD_REACH = DIED_NEXT_REACH


def _without(claims: list[CasualtyClaim], dropped: set[int]) -> list[CasualtyClaim]:
    """The claims but those at the positions in `dropped` (the list itself when there are none): what a pass over the
    whole article that drops some keeps."""
    return [c for i, c in enumerate(claims) if i not in dropped] if dropped else claims


def _group_taken_with_dead(claims: list[CasualtyClaim]) -> list[CasualtyClaim]:
    """Drop the injured figure of a whole group taken to hospital ("All four were taken to Jackson Memorial Hospital")
    when a death of the article's own event is told close by, of fewer than the group holds, and the sentence does
    not tell the group alive: the dead were taken with the wounded, so the group's outcomes are mixed, and shot with
    mixed outcomes has no category in the guidelines."""
    dead = [c for c in claims if c.category == "killed" and c.value and not c.about_other_event and not c.disputed
            and "unborn" not in c.number_text]  # (an unborn baby was not taken apart from its mother)
    if not dead:
        return claims
    dropped = set()
    for i, c in enumerate(claims):
        if (c.category != "injured" or not c.value or c.value < 2 or c.about_other_event
                or not any(map(c.sentence.__contains__, GROUP_VERB_WORDS)) or SURVIVED.search(c.sentence)):
            continue
        at = c.start - c.sentence_start
        whole = c.number_text.lower() == "both" or c.sentence[max(0, at - 4) : at].lower() == "all "
        if not whole and (c.value < 3 or (c.who or "").startswith("other") or c.sentence.endswith("other ", 0, at)):
            continue  # ("Four others were rushed to the hospital", "The other three were transported": the dead not
            # among them; and a pair is too often one of two parts told apart, "Two victims were airlifted ...")
        near = [k for k in dead if abs(k.start - c.start) <= GROUP_DEAD_REACH]
        # (not when one died where found, never taken: "found an unresponsive man ... pronounced dead at the scene")
        if not near or max(k.value for k in near) >= c.value or any(SCENE_WORD in k.sentence for k in near):
            continue
        if not whole:
            # (a group told without "all" is the whole only when it holds the dead and the wounded told elsewhere:
            # "left one man dead and three others injured ... Four men were rushed to the hospital")
            # (and not a group whose count is told wounded elsewhere: "wounding six others ... sent six people to
            # the hospital with gunshot wounds and left one man dead")
            wounded = [k.value for k in claims if k.category == "injured" and k.value and k.value <= c.value
                       and not k.about_other_event and k.sentence_start != c.sentence_start]
            if (not wounded or c.value in wounded
                    or max(k.value for k in near) + max(wounded) != c.value):
                continue
        if GROUP_TAKEN.match(c.sentence, at) or not whole and (
                c.sentence.endswith(FOUND_BEFORE_GROUP, 0, at) and GROUP_WOUNDED.match(c.sentence, at)
                or c.sentence.endswith("sent ", 0, at) and GROUP_SENT.match(c.sentence, at)):
            dropped.add(i)
    return _without(claims, dropped)


# The rest of a subject told wounded, shot or in hospital whose own verb is "has died": "A Marion County toddler who
# was critically injured after accidentally shooting himself in the face has died", "An Opelousas teen hospitalized
# after a weekend shooting has died", "A woman who was in critical condition after ... has now died" (no verb of the
# subject's own between, past a relative "who was"; no clause break).
SUBJECT_DIED = re.compile(r"""(?:\s+who\s+(?:was|were|had\s+been|has\s+been))?(?:(?!\s(?:was|were|is|are|and|but)\s)[^.;:!?"“”])
    {0,150}?\s(?:has|have)\s+(?:since\s+|now\s+)?died\b""", re.VERBOSE)

# "One of" before a group's count: a member of it is the subject ("One of four women wounded ... has died").
ONE_OF_LEAD = re.compile(r"\b[Oo]ne\s+of\s+(?:the\s+)?$")
ONE_OF_REACH = 12  # (characters before the count: "One of the ")


def _wounded_subject_died(claims: list[CasualtyClaim]) -> list[CasualtyClaim]:
    """A victim read injured from the words that describe it, the subject of "has died", is killed: the injury was
    before the death, and a victim injured who later died is killed only. "One of four women wounded ... has died"
    leaves the four no figure of their own (their outcomes are mixed)."""
    changed: dict[int, CasualtyClaim | None] = {}
    for i, c in enumerate(claims):
        if (c.category != "injured" or not c.value or c.about_other_event or " died" not in c.sentence
                or not SUBJECT_DIED.match(c.sentence, c.end - c.sentence_start)):
            continue
        at = c.start - c.sentence_start
        if c.value == 1 and not c.sentence.endswith(" of ", 0, at):
            changed[i] = replace(c, category="killed")
        elif c.value > 1 and ONE_OF_LEAD.search(c.sentence, max(0, at - ONE_OF_REACH), at):
            changed[i] = None
    if not changed:
        return claims
    return [k for k in (changed.get(i, c) for i, c in enumerate(claims)) if k is not None]


# A sentence that ends on a question mark (one: "???" stands for lost quotation marks), and where its question
# starts: after the last colon, quotation mark or dash before it ("The question is: did she see the murder?"), or
# at a question word after a comma ("Three people were killed, but why did he do it?").
QUESTION_END = re.compile(r"(?<!\?)\?[\"”’')\]\s]*$")
QUESTION_START = re.compile(r"""[:\"“”]|\s[-–—]\s|[,;]\s+(?:(?:but|and|so|or)\s+)?(?=(?:why|how|what|who|whom|whose|where|
    when|which|did|does|do|is|are|was|were|can|could|will|would|should|has|have|had)\b)""", re.IGNORECASE | re.VERBOSE)


def _question_from(sentence: str) -> int:
    """Where the question that ends the sentence starts, or -1 when it ends on no question."""
    if "?" not in sentence:
        return -1
    end = QUESTION_END.search(sentence)
    if end is None:
        return -1
    opening = [m.end() for m in QUESTION_START.finditer(sentence, 0, end.start())]
    return opening[-1] if opening else 0


# An indirect question right before a detained count, which then states nothing: "It is unclear if the shooter is in
# police custody", "Police did not say whether the two men were arrested" (the count may open on "the"). Only custody
# is read so: a death asked about is mostly asked how it came ("It's still unclear if he succumbed to the knife wounds
# or the gunshots").
INDIRECT_QUESTION = re.compile(r"""\b(?:unclear|unknown|not\s+(?:immediately\s+)?(?:known|clear)|(?:did|would|could)\s+not\s+
    (?:say|confirm)|(?:didn|wouldn|couldn)['’]t\s+(?:say|confirm))\s+(?:if|whether)\s+(?:the\s+)?$""", re.I | re.VERBOSE)
INDIRECT_QUESTION_REACH = 40


def _asked_indirectly(c: CasualtyClaim) -> bool:
    """Whether the detained count of claim c follows an indirect question's "if" or "whether" (see INDIRECT_QUESTION)."""
    at = c.start - c.sentence_start
    return c.category == "detained" and c.sentence.endswith(("if ", "whether ", " the "), 0, at) and INDIRECT_QUESTION.search(
        c.sentence, max(0, at - INDIRECT_QUESTION_REACH), at) is not None


def _asked_not_stated(claims: list[CasualtyClaim]) -> list[CasualtyClaim]:
    """Drop a figure asked about in a question ("How many people were killed?", "Were 20 people arrested?", "It is
    unclear if the shooter is in custody"): a question states nothing. It stays when the article states the same
    figure elsewhere (a headline question, "Did gunmen kill 20 in the market?", over a report of the 20 killed)."""
    asked = [i for i, c in enumerate(claims) if "?" in c.sentence
             and 0 <= _question_from(c.sentence) <= c.start - c.sentence_start or _asked_indirectly(c)]
    if not asked:
        return claims
    stated = {(c.category, c.value if c.value is not None else c.value_low) for i, c in enumerate(claims)
              if i not in asked}
    dropped = {i for i in asked if (claims[i].category, claims[i].value if claims[i].value is not None
                                    else claims[i].value_low) not in stated or (claims[i].value is None
                                                                                and claims[i].value_low is None)}
    return _without(claims, dropped)


def _other_sex(pronoun: str, nouns: set[str]) -> bool:
    """Whether "he" or "she" is of the other sex than a victim noun tells ("she" after "a man"): then the two are
    not one victim."""
    return bool((pronoun == "he" and nouns & FEMALE_NOUNS) or (pronoun == "she" and nouns & MALE_NOUNS))


# A wounded victim named only by a word that refers back to one already known ("the victim", "the 22-year-old
# victim", "he"), in an article whose one death is the only casualty: the dead victim, wounded before dying.
REFERRING_VICTIM = re.compile(r"(?:he|she|the\s+(?:(?:\d+|[a-z]+)-year-old\s+|unidentified\s+)?victim)", re.IGNORECASE)
# An age in years before a victim's noun or name ("61-year-old Charles Ulery", "A 15-year-old male"): two victims told
# by the same age in an article whose only casualty is one death are the one who died.
VICTIM_AGE = re.compile(r"\d{1,3}(?=[- ]year[- ]old\b)")


def _surname(name: str) -> str:
    """The last word of a name, past a suffix ("Gregory Livingston III": "Livingston")."""
    words = name.split()
    return words[-2] if len(words) > 2 and (" " + words[-1].rstrip(".")) in NAME_SUFFIXES else words[-1]


# (and one found, "they found a victim suffering from a gunshot wound", who in such an article is the dead one)
FOUND_VICTIM = re.compile(r"an?\s+(?:(?:\d+|[a-z]+)-year-old\s+)?victim", re.IGNORECASE)
# Words that tell the wounded victim lived ("in stable condition", "is expected to survive"), or that the dead
# one was the attacker ("police shot and killed the gunman"), so that the wounded one is someone else.
SURVIVED = re.compile(r"stable|survive|recover|non-life|not\s+life|released|good\s+condition|fair\s+condition",
                      re.IGNORECASE)
ATTACKER_NOUNS = frozenset("suspect suspects gunman gunmen shooter attacker assailant robber intruder".split())
# Signs of a second victim the figures may not hold ("one man dead and another with life-threatening injuries",
# "Three people were shot, one fatally", "a double shooting").
MORE_VICTIMS = re.compile(r"\b(?:another|others?|second|both|one\s+fatally|double|were\s+(?:shot|wounded|hurt|injured))\b",
                          re.IGNORECASE)
# The signs among them that name someone, who is a victim only with a word of harm close by ("the other victim",
# "wounded two others", "both were taken to the hospital"), not the others at the scene or in the story ("other
# people were at the home", "shot by another 5-year-old", "the other wore a gray sweatshirt", "each other").
SOMEONE_SIGNS = frozenset({"another", "other", "others", "second", "both"})
HARM_NEAR_STEMS = ("shot", "shoot", "wound", "injur", "hurt", "hospital", "kill", "dead", "died", "dies", "victim",
                   "condition", "fatal", "slain", "murder")
HARM_BEFORE_REACH = 40  # (characters before the sign: "wounded two others")
# (characters after it: "Another Henderson resident, Elijah Roberts, 18, a student at Central Academy, was also shot")
HARM_AFTER_REACH = 100
RECIPROCAL = {"other": "each ", "another": "one "}  # ("each other", "one another": no one more; "one other man" is)


def _more_victims(text: str) -> bool:
    """Whether the text shows a second victim its figures may not hold (MORE_VICTIMS), a word naming someone else
    counted only with a word of harm beside it in its sentence."""
    for m in MORE_VICTIMS.finditer(text):
        sign = m.group().lower()
        if sign not in SOMEONE_SIGNS:
            return True
        if sign in RECIPROCAL and text.endswith(RECIPROCAL[sign], 0, m.start()):
            continue
        before = text[max(0, m.start() - HARM_BEFORE_REACH) : m.start()]
        after = text[m.end() : m.end() + HARM_AFTER_REACH]
        before = before[max(before.rfind(". "), before.rfind("\n")) + 1 :].lower()  # (within the sentence only)
        after = after[: min((at for at in (after.find(". "), after.find("\n")) if at >= 0), default=len(after))].lower()
        if any(map(before.__contains__, HARM_NEAR_STEMS)) or any(map(after.__contains__, HARM_NEAR_STEMS)):
            return True
    return False


PRONOUN_DEAD_REACH = 200  # (characters between a named wounded victim and a death told of "he" / "she")


def _only_death_wounded(claims: list[CasualtyClaim], text: str) -> list[CasualtyClaim]:
    """Drop a single wounded victim the text only refers back to ("The victim was taken to a hospital", "He
    suffered multiple gunshot wounds") when the article's only casualty figure is one death: the dead victim,
    as the guidelines count one wounded who later died ("A man was found shot dead ... He had gunshot wounds")."""
    injured = [c for c in claims if c.category == "injured" and not c.about_other_event]
    if not injured or any(c.value != 1 for c in injured):
        return claims
    killed = [c for c in claims if c.category == "killed" and not c.about_other_event and not c.disputed]
    if not killed or any(c.value != 1 for c in killed) or any(c.who in ATTACKER_NOUNS for c in killed if c.who):
        return claims
    # (or the dead victim's own noun in another sentence: "A man was shot and killed ... they found a man
    # suffering from a gunshot wound")
    dead_nouns = {c.who.lower() for c in killed if c.who}
    # (each word of it too: "left a 16-year-old male juvenile dead ... dispatched for a male with a gunshot wound")
    dead_words = {word for noun in dead_nouns for word in noun.split()}
    dead_sentences = {c.sentence_start for c in killed}
    # (or a name close to a death told of a pronoun, which may stand for it: "She died Friday ... Hill-Carter was in
    # extremely critical condition since Wednesday"; not a name told far from it, often another person's)
    pronoun_dead = [k.start for k in killed if k.number_text.lower() in ("he", "she")]
    # (and the end of a sentence reporting dead a victim the article refers back to by a noun, "The 4-year-old girl
    # who was shot ... has died", before the victim's name: "Ilanye Price was taken to hospital after suffering
    # serious injury")
    pronoun_dead += [k.sentence_start + len(k.sentence) for k in killed
                     if k.number_text.split(None, 1)[0].lower() in REFERRING_DETERMINERS and " " in k.number_text]
    # (or a name whose surname alone the dead victim is reported by: "They located the victim, Dustin J. Osborne,
    # 19, suffering from a gunshot wound ... Osborne died"; not a full name, which a relative may share)
    dead_surnames = {c.who for c in killed if c.who and c.who[:1].isupper() and " " not in c.who}
    # (or the age the dead one is told by: "Police found 61-year-old Charles Ulery with a gunshot wound" beside "A
    # 61-year-old man died Tuesday after he was shot in the head")
    dead_ages = {m.group() for k in killed if (m := VICTIM_AGE.search(k.number_text))}
    if not all(REFERRING_VICTIM.fullmatch(c.number_text) or FOUND_VICTIM.fullmatch(c.number_text) or (
            dead_ages and (m := VICTIM_AGE.search(c.number_text)) is not None and m.group() in dead_ages
            and c.sentence_start not in dead_sentences) or (
            c.who and (c.who.lower() in dead_nouns or c.who.lower() in dead_words
                       or c.who[:1].isupper() and c.who == c.number_text
                       and (any(abs(c.start - at) <= PRONOUN_DEAD_REACH for at in pronoun_dead)
                            or _surname(c.who) in dead_surnames))
            and c.sentence_start not in dead_sentences) for c in injured):
        return claims
    if _more_victims(text):
        return claims
    dropped = set()
    for c in injured:
        if SURVIVED.search(c.sentence) or _other_sex(c.number_text.lower(), dead_nouns):
            continue
        dropped.add(id(c))
    return [c for c in claims if id(c) not in dropped] if dropped else claims


# A sentence that opens by reporting two victims dead: "Both were pronounced dead", "They both later died".
BOTH_DEAD = re.compile(r"(?:both|they\s+(?:were\s+)?both)\s+(?:\w+\s+)?(?:were\s+|have\s+)?(?:later\s+|since\s+)?"
                       r"(?:died|pronounced\s+dead|declared\s+dead)\b", re.IGNORECASE)


def _both_dead(claims: list[CasualtyClaim]) -> list[CasualtyClaim]:
    """Drop the wounded victims of the sentence before one that reports "both" dead: "officers found a woman and
    her boyfriend with gunshot wounds. Both were pronounced dead" (wounded, then killed: killed only)."""
    dropped = set()
    for i, c in enumerate(claims):
        if not (c.category == "killed" and c.value == 2 and c.number_text.lower() == "both"
                and BOTH_DEAD.match(c.sentence)):
            continue
        before = [k for k in claims[:i] if k.sentence_start < c.sentence_start]
        if not before:
            continue
        last = [k for k in before if k.sentence_start == before[-1].sentence_start]
        if c.sentence_start - (last[0].sentence_start + len(last[0].sentence)) <= 3 and all(k.category == "injured" and k.value == 1 for k in last):
            dropped.update(id(k) for k in last)
    return [c for c in claims if id(c) not in dropped] if dropped else claims


# A group the police found wounded on arrival: "they found three victims suffering from gunshot wounds", "police found
# four people with gunshot wounds". Before the deaths a report tells of its own, such a group holds the dead with the
# living, or only the dead, so its outcome is mixed or death, and the hand-annotated held-out gold gives it no injured
# figure ("three people were found suffering from gunshot wounds", all of whom died; "two men in their 20s suffering
# from gunshot wounds", one of them dead). Not the others found beside the dead ("two additional victims", "two
# others").
FOUND_GROUP_LEAD = re.compile(r"(?:found|located|discovered|find)\s+(?:[\w'’.,-]+\s+){0,3}$")
FOUND_GROUP_REACH = 40  # (characters before the count: the verb and up to three words, "they found Victoria Sims, 29,")
FOUND_GROUP_WOUNDS = re.compile(r"""(?:\s+[\w'’,-]+){0,6}?\s+(?:who\s+(?:were|was)\s+)?(?:suffering\s+from|with)\s+
    (?:[\w-]+\s+){0,2}?(?:gunshot|gun\s+shot|stab|bullet)\s+wounds\b""", re.I | re.VERBOSE)
NOT_THE_DEAD = ("other", "additional", "more", "others")


def _found_wounded_group(claims: list[CasualtyClaim]) -> list[CasualtyClaim]:
    """Drop the injured figure of a group found wounded (FOUND_GROUP_WOUNDS) when a death of the article's own event
    is told after it, close by ("they found two men in their 20s suffering from gunshot wounds. One was pronounced dead
    at the scene"); not a death told before, often someone else's ("found two people suffering from stab wounds and a
    teen armed with a knife" after the teen's death, a round-up's next shooting after the last one's dead)."""
    dead = [c.start for c in claims if c.category == "killed" and c.value and not c.about_other_event]
    if not dead:
        return claims
    dropped = set()
    for i, c in enumerate(claims):
        if c.category != "injured" or (c.value or 0) < 2 or c.about_other_event or "wounds" not in c.sentence:
            continue
        if not any(c.end < at <= c.end + GROUP_DEAD_REACH for at in dead):
            continue
        at, end = c.start - c.sentence_start, c.end - c.sentence_start
        wounded = FOUND_GROUP_WOUNDS.match(c.sentence, end)
        if (wounded is None or FOUND_GROUP_LEAD.search(c.sentence, max(0, at - FOUND_GROUP_REACH), at) is None
                or any(word in NOT_THE_DEAD for word in c.sentence[at : wounded.end()].lower().split())):
            continue
        dropped.add(i)
    return _without(claims, dropped)


# The two of a pair told of again at a sentence's opening, with no noun of their own: "Both had suffered head
# injuries", "The two suffered gunshot wounds" (not "The two wounded victims", who are others).
BOTH_AGAIN = frozenset({"both", "the two", "they both"})


def _injuries_of_the_dead(claims: list[CasualtyClaim]) -> list[CasualtyClaim]:
    """Drop the injuries of two victims the sentence right before reports dead, and only dead: "The bodies of Jane
    Roe, 58, and Mary Roe, 20, were found. Both had suffered head injuries" (the wounds of the dead: killed only)."""
    dropped = set()
    for i, c in enumerate(claims):
        if not (c.category == "injured" and c.value == 2 and c.who is None and c.end - c.sentence_start <= 9
                and c.sentence[: c.end - c.sentence_start].lower() in BOTH_AGAIN):
            continue
        before = [k for k in claims[:i] if k.sentence_start < c.sentence_start]
        if not before:
            continue
        last = [k for k in before if k.sentence_start == before[-1].sentence_start]
        if c.sentence_start - (last[0].sentence_start + len(last[0].sentence)) > 3:
            continue
        if all(k.category == "killed" and not k.about_other_event for k in last) and (
                any(k.value == 2 for k in last) or len({k.who for k in last if k.value == 1 and k.who}) == 2):
            dropped.add(i)
    return _without(claims, dropped)


# The dead told of again as found with their injuries: "Ms Roe and her daughter were found with head injuries".
FOUND_WITH_INJURIES = re.compile(r"""\b(?:were|was|had\s+been)\s+found\s+with\s+(?:[\w'’-]+\s+){0,2}?
    (?:injuries|wounds)\b""", re.VERBOSE)


def _found_dead_with_injuries(claims: list[CasualtyClaim]) -> list[CasualtyClaim]:
    """Drop the victims of a sentence that only tells people, each named or referred back to, "found with" injuries,
    right after a sentence that reports as many dead or more, and no injured: "Both women were found dead at their home.
    Detectives said Ms Roe and her daughter were found with head injuries" (the wounds of the dead: killed only)."""
    if not any(c.category == "injured" and "found with" in c.sentence for c in claims):
        return claims  # (a cheap first test: most articles tell no one found with injuries)
    dropped = set()
    by_sentence: dict[int, list[int]] = {}
    for i, c in enumerate(claims):
        by_sentence.setdefault(c.sentence_start, []).append(i)
    starts = sorted(by_sentence)
    for before, start in zip(starts, starts[1:], strict=False):
        found = [claims[i] for i in by_sentence[start]]
        dead = [claims[i] for i in by_sentence[before]]
        if not all(c.category == "injured" and c.value == 1 and c.who and (
                c.number_text[:1].isupper() and c.number_text == c.who
                or c.number_text.split()[0].lower() in REFERRING_DETERMINERS) for c in found):
            continue
        if start - (before + len(dead[0].sentence)) > 3 or any(c.category not in ("killed", "detained") for c in dead):
            continue  # (an arrest may be told beside the deaths: "with Mr Roe arrested shortly afterwards")
        dead = [c for c in dead if c.category == "killed"]
        if not dead or not all(c.value and not c.about_other_event for c in dead):
            continue
        if (max(c.value for c in dead) >= len(found) and "found with" in found[0].sentence
                and FOUND_WITH_INJURIES.search(found[0].sentence)):
            dropped.update(by_sentence[start])
    return _without(claims, dropped)


# A group found wounded: "three people were found suffering from gunshot wounds", "found two men with stab wounds".
FOUND_WOUNDED = re.compile(r"\bfound\s+(?:[\w'’-]+\s+){0,3}?(?:suffering|with)\s+(?:from\s+)?(?:[\w'’-]+\s+){0,2}?"
                           r"(?:injuries|wounds)\b")


def _found_wounded_then_dead(claims: list[CasualtyClaim]) -> list[CasualtyClaim]:
    """Drop a group of two or more found wounded when the next sentence with figures, close by, reports exactly
    that many dead and no others: "three people were found suffering from gunshot wounds. ... One of them was
    pronounced dead at the scene, and the other two were taken to the hospital, where they died" (wounded, then
    killed: killed only)."""
    dropped = set()
    for i, c in enumerate(claims):
        if (c.category != "injured" or not c.value or c.value < 2 or c.about_other_event or "found" not in c.sentence
                or not FOUND_WOUNDED.search(c.sentence)):
            continue
        later = [k for k in claims[i + 1 :] if k.sentence_start > c.sentence_start]
        if not later or later[0].start - c.end > DIED_NEXT_REACH:
            continue
        nxt = [k for k in later if k.sentence_start == later[0].sentence_start]
        if all(k.category == "killed" and k.value and not k.about_other_event
               and not (k.who or "").startswith("other") for k in nxt) and sum(k.value for k in nxt) == c.value:
            dropped.add(i)
    return _without(claims, dropped)


def _killed_not_injured(claims: list[CasualtyClaim], text: str) -> list[CasualtyClaim]:
    """A victim who was wounded and later died is killed only, as the guidelines count them: a named victim,
    one the article refers back to and reports dead further on ("The victim was taken to hospital. ... the
    victim died"), or one the next sentence about a single person reports dead ("they found a man suffering
    from gunshot wounds. He was pronounced dead at the hospital"), or one only referred back to in an article
    whose only casualty is one death (text is the article, searched for signs of a second victim)."""
    claims = _died_later_in_sentence(_found_wounded_group(claims))
    claims = _only_death_wounded(_both_dead(_died_next(_found_wounded_then_dead(
        _found_dead_with_injuries(_injuries_of_the_dead(claims))))), text)
    dead = [c for c in claims if c.category == "killed" and c.value == 1 and c.who]
    if not dead:
        return claims
    named_dead = {c.who.split()[-1] for c in dead}
    # (not a bare noun opening a headline, "Woman Killed Outside High School": often another story's, embedded)
    last_death = {c.who: c.start for c in dead if c.number_text.lower() != c.who.lower()}
    for c in dead:
        # (and the noun a name reported dead is set beside: "the child, identified as Landen Smith, had died")
        if c.who[:1].isupper() and c.start > c.sentence_start and c.sentence[c.start - c.sentence_start - 1] in ", ":
            noun = APPOSED_NOUN.search(c.sentence, max(0, c.start - c.sentence_start - 60), c.start - c.sentence_start)
            if noun and last_death.get(noun.group("noun"), -1) < c.start:
                last_death[noun.group("noun")] = c.start
    # (a dead victim referred back to, "The boy was later pronounced dead", not in a condition: "if the boy dies")
    referred_death = {c.who: c.start for c in dead if len(words := c.number_text.split()) == 2
                      and words[0].lower() in REFERRING_DETERMINERS and " if " not in c.sentence}
    # full names of the dead, and the surnames the dead are also called by alone ("Harris died")
    dead_names = {c.who for c in dead if c.who[:1].isupper()}
    dead_alone = {n for n in dead_names if " " not in n}

    def died_later(c: CasualtyClaim) -> bool:
        if c.who[:1].isupper():
            if " " in c.who and not HONORIFIC.match(c.who) and any(" " in n for n in dead_names):
                # two full names: one person only if they are the same ("Amiyah Bice" died, her father
                # "Julian Bice" was wounded), or the wounded is later called by the surname alone
                return c.who in dead_names or c.who.split()[-1] in dead_alone
            return c.who.split()[-1] in named_dead
        words = c.number_text.lower().split()
        if len(words) != 2 or words[0] not in REFERRING_DETERMINERS:
            return False
        # (or a child told again by its sex: "found ... the child injured. The boy was later pronounced dead")
        return last_death.get(c.who, -1) > c.start or any(
            referred_death.get(noun, -1) > c.start for noun in SEXED_AS.get(c.who, ()))

    return [c for c in claims if not (c.category == "injured" and c.value == 1 and c.who and died_later(c))]


# The pronouns by which a sentence may report dead the victim it told hurt before them, by sex.
PRONOUN_SEX = {"he": "he", "him": "he", "she": "she", "her": "she"}


def _died_later_in_sentence(claims: list[CasualtyClaim]) -> list[CasualtyClaim]:
    """Drop a single wounded victim whom a pronoun of the victim's sex, or "the" and a noun that refers back to it
    (`_same_victim_noun`), later in the same sentence, reports dead: "Balcarcel was rushed to VCU Medical Center, where
    his girlfriend tells us he died two days later", "the boy was transported to Baylor University Medical Center, but
    doctors there pronounced him dead", "regarding a patient with a gunshot wound ..., but the patient had already
    died" (one victim, wounded and then dead, is killed only)."""
    dropped = set()
    for i, c in enumerate(claims):
        if c.category != "injured" or c.value != 1 or c.about_other_event:
            continue
        for k in claims[i + 1 :]:
            if k.sentence_start != c.sentence_start:
                break
            if k.category != "killed" or k.value != 1 or k.start <= c.start:
                continue
            sex = PRONOUN_SEX.get(k.number_text.lower())
            if sex is None:
                if _same_victim_noun(c, k):
                    dropped.add(i)  # "The young girl was taken to Mission Hospital ..., but ... the child passed away"
                break
            own = PRONOUN_SEX.get(c.number_text.lower())
            if own == sex or own is None and not _other_sex(sex, set((c.who or "").lower().split())):
                dropped.add(i)
            break
    return _without(claims, dropped)


# A child the article refers back to, reported dead further on by a noun that tells its sex.
SEXED_AS = {"child": ("boy", "girl"), "toddler": ("boy", "girl"), "infant": ("boy", "girl"), "baby": ("boy", "girl")}


def _same_victim_noun(c: CasualtyClaim, k: CasualtyClaim) -> bool:
    """Whether the dead `k`, "the" and one noun, refers back to the wounded `c`: the same noun, "the victim", or a
    child told by its sex ("The young girl ... the child passed away")."""
    words = k.number_text.split()
    if len(words) != 2 or words[0].lower() != "the" or not c.who or not k.who:
        return False
    noun, own = k.who.lower(), c.who.lower().split()[-1]
    return noun in (own, "victim") or own in SEXED_AS.get(noun, ()) or noun in SEXED_AS.get(own, ())


# A name set off by commas after a victim, whose surname a later sentence may report dead ("a male employee,
# John Singh, 24, was ...").
APPOSED_NAME = re.compile(r",\s+(?:[A-Z][\w.'’-]*\s+){1,3}?([A-Z][\w'’-]+),")


# The nouns a relative is told by again, in the next sentence: "injuring his son. The boy later died".
KIN_AS = {"son": ("boy", "child", "teen", "teenager"), "daughter": ("girl", "child", "teen", "teenager"),
          "grandson": ("boy", "child"), "granddaughter": ("girl", "child"), "wife": ("woman",), "husband": ("man",),
          "mother": ("woman",), "father": ("man",), "brother": ("man", "boy"), "sister": ("woman", "girl")}


def _died_next(claims: list[CasualtyClaim]) -> list[CasualtyClaim]:
    """Drop a single wounded victim when the next claim about one person opens a later sentence close by with
    a pronoun of the victim's sex, a surname its sentence named, or "the victim", reported dead: "found a 27-year-old
    man suffering from gunshot wounds. He was pronounced dead at the hospital"."""
    dropped = set()
    for i, c in enumerate(claims):
        if c.category != "injured" or c.value != 1 or not c.who:
            continue
        named = APPOSED_NAME.match(c.sentence, c.end - c.sentence_start) if c.sentence.startswith(
            ", ", c.end - c.sentence_start) else None
        # (past the name itself, a claim of its own: "a male employee, John Singh, 24, was suffering from a
        # gunshot wound. Singh was pronounced dead")
        nxt = next((k for k in claims[i + 1 :] if k.value == 1 and k.start >= (named.end() + c.sentence_start
                                                                              if named else c.end)), None)
        if (nxt is None or nxt.category != "killed" or nxt.start != nxt.sentence_start
                or nxt.sentence_start <= c.sentence_start or nxt.start - c.end > DIED_NEXT_REACH):
            continue
        if nxt.who is not None:
            if named and nxt.number_text == nxt.who and named.group(1) == nxt.who:
                dropped.add(i)
            elif (nxt.number_text[:4] in ("The ", "the ") and nxt.who.lower() in KIN_AS.get(c.who.lower().split()[-1], ())
                  and len(nxt.number_text.split()) == 2):
                dropped.add(i)  # "injuring his son. The boy later died"
            elif REFERRING_VICTIM.fullmatch(nxt.number_text):
                dropped.add(i)  # "found a man suffering from a gunshot wound. The victim ... later died"
            elif (nxt.number_text == nxt.who and nxt.who[:1].isupper() and c.number_text.startswith(("a ", "an "))
                  and " found " in c.sentence
                  and any(k.category == "killed" and k.value == 1 and k.who and k.who[:1].isupper()
                          and k.sentence_start < c.sentence_start and k.who.split()[-1] == nxt.who.split()[-1]
                          for k in claims[:i])):
                dropped.add(i)  # "The shooting killed Del Jenkins ... found a boy suffering from a gunshot wound.
                # Jenkins was later pronounced dead" (a name reported dead before: the one found wounded)
            continue
        pronoun = nxt.number_text.lower()
        if pronoun in ("he", "she") and not _other_sex(pronoun, {c.who.lower().split()[-1]}):
            dropped.add(i)
    return _without(claims, dropped)


def summarise_casualties(claims: Iterable[CasualtyClaim]) -> dict[str, int | None]:
    """Largest undisputed figure per category for the article's own event, as the pipeline stores it.

    The largest is taken because follow-up reporting tends to restate a rising toll, and a smaller figure in
    the same article is usually a subgroup ("including two children").
    """
    best: dict[str, int | None] = {"killed_count": None, "injured_count": None, "detained_count": None}
    for claim in claims:
        key = f"{claim.category}_count"
        if key not in best or claim.disputed or claim.about_other_event:
            continue
        figure = claim.value if claim.value is not None else claim.value_low
        if figure is None:
            continue
        current = best[key]
        if current is None or figure > current:
            best[key] = figure
    return best
