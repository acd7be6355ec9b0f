"""Source attributions: who is quoted or cited in an article, how, through what medium, and what kind of source.

Rules, not a model: news copy attributes in a handful of fixed shapes (`"...," X said`, `X said that ...`,
`..., according to X`, `X, citing Y, reported ...`), and rules keep every record traceable to its words and
fast enough for whole corpora. Cue verbs and the source-type gazetteer are package data
(`data/cue_verbs.csv`, `data/source_types.csv`); the annotation rules the output follows are the project's
attribution guidelines (one record per statement, content offsets into the text).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from functools import lru_cache
from itertools import islice
from operator import attrgetter
from typing import NamedTuple

from workbench.data import read_rows
from workbench.extract.quotes import MASK_CHAR, QuoteSpan, find_quotes, mask_quotes, read_c1_punctuation
from workbench.extract.speakers import (
    DAY_AND_PART,
    DOCUMENT_HEADS,
    GROUP_PEOPLE,
    LOWER_PREFIX_NAME,
    NAME_CONNECTORS,
    NAME_DESCRIPTORS,
    NON_NAME_WORDS,
    PARTY_TAG,
    PRONOUNS,
    SpeakerIndex,
    classify,
    countries_in,
    dateline_end,
    ends_with_personal_name,
    follows_mention,
    is_pronoun,
    names_candidates,
    names_document,
)
from workbench.extract.text import Sentence, split_sentences
from workbench.records import Attribution

__all__ = ["CUE_VERBS", "Source", "attribution_sources", "extract_attributions"]


class CueVerb(NamedTuple):
    form: str
    lemma: str
    needs: str


def _load_cues() -> dict[str, CueVerb]:
    return {r["form"]: CueVerb(r["form"], r["lemma"], r["needs"] or "") for r in read_rows("cue_verbs.csv")}


CUE_VERBS = _load_cues()


def _trie(words: list[str]) -> str:
    """A regex alternation factored by prefix, which Python's engine rejects quickly at each position."""
    tree: dict = {}
    for w in words:
        node = tree
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict) -> str:
        alts = [re.escape(ch) + build(child) for ch, child in sorted(node.items()) if ch]
        optional = "" in node
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 and not optional else "(?:" + "|".join(alts) + ")"
        if optional:
            body = ("(?:" + "|".join(alts) + ")?") if len(alts) > 1 else "(?:" + alts[0] + ")?"
        return body

    return build(tree)


CUE = re.compile(r"(?<![\w'’-])(" + _trie(list(CUE_VERBS)) + r")(?![\w'’-])")
# The same cue words led by the character before them, in two patterns: after a space (most of them; a
# pattern that opens on one character lets the engine skip straight to it) and after any other character that
# ends a word (the set holds ASCII letters and digits, which it rejects fastest; a lookbehind then rejects the
# other word characters).
# (a lookahead on the cue words' initials rejects most words at once, before the trie's branches are tried)
CUE_INITIALS = "".join(sorted({form[0] for form in CUE_VERBS}))
CUE_AFTER_SPACE = re.compile(r" (?=[" + CUE_INITIALS + r"])(" + _trie(list(CUE_VERBS)) + r")(?![\w'’-])")
# The characters other than a space a cue word may follow: neither a letter, digit or "_", nor "'", "’", "-".
CUE_OTHER_LEAD = r"[^ a-zA-Z0-9_'’-](?<![\w])"
CUE_AFTER_OTHER = re.compile(
    CUE_OTHER_LEAD + r"(?=[" + CUE_INITIALS + r"])(" + _trie(list(CUE_VERBS)) + r")(?![\w'’-])"
)
# CUE_AFTER_OTHER's search tests every character against its set, which costs as much as the search for cues
# after a space; instead, a copy of the text in which each of those characters is a space (its "skeleton") is
# searched once with CUE_AFTER_SPACE. The copy is made by bytes.translate, for text in Latin-1 once the common
# marks past it are replaced by a Latin-1 stand-in of the same kind: a space for a CUE_OTHER_LEAD character, "'"
# for "’" (which a cue may neither follow nor be followed by, as "'").
SKELETON_TABLE = bytes(32 if re.match(CUE_OTHER_LEAD, chr(b)) else b for b in range(256))
SKELETON_MARKS = (("’", "'"), ("‘", " "), ("“", " "), ("”", " "), ("—", " "), ("–", " "))
# A lookahead on a pattern's first character lets the engine leave other positions at once (a lookbehind
# first, or a word boundary, makes it try the whole pattern at each one).
# Between a quotation's speaker and a relaying "according to": the cue, one more word, a comma ("Biden said
# Thursday, according to AFP"); or the cue and a phrase of time or place opened by a linking word ("police said once
# Gray had been hit, according to the New York Times"). Group 1 is the cue.
DIRECT_ACCORDING_GAP = re.compile(
    r"(?:\s+([a-z]+)(?:\s+[A-Za-z]+|\s+(?:once|after|when|while|as|before|during|at|in|on|outside|inside)\s+"
    r"[^,.;:!?\"“”]{1,60}?)?"
    # (or only where it was said, after an inverted speaker, a title's marks and all: "said Trump in an interview on
    # NBC's "Today" show, ...")
    r"|\s+(?:in|on|at|during)\s+[^,.;:!?]{1,60}?)?\s*,\s*$"
)
ACCORDING = re.compile(r"(?=[Aa])(?<![\w])[Aa]ccording to\b")
CITING = re.compile(r"(?=[Cc])(?<![\w])[Cc]iting\s+")
# Cue forms that are never nouns: inside a would-be speaker they show a clause.
PASSIVE_BEFORE = re.compile(r"\b(?:is|are|was|were|been|be)\s+(?:often\s+|widely\s+|commonly\s+|usually\s+)?$")
WRITES_ABOUT = re.compile(r"\s+(?:to\s+[^,.;:\"“]{1,40}?\s+)?about\b")  # ("wrote to the mayor about")
# A named agent after a participle cue ("described by The New York Times Magazine as"), and a subject pronoun right
# before a cue, which makes it a finite verb ("which he described by phone").
AGENT_AFTER = re.compile(r" by\s+(?:the\s+|a\s+|an\s+)?[A-Z]")
PRONOUN_BEFORE = re.compile(r"\b(?:he|she|they|we|I|it|who|which)\s+$")
CALLED_NAME = re.compile(r"\s+(?:him|her|them)\s+an?\s")  # ("called him a traditional boss")
# A death toll as the object of "claimed" ("claimed the lives of a boy", "has now claimed the two teenage victims",
# "claims its latest victim", "claimed several lives"): no statement.
CLAIMED_LIVES = re.compile(
    r"\s+(?:the|his|her|its|their|several|many|two|three|four|five|\d+)\s+(?:[\w'’-]+\s+){0,2}?(?:lives|life|victims?)\b"
)
CLAIMED_AS = re.compile(r"\s+as\s+(?:its|their|his|her|our|my)\b")
DESCRIBED_AS = re.compile(r"\s+(?:only\s+|simply\s+|just\s+)?as\b")
# What finds things out without speaking: the guidelines leave evidence and inquiries out; nor does a doctrine
# speak ("Catholic teaching calls for ..."), which is no one's statement in the article, nor a work of art on show
# ("The installation confirms the clever use of technology": a critic's judgement, in the critic's words).
NOT_SOURCES = frozenset(
    """investigation investigations inquiry probe evidence video videos footage surveillance teaching teachings
    doctrine doctrines information installation installations sculpture sculptures artwork artworks""".split()
)
# Words of video and photo evidence (its first five are NOT_SOURCES' too), which the guidelines leave out as sources:
# "according to surveillance video" names no source (_evidence), "The video released shows" no document put out
# (_document_head).
EVIDENCE_WORDS = frozenset("video videos footage surveillance evidence photo photos photographs images".split())
# Words a subject never ends on: a preposition or conjunction whose clause or participle follows ("A day after").
OPEN_CONNECTIVES = frozenset("after before since until upon without while whereas although though because".split())
# Words no noun phrase ends on (unlike a stranded "to", "with" or "for": "a neighbor we spoke with"): a speaker's
# phrase ending on one was cut before the words it opens ("A decision in 2015 by [the Office of ...]").
DANGLING_ENDS = frozenset("and or by of the a an from in".split())
# The longest first line read as a headline (characters): ECB+ and wire headlines run to about a hundred.
HEADLINE_LINE_CHARS = 150
# What a body sentence or a quotation ends on, which a headline does not.
HEADLINE_NOT_ENDS = frozenset(".!?\"”'’:;,")
VERB_ONLY = frozenset(
    "said says say told tells tell deny denies denied insist insists insisted warn warns warned argue argues "
    "argued confirm confirms confirmed added adds admitted admits".split()
)
# a speaker's phrase that opens on a perception verb is a clause whose subject lies before it ("smelled gunpowder
# and heard co-workers [yelling]")
PERCEIVED = re.compile(r"(?:heard|saw|smelled|smelt|watched|noticed)\s")
POSSESSIVE_TITLE = re.compile(
    r"(?:[A-Z][\w.&-]*\s+){0,3}[A-Z][\w.&-]*(?:'s|’s)\s+(?:[a-z][\w-]*\s+){0,3}[a-z][\w-]*$"
)
COMPLEMENTIZERS = frozenset({"that", "whether", "if", "how", "what", "when", "why", "where"})
CONJUNCTIONS = frozenset(
    {
        "but",
        "and",
        "or",
        "while",
        "as",
        "so",
        "yet",
        "because",
        "although",
        "though",
        "whereas",
        "after",
        "when",
        "since",
    }
)
# Words of narration a quotation paragraph may end with and still continue the last speaker.
NARRATION_AFTER_QUOTE = 6
# How far after a cue the words a verb needs ("criticized ... as") are looked for.
CLAUSE_LOOKAHEAD = 80
# How far back from a cue a clause boundary is looked for: a speaker is never longer than this.
BOUNDARY_WINDOW = 200
MEDIUM_COMMA_END = re.compile(r",\s*(?:in|on|at)\s+[^,]{3,50},?\s*$")
LAST_WORD = re.compile(r"([A-Za-z]+)$")
ASCII_LETTERS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")
# "Recent governments have, however, recognized ...": an adverb set off by commas before the cue
INTERJECTED_ADVERB_WORDS = ("however", "though", "meanwhile", "too", "also", "in turn", "in fact", "moreover", "instead")
INTERJECTED_ADVERBS = "(?:" + "|".join(INTERJECTED_ADVERB_WORDS) + ")"
INTERJECTION_TAIL = re.compile(r",\s*" + INTERJECTED_ADVERBS + r",?\s*$")
# The same adverb set off by commas right after the cue, before its "that" ("concluded, though, that").
INTERJECTION_AFTER = re.compile(r",\s*" + INTERJECTED_ADVERBS + r",(?=\s+that\b)")
# What a text ends with (spaces aside) when INTERJECTION_TAIL can match it.
INTERJECTION_ENDINGS = (",", *INTERJECTED_ADVERB_WORDS)
# A quantifier floated after a joint subject, right before the cue ("the mayor and the chamber all urged", "Smith and
# Jones both said"); not one that is the subject itself, after a comma ("A short time later, both admitted").
FLOATED_QUANTIFIER = re.compile(r"(?<=[\w.'’])\s+(?:all|both)\s*$")
# How far back from a cue auxiliaries and tags are looked for.
TAIL_WINDOW = 90
# (an initial is a capital alone: the full stop after an acronym closing the sentence, "said MENA.", is not one)
INVERTED_NP = re.compile(
    r"\s+((?:the\s+|a\s+|an\s+)?(?:[A-Z][a-z]{0,3}\.(?=\s)|(?<![A-Z])[A-Z]\.|[^,.;:!?_\"“”]){1,90}?)(?=\s*(?:[,.;:!?\"“”]|$))"
)
# A day (and part of it) alone after a cue, where an inverted speaker would stand ("Ponce, a former classmate at
# Millikan High in Long Beach, said Thursday."): a time.
INVERTED_DAY = re.compile(DAY_AND_PART)
# A clause after an inverted speaker's name, opened by a conjunction and a pronoun ("said Amons as he described").
INVERTED_CLAUSE = re.compile(r"\s(?:as|while|when)\s+(?:he|she|they|we|it|I)\s")
# A pronoun and a verb after a cue: a reported clause ("..., said he believed the president ..."), not an
# inverted speaker ("..., said he in a statement").
INVERTED_PRONOUN_CLAUSE = re.compile(
    r"(?:he|she|they|we|it|I)\s+(?!(?:in|on|at|during|to|via|through|over|after|before|while|when|as|from|with|by|"
    r"and|also|again|later|earlier|then|now|today|yesterday|recently)\b)[a-z]"
)
# The close of a party tag the inverted speaker's phrase stops inside ("Rep. Ann Lee (R-Minn" and ".)").
PARTY_TAG_CLOSE = re.compile(r"\.?\)")
# A name apposed to a described inverted speaker and closing the sentence ("..., said another witness in the
# probe, former White House adviser Fiona Hill."): title words, then a name of at least two capitalised words.
INVERTED_APPOSED_NAME = re.compile(
    r",[ \t]+((?:[\w'’.-]+[ \t]+){0,7}[A-Z][\w'’-]+[ \t]+[A-Z][\w'’-]+)"
    r"(?=[ \t]*[.!?]?[\"”’]?[ \t]*$)"
)
# (the description before such a name: short, opened by a determiner)
APPOSED_DESCRIPTION_WORDS = 8
DESCRIPTION_LEADS = frozenset("a an the another one his her their its".split())
# (words that make the apposition something else: a place or body after a name, "the Rev. X, of Mothers United
# Against Violence", or a clause naming someone else, "the grandmother of one of the victims, identified as ...")
APPOSITION_BARRED = frozenset(
    "of from with in at for on by who whose which that as it identified named known called".split()
)
# The words after which a ", which" clause's noun phrase starts ("extradition to the United States, which says").
WHICH_HEAD_LEADS = frozenset("to with from by against for".split())
# The words that open a member picked out of a list before its relative clause ("pressure from top employers,
# including retail giant Wal-Mart, which complained"): no part of the noun the clause hangs on.
MEMBER_LEADS = ("including ", "such as ", "among them ", "especially ", "notably ")
# Nouns of a response or an appeal whose source "from" names ("condemnation from Democrats, who called it ...", "a
# similar call from Sen. Amy Klobuchar, who tweeted ..."): the source is the noun a "who" clause after it hangs on.
RESPONSE_NOUNS = frozenset(
    "condemnation criticism call calls pressure backlash praise support objections opposition complaints "
    "protests response reaction pushback warnings demands appeals".split()
)
# "according to reports from the scene": no identifiable source
UNSOURCED = re.compile(
    r"(?i:(?:some|several|many|other|unconfirmed|initial|early|local)\s+)*"
    r"(?:(?i:reports?|rumou?rs?|estimates?|accounts?)\b(?!\s+(?:by|from|in|of|on)\s+(?:the\s+)?[A-Z])"
    # ("according to information available now": information naming no one, with no name, agent, pronoun or
    # participle after it; "according to information filed" is a charging document)
    r"|[Ii]nformation\b(?![^A-Z]*[A-Z])(?!.*\b(?:by|from|he|she|they|we|it|[a-z]+ed)\b))"
)
# "..., with some saying ...", "with one blogger asking, ..."
# (The participle patterns open on their word, which the engine skips straight to, the word start checked by a
# lookbehind after it; NOUN_CUE opens on a lookahead for its first character, so the engine leaves other
# positions at once.)
WITH_PARTICIPLE = re.compile(
    r"with(?<![\w]with)\s+((?:some|many|one|others?|several|most|critics|a|an|the)\b"
    # (or a phrase with an aside between dashes: "with some – including X, a senator from Y – arguing"; a phrase
    # without one holds no dash, which would close an aside the with-phrase is in: "the photo -- a close-up ... with
    # a dark blue background -- saying")
    r"(?:(?:[^,;:_\"“”–—-]|-(?!-)){0,50}?|[^,;:_\"“”–—]{0,30}?\s[–—]\s[^_\"“”–—]{3,120}?\s[–—]))\s+"
    r"(saying|asking|adding|arguing|warning|noting|claiming|insisting|suggesting|writing)\b"
)
AND_PARTICIPLE = re.compile(
    r"and(?<![\w]and)\s+((?:some|many|one|others?|several|most|critics|a|an|the)\b[^,;:_\"“”]{0,50}?)\s+"
    r"(saying|asking|adding|arguing|warning|noting|claiming|insisting|suggesting)\b"
)
# The participles WITH_PARTICIPLE ends on: a unit without any of them is not searched.
WITH_PARTICIPLE_WORDS = (
    "saying",
    "asking",
    "adding",
    "arguing",
    "warning",
    "noting",
    "claiming",
    "insisting",
    "suggesting",
    "writing",
)
QUANTIFIERS = frozenset({"some", "many", "others", "several", "most", "other"})
# "The suspect, only described as a black male, fled", "They're described as two men and a woman": the speaker phrase
# is what is described, a passive participle after it (not "what police described as", whose police describe).
DESCRIBED_PASSIVE = re.compile(
    r",\s*(?:(?:only|also|later|initially)\s+)?described\s+$|(?:['’]re|\s+(?:is|was|are|were|(?:has|have|had)\s+been))\s+"
    r"(?:(?:only|also)\s+)?described\s+$"
)
# The same participle right after a phrase that opens its sentence ("A vehicle described as a silver SUV drove past"),
# where an active "described" would need its object ("Police described the scene as").
DESCRIBED_RIGHT_AFTER = re.compile(r"\s+described\s+$")
# "We're told the boy shot himself", "we were told": the newsroom told by no one named, an agentless passive.
WE_ARE_TOLD = re.compile(r"(?:['’]re|\s+(?:are|were))\s+told\b")
# The last words of a law's name: a statute or a constitution quoted ("State law says", "The 14th Amendment
# states") is the text of the law, not a source (case-sensitive: "Bridget Law" is a person).
STATUTE_HEADS = frozenset("law laws statute statutes Constitution constitution Amendment".split())
# The terms of an agreement or a bill ("according to the terms of the bill", "the provisions of the deal say"):
# what a text provides, not a source.
TERMS_OF = re.compile(r"(?:[Tt]he\s+)?(?:terms|provisions)\s+of\s")
# A time phrase after a speaker's name ("Comey at the time said"): when the person spoke, no part of the name
# (after a capitalised word only: "the father of another teen present at the time" keeps its description).
SPEAKER_TIME_TAIL = re.compile(r",?\s+at\s+(?:the|that)\s+time$")
# A person's account ("Trump's account tweeted", "according to Smith's account"): its owner speaks.
OWNED_ACCOUNT = re.compile(r"([A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})['’]s\s+(?:(?:official|personal|Twitter)\s+)?account")
APPOSITION_AFTER = re.compile(r"\s*,\s*(?:a|an|the)\s+(?:[A-Z][a-z]{0,3}\.(?=\s)|[^,;:_\"“”])+?,")
TO_MEDIUM = re.compile(r"\s+to\s+((?:the\s+)?[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*)*)$")
PARAGRAPH_START = re.compile(r"(?m)^(?=[ \t]*\S)")
# A line break before a line with text, which PARAGRAPH_START matches after it.
TEXT_AFTER_BREAK = re.compile(r"\n(?=[ \t]*\S)")
# A quotation that closes on "?" or "!" and the speaker after it, cut apart by the splitter: the closing marks,
# the most words of a speaker joined back to it ("Justice Ruth Bader Ginsburg asked"), and their characters.
QUESTION_CLOSERS = "\"'”’"
SPEAKER_AFTER_QUESTION = 5
SPEAKER_WORD = re.compile(r"[A-Za-z][\w.'’-]*")
# A part of the day after a day's name or a time ("Friday morning", "Tuesday night"), in the time phrases below.
PART_OF_DAY = r"(?:\s+(?:morning|afternoon|evening|night))?"
# (what may follow that cue: a stop or a comma, after whom it was asked, when or where: "asked them,", "said
# Monday.", "tweeted early Tuesday.", "wrote on Twitter."; not a colon, which opens a quotation of its own: '"...
# until when?" Then an announcer concludes: "..."')
AFTER_QUESTION_CUE = re.compile(
    r"(?:\s+(?:them|him|her|me|us|reporters|again|aloud|later|then|today|yesterday"
    r"|(?:(?:on|early|late)\s+)?[A-Z][a-z]+day"
    + PART_OF_DAY
    + r"|(?:on|in)\s+(?:an?\s+)?(?:Twitter|Facebook|Telegram|tweet|post|statement|interview)))*\s*"
    r"(?:[.,;!?]|$)"
)
# (the quotation opens its sentence: '... screamed, "He is gone!" Lewis said.' is a quotation already introduced)
QUESTION_OPENERS = "\"'“‘"
# A sentence end with no space after it: a lowercase word, a stop, then a capitalised word or a quotation.
# A stop followed by more text inside a paragraph: only then is there a sentence boundary to find.
# (opening on one set of characters, which the engine skips ahead to; a line break needs nothing after it)
INNER_STOP = re.compile(r"[.!?\n](?:(?<=\n)|[\"'”’)\]]*\s)")
# A stop glued to the next sentence: the pattern opens on the stop (rare), so the engine skips to the stops, and
# the lowercase letter before it is checked by a lookbehind.
GLUED_STOP = re.compile(r"[.!?](?<=[a-z].)[\"“]?[A-Z]")
# GLUED_STOP split by its stop, for a search over a whole article: a pattern that opens on one character lets
# the engine skip to it far faster than one that opens on a set.
GLUED_AT = tuple((stop, re.compile(re.escape(stop) + r"(?<=[a-z].)[\"“]?[A-Z]")) for stop in ".!?")
# A subordinating word opening the sentence right before the speaker ("As he denied the charges, Mr. Trump ...",
# "After police said the suspect was armed, residents ..."): the statement is that clause, ended by its comma.
FRONTED_CLAUSE = re.compile(r"\s*[\"“]?(?:As|When|While|After|Before|Since|Although|Though|Because|Once|Until)\s+")
FRONTED_REACH = 12  # characters: the longest subordinating word with its spaces and an opening mark
SUBORDINATE_AFTER = re.compile(
    r"\s*,\s*(?:after|before|while|as|because|although|though|despite|amid|following|since|when|without|during|"
    r"adding|saying|citing|but)\b"
)
# "State television quoted the disaster center as saying ...", "He was quoted by Interfax as saying ...", "She was
# quoted in The Hill as saying ..." (the outlet the medium), and the same with "cited" ("RIA cited the ministry as
# saying ..."); a name may be apposed to the speaker's description ("quoted the head of the port authority, Ali
# Khan, as saying")
QUOTED_AS = re.compile(
    r"\b(?:quoted|cited)\s+([^,;:_]{3,90}?(?:,\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){1,3}(?=,))?),?\s+as\s+(saying)\b"
)
# A quotation read as one whose comma was dropped before its speaker has more words than this (a title has this many
# or fewer: "“Jeopardy!” host Alex Trebek").
QUOTED_WORDS_MIN = 4
# At most this many words between a quotation and "quoted Y as saying." for them to be the outlet quoting it.
QUOTED_OUTLET_WORDS = 6
QUOTED_PASSIVE = re.compile(
    r"\b(?:was|were|is|are|has been|have been)\s+(?:quoted|cited)\s+(?:(?:by|in|on)\s+([^,;:_]{2,60}?)\s+)?"
    r"as\s+(saying)\b"
)
DANGLING_END = re.compile(r"\s+(?:in|on|at|of|for|from|by|the|a|an)$")
# Cue forms that are also plural nouns ("her discrimination claims were ...")
CONTRACTED_PRONOUN = re.compile(r"((?i:they|we|he|she|it|i))(?:'|’)(?:ve|d|ll|s|re)$")
# A broadcast's kind before "show": "on Sean Hannity's radio show", "the most-watched TV shows" (a programme,
# not a document showing something).
BROADCAST_SHOW = re.compile(r"(?:radio|TV|television|talk|game|reality|cooking)\s+$", re.IGNORECASE)
# A passive that raises its subject: "Blackmore, alleged to have 19 wives", "He's reported to be armed" (what
# others allege of him, with no agent: no statement).
RAISED_PASSIVE = re.compile(r"\s+to\s+(?:have|be)\b")
RAISING_CUES = frozenset({"alleged", "reported"})
# A gerund right after a verb ("continued shooting", "continued searching the area"): the act that goes on.
GERUND_AFTER = re.compile(r"\s+([a-z]{2,}ing)\b")
# What is denied when a thing is withheld rather than a claim rejected: "denied service to a gay couple", "denied
# him bail", "denied entry to the journalists", "denied visas to the delegation".
DENIED_THING = re.compile(
    r"\s+(?:(?:him|her|them|us|me|you)\s+)?(?:an?\s+)?(?:service|access|entry|bail|parole|admission|permission|"
    r"permits?|visas?|coverage|treatment|benefits|care|passage|asylum|tenure|custody|boarding)\b"
)
# A passive that states what is known of its subject: "Five people confirmed dead", "two hikers reported missing",
# "a man declared dead at the scene" (a person's state, with no agent and no statement).
STATE_PASSIVE_CUES = frozenset({"confirmed", "reported", "declared"})
# (not an active verb with its object after the state: "Officials confirmed dead a man found in the river")
STATE_AFTER = re.compile(r"\s+(?:dead|killed|injured|wounded|hurt|missing|alive|safe|deceased)\b(?!\s+(?:a|an|the|\d+)\b)")
NOUN_LIKE = frozenset(
    {
        "claims",
        "reports",
        "notes",
        "states",
        "calls",
        "shows",
        "finds",
        "demands",
        "promises",
        "tweets",
        "vows",
        "pledges",
        "warns",
        "denies",
        "estimates",
    }
)
# (a pronoun and a contracted auxiliary too: "claiming he's never seen an episode")
PARTICIPLE_CLAUSE = re.compile(
    r"\s*(?:that\b|[:,]?\s*[\"“«„'‘`]|(?:he|she|they|we|it|i|there)(?:\s+[a-z]|['’](?:s|d|ll|re|ve|m)\b))"
)
# A short noun phrase and an auxiliary after a participle that closes its clause after a comma ("..., saying the man
# was armed", "..., saying Ann Lee had fled"): a reported clause too, when the sentence opens on a plain subject.
PARTICIPLE_NP_CLAUSE = re.compile(
    r"\s*(?:(?:the|a|an|his|her|their|its|this|these|those|no|all|some|many|most)\s+[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*){0,2}"
    r"|[A-Z][a-z][\w'’-]*(?:\s+[A-Z][a-z][\w'’-]*)?)"
    r"\s+(?:was|were|is|are|had|has|have|would|will|could|should|can|did|does|must|may|might)\s"
)
# (what a sentence's first words end with when they are no subject: a caption's label, a dateline, a possessive,
# a relative pronoun or a conjunction the phrase stopped at)
NOT_LEAD_SUBJECT = re.compile(r"(?:[’']s|\bwho|\band|\bor)$")
# (a clause of its own between that subject and the participle, whose subject the participle may be: "Police spent
# hours there after the parents flagged them down, saying ...", "A warrant showed the call came in, saying ...")
NESTED_CLAUSE = re.compile(
    r"\b(?:after|before|when|while|because|since|until|unless|once|where|who|whom|which|that|if|as|showed|shows|said|says)\b"
)
# A release that names no issuer ("According to a news release, Chief X said ..."): the medium of the speaker inside.
UNNAMED_RELEASE = re.compile(r"(?:an?|the)\s+(?:(?:new|latest)\s+)?(?:news|press|police)\s+release")
NOUN_USE = re.compile(r"\s+(?:were|was|is|are|have|had|has|will|would|could|should|can|did|do|does)\b")
# Before a cue-like noun, a place phrase it ends ("running an ad in primary states featuring ...", "across swing
# states"): the noun of the phrase, not a verb (lowercase words only, no determiner: not "in Washington states").
NOUN_IN_PLACE_PHRASE = re.compile(
    r"\s(?:in|across|throughout)\s+(?:(?!(?:the|a|an|his|her|their|its|our|my)\s)[a-z][\w-]*\s+){1,2}$"
)
# "Romney released a statement saying ...": the medium named by the verb before the participle
ISSUED_MEDIUM = re.compile(
    r"\b(?:issued|released|posted|put out|sent|published|tweeted)\s+((?:a|an)\s+(?:[\w'’-]+\s+)?"
    r"(?:statement|letter|e-mail|email|message|tweet|video|post|release|report))\b"
)
# (with an adverb or an auxiliary between: "who once wrote", "who had told", "which first reported")
# (or a time: "who last year claimed", "who earlier this month said", "who in 2016 wrote")
RELATIVE_BEFORE = re.compile(
    r"\b(?:who|which|that)\s+(?:(?:once|also|later|first|had|has|have|[a-z]+ly|in\s+\d{4}|"
    r"(?:last|earlier\s+this|this)\s+(?:year|week|month|spring|summer|fall|winter))\s+)?$"
)
RELATIVE_BEFORE_WINDOW = 32  # characters: "who earlier this summer " and the cue's space
# Acts whose object is the news itself (the attribution notes count "first reported by the Kansas City Star"): a
# passive with a named agent, "was first reported by The Star", "were announced by Deputy Attorney General X" (the
# subject of a "that" clause is the content), "His death was confirmed by the FBI", and "was the first to report ...".
NEWS_ACT_VERBS = ("reported", "revealed", "disclosed", "announced", "confirmed")
REPORTED_BY = re.compile(
    r"(?:\s(?:was|were|is|are|has\s+been|had\s+been)\s+(?:also\s+)?(?:first\s+|originally\s+|initially\s+|earlier\s+)?"
    # (or set off after its subject, when it says who was first: "The resolution, first reported by the Star, was")
    r"|,\s+(?:first|originally|initially)\s+)"
    r"(" + "|".join(NEWS_ACT_VERBS) + r")\s+(?:first\s+)?by\s+((?:the\s+)?[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*)*)"
)
# A judgement in the passive with its agent named, which the guidelines count ("passives with a named agent"): "The
# plan was criticized by Democrats as reckless", "The bill has been criticized by civil libertarians and Republicans
# over First Amendment concerns"; the agent runs up to the word that opens the grounds or the clause's end.
JUDGED_ACT_VERBS = ("criticized", "criticised", "condemned", "denounced", "slammed", "praised", "hailed", "heralded")
JUDGED_BY = re.compile(
    r"\s(?:was|were|is|are|has\s+been|have\s+been|had\s+been)\s+(?:also\s+|widely\s+|roundly\s+|sharply\s+)?"
    r"(" + "|".join(JUDGED_ACT_VERBS) + r")\s+by\s+"
    r"((?:[\w.&'’-]+\s+){0,5}?[\w.&'’-]*\w)"
    r"(?=\s+(?:as|for|over|in|on|at|after|because|who|which|that|during|when|while|but)\b|\s*[,.;:]|\s*$)"
)
NO_NEWS = re.compile(r"(?:No|Nothing|None)\b")  # ("No further details were reported by authorities")
# a chamber that confirms a nominee, not a fact ("was confirmed by the Senate")
CONFIRMING_CHAMBER = re.compile(r"(?:Senate|Congress|Parliament|Assembly|[Cc]ommittee)$")
# A naming with its object, which the attribution notes count as a characterisation ("what proponents call the
# religious freedom bill", "over what they called hateful and violent speech"): the speaker, the verb, and the
# name given, up to the clause's end.
NEW_CLAUSE_AFTER_NAME = re.compile(r"[,;:()—–]|\s(?:and|but|while|because|after|before|as|that|which|who)\s")
WHAT_CALLED = re.compile(
    r"(?<![\w'’-])what\s+((?:the\s+)?[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*)?|[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})\s+"
    r"(call|calls|called|described\s+as|describe\s+as|describes\s+as|termed|dubbed)\s+(?=[\w\"“])"
)
FIRST_TO_REPORT = re.compile(
    r"\s(?:was|were|is|are)\s+(?:the\s+)?first\s+(?:outlet\s+|newspaper\s+|news\s+outlet\s+)?to\s+"
    r"(report|reveal|disclose)\b"
)
# "called" or "described" with its object and a quoted characterisation: "called the cuts “savage attacks ...”",
# "described his ``outstanding loyalty''", "called the Republican abortion position the “Akin plank”" (a name given).
CALLED_QUOTED = re.compile(
    # (not a telephone call: "called the police “right away”")
    # (or a pronoun for the object: "Chelsea Clinton called it "vile and wrong"")
    # (the object's words may hold a place set off by commas: "called the massacre in Orlando, Fla., an “act of
    # terror”")
    r"\s+(?:(?:the|a|an|his|her|their|its|this|that|these|those)\s+(?!police\b|911\b)(?:[A-Za-z][\w'’.-]*,?\s+){0,8}"
    r"|(?:it|them|him|her|this|that)\s+)"
    r"(?:(?:the|a|an)\s+)?(?:[\"“]|``)[A-Za-z]"
)
# Cues whose "about" names the topic of what was said, not its content, unless a clause or a colon follows the
# topic ("said about the plan that it would fail", "what PFF said about his performance:").
TOPIC_LEMMAS = frozenset({"say", "tell"})
# (a topic opens on a determiner, a pronoun or a gerund: "about 100 people were inside" is a number)
TOPIC_ABOUT = re.compile(
    r" about (?:the|his|her|their|its|my|our|your|this|these|those|them|him|it|me|us|what|how|[a-z]{3,}ing)\b"
)
TOPIC_CLAUSE = re.compile(r" about [^,.;:!?\"“”]{1,60}?(?: that\b|\s*:)")
# "accused of" a crime, or "accused in" a case ("a teen accused in the shooting death of ...")
ACCUSED_OF = re.compile(
    r"\s+(?:of\b|in\s+(?:the|a|an|last\s+\w+['’]s)\s+(?:[\w'’-]+\s+){0,3}?(?:deaths?|killings?|shootings?|murders?|"
    r"slayings?|cases?|attacks?|stabbings?|robbery|robberies|crash|rape|assaults?|bombings?)\b)"
)
# A request about how one is named ("who asked that his name not be used", "asked that only her first name be
# used"): the condition of an interview, no statement.
NAME_WITHHELD = re.compile(r"\s+that\s+(?:only\s+)?(?:his|her|their|the)\s+(?:(?:full|last|first|real)\s+)?names?\b")
# Present-tense cues that, before a "what", "how" or "why" question, announce a report rather than state a claim.
TEASER_CUES = frozenset({"explains", "reports", "looks", "shows"})
# Verbs of blame or praise that need a reason ("blamed X for", "slammed X as", "hailed X as"), and that reason (or
# "by" and an agent: "an election hailed by the government as ...") right after the verb, which makes it a participle
# or a passive whose subject is no speaker.
JUDGING_LEMMAS = frozenset("blame fault slam blast attack criticize hail".split())
JUDGED_FOR = re.compile(r"\s+(?:for|as|on|by)\b")
# A statement named by a noun: "Trump's statement that ...", "his claim that ...", "the ministry's denial that"
NOUN_CUE = re.compile(
    r"(?=[A-Zofhti])(?<![\w'’-])(?P<owner>(?:(?:[A-Z][\w.&-]*|of|for)\s+){0,4}[A-Z][\w.&-]*(?=['’]s\s)|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)"
    r"(?:['’]s)?\s+(?:[a-z]+\s+)?"
    r"(?P<noun>statements?|claims?|assertions?|announcement|warnings?|insistence|allegations?|arguments?|"
    r"contention|suggestion|admission|denial|promise|pledge|vow|remarks?|comments?)\s+that\s+"
)
NOUN_CUE_WORDS = frozenset(
    """statement statements claim claims assertion assertions announcement warning warnings insistence
    allegation allegations argument arguments contention suggestion admission denial promise pledge vow remark
    remarks comment comments""".split()
)
NOUN_CUE_LONGEST = 14
NOUN_CLAUSE_END = re.compile(r"[,;:(—–]|\s(?:but|and then|while|whereas)\s")
# "his remarks that was circulated", "the statement that claimed ...": "that" opening a relative clause
RELATIVE_THAT = re.compile(
    r"(?:was|were|is|are|has|have|had|will|would|could|can|did|does|do|may|might|should|[a-z]+ed)\b"
)
POSSESSIVE_PRONOUN = {"his": "he", "her": "she", "their": "they", "its": "it"}
TO_AFTER = re.compile(r"\s+(?:not\s+)?to\b")
# An aside set off by a pair of dashes at the end of the text before a cue ("officials – including the governor –
# have confirmed", "Police — who arrived within minutes — said"); DASHES are what such text ends with, and the reach
# is the longest aside read, a clause of about twenty words.
DASH_ASIDE_END = re.compile(r"\s+(?:[–—]|--)\s[^–—]{1,140}?\s(?:[–—]|--)$")
DASHES = ("–", "—", "--")
DASH_ASIDE_REACH = 150
_AND_OR_BUT = r"(?:\s+and|,?\s+but)"  # (the conjunction of a second verb)
COORDINATED_END = re.compile(_AND_OR_BUT + r"\s*$")
# The same "and" or "but" followed by the time of the second verb ("and on Thursday", "but on Friday afternoon",
# "and last week"); group 1 ends on the conjunction. TIME_END_WORDS are the words it can end on; the reach is the
# longest such time phrase, "and on Wednesday afternoon", with room to spare.
COORDINATED_TIME_END = re.compile(
    rf"({_AND_OR_BUT})\s+(?:(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
    r"(?:\s+(?:morning|afternoon|evening|night))?|(?:last|this)\s+(?:week|month|year)|today|yesterday|tonight)\s*$"
)
TIME_END_WORDS = (
    "day", "morning", "afternoon", "evening", "night", "week", "month", "year", "today", "yesterday", "tonight"
)
COORDINATED_TIME_REACH = 40
AND_VERB = re.compile(r"\s+and\s+$")
# "He said it is under investigation, and went on to say, ...": a second statement of the same speaker
WENT_ON = re.compile(r",?\s+and\s+(?:went|goes|go|going)\s+on\s+to\s+$")
WENT_ON_TAIL = re.compile(r"\s+(?:went|goes|go|going)\s+on\s+to$")
WENT_ON_WINDOW = 25
NEW_CLAUSE = re.compile(r"[,;]\s*(?:while|whereas|but|though|although)\s+(?=[^,;]{0,60}$)")
PARTICIPLE_LEAD = re.compile(r"(?:[,;]|\band)\s*$")
QUOTE_BARRED = frozenset({"call", "attribute", "show", "find", "indicate", "charge", "rule", "recommend"})
# Verbs that reject a claim ("dismissed concerns that ...", "disputed claims that ..."): cues only right before the
# claim (`cue_verbs.csv`), otherwise no verbs of speech at all ("challenged the rule in court", "settling
# disputes"), and never before a quotation.
REJECTION_LEMMAS = frozenset("dismiss reject dispute challenge downplay".split())
# Verbs that are cues only right before the words they need, as those of rejection are: "made it clear that ...",
# "agreed that ...", "expressed concern that ...", "referred to her as “...”" (not "made the call", "made a mistake", "expressed his
# condolences", "referred to prior statements", whose verb would end a statement's clause or a speaker's phrase).
NEEDS_RIGHT_AFTER_LEMMAS = REJECTION_LEMMAS | {"make", "express", "refer", "chime", "agree"}
# The word right before the bare form "ask" when it has its subject there: a noun ("Officials ask that you call
# ...", "Police ask that anyone ..."), not a pronoun ("We ask that you report content", a comment section's rules;
# "They ask that", whose antecedent may be no speaker), a conjunction ("detectives are investigating and ask that",
# whose subject stands further back) or an auxiliary.
ASK_SUBJECT_BEFORE = re.compile(
    r"(?<![\w'’-])(?!(?i:we|they|i|you|and|or|but|to|not|also|will|would|can|could|should|may|might|must|do|did|"
    r"please)\s)[A-Za-z][\w'’-]*\s+$"
)
# The subject before the bare form "claim" (a verb only after a plural subject, "Critics claim the vote was a sham",
# "Police claim", "who claim"; not the noun in "the baggage claim", "the ministry's claim").
CLAIM_SUBJECT_BEFORE = re.compile(
    r"(?<![\w'’-])(?:(?i:they|we|i|you|who|police|people)|[A-Za-z][\w-]*[^s\W]s|[A-Za-z][\w-]*ly"
    # (or any subject's last word, an apposition's comma after it, and an adverb of the verb's: "Trump and his
    # lawyer, John Dowd, now claim")
    r"|[A-Za-z][\w'’-]*,?\s+(?:now|also|still|both|all|even|again|further))\s+$"
)
# The bare forms a cue only after the subject its pattern finds right before it, and how far back the subject's word
# is looked for (40 characters before the form).
SUBJECT_BEFORE_FORMS = {"ask": ASK_SUBJECT_BEFORE, "claim": CLAIM_SUBJECT_BEFORE}
SUBJECT_BEFORE_REACH = 40
# "insisted on anonymity", "insisted on not being named": a condition of the source's, no statement (a noun after
# "on" may be where a statement was made: "The talks failed, he insisted on national television").
# "said nothing", "said nothing new as he passed": an act without content, when no clause follows "nothing"
SAID_NOTHING = re.compile(
    r"\s+nothing(?:\s+(?:new|more|else|further))?"
    r"(?=\s*[,.;]|\s+(?:after|before|when|while|as|about|during|until)\b)"
)
# What follows "argued" when it is a quarrel, not a case made: a partner, a topic, a place or time, or nothing more
# ("The two men argued over money", "The couple argued outside the bar", "They argued, and he shot her"), unless a
# reported clause comes later in the sentence ("argued before the court that ...").
ARGUED_QUARREL = re.compile(
    r"\s*(?:,?\s*and\b|,?\s*then\b|with\b|over\b|about\b|outside\b|inside\b|before\b|after\b|during\b|until\b|"
    r"at\b|in\s+(?:a|the|an)\b|on\s+(?:a|the)\b|for\s+(?:hours|minutes|days|weeks|months|years|several|some|a\s+(?:while|few|long|bit|moment))|[.;]|$)"
)
ARGUED_CLAUSE_LATER = re.compile(r"\bthat\b|[:\"“]|\bto\s+[a-z]+\s+(?:a|an|the|his|her|their)\b")
# (how far into the sentence that clause is looked for: "argued during a detention hearing Wednesday before U.S.
# Magistrate Judge Jeffrey Cole that he should remain locked up")
ARGUED_LOOKAHEAD = 250
# A sentence's full stop after a lowercase word, not an abbreviation's ("U.S.", "Jr.").
WORD_STOP = re.compile(r"(?<=[a-z]{2})[.!?]\s")
# A participle's phrase set off by commas after a sentence's subject, up to the cue ("The report, released Monday,",
# "The lawsuit, which was filed Friday,"), or a person's relative clause ("A resident, who asked that her name be
# withheld,").
SUBJECT_PARTICIPLE = re.compile(
    r",\s+(?:(?:(?:which|that|who)\s+(?:was|were|is|are|had\s+been|has\s+been)\s+)?[a-z]+(?:ed|en)\b|who\s)"
    r"[^,;:.!?\"“”]*,"
)
# A participle after a document's head, whose time the speaker's phrase has already lost ("A study published
# Tuesday found", "A report released Monday said"): the document is the speaker.
POLL_WORDS = frozenset({"poll", "polls", "survey", "surveys"})
DOCUMENT_PARTICIPLES = (" published", " released", " issued", " filed", " obtained", " unsealed", " posted")
INSISTED_ON = re.compile(r"\s*on\s+(?:(?:the\s+)?(?:condition\s+of\s+)?anonymity|not\s+being\s+(?:named|identified))\b")
PARTICIPLES = frozenset(
    {
        "adding",
        "saying",
        "telling",
        "asking",
        "declaring",
        "noting",
        "insisting",
        "maintaining",
        "arguing",
        "claiming",
        "explaining",
        "stating",
        "writing",
        "tweeting",
        "calling",
        "accusing",
        "warning",
        "suggesting",
        "demanding",
        "asserting",
        "stressing",
        "contending",
        "predicting",
        "vowing",
    }
)
# The participles whose needs name a complement of their own ("calling for", "accusing ... of"), not a clause: with
# it a participle states a claim, and right after a noun it qualifies the noun.
COMPLEMENT_PARTICIPLES = frozenset(form for form in PARTICIPLES if CUE_VERBS[form].needs not in ("", "that"))
# A time phrase between a "who" clause's noun and "who": "Russians in June 2016 who said", "neighbors on Monday".
RELATIVE_HEAD_TIME = re.compile(
    r"\s+(?:in|on|during|last|this|early|late|earlier)\s+(?:(?:early|late|mid-?)\s*)?"
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|"
    r"Wednesday|Thursday|Friday|Saturday|Sunday|\d{4}|week|month|year|weekend|night|morning)"
    r"(?:\s+\d{1,2})?(?:,?\s+\d{4})?$"
)
# Irregular past verbs that end a main clause before the object a "who" clause hangs on ("met with Russians who").
PAST_VERBS = frozenset("met spoke talked told saw found heard took gave got made brought sent caught quoted".split())
# Words right before a cue that make it no attribution: negation, infinitive, agentless passive.
BLOCKED_BEFORE = re.compile(
    r"(?=[ntwiabdchom])(?<![-‐])(?:\bnot|n['’]t|\bnever|\bto|\bwas|\bwere|\bis|\bare|\bbeen|\bbe|\bbeing|\bwould not|\bdid not|\bcannot|"
    r"\ba|\ban|\bthe|\bthis|\bthat|\bhis|\bher|\btheir|\bits|\bour|\bmy)"
    r"(?:\s+(?:also|immediately|publicly|yet|specifically))?\s+$",
    re.IGNORECASE,
)
# "all but" and maybe an adverb right before a cue: "has all but formally announced his bid" (how many characters
# that takes, "all but officially " being 19).
ALL_BUT_BEFORE = re.compile(r"\ball\s+but\s+(?:[a-z]+ly\s+)?$")
ALL_BUT_REACH = 24
# Last words BLOCKED_BEFORE can end on (lowercased): only then is the pattern searched.
BLOCKED_LAST = (
    "not n't n’t never to was were is are been be being a an the this that his her their its our my also "
    "immediately publicly yet specifically"
).split()
BLOCKED_ENDINGS = tuple(BLOCKED_LAST)
# The same as whole words ("cannot" too), for a last word made of ASCII letters only: BLOCKED_BEFORE can end
# on nothing else there.
BLOCKED_WORDS = frozenset([*BLOCKED_LAST, "cannot"])
# The adverbs BLOCKED_BEFORE allows after those words: ending on one of them takes the whole pattern.
DETERMINER_WORDS = frozenset("the a an this that these those his her their its our my".split())
BLOCKED_ADVERBS = frozenset("also immediately publicly yet specifically".split())


