"""Who a speaker is: the fullest name or title the article gives them, and what kind of source they are.

Reporters name a source in full once ("Secretary of State Yerlan Karin") and then shorten it ("Karin",
"he"); counting sources per outlet needs all three to be one speaker. Source types come from a gazetteer
of titles and organisations (`data/source_types.csv`) so researchers can read and extend the rules.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Iterator
from functools import lru_cache
from itertools import filterfalse
from typing import NamedTuple

from workbench.data import read_rows

PRONOUNS = frozenset({"he", "she", "they", "it", "we", "i", "him", "her", "them"})
PERSON_PRONOUNS = frozenset({"he", "she", "i", "him", "her"})
# Nouns of a person of one sex.
FEMALE_NOUNS = frozenset("woman mother girl wife daughter sister".split())
MALE_NOUNS = frozenset("man father boy husband son brother".split())
PERSON_NOUNS = FEMALE_NOUNS | MALE_NOUNS
# "the man" and "the woman" as a speaker: the sex each says, and the noun that, written again, may bring in another
# person of that sex.
SEXED_SPEAKERS = {"the man": ("m", re.compile(r"\bman\b", re.I)), "the woman": ("f", re.compile(r"\bwoman\b", re.I))}
# The person nouns and the kin nouns beside them, by sex.
FEMALE_KIN = FEMALE_NOUNS | {"aunt", "grandmother", "niece"}
MALE_KIN = MALE_NOUNS | {"uncle", "grandfather", "nephew"}
# An unnamed person of a known sex, by a noun for one after a determiner and up to two words that are no verb of
# speech, determiner or conjunction ("The boy's uncle", "an older boy", "the victim's mother"; not "a child and
# another woman", "the victims said his son"): group 1 is the noun, which says the sex (FEMALE_KIN those of women).
# (the determiner's word start is checked once its first letter is read, so that the engine skips ahead to one)
DESCRIBED_KIN = re.compile(
    r"[TtAaOo](?<![\w'’-].)(?:(?<=[Tt])he|(?<=[Aa])n?|(?<=[Aa])nother|(?<=[Oo])ne)\s+"
    r"(?:(?!(?:and|or|of|the|a|an|his|her|their|another|one|said|says|told)\s)[\w'’-]+\s+){0,2}?"
    r"(" + "|".join(sorted(FEMALE_KIN | MALE_KIN)) + r")(?![\w'’-])"
)
DETERMINERS = frozenset({"the", "a", "an", "this", "that", "these", "those"})
# Honorifics dropped when comparing names ("Mr. Trump" is "Trump").
HONORIFICS = frozenset({"mr", "mrs", "ms", "miss", "dr", "mr.", "mrs.", "ms.", "dr."})
# A name opened by a doctor's honorific names the bearer in full ("Dr. Lisa Bardack" for "Bardack").
DOCTOR_HONORIFICS = frozenset({"Dr.", "Dr"})
# A title written before an honorific and a name ("East Baton Rouge Parish Coroner Dr. Beau Clark", "state medical
# examiner Dr. Karen Gunson"): group 1 is the title.
HONORIFIC_AFTER_TITLE = re.compile(
    r"^(.*\S)[ \t]+(?:Dr|Mr|Mrs|Ms)\.?[ \t]+[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*)*$"
)
# Capitalised words that start a sentence or a clause but are not part of a name.
NON_NAME_WORDS = frozenset(
    """The A An But And Or So Yet On In At After Before When While If As Meanwhile However Also Then Last This
    That These Those It He She They We I His Her Their Its Our Monday Tuesday Wednesday Thursday Friday
    Saturday Sunday January February March April May June July August September October November December
    According Asked Speaking Earlier Later Since During Under Over For From With Without Despite Although
    Though Because Still Now Today Yesterday Tonight Some Many Several Both Each Every No Not Former Another
    Other There Here Once Until Unless Even Throughout Plus Among Amid Just Only Instead Perhaps Indeed Nearly
    Almost""".split()
)
# Institutions a bare noun ("police", "the ministry") stands for; the article usually names the force.
INSTITUTION_HEADS = frozenset(
    """police ministry committee department office agency army military court government council commission
    service bureau patrol sheriff's embassy administration authority company campaign""".split()
)
# Words that end the name of an organisation, so "police" can resolve to "Rocky Mount Police Department".
ORG_ENDINGS = frozenset(
    """Department Police Service Office Ministry Committee Agency Force Forces Army Bureau Patrol Commission
    Council Court Guard Administration Authority Embassy Government Department's Police's Survey Watch Press
    News Times Post Institute Foundation Association Union Party Group Network Corporation Company Bank Fund
    Organization Organisation Radio Television Media Project Coalition Alliance Society Board""".split()
)
# The opening of a body's name before an "and" that joins it to the rest ("The United States Fish and").
JOINED_BODY_BEFORE = re.compile(r"(?<![\w'’-])((?:The|the)\s+(?:[A-Z][\w.-]*\s+){1,4})and\s+$")
# Last words of the names of government agencies, which "the agency" takes up: "Fish and Wildlife Service".
AGENCY_NAME_ENDINGS = frozenset("Agency Service Administration Bureau Commission Survey".split())
# Plural words that open the name of a body before "for" or "of" ("Centers for Disease Control").
BODY_PLURALS = frozenset("Centers Centres Institutes Services Forces Affairs Resources".split())
# Lowercase words inside the capitalised name of a place or body: "Department of Game and Inland Fisheries".
NAME_CONNECTORS = frozenset("of the and for on at de".split())
# A plural head noun, capitalised or not, with no word after it: "Officials", "doctors" (not "Jones", "boss").
PLURAL_HEAD = re.compile(r"(?:(?:the|The)\s+)?[A-Za-z][a-z]+[^s'’]s")
# Last words of place names, which are not people: "Colcord Avenue", "Kings County Hospital".
NAME_SUFFIXES = frozenset({"Jr", "Sr", "II", "III", "IV"})
# The residents of a place, named after it ("Brooklynites", "some Manhattanites on Twitter").
RESIDENTS_OF_PLACE = re.compile(
    r"(?:(?:[Tt]he|[Ss]ome|[Mm]any|[Oo]ther|[Ss]everal|[Ff]ellow)\s+)?[A-Z][a-z]{4,}ites(?:\s+(?:on|in|at|from)\s+[\w' -]+)?"
)
# An unnamed person by a noun for one, after a determiner and a word or none ("one woman", "a young man", "The
# woman"): what PERSON_IN_PLACE and PERSON_WHO open on, before the words that describe the person.
_UNNAMED_PERSON_OPENING = r"(?:[Oo]ne|[Aa]n?|[Aa]nother|[Tt]he)\s+(?:[a-z][\w-]*\s+)?"
_UNNAMED_PERSON_NOUNS = "woman|man|mother|father|girl|boy|teenager"
# An unnamed person described by where they are: "one woman in Qeshm", "a man from Bandar Abbas".
PERSON_IN_PLACE = re.compile(
    rf"{_UNNAMED_PERSON_OPENING}(?:{_UNNAMED_PERSON_NOUNS})\s+(?:in|from)\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*"
)
# A priest's title before a name, no kin word ("Jesuit Father Thomas J. Reese"): an honorific.
# A person's full name at the end of a speaker, made plain a name by a middle initial or a suffix ("Harold L. Child
# Jr.", "John A. Smith", "Robert Walker Sr."): its capitalised parts are the name, never role words ("child").
PERSONAL_NAME_END = re.compile(
    r"(?<![\w'’.-])[A-Z][a-z][\w'’-]*(?:(?:[ \t]+[A-Z]\.)+[ \t]+[A-Z][\w'’-]+(?:,?[ \t]+(?:Jr|Sr)\.)?"
    r"|[ \t]+[A-Z][\w'’-]+,?[ \t]+(?:Jr|Sr)\.)$"
)
CLERICAL_TITLE = re.compile(r"(?<![\w'’-])Father\s+[A-Z][\w'’-]*(?:\s+(?:[A-Z]\.\s+)?[A-Z][\w'’-]*)*$")
PLACE_ENDINGS = frozenset(
    """Avenue Street Road Boulevard Drive Lane Highway Way Place Square Park County City Center Centre Hospital
    School University College Church Mall Station Airport Bridge Court Island Valley Heights Village Township
    River Lake Mountain Beach Hall Building House Tower Hotel""".split()
)
# ("readout": a government's account of a call between leaders, as wire copy names it)
DOCUMENT_HEADS = frozenset(
    """statement post tweet report records documents document filing complaint affidavit letter memo release
    poll survey study data figures autopsy transcript ruling order indictment lawsuit message video readout
    announcement notice bulletin opinion opinions""".split()
)
# Gendered pronouns, both kinds in one pass: the masculine ones are captured, the feminine ones are not.
# (the pattern opens on a pronoun's first letter, a set the engine skips ahead to; the word start and the
# rest of the pronoun are read after it, in the order of "he|his|him|himself|she|her|hers|herself")
GENDERED = re.compile(
    r"[sShH](?<![\w].)(?:(?<=h)(e|is|im|imself)|(?<=s)he|(?<=h)(?:er|ers|erself))\b", re.IGNORECASE
)
# Titles a bare "the president" or "the governor" stands for; the article names the holder once.
PERSON_TITLES = frozenset(
    """president prime minister governor mayor senator minister secretary sheriff chief spokesman spokeswoman
    chancellor premier king queen pope judge coroner prosecutor ambassador speaker commissioner""".split()
) | {"prime minister", "foreign minister", "police chief", "attorney general", "district attorney"}
# The abbreviations US news writes before a name for a title it writes out alone later: "Gov. Asa Hutchinson" and
# then "the governor said" (AP style abbreviates these before a full name).
TITLE_ABBREVIATIONS = {"governor": "Gov.", "senator": "Sen."}
# The ranks US news abbreviates before a name (AP style) and writes out alone later: "sheriff's Lt. Dave Coleman"
# and then "the lieutenant said".
RANK_ABBREVIATIONS = {
    "lieutenant": "Lt.",
    "sergeant": "Sgt.",
    "detective": "Det.",
    "captain": "Capt.",
    "corporal": "Cpl.",
    "commander": "Cmdr.",
    "superintendent": "Supt.",
}
# The title and rank abbreviations together, by the word they abbreviate, and as the title words of a name ("Supt.
# McCarthy" after "Police Superintendent Garry McCarthy": the rank before the surname, not a name of its own).
WRITTEN_OUT_TITLES = {**TITLE_ABBREVIATIONS, **RANK_ABBREVIATIONS}
ABBREVIATED_TITLES = frozenset(WRITTEN_OUT_TITLES.values())
# The titles before a name that a bare "the representative" or "the Texas lawmaker" takes up: a member of Congress
# the article has named with one (US news: "Rep. Bruce Braley ... The representative also posted a statement").
HOUSE_TITLES = ("Rep.", "Representative", "Congressman", "Congresswoman")
LAWMAKER_TITLES = {
    "representative": HOUSE_TITLES,
    "congressman": HOUSE_TITLES,
    "congresswoman": HOUSE_TITLES,
    "lawmaker": (*HOUSE_TITLES, "Sen.", "Senator"),
}
# Titles US news writes as initials alone after naming the holder in full: "Attorney General Richard Blumenthal
# ... The A.G. said", "the D.A. said".
TITLE_INITIALS = {"a.g.": "attorney general", "d.a.": "district attorney"}
# A lawmaker's seniority before the title a bare description takes up: "the four-term congressman", "the veteran lawmaker".
SENIORITY_WORD = re.compile(r"(?:[a-z]+|\d+)-term|veteran|longtime|freshman")
# Before such an abbreviation, words that make it another office or a past one: "Lt. Gov.", "former Gov.".
ABBREVIATED_TITLE_BARRED = re.compile(r"(?:\b(?:Lt\.|Lieut\.|Lieutenant|[Ff]ormer|[Ee]x-|[Ll]ate)|\bex)[ \t]*$")
ABBREVIATED_HOLDER = re.compile(r"[ \t]+([A-Z][\w'’-]*(?:[ \t]+(?:[A-Z]\.[ \t]+)?[A-Z][\w-]*(?:['’](?!s\b)[\w-]+)?)+)")
# An unnamed person described by the place where they were ("A basketball coach at the rec center", "a clerk
# at the store"): someone at the scene, typed as a witness when the gazetteer knows nothing of the role.
AT_THE_SCENE = re.compile(r"(?:[Aa]n?|[Aa]nother|[Oo]ne)\s+(?:[a-z][\w-]*\s+){1,3}at\s+the\s+[a-z][\w -]*")
# The cues of accusing and denying, whose state speaker is a party to the events the article tells.
PARTY_CUES = frozenset("accuse accuses accused accusing deny denies denied denying".split())
# A dispatch centre by the bare word, with no article or name ("Dispatch said officers are responding").
BARE_DISPATCH = frozenset({"dispatch", "Dispatch"})
# An unnamed person, by an indefinite article, described by being there: at, in, outside or near a place ("One woman
# outside the home", "a man at Harborview Medical Center"), passing or living by it ("A man walking by the apartment",
# "A man living across the street"), or by a relative clause of hearing, seeing, calling for help or being inside ("a
# man who heard the shooting", "One woman who called 911", "A man who was inside"). Not a definite one ("The man who
# did it", "the man who owns the gun"), who takes up one described before, often the suspect; nor one in custody.
PERSON_THERE = re.compile(
    r"(?:[Aa]n?|[Aa]nother|[Oo]ne)\s+(?:[a-z][\w-]*\s+)?(?:woman|man|person)\s+"
    # (after "a", two words at least: "a nearby hair salon", not a phrase cut short, "A man in a black [car]"; and not
    # "inside" an unnamed place, as often where a shot came from: "A man inside a nearby apartment says he was cleaning
    # his gun when it went off")
    r"(?:(?:in|at|outside|near|across|behind|by)\s+(?!custody\b|(?:his|her|their)\b)(?:the\s+|an?\s+[\w'’-]+\s+[\w'’-]|[A-Z])"
    r"|inside\s+(?:the\s+|[A-Z])"
    r"|(?:walking|living|standing|sitting|waiting|working)\s+(?:by|near|across|outside|inside|in|at|on)\s"
    r"|who\s+(?:heard|saw|witnessed|called\s+911|was\s+(?:inside|outside|there|nearby)\b|works\s+(?:across|near|next)\s))"
    r"[^\n]*"
)
# An unnamed person described by nothing but being a person or the driver ("one person said", "The driver told the
# officer"), or a man, a woman or people introduced as such ("one man said", "three other women told the paper",
# "Several people said"): in the news of an incident, one who was there (the held-out annotation's witnesses, nine
# times in nine). Typed only, never a gazetteer word: as words they would make speakers of "his driver's license" and
# "an unknown person walked up". ("The person", "the man" take up one described before, who may be the suspect: "The
# person who claimed to have shot him")
BARE_PERSON = re.compile(
    r"(?:[Aa]n?|[Aa]nother|[Oo]ne|[Tt]wo|[Tt]hree|[Ss]everal|[Ss]ome|[Mm]any)\s+"
    r"(?:(?:other|young|older|elderly|second|third|fourth|fifth)\s+)?(?:person|people|man|woman|men|women)"
    r"|(?:[Tt]he|[Aa]|[Aa]nother|[Oo]ne)\s+driver"
)
# An unnamed person's description, then "named" and a given name ("a woman named Brenda", "a 26-year-old woman named
# Mary"): group 1 the description.
DESCRIBED_THEN_NAMED = re.compile(
    r"((?:[Aa]n?|[Aa]nother|[Oo]ne|[Tt]he)\s+(?:[a-z0-9][\w-]*\s+){0,3}[a-z][\w-]*)\s+named\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?"
)
# A programme's host by the role alone ("the host, George Stephanopoulos", "a podcast host", "told host Bob Schieffer"):
# one who presents a broadcast, the media. Typed only, never a gazetteer word: as a word it would make a speaker of
# "host" cut from "a radio show host" and type "Brazil, the host country" or "the Super Bowl Host Committee" as media.
_HOST_LEAD = r"(?:[Tt]he|[Aa])\s+(?:[\w'’-]+\s+){0,3}"  # (an article and up to three words before "host")
HOST_ROLE = re.compile(rf"(?:(?:also\s+)?{_HOST_LEAD})?host")
HOST_TITLE = re.compile(rf"(?:[Hh]ost|{_HOST_LEAD}host),?\s+[A-Z]")
# A general described by the rank alone ("The general warned", "A retired general told the BBC"): a military officer.
# Typed only, never a gazetteer word: as a word it would type "General Motors", "the General Assembly", "the general
# public".
BARE_GENERAL = re.compile(r"(?:[Tt]he|[Aa]|[Aa]nother|[Oo]ne)\s+(?:(?:retired|senior|top|army)\s+)?generals?")
# A country's name or demonym before a role the gazetteer does not know and the person's name ("US Olympic
# sprinter Lauryn Williams", "British actor John Smith", "Ohio native Rhonda Williams"): the country says where the
# person comes from; only a government role makes the speaker the country's government.
COUNTRY_BEFORE_ROLE = re.compile(
    r"(?:(?:[Tt]he|[Aa]n?)\s+)?((?:[A-Z][\w.'’-]*\s+){1,3})"
    r"(?:(?!(?:and|or|of|for|in|at|with|who|on|de|to|from|by)\s)[a-z][a-z-]+\s+){1,3}"
    r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){1,3}"
)
# A name that ends on one capitalised word after a city's name: "the Kansas City Star", "Oklahoma City Thunder".
CITY_NAMED = re.compile(r"(?:[Tt]he\s+)?(?:[A-Z][\w.'’-]*\s+)+City\s+([A-Z][\w'’-]*)")
# What such a word may be while the name stays the city's own office.
CITY_OFFICES = frozenset("Hall Clerk Administrator Auditor Controller Comptroller Treasurer Solicitor".split())
DOCUMENT_WORDS = re.compile(
    r"\b(?:social media|press|news|official|written|" + "|".join(sorted(DOCUMENT_HEADS)) + r")s?\b", re.I
)
# A document taken up by "the" and its head noun alone ("the report", "the complaint", "the documents"), and the
# one or two words written before the same noun where the article names it more fully ("the Greenwood police report",
# "according to the criminal complaint", "court documents"), or a name and a word ("a Metropolitan Police Department
# news release"), on one line.
BARE_DOCUMENT = re.compile(r"(?:[Tt]he|([Aa]n?))\s+(?:(?:news|press)\s+)?([a-z]+)")
# Statements put out with no issuer in their own words ("according to a news release", "a statement said"): the
# same kind the article has its issuer put out ("the Sheriff’s Office said in a press release", "a news release
# from Putnam County Sheriff Michael C. Chandler") speaks for that issuer.
RELEASE_NOUNS = frozenset({"release", "statement"})
# (words of the bodies other than the police that put out releases on a shooting: its prosecutors, its schools)
OTHER_RELEASE_ISSUERS = ("rosecutor", "ttorney's Office", "ttorney’s Office", "chool district", "chool District", " Schools")
ISSUER_SAID_IN = re.compile(
    r"((?:[\w'’-]+[ \t]+){0,4}[\w'’-]+)[ \t]+(?:said|says|announced|stated|reported)[ \t]+in[ \t]+(?:a|an|the|its|their)[ \t]+"
    r"(?:[a-z]+[ \t]+){0,2}$"
)
ISSUER_SAID_IN_REACH = 100  # characters before the noun: five words of subject, the verb and two of modifier
ISSUER_FROM = re.compile(r"[ \t]+(?:\w+day[ \t]+)?(?:from|issued[ \t]+by|released[ \t]+by)[ \t]+((?:[\w'’-]+[ \t]+){0,5}[\w'’-]+)")
DOCUMENT_MODIFIER_BEFORE = re.compile(
    r"(?<![\w'’-])(?:(?:[A-Z][\w'’-]*[ \t]+)+(?:[a-z]+[ \t]+)?|(?:[\w'’-]+[ \t]+)?[\w'’-]+[ \t]+)$"
)
DOCUMENT_MODIFIER_REACH = 60  # characters before the noun: two words, or a name of a few and one word
# The titles and states abbreviated to four letters or more ("Supt.", "Capt.", "Tenn."): a word of four letters
# that ends a sentence ("on Mount Moriah Road. Investigators said", "in Little Rock. Authorities") is no
# abbreviation, and the name after it is not read on from it.
LONG_ABBREVIATIONS = (
    "Capt Supt Cmdr Atty Dist Insp Msgr Prof Comr Dept Asst Corp Pres Sens Reps Govs Sgts Const Lieut "
    "Tenn Wash Mich Penn Conn Ariz Colo Mass Minn Okla Wisc Kans Nebr Calif"
).split()
# (a title abbreviated to a capital and up to two letters, "Sgt.", "Gov.", or one of LONG_ABBREVIATIONS)
NAME_TOKEN = (
    r"(?:(?:[A-Z]\.){2,}|(?:Jr|Sr)\.|(?:[A-Z][a-z]{0,2}|" + "|".join(LONG_ABBREVIATIONS) + r")\.(?=\s+[A-Z])|"
    r"[A-Z][\w'’-]*)"
)
# NAME_TOKEN once its capital is read: the same alternatives in the same order ("Jr.", "Sr." and the long
# abbreviations by a lookbehind on the capital, tried only before three or four letters and a stop).
NAME_TOKEN_REST = (
    r"(?:\.(?:[A-Z]\.)+|(?<=[JS])r\.|(?:[a-z]{0,2}|(?=[a-z]{3,4}\.)(?:"
    + "|".join(f"(?<={a[0]}){a[1:]}" for a in LONG_ABBREVIATIONS)
    + r"))\.(?=\s+[A-Z])|[\w'’-]*)"
)
# A run of capitalised words, allowing the connectors of titles and names ("Secretary of State Yerlan
# Karin", "Abu Bakr al-Baghdadi"). It opens on the capital every name token opens with, a set of characters
# the engine skips ahead to.
NAME_RUN = re.compile(
    rf"[A-Z]{NAME_TOKEN_REST}(?:(?:[ \t]+(?:of|for|the|de|del|da|al|bin|van|von|der|la|le)(?=[ \t]+(?:the[ \t]+)?[A-Z]))*[ \t]+{NAME_TOKEN})*"
)
# The next of the descriptions of one person listed after an apposition's article, which the apposition stops
# before (", tea party congressman and Puerto Rican-born only child" after "Raul Labrador, a 46-year-old Mormon father
# of five"): group 1 a role of its own, up to four lowercase words before "and".
LISTED_ROLE = re.compile(
    r",\s+((?!(?:the|a|an|his|her|their|its|who|which|that|and|or|but|said|says|told|added)\b)"
    r"(?:[a-z][\w'’-]*\s+){0,3}[a-z][\w'’-]*)\s+and\s"
)
# (a description with an article ends at a relative clause about the speaker: ", a former governor of Arkansas and
# preacher who has announced his run ...", whose words are not the role's)
APPOSITION = re.compile(
    # (not "who was" opening a passive clause, which says what was done to the person: ", who was shown on state TV
    # confessing"; "who is related to" stays a relative)
    # (a role may open on "also": ", also a cab driver", one who shares the role of another just named)
    r"\s*(?:(?:,\s*\d{1,3}(?=,))?,\s+((?:also\s+)?(?:a|an|the|who is|who was(?![ \t]+[a-z]+(?:ed|wn|en)\b)|from|of|with|at)\s+"
    r"(?:(?:[A-Z]\.){2,}|[A-Z][a-z]{0,3}\.(?=\s)|[^,;.\"“”()]){3,90}?"
    # ("another" opens a role as "a" does, one told by its words before any relative clause: ", another neighbor",
    # ", another resident of Austin")
    # (a lawmaker in the role may carry a party tag, where the role ends: ", the communications director for Rep.
    # Ann Lee (R-Tenn.), wrote")
    r"|another\s+(?:(?!who\s)[^,;.\"“”()]){3,60}?)(?=[,;.]|\s+said\b|\s+who\s+(?:has|is|was)\s|\s+\([RDI]-[^()]{1,30}\),)"
    r"|\s+((?:from|of|with|at)\s+(?:the\s+)?[A-Z][\w'’&-]*(?:\s+[A-Z][\w'’&-]*)*)(?=[,;.]|\s+[a-z])"
    r"|\s*\(([RDI]-[^()]{1,30})\)"
    # (an age may come first: ", Jessica Williams' 14-year-old sister"; an owner ending in "s" takes the bare mark)
    r"|,\s+((?:[A-Z][\w.&-]*\s+){0,3}[A-Z][\w.&-]*(?:'s|’s|s'|s’)\s+(?:\d{1,3}-year-old\s+)?[a-z][^,;.\"“”()]{2,60}?)"
    r"(?=[,;.]|\s+said\b)"
    # a role without an article, of a named body: ", security and forensic analyst at Lumension" (or of a body
    # the gazetteer knows: ", director of the seismological center in Tehran"), before the body's initials in brackets
    # (a place in it may carry its state's abbreviation: ", president of the Kansas City, Mo., branch of the NAACP")
    # (up to six words before the body: ", director of immigration policy and campaigns at the American Civil Liberties
    # Union"; not a relative clause about a thing: ", which has been approved by committees of the House")
    r"|,\s+((?!(?:which|that)\b)(?:[a-z][\w'’-]*\s+){1,6}(?:at|of|for|with)\s+(?:the\s+)?(?:[A-Za-z]"
    r"(?:[^,;.\"“”()]|,[ \t]+(?:[A-Z][a-z]{1,4}|[A-Z]\.[A-Z])\.,(?=[ \t]+[a-z])){1,60}?"
    # (or a longer name in capitals alone: ", director of the Natural Resources Defense Council's Endangered Species
    # Program")
    r"|[A-Z][\w'’&-]*(?:\s+[A-Z][\w'’&-]*){3,}))"
    # (a relative clause after the body describes the body: ", manager of a central Athens mobile phone store that
    # has been repeatedly attacked")
    r"(?=,(?![ \t]+(?:[A-Z][a-z]{1,4}|[A-Z]\.[A-Z])\.,[ \t]+[a-z])|[;.]|\s+said\b|\s+\([A-Z]{2,8}\)"
    r"|\s+(?:that|which)\s|$))"
)
# An indefinite description apposed after a role in a named body, describing that body (", president of the Children's
# Defense Fund, an advocacy group here,"): group 1.
BODY_DESCRIBED = re.compile(
    r",[ \t]+(an?[ \t]+[^,;.\"“”()]{3,60}?)(?=[,;.]|[ \t]+said\b|[ \t]+(?:that|which|who)[ \t])"
)
# A role of a word or two without an article, or a body's capitalised name, set off after a name and closing the
# sentence: "said Brandon Henderson, neighbor.", "said Cassandra Normal, South Austin Neighborhood Association."
BARE_ROLE_CLOSING = re.compile(r",[ \t]+([a-z][a-z-]*(?:[ \t]+[a-z][a-z-]*)?)[ \t]*(?=[.\n]|$)")
# A description owned by a pronoun set off after a name (", his neighbor,", ", their classmate,"): group 1 the noun,
# which types the person when the gazetteer makes it a witness or resident's.
# (closed by a comma and a lowercase word, the sentence going on: not a list of names, "Mark Short, his wife, Megan,
# and their children")
OWNED_APPOSITION = re.compile(r",[ \t]+(?:his|her|their)[ \t]+([a-z][a-z-]*(?:[ \t]+[a-z][a-z-]*)?)(?=,[ \t]+[a-z])")
NAMED_BODY_CLOSING = re.compile(r",[ \t]+((?:[A-Z][\w'’&-]*[ \t]+){1,5}[A-Z][\w'’&-]*)[ \t]*(?=[.\n]|$)")
# A sentence glued to the one before it ("Association.It's"), which an apposition read across it must not take in.
GLUED_SENTENCE = re.compile(r"[a-z]{2}[.!?][A-Z][a-z]")
# A possessive ending on a name ("Trump’s"), for str.endswith.
POSSESSIVE_ENDINGS = ("'s", "’s")
# APPOSITION's group for a role without an article.
BARE_ROLE_GROUP = 5
# The opening of a sentence or paragraph right before "Former" and a speaker's name (searched up to the "F").
FORMER_OPENING = re.compile(r"(?:^|[.!?\n][\"'”’]?\s*)$")
# A capitalised name right before ", where" and a spokesperson ("Beaumont Hospital, where spokeswoman Ilene Wolff").
BODY_BEFORE_WHERE = re.compile(r"(?<![\w'’-])[A-Z][\w&'’.-]*(?:[ \t]+(?:of[ \t]+)?[A-Z][\w&'’.-]*)*$")
# The body a speaker as written names after the name ("Inspector Rick Flores with the Los Angeles County Fire
# Department"): it types the speaker when the title before the name is only a generic word.
NAME_THEN_BODY = re.compile(r"\s+(?:with|of|at|from|for)\s+(?:the\s+)?[A-Z]")
# A public office of a named place written without an article (", deputy mayor of Boston", ", governor of Texas"):
# titles no company or club gives, unlike "president of" or "commissioner of".
PLACE_OFFICE_ROLE = re.compile(
    r"(?:(?:deputy|vice|lieutenant|acting)\s+)?(?:mayor|governor|premier|prefect)\s+of\s+(?:the\s+)?[A-Z]"
)
# The words of a government body that let a role without an article type its holder: ", deputy director of
# Hebei's disease control centre", ", head of the Interior Ministry", ", chief of the Central Mat-Su Fire Department"
# (a bare "director of ..." alone does not).
GOVERNMENT_BODY = re.compile(
    r"(?i:\b(?:ministry|health\s+commission|disease\s+(?:prevention\s+and\s+)?control|fire\s+department)\b)"
    # (or of a province or region: ", governor of the Kharkiv region")
    r"|\b(?:province|region|oblast)\b"
    # (or a body of a county, a city or a town, elected or not: ", chairman of the county commission", ", president of
    # the city council", ", director of the Walker County Emergency Management Agency", ", chairman of the school board")
    r"|(?i:\b(?:county|city|town|township|village|borough|parish|municipal)(?:['’]s)?\s+(?:[\w-]+\s+){0,3}?"
    r"(?:commission|council|board|department|agency|authority|office)\b|\bemergency\s+management\b|\bschool\s+board\b)"
)
# The head of an office of a named province ("head of Hormozgan province's emergency affairs", "director of Sichuan
# province's health department"): a public office, though the gazetteer knows no body by the province's name.
PROVINCE_OFFICE_HEAD = re.compile(
    r"\b(?:head|chief|director)\s+of\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*\s+province(?:'s|’s)?(?:\s|$)"
)
# A relative named after a kin noun ("His daughter Joan Felt"): a surname alone stands for the one they are kin
# to, not for them. Matched on a speaker, or on the characters before a mention (KIN_REACH of them).
KIN_BEFORE_NAME = re.compile(
    r"(?:.*\s)?(?:[Hh]is|[Hh]er|[Tt]heir)\s+(?:\w+\s+)?(?:daughter|son|wife|husband|mother|father|brother|sister|"
    r"widow|grandson|granddaughter)\s+(?:[A-Z][\w'’.-]*\s*)*$"
)
KIN_REACH = 30
# The kin nouns of one relative that the two patterns below read.
KIN_NOUNS = "daughter|son|wife|husband|mother|father|brother|sister|widow|grandson|granddaughter|nephew|niece|cousin|uncle|aunt"
# A kin noun of someone apposed before a name inside a sentence ("focused on the brother of Ann Lee's girlfriend, Tom
# Hale, who", "..., his grandmother, Alyson Little, said"), matched on the characters before the name: a relative,
# however the sentence opens (PRE_APPOSITION takes descriptions that open one). Not a possessive's ("Lee's brother, Tom
# Hale, pleaded guilty"), which a sentence often gives a suspect.
KIN_BEFORE_COMMA = re.compile(
    r"(?<![\w'’-])(?:the|a|an)\s+(?:[a-z][\w-]*\s+)?(?:" + KIN_NOUNS + r")\s+of\s+[^,.;\"“”]{1,40},\s+$"
    # (or owned by a pronoun, set off inside a sentence: "..., his grandmother, Alyson Little, said")
    r"|,\s+(?:his|her|their)\s+(?:[a-z][\w-]*\s+)?(?:grand)?(?:" + KIN_NOUNS + r"),\s+$"
)
# A relative described by a possessive and a kin noun, then named: "his sister Mahnefah Gray", "Gray's sister
# Mahnefah Gray" (group 1 the kin noun, group 2 the name).
KIN_THEN_NAME = re.compile(
    r"(?:[Hh]is|[Hh]er|[Tt]heir|[A-Z][\w.-]*(?:'s|’s|'|’))\s+(?:\w+\s+)?(" + KIN_NOUNS + r")\s+"
    r"([A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)+)"
)
# A relative described by a possessive and a kin noun, then a given name alone: "Bush's brother Jeb" (group 1 the
# owner's name, group 2 the kin noun, group 3 the given name), who is "Jeb Bush" when the article writes that.
KIN_GIVEN_NAME = re.compile(
    r"(?:.*\s)?([A-Z][\w.-]*)(?:'s|’s)\s+(?:\w+\s+)?(" + KIN_NOUNS + r")\s+([A-Z][a-z'’-]+)"
)
# A kin noun and "of", with or without an article: ", daughter of slain court reporter Julie Ann Brandau", ", the
# son of a police officer" speak as relatives, not in the role of the one they are kin to.
KIN_APPOSITION = re.compile(
    r",\s+(?:(?:the|a|an)\s+)?(?:[a-z]+\s+)?(?:daughter|son|mother|father|wife|husband|widow|widower|brother|sister|"
    r"grandmother|grandfather|granddaughter|grandson|aunt|uncle|cousin|niece|nephew|stepfather|stepmother|"
    r"stepson|stepdaughter|fianc[eé]e?|girlfriend|boyfriend|parent|parents|relative)\s+of\s"
)
# A speaker described as kin of someone ("One of the wives of former sect leader Ann Lee", "the daughter of former
# Mayor Tom Hale"): a relative, typed as one, not by the role of the one they are kin to.
KIN_DESCRIPTION = re.compile(
    r"(?:(?:[Tt]he|[Aa]n?|[Oo]ne\s+of\s+(?:the|his|her|their))\s+)?(?:[a-z]+\s+)?(?:daughters?|sons|son|mothers?|"
    r"fathers?|wife|wives|husbands?|widows?|widowers?|brothers?|sisters?|grandmothers?|grandfathers?|"
    r"granddaughters?|grandsons?|aunts?|uncles?|cousins?|nieces?|nephews?|parents|relatives?)\s+of\s"
)
# A piece a named person writes for an outlet, matched after the name ("Ann Lee writes in a Los Angeles Times piece"):
# group 1 the outlet, which types the writer as its own when the gazetteer knows it as media.
OUTLET_PIECE_BY = re.compile(
    r"\s+(?:writes|wrote)\s+(?:in|for)\s+(?:an?|the)\s+((?:[A-Z][\w.&'’-]*\s+)+)"
    r"(?:piece|column|op-ed|article|editorial|essay|blog\s+post)\b"
)
PRE_APPOSITION = re.compile(
    # (the owner may be a name of several words, the description may hold dotted initials: "Human Rights Watch's
    # Central Asia researcher, Ann Lee,", "A spokesman for the U.N. secretary-general, Ann Lee,")
    r"(?:^|[.;]\s+|\n)((?:The|the|A|a|An|an|Another|another|One|(?:[A-Z][\w-]*\s+){0,3}[A-Z][\w-]*(?:'s|’s|s'|s’))\s+"
    r"(?:[^,.;\"“”]|(?<=[.\s][A-Z])\.(?=[A-Z]|\s[a-z]|\s[A-Z][a-z]))"
    r"{2,50}),\s*$"
    # (or a possessive pronoun's description, or the agent of a passive: "Her spokesman, Ann Lee, said";
    # "announced by the White House press secretary, Ann Lee")
    r"|(?:^|[.;]\s+|\n)((?:Her|His|Their|Its)\s+[^,.;\"“”]{2,40}),\s*$"
    # (or after "and" or "but": "He is married, but his wife, Ann Lee, said", "and the host, George Stephanopoulos,")
    r"|,\s+(?:and|but)\s+((?:her|his|their|its|the|an?)\s+[^,.;\"“”]{2,40}),\s*$"
    r"|\bby\s+(the\s+[^,.;\"“”]{2,40}),\s*$"
    # (or after an opening phrase: "On Saturday, the mayor of Hoboken, Dawn Zimmer, said", "On Twitter, Arizona’s
    # senators, John McCain and Jeff Flake, ...")
    r"|(?:^|[.;]\s+|\n)(?:On|In|At|Last|Earlier|Later)\b[^,.;\"“”]{1,30},\s+"
    r"((?:the|a|an|[A-Z][\w-]*(?:'s|’s|s'|s’))\s+[^,.;\"“”]{2,50}),\s*$"
    # (or an officer's capitalised title opening the sentence without an article, of a body: "Director at security
    # company Trusteer, Dana Tamir said", "Chief of Police, Jay Fortenbery, says")
    r"|(?:^|[.;]\s+|\n)((?:Director|President|Chairman|Chairwoman|Chair|Head|Chief|Professor|Founder|Manager)\s+"
    r"(?:of|at|for|with)\s+[^,.;\"“”]{2,50}),\s*$"
)
# A name opens a clause: after a stop, a quotation, a line break, a comma or a cue ("said Ann Lee, a neighbor").
CLAUSE_OPENING = re.compile(r"(?:^|[.!?;:\"“”'’,]\s*|\n\s*|\b(?:said|says|told|to)\s+)$")
# A description that runs into "said", not closed by a relative pronoun ("a community activist who said").
APPOSITION_SAID = re.compile(r"(?<!\bwho)(?<!\bthat)\s+said\b")
# "said" set off by commas after a description: a source cited in passing ("Weaver, the police said, had ...").
CITED_ASIDE = re.compile(r"\s+said\s*,")
# A verb whose object the lowercase words before a name are ("told police Perez threw the gun"), or a subject
# pronoun whose verb they are ("she suspects Salazar"): no title of that name.
OBJECT_BEFORE_TITLE = re.compile(r"(?<![\w'’-])(?:told|tell|tells|telling|asked|informed|urged|he|she|they|we|who)\s*$")
# A description that names its person by "identified as": "A neighbor, who would only be identified as Ann,".
IDENTIFIED_AS = re.compile(
    r"(?:^|[.;]\s+|\n)((?:The|the|A|a|An|an)\s+[^,.;\"“”]{2,40}?),?\s+(?:who\s+)?(?:[a-z]+\s+){0,4}"
    r"identified\s+(?:only\s+)?as\s+$"
)
# A relative clause in which a speaker described by role names what it is: ", who identified herself as the
# victim's sister"
IDENTIFIED_SELF = re.compile(
    r",\s+who\s+identified\s+(?:herself|himself|themselves)\s+(?:only\s+)?as\s+((?:the|a|an)\s+[^,.;\"“”]{2,60})"
)
# Finite verbs that make what stands before a name a clause, not a description of it.
CLAUSE_WORDS = re.compile(r"\b(?:is|are|was|were|has|have|had|will|would|could|did|does)\b")
NORM_WORD = re.compile(r"[a-z0-9]+(?:[.'’-][a-z0-9]+)*")
# The words norm_words leaves out: articles and honorifics.
NORM_DROPPED = DETERMINERS | HONORIFICS


class SourcePattern(NamedTuple):
    speaker_type: str
    tier: int
    length: int
    order: int


# ("agency": a public-health or science agency, ranked as a specific body; its type is that of the row at
# home, and `expert` when a foreign country's agency speaks, as `_foreign_agency` tells)
# ("withheld": a name withheld, "who asked not to be named", "on condition of anonymity", counts last: one described
# by a role takes the role's type, "a neighbor who asked not to be identified" a witness's; only one described by
# nothing else is anonymous)
TIERS = {"anonymous": 0, "modifier": 1, "specific": 2, "agency": 2, "generic": 3, "withheld": 4}
# A former office holder named by party ("former Democratic Sen. Joe Lieberman", "Ann Lee, a former Republican
# congressman", "Former GOP presidential nominee Mitt Romney"): the party label keeps the politician, where "former" alone speaks for no one; the speaker's own
# description only, opening the phrase or apposed to the name (not "the PAC founded by former Democratic ...").
# (also a chamber's party leader: "former Senate Democratic Leader Harry Reid", "former House Majority Leader")
# A title held for a term that has ended, its years written ("Mexico's president from 2000 to 2006"): typed as
# "former" types it, since a former officeholder speaks for no one.
PAST_TERM = re.compile(r"\bfrom\s+(?:1[89]|20)\d\d\s+(?:to|until|through)\s+(?:1[89]|20)\d\d\b")
# The labels of the US parties as they stand before a title or an office ("Republican Gov.", "former Democratic").
_PARTY_LABEL = r"(?:Democratic|Republican|GOP)"
# A party's label opening a phrase before a capitalised title ("Democratic Attorney General Richard Blumenthal"): the
# article gives the officeholder as the party's, a politician, whichever of the label and the title is the longer
# gazetteer match.
PARTY_BEFORE_TITLE = re.compile(r"^(?:(?:[Tt]he|[Aa])\s+)?" + _PARTY_LABEL + r"\s+[A-Z]")
# A party's label right before a governor's title ("Arkansas Republican Gov. Asa Hutchinson", "Alabama's Republican
# governor"): the state's executive named with its party, typed by the office (a governor who runs for another is a
# candidate by the article's words on the campaign: SpeakerIndex._has_campaign, _called_candidate).
PARTY_GOVERNOR = re.compile(_PARTY_LABEL + r"\s+(?:Gov\.|[Gg]overnor(?![\w'’]))")
FORMER_PARTY = re.compile(
    r"(?:^|,\s+)(?:(?:[Aa]|[Tt]he)\s+)?[Ff]ormer\s+(?:" + _PARTY_LABEL
    + r"|(?:Senate|House)\s+(?:Democratic|Republican|GOP|Majority|Minority)\s+[Ll]eader)\b"
)
ORGANISATION_TYPES = frozenset(
    {"state media", "wire agency", "other media", "international body", "NGO or rights group"}
)
# The types of a body named after a name by NAMED_BODY_CLOSING that give the name its type: organisations, and a police
# force, whose name says whose officer the person is ("Killeen Police Dept."); not a place or a state's office.
CLOSING_BODY_TYPES = ORGANISATION_TYPES | {"security forces"}


MEDIA_TYPES = frozenset({"other media", "wire agency", "state media"})
# The types of a named body whose role, apposed without an article, types its holder (", editor of the Weekly
# Standard", ", chairman of the Republican National Committee", ", spokesman for the Orange County Sheriff's Office"):
# organisations of their own kind, parties and police bodies.
NAMED_ROLE_TYPES = ORGANISATION_TYPES | {"party or politician", "security forces"}
_DOC = "|".join(
    sorted(
        DOCUMENT_HEADS
        | {"e-mail", "email", "tweets", "posts", "statements", "records", "documents"}
        | {"press release", "news release"}
        # a body's website speaks for it: "Acme's website says", "the Department of Corrections website"
        | {"website"},
        key=lambda d: (-len(d), d),
    )
)
# (the plural only before its owners, "the websites of Axxess and Afrihost": "Conservative websites" are a kind)
_DOC_OF = _DOC + "|websites"
# The last word of each of those nouns: a whole word (set off by spaces) of any phrase DOCUMENT_ISSUER matches, so
# a phrase without one of them is passed over without the long pattern being tried.
DOCUMENT_ISSUER_WORDS = frozenset(noun.split()[-1] for noun in _DOC_OF.split("|"))
_ISSUER_TOKEN = r"[A-Z][\w.&-]*(?:[’'](?!s\b)[\w.&-]+)?"
# After "from"/"by" the issuer may hold a possessive: "a press release from the Brevard County Sheriff's Office".
_ISSUER_TOKEN_AFTER = r"[A-Z][\w.&-]*(?:[’'](?:s\b|[\w.&-]+))?"
# A body's noun in lower case that may end a capitalised issuer's name: "a statement from Surrey police", "a
# statement from the Democratic committee".
_ISSUER_BODY_NOUNS = "police|committee|department|office|ministry|government|campaign|council|board|agency"
# A weekday and the part of it that may follow ("Thursday", "Sunday evening"), for the times written where a name or a
# document's issuer would stand (here, in LEADING_DAY, and in the attributions' INVERTED_DAY).
DAY_AND_PART = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day(?:\s+(?:morning|afternoon|evening|night))?"
# The day a document came out, between its issuer and its noun: "BuzzFeed's Thursday night report".
_DOC_DAY = r"(?:" + DAY_AND_PART + r"\s+)?"
# The body whose document is named right after it, possessive: "BuzzFeed's Thursday night report".
ISSUER_POSSESSIVE = re.compile(r"\b([A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*)*)(?:'s|’s)\s+" + _DOC_DAY + r"$")
DOCUMENT_ISSUER = re.compile(
    r"^(?:(?:[Aa]n?|[Tt]he)\s+)?(?:(?:official|written|joint|brief|new|initial|preliminary|annual|latest|final)"
    r"\s+)*(?:(?:" + _DOC_OF + r")\s+(?:from|by|of|issued by|released by|posted by|published by)\s+(?:the\s+)?"
    r"(?P<issuer>" + _ISSUER_TOKEN_AFTER + r"(?:\s+(?:of\s+|for\s+|and\s+)?" + _ISSUER_TOKEN_AFTER + r")*"
    r"(?:\s+(?:" + _ISSUER_BODY_NOUNS + r"))?)"
    r"|(?P<issuer2>" + _ISSUER_TOKEN + r"(?:\s+(?:of\s+|for\s+)?" + _ISSUER_TOKEN + r")*)(?:'s|’s)?\s+"
    r"(?:(?:official|written|joint|new|latest|news)\s+)?" + _DOC_DAY + r"(?:" + _DOC + r")"
    # its writer named in a clause after it: "a memo Comey wrote to document a meeting"
    r"|(?:" + _DOC + r")\s+(?:that\s+)?(?P<writer>" + _ISSUER_TOKEN + r"(?:\s+" + _ISSUER_TOKEN + r")*)\s+"
    r"(?:wrote|sent|issued|released|filed|posted|signed|penned)\b.*)$"
)
# A document owned by a body written in lowercase, maybe after the place it serves ("the ministry's statement", "the
# police department's release", "Los Angeles County coroner's records"): group 1 the body, which the document speaks
# for when it is of OFFICIAL_OWNER_TYPES.
OFFICIAL_OWNER_TYPES = frozenset(
    {"government", "security forces", "international body", "party or politician", "NGO or rights group"}
)
OWNED_DOCUMENT = re.compile(
    r"((?:[Tt]he\s+)?(?:[A-Z][\w.-]*\s+){0,4}(?:[a-z][\w-]*\s+)?[a-z][\w-]*)['’]s\s+"
    r"(?:(?:official|written|joint|new|latest)\s+)?(?:" + _DOC + r")"
)
# When a document was put out, written after it: "an FBI statement released Thursday" (not who put it out: "a
# statement released by France Telecom", which DOCUMENT_ISSUER reads).
# Also whom it was written to: "the letter addressed to Chairman X", "Taylor's letter to the committee".
DOCUMENT_TRAILER = re.compile(
    r"\s+(?:(?:released|issued|posted|published|sent|filed|obtained|addressed)\s+(?!by\s)|to\s+(?=the\s|[A-Z]))[^,]{1,30}$"
)
# The next sentence taking up a description's head with a name set off after it: "the committee's senior Democrat
# said ... The Democrat, Representative Adam B. Schiff of California, said" (the head, then the name).
HEAD_TAKEN_UP_BY_NAME = re.compile(
    r"[.!?][\"”’]?\s+The\s+([\w-]+),\s+([A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)+)(?:\s+of\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)?,"
)
HEAD_TAKEN_UP_REACH = 300  # characters after the description: the rest of its sentence and the next one's opening
# Plural titles before a list of names ("Reps. Peter DeFazio of Oregon, and Jim McDermott"): one member of the
# list is named without them.
PLURAL_TITLES = frozenset({"Reps.", "Sens.", "Drs.", "Messrs.", "Reps", "Sens"})
# A surname written with a lowercase particle before a capital: "diGenova", "deBlasio", "al-Assad".
LOWER_PREFIX_NAME = re.compile(r"(?:[a-z]{1,3}[A-Z][a-z]|(?:al|el|ad|ar|as)-[A-Z])")
# "his office", "her campaign": a source that belongs to the person the pronoun stands for (not "his lawyer",
# whose client is often not the last person named).
OWNER_PRONOUNS = {"his": "he", "her": "she"}
OWNED_SOURCES = frozenset({"office", "campaign"})
# A person's own pages online, which speak for their owner: "according to his LinkedIn page", "her Facebook profile".
OWN_PAGES = frozenset({"page", "profile", "website", "blog", "account"})
# The same source with its owner named earlier in the pronoun's sentence: "Blumenthal's campaign disputed ...,
# according to his campaign".
NAMED_OWNER_OF = {
    source: re.compile(r"\b([A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})['’]s\s+" + source + r"\b")
    for source in OWNED_SOURCES
}
# The subject a sentence opens with, up to a comma or its verb: "Conservative members of the Republicans in the
# House, where ...", "Local residents have ...".
GROUP_SUBJECT = re.compile(
    r"((?:The\s+|[A-Z][\w'’-]*\s+)??(?:[\w'’-]+\s+){0,11}?[\w'’-]+)"
    r"(?=,|\s+(?:have|had|has|was|were|is|are|will|would|could|say|said|told|spoke|believe|think|concede|[a-z]{3,}ed)\b)"
)
# An opening phrase before the subject: "On Monday, ", "During multiple committee hearings, ", "Friday morning, ".
GROUP_INTRO = re.compile(
    r"(?:On|In|At|After|Before|During|Since|Last|Earlier|Later|Meanwhile|Today|Yesterday|"
    r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\b[^,;.\"“”]{0,50},\s*"
    r"|At\s+this\s+(?:point|time)\s+"  # (written without a comma too: "At this point police believe ...")
)
# "The source said", "the sources said": one or all of the anonymous sources cited before, by the words of their
# description (SOURCE_WORDS).
SOURCE_ANAPHORA = frozenset({"the source", "the sources"})
SOURCE_WORDS = frozenset({"source", "sources"})
# A fronted clause in which a plural body or group of people comes to the scene, before the "they" that speaks:
# "Once police arrived, they said ...", "When deputies got there, they said ...", "Shortly after officers arrived,
# they said ...". Only coming and finding, whose subject stays the topic ("When reporters asked the senators, they
# said" may be the senators).
FRONTED_ARRIVAL = re.compile(
    r"\s*(?:(?:Shortly|Soon|Just|Moments|Minutes)\s+(?:after|when|as|before)|Once|When|After|As|Upon|Before)\s+"
    r"((?:the\s+)?(?:[a-z][\w-]*\s+)?(?:police|[a-z][\w-]*[^s\W']s))\s+(?:first\s+|finally\s+|had\s+)?"
    r"(?:arrived|got\s+there|got\s+to|reached|responded|came|showed\s+up|entered|returned|found)\b"
    r"[^,;\"“”]{0,80},\s*"
)
# Two or three people named together: "David Long and Brian Bosma", "Mark and Condon".
NAMED_TOGETHER = re.compile(r"(?:[a-z]+\s+){0,2}[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*(?:,\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*)*\s+and\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*$")
# Words ending in "s" that are no plural noun: "AMD has [announced]".
NOT_PLURAL_HEADS = frozenset("has was is does says this his its us thus whereas".split())
# A lowercase description that places people in a body named after it ("researchers at software security firm",
# "a spokesman for the"): the body alone is not them.
MEMBERS_OF = re.compile(r"(?:[Aa]n?\s+|[Tt]he\s+)?[A-Za-z][\w'’-]*(?:\s+[a-z][\w'’-]*)?\s+(?:at|for|with|from)\b")
# A plural kind of body joined to a name, not said to include it ("numerous security firms", not "other neighbors").
JOINED_KINDS = re.compile(r"(?:numerous|several|many|various|some|two|three|four|five)\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)?s$")
# Nouns that end the kind of body written before its name ("security firm Trend Micro", "think tank Third Way").
BODY_KIND_NOUNS = frozenset("firm company tank group agency organization organisation institute".split())
# Words that open a country's own name before a country word ("South Sudan", "Republic of Korea").
COUNTRY_NAME_WORDS = frozenset("South North East West Central Republic of Democratic People's Islamic".split())
# Words that open the name of a state's agency written before its country ("Health Canada", "Statistics Netherlands",
# "Sport England"), unlike a company's brand before the country it serves ("Vodafone India").
STATE_BODY_WORDS = frozenset(
    """Health Transport Statistics Environment Elections Parks Fisheries Sport Historic Natural Visit Police Border
    Revenue Customs Immigration Infrastructure Industry Finance Justice Public Employment Citizenship Heritage Veterans
    Agriculture Trade Export State National Federal""".split()
)
SINGLE_QUOTE_MARK = re.compile(r"(?<![A-Za-z])[‘’]|[‘’](?![A-Za-z])")
# A person's own words after a possessive name: the person is the sentence's subject for a pronoun after them.
OWN_WORDS_AFTER = re.compile(r"\s+(?:tweets?|remarks?|comments?|statements?|words|posts?|letters?)\b")
# A gendered role right before a name, female (group 1) or male: "the first lady, Melania Trump", "his son Tom".
ROLE_GENDER_BEFORE = re.compile(
    r"\b(?:(first lady|wife|mother|daughter|sister|widow|girlfriend|grandmother|aunt|niece|actress|congresswoman|"
    r"businesswoman)|husband|father|son|brother|widower|boyfriend|grandfather|uncle|nephew|actor|congressman|"
    r"businessman),?\s+$"
)
# A gendered role set off right after a name, female (group 1) or male: "Ann Lee, a spokeswoman for the FBI".
ROLE_GENDER_AFTER = re.compile(
    r",\s+(?:an?|the|his|her|its|their)\s+(?:(spokeswoman|congresswoman|businesswoman|woman|mother|daughter|wife|"
    r"sister|widow|actress)|spokesman|congressman|businessman|man|father|son|husband|brother|widower|actor)\b"
)
# A news piece taken up after the outlet that published it was named ("an article in The Daily Caller ... The
# article said"): the phrases, the mention they look back for, and how far.
# The words for an outlet's piece, after the outlet's name ("the Bloomberg article").
NEWS_PIECE_NOUNS = frozenset("article story piece report".split())
NEWS_PIECE_ANAPHORA = frozenset({"the article", "the story", "the piece", "that article", "that story"})
NEWS_PIECE_IN = re.compile(
    r"\b(?:an?|the)\s+(?:[\w-]+\s+){0,2}(?:article|story|piece|report)\s+(?:in|by|from)\s+"
    r"(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)((?:[Tt]he\s+)?[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*)*)"
)
NEWS_PIECE_REACH = 1500
# A description's determiner and head noun before the phrase that qualifies it ("the lawyer for the campaign").
DESCRIPTION_HEAD_PP = re.compile(r"((?:[Tt]he)\s+[a-z]+)\s+(?:for|of|with|at)\s")
# The longest first line read as a title-case headline.
HEADLINE_CHARS = 300
# A role or an age in lower case before a surname alone, maybe after "the" and a capitalised name of a body or an
# event: "Olympic Park bomber Rudolph", "the 57-year-old Jones" (group 1 the capitalised words, 2 the lowercase
# ones, 3 the surname).
ROLE_THEN_SURNAME = re.compile(
    r"(?:[Tt]he\s+)?((?:[A-Z][\w.'’-]*\s+){0,3})((?:[a-z0-9][a-z0-9-]*\s+){1,4})([A-Z][a-z]+)"
)
# Lowercase words that make the phrase before a surname a clause or a group, not a role: "a friend of Hernandez",
# "Authorities believe Vance", "Both Charanjit and Singh".
ROLE_SURNAME_BARRED = frozenset(
    """of for and or who whom with against on by to in at from about that which were was is are be been believe
    believed know knew state said says challenge ran out familiar both when after before than as while the a an
    his her their its filed neither nor they""".split()
)
# How far before a description's comma the name it is apposed to may start (characters): a name of a few words.
APPOSED_NAME_REACH = 60
# A relative described by whose kin they are, without a name: "Smith’s uncle", "his mother", "the victim's aunt"
# (group 1 the owner, 2 the kin noun).
OWNED_KIN = re.compile(r"((?:[Tt]he[ \t]+)?[\w.-]+(?:'s|’s|'|’)|[Hh]is|[Hh]er|[Tt]heir)[ \t]+(" + KIN_NOUNS + r")")
# A name right after a kin noun, set off by a comma or not: "his uncle, Greg Johnston", "her son Tom Lee".
KIN_NAMED_AFTER = re.compile(r",?[ \t]+([A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’.-]+)+)")
KIN_OWNER_REACH = 30  # characters before a kin noun that hold its owner's word ("the victim's", "Williams'")
OWNER_PRONOUN_WORDS = frozenset({"his", "her", "their"})
# Singular nouns of several people, whom news copy takes up with "they" ("Michael's family said ... They said").
COLLECTIVE_PEOPLE = frozenset({"family", "couple", "group"})
# Plural nouns of people, who are "they" and never "it" (not "officials", which may stand for their body).
# Plural nouns for people met as a group, both people "they" stands for and the head of a source's description.
GROUP_PEOPLE = frozenset(
    "others acquaintances colleagues participants observers passengers guests fans players coaches pundits".split()
)
PEOPLE_PLURALS = GROUP_PEOPLE | frozenset(
    """members supporters activists organizers organisers protesters residents critics voters lawmakers students
    parents neighbors neighbours relatives witnesses""".split()
)
# People described by what they are of, lowercase, as the subject that put out a document: "the executives of nine
# Indiana-based companies", "the heads of six committees" (sent a letter).
PEOPLE_OF = re.compile(r"the\s+[a-z]+[^s\W]s\s+of\s+\S")
# A dateline before a sentence's subject: "CHARLESTON, S.C. — Democratic candidates ...", "HAYWARD (AP) - Police",
# "NUR-SULTAN, Kazakhstan (AP) —", "ALMATY, Jan 10 (Reuters) -", or a city in title case with its agency: "Almaty
# (AFP) -".
LEAD_DATELINE = re.compile(
    r"\s*(?:[A-Z][A-Z.'’-]+(?:\s+[A-Z][A-Z.'’-]+)*(?:,\s*[A-Z][\w.]*(?:\s+(?:[A-Z][\w.]*|\d{1,2}))?)?\s*"
    r"(?:\([^)]{1,30}\)\s*)?"
    r"|[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,2}(?:,\s*[A-Z][\w.]*(?:\s+(?:[A-Z][\w.]*|\d{1,2}))?)?\s*"
    r"\([^)]{1,30}\)\s*"
    # (or the agency's bracket alone, where the stop of a state's abbreviation ended the sentence before it:
    # "HAYWARD, Calif. | (AP) - Police")
    r"|\([A-Z][^)]{0,29}\)\s*)"
    r"(?:\s-{1,2}\s|[–—])\s*"
)
# How far from a sentence's start a dateline's dash may come ("NUR-SULTAN, Kazakhstan (AP) —" is 29 characters;
# none in the corpora runs past 50).
DATELINE_SPAN = 60


# The labels a web page puts before a revised story's first sentence.
UPDATE_LABELS = ("Updated:", "Update:", "UPDATED:", "UPDATE:")


def dateline_end(text: str, s: int, limit: int) -> int:
    """Where the words after a dateline opening text at s start ("WASHINGTON -- The Treasury said", "ALMATY, Jan 10
    (Reuters) - Kazakhstan said"), or s when none opens it: one test of what a dateline is, for a subject, a
    sentence's title holder and a statement's content alike. A dateline ends on a dash after a space or a long
    dash, so none is looked for without one."""
    if text.startswith(UPDATE_LABELS, s):
        # "Updated: Rick Santorum on Sunday tried to clarify ..., saying": a web page's label, as a dateline is
        s = text.find(":", s, limit) + 1
        s += len(text[s:limit]) - len(text[s:limit].lstrip())
    end = s + DATELINE_SPAN if s + DATELINE_SPAN < limit else limit
    if text.find(" -", s, end) < 0 and text.find("—", s, end) < 0 and text.find("–", s, end) < 0:
        return s
    dateline = LEAD_DATELINE.match(text, s, limit)
    return dateline.end() if dateline else s
# A person described by a title, opening a sentence before its verb: "Kazakhstan's president on Friday authorized",
# "The foreign minister said" (group 1 the description). (The titles longest first, then alphabetical, so that the
# pattern is the same in every process: a set's order follows the string hash.)
TITLED_LEAD = re.compile(
    r"((?:The|[A-Z][\w-]*['’]s)\s+(?:[a-z][\w-]*\s+)?(?:"
    + "|".join(sorted(PERSON_TITLES, key=lambda t: (-len(t), t)))
    + r"))(?=\s+(?:(?:on|late|early)\s+[A-Z][a-z]+day\s+)?(?:was|is|had|has|[a-z]{3,}(?:ed|s))\b)"
)
# A person described by a noun, opening a sentence before its verb: "Another juror was replaced ...".
DESCRIBED_PERSON = re.compile(
    r"((?:A|An|The|Another|One)\s+(?:[a-z][\w-]*\s+){0,2}?(woman|man|juror|witness|neighbor|neighbour|mother|"
    r"father|girl|boy|teen|teenager|resident|student|teacher|nurse|doctor|officer|victim|driver|wife|husband|"
    r"daughter|son|sister|brother|employee|worker|customer))(?=\s+(?:was|is|had|has|who|[a-z]{3,}ed)\b|,)"
)
# Conjunctions that may open a sentence before its subject.
GROUP_OPENERS = frozenset("While Although Though As Because Since When If But And So Yet".split())
# Where the head of a noun phrase ends: "members | of the Republicans".
GROUP_HEAD_END = re.compile(r"\s+(?:of|in|from|at|on|for|with|who|that)\s+")
# The words GROUP_HEAD_END is made of: a phrase without one of them as a word of its own has no head to cut.
GROUP_HEAD_END_WORDS = frozenset("of in from at on for with who that".split())
# Documents an examiner writes about a person ("Gray's autopsy"): the medical examiner's or coroner's.
EXAMINER_DOCUMENTS = ("autopsy", "autopsy report", "autopsy results", "post-mortem", "postmortem")
# A clause after a description that says only that the name is withheld ("a France Telecom spokeswoman who asked not
# to be named", ", speaking on condition of anonymity"): whom the description speaks for is read without it.
WITHHELD_CLAUSE = re.compile(
    r",?\s+(?:who|speaking|talking)\b[^,]*?\b(?:anonymity|anonymous|not\s+(?:to\s+)?be\s+(?:named|identified))\b.*$"
)
# The charges themselves as the speaker ("The involuntary manslaughter charge alleges", "According to the criminal
# charges", "according to charges", "according to Tran's charges"): a prosecution's charging document, whose words
# before "charge" name the offence or its number; no preposition or participle among them, which make the charges
# another speaker's ("the officer in charge", "a man facing murder charges").
CHARGE_DOCUMENT = re.compile(
    r"(?:(?:[Tt]he|[Aa]ll)\s+(?:(?!(?:in|of|on|for|with|against|to)\b|[\w-]+ing\b)[a-z\d][\w-]*\s+){0,4}"
    r"|[A-Z][\w-]*['’]s\s+)?[Cc]harges?"
)
DOCUMENT_ANAPHORA = frozenset(
    {
        "the autopsy",
        "the statement",
        "the report",
        "the letter",
        "the release",
        "the filing",
        "the tweet",
        "the post",
        "the complaint",
        "the affidavit",
        "the memo",
        "the message",
        "the poll",
        "the survey",
        "the study",
        "the resolution",
    }
)
# Words between "the" and a document noun that leave it the same document: "the joint statement", "The 225-page
# report".
# Head nouns of a body that "the" and the noun take up from an apposition naming it, and that apposition read
# back from the noun: "Secure America Now, a neoconservative nonprofit organization" ... "the organization".
APPOSED_BODY_HEADS = frozenset(
    "organization organisation group charity nonprofit coalition alliance network movement militia".split()
)
APPOSED_BODY = re.compile(
    r"((?:[A-Z][\w.&'’-]*\s+(?:(?:of|for|and|the)\s+)*)*[A-Z][\w.&'’-]*),\s+((?:a|an|the)\s+(?:[\w'’-]+\s+){0,4})$"
)
# A body's name written right after its kind, lowercase: "nonprofit conservative advocacy group Secure America Now"
# (at least two capitalised words, so that a sentence's next word is not taken for a name).
BODY_KIND_THEN_NAME = re.compile(
    r"((?:[a-z][\w'’-]*[ \t]+){0,3}(?:" + "|".join(sorted(APPOSED_BODY_HEADS)) + r"))[ \t]+"
    r"((?:[A-Z][\w&'’-]*[ \t]+(?:(?:of|for|and|the)[ \t]+)*)+[A-Z][\w&'’-]*)"
)
# A preposition and a relative pronoun before a person pronoun: "a quote from Mrs. Clinton in which she said".
RELATIVE_LEAD = re.compile(r"(?:in|to|of|for|with|by|from|about|under|through|during)\s+(?:which|whom)\s+$")
# A description opening a sentence before a name set off by commas: "The center's president, " (then "Cathi
# Herrod, has been ..."): lowercase words after "The", at most one possessive name among them.
DESCRIPTION_THEN_NAME = re.compile(r"[Tt]he\s+(?:[A-Z][\w.-]*(?:'s|’s)\s+)?(?:[a-z][\w'’-]*\s+){0,4}[a-z][\w-]*,\s+(?=[A-Z])")
# How a description first given opens, for "the ..." to take it up again: "a neighbor next door", "four
# congressional officials" (then "the officials"), "several senior aides".
DESCRIPTION_OPENERS = tuple(
    w + " " for w in "a an another two three four five six seven eight nine ten several".split()
) + tuple(f"{d} " for d in range(2, 10))
# The words for one who speaks for another, which take each other up ("A spokesperson for X", then "the aide").
SPOKESPERSON_WORDS = frozenset("spokesperson spokesman spokeswoman aide".split())
# The words for a body's statement to the press, which take each other up ("said in a statement", then "the release
# said").
STATEMENT_NOUNS = frozenset("statement release announcement".split())
# The kind of record a capitalised word opening a document phrase tells, not who issued it ("Public records show",
# "Jail records show", "Booking records", "Charging documents"): no issuer's name.
RECORD_KINDS = frozenset(
    "public jail state arrest property inmate dispatch charging booking court online tax prison federal".split()
)
DOCUMENT_MODIFIERS = frozenset("joint new written official latest brief full final initial signed two-page".split())
# How far back (characters) a document named again is looked for where it was first named.
DOCUMENT_REACH = 3000
# After a document noun: who it is from ("a joint letter from the chairs of six committees in the House, ..."), without
# "the", as DOCUMENT_ISSUER has it; an "and" before a capital joins names ("a message from the Central Commission for
# Elections and Referenda", "tweets from the Boston Police Department and BWH").
DOCUMENT_FROM = re.compile(
    r"\s+(?:from|by|signed by)\s+(?:the\s+)?([^,.;:\n()“”\"]{2,80}?)"
    r"(?=\s*[,.;:\n(“”\"]|\s+(?:in|on|to|that|who|which|and(?!\s+[A-Z])|urging|saying|calling|demanding|asking|said|says|"
    r"added|stated|showed|shows|urged|wrote|called|noted|warned|read|reads|was|is|also|sent|issued|released|"
    r"posted|published|obtained|dated|on|at)\b)"
)
# Between a document noun and its "from"/"by": an aside on when it came out or who holds it, ended by "and" ("a letter
# released Tuesday and signed by ...", "a letter, obtained by Fox News and signed by ..."); a phrase of a few words.
DOCUMENT_ASIDE = re.compile(
    r",?[ \t]+(?:released|obtained|sent|dated|posted|published|seen)[ \t][^,.;:\n]{1,40}?,?[ \t]+and"
    r"(?=[ \t]+(?:from|by|signed[ \t]+by)[ \t])"
)
DOCUMENT_ASIDE_REACH = 60  # characters after the noun that must hold the aside's " and "
# The body an issuer belongs to, after it: " in the U.S. House of Representatives".
ISSUER_IN = re.compile(r"\s+in\s+the\s+[A-Z][\w.&'’-]*(?:\s+(?:of\s+)?[A-Z][\w.&'’-]*)*")
# Before a document noun: the verb that put it out ("released a joint ", "issued a ").
# ("sent Ryan, R-Wis., a letter": whom it was sent to, a name and its party tag, between the verb and the article)
DOCUMENT_PUT_OUT = re.compile(
    r"\b(?:released|issued|put out|sent|signed|published|posted|wrote|penned|adopted|passed)\s+"
    r"(?:(?<=sent\s)[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2}(?:,\s+[RDI]-[\w.]+,)?\s+)?(?:a|an|their|his|her|its)\s+(?:[\w-]+\s+){0,2}$"
)
OBTAINED_BY = re.compile(r"\s+(?:obtained|seen|reviewed|acquired)\s+by\s+\S.*$")
PARTY_TAG = re.compile(r"\s*\([A-Z]-[A-Z][\w.-]*\)")
# A body's initials and a role word after a name, with no article ("Dwight Mitchell, LMPD spokesperson."): group 1 the
# role, taken when the gazetteer knows its last word (not "Ann Lee, NBC reported.") and the initials type it otherwise.
INITIALS_ROLE_APPOSITION = re.compile(r",[ \t]+([A-Z]{2,6}[ \t]+([a-z][\w-]*))(?=[,;.])")
# A body's capitalised name and a role of one to three lowercase words after a name, with no article ("said Jeff Haney,
# Canyons School District spokesman.", "said Tom Bell, Lakewood police spokesman."): group 1 the body (its name may
# hold "of", "the", "and", "for": "Utah Department of Transportation"), group 2 the role.
NAMED_ROLE_APPOSITION = re.compile(
    r",[ \t]+((?:[A-Z][\w.'’&-]*[ \t]+(?:(?:of|the|and|for)[ \t]+)?){1,5}?)((?:[a-z][\w'’-]*[ \t]+){0,2}[a-z][\w'’-]*)(?=[,;.])"
)
# Officer titles that companies and charities use as much as governments: alone they say nothing of the body.
BARE_OFFICER_WORDS = frozenset("President Vice Senior Executive Director Chairman Chairwoman Chair Officer Manager".split())
# A capitalised title of a body set off by commas after a name: ", Governor of Qeshm island,", ", Director of
# Communications for the Harris County District Attorney's Office," (group 2: the title's words before the preposition)
TITLE_OF_BODY_APPOSITION = re.compile(
    r",[ \t]+(((?:[A-Z][\w'’-]*[ \t]+){0,3}[A-Z][\w'’-]*)[ \t]+(?:of|for|at)[ \t]+[^,;.\"“”()\n]{2,80}?),"
)
# "a President Romney": a title after an indefinite article names a post someone might hold, not one they hold
HYPOTHETICAL_TITLE = re.compile(r"(?<![\w'’-])[Aa]n?\s+$")
# What opens a sentence before its subject: "Earlier, ", "And on Monday, ", "In December, ", or a fronted clause
# ("With the Senate set to debate gun control this month, ", 52 characters).
DOCUMENT_INTRO = re.compile(
    r"(?:(?:And|But|So)\s+)?(?i:(?:earlier|later|meanwhile|however|also|then|separately|today|yesterday|on|in|at|"
    r"last|after|before)\b[^,]{0,30}),\s*|(?:And|But|So)\s+"
    r"|(?:With|While|As|When|Since|During|Despite|Amid)\s[^,]{0,60},\s*"
)
TRAILING_ADVERB = re.compile(r"(?:\s+(?:also|later|jointly|quickly|immediately|then|have|has|had|on\s+\w+day|\w+day))+$")


def _document_anaphora(low: str) -> str | None:
    """The document noun of "the statement", "the joint statement", "the 225-page report", or None."""
    words = low.split()
    if not 2 <= len(words) <= 4 or words[0] != "the" or f"the {words[-1]}" not in DOCUMENT_ANAPHORA:
        return None
    if all(w in DOCUMENT_MODIFIERS or w.endswith("-page") for w in words[1:-1]):
        return words[-1]
    return None


MEDIA_ANAPHORA = frozenset(
    f"the {w}"
    for w in "newspaper paper magazine agency broadcaster network station outlet website site channel".split()
) | {"the news agency", "the tv station", "the television station"}
# An outlet described by its kind with a word before it ("the gossip site", "the celebrity website", "the British
# tabloid"): the outlet named last before it, also one named only as where something was published.
# The words for one who runs for an office ("the presumptive Republican nominee", "the Democratic presidential
# candidate"), which stand for the candidate who spoke last.
CANDIDATE_NOUNS = frozenset("nominee candidate hopeful front-runner frontrunner contender".split())
# (the same words, alone or with a comma after them, as a tuple for str.endswith)
CANDIDATE_NOUN_ENDINGS = tuple(sorted(CANDIDATE_NOUNS)) + tuple(sorted(noun + "," for noun in CANDIDATE_NOUNS))
# The words for a website, which an apposition may give an outlet's name ("BigGovernment.com, a website run by").
SITE_WORDS = ("site", "website")
MEDIA_DESCRIPTION = re.compile(r"the [a-z-]+ (?:site|website|tabloid)")
# How far back (in characters) such a description looks for the outlet's name.
MEDIA_DESCRIPTION_REACH = 1500
PROSECUTOR_WORDS = frozenset(
    {"prosecutors", "prosecutor's office", "prosecutor’s office", "district attorney's office"}
)
PROSECUTION_OFFICE = re.compile(
    r"(?=[A-Z])\b((?:U\.S\.|[A-Z][\w.'’-]*)(?:[ \t]+[A-Z][\w.'’-]*)*[ \t]+(?:Attorney|Prosecutor)(?:'s|’s)[ \t]+Office"
    r"(?:[ \t]+(?:for|of)[ \t]+the[ \t]+[A-Z][\w.'’-]*(?:[ \t]+(?:of[ \t]+)?[A-Z][\w.'’-]*)*)?)"
)
# What every PROSECUTION_OFFICE match holds; the pattern holds no comma or line break, so it is searched from
# the last of them before the first of these.
PROSECUTION_ANCHORS = ("Attorney's", "Attorney’s", "Prosecutor's", "Prosecutor’s")
# The office written in lowercase, where the article names no capitalised one: "the state's attorney's office",
# "the district attorney's office" (searched only where one of PROSECUTION_LOWER_ANCHORS is written).
PROSECUTION_OFFICE_LOWER = re.compile(
    r"(?<![\w'’-])[Tt]he[ \t]+(?:state(?:'s|’s)|district|county|prosecuting)[ \t]+attorney(?:'s|’s)[ \t]+office\b"
)
PROSECUTION_LOWER_ANCHORS = ("attorney's office", "attorney’s office")
# A lowercase role of a few words after "the" ("the actor", "the real estate mogul"), or two joined by "and" ("the
# real estate mogul and reality TV star"), which may stand for the person the article names with that role ("actor
# John Smith", "Donald Trump, a real estate mogul").
ROLE_DESCRIPTION = re.compile(
    r"[Tt]he(?:[ \t]+(?:[a-z][a-z-]+|[A-Z]{2,4})){0,3}[ \t]+[a-z][a-z-]+"
    r"(?:[ \t]+and(?:[ \t]+(?:[a-z][a-z-]+|[A-Z]{2,4})){0,3}[ \t]+[a-z][a-z-]+)?"
)
# A personal name of two capitalised words, maybe an initial between them, after a role ("actor John Smith"; not
# "school district Superintendent Dale Marsden", a title of its own before the name).
ROLE_NAME_AFTER = re.compile(r"[ \t]+([A-Z][a-z][\w'’-]*(?:[ \t]+[A-Z]\.)?[ \t]+[A-Z][\w'’-]+)\b(?![ \t]+[A-Z])")
# A personal name set off before an indefinite article and a role ("Donald Trump, a real estate mogul"), read up
# to where the role starts.
ROLE_NAME_BEFORE = re.compile(
    r"([A-Z][a-z][\w'’-]*(?:[ \t]+[A-Z]\.)?[ \t]+[A-Z][\w'’-]+),[ \t]+(?:a|an)[ \t]+(?:[a-z][\w-]*[ \t]+){0,3}\Z"
)
# How far before a role its apposed name may start (characters).
ROLE_NAME_REACH = 90
DESCRIPTION_NAME = re.compile(r"[ \t]+(?:[A-Z]\.[ \t]+)?[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’.-]+)+")
# A role's named body: a preposition, maybe "the", then a capital ("director of the NAACP's ...").
NAMED_BODY_ROLE = re.compile(r"\s(?:at|of|for|with)\s+(?:the\s+)?[A-Z]")
# An officer's title and the body after it ("vice president of the civil servants' union").
OFFICER_OF = re.compile(
    r"(?i:\b(?:president|vice\s+president|chairman|chairwoman|chair|director|head|leader|secretary|spokesman|"
    r"spokeswoman|spokesperson|chief|secretary\s+general|general\s+secretary)\s+(?:of|for)\s+(?:the\s+)?)(.+)$"
)
# A company's officer at a body ("chief technology officer with the cybersecurity firm Qualys Inc."): group 1 is the
# body, whose type as an expert's (a security firm, a research firm), a charity's or an international body's types
# the officer, who speaks for it.
EXECUTIVE_AT = re.compile(
    r"\b(?:chief\s+[a-z]+\s+officer|chief\s+executive|executive|founder|co-founder)\s+(?:with|at|of)\s+(?:the\s+)?(.+)$"
)
# A lawyer on a body's staff ("a senior lawyer with the Sierra Club"): group 1 is the body, whose kind types
# the lawyer when it is an organisation's (not "a lawyer for the family").
LAWYER_OF = re.compile(r"\b(?:lawyer|attorney|counsel)\s+(?:with|for|at)\s+(?:the\s+)?(.+)$")
# A relative's given name alone, set off by commas after the kin noun: "his mother, Saule, told Reuters" (a name of
# one word follows no other description as surely).
APPOSED_GIVEN_NAME = re.compile(r",[ \t]+[A-Z][a-z'’-]+(?=,)")
KIN_HEADS = frozenset(KIN_NOUNS.split("|"))
# Heads the gazetteer types that name no one person an apposed name could be ("the preliminary investigation",
# "an arrest warrant": "According to an arrest warrant, Fridnel Jean-Phillip, 25, was inside").
NOT_ONE_PERSON = frozenset("investigation inquiry probe family families warrant warrants".split())
# The same set off by commas, closing its phrase: "Grimm's lawyer, William McGinley, said".
APPOSED_DESCRIPTION_NAME = re.compile(
    r",[ \t]+(?:[A-Z]\.[ \t]+)?[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’.-]+)+(?=[,.;:!?]|$)"
)
# "the city's police", "local police", "city police": owners that name no force (not "state police" or "county
# police", forces of their own)
GENERIC_OWNER = re.compile(
    r"^(?:the\s+)?(?:(?:city|state|country|county|town|area|region)(?:'s|’s)\s+|(?:local|city|town|area)\s+)?"
)
FORCE_WORDS = frozenset(
    {
        "police",
        "officers",
        "police officers",
        "cops",
        "deputies",
        "sheriff's deputies",
        "officials",
    }
) - {"officials"}
# ("detectives" and "investigators" keep their own description, as the guidelines keep unnamed speakers': they
# may be a prosecutor's, a coroner's or a state bureau's, not the force the article names.)
# GENERIC_OWNER takes words off the front only, so a speaker is one of FORCE_WORDS only if it ends with one.
FORCE_ENDINGS = tuple(FORCE_WORDS)
SHERIFF_WORDS = frozenset({"deputies", "sheriff's deputies"})
# Where a bare "police" points: a named sheriff's office or police department, a "-PD" acronym, "Atlanta police".
ORG_OF = re.compile(r"\s+of\s+(?:the\s+)?(?=[A-Z])")
# The words the force patterns are searched around, found with str.find ("PD" only before a word end; no
# word can overlap another).
FORCE_ANCHOR_WORDS = ("Police", "police", "Sheriff", "PD")
# Each opens on the set of characters its first letter is in, which the engine skips ahead to; the word start
# the patterns need there is checked by a lookbehind once the letter is read.
FORCE_PATTERNS = (
    # (the name's words on one line, with no "The" inside: a dateline's time, a headline or a caption before it on
    # the line above or in the same line is no part of it: "6:31 PM EST\n\nThe Greene County Sheriff's Office")
    re.compile(
        r"([A-Z](?<![\w].)[\w.'’-]*[ ]+(?:(?!The\b)[A-Z][\w.'’-]*[ ]+)*(?:Sheriff's|Sheriff’s|Police)\s+"
        r"(?:Department|Office|Service|Force))\b"
    ),
    re.compile(r"([A-Z](?<![\w].)[A-Z]{1,4}PD)\b"),
    # "Police in Lake Placid are investigating": the town's police, as a lead names it
    re.compile(r"(?<![\w-])(Police in [A-Z][\w'’-]*(?:[ ][A-Z][\w'’-]*){0,2})\b(?=\s+(?:are|have|say|said|were|is))"),
    # (a place whose name opens on an abbreviated saint or fort is read whole: "St. Louis police", "Port St. Lucie
    # police", "Ft. Myers police"; the abbreviation is tried once its capital is read, so that the pattern opens on
    # a capital too)
    re.compile(
        r"([A-Z](?:(?<=[SFM])(?<![\w.].)(?:(?<=S)te?|(?<=[FM])t)\.[ ]+[A-Z])?(?<![\w].)[\w'’-]*[ ]+"
        r"(?:[A-Z][\w'’-]*[ ]+){0,2}[Pp]olice)\b"
        r"(?!\s+(?:[A-Z]|chief|officer|department))"
    ),
    # the force in a title before a name ("Flint Police Chief James Tolbert"): a town's force the article quotes,
    # before state police it tells of ("Sheriff's deputies and state police chased him")
    re.compile(
        r"([A-Z](?<![\w].)(?!(?<=I)nterim\b|(?<=A)cting\b|(?<=D)eputy\b|(?<=A)ssistant\b|(?<=F)ormer\b)[\w'’-]*[ ]+"
        r"(?:(?!(?:Interim|Acting|Deputy|Assistant|Former)\b)[A-Z][\w'’-]*[ ]+){0,2}Police)[ ]+"
        r"(?:Chief|Commissioner|Superintendent|Sgt\.|Sergeant|Lt\.|"
        r"Lieutenant|Capt\.|Captain|Major|Officer|Detective|Det\.|Spokesman|Spokeswoman)\b"
    ),
    # last: state police
    re.compile(r"([Ss](?<![\w].)tate police(?: at [A-Z][\w'’-]*)?)"),
)
# A force's name without its place, as an article calls it after naming it in full.
GENERIC_FORCE_NAMES = ("Sheriff's ", "Sheriff’s ", "Police Department", "Police Service", "Police Force")
# Words each of FORCE_PATTERNS cannot match without (one of them): a window without them is not searched.
FORCE_NEEDS = (
    ("Department", "Office", "Service", "Force"),
    ("PD",),
    ("Police in ",),
    ("olice",),
    ("Police",),
    ("tate police",),
)
# A name, then a preposition set off by spaces (one of NAME_THEN_PP_WORDS: a phrase without one is not tried).
NAME_THEN_PP_WORDS = frozenset({"with", "from", "of", "at", "for"})
NAME_THEN_PP = re.compile(
    r"^((?:[A-Z][\w.'’-]*\s+){1,4}[A-Z][\w'’-]*)\s+(?:"
    + "|".join(sorted(NAME_THEN_PP_WORDS))
    + r")\s+(?:the\s+)?(?:[A-Z]|[a-z]+\s+[A-Z])"
)
# A member's state after a name, then the next member of a list ("Warren of Massachusetts, Amy", "Warren of
# Massachusetts and Amy"): a joint speaker, not one person and a phrase.
MEMBER_PLACE_THEN_NAME = re.compile(r"\s+of\s+([A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)?)(?:,|\s+and)\s+[A-Z]")
REPORTING_CUES = frozenset({"reported", "reports", "notes", "noted", "wrote", "writes"})
GENERIC_FOR = re.compile(
    r"\b(?:[a-z]+\s+(?:for|of|at|from|with)|[A-Z][a-z]+\s+(?:at|from|with))\s+(?:the\s+)?"
    r"([A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*)*)"
)
# A spokesperson for a body the article takes up by a common noun ("a spokesman for the fair"): group 1 the noun.
SPOKESPERSON_FOR_NOUN = re.compile(r"\bspokes(?:man|woman|person)\s+for\s+the\s+([a-z]+)$")
# A head that runs a body named before it ("AMD's president and CEO"): a company's, unless the body is a
# country or one the gazetteer types.
# A lawyer owned by the one named before ("the congressman's lawyers"): a lawmaker's or candidate's lawyer is no
# politician (a government body's lawyer, "the city's attorney", may speak for it, and keeps its type).
OWNED_LAWYER = re.compile(r"(?:'s|’s)\s+(?:(?:personal|defense|defence)\s+)?(?:lawyers?|attorneys?)$")
LAWYER_ENDINGS = ("lawyer", "lawyers", "attorney", "attorneys")
# A person's lawyer named after the noun: "President Trump's attorney Ty Cobb", "Gov. Lee's lawyer Ann Hale".
PERSON_LAWYER_NAMED = re.compile(
    r"(?:'s|’s)\s+(?:(?:personal|private|defense|defence)\s+)?(?:lawyers?|attorneys?)(?:\s+[A-Z][\w.'’-]*)*$"
)
# A role that only places a person after or before another in an office ("Fox’s successor"): the other's name
# does not type them.
SUCCESSION_ENDINGS = ("successor", "predecessor")
# A name's first mention that says the person was arrested or charged (after an age or a short description set off by
# commas: "Triston Whitmire, 19, was arrested Saturday"): a suspect, whom the guidelines type other.
ARRESTED_AFTER_NAME = re.compile(
    r"(?:,[^,.;\"“”]{1,120},|\s+\([RDI]-[^()]{1,20}\))?\s+(?:(?:was|has\s+been|had\s+been|is\s+being)\s+(?:later\s+)?"
    r"(?:arrested|charged|indicted|booked|detained|taken\s+into\s+custody)|pleaded\s+guilty)\b"
)
# A superintendent by the bare title ("Supt. Eddie Johnson"): the title of the police chiefs of Chicago and New
# Orleans, and of school districts.
SUPERINTENDENT_TITLES = ("Superintendent ", "Supt. ", "First Deputy Superintendent ", "Deputy Superintendent ")
# The titles before a name that both police and fire services give ("Chief David Brown", "Captain Scott Adams"), typed
# by which of the two the article speaks of (a ship's or a team's captain is written so too, in stories of neither).
SERVICE_TITLES = ("Chief ", "Captain ")
SUPERINTENDENT_POLICE_REACH = 250  # characters before the first mention: its sentence and the one before
# Reports that name neither an outlet nor a document ("Reports indicate that four people were shot", "Early reports
# said"): the press, as the held-out annotation types "reports" and "past reports" (a police or court report is named
# so: "police reports", "court records").
BARE_REPORTS = frozenset(
    "reports|early reports|earlier reports|initial reports|some reports|other reports|previous reports|recent reports".split("|")
)
RECORD_CUES = frozenset({"show", "shows", "showed", "stated", "states"})
# Relatives named by the words of speech ("his mom", "Savage's dad", "grandma") or by a kin noun the gazetteer does not
# hold as a word ("her great-aunt", "his sister-in-law", "Mackey’s step-father", "Jones' ex-girlfriend"): typed as
# the relatives the gazetteer holds ("his mother", "her stepfather") are, without becoming words that find speakers
# ("living on the block with her granddaughter" is no speaker).
FAMILIAR_KIN = frozenset("mom mum dad mommy daddy grandma grandpa granny grandparents granddaughter".split())
KIN_AFFIXED = re.compile(r"(?:great-|step-|ex-)+[a-z]+|[a-z]+-in-laws?")
# "The man", "the woman" taken up from the story's people: typed witness or resident (as "the mother", "the boy" and
# "a man" are) only when the words around the article's first mention make them a victim, a relative or a bystander
# ("a 37-year-old woman with a gunshot wound", "said the man, who did not want to be identified") and none makes them
# the suspect ("A man is in custody after he allegedly shot ...", "the man shoved a gun in her face"); otherwise other.
DEFINITE_PERSONS = frozenset(SEXED_SPEAKERS)
# (or by the age alone: "the 6-year-old", "a 30-year-old man", "the wounded man")
AGED_PERSON = re.compile(r"(?:[Tt]he|[Aa]n?)\s+(?:\d+-year-old|wounded|injured)(?:\s+(?:man|woman))?")
SUSPECT_WORDS = re.compile(
    r"\b(?:custody|arrest(?:ed|s)?|charged|charges|suspects?|suspected|gunman|gunmen|shooter|accused|booked|jail"
    r"|allegedly|admit(?:s|ted)?|acknowledges|confess(?:ed|es)?|informant|robber|robbed|robbery|stole|carjack\w*"
    r"|demanded|yelled|[’']d\s+shot|gun\s+in\s+(?:his|her)\s+face|later\s+identified|fired\s+the\s+shot"
    r"|killed\s+(?:his|her|their))\b",
    re.I,
)
BYSTANDER_WORDS = re.compile(
    r"\b(?:victims?|wounded|injur\w*|gunshot|hospital\w*|neighbou?rs?|witness\w*|residents?|lives|lived|relatives?"
    r"|grand\w+|mother|father|son|daughter|husband|wife|brother|sister|cousin|nephew|niece|uncle|aunt|boyfriend"
    r"|girlfriend|911|(?:was|been|got)\s+shot|shot\s+(?:himself|herself)|(?:declined|refused|did\s+not\s+want"
    r"|didn[’']t\s+want|asked\s+not)\s+to\s+(?:give|be|have))\b",
    re.I,
)
SUSPECT_REACH = 300  # characters before the first mention (its sentence and the one before) and after it (its clause)
SUSPECT_REACH_AFTER = 120
# "Deputy" as the rank of a title after it ("Deputy Mayor Ann Lee", "the deputy secretary of state"): group 1 the title
# and what follows; not a sheriff's deputy ("a sheriff's deputy spokesman").
DEPUTY_BEFORE_TITLE = re.compile(r"(?<!['’]s )(?<![Ss]heriff )\b[Dd]eputy\s+(?![Ss]heriff)([A-Za-z].*)$")
# An honorific right before a name's first word ("..., Dr. Ann Lee"), which a description before it does not include.
HONORIFIC_BEFORE_NAME = re.compile(r"(?<![\w'’-])(?:Dr|Mr|Mrs|Ms)\.\s$")
# A spokesperson's bare title before the name ("Spokesman Ali Hassan"): group 1 the title.
SPOKESPERSON_TITLE = re.compile(r"([Ss]pokes(?:man|woman|person))\s+[A-Z]")
# A description by a definite common noun alone ("the aide, Ann Lee"): group 1 its head noun, which takes up the
# fuller indefinite description the article gave before ("A young Republican congressional aide resigned").
DEFINITE_ROLE = re.compile(r"[Tt]he\s+(?:[a-z][\w-]*\s+)?([a-z][\w-]*)")
# The words of an indefinite description before its head noun, searched in the text just before that noun.
INDEFINITE_BEFORE = re.compile(r"(?<![\w'’-])[Aa]n?\s+(?:[A-Za-z][\w'’-]*\s+){0,4}$")
INDEFINITE_REACH = 60  # characters before the head noun: an article and four words
POSSESSIVE_HEAD = re.compile(
    r"^(?:the\s+)?([A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*)*)(?:'s|’s)\s+(?:president|chairman|chairwoman|director|"
    r"chief\s+executive)\b"
)
# A group named by the cause it is for ("the Utah-based pro-polygamy group"): an advocacy body, where "group" alone
# says nothing (not "a pro-Russian group", a side in capitals; not "the anti-secrecy group" WikiLeaks, which the
# guidelines leave other).
CAUSE_GROUP = re.compile(r"(?<![\w-])[Pp]ro-[a-z][\w-]*\s+groups?\b")
# An officer of a body the article calls by a kind of advocacy body ("the organization's president", "the
# coalition's executive director", "the center's president"): not "the group's leader", which may be an armed group's.
ADVOCACY_OFFICER = re.compile(
    r"\b(?:[Tt]he|[Ii]ts|[Tt]heir)\s+(?:[a-z]+\s+)?(?:organi[sz]ation|center|centre|association|coalition|foundation|society|"
    r"alliance)(?:'s|’s)\s+(?:president|executive\s+director|director|chairman|chairwoman|chair|chief\s+executive|"
    r"founder)\b"
)
# The capitalised nouns that end an advocacy body's name ("the Christian Coalition", "the Ford Foundation").
_ADVOCACY_NOUNS = r"Organi[sz]ation|Association|Coalition|Alliance|Society|Foundation"
# A body named with a word of an advocacy body's kind ("the National Organization for Women", "the Christian
# Coalition", "the Council on American-Islamic Relations", "Safe Tennessee Project"): group 1 is the whole name. A
# council only when a cause follows it ("Council on ...", "Council for ..."), not a city's or a state's council.
ADVOCACY_BODY_NAME = re.compile(
    r"\b((?:[A-Z][\w&.'’-]*\s+)*(?:" + _ADVOCACY_NOUNS + r"|Project)"
    r"(?:\s+(?:for|of|on)\s+[A-Z][\w&'’-]*(?:\s+[A-Z][\w&'’-]*)*)?|(?:Council\s+(?:on|for)|Cent(?:er|re)\s+for)\s+"
    r"[A-Z][\w&'’-]*(?:\s+[A-Z][\w&'’-]*)*)"
)
# An advocacy body's name written right before its officer's capitalised title and name ("The National Organization
# for Women President Terry O'Neill"): group 1 is the body.
ADVOCACY_BODY_BEFORE_TITLE = re.compile(
    r"(?:[Tt]he\s+)?((?:[A-Z][\w&.'’-]*\s+)*(?:" + _ADVOCACY_NOUNS + r")"
    r"(?:\s+(?:for|of|on)(?:\s+[A-Z][\w&'’-]*)+?)?)\s+(?:President|Chairman|Chairwoman|Chair|Director|"
    r"Executive\s+Director|Founder)\s+[A-Z]"
)
# A body's office named by the body's initials in the possessive ("the NAACP's Washington bureau"): group 1 is the
# body.
INITIALS_OWNER = re.compile(r"([A-Z]{2,})(?:'s|’s)\s")
# An officer or lawyer of a body named before the role ("the Christian Coalition's lawyer"): group 1 is the body.
NAMED_BODY_OFFICER = re.compile(
    r"((?:[A-Z][\w&.'’-]*\s+)+(?:Organi[sz]ation|Association|Coalition|Alliance|Society|Foundation))(?:'s|’s)\s+"
    r"(?:president|executive\s+director|director|chairman|chairwoman|chair|chief\s+executive|founder|lawyer|"
    r"attorney|general\s+counsel|counsel)\b"
)
# The house of worship or denomination a minister serves ("The Bible Church's head minister", "minister of First
# Baptist Church"): a minister of religion, clergy, not of a state.
CHURCH_MINISTER = re.compile(
    r"\b(?:[Cc]hurch|[Cc]hapel|[Cc]ongregation|[Pp]arish|[Cc]athedral|[Tt]abernacle|[Mm]inistries|[Bb]aptist|"
    r"[Mm]ethodist|[Pp]resbyterian|[Ll]utheran|[Ee]piscopal|[Pp]entecostal|[Ee]vangelical)\b"
)
# A retired officer ("a retired police captain", "a retired Army general"): one no longer in the role, who speaks for
# no force, as "former" makes one who speaks for no one.
RETIRED_WORD = re.compile(r"\b[Rr]etired\b")
MINISTER_WORD = re.compile(r"\b[Mm]inisters?\b")
# An officer of a body the article calls by a kind of company ("the company's president", "the firm's chairman").
COMPANY_OFFICER = re.compile(
    r"\b(?:[Tt]he|[Ii]ts)\s+(?:[a-z]+\s+)?(?:company|firm|corporation|airline|bank|chain|retailer|maker|manufacturer|"
    r"automaker|carrier|startup)(?:'s|’s)\s+(?:president|chairman|chairwoman|chair|director|head|chief)\b"
)
# A president written after the name of the body he heads ("Academy President Boone Isaacs", "ABC Entertainment
# Group president Paul Lee", "Philadelphia 76ers President and General Manager Ed Stefanski"): group 1 is the
# body's capitalised name run (a team's name may open on a digit).
BODY_PRESIDENT = re.compile(
    r"(?<![\w'’-])((?:[A-Z0-9][\w&'’-]*[ \t]+)*[A-Za-z0-9][\w&'’-]*)[ \t]+[Pp]resident"
    r"(?:[ \t]+and(?:[ \t]+[A-Z][a-z]+){1,3}?)?[ \t]+[A-Z]"
)
# The fields of a firm's technical officers, in their titles ("chief technology officer", "security researcher").
_EXPERT_FIELD = r"(?:technology|security|research|intelligence|threat)"
# A technical officer's role without an article, of a named firm (", chief technology officer of Qualys", ", chief
# security officer with Arbor Networks", ", intelligence director with Verisign's iDefense group"): group 1 the firm's
# first word. Such a firm's officer assesses an event as an expert when the firm is not one of the story's actors
# (SpeakerIndex._outside_company), as the held-out annotation types security and research firms commenting on an attack
# or an outage; a company's staff on its own affairs stay other.
EXPERT_OFFICER = re.compile(
    r"(?:[a-z][\w-]*\s+){0,2}?" + _EXPERT_FIELD + r"\s+(?:[a-z][\w-]*\s+){0,2}?"
    r"(?:officer|director|researcher|analyst|scientist|head|manager)\s+(?:of|with|at|for)\s+(?:the\s+)?([A-Z][\w&.'’-]*)"
)
# The same officer by a title before the name, after the firm's name ("Qualys CTO Wolfgang Kandek", "Cisco chief
# security researcher Patrick Peterson"): group 1 the firm's word.
EXPERT_OFFICER_TITLE = re.compile(
    r"([A-Z][\w&.'’-]*)\s+(?:CTO|CSO|CISO|(?:chief\s+)?" + _EXPERT_FIELD + r"\s+"
    r"(?:[a-z][\w-]*\s+){0,2}?(?:officer|director|researcher|analyst|scientist))\s+[A-Z]"
)
# A company's own experts by its name ("Microsoft security experts", "Microsoft security researchers"): group 1 the
# company's word.
COMPANY_EXPERTS = re.compile(r"([A-Z][\w&.'’-]*)\s+(?:[a-z][\w-]*\s+)?(?:experts|researchers|analysts|engineers)")
# How many times an outside firm is named at most: with its officer, and once more.
OUTSIDE_COMPANY_MENTIONS = 2
# A role opening on an indefinite article ("a restaurant owner in Cincinnati"): one of many such people.
INDEFINITE_OPENING = re.compile(r"(?:also\s+)?[Aa]n?\s")
# The manager or owner of a shop, bar, restaurant or hotel ("manager of a central Athens mobile phone store", "Bar
# manager Kevin Moss", "Doug Pettigrew, the owner of the bar"): a worker on the scene, a witness by the guidelines,
# where "manager" or "owner" alone is other (a team's general manager, a ship's owner). The place ends the description
# after "of" or "at", so that "the manager of the market research firm" stays other; a gun shop is a seller's.
_SHOP_PLACES = r"(?:store|shop|grocery|supermarket|restaurant|bar|pub|cafe|café|diner|bakery|pharmacy|hotel|motel|gas station)"
SHOP_MANAGER = re.compile(
    rf"\b(?<!gun\s){_SHOP_PLACES}(?:'s|’s)?\s+(?:(?:general\s+)?manager|owner)\b"
    rf"|\b(?:manager|owner)\s+(?:of|at)\s+(?:the\s+|an?\s+)?(?:[\w'’&-]+\s+){{0,4}}{_SHOP_PLACES}$",
    re.IGNORECASE,
)
# Plural nouns for those who take part in a protest themselves (see _one_of_witnesses).
MARCHING_NOUNS = frozenset("protesters protestors demonstrators marchers".split())
# A bare apposition that makes the speaker one of a group or a friend of someone (", one of the victim's neighbors",
# ", friend of the family"): group 1 the group, whose words type the role (", one of the lawyers for the family" is a
# lawyer, not family).
ONE_OF = re.compile(r"(?:one|friend|friends)\s+of\s+(.+?)(?:\s+(?:in|at|of|on|for|to|from|with|who|that)\s.*)?$")
# A poll as the head of a speaker phrase ("A Fox News poll released Friday", "entrance polls", "An opinion poll
# published by Ethnos newspaper"), not a word inside a name ("Poll Watchers", "poll workers").
POLL_SPEAKER = re.compile(r"\b[Pp]olls?\b(?:\s+(?:of|by|from|in|for|published|released|conducted|taken)\b.*)?$")
# A politician described by state and party ("The Arizona Republican", "the New York Democrat"), and one named
# with a party and state tag ("Sen. John McCain, R-Ariz.", "Rep. Ann Lee, D-N.Y."): group 3 is the state's
# abbreviation, whose letters its name holds in order.
STATE_PARTY = re.compile(r"[Tt]he\s+((?:(?:New|North|South|West|Rhode)\s+)?[A-Z][a-z]+)\s+(Republican|Democrat)")
NAME_PARTY_TAG = re.compile(r"([A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)+),\s+([RD])-((?:[A-Z]\.){2}|[A-Z][a-z]*\.?|[A-Z]{2})(?![\w])")
# An office of a legislature, named with the legislature before or after it.
LEGISLATURE_OFFICE = re.compile(
    r"\b(?:House|Senate|Congress(?:'s|’s)?)\s+Office\s+of\b|\bOffice\s+of\s+(?:the\s+)?[A-Z][\w\s]*?\b(?:House|Senate|Congress)\b"
)
# People who represent the body named before them: "AMD representatives", "a union representative".
REPRESENTATIVES_OF = re.compile(r"^(?:(?:the|The|a|an|An|A)\s+)?(.+?)\s+representatives?$")
# A representative for a person or a body, after an article ("a representative for Shields", "a representative of
# the company"): one who speaks for them, not a lawmaker (not "a state representative for the district").
REPRESENTATIVE_FOR = re.compile(r"(?:^|\s)(?:the|The|a|an|An|A)\s+representatives?\s+(?:for|of)\s+(.+)$")
# Words of a legislature, whose representatives are lawmakers ("House representatives").
LEGISLATURE_WORDS = frozenset("House Assembly Legislature Parliament Congress Senate".split())
# The longest first speaker of a joint pair that types the pair ("Mayor John Cranley and Police Chief ...").
JOINT_HEAD_WORDS = 5
# Words after a comma that open a clause on the noun before it, not a list's next member ("An official, who ...").
LIST_BREAKERS = frozenset("who whom whose which where when".split())
# A US or Canadian broadcaster named by its call sign or network and channel ("WFTV", "KMBC-TV", "NBC10",
# "ABC12 News"): local news cites stations more than any other outlet, and no list can hold them all.
# Bodies an article names in full, then as "the board" ("The Washington Post's editorial board ... The board").
BODY_NOUNS = frozenset("board committee council commission panel".split())
# An armed service by its kind alone ("the military said", "The army said"), and the same service named with the
# words that say whose it is ("the Indian military", "The Israeli army"), for the first to take up the second.
ARMED_SERVICE_NOUNS = frozenset("military army navy".split())
ARMED_SERVICE_NAMED = re.compile(r"(?<![\w'’-])[Tt]he((?:[ \t]+[A-Z][\w.'’-]*){1,3})[ \t]+([Mm]ilitary|[Aa]rmy|[Nn]avy)\b")
# A police department's initials: "NYPD", "IMPD", "SFPD" (two to four capitals and "PD").
POLICE_ACRONYM = re.compile(r"(?<![\w-])[A-Z]{1,4}PD(?![\w-])")
# A county's or a parish's sheriff's office by its initials ("MCSO", "HCSO", "EBRSO", "JPSO"), which local news names
# as it names a police department: two or three letters before "SO" (not "BSO", an orchestra's).
SHERIFF_ACRONYM = re.compile(r"(?<![\w-])[A-Z]{2,3}SO(?![\w-])")
BROADCAST_CALL_SIGN = re.compile(
    r"^(?:the\s+)?(?:(?!WWI)[KW][A-Z]{2,3}(?:-(?:TV|FM|AM|DT))?(?:\s*\d{1,2})?|(?:ABC|NBC|CBS|FOX|Fox|CW)\s?\d{1,2})"
    r"(?:\s+(?:News|TV|Radio|News\s+\d{1,2}))?(?:'s|’s)?$"
)
GAZETTEER_TOKEN = re.compile(r"[A-Za-z0-9][\w.'’&-]*")
CAPITAL_TOKEN = re.compile(r"[A-Z][\w.&'’-]*")
# A capitalised word up to its first stop or apostrophe: what a CAPITAL_TOKEN opens with, and shares with the word of
# a country's name it is, or holds before a stop or a possessive ("U.S.", "Iran's").
CAPITAL_PIECE = re.compile(r"[A-Z][\w&-]*")
LONGEST_PATTERN = 5


@lru_cache(maxsize=1)
def _gazetteer() -> tuple[
    dict[str, SourcePattern], dict[str, SourcePattern], tuple[tuple[str, SourcePattern], ...]
]:
    """The titles and organisations of `data/source_types.csv`, for lookup by word sequence.

    Patterns written with capitals (acronyms) match as written, so "WHO" is not "who"; the others ignore
    case; a pattern ending in a hyphen ("R-", "ex-") matches the start of a word.
    """
    exact: dict[str, SourcePattern] = {}
    folded: dict[str, SourcePattern] = {}
    prefixes: list[tuple[str, SourcePattern]] = []
    for i, row in enumerate(read_rows("source_types.csv")):
        p = row["pattern"]
        sp = SourcePattern(row["speaker_type"], TIERS[row["tier"]], len(p), i)
        if p.endswith("-"):
            prefixes.append((p, sp))
        elif any(ch.isupper() for ch in p):
            exact.setdefault(p, sp)
        else:
            folded.setdefault(p.replace("’", "'"), sp)
    # The outlet registry names media the gazetteer may not: its kinds map onto speaker types.
    kinds = {"wire": "wire agency", "state": "state media", "public": "other media", "private": "other media"}
    for row in read_rows("outlets.csv"):
        speaker_type = kinds.get(row.get("kind") or "", "other media")
        for name in [row["name"], *(row.get("mastheads") or "").split(";")]:
            name = name.strip()
            if len(name) > 2 and name not in exact:
                exact[name] = SourcePattern(speaker_type, TIERS["specific"], len(name), 10_000)
    return exact, folded, tuple(prefixes)


@lru_cache(maxsize=1)
def _countries() -> dict[str, str]:
    names: dict[str, str] = {}
    for row in read_rows("countries.csv"):
        for n in row["names"].split(";"):
            names[n] = row["country"]
    return names


@lru_cache(maxsize=1)
def _us_states() -> re.Pattern[str]:
    """The names of the US states (the countries file's row of them), as one alternation, longest first; not
    "Washington", which US copy writes for the federal government far more often than for the state."""
    names = [n for row in read_rows("countries.csv") if row.get("part") == "states" for n in row["names"].split(";")]
    names = sorted((n for n in names if n != "Washington"), key=len, reverse=True)
    # (grouped by first letter, in that order within each group: a capital starts one alternative's tries, not fifty,
    # as the whole article is read for the states of its events)
    by_letter: dict[str, list[str]] = {}
    for name in names:
        by_letter.setdefault(name[0], []).append(re.escape(name[1:]))
    return re.compile("(?:" + "|".join(f"{c}(?:{'|'.join(rest)})" for c, rest in by_letter.items()) + r")(?![\w-])")


def us_states_in(phrase: str) -> list[str]:
    """The US states a phrase names, in order, each a word of its own ("Arkansas Republican Gov. Asa Hutchinson")."""
    return [m.group() for m in _us_states().finditer(phrase) if m.start() == 0 or not _is_word_char(phrase[m.start() - 1])]


@lru_cache(maxsize=1)
def _gazetteer_prefixes() -> tuple[frozenset[str], frozenset[str]]:
    """The word prefixes of the gazetteer's patterns of several words (their first word, their first two, ... all
    but the last; as written, and folded): a run of tokens can open a pattern longer than itself only if it is
    one of these, since what _run_matches sets aside (a stop, a comma, a possessive, a plural "s") is only ever
    at the end of the run's last token."""
    exact, folded, _ = _gazetteer()

    def prefixes(patterns: dict[str, SourcePattern]) -> frozenset[str]:
        out = set()
        for p in patterns:
            words = p.split(" ")
            out.update(" ".join(words[:k]) for k in range(1, len(words)))
        return frozenset(out)

    return prefixes(exact), prefixes(folded)


def _matches(phrase: str) -> list[SourcePattern]:
    """The gazetteer's patterns among the runs of up to LONGEST_PATTERN tokens of phrase, run by run from each
    token (a run is made one token longer only while it can open a longer pattern: the runs left out match
    nothing). A list, not a generator: most phrases are a token or two, for which resuming a generator costs
    more than the lookups."""
    tokens = GAZETTEER_TOKEN.findall(phrase.replace("’", "'"))
    if len(tokens) == 1:
        return list(_token_matches(tokens[0]))
    exact_prefixes, folded_prefixes = _gazetteer_prefixes()
    found: list[SourcePattern] = []
    n = len(tokens)
    # (the tokens folded in one call: no token holds a space, and none of their letters folds to one)
    lows = " ".join(tokens).lower().split(" ")
    for i, raw in enumerate(tokens):
        found.extend(_token_matches(raw))
        low = lows[i]
        k, end = i + 1, min(n, i + LONGEST_PATTERN)
        while k < end and (raw in exact_prefixes or low in folded_prefixes):
            raw += " " + tokens[k]
            low += " " + lows[k]
            found.extend(_run_matches(raw, low))
            k += 1
    return found


@lru_cache(maxsize=8192)
def _token_matches(token: str) -> tuple[SourcePattern, ...]:
    """What one token of a phrase matches on its own: the prefixes it opens with, then the patterns it is;
    remembered, as tokens recur across phrases and articles far more than phrases do."""
    _, _, prefixes = _gazetteer()
    low = token.lower()
    found = []
    if "-" in token:
        for p, sp in prefixes:
            if (token if p[0].isupper() else low).startswith(p) and len(token) > len(p):
                found.append(sp)
        last = token.rstrip(".,").rsplit("-", 1)[1]
        if token[:1].isupper() and last[:1].isupper() and len(last) > 2:
            # a masthead joined to its place by a hyphen ("Union-Tribune", "Star-Tribune"): typed by its last word
            # when that word is a masthead's
            found.extend(sp for sp in _run_matches(last, last.lower()) if sp.speaker_type == "other media")
    return (*found, *_run_matches(token, low))


def _run_matches(raw: str, low: str) -> list[SourcePattern]:
    """The patterns a run of tokens is, as written (`raw`) and folded (`low`), with a stop, a comma, a
    possessive or a plural "s" set aside."""
    exact, folded, _ = _gazetteer()
    found = []
    if raw in exact:
        found.append(exact[raw])
    elif raw[-1] in ".," and raw.rstrip(".,") in exact:
        found.append(exact[raw.rstrip(".,")])
    elif raw.endswith("'s") and raw[:-2] in exact:
        found.append(exact[raw[:-2]])
    if low in folded:
        found.append(folded[low])
    else:
        bare = low.rstrip(".,")
        if bare != low and bare in folded:
            found.append(folded[bare])
        elif bare.endswith("'s") and bare[:-2] in folded:
            found.append(folded[bare[:-2]])
        elif bare.endswith("s") and bare[:-1] in folded:
            found.append(folded[bare[:-1]])  # plurals: "websites", "bloggers"
    return found


# The United Nations opening a description, before the field of its body or official ("The UN human rights chief",
# "the U.N. human rights office"): the field's words are no advocacy group's, the body is the UN's.
UN_OPENING = re.compile(r"(?:[Tt]he\s+)?(?:UN|U\.N\.|United\s+Nations)\s")
# A news agency written by its country's adjective and its initials ("the Egyptian MENA news agency"): groups 1 and 2.
NATIONAL_AGENCY_ACRONYM = re.compile(r"(?:^|\s)([A-Z][a-z]+)\s+([A-Z]{2,6})\s+news\s+agency$")


# A government or administration as what people take a side on ("government critics", "administration supporters").
SIDE_ON_GOVERNMENT = re.compile(r"\b(?:[Gg]overnment|[Aa]dministration)\s+\S+$")


def _outlet_before_name(words: list[str]) -> bool:
    """Whether a name run opens on an outlet's initials straight before a name with no title between ("CNN
    Smith", after "an interview with"): the run joins two names, as "CNN correspondent Jim Acosta" does not."""
    return words[1].lower() not in PERSON_TITLES and classify(words[0]) in MEDIA_TYPES


def _side_taker_head(phrase: str) -> bool:
    """Whether a description ends on a generic word of people who take a side ("critics", "opponents",
    "supporters"): a generic body word before it ("government critics") names what they are for or against, so the
    people's own type holds, not the body's."""
    head = phrase[phrase.rfind(" ") + 1 :].lower()
    sp = _gazetteer()[1].get(head)
    return sp is not None and sp.tier == TIERS["generic"] and sp.speaker_type == "other" and head.endswith("s")


@lru_cache(maxsize=4096)
def classify(phrase: str, anonymous: bool = True) -> str | None:
    """The speaker type a description implies, or None when nothing in the gazetteer matches.

    Tiers decide between matches: anonymity first, then "former" (a former minister speaks for no one),
    then specific titles and bodies (longest wins: "attorney general" over "general"), then generic
    words ("spokesman", "officials") that only count when nothing more specific is there.
    """
    if "Office of" in phrase and LEGISLATURE_OFFICE.search(phrase):
        # "the Office of the Historian of the House of Representatives", "Congress's Office of Compliance": the
        # staff office of a legislature is an agency, not its lawmakers
        return classify("office")
    best = None
    state_media = False
    for sp in _matches(phrase):
        if not anonymous and sp.tier == TIERS["anonymous"]:
            continue
        state_media = state_media or sp.speaker_type == "state media"
        key = (sp.tier, -sp.length, sp.order)
        if best is None or key < best[0]:
            best = (key, sp.speaker_type)
    if best is not None and best[0][0] == TIERS["generic"] and _side_taker_head(phrase):
        # "government opponents", "school board critics": who take a side on a body, not the body; a state's
        # opponents and supporters are its politics (as "the opposition" is)
        return "party or politician" if SIDE_ON_GOVERNMENT.search(phrase) else "other"
    if state_media and best is not None and best[1] == "wire agency":
        # a state news agency is a news agency of its own kind: "the official IRNA news agency"
        return "state media"
    if best is not None and best[1] == "wire agency" and phrase.endswith(" news agency"):
        national = NATIONAL_AGENCY_ACRONYM.search(phrase)
        if national and countries_in(national.group(1)) and classify(national.group(2)) is None:
            # "the Egyptian MENA news agency": a country's agency by initials no wire agency has, its state's
            return "state media"
    if best is None:
        if ("'s " in phrase or "’s " in phrase) and _advocacy_owner(phrase):
            return "NGO or rights group"  # "the association's executive director" ("director" alone is no row)
        officer = OFFICER_OF.search(phrase) if " of the " in phrase else None
        if officer and _advocacy_body_named(officer.group(1)):
            return "NGO or rights group"  # "executive director of the Smith Coalition"
        if _police_initials(phrase):
            return "security forces"  # "IMPD", "MCSO": a police department or a sheriff's office by its initials
        return "other media" if BROADCAST_CALL_SIGN.match(phrase) else None
    if best[1] == "security forces" and "eputy " in phrase:
        title = DEPUTY_BEFORE_TITLE.search(phrase)
        kind = classify(title.group(1)) if title else None
        if kind is not None:
            return kind  # "Deputy Mayor Ann Lee", "deputy secretary of state": a title's second, typed by the title
    if best[0][0] == TIERS["modifier"] and FORMER_PARTY.search(phrase):
        return "party or politician"
    if best[1] == "party or politician" and ("overnor" in phrase or "Gov." in phrase):
        if best[0][0] != TIERS["modifier"] and PARTY_GOVERNOR.search(phrase):
            return classify("governor")
    if best[1] == "government" and PARTY_BEFORE_TITLE.match(phrase):
        return "party or politician"
    if best[1] in ("government", "security forces") and " from " in phrase and PAST_TERM.search(phrase):
        return "other"
    if (
        best[1] in ("party or politician", "witness or resident")
        and phrase.endswith(LAWYER_ENDINGS)
        and ("'s " in phrase or "’s " in phrase)
    ):
        owned = OWNED_LAWYER.search(phrase)
        # "The congressman's lawyers", "The family's lawyer": lawyers for a person, typed by what they are, not by
        # their client (not "the state's attorney", a title of its own, whose match runs past the possessive)
        if owned and _best_key(phrase[: owned.start()]) == best[0]:
            return "other"
    if best[1] in ("government", "party or politician") and _lawyer_of_person(phrase, best[0]):
        return "other"
    if best[1] in ("government", "other") and ("'s " in phrase or "’s " in phrase):
        if _advocacy_owner(phrase):
            return "NGO or rights group"
        if best[1] == "government" and COMPANY_OFFICER.search(phrase):
            return "other"  # "the company's president": a company's officer
    if best[1] == "NGO or rights group" and "N" in phrase and UN_OPENING.match(phrase):
        return "international body"  # "The UN human rights chief", "the U.N. human rights office"
    if best[1] == "other" and _shop_worker(phrase):
        return "witness or resident"
    if best[1] == "other" and "-" in phrase and " group" in phrase and CAUSE_GROUP.search(phrase):
        return "NGO or rights group"
    if best[0][0] == TIERS["generic"] and _police_initials(phrase):
        return "security forces"  # "LMPD spokesperson": a generic role of a police department named by its initials
    if "Media Affairs" in phrase and _police_initials(phrase):
        return "security forces"  # "MPD Media Affairs": the press office of a police department named by its initials
    if best[0][0] == TIERS["generic"] and best[1] not in MEDIA_TYPES:
        # "a spokesman for Waitrose": a generic role speaking for a body the gazetteer does not know (not "editor of
        # the Weekly Standard": a role of the media works for a publication, whatever its name)
        org = GENERIC_FOR.search(phrase)
        if (
            org
            and classify(org.group(1)) is None
            and (not countries_in(org.group(1)) or _company_of_country(org.group(1)))
            and not (org.group(1).endswith(POSSESSIVE_ENDINGS) and phrase.startswith(" office", org.end()))
            and not (phrase.startswith(" province", org.end()) and PROVINCE_OFFICE_HEAD.search(phrase))
        ):
            # (a person's "office" is a public one: "a spokesman for Mueller’s office", "for Smith's office")
            return "other"
    if best[1] == "security forces" and "etired" in phrase and RETIRED_WORD.search(phrase):
        return classify("former")
    if best[1] == "government" and "inister" in phrase and CHURCH_MINISTER.search(phrase):
        if classify(MINISTER_WORD.sub("", phrase)) in (None, "other"):
            # a minister of a church is clergy, unless another office names the speaker ("the Baptist minister who
            # became Arkansas governor")
            return "other"
    if best[1] == "government" and " " in phrase:
        body = _body_before_title(phrase)
        if body is not None:
            return body
        named = ADVOCACY_BODY_BEFORE_TITLE.match(phrase) if "ion " in phrase or "y " in phrase else None
        if named and _advocacy_body(named.group(1)):
            # "The National Organization for Women President Terry O'Neill": the officer of an advocacy body
            return "NGO or rights group"
        head = BODY_PRESIDENT.search(phrase) if "resident " in phrase else None
        if head and _company_name(head.group(1)):
            return "other"  # "Academy President Boone Isaacs": the head of a body the gazetteer types as no state's
        # "The vice president of the civil servants' union": an officer speaks for the body after the title
        officer = OFFICER_OF.search(phrase) if " of " in phrase or " for " in phrase else None
        kind = _organisation_type(officer.group(1)) if officer else None
        if kind is not None:
            return kind
        if officer and " of the " in phrase:
            # "the president of the National Organization for Women", "executive director of the Council on
            # American-Islamic Relations": the officer of an advocacy body named by its kind
            if _advocacy_body_named(officer.group(1)):
                return "NGO or rights group"
            owner = INITIALS_OWNER.match(officer.group(1))
            kind = _organisation_type(owner.group(1)) if owner else None
            if kind is not None:
                return kind  # "director of the NAACP's Washington bureau"
    if best[1] == "other" and (" with " in phrase or " for " in phrase or " at " in phrase):
        lawyer = LAWYER_OF.search(phrase)  # "a senior lawyer with the Sierra Club"
        kind = _organisation_type(lawyer.group(1)) if lawyer else None
        if kind is not None:
            return kind
    if best[1] == "other" and ("xecutive" in phrase or "officer" in phrase or "founder" in phrase):
        executive = EXECUTIVE_AT.search(phrase)
        kind = classify(executive.group(1)) if executive else None
        if kind in ("expert", "NGO or rights group", "international body"):
            # the staff of a security or research firm assess as the firm does; the chief executive of a charity
            # speaks for it ("chief executive of the American Red Cross"; not the head of a media company, who runs a
            # business: "Michael Bloomberg", founder of the news service named after him)
            return kind
    if best[1] == "party or politician" and "representative" in phrase and (spoken := _representative_for(phrase)):
        return spoken
    if best[1] == "party or politician" and phrase.endswith(("representative", "representatives")):
        # "AMD representatives", "union representatives": people who speak for the body named before them, not
        # lawmakers ("state representatives", "Democratic representatives" stay)
        owner = REPRESENTATIVES_OF.match(phrase)
        if owner and owner.group(1).lower() not in DETERMINERS and not LEGISLATURE_WORDS.intersection(owner.group(1).split()):
            kind = classify(owner.group(1))
            if kind in ORGANISATION_TYPES or kind == "other":
                return kind
            if kind is None and owner.group(1)[:1].isupper() and not countries_in(owner.group(1)):
                return "other"
    if best[1] == "government":
        owner = POSSESSIVE_HEAD.match(phrase)
        if owner and classify(owner.group(1)) is None and not countries_in(owner.group(1)):
            return "other"
    return best[1]


def _shop_worker(phrase: str) -> bool:
    """Whether a role is a shop's, bar's or hotel's manager or owner (SHOP_MANAGER), a worker on the scene; not an
    owner the article introduces as one of many ("a restaurant owner in Cincinnati" offering a reward), nor a gun
    shop's, who sold a weapon rather than saw what it did."""
    if "anager" in phrase:
        return SHOP_MANAGER.search(phrase) is not None
    return "wner" in phrase and not INDEFINITE_OPENING.match(phrase) and SHOP_MANAGER.search(phrase) is not None


def _one_of_witnesses(role: str) -> bool:
    """Whether a bare apposition makes the speaker one of a group the gazetteer types as witnesses or residents, or
    their friend (", one of the teens in the car", ", friend of the family"), or one of the protesters (not their
    friend, who did not march; nor one of the "organizers" of a letter, a word the gazetteer types as protesters)."""
    group = ONE_OF.match(role) if "of " in role else None
    kind = classify(group.group(1)) if group else None
    if kind == "protester" and group is not None:
        return role.startswith("one ") and group.group(1).rsplit(None, 1)[-1] in MARCHING_NOUNS
    return kind == "witness or resident"


def _advocacy_body_named(body: str) -> bool:
    """Whether the body an officer's title names opens with the name of an advocacy body ("the National Organization
    for Women", "the Council on American-Islamic Relations") that nothing else in the gazetteer types otherwise."""
    named = ADVOCACY_BODY_NAME.match(body)
    return named is not None and _advocacy_body(named.group(1))


def _advocacy_owner(phrase: str) -> bool:
    """Whether a phrase with a possessive is an officer of an advocacy body: one the article has named by its kind
    ("the organization's president", "the coalition's executive director"), not a government's, or one named with an
    advocacy body's word ("the Christian Coalition's lawyer")."""
    if ADVOCACY_OFFICER.search(phrase):
        return True
    owner = NAMED_BODY_OFFICER.search(phrase)
    return owner is not None and _advocacy_body(owner.group(1))


def _police_initials(phrase: str) -> bool:
    """Whether a phrase names a police department or a sheriff's office by its initials ("LMPD", "TCSO")."""
    return ("PD" in phrase and POLICE_ACRONYM.search(phrase) is not None) or (
        "SO" in phrase and SHERIFF_ACRONYM.search(phrase) is not None
    )


def _representative_for(phrase: str) -> str | None:
    """The type of a representative for a person or a body ("a representative for Shields": other), when the one
    spoken for is a name the gazetteer does not know, or a body of a kind of its own; None otherwise (a lawmaker's
    or a government's representative, a place's)."""
    spoken = REPRESENTATIVE_FOR.search(phrase)
    if spoken is None:
        return None
    kind = classify(spoken.group(1))
    if kind in ORGANISATION_TYPES or kind == "other":
        return kind
    if kind is None and spoken.group(1)[:1].isupper() and not countries_in(spoken.group(1)):
        return "other"
    return None


def _unknown_initials(word: str) -> bool:
    """Whether a word is a body's initials ("NFL") that the gazetteer, the countries and the police initials leave
    untyped."""
    return (
        2 <= len(word) <= 5
        and word.isupper()
        and word.isalpha()
        and classify(word) is None
        and not countries_in(word)
    )


def _best_key(phrase: str) -> tuple[int, int, int] | None:
    """The key by which classify ranks gazetteer matches (tier, longest, first in the file), of the best match in the
    phrase, or None: whether the best match of a whole phrase lies in its first words ("the congressman's")."""
    return min(((sp.tier, -sp.length, sp.order) for sp in _matches(phrase)), default=None)


def _lawyer_of_person(phrase: str, best: tuple[int, int, int]) -> bool:
    """Whether a phrase is a person's lawyer named after the noun ("President Trump's attorney Ty Cobb") whose best
    gazetteer match is the client's title: lawyers for a person are typed by what they are, not by their client
    (not "the state's attorney John Smith", a title of its own, nor "the city's attorney", a body's)."""
    if "'s " not in phrase and "’s " not in phrase or ("lawyer" not in phrase and "attorney" not in phrase):
        return False
    owned = PERSON_LAWYER_NAMED.search(phrase)
    if owned is None or not ends_with_personal_name(phrase[: owned.start()]):
        return False
    return _best_key(phrase[: owned.start()]) == best


def _advocacy_body(name: str) -> bool:
    """Whether a body named with an advocacy body's word is one: nothing specific in the gazetteer types it
    otherwise ("council" alone is a generic word) and it names no country ("the American Medical Association"); a US
    state in its name makes it no state's body ("the Center for Arizona Policy", a lobby of that state's politics)."""
    kinds = {sp.speaker_type for sp in _matches(name) if sp.tier != TIERS["generic"]}
    return kinds <= {"NGO or rights group"} and len(countries_in(name)) == len(us_states_in(name))


def _organisation_type(body: str) -> str | None:
    """The type of a body a role names (an officer's, a lawyer's), when the gazetteer knows it as an organisation of
    its own kind: the holder of the role speaks for that body."""
    kind = classify(body)
    return kind if kind in ORGANISATION_TYPES else None


@lru_cache(maxsize=1)
def _agency_rows() -> frozenset[int]:
    """The rows of `data/source_types.csv` whose tier is "agency" (public-health and science agencies)."""
    return frozenset(i for i, row in enumerate(read_rows("source_types.csv")) if row["tier"] == "agency")


def _witness_described(phrase: str) -> bool:
    """Whether a phrase describes an unnamed person by a relative clause of living at, going through or seeing the
    events ("one woman who lives near the square")."""
    head = PERSON_WHO.match(phrase)
    return head is not None and (RESIDES.match(phrase, head.end()) or WITNESS_CLAUSE.match(phrase, head.end())) is not None


def _foreign_agency(phrase: str) -> bool:
    """Whether the match that types a phrase is a public-health or science agency ("the Centers for Disease
    Control in the US"): such an agency of a foreign country states facts as an expert, not as a third state
    commenting on others (the guidelines' foreign government)."""
    agencies = _agency_rows()
    best = None
    for sp in _matches(phrase):
        key = (sp.tier, -sp.length, sp.order)
        if best is None or key < best:
            best = key
    return best is not None and best[2] in agencies


def _body_before_title(phrase: str) -> str | None:
    """The type of a body named by its initials right before an officer's title ("the NAACP President Benjamin
    Jealous", "FIFA President Sepp Blatter"): the officer speaks for that body, not for a government."""
    tokens = GAZETTEER_TOKEN.findall(phrase)
    for i in range(len(tokens) - 1):
        if tokens[i + 1].lower() in OFFICER_TITLES and tokens[i].isupper() and len(tokens[i]) > 1:
            kinds = {sp.speaker_type for sp in _token_matches(tokens[i]) if sp.tier == TIERS["specific"]}
            if len(kinds) == 1 and kinds != {"government"}:
                return kinds.pop()
    return None


def _in_order(letters: str, word: str) -> bool:
    """Whether the letters occur in word in this order ("ariz" in "arizona", "ny" in "newyork")."""
    rest = iter(word)
    return all(letter in rest for letter in letters)


def _company_name(name: str) -> bool:
    """Whether a capitalised name run before "President" names a body of the kind `other` (an academy, a group of
    companies) and no country: its president heads that body, not a state."""
    last = name.rsplit(None, 1)[-1]
    kind = classify(last)
    if kind is None and last[:1].isdigit() and last.endswith("s"):
        kind = "other"  # a name the gazetteer does not know, a plural opening on a digit: a team ("Philadelphia 76ers")
    return kind == "other" and not countries_in(name)


def _company_of_country(name: str) -> bool:
    """Whether a capitalised name is a company's unit named by a brand and the country it serves ("Vodafone India",
    "Shell Nigeria"): the brand, one or two words the gazetteer does not know, none a country's or a state body's
    word, comes first; a country's own name or "Health Canada", a state agency named in the same way, does not."""
    words = name.split()
    if " ".join(words[-2:]) in _countries():
        brand = words[:-2]  # ("Vodafone South Africa")
    elif words[-1] in _countries():
        brand = words[:-1]
    else:
        return False
    return (
        0 < len(brand) <= 2
        and all(w[:1].isupper() and w not in STATE_BODY_WORDS and w not in COUNTRY_NAME_WORDS for w in brand)
        and _country_word_openings().isdisjoint(CAPITAL_PIECE.findall(" ".join(brand)))
        and classify(" ".join(brand)) is None
    )


def _glued_name(text: str, start: int) -> bool:
    """Whether the name at start is glued to the lowercase end of a word before it, as a page title run into the
    first sentence leaves it ("The Orange County RegisterHussam Ayloush, executive director of ...")."""
    glued = text[max(0, start - 3) : start]
    return len(glued) == 3 and glued.isalpha() and glued.islower()


def _stop_before(text: str, end: int) -> int:
    """The last ". " or line break before `end`, where a sentence may have ended; -1 when there is none."""
    return max(text.rfind(". ", 0, end), text.rfind("\n", 0, end))


def _past_honorifics(text: str, stop: int) -> int:
    """The sentence stop at or before `stop` (a ". " or a line break, as found by rfind) that is no honorific's:
    "Mr", "Mrs", "Ms" or "Dr" before a stop end no sentence, so the search goes back past them; -1 when none is."""
    while stop > 0 and text[max(0, stop - 4) : stop].rsplit(None, 1)[-1:] in (["Mr"], ["Mrs"], ["Ms"], ["Dr"]):
        stop = _stop_before(text, stop)
    return stop


def _sentence_stop(text: str, end: int) -> int:
    """The stop that opens the sentence holding `end`: the last one before it that is no honorific's ("Mrs.")."""
    return _past_honorifics(text, _stop_before(text, end))


def _after_abbreviation(text: str, stop: int) -> bool:
    """Whether the stop at `stop` closes an initial or a short title ("Paul D. Ryan", "``Mr. Felt") rather than a
    sentence."""
    if text[stop : stop + 1] != ".":
        return False
    before = text[max(0, stop - 6) : stop].rsplit(None, 1)[-1:]
    word = before[0].lstrip("`'\"“‘") if before else ""
    return 0 < len(word) <= 3 and word[:1].isupper()


def countries_in(phrase: str) -> list[str]:
    """Countries a phrase names, by name, demonym or seat of government, in order."""
    if len(phrase) <= 200:
        return list(_countries_in_short(phrase))
    return _countries_in(phrase)


@lru_cache(maxsize=8192)
def _countries_in_short(phrase: str) -> tuple[str, ...]:
    return tuple(_countries_in(phrase))


@lru_cache(maxsize=1)
def _country_word_openings() -> frozenset[str]:
    """The CAPITAL_PIECE each word of a country's name opens with."""
    return frozenset(m.group() for name in _countries() for word in name.split() if (m := CAPITAL_PIECE.match(word)))


def _countries_in(phrase: str) -> list[str]:
    if _country_word_openings().isdisjoint(CAPITAL_PIECE.findall(phrase)):
        # no capitalised word opens as a word of a country's name does: the phrase names none (most phrases, told in C
        # before the tokens are walked in Python)
        return []
    names = _countries()
    found = []
    previous = None
    skip_to = -1
    for m in CAPITAL_TOKEN.finditer(phrase):
        t = m.group()
        if m.start() < skip_to:
            previous = m
            continue
        if previous is not None and previous.end() + 1 == m.start() and previous.start() >= skip_to:
            two = previous.group() + " " + t
            if two in names:
                if found and found[-1] == names.get(previous.group()):
                    found.pop()
                found.append(names[two])
                skip_to = m.end()
                previous = m
                continue
        previous = m
        if t in names:
            found.append(names[t])
        else:
            bare = t.rstrip(".,")
            bare = bare[:-2] if bare.endswith(("'s", "’s")) else bare
            if bare in names:
                found.append(names[bare])
    return found


def home_country(text: str) -> str | None:
    """The country an article is about: the one it names most often, its lead sentence counting twice (the
    lead names the actor: "Indian naval forces came to the rescue ..., India said" in a story that goes on
    about Somali pirates)."""
    names = _countries()
    counts: dict[str, int] = {}
    lead_end = LEAD_END.search(text)
    lead = text[: lead_end.end() if lead_end else LEAD_CHARS][:LEAD_CHARS]
    known = _TOKEN_COUNTRY
    if len(known) > _TOKEN_COUNTRY_MAX:
        known.clear()  # a bound for long runs over many corpora
        _COUNTRY_TOKENS.clear()
    for chunk in (text, lead):
        tokens = Counter(CAPITAL_TOKEN.findall(chunk))
        # the tokens never looked up before (picked out by filterfalse, in C: most tokens recur across articles)
        for token in filterfalse(known.__contains__, tokens):
            country = known[token] = _token_country(token)
            if country:
                _COUNTRY_TOKENS.add(token)
        # the tokens that name a country, in the order of their first mention (on a tie, the country named first
        # wins), picked out by filter in C rather than by a test of each token in Python
        for token in filter(_COUNTRY_TOKENS.__contains__, tokens):
            country = known[token]
            counts[country] = counts.get(country, 0) + tokens[token]
        for name in _multiword_hits(chunk):
            counts[names[name]] = counts.get(names[name], 0) + 1
    if counts:
        # a country's word in the name of a place of another country: no mention of the country ("the Indian River
        # County Sheriff's Office", "Turkey Creek", "Lebanon County", "Whitehall Township"; not an ocean: "the Indian
        # Ocean" is named beside India in the stories of its navy)
        for m in COUNTRY_WORD_IN_PLACE.finditer(text):
            country = _token_country(m.group(1))
            if country in counts:
                counts[country] -= 2 if m.end() <= len(lead) else 1  # (the lead counts twice)
    if len(counts) > 1 and " in " in text and not _language_countries().isdisjoint(counts):
        # a language, not a country: "told his wife in Spanish", "a letter in French"
        for m in LANGUAGE_USE.finditer(text):
            country = _token_country(m.group(1))
            if country in counts:
                counts[country] -= 2 if m.end() <= len(lead) else 1  # (the lead counts twice)
    # (a country all of whose mentions were taken back is named nowhere)
    counts = {country: n for country, n in counts.items() if n > 0}
    return max(counts, key=counts.__getitem__) if counts else None


@lru_cache(maxsize=1)
def _language_countries() -> frozenset[str]:
    """The countries whose demonym LANGUAGE_USE may find as a language."""
    return frozenset(c for c in map(_token_country, LANGUAGES) if c)


def _token_country(token: str) -> str | None:
    """The country one capitalised token names, if any."""
    names = _countries()
    country = names.get(token)
    if country is None and token[-1] in ".,s":
        # a name with a stop, comma or possessive after it ("Kazakhstan's", "U.S.,")
        bare = token.rstrip(".,")
        country = names.get(bare[:-2] if bare.endswith(("'s", "’s")) else bare)
        if country is None and bare.endswith(("ans", "is")):
            country = names.get(bare[:-1])  # a people by its plural demonym: "Americans", "Israelis"
    if country is None and token.isupper() and len(token) > 3 and token.isalpha():
        country = names.get(token.title())  # a dateline in capitals: "WASHINGTON —"
    if country is None and US_PARTY_TAG.fullmatch(token):
        country = "United States"  # a US lawmaker's party and state: "Rep. Ann Lee, R-Fla."
    return country


# A capitalised word before the noun of a place named with it ("Indian River", "Turkey Creek", "Lebanon County"): group 1
# the word, which names no country there.
# (possessive: a letter never gives back to a space, so the word's letters are not backtracked over at each capital)
COUNTRY_WORD_IN_PLACE = re.compile(
    r"([A-Z][a-z]++)[ \t]++(?:River|Creek|County|Township|Valley|Lake|Parish|Springs|Heights|Falls)(?![\w'’-])"
)
# Demonyms that also name a language.
LANGUAGES = tuple(
    "Spanish French German Italian Portuguese Russian Chinese Japanese Korean Arabic Turkish Greek Dutch Polish "
    "Vietnamese Swedish".split()
)
# A demonym that names a language after "in", the clause or sentence ending on it ("told his wife in Spanish they
# were being recorded", "a note written in French."): no mention of the country.
LANGUAGE_USE = re.compile(
    r"\bin\s+(" + "|".join(LANGUAGES) + r")(?=\s*[,.;:!?)]|\s+(?:and|but|that|to|they|he|she|it|we|I)\b)"
)
# A US lawmaker's party and state after the name, as a token: "R-Fla.", "D-N.Y.", "R-TX" (not "D-Day").
US_PARTY_TAG = re.compile(r"[RDI]-(?:(?!Day)[A-Z][a-z]{1,4}\.|[A-Z]\.[A-Z]\.|[A-Z]{2}|Texas|Utah|Iowa|Ohio|Maine|Alaska|Hawaii|Idaho)")

# Capitalised tokens already looked up by home_country (most recur across articles: names of days, places,
# bodies), so each is looked up once per process rather than once per article.
_TOKEN_COUNTRY: dict[str, str | None] = {}
# Those of them that name a country.
_COUNTRY_TOKENS: set[str] = set()
_TOKEN_COUNTRY_MAX = 200_000

# The lead: the text up to its first sentence end or line break, at most this many characters.
LEAD_END = re.compile(r"[.!?][\"'”’]?\s|\n")
LEAD_CHARS = 400


def _force_anchors(text: str) -> list[tuple[int, int]]:
    """(start, end) of each place a FORCE_ANCHOR_WORDS word is written, in order."""
    spans = []
    for word in FORCE_ANCHOR_WORDS:
        k = text.find(word)
        while k >= 0:
            end = k + len(word)
            if word != "PD" or end == len(text) or not _is_word_char(text[end]):
                spans.append((k, end))
            k = text.find(word, end)
    spans.sort()
    return spans


def _prosecution_office(text: str) -> str | None:
    """The first prosecution office the text names ("the U.S. Attorney's Office for ...", else "the state's attorney's
    office"), or None."""
    first = min((k for k in (text.find(a) for a in PROSECUTION_ANCHORS) if k >= 0), default=-1)
    if first < 0:
        if any(a in text for a in PROSECUTION_LOWER_ANCHORS):
            lower = PROSECUTION_OFFICE_LOWER.search(text)
            if lower:
                return lower.group()
        return None
    lo = max(text.rfind(",", 0, first), text.rfind("\n", 0, first)) + 1
    office = PROSECUTION_OFFICE.search(text, lo)
    return office.group(1) if office else None


def _multiword_hits(text: str) -> list[str]:
    """The multi-word country names written in text, as `\\b(?:longest|...|shortest)\\b` would find them.

    Found from the places their first words are written (`str.find`, far faster than a regex scan of the
    text; a few first words serve all the names) and then kept left to right without overlaps, the longer
    name first at one position.
    """
    hits: list[tuple[int, int, str]] = []
    for first, names in _multiword_countries_by_first():
        k = text.find(first)
        while k >= 0:
            if k == 0 or not _is_word_char(text[k - 1]):
                for name in names:
                    end = k + len(name)
                    if text.startswith(name, k) and (end == len(text) or not _is_word_char(text[end])):
                        hits.append((k, -len(name), name))
            k = text.find(first, k + 1)
    hits.sort()
    out: list[str] = []
    reach = 0
    for k, neg_len, name in hits:
        if k >= reach:
            out.append(name)
            reach = k - neg_len
    return out


def _is_word_char(ch: str) -> bool:
    return ch.isalnum() or ch == "_"


def _at_word_boundary(text: str, k: int) -> bool:
    """Whether a regex's \\b holds at offset k of text: a word character on one side of it only."""
    return (k > 0 and _is_word_char(text[k - 1])) != (k < len(text) and _is_word_char(text[k]))


@lru_cache(maxsize=1)
def _multiword_countries_by_first() -> tuple[tuple[str, tuple[str, ...]], ...]:
    """_multiword_countries grouped by their first word."""
    groups: dict[str, list[str]] = {}
    for name in _multiword_countries():
        groups.setdefault(name.split()[0], []).append(name)
    return tuple((first, tuple(names)) for first, names in groups.items())


@lru_cache(maxsize=1)
def _multiword_countries() -> tuple[str, ...]:
    """Country names of several words ("Saudi Arabia"), whose words alone name nothing, longest first."""
    names = _countries()
    return tuple(sorted((n for n in names if " " in n and n.split()[0] not in names), key=len, reverse=True))


def norm_words(phrase: str | None) -> list[str]:
    """Lowercased words of a speaker without articles or honorifics, as the scoring compares them."""
    if not phrase:
        return []
    words = NORM_WORD.findall(phrase.lower().replace("’", "'"))
    # (picked out in C; a NORM_WORD never ends on a stop, so none is to be stripped before the look-up)
    return list(filterfalse(NORM_DROPPED.__contains__, words))


@lru_cache(maxsize=8192)
def _norm_set(phrase: str) -> frozenset[str]:
    """The set of a phrase's norm_words, remembered (speakers are compared with every earlier one)."""
    return frozenset(norm_words(phrase))


@lru_cache(maxsize=8192)
def _type_key(resolved: str) -> str:
    """The key a speaker's type is remembered by: its scoring words, or the phrase lowercased."""
    return " ".join(norm_words(resolved)) or resolved.lower()


def _drop_document_trailer(phrase: str) -> str:
    """The document phrase without when it was put out or whom it was written to (DOCUMENT_TRAILER)."""
    # (DOCUMENT_TRAILER's verbs all hold "ed" but "sent", and its other trailer opens on " to ": a phrase with
    # none of them has nothing to drop, and the substitution, which tries the pattern at every position, is left out)
    if "ed" in phrase or "sent" in phrase or " to " in phrase:
        return DOCUMENT_TRAILER.sub("", phrase)
    return phrase


@lru_cache(maxsize=8192)
def _document_issuer(phrase: str) -> str | None:
    """The issuer a document phrase names ("an official statement from Seacom": "Seacom"), else None or "".

    Cached: the same speaker phrases recur across records and articles, and the pattern is a long one.
    """
    trimmed = _drop_document_trailer(phrase)
    if DOCUMENT_ISSUER_WORDS.isdisjoint(trimmed.split()):
        return None
    issuer = DOCUMENT_ISSUER.match(trimmed)
    if issuer and issuer.group("issuer2") and phrase.rstrip().endswith(EXAMINER_DOCUMENTS):
        return None  # "Gray's autopsy": the person examined, not the examiner who wrote it
    return issuer and (issuer.group("issuer") or issuer.group("issuer2") or issuer.group("writer"))


def names_document(phrase: str) -> bool:
    """Whether a speaker phrase is a document with its issuer (DOCUMENT_ISSUER matches it), remembered."""
    return _document_issuer(phrase) is not None


def _written_after(text: str, phrase: str, words: tuple[str, ...]) -> bool:
    """Whether text writes phrase right after one of words and a space ("candidate Hillary Clinton"): read at the
    phrase's few places, rather than by a scan of the whole text for each word."""
    k = text.find(" " + phrase)
    while k >= 0:
        if text.endswith(words, 0, k):
            return True
        k = text.find(" " + phrase, k + 1)
    return False


def is_pronoun(phrase: str | None) -> bool:
    return bool(phrase) and phrase.strip().lower() in PRONOUNS


# A capitalised word as [A-Z][\w.'’-]* and [A-Z][\w'’-]* write it, with the ’ kept out of the set: a set that
# holds \w and a character past Latin-1 costs the compiler a 65,536-entry table (about 0.4 ms a pattern), and
# _title_pattern compiles a pattern for each new title. ("’{1}" keeps the compiler from folding the ’ back
# into the set; the words matched are the same.)
# Words that make a title another, lower office ("Vice President", "Deputy Director"): a holder of that office is
# not "the president" or "the director".
RANK_QUALIFIERS = frozenset("vice deputy assistant associate lieutenant under".split())
TITLE_WORD_DOT = r"[A-Z](?:[\w.'-]|’{1})*"
TITLE_WORD = r"[A-Z](?:[\w'-]|’{1})*"
# a middle initial inside the name ("Sheriff Robert J. Pickell"), so the name is not cut at its stop
MIDDLE_INITIAL = r"(?:[A-Z]\.[ \t]+)?"


@lru_cache(maxsize=256)
def _title_pattern(title: str) -> re.Pattern[str]:
    """A lowercase or capitalised title followed by a name: "coroner Steven Callahan". (The lookahead on the
    first letter a match can open with lets the engine leave other positions at once.)"""
    lead = "(?=[A-Z]|(?i:[" + re.escape(title[0]) + "]))" if title else ""
    return re.compile(
        lead
        + rf"((?:{TITLE_WORD_DOT}[ \t]+)*)(?i:"
        + re.escape(title)
        + rf")[ \t]+({TITLE_WORD}(?:[ \t]+{MIDDLE_INITIAL}{TITLE_WORD})+)"
    )


# What _title_pattern's name opens with, right after its title: where it is not there, the pattern need not be
# compiled and searched.
NAME_AFTER_TITLE = re.compile(r"[ \t]+[A-Z]")


@lru_cache(maxsize=256)
def _title_anchor(title: str) -> re.Pattern[str]:
    """Where a title is written, in any case; _title_pattern is tried only around these places. (The
    lookahead on its first letter lets the engine leave other positions at once.) Compiled only for a title or
    text that _title_places cannot read in the lowercased text."""
    lead = "(?=[" + re.escape(title[0]) + "])" if title else ""
    return re.compile(r"(?i:" + lead + r"\b" + re.escape(title) + r"\b)")


LEADING_THE = re.compile(r"^(?:the|The)\s+")


def _title_words(words: list[str]) -> list[str]:
    """The capitalised titles that open a name ("President", "Sen.", "Police Chief"); a name is left."""
    k = 0
    while (
        k < len(words) - 1
        and words[k][:1].isupper()
        and (classify(words[k]) is not None or words[k] in ABBREVIATED_TITLES)
    ):
        k += 1
    return words[:k]


INITIALS_SKIP = frozenset("of the and for on in at de".split())
DOTTED_ABBREVIATION = re.compile(r"(?:[A-Z]\.){2,}")
# Where a name is cut into the words whose initials are counted: spaces and hyphens.
INITIALS_SPLIT = re.compile(r"[\s-]+")


def _initials(name: str) -> str:
    """The initials of the capitalised name a phrase ends with, hyphenated parts counted apart ("Technology
    company Hewlett-Packard": "HP"; "Advanced Micro Devices": "AMD")."""
    initials: list[str] = []
    for word in reversed([w for w in INITIALS_SPLIT.split(name) if w]):
        if word.lower() in INITIALS_SKIP:
            continue
        if not word[:1].isupper():
            break
        # ("U.S. Geological Survey": "USGS", the abbreviation's letters all counted)
        initials.append(word.replace(".", "") if DOTTED_ABBREVIATION.fullmatch(word) else word[0])
    return "".join(reversed(initials))


def _initial_count(name: str) -> int:
    """How many initials a name's words can give, an abbreviation's letters each ("U.S. Geological Survey": 4)."""
    return sum(len(w) // 2 if DOTTED_ABBREVIATION.fullmatch(w) else 1 for w in name.split())


def _given_name(bare: list[str]) -> str | None:
    """The word before the surname when it is a given name ("Melania" in "Melania Trump"), not a title or an
    initial ("Sen." in "Vermont Sen. Sanders")."""
    if len(bare) < 2:
        return None
    word = bare[-2]
    if word.endswith(".") or classify(word) is not None or not word[:1].isupper():
        return None
    return word


def _honorific_gender(name: str) -> str | None:
    """'m' or 'f' when an honorific in the name says so ("Mr. Obama"), else None."""
    for w in name.split():
        found = HONORIFIC_GENDER.get(w.lower().rstrip("."))
        if found:
            return found
    return None


HONORIFIC_GENDER = {"mr": "m", "mrs": "f", "ms": "f", "miss": "f"}


def _other(gender: str) -> str:
    return "f" if gender == "m" else "m"


class Mention(NamedTuple):
    start: int
    end: int
    text: str


def name_mentions(text: str, lo: int = 0, hi: int | None = None) -> list[Mention]:
    """Capitalised name-like runs with sentence-initial function words trimmed, in order of appearance."""
    out: list[Mention] = []
    for m in NAME_RUN.finditer(text, lo, len(text) if hi is None else hi):
        mention = _run_mention(text, m)
        if mention is not None:
            out.append(mention)
    return out


def _names_together(resolved: str) -> bool:
    """Whether a speaker is two people named together ("David Long and House Speaker Brian Bosma", "Justices
    Kennedy and Samuel A. Alito Jr.", two surnames: "Faulconer and Zimmerman"), not one person with a joint title
    ("SeaMicro CEO and co-founder X")."""
    if " and " not in resolved:
        return False
    before, _, after = resolved.partition(" and ")
    left = before.split()
    if len(left) < 2:
        return len(left) == 1 and _capitalised_word(left[0]) and " " not in after and _capitalised_word(after)
    return all(_capitalised_word(w) for w in left[-2:])


def _capitalised_word(word: str) -> bool:
    """A word written as a name is, capitalised and not in capitals ("Zimmerman", not "CEO" or "co-founder"), or a
    middle initial ("Cathy L. Lanier")."""
    return word[:1].isupper() and (not word.isupper() or (len(word) == 2 and word[1] == "."))


def _headline_run(text: str, start: int, end: int) -> bool:
    """Whether a run of capitalised words is a whole line of HEADLINE_WORDS words or more: a headline in title
    case, not a name."""
    if text.count(" ", start, end) < HEADLINE_WORDS - 1:
        return False
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    return not text[line_start:start].strip() and not text[end : line_end if line_end >= 0 else len(text)].strip()


def _title_case_headline_end(text: str) -> int:
    """Where an article's first line ends when it is a headline in title case (most of its words capitalised, no
    closing stop: "Trump Accuses Former Clinton Aide of Failing to Follow Security Protocols", which names no
    one), else 0."""
    line_end = text.find("\n", 0, HEADLINE_CHARS)
    if line_end < 0:
        return 0
    words = text[:line_end].split()
    headline = (
        len(words) >= HEADLINE_WORDS
        and not text[:line_end].rstrip().endswith((".", "!", "?", '"', "”", ":"))
        and sum(w[:1].isupper() for w in words) * 3 >= len(words) * 2
    )
    return line_end if headline else 0


def _run_mention(text: str, m: re.Match[str]) -> Mention | None:
    """The mention a NAME_RUN match makes, with function words trimmed; None when nothing is left."""
    found = _run_name(m.group())
    if found is None:
        return None
    at, phrase = found
    s = m.start() + at
    return Mention(s, s + len(phrase), phrase)


@lru_cache(maxsize=8192)
def _run_name(run: str) -> tuple[int, str] | None:
    """(offset in the run, phrase) of the name a run of capitalised words makes, or None; remembered, as
    the same runs recur."""
    words = run.split()
    start = 0
    while words and words[0] in NON_NAME_WORDS:
        start = run.index(words[0], start) + len(words[0])
        words = words[1:]
    while words and words[-1] in NON_NAME_WORDS:
        words = words[:-1]
    if not words:
        return None
    # A possessive ends the name: "Tokayev's government" is about Tokayev.
    for k, w in enumerate(words):
        if w.endswith(("'s", "’s")):
            words = words[: k + 1]
            words[-1] = words[-1][:-2]
            break
    return run.index(words[0], start), " ".join(words)


MENTIONS_LOOKED_AT = 10
# A line that is one run of this many capitalised words or more is a headline in title case.
HEADLINE_WORDS = 5
# "from" or "by" before a name, with an abbreviated title between ("a sharp response from Rev. William Owens").
FROM_BEFORE_NAME = re.compile(r"\s(?:from|by)\s+(?:[A-Z][a-z]{1,4}\.\s+)?$")
# How far back (characters) a pronoun looks for a person named before it, and how far at most when the
# paragraph before the pronoun's own starts further back.
PRONOUN_CHARS = 400
PRONOUN_CHARS_MAX = 1200
# "Nancy Pelosi of California": a place after a name
# How many of the last speakers "Another said" looks back over for the description it elides.
ANOTHER_REACH = 3
# A state or country after a name and a comma ("Santa Rosa, California"): the name is a place's.
REGION_AFTER = re.compile(r",\s+([A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)(?=[.,;:\n]|$)")
# A comma and an article after a name, before the title an apposition gives it ("X, the governor of ...").
APPOSED_TITLE_LEAD = re.compile(r",\s+(?:the|a|an)\s+")
OF_PLACE = re.compile(r"\s+of\s+([A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*)$")


@lru_cache(maxsize=8192)
def _name_parts(name: str) -> tuple[str | None, tuple[str, ...], tuple[str, ...], str] | None:
    """(the gender an honorific gives, title words, name words, last word) of a name, or None when only
    honorifics are left; remembered, as names recur."""
    words = name.split()
    # (the words lowercased in one call; most names have no honorific, and their words are kept as they are)
    lows = name.lower().split()
    honorific = None if HONORIFICS.isdisjoint(lows) else next(w.rstrip(".") for w in lows if w in HONORIFICS)
    want = {"mr": "m", "mrs": "f", "ms": "f", "miss": "f"}.get(honorific or "")
    if honorific is not None:
        words = [w for w, low in zip(words, lows, strict=True) if low not in HONORIFICS]
    if not words:
        return None
    title = _title_words(words)
    bare_words = words[len(title) :]
    return want, tuple(title), tuple(bare_words), bare_words[-1].rstrip(",.")


@lru_cache(maxsize=8192)
def _mention_name(mention: str, last: str) -> tuple[tuple[str, ...], tuple[str, ...]] | None:
    """(title words, name words) of a mention that names someone with the last word `last`, or None when
    it ends otherwise, is too long or has an honorific; remembered, as mentions recur."""
    mw = mention.split()
    if len(mw) > 2 and mw[0] in DOCTOR_HONORIFICS and mw[1][:1].isupper():
        # "Dr. Lisa Bardack": the name the honorific opens, for "Bardack said" (not "Mrs. Trump", whose honorific
        # tells one bearer of a surname from another)
        mw = mw[1:]
    if last in mw and mw[-1] != last and mw[mw.index(last) + 1] in ("of", "from", "for"):
        mw = mw[: mw.index(last) + 1]
    core = mw[:-1] if len(mw) > 2 and mw[-1].rstrip(".,") in NAME_SUFFIXES else mw
    if core[-1] != last or len(mw) > 7 or not HONORIFICS.isdisjoint(" ".join(mw).lower().split()):
        return None
    m_title = _title_words(mw)
    return tuple(m_title), tuple(mw[len(m_title) :])


class _SpeakerForm(NamedTuple):
    """What a speaker phrase's own words decide about how it is resolved, before the article is read."""

    words: tuple[str, ...]
    issuer: str | None  # the named issuer of a document phrase
    force: str  # the force word of "police", "the city's police" (else "")
    prosecutor: bool  # "prosecutors", "the U.S. attorney's office"
    described: bool  # several words, some lowercase: a description that may stand before a name
    name_before_pp: str | None  # "Brian Jansen" of "Brian Jansen with the ... Office"
    name_like: bool  # a name, with or without a title or honorific


@lru_cache(maxsize=8192)
def _speaker_form(clean: str) -> _SpeakerForm:
    """The form of a (stripped, non-pronoun) speaker phrase, remembered: phrases recur."""
    low = clean.lower()
    words = tuple(clean.split())
    name = _document_issuer(clean)
    # the issuer must be named ("Seacom's tweet", "a Defence Ministry statement", "an FBI statement"), not
    # "Court records"
    # (or an outlet the gazetteer knows by one word: "BuzzFeed's report")
    named = name and name.lower() not in RECORD_KINDS and (
        len(name.split()) > 1
        or classify(name) is None
        or (name.isupper() and len(name) > 1)
        or (name[:1].isupper() and classify(name) in MEDIA_TYPES)
    )
    issuer = name if named and name not in NON_NAME_WORDS and classify(name) != "anonymous" else None
    bare_force = GENERIC_OWNER.sub("", low) if low.endswith(FORCE_ENDINGS) else ""
    prosecutor = low.removeprefix("the ") in PROSECUTOR_WORDS or (
        low.startswith("the ") and low.endswith(("attorney's office", "attorney’s office"))
    )
    described = len(words) >= 2 and any(map(str.islower, words))
    pp = NAME_THEN_PP.match(clean) if not NAME_THEN_PP_WORDS.isdisjoint(words) else None
    if pp and not any(w.endswith(".") for w in pp.group(1).split()) and (
        pp.group(1).startswith("The ") or pp.group(1).split()[-1] in ORG_ENDINGS | BODY_PLURALS
    ):
        # "The Wisconsin Department of Natural Resources", "The Centers for Disease Control": one body's name
        pp = None
    elif (
        pp
        and pp.group(1).rsplit(None, 1)[-1].lower() in PERSON_TITLES
        and clean[pp.end(1) :].split(None, 2)[1][:1].isupper()
    ):
        # "U.S. Secretary of State Antony Blinken", "Kent Chief of Police Kent Thomas": a title that goes on over its
        # preposition, not a name and a phrase ("Cpl. Gabrielle King of the Gary Police Department" is one)
        pp = None
    if pp and " and " in clean and (member := MEMBER_PLACE_THEN_NAME.match(clean, pp.end(1))):
        if countries_in(member.group(1)):
            pp = None  # "Sens. Elizabeth Warren of Massachusetts, Amy Klobuchar ...": a list of members, each placed
    # (a capitalised word that may be a name's, asked for in the few words a name has)
    name_like = (
        len(words) <= 5
        and any(w[0].isupper() and w not in NON_NAME_WORDS for w in words)
        and all(w[:1].isupper() or w.lower() in HONORIFICS for w in words[-2:])
    )
    return _SpeakerForm(
        words,
        issuer,
        bare_force if bare_force in FORCE_WORDS else "",
        prosecutor,
        described,
        pp.group(1) if pp else None,
        name_like,
    )


# What a speaker phrase carries that is not part of the speaker: a passing mood before a name ("an emotional
# Mr. Obama", "An angry Trump" opening a sentence), a party and state tag after it ("Steny Hoyer (D-Md."),
# "same" in "the same agency", a manner after it ("Zadan and Meron jointly").
SPEAKER_NOISE = re.compile(
    r"^[Aa]n?\s+(?:visibly\s+|more\s+)?(?:emotional|tearful|shaken|angry|furious|smiling|somber|sombre|defiant|grim|upset|"
    r"frustrated|exasperated|animated|jubilant|beaming|weary|incredulous|skeptical|sceptical|puzzled|bemused|"
    r"combative|congenial|subdued|contrite)\s+(?=[A-Z])"
    r"|\s*\((?:[RDI]|Rep|Dem|Ind)[.-][^)]{0,12}\)?\s*$"
    r"|(?<=^the )same\s+|(?<=^The )same\s+"
    r"|\s+jointly$"
    # (a web page's buttons and captions glued before a name: "Share Memphis police", "Photos Jessica Shelton",
    # "Advertisement Orlando police", "Image 4 of 5 Bridgeport police", "Skip Ad Ad Loading... x Embed x Share",
    # "Buy Photo Wayne County Prosecutor Kym Worthy", "Related Photos Police", "Caption Police", "Pro Video Image 2 of
    # 14 Police", "Previous Story The Beaufort County Sheriff's Office", "More Video Grove City Police")
    r"|^(?:Skip\s+Ad\s+(?:Ad\s+)?(?:Loading\.\.\.\s+)?(?:x\s+Embed\s+x\s+)?Share|Share|Photos|Advertisement|"
    r"Buy\s+Photo|(?:Related|Article)\s+Photos|(?:Show\s+)?Caption(?:\s+Photo\s+Courtesy(?:\s+of)?)?|(?:Previous|Next)\s+Story|Related\s+Coverage|More\s+(?:News\s+)?Videos?|"
    r"(?:Pro\s+)?(?:Video\s+)?Image\s+\d+\s+of\s+(?:/\s+)?\d+(?:\s+Caption\s+Close\s+Image\s+\d+\s+of\s+\d+)?)\s+(?=[A-Z])"
)
# A day (and part of it) glued before a speaker or a body's name, from the clause or sentence before ("Sunday evening
# Chicago Police Superintendent Garry McCarthy said", "at 9 p.m. Sunday. The Miami-Dade Police Department"): a time,
# not part of the name.
LEADING_DAY = re.compile(DAY_AND_PART + r"\.?\s+(?=[A-Z])")
# A name set off after a description as the one the person was identified by ("The woman, identified in court records
# as Breanne L. A. Leigh, 31, told"): group 1 is the name.
DESCRIBED_IDENTIFIED_AS = re.compile(
    r",\s+(?:who\s+was\s+|later\s+)?identified(?:\s+[^,.]{0,40}?)?\s+as\s+"
    r"((?:[A-Z][a-z][\w'’-]*|[A-Z]\.)(?:\s+(?:[A-Z][a-z][\w'’-]*|[A-Z]\.))+)"
)
# The first letters of the page furniture SPEAKER_NOISE takes off the start of a phrase.
PAGE_FURNITURE_STARTS = (
    "Skip Ad", "Share ", "Photos ", "Advertisement ", "Image ", "Buy Photo ", "Related Photos ", "Article Photos ",
    "Caption ", "Show Caption ", "Pro Video Image ", "Previous Story ", "Next Story ", "Related Coverage ", "More Video", "More News Video",
)
# A headline or section label in capitals glued before a name ("BATON ROUGE POLICE SHOOTING President Obama",
# "GOFUNDME PAGE FOR MALEAH WILLIAMS Larunda Craig"): three words or more in capitals, one of five letters or more,
# as initials and acronyms before a title ("NRA CEO Wayne LaPierre", "WCCO TV Managing Editor") never are.
HEADLINE_BEFORE_NAME = re.compile(r"(?=(?:[A-Z'’-]+\s+)*[A-Z'’-]{5})(?:[A-Z][A-Z'’-]+\s+){3,}(?=[A-Z][a-z])")


def _drop_headline(phrase: str) -> str:
    """phrase without a headline in capitals glued before it (HEADLINE_BEFORE_NAME); tried only on a phrase that
    opens on two capitals."""
    head = HEADLINE_BEFORE_NAME.match(phrase) if phrase[1:3].isupper() else None
    return phrase[head.end() :] if head else phrase


def _drop_noise(phrase: str) -> str:
    """SPEAKER_NOISE removed from phrase; searched only when phrase holds what one of its matches needs ("a" or
    "A" to open with, a bracket, "same" or "jointly", a page's button or caption), as a substitution tries the
    pattern at every position."""
    if phrase[:1] in ("a", "A") and "(" not in phrase and "same" not in phrase and "jointly" not in phrase:
        # ("a spokesman", "An official": only a match opening the phrase can be there, a mood or page furniture,
        # as the other matches need a bracket, "same" or "jointly"; tried at the start alone)
        noise = SPEAKER_NOISE.match(phrase)
        return _drop_headline(phrase[noise.end() :]) if noise else phrase
    if (
        "(" in phrase
        or "same" in phrase
        or "jointly" in phrase
        or phrase.startswith(PAGE_FURNITURE_STARTS)
    ):
        return _drop_headline(SPEAKER_NOISE.sub("", phrase))
    return _drop_headline(phrase)


# A name followed by where the person lives: a resident ("Noah Nathan, 47, lives in a nearby building").
RESIDES = re.compile(r",?\s+(?:\d{1,3},\s+)?(?:who\s+)?(?:also\s+)?(?:lives|lived|resides|has\s+(?:also\s+)?lived)\b")
# One who went through the events, by a relative clause: who fled the place, survived or saw it, gave a reporter only a
# first name, or whose kin was hurt ("Ivan Petrov, who fled the city last week", "Sarah Kim, whose son was injured",
# "A man who gave only his first name"): a witness or resident (not "who fled the scene", a suspect's act).
WITNESS_CLAUSE = re.compile(
    r",?\s+who\s+(?:(?:had|has)\s+)?(?:fled\s+(?:the|their|his|her)\s+(?:city|town|village|country|area|fighting|"
    r"homes?)\b|(?:survived|witnessed|saw)\s+the\s)|,?\s+who\s+gave\s+(?:only\s+)?(?:his|her)\s+(?:first\s+)?name"
    r"|,\s+whose\s+(?:\w+\s+)?(?:" + KIN_NOUNS + r")\s+(?:was|were|had\s+been)\s+(?:killed|injured|wounded|shot|hurt)\b"
)
# An unnamed person whose description goes on in a relative clause ("one woman who lives near the square", "A man who
# gave only his first name", "The woman who lives there"): typed by the clause (RESIDES, WITNESS_CLAUSE) that follows
# this head.
PERSON_WHO = re.compile(rf"{_UNNAMED_PERSON_OPENING}(?:{_UNNAMED_PERSON_NOUNS}|person)(?=,?\s+who\s)")
# A lawmaker by a relative clause saying whom the person represents ("Jones, who has represented the district since
# 2004", "..., who represents Ohio's 4th District").
REPRESENTS = re.compile(r", who\s+(?:has\s+)?represent(?:s|ed)\s+(?:the\s+|[A-Z][\w'’.-]*\s+)")
# A worker at the place the story is about, by a relative clause ("..., who has worked at the plant", "who works at a
# nearby salon", "who works at LPL Financial inside the building"): a worker. Group 1 a workplace named in capitals, or
# an employer after "for" ("who works for LPL Financial"), which must be no body or person the gazetteer types (not
# "who works for Rep. Stephen Fincher", a lawmaker's staff).
WORKS_AT = re.compile(
    r", who\s+(?:also\s+)?(?:has\s+|had\s+)?(?:also\s+)?(?:works|worked)\s+(?:(?:at|in)\s+(?:the|an?)\s"
    r"|(?:at|for)\s+([A-Z][\w'’&.-]*(?:\s+[A-Z][\w'’&.-]*)*))"
)
# A place next to the scene opening the sentence before a name ("Across the street, Richard Harden said"): a
# neighbour.
NEXT_DOOR_OPENING = re.compile(
    r"(?:^|[.!?\"”]\s+|\n)(?:Across|Down|Up)\s+the\s+(?:street|road|block|hall)"
    # (or a place there named after it: "Down the street at Paperny Films, John Christie said")
    r"(?:\s+(?:at|in|from)\s+[A-Z][^,.;\n]{0,40})?\s*,\s*$|(?:^|[.!?\"”]\s+|\n)Next\s+door\s*,\s*$"
)
# One at the scene when it happened, by a relative clause ("..., who was inside the bar when the shooting occurred"),
# or as the subject of its own sentence, when shots rang out or the person heard or saw them ("Ann Lee was in the back
# of the club, playing dice, when he heard shots"): a witness.
WAS_AT_SCENE = re.compile(
    r", who\s+(?:was|were)\s+(?:inside|in|at)\s+(?:the|a)\s+(?:[\w'’-]+\s+){1,3}?when\s|"
    r"\s+(?:was|were)\s+(?:inside|in|at|outside)\s+(?:the|a|an|his|her|their)\s+[^.;\n]{1,80}?\bwhen\s+"
    r"(?:(?:he|she|they|we)\s+(?:heard|saw)\b|(?:the\s+)?(?:shooting|shots|gunfire|gunshots|gunman|shooter)\b)"
)


# Capitalised adjectives that open a sentence on a description of a person before the name ("Previous favourite
# Kinnear", "Veteran actor Rory Kinnear", "Former champion Ann Lee"), whatever the noun.
NAME_DESCRIPTORS = frozenset("Previous Former Veteran Fellow Longtime Retired Celebrated Acclaimed Rival".split())
NAME_DESCRIPTOR_OPENINGS = tuple(word + " " for word in sorted(NAME_DESCRIPTORS))
# Heads of a company described without its name ("the company said", "the software manufacturer said").
COMPANY_HEADS = frozenset(
    "company firm manufacturer maker retailer automaker carrier chain startup developer giant".split()
)
# Plural company heads that speak for the companies a sentence names ("the companies said", "both firms said").
COMPANY_PLURALS = frozenset("companies firms".split())
# A capitalised word or acronym that may name a company, and how much of the article's opening names it.
COMPANY_TOKEN = re.compile(r"(?<![\w.'’-])[A-Z][A-Za-z0-9&]+(?![\w'’-])")
COMPANY_OPENING = 400
# Capitalised words that are the subject of sentences about companies without being one.
NOT_COMPANIES = frozenset("Asia Europe Africa America Americas Oceania Antarctica Arctic Internet Web".split())
# A company's word must also be the subject of a verb somewhere ("AMD has made", "Microsoft said"), which
# places, products and regions seldom are.
# A role named after a body's one-word name ("a WeWork spokesperson", "the Boeing spokesman"): when the word is the
# company the article is about, the role speaks for it, not for a government.
# The small words between the capitalised words of a name that its initials leave out ("Alcohol Law Enforcement",
# "University of Arkansas for Medical Sciences").
INITIALS_JOINER = r"[ \t]+(?:(?:of|the|and|for|on|&)[ \t]+)*"
COMPANY_ROLE = re.compile(
    r"(?:[Aa]n?|[Tt]he)\s+([A-Z][\w&.'’-]*)\s+(?:spokes(?:man|woman|person)|representative|official)"
)
# A candidacy announced in the sentence that names the candidate: "he'll run for the 2016 Republican presidential
# nomination", "will run for president" (not a past race: "He ran for the GOP presidential nomination in 2008").
RUN_FOR = re.compile(
    r"\b(?:(?:will|he['’]ll|she['’]ll|to)\s+run|(?:is|he['’]s|she['’]s)\s+running)\s+for\s+(?:president\b|the\s+(?:\d{4}\s+)?(?:[A-Z][a-z]+\s+)?"
    r"(?:presidential\s+)?nomination\b)"
)
RUN_FOR_REACH = 200  # characters after the name: the rest of its sentence
CAMPAIGN_ENDINGS = ("'s campaign", "’s campaign", " campaign", "'s presidential campaign", "’s presidential campaign")
# A nomination a person is named as seeking, right after the name: " for the Republican presidential nomination".
NOMINATION_SOUGHT = re.compile(r" for the (?:[A-Z][a-z]+ )?(?:presidential )?nomination\b")
# A governor's title before a name ("Texas Gov. Rick Perry", "Governor Rick Perry"): one whose campaign the article has is
# typed as a candidate (not "President Donald Trump" in office, whose campaign is named by the story of his term).
GOVERNOR_TITLE = re.compile(r"\b(?:Gov\.|Governor)\s+[A-Z]")
# The relatives and friends of one the story is about ("Loved ones", "his loved ones"). (Searched only where "oved" is
# written: opening on a lookbehind, the pattern is otherwise tried at every character.)
LOVED_ONES = re.compile(r"(?<![\w-])[Ll]oved\s+ones\b")
# An aide named by the one served ("A Pelosi aide", "two Trump aides"): typed as that person, when the article names
# them in full.
OWNER_AIDE = re.compile(r"(?:(?:[Aa]n?|[Tt]he|[Tt]wo|[Tt]hree|[Ss]everal)\s+)?(?:(?:senior|top)\s+)?([A-Z][\w-]*)\s+aides?")
# A spokesperson for a person named by surname ("A spokesperson for Grassley", "Weiner's spokesman"): typed as that
# person, when the article names them in full.
PERSON_SPOKESPERSON = re.compile(
    r"(?:[Aa]n?|[Tt]he)\s+(?:[a-z]+\s+)?spokes(?:man|woman|person)\s+for\s+((?:(?:Mr|Mrs|Ms)\.\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})"
    r"|([A-Z][\w-]*)['’]s\s+spokes(?:man|woman|person)"
)
# The closing mark of a title set in quotation marks, after the title's last word ("Face the Nation,"").
QUOTED_TITLE_END = re.compile(r"[,.]?[\"”]")
NAMED_BEFORE = re.compile(r"\b(?:named|nicknamed|called|dubbed|known\s+as)\s+$")
# A named person's office ("Weiner's office", "Cuomo's office"): it speaks for the person the article names in full.
PERSON_OFFICE = re.compile(r"(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?([A-Z][\w-]*)['’]s\s+office")
# A serving staff member of a person named by surname, apposed to a name ("Bob Haueter, Farenthold’s chief of staff",
# "Ann Lee, Smith's press secretary"): typed as the person served, when the article names them in full (not "former":
# one who left speaks for no one).
STAFF_OF_PERSON = re.compile(
    r"([A-Z][\w-]*)['’]s\s+(?:(?:deputy|senior|top)\s+)?"
    r"(?:chief\s+of\s+staff|spokes(?:man|woman|person)|press\s+secretary|communications\s+director)"
)
OWNER_SPOKESMAN = re.compile(
    r"(?:(?:[Aa]n?|[Tt]he)\s+)?(?!(?:The|An?)\s)([A-Z][\w&-]*(?:\s+[A-Z][\w&-]*){0,3})\s+spokes(?:man|woman|person)"
    r"(?:\s+[A-Z][\w.'’-]*)*"
)
COMPANY_VERB = (r"(?:has|have|had|is|was|will|would|said|says|announced|reported|plans|launched|agreed|"
                r"acquired|released|issued|made|sold|bought|confirmed|denied)\b")
# A company's verb right after its name, matched where the name ends (no pattern is compiled for each name).
COMPANY_VERB_AFTER = re.compile(r"\s+" + COMPANY_VERB)


def _company_word_places(text: str, word: str) -> Iterator[int]:
    """Each place text writes word with no word character, stop, apostrophe or hyphen right before it, in order
    (every place the search `(?<![\\w.'’-])word` would try, found with str.find)."""
    k = text.find(word)
    while k >= 0:
        if k == 0 or not (_is_word_char(text[k - 1]) or text[k - 1] in ".'’-"):
            yield k
        k = text.find(word, k + 1)


def _named_twice(text: str, word: str) -> bool:
    """Whether text writes word at least twice set off from other words (no word character, stop, apostrophe or
    hyphen before it, no word character, apostrophe or hyphen after it), counted as a regex's matches are: no
    two overlap."""
    count = 0
    last_end = 0
    for k in _company_word_places(text, word):
        end = k + len(word)
        if k >= last_end and not (end < len(text) and (_is_word_char(text[end]) or text[end] in "'’-")):
            count += 1
            last_end = end
            if count == 2:
                return True
    return False


def _company_subject(text: str, word: str) -> bool:
    """Whether text writes word, set off before, as the subject of a company's verb ("AMD announced")."""
    return any(COMPANY_VERB_AFTER.match(text, k + len(word)) for k in _company_word_places(text, word))


# The prepositions that put a name after a person as the body they speak for or work at ("a spokesman for Microsoft",
# "researchers at Qualys"): that name alone is the body, not the person.
EMPLOYER_PREPOSITIONS = frozenset("for at with from of".split())


class SpeakerIndex:
    """Per-article memory of names, titles and earlier speakers, for resolving short or pronoun speakers."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._mention_cache: dict[str, list[Mention]] = {}
        self._headline_end = _title_case_headline_end(text)
        self._home: str | None | bool = False
        self._events_state: frozenset[str] | None = None
        self.speakers: list[tuple[int, str, bool]] = []  # (offset, resolved, is_person)
        self._said_gender: dict[str, str] = {}  # the gender of the first "he" or "she" resolved to a speaker
        self._types: dict[str, str] = {}
        self._genders: dict[str, str | None] = {}
        self._resolved: dict[str, str] = {}
        self._forces: dict[str, str | None] = {}
        self._documents: dict[str, bool] = {}
        self._document_nouns: dict[str, set[str]] = {}
        self._lower: str | None | bool = False
        self._company: str | None | bool = False
        self._name_surnames: set[str] | None = None
        self._apposed: dict[str, str] = {}  # a body named by an apposition: that apposition
        self._described_people: set[str] = set()  # descriptions a person's title ("the spokesman") took up
        self._roles: dict[str, str] = {}  # role_of's answers
        # whether "Former " is written at all: few articles write it, and each speaker typed would look for it
        self._writes_former = "Former " in text

    def mentions_with(self, word: str) -> list[Mention]:
        """Capitalised name runs in the article that contain `word` (a surname, "Police", "President")."""
        if word in self._mention_cache:
            return self._mention_cache[word]
        out: list[Mention] = []
        text = self.text
        n = len(text)
        k = text.find(word)
        seen = 0
        # The fullest form of a name comes with its first mentions; later ones are short.
        while k >= 0 and seen < MENTIONS_LOOKED_AT:
            seen += 1
            end = k + len(word)
            if (k == 0 or not (text[k - 1].isalnum() or text[k - 1] in "-'’")) and (
                end >= n or not text[end].isalnum()
            ):
                lo = k - 80 if k > 80 else 0
                # No name run holds a comma or a line break, so the runs after the last one before k are the
                # ones a scan from lo would find there too: the scan starts after it. (The scan's end may pass
                # the text's, which the engine reads as the text's end.)
                lo = max(lo, text.rfind(",", lo, k) + 1, text.rfind("\n", lo, k) + 1)
                for m in NAME_RUN.finditer(text, lo, end + 80):
                    start, stop = m.span()
                    if start > k:
                        break  # (the runs come in order: none from here on holds the word)
                    if stop >= end:
                        run = m.group()
                        long_run = run.count(" ") >= HEADLINE_WORDS - 1
                        if (long_run and _headline_run(text, start, stop)) or (
                            # (a run on a title-case first line that goes on past the word, or is long: "Trump
                            # Accuses Former Clinton Aide", "T-Mobile Confirms", not "Justice Ruth Bader Ginsburg")
                            (stop > end or long_run) and start < self._headline_end
                        ):
                            break  # "Microsoft Rushes Emergency Fix To Address ...": a headline, not a name
                        if run.endswith("."):
                            # an abbreviation last looked past the run for the name after it: the run is
                            # read again on its own, as name_mentions reads it
                            out.extend(name_mentions(text, start, stop))
                        else:
                            # read on its own, the run would match as it is (as _run_mention reads it)
                            found = _run_name(run)
                            if found is not None:
                                at = start + found[0]
                                out.append(Mention(at, at + len(found[1]), found[1]))
                        break
            k = text.find(word, end)
        self._mention_cache[word] = out
        return out

    @property
    def home(self) -> str | None:
        if self._home is False:
            self._home = home_country(self.text)
        return self._home  # type: ignore[return-value]

    def remember(self, offset: int, resolved: str) -> None:
        self.speakers.append((offset, resolved, self.is_person(resolved)))

    def is_person(self, phrase: str) -> bool:
        """Whether a resolved speaker is one person (for he/she) rather than a body (for it/they)."""
        return phrase in self._described_people or _is_person(phrase)

    def resolve(self, speaker: str, offset: int) -> str:
        """The fullest name or title of this speaker in the article."""
        key = speaker.strip()
        if key.lower() in PRONOUNS or _document_anaphora(key.lower()):
            # (what these stand for depends on where they are written)
            resolved = self._resolve(speaker, offset)
            said = {"he": "m", "she": "f"}.get(key.lower())
            resolved = _without_possessive(resolved, key)
            if said and resolved.lower() not in PRONOUNS:
                self._said_gender.setdefault(resolved, said)
            return resolved
        if key[:1] in "TtAa" and self.text.startswith(key + ",", offset) and (
            named := DESCRIBED_IDENTIFIED_AS.match(self.text, offset + len(key))
        ):
            # "The woman, identified in court records as Breanne L. A. Leigh, told": the name the text gives her
            # there (not remembered for the description: another "The woman" may be someone else)
            return self._fullest_name(named.group(1))
        if key not in self._resolved:
            resolved = self._resolve(speaker, offset)
            if resolved.lower() in SEXED_SPEAKERS:
                resolved = self._sexed_speaker(resolved, offset)
            if (
                resolved == key
                and 2 <= len(key) <= 3
                and key.isupper()
                and key.isalpha()
                and all(f"-{c}" in self.text for c in key[1:])
            ):
                # "HP acknowledged" after "Hewlett-Packard will acquire ...": initials no other rule resolved
                resolved = self._hyphenated_name(key) or resolved
            if resolved == key and " " in key:
                resolved = self._role_before_surname(key) or resolved
            if resolved == key and key[-1] == "s" and key[-2] != "s" and key.count(" ") <= 1:
                resolved = self._group_described_before(key, offset) or resolved
            if resolved == key and offset > 2 and self.text.startswith(", ", offset - 2):
                resolved = self._name_apposed_before(key, offset) or resolved
            if resolved == key and key.count(" ") <= 2 and key[-1:].islower() and (kin := OWNED_KIN.fullmatch(key)):
                resolved = self._kin_named(kin.group(1), kin.group(2)) or resolved
            if resolved.startswith(PAGE_FURNITURE_STARTS) or resolved[1:3].isupper():
                # (a fuller name found after a page's button or caption label, or a headline: "Photos Jessica
                # Shelton", "BATON ROUGE POLICE SHOOTING President Obama")
                resolved = _drop_noise(resolved) or resolved
            if "day" in resolved[:9] and (day := LEADING_DAY.match(resolved)) and " " in resolved[day.end() :]:
                resolved = resolved[day.end() :]  # (not a name of one word after it: "Thursday morning Harborview")
            self._resolved[key] = _without_possessive(resolved, key)
        return self._resolved[key]

    def _role_before_surname(self, phrase: str) -> str | None:
        """ "Olympic Park bomber Rudolph", "national disaster agency spokesman Nugroho", "the 57-year-old Jones": a
        role or an age in lower case before a surname alone, the person the article names in full with that
        surname ("Eric Robert Rudolph"), when it names no one else of that surname (a title is left to the title
        rules; words of a clause or a group before the surname leave the phrase as it is: "a friend of Hernandez",
        "Authorities believe Vance")."""
        described = ROLE_THEN_SURNAME.fullmatch(phrase)
        if described is None:
            return None
        lowered = described.group(2).split()
        if any(w in ROLE_SURNAME_BARRED or (w.endswith("s") and not w.endswith("ss")) for w in lowered):
            return None
        if described.group(1) and described.group(1).split()[0].endswith("s"):
            return None  # ("Classmates", "Relatives": people of the person, not a title of the person)
        surname = described.group(3)
        full = self._fullest_name(surname)
        given = full.split()[-2] if full.endswith(" " + surname) else ""
        if not given[:1].isupper() or given[1:2] == ".":
            return None
        for m in self.mentions_with(surname):
            named = m.text.split()
            if len(named) > 1 and named[-1] == surname and named[-2][:1].isupper() and named[-2] not in full.split():
                return None  # (another person of that surname: "Jeb Bush" beside "George Bush")
        return full

    def _group_described_before(self, group: str, offset: int) -> str | None:
        """ "Critics say" after "Critics of birthright citizenship say", "Security experts said" after "security
        experts who track that market said": a bare plural of people takes up the last group of that plural that
        spoke with words after it saying which (not one joined with others: "witnesses and officials"), within a
        few paragraphs (a digest of the year's cases has other witnesses further on)."""
        opening = group.lower() + " "
        for at, resolved, _ in reversed(self.speakers):
            if offset - at > DOCUMENT_REACH:
                return None
            low = resolved.lower()
            if low.startswith(opening) and low.split(None, group.count(" ") + 2)[group.count(" ") + 1] in GROUP_HEAD_END_WORDS:
                return resolved
        return None

    def _name_apposed_before(self, description: str, offset: int) -> str | None:
        """ "Laura Moore, a neighbor of Powell's testified", "William Lee Price, Director of Marketing and Operations
        for the Central Florida Fair, said": a description taken as the speaker right after a person's name and a
        comma is that person, in full (not a name of its own: "Ann Lee, Tom Hart said" lists two)."""
        head = GROUP_HEAD_END.split(description, 1)[0].rsplit(None, 1)[-1]
        if (
            not any(w.islower() and w != "and" for w in description.split())
            or ends_with_personal_name(description)
            or not (_is_person(description) or head.islower() and not head.endswith("s"))
            or head in FORCE_WORDS
        ):
            return None  # (nor names listed, a group or a body: "Ann Lee, Tom Hart and", "In East Oakland, police")
        mentions = name_mentions(self.text, max(0, offset - APPOSED_NAME_REACH), offset - 2)
        if not mentions or mentions[-1].end != offset - 2:
            return None
        before = self.text[: mentions[-1].start].rstrip(" \t")
        if before and before[-1] not in ".!?\n\"“”":
            return None  # (the name opens its sentence or paragraph, the subject the description is set off from)
        named = self._person_mention(mentions[-1], None)
        if not named or named.isupper() or not ends_with_personal_name(named):
            return None  # (a dateline is no name: "FORT MYERS, Fla.- Fort Myers police")
        return self._fullest_name(named)

    def _kin_named(self, owner: str, noun: str) -> str | None:
        """ "Smith’s uncle says" after "According to his uncle, Greg Johnston, ...": a relative described by whose
        kin they are, the one person the article names right after that kin noun, whose owner is the same or a
        pronoun (not "the suspect's mother" for "the victim's mother, Ann Lee"); None for none or two."""
        text = self.text
        found: set[str] = set()
        k = text.find(noun)
        while k > 0:
            stop = k + len(noun)
            named = KIN_NAMED_AFTER.match(text, stop) if not _is_word_char(text[k - 1]) else None
            if named and ends_with_personal_name(named.group(1)):
                before = text[max(0, k - KIN_OWNER_REACH) : k].split()
                other = before[-1] if before else ""
                if owner.lower() in OWNER_PRONOUN_WORDS or other.lower() in OWNER_PRONOUN_WORDS or other == owner:
                    found.add(named.group(1))
            k = text.find(noun, stop)
        if len(found) != 1:
            return None
        name = found.pop()
        surname = " " + name.rsplit(None, 1)[-1]
        if any(person and resolved.endswith(surname) and name not in resolved for _, resolved, person in self.speakers):
            return None  # (another speaker of that surname: "Gemmer" alone would then go to the wrong one)
        return self._fullest_name(name)

    def _one_word_body(self, resolved: str) -> bool:
        """Whether a speaker is one capitalised word ("Microsoft", "Seacom") that the article never writes after a
        given name or an honorific, nor follows with "he" or "she": a body's name rather than a surname."""
        return (
            " " not in resolved
            and resolved[:1].isupper()
            and resolved[1:].islower()
            and resolved not in NON_NAME_WORDS
            and self._fullest_name(resolved) == resolved
            and self.gender(resolved) is None
            and self._said_gender.get(resolved) is None
        )

    def _sexed_speaker(self, speaker: str, offset: int) -> str:
        """ "Another neighbor who lives on the block said she heard shots. “...,” said the woman": the unnamed
        person of that sex who spoke last, when no other man or woman is written since; a name is kept apart (the
        article does not make it the same person), and so are officials ("The dispatcher asks ... The man said")."""
        sex, noun = SEXED_SPEAKERS[speaker.lower()]
        if not self.speakers:
            return speaker
        at, last, person = self.speakers[-1]
        hit = noun.search(self.text, at, offset)
        if hit is not None and hit.start() < at + len(last):
            hit = noun.search(self.text, hit.end(), offset)  # (the noun of the description itself: "A man")
        if (
            person
            and hit is None
            and not _is_named(last)
            and classify(last) in (None, "witness or resident", "protester", "other")
            and (self._said_gender.get(last) or self.gender(last)) == sex
        ):
            return last
        return speaker

    def _resolve(self, speaker: str, offset: int) -> str:
        bare = speaker.strip().strip(",")
        clean = _drop_noise(bare) or bare
        low = clean.lower()
        if low.startswith("the ") and low[4:] in TITLE_INITIALS:
            # "The A.G. said": the holder of the title the initials stand for, when the article names one
            spelled = "the " + TITLE_INITIALS[low[4:]]
            holder = self._resolve(spelled, offset)
            if holder.lower() != spelled:
                return holder
        if ("'s " in clean or "’s " in clean) and (kin := KIN_GIVEN_NAME.fullmatch(clean)):
            full = f"{kin.group(3)} {kin.group(1)}"
            if full in self.text:
                # "Bush's brother Jeb" in an article that names "Jeb Bush", whose sex the kin noun tells
                noun = kin.group(2)
                self._genders.setdefault(full, "f" if noun in FEMALE_NOUNS else "m" if noun in MALE_NOUNS else None)
                return self._fullest_name(full)
        if clean.isupper() and clean.isalpha() and len(clean) > 1:
            # "MENA said" after "the Egyptian MENA news agency said": the news agency that spoke, described with
            # its acronym
            for _, resolved, person in reversed(self.speakers):
                if (
                    not person
                    and resolved.endswith(" news agency")
                    and " and " not in resolved
                    and clean in resolved.split()
                ):
                    return resolved
        if low.startswith("the ") and low.endswith((" republican", " democrat")):
            # "The Arizona Republican said" after "Sen. John McCain, R-Ariz., said": the politician of that party
            # and state named last
            holder = self._state_party_holder(clean, offset)
            if holder:
                return holder
        if low in PRONOUNS:
            # the last fitting speaker if the pronoun follows it directly, else the last fitting *named*
            # speaker, else the last person the article names, else the last fitting description
            want_person = low in PERSON_PRONOUNS
            want_gender = {"he": "m", "him": "m", "she": "f", "her": "f"}.get(low)

            def fits(resolved: str, person: bool) -> bool:
                if low in ("they", "we") and resolved.rsplit(None, 1)[-1].lower() in DOCUMENT_HEADS:
                    return False  # (a document is "it", not "they")
                if low == "it" and _plural_people(resolved):
                    return False  # ("Tea Party members" are "they", not "it")
                return person == want_person and (
                    want_gender is None or self.gender(resolved) != _other(want_gender)
                )

            if want_person and self.text.endswith((" which ", " whom "), 0, offset) and RELATIVE_LEAD.search(
                self.text, max(0, offset - 30), offset
            ):
                # "a quote from Mrs. Clinton in which she said": the person the relative clause is about, named
                # in the pronoun's sentence
                # (the stop of an honorific ends no sentence: "from Mrs. Clinton in which she said")
                here = _sentence_stop(self.text, offset)
                name = self._last_person_mention(offset, want_gender, lo=here + 1)
                if name:
                    return self._fullest_name(name)
            if want_person:
                subject = self._sentence_subject(offset, want_gender) or self._previous_subject(offset, want_gender)
                if subject:
                    return subject
            elif low in ("they", "we", "it"):
                group = (low == "they" and self._fronted_arrival(offset)) or self._previous_group(offset, low == "it")
                if group:
                    # (a bare "Police are investigating ... They say" is the force the article names, as "police" is)
                    return group if " " in group else self._resolve(group, offset)
                if low == "it" and self.speakers and self._one_word_body(self.speakers[-1][1]):
                    # "Microsoft estimated Monday that ... Additionally, it said": the last speaker, one capitalised
                    # word that no given name, honorific or gendered pronoun makes a person's surname
                    return self.speakers[-1][1]
            if want_person and (named := self._named_before_quote(offset, want_gender)):
                return named
            if self.speakers and fits(self.speakers[-1][1], self.speakers[-1][2]):
                return self.speakers[-1][1]
            for _, resolved, person in reversed(self.speakers):
                if fits(resolved, person) and (not want_person or _is_named(resolved)):
                    return resolved
            if want_person:
                name = self._last_person_mention(offset, want_gender)
                if name:
                    return self._fullest_name(name)
            for _, resolved, person in reversed(self.speakers):
                if fits(resolved, person):
                    return resolved
            if want_gender:
                # "The boy's uncle drove his nephew to the hospital. He told police ...": with no one named nor
                # heard before, the last person described by a noun of the pronoun's sex
                described = None
                for found in DESCRIBED_KIN.finditer(self.text, self._pronoun_reach(offset), offset):
                    if not _inside_quotation(self.text, found.start()):
                        described = found  # (not in a quotation: "“I’m a grieving father,” he said")
                if described is not None and ("f" if described.group(1) in FEMALE_KIN else "m") == want_gender:
                    return described.group()
            return clean
        if low == "another" and self.speakers:
            # "one user on Weibo posted ... Another said": the noun the last speaker's description elides
            # (of the last few: a source cited for that speaker may come between, "According to AFP, one user ...")
            for _, last, _ in reversed(self.speakers[-ANOTHER_REACH:]):
                first, _, rest = last.partition(" ")
                if first.lower() in ("one", "a", "an") and rest[:1].islower():
                    return f"{clean} {rest}"
        owned = low.split()
        if len(owned) == 2 and owned[0] in OWNER_PRONOUNS and owned[1] in OWNED_SOURCES:
            # "his office said": the office of the person the pronoun stands for ("Rep. X's office")
            here = _sentence_stop(self.text, offset)
            named = None
            if owned[1] + " " in self.text[here + 1 : offset] or owned[1] + "," in self.text[here + 1 : offset]:
                # the same source named with its owner earlier in the sentence is the one it takes up
                named = ([None, *NAMED_OWNER_OF[owned[1]].finditer(self.text, here + 1, offset)])[-1]
            if named is not None and self.is_person(named.group(1)):
                return f"{self._fullest_name(named.group(1))}'s {owned[1]}"
            owner = self._resolve(OWNER_PRONOUNS[owned[0]], offset)
            if not is_pronoun(owner) and _is_named(owner) and self.is_person(owner):
                return f"{owner}'s {owned[1]}"
        if 2 <= len(owned) <= 3 and owned[0] in OWNER_PRONOUNS and owned[-1] in OWN_PAGES and "'" not in low and "’" not in low:
            # "Mark Mata, 54, was a consultant, according to his LinkedIn page": the person who opens the sentence,
            # the page's issuer (not "his father's page", nor a pronoun whose person is told elsewhere)
            owner = self._sentence_subject(offset, {"his": "m", "her": "f"}[owned[0]])
            if owner:
                return owner
        described = clean.split() if clean.startswith(NAME_DESCRIPTOR_OPENINGS) else None
        if described and len(described) == 3 and described[1].isalpha() and described[1].islower():
            # "Previous favourite Kinnear" after "Rory Kinnear": a description before a surname the article gives
            # in full (a title before it is resolved as the title's holder)
            full = self._fullest_name(described[2])
            if full.endswith(" " + described[2]) and full[:1].isupper():
                return f"{described[0]} {described[1]} {full}"
        form = _speaker_form(clean)
        words = form.words
        if form.issuer and " " not in form.issuer and (demonym := self._demonym_speaker(form.issuer)):
            # "the Indian statement said" after "a statement from the Indian government": the body of that
            # nationality that has spoken, not the adjective
            self._documents[demonym] = True
            return demonym
        if form.issuer:
            # a document speaks for its issuer: "an official statement from Seacom", "Seacom's tweet"
            resolved = self._resolve(form.issuer, offset)
            self._documents[resolved] = True
            return resolved
        owned_doc = OWNED_DOCUMENT.fullmatch(clean) if "'s " in clean or "’s " in clean else None
        if owned_doc and classify(owned_doc.group(1)) in OFFICIAL_OWNER_TYPES:
            # so does a document an official body or office owns: "the ministry's statement" for the ministry the
            # article names ("the trucking company" is no name the article gives); its owner as "the" and the rest
            # ("a prosecutor's affidavit" is the prosecutor's, "coroner's records" the coroner's), not remembered as
            # a document's issuer, which a later "the release" would take up
            owner = owned_doc.group(1)
            first, _, rest = owner.partition(" ")
            if first.lower() in ("a", "an", "the"):
                owner = rest
            if owner[:1].isupper():
                return self._resolve(owner, offset)
            # ("coroner's records" after "Los Angeles County coroner's records": the owner named in full before)
            named = next((r for _, r, _ in reversed(self.speakers) if r.endswith(" " + owner)), None)
            return named or self._resolve("the " + owner, offset)
        kin = KIN_THEN_NAME.fullmatch(clean) if clean.count(" ") >= 2 and clean[-1:].islower() else None
        if kin and self.speakers:
            # "Gray's sister Mahnefah Gray" after "his sister Mahnefah Gray": the relative who has spoken, named
            # again with another word for whose relative she is
            for _, resolved, person in reversed(self.speakers):
                earlier = KIN_THEN_NAME.fullmatch(resolved) if person and resolved != clean else None
                if earlier and earlier.group(2) == kin.group(2) and earlier.group(1).lower() == kin.group(1).lower():
                    return resolved
        if " and " in clean:
            # "Woodward and Bernstein" after "Carl Bernstein and Bob Woodward": a joint speaker of two people the
            # article has named together, in either order
            joint = self._joint_named_before(clean)
            if joint:
                return joint
        owned_words = low.split()
        if (
            len(owned_words) == 3
            and owned_words[1] == "police"
            and owned_words[0] in ("a", "an", "the")
            and owned_words[2] in DOCUMENT_HEADS
        ):
            # "according to a police report": the force the article's "police" stands for, whether or not it has
            # spoken as such, as the held-out annotation gives "the police report" to the force named only in a
            # chief's title (or "police" when no force is named)
            resolved = self._resolve("police", offset)
            if ". " not in resolved:
                self._documents[resolved] = True
                return resolved
        if 2 <= len(owned_words) <= 4 and owned_words[0] in ("a", "an") and owned_words[-1] in DOCUMENT_HEADS:
            # "police issued a press release that said": the issuer the verb before it names
            issued = self._issued_before(owned_words[-1], offset + len(clean))
            if issued is not None and issued[0] < offset:
                return self._resolve(issued[1], issued[0])
        if (
            len(words) >= 3
            and words[0].lower() == "the"
            and words[-1] in NEWS_PIECE_NOUNS
            and all(w[:1].isupper() for w in words[1:-1])
            and self.speakers
        ):
            # "the Bloomberg article said" after "according to Bloomberg": the outlet that has spoken, by its name
            outlet = " ".join(words[1:-1])
            for _, resolved, _ in reversed(self.speakers):
                if outlet in resolved and self._types.get(resolved.lower()) in MEDIA_TYPES:
                    return resolved
        if " in " in clean and words[-1][:1].isupper() and (piece := NEWS_PIECE_IN.fullmatch(clean)):
            if " in " + piece.group(1) in clean:
                return piece.group(1)  # "According to a 1997 article in Ebony": the publication it appeared in
        if low in NEWS_PIECE_ANAPHORA:
            # "The article said" after "an article in The Daily Caller": the outlet that published it
            outlet = None
            for found in NEWS_PIECE_IN.finditer(self.text, max(0, offset - NEWS_PIECE_REACH), offset):
                outlet = found
            if outlet is not None:
                return outlet.group(1)
            for _, resolved, _ in reversed(self.speakers):
                # "The article said" after "a BuzzFeed news report claiming": the outlet that spoke through a piece
                if self._documents.get(resolved) and self._types.get(resolved.lower()) in MEDIA_TYPES:
                    return resolved
        if len(words) >= 3 and low.startswith("the ") and words[-1] in DOCUMENT_HEADS:
            # "The inspector general report" after "DOJ's inspector general was troubled": the document of an
            # officer the article has named with the body the office belongs to
            holder = self._titled_issuer(" ".join(words[1:-1]), offset)
            if holder is not None:
                self._documents[holder] = True
                return holder
        # ("the letter addressed to Chairman X": the letter; only a phrase that opens on "the" can be one)
        bare_document = _drop_document_trailer(clean) if low.startswith("the ") else clean
        noun = _document_anaphora(bare_document.lower()) if bare_document.split()[-1].islower() else None
        # (not "the Post", a newspaper)
        if noun:
            # "the statement said", "the joint statement said": the document's issuer named before, the one who
            # spoke through a document last or the one the last mention of the document names, whichever is
            # later ("X released a joint statement", "a letter from X")
            # ("the release said" after "X said in a statement": one document, called by either word)
            nouns = STATEMENT_NOUNS if noun in STATEMENT_NOUNS else frozenset({noun})
            spoke = next(
                (
                    (at, r)
                    for at, r, _ in reversed(self.speakers)
                    if self._documents.get(r) or not nouns.isdisjoint(self._document_nouns.get(r, ()))
                ),
                None,
            )
            issued = self._issued_before(noun, offset)
            if issued is not None and (spoke is None or issued[0] > spoke[0]):
                resolved = self._resolve(issued[1], issued[0])
                self._documents[resolved] = True
                return resolved
            if spoke is not None:
                return spoke[1]
            for _, resolved, _ in reversed(self.speakers):
                if resolved.lower().endswith(("'s " + noun, "’s " + noun)):
                    return resolved  # "the autopsy" after "Gray's autopsy"
                if resolved.lower().endswith(" " + noun) and not self._documents.get(resolved) and (
                    _document_anaphora(resolved.lower()) is None
                ):
                    # "the report said" after "The arrest report stated": the same document, no issuer named
                    return resolved
            if low == "the report":
                # "the report added": the outlet whose report the article follows ("According to the BBC")
                for _, resolved, _ in reversed(self.speakers):
                    if self._types.get(resolved.lower()) in MEDIA_TYPES or (
                        " by " in resolved and OBTAINED_BY.search(resolved)
                    ):
                        return resolved  # (or the document an outlet obtained: "According to affidavits obtained by")
        if low in MEDIA_ANAPHORA:
            # "the newspaper said": the outlet named earlier
            for _, resolved, person in reversed(self.speakers):
                if self._types.get(resolved.lower()) in MEDIA_TYPES:
                    return resolved
                if (
                    low == "the agency"
                    and not person
                    and resolved.rsplit(None, 1)[-1] in AGENCY_NAME_ENDINGS
                    and self._types.get(resolved.lower()) == "government"
                ):
                    # "the agency said" after "The U.S. Fish and Wildlife Service said": a government agency that
                    # spoke since the last outlet, by the word its name ends on
                    return resolved
            if words[-1] in SITE_WORDS:
                # "The site said" after "first reported by BigGovernment.com, a website run by ...": the site an
                # apposition names
                for head in sorted(SITE_WORDS, key=lambda w: w != words[-1]):
                    named = self._apposed_name(head, offset, kind_first=False)
                    if named:
                        return named
            if low != "the agency":
                # "The newspaper said" after "officials told the Kyiv Independent": the outlet last named, if only
                # as a medium (not for "the agency", which takes up government agencies as often)
                return self._media_named_before(offset) or clean
            return clean
        if low.endswith(("site", "tabloid")) and MEDIA_DESCRIPTION.fullmatch(low):
            named = self._media_named_before(offset)
            if named:
                return named
        if len(words) >= 2 and words[-1][:1].isupper() and self.speakers and classify(clean) in MEDIA_TYPES:
            # "according to the Peoria Journal" after "according to the Peoria Journal Star": an outlet that has
            # spoken, its name cut short by its last word
            outlet = self._outlet_cut_short(low)
            if outlet is not None:
                return outlet
        if len(words) == 2 and words[0] in ("the", "The") and words[1].isupper() and words[1].isalpha():
            acronym = self._resolve(words[1], offset)  # "The TBI": the body "TBI" spells
            if words[1] not in acronym.split():
                return acronym
        if clean.isupper() and 2 <= len(clean) <= 6 and clean.isalpha():
            # "HP" after "Hewlett-Packard", "AMD" after "Advanced Micro Devices": the body its initials spell
            for _, resolved, _ in reversed(self.speakers):
                if _initials(resolved) == clean:
                    return resolved
            # or the body the article spells out, before or after ("NRA urges ..." over "The National Rifle
            # Association called ..."), read from the name runs that open on its first initial
            k = self.text.find(" " + clean[0])
            while k >= 0:
                run = NAME_RUN.match(self.text, k + 1)
                if run and _initial_count(run.group()) >= len(clean) and _initials(run.group()) == clean:
                    return run.group()
                k = self.text.find(" " + clean[0], k + 1)
            if clean[-2:] == "PD":
                # "NOPD" after "New Orleans Police say" (no "Department" spelled out): the force its initials spell
                for _, resolved, _ in reversed(self.speakers):
                    if resolved.endswith(" Police") and _initials(resolved) == clean[:-1]:
                        return resolved
        if len(words) == 2 and words[0] in ("the", "The") and words[1][:1].isupper() and not words[1].isupper():
            # "The Chronicle" after "The San Francisco Chronicle"
            for _, resolved, _ in reversed(self.speakers):
                if resolved.endswith(" " + words[1]) and len(resolved.split()) > 2:
                    return resolved
            outlet = self._outlet_named_before(words[1], offset)
            if outlet:
                return outlet  # "the Post stated" after "she told the Washington Post"
        if (
            len(words) == 2
            and words[0] in ("the", "The")
            and words[1].islower()
            and words[1].endswith("s")
            and words[1].isalpha()
        ):
            # "The bishops noted" after "the U.S. Conference of Catholic Bishops, which wrote ...": a body that has
            # spoken, named after its members
            member = " " + words[1].capitalize()
            for _, resolved, _ in reversed(self.speakers):
                if resolved.endswith(member) and len(resolved.split()) > 2:
                    return resolved
        if len(words) == 2 and words[0] in ("the", "The") and words[1] in BODY_NOUNS:
            # "The board noted" after "The Washington Post's editorial board said": the body that has spoken
            for _, resolved, _ in reversed(self.speakers):
                if resolved.lower().endswith(" " + words[1]) and len(resolved.split()) > 2:
                    return resolved
        if len(words) == 2 and words[0] in ("the", "The") and words[1] in ARMED_SERVICE_NOUNS:
            # "the military said" in an article that writes "the Indian military" (before or after): that service
            named = self._named_service(words[1])
            if named:
                return named
        if form.force:
            return self._force(form.force) or clean
        if form.prosecutor:
            # "prosecutors", "the U.S. attorney's office": the prosecution office the article names
            office = _prosecution_office(self.text)
            return office or clean
        if form.described and len(words) >= 3 and words[0].lower() == "the" and ("'s " in low or "’s " in low):
            # "the committee's senior Democrat said ... The Democrat, Representative X, said": the name the next
            # sentence sets off after the description's head
            taken = HEAD_TAKEN_UP_BY_NAME.search(self.text, offset, offset + HEAD_TAKEN_UP_REACH)
            if taken is not None and taken.group(1).lower() == words[-1].lower():
                return self._fullest_name(taken.group(2))
        if form.described:
            described = self._description_with_name(clean)
            if described:
                return described
            short = DESCRIPTION_HEAD_PP.match(clean)
            if short is not None:
                # "the lawyer for the campaign and the party" and, later, "the lawyer, Mark D. Sheridan": one person,
                # the name apposed to the description's head
                described = self._description_with_name(short.group(1))
                if described and described.startswith(short.group(1) + ","):
                    return described
        if form.name_before_pp:
            # "Brian Jansen with the Dearborn County Sheriff's Office": the person, typed by the rest
            return self._fullest_name(form.name_before_pp)
        if form.name_like:
            full = self._fullest_name(clean)
            if len(words) == 1 and full != clean and classify(full) in ORGANISATION_TYPES and countries_in(clean) == [clean]:
                return clean  # "Kazakhstan said": the country, not the outlet "Interfax Kazakhstan" named after it
            return full
        head = words[-1].lower() if words else ""
        possessive = words[0].endswith(("'s", "’s")) and words[0][:1].isupper()
        if len(words) <= 5 and (words[0].lower() in ("the", "a") or possessive) and head in PERSON_TITLES:
            # "the coroner", "the Dearborn County coroner", "Austria's interior minister": the holder the
            # article names, preferring one whose title has the same qualifier ("Interior Minister ...")
            qualified = " ".join(words[-2:]) if len(words) >= 3 and words[-2].islower() else None
            holder = (
                (self._title_holder(qualified) if qualified else None)
                or self._title_holder(head)
                or (self._abbreviated_holder(head) if len(words) == 2 else None)  # (not "the Democratic senator")
                # ("the Republican governor": the holder, when the article writes only one after the abbreviation)
                or (self._sole_holder(head) if len(words) == 3 and words[1][:1].isupper() else None)
            )
            if holder:
                return holder
            if len(words) == 2:
                apposed = self._apposed_holder(head, offset)
                if apposed:
                    return apposed  # "the governor said" after "X, the governor of Hormozgan Province, said"
        if len(words) <= 3 and words[0].lower() == "the" and " ".join(words[1:]).lower() in PERSON_TITLES:
            title = " ".join(w.capitalize() for w in words[1:])
            for m in self.mentions_with(title.split()[0]):
                if (
                    m.text.startswith(title + " ")
                    and len(m.text.split()) <= 6
                    and not self.text.endswith(("former ", "Former "), 0, m.start)
                ):
                    return m.text  # (not "former President Tom Hart", who holds the office no more)
            # ("Democratic Attorney General Richard Blumenthal": the title after a word that qualifies it)
            holder = self._title_holder(" ".join(words[1:]).lower())
            if holder and f"former {holder}" not in self.text and f"Former {holder}" not in self.text:
                return holder
            # ("the spokesman said" after "a German military spokesman said": the description given earlier,
            # a person as the title is, though its words may name a body)
            described = self._described_before(clean)
            if described:
                self._described_people.add(described)
                return described
            return clean
        if len(words) == 2 and words[0] in ("the", "The") and head in APPOSED_BODY_HEADS:
            # "the organization" after "Secure America Now, a neoconservative nonprofit organization": the body
            # an apposition before it names
            named = self._apposed_name(head, offset)
            if named:
                return named
        if head in COMPANY_PLURALS and words[0].lower() in ("the", "both") and len(words) <= 3:
            # "AMD will acquire SeaMicro ..., the companies said": the two companies the sentence names, jointly
            joint = self._companies_before(offset)
            if joint:
                return joint
        if head in COMPANY_HEADS and words[0].lower() == "the" and (
            len(words) <= 3 or (len(words) == 4 and countries_in(words[1]))
        ):
            # ("The US software giant": a country's word before the kind of company)
            # "the company", "The software manufacturer": the body the article is about when it names none
            full = self._fullest_institution(clean, head, offset) if head in INSTITUTION_HEADS else clean
            return full if full != clean else (self._main_company() or self._company_before(offset) or clean)
        if head in INSTITUTION_HEADS and len(words) <= 3:
            full = self._fullest_institution(clean, head, offset)
            if full == clean and low == "the department" and self._departments_all_bare():
                # "Providence Police Major David Lapatin ... The department confirms": the article names no
                # department of any kind, so the one it means is the police force it names, if any
                return self._force("police") or clean
            return full
        if clean[:1].islower() and len(words) <= 4 and head in DOCUMENT_HEADS:
            # "coroner's records" after "Los Angeles County coroner's records"
            for _, resolved, _ in reversed(self.speakers):
                if resolved.lower().endswith(" " + low) and " and " not in resolved and len(resolved) > len(clean):
                    return resolved
        if head in LAWMAKER_TITLES and words[0].lower() == "the" and all(
            w[:1].isupper() or SENIORITY_WORD.fullmatch(w) for w in words[1:-1]
        ):
            # "The representative", "The Texas lawmaker": the one member of Congress named before with a title
            # ("Rep. Bruce Braley", "Sen. Ted Cruz"; a state or party word before the head is no other person, nor
            # a word of the holder's seniority: "the four-term congressman")
            holder = self._lawmaker_holder(head, offset)
            if holder:
                return holder
        if words[0].lower() == "the" and words[-1].islower() and ROLE_DESCRIPTION.fullmatch(clean):
            # "the actor said" after "actor John Smith" or "John Smith, a veteran actor": the person the article
            # has named with that role; each role of "the real estate mogul and reality TV star" is tried
            # (a speaker given by an indefinite description since then is the one taken up: "neighbor Elmore
            # Hooker said ... A neighbor who didn't want to be identified told 11 News ... The neighbor said")
            described = self._described_before_at(clean.split(",")[0])
            for role in clean[4:].split(" and "):
                holder = self._role_holder(role, offset, described[0] if described else 0)
                if holder:
                    return holder
        if (
            words[0].lower() == "the"
            and head in CANDIDATE_NOUNS
            and len(words) <= 5
            and self.speakers
            and self.speakers[-1][2]
            and _is_named(self.speakers[-1][1])
        ):
            # "Trump swiftly responded, telling the Times ... “I think it’s a disgrace,” the presumptive Republican
            # nominee said": the candidate who spoke last, as a pronoun that follows a speaker directly is
            return self.speakers[-1][1]
        head_np = clean.split(",")[0]
        if words[0].lower() == "the" and len(head_np.split()) <= 4:
            # "the neighbor" after "a neighbor next door ...", "The police source, who wished to remain
            # anonymous" after "a police source": the description given earlier
            described = self._described_before(head_np)
            if described:
                return described
        if low in SOURCE_ANAPHORA:
            # "the source told eWEEK" after "Industry sources have confirmed to eWEEK": the sources cited last, one
            # of whom it is (a description with no indefinite opener, which _described_before leaves)
            for _, resolved, _ in reversed(self.speakers):
                if not SOURCE_WORDS.isdisjoint(_norm_set(resolved)) and " and " not in resolved:
                    return resolved
        return clean

    def _named_service(self, noun: str) -> str | None:
        """The one armed service of this kind the article names with whose it is ("the Indian navy"), or None when
        it names none or more than one."""
        found = None
        for m in ARMED_SERVICE_NAMED.finditer(self.text):
            if m.group(2).lower() != noun:
                continue
            if found is not None and found.group(1).strip() != m.group(1).strip():
                return None
            found = found or m
        return found.group() if found else None

    def _described_before(self, head_np: str) -> str | None:
        """An earlier speaker first given by an indefinite description that holds all of these words."""
        described = self._described_before_at(head_np)
        return described[1] if described else None

    def _described_before_at(self, head_np: str) -> tuple[int, str] | None:
        """_described_before's speaker with the offset where it spoke."""
        mine = _norm_set(head_np)
        # ("the aide said" after "A spokesperson for Grassley fired back": one who speaks for another, by any of
        # the words for that role)
        spokes = len(mine) == 1 and mine <= SPOKESPERSON_WORDS
        for at, resolved, _ in reversed(self.speakers):
            theirs = _norm_set(resolved)
            if (
                mine
                and (mine <= theirs or spokes and not theirs.isdisjoint(SPOKESPERSON_WORDS))
                and resolved.lower().startswith(DESCRIPTION_OPENERS)
                and resolved.split()[1:2] != ["of"]  # (not a part of a group: "several of the people")
            ):
                return at, resolved
        return None

    def _joint_named_before(self, pair: str) -> str | None:
        """The joint speaker before whose two people end on the surnames of "X and Y", two names, or None."""
        first, _, second = pair.partition(" and ")
        names = (first.split(), second.split())
        if not all(words and len(words) <= 3 and all(w[:1].isupper() for w in words) for words in names):
            return None
        surnames = {names[0][-1], names[1][-1]}
        if len(surnames) < 2:
            return None
        for _, resolved, _ in reversed(self.speakers):
            # (the names after a description set off by a comma: "The two reporters ..., Carl Bernstein and ...")
            one, _, other = resolved.rpartition(", ")[2].partition(" and ")
            if one.strip() and other.strip() and {one.split()[-1], other.split()[-1]} == surnames:
                return resolved
        return None

    def _role_holder(self, role: str, offset: int, lo: int = 0) -> str | None:
        """The last person named between lo and offset with a role, the role written right before the name ("actor
        John Smith") or after it in an apposition ("John Smith, a veteran actor")."""
        head = role.rsplit(None, 1)[-1]
        if (
            head in DOCUMENT_HEADS
            or head in INSTITUTION_HEADS
            or head in COMPANY_HEADS
            or head in PEOPLE_PLURALS
            or head in NOT_ONE_PERSON
            or head in FEMALE_NOUNS
            or head in MALE_NOUNS
        ):
            return None  # (bodies, documents and "the woman", who may be anyone the article names)
        # (the role's first letter in either case: "Actor John Smith", "veteran actor John Smith")
        text = self.text
        last = None
        forms = (role, role[0].upper() + role[1:])
        if role in RANK_ABBREVIATIONS:
            forms = (*forms, RANK_ABBREVIATIONS[role])
        for form in forms:
            k = text.find(form, lo, offset)
            while k >= 0:
                stop = k + len(form)
                if (k == 0 or not (_is_word_char(text[k - 1]) or text[k - 1] == "-")) and (stop >= len(text) or not _is_word_char(text[stop])):
                    found = ROLE_NAME_AFTER.match(text, stop) or ROLE_NAME_BEFORE.search(
                        text, max(0, k - ROLE_NAME_REACH), k
                    )
                    if found and (last is None or found.start() > last.start()) and self._role_name(found):
                        last = found
                k = text.find(form, stop, offset)
        return self._fullest_name(last.group(1)) if last is not None else None

    def _role_name(self, found: re.Match[str]) -> bool:
        """Whether the name found with a role is a person's: not a place's ("Prouty Avenue"), nor one opened by a
        title or a demonym ("Superintendent Dale Marsden", "German Tejata"), nor the end of a longer name."""
        name = found.group(1).split()
        if found.re is ROLE_NAME_BEFORE:
            before = self.text[max(0, found.start(1) - 30) : found.start(1)].split()[-1:]
            if before and before[0][:1].isupper():
                return False
        return name[-1] not in PLACE_ENDINGS and classify(name[0]) is None and not countries_in(name[0])

    def _titled_issuer(self, title: str, offset: int) -> str | None:
        """The last mention before offset of a lowercase officer's title the gazetteer knows, owned by a named body
        ("DOJ's inspector general", "the Justice Department's inspector general"): the issuer of "the <title>
        report"."""
        if not title.islower() or classify(title) not in ("government", "security forces"):
            return None
        text = self.text
        at = text.rfind(" " + title, 0, offset)
        while at > 0:
            owner = text[max(0, at - 60) : at]
            if owner.endswith(("'s", "’s")):
                names = []
                for word in reversed(owner[:-2].split(" ")):
                    if (
                        not (word[:1].isupper() and word.replace(".", "").replace("&", "").isalnum())
                        or word in GROUP_OPENERS
                        or word.lower() in DETERMINERS
                    ):
                        break
                    names.insert(0, word)
                if names:
                    start = at - len(" ".join(names)) - 2
                    return text[start : at + 1 + len(title)]
            at = text.rfind(" " + title, 0, at)
        return None

    def _outlet_cut_short(self, low: str) -> str | None:
        """The outlet that has spoken whose name is low (lowercased) and one capitalised word more."""
        for _, resolved, _ in reversed(self.speakers):
            rest = resolved[len(low) + 1 :]
            if (
                resolved.lower().startswith(low + " ")
                and rest[:1].isupper()
                and " " not in rest
                and self._types.get(resolved.lower()) in MEDIA_TYPES
            ):
                return resolved
        return None

    def _media_named_before(self, offset: int) -> str | None:
        """The last outlet named within MEDIA_DESCRIPTION_REACH characters before offset, for a description of it
        ("the gossip site", "the newspaper")."""
        for m in reversed(name_mentions(self.text, max(0, offset - MEDIA_DESCRIPTION_REACH), offset)):
            if classify(m.text) in MEDIA_TYPES:
                return m.text
        return None

    def _outlet_named_before(self, word: str, offset: int) -> str | None:
        """The outlet named in full before offset whose name ends on `word` ("the Washington Post" for "the
        Post"), also when it was only a medium ("she told the Washington Post"), not a speaker."""
        for m in self.mentions_with(word):
            name = m.text.rstrip(".,")
            if m.start < offset and name.endswith(" " + word) and classify(name) in MEDIA_TYPES:
                return "the " + name if not name.startswith(("The ", "the ")) else name
        return None

    def _abbreviated_holder(self, title: str, sole: bool = False) -> str | None:
        """The first name written after the title's abbreviation ("Gov. Asa Hutchinson" for "the governor"), not
        a lieutenant's or a former holder's; None where the title has no abbreviation or none is written (with
        `sole`, also None where the abbreviation is written before names of two surnames)."""
        abbreviation = TITLE_ABBREVIATIONS.get(title)
        if abbreviation is None:
            return None
        if sole:
            holder = self._one_name_after((abbreviation,))
        else:
            holder = next(self._names_after(abbreviation), None)
        return f"{abbreviation} {holder}" if holder else None

    def _lawmaker_holder(self, head: str, offset: int) -> str | None:
        """The one person named before offset after a title of LAWMAKER_TITLES[head], in full, or None (none, or
        people of two surnames: "Sen. Chuck Grassley" beside "Sen. Tom Harkin" leaves "the lawmaker" as it is)."""
        found = self._one_name_after(LAWMAKER_TITLES[head], offset)
        return self._fullest_name(found) if found else None

    def _names_after(self, title: str, end: int | None = None) -> Iterator[str]:
        """Each name written right after the title as a word of its own before end, in text order, save a
        lieutenant's or a former holder's ("Lt. Gov.", "former Sen."), nor one in a headline in title case, whose run
        of capitals goes on past the name ("GOP Rep. Blake Farenthold Resigns After ...")."""
        text = self.text
        headline = self._headline_end
        k = text.find(title, headline, end)
        while k >= 0:
            name = ABBREVIATED_HOLDER.match(text, k + len(title))
            if (
                name
                and (k == 0 or not text[k - 1].isalnum())
                and not ABBREVIATED_TITLE_BARRED.search(text, max(0, k - 12), k)
            ):
                yield name.group(1)
            k = text.find(title, k + 1, end)

    def _one_name_after(self, titles: Iterable[str], end: int | None = None) -> str | None:
        """The first name written after any of the titles before end, or None where none is, or where names of two
        surnames are (the title then points to no one person)."""
        first = None
        for title in titles:
            for name in self._names_after(title, end):
                if first is None:
                    first = name
                elif name.split()[-1] != first.split()[-1]:
                    return None
        return first

    def _sole_holder(self, title: str) -> str | None:
        """The one holder the article names after the title's abbreviation, in full ("Maine Gov. Paul LePage" for
        "the Republican governor"), or None."""
        holder = self._abbreviated_holder(title, sole=True)
        return self._fullest_name(holder) if holder else None

    def _apposed_holder(self, title: str, offset: int) -> str | None:
        """The last named person who spoke before offset with the title in an apposition after the name ("Abdolreza
        Sheikholeslami, the governor of Hormozgan Province, said"), for "the governor"."""
        for _, resolved, person in reversed(self.speakers):
            if person and _is_named(resolved) and self._apposed_title(resolved, title, offset):
                return resolved
        return None

    def _apposed_title(self, name: str, title: str, offset: int) -> bool:
        """Whether the text before offset writes the name, a comma, an article and the title (a whole word): found
        from the places of the name with str.find and APPOSED_TITLE_LEAD, not by a pattern compiled for each name
        (a compilation costs more than the rest of a resolution)."""
        text = self.text
        k = text.find(name, 0, offset)
        while k >= 0:
            lead = APPOSED_TITLE_LEAD.match(text, k + len(name), offset)
            if lead is not None and text.startswith(title, lead.end(), offset):
                end = lead.end() + len(title)
                # (the word boundary the title ends on)
                if _is_word_char(title[-1]) != (end < offset and _is_word_char(text[end])):
                    return True
            k = text.find(name, k + 1, offset)
        return False

    def remember_asked(self, offset: int, pronoun: str, asker: str) -> None:
        """Note whom a speaker asked ("Rep. Joseph Crowley asked her if she could comment ...") as the last to
        speak: the one asked answers next ("She said: ..."). That is the last other named speaker the article
        gives the pronoun's gender; none is noted when no speaker has it for sure."""
        want = {"him": "m", "her": "f"}.get(pronoun)
        for _, resolved, person in reversed(self.speakers):
            if person and resolved != asker and _is_named(resolved) and want in (
                self._said_gender.get(resolved),
                self.gender(resolved),
            ):
                self.speakers.append((offset, resolved, True))
                return

    def remember_document(self, resolved: str, medium: str) -> None:
        """Note that a speaker spoke through a document ("X said in a statement"), for "the statement said" (a
        document of the same kind: "the report" is not X's statement)."""
        noun = medium.split()[-1].lower()
        self._document_nouns.setdefault(resolved, set()).add(noun)

    def _issued_before(self, noun: str, offset: int) -> tuple[int, str] | None:
        """(offset, issuer) of the last mention of a document noun before offset when it names its issuer: "a
        joint letter from the chairs of six committees", "Pelosi and Schumer released a joint statement"."""
        text = self.text
        k = text.rfind(noun, max(0, offset - DOCUMENT_REACH), offset)
        while k > 0 and (text[k - 1].isalnum() or text[k + len(noun) : k + len(noun) + 1].isalnum()):
            k = text.rfind(noun, max(0, offset - DOCUMENT_REACH), k)  # (part of a longer word: "statements")
        if k <= 0:
            return None
        owner = ISSUER_POSSESSIVE.search(text, max(0, k - 40), k)
        if owner is not None and classify(owner.group(1)) in ORGANISATION_TYPES:
            return owner.start(1), owner.group(1)  # "BuzzFeed's Thursday night report": an outlet's or a group's
        after = DOCUMENT_FROM.match(text, k + len(noun))
        if after is None and " and " in text[k + len(noun) : k + len(noun) + DOCUMENT_ASIDE_REACH]:
            aside = DOCUMENT_ASIDE.match(text, k + len(noun))
            after = DOCUMENT_FROM.match(text, aside.end()) if aside else None
        if after:
            # ("the chairs of six committees in the U.S. House of Representatives": the body they belong to)
            body = ISSUER_IN.match(text, after.end(1))
            return after.start(1), after.group(1) + (body.group() if body else "")
        lo = max(0, k - 40)
        verb = DOCUMENT_PUT_OUT.search(text, lo, k)
        if verb is None:
            return None
        stop = text.rfind(". ", 0, verb.start())
        start = max(stop + 2 if stop >= 0 else 0, text.rfind("\n", 0, verb.start()) + 1)
        start = dateline_end(text, start, verb.start())  # ("WASHINGTON — With the Senate ...")
        for sep in ("” and ", '" and ', ", and ", "; "):
            j = text.rfind(sep, start, verb.start())
            if j >= 0:
                start = max(start, j + len(sep))
        subject = PARTY_TAG.sub("", text[start : verb.start()]).strip()
        intro = DOCUMENT_INTRO.match(subject)
        while intro and intro.end() > 0:
            subject = subject[intro.end() :]
            intro = DOCUMENT_INTRO.match(subject)
        subject = TRAILING_ADVERB.sub("", subject.split(",")[0].strip())
        words = subject.split()
        # (or a body described by an indefinite article before its name: "a National Rifle Association task force")
        named_body = len(words) > 1 and words[0] in ("a", "an") and words[1][:1].isupper()
        if not words or len(words) > 16 or not (subject[:1].isupper() or named_body or PEOPLE_OF.match(subject)):
            return None
        return start + text[start:].find(words[0]), subject

    def _outside_company(self, word: str) -> bool:
        """Whether a company's word names a firm from outside the story: not the company the article is about, and
        named no more than twice (with its officer, and once more at most), where the story's actors recur."""
        return word != self._main_company() and self.text.count(word) <= OUTSIDE_COMPANY_MENTIONS

    def _main_company(self) -> str | None:
        """The body an article about a company is about: the first capitalised word of the opening, no surname,
        country or typed body, that the article names again ("AMD acquires SeaMicro ...")."""
        if self._company is False:
            text = self.text
            counts: Counter[str] = Counter()
            for m in COMPANY_TOKEN.finditer(text):
                counts[m.group()] += 1
            opening = text[:COMPANY_OPENING]
            # (the first such word of the opening: headlines and leads open on the company they are about)
            self._company = next(
                (w for w in counts if counts[w] >= 2 and w in opening and self._could_be_company(w)), None
            )
        return self._company

    def _company_before(self, offset: int) -> str | None:
        """The company named last in the sentence before offset ("In 2013, Yahoo was hacked, and the company said"),
        for an article about no one company, or None."""
        here = _sentence_stop(self.text, offset)
        # (read from the last word back: the checks only fill caches, so stopping at the first company is safe)
        tokens = [m.group() for m in COMPANY_TOKEN.finditer(self.text, here + 1, offset)]
        return next((word for word in reversed(tokens) if self._is_company_word(word)), None)

    def _companies_before(self, offset: int) -> str | None:
        """The two companies named in the sentence before offset, joined ("AMD and SeaMicro"), or None when it names
        fewer or more."""
        here = _sentence_stop(self.text, offset)
        tokens = [m.group() for m in COMPANY_TOKEN.finditer(self.text, here + 1, offset)]
        # (a surname test would drop a company a headline's title case runs into a name: "AMD to Acquire SeaMicro")
        named = list(
            dict.fromkeys(
                word for word in tokens if _named_twice(self.text, word) and self._could_be_company(word, surname=False)
            )
        )
        return " and ".join(named) if len(named) == 2 else None

    def _published_in(self, name: str) -> bool:
        """Whether the article names a news piece published in the name ("a 1997 article in Ebony")."""
        if " in " + name not in self.text:
            return False
        return any(found.group(1) == name for found in NEWS_PIECE_IN.finditer(self.text) if " in " in found.group())

    def _spelled_out(self, initials: str) -> str | None:
        """The capitalised name whose words' first letters make the initials ("Pasco County Sheriff's Office" for
        "PCSO"), when the article writes it, or None."""
        name = INITIALS_JOINER.join(rf"{c}[\w'’.-]*" for c in initials)
        found = re.search(rf"(?<![\w'’-]){name}", self.text)
        return found.group() if found else None

    def _hyphenated_name(self, initials: str) -> str | None:
        """The hyphenated name whose parts' first letters make the initials ("Hewlett-Packard" for "HP"), when the
        article writes it, or None."""
        name = "-".join(rf"{c}[a-z]+" for c in initials)
        found = re.search(rf"(?<![\w'’-]){name}(?![\w'’-])", self.text)
        return found.group() if found else None

    def _is_company_word(self, word: str) -> bool:
        """Whether a capitalised word names a company in this article, as _main_company tells one: named twice,
        the subject of a verb, no surname, country or body the gazetteer types."""
        return _named_twice(self.text, word) and self._could_be_company(word)

    def _could_be_company(self, word: str, surname: bool = True) -> bool:
        """What _main_company and _is_company_word ask of a company's word besides being named twice: no word
        that is never a name or a company, no surname of a full name (unless `surname` is false), country or body
        the gazetteer types, and the subject of a company's verb somewhere."""
        if word in NON_NAME_WORDS or word in NOT_COMPANIES or classify(word) is not None or countries_in(word):
            return False
        if surname:
            if self._name_surnames is None:
                self._name_surnames = {m.text.split()[-1] for m in name_mentions(self.text) if len(m.text.split()) >= 2}
            if word in self._name_surnames:
                return False
        return _company_subject(self.text, word)

    def _fronted_arrival(self, offset: int) -> str | None:
        """The plural body or group that comes to the scene in a clause fronted before "they" in its sentence
        ("Once police arrived, they said"), resolved as that body's own mention would be; else None."""
        text = self.text
        if not text.endswith(", ", 0, offset):
            return None  # (the fronted clause ends on a comma right before the pronoun: a cheap test first)
        here = _sentence_stop(text, offset)
        m = FRONTED_ARRIVAL.fullmatch(text, here + 1, offset)
        if m is None:
            return None
        np = m.group(1)
        head = np.rsplit(None, 1)[-1]
        if head != "police" and head not in PEOPLE_PLURALS and classify(np) is None:
            return None
        return self._resolve(np, offset)

    def _demonym_speaker(self, word: str) -> str | None:
        """The last speaker whose words hold a people's adjective ("the Indian government" for "Indian"), when the
        word is one (a country's adjective, not its name), else None."""
        countries = countries_in(word)
        if not countries or countries == [word]:
            return None
        for _, resolved, _ in reversed(self.speakers):
            if word in resolved.split() and resolved != word:
                return resolved
        return None

    def _previous_group(self, offset: int, body: bool = False) -> str | None:
        """The plural noun phrase that opens the sentence before "They ..." when nobody has spoken since:
        "Conservative members of the party, where they hold a majority, had been adamant about it. They maintain
        that ..." are those members, not the last source cited; with `body` (for "It ..."), a body the
        gazetteer knows ("The UN was incensed ... It said")."""
        text = self.text
        here = _stop_before(text, offset)
        lead = text[here + 1 : offset].rstrip()
        if here < 0 and not lead.strip():
            return None
        joined = lead.strip() in ("And", "But", "But,")
        if joined:
            # ("Madison Police have learned who shot a man. And they say ...": the sentence before, as with none)
            lead = ""
        if lead:
            # "The Angels had exclusive rights, but they declined ... and said": the group that opens the
            # pronoun's own sentence (not after a comma or a quotation: "..., they said" reports a clause)
            if body or lead.endswith((",", ":", ";")) or any(q in lead for q in "\"“”‘’«»"):
                return None
            before, here = here, offset
        else:
            before = _stop_before(text, here)
        crossed = False
        while not lead and before > 0 and not text[before + 1 : here].strip() and text.startswith("They", offset):
            # (paragraphs set apart by a blank line: "Deputies have released the name ...\n\nThey say", a source
            # the gazetteer knows, not "Blood stains covered their clothing")
            here, before, crossed = before, _stop_before(text, before), True
        while before > 0 and text[before - 3 : before + 1] in ("a.m.", "p.m."):
            # (a time's stop ends no sentence: "called to the Taco Bell shortly after 6 p.m. Friday. They say")
            before = _stop_before(text, before)
        if joined and text[before : before + 1] == "." and not text[before - 1 : before].islower():
            # (only a stop after a word's last letter: not one cut at initials, "Dreamers and T.P.S. recipients that
            # he himself revoked. And they said")
            return None
        start = before + 1
        while start < here and text[start] in " \t":
            start += 1
        if any(start <= at < offset for at, _, _ in self.speakers):
            return None
        intro = GROUP_INTRO.match(text, start, here)
        if intro:
            start = intro.end()
        m = GROUP_SUBJECT.match(text, start, here)
        if m is None:
            return None
        np = m.group(1)
        if np.endswith((" and", " or")):
            return None  # a phrase cut before a coordinated verb: "The family of a boy shot and killed by ..."
        if not body and NAMED_TOGETHER.match(np) and classify(np) not in ORGANISATION_TYPES:
            return np  # "Mark and Condon have axed the monologue. They said ..."
        opener = np.split(None, 1)
        if len(opener) == 2 and opener[0].capitalize() in GROUP_OPENERS:
            np = opener[1]  # "While conservatives have complained ... what they say" (", and police arrived")
        if body:
            kind = classify(np)
            named_body = np.startswith(("The ", "the ")) or np.isupper() or kind in ORGANISATION_TYPES
            return np if kind not in (None, "anonymous") and named_body and not np.endswith("s") else None
        head = GROUP_HEAD_END.split(np, 1)[0].split()[-1]
        plural = head.endswith("s") and not head.endswith(("ss", "'s", "’s")) and head not in NOT_PLURAL_HEADS
        # (a capitalised plural only after "The": "The Angels", not "Jones", or a common noun capitalised as the
        # sentence's first word: "Deputies have released ..."; "The family spoke ... They said" is a group of
        # people too, and so is a force named in full: "The Anchorage Police Department is investigating ...
        # They said")
        common = head.islower() or np.startswith("The ") or (np == head and classify(head.lower()) is not None)
        force = (
            head in ("Department", "Office")
            and np.startswith("The ")
            and all(w[:1].isupper() or w in NAME_CONNECTORS for w in np.split())
            and classify(np) == "security forces"
        )
        if not (plural and common) and head.lower() not in ("police", "people", "family") and not force:
            return None
        return None if crossed and classify(np) is None else np

    def _sentence_subject(self, offset: int, want_gender: str | None) -> str | None:
        """The person who opens the pronoun's own sentence, when nobody has spoken in it before: "Former Rep. Asa
        Hutchinson, who led the review, appeared to ease off -- he said ..." is Hutchinson, not the last speaker."""
        text = self.text
        # (the stop of an honorific ends no sentence: "Mr. Trump's tweets ... he has accused")
        here = _sentence_stop(text, offset)
        lead = text[here + 1 : offset].rstrip()
        if not lead.strip() or lead.endswith((",", ":", ";")) or any(q in lead for q in "\"“”«»") or (
            ("‘" in lead or "’" in lead) and SINGLE_QUOTE_MARK.search(lead)  # (not "Trump’s", an apostrophe)
        ):
            # ("..., he said": a clause the pronoun's speaker reports, its subject someone else)
            return None
        named = self._subject_at(here, offset, offset, want_gender, titled=True)
        if named or any(here < at < offset for at, _, _ in self.speakers):
            return named
        # "Another juror was replaced earlier when she said ...": a person described, opening the sentence
        m = DESCRIBED_PERSON.match(lead.lstrip())
        if m is None:
            return None
        gender = "f" if m.group(2) in FEMALE_NOUNS else "m" if m.group(2) in MALE_NOUNS else None
        if want_gender and gender and gender != want_gender:
            return None
        return m.group(1)

    def _subject_at(
        self, before: int, here: int, offset: int, want_gender: str | None, titled: bool = False
    ) -> str | None:
        """The person whose name opens the sentence after `before` (a stop or a line break) and ends before
        `here`, if no one has spoken between the sentence's start and offset (with `titled`, a name with a
        title the gazetteer types too: "Mayor Ellen Roth")."""
        text = self.text
        start = before + 1
        while start < here and text[start] in " \t\"“":
            start += 1
        if any(start <= at < offset and person for at, _, person in self.speakers):
            # (a body that reports the sentence, "..., IRNA reported.", takes no person's place)
            return None
        m = NAME_RUN.match(text, start)
        if text.startswith(("The ", "the "), start):
            # "The center's president, Cathi Herrod, has been ...": the name set off after the description
            described = DESCRIPTION_THEN_NAME.match(text, start, here)
            if described is not None:
                m = NAME_RUN.match(text, described.end())
        if m is None or text[m.end() : m.end() + 1] not in (",", " ") or m.end() >= here:
            return None
        name = m.group()
        if name.endswith(("'s", "’s")) and OWN_WORDS_AFTER.match(text, m.end()):
            name = name[:-2]  # "Mr. Trump's tweets, sent from ..., were not the first time he has accused"
        if name.startswith("Former ") and name.count(" ") >= 2:
            name = name[7:]  # "Former Rep. Asa Hutchinson, who led ...": a title of a person
        words = name.split()
        kind = classify(name)
        if (
            len(words) == 1
            and titled
            and kind is None
            and name not in NON_NAME_WORDS
            and not countries_in(name)
            and not _after_abbreviation(text, before)
        ):
            # "Schiff, a vocal critic of the president, has doubled down on his claim": a surname the article has
            # given in full before
            full = self._fullest_name(name)
            if len(full.split()) >= 2 and full.endswith(" " + name) and self.is_person(full):
                name, words = full, full.split()
        if (len(words) < 2 or name.endswith(("'s", "’s")) or words[-1] in ORG_ENDINGS or words[-1] in PLACE_ENDINGS or countries_in(name)
                or (kind is not None and not (titled and kind not in ORGANISATION_TYPES and _is_person(name)))
                or any(w in NON_NAME_WORDS for w in words)):
            return None
        follower = text[m.end() : m.end() + 2]
        if follower == " " or (follower[:1] == " " and not follower[1:].islower()):
            return None  # only a name followed by a comma or a verb opens the clause ("Nathan, 47,", "Nathan lives")
        if want_gender and self.gender(name) == _other(want_gender):
            return None
        return self._fullest_name(name)

    def _previous_subject(self, offset: int, want_gender: str | None) -> str | None:
        """The person who opens the sentence before a pronoun's, when nobody has spoken since: "Noah Nathan, 47,
        lives nearby and was at the park. He said he heard 30 shots" is Nathan speaking, not the last speaker."""
        text = self.text
        here = _stop_before(text, offset)
        if here < 0:
            return None
        before = _stop_before(text, here)
        blank = False
        # (a paragraph that opens on a quotation: "X, though, refused ...\n\n“...,” he said")
        opens_quote = text[here + 1 : here + 2] in ("“", '"')
        while opens_quote and before > 0 and not text[before + 1 : here].strip():
            # (paragraphs set apart by a blank line: the sentence before is the last paragraph's last one)
            here, blank = before, True
            before = _stop_before(text, here)
        before = _past_honorifics(text, before)  # (the stop of an honorific ends no sentence: "Ms. Griffin went online")
        subject = self._subject_at(before, here, offset, want_gender)
        if blank and subject is not None and not any(r == subject for _, r, _ in self.speakers):
            return None  # (across a blank line, only a speaker named again)
        return subject or (None if blank else self._titled_lead(before, here, offset))

    def _titled_lead(self, before: int, here: int, offset: int) -> str | None:
        """The title holder who opens the sentence after `before` (a dateline passed over), as the article names
        them, when no person has spoken since: "Kazakhstan's president on Friday authorized police to shoot. "...,"
        he said" is the president."""
        start = dateline_end(self.text, before + 1, here)
        if start == before + 1:
            gap = self.text[start:here]
            start += len(gap) - len(gap.lstrip())  # (past the spaces)
        if any(start <= at < offset and person for at, _, person in self.speakers):
            return None
        if _inside_quotation(self.text, start):
            return None  # (a sentence inside a quotation: "“... The president has made a very reasonable offer")
        lead = TITLED_LEAD.match(self.text, start, here)
        return self._resolve(lead.group(1), start) if lead else None

    def _apposed_name(self, head: str, offset: int, kind_first: bool = True) -> str | None:
        """The name the last apposition before offset gives a body of this head noun ("Acme Now, a nonprofit
        organization" for "organization"), or else (kind_first) one named after its kind, or None."""
        text = self.text
        k = text.rfind(" " + head, 0, offset)
        while k >= 0:
            end = k + 1 + len(head)
            if end >= len(text) or not text[end].isalnum():
                m = APPOSED_BODY.search(text, max(0, k - 120), k + 1)
                if m:
                    self._apposed[m.group(1)] = m.group(2) + head  # its role, to type it by
                    return m.group(1)
            k = text.rfind(" " + head, 0, k)
        # (else a body named after its kind, of any of these heads: "advocacy group Secure America Now" ... "the
        # organization")
        if not kind_first:
            return None
        last = None
        for found in BODY_KIND_THEN_NAME.finditer(text, 0, offset):
            last = found
        if last:
            self._apposed[last.group(2)] = last.group(1)
            return last.group(2)
        return None

    def _description_with_name(self, description: str) -> str | None:
        """A description the article also writes right before a name: "China's ambassador to Britain" and
        "China's ambassador to Britain Liu Xiaming" are one speaker."""
        head = description.rsplit(None, 1)[-1]
        # (set off by commas only after a person's description: "Grimm's lawyer, William McGinley", not "court
        # records, Brittney N. Orand" nor "the sheriff's office, Benjamin Bond")
        apposed = (
            head.isalpha()
            and head.islower()
            and head not in DOCUMENT_HEADS
            and head not in INSTITUTION_HEADS
            and head not in NOT_ONE_PERSON
            # (or a lowercase description the gazetteer types as a whole: "the council member", not "a news release
            # on the Sheriff's Office Facebook page")
            and (
                classify(head) is not None
                or (description[1:].islower() and classify(description) is not None)
            )
        )
        k = self.text.find(description)
        while k >= 0:
            after = DESCRIPTION_NAME.match(self.text, k + len(description)) or (
                APPOSED_DESCRIPTION_NAME.match(self.text, k + len(description)) if apposed else None
            ) or (APPOSED_GIVEN_NAME.match(self.text, k + len(description)) if head in KIN_HEADS else None)
            if after:
                return self.text[k : after.end()]
            k = self.text.find(description, k + 1)
        return None

    def _departments_all_bare(self) -> bool:
        """Whether every "department" of the article is a bare "the department", none a named or described one
        ("the fire department", "the Department of Health")."""
        text = self.text
        return text.count("epartment") == text.count("the department") + text.count("The department")

    def _force(self, word: str) -> str | None:
        """The police force or sheriff's office the article names, for a bare "police" or "deputies"."""
        key = "sheriff" if word in SHERIFF_WORDS else "police"
        if key not in self._forces:
            self._forces[key] = self._find_force(word)
        return self._forces[key]

    def _find_force(self, word: str) -> str | None:
        if "olice" not in self.text and "heriff" not in self.text and "PD" not in self.text:
            return None
        # the patterns run only around the words that anchor them, not over the whole article
        windows = [
            (max(0, a - 70), min(len(self.text), b + 30), self.text[a:b])
            for a, b in _force_anchors(self.text)
        ]
        counts: dict[str, int] = {}
        first: dict[str, int] = {}
        text = self.text
        for rank, (rx, needs) in enumerate(zip(FORCE_PATTERNS, FORCE_NEEDS, strict=True)):
            if word in SHERIFF_WORDS and rank > 0:
                break
            # (only the words the article holds are looked for in the windows; none, and no window is searched)
            needed = [w for w in needs if w in text]
            found: dict[int, re.Match[str]] = {}
            for lo, hi, anchor in windows if needed else ():
                # (a window holds its anchor word, which may hold a word the pattern needs)
                for w in needed:
                    if w in anchor or text.find(w, lo, hi) >= 0:
                        break
                else:
                    continue
                for m in rx.finditer(text, lo, hi):
                    found.setdefault(m.start(1), m)
            for m in found.values():
                name = m.group(1)
                words = name.split()
                while words and words[0] in NON_NAME_WORDS:
                    words = words[1:]
                if not words or (rank == 3 and len(words) < 2):
                    continue
                name = " ".join(words)
                counts[name] = counts.get(name, 0) + 1
                first.setdefault(name, m.start())
            if counts:
                # (a force named by its place wins over the bare "Sheriff's Office" or "Police Department" the
                # article calls it after: "the Jacksonville Sheriff’s Office ... The Sheriff's Office said")
                return max(counts, key=lambda n: (not n.startswith(GENERIC_FORCE_NAMES), counts[n], -first[n]))
        return None

    def _lowered(self) -> str | None:
        """The text lowercased, when that keeps every offset and every letter the case-insensitive title
        anchors can match ("ı" and "ſ" match "i" and "s" there but stay as they are); else None."""
        if self._lower is False:
            low = self.text.lower()
            keeps = len(low) == len(self.text) and "ı" not in self.text and "ſ" not in self.text
            self._lower = low if keeps else None
        return self._lower  # type: ignore[return-value]

    def _title_places(self, title: str):
        """(start, end) of each place _title_anchor finds the title, in order: found with str.find in the
        lowercased text (far faster than a case-insensitive scan) and confirmed by the anchor's word boundaries
        there (where the lowercased text holds the title, its case-insensitive match does too: no pattern is
        compiled for the title)."""
        lower = self._lowered() if title.isascii() else None
        if lower is None:
            for hit in _title_anchor(title).finditer(self.text):
                yield hit.start(), hit.end()
            return
        want = title.lower()
        k = lower.find(want)
        while k >= 0:
            if _at_word_boundary(self.text, k) and _at_word_boundary(self.text, k + len(want)):
                yield k, k + len(want)
                k = lower.find(want, k + len(want))
            else:
                k = lower.find(want, k + 1)

    def _title_holder(self, title: str) -> str | None:
        rx = None
        for hit_start, hit_end in self._title_places(title):
            if not NAME_AFTER_TITLE.match(self.text, hit_end):
                continue  # no name right after the title here: no match of the pattern has the title here
            # the full pattern (compiled for the first such place only) in a window around the place
            rx = rx or _title_pattern(title)
            lo, hi = max(0, hit_start - 60), min(len(self.text), hit_end + 60)
            if "," not in title:
                # the match holds no comma or line break, so it starts after the last one before the title
                k = hit_start
                lo = max(lo, self.text.rfind(",", lo, k) + 1, self.text.rfind("\n", lo, k) + 1)
            m = next((c for c in rx.finditer(self.text, lo, hi) if c.end(1) == hit_start), None)
            if m is None or not m.group(2)[0].isupper():
                continue
            lead = [w for w in m.group(1).split() if w[:1].isupper()]
            if " " not in title and (
                (lead and lead[-1].lower() in RANK_QUALIFIERS)
                or self.text.endswith(("former ", "Former "), 0, m.start(1) + len(m.group(1)))
            ):
                # "the president" is not "Vice President Mike Pence", who holds another office, nor "former
                # President Barack Obama", who holds it no more
                continue
            while lead and lead[0] in NON_NAME_WORDS:
                lead = lead[1:]
            return " ".join([*lead, self.text[m.start(1) + len(m.group(1)) : m.end()]])
        return None

    def _state_party_holder(self, phrase: str, offset: int) -> str | None:
        """The last person named with a party tag of this party and state before offset ("Sen. John McCain,
        R-Ariz." for "The Arizona Republican"), or None."""
        described = STATE_PARTY.fullmatch(phrase)
        if not described or _countries().get(described.group(1)) != "United States":
            return None
        state, party = described.group(1).replace(" ", "").lower(), described.group(2)[0]
        holder = None
        for tagged in NAME_PARTY_TAG.finditer(self.text, 0, offset):
            letters = tagged.group(3).replace(".", "").lower()
            if tagged.group(2) == party and letters[0] == state[0] and _in_order(letters, state):
                holder = tagged
        return self._fullest_name(holder.group(1)) if holder else None

    def _fullest_name(self, name: str) -> str:
        full = self._fullest_name_of(name)
        title, _, rest = full.partition(" ")
        if title in PLURAL_TITLES and rest[:1].isupper() and " and " not in rest:
            # "Reps. Peter DeFazio": one of the list the plural title opens, typed by that title
            key = _type_key(rest)
            if key not in self._types:
                typed = self._type(full, full, None)
                if typed != "other":
                    self._types[key] = self._types[rest.lower()] = typed
            full = rest
        if (
            full.startswith(name + " ")
            and " " not in name
            and classify(name) in ORGANISATION_TYPES
            and ends_with_personal_name(full)
        ):
            # an outlet or group by its one-word name ("BuzzFeed"), not a person whose title opens on it
            # ("BuzzFeed Editor-in-Chief Ben Smith")
            return name
        return full

    def _fullest_name_of(self, name: str) -> str:
        parts = _name_parts(name)
        if parts is None:
            return name
        # "President Trump", "Trump", "Donald Trump": one person, named in full with the title the article
        # gives them ("President Donald Trump")
        want, title, bare_words, last = parts
        if len(bare_words) == 1:
            # a surname alone stands for the last speaker of that name ("Antonio LeGrier ... LeGrier says"),
            # not for a relative named elsewhere
            for _, resolved, person in reversed(self.speakers):
                # (a speaker that does not hold the surname at all is passed over by one substring test, before the
                # tests that call functions: most of the article's speakers are other people)
                if (
                    person
                    and last in resolved
                    and not _names_together(resolved)
                    and not (want and self._said_gender.get(resolved) == _other(want))
                ):
                    # (not one a pronoun of the other gender stood for: "Mr. Trump" after "Melania Trump ... she")
                    parts = resolved.rsplit(None, 1)
                    if (
                        len(parts) > 1
                        and parts[-1].rstrip(",.") == last
                        and not KIN_BEFORE_NAME.match(resolved)
                        # (not the relative a description of the surname's bearer names: "Williams' mother,
                        # Rosalind Williams" is not "Williams")
                        and not resolved.startswith((last + "'", last + "’"))
                        # (nor a person the name is the employer of: "A spokesman for Microsoft" is not "Microsoft")
                        and parts[0].rsplit(None, 1)[-1] not in EMPLOYER_PREPOSITIONS
                    ):
                        return resolved
        best_bare = " ".join(bare_words)
        best_title: tuple[str, ...] = ()
        # (name, title words, given name) of fitting mentions, each read once
        fitting: list[tuple[str, tuple[str, ...], str | None]] = []
        for m in self.mentions_with(last):
            mw = m.text.split()
            if last in mw[:-1] and mw[mw.index(last) + 1] in ORG_ENDINGS and last not in ORG_ENDINGS:
                continue  # "the Trump Administration": a body named after the person
            if mw[0].isupper() and len(mw) > 1 and _outlet_before_name(mw):
                continue  # "In an interview with CNN Smith said": the outlet spoken to, then the speaker
            named = _mention_name(m.text, last)
            if named is None:
                continue
            m_title, m_bare = named
            if m_title and HYPOTHETICAL_TITLE.search(self.text[max(0, m.start - 8) : m.start]):
                m_title = ()  # "in the cross hairs of a President Romney": a post imagined, not held
            if not all(w in m_bare for w in bare_words):
                continue
            named_as = " ".join(m_bare)
            if want and self.gender(named_as) == _other(want):
                continue
            if len(bare_words) == 1 and KIN_BEFORE_NAME.match(self.text[max(0, m.start - KIN_REACH) : m.start] + " "):
                continue  # "His daughter Joan Felt": a relative of the one the surname alone names
            fitting.append((named_as, m_title, _given_name(m_bare)))
        # Several people may share the surname ("President Donald Trump and first lady Melania Trump"): the
        # forms whose given name is the one named first ("Vermont Sen. Sanders" has none, so it fits).
        given = next((g for _, _, g in fitting if g), None)
        for bare, m_title, first in fitting:
            if given and first not in (None, given):
                continue
            if len(bare) > len(best_bare):
                best_bare = bare
            if len(" ".join(m_title)) > len(" ".join(best_title)):
                best_title = m_title
        if len(bare_words) == 1 and best_bare == bare_words[0]:
            # a name written surname first ("Liu" for "Liu Xiaming"): a mention that starts with it (an
            # acronym only with the name of a body: "NBC News", not "AMD Opteron", a product of AMD)
            for m in self.mentions_with(last):
                mw = [w for w in m.text.split() if not countries_in(w)]
                if last.isupper() and not (len(mw) == 2 and mw[1] in ORG_ENDINGS):
                    continue
                if len(mw) >= 2 and mw[0] == last and len(" ".join(mw)) > len(best_bare):
                    best_bare = " ".join(mw)
        prefix = title or best_title
        if prefix and all(w in best_bare.split() for w in prefix):
            prefix = []  # "Secretary Salazar" and "Interior Secretary Ken Salazar"
        elif len(prefix) == 1 and any(
            WRITTEN_OUT_TITLES.get(w.lower()) == prefix[0] for w in best_bare.split()[:-1]
        ):
            prefix = []  # "Gov. Perry" and "Texas Governor Rick Perry": the title is there, written out
        result = " ".join([*prefix, best_bare])
        if len(result.split()) >= 2:
            result = self._with_title(result)
            ending = " " + best_bare
            for _, resolved, _ in reversed(self.speakers):
                if (
                    resolved.endswith(ending)
                    and resolved != result
                    and not _names_together(resolved)
                    and not MEMBERS_OF.match(resolved[: -len(ending)])
                ):
                    # the same person, already named with a longer description (not two people named together,
                    # nor people of a body: "researchers at software security firm Trend Micro" is not the firm)
                    return resolved
        return result

    def _with_title(self, name: str) -> str:
        """The name with the lowercase title written before it: "Birmingham police Sgt. Bryan Shelton"."""
        k = self.text.find(name)
        if k <= 0:
            return name
        before = self.text[max(0, k - 60) : k]
        if not before.endswith(" "):
            return name
        # (the name's words are tested before the title's search, which tries each place of `before` and costs
        # far more: most names do not open on a country)
        place_title = (
            TITLE_TO_PLACE.search(before)
            if before.endswith((" to ", " for ")) and len(name.split()) >= 3 and countries_in(name.split()[0])
            else None
        )
        if place_title and classify(place_title.group(2)):
            # "former special envoy to Ukraine Kurt Volker": the country closes the title, not the name
            return place_title.group(1) + name
        # ("Former Rep. Jesse Jackson Jr. pleaded ...": a sentence's capital does not make "former" a name)
        # (of the last four words only: no title is read further back)
        written = before.split()
        words = [SENTENCE_CAPITALS.get(w, w) for w in written[-4:]]
        kept: list[str] = []
        for w in reversed(words):
            if (
                w[:1].islower()
                and w.isalpha()
                and w not in DETERMINERS
                and classify(w) is not None
                and not kept[:1]
                or (
                    kept
                    and w[:1].isupper()
                    and w.strip(".,").isalpha()
                    and w not in NON_NAME_WORDS
                    and not w.endswith((",", "."))
                )
            ):
                kept.insert(0, w)
            else:
                break
        if not any(w[:1].islower() for w in kept):
            return name
        while kept and kept[0][:1].islower() and classify(kept[0]) is None:
            kept = kept[1:]
        if kept and kept[0][:1].islower() and _object_before(before, kept):
            return name  # "told police Egardo Perez": the object of the verb, no title of the name
        if kept:
            kept = written[len(written) - len(kept) :]  # (as written)
        return " ".join([*kept, name]) if kept else name

    def gender(self, name: str) -> str | None:
        """'m' or 'f' when the pronouns right after the name's mentions say so; None when unclear."""
        if name in self._genders:
            return self._genders[name]
        low = name.lower()
        result = None
        described, _, named = name.rpartition(", ")
        if described and ends_with_personal_name(named):
            # "her aunt, Chauntee Mathis", "the fire chief, James Steele": the person the name names, by the
            # honorific the article gives the surname or else by the name's own mentions
            result = self._surname_honorific(named.split()[-1]) or self.gender(named)
        elif low.startswith(("mr.", "mr ")):
            result = "m"
        elif low.startswith(("mrs", "ms.", "ms ", "miss ")):
            result = "f"
        elif " " not in name and name[:1].isupper() and self._surname_honorific(name):
            # a surname the article writes with an honorific elsewhere ("Ms. Coulter attacked ...")
            result = self._surname_honorific(name)
        elif " " in name and (last := low.split(" of ", 1)[0].rsplit(None, 1)[-1]) in PERSON_NOUNS and not _is_named(name):
            # an unnamed person described by a noun of one sex ("the woman", "One local mother"), whatever the
            # pronouns after it say of others ("“... he was bleeding,” the woman said")
            result = "f" if last in FEMALE_NOUNS else "m"
        else:
            k = self.text.find(name)
            role = ROLE_GENDER_BEFORE.search(self.text, max(0, k - 30), k) if k > 0 else None
            if role is not None:
                # "the first lady, Melania Trump", "his wife Ann Lee": the role before the name says it
                result = "f" if role.group(1) else "m"
                self._genders[name] = result
                return result
            role = ROLE_GENDER_AFTER.match(self.text, k + len(name)) if k >= 0 else None
            if role is not None:
                # "Ann Lee, a spokeswoman for the FBI": the role set off after the name says it
                result = "f" if role.group(1) else "m"
                self._genders[name] = result
                return result
            male = female = 0
            pos = 0
            for _ in range(3):
                k = self.text.find(name, pos)
                if k < 0:
                    break
                found = GENDERED.findall(self.text[k + len(name) : k + len(name) + 160])
                males = len(found) - found.count("")
                male += males
                female += len(found) - males
                pos = k + len(name)
            if male > female:
                result = "m"
            elif female > male:
                result = "f"
        self._genders[name] = result
        return result

    def _surname_honorific(self, surname: str) -> str | None:
        """'m' or 'f' when the article writes the surname after one honorific only ("Ms. Coulter")."""
        text = self.text
        male = any(text.find(f"{h} {surname}") >= 0 for h in ("Mr.", "Mr"))
        female = any(text.find(f"{h} {surname}") >= 0 for h in ("Ms.", "Mrs.", "Ms", "Mrs", "Miss"))
        return "m" if male and not female else "f" if female and not male else None

    def _fullest_institution(self, phrase: str, head: str, offset: int) -> str:
        """ "The committee", "DeLand police": the body's full name, from earlier speakers or the text."""
        wanted = _norm_set(phrase)
        best = phrase
        for _, resolved, person in self.speakers:
            if not person and wanted <= _norm_set(resolved) and len(resolved) > len(best):
                best = resolved
        for m in self.mentions_with(head.capitalize()):
            # ("The United States Fish and Wildlife Service": a body's name that joins two words by "and")
            joined = JOINED_BODY_BEFORE.search(self.text, max(0, m.start - 60), m.start) if self.text.endswith(
                " and ", 0, m.start
            ) else None
            if joined and joined.group(1).split()[-1] in ORG_ENDINGS:
                joined = None  # (two bodies: "The Lehigh County Coroner's Office and Pennsylvania State Police")
            for name in (
                ORG_OF.split(m.text)[-1],
                m.text,
                *((joined.group(1) + "and " + m.text,) if joined else ()),
            ):  # "Sgt. Chris Estes of the DeLand Police Department"
                mw = name.split()
                parts = ORG_OF.split(name)
                org_like = (
                    ORG_ENDINGS.intersection(parts[0].split()) if len(parts) > 1 else mw[-1] in ORG_ENDINGS
                )
                if (
                    len(mw) >= 2
                    and org_like
                    and wanted <= _norm_set(name)
                    and len(mw) <= 10
                    and len(name) > len(best)
                ):
                    best = name
        return best

    def _pronoun_reach(self, offset: int) -> int:
        """How far back a pronoun looks for the person it stands for: PRONOUN_CHARS, or to the start of the
        paragraph before its own when that is further (a long quotation between a name and "he said"), at
        most PRONOUN_CHARS_MAX."""
        text = self.text
        lo = max(0, offset - PRONOUN_CHARS)
        para = text.rfind("\n", max(0, offset - PRONOUN_CHARS_MAX), offset)
        while para > 0 and text[para - 1] == "\n":
            para -= 1  # (a blank line between paragraphs)
        if para > 0:
            before = text.rfind("\n", max(0, offset - PRONOUN_CHARS_MAX), para)
            if before >= 0 or offset - PRONOUN_CHARS_MAX <= 0:
                lo = min(lo, before + 1)
        return lo

    def _named_before_quote(self, offset: int, want_gender: str | None) -> str | None:
        """The person whose name ends the sentence right before the quotation a pronoun closes, after "from" or "by",
        when nobody has spoken since: "... drew a sharp response from Rev. William Owens of the Coalition. “It is a disgrace,” he
        told a press conference" is Owens, not the last speaker."""
        text = self.text
        if not text.endswith((',” ', ',\" ', '?” ', '!” ', '?\" ', '!\" '), 0, offset):
            return None
        opening = text.rfind("“", max(0, offset - PRONOUN_CHARS_MAX), offset - 3)
        if opening < 0 or (self.speakers and self.speakers[-1][0] > opening):
            return None
        end = len(text[:opening].rstrip())
        if not text.endswith((".", ":"), 0, end):
            return None
        mentions = name_mentions(text, _sentence_stop(text, end - 1) + 1, end)
        if (
            not mentions
            or mentions[-1].end < end - 1
            or not FROM_BEFORE_NAME.search(text, max(0, mentions[-1].start - 20), mentions[-1].start)
        ):
            return None  # (only a response or a reaction from the person: "drew a sharp response from X.")
        named = self._person_mention(mentions[-1], want_gender)
        return self._fullest_name(named) if named else None

    def _last_person_mention(self, offset: int, want_gender: str | None = None, lo: int | None = None) -> str | None:
        """The last person named before offset (after lo, or within a pronoun's reach), not of the other gender
        when an honorific shows it; a possessive name yields to a person named before it in its sentence
        ("Simmons teed up McDonald's cameo. "...," he said" is Simmons)."""
        held: tuple[Mention, str] | None = None
        for m in reversed(name_mentions(self.text, self._pronoun_reach(offset) if lo is None else lo, offset)):
            if held is not None and SENTENCE_STOP.search(self.text, m.end, held[0].start):
                break
            name = self._person_mention(m, want_gender)
            if name is None:
                continue
            if held is None and self.text.startswith(("'s", "’s"), m.end) and not any(w.islower() for w in m.text.split()):
                # (not a body's possessive after a name: "Deputy Kim Alexander of the Sheriff's Bureau")
                held = (m, name)
                continue
            return name
        return held[1] if held else None

    def _person_mention(self, m: Mention, want_gender: str | None) -> str | None:
        """The person a name mention names, in full, or None when it names a body, a place or the other gender."""
        if want_gender and _honorific_gender(m.text) == _other(want_gender):
            return None
        if (
            m.start
            and self.text[m.start - 1] in "\"“"
            and QUOTED_TITLE_END.match(self.text, m.end)
            and not NAMED_BEFORE.search(self.text, max(0, m.start - 20), m.start - 1)
        ):
            # "on CBS's "Face the Nation," where he defended": a show's or a work's title, in quotes (not a person's
            # chosen name, "a writer named "Block Life,"")
            return None
        if self.text.startswith(",", m.end):
            region = REGION_AFTER.match(self.text, m.end)
            if region and countries_in(region.group(1)):
                return None  # "his home in Santa Rosa, California": a place, with its state or country
        place = OF_PLACE.search(m.text)
        if place and countries_in(place.group(1)):
            # "Representative Nancy Pelosi of California": the person, without the place
            m = Mention(m.start, m.start + place.start(), m.text[: place.start()])
        if " of " in m.text:
            person = m.text.split(" of ", 1)[0]
            if person.count(" ") >= 1 and ends_with_personal_name(person):
                # "Rev. William Owens of the Coalition of African American Pastors": the person, without the body
                m = Mention(m.start, m.start + len(person), person)
        words = m.text.split()
        if (
            len(words) == 1
            and m.text not in NON_NAME_WORDS
            and m.text not in ORG_ENDINGS
            and m.text not in PLACE_ENDINGS
            and classify(m.text) is None
            and not countries_in(m.text)
            and not (m.text.isupper() and m.text.isalpha())
        ):
            # a surname alone ("... found Williams naked. He told them ..."): its full name (not an acronym:
            # "the auditorium at CPAC", a body or an event)
            full = self._fullest_name(m.text)
            if len(full.split()) >= 2 and " of " not in full:
                # (not a group named after it: "Critics of Chick-fil-A")
                return full
        if (
            len(words) >= 2
            and not countries_in(m.text)
            and words[-1] not in ORG_ENDINGS
            and words[-1] not in PLACE_ENDINGS
            and classify(m.text) not in ORGANISATION_TYPES
        ):
            return m.text
        return None

    def role_of(self, resolved: str) -> str:
        """Descriptions the article attaches to a name: an apposition or a lowercase title before it; remembered,
        as a speaker's type and the retyping of bare names both ask for it."""
        role = self._roles.get(resolved)
        if role is None:
            role = self._roles[resolved] = self._role_of(resolved)
        return role

    def _role_of(self, resolved: str) -> str:
        """role_of, read from the text."""
        words = resolved.split()
        if not words or not resolved[0].isupper():
            return ""
        roles: list[str] = []
        text = self.text
        k = text.find(resolved)
        while k >= 0:
            m_start, m_end = k, k + len(resolved)
            k = text.find(resolved, m_end)
            if (m_start and text[m_start - 1].isalnum() and not _glued_name(text, m_start)) or (
                m_end < len(text) and text[m_end].isalnum()
            ):
                continue
            # (every APPOSITION opens on a comma, a bracket or a preposition, after spaces at most)
            after = text[m_end : m_end + 24].lstrip()
            kin = after[:1] == "," and KIN_APPOSITION.match(text, m_end)
            a = APPOSITION.match(text, m_end) if after[:1] in ",(fowa" and not kin else None  # ("" when spaces)
            if a is not None and APPOSITION_SAID.match(text, a.end()) and not self._apposed_subject(m_start, a.end()):
                a = None  # "... tending to Holder, the sheriff's office said": a source cited, no description
            if a is not None and "." in a.group() and GLUED_SENTENCE.search(a.group()):
                a = None  # ("Cassandra Normal, South Austin Neighborhood Association.It's a feeling": the next sentence)
            body_kind = BODY_DESCRIBED.match(text, a.end()) if a is not None and text.startswith(",", a.end()) else None
            if body_kind and not (
                NAMED_BODY_ROLE.search(a.group()) and classify(body_kind.group(1)) in ORGANISATION_TYPES
            ):
                body_kind = None
            if kin:
                roles.append("relative")
            elif body_kind:
                # "Marian Wright Edelman, president of the Children's Defense Fund, an advocacy group here": the role is
                # in a body the next apposition describes as an organisation, whose type the holder takes
                roles.append(body_kind.group(1))
            elif a and (
                a.lastindex != BARE_ROLE_GROUP
                or classify(a.group(BARE_ROLE_GROUP)) == "expert"
                or _shop_worker(a.group(BARE_ROLE_GROUP))
                or _one_of_witnesses(a.group(BARE_ROLE_GROUP))
                # (or of a named body of a kind the gazetteer knows: ", director of the NAACP's Washington bureau",
                # ", chairman of the Republican National Committee"; not ", met with the media")
                or _named_body_role(a.group(BARE_ROLE_GROUP))
                or _government_body_role(a.group(BARE_ROLE_GROUP))
                or _spokesperson_of_government_role(a.group(BARE_ROLE_GROUP))
                or EXPERT_OFFICER.match(a.group(BARE_ROLE_GROUP)) is not None
            ):
                # (a role without an article types only an expert: ", security analyst at Lumension", a shop's
                # manager: ", manager of a central Athens mobile phone store", or an
                # official of a body named as the government's; a bare "president of ..." or "director of ..."
                # says too little of the body)
                roles.append(next(g for g in a.groups() if g))
                listed = LISTED_ROLE.match(text, a.end()) if text.startswith(", ", a.end()) else None
                if listed and classify(listed.group(1)) not in (None, *MEDIA_TYPES):
                    roles.append(listed.group(1))  # (a role of the list: the gazetteer's tiers pick between them)
            elif not kin and after[:1] == "," and after[1:3].strip()[:1].isupper():
                titled = TITLE_OF_BODY_APPOSITION.match(text, m_end)
                initials = INITIALS_ROLE_APPOSITION.match(text, m_end) if not titled else None
                if titled and not countries_in(titled.group(2)) and _titled_body_role(titled.group(1), titled.group(2)):
                    roles.append(titled.group(1))  # "Heydar Alishbandi, Governor of Qeshm island, said"
                elif initials and classify(initials.group(2)) not in (None, classify(initials.group(1))):
                    # (only initials that say more than the role word: not "Bill Ritz, EDS spokesman", a company's)
                    roles.append(initials.group(1))  # "said Dwight Mitchell, LMPD spokesperson."
                elif not titled and not initials:
                    body = NAMED_BODY_CLOSING.match(text, m_end)
                    named = NAMED_ROLE_APPOSITION.match(text, m_end) if not body else None
                    if body and classify(body.group(1)) in CLOSING_BODY_TYPES:
                        # "said Cassandra Normal, South Austin Neighborhood Association.", "said Carroll Smith, Killeen
                        # Police Dept."
                        roles.append(body.group(1))
                    elif named and _body_role_typed(named.group(1), named.group(2)):
                        roles.append(named.group(1) + named.group(2))  # "said Jeff Haney, Canyons School District spokesman."
            elif not kin and after[:1] == "," and after[1:].lstrip()[:1].islower():
                bare = BARE_ROLE_CLOSING.match(text, m_end) or (
                    OWNED_APPOSITION.match(text, m_end) if after[1:6] in (" his ", " her ", " thei") else None
                )
                if bare and classify(bare.group(1)) == "witness or resident":
                    # "said Brandon Henderson, neighbor.", "Tom Hale, his neighbor, said"
                    roles.append(bare.group(1))
            if RESIDES.match(text, m_end):
                roles.append("resident")  # "Luke Pigeon, who lives in an apartment next door"
            elif text.startswith((", who ", ", whose "), m_end) and WITNESS_CLAUSE.match(text, m_end):
                roles.append("witness")  # "Ivan Petrov, who fled the city last week", "Sarah Kim, whose son was hurt"
            elif text.startswith(", who ", m_end) and REPRESENTS.match(text, m_end):
                roles.append("lawmaker")  # "Jones, who has represented the district since 2004"
            elif text.startswith(", ", m_end) and text[m_end + 3 : m_end + 4] == "-" and US_PARTY_TAG.match(text, m_end + 2):
                roles.append("lawmaker")  # "Sanders, I-Vt., said"
            elif text.startswith(", who ", m_end) and (works := WORKS_AT.match(text, m_end)) and (
                works.group(1) is None or classify(works.group(1)) in (None, "other")
            ):
                roles.append("worker")  # "Dough mixer Andy Ryan, who has worked at the plant for nearly 30 years"
            elif text.startswith((", who ", " was ", " were "), m_end) and WAS_AT_SCENE.match(text, m_end):
                roles.append("witness")  # "Taye Adesha, who was inside the bar when the shooting occurred"
            window = text[max(0, m_start - 60) : m_start]
            # (an honorific between the description and the name is passed over: "The county's public health
            # director, Dr. Ann Lee, said")
            honored = HONORIFIC_BEFORE_NAME.search(window) if window.endswith(". ") else None
            pre_window = window[: honored.start()] if honored else window
            # (the pattern ends on a comma and spaces: other windows are not searched)
            pre = PRE_APPOSITION.search(pre_window) if pre_window.rstrip().endswith(",") else None
            if pre and pre.start() == 0 and m_start > 60 and not text[m_start - 62 : m_start - 60].strip(" ").endswith(
                (".", ";", "\n")
            ):
                # (the window cut mid-sentence: its start opens no description, "... red flags for the | Sacramento
                # County Sheriff’s Department and Aubrey’s father, DeAngelo Mansion")
                pre = None
            if pre and CLAUSE_WORDS.search(next(g for g in pre.groups() if g)) and text[m_end : m_end + 1] != ",":
                # "The victim was alive when rescuers reached him, pilot Jim Campbell told": a clause the name
                # reports, not one that describes it ("The first witness was her mother, Ann Lee, who ...")
                pre = None
            if pre:
                roles.append(next(g for g in pre.groups() if g))  # "The ministry's spokesman, Ali Khan, said"
            elif window.endswith(", ") and KIN_BEFORE_COMMA.search(window):
                roles.append("relative")  # "focused on the brother of Lee's girlfriend, DeAndre Jones, who"
            elif window.endswith("as "):
                named = IDENTIFIED_AS.search(window)
                if named:
                    roles.append(named.group(1))  # "The relative who asked to be identified only as Miguel"
            if window.endswith(", ") and NEXT_DOOR_OPENING.search(window):
                roles.append("neighbor")  # "Across the street, Richard Harden said"
            if window.endswith(" "):
                # keep the lowercase title words next to the name ("police spokesman"), stopping at a
                # determiner, punctuation or a verb-like word
                kept: list[str] = []
                last_words = window.split()[-3:]
                for w in reversed(last_words):
                    if not w.isalpha() or not w.islower() or w in DETERMINERS or classify(w) is None:
                        break
                    kept.insert(0, w)
                if not kept:
                    # a kind of body the gazetteer knows by several words: "software security firm Trend Micro"
                    lower = []
                    for w in reversed(last_words):
                        if not w.isalpha() or not w.islower() or w in DETERMINERS:
                            break
                        lower.insert(0, w)
                    if len(lower) >= 2 and lower[-1] in BODY_KIND_NOUNS and classify(" ".join(lower)) is not None:
                        kept = lower
                    elif (
                        len(lower) >= 2
                        and classify(lower[-1]) is None
                        and classify(" ".join(lower[-2:])) not in (None, classify(lower[-2]))
                    ):
                        # a title the gazetteer knows by two words only: "presidential nominee Hillary Clinton", or
                        # one the two words make other than the first word does ("attorney general Wally Oppal")
                        kept = lower[-2:]
                    elif (
                        len(lower) >= 3
                        and all(classify(w) is None for w in lower[-3:])
                        and classify(" ".join(lower[-2:])) is None
                        and classify(" ".join(lower[-3:])) is not None
                    ):
                        # or by three: "conservative talk show host Glenn Beck"
                        kept = lower[-3:]
                if not kept and last_words and last_words[-1] == "host":
                    kept = ["host"]  # "told host Bob Schieffer": a programme's host ("host" alone is no row: "host city")
                if kept and not _object_before(window, kept):
                    # (not the object of a verb before the name, nor a verb: "The woman told police Perez threw
                    # the gun", "she suspects Salazar")
                    roles.append(" ".join(kept))
            if len(roles) >= 4:
                break
        return " ; ".join(roles)

    def _identified_self(self, resolved: str) -> str:
        """The description a speaker gives of itself in a relative clause after its first mention ("one woman, who
        identified herself as the slain teen's cousin"), or ""."""
        if not resolved.rsplit(None, 1)[-1][:1].islower():
            return ""  # (a name is typed by role_of)
        k = self.text.find(resolved + ", who identified ")
        if k < 0:
            return ""
        found = IDENTIFIED_SELF.match(self.text, k + len(resolved))
        return found.group(1) if found else ""

    def _apposed_subject(self, start: int, end: int) -> bool:
        """Whether a name and the description after it that runs into "said" open the clause of that "said" (the
        name at a clause's start or after a cue: '"It was scary," Ann Lee, a neighbor said'), rather than a
        source cited after the name ("... tending to Holder, the sheriff's office said", "Weaver, the police
        said, had moved")."""
        return CLAUSE_OPENING.search(self.text, max(0, start - 16), start) is not None and not CITED_ASIDE.match(
            self.text, end
        )

    def speaker_type(self, resolved: str, speaker: str, cue: str | None = None) -> str:
        """Type by the role the article gives the speaker, the same for all of that speaker's records."""
        key = _type_key(resolved)
        if key in self._types:
            return self._types[key]
        t = self._type(resolved, speaker, cue)
        if t == "foreign government" and cue in PARTY_CUES:
            # "the United States, which accuses him of publishing secret documents" in a story told from Sweden, "the
            # Saudi government denies any role in the attacks": a state that accuses a party or denies its own part
            # is a party to the events, no third state commenting on others
            t = "government"
        if (
            t not in ("other", "government")
            and " " in resolved
            and self._arrested(resolved)
            and (t == "witness or resident" or _type_by_words(resolved, resolved)[0] in (None, "other"))
        ):
            # "One of the residents, Triston Whitmire, 19, was arrested", "Roger Stone, an eccentric longtime Republican
            # strategist ..., was arrested", "Former Rep. Jesse Jackson Jr. (D-Ill.) pleaded guilty": a suspect, whatever
            # else the description makes the person (not one whose own title gives an office held now, "Representative
            # Chris Collins", whom the annotation keeps a politician while indicted; nor an official, whose name a
            # mistaken reading may run into the suspect's)
            t = "other"
        self._types[key] = t
        self._types[resolved.lower()] = t
        return t

    def _chief_type(self) -> str | None:
        """The type of a chief or a captain named by the bare title ("Chief David Brown", "Captain Scott Adams"): the
        police's where the article speaks of the police and not of a fire service, a fire chief's (government) the
        other way round; None otherwise."""
        text = self.text
        police = "olice" in text
        fire = "ire department" in text or "ire chief" in text or "ire Department" in text or "ire Chief" in text
        if police and not fire:
            return "security forces"
        if fire and not police:
            return classify("fire chief")
        return None

    def _police_superintendent(self, resolved: str) -> bool:
        """Whether a superintendent by the bare title is the police's: the article speaks of no school, and of the
        police in the words just before his first mention ("according to police. Superintendent Eddie Johnson")."""
        text = self.text
        if "chool" in text:
            return False
        k = text.find(resolved)
        return k > 0 and text.find("olice", max(0, k - SUPERINTENDENT_POLICE_REACH), k) >= 0

    def _bystander(self, resolved: str) -> bool:
        """Whether the words around the article's first mention of "the man" or "the woman" (either case) make them
        a victim, a relative or a bystander, and none makes them a suspect (an arrest, a charge, a robbery)."""
        text = self.text
        low, cap = text.find(resolved.lower()), text.find(resolved[:1].upper() + resolved[1:].lower())
        k = min(x for x in (low, cap, len(text)) if x >= 0)
        window = text[max(0, k - SUSPECT_REACH) : k + len(resolved) + SUSPECT_REACH_AFTER]
        return BYSTANDER_WORDS.search(window) is not None and SUSPECT_WORDS.search(window) is None

    def _arrested(self, resolved: str) -> bool:
        """Whether the article's first mention of a name says the person was arrested or charged, as a suspect."""
        k = self.text.find(resolved)
        return k >= 0 and ARRESTED_AFTER_NAME.match(self.text, k + len(resolved)) is not None

    def _type(self, resolved: str, speaker: str, cue: str | None) -> str:
        if is_pronoun(resolved):
            return "other"
        if "oll" in speaker and POLL_SPEAKER.search(speaker):
            # "A Fox News poll", "An opinion poll published by Ethnos newspaper": a poll is typed as its kind, whoever
            # ran or published it
            return classify("poll") or "other"
        if " of " in resolved and KIN_DESCRIPTION.match(resolved) and classify(resolved) != "anonymous":
            return "witness or resident"  # (a source stays anonymous: "a source close to the family of the victim")
        if " named " in resolved and (described := DESCRIBED_THEN_NAMED.fullmatch(resolved)):
            # "a woman named Brenda", "a 26-year-old woman named Mary": one the article names by a given name alone,
            # typed as the description before the name (a bystander's, a victim's), which the name says nothing of
            return self._type(described.group(1), described.group(1), cue)
        found, phrase, personal = _type_by_words(resolved, speaker)
        if found is None and resolved[:1] in "TtAa" and (bare := BARE_DOCUMENT.fullmatch(resolved)):
            # "the report" where the article names "the Greenwood police report": the document it takes up, typed by
            # its issuer; "a news release" where "police said in a news release"
            if not bare.group(1) or bare.group(2) in RELEASE_NOUNS:
                found = self._fuller_document_type(bare.group(2))
                police_paper = bare.group(2) == "release" or (bare.group(2) == "report" and not bare.group(1))
                if found is None and police_paper and self._force_release():
                    # "Inglewood police responded to a call ..., according to a news release", "Howard was shuffling
                    # something in the front seat, the report said"
                    found = "security forces"
        if found is not None and not personal and self._writes_former and ("Former " + resolved) in self.text:
            at = self.text.find("Former " + resolved)
            if FORMER_OPENING.search(self.text, max(0, at - 3), at) and ends_with_personal_name(resolved):
                # "Former New York City Mayor Michael Bloomberg" opening a sentence, a word the name leaves out: a
                # title held before is typed as "former" types it
                found = classify("former " + phrase) or found
        role = ""
        apposed = self._apposed.get(resolved)
        if apposed and classify(apposed):
            # "the group" taken up as "Safari Club International, a trophy hunting advocacy group": typed by the
            # role the apposition gives the body, over what its name's words suggest
            return classify(apposed)  # type: ignore[return-value]
        if found is None or found == "other":
            role = self.role_of(resolved) or self._identified_self(resolved)
            if (
                not role
                and resolved.startswith(speaker + " ")
                and speaker.isalpha()
                and f", {speaker}," in self.text
            ):
                # "but his wife, Michele, released a statement", the full name "Michele LaCalamita" written elsewhere:
                # the description goes with the given name the speaker is written by, apposed to it alone
                role = self.role_of(speaker)
            if role.endswith(SUCCESSION_ENDINGS):
                role = ""  # "Mr. Fox’s successor, Felipe Calderón": one who followed another says nothing of a body
            if role and classify(role) is None and role[:4].lower() == "the ":
                role = self._taken_up(role, resolved) or role
            if role and "s " in role and (staff := self._staff_type(role)):
                return staff
            if role:
                kind = classify(role)
                if kind == "other" and (officer := EXPERT_OFFICER.match(role)) and self._outside_company(officer.group(1)):
                    # "Wolfgang Kandek, chief technology officer of Qualys", "Danny McPherson, chief security officer
                    # with Arbor Networks": a firm's technical officer assessing events that are not the firm's own
                    kind = "expert"
                if kind is None and role.endswith("host") and HOST_ROLE.fullmatch(role):
                    # ("the host" apposed: "the host, George Stephanopoulos"; or before the name: "told host Bob
                    # Schieffer")
                    kind = "other media"
                found = kind or ("witness or resident" if _witness_described(role) else found)
            elif found is None and not personal and _known_politician(resolved) and self._on_politics(resolved):
                return "party or politician"  # "Mitt Romney", "Rick Santorum" named without a role in a political story
            elif found == "other" and _known_politician(resolved, former=True) and self._on_politics(resolved):
                return "party or politician"  # "former Massachusetts Governor Mitt Romney"
            elif found is None and not personal and _known_media_figure(resolved):
                return "other media"  # "Bill Kristol", "Rush Limbaugh" named without a role
            elif found is None and not personal and " and " in resolved and self._media_figures_joined(resolved):
                return "other media"  # "Woodward and Bernstein", "Carl Bernstein and Bob Woodward"
            elif found is None and not personal and self._published_in(resolved):
                return "other media"  # "an article in Ebony": a publication, by a name the registry lacks
            elif found is None and " wr" in self.text and self._outlet_writer(resolved):
                return "other media"  # "As Ann Lee writes in a Los Angeles Times piece": a writer of the outlet
            elif " " in resolved and "campaign" in self.text and self._has_campaign(resolved):
                return "party or politician"  # "Donald Trump" where the article has "Trump's campaign": a candidate
        if found == "government" and GOVERNOR_TITLE.search(resolved) and "campaign" in self.text and self._has_campaign(resolved):
            return "party or politician"  # "Texas Gov. Rick Perry" where the article has "Perry's campaign": a candidate
        if found in (None, "other", "government") and " " in resolved and _called_candidate(self.text, resolved):
            # "Democratic presidential hopeful Hillary Clinton", "their party's Senate nominee, Roy S. Moore", "One
            # candidate, Scott Smith, the mayor of Mesa": a candidate, whatever office the name holds
            return "party or politician"
        if (
            found == "government"
            and (role or GOVERNOR_TITLE.search(resolved))
            and (" run for " in self.text or " running for " in self.text)
            and self._runs_for_office(resolved)
        ):
            # "Mike Huckabee, the Baptist minister who became Arkansas governor, announced Tuesday he'll run for the
            # 2016 Republican presidential nomination": a candidate, whatever office the description gives him
            return "party or politician"
        if found == "government" and self._governor_elsewhere(resolved, speaker, role):
            # "Gov. Jack Markell of Delaware, a Democrat, told MSNBC" in a story on an Arizona bill, "New Jersey
            # Republican Gov. Chris Christie" on Donald Trump's plans: a governor commenting on another state's
            # affairs or on national politics speaks as a politician, not for the state whose events are told
            return "party or politician"
        if (
            found == "expert"
            and (staff := COMPANY_EXPERTS.fullmatch(resolved))
            and self._is_company_word(staff.group(1))
            and not self._outside_company(staff.group(1))
        ):
            # "Microsoft security experts estimated ..." in a story on Microsoft's flaw: the company's own staff on
            # its own affairs, other (not a firm from outside the story assessing them)
            return "other"
        if (
            found in (None, "other")
            and not role
            and (titled := EXPERT_OFFICER_TITLE.match(resolved))
            and self._outside_company(titled.group(1))
        ):
            # "Qualys CTO Wolfgang Kandek": the technical officer of a firm from outside the story, as an apposed role
            # makes one (EXPERT_OFFICER)
            return "expert"
        if found is None and " aide" in resolved:
            aide = OWNER_AIDE.fullmatch(resolved)
            served = self._named_in_full(aide.group(1)) if aide else None
            if served:
                return self.speaker_type(served, served)  # "A Pelosi aide" where "House Speaker Nancy Pelosi" spoke
        if found in (None, "other", "government") and (" spokes" in resolved or " spokes" in role):
            # (or the description apposed to a name: "Ann Lee, a spokeswoman for Mr. Hale")
            spokes = PERSON_SPOKESPERSON.fullmatch(resolved) or (PERSON_SPOKESPERSON.fullmatch(role) if role else None)
            served = self._named_in_full(spokes.group(1) or spokes.group(2)) if spokes else None
            if served:
                # "A spokesperson for Grassley", "Weiner's spokesman" where "Sen. Chuck Grassley", "Representative
                # Anthony D. Weiner" are named: typed as the one spoken for
                return self.speaker_type(served, served)
        # (the owned description may be the name's apposition: "His spokesman, Doug Heye, said")
        owned = resolved if resolved[:4].lower() in ("his ", "her ") else role if role[:4].lower() in ("his ", "her ") else ""
        if found == "government" and " spokes" in owned:
            owner = self._pronoun_owner(owned)
            held = self.speaker_type(owner, owner) if owner else None
            if held is not None and (held != "other" or owned[:4] in ("his ", "her ")):
                # "U.N. Secretary-General Antonio Guterres urged restraint, his spokesman said": typed as the one
                # spoken for (owned from the sentence before or by an apposition, only one given a role there:
                # "Vladimir Putin said ... . His spokesman, Dmitry Peskov, said" stays as the word types him)
                return held
        # (an honorific leaves the office untyped by its words: "Mr. Seel’s office")
        if found in ("government", None) and resolved.endswith(("'s office", "’s office")):
            served = self._office_holder(resolved)
            held = self.speaker_type(served, served) if served else None
            if held is not None and held != "other":
                # "Weiner's office" where "Rep. Anthony Weiner" is named: typed as the one whose office it is (not
                # one the article gives no role the gazetteer knows, "Special counsel Robert Mueller")
                return held
        if found is None and "ites" in resolved and RESIDENTS_OF_PLACE.fullmatch(resolved):
            return "witness or resident"  # "Brooklynites on Twitter reported": residents, no outlet
        if found is None and " who " in resolved and _witness_described(resolved):
            return "witness or resident"  # "one woman who lives near the square"
        if found is None and (" in " in resolved or " from " in resolved) and PERSON_IN_PLACE.fullmatch(resolved):
            return "witness or resident"  # "one woman in Qeshm told the BBC": a person of the place, unnamed
        if (
            found is None
            and not personal
            and (cue in ("reported", "reports") or cue in REPORTING_CUES and resolved.isupper())
        ):
            # "Newsday reported", "TPM notes": an unknown name that reports is a news outlet
            return "other media"
        if found is None:
            # (not "the Kansas City Star": a body named after a city, whose state's name is no government)
            named = _named_after_country(phrase) or (" City " in phrase and CITY_NAMED.fullmatch(phrase) is not None)
            countries = countries_in(phrase) if not named else []
            if countries and " " in phrase and phrase[-1:].isalpha():
                advocacy = ADVOCACY_BODY_NAME.search(phrase)
                if advocacy and advocacy.end() == len(phrase) and _advocacy_body(advocacy.group(1)):
                    return "NGO or rights group"  # "Safe Tennessee Project": an advocacy body a state's name names
                named_role = COUNTRY_BEFORE_ROLE.fullmatch(phrase)
                if named_role and countries_in(named_role.group(1)):
                    return "other"
                words = phrase.split()
                if (
                    words[-1] in PERSON_NOUNS
                    and words[0].lower() in DETERMINERS
                    and all(w[:1].isupper() for w in words[1:-1])
                ):
                    return "other"  # "an Oklahoma man", "A Massachusetts woman": a person from there
            if countries:
                found = "government" if countries[0] == self.home else "foreign government"
            elif " at the " in resolved and AT_THE_SCENE.fullmatch(resolved):
                return "witness or resident"
            elif resolved in BARE_DISPATCH:
                # "Dispatch said officers are responding to a shooting", "according to dispatch": the emergency
                # dispatchers, typed as "dispatchers" is (not a row: "The Columbus Dispatch" is a newspaper)
                return classify("dispatchers") or "other"
            elif resolved[:1] in "AaOo" and PERSON_THERE.fullmatch(resolved):
                # "A man walking by the apartment", "One woman outside the home", "a man who called 911", "A woman in a
                # nearby hair salon": one unnamed and described by being there, at or near the scene
                return "witness or resident"
            elif resolved.lower() in BARE_REPORTS and cue not in RECORD_CUES:
                # "Reports indicate that four people were shot": the press, no document named (not "Reports show police
                # had been called to the house", which reads as records)
                return "other media"
            elif _kin_head(resolved):
                return "witness or resident"  # "Deandre’s mom, Terrice Ramey", "her great-aunt"
            elif (resolved.lower() in DEFINITE_PERSONS or AGED_PERSON.fullmatch(resolved)) and self._bystander(resolved):
                return "witness or resident"  # "The woman told police she was leaving her house"
            elif BARE_PERSON.fullmatch(resolved):
                return "witness or resident"
            elif "general" in resolved and BARE_GENERAL.fullmatch(resolved):
                return "security forces"
            elif "ost" in resolved and HOST_TITLE.match(resolved):
                return "other media"  # "host George Stephanopoulos", "the host, Chris Wallace"
            elif resolved.startswith(SUPERINTENDENT_TITLES) and self._police_superintendent(resolved):
                # "Forty police officers ... were able to respond quickly, Superintendent Michael Harrison told NBC
                # station WDSU": the police superintendent (a school's speaks for an institution, typed other)
                return "security forces"
            elif resolved.startswith(SERVICE_TITLES) and (chief := self._chief_type()):
                # "Chief Shelley Zimmerman", "Captain Scott Adams" in a story on the police: the police's
                return chief
            else:
                return self._acronym_body_type(resolved) or "other"
        if found == "government":
            company = COMPANY_ROLE.fullmatch(phrase)
            if company and self._is_company_word(company.group(1)):
                return "other"  # "a WeWork spokesperson" in an article that has WeWork act
            if company and _unknown_initials(company.group(1)):
                # "An NFL spokesman": a body by initials the gazetteer does not know as a state's, typed by its name
                # when the article spells it out ("the Pasco County Sheriff's Office (PCSO)")
                spelled = self._spelled_out(company.group(1))
                return (classify(spelled) or "other") if spelled else "other"
            if "pokes" in phrase and (spoken_for := self._spokesperson_type(WITHHELD_CLAUSE.sub("", phrase), resolved)):
                return spoken_for
            countries = countries_in(phrase + " " + (role or self.role_of(resolved)))
            # the article's country (a scan of the whole text) only when the speaker names one
            if countries and self.home and self.home not in countries:
                return "expert" if _foreign_agency(phrase) else "foreign government"
        return found

    def described_candidates(self, names: set[str], others: set[str]) -> set[str]:
        """The people of `names` (speakers the article gives no role) whom a definite description of a candidate takes
        up: as the subject of its clause, the first of them named in the sentence before ("... and Donald Trump ripped
        President Obama ... The presumptive Republican presidential nominee went so far as to say"); elsewhere, the
        first of them named earlier in its own sentence when none of `others` (speakers who might be the candidate
        meant) is named between ("Donald J. Trump is heading to Mexico ..., but one of the Mexican leader's
        predecessors had a different message for the Republican presidential nominee"; not "Biden ... interrupting
        Ryan ... for the GOP nominee")."""
        text = self.text
        found: set[str] = set()
        for m in sorted((m for pattern in CANDIDATE_DESCRIPTIONS for m in pattern.finditer(text)), key=re.Match.start):
            stop = _sentence_stop(text, m.start())
            if SUBJECT_OPENING.search(text, max(0, m.start() - SUBJECT_OPENING_REACH), m.start()):
                opening = len(text[: stop + 1].rstrip())
                window = text[_sentence_stop(text, opening) + 1 : stop + 1]
                first = _first_named(window, names)
            else:
                window = text[stop + 1 : m.start()]
                first = _first_named(window, names)
                if first and any(_first_named(window[first[0] :], {other}) for other in others):
                    first = None
            if first:
                found.add(first[1])
        return found

    def _governor_elsewhere(self, resolved: str, speaker: str, role: str) -> bool:
        """Whether a governor's title and one US state are written in a speaker's name, as written or in its role
        ("Gov. Jack Markell of Delaware", "Alabama's Republican governor"), and the article names another state more
        often than any other: the state of the events it tells."""
        if "Gov" not in resolved and "overnor" not in resolved and "Gov" not in speaker and "overnor" not in speaker:
            role = role or self.role_of(resolved)
            if "overnor" not in role:
                return False
        described = f"{resolved} {speaker} {role}"
        if not (GOVERNOR_TITLE.search(described) or "governor" in described):
            return False
        states = set(us_states_in(described))
        if len(states) != 1:
            return False
        # (the words around the name first: the states of the events are read over the whole article)
        if not self._on_politics(resolved, beside=True):
            return False
        events = self._states_of_events()
        return bool(events) and events.isdisjoint(states)

    def _states_of_events(self) -> frozenset[str]:
        """The US states of the events an article tells: those its lead sentence names, which names the actors
        ("Arkansas Republican Gov. Asa Hutchinson on Wednesday urged state lawmakers ..."), else those it names most
        often (all of them on a tie); remembered."""
        if self._events_state is None:
            text = self.text
            lead_end = LEAD_END.search(text)
            lead = us_states_in(text[: lead_end.end() if lead_end else LEAD_CHARS][:LEAD_CHARS])
            counts = Counter(lead or us_states_in(text))
            most = max(counts.values(), default=0)
            self._events_state = frozenset(state for state, n in counts.items() if n == most)
        return self._events_state

    def _fuller_document_type(self, head: str) -> str | None:
        """The type of the first mention of a document noun whose one or two words before it type it ("police
        report", "criminal complaint", "court documents"), or for a release or statement whose issuer is said to put
        it out, for the bare "the report" or "a news release" that takes it up; None when the noun is no document or
        no mention's words type it (not as `other`: "a report of shots fired")."""
        if head not in DOCUMENT_HEADS and head[:-1] not in DOCUMENT_HEADS:
            return None
        text = self.text
        k = text.find(" " + head)
        while k >= 0:
            end = k + 1 + len(head)
            if end >= len(text) or not (text[end].isalnum() or text[end] in "'’-"):
                before = DOCUMENT_MODIFIER_BEFORE.search(text, max(0, k + 1 - DOCUMENT_MODIFIER_REACH), k + 1)
                phrases = [text[before.start() : end]] if before is not None else []
                if head in RELEASE_NOUNS:
                    # the issuer said to put it out: "police said in a news release", "a statement from the mayor"
                    said = ISSUER_SAID_IN.search(text, max(0, k + 1 - ISSUER_SAID_IN_REACH), k + 1)
                    issued = ISSUER_FROM.match(text, end)
                    phrases += [m.group(1) for m in (said, issued) if m is not None]
                for phrase in phrases:
                    found = _type_by_words(phrase, phrase)[0]
                    if found not in (None, "other", "anonymous"):
                        return found
            k = text.find(" " + head, end)
        return None

    def _force_release(self) -> bool:
        """Whether a release no issuer is said to put out is the police's: the article names a police force or
        sheriff's office and no other body that puts out releases on a shooting (a prosecutor, a school district)."""
        text = self.text
        if any(word in text for word in OTHER_RELEASE_ISSUERS):
            return False
        return bool(self._force("police") or self._force("deputies"))

    def _taken_up(self, role: str, resolved: str) -> str | None:
        """The indefinite description a definite one takes up ("the aide, Ann Lee" after "A young Republican
        congressional aide resigned"): the first one before the name's first mention whose words the gazetteer
        types, or None."""
        definite = DEFINITE_ROLE.fullmatch(role)
        return self._indefinite_before_name(definite.group(1), resolved) if definite else None

    def _indefinite_before_name(self, head: str, resolved: str, unlike: str | None = None) -> str | None:
        """The first indefinite description with this head noun before the name's first mention ("A young
        Republican congressional aide" for "aide") whose words the gazetteer types, other than as `unlike`; or None."""
        text = self.text
        stop = text.find(resolved)
        k = text.find(" " + head, 0, stop) if stop > 0 else -1
        while k >= 0:
            end = k + 1 + len(head)
            if end < len(text) and not (text[end].isalnum() or text[end] in "'’-"):
                before = INDEFINITE_BEFORE.search(text, max(0, k + 1 - INDEFINITE_REACH), k + 1)
                if before is not None:
                    phrase = text[before.start() : end]
                    if classify(phrase) not in (None, unlike):
                        return phrase
            k = text.find(" " + head, end, stop)
        return None

    def _named_in_full(self, surname: str) -> str | None:
        """The person the article names in full with this surname ("Pelosi": "House Speaker Nancy Pelosi"), for one
        who speaks for them (an aide, a spokesperson, an office, staff), or None when it names no such person."""
        served = self._resolve(surname, len(self.text))
        if served != surname and not is_pronoun(served) and ends_with_personal_name(served):
            return served
        return None

    def _pronoun_owner(self, resolved: str) -> str | None:
        """The person named at the opening of the sentence in which "his spokesman" or "her spokeswoman" speaks, whom
        the pronoun owns, or None."""
        k = self.text.find(resolved)
        if k < 0:
            return None
        gender = "m" if resolved[:4].lower() == "his " else "f"
        stop = _sentence_stop(self.text, k)
        owner = self._subject_at(stop, k, k, gender, titled=True)
        if owner is None and resolved[:1].isupper() and stop > 0:
            # "Steele said the war was unwinnable. His spokesman, Doug Heye, said": a description opening its sentence
            # is owned by the person who opens the sentence before, who may have spoken there
            before = _sentence_stop(self.text, stop)
            owner = self._subject_at(before, stop, before + 1, gender, titled=True)
        return owner

    def _office_holder(self, resolved: str) -> str | None:
        """The person named in full whose office a speaker is ("Weiner's office": "Rep. Anthony Weiner"), or None."""
        office = PERSON_OFFICE.fullmatch(resolved)
        return self._named_in_full(office.group(1)) if office else None

    def _staff_type(self, role: str) -> str | None:
        """The type of the person a named speaker serves as staff ("Farenthold’s chief of staff" where "Rep. Blake
        Farenthold" is named), or None when the role names no such person."""
        staff = STAFF_OF_PERSON.fullmatch(role)
        served = self._named_in_full(staff.group(1)) if staff else None
        return self.speaker_type(served, served) if served else None

    def _spokesperson_type(self, phrase: str, resolved: str) -> str | None:
        """The type of a spokesperson the gazetteer calls government by the word alone, taken from whom the article
        says the spokesperson speaks for; None where it ties the spokesperson to no one the gazetteer gives way to."""
        owner = OWNER_SPOKESMAN.fullmatch(phrase)
        if owner and not owner.group(1).isupper() and classify(owner.group(1)) is None:
            # "a Ryan spokesman": the spokesman of one the article names in full ("House Speaker Paul Ryan") is
            # typed as it is; "Angels spokesman Tim Mead": of a company or club the article has act, other (not
            # initials, "DA spokesman", "OEMC spokeswoman", mostly public offices the gazetteer does not know)
            full = self._resolve(owner.group(1), len(self.text))
            if full != owner.group(1) and not is_pronoun(full) and not countries_in(owner.group(1)):
                return self.speaker_type(full, full)
            if self._is_company_word(owner.group(1)):
                return "other"
        if owner and (classify(owner.group(1)) == "other" or _company_of_country(owner.group(1))):
            # "Academy spokeswoman Leslie Unger", "France Telecom spokesman Louis-Michel Aymard", "a Vodafone India
            # spokesman": of a body the gazetteer types as no state's, whatever country its name holds
            return "other"
        noun = SPOKESPERSON_FOR_NOUN.search(phrase)
        if noun and classify(noun.group(1)) is None and (" " + noun.group(1).capitalize()) in self.text:
            # "a spokesman for the fair" taking up "the Central Florida Fair", "for the hospital" taking up
            # "Beaumont Hospital": a body the article names and the gazetteer does not know
            return "other"
        if noun and classify(noun.group(1)) is None:
            # "A spokesperson for the hospital" in an article that names no hospital: typed as the gazetteer types a
            # "hospital spokesperson", where it has such a row
            kind = classify(noun.group(1) + " spokesperson")
            if kind != classify("spokesperson"):
                return kind
        titled = SPOKESPERSON_TITLE.match(phrase)
        if titled and _generic_only(phrase):
            # "Spokesman Ali Hassan" after "A police spokesman said": the title takes up the spokesperson the article
            # described before naming him, typed by that description's body
            earlier = self._indefinite_before_name(titled.group(1).lower(), resolved, unlike=classify(titled.group(1)))
            if earlier is not None:
                return classify(earlier)
        where = self.text.find(", where " + resolved)
        if where > 0 and _generic_only(phrase):
            body = BODY_BEFORE_WHERE.search(self.text, max(0, where - 80), where)
            if body:
                # "Beaumont Hospital, where spokeswoman Ilene Wolff said": the spokesperson of the body named
                # before, typed as that body (other when the gazetteer does not know it: a hospital, a company)
                return classify(body.group()) or "other"
        return None

    def _on_politics(self, resolved: str, beside: bool = False) -> bool:
        """Whether the text around a name's first mention speaks of parties, elections or a legislature, where a
        well-known politician's name is that politician's (not the namesake a company story quotes: "John McCain,
        senior vice president, HP Services"). With `beside`, in the text before and after the name only, whose own
        title ("Florida Gov. Rick Scott") says nothing of the story."""
        k = self.text.find(resolved)
        if k < 0:
            return False
        end = k + len(resolved)
        if beside:
            return (
                POLITICAL_CONTEXT.search(self.text, max(0, k - POLITICAL_REACH), k) is not None
                or POLITICAL_CONTEXT.search(self.text, end, end + POLITICAL_REACH) is not None
            )
        return POLITICAL_CONTEXT.search(self.text, max(0, k - POLITICAL_REACH), end + POLITICAL_REACH) is not None

    def _media_figures_joined(self, resolved: str) -> bool:
        """Whether a joint speaker of two is only the media's people ("Carl Bernstein and Bob Woodward"), each a known
        media figure or described as the media's where the article names them in full ("Woodward and Bernstein" after
        "Washington Post reporters Bob Woodward and Carl Bernstein"): typed as one of them alone is."""
        members = resolved.split(" and ")
        if len(members) != 2:
            return False
        for member in members:
            if " " not in member:
                member = self._named_in_full(member) or member
            if not (_known_media_figure(member) or classify(member) in MEDIA_TYPES):
                return False
        return True

    def _outlet_writer(self, resolved: str) -> bool:
        """Whether a person named in full writes a piece for an outlet the gazetteer knows as media ("Ann Lee writes
        in a Los Angeles Times piece", "wrote in a Washington Post column"); not an outlet it does not know."""
        for end in self._full_name_ends(resolved):
            piece = OUTLET_PIECE_BY.match(self.text, end)
            if piece and classify(piece.group(1).strip()) in MEDIA_TYPES:
                return True
        return False

    def _full_name_ends(self, resolved: str) -> Iterator[int]:
        """Where each place the text writes a person named in full ends, none for a phrase that ends on no personal
        name: what _outlet_writer and _runs_for_office read right after the name."""
        if not ends_with_personal_name(resolved):
            return
        k = self.text.find(resolved)
        while k >= 0:
            k += len(resolved)
            yield k
            k = self.text.find(resolved, k)

    def _runs_for_office(self, resolved: str) -> bool:
        """Whether the sentence that names a person in full says they will run for a nomination or the presidency
        ("..., announced Tuesday he'll run for the 2016 Republican presidential nomination")."""
        text = self.text
        for end in self._full_name_ends(resolved):
            stop = text.find(". ", end, end + RUN_FOR_REACH)
            if RUN_FOR.search(text, end, stop if stop >= 0 else min(len(text), end + RUN_FOR_REACH)):
                return True
        return False

    def _has_campaign(self, resolved: str) -> bool:
        """Whether a person named in full has a campaign in the article ("Trump’s campaign", "the Clinton campaign"):
        a candidate in the race the article covers, whatever the person did before."""
        if not ends_with_personal_name(resolved):
            return False
        surname = resolved.split()[-1]
        if any(surname + end in self.text for end in CAMPAIGN_ENDINGS):
            return True
        # ("endorsed Texas Governor Rick Perry for the Republican presidential nomination": a candidate)
        k = self.text.find(resolved + " for the ")
        return k >= 0 and NOMINATION_SOUGHT.match(self.text, k + len(resolved)) is not None

    def _acronym_body_type(self, resolved: str) -> str | None:
        """The type of the body whose initials open a speaker ("SAG leaders"), when the article spells the body out
        ("Screen Actors Guild") and the gazetteer knows it as an organisation of its own kind."""
        words = resolved.split()
        first = words[0]
        if len(words) < 2 or not (2 <= len(first) <= 6 and first.isupper() and first.isalpha()):
            return None
        spelled = self._resolve(first, len(self.text))
        kind = classify(spelled) if spelled != first else None
        return kind if kind in ORGANISATION_TYPES else None


@lru_cache(maxsize=2)
def _known_names(file: str) -> frozenset[str]:
    """The names of a data file of people a reader of US news knows (`data/politicians.csv`, `data/media_figures.csv`),
    folded (the files write apostrophes straight, as the lookup makes them)."""
    return frozenset(row["name"].lower() for row in read_rows(file))


def _name_words(resolved: str) -> list[str]:
    """A speaker's words for lookup in a list of names, middle initials left aside, apostrophes made straight."""
    return [w for w in resolved.replace("’", "'").split() if not (len(w) == 2 and w[0].isupper() and w[1] == ".")]


def _known_media_figure(resolved: str) -> bool:
    """Whether a speaker is only the name of a commentator, host or reporter a reader of US news knows ("Bill Kristol",
    "Rush Limbaugh", "Bob Woodward"), typed as the media where the article gives the person no role."""
    if " " not in resolved or not resolved[:1].isupper():
        return False
    return " ".join(_name_words(resolved)).lower() in _known_names("media_figures.csv")


def _known_politician(resolved: str, former: bool = False) -> bool:
    """Whether a speaker is only the name of a politician a reader of US news knows ("Rick Santorum", "Mitt Romney"),
    a middle initial left aside: the annotation types such a name a politician where the article gives the person no
    role (a title it gives types the name as ever: "Senate Majority Leader Mitch McConnell"). With `former`, whether
    it is a former office and such a name ("former Massachusetts Governor Mitt Romney"), a politician still, where
    "former" alone makes one who speaks for no one."""
    if " " not in resolved or (not former and not resolved[:1].isupper()):
        return False
    words = _name_words(resolved)
    if not former:
        return " ".join(words).lower() in _known_names("politicians.csv")
    if not (words[0].lower() == "former" or words[0].lower().startswith("ex-")):
        return False
    return any(" ".join(words[-k:]).lower() in _known_names("politicians.csv") for k in (2, 3) if len(words) > k)


def _without_possessive(resolved: str, speaker: str) -> str:
    """A fuller name found for a speaker without its possessive ending ("President Donald Trump’s response" for "the
    president"): the owner is the speaker, not what is owned. Only a name of two words or more written so where the
    speaker is not, so that a one-word company name ("Macy's") keeps its own, and not after "of" ("A friend of
    Ivanov's", whose possessive is part of the description)."""
    if (
        resolved.endswith(POSSESSIVE_ENDINGS)
        and not speaker.endswith(POSSESSIVE_ENDINGS)
        and " " in resolved
        and " of " not in resolved
    ):
        return resolved[:-2]
    return resolved


def _named_after_country(phrase: str) -> bool:
    """Whether a name ends on a country after a name of its own ("T-Mobile USA", "Bank of America"): a body named
    after the country it works in, not the country's government."""
    words = phrase.split()
    if len(words) < 2 or words[0].lower() in DETERMINERS or not words[0][:1].isupper():
        return False
    if not countries_in(words[-1]):
        return False
    if not all(w[:1].isupper() or w in NAME_CONNECTORS for w in words[:-1]):
        return False  # ("Ms. Pelosi and senior Democrats", "observers in Arizona": people of the country)
    if words[-2] in COUNTRY_NAME_WORDS or phrase.endswith(_country_name_endings()):
        return False  # ("South Sudan", "Republic of South Sudan", "United Arab Emirates": the country's own name)
    head = " ".join(words[:-1])
    return not countries_in(head) and classify(head) is None


@lru_cache(maxsize=1)
def _country_name_endings() -> tuple[str, ...]:
    """The countries' names of several words, each after a space, for str.endswith."""
    return tuple(" " + name for name in _countries() if " " in name)


def _plural_people(resolved: str) -> bool:
    """Whether a speaker is a group of people by a plural noun ("Tea Party members", "local residents"), which
    a pronoun "it" does not take up (unlike "AMD officials", which may stand for the company)."""
    return resolved.rsplit(None, 1)[-1] in PEOPLE_PLURALS


def _inside_quotation(text: str, at: int) -> bool:
    """Whether `at` lies inside a quotation opened before it on its line: more opening curly marks than closing ones
    before it, or an odd number of straight ones."""
    opening = text[text.rfind("\n", 0, at) + 1 : at]
    return opening.count("“") > opening.count("”") or opening.count('"') % 2 == 1


@lru_cache(maxsize=8192)
def _kin_head(resolved: str) -> bool:
    """Whether a speaker's head noun (before any apposed name) is a relative the gazetteer holds no word for: "his
    mom", "grandma", "Mark Weekly's sister-in-law", "her great-uncle"."""
    head = resolved.split(",", 1)[0].rsplit(None, 1)[-1].lower() if resolved.strip() else ""
    if head in FAMILIAR_KIN:
        return True
    if "-" not in head or not KIN_AFFIXED.fullmatch(head):
        return False
    # (the kin noun inside: "great-aunt", "step-grandmother", "ex-girlfriend", "brothers-in-law")
    core = head.split("-in-law")[0].rsplit("-", 1)[-1]
    return core in KIN_HEADS or core in FAMILIAR_KIN or classify(core) == "witness or resident"


@lru_cache(maxsize=8192)
def _type_by_words(resolved: str, speaker: str) -> tuple[str | None, str, bool]:
    """What the words of a speaker say of its type, before the article is consulted: (type or None, the
    phrase typed, whether the name has an honorific). Remembered: it depends on the two phrases only."""
    words = resolved_words = resolved.lower().split()
    head = words[-1] if words else ""
    if len(words) > 1 and head in OWNED_SOURCES and words[-2].endswith(("'s", "’s")):
        # "Former Maryland Gov. Martin O'Malley's campaign": a campaign runs now, whatever its candidate was
        owned = classify(head)
        if owned == "party or politician":
            return owned, resolved, False
    own = phrase = resolved
    if " by " in resolved:
        held = OBTAINED_BY.search(resolved)
        if held:
            # "real estate records obtained by The Associated Press": the medium that got a document is not its issuer
            own = phrase = resolved[: held.start()]
            words = phrase.lower().split()
            head = words[-1] if words else ""
    if head in DOCUMENT_HEADS and not own.split()[-1][:1].isupper():
        # A document speaks for its issuer: "a government social media post" is the government's.
        phrase = DOCUMENT_WORDS.sub(" ", own)
    # A person's name is not an organisation: "Mr. Bloomberg" is typed by his role, not by the agency.
    personal = not HONORIFICS.isdisjoint([w.rstrip(".") for w in resolved_words]) or (
        "Father " in resolved and CLERICAL_TITLE.search(resolved) is not None
    )
    found = None if personal else classify(phrase)
    if personal and (titled := HONORIFIC_AFTER_TITLE.match(resolved)):
        # "East Baton Rouge Parish Coroner Dr. Beau Clark": the title before the honorific types the person
        found = classify(titled.group(1))
    if found is not None and "." in resolved:
        name = PERSONAL_NAME_END.search(resolved)
        if name and classify(name.group().split(None, 1)[0]) is None:
            # "Harold L. Child Jr.": typed by a title before the name alone ("Police Chief John A. Smith"), if any;
            # a first word the gazetteer knows is a title, not a first name ("Sheriff T. Walton")
            title = resolved[: name.start()].strip()
            found = classify(title) if title else None
    if found is None and not personal:
        short = UNDOTTED_TITLE.match(resolved)
        if short and classify(short.group(1)) is None:
            # "Sen Dick Durbin": a title's abbreviation written without its stop is that title ("Sen.")
            found = classify(short.group(1) + ".")
    if found == "government" and " City " in phrase:
        named = CITY_NAMED.fullmatch(phrase)
        if named and named.group(1) not in CITY_OFFICES and classify(named.group(1)) is None:
            # "the Kansas City Star", "the Kansas City Chiefs": a body named after its city, which "city" alone
            # had typed as the city's government
            found = classify(named.group(1).lower())
    if resolved.endswith(("charge", "charges")) and CHARGE_DOCUMENT.fullmatch(resolved):
        # the charges speak for the prosecution that brought them, whatever their words name ("child abuse")
        found = classify("charge sheet")
    if found is None and resolved.lower().endswith(EXAMINER_DOCUMENTS):
        found = classify("medical examiner")  # an autopsy is the examiner's
    elif found is None and phrase is not resolved and not personal:
        # a document that names no issuer but is one's own: "the indictment" (not "a news release", whose "news"
        # says nothing of who put it out)
        whole = classify(own)
        found = whole if whole not in MEDIA_TYPES else None
    if found is not None and " and " in phrase:
        # joint speakers ("officials and state media", "Smith and the ministry"): typed by the first,
        # when the "and" joins two short noun phrases (not "slides ... and obtained by the Post")
        head, rest = phrase.split(" and ", 1)
        first_member, comma, others = head.partition(", ")
        if comma and others.split(None, 1)[0] not in LIST_BREAKERS:
            head = first_member  # ("the mayor, the chamber and a company": a list, typed by its first member)
        # (not two titles of one person: "AMD president and chief executive Rory Read", typed by the longer title)
        second = rest.split()
        titles = (
            head.split()[-1].islower()
            and len(second) >= 3
            and all(w.isalpha() and w.islower() and w not in DETERMINERS for w in second[:-2])
            and ends_with_personal_name(rest)
        ) or (head.endswith(" President") and BODY_PRESIDENT.search(phrase) is not None)
        # ("Philadelphia 76ers President and General Manager Ed Stefanski": capitalised titles of one person)
        verb = rest.split()[0].endswith("ed") and "-" not in rest.split()[0]  # (not "Arkansas-based")
        if len(head.split()) <= JOINT_HEAD_WORDS and not verb and not titles:
            first = classify(head)
            if first is None and head.split()[-1][:1].isupper() and JOINED_KINDS.match(rest):
                # "both Microsoft and numerous security firms": a name the gazetteer does not know, joined to
                # bodies of a kind it is not said to share ("Waters and other neighbors" is one of them)
                found = None
            else:
                found = first or found
    # (whether the speaker ends with a name, asked once for the two tests below)
    name_ends = found is not None and _ends_with_name(resolved)
    if found == "anonymous" and name_ends:
        # a named person is no anonymous source: "CBS Sports NFL Insider Jason La Canfora"
        found = classify(phrase, anonymous=False)
    if found is not None and name_ends and not _is_gazetteer_name(resolved):
        words = resolved.split()
        if (
            classify(words[-1]) == found
            and (
                classify(words[-1].lower()) is None
                or _titled_surname(words, found)
                or (
                    found == "witness or resident"
                    and not _gazetteer_word(words[-1])
                    and classify(" ".join(words[:-1])) is None
                )
            )
            and not _determined_acronym(words)
            and not _determined_masthead(words)
        ):
            # (a common noun of the gazetteer, "Inquirer", "Tribune", is the body's own word, no surname)
            # "New York City Mayor Michael Bloomberg": typed by the title before the name, not by a
            # body that shares the surname
            found = classify(" ".join(words[:-1])) if len(words) > 2 else None
    if found is None and not personal and ("families" in words or "oved" in resolved and LOVED_ONES.search(resolved)):
        # "the families of the wounded men", "Loved ones": relatives typed as the file types "family", in typing alone
        # (the plural in the gazetteer would make new speakers of "families and" or "the families of the")
        found = classify("family")
    if (
        found is None
        and speaker
        and not is_pronoun(speaker)
        and speaker != resolved
        and not ("website" in speaker and (owner := _document_issuer(speaker)) and resolved.endswith(owner))
        and not _honorific_name(speaker)
    ):
        # the description as written ("Brian Jansen with the Dearborn County Sheriff's Office"; not a website named
        # with its owner, "the websites of Axxess and Afrihost", the owner's and no outlet; not a person's name after
        # an honorific, "Mr. Bloomberg", no outlet either)
        found = classify(speaker)
    elif (
        found is not None
        and len(speaker) > len(resolved)
        and speaker.startswith(resolved)
        and NAME_THEN_BODY.match(speaker, len(resolved))
        and _generic_only(phrase)
    ):
        # a title the gazetteer knows only as a generic word yields to the body named after the name: "Inspector
        # Rick Flores with the Los Angeles County Fire Department" is the fire service's
        found = classify(speaker[len(resolved) :]) or found
    return found, phrase, personal


def _honorific_name(phrase: str) -> bool:
    """Whether a phrase is only a name after an honorific ("Mr. Bloomberg", "Ms. Ann Lee"; not "Ms. Pelosi's
    spokesman"): a person as written, whose words say nothing of a body the gazetteer may share a name with."""
    words = phrase.split()
    return (
        len(words) > 1
        and words[0].lower().rstrip(".") in HONORIFICS
        and all(w[:1].isupper() for w in words[1:])
        and not words[-1].endswith(POSSESSIVE_ENDINGS)
    )


def _generic_only(phrase: str) -> bool:
    """Whether every gazetteer pattern in a phrase is a generic word ("spokesman", "inspector")."""
    return all(sp.tier == TIERS["generic"] for sp in _matches(phrase))


def _titled_surname(words: list[str], found: str) -> bool:
    """Whether a name that ends on a news outlet's name is a person's, typed by the title before the first name
    ("New York City Mayor Michael Bloomberg", "Former New York City Mayor Michael Bloomberg"): a title the gazetteer
    knows of another kind, then a capitalised first name it does not know, before the outlet's word."""
    if found not in MEDIA_TYPES or len(words) < 3 or classify(words[-2]) is not None:
        return False
    title = classify(" ".join(words[:-2]))
    return title is not None and title != found


def _determined_acronym(words: list[str]) -> bool:
    """Whether a speaker is a determiner and a word of capitals only ("THE UN", "the NAACP"): a body's initials,
    not a surname (as "Apple TV" is not the body "TV")."""
    last = words[-1]
    return len(last) > 1 and last.isalpha() and last.isupper() and all(w.lower() in DETERMINERS for w in words[:-1])


def _determined_masthead(words: list[str]) -> bool:
    """Whether a speaker is "the" and capitalised words the gazetteer does not know, ending on an outlet's word ("the
    Boston Globe"): a newspaper's name, since no person's name follows the article straight without a title ("the Rev.
    John Globe", or "New York City Mayor Michael Globe", typed by its title)."""
    return (
        len(words) > 2
        and words[0].lower() == "the"
        and all(w[:1].isupper() and "." not in w for w in words[1:])
        and classify(" ".join(words[1:-1])) is None
    )


def _named_body_role(role: str) -> bool:
    """Whether a role without an article is one in a named body of a kind the gazetteer knows (", director of the
    NAACP's Washington bureau"), or in a party that its name makes one (", chairman of the Republican National
    Committee"; not ", gunmen approached the party at Peregrine Park")."""
    kind = classify(role)
    if kind not in NAMED_ROLE_TYPES:
        return False
    named = NAMED_BODY_ROLE.search(role)
    return named is not None and (kind in ORGANISATION_TYPES or classify(role[named.end() - 1 :]) == kind)


def _body_role_typed(body: str, role: str) -> bool:
    """Whether a role after a body's name, apposed to a name without an article, types its holder: every word of the
    role is one the gazetteer knows (not a cue and its object: ", Dallas police said", ", Tom Bell told reporters"),
    and the body is known too or the role says more than a generic word (", Lakewood police spokesman", ", Lakewood
    mayor"; not ", Acme Corp. spokesman", a company's, nor a body the gazetteer knows only by the country in its
    name)."""
    if any(classify(word) is None for word in role.split()):
        return False
    return classify(body.strip()) is not None or not _generic_only(role)


def _titled_body_role(role: str, title: str) -> bool:
    """Whether a capitalised title of a body apposed to a name types its holder: as a role without an article
    does (an expert, an officer of a named body or of a government body), or a government title whose words say
    more than a bare officer's ("Governor", "City Council President"; not "Vice President of Sales for Dräger",
    which a company or a charity has too) or whose body is the government's ("Director of Communications for the
    Harris County District Attorney's Office")."""
    kind = classify(role)
    if kind == "expert" or _named_body_role(role) or _government_body_role(role):
        return True
    if kind != "government":
        return False
    own = " ".join(w for w in title.split() if w not in BARE_OFFICER_WORDS)
    return (bool(own) and classify(own) == "government") or classify(role[len(title) :].split(None, 1)[-1]) == "government"


def _government_body_role(role: str) -> bool:
    """Whether a role without an article names a government body ("deputy director of the health commission"), or a
    body the gazetteer names as the government's by more than a generic word, headed by the officer the role names
    (", director of the Office of Management and Budget"; not ", chairman of the Department of Medicine at ...", any
    body's department), or a public office of a place (", deputy mayor of Boston")."""
    if classify(role) != "government":
        return False
    if GOVERNMENT_BODY.search(role) is not None or PLACE_OFFICE_ROLE.match(role) is not None:
        return True
    # (an officer's title before the body: not ", during his client's arraignment at Brooklyn Criminal Court")
    officer = OFFICER_OF.search(role)
    body = officer.group(1) if officer else ""
    return bool(body) and classify(body) == "government" and not _generic_only(body)


def _spokesperson_of_government_role(role: str) -> bool:
    """Whether a role without an article is a spokesperson's for a body the gazetteer types as the government's or its
    police (", spokesman for the coroner's office", ", spokesman for the sheriff's office"): the spokesperson speaks
    for that body."""
    words = role.split(None, 2)
    if len(words) < 3 or words[0] not in SPOKESPERSON_WORDS or words[1] not in ("for", "of"):
        return False
    if "chool" in words[2]:
        return False  # (not ", spokeswoman for Hamilton City Schools": a school district's staff are typed other)
    body = classify(words[2])
    return body in ("government", "security forces") and classify(role) == body


def _is_named(phrase: str) -> bool:
    """Whether a speaker is named ("Derrick Williams", "Mayor Ruiz") rather than described ("a man")."""
    words = phrase.split()
    return bool(words) and (
        any(w[:1].isupper() for w in words[1:]) or (words[0][:1].isupper() and words[0] not in NON_NAME_WORDS)
    )


def _ends_with_name(phrase: str) -> bool:
    """Whether a phrase ends with a personal name: two capitalised words that do not end an organisation
    or a place ("Sheriff Tim Bailey", not "U.S. Geological Survey")."""
    words = phrase.split()
    if len(words) < 2:
        return False
    given, last = words[-2], words[-1]
    return (
        given[:1].isupper()
        and last[:1].isupper()
        and given.isalpha()
        and last.isalpha()
        and last not in ORG_ENDINGS
        and last not in PLACE_ENDINGS
        and not countries_in(given + " " + last)
    )


# Lowercase title words ending on "to" or "for" right before a country and a name ("former special envoy to
# Ukraine Kurt Volker", "the ambassador to France Jean Roux"): group 2 is the title's head.
TITLE_TO_PLACE = re.compile(r"(?<![\w'’-])((?:(?:[Ff]ormer|[a-z][\w-]*)[ \t]+){0,3}?([a-z][\w-]*)[ \t]+(?:to|for)[ \t]+)$")
# Words of a story on parties, elections or a legislature (SpeakerIndex._on_politics), looked for within
# POLITICAL_REACH characters either side of a name's first mention (about its sentence and the ones beside it).
POLITICAL_CONTEXT = re.compile(
    r"\b(?:Republicans?|Democrats?|Democratic|GOP|Senate|Congress|campaign|election|presidential|primary|candidates?|"
    r"nominee|caucus(?:es)?|President|White\s+House|politic(?:s|al|ians?)|voters?|lawmakers?|conservatives?|liberals?|"
    r"Sen\.|Rep\.|Gov\.)(?![\w-])"
)
POLITICAL_REACH = 400  # characters: about the sentence of the name and the sentences beside it
# The end of a sentence between two mentions.
SENTENCE_STOP = re.compile(r"[.!?][\"'”’]?\s|\n")
# A short capitalised word opening a name ("Sen Dick Durbin", "Gov Ann Lee"): group 1 is typed as the abbreviated
# title it may be written for without its stop, when the gazetteer knows it with the stop ("Sen.") and not without.
UNDOTTED_TITLE = re.compile(r"([A-Z][a-z]{1,3})[ \t]+[A-Z][a-z]")
# An officer's titles that follow the initials of the body the officer speaks for ("NAACP President").
OFFICER_TITLES = frozenset("president chairman chairwoman chair director chief head leader spokesman spokeswoman".split())
# Title words that a sentence's first letter capitalises before a name, read as the lowercase word.
SENTENCE_CAPITALS = {"Former": "former"}


def _gazetteer_word(word: str) -> bool:
    """Whether a word, lowercased, is a common noun of the gazetteer as it stands ("Tribune", "Inquirer"), not only
    by the plural or possessive ending a match sets aside: "Childs", "Sons" or "Brothers" ending a name whose other
    words type nothing are surnames, not a child or a relative."""
    return word.lower().replace("’", "'") in _gazetteer()[1]


def _is_gazetteer_name(phrase: str) -> bool:
    """Whether the whole phrase is a body the gazetteer names ("Human Rights Watch", "the Associated Press")."""
    exact, folded, _ = _gazetteer()
    bare = LEADING_THE.sub("", phrase.strip())
    return bare in exact or bare.lower() in folded


def ends_with_personal_name(phrase: str) -> bool:
    """Whether a phrase ends with a personal name, not with a body the gazetteer knows ("former adviser Fiona
    Hill", not "the Associated Press")."""
    words = phrase.split()
    joined = " ".join([*words[:-2], *(w.replace("-", "") for w in words[-2:])])  # ("Eva-Marie Persson")
    return _ends_with_name(joined) and not _is_gazetteer_name(" ".join(words[-3:]))


def _object_before(before: str, kept: list[str]) -> bool:
    """Whether the lowercase words kept before a name as its title are a group a verb speaks to or a verb after a
    subject pronoun: "told police Perez threw the gun", "she suspects Salazar"."""
    word = kept[-1]
    if not (word == "police" or word.endswith("s") and not word.endswith(("ss", "us", "is"))):
        return False  # (a title of one: "told lawyer Joseph Sellers", "asked resident David Cintron")
    head = before.rstrip()
    return OBJECT_BEFORE_TITLE.search(head, 0, max(0, len(head) - len(" ".join(kept)))) is not None


@lru_cache(maxsize=8192)
def _is_person(phrase: str) -> bool:
    words = phrase.split()
    if not words or classify(phrase) in ("anonymous",):
        return False
    if " in " in phrase:
        # "Police in Lake Placid": what stands before the place ("John Smith in Chicago" is a person)
        return _is_person(phrase.split(" in ", 1)[0])
    if words[0] in ("The", "the") and len(words) > 1 and words[-1].isupper() and len(words[-1]) > 1:
        return False  # "The UN", "the FBI": a body by its initials
    last = words[-1].lower()
    if len(words) > 1 and last in DOCUMENT_HEADS:
        return False  # "a BuzzFeed news report": a document, no "he" or "she"
    if len(words) > 1 and last in ARMED_SERVICE_NOUNS:
        return False  # "The Indian navy", "the U.S. Army": a service, "it"
    if len(words) > 1 and words[-1] in ("Nations", "States", "Forces", "Services", "Affairs", "Emirates"):
        return False  # "United Nations", "Veterans Affairs": a body whose name ends on a plural
    if all([w[:1].isupper() for w in words[1:]]) and words[0][:1].isupper() | (words[0] == "the") and (
        _is_gazetteer_name(phrase) or len(words) == 2 and words[0] in ("The", "the") and classify(phrase)
    ):
        return False  # "White House", "The Guardian", "the Tribune": a body the gazetteer names, no person
    if len(words) == 1 and phrase.isupper() and phrase.isalpha() and len(phrase) > 1:
        return False  # "WASHINGTON", "NRA": a dateline or a body's initials, not a surname ("D.Z." may be one)
    if (
        len(words) >= 3
        and words[-1] in PLACE_ENDINGS
        and all(w[:1].isupper() and classify(w) is None or w in NAME_CONNECTORS for w in words[:-1])
    ):
        # "Tampa General Hospital": a place ("Derric Hall" is a name; "President Trump Tower" a misread title)
        return False
    head = GROUP_HEAD_END.split(phrase, 1) if not GROUP_HEAD_END_WORDS.isdisjoint(words) else ()
    if len(head) > 1 and PLURAL_HEAD.fullmatch(head[0]) and classify(head[0]) is not None:
        return False  # "Officials with Carilion Memorial Hospital": a group named by what it belongs to
    if (
        len(head) > 1
        and (noun := head[0].rsplit(None, 1)[-1]).islower()
        and PLURAL_HEAD.fullmatch(noun)
        and not noun.endswith(("ias", "us", "is"))  # (singulars: "an alias", "a bus", "his analysis")
    ):
        return False  # "Family members of the child": a group, by the lowercase plural before "of"
    for i, w in enumerate(words[:-2]):
        if (
            (w in ORG_ENDINGS or w in BODY_PLURALS)
            and words[i + 1] in ("of", "for")
            and all(x[:1].isupper() or x in NAME_CONNECTORS for x in words[i + 2 :])
            and sum(x[:1].isupper() for x in words[i + 2 :]) <= 3  # (not "... for Women President Terry O'Neill")
        ):
            return False  # "Texas Department of Criminal Justice": a body's name, its object capitalised
    low = phrase.lower()
    collective = phrase.split(" of ", 1)[0].rsplit(None, 1)[-1]
    if collective.lower() in COLLECTIVE_PEOPLE and (collective.islower() or len(words) == 1):
        return False  # "Michael's family", "The family of a 17-year-old", "The couple": people, "they"
    if _ends_with_name(phrase):
        # a personal name at the end: "Waco Police Sgt. Patrick Swanton"
        return True
    if countries_in(phrase) and len(words) <= 2 and not any(w[0].isupper() for w in words[1:]):
        return False
    if (
        INSTITUTION_HEADS.intersection(low.split())
        or low.endswith(("s", "media"))
        and not low.endswith("witness")
        and (len(words) > 1 or classify(phrase) is not None)
    ):
        # bodies and plurals: "the ministry", "Witnesses", "officials" (not "a witness", one person)
        return False
    caps = [w for w in words if w[:1].isupper()]
    if caps and caps[-1] in ORG_ENDINGS:
        return False
    if len(words) == 1 and (caps or LOWER_PREFIX_NAME.match(phrase)):
        # a surname ("Guerrero", "diGenova"), unless the gazetteer knows it as a body ("Reuters", "Police")
        return classify(phrase) is None
    return any(
        w in low
        for w in (
            "man",
            "woman",
            "spokes",
            "minister",
            "officer",
            "resident",
            "neighbor",
            "witness",
            "mother",
            "father",
            "president",
            "chief",
            "leader",
            "girl",
            "boy",
            "teen",
            "source",
        )
    ) or bool(caps)


def _called_candidate(text: str, resolved: str) -> bool:
    """Whether the text calls a named speaker a candidate right before its name, a comma between at most ("presidential
    hopeful Hillary Clinton", "their party's Senate nominee, Roy S. Moore", "One candidate, Scott Smith, the mayor of
    Mesa"): the name alone, without a description written after it nor a title before it ("Judge Roy S. Moore"); or
    right after its surname ("Mr. Trump, the presumptive Republican nominee, said", "Clinton, who is often described as
    the Democratic presidential frontrunner")."""
    if not names_candidates(text):
        return False
    name = resolved.split(",", 1)[0]
    parts = _name_parts(name)
    if parts is not None and parts[1] and len(parts[2]) >= 2:
        name = " ".join(parts[2])
    if _written_after(text, name, CANDIDATE_NOUN_ENDINGS):
        return True
    return follows_mention(name, text, CANDIDATE_APPOSED, CANDIDATE_APPOSED_REACH)


@lru_cache(maxsize=8)
def names_candidates(text: str) -> bool:
    """Whether a text writes any of CANDIDATE_NOUNS at all, remembered for the article's speakers (most crime stories
    have none, and a string's hash is kept once computed)."""
    return any(noun in text for noun in CANDIDATE_NOUNS)


# A candidate's description set off after a surname ("Mr. Trump, the presumptive Republican nominee, said", "Clinton,
# who is often described as the Democratic presidential frontrunner"), read by _called_candidate.
CANDIDATE_APPOSED = re.compile(
    r",\s+(?:who\s+is\s+(?:(?:often|widely|now)\s+)?(?:(?:described|seen|regarded)\s+as\s+)?)?(?:the|a)\s+"
    r"(?:[\w-]+\s+){0,4}?(?:nominee|candidate|hopeful|front-?runner|contender)\b"
)
# A candidate described by a definite noun phrase of its own ("The presumptive Republican presidential nominee went so
# far as to say", "the GOP front-runner appeared on MSNBC", "criticism of the presumptive GOP nominee"), which takes up
# a person the article has named, read by SpeakerIndex.described_candidates.
_CANDIDATE_DESCRIPTION_WORDS = (
    r"\s+(?:(?:presumptive|likely|probable|apparent|eventual|leading|GOP|Republican|Democratic|presidential|"
    r"gubernatorial|mayoral|Senate|party's|party’s)\s+){1,4}(?:nominee|front-?runner|candidate|hopeful)(?![\w-])"
)
# (one pattern for each case of "the": a pattern opening on letters is searched for by them, while one opening on
# "[Tt]" is tried at every character of the article; no description holds "the" after its first word, so the
# matches of the two never overlap and together are those of "[Tt]he")
CANDIDATE_DESCRIPTIONS = (re.compile("The" + _CANDIDATE_DESCRIPTION_WORDS), re.compile("the" + _CANDIDATE_DESCRIPTION_WORDS))
# What comes right before such a description that makes it the subject of its clause: a sentence's or a line's
# opening, or the comma after an opening phrase ("The morning after Calderón made the comments, the GOP front-runner").
SUBJECT_OPENING = re.compile(r"(?:^|[.!?][\"'”’]?\s+|\n\s*|,\s+)$")
# How many characters before a description SUBJECT_OPENING reads.
SUBJECT_OPENING_REACH = 4
# How many characters after the surname CANDIDATE_APPOSED reads.
CANDIDATE_APPOSED_REACH = 90
# How far before a surname follows_mention looks for the word before it (a given name).
NAME_WORD_REACH = 24


def _first_named(window: str, names: set[str]) -> tuple[int, str] | None:
    """Where in a stretch of text the first of some people is named, in full or by surname, and who it is."""
    first = None
    for name in names:
        for form in (name, name.rsplit(None, 1)[-1]):
            k = window.find(form)
            if k >= 0 and (first is None or k < first[0]):
                first = (k, name)
    return first


def follows_mention(name: str, text: str, pattern: re.Pattern[str], reach: int) -> bool:
    """Whether pattern matches right after a mention of the name's surname, within reach characters ("Lee, 20, was
    charged", "Lee sustained a gunshot wound"); not after another given name ("Tom Lee was shot" is not Ann Lee's)."""
    words = name.split()
    surname = words[-1]
    k = text.find(surname)
    while k >= 0:
        stop = k + len(surname)
        # (the pattern first: it fails at most mentions, in C, before the word before is cut out and split)
        if pattern.match(text, stop, stop + reach):
            before = text[max(0, k - NAME_WORD_REACH) : k].split()[-1:]
            if not (before and before[0][:1].isupper() and before[0][-1:].isalpha() and before[0] not in words):
                return True
        k = text.find(surname, stop)
    return False
