"""Source attributions: the reference article, phrasing cases, the scorer, and the floor on the gold set."""

from __future__ import annotations

import csv
from importlib import resources
from pathlib import Path

import pytest

from workbench.extract.attribution_scoring import (
    load_gold,
    match_speakers,
    score_attributions,
    speaker_key,
)
from workbench.extract.attributions import Source, attribution_sources, extract_attributions
from workbench.extract.quotes import find_quotes
from workbench.extract.speakers import classify
from workbench.records import Attribution
from workbench.schema import ATTRIBUTION_KINDS, SPEAKER_TYPES

GOLD_DIR = Path(__file__).resolve().parent.parent / "gold" / "attributions"

# Floors on the hand-annotated gold set, a little below the scores measured when they were pinned
# (39 articles: speaker F1 0.976, type accuracy 0.960, content F1 0.975; with the fourth held-out round,
# 49 articles: 0.968, 0.966, 0.972). Lowering one is a visible, explained change.
SPEAKER_F1_FLOOR = 0.95
TYPE_ACCURACY_FLOOR = 0.95
CONTENT_F1_FLOOR = 0.95

# The body of the reference article (Reuters copy in The Jerusalem Post, 2022-01-10; the project's
# example dump), photo captions left out.
KAZAKHSTAN = """\
Kazakhstan said on Monday that foreign-trained Islamist radicals were among those who had attacked \
government buildings and security forces last week and that police had now detained almost 8,000 people to \
bring the situation under control.
Government buildings in several cities were briefly captured or torched last week as initially peaceful \
protests against fuel price increases became violent in the worst bout of violence in the Central Asian \
nation's post-Soviet history.
President Kassym-Jomart Tokayev sacked his cabinet, issued shoot-to-kill orders and declared a state of \
emergency in the oil-rich nation of 19 million. He also asked a Russian-led military bloc to send in troops, \
who the government says have since been deployed to guard strategic objects.
Tokayev was due to take part in a video conference of the bloc's leaders at 0700 GMT on Monday.
Authorities on Monday for the first time linked the violence to what they said were members of Islamist \
groups.
"As the events in Almaty and several other regions of the country have shown, Kazakhstan has been subjected \
to armed aggression by well-coordinated terrorist groups trained abroad," the foreign ministry said in a \
statement.
"According to preliminary data, the attackers include individuals who have military combat zone experience \
in the ranks of radical Islamist groups."
It did not name any specific groups.
The National Security Committee said on Monday, an official day of mourning, that the situation had \
stabilized and that security forces had restored control.
Karim Masimov, the committee's former head, was detained on suspicion of treason last week, days after \
Tokayev dismissed him.
Russian and state media, citing a government social media post, have reported that 164 people had been \
killed. Health and police authorities did not confirm that figure, and the original social media post has \
been deleted.
"I think there was some kind of a conspiracy involving domestic and certain foreign destructive forces," \
Secretary of State Yerlan Karin told state television on Monday, without naming any suspects.
A former Kazakh prime minister told Reuters on Sunday that Tokayev must move fast to consolidate his grip \
after appearing to break with Nursultan Nazarbayev, his powerful predecessor.
"""


def by_speaker(records: list[Attribution]) -> dict[str, Attribution]:
    return {r.speaker_resolved: r for r in records if r.speaker is not None}


def only(records: list[Attribution]) -> Attribution:
    assert len(records) == 1, records
    return records[0]


# --- the reference article ---------------------------------------------------------------------------


@pytest.fixture(scope="module")
def kazakhstan() -> list[Attribution]:
    return extract_attributions(KAZAKHSTAN)


@pytest.mark.parametrize(
    ("speaker", "speaker_type", "medium", "kind", "content_start"),
    [
        ("Kazakhstan", "government", None, "indirect", "foreign-trained Islamist radicals"),
        ("the foreign ministry", "government", "a statement", "direct", "As the events in Almaty"),
        (
            "The National Security Committee",
            "security forces",
            None,
            "indirect",
            "the situation had stabilized",
        ),
        ("Secretary of State Yerlan Karin", "government", "state television", "direct", "I think there was"),
        ("A former Kazakh prime minister", "other", "Reuters", "indirect", "Tokayev must move fast"),
    ],
)
def test_reference_article_sources(kazakhstan, speaker, speaker_type, medium, kind, content_start):
    record = by_speaker(kazakhstan)[speaker]
    assert record.speaker_type == speaker_type
    assert record.medium == medium
    assert record.kind == kind
    assert record.content.startswith(content_start)
    assert KAZAKHSTAN[record.start : record.end] == record.content


def test_reference_article_citing_relayed_by_state_media(kazakhstan):
    """ "X, citing Y": the cited post speaks; the relaying media are the medium, typed state media."""
    record = by_speaker(kazakhstan)["a government social media post"]
    assert (record.kind, record.cue, record.speaker_type) == ("citing", "citing", "government")
    assert record.medium == "Russian and state media"
    assert classify(record.medium) == "state media"
    assert record.content == "164 people had been killed"
    assert "Russian and state media" not in {r.speaker for r in kazakhstan}


def test_reference_article_sources_include_the_relaying_media(kazakhstan):
    sources = attribution_sources(kazakhstan)
    assert Source("Russian and state media", "state media", "relay") in sources
    for name, speaker_type in [
        ("Kazakhstan", "government"),
        ("the foreign ministry", "government"),
        ("The National Security Committee", "security forces"),
        ("Secretary of State Yerlan Karin", "government"),
        ("A former Kazakh prime minister", "other"),
    ]:
        assert Source(name, speaker_type, "speaker") in sources
    assert len({s.name.casefold() for s in sources}) == len(sources)


def test_reference_article_continuation_paragraph(kazakhstan):
    continuation = [r for r in kazakhstan if r.speaker is None]
    record = only(continuation)
    assert record.speaker_resolved == "the foreign ministry"
    assert (record.kind, record.cue, record.speaker_type) == ("direct", None, "government")
    assert record.content.startswith("According to preliminary data")


def test_reference_article_leaves_out_negated_and_quoted_cues(kazakhstan):
    contents = " ".join(r.content for r in kazakhstan)
    assert all(r.cue != "confirm" for r in kazakhstan)  # "did not confirm that figure"
    assert not any(r.content.startswith("preliminary data") for r in kazakhstan)  # inside a quotation
    assert "did not name" not in contents


def test_reference_article_records_are_valid_rows(kazakhstan):
    for r in kazakhstan:
        assert r.speaker_type in SPEAKER_TYPES
        assert r.kind in ATTRIBUTION_KINDS
        assert KAZAKHSTAN[r.start : r.end] == r.content


# --- phrasing ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        '"The bridge will reopen on Friday," the mayor said.',
        "“The bridge will reopen on Friday,” the mayor said.",
        "«The bridge will reopen on Friday», the mayor said.",
        "``The bridge will reopen on Friday,'' the mayor said.",
        "'The bridge will reopen on Friday,' the mayor said.",
        "‘The bridge will reopen on Friday,’ the mayor said.",
        "„The bridge will reopen on Friday“, the mayor said.",
    ],
    ids=["straight", "curly", "guillemets", "backticks", "single", "curly-single", "low-high"],
)
def test_quote_styles(text):
    record = only(extract_attributions(text))
    assert record.kind == "direct"
    assert record.content.rstrip(",") == "The bridge will reopen on Friday"
    assert record.speaker == "the mayor"
    assert record.speaker_type == "government"


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            'The mayor said: "The bridge will reopen on Friday."',
            "The mayor",
            "The bridge will reopen on Friday",
        ),
        (
            '"The bridge will reopen on Friday," said Mayor Ana Ruiz.',
            "Mayor Ana Ruiz",
            "The bridge will reopen on Friday",
        ),
        (
            '"The bridge will reopen," Ruiz said, "and traffic will flow again."',
            "Ruiz",
            'The bridge will reopen," Ruiz said, "and traffic will flow again',
        ),
    ],
    ids=["speaker-before", "speaker-after-inverted", "interrupted"],
)
def test_direct_quote_speaker_positions(text, speaker, content):
    record = only(extract_attributions(text))
    assert record.kind == "direct"
    assert record.speaker == speaker
    assert record.content.rstrip(".,") == content


@pytest.mark.parametrize(
    ("text", "speaker", "content", "medium"),
    [
        (
            "The ministry said on Tuesday that 12 people had been arrested.",
            "The ministry",
            "12 people had been arrested",
            None,
        ),
        (
            "Twelve people were arrested overnight, police said.",
            "police",
            "Twelve people were arrested overnight",
            None,
        ),
        (
            "Twelve people were arrested overnight, said the police chief.",
            "the police chief",
            "Twelve people were arrested overnight",
            None,
        ),
        (
            "The ministry said in a statement that 12 people had been arrested.",
            "The ministry",
            "12 people had been arrested",
            "a statement",
        ),
        (
            "Karim Ali, the ministry's spokesman, said 12 people had been arrested.",
            "Karim Ali",
            "12 people had been arrested",
            None,
        ),
    ],
    ids=["before-that", "after", "inverted", "in-a-statement", "apposition"],
)
def test_reported_speech(text, speaker, content, medium):
    record = only(extract_attributions(text))
    assert record.kind == "indirect"
    assert record.speaker == speaker
    assert record.content == content
    assert record.medium == medium


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("According to the health ministry, 40 people were injured.", "40 people were injured"),
        ("Forty people were injured, according to the health ministry.", "Forty people were injured"),
    ],
    ids=["front", "back"],
)
def test_according_to(text, content):
    record = only(extract_attributions(text))
    assert (record.kind, record.cue) == ("according_to", "according to")
    assert record.speaker == "the health ministry"
    assert record.speaker_type == "government"
    assert record.content == content


def test_citing_makes_the_cited_source_the_speaker():
    text = "Xinhua, citing local police, reported that the blast killed three workers."
    record = only(extract_attributions(text))
    assert (record.kind, record.speaker, record.medium) == ("citing", "local police", "Xinhua")
    assert record.speaker_type == "security forces"
    assert record.content == "the blast killed three workers"


def test_citing_a_reason_is_not_a_source():
    text = "The organisers cancelled the march on Sunday, citing security concerns."
    record = only(extract_attributions(text))
    assert record.kind == "indirect"
    assert record.speaker == "The organisers"
    assert record.content == "security concerns"


@pytest.mark.parametrize(
    ("text", "medium"),
    [
        ("The governor told Reuters that the curfew would end on Monday.", "Reuters"),
        ("The governor told state television that the curfew would end on Monday.", "state television"),
        ("The governor told reporters that the curfew would end on Monday.", None),
    ],
)
def test_told_names_the_medium_when_it_is_a_medium(text, medium):
    record = only(extract_attributions(text))
    assert (record.cue, record.medium) == ("told", medium)
    assert record.content == "the curfew would end on Monday"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("A source familiar with the talks said the deal was close.", "A source familiar with the talks"),
        (
            "A source who asked not to be named said the deal was close.",
            "A source who asked not to be named",
        ),
        (
            "The deal was close, two people familiar with the matter said.",
            "two people familiar with the matter",
        ),
    ],
)
def test_anonymous_sources(text, speaker):
    record = only(extract_attributions(text))
    assert record.speaker == speaker
    assert record.speaker_type == "anonymous"


def test_anonymity_stated_in_an_apposition():
    text = (
        "Four men rammed the store, a police source said. The police source, who wished to remain "
        "anonymous, said the men fled."
    )
    first, second = extract_attributions(text)
    assert second.speaker == "The police source, who wished to remain anonymous"
    assert second.speaker_resolved == first.speaker_resolved == "a police source"
    assert {first.speaker_type, second.speaker_type} == {"anonymous"}


def test_role_written_before_the_name():
    record = only(extract_attributions("The ministry's spokesman, Ali Khan, said the border was closed."))
    assert (record.speaker, record.speaker_type) == ("Ali Khan", "government")


def test_medium_with_its_release_time():
    text = "The ministry said in a statement released on Monday that the border was closed."
    record = only(extract_attributions(text))
    assert (record.medium, record.content) == ("a statement", "the border was closed")


def test_pronoun_and_surname_resolve_to_the_fullest_name():
    text = (
        "Interior Minister John Smith said on Monday that the border would stay closed.\n"
        "Smith said the decision would be reviewed next week. He added that extra patrols had been sent."
    )
    records = extract_attributions(text)
    assert [r.speaker for r in records] == ["Interior Minister John Smith", "Smith", "He"]
    assert {r.speaker_resolved for r in records} == {"Interior Minister John Smith"}
    assert {r.speaker_type for r in records} == {"government"}


def test_pronoun_takes_the_last_fitting_speaker():
    text = (
        "Police said the road was closed.\n"
        "Resident Maria Lopez said she heard three shots. She said the shooting lasted a minute."
    )
    records = extract_attributions(text)
    assert records[-1].speaker == "She"
    assert records[-1].speaker_resolved == "Resident Maria Lopez"
    assert records[-1].speaker_type == "witness or resident"


def test_generic_police_resolves_to_the_named_force():
    text = (
        "Officer Jose Estrada, a Chicago Police spokesman, said two men were arrested.\n"
        "No one else was hurt, police said."
    )
    records = extract_attributions(text)
    assert records[-1].speaker == "police"
    assert records[-1].speaker_resolved == "Chicago Police"
    assert records[-1].speaker_type == "security forces"


def test_continuation_paragraph_keeps_the_speaker():
    text = (
        '"We will rebuild every house," the governor said.\n'
        '"It will take years, but we will do it."\n'
        "Rain is expected on Tuesday."
    )
    first, second = extract_attributions(text)
    assert (second.speaker, second.cue, second.kind) == (None, None, "direct")
    assert second.speaker_resolved == first.speaker_resolved == "the governor"
    assert second.content.rstrip(".") == "It will take years, but we will do it"


def test_continuation_paragraph_after_a_blank_line():
    text = 'The commander said: "These rioters are criminals.\n\n"I see no other option for them."\n'
    first, second = extract_attributions(text)
    assert first.speaker == "The commander"
    assert (second.speaker, second.speaker_resolved) == (None, "The commander")
    assert second.content.startswith("I see no other option")


def test_multi_paragraph_quote_left_open_continues():
    text = 'The governor said: "We will rebuild every house.\n"It will take years, but we will do it."\n'
    first, second = extract_attributions(text)
    assert first.speaker == "The governor"
    assert first.content.startswith("We will rebuild")
    assert second.speaker is None and second.speaker_resolved == "The governor"


@pytest.mark.parametrize(
    ("text", "second_cue", "second_content"),
    [
        (
            "The city's police deny accusations of brutality and say they show restraint.",
            "say",
            "they show restraint",
        ),
        (
            "The office said 30 people had been injured, but added the circumstances remained unclear.",
            "added",
            "the circumstances remained unclear",
        ),
    ],
)
def test_second_verb_of_the_same_speaker(text, second_cue, second_content):
    first, second = extract_attributions(text)
    assert second.cue == second_cue and second.content == second_content
    assert second.speaker == first.speaker
    assert second.content not in first.content


def test_adding_is_a_second_statement():
    text = "The minister said the talks had failed, adding that new elections were likely."
    first, second = extract_attributions(text)
    assert first.content == "the talks had failed"
    assert (second.cue, second.content) == ("adding", "new elections were likely")
    assert second.speaker_resolved == first.speaker_resolved


def test_sentences_run_together_without_spaces():
    text = (
        "The man was found dead in his cell, according to officials.Sheriff Steve Rushing said an inmate "
        'alerted officers."There were no obvious signs of a cause of death," added Rushing.'
    )
    records = extract_attributions(text)
    assert [r.cue for r in records] == ["according to", "said", "added"]
    assert records[1].content == "an inmate alerted officers"
    assert {records[1].speaker_resolved, records[2].speaker_resolved} == {"Sheriff Steve Rushing"}


def test_inverted_speaker_with_the_medium_after_the_name():
    text = '"We have received around 50 people," said doctor Ema Suryani to AFP, speaking from the town.'
    record = only(extract_attributions(text))
    assert (record.speaker, record.medium) == ("doctor Ema Suryani", "AFP")


def test_with_some_saying_makes_each_phrase_a_speaker():
    text = (
        "Conservative websites criticised the cover, with some saying it makes her look angry and one blogger "
        'asking, "Is the media biased?"'
    )
    first, second = extract_attributions(text)
    assert (first.speaker, first.speaker_resolved, first.content) == (
        "some",
        "Conservative websites",
        "it makes her look angry",
    )
    assert (second.speaker, second.kind, second.content.rstrip("?")) == (
        "one blogger",
        "direct",
        "Is the media biased",
    )


def test_a_document_speaks_for_its_issuer():
    text = (
        "A statement from the Defence Ministry said the ship was freed. The statement said 23 men were held."
    )
    first, second = extract_attributions(text)
    assert first.speaker_resolved == second.speaker_resolved == "Defence Ministry"
    assert first.medium == "A statement from the Defence Ministry"
    assert first.speaker_type == "government"


def test_a_press_release_from_an_office_with_a_possessive_name_speaks_for_it():
    text = "A press release from the Brevard County Sheriff's Office said the shooting occurred on Monday."
    record = only(extract_attributions(text))
    assert record.speaker_resolved == "Brevard County Sheriff's Office"
    assert record.medium == "A press release from the Brevard County Sheriff's Office"


def test_went_on_to_say_is_a_second_statement_of_the_same_speaker():
    text = (
        "We talked with Prosecutor David Leyton. He said it is still under investigation, and went on to "
        'say, "Keep weapons out of the reach of children."'
    )
    said, say = sorted(extract_attributions(text), key=lambda r: r.start)
    assert (said.kind, said.content) == ("indirect", "it is still under investigation")
    assert (say.kind, say.cue, say.content) == ("direct", "say", "Keep weapons out of the reach of children")
    assert said.speaker_resolved == say.speaker_resolved == "Prosecutor David Leyton"


def test_a_quotation_after_an_earlier_quotation_takes_its_own_cue():
    text = (
        'Lyons said that he used a wheelchair – he "claimed it was necessary" – and added, '
        '"Since he fled on foot, that is in question."'
    )
    added = next(r for r in extract_attributions(text) if r.cue == "added")
    assert (added.kind, added.content) == ("direct", "Since he fled on foot, that is in question")


def test_a_quoted_fragment_in_a_reported_clause_is_not_a_quotation():
    text = (
        'The navy said it had sunk the "mother ship", though a watchdog later said the vessel was a '
        "Thai trawler."
    )
    records = {r.speaker_resolved: r for r in extract_attributions(text)}
    assert records["The navy"].content == 'it had sunk the "mother ship'
    assert records["a watchdog"].kind == "indirect"
    assert records["a watchdog"].content == "the vessel was a Thai trawler"


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        (
            "Mark Sheridan confirmed to Fox News that the campaign received subpoenas.",
            "confirmed",
            "the campaign received subpoenas",
        ),
        (
            "U.S. Attorney Paul Fishman said only that his office was reviewing the matter.",
            "said",
            "his office was reviewing the matter",
        ),
        ("The campaign announced it had hired a law firm.", "announced", "it had hired a law firm"),
        (
            "Senator Smith voted no, declaring that the bill was unconstitutional.",
            "declaring",
            "the bill was unconstitutional",
        ),
        (
            "Critics pointed to Trump's statement that the election was rigged.",
            "statement",
            "the election was rigged",
        ),
    ],
)
def test_cue_shapes(text, cue, content):
    record = next(r for r in extract_attributions(text) if r.cue == cue)
    assert record.content == content


def test_joint_speakers_are_one_record_typed_by_the_first():
    record = only(extract_attributions("Officials and state media said ten people were killed in the quake."))
    assert record.speaker == "Officials and state media"
    assert record.speaker_type == "government"


def test_a_pronoun_skips_a_person_of_the_other_gender():
    text = (
        "Representative Nancy Pelosi of California tried to play down any split with Mr. Obama. "
        '"It is not against the president," she said.'
    )
    record = only(extract_attributions(text))
    assert record.speaker_resolved == "Representative Nancy Pelosi"


@pytest.mark.parametrize(
    "text",
    [
        "The ministry declined to comment.",
        "The woman accused of killing two co-workers was arrested.",
        "The spokesman did not say when the road would reopen.",
        "He was accused of fraud in 2019.",
        "The president declared a state of emergency.",
        "Police found the car on Tuesday.",
        "Video posted online showed people running.",
        "The storm is expected to reach the coast on Friday.",
        "Her discrimination claims were folded into a class action.",
        "There is an old saying in the town.",
        "According to reports from the scene, shops were looted.",
    ],
)
def test_no_attribution(text):
    assert extract_attributions(text) == []


def test_offsets_point_at_the_content():
    text = "Intro line.\n\n“We are ready,” said General Omar Haddad. Police said the area was calm."
    for record in extract_attributions(text):
        assert text[record.start : record.end] == record.content


# --- quotation marks ---------------------------------------------------------------------------------


def test_quote_broken_over_lines_is_carried_to_its_closing_mark():
    text = '"Lindsay never checked in.\nThe challenge now is to keep her there, " the source told us.'
    spans = find_quotes(text)
    assert [text[q.start : q.end].strip(" ,") for q in spans] == [
        "Lindsay never checked in.",
        "The challenge now is to keep her there",
    ]
    record = only(extract_attributions(text))
    assert record.content.startswith("Lindsay never checked in.")
    assert record.speaker_type == "anonymous"


def test_quote_carried_over_lines_without_a_cue_continues_the_statement_before_it():
    text = (
        "The Defence Ministry said the ship was freed.\n"
        "``On sighting the helicopter, the boats fled.\nMysore ordered them to stop.''"
    )
    said, carried = extract_attributions(text)
    assert (carried.speaker, carried.speaker_resolved, carried.kind) == (
        None,
        "The Defence Ministry",
        "direct",
    )
    assert carried.content == "On sighting the helicopter, the boats fled.\nMysore ordered them to stop"


def test_apostrophes_are_not_quotes():
    text = "The officers' union said it wasn't consulted."
    assert find_quotes(text) == []
    record = only(extract_attributions(text))
    assert record.content == "it wasn't consulted"


# --- data files --------------------------------------------------------------------------------------


def test_gazetteer_types_are_schema_types():
    path = resources.files("workbench").joinpath("data", "source_types.csv")
    with path.open(encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    assert rows
    assert {r["speaker_type"] for r in rows} <= set(SPEAKER_TYPES)
    assert {r["tier"] for r in rows} <= {"anonymous", "modifier", "specific", "agency", "generic", "withheld"}


@pytest.mark.parametrize(
    ("phrase", "speaker_type"),
    [
        ("TASS", "state media"),
        ("the Associated Press", "wire agency"),
        ("Human Rights Watch", "NGO or rights group"),
        ("the UN refugee agency", "international body"),
        ("a police spokesman", "security forces"),
        ("the attorney general", "government"),
        ("a former prime minister", "other"),
        ("a man who lives nearby", "witness or resident"),
        ("a man in a red shirt", None),
        ("people familiar with the matter", "anonymous"),
        ("WFTV", "other media"),
        ("ABC12 News", "other media"),
        ("WWII", None),
        ("the Philadelphia Inquirer", "other media"),
        ("a co-worker", "witness or resident"),
    ],
)
def test_classify(phrase, speaker_type):
    assert classify(phrase) == speaker_type


# --- scoring -----------------------------------------------------------------------------------------


def test_speaker_key_drops_articles_and_titles_and_pronouns():
    assert speaker_key("the Foreign Ministry") == ("foreign", "ministry")
    assert speaker_key("Mr. Trump") == ("trump",)
    assert speaker_key("he") is None


def test_speakers_match_one_to_one_by_containment():
    gold = [("yerlan", "karin"), ("police",)]
    predicted = [("secretary", "of", "state", "yerlan", "karin"), ("karin",), ("police",)]
    assert match_speakers(gold, predicted) == [(0, 0), (1, 2)]


def test_score_counts_speakers_types_and_content():
    gold = {
        "a": [
            {
                "speaker_resolved": "Interior Minister John Smith",
                "speaker_type": "government",
                "start": 0,
                "end": 10,
            },
            {"speaker_resolved": "police", "speaker_type": "security forces", "start": 20, "end": 30},
        ]
    }
    predicted = {
        "a": [
            {"speaker_resolved": "John Smith", "speaker_type": "government", "start": 2, "end": 10},
            {"speaker_resolved": "he", "speaker_type": "other", "start": 40, "end": 50},
        ]
    }
    score = score_attributions(predicted, gold)
    assert (score.speakers_matched, score.speakers_gold, score.speakers_predicted) == (1, 2, 2)
    assert score.type_accuracy == 1.0
    assert (score.content_found, score.content_right, score.content_predicted) == (1, 1, 2)


# --- the gold set ------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def gold_score():
    articles, gold = load_gold(GOLD_DIR)
    predicted = {key: extract_attributions(row["text"]) for key, row in articles.items()}
    return articles, gold, score_attributions(predicted, gold)


def test_gold_set_is_large_and_varied(gold_score):
    articles, gold, _ = gold_score
    assert len(articles) >= 25
    assert sum(len(v) for v in gold.values()) >= 80
    assert len({a["source"] for a in articles.values()}) >= 4
    for records in gold.values():
        for r in records:
            assert r["speaker_type"] in SPEAKER_TYPES and r["kind"] in ATTRIBUTION_KINDS


def test_gold_set_floors(gold_score):
    *_, score = gold_score
    assert score.speaker_f1 >= SPEAKER_F1_FLOOR
    assert score.type_accuracy >= TYPE_ACCURACY_FLOOR
    assert score.content_f1 >= CONTENT_F1_FLOOR


def test_a_pronoun_after_a_sentence_opened_by_a_new_person_is_that_person():
    text = (
        "Sen. Rand Paul told CNN that nobody would have survived without the police.\n"
        "Noah Nathan, 47, lives in a nearby apartment building and was at the dog park. "
        "He said he heard at least 30 shots."
    )
    last = extract_attributions(text)[-1]
    assert (last.speaker, last.speaker_resolved, last.speaker_type) == ("He", "Noah Nathan", "witness or resident")


def test_people_sharing_a_surname_are_kept_apart():
    text = (
        "President Donald Trump and first lady Melania Trump visited the hospital on Wednesday night.\n"
        "Trump said that he was deeply saddened by the news."
    )
    assert extract_attributions(text)[-1].speaker_resolved == "President Donald Trump"


@pytest.mark.parametrize(
    ("text", "resolved"),
    [
        ("BRIDGEPORT - Bridgeport police say five teens were injured.", "Bridgeport police"),
        ("“Can we say that we are doing enough?” an emotional Mr. Obama said after the attack.", "Obama"),
        ("“There is going to be a review,” said House Minority Whip Steny Hoyer (D-Md.).",
         "House Minority Whip Steny Hoyer"),
        ("The bureau ran traces, according to an FBI statement released Thursday.", "FBI"),
        ("In a statement Wednesday night, the hospital said the congressman needed more surgery.", "the hospital"),
    ],
)
def test_what_is_not_part_of_the_speaker_is_left_out(text, resolved):
    assert extract_attributions(text)[0].speaker_resolved == resolved


def test_a_sentence_adverb_is_no_speaker():
    text = "Instead, the driver drove over her as he sped away, said witness Angela Benson."
    assert [r.speaker_resolved for r in extract_attributions(text)] == ["witness Angela Benson"]


def test_a_call_sign_is_not_read_as_a_dateline():
    assert extract_attributions("KSTP-TV reported that two people were hurt.")[0].speaker == "KSTP-TV"


@pytest.mark.parametrize(
    ("text", "speaker_type"),
    [
        ("The San Francisco Chronicle says police are looking into the theft.", "other media"),
        ("According to the Tennessee Bureau of Investigation, the two men argued.", "security forces"),
        ("The host of the party says many people who were not invited showed up.", "witness or resident"),
        ("Luke Pigeon, who lives in an apartment next door, said he did not hear a gunshot.", "witness or resident"),
    ],
)
def test_speaker_types_from_the_gazetteer_and_the_description(text, speaker_type):
    assert extract_attributions(text)[0].speaker_type == speaker_type


@pytest.mark.parametrize(
    "text",
    [
        "The suspects, described only as Hispanic males, fled the scene.",
        "However further investigation revealed the boyfriend was not inside the house.",
    ],
)
def test_descriptions_and_investigations_are_no_sources(text):
    assert extract_attributions(text) == []


@pytest.mark.parametrize(
    ("text", "resolved", "speaker_type"),
    [
        ("The shooting victim was in good condition, according to IMPD.", "IMPD", "security forces"),
        ("Dispatchers said a woman was hit by a bullet.", "Dispatchers", "security forces"),
        ("A hospital spokeswoman said the man was not listed in the patient directory.", "A hospital spokeswoman",
         "other"),
        ("Beech Grove police are investigating. According to investigators, the two had been in a relationship.",
         "investigators", "security forces"),
    ],
)
def test_speakers_of_local_crime_reports(text, resolved, speaker_type):
    record = extract_attributions(text)[-1]
    assert (record.speaker_resolved, record.speaker_type) == (resolved, speaker_type)


@pytest.mark.parametrize(
    ("text", "speaker_type"),
    [
        ("“We are accelerating our transformation,” said Rory Read, AMD's president and CEO.", "other"),
        ("Officials at the Mormon Hills School in the community said he was arrested Wednesday.", "other"),
    ],
)
def test_heads_of_bodies_the_gazetteer_does_not_know(text, speaker_type):
    assert extract_attributions(text)[0].speaker_type == speaker_type


def test_the_report_is_the_outlet_followed():
    text = ("According to the BBC, the patch blocks the attack. Users have complained that they kept receiving "
            "messages, the report added.")
    assert extract_attributions(text)[-1].speaker_resolved == "the BBC"


def test_writing_about_a_topic_is_no_statement():
    assert extract_attributions("Emily Babay works on the news desk. She writes about crime and transit.") == []


def test_a_role_written_with_a_possessive_before_the_name_types_the_speaker():
    text = "Jenkins' cousin, Jon Jones, said the girl was breathing on her own."
    assert extract_attributions(text)[0].speaker_type == "witness or resident"


def test_the_company_is_the_one_the_article_is_about():
    text = ("AMD acquires SeaMicro to grab share of microserver market\n"
            "AMD has made a $334 million bet on the microserver market. SeaMicro makes servers.\n"
            "On Wednesday the company announced that it had reached an agreement to buy SeaMicro.")
    assert extract_attributions(text)[-1].speaker_resolved == "AMD"


@pytest.mark.parametrize(
    ("text", "resolved"),
    [
        ("The San Francisco Chronicle says police are looking into it. The Chronicle says he was arrested.",
         "The San Francisco Chronicle"),
        ("He was shot, according to Los Angeles County coroner's records. He died at 10:47 p.m., according to "
         "coroner's records.", "Los Angeles County coroner"),
    ],
)
def test_a_short_form_refers_to_the_full_one_named_before(text, resolved):
    assert extract_attributions(text)[-1].speaker_resolved == resolved


@pytest.mark.parametrize(
    ("text", "resolved"),
    [
        ("Technology company Hewlett-Packard said it would buy EYP. HP said the deal would help its clients.",
         "Technology company Hewlett-Packard"),
        ("The Austin Police Department said the road was closed. APD said two men were hurt.",
         "The Austin Police Department"),
    ],
)
def test_initials_refer_to_the_body_named_before(text, resolved):
    assert extract_attributions(text)[-1].speaker_resolved == resolved


def test_a_possessive_written_apart_stays_in_the_speaker():
    text = "The City Attorney ’ s office said the case had not been submitted."
    assert extract_attributions(text)[0].speaker == "The City Attorney ’ s office"


@pytest.mark.parametrize(
    ("text", "speaker_type"),
    [
        ("She criticized the administration for its secrecy, according to The Hill.", "other media"),
        ("The leaders of the Senate intelligence committee said Tuesday they had subpoenaed two businesses.",
         "party or politician"),
    ],
)
def test_outlets_and_legislators_in_the_gazetteer(text, speaker_type):
    assert extract_attributions(text)[0].speaker_type == speaker_type


def test_a_passive_description_is_no_statement():
    text = "Clinton, who is often described as the frontrunner, has faced scrutiny since Monday."
    assert extract_attributions(text) == []


def test_police_in_a_town_are_the_force_a_bare_police_means():
    text = ("Police in Lake Placid are investigating an accidental shooting. Police say they got a call on Tuesday. "
            "Lake Placid and New York State police are continuing the investigation.")
    assert extract_attributions(text)[0].speaker_resolved == "Police in Lake Placid"


@pytest.mark.parametrize(
    "text",
    [
        "Senator Jane Miller, Democrat of Oregon and the head of the Senate Budget Committee, also said the vote "
        "would be close.",
        "Jane Miller, a spokeswoman for the city, also said the bridge would reopen on Monday.",
    ],
)
def test_an_adverb_after_an_apposition_leaves_the_name_the_speaker(text):
    assert extract_attributions(text)[0].speaker_resolved.endswith("Jane Miller")


@pytest.mark.parametrize(
    ("text", "resolved"),
    [
        ("Maria Lopez, a county dispatcher, said Carter phoned the station.", "Maria Lopez"),
        ("Sgt. Maria Lopez, a county dispatcher, told reporters Monday that Carter phoned 911, saying "
         "“I need an ambulance.”", "Sgt. Maria Lopez"),
        ("Maria Lopez, 41, accused Carter of starting the fight.", "Maria Lopez"),
        ("The tanker, a new ship, sank fast, said Chief Tom Ward.", "Chief Tom Ward"),
    ],
)
def test_a_name_and_its_description_before_the_cue_are_not_a_reported_clause(text, resolved):
    assert {r.speaker_resolved for r in extract_attributions(text)} == {resolved}


def test_quoted_in_an_outlet_as_saying_is_the_subject_speaking_through_it():
    text = "Rep. Ann Cole, a Texas Republican, was quoted in The Hill as saying: “The bill is dead.”"
    record = extract_attributions(text)[0]
    assert (record.speaker_resolved, record.medium) == ("Rep. Ann Cole", "The Hill")


@pytest.mark.parametrize(
    ("text", "resolved"),
    [
        ("Holding the door open, Ruth Park said she told the man to leave.", "Ruth Park"),
        ("In a radio interview last week announcing his retirement, Tom Vale denied the charges but he "
         "admitted that he had made mistakes.", "Tom Vale"),
        ("Asked about the fire, a spokesman for Acme Corp., the plant's owner, said that no one was hurt.",
         "a spokesman for Acme Corp."),
    ],
)
def test_an_opening_participle_or_phrase_is_no_speaker(text, resolved):
    assert extract_attributions(text)[-1].speaker_resolved == resolved


@pytest.mark.parametrize(
    ("text", "resolved"),
    [
        ("The vote divided the council, with some – including veterans such as Councilwoman Rita Gomez, a "
         "Democrat from the east side – arguing that the budget was too small.", "Councilwoman Rita Gomez"),
        ("The vote divided the council, with some – mostly newcomers – arguing that the budget was too small.",
         "some"),
    ],
)
def test_an_aside_between_dashes_names_the_speakers_of_a_with_phrase(text, resolved):
    assert extract_attributions(text)[0].speaker == resolved


def test_a_pronoun_after_a_long_quotation_is_the_person_named_in_the_paragraph_before():
    text = (
        "Deputy Mayor Ellen Roth, who has run the housing office for a decade, gave her views in an interview "
        "with a local radio station on Tuesday, just as the council is expected to publish a long-awaited plan "
        "for the riverside district that would add several thousand flats over ten years.\n\n"
        "“The plan is not finished yet, but in my own view, I think it will include homes that families on "
        "ordinary wages can afford to rent and later to buy outright,” she said."
    )
    assert extract_attributions(text)[0].speaker_resolved == "Deputy Mayor Ellen Roth"


@pytest.mark.parametrize(
    ("text", "resolved"),
    [
        ("Sen. Ann Cole said the bill was dead, and Mayor Tom Bell (D-Ore.) and Governor Rita Diaz (D-Ore.) "
         "released a joint statement in agreement. “The bill must pass,” the joint statement said.",
         "Mayor Tom Bell and Governor Rita Diaz"),
        ("In a joint letter from the heads of four unions in the state, teachers wrote that they would strike. "
         "“The schools are entitled to more,” the letter urged.", "heads of four unions"),
        ("In a letter from the chairs of three committees in the U.S. Senate, Democrats wrote that they would "
         "wait. “The public must know,” the letter urged.", "chairs of three committees in the U.S. Senate"),
        ("Mayor Tom Bell said in a statement that the park would close. The statement said it would reopen in "
         "May.", "Mayor Tom Bell"),
        ("Mayor Tom Bell said in a statement that the park would close. According to a report from WXYZ-TV, the "
         "report added that it would reopen in May.", "WXYZ-TV"),
    ],
)
def test_a_document_named_again_speaks_for_its_issuer(text, resolved):
    assert extract_attributions(text)[-1].speaker_resolved == resolved


@pytest.mark.parametrize(
    "text",
    [
        "Others warned that bank transfers could be delayed.",
        "The plan was popular. Some said it would cut costs.",
    ],
)
def test_a_bare_quantifier_is_no_speaker(text):
    assert extract_attributions(text) == []


def test_a_headline_in_title_case_is_no_name_and_the_giant_is_the_company():
    text = (
        "Acme Rushes Emergency Fix To Address Browser Attacks\n"
        "Acme has rushed out a temporary fix to address attacks on its browser.\n"
        "The software giant said the fix should be effective.\n"
        "The attack is limited to one country, Acme said."
    )
    assert [r.speaker_resolved for r in extract_attributions(text)] == ["Acme", "Acme"]


def test_a_pronoun_after_a_named_subject_in_its_own_sentence_is_that_person():
    text = ("Union leader Tom Ward said the plan was dead. Former Mayor Ellen Roth, who led the city's review, "
            "appeared to soften her stance -- she said it was important for every school to have a nurse.")
    assert extract_attributions(text)[-1].speaker_resolved.endswith("Mayor Ellen Roth")


def test_a_constable_abbreviated_keeps_the_title_and_the_force():
    text = "Police Const. Amy Reid said the road was closed.\nThe driver was unhurt, Reid said."
    record = extract_attributions(text)[-1]
    assert (record.speaker_resolved, record.speaker_type) == ("Police Const. Amy Reid", "security forces")


@pytest.mark.parametrize(
    ("text", "speaker_type"),
    [
        ("The flaw is serious, said Ann Lee, principal analyst at Harbor Research.", "expert"),
        ("The plan will pass, said Ann Lee, president of the Harbor Club.", "other"),
    ],
)
def test_a_role_without_an_article_after_a_name_types_an_expert(text, speaker_type):
    assert extract_attributions(text)[0].speaker_type == speaker_type


def test_an_autopsy_is_the_examiners_not_the_person_examined():
    text = ("Lee's autopsy showed he had been shot twice. Police fired six shots, and the autopsy showed that "
            "two bullets hit him.")
    records = extract_attributions(text)
    assert [(r.speaker_resolved, r.speaker_type) for r in records] == [("Lee's autopsy", "government")] * 2


def test_they_opening_a_sentence_are_the_group_that_opened_the_one_before():
    text = ("The figures rose, according to local news reports. Senior members of the council, where they hold "
            "a majority, had opposed the plan for months. They argue that the budget cannot bear it.")
    assert extract_attributions(text)[-1].speaker_resolved == "Senior members of the council"


def test_a_phrase_opened_by_including_is_no_speaker():
    text = ("She met a number of other senators, including several party leaders, who either had statements ready "
            "or tweeted about the vote.")
    assert extract_attributions(text) == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Deputies stopped the van a mile away and say the driver was drunk.", "Deputies"),
        ("She had no quarrel with the clerk and told her to leave the store.", "She"),
        ("District Judge Ann Wells read him the charges and asked whether he understood them.",
         "District Judge Ann Wells"),
    ],
)
def test_the_subject_of_a_first_verb_speaks_the_second(text, speaker):
    assert extract_attributions(text)[0].speaker == speaker


@pytest.mark.parametrize(
    ("text", "resolved"),
    [
        ("Mayor Ann Cole said the park would close. Police in Lake Placid say they got a call on Tuesday. They "
         "say a resident was shot at home.", "Police in Lake Placid"),
        ("Aid workers said the camp was full. The UN was incensed over the shelling of its schools. It said it "
         "had given the army their coordinates.", "The UN"),
    ],
)
def test_a_group_pronoun_is_the_body_before_it(text, resolved):
    assert extract_attributions(text)[-1].speaker_resolved == resolved


def test_a_party_tag_between_commas_is_part_of_the_apposition():
    text = "Sen. Ann Cole, D-Ore., who on Monday filed her own bill, said Friday that the vote would be close."
    assert extract_attributions(text)[0].speaker_resolved == "Sen. Ann Cole"


def test_his_office_is_the_office_of_the_person_he_stands_for():
    text = "Rep. Ann Cole was shot in the leg. Before the surgery, Cole was “in good spirits,” her office said."
    assert extract_attributions(text)[0].speaker_resolved == "Rep. Ann Cole's office"


def test_a_conjunction_and_a_participle_between_commas_describe_the_speaker():
    text = "Police Chief Ann Cole, while giving an update at City Hall on Monday, said that a second man was hurt."
    assert extract_attributions(text)[0].speaker_resolved == "Police Chief Ann Cole"


def test_accused_of_inside_the_subject_is_no_cue():
    text = "The teenager accused of shooting his father told deputies he was afraid."
    assert extract_attributions(text)[0].speaker == "The teenager accused of shooting his father"


def test_who_and_a_verb_phrase_before_the_cue_belong_to_the_speaker():
    text = "Officials reported deaths, but an activist who spoke to nurses at the camp later said no one had died."
    assert extract_attributions(text)[-1].speaker == "an activist who spoke to nurses at the camp"


def test_a_cue_in_a_relative_clause_after_an_adverb_does_not_end_the_subject():
    text = "Ann Cole, who once wrote a letter to the Daily Post, admitted she was nervous."
    assert extract_attributions(text)[-1].speaker == "Ann Cole"


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # (the senators' characterisation of the plan is a statement of their own)
        ("Some senators called the plan “bold,” but Sen. Ann Cole, D-Ore., said it was a mistake.",
         ["Some senators", "Sen. Ann Cole"]),
        ("Lawyers objected to the tape as “unfair,” though Judge Tom Ward said jurors could hear it.",
         ["Judge Tom Ward"]),
    ],
)
def test_a_clause_after_a_quoted_word_is_not_the_quotations_attribution(text, speakers):
    records = extract_attributions(text)
    assert [r.speaker for r in records] == speakers
    assert records[-1].content.endswith(("a mistake", "could hear it"))


@pytest.mark.parametrize(
    "text",
    [
        "A man shot her, then ran out and fled north on Elm Hill Ave. Police say there is no known motive.",
        "The man was shot inside the home around 1 a.m. Police say he was 25.",
    ],
)
def test_a_source_opening_a_sentence_left_joined_after_an_abbreviation(text):
    assert extract_attributions(text)[0].speaker == "Police"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Police say his wife, who was home at the time, told police he shot himself.", "his wife"),
        ("“We are still searching,” Ann Cole, a nurse at the clinic, told AFP.", "Ann Cole"),
    ],
)
def test_the_object_of_a_tell_verb_is_no_inverted_speaker(text, speaker):
    assert extract_attributions(text)[-1].speaker == speaker


def test_a_surname_with_a_lowercase_particle_is_a_name():
    text = ("“I am appalled at the arrest,” diGenova, a longtime adviser to the president, told Fox News.\n"
            "He added: “This is an abuse of power.”")
    assert [r.speaker_resolved for r in extract_attributions(text)] == ["diGenova", "diGenova"]


@pytest.mark.parametrize(
    ("text", "resolved"),
    [
        ("Police said Reavis had followed a truck driven by Tom Burch. Burch stated Reavis repeatedly tried to run "
         "him off the road.", "Tom Burch"),
        ("On Sunday, Sen. Ann Cole, D-Ore., suggested Smith might want to think twice.", "Sen. Ann Cole"),
    ],
)
def test_a_cue_that_needs_that_takes_a_clause_with_a_named_subject(text, resolved):
    assert extract_attributions(text)[-1].speaker_resolved == resolved


def test_a_document_right_before_a_participle_is_what_claims():
    text = ("Mayor Tom Bell said he welcomed a statement disputing parts of a Daily Post news report claiming that the "
            "city had lied about the budget.\nHe added that the city would publish its books.")
    records = extract_attributions(text)
    assert [r.speaker for r in records] == ["Mayor Tom Bell", "a Daily Post news report", "He"]
    # (the news report speaks for its outlet)
    assert [r.speaker_resolved for r in records] == ["Mayor Tom Bell", "Daily Post", "Mayor Tom Bell"]


def test_quoted_as_saying_at_the_end_of_a_sentence_reports_the_clause_before_it():
    text = "A strong quake leveled six villages, killing 12 people, local officials were quoted by AP as saying."
    record = extract_attributions(text)[0]
    assert (record.speaker, record.medium, record.content) == (
        "local officials", "AP", "A strong quake leveled six villages, killing 12 people")


def test_a_university_hospital_is_a_hospital_not_an_expert():
    text = "A spokeswoman for Lakeside University Hospital confirmed that the two men were in stable condition."
    assert extract_attributions(text)[0].speaker_type == "other"


def test_that_after_a_preposition_is_a_determiner_not_a_clause_boundary():
    text = "Criminal complaints in that case say the gun did not belong to Warren."
    assert extract_attributions(text)[0].speaker == "Criminal complaints in that case"


def test_a_relative_pronoun_opens_no_speaker():
    text = 'He spoke of "being close," which authorities testified is how members refer to marriage.'
    assert [r.speaker for r in extract_attributions(text)] == ["authorities"]


@pytest.mark.parametrize(
    "text",
    [
        "Criminal complaints in that case say the gun did not belong to Warren.",
        "The indictment alleges that the two men lied to investigators.",
    ],
)
def test_documents_a_prosecution_files_are_typed_government(text):
    assert extract_attributions(text)[0].speaker_type == "government"


@pytest.mark.parametrize(
    ("text", "resolved"),
    [
        ("The Rangers had first rights to sign him, but they declined to make an offer and said they would wait.",
         "The Rangers"),
        ("Mayor Ann Cole spoke first. While local farmers have complained for years about what they say is "
         "neglect, the plan has changed little.", "local farmers"),
    ],
)
def test_they_in_a_sentence_opened_by_a_group_is_that_group(text, resolved):
    assert extract_attributions(text)[-1].speaker_resolved == resolved


@pytest.mark.parametrize(
    ("text", "resolved"),
    [
        ("The show has changed. Mark and Condon have axed the opening monologue. They said there may be more music.",
         "Mark and Condon"),
        ("The vote split the party. During two committee hearings, GOP members castigated the bill as a power grab. "
         "They said it would hurt small donors.", "GOP members"),
        ("Senator Ann Cole and Senator Tom Ward said the bill was dead. The vote was close, Ward said.",
         "Senator Tom Ward"),
    ],
)
def test_people_named_together_and_the_group_before_they(text, resolved):
    assert extract_attributions(text)[-1].speaker_resolved == resolved


@pytest.mark.parametrize(
    ("text", "resolved"),
    [
        ("AMD Opteron chips power the servers. AMD said the deal would close this year.", "AMD"),
        ("NBC News first reported the deal. NBC notes that the talks took a year.", "NBC News"),
    ],
)
def test_an_acronym_extends_only_to_a_bodys_name(text, resolved):
    assert extract_attributions(text)[-1].speaker_resolved == resolved


def test_an_acronym_resolves_to_the_body_it_spells_named_later():
    text = ("NRA urges states to arm more officers\n"
            "The National Rifle Association called Tuesday for states to allow armed staff in schools.")
    assert [r.speaker_resolved for r in extract_attributions(text)][0].endswith("National Rifle Association")


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        ("Cleveland.com reports the judge announced the dismissal before closing arguments.", ["Cleveland.com"]),
        ("A clerk recognized the package addressed to the mayor as suspicious.", []),
    ],
)
def test_a_cue_that_needs_that_takes_a_noun_and_its_past_verb_with_an_object(text, speakers):
    assert [r.speaker for r in extract_attributions(text)] == speakers


def test_a_pronoun_after_a_described_person_opening_its_sentence_is_that_person():
    text = ("The judge said the trial would go on. Another juror was dismissed earlier when she said a relative of "
            "the defendant had called her.")
    assert extract_attributions(text)[-1].speaker_resolved == "Another juror"


@pytest.mark.parametrize(
    ("text", "resolved"),
    [
        ("The mayor named a new chief, despite two earlier legal opinions that said the post could not be filled.",
         "two earlier legal opinions"),
        ("Allegheny County police issued a press release that said the man was shot.", "Allegheny County police"),
    ],
)
def test_a_document_that_said_speaks_for_its_issuer(text, resolved):
    assert extract_attributions(text)[-1].speaker_resolved == resolved


def test_that_said_as_a_discourse_marker_is_no_cue():
    assert extract_attributions("That said, the plan is good.") == []


@pytest.mark.parametrize(
    ("text", "resolved", "speaker_type"),
    [
        ("The California Highway Patrol closed the road. The CHP said two people were hurt.",
         "The California Highway Patrol", "security forces"),
        ("The United Nations sent aid. The UN said the camp was full. It said more tents were needed.",
         "United Nations", "international body"),
    ],
)
def test_the_and_an_acronym_is_the_body_it_spells(text, resolved, speaker_type):
    record = extract_attributions(text)[-1]
    assert (record.speaker_resolved.removeprefix("The "), record.speaker_type) == (
        resolved.removeprefix("The "), speaker_type)


@pytest.mark.parametrize(
    "apposition",
    ["daughter of slain court clerk John Stone", "the son of a police officer", "widow of the slain deputy",
     "a nephew of the mayor"],
)
def test_a_kin_apposition_types_the_speaker_a_relative(apposition):
    text = f'The hearing ended on Friday.\n"We have no regrets," said Mary Stone, {apposition}.'
    record = extract_attributions(text)[0]
    assert (record.speaker_resolved, record.speaker_type) == ("Mary Stone", "witness or resident")


@pytest.mark.parametrize(
    ("text", "resolved"),
    [
        ("The mayor met donors, according to three city officials. He left early, according to the officials.",
         "three city officials"),
        ("Two senior aides said the talks failed. The aides said a new round was planned.", "Two senior aides"),
    ],
)
def test_the_and_a_plural_takes_up_the_counted_description_before(text, resolved):
    assert extract_attributions(text)[-1].speaker_resolved == resolved


@pytest.mark.parametrize(
    ("text", "cue"),
    [("The envoy met the king. He also rejected reports that the talks had failed.", "rejected"),
     ("The ministry dismissed claims that troops had fired on the crowd.", "dismissed")],
)
def test_a_noun_like_cue_after_a_past_verb_is_its_object(text, cue):
    # the noun is no cue; the verb that rejects the claim is one, as "denied" is (the attribution guidelines
    # count a complement that states the claim)
    assert [r.cue for r in extract_attributions(text)] == [cue]


def test_a_leading_phrase_with_its_is_no_part_of_the_speaker():
    record = extract_attributions("On its website the group says it is neutral.")[0]
    assert record.speaker == "the group"


@pytest.mark.parametrize(
    ("text", "resolved", "speaker_type"),
    [
        ("The ad was paid for by Fair Skies Now, a nonprofit organization based in Ohio. Even so, on its website "
         "the organization describes itself as neutral.", "Fair Skies Now", "NGO or rights group"),
        ("The bill was pushed by the Center for Family Policy, a conservative advocacy group. The group says the "
         "bill clarifies the law.", "Center for Family Policy", "NGO or rights group"),
    ],
)
def test_the_and_a_body_noun_is_the_body_an_apposition_named(text, resolved, speaker_type):
    record = extract_attributions(text)[-1]
    assert (record.speaker_resolved, record.speaker_type) == (resolved, speaker_type)


def test_jurors_speak_in_a_reported_clause():
    records = extract_attributions("The prosecutor said jurors have told him that the holdouts refused to talk.")
    assert [(r.speaker, r.speaker_type) for r in records][-1] == ("jurors", "other")


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Republican presidential nominee John Doe has targeted the mayor for his stance, claiming on many "
         "occasions that the city has failed.", "Republican presidential nominee John Doe"),
        ("Greek prime minister Nikos Pappas defended the cuts, saying that they were needed.",
         "Greek prime minister Nikos Pappas"),
    ],
)
def test_a_participle_belongs_to_a_subject_with_lowercase_title_words(text, speaker):
    assert [r.speaker for r in extract_attributions(text)] == [speaker]


@pytest.mark.parametrize(
    ("text", "resolved"),
    [
        ("The group sent Mr. Hale a note that included a quote from Mrs. Anna Berg in which she said she wanted "
         "to leave.", "Anna Berg"),
        ("The paper said Governor Tom Reed released a letter after the fire in which he said he was sorry.",
         "Governor Tom Reed"),
    ],
)
def test_a_pronoun_after_a_preposition_and_which_is_the_person_named_before_it(text, resolved):
    assert extract_attributions(text)[-1].speaker_resolved == resolved


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The paper reported that the mayor met with residents in June 2019 who said they had a plan.", "residents"),
        ("Police spoke to neighbors on Monday who said they heard shots.", "neighbors"),
        ("Reporters interviewed two witnesses who said the road was closed.", "two witnesses"),
    ],
)
def test_a_who_clause_speaks_for_the_noun_before_it_not_the_main_clause(text, speaker):
    assert extract_attributions(text)[-1].speaker == speaker


def test_writing_to_someone_about_a_topic_is_no_statement():
    assert extract_attributions("Four pupils wrote to the mayor about the floods last year.") == []


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        ("The ad is new.\n\nThe Daily Record reports:\n\n“The ad is airing in Miami. It cost a lot.”\n\nIt ran twice.",
         "The Daily Record", "The ad is airing in Miami. It cost a lot"),
        ("The votes were counted.\nPensioner Ali Bek, a voter in the capital, said:\n``I remember the old days.''",
         "Pensioner Ali Bek", "I remember the old days"),
    ],
)
def test_a_cue_closing_its_paragraph_on_a_colon_speaks_the_quotation_that_opens_the_next(text, speaker, content):
    records = extract_attributions(text)
    assert [(r.speaker, r.kind, r.content) for r in records] == [(speaker, "direct", content)]


def test_a_surname_written_with_a_female_honorific_is_no_he():
    text = ("President John Reed spoke on Monday. Ms. Hale said the plan was weak and wasteful.\n\n"
            "“It is a fine plan,” he said.")
    assert extract_attributions(text)[-1].speaker_resolved == "President John Reed"


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        ("The party also has attacked the mayor for declining to meet the union.", "attacked",
         "the mayor for declining to meet the union"),
        ("Police blamed the fire on faulty wiring.", "blamed", "the fire on faulty wiring"),
        ("The senator slammed the plan as reckless.", "slammed", "the plan as reckless"),
    ],
)
def test_blame_and_attack_with_a_reason_speak(text, cue, content):
    assert [(r.cue, r.content) for r in extract_attributions(text)] == [(cue, content)]


@pytest.mark.parametrize(
    "text",
    ["Gunmen attacked the convoy for the second time.", "The groups blamed for the assault were not named.",
     "The plan, slammed as reckless, was dropped."],
)
def test_blame_and_attack_without_a_reason_or_agent_do_not(text):
    assert extract_attributions(text) == []


@pytest.mark.parametrize(
    "text",
    ["Channel 4's Ann Lee explains what police want you to look for.",
     "Channel 4's Ann Lee reports how the fire spread."],
)
def test_a_present_cue_before_a_question_is_a_stations_teaser(text):
    assert extract_attributions(text) == []


def test_a_past_cue_before_a_how_clause_still_speaks():
    assert [r.cue for r in extract_attributions("The sheriff explained how the attack happened.")] == ["explained"]


def test_a_teaser_speaks_the_quotation_that_opens_the_next_paragraph():
    text = ("The boy was hurt on Friday. Ann Lee, with the state bureau, explains what happened.\n\n"
            "\"The children found the rifle in a closet.\"\n\nThe bureau will report to prosecutors.")
    records = extract_attributions(text)
    assert [(r.speaker, r.kind, r.content) for r in records] == [
        ("Ann Lee", "direct", "The children found the rifle in a closet")]


def test_a_pronoun_after_a_sentence_opened_by_a_description_and_a_name_is_that_name():
    text = ("Fire Chief Tom Reed said the blaze was set on purpose.\n"
            "The pastor, Larry Moon, declined to say whether the church had been threatened.\n"
            "``There are so many variables,'' he said.")
    assert extract_attributions(text)[-1].speaker_resolved == "Larry Moon"


# --- held-out batch 12: described speakers and their names, medics, participles ----------------------


def test_medics_speak_as_witnesses():
    records = extract_attributions("Two people died in the raid, medics said.")
    assert [(r.speaker, r.speaker_type) for r in records] == [("medics", "witness or resident")]


@pytest.mark.parametrize(
    "text, speaker",
    [
        ("The plan was a disaster, said another witness in the inquiry, former adviser Jane Doyle.",
         "another witness in the inquiry, former adviser Jane Doyle"),
        ("The boat sank in the harbour, said the port's director, Ali Hassan.", "the port's director, Ali Hassan"),
        ("The man often told others \"he was in charge\" despite his rank, said a colleague, Tom Reed.",
         "a colleague, Tom Reed"),
    ],
)
def test_a_described_inverted_speaker_takes_the_name_apposed_to_it(text, speaker):
    assert extract_attributions(text)[-1].speaker == speaker


@pytest.mark.parametrize(
    "text, apposed",
    [
        ("The girl loved to sing, said the grandmother of one of the victims, identified as Mary Cole.", "Cole"),
        ("The boy was brave, said the pastor, of Mothers United Against Violence.", "Violence"),
    ],
)
def test_an_apposition_that_is_no_name_of_the_speaker_stays_out(text, apposed):
    records = extract_attributions(text)
    assert records and all(apposed not in r.speaker_resolved for r in records)


def test_a_pronoun_fits_a_described_speaker_by_the_gender_of_its_name():
    text = ("Nobody was hurt, said the fire chief, James Steele.\n"
            "Her aide, Mary Ross, said the mayor would visit.\n"
            "Mr Steele said the fire was set on purpose.\n"
            "``It's hard to say more,'' he said.")
    assert extract_attributions(text)[-1].speaker_resolved == "the fire chief, James Steele"


def test_a_participle_keeps_its_own_subject_before_a_speaker_named_after_it():
    text = "The envoy was known for telling others \"he was in charge\", said a colleague, Tom Reed."
    assert [r.speaker for r in extract_attributions(text)] == ["The envoy", "a colleague, Tom Reed"]


def test_a_contracted_pronoun_before_a_participle_is_the_pronoun():
    text = "Tom Cashe was arrested. He's been seen pointing a gun at people while telling them, \"I would shoot.\""
    assert [(r.speaker, r.speaker_resolved) for r in extract_attributions(text)] == [("He", "Tom Cashe")]


@pytest.mark.parametrize(
    "text, resolved, kind",
    [
        ("Former Gov. Tom Ridge spoke. \"It was a hard day,\" Ridge said.", "Former Gov. Tom Ridge", "other"),
        ("The case closed. Former Rep. Ann Cole wept. \"I am sorry,\" Cole said.", "Former Rep. Ann Cole", "other"),
    ],
)
def test_a_capitalised_former_opening_the_sentence_stays_in_the_title(text, resolved, kind):
    record = extract_attributions(text)[-1]
    assert (record.speaker_resolved, record.speaker_type) == (resolved, kind)


def test_a_country_after_a_title_with_to_belongs_to_the_title():
    text = "An aide, former special envoy to Ukraine Kurt Vogel, spoke. \"It was wrong,\" Vogel said."
    record = extract_attributions(text)[-1]
    assert (record.speaker_resolved, record.speaker_type) == ("former special envoy to Ukraine Kurt Vogel", "other")


def test_a_description_and_its_name_between_a_quotation_and_its_cue_are_one_speaker():
    text = ("\"The evidence is weak,\" Sweden's deputy director of public prosecutions, Eva-Marie Lund, said on "
            "Tuesday. Lund added that an appeal could be made.")
    records = extract_attributions(text)
    resolved = "Sweden's deputy director of public prosecutions, Eva-Marie Lund"
    assert [(r.speaker_resolved, r.speaker_type) for r in records] == [(resolved, "government")] * 2


def test_a_former_officials_campaign_is_a_campaign():
    text = "Former Gov. Tom Ridge is running again. His campaign noted that he won twice."
    assert extract_attributions(text)[0].speaker_type == "party or politician"


@pytest.mark.parametrize(
    "text, resolved",
    [
        ("A quake hit, according to the U.S. Geological Survey. According to the USGS, the area has no fault.",
         "the U.S. Geological Survey"),
        ("The quake was strong, the USGS said. The U.S. Geological Survey measured it.", "U.S. Geological Survey"),
    ],
)
def test_initials_count_every_letter_of_a_dotted_abbreviation(text, resolved):
    record = [r for r in extract_attributions(text) if "USGS" in r.speaker][0]
    assert (record.speaker_resolved, record.speaker_type) == (resolved, "expert")


def test_a_pronoun_after_a_possessive_name_is_the_person_named_before_it():
    text = "After the song, Tom Simmons teed up Mike McDonald’s cameo. “You might remember him,” he said."
    assert extract_attributions(text)[-1].speaker_resolved == "Tom Simmons"


def test_a_possessive_name_alone_in_its_sentence_still_stands_for_the_pronoun():
    text = "David Sorrell’s shop is across the street, and he says he has known the family for years."
    assert extract_attributions(text)[-1].speaker_resolved == "David Sorrell"


def test_an_honorifics_stop_does_not_end_the_sentence_before_a_pronoun():
    text = ("Kathy Lee, a comic, posted a video.\nAnn Cole, a neighbour, said the street was quiet.\n"
            "Ms. Lee went online on Tuesday to apologise. “I went too far,” she said.")
    assert extract_attributions(text)[-1].speaker_resolved == "Kathy Lee"


def test_a_surname_with_an_honorific_skips_a_speaker_a_pronoun_of_the_other_gender_stood_for():
    text = ("The first lady, Melania Grant, questioned the comic’s sanity. “It is disturbing,” she said.\n"
            "President Tom Grant spoke later. Mr. Grant wrote that it was a witch hunt.")
    assert extract_attributions(text)[-1].speaker_resolved != "Melania Grant"


def test_a_company_described_with_its_country_is_the_company_the_article_is_about():
    text = ("Acme releases a patch. Acme was to release the fix on Monday, and Acme said it was urgent.\n"
            "The US software giant said it mobilized teams worldwide.")
    record = extract_attributions(text)[-1]
    assert (record.speaker_resolved, record.speaker_type) == ("Acme", "other")


def test_a_resolution_speaks_for_the_body_that_adopted_it():
    text = "The ACLU adopted a resolution on Tuesday. The resolution said the group would oppose the plan."
    record = extract_attributions(text)[-1]
    assert (record.speaker, record.speaker_resolved, record.speaker_type) == (
        "The resolution", "The ACLU", "NGO or rights group")


def test_an_officer_after_a_bodys_initials_speaks_for_the_body():
    assert classify("the NAACP President Ann Lee") == "NGO or rights group"
    assert classify("FBI Director Ann Lee") == "security forces"
    assert classify("President Ann Lee") == "government"


@pytest.mark.parametrize(
    "text, speaker",
    [
        ("He faces extradition to the United States, which says he leaked secret files.", "the United States"),
        ("The plan was backed by the ministry, which said the cost was low.", "the ministry"),
        ("The letter quotes the Conference of Bishops, which said the law was unjust.", "the Conference of Bishops"),
    ],
)
def test_a_which_clause_after_a_comma_speaks_for_the_noun_phrase_it_hangs_on(text, speaker):
    assert [r.speaker for r in extract_attributions(text)] == [speaker]


def test_a_which_without_its_comma_names_no_speaker():
    assert extract_attributions("It was unclear which said the truth.") == []


# Speakers: a person needs more than capitalised words (bodies the gazetteer names, places, datelines, groups)


@pytest.mark.parametrize(
    ("text", "resolved"),
    [
        ("Mayor Ann Cole spoke first. The White House said it would send help. \"We are grateful,\" she said.",
         "Mayor Ann Cole"),
        ("WASHINGTON -- President Tom Reed defended the program. The Guardian reported that the agency had kept "
         "the records.\n\n\"The program is lawful,\" he said.", "President Tom Reed"),
        ("Officials at Mercy General Hospital said three patients arrived. They said all were stable.",
         "Officials at Mercy General Hospital"),
        ("Workers at the Citgo station told reporters a man walked in. They said he had been shot twice.",
         "Workers at the Citgo station"),
    ],
)
def test_a_pronoun_skips_bodies_places_and_groups_written_in_capitals(text, resolved):
    assert extract_attributions(text)[-1].speaker_resolved == resolved


@pytest.mark.parametrize(
    ("phrase", "person"),
    [("White House", False), ("The Guardian", False), ("WASHINGTON", False), ("Tampa General Hospital", False),
     ("Officials with Carilion Memorial Hospital", False), ("Derric Hall", True), ("D.Z.", True),
     ("the nursing student at Francis Marion University", True), ("The mother", True)],
)
def test_capitalised_words_are_a_person_only_when_nothing_says_otherwise(phrase, person):
    from workbench.extract.speakers import _is_person

    assert _is_person(phrase) is person


# Speakers: a speaker's type comes from descriptions attached to it, not from words near another mention


@pytest.mark.parametrize(
    ("text", "speaker_type"),
    [
        # a group the verb before the name speaks to, no title of the name
        ("The woman told police Egardo Perez threw the gun from the car. Perez said he had been drinking.", "other"),
        # a source cited after a name that ends a clause, no apposition
        ("Deputies found Ann Weaver, the sheriff's office said. Weaver said she had heard two shots.", "other"),
        # a clause before a name that reports it, no description (the pilot's own title types him, not "rescuers")
        ("The climber was still alive when rescuers reached him, Air Line pilot Jim Campbell told the Herald.",
         "witness or resident"),
        # a description that names its person by "identified as"
        ("Three men were hurt.\n\nThe relative who asked only to be identified as Miguel said the pair remained "
         "at the hospital.", "witness or resident"),
        # attached descriptions still type: a copular clause set off by commas, an apposition before "said"
        ("The first witness was the girl's mother, Shondell McAllister, who wept. McAllister said she heard the "
         "shots.", "witness or resident"),
        ("\"It was scary,\" Ann Lee, a neighbor said.", "witness or resident"),
    ],
)
def test_a_speakers_type_comes_from_descriptions_attached_to_it(text, speaker_type):
    assert extract_attributions(text)[-1].speaker_type == speaker_type


# Attributions: an elliptic clause gives a shared statement a second source, with the same cue and content


@pytest.mark.parametrize(
    ("text", "second"),
    [
        ("The governor said the bridge would reopen in May, as did the transport ministry.",
         ("the transport ministry", "said")),
        ("Obama blamed a scheduling conflict, as has the White House when pressed on the subject.",
         ("the White House", "blamed")),
        ("The company confirmed the layoffs, and so did the union.", ("the union", "confirmed")),
        ("Police said the gunman acted alone. So did the FBI.", ("the FBI", "said")),
        ("The ministry denied that troops had fired on the crowd. The army also denied it.", ("The army", "denied")),
    ],
)
def test_an_elliptic_clause_gives_the_statement_a_second_source(text, second):
    first, other = extract_attributions(text)
    assert (other.speaker, other.cue) == second
    assert (other.start, other.end, other.kind) == (first.start, first.end, first.kind)
    assert "," not in first.content and " did " not in first.content


@pytest.mark.parametrize(
    "text",
    ["The victims were taken to the hospital, as was the gunman.", "LaRue denied the claim, as did all the others.",
     "The ministry denied that troops had fired on the crowd. The army also reported it."],
)
def test_a_comparison_or_another_cue_is_no_second_source(text):
    assert len(extract_attributions(text)) <= 1


# Attributions: a quotation that opens the paragraph after a blank line, its source in the paragraph before


@pytest.mark.parametrize(
    ("intro", "speaker", "cue"),
    [
        ("Senator Ann Lee said in an email:", "Senator Ann Lee", "said"),
        ("The mayor responded to the allegations in a statement on Friday afternoon: ", "The mayor", "responded"),
        ("The family of the boy has released the following statement:", "The family of the boy", "released"),
        ("Police Chief Tom Reed issued this statement Tuesday night:", "Police Chief Tom Reed", "issued"),
        ("Quotes from Sheriff Tom Walton:", "Sheriff Tom Walton", "quotes"),
    ],
)
def test_a_colon_closing_a_paragraph_gives_the_next_paragraphs_quotation_its_source(intro, speaker, cue):
    text = f"Two people died on Monday.\n\n{intro}\n\n\"We are grateful for the support.\"\n\n\"We will rebuild.\""
    first, second = extract_attributions(text)
    assert (first.speaker, first.cue, first.kind, first.content) == (
        speaker, cue, "direct", "We are grateful for the support")
    assert (second.speaker, second.speaker_resolved, second.content) == (None, first.speaker_resolved, "We will rebuild")


def test_a_statement_put_out_without_a_colon_gives_no_quotation_a_source():
    text = "The family released a statement on Monday.\n\n\"We are grateful for the support.\""
    assert extract_attributions(text) == []


# Attributions: sentences glued to the next without a space are cut by the shared splitter


@pytest.mark.parametrize(
    ("text", "contents"),
    [
        ("Police said the inmate died in his cell.\u201cNobody saw anything,\u201d Warden Ann Lee said.",
         ["the inmate died in his cell", "Nobody saw anything"]),
        ("Neighbors said they heard shots at 6 a.m.\"I ran outside,\" said Ann Lee.",
         ["they heard shots at 6 a.m", "I ran outside"]),
        ("Police said the boy died.Lincoln County Sheriff Ann Lee said the gun was his father's.",
         ["the boy died", "the gun was his father's"]),
    ],
)
def test_a_stop_glued_to_the_next_sentence_ends_the_statement(text, contents):
    assert [r.content for r in extract_attributions(text)] == contents


# Speakers: held-out batch 13 types and outlets


def test_a_short_masthead_resolves_to_the_outlet_named_in_full_before():
    text = "Ann Lee told the Washington Post that he was tired. He died at home, the Post said."
    post = [r for r in extract_attributions(text) if r.speaker == "the Post"]
    assert [(r.speaker_resolved, r.speaker_type) for r in post] == [("the Washington Post", "other media")]


def test_a_short_masthead_with_no_full_name_before_stays_as_written():
    text = "He died at home, the Post said. Ann Lee told the Washington Post that he was tired."
    post = [r for r in extract_attributions(text) if r.speaker == "the Post"]
    assert [r.speaker_resolved for r in post] == ["the Post"]


@pytest.mark.parametrize(
    "role",
    ["deputy director of Hebei’s disease prevention and control centre", "deputy director of the Hebei Health Commission"],
)
def test_a_role_without_an_article_at_a_government_body_types_the_speaker(role):
    (record,) = extract_attributions(f"Li Wei, {role}, told the media that the case is isolated.")
    assert (record.speaker_resolved, record.speaker_type) == ("Li Wei", "government")


def test_a_role_without_an_article_at_a_company_still_says_nothing():
    (record,) = extract_attributions("Li Wei, president of Acme Corp, said the case is isolated.")
    assert record.speaker_type != "government"


def test_a_state_news_agency_is_state_media_not_a_wire():
    assert classify("The official IRNA news agency") == "state media"
    assert classify("the news agency") == "wire agency"


@pytest.mark.parametrize("phrase", ["one user on Weibo", "a Twitter user", "social media users"])
def test_members_of_the_public_posting_online_are_witnesses(phrase):
    assert classify(phrase) == "witness or resident"


def test_an_outlet_that_contacted_the_speaker_is_the_medium():
    (record,) = extract_attributions('"We are cooperating," said a company spokesperson when contacted by Reuters.')
    assert (record.speaker, record.medium) == ("a company spokesperson", "Reuters")


def test_a_spokesperson_named_after_a_company_of_the_article_speaks_for_it():
    text = ('Acme said on Monday it would cut jobs. Acme has been under pressure.\n\n'
            '"We are cooperating," said an Acme spokesperson.')
    spokesperson = [r for r in extract_attributions(text) if r.speaker == "an Acme spokesperson"]
    assert [r.speaker_type for r in spokesperson] == ["other"]


def test_a_spokesperson_named_after_a_government_body_stays_government():
    text = 'Acme said on Monday it would cut jobs.\n\n"We are watching," said a Pentagon spokesperson.'
    spokesperson = [r for r in extract_attributions(text) if r.speaker == "a Pentagon spokesperson"]
    assert [r.speaker_type for r in spokesperson] == ["government"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("UPDATE: 7:19 p.m. -- The Washington Post now reports that the senator was indicted.", "The Washington Post"),
        ("Prosecutors now say the man was armed.", "Prosecutors"),
    ],
)
def test_a_leading_dash_and_a_trailing_now_are_not_the_speaker(text, speaker):
    (record,) = extract_attributions(text)
    assert record.speaker == speaker


def test_according_to_before_a_quoted_speaker_is_a_statement_of_its_own():
    text = 'According to AFP, one user on Weibo posted: "I just want to know how they came here."'
    assert {(r.speaker, r.kind) for r in extract_attributions(text)} == {
        ("one user on Weibo", "direct"), ("AFP", "according_to")}


def test_a_reported_clause_whose_verb_opens_a_quoted_fragment_needs_no_that():
    text = 'The Times reported the charges "will include mail fraud," citing someone familiar with the case.'
    (record,) = extract_attributions(text)
    assert (record.speaker, record.kind, record.medium) == ("someone familiar with the case", "citing", "The Times")


def test_a_place_with_its_state_after_it_is_no_person_for_a_pronoun():
    text = ('Ann Lee said her father was tired.\nHe died at his home in Santa Rosa, California, the Post stated.\n'
            '"He slipped away," she said.')
    she = [r for r in extract_attributions(text) if r.speaker == "she"]
    assert [r.speaker_resolved for r in she] == ["Ann Lee"]


def test_a_party_after_a_name_does_not_make_it_a_place():
    text = ("When Gov. Ann Lee, Republican of Arkansas, spoke on Wednesday, she disclosed that the bill had "
            "drawn critics.")
    (record,) = extract_attributions(text)
    assert record.speaker_resolved == "Gov. Ann Lee"


def test_a_bare_title_resolves_to_the_speaker_given_it_in_an_apposition():
    text = ("Ali Karimi, the governor of the province, said 40 houses were destroyed.\n"
            "Aid workers began distributing food, the governor said.")
    governor = [r for r in extract_attributions(text) if r.speaker == "the governor"]
    assert [r.speaker_resolved for r in governor] == ["Ali Karimi"]


def test_another_takes_the_noun_the_last_description_gives():
    text = ('According to AFP, one user on Weibo posted: "Where did they come from?"\n\n'
            'Another said: "Bird flu again."')
    another = [r for r in extract_attributions(text) if r.speaker == "Another"]
    assert [(r.speaker_resolved, r.speaker_type) for r in another] == [("Another user on Weibo", "witness or resident")]


def test_i_in_a_relative_clause_is_not_the_sentences_subject():
    text = "You save calories.\n\nRemember what I said about choosing your treats? This is easy."
    assert [r.speaker_resolved for r in extract_attributions(text)] in ([], ["I"])


def test_a_participle_phrase_before_a_cue_is_no_speaker():
    text = ('In his book, published after the Vanity Fair article appeared, Woodward wrote that he met Felt at the '
            'White House.')
    assert [r.speaker for r in extract_attributions(text)] in ([], ["Woodward"])


def test_a_person_at_a_magazine_is_typed_by_the_magazine():
    (record,) = extract_attributions("According to Ann Lee at Vanity Fair, the team made millions.")
    assert (record.speaker_resolved, record.speaker_type) == ("Ann Lee", "other media")


def test_a_family_friend_who_wrote_for_a_magazine_is_a_witness():
    assert classify("a family friend who wrote the 2005 Vanity Fair article") == "witness or resident"


def test_a_surname_alone_is_not_the_relative_named_after_a_kin_noun():
    text = ("Mark Felt, the FBI official, died on Friday.\nHis daughter Joan Felt said her father was tired.\n"
            "Felt insisted that he had done his duty.")
    felt = [r for r in extract_attributions(text) if r.speaker == "Felt"]
    assert [r.speaker_resolved for r in felt] == ["Mark Felt"]


# --- quotations between pairs of apostrophes ---------------------------------------------------------


def test_a_pair_of_apostrophes_quotes_with_the_speaker_after_it():
    text = "''The bridge was unsafe,'' Captain Ben Ross said."
    assert [text[q.start : q.end] for q in find_quotes(text)] == ["The bridge was unsafe,"]
    record = only(extract_attributions(text))
    assert (record.speaker, record.kind, record.content) == ("Captain Ben Ross", "direct", "The bridge was unsafe")


def test_a_pair_quotation_is_carried_to_its_closing_pair_on_a_later_line():
    text = "''Money is tight, there's no doubt.\nIt's been hard but we did it.'' He left."
    assert [text[q.start : q.end] for q in find_quotes(text)] == [
        "Money is tight, there's no doubt.",
        "It's been hard but we did it.",
    ]


def test_apostrophes_and_doubled_apostrophes_inside_words_are_not_pair_quotes():
    text = "The players' union said it wasn't the coaches'' fault, and '''bold''' isn't 'a quote' either."
    assert find_quotes(text) == []
    record = only(extract_attributions(text))
    assert record.content.startswith("it wasn't the coaches'' fault")


def test_backtick_quotes_still_close_with_a_pair():
    text = "``The boats fled,'' the ministry said."
    assert [text[q.start : q.end] for q in find_quotes(text)] == ["The boats fled,"]
    assert only(extract_attributions(text)).speaker == "the ministry"


def test_a_title_between_pairs_of_apostrophes_is_not_a_quotation():
    text = "According to ''The Daily Planet'', the film made $5 million."
    assert find_quotes(text) == []
    assert only(extract_attributions(text)).speaker == "''The Daily Planet''"


# --- general fixes after held-out batches 12 and 13 -------------------------------------------------------


def test_a_foreign_public_health_agency_stating_facts_is_an_expert():
    text = ("The outbreak began in Inner Mongolia.\nChina's health commission said two people were ill. According "
            "to the Centers for Disease Control and Prevention in the US, plague can be treated with antibiotics.")
    types = {r.speaker_resolved: r.speaker_type for r in extract_attributions(text)}
    assert types == {"China's health commission": "government",
                     "the Centers for Disease Control and Prevention in the US": "expert"}


def test_a_foreign_ministry_still_is_a_foreign_government():
    text = "Floods hit Jakarta, Indonesia.\nThe US State Department said it would send aid to Indonesia."
    assert only(extract_attributions(text)).speaker_type == "foreign government"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('The court heard the case.\n\n"How do you work out the pay?" Justice Ann Ross asked.', "Justice Ann Ross"),
        ('"Why now? Why here?" Ambrose asked them, before leaving.', "Ambrose"),
        ("“Is it safe?” Lee said.", "Lee"),
    ],
)
def test_a_question_closing_a_quotation_keeps_the_named_speaker_after_it(text, speaker):
    record = only(extract_attributions(text))
    assert (record.speaker, record.kind) == (speaker, "direct")


@pytest.mark.parametrize(
    "text",
    ['"Why?" The mayor said nothing.', '"Until when?" Then an announcer concludes: "Now."',
     'The mother screamed, "He is gone!" Lewis said.'],
)
def test_a_question_is_not_joined_to_a_sentence_that_is_no_attribution_of_it(text):
    assert all(r.speaker not in ("The mayor", "Then an announcer", "Lewis") for r in extract_attributions(text))


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("A spokesman, when reached by The AP, said the company would appeal.", "A spokesman"),
        ("John Brown, when contacted by Reuters, said the bank was sound.", "John Brown"),
        ("Ann Lee, when asked about the vote, said it was fair.", "Ann Lee"),
    ],
)
def test_an_aside_on_who_reached_the_speaker_is_no_part_of_the_subject(text, speaker):
    record = only(extract_attributions(text))
    assert (record.speaker, record.speaker_type != "wire agency") == (speaker, True)


def test_a_bare_role_at_a_body_the_gazetteer_knows_types_the_name_before_it():
    text = "A quake hit Iran.\nMehdi Zareh, director of the seismological center in Tehran, said the quake was shallow."
    assert only(extract_attributions(text)).speaker_type == "expert"


def test_an_acronym_in_capitals_after_a_determiner_is_a_body_not_a_surname():
    text = "THE UN has said that militants fired mortars from the school."
    assert only(extract_attributions(text)).speaker_type == "international body"


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        ("The minister dismissed concerns that the dam would fail.", "The minister",
         "concerns that the dam would fail"),
        ("Lee disputed the claim that taxes would rise.", "Lee", "the claim that taxes would rise"),
        ("The union challenged claims that the mine was safe.", "The union", "claims that the mine was safe"),
    ],
)
def test_a_verb_rejecting_a_claim_is_a_statement_with_the_claim_as_content(text, speaker, content):
    record = only(extract_attributions(text))
    assert (record.speaker, record.kind, record.content) == (speaker, "indirect", content)


@pytest.mark.parametrize(
    "text",
    ["The group challenged the rule in court, and its lawyer said it was void.",
     "He urged people to avoid violence in settling disputes and said the city was safe.",
     '"Show the gun," a man challenged the teen, according to a police report.'],
)
def test_a_verb_of_rejection_without_a_claim_is_no_cue(text):
    records = extract_attributions(text)
    assert all(r.cue not in ("challenged", "disputes") for r in records)
    assert all(not r.speaker.endswith("settling") for r in records if r.speaker)


def test_a_person_who_dismissed_a_claim_is_the_he_of_the_quotation_after():
    text = ("Ann Roe, the governor, said ten houses fell, the agency reported.\nJohn Park, director of the seismic "
            "center, dismissed concerns that the quake would cause a tsunami, the agency reported.\n"
            "''The gulf is too shallow,'' he was quoted as saying.")
    assert extract_attributions(text)[-1].speaker_resolved == "John Park"


def test_it_does_not_take_up_a_group_of_people():
    text = ("The NAACP passed a resolution. It said the movement had racist elements.\nTea Party members "
            "challenged claims that their activists used slurs.\nHilary Ross said the vote was final. It said "
            "the group would not back down.")
    assert extract_attributions(text)[-1].speaker_resolved == "The NAACP"


def test_a_body_reporting_the_sentence_before_does_not_keep_its_subject_from_a_pronoun():
    text = ("Tom Reed, the governor, said ten houses fell.\nJohn Dunn, head of the relief agency, toured the villages "
            'on Monday, the agency reported.\n"It is worse than we thought," he said.')
    assert extract_attributions(text)[-1].speaker_resolved == "John Dunn"


def test_a_quoted_fragment_after_a_noun_and_its_phrase_needs_no_that():
    text = ('The Times reported the charges against the mayor "will include fraud," citing someone familiar with '
            "the case.")
    record = only(extract_attributions(text))
    assert (record.speaker, record.kind, record.medium) == ("someone familiar with the case", "citing", "The Times")


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        ("The prosecutor, citing someone familiar with the case, said the suspect fled.", "The prosecutor",
         "the suspect fled"),
        ("The lawyer, citing people familiar with the talks, said the deal was off.", "The lawyer",
         "the deal was off"),
    ],
)
def test_a_citing_phrase_before_the_cue_is_neither_the_speaker_nor_an_inversion(text, speaker, content):
    record = only(extract_attributions(text))
    assert (record.speaker, record.content) == (speaker, content)


def test_a_body_is_not_resolved_to_people_at_it():
    text = ("According to researchers at software security firm Trend Micro, attacks were spreading.\n"
            "The flaw is serious, according to Trend Micro.")
    resolved = [r.speaker_resolved for r in extract_attributions(text)]
    assert resolved == ["researchers at software security firm Trend Micro", "Trend Micro"]


def test_a_kind_of_body_written_before_its_name_types_it():
    text = "Attacks spread fast.\nThe flaw is serious, said Dana Roe, a researcher at security firm Imperva Labs."
    assert only(extract_attributions(text)).speaker_type == "expert"
    text = ("Patches came out.\nThe flaw is serious, according to software security firm Trend Micro.\n"
            "Trend Micro said more would come.")
    assert {r.speaker_type for r in extract_attributions(text)} == {"expert"}


def test_a_name_joined_to_bodies_of_another_kind_is_not_typed_by_them():
    assert classify("security firms") == "expert"
    text = "Users were told to patch, according to both Contoso and numerous security firms."
    assert only(extract_attributions(text)).speaker_type == "other"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The senator resigned. -- The Washington Post now reports that he was paid.", "The Washington Post"),
        ("KENT, Wash. -- Kent police say a man was shot.", "Kent police"),
        ("The fire spread. — Police say the man was armed.", "Police"),
    ],
)
def test_a_dash_opening_a_sentence_after_a_stop_is_no_part_of_the_speaker(text, speaker):
    assert only(extract_attributions(text)).speaker == speaker


@pytest.mark.parametrize(
    "name",
    ["The Wisconsin Department of Natural Resources", "The Centers for Disease Control",
     "Texas Department of Criminal Justice"],
)
def test_a_body_named_with_of_or_for_resolves_to_its_whole_name(name):
    text = f"Fish died in the lake.\n{name} said the water was clean. It said more tests would follow."
    assert {r.speaker_resolved for r in extract_attributions(text)} == {name}


def test_a_person_with_a_title_and_a_body_after_the_name_is_still_the_person():
    text = "The Rev. Ann Lee of Christ Temple Church said the town would heal."
    assert only(extract_attributions(text)).speaker_resolved.startswith("The Rev. Ann Lee")
    text = "Sgt. John Guard with the Pitt County Sheriff's Office said the road was closed."
    assert only(extract_attributions(text)).speaker_resolved == "Sgt. John Guard"


@pytest.mark.parametrize(
    "text",
    ["Remember what I said about choosing your treats?", "She told reporters about her granddaughter.",
     "The page tells about the boy and his dog."],
)
def test_what_was_said_about_a_topic_is_no_statement(text):
    assert extract_attributions(text) == []


@pytest.mark.parametrize(
    "text",
    ["Police say about 100 coins were stolen.", "The mayor said about the plan that it would fail.",
     "Ann Lee told the board about 40 people were hurt."],
)
def test_about_as_a_number_or_before_a_clause_keeps_the_statement(text):
    assert len(extract_attributions(text)) == 1


def test_a_description_resolves_to_the_name_apposed_to_it_between_commas():
    text = ("The congressman will be charged, Grimm's lawyer said Friday.\nGrimm's lawyer, William McGinley, said in a "
            'statement that the office would file charges.\n"We are disappointed," McGinley added.')
    assert {r.speaker_resolved for r in extract_attributions(text)} == {"Grimm's lawyer, William McGinley"}


def test_a_document_or_an_office_takes_no_name_apposed_after_it():
    text = ("The man fled, according to court records, Ann Lee wrote.\nThe sheriff's office, Tom Reed, said the man "
            "was caught.\nThe deputy said the sheriff's office was told.")
    resolved = {r.speaker_resolved for r in extract_attributions(text)}
    assert "court records, Ann Lee" not in resolved


def test_a_surname_alone_is_not_the_relative_described_by_it():
    text = ('Erik Williams walked out of the jail.\n"God bless," said Williams\' mother, Rosalind Williams.\n'
            '"Talk to my lawyer," Williams said.')
    resolved = [r.speaker_resolved for r in extract_attributions(text)]
    assert resolved == ["Williams' mother, Rosalind Williams", "Erik Williams"]


@pytest.mark.parametrize(
    ("apposition", "speaker_type"),
    [("head of the rescue unit for the Iranian Red Crescent", "NGO or rights group"),
     ("publisher of the City Press newspaper", "other media")],
)
def test_a_bare_role_at_a_named_body_of_a_known_kind_types_the_name(apposition, speaker_type):
    text = f"The quake hit at dawn.\nThe toll will rise, said Ali Rezaei, {apposition}."
    assert only(extract_attributions(text)).speaker_type == speaker_type


def test_a_verb_phrase_after_a_name_is_no_role():
    text = "Commissioner Ann Lee met with the media Thursday.\nLee said the murder rate fell."
    assert all(r.speaker_type != "other media" for r in extract_attributions(text))


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        ("News of the call was first reported by Greg Sargent.", "Greg Sargent", "News of the call"),
        ("Politico was first to report the news of the indictment. His lawyer said it was unfair.", "Politico",
         "the news of the indictment"),
        ("The Times was the first to report that the senator would resign. Aides said he was tired.", "The Times",
         "the senator would resign"),
    ],
)
def test_an_act_whose_object_is_the_news_is_a_statement(text, speaker, content):
    record = extract_attributions(text)[0]
    assert (record.speaker, record.content) == (speaker, content)


def test_no_news_reported_by_someone_is_no_statement():
    assert extract_attributions("No further details were reported by Authorities about the cuts.") == []


def test_a_newspaper_called_the_times_is_other_media():
    assert classify("the Seattle Times") == "other media"


# --- general fixes after held-out batch 14 -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("phrase", "speaker_type"),
    [("Trade unions", "NGO or rights group"), ("the union", "NGO or rights group"),
     ("Union College officials", "other"), ("The lieutenant governor, Kim Guadagno", "government"),
     ("Undersheriff Larry Waldie", "security forces"), ("A person briefed on the matter", "anonymous")],
)
def test_unions_lieutenant_governors_undersheriffs_and_people_briefed_are_typed(phrase, speaker_type):
    assert classify(phrase) == speaker_type


def test_an_officer_of_a_body_of_a_known_kind_speaks_for_it():
    text = ("Banks were burned.\nThe vice president of the civil servants' union, Elias Vrettakos, told Sky News "
            "the strike would go on.")
    assert only(extract_attributions(text)).speaker_type == "NGO or rights group"
    assert classify("the vice president of the company") != "NGO or rights group"


def test_a_description_apposed_after_an_opening_phrase_types_the_name():
    text = ("The inquiry widened.\nOn Saturday, the mayor of Hoboken, Dawn Zimmer, said the aid was withheld.\n"
            "Ms. Zimmer told reporters she had kept notes.")
    assert {r.speaker_type for r in extract_attributions(text)} == {"government"}


@pytest.mark.parametrize(
    ("text", "speaker"),
    [("The phone is coming. They just confirmed they will carry it.", "They"),
     ("The family still says the boy was not armed.", "The family")],
)
def test_just_and_still_before_a_cue_are_no_part_of_the_speaker(text, speaker):
    assert only(extract_attributions(text)).speaker == speaker


@pytest.mark.parametrize(
    ("text", "speaker_type"),
    [("The network grew.\nT-Mobile USA said it will carry the phone.", "other"),
     ("Shots were fired.\nRebecca Washington said she heard three shots.", "other"),
     ("Fighting resumed.\nSouth Sudan accuses its neighbour of bombing a camp.", "government")],
)
def test_a_name_ending_on_a_country_is_no_government_unless_it_is_the_country(text, speaker_type):
    assert extract_attributions(text)[-1].speaker_type == speaker_type


def test_a_possessive_before_a_noun_like_cue_makes_it_a_noun_and_the_owner_the_he_after_it():
    text = ("The companies denied it.\nMr. Trump’s tweets on Saturday, sent from his golf club, were not the first "
            "time he has accused the companies of bias.")
    records = extract_attributions(text)
    assert all(r.cue != "tweets" for r in records)
    assert [r.speaker_resolved for r in records if r.cue == "accused"] in ([], ["Mr. Trump"], ["Trump"])


@pytest.mark.parametrize(
    ("text", "resolved"),
    [("Microsoft Issues Emergency Patch For Browser Flaw\nThe patch is out, Microsoft says.", "Microsoft"),
     ("T-Mobile Confirms It Will Carry The Phone Soon\nT-Mobile announced the phone on Monday, T-Mobile said.",
      "T-Mobile")],
)
def test_a_title_case_headline_is_no_speakers_name(text, resolved):
    assert {r.speaker_resolved for r in extract_attributions(text)} == {resolved}


def test_a_gendered_role_before_a_name_gives_its_gender_to_pronouns():
    text = ('The video drew anger.\nThe first lady, Melania Trump, said it was disturbing.\n"It is sad," said '
            "Griffin's brother, Aaron Floyd. He says she had just moved.")
    resolved = [r.speaker_resolved for r in extract_attributions(text)]
    assert resolved[-1] == "Griffin's brother, Aaron Floyd"


def test_the_article_speaks_for_the_outlet_that_published_it():
    text = ("The post followed an article in The Daily Caller, a conservative publication. The article said the aide "
            "forwarded passwords.")
    record = only(extract_attributions(text))
    assert (record.speaker, record.speaker_resolved, record.speaker_type) == (
        "The article", "The Daily Caller", "other media")


@pytest.mark.parametrize(
    "phrase",
    ["the lawyer for the campaign and the party", "the lawyer for policemen Tom Lee and Ann Roe",
     "the lawyer for the victim's father"],
)
def test_a_lawyer_for_someone_is_other_whoever_the_client(phrase):
    assert classify(phrase) == "other"


def test_a_qualified_description_resolves_to_the_name_apposed_to_its_head_later():
    text = ("The campaign will cooperate, the lawyer for the campaign and the party said.\nOn Friday, the lawyer, "
            "Mark D. Sheridan, said in an email that the subpoenas were expected.")
    assert {r.speaker_resolved for r in extract_attributions(text)} == {"the lawyer, Mark D. Sheridan"}


def test_a_relative_clause_with_two_verbs_gives_the_second_its_antecedent():
    text = ("Her account was supported by two of the mayor's aides, who were interviewed by agents and told them that "
            "she had recounted the threat.")
    assert only(extract_attributions(text)).speaker == "two of the mayor's aides"


def test_called_with_an_object_and_a_quoted_characterisation_is_a_statement():
    text = "Other union leaders have called the cuts \"savage attacks on workers' rights.\""
    record = only(extract_attributions(text))
    assert (record.speaker, record.cue, record.speaker_type) == ("Other union leaders", "called", "NGO or rights group")
    assert extract_attributions("Friends called him Bubba at school.") == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [("The account, however, was supported in some measure by two of the mayor's aides, who were interviewed by "
      "agents and told them that she had recounted the threat.", "two of the mayor's aides"),
     ("Officers were flagged down by a witness who said a shooting had happened.", "a witness")],
)
def test_the_agent_of_a_passive_is_the_noun_a_who_clause_hangs_on(text, speaker):
    assert only(extract_attributions(text)).speaker == speaker


# Documents named with whom they were written to


@pytest.mark.parametrize(
    "phrase",
    ["the letter addressed to Chairman Tom Reed", "Smith's letter to the committee"],
)
def test_a_letter_named_with_its_addressee_speaks_for_its_writer(phrase):
    text = (f"She will not testify, according to a letter from her lawyer, John Smith. \"She has done nothing wrong,\" "
            f"{phrase} reads.")
    text = text if phrase.startswith("the") else text.replace(f"{phrase} reads", f"reads {phrase}")
    resolved = {r.speaker_resolved for r in extract_attributions(text)}
    assert resolved == {"her lawyer, John Smith"}


# Public defenders


def test_a_public_defender_is_a_speaker_typed_other():
    record = only(extract_attributions("\"He has a family,\" the public defender said."))
    assert (record.speaker, record.speaker_type) == ("the public defender", "other")
    assert classify("Deputy Public Defender Ann Roe") == "other"
    assert classify("the public defender's office") == "government"


# Generic prosecutors resolved to an office written in lowercase


def test_prosecutors_resolve_to_the_attorneys_office_the_article_names_in_lowercase():
    text = ("The boy was shot at home, prosecutors said.\n\nThe state's attorney's office asked for a high bond.")
    assert {r.speaker_resolved for r in extract_attributions(text)} == {"The state's attorney's office"}
    assert {r.speaker_resolved for r in extract_attributions("The boy was shot at home, prosecutors said.")} == {
        "prosecutors"}


# A title written out alone after its abbreviation before the name


def test_the_governor_resolves_to_the_name_written_after_gov():
    text = ("Gov. Ann Roe spoke on Monday. Lt. Gov. Tom Lee was there.\n\n"
            "On Wednesday, the governor said she would ask lawmakers to rewrite the bill.")
    assert only(extract_attributions(text)).speaker_resolved == "Gov. Ann Roe"
    text = "Former Gov. Tom Lee spoke on Monday.\n\nOn Wednesday, the governor said she would veto the bill."
    assert only(extract_attributions(text)).speaker_resolved == "the governor"


# A pronoun after a quotation that opens a paragraph: the speaker named again at the end of the one before


def test_a_quoting_pronoun_after_a_blank_line_is_the_speaker_who_closes_the_paragraph_before():
    text = ("“We are close,” Tom Lee said.\n\nOn Wednesday, Gov. Sam Roe said he would ask lawmakers to rewrite "
            "the bill. Tom Lee, though, refused to take credit.\n\n“I did not sway him,” he said.")
    records = extract_attributions(text)
    assert [r.speaker_resolved for r in records if r.speaker == "he"] == ["Tom Lee"]


# The subject of a second verb after a first that is no cue


@pytest.mark.parametrize(
    ("text", "speaker"),
    [("The attorney then went to the family and asked how much money they had.", "The attorney"),
     ("An officer came by and told her to leave the house.", "An officer"),
     ("The chief also spoke to reporters, noting that the inquiry goes on.", "The chief")],
)
def test_a_verb_or_adverb_after_the_subject_ends_it(text, speaker):
    assert only(extract_attributions(text)).speaker == speaker


# A two-word lowercase title before a name


def test_a_name_after_a_two_word_title_is_typed_by_it():
    text = "Presumptive GOP presidential nominee Tom Lee joined a chorus on Tuesday. Tom Lee said the remark was wrong."
    record = only(extract_attributions(text))
    assert (record.speaker_resolved, record.speaker_type) == ("Tom Lee", "party or politician")


# Namings with their object, and groups named by their stance


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [("He spoke about what proponents called the religious freedom bill, and left.", "proponents",
      "the religious freedom bill"),
     ("Officers found what authorities called a chaotic scene.", "authorities", "a chaotic scene")],
)
def test_what_a_group_calls_something_is_its_characterisation(text, speaker, content):
    record = only(extract_attributions(text))
    assert (record.speaker, record.content) == (speaker, content)


def test_a_pronoun_naming_something_is_left_out_and_critics_speak():
    assert extract_attributions("It was what he called a mistake.") == []
    record = only(extract_attributions("The law is strict, but critics say it is toothless."))
    assert (record.speaker, record.speaker_type) == ("critics", "other")


# Bodies named after their city


@pytest.mark.parametrize(
    ("text", "speaker_type"),
    [("The mayor is wrong, the Kansas City Star said.", "other"),
     ("The tour was first reported by the Kansas City Star.", "other media"),
     ("The vote was delayed, the Kansas City Clerk said.", "government")],
)
def test_a_body_named_after_its_city_is_not_the_city_government(text, speaker_type):
    assert only(extract_attributions(text)).speaker_type == speaker_type


# Batch 16 typing: descriptions before an apposed name


@pytest.mark.parametrize(
    ("text", "speaker_type"),
    [("The vote is near. Her spokesman, Tom Reed, said the mayor would sign it.", "government"),
     ("The plan was praised by the White House press secretary, Ann Lee. \"It will pass,\" Ms. Lee said.",
      "government"),
     ("He was shot twice. His mother, Ann Lee, said he was a good boy.", "witness or resident")],
)
def test_a_description_before_an_apposed_name_types_the_speaker(text, speaker_type):
    record = only(extract_attributions(text))
    assert record.speaker_type == speaker_type


# Batch 16 typing: a census, and an unnamed person at the scene


def test_a_census_is_typed_as_a_survey():
    record = only(extract_attributions("Herds are shrinking, according to the National Bird Census."))
    assert record.speaker_type == "expert"


def test_an_unnamed_person_at_a_place_is_a_witness():
    record = only(extract_attributions("A cook at the diner said she heard two shots."))
    assert (record.speaker, record.speaker_type) == ("A cook at the diner", "witness or resident")


# Batch 16 typing: advocacy groups and the lawyers on their staff


@pytest.mark.parametrize(
    ("text", "speaker_type"),
    [("\"The ruling is wrong,\" said Ann Lee, a lawyer with the Sierra Club.", "NGO or rights group"),
     ("\"The ruling is wrong,\" said Ann Lee, a lawyer for the family.", "other"),
     ("Environmental groups said the ruling was wrong.", "NGO or rights group")],
)
def test_an_advocacy_group_and_its_lawyer_are_typed_as_the_group(text, speaker_type):
    assert only(extract_attributions(text)).speaker_type == speaker_type


# Batch 16 speakers: an outlet's report, and an outlet beside its editor


def test_an_outlets_dated_report_speaks_for_the_outlet():
    record = only(extract_attributions("BuzzFeed’s Thursday night report claimed that the deal was signed."))
    assert (record.speaker_resolved, record.speaker_type) == ("BuzzFeed", "other media")


def test_an_outlet_is_not_resolved_to_its_editor():
    records = extract_attributions(
        "BuzzFeed Editor-in-Chief Ann Lee said it stands by its story. According to BuzzFeed, the deal was signed."
    )
    assert [r.speaker_resolved for r in records] == ["BuzzFeed Editor-in-Chief Ann Lee", "BuzzFeed"]


# Batch 16 speakers: a call on someone to do what a medium noun also names


def test_a_call_on_someone_to_release_something_is_no_medium():
    record = only(extract_attributions("Some senators called on the judge to release the full report."))
    assert (record.speaker, record.cue) == ("Some senators", "called")


# Batch 16 spurious speakers: a clause with a capitalised "Who" in a title


def test_a_clause_with_a_titles_who_is_no_speaker():
    text = "Ann Lee was the only name considered to take over Doctor Who role from Tom Reed, says show boss Bo Ray\nMay 5"
    assert all(" was " not in r.speaker for r in extract_attributions(text) if r.speaker)


# Batch 16 speakers: sources described by a participle's phrase, and an outlet's report citing them


def test_a_source_involved_in_an_investigation_is_a_speaker():
    record = only(extract_attributions("A source familiar with the investigation said the gun was stolen."))
    assert (record.speaker, record.speaker_type) == ("A source familiar with the investigation", "anonymous")


def test_an_outlets_report_citing_officials_goes_to_the_officials():
    records = extract_attributions(
        "Citing two officials involved in the investigation, BuzzFeed’s Thursday night report claimed that the"
        " deal was signed. The report said the talks ran for months."
    )
    assert [(r.speaker_resolved, r.cue) for r in records] == [
        ("two officials involved in the investigation", "citing"),
        ("BuzzFeed", "said"),
    ]


# Batch 17 speakers: "they" after a sentence that opens on a day before its plural subject


def test_they_after_a_day_and_police_are_the_police():
    records = extract_attributions(
        "Ann Lee said the street was quiet.\n\nFriday morning, police were back out on the street. They say they"
        " are collecting video."
    )
    assert [(r.speaker_resolved, r.speaker_type) for r in records][-1] == ("police", "security forces")


# Batch 17 speaker types: a company's officer with two titles joined by "and"


def test_two_titles_of_one_officer_make_one_speaker_typed_by_the_company_title():
    record = only(
        extract_attributions("Acme president and chief executive Ann Lee also addressed the deal, saying it would help.")
    )
    assert (record.speaker, record.speaker_type) == ("Acme president and chief executive Ann Lee", "other")


def test_a_chief_executive_speaks_for_a_company():
    assert classify("chief executive") == "other"


# Batch 17 speaker types: a US federal body in a story that names a foreign country as often as the US


def test_a_dateline_in_capitals_a_plural_people_and_a_party_tag_name_the_us():
    from workbench.extract.speakers import home_country

    assert home_country("WASHINGTON — The ban on imports from Zimbabwe was lifted.") == "United States"
    assert home_country("Zimbabwe sells permits. Americans hunt there. Zimbabwe gains.") == "Zimbabwe"
    assert home_country("Americans hunt in Zimbabwe, and Americans pay for it.") == "United States"
    assert home_country("Rep. Ann Lee, R-Fla., and Rep. Bo Ray, D-Ore., spoke of Zimbabwe.") == "United States"
    assert home_country("Since D-Day. Zimbabwe, Zimbabwe.") == "Zimbabwe"


def test_a_us_agency_is_government_where_us_lawmakers_speak_of_another_country():
    text = (
        "The permits were opposed on Friday. Zimbabwe is unstable, Rep. Ann Lee, R-Fla., said. Rep. Bo Ray,"
        " D-Ore., said Zimbabwe must wait.\n\n"
        "The U.S. Fish and Wildlife Service said the permits would help."
    )
    record = [r for r in extract_attributions(text) if "Service" in r.speaker_resolved][0]
    assert record.speaker_type == "government"


# Batch 17 speakers: "the Republican governor" after the one governor the article names


def test_a_governor_described_by_party_is_the_one_governor_named():
    text = "Maine Gov. Ann Lee spoke on Tuesday.\n\nThe Republican governor said the session would not reopen."
    assert extract_attributions(text)[-1].speaker_resolved == "Maine Gov. Ann Lee"
    two = "Gov. Ann Lee met Gov. Bo Ray on Tuesday.\n\nThe Republican governor said the session would not reopen."
    assert extract_attributions(two)[-1].speaker_resolved == "The Republican governor"


# Batch 17 speakers: "the agency" after a government agency that spoke


def test_the_agency_is_the_government_agency_that_spoke_before():
    text = (
        "The U.S. Fish and Wildlife Service said the permits would help.\n\n"
        "\"Hunting can benefit certain species,\" the agency said in a statement."
    )
    assert [r.speaker_resolved for r in extract_attributions(text)] == ["The U.S. Fish and Wildlife Service"] * 2


def test_the_agency_is_still_the_news_agency_that_spoke_last():
    text = "The Associated Press reported the permits would help.\n\nThe agency said the permits were new."
    assert extract_attributions(text)[-1].speaker_resolved == "The Associated Press"


# Batch 17 cues: "replies" and "responds" before a quotation or a "that" clause


def test_replies_before_a_quotation_is_a_cue():
    record = only(extract_attributions("The cameraman replies, “we’re just here for a project.”"))
    assert (record.speaker, record.cue) == ("The cameraman", "replies")
    assert extract_attributions("He replies to every letter.") == []


# Batch 17 speaker types: representatives of a company or a body, not lawmakers


def test_representatives_speak_for_the_body_named_before_them():
    assert classify("AMD representatives") == "other"
    assert classify("a union representative") == "NGO or rights group"
    assert classify("state representatives") == "party or politician"
    assert classify("House representatives") == "party or politician"
    assert classify("The representative") == "party or politician"


# Batch 16 speakers: "the service" after a body whose name joins two words by "and"


def test_the_service_is_the_agency_named_with_and():
    text = (
        "The United States Fish and Wildlife Service had signaled its intention to end the ban.\n\n"
        "On Thursday, the service announced on its website that it would begin issuing permits."
    )
    record = only(extract_attributions(text))
    assert (record.speaker, record.speaker_resolved) == ("the service", "The United States Fish and Wildlife Service")


def test_two_bodies_joined_by_and_are_not_one_name():
    text = (
        "The Lehigh County Coroner's Office and Pennsylvania State Police are investigating.\n\n"
        "The department said the road was closed."
    )
    assert "Coroner" not in extract_attributions(text)[-1].speaker_resolved


# Batch 16 speakers: a participle after a clause that "and" opens on a name with an apposition


def test_a_participle_goes_to_the_named_subject_of_the_clause_after_and():
    text = (
        "An executive from Acme called her to urge a veto, and Ann Lee, chairman of Bo Airlines, sent her a letter"
        " citing the economy and saying, “The bill would hurt us.”"
    )
    record = only(extract_attributions(text))
    assert (record.speaker, record.cue) == ("Ann Lee", "saying")


# Batch 13 speakers: an inverted speaker with a party tag and a long relative clause after it


def test_an_inverted_speaker_with_a_party_tag_and_a_relative_clause():
    text = (
        "“Voters called for an end to spending,” said Rep. Ann Lee (R-Minn.), who has emerged a prominent voice of"
        " the movement, to the Post."
    )
    record = only(extract_attributions(text))
    assert (record.speaker_resolved, record.content) == ("Rep. Ann Lee", "Voters called for an end to spending")


# Batch 12 speakers: an outlet that first reported the news, set off after its subject


def test_first_reported_by_set_off_by_commas_is_the_outlets_act():
    text = "The resolution, first reported by the Kansas City Star, was expected to mention the incident."
    record = only(extract_attributions(text))
    assert (record.speaker, record.speaker_type, record.content) == (
        "the Kansas City Star",
        "other media",
        "The resolution",
    )
    assert extract_attributions("The resolution, reported by a friend, was long.") == []


def test_a_participle_goes_to_the_name_apposed_to_an_opening_description():
    text = "Another candidate, Ann Lee, the state treasurer, qualified her view, saying that she would veto the bill."
    record = only(extract_attributions(text))
    assert (record.speaker, record.cue) == ("Ann Lee", "saying")


# Nested acts: a participle after "before" or "after" in a reported clause is its subject's act


def test_a_participle_after_before_in_a_reported_clause_is_its_subjects():
    records = extract_attributions("The witness said Ann Lee had spoken for an hour before saying she was tired.")
    assert [(r.speaker, r.cue) for r in records] == [("The witness", "said"), ("Ann Lee", "saying")]
    records = extract_attributions("Police said the man fled after telling officers he was armed.")
    assert [(r.speaker, r.cue) for r in records] == [("Police", "said"), ("the man", "telling")]
    records = extract_attributions("She said the plan would fail, adding that it was too late.")
    assert [(r.speaker, r.cue) for r in records] == [("She", "said"), ("She", "adding")]


# Batch 17 speakers: a second verb after a comma and "and" shares the first verb's subject


def test_a_second_cue_after_a_comma_and_and_shares_the_subject():
    text = "Mediaite, in a response to the post, writes about the problems, and argues that it might be a new brand."
    record = only(extract_attributions(text))
    assert (record.speaker, record.cue, record.content) == ("Mediaite", "argues", "it might be a new brand")
    text = "Police later clarified those original reports, and confirmed it was a 7-year-old."
    assert all("clarified" not in (r.speaker or "") for r in extract_attributions(text))


# Speaker types: the officer of an advocacy body or a company the article names by its kind


def test_an_officer_of_an_organization_or_a_company_is_no_government():
    assert classify("the organization’s president") == "NGO or rights group"
    assert classify("The center's president") == "NGO or rights group"
    assert classify("The company's president") == "other"
    assert classify("the country's president") == "government"
    record = only(extract_attributions("“We will not back down,” Ann Lee, the organization’s president, said."))
    assert record.speaker_type == "NGO or rights group"


# Batch 12 speaker types: staff of a restaurant or a bar who saw what happened


def test_a_waitress_or_a_bartender_is_a_witness():
    record = only(extract_attributions("Ann Lee, a bartender at the grill, said the man came in every day."))
    assert record.speaker_type == "witness or resident"
    assert classify("waitress") == "witness or resident"


# Batch 16 speaker types: a possessive description after an opening phrase, before the name apposed to it


def test_a_possessive_description_after_an_opening_phrase_types_the_name():
    text = "On Twitter, Arizona’s senators, Ann Lee and Bo Ray, posted messages, with both of them saying they hoped for a veto."
    records = extract_attributions(text)
    assert records and records[0].speaker_type == "party or politician"


# Speakers: a sentence adverb between the subject and its cue is no part of the speaker


def test_nevertheless_or_however_before_the_cue_is_not_the_speakers():
    records = extract_attributions("Mr. Lee nevertheless said he was seeking guidance. The army however argued it was wrong.")
    assert [r.speaker for r in records] == ["Mr. Lee", "The army"]


# Speaker types: a language named after "in" is no mention of its country


def test_a_language_after_in_does_not_make_a_home_country():
    from workbench.extract.speakers import home_country

    assert home_country("Ann told her son in Spanish they were being recorded. The U.S. Supreme Court ruled.") == (
        "United States"
    )
    assert home_country("Spanish police said the man fled. He spoke in Spanish to officers in Madrid.") == "Spain"


# Speaker types: the officer or lawyer of an advocacy body named by its kind speaks for that body


def test_the_officer_of_a_named_organization_or_coalition_is_an_ngo():
    text = "“It is unfair,” said Ann Lee, the president of the National Federation for Clean Water, to a radio station."
    assert classify("the president of the National Federation for Clean Water") == "government"  # (no kind word)
    assert classify("Ann Lee, the president of the National Organization for Clean Water") == "NGO or rights group"
    assert classify("executive director of the Council on Clean Water in Ohio") == "NGO or rights group"
    assert classify("Bo Ray, the Clean Water Coalition's lawyer") == "NGO or rights group"
    assert classify("the president of the City Council") == "government"
    assert only(extract_attributions(text)).speaker_resolved.startswith("Ann Lee")


# Speakers: a page title run into the first sentence with no space is no part of the speaker


def test_a_page_title_glued_to_the_speakers_name_is_cut_off():
    text = (
        "Tenants protest rent rise - The Daily RecordAnn Lee, executive director of the Council on Clean Water, "
        "said the rise was unfair. Lee said tenants would march."
    )
    records = extract_attributions(text)
    assert [r.speaker_resolved for r in records] == ["Ann Lee", "Ann Lee"]
    assert {r.speaker_type for r in records} == {"NGO or rights group"}


# Speakers: an abbreviated rank ("Snr. Comr.", "Brig.") before a name ends no sentence


def test_a_police_spokesman_with_abbreviated_ranks_is_one_speaker():
    record = only(extract_attributions("The city police spokesman Snr. Comr. Ali Khan told reporters two houses fell."))
    assert record.speaker == "The city police spokesman Snr. Comr. Ali Khan"
    assert record.speaker_type == "security forces"
    record = only(extract_attributions("Army spokesman Brig. Bo Ray said two soldiers died."))
    assert record.speaker == "Army spokesman Brig. Bo Ray"


# Speaker types: a province's officers and a seismic research centre in a story about that country


def test_provincial_officers_are_government_and_a_seismic_centre_expert():
    assert classify("the governor-general of Kerman province, Ali Khan") == "government"
    assert classify("the head of the provincial flood service, Ali Khan") == "government"
    assert classify("the head of the provincial police") == "security forces"
    assert classify("Ali Khan, the head of the Seismic Research Center") == "expert"


# Attributions: "quoted the head of ..., Name, as saying" (a name apposed to the quoted speaker's description)


def test_quoted_as_saying_with_an_apposed_name():
    record = only(extract_attributions("State radio quoted the head of the port authority, Ali Khan, as saying ten ships sank."))
    assert record.speaker == "the head of the port authority, Ali Khan"
    assert record.medium == "State radio"
    assert record.content == "ten ships sank"


# Speakers: an outlet named again without its last word is the outlet that spoke


def test_an_outlet_cut_short_resolves_to_its_full_name():
    text = "The men fled, according to the Salem Journal Star. The house was a target, according to the Salem Journal."
    records = extract_attributions(text)
    assert [r.speaker_resolved for r in records] == ["the Salem Journal Star", "the Salem Journal Star"]


# Speakers: "the <title> report" speaks for the officer the article has named with its body


def test_a_titled_report_speaks_for_the_named_officer():
    text = (
        "The Interior Ministry’s inspector general was troubled by the texts. "
        "The inspector general report also criticized Lee for his use of personal email."
    )
    record = only(extract_attributions(text))
    assert record.speaker == "The inspector general report"
    assert record.speaker_resolved == "Interior Ministry’s inspector general"
    assert record.speaker_type == "government"
    assert only(extract_attributions("The inspector general report criticized Lee for his emails.")).speaker_resolved == (
        "The inspector general report"
    )


# Speakers: a surname opening the pronoun's sentence, given in full before, is whom "his" stands for


def test_his_claim_after_a_surname_subject_is_that_persons():
    text = (
        "Mayor Tom Lee tweeted that the plan failed.\n\nRep. Bo Ray spoke later.\n\n"
        "Ray, a critic of the mayor, has doubled down on his claim that the plan was flawed."
    )
    records = extract_attributions(text)
    assert [(r.speaker, r.speaker_resolved) for r in records][-1] == ("he", "Rep. Bo Ray")
    # (a stop after an initial opens no sentence: "Paul D. Ryan")
    from workbench.extract.speakers import _after_abbreviation

    assert _after_abbreviation("Rep. Paul D. Ryan, a", 11) and not _after_abbreviation("the plan. Ryan, a", 8)


# Attributions: "writing" and "tweeting" after a statement, as "saying" ("..., writing that ...", "with one justice
# writing, ...")


def test_writing_or_tweeting_after_a_clause_is_a_statement():
    record = only(extract_attributions("Lee praised the vote on Twitter, writing Monday that the plan “should be dropped.”"))
    assert (record.speaker, record.cue) == ("Lee", "writing")
    record = only(extract_attributions("Lee answered the critics, tweeting that the plan was sound."))
    assert (record.speaker, record.cue, record.content) == ("Lee", "tweeting", "the plan was sound")
    record = only(extract_attributions('The court struck the rule, with one justice writing, "A number is not a test."'))
    assert record.speaker == "one justice"
    record = only(extract_attributions("Trade publication Variety praised the choice, writing that women lead."))
    assert record.speaker == "Trade publication Variety"
    assert extract_attributions("She spent the year writing a book about the case.") == []


def test_writing_for_an_outlet_is_an_aside():
    record = only(extract_attributions("Ann Lee, writing for Slate, argued that the law had failed."))
    assert record.speaker == "Ann Lee"


# Speaker types: the officer of a "Center for ..." or of an advocacy body's office named by its initials


def test_the_officer_of_a_center_for_or_of_an_ngo_office_is_an_ngo():
    assert classify("Ann Lee, president of the Center for Clean Water") == "NGO or rights group"
    assert classify("the director of the Center for Disease Control") == "government"
    text = "Ann Lee, director of the NAACP's Washington bureau, said the law was unfair."
    assert only(extract_attributions(text)).speaker_type == "NGO or rights group"


# Attributions: a quotation before "the outlet quoted Y as saying." is Y's, the outlet its medium


def test_a_quotation_before_an_outlet_quoting_someone_is_theirs():
    record = only(extract_attributions('"They ran so fast," the Daily News quoted witness Jo Brown as saying.'))
    assert (record.speaker, record.cue, record.kind) == ("witness Jo Brown", "quoted", "direct")
    assert (record.medium, record.content) == ("the Daily News", "They ran so fast")
    record = only(extract_attributions('"We are ready," the agency quoted the minister as saying. "We will go on."'))
    assert (record.speaker, record.medium) == ("the minister", "the agency")
    assert record.content.endswith("We will go on")
    record = only(extract_attributions('"We are ready," the minister was quoted as saying.'))
    assert record.speaker == "the minister"


# Speakers: "Dist. Atty." before a name is a district attorney's title, not a sentence's end


def test_an_abbreviated_district_attorney_title_opens_the_name():
    record = only(extract_attributions('"This is the kind of crime," said Dist. Atty. Ann Lee.'))
    assert (record.speaker, record.speaker_type) == ("Dist. Atty. Ann Lee", "government")


# Speaker types: a former office holder named by party is a politician


def test_a_former_office_holder_named_by_party_is_a_politician():
    assert classify("former Democratic Sen. Ann Lee") == "party or politician"
    assert classify("Ann Lee, a former Republican state lawmaker") == "party or politician"
    assert classify("former Sen. Ann Lee") == "other"
    assert classify("the PAC founded by former Democratic candidate Ann Lee") != "party or politician"


# Speakers: a phrase set off before a pronoun, or a participle opening the sentence, is not what the pronoun stands for


def test_a_fronted_phrase_or_participle_is_not_the_pronouns_person():
    text = (
        "Ann Lee, the closing speaker, spoke on Saturday.\n\n"
        "Progressivism, he told the conference, is a cancer that must be cut out.\n\n"
        "Noting that he was a recovering alcoholic, he said the party had a problem."
    )
    assert [r.speaker_resolved for r in extract_attributions(text)] == ["Ann Lee", "Ann Lee"]


# Speakers: an acronym alone is not a person's surname for a pronoun ("the auditorium at CPAC", then "he")


def test_an_acronym_is_not_the_pronouns_person():
    text = (
        "Ann Lee CPAC 2010 Speech VIDEO: Republicans Need A Tent\n\nTalk show host Ann Lee closed a conference.\n\n"
        "In a winding speech, Lee had the auditorium at CPAC captivated. Using hand gestures, he took swipes at "
        'Democrats. "Progressivism," he declared, "is eating the Constitution."'
    )
    assert only(extract_attributions(text)).speaker_resolved == "Ann Lee"


# Speakers: "the gossip site" speaks for the outlet named last before it


def test_an_outlet_described_by_its_kind_is_the_outlet_named_before():
    text = "The photo was first published in TMZ on Monday. According to the gossip site, Lee joked about it on set."
    record = only(extract_attributions(text))
    assert (record.speaker, record.speaker_resolved, record.speaker_type) == ("the gossip site", "TMZ", "other media")
    record = only(extract_attributions("Ann Lee runs a blog. According to the gossip site, Lee joked about it."))
    assert record.speaker_resolved == "the gossip site"


# Attributions: a speaker after a quotation does not open on the noun its clause hangs on ("a point the office denied")


def test_the_noun_a_clause_hangs_on_is_not_the_speaker():
    text = "Lee said the letters did not speak for “all the members,” a point the union's media office denied."
    record = only(extract_attributions(text)[:1])
    assert (record.speaker, record.cue) == ("the union's media office", "denied")


# Speakers: a media office speaks for its body, not as a news outlet; a title of three lowercase words before a
# name types the name ("conservative talk show host Ann Lee")


def test_a_media_office_is_no_news_outlet():
    assert classify("the union's media office") == "other"


def test_a_three_word_title_before_a_name_types_it():
    text = (
        "Bombastic conservative talk show host Ann Lee closed a conference on Saturday.\n\n"
        '"Progressivism," she declared, "is eating the Constitution."'
    )
    record = only(extract_attributions(text))
    assert (record.speaker_resolved, record.speaker_type) == ("Ann Lee", "other media")


# Speakers: "The bishops" after a body named after its members ("the Conference of Catholic Bishops") is that body


def test_a_plural_description_is_the_body_named_after_its_members():
    text = (
        "The letter quotes the National Conference of Catholic Bishops, which wrote letters saying the cuts were "
        "wrong. The bishops noted that the plan fails."
    )
    record = extract_attributions(text)[-1]
    assert (record.speaker, record.speaker_resolved) == ("The bishops", "the National Conference of Catholic Bishops")
    record = only(extract_attributions("The bishops noted that the plan fails."))
    assert record.speaker_resolved == "The bishops"


# Speakers: "Father" before a name is a priest's title, no kin word ("Jesuit Father Ann Lee")


def test_a_priests_title_is_no_kin_word():
    record = only(extract_attributions("“The budget is wrong,” said Jesuit Father Tom Lee."))
    assert (record.speaker_resolved, record.speaker_type) == ("Jesuit Father Tom Lee", "other")
    record = only(extract_attributions("“He was a good boy,” said the victim's father."))
    assert record.speaker_type == "witness or resident"


# Speakers: the residents of a place named after it are no news outlet ("Brooklynites on Twitter reported")


def test_residents_named_after_their_place_are_residents():
    record = only(extract_attributions("Brooklynites on Twitter reported that police searched buildings."))
    assert (record.speaker_resolved, record.speaker_type) == ("Brooklynites on Twitter", "witness or resident")
    record = only(extract_attributions("Newsday reported that police searched buildings."))
    assert record.speaker_type == "other media"


# Speakers: a described speaker is typed by what it identified itself as ("one woman, who identified herself as ...")


def test_a_speaker_is_typed_by_what_it_identified_itself_as():
    text = "One man, who identified himself as the victim's brother, told reporters that the boy had no gun."
    record = only(extract_attributions(text))
    assert (record.speaker, record.speaker_type) == ("One man", "witness or resident")
    text = "But one man, who identified himself as the victim's brother, told reporters that the boy had no gun."
    record = only(extract_attributions(text))
    assert (record.speaker, record.speaker_type) == ("one man", "witness or resident")


# Attributions: a passive "announced by" with its agent named is an act whose object is the news itself


def test_announced_by_a_named_agent_is_an_attribution():
    text = "Officials were furious that the charges were announced by Deputy Attorney General Ann Lee on Friday."
    record = only(extract_attributions(text))
    assert (record.speaker, record.cue, record.content) == ("Deputy Attorney General Ann Lee", "announced", "the charges")
    assert extract_attributions("The winners were announced by the committee on Friday.") == []


# Speakers: the capitalised parts of a full name are the name, no role words ("Harold L. Child Jr.")


def test_a_full_names_parts_are_no_role_words():
    record = only(extract_attributions("“The bureau is sound,” Ann B. Child Jr. told reporters."))
    assert (record.speaker_resolved, record.speaker_type) == ("Ann B. Child Jr.", "other")
    record = only(extract_attributions("“The road is closed,” Police Chief Ann B. Child said."))
    assert record.speaker_type == "security forces"
    record = only(extract_attributions("“The road is closed,” Sheriff T. Walton said."))
    assert record.speaker_type == "security forces"


# Speakers: "the president" is no holder of a lower or past office of that title ("Vice President X", "former President Y")


def test_the_title_is_no_holder_of_a_lower_or_past_office():
    text = "Vice President Ann Lee visited the border on Monday. “The wall works,” the president said."
    assert only(extract_attributions(text)).speaker_resolved == "the president"
    text = "He spoke after former President Tom Hart left. “The wall works,” the president said."
    assert only(extract_attributions(text)).speaker_resolved == "the president"
    text = "Vice President Ann Lee visited the border on Monday. “The wall works,” the vice president said."
    assert only(extract_attributions(text)).speaker_resolved == "Vice President Ann Lee"
    text = "President Tom Hart visited the border on Monday. “The wall works,” the president said."
    assert only(extract_attributions(text)).speaker_resolved == "President Tom Hart"


# Attributions: "insisted on anonymity" is a source's condition, no statement


def test_insisting_on_anonymity_is_no_statement():
    assert extract_attributions("The official insisted on anonymity to describe the talks.") == []
    assert extract_attributions("Both insisted on not being named.") == []
    record = only(extract_attributions("The talks failed, he insisted on national television."))
    assert (record.cue, record.content) == ("insisted", "The talks failed")
    record = only(extract_attributions("The official insisted on Tuesday that the talks failed."))
    assert record.content == "the talks failed"


# Attributions: "described" with an object in quotation marks characterises it ("described his “outstanding loyalty”")


def test_described_with_a_quoted_object_is_an_attribution():
    record = only(extract_attributions("Associates described his “outstanding loyalty.”"))
    assert (record.speaker, record.cue) == ("Associates", "described")
    record = only(extract_attributions("Aides called the move ``a clarification.''"))
    assert (record.speaker, record.cue) == ("Aides", "called")
    assert extract_attributions("Associates described his outstanding loyalty.") == []


# Attributions: a single closing quotation mark written apart from its quotation is no part of the speaker ("' Craft said")


def test_a_stray_closing_mark_is_no_part_of_the_speaker():
    text = "Police Chief Ann Craft spoke on Monday.\n'There appeared to be some purpose, ' Craft said."
    record = only(extract_attributions(text))
    assert (record.speaker, record.speaker_resolved, record.speaker_type) == (
        "Craft",
        "Police Chief Ann Craft",
        "security forces",
    )


# Speakers: the roles of party figures, observers, people nearby and the scanner typed by what they are


def test_a_role_without_an_article_in_a_named_party_or_publication_types_its_holder():
    text = "Tom Lee, chairman of the Republican National Committee, said the war was a mistake."
    record = only(extract_attributions(text))
    assert (record.speaker_resolved, record.speaker_type) == ("Tom Lee", "party or politician")
    text = "Tom Lee, editor of the Weekly Review, said the war was right."
    record = only(extract_attributions(text))
    assert (record.speaker_resolved, record.speaker_type) == ("Tom Lee", "other media")
    assert classify("a spokesman for Waitrose") == "other"


def test_a_former_gop_nominee_is_a_politician():
    record = only(extract_attributions("Former GOP presidential nominee Tom Lee said the bill was wrong."))
    assert record.speaker_type == "party or politician"
    assert classify("former Sen. Tom Lee") == "other"


def test_legislative_leaders_observers_people_nearby_and_scanner_traffic_are_typed():
    record = only(extract_attributions("“It is a good law,” state Senate President Pro Tem Tom Lee (R) said."))
    assert record.speaker_type == "party or politician"
    record = only(extract_attributions("Political observers in Ohio cautioned that the governor is deliberate."))
    assert record.speaker_type == "expert"
    record = only(extract_attributions("People in the area said it is not uncommon to rent the hall."))
    assert record.speaker_type == "witness or resident"
    record = only(extract_attributions("According to scanner traffic, officers found a third victim."))
    assert record.speaker_type == "security forces"
    assert classify("police in the area") == "security forces"


# Attributions: a document from a body whose long name joins its words with "and" speaks for that body


def test_a_message_from_a_long_named_body_resolves_to_it():
    text = (
        "Elections will be held on a two-party basis, a message from the Central Commission for Elections and "
        "Referenda of Ruritania said.\n'Two parties will compete for victory', the message said."
    )
    records = extract_attributions(text)
    issuer = "Central Commission for Elections and Referenda of Ruritania"
    assert [(r.speaker_resolved, r.speaker_type) for r in records] == [(issuer, "government")] * 2
    record = only(extract_attributions("The cuts are deep, a letter from Tom Lee and Ann Cole said."))
    assert record.speaker_resolved == "Tom Lee and Ann Cole"


# Speakers: a letter put out by people described by what they are of ("the executives of nine companies sent a letter")


def test_a_letter_sent_by_people_described_lowercase_speaks_for_them():
    text = (
        "And on Monday, the executives of nine local companies sent a letter to the governor.\n\n"
        "\"We are deeply concerned about the law,\" reads the letter."
    )
    record = only(extract_attributions(text))
    assert (record.speaker, record.speaker_resolved) == ("the letter", "the executives of nine local companies")


# Speakers: a document whose writer a clause after it names speaks for the writer ("a memo Comey wrote")


def test_a_document_speaks_for_the_writer_a_clause_after_it_names():
    text = (
        "Former FBI Director Tom Lee kept notes. Trump asked him to end the inquiry, according to a memo Lee wrote "
        "to document a meeting."
    )
    record = only(extract_attributions(text))
    assert (record.speaker, record.speaker_resolved) == (
        "a memo Lee wrote to document a meeting",
        "Former FBI Director Tom Lee",
    )
    assert record.medium == "a memo Lee wrote to document a meeting"


# Attributions: a negated phrase after a quoted fragment is no speaker ("..., not the view of the party, Smith said")


def test_a_negated_phrase_after_a_quoted_fragment_is_no_speaker():
    text = "The dispute concerns the “rights of a member,” not the view of the party, Smith said."
    record = only(extract_attributions(text))
    assert (record.speaker, record.kind) == ("Smith", "indirect")
    assert record.content == "The dispute concerns the “rights of a member,” not the view of the party"


# Speakers: the plural titles "Sens." and "Reps." end no sentence and name lawmakers


def test_plural_lawmaker_titles_end_no_sentence_and_name_lawmakers():
    record = only(extract_attributions("Sens. Tom Lee and Ann Cole said the idea was bad."))
    assert (record.speaker_resolved, record.speaker_type) == ("Sens. Tom Lee and Ann Cole", "party or politician")
    record = only(extract_attributions("Reps. Tom Lee and Ann Cole said the idea was bad."))
    assert record.speaker_type == "party or politician"
    text = "The premier flew in. He told Sens. Tom Lee that he regrets the invitation."
    record = only(extract_attributions(text))
    assert (record.speaker, record.cue, record.content) == ("He", "told", "he regrets the invitation")


# Speakers: a state bureau of investigation by its initials is police ("The TBI said", "GBI spokeswoman")


def test_a_state_bureau_of_investigation_by_its_initials_is_police():
    record = only(extract_attributions("The TBI said at least 100 people were at the party."))
    assert (record.speaker_resolved, record.speaker_type) == ("The TBI", "security forces")
    record = only(extract_attributions("GBI spokeswoman Ann Lee said the shooting is under investigation."))
    assert record.speaker_type == "security forces"


# Speakers: a role without an article in a police body types its holder (", spokesman for the County Sheriff's Office")


def test_a_role_without_an_article_in_a_police_body_types_its_holder():
    text = "Tom Lee, spokesman for the Orange County Sheriff's Office, said the man was armed."
    record = only(extract_attributions(text))
    assert (record.speaker_resolved, record.speaker_type) == ("Tom Lee", "security forces")
    text = "Ann Lee, executive director of the Citizen Police Review Board, said the panel would meet."
    assert only(extract_attributions(text)).speaker_type != "security forces"


# Speakers: a guild is a union, and a group named by the initials of a body the article spells out takes its type


def test_a_group_named_by_a_spelled_out_guilds_initials_is_a_union():
    text = (
        "Members of the Screen Actors Guild vote next month on a strike.\n"
        "SAG leaders say they need a credible strike threat to win a better deal."
    )
    record = only(extract_attributions(text))
    assert (record.speaker_resolved, record.speaker_type) == ("SAG leaders", "NGO or rights group")
    assert classify("the Writers Guild of America") == "NGO or rights group"


# Speakers: the press pool and its reports are the media, not the White House they cover


def test_pool_reports_are_the_media():
    text = "Tom Lee is the top choice, according to White House pool reports."
    record = only(extract_attributions(text))
    assert (record.speaker_resolved, record.speaker_type) == ("White House pool reports", "other media")
    assert classify("White House spokesman Tom Lee") == "government"


# Attributions: general faults of earlier batches (a country before a person's non-government role, ...)


def test_a_country_before_a_non_government_role_is_no_government():
    record = only(extract_attributions("US Olympic sprinter Ann Lee said the race was fair."))
    assert (record.speaker, record.speaker_type) == ("US Olympic sprinter Ann Lee", "other")
    record = only(extract_attributions("British actor John Smith said the film was good."))
    assert record.speaker_type == "other"
    record = only(extract_attributions("Russia said the talks had failed."))
    assert record.speaker_type == "government"


def test_a_possessive_object_noun_is_no_cue():
    records = extract_attributions("Mr. Lee repeated his false claims that the vote was rigged.")
    assert all("repeated" not in (r.speaker or "") for r in records)
    record = only(extract_attributions("His younger sister claims that he was at home."))
    assert (record.speaker, record.cue) == ("His younger sister", "claims")
    record = only(extract_attributions("The man was arrested, and his lawyer claims that he is innocent."))
    assert (record.speaker, record.cue) == ("his lawyer", "claims")


def test_called_to_task_for_a_reason_is_an_attribution():
    record = only(extract_attributions("Senator Ann Lee called the agency to task for its slow response."))
    assert (record.speaker, record.cue, record.content) == (
        "Senator Ann Lee",
        "called",
        "the agency to task for its slow response",
    )
    assert extract_attributions("They called the agency twice on Monday.") == []


def test_a_definite_role_resolves_to_the_person_named_with_it():
    text = "Actor John Smith spoke on Monday. The actor said the film was good."
    assert only(extract_attributions(text)).speaker_resolved == "Actor John Smith"
    text = "Ann Lee, a real estate mogul, spoke on Monday. The real estate mogul and TV host said she would run."
    assert only(extract_attributions(text)).speaker_resolved == "Ann Lee"
    text = "A woman on Oak Avenue, a quiet street, was hurt. The woman said she heard shots."
    assert only(extract_attributions(text)).speaker_resolved == "The woman"


def test_a_man_or_woman_from_a_country_or_state_is_no_government():
    assert only(extract_attributions("An Oklahoma man said he was robbed.")).speaker_type == "other"
    assert only(extract_attributions("The Iraqi government said the talks failed.")).speaker_type == "government"


# Speakers: round 12 of the held-out faults (extra speakers, cut phrases, resolution and types)


def test_a_prison_spokesman_faculty_and_an_advocacy_group_officer_are_typed_by_their_body():
    record = only(extract_attributions("The inmate died on Monday, said prison spokesman Al Reyes."))
    assert record.speaker_type == "government"
    record = only(extract_attributions("Dozens of faculty members at Oak College said the plan was cruel."))
    assert record.speaker_type == "expert"
    text = "“It is sad,” said Ann Lee, local executive director of Mothers Against Drunk Driving (MADD)."
    assert only(extract_attributions(text)).speaker_type == "NGO or rights group"


def test_a_title_resolves_to_a_name_without_its_possessive():
    text = "The aide relayed President Ann Lee’s response on Monday. The president said she was sorry."
    assert only(extract_attributions(text)).speaker_resolved == "President Ann Lee"


def test_a_time_phrase_after_who_is_left_out_of_the_speaker():
    text = "The remarks echo those of his successor, Ann Lee, who a week ago asserted that the plan will fail."
    assert only(extract_attributions(text)).speaker == "Ann Lee"
    text = "Ann Lee, who last month said the plan would fail, spoke on Monday."
    assert only(extract_attributions(text)).speaker == "Ann Lee"


def test_a_clause_after_an_inverted_speaker_is_left_out_of_the_name():
    text = "“It was good,” said Bo Reyes as he described his first meeting with Lee."
    assert only(extract_attributions(text)).speaker == "Bo Reyes"
    text = "“People die here,” said one man as he drove his shovel across the walk."
    assert only(extract_attributions(text)).speaker == "one man"


def test_the_subject_of_a_participle_with_its_agent_is_no_speaker():
    text = "For the man described by The Daily Star as “the last great boss,” death came quietly."
    assert all(r.speaker != "man" for r in extract_attributions(text))
    text = "The plan, which he described to The Daily Star as reckless, failed."
    assert [r.speaker for r in extract_attributions(text)] == ["he"]


def test_a_doctrine_is_no_speaker():
    assert extract_attributions("Catholic teaching calls for government to help the poor.") == []
    assert extract_attributions("The Bush Doctrine argued for preventive strikes.") == []


def test_a_lawmakers_lawyer_is_typed_as_a_lawyer():
    record = only(extract_attributions("The congressman's lawyers said the couple repaid the money."))
    assert record.speaker_type == "other"
    record = only(extract_attributions("The state's attorney said the case would go to trial."))
    assert record.speaker_type == "government"


def test_a_successor_is_not_typed_by_the_name_of_the_one_before():
    text = "Mr. Fox’s successor, Ann Lee, spoke on Monday. Ms. Lee said the wall was useless."
    assert only(extract_attributions(text)).speaker_type == "other"


def test_a_person_who_works_at_the_place_is_a_witness_or_resident():
    text = "Dough mixer Bo Reyes, who has worked at the plant for 30 years, said he heard shots."
    assert only(extract_attributions(text)).speaker_type == "witness or resident"
    text = "Ann Lee, who works at the nearby garage, said the street is often loud."
    assert only(extract_attributions(text)).speaker_type == "witness or resident"


def test_a_state_abbreviation_closing_a_description_is_no_speaker():
    text = "Ann Lee, the county attorney in Mohave County, Az. said she had heard about the charges."
    record = only(extract_attributions(text))
    assert (record.speaker, record.speaker_type) == ("Ann Lee", "government")
    text = "However, Martinez, Jr. said there is no one to blame."
    assert len(extract_attributions(text)) == 1  # (a name's suffix is no place: the statement is kept)


# Missed speakers: passive agents, joint subjects


def test_a_fact_confirmed_by_a_named_agent_is_an_attribution():
    record = only(extract_attributions("His death was confirmed by Ann Lee, a spokeswoman for the agency."))
    assert (record.speaker, record.cue, record.content) == ("Ann Lee", "confirmed", "His death")
    assert extract_attributions("Mr. Lee was confirmed by the Senate on Monday.") == []
    assert all(r.speaker != "Sheriff’s" for r in extract_attributions(
        "A boy has been confirmed by Sheriff’s deputies to be the shooter."))


def test_a_gendered_role_after_a_name_keeps_a_pronoun_off_it():
    text = (
        "Mr. Lee died, said Tom Ray. The death was also confirmed by Ann Moss, a spokeswoman for the agency that"
        " worked to put him in jail. Later he admitted his ruse."
    )
    records = extract_attributions(text)
    assert [r.speaker_resolved for r in records if r.speaker == "he"] != ["Ann Moss"]


def test_joint_speakers_claim_after_an_adverb():
    record = only(extract_attributions("Ann Lee and the ministry have long claimed that the plan is legal."))
    assert (record.speaker, record.cue, record.content) == ("Ann Lee and the ministry", "claimed", "the plan is legal")
    record = only(extract_attributions("Experts have long said that the plant is unsafe."))
    assert (record.speaker, record.cue) == ("Experts", "said")
    assert extract_attributions("The gang, a group that has long claimed as its turf the north side, fled.") == []


def test_an_outlet_relaying_a_quotation_after_its_speaker_is_a_speaker_too():
    records = extract_attributions('"The plan is dangerous," Ann Lee said Monday, according to AFP. "It will fail."')
    assert [(r.speaker, r.kind) for r in records] == [("AFP", "according_to"), ("Ann Lee", "direct")]
    assert records[1].content.endswith("It will fail")
    records = extract_attributions('"The plan is dangerous," Ann Lee said, according to AFP.')
    assert records[0].content == "The plan is dangerous"


def test_calling_a_person_a_name_is_a_characterisation():
    record = only(extract_attributions("Critics called him a reckless leader who ignored the law."))
    assert (record.speaker, record.cue) == ("Critics", "called")
    assert record.content.startswith("him a reckless leader")
    assert extract_attributions("She called him a few times on Monday.") == []
    assert extract_attributions("He believed that Ann Lee had called him a racist.") == []


def test_a_report_released_on_a_day_and_its_time_of_day_ends_a_postposed_cue():
    record = only(extract_attributions("The plan will fail, the ministry said in a report released Friday morning."))
    assert (record.speaker, record.content) == ("the ministry", "The plan will fail")


def test_they_after_a_family_that_spoke_is_the_family():
    record = only(extract_attributions("The family spoke to reporters on Monday. They said she was a good student."))
    assert (record.speaker, record.speaker_resolved) == ("They", "The family")


# Types and party groups (held-out batches 26 and 27)


def test_a_president_after_the_name_of_a_company_or_academy_heads_that_body_not_a_state():
    record = only(extract_attributions("The show will go on, Film Academy President Ann Lee said."))
    assert (record.speaker_resolved, record.speaker_type) == ("Film Academy President Ann Lee", "other")
    assert classify("Harbor Media Group president Tom Hart") == "other"
    assert classify("company president Tom Hart") == "other"
    assert classify("Syrian President Tom Hart") == "government"
    assert classify("Interim President Tom Hart") == "government"


def test_a_title_abbreviation_written_without_its_stop_is_that_title():
    record = only(extract_attributions("The bill will pass, according to Sen Ann Lee, D-Ill., a member of the panel."))
    assert (record.speaker_resolved, record.speaker_type) == ("Sen Ann Lee", "party or politician")
    record = only(extract_attributions("Lt Tom Hart says the boy was home alone."))
    assert record.speaker_type == "security forces"
    record = only(extract_attributions("The plan will fail, said Amartya Sen."))
    assert record.speaker_type == "other"


def test_marshals_and_a_fugitive_task_force_are_security_forces():
    record = only(extract_attributions("The man was arrested Monday, according to the U.S. marshals fugitive task force."))
    assert record.speaker_type == "security forces"
    assert classify("The U.S. Marshals") == "security forces"
    assert classify("Travis County Fire Marshal Tony Callaway") != "security forces"


def test_maintaining_that_after_a_rejection_speaks_for_the_subject():
    record = only(extract_attributions("Democrats rejected the offer on Saturday, however, maintaining that it went too far."))
    assert (record.speaker, record.cue, record.content) == ("Democrats", "maintaining", "it went too far")
    assert record.speaker_type == "party or politician"


def test_an_outlet_after_on_before_the_clause_is_the_medium_not_content():
    record = only(extract_attributions("Ann Lee tried to deflect questions, saying on Fox News that the plan is bad."))
    assert (record.speaker, record.medium, record.content) == ("Ann Lee", "Fox News", "the plan is bad")
    record = only(extract_attributions("Ann Lee said on CNN Friday that the plan is bad."))
    assert (record.medium, record.content) == ("CNN", "the plan is bad")


def test_called_with_an_object_and_a_quoted_name_after_an_article_is_a_characterisation():
    record = only(extract_attributions("Party officials quickly called the Republican tax plan the “Smith plank” on Monday."))
    assert (record.speaker, record.cue) == ("Party officials", "called")
    assert record.content.startswith("the Republican tax plan the “Smith plank”")
    assert extract_attributions("She called the police “right away” after the crash.") == []


# Owned sources and abbreviated titles (held-out batches 26 and 27)


def test_his_campaign_after_a_named_campaign_in_its_sentence_is_that_campaign():
    text = (
        "Sen. Tom Hale praised the bill on Monday. Ann Lee's campaign called the report false, according to "
        "her campaign."
    )
    record = next(r for r in extract_attributions(text) if r.speaker == "her campaign")
    assert record.speaker_resolved == "Ann Lee's campaign"
    text = "Sen. Tom Hale spoke on Monday. The report was false, according to his campaign."
    record = next(r for r in extract_attributions(text) if r.speaker == "his campaign")
    assert record.speaker_resolved == "Sen. Tom Hale's campaign"


def test_a_title_written_as_initials_is_its_holder_named_before():
    record = only(extract_attributions("Attorney General Ann Lee of Ohio spoke Monday. The A.G. said she had misspoken."))
    assert (record.speaker, record.speaker_resolved) == ("The A.G.", "Attorney General Ann Lee of Ohio")
    record = only(extract_attributions("The D.A. said the case was strong."))
    assert record.speaker_resolved == "The D.A."


def test_the_attorney_general_is_the_holder_named_with_a_word_before_the_title():
    text = "Democratic Attorney General Ann Lee ran for the Senate. The attorney general said she had misspoken."
    record = only(extract_attributions(text))
    assert record.speaker_resolved == "Democratic Attorney General Ann Lee"
    record = only(extract_attributions(text.replace("The attorney general", "The A.G.")))
    assert record.speaker_resolved == "Democratic Attorney General Ann Lee"
    text = "Former Attorney General Ann Lee ran for the Senate. The attorney general said the case was weak."
    assert only(extract_attributions(text)).speaker_resolved == "The attorney general"


def test_a_police_report_speaks_for_the_force_that_police_stands_for():
    text = (
        "Officers of the Dover Police Department found the car, police said. The driver fled, according to a "
        "police report."
    )
    records = extract_attributions(text)
    assert [r.speaker_resolved for r in records] == ["Dover Police Department"] * 2
    record = only(extract_attributions("The driver fled, according to a police report."))
    assert record.speaker_resolved == "police"


def test_a_description_taken_up_with_a_name_in_the_next_sentence_is_that_person():
    text = (
        "The panel will call Tom Hale, the committee's senior Democrat said on Wednesday.\n\n"
        "The Democrat, Representative Ann Lee of Ohio, said Mr. Hale had declined."
    )
    records = extract_attributions(text)
    assert [r.speaker_resolved for r in records] == ["Representative Ann Lee"] * 2
    text = "The panel will call Tom Hale, the committee's senior Democrat said. The Republican, Ann Lee, was silent."
    assert only(extract_attributions(text)).speaker_resolved == "the committee's senior Democrat"


def test_one_of_a_list_a_plural_title_opens_is_named_without_it():
    text = "Reps. Tom Hale of Ohio, and Ann Lee of Iowa are crafting a letter.\n\nHale said the bill would fail."
    record = only(extract_attributions(text))
    assert (record.speaker_resolved, record.speaker_type) == ("Tom Hale", "party or politician")


def test_a_head_coach_named_after_the_title_is_a_speaker():
    record = only(extract_attributions('"He had a setback last week," head coach Tom Hale said.'))
    assert (record.speaker_resolved, record.speaker_type) == ("head coach Tom Hale", "other")


# Missed and extra speakers (held-out batches 28 and 29)


def test_a_title_taken_up_keeps_the_middle_initial_of_the_name():
    text = 'County Sheriff Tom J. Hale arrived at noon. "Very calm," the sheriff said.'
    record = only(extract_attributions(text))
    assert record.speaker_resolved == "County Sheriff Tom J. Hale"


def test_said_nothing_is_no_statement():
    text = "Tom Hale, 38, said nothing after officers surrounded him, Sheriff Ann Lee said."
    assert [r.speaker_resolved for r in extract_attributions(text)] == ["Sheriff Ann Lee"]
    assert extract_attributions("Tom Hale said nothing as he left the court.") == []
    record = only(extract_attributions("Tom Hale said nothing had changed."))
    assert record.content == "nothing had changed"


def test_a_phrase_opening_on_a_perception_verb_is_no_speaker():
    text = "“We heard a bang,” smelled smoke and heard co-workers yelling, said Ann Lee, an accountant."
    assert [r.speaker_resolved for r in extract_attributions(text)] == ["Ann Lee"]


def test_a_document_released_by_a_body_speaks_for_that_body():
    text = "A statement released by Dover Telecom said that traffic was lost."
    assert only(extract_attributions(text)).speaker_resolved == "Dover Telecom"


def test_a_reflexive_that_stresses_the_speaker_is_left_out():
    text = "Governor Ann Lee spoke on Monday. Lee herself said the deal was dead."
    record = only(extract_attributions(text))
    assert (record.speaker, record.speaker_resolved) == ("Lee", "Governor Ann Lee")


# Speaker types: people at a scene, sources by access, a city's public safety director


def test_unnamed_people_with_knowledge_of_a_plan_are_anonymous():
    record = only(extract_attributions("The vote will be delayed, according to aides with knowledge of the plan."))
    assert (record.speaker_resolved, record.speaker_type) == ("aides with knowledge of the plan", "anonymous")


def test_a_patron_of_the_place_attacked_is_a_witness():
    record = only(extract_attributions("The lights went out first, a theater patron said."))
    assert (record.speaker_resolved, record.speaker_type) == ("a theater patron", "witness or resident")


def test_a_city_public_safety_director_is_government():
    record = only(extract_attributions("Two crews were sent, Dover Public Safety Director Tom Hale said."))
    assert (record.speaker_resolved, record.speaker_type) == ("Dover Public Safety Director Tom Hale", "government")


def test_a_charge_sheet_that_speaks_is_government():
    record = only(extract_attributions("According to the charge sheet, the officer fired three times."))
    assert (record.speaker_resolved, record.speaker_type) == ("the charge sheet", "government")


def test_a_telecom_company_named_after_its_country_is_other():
    record = only(extract_attributions("The cable was cut near Alexandria, France Telecom said."))
    assert (record.speaker_resolved, record.speaker_type) == ("France Telecom", "other")


def test_an_officer_of_a_long_named_advocacy_body_after_a_quotation_is_ngo():
    text = '"We will sue," said Tom Hale, director of the Natural Resources Defense Council\'s Endangered Species Program.'
    record = only(extract_attributions(text))
    assert (record.speaker_resolved, record.speaker_type) == ("Tom Hale", "NGO or rights group")


def test_a_person_who_was_at_the_scene_when_it_happened_is_a_witness():
    record = only(extract_attributions('"It was chaotic," said Tom Hale, who was inside the bar when the shooting began.'))
    assert (record.speaker_resolved, record.speaker_type) == ("Tom Hale", "witness or resident")


def test_a_person_across_the_street_from_the_scene_is_a_neighbour():
    text = "The house burned overnight.\n\nAcross the street, Tom Hale said he heard two shots."
    record = only(extract_attributions(text))
    assert (record.speaker_resolved, record.speaker_type) == ("Tom Hale", "witness or resident")


def test_a_committee_chairman_named_with_a_lawmakers_title_is_government():
    record = only(extract_attributions("The panel will ask for the files, Committee Chairman Rep. Tom Hale said."))
    assert (record.speaker_resolved, record.speaker_type) == ("Committee Chairman Rep. Tom Hale", "government")
    record = only(extract_attributions("The party will win, Republican National Committee Chairman Tom Hale said."))
    assert record.speaker_type == "party or politician"


# Speaker types after held-out batches 30 and 31


def test_a_spokesperson_at_naval_headquarters_is_security_forces():
    record = only(extract_attributions("The ship sank at dawn, a spokesperson at naval headquarters said."))
    assert (record.speaker_resolved, record.speaker_type) == ("a spokesperson at naval headquarters", "security forces")


def test_the_families_of_victims_are_witnesses_or_residents():
    record = only(extract_attributions("The families of the injured men said they want answers."))
    assert record.speaker_type == "witness or resident"


def test_a_document_obtained_by_an_outlet_is_not_the_outlets():
    text = "The house was sold in 2009, according to court records obtained by The Associated Press."
    record = only(extract_attributions(text))
    assert record.speaker_type == "government"


def test_a_spokesman_of_a_named_politician_or_company_is_typed_by_the_owner():
    text = 'Sen. Tom Hale (R-Ohio) voted against the bill on Monday.\n\n"The bill is flawed," a Hale spokesman said.'
    types = {r.speaker_resolved: r.speaker_type for r in extract_attributions(text)}
    assert types["a Hale spokesman"] == "party or politician"
    text = "Acme has made an offer to the union. The offer stands, Acme spokesman Ben Ray said."
    types = {r.speaker_resolved: r.speaker_type for r in extract_attributions(text)}
    assert types["Acme spokesman Ben Ray"] == "other"


def test_a_person_whose_campaign_the_article_names_is_a_politician():
    text = (
        "Tom Hale's campaign opened an office in Ohio on Monday.\n\n"
        '"We will win the state," Tom Hale said.'
    )
    record = only(extract_attributions(text))
    assert (record.speaker_resolved, record.speaker_type) == ("Tom Hale", "party or politician")


# Missed and extra speakers (held-out batches 30 and 31)


def test_an_inverted_speaker_drops_the_interview_written_after_the_name():
    record = only(extract_attributions('"We will win," said Tom Hale in an interview on the radio.'))
    assert (record.speaker, record.speaker_resolved) == ("Tom Hale", "Tom Hale")
    assert record.medium is not None and "interview" in record.medium
    record = only(extract_attributions('"We will win," said Mayor Tom Hale at a press conference.'))
    assert record.speaker == "Mayor Tom Hale"


def test_information_naming_no_source_is_no_speaker():
    text = "The ship was hit twice, according to information available now.\n\nEarly information indicated that two men were hurt."
    assert extract_attributions(text) == []
    record = only(extract_attributions("The ship was hit twice, according to information released by the navy."))
    assert "navy" in record.speaker_resolved


def test_a_post_posed_cue_followed_by_a_link_in_brackets_keeps_its_speaker():
    for link in ("(http://bit.ly/16vDN3E)", "(http://bit. ly/16vDN3E)"):
        text = f"The jury recommended life in prison, the Daily Ledger reported {link}.\nHe is to be sentenced."
        record = only(extract_attributions(text))
        assert (record.speaker, record.content) == ("the Daily Ledger", "The jury recommended life in prison")


def test_a_speaker_in_a_clause_after_a_comma_and_where_is_found():
    text = "Riva was taken to Beaumont Hospital, where spokeswoman Ilene Wolff said the man was in good condition."
    record = only(extract_attributions(text))
    assert (record.speaker, record.content) == ("spokeswoman Ilene Wolff", "the man was in good condition")
    # (a "where" with no comma before it still opens a relative clause, as before)
    assert extract_attributions("They went to the house where police said the man was hiding.") == []


# Missed and extra speakers (held-out batches 32 and 33)


def test_a_passing_mood_before_a_name_opening_a_sentence_is_dropped():
    text = "Tom Hale spoke on Monday.\n\nAn angry Hale lashed out at the mayor, as he has alleged before, that the vote was rigged."
    record = only(extract_attributions(text))
    assert (record.speaker, record.speaker_resolved) == ("he", "Tom Hale")


def test_a_joint_speaker_named_again_in_the_other_order_is_the_same_speaker():
    text = (
        "Two reporters who covered the trial, Ann Reyes and Bob Tull, said the verdict was fair.\n"
        "Tull and Reyes have insisted the judge was right."
    )
    records = extract_attributions(text)
    assert [r.speaker for r in records] == ["Ann Reyes and Bob Tull", "Tull and Reyes"]
    assert {r.speaker_resolved for r in records} == {records[0].speaker_resolved}


def test_the_representative_or_the_lawmaker_is_the_member_of_congress_named_before():
    text = "Rep. Tom Hale spoke in Ohio on Monday. The representative said that the bill was dead."
    assert only(extract_attributions(text)).speaker_resolved == "Rep. Tom Hale"
    text = "Sen. Ann Cole spoke on Monday.\n\nThe Ohio lawmaker said that the bill was dead."
    assert only(extract_attributions(text)).speaker_resolved == "Sen. Ann Cole"
    # (two members of Congress named before: no one in particular)
    text = "Sen. Ann Cole and Rep. Tom Hale spoke on Monday.\n\nThe lawmaker said that the bill was dead."
    assert only(extract_attributions(text)).speaker_resolved == "The lawmaker"


def test_a_news_report_of_an_outlet_and_the_article_after_it_are_the_outlets():
    text = (
        "A BuzzFeed news report claimed that the governor lied to the council.\n\nThe governor left on Monday.\n\n"
        "The article said that the governor had lied twice."
    )
    records = extract_attributions(text)
    assert [(r.speaker, r.speaker_resolved) for r in records] == [
        ("A BuzzFeed news report", "BuzzFeed"),
        ("The article", "BuzzFeed"),
    ]


def test_a_cue_like_noun_ending_a_place_phrase_is_no_cue():
    text = "The feud grew as a group began running an ad in primary states featuring women reading his remarks."
    assert extract_attributions(text) == []
    record = only(extract_attributions("A spokesman in Washington states that the plan is dead."))
    assert (record.speaker, record.content) == ("A spokesman in Washington", "the plan is dead")


def test_a_release_opening_a_sentence_before_a_named_speaker_is_the_speakers_medium():
    text = "According to a news release, Chief Tom Hale said officers were called to the home around 5 p.m. Sunday."
    record = only(extract_attributions(text))
    assert (record.speaker, record.medium) == ("Chief Tom Hale", "a news release")
    # (a release that relays a sentence with a speaker inside it, after it, stays a source)
    text = "Witnesses told officers that a man fled the scene, according to the news release."
    assert [r.speaker for r in extract_attributions(text)] == ["the news release", "Witnesses"]


# Speaker types by the role the article gives (held-out batches 32 and 33)


def test_a_fire_officer_is_government_and_an_inspector_a_police_rank():
    record = only(extract_attributions("Assistant chief fire officer Tom Hale said the building was lost."))
    assert record.speaker_type == "government"
    record = only(extract_attributions("Inspector Tom Hale said the climber fell 600 metres."))
    assert record.speaker_type == "security forces"
    # (an inspector named with the fire service he works for is the fire service's)
    text = "One man was hurt, according to Inspector Tom Hale with the Pine County Fire Department."
    assert only(extract_attributions(text)).speaker_type == "government"


def test_a_research_director_named_in_an_apposition_is_an_expert():
    text = "Tom Hale, research director of consulting company CableData, said the repairs would take weeks."
    assert only(extract_attributions(text)).speaker_type == "expert"
    text = "Tom Hale, security research and communications director at Shield Labs, said the flaw was serious."
    assert only(extract_attributions(text)).speaker_type == "expert"


def test_another_official_before_a_name_types_the_name():
    text = "The quake hit at noon.\nAnother provincial official, Tom Hale, said few people were hurt."
    record = only(extract_attributions(text))
    assert (record.speaker_resolved, record.speaker_type) == ("Tom Hale", "government")


def test_a_person_whose_surname_is_an_outlet_is_typed_by_the_title():
    text = "New York City Mayor Michael Bloomberg said the tower should be built."
    assert only(extract_attributions(text)).speaker_type == "government"
    text = "Former New York City Mayor Michael Bloomberg said the tower should be built."
    assert only(extract_attributions(text)).speaker_type == "other"


def test_a_spokesperson_after_a_named_body_and_where_is_typed_by_the_body():
    text = "He was taken to Pine Valley Hospital, where spokeswoman Ann Lee said he was in good condition."
    record = only(extract_attributions(text))
    assert (record.speaker, record.speaker_type) == ("spokeswoman Ann Lee", "other")
    text = "He was taken to the Pine County Sheriff's Office, where spokeswoman Ann Lee said he was held."
    assert only(extract_attributions(text)).speaker_type == "security forces"


def test_a_spokesperson_for_a_named_persons_office_is_government():
    text = "The report is wrong, Tom Hale, a spokesman for Garner’s office, said."
    assert only(extract_attributions(text)).speaker_type == "government"
    # (a spokesperson for a body the gazetteer does not know stays other)
    text = "The report is wrong, Tom Hale, a spokesman for Waitrose, said."
    assert only(extract_attributions(text)).speaker_type == "other"


# Missed and extra speakers


def test_a_speaker_typed_on_in_lowercase_after_a_stop_opens_its_own_sentence():
    text = "A man was shot and died at the hospital. police said. No one was held."
    record = only(extract_attributions(text))
    assert (record.speaker, record.content) == ("police", "A man was shot and died at the hospital")
    # (an abbreviation's stop before a lowercase word stays inside the speaker)
    text = "The ship was seized off the coast, U.S. officials said."
    assert only(extract_attributions(text)).speaker == "U.S. officials"


def test_a_radio_or_tv_show_is_a_programme_not_a_cue():
    text = "He refused to quit in an interview on Tom Hale's radio show."
    assert extract_attributions(text) == []
    text = "The awards are among the most-watched TV shows. Ratings fell this year."
    assert extract_attributions(text) == []


def test_a_passive_alleged_or_reported_to_have_is_no_statement():
    text = "Tom Hale, alleged to have five wives, is charged with bigamy."
    assert extract_attributions(text) == []
    text = "The man fled. He's reported to be armed."
    assert extract_attributions(text) == []
    # (an active allegation stays)
    assert only(extract_attributions("Tom Hale alleged that the guards beat him.")).speaker == "Tom Hale"


def test_a_police_departments_initials_resolve_to_the_force_named_before():
    text = "A man was shot on Saturday, Fort Worth Police say.\n\nAccording to FWPD, the shooting happened at noon."
    records = extract_attributions(text)
    assert [r.speaker_resolved for r in records] == ["Fort Worth Police", "Fort Worth Police"]


def test_the_board_resolves_to_the_board_named_before():
    text = "“It was wrong,” The Washington Post’s editorial board said Tuesday.\n\nThe board noted that judges should not speak out."
    records = extract_attributions(text)
    assert [r.speaker_resolved for r in records] == ["The Washington Post’s editorial board"] * 2


# Speaker types: titles and roles the article gives a speaker


def test_a_two_word_lowercase_title_that_the_two_words_make_types_the_name():
    text = "The lawyer asked for charges but state attorney general Ann Lee chose fewer.\n\"It is enough,\" Lee said."
    record = extract_attributions(text)[-1]  # (the lawyer's request is a record of its own)
    assert (record.speaker_resolved, record.speaker_type) == ("Ann Lee", "government")


def test_a_speaker_described_as_kin_of_someone_is_a_relative():
    text = "One of the wives of former sect leader Tom Hale confirmed the charges were filed."
    assert only(extract_attributions(text)).speaker_type == "witness or resident"
    # (one who asked not to be named is typed by the role given: the guidelines keep anonymous for sources)
    text = "The mother of the boy, who asked not to be identified, said he was at home."
    assert only(extract_attributions(text)).speaker_type == "witness or resident"


def test_a_person_who_writes_a_piece_for_a_known_outlet_is_other_media():
    text = "As Ann Lee writes in a Los Angeles Times piece, the scandal changed the presidency."
    record = only(extract_attributions(text))
    assert (record.speaker_resolved, record.speaker_type) == ("Ann Lee", "other media")
    # (a piece in an outlet the gazetteer does not know says nothing of the writer)
    text = "As Ann Lee writes in a Pine Valley piece, the scandal changed the presidency."
    assert only(extract_attributions(text)).speaker_type == "other"


def test_an_apposition_is_read_up_to_a_relative_clause_about_the_speaker():
    text = (
        "Tom Hale, a former Republican governor of Maine and preacher who has announced his run for the presidency "
        "on Tuesday, said the ruling was wrong."
    )
    assert only(extract_attributions(text)).speaker_type == "party or politician"
    text = "Ann Lee, a county commissioner who was briefed by investigators, said the gunman acted alone."
    assert only(extract_attributions(text)).speaker_type == "government"


def test_a_spokesperson_for_a_named_body_taken_up_by_a_common_noun_is_other():
    text = "Two people were hurt at the Pine Valley Fair on Sunday. A spokesman for the fair said the ride was closed."
    assert only(extract_attributions(text)).speaker_type == "other"
    # (not a body the article does not name: the facility may be a public one)
    text = "He died in a prison in Missouri on Monday, a spokesman for the facility said."
    assert only(extract_attributions(text)).speaker_type == "government"


# Speaker types: a role given with the name


def test_a_former_party_leader_in_a_chamber_is_a_politician():
    text = 'Former Senate Democratic Leader Tom Hale said the bill "will not pass."'
    record = only(extract_attributions(text))
    assert (record.speaker_resolved, record.speaker_type) == ("Former Senate Democratic Leader Tom Hale", "party or politician")
    assert classify("former House Majority Leader Ann Lee") == "party or politician"
    # ("former" with any other title still speaks for no one)
    assert classify("former Senate aide Ann Lee") == "other"


def test_the_chief_of_a_fire_department_apposed_to_a_name_is_government():
    text = "Nobody was hurt in the blaze, said Tom Hale, chief of the Pine Valley Fire Department."
    record = only(extract_attributions(text))
    assert (record.speaker_resolved, record.speaker_type) == ("Tom Hale", "government")


def test_the_director_of_a_group_named_by_the_cause_it_is_for_is_an_advocacy_officer():
    text = '"We are thrilled," said Ann Lee, the director of the Ohio-based pro-hunting group Open Fields.'
    record = only(extract_attributions(text))
    assert (record.speaker_resolved, record.speaker_type) == ("Ann Lee", "NGO or rights group")
    # (a side named in capitals is no cause: "a pro-Russian group"; "group" alone says nothing)
    assert classify("a leader of a pro-Russian group") != "NGO or rights group"
    assert classify("the director of the group") != "NGO or rights group"


def test_an_aide_named_by_the_one_served_is_typed_as_that_person():
    text = (
        'House Speaker Ann Lee said the vote "will happen."\n'
        "A Lee aide said the schedule was not set."
    )
    records = extract_attributions(text)
    assert [(r.speaker_resolved, r.speaker_type) for r in records] == [
        ("House Speaker Ann Lee", "party or politician"),
        ("A Lee aide", "party or politician"),
    ]
    # (one the article does not name in full says nothing)
    assert only(extract_attributions("A Lee aide said the schedule was not set.")).speaker_type == "other"


def test_a_governor_whose_campaign_the_article_has_is_a_candidate():
    text = (
        "Gov. Tom Hale of Ohio is broadcasting a new ad.\n"
        '"I will fight for you," Mr. Hale says in the ad.\n'
        "The Hale campaign did not say where the ad would run."
    )
    assert {r.speaker_type for r in extract_attributions(text)} == {"party or politician"}
    # (a governor in office, with no campaign of his own, stays government)
    text = 'Gov. Tom Hale of Ohio signed the bill.\n"It is done," Mr. Hale said.'
    assert {r.speaker_type for r in extract_attributions(text)} == {"government"}


def test_loved_ones_are_typed_as_relatives():
    text = "Loved ones said the victim was a kind man who coached youth football."
    assert only(extract_attributions(text)).speaker_type == "witness or resident"


# Missed and extra speakers (held-out batches 36 and 37)


def test_a_surname_with_a_one_letter_prefix_and_a_curly_apostrophe_stays_whole():
    text = "County Prosecutor Ron O’Brien said Tuesday that the man was charged."
    assert only(extract_attributions(text)).speaker_resolved == "County Prosecutor Ron O’Brien"
    text = "Former Representative Beto O’Rourke, campaigning in Iowa, told reporters that it was over."
    assert only(extract_attributions(text)).speaker_resolved == "Former Representative Beto O’Rourke"
    # (a closing single quotation mark still ends a clause)
    text = "He called it ‘a disgrace’ and Smith said the vote was lost."
    assert only(extract_attributions(text)).speaker_resolved == "Smith"


def test_a_dateline_is_not_the_subject_a_participle_or_pronoun_goes_back_to():
    text = (
        "CHARLESTON, S.C. — Democratic leaders wasted no time on Friday demanding the report, with several saying "
        "that voters deserved to know."
    )
    assert only(extract_attributions(text)).speaker_resolved == "Democratic leaders"
    text = "DALLAS (AP) — Police are looking for a gunman, and they say he fled on foot."
    assert only(extract_attributions(text)).speaker_resolved == "Police"


def test_an_ad_is_the_medium_not_part_of_the_speaker():
    record = only(extract_attributions('"We will win," says Ann Lee in the new ad titled "Strong."'))
    assert (record.speaker, record.medium) == ("Ann Lee", "the new ad")
    record = only(extract_attributions("Ann Lee, a candidate for the Senate, announced in an ad that she grew up on a farm."))
    assert (record.speaker_resolved, record.medium) == ("Ann Lee", "an ad")


def test_a_pronoun_and_its_verb_after_said_are_a_reported_clause_not_a_speaker():
    text = "Ann Lee, 46, of Hudson, said she knew the home's residents."
    assert only(extract_attributions(text)).speaker_resolved == "Ann Lee"
    text = "Tom Hale, asked if he backed the bill, said he believed the plan “would fail” in the end."
    assert [r.speaker_resolved for r in extract_attributions(text)] == ["Tom Hale"]
    # (an inverted pronoun speaker stays one)
    assert only(extract_attributions('"We are done," said he in a statement.')).speaker == "he"


def test_the_organization_is_the_body_named_after_its_kind_before():
    text = (
        "The ad, paid for by nonprofit advocacy group Pine Valley Now, ran on Monday. "
        "The ad cost $1 million, the organization said."
    )
    assert only(extract_attributions(text)).speaker_resolved == "Pine Valley Now"
    # (a kind word before a single capitalised word names nothing: "the group Monday")
    text = "The ad ran for the group Monday. The ad cost $1 million, the organization said."
    assert only(extract_attributions(text)).speaker_resolved == "the organization"


def test_a_law_quoted_is_not_a_speaker():
    assert extract_attributions("State law says a gun must be kept locked away from children.") == []
    assert extract_attributions("The 14th Amendment states that all persons born here are citizens.") == []
    # (a person of that surname speaks)
    assert only(extract_attributions("Bridget Law said the door was open.")).speaker == "Bridget Law"


# Round 25: faults left open by earlier rounds


def test_the_head_of_an_office_of_a_named_province_is_government():
    text = "Ann Lee, head of Pellan province's emergency affairs, said ten houses were damaged."
    record = only(extract_attributions(text))
    assert (record.speaker_resolved, record.speaker_type) == ("Ann Lee", "government")
    assert classify("director of Pellan province") == "government"
    # (a resident of a province, or a role of a body the gazetteer does not know, is not its office)
    assert classify("a teacher from Pellan province") != "government"
    assert classify("a spokesman for Waitrose") == "other"


def test_a_name_apposed_to_a_possessive_description_opens_the_clause_of_a_participle():
    text = "Tom Hale is married, but his wife, Ann, released a statement saying they had been separated."
    record = only(extract_attributions(text))
    assert (record.speaker, record.speaker_type) == ("Ann", "witness or resident")
    text = "His wife, Ann, released a statement saying they had been separated."
    assert only(extract_attributions(text)).speaker == "Ann"
    # (the full name written elsewhere keeps the description apposed to the given name)
    text = (
        "Tom Hale is married, but his wife, Ann, released a statement saying they had been separated. "
        "Records list Ann Hale as the owner."
    )
    record = only(extract_attributions(text))
    assert (record.speaker_resolved, record.speaker_type) == ("Ann Hale", "witness or resident")
    # (a body's description is not a person's: "The group, Pine Now, sent a letter saying")
    text = "The group, Pine Now, sent a letter saying it was glad."
    assert only(extract_attributions(text)).speaker == "The group"


def test_an_appeal_by_plural_officials_with_the_bare_form_ask_is_a_statement():
    record = only(extract_attributions("Officials ask that you call the tip line at 555-0100."))
    assert (record.speaker, record.speaker_type, record.cue) == ("Officials", "government", "ask")
    assert only(extract_attributions("Police ask that anyone with information call 911.")).speaker == "Police"
    # (not after a pronoun or a conjunction: a comment section's rules, a subject further back)
    assert extract_attributions("We ask that you report content that breaks the rules.") == []
    assert extract_attributions("Detectives are at the scene and ask that anyone with information call 911.") == []


def test_officials_who_certified_a_fact_speak():
    record = only(extract_attributions("Officials in Pellan have certified that the mayor was born in the city."))
    assert (record.speaker, record.speaker_type, record.cue) == ("Officials in Pellan", "government", "certified")
    # (a certification with no clause states nothing)
    assert extract_attributions("The board certified the results on Monday.") == []


def test_a_title_held_for_a_term_that_has_ended_is_typed_as_former():
    assert classify("Pellan’s president from 2000 to 2006") == "other"
    assert classify("the police chief from 1990 to 2004") == "other"
    # (a title and a place it is from is held now)
    assert classify("the governor from Texas") == "government"


def test_the_head_of_a_free_trade_zone_is_government():
    assert classify("the head of Pellan's free-trade zone") == "government"
    text = "The head of Pellan's free trade zone, Ann Lee, said 50 schools were damaged."
    assert only(extract_attributions(text)).speaker_type == "government"


# Round 26: held-out batches 38 and 39


def test_a_title_after_an_indefinite_article_is_not_the_persons_title():
    text = (
        "Ann Lee opposes the bill. It would be in the sights of a President Lee, who backs a ban. "
        "“My view is the same,” Ms. Lee told reporters."
    )
    record = only(extract_attributions(text))
    assert record.speaker_resolved == "Ann Lee"
    assert record.speaker_type != "government"
    # (a title the person holds is still taken up)
    text = "President Ann Lee opposes the bill. “My view is the same,” Ms. Lee told reporters."
    assert only(extract_attributions(text)).speaker_resolved == "President Ann Lee"


def test_national_security_adviser_and_grandchildren_and_published_reports_are_typed():
    record = only(extract_attributions("National Security Adviser Ann Lee said the talks would go on."))
    assert record.speaker_type == "government"
    record = only(extract_attributions("Tom Hale, the old man's grandson, said his grandfather died at home."))
    assert record.speaker_type == "witness or resident"
    record = only(extract_attributions("According to published reports, the man died of heart failure."))
    assert record.speaker_type == "other media"


def test_a_capitalised_title_of_a_body_after_a_name_is_an_apposition():
    text = "The storm hit the town. Ann Lee, Governor of Pine island, said five villages were hit."
    record = only(extract_attributions(text))
    assert (record.speaker_resolved, record.speaker_type) == ("Ann Lee", "government")
    text = "Tom Hale, Director of Communications for the Pine County District Attorney's Office, told reporters no one was charged."
    record = only(extract_attributions(text))
    assert (record.speaker_resolved, record.speaker_type) == ("Tom Hale", "government")
    # (a bare officer's title of a body the gazetteer does not know says nothing of the body)
    text = "Tom Hale, Senior Vice President of Sales for Acme, said the unit sold well."
    record = only(extract_attributions(text))
    assert (record.speaker_resolved, record.speaker_type) == ("Tom Hale", "other")


def test_a_relative_named_again_with_another_possessive_is_the_same_speaker():
    text = (
        "Tom Hale was shot by police. His sister Ann Hale said he had sense. Police said the boy had a gun. "
        "Still, Hale's sister Ann Hale said that a witness saw him."
    )
    assert [r.speaker_resolved for r in extract_attributions(text)] == ["His sister Ann Hale", "Police", "His sister Ann Hale"]
    # (another relative of the same name is another speaker)
    text = "His sister Ann Hale said he had sense. Hale's brother Bob Hale said a witness saw him."
    assert [r.speaker_resolved for r in extract_attributions(text)] == ["His sister Ann Hale", "Hale's brother Bob Hale"]


def test_an_unnamed_person_in_a_place_is_a_resident():
    record = only(extract_attributions('"We were panicked," one woman in Pinetown told the radio station.'))
    assert (record.speaker_resolved, record.speaker_type) == ("one woman in Pinetown", "witness or resident")


def test_what_a_document_verb_shows_after_it_is_not_an_inverted_speaker():
    text = "Police released the footage. The video, taken by a home camera, shows a gray 2000 Chevrolet Impala at the house."
    assert extract_attributions(text) == []
    # (a document before its verb still speaks)
    text = "Police released the footage. The economy is weaker than it was a year ago, a new survey shows."
    assert only(extract_attributions(text)).speaker == "a new survey"


# Round 27: documents' terms, time phrases after names, accounts and tweets, team presidents, polls, state and
# party descriptions, offices of a legislature


def test_the_terms_of_a_bill_are_not_a_speaker():
    text = "According to the terms of the bill, courts could hear the claims."
    assert extract_attributions(text) == []
    text = "The provisions of the deal say that the plant will close in May."
    assert extract_attributions(text) == []


def test_a_time_phrase_after_a_name_is_no_part_of_the_speaker():
    text = "Former Mayor Ann Lee led the city for years. Lee at the time said the budget was sound."
    assert [r.speaker for r in extract_attributions(text)] == ["Lee"]
    assert only(extract_attributions(text)).speaker_resolved == "Former Mayor Ann Lee"


def test_an_account_that_tweets_and_the_tweet_speak_for_its_owner():
    text = (
        "Governor Ann Lee denied the claim on Monday. "
        "Lee’s account tweeted Saturday: “The bridge will reopen.” "
        "Critics said the bridge was unsafe, since, according to the tweet, it would carry trucks."
    )
    resolved = {r.speaker: r.speaker_resolved for r in extract_attributions(text)}
    assert resolved["Lee’s account"] == "Governor Ann Lee"
    assert resolved["the tweet"] == "Governor Ann Lee"


def test_a_team_president_is_no_head_of_state():
    assert classify("Philadelphia 76ers President and General Manager Ed Stefanski") == "other"
    assert classify("Afghan President Hamid Karzai") == "government"


def test_a_poll_is_typed_expert_whoever_published_it():
    text = "An opinion poll published by the Herald newspaper said 80 percent of voters were unhappy."
    assert only(extract_attributions(text)).speaker_type == "expert"
    text = "A new Channel 4 News poll shows the mayor ahead by ten points."
    assert only(extract_attributions(text)).speaker_type == "expert"


def test_a_state_and_party_description_is_the_politician_tagged_so_before():
    text = (
        "Sen. Tom Hale, R-Ariz., said the vote was rushed. Sen. Ann Lee, D-Ariz., disagreed with him. "
        "The Arizona Republican said the bill should wait."
    )
    resolved = [r.speaker_resolved for r in extract_attributions(text)]
    assert resolved[-1] == "Sen. Tom Hale"
    text = "Rep. Ann Lee, D-N.Y., said the bill would pass. The New York Democrat said it was overdue."
    assert [r.speaker_resolved for r in extract_attributions(text)] == ["Rep. Ann Lee", "Rep. Ann Lee"]
    # (no politician tagged with that state: the description stays)
    text = "Rep. Ann Lee, D-N.Y., said the bill would pass. The Ohio Democrat said it was overdue."
    assert [r.speaker_resolved for r in extract_attributions(text)][-1] == "The Ohio Democrat"


def test_an_office_of_a_legislature_is_government():
    assert classify("the Office of the Clerk of the House of Representatives") == "government"
    assert classify("the Senate Office of Public Records") == "government"
    # (a lawmaker's own office stays the lawmaker's)
    assert classify("the Office of Sen. Ann Lee") == "party or politician"


# phrasing sweep: common constructions and titles


def test_a_lowercase_economist_is_an_expert_and_the_magazine_is_media():
    text = "Amy Cole, an economist at a bank, said growth would slow."
    assert only(extract_attributions(text)).speaker_type == "expert"
    assert classify("The Economist") == "other media"


def test_a_school_district_is_government_but_not_its_police():
    record = only(extract_attributions("The school district said counselors would be available."))
    assert (record.speaker, record.speaker_type) == ("The school district", "government")
    assert classify("Police with the Pine Valley School District") == "security forces"


def test_a_body_whose_name_ends_in_of_investigation_speaks():
    text = "The Pellan Bureau of Investigation said the officer fired twice."
    record = only(extract_attributions(text))
    assert (record.speaker, record.speaker_type) == ("The Pellan Bureau of Investigation", "security forces")
    # (an investigation itself is no speaker, capitalised or not)
    assert extract_attributions("Further investigation revealed that the gun was stolen.") == []
    assert extract_attributions("Surveillance Video shows the man ran away.") == []


def test_a_participle_after_a_comma_reports_a_clause_opened_by_a_noun_phrase():
    record = only(extract_attributions("Police released a photo, saying the man was armed."))
    assert (record.speaker, record.cue, record.content.strip()) == ("Police", "saying", "the man was armed")
    text = "The group claimed responsibility, saying the target was a government office."
    assert only(extract_attributions(text)).speaker == "The group"
    # (not across a clause of its own, whose subject the participle may be, nor without the comma)
    text = "Police spent hours there after the parents flagged them down, saying their child was shot."
    assert [r.speaker for r in extract_attributions(text)] != ["Police"]
    assert extract_attributions("Around noon someone called police saying the man was armed.") == []


def test_argued_as_a_quarrel_reports_nothing():
    assert extract_attributions("The two men argued outside the bar before one pulled a gun.") == []
    assert extract_attributions("They argued until he pulled out a gun.") == []
    assert extract_attributions("The pair had argued with a neighbor earlier in the day.") == []
    # (a case made keeps its clause, however far into the sentence, and its plea)
    text = "Prosecutors argued during a hearing before U.S. District Judge Ann Lee that he should stay in jail."
    assert only(extract_attributions(text)).speaker == "Prosecutors"
    assert only(extract_attributions("Lawyers argued for a lower sentence.")).speaker == "Lawyers"
    assert only(extract_attributions("Democrats argued the plan would hurt workers.")).speaker == "Democrats"


def test_a_speaker_who_lives_nearby_is_a_resident():
    record = only(extract_attributions("A man who lives nearby said he heard screaming."))
    assert (record.speaker, record.speaker_type) == ("A man who lives nearby", "witness or resident")
    text = "Ann Lee, who lives next door, said the family was quiet."
    assert only(extract_attributions(text)).speaker_type == "witness or resident"


def test_a_subject_with_a_participle_set_off_by_commas_is_no_inverted_clause():
    record = only(extract_attributions("The report, released Monday, said the city ignored warnings."))
    assert (record.speaker, record.content) == ("The report", "the city ignored warnings")
    text = "The lawsuit, which was filed Friday, said the city ignored warnings."
    assert only(extract_attributions(text)).speaker == "The lawsuit"
    # (a clause with more after the participle's phrase keeps the speaker after the cue)
    text = "The car, stolen earlier, crashed into a pole, said Officer Ann Lee."
    assert only(extract_attributions(text)).speaker == "Officer Ann Lee"


def test_a_document_with_a_participle_and_its_time_speaks_as_the_document():
    record = only(extract_attributions("A study published Tuesday found that the drug cut deaths by half."))
    assert (record.speaker, record.cue) == ("A study", "found")
    record = only(extract_attributions("A report released Monday said the agency ignored warnings."))
    assert record.speaker == "A report"
    # (video shows no one's statement, with a participle or without)
    assert extract_attributions("The video released Monday shows the officer fired twice.") == []


# Round 28: a speaker typed by the description the article gives the name


def test_a_definite_description_takes_up_the_indefinite_one_before():
    text = (
        "A senior Republican congressional aide quit on Monday after a post about the budget. "
        "On Friday, the aide, Ann Lee, wrote that the plan was a disgrace."
    )
    record = only(extract_attributions(text))
    assert record.speaker_resolved == "Ann Lee"
    assert record.speaker_type == "party or politician"
    # (no typed description before: the name stays other)
    text = "The aide quit on Monday. On Friday, the aide, Ann Lee, wrote that the plan was a disgrace."
    assert only(extract_attributions(text)).speaker_type == "other"


def test_an_apposed_role_runs_past_a_place_with_its_state_abbreviation():
    text = '"We will keep pressing," said Ann Lee, president of the Memphis, Tenn., branch of the NAACP, on Monday.'
    assert only(extract_attributions(text)).speaker_type == "NGO or rights group"
    text = '"We will keep pressing," said Ann Lee, president of the Kansas City, Mo., branch of the NAACP.'
    assert only(extract_attributions(text)).speaker_type == "NGO or rights group"


def test_a_kin_noun_of_someone_apposed_inside_a_sentence_types_a_relative():
    text = (
        "The hearing focused on the brother of the suspect's girlfriend, Tom Hale, who sat on the stand. "
        'Hale said he saw the gun.'
    )
    assert [r.speaker_type for r in extract_attributions(text)] == ["witness or resident"]
    # (a possessive's kin inside a sentence is left as it was: often a suspect's)
    text = "Police arrested the suspect's brother, Tom Hale, on Monday. Hale said he saw the gun."
    assert [r.speaker_type for r in extract_attributions(text)] == ["other"]


def test_a_police_department_named_by_its_initials_types_its_spokesperson():
    assert classify("LMPD spokesperson") == "security forces"
    assert classify("a spokeswoman for KPD") == "security forces"
    text = '"It is a very sad day," said Tom Hale, LMPD spokesperson.'
    assert only(extract_attributions(text)).speaker_type == "security forces"
    # (initials that say no more than the role word: a company's spokesman stays other)
    text = '"The deal still needs approval," said Tom Hale, EDS spokesman.'
    assert only(extract_attributions(text)).speaker_type == "other"


def test_a_western_or_foreign_diplomat_is_a_foreign_government():
    assert classify("a Western diplomat") == "foreign government"
    assert classify("foreign diplomats") == "foreign government"
    assert classify("a diplomat") == "government"


def test_the_justice_department_by_its_initials_is_government():
    text = "The DOJ said the officers had been indicted."
    assert only(extract_attributions(text)).speaker_type == "government"


def test_western_observers_are_experts():
    text = "The government promised reform, but Western observers said nothing had changed."
    assert only(extract_attributions(text)).speaker_type == "expert"


# Round 29: held-out batches 44 and 45, extra speakers
def test_an_acronym_closing_the_sentence_after_an_inverted_cue_loses_its_full_stop():
    text = "The new cable will reach the port next year, said the USGS.\n\nWork starts soon."
    assert only(extract_attributions(text)).speaker == "the USGS"
    # (an initial inside a name still reads as one)
    text = '"We are done," said John F. Kennedy.'
    assert only(extract_attributions(text)).speaker == "John F. Kennedy"


def test_a_subject_with_a_verb_of_its_own_before_then_and_a_cue_is_the_speaker():
    text = 'Tom Hale met reporters on Monday.\n\nHe paused, then added: "I do not know that."'
    record = only(extract_attributions(text))
    assert (record.speaker, record.speaker_resolved) == ("He", "Tom Hale")
    text = "Hale hesitated, then said he would stay."
    assert only(extract_attributions(text)).speaker == "Hale"


def test_someone_accused_in_a_case_is_no_speaker():
    text = "A Toledo man accused in a May shooting that killed one entered a plea today."
    assert extract_attributions(text) == []
    text = "The hearing of a teen accused in the shooting death of a girl opened on Wednesday."
    assert extract_attributions(text) == []


def test_a_time_phrase_before_a_participle_cue_is_no_speaker():
    text = 'A day after telling reporters that he was "done with this," Tom Hale spoke again on Monday.'
    assert [r.speaker for r in extract_attributions(text)] == []


def test_the_aide_takes_up_a_spokesperson_described_before():
    text = 'A spokesperson for Tom Hale said the plan was sound. "He works hard," the aide said.'
    assert [r.speaker_resolved for r in extract_attributions(text)] == ["A spokesperson for Tom Hale"] * 2


def test_a_spokesperson_for_a_named_politician_is_typed_as_the_politician():
    text = "Republican Sen. Tom Hale said the bill would pass. A spokesperson for Hale said the vote was set."
    assert [r.speaker_type for r in extract_attributions(text)] == ["party or politician"] * 2


def test_a_politicians_spokesman_named_by_the_possessive_is_typed_as_the_politician():
    text = "Republican Sen. Tom Hale said the bill would pass. Hale's spokesman said the vote was set."
    assert [r.speaker_type for r in extract_attributions(text)] == ["party or politician"] * 2


def test_a_masthead_joined_to_its_place_by_a_hyphen_is_other_media():
    assert classify("the San Diego Union-Tribune") == "other media"
    assert classify("the Pittsburgh Post-Gazette") == "other media"
    assert classify("Coca-Cola") is None


def test_an_advocacy_bodys_officer_by_a_capitalised_title_after_its_name_is_an_ngo():
    assert classify("The National Organization for Women President Tom Hale") == "NGO or rights group"
    assert classify("The Family Research Foundation Director Tom Hale") == "NGO or rights group"


def test_a_news_agency_named_again_by_its_acronym_is_the_agency_described_before():
    text = "Cables were cut, said the Egyptian MENA news agency. The new cable will reach Marseille, said MENA."
    assert [r.speaker_resolved for r in extract_attributions(text)] == ["the Egyptian MENA news agency"] * 2


def test_a_news_agency_by_its_countrys_adjective_and_unknown_initials_is_state_media():
    assert classify("the Egyptian MENA news agency") == "state media"
    # (initials a wire agency has keep it a wire agency)
    assert classify("the French AFP news agency") == "wire agency"


# Round 30: roles and titles of held-out batches 46 and 47


def test_a_role_apposed_with_another_types_its_speaker_as_one_with_a_or_an():
    text = 'A man was shot on Monday. "We are afraid," said Ann Lee, another resident of the block.'
    assert [r.speaker_type for r in extract_attributions(text)] == ["witness or resident"]
    text = 'A man was shot on Monday. "We are afraid," said Ann Lee, another neighbor.'
    assert [r.speaker_type for r in extract_attributions(text)] == ["witness or resident"]
    # (the words of a relative clause after it are no part of the role)
    text = 'A man was shot on Monday. "We are afraid," said Ann Lee, another writer who knew his father.'
    assert [r.speaker_type for r in extract_attributions(text)] == ["other"]


def test_a_community_group_against_violence_is_an_ngo():
    assert classify("the Westside Anti-Violence Association") == "NGO or rights group"
    assert classify("the East End Neighborhood Association") == "NGO or rights group"
    # (an activist stays one, and an association alone is no NGO)
    assert classify("anti-violence activist") == "protester"
    assert classify("the Kentucky High School Athletic Association") is None
    text = 'Two men were shot. "Stay at school," said Ann Lee of the Westside Anti-Violence Association.'
    assert [r.speaker_type for r in extract_attributions(text)] == ["NGO or rights group"]


def test_a_student_at_a_university_is_no_expert():
    assert classify("a student at the University of Dayton in Ohio") == "witness or resident"
    assert classify("a university student") == "witness or resident"
    assert classify("a professor at the University of Dayton") == "expert"
    text = 'Shots rang out downtown. "I ran," said Ann Lee, 22, a student at the University of Ohio.'
    assert [r.speaker_type for r in extract_attributions(text)] == ["witness or resident"]


def test_an_admiral_is_security_forces_and_the_maritime_bureau_an_expert():
    assert classify("U.S. Vice Adm. Tom Hale") == "security forces"
    assert classify("Rear Admiral Tom Hale") == "security forces"
    assert classify("the International Maritime Bureau") == "expert"


def test_a_security_vendors_staff_are_experts():
    assert classify("director of research at cloud security vendor Acme") == "expert"
    text = 'Microsoft patched the flaw. "It is bad," said Tom Hale, director of DevOps at cloud security vendor Acme.'
    assert [r.speaker_type for r in extract_attributions(text)] == ["expert"]


def test_bloomberg_news_is_other_media():
    assert classify("Bloomberg News") == "other media"
    assert classify("the Bloomberg article") == "other media"


# Round 31: descriptions taken up again, a speaker after "and", roles after a comma


def test_the_spokesman_takes_up_the_spokesman_described_before():
    text = (
        "A police spokeswoman said the road was closed. The shop reopened at noon, the spokeswoman said. "
        '"We thank the community," she added.'
    )
    records = extract_attributions(text)
    assert [r.speaker_resolved for r in records] == ["A police spokeswoman"] * 3
    assert {r.speaker_type for r in records} == {"security forces"}


def test_the_military_is_the_service_the_article_names_with_its_country():
    text = (
        "The navy seized two boats, the military said. The Indian military said the crew surrendered, "
        "and it added that the boats were towed."
    )
    assert [r.speaker_resolved for r in extract_attributions(text)] == ["The Indian military"] * 3
    # (two services of the kind named: the bare one stays as written)
    text = "The army said it was checking. The Israeli army and the Egyptian army met."
    assert extract_attributions(text)[0].speaker_resolved == "The army"


def test_the_release_takes_up_the_statement_a_speaker_gave():
    text = (
        "Detroit police said in a statement that the man fled. He drove a blue pickup, according to the release. "
        "The boy is in critical condition, the release said."
    )
    assert [r.speaker_resolved for r in extract_attributions(text)][1:] == ["Detroit police"] * 2


def test_the_site_is_the_website_an_apposition_named():
    text = (
        "The photo was first reported by DailyWire.com, a website run by a commentator. "
        "The site said the photo was sent to a student."
    )
    last = extract_attributions(text)[-1]
    assert (last.speaker, last.speaker_resolved, last.speaker_type) == ("The site", "DailyWire.com", "other media")


def test_the_nominee_is_the_candidate_who_spoke_last():
    text = (
        "Ann Hale swiftly responded, telling reporters the remarks were wrong. "
        "“It is a disgrace,” the presumptive Republican nominee said."
    )
    assert [r.speaker_resolved for r in extract_attributions(text)] == ["Ann Hale", "Ann Hale"]


def test_a_person_named_after_a_candidate_noun_is_a_politician():
    text = (
        "Democratic presidential hopeful Ann Hale spoke in Iowa on Sunday. "
        '"There should be no deal," Ann Hale said.'
    )
    assert [r.speaker_type for r in extract_attributions(text)] == ["party or politician"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The lookout was canceled late Monday evening and police said they had the man.", "police"),
        ("The alarm ended Monday and the mayor said the school would open.", "the mayor"),
        # (no clause before the "and": one speaker of two, or a participle before its complement)
        ("The injured man and his wife said they were fine.", "The injured man and his wife"),
        ("Smith and Jones said they were fine.", "Smith and Jones"),
    ],
)
def test_a_clause_then_and_leaves_the_subject_after_it(text, speaker):
    assert [r.speaker for r in extract_attributions(text)] == [speaker]


def test_a_participle_before_its_complement_is_no_clause():
    text = "A man accused of shooting at cars and police on a highway told investigators he was angry."
    assert "police on a highway" not in [r.speaker for r in extract_attributions(text)]


def test_a_place_abbreviation_before_a_body_word_ends_no_sentence():
    from workbench.extract.text import split_sentences

    text = "The man was caught and D.C. Police said they had him. He lived in Washington, D.C. Jackson said he knew him."
    assert [s.text[:12] for s in split_sentences(text)] == ["The man was ", "He lived in ", "Jackson said"]
    records = extract_attributions(text)
    assert [r.speaker for r in records] == ["D.C. Police", "Jackson"]


@pytest.mark.parametrize(
    "text",
    [
        "The boy, 17, died an hour after arriving at the hospital, said Cpl. Tom Hale, a police spokesman.",
        "The boy, identified as Ann Lee of Dewey Court, died at the hospital, said Cpl. Tom Hale, a police spokesman.",
    ],
)
def test_a_name_and_its_description_after_the_cue_are_the_speaker(text):
    records = extract_attributions(text)
    assert [(r.speaker, r.content[:7]) for r in records] == [("Cpl. Tom Hale", "The boy")]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ('Shots rang out. "It was quiet," said Ann Lee, neighbor.\n\nPolice are investigating.', "witness or resident"),
        ('Shots rang out. "We want calm," said Ann Lee, Westside Neighborhood Association.It is a start.', "NGO or rights group"),
    ],
)
def test_a_bare_role_or_body_closing_the_sentence_types_the_name(text, kind):
    assert [r.speaker_type for r in extract_attributions(text)] == [kind]


def test_a_title_written_out_in_the_fullest_name_is_not_doubled_and_a_nomination_makes_a_candidate():
    text = (
        "Sheriff Joe Lane endorsed three term Texas Governor Tom Hale for the Republican presidential nomination. "
        '"I am honored to have his support for my presidential campaign," said Gov. Hale.'
    )
    last = extract_attributions(text)[-1]
    assert (last.speaker_resolved, last.speaker_type) == ("Texas Governor Tom Hale", "party or politician")


def test_an_outlets_article_named_with_the_outlet_is_that_outlet():
    text = (
        "Service in Egypt was cut, according to Bloomberg News. "
        "Service in India was also cut, the Bloomberg article said."
    )
    assert [r.speaker_resolved for r in extract_attributions(text)] == ["Bloomberg News", "Bloomberg News"]


# Round 32: faults of held-out batches 48 and 49


def test_a_detective_written_det_is_security_forces():
    assert classify("Det. Ann Lee") == "security forces"
    text = 'He shot a man who drew a gun on his partner, Det. Ann Lee. "He was brave," said Lee, a longtime friend.'
    assert [(r.speaker_resolved, r.speaker_type) for r in extract_attributions(text)] == [("Det. Ann Lee", "security forces")]


def test_a_website_named_with_its_owner_speaks_for_the_owner():
    text = "The websites of Acme and Brightnet still said that the service was slow."
    [r] = extract_attributions(text)
    assert (r.speaker_resolved, r.speaker_type) == ("Acme and Brightnet", "other")
    [r] = extract_attributions("Acme's website said the service was down.")
    assert (r.speaker_resolved, r.speaker_type) == ("Acme", "other")


def test_a_persons_lawyer_named_after_the_noun_is_other():
    assert classify("President Trump’s attorney Ty Cobb") == "other"
    assert classify("Gov. Ann Lee's lawyer Tom Hale") == "other"
    assert classify("the state's attorney John Smith") == "government"
    text = "President Lee's attorney Tom Hale told reporters that there was no legal issue."
    assert [r.speaker_type for r in extract_attributions(text)] == ["other"]


def test_a_demeanour_adjective_and_began_are_cut_from_the_speaker():
    text = 'An incredulous Tom Hale began his interview with Lee on Sunday by asking, "What were you thinking?"'
    [r] = extract_attributions(text)
    assert (r.speaker, r.speaker_resolved) == ("An incredulous Tom Hale", "Tom Hale")


def test_a_departments_media_affairs_office_is_no_outlet():
    assert classify("Fire Media Affairs") == "government"
    assert classify("MPD Media Affairs") == "security forces"
    text = "Paramedics took two victims to the hospital, according to Fire Media Affairs."
    assert [r.speaker_type for r in extract_attributions(text)] == ["government"]


def test_a_named_lawmakers_office_is_typed_as_the_lawmaker():
    text = "Rep. Ann Lee said she was hacked. Lee's office initially said the account was hacked."
    assert [r.speaker_type for r in extract_attributions(text)] == ["party or politician", "party or politician"]


def test_a_guest_of_the_hotel_is_a_witness_or_resident():
    assert classify("a guest of the hotel") == "witness or resident"
    assert classify("hotel guest Tom Hale") == "witness or resident"
    text = 'Shots rang out in the lot. "They were screaming," said Tom Hale, a guest of the hotel.'
    assert [r.speaker_type for r in extract_attributions(text)] == ["witness or resident"]


def test_a_lists_dash_glued_to_the_speaker_is_cut():
    text = "The points follow.\n\n-The mayor's campaign admits that it cut the quotes."
    assert [r.speaker for r in extract_attributions(text)] == ["The mayor's campaign"]


def test_a_quoted_shows_title_is_no_person_for_a_pronoun():
    text = (
        'A more congenial Tom Hale doubled down in an interview Sunday on CBS\'s "Face the Nation," where he '
        "defended his recent claims that testing results in abortions."
    )
    assert [r.speaker_resolved for r in extract_attributions(text)] == ["Tom Hale"]
    text = 'One resident, a writer named "Block Life," said the area is violent. "It is terrible," he said.'
    assert "Block Life" in {r.speaker_resolved for r in extract_attributions(text)}


def test_a_confirmed_name_is_an_identification_not_a_statement():
    text = "Family and friends have confirmed the names of the four men killed on Thursday."
    assert extract_attributions(text) == []
    text = "The family confirmed that the men were killed on Thursday."
    assert [r.speaker for r in extract_attributions(text)] == ["The family"]


def test_a_date_with_the_day_before_the_month_is_skipped_before_that():
    text = "Acme announced on 12 October 2011 that its services were running again."
    [r] = extract_attributions(text)
    assert (r.speaker, r.content) == ("Acme", "its services were running again")


# Round 34: held-out batches 52 and 53


def test_a_refugee_speaks_as_a_resident_and_a_refugee_agency_as_a_body():
    text = '"We ran when the planes came," said Tom Hale, a refugee from the hills.'
    assert [r.speaker_type for r in extract_attributions(text)] == ["witness or resident"]
    text = "Tom Hale, the top UN refugee official in the region, said the camp was full."
    assert [r.speaker_type for r in extract_attributions(text)] == ["international body"]


def test_a_politicians_chief_of_staff_apposed_to_a_name_is_typed_as_the_politician():
    text = 'Rep. Tom Hale (R-Texas) is resigning. "He is waiting," Ann Lee, Hale’s chief of staff, told reporters.'
    types = {r.speaker_resolved: r.speaker_type for r in extract_attributions(text)}
    assert types["Ann Lee"] == "party or politician"
    text = 'Rep. Tom Hale (R-Texas) is resigning. "He was wrong," Ann Lee, Hale’s former chief of staff, told reporters.'
    types = {r.speaker_resolved: r.speaker_type for r in extract_attributions(text)}
    assert types["Ann Lee"] == "other"


def test_a_surname_resolves_to_the_name_a_doctors_honorific_opens():
    text = "Dr. Lisa Hale, an internist, examined her. She tested negative for clotting, Hale said."
    assert [r.speaker_resolved for r in extract_attributions(text)] == ["Lisa Hale"]


def test_a_lawmakers_seniority_before_the_title_still_takes_up_the_named_lawmaker():
    text = 'Rep. Tom Hale (R-Texas) is resigning, he announced Friday. "I had no idea," the four-term congressman said.'
    assert {r.speaker_resolved for r in extract_attributions(text)} == {"Rep. Tom Hale"}


def test_a_title_case_headline_names_no_other_lawmaker():
    text = (
        "GOP Rep. Tom Hale Resigns After Harassment Claims\n\nRep. Tom Hale (R-Texas) is resigning, he announced "
        'Friday. "I had no idea," the four-term congressman said.'
    )
    assert {r.speaker_resolved for r in extract_attributions(text)} == {"Rep. Tom Hale"}


def test_a_governor_who_announces_a_run_for_a_nomination_is_a_candidate():
    text = (
        "Tom Hale, the minister who became Arkansas governor, announced Tuesday he'll run for the 2016 Republican "
        'presidential nomination. "I am a candidate," Hale said.'
    )
    assert {r.speaker_type for r in extract_attributions(text)} == {"party or politician"}
    text = 'Tom Hale, the minister who became Arkansas governor, ran for the nomination in 2008. "It is done," Hale said.'
    assert {r.speaker_type for r in extract_attributions(text)} == {"government"}


def test_a_month_after_in_is_skipped_after_the_cue_and_a_days_possessive_is_kept():
    [r] = extract_attributions("Hale used $84,000 to settle a lawsuit, Politico reported in December.")
    assert (r.speaker, r.content) == ("Politico", "Hale used $84,000 to settle a lawsuit")
    [r] = extract_attributions("Police said in December that Hale settled a lawsuit.")
    assert r.content == "Hale settled a lawsuit"
    [r] = extract_attributions("Police said Wednesday's shooting started with an argument.")
    assert r.content == "Wednesday's shooting started with an argument"


# Round 33: faults of held-out batches 50 and 51


def test_a_role_of_a_lawmaker_with_a_party_tag_types_the_speaker():
    text = (
        "Ann Lee, the communications director for Rep. Tom Hale (R-Tenn.), wrote that the vote would be close. "
        '"We will see," Lee said.'
    )
    assert {r.speaker_type for r in extract_attributions(text)} == {"party or politician"}


def test_a_spokesperson_of_a_government_body_without_an_article_types_the_speaker():
    text = "Tom Hale, spokesman for the coroner's office, said the man was shot twice."
    assert [r.speaker_type for r in extract_attributions(text)] == ["government"]


def test_a_spokesperson_apposed_for_a_named_person_is_typed_as_that_person():
    text = (
        "Senator Tom Hale said the bill would pass. Ann Lee, a spokeswoman for Mr. Hale, said the vote was set "
        "for Friday."
    )
    types = {r.speaker_resolved: r.speaker_type for r in extract_attributions(text)}
    assert types["Ann Lee"] == types["Senator Tom Hale"] == "party or politician"


def test_a_bare_person_or_driver_is_typed_a_witness():
    text = "The car hit a pole on Main Street. The driver told the officer her friend had been shot."
    assert [r.speaker_type for r in extract_attributions(text)] == ["witness or resident"]
    text = "The quake shook the valley, and one person said she was nearly knocked out of her chair."
    assert [r.speaker_type for r in extract_attributions(text)] == ["witness or resident"]


def test_a_representative_for_a_person_or_a_company_is_no_lawmaker():
    text = '"He did not know about the photo," a representative for Hale told the newspaper.'
    assert [r.speaker_type for r in extract_attributions(text)] == ["other"]
    text = "A representative for the company said the store would reopen on Monday."
    assert [r.speaker_type for r in extract_attributions(text)] == ["other"]


def test_a_spokesperson_of_unknown_initials_is_typed_by_the_name_spelled_out_or_other():
    text = "An XFL spokesman said the league would await the court's ruling."
    assert [r.speaker_type for r in extract_attributions(text)] == ["other"]
    text = (
        "Deputies of the Pasco County Sheriff's Office were called to the house. A PCSO spokesperson said the "
        "man was arrested."
    )
    assert {r.speaker_type for r in extract_attributions(text)} == {"security forces"}


def test_a_group_of_the_residents_of_listed_places_is_one_speaker():
    text = "Residents of Alton, Brookfield and Cedar Hill told the newspaper that they felt the quake."
    assert [(r.speaker, r.speaker_type) for r in extract_attributions(text)] == [
        ("Residents of Alton, Brookfield and Cedar Hill", "witness or resident")
    ]
    text = "Numerous residents of Alton, Brookfield, Dover and Cedar Hill also reported feeling it."
    assert [r.speaker for r in extract_attributions(text)] == ["Numerous residents of Alton, Brookfield, Dover and Cedar Hill"]


def test_a_news_piece_in_a_publication_is_resolved_to_the_publication():
    text = "According to a 1997 article in Quill, Lee said she applied to law school."
    first = extract_attributions(text)[0]
    assert (first.speaker_resolved, first.speaker_type) == ("Quill", "other media")


def test_a_correction_of_the_piece_s_earlier_version_is_no_speaker():
    text = "Correction: An earlier version of this post said the senator was from Arizona."
    assert extract_attributions(text) == []


def test_a_speaker_with_no_role_who_speaks_of_a_son_or_a_daughter_is_a_relative():
    text = (
        "Two people were shot on Elm Street on Monday.\n\n"
        '"He was not a gangster," Ann Lee said of her son. "I was so proud of him."\n\n'
        'Lee said her son was leaving for the Army in nine days.'
    )
    assert {r.speaker_type for r in extract_attributions(text)} == {"witness or resident"}
    # (a spouse is spoken of by anyone, the famous too; and a speaker the article gives a role keeps its type)
    text = '"I would like to thank my wife Portia," Ellen DeGeneres said.'
    assert [r.speaker_type for r in extract_attributions(text)] == ["other"]
    text = "Police Chief Tom Hale said her son was shot twice."
    assert [r.speaker_type for r in extract_attributions(text)] == ["security forces"]
    text = "Tom Hale, 20, was charged with murder on Monday. Hale said his son found the gun under the bed."
    assert [r.speaker_type for r in extract_attributions(text)] == ["other"]


def test_a_cue_in_the_progressive_has_the_subject_before_its_auxiliary():
    for text, speaker in [
        ("Authorities are saying that the incident was a suicide.", "Authorities"),
        ("As the storm nears, officials are warning that the river will flood.", "officials"),
        ("Investigators have been saying they believe the shooting was accidental.", "Investigators"),
    ]:
        assert [r.speaker for r in extract_attributions(text)] == [speaker]
    # (not the past, which narrates, nor a participle that is no statement: "is adding a port")
    assert extract_attributions("The man was telling jokes at the bar when the lights went out.") == []
    assert extract_attributions("Apple is adding a mini display port to the new models.") == []


def test_a_police_force_named_after_a_name_closing_the_sentence_types_the_name():
    text = '"She was taken to the hospital," said Carroll Smith, Killeen Police Dept.'
    assert [r.speaker_type for r in extract_attributions(text)] == ["security forces"]


def test_a_speaker_with_no_role_whom_the_text_says_was_wounded_is_a_victim():
    text = (
        "Three people were hurt in the shooting on Elm Street.\n\n"
        "Ann Lee sustained a gunshot wound to the lower back. Lee told police she was sitting on the couch."
    )
    assert {r.speaker_type for r in extract_attributions(text)} == {"witness or resident"}
    text = "Tom Hale was shot in the leg, police said. Hale said he did not see the gunman."
    assert {r.speaker_type for r in extract_attributions(text) if r.speaker_resolved == "Tom Hale"} == {
        "witness or resident"
    }


def test_a_name_whom_the_text_puts_at_the_scene_when_shots_rang_out_is_a_witness():
    text = (
        "Tom Hale was in the back of the social club, playing dice, when he heard shots. "
        '"The guy opened the door and shot him twice," Hale said.'
    )
    assert [r.speaker_type for r in extract_attributions(text)] == ["witness or resident"]


def test_people_outside_or_nearby_are_witnesses():
    text = "People outside said they saw two men with guns trying to get in, then running away."
    assert [r.speaker_type for r in extract_attributions(text)] == ["witness or resident"]
    assert classify("people nearby") == classify("passersby") == "witness or resident"


@pytest.mark.parametrize(
    "phrase",
    ["Democratic Attorney General Richard Blumenthal", "Senate President Mike Thibodeau"],
)
def test_a_party_label_before_a_title_or_a_legislature_s_president_is_a_politician(phrase):
    assert classify(phrase) == "party or politician"


@pytest.mark.parametrize(
    "text",
    [
        "Republican officials defended their party's Senate nominee, Roy S. Moore, on Friday. Moore said the report "
        "was false.",
        "One candidate, Scott Smith, the mayor of Mesa, said that the bill went too far.",
        "New Jersey Gov. Chris Christie (R) announced he's running for president in 2016. Christie said he would win.",
    ],
)
def test_a_candidate_is_a_politician_whatever_office_he_holds(text):
    assert {r.speaker_type for r in extract_attributions(text)} == {"party or politician"}


@pytest.mark.parametrize(
    "text",
    [
        "Donald J. Trump met donors on Monday. Mr. Trump, the presumptive Republican nominee, said the remarks were "
        "a disgrace.",
        "Hillary Clinton tweeted that she had asked for the emails to be released. Clinton, who is often described as "
        "the Democratic presidential frontrunner, has faced scrutiny.",
    ],
)
def test_a_name_described_as_a_candidate_after_its_surname_is_a_politician(text):
    assert {r.speaker_type for r in extract_attributions(text)} == {"party or politician"}


def test_a_daily_called_by_its_short_name_is_the_media():
    assert [r.speaker_type for r in extract_attributions("The Post says a crowd looted a pharmacy.")] == ["other media"]
    text = "Bridges told the Joplin Globe he can't say who shot the girl."
    assert [r.medium for r in extract_attributions(text)] == ["the Joplin Globe"]
    assert classify("Zigmond Post") is None  # (a surname)


def test_a_vow_a_pledge_or_a_promise_with_an_infinitive_is_a_statement():
    for text, speaker in [
        ("Prime Minister Costas Karamanlis has pledged to ensure security.", "Prime Minister Costas Karamanlis"),
        ("Senate Democrats vowed to filibuster the nomination.", "Senate Democrats"),
        ("The police chief promised to go after those responsible.", "The police chief"),
        ("They vowed Congress would defend its authority.", "They"),
    ]:
        assert [r.speaker for r in extract_attributions(text)] == [speaker]
    # ("promises to be" foretells, as "it promises to be a bruising campaign")
    assert extract_attributions("It promises to be another bruising campaign in the spring.") == []


def test_a_request_for_something_is_a_statement():
    for text, content in [
        ("Judge Ann Lee asked for psychiatric reports to be completed before the next hearing.",
         "for psychiatric reports to be completed before the next hearing"),
        ("The family asks for privacy at this time.", "for privacy at this time"),
        ("Police are asking for the public's help to identify the men.", "for the public's help to identify the men"),
    ]:
        assert [r.content for r in extract_attributions(text)] == [content]
    # (an appeal with an object and an infinitive stays out, as the gold set leaves "Police are asking anyone with
    # information to call them" out)
    assert extract_attributions("Police are asking anyone with information to call them.") == []


def test_panning_ripping_or_lambasting_with_its_grounds_is_a_statement():
    for text in [
        'Republicans panned the call as "ridiculous."',
        "Donald Trump ripped President Obama for avoiding the term.",
        "Tom Hale lambasted prosecutors for pushing for such a long prison term.",
    ]:
        assert len(extract_attributions(text)) == 1
    assert extract_attributions("A fire ripped through the store on Monday.") == []


@pytest.mark.parametrize(
    "text, speaker",
    [
        ("Fanning couldn't say if anyone else was in the building, but said no one else was injured.", "Fanning"),
        ("They aren't telling us her name, but are saying she's in critical condition.", "They"),
    ],
)
def test_a_negated_verb_s_subject_is_the_speaker_of_the_cue_coordinated_with_it(text, speaker):
    assert [r.speaker for r in extract_attributions(text)] == [speaker]


def test_describe_with_a_plural_subject_and_a_refusal_before_a_coordinated_cue():
    text = "The neighborhood is mostly made up of families, and residents describe it as peaceful and quiet."
    assert [r.speaker for r in extract_attributions(text)] == ["residents"]
    text = "Lieutenant Ann Lee declined to describe the bomb in detail but indicated it was powerful."
    assert [r.speaker for r in extract_attributions(text)] == ["Lieutenant Ann Lee"]
    text = "Tom Hale wouldn’t describe the shooting, but said the gun was only left unattended."
    assert [r.speaker for r in extract_attributions(text)] == ["Tom Hale"]


def test_political_camps_and_advocates_named_by_a_plural_are_speakers_of_their_kind():
    text = "But even some of the most ardent conservatives say consensus is forming around a package."
    assert [(r.speaker, r.speaker_type) for r in extract_attributions(text)] == [
        ("even some of the most ardent conservatives", "party or politician")
    ]
    assert classify("environmentalists") == classify("civil libertarians") == "NGO or rights group"
    assert classify("liberals") == "party or politician"


def test_the_spokesperson_of_a_body_the_gazetteer_types_other_is_other():
    text = "Academy spokeswoman Leslie Unger said the show would go on."
    assert [r.speaker_type for r in extract_attributions(text)] == ["other"]


def test_a_speaker_who_lost_a_child_or_is_named_by_age_alone_is_a_relative_too():
    text = "Umm Ibrahim said she had lost an eight-year-old daughter and two sons in the shelling."
    assert [r.speaker_type for r in extract_attributions(text)] == ["witness or resident"]
    text = "Two people died in the blast.\n\n25-year-old Guzel said she had come to watch her daughter perform."
    assert [r.speaker_type for r in extract_attributions(text)] == ["witness or resident"]


def test_a_rights_organization_is_an_ngo():
    assert classify("the country's largest civil rights organization") == "NGO or rights group"
    assert classify("a human rights organisation") == "NGO or rights group"


def test_the_special_counsel_and_the_irs_are_government():
    assert classify("special counsel Robert Mueller") == classify("the IRS") == "government"
    assert classify("the Internal Revenue Service") == "government"


def test_media_reports_cited_by_according_to_are_the_media():
    text = "According to media reports, the president saw the step as necessary."
    assert [(r.speaker, r.speaker_type) for r in extract_attributions(text)] == [("media reports", "other media")]
    # (reports naming no kind of source stay unsourced)
    assert extract_attributions("According to reports from the scene, he left before the police came.") == []


def test_an_outlet_relaying_a_quotation_after_a_phrase_of_time_or_place_is_a_speaker_too():
    text = '"Stay down," police said once Gray had been hit, according to the New York Times.'
    assert [r.speaker for r in extract_attributions(text)] == ["the New York Times", "police"]
    text = '"We will win," Biden said at a rally in Ohio, according to AFP.'
    assert [r.speaker for r in extract_attributions(text)] == ["AFP", "Biden"]


def test_a_name_after_a_place_down_the_street_named_is_a_neighbour():
    text = "Police cordoned off the street.\nDown the street at Paperny Films, John Christie said the staff stayed inside."
    assert [r.speaker_type for r in extract_attributions(text)] == ["witness or resident"]


def test_a_source_cited_after_as_at_the_end_of_a_clause_is_its_speaker():
    text = "It measured 3.0 on the Richter scale, as Lake County News has reported."
    assert [(r.speaker, r.content) for r in extract_attributions(text)] == [
        ("Lake County News", "It measured 3.0 on the Richter scale")
    ]


def test_a_page_s_buttons_and_captions_glued_before_a_speaker_are_dropped():
    text = "Image 4 of 5 Bridgeport police said the men fled in a car."
    assert [r.speaker_resolved for r in extract_attributions(text)] == ["Bridgeport police"]
    text = "Advertisement Orlando police said the men fled in a car."
    assert [r.speaker_resolved for r in extract_attributions(text)] == ["Orlando police"]


def test_kin_spoken_of_in_a_story_that_tells_of_no_one_hurt_make_no_victim_s_relative():
    text = '"Deb and my kids have been the best things that have ever happened to me," Laurence Mark said.'
    assert [r.speaker_type for r in extract_attributions(text)] == ["other"]


def test_a_cue_coordinated_with_the_sentence_s_first_verb_has_its_subject():
    text = "Jay Roberts, 60, lives nearby and said the game was one of the few moments without politics."
    assert [r.speaker for r in extract_attributions(text)] == ["Jay Roberts"]
    text = "The man who killed three officers sought to change his name last year and said he was a sovereign."
    assert all(r.speaker != "The man who" for r in extract_attributions(text))


def test_a_speaker_with_no_role_who_speaks_of_its_place_nearby_is_a_neighbour():
    text = "A man was shot on Main Street. Tom Hale said he looked outside his nearby office to see the street closed."
    assert [r.speaker_type for r in extract_attributions(text)] == ["witness or resident"]


def test_tea_party_and_conservative_activists_are_politicians():
    assert classify("Tea party organizers") == classify("conservative activists") == "party or politician"
    assert classify("activists") == "protester"


def test_calls_and_accusations_in_the_progressive_or_as_participles_are_cues():
    text = "Prominent Republicans are calling for Gov. Jan Brewer to veto the bill."
    assert [(r.speaker, r.cue) for r in extract_attributions(text)] == [("Prominent Republicans", "calling")]
    text = "Sen. Ted Cruz on Friday lashed out at Donald Trump, accusing the billionaire of enlisting allies."
    assert [(r.speaker, r.cue) for r in extract_attributions(text)] == [("Sen. Ted Cruz", "accusing")]
    # without its complement the participle is no cue and ends no statement; a refusal to call is none
    text = "The witness said the man ran outside, dropping the gun and calling 911."
    assert [r.content for r in extract_attributions(text)] == ["the man ran outside, dropping the gun and calling 911"]
    text = "Police are calling the shooting accidental and said the boy's step-father pulled the trigger."
    assert [(r.speaker, r.cue) for r in extract_attributions(text)] == [("Police", "said")]
    text = "Lee said he would back the bill, but stopped short of calling for a path to citizenship."
    assert [r.cue for r in extract_attributions(text)] == ["said"]


def test_a_plural_title_opens_the_list_of_names_that_speaks_jointly():
    text = "U.S. Reps. John Lewis, Andre Carson and Emanuel Cleaver said they heard the slurs."
    assert [r.speaker for r in extract_attributions(text)] == ["U.S. Reps. John Lewis, Andre Carson and Emanuel Cleaver"]


def test_a_definite_description_by_a_known_role_takes_up_the_person_named_with_it():
    text = "Pastor Ann Lee said the church was full. The pastor said the vigil would go on."
    assert [r.speaker_resolved for r in extract_attributions(text)] == ["Pastor Ann Lee", "Pastor Ann Lee"]
    # an unnamed speaker with that role since then is the one taken up
    text = (
        '"It was loud," neighbor Tom Hale said. Another neighbor who declined to give her name said she hid. '
        "The neighbor said she was scared."
    )
    assert [r.speaker_resolved for r in extract_attributions(text)][-1] == "Another neighbor who declined to give her name"


def test_a_rank_written_out_takes_up_the_person_named_with_its_abbreviation():
    text = "Delgado lived nearby, said sheriff's Lt. Dave Coleman. He was shot twice, the lieutenant said."
    assert [r.speaker_resolved for r in extract_attributions(text)][-1] == "sheriff's Lt. Dave Coleman"


def test_a_judgement_in_the_passive_with_its_agent_named_is_the_agent_s():
    text = "The bill has been criticized by civil libertarians and Republicans over First Amendment concerns."
    assert [(r.speaker, r.cue) for r in extract_attributions(text)] == [
        ("civil libertarians and Republicans", "criticized")
    ]


def test_a_dash_after_a_speaker_s_name_opens_an_aside_not_the_name():
    text = "Ted Kaczynski -- who killed 3 people in bombings -- told the paper the letter reminded him of his own."
    assert [r.speaker for r in extract_attributions(text)] == ["Ted Kaczynski"]


def test_acquaintances_colleagues_and_observers_speak_after_a_clause():
    text = "The men have a filial connection: acquaintances said that their daughters are friends."
    assert [r.speaker for r in extract_attributions(text)] == ["acquaintances"]
    text = "He was a fanatic about boxing, and colleagues described him as someone who lived for police work."
    assert [r.speaker for r in extract_attributions(text)] == ["colleagues"]


def test_at_first_after_a_speaker_is_no_part_of_it():
    text = "Police at first told reporters that the building was safe."
    assert [r.speaker for r in extract_attributions(text)] == ["Police"]


def test_the_company_is_the_company_named_before_it_in_its_sentence():
    text = (
        "She forwarded mail to her Yahoo account in 2009. In 2013, Yahoo was hacked, and the company said that "
        "all accounts were affected."
    )
    assert [r.speaker_resolved for r in extract_attributions(text)] == ["Yahoo"]


def test_a_characterisation_in_quotation_marks_of_a_pronoun_or_a_long_object_is_a_statement():
    text = 'Chelsea Clinton called it "vile and wrong" in a Twitter post.'
    assert [r.speaker for r in extract_attributions(text)] == ["Chelsea Clinton"]
    text = "Some Republican senators called the idea of Lieberman replacing Comey “intriguing.”"
    assert [r.speaker for r in extract_attributions(text)] == ["Some Republican senators"]


def test_well_known_bodies_of_us_and_world_news_are_typed_by_the_gazetteer():
    assert classify("The AARP") == "NGO or rights group"
    assert classify("the rifle association’s executive director") == "NGO or rights group"
    assert classify("A coalition of groups") == "NGO or rights group"
    assert classify("Trustees of the Social Security and Medicare Trust Fund") == "government"
    assert classify("a Social Security expert") == "expert"  # (a generic word: a specific one wins)
    assert classify("the Office of Management and Budget") == "government"
    assert classify("Assistant Solicitor Rame Campbell") == "government"
    assert classify("Assistant Commonwealth’s Attorney Artisha Todd") == "government"
    assert classify("an affidavit of complaint") == "government"
    assert classify("police affidavits") == "security forces"  # (generic: a body named with it wins)
    assert classify("cops") == "security forces"
    assert classify("U.S. Immigration and Customs Enforcement") == "security forces"
    assert classify("the Fraternal Order of Police") == "NGO or rights group"
    assert classify("the International Atomic Energy Agency") == "international body"
    assert classify("multiple reports") == "other media"
    assert classify("The Canadian Press") == "wire agency"


def test_a_bare_role_in_a_body_the_gazetteer_names_as_the_government_s_types_its_holder():
    text = '"We have a little bit of time," said Jack Lew, director of the Office of Management and Budget.'
    assert [r.speaker_type for r in extract_attributions(text)] == ["government"]
    # (not a department of any body: a generic word alone says too little of whose it is)
    text = '"It is rare," said Ann Lee, chairman of the Department of Medicine at the Mount Kisco Medical Group.'
    assert [r.speaker_type for r in extract_attributions(text)] != ["government"]
    text = '"He was threatened," said Ann Lee, during his client\'s arraignment at Brooklyn Criminal Court.'
    assert [r.speaker_type for r in extract_attributions(text)] != ["government"]
    text = '"We all wish him the best," said Red Christensen, vice president of the cab company.'
    assert [r.speaker_type for r in extract_attributions(text)] != ["government"]


def test_a_role_in_a_body_described_after_it_as_an_organisation_takes_the_body_s_type():
    text = "Ann Lee, president of the Smith Project, an advocacy group here, said the study was flawed."
    assert [r.speaker_type for r in extract_attributions(text)] == ["NGO or rights group"]
    text = "Ann Lee, the founder of Smith Works, a gay rights organization, said the study was flawed."
    assert [r.speaker_type for r in extract_attributions(text)] == ["NGO or rights group"]
    text = "Ann Lee, a reporter for the Smith Courant, a local newspaper, said the study was flawed."
    assert [r.speaker_type for r in extract_attributions(text)] == ["other media"]


def test_an_officer_of_a_body_named_or_called_by_an_advocacy_body_s_word_is_the_body_s_without_other_match():
    # ("director" alone is no word of the gazetteer, so these matched nothing)
    assert classify("the association’s executive director") == "NGO or rights group"
    assert classify("the Smith Coalition's executive director") == "NGO or rights group"
    assert classify("executive director of the Smith Coalition") == "NGO or rights group"
    assert classify("the firm's executive director") is None


def test_a_well_known_politician_named_without_a_role_is_a_politician():
    text = "Rick Santorum lashed out at the Republican establishment. He said the report was false."
    assert [r.speaker_type for r in extract_attributions(text)] == ["party or politician"]
    # (a title the article gives types the name as ever)
    text = "Senate Majority Leader Harry Reid said the report was false."
    assert [r.speaker_type for r in extract_attributions(text)] == [classify("Senate Majority Leader")]
    # (nor a namesake in a story that is not on politics)
    text = '"It is the foundation of IT," said John McCain, senior vice president and general manager, HP Services.'
    assert [r.speaker_type for r in extract_attributions(text)] == ["other"]


def test_local_officers_federal_initials_armed_forces_and_dailies_are_typed_by_the_gazetteer():
    assert classify("the DA") == "government"
    assert classify("Cincinnati City Manager Harry Black") == "government"
    assert classify("Magistrate Jane Rice") == "government"
    assert classify("the Congressional Research Service") == "government"
    assert classify("the USGS") == "expert"
    assert classify("The Israeli Defence Forces") == "security forces"
    assert classify("the LASD") == "security forces"
    assert classify("The Times-Picayune") == "other media"
    assert classify("Centre-left daily Eleftherotypia") == "other media"


def test_a_capital_or_a_seat_of_government_speaks_for_its_country():
    text = "Khartoum has repeatedly accused South Sudan of supplying weapons to the rebels, state media said."
    speakers = {r.speaker: r.speaker_type for r in extract_attributions(text)}
    assert speakers.get("Khartoum") == "government"


def test_more_countries_of_the_news_are_known_by_name_demonym_and_capital():
    from workbench.extract.speakers import countries_in

    assert countries_in("Sri Lankan officials") == ["Sri Lanka"]
    assert countries_in("a spokesman in Kampala") == ["Uganda"]
    assert countries_in("the Inner Mongolia health commission") == []  # (a region of China, no country)


def test_a_person_named_after_an_outlet_is_typed_by_the_role_not_the_outlet():
    text = (
        "Michael R. Bloomberg spoke at the convention. Mr. Bloomberg said the candidate was a risk. "
        "Bloomberg News reported that the speech was long."
    )
    types = {r.speaker_resolved: r.speaker_type for r in extract_attributions(text)}
    assert types["Michael R. Bloomberg"] == "other"
    assert types["Bloomberg News"] == "other media"
    text = "Ms. Pelosi’s spokesman, Drew Hammill, wrote on Twitter that the meeting was short."
    assert [r.speaker_type for r in extract_attributions(text)] != ["other"]


def test_outlets_missions_and_charities_of_the_news_are_typed_by_the_gazetteer():
    assert classify("PC World") == "other media"
    assert classify("THR") == "other media"
    assert classify("the Baltimore Sun") == "other media"
    assert classify("the Arizona Republic") == "other media"
    assert classify("UNIFIL") == "international body"
    assert classify("Corey Hughes from the Salvation Army") == "NGO or rights group"


def test_dotted_initials_school_superintendents_and_court_papers_are_typed_by_the_gazetteer():
    assert classify("the F.B.I. director") == "security forces"
    assert classify("G.O.P. leaders") == "party or politician"
    assert classify("building superintendent Rafael Garcia") == "witness or resident"
    assert classify("police superintendent Eddie Johnson") == "security forces"
    assert classify("an arrest warrant") == "government"
    assert classify("the preliminary incident report") == "security forces"


def test_hyphenated_and_other_general_titles_are_government():
    assert classify("B.C. Attorney-General Wally Oppal") == "government"
    assert classify("Prosecutor-General Yuri Chaika") == "government"
    assert classify("Surgeon General Regina Benjamin") == "government"


def test_an_outlet_named_by_a_people_s_word_is_written_with_its_capitals():
    assert classify("told The Oklahoman") == "other media"
    assert classify("An Oregonian who lives nearby") != "other media"
    assert classify("the AAP") is None  # (the American Academy of Pediatrics in US copy, no wire agency)


def test_a_title_before_an_honorific_and_a_name_types_the_name():
    text = "East Baton Rouge Parish Coroner Dr. Beau Clark said the victim died of a gunshot wound."
    assert [r.speaker_type for r in extract_attributions(text)] == ["government"]
    text = "Mr. Ann Lee said the victim was his neighbor."
    assert [r.speaker_type for r in extract_attributions(text)] == ["other"]


def test_a_sheriff_s_office_by_its_initials_is_security_forces():
    assert classify("The TCSO spokesperson") == "security forces"
    assert classify("A spokeswoman for EBRSO") == "security forces"
    assert classify("MCSO") == "security forces"


def test_county_managers_and_an_abbreviated_attorney_general_are_government():
    assert classify("Habersham County manager Phil Sutton") == "government"
    assert classify("Attorney Gen. Peter Kilmartin") == "government"


def test_officers_of_hospitals_teams_companies_and_casinos_are_other():
    assert classify("team president Stan Kasten") == "other"
    assert classify("Hospital officials") == "other"
    assert classify("The president of the company") == "other"
    assert classify("casino spokeswoman Nancy Herrington") == "other"
    assert classify("FOP president Dan Hils") == "NGO or rights group"


def test_campus_police_and_a_county_s_forensic_institute_are_not_scholars():
    assert classify("University campus police") == "security forces"
    assert classify("The Harris County Institute of Forensic Sciences") == "government"


def test_a_well_known_politician_named_with_a_former_office_is_still_a_politician():
    text = "Former Massachusetts Governor Mitt Romney said the Republican plan was sound."
    assert [r.speaker_type for r in extract_attributions(text)] == ["party or politician"]
    # (one the list does not know keeps the former office's type)
    text = "Former Massachusetts Governor Ann Lee said the Republican plan was sound."
    assert [r.speaker_type for r in extract_attributions(text)] == ["other"]


def test_a_party_s_analysts_and_a_congressional_watchdog_are_typed_by_whom_they_serve():
    assert classify("A memo circulated by a GOP analyst") == "party or politician"
    assert classify("a nonpartisan congressional watchdog agency") == "government"


def test_the_media_of_a_state_that_runs_all_broadcasting_are_state_media():
    assert classify("Iranian media") == "state media"
    assert classify("North Korean television") == "state media"
    assert classify("British media") == "other media"


def test_child_welfare_agencies_and_children_s_hospitals_are_typed_as_bodies_not_children():
    assert classify("Child Protective Services spokeswoman Shari Pulliam") == "government"
    assert classify("Arkansas Children's Hospital") == "other"


def test_people_with_knowledge_of_an_investigation_are_the_speakers_not_the_investigation():
    text = "A person with knowledge of the investigation said the FBI had seized several phones."
    assert [r.speaker for r in extract_attributions(text)] == ["A person with knowledge of the investigation"]
    text = "Two officials with direct knowledge of the probe said no charges were expected."
    assert [r.speaker for r in extract_attributions(text)] == ["Two officials with direct knowledge of the probe"]


def test_an_outlet_s_cue_then_citing_its_source_makes_the_cited_source_the_speaker():
    text = "The Wall Street Journal reported, citing people familiar with the matter, that the company was exploring a sale."
    assert [(r.speaker, r.kind, r.medium, r.content) for r in extract_attributions(text)] == [
        ("people familiar with the matter", "citing", "The Wall Street Journal", "the company was exploring a sale")
    ]
    text = "The strike killed at least 15 people, the Palestinian news agency WAFA reported, citing medical officials."
    assert [(r.speaker, r.medium, r.content) for r in extract_attributions(text)] == [
        ("medical officials", "the Palestinian news agency WAFA", "The strike killed at least 15 people")
    ]
    text = "The vote will have two parties, Turkmen Daily reported September 26, citing the Central Election Commission."
    assert [(r.speaker, r.medium) for r in extract_attributions(text)] == [
        ("the Central Election Commission", "Turkmen Daily")
    ]


def test_an_outlet_that_cited_a_source_as_saying_relays_the_source():
    text = "The RIA news agency cited the defence ministry as saying that air defences had downed 10 drones."
    assert [(r.speaker, r.cue, r.medium, r.content) for r in extract_attributions(text)] == [
        ("the defence ministry", "cited", "The RIA news agency", "air defences had downed 10 drones")
    ]
    text = "He was cited by Interfax as saying the talks had stalled."
    assert [(r.speaker, r.cue, r.medium) for r in extract_attributions(text)] == [("He", "cited", "Interfax")]


def test_reiterated_signalled_and_chanted_are_cues_before_a_clause_or_a_quotation():
    text = "The ministry reiterated that it would not negotiate with terrorists."
    assert [(r.speaker, r.cue) for r in extract_attributions(text)] == [("The ministry", "reiterated")]
    text = "The central bank signalled that it would keep rates on hold."
    assert [(r.speaker, r.cue) for r in extract_attributions(text)] == [("The central bank", "signalled")]
    text = 'Protesters chanted "Down with the government" as they marched on parliament.'
    assert [(r.speaker, r.kind, r.content) for r in extract_attributions(text)] == [
        ("Protesters", "direct", "Down with the government")
    ]
    assert extract_attributions("The crowd chanted slogans and the minister reiterated his support.") == []


def test_a_surname_alone_is_not_the_pair_of_surnames_that_spoke_together():
    text = (
        "Mayor Kevin Faulconer and Chief Shelley Zimmerman spoke on Friday. Faulconer and Zimmerman said they have "
        "been visiting the families. Zimmerman said Irwin is expected to survive."
    )
    assert [r.speaker_resolved for r in extract_attributions(text)] == [
        "Faulconer and Zimmerman", "Chief Shelley Zimmerman"
    ]


def test_a_document_named_with_its_issuer_after_it_finds_for_the_issuer():
    text = "A report by the Government Accountability Office found that the agency had overspent."
    assert [(r.speaker_resolved, r.cue, r.content) for r in extract_attributions(text)] == [
        ("Government Accountability Office", "found", "the agency had overspent")
    ]
    assert extract_attributions("A man by the name of John Smith found that the door was open.") == []


def test_a_clause_with_a_modal_after_a_described_name_is_the_content_not_an_inverted_speaker():
    text = "Human Rights Watch's Central Asia researcher, Mihra Rittmann, said authorities must investigate the killings."
    assert [(r.speaker, r.content) for r in extract_attributions(text)] == [
        ("Mihra Rittmann", "authorities must investigate the killings")
    ]


def test_where_a_statement_was_posted_is_no_part_of_what_it_says():
    text = "The ministry said in a statement posted on its website that order had been restored."
    assert [(r.speaker, r.content) for r in extract_attributions(text)] == [
        ("The ministry", "order had been restored")
    ]
    text = "The governor said in a video posted on Telegram that two people had been injured."
    assert [(r.speaker, r.content) for r in extract_attributions(text)] == [
        ("The governor", "two people had been injured")
    ]


def test_a_description_of_two_words_set_off_before_a_name_is_that_person():
    text = '"Enough is enough," the council member, Jane Park, said in an interview.'
    assert [r.speaker_resolved for r in extract_attributions(text)] == ["the council member, Jane Park"]


def test_asking_that_one_s_name_be_withheld_is_no_statement():
    text = "A neighbor, who asked that his name not be used, said he heard shots."
    assert [(r.speaker, r.cue) for r in extract_attributions(text)] == [("A neighbor", "said")]


def test_a_relative_clause_set_off_after_the_subject_is_no_inverted_cue_s_clause():
    text = "A resident, who asked that her name be withheld, said police arrived late."
    assert [(r.speaker, r.content) for r in extract_attributions(text)] == [("A resident", "police arrived late")]


def test_a_ruling_on_a_death_is_a_statement_of_the_one_who_ruled():
    text = "The Cook County medical examiner ruled the death a homicide."
    assert [(r.speaker, r.content) for r in extract_attributions(text)] == [
        ("The Cook County medical examiner", "the death a homicide")
    ]
    assert extract_attributions("The judge ruled the evidence inadmissible.") == []


def test_a_body_s_document_by_its_lowercase_owner_speaks_for_the_body_named_before():
    text = (
        "The Kazakh Interior Ministry said 26 people were killed. The ministry's statement added that the "
        "ambassador had been summoned."
    )
    assert [r.speaker_resolved for r in extract_attributions(text)] == ["The Kazakh Interior Ministry"] * 2


def test_a_described_speaker_after_an_inverted_cue_is_typed_by_the_words_before_its_relative_clause():
    text = '"It was terrifying," said one woman who lives near the square.'
    assert [r.speaker for r in extract_attributions(text)] == ["one woman who lives near the square"]


def test_a_short_clause_after_a_subject_with_an_aside_is_the_content_not_an_inverted_speaker():
    text = "The mayor, speaking on Monday, said the strike killed a senior commander."
    assert [(r.speaker, r.content) for r in extract_attributions(text)] == [
        ("The mayor", "the strike killed a senior commander")
    ]
    text = "Two U.S. officials, speaking on condition of anonymity, said the strike killed a senior commander."
    assert [r.content for r in extract_attributions(text)] == ["the strike killed a senior commander"]


def test_an_outlet_that_first_reported_a_story_is_the_subject_of_its_later_cue():
    text = "The Washington Post, which first reported the meeting, said Kushner had proposed a back channel."
    assert [(r.speaker, r.content) for r in extract_attributions(text)] == [
        ("The Washington Post", "Kushner had proposed a back channel")
    ]


def test_a_relative_set_off_before_a_given_name_alone_is_that_person():
    text = '"Our son never came back," his mother, Saule, told Reuters.'
    assert [r.speaker_resolved for r in extract_attributions(text)] == ["his mother, Saule"]


def test_the_broadcaster_is_the_outlet_named_before_it_even_as_a_medium_only():
    text = "Officials told Al Jazeera that the deal was close. The broadcaster said talks would resume."
    assert [r.speaker_resolved for r in extract_attributions(text)][-1] == "Al Jazeera"


def test_where_a_statement_was_made_before_its_that_clause_is_no_part_of_it():
    for text, content in [
        ("Erdogan told a rally in Istanbul that Turkey would not bow to pressure.", "Turkey would not bow to pressure"),
        ("Trump wrote on Truth Social that the indictment was a witch hunt.", "the indictment was a witch hunt"),
        ("Schumer said on the Senate floor that Democrats would not back down.", "Democrats would not back down"),
        ("Hakan Fidan said in Ankara on Thursday that a ceasefire was within reach.", "a ceasefire was within reach"),
    ]:
        assert [r.content for r in extract_attributions(text)] == [content]


def test_a_place_or_occasion_after_a_post_posed_cue_is_no_content():
    text = "The situation in the country has stabilised, Tokayev said at an online meeting of CSTO leaders."
    assert [(r.speaker, r.content) for r in extract_attributions(text)] == [
        ("Tokayev", "The situation in the country has stabilised")
    ]


def test_whom_a_statement_was_made_to_is_no_part_of_its_content():
    text = "Putin told the CSTO summit that the alliance would not allow colour revolutions."
    assert [r.content for r in extract_attributions(text)] == ["the alliance would not allow colour revolutions"]
    text = "The school district said in a letter to parents that counselors would be available."
    assert [r.content for r in extract_attributions(text)] == ["counselors would be available"]


def test_telling_the_story_of_something_states_no_claim():
    assert extract_attributions("The film tells the story of a family torn apart by war.") == []
    text = "Larry Summers told a group of reporters that failure to pass the deal would raise the risk of recession."
    assert [r.content for r in extract_attributions(text)] == [
        "failure to pass the deal would raise the risk of recession"
    ]


def test_a_denial_of_one_word_is_a_statement():
    text = "The governor denied wrongdoing."
    assert [(r.speaker, r.content) for r in extract_attributions(text)] == [("The governor", "wrongdoing")]
    assert extract_attributions("Smith denied it.") == []


def test_a_pronoun_after_a_sentence_opened_by_a_title_is_that_title_s_holder():
    text = (
        "NUR-SULTAN, Kazakhstan (AP) — Kazakhstan's president on Friday authorized police to shoot to kill. "
        '"The militants have not laid down their arms," he said.'
    )
    assert [r.speaker_resolved for r in extract_attributions(text)] == ["Kazakhstan's president"]


def test_videos_with_a_participle_after_them_are_no_source():
    text = "The protesters' demands included lower fuel prices, according to videos posted online."
    assert extract_attributions(text) == []


def test_a_readout_of_a_call_speaks_for_its_issuer():
    text = "According to a White House readout, Biden stressed support for Kazakhstan's sovereignty."
    assert [r.speaker_resolved for r in extract_attributions(text)][0] == "White House"


def test_records_of_an_official_named_with_its_place_speak_for_the_official():
    text = "Carlos Ibanez died Tuesday, according to Los Angeles County coroner's records."
    assert [r.speaker_resolved for r in extract_attributions(text)] == ["Los Angeles County coroner"]


def test_a_quotation_closing_on_an_exclamation_keeps_a_speaker_with_a_time_after_the_cue():
    text = "“Crooked Hillary aide Huma Abedin has violated protocols. Jail!” Trump tweeted early Tuesday."
    assert [(r.speaker, r.kind) for r in extract_attributions(text)] == [("Trump", "direct")]


def test_here_after_a_cue_is_where_it_was_said_in_wire_style():
    text = "The pirates fled when the warship intervened, a Navy spokesperson said here."
    assert [r.content for r in extract_attributions(text)] == ["The pirates fled when the warship intervened"]
    text = "The minister told reporters here on Monday that talks would resume."
    assert [r.content for r in extract_attributions(text)] == ["talks would resume"]


def test_a_wire_dateline_with_a_date_or_a_title_case_city_is_no_part_of_the_subject():
    for text in (
        "ALMATY, Jan 10 (Reuters) - Kazakhstan said on Monday that order had been restored.",
        "Almaty (AFP) - Kazakhstan said on Monday that order had been restored.",
    ):
        assert [r.speaker for r in extract_attributions(text)] == ["Kazakhstan"]


def test_a_country_that_speaks_is_not_an_outlet_named_after_it():
    text = (
        "Kazakhstan said on Monday that order had been restored. The ministry said 4,353 people had been injured, "
        "according to Interfax Kazakhstan."
    )
    assert [r.speaker_resolved for r in extract_attributions(text)][0] == "Kazakhstan"


def test_a_dateline_is_no_part_of_a_post_posed_statement():
    text = "KYIV, March 3 (Reuters) - Russian missiles struck Odesa overnight, killing 10 people, officials said on Sunday."
    assert [r.content for r in extract_attributions(text)] == [
        "Russian missiles struck Odesa overnight, killing 10 people"
    ]


def test_a_medium_named_by_two_nouns_is_no_part_of_the_content():
    text = "Oleh Kiper said on the Telegram messaging app that rescuers were still searching the rubble."
    assert [r.content for r in extract_attributions(text)] == ["rescuers were still searching the rubble"]
    text = "Zelenskiy said in his nightly video address that Ukraine needed more air defence systems."
    assert [r.content for r in extract_attributions(text)] == ["Ukraine needed more air defence systems"]


def test_a_poll_with_when_it_was_released_finds_as_a_poll_does():
    text = "A poll released Tuesday found that 54 percent of voters disapproved of the president."
    assert [(r.cue, r.content) for r in extract_attributions(text)] == [
        ("found", "54 percent of voters disapproved of the president")
    ]


def test_a_quotation_opening_its_sentence_without_a_closing_comma_is_still_the_speaker_s():
    text = (
        "“He was a loving and devoted husband and one of the best dads ” Michelle Bandoo, a cousin, wrote in a "
        "touching Facebook post Sunday."
    )
    assert [(r.speaker, r.kind) for r in extract_attributions(text)] == [("Michelle Bandoo", "direct")]


def test_a_readout_of_a_call_before_the_clause_is_where_it_was_said():
    text = "The Kremlin said in a readout of the call that Putin and Tokayev had discussed the situation."
    assert [r.content for r in extract_attributions(text)] == ["Putin and Tokayev had discussed the situation"]


def test_a_day_after_a_subject_with_two_verbs_is_no_part_of_the_subject():
    text = "The Kazakh foreign ministry on Monday summoned the ambassador and said the remarks were unacceptable."
    assert [r.speaker for r in extract_attributions(text)] == ["The Kazakh foreign ministry"]


def test_the_outlet_that_carried_remarks_is_no_part_of_their_content():
    text = "The minister said in remarks carried by state news agency Kazinform that the talks had failed."
    assert [r.content for r in extract_attributions(text)] == ["the talks had failed"]


def test_a_warrant_set_off_before_a_name_is_not_that_person():
    text = (
        "According to an arrest warrant, Fridnel Jean-Phillip, 25, was inside the club early on Sept. 10 when he got "
        "into an argument with someone."
    )
    assert [r.speaker_resolved for r in extract_attributions(text)] == ["an arrest warrant"]


def test_people_described_by_a_relative_clause_of_living_fleeing_or_losing_kin_are_witnesses_or_residents():
    texts = [
        'Local residents said the shooting lasted hours. "It was terrifying," said one woman who lives near the square.',
        "Ivan Petrov, who fled the city last week, said the shelling had not stopped for days.",
        "Sarah Kim, whose son was injured in the shooting, said the school had ignored warnings.",
        "A man who gave only his first name, Yusuf, said his brother had been arrested.",
    ]
    for text in texts:
        assert [r.speaker_type for r in extract_attributions(text)][-1] == "witness or resident", text


def test_a_un_body_or_official_named_by_its_field_is_an_international_body():
    texts = [
        "The UN human rights chief, Michelle Bachelet, called on the security forces to show restraint.",
        "The U.N. human rights office said it had received reports of summary executions.",
    ]
    for text in texts:
        assert [r.speaker_type for r in extract_attributions(text)] == ["international body"], text


def test_a_member_of_parliament_or_a_name_with_a_party_tag_or_a_district_is_a_politician():
    texts = [
        "Aidos Sarym, a member of parliament from the ruling Nur Otan party, told the Associated Press it was over.",
        'Sanders, I-Vt., said in a statement that the ruling was "a disgrace."',
        "Jones, who has represented the district since 2004, said she would not seek re-election.",
    ]
    for text in texts:
        assert [r.speaker_type for r in extract_attributions(text)] == ["party or politician"], text


def test_a_description_with_dotted_initials_or_a_named_owner_set_off_before_a_name_types_it():
    texts = [
        ("A spokesman for the U.N. secretary-general, Stephane Dujarric, said aid convoys had been blocked.",
         "international body"),
        ("Human Rights Watch's Central Asia researcher, Mihra Rittmann, said authorities must investigate.",
         "NGO or rights group"),
    ]
    for text, kind in texts:
        assert [r.speaker_type for r in extract_attributions(text)] == [kind], text


def test_a_governor_of_a_region_apposed_without_an_article_is_the_government():
    text = (
        "Oleg Sinegubov, governor of the Kharkiv region, wrote on Telegram that a 10-year-old boy was among the dead. "
        '"The enemy struck at night," Sinegubov wrote.'
    )
    assert [r.speaker_type for r in extract_attributions(text)] == ["government", "government"]


def test_a_national_security_council_and_its_spokesman_are_the_government():
    texts = [
        "John Kirby, the White House national security spokesman, said the United States would send more systems.",
        "The National Security Council said the review was under way.",
    ]
    for text in texts:
        assert [r.speaker_type for r in extract_attributions(text)] == ["government"], text


def test_a_spokesperson_for_the_hospital_is_typed_as_a_hospital_spokesperson():
    text = "A spokesperson for the hospital said the patient was in stable condition."
    assert [r.speaker_type for r in extract_attributions(text)] == ["other"]


def test_a_passive_relative_clause_after_a_name_is_no_role():
    text = "Kyrgyz musician Vikram Ruzakhunov, who was shown on state TV confessing, later said he had been beaten."
    assert [r.speaker_type for r in extract_attributions(text)] == ["other"]


def test_the_military_as_the_subject_of_an_analyst_or_a_blogger_makes_no_security_forces():
    texts = [
        ("A Russian military blogger, Rybar, said Ukrainian forces had crossed the river.", "other media"),
        ("Military analyst Ann Lee said the offensive had stalled.", "expert"),
        ("The presidential press service said the cabinet had resigned.", "government"),
    ]
    for text, kind in texts:
        assert [r.speaker_type for r in extract_attributions(text)] == [kind], text


def test_a_general_described_by_rank_alone_is_security_forces():
    for text in [
        "The general warned that the rebels were regrouping near the border.",
        "A retired general told the BBC that the offensive had stalled.",
    ]:
        assert [r.speaker_type for r in extract_attributions(text)] == ["security forces"], text
    assert [r.speaker_type for r in extract_attributions("The general manager said the plant would close.")] != [
        "security forces"
    ]


def test_his_spokesman_after_the_person_opening_the_sentence_is_typed_as_that_person():
    text = "U.N. Secretary-General Antonio Guterres urged restraint, his spokesman said."
    assert [r.speaker_type for r in extract_attributions(text)] == ["international body"]


def test_a_joint_subject_of_names_owns_a_participle_cue_whole():
    texts = [
        (
            "Schumer and fellow Senate Democrats forced the shutdown after insisting that any bill include protections.",
            "Schumer and fellow Senate Democrats",
        ),
        ("Barr and Rosenstein issued a statement on Sunday saying that the report was clear.", "Barr and Rosenstein"),
    ]
    for text, speaker in texts:
        assert [r.speaker for r in extract_attributions(text)] == [speaker], text


def test_a_list_of_senators_with_their_states_or_tags_is_one_joint_speaker():
    texts = [
        (
            "Sens. Dick Durbin (Ill.) and Sheldon Whitehouse (R.I.) said the idea was a mistake.",
            "Sens. Dick Durbin (Ill.) and Sheldon Whitehouse",
        ),
        (
            "Sens. Elizabeth Warren of Massachusetts, Amy Klobuchar of Minnesota and Al Franken said the report "
            "must be released.",
            "Sens. Elizabeth Warren of Massachusetts, Amy Klobuchar of Minnesota and Al Franken",
        ),
    ]
    for text, speaker in texts:
        assert [(r.speaker, r.speaker_resolved) for r in extract_attributions(text)] == [(speaker, speaker)], text


def test_an_adverb_set_off_by_commas_between_a_cue_and_its_that_is_skipped():
    for text in [
        "Barr and Rosenstein on Sunday concluded, though, that the report did not contain sufficient evidence.",
        "Barr said, however, that the report did not contain sufficient evidence.",
    ]:
        assert [r.content for r in extract_attributions(text)] == [
            "the report did not contain sufficient evidence"
        ], text


def test_a_long_list_of_named_members_under_a_plural_title_is_one_speaker():
    speaker = "Sens. Elizabeth Warren of Massachusetts, Amy Klobuchar of Minnesota and Kirsten Gillibrand of New York"
    text = speaker + " said the report must be released."
    assert [(r.speaker, r.speaker_resolved) for r in extract_attributions(text)] == [(speaker, speaker)]


def test_a_floating_all_or_both_after_a_joint_subject_is_no_part_of_it():
    for text, speaker in [
        ("The mayor and the chamber all urged the governor to reject the measure.", "The mayor and the chamber"),
        ("Smith and Jones both said the measure was a mistake.", "Smith and Jones"),
    ]:
        assert [r.speaker for r in extract_attributions(text)] == [speaker], text


def test_a_subject_listed_with_commas_before_its_last_two_members_is_one_joint_speaker():
    text = "The mayor, the city's Chamber of Commerce and Acxiom urged the governor to reject the measure."
    assert [r.speaker for r in extract_attributions(text)] == [
        "The mayor, the city's Chamber of Commerce and Acxiom"
    ]
    text = "In Chicago, police and firefighters said the fire was out."
    assert [r.speaker for r in extract_attributions(text)] == ["police and firefighters"]


def test_a_long_subject_listed_with_commas_is_one_speaker():
    speaker = "Little Rock's mayor, the city's Chamber of Commerce and Arkansas-based data services company Acxiom"
    text = speaker + " all urged the governor to reject the measure in recent days."
    assert [r.speaker for r in extract_attributions(text)] == [speaker]


def test_a_list_is_typed_by_its_first_member():
    speaker = "Little Rock's mayor, the city's Chamber of Commerce and Arkansas-based data services company Acxiom"
    text = speaker + " all urged the governor to reject the measure in recent days."
    assert [r.speaker_type for r in extract_attributions(text)] == ["government"]


def test_the_campaign_trail_is_where_a_statement_was_made_before_its_that():
    text = (
        "Former Texas Rep. Beto O'Rourke charged on the campaign trail in South Carolina that the president had "
        "colluded with Russia."
    )
    assert [r.content for r in extract_attributions(text)] == ["the president had colluded with Russia"]


def test_cab_and_bus_drivers_are_witnesses_as_taxi_drivers_are():
    for text in (
        '"When I heard this news, I was scared," said Ram Dahal, a cab driver with Yellow Cab.',
        "A cabbie who drove past the scene said he heard three shots.",
        "A bus driver told the newspaper that the road had flooded.",
    ):
        assert [r.speaker_type for r in extract_attributions(text)] == ["witness or resident"], text


def test_the_title_of_a_programme_opening_on_a_role_word_is_no_role():
    text = "Doctor Who creator Steven Moffat said he would not rule out casting an older Doctor."
    assert [r.speaker_type for r in extract_attributions(text)] == ["other"]
    text = "A doctor who treated the victims said most had gunshot wounds."
    assert [r.speaker_type for r in extract_attributions(text)] == ["witness or resident"]


def test_a_company_managing_director_named_with_a_country_is_the_company_s():
    text = "ATI Technologies India MD Dasaradha R Gude told ET that the combination would drive growth."
    assert [r.speaker_type for r in extract_attributions(text)] == ["other"]
    text = "IMF Managing Director Christine Lagarde said growth was too weak."
    assert [r.speaker_type for r in extract_attributions(text)] == ["international body"]


def test_an_apposition_opening_on_also_describes_the_speaker():
    text = '"Probably 99 percent of passengers just want to get some place," explained Travis, also a cab driver.'
    assert [r.speaker_type for r in extract_attributions(text)] == ["witness or resident"]
    text = "\"We will rebuild,\" said Sue Park, also the mayor of the town."
    assert [r.speaker_type for r in extract_attributions(text)] == ["government"]


def test_a_programme_s_host_is_other_media():
    text = "The show's host, John Oliver, said the segment would air again."
    assert [r.speaker_type for r in extract_attributions(text)] == ["other media"]
    text = "Host Jimmy Kimmel said the joke had gone too far."
    assert [r.speaker_type for r in extract_attributions(text)] == ["other media"]
    text = "Brazil, the host country, said security would be tightened."
    assert [r.speaker_type for r in extract_attributions(text)] == ["government"]
    text = "The host of the party said the guests had left before midnight."
    assert [r.speaker_type for r in extract_attributions(text)] == ["witness or resident"]


def test_a_description_before_a_name_after_and_describes_the_speaker():
    text = "Mr. Pence appeared on This Week, and the host, George Stephanopoulos, said the law was unclear."
    assert [r.speaker_type for r in extract_attributions(text)] == ["other media"]


def test_a_known_commentator_named_without_a_role_is_the_media():
    text = "Bill Kristol called for his resignation, writing that the remarks were unforgivable."
    assert {r.speaker_type for r in extract_attributions(text)} == {"other media"}
    text = "Woodward said the book would be published in the fall."
    assert [r.speaker_type for r in extract_attributions(text)] == ["other"]


def test_a_spokesman_owned_by_a_pronoun_opening_a_sentence_speaks_for_the_last_sentence_s_subject():
    text = (
        "RNC Chairman Michael Steele said the war was unwinnable. His spokesman, Doug Heye, said the remarks were "
        "taken out of context."
    )
    assert [r.speaker_type for r in extract_attributions(text)] == ["party or politician", "party or politician"]
    text = "Gov. Jan Brewer said she would veto it. Her spokesman said the bill was flawed."
    assert [r.speaker_type for r in extract_attributions(text)] == ["government", "government"]


def test_the_manager_of_a_shop_is_a_worker_on_the_scene():
    for text in (
        '"They smashed every window," said Anna Pavlidou, manager of a central Athens mobile phone store.',
        "Bar manager Kevin Moss said the fight started outside.",
    ):
        assert [r.speaker_type for r in extract_attributions(text)] == ["witness or resident"], text
    text = "General Manager A.J. Smith said the team would not trade its pick."
    assert [r.speaker_type for r in extract_attributions(text)] == ["other"]


def test_one_of_the_victims_neighbours_is_a_witness():
    for text in (
        "Jack Paff, one of the victim's neighbors, said he had seen police at the house.",
        '"It was horrible," said Tyisha Hughes, friend of the family.',
    ):
        assert [r.speaker_type for r in extract_attributions(text)] == ["witness or resident"], text
    text = "Jim Bean, one of the lawyers for the victim's family, said the city was negligent."
    assert [r.speaker_type for r in extract_attributions(text)] == ["other"]


def test_a_person_surnamed_fox_is_typed_by_the_role_not_by_the_network():
    text = "The company closed the plant, and its chief executive, Jim Fox, said demand had collapsed."
    assert [r.speaker_type for r in extract_attributions(text)] == ["other"]
    text = "Fox said in a statement that the host had left the network."
    assert [r.speaker_type for r in extract_attributions(text)] == ["other media"]


def test_the_office_of_a_person_named_with_an_honorific_is_typed_as_the_person():
    text = "Representative Carl Seel said he was surprised. Mr. Seel’s office said the meeting would go ahead."
    assert [r.speaker_type for r in extract_attributions(text)] == ["party or politician", "party or politician"]
    text = "John Smith, a local dentist, was arrested. Mr. Smith’s office said it would reopen Monday."
    assert [r.speaker_type for r in extract_attributions(text)] == ["other"]


def test_a_relative_clause_with_also_says_where_the_speaker_lives_or_works():
    text = '"I ran," said Kay Wu, who also lives on the street.'
    assert [r.speaker_type for r in extract_attributions(text)] == ["witness or resident"]
    text = '"The alarm never sounded," said Ed Ruiz, who also works at the plant.'
    assert [r.speaker_type for r in extract_attributions(text)] == ["witness or resident"]


def test_a_naming_participle_is_not_the_first_verb_of_a_coordinated_cue():
    text = (
        "Microsoft suggested that users install a utility called the Enhanced Mitigation Experience Toolkit (EMET) "
        "to prevent exploitation of the flaw, but admitted EMET might interfere with other applications."
    )
    assert [r.speaker for r in extract_attributions(text)] == ["Microsoft", "Microsoft"]
    text = "Google described a flaw called Spectre in a blog post, but said no attacks had been seen."
    assert [r.speaker for r in extract_attributions(text)] == ["Google"]
    text = "The sheriff said the boy called 911 and told dispatchers he had been shot."
    assert [r.speaker for r in extract_attributions(text)] == ["The sheriff", "the boy"]


def test_an_occasion_after_an_inverted_speaker_is_no_part_of_the_name():
    text = (
        "Senate Majority Leader Harry Reid received a letter on Wednesday.\n\n"
        '"It had been my intention to file cloture last evening," said Reid on the Senate floor on Tuesday.'
    )
    assert [(r.speaker, r.speaker_resolved) for r in extract_attributions(text)] == [
        ("Reid", "Senate Majority Leader Harry Reid")
    ]
    text = '"This is a dark day," said Mayor Tom Brown at the scene.'
    assert [r.speaker for r in extract_attributions(text)] == ["Mayor Tom Brown"]
    text = '"It was awful," said one neighbor at the scene who asked to remain anonymous.'
    assert [r.speaker for r in extract_attributions(text)] == ["one neighbor at the scene who asked to remain anonymous"]


def test_a_passive_stating_a_persons_state_is_no_statement():
    assert extract_attributions("Five people confirmed dead in Columbia county shooting.") == []
    text = "A child reported missing on Friday was found safe, police said."
    assert [r.speaker for r in extract_attributions(text)] == ["police"]
    text = "Officials confirmed dead a man found in the river."
    assert [r.speaker for r in extract_attributions(text)] == ["Officials"]


def test_denying_a_thing_withheld_is_no_statement():
    text = (
        "Mr. Pence did not say whether the law might protect a Christian florist who denied service to a gay couple. "
        'Asserting that the legislation was not about discrimination, he said, "The issue here is tolerance."'
    )
    assert [(r.speaker, r.speaker_resolved) for r in extract_attributions(text)] == [("he", "Pence")]
    assert extract_attributions("The judge denied him bail on Saturday.") == []
    assert [r.content for r in extract_attributions("The minister denied the allegations.")] == ["the allegations"]


def test_the_companies_are_the_two_companies_their_sentence_names():
    text = (
        "AMD to Acquire SeaMicro. AMD will acquire server specialist SeaMicro for $334 million, the companies said "
        "today. SeaMicro has been using Intel chips. AMD has made a bold move."
    )
    assert [(r.speaker, r.speaker_resolved) for r in extract_attributions(text)] == [
        ("the companies", "AMD and SeaMicro")
    ]
    text = "Shares rose 5 percent, the companies said."
    assert [r.speaker_resolved for r in extract_attributions(text)] == ["the companies"]


def test_a_member_of_a_joint_speaker_with_a_middle_initial_resolves_to_the_member():
    text = (
        "D.C. Police Chief Cathy L. Lanier and Mayor Vincent C. Gray said the streets were closed. "
        "Gray said the victims were adults."
    )
    assert [r.speaker_resolved for r in extract_attributions(text)][1] == "Mayor Vincent C. Gray"


def test_a_time_between_and_and_a_second_verb_leaves_the_first_verbs_subject():
    text = "Police detained a man at the scene and on Thursday said the suspect was armed."
    assert [r.speaker for r in extract_attributions(text)] == ["Police"]
    text = "Democrats have continued to call for his ouster, and on Wednesday said they were scheduling meetings."
    assert [r.speaker for r in extract_attributions(text)] == ["Democrats"]


def test_a_statement_in_a_fronted_clause_ends_with_the_clause():
    text = "After police said the suspect was armed, residents locked their doors."
    assert [r.content for r in extract_attributions(text)] == ["the suspect was armed"]
    text = "As he denied the charges, Mr. Trump paid tribute to the federal workers."
    assert [r.content for r in extract_attributions(text)] == ["the charges"]


def test_a_pronoun_in_a_fronted_clause_stands_for_the_main_clauses_subject():
    text = (
        "Ms. Pelosi said no date was set for the speech.\n\n"
        "As he denied the charges, Mr. Trump paid tribute to the federal workers."
    )
    assert [r.speaker_resolved for r in extract_attributions(text)] == ["Pelosi", "Trump"]
    text = "When she told the man she was not interested in him, he started firing into the car."
    assert [r.speaker_resolved for r in extract_attributions(text)] == ["she"]


def test_an_announcement_whose_object_is_the_news_is_a_statement():
    text = "On Saturday, Mayor Ed Murray of Seattle announced a ban on city employees traveling to Indiana."
    assert [(r.speaker, r.content) for r in extract_attributions(text)] == [
        ("Mayor Ed Murray of Seattle", "a ban on city employees traveling to Indiana")
    ]
    assert extract_attributions("The officers announced their presence and entered the home.") == []
    assert extract_attributions("The band announced a new album.") == []


def test_a_region_set_off_after_a_place_is_no_speaker():
    text = "A spokesman for the city of Austin, Texas, said the road was closed for the night."
    assert [r.speaker for r in extract_attributions(text)] == ["A spokesman for the city of Austin"]
    text = "Police in Owasso, Oklahoma, told reporters the man had been arrested twice in the city."
    assert [r.speaker for r in extract_attributions(text)] == ["Police in Owasso"]


def test_a_fronted_clause_opens_the_sentence_before_a_subject_set_off_by_commas():
    text = (
        "After the mayors of Chicago and Boston heaped scorn upon the company, the mayor of Washington, DC, "
        "suggested it was peddling hate chicken."
    )
    assert [r.speaker for r in extract_attributions(text)] == ["the mayor of Washington"]


def test_a_hyphenated_name_ending_on_a_capital_a_is_no_article_before_the_cue():
    text = "Critics of Chick-fil-A argue that the company's opposition goes beyond the statements."
    assert [r.speaker for r in extract_attributions(text)] == ["Critics of Chick-fil-A"]
    assert extract_attributions("The bill was not a said thing.") == []


def test_a_question_asked_of_a_pronoun_is_a_statement():
    text = (
        "Mr. Pence appeared on ABC on Sunday, and the host, George Stephanopoulos, asked him whether signing the law "
        "was a mistake."
    )
    assert [(r.speaker, r.content) for r in extract_attributions(text)] == [
        ("George Stephanopoulos", "whether signing the law was a mistake")
    ]
    assert extract_attributions("Police asked him to leave the building.") == []


def test_hailing_something_as_a_thing_is_a_statement():
    text = "Edie Windsor hailed the decision as the precise remedy that she sought."
    assert [r.speaker for r in extract_attributions(text)] == ["Edie Windsor"]
    text = "Voters cast ballots in an election hailed by the government as an exercise in democracy."
    assert not any(r.speaker.startswith("Voters") for r in extract_attributions(text))


def test_a_clause_opened_by_a_contracted_auxiliary_is_a_statement():
    text = "Mike Huckabee announced Tuesday he'll run for the 2016 Republican presidential nomination."
    assert [r.content for r in extract_attributions(text)] == [
        "he'll run for the 2016 Republican presidential nomination"
    ]


def test_a_description_with_a_lowercase_noun_before_a_name_opens_the_subject():
    text = "Previous favourite Kinnear ruled himself out, claiming he has never seen an episode."
    assert [r.speaker for r in extract_attributions(text)] == ["Previous favourite Kinnear"]


def test_a_participle_before_a_contracted_clause_states_it():
    text = "Previous favourite Kinnear has slipped down the list, claiming he's never seen an episode of Doctor Who."
    assert [(r.speaker, r.content.strip()) for r in extract_attributions(text)] == [
        ("Previous favourite Kinnear", "he's never seen an episode of Doctor Who")
    ]


def test_an_aside_set_off_by_dashes_before_the_verb_leaves_the_subject():
    text = (
        "State officials – including the Republican who was governor during the 2008 campaign – have confirmed its "
        "authenticity."
    )
    assert [r.speaker for r in extract_attributions(text)] == ["State officials"]
    text = "Police — who arrived within minutes — said the man was armed."
    assert [r.speaker for r in extract_attributions(text)] == ["Police"]


def test_continuing_an_act_is_no_statement():
    assert extract_attributions("The suspect continued shooting inside the club.") == []
    text = 'Negotiators continued calling out to him: "No one is going to hurt you."'
    assert [r.speaker for r in extract_attributions(text)] == ["Negotiators"]


def test_a_description_before_a_surname_resolves_to_the_full_name():
    text = (
        "He now has odds of 2/1 above Ben Daniels and Rory Kinnear. "
        "Previous favourite Kinnear said he had never seen an episode."
    )
    assert [r.speaker_resolved for r in extract_attributions(text)] == ["Previous favourite Rory Kinnear"]


def test_a_relative_clause_continued_after_a_comma_leaves_its_subject():
    text = "A woman who lives in the neighborhood, and doesn't want to be identified, says the gunfire woke her up."
    assert [r.speaker for r in extract_attributions(text)] == ["A woman who lives in the neighborhood"]


def test_a_relative_clause_after_a_shop_managers_role_describes_the_shop():
    text = (
        '"I am tired of it," said Anna Pavlidou, manager of a central Athens mobile phone store that has been '
        "repeatedly attacked and looted."
    )
    assert [r.speaker_type for r in extract_attributions(text)] == ["witness or resident"]
    text = '"Sales fell," said Jo Kim, manager of a fund that has lost money for three years.'
    assert [r.speaker_type for r in extract_attributions(text)] == ["other"]


def test_a_country_in_a_companys_name_does_not_make_its_spokesman_a_governments():
    for text in (
        "The appeal will be filed this week, a spokesman for Vodafone India said on Tuesday.",
        "The appeal will be filed this week, a spokeswoman for Shell Nigeria said on Tuesday.",
        "The cable will be repaired by Friday, France Telecom spokesman Louis-Michel Aymard said.",
        "The cable will be repaired by Friday, a Vodafone India spokesman said.",
    ):
        assert [r.speaker_type for r in extract_attributions(text)] == ["other"], text
    for text in (
        "Talks will resume next week, a spokesman for India said.",
        "Talks will resume next week, a spokesman for South Africa said.",
        "The recall covers 40 models, a spokesman for Health Canada said.",
    ):
        assert [r.speaker_type for r in extract_attributions(text)] == ["government"], text


def test_appointed_managers_and_clerks_of_a_state_or_town_are_government():
    for text in (
        "DETROIT - Emergency manager Kevyn Orr said on Thursday the city would file for bankruptcy.",
        "Town manager Jane Doe said the road would reopen on Monday.",
        "The cause of the blaze is under investigation, fire marshal Tom Reed said.",
        "State epidemiologist Dr. Ann Lee said three more cases had been confirmed.",
        "Selectman Bob Kerr said the board would vote next week.",
    ):
        assert [r.speaker_type for r in extract_attributions(text)] == ["government"], text
    text = "Store manager Jane Doe said the shelves were empty by noon."
    assert [r.speaker_type for r in extract_attributions(text)] == ["witness or resident"]


def test_a_spokesperson_after_a_body_of_several_words_is_typed_by_the_body():
    text = (
        "Maryville College has closed its campus. Classes will resume Monday, Maryville College spokeswoman Chloe "
        "Kennedy said."
    )
    assert [r.speaker_type for r in extract_attributions(text)] == ["other"]
    text = "Talks will resume next week, State Department spokesman Ned Price said."
    assert [r.speaker_type for r in extract_attributions(text)] == ["government"]


def test_a_bare_spokesman_title_takes_up_the_described_spokesman_before_it():
    text = (
        "A police spokesman said three people had been arrested after the attack. Spokesman Ali Hassan said the "
        "suspects were being questioned."
    )
    assert [r.speaker_type for r in extract_attributions(text)] == ["security forces", "security forces"]
    text = "A spokesman said three people had been arrested. Spokesman Ali Hassan said the suspects were held."
    assert [r.speaker_type for r in extract_attributions(text)] == ["government", "government"]


def test_a_host_named_by_the_lowercase_role_before_the_name_is_other_media():
    text = '"We will not back down," Smith told host Jim Barlow on "Meet the Press." Barlow said the polls disagreed.'
    assert [(r.speaker_resolved, r.speaker_type) for r in extract_attributions(text)][-1] == ("Jim Barlow", "other media")
    text = "The family told host families Jim Barlow had left. Barlow said he had not."
    assert [r.speaker_type for r in extract_attributions(text)][-1] == "other"


def test_a_lawyer_for_a_family_or_a_relative_is_a_lawyer():
    for text in (
        "The family's lawyer, Ben Crump, said the officers should be charged.",
        "The victim's mother's lawyer said she would sue the city.",
    ):
        assert [r.speaker_type for r in extract_attributions(text)] == ["other"], text
    text = "The victim's family said they would sue the city."
    assert [r.speaker_type for r in extract_attributions(text)] == ["witness or resident"]


def test_passengers_are_witnesses():
    text = "Passengers said the plane shook violently before it landed."
    assert [r.speaker_type for r in extract_attributions(text)] == ["witness or resident"]
    text = "A passenger, Ann Lee, said the crew told them to brace."
    assert [r.speaker_type for r in extract_attributions(text)] == ["witness or resident"]



def test_a_resident_arrested_and_charged_is_a_suspect():
    text = (
        "A resident, Tom Wade, 19, was arrested Saturday and charged with assault. Wade said he had fired in "
        "self-defense."
    )
    assert [r.speaker_type for r in extract_attributions(text)] == ["other"]
    text = "A resident, Tom Wade, said he heard three shots. Police arrested a man later."
    assert [r.speaker_type for r in extract_attributions(text)] == ["witness or resident"]


def test_a_description_opening_on_one_before_a_name_is_its_role():
    text = "One neighbor, Ann Lee, said she heard three shots."
    assert [r.speaker_type for r in extract_attributions(text)] == ["witness or resident"]
    text = "One day, Ann Lee said, the shop would reopen."
    assert [r.speaker_type for r in extract_attributions(text)] == ["other"]


def test_a_universitys_spokesperson_speaks_for_the_institution():
    for text in (
        "A spokeswoman for the university said classes were cancelled.",
        "University spokesman Tom Hale said the campus would reopen Monday.",
    ):
        assert [r.speaker_type for r in extract_attributions(text)] == ["other"], text
    text = "Professor Ann Lee of Oxford University said the findings were significant."
    assert [r.speaker_type for r in extract_attributions(text)] == ["expert"]


def test_the_owner_of_a_shop_is_a_worker_on_the_scene():
    for text in (
        "Shop owner Nikos Papas said rioters had smashed his windows.",
        '"They took everything," said Ann Lee, owner of a corner grocery that was looted twice.',
    ):
        assert [r.speaker_type for r in extract_attributions(text)] == ["witness or resident"], text
    text = "Wicharn Sirichaiekawat, owner of the Ekawat Nava 5, said the ship had been released."
    assert [r.speaker_type for r in extract_attributions(text)] == ["other"]
    text = "Jeff Ruby, a restaurant owner in Cincinnati, said he would offer a reward."
    assert [r.speaker_type for r in extract_attributions(text)] == ["other"]


def test_deputy_before_a_title_is_typed_by_the_title():
    for text in (
        "Deputy Mayor Ann Lee said the shelters were open.",
        "Deputy Secretary of State Tom Hale said the talks would resume.",
    ):
        assert [r.speaker_type for r in extract_attributions(text)] == ["government"], text
    for text in (
        "Deputy Tom Hale said the driver had fled.",
        "A sheriff's deputy spokesman said the driver had fled.",
    ):
        assert [r.speaker_type for r in extract_attributions(text)] == ["security forces"], text


def test_one_of_the_protesters_is_a_protester():
    text = "Ann Lee, one of the protesters, said police had used pepper spray."
    assert [r.speaker_type for r in extract_attributions(text)] == ["protester"]
    text = "Ann Lee, one of the lawyers in the case, said police had used pepper spray."
    assert [r.speaker_type for r in extract_attributions(text)] == ["other"]


def test_fellows_of_think_tanks_and_meteorologists_are_experts():
    for text in (
        "Ann Lee, a senior fellow at the Brookings Institution, said the sanctions were working.",
        "A report by the RAND Corporation found that the program had reduced crime.",
        '"The storm is strengthening," said Tom Hale, a meteorologist at AccuWeather.',
    ):
        assert [r.speaker_type for r in extract_attributions(text)] == ["expert"], text
    text = "Fellow Republicans said the bill would fail."
    assert [r.speaker_type for r in extract_attributions(text)] == ["party or politician"]


def test_forces_and_health_officials_known_by_name_or_title():
    for text, kind in (
        ("An ISPR statement said troops had killed six militants.", "security forces"),
        ("Scotland Yard said counter-terrorism officers were leading the investigation.", "security forces"),
        ("Health Commissioner Ann Lee said the risk to the public was low.", "government"),
        ("Tom Hale, the health director for Linn County, said two cases were confirmed.", "government"),
    ):
        assert [r.speaker_type for r in extract_attributions(text)] == [kind], text


def test_a_bare_chief_in_a_police_story_is_the_police_chief():
    text = (
        "Police were called to the house at 9 p.m. and found two men shot. Chief Shelley Zimmerman said the "
        "suspect had fled."
    )
    assert [r.speaker_type for r in extract_attributions(text)] == ["security forces"]
    text = "Fire crews fought the blaze for hours, and the fire department said nobody was hurt. Chief Tom Hale said the cause was unknown."
    assert [r.speaker_type for r in extract_attributions(text)][-1] == "government"


def test_a_description_before_an_honorific_and_a_name_is_the_names_role():
    text = "The county's public health director, Dr. Ann Lee, said the risk was low."
    assert [r.speaker_type for r in extract_attributions(text)] == ["government"]
    text = "The city's police chief, Mr. Tom Hale, said the road was closed."
    assert [r.speaker_type for r in extract_attributions(text)] == ["security forces"]


def test_social_media_companies_are_companies():
    for text in (
        "Social media companies said they had removed thousands of accounts.",
        "The social media giant said it had removed the posts.",
    ):
        assert [r.speaker_type for r in extract_attributions(text)] == ["other"], text


def test_a_dateline_with_a_double_hyphen_is_no_part_of_the_subject():
    text = "COLUMBUS, Ohio -- Police say five people were shot on the east side Monday night."
    assert [r.speaker for r in extract_attributions(text)] == ["Police"]
    text = "ALMATY, Jan 10 (Reuters) -- Kazakhstan said it had detained a former security chief."
    assert [r.speaker for r in extract_attributions(text)] == ["Kazakhstan"]


def test_the_person_asked_is_the_one_who_answers():
    text = (
        "Lois Lerner said she had never been asked about it.\n\n"
        "Rep. Joseph Crowley asked her if she could comment on the investigation.\n\n"
        'She said: "There is a questionnaire that began this discussion."'
    )
    resolved = [r.speaker_resolved for r in extract_attributions(text)]
    assert resolved == ["Lois Lerner", "Rep. Joseph Crowley", "Lois Lerner"]


def test_a_time_or_manner_alone_after_the_cue_is_no_statement():
    assert extract_attributions("Two sisters, Alisha Scruggs and Arlinda Simmons, testified in the afternoon.") == []
    assert extract_attributions("Later, Holland testified with a different story.") == []
    text = "The officer said at least five people died."
    assert [r.content for r in extract_attributions(text)] == ["at least five people died"]


def test_rather_opening_the_sentence_is_no_part_of_the_subject():
    text = "Rather the men — Roy Sparrow and Clay McCoy — testified that shots came from inside the vehicle."
    assert [r.speaker for r in extract_attributions(text)] == ["the men"]


def test_all_but_announced_is_no_announcement():
    assert extract_attributions("The governor has all but formally announced his bid for the Senate.") == []
    text = "Police said all but one of the victims were adults."
    assert [r.content for r in extract_attributions(text)] == ["all but one of the victims were adults"]
    text = "Sen. John Thune all but confirmed his party is willing to use the nuclear option."
    assert [r.speaker for r in extract_attributions(text)] == ["Sen. John Thune"]


def test_a_refusal_to_say_more_ends_the_statement():
    text = "Police announced the arrest warrant for Wilson but did not release details or why they suspected him."
    assert [r.content for r in extract_attributions(text)] == ["the arrest warrant for Wilson"]
    text = "Police said the man was armed and did not comply with orders."
    assert [r.content for r in extract_attributions(text)] == ["the man was armed and did not comply with orders"]


def test_a_title_that_goes_on_over_of_keeps_the_name():
    text = "U.S. Secretary of State Antony Blinken said the talks would resume next week."
    assert [r.speaker_resolved for r in extract_attributions(text)] == ["U.S. Secretary of State Antony Blinken"]


def test_according_to_an_outlet_citing_a_source_is_the_source_speaking():
    records = extract_attributions("According to Interfax, citing the Kyrgyz foreign ministry, the border was closed.")
    assert [(r.speaker, r.kind, r.medium, r.content) for r in records] == [
        ("the Kyrgyz foreign ministry", "citing", "Interfax", "the border was closed")
    ]
    records = extract_attributions("The border was closed, according to Interfax, citing the ministry.")
    assert [(r.speaker, r.medium) for r in records] == [("the ministry", "Interfax")]


def test_an_it_aside_between_commas_is_no_participle_subject():
    text = "The company, it should be noted, later reversed course, saying it had erred."
    assert [r.speaker for r in extract_attributions(text)] == ["The company"]
    text = (
        "The harshest reaction was to Steele, whose chief, it should be noted, tried to clarify the comment by "
        "insisting that he merely meant that the war was hard."
    )
    assert [r.speaker for r in extract_attributions(text)] == []


def test_a_person_owned_in_a_whose_clause_speaks_as_the_owner_s():
    text = (
        "The harshest reaction was to Steele, whose spokesman, it should be noted, tried to clarify the comment by "
        "insisting that he merely meant that the war was hard."
    )
    assert [(r.speaker, r.speaker_resolved) for r in extract_attributions(text)] == [("spokesman", "Steele's spokesman")]


def test_a_participle_set_off_before_the_verb_ends_at_its_comma():
    text = "Bass, noting that the case remained under investigation, did not release details on the firearm."
    assert [r.content for r in extract_attributions(text)] == ["the case remained under investigation"]


def test_a_relative_clause_between_dashes_ends_at_the_closing_dash():
    text = "Later, Holland -- who said he and Naylor had been friends for about a year -- testified at length."
    assert [r.content for r in extract_attributions(text)][:1] == ["he and Naylor had been friends for about a year"]


def test_a_work_of_art_is_no_source():
    text = "The installation confirms the clever use of technology that characterizes his work."
    assert extract_attributions(text) == []


def test_a_request_to_the_reader_has_no_speaker():
    assert extract_attributions("Please confirm the information below before signing in.") == []


def test_an_agency_bracket_cut_off_by_a_state_abbreviation_is_no_part_of_the_subject():
    text = "HAYWARD, Calif. (AP) - Police said two men were arrested after a chase."
    assert [r.speaker for r in extract_attributions(text)] == ["Police"]
    text = "DETROIT, Mich. (WXYZ) - A shooting in Pontiac has left one dead, according to police."
    assert [r.content for r in extract_attributions(text)] == ["A shooting in Pontiac has left one dead"]


def test_a_participle_statement_starts_at_its_first_word():
    text = "Police released the man on Friday, saying he was not a suspect."
    assert [r.content for r in extract_attributions(text)] == ["he was not a suspect"]


def test_a_candidate_for_a_party_s_nomination_named_bare_is_a_politician():
    text = "Jeb Bush told reporters the Republican field was strong. He said the invasion was a mistake."
    assert {r.speaker_type for r in extract_attributions(text)} == {"party or politician"}
    text = "Former Gov. Jeb Bush said the Republican plan was sound."
    assert [r.speaker_type for r in extract_attributions(text)] == ["party or politician"]


def test_a_daily_s_hyphenated_name_is_the_media():
    text = "The city has seen 99 homicides this year, according to the Spokesman-Review."
    assert [r.speaker_type for r in extract_attributions(text)] == ["other media"]
    assert classify("The Star-Ledger") == classify("the Morning Call") == "other media"


def test_a_minister_of_a_church_is_clergy():
    text = "The Bible Church's head minister said someone intentionally set the fire."
    assert [r.speaker_type for r in extract_attributions(text)] == ["other"]
    assert classify("the senior minister of First Presbyterian Church") == "other"
    # (a minister of a state, or one whose other office names him, keeps the office's type)
    assert classify("the Minister of Religious Affairs") == "government"
    assert classify("the Baptist minister who became Arkansas governor") == "government"


def test_a_list_of_descriptions_after_one_article_types_the_person_by_each():
    text = (
        "Raul Labrador, a 46-year-old Mormon father of five, tea party congressman and only child of a single "
        "mother, will challenge the whip. Labrador said he was stunned by the primary."
    )
    assert {r.speaker_type for r in extract_attributions(text)} == {"party or politician"}


def test_the_chief_or_head_of_a_district_is_its_administrator():
    text = "Rusli M. Saleh, the deputy district chief of Bener Meriah, said rescuers were searching the rubble."
    assert [r.speaker_type for r in extract_attributions(text)] == ["government"]
    assert classify("the district head") == "government"
    # (a district's police chief stays with the police, and a bare "district chief" says nothing of which district)
    assert classify("the district chief of police") == "security forces"
    assert classify("the district chief") is None


def test_an_executive_of_a_security_firm_is_an_expert_as_its_researchers_are():
    text = (
        "Wolfgang Kandek, chief technology officer with the cybersecurity firm Qualys Inc., said attackers would "
        "figure out the flaw."
    )
    assert [r.speaker_type for r in extract_attributions(text)] == ["expert"]
    # (a company's executive stays the company's)
    assert classify("the chief executive of Acme Corp.") == "other"


def test_school_officials_are_a_school_s_staff_not_the_government():
    text = "School officials said they chose to cancel the activities."
    assert [r.speaker_type for r in extract_attributions(text)] == ["other"]
    assert classify("A Stokes County school official") == "other"
    # (a school district is still a local authority)
    assert classify("The school district") == "government"


def test_the_chief_executive_of_a_charity_speaks_for_it():
    text = "The fire spread on Tuesday. Tom Hale, chief executive of the American Red Cross, said shelters were open."
    assert [r.speaker_type for r in extract_attributions(text)] == ["NGO or rights group"]
    assert classify("chief executive of Amnesty International") == "NGO or rights group"
    # (not the chief executive of a media company, who runs a business rather than reports)
    assert classify("chief executive of Bloomberg LP") == "other"


def test_a_public_office_of_a_place_without_an_article_types_its_holder():
    text = '"He was pretty even-keeled," said Jeff Hardin, mayor of Phenix City, just across the state line.'
    assert [r.speaker_type for r in extract_attributions(text)] == ["government"]
    text = "The fire spread on Tuesday. Mary Poe, deputy mayor of Boston, said the damage was severe."
    assert [r.speaker_type for r in extract_attributions(text)] == ["government"]


def test_a_union_named_by_the_workers_it_represents_is_a_union():
    text = "The fire spread on Tuesday. Tom Hale, the head of the teachers union, said schools would close."
    assert [r.speaker_type for r in extract_attributions(text)] == ["NGO or rights group"]
    assert classify("the Chicago Teachers Union") == classify("a police union official") == "NGO or rights group"


def test_a_spokesperson_for_a_police_body_without_an_article_speaks_for_it():
    text = "The fire spread on Tuesday. Mary Poe, spokesman for the sheriff's office, said the damage was severe."
    assert [r.speaker_type for r in extract_attributions(text)] == ["security forces"]


def test_a_witness_role_owned_by_a_pronoun_after_a_name_types_the_person():
    text = "The fire spread on Tuesday. Tom Hale, his neighbor, said the damage was severe."
    assert [r.speaker_type for r in extract_attributions(text)] == ["witness or resident"]


def test_a_research_center_is_an_expert_and_an_editor_in_chief_the_media():
    assert classify("director of the Pew Research Center") == "expert"
    assert classify("editor-in-chief of Wired") == classify("BuzzFeed Editor-in-Chief Ben Smith") == "other media"


def test_a_retired_officer_speaks_for_no_force():
    assert classify("a retired police captain") == classify("former") == "other"
    assert classify("Retired police officer Cristina Coria") == "other"
    assert classify("a police captain") == "security forces"


def test_a_legislator_often_quoted_named_bare_is_a_politician():
    text = "Dianne Feinstein said the Republican plan in Congress was sound."
    assert [r.speaker_type for r in extract_attributions(text)] == ["party or politician"]


def test_a_report_or_claim_after_a_preposition_is_an_object_not_a_verb():
    text = (
        "“That could be evidence of interference,” Schiff said. He also referred to past reports that the White "
        "House asked allies to refute stories. “It is something we have to stop,” he said."
    )
    assert [r.speaker_resolved for r in extract_attributions(text)] == ["Schiff", "Schiff"]
    for text in (
        "She pointed to recent reports that the company had lost money.",
        "He responded to claims that the mayor lied.",
    ):
        assert extract_attributions(text) == []
    text = "An adviser to Smith claims that the deal is off."
    assert [r.speaker for r in extract_attributions(text)] == ["An adviser to Smith"]


def test_there_or_here_opening_a_sentence_is_no_antecedent():
    text = (
        "Mata ran a website. There, Mata advertises his services as a guide, a gift he claims to have received "
        "in 2005."
    )
    assert [r.speaker_resolved for r in extract_attributions(text)] == ["Mata"]
    text = "Here, Smith sells his books, which he says were written in prison."
    assert [r.speaker_resolved for r in extract_attributions(text)] == ["Smith"]


def test_a_clause_opening_word_before_a_company_is_no_given_name():
    text = (
        "Microsoft released an emergency software fix on Tuesday.\n\n"
        "The software maker said on its website it released the fix as an emergency measure.\n\n"
        "Once Microsoft issues a warning about a bug, hackers rush to copy the fix."
    )
    assert [r.speaker_resolved for r in extract_attributions(text)] == ["Microsoft"]


def test_initials_stand_for_a_hyphenated_name_the_article_spells_out():
    text = "Hewlett-Packard will acquire EDS for $13 billion.\n\nHP acknowledged the talks on Monday, saying a deal was near."
    assert {r.speaker_resolved for r in extract_attributions(text)} == {"Hewlett-Packard"}
    text = "The HP-UX system failed.\n\nHP said the fault was fixed."
    assert [r.speaker_resolved for r in extract_attributions(text)] == ["HP"]


def test_a_relative_named_by_a_given_name_is_the_full_name_the_article_writes():
    text = (
        "Bush’s brother Jeb raised eyebrows Monday after telling Fox News he supported the invasion. Jeb Bush "
        "later said he had misunderstood the question."
    )
    assert {r.speaker_resolved for r in extract_attributions(text)} == {"Jeb Bush"}
    text = "Smith’s sister Ann said the family was shocked."
    assert [r.speaker_resolved for r in extract_attributions(text)] == ["Smith’s sister Ann"]


def test_a_persons_own_page_speaks_for_its_owner():
    text = "Mark Mata, 54, was a mortgage consultant for more than 16 years, according to his LinkedIn page."
    assert [r.speaker_resolved for r in extract_attributions(text)] == ["Mark Mata"]
    text = "Jane Doe, 31, worked as a nurse, according to her Facebook profile."
    assert [r.speaker_resolved for r in extract_attributions(text)] == ["Jane Doe"]
    text = "The storm closed roads, according to his weather page."
    assert [r.speaker_resolved for r in extract_attributions(text)] == ["his weather page"]


def test_a_person_named_with_a_body_after_of_is_the_person():
    text = (
        "Many critics of Chick-fil-A were loud. Those comments drew a sharp response from Rev. William Owens of the "
        "Coalition of African American Pastors. “Some people say they don’t want Chick-fil-A in their cities. It is "
        "a disgrace,” he told a press conference."
    )
    assert [r.speaker_resolved for r in extract_attributions(text)] == ["Rev. William Owens"]


def test_a_person_named_right_before_a_quotation_is_the_he_who_closes_it():
    text = (
        "The mayor suggested the chain was peddling “hate chicken.”\n\n"
        "Those comments drew a sharp response from Rev. William Owens of the Coalition of Pastors. “It is a "
        "disgrace. It is the same thing that happened when I was marching,\" he told a press conference."
    )
    assert [r.speaker_resolved for r in extract_attributions(text)][-1] == "Rev. William Owens"


def test_whom_a_statement_was_made_to_is_skipped_before_its_clause():
    text = "Industry sources have confirmed to eWEEK that Hewlett-Packard will acquire EDS."
    assert [r.content for r in extract_attributions(text)] == ["Hewlett-Packard will acquire EDS"]
    text = "He admitted to police that he left the gun unsecured."
    assert [r.content for r in extract_attributions(text)] == ["he left the gun unsecured"]


def test_a_participle_right_after_a_source_noun_belongs_to_that_noun():
    text = (
        "Now, it seems, a battle is going on between a studio saying there's no news to report and an entertainment "
        "magazine claiming Chris Weitz is getting behind the wheel."
    )
    assert [r.speaker for r in extract_attributions(text)] == ["a studio", "an entertainment magazine"]
    text = "The plan drew criticism, with a spokesman saying later that it was rushed."
    assert [r.speaker for r in extract_attributions(text)] == ["a spokesman"]


def test_an_airline_named_after_its_country_is_a_company():
    for text in (
        "Kenya Airways said the flight landed safely in Nairobi.",
        "A spokesman for Turkish Airlines said the plane returned to Istanbul.",
        "Airline officials said the plane was delayed.",
    ):
        assert [r.speaker_type for r in extract_attributions(text)] == ["other"], text
    text = "The Kenyan transport minister said the airline would be audited."
    assert [r.speaker_type for r in extract_attributions(text)] == ["government"]


def test_the_charges_speak_for_the_prosecution():
    for text in (
        "The involuntary manslaughter charge alleges that Cox left the handgun within reach.",
        "The two child abuse charges allege that she struck the boy.",
        "According to the criminal charges, two officers were stationed on 117th Street.",
    ):
        assert [r.speaker_type for r in extract_attributions(text)] == ["government"], text
    for text in (
        "A man facing murder charges told reporters he was innocent.",
        "Critics of the charges said they were political.",
    ):
        assert [r.speaker_type for r in extract_attributions(text)] == ["other"], text


def test_a_school_of_a_university_is_typed_as_the_university():
    for text in (
        "Patrick Metze, director of criminal clinics at the Texas Tech School of Law, said the ruling was unusual.",
        "Ann Lee, who teaches at Harvard Law School, said the case was weak.",
        "Ann Lee, an epidemiologist at the Johns Hopkins Bloomberg School of Public Health, said cases would rise.",
    ):
        assert [r.speaker_type for r in extract_attributions(text)] == ["expert"], text
    text = "Ann Lee, a student at the Texas Tech School of Law, said she heard shots."
    assert [r.speaker_type for r in extract_attributions(text)] == ["witness or resident"]
    assert classify("a Harvard Law School student") == "witness or resident"


def test_a_role_after_a_body_apposed_without_an_article_types_the_name():
    cases = (
        ('"Classes will resume Monday," said Jeff Haney, Canyons School District spokesman.', "government"),
        ('"The investigation continues," said Tom Bell, Lakewood police spokesman.', "security forces"),
        ('"He was a good boy," said Charlie Ferguson, Demarcus\' father.', "witness or resident"),
        ('"The rates will rise," said Tom Bell, Acme Corp. spokesman.', "other"),
    )
    for text, kind in cases:
        assert [r.speaker_type for r in extract_attributions(text)] == [kind], text
    text = "Police arrested Ann Lee, Dallas police said."
    assert [r.speaker_resolved for r in extract_attributions(text)] == ["Dallas police"]


def test_a_role_given_with_a_withheld_name_types_the_speaker():
    cases = (
        ("A neighbor who asked not to be identified said she heard shots.", "witness or resident"),
        ("A police officer who spoke on condition of anonymity said the suspect was armed.", "security forces"),
        ("Officials, speaking on condition of anonymity, said the plan was shelved.", "government"),
        ("A man who asked not to be named said he saw the crash.", "anonymous"),
        ("The police source, who wished to remain anonymous, said the man was known to officers.", "anonymous"),
    )
    for text, kind in cases:
        assert [r.speaker_type for r in extract_attributions(text)] == [kind], text


def test_a_man_or_a_woman_introduced_as_such_is_a_witness():
    for text in (
        "One man said he heard at least seven gunshots fired in rapid succession.",
        "When officers arrived, a woman told them her boyfriend was inside.",
        "The paper found three other women who said they had been pursued by Moore.",
    ):
        assert [r.speaker_type for r in extract_attributions(text)] == ["witness or resident"], text
    text = "Police arrested a man on Friday. The man told officers he had been at home."
    assert [r.speaker_type for r in extract_attributions(text)] == ["other"]


def test_a_ship_s_crew_are_witnesses_and_amnesty_international_a_rights_group():
    for text in (
        "A crew member said the pirates fired on the ship.",
        "Seamen on board the MV Gibe said the pirates fired on the ship.",
    ):
        assert [r.speaker_type for r in extract_attributions(text)] == ["witness or resident"], text
    assert classify("Fire crew members") == "government"
    assert classify("A Navy seaman") == "security forces"
    assert classify("a researcher at Amnesty International") == "NGO or rights group"


def test_a_role_of_six_words_before_its_named_body_types_the_name():
    text = (
        "“Enough is enough,” said Lorella Praeli, director of immigration policy and campaigns at the American Civil "
        "Liberties Union."
    )
    assert [r.speaker_type for r in extract_attributions(text)] == ["NGO or rights group"]
    text = "The bill, which has been approved by committees of the House and Senate, allows latitude, saying that it works."
    assert [r.speaker_type for r in extract_attributions(text)] != ["party or politician"]


def test_a_role_written_in_the_singular_is_typed_as_its_plural():
    cases = (
        ("A firefighter said the blaze started in the kitchen.", "government"),
        ("Paramedic Deke Madsen said department policy kept them out.", "government"),
        ("A police official said the gunman had been killed.", "security forces"),
        ("A marcher said the crowd was peaceful.", "protester"),
        ("A rebel spokesman said the town had fallen.", "other"),
    )
    for text, kind in cases:
        assert [r.speaker_type for r in extract_attributions(text)] == [kind], text


def test_people_by_their_trade_or_their_tie_to_a_victim_are_witnesses():
    for text in (
        "Tomico Mortimer, a bouncer at the lounge, told NBC that someone pulled a gun.",
        "Austin's stepfather, Justin Henao, said he had to break the news.",
        "A visitor staying at a home across the street said she woke to the police cars.",
        "Surgeons told the family they had never seen anything like it.",
    ):
        assert [r.speaker_type for r in extract_attributions(text)] == ["witness or resident"], text


def test_organisation_kinds_type_the_bodies_they_describe():
    cases = (
        ("America Rising, a conservative political action committee, said the ad was fair.", "party or politician"),
        ("Liberal groups said the march could draw hundreds of thousands.", "NGO or rights group"),
        ("The state ombudsman said the prison failed inmates.", "government"),
        ("A Washington think-tank said the plan would cost $2 trillion.", "expert"),
        ("A Seattle TV station reported that the suspect had fled.", "other media"),
    )
    for text, kind in cases:
        assert [r.speaker_type for r in extract_attributions(text)] == [kind], text


def test_more_public_titles_type_their_holders():
    cases = (
        ("A police spokesman, Corporal L’Jean McKneely, told reporters the scene was secure.", "security forces"),
        ("Special Agent In Charge Patrick Morgan tells us the shooting happened early Sunday.", "security forces"),
        ("Councillor Ann Lee said the vote was delayed.", "party or politician"),
        ("The county assessor said values had risen.", "government"),
    )
    for text, kind in cases:
        assert [r.speaker_type for r in extract_attributions(text)] == [kind], text


def test_a_power_company_named_after_its_country_is_a_company():
    for text in (
        "Kenya Power said the outage would end on Friday.",
        '"We are investigating," a Kenya Power spokesman said.',
        "Ann Lee, a spokeswoman for Tokyo Electric Power Co., said the reactor was stable.",
    ):
        assert [r.speaker_type for r in extract_attributions(text)] == ["other"], text
    text = "U.N. Ambassador Samantha Power said the vote was a disgrace."
    assert [r.speaker_type for r in extract_attributions(text)] == ["government"]


def test_an_officer_of_a_local_government_body_apposed_without_an_article_is_government():
    for text in (
        "Bob Lee, chairman of the county commission, said the budget was tight.",
        '"Roads are closed," said Bob Lee, director of the Walker County Emergency Management Agency.',
        "Dawn Sanders-Garrett, executive director of the Buffalo Municipal Housing Authority, says the work goes on.",
    ):
        assert [r.speaker_type for r in extract_attributions(text)] == ["government"], text
    text = "Bob Lee, chairman of the Department of Medicine at the Mount Kisco Medical Group, said he was healthy."
    assert [r.speaker_type for r in extract_attributions(text)] == ["other"]


def test_local_administrators_abroad_are_government_and_armed_groups_commanders_other():
    cases = (
        ("A district administrator said the floods had cut roads.", "government"),
        ("A village head said dozens of homes were destroyed.", "government"),
        ("A senior Taliban commander said the group would fight on.", "other"),
        ("An army commander said the rebels were repelled.", "security forces"),
    )
    for text, kind in cases:
        assert [r.speaker_type for r in extract_attributions(text)] == [kind], text


def test_a_pilot_is_a_witness_and_groups_representing_people_a_rights_group():
    cases = (
        ("Helicopter Line pilot Jim Campbell said the weather was clear.", "witness or resident"),
        ("A Navy pilot said the jet was hit.", "security forces"),
        ("Groups representing Uzbeks, the nation's largest minority, said the vote was rigged.", "NGO or rights group"),
    )
    for text, kind in cases:
        assert [r.speaker_type for r in extract_attributions(text)] == [kind], text


def test_the_participants_of_a_march_are_protesters():
    for text in ("March participants said the police were restrained.", "Rioters said the police fired first."):
        assert [r.speaker_type for r in extract_attributions(text)] == ["protester"], text


def test_a_company_spokesperson_whose_name_is_withheld_speaks_for_the_company():
    text = '"The line was cut," said a France Telecom spokeswoman who asked not to be named.'
    assert [r.speaker_type for r in extract_attributions(text)] == ["other"]
    text = "A police spokesman who asked not to be named said the man was arrested."
    assert [r.speaker_type for r in extract_attributions(text)] == ["security forces"]


def test_the_defence_public_relations_officer_speaks_for_the_forces():
    text = "A statement from the Defence PRO says the incident happened yesterday."
    assert [r.speaker_type for r in extract_attributions(text)] == ["security forces"]
    assert classify("Defence Ministry PRO") == "government"


def test_the_woman_who_lives_there_and_a_clubgoer_are_witnesses():
    for text in (
        "The woman who lives there told police she was throwing a party for her daughter.",
        "One clubgoer who did not want to be identified said the scene was chaotic.",
        "Partygoer Shaniqua Brown told The Associated Press it was not rowdy at all.",
    ):
        assert [r.speaker_type for r in extract_attributions(text)] == ["witness or resident"], text


def test_a_photojournalist_or_a_newscaster_is_media():
    for text in (
        "A photojournalist on scene said multiple ambulances arrived.",
        "Anchorwoman Ann Lee said the station had received a call from the gunman.",
    ):
        assert [r.speaker_type for r in extract_attributions(text)] == ["other media"], text


def test_a_medium_opening_the_sentence_without_a_comma_is_no_part_of_the_speaker():
    for text, speaker in (
        ("In a Monday statement President Obama said he intended to nominate her.", "President Obama"),
        ("In a statement Tuesday Governor Jane Smith said the state would help.", "Governor Jane Smith"),
        ("In a written statement Mayor Tom Lee said the city would rebuild.", "Mayor Tom Lee"),
        ("During a news conference Thursday morning Chief Mark Ross said the man fled.", "Chief Mark Ross"),
        ("In a court appearance Thursday morning prosecutors said he confessed.", "prosecutors"),
        ("In a report released Friday the agency said emissions fell.", "the agency"),
        ("In a statement the company said it would cooperate.", "the company"),
    ):
        assert [r.speaker for r in extract_attributions(text)] == [speaker], text


def test_they_after_a_body_arriving_in_a_fronted_clause_is_that_body():
    for text, resolved in (
        ("A man was shot Sunday. When deputies got there, they said the victim was dead.", "deputies"),
        ("A woman called 911. Once police arrived, they said they found a man with a gunshot wound.", "police"),
        ("Two men were hurt. Shortly after officers arrived, they said both men were conscious.", "officers"),
        ("Police said a man was shot. When investigators reached the house, they said he had fled.", "investigators"),
    ):
        assert extract_attributions(text)[-1].speaker_resolved == resolved, text
    # (a clause whose subject acts on others leaves "they" to the usual rules: the senators may be the ones)
    text = "Neighbors heard shots. When reporters asked the senators, they said they had no comment."
    assert extract_attributions(text)[-1].speaker_resolved != "reporters"


def test_the_source_takes_up_the_sources_cited_before():
    text = (
        "Industry sources have confirmed to eWEEK that Hewlett-Packard will acquire Electronic Data Systems.\n"
        "The announcement may come as early as May 14, the source told eWEEK."
    )
    assert [r.speaker_resolved for r in extract_attributions(text)] == ["Industry sources"] * 2
    text = "Sources close to the talks said a deal was near. The sources said the price was $13 billion."
    assert [r.speaker_resolved for r in extract_attributions(text)] == ["Sources close to the talks"] * 2
    # (with no source cited before, the phrase stays as written)
    text = "Officials said the plant would close. The source said workers were told Monday."
    assert [r.speaker_resolved for r in extract_attributions(text)] == ["Officials", "The source"]


def test_claim_after_a_plural_subject_and_speculated_are_cues():
    for text, speaker in (
        ("Government opponents claim the election is aimed to appease Western countries.", "Government opponents"),
        ("Witnesses claim that the gunman was bumped by the victim.", "Witnesses"),
        ("Sen. John Cornyn (R-Texas) speculated that Lieberman could get 100 confirmation votes.", "Sen. John Cornyn"),
        ("Detectives speculated that the man might have an injury.", "Detectives"),
    ):
        assert [r.speaker for r in extract_attributions(text)] == [speaker], text
    # (the noun is no cue)
    text = "John Schlicher, who was in the baggage claim with his wife, told MSNBC the shooter walked over."
    assert [r.speaker for r in extract_attributions(text)] == ["John Schlicher"]
    text = "A spokesman said the Russian and Syrian defense ministry’s claim “is patently false.”"
    assert [r.speaker for r in extract_attributions(text)] == ["A spokesman"]


def test_last_year_after_the_subject_is_no_part_of_the_speaker():
    text = "President Barack Obama spoke Sunday. Obama last year explained that he refuses to use the term."
    assert [r.speaker_resolved for r in extract_attributions(text)] == ["President Barack Obama"]
    text = "The company last year said profits fell."
    assert [r.speaker for r in extract_attributions(text)] == ["The company"]
    # (not a title that ends on "year")
    text = "The rookie of the year said he was thrilled."
    assert [r.speaker for r in extract_attributions(text)] == ["The rookie of the year"]


def test_a_cue_like_noun_after_amid_despite_or_following_is_no_cue():
    for text, speakers in (
        ('Amid calls for him to drop out of the race, Moore added, "Our nation is at a crossroads."', ["Moore"]),
        ("Amid growing calls for an inquiry, the minister said nothing had gone wrong.", ["the minister"]),
        ("Despite reports last week that said Ross would not return, he is back.", []),
        ("Deputies went to the home Sunday following reports that he had posted a threat.", []),
        ("The senator calls for an inquiry in a new letter.", ["The senator"]),
    ):
        assert [r.speaker for r in extract_attributions(text)] == speakers, text


def test_the_issuer_of_a_document_passes_a_dateline_and_a_fronted_clause():
    text = (
        "WASHINGTON — With the Senate set to debate gun control this month, a National Rifle Association task force "
        "released a 225-page report on Tuesday. The 225-page report called for training school staff."
    )
    assert [r.speaker_resolved for r in extract_attributions(text)] == ["a National Rifle Association task force"]
    text = "The group released a report on Tuesday. The report said schools should hire guards."
    assert [r.speaker_resolved for r in extract_attributions(text)] == ["The group"]


def test_a_statement_named_by_a_peoples_adjective_is_that_bodys():
    text = (
        "The pirates fled, according to a statement from the Indian government. Little else was known about the "
        "ship, the Indian statement said."
    )
    assert [r.speaker_resolved for r in extract_attributions(text)] == ["the Indian government"] * 2
    # (with no such body before, the adjective stays)
    text = "Little else was known about the ship, the Indian statement said."
    assert [r.speaker_resolved for r in extract_attributions(text)] == ["Indian"]


def test_people_taking_a_side_on_a_body_are_not_that_body():
    # (a government's opponents are its politics, as "the opposition" is; a school board's are no party)
    assert classify("Government critics") == "party or politician"
    assert classify("government opponents") == "party or politician"
    assert classify("school board critics") == "other"
    text = "Government opponents said the vote was rigged."
    assert [r.speaker_type for r in extract_attributions(text)] == ["party or politician"]
    # (the body's own people keep its type, and a specific word before the side-takers still decides)
    assert classify("Government officials") == "government"
    assert classify("Republican critics") == "party or politician"


def test_the_outlet_an_interview_was_given_to_is_not_the_speaker():
    text = "In an interview with CNN Smith said the plan had failed."
    assert [(r.speaker, r.speaker_resolved) for r in extract_attributions(text)] == [("Smith", "Smith")]
    text = "In an interview with NBC News on Sunday Senator Bob Casey said the plan had failed."
    assert [r.speaker_resolved for r in extract_attributions(text)] == ["Senator Bob Casey"]
    # (an outlet's titled person is still named in full)
    text = "CNN President Jeff Zucker spoke. Zucker said it was fine."
    assert [r.speaker_resolved for r in extract_attributions(text)] == ["CNN President Jeff Zucker"]


def test_an_abbreviated_rank_before_a_surname_takes_up_the_name_in_full():
    text = (
        "Chicago Police Superintendent Garry McCarthy said the shooting was senseless. Supt. McCarthy said officers "
        "were searching for the gunman."
    )
    found = [(r.speaker_resolved, r.speaker_type) for r in extract_attributions(text)]
    assert found == [("Chicago Police Superintendent Garry McCarthy", "security forces")] * 2


def test_a_party_tag_in_brackets_keeps_a_participles_subject():
    text = "Sen. Ted Cruz (R-Texas) lashed out at Trump on Monday, accusing him of lying."
    assert [r.speaker_resolved for r in extract_attributions(text)] == ["Sen. Ted Cruz"]
    # (other words in brackets still set the name off)
    text = "John Smith (the company's founder) lashed out at Trump, accusing him of lying."
    assert extract_attributions(text) == []


def test_city_police_are_the_force_the_article_names():
    text = (
        "Five people were injured Monday in a shooting in north Baltimore, city police said. Baltimore police "
        "spokesman Donny Moses said the shooting occurred around 3 p.m."
    )
    assert [r.speaker_resolved for r in extract_attributions(text)][0] == "Baltimore police"
    # (with no force named, the words stay)
    text = "Five people were injured Monday in a shooting, city police said."
    assert [r.speaker_resolved for r in extract_attributions(text)] == ["city police"]


def test_a_bare_police_is_the_town_force_quoted_before_state_police_told_of():
    text = (
        "Police said they had located the suspect. Sheriff's deputies and state police chased him before he pulled "
        "over. Troy Police Chief Charles Craft said he had worked there."
    )
    assert [r.speaker_resolved for r in extract_attributions(text)][0] == "Troy Police"
    # (state police alone are still the force a bare "police" stands for)
    text = "Police said they had located the suspect. State police chased him before he pulled over."
    assert [r.speaker_resolved for r in extract_attributions(text)] == ["State police"]


def test_a_bare_department_is_the_police_force_when_the_article_names_no_department():
    text = (
        "According to Providence Police Major David Lapatin, the shooting happened at about 11:30 p.m. The department "
        "confirms they're increasing patrols in the area."
    )
    found = [(r.speaker_resolved, r.speaker_type) for r in extract_attributions(text)]
    assert found[-1] == ("Providence Police", "security forces")
    # (another department the article tells of keeps the words)
    text = "Providence police said the shooting happened. The fire department arrived. The department said the fire was out."
    assert [r.speaker_resolved for r in extract_attributions(text)][-1] == "The department"


def test_a_with_phrase_inside_an_aside_between_dashes_is_no_participles_subject():
    for dash in ("--", "—"):
        text = (
            f"Newsweek has defended the photo {dash} an extreme close-up of Bachmann looking over the camera with a "
            f"dark blue background {dash} saying that several of the images taken of her appeared the same way."
        )
        assert [r.speaker_resolved for r in extract_attributions(text)] == ["Newsweek"]
    text = "The bill passed, with a left-leaning group saying it went too far."
    assert [r.speaker_resolved for r in extract_attributions(text)] == ["a left-leaning group"]


def test_a_pages_update_label_is_no_subject():
    text = (
        "Updated: Rick Santorum on Sunday tried to clarify his comment, saying he was referring not to the "
        "president's faith."
    )
    assert [r.speaker_resolved for r in extract_attributions(text)] == ["Rick Santorum"]


def test_a_long_description_and_full_name_closing_the_sentence_is_the_speaker():
    text = (
        "The quake, which hit at a shallow depth of just 10 kilometres, injured more than 200 people, said national "
        "disaster agency spokesman Sutopo Purwo Nugroho."
    )
    found = [(r.speaker_resolved, r.speaker_type) for r in extract_attributions(text)]
    assert found == [("national disaster agency spokesman Sutopo Purwo Nugroho", "government")]


def test_the_first_lady_is_typed_government():
    assert classify("the first lady, Melania Trump") == "government"


def test_a_political_adviser_is_typed_by_politics_not_by_whom_they_advise():
    assert classify("Robert Gibbs, a political adviser to President Obama") == "party or politician"


def test_an_arrest_report_speaks_for_the_police():
    text = "A man was shot in Dayton on Sunday. Smith fired at officers, according to an arrest report."
    assert [r.speaker_type for r in extract_attributions(text)] == ["security forces"]


def test_a_bare_document_is_typed_as_the_fuller_one_it_takes_up():
    text = (
        "A man was shot in Greenwood, according to the Greenwood police report. The man told officers he had shot "
        "himself, the report said. Police received a report of shots fired. Jones fired once, according to the "
        "criminal complaint. The complaint alleged that Jones fired first."
    )
    found = {r.speaker.lower(): r.speaker_type for r in extract_attributions(text)}
    assert found["the report"] == "security forces"
    assert found["the complaint"] == "government"
    text = "Police received a report of shots fired. The report says Smith fired at officers."
    assert [r.speaker_type for r in extract_attributions(text)] == ["other"]


def test_a_release_without_its_issuer_is_typed_as_the_issuer_said_to_put_it_out():
    text = (
        "Thompson shot Krieger in the chest, police said in a release. He faces a charge of open murder, "
        "according to a release."
    )
    found = {r.speaker_resolved: r.speaker_type for r in extract_attributions(text)}
    assert found["a release"] == "security forces"
    text = (
        "Two officers were hurt, according to a Metropolitan Police Department news release. The suspect fled on "
        "foot, according to the news release."
    )
    found = {r.speaker_resolved.lower(): r.speaker_type for r in extract_attributions(text)}
    assert found["the news release"] == "security forces"


def test_the_man_or_woman_quoted_is_typed_by_the_story_around_the_first_mention():
    text = (
        "Officers found a 37-year-old woman with a gunshot wound to the torso. The woman told officers she was "
        "leaving her house when two males fired."
    )
    assert [r.speaker_type for r in extract_attributions(text)] == ["witness or resident"]
    text = (
        "A man is in custody after he allegedly shot his daughter inside a Philadelphia home. The man told police "
        "the shooting was accidental."
    )
    assert [r.speaker_type for r in extract_attributions(text)] == ["other"]


def test_a_release_no_issuer_is_said_to_put_out_is_the_named_police_forces():
    text = (
        "Inglewood police responded to a call about a shooting victim in the area, according to a news release. "
        "When they arrived, the man had multiple gunshot wounds."
    )
    found = {r.speaker_resolved: r.speaker_type for r in extract_attributions(text)}
    assert found["a news release"] == "security forces"
    text = (
        "The county prosecutor charged Smith, according to a news release. Springfield police arrested him Friday."
    )
    found = {r.speaker_resolved: r.speaker_type for r in extract_attributions(text)}
    assert found["a news release"] == "other"


def test_the_report_no_issuer_is_said_to_write_is_the_named_police_forces():
    text = (
        "Macon police stopped Howard's car on Fulton Mill Road. Howard was shuffling something in the front seat, "
        "the report said."
    )
    found = {r.speaker_resolved: r.speaker_type for r in extract_attributions(text)}
    assert found["the report"] == "security forces"


def test_relatives_by_familiar_or_affixed_kin_words_are_typed_as_relatives():
    text = (
        "\"He was a special young man,\" said DeAndre's mom, Terrice Ramey. \"It's very difficult,\" said Jones' "
        "brother-in-law. The ex-mayor said the city would rebuild."
    )
    found = {r.speaker_resolved: r.speaker_type for r in extract_attributions(text)}
    assert found["DeAndre's mom, Terrice Ramey"] == "witness or resident"
    assert found["Jones' brother-in-law"] == "witness or resident"
    assert found["The ex-mayor"] != "witness or resident"


def test_a_superintendent_by_the_bare_title_after_the_police_is_the_polices():
    text = (
        "The boy was hit in the head, according to police. Superintendent Eddie Johnson said paramedics revived "
        "the boy at the scene."
    )
    found = {r.speaker_resolved: r.speaker_type for r in extract_attributions(text)}
    assert found["Superintendent Eddie Johnson"] == "security forces"
    text = (
        "Police urged residents to call in tips. \"Our young people are exposed to a lot,\" Superintendent Martha "
        "Peek said. The school will stay open."
    )
    found = {r.speaker_resolved: r.speaker_type for r in extract_attributions(text)}
    assert found["Superintendent Martha Peek"] == "other"


def test_a_person_described_by_age_alone_is_typed_by_the_story_around_the_first_mention():
    text = (
        "Police responded to Pennsylvania Hospital for a report of a wounded man. The 25-year-old man told police "
        "he got off a bus at 10th and Filbert streets."
    )
    assert [r.speaker_type for r in extract_attributions(text)] == ["witness or resident"]


def test_a_fire_rescue_service_is_typed_as_a_fire_department():
    assert classify("Miami-Dade Fire Rescue") == "government"


def test_an_alderman_by_the_abbreviated_title_is_a_politician():
    text = "Ald. Raymond Lopez said the shooting was unacceptable."
    assert [r.speaker_type for r in extract_attributions(text)] == ["party or politician"]


def test_agents_are_security_forces():
    text = "Agents say more arrests are possible in the shooting."
    assert [r.speaker_type for r in extract_attributions(text)] == ["security forces"]


def test_reports_naming_no_outlet_or_document_are_the_press():
    text = "Reports indicate that four people were shot, with two in serious condition."
    assert [r.speaker_type for r in extract_attributions(text)] == ["other media"]
    text = "Reports show police had been called to the house multiple times on Sunday."
    assert [r.speaker_type for r in extract_attributions(text)] == ["other"]


def test_a_witness_is_one_person_a_pronoun_takes_up():
    text = 'Mayor Jane Roe spoke. A witness said it was loud. "It was loud," she said.'
    assert [r.speaker_resolved for r in extract_attributions(text)] == ["A witness", "A witness"]
    text = 'The press said the game was over. "It is over," she said.'
    assert [r.speaker_resolved for r in extract_attributions(text)] == ["The press", "she"]


def test_they_after_a_paragraph_opened_by_a_force_or_its_officers_is_that_force():
    text = "Deputies have released the name of a six-year-old who was shot.\n\nThey say she was killed by accident."
    assert [r.speaker_resolved for r in extract_attributions(text)] == ["Deputies"]
    text = "The Anchorage Police Department is investigating the shooting. They said they are looking for a man."
    assert [r.speaker_resolved for r in extract_attributions(text)] == ["The Anchorage Police Department"]
    text = "Blood stains covered their clothing.\n\nThey told investigators their friend brought over the gun."
    assert [r.speaker_resolved for r in extract_attributions(text)] == ["They"]


def test_the_woman_takes_up_the_unnamed_woman_who_spoke_last():
    text = (
        "Another neighbor who lives on the block said she had just returned home when she heard gunfire.\n\n"
        "“There were a lot of kids playing outside,” said the woman, who didn’t want her name used."
    )
    assert [r.speaker_resolved for r in extract_attributions(text)] == ["Another neighbor who lives on the block"] * 2
    text = "A neighbor said she heard shots. Police arrested a woman at the scene. The woman told police she had fired."
    assert [r.speaker_resolved for r in extract_attributions(text)] == ["A neighbor", "The woman"]
    text = "Jane Roe said she heard shots.\n\n“It was loud,” said the woman."
    assert [r.speaker_resolved for r in extract_attributions(text)] == ["Jane Roe", "the woman"]


def test_a_pronoun_with_no_one_named_before_is_the_last_person_described_by_a_noun_of_that_sex():
    text = "The boy's uncle drove his nephew to the hospital. He told police he had taken his gun out."
    assert [r.speaker_resolved for r in extract_attributions(text)] == ["The boy's uncle"]
    text = "Officers were met by the victim's mother. She told them she was awakened by her son."
    assert [r.speaker_resolved for r in extract_attributions(text)] == ["the victim's mother"]
    text = "The boy's mother was at work. He told police he had found the gun."
    assert [r.speaker_resolved for r in extract_attributions(text)] == ["He"]


def test_the_report_takes_up_the_document_named_before_without_an_issuer():
    text = (
        "The arrest report stated that an officer spoke to the suspect. \"Zyon said that he found the gun,\" the "
        "report said."
    )
    assert [r.speaker_resolved for r in extract_attributions(text)] == ["The arrest report", "The arrest report"]


def test_a_pages_photo_labels_before_a_name_are_no_part_of_the_speaker():
    text = (
        "Buy Photo Wayne County Prosecutor Kym Worthy speaks to reporters. Worthy said eight children have been shot."
    )
    assert [r.speaker_resolved for r in extract_attributions(text)] == ["Wayne County Prosecutor Kym Worthy"]
    text = "San Antonio police investigate. Pro Video Image 2 of 14 Police say two young children were shot."
    assert [r.speaker_resolved for r in extract_attributions(text)] == ["San Antonio police"]


def test_they_after_a_group_that_believes_or_after_and_is_that_group():
    text = "Kentucky State Police believe Barry Moore shot his ex-wife. They say the couple was divorced."
    assert [r.speaker_resolved for r in extract_attributions(text)] == ["Kentucky State Police"]
    text = "Greek unions concede that taxes had to rise. But they say low-income Greeks will suffer."
    assert [r.speaker_resolved for r in extract_attributions(text)] == ["Greek unions"]


def test_it_after_a_one_word_body_that_spoke_is_that_body():
    text = (
        "Microsoft estimated Monday that one in every 500 Windows users had been exposed. Additionally, it said the "
        "number of victims was increasing."
    )
    assert [r.speaker_resolved for r in extract_attributions(text)] == ["Microsoft", "Microsoft"]
    text = "Smith said the flaw was serious. He said it was fixed. Additionally, it said the number was rising."
    assert [r.speaker_resolved for r in extract_attributions(text)][-1] != "Smith"


def test_we_are_told_is_an_agentless_passive_not_a_statement():
    text = "Police say five people were shot. We're told the suspected shooter got into an argument inside."
    assert [r.speaker_resolved for r in extract_attributions(text)] == ["Police"]


def test_a_day_before_a_speakers_name_is_no_part_of_it():
    text = "Monday afternoon Minneapolis Mayor Betsy Hodges said she plans to launch a review."
    assert [r.speaker_resolved for r in extract_attributions(text)] == ["Minneapolis Mayor Betsy Hodges"]


def test_a_description_set_off_with_the_name_it_was_identified_by_is_that_person():
    text = (
        "The carjack victim, identified as Laura Sisk, told the Times the man approached her vehicle. "
        "Sisk told the Times she was shaking."
    )
    assert [r.speaker_resolved for r in extract_attributions(text)] == ["Laura Sisk", "Laura Sisk"]


def test_a_person_described_by_a_noun_of_one_sex_has_that_sex_whatever_pronouns_follow():
    text = (
        "Deputy David Marcus was dispatched to a home where a man and woman had a dispute because the woman said "
        "she found out he was having an affair. She said he lunged at her when he exited his vehicle."
    )
    assert [r.speaker_resolved for r in extract_attributions(text)][-1] == "the woman"


def test_a_phrase_described_as_something_is_what_is_described_not_a_speaker():
    text = "Two women were shot. The suspect, only described as a black male, fled the scene."
    assert [r.cue for r in extract_attributions(text)] == []
    text = "A vehicle described as a late-model silver SUV drove past the house, officials said."
    assert [r.speaker_resolved for r in extract_attributions(text)] == ["officials"]
    text = "Officers responded to what police described as a hostage situation."
    assert [r.speaker_resolved for r in extract_attributions(text)] == ["police"]


def test_a_pages_story_and_video_links_before_a_name_are_no_part_of_the_speaker():
    text = "Previous Story The Beaufort County Sheriff's Office says a girl has died. Deputies say she was visiting."
    assert [r.speaker_resolved for r in extract_attributions(text)][0] == "The Beaufort County Sheriff's Office"


def test_a_lowercase_plural_before_of_is_a_group_they_takes_up():
    text = (
        "Family members of the child said it was not uncommon for Hayden to play there. They said Davis enjoyed "
        "having the children at his home."
    )
    assert [r.speaker_resolved for r in extract_attributions(text)] == ["Family members of the child"] * 2


def test_they_reads_past_a_times_stop_to_the_group_that_opens_the_sentence():
    text = (
        "Deputies responded around 10 a.m. Sunday to the 6000 block of Middleburg Road. They say the victim and "
        "suspect were sitting on a couch."
    )
    assert [r.speaker_resolved for r in extract_attributions(text)] == ["Deputies"]


def test_windows_1252_quotation_marks_read_as_c1_controls_are_curly_quotes():
    text = "\x93We don\x92t think it was random. We think it\x92s a deliberate act,\x94 Spurgeon said.\n"
    records = extract_attributions(text)
    assert [(r.speaker_resolved, r.kind) for r in records] == [("Spurgeon", "direct")]
    assert text[records[0].start : records[0].end].startswith("We don")


def test_a_dateline_or_the_sentence_before_a_forces_name_is_no_part_of_it():
    text = (
        "Updated: Friday, February 21, 2014 6:31 PM EST\n\nThe Greene County Sheriff's Office is charging the "
        "father.\n\nDeputies say the gun was loaded."
    )
    assert [r.speaker_resolved for r in extract_attributions(text)] == ["Greene County Sheriff's Office"]


def test_a_force_named_by_its_place_wins_over_its_bare_name_said_more_often():
    text = (
        "A man was shot, according to the Jacksonville Sheriff’s Office.\n\nHe was found at 11:30. The Sheriff's "
        "Office said it did not know why. Later, The Sheriff's Office said more.\n\nPolice say the man will live."
    )
    assert extract_attributions(text)[-1].speaker_resolved == "Jacksonville Sheriff’s Office"


def test_a_headline_in_capitals_before_a_name_is_no_part_of_the_speaker():
    text = "Share BATON ROUGE POLICE SHOOTING President Obama said the attack was cowardly."
    assert [r.speaker_resolved for r in extract_attributions(text)] == ["President Obama"]
    text = "GOFUNDME PAGE FOR MALEAH WILLIAMS Larunda Craig said she was sad."
    assert [r.speaker_resolved for r in extract_attributions(text)] == ["Larunda Craig"]
    text = "NRA CEO Wayne LaPierre said the law is bad."
    assert [r.speaker_resolved for r in extract_attributions(text)] == ["NRA CEO Wayne LaPierre"]


def test_a_count_opening_the_subject_of_a_coordinated_cue_keeps_its_noun():
    text = 'Police arrived. One of the men pointed a gun at the driver and said, "Give me your car."'
    assert [r.speaker_resolved for r in extract_attributions(text)] == ["One of the men"]
    text = "Two 17-year-olds were taken into custody following the shooting but denied involvement."
    assert [r.speaker_resolved for r in extract_attributions(text)] == ["Two 17-year-olds"]


def test_a_police_report_speaks_for_the_force_named_even_when_that_force_has_not_spoken():
    text = "Lubbock police arrested a woman on Saturday. A police report said Ashley Decastro, 23, was charged."
    assert [r.speaker_resolved for r in extract_attributions(text)] == ["Lubbock police"]


def test_the_kind_of_record_opening_a_document_phrase_is_no_issuer():
    text = "Public records show that he owned the house. He said he was sorry, according to police."
    assert [r.speaker_resolved for r in extract_attributions(text)][0] == "Public records"
    assert "Public" not in [r.speaker_resolved for r in extract_attributions(text)]


def test_they_takes_up_a_family_that_spoke_before():
    text = (
        "Michael's family said he was always safe and responsible around guns. They said they want families to "
        "know one accident has turned their world upside down."
    )
    assert [r.speaker_resolved for r in extract_attributions(text)] == ["Michael's family"] * 2


def test_a_four_letter_word_ending_a_sentence_is_no_abbreviation_before_a_name():
    text = "A man was shot on Mount Moriah Road. Investigators said the man was 25."
    assert [r.speaker_resolved for r in extract_attributions(text)] == ["Investigators"]
    text = "Chicago Police Supt. Garry McCarthy said the man was 25. McCarthy said he had a gun."
    assert [r.speaker_resolved for r in extract_attributions(text)] == ["Chicago Police Supt. Garry McCarthy"] * 2


def test_an_encyclopedias_reference_mark_before_a_speaker_is_no_part_of_it():
    text = "Rodger was bullied.[76] Rodger wrote that he tried to shove girls. He said he was hurt."
    assert [(r.speaker, r.speaker_resolved) for r in extract_attributions(text)] == [
        ("Rodger", "Rodger"),
        ("He", "Rodger"),
    ]


def test_a_sentence_opening_adverb_is_no_name_a_pronoun_takes_up():
    text = "Even though she conceded to the occasional public event, she never agreed to it. She said she was old."
    assert "Even" not in [r.speaker_resolved for r in extract_attributions(text)]


def test_a_day_after_a_cue_is_no_inverted_speaker():
    text = "Burniston was always trying to make money, Ponce, a former classmate at Millikan High, said Thursday."
    assert [r.speaker_resolved for r in extract_attributions(text)] == ["Ponce"]


def test_a_credit_or_dateline_before_a_bracket_or_bar_is_no_part_of_the_speaker():
    text = "NEW ORLEANS (AP) NEW ORLEANS - New Orleans police said two men were shot."
    assert [r.speaker for r in extract_attributions(text)] == ["New Orleans police"]
    text = "WASHINGTON (CNN) Police said two men were shot."
    assert [r.speaker for r in extract_attributions(text)] == ["Police"]


def test_a_source_after_the_person_of_an_elided_relative_clause_is_the_speaker():
    text = "The man police say shot four people at a party was arrested today."
    assert [r.speaker for r in extract_attributions(text)] == ["police"]
    text = "The state police said the man was armed."
    assert [r.speaker for r in extract_attributions(text)] == ["The state police"]


def test_a_force_named_after_a_saint_keeps_the_abbreviation():
    text = "St. Louis police are investigating. Police said the man was 25."
    assert [r.speaker_resolved for r in extract_attributions(text)] == ["St. Louis police"]


def test_that_before_a_person_opening_a_sentence_takes_up_the_one_described():
    text = (
        "A neighbor who lives next door said she heard shots. That neighbor says she watched as crews tried to save "
        "the girl."
    )
    assert [(r.speaker, r.speaker_resolved) for r in extract_attributions(text)][1] == (
        "That neighbor",
        "A neighbor who lives next door",
    )


def test_a_windows_1252_dash_alone_is_read_as_the_dash_it_stands_for():
    text = "OCEANSIDE \x97 The District Attorney's Office announced it will not seek the death penalty."
    assert [r.speaker for r in extract_attributions(text)] == ["The District Attorney's Office"]


def test_police_rank_abbreviations_and_a_bare_captain_are_the_police():
    for text in (
        "Two men were shot outside a bar. Cpl. Marcus Hines said the gunmen fled in a car.",
        "Two men were shot outside a bar. Cmdr. John Perez said the shooting was gang-related.",
        "Police were called to the house at 9 p.m. and found two men shot. Captain Scott Adams said the suspect fled.",
    ):
        assert [r.speaker_type for r in extract_attributions(text)] == ["security forces"], text
    text = "A boy was shot at a party and the fire department took him to hospital. Fire Cmdr. Tom Hale said he was awake."
    assert [r.speaker_type for r in extract_attributions(text)][-1] == "government"


def test_one_who_works_at_a_named_workplace_or_for_a_company_is_a_worker():
    for text in (
        "A gunman opened fire in an office building. Bill Adgate, who works at LPL Financial inside the building, said "
        "he hid in his office.",
        "A gunman opened fire in an office building. Bill Adgate, who works for LPL Financial in the building, said he "
        "hid in his office.",
        "Shots rang out at the festival. Ann Lee, who works at a nearby salon, said she heard five shots.",
    ):
        assert [r.speaker_type for r in extract_attributions(text)] == ["witness or resident"], text
    text = "Ann Lee, who works for Rep. Tom Hale, said the remarks were unfair."
    assert [r.speaker_type for r in extract_attributions(text)] != ["witness or resident"]


def test_a_relative_apposed_with_an_age_after_the_owner_is_a_relative():
    for text in (
        "A girl was shot on State Street. \"I'm going to miss everything about her,\" said Destiny Williams, Jessica "
        "Williams' 14-year-old sister.",
        "A boy was killed on Friday. Ann Lee, Puente’s 17-year-old sister, said she was stunned.",
    ):
        assert [r.speaker_type for r in extract_attributions(text)] == ["witness or resident"], text


def test_a_governor_is_typed_by_the_office_and_by_whose_state_the_story_is_about():
    text = "Arkansas Republican Gov. Asa Hutchinson said Wednesday that state lawmakers should change the bill."
    assert [r.speaker_type for r in extract_attributions(text)] == ["government"]
    text = (
        "Arizona lawmakers passed a religion bill on Monday, and Arizona businesses oppose it. Gov. Jack Markell of "
        "Delaware, a Democrat, said the league should move the game."
    )
    assert [r.speaker_type for r in extract_attributions(text)][-1] == "party or politician"
    text = (
        "Five people were killed at the airport, and the suspect had lived in Alaska and Alaska's police knew him. "
        "Florida Gov. Rick Scott said the survivors were fighting for their lives."
    )
    assert [r.speaker_type for r in extract_attributions(text)][-1] == "government"


def test_a_person_described_then_named_by_a_given_name_is_typed_by_the_description():
    text = "Three people were shot outside the church on Christmas Eve. \"It's shocking,\" said a woman named Brenda."
    assert [r.speaker_type for r in extract_attributions(text)] == ["witness or resident"]


def test_a_bare_name_taken_up_by_a_candidates_description_is_a_candidate():
    text = (
        "The shooting reverberated across the campaign trail Sunday, and Donald Trump ripped President Obama for "
        "avoiding the term.\n\nThe presumptive Republican presidential nominee went so far as to say Obama should "
        "step down.\n\n\"We are not going to have a country anymore,\" Trump said."
    )
    assert {r.speaker_resolved: r.speaker_type for r in extract_attributions(text)}["Donald Trump"] == (
        "party or politician"
    )
    text = (
        "Joe Biden looked as if he could barely stay in his seat, interrupting Paul Ryan for the GOP nominee. "
        "\"He had his Red Bull,\" Biden said. Ryan said the debate was fair."
    )
    assert {r.speaker_resolved: r.speaker_type for r in extract_attributions(text)}["Joe Biden"] != (
        "party or politician"
    )


def test_two_of_the_medias_people_joined_are_the_media():
    text = (
        "The identity of Felt remained a secret until May 2005, when Woodward and Bernstein confirmed revelations "
        "published in Vanity Fair. Washington Post reporters Bob Woodward and Carl Bernstein had written the stories."
    )
    types = {r.speaker_resolved: r.speaker_type for r in extract_attributions(text)}
    assert types["Woodward and Bernstein"] == "other media"
    text = "Carl Bernstein and Bob Woodward have said they would reveal the source once he was dead."
    assert [r.speaker_type for r in extract_attributions(text)] == ["other media"]


def test_a_person_arrested_or_pleading_guilty_is_a_suspect_whatever_the_description():
    for text in (
        "Roger Stone, an eccentric longtime Republican strategist with a tattoo of Richard Nixon's face on his back, was "
        "arrested early Friday. Stone said he would plead not guilty.",
        "Former Rep. Jesse Jackson Jr. (D-Ill.) pleaded guilty on Wednesday. Jackson said he had lived off his campaign.",
    ):
        assert {r.speaker_type for r in extract_attributions(text)} == {"other"}, text
    text = "Representative Chris Collins was indicted on Wednesday. Collins said he would be fully vindicated."
    assert {r.speaker_type for r in extract_attributions(text)} == {"party or politician"}


def test_an_unnamed_person_described_by_being_there_is_a_witness():
    for text in (
        "Police found two men shot. A man walking by the apartment said he had known the men since they were kids.",
        "Shots rang out at the club. One woman who called 911 said she heard at least 20 shots.",
        "An officer was shot. A woman in a nearby hair salon said she heard 10 shots.",
    ):
        assert [r.speaker_type for r in extract_attributions(text)][-1] == "witness or resident", text
    text = "A girl was shot. A man inside a nearby apartment says he was cleaning his gun when it went off."
    assert [r.speaker_type for r in extract_attributions(text)][-1] != "witness or resident"


def test_an_outside_firms_technical_officer_is_an_expert():
    text = (
        "Microsoft released a patch for Internet Explorer. Microsoft said the flaw was serious. The attack is very "
        "targeted, according to Wolfgang Kandek, chief technology officer of Qualys."
    )
    assert {r.speaker_resolved: r.speaker_type for r in extract_attributions(text)}["Wolfgang Kandek"] == "expert"
    text = (
        "AMD bought SeaMicro. SeaMicro makes servers, and SeaMicro will keep its name. The chips are fast, said Gary "
        "Lauterbach, chief technology officer of SeaMicro."
    )
    assert {r.speaker_resolved: r.speaker_type for r in extract_attributions(text)}["Gary Lauterbach"] != "expert"


def test_an_officers_title_opening_the_sentence_without_an_article_is_the_names_role():
    text = "Microsoft released a fix. Director at security company Trusteer, Dana Tamir said that the patch is a workaround."
    assert {r.speaker_resolved: r.speaker_type for r in extract_attributions(text)}["Dana Tamir"] == "expert"
    text = "A man was found dead. Chief of Police, Jay Fortenbery, says that officers responded to a shooting."
    assert {r.speaker_resolved: r.speaker_type for r in extract_attributions(text)}["Jay Fortenbery"] == "security forces"


def test_dispatch_by_the_bare_word_is_the_dispatchers():
    text = "Dispatch said officers are responding to a shooting in Duncan."
    assert [r.speaker_type for r in extract_attributions(text)] == ["security forces"]


def test_charging_papers_and_arrest_documents_speak_for_their_issuers():
    text = "A silver sedan was involved in the shooting, according to charging papers."
    assert [r.speaker_type for r in extract_attributions(text)] == ["government"]
    text = "Arrest documents say the gun was found in a shoe box."
    assert [r.speaker_type for r in extract_attributions(text)] == ["security forces"]


def test_a_relative_owned_by_a_pronoun_before_the_name_inside_a_sentence_is_a_relative():
    text = "Andrew has received 50,000 cards from Asia and Europe, his grandmother, Alyson Little, said."
    assert [r.speaker_type for r in extract_attributions(text)] == ["witness or resident"]


def test_an_outside_firms_technical_officer_by_a_title_before_the_name_is_an_expert():
    text = (
        "Microsoft released a patch for Internet Explorer. Microsoft said the flaw was serious. \"The workarounds were "
        "cumbersome,\" Qualys CTO Wolfgang Kandek said."
    )
    assert {r.speaker_resolved: r.speaker_type for r in extract_attributions(text)}["Qualys CTO Wolfgang Kandek"] == (
        "expert"
    )


def test_a_companys_own_experts_on_its_own_affairs_are_the_company():
    text = (
        "Microsoft released a patch for Internet Explorer on Wednesday. Microsoft said the flaw was serious, and "
        "Microsoft urged users to update. Microsoft security experts estimated that 0.2 percent of users were exposed."
    )
    assert {r.speaker_resolved: r.speaker_type for r in extract_attributions(text)}["Microsoft security experts"] == (
        "other"
    )


def test_a_state_that_accuses_or_denies_is_a_party_to_the_events():
    text = (
        "Swedish prosecutors dropped the case on Tuesday. Sweden's attorney general can hear an appeal, and Swedish "
        "police closed the file. Assange is battling extradition to the United States, which accuses him of "
        "publishing secret documents."
    )
    assert {r.speaker_resolved: r.speaker_type for r in extract_attributions(text)}["the United States"] == "government"


def test_a_countrys_word_in_a_us_place_name_is_no_mention_of_the_country():
    from workbench.extract.speakers import home_country

    text = (
        "A teen was shot in what the Indian River County Sheriff's Office is calling a hunting accident. Deputies from "
        "Indian River County said the Indian River Lagoon area was closed."
    )
    assert home_country(text) != "India"


def test_an_advocacy_body_named_with_a_us_state_is_no_state_body():
    text = "A boy was shot in Nashville. According to Safe Tennessee Project, this is the eighth child shot this year."
    assert [r.speaker_type for r in extract_attributions(text)] == ["NGO or rights group"]
    text = (
        "Arizona lawmakers passed the bill. Cathi Herrod, president of the Center for Arizona Policy, said the attacks "
        "on it were politics at its worst."
    )
    assert {r.speaker_resolved: r.speaker_type for r in extract_attributions(text)}["Cathi Herrod"] == "NGO or rights group"


def test_a_capitalised_pronoun_opening_the_sentence_is_a_participles_subject():
    text = "Mayor John Smith toured the town. He visited the site on Monday, saying that the city would rebuild."
    assert [(r.speaker, r.speaker_resolved, r.cue) for r in extract_attributions(text)] == [
        ("He", "Mayor John Smith", "saying")
    ]
    text = "She issued a statement over the weekend saying she had never met him."
    assert [(r.speaker, r.cue, r.medium) for r in extract_attributions(text)] == [("She", "saying", "a statement")]


def test_a_participle_right_after_a_document_put_out_gives_its_words_without_a_comma():
    text = "But Moore's campaign issued a statement saying the report is false."
    assert [(r.speaker, r.cue, r.content) for r in extract_attributions(text)] == [
        ("Moore's campaign", "saying", "the report is false")
    ]
    text = "The bishops have also issued several letters to members of Congress calling for a budget for the poor."
    assert [(r.speaker, r.cue) for r in extract_attributions(text)] == [("The bishops", "calling")]
    text = "The campaign released a statement saying the report is false."
    assert [r.speaker for r in extract_attributions(text)] == ["The campaign"]


def test_warning_is_a_participle_of_the_clauses_subject_and_never_the_noun():
    text = "Senior officials raised the stakes on Democrats, warning on Wednesday that inaction would hurt the economy."
    assert [(r.speaker, r.cue) for r in extract_attributions(text)] == [("Senior officials", "warning")]
    for text in (
        "The man fired two warning shots with his pistol.",
        "Fresno police issue warning about phone and computer scams.",
        "She said she got a warning from the Israelis that the house would be struck.",
    ):
        assert "warning" not in [r.cue for r in extract_attributions(text)]


def test_called_before_a_thing_and_the_name_it_gives_it_is_a_characterisation():
    text = "Republicans called the bill a Democratic power grab. Democrats called that a mischaracterization."
    assert [(r.speaker, r.cue) for r in extract_attributions(text)] == [("Republicans", "called"), ("Democrats", "called")]
    text = "Hillary Clinton called the massacre in Orlando, Fla., an “act of terror” on Sunday."
    assert [r.speaker for r in extract_attributions(text)] == ["Hillary Clinton"]
    for text in (
        "He called the teen's cellphone and a police detective answered.",
        "Hunter called her boyfriend on a cellphone.",
        "She called her mother a day later.",
    ):
        assert extract_attributions(text) == []


def test_a_relative_clause_hangs_on_the_source_of_a_response_or_on_a_listed_member():
    text = "The decision incited instant condemnation from Democrats, who said it was an abuse of power."
    assert [r.speaker for r in extract_attributions(text)] == ["Democrats"]
    text = "Police received a 911 call from a man who said he shot his wife."
    assert [r.speaker for r in extract_attributions(text)] == ["a man"]
    text = "It was a similar call from Sen. Amy Klobuchar of Minnesota, who tweeted that the report must be released."
    assert [r.speaker_resolved for r in extract_attributions(text)] == ["Sen. Amy Klobuchar"]
    text = "He faced pressure from employers, including Wal-Mart, which complained that the measure was discriminatory."
    assert [r.speaker for r in extract_attributions(text)] == ["Wal-Mart"]


def test_a_lowercase_role_before_a_name_makes_a_speaker():
    text = '"It lasted around 30 seconds," said public relations executive Bina Mathews.'
    assert [r.speaker for r in extract_attributions(text)] == ["public relations executive Bina Mathews"]
    text = "He faced pressure, including retail giant Wal-Mart, which complained that the measure was discriminatory."
    assert [r.speaker for r in extract_attributions(text)] == ["retail giant Wal-Mart"]
    text = "At one point Tyson said he turned to get clothing from the backpack."
    assert [r.speaker for r in extract_attributions(text)] != ["point Tyson"]


def test_advised_and_recommended_count_before_what_is_advised():
    text = "In a blog post, Microsoft's Dustin Childs advised users to set the zone settings to high."
    assert [(r.speaker, r.cue) for r in extract_attributions(text)] == [("Microsoft's Dustin Childs", "advised")]
    text = "Prosecutors recommended Mr. Jackson receive a sentence of 46 months."
    assert [(r.speaker, r.cue) for r in extract_attributions(text)] == [("Prosecutors", "recommended")]
    for text in (
        "Residents are advised to download the update.",
        "Those playing through Stadia's recommended Chromecast Ultra will get 30 frames a second.",
    ):
        assert extract_attributions(text) == []


def test_a_lowercase_plural_source_opening_the_sentence_is_its_first_verbs_subject():
    text = "But environmental groups applauded the reversal on Friday and called for more restrictions on hunting."
    assert [(r.speaker, r.cue) for r in extract_attributions(text)] == [("environmental groups", "called")]
    text = "Now neighbors are thankful her grandson will be okay, but said it's a sad reminder."
    assert [r.speaker for r in extract_attributions(text)] == ["neighbors"]
    text = "The mayor says authorities aren't ready to discuss a motive of the gunman who attacked a clinic, but says more."
    assert "authorities" not in [r.speaker for r in extract_attributions(text)]


def test_a_count_opening_the_subject_with_than_opens_no_clause():
    text = "And more than a half-dozen House and Senate Democrats also have said they will skip the event."
    assert [r.speaker for r in extract_attributions(text)] == ["more than a half-dozen House and Senate Democrats"]
    text = "The shooting less than a mile from police headquarters added to the tensions."
    assert extract_attributions(text) == []


def test_an_outlet_relaying_a_pronouns_quotation_is_a_speaker_the_pronoun_does_not_look_back_to():
    text = 'Gov. Paul LePage spoke on Tuesday. "I will not resign," he said after a meeting, according to the Boston Globe.'
    records = extract_attributions(text)
    assert [(r.speaker, r.speaker_resolved) for r in records] == [
        ("the Boston Globe", "the Boston Globe"),
        ("he", "Gov. Paul LePage"),
    ]


def test_a_title_quoted_inside_an_attribution_is_no_resumed_quotation():
    text = '"That\'s not on my agenda," he said on "This Week" in an interview.'
    assert [r.content for r in extract_attributions(text)] == ["That's not on my agenda"]
    text = '"A strike would be horrible," he said. "It would hurt everyone."'
    assert [r.content for r in extract_attributions(text)] == ['A strike would be horrible," he said. "It would hurt everyone']


def test_an_outlet_relays_a_quotation_after_an_inverted_speaker_and_where_it_was_said():
    text = '"I want to see the birth certificate," said Trump in an interview on NBC\'s "Today" show, according to TIME.'
    assert [(r.speaker, r.kind) for r in extract_attributions(text)] == [("TIME", "according_to"), ("Trump", "direct")]


def test_a_name_alone_is_not_the_person_who_speaks_for_it():
    text = "A spokesman for Microsoft said the patch was ready. The fix is urgent, according to Microsoft."
    assert [r.speaker_resolved for r in extract_attributions(text)] == ["A spokesman for Microsoft", "Microsoft"]


def test_a_body_named_alone_is_not_the_people_at_it_named_before():
    text = (
        "Researchers at software security firm Trend Micro say attacks are spreading. The fix is urgent, according"
        " to Trend Micro."
    )
    assert [r.speaker_resolved for r in extract_attributions(text)][1] == "Trend Micro"


def test_a_straight_mark_closed_by_a_pair_of_apostrophes_closes_there():
    text = "\"Our teams are struggling to evacuate,'' said Subhan Sahara, the head of the disaster agency."
    assert [text[q.start : q.end] for q in find_quotes(text)] == ["Our teams are struggling to evacuate,"]
    assert [r.speaker for r in extract_attributions(text)] == ["Subhan Sahara"]


def test_a_relative_clause_with_a_time_before_its_cue_leaves_the_main_cue_its_subject():
    text = "Mike Pence, who last year claimed the campaign had been quiet, said Monday that he had not known."
    assert [(r.speaker, r.cue) for r in extract_attributions(text)] == [("Mike Pence", "claimed"), ("Mike Pence", "said")]


def test_now_before_a_cue_and_a_death_toll_claimed():
    text = "Trump and his lawyer, John Dowd, now claim that the president already knew."
    assert [r.cue for r in extract_attributions(text)] == ["claim"]
    text = "Investigators now say they're looking into whether the children were caught in crossfire."
    assert [r.speaker for r in extract_attributions(text)] == ["Investigators"]
    for text in (
        "The feud has now claimed the two teenage victims who were injured last weekend.",
        "The shooting claimed the life of 47-year-old Michael Matthews.",
    ):
        assert extract_attributions(text) == []


def test_more_participles_speak_for_the_subject_of_the_clause_before_them():
    text = "Other officials in the GOP were less forgiving, however, suggesting that Akin had created a distraction."
    assert [r.cue for r in extract_attributions(text)] == ["suggesting"]
    text = "Sen. Kirsten Gillibrand also chimed in, demanding that the report be made public."
    assert [(r.speaker, r.cue) for r in extract_attributions(text)] == [("Sen. Kirsten Gillibrand", "demanding")]


def test_a_capitalised_word_then_a_lowercase_role_before_a_full_name_is_one_speaker():
    text = "Bombastic conservative talk show host Glenn Beck closed the conference by demanding that Republicans unite."
    assert [r.speaker for r in extract_attributions(text)] == ["Bombastic conservative talk show host Glenn Beck"]
    text = "President Trump stood firm Friday, saying he could declare a national emergency."
    assert [r.speaker for r in extract_attributions(text)] == ["President Trump"]


def test_a_question_asked_of_a_named_person_before_its_quotation_and_the_answer_after():
    text = (
        "Elijah Coleman testified on Tuesday. Lynch asked Coleman, ``You just lied to this jury, correct?''\n"
        "``Yes,'' he responded."
    )
    records = extract_attributions(text)
    assert [(r.speaker, r.cue, r.kind) for r in records] == [("Lynch", "asked", "direct"), ("he", "responded", "direct")]
    assert records[1].speaker_resolved == "Elijah Coleman"


def test_a_document_put_out_at_a_time_speaks_through_its_that_clause():
    text = "A task force released a 225-page report on Tuesday that called for armed officers in every school."
    assert [(r.speaker, r.speaker_resolved, r.cue) for r in extract_attributions(text)] == [
        ("a 225-page report", "A task force", "called")
    ]


def test_a_role_in_a_named_body_may_be_as_long_as_the_bodys_name():
    text = (
        "Mahmoud Al-Goweiny, a member of the National Telecommunications Regulatory Authority's board of directors"
        " said that the cable was cut."
    )
    assert [r.speaker for r in extract_attributions(text)] == [
        "a member of the National Telecommunications Regulatory Authority's board of directors"
    ]


@pytest.mark.parametrize(
    ("text", "resolved"),
    [
        ("The criticism comes in a letter released Tuesday and signed by nearly 40 teachers at the college. "
         "The letter says, “We object to the cuts.”", "nearly 40 teachers"),
        ("In a letter, obtained by Fox News and signed by every Democrat on the panel, the members made their "
         "case. “We ask you to resign,” the letter stated.", "every Democrat"),
        ("A group of nearly 40 teachers at the college has sent Smith, R-Ohio, a letter saying the cuts are "
         "wrong. “We object to the cuts,” the letter states.", "A group of nearly 40 teachers at the college"),
    ],
)
def test_a_document_named_again_speaks_for_its_issuer_past_an_aside_or_an_addressee(text, resolved):
    assert extract_attributions(text)[-1].speaker_resolved == resolved


def test_a_group_of_people_is_no_he_or_she():
    text = (
        "A group of nearly 40 teachers at the college has sent Rep. Tom Smith, R-Ohio, a letter saying the cuts are "
        "wrong. “We object to the cuts,” the letter states.\n\n"
        "Smith has talked about the budget in several interviews.\n\n"
        "“The cuts are fair,” he said."
    )
    assert extract_attributions(text)[-1].speaker_resolved == "Rep. Tom Smith"


@pytest.mark.parametrize(
    ("text", "resolved"),
    [
        ("Eric Robert Rudolph is serving four life sentences. Olympic Park bomber Rudolph complained in letters "
         "that the prison was driving him insane.", "Eric Robert Rudolph"),
        ("Tara Reid entered rehab. The 33-year-old Reid said she was a social drinker.", "Tara Reid"),
    ],
)
def test_a_role_or_an_age_before_a_surname_is_the_person_named_in_full(text, resolved):
    assert extract_attributions(text)[-1].speaker_resolved == resolved


@pytest.mark.parametrize(
    "text",
    [
        "Ann Reid and Tom Reid were at home. The 33-year-old Reid said she heard shots.",
        "Tom Miranda was at home. Neither they nor Miranda said they saw the shooter.",
    ],
)
def test_a_role_before_a_surname_of_two_people_or_a_clause_stays_as_written(text):
    assert extract_attributions(text)[-1].speaker_resolved not in ("Ann Reid", "Tom Reid", "Tom Miranda")


@pytest.mark.parametrize(
    ("text", "resolved"),
    [
        ("A statement from Surrey police said the fire was being treated as suspicious.", "Surrey police"),
        ("A news release from the Weld County Sheriff’s office said the man was a guest in the house.",
         "Weld County Sheriff’s office"),
    ],
)
def test_a_document_speaks_for_an_issuer_whose_name_ends_on_a_lowercase_body_noun(text, resolved):
    assert extract_attributions(text)[0].speaker_resolved == resolved


@pytest.mark.parametrize(
    "text",
    [
        "The court of appeals met. The court of denied the motions because the facts were disputed.",
        "Police believe the person who fired the weapon is an acquaintance of the victim and said the shooting "
        "was an accident.",
    ],
)
def test_a_phrase_ending_on_a_connective_or_a_preposition_is_no_speaker(text):
    assert all(not r.speaker.endswith((" of", " and")) for r in extract_attributions(text) if r.speaker)


def test_a_bare_plural_takes_up_the_group_of_that_plural_described_before():
    text = (
        "Critics of the tax say it was never meant to apply to small farms. Critics say the policy drives "
        "families off the land."
    )
    assert [r.speaker_resolved for r in extract_attributions(text)] == ["Critics of the tax"] * 2


def test_a_bare_plural_far_from_the_group_described_before_stays_as_written():
    text = (
        "Witnesses at the club said the shooter fled. " + "The case went on for months. " * 120
        + "Witnesses said a couple fired twenty shots at the river."
    )
    assert extract_attributions(text)[-1].speaker_resolved == "Witnesses"


@pytest.mark.parametrize(
    ("text", "resolved"),
    [
        ("The fair stayed open.\n\nWilliam Lee Price, Director of Marketing and Operations for the Central Florida "
         "Fair, said about 15,000 people were at the fairgrounds.", "William Lee Price"),
        ("The trial went on.\n\nLaura Moore, a neighbor of Powell's testified about finding the bodies.",
         "Laura Moore"),
    ],
)
def test_a_description_apposed_to_a_name_opening_the_sentence_is_that_person(text, resolved):
    assert extract_attributions(text)[0].speaker_resolved == resolved


def test_a_body_after_a_place_and_a_comma_is_no_apposition():
    text = "In East Oakland, police said two men were shot."
    assert extract_attributions(text)[0].speaker_resolved != "East Oakland"


def test_a_relative_described_by_kin_is_the_one_named_after_that_kin_noun():
    text = (
        "According to his uncle, Greg Johnston, Smith’s family was out of town. Smith’s uncle says the gun was "
        "left behind when someone moved out."
    )
    records = extract_attributions(text)
    assert records[-1].speaker == "Smith’s uncle" and records[-1].speaker_resolved == records[0].speaker_resolved
    assert records[0].speaker_resolved.endswith("Greg Johnston")


def test_a_relative_described_by_kin_is_left_when_another_speaker_has_that_surname():
    text = (
        "“We jumped out of bed,” said Susan Gemmer. Gemmer says her granddaughter, 18-year-old Alexis Gemmer, was "
        "at the home. Gemmer tells The Associated Press that according to her granddaughter, the gunman shot two "
        "people."
    )
    assert "Alexis Gemmer" not in [r.speaker_resolved for r in extract_attributions(text)]


def test_a_statement_in_a_headline_on_the_first_line_is_not_counted():
    text = "Charger says he's innocent of DUI\nThe receiver was arrested on Sunday. His agent said he would appeal."
    assert [r.speaker for r in extract_attributions(text)] == ["His agent"]


def test_a_lead_opening_on_a_dateline_is_no_headline():
    text = "COLUMBUS, Ohio -- Columbus Police said a boy is in the hospital\nHe was shot on Sunday."
    assert [r.speaker for r in extract_attributions(text)] == ["Columbus Police"]


def test_a_newspaper_after_the_and_a_magazine_in_capitals_are_the_media():
    text = (
        '"I will not resign," the governor said Tuesday, according to the Boston Globe. '
        '"I want to see the birth certificate," Trump said, according to TIME.'
    )
    typed = {r.speaker: r.speaker_type for r in extract_attributions(text)}
    assert (typed["the Boston Globe"], typed["TIME"]) == ("other media", "other media")


def test_a_surname_that_is_a_relatives_word_with_an_s_is_no_relative():
    text = (
        'Dustin Childs, a manager in the company\'s security group, said the attacks were limited. '
        'DeMarcus Cousins says he was horrible in the loss.'
    )
    typed = {r.speaker: r.speaker_type for r in extract_attributions(text)}
    assert (typed["Dustin Childs"], typed["DeMarcus Cousins"]) == ("other", "other")


def test_made_it_clear_that_states_its_clause_and_made_alone_is_no_cue():
    text = (
        "While State Police Col. Mike Edmonson made it clear that officers were the main target, the man who made"
        " the call said he was scared."
    )
    assert [(r.speaker, r.cue, r.content) for r in extract_attributions(text)] == [
        ("State Police Col. Mike Edmonson", "made", "officers were the main target"),
        ("the man who made the call", "said", "he was scared"),
    ]


def test_expressed_concern_that_states_its_clause_and_expressed_alone_is_no_cue():
    text = (
        "Family members of the victims expressed outrage that Nichols had escaped the death penalty. "
        "The mayor expressed his condolences to the family and called the shooting senseless, police said."
    )
    assert [(r.speaker, r.cue, r.content) for r in extract_attributions(text)][:2] == [
        ("Family members of the victims", "expressed", "outrage that Nichols had escaped the death penalty"),
        ("police", "said", "The mayor expressed his condolences to the family and called the shooting senseless"),
    ]


def test_statistics_tests_and_results_are_documents_that_show():
    text = (
        "Statistics show that less than 1 percent of violent crimes are resolved with DNA. "
        "Breathing tests showed his lungs could not hold as much air as normal. "
        "Preliminary autopsy results show the two children died from gunshot wounds."
    )
    assert [(r.speaker, r.speaker_type, r.cue) for r in extract_attributions(text)] == [
        ("Statistics", "other", "show"),
        ("Breathing tests", "other", "showed"),
        ("Preliminary autopsy results", "government", "show"),
    ]


def test_referred_to_x_as_a_quoted_name_is_a_characterisation():
    text = (
        "At one point, Weiner referred to a reporter in the scrum as a \"jackass.\" "
        "The BBC referred to the selection process as project Houdini."
    )
    assert [(r.speaker, r.cue, r.content) for r in extract_attributions(text)] == [
        ("Weiner", "referred", 'to a reporter in the scrum as a "jackass'),
    ]


def test_chimed_in_before_a_quotation_or_a_clause_is_a_cue():
    text = (
        "The New York Times also chimed in: “Washington is more than partisan enough.” "
        "The church bells chimed as the crowd gathered, police said."
    )
    assert [(r.speaker, r.cue, r.content) for r in extract_attributions(text)] == [
        ("The New York Times", "chimed", "Washington is more than partisan enough"),
        ("police", "said", "The church bells chimed as the crowd gathered"),
    ]


def test_agreed_that_states_its_clause_but_not_inside_a_reported_clause():
    text = (
        "Larry Johnson, a former head of criminal investigations for the Secret Service, agreed that bomb makers"
        " usually leave evidence behind. A majority of Democrats in the room said they agreed that he is a terrible"
        " choice."
    )
    assert [(r.speaker, r.cue, r.content) for r in extract_attributions(text)] == [
        ("Larry Johnson", "agreed", "bomb makers usually leave evidence behind"),
        ("A majority of Democrats in the room", "said", "they agreed that he is a terrible choice"),
    ]


def test_dismissed_x_as_a_quoted_word_is_a_characterisation():
    text = (
        "But Cornyn dismissed Obama's concerns as \"unpersuasive.\" "
        "During the trial he dismissed his defense team in order to serve as his own defense."
    )
    assert [(r.speaker, r.cue, r.content) for r in extract_attributions(text)] == [
        ("Cornyn", "dismissed", "Obama's concerns as \"unpersuasive"),
    ]


def test_plain_descriptor_keeps_adjectives_and_nouns_and_bars_verbs_adverbs_and_connectives():
    from workbench.extract.attributions import CUE_FORMS_AS_NOUNS, _plain_descriptor

    assert _plain_descriptor("environmental") and _plain_descriptor("football")
    assert not _plain_descriptor("reportedly") and not _plain_descriptor("arrested") and not _plain_descriptor("and")
    # a cue form is a word of a role only where the caller keeps cue forms as nouns ("talk show host")
    assert not _plain_descriptor("show") and _plain_descriptor("show", CUE_FORMS_AS_NOUNS)