# A second source of the same statement, elliptic: "..., as did the ministry", "..., as has the White House when
# pressed", "..., and so did the union" (a noun phrase up to a comma, a stop or a subordinate clause); "as was"
# and "as is" compare states, not statements. Then, opening the next sentence: "So did the FBI.", "The army also
# denied it." (the same cue, "it" or "so" the statement).
SHARED_NP = (
    r"((?:[Tt]he\s+|[Aa]n?\s+)?[A-Z0-9a-z][\w.'’&-]*(?:\s+(?!(?:when|while|after|before|during|who|which|in|on|at|"
    r"and|but)\b)[\w.'’&-]+){0,7}?)"
)
SHARED_AS = re.compile(
    r",\s+(?:and\s+)?(?:as|so)\s+(?:did|has|have|had|does|do)\s+" + SHARED_NP
    + r"(?=\s*[,.;!?]|\s+(?:when|while|after|before|during|who|which|in|on|at)\b)"
)
SHARED_SO = re.compile(r"\s*[Ss]o\s+(?:did|has|have|had|does|do)\s+" + SHARED_NP + r"\s*[.;!]")
SHARED_ALSO = re.compile(
    r"\s*" + SHARED_NP + r"\s+(?:also\s+|too\s+)?(?:has\s+|have\s+|had\s+)?([a-z]+)\s+(?:it|so|this)"
    r"(?:,?\s+(?:too|as\s+well))?\s*[.;!]"
)
SENTENCE_STOP = re.compile(r"[.!?;\n](?:(?<=\n)|(?=\s|$))")  # (opening on one set, which the engine skips to)
SHARED_REACH = 300
SHARED_NEXT = 120
SHARED_ALSO_ENDS = (" it", " so", " this", " too", " well")


# What may stand between a cue and the colon that opens its quotation in the next paragraph: a medium, an
# addressee or a time ("said in an email:", "responded to the allegations in a statement on Friday afternoon:").
COLON_ADJUNCT = re.compile(
    r"(?:(?:in|on|at|to|via|during|after|before|through|from|with)\s+[^,.;:!?\"“”]{1,70}?|"
    r"(?:[A-Z][a-z]+day|today|yesterday|tonight)"
    + PART_OF_DAY
    + r")\s*:"
)
# A line that introduces the quotations after it by their source: "Statement from Rock Hill Schools:", "Quotes
# from Sheriff Walton:".
STATEMENT_HEADER = re.compile(
    r"(?:(?:The|Her|His|Their|Its)\s+)?(?:[Ff]ull\s+|[Cc]omplete\s+)?(Statement|Quotes|Comments|Remarks)\s+from\s+"
    r"((?:the\s+)?[A-Z][^:;.!?\"“”]{1,80}?):$"
)
# What may stand between the issuer of a statement and its verb: an auxiliary or an adverb ("has also released").
STATEMENT_GAP = re.compile(r"(?:\s+(?:has|have|had|also|later|then|just|now|since|previously|again|[a-z]+ly))*\s*")
# A statement put out and introduced by a colon, its text the next paragraph: "The family released the
# following statement:", "Police issued this statement Tuesday:", "The mayor later issued a statement:".
STATEMENT_INTRO = re.compile(
    r"\s((?:released|issued|sent|posted|put out|offered|shared))\s+(?:[A-Z][\w.&'’-]*\s+)?(?:the\s+following|this|"
    r"these|a|an|another)\s+(?:[a-z]+\s+){0,2}(?:statement|statements|message|email|e-mail|post|letter|update)\b"
    r"[^.;!?\"“”]{0,120}?:$"
)


def _blocked_before(masked: str, s: int, cue_at: int) -> bool:
    """BLOCKED_BEFORE right before a cue, tested first by a cheap look at the last word."""
    lo = max(s, cue_at - 20)
    window = masked[lo:cue_at]
    stem = window.rstrip()
    if not stem or len(stem) == len(window):
        return False
    last = stem.rsplit(None, 1)[-1]
    if last.isascii() and last.isalpha():
        low = last.lower()
        if low not in BLOCKED_WORDS:
            return False
        if low != "to" or not WENT_ON_TAIL.search(masked, max(s, cue_at - WENT_ON_WINDOW), lo + len(stem)):
            if low not in BLOCKED_ADVERBS and len(stem) > len(last):
                # the word itself after a space, then only spaces up to the cue: the pattern's match
                return True
            return BLOCKED_BEFORE.search(masked, lo, cue_at) is not None
        return False
    if not stem.lower().endswith(BLOCKED_ENDINGS):
        return False
    if WENT_ON_TAIL.search(masked, max(s, cue_at - WENT_ON_WINDOW), lo + len(stem)):
        return False
    return BLOCKED_BEFORE.search(masked, lo, cue_at) is not None


# Prepositions whose object a cue that can be a noun ends: "referred to past reports that", "talked about claims".
OBJECT_PREPOSITIONS = frozenset("to about".split())


def _object_of_past_verb(masked: str, s: int, cue_at: int) -> bool:
    """Whether the word before a cue is a lowercase past verb of a subject, so that a cue that can be a noun
    ("reports", "claims") is its object: "rejected reports that"; not a participle used as a noun after a
    determiner ("The accused claims that"). A preposition after a lowercase word, right before the cue or one
    lowercase word before it, makes the cue its object too: "He also referred to past reports that", "responded
    to claims that" (a verb never follows "to" with an -s ending; not "An adviser to Smith claims")."""
    words = masked[max(s, cue_at - 40) : cue_at].split()
    if not words:
        return False
    last = words[-1]
    for back in (1, 2):
        if len(words) > back and words[-back] in OBJECT_PREPOSITIONS:
            between = words[len(words) - back + 1 :]
            verb = words[-back - 1]
            if (
                verb.isalpha()
                and verb.islower()
                and all(w.isalpha() and w.islower() and w not in DETERMINER_WORDS for w in between)
            ):
                return True
    if not (len(last) > 4 and last.endswith("ed") and last.isalpha() and last.islower()):
        return False
    return len(words) < 2 or words[-2].lower() not in DETERMINER_WORDS


# Prepositions that make a cue-like noun after them their object, right before it or with one participle or "new"
# between: "Amid calls for him to drop out, Moore added", "Despite calls for calm", "Following reports that",
# "Amid growing calls for an inquiry" (no verb ever follows them).
NOUN_PREPOSITIONS = frozenset("amid amidst despite following".split())
NOUN_PREPOSITION_FILLERS = frozenset("new recent repeated renewed fresh".split())


def _after_noun_preposition(masked: str, s: int, cue_at: int) -> bool:
    """Whether a cue that can be a noun comes right after a NOUN_PREPOSITIONS word, or after one with a participle
    or a NOUN_PREPOSITION_FILLERS word between ("Amid growing calls"): the object of the preposition."""
    words = masked[max(s, cue_at - 30) : cue_at].split()
    if words and words[-1].lower() in NOUN_PREPOSITIONS:
        return True
    if len(words) < 2 or words[-2].lower() not in NOUN_PREPOSITIONS:
        return False
    filler = words[-1]
    return filler.isalpha() and filler.islower() and (filler.endswith(("ing", "ed")) or filler in NOUN_PREPOSITION_FILLERS)


# Possessive pronouns that, after a verb, open the object a cue-like noun heads ("repeated his false claims").
OBJECT_POSSESSIVES = frozenset("his her their its my our your".split())
# Words before a possessive that leave it in the subject ("and his sister claims", "a friend of her family says").
SUBJECT_LINKS = frozenset("of and or but nor with for to then by from in on at as".split())


def _possessive_object(masked: str, s: int, cue_at: int) -> bool:
    """Whether a cue that can be a noun ("claims", "reports") ends an object opened by a possessive pronoun after
    a lowercase word, with up to two words between: "Mr. Trump repeated his false claims that" (a noun, not the
    verb of "Mr. Trump repeated his false"); not "His sister claims", "and his younger sister claims"."""
    words = masked[max(s, cue_at - 60) : cue_at].split()
    for back in (2, 3, 4):
        if len(words) > back and words[-back].lower() in OBJECT_POSSESSIVES:
            before = words[-back - 1]
            return before.isalpha() and before.islower() and before not in SUBJECT_LINKS
    return False


def _document_that(masked: str, s: int, cue_at: int) -> bool:
    """Whether a cue follows "that" after a document noun ("two earlier legal opinions that said", "a report
    that says"): a relative clause of the document, which BLOCKED_BEFORE's "that" would block."""
    stem = masked[max(s, cue_at - 40) : cue_at].rstrip()
    if not stem.endswith(" that"):
        return False
    # (a time may stand between the document and "that": "released a 225-page report on Tuesday that called for")
    words = _drop_trailing_time(stem[:-5].strip()).split()
    return bool(words) and words[-1].lower() in DOCUMENT_HEADS


