"""Sentence splitting with offsets, shared by the casualty and attribution extractors."""

from __future__ import annotations

from workbench.extract import text as text_module
from workbench.extract.text import split_sentences


def test_offsets_point_back_to_the_text():
    text = "Police said two people died.  Mr. Smith was hurt!\nA third man fled. \"It was awful,\" he said."
    sentences = split_sentences(text)
    assert [s.text for s in sentences] == [
        "Police said two people died.",
        "Mr. Smith was hurt!",
        "A third man fled.",
        '"It was awful," he said.',
    ]
    for s in sentences:
        assert text[s.start : s.end] == s.text


def test_abbreviations_initials_and_lowercase_continuations_do_not_split():
    text = "Gov. Jane Doe and J. R. Smith met in the U.S. capital at 10 a.m. on Monday. They left."
    assert [s.text for s in split_sentences(text)] == [
        "Gov. Jane Doe and J. R. Smith met in the U.S. capital at 10 a.m. on Monday.",
        "They left.",
    ]


def test_a_stop_glued_to_the_next_sentence_ends_it():
    """Pages whose paragraphs were joined without a space: "shooting.Anyone" is two sentences; an abbreviation
    glued to a name ("Gov.Sarah Palin") and a domain ("nola.com") are not."""
    text = (
        "Nobody is in custody after the shooting.Anyone with information should call police."
        "Alaska Gov.Sarah Palin said so on nola.com."
    )
    assert [s.text for s in split_sentences(text)] == [
        "Nobody is in custody after the shooting.",
        "Anyone with information should call police.",
        "Alaska Gov.Sarah Palin said so on nola.com.",
    ]


def test_every_line_break_ends_a_sentence():
    assert [s.text for s in split_sentences("Headline without a stop\nBody text.")] == [
        "Headline without a stop",
        "Body text.",
    ]


def test_abbreviations_deep_in_a_long_text_are_still_recognised():
    filler = "Nothing happened here. " * 2000
    text = filler + "Dr. Jones arrived. She left."
    tail = [s.text for s in split_sentences(text)][-2:]
    assert tail == ["Dr. Jones arrived.", "She left."]


def test_the_look_back_before_a_period_is_bounded(monkeypatch):
    """Splitting stays linear in the text: before each period only a window of WORD_WINDOW characters is read
    for an abbreviation (searching back from the text's start made splitting quadratic)."""
    windows = []
    real = text_module._word_before

    def recording(text: str, window: int, dot: int) -> str:
        windows.append(dot - window)
        return real(text, window, dot)

    monkeypatch.setattr(text_module, "_word_before", recording)
    sentences = split_sentences("The man said it was over. " * 2000)
    assert len(sentences) == 2000
    assert len(windows) == 2000 and max(windows) <= text_module.WORD_WINDOW


def test_sentence_ends_are_the_plain_pattern():
    """SENTENCE_END is written to open on a character class, for speed; it must find what the plain pattern
    finds."""
    import re

    from workbench.extract.text import SENTENCE_END

    plain = re.compile(r"""[.!?]+["'”’)\]]*(?=\s+|$)|(?<=[a-z]{2})[.!?](?=[A-Z][a-z])|\n+""")
    texts = [
        'Wait?! No... "Yes." (Ok.)\n\nNext line.\n',
        "U.S. officials said 5 died.Two more?x !\n!\n\n. ?",
        "in the shooting.Anyone who saw it?Call. Gov.Sarah ab!?Cd ab.C x.Yz",
        "He said: “Stop!”  Then.\t(End.)] Done",
        "",
        "...",
    ]
    for text in texts:
        assert [m.span() for m in SENTENCE_END.finditer(text)] == [m.span() for m in plain.finditer(text)], text


class _WatchedText(str):
    """A text that records how much of itself is read at once: each slice's length and each whole-text strip."""

    def __new__(cls, value: str) -> _WatchedText:
        watched = super().__new__(cls, value)
        watched.slices, watched.strips = [], 0
        return watched

    def __getitem__(self, key):  # noqa: ANN001 - str's own signature
        piece = str.__getitem__(self, key)
        self.slices.append(len(piece))
        return piece

    def rstrip(self, chars: str | None = None) -> str:
        self.strips += 1
        return str.rstrip(self, chars)

    def strip(self, chars: str | None = None) -> str:
        self.strips += 1
        return str.strip(self, chars)