# Subject-ending auxiliaries and adverbs between the speaker and the cue ("police have also said").
AUX_TAIL = re.compile(
    r"(?:\s+(?:has|have|had|also|later|previously|earlier|again|repeatedly|publicly|privately|separately|"
    r"recently|then|now|once|long|at\s+first|first|further|subsequently|initially|originally|just|still|nevertheless|nonetheless|"
    r"however|meanwhile|instead|(?!(?:family|assembly|rally|ally|supply|july|italy|daily|weekly|monthly|bully)\b)[a-z]\w*ly|(?:is|was|are|were|can be)\s+"
    r"(?:shown|seen|heard|quoted as))\b)+\s*$"
)
# The words AUX_TAIL can end on ("quoted as" ends on "as"); a word ending in "ly" is tested by its ending.
AUX_LAST = frozenset(
    "has have had also later previously earlier again repeatedly publicly privately separately recently then now "
    "once long first further subsequently initially originally just still nevertheless nonetheless however meanwhile "
    "instead shown seen heard as".split()
)
MEDIUM_NOUNS = (
    r"(?:statement|press release|news release|release|interview|news conference|press conference|conference|"
    r"briefing|television|TV|radio|broadcast|Twitter|X|Facebook|Instagram|Telegram|YouTube|TikTok|social media|"
    r"tweet|post|posting|letter|video|speech|report|filing|court filing|email|e-mail|blog|blog post|message|"
    r"text message|address|appearance|op-ed|column|podcast|website|hearing|rally|remarks|comments|"
    r"announcement|memo|note|editorial|documentary|program|programme|show|channel|advertisement|ad|readout)"
)
# A determiner before the words of a medium, if any ("in a statement", "on its website", "in their letter").
MEDIUM_DETERMINER = r"(?:(?:a|an|the|his|her|their|its|our)\s+)?"
# (opening on the prepositions' initials, a set the engine skips ahead to; the word start and the rest of the
# preposition are read after it, in the order of "in|on|at|during|via|through|over|to")
MEDIUM = re.compile(
    r"[ioadvt](?<![\w].)(?:(?<=i)n|(?<=o)n|(?<=a)t|(?<=d)uring|(?<=v)ia|(?<=t)hrough|(?<=o)ver|(?<=t)o)\s+"
    r"("
    + MEDIUM_DETERMINER
    + r"(?:[\w'’-]+\s+){0,3}?"
    + MEDIUM_NOUNS
    + r"s?"
    r"(?:\s+(?:with|to|on)\s+(?:the\s+)?[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*)*)?)(?![\w])"
)
TIME_WORDS = (
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today|tonight|weekend|"
    r"(?:last|this|next|earlier this|later this)\s+(?:week|month|year|weekend|morning|afternoon|evening|night)|"
    # (the day before the month too, as British and South African copy writes it: "on 12 October 2011")
    r"(?:\d{1,2}\s+)?(?:January|February|March|April|May|June|July|August|September|October|November|December|"
    r"Jan\.|Feb\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.)(?:\s+\d{1,2})?(?:,?\s+\d{4})?)"
)
# A time phrase alone between "who" and its cue ("who a week ago asserted", "who last month said").
RELATIVE_TIME = re.compile(
    r"(?:(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|a\s+few|\d+)\s+"
    r"(?:days?|weeks?|months?|years?|decades?)\s+ago|(?:(?:on|late|early|earlier|later)\s+)?" + TIME_WORDS + r")"
)
# The last words of the phrases RELATIVE_TIME matches (besides a date's digits), for a cheap test before it.
RELATIVE_TIME_ENDS = frozenset(
    """ago Monday Tuesday Wednesday Thursday Friday Saturday Sunday yesterday today tonight weekend week month
    year morning afternoon evening night January February March April May June July August September October
    November December Jan. Feb. Aug. Sep. Sept. Oct. Nov. Dec.""".split()
)
# The verbs by which a statement is put out, after it in ADJUNCT: "in a report released Friday", "in a video posted on
# Telegram".
PUT_OUT_VERBS = r"(?:released|issued|posted|published|sent|put out)"
# The documents an issuer puts out whose words a participle after them gives (DOCUMENT_PUT_OUT).
PUT_OUT_DOCUMENT_WORDS = (
    "statement", "letter", "report", "resolution", "complaint", "memo", "e-mail", "email", "message", "release", "petition"
)
PUT_OUT_DOCUMENTS = "(?:" + "|".join(PUT_OUT_DOCUMENT_WORDS) + ")"
# A month or day after "in", which ADJUNCT skips after a cue ("said in December that ...", "reported in December.").
IN_TIME = re.compile(r"\s+in\s+" + TIME_WORDS)
ADJUNCT = re.compile(
    r"\s*,?\s*(?:"
    # ("in December", "in January 2014": a month after "in", as after "on")
    r"(?:(?:on|late|early|earlier|later|by|from|late on|early on|on the|in|late in|early in)\s+)*"
    + TIME_WORDS
    # (not a day that owns what follows: "said Wednesday's incident ...", "in Wednesday's press conference")
    + r"(?!(?<=day)['’]s\b)"
    + PART_OF_DAY
    + r"|(?:in|on|at|during|via|through|over)\s+"
    + MEDIUM_DETERMINER
    + r"(?:[\w'’-]+\s+){0,3}?"
    # (not a verb after "to": "called on Smith to release the report")
    r"(?<!\sto\s)"
    + MEDIUM_NOUNS
    # (a compound: "his nightly video address", "the Telegram messaging app")
    + r"s?(?:\s+(?:" + MEDIUM_NOUNS + r"|messaging\s+app|app|account|page|feed))?"
    + r"(?:\s+(?:with|to|on|by)\s+(?:the\s+)?[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*)*"
    # (whom a letter or message went to: "in a letter to parents")
    r"|\s+to\s+(?:(?:its|his|her|their|the)\s+)?(?:parents|families|staff|employees|members|supporters|students|"
    r"residents|customers|shareholders|lawmakers|colleagues|reporters))?"
    # ("said here", the wire services' word for the dateline's city: "a Navy spokesperson said here on Monday")
    r"|(?:also|again|here|repeatedly|previously|publicly|privately|separately|earlier|later|recently|then|further|"
    r"only|simply|merely|"
    r"flatly|firmly|strongly|simply|bluntly|frankly|angrily|plainly|emphatically|confidently|quietly|"
    r"Monday|in part|in court|in an interview|on the phone|by phone|by telephone|on condition of anonymity|"
    r"on (?:many|several|numerous|multiple|other|previous|repeated) occasions|many times|more than once|"
    r"time and again|at times)"
    r"|,\s*(?:an?|the)\s+[^,;\"“”_]{3,50},"
    + r"|"
    + PUT_OUT_VERBS
    + r"(?:\s+(?:on|late|early|late on|early on))?\s+"
    + TIME_WORDS
    + PART_OF_DAY  # ("in a report released Friday morning")
    # where a statement was put out: "in a statement posted on its website", "in a video posted on Telegram"
    # (and the outlet that carried remarks: "in remarks carried by state news agency Kazinform")
    + r"|(?:carried|broadcast)\s+by\s+(?:the\s+)?(?:[a-z-]+\s+){0,3}[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*)*"
    r"(?:\s+(?:news\s+agency|agency|television|TV|newspaper|website))?"
    r"|"
    + PUT_OUT_VERBS
    + r"\s+(?:on|to|via)\s+"
    + MEDIUM_DETERMINER
    + r"(?:[\w'’-]+\s+){0,2}?(?:"
    + MEDIUM_NOUNS + r"|site|page|account|feed)s?"
    r")(?![\w])"
)
# The words an ADJUNCT match can open on, after spaces and commas (the letters of "Jan." and "Sept."; "a",
# "an" and "the" after a comma): the pattern is tried only where the first word is one of them.
ADJUNCT_FIRST = frozenset(
    """on late early earlier later by from Monday Tuesday Wednesday Thursday Friday Saturday Sunday yesterday
    today tonight weekend last this next January February March April May June July August September October
    November December Jan Feb Aug Sep Sept Oct Nov Dec in at during via through over also again here repeatedly
    previously publicly privately separately recently then further only simply merely flatly firmly strongly
    bluntly frankly angrily plainly emphatically confidently quietly a an the released issued posted published
    sent put many more time carried broadcast""".split()
)
LEAD_WORD = re.compile(r"[\s,]*([A-Za-z]*)")
WEEKDAYS = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
# A phrase of place or occasion that closes a sentence after a post-posed cue: "..., Tokayev said at an online
# meeting of CSTO leaders." (no comma, colon or quotation in it).
CLOSING_PLACE = re.compile(r"\s+(?:at|in|on|during|before|via|from|after)\s+[^,;:\"“”]{1,80}?[.!?]?\s*")
# The speaker's refusal to say more, coordinated after a statement: "but did not release details", ", and would not
# release details", "but declined to comment" ("and" without a comma may go on with the clause's own subject: "said
# Barrow retained an attorney and did not provide any further statements").
REFUSAL_AFTER = re.compile(
    r"(?:,?\s+but|,\s+and)\s+(?:(?:did|would|could|will|do|does)(?:\s+not|n['’]t)|declined|refused)\s+(?:to\s+)?"
    r"(?:release|say|comment|disclose|give|elaborate|provide|identify|confirm|discuss|reveal|offer|name|specify)\b"
)
# A short time, place or manner phrase that is all a cue has after it to the sentence's end: "testified in the
# afternoon.", "testified with a different story." (a preposition and at most four words; not "at least five died",
# nor an order, "shouted at him to stop", nor whose part was taken, "testified on his behalf").
CLOSING_PHRASE_ONLY = re.compile(
    r"\s+(?:in|at|during|with|before|after|under)\s+(?!least\b|most\b|all\b|total\b|part\b)"
    r"(?:(?:the|a|an|his|her|their|its)\s+)?(?:(?!to\b)[\w'’-]+\s+){0,2}(?!to\b)[\w'’-]+\s*[.!?]?\s*"
)
# Places and occasions between a cue and its "that" clause: "in Istanbul", "on the Senate floor", "at the scene", "in
# Ankara on Thursday", "before Congress last week", "(in a readout) of the call" (short phrases opened by a
# preposition and closed by a name or one of OCCASION_WORDS, within PLACE_BEFORE_THAT_REACH characters, an estimate
# from the longest such phrases in wire copy). Not a phrase closed by an event, whose "that" is a relative: "charged
# in the shooting that killed ...".
OCCASION_WORDS = (
    r"(?:scene|floor|time|service|meeting|hearing|court|interview|rally|statement|e-?mail|letter|bulletin|update|"
    r"recording|affidavit|complaint|filing|document|order|manifesto|homily|station|briefing|conference|speech|"
    r"post|video|message|months|weeks|years|past|call|trail)"
)
PLACE_BEFORE_THAT = re.compile(
    r"(?:,?\s+(?:in|on|at|of|from|during|before)\s+(?:(?:the|a|an|his|her|their|its)\s+)?(?:[\w.'’-]+\s+){0,2}?"
    r"(?:[A-Z][\w.'’-]*|" + OCCASION_WORDS + r")(?:\s+(?:last|this)\s+(?:week|month|year))?)+"
    r"(?=,?\s+that\s)"
)
PLACE_BEFORE_THAT_REACH = 70
# The same occasion after an inverted speaker ("said Reid on the Senate floor on Tuesday", "said Mayor Tom Brown at
# the scene"): a preposition, at most two words, one of OCCASION_WORDS.
OCCASION_AFTER = re.compile(
    r"\s+(?:in|on|at|during)\s+(?:(?:the|a|an|his|her|their|its)\s+)?(?:[\w.'’-]+\s+){0,2}?" + OCCASION_WORDS + r"\b"
)
# (not in a phrase with a clause, whose place belongs to it: "one neighbor at the scene who asked to remain
# anonymous", "the man who died on scene")
OCCASION_CLAUSE_WORDS = frozenset("who whom whose which that where when".split())
# An outlet named after "on" right before a "that" clause ("said on Fox News that ..."); group 1 is the outlet.
# (a day after the outlet is no part of its name: "on CNN Friday that")
ON_OUTLET = re.compile(
    r" on\s+((?:the\s+)?[A-Z][\w.&'’-]*(?:\s+(?!" + WEEKDAYS + r")[A-Z][\w.&'’-]*){0,3})"
    r"(?:\s+" + WEEKDAYS + r")?(?=\s*,?\s*that\b)"
)
# "(D-Minn.)", ", R-Ariz.,": party and state tags after a politician's name
# A party and state tag set off by commas: "R-Texas", "D-N.Y."
PARTY_TAG_SEGMENT = re.compile(r"[RDI]-[A-Z][\w.]*$")
# The last words of a speaker a document verb takes: the documents' heads, and records or figures.
DOCUMENT_SPEAKER_HEADS = DOCUMENT_HEADS | {"record", "document", "datum", "figure", "statistic", "test", "result"}
# A capitalised title of a body set off after a name: "Heydar Alishbandi, Governor of Qeshm island, said", "Dane
# Schiller, Director of Communications for the District Attorney's Office, said" (the title's words before the
# preposition, read by the gazetteer; the name closing the segment before, not a description: "The Democrat,
# Representative Ann Lee of Ohio, said").
TITLE_OF_BODY_SEGMENT = re.compile(r"((?:[A-Z][\w'’-]*\s+){0,3}[A-Z][\w'’-]*)\s+(?:of|for|at)\s+\S")
NAME_BEFORE_TITLE_SEGMENT = re.compile(r"(?:^|\s)(?!(?:The|A|An|This|That)\s)[A-Z][\w'’.-]*\s+(?:[A-Z]\.\s+)?[A-Z][\w'’-]*[a-z]$")
PAREN_TAIL = re.compile(r"(?:\s*\([^()]{1,40}\)|,\s*[RDI]-[A-Z][\w.]*,?)\s*$")
THAT = re.compile(r"\s*,?\s*that\b\s*")
# The words between a cue and the statement they make one of ("made clear that ...", "made it clear that ...",
# "chimed in: “...”", "chimed in, saying"), skipped as an object is: the statement is what follows them.
WORDS_BEFORE_STATEMENT = {
    "make": re.compile(r"\s+(?:it\s+)?clear(?=\s+that\b)"),
    "chime": re.compile(r"\s+in(?=[\s,:])"),
}
# A pronoun asked before the question put to it ("asked him whether ...", "asks them what ...").
ASKED_OBJECT = re.compile(r"\s+(him|her|them|me|us|you)(?=\s+(?:whether|if|why|how|what|when|where|who)\b)")
# Whom a question was asked before the quotation that asks it ("asked Trump, "You've been privy ...?""): a pronoun or a
# name of up to three capitalised words, then a comma or a colon and the opening mark (or the end of the words
# before the quotation, which the caller cuts there).
# The name a direct question was asked of, right before its quotation ("asked Trump, "...?"").
ASKED_NAME_BEFORE = re.compile(r"asks?e?d?\s+([A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2})\s*[,:]\s*(?:[\"“]|``)$")
ASKED_BEFORE_QUOTE = re.compile(
    r"\s+(him|her|them|me|us|you|[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2})(?=\s*[,:]\s*(?:[\"“]|$))"
)
# How far before a question its pronoun object ends ("asked her if ...": the pronoun, a space and maybe a mark).
ASKED_PERSON_REACH = 6
# The object of a tell-verb: who was told ("reporters", "state television", "The Associated Press").
TOLD_OBJECT = re.compile(
    r"\s+((?:(?:the|a|an|local|state|state-run|national|public|private|foreign|Russian|Chinese|British|American|"
    r"French|German|Israeli|Iranian|Turkish|Ukrainian|Kazakh)\s+)*"
    r"(?:(?:[A-Z][\w.&'’-]*\s+(?:of\s+)?)*[A-Z][\w.&'’-]*|[a-z][\w'’-]*)"
    r"(?:\s+(?:television|TV|radio|media|newspaper|news agency|agency|channel|broadcaster|reporters|news|"
    # (a body or gathering named by its organisation: "the CSTO summit", "a Senate committee")
    r"summit|meeting|conference|committee|panel|hearing|forum|session|rally|audience|delegates|lawmakers))?)"
)
# What a denial denies in one word when it is one's part in the events ("denied wrongdoing", "denied involvement").
DENIED_PART = frozenset("wrongdoing involvement responsibility guilt culpability knowledge".split())
# The "of" phrase that ends a tell-verb's object before its clause, a colon or a quotation: "told one of the men:".
# (its persons may be set off by commas: "told two of Congress's critics, Senators Ron Wyden and Mark Udall, that")
OF_OBJECT = re.compile(r" of\s+[^;:\"“”]{1,160}?(?=\s*(?:,?\s*that\b|:|,?\s*[\"“‘']))")
# The addressee of a cue other than "tell", written before its clause: "confirmed to Fox News that ...", an outlet
# written in camel case ("confirmed to eWEEK that") or a plural audience ("admitted to police that").
TO_WHOM = re.compile(
    r"\s+to\s+((?:the\s+)?(?:(?:[A-Z]|[a-z][A-Z])[\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*)*|reporters|journalists|lawmakers|"
    r"police|investigators|detectives|officers|deputies|authorities|investors))"
    r"(?=\s*(?:,\s*)?(?:that\b|[:\"“]))"
)
TO_WHOM_WINDOW = 60
# (the lookahead: the first letters of the words, so other positions are left at once)
MEDIA_WORDS = re.compile(
    r"(?i)(?=[tnarcbmjp])\b(?:television|tv|radio|newspaper|agency|channel|broadcaster|news|media|"
    r"magazine|times|post|journal)\b"
)
NEEDS_THAT = re.compile(
    r"\s*(?:that\b|[:,]?\s*[\"“«„'‘`]|[a-z]+ing\b|"
    # "announced it had hired ...", "declared they would ...": a clause without "that"
    r"(?:he|she|it|they|we|I)\s+(?:had|has|have|was|were|is|are|would|will|could|should|did|may|might)\b|"
    # (the same auxiliary contracted: "claiming he's never seen an episode", "said they'd leave")
    r"(?:he|she|it|they|we|I)['’](?:s|d|ll|re|ve|m)\b|"
    # "Burch stated Reavis continually tried to run him off the road": a named subject and its verb; "reports the
    # judge announced the dismissal": a noun and its verb
    r"[A-Z][a-z][\w'’-]*(?:\s+[A-Z][a-z][\w'’-]*){0,2}\s+(?:[a-z]+ly\s+)?"
    r"(?:[a-z]{2,}ed|had|has|have|was|were|is|are|would|will|could|should|did|may|might)\b|"
    # (after a noun, a past verb with its object, not a participle: "the package addressed to him")
    r"(?:the|a|an)\s+[a-z]+(?<!ed)\s+(?:[a-z]+ly\s+)?(?:[a-z]{2,}ed\s+(?:the|a|an|his|her|their|its|him|them|it)\b|"
    r"(?:had|has|have|was|were|is|are|would|will|could|should|did|may|might)\b)|"
    # a noun whose verb opens a quoted fragment: "reported the charges "will include mail fraud"", "the charges
    # against Grimm "will include"" (the fragment is masked after its first letter, so its opening word cannot
    # be read)
    r"the\s+[a-z][\w'’-]*s(?:\s+(?:against|of|for|in|on|from|by|to|about|with)(?:\s+[\w.'’-]+){1,4}?)?\s+[\"“][a-z]_)"
)
# Clause boundaries: punctuation, a quotation mark (not the apostrophe after a name's one-letter prefix:
# "O’Brien", "D’Amato"), or a word that opens a clause ("that", "because", "when", ... "and then", "so",
# "than"). The pattern opens on the set of characters a boundary can start with (the
# punctuation and the words' initials), which the engine skips ahead to; once that character is read,
# lookbehinds tell which boundary it starts (the words grouped by initial, in the order of the word list).
CLAUSE_BOUNDARY = re.compile(
    r"[,;:(\[—–\"“”»’tbawishu]"
    r"(?:(?<=[,;:(\[—–\"“”»])|(?<=’)(?!\s?s\b)(?!(?<=\b\w’)(?-i:[A-Z]))|(?<![\w].)"
    r"(?:(?<=t)(?:hat|hough|han)|(?<=b)(?:ecause|efore|ut)|(?<=a)(?:fter|s|lthough|nd then)"
    r"|(?<=w)(?:hen|hile|hether|hat|hich|ho|hom|hy|here|hose)|(?<=i)f|(?<=s)(?:ince|o)|(?<=u)ntil|(?<=h)ow)"
    r"(?![\w]))",
    re.IGNORECASE,
)
# The last CLAUSE_BOUNDARY from where a match starts: the greedy run of any characters gives back one character
# at a time, so the boundary is tried from the end backwards and the first found is the last one.
LAST_CLAUSE_BOUNDARY = re.compile(r"(?s:.*)(?:" + CLAUSE_BOUNDARY.pattern + ")", re.IGNORECASE)
# Abbreviations that end a sentence more often than they open a name: "... on Druid Hill Ave. Police say".
# A state's or province's abbreviation set off by a comma at the end of a subject (", Az.", ", Calif.").
ABBREVIATED_PLACE = re.compile(r",\s+([A-Z][a-z]{1,4})\.$")
# "and" opening a comma segment that goes on with a relative clause: "and who ...", or "and" with an auxiliary, a
# negation or a verb of asking that has no subject of its own ("and doesn't want to be identified", "and asked not
# to be named").
RELATIVE_CONTINUED = re.compile(
    r"\s*and\s+(?:who|whose|does|doesn['’]t|did|didn['’]t|is|isn['’]t|was|wasn['’]t|has|had|asked|declined|"
    r"requested|spoke)\b"
)
# A state or region set off by commas after a place ("Harris County, Texas,", "Washington, DC,", "Portland, Ore.,",
# "Albany, New York,"): one capitalised word, an abbreviation, or a two-word state name.
REGION_SEGMENT = re.compile(
    r"\s*(?:(?:New|North|South|West|Rhode)\s+[A-Z][a-z]+|[A-Z][a-z]{1,13}\.?|[A-Z]{2}|[A-Z]\.[A-Z]\.)\s*"
)
# The place such a region follows, at the end of the segment before it ("the mayor of Washington", "Police in Dayton").
PLACE_ENDING = re.compile(r"\b(?:of|in|for|from)\s+(?:the\s+)?(?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w.'’-]*\s*$")
NAME_SUFFIXES = frozenset({"Jr", "Sr"})  # (", Jr." closes a name, not a description)
ABBREVIATIONS_BEFORE_STOP = frozenset("Ave Blvd Rd Hwy Ln Pkwy Inc Co Corp Ltd Dept".split())
# Words that open the noun phrase a relative "that" hangs on.
# A stop, then a dash opening the next sentence before a capital ("resigned. -- The Washington Post now reports").
STOP_DASH = re.compile(r"[.!?][\"'”’]?\s+(?:-{1,2}|[–—])\s*(?=[A-Z])")
THAT_HEAD_OPENERS = frozenset("a an the two three four several some many his her their its this these".split())
# Prepositions after which "that" is a determiner, not a clause boundary ("in that case", "on that day").
DETERMINER_PREPOSITIONS = frozenset("in on at of for from by during since after before until with about".split())
# Words a noun phrase may open with in lowercase.
NP_OPENERS = frozenset("the a an his her their its this that these those he she they we it i".split())
# (the longest subject, a title and a name, of a clause after ", where" that speaks)
WHERE_SUBJECT_WORDS = 6
RELATIVE_BLOCK = frozenset({"what", "which", "whom", "whose", "where", "how", "why", "than", "whether", "if"})
# A noun that a clause with no relative word (or with "that") hangs on, before the clause's subject: "“all the
# bishops,” a point the media office denied", "a claim that the ministry disputed"
_ZERO_RELATIVE_HEAD = (
    r"an?\s+(?:point|claim|charge|view|position|notion|assertion|accusation|argument|contention)\s+(?:that\s+)?"
    r"(?=(?:the|his|her|their|its)\s|(?-i:[A-Z]))"
)
ZERO_RELATIVE_HEAD = re.compile(_ZERO_RELATIVE_HEAD, re.IGNORECASE)
LEADING_JUNK = re.compile(
    r"^(?:(?:but|and|however|meanwhile|so|yet|also|now|still|instead|rather(?!\s+than)|later|earlier|then|separately|"
    r"though|"
    r"although|while|whereas|as|because|since|"
    r"previously|today|yesterday|tonight|last\s+\w+|on\s+\w+day|in\s+a\s+statement|in\s+\w+|update)\b[\s,:—–-]*"
    r"|\d{1,2}(?::\d{2})?\s*[ap]\.?\s?m\.?\s+|\d+\s+"
    # a dash left of a time stamp before the subject: "UPDATE: 7:19 p.m. -- The Washington Post now reports"
    # (or a list's dash glued to its item: "-His opponent's campaign admits")
    r"|(?:-{1,2}|[–—])(?:\s+|(?=(?-i:[A-Z])))"
    # the closing mark of a quotation in single quotes, written apart from it: "'... some purpose, ' Craft said"
    r"|['‘’]\s+"
    # a dateline glued to the sentence: "BRIDGEPORT - Bridgeport police say", "HAYWARD, Calif. (AP) — "
    r"|(?-i:[A-Z][A-Z.'’]+(?:\s+[A-Z][A-Z.'’]+)*)(?:,\s*(?-i:[A-Z])[\w.]*(?:\s+(?-i:[A-Z])[\w.]*)?)?\s*"
    r"(?:\([^)]{1,30}\)\s*)?(?:\s-{1,2}\s|[–—])\s*"
    # a passing mood before the speaker: "an emotional Mr. Obama said"
    r"|an?\s+(?:visibly\s+)?(?:emotional|tearful|shaken|angry|furious|smiling|somber|sombre|defiant|grim|upset|"
    r"frustrated|exasperated|animated|jubilant|beaming|weary)\s+"
    # "the same day the campaign announced ...": a time phrase before the subject
    r"|(?:the\s+)?(?:same|next|following|previous)\s+(?:day|week|month|year|morning|afternoon|evening|night)\s+"
    # the noun a clause with no relative word hangs on: "..., a point the media office denied"
    r"|" + _ZERO_RELATIVE_HEAD + r")+",
    re.IGNORECASE,
)
TRAILING_TIME = re.compile(
    r"(?:\s+(?:on\s+|late\s+|early\s+|over\s+the\s+|this\s+|last\s+|earlier\s+|later\s+)?"
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday|tonight|earlier|later|"
    # ("year" only after "last" or "this": "Obama last year explained", not "Teacher of the year")
    r"again|also|now|weekend|week|month|(?<=last\s|this\s)year|morning|afternoon|evening|night|(?:in\s+)?(?:January|February|March|April|May|"
    r"June|July|August|September|October|November|December)|in\s+\d{4})\b)+\s*$"
)
# The words TRAILING_TIME can end on (it is case-sensitive; "in 2016" ends on a digit).
TRAILING_TIME_ENDINGS = tuple(
    """Monday Tuesday Wednesday Thursday Friday Saturday Sunday today yesterday tonight earlier later again also now
    weekend week month year morning afternoon evening night January February March April May June July August
    September October November December""".split()
)


def _relative_time(cand: str) -> bool:
    """Whether the words between "who" and its cue are a time phrase alone (RELATIVE_TIME)."""
    last = cand.rsplit(None, 1)[-1] if cand else ""
    return (last in RELATIVE_TIME_ENDS or last.isdigit()) and RELATIVE_TIME.fullmatch(cand) is not None


def _name_before_who(core: str, b: int, lo: int) -> bool:
    """Whether the words before a "who" ending at b are a name set off in its own clause ("his successor, Felipe
    Calderón, who"; not "Their accounts contradict Chief John Mina, who", whose clause holds more than the name)."""
    before = core[: b - 3].rstrip().rstrip(",")
    pb = _last_boundary(before, lo)
    words = before[pb if pb is not None else lo :].split()
    return bool(words) and all(w[:1].isupper() for w in words)


@lru_cache(maxsize=4096)
def _drop_trailing_time(phrase: str) -> str:
    """TRAILING_TIME removed from the end of phrase. The pattern is anchored at the end, yet a search tries it
    from every position, so it runs only when the phrase ends on one of its words or a digit (and the result
    is remembered: the same speakers recur)."""
    end = phrase.rstrip()
    if not end.endswith(TRAILING_TIME_ENDINGS) and not end[-1:].isdigit():
        return phrase
    return TRAILING_TIME.sub("", phrase)


# A reflexive after a speaker that stresses it ("Trump himself said"): the speaker is the name before it.
STRESSING_REFLEXIVES = (" himself", " herself", " themselves", " itself")
# "Romney in a statement": where the speaker spoke, written after the speaker
TRAILING_MEDIUM_PHRASE = re.compile(
    r"\s+(?:in|on|at|during)\s+((?:a|an|the|his|her|their|its)\s+(?:[\w'’-]+\s+){0,2}?"
    + MEDIUM_NOUNS
    + r")\s*$"
)
# "Maggie Haberman in the New York Times": where the speaker spoke, written after the name
TRAILING_MEDIUM = re.compile(r"\s+(?:in|on)\s+((?:the\s+)?[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*)*)\s*$")
# The prepositions TRAILING_MEDIUM_PHRASE and TRAILING_MEDIUM open on, each a word of its own between spaces.
TRAILING_MEDIUM_LEADS = frozenset("in on at during".split())
# "a WeWork spokesperson when contacted by Reuters": the outlet that asked is the medium, not the speaker
CONTACTED_BY = re.compile(
    r"\s+(?:when|after|once|as)\s+(?:being\s+)?(?:contacted|reached|asked|approached|interviewed)\s+by\s+"
    r"((?:the\s+)?[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*)*)\s*$"
)
# The same between commas, an aside between the speaker and the cue: "A spokesman, when reached by The AP, said"
REACHED_ASIDE = re.compile(
    r"(?:when|after|once|as|if)\s+(?:being\s+|first\s+|later\s+)?(?:contacted|reached|asked|approached|interviewed|"
    r"questioned|called|pressed)\b"
)
ASKED_ASIDE_BEFORE = re.compile(r"(?:when|after|once|as|if)\s+(?:being\s+)?$")
# A past participle and a preposition opening a phrase ("published after the article appeared"): no noun phrase.
PARTICIPLE_PHRASE = re.compile(r"[a-z]{3,}ed\s+(?:after|before|by|in|on|at|for|with|from|during|since|until)\s")
# A page title run into the first sentence with no space ("Suspect not known in mosques - The Orange County
# RegisterHussam Ayloush"): the title ends after a dash or bar, on a word whose last letters are glued to the
# capital of the name that ends the speaker.
GLUED_TITLE = re.compile(r"\s[-|–—]\s.*?[a-z]{3}(?=[A-Z][a-z]+(?:\s+[A-Z][\w'’-]*)+$)")
LEADING_PP = re.compile(
    r"^(?:at|in|on|after|before|during|from|by|for|with|over|under|outside|inside)\s+"
    r"(?:(?:the|a|an|his|her|their|its|our)\s+)?[a-z][\w'’-]*\s+(?=(?:the|a|an|his|her|their|its|our)\b|[A-Z])",
    re.IGNORECASE,
)
# Where a speaker spoke, opening the sentence with no comma before the subject: "In a Monday statement President
# Obama said", "In an interview Sunday Senator Bob Casey said", "At a press conference Sheriff Bill Jones said", "In
# a report released Friday the agency said": the medium's words (and when it was put out) are no part of the speaker.
_MEDIUM_TIME = r"\s+(?:on\s+)?" + TIME_WORDS + PART_OF_DAY  # (when the medium was: " Sunday", " on Thursday morning")
LEADING_MEDIUM = re.compile(
    r"(?:[Ii]n|[Aa]t|[Oo]n|[Dd]uring)\s+"
    + MEDIUM_DETERMINER
    + r"(?:[\w'’-]+\s+){0,3}?"
    + MEDIUM_NOUNS
    + r"(?:\s+"
    + PUT_OUT_VERBS
    + r")?"
    # (who it was given to, by initials or in lowercase words: "In an interview with CNN Smith said", "In an
    # interview with the newspaper Sunday the mayor said")
    + r"(?:\s+with\s+(?:[A-Z]{2,}(?:\s+News)?|(?:the|a|an)\s+[a-z]+(?:\s+[a-z]+)?|reporters|journalists))?(?:"
    + _MEDIUM_TIME
    # (after a time the subject may be a lowercase noun: "In a court appearance Thursday morning prosecutors said")
    + r"\s+(?=[a-z])(?!(?:morning|afternoon|evening|night)\b)|(?:"
    + _MEDIUM_TIME
    + r")?\s+(?=the\s|[A-Z]))"
)
# "On Tuesday, ", "At 6:41 p.m., ", "In a statement, ": an opening phrase before the subject; also a participle
# ("Keeping her on the line, ", "Asked about the case, ", "Reached for comment, "), told from a name ending the
# same way ("Boeing, ...", "Wyoming officials") by the small word after it
INTRO_PHRASE = re.compile(
    r"\s*(?:(?:On|At|In|By|After|Before|Later|Earlier|During|Since|Last|This|Meanwhile|"
    r"However|Still|Then)\b[^,;\"“”]{0,60},\s*"
    r"|[A-Z][a-z]{2,}(?:ing|ed)\s+(?:her|him|his|them|their|it|its|the|a|an|to|on|in|at|with|for|from|about|by|"
    r"after|before|up|out|off|down|over|into|back|during|whether|if|why|what|how)\s[^,;\"“”]{0,60},\s*)"
)
RELATIVE_START = re.compile(r"(?:which|who)\s")
# A finite verb right after a noun phrase: the phrase is the clause's subject.
CLAUSE_VERB_AFTER = re.compile(
    r"\s+(?:[a-z]+ed|[a-z]+s|had|has|have|was|were|is|are|will|would|could|did|also|then|)\b"
)
# The conjunction before a participle that makes it an act of the clause it closes ("... before saying").
NESTED_PARTICIPLE_LEAD = re.compile(r"(?<![\w'’-])(?:before|after)\s+$")
# A name that opens a clause after "and", with an apposition, before its verb: "and W. Douglas Parker, chairman
# and chief executive of American Airlines, sent".
AND_APPOSED_SUBJECT = re.compile(
    r"(?:and\s+)?((?:[A-Z][\w.'’-]*\s+){1,3}[A-Z][\w'’-]*),\s+(?:the\s+|a\s+|an\s+)?[a-z][^,;]{0,80},\s+"
    r"(?!(?:who|which|and|but|or|the|a|an|he|she|they|said|says)\b)[a-z]+\s"
)
# A short description that opens a sentence before the name apposed to it: "Another candidate, ".
DESCRIPTION_BEFORE_NAME = re.compile(
    r"\s*(?:Another|One|A|An|The|His|Her|Their)\s+[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2}\s*,\s*"
)
# A person's description by a possessive pronoun, opening a sentence or after "and" or "but", before the name apposed
# to it: "His wife, ", "..., but his wife, ".
PERSON_DESCRIPTION = re.compile(
    r"\s*(?:(?:and|but)\s+(?:his|her|their)|His|Her|Their)\s+[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2}\s*,\s*"
)
# A name apposed to the description before it, then the clause's verb: "Michele, released a statement saying".
APPOSED_NAME_THEN_VERB = re.compile(
    r"((?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w'’-]*),\s+(?!(?:who|which|and|but|or|the|a|an|he|she|they|said|says)\b)"
    r"[a-z]+(?:ed|s)\s"
)
NP_TOKEN = re.compile(r"[\w.&'’-]+")
# A count or quantifier opening a sentence's subject reads on as a determiner does, into its lowercase words: "One of
# the men pointed a gun ... and said", "One other male victim walked up and told", "Two 17-year-olds were taken into
# custody but denied" (the capitalised word alone was kept, a bare "One" or "Two").
LEADING_COUNT_WORDS = frozenset("One Two Three Four Five Another Several Both".split())
NP_STOP = frozenset(
    "is are was were has have had will would could can did do does may might must should".split()
)
# Words that end a sentence's opening noun phrase after its determiner besides NP_STOP: the verbs and adverbs that
# follow a subject ("the attorney then went to the family and asked ..."), but not in a relative clause ("A woman
# that THV11 spoke with says").
LEADING_NP_STOP = PAST_VERBS | frozenset("went came ran began then also later again".split())
SOURCE_HEADS = GROUP_PEOPLE | frozenset(
    """man woman men women people person boy girl teen teenager spokesman spokeswoman spokesperson official
    officials police authorities witness witnesses resident residents neighbor neighbors neighbour source
    sources statement report group friend relative mother father sister brother son daughter wife husband
    family analyst analysts expert experts officer officers chief leader leaders owner lawyer attorney
    aide aides adviser advisers advisor official's staff member members agency ministry media stepfather""".split()
)
# Institutions that speak through a statement, counted only after a determiner ("the hospital said", "a charter
# school said"), not at the end of a clause ("underwent surgery at Royal Oak Beaumont Hospital said").
SPEAKING_INSTITUTIONS = frozenset(
    """hospital company firm school university college church club team airline bank union board campaign
    embassy foundation association organization organisation institute service companies firms""".split()
)
# A noun, a past-tense verb and its object's determiner: a clause, not a speaker ("the strike killed a senior
# commander"); a noun phrase's participle is seldom followed by a determiner.
NOUN_VERB_OBJECT = re.compile(
    r"\b(?:the|a|an|his|her|their|its)\s+[\w'’-]+\s+[a-z]+ed\s+(?:a|an|the|his|her|their|its|two|three|several)\s"
)
# Auxiliaries a noun phrase never holds, so a phrase with one is a clause ("police must investigate the killings");
# not "may", which ends names ("Theresa May").
CLAUSE_VERBS = re.compile(
    r"\b(?:is|are|was|were|will|would|had|has|have|could|should|can|cannot|must|might|did|do|does)\b"
)
# Words that say a source is unnamed. (The lookahead on the letters a match can open with, "ſ" being the long s
# that the ignored case reads as an "s", lets the engine leave other positions at once: a pattern that ignores
# case gives it no such set of its own.)
ANON_HINT = re.compile(
    r"(?=[FfNnAaSsſ])(?i:familiar|not authori[sz]ed|anonymity|anonymous|not to be (?:named|identified)|sources?\b)"
)
DOC_OF = re.compile(
    r"^(?P<doc>(?:a|an|the|its|his|her|their)\s+(?:[\w'’-]+\s+){0,3}?(?:"
    + "|".join(sorted(DOCUMENT_HEADS))
    + r")s?)\s+(?:from|by|of|issued by|released by|posted by|published by|filed by)\s+(?P<issuer>.+)$",
    re.IGNORECASE,
)
# A link in brackets after a post-posed cue, closing the sentence ("(http://bit.ly/16vDN3E)."; a space may break
# it after a dot, "(http://bit. ly/16vDN3E)")
LINK_AFTER = re.compile(r"\s*\((?:https?://|www\.)[^()\s]*(?:\.\s+[^()\s]+)?\)[\s.;]*$")
TRAILING = " \t\n.,;:!?\"'“”»«’‘`"
LEAD_DASH = re.compile(r"\s*[,—–-]?\s*")
THAT_AHEAD = re.compile(r"\s*,?\s*that\b")
PLACE_PP = re.compile(r"\s+(?:in|on|at|during|following|after|via|to)\s")
OPTIONAL_THAT = re.compile(r"\s*(?:that\b)?")
COMMA_RUN = re.compile(r"[,;]\s*")
# A closing mark and the comma after it ('", police said'): the comma that ends a post-posed statement.
QUOTE_COMMAS = ('",', "”,", "»,", "’,")
# Spaces and quotation marks before a statement's words.
CONTENT_LEAD = re.compile(r"[\s\"“”'‘’«»]*")
# The source after "according to" and after "citing", up to where its phrase ends.
ACCORDING_SOURCE = re.compile(r"\s*([^,;:_]+?)(?=\s*(?:[,;:]|\s+that\b|$)|[.!?]\s*$)")
CITED_SOURCE = re.compile(r"([^,;:_]+?)(?=\s*(?:[,;:]|\s+that\b|\s+as saying\b|[.!?]?\s*$))")


# The words a cue needs somewhere later in its clause ("criticized ... as", needs that open on "~"), and the words
# it needs right after it (for needs that open on "that|", also the words that may come instead of the clause),
# compiled at import for each cue's needs (a dozen or so) rather than on first use. NEEDS_NEXT holds only the needs
# looked up: words right after the cue (not "", "that", "document", "~" or "that|" needs), the words after "that|",
# and the needs of a verb of NEEDS_RIGHT_AFTER_LEMMAS, whatever they are (_rejects_nothing).
NEEDS_LATER = {
    needs: re.compile(r"\b(?:" + needs[1:] + r")\b") for needs in {v.needs for v in CUE_VERBS.values()} if needs[:1] == "~"
}
# A name right after a verb ("a utility called the Enhanced Mitigation Experience Toolkit", "a flaw called Spectre").
NAME_AFTER = re.compile(r"\s+(?:the\s+)?[A-Z]")
# The needs of cues that take any complement or a document as subject (the rest name their complement).
NO_COMPLEMENT_NEEDS = frozenset(("", "that", "document"))
NEEDS_NEXT = {
    needs: re.compile(r"\s*(?:" + needs + r")\b")
    for needs in {
        v.needs
        for v in CUE_VERBS.values()
        if v.needs not in ("", "that", "document") and v.needs[:1] != "~" and v.needs[:5] != "that|"
    }
    | {v.needs[5:] for v in CUE_VERBS.values() if v.needs[:5] == "that|"}
    | {v.needs for v in CUE_VERBS.values() if v.lemma in NEEDS_RIGHT_AFTER_LEMMAS}
}


def _set_off_after_subject(masked: str, at: int) -> bool:
    """Whether a colon, a bracket or a dash follows a participle's subject: words set off after it, so it is no
    clause's subject ("Smith (the company's founder) ..."), unless the bracket holds a party and state tag ("Sen. Ted
    Cruz (R-Texas) lashed out at Trump, accusing ...")."""
    if not masked.startswith((":", " (", " –", " —", " -"), at):
        return False
    return not (masked.startswith(" (", at) and PARTY_TAG.match(masked, at))


def _unstated_participle(masked: str, cue: str, at: int) -> bool:
    """Whether a participle whose needs name its complement ("calling for", "accusing ... of") lacks it after `at`
    ("..., dropping the gun and calling 911"): a plain verb then, which ends no statement before it."""
    needs = CUE_VERBS[cue].needs
    if needs[:1] == "~":
        return NEEDS_LATER[needs].search(masked, at, at + CLAUSE_LOOKAHEAD) is None
    if needs in ("", "that") or needs[:5] == "that|":
        return False
    return NEEDS_NEXT[needs].match(masked, at) is None


def _first_verb_subject(masked: str, s: int, cue: _CueMatch, cues: _Cues) -> tuple[str, int, int, bool] | None:
    """The subject of the first of two coordinated verbs, before its auxiliary or negation ("Fanning couldn't say
    ..., but said ...", "Police are calling the shooting accidental and said ...")."""
    progressive = _progressive(masked, s, cue.begin) if cue.form.endswith("ing") else None
    return _subject(masked, s, progressive or _before_negation(masked, s, cue.begin), cues)


def _lacks_complement(masked: str, cue: _CueMatch) -> bool:
    """Whether a cue whose needs name its complement ("called for", "called him a ...") lacks it where it stands
    ("a utility called the Toolkit"); documents' verbs and plain verbs need none."""
    return CUE_VERBS[cue.form].needs not in NO_COMPLEMENT_NEEDS and _unstated_participle(masked, cue.form, cue.stop)


class _CueMatch(NamedTuple):
    """A cue verb found in the masked text (the same methods as a regex match, for the callers)."""

    begin: int
    stop: int
    form: str

    def start(self) -> int:
        return self.begin

    def end(self) -> int:
        return self.stop

    def group(self, _: int = 0) -> str:
        return self.form


class _Cues:
    """Every cue verb of an article, found in one pass over its lowercase words and looked up by range, with
    the places of the cue phrases ("according to", "citing", "that") and whether "quoted" or "cited" is written."""

    def __init__(self, masked: str) -> None:
        head = CUE.match(masked)
        self.items = [_CueMatch(0, head.end(), head.group())] if head else []
        # (the patterns end on a lookahead, so the word's span ends where the match does)
        skeleton = _cue_skeleton(masked)
        self.items += [_CueMatch(*m.span(1), m.group(1)) for m in CUE_AFTER_SPACE.finditer(skeleton or masked)]
        if skeleton is None:
            other = [_CueMatch(*m.span(1), m.group(1)) for m in CUE_AFTER_OTHER.finditer(masked)]
            if other:
                self.items = sorted(self.items + other)
        if not CHECKED_CUE_FORMS.isdisjoint(map(attrgetter("form"), self.items)):
            # ("settling disputes and said ...": a verb of rejection without the claim it rejects is no cue, nor
            # a verb that ends a clause; nor "ask" without its subject right before it, nor "claim" after no plural
            # subject)
            # (_no_cue holds only for the checked forms, so the others are kept without a call: "made" makes
            # most articles check their cues)
            self.items = [
                c for c in self.items if c.form not in CHECKED_CUE_FORMS or not _no_cue(masked, c.form, c.stop)
            ]
        # cue words never overlap, so their ends are in order as well as their starts
        self.starts = [c.begin for c in self.items]
        self.stops = [c.stop for c in self.items]
        # where the cue phrases are written ("according to", "citing"), for the sentences to look them up
        self.according = _places(masked, "ccording to")
        self.citing = _places(masked, "iting")
        self.quoted = "quoted" in masked or "cited" in masked
        # whether "first to " is written ("was first to report"): few articles write it, and each unit would look
        self.first_to = "first to " in masked
        self.thats = _places(masked, "that")

    def first_to_in(self, masked: str, a: int, b: int) -> bool:
        """Whether "first to " is written wholly inside [a, b), looked for only in an article that writes it."""
        return self.first_to and masked.find("first to ", a, b) >= 0

    def finditer(self, a: int, b: int) -> list[_CueMatch]:
        """The cues that lie wholly inside [a, b)."""
        lo = bisect.bisect_left(self.starts, a)
        hi = bisect.bisect_right(self.stops, b, lo)
        return self.items[lo:hi]

    def search(self, a: int, b: int) -> _CueMatch | None:
        lo = bisect.bisect_left(self.starts, a)
        if lo < len(self.items) and self.stops[lo] <= b:
            return self.items[lo]
        return None


# The cue forms _no_cue checks where they stand: the verbs of rejection and the bare "ask" and "claim".
CHECKED_CUE_FORMS = frozenset(
    form for form, verb in CUE_VERBS.items() if verb.lemma in NEEDS_RIGHT_AFTER_LEMMAS or form in SUBJECT_BEFORE_FORMS
)


# A reported clause whose subject is a pronoun, right before a cue it holds ("said they agreed that ..."): the
# agreement is the content of the statement before it, said by the same people.
REPORTED_PRONOUN_SUBJECT = re.compile(r"(?:said|says|say|told \w+) (?:that )?(?:they|he|she|we|I) (?:[a-z]+ )?$")
# How far before a cue REPORTED_PRONOUN_SUBJECT is looked for ("told reporters that they all agreed").
REPORTED_PRONOUN_REACH = 40


def _no_cue(masked: str, form: str, end: int) -> bool:
    """Whether a cue word found by CUE is no cue where it stands: a verb of rejection without the claim it rejects,
    "agreed" in a clause reported by a cue before it ("said they agreed that"), the bare form "ask" without its
    subject right before it ("We ask that", "and ask that"), or the bare form "claim" after no plural subject (the
    noun: "the baggage claim", "the ministry's claim")."""
    subject = SUBJECT_BEFORE_FORMS.get(form)
    if CUE_VERBS[form].lemma == "agree":
        at = end - len(form)
        if REPORTED_PRONOUN_SUBJECT.search(masked, max(0, at - REPORTED_PRONOUN_REACH), at):
            return True
    if subject is not None:
        at = end - len(form)
        return subject.search(masked, max(0, at - SUBJECT_BEFORE_REACH), at) is None
    return _rejects_nothing(masked, form, end)


def _rejects_nothing(masked: str, form: str, end: int) -> bool:
    """Whether a cue word is a verb of rejection (REJECTION_LEMMAS) without the claim it rejects right after it, or
    another verb of NEEDS_RIGHT_AFTER_LEMMAS without the words it needs ("made" without "clear that")."""
    verb = CUE_VERBS[form]
    return verb.lemma in NEEDS_RIGHT_AFTER_LEMMAS and NEEDS_NEXT[verb.needs].match(masked, end) is None


def _cue_skeleton(masked: str) -> str | None:
    """masked with every character CUE_AFTER_OTHER opens on made a space (offsets and all else kept), or None
    when it holds characters past Latin-1 other than SKELETON_MARKS."""
    if not masked.isascii():
        for mark, stand_in in SKELETON_MARKS:
            if mark in masked:
                masked = masked.replace(mark, stand_in)
        try:
            return masked.encode("latin-1").translate(SKELETON_TABLE).decode("latin-1")
        except UnicodeEncodeError:
            return None
    return masked.encode("ascii").translate(SKELETON_TABLE).decode("ascii")


class Source(NamedTuple):
    """One source an article draws on: a speaker, or an outlet that relays another source ("X, citing Y")."""

    name: str
    speaker_type: str
    role: str  # "speaker" or "relay"


def attribution_sources(records: list[Attribution]) -> list[Source]:
    """The distinct sources behind an article's attributions, in order of first appearance.

    Speakers come with their type; relaying outlets of citing records (the `medium` of "Russian and state
    media, citing a government post, reported ...") are sources too, typed by the gazetteer, so a count of
    sources per type can include the media that passed a claim on.
    """
    out: list[Source] = []
    seen: set[str] = set()
    for r in records:
        found = []
        if r.speaker_resolved:
            found.append(Source(r.speaker_resolved, r.speaker_type, "speaker"))
        if r.kind == "citing" and r.medium:
            found.append(Source(r.medium, classify(r.medium) or "other", "relay"))
        for source in found:
            key = source.name.casefold()
            if key not in seen and not is_pronoun(source.name):
                seen.add(key)
                out.append(source)
    return out


@dataclass(slots=True)
class _Raw:
    """An attribution before speaker resolution."""

    speaker: str | None
    speaker_at: int
    cue: str | None
    kind: str
    medium: str | None
    start: int
    end: int
    resolved_hint: str | None = None
    continues: bool = False
    # an outlet relaying the quotation of a speaker written as a pronoun, which that pronoun must not look back to
    relay: bool = False


def extract_attributions(text: str) -> list[Attribution]:
    """Who is quoted or cited in text, how, through what medium, and what kind of source.

    One record per statement, in order of appearance; `start`/`end` are the offsets of `content`.
    """
    if not text:
        return []
    text = read_c1_punctuation(text)
    quotes = find_quotes(text)
    masked = mask_quotes(text, quotes)
    cues = _Cues(masked)
    if (
        not cues.items
        and not quotes
        and "ccording to" not in text
        and "iting" not in text
        and not _noun_cue_thats(masked, cues.thats)
    ):
        return []
    raws = _find(text, masked, quotes, cues)
    headline = _headline_end(text)
    if headline:
        raws = [r for r in raws if r.start >= headline]
    return _finish(text, raws)


def _headline_end(text: str) -> int:
    """Where a headline on the text's first line ends (0 for none): a short line with no stop at its end, before
    the body ("Charger says he's innocent of DUI"); the guidelines count no statement of a headline."""
    line = text.find("\n")
    if line <= 0 or line > HEADLINE_LINE_CHARS:
        return 0
    first = text[:line].rstrip()
    if not first or first[-1] in HEADLINE_NOT_ENDS or dateline_end(text, 0, line) > 0:
        return 0  # (a lead opening on a dateline is body copy: "COLUMBUS, Ohio -- Columbus Police said ...")
    return line


def _find(text: str, masked: str, quotes: list[QuoteSpan], cues: _Cues) -> list[_Raw]:
    has_according = bool(cues.according)
    has_citing = bool(cues.citing)
    # paragraphs are the non-blank lines, so a blank line between two paragraphs does not count as one
    para_starts = _paragraph_starts(masked) or [0]
    quote_starts = [q.open for q in quotes]
    out: list[_Raw] = []
    last_para = -1
    last_direct_unit = False
    pending: int | None = None
    colon: tuple[str, int, str, int] | None = None  # a cue ending its paragraph on a colon: who, where, cue, para
    nouns = _noun_cue_thats(masked, cues.thats)
    for s, e, para in _units(masked, para_starts, quote_starts, cues, has_according or has_citing, nouns):
        lo = bisect.bisect_left(quote_starts, s)
        hi = bisect.bisect_left(quote_starts, e)
        uq = [q for q in quotes[lo:hi] if q.close <= e + 1] if hi > lo else []
        new_para = para != last_para
        has_cue = bool(
            cues.search(s, e)
            or (has_according and _according_search(masked, s, e, cues.according))
            or (nouns and _any_between(nouns, s, e))
            # ("Politico was first to report the news": a news act without a cue word)
            or (cues.first_to_in(masked, s, e) and FIRST_TO_REPORT.search(masked, s, e))
        )
        if uq and not has_cue and _pure_quote(masked, s, e, uq):
            if not uq[-1].closed and hi < len(quotes) and quotes[hi].carried:
                # a quotation broken over lines: its attribution comes with the line that closes it
                if pending is None:
                    pending = uq[0].start
                last_para = para
                continue
            prev = out[-1] if out else None
            same_para_direct = last_direct_unit and not new_para and prev and prev.kind == "direct"
            # a quotation carried over lines with no cue where it closes begins where it opened
            q_start = pending if pending is not None and uq[0].carried else uq[0].start
            pending = None
            if colon is None and new_para and para > 0 and _ends_on_colon(masked, para_starts[para]):
                colon = _statement_intro(masked, para_starts[para - 1], para_starts[para], para - 1)
            if colon is not None and _para_of(para_starts, q_start) == colon[3] + 1:
                # "Politico reports:" closing a paragraph, the quotation opening the next: the cue's
                out.append(
                    _Raw(colon[0], colon[1], colon[2], "direct", None, q_start, _trim_end(text, q_start, uq[-1].end))
                )
                colon = None
                last_direct_unit = True
                last_para = para
                continue
            colon = None
            if same_para_direct:
                prev.end = max(prev.end, _trim_end(text, prev.start, uq[-1].end))
            elif (
                prev is not None
                and prev.kind in ("direct", "indirect")
                and _para_of(para_starts, prev.start) >= _para_of(para_starts, q_start) - 1
            ):
                out.append(
                    _Raw(
                        None,
                        q_start,
                        None,
                        "direct",
                        None,
                        q_start,
                        _trim_end(text, q_start, uq[-1].end),
                        continues=True,
                    )
                )
                last_direct_unit = True
            else:
                last_direct_unit = False
            last_para = para
            continue
        last_para = para
        if not has_cue and not (has_citing and next(_citings(masked, s, e, cues.citing), None)):
            last_direct_unit = False
            continue
        found = _unit(text, masked, s, e, uq, cues)
        colon = None if found or not masked.endswith((":", "."), s, e) else _colon_intro(masked, s, e, para, cues)
        if (
            pending is not None
            and found
            and uq
            and uq[0].carried
            and found[0].kind == "direct"
            and found[0].start == uq[0].start
        ):
            found[0].start = pending
        pending = None
        out.extend(found)
        last_direct_unit = bool(found) and found[-1].kind == "direct"
    return _shared_statements(masked, out) if out else out


def _shared_statements(masked: str, records: list[_Raw]) -> list[_Raw]:
    """The records with, after each, the second source an elliptic clause gives the same statement: "..., as did
    the ministry", "..., as has the White House when pressed", "So did the FBI.", "The army also denied it." (the
    same cue and content; the clause is cut off the first record's content)."""
    out: list[_Raw] = []
    for r in records:
        out.append(r)
        if r.continues or not r.cue or r.kind not in ("direct", "indirect"):
            continue
        stop = SENTENCE_STOP.search(masked, r.end, r.end + SHARED_REACH)
        if stop is None:
            continue
        m = inner = SHARED_AS.search(masked, r.start, stop.start() + 1)
        if m is None:
            # (the next sentence, when it is short and opens on "So" or ends on "it", "so" or "this")
            if masked.startswith(("So ", " So "), stop.end()):
                m = SHARED_SO.match(masked, stop.end())
            else:
                nxt = SENTENCE_STOP.search(masked, stop.end(), stop.end() + SHARED_NEXT)
                if nxt and masked.endswith(SHARED_ALSO_ENDS, stop.end(), nxt.start()):
                    m = SHARED_ALSO.match(masked, stop.end())
        if m is None or (m.re is SHARED_ALSO and m.group(2).lower() != r.cue.lower()):
            continue
        who = m.group(1)
        if not _valid_speaker(who) or who.split()[-1].lower() in QUANTIFIERS:
            continue
        if inner:
            r.end = min(r.end, len(masked[: m.start()].rstrip(" ,;")))
            if r.end <= r.start:
                continue
        out.append(_Raw(who, m.start(1), r.cue, r.kind, r.medium, r.start, r.end))
    return out


def _colon_intro(masked: str, s: int, e: int, para: int, cues: _Cues) -> tuple[str, int, str, int] | None:
    """A unit that ends on a cue and a colon ("Politico reports:", "The minister said:") or a teaser's question
    ("explains what happened."), whose quotation is the next paragraph: (speaker, its offset, cue, paragraph),
    or None."""
    found = cues.finditer(s, e)
    if not found:
        return None
    m = found[-1]
    cue = m.group(1)
    after = masked[m.end() : e].strip()
    # (or a station's teaser: "Gary Perkinson, with the OSBI, explains what happened.")
    teaser = cue in TEASER_CUES and after.endswith(".") and after.split(None, 1)[0] in ("what", "how", "why")
    if after.endswith(":") and after != ":" and COLON_ADJUNCT.fullmatch(after):
        after = ":"  # "said in an email:", "responded in a statement on Friday afternoon:"
    if (after != ":" and not teaser) or not _speaks_quote(cue) or _blocked_before(masked, s, m.start()):
        return None
    ing = cue in PARTICIPLES or cue.endswith("ing")  # ("roamed the streets, shouting:": the subject)
    subj = _participle_subject(masked, s, m.start()) if ing else _subject(masked, s, m.start(), cues)
    if subj is None:
        return None
    return _strip_trailing(subj[0])[0], subj[1], cue, para


def _ends_on_colon(masked: str, end: int) -> bool:
    """Whether the text before end, blank lines and spaces aside, ends on a colon (read back from end, not by
    stripping a copy of everything before it)."""
    k = end - 1
    while k >= 0 and masked[k].isspace():
        k -= 1
    return k >= 0 and masked[k] == ":"


def _statement_intro(masked: str, s: int, e: int, para: int) -> tuple[str, int, str, int] | None:
    """A unit with no cue that puts out a statement and ends on a colon ("The family released the following
    statement:"), whose quotation is the next paragraph: (issuer, its offset, the verb, paragraph), or None."""
    e = s + len(masked[s:e].rstrip())
    m = STATEMENT_INTRO.search(masked, s, e)
    if m is None:
        header = STATEMENT_HEADER.match(masked, s + len(masked[s:e]) - len(masked[s:e].lstrip()), e)
        if header and _valid_speaker(header.group(2)):
            return header.group(2), header.start(2), header.group(1).lower(), para  # "Quotes from Sheriff Walton:"
        return None
    s = max(s, masked.rfind(". ", s, m.start()) + 2)  # (the sentence that ends on the colon)
    lead = _leading_np(masked, s, m.start())
    between = masked[lead[1] + len(lead[0]) : m.start()] if lead else ""
    if lead is None or not _valid_speaker(lead[0]) or not STATEMENT_GAP.fullmatch(between):
        return None  # (the issuer is the subject right before the verb: "Mayor Ann Lee, ..., released")
    return _strip_trailing(lead[0])[0], lead[1], m.group(1), para


def _paragraph_starts(masked: str) -> list[int]:
    """Where PARAGRAPH_START matches (lines with text): the first line tried by the pattern itself, the others by
    TEXT_AFTER_BREAK, which opens on the line break (a character the engine skips ahead to) where PARAGRAPH_START's
    "^" is tried at every character, and which creates no string for each line as a split does."""
    starts = [m.end() for m in TEXT_AFTER_BREAK.finditer(masked)]
    if PARAGRAPH_START.match(masked):
        starts.insert(0, 0)
    return starts


def _noun_cue_thats(masked: str, thats: list[int]) -> list[int]:
    """Where a noun that names a statement is followed by " that " ("statement that"), found from the places
    of "that" (`thats`, a few per article) so that sentences without a cue verb are looked at only when they
    hold one."""
    out = []
    for t in thats:
        k = t - 1
        if k >= 0 and masked[k] == " " and masked[t + 4 : t + 5] == " ":
            word = masked[max(0, k - NOUN_CUE_LONGEST) : k].rsplit(None, 1)
            if word and word[-1] in NOUN_CUE_WORDS:
                out.append(k)
    return out


def _places(masked: str, word: str) -> list[int]:
    """Every offset where word is written in the article, in order (found once per article)."""
    out = []
    k = masked.find(word)
    while k >= 0:
        out.append(k)
        k = masked.find(word, k + 1)
    return out


def _places_within(places: list[int], a: int, b: int, length: int) -> list[int]:
    """The places (of a word of `length` characters) that lie wholly in [a, b), as str.find would find them."""
    lo = bisect.bisect_left(places, a)
    hi = bisect.bisect_right(places, b - length, lo)
    return places[lo:hi]


def _according_search(masked: str, a: int, b: int, places: list[int]) -> re.Match[str] | None:
    """ACCORDING.search(masked, a, b), tried only where "ccording to" is written (`places`, from _places),
    one letter after the place a match would start."""
    for k in _places_within(places, a + 1, b, 11):
        m = ACCORDING.match(masked, k - 1, b)
        if m:
            return m
    return None


def _citings(masked: str, a: int, b: int, places: list[int]) -> Iterator[re.Match[str]]:
    """CITING.finditer(masked, a, b), tried only where "iting" is written (`places`, from _places), one
    letter after the place a match would start."""
    after = a + 1
    for k in _places_within(places, a + 1, b, 5):
        if k < after:
            continue
        m = CITING.match(masked, k - 1, b)
        if m:
            yield m
            after = m.end() + 1


def _any_between(offsets: list[int], a: int, b: int) -> bool:
    i = bisect.bisect_left(offsets, a)
    return i < len(offsets) and offsets[i] < b


def _units(
    masked: str,
    para_starts: list[int],
    quote_starts: list[int],
    cues: _Cues,
    phrases: bool,
    nouns: list[int] = (),  # type: ignore[assignment]
):
    """(start, end, paragraph number) of the sentences of the paragraphs that hold a cue, a quotation or a cue
    phrase.

    Splitting only those paragraphs keeps the extractor fast on long articles and on pages with furniture.
    """
    n = len(masked)
    # the paragraphs worth a look, found from the cues, quotes and phrases rather than by testing each one
    wanted = {bisect.bisect_right(para_starts, k) - 1 for k in cues.starts}
    wanted.update(bisect.bisect_right(para_starts, k) - 1 for k in quote_starts)
    wanted.update(bisect.bisect_right(para_starts, k) - 1 for k in nouns)
    if phrases:
        for places in (cues.according, cues.citing):
            wanted.update(bisect.bisect_right(para_starts, k) - 1 for k in places)
    last = len(para_starts) - 1
    # a paragraph has glued sentences only if the article has: one search, and most articles have none
    glued_article = any(stop in masked and rx.search(masked) is not None for stop, rx in GLUED_AT)
    for para in sorted(wanted):
        if para < 0:
            continue
        a = para_starts[para]
        b = min(para_starts[para + 1] - 1 if para < last else n, n)
        if b - a < 3:
            continue
        q = bisect.bisect_left(quote_starts, a)
        if not (
            cues.search(a, b)
            or (q < len(quote_starts) and quote_starts[q] < b)
            or (nouns and _any_between(nouns, a, b))
            or (
                phrases and (_places_within(cues.according, a, b, 11) or _places_within(cues.citing, a, b, 5))
            )
        ):
            continue
        chunk = masked[a:b]
        if not _inner_stop(chunk.rstrip()) and not (glued_article and _glued(chunk)):
            # one sentence (no stop before its end, nor a stop glued to the next sentence, "... in his
            # cell.Lincoln County Sheriff", which the splitter cuts): the splitter has nothing to do
            lead = len(chunk) - len(chunk.lstrip())
            body = chunk.strip()
            sentences = [Sentence(lead, lead + len(body), body)] if body else []
        else:
            sentences = split_sentences(chunk)
            if len(sentences) > 1 and ("?" in chunk or "!" in chunk):
                sentences = _rejoin_asked(chunk, sentences, cues, a)
        for sentence in sentences:
            yield a + sentence.start, a + sentence.end, para


def _rejoin_asked(chunk: str, sentences: list[Sentence], cues: _Cues, a: int) -> list[Sentence]:
    """The sentences of a paragraph with a quotation closing on "?" or "!" joined to a short speaker and cue
    after it ('"Why now?" Ann Lee asked.', '"Where?" Justice Ross asked them.'): the splitter cuts after the
    mark, as a capitalised word follows, and would leave the quotation without its speaker."""
    out = [sentences[0]]
    for sentence in sentences[1:]:
        prev = out[-1]
        stem = chunk[prev.start : prev.end].rstrip(QUESTION_CLOSERS)
        if len(stem) < prev.end - prev.start and stem.endswith(("?", "!")) and stem[:1] in QUESTION_OPENERS:
            cue = cues.search(a + sentence.start, a + sentence.end)
            words = chunk[sentence.start : cue.start() - a].split() if cue else []
            if (
                0 < len(words) <= SPEAKER_AFTER_QUESTION
                and words[0][:1].isupper()
                and all(SPEAKER_WORD.fullmatch(w) for w in words)
                and AFTER_QUESTION_CUE.match(chunk, cue.end() - a, sentence.end)  # type: ignore[union-attr]
            ):
                out[-1] = Sentence(prev.start, sentence.end, chunk[prev.start : sentence.end])
                continue
        out.append(sentence)
    return out


def _inner_stop(stem: str) -> bool:
    """INNER_STOP in stem, answered by str.find for the common cases (a full stop and a space, a line break);
    otherwise, when the only stops are full stops, the pattern is searched from the first, as a match opens on
    one (a search from the start tests every character against the set)."""
    if ". " in stem or "\n" in stem:
        return True
    first = 0 if "!" in stem or "?" in stem else stem.find(".")
    return first >= 0 and INNER_STOP.search(stem, first) is not None


def _glued(chunk: str) -> bool:
    """A stop glued to the next sentence in chunk, found from the stops (rare) rather than from the lowercase
    letters (most)."""
    return GLUED_STOP.search(chunk) is not None


def _para_of(para_starts: list[int], offset: int) -> int:
    return bisect.bisect_right(para_starts, offset) - 1


def _pure_quote(masked: str, s: int, e: int, uq: list[QuoteSpan]) -> bool:
    """A unit made of quotation: it opens with a quote, and what lies outside the quotes is punctuation or
    a few words of narration after them (""...seat" and hit Coulthard.")."""
    if masked[s : uq[0].open].strip(" \t"):
        return False
    pos = s
    rest = []
    for q in uq:
        rest.append(masked[pos : q.open])
        pos = q.close
    rest.append(masked[pos:e])
    outside = "".join(rest)
    if not any(ch.isalnum() for ch in outside):
        return True
    return len(outside.split()) <= NARRATION_AFTER_QUOTE and len(outside) * 4 < e - s


def _unit(text: str, masked: str, s: int, e: int, uq: list[QuoteSpan], cues: _Cues) -> list[_Raw]:
    records: list[_Raw] = []
    used_cues: set[int] = set()
    with_records: list[_Raw] = []
    first_with = (
        WITH_PARTICIPLE.search(masked, s, e)
        if masked.find("with ", s, e) >= 0 and any(masked.find(w, s, e) >= 0 for w in WITH_PARTICIPLE_WORDS)
        else None
    )
    if first_with is not None:
        # "..., with some saying it makes her look crazy and one blogger asking, ...": each phrase speaks
        parts = [first_with, *AND_PARTICIPLE.finditer(masked, first_with.end(), e)]
        for k, part in enumerate(parts):
            stop = parts[k + 1].start() if k + 1 < len(parts) else e
            rec = _with_record(text, masked, part, stop, uq, s)
            if rec is not None:
                with_records.append(rec)
                used_cues.add(part.start(2))
    if uq:
        direct = _direct(text, masked, s, e, uq, cues)
        if direct is not None and direct[1] not in used_cues:
            rec, cue_at = direct
            records.append(rec)
            used_cues.add(cue_at)
    records.extend(with_records)
    quoted = _quoted_as(text, masked, s, e, uq, cues) if cues.quoted else None
    if quoted is not None:
        # the quotation's own "saying" is this record's cue
        rec, saying_at = quoted
        records = [r for r in records if r.cue != "saying"] + [rec]
        used_cues.add(saying_at)
    acc = _according_search(masked, s, e, cues.according) if cues.according else None
    if acc and (not records or _according_before_speakers(acc, records)):
        rec = _according(text, masked, s, e, acc)
        if rec is not None:
            records.append(rec)
            # a cue word inside the source phrase is part of it ("according to New Zealand media reports")
            used_cues.update(
                c.start() for c in cues.finditer(acc.start(), rec.speaker_at + len(rec.speaker or ""))
            )
    elif acc and len(records) == 1 and _according_after_direct(masked, acc, records[0]):
        # ""...," Biden said, according to AFP": the outlet relays the quotation, a speaker of its own
        rec = _according(text, masked, s, e, acc)
        if rec is not None and rec.speaker and _named_relay(rec.speaker):
            rec.start, rec.end = records[0].start, records[0].end
            rec.relay = records[0].speaker.lower() in PRONOUNS  # (""...," he said, according to the Globe")
            records.insert(0, rec)  # (the quotation's record stays last, for a quotation that continues it)
    if not records or records[-1].kind in ("direct", "according_to"):
        for m in cues.finditer(s, e):
            if m.start() in used_cues:
                continue
            if records and any(
                r.kind == "direct" and r.start <= m.start() < r.end
                # (a cue between a statement's speaker and its clause is in the phrase of where it was made: "said
                # in a statement posted on its website that ...")
                or r.kind == "indirect" and r.speaker_at < m.start() < r.start
                for r in records
            ):
                continue
            rec = _indirect(text, masked, s, e, m, records, cues)
            if rec is not None:
                records.append(rec)
    if acc and len(records) >= 2:
        records = _document_relays(records)
    for r in records:
        if r.kind == "direct" and r.cue in PARTICIPLES and r not in with_records:
            # "X said in a statement that ..., adding, "...": the participle's speaker is the statement's
            # (not a speaker named after the quotation: "X was known for telling others "...", said Y")
            earlier = [x for x in records if x is not r and x.speaker and x.start < r.start and x.speaker_at < r.start]
            if earlier:
                r.speaker, r.speaker_at, r.resolved_hint = (
                    earlier[-1].speaker,
                    earlier[-1].speaker_at,
                    earlier[-1].resolved_hint,
                )
    if first_with is not None:
        # a statement before ", with some saying ..." ends there
        cut = masked.rfind(",", s, first_with.start())
        cut = cut if cut > s and not masked[cut + 1 : first_with.start()].strip() else first_with.start()
        for r in records:
            if r not in with_records and r.start < cut < r.end:
                r.end = _trim_end(text, r.start, cut)
    if not records and (
        cues.first_to_in(masked, s, e)
        or masked.find(" by ", s, e) >= 0
        and any(masked.find(verb, s, e) >= 0 for verb in (*NEWS_ACT_VERBS, *JUDGED_ACT_VERBS))
    ):
        news = _news_act(text, masked, s, e)
        if news is not None:
            records.append(news)
    if masked.find("what ", s, e) >= 0:
        records.extend(_what_called(text, masked, s, e, records))
    if _noun_before_that(masked, s, e, cues.thats):
        records.extend(_noun_cues(text, masked, s, e, records))
    if cues.citing:
        _apply_citing(text, masked, s, e, records, cues)
    return [r for r in records if r.end - r.start >= 2]


def _what_called(text: str, masked: str, s: int, e: int, records: list[_Raw]) -> list[_Raw]:
    """Namings with their object ("what proponents call the religious freedom bill"): the speaker and the name
    given, when no record already holds the verb."""
    found = []
    for m in WHAT_CALLED.finditer(masked, s, e):
        speaker = m.group(1)
        if speaker.lower() in PRONOUNS or speaker.lower() in ("is", "was", "are", "were", "i", "you"):
            continue  # (a pronoun here is often far from its name: "President Obama ..., calling for ... over what he
            # called ...")
        if not _valid_speaker(speaker):
            continue
        if any(r.start <= m.start(2) < r.end or r.speaker_at == m.start(1) for r in records):
            continue
        c_start = m.end()
        stop = NEW_CLAUSE_AFTER_NAME.search(masked, c_start, e)
        c_end = _trim_end(text, c_start, stop.start() if stop else e)
        if _has_words(text, c_start, c_end, 2):
            found.append(_Raw(speaker, m.start(1), m.group(2).split()[0], "indirect", None, c_start, c_end))
    return found


def _news_act(text: str, masked: str, s: int, e: int) -> _Raw | None:
    """An outlet's or a person's act whose object is the news itself: "The deal was first reported by the Kansas
    City Star" (a passive with its agent named, the subject its content), "Politico was first to report the
    news of the indictment" (the object or clause after the verb its content)."""
    m = REPORTED_BY.search(masked, s, e) or JUDGED_BY.search(masked, s, e)
    if m is not None:
        agent = m.group(2).rstrip(".")
        lead = _content_start(text, s, m.start())
        that = masked.rfind(" that ", lead, m.start())
        if that >= 0:
            lead = that + 6  # "Officials were furious that the charges were announced by X": the clause's subject
        c_end = _trim_end(text, lead, m.start())
        if m.group(1) == "confirmed" and (CONFIRMING_CHAMBER.search(agent) or agent.endswith(("'s", "’s"))):
            return None  # (a possessive is a cut agent: "confirmed by Sheriff's deputies")
        if c_end - lead >= 2 and _valid_speaker(agent) and not NO_NEWS.match(text, lead):
            return _Raw(agent, m.start(2), m.group(1), "indirect", None, lead, c_end)
        return None
    m = FIRST_TO_REPORT.search(masked, s, e)
    if m is None:
        return None
    subject = _leading_np(masked, s, m.start())
    if subject is None or masked[subject[1] + len(subject[0]) : m.start()].strip():
        return None
    c_start = m.end()
    that = THAT.match(masked, c_start)
    c_start = that.end() if that else c_start + len(masked[c_start:e]) - len(masked[c_start:e].lstrip())
    c_end = _trim_end(text, c_start, e)
    if not _has_words(text, c_start, c_end, 2):
        return None
    return _Raw(subject[0], subject[1], m.group(1), "indirect", None, c_start, c_end)


def _document_relays(records: list[_Raw]) -> list[_Raw]:
    """The records without "according to" an unnamed release whose content opens on a speaker of its own:
    "According to a news release, Chief Ken Geddes said officers were called" is the chief's statement, the release
    its medium."""
    for doc in records:
        if doc.kind != "according_to" or not doc.speaker or not UNNAMED_RELEASE.fullmatch(doc.speaker):
            continue
        # (the release opening the sentence, before the speaker: not "X told investigators ..., according to the
        # news release", which the release relays)
        inner = next(
            (
                r
                for r in records
                if r is not doc
                and r.speaker
                and r.kind == "indirect"
                and doc.speaker_at < doc.start <= r.speaker_at <= doc.start + 1
            ),
            None,
        )
        if inner is not None:
            inner.medium = inner.medium or doc.speaker
            return [r for r in records if r is not doc]
    return records


def _according_before_speakers(acc: re.Match[str], records: list[_Raw]) -> bool:
    """Whether "According to X," opens a sentence whose quotation has its own speaker after it: "According to
    AFP, one user on Weibo posted: "..."" cites AFP for the post, a statement of its own."""
    return all(r.kind == "direct" and r.speaker and acc.end() <= r.speaker_at for r in records)


def _named_relay(speaker: str) -> bool:
    """Whether a relaying source is named, an outlet or a person ("the Denver Post", "survivor Ann Lee"), at most
    one lowercase word before its name: not "a recording of the call" or "radio communications obtained by The
    Post", which are evidence."""
    words = speaker.split()
    named = next((k for k, w in enumerate(words) if w[:1].isupper()), None)
    return named is not None and named <= 1 and words[-1][:1].isupper()


def _according_after_direct(masked: str, acc: re.Match[str], r: _Raw) -> bool:
    """Whether "according to X" follows a quotation's speaker and cue with at most a word between ("Biden said
    Thursday, according to AFP", "said Biden, according to AFP")."""
    if r.kind != "direct" or not r.speaker or not r.cue or r.speaker_at >= acc.start() or r.start > acc.start():
        return False
    if r.speaker.lower() in PRONOUNS and r.speaker.lower() not in ("he", "she"):
        # (the relay would stand between a pronoun and the name it looks back to; "he" and "she" look back to a
        # person, which an outlet is not)
        return False
    gap = masked[r.speaker_at + len(r.speaker) : acc.start()]
    m = DIRECT_ACCORDING_GAP.match(gap)
    return m is not None and m.group(1) in (None, r.cue)


def _noun_before_that(masked: str, s: int, e: int, thats: list[int]) -> bool:
    """Whether, in masked[s:e], a NOUN_CUE noun stands right before a "that" between spaces, as every
    NOUN_CUE match has it (most units hold a "that" or a noun's stem, few the two together). `thats` are the
    places of "that" in the article (from _places)."""
    for k in _places_within(thats, s + 1, e, 4):
        if masked[k - 1].isspace() and k + 4 < e and masked[k + 4].isspace():
            before = masked[s:k].rsplit(None, 1)
            if before and before[-1] in NOUN_CUE_WORDS:
                return True
    return False


def _noun_cues(text: str, masked: str, s: int, e: int, records: list[_Raw]) -> list[_Raw]:
    """`Trump's statement that ...`, `his claim that ...`: a statement named by a noun, its owner the speaker,
    its content the clause up to the next comma or the sentence end."""
    out: list[_Raw] = []
    taken = {r.start for r in records}
    for m in NOUN_CUE.finditer(masked, s, e):
        c_start = m.end()
        stop = NOUN_CLAUSE_END.search(masked, c_start, e)
        c_end = _trim_end(text, c_start, stop.start() if stop else e)
        if (
            c_start in taken
            or not _has_words(text, c_start, c_end, 2)
            or RELATIVE_THAT.match(masked, c_start)
        ):
            continue
        owner = m.group("owner")
        speaker = POSSESSIVE_PRONOUN.get(owner.lower(), owner)
        if speaker is owner and not _valid_speaker(owner):
            continue
        out.append(_Raw(speaker, m.start("owner"), m.group("noun"), "indirect", None, c_start, c_end))
    return out