def test_splitting_stays_linear_when_lowercase_words_follow_periods():
    """A period before a lowercase word is no boundary; deciding so must not re-read the whole text each time
    (it once stripped the rest of the text per period, which made splitting quadratic): the text is stripped
    once, and every piece read from it is a sentence or a look-back window, never the rest of the text."""
    text = _WatchedText("He said yes. then he left. " * 2000)
    sentences = split_sentences(text)
    assert len(sentences) == 2000
    assert text.strips <= 1
    assert text.slices and max(text.slices) < 100


def test_the_word_before_a_period_is_the_one_the_patterns_find(sample_texts):
    """_word_before reads the word by str.rstrip; it must be what the look-back patterns find."""
    from workbench.extract import text as t

    texts = sample_texts[:60]
    texts += ["abc\n. x", "\n.", ".", "Dr.\n. J. R. R.\nx.", "é. Ünited Sta.tes. a" + "b" * 30 + ". x", "x.\n.\n\n."]
    for text in texts:
        for dot in range(len(text)):
            for window in (max(0, dot - t.WORD_WINDOW), max(0, dot - 3), dot):
                word = t.WORD_START_BEFORE.search(text, window, dot) or t.WORD_BEFORE.match(text, window, dot)
                assert t._word_before(text, window, dot) == (word.group(1) if word else "")


def test_sentences_are_those_every_stop_pattern_match_gives(sample_texts):
    """split_sentences searches only for full stops in a text without other stops; the sentences must be those
    of a split at every SENTENCE_END match."""
    from workbench.extract import text as t

    def reference(text: str) -> list[t.Sentence]:
        sentences: list[t.Sentence] = []
        start = 0
        text_end = len(text.rstrip())
        for match in t.SENTENCE_END.finditer(text):
            end = t._past_closing_quote(text, match.end())
            if text[match.start()] != "\n" and not t._is_boundary(text, match.start(), end, text_end):
                continue
            t._append(sentences, text, start, end)
            start = end
        t._append(sentences, text, start, len(text))
        return sentences

    texts = sample_texts[:60]
    paragraphs = [p for text in texts for p in text.split("\n")]
    edge = ["A. B\n", "A. B\n \n\n", "It's over.” He left.)\t x. Y", "Wait... what. Ok.. \n", "x.", ".", "", "\n\n",
            'It was "crazy."Four left.', 'In his cell."Nobody" came.']
    for text in [*texts, *paragraphs, *[p + "\n\n" for p in paragraphs], *edge]:
        assert t.split_sentences(text) == reference(text)



# A stop glued to the next sentence: before a quotation, and after an abbreviation other than a title


def test_a_glued_stop_ends_a_sentence_unless_a_title_stands_before_it():
    cases = [
        ("He died in his cell.\u201cNobody saw it,\u201d she said.",
         ["He died in his cell.", "\u201cNobody saw it,\u201d she said."]),
        ("Shots rang out at 6 a.m.\"I ran,\" she said.", ["Shots rang out at 6 a.m.", "\"I ran,\" she said."]),
        ("He called the Gary Police Dept.Police came.", ["He called the Gary Police Dept.", "Police came."]),
        ("It was Gov.Sarah Palin who spoke.", ["It was Gov.Sarah Palin who spoke."]),
        ("It was 6 a.m. Monday when Dept. staff left.", ["It was 6 a.m. Monday when Dept. staff left."]),
    ]
    for text, pieces in cases:
        assert [s.text for s in split_sentences(text)] == pieces


def test_a_straight_quote_glued_after_a_stop_closes_or_opens_by_the_quotes_before_it():
    """The cut before a quotation glued to a stop ("cell.“Nobody") left a closing straight quote opening the next
    sentence ('crazy."Four people' gave '"Four people ...'): the quotes of the line before it tell which it is."""
    cases = [
        ('He said it was "crazy."Four people were hurt.', ['He said it was "crazy."', "Four people were hurt."]),
        ('He was found in his cell."Nobody saw it," he said.', ["He was found in his cell.", '"Nobody saw it," he said.']),
        ('He said "no." Then "yes."Four left.', ['He said "no." Then "yes."', "Four left."]),
        ('A "line"\nin his cell."Nobody came," he said.', ['A "line"', "in his cell.", '"Nobody came," he said.']),
    ]
    for text, pieces in cases:
        assert [s.text for s in split_sentences(text)] == pieces


def test_a_stop_glued_to_a_one_letter_word_ends_the_sentence():
    text = "He was listed in stable condition.A family member said he was fine.I think so."
    assert [s.text for s in split_sentences(text)] == [
        "He was listed in stable condition.",
        "A family member said he was fine.",
        "I think so.",
    ]
    assert len(split_sentences("It was at 6 p.m.A man fled.")) == 1