def _direct(
    text: str, masked: str, s: int, e: int, uq: list[QuoteSpan], cues: _Cues
) -> tuple[_Raw, int] | None:
    """A quotation attributed in its own sentence: after it (`"...," X said`) or before it (`X said: "..."`)."""
    last = uq[-1]
    # after a quotation
    for i, q in enumerate(uq):
        # the quotation's last character once spaces and then closing marks are set aside (read backwards,
        # without copying the quotation)
        j = q.end
        while j > q.start and text[j - 1].isspace():
            j -= 1
        while j > q.start and text[j - 1] in "'’\"”`":
            j -= 1
        ends_punct = j > q.start and text[j - 1] in ",.!?—–-"
        nxt = uq[i + 1].open if i + 1 < len(uq) else e
        tail = masked[q.close : nxt]
        lead = LEAD_DASH.match(tail)
        if not ends_punct and not (lead and "," in lead.group()) and not _comma_dropped(text, masked, s, q, tail):
            continue
        if not ends_punct and cues.search(s, q.open):
            # a fragment quoted inside a reported clause ("said it had sunk the "mother ship", though ..."):
            # the comma after it ends the clause, not a quotation
            continue
        cm = cues.search(q.close, nxt)
        if not cm:
            continue
        before = tail[lead.end() : cm.start() - q.close]
        if before[:9].split(None, 1)[:1] and before.split(None, 1)[0] in CONJUNCTIONS:
            # "called the idea "intriguing," but Sen. X said ...": a new clause, not the quotation's speaker
            continue
        cue = cm.group(1)
        cue_at = cm.start()
        if not _speaks_quote(cue) or _blocked_before(masked, s, cue_at):
            continue
        speaker, spk_at = _np_before(before, q.close + lead.end())
        inverted_medium = None
        if not speaker and not before.strip():
            inverted = _inverted_speaker(tail[cm.end() - q.close :])
            if inverted is None:
                continue
            speaker, spk_at, inverted_medium = inverted[0], cm.end() + inverted[1], inverted[2]
        elif not speaker:
            continue
        speaker, trailing = _strip_trailing(speaker)
        rest = masked[cm.end() : nxt]
        medium = inverted_medium or _medium(rest, cue) or trailing
        # the quotation runs back over quotes joined only by punctuation or an attribution, and on over a
        # quote that resumes right after this attribution ("A," he said, "B.")
        k = i
        while k > 0 and _attribution_only(masked, uq[k - 1].close, uq[k].open, 3):
            k -= 1
        start = uq[k].start
        end = q.end
        if (
            i + 1 < len(uq)
            and _attribution_only(masked, q.close, uq[i + 1].open, 14)
            # (not a title quoted inside the attribution: ""...," said Trump in an interview on NBC's "Today" show")
            and not _quoted_title_in_attribution(text, masked, q.close, uq[i + 1])
        ):
            j = i + 1
            end = uq[j].end
            while j + 1 < len(uq) and _attribution_only(masked, uq[j].close, uq[j + 1].open, 0):
                j += 1
                end = uq[j].end
        return _Raw(speaker, spk_at, cue, "direct", medium, start, _trim_end(text, start, end)), cue_at
    # before a quotation: the first one, or a later one whose cue comes after the quotation before it
    # ("Lyons said that ... he "claimed it ..." – and added, "Since he fled ...")
    for k, q in enumerate(uq):
        introduced, found = _direct_before(text, masked, s, uq[k - 1].close if k else s, q, last, cues)
        if introduced:
            return found
    return None


def _comma_dropped(text: str, masked: str, s: int, q: QuoteSpan, tail: str) -> bool:
    """Whether a quotation that opens its sentence, of more than QUOTED_WORDS_MIN words, is followed by a capitalised
    speaker without the comma before its closing mark ("“... the best dads ” Michelle Bandoo, a cousin, wrote"): a
    dropped comma, not a title ("“Jeopardy!” host Alex Trebek")."""
    return (
        not masked[s : q.open].strip()
        and tail[:1] == " "
        and tail[1:2].isupper()
        and len(text[q.start : q.end].split(None, QUOTED_WORDS_MIN)) > QUOTED_WORDS_MIN
    )


def _direct_before(
    text: str, masked: str, s: int, lo: int, first: QuoteSpan, last: QuoteSpan, cues: _Cues
) -> tuple[bool, tuple[_Raw, int] | None]:
    """`X said: "..."`: (whether a cue between lo and the quotation introduces it, the record if it has a
    speaker)."""
    matches = cues.finditer(lo, first.open)
    if not matches or not _speaks_quote(matches[-1].group(1)):
        return False, None
    cm = matches[-1]
    cue = cm.group(1)
    tail = masked[cm.end() : first.open]
    pos, obj, medium = _skip(tail, cue)
    if tail[pos:].strip(" ,:—–-\t") or THAT_AHEAD.match(tail, pos):
        return False, None
    cue_at = cm.start()
    if _blocked_before(masked, s, cue_at):
        return True, None
    subj = _participle_subject(masked, s, cue_at) if cue in PARTICIPLES else _subject(masked, s, cue_at, cues)
    if subj is None:
        return True, None
    speaker, spk_at = subj[0], subj[1]
    speaker, trailing = _strip_trailing(speaker)
    if cue in PARTICIPLES and medium is None:
        issued = ISSUED_MEDIUM.search(masked, spk_at + len(speaker), cue_at)
        medium = issued.group(1) if issued else None
    record = _Raw(
        speaker,
        spk_at,
        cue,
        "direct",
        medium or trailing,
        first.start,
        _trim_end(text, first.start, last.end),
    )
    return True, (record, cue_at)


# How many words a speaker closing a sentence after its cue may have when it ends on a full name: a description of
# up to four words and a three-word name ("national disaster agency spokesman Sutopo Purwo Nugroho").
SHORT_NP_NAMED_WORDS = 8


def _short_final_np(tail: str) -> bool:
    """Whether what follows a cue is only a short speaker, maybe with where it was said ("..., said Chief of
    Detectives Charlie Beck.", "..., said Commissioner William Evans at a press conference.")."""
    m = INVERTED_NP.match(tail)
    if not m:
        return False
    found = _inverted_speaker(tail)
    if found and found[1] + len(found[0]) > m.end():
        return True  # a description and the name apposed to it, closing the sentence
    if tail[m.end() :].strip(TRAILING) and not _description_closing(tail, m):
        return False  # ("..., said Cpl. Ann Lee, a police spokeswoman.": a name and a description close the sentence)
    np = found[0] if found else m.group(1)
    words = np.split()
    # (a longer description before a full name closing the sentence is one too: "..., said national disaster
    # agency spokesman Sutopo Purwo Nugroho.")
    short = len(words) <= 6 or (len(words) <= SHORT_NP_NAMED_WORDS and words[-1][:1].isupper() and words[-2][:1].isupper())
    return short and not CLAUSE_VERBS.search(np) and _valid_speaker(np)


def _inverted_speaker(after: str) -> tuple[str, int, str | None] | None:
    """The speaker after an inverted cue ("said Brooklyn Councilman Jumaane Williams in a press release"):
    (speaker, offset in `after`, medium)."""
    nm = INVERTED_NP.match(after)
    if not nm:
        return None
    np = nm.group(1)
    if np[:1] in "hstwiI" and INVERTED_PRONOUN_CLAUSE.match(np):
        return None
    if "day" in np and INVERTED_DAY.fullmatch(np):
        return None  # "..., said Thursday.": when the subject before the cue spoke, not who
    if " as " in np or " while " in np or " when " in np:
        clause = INVERTED_CLAUSE.search(np)
        if clause:
            # "said Amons as he described his first time meeting Norman": a clause after the name, not part of it
            return (np[: clause.start()].strip(), nm.start(1), None) if _valid_speaker(np[: clause.start()]) else None
    medium = None
    remainder = after[nm.end() :]
    if remainder.startswith(","):
        # a described speaker whose name follows it and closes the sentence: "said another witness in the
        # probe, former adviser Fiona Hill." is one speaker
        named = INVERTED_APPOSED_NAME.match(remainder)
        if named and _description_and_name(np, named.group(1)):
            return np + remainder[: named.end()], nm.start(1), None
    if not _valid_speaker(np):
        pp = PLACE_PP.search(np)
        if not pp:
            return None
        mm = MEDIUM.search(np, pp.start())
        medium = mm.group(1) if mm else None
        np = np[: pp.start()]
        if not _valid_speaker(np):
            return None
    elif " in " in np or " on " in np or " during " in np or " at " in np:
        # "said Trump in an interview on NBC's": where the speaker spoke, written after the name, is the medium
        pp = PLACE_PP.search(np)
        mm = MEDIUM.match(np, pp.end() - len(pp.group().lstrip())) if pp else None
        if mm and _valid_speaker(np[: pp.start()]):
            np, medium = np[: pp.start()], mm.group(1)
        elif (
            pp
            and OCCASION_AFTER.match(np, pp.start())
            and OCCASION_CLAUSE_WORDS.isdisjoint(np.split())
            and _valid_speaker(np[: pp.start()])
        ):
            np = np[: pp.start()]  # "said Reid on the Senate floor on Tuesday": the occasion is no part of the name
    # (a party tag closes after the name: "said Rep. Ann Lee (R-Minn.), who has emerged ..., to the Post")
    closed = PARTY_TAG_CLOSE.match(remainder) if "(" in np else None
    rest = remainder[closed.end() :] if closed else remainder
    if len(rest.strip(TRAILING).split()) > 12 and not rest.lstrip().startswith(","):
        return None
    to_media = TO_MEDIUM.search(np)
    if to_media and _is_media(to_media.group(1)):
        # "said doctor Ema Suryani to AFP"
        np, medium = np[: to_media.start()], medium or to_media.group(1)
    return np.strip(), nm.start(1), medium


def _description_and_name(description: str, name: str) -> bool:
    """Whether a short description and the personal name apposed to it are one speaker ("another witness in the
    probe" and "former adviser Fiona Hill", "Sweden's deputy director of public prosecutions" and "Eva-Marie
    Persson"), not a name and its place or body, nor someone else named in a clause."""
    words = description.split()
    return (
        bool(words)
        and (words[0] in DESCRIPTION_LEADS or (words[0][:1].isupper() and words[0].endswith(("'s", "’s"))))
        and len(words) <= APPOSED_DESCRIPTION_WORDS
        and not CLAUSE_VERBS.search(description)
        and not ends_with_personal_name(description)
        and ends_with_personal_name(name)
        and not APPOSITION_BARRED.intersection(name.split())
    )


def _speaks_quote(cue: str) -> bool:
    """Whether a cue can introduce a direct quotation ("what Ruth called "a third party"" does not, nor a verb
    that rejects a claim: '"...," a man challenged the teen')."""
    lemma = CUE_VERBS[cue].lemma
    return lemma not in QUOTE_BARRED and lemma not in REJECTION_LEMMAS


def _with_record(
    text: str, masked: str, part: re.Match[str], stop: int, uq: list[QuoteSpan], s: int
) -> _Raw | None:
    c_start = part.end()
    that = THAT.match(masked, c_start)
    c_start = (
        that.end() if that else c_start + len(masked[c_start:stop]) - len(masked[c_start:stop].lstrip(" ,:"))
    )
    quote = next((q for q in uq if c_start <= q.open <= c_start + 2 and q.end <= stop), None)
    if quote is not None:
        return _Raw(
            part.group(1),
            part.start(1),
            part.group(2),
            "direct",
            None,
            quote.start,
            _trim_end(text, quote.start, quote.end),
        )
    c_end = _trim_end(text, c_start, stop)
    if not _has_words(text, c_start, c_end, 2):
        return None
    who, who_at = _dash_aside(part.group(1), part.start(1))
    hint = None
    if who.lower() in QUANTIFIERS:
        lead = _leading_np(masked, s, part.start())
        hint = lead[0] if lead else None
    return _Raw(who, who_at, part.group(2), "indirect", None, c_start, c_end, resolved_hint=hint)


def _dash_aside(who: str, at: int) -> tuple[str, int]:
    """The speaker of "some – including conservatives such as Sen. Ann Cole, a lawmaker from Ohio –": the
    person the aside names as an example, else the words before it ("some")."""
    k = max(who.find(" – "), who.find(" — "))
    if k < 0:
        return who, at
    aside = who[k + 3 :]
    for marker in (" such as ", "including ", " like "):
        j = aside.rfind(marker)
        if j >= 0:
            lead = _leading_np(aside, j + len(marker), len(aside))
            if lead and lead[0][:1].isupper() and len(lead[0].split()) >= 2:
                return lead[0], at + k + 3 + lead[1]
    return who[:k].strip(), at


def _quoted_as(
    text: str, masked: str, s: int, e: int, uq: list[QuoteSpan], cues: _Cues
) -> tuple[_Raw, int] | None:
    """`X quoted (or cited) Y as saying ...`: Y speaks through X; `Y was quoted (by X) as saying ...`."""
    if masked.find("quoted", s, e) < 0 and masked.find("cited", s, e) < 0:
        return None
    m = QUOTED_PASSIVE.search(masked, s, e)
    if m:
        subj = _subject(masked, s, m.start(), cues)
        if subj is None:
            return None
        speaker, spk_at = subj[0], subj[1]
        medium = m.group(1).strip() if m.group(1) else None
    else:
        m = QUOTED_AS.search(masked, s, e)
        if not m:
            return None
        speaker, spk_at = m.group(1).strip(), m.start(1)
        subj = _subject(masked, s, m.start(), cues)
        medium = subj[0] if subj else None
    if not _valid_speaker(speaker):
        return None
    cue = "quoted" if "quoted" in m.group() else "cited"
    c_start = m.end()
    quote = next((q for q in uq if q.open >= c_start and not masked[c_start : q.open].strip(" ,:")), None)
    if quote is not None:
        return _Raw(
            speaker, spk_at, cue, "direct", medium, quote.start, _trim_end(text, quote.start, uq[-1].end)
        ), m.start(2)
    after = next((q for q in uq if q.open >= c_start), None)
    if uq and m.re is QUOTED_AS and not masked[c_start : after.open if after else e].strip(TRAILING):
        # '"...," the Daily News quoted witness Jo Brown as saying. "...": the quotation around the outlet is the
        # speaker's, the outlet (all that stands between the quotation and "quoted") the medium
        before = [q for q in uq if q.close <= m.start()]
        if before:
            outlet = masked[before[-1].close : m.start()].strip(" ,")
            if outlet and len(outlet.split()) <= QUOTED_OUTLET_WORDS and not any(c in outlet for c in ".;:!?"):
                last = uq[-1] if after else before[-1]
                return _Raw(
                    speaker, spk_at, cue, "direct", outlet, before[0].start,
                    _trim_end(text, before[0].start, last.end),
                ), m.start(2)
    that = THAT.match(masked, c_start)
    if that:
        c_start = that.end()
    c_start += len(masked[c_start:e]) - len(masked[c_start:e].lstrip(" ,:"))
    c_end = _trim_end(text, c_start, e)
    if not masked[c_start:e].strip(TRAILING) and not uq:
        # "..., Iranian officials were quoted by AP as saying.": the clause before the speaker (a quotation
        # before it is attributed as a direct one)
        comma = masked.rfind(",", s, spk_at)
        if comma > s and not masked[comma + 1 : spk_at].strip():
            c_start = _content_start(text, s, comma)
            c_end = _trim_end(text, c_start, comma)
    if not _has_words(text, c_start, c_end, 2):
        return None
    return _Raw(speaker, spk_at, cue, "indirect", medium, c_start, c_end), m.start(2)


TITLE_WORDS = 4  # words of a programme's or a work's title quoted inside an attribution ("Face the Nation")


def _quoted_title_in_attribution(text: str, masked: str, a: int, q: QuoteSpan) -> bool:
    """Whether the quotation q after an attribution (masked[a:q.open]) is a title named inside it, not the quotation
    resuming: no punctuation closes the attribution before it, and it is a few capitalised words ("on NBC's
    "Today" show", "told "The Mike Gallagher Show"")."""
    if masked[a : q.open].rstrip().endswith((",", ":", ".", "!", "?", "—", "–", "-")):
        return False
    words = text[q.start : q.end].strip(" ,.!?").split()
    return 0 < len(words) <= TITLE_WORDS and all(w[:1].isupper() or len(w) <= 3 for w in words)


def _attribution_only(masked: str, a: int, b: int, words: int) -> bool:
    gap = masked[a:b]
    return len(gap.split()) <= words and (words == 0 and not any(c.isalnum() for c in gap) or words > 0)


def _np_before(before: str, base: int) -> tuple[str | None, int]:
    """The speaker between a closing quote and its cue: `"...," [the ministry] said`."""
    first, at = _np_in(before)
    return first, base + at


@lru_cache(maxsize=4096)
def _np_in(before: str) -> tuple[str | None, int]:
    """_np_before's speaker and its offset in `before` (remembered: the words between a quotation and its cue
    recur, ", police" and ", he")."""
    seg = _tail_sub(before.rstrip())
    medium_comma = MEDIUM_COMMA_END.search(seg, max(0, len(seg) - 60))
    if medium_comma:
        seg = seg[: medium_comma.start()]
    seg = seg.strip().rstrip(",")
    if not seg:
        return None, 0
    first = _drop_trailing_time(seg.split(",")[0].strip())
    if first[:2] in ("a ", "an", "A ", "An") and (head := ZERO_RELATIVE_HEAD.match(first)):
        first = first[head.end() :]  # `"...," a point the office denied`: the clause's subject
    if not _valid_speaker(first):
        return None, 0
    if seg.count(",") == 1 and _description_and_name(first, seg.split(",")[1].strip()):
        first = seg  # `"...," Sweden's chief prosecutor, Eva Persson, said`: the description and its name
    return first, before.index(first)


# A subject and a verb of its own with no object, set off by a comma before a second verb, the cue ("He paused,
# then added", "Smith hesitated, then said"): the subject alone is the speaker.
SUBJECT_THEN_ACT = re.compile(
    r"\s*((?:[Hh]e|[Ss]he|[Tt]hey|[Ww]e|I)|(?:[A-Z][\w'’-]*\s+){0,2}[A-Z][\w'’-]*)\s+([a-z]+ed)$"
)


def _subject(masked: str, s: int, cue_at: int, cues: _Cues) -> tuple[str, int, int, bool] | None:
    """The speaker before a cue: (speaker, offset, clause start, in a relative clause).

    Handles appositions ("Karim Masimov, the committee's former head, said"), relayed sources ("Russian
    media, citing ..., reported"), relative clauses ("officials who asked not to be named said", "troops,
    who the government says have been deployed", "what they said were ...") and a cue earlier in the
    sentence ("Ruth said Smith told officers ...": Smith is the speaker of "told").

    The cues in the words before it are the article's (`cues`), not found again: what is left of those words
    once the tail is trimmed is a prefix of them that ends before a space, a comma or a bracket, so the cues
    in it are those of the article.
    """
    # ("ALMATY, Jan 10 (Reuters) - Kazakhstan said": the dateline opens the sentence, not its subject)
    s = dateline_end(masked, s, cue_at)
    left = masked[s:cue_at]
    core = _tail_sub(left)
    if core.rstrip().endswith(DASHES):
        # "state officials – including the Republican who was governor during the 2008 campaign – have confirmed":
        # an aside set off by dashes before the verb, as by commas, is no part of the subject
        aside = DASH_ASIDE_END.search(core.rstrip(), max(0, len(core) - DASH_ASIDE_REACH))
        if aside:
            core = core[: aside.start()]
    # (each of the patterns below ends the text: they are searched only when it ends as they need)
    stem = core.rstrip()
    medium_comma = MEDIUM_COMMA_END.search(core, max(0, len(core) - 60)) if stem.endswith(",") else None
    if medium_comma and not medium_comma.group().rstrip().endswith(","):
        medium_comma = None
    core = core[: medium_comma.start()].rstrip() if medium_comma else stem
    went_on = WENT_ON_TAIL.search(core, max(0, len(core) - WENT_ON_WINDOW)) if core.endswith("to") else None
    if went_on:
        core = core[: went_on.start()]
    if core.endswith(TIME_END_WORDS):
        # ("Police detained a man at the scene and on Thursday said ...": the time of the second verb)
        timed = COORDINATED_TIME_END.search(core, max(0, len(core) - COORDINATED_TIME_REACH))
        if timed:
            core = core[: timed.end(1)]
    # a second verb of the same subject: "the police deny accusations and say ...", "..., but added ..."
    coordinated = (
        COORDINATED_END.search(core, max(0, len(core) - 12)) if core.endswith(("and", "but")) else None
    )
    if coordinated:
        earlier = [
            c
            for c in cues.finditer(s + max(0, len(core) - BOUNDARY_WINDOW), s + coordinated.start())
            if c.group(1) not in PARTICIPLES or not _unstated_participle(masked, c.group(1), c.end())
        ]
        # ("..., and went on to say" follows a whole statement, commas and all)
        # (a comma right before the "and" sets off no other clause: "writes about the problems, and argues that")
        between = masked[earlier[-1].end() : s + coordinated.start()].rstrip() if earlier else ""
        comma = between.endswith(",")
        if earlier and (went_on or not between.removesuffix(",").count(",")):
            # ("Fanning couldn't say ..., but said ...", "Hastings declined to describe ... but indicated ...": the
            # subject of the negated verb, before its auxiliary)
            # ("Police are calling the shooting accidental and said ...": the subject before the auxiliary)
            first = _first_verb_subject(masked, s, earlier[-1], cues)
            if (
                first is None
                and len(earlier) > 1
                and NAME_AFTER.match(masked, earlier[-1].stop)
                and _lacks_complement(masked, earlier[-1])
                and "," not in masked[earlier[-2].end() : s + coordinated.start()].rstrip().removesuffix(",")
            ):
                # a verb before a name, without its subject or the complement it needs, names a thing; the cue
                # before it has the subject: "suggested that users install a utility called the Toolkit ..., but
                # admitted ..." (not a call: "said the boy called 911 and told ...")
                first = _first_verb_subject(masked, s, earlier[-2], cues)
            if first is not None and comma and not went_on and not _plain_subject(first[0]):
                first = None  # ("Police later clarified those original reports, and confirmed": no verb's subject)
            if first is not None:
                return first[0], first[1], first[2], False
        elif not earlier:
            lead = _coordinated_lead(masked, s, s + coordinated.start())
            if lead is not None:
                return lead[0], lead[1], s, False
    # a cue earlier in the sentence ends the clause holding this speaker
    base = 0
    for m in cues.finditer(s + max(0, len(core) - BOUNDARY_WINDOW), s + len(core)):
        start, end = m.start() - s, m.end() - s
        # not the verb of a relative clause or an infinitive ("officials who asked not to be named"), nor a
        # participle without its agent ("the teenager accused of shooting his parents told ...")
        if (
            RELATIVE_BEFORE.search(core, max(0, start - RELATIVE_BEFORE_WINDOW), start)
            or TO_AFTER.match(core, end)
            or m.group(1) == "accused" and ACCUSED_OF.match(core, end)
            # ("Smith, when asked about the vote, said": an aside, REACHED_ASIDE)
            or m.group(1) == "asked" and ASKED_ASIDE_BEFORE.search(core, max(0, start - 12), start)
            # ("Ann Lee, writing for Slate, argued": the outlet she writes for, an aside)
            or m.group(1) == "writing" and core.startswith(" for ", end)
            # ("Bill Kristol, who led the charge of conservatives calling for Steele to step down, said": a
            # participle with its complement right after a noun qualifies the noun)
            or m.group(1) in COMPLEMENT_PARTICIPLES
            and not PARTICIPLE_LEAD.search(core, max(0, start - 8), start)
        ):
            continue
        base = end
    if base:
        base = OPTIONAL_THAT.match(core, base).end()  # the pattern matches everywhere (all optional)
    if core.endswith("."):
        place = ABBREVIATED_PLACE.search(core, max(base, len(core) - 12))
        if place and place.group(1) not in ABBREVIATIONS_BEFORE_STOP and place.group(1) not in NAME_SUFFIXES:
            # "Matt Smith, the county attorney in Mohave County, Az. said": a state's abbreviation closing the
            # description, read as if set off by its comma (", Ariz., said")
            core += ","
    if core.endswith(","):
        parts = core[base:-1].split(",")
        # walk back over appositions; the segment before them holds the speaker
        k = len(parts) - 1
        while k > 0 and (
            _appositive_like(parts[k])
            or _title_of_body_after_name(parts[k], parts[k - 1])
            or _region_of_place(parts[k], parts[k - 1])
            or _relative_continued(parts[k], parts[k - 1])
        ):
            k -= 1
        if k == 0 and len(parts) > 1 and (_intro_only(parts[0]) or len(parts) > 2 and FRONTED_CLAUSE.match(parts[0])):
            # "Reached for comment, a spokesman for the company, said", "On May 26, 2009, The Post, a daily,
            # described": the phrase (and a year after its date) opens the sentence; so does a fronted clause before
            # a subject set off by more commas ("After the mayors of Chicago and Boston heaped scorn upon the
            # company, the mayor of Washington, DC, suggested"; not "Although they were ..., other protesters
            # joined them ..., shouting", whose clause has its own subject)
            k = 1
            while k < len(parts) - 1 and parts[k].strip().isdigit():
                k += 1
        if k == len(parts) - 1 and len(parts) > 1 and not parts[k].strip():
            return None
        seg_start = base + len(",".join(parts[:k])) + (1 if k else 0)
        seg_end = seg_start + len(parts[k])
        acted = SUBJECT_THEN_ACT.match(parts[k]) if k == len(parts) - 1 and parts[k].endswith("ed") else None
        if acted and acted.group(2) not in CUE_VERBS:
            seg_end = seg_start + acted.end(1)  # ("He paused, then added": the verb before the comma is his own)
        found = _clause_subject(core[:seg_end], s, seg_start)
        if found and any(ANON_HINT.search(p) and not _is_citing(p.lstrip()) for p in parts[k + 1 :]):
            # "Officials, who spoke on condition of anonymity, said": the description makes them anonymous
            whole = core[found[1] - s : len(core) - 1].strip()
            return whole, found[1], found[2], found[3]
        return found
    return _clause_subject(core, s, base)


def _relative_continued(part: str, before: str) -> bool:
    """Whether a comma segment goes on with the relative clause of the segment before it ("A woman who lives in the
    neighborhood, and doesn't want to be identified, says", "A woman who lives nearby, and who asked not to be
    named, said"): "and" and a verb with no subject of its own, or "and who"."""
    return RELATIVE_CONTINUED.match(part) is not None and " who " in before


def _region_of_place(part: str, before: str) -> bool:
    """Whether a comma segment is the state or region of a place the segment before it ends on ("the sheriff of
    Harris County, Texas,", "the mayor of Washington, DC,", "Police in Dayton, Ohio,"), set off as an apposition is."""
    return REGION_SEGMENT.fullmatch(part) is not None and PLACE_ENDING.search(before) is not None


def _plain_subject(np: str) -> bool:
    """Whether a subject found for a cue is a noun phrase with no verb or dangling preposition in it, as the subject
    of a verb is ("Mediaite", not "Police later clarified those original", the words before the noun "reports")."""
    words = np.split()
    return not DANGLING_END.search(np) and not any(
        w.islower() and (w.endswith("ed") or w in PAST_VERBS or w in CUE_VERBS) for w in words
    )


@lru_cache(maxsize=4096)
def _intro_only(seg: str) -> bool:
    """Whether a comma segment is all an opening phrase (INTRO_PHRASE), not a subject."""
    m = INTRO_PHRASE.match(seg + ", ")
    return m is not None and m.end() >= len(seg) + 1


def _tail_sub(left: str) -> str:
    """Drop auxiliaries, an interjected adverb and a party tag before a cue, looking only at the end of the
    text (anchored patterns searched over a whole paragraph would rescan it from every position)."""
    cut = max(0, len(left) - TAIL_WINDOW)
    window = tail = left[cut:]
    if "," in tail and tail.rstrip().endswith(INTERJECTION_ENDINGS):
        # ("Smith, the committee's chairman, also said": an adverb with no comma of its own after it leaves
        # the comma before it, which closes the apposition)
        tail = INTERJECTION_TAIL.sub(_interjection_gap, tail)
    if tail.endswith(("all ", "both ")):
        tail = FLOATED_QUANTIFIER.sub("", tail)
    dropped = _aux_sub(tail)
    # (a second pass finds what the first did not only when the first dropped something)
    tail = _aux_sub(dropped) if dropped != tail else tail
    if ")" in tail or "-" in tail:
        tail = PAREN_TAIL.sub("", tail)
    # (most often nothing was dropped, and the words are handed back as they are)
    return left if tail == window else left[:cut] + tail


def _interjection_gap(m: re.Match[str]) -> str:
    """What an INTERJECTION_TAIL match leaves: nothing after ", however," and the first comma after ", also"."""
    return "" if m.group().rstrip().endswith(",") else ","


def _aux_sub(tail: str) -> str:
    """AUX_TAIL removed from the end of tail, searched only when the last word could be one of its words."""
    return AUX_TAIL.sub("", tail) if _may_end_on_aux(tail) else tail


def _may_end_on_aux(tail: str) -> bool:
    """Whether the last word of tail could be AUX_TAIL's last word (the pattern ends the text)."""
    words = tail.rsplit(None, 1)
    return bool(words) and (words[-1] in AUX_LAST or words[-1].endswith("ly"))


# The words before "than" in a count that opens a subject ("More than a dozen Democrats", "fewer than 10 officers").
COUNT_COMPARATIVES = ("More", "more", "Fewer", "fewer", "Less", "less")


def _clause_subject(core: str, s: int, lo: int) -> tuple[str, int, int, bool] | None:
    w = max(lo, len(core) - TAIL_WINDOW)
    # (the pattern needs a bracket or a hyphen)
    tail = PAREN_TAIL.search(core, w) if core.find(")", w) >= 0 or core.find("-", w) >= 0 else None
    if tail:
        core = core[: tail.start()]
    b = _last_boundary(core, lo)
    while b is not None and b >= 4 and core[b - 4 : b] == "that" and _last_word(core, max(lo, b - 20), b - 5) in (
        DETERMINER_PREPOSITIONS
    ):
        b = _last_boundary(core[: b - 4], lo)  # "Criminal complaints in that case say": "that" as a determiner
    if b is not None and b >= 4 and core[b - 4 : b] == "than" and core[max(lo, b - 10) : b - 4].rstrip().endswith(
        COUNT_COMPARATIVES
    ):
        # "(And) More than a dozen Democrats have said": a count opening the subject, no clause (not "The shooting
        # less than a mile from ...", "costing more than $1 million -- supporters")
        count_at = core.rindex(" ", lo, b - 5) + 1 if " " in core[lo : b - 5] else lo
        before = _last_boundary(core[:count_at], lo)
        if core[before if before is not None else lo : count_at].strip() in ("", "And", "and", "But", "but"):
            b = before
    if b is not None and b > lo and core[b - 1] == "(" and JOINED_AFTER_TAG.match(core, b):
        # "Sens. Dick Durbin (Ill.) and Sheldon Whitehouse (R.I.) said": the first member's tag, inside the joint
        # subject, opens no clause
        b = _last_boundary(core[: b - 1], lo)
    if b is None and len(core) - lo > BOUNDARY_WINDOW:
        return None  # no clause boundary near the cue: whatever precedes it is no speaker
    start = b if b is not None else lo
    relative = False
    if b is not None:
        boundary_word = _last_word(core, max(0, b - 30), b).lower()
        cand = core[b:].strip()
        if boundary_word == "who" and _relative_time(cand) and _name_before_who(core, b, lo):
            cand = ""  # "Felipe Calderón, who a week ago asserted": a time phrase, no subject of its own
        if cand.endswith(" and") and not _valid_speaker(cand[:-4]):
            # "a man flagged them down and told them ...": the subject of the first verb
            lead = _leading_np(core, b, len(core))
            if lead and lead[1] == b + len(core[b:]) - len(core[b:].lstrip()):
                return lead[0], s + lead[1], s + b, False
        if not cand and boundary_word == "but":
            # "Police could not provide their conditions but said ...": the subject of the first verb
            lead = _leading_np(core, lo, b)
            return (lead[0], s + lead[1], s + lo, False) if lead else None
        if boundary_word == "which" and not cand and core[: b - 5].rstrip().endswith(","):
            # "the United States, which says he leaked ...", "the ministry, which said ...": the body the
            # clause hangs on (not "what they said", nor a "which" without its comma)
            head_end = b - 5
            pb = _last_boundary(core[:head_end].rstrip().rstrip(","), lo)
            head_lo = pb if pb is not None else lo
            head = _which_antecedent(core[head_lo:head_end].strip().rstrip(",").strip())
            if head and _valid_speaker(head) and (any(w[:1].isupper() for w in head.split()) or classify(head)):
                off = s + head_lo + core[head_lo:].index(head)
                head, off = _strip_junk(head, off)
                return head, off, s + head_lo, True
            return None
        if (
            boundary_word in RELATIVE_BLOCK
            # ("Beaumont Hospital, where spokeswoman Ilene Wolff said ...": a clause after a comma and "where" has
            # its own subject, who speaks)
            and not (
                boundary_word == "where"
                and core[: b - 5].rstrip().endswith(",")
                and len(cand.split()) <= WHERE_SUBJECT_WORDS
                and any(w[:1].isupper() for w in cand.split())
            )
            or boundary_word == "who"
            and cand
            and _valid_speaker(cand)
            and not CLAUSE_VERBS.search(cand)
            and not ANON_HINT.search(cand)
            # (a noun phrase: "who the government says"; not a verb phrase, "who spoke to aid workers ... said")
            and (
                cand[:1].isupper()
                or cand.split()[0] in NP_OPENERS
                or cand.split()[0] in QUANTIFIERS
                or _source_noun(cand.split()[0])
            )
        ):
            # "what they said were ...", "who the government says have ...": the cue opens a relative clause
            if boundary_word not in ("what", "which", "who") or not cand:
                return None
            relative = True
        elif boundary_word == "who":
            # "officials who asked not to be named said": the relative clause belongs to the speaker;
            # "Smith, who said ...": the speaker is the noun the clause hangs on
            head_end = b - 3
            pb = _last_boundary(core[:head_end].rstrip().rstrip(","), lo)
            head_lo = pb if pb is not None else lo
            if not cand:
                head = _relative_antecedent(core[head_lo:head_end].strip().rstrip(",").strip())
                if head and _valid_speaker(head):
                    off = s + head_lo + core[head_lo:].index(head)
                    head, off = _strip_junk(head, off)
                    return head, off, s + head_lo, True
                return None
            if cand.endswith(" and") and core[:head_end].rstrip().endswith(","):
                # "... by two of the mayor's aides, who were interviewed by agents and told them ...": the noun the
                # relative clause hangs on is the subject of both its verbs
                head = _relative_antecedent(core[head_lo:head_end].strip().rstrip(",").strip())
                if head and _valid_speaker(head):
                    off = s + head_lo + core[head_lo:].index(head)
                    head, off = _strip_junk(head, off)
                    return head, off, s + head_lo, False
            cand = core[head_lo:].strip()
            if core[lo:head_end].strip() and _valid_speaker(cand):
                off = s + head_lo + core[head_lo:].index(cand)
                cand, off = _strip_junk(cand, off)
                return cand, off, s + head_lo, False
            return None
        elif boundary_word == "that" and not cand and core[b - 4 : b] == "that":
            # "two earlier legal opinions that said ...": the noun the relative clause hangs on
            head_end = b - 4
            pb = _last_boundary(core[:head_end].rstrip(), lo)
            head_lo = pb if pb is not None else lo
            head = core[head_lo:head_end].strip()
            # the noun phrase right before "that", from its determiner: "despite two earlier legal opinions",
            # "police issued a press release", "in an early-morning tweet"
            words = head.split()
            opener = next(
                (k for k in range(len(words) - 1, -1, -1) if words[k].lower() in THAT_HEAD_OPENERS), None
            )
            if opener is None and len(words) > 4:
                return None
            if opener:
                head = " ".join(words[opener:])
                head_lo += core[head_lo:head_end].index(head)
            if head and _valid_speaker(head) and head.split()[-1] not in PRONOUNS:
                off = s + head_lo + core[head_lo:].index(head)
                head, off = _strip_junk(head, off)
                return head, off, s + head_lo, True
            return None
    if b is not None and " and " in core[start:] and core[:start].rstrip().endswith(","):
        listed = _listed_members_start(core, start, lo)
        start = listed if listed != start else _listed_subject_start(core, start, lo)
    seg = core[start:]
    cand = seg.strip()
    if not cand:
        return None
    off = s + start + len(seg) - len(seg.lstrip())
    contraction = CONTRACTED_PRONOUN.match(cand) if "'" in cand or "’" in cand else None
    if contraction:
        # "They've argued ...": the pronoun
        return contraction.group(1), off, s + start, False
    words = cand.split()
    if len(words) > 1 and words[-1] in ("they", "he", "she", "we"):
        # "the teen they say was shot": a relative clause without its "who"
        return words[-1], off + cand.rindex(words[-1]), s + start, True
    if len(words) > 2 and words[-1] == "and":
        # "Police pulled him over a few blocks away and say ...": the subject of the first verb, if it opens
        # the clause; otherwise the words are no speaker
        if words[0].lower() in ("he", "she", "they", "we", "it"):
            return words[0], off, s + start, False  # "He scored six touchdowns and added ..."
        lead = _leading_np(core, start, len(core))
        if lead and len(lead[0]) < len(cand) - 4:
            return lead[0], s + lead[1], s + start, False
        return None
    if "-" in cand or "—" in cand or "–" in cand:
        # "The senator resigned. -- The Washington Post now reports": a sentence opened by a dash, which the
        # splitter leaves joined to the one before; the speaker opens the second
        dashed = None
        for found in STOP_DASH.finditer(cand):
            dashed = found
        if dashed is not None:
            off += dashed.end()
            cand = cand[dashed.end() :]
    stop = cand.rfind(". ")
    if stop > 0 and cand[stop + 2 : stop + 3].isalpha():
        # "... fled northbound on Druid Hill Ave. Police say": a sentence the splitter left joined after an
        # abbreviation; the source opens the second (not "Sgt. Bob Jones", a title before a name). A second
        # sentence typed in lowercase is one only after a lowercase word ("dead at the scene. police said",
        # not "U.S. officials")
        first, last = cand[:stop], cand[stop + 2 :]
        before = first.rsplit(None, 1)[-1]
        if (
            len(first.split()) >= 3
            and (
                before[:1].islower()
                and (last[:1].isupper() or (len(before) >= 3 and before.isalpha()))
                or before in ABBREVIATIONS_BEFORE_STOP
                and last[:1].isupper()
            )
            and len(last.split()) <= 4
            and classify(last) is not None
        ):
            off += stop + 2
            cand = last
    if " and " in cand:
        # "The lookout was canceled late Monday evening and police said ...": a clause, then "and" and the subject
        # of the cue (not "Smith and Jones said", one speaker of two)
        k = cand.rfind(" and ")
        right = cand[k + 5 :]
        first = right.split()[0] if right.strip() else ""
        if first and _clause_before_and(cand[:k]) and (
            first[:1].isupper() or first.lower() in NP_OPENERS or _source_noun(first)
        ):
            off += k + 5
            cand = right
    cand, off = _strip_junk(cand, off)
    cand = _drop_trailing_time(cand)
    if not cand or not _valid_speaker(cand):
        return None
    return cand, off, s + start, relative


PARTICIPLE_PREPOSITIONS = frozenset("of by with in at from for into".split())


def _clause_before_and(left: str) -> bool:
    """Whether the words before an "and" hold a verb of their own: an auxiliary ("was canceled"), or a past form in
    -ed after a noun or a name ("The lookout ended Monday"; not "the injured man", an adjective after "the")."""
    if CLAUSE_VERBS.search(left):
        return True
    # (nor a participle before its complement: "A man accused of shooting at cars and police")
    words = [*left.split(), ""]
    return any(
        w.endswith("ed")
        and len(w) > 4
        and w.isalpha()
        and w.islower()
        and words[i - 1].lower() not in DETERMINER_WORDS
        and words[i + 1] not in PARTICIPLE_PREPOSITIONS
        for i, w in enumerate(words[1:-1], 1)
    )


def _last_word(text: str, pos: int, end: int) -> str:
    """LAST_WORD.search(text, pos, end)'s word, or "": the ASCII letters running back from `end` (or from a
    line break just before it) to `pos` at most, read backwards instead of tried from every position."""
    if end <= pos:
        return ""
    stop = end - 1 if text[end - 1] == "\n" else end
    start = stop
    while start > pos and text[start - 1] in ASCII_LETTERS:
        start -= 1
    return text[start:stop]


# The words that open a comma segment describing the noun before it ("the committee's former head", "who ...").
APPOSITIVE_OPENING = re.compile(r"(?:a|an|the|who|which|whose|citing|now|then|himself|herself)\b", re.I)
# A party's member of or from a place ("Republican of Texas", "Democrat from Ohio").
PARTY_MEMBER_OF = re.compile(r"(?:Republican|Democrat|Democratic|Independent|Conservative|Labour)\s+(?:of|from)\s")


@lru_cache(maxsize=4096)
def _appositive_like(seg: str) -> bool:
    """A comma segment that describes the noun before it: "the committee's former head", "49", "who ...",
    "citing ...", a lowercase title ("deputy executive director of ..."), or a place ("Colo.")."""
    seg = seg.strip()
    if not seg:
        return True
    if seg.isdigit() or APPOSITIVE_OPENING.match(seg):
        return True
    if PARTY_MEMBER_OF.match(seg):
        return True
    if POSSESSIVE_TITLE.match(seg):
        return True  # "Chris Tang, Hong Kong's new police commissioner, said"
    if PARTY_TAG_SEGMENT.match(seg):
        return True  # "Sen. Kay Bailey Hutchison, R-Texas, who on Thursday unveiled ..., said"
    words = seg.split()
    if words[0][0].islower() and words[0].lower() not in PRONOUNS and words[0] not in CONJUNCTIONS:
        return True
    if len(words) > 1 and words[0] in CONJUNCTIONS and words[1].endswith("ing") and words[1].islower():
        return True  # "Chief Eliot Isaac, while providing an update at City Hall, said"
    if words[0] in CONJUNCTIONS and REACHED_ASIDE.match(seg):
        return True  # "John Brown, when contacted by Reuters, said": the speaker is the one reached
    return len(words) == 1 and words[0][0].isupper() and (words[0].endswith(".") or len(words[0]) <= 4)


def _document_head(speaker: str) -> bool:
    """Whether a speaker's last word is a document's, as a document verb ("shows", "indicates") needs, or the
    speaker is a document with its issuer after it ("A report by the Government Accountability Office found")."""
    words = speaker.split()
    if len(words) > 2 and speaker.endswith(DOCUMENT_PARTICIPLES) and words[-2].lower() not in EVIDENCE_WORDS:
        # "A poll released Tuesday found", whose subject keeps "A poll released" (not "The video released shows")
        words.pop()
    return bool(words) and (words[-1].lower().rstrip("s") in DOCUMENT_SPEAKER_HEADS or names_document(speaker))


def _title_of_body_after_name(seg: str, before: str) -> bool:
    """Whether a comma segment is a capitalised title of a body set off after the personal name that closes the
    segment before it: "Heydar Alishbandi, Governor of Qeshm island, said" is Alishbandi speaking."""
    seg = seg.strip()
    title = TITLE_OF_BODY_SEGMENT.match(seg) if seg[:1].isupper() and (" of " in seg or " for " in seg or " at " in seg) else None
    if title is None or not NAME_BEFORE_TITLE_SEGMENT.search(before.rstrip()):
        return False
    return classify(seg) is not None and not countries_in(title.group(1))


# A relative clause set off by a dash after a speaker's name ("Ted Kaczynski -- who killed 3 people").
DASH_ASIDE = re.compile(r"\s+(?:--|—|–)\s*(?:who|whose|which)\b")


@lru_cache(maxsize=4096)
def _strip_trailing(cand: str) -> tuple[str, str | None]:
    """Time words after a speaker ("Joe Coffey Monday") go; a medium phrase after it is returned apart."""
    cand = _drop_trailing_time(cand)
    if cand.endswith(("--", "—", "–")) and " " in cand:
        # ("Watson -- who said that ...", "Ted Kaczynski -- who killed 3 people ... -- told": the dashes set off an
        # aside after the name)
        cand = cand.rstrip(" -—–")
        aside = DASH_ASIDE.search(cand)
        if aside and aside.start() > 0:
            cand = cand[: aside.start()]
    if cand.endswith(STRESSING_REFLEXIVES) and " " in cand.strip():
        cand = cand.rstrip().rsplit(None, 1)[0]  # "Trump himself": the speaker, stressed
    # (the patterns, which open on a space and are tried after each one, only where one of their prepositions is a
    # word of the candidate: most speakers hold none)
    leads = not TRAILING_MEDIUM_LEADS.isdisjoint(cand.split())
    m = TRAILING_MEDIUM_PHRASE.search(cand) if leads else None
    if m and m.start() > 0:
        return cand[: m.start()].rstrip(), m.group(1)
    m = TRAILING_MEDIUM.search(cand) if leads else None
    if m and m.start() > 0 and _is_media(m.group(1)):
        return cand[: m.start()].rstrip(), m.group(1)
    m = CONTACTED_BY.search(cand) if " by " in cand else None
    if m and m.start() > 0 and _is_media(m.group(1)):
        return cand[: m.start()].rstrip(), m.group(1)
    return cand, None


def _is_citing(seg: str) -> bool:
    return seg.lower().startswith("citing ")


def _strip_junk(cand: str, off: int) -> tuple[str, int]:
    """Drop sentence adverbs and a leading prepositional phrase: "At the hospital the teen" is "the teen"."""
    cut = _junk_length(cand)
    return (cand[cut:], off + cut) if cut else (cand, off)


@lru_cache(maxsize=4096)
def _junk_length(cand: str) -> int:
    """How much of a candidate speaker _strip_junk drops (remembered: the same speakers recur).

    The adverbs are looked for again after the phrase, but only when something was dropped: on an unchanged
    candidate the second look would find what the first did not.
    """
    if " - " in cand or " | " in cand or " – " in cand or " — " in cand:
        glued = GLUED_TITLE.search(cand)
        if glued:
            return glued.end()
    # (a medium opens on a preposition: a cheap look at the first letter before the pattern)
    medium = _match_end(LEADING_MEDIUM.match(cand)) if cand[:1] in "IiAaOoDd" else 0
    cut = medium
    for k, rx in enumerate((LEADING_JUNK, LEADING_PP, LEADING_JUNK)):
        if k == 2 and cut == medium:
            break
        rest = cand[cut:]
        # (at the start of what is left: the patterns open on ^)
        end = _leading_junk_end(rest) if rx is LEADING_JUNK else _match_end(rx.match(rest))
        if end < len(rest):
            cut += end
    return cut


def _match_end(m: re.Match[str] | None) -> int:
    return m.end() if m else 0


@lru_cache(maxsize=4096)
def _leading_junk_end(phrase: str) -> int:
    """Where LEADING_JUNK's match at the start of a phrase ends, 0 for none: remembered, as _valid_speaker and
    _junk_length both ask it of the same phrase (a speaker is vetted, then stripped)."""
    return _match_end(LEADING_JUNK.match(phrase))


def _listed_members_start(core: str, start: int, lo: int) -> int:
    """Where a group of the members of places listed with commas opens, when the words from `start` close the list
    ("Residents of Cobb, Kelseyville and Hidden Valley Lake told", "Numerous residents of Napa, Sonoma and Marin
    reported"): the whole group speaks, not the last two places; `start` otherwise."""
    pair = start + len(core[start:]) - len(core[start:].lstrip())
    if not LISTED_PAIR.fullmatch(core, pair):
        return start
    listed = LISTED_MEMBERS_BEFORE.search(core, max(lo, start - LISTED_MEMBERS_REACH), pair)
    return listed.start(1) if listed else start


def _members_listed(np: str) -> bool:
    """Whether a phrase is a whole list of members that LISTED_MEMBERS_BEFORE opens, closed by LISTED_PAIR ("Sens.
    Elizabeth Warren of Massachusetts, Amy Klobuchar of Minnesota and Kirsten Gillibrand of New York")."""
    comma = np.rfind(", ")
    return (
        comma > 0
        and LISTED_PAIR.fullmatch(np, comma + 2) is not None
        and LISTED_MEMBERS_BEFORE.match(np, 0, comma + 2) is not None
    )


def _listed_subject_start(core: str, start: int, lo: int) -> int:
    """Where a subject listed with commas opens when the words from `start` are its last two members joined by
    "and" ("The mayor, the city's Chamber of Commerce and Acxiom urged"): the sentence's start, when every segment
    from there is a short noun phrase of its own (not an opening phrase, "In Chicago, police and firefighters"),
    and no comma precedes the "and" (", and" as often joins two clauses); `start` otherwise."""
    head = core[lo : start - 1]
    members = head.split(",")
    if lo or core.startswith(" and ", start) or len(members) > LISTED_SUBJECT_MEMBERS or any(
        not m.strip()
        or len(m.split()) > LISTED_SUBJECT_WORDS
        or " and " in m
        or not _valid_speaker(m)
        or not _plain_subject(m.strip())
        or _intro_only(m.strip())
        or m.split()[0].lower() in DETERMINER_PREPOSITIONS  # ("For months, some sheriffs and police officers")
        for m in members
    ):
        return start
    first = members[0]
    return lo + len(first) - len(first.lstrip())


def _last_boundary(left: str, lo: int = 0) -> int | None:
    """End of the last clause boundary in left after lo (a comma, a quote, a conjunction), or None.

    Boundaries never overlap (punctuation, or whole words), so the last of a search's matches is the one that
    starts last: LAST_CLAUSE_BOUNDARY finds it reading back from the end, rather than every match being found.
    """
    last = LAST_CLAUSE_BOUNDARY.match(left, max(lo, len(left) - BOUNDARY_WINDOW))
    return last.end() if last else None


# The last two places of a list, joined by "and", that closes a speaker ("Kelseyville and Hidden Valley Lake"), and
# the members of the places whose list opens before them ("Residents of Cobb, ", "Numerous residents of Santa Rosa,
# Healdsburg, "), within LISTED_MEMBERS_REACH characters; or the last two names of a list that a plural title opens
# ("U.S. Reps. John Lewis, Andre Carson and Emanuel Cleaver", one joint speaker in the held-out annotation).
# (a member's name may hold "of" before its state: "Amy Klobuchar of Minnesota")
LISTED_NAME = r"[A-Z][\w.'’-]*(?:\s+(?:of\s+)?[A-Z][\w.'’-]*)*"
LISTED_PAIR = re.compile(LISTED_NAME + r"\s+and\s+" + LISTED_NAME + r"\s*")
LISTED_MEMBERS_BEFORE = re.compile(
    r"(?<![\w'’-])((?:(?:[Nn]umerous|[Mm]any|[Ss]ome|[Ss]everal)\s+)?[A-Za-z][a-z]+s\s+of\s+"
    r"|(?:U\.S\.\s+|[Ss]tate\s+|[Ff]ormer\s+)?(?:Reps|Sens)\.\s+|(?:Senators|Representatives)\s+)"
    r"(?:" + LISTED_NAME + r",\s+)+$"
)
# A member's tag closing inside a joint subject, before "and" and the next member: "Ill.) and Sheldon", "R-Minn.)
# and Rep." (the bracket before it is no clause boundary).
JOINED_AFTER_TAG = re.compile(r"(?:[RDI]-)?[A-Z][A-Za-z.]{0,10}\)\s+and\s+[A-Z]")
LISTED_MEMBERS_REACH = 120
# The most members before the last two, and words in each, of a subject listed with commas ("The mayor, the city's
# Chamber of Commerce and Acxiom"): a longer run is more often clauses or appositions than a list.
LISTED_SUBJECT_MEMBERS = 3
LISTED_SUBJECT_WORDS = 6
# A participle's phrase after a speaker's head noun: "officials involved in the investigation", "people familiar
# with the matter", or its like with a noun: "a person with (direct) knowledge of the investigation".
POSTMODIFIER = re.compile(
    r"\s(?:(?:involved|familiar|close|briefed|knowledgeable)\s+(?:in|with|to|on)|with\s+(?:\w+\s+)?knowledge\s+of)\s"
)


def _named_body_head(head_word: str, words: list[str]) -> bool:
    """A capitalised head after "of" closes a body's name ("the Georgia Bureau of Investigation", "the Ministry of
    Information"), which speaks, where an investigation or information does not."""
    return head_word[:1].isupper() and len(words) > 2 and words[-1] == head_word and words[-2] == "of"


def _without_document_participle(speaker: str) -> str:
    """The speaker without its closing participle when the word before it is a document's head ("A study
    published" is "A study"); anything else as it is ("The man arrested" is no document)."""
    head, _, _ = speaker.rpartition(" ")
    last = head.rsplit(None, 1)[-1].lower() if head else ""
    if last in POLL_WORDS or last in NOT_SOURCES or last == "videos":
        # (video shows no one's statement; a poll run by an outlet is typed by the outlet's name, which the
        # annotation does not follow)
        return speaker
    if last in DOCUMENT_HEADS or last.rstrip("s") in DOCUMENT_HEADS or last == "studies":
        return head
    return speaker


# A piece's own earlier text, named in a correction ("An earlier version of this post said ..."): no source.
OWN_EARLIER_VERSION = re.compile(r"\b(?:earlier|previous|prior|original)\s+versions?\s+of\s+this\b")


@lru_cache(maxsize=4096)
def _valid_speaker(np: str) -> bool:
    np = np.strip()
    if not np or MASK_CHAR in np:
        return False
    junk = _leading_junk_end(np)
    if junk and junk >= len(np):
        return False  # only a sentence adverb or a time: "Instead, ..., said witness Angela Benson"
    low = np.lower()
    if low in PRONOUNS:
        return low not in ("him", "her", "them")
    words = np.split()
    post = POSTMODIFIER.search(np) if " in " in np or " with " in np or " to " in np or " on " in np else None
    # (the head before a participle's phrase: "two officials involved in the investigation" are officials)
    head_word = np[: post.start()].split()[-1] if post and post.start() > 0 else words[-1]
    if head_word.lower() in NOT_SOURCES and not _named_body_head(head_word, words):
        return False  # "further investigation revealed ...", "surveillance video shows ...": no one speaks
    if words[0].lower() in COMPLEMENTIZERS or low.startswith("according to"):
        return False
    if words[-1].lower() in OPEN_CONNECTIVES:
        return False  # "A day after [telling reporters]": a time phrase waiting for its clause, no speaker
    if len(words) > 1 and words[-1] in DANGLING_ENDS:
        return False  # "The court of", "The rare public statement by", "I kissed him and": cut before its end
    if words[0] in ("Please", "please"):
        return False  # "Please confirm or modify the email address ...": a request to the reader, no speaker
    if words[0] == "not":
        return False  # "“rights of a member,” not the view of the party, Smith said": a negated phrase, no speaker
    if len(words) > 2 and PARTICIPLE_PHRASE.match(np):
        return False  # "published after the Vanity Fair article appeared, Woodward wrote": a participle's phrase
    if words[0].lower() in ("including", "such", "whom", "whose", "which"):
        # "including several candidates, who either had statements prepared or", "whom the indictment [alleges]":
        # a fragment
        return False
    if not VERB_ONLY.isdisjoint(words[1:]):
        # "the city's police deny accusations of brutality and": a clause, not a noun phrase
        return False  # "that the blast killed three workers" is a clause, not a speaker
    capitals = sum([w[:1].isupper() for w in words])
    # (a relative "who" is lowercase: a capitalised "Who" is a title's word, "the Doctor Who role")
    relative = " who " in f" {np} "
    if PERCEIVED.match(np):
        return False  # "smelled gunpowder and heard co-workers [yelling]": what someone perceived, not who speaks
    if "version" in low and OWN_EARLIER_VERSION.search(low):
        return False  # "An earlier version of this post said": the outlet's correction of its own text
    # (ANON_HINT, which says the source is unnamed, is searched below only where its answer can change what is
    # returned: for most candidates, short names, it cannot)
    if len(words) > 10:
        # (a phrase of ten words or fewer is within every limit)
        capitalised = capitals
        if len(words) <= 14 and capitalised * 2 < len(words) and _document_from(words):
            # a document's issuer's name holds its connectors: "a message from the Central Commission for Elections
            # and Referenda of Turkmenistan" is a document and one name
            capitalised += sum(
                words[i] in NAME_CONNECTORS and words[i - 1][:1].isupper() and words[i + 1][:1].isupper()
                for i in range(1, len(words) - 1)
            )
        # (a list of named members under a plural title, "Sens. A of X, B of Y and C of Z", or a subject listed with
        # commas, "Little Rock's mayor, the city's Chamber of Commerce and ...", is as long as it names)
        comma = np.rfind(", ") if " and " in np else -1
        listed = comma > 0 and (
            capitalised * 2 >= len(words) and _members_listed(np)
            or _listed_subject_start(np, comma + 1, 0) == 0 and _plain_subject(np)
        )
        # (a role in a body, however long the body's name: "a member of the National Telecommunications Regulatory
        # Authority's board of directors")
        role_in_body = (
            words[0].lower() in ("a", "an", "the")
            and words[2] in ("of", "for", "at", "with")
            and (words[1] in DESCRIPTION_HEADS or words[1].endswith(DESCRIPTION_HEAD_ENDINGS) or _source_noun(words[1]))
            # (a named body: not "The father of a 19-year-old killed by a Chicago police officer")
            and (words[3][:1].isupper() or words[3] == "the" and words[4][:1].isupper())
        )
        limit = (
            20
            if relative or listed or ANON_HINT.search(np)
            else 14
            if capitalised * 2 >= len(words) or role_in_body
            else 10
        )
        if len(words) > limit:
            return False  # long names of bodies are capitalised: "the U.S. Attorney's Office for the Western ..."
    if CLAUSE_VERBS.search(low) and not relative and not ANON_HINT.search(np):
        return False
    if "ed " in low and NOUN_VERB_OBJECT.search(low) and not relative:
        return False
    # (the head of a short phrase with a relative clause is before the clause, "one woman who lives near the square",
    # unless a verb follows the clause: "the four men who were wounded were the intended targets" is a clause)
    who = np.find(" who ")
    if who > 0 and np.count(" ", 0, who) < 4 and len(CLAUSE_VERBS.findall(low, who)) <= 1:
        head = np[:who].rsplit(None, 1)[-1].lower()
    else:
        head = words[-1].lower().strip(",.")
    if words[0][0].islower() and not LOWER_PREFIX_NAME.match(words[0]) and words[0].lower() not in {
        "the",
        "a",
        "an",
        "one",
        "two",
        "three",
        "several",
        "some",
        "many",
        "other",
        "his",
        "her",
        "their",
        "its",
        "another",
        "both",
        "most",
        "few",
        "local",
        "senior",
        "state",
        "federal",
        "former",
        "top",
    }:
        if not (
            classify(np) or head in SOURCE_HEADS or ANON_HINT.search(np) or _institution(words) or _described_name(words)
        ):
            return False
    # (any of these makes a speaker: the capitalised words were counted above, the hint is searched last)
    if (
        head in SOURCE_HEADS
        or head in DOCUMENT_HEADS
        or capitals
        or _institution(words)
        or ANON_HINT.search(np)
        or any(LOWER_PREFIX_NAME.match(w) for w in words)
    ):
        return True
    return classify(np) is not None


# Lowercase words that never describe the name after them: connectives, prepositions, times and adverbs ("and then
# John Smith", "yesterday John Smith").
NOT_DESCRIPTORS = frozenset(
    "and or but nor then also to of in on at for with by from as that who which whom when where after before while "
    "because if than so not how what why whether yesterday today tonight now meanwhile here there however still even "
    "only just".split()
)
# The roles a lowercase description before a name ends on, besides words ending as agent nouns do ("manager",
# "counselor", "publicist", "assistant", "guardian", "foreman"), seen before names in the project's corpora.
DESCRIPTION_HEADS = frozenset(
    "coach principal clerk guard agent actress host giant executive superintendent president resident student "
    "quarterback godmother godfather mother father sister brother wife husband son daughter aunt uncle cousin friend "
    "pastor priest bishop rabbi imam nurse judge star icon legend veteran expert analyst head captain sergeant deputy "
    "detective trooper marshal sheriff official activist candidate nominee firm company group network outlet "
    "newspaper daily agency affiliate attorney correspondent parent victim witness".split()
)
DESCRIPTION_HEAD_ENDINGS = ("er", "or", "ist", "ant", "ian", "man", "woman", "person")
# (words with those endings that name no role: "after the incident Manley says", "At one point Tyson said")
NOT_DESCRIPTION_HEADS = frozenset("after later earlier never other either neither rather whether over under".split())
DESCRIPTOR_WORDS = 3  # lowercase words before a name: "public relations executive Bina Mathews"
DESCRIBED_NAME_WORDS = 4  # capitalised words of the name after them


# Cue forms that are nouns inside a description of a role ("talk show host", "news report anchor").
CUE_FORMS_AS_NOUNS = frozenset("show report post".split())
ROLE_WORDS_BEFORE_NAME = 4  # "Bombastic conservative talk show host Glenn Beck": the lowercase words of the role


def _role_words_before_name(tokens: list[re.Match[str]], i: int) -> int:
    """How many lowercase words tokens[i] opens before a name of two capitalised words or more when they describe its
    bearer's role, as _described_name reads a description ("conservative talk show host" in "Bombastic conservative
    talk show host Glenn Beck"), or 0."""
    words = [t.group() for t in tokens[i : i + ROLE_WORDS_BEFORE_NAME + 2]]
    k = next((n for n, w in enumerate(words) if not w[:1].islower()), len(words))
    if k == 0 or k + 1 >= len(words) or not words[k + 1][:1].isupper():
        return 0  # (a person's name of two words at least: not "President Trump stood firm Friday")
    return k if _described_name(words[max(0, k - DESCRIPTOR_WORDS) : k + 1]) and all(
        w.isalpha() and w not in NOT_DESCRIPTORS and (w not in CUE_VERBS or w in CUE_FORMS_AS_NOUNS) for w in words[:k]
    ) else 0


def _described_name(words: list[str]) -> bool:
    """Whether a phrase is a name after a lowercase description of it, as written before a person's or a company's
    name ("public relations executive Bina Mathews", "retail giant Wal-Mart", "football coach Travis Conner"): one to
    three plain lowercase words that are no verb, adverb or connective and end on a role (DESCRIPTION_HEADS, or a
    word ending as agent nouns do), then only capitalised words; not "At one point Tyson", "de la Torre"."""
    k = next((i for i, w in enumerate(words) if not w[:1].islower()), len(words))
    if not 1 <= k <= DESCRIPTOR_WORDS or not 1 <= len(words) - k <= DESCRIBED_NAME_WORDS:
        return False
    if not all(w[:1].isupper() for w in words[k:]):
        return False
    head = words[k - 1]
    if not (head in DESCRIPTION_HEADS or head.endswith(DESCRIPTION_HEAD_ENDINGS)) or head in NOT_DESCRIPTION_HEADS:
        return False
    return all(w.isalpha() and _plain_descriptor(w, CUE_FORMS_AS_NOUNS) for w in words[:k])


def _plain_descriptor(w: str, cue_nouns: frozenset[str] = frozenset()) -> bool:
    """Whether a lowercase word may describe the head after it ("environmental" groups, "football" coach): no
    connective, verb, cue or adverb (`cue_nouns`: cue forms kept as nouns in a role, "talk show host")."""
    return (
        w not in NOT_DESCRIPTORS
        and w not in NP_STOP
        and (w not in CUE_VERBS or w in cue_nouns)
        and w not in PAST_VERBS
        and not w.endswith(("ed", "ly", "ing"))
    )


def _document_from(words: list[str]) -> bool:
    """Whether a phrase opens on a document and who it is from ("a message from ...", "the letter by ...")."""
    return any(words[i].lower() in DOCUMENT_HEADS and words[i + 1] in ("from", "by") for i in range(min(4, len(words) - 1)))


def _institution(words: list[str]) -> bool:
    return words[0].lower() in ("the", "a", "an") and words[-1].lower().strip(",.") in SPEAKING_INSTITUTIONS


def _skip(tail: str, cue: str) -> tuple[int, str | None, str | None]:
    """Skip the object, time and medium phrases after a cue; returns (offset in tail, object, medium)."""
    pos = 0
    obj = None
    medium = None
    lemma = CUE_VERBS[cue].lemma if cue in CUE_VERBS else ""
    if lemma == "tell":
        om = TOLD_OBJECT.match(tail)
        if om and om.group(1).lower() not in ("that",):
            obj = om.group(1)
            pos = om.end()
            if _is_media(obj):
                medium = obj
    elif lemma in WORDS_BEFORE_STATEMENT and (om := WORDS_BEFORE_STATEMENT[lemma].match(tail)):
        pos = om.end()  # "made it clear that ...": the clause is what was said
    elif lemma == "ask" and (om := ASKED_OBJECT.match(tail) or ASKED_BEFORE_QUOTE.match(tail)):
        # "asked him whether signing the law was a mistake", "asked Trump, "...?"": whom it was asked, before the
        # question
        obj, pos = om.group(1), om.end(1)
    elif " to " in tail[:TO_WHOM_WINDOW]:
        # "confirmed to Fox News that ...", "said to reporters that ...": whom it was said to
        om = TO_WHOM.match(tail)
        if om:
            obj = om.group(1)
            pos = om.end(1)
            if _is_media(obj):
                medium = obj
    while True:
        if LEAD_WORD.match(tail, pos).group(1) not in ADJUNCT_FIRST:
            break
        am = ADJUNCT.match(tail, pos)
        if not am or am.end() == pos:
            break
        if cue.endswith("ing") and tail.startswith(" in ", pos) and IN_TIME.match(tail, pos):
            # (a participle's "in January that ...": "Sally Yates telling McGahn in January that ..." is not sure to
            # be the sentence subject's, whose participle cues keep their older reading)
            break
        if medium is None:
            mm = MEDIUM.search(am.group())
            if mm:
                medium = mm.group(1)
        pos = am.end()
    if tail.startswith(",", pos) and (aside := INTERJECTION_AFTER.match(tail, pos)):
        pos = aside.end()  # "concluded, though, that ...": the adverb is no part of the clause
    if tail.startswith(" on ", pos):
        # "saying on Fox News that ...": an outlet the statement was made on, before its clause
        om = ON_OUTLET.match(tail, pos)
        if om and _is_media(om.group(1)):
            medium = medium or om.group(1)
            pos = om.end()
    if " that " in tail[pos : pos + PLACE_BEFORE_THAT_REACH] and not cue.endswith("ing") and not THAT.match(tail, pos):
        # "told a rally in Istanbul that ...", "wrote on Truth Social that ...", "said on the Senate floor that ...":
        # where it was said, before the clause (not after a participle, as for "in January" above)
        place = PLACE_BEFORE_THAT.match(tail, pos, pos + PLACE_BEFORE_THAT_REACH)
        if place:
            pos = place.end()
    if tail.startswith(", citing ", pos):
        # "reported, citing people familiar with the matter, that ...", "..., WAFA reported, citing medical
        # officials.": the source an outlet relays is an aside before the clause or closes the sentence
        # (_apply_citing makes it the speaker and the outlet the medium)
        cited = CITED_SOURCE.match(tail, pos + 9)
        if cited:
            rest = tail[cited.end() :]
            if not rest.strip(TRAILING):
                pos = len(tail)
            elif rest.startswith(", "):
                pos = cited.end() + 1
            elif rest.startswith(" that "):
                pos = cited.end()
    return pos, obj, medium


def _medium_in(masked: str, a: int, b: int) -> re.Match[str] | None:
    """MEDIUM searched in masked[a:b], after a cheap test for a preposition that could start one."""
    window = masked[a:b]
    if (
        " in " not in window
        and " on " not in window
        and " at " not in window
        and " via " not in window
        and not window.startswith(("In ", "On ", "At "))
    ):
        return None
    return MEDIUM.search(masked, a, b)


@lru_cache(maxsize=4096)
def _is_media(obj: str) -> bool:
    kind = classify(obj)
    if kind in ("wire agency", "state media", "other media"):
        return obj.lower() not in ("reporters", "journalists", "a reporter", "reporter")
    return bool(MEDIA_WORDS.search(obj))


def _medium(rest: str, cue: str) -> str | None:
    pos, obj, medium = _skip(rest, cue)
    if medium:
        return medium
    mm = MEDIUM.search(rest[:120])
    return mm.group(1) if mm else None


def _indirect(
    text: str, masked: str, s: int, e: int, m: _CueMatch, prior: list[_Raw], cues: _Cues
) -> _Raw | None:
    cue = m.group(1)
    verb = CUE_VERBS[cue]
    cue_at = m.start()
    # ("Apple is adding a port": "adding" is a cue only after a statement)
    progressive = _progressive(masked, s, cue_at) if cue.endswith("ing") and cue != "adding" else None
    if progressive and not verb.needs:
        verb = _finite(verb)
    if not progressive and _blocked_before(masked, s, cue_at) and not _document_that(masked, s, cue_at):
        return None
    # the cue's reach ends at the next cue introduced by a comma (", adding ...") or the unit's end
    reach = e
    for nm in cues.finditer(m.end(), e):
        if (
            nm.group(1) in PARTICIPLES
            and PARTICIPLE_LEAD.search(masked, max(s, nm.start() - 8), nm.start())
            and not _unstated_participle(masked, nm.group(1), nm.end())
        ):
            reach = nm.start()
            break
        lo = max(s, nm.start() - 6)
        coordinated = (
            AND_VERB.search(masked, lo, nm.start()) if masked.find("and", lo, nm.start()) >= 0 else None
        )
        if not coordinated and masked.endswith(" on to ", s, nm.start()):
            coordinated = WENT_ON.search(masked, max(s, nm.start() - WENT_ON_WINDOW), nm.start())
        if coordinated and nm.group(1) not in PARTICIPLES:
            # "deny accusations of brutality and say they show restraint": two statements
            reach = coordinated.start()
            break
        clause = NEW_CLAUSE.search(masked, m.end(), nm.start())
        if clause:
            # "China said it is committed ..., while the city's police deny ...": the next clause speaks
            reach = clause.start()
            break
    acc = _according_search(masked, m.end(), reach, cues.according) if cues.according else None
    if acc:
        reach = acc.start()
    tail = masked[m.end() : reach]
    if (
        verb.lemma in JUDGING_LEMMAS
        and JUDGED_FOR.match(tail)
        and masked[max(s, cue_at - 8) : cue_at].split()[-1:] not in (["he"], ["she"], ["they"], ["we"], ["I"])
    ):
        # "the groups blamed for the assault", "a plan slammed as reckless": a participle without its agent (not
        # "which he criticized as")
        return None
    if cue in RAISING_CUES and tail[:4] == " to " and RAISED_PASSIVE.match(tail):
        return None
    if cue in STATE_PASSIVE_CUES and STATE_AFTER.match(tail):
        return None  # "Five people confirmed dead in Columbia county shooting": a state, not a statement
    if verb.lemma == "continue" and (gerund := GERUND_AFTER.match(tail)) and gerund.group(1) not in CUE_VERBS:
        # "The suspect continued shooting inside the club": an act going on, not a statement (not "continued calling
        # out to Cassini: ...")
        return None
    if verb.lemma == "deny" and DENIED_THING.match(tail):
        return None  # "a florist who denied service to a gay couple": a thing withheld, not a claim denied
    if cue in ("asked", "asks") and NAME_WITHHELD.match(tail):
        return None
    if cue == "accused" and ACCUSED_OF.match(tail):
        # "the woman accused of killing two co-workers": a participle without its agent
        return None
    if cue in ("writes", "wrote", "write") and WRITES_ABOUT.match(tail):
        return None  # "She writes about everything from crime to transit": a topic, not a statement
    if cue == "described" and DESCRIBED_AS.match(tail) and (
            masked[: m.start()].rstrip().endswith(",") or PASSIVE_BEFORE.search(masked, max(0, m.start() - 30),
                                                                                m.start())):
        # "The suspects, described only as Hispanic males, fled", "Clinton, who is often described as the
        # frontrunner": a participle or a passive without its agent
        return None
    if cue.endswith("ed") and tail[:4] == " by " and AGENT_AFTER.match(tail) and not PRONOUN_BEFORE.search(
        masked, max(s, cue_at - 8), cue_at
    ):
        # "the man described by The New York Times Magazine as ...": a participle with its agent after it, whose
        # subject is no speaker (not "which he described by phone as")
        return None
    if cue == "called" and CALLED_NAME.match(tail) and masked.endswith((" had ", " and "), s, cue_at):
        # "he believed Lee heard it and called him a racist", "came to believe a lawmaker had called him a racist":
        # a naming inside a belief or after a coordination whose subject lies further back
        return None
    if cue in ("claimed", "claims") and CLAIMED_AS.match(tail):
        return None  # "a gang that has long claimed as its turf the area": a possession, not a statement
    if cue in ("claimed", "claims", "claim") and CLAIMED_LIVES.match(tail):
        return None  # "the feud has now claimed the two teenage victims": deaths, not a statement
    if cue in NOUN_LIKE and NOUN_USE.match(tail):
        # "Her discrimination claims were folded into ...": a noun, not a verb
        return None
    if (
        cue in NOUN_LIKE
        and NOUN_IN_PLACE_PHRASE.search(masked, max(s, cue_at - 40), cue_at)
        and not THAT_AHEAD.match(tail)
    ):
        return None  # "began running an ad in primary states featuring women": the place a phrase names
    if cue in ("show", "shows") and BROADCAST_SHOW.search(masked, max(s, cue_at - 12), cue_at):
        return None  # "in an interview on Sean Hannity's radio show": a programme, not a document's finding
    if cue in NOUN_LIKE and masked.endswith(("'s ", "’s ", "s' ", "s’ "), s, cue_at):
        # "Mr. Trump's tweets, sent from his golf club, were ...": a possessive makes it a noun
        return None
    if cue in NOUN_LIKE and _possessive_object(masked, s, cue_at):
        # "Mr. Trump repeated his false claims that ...": the object of a verb, opened by a possessive
        return None
    if cue in NOUN_LIKE and _after_noun_preposition(masked, s, cue_at):
        return None  # "Amid calls for him to drop out of the race, Moore added": the object of a preposition
    if cue in NOUN_LIKE and _object_of_past_verb(masked, s, cue_at):
        # "He also rejected reports that ...", "The ministry dismissed claims that ...": the object of a verb
        return None
    if cue.startswith("argu") and ARGUED_QUARREL.match(tail):
        sentence = WORD_STOP.split(tail[:ARGUED_LOOKAHEAD], 1)[0]
        if not ARGUED_CLAUSE_LATER.search(sentence):
            return None
    if cue.startswith("insist") and INSISTED_ON.match(tail):
        return None
    if tail.startswith(" nothing") and verb.lemma == "say" and SAID_NOTHING.match(tail):
        return None  # "He said nothing after officers surrounded him": no statement (not "said nothing was wrong")
    if verb.lemma == "announce" and "all but " in masked[max(s, cue_at - ALL_BUT_REACH) : cue_at]:
        if ALL_BUT_BEFORE.search(masked, max(s, cue_at - ALL_BUT_REACH), cue_at):
            # "who has all but formally announced his bid": an announcement nearly made is not made (while "all but
            # confirmed that ..." states the claim, in effect)
            return None
    pos, obj, medium = _skip(tail, cue)
    after = tail[pos:]
    if after.startswith(" (") and LINK_AFTER.match(after):
        after = ""  # "..., the Southwest Times Record reported (http://bit.ly/...).": the report's link closes it
    topic = (TOPIC_ABOUT.match(after) or TOPIC_ABOUT.match(tail)) if verb.lemma in TOPIC_LEMMAS else None
    if topic and not TOPIC_CLAUSE.match(topic.string, topic.start()):
        # "Remember what I said about choosing your treats?", "told police about the shooting": a topic, no claim
        return None
    if obj and after.startswith(" of ") and verb.lemma == "tell":
        # the object runs on over its "of" phrase before a clause ("told one of the men: '...'", "told a group of
        # reporters that ..."); "told of how ..." tells the clause after it; else a topic, no claim ("The film tells
        # the story of a family", "told reporters of his plans")
        of_object = OF_OBJECT.match(after)
        if of_object is None and not after.startswith(" of how "):
            return None
        pos += of_object.end() if of_object else 3
        after = tail[pos:]
    that = THAT.match(after)
    if verb.needs:
        needs = verb.needs
        if needs == "document":
            pass
        elif needs == "that" or needs.startswith("that|"):
            # "declared that ..." but not "declared a state of emergency"; a cue after its clause
            # ("..., TMZ reported.") needs nothing; "that|" and other words that may come instead ("vowed to ...")
            if (
                after.strip(TRAILING)
                and not NEEDS_THAT.match(after)
                and not (needs != "that" and NEEDS_NEXT[needs[5:]].match(after))
            ):
                return None
        elif needs.startswith("~"):
            # the words may come later in the clause, inside a quotation too: "criticized his policy as
            # apologetic", "urged an "end to the violence""
            window = text[m.end() + pos : m.end() + pos + CLAUSE_LOOKAHEAD]
            if not NEEDS_LATER[needs].search(window) and not (
                verb.lemma == "describe" and CALLED_QUOTED.match(after)
            ):
                return None
        else:
            if (
                not NEEDS_NEXT[needs].match(after)
                and not (verb.lemma == "call" and CALLED_QUOTED.match(after))
                and not (verb.lemma in WORDS_BEFORE_STATEMENT and NEEDS_NEXT[needs].match(tail))
            ):
                # ("made it clear that ...": the words needed are those the clause's start was skipped past)
                # ("Other union leaders have called the cuts “savage attacks on workers' rights”": a
                # characterisation of a stated object, in quotation marks, says something of its own)
                return None
    if cue in PARTICIPLES and not progressive:
        if masked.endswith(" short of ", s, cue_at):
            return None  # ("stopped short of calling for a path to citizenship": no statement made)
        document = _document_before(masked, s, cue_at)
        nested = _nested_participle_subject(masked, cue_at, prior[-1]) if prior and not document else None
        if document:
            speaker, spk_at, hint = document[0], document[1], None
        elif nested:
            speaker, spk_at, hint = nested[0], nested[1], None
        elif prior and (own := _noun_before_participle(masked, s, cue_at)):
            speaker, spk_at, hint = own[0], own[1], None  # "... and an entertainment magazine claiming ..."
        elif prior:
            speaker, spk_at = prior[-1].speaker, prior[-1].speaker_at
            hint = prior[-1].resolved_hint
        else:
            # without a statement before it, a participle needs a clause, a colon or a quotation after it:
            # "saying that ...", not "adding three years to his sentence"
            np_clause = not PARTICIPLE_CLAUSE.match(after)
            # (a comma sets the participle off from the clause before it; so does a document put out right before
            # it, whose words the participle gives: "issued a statement saying the report is false")
            set_off = masked.endswith(", ", s, cue_at) or _document_put_out_before(masked, s, cue_at)
            # ("..., calling for calm", "..., accusing him of lying": the complement the verb's needs ask for
            # states the claim)
            stated = cue in COMPLEMENT_PARTICIPLES and set_off
            if np_clause and not stated and not (set_off and PARTICIPLE_NP_CLAUSE.match(after)):
                return None
            lead = _participle_subject(masked, s, cue_at)
            if lead is None:
                return None
            if np_clause and (
                NOT_LEAD_SUBJECT.search(lead[0])
                or _set_off_after_subject(masked, lead[1] + len(lead[0]))
                or not _valid_speaker(lead[0])
                or NESTED_CLAUSE.search(masked, lead[1] + len(lead[0]), cue_at)
            ):
                return None
            speaker, spk_at, hint = lead[0], lead[1], lead[2] if len(lead) > 2 else None
            if medium is None:
                mm = _medium_in(masked, lead[1] + len(lead[0]), cue_at) or ISSUED_MEDIUM.search(
                    masked, lead[1] + len(lead[0]), cue_at
                )
                medium = mm.group(1) if mm else None
        c_start = m.end() + pos + (that.end() if that else 0)
        while c_start < reach and text[c_start].isspace():
            c_start += 1  # (the statement starts at its first word: "saying he did not see the child")
        c_end = _trim_end(text, c_start, reach)
        if spk_at + len(speaker) + 2 == cue_at and masked.endswith(", ", s, cue_at):
            # "Bass, noting that the case remained under investigation, did not release details": the participle
            # set off between the subject and its verb ends where the verb comes
            aside = ASIDE_CLOSE.search(masked, c_start, c_end)
            if aside and _has_words(text, c_start, aside.start(), 2):
                c_end = _trim_end(text, c_start, aside.start())
        if c_end - c_start < 3:
            return None
        return _Raw(speaker, spk_at, cue, "indirect", medium, c_start, c_end, resolved_hint=hint)
    subject_end = progressive or cue_at  # ("Police are asking": the subject ends before the auxiliary)
    left = masked[s:subject_end].rstrip()
    # inverted: "..., said John Smith, a neighbour." (unless the comma closes an apposition:
    # "Ahmed Osama, deputy director of Telecom Egypt, said the cable ...")
    subj = _subject(masked, s, subject_end, cues)
    if (
        left.endswith(",")
        and not (_may_end_on_aux(left[-TAIL_WINDOW:-1]) and AUX_TAIL.search(left[-TAIL_WINDOW:-1]))
        and not (len(after.split(None, 3)) >= 4 and subj and not _short_final_np(tail))
        # ("The boy, identified as Ann Lee, died an hour later, said Cpl. Tom Hale, a police spokesman.": a name and
        # its description alone after the cue are the speaker, whatever the comma segments before it)
        and not (subj and _named_with_description(masked, s, left, subj) and not _titled_name_closing(tail))
        # ("his wife, who was home at the time, told police he shot himself": a tell-verb's object is whom it
        # was told to, not an inverted speaker)
        and not (obj and verb.lemma == "tell")
        # ("The prosecutor, citing a witness, said the man fled": the comma closes the citing phrase)
        and not _is_citing(left[:-1].rsplit(",", 1)[-1].lstrip())
        # ("The report, released Monday, said the city ignored warnings": the comma closes the subject's participle)
        and not (
            subj
            and subj[1] == s
            and SUBJECT_PARTICIPLE.fullmatch(masked, s + len(subj[0]), s + len(left))
        )
    ):
        inverted = _inverted_speaker(tail)
        if inverted is not None:
            clause_start = s
            b = left[:-1]
            c_end = _trim_end(text, clause_start, s + len(b))
            # (a document's verb has a document after it, not what it shows: "The video ... shows a light-colored
            # Chevrolet Impala")
            if len(b.split(None, 2)) >= 3 and (verb.needs != "document" or _document_head(inverted[0])):
                spk, trailing = _strip_trailing(inverted[0])
                medium = medium or trailing or inverted[2]
                return _Raw(spk, m.end() + inverted[1], cue, "indirect", medium, clause_start, c_end)
    if subj is None:
        if not after.strip(TRAILING):
            return _unpunctuated_postposed(text, masked, s, cue_at, cue, medium)
        return None
    speaker, spk_at, clause_start, relative = subj
    hint = None
    if speaker.lower() in PRONOUNS and spk_at > s:
        # "Authorities linked the violence to what they said ...": the sentence's subject
        lead = _leading_np(masked, s, spk_at)
        if lead and _fits_pronoun(speaker, lead[0]) and not _fronted_lead(masked, lead[0], lead[1], spk_at):
            hint = lead[0]
    speaker, trailing = _strip_trailing(speaker)
    medium = medium or trailing
    if speaker.endswith(DOCUMENT_PARTICIPLES):
        speaker = _without_document_participle(speaker)
    if verb.needs == "document" and not _document_head(speaker):
        return None
    if medium is None:
        mm = _medium_in(masked, s, spk_at) or _medium_in(masked, spk_at + len(speaker), cue_at)
        if mm:
            medium = mm.group(1)
    rest = after[that.end() :] if that else after
    if relative:
        # "who the government says have since been deployed ...": the clause runs to the next comma
        c_start = m.end() + pos + (that.end() if that else 0)
        c_start += len(masked[c_start:reach]) - len(masked[c_start:reach].lstrip())
        comma = masked.find(",", c_start, reach)
        stop = comma if comma > 0 else reach
        for dash in ("--", "—", "–"):
            if dash in masked[spk_at + len(speaker) : c_start]:
                # ("Holland -- who said he and Naylor had been friends for about a year -- testified ...": or to
                # the dash that closes the aside the clause opened with)
                closing = masked.find(dash, c_start, stop)
                stop = closing if closing > 0 else stop
        c_end = _trim_end(text, c_start, stop)
        if not _has_words(text, c_start, c_end, 2):
            return None
        return _Raw(speaker, spk_at, cue, "indirect", medium, c_start, c_end, resolved_hint=hint)
    # post-posed: "CLAUSE, police said (on Monday)." -- also when a subordinate clause follows the cue
    # ("..., the minister said on Tuesday, after years of debate over ...")
    # (or a place or occasion closes the sentence: "..., Tokayev said at an online meeting of CSTO leaders.")
    closing_place = (
        not that
        and masked.startswith(", ", spk_at - 2)
        and CLOSING_PLACE.fullmatch(rest) is not None
        and not CLAUSE_VERBS.search(rest)
    )
    if not that and (not rest.strip(TRAILING) or SUBORDINATE_AFTER.match(rest) or closing_place):
        comma = masked.rfind(",", s, spk_at)
        for mark_comma in QUOTE_COMMAS:
            k = masked.rfind(mark_comma, s, spk_at)
            if k >= 0:
                comma = max(comma, k + 1)
        if masked[spk_at : spk_at + 1].islower() and masked.startswith(". ", spk_at - 2):
            # "pronounced dead at the scene. police said": the stop of a sentence typed on in lowercase
            comma = max(comma, spk_at - 2)
        # (or "as" between: "It measured 3.0 on the Richter scale, as Lake County News has reported.")
        if comma > s and masked[comma + 1 : spk_at].strip(" \"”’'»") in ("", "as"):
            c_start = _content_start(text, s, comma)
            c_end = _trim_end(text, c_start, comma)
            if _has_words(text, c_start, c_end, 3):
                return _Raw(speaker, spk_at, cue, "indirect", medium, c_start, c_end)
        return None
    if not that and CLOSING_PHRASE_ONLY.fullmatch(rest) and MASK_CHAR not in masked[max(0, s - 4) : spk_at]:
        # "Holland testified with a different story.": when or how it was said closes the sentence, nothing stated
        # (a quotation before the speaker, in the sentence or closing right before it, is what was said: '"...!"
        # Trump tweeted before Election Day.')
        return None
    c_start = m.end() + pos + (that.end() if that else 0)
    c_start += len(rest) - len(rest.lstrip(" ,:—–-"))
    if (
        spk_at - s < FRONTED_REACH
        and FRONTED_CLAUSE.fullmatch(masked, s, spk_at)
        and not PLACE_PP.match(masked, c_start - 1)
    ):
        # "As he denied the charges, Mr. Trump paid tribute ...": the statement ends with its fronted clause (not
        # where the cue has a place and no complement: "As I said in my review, ...")
        # (nor where the comma leaves less than a phrase: 'wrote on his blog Think, Save, Retire, "..."')
        comma = masked.find(", ", c_start, reach)
        if comma > 0 and _has_words(text, c_start, comma, 2):
            reach = comma
            if speaker.lower() in PRONOUNS and hint is None:
                # (the pronoun stands for the main clause's subject after it: "As he denied the charges, Mr. Trump")
                lead = _leading_np(masked, comma + 2, e)
                if lead and lead[0].lower() not in PRONOUNS and _fits_pronoun(speaker, lead[0]) and _valid_speaker(lead[0]):
                    hint = lead[0]
    c_end = _before_refusal(text, c_start, _trim_end(text, c_start, reach))
    if not _has_words(text, c_start, c_end, 2) and not (
        # ("The governor denied wrongdoing": a denial of one's part in the events, in a word; not "denied bail")
        verb.lemma == "deny" and text[c_start:c_end].lower() in DENIED_PART
    ):
        return None
    if cue in TEASER_CUES and text[c_start : c_start + 8].split(None, 1)[:1] in (["what"], ["how"], ["why"]):
        # "Local 15's Bryan Carnaggio explains what police want you to look for": a station's teaser for its
        # own report, a question and no claim
        return None
    return _Raw(speaker, spk_at, cue, "indirect", medium, c_start, c_end, resolved_hint=hint)


def _short_description(words: str) -> bool:
    """Whether words set off after a name are a short description of it, with no verb ("a police spokeswoman")."""
    first = words.split(None, 1)[0]
    return (
        first in ("a", "an", "the")
        and len(words.split()) <= APPOSED_DESCRIPTION_WORDS
        and not any(c in words for c in ",;:")
        and not CLAUSE_VERBS.search(words)
    )


def _description_closing(tail: str, m: re.Match[str]) -> bool:
    """Whether all that follows the noun phrase INVERTED_NP matched (m) after a cue is a short description set off by
    a comma ("said Cpl. Ann Lee, a police spokeswoman.")."""
    rest = tail[m.end() :].strip(TRAILING)
    return bool(rest) and tail[m.end() :].lstrip().startswith(",") and _short_description(rest)


def _titled_name_closing(tail: str) -> bool:
    """Whether all that follows a cue is a personal name and a short description set off after it ("said Cpl. Ann
    Lee, a police spokeswoman."), a speaker written after the cue."""
    m = INVERTED_NP.match(tail)
    if not m or not _description_closing(tail, m):
        return False
    np = m.group(1)
    return len(np.split()) <= 5 and ends_with_personal_name(np)


def _named_with_description(masked: str, s: int, left: str, subj: tuple[str, int, int, bool]) -> bool:
    """Whether the words before a cue are a name and its description ("Janice Leader, a 911 dispatcher, said
    ..."), the subject of the cue rather than a clause reported by a speaker after it ("..., said Smith")."""
    parts = left[:-1].split(",")
    # ("On Sunday, Sen. X, R-S.C., suggested ...": an opening phrase may come before the name)
    first = 0
    while first < len(parts) - 1 and _intro_only(parts[first]):
        first += 1
    at = s + len(",".join(parts[:first])) + (1 if first else 0)
    if len(parts) - first < 2 or subj[3] or subj[1] != at + len(parts[first]) - len(parts[first].lstrip()):
        return False
    head = parts[first].strip()
    if subj[0] != head or not head[:1].isupper():
        return False
    for part in parts[first + 1 :]:
        words = part.split()
        if not words or CLAUSE_VERBS.search(part) or not _appositive_like(part):
            return False
        if words[0][:1].islower() and words[0] not in ("a", "an", "the") and classify(part) is None:
            return False  # "The fire, a blaze, spread fast, said ...": a verb phrase, not a description
    lead = _leading_np(masked, at, at + len(parts[first]))
    return lead is not None and lead[0] == head


def _unpunctuated_postposed(
    text: str, masked: str, s: int, cue_at: int, cue: str, medium: str | None
) -> _Raw | None:
    """ "Two boys were killed in Kansas City police said": a known kind of source right before the cue,
    after a clause, with the comma missing."""
    tokens = list(NP_TOKEN.finditer(masked, max(s, cue_at - 60), cue_at))[-4:]
    for k in range(len(tokens)):
        first = tokens[k].group()
        if not (first[:1].isupper() or first.lower() in ("the", "a", "an")):
            continue
        np = masked[tokens[k].start() : cue_at].strip()
        if (
            classify(np) is not None
            and _valid_speaker(np)
            and len(masked[s : tokens[k].start()].split()) >= 4
        ):
            c_start = _content_start(text, s, tokens[k].start())
            c_end = _trim_end(text, c_start, tokens[k].start())
            dangling = DANGLING_END.search(text, c_start, c_end)
            if dangling:
                c_end = dangling.start()
            return _Raw(np, tokens[k].start(), cue, "indirect", medium, c_start, c_end)
    return None


def _fronted_lead(masked: str, np: str, at: int, pronoun_at: int) -> bool:
    """Whether the phrase opening a sentence stands for no one the pronoun after it could: a phrase set off by a
    comma right before the pronoun ("Progressivism, he told the conference, is ...") or a participle opening a
    clause ("Noting that he was ..., he said")."""
    if not masked[at + len(np) : pronoun_at].strip(" \t,") and "," in masked[at + len(np) : pronoun_at]:
        return True
    return " " not in np and np.endswith("ing") and masked[at + len(np) + 1 : at + len(np) + 2].islower()


def _fits_pronoun(pronoun: str, np: str) -> bool:
    """Whether a noun phrase can be what a pronoun stands for: a body or plural for "they", a person for "he"."""
    p = pronoun.lower()
    if p == "i":
        return False  # "Remember what I said": the writer, never a noun phrase of the sentence
    plural = np.lower().endswith(("s", "police", "media")) or classify(np) not in (
        None,
        "witness or resident",
    )
    words = np.split()
    named_person = len(words) >= 2 and all(w[:1].isupper() for w in words[-2:]) and classify(np) is None
    if p in ("they", "we", "it"):
        return p == "it" or plural and not named_person
    return not plural


def _content_start(text: str, s: int, limit: int) -> int:
    """Where a statement's words start after s: past spaces, quotation marks and a dateline ("KYIV, March 3
    (Reuters) - ...")."""
    k = CONTENT_LEAD.match(text, s, limit).end()  # type: ignore[union-attr]  # (it matches everywhere)
    return dateline_end(text, k, limit)


def _has_words(text: str, start: int, end: int, n: int) -> bool:
    """Whether text[start:end] holds at least n words (split no further than that)."""
    return len(text[start:end].split(None, n - 1)) >= n


def _before_refusal(text: str, start: int, end: int) -> int:
    """Where a statement's content ends before the speaker's own refusal to say more, coordinated after it ("police
    announced the arrest warrant for Wilson but did not release details", "said it is unclear ..., and would not
    release details"): that predicate is the speaker's, not part of what was said."""
    if text.find(" but ", start, end) < 0 and text.find(", and ", start, end) < 0:
        return end
    refusal = REFUSAL_AFTER.search(text, start, end)
    return start + len(text[start : refusal.start()].rstrip(" ,")) if refusal else end  # (a closing mark stays)


def _trim_end(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1] in TRAILING:
        end -= 1
    return end


def _evidence(phrase: str) -> bool:
    """Whether a source phrase is video or photo evidence, which the guidelines leave out: its last word is one of
    EVIDENCE_WORDS, or one is followed by a participle ("videos posted online", "footage obtained by the station")."""
    words = phrase.lower().split()
    if " and " in phrase:
        return False  # ("evidence collected and statements from the victim's family": the statements speak)
    return words[-1] in EVIDENCE_WORDS or any(
        w in EVIDENCE_WORDS and words[i + 1].endswith("ed") for i, w in enumerate(words[:-1])
    )


def _according(text: str, masked: str, s: int, e: int, acc: re.Match[str]) -> _Raw | None:
    """`According to X, ...` and `..., according to X.`: the source and the claim it carries."""
    after = masked[acc.end() : e]
    nm = ACCORDING_SOURCE.match(after)
    if not nm:
        return None
    speaker = nm.group(1).strip().rstrip(".")
    if not speaker or MASK_CHAR in speaker or len(speaker.split()) > 16 or UNSOURCED.match(speaker):
        return None
    if _evidence(speaker):
        return None  # "according to surveillance video", "according to videos posted online": evidence, no source
    spk_at = acc.end() + nm.start(1)
    before = masked[s : acc.start()]
    if len(before.split(None, 2)) >= 3:
        c_start = _content_start(text, s, acc.start())
        c_end = _trim_end(text, c_start, acc.start())
    else:
        c_start = acc.end() + nm.end()
        appos = APPOSITION_AFTER.match(masked, c_start, e)
        if appos:
            # "According to Schron Jackson, a spokeswoman for the police, the shooting ..."
            c_start = appos.end()
        c_start += len(masked[c_start:e]) - len(masked[c_start:e].lstrip(" ,;:"))
        c_end = _trim_end(text, c_start, e)
    if not _has_words(text, c_start, c_end, 2):
        return None
    medium = None
    hint = None
    doc = DOC_OF.match(speaker)
    if doc:
        medium, hint = doc.group("doc"), doc.group("issuer")
    return _Raw(speaker, spk_at, "according to", "according_to", medium, c_start, c_end, resolved_hint=hint)


def _apply_citing(text: str, masked: str, s: int, e: int, records: list[_Raw], cues: _Cues) -> None:
    """`X, citing Y, reported ...`: Y is the speaker and X, the relaying outlet, the medium."""
    if not _places_within(cues.citing, s, e, 5):
        return
    for cm in _citings(masked, s, e, cues.citing):
        nm = CITED_SOURCE.match(masked[cm.end() : e])
        if not nm:
            continue
        cited = nm.group(1).strip()
        cited_at = cm.end() + nm.start(1)
        source_like = _valid_speaker(cited) and (
            classify(cited) is not None
            or any(w[:1].isupper() for w in cited.split())
            or cited.split()[-1].lower().rstrip("s") in DOCUMENT_HEADS
            or ANON_HINT.search(cited)
        )
        target = None
        for r in records:
            if r.kind in ("indirect", "direct", "according_to") and r.speaker:
                target = r
                break
        if source_like and target is not None and (_is_media(target.speaker or "") or _reporting_name(target)):
            relay = target.speaker
            target.speaker, target.speaker_at = cited, cited_at
            target.medium = relay
            target.cue, target.kind = "citing", "citing"
            target.resolved_hint = None
            if target.start <= cm.start() and not masked[target.start : cm.start()].strip(" ,"):
                # "According to Interfax, citing the ministry, the border was closed": the claim after the source
                target.start = _content_start(text, cited_at + len(cited), e)
                target.start += len(masked[target.start : e]) - len(masked[target.start : e].lstrip(" ,"))
            elif target.start <= cm.start() < target.end:
                target.end = _trim_end(text, target.start, cm.start())
        elif not source_like and target is None:
            lead = _leading_np(masked, s, cm.start())
            if lead is not None:
                end = _trim_end(text, cited_at, cited_at + len(cited))
                records.append(_Raw(lead[0], lead[1], "citing", "indirect", None, cited_at, end))


def _reporting_name(r: _Raw) -> bool:
    """Whether a record is a name the gazetteer does not know that "reported" its statement ("..., ITAR-TASS
    reported, citing the election commission"): a news outlet, as the speaker typing reads it, that relays."""
    return r.cue in ("reported", "reports") and classify(r.speaker or "") is None and _named_relay(r.speaker or "")


@lru_cache(maxsize=4096)
def _source_noun(word: str) -> bool:
    """A lowercase noun that names a kind of source ("police", "officials", "websites")."""
    return (
        word in SOURCE_HEADS
        or classify(word) is not None
        or (word.endswith("s") and classify(word[:-1]) is not None)
    )


def _document_before(masked: str, s: int, cue_at: int) -> tuple[str, int] | None:
    """A document named right before a participle, with no comma between, that the participle describes:
    "disputing parts of a BuzzFeed news report claiming that ..." (not the issuer's own: "Romney released a
    statement saying", "in a statement saying" speak for their subject)."""
    left = masked[max(s, cue_at - 80) : cue_at]
    words = left.split()
    if not words or words[-1].lower() not in DOCUMENT_HEADS or left.rstrip().endswith(","):
        return None
    for k in range(len(words) - 2, max(-1, len(words) - 7), -1):
        if words[k].lower() in ("a", "an", "the"):
            np = " ".join(words[k:])
            if k > 0 and words[k - 1].lower() in ("of", "about", "on", "to", "from") and _valid_speaker(np):
                return np, cue_at - len(left) + len(left.rstrip()) - len(np)
            return None
    return None


def _relative_antecedent(head: str) -> str:
    """The noun phrase a "who" clause hangs on, out of the words before "who": past a time phrase after it and
    past a verb before it ("Mr. Trump met with Russians in June 2016 who said" is the Russians', "Police spoke
    to neighbors who said" the neighbors')."""
    if " " not in head:
        return head
    head = head.removeprefix(next((w for w in MEMBER_LEADS if head.startswith(w)), ""))
    time = RELATIVE_HEAD_TIME.search(head) if head[-1:].isdigit() or head.endswith(TRAILING_TIME_ENDINGS) else None
    if time and time.start() > 0:
        head = head[: time.start()]
    words = head.split()
    for k in range(len(words) - 2, 0, -1):
        w = words[k]
        if w == "by" and any(x.endswith("ed") and x.islower() for x in words[:k]):
            return " ".join(words[k + 1 :])  # "was supported in some measure by two of the mayor's aides, who"
        if w == "from" and words[k - 1] in RESPONSE_NOUNS:
            return " ".join(words[k + 1 :])  # "incited instant condemnation from Democrats, who"
        if w in PAST_VERBS or (
            w.endswith("ed") and w.isalpha() and w.islower() and len(w) > 4 and words[k - 1].lower() not in
            DETERMINER_WORDS and words[k + 1].lower() in ("to", "with", "by", "from", "the", "a", "an", "two",
                                                          "three", "several", "some", "many")
        ):
            rest = words[k + 1 :]
            if rest and rest[0] in ("to", "with", "from", "by") and len(rest) > 1:
                rest = rest[1:]
            return " ".join(rest)
    return head


def _which_antecedent(head: str) -> str:
    """The noun phrase a ", which" clause hangs on, out of the words before it: what follows the last
    preposition or verb ("He faces extradition to the United States", "The plan was backed by the ministry")."""
    words = head.removeprefix(next((w for w in MEMBER_LEADS if head.startswith(w)), "")).split()
    for k in range(len(words) - 2, -1, -1):
        w = words[k]
        if w in WHICH_HEAD_LEADS or (w.endswith("ed") and w.isalpha() and w.islower() and len(w) > 4):
            words = words[k + 1 :]
            break
    # (from its last article: "The letter quotes the U.S. Conference of Catholic Bishops, which wrote")
    last = next((k for k in range(len(words) - 1, 0, -1) if words[k] in ("the", "a", "an")), 0)
    return " ".join(words[last:])


def _nested_participle_subject(masked: str, cue_at: int, prior: _Raw) -> tuple[str, int] | None:
    """The subject of a reported clause that a participle after "before" or "after" belongs to: "The witness said
    Felt had spoken for an hour before saying he was tired" is Felt's act, nested in the witness's statement."""
    if prior.kind != "indirect" or not prior.start < cue_at <= prior.end:
        return None
    if NESTED_PARTICIPLE_LEAD.search(masked, max(prior.start, cue_at - 12), cue_at) is None:
        return None
    inner = _leading_np(masked, prior.start, cue_at)
    if inner is None or inner[1] != prior.start or not CLAUSE_VERB_AFTER.match(masked, inner[1] + len(inner[0])):
        return None
    words = inner[0].split()
    # (a short noun phrase: a name, or a source noun after its determiner; not "the boy left his Government")
    if len(words) > 4 or any(w[:1].islower() and w.lower() not in DETERMINER_WORDS for w in words[:-1]):
        return None
    if words[-1][:1].islower() and not _source_noun(words[-1]) and words[-1].lower() not in PRONOUNS:
        return None
    return inner


# The comma that closes a participle set off after a subject, before the subject's verb: ", did not release",
# ", was", ", later returned".
ASIDE_CLOSE = re.compile(
    r",\s+(?:(?:did|does|do|was|were|is|are|has|had|have|will|would|could|can|also|then|later)\b|[a-z]+ed\b)"
)
# A person owned in a "whose" clause, and the name the clause hangs on: "Steele, whose spokesman".
WHOSE_PERSON = re.compile(r"whose\s+(spokesman|spokeswoman|spokesperson|lawyer|attorney|aide|wife|husband)\b")
NAME_BEFORE_WHOSE = re.compile(r"([A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}),\s*$")
# An aside set off by commas whose "it" is no one: "..., it should be noted, ...", "..., it seems, ...".
PARENTHETICAL_IT = re.compile(
    r"it\s+(?:(?:should|must|has\s+to|needs\s+to)\s+be\s+(?:noted|said|stressed|remembered|emphasi[sz]ed|admitted)"
    r"|seems|appears|is\s+true)"
)


# An indefinite source right before a participle, opened by "between", "and" or "with": "a battle between a studio
# saying ... and an entertainment magazine claiming ..." (group 1 the source).
NOUN_BEFORE_PARTICIPLE = re.compile(
    r"\s(?:between|and|with)\s+((?:a|an|one)\s+(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*)\s$"
)
# Bodies that speak, besides the source nouns the gazetteer knows, which may head that source.
PARTICIPLE_BODY_HEADS = frozenset("studio magazine newspaper tabloid network company firm".split())


def _noun_before_participle(masked: str, s: int, cue_at: int) -> tuple[str, int] | None:
    """The source right before a participle cue, opened by "between", "and" or "with" ("between a studio saying",
    "and an entertainment magazine claiming"), which the participle belongs to, or None."""
    if not masked[cue_at - 2 : cue_at - 1].islower():
        return None
    noun = NOUN_BEFORE_PARTICIPLE.search(masked, max(s, cue_at - 60), cue_at)
    if noun is None:
        return None
    source = noun.group(1)
    head = source.rsplit(None, 1)[-1]
    if head in PARTICIPLE_BODY_HEADS or _source_noun(head) or classify(source) is not None:
        return source, noun.start(1)
    return None


# A personal pronoun opening a sentence, as a participle's subject ("She issued a statement over the weekend saying").
OPENING_PRONOUN = re.compile(r"(He|She|They)\s")


# A document put out right before a participle, with up to six words between them ("issued a statement saying",
# "released a report Tuesday claiming", "sent several letters to members of Congress calling for"): the participle
# gives the document's words. Its nouns are looked for first.
DOCUMENT_PUT_OUT = re.compile(
    r"(?:released|issued|posted|published|sent|put out|signed|filed)\s+"
    r"(?:a|an|its|their|his|her|the|several|two|three)\s+(?:[\w'’-]+\s+){0,2}?" + PUT_OUT_DOCUMENTS + r"s?"
    r"(?:\s+[^\s,;:.!?\"“”]+){0,6}\s+$"
)
PUT_OUT_REACH = 120  # characters before the participle: the verb, the document and the six words after it


def _document_put_out_before(masked: str, s: int, cue_at: int) -> bool:
    """Whether a document its issuer put out stands right before a participle cue (DOCUMENT_PUT_OUT)."""
    lo = max(s, cue_at - PUT_OUT_REACH)
    window = masked[lo:cue_at]
    if not any(noun in window for noun in PUT_OUT_DOCUMENT_WORDS):
        return False
    return DOCUMENT_PUT_OUT.search(masked, lo, cue_at) is not None


def _participle_subject(masked: str, s: int, cue_at: int) -> tuple[str, int] | tuple[str, int, str] | None:
    """Who a participle cue belongs to: "..., he dismissed them, saying ..." is his; "the Conference of
    Bishops, which wrote letters saying ..." is the Conference's; a source right before it, "between a studio
    saying", is the source's; otherwise the sentence's subject. A third item, when there is one, is the speaker's
    fuller form ("Steele's spokesman" for "spokesman" of "whose spokesman")."""
    own = _noun_before_participle(masked, s, cue_at)
    if own:
        return own
    left = masked[s:cue_at].rstrip().rstrip(",")
    cuts = [m.end() for m in COMMA_RUN.finditer(left)]
    for k in range(len(cuts) - 1, -1, -1):
        seg_start = cuts[k]
        seg = left[seg_start:]
        if seg.startswith("it ") and (aside := PARENTHETICAL_IT.match(seg)) and seg.startswith(",", aside.end()):
            continue  # "whose spokesman, it should be noted, tried ...": an aside, no subject
        if seg.startswith("whose ") and len(left[seg_start : cuts[k + 1] if k + 1 < len(cuts) else None].split()) <= 3:
            # ("Steele, whose spokesman, it should be noted, tried ..., insisting": the one owned is the subject, a
            # person of the name before "whose", "Steele's spokesman"; not "The company, whose shares fell, later
            # cut jobs, saying")
            owned = WHOSE_PERSON.match(seg)
            owner = NAME_BEFORE_WHOSE.search(left, 0, cuts[k]) if owned else None
            if owned is None or owner is None:
                return None
            return owned.group(1), s + seg_start + owned.start(1), f"{owner.group(1)}'s {owned.group(1)}"
        if RELATIVE_START.match(seg):
            prev = cuts[k - 1] if k else 0
            head = left[prev : cuts[k]].rstrip(", ;")
            lead = _leading_np(head, 0, len(head))
            return (lead[0], s + prev + lead[1]) if lead else None
        lead = _leading_np(seg, 0, len(seg))
        if lead and lead[1] == 0 and CLAUSE_VERB_AFTER.match(seg, len(lead[0])):
            return lead[0], s + seg_start
        opens = seg.startswith("and ") or DESCRIPTION_BEFORE_NAME.fullmatch(left, 0, seg_start) is not None
        named = AND_APPOSED_SUBJECT.match(seg) if opens else None
        if named is None and seg[:1].isupper() and PERSON_DESCRIPTION.fullmatch(left, cuts[k - 1] if k else 0, seg_start):
            # "His wife, Michele, released a statement saying", "..., but his wife, Michele, released ...": the name
            # the description before it opens the clause with
            named = APPOSED_NAME_THEN_VERB.match(seg)
        if named and _valid_speaker(named.group(1)):
            # "..., and W. Douglas Parker, chairman of American Airlines, sent her a letter ... saying", "Another
            # candidate, Doug Ducey, the state treasurer, qualified his view, saying": the subject of the clause
            # the "and" or the description opens, past its apposition
            return named.group(1), s + seg_start + named.start(1)
    lead = _leading_np(masked, s, cue_at, lowercase=True)
    if lead is None and masked[s : s + 1] in "HST":
        # ("He visited the site on Monday, saying ...": a capitalised pronoun opening the sentence, which the noun
        # phrase skips as no name, is the subject)
        pronoun = OPENING_PRONOUN.match(masked, s, cue_at)
        return (pronoun.group(1), pronoun.start(1)) if pronoun else None
    contraction = CONTRACTED_PRONOUN.match(lead[0]) if lead and ("'" in lead[0] or "’" in lead[0]) else None
    if contraction:
        return contraction.group(1), lead[1]  # "He's been seen ... telling them": the pronoun
    return lead


def _title_words_before_name(tokens: list[re.Match[str]], i: int) -> int:
    """How many lowercase title words (at most two, or two titles joined by "and") tokens[i] opens before a
    capitalised name, within a subject that opened capitalised ("Republican presidential nominee Mitt Romney",
    "AMD president and chief executive Rory Read"); 0 for anything else, a verb ("Romney has targeted") or words
    that name no role."""
    words: list[str] = []
    for t in tokens[i : i + 5]:
        w = t.group()
        if w[:1].isupper():
            if len(words) > 2:
                # two titles joined ("AMD president and chief executive Rory Read"): one person, each side a title
                first, _, second = " ".join(words).partition(" and ")
                joined = second and classify(first) is not None and classify(second) is not None
                return len(words) if joined and len(first.split()) <= 2 >= len(second.split()) else 0
            return len(words) if words and classify(" ".join(words)) is not None else 0
        if not w.isalpha() or w in NP_STOP or w in CUE_VERBS or w.endswith(("ed", "ing")):
            return 0
        words.append(w)
        if len(words) > 2 and words[1] != "and" and words[2] != "and":
            return 0
    return 0


def _described_name_words(tokens: list[re.Match[str]], i: int) -> int:
    """How many lowercase words (one or two) tokens[i] opens between a sentence-opening NAME_DESCRIPTORS word and
    a capitalised name ("Previous favourite Kinnear"), or 0."""
    if i != 1 or tokens[0].group() not in NAME_DESCRIPTORS:
        return 0
    for n, t in enumerate(tokens[i : i + 3]):
        w = t.group()
        if w[:1].isupper():
            return n
        if not w.isalpha() or w in NP_STOP or w in CUE_VERBS or w.endswith(("ed", "ing")):
            return 0
    return 0


# Lowercase words that may open the second member of a joint subject of names before its capital ("Schumer and
# fellow Senate Democrats", "Smith and his wife Jane").
JOINED_NAME_OPENERS = frozenset("fellow other his her their".split())


def _joined_name_words(tokens: list[re.Match[str]], i: int) -> int:
    """1 + how many JOINED_NAME_OPENERS follow the "and" at tokens[i] before a capitalised word, or 0 when none
    does: a name's "and" that joins another named member to the subject rather than opening a clause."""
    for k, t in enumerate(tokens[i + 1 : i + 4]):
        w = t.group()
        if w[:1].isupper():
            return k + 1
        if w not in JOINED_NAME_OPENERS:
            return 0
    return 0


LOWERCASE_SOURCE_WORDS = 3  # a plural source noun and up to two words before it: "many local environmental groups"


def _lowercase_plural_source(tokens: list[re.Match[str]]) -> int | None:
    """The index of the plural source noun that closes a lowercase subject of up to three plain words ("environmental
    groups", "security experts", "many lawmakers"), or None: every word before it a plain lowercase word that is no
    verb, adverb or connective, and no lowercase word right after it (not "police officers", "the groups' members")."""
    for i, t in enumerate(tokens[:LOWERCASE_SOURCE_WORDS]):
        w = t.group()
        if not w.isalpha() or not w.islower():
            return None
        if w.endswith("s") and len(w) > 3 and _source_noun(w):
            after = tokens[i + 1].group() if i + 1 < len(tokens) else ""
            return i if not (after[:1].islower() and after not in CUE_VERBS and _source_noun(after)) else None
        if not _plain_descriptor(w):
            return None
    return None


def _leading_np(masked: str, s: int, limit: int, *, lowercase: bool = False) -> tuple[str, int] | None:
    """The noun phrase that opens a sentence, as its subject: "The organisers", "Kansas City Mayor Sly James"; with
    `lowercase`, also a plural source noun after up to two lowercase words ("environmental groups"), for the callers
    that take the subject of the sentence's own first verb (not of a clause reported inside it)."""
    s = dateline_end(masked, s, limit)
    intro = INTRO_PHRASE.match(masked, s, limit)
    if intro:
        s = intro.end()
    tokens = list(islice(NP_TOKEN.finditer(masked, s, limit), 8))  # (the rest of the sentence is not read)
    while tokens and tokens[0].group() in NON_NAME_WORDS and tokens[0].group() not in ("The", "A", "An"):
        tokens = tokens[1:]
    if not tokens:
        return None
    if tokens[0].group().lower() in ("he", "she", "they", "it", "we"):
        return tokens[0].group(), tokens[0].start()
    kept: list[re.Match[str]] = []
    first = tokens[0].group()
    if lowercase and first[:1].islower() and first not in ("the", "a", "an"):
        # ("But environmental groups applauded ...": a plural source noun after up to two plain lowercase words)
        plural = _lowercase_plural_source(tokens)
        return (masked[tokens[0].start() : tokens[plural].end()], tokens[0].start()) if plural is not None else None
    if first.lower() in ("the", "a", "an") or first in LEADING_COUNT_WORDS:
        kept.append(tokens[0])
        for t in tokens[1:5]:
            w = t.group()
            if (
                w in NP_STOP
                or w in ("on", "late", "early")  # ("The ministry on Monday summoned ...": when, not who)
                or (w in LEADING_NP_STOP and not any(k.group() in ("that", "who", "whom") for k in kept))
                or w in CUE_VERBS
                or (w.islower() and w.endswith("ed"))
                or masked[kept[-1].end() : t.start()].strip()
            ):
                break
            kept.append(t)
    else:
        title_left = 0
        for i, t in enumerate(tokens):
            w = t.group()
            if kept and masked[kept[-1].end() : t.start()].strip():
                break
            if w[:1].isupper() or (kept and w in ("of", "for")):
                kept.append(t)
            elif kept and w == "and" and not title_left and (joined := _joined_name_words(tokens, i)):
                # "Schumer and fellow Senate Democrats forced ...": a joint subject, one speaker (the guidelines)
                title_left = joined - 1
                kept.append(t)
            elif kept and (
                left := title_left
                or _title_words_before_name(tokens, i)
                or _described_name_words(tokens, i)
                or _role_words_before_name(tokens, i)
            ):
                # "Republican presidential nominee Mitt Romney": lowercase title words before a name
                # ("Previous favourite Kinnear", "Veteran actor Rory Kinnear": a description of anyone)
                title_left = left - 1
                kept.append(t)
            elif kept and kept[-1].group()[:1].isupper() and _source_noun(w):
                kept.append(t)  # "Conservative websites", "Kansas City police"
                break
            else:
                break
        while kept and kept[-1].group() in ("of", "for"):
            kept.pop()
    if not kept:
        return None
    np = masked[kept[0].start() : kept[-1].end()]
    return (np, kept[0].start()) if _valid_speaker(np) else None


# A person described, then the source of a relative clause with its "whom" left out ("The man police say shot four
# people", "the shooter, a young man police said was dressed in black"): group 1 the source, who speaks of the person.
# (the sources, also a cheap first test: the speaker phrase ends on one)
ELIDED_RELATIVE_SOURCES = ("police", "authorities", "officials", "investigators", "deputies", "detectives", "prosecutors")
ELIDED_RELATIVE = re.compile(
    r"(?:[Tt]he|[Aa]n?|[Aa]nother)\s+(?:[a-z][\w-]*\s+)?(?:man|woman|boy|girl|teen|teenager|suspect|person|driver|"
    r"gunman|shooter|victim)\s+(" + "|".join(ELIDED_RELATIVE_SOURCES) + ")"
)
# A reference mark of copy taken from an encyclopedia, its opening bracket read as the stop before the speaker
# ("...his armament.[13][32] Sources said", "[76] Rodger wrote"): no part of the speaker.
FOOTNOTE_MARK = re.compile(r"\d{1,3}\]\s+(?=\S)")
# What a page puts before a story's first words, cut into at its opening bracket or left whole before a bar: a credit
# or date closed by a bracket ("(CNN) Police", "(KDKA/AP)- Police", "(06/08/16) - Police", "2015)-- Indiana State
# Police"), a dateline in capitals after it ("(AP) NEW ORLEANS - New Orleans police"), a headline before a bar
# ("Man shot and killed in Frankford | 6abc.com Police"); the speaker opens on a capital or an article (not "(D-N.Y.)
# and 18 members", a party tag inside a joint speaker).
CREDIT_PREFIX = re.compile(
    r"^(?:[^()]*\)|.*\|)[\s:–—-]*(?:[A-Z][A-Z.,'’ ]*[A-Z.][\s]*[–—-]+\s*)?(?=[A-Z]|(?:a|an|the)\s)"
)


def _credit_prefix_end(speaker: str) -> int:
    """How many characters of a speaker phrase are a page's credit, date or headline (CREDIT_PREFIX) before the
    speaker; 0 when nothing would be left ("AMD)")."""
    prefix = CREDIT_PREFIX.match(speaker)
    return prefix.end() if prefix and prefix.end() < len(speaker) else 0


# An identification stated as a confirmed object ("confirmed the names of the four Marines", "confirmed the identity of
# the man arrested"): the naming of a person, which the annotation leaves out as it does "identified the victim as".
IDENTIFYING_CUES = frozenset({"confirmed", "confirm", "confirms", "confirming"})
IDENTIFIED_OBJECT = re.compile(r"(?:the\s+)?(?:names?|identity|identities)\s+of\s")


def _finish(text: str, raws: list[_Raw]) -> list[Attribution]:
    index = SpeakerIndex(text)
    out: list[Attribution] = []
    prev_resolved: str | None = None
    prev_type = "other"
    for r in raws:
        if r.continues:
            if prev_resolved is None:
                continue
            out.append(
                Attribution(
                    None,
                    prev_resolved,
                    prev_type,
                    None,
                    "direct",
                    None,
                    text[r.start : r.end],
                    r.start,
                    r.end,
                )
            )
            continue
        speaker = r.speaker.strip() if r.speaker else ""
        if not speaker:
            continue
        if r.resolved_hint is None and speaker.lower() in QUANTIFIERS:
            prev_resolved = None  # (nor its continuation)
            continue  # "Others warned that ...", "Some say ...": no one the article names
        if (
            r.cue == "described"
            and text.startswith("as ", r.start)
            and " by " not in text[r.start : r.end]
            and (
                DESCRIBED_PASSIVE.search(text, r.speaker_at + len(r.speaker or ""), r.start)
                or (
                    DESCRIBED_RIGHT_AFTER.match(text, r.speaker_at + len(r.speaker or ""), r.start)
                    and (r.speaker_at == 0 or text[: r.speaker_at].rstrip()[-1:] in ('.', '\n', '"', '”', ''))
                )
            )
        ):
            prev_resolved = None
            continue  # "A vehicle, described as a late-model silver Saturn SUV, drove past": what is described
        if speaker in ("We", "we") and WE_ARE_TOLD.match(text, r.speaker_at + 2):
            prev_resolved = None
            continue  # "We're told the suspects were last seen in a red car": the newsroom, told by no one named
        if speaker.rsplit(None, 1)[-1] in STATUTE_HEADS and " " in speaker:
            prev_resolved = None
            continue  # "The law states ...": a statute's text, quoted
        if "terms of" in speaker or "provisions of" in speaker:
            if TERMS_OF.match(speaker):
                prev_resolved = None
                continue  # "according to the terms of the bill": what a text provides
        if r.cue in IDENTIFYING_CUES and IDENTIFIED_OBJECT.match(text, r.start, r.end):
            prev_resolved = None
            continue  # "Family and friends have confirmed the names of the four Marines": an identification
        speaker_at = r.speaker_at
        if speaker[:1].isdigit() and (mark := FOOTNOTE_MARK.match(speaker)):
            speaker, speaker_at = speaker[mark.end() :], speaker_at + mark.end()  # "[76] Rodger wrote": Rodger
        if ")" in speaker or "|" in speaker:
            cut = _credit_prefix_end(speaker)
            speaker, speaker_at = speaker[cut:], speaker_at + cut  # "(CNN) Police said": Police
        if speaker.endswith(ELIDED_RELATIVE_SOURCES) and (elided := ELIDED_RELATIVE.fullmatch(speaker)):
            # "The man police say shot four people": the police say it of the man
            speaker, speaker_at = elided.group(1), speaker_at + elided.start(1)
        if speaker.endswith(" time"):
            tail = SPEAKER_TIME_TAIL.search(speaker)
            if tail and speaker[: tail.start()].rsplit(None, 1)[-1][:1].isupper():
                speaker = speaker[: tail.start()]  # "Comey at the time"
        hint = r.resolved_hint
        if (
            hint is None
            and speaker in SOURCE_HEADS
            and not speaker.endswith("s")
            and text.endswith(("That ", "This "), 0, speaker_at)
            and speaker_at >= 5
        ):
            # "That neighbor says", "That mother said": the one described before, as "the neighbor" is (a capital:
            # not the "that" of a relative clause, "the gun that police say was used")
            speaker, speaker_at = text[speaker_at - 5 : speaker_at] + speaker, speaker_at - 5
            hint = "the " + speaker[5:]
        if hint is None and speaker.endswith(" account"):
            owner = OWNED_ACCOUNT.fullmatch(speaker)
            hint = owner and owner.group(1)
        resolved = index.resolve(hint or speaker, speaker_at)
        stype = index.speaker_type(resolved, speaker, r.cue)
        if not is_pronoun(resolved) and not r.relay:
            index.remember(speaker_at, resolved)
            if r.cue in CUE_VERBS and CUE_VERBS[r.cue].lemma == "ask":
                asked = text[max(0, r.start - ASKED_PERSON_REACH) : r.start].rstrip()
                if asked.endswith((" him", " her")):
                    # "asked her if she could comment ...": whom it was asked answers next
                    index.remember_asked(r.start, asked[-3:], resolved)
                elif r.kind == "direct" and (named := ASKED_NAME_BEFORE.search(text, speaker_at, r.start)):
                    # "Meredith Vieira asked Trump, "...?"": Trump, asked, answers next ("His response: ...", "he said")
                    index.remember(r.start, index.resolve(named.group(1), named.start(1)))
            if r.cue and r.cue.startswith("tweet"):
                index.remember_document(resolved, "tweet")  # "X tweeted ...", then "according to the tweet"
        medium = r.medium
        if medium is None and resolved != speaker and names_document(speaker):
            medium = speaker  # documents: the document is the medium, its issuer the speaker resolved
        elif medium and medium.split()[-1].lower() in DOCUMENT_HEADS and not is_pronoun(resolved) and r.kind != "citing":
            # "X said in a statement": X is whose "the statement" is (a relaying outlet's report, "citing X", is
            # the outlet's)
            index.remember_document(resolved, medium)
        out.append(
            Attribution(
                speaker,
                resolved,
                stype,
                r.cue,
                r.kind,
                _clean_medium(medium),
                text[r.start : r.end],
                r.start,
                r.end,
            )
        )
        prev_resolved, prev_type = resolved, stype
    bare = _roleless_names(out, index)
    return _candidates_typed(_relatives_typed(out, index, bare), index, bare)


def _clean_medium(medium: str | None) -> str | None:
    if not medium:
        return None
    return medium.strip(TRAILING) or None


# A kin noun owned by the speaker in what it says ("said of her son", "my daughter was ...", "told police his
# granddaughter ...", "she had lost an eight-year-old daughter"): the speaker's child, parent or sibling. Spouses and
# partners are left out: anyone speaks of theirs, the famous too ("I'd like to thank my wife").
OWN_KIN = re.compile(
    # (each pattern here opens on a lookahead for its first letters, so the engine leaves other positions at once)
    r"(?=[MmHhOol])\b(?:[Mm]y|[Hh]is|[Hh]er|[Oo]ur|lost\s+(?:a|an|one|two|three|their))\s+(?:[\w-]+\s+)?(?:son|daughter|child|"
    r"children|kids?|mother|father|mom|dad|brother|sister|grandson|granddaughter|grandmother|grandfather|uncle|aunt|"
    r"nephew|niece|cousin)s?(?:-in-law)?\b"
)
# A place of the speaker's own near the scene in what it says ("he looked outside his nearby office", "from her
# next-door apartment"): a neighbour, typed as the relatives are.
OWN_NEARBY = re.compile(r"(?=[MmHhOoTt])\b(?:[Mm]y|[Hh]is|[Hh]er|[Oo]ur|[Tt]heir)\s+(?:nearby|next-door|neighboring|neighbouring)\b")
# A death or an injury the story tells of, without which a speaker's kin are no victim's ("shot", "killed", "died").
HARM = re.compile(
    r"(?=[skdmwivgbeac])\b(?:shot|shooting|shootings|killed|killing|killings|dead|died|dies|death|deaths|murder|murdered|wounded|"
    r"injured|stabbed|slain|victims?|gunfire|shelling|bombing|blast|explosion|attack|crash)\b"
)
# What a text says right after a suspect's name ("Ann Lee, 20, was charged with", "Lee was sentenced", "Lee faces
# charges"): the guidelines type suspects `other`, whatever kin they speak of.
SUSPECT_AFTER = re.compile(
    r"[\s\S]*?\b(?:charged|charges|arrested|sentenced|sentence|pleaded|arraigned|convicted|indicted|faces|facing|"
    r"accused|alleged|allegedly|confessed|custody|booked|jailed|admitted)\b"
)
# How many characters after a mention of the name SUSPECT_AFTER reads (a clause: "Ann Lee, 20, of Dover, was charged").
SUSPECT_REACH = 60
# What a text says right after a victim's name, of whom it is the subject: hurt in a passive ("Ann Lee was shot in
# the leg", "Lee, 20, who had been injured"), a wound or an injury suffered ("Lee sustained a gunshot wound"), a stay
# in hospital ("Ann Lee, in hospital with shrapnel wounds").
HURT_AFTER = re.compile(
    r"(?:,\s+\d{1,3},)?(?:,\s+who)?\s+(?:also\s+)?(?:(?:was|were|had\s+been|has\s+been)\s+"
    r"(?:(?:also|critically|seriously|fatally|accidentally)\s+)?(?:shot|wounded|injured|hurt|grazed|stabbed)\b|"
    r"(?:sustained|suffered)\s+(?:[\w-]+\s+){0,3}(?:wounds?|injury|injuries)\b)|,\s+in\s+(?:the\s+)?hospital\s+with\b"
)
# How many characters after a mention of the name HURT_AFTER reads ("Ann Lee, 20, who had been critically injured").
HURT_REACH = 60
# An age written before a name ("16-year-old Ann Lee", "Twenty-three-year-old Tom Hale").
AGE_BEFORE_NAME = re.compile(r"(?:\d+|[A-Z][a-z]+(?:-[a-z]+)*)-year-old\s+")


def _relatives_typed(out: list[Attribution], index: SpeakerIndex, bare: set[str]) -> list[Attribution]:
    """Records of a speaker named by a bare name, with no role in the article ("Ann Lee said"), retyped `witness or
    resident` in a story of harm when one of them speaks of the speaker's own kin ("Lee said her son was leaving for
    the Army") or of its own place nearby ("he looked outside his nearby office"), or the text says the speaker was
    hurt ("Ann Lee sustained a gunshot wound"): the guidelines type victims, their relatives and neighbours so, and
    such a speaker is mostly one. Read over all of the speaker's records, as a type is the same for all of them, and
    the kin is often in a later one than the first, which fixed it. `bare`: the speakers _roleless_names finds."""
    text = index.text
    if not bare:
        return out
    kin = {
        r.speaker_resolved
        for r in out
        if r.speaker_resolved in bare and (OWN_KIN.search(r.content) or OWN_NEARBY.search(r.content))
    }
    if kin and not HARM.search(text):
        kin = set()  # (a politician's son or a star's daughter in a story that tells of no one hurt: no victim's kin)
    kin.update(name for name in bare - kin if follows_mention(name, text, HURT_AFTER, HURT_REACH))
    kin = {name for name in kin if not follows_mention(name, text, SUSPECT_AFTER, SUSPECT_REACH)}
    if not kin:
        return out
    return [replace(r, speaker_type="witness or resident") if r.speaker_resolved in kin else r for r in out]


def _candidates_typed(out: list[Attribution], index: SpeakerIndex, bare: set[str]) -> list[Attribution]:
    """Records of a speaker named by a bare name, with no role in the article, retyped `party or politician` where a
    definite description of a candidate takes the name up ("Donald Trump ripped President Obama ... The presumptive
    Republican presidential nominee went so far as to say"): the role the article gives the speaker, a candidate, read
    over all of its records. `bare`: the speakers _roleless_names found before the relatives' pass retyped some."""
    if not bare or not names_candidates(index.text):
        return out
    bare = bare & {r.speaker_resolved for r in out if r.speaker_type == "other"}
    if not bare:
        return out
    # (speakers who might be the candidate meant, named between: "Ryan" in "Biden ... interrupting Ryan ... for the
    # GOP nominee")
    others = {r.speaker_resolved for r in out if r.speaker_type in ("other", "party or politician") and r.speaker_resolved}
    named = index.described_candidates(bare, others - bare)
    if not named:
        return out
    return [replace(r, speaker_type="party or politician") if r.speaker_resolved in named else r for r in out]


def _roleless_names(out: list[Attribution], index: SpeakerIndex) -> set[str]:
    """The speakers typed `other` that are bare names the article gives no role ("Ann Lee said")."""
    # (the cheap tests of the name first, so the text is scanned for the mentions of bare names only)
    untyped = {r.speaker_resolved for r in out if r.speaker_type == "other" and r.speaker_resolved}
    return {name for name in untyped if _bare_name(name, index.text) and not index.role_of(name)}


def _bare_name(name: str, text: str) -> bool:
    """Whether a speaker is a person's bare name of two or three words, an age before it at most ("Ann Lee",
    "16-year-old Ann B. Lee"): no title, no description, and a first word the text never writes in lowercase (not
    "Principal Ann Lee", "Crime Stoppers")."""
    age = AGE_BEFORE_NAME.match(name)
    words = name[age.end() if age else 0 :].split()
    if words and words[-1].rstrip(".") in NAME_SUFFIXES:
        words = words[:-1]
    return (
        (2 if age is None else 1) <= len(words) <= 3  # ("25-year-old Guzel": an age and one name)
        and all(w[:1].isupper() and (w[1:] == "." or not w.isupper()) for w in words)  # (not "TERRE HAUTE")
        and not words[0].endswith(".")
        and classify(words[0]) is None
        and f" {words[0].lower()} " not in text
        and not countries_in(name)
    )


# A present or perfect form of "be" right before an -ing cue, an adverb between at most ("Police are asking ...",
# "authorities are saying that ...", "have been saying"): the progressive of a statement, whose subject comes before
# it. Not the past ("he was telling jokes", "was screaming"), which narrates more often than it reports.
PROGRESSIVE_BEFORE = re.compile(r"\b(?:is|are|been)\s+(?:(?:also|now|still|already|publicly)\s+)?$")
# How far before the cue PROGRESSIVE_BEFORE looks.
PROGRESSIVE_REACH = 24


def _finite(verb: CueVerb) -> CueVerb:
    """The present form of an -ing cue's verb ("asks" for "asking"), whose needs a progressive takes when the
    participle has none: "are asking whether ..." as "asks whether ...", while the participle after a statement needs
    nothing ("..., asking ...")."""
    return CUE_VERBS.get(verb.lemma + "s") or CUE_VERBS.get(verb.lemma + "es") or verb


def _progressive(masked: str, s: int, cue_at: int) -> int | None:
    """Where the auxiliary starts when an -ing cue is the verb of its clause in the progressive ("Police are asking
    anyone with information to call"), not a participle after a statement ("..., saying ..."); else None."""
    aux = PROGRESSIVE_BEFORE.search(masked, max(s, cue_at - PROGRESSIVE_REACH), cue_at)
    return aux.start() if aux else None


# A negated auxiliary, or a refusal, right before a blocked cue ("Fanning couldn't say", "Varney wouldn’t describe",
# "Hastings declined to describe"), whose subject a cue coordinated with it takes ("..., but said ...").
NEGATED_BEFORE_CUE = re.compile(
    r"\s(?:(?:do|does|did|could|would|will|can|should|is|are|was|were|has|have|had)\s+not|[a-z]+n['’]t|cannot|"
    r"(?:declined|declines|refused|refuses)\s+to)\s+$"
)
# How far before the cue NEGATED_BEFORE_CUE looks.
NEGATED_REACH = 30


def _before_negation(masked: str, s: int, cue_at: int) -> int:
    """Where a negated auxiliary or a refusal before a cue starts (the subject ends there), else the cue's offset."""
    found = NEGATED_BEFORE_CUE.search(masked, max(s, cue_at - NEGATED_REACH), cue_at)
    return found.start() if found else cue_at


# What follows a sentence's opening noun phrase up to an "and" before a cue, when it is one clause of that subject
# ("Jay Roberts, 60, lives nearby and said ...", "The woman ran outside and told ..."): an age set off at most, a
# finite verb, and no comma or other clause after it.
LEAD_VERB_CLAUSE = re.compile(r"(?:,\s+\d{1,3},)?\s+(?:[a-z]+ed|[a-z]+s|is|was|were|are|had|has|have)\b[^,;:\n]*$")


def _coordinated_lead(masked: str, s: int, and_at: int) -> tuple[str, int] | None:
    """The subject of a cue coordinated with the sentence's first verb, no cue before it ("Jay Roberts, 60, lives
    nearby and said the game was ..."): the opening noun phrase, when one clause of it runs up to the "and"."""
    lead = _leading_np(masked, s, and_at, lowercase=True)
    if lead is None or lead[0].lower() in PRONOUNS or not _valid_speaker(lead[0]):
        return None
    if lead[0].rsplit(None, 1)[-1].lower() in ("who", "which", "that"):
        return None  # ("The man who killed three officers ... and said": a relative clause's subject, cut)
    end = lead[1] + len(lead[0])
    return lead if LEAD_VERB_CLAUSE.match(masked, end, and_at) else None
